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

// Primary weights: digits sort before letters, and letters outside the
// alphabet after it, by code point.
const (
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
// p q r s t u ư v x y. Like a Vietnamese dictionary, the strings are
// compared word by word, and the tone (none, huyền, sắc, hỏi, ngã, nặng)
// decides between words whose letters are equal before the next word is
// looked at ("anh hùng" < "ánh sáng"). Case only decides between strings
// that are otherwise equal, lower case first. Old and new tone placement,
// NFC and NFD compare equal.
func CompareCollate(a, b string) int {
	na, nb := Normalize(a), Normalize(b)
	ka, kb := collationKey(na), collationKey(nb)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		wa, wb := ka[i], kb[i]
		for j := 0; j < len(wa) && j < len(wb); j++ {
			if c := cmp.Compare(wa[j].primary, wb[j].primary); c != 0 {
				return c
			}
		}
		if c := cmp.Compare(len(wa), len(wb)); c != 0 {
			return c
		}
		for j := range wa {
			if c := cmp.Compare(wa[j].tone, wb[j].tone); c != 0 {
				return c
			}
		}
	}
	if c := cmp.Compare(len(ka), len(kb)); c != 0 {
		return c
	}
	for i := range ka {
		for j := range ka[i] {
			if ua, ub := ka[i][j].upper, kb[i][j].upper; ua != ub {
				if ua {
					return 1
				}
				return -1
			}
		}
	}
	return strings.Compare(na, nb)
}

// collationKey returns the words of s (normalised) as collation elements.
func collationKey(s string) [][]collElem {
	var key [][]collElem
	var word []collElem
	for _, r := range s {
		var e collElem
		switch {
		case r == dStrokeLower || r == dStrokeUpper:
			e = collElem{primary: letterWeight['đ'], upper: r == dStrokeUpper}
		case '0' <= r && r <= '9':
			e.primary = weightDigit + r - '0'
		case isDiacritic(r):
			continue
		case !isWordRune(r):
			if word != nil {
				key = append(key, word)
				word = nil
			}
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
			} else {
				e.primary = weightOther + lr
			}
		}
		word = append(word, e)
	}
	if word != nil {
		key = append(key, word)
	}
	return key
}
