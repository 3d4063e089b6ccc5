package vi

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ranks lists the canonical ranks of the people's armed forces, highest
// first.
var Ranks = []string{
	"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
	"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
	"Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
}

// rankWords holds the two syllables of every rank in Lower form, from a
// private copy so that callers changing Ranks cannot break CutRank.
var rankWords = func() [][3]string {
	var rw [][3]string
	for _, r := range Ranks {
		f := strings.Fields(Lower(r))
		rw = append(rw, [3]string{f[0], f[1], r})
	}
	return rw
}()

// CutRank reports the rank at the start of s (in any case, NFC or NFD, old
// or new tone style: "Đại uý", "ĐẠI ÚY"), which must be followed by a
// space, a comma or the end of s. It returns the rank in canonical form and
// the rest of s after the rank and the commas and spaces that follow it. ok
// is false, and rest is s, when s does not start with a rank.
func CutRank(s string) (rank, rest string, ok bool) {
	i := spaceEnd(s, 0)
	e1 := wordEnd(s, i)
	j := spaceEnd(s, e1)
	if e1 == i || j == e1 {
		return "", s, false
	}
	e2 := wordEnd(s, j)
	if e2 == j {
		return "", s, false
	}
	if e2 < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[e2:]); r != ',' && !unicode.IsSpace(r) {
			return "", s, false
		}
	}
	first, second := Lower(s[i:e1]), Lower(s[j:e2])
	for _, rw := range rankWords {
		if rw[0] == first && rw[1] == second {
			return rw[2], trimSeparators(s[e2:], ","), true
		}
	}
	return "", s, false
}

// titleAbbrevs maps the Lower form of an abbreviated title, degree or
// honour to its canonical spelling.
var titleAbbrevs = map[string]string{
	"gs": "GS", "pgs": "PGS", "tskh": "TSKH", "ts": "TS", "ths": "ThS",
	"cn": "CN", "bs": "BS", "ks": "KS", "ds": "DS", "ls": "LS",
	"ngưt": "NGƯT", "ngnd": "NGND", "nsnd": "NSND", "nsưt": "NSƯT",
}

// titleAbbrevsUpper are the diacritic-free spellings of honours, accepted
// only in capitals: "Ngut" could be a word, "NGUT" cannot.
var titleAbbrevsUpper = map[string]string{"ngut": "NGƯT", "nsut": "NSƯT"}

// titlePhrase is a spelled-out title, as syllables in Lower form.
type titlePhrase struct {
	words []string
	canon string
}

var titlePhrases = func() []titlePhrase {
	spelled := []struct{ phrase, canon string }{
		{"phó giáo sư", "PGS"},
		{"giáo sư", "GS"},
		{"tiến sĩ khoa học", "TSKH"},
		{"tiến sỹ khoa học", "TSKH"},
		{"tiến sĩ", "TS"},
		{"tiến sỹ", "TS"},
		{"thạc sĩ", "ThS"},
		{"thạc sỹ", "ThS"},
		{"cử nhân", "CN"},
		{"bác sĩ", "BS"},
		{"bác sỹ", "BS"},
		{"kỹ sư", "KS"},
		{"kĩ sư", "KS"},
		{"dược sĩ", "DS"},
		{"dược sỹ", "DS"},
		{"luật sư", "LS"},
		{"nhà giáo ưu tú", "NGƯT"},
		{"nhà giáo nhân dân", "NGND"},
		{"nghệ sĩ nhân dân", "NSND"},
		{"nghệ sỹ nhân dân", "NSND"},
		{"nghệ sĩ ưu tú", "NSƯT"},
		{"nghệ sỹ ưu tú", "NSƯT"},
	}
	var ps []titlePhrase
	for _, s := range spelled {
		ps = append(ps, titlePhrase{words: strings.Fields(Lower(s.phrase)), canon: s.canon})
	}
	// Longest first, so "Tiến sĩ khoa học" wins over "Tiến sĩ".
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	return ps
}()

// maxTitleWords is the length of the longest spelled-out title.
const maxTitleWords = 4

