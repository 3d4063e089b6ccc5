package corpus

import (
	"context"
	"fmt"
)

// WarnedArticle is an article the reader had doubts about, for the
// editor's dashboard.
type WarnedArticle struct {
	ID       int64
	Title    string
	Warnings []string
}

// ArticlesWithWarnings returns the newest articles with extraction
// warnings (mojibake, no body, no date …), at most limit.
func (s *Store) ArticlesWithWarnings(ctx context.Context, limit int) ([]WarnedArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, warnings FROM articles
		WHERE warnings <> '[]' AND warnings <> '' ORDER BY updated_at DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("articles with warnings: %w", err)
	}
	defer rows.Close()
	var out []WarnedArticle
	for rows.Next() {
		var w WarnedArticle
		var warnings string
		if err := rows.Scan(&w.ID, &w.Title, &warnings); err != nil {
			return nil, fmt.Errorf("articles with warnings: %w", err)
		}
		w.Warnings = fromJSONList(warnings)
		out = append(out, w)
	}
	return out, rows.Err()
}

// PublicReports returns the reports of c by published articles, in order.
func (c *Contribution) PublicReports() []Report {
	var out []Report
	for _, r := range c.Reports {
		if r.State == "" || r.State == StatePublished {
			out = append(out, r)
		}
	}
	return out
}
