package crawltest

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/thamluan/thamluan/bench/gen"
	"github.com/thamluan/thamluan/corpus/sample"
	"github.com/thamluan/thamluan/corpus/vi"
)

const (
	contentHTML   = "text/html; charset=utf-8"
	contentLegacy = "text/html; charset=windows-1258"
	contentRSS    = "application/rss+xml; charset=utf-8"
	contentXML    = "application/xml; charset=utf-8"
	contentText   = "text/plain; charset=utf-8"
)

// Paths and patterns of the two sites.
const (
	ministryListing = "/tin-tuc/hoi-thao"
	ministryFeed    = "/rss/hoi-thao.rss"
	newsListing     = "/chuyen-muc/hoi-nghi-hoi-thao"
	newsSitemap     = "/sitemap.xml"
	newsSitemapIdx  = "/sitemap_index.xml"
	perPage         = 10
	genSeed         = 20241125
)

var (
	ministryFollow   = []string{`^/tin-tuc/hoi-thao(\?page=\d+)?$`}
	ministryArticles = []string{`^/tin-tuc/[a-z0-9-]+-\d+\.html(\?.*)?$`, `^/noi-bo/[a-z0-9-]+-\d+\.html$`}
	newsFollow       = []string{`^/chuyen-muc/hoi-nghi-hoi-thao(\?page=\d+)?$`}
	newsArticles     = []string{`^/(thoi-su|giao-duc|phap-luat|xa-hoi)/[a-z0-9-]+-post\d+\.html$`}
)

// baseModified is the Last-Modified of the first page; later pages are a
// little older.
var baseModified = time.Date(2024, 11, 25, 1, 0, 0, 0, time.UTC)

var vnZone = time.FixedZone("ICT", 7*3600)

// item is a link in a listing, a feed or a sitemap.
type item struct {
	path  string    // the page's path[?query]
	href  string    // what the listing writes, when not the path
	title string    // link text
	date  time.Time // publication date
}

// story is an article's text, to be rendered in a layout.
type story struct {
	title string
	kind  string // "Hội thảo", "Tọa đàm", ...
	date  time.Time
	lead  string
	paras []string
	html  []byte // the generator's own (portal layout) page
}

// builder holds what is shared while the pages are built.
type builder struct {
	opt    Options
	n      int // pages added so far, for Last-Modified
	gen    *gen.Generator
	genI   int
	titles map[string]bool
}

func (b *builder) modified() time.Time {
	b.n++
	return baseModified.Add(-time.Duration(b.n) * 17 * time.Minute)
}

func (b *builder) add(s *Site, path string, p *page) *page {
	if s.pages[path] != nil {
		panic("crawltest: two pages at " + path)
	}
	if p.modified.IsZero() {
		p.modified = b.modified()
	}
	if p.body != nil && p.etag == "" {
		p.setBody(p.body)
	}
	s.pages[path] = p
	return p
}

func (b *builder) static(s *Site, path, ctype string, body []byte) *page {
	return b.add(s, path, &page{kind: kindStatic, contentType: ctype, body: body})
}

var (
	reGenTitle  = regexp.MustCompile(`<h1 class="detail-title">(.*?)</h1>`)
	reGenTime   = regexp.MustCompile(`<div class="detail-time">(\d\d)/(\d\d)/(\d{4})</div>`)
	reGenPara   = regexp.MustCompile(`<p>(.*?)</p>`)
	reCanonical = regexp.MustCompile(`<link rel="canonical" href="[^"]*">`)
	reSlugTail  = regexp.MustCompile(`-(post|i)?\d+$`)
)

// story returns the next generated article whose title no page has yet.
func (b *builder) story() (story, error) {
	for tries := 0; tries < 1000; tries++ {
		p := b.gen.Page(b.genI)
		b.genI++
		t := reGenTitle.FindSubmatch(p.HTML)
		d := reGenTime.FindSubmatch(p.HTML)
		paras := reGenPara.FindAllSubmatch(p.HTML, -1)
		if t == nil || d == nil || len(paras) < 3 {
			return story{}, fmt.Errorf("generated page %d: unexpected HTML", b.genI-1)
		}
		title := html.UnescapeString(string(t[1]))
		// One story per topic, so that no two stories look alike even to
		// a reader who ignores the kind of event.
		_, topic, _ := strings.Cut(title, " về ")
		if b.titles[title] || b.titles["về "+topic] {
			continue
		}
		b.titles[title] = true
		b.titles["về "+topic] = true
		day, _ := strconv.Atoi(string(d[1]))
		month, _ := strconv.Atoi(string(d[2]))
		year, _ := strconv.Atoi(string(d[3]))
		st := story{title: title, date: time.Date(year, time.Month(month), day, 8, 30, 0, 0, vnZone), html: p.HTML}
		st.kind, _, _ = strings.Cut(title, " về ")
		st.lead = html.UnescapeString(string(paras[0][1]))
		for _, m := range paras[1:] {
			st.paras = append(st.paras, html.UnescapeString(string(m[1])))
		}
		return st, nil
	}
	return story{}, fmt.Errorf("the generator repeats its titles")
}

// slug makes a URL slug of a Vietnamese title: no diacritics, đ as d.
func slug(title string) string {
	var out []byte
	dash := false
	for _, r := range vi.Fold(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && len(out) > 0 {
				out = append(out, '-')
			}
			dash = false
			out = append(out, byte(r))
		} else {
			dash = true
		}
	}
	s := string(out)
	if len(s) > 80 {
		s = strings.TrimRight(s[:80], "-")
		if i := strings.LastIndexByte(s, '-'); i > 40 {
			s = s[:i]
		}
	}
	return s
}

