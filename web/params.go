package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/search"
)

// searchRequest reads the parameters shared by /search and /api/search.
func searchRequest(c *gin.Context) (search.Request, error) {
	r := search.Request{
		Q:       c.Query("q"),
		Speaker: c.Query("speaker"),
		Academy: c.Query("academy"),
		Topic:   c.Query("topic"),
		Year:    strings.TrimSpace(c.Query("year")),
		Kind:    c.Query("kind"),
		Sort:    c.Query("sort"),
	}
	switch c.Query("facets") {
	case "", "1", "true":
	case "0", "false":
		r.NoFacets = true
	default:
		return r, fmt.Errorf("%w: facets must be 0 or 1", errBadRequest)
	}
	var err error
	if r.Page, err = intParam(c, "page"); err != nil {
		return r, err
	}
	if r.Size, err = intParam(c, "size"); err != nil {
		return r, err
	}
	return r, r.Validate()
}

func intParam(c *gin.Context, name string) (int, error) {
	v := strings.TrimSpace(c.Query(name))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%w: %s must be a number", errBadRequest, name)
	}
	return n, nil
}

// idParam reads the record id of an entity URL: "/contribution/12-tieu-de".
func idParam(c *gin.Context) (int64, error) {
	raw := c.Param("id")
	num, _, _ := strings.Cut(raw, "-")
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%w: %q", errNotFound, raw)
	}
	return id, nil
}

// slug is the readable part of an entity URL: the folded title, hyphenated.
func slug(s string) string {
	words := strings.Fields(vi.Key(s))
	var b strings.Builder
	for _, w := range words {
		if b.Len()+len(w) > 70 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

// entityURL is the page of a contribution or an article on this site.
func entityURL(kind string, id int64, title string) string {
	u := "/" + kind + "/" + strconv.FormatInt(id, 10)
	if s := slug(title); s != "" {
		u += "-" + s
	}
	return u
}
