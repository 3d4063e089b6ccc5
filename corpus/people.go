package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// MergePeople makes from and into one person: every contribution,
// participation and printed variant of from becomes into's, from is
// removed, and /speaker/{from} can redirect (PersonRedirect). from's name
// stays known as into's, so a refetch that prints it finds into. Two
// contributions of one event that become into's with agreeing titles, and
// that no article lists side by side, are one paper reported twice: they
// become one contribution. Each article whose content changed gets a
// revision; the change log names every contribution moved, the articles
// and both people.
func (s *Store) MergePeople(ctx context.Context, from, into int64, by *User) error {
	if from == into {
		return fmt.Errorf("merge person %d into %d: %w", from, into, invalid("into", "the same person"))
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		var fromName, fromKey, intoName, intoKey string
		if err := w.personRow(from, &fromName, &fromKey); err != nil {
			return err
		}
		if err := w.personRow(into, &intoName, &intoKey); err != nil {
			return err
		}
		articles, err := queryIDs(ctx, tx, `SELECT r.article_id FROM contribution_reports r JOIN contributions c ON c.id = r.contribution_id
			WHERE c.person_id = ? UNION SELECT article_id FROM article_people WHERE person_id = ? ORDER BY 1`, from, from)
		if err != nil {
			return err
		}
		note := fmt.Sprintf("merge person “%s” (#%d) into “%s” (#%d)", fromName, from, intoName, into)
		_, err = w.revise(articles, by, ActionMerge, note, func(map[int64]*Article) error {
			moved, err := queryIDs(ctx, tx, `SELECT id FROM contributions WHERE person_id = ? ORDER BY id`, from)
			if err != nil {
				return err
			}
			for _, q := range []string{
				`UPDATE contributions SET person_id = ?2, updated_at = ?3 WHERE person_id = ?1`,
				`UPDATE article_people SET person_id = ?2 WHERE person_id = ?1`,
				`UPDATE person_variants SET person_id = ?2 WHERE person_id = ?1`,
				`UPDATE person_aliases SET person_id = ?2 WHERE person_id = ?1`,
				`UPDATE person_redirects SET to_id = ?2 WHERE to_id = ?1`,
				`INSERT OR REPLACE INTO person_redirects (from_id, to_id) VALUES (?1, ?2)`,
			} {
				if _, err := w.exec(q, from, into, w.at); err != nil {
					return err
				}
			}
			if fromKey != intoKey && fromKey != "" {
				if _, err := w.exec(`INSERT OR REPLACE INTO person_aliases (key, person_id) VALUES (?, ?)`, fromKey, into); err != nil {
					return err
				}
			}
			if _, err := w.exec(`DELETE FROM people WHERE id = ?`, from); err != nil {
				return err
			}
			for _, cid := range moved {
				if err := w.joinDuplicate(cid); err != nil {
					return err
				}
			}
			for _, id := range articles {
				if err := w.log(EntityArticle, id, OpUpsert); err != nil {
					return err
				}
			}
			if err := w.log(EntityPerson, from, OpDelete); err != nil {
				return err
			}
			return w.log(EntityPerson, into, OpUpsert)
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("merge person %d into %d: %w", from, into, err)
	}
	return nil
}

func (w *writer) personRow(id int64, name, key *string) error {
	err := w.tx.QueryRowContext(w.ctx, `SELECT name, key FROM people WHERE id = ?`, id).Scan(name, key)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("person %d: %w", id, ErrNotFound)
	}
	return err
}

// joinDuplicate makes contribution id one with an earlier contribution of
// the same event by the same person whose title agrees, unless an article
// lists both (then they are two papers). It logs what it changed.
func (w *writer) joinDuplicate(id int64) error {
	var eventID, personID int64
	var title string
	err := w.tx.QueryRowContext(w.ctx, `SELECT COALESCE(event_id, 0), COALESCE(person_id, 0), title FROM contributions WHERE id = ?`, id).
		Scan(&eventID, &personID, &title)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // joined to another already
	}
	if err != nil {
		return err
	}
	if eventID == 0 || personID == 0 {
		return w.log(EntityContribution, id, OpUpsert)
	}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT id, title FROM contributions WHERE event_id = ? AND person_id = ? AND id <> ? ORDER BY id`,
		eventID, personID, id)
	if err != nil {
		return err
	}
	var into int64
	key := vi.Key(title)
	for rows.Next() {
		var cand int64
		var t string
		if err := rows.Scan(&cand, &t); err != nil {
			rows.Close()
			return err
		}
		if k := vi.Key(t); key == "" || k == "" || k == key {
			into = cand
			break
		}
	}
	rows.Close()
	if into != 0 {
		both, err := w.queryID(`SELECT COUNT(*) FROM contribution_reports a JOIN contribution_reports b ON a.article_id = b.article_id
			WHERE a.contribution_id = ? AND b.contribution_id = ?`, id, into)
		if err != nil {
			return err
		}
		if both > 0 {
			into = 0
		}
	}
	if into == 0 {
		return w.log(EntityContribution, id, OpUpsert)
	}
	for _, q := range []string{
		`UPDATE contribution_reports SET contribution_id = ?2 WHERE contribution_id = ?1`,
		`INSERT OR IGNORE INTO contribution_topics (contribution_id, topic_id, ord)
			SELECT ?2, topic_id, ord + 1000 FROM contribution_topics WHERE contribution_id = ?1`,
		`UPDATE contributions AS t SET
			speaker_name = CASE WHEN t.speaker_name = '' THEN o.speaker_name ELSE t.speaker_name END,
			rank = CASE WHEN t.rank = '' THEN o.rank ELSE t.rank END,
			titles = CASE WHEN t.titles = '[]' THEN o.titles ELSE t.titles END,
			position = CASE WHEN t.position = '' THEN o.position ELSE t.position END,
			affiliation = CASE WHEN t.affiliation = '' THEN o.affiliation ELSE t.affiliation END,
			organization_id = COALESCE(t.organization_id, o.organization_id),
			academy = CASE WHEN t.academy = '' THEN o.academy ELSE t.academy END,
			title = CASE WHEN t.title = '' THEN o.title ELSE t.title END,
			summary = CASE WHEN t.summary = '' THEN o.summary ELSE t.summary END,
			updated_at = ?3
			FROM contributions AS o WHERE t.id = ?2 AND o.id = ?1`,
		`DELETE FROM contributions WHERE id = ?1`,
	} {
		if _, err := w.exec(q, id, into, w.at); err != nil {
			return err
		}
	}
	if err := w.log(EntityContribution, id, OpDelete); err != nil {
		return err
	}
	return w.log(EntityContribution, into, OpUpsert)
}

// PersonRedirect returns the person that person id was merged into,
// following merges of merges; ErrNotFound when id was never merged.
func (s *Store) PersonRedirect(ctx context.Context, id int64) (int64, error) {
	cur := id
	for range 100 {
		var to int64
		err := s.db.QueryRowContext(ctx, `SELECT to_id FROM person_redirects WHERE from_id = ?`, cur).Scan(&to)
		if errors.Is(err, sql.ErrNoRows) {
			if cur == id {
				return 0, fmt.Errorf("redirect of person %d: %w", id, ErrNotFound)
			}
			return cur, nil
		}
		if err != nil {
			return 0, fmt.Errorf("redirect of person %d: %w", id, err)
		}
		cur = to
	}
	return 0, fmt.Errorf("redirect of person %d: a loop", id)
}

// SplitPerson gives the contributions contributionIDs of person id to a new
// person called name (two people of one name, or a misread name), with the
// participations and printed variants in the articles reporting them. It
// returns the new person's id. Those articles are marked edited, since
// reading them again would find the old person by the printed name; each
// gets a revision.
func (s *Store) SplitPerson(ctx context.Context, id int64, contributionIDs []int64, name string, by *User) (int64, error) {
	name = clean(name)
	switch {
	case name == "":
		return 0, fmt.Errorf("split person %d: %w", id, invalid("name", "required"))
	case len([]rune(name)) > maxName:
		return 0, fmt.Errorf("split person %d: %w", id, invalid("name", fmt.Sprintf("too long (max %d characters)", maxName)))
	case len(contributionIDs) == 0:
		return 0, fmt.Errorf("split person %d: %w", id, invalid("contributions", "required"))
	}
	var newID int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		var oldName, oldKey string
		if err := w.personRow(id, &oldName, &oldKey); err != nil {
			return err
		}
		var articles []int64
		for _, cid := range contributionIDs {
			owner, err := w.queryID(`SELECT COALESCE(person_id, 0) FROM contributions WHERE id = ?`, cid)
			if err != nil {
				return err
			}
			if owner != id {
				return invalid("contributions", fmt.Sprintf("contribution %d is not this person's", cid))
			}
			ids, err := queryIDs(ctx, tx, `SELECT article_id FROM contribution_reports WHERE contribution_id = ?`, cid)
			if err != nil {
				return err
			}
			for _, a := range ids {
				if !slices.Contains(articles, a) {
					articles = append(articles, a)
				}
			}
		}
		slices.Sort(articles)
		note := fmt.Sprintf("split person “%s” (#%d): %d contributions to “%s”", oldName, id, len(contributionIDs), name)
		_, err := w.revise(articles, by, ActionSplit, note, func(map[int64]*Article) error {
			var err error
			if newID, err = w.newPerson(name); err != nil {
				return err
			}
			for _, cid := range contributionIDs {
				if _, err := w.exec(`UPDATE contributions SET person_id = ?, updated_at = ? WHERE id = ?`, newID, w.at, cid); err != nil {
					return err
				}
				if err := w.log(EntityContribution, cid, OpUpsert); err != nil {
					return err
				}
			}
			for _, a := range articles {
				for _, q := range []string{
					`UPDATE article_people SET person_id = ?1 WHERE person_id = ?2 AND article_id = ?3`,
					`UPDATE person_variants SET person_id = ?1 WHERE person_id = ?2 AND article_id = ?3`,
					`UPDATE articles SET edited = 1, updated_at = ?4 WHERE id = ?3`,
				} {
					if _, err := w.exec(q, newID, id, a, w.at); err != nil {
						return err
					}
				}
				if err := w.log(EntityArticle, a, OpUpsert); err != nil {
					return err
				}
			}
			return w.log(EntityPerson, id, OpUpsert)
		})
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("split person %d: %w", id, err)
	}
	return newID, nil
}

// FindPeople returns up to limit people whose name, or a word of it,
// starts with prefix, typed with or without diacritics, for autocomplete:
// the most contributions first; when prefix has diacritics, names that
// match them exactly come before names that match only without. People
// named nowhere any more are left out.
func (s *Store) FindPeople(ctx context.Context, prefix string, limit int) ([]Person, error) {
	key := vi.Key(prefix)
	if key == "" || limit <= 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT p.id, p.name, (SELECT COUNT(*) FROM contributions c WHERE c.person_id = p.id) AS n
		FROM people p WHERE (p.key LIKE ?1 OR p.key LIKE ?2)
		AND (n > 0 OR EXISTS (SELECT 1 FROM article_people ap WHERE ap.person_id = p.id))
		ORDER BY n DESC, p.id LIMIT 1000`, key+"%", "% "+key+"%")
	if err != nil {
		return nil, fmt.Errorf("find people %q: %w", prefix, err)
	}
	defer rows.Close()
	type found struct {
		p     Person
		n     int
		exact bool
	}
	var all []found
	exactPrefix := ""
	if vi.HasDiacritics(prefix) {
		exactPrefix = strings.Join(strings.Fields(vi.Lower(prefix)), " ")
	}
	for rows.Next() {
		var f found
		if err := rows.Scan(&f.p.ID, &f.p.Name, &f.n); err != nil {
			return nil, err
		}
		if exactPrefix != "" {
			name := vi.Lower(f.p.Name)
			f.exact = strings.HasPrefix(name, exactPrefix) || strings.Contains(name, " "+exactPrefix)
		}
		all = append(all, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find people %q: %w", prefix, err)
	}
	slices.SortStableFunc(all, func(a, b found) int {
		switch {
		case a.exact != b.exact && a.exact:
			return -1
		case a.exact != b.exact:
			return 1
		case a.n != b.n:
			return b.n - a.n
		}
		return vi.CompareCollate(a.p.Name, b.p.Name)
	})
	out := make([]Person, 0, min(limit, len(all)))
	for _, f := range all[:min(limit, len(all))] {
		out = append(out, f.p)
	}
	return out, nil
}

