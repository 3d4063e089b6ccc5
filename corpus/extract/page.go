package extract

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"

	"github.com/thamluan/thamluan/corpus/vi"
)

// page is a web page or a pasted text read down to its parts, before any
// understanding of what the text says.
type page struct {
	Layout     string // the site profile that matched, "generic" or "text"
	URL        string // the canonical URL the page declares
	Title      string
	Published  string // ISO date
	Source     string
	Lead       []string // the sapo, when the layout sets it apart
	Paragraphs []string
	Captions   []string
}

// Profile says where a site layout keeps the parts of an article. The
// selectors are CSS selectors (goquery); empty ones fall back to the
// generic reader.
type Profile struct {
	Name    string `json:"name,omitempty"`
	Title   string `json:"title,omitempty"`
	Date    string `json:"date,omitempty"`
	Lead    string `json:"lead,omitempty"`
	Body    string `json:"body"`
	Caption string `json:"caption,omitempty"`
}

// Profiles are the layouts the reader knows. A page uses the first profile
// whose Body selector matches; other pages are read by text density.
var Profiles = []Profile{
	{Name: "portal", Title: "h1.detail-title, .detail .title", Date: ".detail-time", Body: ".detail-content",
		Caption: ".caption, td.caption, figcaption"},
	{Name: "academy", Title: ".entry-title", Date: ".posted-on, .entry-meta time, .entry-date", Body: ".entry-content",
		Caption: "figcaption, .wp-caption-text, .image-caption, .caption"},
	{Name: "newspaper", Title: ".article__title, h1.article-title", Date: ".article__time, .article__meta time, .article-date",
		Lead: ".article__sapo, .sapo", Body: ".article__body, .article-body", Caption: "figcaption, .image-caption, .caption"},
}

// ProfileByName returns the known layout called name.
func ProfileByName(name string) (*Profile, bool) {
	for i := range Profiles {
		if Profiles[i].Name == name {
			p := Profiles[i]
			return &p, true
		}
	}
	return nil, false
}

// stopMarkers start the chrome after an article: nothing from them on is
// body text.
var stopMarkers = []string{
	"các tin khác", "tin khác", "tin liên quan", "bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
	"liên kết website", "thống kê truy cập", "đọc nhiều", "tin đọc nhiều", "xem nhiều", "tin mới nhất", "tin mới",
	"ý kiến bạn đọc", "bình luận", "gửi bình luận", "xem thêm", "tin bài khác",
	// A social network's post: the reactions bar and the comments.
	"thích bình luận chia sẻ", "xem thêm bình luận", "viết bình luận...", "viết bình luận",
}

// dropLine matches single lines of chrome inside or around an article.
var dropLine = regexp.MustCompile(`(?i)^(?:(?:bài|ảnh|bài và ảnh|bài, ảnh|bài và ảnh|tin, ảnh|tin|nguồn|theo)\s*:.{0,60}|chia sẻ\b.*|in bài|tổng số\s*:?\s*[\d.,]+|trực tuyến\s*:?\s*[\d.,]+|hôm nay\s*:?\s*.{0,40}|đang truy cập.*|lượt xem.*|trang chủ\s*(?:>|›|»).*|(?:facebook|zalo|twitter|email|print)(?:\s+(?:facebook|zalo|twitter|email|print))*)$`)

// maxStopLen is the length of the longest stop marker.
var maxStopLen = len(slices.MaxFunc(stopMarkers, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))

func isStop(line string) bool {
	l := strings.TrimSpace(strings.TrimRight(line, ":"))
	// A rune takes at most four bytes, and its lower case at least one:
	// a longer line is no marker, and need not be lower-cased.
	if len(l) > 4*maxStopLen {
		return false
	}
	l = strings.ToLower(l)
	for _, m := range stopMarkers {
		if l == m {
			return true
		}
	}
	return false
}

// cleanText makes text comparable: NFC, Ð as Đ, no-break and zero-width
// spaces removed, runs of white space collapsed.
func cleanText(s string) string {
	if !isNFC(s) {
		s = norm.NFC.String(s)
	}
	if isClean(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false // a space is due before the next rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				space = len(b) > 0
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '\u00D0':
			r = 'Đ'
		case '\u00F0':
			r = 'đ'
		case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD':
			continue
		}
		// White space, no-break and thin spaces among it, collapses.
		if isSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r) // invalid UTF-8 as U+FFFD
	}
	return string(b)
}

// isClean reports whether cleanText leaves s (in NFC) as it is: single
// spaces between words are its only white space, and it has none of the
// runes cleanText maps or drops.
func isClean(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	space := false // the last rune was a space
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' && space || '\t' <= c && c <= '\r' {
				return false
			}
			space = c == ' '
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case utf8.RuneError:
			if n == 1 {
				return false // invalid UTF-8, which cleanText writes as U+FFFD
			}
		case '\u00D0', '\u00F0', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD':
			return false
		}
		if isSpace(r) {
			return false
		}
		space = false
		i += n
	}
	return true
}

// nfcStable marks the runes below U+2100 that text in NFC may hold
// anywhere: starters that do not combine with the rune before them and that
// NFC keeps (NFC_QC=Yes, ccc 0), such as the precomposed Vietnamese letters.
var nfcStable = func() *[0x2100]bool {
	var t [0x2100]bool
	for r := range rune(len(t)) {
		p := norm.NFC.PropertiesString(string(r))
		t[r] = p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.String(string(r)) == string(r)
	}
	return &t
}()

// isNFC reports whether s is certainly in NFC, faster than
// norm.NFC.IsNormalString: all its runes are NFC-stable starters. It may
// report false of text in NFC.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if int(r) >= len(nfcStable) || !nfcStable[r] {
			return false
		}
		i += n
	}
	return true
}

// decode turns the bytes of a page into UTF-8 text: the charset the HTTP
// header or the page declares, else one sniffed from the bytes.
func decode(body []byte, contentType string) (string, error) {
	if utf8.Valid(body) {
		if !bytes.Contains(bytes.ToLower(body[:min(len(body), 2048)]), []byte("charset=")) {
			return string(body), nil
		}
		// Valid UTF-8 declared as UTF-8 is the text already: the decoder
		// would copy it unchanged.
		if _, name, _ := charset.DetermineEncoding(body, contentType); name == "utf-8" {
			return string(body), nil
		}
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return "", fmt.Errorf("decode page: %w", err)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return "", fmt.Errorf("decode page: %w", err)
	}
	return buf.String(), nil
}

// looksHTML reports whether text is an HTML page rather than plain text.
func looksHTML(text, contentType string) bool {
	if strings.Contains(contentType, "html") {
		return true
	}
	if strings.Contains(contentType, "text/plain") {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 1024)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<p>") || strings.Contains(head, "<div")
}

