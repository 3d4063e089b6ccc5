package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Organisations are found by the key (vi.Key) of any name they were seen
// under: the extractor's gazetteer gives an academy its canonical name, and
// SaveArticle records it and the affiliation as printed as aliases of the
// organisation. The aliases an editor adds weigh more: a contribution
// saved with that name as its academy, or with no academy and that name as
// its affiliation, is filed under the organisation and its canonical name.

// editorAlias returns the organisation an editor gave the name name, and
// the organisation's name; 0 when there is none.
func (w *writer) editorAlias(name string) (int64, string, error) {
	key := vi.Key(name)
	if key == "" {
		return 0, "", nil
	}
	var id int64
	var canonical string
	err := w.tx.QueryRowContext(w.ctx, `SELECT o.id, o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
		WHERE a.key = ? AND a.editor = 1`, key).Scan(&id, &canonical)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return id, canonical, err
}

func checkName(field, name string, max int) error {
	switch {
	case vi.Key(name) == "":
		return invalid(field, "required")
	case utf8.RuneCountInString(name) > max:
		return invalid(field, fmt.Sprintf("too long (max %d characters)", max))
	}
	return nil
}

// AddOrganizationAlias records alias as another name of organisation
// orgID. Contributions with no organisation whose academy or affiliation
// is written that way are filed under it. When alias is the name of
// another organisation, that organisation is the same one written
// differently: its contributions and names become orgID's and it is
// removed. The change log names every contribution moved and the articles
// reporting them.
func (s *Store) AddOrganizationAlias(ctx context.Context, orgID int64, alias string) error {
	alias = clean(alias)
	if err := checkName("alias", alias, maxShort); err != nil {
		return fmt.Errorf("add alias to organization %d: %w", orgID, err)
	}
	key := vi.Key(alias)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		var name, orgKey string
		err := tx.QueryRowContext(ctx, `SELECT name, key FROM organizations WHERE id = ?`, orgID).Scan(&name, &orgKey)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("organization %d: %w", orgID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if key == orgKey {
			return nil // its own name
		}
		var touched []int64
		other, err := w.queryID(`SELECT id FROM organizations WHERE key = ?`, key)
		if err != nil {
			return err
		}
		if other != 0 {
			ids, err := queryIDs(ctx, tx, `SELECT id FROM contributions WHERE organization_id = ?`, other)
			if err != nil {
				return err
			}
			touched = append(touched, ids...)
			for _, q := range []string{
				`UPDATE contributions SET organization_id = ?1, academy = ?3, updated_at = ?4 WHERE organization_id = ?2`,
				`UPDATE organization_aliases SET organization_id = ?1 WHERE organization_id = ?2`,
				`DELETE FROM organizations WHERE id = ?2`,
			} {
				if _, err := w.exec(q, orgID, other, name, w.at); err != nil {
					return err
				}
			}
		}
		if _, err := w.exec(`INSERT INTO organization_aliases (key, alias, organization_id, editor) VALUES (?, ?, ?, 1)
			ON CONFLICT (key) DO UPDATE SET alias = excluded.alias, organization_id = excluded.organization_id, editor = 1`,
			key, alias, orgID); err != nil {
			return err
		}
		// Contributions credited to no organisation under this name.
		rows, err := tx.QueryContext(ctx, `SELECT id, academy, affiliation FROM contributions WHERE organization_id IS NULL`)
		if err != nil {
			return err
		}
		var loose []int64
		for rows.Next() {
			var id int64
			var academy, affiliation string
			if err := rows.Scan(&id, &academy, &affiliation); err != nil {
				rows.Close()
				return err
			}
			if vi.Key(academy) == key || academy == "" && vi.Key(affiliation) == key {
				loose = append(loose, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range loose {
			if _, err := w.exec(`UPDATE contributions SET organization_id = ?, academy = ?, updated_at = ? WHERE id = ?`,
				orgID, name, w.at, id); err != nil {
				return err
			}
		}
		touched = append(touched, loose...)
		return w.logContributions(touched)
	})
	if err != nil {
		return fmt.Errorf("add alias %q to organization %d: %w", alias, orgID, err)
	}
	return nil
}

// RemoveOrganizationAlias forgets alias as a name of its organisation. The
// contributions filed under the organisation stay. An organisation's own
// name cannot be removed.
func (s *Store) RemoveOrganizationAlias(ctx context.Context, alias string) error {
	key := vi.Key(alias)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var orgKey string
		err := tx.QueryRowContext(ctx, `SELECT o.key FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id
			WHERE a.key = ?`, key).Scan(&orgKey)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if orgKey == key {
			return invalid("alias", "the organization's own name")
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM organization_aliases WHERE key = ?`, key)
		return err
	})
	if err != nil {
		return fmt.Errorf("remove organization alias %q: %w", alias, err)
	}
	return nil
}

// OrganizationAliases returns the other names of an organisation, in
// order.
func (s *Store) OrganizationAliases(ctx context.Context, orgID int64) ([]string, error) {
	var orgKey string
	err := s.db.QueryRowContext(ctx, `SELECT key FROM organizations WHERE id = ?`, orgID).Scan(&orgKey)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("aliases of organization %d: %w", orgID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("aliases of organization %d: %w", orgID, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT alias FROM organization_aliases WHERE organization_id = ? AND key <> ?`, orgID, orgKey)
	if err != nil {
		return nil, fmt.Errorf("aliases of organization %d: %w", orgID, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(out, vi.CompareCollate)
	return out, nil
}

// AddTopic creates a topic and returns its id. A topic of the same name
// (any spelling) is returned with an error wrapping ErrExists.
func (s *Store) AddTopic(ctx context.Context, name string) (int64, error) {
	name = clean(name)
	if err := checkName("name", name, maxName); err != nil {
		return 0, fmt.Errorf("add topic: %w", err)
	}
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		var err error
		if id, err = w.queryID(`SELECT id FROM topics WHERE key = ?`, vi.Key(name)); err != nil {
			return err
		}
		if id != 0 {
			return ErrExists
		}
		id, err = w.topic(name)
		return err
	})
	if err != nil {
		return id, fmt.Errorf("add topic %q: %w", name, err)
	}
	return id, nil
}

// RenameTopic renames a topic. The name of another topic is refused with
// ErrExists. The change log names the topic's contributions and the
// articles reporting them.
func (s *Store) RenameTopic(ctx context.Context, id int64, name string) error {
	name = clean(name)
	if err := checkName("name", name, maxName); err != nil {
		return fmt.Errorf("rename topic %d: %w", id, err)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		if err := w.topicExists(id); err != nil {
			return err
		}
		key := vi.Key(name)
		other, err := w.queryID(`SELECT id FROM topics WHERE key = ? AND id <> ?`, key, id)
		if err != nil {
			return err
		}
		if other != 0 {
			return fmt.Errorf("topic %d is named so: %w", other, ErrExists)
		}
		if _, err := w.exec(`UPDATE topics SET name = ?, key = ? WHERE id = ?`, name, key, id); err != nil {
			return err
		}
		ids, err := queryIDs(ctx, tx, `SELECT contribution_id FROM contribution_topics WHERE topic_id = ?`, id)
		if err != nil {
			return err
		}
		return w.logContributions(ids)
	})
	if err != nil {
		return fmt.Errorf("rename topic %d to %q: %w", id, name, err)
	}
	return nil
}

// DeleteTopic removes a topic and files no contribution under it any more.
// The change log names those contributions and the articles reporting
// them.
func (s *Store) DeleteTopic(ctx context.Context, id int64) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		if err := w.topicExists(id); err != nil {
			return err
		}
		ids, err := queryIDs(ctx, tx, `SELECT contribution_id FROM contribution_topics WHERE topic_id = ?`, id)
		if err != nil {
			return err
		}
		if _, err := w.exec(`DELETE FROM contribution_topics WHERE topic_id = ?`, id); err != nil {
			return err
		}
		if _, err := w.exec(`DELETE FROM topics WHERE id = ?`, id); err != nil {
			return err
		}
		return w.logContributions(ids)
	})
	if err != nil {
		return fmt.Errorf("delete topic %d: %w", id, err)
	}
	return nil
}

func (w *writer) topicExists(id int64) error {
	n, err := w.queryID(`SELECT COUNT(*) FROM topics WHERE id = ?`, id)
	if err == nil && n == 0 {
		err = fmt.Errorf("topic %d: %w", id, ErrNotFound)
	}
	return err
}

// logContributions logs an upsert of each contribution and of each
// article reporting one.
func (w *writer) logContributions(ids []int64) error {
	for _, id := range ids {
		if err := w.log(EntityContribution, id, OpUpsert); err != nil {
			return err
		}
	}
	return w.logReporters(ids, 0)
}