// resolvePerson returns the person an editor meant: person id (or whom it
// was merged into) when name is one of that person's names, else the
// person of that name, as SaveArticle finds them.
func (w *writer) resolvePerson(id int64, name string) (int64, error) {
	if id != 0 {
		live, err := w.livePerson(id)
		if err != nil {
			return 0, err
		}
		if live != 0 {
			ok, err := w.knownAs(live, vi.Key(name))
			if err != nil || ok {
				return live, err
			}
		}
	}
	return w.person(name)
}

// livePerson follows merges from person id to the person that exists, 0
// when there is none.
func (w *writer) livePerson(id int64) (int64, error) {
	for range 100 {
		n, err := w.queryID(`SELECT COUNT(*) FROM people WHERE id = ?`, id)
		if err != nil || n > 0 {
			return id, err
		}
		if id, err = w.queryID(`SELECT to_id FROM person_redirects WHERE from_id = ?`, id); err != nil || id == 0 {
			return 0, err
		}
	}
	return 0, nil
}

// knownAs reports whether key is the key of a name person id is known by:
// their name, a merged person's, a way they were printed.
func (w *writer) knownAs(id int64, key string) (bool, error) {
	if key == "" {
		return false, nil
	}
	n, err := w.queryID(`SELECT (SELECT COUNT(*) FROM people WHERE id = ?1 AND key = ?2)
		+ (SELECT COUNT(*) FROM person_aliases WHERE person_id = ?1 AND key = ?2)`, id, key)
	if err != nil || n > 0 {
		return n > 0, err
	}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT name FROM person_variants WHERE person_id = ?1
		UNION SELECT speaker_name FROM contributions WHERE person_id = ?1`, id)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return false, err
		}
		if vi.Key(name) == key {
			return true, nil
		}
	}
	return false, rows.Err()
}
