package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Revision is one version of an article in its history: who made it, why,
// what changed, and the article as it was afterwards.
type Revision struct {
	ID           int64
	ArticleID    int64
	ArticleTitle string // the article's title today
	At           time.Time
	UserID       int64  // 0 for the system
	UserName     string // as it was then; "" for the system
	Action       string // ActionExtracted, ActionEdit, ...
	Note         string
	Diff         string // one change a line: `title: "old" → "new"`, `+ contribution: ...`
	// Snapshot is the article as Store.Article returned it after the
	// change, contributions and all. Filled by Store.Revision only.
	Snapshot *Article
}

// ArticleRef is an article as the editors' lists show it.
type ArticleRef struct {
	ID        int64
	Title     string
	Published string
	State     string
	UpdatedAt time.Time
}

// snapshot is an Article in the plain JSON encoding (Article's own is the
// extraction shape, without ids or state).
type snapshot Article

// revise runs fn and records a revision of each of the articles whose
// content fn changed; before holds them as they were. It returns how many
// changed. An article's first revision is preceded by an "extracted" one
// of it as it was, so that its history starts at the beginning.
func (w *writer) revise(articles []int64, by *User, action, note string, fn func(before map[int64]*Article) error) (int, error) {
	before := map[int64]*Article{}
	for _, id := range articles {
		a, err := readArticle(w.ctx, w, id)
		if err != nil {
			return 0, err
		}
		before[id] = a
	}
	if err := fn(before); err != nil {
		return 0, err
	}
	n := 0
	for _, id := range articles {
		after, err := readArticle(w.ctx, w, id)
		if err != nil {
			return 0, err
		}
		diff := diffArticles(before[id], after)
		if diff == "" {
			continue
		}
		if err := w.baseline(before[id]); err != nil {
			return 0, err
		}
		if err := w.revision(id, by, action, note, after, diff); err != nil {
			return 0, err
		}
		n++
	}
	return n, nil
}

// baseline records a as extracted when it has no history yet (articles
// stored before histories were kept).
func (w *writer) baseline(a *Article) error {
	n, err := w.queryID(`SELECT COUNT(*) FROM article_revisions WHERE article_id = ?`, a.ID)
	if err != nil || n > 0 {
		return err
	}
	return w.revision(a.ID, nil, ActionExtracted, "as it was before the first change", a, "")
}

func (w *writer) revision(articleID int64, by *User, action, note string, snap *Article, diff string) error {
	b, err := json.Marshal((*snapshot)(snap))
	if err != nil {
		return fmt.Errorf("write revision: %w", err)
	}
	var userID any
	var userName string
	if by != nil {
		userID, userName = nullID(by.ID), by.Name
	}
	if _, err := w.exec(`INSERT INTO article_revisions (article_id, at, user_id, user_name, action, note, snapshot, diff)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, articleID, w.at, userID, userName, action, note, string(b), diff); err != nil {
		return fmt.Errorf("write revision: %w", err)
	}
	return nil
}

// recordExtraction writes SaveArticle's revision: the first one of a new
// article, or one of a known article whose reading changed since its last
// revision.
func (w *writer) recordExtraction(id int64, isNew bool) error {
	after, err := readArticle(w.ctx, w, id)
	if err != nil {
		return err
	}
	if isNew {
		return w.revision(id, nil, ActionExtracted, "", after, "")
	}
	var text string
	err = w.tx.QueryRowContext(w.ctx, `SELECT snapshot FROM article_revisions WHERE article_id = ? ORDER BY id DESC LIMIT 1`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return w.revision(id, nil, ActionExtracted, "read again", after, "")
	}
	if err != nil {
		return err
	}
	var last snapshot
	if err := json.Unmarshal([]byte(text), &last); err != nil {
		return fmt.Errorf("read revision of article %d: %w", id, err)
	}
	diff := diffArticles((*Article)(&last), after)
	if diff == "" {
		return nil
	}
	return w.revision(id, nil, ActionExtracted, "read again", after, diff)
}

const revisionColumns = `r.id, r.article_id, COALESCE(a.title, ''), r.at, COALESCE(r.user_id, 0), r.user_name, r.action, r.note, r.diff`

func scanRevision(row scanner, extra ...any) (*Revision, error) {
	var r Revision
	var at string
	dest := append([]any{&r.ID, &r.ArticleID, &r.ArticleTitle, &at, &r.UserID, &r.UserName, &r.Action, &r.Note, &r.Diff}, extra...)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	r.At, _ = time.Parse(time.RFC3339Nano, at)
	return &r, nil
}

func (s *Store) revisions(ctx context.Context, query string, args ...any) ([]Revision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+revisionColumns+` FROM article_revisions r
		LEFT JOIN articles a ON a.id = r.article_id `+query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Revision
	for rows.Next() {
		r, err := scanRevision(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *r)
	}
	return out, rows.Err()
}

// Revisions returns an article's history, newest first, without snapshots.
func (s *Store) Revisions(ctx context.Context, articleID int64) ([]Revision, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE id = ?`, articleID).Scan(&n); err != nil {
		return nil, fmt.Errorf("revisions of article %d: %w", articleID, err)
	}
	if n == 0 {
		return nil, fmt.Errorf("revisions of article %d: %w", articleID, ErrNotFound)
	}
	out, err := s.revisions(ctx, `WHERE r.article_id = ? ORDER BY r.id DESC`, articleID)
	if err != nil {
		return nil, fmt.Errorf("revisions of article %d: %w", articleID, err)
	}
	return out, nil
}

