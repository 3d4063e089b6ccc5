// Package ingest is the one path from an original page to stored records,
// used by import, the crawler and the editor alike: archive the bytes,
// extract, store the article. The original is archived before extraction,
// so a page that cannot be read is kept, and can be read again when the
// extractor improves.
package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
)

// Page is an original to ingest.
type Page struct {
	URL         string
	ContentType string
	Body        []byte
	FetchedAt   time.Time
	Status      int
	Header      map[string][]string
}

// Result says what ingesting a page did.
type Result struct {
	OriginalID    int64
	ArticleID     int64 // 0 when extraction failed
	Contributions int
	Unchanged     bool // the same bytes were already archived under this URL
}

// Ingest archives p and, unless the same bytes were already archived under
// the same URL, extracts and stores its article. An extraction error is
// returned with the original archived (Result.OriginalID set).
func Ingest(ctx context.Context, st *corpus.Store, p Page) (Result, error) {
	if p.URL == "" {
		return Result{}, fmt.Errorf("ingest: page has no URL")
	}
	o := &corpus.Original{URL: p.URL, FetchedAt: p.FetchedAt, Status: p.Status, Header: p.Header,
		ContentType: p.ContentType, Body: p.Body}
	id, created, err := st.PutOriginal(ctx, o)
	if err != nil {
		return Result{}, fmt.Errorf("ingest %s: %w", p.URL, err)
	}
	res := Result{OriginalID: id}
	if !created {
		if aid, err := st.ArticleByURL(ctx, p.URL); err == nil {
			res.ArticleID, res.Unchanged = aid, true
			return res, nil
		}
	}
	return Extract(ctx, st, o, res)
}

// Extract reads an archived original and stores its article; reextract
// uses it over the whole archive.
func Extract(ctx context.Context, st *corpus.Store, o *corpus.Original, res Result) (Result, error) {
	a, err := extract.Extract(extract.Input{URL: o.URL, ContentType: o.ContentType, Body: o.Body})
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", o.URL, err)
	}
	a.URL = o.URL
	aid, err := st.SaveArticle(ctx, a, o.ID)
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", o.URL, err)
	}
	res.OriginalID, res.ArticleID, res.Contributions = o.ID, aid, len(a.Contributions)
	return res, nil
}
