package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestContributionAcademy reads which academy a paper is credited to: the
// school a unit's name continues to, the parent of a member school or
// institute, the academy the article named for a bare "Học viện", the
// host of the event for a faculty named alone, the
// province of a provincial school, the school of a youth or party body,
// an organisation written before the name.
func TestContributionAcademy(t *testing.T) {
	const lead = "Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”. "
	tests := []struct {
		name, text string
		want       []string // speaker or "org:" institution, then "|" and the academy
	}{
		{"unit name goes on after và",
			lead + "Thượng tá, TS Lương Thị Mến, Trưởng khoa Lý luận và nghiệp vụ đối ngoại, Học viện Quốc tế trình bày tham luận “A”.",
			[]string{"Lương Thị Mến|Học viện Quốc tế"}},
		{"the institute a unit belongs to, in parentheses",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. TS Lâm Thị Kim Khánh, Viện Khoa học Thuỷ lợi miền Nam (thuộc Viện Khoa học Thuỷ lợi Việt Nam), trình bày kết quả thử nghiệm đê giảm sóng. Sau ba năm, phía sau đê đã bồi cao.",
			[]string{"Lâm Thị Kim Khánh|Viện Khoa học Thủy lợi Việt Nam"}},
		{"a member school, a dash, its university's abbreviation",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. ThS Nông Thị Hiền (Trường Ngoại ngữ - ĐHTN) trình bày tham luận “Dạy tiếng Việt cho học sinh người Dao”.",
			[]string{"Nông Thị Hiền|Đại học Thái Nguyên"}},
		{"a position with a place in parentheses before the titles",
			lead + "Trong phần thảo luận, Hiệu trưởng Trường Cao đẳng Kỹ nghệ II (TP.HCM), NGƯT.TS Nguyễn Thị Kim Dung cho biết nhà trường mời doanh nghiệp tham gia.",
			[]string{"Nguyễn Thị Kim Dung|Trường Cao đẳng Kỹ nghệ II"}},
		{"a branch in a city: its parent's paper",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. TS Huỳnh Văn Tâm, Phó Giám đốc Phân hiệu Trường Đại học Nông Lâm TP Hồ Chí Minh tại Gia Lai trình bày kết quả khảo sát năng lực số của công chức.",
			[]string{"Huỳnh Văn Tâm|Trường Đại học Nông Lâm Thành phố Hồ Chí Minh"}},
		{"a prosecutor's office is no academy",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Tham luận của Viện kiểm sát nhân dân tỉnh Lào Cai đề cập việc lấy lời khai người bị hại.",
			[]string{"org:Viện kiểm sát nhân dân tỉnh Lào Cai|"}},
		{"a known institute of an academy the article names elsewhere",
			"Hội thảo dân tộc học\n\nSáng 13/7/2023, tại Hà Nội, Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức Hội thảo “Biến đổi văn hóa tộc người”. Tại Hội thảo có 9 tham luận được trình bày. TS Hoàng Thị Thu Trang (Viện Dân tộc học) trình bày tham luận “Nghi lễ vòng đời”.",
			[]string{"Hoàng Thị Thu Trang|Viện Hàn lâm Khoa học xã hội Việt Nam"}},
		{"a known institute alone, its academy unnamed: as written",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. TS Hoàng Thị Thu Trang (Viện Dân tộc học) trình bày tham luận “Nghi lễ vòng đời”.",
			[]string{"Hoàng Thị Thu Trang|Viện Dân tộc học"}},
		{"a position between dashes",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. TS Sarah Whitfield - giảng viên cao cấp ngành truyền thông Đại học RMIT Việt Nam - kể về cách bà thiết kế bài tập.",
			[]string{"Sarah Whitfield|Đại học RMIT Việt Nam"}},
		{"a panellist after 'Theo', a unit named with 'và đảm bảo chất lượng'",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Theo TS Đoàn Thị Kim Xuyến, trưởng phòng khảo thí và đảm bảo chất lượng Trường ĐH Sư phạm TP.HCM, cách đánh giá phải thay đổi trước.",
			[]string{"Đoàn Thị Kim Xuyến|Trường Đại học Sư phạm Thành phố Hồ Chí Minh"}},
		{"a faculty's deputy head, the academy among the organisers",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Bắc Giang, Công an tỉnh Bắc Giang phối hợp với Học viện Cảnh sát nhân dân tổ chức Hội thảo “Điều tra án mạng”. Tại Hội thảo có 9 tham luận được trình bày. Trung tá, TS Tạ Quang Đoàn, Phó Trưởng khoa Cảnh sát hình sự trình bày tham luận về kỹ năng hỏi cung.",
			[]string{"Tạ Quang Đoàn|Học viện Cảnh sát nhân dân"}},
		{"a faculty of a member school the organisers name with its university",
			"Tọa đàm trí tuệ nhân tạo\n\nSáng 13/7/2023, tại TP.HCM, Báo Tuổi Trẻ phối hợp với Trường ĐH Bách khoa (ĐHQG TP.HCM) tổ chức tọa đàm “AI trong giảng đường”. Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. TS Lê Minh Khoa, giảng viên Khoa Khoa học máy tính, chia sẻ kinh nghiệm.",
			[]string{"Lê Minh Khoa|Đại học Quốc gia Thành phố Hồ Chí Minh"}},
		{"a presenter of the same school as the one before",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. TS Trần Văn Hòa, Trường Đại học An Giang trình bày tham luận về đờn ca tài tử. ThS Danh Sóc Kha, giảng viên Khoa Nhân học cùng trường, trình bày tham luận về công nghệ thực tế ảo.",
			[]string{"Trần Văn Hòa|Trường Đại học An Giang", "Danh Sóc Kha|Trường Đại học An Giang"}},
		{"a position before the rank, with a comma",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Chủ nhiệm Bộ môn Ngoại dã chiến, Học viện Quân y, Thượng tá, TS Lù Văn Tính cho rằng cần chuẩn hóa túi cứu thương.",
			[]string{"Lù Văn Tính|Học viện Quân y"}},
		{"the institution between the title and its presenter",
			lead + "Báo cáo “Cứu chữa thương binh trên biển” của Viện Y học Hải quân do Thượng tá, TS.BS Nguyễn Thị Hải Yến trình bày đã đề xuất mô hình tàu bệnh viện.",
			[]string{"Nguyễn Thị Hải Yến|Viện Y học Hải quân"}},
		{"the academy's abbreviation after the unit",
			lead + "Với tham luận “Đào tạo nguồn nhân lực”, Trung tá, TS Mai Thị Phương Thảo, giảng viên Khoa An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, HVANND kiến nghị tăng thời lượng thực hành.",
			[]string{"Mai Thị Phương Thảo|Học viện An ninh nhân dân"}},
		{"unit name goes on after a comma",
			lead + "Trung tá, ThS Hà Thị Nga, Trưởng bộ môn Công tác đảng, công tác chính trị, Trường Cao đẳng An ninh nhân dân I trình bày tham luận “B”.",
			[]string{"Hà Thị Nga|Trường Cao đẳng An ninh nhân dân I"}},
		{"member school of a national university",
			lead + "PGS.TS Vũ Văn Tịnh, Trường Đại học Công nghệ, ĐHQG Hà Nội trình bày tham luận “C”.",
			[]string{"Vũ Văn Tịnh|Đại học Quốc gia Hà Nội"}},
		{"member institute named alone after its parent was given",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Viện Sử học (Viện Hàn lâm Khoa học xã hội Việt Nam) tổ chức Hội thảo “Lịch sử”. " +
				"TS Mạc Văn Tùng (Viện Sử học) trình bày tham luận “D”.",
			[]string{"Mạc Văn Tùng|Viện Hàn lâm Khoa học xã hội Việt Nam"}},
		{"a list of academies is no member and parent",
			lead + "Tham dự có đại diện Trường Đại học Cảnh sát nhân dân, Đại học Quốc gia Hà Nội. " +
				"Thiếu tá, ThS Kha Văn Lâm, giảng viên Khoa Ngoại ngữ, Trường Đại học Cảnh sát nhân dân trình bày tham luận “E”.",
			[]string{"Kha Văn Lâm|Trường Đại học Cảnh sát nhân dân"}},
		{"bare Học viện is the academy named",
			lead + "Đại tá, TS Lục Văn Hào, Phó Giám đốc Học viện trình bày tham luận “F”.",
			[]string{"Lục Văn Hào|Học viện Quốc tế"}},
		{"faculty of a university credited",
			lead + "Tham luận của Khoa Luật, Trường Đại học Hồng Đức tập trung vào kỹ năng.",
			[]string{"org:Khoa Luật, Trường Đại học Hồng Đức|Trường Đại học Hồng Đức"}},
		{"provincial school without its province",
			"Hội thảo khoa học\n\nSáng 13/7/2023, Công an tỉnh Điện Biên tổ chức Hội thảo “An ninh trật tự trên địa bàn tỉnh Điện Biên”. " +
				"Tham luận của Trường Chính trị tỉnh đề xuất nhiều giải pháp.",
			[]string{"org:Trường Chính trị tỉnh Điện Biên|Trường Chính trị tỉnh Điện Biên"}},
		{"provincial body without its province",
			"Hội thảo khoa học\n\nSáng 13/7/2023, Công an tỉnh Quảng Bình tổ chức Hội thảo “Mua bán người qua biên giới”. " +
				"Tham luận của Bộ Chỉ huy Bộ đội Biên phòng tỉnh đề xuất tăng cường tuần tra.",
			[]string{"org:Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình|"}},
		{"youth body of a school",
			lead + "Anh Lò Văn Sơn, Phó Bí thư Đoàn Trường Đại học Cảnh sát nhân dân trình bày tham luận “G”.",
			[]string{"Lò Văn Sơn|Trường Đại học Cảnh sát nhân dân"}},
		{"faculty of the host",
			lead + "Thượng tá, TS Nông Văn Tài, Trưởng khoa Hợp tác quốc tế trình bày tham luận “H”. Tham luận của Khoa Ngoại ngữ nêu kinh nghiệm.",
			[]string{"Nông Văn Tài|Học viện Quốc tế", "org:Khoa Ngoại ngữ|Học viện Quốc tế"}},
		{"chair and faculty of the host, the unit's name with commas",
			lead + "Trung tá, TS Hồ Ngọc Ánh, Trưởng Bộ môn Nghiệp vụ tuần tra, kiểm soát, Khoa Cảnh sát giao thông trình bày tham luận “I”.",
			[]string{"Hồ Ngọc Ánh|Học viện Quốc tế"}},
		{"a department of an outside unit is not the host's",
			lead + "Trung tá Phạm Anh Tuấn, Phó Trưởng phòng Hướng dẫn tuyên truyền, Cục Cảnh sát giao thông trình bày tham luận “J”.",
			[]string{"Phạm Anh Tuấn|"}},
		{"the host's own staff, listed",
			lead + "Hội thảo nghe các tham luận của cán bộ Nhà trường, gồm: Thượng tá, ThS Phí Mạnh Cường, Trưởng khoa Quân sự, võ thuật và thể dục thể thao; Trung tá Đoàn Thị Huyền, Phó Trưởng phòng Quản lý học viên.",
			[]string{"Phí Mạnh Cường|Học viện Quốc tế", "Đoàn Thị Huyền|Học viện Quốc tế"}},
		{"bare host written as the organiser",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Hội trường A, Học viện Chính trị khu vực III phối hợp tổ chức Hội thảo “Kinh tế biển”. Học viện phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tổ chức. " +
				"TS Diệp Quang Vũ, Trưởng khoa Kinh tế trình bày tham luận “K”.",
			[]string{"Diệp Quang Vũ|Học viện Chính trị khu vực III"}},
		{"the school written bare in the position",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Trường Đại học Cảnh sát nhân dân tổ chức Hội thảo “Hợp tác quốc tế”. " +
				"Báo cáo đề dẫn do Đại tá, PGS.TS Trần Văn Tiến, Phó Hiệu trưởng Nhà trường trình bày.",
			[]string{"Trần Văn Tiến|Trường Đại học Cảnh sát nhân dân"}},
		{"foreign students are not the international academy",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo “Đào tạo”. " +
				"Tham luận “Bồi dưỡng lý luận chính trị cho học viên quốc tế” của Học viện Chính trị CAND nêu kinh nghiệm.",
			[]string{"org:Học viện Chính trị Công an nhân dân|Học viện Chính trị Công an nhân dân"}},
		{"bare Học viện of a visiting delegation",
			lead + "Tham luận của đoàn đại biểu Học viện Chính trị - Hành chính quốc gia Lào do PGS.TS Khamsone Phanthavong, Phó Giám đốc Học viện, trình bày với tựa đề \"Ba mươi năm đào tạo\" khẳng định nhiều kết quả.",
			[]string{"Khamsone Phanthavong|Học viện Chính trị - Hành chính quốc gia Lào"}},
		{"a plural kind is no academy",
			lead + "Tham luận “Đào tạo tại các học viện chính trị của Việt Nam” của Khoa Ngoại ngữ nêu kinh nghiệm.",
			[]string{"org:Khoa Ngoại ngữ|Học viện Quốc tế"}},
		{"member institute named after another organiser",
			"Hội thảo khoa học\n\nNgày 28/11/2023, tại Hà Nội, Viện Chiến lược và Khoa học Công an phối hợp với Viện Nhà nước và Pháp luật (Viện Hàn lâm Khoa học xã hội Việt Nam) tổ chức Hội thảo “Dữ liệu”. " +
				"Trình bày tham luận “L”, TS Lục Thị Thu Hà, Trưởng phòng Luật Hành chính, Viện Nhà nước và Pháp luật cho rằng cần cơ quan giám sát.",
			[]string{"Lục Thị Thu Hà|Viện Hàn lâm Khoa học xã hội Việt Nam"}},
		{"'không' inside a unit's name",
			lead + "ThS Phạm Hà Giang, Phó Trưởng khoa Không lưu, Học viện Hàng không Việt Nam trình bày tham luận “M”.",
			[]string{"Phạm Hà Giang|Học viện Hàng không Việt Nam"}},
		{"organisation before the name",
			lead + "Tại Hội thảo có nhiều tham luận. Đến từ Trường Đại học Nông Lâm, Đại học Thái Nguyên, TS Hà Văn Bình chia sẻ mô hình nông nghiệp.",
			[]string{"Hà Văn Bình|Đại học Thái Nguyên"}},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if slices.Contains(a.Academies, "Học viện Quốc tế") && !strings.Contains(tt.text, "Học viện Quốc tế") {
			t.Errorf("%s: academies %q take students for an academy", tt.name, a.Academies)
		}
		var got []string
		for _, c := range a.Contributions {
			got = append(got, presenter(c)+"|"+c.Academy)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNotParticipants leaves out of the people a photographer credited
// with a rank, a co-author named as such and someone cited from the past,
// and keeps an attendee who speaks later.
func TestNotParticipants(t *testing.T) {
	text := "Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”. " +
		"Dự Hội thảo có đồng chí Lê Văn Hậu, Phó Giám đốc Sở Tư pháp. " +
		"Thượng tá, TS Ngô Thị Hà trình bày tham luận “An ninh mạng”. Đồng tác giả nghiên cứu là PGS Lý Thị Thơm, Viện Sử học. " +
		"Năm 2019, GS Tạ Văn Kha, khi đó là Viện trưởng Viện Sử học, từng cảnh báo về nguy cơ này. " +
		"Đồng chí Lê Văn Hậu, Phó Giám đốc Sở Tư pháp thông tin về các chính sách hỗ trợ. " +
		"Quang cảnh Hội thảo (Ảnh: Đại úy Trương Văn Nhựt)"
	a := mustExtract(t, "text/plain", text)
	var people, speakers []string
	for _, p := range a.People {
		people = append(people, p.Name)
	}
	for _, c := range a.Contributions {
		if c.Speaker != nil {
			speakers = append(speakers, c.Speaker.Name)
		}
	}
	slices.Sort(people)
	slices.Sort(speakers)
	want := []string{"Lê Văn Hậu", "Ngô Thị Hà"}
	if !slices.Equal(people, want) {
		t.Errorf("people %q, want %q", people, want)
	}
	if !slices.Equal(speakers, want) {
		t.Errorf("speakers %q, want %q", speakers, want)
	}
	if !slices.Contains(a.Academies, "Viện Sử học") {
		t.Errorf("academies %q: the co-author's institute is still mentioned", a.Academies)
	}
}

// TestSiteIsHost credits the host's own people, written with a bare role
// or a faculty and no school, to the school whose site reports the event,
// named at the end of the <title>, and not to another school the text
// names among the guests.
func TestSiteIsHost(t *testing.T) {
	page := `<html><head><title>Diễn đàn khoa học về bảo vệ nền tảng tư tưởng - Trường Sĩ quan Chính trị</title></head><body><article>` +
		`<h1>Diễn đàn khoa học về bảo vệ nền tảng tư tưởng</h1><p>Cập nhật lúc 15:20, Thứ Sáu, 18/10/2024</p>` +
		`<p>Ngày 17-10-2024, tại Hội trường Trung tâm, Nhà trường tổ chức Diễn đàn khoa học “Bảo vệ nền tảng tư tưởng của Đảng”. Dự có đại diện Trường Sĩ quan Lục quân 1.</p>` +
		`<p>Phát biểu đề dẫn, Đại tá, PGS, TS Bùi Quang Cường, Phó Hiệu trưởng nêu rõ yêu cầu của Diễn đàn.</p>` +
		`<p>Với tham luận “Vai trò của giảng viên”, Thượng tá, ThS Hà Thị Thu Hằng, giảng viên Khoa Triết học cho rằng cần đổi mới.</p>` +
		`<p>Học viên Trần Quốc Bảo trình bày tham luận “Học viên với cuộc đấu tranh trên không gian mạng”.</p></article></body></html>`
	a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Academy)
	}
	want := []string{"Bùi Quang Cường|Trường Sĩ quan Chính trị", "Hà Thị Thu Hằng|Trường Sĩ quan Chính trị", "Trần Quốc Bảo|Trường Sĩ quan Chính trị"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if a.Source != "Trường Sĩ quan Chính trị" {
		t.Errorf("source %q, want the site's name from the <title>", a.Source)
	}
}

// TestPositionBeforeBareName reads a person whose position is written
// before a name with no rank or title, and no person in a place's name
// that starts with a word that is also a surname.
func TestPositionBeforeBareName(t *testing.T) {
	tests := []struct{ s, name, position string }{
		{"Báo cáo đề dẫn của Phó Viện trưởng Viện Khoa học xã hội vùng Tây Nguyên Đoàn Thị Minh Nguyệt cho thấy đất canh tác giảm.",
			"Đoàn Thị Minh Nguyệt", "Phó Viện trưởng Viện Khoa học xã hội vùng Tây Nguyên"},
		{"Giám đốc Bảo tàng tỉnh Đắk Lắk Y Thuyên Knul chia sẻ kinh nghiệm.", "Y Thuyên Knul", "Giám đốc Bảo tàng tỉnh Đắk Lắk"},
		{"Tham dự có Phó Chủ tịch UBND tỉnh Đắk Lắk Đàm Quang Vinh.", "Đàm Quang Vinh", "Phó Chủ tịch UBND tỉnh Đắk Lắk"},
		{"Hội thảo có Phó Chủ tịch UBND tỉnh Đắk Lắk Đàm Quang Vinh phát biểu.", "", ""},
		{"Sau đó, Phó Chủ tịch UBND tỉnh Đắk Lắk Đàm Quang Vinh phát biểu.", "Đàm Quang Vinh", "Phó Chủ tịch UBND tỉnh Đắk Lắk"},
		{"Phó Chủ tịch UBND tỉnh Thái Bình cho biết tỉnh đã hỗ trợ.", "", ""},
		{"Thứ trưởng Bộ Quốc phòng Thượng tướng Hoàng Xuân Chiến dự.", "Hoàng Xuân Chiến", ""},
		// Items of a list of attendees; a province's name is not a person's.
		{"Dự có các đồng chí: Phó Chủ tịch UBND tỉnh Giàng Seo Vần; Giám đốc Sở Nội vụ Trần Văn Nghị.", "Giàng Seo Vần", "Phó Chủ tịch UBND tỉnh"},
		{"Dự có: Trưởng Ban Dân tộc tỉnh Đinh Thị Mai Hương; Giám đốc Sở Nội vụ Trần Văn Nghị.", "Đinh Thị Mai Hương", "Trưởng Ban Dân tộc tỉnh"},
		{"Dự có: Giám đốc Sở Nội vụ tỉnh Hà Giang Trần Văn Nghị; Giám đốc Sở Tư pháp Lê Văn Hà.", "Trần Văn Nghị", "Giám đốc Sở Nội vụ tỉnh Hà Giang"},
		{"Phát biểu chào mừng, Phó Chủ tịch UBND thành phố Trương Văn Hoàng mong muốn các nhà khoa học góp ý.", "Trương Văn Hoàng", "Phó Chủ tịch UBND thành phố"},
		{"Sau đó, Chủ tịch UBND thành phố Cao Lãnh phát biểu.", "", ""},
		{"Dự hội thảo có Phó Chủ tịch UBND thành phố Trần Quang Lâm; Phó Chủ tịch HĐND thành phố Phí Thị Thu Trang.", "Trần Quang Lâm", "Phó Chủ tịch UBND thành phố"},
		{"Đại diện nhóm, sinh viên năm thứ tư Đinh Quang Huy cho biết, nhóm đã khảo sát.", "Đinh Quang Huy", "sinh viên năm thứ tư"},
	}
	for _, tt := range tests {
		ms := findMentions(tt.s, splitWords(tt.s), nil)
		name, pos := "", ""
		if len(ms) > 0 {
			name = ms[0].Name
			if len(ms[0].Positions) > 0 && ms[0].Rank == "" {
				pos = ms[0].Positions[0]
			}
		}
		if name != tt.name || pos != tt.position {
			t.Errorf("%q: %q, %q; want %q, %q", tt.s, name, pos, tt.name, tt.position)
		}
	}
}

// TestPositionEndsAtVerb: a position after a name ends at the verb that
// follows it.
func TestPositionEndsAtVerb(t *testing.T) {
	tests := []struct{ s, position string }{
		{"Bà Phạm Thị Thơm, Trưởng phòng Tư pháp huyện Bá Thước hỏi về cơ chế phối hợp.", "Trưởng phòng Tư pháp huyện Bá Thước"},
		{"Đại úy Vương Đình Khải, Đội trưởng Đội CSGT số 3 phản ánh tình trạng vi phạm.", "Đội trưởng Đội CSGT số 3"},
		{"Đại tá Hoàng Đức Thắng, Chủ nhiệm Khoa Chỉ huy hậu cần, Học viện Hậu cần đóng góp hai tham luận.", "Chủ nhiệm Khoa Chỉ huy hậu cần, Học viện Hậu cần"},
		{"Ông Lê Văn Hà, Trưởng phòng Phản ứng nhanh cho biết.", "Trưởng phòng Phản ứng nhanh"},
		{"PGS.TS Lưu Thị Hồng Vân, Viện trưởng Viện Đào tạo Y học dự phòng và Y tế công cộng trình bày báo cáo chính.", "Viện trưởng Viện Đào tạo Y học dự phòng và Y tế công cộng"},
		{"Ông Lê Quang Đạt, Giám đốc Công ty TNHH một thành viên Thoát nước Hà Nội cho biết.", "Giám đốc Công ty TNHH một thành viên Thoát nước Hà Nội"},
	}
	for _, tt := range tests {
		ms := findMentions(tt.s, splitWords(tt.s), nil)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", tt.s)
			continue
		}
		if got := strings.Join(ms[0].Positions, ", "); got != tt.position {
			t.Errorf("%q: position %q, want %q", tt.s, got, tt.position)
		}
	}
}

// TestLowerPositionAfterQuote: a newspaper writes the position after a
// quote in lower case, before the rank and the name.
func TestLowerPositionAfterQuote(t *testing.T) {
	tests := []struct{ s, position string }{
		{"“Dữ liệu đang bị rao bán”, trưởng khoa An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Thượng tá, TS Đỗ Minh Khuê cảnh báo.",
			"trưởng khoa An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"},
		{"“Dữ liệu là tài sản”, phó giám đốc Học viện An ninh nhân dân, Đại tá, PGS.TS Lương Thị Hồng Nhung nhấn mạnh.",
			"phó giám đốc Học viện An ninh nhân dân"},
		{"Theo thống kê, nhiều vụ việc, Thượng tá, TS Đỗ Minh Khuê cảnh báo.", ""},
	}
	for _, tt := range tests {
		ws := splitWords(tt.s)
		ms := findMentions(tt.s, ws, nil)
		if len(ms) == 0 {
			t.Errorf("%q: no mention", tt.s)
			continue
		}
		positionFirst(tt.s, ws, ms)
		if got := strings.Join(ms[0].Positions, ", "); got != tt.position {
			t.Errorf("%q: position %q, want %q", tt.s, got, tt.position)
		}
	}
}

// TestMemberUnits finds the member schools an article names with their
// university, the university's name followed by more of the sentence.
func TestMemberUnits(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"Hội thảo do Trường Đại học Kinh tế, Đại học Đà Nẵng phối hợp với Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng tổ chức.",
			map[string]string{"dai hoc kinh te": "Đại học Đà Nẵng"}},
		{"TS Lê Văn A (Trường Đại học Ngoại ngữ, ĐHQG Hà Nội) trình bày tham luận.",
			map[string]string{"dai hoc ngoai ngu": "Đại học Quốc gia Hà Nội"}},
		{"Đại diện Trường Đại học Cảnh sát nhân dân, Học viện An ninh nhân dân dự.", nil},
	}
	for _, tt := range tests {
		got := memberUnits(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
			continue
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
			}
		}
	}
}

