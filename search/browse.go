package search

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/thamluan/thamluan/indexer"
)

// Browsing — nothing typed, no filter but the kind: the home page's latest
// papers, the feeds and the search page before a query. It is the most frequent request and,
// done plainly, the dearest: every document is visited for the facets and
// the date order. Its total and facets change only when the index does,
// so they are kept until the index applies another change; and the
// newest page needs only the documents of the newest years, whose counts
// the year facet gives.

// browseStats are the total and facets of the whole index, or of one kind
// of document, at one applied change sequence.
type browseStats struct {
	seq    int64
	total  uint64
	facets map[string][]FacetValue
	years  []FacetValue // every year, newest first
	dated  uint64       // documents with a year
}

// browseCache holds the stats of the last sequence seen, by kind ("" for
// every document).
type browseCache struct {
	mu    sync.Mutex
	stats map[string]*browseStats
}

// isBrowse reports whether a validated request asks for the whole
// archive, newest first.
func isBrowse(q Query, r Request) bool {
	return q.Empty() && r.Speaker == "" && r.Academy == "" && r.Topic == "" && r.Year == ""
}

// stats returns the browse stats of the index as it is now, computing them
// when the index has applied changes since. Concurrent callers wait for
// one computation.
func (s *Searcher) browseStats(ctx context.Context, kind string) (*browseStats, error) {
	seq, err := s.ix.Applied()
	if err != nil {
		return nil, err
	}
	s.browse.mu.Lock()
	defer s.browse.mu.Unlock()
	if st := s.browse.stats[kind]; st != nil && st.seq == seq {
		return st, nil
	}
	req := bleve.NewSearchRequestOptions(kindQuery(kind), 0, 0, false)
	addFacets(req, maxYears)
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("browse facets: %w", err)
	}
	st := &browseStats{seq: seq, total: res.Total, facets: facetValues(res.Facets)}
	all := st.facets[indexer.FieldYear]
	for _, y := range all {
		st.dated += uint64(y.Count)
	}
	st.years = all
	// The page shows the newest years only.
	if len(all) > facetYears {
		st.facets[indexer.FieldYear] = all[:facetYears]
	}
	if s.browse.stats == nil {
		s.browse.stats = map[string]*browseStats{}
	}
	s.browse.stats[kind] = st
	return st, nil
}

// maxYears is how many distinct years the browse stats count: enough for
// any archive of modern news; with more, the newest-years shortcut is off.
const maxYears = 200

// browse answers a browse request: the page by date from the newest years
// that hold it, the total and facets from the stats.
func (s *Searcher) browseSearch(ctx context.Context, q Query, r Request, start time.Time) (*Result, error) {
	st, err := s.browseStats(ctx, r.Kind)
	if err != nil {
		return nil, err
	}
	from, size := (r.Page-1)*r.Size, r.Size
	must := kindQuery(r.Kind)
	if uint64(len(st.years)) < maxYears {
		// The newest years holding from+size documents; documents with no
		// date sort after every dated one, so past the dated ones the
		// whole index is needed.
		var years []query.Query
		var n uint64
		for _, y := range st.years {
			if n >= uint64(from+size) {
				break
			}
			years = append(years, termQuery(indexer.FieldYear, y.Value, filterWeight))
			n += uint64(y.Count)
		}
		if n >= uint64(from+size) && len(years) > 0 {
			must = query.NewConjunctionQuery([]query.Query{must, query.NewDisjunctionQuery(years)})
		}
	}
	req := bleve.NewSearchRequestOptions(must, size, from, false)
	req.Fields = storedFields
	req.SortBy([]string{"-" + indexer.FieldDate, "-_score", "_id"})
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("browse: %w", err)
	}
	out := &Result{Total: st.total, Query: q, Facets: map[string][]FacetValue{}, Took: time.Since(start)}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h.ID, h.Score, h.Fields, nil))
	}
	if !r.NoFacets {
		for k, v := range st.facets {
			out.Facets[k] = v
		}
	}
	return out, nil
}

// kindQuery matches the documents of a kind, or every document.
func kindQuery(kind string) query.Query {
	if kind == "" {
		return query.NewMatchAllQuery()
	}
	return termQuery(indexer.FieldKind, kind, filterWeight)
}

// facetYears is how many years a result's year facet lists.
const facetYears = 30

// addFacets asks for the facets a result shows: speaker, academy and topic,
// the years and the kinds.
func addFacets(req *bleve.SearchRequest, years int) {
	for _, f := range indexer.FacetFields {
		req.AddFacet(f, bleve.NewFacetRequest(f+indexer.SuffixFacet, 15))
	}
	req.AddFacet(indexer.FieldYear, bleve.NewFacetRequest(indexer.FieldYear, years))
	req.AddFacet(indexer.FieldKind, bleve.NewFacetRequest(indexer.FieldKind, 2))
}

// facetValues turns bleve's facets into the result's, years newest first.
func facetValues(facets blevesearch.FacetResults) map[string][]FacetValue {
	out := map[string][]FacetValue{}
	for name, f := range facets {
		var vals []FacetValue
		if f.Terms != nil {
			for _, t := range f.Terms.Terms() {
				vals = append(vals, FacetValue{t.Term, t.Count})
			}
		}
		if name == indexer.FieldYear {
			sort.Slice(vals, func(i, j int) bool { return vals[i].Value > vals[j].Value })
		}
		out[name] = vals
	}
	return out
}
