// Package ingest is the one path from an original page to stored records,
// used by import, the crawler and the editor alike: archive the bytes,
// extract, store the article. The original is archived before extraction,
// so a page that cannot be read is kept, and can be read again when the
// extractor improves.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/corpus/vi"
)

// ErrOffTopic is returned for a crawled page that reports no workshop,
// conference or paper: its original is archived, no article is stored.
var ErrOffTopic = errors.New("off topic: no workshop, conference or paper")

// Keywords are the words of an on-topic page: reports of workshops,
// conferences, seminars and forums and the papers presented there.
var Keywords = []string{"hội thảo", "hội nghị", "tọa đàm", "diễn đàn", "tham luận", "báo cáo đề dẫn",
	"báo cáo khoa học", "seminar", "workshop", "conference"}

// Relevant reports whether a is on topic: it has contributions, or an
// event, or one of keep (Keywords when empty) in its title or text, compared
// without diacritics so that "toạ đàm", "tọa đàm" and "toa dam" agree.
func Relevant(a *corpus.Article, keep []string) bool {
	if len(a.Contributions) > 0 || a.Event != nil && a.Event.Kind != "" {
		return true
	}
	if len(keep) == 0 {
		keep = Keywords
	}
	text := " " + vi.Fold(a.Title+" \n "+a.Body) + " "
	for _, k := range keep {
		if k = vi.Fold(k); k != "" && strings.Contains(text, " "+k+" ") {
			return true
		}
	}
	return false
}

// Page is an original to ingest.
type Page struct {
	URL         string
	ContentType string
	Body        []byte
	FetchedAt   time.Time
	Status      int
	Header      map[string][]string
	// Kind is corpus.OriginalPage (the default: always kept) or
	// corpus.OriginalCrawled (kept as an article only when Relevant).
	Kind string
	// Keep are the on-topic words for a crawled page (Keywords when empty).
	Keep []string
	// Profile is the site's layout, tried before the ones the reader
	// knows; nil lets the reader pick.
	Profile *extract.Profile
	// State is the state a new article starts in: corpus.StateDraft for
	// an editor's addition, published when empty.
	State string
	// Filter, when set, may refuse the extracted article with an error:
	// the original stays archived, nothing else is stored.
	Filter func(*corpus.Article) error
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
		ContentType: p.ContentType, Body: p.Body, Kind: p.Kind}
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
	return extractWith(ctx, st, o, res, p.Keep, p.Filter, p.State, p.Profile)
}

// Extract reads an archived original and stores its article; reextract
// uses it over the whole archive. A crawled original that is not Relevant
// returns ErrOffTopic and stores nothing.
func Extract(ctx context.Context, st *corpus.Store, o *corpus.Original, res Result) (Result, error) {
	return extractWith(ctx, st, o, res, nil, nil, "", nil)
}

func extractWith(ctx context.Context, st *corpus.Store, o *corpus.Original, res Result, keep []string,
	filter func(*corpus.Article) error, state string, prof *extract.Profile) (Result, error) {
	a, err := extract.Extract(extract.Input{URL: o.URL, ContentType: o.ContentType, Body: o.Body, Profile: prof})
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", o.URL, err)
	}
	if o.Kind == corpus.OriginalCrawled && !Relevant(a, keep) {
		return res, fmt.Errorf("ingest %s: %w", o.URL, ErrOffTopic)
	}
	if filter != nil {
		if err := filter(a); err != nil {
			return res, fmt.Errorf("ingest %s: %w", o.URL, err)
		}
	}
	a.URL = o.URL
	a.State = state
	aid, err := st.SaveArticle(ctx, a, o.ID)
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", o.URL, err)
	}
	res.OriginalID, res.ArticleID, res.Contributions = o.ID, aid, len(a.Contributions)
	return res, nil
}
