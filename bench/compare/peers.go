package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	_ "modernc.org/sqlite" // pure-Go SQLite with FTS5

	"github.com/thamluan/thamluan/indexer"
)

// textFields are the searched text fields of the peers: the fields
// thamluan searches, less the people an article names (its body names
// them) and the printed rank.
var textFields = []string{"title", "text", "speaker", "academy", "topic", "event"}

// bleveBuilder indexes into a bleve index in batches.
type bleveBuilder struct {
	ix   bleve.Index
	b    *bleve.Batch
	conv func(record) any
}

func (b *bleveBuilder) add(r record) error {
	if err := b.b.Index(r.ID, b.conv(r)); err != nil {
		return err
	}
	if b.b.Size() >= batchSize {
		if err := b.ix.Batch(b.b); err != nil {
			return err
		}
		b.b.Reset()
	}
	return nil
}

func (b *bleveBuilder) close() error {
	if b.b.Size() > 0 {
		if err := b.ix.Batch(b.b); err != nil {
			b.ix.Close()
			return err
		}
	}
	return b.ix.Close()
}

// leanDoc is what the bleve baseline indexes of a document.
type leanDoc struct {
	Kind         string   `json:"kind"`
	Title        string   `json:"title"`
	Text         string   `json:"text"`
	Speaker      []string `json:"speaker"`
	Academy      []string `json:"academy"`
	Topic        []string `json:"topic"`
	Event        string   `json:"event"`
	Date         string   `json:"date"`
	Year         string   `json:"year"`
	SpeakerFacet []string `json:"speaker_facet"`
	AcademyFacet []string `json:"academy_facet"`
	TopicFacet   []string `json:"topic_facet"`
}

// facetValues are the values a document is counted under in the speaker
// and academy facets: a contribution's own, an article's list.
func facetValues(own, list []string) []string {
	if len(own) > 0 {
		return own
	}
	return list
}

func lean(d indexer.Doc) leanDoc {
	return leanDoc{Kind: d.Kind, Title: d.Title, Text: d.SearchedText(), Speaker: d.Speaker, Academy: d.Academy, Topic: d.Topic,
		Event: d.Event, Date: d.Date, Year: d.Year, SpeakerFacet: facetValues(d.Speaker, d.Speakers),
		AcademyFacet: facetValues(d.Academy, d.Academies), TopicFacet: d.Topic}
}

