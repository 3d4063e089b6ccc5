package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// CrawlItem is a URL in the crawler's frontier.
type CrawlItem struct {
	URL   string // canonical
	Site  string
	Kind  string // CrawlListing, CrawlFeed, CrawlSitemap, CrawlArticle or CrawlPage
	Depth int
	Hint  string // a date from a feed or sitemap (YYYY-MM-DD), "" when none; not stored
}

// Kinds of frontier URL.
const (
	CrawlListing = "listing" // a listing or category page: its links are followed
	CrawlFeed    = "feed"    // an RSS or Atom feed
	CrawlSitemap = "sitemap" // a sitemap or sitemap index
	CrawlArticle = "article" // an article page of a site profile
	CrawlPage    = "page"    // a page of a crawl without a profile: read and followed
)

// CrawlState is what the frontier knows of a URL from its last visit.
type CrawlState struct {
	CrawlItem
	QueuedRun, VisitedRun int64
	Outcome               string
	Status                int
	ETag, LastModified    string
	SHA256                string
	Error                 string
	FinalURL              string
	OriginalID, ArticleID int64
	FirstSeen, LastVisit  time.Time
}

// CrawlVisit is the result of visiting a frontier URL.
type CrawlVisit struct {
	URL                   string
	Outcome               string
	Status                int
	ETag, LastModified    string
	SHA256                string
	Error                 string
	FinalURL              string
	OriginalID, ArticleID int64
}

// CrawlRun is one crawl, possibly resumed after an interruption.
type CrawlRun struct {
	ID         int64
	StartedAt  time.Time
	FinishedAt time.Time // zero while the run is unfinished
	Stats      map[string]int
}

// BeginCrawlRun resumes the newest unfinished run, or starts a new one.
func (s *Store) BeginCrawlRun(ctx context.Context) (run int64, resumed bool, err error) {
	err = s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM crawl_runs WHERE finished_at = '' ORDER BY id DESC LIMIT 1`).Scan(&run)
		if err == nil {
			resumed = true
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO crawl_runs (started_at) VALUES (?)`, s.stamp())
		if err != nil {
			return err
		}
		run, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("begin crawl run: %w", err)
	}
	return run, resumed, nil
}

