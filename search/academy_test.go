package search

import (
	"context"
	"testing"

	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
)

// TestNamedAcademy: a query that is an academy's name (or a topic's) asks
// for the academy (its contributions, or its name as a phrase), not for
// its syllables scattered over a page; other queries of as many words do
// not.
func TestNamedAcademy(t *testing.T) {
	ix, _ := relevanceIndexes(t)
	s := New(ix)
	ctx := context.Background()
	for q, want := range map[string]bool{
		"Học viện An ninh nhân dân": true, "hoc vien an ninh nhan dan": true, "Học viện Chính trị CAND": true,
		"an ninh mạng xã hội": false, "phát triển đảng viên": false, "Học viện": false,
	} {
		if got := s.namedEntity(ctx, Parse(q), Request{}).field == indexer.FieldAcademy; got != want {
			t.Errorf("%q names an academy: %v, want %v", q, got, want)
		}
	}
	if e := s.namedEntity(ctx, Parse("an ninh mạng"), Request{}); e.field != indexer.FieldTopic {
		t.Errorf("a topic's words name %+v, want the topic", e)
	}
	named, err := s.Search(ctx, Request{Q: "Học viện An ninh nhân dân", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	words, err := s.Search(ctx, Request{Q: "nhân dân Học viện ninh An", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	if named.Total == 0 || named.Total >= words.Total {
		t.Errorf("the academy's name found %d, its words in another order %d: want fewer, not none", named.Total, words.Total)
	}
	if len(named.Hits) == 0 || vi.Key(named.Hits[0].Academy) != "hoc vien an ninh nhan dan" {
		t.Errorf("first hit %+v, want a contribution of the academy", named.Hits)
	}
}

// TestNamedSpeaker: a query that is a speaker's name, in any spelling and
// with a rank typed before it, asks for the person: pages that name him or
// her, not pages where the name's common syllables stand apart.
func TestNamedSpeaker(t *testing.T) {
	ix, _ := relevanceIndexes(t)
	s := New(ix)
	ctx := context.Background()
	for q, want := range map[string]bool{
		"Lê Văn Bình": true, "le van binh": true, "Đại tá Lê Văn Bình": true, "LÊ VĂN BÌNH": true,
		"Lê Văn": false, "Bình Lê Văn": false, "an ninh mạng": false,
	} {
		if got := s.namedEntity(ctx, Parse(q), Request{}).field == indexer.FieldSpeaker; got != want {
			t.Errorf("%q names a speaker: %v, want %v", q, got, want)
		}
	}
	named, err := s.Search(ctx, Request{Q: "Lê Văn Bình", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	unaccented, err := s.Search(ctx, Request{Q: "le van binh", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	words, err := s.Search(ctx, Request{Q: "Bình Lê Văn", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	if named.Total == 0 || named.Total >= words.Total {
		t.Errorf("the speaker's name found %d, its words in another order %d: want fewer, not none", named.Total, words.Total)
	}
	if unaccented.Total != named.Total {
		t.Errorf("unaccented name found %d, accented %d: want the same pages", unaccented.Total, named.Total)
	}
	if len(named.Hits) == 0 || named.Hits[0].Speaker != "Lê Văn Bình" {
		t.Errorf("first hit %+v, want a contribution of Lê Văn Bình", named.Hits)
	}
}