// leanMapping is the baseline a bleve user would write for these
// documents: the standard analyzer on the text fields, stored only what a
// result page shows, term vectors only where snippets are cut, keyword
// fields with doc values for the facets, nothing dynamic, no _all.
func leanMapping() *mapping.IndexMappingImpl {
	text := func(store, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer, f.Store, f.IncludeTermVectors, f.IncludeInAll, f.DocValues = standard.Name, store, vectors, false, false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer, f.Store, f.DocValues, f.IncludeInAll, f.IncludeTermVectors = keyword.Name, store, true, false, false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("title", text(true, true))
	doc.AddFieldMappingsAt("text", text(true, true))
	doc.AddFieldMappingsAt("speaker", text(true, false))
	doc.AddFieldMappingsAt("academy", text(true, false))
	doc.AddFieldMappingsAt("topic", text(false, false))
	doc.AddFieldMappingsAt("event", text(true, false))
	doc.AddFieldMappingsAt("kind", kw(true))
	doc.AddFieldMappingsAt("date", kw(true))
	doc.AddFieldMappingsAt("year", kw(false))
	doc.AddFieldMappingsAt("speaker_facet", kw(false))
	doc.AddFieldMappingsAt("academy_facet", kw(false))
	doc.AddFieldMappingsAt("topic_facet", kw(false))
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = standard.Name
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	return m
}

func newBleveBuilder(dir string) (builder, error) {
	ix, err := bleve.New(dir, leanMapping())
	if err != nil {
		return nil, err
	}
	return &bleveBuilder{ix: ix, b: ix.NewBatch(), conv: func(r record) any { return lean(r.Doc) }}, nil
}

// bleveEngine queries the baseline: match_phrase in every text field for
// a phrase, every word in some text field for words.
type bleveEngine struct {
	ix       bleve.Index
	analyzer analysis.Analyzer
}

func openBleve(dir string) (engine, error) {
	ix, err := bleve.Open(dir)
	if err != nil {
		return nil, err
	}
	a := ix.Mapping().AnalyzerNamed(standard.Name)
	if a == nil {
		ix.Close()
		return nil, fmt.Errorf("open %s: no standard analyzer", dir)
	}
	return &bleveEngine{ix: ix, analyzer: a}, nil
}

var storedFields = []string{"title", "speaker", "academy", "event", "date", "kind"}

func (e *bleveEngine) query(class, q string) query.Query {
	if phraseClass(class) {
		var alts []query.Query
		for _, f := range textFields {
			p := bleve.NewMatchPhraseQuery(q)
			p.SetField(f)
			alts = append(alts, p)
		}
		return bleve.NewDisjunctionQuery(alts...)
	}
	var must []query.Query
	for _, w := range strings.Fields(q) {
		// A stop word ("an", "do", "to" are Vietnamese syllables) analyses
		// to nothing and would match nothing: leave it out, as a user of
		// the standard analyzer learns to.
		if len(e.analyzer.Analyze([]byte(w))) == 0 {
			continue
		}
		var alts []query.Query
		for _, f := range textFields {
			m := bleve.NewMatchQuery(w)
			m.SetField(f)
			alts = append(alts, m)
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
	}
	if len(must) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	return bleve.NewConjunctionQuery(must...)
}

func (e *bleveEngine) search(ctx context.Context, class, q string, size int) (*result, error) {
	req := bleve.NewSearchRequestOptions(e.query(class, q), size, 0, false)
	req.Fields = storedFields
	if class == classFacets {
		for _, f := range []string{"speaker", "academy", "topic"} {
			req.AddFacet(f, bleve.NewFacetRequest(f+"_facet", 15))
		}
		req.AddFacet("year", bleve.NewFacetRequest("year", 30))
		req.AddFacet("kind", bleve.NewFacetRequest("kind", 2))
	}
	if class == classHighlight {
		req.Highlight = bleve.NewHighlightWithStyle("html")
		req.Highlight.AddField("text")
	}
	res, err := e.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &result{Total: int(res.Total), Hits: []hit{}}
	for _, h := range res.Hits {
		x := hit{ID: h.ID, Title: str(h.Fields["title"]), Speaker: str(h.Fields["speaker"]), Academy: str(h.Fields["academy"]),
			Event: str(h.Fields["event"]), Date: str(h.Fields["date"])}
		if f := h.Fragments["text"]; len(f) > 0 {
			x.Snippet = f[0]
		}
		out.Hits = append(out.Hits, x)
	}
	if len(res.Facets) > 0 {
		out.Facets = map[string][]facetValue{}
		for name, f := range res.Facets {
			if f.Terms == nil {
				continue
			}
			for _, t := range f.Terms.Terms() {
				out.Facets[name] = append(out.Facets[name], facetValue{t.Term, t.Count})
			}
		}
	}
	return out, nil
}

func (e *bleveEngine) close() error { return e.ix.Close() }

// str returns a stored field's first value.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// ftsFile is the database of an FTS5 peer.
const ftsFile = "fts.db"

// ftsSchema is one FTS5 table with the same text columns, the id, kind
// and date unindexed for the result page, and a side table of facet
// values counted with GROUP BY.
const ftsSchema = `
CREATE VIRTUAL TABLE doc USING fts5(title, text, speaker, academy, topic, event,
	docid UNINDEXED, kind UNINDEXED, date UNINDEXED, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE facet(docid INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
	PRIMARY KEY (docid, field, value)) WITHOUT ROWID;`

// textColumn is the index of the text column, for snippet().
const textColumn = 1

// foldD writes đ as d: unicode61 removes the marks that decompose, and đ
// is a letter of its own.
var foldD = strings.NewReplacer("đ", "d", "Đ", "D")

type ftsBuilder struct {
	db    *sql.DB
	tx    *sql.Tx
	doc   *sql.Stmt
	facet *sql.Stmt
	n     int
	rowid int64
	fold  bool
}

func ftsDSN(dir string, readOnly bool) string {
	dsn := "file:" + filepath.Join(dir, ftsFile) + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(5000)"
	if readOnly {
		dsn += "&mode=ro&_pragma=query_only(1)"
	}
	return dsn
}

func newFTSBuilder(dir string, fold bool) (builder, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", ftsDSN(dir, false))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(ftsSchema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create fts5 table: %w", err)
	}
	b := &ftsBuilder{db: db, fold: fold}
	if err := b.begin(); err != nil {
		db.Close()
		return nil, err
	}
	return b, nil
}

func (b *ftsBuilder) begin() error {
	var err error
	if b.tx, err = b.db.Begin(); err != nil {
		return err
	}
	if b.doc, err = b.tx.Prepare(`INSERT INTO doc(rowid, title, text, speaker, academy, topic, event, docid, kind, date) VALUES (?,?,?,?,?,?,?,?,?,?)`); err != nil {
		return err
	}
	b.facet, err = b.tx.Prepare(`INSERT OR IGNORE INTO facet(docid, field, value) VALUES (?,?,?)`)
	return err
}

func (b *ftsBuilder) text(s string) string {
	if b.fold {
		return foldD.Replace(s)
	}
	return s
}

