package search

import (
	"context"
	"testing"
)

// TestNoFacets: the same hits, no facets.
func TestNoFacets(t *testing.T) {
	ix, _ := relevanceIndexes(t)
	s := New(ix)
	with, err := s.Search(context.Background(), Request{Q: "an ninh mạng"})
	if err != nil {
		t.Fatal(err)
	}
	without, err := s.Search(context.Background(), Request{Q: "an ninh mạng", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(with.Facets["speaker"]) == 0 || len(without.Facets) != 0 {
		t.Errorf("facets: %d speaker values with, %d facets without", len(with.Facets["speaker"]), len(without.Facets))
	}
	if with.Total != without.Total || len(with.Hits) != len(without.Hits) || with.Hits[0].ID != without.Hits[0].ID {
		t.Errorf("hits differ without facets: %d/%d vs %d/%d", with.Total, len(with.Hits), without.Total, len(without.Hits))
	}
}
