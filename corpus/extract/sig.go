package extract

import "unicode/utf8"

// A wordSig is a Bloom filter of the words of one lower-cased sentence.
// A keyword whose first word is not in it does not occur in the sentence,
// so each rule's keyword search is skipped for most sentences after one
// pass over the sentence.
type wordSig [4]uint64

// sigOf returns the signature of the words of lower: runs of letters and
// digits, split at white space and punctuation.
func sigOf(lower string) wordSig {
	var sig wordSig
	start := -1
	for i := 0; i < len(lower); {
		c := lower[i]
		n, sep := 1, false
		switch {
		case c < utf8.RuneSelf:
			sep = !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
		case c < 0xC2:
			// a stray continuation byte or an invalid one
			sep = true
		case c == 0xC2:
			// U+0080–U+00BF: no-break space, «, », ·, signs
			n, sep = 2, true
		case c < 0xE0:
			// U+00C0–U+07FF: Latin letters with marks, combining marks
			n = 2
		case c < 0xE2:
			// U+0800–U+1FFF: Vietnamese letters with tone marks (U+1EA0–)
			n = 3
		case c < 0xF0:
			// U+2000–U+FFFF: quotes, dashes, ellipses, other scripts
			n, sep = 3, true
		default:
			n, sep = 4, true
		}
		if sep {
			if start >= 0 {
				sig.add(lower[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		sig.add(lower[start:])
	}
	return sig
}

// hashWord is FNV-1a.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

func (sig *wordSig) add(w string) {
	h := hashWord(w)
	sig[h>>62] |= 1 << (h & 63)
	sig[(h>>54)&3] |= 1 << ((h >> 6) & 63)
}

func (sig *wordSig) has(w string) bool {
	h := hashWord(w)
	return sig[h>>62]&(1<<(h&63)) != 0 && sig[(h>>54)&3]&(1<<((h>>6)&63)) != 0
}

// mayHave reports whether any of the phrases may occur in the sentence of
// sig: whether the first word of one is in it.
func (sig *wordSig) mayHave(phrases []string) bool {
	for _, p := range phrases {
		end := 0
		for end < len(p) && p[end] != ' ' && p[end] != ',' && p[end] != ':' {
			end++
		}
		if end == 0 || sig.has(p[:end]) {
			return true
		}
	}
	return false
}