var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "table": true, "tbody": true, "tr": true, "td": true, "th": true,
	"figure": true, "figcaption": true, "section": true, "article": true, "header": true, "footer": true,
	"pre": true, "dl": true, "dt": true, "dd": true, "main": true, "aside": true, "nav": true, "center": true,
}

// chrome matches class or id names of the parts of a page that are not the
// article.
var chrome = regexp.MustCompile(`(?i)\b(?:menu|nav|navbar|footer|header|sidebar|widget|related|other-news|most-read|share|social|comment|breadcrumb|counter|banner|advert|ads|tags|toolbar|print|rating|pagination)\b|(?:^|[-_])(?:share|related|comment|footer|menu|sidebar)(?:[-_]|$)`)

func readHTML(text string, site *Profile) (*page, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	// The structured data's publication date, before the scripts go.
	ldPublished := jsonLDPublished(doc)
	doc.Find("script, style, noscript, iframe, svg, button, select, template, input, textarea").Remove()
	// A search or login form goes; a form that wraps the whole page (ASP.NET
	// and DotNetNuke portals) stays.
	doc.Find("form").Each(func(_ int, s *goquery.Selection) {
		if utf8.RuneCountInString(strings.TrimSpace(s.Text())) < 200 {
			s.Remove()
		}
	})
	p := &page{Layout: "generic"}
	p.URL, _ = doc.Find(`link[rel="canonical"]`).Attr("href")
	if s, ok := doc.Find(`meta[property="og:site_name"]`).Attr("content"); ok {
		p.Source = cleanText(s)
	}

	var prof *Profile
	var body *goquery.Selection
	profiles := Profiles
	if site != nil && site.Body != "" {
		profiles = append([]Profile{*site}, Profiles...)
	}
	for i := range profiles {
		if sel := doc.Find(profiles[i].Body).First(); sel.Length() > 0 {
			prof, body = &profiles[i], sel
			p.Layout = prof.Name
			break
		}
	}
	if prof != nil {
		if prof.Title != "" {
			p.Title = cleanText(doc.Find(prof.Title).First().Text())
		}
		if prof.Date != "" {
			doc.Find(prof.Date).EachWithBreak(func(_ int, s *goquery.Selection) bool {
				if dt, ok := s.Attr("datetime"); ok {
					p.Published = ParseDate(dt)
				}
				if p.Published == "" {
					p.Published = ParseDate(cleanText(s.Text()))
				}
				return p.Published == ""
			})
		}
		if prof.Lead != "" {
			doc.Find(prof.Lead).Each(func(_ int, s *goquery.Selection) {
				if t := blockText(s); t != "" {
					p.Lead = append(p.Lead, t)
				}
			})
		}
		if len(p.Lead) == 0 {
			// A sapo the profile does not name ("detail-sapo").
			p.Lead = sapoBefore(doc.Nodes[0], body.Nodes[0])
		}
		body.Find(prof.Caption).Each(func(_ int, s *goquery.Selection) {
			if t := blockText(s); t != "" {
				p.Captions = append(p.Captions, t)
			}
			s.Remove()
		})
	} else {
		doc.Find("nav, header, footer, aside").Remove()
		doc.Find("[class], [id]").Each(func(_ int, s *goquery.Selection) {
			c, _ := s.Attr("class")
			id, _ := s.Attr("id")
			if chrome.MatchString(c+" "+id) && s.Find("p").Length() < 3 {
				s.Remove()
			}
		})
		body = densest(doc)
		if body.Length() > 0 {
			p.Lead = sapoBefore(doc.Nodes[0], body.Nodes[0])
			// The lead picture's caption, in a figure between the sapo
			// and the body.
			body.PrevAll().Find("figcaption").Each(func(_ int, s *goquery.Selection) {
				if t := blockText(s); t != "" {
					p.Captions = append(p.Captions, t)
				}
			})
			body.PrevAll().Filter("figcaption").Each(func(_ int, s *goquery.Selection) {
				if t := blockText(s); t != "" {
					p.Captions = append(p.Captions, t)
				}
			})
		}
		body.Find("figcaption, .caption, .wp-caption-text, .image-caption").Each(func(_ int, s *goquery.Selection) {
			if t := blockText(s); t != "" {
				p.Captions = append(p.Captions, t)
			}
			s.Remove()
		})
	}
	if p.Title == "" {
		p.Title = pageTitle(doc, p.Source)
	}
	if p.Source == "" {
		p.Source = titleSite(cleanText(doc.Find("title").First().Text()))
	}
	if p.Published == "" {
		p.Published = metaDate(doc, ldPublished)
	}
	if p.Published == "" {
		p.Published = dateAfterTitle(doc, p.Title)
	}
	var lines []string
	for _, n := range body.Nodes {
		lines = appendBlocks(lines, n)
	}
	// Drop the title when the body repeats it, and stop at chrome.
	for _, l := range lines {
		if isStop(l) {
			break
		}
		if l == p.Title || dropLine.MatchString(l) || (p.Source != "" && l == p.Source) {
			continue
		}
		if p.Published == "" && isDateLine(l) {
			p.Published = ParseDate(l)
			continue
		}
		if isDateLine(l) {
			continue
		}
		p.Paragraphs = append(p.Paragraphs, l)
	}
	if len(p.Lead) > 0 && len(p.Paragraphs) > 0 && p.Paragraphs[0] == p.Lead[0] {
		p.Lead = nil
	}
	return p, nil
}

// sapoClass matches the class names layouts give the lead paragraph set
// apart above the body ("sapo", "news-sapo", "article-lead", "summary",
// "box-des-detail", "description", "chappeau" as Lao Động spells it).
var sapoClass = regexp.MustCompile(`(?i)(?:^|[-_\s])(?:sapo|lead|summary|chapeau|chappeau|chapo|intro|des|desc|description|excerpt|standfirst|tomtat|tom-tat)(?:[-_\s]|$)`)

// sapoBefore returns the lead of a page read by text density: the text of
// the last element classed as a sapo that comes before the body, outside
// it. The densest element often leaves the sapo out, and it tells the
// event. A lead belongs to the article only when it sits beside the body,
// within sapoReach levels of it, and is not a teaser of another article
// (mostly link text): portals class the teasers of their sidebars and
// headers the same way.
func sapoBefore(root, body *html.Node) []string {
	var found *html.Node
	done := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			if c == body {
				done = true
				return
			}
			if c.Type == html.ElementNode && isSapo(c) {
				found = c // the nearest one before the body wins
				continue
			}
			walk(c)
		}
	}
	walk(root)
	if found == nil || !near(found, body, sapoReach) {
		return nil
	}
	s := goquery.NewDocumentFromNode(found).Selection
	t := cleanText(s.Text())
	n := runes(t)
	if n < 60 || 2*runes(cleanText(s.Find("a").Text())) > n {
		return nil
	}
	return []string{t}
}

