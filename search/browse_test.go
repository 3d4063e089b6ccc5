package search

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/indexer"
)

// plainBrowse is the browse request done the plain way: every document,
// ordered by date, with the facets counted over all of them.
func plainBrowse(t *testing.T, ix *indexer.Index, kind string, page, size int) ([]string, uint64, map[string][]FacetValue) {
	t.Helper()
	var q query.Query = query.NewMatchAllQuery()
	if kind != "" {
		q = termQuery(indexer.FieldKind, kind, 1)
	}
	req := bleve.NewSearchRequestOptions(q, size, (page-1)*size, false)
	req.SortBy([]string{"-" + indexer.FieldDate, "-_score", "_id"})
	addFacets(req, facetYears)
	res, err := ix.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, res.Total, facetValues(res.Facets)
}

func hitIDs(hits []Hit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, indexer.DocID(h.Kind, h.ID))
	}
	return ids
}

// browse pages through every document of a kind, checking each page
// against the plain query, and returns the total.
func browse(t *testing.T, s *Searcher, ix *indexer.Index, label, kind string) uint64 {
	t.Helper()
	const size = 7
	for page := 1; ; page++ {
		got, err := s.Search(context.Background(), Request{Kind: kind, Page: page, Size: size})
		if err != nil {
			t.Fatal(err)
		}
		ids, n, facets := plainBrowse(t, ix, kind, page, size)
		if !reflect.DeepEqual(hitIDs(got.Hits), ids) {
			t.Fatalf("%s, kind %q, page %d: %v, want %v", label, kind, page, hitIDs(got.Hits), ids)
		}
		if got.Total != n || !reflect.DeepEqual(got.Facets, facets) {
			t.Fatalf("%s, kind %q, page %d: total %d facets %v, want %d %v", label, kind, page, got.Total, got.Facets, n, facets)
		}
		if len(ids) < size {
			if page < 3 {
				t.Fatalf("%s, kind %q: only %d pages: the test needs several years of documents", label, kind, page)
			}
			return n
		}
	}
}

// TestBrowse: with nothing typed, every page, the total and the facets are
// those of the plain query over the whole index, and a change to the index
// shows at once.
func TestBrowse(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Seed(ctx, st); err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	s := New(ix)
	check := func(label string) uint64 {
		t.Helper()
		for _, kind := range []string{indexer.KindContribution, indexer.KindArticle} {
			browse(t, s, ix, label, kind)
		}
		return browse(t, s, ix, label, "")
	}
	before := check("seeded")
	seed, err := os.ReadFile("../web/testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://bocongan.example/seed", ContentType: "text/plain; charset=utf-8", Body: seed}); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	if after := check("after one more article"); after <= before {
		t.Errorf("total %d after adding an article, %d before", after, before)
	}
	// The home page asks for no facets.
	res, err := s.Search(ctx, Request{NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facets) != 0 || len(res.Hits) != DefaultSize {
		t.Errorf("no facets: %d facets, %d hits", len(res.Facets), len(res.Hits))
	}
}
