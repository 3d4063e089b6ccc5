package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// querier is what the read methods need of a database: the store's pool,
// or a write transaction that must read what it has just written.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// preparedReader runs the reading queries of one record on statements
// the store prepared once: an index rebuild reads every contribution with
// five small queries, and preparing each again was a third of the time
// spent reading.
type preparedReader struct{ s *Store }

func (p preparedReader) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := p.s.prepared(ctx, query)
	if err != nil {
		return p.s.db.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

func (p preparedReader) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := p.s.prepared(ctx, query)
	if err != nil {
		return p.s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// Article returns the article with its event, contributions (in the order
// the article reports them), people, URLs, academies and topics.
func (s *Store) Article(ctx context.Context, id int64) (*Article, error) {
	return readArticle(ctx, preparedReader{s}, id)
}

func readArticle(ctx context.Context, q querier, id int64) (*Article, error) {
	var a Article
	var captions, warnings, updated string
	var eventID, originalID sql.NullInt64
	err := q.QueryRowContext(ctx, `SELECT id, url, source, title, published, kind, body, captions, warnings,
		event_id, original_id, updated_at, state, edited FROM articles WHERE id = ?`, id).Scan(&a.ID, &a.URL, &a.Source, &a.Title,
		&a.Published, &a.Kind, &a.Body, &captions, &warnings, &eventID, &originalID, &updated, &a.State, &a.Edited)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	a.Captions, a.Warnings = fromJSONList(captions), fromJSONList(warnings)
	a.OriginalID = originalID.Int64
	a.UpdatedAt, _ = time.Parse(time.RFC3339Nano, updated)
	if eventID.Valid {
		if a.Event, err = readEvent(ctx, q, eventID.Int64); err != nil {
			return nil, err
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT url FROM article_urls WHERE article_id = ? AND url <> ? ORDER BY url`, id, a.URL)
	if err != nil {
		return nil, fmt.Errorf("article %d urls: %w", id, err)
	}
	for rows.Next() {
		var u string
		rows.Scan(&u)
		a.URLs = append(a.URLs, u)
	}
	rows.Close()
	if a.People, err = articlePeople(ctx, q, id); err != nil {
		return nil, err
	}
	ids, err := queryIDs(ctx, q, `SELECT contribution_id FROM contribution_reports WHERE article_id = ? ORDER BY ord`, id)
	if err != nil {
		return nil, fmt.Errorf("article %d contributions: %w", id, err)
	}
	seenAcademy, seenTopic := map[string]bool{}, map[string]bool{}
	for _, cid := range ids {
		c, err := readContribution(ctx, q, cid)
		if err != nil {
			return nil, err
		}
		a.Contributions = append(a.Contributions, *c)
		if c.Academy != "" && !seenAcademy[c.Academy] {
			seenAcademy[c.Academy] = true
			a.Academies = append(a.Academies, c.Academy)
		}
		for _, t := range c.Topics {
			if !seenTopic[t] {
				seenTopic[t] = true
				a.Topics = append(a.Topics, t)
			}
		}
	}
	return &a, nil
}

func articlePeople(ctx context.Context, q querier, id int64) ([]Participant, error) {
	out, err := participants(ctx, q, `SELECT person_id, name, rank, titles, positions, role FROM article_people
		WHERE article_id = ? ORDER BY ord`, id)
	if err != nil {
		return nil, fmt.Errorf("article %d people: %w", id, err)
	}
	return out, nil
}

// participants runs a query whose rows are person_id, name, rank, titles,
// positions, role.
func participants(ctx context.Context, q querier, query string, args ...any) ([]Participant, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Participant
	for rows.Next() {
		var p Participant
		var titles, positions string
		if err := rows.Scan(&p.PersonID, &p.Name, &p.Rank, &titles, &positions, &p.Role); err != nil {
			return nil, err
		}
		p.Titles, p.Positions = fromJSONList(titles), fromJSONList(positions)
		out = append(out, p)
	}
	return out, rows.Err()
}

// Event returns one event.
func (s *Store) Event(ctx context.Context, id int64) (*Event, error) {
	return readEvent(ctx, preparedReader{s}, id)
}

func readEvent(ctx context.Context, q querier, id int64) (*Event, error) {
	var e Event
	err := q.QueryRowContext(ctx, `SELECT id, kind, name, date, venue, city, organizer FROM events WHERE id = ?`, id).
		Scan(&e.ID, &e.Kind, &e.Name, &e.Date, &e.Venue, &e.City, &e.Organizer)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("event %d: %w", id, err)
	}
	return &e, nil
}

// Contribution returns one contribution with its topics and the articles
// that report it. Published is true when at least one of those articles is
// published.
func (s *Store) Contribution(ctx context.Context, id int64) (*Contribution, error) {
	return readContribution(ctx, preparedReader{s}, id)
}

func readContribution(ctx context.Context, q querier, id int64) (*Contribution, error) {
	var c Contribution
	var eventID, personID, orgID sql.NullInt64
	var name, rank, titles string
	err := q.QueryRowContext(ctx, `SELECT id, event_id, kind, person_id, speaker_name, rank, titles, position,
		affiliation, organization_id, academy, title, summary FROM contributions WHERE id = ?`, id).Scan(&c.ID, &eventID, &c.Kind,
		&personID, &name, &rank, &titles, &c.Position, &c.Affiliation, &orgID, &c.Academy, &c.Title, &c.Summary)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("contribution %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("contribution %d: %w", id, err)
	}
	c.EventID, c.PersonID, c.OrganizationID = eventID.Int64, personID.Int64, orgID.Int64
	if personID.Valid {
		// The person's name as the archive knows it, rank and titles as
		// printed in the report.
		var canonical string
		if err := q.QueryRowContext(ctx, `SELECT name FROM people WHERE id = ?`, personID.Int64).Scan(&canonical); err == nil {
			name = canonical
		}
		c.Speaker = &Speaker{Name: name, Rank: rank, Titles: fromJSONList(titles)}
	}
	rows, err := q.QueryContext(ctx, `SELECT t.id, t.name FROM contribution_topics ct JOIN topics t ON t.id = ct.topic_id
		WHERE ct.contribution_id = ? ORDER BY ct.ord`, id)
	if err != nil {
		return nil, fmt.Errorf("contribution %d topics: %w", id, err)
	}
	for rows.Next() {
		var tid int64
		var t string
		rows.Scan(&tid, &t)
		c.Topics = append(c.Topics, t)
		c.TopicIDs = append(c.TopicIDs, tid)
	}
	rows.Close()
	rows, err = q.QueryContext(ctx, `SELECT r.article_id, r.ord, r.evidence, a.title, a.url, a.source, a.published, a.state
		FROM contribution_reports r JOIN articles a ON a.id = r.article_id WHERE r.contribution_id = ? ORDER BY a.published, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("contribution %d reports: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Report
		var evidence string
		if err := rows.Scan(&r.ArticleID, &r.Order, &evidence, &r.Title, &r.URL, &r.Source, &r.Published, &r.State); err != nil {
			return nil, err
		}
		c.Published = c.Published || r.State == StatePublished
		if c.Evidence == "" {
			c.Evidence = evidence
		}
		c.Reports = append(c.Reports, r)
	}
	return &c, rows.Err()
}

// Person returns a person with every way they were printed, oldest first.
func (s *Store) Person(ctx context.Context, id int64) (*Person, error) {
	var p Person
	err := s.db.QueryRowContext(ctx, `SELECT id, name FROM people WHERE id = ?`, id).Scan(&p.ID, &p.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("person %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("person %d: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name, rank, titles, position, date, article_id FROM person_variants
		WHERE person_id = ? ORDER BY date, id`, id)
	if err != nil {
		return nil, fmt.Errorf("person %d variants: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var v PersonVariant
		var titles string
		if err := rows.Scan(&v.Name, &v.Rank, &titles, &v.Position, &v.Date, &v.ArticleID); err != nil {
			return nil, err
		}
		v.Titles = fromJSONList(titles)
		p.Variants = append(p.Variants, v)
	}
	return &p, rows.Err()
}

// PersonContributions returns the ids of a person's contributions.
func (s *Store) PersonContributions(ctx context.Context, personID int64) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM contributions WHERE person_id = ? ORDER BY id`, personID)
}

// EventContributions returns the ids of an event's contributions in the
// order of their first report.
func (s *Store) EventContributions(ctx context.Context, eventID int64) ([]int64, error) {
	return s.ids(ctx, `SELECT c.id FROM contributions c LEFT JOIN contribution_reports r ON r.contribution_id = c.id
		WHERE c.event_id = ? GROUP BY c.id ORDER BY MIN(r.ord), c.id`, eventID)
}

// EventArticles returns the ids of the articles that report an event.
func (s *Store) EventArticles(ctx context.Context, eventID int64) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM articles WHERE event_id = ? ORDER BY published, id`, eventID)
}
