package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// contribView is a contribution listed on an entity page.
type contribView struct {
	C     *corpus.Contribution
	Event *corpus.Event
	URL   string
	Date  string // the event's date, else the first report's
}

// Year returns the year of the contribution's date.
func (v contribView) Year() string {
	if len(v.Date) >= 4 {
		return v.Date[:4]
	}
	return ""
}

// loadContributions reads contributions with their events, newest first.
func (s *Server) loadContributions(ctx context.Context, ids []int64) ([]contribView, error) {
	events := map[int64]*corpus.Event{}
	var out []contribView
	for _, id := range ids {
		c, err := s.store.Contribution(ctx, id)
		if err != nil {
			return nil, err
		}
		if !visible(c) {
			continue
		}
		v := contribView{C: c, URL: entityURL("contribution", c.ID, c.Title)}
		if c.EventID != 0 {
			e, ok := events[c.EventID]
			if !ok {
				if e, err = s.store.Event(ctx, c.EventID); err != nil {
					return nil, err
				}
				events[c.EventID] = e
			}
			v.Event, v.Date = e, e.Date
		}
		if v.Date == "" && len(c.Reports) > 0 {
			v.Date = c.Reports[0].Published
		}
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date > out[j].Date })
	return out, nil
}

// yearGroup is the contributions of one year.
type yearGroup struct {
	Year     string
	Contribs []contribView
}

func byYear(cs []contribView) []yearGroup {
	var out []yearGroup
	for _, c := range cs {
		y := c.Year()
		if len(out) == 0 || out[len(out)-1].Year != y {
			out = append(out, yearGroup{Year: y})
		}
		out[len(out)-1].Contribs = append(out[len(out)-1].Contribs, c)
	}
	return out
}

// counted is a name with a count and a link.
type counted struct {
	Name  string
	URL   string
	Count int
}

func countNames(names []string, link func(string) string) []counted {
	n := map[string]int{}
	var order []string
	for _, x := range names {
		if x == "" {
			continue
		}
		if n[x] == 0 {
			order = append(order, x)
		}
		n[x]++
	}
	out := make([]counted, 0, len(order))
	for _, x := range order {
		out = append(out, counted{Name: x, URL: link(x), Count: n[x]})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// speakerPage serves /speaker/:id: a person's contributions by year, the
// ranks and positions they were printed with over time, their academies,
// co-speakers and the spellings of their name.
func (s *Server) speakerPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	p, err := s.store.Person(ctx, id)
	if errors.Is(err, corpus.ErrNotFound) {
		// A person merged into another: their page lives on there.
		if to, rerr := s.store.PersonRedirect(ctx, id); rerr == nil && to != id {
			c.Redirect(http.StatusMovedPermanently, fmt.Sprintf("/speaker/%d", to))
			return nil
		}
	}
	if err != nil {
		return err
	}
	ids, err := s.store.PersonContributions(ctx, id)
	if err != nil {
		return err
	}
	contribs, err := s.loadContributions(ctx, ids)
	if err != nil {
		return err
	}
	// Ranks and positions over time: one line per change.
	type printed struct{ Date, Rank, Titles, Position string }
	var history []printed
	for _, v := range p.Variants {
		pr := printed{Date: v.Date, Rank: v.Rank, Titles: strings.Join(v.Titles, "."), Position: v.Position}
		if n := len(history); n > 0 && history[n-1].Rank == pr.Rank && history[n-1].Titles == pr.Titles && history[n-1].Position == pr.Position {
			continue
		}
		history = append(history, pr)
	}
	var names, academies []string
	seenName := map[string]bool{p.Name: true}
	for _, v := range p.Variants {
		if !seenName[v.Name] {
			seenName[v.Name] = true
			names = append(names, v.Name)
		}
	}
	coSpeakers := map[int64]string{}
	for _, cv := range contribs {
		academies = append(academies, cv.C.Academy)
		if cv.C.EventID == 0 {
			continue
		}
		others, err := s.store.EventContributions(ctx, cv.C.EventID)
		if err != nil {
			return err
		}
		for _, oid := range others {
			o, err := s.store.Contribution(ctx, oid)
			if err != nil {
				return err
			}
			if !visible(o) {
				continue
			}
			if o.PersonID != 0 && o.PersonID != id && o.Speaker != nil {
				coSpeakers[o.PersonID] = o.Speaker.Name
			}
		}
	}
	var co []counted
	for pid, name := range coSpeakers {
		co = append(co, counted{Name: name, URL: entityURL("speaker", pid, name)})
	}
	sort.Slice(co, func(i, j int) bool { return vi.CompareCollate(co[i].Name, co[j].Name) < 0 })
	return s.render(c, http.StatusOK, "speaker", map[string]any{
		"P": p, "LD": personLD(p, baseURL(c)), "Years": byYear(contribs), "Count": len(contribs), "History": history, "Names": names,
		"Academies": countNames(academies, func(n string) string { return "/search?academy=" + n }), "CoSpeakers": co,
	})
}

// academyPage serves /academy/:id: an academy's contributions, speakers,
// topics and a timeline by year.
func (s *Server) academyPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	o, err := s.store.Organization(ctx, id)
	if err != nil {
		return err
	}
	ids, err := s.store.OrganizationContributions(ctx, id)
	if err != nil {
		return err
	}
	contribs, err := s.loadContributions(ctx, ids)
	if err != nil {
		return err
	}
	speakers := map[int64]string{}
	var topics []string
	for _, cv := range contribs {
		if cv.C.Speaker != nil {
			speakers[cv.C.PersonID] = cv.C.Speaker.Name
		}
		topics = append(topics, cv.C.Topics...)
	}
	var sp []counted
	for pid, name := range speakers {
		sp = append(sp, counted{Name: name, URL: entityURL("speaker", pid, name)})
	}
	sort.Slice(sp, func(i, j int) bool { return vi.CompareCollate(sp[i].Name, sp[j].Name) < 0 })
	years := byYear(contribs)
	return s.render(c, http.StatusOK, "academy", map[string]any{
		"O": o, "Years": years, "Count": len(contribs), "Speakers": sp,
		"Topics": countNames(topics, func(n string) string { return "/search?topic=" + n }),
	})
}