// RecentRevisions returns the newest revisions across the archive, newest
// first, without snapshots and without the system's "extracted" ones: what
// editors did lately.
func (s *Store) RecentRevisions(ctx context.Context, limit int) ([]Revision, error) {
	out, err := s.revisions(ctx, `WHERE r.action <> ? ORDER BY r.id DESC LIMIT ?`, ActionExtracted, limit)
	if err != nil {
		return nil, fmt.Errorf("recent revisions: %w", err)
	}
	return out, nil
}

// Revision returns one revision with its snapshot.
func (s *Store) Revision(ctx context.Context, id int64) (*Revision, error) {
	var text string
	row := s.db.QueryRowContext(ctx, `SELECT `+revisionColumns+`, r.snapshot FROM article_revisions r
		LEFT JOIN articles a ON a.id = r.article_id WHERE r.id = ?`, id)
	r, err := scanRevision(row, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("revision %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("revision %d: %w", id, err)
	}
	var snap snapshot
	if err := json.Unmarshal([]byte(text), &snap); err != nil {
		return nil, fmt.Errorf("revision %d: %w", id, err)
	}
	r.Snapshot = (*Article)(&snap)
	return r, nil
}

// ArticlesByState returns up to limit articles in a state, the most
// recently changed first: the dashboard's drafts, say.
func (s *Store) ArticlesByState(ctx context.Context, state string, limit int) ([]ArticleRef, error) {
	switch state {
	case StateDraft, StatePublished, StateUnpublished, StateDeleted:
	default:
		return nil, fmt.Errorf("articles in state %q: %w", state, invalid("state", "unknown state"))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, published, state, updated_at FROM articles
		WHERE state = ? ORDER BY updated_at DESC, id DESC LIMIT ?`, state, limit)
	if err != nil {
		return nil, fmt.Errorf("articles in state %s: %w", state, err)
	}
	defer rows.Close()
	var out []ArticleRef
	for rows.Next() {
		var r ArticleRef
		var at string
		if err := rows.Scan(&r.ID, &r.Title, &r.Published, &r.State, &at); err != nil {
			return nil, err
		}
		r.UpdatedAt, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, r)
	}
	return out, rows.Err()
}

// PublicArticleIDs returns the ids of the published articles: those the
// public index holds.
func (s *Store) PublicArticleIDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM articles WHERE state = ? ORDER BY id`, StatePublished)
}

// PublicContributionIDs returns the ids of the contributions at least one
// published article reports: those the public index holds.
func (s *Store) PublicContributionIDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM contributions c WHERE EXISTS (SELECT 1 FROM contribution_reports r
		JOIN articles a ON a.id = r.article_id WHERE r.contribution_id = c.id AND a.state = ?) ORDER BY id`, StatePublished)
}

// diffArticles says what changed from a to b that an editor would see, one
// change a line; "" when nothing did.
func diffArticles(a, b *Article) string {
	var d differ
	d.field("state", a.State, b.State)
	d.field("title", a.Title, b.Title)
	d.field("published", a.Published, b.Published)
	d.field("source", a.Source, b.Source)
	d.field("kind", a.Kind, b.Kind)
	if a.Body != b.Body {
		d.add("body: %d → %d characters", utf8.RuneCountInString(a.Body), utf8.RuneCountInString(b.Body))
	}
	ea, eb := a.Event, b.Event
	if ea == nil {
		ea = &Event{}
	}
	if eb == nil {
		eb = &Event{}
	}
	d.field("event kind", ea.Kind, eb.Kind)
	d.field("event name", ea.Name, eb.Name)
	d.field("event date", ea.Date, eb.Date)
	d.field("event venue", ea.Venue, eb.Venue)
	d.field("event city", ea.City, eb.City)
	d.field("event organizer", ea.Organizer, eb.Organizer)

	old := map[int64]int{}
	for i, c := range a.Contributions {
		old[c.ID] = i
	}
	var keptBefore, keptAfter []int64
	for _, c := range a.Contributions {
		if slices.ContainsFunc(b.Contributions, func(x Contribution) bool { return x.ID == c.ID }) {
			keptBefore = append(keptBefore, c.ID)
		}
	}
	for j, c := range b.Contributions {
		i, ok := old[c.ID]
		if !ok {
			d.add("+ contribution: %s", describe(&c))
			continue
		}
		keptAfter = append(keptAfter, c.ID)
		diffContribution(&d, fmt.Sprintf("contribution %d ", j+1), &a.Contributions[i], &c)
	}
	for _, c := range a.Contributions {
		if !slices.ContainsFunc(b.Contributions, func(x Contribution) bool { return x.ID == c.ID }) {
			d.add("- contribution: %s", describe(&c))
		}
	}
	if !slices.Equal(keptBefore, keptAfter) {
		// The fewest moves: what is not in the longest run kept in order.
		pos := make([]int, len(keptAfter))
		for k, id := range keptAfter {
			pos[k] = old[id]
		}
		stay := longestIncreasing(pos)
		for k, id := range keptAfter {
			if stay[k] {
				continue
			}
			j := slices.IndexFunc(b.Contributions, func(x Contribution) bool { return x.ID == id })
			d.add("contribution moved %d → %d: %s", old[id]+1, j+1, describe(&b.Contributions[j]))
		}
	}

	pkey := func(p Participant) string { return vi.Key(p.Name) + "|" + p.Role }
	for _, p := range b.People {
		i := slices.IndexFunc(a.People, func(x Participant) bool { return pkey(x) == pkey(p) })
		if i < 0 {
			d.add("+ person: %s", describePerson(p))
			continue
		}
		q := a.People[i]
		prefix := "person " + p.Name + " "
		d.field(prefix+"name", q.Name, p.Name)
		if q.PersonID != p.PersonID && q.PersonID != 0 && p.PersonID != 0 {
			d.add("person %s: #%d → #%d", p.Name, q.PersonID, p.PersonID)
		}
		d.field(prefix+"rank", q.Rank, p.Rank)
		d.field(prefix+"titles", strings.Join(q.Titles, ", "), strings.Join(p.Titles, ", "))
		d.field(prefix+"positions", strings.Join(q.Positions, "; "), strings.Join(p.Positions, "; "))
	}
	for _, p := range a.People {
		if !slices.ContainsFunc(b.People, func(x Participant) bool { return pkey(x) == pkey(p) }) {
			d.add("- person: %s", describePerson(p))
		}
	}
	return strings.Join(d.lines, "\n")
}

// longestIncreasing marks the elements of a longest increasing
// subsequence of xs.
func longestIncreasing(xs []int) []bool {
	n := len(xs)
	length, prev := make([]int, n), make([]int, n)
	best := -1
	for i := range xs {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		// Ties keep the later run: of two swapped, the one that moved up moved.
		if best < 0 || length[i] >= length[best] {
			best = i
		}
	}
	in := make([]bool, n)
	for i := best; i >= 0; i = prev[i] {
		in[i] = true
	}
	return in
}

func diffContribution(d *differ, prefix string, a, b *Contribution) {
	d.field(prefix+"kind", a.Kind, b.Kind)
	var na, nb string
	if a.Speaker != nil {
		na = a.Speaker.Name
	}
	if b.Speaker != nil {
		nb = b.Speaker.Name
	}
	if na == nb && a.PersonID != b.PersonID {
		d.add("%sspeaker: %q (#%d) → %q (#%d)", prefix, na, a.PersonID, nb, b.PersonID)
	}
	d.field(prefix+"speaker", na, nb)
	var ra, rb, ta, tb string
	if a.Speaker != nil {
		ra, ta = a.Speaker.Rank, strings.Join(a.Speaker.Titles, ", ")
	}
	if b.Speaker != nil {
		rb, tb = b.Speaker.Rank, strings.Join(b.Speaker.Titles, ", ")
	}
	d.field(prefix+"rank", ra, rb)
	d.field(prefix+"titles", ta, tb)
	d.field(prefix+"position", a.Position, b.Position)
	d.field(prefix+"affiliation", a.Affiliation, b.Affiliation)
	d.field(prefix+"academy", a.Academy, b.Academy)
	d.field(prefix+"title", a.Title, b.Title)
	d.field(prefix+"summary", a.Summary, b.Summary)
	d.field(prefix+"topics", strings.Join(a.Topics, ", "), strings.Join(b.Topics, ", "))
}

// describe names a contribution: Nguyễn Văn A — “Title”.
func describe(c *Contribution) string {
	who := c.Affiliation
	if c.Speaker != nil && c.Speaker.Name != "" {
		who = c.Speaker.Name
	}
	if c.Title == "" {
		return who
	}
	return who + " — “" + c.Title + "”"
}

func describePerson(p Participant) string {
	if p.Role == "" {
		return p.Name
	}
	return p.Name + " (" + p.Role + ")"
}

type differ struct{ lines []string }

func (d *differ) add(format string, args ...any) {
	d.lines = append(d.lines, fmt.Sprintf(format, args...))
}

// field notes a changed value, shortened: `title: "old" → "new"`.
func (d *differ) field(name, a, b string) {
	if a != b {
		d.add("%s: %q → %q", name, short(a), short(b))
	}
}

func short(s string) string {
	const n = 120
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
