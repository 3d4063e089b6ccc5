package web

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/search"
)

// apiHit is a search hit in the JSON API.
type apiHit struct {
	ID            int64    `json:"id"`
	Kind          string   `json:"kind"`
	Title         string   `json:"title"`
	Speaker       string   `json:"speaker"`
	SpeakerRank   string   `json:"speaker_rank,omitempty"`
	SpeakerTitles []string `json:"speaker_titles,omitempty"`
	Academy       string   `json:"academy"`
	Event         string   `json:"event,omitempty"`
	Date          string   `json:"date"`
	URL           string   `json:"url"`
	Snippet       string   `json:"snippet"`
}

type apiResult struct {
	Total  uint64                         `json:"total"`
	Hits   []apiHit                       `json:"hits"`
	Facets map[string][]search.FacetValue `json:"facets"`
}

// apiSearch serves GET /api/search.
func (s *Server) apiSearch(c *gin.Context) error {
	req, err := searchRequest(c)
	if err != nil {
		return err
	}
	res, err := s.search(c.Request.Context(), req)
	if err != nil {
		return err
	}
	out := apiResult{Total: res.Total, Hits: []apiHit{}, Facets: map[string][]search.FacetValue{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, apiHit{ID: h.ID, Kind: h.Kind, Title: h.Title, Speaker: h.Speaker,
			SpeakerRank: h.SpeakerRank, SpeakerTitles: h.SpeakerTitles, Academy: h.Academy, Event: h.Event,
			Date: h.Date, URL: entityURL(h.Kind, h.ID, h.Title), Snippet: h.Snippet.HTML()})
	}
	for name, vals := range res.Facets {
		if vals == nil {
			vals = []search.FacetValue{}
		}
		out.Facets[name] = vals
	}
	c.JSON(http.StatusOK, out)
	return nil
}

// apiSuggest serves GET /api/suggest?field=speaker|academy|topic&prefix=.
func (s *Server) apiSuggest(c *gin.Context) error {
	vals, err := s.searcher.Suggest(c.Request.Context(), c.Query("field"), c.Query("prefix"), 10)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, vals)
	return nil
}

// readyz serves GET /readyz: 200 when the store and the index answer and
// the index has applied the whole change log, 503 otherwise.
func (s *Server) readyz(c *gin.Context) {
	ctx := c.Request.Context()
	if err := s.Ready(ctx); err != nil {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable"})
		return
	}
	storeSeq, _ := s.store.LastSeq(ctx)
	applied, _ := s.index.Applied()
	if lag := storeSeq - applied; lag > 0 {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "catching up", "lag": lag})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready", "lag": 0})
}

// healthz serves GET /healthz: 200 when the store and the index answer.
func (s *Server) healthz(c *gin.Context) {
	ctx := c.Request.Context()
	if err := s.Ready(ctx); err != nil {
		s.log.Error("health_check_failed", "err", err)
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable"})
		return
	}
	storeSeq, _ := s.store.LastSeq(ctx)
	applied, _ := s.index.Applied()
	docs, _ := s.index.DocCount()
	c.JSON(http.StatusOK, gin.H{"status": "ok", "documents": docs, "store_seq": storeSeq, "index_seq": applied})
}