// sapoReach is how many levels above the body a lead and the body may
// meet: the lead is the body's sibling, or its parent's or grandparent's.
const sapoReach = 3

// near reports whether a and b have a common ancestor at most levels
// above b.
func near(a, b *html.Node, levels int) bool {
	anc := map[*html.Node]bool{}
	for n := a.Parent; n != nil; n = n.Parent {
		anc[n] = true
	}
	n := b.Parent
	for i := 0; i < levels && n != nil; i++ {
		if anc[n] {
			return true
		}
		n = n.Parent
	}
	return false
}

// isSapo reports an element classed as a lead, and not as chrome.
func isSapo(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" {
			c := splitCamel(a.Val) // "ArticleLead" is "Article-Lead"
			return sapoClass.MatchString(c) && !chrome.MatchString(c)
		}
	}
	return false
}

// splitCamel puts a dash between a lower-case letter and the capital
// after it, so that the words of a camel-case class name stand apart.
func splitCamel(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && 'A' <= s[i] && s[i] <= 'Z' && 'a' <= s[i-1] && s[i-1] <= 'z' {
			b.WriteByte('-')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// appendBlocks adds the text blocks under n: a block element without block
// children is one paragraph; <br> splits lines.
func appendBlocks(lines []string, n *html.Node) []string {
	var sb strings.Builder
	flush := func() {
		open := "" // a line cut inside a quote, waiting for the rest
		for l := range strings.SplitSeq(sb.String(), "\n") {
			t := cleanText(l)
			if open != "" {
				t = strings.TrimSpace(open + " " + t)
				open = ""
			}
			if t == "" {
				continue
			}
			// "… Hội thảo “Phòng ngừa … qua<br>biên giới Việt - Lào”":
			// a <br> inside a quoted name breaks the line, not the name.
			if strings.Count(t, "“") > strings.Count(t, "”") {
				open = t
				continue
			}
			lines = append(lines, t)
		}
		if open != "" {
			lines = append(lines, open)
		}
		sb.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "br" {
				sb.WriteString("\n")
				return
			}
			if n.Data == "img" {
				return
			}
			if (n.Data == "strong" || n.Data == "b") && boldTitle(n) {
				// A paper's title set in bold instead of quotes: "Với
				// tham luận <strong>Title</strong>, X cho rằng".
				sb.WriteString("“")
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				sb.WriteString("”")
				return
			}
			if n.Data == "li" {
				if rows := paperItem(n); rows != nil {
					flush()
					lines = append(lines, rows...)
					return
				}
			}
			if n.Data == "table" {
				if rows := paperTable(n); rows != nil {
					flush()
					lines = append(lines, rows...)
					return
				}
			}
			if blockTags[n.Data] {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return lines
}

// paperItem reads a list item that sets a paper out on lines of its own:
// its authors in bold, their unit, its title in italics ("<strong>ThS. X
// </strong><br>Trường Y<br><em>Title</em>"). It returns the paper in the
// form of a programme, as paperTable does, or nil.
func paperItem(li *html.Node) []string {
	var parts []string
	var sb strings.Builder
	firstBold, lastItalic := false, false
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "br":
			parts = append(parts, cleanText(sb.String()))
			sb.Reset()
			continue
		case c.Type == html.ElementNode && (c.Data == "strong" || c.Data == "b"):
			firstBold = firstBold || len(parts) == 0 && strings.TrimSpace(sb.String()) == ""
		case c.Type == html.ElementNode && (c.Data == "em" || c.Data == "i"):
			lastItalic = len(parts) == 2
		case c.Type == html.ElementNode && blockTags[c.Data]:
			return nil
		}
		sb.WriteString(goquery.NewDocumentFromNode(c).Text())
	}
	parts = append(parts, cleanText(sb.String()))
	if rows := studentItem(parts); rows != nil {
		return rows
	}
	if len(parts) != 3 || !firstBold || !lastItalic || parts[0] == "" || parts[1] == "" || len(strings.Fields(parts[2])) < 4 {
		return nil
	}
	// "TS. Hà Văn Thắng, ThS. Cầm Thị Hoa": co-authors, the first of
	// whom presents.
	who := parts[0]
	if first, rest, ok := strings.Cut(who, ","); ok {
		if titles, _ := vi.CutTitles(strings.TrimSpace(rest)); len(titles) > 0 {
			who = first
		}
	}
	return []string{"Tham luận: " + parts[2], who + ", " + parts[1]}
}

// studentItem reads an item of a students' conference, its lines being
// the quoted title, "Sinh viên: A (*), B – Trường X" and "GVHD: TS Y" (the
// supervisor, who did not present): the lines of a programme, the
// presenter the one marked (*) or the first.
func studentItem(lines []string) []string {
	if len(lines) < 2 {
		return nil
	}
	title := strings.TrimSpace(lines[0])
	open, start, end, after := nextQuote(title, 0)
	if open != 0 || strings.TrimSpace(title[after:]) != "" {
		return nil
	}
	label, authors, ok := strings.Cut(lines[1], ":")
	if !ok {
		return nil
	}
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "sinh viên", "học viên", "nhóm sinh viên", "tác giả", "nhóm tác giả":
	default:
		return nil
	}
	unit := ""
	for _, dash := range []string{" – ", " - "} {
		if i := strings.Index(authors, dash); i > 0 {
			authors, unit = authors[:i], strings.TrimSpace(authors[i+len(dash):])
			break
		}
	}
	// Each author with the unit, the marked one first, after semicolons:
	// the programme's reader takes the one the text has presenting, or
	// the first.
	var who []string
	for _, name := range presenterFirst(strings.Split(authors, ",")) {
		a := strings.TrimSpace(name)
		if _, _, ok := vi.CutRank(a); !ok && !introducesPerson(a) {
			a = "sinh viên " + a
		}
		if unit != "" {
			a += ", " + unit
		}
		who = append(who, a)
	}
	return []string{"Tham luận: " + title[start:end], strings.Join(who, "; ")}
}

// boldTitle reports whether a bold element inside a paragraph reads as
// a title set in bold: a phrase of seven words or more, with text of the
// paragraph beside it, no quotes of its own and no rank or academic
// title in front (a speaker's name in bold is not a title).
func boldTitle(n *html.Node) bool {
	text := cleanText(goquery.NewDocumentFromNode(n).Text())
	if len(strings.Fields(text)) < 7 || strings.ContainsAny(text, "“”\"«»") || strings.Contains(text, "\n") {
		return false
	}
	if _, _, ok := vi.CutRank(text); ok {
		return false
	}
	// "Tiểu ban 1: Giáo dục, đào tạo nguồn nhân lực": a session's heading.
	if k := vi.Key(text); strings.HasPrefix(k, "tieu ban ") || strings.HasPrefix(k, "phien ") {
		return false
	}
	if titles, _ := vi.CutTitles(text); len(titles) > 0 {
		return false
	}
	beside := false
	for _, sib := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if sib != nil && strings.TrimSpace(goquery.NewDocumentFromNode(sib).Text()) != "" {
			beside = true
		}
	}
	return beside
}