// FinishCrawlRun marks a run finished with its counts.
func (s *Store) FinishCrawlRun(ctx context.Context, run int64, stats map[string]int) error {
	b, _ := json.Marshal(stats)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE crawl_runs SET finished_at = ?, stats = ? WHERE id = ?`, s.stamp(), string(b), run)
		return err
	})
	if err != nil {
		return fmt.Errorf("finish crawl run %d: %w", run, err)
	}
	return nil
}

// CrawlRuns returns the newest runs first, at most limit.
func (s *Store) CrawlRuns(ctx context.Context, limit int) ([]CrawlRun, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, started_at, finished_at, stats FROM crawl_runs ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("crawl runs: %w", err)
	}
	defer rows.Close()
	var out []CrawlRun
	for rows.Next() {
		var r CrawlRun
		var started, finished, stats string
		if err := rows.Scan(&r.ID, &started, &finished, &stats); err != nil {
			return nil, fmt.Errorf("crawl runs: %w", err)
		}
		r.StartedAt, _ = time.Parse(time.RFC3339Nano, started)
		r.FinishedAt, _ = time.Parse(time.RFC3339Nano, finished)
		json.Unmarshal([]byte(stats), &r.Stats)
		out = append(out, r)
	}
	return out, rows.Err()
}

// Enqueue asks run to visit items. A URL already queued for this run keeps
// its place (and the smaller depth); a URL visited by an earlier run is
// queued again, to be revisited with a conditional request.
func (s *Store) Enqueue(ctx context.Context, run int64, items []CrawlItem) error {
	if len(items) == 0 {
		return nil
	}
	now := s.stamp()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO crawl_urls (url, site, kind, depth, queued_run, first_seen)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET
				depth = CASE WHEN crawl_urls.queued_run = excluded.queued_run THEN MIN(crawl_urls.depth, excluded.depth) ELSE excluded.depth END,
				queued_run = MAX(crawl_urls.queued_run, excluded.queued_run)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, it := range items {
			if _, err := stmt.ExecContext(ctx, it.URL, it.Site, it.Kind, it.Depth, run, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("enqueue %d URLs: %w", len(items), err)
	}
	return nil
}

// Pending returns up to limit URLs of site queued up to run and not
// visited since they were queued: seeds and listings first, then by depth
// and discovery order. A run killed half-way finds here what it had left.
func (s *Store) Pending(ctx context.Context, run int64, site string, limit int) ([]CrawlItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, site, kind, depth FROM crawl_urls
		WHERE site = ? AND queued_run <= ? AND visited_run < queued_run
		ORDER BY CASE kind WHEN 'article' THEN 1 ELSE 0 END, depth, rowid LIMIT ?`, site, run, limit)
	if err != nil {
		return nil, fmt.Errorf("pending URLs of %s: %w", site, err)
	}
	defer rows.Close()
	var out []CrawlItem
	for rows.Next() {
		var it CrawlItem
		if err := rows.Scan(&it.URL, &it.Site, &it.Kind, &it.Depth); err != nil {
			return nil, fmt.Errorf("pending URLs of %s: %w", site, err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// PendingCount counts the URLs of site Pending would return.
func (s *Store) PendingCount(ctx context.Context, run int64, site string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM crawl_urls
		WHERE site = ? AND queued_run <= ? AND visited_run < queued_run`, site, run).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count pending URLs of %s: %w", site, err)
	}
	return n, nil
}

// Visited records what a run's visit of a URL found.
func (s *Store) Visited(ctx context.Context, run int64, v CrawlVisit) error {
	var orig, art any
	if v.OriginalID != 0 {
		orig = v.OriginalID
	}
	if v.ArticleID != 0 {
		art = v.ArticleID
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		// Conditional-request validators are only replaced by a response
		// that carries the page; a 304 or a failure keeps the old ones.
		_, err := tx.ExecContext(ctx, `UPDATE crawl_urls SET visited_run = ?, outcome = ?, status = ?,
			etag = CASE WHEN ? <> '' THEN ? ELSE etag END,
			last_modified = CASE WHEN ? <> '' THEN ? ELSE last_modified END,
			sha256 = CASE WHEN ? <> '' THEN ? ELSE sha256 END,
			error = ?, final_url = ?,
			original_id = COALESCE(?, original_id), article_id = COALESCE(?, article_id), last_visit = ?
			WHERE url = ?`, run, v.Outcome, v.Status, v.ETag, v.ETag, v.LastModified, v.LastModified,
			v.SHA256, v.SHA256, v.Error, v.FinalURL, orig, art, s.stamp(), v.URL)
		return err
	})
	if err != nil {
		return fmt.Errorf("record visit of %s: %w", v.URL, err)
	}
	return nil
}

// CrawlState returns what the frontier knows of url.
func (s *Store) CrawlState(ctx context.Context, url string) (*CrawlState, error) {
	list, err := s.crawlStates(ctx, `WHERE url = ?`, url)
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, fmt.Errorf("crawl state of %s: %w", url, ErrNotFound)
	}
	return &list[0], nil
}

// CrawlFailures returns the URLs whose last visit failed, newest first, at
// most limit: the crawler's errors for editors to see.
func (s *Store) CrawlFailures(ctx context.Context, limit int) ([]CrawlState, error) {
	return s.crawlStates(ctx, `WHERE outcome = 'failed' ORDER BY last_visit DESC LIMIT ?`, limit)
}

// CrawlOutcomes counts the frontier's URLs by the outcome of their last
// visit ("" for never visited).
func (s *Store) CrawlOutcomes(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT outcome, COUNT(*) FROM crawl_urls GROUP BY outcome`)
	if err != nil {
		return nil, fmt.Errorf("crawl outcomes: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("crawl outcomes: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}

func (s *Store) crawlStates(ctx context.Context, where string, args ...any) ([]CrawlState, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, site, kind, depth, queued_run, visited_run, outcome, status,
		etag, last_modified, sha256, error, final_url, COALESCE(original_id, 0), COALESCE(article_id, 0), first_seen, last_visit
		FROM crawl_urls `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("crawl states: %w", err)
	}
	defer rows.Close()
	var out []CrawlState
	for rows.Next() {
		var c CrawlState
		var first, last string
		if err := rows.Scan(&c.URL, &c.Site, &c.Kind, &c.Depth, &c.QueuedRun, &c.VisitedRun, &c.Outcome, &c.Status,
			&c.ETag, &c.LastModified, &c.SHA256, &c.Error, &c.FinalURL, &c.OriginalID, &c.ArticleID, &first, &last); err != nil {
			return nil, fmt.Errorf("crawl states: %w", err)
		}
		c.FirstSeen, _ = time.Parse(time.RFC3339Nano, first)
		c.LastVisit, _ = time.Parse(time.RFC3339Nano, last)
		out = append(out, c)
	}
	return out, rows.Err()
}
