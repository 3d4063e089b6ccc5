package corpus

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOrganizationAliases(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	anninh := mustArticle(t, s, a1).Contributions[0].OrganizationID

	// A second organisation that is the first written another way, and a
	// contribution credited to an affiliation only.
	a := sampleArticle("https://b.example/1", "Báo Công an nhân dân")
	a.Event = &Event{Name: "Hội thảo khác", Date: "2024-05-05"}
	a.Contributions[0].Academy = "Học viện ANND"
	a.Contributions[1] = Contribution{Affiliation: "HV An ninh", Title: "Một tham luận"}
	a2 := save(t, s, a)
	b := mustArticle(t, s, a2)
	annd := b.Contributions[0].OrganizationID
	if annd == anninh || b.Contributions[1].OrganizationID != 0 {
		t.Fatalf("organisations %d, %d, %d", anninh, annd, b.Contributions[1].OrganizationID)
	}

	seq := lastSeq(t, s)
	for _, alias := range []string{"Học viện ANND", "HV An ninh", "Học viện An ninh nhân dân"} {
		if err := s.AddOrganizationAlias(ctx, anninh, alias); err != nil {
			t.Fatalf("AddOrganizationAlias(%q): %v", alias, err)
		}
	}
	b = mustArticle(t, s, a2)
	for i, c := range b.Contributions {
		if c.OrganizationID != anninh || c.Academy != "Học viện An ninh nhân dân" {
			t.Errorf("contribution %d: organisation %d %q, want %d", i, c.OrganizationID, c.Academy, anninh)
		}
	}
	if _, err := s.Organization(ctx, annd); !errors.Is(err, ErrNotFound) {
		t.Errorf("the organisation folded in: err = %v, want ErrNotFound", err)
	}
	log := changesSince(t, s, seq)
	for _, c := range b.Contributions {
		if want := fmt.Sprintf("contribution %d upsert", c.ID); !slices.Contains(log, want) {
			t.Errorf("change log %v lacks %q", log, want)
		}
	}
	if want := fmt.Sprintf("article %d upsert", a2); !slices.Contains(log, want) {
		t.Errorf("change log %v lacks %q", log, want)
	}
	aliases, err := s.OrganizationAliases(ctx, anninh)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Học viện ANND", "HV An ninh"}, aliases); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}

	// Saving files a name an editor gave under the organisation.
	c := sampleArticle("https://c.example/1", "Báo Nhân dân")
	c.Event = &Event{Name: "Hội thảo thứ ba", Date: "2024-06-06"}
	c.Contributions[0].Academy = "Học viện ANND"
	c.Contributions[1] = Contribution{Affiliation: "HV An ninh", Title: "Tham luận khác"}
	got := mustArticle(t, s, save(t, s, c))
	for i, ct := range got.Contributions {
		if ct.OrganizationID != anninh || ct.Academy != "Học viện An ninh nhân dân" {
			t.Errorf("saved contribution %d: organisation %d %q, want %d", i, ct.OrganizationID, ct.Academy, anninh)
		}
	}
	if id, err := s.OrganizationIDByName(ctx, "hv an ninh"); err != nil || id != anninh {
		t.Errorf("OrganizationIDByName = %d, %v", id, err)
	}

	if err := s.RemoveOrganizationAlias(ctx, "HV AN NINH"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		alias string
		want  error
	}{{"HV An ninh", ErrNotFound}, {"Học viện An ninh nhân dân", nil}} {
		err := s.RemoveOrganizationAlias(ctx, tt.alias)
		var v *ValidationErrors
		if tt.want != nil && !errors.Is(err, tt.want) || tt.want == nil && !errors.As(err, &v) {
			t.Errorf("RemoveOrganizationAlias(%q): err = %v", tt.alias, err)
		}
	}
	if aliases, _ := s.OrganizationAliases(ctx, anninh); !slices.Equal(aliases, []string{"Học viện ANND"}) {
		t.Errorf("aliases after removal = %q", aliases)
	}
	if err := s.AddOrganizationAlias(ctx, 9999, "X"); !errors.Is(err, ErrNotFound) {
		t.Errorf("alias of a missing organisation: err = %v", err)
	}
	if err := s.AddOrganizationAlias(ctx, anninh, " "); err == nil {
		t.Error("an empty alias: no error")
	}
}

func TestTopics(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	aid := save(t, s, sampleArticle("https://a.example/1", "Bộ Công an"))
	cid := mustArticle(t, s, aid).Contributions[0].ID
	old := mustArticle(t, s, aid).Contributions[0].TopicIDs[0]

	id, err := s.AddTopic(ctx, "An ninh mạng")
	if err != nil || id == 0 {
		t.Fatalf("AddTopic = %d, %v", id, err)
	}
	if again, err := s.AddTopic(ctx, "an ninh mang"); !errors.Is(err, ErrExists) || again != id {
		t.Errorf("AddTopic again = %d, %v; want %d, ErrExists", again, err, id)
	}
	if _, err := s.AddTopic(ctx, ""); err == nil {
		t.Error("AddTopic(\"\"): no error")
	}

	seq := lastSeq(t, s)
	if err := s.RenameTopic(ctx, old, "Phát triển đảng viên mới"); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Contribution(ctx, cid); !slices.Equal(c.Topics, []string{"Phát triển đảng viên mới"}) {
		t.Errorf("topics = %q", c.Topics)
	}
	want := []string{fmt.Sprintf("contribution %d upsert", cid), fmt.Sprintf("article %d upsert", aid)}
	if diff := cmp.Diff(want, changesSince(t, s, seq)); diff != "" {
		t.Errorf("change log (-want +got):\n%s", diff)
	}
	if err := s.RenameTopic(ctx, old, "AN NINH MẠNG"); !errors.Is(err, ErrExists) {
		t.Errorf("renaming to another topic's name: err = %v, want ErrExists", err)
	}
	if err := s.RenameTopic(ctx, 9999, "X"); !errors.Is(err, ErrNotFound) {
		t.Errorf("renaming a missing topic: err = %v, want ErrNotFound", err)
	}

	seq = lastSeq(t, s)
	if err := s.DeleteTopic(ctx, old); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Contribution(ctx, cid); len(c.Topics) != 0 {
		t.Errorf("topics after delete = %q", c.Topics)
	}
	if _, err := s.Topic(ctx, old); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted topic: err = %v", err)
	}
	if diff := cmp.Diff(want, changesSince(t, s, seq)); diff != "" {
		t.Errorf("change log (-want +got):\n%s", diff)
	}
	if err := s.DeleteTopic(ctx, old); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: err = %v, want ErrNotFound", err)
	}
}