// cellText is the text of a table cell, cleaned, with a line break for
// each <br> and between blocks: a cell may list two authors a line each.
func cellText(cell *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteString("\n")
		case n.Type == html.ElementNode:
			block := n.Data == "p" || n.Data == "div" || n.Data == "li"
			if block {
				b.WriteString("\n")
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			if block {
				b.WriteString("\n")
			}
		}
	}
	walk(cell)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = cleanText(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// blockText is the text of a caption or a lead, a line break read as a
// space: "TS X<br>(Học viện Y) trình bày" is "TS X (Học viện Y) trình bày".
func blockText(s *goquery.Selection) string {
	var parts []string
	for _, n := range s.Nodes {
		parts = append(parts, strings.ReplaceAll(cellText(n), "\n", " "))
	}
	return cleanText(strings.Join(parts, " "))
}

// tableAuthors splits an author cell into its authors: one a line, or
// several on a line when each after a comma starts with a rank or a title
// ("TS A, TS B"). "Thượng tá, TS X" is one author: the rank has no name.
func tableAuthors(cell string) []string {
	var out []string
	for _, line := range strings.Split(cell, "\n") {
		for _, piece := range strings.Split(line, ", ") {
			if len(out) > 0 && (!introducesPerson(piece) || !namesPerson(out[len(out)-1])) {
				out[len(out)-1] += ", " + piece
				continue
			}
			out = append(out, piece)
		}
	}
	return out
}

// sessionLine writes a session's heading so that the text reads its
// chairs: "PHIÊN 1: X – Chủ trì: A; B" gives "PHIÊN 1: X. A; B chủ trì
// phiên."
func sessionLine(row string) string {
	i := strings.Index(row, "Chủ trì:")
	if i < 0 {
		return row
	}
	head := strings.TrimRight(strings.TrimSpace(row[:i]), " –—-:")
	chairs := strings.TrimRight(strings.TrimSpace(row[i+len("Chủ trì:"):]), ".")
	if chairs == "" {
		return row
	}
	return head + ". " + chairs + " chủ trì phiên."
}

// reReporter is who reports for a task's leader in a table's cell: "(Người
// báo cáo: ThS B)".
var reReporter = regexp.MustCompile(`(?i)\(\s*người (?:báo cáo|trình bày)\s*:\s*([^)]+)\)`)

// agendaItems open the rows of a programme that are no papers: the
// welcome, the opening and closing, the breaks, the discussion.
var agendaItems = []string{"đón tiếp", "tuyên bố lý do", "giới thiệu đại biểu", "phát biểu khai mạc", "khai mạc", "phát biểu chào mừng",
	"phát biểu chỉ đạo", "giải lao", "chụp ảnh", "ăn trưa", "nghỉ trưa", "thảo luận", "trao đổi, thảo luận", "phát biểu bế mạc", "bế mạc",
	"tổng kết", "kết luận", "phát biểu kết luận"}

// agendaItem reports whether the content of a programme's row is an item
// of the agenda, not a paper: "Phát biểu khai mạc", "Giải lao, chụp ảnh
// lưu niệm".
func agendaItem(content string) bool {
	l := strings.ToLower(strings.TrimSpace(content))
	for _, a := range agendaItems {
		if strings.HasPrefix(l, a) {
			return true
		}
	}
	return false
}

// presenterFirst puts first the author a programme marks as the presenter
// with an asterisk ("ThS A, CN B (*)", "(*) Người trình bày"), without
// the mark: the programme's reader takes the first author as presenting.
func presenterFirst(authors []string) []string {
	marked := -1
	for i, a := range authors {
		if strings.Contains(a, "(*)") || strings.HasSuffix(a, "*") {
			marked = i
		}
		authors[i] = strings.Join(strings.Fields(strings.TrimRight(strings.ReplaceAll(a, "(*)", ""), "* ")), " ")
	}
	if marked <= 0 {
		return authors
	}
	out := []string{authors[marked]}
	out = append(out, authors[:marked]...)
	return append(out, authors[marked+1:]...)
}

// introducesPerson reports whether s starts with a rank or an academic
// title.
func introducesPerson(s string) bool {
	if _, _, ok := vi.CutRank(s); ok {
		return true
	}
	t, _ := vi.CutTitles(s)
	return len(t) > 0 || strings.HasPrefix(s, "LS ") || strings.HasPrefix(s, "Luật sư ")
}

// namesPerson reports whether s holds a name after its rank and titles.
// A title alone ("TS") reads as one before a name.
func namesPerson(s string) bool {
	s = strings.TrimSpace(s) + " Nguyễn"
	for {
		if _, rest, ok := vi.CutRank(s); ok {
			s = rest
			continue
		}
		if t, rest := vi.CutTitles(s); len(t) > 0 {
			s = rest
			continue
		}
		break
	}
	return strings.Trim(s, " ,.") != "Nguyễn"
}

// Column headings of a table of papers, in lower case: who presents, the
// unit, and the paper.
var (
	authorHeadings = []string{"tác giả", "người trình bày", "diễn giả", "báo cáo viên", "họ và tên", "họ tên", "chủ nhiệm"}
	unitHeadings   = []string{"đơn vị", "cơ quan", "nơi công tác"}
	paperHeadings  = []string{"tham luận", "báo cáo", "tên bài", "tiêu đề", "chủ đề", "nội dung", "nhiệm vụ", "đề tài"}
)

// paperTable reads a table of papers whose first row names the columns,
// such as "STT | Tác giả | Đơn vị | Tên tham luận". It returns two lines
// for each paper, in the form of a programme ("Tham luận: Title", then
// "Author, Unit"), or nil when the table is not one of papers.
func paperTable(table *html.Node) []string {
	var rows [][]string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "tr" {
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					cells = append(cells, cellText(c))
				}
			}
			rows = append(rows, cells)
			return
		}
		if n.Type == html.ElementNode && n.Data == "table" && n != table {
			return // a nested table is not a row of this one
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(table)
	return paperRows(rows)
}

