package extract

import "testing"

// TestResolveShortDiacritics: a given name resolves to the person whose
// name ends with it as written ("Hưng" is not "Hùng"), and folded only
// when no one's does.
func TestResolveShortDiacritics(t *testing.T) {
	known := []*person{{Name: "Lê Đình Hùng"}, {Name: "Đặng Quang Hưng"}}
	for short, want := range map[string]string{"Hưng": "Đặng Quang Hưng", "Hùng": "Lê Đình Hùng", "Hung": ""} {
		got := ""
		if p := resolveShort(short, known); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("resolveShort(%q) = %q, want %q", short, got, want)
		}
	}
}
