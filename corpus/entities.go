package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/thamluan/thamluan/corpus/vi"
)

func keyOf(name string) string { return vi.Key(name) }

// Organization is an academy, school, institute or unit, with every way it
// was written.
type Organization struct {
	ID      int64
	Name    string
	Aliases []string
}

// Topic is a subject contributions are filed under.
type Topic struct {
	ID   int64
	Name string
}

// Ref names a record: its id and display name.
type Ref struct {
	ID   int64
	Name string
}

// Organization returns an organisation with its aliases.
func (s *Store) Organization(ctx context.Context, id int64) (*Organization, error) {
	var o Organization
	err := s.db.QueryRowContext(ctx, `SELECT id, name FROM organizations WHERE id = ?`, id).Scan(&o.ID, &o.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("organization %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("organization %d: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT alias FROM organization_aliases WHERE organization_id = ? AND alias <> ? ORDER BY alias`, id, o.Name)
	if err != nil {
		return nil, fmt.Errorf("organization %d aliases: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a string
		rows.Scan(&a)
		o.Aliases = append(o.Aliases, a)
	}
	return &o, rows.Err()
}

// Topic returns one topic.
func (s *Store) Topic(ctx context.Context, id int64) (*Topic, error) {
	var t Topic
	err := s.db.QueryRowContext(ctx, `SELECT id, name FROM topics WHERE id = ?`, id).Scan(&t.ID, &t.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("topic %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("topic %d: %w", id, err)
	}
	return &t, nil
}

// OrganizationContributions returns the ids of the contributions of an
// organisation.
func (s *Store) OrganizationContributions(ctx context.Context, id int64) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM contributions WHERE organization_id = ? ORDER BY id`, id)
}

// TopicContributions returns the ids of the contributions filed under a
// topic.
func (s *Store) TopicContributions(ctx context.Context, id int64) ([]int64, error) {
	return s.ids(ctx, `SELECT contribution_id FROM contribution_topics WHERE topic_id = ? ORDER BY contribution_id`, id)
}

// RefCount is a record with the number of contributions it has.
type RefCount struct {
	Ref
	Count int
}

func (s *Store) refCounts(ctx context.Context, query string, args ...any) ([]RefCount, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RefCount
	for rows.Next() {
		var r RefCount
		if err := rows.Scan(&r.ID, &r.Name, &r.Count); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Speakers lists every person who presented a contribution, with how many.
func (s *Store) Speakers(ctx context.Context) ([]RefCount, error) {
	return s.refCounts(ctx, `SELECT p.id, p.name, COUNT(c.id) FROM people p JOIN contributions c ON c.person_id = p.id
		GROUP BY p.id ORDER BY p.name`)
}

// Academies lists every organisation that has contributions, with how many.
func (s *Store) Academies(ctx context.Context) ([]RefCount, error) {
	return s.refCounts(ctx, `SELECT o.id, o.name, COUNT(c.id) FROM organizations o JOIN contributions c ON c.organization_id = o.id
		GROUP BY o.id ORDER BY o.name`)
}

// Topics lists every topic with the number of its contributions.
func (s *Store) Topics(ctx context.Context) ([]RefCount, error) {
	return s.refCounts(ctx, `SELECT t.id, t.name, COUNT(ct.contribution_id) FROM topics t JOIN contribution_topics ct ON ct.topic_id = t.id
		GROUP BY t.id ORDER BY COUNT(ct.contribution_id) DESC, t.name`)
}

// Events lists every event, newest first, with its number of contributions.
func (s *Store) Events(ctx context.Context) ([]Event, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, kind, name, date, venue, city, organizer FROM events ORDER BY date DESC, id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.ID, &e.Kind, &e.Name, &e.Date, &e.Venue, &e.City, &e.Organizer); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// OrganizationIDByName returns the organisation known under name (any
// spelling it was seen in).
func (s *Store) OrganizationIDByName(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT organization_id FROM organization_aliases WHERE key = ?`, keyOf(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("organization %q: %w", name, ErrNotFound)
	}
	return id, err
}

// TopicIDByName returns the topic with this name (any spelling).
func (s *Store) TopicIDByName(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM topics WHERE key = ?`, keyOf(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("topic %q: %w", name, ErrNotFound)
	}
	return id, err
}

// EventPeople returns the people named in the articles of an event who
// chaired or moderated it, or spoke at its opening or closing.
func (s *Store) EventPeople(ctx context.Context, eventID int64) ([]Participant, error) {
	out, err := participants(ctx, s.db, `SELECT ap.person_id, ap.name, ap.rank, ap.titles, ap.positions, ap.role
		FROM article_people ap JOIN articles a ON a.id = ap.article_id
		WHERE a.event_id = ? AND ap.role IN ('chair', 'moderator', 'keynote', 'opening', 'closing')
		GROUP BY ap.person_id ORDER BY MIN(ap.article_id), MIN(ap.ord)`, eventID)
	if err != nil {
		return nil, fmt.Errorf("event %d people: %w", eventID, err)
	}
	return out, nil
}