// slugFromURL takes the slug of a sample page's URL, without its id.
func slugFromURL(u string) string {
	u = strings.TrimSuffix(u, "/")
	u = u[strings.LastIndexByte(u, '/')+1:]
	u = strings.TrimSuffix(u, ".html")
	return reSlugTail.ReplaceAllString(u, "")
}

func esc(s string) string { return html.EscapeString(s) }

var weekdays = [...]string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

func vnDate(t time.Time) string {
	return fmt.Sprintf("%s, %02d/%02d/%d", weekdays[t.Weekday()], t.Day(), int(t.Month()), t.Year())
}

// build fills both sites' page tables and Expect lists.
func build(m, n *Site, opt Options) error {
	b := &builder{opt: opt, gen: gen.New(genSeed), titles: map[string]bool{}}
	samples, err := sample.Pages()
	if err != nil {
		return err
	}
	if len(samples) < 26 {
		return fmt.Errorf("the sample corpus has %d pages, want 26", len(samples))
	}
	for _, sp := range samples {
		var t struct{ Title string }
		if err := json.Unmarshal(sp.Truth, &t); err != nil {
			return fmt.Errorf("sample %s: %w", sp.Name, err)
		}
		b.titles[t.Title] = true
	}
	m.other, n.other = n.URL, m.URL
	if err := b.ministry(m, samples); err != nil {
		return err
	}
	if err := b.news(n); err != nil {
		return err
	}
	for _, s := range []*Site{m, n} {
		big := map[string]bool{}
		for _, p := range s.Expect.TooBig {
			big[p] = true
		}
		for path, p := range s.pages {
			if !big[path] && int64(len(p.body)) >= opt.MaxBody {
				return fmt.Errorf("MaxBody %d is not above the %d bytes of %s", opt.MaxBody, len(p.body), path)
			}
		}
		e := &s.Expect
		for _, l := range []*[]string{&e.Articles, &e.OffTopic, &e.Disallowed, &e.Failing, &e.Flaky, &e.Slow,
			&e.Timeout, &e.RedirectLoop, &e.TooBig, &e.Legacy, &e.Changing} {
			sort.Strings(*l)
		}
	}
	return nil
}

// ---------------------------------------------------------------- Ministry

// Roles of the sample pages on the Ministry site, by index.
const (
	mDuplicate = 0 // also at ?utm_source=rss&utm_medium=feed (linked from the feed)
	mRedirect  = 1 // only reached through a 301 from an old URL in the listing
	mFlaky     = 2
	mChanging  = 3
	mSlow      = 5
	mAbsolute  = 4 // listed with an absolute URL
	mRelative  = 6 // listed with a relative URL
	mFragment  = 7 // listed with a #fragment
	mLegacy    = 8
)

const ministryName = "Cổng TTĐT Bộ thử nghiệm"