// tabTables rewrites the tables of papers in a plain text, rows of cells
// between tabs under a row of column headings ("TT\tTên tham luận\tTác
// giả\tĐơn vị"), as paperTable does an HTML table's. A line without tabs
// inside the table (a session's heading) stays where it is.
func tabTables(text string) string {
	if !strings.Contains(text, "\t") {
		return text
	}
	lines := strings.Split(text, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		header := strings.Split(lines[i], "\t")
		if len(header) < 3 {
			out = append(out, lines[i])
			continue
		}
		if _, ok := paperColumnsOf(header); !ok {
			out = append(out, lines[i])
			continue
		}
		j := i + 1
		for ; j < len(lines); j++ {
			l := strings.TrimSpace(lines[j])
			if strings.Contains(l, "\t") {
				if rows := paperRows([][]string{header, strings.Split(l, "\t")}); len(rows) > 0 {
					out = append(out, "", rows[0], rows[1])
				}
				continue
			}
			if l != "" && j+1 < len(lines) && !strings.Contains(lines[j+1], "\t") && strings.TrimSpace(lines[j+1]) != "" {
				break // prose again
			}
			out = append(out, lines[j])
		}
		i = j - 1
	}
	return strings.Join(out, "\n")
}

// paperColumns are the columns of a table of papers, found by the
// headings of its first row: who presents, the unit (-1 when there is
// none) and the paper, and what the table calls a paper.
type paperColumns struct {
	author, unit, paper int
	kind                string
}

// paperColumnsOf reads the headings of a table; ok is false when they are
// not those of a table of papers.
func paperColumnsOf(headings []string) (c paperColumns, ok bool) {
	c = paperColumns{author: -1, unit: -1, paper: -1}
	column := func(cell string, names []string) bool {
		for _, n := range names {
			if strings.Contains(cell, n) {
				return true
			}
		}
		return false
	}
	for i, cell := range headings {
		cell = strings.ToLower(cell)
		switch {
		case c.author < 0 && column(cell, authorHeadings):
			c.author = i
		case c.unit < 0 && column(cell, unitHeadings):
			c.unit = i
		case c.paper < 0:
			if column(cell, paperHeadings) {
				c.paper, c.kind = i, "Tham luận"
				if strings.Contains(cell, "báo cáo") && !strings.Contains(cell, "tham luận") {
					c.kind = "Báo cáo"
				}
			}
		}
	}
	return c, c.author >= 0 && c.paper >= 0
}

// paperRows reads the rows of a table of papers, the first naming the
// columns: two lines for each paper, in the form of a programme
// ("Tham luận: Title", then "Author, Unit"), or nil when the table is not
// one of papers or holds none.
func paperRows(rows [][]string) []string {
	if len(rows) < 2 {
		return nil
	}
	cols, ok := paperColumnsOf(rows[0])
	if !ok {
		return nil
	}
	author, unit, paper, kind := cols.author, cols.unit, cols.paper, cols.kind
	var out []string
	for _, row := range rows[1:] {
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		// A row across the table heads a session ("PHIÊN 1 – Chủ trì:
		// …"): the text reads its chairs.
		if len(row) == 1 && row[0] != "" {
			out = append(out, sessionLine(strings.ReplaceAll(row[0], "\n", " ")))
			continue
		}
		if author >= len(row) || paper >= len(row) || row[author] == "" || row[paper] == "" {
			continue
		}
		switch strings.ToLower(strings.TrimRight(row[paper], ".:")) {
		case "lời giới thiệu", "lời nói đầu", "lời tựa", "lời mở đầu", "mục lục", "phụ lục":
			continue // the book's own pages, not papers
		}
		if agendaItem(row[paper]) {
			// "PGS.TS X, Giám đốc … phát biểu khai mạc": a role.
			out = append(out, strings.ReplaceAll(row[author], "\n", ", ")+" "+vi.Lower(strings.TrimRight(row[paper], ".:"))+".")
			continue
		}
		// "TS A (Người báo cáo: ThS B)": B presents the task A leads.
		if m := reReporter.FindStringSubmatch(row[author]); m != nil {
			row[author] = strings.TrimSpace(m[1])
		}
		// Co-authors, each with the unit, after semicolons: the
		// programme's reader takes the one the text has presenting, or
		// the first.
		var who []string
		for _, a := range presenterFirst(tableAuthors(row[author])) {
			if unit >= 0 && unit < len(row) && row[unit] != "" {
				a += ", " + strings.ReplaceAll(row[unit], "\n", ", ")
			}
			who = append(who, a)
		}
		out = append(out, kind+": "+strings.ReplaceAll(row[paper], "\n", " "), strings.Join(who, "; "))
	}
	return out
}

// densest returns the element holding most of the page's paragraph text,
// with text inside links counted against it (in the spirit of readability).
func densest(doc *goquery.Document) *goquery.Selection {
	scores := map[*html.Node]float64{}
	doc.Find("p, div, td, li, pre, blockquote").Each(func(_ int, s *goquery.Selection) {
		if s.Children().Filter("p, div, table, ul, ol").Length() > 0 {
			// Paragraphs written straight into a container between <br>s,
			// with a table or a figure among them: the container's own
			// text is the article's.
			if !brChild(s.Nodes[0]) {
				return
			}
			if own := ownText(s.Nodes[0]); utf8.RuneCountInString(own) >= 400 {
				scores[s.Nodes[0]] += float64(utf8.RuneCountInString(own))
			}
			return
		}
		text := cleanText(s.Text())
		n := utf8.RuneCountInString(text)
		if n < 40 {
			return
		}
		linkText := utf8.RuneCountInString(cleanText(s.Find("a").Text()))
		score := float64(n) * (1 - float64(linkText)/float64(n))
		if parent := s.Parent(); parent.Length() > 0 {
			scores[parent.Nodes[0]] += score
			if gp := parent.Parent(); gp.Length() > 0 {
				scores[gp.Nodes[0]] += score / 2
			}
		}
	})
	var best *html.Node
	bestScore := 0.0
	for n, s := range scores {
		if s > bestScore || (s == bestScore && best != nil && n.Data < best.Data) {
			best, bestScore = n, s
		}
	}
	if best == nil {
		return doc.Find("body")
	}
	return goquery.NewDocumentFromNode(best).Selection
}

// brChild reports whether n has a <br> among its children.
func brChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "br" {
			return true
		}
	}
	return false
}

// ownText is the text of n's children that are not blocks: its text
// nodes and inline elements.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && !blockTags[c.Data] && c.Data != "a":
			b.WriteString(goquery.NewDocumentFromNode(c).Text())
		}
		b.WriteByte(' ')
	}
	return cleanText(b.String())
}

