package corpus

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// misspelt is the sample article from another site that misprints the
// speaker's name.
func misspelt(url string) *Article {
	a := sampleArticle(url, "Báo Công an nhân dân")
	a.Title = "Phát triển đảng viên trong Công an nhân dân"
	a.Contributions[0].Speaker.Name = "Nguyễn Văn Thiếtt"
	a.People[1].Name = "Nguyễn Văn Thiếtt"
	return a
}

func TestMergePeople(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	u := addEditor(t, s)
	a1 := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	a2 := save(t, s, misspelt("https://b.example/1"))
	into := mustArticle(t, s, a1).Contributions[0].PersonID
	from := mustArticle(t, s, a2).Contributions[0].PersonID
	dup := mustArticle(t, s, a2).Contributions[0].ID
	kept := mustArticle(t, s, a1).Contributions[0].ID
	if from == into || dup == kept {
		t.Fatalf("the misprint met the right name: persons %d, %d", from, into)
	}
	seq := lastSeq(t, s)
	if err := s.MergePeople(ctx, from, into, u); err != nil {
		t.Fatal(err)
	}

	if _, err := s.Person(ctx, from); !errors.Is(err, ErrNotFound) {
		t.Errorf("merged person: err = %v, want ErrNotFound", err)
	}
	if to, err := s.PersonRedirect(ctx, from); err != nil || to != into {
		t.Errorf("PersonRedirect(%d) = %d, %v; want %d", from, to, err, into)
	}
	if _, err := s.PersonRedirect(ctx, into); !errors.Is(err, ErrNotFound) {
		t.Errorf("PersonRedirect(%d): err = %v, want ErrNotFound", into, err)
	}
	// One paper reported twice is one contribution again.
	b := mustArticle(t, s, a2)
	if b.Contributions[0].ID != kept || len(b.Contributions[0].Reports) != 2 || b.Contributions[0].Speaker.Name != "Nguyễn Văn Thiết" {
		t.Errorf("article 2 contribution = %+v", b.Contributions[0])
	}
	if _, err := s.Contribution(ctx, dup); !errors.Is(err, ErrNotFound) {
		t.Errorf("the duplicate contribution: err = %v, want ErrNotFound", err)
	}
	if b.People[1].PersonID != into || b.People[1].Name != "Nguyễn Văn Thiếtt" {
		t.Errorf("participant = %+v, want the misprint kept as printed, person %d", b.People[1], into)
	}
	p, err := s.Person(ctx, into)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Variants) != 2 {
		t.Errorf("variants = %+v, want both printings", p.Variants)
	}
	log := changesSince(t, s, seq)
	for _, want := range []string{
		fmt.Sprintf("contribution %d delete", dup), fmt.Sprintf("contribution %d upsert", kept),
		fmt.Sprintf("person %d delete", from), fmt.Sprintf("person %d upsert", into),
		fmt.Sprintf("article %d upsert", a2),
	} {
		if !slices.Contains(log, want) {
			t.Errorf("change log %v lacks %q", log, want)
		}
	}
	if diff := cmp.Diff([]string{ActionMerge, ActionExtracted}, actions(t, s, a2)); diff != "" {
		t.Errorf("history of article 2 (-want +got):\n%s", diff)
	}

	// A refetch that prints the misspelt name finds the merged person.
	save(t, s, misspelt("https://b.example/1"))
	b = mustArticle(t, s, a2)
	if b.Contributions[0].PersonID != into || b.Contributions[0].ID != kept {
		t.Errorf("after a refetch contribution = %+v, want %d by %d", b.Contributions[0], kept, into)
	}
	if _, err := s.Person(ctx, from); !errors.Is(err, ErrNotFound) {
		t.Errorf("the refetch brought the merged person back: err = %v", err)
	}

	// Merges of merges redirect to the end.
	other := sampleArticle("https://c.example/1", "Báo Nhân dân")
	other.Event = &Event{Name: "Hội nghị khác", Date: "2024-01-01"}
	other.Contributions[0].Speaker.Name = "N. V. Thiết"
	c3 := save(t, s, other)
	third := mustArticle(t, s, c3).Contributions[0].PersonID
	if err := s.MergePeople(ctx, into, third, u); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{from, into} {
		if to, err := s.PersonRedirect(ctx, id); err != nil || to != third {
			t.Errorf("PersonRedirect(%d) = %d, %v; want %d", id, to, err, third)
		}
	}

	for _, tt := range []struct {
		from, into int64
	}{{third, third}, {third, 9999}, {9999, third}} {
		if err := s.MergePeople(ctx, tt.from, tt.into, u); err == nil {
			t.Errorf("MergePeople(%d, %d): no error", tt.from, tt.into)
		}
	}
}

