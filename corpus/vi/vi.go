// Package vi owns thamluan's rules for Vietnamese text: Unicode
// normalisation and canonical tone-mark placement, folding to a
// diacritic-free form, tokenising, matching keys, ranks, academic titles and
// honorifics in front of names, abbreviations, and alphabetical order.
//
// Text arrives as NFC, NFD or a mix of both, with the tone mark of a
// syllable in the old place ("hoà", "thuỷ", "uỷ") or the new one ("hòa",
// "thủy", "ủy"), sometimes misplaced ("lựơng"), with Ð (eth) typed for Đ,
// and typed by users without diacritics at all. Normalize makes the first
// group equal; Fold and Key make all of them equal.
//
// The package is a leaf: it depends on the standard library and
// golang.org/x/text only.
package vi

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC, with Ð/ð mapped to Đ/đ and the tone mark of
// every Vietnamese syllable on its canonical vowel ("hoà" → "hòa", "uỷ" →
// "ủy", "lựơng" → "lượng", "baỏ" → "bảo"). Case is preserved. Words that are
// not Vietnamese syllables ("COVID", "Huawei", "café") and everything that
// is not a letter are only brought to NFC.
func Normalize(s string) string {
	if isASCII(s) {
		return s
	}
	s = norm.NFC.String(s)
	if hasEth(s) {
		s = strings.Map(mapEth, s)
	}
	var out []byte
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetterOrMark(r) {
			i += size
			continue
		}
		j := i + size
		ascii := size == 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isLetterOrMark(r) {
				break
			}
			j += size
			ascii = ascii && size == 1
		}
		if ascii {
			i = j
			continue
		}
		if w, changed := placeTone(s[i:j]); changed {
			if out == nil {
				out = make([]byte, 0, len(s)+8)
			}
			out = append(out, s[last:i]...)
			out = append(out, w...)
			last = j
		}
		i = j
	}
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}

// NormalizeWord is Normalize for one word. It is the analyzers' hot path:
// it does not allocate when w is ASCII or already canonical.
func NormalizeWord(w string) string {
	if isASCII(w) {
		return w
	}
	return Normalize(w)
}

// hasEth reports whether s holds Ð, ð or Ɖ, faster than strings.ContainsAny.
func hasEth(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC3: // Ð U+00D0, ð U+00F0
			if s[i+1] == 0x90 || s[i+1] == 0xB0 {
				return true
			}
		case 0xC6: // Ɖ U+0189
			if s[i+1] == 0x89 {
				return true
			}
		}
	}
	return false
}

func mapEth(r rune) rune {
	switch r {
	case ethUpper, africanD:
		return dStrokeUpper
	case ethLower:
		return dStrokeLower
	}
	return r
}

// Lower returns Normalize(s) in lower case (Đ → đ).
func Lower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if l, ok := lowerSyllable(s); ok {
		return l
	}
	return norm.NFC.String(strings.ToLower(Normalize(s)))
}

// Fold returns the matching form of s: normalised, in lower case, without
// diacritics, and with đ as d ("Đảng uỷ" → "dang uy"). Diacritics are the
// combining marks of the Unicode diacritical blocks, so Latin, Greek and
// Cyrillic letters lose theirs while the vowel signs of other scripts stay.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if out, ok := foldVietnamese(s); ok {
		return out
	}
	s = Normalize(s)
	out := make([]byte, 0, len(s))
	other := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			out = append(out, byte(r))
			continue
		case r == dStrokeLower || r == dStrokeUpper:
			out = append(out, 'd')
			continue
		case isDiacritic(r):
			continue
		}
		if i, ok := vowelOf(r); ok {
			out = append(out, vowelBase[i.v])
			continue
		}
		other = true
		r = unicode.ToLower(r)
		d := decomposition(r)
		if d == nil {
			out = utf8.AppendRune(out, r)
			continue
		}
		for len(d) > 0 {
			dr, size := utf8.DecodeRune(d)
			if !isDiacritic(dr) {
				out = utf8.AppendRune(out, dr)
			}
			d = d[size:]
		}
	}
	if other {
		return norm.NFC.String(string(out))
	}
	return string(out)
}