// titleSite returns the site's name a <title> ends with, "Headline |
// Site" or "Headline - Site": a few words without digits after the last
// separator of the first kind the title uses; "" when it has none.
func titleSite(t string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		if first, rest, _ := strings.Cut(t, sep); strings.Count(t, sep) == 1 && siteFirst(first, rest, "") {
			return strings.TrimSpace(first) // "Site - Headline"
		}
		tail := strings.TrimSpace(t[i+len(sep):])
		if n := len(strings.Fields(tail)); n >= 2 && n <= 10 && !strings.ContainsAny(tail, "0123456789") {
			return tail
		}
		return ""
	}
	return ""
}

// headingSelector finds the elements sites put an article's heading in.
const headingSelector = "h2, h3, .title, .news-title, .post-title, .article-title, .contentheading, .entry-title"

// pageTitle returns the article's headline: the <title> without the
// site's name, or the page's heading where the <title> shortens it.
func pageTitle(doc *goquery.Document, source string) string {
	if t := cleanText(doc.Find(`[itemprop="headline"]`).First().Text()); t != "" {
		return t
	}
	var h1 string
	doc.Find("h1").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if !siteBanner(s) {
			h1 = cleanText(s.Text())
		}
		return h1 == ""
	})
	if h1 != "" {
		return h1
	}
	if t, ok := doc.Find(`meta[property="og:title"]`).Attr("content"); ok && cleanText(t) != "" {
		return cleanText(t)
	}
	raw := cleanText(doc.Find("title").First().Text())
	// "CDC Sơn La - Hội thảo …" with "Hội thảo …" as the page's heading:
	// the part of the <title> a heading repeats.
	if part := headingPart(doc, raw); part != "" {
		return part
	}
	t := raw
	// "Site :: Title" puts the site first; "Title | Site" last.
	for _, sep := range []string{" :: ", " » "} {
		if i := strings.Index(t, sep); i > 0 {
			head, tail := t[:i], t[i+len(sep):]
			if utf8.RuneCountInString(tail) >= utf8.RuneCountInString(head) || (source != "" && strings.EqualFold(head, source)) {
				t = tail
			} else {
				t = head
			}
			break
		}
	}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			// "Headline - Site" mostly; "Site - Headline" when the first
			// part is the site's name (or names an organisation) and the
			// headline after it is longer.
			if first, rest, _ := strings.Cut(t, sep); strings.Count(t, sep) == 1 && siteFirst(first, rest, source) {
				t = rest
			} else {
				t = t[:i]
			}
			break
		}
	}
	// Sites shorten or reword the <title>, or add more than one part of
	// their name to it: the article's heading is the title when it begins
	// with the <title>'s headline, when the <title> is the heading and
	// the site's name after a separator, or when a longer heading repeats
	// most of the <title>'s words.
	if t != "" {
		heading := ""
		doc.Find(headingSelector + ", strong").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			h := blockText(s)
			if len(h) >= 400 || utf8.RuneCountInString(h) < 20 {
				return true
			}
			if len(h) > len(t) && strings.HasPrefix(h, t) || len(h) < len(t) && siteAfter(raw, h) ||
				len(h) > len(t) && !s.Is("strong") && sharedWords(t, h) >= 0.7 {
				heading = h
				return false
			}
			return true
		})
		if heading != "" {
			t = heading
		}
	}
	return t
}

// siteBanner reports whether an <h1> is the site's name in its banner
// rather than the article's headline: it or its parent is named for the
// logo, the brand or the site's name.
func siteBanner(s *goquery.Selection) bool {
	for _, n := range []*goquery.Selection{s, s.Parent()} {
		c, _ := n.Attr("class")
		id, _ := n.Attr("id")
		if reBanner.MatchString(c + " " + id) {
			return true
		}
	}
	return false
}

var reBanner = regexp.MustCompile(`(?i)logo|brand|site-?name|site-?title|masthead`)

