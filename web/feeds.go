package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// OpenSearch description, so that browsers can add thamluan as a search
// engine.
type openSearch struct {
	XMLName       xml.Name `xml:"http://a9.com/-/spec/opensearch/1.1/ OpenSearchDescription"`
	ShortName     string   `xml:"ShortName"`
	Description   string   `xml:"Description"`
	InputEncoding string   `xml:"InputEncoding"`
	Language      string   `xml:"Language"`
	URLs          []osURL  `xml:"Url"`
}

type osURL struct {
	Type     string `xml:"type,attr"`
	Template string `xml:"template,attr"`
}

func (s *Server) openSearch(c *gin.Context) error {
	base := baseURL(c)
	c.Header("Content-Type", "application/opensearchdescription+xml; charset=utf-8")
	return xmlBody(c, openSearch{
		ShortName: "thamluan", Description: "Tra cứu tham luận hội thảo khoa học", InputEncoding: "UTF-8", Language: "vi",
		URLs: []osURL{
			{Type: "text/html", Template: base + "/search?q={searchTerms}"},
			{Type: "application/atom+xml", Template: base + "/search.atom?q={searchTerms}"},
			{Type: "application/x-suggestions+json", Template: base + "/api/opensearch-suggest?q={searchTerms}"},
		},
	})
}

func xmlBody(c *gin.Context, v any) error {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	c.Status(http.StatusOK)
	c.Writer.Write([]byte(xml.Header))
	c.Writer.Write(b)
	return nil
}

// openSearchSuggest answers a browser's suggestion request:
// ["query", ["completion", ...]].
func (s *Server) openSearchSuggest(c *gin.Context) error {
	q := c.Query("q")
	var out []string
	for _, field := range search.SuggestFields {
		vals, err := s.searcher.Suggest(c.Request.Context(), field, q, 5)
		if err != nil {
			return err
		}
		for _, v := range vals {
			out = append(out, v.Value)
		}
	}
	c.JSON(http.StatusOK, []any{q, out})
	return nil
}

// Atom feed.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomEntry struct {
	Title   string     `xml:"title"`
	ID      string     `xml:"id"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Author  *atomName  `xml:"author,omitempty"`
	Summary string     `xml:"summary,omitempty"`
}

type atomName struct {
	Name string `xml:"name"`
}

func atomTime(iso string) string {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return t.Format(time.RFC3339)
	}
	return time.Unix(0, 0).UTC().Format(time.RFC3339)
}

// feed serves /feed.atom (the newest articles) and /search.atom (any
// search, with the parameters of /search).
func (s *Server) feed(c *gin.Context) error {
	req := search.Request{Kind: indexer.KindArticle, Size: 30, Sort: search.SortDate, NoFacets: true}
	title := "thamluan — bài viết mới"
	self := "/feed.atom"
	if c.FullPath() == "/search.atom" {
		var err error
		if req, err = searchRequest(c); err != nil {
			return err
		}
		req.NoFacets = true
		title = "thamluan — " + req.Q
		self = "/search.atom?" + c.Request.URL.RawQuery
	}
	res, err := s.search(c.Request.Context(), req)
	if err != nil {
		return err
	}
	base := baseURL(c)
	f := atomFeed{Title: title, ID: base + self, Links: []atomLink{{Rel: "self", Href: base + self}}}
	for _, h := range res.Hits {
		u := base + entityURL(h.Kind, h.ID, h.Title)
		e := atomEntry{Title: h.Title, ID: u, Updated: atomTime(h.Date), Links: []atomLink{{Href: u, Type: "text/html"}},
			Summary: h.Snippet.String()}
		if e.Title == "" {
			e.Title = fmt.Sprintf("%s “%s”", h.EventKind, h.Event)
		}
		if h.Speaker != "" {
			e.Author = &atomName{h.Speaker}
		} else if h.Source != "" {
			e.Author = &atomName{h.Source}
		}
		if e.Updated > f.Updated {
			f.Updated = e.Updated
		}
		f.Entries = append(f.Entries, e)
	}
	if f.Updated == "" {
		f.Updated = atomTime("")
	}
	c.Header("Content-Type", "application/atom+xml; charset=utf-8")
	return xmlBody(c, f)
}

// Sitemap.
type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap serves /sitemap.xml: every entity page of the archive.
func (s *Server) sitemap(c *gin.Context) error {
	ctx := c.Request.Context()
	base := baseURL(c)
	set := urlSet{URLs: []sitemapURL{{Loc: base + "/"}, {Loc: base + "/speakers"}, {Loc: base + "/academies"},
		{Loc: base + "/topics"}, {Loc: base + "/events"}}}
	add := func(kind string, id int64, name string) {
		set.URLs = append(set.URLs, sitemapURL{Loc: base + entityURL(kind, id, name)})
	}
	as, err := s.store.PublicArticleIDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range as {
		add("article", id, "")
	}
	cs, err := s.store.PublicContributionIDs(ctx)
	if err != nil {
		return err
	}
	for _, id := range cs {
		add("contribution", id, "")
	}
	sp, err := s.store.Speakers(ctx)
	if err != nil {
		return err
	}
	for _, r := range sp {
		add("speaker", r.ID, r.Name)
	}
	ac, err := s.store.Academies(ctx)
	if err != nil {
		return err
	}
	for _, r := range ac {
		add("academy", r.ID, r.Name)
	}
	tp, err := s.store.Topics(ctx)
	if err != nil {
		return err
	}
	for _, r := range tp {
		add("topic", r.ID, r.Name)
	}
	ev, err := s.store.Events(ctx)
	if err != nil {
		return err
	}
	for _, e := range ev {
		add("event", e.ID, e.Name)
	}
	c.Header("Content-Type", "application/xml; charset=utf-8")
	return xmlBody(c, set)
}
