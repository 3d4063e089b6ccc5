package web

import (
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
)

// Limits on an error report.
const (
	maxReportMessage = 4000
	maxReportBody    = 16 << 10
)

// reportPage serves GET /report?page=/contribution/12: a form to tell the
// editors what is wrong on a page.
func (s *Server) reportPage(c *gin.Context) error {
	return s.render(c, http.StatusOK, "report", map[string]any{"Page": reportTarget(c.Query("page"))})
}

// reportTarget keeps a page path on this site, nothing else.
func reportTarget(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || len(p) > 500 {
		return "/"
	}
	return p
}

// reportSubmit serves POST /report: stores the report for the editors and
// thanks the reader. What was typed is kept on a validation error.
func (s *Server) reportSubmit(c *gin.Context) error {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxReportBody)
	if err := c.Request.ParseForm(); err != nil {
		return fmt.Errorf("%w: the form is too large", errBadRequest)
	}
	r := &corpus.ErrorReport{
		Page:    reportTarget(c.PostForm("page")),
		Message: strings.TrimSpace(c.PostForm("message")),
		Contact: strings.TrimSpace(c.PostForm("contact")),
	}
	var problem string
	switch n := utf8.RuneCountInString(r.Message); {
	case n == 0:
		problem = "report.empty"
	case n > maxReportMessage:
		problem = "report.long"
	case utf8.RuneCountInString(r.Contact) > 200:
		problem = "report.contact"
	}
	if problem != "" {
		return s.render(c, http.StatusBadRequest, "report", map[string]any{"Page": r.Page, "Message": r.Message,
			"Contact": r.Contact, "Problem": problem})
	}
	if err := s.store.AddReport(c.Request.Context(), r); err != nil {
		return err
	}
	s.log.Info("error_report", "report_id", r.ID, "page", r.Page)
	return s.render(c, http.StatusOK, "report", map[string]any{"Page": r.Page, "Done": true})
}
