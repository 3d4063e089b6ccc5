package main

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/thamluan/thamluan/bench/gen"
	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/indexer"
)

// seed is the generator's seed: every run and every engine sees the same
// articles.
const seed = 9

// Files of the work directory shared by every run.
const (
	pagesFile   = "pages.gob"    // generated pages, for thamluan's end-to-end ingest
	docsFile    = "docs.gob"     // extracted records as index documents, for every engine
	queriesFile = "queries.json" // the query sets
)

// page is a generated page as the end-to-end ingest receives it.
type page struct {
	URL  string
	HTML []byte
}

// record is one index document: an article or a contribution, converted
// by the indexer's own ContributionDoc and ArticleDoc.
type record struct {
	ID  string
	Doc indexer.Doc
}

// prepared is what preparation measured and wrote.
type prepared struct {
	Articles    int
	Docs        int
	ExtractCPU  float64 // seconds of CPU in extract.Extract
	ExtractWall float64
	Pairs       int // unaccented pairs in the query sets
}

// prepare generates n pages, extracts each once (timed) and writes the
// pages, the index documents and the query sets to dir.
func prepare(dir string, n, perClass int) (prepared, error) {
	var p prepared
	pf, err := os.Create(filepath.Join(dir, pagesFile))
	if err != nil {
		return p, err
	}
	defer pf.Close()
	df, err := os.Create(filepath.Join(dir, docsFile))
	if err != nil {
		return p, err
	}
	defer df.Close()
	pw, dw := bufio.NewWriterSize(pf, 1<<20), bufio.NewWriterSize(df, 1<<20)
	penc, denc := gob.NewEncoder(pw), gob.NewEncoder(dw)
	g := gen.New(seed)
	qb := newQueryBuilder()
	var contribID int64
	for i := 0; i < n; i++ {
		pg := g.Page(i)
		if err := penc.Encode(page{URL: pg.URL, HTML: pg.HTML}); err != nil {
			return p, err
		}
		c0 := cpuSeconds()
		w0 := now()
		a, err := extract.Extract(extract.Input{URL: pg.URL, ContentType: contentType, Body: pg.HTML})
		p.ExtractWall += since(w0)
		p.ExtractCPU += cpuSeconds() - c0
		if err != nil {
			return p, fmt.Errorf("extract page %d: %w", i, err)
		}
		a.ID = int64(i + 1)
		recs := docs(a, &contribID)
		for _, r := range recs {
			if err := denc.Encode(r); err != nil {
				return p, err
			}
		}
		qb.add(recs)
		p.Articles++
		p.Docs += len(recs)
	}
	if err := pw.Flush(); err != nil {
		return p, err
	}
	if err := dw.Flush(); err != nil {
		return p, err
	}
	qs := qb.build(perClass)
	p.Pairs = len(qs.Pairs)
	return p, writeJSON(filepath.Join(dir, queriesFile), qs)
}

// contentType is the Content-Type every generated page is served with.
const contentType = "text/html; charset=utf-8"

// docs converts an extracted article into the index documents the store
// would give the indexer: the article, and each contribution reported by
// it (published, with the article as its one report).
func docs(a *corpus.Article, contribID *int64) []record {
	out := []record{{ID: indexer.DocID(indexer.KindArticle, a.ID), Doc: indexer.ArticleDoc(a)}}
	for _, c := range a.Contributions {
		*contribID++
		c.ID = *contribID
		c.Published = true
		c.Reports = []corpus.Report{{ArticleID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published}}
		out = append(out, record{ID: indexer.DocID(indexer.KindContribution, c.ID), Doc: indexer.ContributionDoc(&c, a.Event)})
	}
	return out
}

// eachRecord streams the index documents of dir to fn.
func eachRecord(dir string, fn func(record) error) error {
	f, err := os.Open(filepath.Join(dir, docsFile))
	if err != nil {
		return err
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for {
		var r record
		if err := dec.Decode(&r); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read %s: %w", docsFile, err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
}

// eachPage streams the generated pages of dir to fn.
func eachPage(dir string, fn func(page) error) error {
	f, err := os.Open(filepath.Join(dir, pagesFile))
	if err != nil {
		return err
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for {
		var p page
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read %s: %w", pagesFile, err)
		}
		if err := fn(p); err != nil {
			return err
		}
	}
}
