package search

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Query
	}{
		{"học viện", Query{Terms: []Term{{Words: []string{"học"}}, {Words: []string{"viện"}}}}},
		{`"an ninh mạng" 2023`, Query{Terms: []Term{{Words: []string{"an", "ninh", "mạng"}, Phrase: true}, {Words: []string{"2023"}}}}},
		{`"unbalanced quote`, Query{Terms: []Term{{Words: []string{"unbalanced", "quote"}, Phrase: true}}}},
		{"-CSND an ninh", Query{Terms: []Term{{Words: []string{"an"}}, {Words: []string{"ninh"}}}, Exclude: []Term{{Words: []string{"CSND"}}}}},
		{`speaker:"Trần Quốc Tỏ" hội thảo`, Query{Speaker: "Trần Quốc Tỏ", Terms: []Term{{Words: []string{"hội"}}, {Words: []string{"thảo"}}}}},
		{"diễn giả: Bình", Query{Speaker: "Bình"}},
		{"academy:HVCSND", Query{Academy: "HVCSND"}},
		{"title:[", Query{Terms: []Term{{Words: []string{"title"}}}}},
		{"((", Query{}},
		{"a\x00b", Query{Terms: []Term{{Words: []string{"a"}}, {Words: []string{"b"}}}}},
		{"Ðặng", Query{Terms: []Term{{Words: []string{"Đặng"}}}}},
		{"Đảng uỷ", Query{Terms: []Term{{Words: []string{"Đảng"}}, {Words: []string{"ủy"}}}}},
	}
	for _, tt := range tests {
		got := Parse(tt.in)
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseLimits(t *testing.T) {
	q := Parse(strings.Repeat("học ", 5000))
	if n := len(q.Words()); n > MaxQueryRunes {
		t.Errorf("a 20,000-character query kept %d words", n)
	}
}

func TestSnippet(t *testing.T) {
	text := "Đại tá, TS Nguyễn Văn Thiết, Phó Giám đốc Học viện An ninh nhân dân cho biết, học viên được bồi dưỡng."
	s := MakeSnippet(text, []string{"hoc", "vien"}, 40)
	var marked []string
	for _, p := range s.Parts {
		if p.Match {
			marked = append(marked, p.Text)
		}
	}
	if diff := cmp.Diff([]string{"Học", "viện", "học", "viên"}, marked); diff != "" {
		t.Errorf("marked (-want +got):\n%s", diff)
	}
	if s.String() != text {
		t.Errorf("snippet text = %q, want the whole text", s.String())
	}
	if h := MakeSnippet("<b>x</b> học", []string{"hoc"}, 10).HTML(); h != "&lt;b&gt;x&lt;/b&gt; <mark>học</mark>" {
		t.Errorf("HTML = %q", h)
	}
	nfd := "Ho\u0323c vie\u0323\u0302n"
	if s := MakeSnippet(nfd, []string{"học"}, 10); len(s.Parts) == 0 || s.Parts[0].Text != "Ho\u0323c" || !s.Parts[0].Match {
		t.Errorf("NFD snippet = %+v", s.Parts)
	}
}

func TestValidate(t *testing.T) {
	bad := []Request{{Page: -1}, {Size: 1000}, {Kind: "x"}, {Year: "abc"}, {Year: "99999"}, {Sort: "x"}, {Page: MaxPage + 1}}
	for _, r := range bad {
		if err := r.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil, want an error", r)
		}
	}
	r := Request{}
	if err := r.Validate(); err != nil || r.Page != 1 || r.Size != DefaultSize {
		t.Errorf("defaults: %+v %v", r, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`"a b`, "-x", "speaker:", `academy:"HV`, "((", "\x00", "Ðặng uỷ", "-\"", "topic:-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Parse(s)
		Build(q, Request{}) // must not panic
		for _, tm := range q.Terms {
			if len(tm.Words) == 0 {
				t.Fatalf("empty term from %q", s)
			}
		}
	})
}