// CutTitles reads the academic titles, degrees and honours at the start of
// s and returns them as canonical abbreviations (GS, PGS, TSKH, TS, ThS, CN,
// BS, KS, DS, LS, NGƯT, NGND, NSND, NSƯT) in printed order, with the rest of
// s. Titles may be abbreviated in any of the printed spellings ("PGS.TS",
// "PGS, TS", "PGS. TS.", "PGS-TS", "GS.TS.BS", "Ths", "Th.S") or spelled out
// ("Phó Giáo sư, Tiến sĩ", "thạc sỹ", "Nhà giáo ưu tú"), joined by commas,
// dots, hyphens or spaces.
//
// Every title must be followed by a separator and more text, so the start
// of a name is never taken for a title ("Thân Văn A"), and a string made of
// titles alone is returned unchanged. CutTitles returns nil and s when s
// does not start with a title.
func CutTitles(s string) (titles []string, rest string) {
	i := spaceEnd(s, 0)
	for {
		canon, end := matchTitle(s, i)
		if end < 0 {
			break
		}
		next := titleSepEnd(s, end)
		if next == len(s) {
			return nil, s
		}
		if next == end {
			break
		}
		titles = append(titles, canon)
		i = next
	}
	if titles == nil {
		return nil, s
	}
	return titles, s[i:]
}

// matchTitle returns the canonical title written at s[i:] and the offset
// just after it, or end -1.
func matchTitle(s string, i int) (canon string, end int) {
	var words [maxTitleWords]string
	var ends [maxTitleWords]int
	n := 0
	for at := i; n < maxTitleWords; n++ {
		e := wordEnd(s, at)
		if e == at {
			break
		}
		words[n], ends[n] = Lower(s[at:e]), e
		next := spaceEnd(s, e)
		if next == e {
			n++
			break
		}
		at = next
	}
	if n == 0 {
		return "", -1
	}
phrases:
	for _, p := range titlePhrases {
		if len(p.words) > n {
			continue
		}
		for k, w := range p.words {
			if words[k] != w {
				continue phrases
			}
		}
		return p.canon, ends[len(p.words)-1]
	}
	w, e := words[0], ends[0]
	if w == "th" && strings.HasPrefix(s[e:], ".") {
		if e2 := wordEnd(s, e+1); e2 > e+1 && Lower(s[e+1:e2]) == "s" {
			return "ThS", e2
		}
	}
	if c, ok := titleAbbrevs[w]; ok {
		return c, e
	}
	if c, ok := titleAbbrevsUpper[w]; ok && isUpperWord(s[i:e]) {
		return c, e
	}
	return "", -1
}

// titleSepEnd skips the separators that may follow a title.
func titleSepEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ',' && r != '.' && r != '-' && r != '–' && !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// honorifics are the addresses written before a name, in Lower form.
var honorifics = []string{"ông", "bà", "anh", "chị", "cô", "thầy", "ngài"}

// CutHonorific removes a leading address or honorific ("đồng chí", "đ/c",
// "ông", "bà", "anh", "chị", "cô", "thầy", "ngài", in any case) followed by
// a space and more text, and the spaces after it. ok is false, and rest is
// s, when there is none.
func CutHonorific(s string) (rest string, ok bool) {
	i := spaceEnd(s, 0)
	end := -1
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case (r == dStrokeLower || r == dStrokeUpper || r == ethLower || r == ethUpper) &&
		(strings.HasPrefix(s[i+size:], "/c") || strings.HasPrefix(s[i+size:], "/C")):
		end = i + size + 2
	default:
		e := wordEnd(s, i)
		if e == i {
			break
		}
		w := Lower(s[i:e])
		if w == "đồng" {
			j := spaceEnd(s, e)
			if e2 := wordEnd(s, j); j > e && e2 > j && Lower(s[j:e2]) == "chí" {
				end = e2
			}
			break
		}
		for _, h := range honorifics {
			if w == h {
				end = e
				break
			}
		}
	}
	if end < 0 {
		return s, false
	}
	next := spaceEnd(s, end)
	if next == end || next == len(s) {
		return s, false
	}
	return s[next:], true
}

// wordEnd returns the end of the run of letters and marks starting at i, i
// itself when there is none.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetterOrMark(r) {
			break
		}
		i += size
	}
	return i
}

// spaceEnd returns the end of the run of white space starting at i.
func spaceEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// trimSeparators trims white space and the runes of cutset from the start
// of s.
func trimSeparators(s, cutset string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(cutset, r)
	})
}

// isUpperWord reports whether every letter of w is upper case.
func isUpperWord(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}
