package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Article states. The public sees published articles only, and the
// contributions at least one published article reports.
const (
	StateDraft       = "draft"       // added by an editor, not yet shown
	StatePublished   = "published"   // shown (every extracted article starts here)
	StateUnpublished = "unpublished" // withdrawn from the public, kept
	StateDeleted     = "deleted"     // a tombstone: kept, hidden, restorable
)

// Revision actions: what made a revision of an article.
const (
	ActionExtracted = "extracted" // read from its original by the system
	ActionEdit      = "edit"      // corrected by an editor
	ActionPublish   = "publish"
	ActionUnpublish = "unpublish"
	ActionDelete    = "delete"
	ActionRestore   = "restore" // back from deleted to the state before
	ActionRevert    = "revert"  // an earlier revision's content restored
	ActionMerge     = "merge"   // two people made one (MergePeople)
	ActionSplit     = "split"   // a person's contributions given to a new person (SplitPerson)
)

// ErrTransition is returned for a state change that cannot be made:
// publishing a published article, unpublishing a draft, editing a deleted
// one.
var ErrTransition = errors.New("impossible state change")

// errUnchanged rolls back a change that changed nothing.
var errUnchanged = errors.New("unchanged")

// FieldError is one invalid field of an edited article. Field names the
// field in the article's shape, indexes from 0: "title", "published",
// "event.date", "contributions.2.speaker.name", "people.0.role". Message
// is short English; the web layer translates it.
type FieldError struct {
	Field, Message string
}

// ValidationErrors lists every invalid field of a value the store refuses.
type ValidationErrors struct {
	Fields []FieldError
}

func (e *ValidationErrors) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Field + ": " + f.Message
	}
	return "invalid: " + strings.Join(parts, "; ")
}

// Message returns the message for field, "" when the field is valid.
func (e *ValidationErrors) Message(field string) string {
	for _, f := range e.Fields {
		if f.Field == field {
			return f.Message
		}
	}
	return ""
}

func invalid(field, message string) *ValidationErrors {
	return &ValidationErrors{Fields: []FieldError{{field, message}}}
}

// Limits on what an editor may write, in characters.
const (
	maxTitle        = 500   // article and event titles
	maxName         = 200   // people, topics
	maxShort        = 300   // source, affiliation, academy, event kind, venue, city, organizer
	maxRank         = 100   // a rank, an academic title
	maxPosition     = 500   // a position as printed
	maxPaperTitle   = 1000  // a contribution's title
	maxSummary      = 20000 // a contribution's summary
	maxBody         = 2 << 20
	maxList         = 20 // titles, positions, topics of one record
	maxContributors = 500
)

// oldestYear is the earliest year a date of the archive may have.
const oldestYear = 1900

type validator struct{ errs []FieldError }

func (v *validator) add(field, message string) { v.errs = append(v.errs, FieldError{field, message}) }

func (v *validator) max(field, s string, n int) {
	if utf8.RuneCountInString(s) > n {
		v.add(field, fmt.Sprintf("too long (max %d characters)", n))
	}
}

func (v *validator) date(field, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		v.add(field, "must be a date YYYY-MM-DD")
		return
	}
	if t.Year() < oldestYear || t.After(time.Now().AddDate(1, 0, 0)) {
		v.add(field, "implausible date")
	}
}