// TestBareNameWithRole reads a name with neither rank nor title when a
// role in lower case follows it, and nothing else.
func TestBareNameWithRole(t *testing.T) {
	tests := []struct{ s, name, position string }{
		{"Đại diện nhóm, Đặng Minh Triết – sinh viên năm 4 ngành kỹ thuật máy tính – kể nhóm mất gần 1 năm.", "Đặng Minh Triết", "sinh viên năm 4 ngành kỹ thuật máy tính"},
		{"Lò Văn Hắc, nông dân xã Chiềng Hắc, chia sẻ kinh nghiệm.", "Lò Văn Hắc", "nông dân xã Chiềng Hắc"},
		{"Hà Nội, Đà Nẵng và TP.HCM là ba trung tâm lớn.", "", ""},
		{"Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường đã tham dự.", "", ""},
		{"Đặng Minh Triết – sinh viên năm 4 kể lại.", "", ""}, // no dash closes the role
	}
	for _, tt := range tests {
		ms := findMentions(tt.s, splitWords(tt.s), nil)
		name, pos := "", ""
		if len(ms) > 0 {
			name = ms[0].Name
			pos = strings.Join(ms[0].Positions, ", ")
		}
		if name != tt.name || pos != tt.position {
			t.Errorf("%q: %q, %q; want %q, %q", tt.s, name, pos, tt.name, tt.position)
		}
	}
}

// TestNoPersonInPlaces: the tail of a district's name and a city after a
// profession's association are no people.
func TestNoPersonInPlaces(t *testing.T) {
	for _, s := range []string{
		"Tham luận của ông Vàng Seo Dín, người có uy tín thôn Lùng Sán, xã Lùng Sui (huyện Si Ma Cai) được trình bày bằng tiếng Mông.",
		"Kiến trúc sư Ngô Thế Vinh - Phó Chủ tịch Hội Kiến trúc sư Hà Nội - đề xuất mở các lối đi.",
	} {
		for _, m := range findMentions(s, splitWords(s), nil) {
			if m.Name == "Ma Cai" || m.Name == "Hà Nội" || m.Name == "Tôn Thất Minh" {
				t.Errorf("%q: a person %q", s, m.Name)
			}
		}
	}
}
