package corpus

import (
	"context"
	"fmt"
	"time"
)

// ErrorReport is a reader's report that a page is wrong, kept for the
// editors.
type ErrorReport struct {
	ID        int64
	Page      string // the path of the page on this site
	Message   string
	Contact   string // how to reach the reader, if they said
	CreatedAt time.Time
	Status    string // "open" or "closed"
}

// AddReport stores a reader's error report.
func (s *Store) AddReport(ctx context.Context, r *ErrorReport) error {
	res, err := s.db.ExecContext(ctx, `INSERT INTO reports (page, message, contact, created_at) VALUES (?, ?, ?, ?)`,
		r.Page, r.Message, r.Contact, s.stamp())
	if err != nil {
		return fmt.Errorf("add report: %w", err)
	}
	r.ID, err = res.LastInsertId()
	return err
}

// OpenReports returns the reports no editor has closed yet, newest first.
func (s *Store) OpenReports(ctx context.Context) ([]ErrorReport, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, page, message, contact, created_at, status FROM reports
		WHERE status = 'open' ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	defer rows.Close()
	var out []ErrorReport
	for rows.Next() {
		var r ErrorReport
		var at string
		if err := rows.Scan(&r.ID, &r.Page, &r.Message, &r.Contact, &at, &r.Status); err != nil {
			return nil, err
		}
		r.CreatedAt, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// CloseReport marks a report dealt with.
func (s *Store) CloseReport(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE reports SET status = 'closed' WHERE id = ? AND status = 'open'`, id)
	if err != nil {
		return fmt.Errorf("close report %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("open report %d: %w", id, ErrNotFound)
	}
	return nil
}
