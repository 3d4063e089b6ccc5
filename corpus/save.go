package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// SaveArticle stores a (freshly extracted or edited) article read from the
// original originalID (0 when there is none) and returns its id.
//
// The article is matched to what the archive holds: by URL, then by the same
// title and date from the same source (one article under an old and a new
// URL). Its event is matched to a known event of the same name and date
// (the same event reported by several sites), each contribution to a
// contribution of that event by the same speaker or title, and each person
// to a known person of the same name (or a name of a person merged into
// another). Everything is written, with the change log, in one transaction.
//
// A new article takes a.State (editors add drafts), published when empty,
// and its history starts with an "extracted" revision. A known article
// keeps its state; when reading it again changed what an editor would see,
// an "extracted" revision records the change. A known article an editor
// corrected by hand (Article.Edited) is not overwritten: the editor's
// version stays, only a new URL is recorded, a.ID is set, a warning is
// appended to a.Warnings, and no error is returned, so that a refetch or
// reextract goes on.
func (s *Store) SaveArticle(ctx context.Context, a *Article, originalID int64) (int64, error) {
	if strings.TrimSpace(a.URL) == "" {
		return 0, fmt.Errorf("save article: empty URL")
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		return w.saveArticle(a, originalID)
	})
	if err != nil {
		return 0, fmt.Errorf("save article %s: %w", a.URL, err)
	}
	return a.ID, nil
}

// writer holds one write transaction.
type writer struct {
	ctx context.Context
	tx  *sql.Tx
	at  string
	s   *Store
}

// stmt returns query prepared once for the store and bound to the
// transaction: parsing SQL was a quarter of the time of saving an article.
func (w *writer) stmt(query string) (*sql.Stmt, error) {
	if w.s == nil {
		return nil, nil
	}
	st, err := w.s.prepared(w.ctx, query)
	if err != nil {
		return nil, err
	}
	return w.tx.StmtContext(w.ctx, st), nil
}

func (w *writer) exec(query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return w.tx.ExecContext(w.ctx, query, args...)
	}
	return st.ExecContext(w.ctx, args...)
}

func (w *writer) insert(query string, args ...any) (int64, error) {
	res, err := w.exec(query, args...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// query runs a prepared query in the transaction.
func (w *writer) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return w.tx.QueryContext(w.ctx, query, args...)
	}
	return st.QueryContext(w.ctx, args...)
}

// queryRow runs a prepared single-row query in the transaction.
func (w *writer) queryRow(query string, args ...any) *sql.Row {
	if st, err := w.stmt(query); err == nil && st != nil {
		return st.QueryRowContext(w.ctx, args...)
	}
	return w.tx.QueryRowContext(w.ctx, query, args...)
}

