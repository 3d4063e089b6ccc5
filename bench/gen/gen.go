// Package gen generates realistic Vietnamese workshop news pages for load,
// crash and performance tests: deterministic from a seed, in the portal
// layout of the sample corpus, with speakers, ranks, titles, positions,
// academies, topics and body text drawn from the project's own lexicons.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/corpus/vi"
)

// Page is a generated page.
type Page struct {
	URL  string
	HTML []byte
}

// Surnames by their rough frequency among Vietnamese people, Đ-names
// included.
var surnames = []struct {
	name   string
	weight int
}{
	{"Nguyễn", 38}, {"Trần", 11}, {"Lê", 9}, {"Phạm", 7}, {"Hoàng", 5}, {"Huỳnh", 3}, {"Vũ", 4}, {"Võ", 3},
	{"Phan", 4}, {"Trương", 2}, {"Bùi", 2}, {"Đặng", 2}, {"Đỗ", 2}, {"Ngô", 2}, {"Hồ", 2}, {"Dương", 1},
	{"Đinh", 1}, {"Đào", 1}, {"Đoàn", 1}, {"Lương", 1}, {"Lâm", 1}, {"Mai", 1}, {"Trịnh", 1}, {"Tạ", 1},
}

var (
	middles = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thanh", "Xuân", "Hồng", "Quốc", "Đình", "Thế", "Hoài", "Kim"}
	givens  = []string{"An", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương",
		"Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang",
		"Trung", "Tuấn", "Tùng", "Việt", "Yến", "Đức", "Thiết", "Huyên", "Khánh", "Lực", "Vinh", "Quyết"}
	ranks    = []string{"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Thiếu tướng", "Trung tướng", "Đại úy"}
	titles   = []string{"TS", "PGS.TS", "ThS", "GS.TS", "TS", "ThS", ""}
	roles    = []string{"Phó Giám đốc", "Trưởng khoa", "Phó Trưởng khoa", "Giảng viên", "Trưởng phòng", "Phó Trưởng phòng", "Giám đốc", "Phó Hiệu trưởng"}
	kinds    = []string{"Hội thảo", "Hội thảo khoa học", "Hội nghị khoa học", "Tọa đàm", "Diễn đàn"}
	verbs    = []string{"cho rằng", "nhấn mạnh", "đề xuất", "phân tích", "khẳng định", "kiến nghị"}
	academia = []string{
		"Học viện An ninh nhân dân", "Học viện Cảnh sát nhân dân", "Học viện Chính trị Công an nhân dân",
		"Học viện Kỹ thuật và Công nghệ an ninh", "Học viện Quốc tế", "Trường Đại học An ninh nhân dân",
		"Trường Đại học Cảnh sát nhân dân", "Trường Đại học Phòng cháy chữa cháy",
		"Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân", "Trường Cao đẳng Cảnh sát nhân dân I",
		"Học viện Chính trị quốc gia Hồ Chí Minh", "Viện Chiến lược và Khoa học Công an", "Đại học Quốc gia Hà Nội",
	}
	fillers = strings.Fields(`công tác xây dựng lực lượng đào tạo bồi dưỡng nâng cao chất lượng hiệu quả giải pháp thực tiễn
		nghiên cứu khoa học phòng ngừa đấu tranh tội phạm an ninh trật tự quản lý nhà nước học viên giảng viên chương trình
		phối hợp đơn vị địa phương tình hình mới yêu cầu nhiệm vụ trọng tâm thời gian tới kinh nghiệm quốc tế chuyển đổi số
		cơ sở dữ liệu pháp luật thực hiện nghiêm túc kết quả bước đầu hạn chế nguyên nhân đề xuất kiến nghị`)
)

type person struct{ rank, title, name, role, academy string }

// Generator makes pages.
type Generator struct {
	r      *rand.Rand
	people []person
}

// New returns a generator for a seed: the same seed gives the same pages.
func New(seed uint64) *Generator {
	g := &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	// A pool of speakers, so the same people come back at several events.
	for i := 0; i < 3000; i++ {
		g.people = append(g.people, person{
			rank: g.pick(ranks), title: g.pick(titles), name: g.name(),
			role: g.pick(roles), academy: g.pick(academia),
		})
	}
	return g
}

func (g *Generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *Generator) name() string {
	total := 0
	for _, s := range surnames {
		total += s.weight
	}
	n := g.r.IntN(total)
	sur := surnames[0].name
	for _, s := range surnames {
		if n < s.weight {
			sur = s.name
			break
		}
		n -= s.weight
	}
	return sur + " " + g.pick(middles) + " " + g.pick(givens)
}

func (g *Generator) phrase(words int) string {
	var b []string
	for i := 0; i < words; i++ {
		b = append(b, g.pick(fillers))
	}
	return strings.Join(b, " ")
}

// capitalize upper-cases the first letter, the Vietnamese way (đ → Đ).
func capitalize(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return vi.Normalize(strings.ToUpper(string(r[0])) + string(r[1:]))
}

func (g *Generator) topic() string { return extract.TopicList[g.r.IntN(len(extract.TopicList))] }

func (p person) introduce() string {
	s := p.rank
	if p.title != "" {
		s += ", " + p.title
	}
	return s + " " + p.name + ", " + p.role + " " + p.academy
}

// Page returns the i-th page.
func (g *Generator) Page(i int) Page {
	year := 2015 + g.r.IntN(11)
	month, day := 1+g.r.IntN(12), 1+g.r.IntN(28)
	kind := g.pick(kinds)
	host := g.pick(academia)
	event := capitalize(g.topic()) + " trong tình hình mới"
	title := fmt.Sprintf("%s về %s", kind, g.topic())
	var paras []string
	paras = append(paras, fmt.Sprintf("Sáng %d/%d/%d, tại %s (TP Hà Nội), %s tổ chức %s “%s”. %s chủ trì %s.",
		day, month, year, host, host, kind, event, g.people[g.r.IntN(len(g.people))].introduce(), strings.Fields(kind)[0]+" "+strings.Fields(kind)[1]))
	paras = append(paras, "Phát biểu khai mạc, "+g.phrase(40)+".")
	for k := 0; k < 3+g.r.IntN(3); k++ {
		p := g.people[g.r.IntN(len(g.people))]
		t := capitalize(g.topic()) + " " + g.phrase(6)
		switch g.r.IntN(3) {
		case 0:
			paras = append(paras, fmt.Sprintf("Với tham luận “%s”, %s %s, %s.", t, p.introduce(), g.pick(verbs), g.phrase(50)))
		case 1:
			paras = append(paras, fmt.Sprintf("%s trình bày tham luận “%s”. Theo tác giả, %s.", p.introduce(), t, g.phrase(50)))
		default:
			paras = append(paras, fmt.Sprintf("Trình bày tham luận “%s”, %s %s, %s.", t, p.introduce(), g.pick(verbs), g.phrase(45)))
		}
	}
	paras = append(paras, "Kết luận Hội thảo, "+g.phrase(35)+".")
	url := fmt.Sprintf("https://congthongtin.gen.example/tin-tuc/%d-%d.html", year, i)
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"><meta property="og:site_name" content="Cổng TTĐT thử nghiệm"></head><body>`, title, url)
	fmt.Fprintf(&b, `<div id="header"><div class="header-date">Thứ Hai, 25/11/2026</div></div><div class="detail"><h1 class="detail-title">%s</h1><div class="detail-time">%02d/%02d/%d</div><div class="detail-content">`, title, day, month, year)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</div></div><div class="other-news"><h3>Các tin khác</h3></div></body></html>`)
	return Page{URL: url, HTML: []byte(b.String())}
}