func (b *ftsBuilder) add(r record) error {
	d := r.Doc
	b.rowid++
	join := func(v []string) string { return b.text(strings.Join(v, "\n")) }
	if _, err := b.doc.Exec(b.rowid, b.text(d.Title), b.text(d.SearchedText()), join(d.Speaker), join(d.Academy), join(d.Topic),
		b.text(d.Event), r.ID, d.Kind, d.Date); err != nil {
		return fmt.Errorf("insert %s: %w", r.ID, err)
	}
	for field, vals := range map[string][]string{"speaker": facetValues(d.Speaker, d.Speakers),
		"academy": facetValues(d.Academy, d.Academies), "topic": d.Topic, "year": {d.Year}, "kind": {d.Kind}} {
		for _, v := range vals {
			if v == "" {
				continue
			}
			if _, err := b.facet.Exec(b.rowid, field, v); err != nil {
				return fmt.Errorf("insert facet of %s: %w", r.ID, err)
			}
		}
	}
	if b.n++; b.n%batchSize == 0 {
		if err := b.tx.Commit(); err != nil {
			return err
		}
		return b.begin()
	}
	return nil
}

// close commits, merges the FTS5 segments as a user would after a bulk
// load ('optimize') and checkpoints the WAL, so the size on disk is the
// database's.
func (b *ftsBuilder) close() error {
	err := b.tx.Commit()
	for _, q := range []string{`INSERT INTO doc(doc) VALUES('optimize')`, `PRAGMA wal_checkpoint(TRUNCATE)`} {
		if err == nil {
			if _, err = b.db.Exec(q); err != nil {
				err = fmt.Errorf("%s: %w", q, err)
			}
		}
	}
	if cerr := b.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// ftsEngine queries an FTS5 peer: MATCH with the phrase in quotes, or
// each word in quotes (all must match, in any column); ranked by bm25;
// the total counted; facets by GROUP BY over the matching rows.
type ftsEngine struct {
	db   *sql.DB
	fold bool
}

func openFTS(dir string, fold bool) (engine, error) {
	db, err := sql.Open("sqlite", ftsDSN(dir, true))
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(32)
	return &ftsEngine{db: db, fold: fold}, nil
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func (e *ftsEngine) match(class, q string) string {
	if e.fold {
		q = foldD.Replace(q)
	}
	if phraseClass(class) {
		return quote(q)
	}
	var words []string
	for _, w := range strings.Fields(q) {
		words = append(words, quote(w))
	}
	return strings.Join(words, " ")
}

func (e *ftsEngine) search(ctx context.Context, class, q string, size int) (*result, error) {
	m := e.match(class, q)
	snippet := "''"
	if class == classHighlight {
		snippet = fmt.Sprintf(`snippet(doc, %d, '<mark>', '</mark>', '…', 24)`, textColumn)
	}
	rows, err := e.db.QueryContext(ctx, `SELECT docid, title, speaker, academy, event, date, `+snippet+`
		FROM doc WHERE doc MATCH ? ORDER BY rank LIMIT ?`, m, size)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", m, err)
	}
	defer rows.Close()
	out := &result{Hits: []hit{}}
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Speaker, &h.Academy, &h.Event, &h.Date, &h.Snippet); err != nil {
			return nil, err
		}
		h.Speaker, _, _ = strings.Cut(h.Speaker, "\n")
		h.Academy, _, _ = strings.Cut(h.Academy, "\n")
		out.Hits = append(out.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if err := e.db.QueryRowContext(ctx, `SELECT count(*) FROM doc WHERE doc MATCH ?`, m).Scan(&out.Total); err != nil {
		return nil, err
	}
	if class == classFacets {
		if out.Facets, err = e.facets(ctx, m); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// facetLimits are the values shown per facet, as thamluan shows them.
var facetLimits = map[string]int{"speaker": 15, "academy": 15, "topic": 15, "year": 30, "kind": 2}

func (e *ftsEngine) facets(ctx context.Context, m string) (map[string][]facetValue, error) {
	rows, err := e.db.QueryContext(ctx, `SELECT f.field, f.value, count(*) FROM facet f
		JOIN (SELECT rowid FROM doc WHERE doc MATCH ?) d ON f.docid = d.rowid GROUP BY f.field, f.value`, m)
	if err != nil {
		return nil, fmt.Errorf("facets %q: %w", m, err)
	}
	defer rows.Close()
	out := map[string][]facetValue{}
	for rows.Next() {
		var field string
		var v facetValue
		if err := rows.Scan(&field, &v.Value, &v.Count); err != nil {
			return nil, err
		}
		out[field] = append(out[field], v)
	}
	for field, vals := range out {
		sort.Slice(vals, func(i, j int) bool {
			if vals[i].Count != vals[j].Count {
				return vals[i].Count > vals[j].Count
			}
			return vals[i].Value < vals[j].Value
		})
		out[field] = vals[:min(len(vals), facetLimits[field])]
	}
	return out, rows.Err()
}

func (e *ftsEngine) close() error { return e.db.Close() }