func (b *builder) ministry(s *Site, samples []sample.Page) error {
	s.start = []string{ministryListing}
	s.feeds = []string{ministryFeed}
	s.sitemaps = []string{}
	s.follow = ministryFollow
	s.articles = ministryArticles
	e := &s.Expect

	var listing []item // in listing order, newest first
	var feed []item
	var extras []item // non-sample entries, spread over the listing
	for i, sp := range samples {
		var t struct{ Title, Published string }
		if err := json.Unmarshal(sp.Truth, &t); err != nil {
			return fmt.Errorf("sample %s: %w", sp.Name, err)
		}
		date, err := time.ParseInLocation("2006-01-02", t.Published, vnZone)
		if err != nil {
			return fmt.Errorf("sample %s: published %q: %w", sp.Name, t.Published, err)
		}
		path := fmt.Sprintf("/tin-tuc/%s-%d.html", slugFromURL(sp.URL), 4101+i)
		body := reCanonical.ReplaceAll(sp.HTML, []byte(`<link rel="canonical" href="`+s.URL+path+`">`))
		it := item{path: path, title: t.Title, date: date}
		p := &page{kind: kindStatic, contentType: contentHTML}
		switch i {
		case mDuplicate:
			alt := path + "?utm_source=rss&utm_medium=feed"
			e.Duplicates = append(e.Duplicates, [2]string{path, alt})
			e.Articles = append(e.Articles, path)
			s.pages[alt] = p
			feed = append(feed, item{path: alt, title: t.Title, date: date})
		case mRedirect:
			e.Articles = append(e.Articles, path)
			old := fmt.Sprintf("/tin-tuc/%s-%d.html", slugFromURL(sp.URL), 901)
			b.add(s, old, &page{kind: kindRedirect, location: path})
			it.path = old
		case mFlaky:
			p.kind = kindFlaky
			e.Flaky = append(e.Flaky, path)
		case mSlow:
			p.kind = kindSlow
			e.Slow = append(e.Slow, path)
		case mLegacy:
			body = bytes.Replace(body, []byte(`<meta charset="utf-8">`), []byte(`<meta charset="windows-1258">`), 1)
			body = encode1258(string(body))
			p.contentType = contentLegacy
			e.Legacy = append(e.Legacy, path)
		case mChanging:
			e.Articles = append(e.Articles, path)
			e.Changing = append(e.Changing, path)
			orig := body
			p.change = func(edit int) []byte { return insertCorrection(orig, edit) }
		default:
			e.Articles = append(e.Articles, path)
		}
		switch i {
		case mAbsolute:
			it.href = s.URL + path
		case mRelative:
			it.href = path[len("/tin-tuc/"):]
		case mFragment:
			it.href = path + "#binh-luan"
		}
		p.body = body
		b.add(s, path, p)
		listing = append(listing, it)
		if i != mDuplicate && i != mRedirect && len(feed) < 12 {
			feed = append(feed, item{path: path, title: t.Title, date: date})
		}
	}

	// Off-topic news in the article pattern.
	for i, o := range ministryOffTopic {
		path := fmt.Sprintf("/tin-tuc/%s-%d.html", slug(o.title), 5001+i)
		b.static(s, path, contentHTML, portalHTML(s, path, o.title, o.date, o.paras, true))
		e.OffTopic = append(e.OffTopic, path)
		extras = append(extras, item{path: path, title: o.title, date: o.date})
	}
	// Generated reports under /noi-bo/, disallowed by robots.txt.
	for i := 0; i < 2; i++ {
		st, err := b.story()
		if err != nil {
			return err
		}
		path := fmt.Sprintf("/noi-bo/%s-%d.html", slug(st.title), 6001+i)
		b.static(s, path, contentHTML, withCanonical(st.html, s.URL+path))
		e.Disallowed = append(e.Disallowed, path)
		extras = append(extras, item{path: path, title: st.title, date: st.date})
	}
	// Failing pages.
	for i, f := range []struct {
		title  string
		status int
	}{
		{"Tập huấn nghiệp vụ phòng cháy cho lực lượng dân phòng các quận nội thành", 404},
		{"Thông báo tuyển sinh đào tạo trình độ thạc sĩ năm 2024", 410},
	} {
		path := fmt.Sprintf("/tin-tuc/%s-%d.html", slug(f.title), 3001+i)
		b.add(s, path, &page{kind: kindStatus, status: f.status})
		e.Failing = append(e.Failing, path)
		extras = append(extras, item{path: path, title: f.title, date: time.Date(2024, 3, 12+i, 9, 0, 0, 0, vnZone)})
	}
	// A page that hangs.
	st, err := b.story()
	if err != nil {
		return err
	}
	path := fmt.Sprintf("/tin-tuc/%s-%d.html", slug(st.title), 3101)
	b.add(s, path, &page{kind: kindHang, contentType: contentHTML, body: withCanonical(st.html, s.URL+path)})
	e.Timeout = append(e.Timeout, path)
	extras = append(extras, item{path: path, title: st.title, date: st.date})
	// A redirect loop.
	loopTitle := "Kết quả nghiệm thu đề tài khoa học cấp Bộ năm 2023"
	path = fmt.Sprintf("/tin-tuc/%s-%d.html", slug(loopTitle), 3201)
	b.add(s, path, &page{kind: kindLoop})
	e.RedirectLoop = append(e.RedirectLoop, path)
	extras = append(extras, item{path: path, title: loopTitle, date: time.Date(2024, 1, 8, 9, 0, 0, 0, vnZone)})
	// A page too big, with a Content-Length.
	if st, err = b.story(); err != nil {
		return err
	}
	path = fmt.Sprintf("/tin-tuc/%s-%d.html", slug(st.title), 3301)
	big := withCanonical(st.html, s.URL+path)
	big = bytes.Replace(big, []byte(`</div></div><div class="other-news">`),
		append(padding(b.opt.MaxBody, st.kind), []byte(`</div></div><div class="other-news">`)...), 1)
	if int64(len(big)) <= b.opt.MaxBody {
		return fmt.Errorf("generated page layout changed: cannot pad %s", path)
	}
	b.static(s, path, contentHTML, big)
	e.TooBig = append(e.TooBig, path)
	extras = append(extras, item{path: path, title: st.title, date: st.date})

	// Spread the extras over the listing: one after every second sample.
	var all []item
	for i, it := range listing {
		all = append(all, it)
		if k := i / 2; i%2 == 1 && k < len(extras) {
			all = append(all, extras[k])
		}
	}
	for k := (len(listing) + 1) / 2; k < len(extras); k++ {
		all = append(all, extras[k])
	}
	b.listings(s, ministryListing, "Hội thảo, hội nghị", all, ministryListingHTML)
	b.static(s, ministryFeed, contentRSS, rss(s, feed))

	robots := "# robots.txt - " + ministryName + "\nUser-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /noi-bo/\nDisallow: /tim-kiem\n"
	if b.opt.CrawlDelay > 0 {
		robots += "Crawl-delay: " + strconv.FormatFloat(b.opt.CrawlDelay, 'f', -1, 64) + "\n"
	}
	b.static(s, "/robots.txt", contentText, []byte(robots))
	b.static(s, "/", contentHTML, ministryHome(s))
	return nil
}

// withCanonical points a page's canonical link to url.
func withCanonical(page []byte, url string) []byte {
	return reCanonical.ReplaceAll(page, []byte(`<link rel="canonical" href="`+url+`">`))
}

// insertCorrection adds an editor's correction after the first paragraph.
func insertCorrection(page []byte, edit int) []byte {
	note := fmt.Sprintf("\n<p><em>Cập nhật lần %d: bài viết đã được đính chính chức danh của một số đại biểu tham dự; các nội dung khác giữ nguyên.</em></p>", edit)
	i := bytes.Index(page, []byte("</p>"))
	if i < 0 {
		return append(append([]byte{}, page...), note...)
	}
	i += len("</p>")
	out := append([]byte{}, page[:i]...)
	out = append(out, note...)
	return append(out, page[i:]...)
}

