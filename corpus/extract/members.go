package extract

// knownMembers are the institutes and schools of the academies made of
// them (facts, from the academies' own lists of units), each credited to
// its academy when the article names the academy too (namedMembers): a
// page about "Viện Dân tộc học" alone keeps the institute as written, one
// that also names "Viện Hàn lâm Khoa học xã hội Việt Nam" credits the
// academy. A unit two academies have ("Viện Nhà nước và Pháp luật", "Viện
// Triết học") is listed under both: the one the article names wins.
var knownMembers = map[string][]string{
	"Viện Hàn lâm Khoa học xã hội Việt Nam": {
		"Viện Dân tộc học", "Viện Nghiên cứu Đông Nam Á", "Viện Khoa học xã hội vùng Tây Nguyên",
		"Viện Khoa học xã hội vùng Nam Bộ", "Viện Khoa học xã hội vùng Trung Bộ", "Viện Nhà nước và Pháp luật",
		"Viện Triết học", "Viện Sử học", "Viện Văn học", "Viện Ngôn ngữ học", "Viện Xã hội học",
		"Viện Kinh tế Việt Nam", "Viện Kinh tế Việt Nam và Thế giới", "Viện Nghiên cứu Trung Quốc", "Viện Nghiên cứu Châu Âu",
		"Viện Nghiên cứu Đông Bắc Á", "Viện Nghiên cứu Tôn giáo", "Viện Nghiên cứu Văn hóa", "Viện Tâm lý học",
		"Viện Nghiên cứu Con người", "Viện Địa lý nhân văn", "Viện Khảo cổ học", "Viện Nghiên cứu Hán Nôm",
		"Viện Từ điển học và Bách khoa thư Việt Nam", "Viện Nghiên cứu Gia đình và Giới", "Viện Thông tin Khoa học xã hội",
		"Viện Nghiên cứu Châu Phi và Trung Đông", "Viện Nghiên cứu Châu Mỹ", "Viện Nghiên cứu Ấn Độ và Tây Nam Á",
		"Viện Nghiên cứu Phát triển bền vững vùng", "Học viện Khoa học xã hội",
	},
	"Viện Hàn lâm Khoa học và Công nghệ Việt Nam": {
		"Trung tâm Vũ trụ Việt Nam", "Viện Hóa học", "Viện Vật lý", "Viện Toán học", "Viện Công nghệ thông tin",
		"Viện Cơ học", "Viện Địa chất", "Viện Địa lý", "Viện Công nghệ sinh học", "Viện Sinh thái và Tài nguyên sinh vật",
		"Viện Hải dương học", "Viện Khoa học vật liệu", "Viện Công nghệ môi trường", "Viện Vật lý địa cầu",
		"Viện Tài nguyên và Môi trường biển", "Viện Hóa sinh biển", "Học viện Khoa học và Công nghệ",
		"Bảo tàng Thiên nhiên Việt Nam", "Viện Cơ học và Tin học ứng dụng", "Viện Khoa học năng lượng",
	},
	"Học viện Chính trị quốc gia Hồ Chí Minh": {
		"Viện Lãnh đạo học và Chính sách công", "Viện Xây dựng Đảng", "Viện Nhà nước và Pháp luật", "Viện Triết học",
		"Viện Lịch sử Đảng", "Viện Hồ Chí Minh và các lãnh tụ của Đảng", "Viện Chính trị học", "Viện Xã hội học và Phát triển",
		"Viện Văn hóa và Phát triển", "Viện Quan hệ quốc tế", "Viện Chủ nghĩa xã hội khoa học", "Viện Kinh tế",
	},
	"Viện Khoa học Nông nghiệp Việt Nam": {
		"Viện Bảo vệ thực vật", "Viện Cây lương thực và Cây thực phẩm", "Viện Lúa đồng bằng sông Cửu Long",
		"Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc", "Viện Nghiên cứu Rau quả", "Viện Thổ nhưỡng Nông hóa",
		"Viện Di truyền Nông nghiệp", "Viện Cây ăn quả miền Nam", "Viện Khoa học Kỹ thuật Nông nghiệp miền Nam",
		"Viện Khoa học Kỹ thuật Nông nghiệp Duyên hải Nam Trung Bộ", "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên",
		"Viện Khoa học Kỹ thuật Nông nghiệp Bắc Trung Bộ", "Viện Cây công nghiệp", "Viện Môi trường Nông nghiệp",
	},
}

// memberIndex maps the key (orgKey) of every unit of knownMembers to its
// academies.
var memberIndex = func() map[string][]string {
	m := map[string][]string{}
	for parent, units := range knownMembers {
		for _, u := range units {
			k := orgKey(u)
			m[k] = append(m[k], parent)
		}
	}
	return m
}()

// namedMembers adds to units (unit key → academy, as memberUnits makes)
// the known units of the academies named (the academies the article
// names), leaving those the article itself tied to an academy. It
// returns units, made when it was nil and something is added.
func namedMembers(units map[string]string, named []string) map[string]string {
	isNamed := map[string]bool{}
	for _, a := range named {
		isNamed[a] = true
	}
	for k, parents := range memberIndex {
		if units[k] != "" {
			continue
		}
		for _, p := range parents {
			if isNamed[p] {
				if units == nil {
					units = map[string]string{}
				}
				units[k] = p
				break
			}
		}
	}
	return units
}