func TestSplitPerson(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	other := sampleArticle("https://c.example/1", "Báo Nhân dân")
	other.Title = "Hội thảo về an ninh mạng"
	other.Event = &Event{Name: "An ninh mạng", Date: "2024-03-01"}
	a2 := save(t, s, other)
	person := mustArticle(t, s, a1).Contributions[0].PersonID
	moved := mustArticle(t, s, a2).Contributions[0].ID
	if got := mustArticle(t, s, a2).Contributions[0].PersonID; got != person {
		t.Fatalf("the namesakes are not one person yet: %d, %d", got, person)
	}
	seq := lastSeq(t, s)
	newID, err := s.SplitPerson(ctx, person, []int64{moved}, " Nguyễn Văn Thiết ", editor)
	if err != nil {
		t.Fatal(err)
	}
	if newID == person || newID == 0 {
		t.Fatalf("SplitPerson = %d", newID)
	}
	b := mustArticle(t, s, a2)
	if b.Contributions[0].PersonID != newID || b.People[1].PersonID != newID || !b.Edited {
		t.Errorf("article 2: speaker %d, participant %d, edited %v; want %d, %d, true",
			b.Contributions[0].PersonID, b.People[1].PersonID, b.Edited, newID, newID)
	}
	if a := mustArticle(t, s, a1); a.Contributions[0].PersonID != person || a.Edited {
		t.Errorf("article 1 changed: speaker %d, edited %v", a.Contributions[0].PersonID, a.Edited)
	}
	np, err := s.Person(ctx, newID)
	if err != nil || np.Name != "Nguyễn Văn Thiết" || len(np.Variants) != 1 || np.Variants[0].ArticleID != a2 {
		t.Errorf("new person = %+v, %v", np, err)
	}
	log := changesSince(t, s, seq)
	for _, want := range []string{fmt.Sprintf("contribution %d upsert", moved), fmt.Sprintf("person %d upsert", newID),
		fmt.Sprintf("person %d upsert", person), fmt.Sprintf("article %d upsert", a2)} {
		if !slices.Contains(log, want) {
			t.Errorf("change log %v lacks %q", log, want)
		}
	}
	if diff := cmp.Diff([]string{ActionSplit, ActionExtracted}, actions(t, s, a2)); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	// A refetch leaves the split alone.
	save(t, s, other)
	if got := mustArticle(t, s, a2).Contributions[0].PersonID; got != newID {
		t.Errorf("after a refetch the speaker is %d, want %d", got, newID)
	}

	notHis := mustArticle(t, s, a1).Contributions[1].ID
	for _, tt := range []struct {
		name string
		id   int64
		cs   []int64
		who  string
	}{
		{"no name", person, []int64{notHis}, " "},
		{"no contributions", person, nil, "Lê Văn A"},
		{"not his", person, []int64{notHis}, "Lê Văn A"},
		{"no person", 9999, []int64{notHis}, "Lê Văn A"},
	} {
		if _, err := s.SplitPerson(ctx, tt.id, tt.cs, tt.who, editor); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func TestFindPeople(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := sampleArticle("https://a.example/1", "Bộ Công an")
	a.Contributions = append(a.Contributions,
		Contribution{Speaker: &Speaker{Name: "Nguyễn Thị Thiệt"}, Title: "Một"},
		Contribution{Speaker: &Speaker{Name: "Nguyễn Thị Thiệt"}, Title: "Hai"},
		Contribution{Speaker: &Speaker{Name: "Trần Văn Nguyên"}, Title: "Ba"},
	)
	save(t, s, a)
	tests := []struct {
		prefix string
		limit  int
		want   []string
	}{
		{"ngu", 10, []string{"Nguyễn Thị Thiệt", "Nguyễn Văn Thiết", "Trần Văn Nguyên"}},
		{"NGUYEN", 10, []string{"Nguyễn Thị Thiệt", "Nguyễn Văn Thiết", "Trần Văn Nguyên"}},
		{"thiet", 10, []string{"Nguyễn Thị Thiệt", "Nguyễn Văn Thiết"}},
		{"Thiết", 10, []string{"Nguyễn Văn Thiết", "Nguyễn Thị Thiệt"}},
		{"văn th", 10, []string{"Nguyễn Văn Thiết"}},
		{"tran quoc", 10, []string{"Trần Quốc Tỏ"}}, // a participant only
		{"ngu", 1, []string{"Nguyễn Thị Thiệt"}},
		{"uyen", 10, nil}, // not the start of a word
		{"  ", 10, nil},
	}
	for _, tt := range tests {
		got, err := s.FindPeople(ctx, tt.prefix, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, p := range got {
			names = append(names, p.Name)
		}
		if diff := cmp.Diff(tt.want, names); diff != "" {
			t.Errorf("FindPeople(%q, %d) (-want +got):\n%s", tt.prefix, tt.limit, diff)
		}
	}
}