// padding is article text enough to make a page bigger than limit.
func padding(limit int64, kind string) []byte {
	want := limit + limit/8 + 64<<10
	var b bytes.Buffer
	for i := 1; int64(b.Len()) < want; i++ {
		fmt.Fprintf(&b, "<p>Ý kiến thảo luận thứ %d tại %s: các đại biểu trao đổi về công tác đào tạo, bồi dưỡng, nâng cao chất lượng nghiên cứu khoa học, phối hợp giữa các đơn vị trong thời gian tới, nhằm thực hiện thắng lợi các nhiệm vụ trọng tâm đã đề ra; đồng thời kiến nghị hoàn thiện cơ chế, chính sách có liên quan.</p>\n", i, kind)
	}
	return b.Bytes()
}

type offTopic struct {
	title string
	date  time.Time
	paras []string
}

var ministryOffTopic = []offTopic{
	{"Phân luồng giao thông trên Quốc lộ 1A dịp nghỉ lễ Quốc khánh 2/9", time.Date(2024, 8, 28, 10, 0, 0, 0, vnZone), []string{
		"Để bảo đảm trật tự, an toàn giao thông trong dịp nghỉ lễ Quốc khánh 2/9/2024, Phòng Cảnh sát giao thông Công an tỉnh Hà Nam thông báo phân luồng các phương tiện lưu thông trên tuyến Quốc lộ 1A đoạn qua thị xã Duy Tiên.",
		"Từ 14 giờ ngày 30/8 đến 22 giờ ngày 3/9/2024, xe tải có tổng trọng lượng từ 10 tấn trở lên đi theo hướng Bắc - Nam không được đi vào đoạn từ nút giao Vực Vòng đến cầu Đoan Vĩ; các phương tiện này đi theo đường cao tốc Cầu Giẽ - Ninh Bình.",
		"Tại các nút giao trọng điểm, lực lượng Cảnh sát giao thông bố trí cán bộ, chiến sĩ trực 24/24 giờ để hướng dẫn, điều tiết; đồng thời lắp đặt biển báo, đèn tín hiệu tạm thời để người dân chủ động lựa chọn lộ trình.",
		"Người tham gia giao thông cần chấp hành nghiêm hướng dẫn của lực lượng chức năng, không sử dụng rượu, bia khi điều khiển phương tiện. Mọi thông tin phản ánh về tình hình giao thông xin gọi số điện thoại đường dây nóng của Phòng Cảnh sát giao thông.",
	}},
	{"Công an tỉnh Quảng Trị trao tặng 20 căn nhà tình nghĩa cho hộ nghèo", time.Date(2024, 7, 15, 16, 0, 0, 0, vnZone), []string{
		"Ngày 15/7/2024, tại huyện Hướng Hóa, Công an tỉnh Quảng Trị tổ chức Lễ trao tặng 20 căn nhà tình nghĩa cho các hộ gia đình chính sách, hộ nghèo trên địa bàn tỉnh.",
		"Mỗi căn nhà có diện tích 60 m², tổng kinh phí hơn 1,2 tỷ đồng do cán bộ, chiến sĩ Công an tỉnh đóng góp cùng sự hỗ trợ của các doanh nghiệp, nhà hảo tâm. Đoàn viên thanh niên Công an tỉnh đã góp hàng nghìn ngày công để hoàn thành các công trình đúng tiến độ.",
		"Thay mặt lãnh đạo Công an tỉnh, Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh chúc mừng các gia đình có nhà mới và mong các hộ tiếp tục cố gắng vươn lên trong cuộc sống.",
		"Bà Hồ Thị Lan, thôn Tà Rùng, xã Hướng Việt xúc động cho biết, gia đình đã nhiều năm sống trong căn nhà tạm, mỗi mùa mưa bão đều lo lắng; nay có nhà kiên cố, cả nhà yên tâm làm ăn, nuôi con ăn học.",
		"Dịp này, Công an tỉnh cũng trao 50 suất quà, mỗi suất trị giá 1 triệu đồng, cho học sinh có hoàn cảnh khó khăn vượt khó học tốt.",
	}},
	{"Khởi tranh Giải bóng đá Công an nhân dân mở rộng năm 2024", time.Date(2024, 6, 10, 18, 0, 0, 0, vnZone), []string{
		"Chiều 10/6/2024, tại Sân vận động Hàng Đẫy (Hà Nội), Cục Công tác chính trị, Bộ Công an phối hợp với Báo Công an nhân dân tổ chức lễ ra quân Giải bóng đá Công an nhân dân mở rộng năm 2024.",
		"Giải đấu có 16 đội bóng đến từ Công an các đơn vị, địa phương và một số câu lạc bộ khách mời, thi đấu theo thể thức vòng bảng và loại trực tiếp. Tổng giá trị giải thưởng hơn 500 triệu đồng.",
		"Ở trận đấu mở màn, đội Công an TP Hà Nội giành chiến thắng 2-1 trước đội Công an tỉnh Nghệ An sau 90 phút thi đấu hấp dẫn. Hai bàn thắng của đội chủ nhà được ghi ở phút 23 và phút 78.",
		"Theo Ban Tổ chức, các trận đấu diễn ra vào cuối tuần tại ba sân ở Hà Nội, trận chung kết dự kiến vào ngày 20/7/2024. Khán giả được vào sân miễn phí.",
	}},
}

const ministryHeader = `<div id="header"><div class="header-date">Thứ Hai, 25/11/2024</div><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoi-thao">Hội thảo, hội nghị</a></li><li><a href="/van-ban">Văn bản pháp luật</a></li><li><a href="/tim-kiem?q=">Tìm kiếm</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>`

