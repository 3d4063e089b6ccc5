package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DBFile is the name of the archive database inside the data directory.
const DBFile = "archive.db"

// Store is the archive on disk: a SQLite database in WAL mode.
// It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
	// beforeCommit, when set by tests, runs inside every write transaction
	// just before commit; an error aborts the transaction.
	beforeCommit func() error
	// stmts are the statements of writers and hot readers, prepared once:
	// query → *sql.Stmt.
	stmts sync.Map
}

// prepared returns query prepared on the database, preparing it once.
func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if v, ok := s.stmts.Load(query); ok {
		return v.(*sql.Stmt), nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if v, loaded := s.stmts.LoadOrStore(query, st); loaded {
		st.Close()
		return v.(*sql.Stmt), nil
	}
	return st, nil
}

// Open opens the archive in dir, creating dir and the database when they do
// not exist, and applies pending schema migrations.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	path := filepath.Join(dir, DBFile)
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	s := &Store{db: db, path: path, now: func() time.Time { return time.Now().UTC() }}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return s, nil
}

// Path returns the file name of the database.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	applied := map[int]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_version`)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return fmt.Errorf("read schema version: %w", err)
		}
		applied[v] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := filepath.Base(name)
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", base)
		}
		if applied[n] {
			continue
		}
		text, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		err = s.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(text)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, n)
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", base, err)
		}
	}
	return nil
}

// tx runs fn in a transaction and commits it when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if s.beforeCommit != nil {
		if err := s.beforeCommit(); err != nil {
			tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}

func (s *Store) stamp() string { return s.now().Format(time.RFC3339Nano) }

// insertChange appends to the change log.
const insertChange = `INSERT INTO changes (entity, entity_id, op, at) VALUES (?, ?, ?, ?)`

func logChange(ctx context.Context, tx *sql.Tx, at, entity string, id int64, op string) error {
	_, err := tx.ExecContext(ctx, insertChange, entity, id, op, at)
	if err != nil {
		return fmt.Errorf("log change %s %d: %w", entity, id, err)
	}
	return nil
}

// PutOriginal archives o. The same bytes under the same URL are stored once:
// created is false and the existing id is returned. New bytes under a known
// URL are a new revision; the old original stays.
func (s *Store) PutOriginal(ctx context.Context, o *Original) (id int64, created bool, err error) {
	sum := sha256.Sum256(o.Body)
	o.SHA256 = hex.EncodeToString(sum[:])
	if o.FetchedAt.IsZero() {
		o.FetchedAt = s.now()
	}
	if o.Kind == "" {
		o.Kind = OriginalPage
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(o.Body)
	if err := zw.Close(); err != nil {
		return 0, false, fmt.Errorf("compress original %s: %w", o.URL, err)
	}
	header, err := json.Marshal(o.Header)
	if err != nil {
		return 0, false, fmt.Errorf("encode headers of %s: %w", o.URL, err)
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM originals WHERE url = ? AND sha256 = ?`, o.URL, o.SHA256).Scan(&id)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO originals (url, fetched_at, status, headers, content_type, sha256, size, body, kind)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, o.URL, o.FetchedAt.UTC().Format(time.RFC3339Nano), o.Status, string(header),
			o.ContentType, o.SHA256, len(o.Body), buf.Bytes(), o.Kind)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		created = true
		return err
	})
	if err != nil {
		return 0, false, fmt.Errorf("put original %s: %w", o.URL, err)
	}
	o.ID = id
	return id, created, nil
}

// Original returns an archived original with its bytes.
func (s *Store) Original(ctx context.Context, id int64) (*Original, error) {
	var o Original
	var fetched, header string
	var body []byte
	err := s.db.QueryRowContext(ctx, `SELECT id, url, fetched_at, status, headers, content_type, sha256, body, kind
		FROM originals WHERE id = ?`, id).Scan(&o.ID, &o.URL, &fetched, &o.Status, &header, &o.ContentType, &o.SHA256, &body, &o.Kind)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("original %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("original %d: %w", id, err)
	}
	o.FetchedAt, _ = time.Parse(time.RFC3339Nano, fetched)
	json.Unmarshal([]byte(header), &o.Header)
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("original %d: %w", id, err)
	}
	if o.Body, err = io.ReadAll(zr); err != nil {
		return nil, fmt.Errorf("original %d: %w", id, err)
	}
	return &o, nil
}

// OriginalIDs returns the ids of every archived original, oldest first.
func (s *Store) OriginalIDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM originals ORDER BY id`)
}

// ArticleByURL returns the id of the article seen under url.
func (s *Store) ArticleByURL(ctx context.Context, url string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT article_id FROM article_urls WHERE url = ?`, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("article %s: %w", url, ErrNotFound)
	}
	return id, err
}

// scanIDs reads a query's single column of ids.
func scanIDs(rows *sql.Rows, err error) ([]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func (s *Store) ids(ctx context.Context, query string, args ...any) ([]int64, error) {
	return scanIDs(s.db.QueryContext(ctx, query, args...))
}

// ArticleIDs returns the ids of every article.
func (s *Store) ArticleIDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM articles ORDER BY id`)
}