// QueryContext and QueryRowContext make the writer a querier that reads
// inside its transaction on prepared statements (readArticle after a
// save).
func (w *writer) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil || st == nil {
		return w.tx.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

func (w *writer) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := w.stmt(query)
	if err != nil || st == nil {
		return w.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (w *writer) queryID(query string, args ...any) (int64, error) {
	var id int64
	var row *sql.Row
	if st, err := w.stmt(query); err != nil {
		return 0, err
	} else if st != nil {
		row = st.QueryRowContext(w.ctx, args...)
	} else {
		row = w.tx.QueryRowContext(w.ctx, query, args...)
	}
	err := row.Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

func (w *writer) log(entity string, id int64, op string) error {
	if _, err := w.exec(insertChange, entity, id, op, w.at); err != nil {
		return fmt.Errorf("log change %s %d: %w", entity, id, err)
	}
	return nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func (w *writer) saveArticle(a *Article, originalID int64) error {
	if a.Kind == "" {
		a.Kind = ArticleNews
	}
	// Which article is this? The URL first, then the same title and date
	// from the same source under another URL.
	id, err := w.queryID(`SELECT article_id FROM article_urls WHERE url = ?`, a.URL)
	if err != nil {
		return err
	}
	titleKey := vi.Key(a.Title)
	if id == 0 && titleKey != "" && a.Published != "" {
		id, err = w.queryID(`SELECT id FROM articles WHERE title_key = ? AND published = ? AND source = ?`, titleKey, a.Published, a.Source)
		if err != nil {
			return err
		}
	}
	isNew := id == 0
	if !isNew {
		var edited bool
		if err := w.queryRow(`SELECT edited FROM articles WHERE id = ?`, id).Scan(&edited); err != nil {
			return err
		}
		if edited {
			return w.keepEdited(a, id)
		}
	}
	state := a.State
	if state == "" {
		state = StatePublished
	}
	if isNew && state != StateDraft && state != StatePublished && state != StateUnpublished {
		return fmt.Errorf("state %q: a new article is a draft, published or unpublished", state)
	}
	eventID, err := w.saveEvent(a.Event)
	if err != nil {
		return err
	}
	if isNew {
		id, err = w.insert(`INSERT INTO articles (url, source, title, title_key, published, kind, body, captions, warnings,
			event_id, original_id, created_at, updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.URL, a.Source, a.Title, titleKey, a.Published, a.Kind, a.Body, jsonList(a.Captions), jsonList(a.Warnings),
			nullID(eventID), nullID(originalID), w.at, w.at, state)
	} else {
		_, err = w.exec(`UPDATE articles SET source = ?, title = ?, title_key = ?, published = ?, kind = ?, body = ?,
			captions = ?, warnings = ?, event_id = ?, original_id = COALESCE(?, original_id), updated_at = ? WHERE id = ?`,
			a.Source, a.Title, titleKey, a.Published, a.Kind, a.Body, jsonList(a.Captions), jsonList(a.Warnings),
			nullID(eventID), nullID(originalID), w.at, id)
	}
	if err != nil {
		return fmt.Errorf("write article: %w", err)
	}
	a.ID = id
	for _, u := range append([]string{a.URL}, a.URLs...) {
		if _, err := w.exec(`INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)`, u, id); err != nil {
			return err
		}
	}
	if err := w.savePeople(a); err != nil {
		return err
	}
	if err := w.saveContributions(a, eventID); err != nil {
		return err
	}
	for _, name := range a.Academies {
		if _, _, err := w.organization(name, name); err != nil {
			return err
		}
	}
	if err := w.log(EntityArticle, id, OpUpsert); err != nil {
		return err
	}
	return w.recordExtraction(id, isNew)
}

// saveEvent finds or creates the event: the same folded name on the same
// day (or with one date unknown) is the same event.
func (w *writer) saveEvent(e *Event) (int64, error) {
	if e == nil || strings.TrimSpace(e.Name) == "" {
		return 0, nil
	}
	key := vi.Key(e.Name)
	rows, err := w.query(`SELECT id, date FROM events WHERE key = ? ORDER BY id`, key)
	if err != nil {
		return 0, err
	}
	var id int64
	for rows.Next() {
		var cand int64
		var date string
		if err := rows.Scan(&cand, &date); err != nil {
			rows.Close()
			return 0, err
		}
		if date == "" || e.Date == "" || date == e.Date {
			id = cand
			break
		}
	}
	rows.Close()
	if id == 0 {
		id, err = w.insert(`INSERT INTO events (kind, name, key, date, venue, city, organizer, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.Kind, e.Name, key, e.Date, e.Venue, e.City, e.Organizer, w.at, w.at)
	} else {
		// A second report fills what the first one left out.
		_, err = w.exec(`UPDATE events SET
			kind = CASE WHEN kind = '' THEN ? ELSE kind END, date = CASE WHEN date = '' THEN ? ELSE date END,
			venue = CASE WHEN venue = '' THEN ? ELSE venue END, city = CASE WHEN city = '' THEN ? ELSE city END,
			organizer = CASE WHEN organizer = '' THEN ? ELSE organizer END, updated_at = ? WHERE id = ?`,
			e.Kind, e.Date, e.Venue, e.City, e.Organizer, w.at, id)
	}
	if err != nil {
		return 0, fmt.Errorf("write event: %w", err)
	}
	e.ID = id
	return id, w.log(EntityEvent, id, OpUpsert)
}

// person finds or creates the person with this name: a person of that
// name, else the person someone of that name was merged into.
func (w *writer) person(name string) (int64, error) {
	key := vi.Key(name)
	id, err := w.queryID(`SELECT id FROM people WHERE key = ? ORDER BY id LIMIT 1`, key)
	if err != nil || id != 0 {
		return id, err
	}
	id, err = w.queryID(`SELECT person_id FROM person_aliases WHERE key = ?`, key)
	if err != nil || id != 0 {
		return id, err
	}
	return w.newPerson(name)
}

// newPerson creates a person.
func (w *writer) newPerson(name string) (int64, error) {
	// SQLite would give a new row the id of the last one deleted: a merged
	// person's id stays theirs, so that /speaker/{id} keeps redirecting.
	id, err := w.insert(`INSERT INTO people (id, name, key, created_at) VALUES (1 + MAX(
		COALESCE((SELECT MAX(id) FROM people), 0), COALESCE((SELECT MAX(from_id) FROM person_redirects), 0)), ?, ?, ?)`,
		vi.Normalize(name), vi.Key(name), w.at)
	if err != nil {
		return 0, fmt.Errorf("write person %q: %w", name, err)
	}
	return id, w.log(EntityPerson, id, OpUpsert)
}

// organization finds or creates the organisation with canonical name
// canonical and records alias as one of its names. It returns the
// organisation and the academy name to file a contribution under:
// canonical, or the organisation's name when canonical (or, with no
// canonical name, alias) is a name an editor gave it
// (AddOrganizationAlias).
func (w *writer) organization(canonical, alias string) (int64, string, error) {
	key := vi.Key(canonical)
	if key == "" {
		return w.editorAlias(alias)
	}
	id, err := w.queryID(`SELECT id FROM organizations WHERE key = ?`, key)
	if err != nil {
		return 0, "", err
	}
	if id == 0 {
		var name string
		if id, name, err = w.editorAlias(canonical); err != nil {
			return 0, "", err
		}
		if id != 0 {
			canonical = name
		}
	}
	if id == 0 {
		if id, err = w.insert(`INSERT INTO organizations (name, key) VALUES (?, ?)`, canonical, key); err != nil {
			return 0, "", fmt.Errorf("write organization %q: %w", canonical, err)
		}
	}
	for _, name := range []string{canonical, alias} {
		if k := vi.Key(name); k != "" {
			if _, err := w.exec(`INSERT OR IGNORE INTO organization_aliases (key, alias, organization_id) VALUES (?, ?, ?)`, k, name, id); err != nil {
				return 0, "", err
			}
		}
	}
	return id, canonical, nil
}

func (w *writer) topic(name string) (int64, error) {
	key := vi.Key(name)
	id, err := w.queryID(`SELECT id FROM topics WHERE key = ?`, key)
	if err != nil || id != 0 {
		return id, err
	}
	return w.insert(`INSERT INTO topics (name, key) VALUES (?, ?)`, name, key)
}

func (w *writer) savePeople(a *Article) error {
	if _, err := w.exec(`DELETE FROM article_people WHERE article_id = ?`, a.ID); err != nil {
		return err
	}
	if _, err := w.exec(`DELETE FROM person_variants WHERE article_id = ?`, a.ID); err != nil {
		return err
	}
	for i := range a.People {
		p := &a.People[i]
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		id, err := w.person(p.Name)
		if err != nil {
			return err
		}
		p.PersonID = id
		if _, err := w.exec(`INSERT INTO article_people (article_id, ord, person_id, name, rank, titles, positions, role)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, i, id, p.Name, p.Rank, jsonList(p.Titles), jsonList(p.Positions), p.Role); err != nil {
			return err
		}
		if _, err := w.exec(`INSERT INTO person_variants (person_id, article_id, name, rank, titles, position, date)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, a.ID, p.Name, p.Rank, jsonList(p.Titles), strings.Join(p.Positions, ", "), a.Published); err != nil {
			return err
		}
	}
	return nil
}

// saveContributions replaces the article's reports of contributions. A
// contribution already known from another report of the same event is
// joined, not duplicated; a contribution left with no report is deleted.
func (w *writer) saveContributions(a *Article, eventID int64) error {
	before, err := idsTx(w, `SELECT contribution_id FROM contribution_reports WHERE article_id = ?`, a.ID)
	if err != nil {
		return err
	}
	if _, err := w.exec(`DELETE FROM contribution_reports WHERE article_id = ?`, a.ID); err != nil {
		return err
	}
	kept := map[int64]bool{}
	for i := range a.Contributions {
		c := &a.Contributions[i]
		c.EventID = eventID
		id, err := w.saveContribution(c, a, i)
		if err != nil {
			return err
		}
		kept[id] = true
	}
	for _, id := range before {
		if kept[id] {
			continue
		}
		left, err := w.queryID(`SELECT COUNT(*) FROM contribution_reports WHERE contribution_id = ?`, id)
		if err != nil {
			return err
		}
		if left > 0 {
			if err := w.log(EntityContribution, id, OpUpsert); err != nil {
				return err
			}
			continue
		}
		if _, err := w.exec(`DELETE FROM contributions WHERE id = ?`, id); err != nil {
			return err
		}
		if err := w.log(EntityContribution, id, OpDelete); err != nil {
			return err
		}
	}
	return nil
}

func idsTx(w *writer, query string, args ...any) ([]int64, error) {
	return scanIDs(w.query(query, args...))
}

// matchContribution finds the contribution of the same event that c
// reports again: same speaker, or same title, or the same institution.
func (w *writer) matchContribution(c *Contribution, articleID int64) (int64, error) {
	if c.EventID == 0 {
		return 0, nil
	}
	rows, err := w.query(`SELECT c.id, COALESCE(c.person_id, 0), c.title, c.affiliation, c.kind FROM contributions c
		WHERE c.event_id = ? AND c.id NOT IN (SELECT contribution_id FROM contribution_reports WHERE article_id = ?) ORDER BY c.id`,
		c.EventID, articleID)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	titleKey := vi.Key(c.Title)
	for rows.Next() {
		var id, person int64
		var title, affiliation, kind string
		if err := rows.Scan(&id, &person, &title, &affiliation, &kind); err != nil {
			return 0, err
		}
		otherTitle := vi.Key(title)
		titlesAgree := titleKey == "" || otherTitle == "" || titleKey == otherTitle
		switch {
		case c.PersonID != 0 && person == c.PersonID && titlesAgree:
			return id, nil
		case c.PersonID == 0 && person == 0 && titleKey != "" && titleKey == otherTitle:
			return id, nil
		case c.PersonID == 0 && person == 0 && titleKey == "" && vi.Key(c.Affiliation) == vi.Key(affiliation) && kind == c.Kind:
			return id, nil
		}
	}
	return 0, rows.Err()
}

func (w *writer) saveContribution(c *Contribution, a *Article, order int) (int64, error) {
	var rank string
	var titles []string
	c.PersonID = 0
	if c.Speaker != nil && strings.TrimSpace(c.Speaker.Name) != "" {
		id, err := w.person(c.Speaker.Name)
		if err != nil {
			return 0, err
		}
		c.PersonID = id
		rank, titles = c.Speaker.Rank, c.Speaker.Titles
	}
	if c.Kind == "" {
		c.Kind = KindPaper
	}
	orgID, academy, err := w.organization(c.Academy, c.Affiliation)
	if err != nil {
		return 0, err
	}
	c.Academy = academy
	speakerName := ""
	if c.PersonID != 0 {
		speakerName = c.Speaker.Name
	}
	id := c.ID
	if id != 0 {
		// An edited contribution keeps its id when it still exists.
		if id, err = w.queryID(`SELECT id FROM contributions WHERE id = ?`, id); err != nil {
			return 0, err
		}
	}
	if id == 0 {
		if id, err = w.matchContribution(c, a.ID); err != nil {
			return 0, err
		}
	}
	if id == 0 {
		id, err = w.insert(`INSERT INTO contributions (event_id, kind, person_id, speaker_name, rank, titles, position, affiliation,
			organization_id, academy, title, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullID(c.EventID), c.Kind, nullID(c.PersonID), speakerName, rank, jsonList(titles), c.Position, c.Affiliation,
			nullID(orgID), c.Academy, c.Title, c.Summary, w.at, w.at)
	} else {
		// Another report of a known contribution: the first report's
		// wording stays, gaps are filled.
		_, err = w.exec(`UPDATE contributions SET
			person_id = COALESCE(person_id, ?), speaker_name = CASE WHEN speaker_name = '' THEN ? ELSE speaker_name END,
			rank = CASE WHEN rank = '' THEN ? ELSE rank END, titles = CASE WHEN titles = '[]' THEN ? ELSE titles END,
			position = CASE WHEN position = '' THEN ? ELSE position END,
			affiliation = CASE WHEN affiliation = '' THEN ? ELSE affiliation END,
			organization_id = COALESCE(organization_id, ?), academy = CASE WHEN academy = '' THEN ? ELSE academy END,
			title = CASE WHEN title = '' THEN ? ELSE title END, summary = CASE WHEN summary = '' THEN ? ELSE summary END,
			updated_at = ? WHERE id = ?`,
			nullID(c.PersonID), speakerName, rank, jsonList(titles), c.Position, c.Affiliation, nullID(orgID), c.Academy,
			c.Title, c.Summary, w.at, id)
	}
	if err != nil {
		return 0, fmt.Errorf("write contribution: %w", err)
	}
	c.ID = id
	if _, err := w.exec(`INSERT INTO contribution_reports (contribution_id, article_id, ord, summary, evidence) VALUES (?, ?, ?, ?, ?)`,
		id, a.ID, order, c.Summary, c.Evidence); err != nil {
		return 0, fmt.Errorf("write report: %w", err)
	}
	if len(c.Topics) > 0 {
		if _, err := w.exec(`DELETE FROM contribution_topics WHERE contribution_id = ?`, id); err != nil {
			return 0, err
		}
		for i, t := range c.Topics {
			tid, err := w.topic(t)
			if err != nil {
				return 0, err
			}
			if _, err := w.exec(`INSERT OR IGNORE INTO contribution_topics (contribution_id, topic_id, ord) VALUES (?, ?, ?)`, id, tid, i); err != nil {
				return 0, err
			}
		}
	}
	return id, w.log(EntityContribution, id, OpUpsert)
}
