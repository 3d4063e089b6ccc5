package vi

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The twelve Vietnamese vowel letters, in alphabetical order. A vowel is an
// index into these tables; its tone is kept apart from it.
const (
	vA = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	numVowels
)

// Quality marks, which make a vowel a different letter.
const (
	qualNone = iota
	qualBreve
	qualCirc
	qualHorn
)

// Tones, numbered in the order Vietnamese dictionaries sort them.
const (
	toneNone  = iota
	toneGrave // huyền
	toneAcute // sắc
	toneHook  // hỏi
	toneTilde // ngã
	toneDot   // nặng
	numTones
)

var (
	vowelBase = [numVowels]byte{'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}
	vowelQual = [numVowels]uint8{qualNone, qualBreve, qualCirc, qualNone, qualCirc, qualNone,
		qualNone, qualCirc, qualHorn, qualNone, qualHorn, qualNone}
	// vowelLetter is each vowel as the letter of the alphabet it is.
	vowelLetter = [numVowels]rune{'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'}
	qualMark    = [4]rune{0, '\u0306', '\u0302', '\u031B'}
	toneMark    = [numTones]rune{0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}
)

// vinfo describes one precomposed vowel letter.
type vinfo struct {
	v, tone uint8
	upper   bool
	ok      bool
}

// Every precomposed Vietnamese vowel lies in one of two ranges, so lookups
// are array indexing rather than map access on the hot path.
const (
	latinEnd = 0x01B1 // Basic Latin up to ư (U+01B0)
	extStart = 0x1EA0 // Latin Extended Additional: Ạ ..
	extEnd   = 0x1EFA // .. ỹ
)

var (
	latinVowels [latinEnd]vinfo
	extVowels   [extEnd - extStart]vinfo
	// composed[v][tone][upper] is the precomposed letter.
	composed [numVowels][numTones][2]rune
)

func init() {
	for v := range numVowels {
		for t := range numTones {
			for u := range 2 {
				b := rune(vowelBase[v])
				if u == 1 {
					b -= 'a' - 'A'
				}
				d := string(b)
				if m := qualMark[vowelQual[v]]; m != 0 {
					d += string(m)
				}
				if m := toneMark[t]; m != 0 {
					d += string(m)
				}
				c := norm.NFC.String(d)
				r, size := utf8.DecodeRuneInString(c)
				if size != len(c) {
					panic(fmt.Sprintf("vi: %+q does not compose", d))
				}
				composed[v][t][u] = r
				info := vinfo{v: uint8(v), tone: uint8(t), upper: u == 1, ok: true}
				switch {
				case r < latinEnd:
					latinVowels[r] = info
				case r >= extStart && r < extEnd:
					extVowels[r-extStart] = info
				default:
					panic(fmt.Sprintf("vi: %U outside the vowel tables", r))
				}
			}
		}
	}
	for _, n := range nuclei {
		code, ok := nucleusCodeOf(n)
		if !ok {
			panic("vi: bad nucleus " + n)
		}
		validNucleus[code] = true
	}
}

// vowelOf reports the vowel, tone and case of r when r is a Vietnamese vowel
// letter (precomposed, NFC).
func vowelOf(r rune) (vinfo, bool) {
	switch {
	case r < latinEnd:
		i := latinVowels[r]
		return i, i.ok
	case r >= extStart && r < extEnd:
		i := extVowels[r-extStart]
		return i, i.ok
	}
	return vinfo{}, false
}

// Đ and đ, and the look-alikes found in real text in their place.
const (
	dStrokeUpper = 'Đ' // U+0110
	dStrokeLower = 'đ' // U+0111
	ethUpper     = 'Ð' // U+00D0
	ethLower     = 'ð' // U+00F0
	africanD     = 'Ɖ' // U+0189
)

// nuclei lists the vowel nuclei a Vietnamese syllable can have, after the
// initial consonant cluster (so "qu" and "gi" are not part of them). A word
// whose vowels are not one of these is not a Vietnamese syllable and its
// marks are left where they are.
var nuclei = []string{
	"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
	"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu",
	"oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui",
	"uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
	"iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu",
	"uya", "uyê", "uyu",
}

// A nucleus of up to three vowels is coded in base numVowels+1.
const maxNucleusCode = (numVowels + 1) * (numVowels + 1) * (numVowels + 1)

var validNucleus [maxNucleusCode]bool

func nucleusCodeOf(s string) (int, bool) {
	code, n := 0, 0
	for _, r := range s {
		i, ok := vowelOf(r)
		if !ok || i.tone != toneNone {
			return 0, false
		}
		code = code*(numVowels+1) + int(i.v) + 1
		n++
	}
	return code, n >= 1 && n <= 3
}

// slot is one letter of a syllable.
type slot struct {
	r     rune  // the letter as written
	c     rune  // lower-case consonant ('b'..'z', 'đ'), or 0 for a vowel
	v     uint8 // the vowel when c == 0
	tone  uint8 // the vowel's tone
	upper bool
}

// maxSyllable bounds the letters of a syllable ("nghiêng" has seven).
const maxSyllable = 10

// isInitial reports whether the consonants cl are an initial cluster: b c
// ch d đ g gh h k kh l m n ng ngh nh p ph q r s t th tr v x. "gi" and "qu"
// are recognised apart, because their vowel letter belongs to the initial
// only when another vowel follows.
func isInitial(cl []slot) bool {
	switch len(cl) {
	case 0:
		return true
	case 1:
		switch cl[0].c {
		case 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		switch cl[1].c {
		case 'h':
			switch cl[0].c {
			case 'c', 'g', 'k', 'n', 'p', 't':
				return true
			}
		case 'g':
			return cl[0].c == 'n'
		case 'r':
			return cl[0].c == 't'
		}
	case 3:
		return cl[0].c == 'n' && cl[1].c == 'g' && cl[2].c == 'h'
	}
	return false
}

// isFinal reports whether the consonants cl are a final cluster: c ch m n
// ng nh p t, and k, which ends syllables in names from the Central
// Highlands (Đắk Lắk).
func isFinal(cl []slot) bool {
	switch len(cl) {
	case 0:
		return true
	case 1:
		switch cl[0].c {
		case 'c', 'k', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		switch cl[0].c {
		case 'c':
			return cl[1].c == 'h'
		case 'n':
			return cl[1].c == 'g' || cl[1].c == 'h'
		}
	}
	return false
}

// parseSyllable splits w (NFC) into letters. ok is false when w holds
// anything but Vietnamese letters or is too long to be one syllable.
func parseSyllable(w string, sl *[maxSyllable]slot) (n int, ok bool) {
	for _, r := range w {
		if n == maxSyllable {
			return 0, false
		}
		s := slot{r: r}
		switch {
		case r >= 'a' && r <= 'z':
			s.c = r
		case r >= 'A' && r <= 'Z':
			s.c, s.upper = r+('a'-'A'), true
		case r == dStrokeLower:
			s.c = 'đ'
		case r == dStrokeUpper:
			s.c, s.upper = 'đ', true
		default:
			i, ok := vowelOf(r)
			if !ok {
				return 0, false
			}
			s.v, s.tone, s.upper = i.v, i.tone, i.upper
		}
		if s.c != 0 {
			switch s.c {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				i, _ := vowelOf(r)
				s.c, s.v, s.tone = 0, i.v, i.tone
			}
		}
		sl[n] = s
		n++
	}
	return n, n > 0
}

// tonePosition returns the index in sl of the vowel that carries the tone
// in canonical placement, or ok false when sl is not a Vietnamese syllable.
//
// The rule: split off the initial cluster (with "gi" and "qu") and the final
// cluster; in the vowel nucleus, the tone goes on the last vowel with a
// quality mark (ă â ê ô ơ ư; so ơ in "ươ"); failing that, on the last vowel
// when a final consonant follows; failing that, on the middle of three
// vowels and on the first of one or two ("hòa", "thủy", "khỏe", "tài").
func tonePosition(sl []slot) (pos int, ok bool) {
	i := 0
	for i < len(sl) && sl[i].c != 0 {
		i++
	}
	if i == len(sl) {
		return 0, false
	}
	initial := sl[:i]
	if len(initial) == 1 {
		switch initial[0].c {
		case 'g':
			// "gi" is the initial when a vowel follows its i ("giá", "giữ");
			// otherwise the i is the nucleus ("gì", "gìn").
			if sl[i].v == vI && i+1 < len(sl) && sl[i+1].c == 0 {
				i++
			}
		case 'q':
			if sl[i].v != vU || i+1 >= len(sl) || sl[i+1].c != 0 {
				return 0, false
			}
			i++
		}
	}
	if !isInitial(initial) {
		return 0, false
	}
	start := i
	code := 0
	for i < len(sl) && sl[i].c == 0 {
		if i-start == 3 {
			return 0, false
		}
		code = code*(numVowels+1) + int(sl[i].v) + 1
		i++
	}
	if !validNucleus[code] {
		return 0, false
	}
	nucleus, final := sl[start:i], sl[i:]
	for _, s := range final {
		if s.c == 0 {
			return 0, false
		}
	}
	if !isFinal(final) {
		return 0, false
	}
	for k := len(nucleus) - 1; k >= 0; k-- {
		if vowelQual[nucleus[k].v] != qualNone {
			return start + k, true
		}
	}
	switch {
	case len(final) > 0:
		return start + len(nucleus) - 1, true
	case len(nucleus) == 3:
		return start + 1, true
	}
	return start, true
}

// placeTone returns w (one NFC word of letters) with its tone mark moved to
// the canonical vowel, and whether it changed anything. Words that are not
// Vietnamese syllables, or carry more than one tone, are left alone.
func placeTone(w string) (string, bool) {
	var buf [maxSyllable]slot
	n, ok := parseSyllable(w, &buf)
	if !ok {
		return w, false
	}
	sl := buf[:n]
	toned, pos, ok := toneMove(sl)
	if !ok {
		return w, false
	}
	tone := sl[toned].tone
	out := make([]byte, 0, len(w)+2)
	for i, s := range sl {
		r := s.r
		switch i {
		case toned:
			r = composedOf(s.v, toneNone, s.upper)
		case pos:
			r = composedOf(s.v, tone, s.upper)
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out), true
}

// toneMove returns the letter of sl that carries the tone and the one that
// should carry it; ok is false when the tone stays where it is, or sl has
// no tone, several tones, or is no Vietnamese syllable.
func toneMove(sl []slot) (from, to int, ok bool) {
	from = -1
	for i, s := range sl {
		if s.c == 0 && s.tone != toneNone {
			if from >= 0 {
				return 0, 0, false
			}
			from = i
		}
	}
	if from < 0 {
		return 0, 0, false
	}
	to, ok = tonePosition(sl)
	if !ok || to == from {
		return 0, 0, false
	}
	return from, to, true
}

// lowerSyllable returns Lower(w) for a word of Vietnamese letters only
// (ASCII letters, đ and the precomposed vowels): such a word is in NFC, and
// so is its lower case, so Lower comes down to placing the tone and
// lower-casing each letter. ok is false for any other word.
func lowerSyllable(w string) (string, bool) {
	var buf [maxSyllable]slot
	n, ok := parseSyllable(w, &buf)
	if !ok {
		return "", false
	}
	sl := buf[:n]
	toned, pos, move := toneMove(sl)
	same := !move
	for _, s := range sl {
		same = same && !s.upper
	}
	if same {
		return w, true
	}
	out := make([]byte, 0, len(w)+2)
	for i, s := range sl {
		r := s.c // a consonant, in lower case
		if r == 0 {
			tone := s.tone
			switch {
			case !move:
			case i == toned:
				tone = toneNone
			case i == pos:
				tone = sl[toned].tone
			}
			r = composedOf(s.v, tone, false)
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out), true
}

func composedOf(v, tone uint8, upper bool) rune {
	u := 0
	if upper {
		u = 1
	}
	return composed[v][tone][u]
}