func ministryFooter(s *Site) string {
	return `<div id="footer"><div class="links">Liên kết website: <a href="https://example.invalid/">Cổng TTĐT Chính phủ</a> | <a href="http://example.invalid/quoc-hoi">Quốc hội</a> | <a href="//cdn.example.invalid/tin-tuc/hoi-thao">Báo điện tử</a> | <a href="` + s.otherHome() + `">Báo Khoa học và Pháp luật</a></div>` +
		`<div class="contact">Liên hệ: <a href="mailto:banbientap@bo.example.invalid">banbientap@bo.example.invalid</a> | <a href="tel:+842438226602">024.3822.6602</a> | <a href="javascript:window.print()">In trang</a> | <a href="ftp://example.invalid/van-ban/">Kho văn bản</a></div>` +
		`<div class="counter">Thống kê truy cập<br>Tổng số: 1842517<br>Trực tuyến: 41</div></div>`
}

// otherHome is set once both sites exist: the other site's home page.
func (s *Site) otherHome() string {
	if s.other == "" {
		return "https://example.invalid/"
	}
	return s.other + "/"
}

// portalHTML renders an article in the ministry portal layout.
func portalHTML(s *Site, path, title string, date time.Time, paras []string, offTopic bool) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - %s</title><link rel="canonical" href="%s"><meta property="og:site_name" content="%s"></head><body>`+"\n",
		esc(title), ministryName, s.URL+path, ministryName)
	b.WriteString(ministryHeader + "\n")
	cat := "Hội thảo, hội nghị"
	if offTopic {
		cat = "Tin tức"
	}
	fmt.Fprintf(&b, `<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; %s</div>`+"\n", cat)
	fmt.Fprintf(&b, `<div class="detail"><h1 class="detail-title">%s</h1><div class="detail-time">%s</div>`+"\n"+`<div class="detail-content">`+"\n", esc(title), vnDate(date))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
	}
	fmt.Fprintf(&b, `<p class="source"><strong>%s</strong></p></div></div>`+"\n", ministryName)
	b.WriteString(`<div class="other-news"><h3>Các tin khác</h3><ul><li><a href="/tin-tuc/hoi-thao">Hội thảo, hội nghị</a></li><li><a href="/van-ban">Văn bản mới</a></li></ul></div>` + "\n")
	b.WriteString(ministryFooter(s) + "</body></html>\n")
	return []byte(b.String())
}

func ministryHome(s *Site) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="alternate" type="application/rss+xml" href="%s"></head><body>`+"\n", ministryName, ministryFeed)
	b.WriteString(ministryHeader + "\n")
	b.WriteString(`<div class="home"><h2><a href="/tin-tuc/hoi-thao">Hội thảo, hội nghị</a></h2><p><a href="/rss/hoi-thao.rss">RSS</a></p></div>` + "\n")
	b.WriteString(ministryFooter(s) + "</body></html>\n")
	return []byte(b.String())
}

// listingPage renders one page of a listing.
type listingPage func(s *Site, title string, items []item, pager string) []byte

// listings adds the pages of a listing at base, base?page=2, ...
func (b *builder) listings(s *Site, base, title string, items []item, render listingPage) {
	pages := (len(items) + perPage - 1) / perPage
	for k := 1; k <= pages; k++ {
		var pager strings.Builder
		pager.WriteString(`<div class="pagination">`)
		if k > 1 {
			prev := base
			if k > 2 {
				prev += "?page=" + strconv.Itoa(k-1)
			}
			fmt.Fprintf(&pager, `<a class="prev" href="%s">Trang trước</a> `, prev)
		}
		for j := 1; j <= pages; j++ {
			switch {
			case j == k:
				fmt.Fprintf(&pager, `<span class="current">%d</span> `, j)
			case j == 1:
				fmt.Fprintf(&pager, `<a href="%s">1</a> `, base)
			default:
				fmt.Fprintf(&pager, `<a href="?page=%d">%d</a> `, j, j)
			}
		}
		if k < pages {
			fmt.Fprintf(&pager, `<a class="next" href="%s?page=%d">Trang sau</a>`, base, k+1)
		}
		pager.WriteString(`</div>`)
		path := base
		if k > 1 {
			path += "?page=" + strconv.Itoa(k)
		}
		t := title
		if k > 1 {
			t += " - Trang " + strconv.Itoa(k)
		}
		b.static(s, path, contentHTML, render(s, t, items[(k-1)*perPage:min(k*perPage, len(items))], pager.String()))
	}
}

func (it item) link() string {
	if it.href != "" {
		return it.href
	}
	return it.path
}

func ministryListingHTML(s *Site, title string, items []item, pager string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - %s</title><link rel="alternate" type="application/rss+xml" href="%s"></head><body>`+"\n", esc(title), ministryName, ministryFeed)
	b.WriteString(ministryHeader + "\n")
	b.WriteString(`<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; Hội thảo, hội nghị</div>` + "\n")
	fmt.Fprintf(&b, `<div class="list-news"><h1 class="cat-title">%s</h1><ul>`+"\n", esc(title))
	for _, it := range items {
		fmt.Fprintf(&b, `<li class="item"><a class="item-title" href="%s">%s</a> <span class="item-date">%02d/%02d/%d</span></li>`+"\n",
			esc(it.link()), esc(it.title), it.date.Day(), int(it.date.Month()), it.date.Year())
	}
	b.WriteString("</ul>\n" + pager + "</div>\n")
	b.WriteString(ministryFooter(s) + "</body></html>\n")
	return []byte(b.String())
}

// rssFeed is an RSS 2.0 document.
type rssFeed struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel struct {
		Title         string    `xml:"title"`
		Link          string    `xml:"link"`
		Description   string    `xml:"description"`
		Language      string    `xml:"language"`
		LastBuildDate string    `xml:"lastBuildDate"`
		Items         []rssItem `xml:"item"`
	} `xml:"channel"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	Description string `xml:"description"`
}