func (v *validator) list(field string, items []string, n int) {
	if len(items) > maxList {
		v.add(field, fmt.Sprintf("too many (max %d)", maxList))
		return
	}
	for i, s := range items {
		v.max(fmt.Sprintf("%s.%d", field, i), s, n)
	}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// ValidateArticle checks an article an editor wrote: a title; dates as
// YYYY-MM-DD between 1900 and next year; an event, when it has any field,
// needs a name; every contribution needs a speaker name or an affiliation,
// and a kind paper or keynote ("" is paper); no contribution listed twice;
// participants' roles are the Role constants; every text within its bound.
// It returns nil when the article is valid.
func ValidateArticle(a *Article) []FieldError {
	var v validator
	if blank(a.Title) {
		v.add("title", "required")
	}
	v.max("title", a.Title, maxTitle)
	v.date("published", a.Published)
	v.max("source", a.Source, maxShort)
	if a.Kind != "" && a.Kind != ArticleNews && a.Kind != ArticlePaper {
		v.add("kind", "must be news or paper")
	}
	if len(a.Body) > maxBody {
		v.add("body", fmt.Sprintf("too long (max %d bytes)", maxBody))
	}
	if e := a.Event; e != nil && !blankEvent(e) {
		if blank(e.Name) {
			v.add("event.name", "required")
		}
		v.max("event.name", e.Name, maxTitle)
		v.date("event.date", e.Date)
		v.max("event.kind", e.Kind, maxShort)
		v.max("event.venue", e.Venue, maxShort)
		v.max("event.city", e.City, maxShort)
		v.max("event.organizer", e.Organizer, maxShort)
	}
	if len(a.Contributions) > maxContributors {
		v.add("contributions", fmt.Sprintf("too many (max %d)", maxContributors))
	}
	seen := map[int64]bool{}
	for i, c := range a.Contributions {
		f := fmt.Sprintf("contributions.%d.", i)
		if c.ID != 0 {
			if seen[c.ID] {
				v.add(f+"id", "listed twice")
			}
			seen[c.ID] = true
		}
		if c.Kind != "" && c.Kind != KindPaper && c.Kind != KindKeynote {
			v.add(f+"kind", "must be paper or keynote")
		}
		if (c.Speaker == nil || blank(c.Speaker.Name)) && blank(c.Affiliation) {
			v.add(f+"speaker.name", "speaker name or affiliation required")
		}
		if s := c.Speaker; s != nil {
			v.max(f+"speaker.name", s.Name, maxName)
			v.max(f+"speaker.rank", s.Rank, maxRank)
			v.list(f+"speaker.titles", s.Titles, maxRank)
		}
		v.max(f+"position", c.Position, maxPosition)
		v.max(f+"affiliation", c.Affiliation, maxShort)
		v.max(f+"academy", c.Academy, maxShort)
		v.max(f+"title", c.Title, maxPaperTitle)
		v.max(f+"summary", c.Summary, maxSummary)
		v.list(f+"topics", c.Topics, maxName)
	}
	if len(a.People) > maxContributors {
		v.add("people", fmt.Sprintf("too many (max %d)", maxContributors))
	}
	for i, p := range a.People {
		f := fmt.Sprintf("people.%d.", i)
		if blank(p.Name) && !(blank(p.Rank) && len(p.Titles) == 0 && len(p.Positions) == 0) {
			v.add(f+"name", "required")
		}
		v.max(f+"name", p.Name, maxName)
		v.max(f+"rank", p.Rank, maxRank)
		v.list(f+"titles", p.Titles, maxRank)
		v.list(f+"positions", p.Positions, maxPosition)
		switch p.Role {
		case "", RoleChair, RoleModerator, RoleSpeaker, RoleKeynote, RoleOpening, RoleClosing, RoleAttendee, RoleGuest:
		default:
			v.add(f+"role", "unknown role")
		}
	}
	return v.errs
}

func blankEvent(e *Event) bool {
	return blank(e.Kind) && blank(e.Name) && blank(e.Date) && blank(e.Venue) && blank(e.City) && blank(e.Organizer)
}

// clean is how an editor's text is stored: normalised (NFC, tone marks in
// place) and trimmed.
func clean(s string) string { return strings.TrimSpace(vi.Normalize(s)) }

func cleanList(items []string) []string {
	var out []string
	for _, s := range items {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// EditArticle replaces article id's content with a, as an editor corrected
// it: a is the whole article as it should be (start from Store.Article and
// change it). Taken from a: the title, published date, source, kind, body,
// the event (kind, name, date, venue, city, organizer), the contributions
// in their order (an ID keeps that contribution, 0 adds one) and the
// participants. Not taken: the URLs, captions, warnings, original and
// state (SetArticleState changes the state).
//
// The event is the known event with the same name and date (its gaps are
// filled), else this article's event changed in place when no other article
// reports it, else a new event. A speaker or participant is the person
// PersonID names when the name given is still one of that person's names
// (so namesakes stay apart and a merged person's old id still works),
// else the person of that name, as SaveArticle finds them. A contribution
// removed that no other article reports is deleted.
//
// An invalid article is refused with a *ValidationErrors (not wrapped) and
// nothing is written. Otherwise the article is marked edited (refetches no
// longer overwrite it), a revision records the change with a readable diff,
// and the change log names every article, contribution and event touched.
// An edit that changes nothing writes nothing. A deleted article must be
// restored first (ErrTransition).
func (s *Store) EditArticle(ctx context.Context, id int64, a *Article, by *User, note string) error {
	if errs := ValidateArticle(a); len(errs) > 0 {
		return &ValidationErrors{Fields: errs}
	}
	err := s.changeArticle(ctx, id, by, ActionEdit, note, func(w *writer, before *Article) error {
		return w.applyEdit(before, a)
	})
	if err != nil {
		return fmt.Errorf("edit article %d: %w", id, err)
	}
	return nil
}

// RevertArticle restores the content of revision revisionID of article
// articleID, through the same path as EditArticle, as a new "revert"
// revision. The state is not reverted. Content that was once stored is
// not validated again.
func (s *Store) RevertArticle(ctx context.Context, articleID, revisionID int64, by *User) error {
	rev, err := s.Revision(ctx, revisionID)
	if err != nil {
		return fmt.Errorf("revert article %d: %w", articleID, err)
	}
	if rev.ArticleID != articleID {
		return fmt.Errorf("revert article %d: revision %d: %w", articleID, revisionID, ErrNotFound)
	}
	note := fmt.Sprintf("revert to revision %d", revisionID)
	err = s.changeArticle(ctx, articleID, by, ActionRevert, note, func(w *writer, before *Article) error {
		return w.applyEdit(before, rev.Snapshot)
	})
	if err != nil {
		return fmt.Errorf("revert article %d to revision %d: %w", articleID, revisionID, err)
	}
	return nil
}

// SetArticleState publishes, unpublishes, deletes (softly: a tombstone) or
// restores an article. state is the state wanted — StatePublished,
// StateUnpublished, StateDeleted — or ActionRestore, which takes a deleted
// article back to the state it had before; ActionPublish, ActionUnpublish
// and ActionDelete are accepted too. Drafts and unpublished articles can
// be published, published ones unpublished, any but a deleted one deleted;
// anything else is refused with ErrTransition. A revision and the change
// log (the article, each contribution it reports, its event) record it.
func (s *Store) SetArticleState(ctx context.Context, id int64, state string, by *User, note string) error {
	var action string
	switch state {
	case StatePublished, ActionPublish:
		action = ActionPublish
	case StateUnpublished, ActionUnpublish:
		action = ActionUnpublish
	case StateDeleted, ActionDelete:
		action = ActionDelete
	case ActionRestore:
		action = ActionRestore
	default:
		return fmt.Errorf("set state of article %d: %w", id, invalid("state", "unknown state"))
	}
	err := s.changeArticle(ctx, id, by, action, note, func(w *writer, before *Article) error {
		from := before.State
		var to, restoreTo string
		if err := w.tx.QueryRowContext(w.ctx, `SELECT state_before_delete FROM articles WHERE id = ?`, id).Scan(&restoreTo); err != nil {
			return err
		}
		refuse := func(why string) error { return fmt.Errorf("%s: %w", why, ErrTransition) }
		switch {
		case from == StateDeleted && action != ActionRestore:
			return refuse("the article is deleted, restore it first")
		case action == ActionPublish && from == StatePublished:
			return refuse("already published")
		case action == ActionPublish:
			to = StatePublished
		case action == ActionUnpublish && from == StatePublished:
			to = StateUnpublished
		case action == ActionUnpublish:
			return refuse("the article is " + from + ", not published")
		case action == ActionDelete:
			to = StateDeleted
		case action == ActionRestore && from != StateDeleted:
			return refuse("the article is not deleted")
		case action == ActionRestore:
			to = restoreTo
			if to == "" || to == StateDeleted {
				to = StateUnpublished
			}
		}
		var err error
		if to == StateDeleted {
			_, err = w.exec(`UPDATE articles SET state = ?, deleted_at = ?, state_before_delete = ?, updated_at = ? WHERE id = ?`,
				to, w.at, from, w.at, id)
		} else {
			_, err = w.exec(`UPDATE articles SET state = ?, deleted_at = NULL, state_before_delete = '', updated_at = ? WHERE id = ?`,
				to, w.at, id)
		}
		if err != nil {
			return err
		}
		for _, c := range before.Contributions {
			if err := w.log(EntityContribution, c.ID, OpUpsert); err != nil {
				return err
			}
		}
		if before.Event != nil {
			if err := w.log(EntityEvent, before.Event.ID, OpUpsert); err != nil {
				return err
			}
		}
		return w.log(EntityArticle, id, OpUpsert)
	})
	if err != nil {
		return fmt.Errorf("%s article %d: %w", action, id, err)
	}
	return nil
}

// changeArticle runs fn on article id in one transaction and records a
// revision; a change that changes nothing is rolled back.
func (s *Store) changeArticle(ctx context.Context, id int64, by *User, action, note string, fn func(w *writer, before *Article) error) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		w := &writer{ctx: ctx, tx: tx, at: s.stamp(), s: s}
		n, err := w.revise([]int64{id}, by, action, note, func(before map[int64]*Article) error {
			return fn(w, before[id])
		})
		if err == nil && n == 0 {
			err = errUnchanged
		}
		return err
	})
	if errors.Is(err, errUnchanged) {
		return nil
	}
	return err
}

