package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// Diff is what re-reading an original changed in its article.
type Diff struct {
	URL     string
	Changes []string // human-readable, one per changed part; empty when nothing changed
}

// summary is what an editor would notice of an article.
type summary struct {
	title, published, event string
	contributions           map[string]bool
}

func summarize(a *corpus.Article) summary {
	s := summary{title: a.Title, published: a.Published, contributions: map[string]bool{}}
	if a.Event != nil {
		s.event = a.Event.Kind + " “" + a.Event.Name + "” " + a.Event.Date
	}
	for _, c := range a.Contributions {
		who := c.Affiliation
		if c.Speaker != nil {
			who = c.Speaker.Name
		}
		s.contributions[vi.Key(who)+" | "+c.Academy+" | "+c.Title] = true
	}
	return s
}

// Reextract reads an archived original again with the current extractor,
// stores the result and says what changed. A page that cannot be read is
// left as it was and reported as an error.
func Reextract(ctx context.Context, st *corpus.Store, originalID int64) (Diff, error) {
	o, err := st.Original(ctx, originalID)
	if err != nil {
		return Diff{}, err
	}
	d := Diff{URL: o.URL}
	var before *summary
	if id, err := st.ArticleByURL(ctx, o.URL); err == nil {
		a, err := st.Article(ctx, id)
		if err != nil {
			return d, err
		}
		s := summarize(a)
		before = &s
	} else if !errors.Is(err, corpus.ErrNotFound) {
		return d, err
	}
	res, err := Extract(ctx, st, o, Result{OriginalID: o.ID})
	if errors.Is(err, ErrOffTopic) && before == nil {
		return d, nil // a crawled page still off topic: nothing to store
	}
	if err != nil {
		return d, err
	}
	a, err := st.Article(ctx, res.ArticleID)
	if err != nil {
		return d, err
	}
	after := summarize(a)
	if before == nil {
		d.Changes = append(d.Changes, fmt.Sprintf("read for the first time: %d contributions", len(after.contributions)))
		return d, nil
	}
	if before.title != after.title {
		d.Changes = append(d.Changes, fmt.Sprintf("title %q → %q", before.title, after.title))
	}
	if before.published != after.published {
		d.Changes = append(d.Changes, fmt.Sprintf("published %s → %s", before.published, after.published))
	}
	if before.event != after.event {
		d.Changes = append(d.Changes, fmt.Sprintf("event %s → %s", strings.TrimSpace(before.event), strings.TrimSpace(after.event)))
	}
	for k := range after.contributions {
		if !before.contributions[k] {
			d.Changes = append(d.Changes, "+ contribution "+k)
		}
	}
	for k := range before.contributions {
		if !after.contributions[k] {
			d.Changes = append(d.Changes, "- contribution "+k)
		}
	}
	return d, nil
}
