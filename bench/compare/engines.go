package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// pageSize is the number of hits a result page shows.
const pageSize = 20

// result is what every engine answers: the page of hits, the total and,
// when asked, facets.
type result struct {
	Total  int                     `json:"total"`
	Hits   []hit                   `json:"hits"`
	Facets map[string][]facetValue `json:"facets,omitempty"`
}

type hit struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Speaker string `json:"speaker,omitempty"`
	Academy string `json:"academy,omitempty"`
	Event   string `json:"event,omitempty"`
	Date    string `json:"date,omitempty"`
	Snippet string `json:"snippet,omitempty"`
}

type facetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// engine answers queries of a class.
type engine interface {
	search(ctx context.Context, class, q string, size int) (*result, error)
	close() error
}

// builder indexes documents into a new index.
type builder interface {
	add(r record) error
	close() error // flushes, and closes the index
}

// spec is an engine under test.
type spec struct {
	name   string // flag name
	label  string // column title
	create func(dir string) (builder, error)
	open   func(dir string) (engine, error)
}

var specs = []spec{
	{"thamluan", "thamluan", newThamluanBuilder, openThamluan},
	{"bleve", "bleve standard", newBleveBuilder, openBleve},
	{"fts5", "FTS5", func(dir string) (builder, error) { return newFTSBuilder(dir, false) },
		func(dir string) (engine, error) { return openFTS(dir, false) }},
	{"fts5d", "FTS5 đ→d", func(dir string) (builder, error) { return newFTSBuilder(dir, true) },
		func(dir string) (engine, error) { return openFTS(dir, true) }},
}

func engineNames() []string {
	var out []string
	for _, s := range specs {
		out = append(out, s.name)
	}
	return out
}

func specNamed(name string) (spec, error) {
	for _, s := range specs {
		if s.name == name {
			return s, nil
		}
	}
	return spec{}, fmt.Errorf("unknown engine %q (have %v)", name, engineNames())
}

// batchSize is the number of documents per batch or transaction, for
// every engine: the indexer's own Sync batches 500 changes.
const batchSize = 500

// newThamluanBuilder feeds the real indexer as `thamluan reindex` does:
// its mapping, analyzers and documents, through indexer.Bulk (an applier
// per core, documents sharded by id).
func newThamluanBuilder(dir string) (builder, error) {
	ix, err := indexer.Open(dir)
	if err != nil {
		return nil, err
	}
	return &thamluanBuilder{ix: ix, bulk: ix.Bulk(context.Background()), dir: dir}, nil
}

type thamluanBuilder struct {
	ix   *indexer.Index
	bulk *indexer.Bulk
	dir  string
}

func (b *thamluanBuilder) add(r record) error { return b.bulk.Add(r.ID, r.Doc) }

// close applies the rest and closes the index, which ends compacted as
// `thamluan import` and `reindex` leave a bulk-built index
// (indexer.CompactDir); the build time includes it.
func (b *thamluanBuilder) close() error {
	if err := b.bulk.Close(); err != nil {
		b.ix.Close()
		return err
	}
	if err := b.ix.Close(); err != nil {
		return err
	}
	return indexer.CompactDir(context.Background(), b.dir)
}

// thamluanEngine is search.Search: it always computes the five facets and
// the snippets of the page, whatever the class.
type thamluanEngine struct {
	ix *indexer.Index
	s  *search.Searcher
}

func openThamluan(dir string) (engine, error) {
	ix, err := indexer.Open(dir)
	if err != nil {
		return nil, err
	}
	return &thamluanEngine{ix: ix, s: search.New(ix)}, nil
}

func (e *thamluanEngine) search(ctx context.Context, class, q string, size int) (*result, error) {
	// Facets only where the peers count them too; snippets always (the
	// search makes them for the page).
	res, err := e.s.Search(ctx, search.Request{Q: q, Size: size, NoFacets: class != classFacets && class != ""})
	if err != nil {
		return nil, err
	}
	out := &result{Total: int(res.Total), Hits: []hit{}, Facets: map[string][]facetValue{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hit{ID: h.Kind + "/" + strconv.FormatInt(h.ID, 10), Title: h.Title, Speaker: h.Speaker,
			Academy: h.Academy, Event: h.Event, Date: h.Date, Snippet: h.Snippet.HTML()})
	}
	for name, vals := range res.Facets {
		for _, v := range vals {
			out.Facets[name] = append(out.Facets[name], facetValue{v.Value, v.Count})
		}
	}
	return out, nil
}

func (e *thamluanEngine) close() error { return e.ix.Close() }