// siteAfter reports whether the <title> t is the heading h followed by a
// separator and a site's name: "Headline - Trường X - ĐHTN".
func siteAfter(t, h string) bool {
	rest, ok := strings.CutPrefix(t, h)
	if !ok {
		return false
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// sharedWords returns the share of the words of a that b also has,
// compared by their keys (case and marks folded).
func sharedWords(a, b string) float64 {
	in := map[string]bool{}
	for _, w := range splitWords(b) {
		in[w.Norm] = true
	}
	ws := splitWords(a)
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if in[w.Norm] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// headingPart returns the part of a "Site - Headline" <title> that a
// heading of the page repeats word for word, or "".
func headingPart(doc *goquery.Document, title string) string {
	var parts []string
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		if strings.Count(title, sep) == 1 {
			a, b, _ := strings.Cut(title, sep)
			parts = append(parts, strings.TrimSpace(a), strings.TrimSpace(b))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	found := ""
	doc.Find(headingSelector).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		h := blockText(s)
		for _, p := range parts {
			if utf8.RuneCountInString(p) >= 20 && h == p {
				found = p
				return false
			}
		}
		return true
	})
	return found
}

// siteFirst reports whether a <title> cut at its first separator reads
// "Site - Headline": first is the site's name, or a short organisation's
// name ("Trường Chính trị tỉnh Phú Thọ"), and rest is longer.
func siteFirst(first, rest, source string) bool {
	if source != "" && strings.EqualFold(strings.TrimSpace(first), strings.TrimSpace(source)) {
		return true
	}
	if isCapitals(first) {
		first = titleCase(first) // "TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI"
	}
	ws := splitWords(first)
	return len(ws) >= 2 && len(ws) <= 12 && isUpperWord(ws[0].Text) && orgStartSet.at(ws, 0) > 0 &&
		utf8.RuneCountInString(rest) > utf8.RuneCountInString(first)
}

// reTextCaption is a caption in a pasted text: "[Ảnh: …]", "(Ảnh: …)",
// "Ảnh: …" on a line of its own.
var reTextCaption = regexp.MustCompile(`^[\[(]?\s*Ảnh\s*:\s*(.*?)\s*[\])]?$`)

// reCaptionCredit is the photographer's credit that ends a caption: ".
// Ảnh: HOÀNG TRIỀU", "(Ảnh: Thu Hà)".
var reCaptionCredit = regexp.MustCompile(`[.\s]*[(]?\s*Ảnh\s*:\s*[^.:]{1,40}[)]?\s*$`)

// textCaption reads a line of a pasted text as a picture's caption: the
// caption without its brackets and its credit ("" for a credit alone),
// and whether the line is one.
func textCaption(line string) (string, bool) {
	m := reTextCaption.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	c := strings.TrimSpace(reCaptionCredit.ReplaceAllString(m[1], ""))
	if utf8.RuneCountInString(c) < 12 || !strings.ContainsRune(c, ' ') {
		return "", true // "Ảnh: Thu Hà": a credit alone
	}
	return strings.TrimRight(c, " .") + ".", true
}

// titleCase writes each word with a capital and the rest in lower case:
// "TRƯỜNG CHÍNH TRỊ" gives "Trường Chính Trị".
func titleCase(s string) string {
	fs := strings.Fields(s)
	for i, f := range fs {
		r, n := utf8.DecodeRuneInString(f)
		fs[i] = string(unicode.ToUpper(r)) + vi.Lower(f[n:])
	}
	return strings.Join(fs, " ")
}

// dateAfterTitle returns the first line that is only a date among the ten
// lines after the title: where pages print the publication date. A date
// above the title is the portal's "today".
func dateAfterTitle(doc *goquery.Document, title string) string {
	if title == "" {
		return ""
	}
	var lines []string
	for _, n := range doc.Find("body").Nodes {
		lines = appendBlocks(lines, n)
	}
	for i, l := range lines {
		if l != title && !strings.Contains(l, title) {
			continue
		}
		for k, next := range lines[i+1 : min(len(lines), i+11)] {
			if isDateLine(next) {
				return ParseDate(next)
			}
			if d := labelledDate(next); d != "" {
				return d
			}
			if d := bylineDate(next); k < 3 && d != "" {
				return d
			}
		}
		break
	}
	// No date by the title: a line that says it is the publication date
	// ("Ngày đăng: 30/11/2023 | Lượt xem: 1.204"), wherever it is.
	for _, l := range lines {
		if d := labelledDate(l); d != "" {
			return d
		}
	}
	return ""
}

// bylineDate returns the date of a short line under the title that gives
// the author and the time beside it: "Thanh Hà 24/10/2023 | 17:05 A- A+".
func bylineDate(l string) string {
	if len(l) > 100 {
		return ""
	}
	ds := FindDates(l)
	if len(ds) != 1 || ds[0].Year == 0 {
		return ""
	}
	rest := dateNoise.ReplaceAllString(strings.ToLower(l[:ds[0].Start]+" "+l[ds[0].End:]), " ")
	if len(strings.Fields(rest)) > 5 {
		return ""
	}
	return ds[0].ISO()
}

// pubLabel starts the line that gives an article's publication date;
// hôm nay ("today") is the portal's header, not the article's.
var pubLabel = regexp.MustCompile(`(?i)^(?:đăng bởi[^|]{0,60}\||ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|thời gian đăng|cập nhật(?: lúc| ngày)?|published|posted(?: on)?)\s*:?`)

// statLine is a date line with the page's statistics beside it ("Thứ
// Năm, 19/10/2023, 16:42 Lượt xem: 1.520").
var statLine = regexp.MustCompile(`(?i)\b(?:lượt xem|lượt đọc|views?|bình luận)\b`)

// labelledDate returns the date of a line that names itself the
// publication date, or that is a date followed by the page's statistics.
func labelledDate(l string) string {
	if len(l) > 200 || strings.Contains(strings.ToLower(l), "hôm nay") {
		return ""
	}
	ds := FindDates(l)
	if len(ds) == 0 || ds[0].Year == 0 {
		return ""
	}
	if loc := pubLabel.FindStringIndex(l); loc != nil && ds[0].Start-loc[1] < 40 {
		return ds[0].ISO()
	}
	if statLine.MatchString(l) && (isDateLine(l[:ds[0].End]) || categoryBefore(l[:ds[0].Start])) {
		return ds[0].ISO()
	}
	return ""
}

// categoryBefore reports whether the text before a date on a line of the
// page's statistics is the article's category and a separator: "Sự kiện ·
// 22/08/2024 · 1.084 lượt xem".
func categoryBefore(prefix string) bool {
	p := strings.TrimSpace(prefix)
	if p == "" || len(p) > 48 || strings.ContainsAny(p, "0123456789") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune("·|•-–/", last)
}

func metaDate(doc *goquery.Document, ldPublished string) string {
	for _, sel := range []string{`meta[property="article:published_time"]`, `meta[name="pubdate"]`,
		`meta[itemprop="datePublished"]`, `meta[name="date"]`} {
		if v, ok := doc.Find(sel).Attr("content"); ok {
			if d := ParseDate(v); d != "" {
				return d
			}
		}
	}
	if ldPublished != "" {
		return ldPublished
	}
	if v, ok := doc.Find("time[datetime]").First().Attr("datetime"); ok {
		return ParseDate(v)
	}
	return ""
}

// jsonLDPublished returns the datePublished of the page's JSON-LD
// structured data (schema.org NewsArticle, also inside an "@graph"), ""
// when it has none or the data does not parse.
func jsonLDPublished(doc *goquery.Document) string {
	found := ""
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		found = datePublishedIn(v, 0)
		return found == ""
	})
	return found
}

