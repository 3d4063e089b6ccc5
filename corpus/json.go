package corpus

import "encoding/json"

// The extraction JSON of DESIGN.md: unknown values are null, lists are
// never null.

type jsonEvent struct {
	Kind      *string `json:"kind"`
	Name      *string `json:"name"`
	Date      *string `json:"date"`
	Venue     *string `json:"venue"`
	City      *string `json:"city"`
	Organizer *string `json:"organizer"`
}

type jsonSpeaker struct {
	Name   string   `json:"name"`
	Rank   *string  `json:"rank"`
	Titles []string `json:"titles"`
}

type jsonContribution struct {
	Kind        string       `json:"kind"`
	Speaker     *jsonSpeaker `json:"speaker"`
	Position    *string      `json:"position"`
	Affiliation *string      `json:"affiliation"`
	Academy     *string      `json:"academy"`
	Title       *string      `json:"title"`
	Summary     *string      `json:"summary"`
	Evidence    *string      `json:"evidence,omitempty"`
	Topics      []string     `json:"topics"`
}

type jsonParticipant struct {
	Name      string   `json:"name"`
	Rank      *string  `json:"rank"`
	Titles    []string `json:"titles"`
	Positions []string `json:"positions"`
	Role      string   `json:"role"`
}

type jsonArticle struct {
	URL           *string            `json:"url"`
	Source        *string            `json:"source"`
	Kind          string             `json:"kind"`
	Title         *string            `json:"title"`
	Published     *string            `json:"published"`
	Event         *jsonEvent         `json:"event"`
	Contributions []jsonContribution `json:"contributions"`
	People        []jsonParticipant  `json:"people"`
	Academies     []string           `json:"academies"`
	Topics        []string           `json:"topics"`
	Captions      []string           `json:"captions"`
	Warnings      []string           `json:"warnings,omitempty"`
	Body          string             `json:"body"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// MarshalJSON writes the article in the extraction shape of DESIGN.md.
func (a Article) MarshalJSON() ([]byte, error) {
	j := jsonArticle{
		URL: nullable(a.URL), Source: nullable(a.Source), Kind: a.Kind,
		Title: nullable(a.Title), Published: nullable(a.Published),
		Contributions: []jsonContribution{}, People: []jsonParticipant{},
		Academies: list(a.Academies), Topics: list(a.Topics), Captions: list(a.Captions),
		Warnings: a.Warnings, Body: a.Body,
	}
	if e := a.Event; e != nil {
		j.Event = &jsonEvent{nullable(e.Kind), nullable(e.Name), nullable(e.Date),
			nullable(e.Venue), nullable(e.City), nullable(e.Organizer)}
	}
	for _, c := range a.Contributions {
		jc := jsonContribution{
			Kind: c.Kind, Position: nullable(c.Position), Affiliation: nullable(c.Affiliation),
			Academy: nullable(c.Academy), Title: nullable(c.Title), Summary: nullable(c.Summary),
			Evidence: nullable(c.Evidence), Topics: list(c.Topics),
		}
		if s := c.Speaker; s != nil {
			jc.Speaker = &jsonSpeaker{Name: s.Name, Rank: nullable(s.Rank), Titles: list(s.Titles)}
		}
		j.Contributions = append(j.Contributions, jc)
	}
	for _, p := range a.People {
		j.People = append(j.People, jsonParticipant{p.Name, nullable(p.Rank), list(p.Titles), list(p.Positions), p.Role})
	}
	return json.Marshal(j)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// UnmarshalJSON reads the extraction shape written by MarshalJSON (and the
// truth files of the sample corpus, which share it).
func (a *Article) UnmarshalJSON(b []byte) error {
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Article{URL: deref(j.URL), Source: deref(j.Source), Kind: j.Kind, Title: deref(j.Title),
		Published: deref(j.Published), Academies: j.Academies, Topics: j.Topics,
		Captions: j.Captions, Warnings: j.Warnings, Body: j.Body}
	if e := j.Event; e != nil {
		a.Event = &Event{Kind: deref(e.Kind), Name: deref(e.Name), Date: deref(e.Date),
			Venue: deref(e.Venue), City: deref(e.City), Organizer: deref(e.Organizer)}
	}
	for _, jc := range j.Contributions {
		c := Contribution{Kind: jc.Kind, Position: deref(jc.Position), Affiliation: deref(jc.Affiliation),
			Academy: deref(jc.Academy), Title: deref(jc.Title), Summary: deref(jc.Summary),
			Evidence: deref(jc.Evidence), Topics: jc.Topics}
		if c.Kind == "" {
			c.Kind = KindPaper
		}
		if s := jc.Speaker; s != nil {
			c.Speaker = &Speaker{Name: s.Name, Rank: deref(s.Rank), Titles: s.Titles}
		}
		a.Contributions = append(a.Contributions, c)
	}
	for _, p := range j.People {
		a.People = append(a.People, Participant{Name: p.Name, Rank: deref(p.Rank), Titles: p.Titles, Positions: p.Positions, Role: p.Role})
	}
	return nil
}