// ContributionIDs returns the ids of every contribution.
func (s *Store) ContributionIDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM contributions ORDER BY id`)
}

// LastSeq returns the sequence number of the newest change, 0 when none.
func (s *Store) LastSeq(ctx context.Context) (int64, error) {
	var seq int64
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM changes`).Scan(&seq)
	return seq, err
}

// Changes returns up to limit changes with a sequence number above after,
// in order.
func (s *Store) Changes(ctx context.Context, after int64, limit int) ([]Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, entity, entity_id, op, at FROM changes WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("read changes after %d: %w", after, err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var at string
		if err := rows.Scan(&c.Seq, &c.Entity, &c.EntityID, &c.Op, &at); err != nil {
			return nil, err
		}
		c.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Counts is the size of the archive.
type Counts struct {
	Originals, Articles, Events, Contributions, People, Organizations, Topics int
}

// Counts returns how many records of each kind the archive holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM originals), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM contributions), (SELECT COUNT(*) FROM people),
		(SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM topics)`).
		Scan(&c.Originals, &c.Articles, &c.Events, &c.Contributions, &c.People, &c.Organizations, &c.Topics)
	if err != nil {
		return c, fmt.Errorf("count archive: %w", err)
	}
	return c, nil
}

func jsonList(v []string) string {
	if v == nil {
		v = []string{}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func fromJSONList(s string) []string {
	var v []string
	json.Unmarshal([]byte(s), &v)
	return v
}

// NewestOriginals returns, for every URL of a page to read (kinds
// OriginalPage and OriginalCrawled), the id of its newest archived revision,
// oldest URL first.
func (s *Store) NewestOriginals(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT MAX(id) FROM originals WHERE kind IN ('page', 'crawled') GROUP BY url ORDER BY MIN(id)`)
}

// LatestOriginal returns the newest original archived under url.
func (s *Store) LatestOriginal(ctx context.Context, url string) (*Original, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT MAX(id) FROM originals WHERE url = ?`, url).Scan(&id)
	if err != nil || id == 0 {
		return nil, fmt.Errorf("original of %s: %w", url, ErrNotFound)
	}
	return s.Original(ctx, id)
}

// ArticleBySHA256 returns the article read from an original with the given
// digest under another URL than url: the same bytes published twice.
func (s *Store) ArticleBySHA256(ctx context.Context, sum, url string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT a.id FROM originals o JOIN articles a ON a.original_id = o.id
		WHERE o.sha256 = ? AND o.url <> ? ORDER BY a.id LIMIT 1`, sum, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("article with digest %.12s: %w", sum, ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("article with digest %.12s: %w", sum, err)
	}
	return id, nil
}

// AddArticleURL records url as another address of an article.
func (s *Store) AddArticleURL(ctx context.Context, articleID int64, url string) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)`, url, articleID)
		return err
	})
	if err != nil {
		return fmt.Errorf("add URL %s to article %d: %w", url, articleID, err)
	}
	return nil
}
