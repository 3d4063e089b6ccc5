package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied out of a PDF (a school's bulletin, a proceedings volume)
// keeps the PDF's lines: every line ends where the printed line did, page
// headers and footers with their page numbers sit in the middle of
// sentences, a table of contents comes first and other articles follow,
// cut off by rules. unwrap puts such a text back into paragraphs and picks
// the article out of it.

var (
	// reRule is a line drawn across the page between articles.
	reRule = regexp.MustCompile(`^\s*[-=_*·─━]{5,}\s*$`)
	// rePageFurniture is a page number alone, or a running header or
	// footer with the page number apart from it by a run of spaces.
	rePageFurniture = regexp.MustCompile(`^\s*\d{1,4}\s*$|^\s*\d{1,4}\s{4,}\S.*$|^.*\S\s{4,}\d{1,4}\s*$`)
	// reLeader is an entry of a table of contents: dot leaders and a page.
	reLeader = regexp.MustCompile(`(?:\.\s?){5,}\s*\d{1,4}\s*$`)
	// reIssueDate is the date a bulletin gives itself in its masthead.
	reIssueDate = regexp.MustCompile(`(?i)(?:phát hành|ngày đăng|đăng ngày|xuất bản)(?: ngày)?\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})`)
)

// unwrap reads text as a hard-wrapped paste. When it is one, it returns the
// paragraphs of its longest article (the one between rules with the most
// text), with a heading in capitals first, and the issue date the
// masthead gives; ok is false for any other text, which the reader takes
// line by line as it is.
func unwrap(text string) (paras []string, issued string, ok bool) {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if !hardWrapped(raw) {
		return nil, "", false
	}
	width := lineWidth(raw)
	// Sections between rules; a table of contents is no section.
	var sections [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			sections = append(sections, cur)
		}
		cur = nil
	}
	for i := 0; i < len(raw); i++ {
		l := strings.TrimRight(raw[i], " \t")
		switch {
		case reRule.MatchString(l):
			flush()
		case rePageFurniture.MatchString(l):
		case reLeader.MatchString(l):
			// The entry's first lines, indented as it is, go with it.
			for len(cur) > 0 && indent(cur[len(cur)-1]) > 0 && indent(cur[len(cur)-1]) == indent(l) {
				cur = cur[:len(cur)-1]
			}
		default:
			cur = append(cur, l)
		}
	}
	flush()
	if m := reIssueDate.FindStringSubmatch(text); m != nil {
		issued = ParseDate(m[1])
	}
	best, size := -1, 0
	for i, s := range sections {
		n := 0
		for _, l := range s {
			n += len(strings.TrimSpace(l))
		}
		if n > size {
			best, size = i, n
		}
	}
	if best < 0 {
		return nil, issued, true
	}
	paras = joinLines(sections[best], width)
	// A rubric in capitals above the heading ("HOẠT ĐỘNG KHOA HỌC"), and
	// the writer's unit in capitals under the article, are not its text.
	for len(paras) > 1 && isCapitals(paras[0]) && len(strings.Fields(paras[0])) <= 4 && isCapitals(paras[1]) {
		paras = paras[1:]
	}
	for len(paras) > 1 && isCapitals(paras[len(paras)-1]) {
		paras = paras[:len(paras)-1]
	}
	return paras, issued, true
}

// hardWrapped reports whether lines are a hard-wrapped text: lines of
// about one width, a good share of them going on, in lower case, on the
// next.
func hardWrapped(lines []string) bool {
	width := lineWidth(lines)
	if width < 50 || width > 120 {
		return false
	}
	var text []string // the lines of text, without page furniture
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && !rePageFurniture.MatchString(l) {
			text = append(text, strings.TrimSpace(l))
		}
	}
	goesOn := 0
	for i := 1; i < len(text); i++ {
		if startsLower(text[i]) {
			goesOn++
		}
	}
	return goesOn >= 3 && goesOn*5 >= len(text)
}

// lineWidth is the length in runes the longer lines of a text reach: the
// 90th percentile of the lengths of lines of text.
func lineWidth(lines []string) int {
	var ns []int
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || rePageFurniture.MatchString(l) || reRule.MatchString(l) || reLeader.MatchString(l) {
			continue
		}
		ns = append(ns, utf8.RuneCountInString(t))
	}
	if len(ns) < 10 {
		return 0
	}
	slices.Sort(ns)
	return ns[len(ns)*9/10]
}

// joinLines joins the lines of a section into paragraphs: a line goes on
// the one before unless that one ended a paragraph (short and ending a
// sentence) or a heading (in capitals, when this one is not). A blank line
// ends a paragraph too, unless it is where a page ended in the middle of a
// sentence.
func joinLines(lines []string, width int) []string {
	var paras []string
	var b strings.Builder
	prev := ""
	blank := false
	flush := func() {
		if b.Len() > 0 {
			paras = append(paras, b.String())
			b.Reset()
		}
		prev = ""
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			blank = true
			continue
		}
		if prev != "" && (endsParagraph(prev, t, width) || blank && !midSentence(prev, t, width)) {
			flush()
		}
		blank = false
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		prev = t
	}
	flush()
	return paras
}

// endsParagraph reports whether the line prev, followed by next, ends its
// paragraph.
func endsParagraph(prev, next string, width int) bool {
	pc, nc := isCapitals(prev), isCapitals(next)
	if pc != nc {
		return true
	}
	short := utf8.RuneCountInString(prev)*5 < width*4
	if pc {
		// A heading over two lines: the first fills the width.
		return short
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return short && strings.ContainsRune(".!?:…”\"»)", last) && !startsLower(next)
}

// midSentence reports whether the line prev stops in the middle of a
// sentence that next goes on with: a line that fills the width and stops
// without a full stop. A short line before a blank one ended there, be it
// a menu, a headline over two lines or a caption in brackets.
func midSentence(prev, next string, width int) bool {
	if isCapitals(prev) || isCapitals(next) || utf8.RuneCountInString(prev)*5 < width*4 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(".!?:;…”\"»)", last)
}

// isCapitals reports whether a line is written in capitals: a heading.
func isCapitals(l string) bool {
	letters := 0
	for _, r := range l {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 4
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func indent(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
