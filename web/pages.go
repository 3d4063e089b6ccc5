package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// home serves /: the search box, the archive's size, the latest
// contributions and entry points by speaker, academy, topic and year.
func (s *Server) home(c *gin.Context) error {
	ctx := c.Request.Context()
	counts, err := s.store.Counts(ctx)
	if err != nil {
		return err
	}
	events, err := s.store.Events(ctx)
	if err != nil {
		return err
	}
	if len(events) > 5 {
		events = events[:5]
	}
	latest, err := s.search(ctx, search.Request{Kind: indexer.KindContribution, Size: 8, NoFacets: true})
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "home", map[string]any{
		"Counts": counts, "Latest": hitViews(latest.Hits), "Facets": latest.Facets, "Events": events,
	})
}

// searchPage serves /search with the parameters of /api/search.
func (s *Server) searchPage(c *gin.Context) error {
	req, err := searchRequest(c)
	if err != nil {
		return err
	}
	res, err := s.search(c.Request.Context(), req)
	if err != nil {
		return err
	}
	var active []map[string]string
	for _, f := range []struct{ key, value string }{{"speaker", req.Speaker}, {"academy", req.Academy},
		{"topic", req.Topic}, {"year", req.Year}, {"kind", req.Kind}} {
		if f.value != "" {
			active = append(active, map[string]string{"Key": f.key, "Value": f.value})
		}
	}
	pages := int((res.Total + uint64(req.Size) - 1) / uint64(req.Size))
	var nearest []counted
	if res.Total == 0 {
		nearest = s.nearestNames(c.Request.Context(), res.Query.Words())
	}
	data := map[string]any{
		"Req": req, "Res": res, "Hits": hitViews(res.Hits), "Active": active,
		"Folded": vi.Fold(req.Q), "HasDiacritics": vi.HasDiacritics(req.Q),
		"Prev": req.Page - 1, "Next": 0, "Pages": pages, "Nearest": nearest,
	}
	if req.Page < pages {
		data["Next"] = req.Page + 1
	}
	return s.render(c, http.StatusOK, "search", data)
}

// hitView is a hit with what a page shows of it.
type hitView struct {
	search.Hit
	URL string
}

func hitViews(hits []search.Hit) []hitView {
	out := make([]hitView, len(hits))
	for i, h := range hits {
		out[i] = hitView{h, entityURL(h.Kind, h.ID, h.Title)}
	}
	return out
}

// contributionPage serves /contribution/:id.
func (s *Server) contributionPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	con, err := s.publicContribution(ctx, id)
	if err != nil {
		return err
	}
	var event *corpus.Event
	if con.EventID != 0 {
		if event, err = s.store.Event(ctx, con.EventID); err != nil {
			return err
		}
	}
	var reports []map[string]any
	for _, r := range con.Reports {
		reports = append(reports, map[string]any{"Report": r, "URL": entityURL(indexer.KindArticle, r.ArticleID, r.Title)})
	}
	return s.render(c, http.StatusOK, "contribution", map[string]any{
		"C": con, "Event": event, "Reports": reports, "Cite": citation(con, event),
		"Base": baseURL(c), "LD": contributionLD(con, event, baseURL(c)),
	})
}

// citation is a plain reference to a contribution, in the Vietnamese
// style: speaker, “title”, event, date, source.
func citation(c *corpus.Contribution, e *corpus.Event) string {
	var parts []string
	if c.Speaker != nil {
		parts = append(parts, c.Speaker.Name)
	} else if c.Affiliation != "" {
		parts = append(parts, c.Affiliation)
	}
	if c.Title != "" {
		parts = append(parts, "“"+c.Title+"”")
	}
	if e != nil {
		ev := strings.TrimSpace(e.Kind + " “" + e.Name + "”")
		if e.Venue != "" {
			ev += ", " + e.Venue
		}
		if e.Date != "" {
			ev += ", " + viDate(e.Date)
		}
		parts = append(parts, ev)
	}
	if len(c.Reports) > 0 {
		r := c.Reports[0]
		parts = append(parts, fmt.Sprintf("%s, %s", r.Source, r.URL))
	}
	return strings.Join(parts, ", ") + "."
}

// articlePage serves /article/:id.
func (s *Server) articlePage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	a, err := s.publicArticle(c.Request.Context(), id)
	if err != nil {
		return err
	}
	var contribs []map[string]any
	for _, con := range a.Contributions {
		title := con.Title
		contribs = append(contribs, map[string]any{"C": con, "URL": entityURL(indexer.KindContribution, con.ID, title)})
	}
	return s.render(c, http.StatusOK, "article", map[string]any{
		"A": a, "Paragraphs": strings.Split(a.Body, "\n\n"), "Contributions": contribs, "LD": articleLD(a, baseURL(c)),
	})
}

// originalPage serves /article/:id/original: the archived bytes shown as
// text, never as markup, so nothing in them runs or loads.
func (s *Server) originalPage(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	a, err := s.publicArticle(ctx, id)
	if errors.Is(err, errNotFound) && s.currentEditor(c) {
		a, err = s.store.Article(ctx, id) // editors see the originals of drafts
	}
	if err != nil {
		return err
	}
	if a.OriginalID == 0 {
		return fmt.Errorf("%w: article %d has no archived original", errNotFound, id)
	}
	o, err := s.store.Original(ctx, a.OriginalID)
	if err != nil {
		return err
	}
	text := strings.ToValidUTF8(string(o.Body), "\uFFFD")
	data := map[string]any{"A": a, "O": o, "Text": text, "Source": c.Query("view") == "source"}
	if !data["Source"].(bool) && strings.Contains(strings.ToLower(o.ContentType+text[:min(len(text), 512)]), "html") {
		// Sanitised markup: safe to show as HTML on this site.
		data["HTML"] = template.HTML(sanitizeOriginal(text, o.URL))
	}
	return s.render(c, http.StatusOK, "original", data)
}

// nearestNames offers, for a search that found nothing, the speakers and
// academies whose names start like one of the words typed.
func (s *Server) nearestNames(ctx context.Context, words []string) []counted {
	var out []counted
	seen := map[string]bool{}
	for _, field := range []string{"speaker", "academy"} {
		// The longest start of the query that completes to a name.
		for n := len(words); n >= 1; n-- {
			vals, err := s.searcher.Suggest(ctx, field, strings.Join(words[:n], " "), 4)
			if err != nil || len(vals) == 0 {
				continue
			}
			for _, v := range vals {
				if !seen[v.Value] {
					seen[v.Value] = true
					out = append(out, counted{Name: v.Value, URL: "/search?" + field + "=" + url.QueryEscape(v.Value), Count: v.Count})
				}
			}
			break
		}
	}
	return out
}
