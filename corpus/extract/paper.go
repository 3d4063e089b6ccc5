package extract

import (
	"regexp"
	"strings"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// rePresentedAt is the note of where a paper was presented: "Tham luận tại
// Hội thảo khoa học “…” ngày 25/4/2024".
var rePresentedAt = regexp.MustCompile(`^(?:bài )?(?:tham luận|báo cáo)(?: (?:khoa học|đề dẫn))? (?:tại|trình bày tại|gửi|gửi tới|tham gia) `)

// reKeywords is the line of keywords of a paper.
var reKeywords = regexp.MustCompile(`^(?:từ khóa|từ khoá|keywords)\s*:?\s*`)

// readPaperPage reads a page that is the contribution itself: the paper's
// title as headline, an author line near the top, often a note of the event
// it was presented at, an abstract, keywords and references. It reports
// whether the page is one.
func (r *reader) readPaperPage(body []string) bool {
	head := body[:min(len(body), 8)]
	presented, author := -1, -1
	for i, p := range head {
		l := lowerKeep(p)
		if presented < 0 && rePresentedAt.MatchString(l) && runes(p) < 400 {
			presented = i
		}
		if author < 0 && isAuthorLine(p) {
			author = i
		}
	}
	scholarly := 0
	for _, p := range body {
		// The start of a paragraph is enough to know a heading.
		switch l := lowerHead(strings.TrimSpace(strings.TrimRight(p, ":")), 32); {
		case l == "tóm tắt", strings.HasPrefix(l, "tóm tắt:"), l == "tài liệu tham khảo", reKeywords.MatchString(l):
			scholarly++
		}
	}
	if author < 0 || (presented < 0 && scholarly < 2) {
		return false
	}
	r.a.Kind = corpus.ArticlePaper
	if presented >= 0 {
		r.a.Event = parseEvent(body[presented], r.a.Published)
	}
	line := body[author]
	ms := findMentions(line, r.words(line), nil)
	org := ""
	if i := strings.IndexAny(line, "–—"); i >= 0 {
		org = strings.TrimSpace(strings.TrimLeft(line[i:], "–— "))
	} else if i := strings.Index(line, " - "); i >= 0 {
		org = strings.TrimSpace(line[i+3:])
	}
	c := &corpus.Contribution{Kind: corpus.KindPaper, Title: r.a.Title, Evidence: line}
	for i, m := range ms {
		p := r.know(m)
		p.Role = corpus.RoleSpeaker
		if p.Org == "" && org != "" {
			p.Org = strings.Trim(org, "() ")
		}
		if i == 0 {
			c.Speaker = &corpus.Speaker{Name: p.Name}
			r.byPerson[vi.Key(p.Name)] = c
		}
	}
	// The abstract is the summary; the keywords are topics.
	for i, p := range body {
		l := lowerHead(p, 32)
		switch {
		case strings.HasPrefix(l, "tóm tắt"):
			rest := strings.TrimSpace(strings.TrimLeft(p[len("tóm tắt"):], ": "))
			if rest == "" && i+1 < len(body) {
				rest = body[i+1]
			}
			c.Summary = rest
		case reKeywords.MatchString(l):
			rest := strings.TrimSpace(p[len(reKeywords.FindString(lowerKeep(p))):])
			if rest == "" && i+1 < len(body) {
				rest = body[i+1]
			}
			for _, k := range strings.FieldsFunc(rest, func(r rune) bool { return r == ';' }) {
				if k = strings.Trim(strings.TrimSpace(k), "."); k != "" && len(c.Topics) < 5 {
					c.Topics = append(c.Topics, k)
				}
			}
		}
	}
	if c.Speaker != nil {
		r.contrib = append(r.contrib, c)
	}
	return true
}

// isAuthorLine reports a short line that names authors: a person with rank
// or titles first, then perhaps "– Organisation" or "(Organisation)".
func isAuthorLine(p string) bool {
	if runes(p) > 200 || len(sentences(p)) > 1 {
		return false
	}
	ws := splitWords(p)
	if len(ws) == 0 {
		return false
	}
	m, next, ok := parseMention(p, ws, 0)
	if !ok || m.Short || (m.Rank == "" && len(m.Titles) == 0) {
		return false
	}
	rest := strings.TrimSpace(p[m.End:])
	return next >= len(ws) || rest == "" || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") ||
		strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "và ")
}
