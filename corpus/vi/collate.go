package vi

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// alphabet is the Vietnamese alphabet with the letters it lacks (f, j, w,
// z) where the Latin alphabet has them, so foreign words sort sensibly.
const alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

// Primary weights: separators sort before digits, digits before letters,
// letters outside the alphabet after it, by code point.
const (
	weightSpace  = 1
	weightDigit  = 2
	weightLetter = 100
	weightOther  = 1000
)

var letterWeight = func() map[rune]int32 {
	m := map[rune]int32{}
	i := int32(0)
	for _, r := range alphabet {
		m[r] = weightLetter + i
		i++
	}
	return m
}()

// collElem is one collation element: a letter's place in the alphabet, its
// tone and its case.
type collElem struct {
	primary int32
	tone    uint8
	upper   bool
}

// CompareCollate compares a and b in Vietnamese alphabetical order and
// returns -1, 0 or +1. Letters sort as a ă â b c d đ e ê g h i k l m n o ô ơ
// p q r s t u ư v x y; tones (none, huyền, sắc, hỏi, ngã, nặng) only decide
// between strings whose letters are equal, and case only between strings
// that are otherwise equal, lower case first. Old and new tone placement,
// NFC and NFD compare equal in letters and tones.
func CompareCollate(a, b string) int {
	na, nb := Normalize(a), Normalize(b)
	ka, kb := collationKey(na), collationKey(nb)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if c := cmp.Compare(ka[i].primary, kb[i].primary); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(len(ka), len(kb)); c != 0 {
		return c
	}
	for i := range ka {
		if c := cmp.Compare(ka[i].tone, kb[i].tone); c != 0 {
			return c
		}
	}
	for i := range ka {
		if ka[i].upper != kb[i].upper {
			if ka[i].upper {
				return 1
			}
			return -1
		}
	}
	return strings.Compare(na, nb)
}

// collationKey returns the collation elements of s (normalised). Runs of
// separators count as one space and are dropped at the ends.
func collationKey(s string) []collElem {
	key := make([]collElem, 0, len(s))
	space := false
	for _, r := range s {
		e := collElem{}
		switch {
		case r == dStrokeLower || r == dStrokeUpper:
			e = collElem{primary: letterWeight['đ'], upper: r == dStrokeUpper}
		case '0' <= r && r <= '9':
			e.primary = weightDigit + r - '0'
		case isDiacritic(r):
			continue
		case !isWordRune(r):
			space = len(key) > 0
			continue
		default:
			if i, ok := vowelOf(r); ok {
				e = collElem{primary: letterWeight[vowelLetter[i.v]], tone: i.tone, upper: i.upper}
				break
			}
			lr := unicode.ToLower(r)
			e.upper = lr != r
			if d := decomposition(lr); d != nil {
				lr, _ = utf8.DecodeRune(d)
			}
			if w, ok := letterWeight[lr]; ok {
				e.primary = w
			} else if unicode.IsDigit(lr) {
				e.primary = weightDigit
			} else {
				e.primary = weightOther + lr
			}
		}
		if space {
			key = append(key, collElem{primary: weightSpace})
			space = false
		}
		key = append(key, e)
	}
	return key
}
