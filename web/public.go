package web

import (
	"context"
	"errors"
	"fmt"

	"github.com/thamluan/thamluan/corpus"
)

// errGone marks a record the editors deleted: its page is a tombstone.
var errGone = errors.New("removed by the editors")

// publicArticle returns an article readers may see: a published one. A
// deleted article is gone (410, a tombstone); a draft or unpublished one
// does not exist for readers.
func (s *Server) publicArticle(ctx context.Context, id int64) (*corpus.Article, error) {
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	switch a.State {
	case "", corpus.StatePublished:
		return a, nil
	case corpus.StateDeleted:
		return nil, fmt.Errorf("article %d: %w", id, errGone)
	}
	return nil, fmt.Errorf("%w: article %d", errNotFound, id)
}

// publicContribution returns a contribution readers may see: one a
// published article reports.
func (s *Server) publicContribution(ctx context.Context, id int64) (*corpus.Contribution, error) {
	c, err := s.store.Contribution(ctx, id)
	if err != nil {
		return nil, err
	}
	if !visible(c) {
		return nil, fmt.Errorf("%w: contribution %d", errNotFound, id)
	}
	return c, nil
}

// visible reports whether a contribution is public, and leaves it with
// only its public reports: readers never see a draft's or a deleted
// article's link. Lists skip the contributions that are not.
func visible(c *corpus.Contribution) bool {
	if !c.Published {
		return false
	}
	c.Reports = c.PublicReports()
	return true
}
