package search

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
)

// SuggestFields are the fields Suggest completes.
var SuggestFields = []string{indexer.FieldSpeaker, indexer.FieldAcademy, indexer.FieldTopic}

// Suggest completes a prefix typed in any spelling ("tran qu" → "Trần
// Quang Huyên") to the values of field, most frequent first. Every word
// of the prefix must start a word of the value, in any order.
func (s *Searcher) Suggest(ctx context.Context, field, prefix string, n int) ([]FacetValue, error) {
	valid := false
	for _, f := range SuggestFields {
		valid = valid || f == field
	}
	if !valid {
		return nil, fmt.Errorf("%w: field must be speaker, academy or topic", ErrBadRequest)
	}
	if n <= 0 || n > 50 {
		n = 10
	}
	words := folded(tokens(clean(prefix)))
	if len(words) == 0 {
		return []FacetValue{}, nil
	}
	if len(words) > 8 {
		words = words[:8]
	}
	var must []query.Query
	for _, w := range words {
		if len(w) > 20 {
			w = w[:20]
		}
		must = append(must, termQuery(field+indexer.SuffixPrefix, w, 1))
	}
	if field != indexer.FieldTopic {
		// Each contribution has one speaker and one academy, so its facet
		// counts only values that match.
		must = append(must, termQuery(indexer.FieldKind, indexer.KindContribution, 1))
	}
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery(must), 0, 0, false)
	req.AddFacet(field, bleve.NewFacetRequest(field+indexer.SuffixFacet, 200))
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("suggest %s %q: %w", field, prefix, err)
	}
	out := []FacetValue{}
	if f := res.Facets[field]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			if prefixesAll(vi.Key(t.Term), words) {
				out = append(out, FacetValue{t.Term, t.Count})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return vi.CompareCollate(out[i].Value, out[j].Value) < 0
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// prefixesAll reports whether every word of prefixes starts some word of
// the key.
func prefixesAll(key string, prefixes []string) bool {
	fields := strings.Fields(key)
	for _, p := range prefixes {
		ok := false
		for _, f := range fields {
			if strings.HasPrefix(f, p) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
