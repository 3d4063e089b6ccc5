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

// AllTopics lists every topic, those without contributions too, by name:
// the list editors manage.
func (s *Store) AllTopics(ctx context.Context) ([]RefCount, error) {
	return s.refCounts(ctx, `SELECT t.id, t.name, COUNT(ct.contribution_id) FROM topics t
		LEFT JOIN contribution_topics ct ON ct.topic_id = t.id GROUP BY t.id ORDER BY t.name`)
}

// AllOrganizations lists every academy and unit, those without
// contributions too, by name.
func (s *Store) AllOrganizations(ctx context.Context) ([]RefCount, error) {
	return s.refCounts(ctx, `SELECT o.id, o.name, COUNT(c.id) FROM organizations o
		LEFT JOIN contributions c ON c.organization_id = o.id GROUP BY o.id ORDER BY o.name`)
}
