package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/vi"
)

// MaxQueryRunes is the longest query read: Search refuses longer ones,
// Parse ignores the rest.
const MaxQueryRunes = 1000

// Query is a user's query as thamluan's own small parser reads it. No user
// input can make it fail: unknown syntax is read as words.
type Query struct {
	Terms   []Term // what must match
	Exclude []Term // what must not
	// Field prefixes typed in the query: speaker:, academy:, topic:.
	Speaker, Academy, Topic string
}

// Term is one word or one quoted phrase.
type Term struct {
	Words  []string // as typed, without punctuation
	Phrase bool     // typed in quotes
	// Soft terms are a rank, an academic title, an honorific or a
	// position typed before a name ("Đại tá", "PGS.TS", "Thứ trưởng"):
	// they rank hits but do not have to match, since ranks and titles
	// change over the years.
	Soft bool
}

// Empty reports whether the query has nothing to match.
func (q Query) Empty() bool { return len(q.Terms) == 0 && len(q.Exclude) == 0 }

// hardWords returns the words that must match, in order.
func (q Query) hardWords() []string {
	var out []string
	for _, t := range q.Terms {
		if !t.Soft {
			out = append(out, t.Words...)
		}
	}
	return out
}

// Words returns every word the query looks for, in order.
func (q Query) Words() []string {
	var out []string
	for _, t := range q.Terms {
		out = append(out, t.Words...)
	}
	return out
}

// prefixes map the field prefixes a user may type (in English or
// Vietnamese, with or without diacritics) to a field.
var prefixes = map[string]string{
	"speaker": "speaker", "dien gia": "speaker", "dien_gia": "speaker", "tac gia": "speaker", "author": "speaker",
	"academy": "academy", "hoc vien": "academy", "truong": "academy", "don vi": "academy",
	"topic": "topic", "chu de": "topic",
}

// Parse reads a query: words, "quoted phrases" (an unclosed quote runs to
// the end), -exclusions, and speaker:, academy:, topic: prefixes whose
// value is the next word or quoted phrase.
func Parse(s string) Query {
	s = clean(s)
	var q Query
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		exclude := false
		if r == '-' && i+1 < len(s) && !unicode.IsSpace(rune(s[i+1])) {
			exclude = true
			i++
		}
		// A field prefix: "speaker:" or "speaker: "
		field := ""
		if j := strings.IndexByte(s[i:], ':'); j > 0 && !exclude {
			name := vi.Key(s[i : i+j])
			if f, ok := prefixes[name]; ok && !strings.ContainsAny(s[i:i+j], "\"“") {
				field = f
				i += j + 1
				for i < len(s) && s[i] == ' ' {
					i++
				}
			}
		}
		var text string
		phrase := false
		if i < len(s) && (s[i] == '"' || strings.HasPrefix(s[i:], "“")) {
			_, qn := utf8.DecodeRuneInString(s[i:])
			i += qn
			end := strings.IndexAny(s[i:], "\"”")
			if end < 0 {
				end = len(s) - i
			}
			text = s[i : i+end]
			i += end
			if i < len(s) {
				_, cn := utf8.DecodeRuneInString(s[i:])
				i += cn
			}
			phrase = true
		} else {
			end := strings.IndexFunc(s[i:], unicode.IsSpace)
			if end < 0 {
				end = len(s) - i
			}
			text = s[i : i+end]
			i += end
		}
		words := tokens(text)
		if len(words) == 0 {
			continue
		}
		switch field {
		case "speaker":
			q.Speaker = strings.Join(words, " ")
			continue
		case "academy":
			q.Academy = strings.TrimSpace(text)
			continue
		case "topic":
			q.Topic = strings.Join(words, " ")
			continue
		}
		t := Term{Words: words, Phrase: phrase && len(words) > 1}
		if exclude {
			q.Exclude = append(q.Exclude, t)
		} else if t.Phrase {
			q.Terms = append(q.Terms, t)
		} else {
			for _, w := range words {
				q.Terms = append(q.Terms, Term{Words: []string{w}})
			}
		}
	}
	markSoft(q.Terms)
	return q
}

// softRoles are positions typed before a name.
var softRoles = [][]string{{"thu", "truong"}, {"bo", "truong"}, {"giam", "doc"}, {"pho", "giam", "doc"},
	{"hieu", "truong"}, {"vien", "truong"}, {"cuc", "truong"}, {"truong", "khoa"}, {"dong", "chi"},
	{"giang", "vien"}, {"chu", "nhiem"}}

// markSoft marks the terms that are ranks, titles, honorifics or positions.
func markSoft(terms []Term) {
	for i := 0; i < len(terms); i++ {
		if terms[i].Phrase {
			continue
		}
		// The words from i on, as one string, to cut a rank or titles off.
		var rest []string
		for k := i; k < len(terms) && !terms[k].Phrase; k++ {
			rest = append(rest, terms[k].Words[0])
		}
		s := strings.Join(rest, " ")
		n := 0
		if _, r, ok := vi.CutRank(s); ok {
			n = len(rest) - len(strings.Fields(r))
		} else if t, r := vi.CutTitles(s); len(t) > 0 {
			n = len(rest) - len(strings.Fields(r))
		} else if r, ok := vi.CutHonorific(s); ok {
			n = len(rest) - len(strings.Fields(r))
		} else {
			for _, role := range softRoles {
				if len(rest) > len(role) && matchFolded(rest[:len(role)], role) {
					n = len(role)
					break
				}
			}
		}
		for k := i; k < i+n; k++ {
			terms[k].Soft = true
		}
		if n > 0 {
			i += n - 1
		}
	}
}

func matchFolded(words, want []string) bool {
	for i := range want {
		if vi.FoldWord(words[i]) != want[i] {
			return false
		}
	}
	return true
}

// clean drops control characters (NUL among them), cuts the query to
// MaxQueryRunes and normalises it to NFC.
func clean(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > MaxQueryRunes {
		s = string([]rune(s)[:MaxQueryRunes])
	}
	return vi.Normalize(s)
}

// tokens splits text into words as the index does.
func tokens(text string) []string {
	var out []string
	for _, t := range vi.Tokenize(text) {
		out = append(out, t.Text)
	}
	return out
}