// applyEdit writes a's content over article before.ID.
func (w *writer) applyEdit(before, a *Article) error {
	if before.State == StateDeleted {
		return fmt.Errorf("the article is deleted, restore it first: %w", ErrTransition)
	}
	id := before.ID
	kind := a.Kind
	if kind == "" {
		kind = before.Kind
	}
	var oldEvent int64
	if before.Event != nil {
		oldEvent = before.Event.ID
	}
	eventID, err := w.editEvent(id, before.Event, a.Event)
	if err != nil {
		return err
	}
	title, published := clean(a.Title), strings.TrimSpace(a.Published)
	if _, err := w.exec(`UPDATE articles SET source = ?, title = ?, title_key = ?, published = ?, kind = ?, body = ?,
		event_id = ?, edited = 1, updated_at = ? WHERE id = ?`,
		clean(a.Source), title, vi.Key(title), published, kind, a.Body, nullID(eventID), w.at, id); err != nil {
		return fmt.Errorf("write article: %w", err)
	}
	if err := w.editPeople(id, a.People, published); err != nil {
		return err
	}
	shown := map[int64]string{}
	for _, c := range before.Contributions {
		if c.Speaker != nil {
			shown[c.ID] = c.Speaker.Name
		}
	}
	touched, err := w.editContributions(id, a.Contributions, eventID, shown)
	if err != nil {
		return err
	}
	if oldEvent != 0 && oldEvent != eventID {
		if err := w.dropEventIfOrphan(oldEvent); err != nil {
			return err
		}
	}
	if err := w.logReporters(touched, id); err != nil {
		return err
	}
	return w.log(EntityArticle, id, OpUpsert)
}

