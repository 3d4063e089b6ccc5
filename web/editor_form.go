package web

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/thamluan/thamluan/corpus"
)

// maxFormContributions bounds the contributions one edit form may carry.
const maxFormContributions = 200

// contributionForm is one contribution block of the edit form, as typed.
type contributionForm struct {
	Index       int
	ID          int64
	PersonID    int64
	Name        string
	Rank        string
	Titles      string
	Position    string
	Affiliation string
	Academy     string
	Title       string
	Summary     string
	Topics      string
	Keynote     bool
	Order       int
	Remove      bool
}

// articleForm is the edit form of an article, as typed: on a validation
// error it is shown again exactly so, with the messages beside the fields.
type articleForm struct {
	ID             int64
	Title          string
	Published      string
	Source         string
	EventKind      string
	EventName      string
	EventDate      string
	EventVenue     string
	EventCity      string
	EventOrganizer string
	Note           string
	Contributions  []contributionForm
}

// formFromArticle fills the form from a stored article, with one blank
// block at the end to add a contribution.
func formFromArticle(a *corpus.Article) *articleForm {
	f := &articleForm{ID: a.ID, Title: a.Title, Published: viDate(a.Published), Source: a.Source}
	if e := a.Event; e != nil {
		f.EventKind, f.EventName, f.EventDate, f.EventVenue, f.EventCity, f.EventOrganizer = e.Kind, e.Name, viDate(e.Date), e.Venue, e.City, e.Organizer
	}
	for i, c := range a.Contributions {
		cf := contributionForm{Index: i, ID: c.ID, PersonID: c.PersonID, Position: c.Position, Affiliation: c.Affiliation,
			Academy: c.Academy, Title: c.Title, Summary: c.Summary, Topics: strings.Join(c.Topics, ", "),
			Keynote: c.Kind == corpus.KindKeynote, Order: i + 1}
		if c.Speaker != nil {
			cf.Name, cf.Rank, cf.Titles = c.Speaker.Name, c.Speaker.Rank, strings.Join(c.Speaker.Titles, ", ")
		}
		f.Contributions = append(f.Contributions, cf)
	}
	f.Contributions = append(f.Contributions, contributionForm{Index: len(a.Contributions), Order: len(a.Contributions) + 1})
	return f
}

// parseArticleForm reads the posted form. It fails only on a form that no
// page of ours would send; what the editor typed wrong is for validation.
func parseArticleForm(v url.Values, id int64) (*articleForm, error) {
	f := &articleForm{ID: id,
		Title: strings.TrimSpace(v.Get("title")), Published: strings.TrimSpace(v.Get("published")),
		Source: strings.TrimSpace(v.Get("source")), Note: strings.TrimSpace(v.Get("note")),
		EventKind: strings.TrimSpace(v.Get("event.kind")), EventName: strings.TrimSpace(v.Get("event.name")),
		EventDate: strings.TrimSpace(v.Get("event.date")), EventVenue: strings.TrimSpace(v.Get("event.venue")),
		EventCity: strings.TrimSpace(v.Get("event.city")), EventOrganizer: strings.TrimSpace(v.Get("event.organizer")),
	}
	n, err := strconv.Atoi(v.Get("contributions"))
	if err != nil || n < 0 || n > maxFormContributions {
		return nil, fmt.Errorf("%w: bad contribution count %q", errBadRequest, v.Get("contributions"))
	}
	for i := range n {
		p := "c." + strconv.Itoa(i) + "."
		cf := contributionForm{Index: i,
			Name: strings.TrimSpace(v.Get(p + "name")), Rank: strings.TrimSpace(v.Get(p + "rank")),
			Titles: strings.TrimSpace(v.Get(p + "titles")), Position: strings.TrimSpace(v.Get(p + "position")),
			Affiliation: strings.TrimSpace(v.Get(p + "affiliation")), Academy: strings.TrimSpace(v.Get(p + "academy")),
			Title: strings.TrimSpace(v.Get(p + "title")), Summary: strings.TrimSpace(v.Get(p + "summary")),
			Topics: strings.TrimSpace(v.Get(p + "topics")), Keynote: v.Get(p+"keynote") != "",
			Remove: v.Get(p+"remove") != "", Order: i + 1,
		}
		cf.ID, _ = strconv.ParseInt(v.Get(p+"id"), 10, 64)
		cf.PersonID, _ = strconv.ParseInt(v.Get(p+"person_id"), 10, 64)
		if o, err := strconv.Atoi(v.Get(p + "order")); err == nil {
			cf.Order = o
		}
		f.Contributions = append(f.Contributions, cf)
	}
	return f, nil
}

// empty reports whether a contribution block was left blank (the spare
// block at the end of the form).
func (cf *contributionForm) empty() bool {
	return cf.ID == 0 && cf.Name == "" && cf.Affiliation == "" && cf.Title == "" && cf.Summary == "" && cf.Academy == ""
}

// splitList reads "GS, TS" or "an ninh mạng; chuyển đổi số" into a list.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// apply writes the form over a copy of the stored article: the contributions
// kept, in the order typed, and the new ones. block[i] is the form block
// the article's contribution i came from, to put messages in their place.
func (f *articleForm) apply(stored *corpus.Article) (a *corpus.Article, block []int) {
	copied := *stored
	a = &copied
	a.Title, a.Published, a.Source = f.Title, isoDate(f.Published), f.Source
	if f.EventKind != "" || f.EventName != "" || f.EventDate != "" || f.EventVenue != "" || f.EventOrganizer != "" {
		e := corpus.Event{}
		if stored.Event != nil {
			e = *stored.Event
		}
		e.Kind, e.Name, e.Date, e.Venue, e.City, e.Organizer = f.EventKind, f.EventName, isoDate(f.EventDate), f.EventVenue, f.EventCity, f.EventOrganizer
		a.Event = &e
	} else {
		a.Event = nil
	}
	byID := map[int64]corpus.Contribution{}
	for _, c := range stored.Contributions {
		byID[c.ID] = c
	}
	kept := make([]contributionForm, 0, len(f.Contributions))
	for _, cf := range f.Contributions {
		if cf.Remove || cf.empty() {
			continue
		}
		kept = append(kept, cf)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Order < kept[j].Order })
	a.Contributions = nil
	for _, cf := range kept {
		c := byID[cf.ID] // zero for a new one
		c.ID = cf.ID
		c.Kind = corpus.KindPaper
		if cf.Keynote {
			c.Kind = corpus.KindKeynote
		}
		c.Speaker = nil
		if cf.Name != "" {
			c.Speaker = &corpus.Speaker{Name: cf.Name, Rank: cf.Rank, Titles: splitList(strings.ReplaceAll(cf.Titles, ".", ","))}
		}
		c.PersonID = cf.PersonID
		c.Position, c.Affiliation, c.Academy, c.Title, c.Summary = cf.Position, cf.Affiliation, cf.Academy, cf.Title, cf.Summary
		c.Topics, c.TopicIDs = splitList(cf.Topics), nil
		a.Contributions = append(a.Contributions, c)
		block = append(block, cf.Index)
	}
	return a, block
}

// vnDate reads a date typed the Vietnamese way, 14/07/2023 or 14/7/2023.
var vnDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// isoDate turns a date typed as 14/07/2023 into 2023-07-14; anything else
// is kept as typed, for validation to judge.
func isoDate(s string) string {
	m := vnDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	d, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
}
