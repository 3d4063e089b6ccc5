package extract

import (
	"sort"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// TopicList is the default list of topics an editor manages: subject
// phrases of public-security, political and legal research. A
// contribution's topics are the entries its title and summary mention.
var TopicList = []string{
	"phát triển đảng viên", "công tác xây dựng Đảng", "giáo dục chính trị", "công tác tư tưởng",
	"bảo vệ nền tảng tư tưởng của Đảng", "tư tưởng Hồ Chí Minh", "chủ nghĩa Mác - Lênin", "đạo đức công vụ",
	"tội phạm sử dụng công nghệ cao", "tội phạm mạng", "lừa đảo chiếm đoạt tài sản", "không gian mạng",
	"an ninh mạng", "an toàn thông tin", "chứng cứ điện tử", "chuyển đổi số", "trí tuệ nhân tạo", "dữ liệu lớn",
	"cơ sở dữ liệu quốc gia về dân cư", "hợp tác quốc tế", "đào tạo nguồn nhân lực", "chất lượng đào tạo",
	"đổi mới phương pháp giảng dạy", "đào tạo ngoại ngữ", "nghiên cứu khoa học", "phòng cháy chữa cháy",
	"cứu nạn, cứu hộ", "nhà cao tầng", "kỹ thuật hình sự", "giám định", "pháp y", "điều tra hình sự",
	"tố tụng hình sự", "phòng, chống ma túy", "tội phạm ma túy", "trật tự, an toàn giao thông", "an ninh quốc gia",
	"an ninh phi truyền thống", "biến đổi khí hậu", "an ninh biên giới", "tội phạm môi trường", "người chưa thành niên",
	"bạo lực gia đình", "mua bán người", "phong trào toàn dân bảo vệ an ninh Tổ quốc", "Công an xã", "cải cách hành chính",
	"xây dựng lực lượng Công an nhân dân", "cách mạng, chính quy, tinh nhuệ, hiện đại", "phụ nữ Công an",
	"bình đẳng giới", "tâm lý học", "kỹ năng nghiệp vụ", "huấn luyện", "mô phỏng", "pháp luật", "hoàn thiện pháp luật",
	"quyền con người", "tổ chức Đoàn", "thanh niên", "văn hóa Công an nhân dân", "lịch sử Công an nhân dân",
	"kinh tế số", "tiền ảo", "rửa tiền", "tham nhũng", "phòng, chống tham nhũng", "khủng bố", "tôn giáo", "dân tộc",
	"thông tin xấu độc", "mạng xã hội", "an ninh kinh tế", "an ninh văn hóa", "công tác dân vận", "cảnh sát khu vực",
	"quản lý hành chính về trật tự xã hội", "thi hành án hình sự", "cai nghiện ma túy", "xuất nhập cảnh",
}

type topicEntry struct{ name, key string }

var topicIndex = func() []topicEntry {
	out := make([]topicEntry, 0, len(TopicList))
	for _, t := range TopicList {
		out = append(out, topicEntry{t, " " + vi.Key(t) + " "})
	}
	// Longer phrases first, so "tội phạm ma túy" is preferred to "ma túy".
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].key) > len(out[j].key) })
	return out
}()

// Topics returns up to five topics of the list that text mentions, in the
// order they first appear; a topic inside a longer matched topic is
// dropped.
func Topics(text string) []string {
	key := " " + vi.Key(vi.Expand(text)) + " "
	type hit struct {
		at   int
		name string
		key  string
	}
	var hits []hit
	for _, t := range topicIndex {
		i := strings.Index(key, t.key)
		if i < 0 {
			continue
		}
		inside := false
		for _, h := range hits {
			if strings.Contains(h.key, t.key) {
				inside = true
				break
			}
		}
		if !inside {
			hits = append(hits, hit{i, t.name, t.key})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	var out []string
	for _, h := range hits {
		if len(out) == 5 {
			break
		}
		out = append(out, h.name)
	}
	return out
}