// editEvent finds, changes or creates the event an edited article reports
// and returns its id (0 for none).
func (w *writer) editEvent(articleID int64, cur, e *Event) (int64, error) {
	if e == nil || blank(e.Name) {
		return 0, nil
	}
	ev := Event{Kind: clean(e.Kind), Name: clean(e.Name), Date: strings.TrimSpace(e.Date),
		Venue: clean(e.Venue), City: clean(e.City), Organizer: clean(e.Organizer)}
	key := vi.Key(ev.Name)
	var match int64
	if cur != nil && vi.Key(cur.Name) == key && cur.Date == ev.Date {
		match = cur.ID
	} else {
		var err error
		if match, err = w.queryID(`SELECT id FROM events WHERE key = ? AND date = ? ORDER BY id LIMIT 1`, key, ev.Date); err != nil {
			return 0, err
		}
	}
	shared := false
	if cur != nil {
		n, err := w.queryID(`SELECT COUNT(*) FROM articles WHERE event_id = ? AND id <> ?`, cur.ID, articleID)
		if err != nil {
			return 0, err
		}
		shared = n > 0
	}
	var id int64
	var err error
	switch {
	case match != 0 && (cur == nil || match != cur.ID):
		// Another report's event: the editor's values fill its gaps.
		id = match
		_, err = w.exec(`UPDATE events SET
			kind = CASE WHEN kind = '' THEN ? ELSE kind END, venue = CASE WHEN venue = '' THEN ? ELSE venue END,
			city = CASE WHEN city = '' THEN ? ELSE city END, organizer = CASE WHEN organizer = '' THEN ? ELSE organizer END,
			updated_at = ? WHERE id = ?`, ev.Kind, ev.Venue, ev.City, ev.Organizer, w.at, id)
	case match != 0 || !shared && cur != nil:
		// The article's own event, corrected.
		id = cur.ID
		_, err = w.exec(`UPDATE events SET kind = ?, name = ?, key = ?, date = ?, venue = ?, city = ?, organizer = ?,
			updated_at = ? WHERE id = ?`, ev.Kind, ev.Name, key, ev.Date, ev.Venue, ev.City, ev.Organizer, w.at, id)
	default:
		id, err = w.insert(`INSERT INTO events (kind, name, key, date, venue, city, organizer, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, ev.Kind, ev.Name, key, ev.Date, ev.Venue, ev.City, ev.Organizer, w.at, w.at)
	}
	if err != nil {
		return 0, fmt.Errorf("write event: %w", err)
	}
	return id, w.log(EntityEvent, id, OpUpsert)
}

// dropEventIfOrphan deletes an event no article and no contribution refers
// to any more.
func (w *writer) dropEventIfOrphan(id int64) error {
	n, err := w.queryID(`SELECT (SELECT COUNT(*) FROM articles WHERE event_id = ?) + (SELECT COUNT(*) FROM contributions WHERE event_id = ?)`, id, id)
	if err != nil {
		return err
	}
	if n > 0 {
		return w.log(EntityEvent, id, OpUpsert)
	}
	if _, err := w.exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
		return err
	}
	return w.log(EntityEvent, id, OpDelete)
}

// editPeople replaces an article's participants and the variants they were
// printed as.
func (w *writer) editPeople(articleID int64, people []Participant, date string) error {
	if _, err := w.exec(`DELETE FROM article_people WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	if _, err := w.exec(`DELETE FROM person_variants WHERE article_id = ?`, articleID); err != nil {
		return err
	}
	for i, p := range people {
		name := clean(p.Name)
		if name == "" {
			continue
		}
		pid, err := w.resolvePerson(p.PersonID, name)
		if err != nil {
			return err
		}
		rank, titles, positions := clean(p.Rank), cleanList(p.Titles), cleanList(p.Positions)
		if _, err := w.exec(`INSERT INTO article_people (article_id, ord, person_id, name, rank, titles, positions, role)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, articleID, i, pid, name, rank, jsonList(titles), jsonList(positions), p.Role); err != nil {
			return err
		}
		if _, err := w.exec(`INSERT INTO person_variants (person_id, article_id, name, rank, titles, position, date)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, pid, articleID, name, rank, jsonList(titles), strings.Join(positions, ", "), date); err != nil {
			return err
		}
	}
	return nil
}

// editContributions replaces the contributions an article reports and
// returns the ids of every contribution touched.
func (w *writer) editContributions(articleID int64, cs []Contribution, eventID int64, shown map[int64]string) ([]int64, error) {
	evidence := map[int64]string{}
	rows, err := w.tx.QueryContext(w.ctx, `SELECT contribution_id, evidence FROM contribution_reports WHERE article_id = ?`, articleID)
	if err != nil {
		return nil, err
	}
	var before []int64
	for rows.Next() {
		var id int64
		var ev string
		if err := rows.Scan(&id, &ev); err != nil {
			rows.Close()
			return nil, err
		}
		before = append(before, id)
		evidence[id] = ev
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if _, err := w.exec(`DELETE FROM contribution_reports WHERE article_id = ?`, articleID); err != nil {
		return nil, err
	}
	claimed := map[int64]bool{}
	for _, c := range cs {
		claimed[c.ID] = c.ID != 0
	}
	kept := map[int64]bool{}
	var touched []int64
	for i := range cs {
		id, err := w.editContribution(&cs[i], articleID, eventID, i, evidence, claimed, shown)
		if err != nil {
			return nil, err
		}
		kept[id] = true
		touched = append(touched, id)
	}
	for _, id := range before {
		if kept[id] {
			continue
		}
		left, err := w.queryID(`SELECT COUNT(*) FROM contribution_reports WHERE contribution_id = ?`, id)
		if err != nil {
			return nil, err
		}
		if left > 0 {
			touched = append(touched, id)
			if err := w.log(EntityContribution, id, OpUpsert); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := w.exec(`DELETE FROM contributions WHERE id = ?`, id); err != nil {
			return nil, err
		}
		if err := w.log(EntityContribution, id, OpDelete); err != nil {
			return nil, err
		}
	}
	return touched, nil
}

// editContribution writes one contribution as the editor gave it (their
// wording wins over every report's) and this article's report of it.
// shown are the speakers' names as the editor was shown them, by
// contribution: a speaker's name re-spelt (the same letters but for
// diacritics) is the person's name corrected.
func (w *writer) editContribution(in *Contribution, articleID, eventID int64, order int, evidence map[int64]string,
	claimed map[int64]bool, shown map[int64]string) (int64, error) {
	var personID int64
	var speakerName, rank string
	var titles []string
	if in.Speaker != nil && !blank(in.Speaker.Name) {
		speakerName, rank, titles = clean(in.Speaker.Name), clean(in.Speaker.Rank), cleanList(in.Speaker.Titles)
		var err error
		if personID, err = w.resolvePerson(in.PersonID, speakerName); err != nil {
			return 0, err
		}
		if was := shown[in.ID]; in.ID != 0 && was != "" && vi.Key(was) == vi.Key(speakerName) && vi.Lower(was) != vi.Lower(speakerName) {
			if err := w.respellPerson(personID, speakerName); err != nil {
				return 0, err
			}
		}
	}
	kind := in.Kind
	if kind == "" {
		kind = KindPaper
	}
	affiliation, title, summary := clean(in.Affiliation), clean(in.Title), strings.TrimSpace(in.Summary)
	orgID, academy, err := w.organization(clean(in.Academy), affiliation)
	if err != nil {
		return 0, err
	}
	id := in.ID
	if id != 0 {
		// The contribution may be gone since (a revert to an old revision).
		if id, err = w.queryID(`SELECT id FROM contributions WHERE id = ?`, id); err != nil {
			return 0, err
		}
	}
	if id == 0 {
		// Added: another report of the same event may know it already.
		m := &Contribution{Kind: kind, PersonID: personID, Affiliation: affiliation, Title: title, EventID: eventID}
		if id, err = w.matchContribution(m, articleID); err != nil {
			return 0, err
		}
		if claimed[id] {
			id = 0
		}
	}
	if id == 0 {
		id, err = w.insert(`INSERT INTO contributions (event_id, kind, person_id, speaker_name, rank, titles, position, affiliation,
			organization_id, academy, title, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			nullID(eventID), kind, nullID(personID), speakerName, rank, jsonList(titles), clean(in.Position), affiliation,
			nullID(orgID), academy, title, summary, w.at, w.at)
	} else {
		_, err = w.exec(`UPDATE contributions SET event_id = ?, kind = ?, person_id = ?, speaker_name = ?, rank = ?, titles = ?,
			position = ?, affiliation = ?, organization_id = ?, academy = ?, title = ?, summary = ?, updated_at = ? WHERE id = ?`,
			nullID(eventID), kind, nullID(personID), speakerName, rank, jsonList(titles), clean(in.Position), affiliation,
			nullID(orgID), academy, title, summary, w.at, id)
	}
	if err != nil {
		return 0, fmt.Errorf("write contribution: %w", err)
	}
	ev, ok := evidence[id]
	if !ok {
		ev = in.Evidence
	}
	if _, err := w.exec(`INSERT INTO contribution_reports (contribution_id, article_id, ord, summary, evidence) VALUES (?, ?, ?, ?, ?)`,
		id, articleID, order, summary, ev); err != nil {
		return 0, fmt.Errorf("write report: %w", err)
	}
	if _, err := w.exec(`DELETE FROM contribution_topics WHERE contribution_id = ?`, id); err != nil {
		return 0, err
	}
	for i, t := range cleanList(in.Topics) {
		tid, err := w.topic(t)
		if err != nil {
			return 0, err
		}
		if _, err := w.exec(`INSERT OR IGNORE INTO contribution_topics (contribution_id, topic_id, ord) VALUES (?, ?, ?)`, id, tid, i); err != nil {
			return 0, err
		}
	}
	return id, w.log(EntityContribution, id, OpUpsert)
}

// respellPerson corrects the spelling of a person's name (the same key),
// everywhere it is shown.
func (w *writer) respellPerson(id int64, name string) error {
	res, err := w.exec(`UPDATE people SET name = ? WHERE id = ? AND key = ? AND name <> ?`, name, id, vi.Key(name), name)
	if err != nil {
		return fmt.Errorf("rename person %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	cs, err := queryIDs(w.ctx, w.tx, `SELECT id FROM contributions WHERE person_id = ?`, id)
	if err != nil {
		return err
	}
	if err := w.log(EntityPerson, id, OpUpsert); err != nil {
		return err
	}
	return w.logReporters(cs, 0)
}

// logReporters logs an upsert of every article but except that reports one
// of the contributions: their pages and index documents show them.
func (w *writer) logReporters(contributions []int64, except int64) error {
	seen := map[int64]bool{except: true}
	for _, cid := range contributions {
		ids, err := queryIDs(w.ctx, w.tx, `SELECT article_id FROM contribution_reports WHERE contribution_id = ?`, cid)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if seen[id] {
				continue
			}
			seen[id] = true
			if err := w.log(EntityArticle, id, OpUpsert); err != nil {
				return err
			}
		}
	}
	return nil
}

// keepEdited is SaveArticle's answer for an article an editor corrected:
// nothing of the new reading is written but a URL it was not known under.
func (w *writer) keepEdited(a *Article, id int64) error {
	a.ID = id
	a.Warnings = append(a.Warnings, "not stored: an editor corrected this article by hand")
	added := false
	for _, u := range append([]string{a.URL}, a.URLs...) {
		res, err := w.exec(`INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)`, u, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			added = true
		}
	}
	if !added {
		return nil
	}
	return w.log(EntityArticle, id, OpUpsert)
}

func queryIDs(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	return scanIDs(q.QueryContext(ctx, query, args...))
}
