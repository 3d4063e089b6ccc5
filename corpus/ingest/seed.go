package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/sample"
)

// Seed imports the project's sample corpus into an archive that holds no
// article yet, through Ingest like any other page. It returns how many
// pages it imported (0 when the archive was not empty).
func Seed(ctx context.Context, st *corpus.Store) (int, error) {
	counts, err := st.Counts(ctx)
	if err != nil {
		return 0, err
	}
	if counts.Articles > 0 || counts.Originals > 0 {
		return 0, nil
	}
	pages, err := sample.Pages()
	if err != nil {
		return 0, fmt.Errorf("seed: %w", err)
	}
	for _, p := range pages {
		_, err := Ingest(ctx, st, Page{URL: p.URL, ContentType: "text/html; charset=utf-8", Body: p.HTML,
			FetchedAt: time.Now().UTC()})
		if err != nil {
			return 0, fmt.Errorf("seed %s: %w", p.Name, err)
		}
	}
	return len(pages), nil
}
