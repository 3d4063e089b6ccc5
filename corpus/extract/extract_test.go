package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the whole extraction of every fixture with a golden
// file, so that any change in what the extractor reads shows in review.
// Run with -update to accept a change. The kept-apart pages have none:
// reviewing golden diffs must not show what the extractor reads there.
func TestGolden(t *testing.T) {
	for _, fx := range fixtures(t) {
		if fx.keptApart {
			continue
		}
		var b []byte
		got, err := readFile(fx.page)
		if err != nil {
			// A page the reader refuses: the golden file keeps why.
			b, _ = json.MarshalIndent(map[string]string{"error": err.Error()}, "", "  ")
		} else {
			got.URL = ""
			if b, err = json.MarshalIndent(got, "", "  "); err != nil {
				t.Fatal(err)
			}
		}
		golden := filepath.Join("testdata", "golden", fx.name+".json")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test -update to create it)", fx.name, err)
			continue
		}
		if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(b)) {
			t.Errorf("%s: extraction differs from %s (go test -run TestGolden -update to accept)", fx.name, golden)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Thứ Sáu, 14/07/2023", "2023-07-14"},
		{"14/7/2023 08:30", "2023-07-14"},
		{"14-07-2023", "2023-07-14"},
		{"ngày 14 tháng 7 năm 2023", "2023-07-14"},
		{"Thứ Hai, 30 Tháng 12 2024 15:48", "2024-12-30"},
		{"ngày 5 tháng 3 1000 hộ dân", ""},
		{"Chiều ngày 09/10/2023", "2023-10-09"},
		{"2023-07-14T08:30:00+07:00", "2023-07-14"},
		{"Đăng ngày: 14.07.2023", "2023-07-14"},
		{"31/02/2023", ""},
		{"Sáng 13/7", ""},
		{"giai đoạn 2020 – 2023", ""},
		{"tỷ lệ 15-20%", ""},
		{"Trong hai ngày 28 và 29/8/2024, tại Hà Nội", "2024-08-28"},
		{"từ ngày 28-29/8/2024", "2024-08-28"},
		{"Cập nhật: 08:15 - 24/11/2022", "2022-11-24"},
		{"Tham luận tại Hội thảo “X” ngày 25/4/2024.", "2024-04-25"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ParseDate(tt.in); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ds := FindDates("Sáng 13/7, tại Hà Nội")
	if len(ds) != 1 || ds[0].Year != 0 || ds[0].Month != 7 || ds[0].Day != 13 {
		t.Errorf("FindDates(yearless) = %+v", ds)
	}
	// A yearless date with dashes after the part of the day, not a range.
	for in, n := range map[string]int{"Chiều 20-10, tại TP.HCM": 1, "Ngày 14-3, Học viện": 1, "nhóm 15-20 người": 0,
		"Ngày 9.11, tại TP.HCM": 1, "tăng 9.11 lần": 0, "phiên bản 2.5 của phần mềm": 0} {
		if ds := FindDates(in); len(ds) != n {
			t.Errorf("FindDates(%q) = %+v", in, ds)
		}
	}
	// Two days of a month without a year: the first.
	for in, day := range map[string]int{"Trong 2 ngày (5-6/12), tại Cần Thơ": 5, "Trong hai ngày 12 và 13/10, tại Hà Nội": 12} {
		if ds := FindDates(in); len(ds) != 1 || ds[0].Day != day || ds[0].Year != 0 {
			t.Errorf("FindDates(%q) = %+v, want day %d", in, ds, day)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Thứ Sáu, 14/07/2023 08:30":                                         true,
		"15:32 | 07/03/2023Lượt xem: 412":                                   true,
		"Ngày đăng: 01/03/2024 | 10:48 Lượt xem: 215":                       true,
		"Đăng lúc: 10/06/2024 07:45 · Người đăng: Ban Tuyên giáo Tỉnh đoàn": true,
		"Ngày 14/7/2023, Học viện tổ chức Hội thảo":                         false,
		"Lượt xem: 412":         false,
		"14/03/2024 8:12:35 SA": true,
		"14/03/2024 2:05 CH":    true,
		"14/03/2024 sa thải":    false,
		"18/04/2025 | 11:35  Cập nhật: 18/04/2025 | 14:02":   true,
		"Từ 18/04/2025 đến 20/04/2025":                       false,
		"19-10-2023 - 14:35 | Lao động":                      true,
		"Thứ Bảy, 21/10/2023 | Báo in | E-paper | Đăng nhập": false,
	} {
		if got := isDateLine(line); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestIsByline: writers' names over a dateline, not a page's name.
func TestIsByline(t *testing.T) {
	for line, want := range map[string]bool{
		"NGỌC THỊNH - LÊ TUYẾT":                       true,
		"Nguyễn Văn An - Trần Thị Bình":               true,
		"HOÀNG TRIỀU":                                 true,
		"TRƯỜNG THPT THÁI PHIÊN - ĐÀ NẴNG":            false,
		"Giữ chân người lao động trong hệ thống BHXH": false,
	} {
		if got := isByline(line); got != want {
			t.Errorf("isByline(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestLongMenuPaste: a paste that kept a site's name, its "today", a menu
// of a dozen lines and a breadcrumb still has its headline and dateline.
func TestLongMenuPaste(t *testing.T) {
	var b strings.Builder
	b.WriteString("HỘI LUẬT GIA VIỆT NAM\nVIETNAM LAWYERS ASSOCIATION\nThứ Hai, 18/11/2024\nĐăng nhập | Liên hệ | English\n\n")
	for _, item := range []string{"Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động của Hội", "Hội Luật gia địa phương",
		"Tư vấn pháp luật - Trợ giúp pháp lý", "Nghiên cứu - Trao đổi", "Tạp chí Dân chủ và Pháp luật", "Văn bản", "Tìm kiếm..."} {
		b.WriteString(item + "\n")
	}
	b.WriteString("\nTrang chủ » Hội Luật gia địa phương » Tin hoạt động\n\nTọa đàm nâng cao hiệu quả trợ giúp pháp lý tại Cao Bằng\n14/11/2024 09:32 | Lượt xem: 436\n\n" +
		"Ngày 12/11, tại Cao Bằng, Hội Luật gia Việt Nam tổ chức Tọa đàm «Nâng cao hiệu quả trợ giúp pháp lý».\n")
	a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(b.String())})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Tọa đàm nâng cao hiệu quả trợ giúp pháp lý tại Cao Bằng" || a.Published != "2024-11-14" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
	// The site's English name over its "today" reads like a headline
	// over its dateline: the last such pair before the body is the one.
	b.Reset()
	b.WriteString("BỘ CÔNG AN\nTRƯỜNG ĐẠI HỌC PHÒNG CHÁY CHỮA CHÁY\nUniversity of Fire Prevention and Fighting\nThứ Hai, 16/06/2025\nĐăng nhập | Liên hệ | English\n\n")
	for _, item := range []string{"TRANG CHỦ", "GIỚI THIỆU", "TIN TỨC - SỰ KIỆN", "ĐÀO TẠO", "KHOA HỌC CÔNG NGHỆ", "HỢP TÁC QUỐC TẾ", "TUYỂN SINH", "THƯ VIỆN", "Tìm kiếm"} {
		b.WriteString(item + "\n")
	}
	b.WriteString("\nTrang chủ » Tin tức - Sự kiện » Hoạt động khoa học\n\nHội thảo khoa học về an toàn phòng cháy đối với xe điện\n\n13/06/2025 09:25\n\n" +
		"Ngày 12/6/2025, tại Hà Nội, Trường Đại học Phòng cháy chữa cháy tổ chức Hội thảo khoa học “An toàn phòng cháy đối với xe điện” với sự tham dự của nhiều nhà khoa học, cán bộ quản lý và doanh nghiệp.\n")
	a, err = Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(b.String())})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Hội thảo khoa học về an toàn phòng cháy đối với xe điện" || a.Published != "2025-06-13" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
}

// TestCapitalsSiteThenMenu: a paste that opens with the site's name in
// capitals, its menu and breadcrumb, and has no dateline under the
// headline, is titled by the first line that reads as a headline.
func TestCapitalsSiteThenMenu(t *testing.T) {
	page := "HỘI NÔNG DÂN TỈNH ĐẮK NÔNG\nThứ Sáu, 30/08/2024 | Đăng nhập | Liên hệ\nTrang chủ | Giới thiệu | Tin tức - Sự kiện\nTrang chủ > Tin tức - Sự kiện > Hoạt động Hội\n\n" +
		"Diễn đàn \"Nông dân Đắk Nông với sản xuất nông nghiệp hữu cơ\"\n\nNgày 27/8/2024, tại Gia Nghĩa, Hội Nông dân tỉnh tổ chức Diễn đàn \"Nông dân Đắk Nông với sản xuất nông nghiệp hữu cơ\".\n"
	a := mustExtract(t, "text/plain", page)
	if want := "Diễn đàn \"Nông dân Đắk Nông với sản xuất nông nghiệp hữu cơ\""; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

func TestHeaderDateIsNotPublication(t *testing.T) {
	page := "Thứ Hai, 25/11/2024\n\nTiêu đề bài viết\n\nThứ Sáu, 14/07/2023\n\nSáng 13/7, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác”.\n"
	a := mustExtract(t, "text/plain", page)
	if a.Published != "2023-07-14" || a.Event == nil || a.Event.Date != "2023-07-13" {
		t.Errorf("published %q, event %+v", a.Published, a.Event)
	}
}

// TestBylineDate reads the publication date from the line under the title
// that gives the author and the time, not the portal's "today" header.
func TestBylineDate(t *testing.T) {
	page := `<html><body><header><span class="date">Thứ Tư, 25/10/2023</span></header>
<div class="main"><h1>Phát huy vai trò người có uy tín</h1>
<div class="info"><span>Thanh Hà</span> <span>24/10/2023 | 17:05</span> <span>A- A+</span></div>
<div class="content"><p>Sáng 24/10, tại Hội trường Công an tỉnh, Công an tỉnh Lào Cai tổ chức hội thảo “Phát huy vai trò của người có uy tín”.</p>
<p>Hội thảo nhận được 20 tham luận của các nhà khoa học, nhà quản lý và người có uy tín trong đồng bào dân tộc thiểu số.</p></div></div></body></html>`
	a := mustExtract(t, "text/html", page)
	if a.Published != "2023-10-24" || a.Event == nil || a.Event.Date != "2023-10-24" {
		t.Errorf("published %q, event %+v", a.Published, a.Event)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		body []byte
		ct   string
		want error
	}{
		{"empty", nil, "", ErrEmpty},
		{"spaces", []byte("  \n\t "), "", ErrEmpty},
		{"only chrome", []byte("<html><body><nav><a href=/>Trang chủ</a></nav></body></html>"), "text/html", ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", ErrBinary},
		{"tcvn3", []byte(strings.Repeat("Héi th¶o khoa häc vÒ c«ng t¸c ph¸t triÓn ®¶ng viªn t¹i Häc viÖn An ninh nh©n d©n. ", 20)), "text/plain; charset=windows-1252", ErrMojibake},
	}
	for _, tt := range tests {
		_, err := Extract(Input{URL: "u", ContentType: tt.ct, Body: tt.body})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	// Broken markup is read, not refused.
	a, err := Extract(Input{URL: "u", Body: []byte("<html><body><div><p>Sáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”.<p>Với tham luận “A”, Đại tá, TS Lê Minh Hải, Phó Giám đốc Học viện Quốc tế cho rằng<div></span>")})
	if err != nil || len(a.Contributions) != 1 {
		t.Errorf("malformed HTML: %v, %+v", err, a)
	}
}

func TestDeclaredCharset(t *testing.T) {
	text := `<html><head><meta charset="windows-1258"><title>t</title></head><body><h1>Hội thảo</h1><p>Sáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế” với nhiều tham luận.</p></body></html>`
	enc, err := charmap.Windows1258.NewEncoder().String(toneDecomposed(text))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(Input{URL: "u", Body: []byte(enc)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Event == nil || a.Event.Name != "Hợp tác quốc tế" {
		t.Errorf("windows-1258 page: event %+v", a.Event)
	}
}

func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("../sample/0[1-3]-*.html")
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	seed, _ := os.ReadFile("testdata/seed/bocongan-2023-07-14-phat-trien-dang-vien.txt")
	f.Add(seed)
	f.Add([]byte("Với tham luận “"))
	f.Add([]byte("<p>Theo Đại tá, TS , , (</p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Extract(Input{URL: "https://fuzz.example/", Body: b})
		if err != nil {
			return
		}
		for _, c := range a.Contributions {
			if c.Speaker != nil && !utf8.ValidString(c.Speaker.Name) {
				t.Errorf("invalid UTF-8 speaker %q", c.Speaker.Name)
			}
		}
		if _, err := json.Marshal(a); err != nil {
			t.Errorf("article does not marshal: %v", err)
		}
	})
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"Thứ Sáu, 14/07/2023", "ngày 14 tháng 7 năm 2023", "13/7", "2023-07-14T08:30", "1/1/1/1/2020", "99/99/9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range FindDates(s) {
			if d.Start < 0 || d.End > len(s) || d.Start > d.End {
				t.Fatalf("bad offsets %+v in %q", d, s)
			}
			if d.Year != 0 && d.ISO() == "" {
				t.Fatalf("date %+v has no ISO form", d)
			}
		}
	})
}

// BenchmarkExtract300KB reads a 300 KB page: a sample page with its body
// repeated.
func BenchmarkExtract300KB(b *testing.B) {
	benchmarkExtractSize(b, 300<<10)
}

// BenchmarkExtractSizes reads the page of BenchmarkExtract300KB at other
// sizes: the time should grow with the size, not faster.
func BenchmarkExtractSizes(b *testing.B) {
	for _, kb := range []int{75, 150, 300, 600} {
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) { benchmarkExtractSize(b, kb<<10) })
	}
}

// BenchmarkExtract300KBPortal reads a 300 KB page as portals serve them:
// one article of a sample page amid 290 KB of scripts, styles, menus and
// lists of related news.
func BenchmarkExtract300KBPortal(b *testing.B) {
	page, err := os.ReadFile("../sample/01-phong-chong-toi-pham-cong-nghe-cao.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(page)
	i := strings.Index(s, "<body>") + len("<body>")
	// Chrome blocks before the article until half the padding, the rest
	// after it.
	var before, after strings.Builder
	for n := 0; before.Len()+after.Len() < 300<<10-len(s); n++ {
		w := &before
		if before.Len() > (300<<10-len(s))/2 {
			w = &after
		}
		fmt.Fprintf(w, "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'event':'view','id':%d,'cat':'tin-tuc'});</script>\n", n)
		fmt.Fprintf(w, "<style>.menu-%d a{color:#0a3d91;padding:4px 8px}.menu-%d a:hover{text-decoration:underline}</style>\n", n, n)
		fmt.Fprintf(w, `<ul class="menu"><li><a href="/tin-tuc/%d">Tin tức</a></li><li><a href="/su-kien/%d">Sự kiện</a></li><li><a href="/hoc-vien/%d">Học viện</a></li></ul>`+"\n", n, n, n)
		fmt.Fprintf(w, `<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/bai/%d">Hội thảo khoa học về phòng, chống tội phạm số %d</a> <span>(14/07/2023)</span></li></ul></div>`+"\n", n, n)
	}
	j := strings.LastIndex(s, "</body>")
	big := s[:i] + before.String() + s[i:j] + after.String() + s[j:]
	in := Input{URL: "https://bench.example/", ContentType: "text/html", Body: []byte(big)}
	b.SetBytes(int64(len(in.Body)))
	a, err := Extract(in)
	if err != nil {
		b.Fatalf("the article amid chrome: %v", err)
	}
	if len(a.Contributions) == 0 {
		b.Fatal("the article amid chrome: no contributions")
	}
	for b.Loop() {
		if _, err := Extract(in); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkExtractSize(b *testing.B, size int) {
	page, err := os.ReadFile("../sample/01-phong-chong-toi-pham-cong-nghe-cao.html")
	if err != nil {
		b.Fatal(err)
	}
	s := string(page)
	i := strings.Index(s, `<div class="detail-content">`) + len(`<div class="detail-content">`)
	j := strings.Index(s[i:], `<p class="source">`) + i
	body := s[i:j]
	var big strings.Builder
	big.WriteString(s[:j])
	for big.Len() < size {
		big.WriteString(body)
	}
	big.WriteString(s[j:])
	in := Input{URL: "https://bench.example/", ContentType: "text/html", Body: []byte(big.String())}
	b.SetBytes(int64(len(in.Body)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Extract(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractSample(b *testing.B) {
	pages, _ := filepath.Glob("../sample/*.html")
	var bodies [][]byte
	n := 0
	for _, p := range pages {
		bb, _ := os.ReadFile(p)
		bodies = append(bodies, bb)
		n += len(bb)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, bb := range bodies {
			Extract(Input{URL: "u", ContentType: "text/html", Body: bb})
		}
	}
}

// toneDecomposed writes Vietnamese as Windows-1258 expects it: letters
// with their quality marks precomposed (ơ, ư, â), tone marks combining.
func toneDecomposed(s string) string {
	tones := map[rune]bool{'\u0300': true, '\u0301': true, '\u0303': true, '\u0309': true, '\u0323': true}
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		var base []rune
		var tone rune
		for _, d := range norm.NFD.String(string(r)) {
			if tones[d] {
				tone = d
			} else {
				base = append(base, d)
			}
		}
		b.WriteString(norm.NFC.String(string(base)))
		if tone != 0 {
			b.WriteRune(tone)
		}
	}
	return b.String()
}

// TestRuneClasses checks the fast rune classes against their definitions.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
		if isPunct(r) != strings.ContainsRune(punct, r) {
			t.Errorf("isPunct(%U) = %v", r, isPunct(r))
		}
	}
}

// TestSiteProfile reads a page with a crawl profile's own selectors: the
// title, date and body come from them, before any known layout.
func TestSiteProfile(t *testing.T) {
	page := []byte(`<html><head><title>Cổng thông tin</title></head><body>
<div class="tin-khac"><p>` + strings.Repeat("Tin khác rất dài về một chủ đề khác hẳn, không liên quan đến hội thảo. ", 12) + `</p></div>
<div class="bai"><div class="tieu-de">Hội thảo “Phòng, chống tội phạm mạng”</div><div class="ngay">Ngày đăng: 05/04/2024</div>
<div class="noi-dung"><p>Sáng 4/4/2024, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo “Phòng, chống tội phạm mạng”.</p>
<p>Với tham luận “Nhận diện thủ đoạn lừa đảo trực tuyến”, Thượng tá, TS Đỗ Minh Châu, Trưởng khoa Học viện An ninh nhân dân cho rằng cần phối hợp chặt chẽ.</p></div></div>
</body></html>`)
	prof := &Profile{Name: "cong-tinh", Title: ".tieu-de", Date: ".ngay", Body: ".noi-dung"}
	a, err := Extract(Input{URL: "https://tinh.example/bai", ContentType: "text/html", Body: page, Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Hội thảo “Phòng, chống tội phạm mạng”" || a.Published != "2024-04-05" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
	if len(a.Contributions) != 1 || a.Contributions[0].Speaker == nil || a.Contributions[0].Speaker.Name != "Đỗ Minh Châu" {
		t.Errorf("contributions = %+v", a.Contributions)
	}
	if strings.Contains(a.Body, "Tin khác") {
		t.Errorf("the body took the other block: %q", a.Body)
	}
	if p, ok := ProfileByName("academy"); !ok || p.Body == "" {
		t.Errorf("ProfileByName(academy) = %+v, %v", p, ok)
	}
}

// TestSapo checks which element classed as a lead is read as the article's
// sapo on a page read by text density: the nearest one before the body,
// beside it, and not a teaser made of a link.
func TestSapo(t *testing.T) {
	para := `<p>` + strings.Repeat("Các đại biểu trao đổi nhiều ý kiến về công tác phòng, chống tội phạm trên không gian mạng. ", 4) + `</p>`
	body := `<div class="noi-dung">` + strings.Repeat(para, 4) + `</div>`
	sapo := `Sáng 4/4/2024, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo “Phòng, chống tội phạm mạng”.`
	teaser := `Chiều 2/4/2024, Học viện Cảnh sát nhân dân tổ chức Hội nghị tổng kết công tác năm học 2023–2024.`
	tests := []struct {
		name string
		page string
		want string
	}{
		{"beside the body",
			`<div class="bai"><h1>Hội thảo</h1><div class="sapo">` + sapo + `</div>` + body + `</div>`, sapo},
		{"classed as Lao Động spells it",
			`<div class="bai"><h1>Hội thảo</h1><div class="chappeau"><p><strong>` + sapo + `</strong></p></div>` + body + `</div>`, sapo},
		{"the nearest of two",
			`<div class="top"><div class="box"><div class="item"><div class="lead">` + teaser + `</div></div></div></div>` +
				`<div class="bai"><h1>Hội thảo</h1><p class="sapo">` + sapo + `</p>` + body + `</div>`, sapo},
		{"a teaser made of a link",
			`<div class="bai"><h1>Hội thảo</h1><div class="lead"><a href="/khac">` + teaser + `</a></div>` + body + `</div>`, ""},
		{"far from the body",
			`<div class="top"><div class="box"><div class="item"><div class="lead">` + teaser + `</div></div></div></div>` +
				`<div class="main"><div class="col"><div class="bai"><h1>Hội thảo</h1>` + body + `</div></div></div>`, ""},
		{"a class that says description",
			`<div class="box-detail"><h1>Hội thảo</h1><div class="box-des-detail"><p>` + sapo + `</p></div><div class="detail-content-body">` + body + `</div></div>`, sapo},
		{"too short to be a lead",
			`<div class="bai"><h1>Hội thảo</h1><div class="sapo">Tin ảnh.</div>` + body + `</div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := readHTML(`<html><body>`+tt.page+`</body></html>`, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Join(p.Lead, "\n")
			if got != tt.want {
				t.Errorf("lead = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTextBylineBeforeDate reads a pasted article whose author's name, in
// capitals, stands between the title and the date: the date after it is
// the publication date, not the portal's header date above the title.
func TestTextBylineBeforeDate(t *testing.T) {
	text := "TUỔI TRẺ ONLINE\nThứ năm, 24/10/2024\nThời sự  Thế giới  Pháp luật\n\n" +
		"Giữ gìn sự trong sáng của tiếng Việt trong giới trẻ\n\nTRẦN BẢO KHANG\n21/10/2024 18:05 GMT+7\n\n" +
		"TTO - Chiều 20-10, Báo Tuổi Trẻ tổ chức tọa đàm \"Tiếng Việt của người trẻ\".\n"
	a := mustExtract(t, "text/plain", text)
	if a.Title != "Giữ gìn sự trong sáng của tiếng Việt trong giới trẻ" || a.Published != "2024-10-21" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
	if a.Event == nil || a.Event.Date != "2024-10-20" {
		t.Errorf("event %+v, want the date 2024-10-20", a.Event)
	}
}

// TestTextTwoAuthorsBeforeDate: a paste whose byline names two authors
// with a dash between keeps the headline above it as the title.
func TestTextTwoAuthorsBeforeDate(t *testing.T) {
	text := "Báo An Giang điện tử\nXã hội > Trẻ em\n\nChung tay giữ an toàn cho trẻ mùa nước nổi\n\nNguyễn Hà - Minh Tú\n14-07-2023\n\n" +
		"Ngày 13-7, tại TP. Long Xuyên, Sở Lao động - Thương binh và Xã hội tổ chức Hội thảo “Phòng, chống đuối nước trẻ em”.\n"
	a := mustExtract(t, "text/plain", text)
	if a.Title != "Chung tay giữ an toàn cho trẻ mùa nước nổi" || a.Published != "2023-07-14" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
}

// TestEventLead reads the event's name and date from leads written the
// ways the genre has: a date in parentheses after "chiều qua", a <br>
// inside the quoted name, a yearless date with the year of publication.
func TestEventLead(t *testing.T) {
	tests := []struct{ name, page, wantName, wantDate string }{
		{"relative day with the date in parentheses",
			`<html><body><article><h1>Hội thảo phòng chống mua bán người</h1><p>Ngày đăng: 27/09/2023</p>` +
				`<p>Chiều qua (26/9), tại Hội trường Công an tỉnh, Công an tỉnh Quảng Bình tổ chức Hội thảo khoa học “Phòng ngừa tội phạm mua bán người”.</p></article></body></html>`,
			"Phòng ngừa tội phạm mua bán người", "2023-09-26"},
		{"a long unquoted kind, the theme in quotes after 'với chủ đề'",
			`<html><body><article><h1>Hội nghị khoa học Y học dự phòng quân đội</h1><p>Ngày đăng: 25/11/2023</p>` +
				`<p>Ngày 24/11/2023, tại Hội trường B, Học viện Quân y phối hợp với Cục Quân y tổ chức Hội nghị khoa học Y học dự phòng quân đội mở rộng năm 2023 với chủ đề “Phòng, chống dịch bệnh cho bộ đội”.</p></article></body></html>`,
			"Phòng, chống dịch bệnh cho bộ đội", "2023-11-24"},
		{"a lead that dates the closing of a two-day event",
			`<html><body><article><h1>Bế mạc hội thảo kinh tế biển</h1><p>Ngày đăng: 15/03/2024</p>` +
				`<p>Chiều 15-3, Hội thảo khoa học quốc gia “Kinh tế biển xanh” do Trường Đại học Kinh tế tổ chức đã bế mạc sau hai ngày làm việc.</p></article></body></html>`,
			"Kinh tế biển xanh", "2024-03-14"},
		{"an article about a ceremony that reports the workshop further down",
			`<html><body><article><h1>Trao bằng tốt nghiệp cho 1.200 tân bác sĩ</h1><p>Ngày đăng: 28/07/2024</p>` +
				`<p>Sáng 27/7, Trường Đại học Tây Nguyên tổ chức lễ tốt nghiệp cho 1.200 tân bác sĩ, dược sĩ và cử nhân điều dưỡng.</p>` +
				`<p>Phát biểu tại buổi lễ, Hiệu trưởng nhà trường chúc mừng các tân bác sĩ và mong các em sẽ gắn bó với vùng Tây Nguyên.</p>` +
				`<p>Trước đó, chiều 26/7, cũng tại Hội trường A, Khoa Y Dược của trường đã tổ chức Hội thảo khoa học “Bệnh truyền nhiễm mới nổi tại Tây Nguyên” với sự tham dự của hơn 200 bác sĩ.</p></article></body></html>`,
			"Bệnh truyền nhiễm mới nổi tại Tây Nguyên", "2024-07-26"},
		{"a line break inside the quoted name",
			`<html><body><article><h1>Hội thảo phòng chống mua bán người</h1><p>Ngày đăng: 27/09/2023</p>` +
				`<p>Sáng 26/9, Công an tỉnh tổ chức Hội thảo khoa học “Phòng ngừa, đấu tranh với tội phạm mua bán người qua<br>biên giới Việt - Lào”.</p></article></body></html>`,
			"Phòng ngừa, đấu tranh với tội phạm mua bán người qua biên giới Việt - Lào", "2023-09-26"},
		{"a lead after the site's menu items",
			`<html><body><div class="topbar"><span>Thứ Tư, 11/09/2024</span></div><div class="wrap"><ul><li>Sinh viên</li><li>Cán bộ</li><li>Cựu sinh viên</li><li>Tuyển sinh</li><li>Đào tạo</li><li>EN</li></ul>` +
				`<h1>Hội thảo quốc tế về tội phạm mạng</h1><div class="meta"><span>Sự kiện</span> · <span>22/08/2024</span> · <span>1.084 lượt xem</span></div>` +
				`<p>Ngày 21/8/2024, tại Hội trường A, Trường Đại học Kinh tế - Luật tổ chức Hội thảo khoa học quốc tế “Legal Responses to Cybercrime” với nhiều báo cáo.</p>` +
				`<p>Hội thảo thu hút gần 250 đại biểu là nhà khoa học, luật gia đến từ 9 quốc gia trong khu vực và trên thế giới.</p></div></body></html>`,
			"Legal Responses to Cybercrime", "2024-08-21"},
		{"a name after 'với chủ đề', unquoted, and a clause after it",
			`<html><body><article><h1>Diễn đàn khoa học</h1><p>Ngày đăng: 18/10/2024</p>` +
				`<p>Ngày 17-10-2024, tại Hội trường Trung tâm, Nhà trường tổ chức Diễn đàn khoa học với chủ đề: Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng trong tình hình mới, thu hút hơn 300 cán bộ tham gia.</p></article></body></html>`,
			"Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng trong tình hình mới", "2024-10-17"},
		{"a sapo the site profile does not name",
			`<html><body><article class="detail"><h1 class="detail-title">Chuyển đổi số để giữ “hồn” văn hóa</h1><span class="detail-time">Thứ Năm, 13/03/2025 - 06:10</span>` +
				`<p class="detail-sapo">Hôm qua (12/3), tại Trường ĐH Cần Thơ, Nhà trường tổ chức hội thảo khoa học với chủ đề Chuyển đổi số trong bảo tồn văn hóa.</p>` +
				`<div class="detail-content"><p>PGS.TS Huỳnh Thanh Nhã, Phó Hiệu trưởng Trường ĐH Cần Thơ chủ trì hội thảo.</p></div></article></body></html>`,
			"Chuyển đổi số trong bảo tồn văn hóa", "2025-03-12"},
		{"dates in parentheses of something else",
			`<html><body><article><h1>Tọa đàm báo chí</h1><p>Ngày đăng: 20/06/2024</p>` +
				`<p>Nhân kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2024), Học viện tổ chức Tọa đàm “Báo chí và an ninh”.</p></article></body></html>`,
			"Báo chí và an ninh", ""},
		{"a kind word in the venue before the event's",
			`<html><body><article><h1>Thanh niên khởi nghiệp</h1><p>Đăng lúc: 10/06/2024 07:45 · Người đăng: Ban Tuyên giáo Tỉnh đoàn</p>` +
				`<p>Sáng 8/6, tại Trung tâm Hội nghị tỉnh (TP Quy Nhơn), Tỉnh đoàn phối hợp với Sở Khoa học và Công nghệ tổ chức Diễn đàn “Thanh niên Bình Định khởi nghiệp”.</p></article></body></html>`,
			"Thanh niên Bình Định khởi nghiệp", "2024-06-08"},
		{"a camel-case sapo class",
			`<html><body><div class="Article"><h2 class="ArticleTitle">Giáo dục quốc phòng</h2><div class="ArticleDate">17/10/2024</div>` +
				`<div class="ArticleLead">Ngày 16-10, tại Hội trường Học viện Chính trị (Hà Đông, Hà Nội), Học viện Chính trị tổ chức Hội thảo khoa học “Nâng cao chất lượng giáo dục quốc phòng”.</div>` +
				`<div class="ArticleContent"><p>Trung tướng, PGS.TS Doãn Văn Thái, Giám đốc Học viện chủ trì Hội thảo. Nhiều đại biểu dự Hội thảo và thảo luận.</p><p>Hội thảo nhận được 60 tham luận của các nhà khoa học.</p></div></div></body></html>`,
			"Nâng cao chất lượng giáo dục quốc phòng", "2024-10-16"},
		{"a series named without quotes",
			`<html><body><article><h1>Sinh viên nghiên cứu khoa học</h1><p>Ngày đăng: 10/05/2024</p>` +
				`<p>Sáng ngày 9/5/2024, tại Hội trường Rùa, Trường Đại học Cần Thơ tổ chức Hội nghị sinh viên nghiên cứu khoa học năm học 2023 - 2024. PGS.TS Trần Văn Lý chủ trì Hội nghị.</p></article></body></html>`,
			"Hội nghị sinh viên nghiên cứu khoa học năm học 2023 - 2024", "2024-05-09"},
		{"a plenary session of a series named without quotes",
			`<html><body><article><h1>9 công trình tiêu biểu tranh tài</h1><p>Ngày đăng: 18/04/2025</p>` +
				`<p>Ngày 17/4/2025, tại Hội trường C2, Đại học Bách khoa Hà Nội tổ chức phiên toàn thể Hội nghị Sinh viên nghiên cứu khoa học năm học 2024 - 2025. Hội đồng đánh giá do PGS.TS Ngô Thị Lan Phương làm Chủ tịch.</p></article></body></html>`,
			"Hội nghị Sinh viên nghiên cứu khoa học năm học 2024 - 2025", "2025-04-17"},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(tt.page)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Event == nil {
			t.Errorf("%s: no event", tt.name)
			continue
		}
		if tt.name == "a lead after the site's menu items" && a.Published != "2024-08-22" {
			t.Errorf("%s: published %q, want the date on the category line, 2024-08-22", tt.name, a.Published)
		}
		if a.Event.Name != tt.wantName || a.Event.Date != tt.wantDate {
			t.Errorf("%s: event %q on %q, want %q on %q", tt.name, a.Event.Name, a.Event.Date, tt.wantName, tt.wantDate)
		}
	}
}

// TestTextDateAboveHeadline reads a paste whose page prints the date
// above the headline, below the portal's "today", its menu and a
// breadcrumb.
func TestTextDateAboveHeadline(t *testing.T) {
	text := "VnExpress\nThứ hai, 18/11/2019\nMới nhất   Tin theo khu vực   Thời sự   Góc nhìn   Thế giới\nKhoa học  ›  Môi trường\n\n" +
		"Thứ sáu, 15/11/2019, 14:05 (GMT+7)\nĐồng bằng sông Cửu Long mất hơn 500 ha đất mỗi năm vì sạt lở\n\n" +
		"Hội thảo quốc tế \"Quản lý bền vững vùng bờ\" do Trường Đại học Thuỷ lợi tổ chức hôm 14/11 tại Hà Nội.\n"
	a := mustExtract(t, "text/plain", text)
	if a.Title != "Đồng bằng sông Cửu Long mất hơn 500 ha đất mỗi năm vì sạt lở" || a.Published != "2019-11-15" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
}

// TestTitleSiteOrder reads the headline and the site from a <title> in
// either order, "Headline - Site" or "Site - Headline".
func TestTitleSiteOrder(t *testing.T) {
	tests := []struct{ title, wantTitle, wantSource string }{
		{"Hội thảo khoa học về cảnh sát cộng đồng - Trường Đại học Cảnh sát nhân dân", "Hội thảo khoa học về cảnh sát cộng đồng", "Trường Đại học Cảnh sát nhân dân"},
		{"Trường Chính trị tỉnh Phú Thọ - Hội thảo khoa học về bồi dưỡng đảng viên mới", "Hội thảo khoa học về bồi dưỡng đảng viên mới", "Trường Chính trị tỉnh Phú Thọ"},
		{"Khoa học - Công nghệ | Trang 3 | Tin tức An ninh Thủ đô", "Khoa học - Công nghệ | Trang 3", "Tin tức An ninh Thủ đô"},
	}
	for _, tt := range tests {
		page := `<html><head><title>` + tt.title + `</title></head><body><div><p>Sáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế” với nhiều tham luận của các nhà khoa học trong và ngoài nước.</p></div></body></html>`
		a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%q: %v", tt.title, err)
		}
		if a.Title != tt.wantTitle || a.Source != tt.wantSource {
			t.Errorf("%q: title %q, source %q; want %q, %q", tt.title, a.Title, a.Source, tt.wantTitle, tt.wantSource)
		}
	}
}

// TestTitleFromHeading prefers the article's heading to a <title> that
// rewords it or carries more than one part of the site's name.
func TestTitleFromHeading(t *testing.T) {
	tests := []struct{ name, title, heading, want string }{
		{"reworded, shorter <title>",
			"Hội thảo khoa học về ứng dụng khoa học công nghệ trong xử lý vi phạm giao thông | Học viện Cảnh sát nhân dân",
			`<h2 class="article-title">Hội thảo khoa học “Ứng dụng khoa học công nghệ trong tuần tra, kiểm soát và xử lý vi phạm giao thông đường bộ”</h2>`,
			"Hội thảo khoa học “Ứng dụng khoa học công nghệ trong tuần tra, kiểm soát và xử lý vi phạm giao thông đường bộ”"},
		{"two parts of the site's name",
			"Hội thảo khoa học quốc gia: Giáo dục song ngữ vùng Việt Bắc - Trường Đại học Sư phạm - ĐHTN",
			`<h2 class="contentheading">Hội thảo khoa học quốc gia: Giáo dục song ngữ vùng Việt Bắc</h2>`,
			"Hội thảo khoa học quốc gia: Giáo dục song ngữ vùng Việt Bắc"},
		{"the site's name in <h1>, the headline marked as such",
			"Hội thảo khoa học “75 năm thực hiện Sáu điều Bác Hồ dạy Công an nhân dân”",
			`<div class="logo-block"><h1 class="sitename">HỌC VIỆN CHÍNH TRỊ CÔNG AN NHÂN DÂN</h1></div><div class="page-header"><h2 itemprop="headline">Hội thảo khoa học “75 năm thực hiện Sáu điều Bác Hồ dạy Công an nhân dân”</h2></div>`,
			"Hội thảo khoa học “75 năm thực hiện Sáu điều Bác Hồ dạy Công an nhân dân”"},
		{"the site's name in <h1>, the <title> the headline",
			"Hội thảo khoa học về cảnh sát cộng đồng",
			`<div id="logo"><h1>TRƯỜNG ĐẠI HỌC CẢNH SÁT NHÂN DÂN</h1></div>`,
			"Hội thảo khoa học về cảnh sát cộng đồng"},
		{"a long site's name first, the heading broken by a line break",
			"Sở Khoa học và Công nghệ tỉnh Lào Cai - Công bố 6 kết quả nghiên cứu khoa học phục vụ nông nghiệp vùng cao",
			`<div class="title">Công bố 6 kết quả nghiên cứu khoa học<br />phục vụ nông nghiệp vùng cao</div>`,
			"Công bố 6 kết quả nghiên cứu khoa học phục vụ nông nghiệp vùng cao"},
		{"the site's name in capitals first",
			"TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI - Hội thảo khoa học về nâng cao chất lượng đội ngũ cán bộ người dân tộc thiểu số ở cơ sở",
			``,
			"Hội thảo khoa học về nâng cao chất lượng đội ngũ cán bộ người dân tộc thiểu số ở cơ sở"},
		{"a short site's name first, the headline repeated by a heading",
			"CDC Sơn La - Hội thảo giải pháp nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ em",
			`<h2 class="tieude-tin">Hội thảo giải pháp nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ em</h2>`,
			"Hội thảo giải pháp nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ em"},
		{"an unrelated heading is not the title",
			"Hội thảo khoa học về cảnh sát cộng đồng - Trường Đại học Cảnh sát nhân dân",
			`<h3 class="title">Tin tức và sự kiện nổi bật trong tuần của Nhà trường</h3>`,
			"Hội thảo khoa học về cảnh sát cộng đồng"},
	}
	for _, tt := range tests {
		page := `<html><head><title>` + tt.title + `</title></head><body>` + tt.heading + `<div><p>Sáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế” với nhiều tham luận của các nhà khoa học trong và ngoài nước.</p></div></body></html>`
		a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, a.Title, tt.want)
		}
	}
}

// TestJSONLDPublished takes the publication date from schema.org
// structured data, also inside an "@graph", before a header's "today".
func TestJSONLDPublished(t *testing.T) {
	body := `<div class="top"><time>Thứ Năm, 18/04/2024</time></div><article><h1>Hội thảo phòng ngừa tội phạm</h1><p>Ngày 3/4/2024, tại Hà Nội, Viện Nhà nước và Pháp luật tổ chức Hội thảo quốc tế “Phòng ngừa tội phạm” với nhiều tham luận.</p></article>`
	for _, ld := range []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-04-03T19:05:00+07:00"}`,
		`{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-04-03T19:05:00+07:00"}]}`,
	} {
		page := `<html><head><script type="application/ld+json">` + ld + `</script></head><body>` + body + `</body></html>`
		a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != "2024-04-03" {
			t.Errorf("published %q, want 2024-04-03 from %s", a.Published, ld)
		}
	}
	// Broken structured data is ignored.
	page := `<html><head><script type="application/ld+json">{"datePublished": </script></head><body>` + body + `</body></html>`
	if _, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)}); err != nil {
		t.Errorf("broken JSON-LD: %v", err)
	}
}

// TestBodyBetweenBreaks: an article written straight into a container
// between <br>s, with a table among its paragraphs, is the body; the
// table's cells are not.
func TestBodyBetweenBreaks(t *testing.T) {
	page := `<html><head><title>Sở Khoa học và Công nghệ tỉnh Lào Cai - Công bố kết quả nghiên cứu</title></head><body>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul></div>
<div class="news-detail"><div class="title">Công bố kết quả nghiên cứu</div>
<div class="content"><b>Ngày 24/10, tại Lào Cai, Sở Khoa học và Công nghệ tổ chức Hội nghị “Công bố kết quả nghiên cứu khoa học giai đoạn 2021 - 2024”.</b><br /><br />
Phó Chủ tịch UBND tỉnh Thào Seo Lềnh chủ trì Hội nghị. Hội nghị nghe báo cáo kết quả 7 nhiệm vụ khoa học và công nghệ tiêu biểu của giai đoạn.<br /><br />
<table><tr><th>STT</th><th>Nhiệm vụ</th><th>Kinh phí (triệu đồng)</th></tr><tr><td>1</td><td>Giống lúa chất lượng cao cho vùng cao huyện Bát Xát</td><td>1.250</td></tr></table>
Trình bày báo cáo đề dẫn, Phó Giám đốc Sở Đặng Thị Hải Yến cho biết, giai đoạn 2021 - 2024, tỉnh đã phê duyệt 41 nhiệm vụ khoa học và công nghệ, trong đó 26 nhiệm vụ thuộc lĩnh vực nông nghiệp.<br /><br />
</div></div></body></html>`
	a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Event == nil || a.Event.Name != "Công bố kết quả nghiên cứu khoa học giai đoạn 2021 - 2024" {
		t.Errorf("event %+v, want the one the lead names", a.Event)
	}
	if len(a.Contributions) != 1 || presenter(a.Contributions[0]) != "Đặng Thị Hải Yến" {
		t.Errorf("contributions %+v, want the keynote", a.Contributions)
	}
}
