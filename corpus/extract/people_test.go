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

// TestResolveEdeShort: an Ê Đê name's short form keeps its prefix and
// given name and drops the clan name that ends it.
func TestResolveEdeShort(t *testing.T) {
	known := []*person{{Name: "Y Thuyên Êban"}, {Name: "H’Nga Byă"}, {Name: "Nguyễn Văn Nga"}}
	for short, want := range map[string]string{"H’Nga": "H’Nga Byă", "Nga": "Nguyễn Văn Nga", "Êban": "Y Thuyên Êban"} {
		got := ""
		if p := resolveShort(short, known); p != nil {
			got = p.Name
		}
		if got != want {
			t.Errorf("resolveShort(%q) = %q, want %q", short, got, want)
		}
	}
	if p := resolveGiven("Y Thuyên", known); p == nil || p.Name != "Y Thuyên Êban" {
		t.Errorf("resolveGiven(%q) = %v, want Y Thuyên Êban", "Y Thuyên", p)
	}
}