func rss(s *Site, items []item) []byte {
	var f rssFeed
	f.Version = "2.0"
	f.Channel.Title = ministryName + " - Hội thảo, hội nghị"
	f.Channel.Link = s.URL + ministryListing
	f.Channel.Description = "Tin hội thảo, hội nghị khoa học"
	f.Channel.Language = "vi"
	f.Channel.LastBuildDate = baseModified.In(vnZone).Format(time.RFC1123Z)
	for _, it := range items {
		f.Channel.Items = append(f.Channel.Items, rssItem{
			Title: it.title, Link: s.URL + it.path, GUID: s.URL + it.path,
			PubDate: it.date.Format(time.RFC1123Z), Description: it.title,
		})
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		panic(err)
	}
	return append([]byte(xml.Header), append(out, '\n')...)
}

// -------------------------------------------------------------------- News

// Roles of the generated stories on the News site, by index.
const (
	nStories   = 30
	nListed    = 25 // stories 25..29 are only in the sitemap
	nChanging  = 2
	nFlaky     = 4
	nDuplicate = 6 // also cross-posted under a second category
	nAbsolute  = 7 // listed with an absolute URL
	nSlow      = 9
	nLegacy    = 14
)

const newsName = "Báo Khoa học và Pháp luật"

var newsCategories = []struct{ slug, name string }{
	{"giao-duc", "Giáo dục"}, {"phap-luat", "Pháp luật"}, {"xa-hoi", "Xã hội"}, {"thoi-su", "Thời sự"},
}

var newsOffTopic = []offTopic{
	{"Hàng nghìn người tham gia giải chạy vì sức khỏe cộng đồng", time.Date(2024, 3, 24, 11, 15, 0, 0, vnZone), []string{
		"Sáng 24/3/2024, tại Công viên Thống Nhất (Hà Nội), hơn 3.000 vận động viên phong trào, học sinh, sinh viên và cán bộ, công nhân viên đã tham gia giải chạy vì sức khỏe cộng đồng lần thứ 5.",
		"Các vận động viên thi đấu ở ba cự ly 5 km, 10 km và 21 km. Đường chạy đi qua nhiều tuyến phố trung tâm, được lực lượng Cảnh sát giao thông và đoàn viên thanh niên hỗ trợ phân luồng, bảo đảm an toàn.",
		"Ở cự ly 21 km nam, vận động viên Nguyễn Văn Lai về nhất với thành tích 1 giờ 12 phút. Nội dung nữ thuộc về Lê Thị Tuyết với thành tích 1 giờ 24 phút.",
		"Ban Tổ chức trích một phần tiền đăng ký để ủng hộ quỹ khuyến học của thành phố.",
	}},
	{"Trao 200 suất học bổng cho học sinh nghèo vượt khó ở Hà Giang", time.Date(2024, 9, 6, 15, 40, 0, 0, vnZone), []string{
		"Ngày 6/9/2024, tại huyện Đồng Văn (Hà Giang), Quỹ Bảo trợ trẻ em tỉnh phối hợp với một số doanh nghiệp trao 200 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
		"Mỗi suất học bổng gồm 2 triệu đồng tiền mặt, cặp sách, áo ấm và đồ dùng học tập. Các em được chọn là học sinh nghèo, mồ côi, có thành tích học tập tốt trong năm học vừa qua.",
		"Em Sùng Thị Mỷ, học sinh lớp 9 Trường Phổ thông dân tộc bán trú xã Sà Phìn cho biết, nhà em cách trường hơn 10 km đường núi; số tiền học bổng sẽ giúp em mua xe đạp để đến trường.",
		"Dịp này, các đơn vị cũng tặng 500 thùng sữa và 300 chăn ấm cho các trường mầm non trên địa bàn huyện.",
	}},
}