// foldVietnamese folds text made only of ASCII, Vietnamese letters (NFC or
// NFD, any tone placement: the tone goes anyway) and đ with its
// look-alikes, without normalising it first. ok is false for any other
// letter, which takes the general path.
func foldVietnamese(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			out = append(out, byte(r))
		case r == dStrokeLower || r == dStrokeUpper || r == '\u00D0' || r == '\u00F0' || r == '\u0189':
			out = append(out, 'd')
		case isDiacritic(r):
		default:
			if i, ok := vowelOf(r); ok {
				out = append(out, vowelBase[i.v])
				continue
			}
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				return "", false
			}
			// Punctuation and symbols (“ ” – …) fold to themselves, unless
			// normalisation changes them (U+037E is ";" in NFC).
			var buf [utf8.UTFMax]byte
			if !norm.NFC.IsNormal(utf8.AppendRune(buf[:0], r)) {
				return "", false
			}
			out = utf8.AppendRune(out, r)
		}
	}
	return string(out), true
}

// FoldWord is Fold for one token. It does not allocate when w is ASCII in
// lower case.
func FoldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return Fold(w)
		}
	}
	return w
}

// Key returns the form two names are matched by: Fold(s) with everything
// but letters, digits and marks turned into spaces, runs of spaces collapsed
// and the ends trimmed ("Học viện Chính trị CAND" → "hoc vien chinh tri
// cand").
func Key(s string) string {
	if k, ok := keyVietnamese(s); ok {
		return k
	}
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		if !isWordRune(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// keyVietnamese is Key in one pass for the text foldVietnamese folds: ok
// is false for any other.
func keyVietnamese(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is due before the next word rune
	for _, r := range s {
		var c byte // the rune folded, when it is a letter or digit of ASCII
		switch {
		case r < utf8.RuneSelf:
			c = byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				space = b.Len() > 0
				continue
			}
		case r == dStrokeLower || r == dStrokeUpper || r == ethLower || r == ethUpper || r == africanD:
			c = 'd'
		case isDiacritic(r):
			continue
		default:
			if i, ok := vowelOf(r); ok {
				c = vowelBase[i.v]
				break
			}
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				return "", false
			}
			// Punctuation and symbols separate words; other digits are
			// kept.
			if !isWordRune(r) {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// HasDiacritics reports whether s has a letter with a Vietnamese mark (a
// tone, breve, circumflex or horn), in NFC or NFD, or an Đ/đ.
func HasDiacritics(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		switch r {
		case dStrokeUpper, dStrokeLower, ethUpper, ethLower, africanD:
			return true
		}
		if isVietnameseMark(r) {
			return true
		}
		d := decomposition(r)
		for len(d) > 0 {
			dr, size := utf8.DecodeRune(d)
			if isVietnameseMark(dr) {
				return true
			}
			d = d[size:]
		}
	}
	return false
}

// Token is a word of a string with its byte offsets in that string (End
// exclusive).
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits s into words: maximal runs of letters, digits and
// combining marks, so that NFD words stay whole; everything else separates
// ("PGS.TS" → "PGS", "TS"; "COVID-19" → "COVID", "19"). Offsets refer to s
// as given.
func Tokenize(s string) []Token {
	var toks []Token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, Token{Text: s[start:i], Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, Token{Text: s[start:], Start: start, End: len(s)})
	}
	return toks
}

// decomposition returns the canonical decomposition of r, nil when it has
// none.
func decomposition(r rune) []byte {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return norm.NFD.Properties(buf[:n]).Decomposition()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isLetterOrMark(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	if _, ok := vowelOf(r); ok {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isDiacritic reports whether r is a combining mark from one of the
// diacritical mark blocks.
func isDiacritic(r rune) bool {
	return r >= 0x0300 && r <= 0x036F || // Combining Diacritical Marks
		r >= 0x1AB0 && r <= 0x1AFF || // … Extended
		r >= 0x1DC0 && r <= 0x1DFF || // … Supplement
		r >= 0x20D0 && r <= 0x20FF || // … for Symbols
		r >= 0xFE20 && r <= 0xFE2F // Combining Half Marks
}

// isVietnameseMark reports whether r is one of the combining marks
// Vietnamese writes: the five tones and the breve, circumflex and horn.
func isVietnameseMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', // tones
		'\u0340', '\u0341', // deprecated grave and acute tone marks
		'\u0302', '\u0306', '\u031B': // circumflex, breve, horn
		return true
	}
	return false
}
