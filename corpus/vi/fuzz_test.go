package vi

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "hoà", "HOÀ", "Thuỷ", "uỷ", "oè", "lựơng", "baỏ", "qúy", "gìa", "giừơng",
		"hoa\u0300", "Vie\u0302\u0323t", "Ðảng uỷ", "hóà", "COVID-19", "Huawei",
		"Học viện Chính trị CAND, PGS.TS Trần Quốc Tỏ", "a\u0300\u0301", "\u0301hoa",
		"ǹ", "Москва", "東京", "\xff\xfeho\xe0", "Đắk Lắk", "khuỷu", "ngoẻo",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if nn := Normalize(n); nn != n {
			t.Errorf("Normalize not idempotent: Normalize(%+q) = %+q, Normalize of that = %+q", s, n, nn)
		}
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(n) {
			t.Errorf("Normalize(%+q) = %+q, not NFC", s, n)
		}
		if w := NormalizeWord(s); w != n {
			t.Errorf("NormalizeWord(%+q) = %+q, Normalize = %+q", s, w, n)
		}
		if a, b := Fold(n), Fold(s); a != b {
			t.Errorf("Fold(Normalize(%+q)) = %+q, Fold = %+q", s, a, b)
		}
		if k := Key(s); Key(k) != k {
			t.Errorf("Key not idempotent: Key(%+q) = %+q, Key of that = %+q", s, k, Key(k))
		}
		end := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("Tokenize(%+q): bad token %+v after offset %d", s, tok, end)
			}
			end = tok.End
		}
		// The rest must not panic.
		Lower(s)
		HasDiacritics(s)
		CutRank(s)
		CutTitles(s)
		CutHonorific(s)
		Expand(s)
		Expansions(s)
		Contractions(s)
		if CompareCollate(s, s) != 0 || CompareCollate(s, n) != -CompareCollate(n, s) {
			t.Errorf("CompareCollate(%+q, %+q) inconsistent", s, n)
		}
	})
}