func (b *builder) news(s *Site) error {
	s.start = []string{newsListing}
	s.feeds = []string{}
	s.sitemaps = []string{newsSitemap}
	s.follow = newsFollow
	s.articles = newsArticles
	e := &s.Expect

	type entry struct {
		story
		path, cat string
	}
	var stories []entry
	for i := 0; i < nStories; i++ {
		st, err := b.story()
		if err != nil {
			return err
		}
		c := newsCategories[i%len(newsCategories)]
		stories = append(stories, entry{st, fmt.Sprintf("/%s/%s-post%d.html", c.slug, slug(st.title), 52001+i*7), c.name})
	}
	var offItems []item
	for i, o := range newsOffTopic {
		path := fmt.Sprintf("/xa-hoi/%s-post%d.html", slug(o.title), 53001+i)
		offItems = append(offItems, item{path: path, title: o.title, date: o.date})
	}
	related := func(i int) []item {
		var out []item
		for k := 1; k <= 3; k++ {
			o := stories[(i+k)%nListed]
			out = append(out, item{path: o.path, title: o.title, date: o.date})
		}
		return out
	}

	var listing, sitemap []item
	var dupAlt item
	for i, st := range stories {
		it := item{path: st.path, title: st.title, date: st.date}
		render := func(extra string, legacy bool) []byte {
			return newsHTML(s, st.path, st.cat, st.story, extra, legacy, related(i), offItems)
		}
		p := &page{kind: kindStatic, contentType: contentHTML, body: render("", false)}
		switch i {
		case nChanging:
			e.Articles = append(e.Articles, st.path)
			e.Changing = append(e.Changing, st.path)
			p.change = func(edit int) []byte {
				return render(fmt.Sprintf("Cập nhật lần %d: bài viết đã được đính chính chức danh của một số đại biểu tham dự; các nội dung khác giữ nguyên.", edit), false)
			}
		case nFlaky:
			p.kind = kindFlaky
			e.Flaky = append(e.Flaky, st.path)
		case nSlow:
			p.kind = kindSlow
			e.Slow = append(e.Slow, st.path)
		case nLegacy:
			p.body = render("", true)
			p.contentType = contentLegacy
			e.Legacy = append(e.Legacy, st.path)
		case nDuplicate:
			e.Articles = append(e.Articles, st.path)
			alt := strings.Replace(st.path, "/"+newsCategories[i%len(newsCategories)].slug+"/", "/thoi-su/", 1)
			e.Duplicates = append(e.Duplicates, [2]string{st.path, alt})
			s.pages[alt] = p
			dupAlt = item{path: alt, title: st.title, date: st.date}
		default:
			e.Articles = append(e.Articles, st.path)
		}
		if i == nAbsolute {
			it.href = s.URL + st.path
		}
		b.add(s, st.path, p)
		sitemap = append(sitemap, item{path: st.path, date: st.date})
		if i < nListed {
			listing = append(listing, it)
		}
	}
	for i, o := range newsOffTopic {
		st := story{title: o.title, date: o.date, lead: o.paras[0], paras: o.paras[1:]}
		path := offItems[i].path
		b.static(s, path, contentHTML, newsHTML(s, path, "Xã hội", st, "", false, related(i), nil))
		e.OffTopic = append(e.OffTopic, path)
		sitemap = append(sitemap, item{path: path, date: o.date})
	}
	// Interleave off-topic pages, a failing page and a page too big (no
	// Content-Length) in the listing.
	failTitle := "Bắt giữ nhóm đối tượng trộm cắp xe máy tại khu công nghiệp"
	failPath := fmt.Sprintf("/phap-luat/%s-post%d.html", slug(failTitle), 53101)
	b.add(s, failPath, &page{kind: kindStatus, status: 404})
	e.Failing = append(e.Failing, failPath)
	st, err := b.story()
	if err != nil {
		return err
	}
	bigPath := fmt.Sprintf("/giao-duc/%s-post%d.html", slug(st.title), 53201)
	b.add(s, bigPath, &page{kind: kindChunked, contentType: contentHTML,
		body: newsHTML(s, bigPath, "Giáo dục", st, string(padding(b.opt.MaxBody, st.kind)), false, related(0), offItems)})
	e.TooBig = append(e.TooBig, bigPath)
	insert := func(at int, it item) {
		listing = append(listing[:at], append([]item{it}, listing[at:]...)...)
	}
	insert(3, offItems[0])
	insert(12, item{path: failPath, title: failTitle, date: time.Date(2024, 5, 2, 7, 0, 0, 0, vnZone)})
	insert(17, item{path: bigPath, title: st.title, date: st.date})
	insert(21, offItems[1])
	insert(26, dupAlt)
	b.listings(s, newsListing, "Hội nghị - Hội thảo", listing, newsListingHTML)

	b.static(s, newsSitemap, contentXML, urlset(s, sitemap))
	b.static(s, newsSitemapIdx, contentXML, sitemapIndex(s, []string{newsSitemap}))
	b.static(s, "/robots.txt", contentText, []byte("User-agent: *\nDisallow:\n\nSitemap: "+s.URL+newsSitemapIdx+"\n"))
	b.static(s, "/", contentHTML, newsListingHTML(s, newsName, listing[:5], ""))
	return nil
}

const newsHeader = `<div class="topbar"><span class="topbar__date">Thứ Hai, 25/11/2024</span> <a href="/dang-nhap">Đăng nhập</a></div>` + "\n" +
	`<header class="masthead"><a class="masthead__logo" href="/">KHOA HỌC &amp; PHÁP LUẬT</a><nav class="masthead__nav"><a href="/thoi-su">Thời sự</a> <a href="/phap-luat">Pháp luật</a> <a href="/xa-hoi">Xã hội</a> <a href="/giao-duc">Giáo dục</a> <a href="/chuyen-muc/hoi-nghi-hoi-thao">Hội nghị - Hội thảo</a> <a href="/video">Video</a></nav></header>`

func newsFooter(s *Site) string {
	return `<footer class="site-footer"><p>Cơ quan chủ quản: Hội Khoa học thử nghiệm. Giấy phép số 000/GP-BTTTT. © ` + newsName + `.</p>` +
		`<p><a href="https://example.invalid/">Đối tác</a> · <a href="https://www.example.invalid/tin-tuc/hoi-thao">Trang liên kết</a> · <a href="mailto:toasoan@bao.example.invalid">Gửi bài cho tòa soạn</a> · <a href="tel:+842439990000">Đường dây nóng</a> · <a href="javascript:void(0)">Lên đầu trang</a> · <a href="` + s.otherHome() + `">` + ministryName + `</a></p></footer>`
}

