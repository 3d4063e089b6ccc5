package search

import (
	"html"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Snippet is a window of a hit's text, cut into parts that match the query
// and parts that do not. The parts slice the original text, so a match
// found through the folded field marks the words as they were written.
type Snippet struct {
	Parts     []SnippetPart
	Truncated bool // there is text before or after the window
}

// SnippetPart is a run of text, marked when it matched.
type SnippetPart struct {
	Text  string
	Match bool
}

// HTML renders the snippet with <mark> around matches and everything else
// escaped.
func (s Snippet) HTML() string {
	var b strings.Builder
	if s.Truncated {
		b.WriteString("… ")
	}
	for _, p := range s.Parts {
		if p.Match {
			b.WriteString("<mark>" + html.EscapeString(p.Text) + "</mark>")
		} else {
			b.WriteString(html.EscapeString(p.Text))
		}
	}
	if s.Truncated {
		b.WriteString(" …")
	}
	return b.String()
}

// String returns the snippet's text without marks.
func (s Snippet) String() string {
	var b strings.Builder
	for _, p := range s.Parts {
		b.WriteString(p.Text)
	}
	return b.String()
}

// MakeSnippet returns the window of about width words of text where the
// query's words are densest. Words match by their folded form, so
// "hoc vien" marks "Học viện" and "học viên" alike.
func MakeSnippet(text string, words []string, width int) Snippet {
	toks := vi.Tokenize(text)
	if len(toks) == 0 {
		return Snippet{}
	}
	want := map[string]bool{}
	for _, w := range words {
		want[vi.FoldWord(w)] = true
		for _, e := range vi.Expansions(w) {
			for _, t := range vi.Tokenize(e) {
				want[vi.FoldWord(t.Text)] = true
			}
		}
	}
	match := make([]bool, len(toks))
	for i, t := range toks {
		match[i] = want[vi.FoldWord(t.Text)]
	}
	// The densest window, preferring the earliest.
	best, bestCount := 0, -1
	count := 0
	for i := range toks {
		if match[i] {
			count++
		}
		if i >= width && match[i-width] {
			count--
		}
		if start := max(0, i-width+1); count > bestCount {
			best, bestCount = start, count
		}
	}
	if bestCount <= 0 {
		best = 0
	}
	end := min(len(toks), best+width)
	from, to := toks[best].Start, toks[end-1].End
	if best == 0 {
		from = 0
	}
	if end == len(toks) {
		to = len(text)
	}
	s := Snippet{Truncated: best > 0 || end < len(toks)}
	pos := from
	for i := best; i < end; i++ {
		if !match[i] {
			continue
		}
		t := toks[i]
		if t.Start > pos {
			s.Parts = append(s.Parts, SnippetPart{Text: text[pos:t.Start]})
		}
		s.Parts = append(s.Parts, SnippetPart{Text: text[t.Start:t.End], Match: true})
		pos = t.End
	}
	if pos < to {
		s.Parts = append(s.Parts, SnippetPart{Text: text[pos:to]})
	}
	return s
}
