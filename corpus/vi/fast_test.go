package vi

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// fastPathWords are words in every form the fast paths must handle as the
// general ones do: old and new tone placement, NFD, capitals, đ and its
// look-alikes, words that are no syllables, other letters and marks.
func fastPathWords() []string {
	words := strings.Fields(paragraph + ` Hoà HOÀ hòa Thuỷ THỦY Uỷ ỦY lựơng baỏ Ðại ðồng Ɖông gì giữ quốc QUỐC
		nghiêng NGHIÊNG khuya Khoẻ café COVID Huawei Đắk Lắk Ω Ⅻ Ⓘ İstanbul ǅ ß ĳ a̐ ð/c Đ/C 2023 x\u0301y`)
	var out []string
	for _, w := range words {
		out = append(out, w, strings.ToUpper(w), strings.ToLower(w), norm.NFD.String(w))
	}
	return out
}

func TestLowerFastPath(t *testing.T) {
	for _, w := range fastPathWords() {
		if got, want := Lower(w), norm.NFC.String(strings.ToLower(Normalize(w))); got != want {
			t.Errorf("Lower(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestKeyFastPath(t *testing.T) {
	words := fastPathWords()
	for _, s := range append(words, strings.Join(words, " "), paragraph, "“Hội thảo” – 2023…", "", " ,. ") {
		k, ok := keyVietnamese(s)
		if !ok {
			continue
		}
		var b strings.Builder
		space := false
		for _, r := range Fold(s) {
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
		if k != b.String() {
			t.Errorf("keyVietnamese(%q) = %q, want %q", s, k, b.String())
		}
	}
}

// TestPrefixSets checks that the filters in front of CutHonorific, CutRank
// and CutTitles let their words through in any form.
func TestPrefixSets(t *testing.T) {
	sets := []struct {
		set   *prefixSet
		words []string
	}{
		{honorificPrefixes, append([]string{"đồng"}, honorifics...)},
		{rankPrefixes, Ranks},
		{titlePrefixes, []string{"Phó Giáo sư", "Tiến sỹ", "Thạc sĩ", "Th.S", "ThS", "PGS", "TSKH", "NGƯT", "NGUT", "Nhà giáo", "Kĩ sư", "Dược sĩ"}},
	}
	for _, s := range sets {
		for _, w := range s.words {
			for _, v := range []string{w, strings.ToUpper(w), norm.NFD.String(w), Normalize(w)} {
				if !s.set.mayBe(v) {
					t.Errorf("mayBe(%q) = false", v)
				}
			}
		}
	}
	if titlePrefixes.mayBe("Trường") || rankPrefixes.mayBe("Học") || honorificPrefixes.mayBe("Việt") {
		t.Error("a prefix set lets through a word that starts none of its words")
	}
}
