// Package corpus owns thamluan's domain types — articles, the events they
// report, the contributions ("tham luận") presented there, people,
// organisations and topics — and the store that keeps them: a SQLite
// archive of every original page plus the structured records, with a change
// log written in the same transaction as every change.
//
// The store is the source of truth. Everything else (the bleve index, the
// web pages) is derived from it and can be rebuilt from it.
package corpus

import (
	"errors"
	"time"
)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// Contribution kinds.
const (
	KindPaper   = "paper"   // a tham luận presented at the event
	KindKeynote = "keynote" // a báo cáo đề dẫn
)

// Article kinds.
const (
	ArticleNews  = "news"  // a news report of an event
	ArticlePaper = "paper" // the page is the contribution itself
)

// Participant roles.
const (
	RoleChair     = "chair"
	RoleModerator = "moderator"
	RoleSpeaker   = "speaker"
	RoleKeynote   = "keynote"
	RoleOpening   = "opening"
	RoleClosing   = "closing"
	RoleAttendee  = "attendee"
	RoleGuest     = "guest"
)

// Original is a page exactly as it arrived: fetched by the crawler, uploaded
// by an editor or imported from a file.
type Original struct {
	ID          int64
	URL         string
	FetchedAt   time.Time
	Status      int                 // HTTP status when fetched, 0 otherwise
	Header      map[string][]string // HTTP response headers when fetched
	ContentType string
	SHA256      string // hex digest of Body, filled by the store
	Body        []byte
	// Kind says what the original is for: OriginalPage (the default) and
	// OriginalCrawled are read by the extractor; the others are kept as
	// evidence only.
	Kind string
}

// Kinds of original.
const (
	OriginalPage    = "page"    // imported or added by an editor: always read and kept
	OriginalCrawled = "crawled" // fetched by the crawler: read, kept as an article only when on topic
	OriginalListing = "listing" // a listing page, feed, sitemap or robots.txt
	OriginalError   = "error"   // an error response (4xx, 5xx)
)

// Speaker is the person who presented a contribution, as printed at the
// time: the rank and titles are attributes of that day, not of the person.
type Speaker struct {
	Name   string   `json:"name"`
	Rank   string   `json:"rank"`
	Titles []string `json:"titles"`
}

// Contribution is a paper presented at an event. When several articles
// report the same contribution, the store keeps one Contribution with
// several reports.
type Contribution struct {
	ID          int64
	Kind        string   // KindPaper or KindKeynote
	Speaker     *Speaker // nil when an institution is credited
	PersonID    int64    `json:"person_id,omitempty"` // the speaker's person; EditArticle honours it (see there)
	Position    string   // as printed: "Phó Giám đốc Học viện An ninh nhân dân"
	Affiliation string   // the organisation the speaker spoke for
	Academy     string   // canonical academy name, "" when not an academy
	Title       string   // without quotes, "" when none was given
	Summary     string   // the sentences that report it
	Evidence    string   // the sentence it was recognised in
	Topics      []string
	TopicIDs    []int64 // the ids of Topics, in the same order
	// OrganizationID is the academy's or unit's record, 0 when none.
	OrganizationID int64
	EventID        int64
	// Reports lists the articles that report this contribution (filled by
	// the store's read methods).
	Reports []Report
	// Published is true when at least one article reporting the
	// contribution is published: only then is it shown to the public.
	Published bool `json:"-"`
}

// Report is one article's mention of a contribution.
type Report struct {
	ArticleID int64
	Order     int
	Title     string // the article's title
	URL       string
	Source    string
	Published string
	State     string // the article's state: StatePublished, ...
}

// Participant is a person named in an article, with the role they had.
type Participant struct {
	PersonID  int64    `json:"-"`
	Name      string   `json:"name"`
	Rank      string   `json:"rank"`
	Titles    []string `json:"titles"`
	Positions []string `json:"positions"`
	Role      string   `json:"role"`
}

// Event is a workshop, conference, seminar or forum.
type Event struct {
	ID        int64
	Kind      string // "Hội thảo", "Hội nghị", "Tọa đàm", ...
	Name      string
	Date      string // ISO 8601 date, "" when unknown
	Venue     string
	City      string
	Organizer string
}

// Article is a page of the archive read into its parts: a news report of an
// event, or a contribution page.
type Article struct {
	ID            int64
	URL           string
	URLs          []string // every URL the article was seen under
	Source        string   // the site's name
	Title         string
	Published     string // ISO 8601 date, "" when unknown
	Kind          string // ArticleNews or ArticlePaper
	Event         *Event
	Contributions []Contribution
	People        []Participant
	Academies     []string
	Topics        []string
	Body          string
	Captions      []string
	Warnings      []string // what the reader doubted: mojibake, empty body ...
	OriginalID    int64
	UpdatedAt     time.Time
	// State is StateDraft, StatePublished, StateUnpublished or
	// StateDeleted. SaveArticle takes it for a new article ("" means
	// published) and ignores it otherwise: SetArticleState changes it.
	State string `json:"state,omitempty"`
	// Edited is true once an editor corrected the article by hand: a
	// refetch or reextract then leaves it as the editor left it.
	Edited bool `json:"-"`
}

// Person is one human across the archive, with every way they were printed.
type Person struct {
	ID       int64
	Name     string
	Variants []PersonVariant
}

// PersonVariant is how a person was printed in one article.
type PersonVariant struct {
	Name      string
	Rank      string
	Titles    []string
	Position  string
	Date      string
	ArticleID int64
}

// Change is one entry of the change log.
type Change struct {
	Seq      int64
	Entity   string // EntityArticle, EntityContribution, ...
	EntityID int64
	Op       string // OpUpsert or OpDelete
	At       time.Time
}

// Change log entities and operations.
const (
	EntityArticle      = "article"
	EntityContribution = "contribution"
	EntityEvent        = "event"
	EntityPerson       = "person"
	OpUpsert           = "upsert"
	OpDelete           = "delete"
)