// datePublishedIn finds a "datePublished" in decoded JSON, at most a few
// levels deep.
func datePublishedIn(v any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok {
			if d := ParseDate(s); d != "" {
				return d
			}
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if d := datePublishedIn(v[k], depth+1); d != "" {
				return d
			}
		}
	case []any:
		for _, e := range v {
			if d := datePublishedIn(e, depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}

// headLines is how far into a paste the headline is looked for: past a
// site's name, its "today", a menu of a dozen items a line each and a
// breadcrumb.
const headLines = 30

// readText reads a pasted or saved plain text: the first line that is not a
// date is the title, a date line right after it is the publication date (a
// date line above it is the portal's "today"), the rest is the body up to
// the chrome.
func readText(text string) *page {
	p := &page{Layout: "text"}
	var lines []string
	text = tabTables(text)
	paras, issued, wrapped := unwrap(text)
	if !wrapped {
		paras = strings.Split(text, "\n")
	}
	for _, l := range paras {
		if t := cleanText(stripDecoration(l)); t != "" && !reBareURL.MatchString(t) && !reTagged.MatchString(t) {
			lines = append(lines, t)
		}
	}
	i := 0
	for i < len(lines) && (isDateLine(lines[i]) || dropLine.MatchString(lines[i])) {
		i++
	}
	// A paste that kept the site's menus: the title is the first line of
	// words that the publication date follows.
	// The last such line before the body starts: the portal's "today"
	// date may follow its name or its menu.
	last := -1
	for j := i; j+1 < len(lines) && j < i+headLines && utf8.RuneCountInString(lines[j]) <= 200; j++ {
		dated := isDateLine(lines[j+1]) || j+2 < len(lines) && isByline(lines[j+1]) && isDateLine(lines[j+2])
		if dated && isTitleLike(lines[j]) && !isByline(lines[j]) {
			last = j
		}
	}
	// Pages that print the date above the headline ("Khoa học › Môi
	// trường", "Thứ sáu, 15/11/2019, 14:05", then the headline): the
	// last date line a headline follows before the body starts (the
	// portal's "today" may stand above its menu, which reads as words).
	above := ""
	if last < 0 {
		for j := i; j+1 < len(lines) && j < i+15 && utf8.RuneCountInString(lines[j]) < 200; j++ {
			if isDateLine(lines[j]) && isTitleLike(lines[j+1]) {
				above, i = lines[j], j+1
			}
		}
	}
	if above != "" {
		p.Published = ParseDate(above)
	}
	if last >= 0 {
		i = last
		// A post on a social network: the page's name, the date, then
		// the headline in capitals.
		if i+2 < len(lines) && isDateLine(lines[i+1]) && isCapitals(lines[i+2]) && len(strings.Fields(lines[i+2])) >= 5 {
			p.Source = lines[i]
			p.Published = ParseDate(lines[i+1])
			i += 2
		}
	}
	if last < 0 && above == "" {
		// No dateline under the headline: a site's name in capitals, its
		// menu and breadcrumb lead to the first line that reads as one.
		menu, capitals := false, i < len(lines) && isCapitals(lines[i])
		for j := i; j < len(lines) && j < i+headLines && capitals; j++ {
			if isMenuLine(lines[j]) || strings.Contains(lines[j], "»") {
				menu = true
				continue
			}
			if menu && !isCapitals(lines[j]) && isTitleLike(lines[j]) && !isDateLine(lines[j]) {
				i = j
				break
			}
		}
	}
	if i < len(lines) {
		p.Title = lines[i]
		i++
	}
	for j := i; j < len(lines) && j < i+3 && above == ""; j++ {
		if isDateLine(lines[j]) {
			p.Published = ParseDate(lines[j])
			i = j + 1
			break
		}
	}
	if p.Published == "" {
		p.Published = issued
	}
	var body []string
	for ; i < len(lines); i++ {
		if isStop(lines[i]) {
			break
		}
		if dropLine.MatchString(lines[i]) || isDateLine(lines[i]) {
			continue
		}
		// "[Ảnh: ThS X trình bày tham luận. Ảnh: Y]": a picture's caption
		// as a paste keeps it.
		if c, ok := textCaption(lines[i]); ok {
			if c != "" {
				p.Captions = append(p.Captions, c)
			}
			continue
		}
		body = append(body, lines[i])
	}
	// Short lines without a sentence at the end are the site's signature.
	for len(body) > 0 {
		last := body[len(body)-1]
		if !isSignature(last) {
			break
		}
		if p.Source == "" {
			p.Source = last
		}
		body = body[:len(body)-1]
	}
	p.Paragraphs = body
	return p
}

var (
	// reBareURL is a line that is only an address, as a copied post
	// starts.
	reBareURL = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	// reTagged is a post's list of people tagged: "— cùng với X và 4
	// người khác."
	reTagged = regexp.MustCompile(`^[—–-]?\s*(?:cùng với|with)\s.{0,80}(?:người khác|others)\.?$`)
)

// stripDecoration drops the pictographs (emoji) and bullet symbols a post
// decorates its lines with: "🔹 Thầy Võ Quang Huy …", "📌 Hội thảo …".
func stripDecoration(l string) string {
	if isASCIIString(l) {
		return l
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x200D || unicode.Is(unicode.Sk, r) && r > 0x2000 {
			return ' '
		}
		return r
	}, l)
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isByline reports whether a line is an author's name, as newspapers
// print it between the title and the date: in capitals ("TRẦN BẢO
// KHANG"), or the names of two authors joined by a dash ("Nguyễn Hà -
// Minh Tú").
func isByline(line string) bool {
	ws := strings.Fields(line)
	if len(ws) < 2 || len(ws) > 9 {
		return false
	}
	caps, names, dashes := true, true, 0
	for _, w := range ws {
		if isDash(w) {
			dashes++
			continue
		}
		caps = caps && isAllUpper(w)
		names = names && isUpperWord(w) && !isAllUpper(w) && !strings.ContainsAny(w, "0123456789")
	}
	// Names from a surname, not a page's name ("Trường THPT Thái Phiên -
	// Đà Nẵng").
	return caps && len(ws) <= 5 && dashes == 0 ||
		names && dashes == 1 && surnames[ws[0]] && !isDash(ws[len(ws)-1]) ||
		caps && dashes == 1 && twoWriters(ws)
}

// twoWriters reports whether words in capitals are two writers' names
// either side of a dash ("NGỌC THỊNH - LÊ TUYẾT"), not a page's name
// ("TRƯỜNG THPT THÁI PHIÊN - ĐÀ NẴNG").
func twoWriters(ws []string) bool {
	at := slices.IndexFunc(ws, isDash)
	left, right := at, len(ws)-at-1
	if left < 2 || left > 3 || right < 2 || right > 3 {
		return false
	}
	switch vi.Lower(ws[0]) {
	case "trường", "báo", "công", "cổng", "đài", "học", "viện", "sở", "ban", "bộ", "ủy", "uỷ", "hội", "tạp", "tòa", "toà", "đại":
		return false
	}
	return true
}

// isTitleLike reports whether a line reads as a headline rather than a
// menu, a breadcrumb or a date: four words or more, no runs of spaces or
// separators between menu items.
func isTitleLike(l string) bool {
	if isDateLine(l) || strings.Contains(l, "   ") || isMenuLine(l) {
		return false
	}
	return len(strings.Fields(l)) >= 4 && utf8.RuneCountInString(l) <= 300
}

// isMenuLine reports whether a line has the separators between a menu's
// or a breadcrumb's items.
func isMenuLine(l string) bool {
	return strings.Contains(l, " | ") || strings.Contains(l, " > ") || strings.Contains(l, "›")
}

var siteWords = []string{"cổng", "báo", "tạp chí", "ttđt", "thông tin điện tử", "học viện", "trường", "đài", "trang", "tin tức", "online", ".vn", ".com"}

// isSignature reports whether a closing line names the site: short, no
// sentence punctuation at the end, with a word sites call themselves by.
func isSignature(line string) bool {
	if utf8.RuneCountInString(line) > 60 || strings.ContainsAny(line[len(line)-1:], ".!?…:") {
		return false
	}
	l := strings.ToLower(line)
	for _, w := range siteWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// hostSource names a source by the URL's host when the page names none.
func hostSource(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func firstUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
