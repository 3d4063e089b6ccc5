package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fastPathTexts are the lines of the sample pages, in NFC and NFD, and
// strings with the runes the fast paths treat apart.
func fastPathTexts(t *testing.T) []string {
	pages, _ := filepath.Glob("../sample/*.html")
	texts := []string{"", " ", "  a  b  ", "a\u00a0\u2009b\u202fc\u200bd\u00ade\ufeff", "Ð ð Ɖ", "İ K \u212a ẞ", "x\xffy\xe1\xbb",
		"“Tham luận” – «Báo cáo» … \"T\" ", "TP. Hà Nội. PGS.TS Nguyễn Văn A! Ông B? Sáng 13/7.", "\u3000a\u1680b\u0085"}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(b), "\n") {
			texts = append(texts, l, norm.NFD.String(l))
		}
	}
	return texts
}

// TestFastPaths checks the text helpers against their definitions.
func TestFastPaths(t *testing.T) {
	lowerKeepDef := func(s string) string {
		return strings.Map(func(r rune) rune {
			if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
				return l
			}
			return r
		}, s)
	}
	cleanTextDef := func(s string) string {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u00D0':
				return 'Đ'
			case '\u00F0':
				return 'đ'
			case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD':
				return -1
			}
			return r
		}, norm.NFC.String(s))
		return strings.Join(strings.Fields(s), " ")
	}
	for _, s := range fastPathTexts(t) {
		if got, want := lowerKeep(s), lowerKeepDef(s); got != want {
			t.Errorf("lowerKeep(%q) = %q, want %q", s, got, want)
		}
		if got, want := cleanText(s), cleanTextDef(s); got != want {
			t.Errorf("cleanText(%q) = %q, want %q", s, got, want)
		}
		for _, chars := range []string{"“\"«", "”\"“", "»"} {
			if got, want := newRuneSet(chars).index(s), strings.IndexAny(s, chars); got != want {
				t.Errorf("index(%q, %q) = %d, want %d", s, chars, got, want)
			}
		}
		for _, p := range []endPattern{reTitleLead, rePresentVerb} {
			l := lowerKeep(s)
			if got, want := p.ReplaceAllString(l, ""), p.Regexp.ReplaceAllString(l, ""); got != want {
				t.Errorf("%v.ReplaceAllString(%q) = %q, want %q", p, l, got, want)
			}
		}
	}
}

// TestKeywords checks keywords against a search of each keyword in turn.
func TestKeywords(t *testing.T) {
	find := func(k keywords, s string) [][]int {
		var out [][]int
		for i := 0; i < len(s); {
			var best []int
			for _, w := range k {
				if j := strings.Index(s[i:], w); j >= 0 && (best == nil || i+j < best[0] || i+j == best[0] && i+j+len(w) > best[1]) {
					best = []int{i + j, i + j + len(w)}
				}
			}
			if best == nil {
				break
			}
			out = append(out, best)
			i = best[1]
		}
		return out
	}
	sets := []keywords{reChair, reModerator, reAttend, reOpening, reClosing, reKeynote, rePaper, {"ab", "abc", "b", "bc"}}
	texts := append(fastPathTexts(t), "kết luận hội nghị, kết luận, tổng kết hội thảo và phát biểu kết luận", "abcbcab")
	for _, s := range texts {
		s = lowerKeep(s)
		for _, k := range sets {
			got, want := k.FindAllStringIndex(s, -1), find(k, s)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%q in %q: %v, want %v", k, s, got, want)
			}
		}
	}
}
