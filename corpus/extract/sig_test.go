package extract

import "testing"

func TestWordSig(t *testing.T) {
	for _, tc := range []struct {
		lower   string
		phrases []string
		want    bool
	}{
		{"đại tá nguyễn văn a trình bày tham luận “an ninh mạng”", []string{"tham luận"}, true},
		{"đại tá nguyễn văn a trình bày tham luận “an ninh mạng”", []string{"khai mạc", "chủ trì"}, false},
		{"với tham luận “chuyển đổi số”, ts b cho biết", []string{"chuyển đổi"}, true},
		{"(tham luận)", keywords{"tham luận"}, true},
		{"hội thảo—diễn giả", keywords{"diễn giả"}, true},
		{"hội thảo…diễn giả", keywords{"diễn giả"}, true},
		{"kết luận, đồng chí x", keywords{"kết luận,"}, true},
		{"ông a phát biểu khai mạc", keywords{"bế mạc", "kết luận,"}, false},
		{"", keywords{"tham luận"}, false},
		{"x", []string{""}, true},
	} {
		sig := sigOf(tc.lower)
		if got := sig.mayHave(tc.phrases); got != tc.want {
			t.Errorf("sigOf(%q).mayHave(%q) = %v, want %v", tc.lower, tc.phrases, got, tc.want)
		}
	}
}

// TestWordSigNoFalseNegative checks the filter against substring search
// over the fixtures: whenever a keyword list matches a sentence, the
// sentence's signature must say it may.
func TestWordSigNoFalseNegative(t *testing.T) {
	lists := []keywords{reChair, reModerator, reAttend, reOpening, reClosing, reKeynote, rePaper, honourVerbs, honours,
		ownedPapers, discussionWords, shareOf, keywords(papersOf)}
	for _, s := range fastPathTexts(t) {
		for _, sent := range sentences(s) {
			lower := lowerKeep(sent)
			sig := sigOf(lower)
			for _, k := range lists {
				if k.FindAllStringIndex(lower, 1) != nil && !sig.mayHave(k) {
					t.Errorf("%q matches %q but its signature says it cannot", k, lower)
				}
			}
		}
	}
}