// newsHTML renders a story in the newspaper layout: a different markup
// from every sample page, read by the extractor's "newspaper" profile
// (h1.article-title, .article-date, .sapo, .article-body).
func newsHTML(s *Site, path, cat string, st story, extra string, legacy bool, related, aside []item) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n")
	if legacy {
		b.WriteString(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">` + "\n")
	} else {
		b.WriteString(`<meta charset="utf-8">` + "\n")
	}
	fmt.Fprintf(&b, "<title>%s | %s</title>\n<link rel=\"canonical\" href=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n<meta property=\"article:published_time\" content=\"%s\">\n</head>\n<body class=\"page-detail\">\n",
		esc(st.title), newsName, s.URL+path, newsName, st.date.Format(time.RFC3339))
	b.WriteString(newsHeader + "\n")
	catSlug := strings.Split(path, "/")[1]
	fmt.Fprintf(&b, `<div class="container"><div class="col-main"><ol class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/%s">%s</a></li></ol>`+"\n", catSlug, esc(cat))
	fmt.Fprintf(&b, `<h1 class="article-title">%s</h1>`+"\n", esc(st.title))
	fmt.Fprintf(&b, `<div class="article-date">%s - %02d:%02d (GMT+7)</div>`+"\n", vnDate(st.date), st.date.Hour(), st.date.Minute())
	fmt.Fprintf(&b, `<h2 class="sapo">%s</h2>`+"\n", esc(st.lead))
	b.WriteString(`<div class="article-body">` + "\n")
	for i, p := range st.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(p))
		if i == 0 && st.kind != "" {
			fmt.Fprintf(&b, `<figure class="photo"><img src="/images/%d/%s-1.jpg" alt=""><figcaption>Quang cảnh %s.</figcaption></figure>`+"\n", st.date.Year(), slug(st.title), esc(st.kind))
		}
	}
	if extra != "" {
		if strings.HasPrefix(extra, "<") {
			b.WriteString(extra)
		} else {
			fmt.Fprintf(&b, "<p><em>%s</em></p>\n", esc(extra))
		}
	}
	b.WriteString(`<p class="author"><strong>Minh Anh</strong></p></div>` + "\n")
	if len(related) > 0 {
		b.WriteString(`<div class="box-related"><h3>Tin liên quan</h3><ul>`)
		for _, it := range related {
			fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, esc(it.link()), esc(it.title))
		}
		b.WriteString("</ul></div>\n")
	}
	b.WriteString("</div>")
	if len(aside) > 0 {
		b.WriteString(`<aside class="col-side"><h3>Đọc nhiều</h3><ul>`)
		for _, it := range aside {
			fmt.Fprintf(&b, `<li><a href="%s">%s</a></li>`, esc(it.link()), esc(it.title))
		}
		b.WriteString("</ul></aside>")
	}
	b.WriteString("</div>\n" + newsFooter(s) + "\n</body>\n</html>\n")
	if legacy {
		return encode1258(b.String())
	}
	return []byte(b.String())
}

func newsListingHTML(s *Site, title string, items []item, pager string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n</head>\n<body class=\"page-category\">\n", esc(title), newsName)
	b.WriteString(newsHeader + "\n")
	fmt.Fprintf(&b, `<div class="container"><section class="cate-list"><h1 class="cate-title">%s</h1>`+"\n", esc(title))
	for _, it := range items {
		fmt.Fprintf(&b, `<article class="story"><h3 class="story__title"><a href="%s">%s</a></h3><time class="story__time">%02d/%02d/%d</time></article>`+"\n",
			esc(it.link()), esc(it.title), it.date.Day(), int(it.date.Month()), it.date.Year())
	}
	b.WriteString(pager + "</section></div>\n" + newsFooter(s) + "\n</body>\n</html>\n")
	return []byte(b.String())
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

func urlset(s *Site, items []item) []byte {
	v := struct {
		XMLName xml.Name     `xml:"urlset"`
		NS      string       `xml:"xmlns,attr"`
		URLs    []sitemapURL `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, it := range items {
		v.URLs = append(v.URLs, sitemapURL{Loc: s.URL + it.path, LastMod: it.date.Format("2006-01-02")})
	}
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err)
	}
	return append([]byte(xml.Header), append(out, '\n')...)
}

func sitemapIndex(s *Site, paths []string) []byte {
	v := struct {
		XMLName  xml.Name     `xml:"sitemapindex"`
		NS       string       `xml:"xmlns,attr"`
		Sitemaps []sitemapURL `xml:"sitemap"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, p := range paths {
		v.Sitemaps = append(v.Sitemaps, sitemapURL{Loc: s.URL + p, LastMod: baseModified.Format("2006-01-02")})
	}
	out, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(err)
	}
	return append([]byte(xml.Header), append(out, '\n')...)
}

// ---------------------------------------------------------- windows-1258

// toneMarks are the combining tone marks windows-1258 has bytes for.
const toneMarks = "\u0300\u0301\u0303\u0309\u0323"

// encode1258 encodes UTF-8 text in windows-1258 the way Vietnamese
// Windows software does: a base letter (with its circumflex, breve or
// horn) as one byte, the tone as a combining mark after it. A character
// windows-1258 cannot write at all becomes a numeric character reference.
func encode1258(s string) []byte {
	enc := charmap.Windows1258
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if c, ok := enc.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		var base, tones []rune
		for _, d := range norm.NFD.String(string(r)) {
			if strings.ContainsRune(toneMarks, d) {
				tones = append(tones, d)
			} else {
				base = append(base, d)
			}
		}
		bs := []rune(norm.NFC.String(string(base)))
		enc1, ok := rune(0), false
		var c byte
		if len(bs) == 1 {
			c, ok = enc.EncodeRune(bs[0])
			enc1 = bs[0]
		}
		var tb []byte
		for _, t := range tones {
			tc, tok := enc.EncodeRune(t)
			ok = ok && tok
			tb = append(tb, tc)
		}
		if !ok || enc1 == 0 || len(tones) == 0 {
			out = append(out, fmt.Sprintf("&#x%X;", r)...)
			continue
		}
		out = append(out, c)
		out = append(out, tb...)
	}
	return out
}
