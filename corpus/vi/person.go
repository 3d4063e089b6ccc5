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

// rankPrefixes are the first letters of the first words of ranks.
var rankPrefixes = func() *prefixSet {
	var firsts []string
	for _, rw := range rankWords {
		firsts = append(firsts, rw[0])
	}
	return foldedPrefixes(firsts)
}()

// CutRank reports the rank at the start of s (in any case, NFC or NFD, old
// or new tone style: "Đại uý", "ĐẠI ÚY"), which must be followed by a
// space, a comma or the end of s. It returns the rank in canonical form and
// the rest of s after the rank and the commas and spaces that follow it. ok
// is false, and rest is s, when s does not start with a rank.
func CutRank(s string) (rank, rest string, ok bool) {
	i := spaceEnd(s, 0)
	if !rankPrefixes.mayBe(s[i:]) {
		return "", s, false
	}
	e1 := wordEnd(s, i)
	if e1 == i {
		return "", s, false
	}
	j := spaceEnd(s, e1)
	if j == e1 {
		return "", s, false
	}
	e2 := wordEnd(s, j)
	if e2 == j {
		return "", s, false
	}
	cut := ","
	if e2 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[e2:])
		// "Thượng tá. TS Nguyễn Thị A": a dot some write between the
		// rank and the titles.
		if r == '.' && e2+1 < len(s) && s[e2+1] == ' ' {
			if t, _ := CutTitles(s[e2+2:]); len(t) == 0 {
				return "", s, false
			}
			cut = ",."
		} else if r != ',' && !unicode.IsSpace(r) {
			return "", s, false
		}
	}
	first, second := Lower(s[i:e1]), ""
	for _, rw := range rankWords {
		if rw[0] != first {
			continue
		}
		if second == "" {
			second = Lower(s[j:e2]) // only when the first word is a rank's
		}
		if rw[1] == second {
			return rw[2], trimSeparators(s[e2:], cut), true
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
	// Foreign speakers' titles as programmes print them: "Prof. Dr.",
	// "Dr."; "Assoc. Prof." is read in matchTitle.
	"prof": "GS", "dr": "TS",
	// Nursing: "CNĐD" a bachelor of nursing, the "ĐD" of "ThS.ĐD" the
	// field of a master's degree, which names no title of its own.
	"cnđd": "CN", "đd": "",
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

// titlePrefixes are the first letters of the first words of titles,
// spelled out or abbreviated.
var titlePrefixes = func() *prefixSet {
	firsts := []string{"th", "assoc"}
	for _, p := range titlePhrases {
		firsts = append(firsts, p.words[0])
	}
	for w := range titleAbbrevs {
		firsts = append(firsts, w)
	}
	for w := range titleAbbrevsUpper {
		firsts = append(firsts, w)
	}
	return foldedPrefixes(firsts)
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
		if canon != "" {
			titles = append(titles, canon)
		}
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
	if !titlePrefixes.mayBe(s[i:]) {
		return "", -1
	}
	var starts, ends [maxTitleWords]int
	n := 0
	for at := i; n < maxTitleWords; n++ {
		e := wordEnd(s, at)
		if e == at {
			break
		}
		starts[n], ends[n] = at, e
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
	// The words in Lower form, each made when a phrase first needs it:
	// most words start no title, and only the first is looked at.
	var words [maxTitleWords]string
	word := func(k int) string {
		if words[k] == "" {
			words[k] = Lower(s[starts[k]:ends[k]])
		}
		return words[k]
	}
phrases:
	for _, p := range titlePhrases {
		if len(p.words) > n {
			continue
		}
		for k, w := range p.words {
			if word(k) != w {
				continue phrases
			}
		}
		return p.canon, ends[len(p.words)-1]
	}
	w, e := word(0), ends[0]
	if w == "th" && strings.HasPrefix(s[e:], ".") {
		if e2 := wordEnd(s, e+1); e2 > e+1 && Lower(s[e+1:e2]) == "s" {
			return "ThS", e2
		}
	}
	if w == "assoc" && strings.HasPrefix(s[e:], ".") {
		// "Assoc. Prof.": an associate professor.
		if at := spaceEnd(s, e+1); at > e+1 {
			if e2 := wordEnd(s, at); Lower(s[at:e2]) == "prof" {
				return "PGS", e2
			}
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
var honorifics = []string{"ông", "bà", "anh", "chị", "cô", "thầy", "ngài", "bạn"}

// honorificPrefixes are the first letters of the words of an address.
var honorificPrefixes = foldedPrefixes(append([]string{"đồng"}, honorifics...))

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
		if !honorificPrefixes.mayBe(s[i:]) {
			break
		}
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

// prefixSet is a set of the first two letters of words, folded (a to z,
// đ as d; 26 for no second letter), as a filter: a word that starts with
// no pair of the set is none of its words.
type prefixSet [27 * 27]bool

// foldedPrefixes returns the set of the first two letters of words.
func foldedPrefixes(words []string) *prefixSet {
	var set prefixSet
	for _, w := range words {
		f := Fold(w)
		if f == "" || f[0] < 'a' || f[0] > 'z' || len(f) > 1 && (f[1] < 'a' || f[1] > 'z') {
			panic("vi: " + w + " does not start with Vietnamese letters")
		}
		second := 26
		if len(f) > 1 {
			second = int(f[1] - 'a')
		}
		set[int(f[0]-'a')*27+second] = true
	}
	return &set
}

// mayBe reports whether Lower of the word s starts with may be a word of
// the set, from its first two letters: Normalize, lower-casing and NFC
// change the case and the marks of Vietnamese letters, never the letters.
// It reports true when they are letters of another kind.
func (set *prefixSet) mayBe(s string) bool {
	letters := [2]int{26, 26}
	n := 0
word:
	for _, r := range s {
		if n == len(letters) {
			break
		}
		var c byte
		switch {
		case 'a' <= r && r <= 'z':
			c = byte(r)
		case 'A' <= r && r <= 'Z':
			c = byte(r) + 'a' - 'A'
		case r < utf8.RuneSelf:
			break word // the end of the word
		case r == dStrokeLower || r == dStrokeUpper || r == ethLower || r == ethUpper || r == africanD:
			c = 'd'
		case isDiacritic(r):
			continue
		default:
			i, ok := vowelOf(r)
			if !ok {
				return true // another letter: Lower says
			}
			c = vowelBase[i.v]
		}
		letters[n] = int(c - 'a')
		n++
	}
	return set[letters[0]*27+letters[1]]
}