// topicPage serves /topic/:id: the contributions filed under a topic.
func (s *Server) topicPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	t, err := s.store.Topic(ctx, id)
	if err != nil {
		return err
	}
	ids, err := s.store.TopicContributions(ctx, id)
	if err != nil {
		return err
	}
	contribs, err := s.loadContributions(ctx, ids)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "topic", map[string]any{"Topic": t, "Years": byYear(contribs), "Count": len(contribs)})
}

// eventPage serves /event/:id: the programme of contributions in order,
// who chaired, where and when, and the articles that reported it.
func (s *Server) eventPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	e, err := s.store.Event(ctx, id)
	if err != nil {
		return err
	}
	ids, err := s.store.EventContributions(ctx, id)
	if err != nil {
		return err
	}
	var programme []contribView
	for _, cid := range ids {
		con, err := s.store.Contribution(ctx, cid)
		if err != nil {
			return err
		}
		if !visible(con) {
			continue
		}
		programme = append(programme, contribView{C: con, Event: e, URL: entityURL("contribution", con.ID, con.Title), Date: e.Date})
	}
	aids, err := s.store.EventArticles(ctx, id)
	if err != nil {
		return err
	}
	var sources []map[string]any
	for _, aid := range aids {
		a, err := s.store.Article(ctx, aid)
		if err != nil {
			return err
		}
		if a.State != "" && a.State != corpus.StatePublished {
			continue
		}
		sources = append(sources, map[string]any{"A": a, "URL": entityURL("article", a.ID, a.Title)})
	}
	people, err := s.store.EventPeople(ctx, id)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "event", map[string]any{"E": e, "LD": eventLD(e, baseURL(c)), "Programme": programme, "Sources": sources, "People": people})
}

// listPage serves the browse lists: /speakers (A–Z by given name, the
// Vietnamese way), /academies, /topics and /events.
func (s *Server) listPage(kind string) handlerFunc {
	return func(c *gin.Context) error {
		ctx := c.Request.Context()
		var items []counted
		switch kind {
		case "speakers":
			rs, err := s.store.Speakers(ctx)
			if err != nil {
				return err
			}
			for _, r := range rs {
				items = append(items, counted{Name: r.Name, URL: entityURL("speaker", r.ID, r.Name), Count: r.Count})
			}
			// Vietnamese lists sort people by given name, then the rest.
			sort.SliceStable(items, func(i, j int) bool {
				a, b := givenFirst(items[i].Name), givenFirst(items[j].Name)
				return vi.CompareCollate(a, b) < 0
			})
		case "academies", "topics":
			list := s.store.Academies
			link := "academy"
			if kind == "topics" {
				list, link = s.store.Topics, "topic"
			}
			rs, err := list(ctx)
			if err != nil {
				return err
			}
			for _, r := range rs {
				items = append(items, counted{Name: r.Name, URL: entityURL(link, r.ID, r.Name), Count: r.Count})
			}
		case "events":
			es, err := s.store.Events(ctx)
			if err != nil {
				return err
			}
			for _, e := range es {
				name := strings.TrimSpace(e.Kind + " “" + e.Name + "”")
				if e.Date != "" {
					name += " — " + viDate(e.Date)
				}
				items = append(items, counted{Name: name, URL: entityURL("event", e.ID, e.Name)})
			}
		}
		return s.render(c, http.StatusOK, "list", map[string]any{"Kind": kind, "Items": items})
	}
}

// givenFirst puts a Vietnamese name's given name first: "Nguyễn Văn An" →
// "An Nguyễn Văn".
func givenFirst(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return name
	}
	return f[len(f)-1] + " " + strings.Join(f[:len(f)-1], " ")
}
