package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// exportFormats are the citation formats, by the name used in URLs.
var exportFormats = map[string]struct {
	write       func(io.Writer, []citationRecord) error
	contentType string
	ext         string
}{
	"bibtex":   {writeBibTeX, "application/x-bibtex; charset=utf-8", "bib"},
	"ris":      {writeRIS, "application/x-research-info-systems; charset=utf-8", "ris"},
	"csl-json": {writeCSLJSON, "application/vnd.citationstyles.csl+json; charset=utf-8", "json"},
	"csv":      {writeCSV, "text/csv; charset=utf-8", "csv"},
}

// maxExport is the most contributions one export of a search holds.
const maxExport = 500

// record turns a stored contribution into what the exports cite.
func (s *Server) record(ctx context.Context, c *corpus.Contribution, base string) (citationRecord, error) {
	r := citationRecord{ID: c.ID, URL: base + entityURL("contribution", c.ID, c.Title), Kind: c.Kind, Title: c.Title,
		Institution: c.Affiliation, Academy: c.Academy, Topics: c.Topics, Summary: c.Summary}
	if c.Speaker != nil {
		r.Authors = []string{c.Speaker.Name}
	}
	if c.EventID != 0 {
		e, err := s.store.Event(ctx, c.EventID)
		if err != nil {
			return r, err
		}
		r.Event, r.EventKind, r.EventDate, r.Venue, r.City, r.Organizer = e.Name, e.Kind, e.Date, e.Venue, e.City, e.Organizer
	}
	if len(c.Reports) > 0 {
		rep := c.Reports[0]
		r.Published, r.Source, r.SourceURL = rep.Published, rep.Source, rep.URL
	}
	return r, nil
}

func writeExport(c *gin.Context, format, name string, recs []citationRecord) error {
	f, ok := exportFormats[format]
	if !ok {
		return fmt.Errorf("%w: format must be bibtex, ris, csl-json or csv", errBadRequest)
	}
	var buf bytes.Buffer
	if err := f.write(&buf, recs); err != nil {
		return err
	}
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, f.ext))
	c.Data(http.StatusOK, f.contentType, buf.Bytes())
	return nil
}

// exportContribution serves /contribution/:id/export/:format.
func (s *Server) exportContribution(c *gin.Context) error {
	id, err := idParam(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	con, err := s.publicContribution(ctx, id)
	if err != nil {
		return err
	}
	rec, err := s.record(ctx, con, baseURL(c))
	if err != nil {
		return err
	}
	return writeExport(c, c.Param("format"), fmt.Sprintf("thamluan-%d", id), []citationRecord{rec})
}

// exportSearch serves /search/export?format=...: the contributions a
// search finds (at most maxExport), with the parameters of /search.
func (s *Server) exportSearch(c *gin.Context) error {
	if _, ok := exportFormats[c.Query("format")]; !ok {
		return fmt.Errorf("%w: format must be bibtex, ris, csl-json or csv", errBadRequest)
	}
	req, err := searchRequest(c)
	if err != nil {
		return err
	}
	req.Kind, req.Size, req.NoFacets = indexer.KindContribution, search.MaxSize, true
	ctx := c.Request.Context()
	base := baseURL(c)
	var recs []citationRecord
	for req.Page = 1; len(recs) < maxExport && req.Page*req.Size <= search.MaxDepth; req.Page++ {
		res, err := s.search(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			con, err := s.store.Contribution(ctx, h.ID)
			if err != nil {
				return err
			}
			rec, err := s.record(ctx, con, base)
			if err != nil {
				return err
			}
			recs = append(recs, rec)
		}
		if len(res.Hits) < req.Size {
			break
		}
	}
	return writeExport(c, c.Query("format"), "thamluan-search", recs)
}
