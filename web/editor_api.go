package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
)

// maxAPIBody bounds a JSON request of the editor API.
const maxAPIBody = maxPaste + 64<<10

// decodeBody reads a JSON object from the request into v, strictly: unknown
// keys are an error, as is anything after the object.
func decodeBody(c *gin.Context, v any) error {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxAPIBody)
	b, err := io.ReadAll(c.Request.Body)
	if err != nil {
		return fmt.Errorf("%w: the body is larger than %d bytes", errBadRequest, maxAPIBody)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: the body is not the JSON expected: %v", errBadRequest, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: one JSON object expected", errBadRequest)
	}
	return nil
}

// invalid answers a validation error with the message of each field.
func invalid(c *gin.Context, v *corpus.ValidationErrors) {
	fields := map[string]string{}
	for _, f := range v.Fields {
		fields[f.Field] = f.Message
	}
	c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": v.Error(), "fields": fields})
}

// apiAddArticle serves POST /api/articles: {"url"}, {"html","url"} or
// {"text"} → 201 {"id","contributions","state"}. The article is a draft.
func (s *Server) apiAddArticle(c *gin.Context) error {
	var in struct {
		URL  string `json:"url"`
		HTML string `json:"html"`
		Text string `json:"text"`
	}
	if err := decodeBody(c, &in); err != nil {
		return err
	}
	if in.HTML != "" && in.Text != "" {
		return fmt.Errorf("%w: give html or text, not both", errBadRequest)
	}
	paste := in.HTML + in.Text
	if paste != "" && strings.TrimSpace(paste) == "" {
		return fmt.Errorf("%w: the page is empty", errBadRequest)
	}
	res, problem, err := s.add(c.Request.Context(), addInput{URL: strings.TrimSpace(in.URL), Paste: paste}, s.currentUser(c))
	if problem != "" {
		msg := translator(langEN)(problem)
		if err != nil {
			msg += ": " + err.Error()
		}
		if res.OriginalID != 0 {
			c.AbortWithStatusJSON(http.StatusUnprocessableEntity, gin.H{"error": msg, "original_id": res.OriginalID})
			return nil
		}
		return fmt.Errorf("%w: %s", errBadRequest, msg)
	}
	if err != nil {
		return err
	}
	state := corpus.StateDraft
	if a, err := s.store.Article(c.Request.Context(), res.ArticleID); err == nil {
		state = a.State // an article the archive already had keeps its state
	}
	c.JSON(http.StatusCreated, gin.H{"id": res.ArticleID, "contributions": res.Contributions, "state": state})
	return nil
}

// apiArticleID reads the :id parameter.
func apiArticleID(c *gin.Context) (int64, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%w: no article %q", errNotFound, c.Param("id"))
	}
	return id, nil
}

// articleJSON is an article in the extraction shape of DESIGN.md, with its
// id, state and the ids of its contributions and speakers.
func articleJSON(a *corpus.Article) (map[string]any, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	m["id"], m["state"] = a.ID, a.State
	if list, ok := m["contributions"].([]any); ok {
		for i, v := range list {
			if cm, ok := v.(map[string]any); ok && i < len(a.Contributions) {
				cm["id"] = a.Contributions[i].ID
				if a.Contributions[i].PersonID != 0 {
					cm["person_id"] = a.Contributions[i].PersonID
				}
			}
		}
	}
	return m, nil
}

// apiGetArticle serves GET /api/articles/:id.
func (s *Server) apiGetArticle(c *gin.Context) error {
	id, err := apiArticleID(c)
	if err != nil {
		return err
	}
	a, err := s.store.Article(c.Request.Context(), id)
	if err != nil {
		return err
	}
	m, err := articleJSON(a)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, m)
	return nil
}

// apiEvent and apiContribution are the editable parts in a PATCH.
type apiEvent struct {
	Kind      string `json:"kind"`
	Name      string `json:"name"`
	Date      string `json:"date"`
	Venue     string `json:"venue"`
	City      string `json:"city"`
	Organizer string `json:"organizer"`
}

type apiSpeaker struct {
	Name   string   `json:"name"`
	Rank   string   `json:"rank"`
	Titles []string `json:"titles"`
}

type apiContribution struct {
	ID          *int64      `json:"id"`
	PersonID    *int64      `json:"person_id"`
	Kind        *string     `json:"kind"`
	Speaker     *apiSpeaker `json:"speaker"`
	Position    *string     `json:"position"`
	Affiliation *string     `json:"affiliation"`
	Academy     *string     `json:"academy"`
	Title       *string     `json:"title"`
	Summary     *string     `json:"summary"`
	Topics      []string    `json:"topics"`
	Evidence    *string     `json:"evidence"`
}

// hasKey reports whether the JSON object raw has key, null included: a
// PATCH with "speaker": null removes the speaker, one without it keeps it.
func hasKey(raw []byte, key string) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return false
	}
	_, ok := m[key]
	return ok
}

// over writes the fields present in p over c.
func (p *apiContribution) over(c *corpus.Contribution, speakerGiven bool) {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = strings.TrimSpace(*src)
		}
	}
	if p.PersonID != nil {
		c.PersonID = *p.PersonID
	}
	set(&c.Kind, p.Kind)
	if speakerGiven {
		c.Speaker = nil
		if p.Speaker != nil {
			c.Speaker = &corpus.Speaker{Name: strings.TrimSpace(p.Speaker.Name), Rank: strings.TrimSpace(p.Speaker.Rank), Titles: p.Speaker.Titles}
		}
	}
	set(&c.Position, p.Position)
	set(&c.Affiliation, p.Affiliation)
	set(&c.Academy, p.Academy)
	set(&c.Title, p.Title)
	set(&c.Summary, p.Summary)
	if p.Topics != nil {
		c.Topics, c.TopicIDs = p.Topics, nil
	}
}

// apiPatchArticle serves PATCH /api/articles/:id: the keys given replace
// the article's (title, published, source, event, contributions — the
// whole list, each kept contribution named by its id — and state); a
// validation error names the fields and writes nothing.
func (s *Server) apiPatchArticle(c *gin.Context) error {
	id, err := apiArticleID(c)
	if err != nil {
		return err
	}
	var in map[string]json.RawMessage
	if err := decodeBody(c, &in); err != nil {
		return err
	}
	ctx := c.Request.Context()
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return err
	}
	edited := *a
	changed := false
	var state, note string
	for key, raw := range in {
		var err error
		switch key {
		case "title":
			err = json.Unmarshal(raw, &edited.Title)
		case "published":
			err = json.Unmarshal(raw, &edited.Published)
		case "source":
			err = json.Unmarshal(raw, &edited.Source)
		case "note":
			if err = json.Unmarshal(raw, &note); err != nil {
				return fmt.Errorf("%w: note: %v", errBadRequest, err)
			}
			continue
		case "state":
			err = json.Unmarshal(raw, &state)
			if err != nil {
				return fmt.Errorf("%w: state: %v", errBadRequest, err)
			}
			continue
		case "event":
			var e *apiEvent
			if err = json.Unmarshal(raw, &e); err == nil {
				edited.Event = nil
				if e != nil {
					ev := corpus.Event{}
					if a.Event != nil {
						ev = *a.Event
					}
					ev.Kind, ev.Name, ev.Date, ev.Venue, ev.City, ev.Organizer = e.Kind, e.Name, e.Date, e.Venue, e.City, e.Organizer
					edited.Event = &ev
				}
			}
		case "contributions":
			var list []json.RawMessage
			if err = json.Unmarshal(raw, &list); err != nil {
				break
			}
			byID := map[int64]corpus.Contribution{}
			for _, ct := range a.Contributions {
				byID[ct.ID] = ct
			}
			edited.Contributions = nil
			for i, r := range list {
				var p apiContribution
				dec := json.NewDecoder(bytes.NewReader(r))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&p); err != nil {
					return fmt.Errorf("%w: contributions.%d: %v", errBadRequest, i, err)
				}
				var ct corpus.Contribution
				if p.ID != nil {
					old, ok := byID[*p.ID]
					if !ok {
						return fmt.Errorf("%w: contributions.%d: contribution %d is not in this article", errBadRequest, i, *p.ID)
					}
					ct = old
				}
				if ct.Kind == "" {
					ct.Kind = corpus.KindPaper
				}
				p.over(&ct, p.ID == nil || hasKey(r, "speaker"))
				edited.Contributions = append(edited.Contributions, ct)
			}
		default:
			return fmt.Errorf("%w: %q cannot be changed (title, published, source, event, contributions, state, note)", errBadRequest, key)
		}
		if err != nil {
			return fmt.Errorf("%w: %s: %v", errBadRequest, key, err)
		}
		changed = true
	}
	u := s.currentUser(c)
	if changed {
		err := s.store.EditArticle(ctx, id, &edited, u, note)
		var v *corpus.ValidationErrors
		if errors.As(err, &v) {
			invalid(c, v)
			return nil
		}
		if err != nil {
			return err
		}
	}
	if state != "" && state != a.State {
		if (state == corpus.StateDeleted || a.State == corpus.StateDeleted) && u.Role != corpus.RoleAdmin {
			return errForbidden
		}
		if err := s.store.SetArticleState(ctx, id, state, u, note); err != nil {
			return fmt.Errorf("%w: state: %v", errBadRequest, err)
		}
	}
	s.syncIndex(ctx)
	return s.apiGetArticle(c)
}

// apiDeleteArticle serves DELETE /api/articles/:id: a soft delete, the
// article's page becomes a tombstone; an admin may restore it.
func (s *Server) apiDeleteArticle(c *gin.Context) error {
	id, err := apiArticleID(c)
	if err != nil {
		return err
	}
	ctx := c.Request.Context()
	if err := s.store.SetArticleState(ctx, id, corpus.StateDeleted, s.currentUser(c), ""); err != nil {
		if errors.Is(err, corpus.ErrNotFound) {
			return err
		}
		return fmt.Errorf("%w: %v", errBadRequest, err)
	}
	s.syncIndex(ctx)
	c.JSON(http.StatusOK, gin.H{"id": id, "state": corpus.StateDeleted})
	return nil
}

// apiPatchContribution serves PATCH /api/contributions/:id: the keys given
// replace the contribution's, through an edit of the first article that
// reports it (so the change has an author and a place in history).
func (s *Server) apiPatchContribution(c *gin.Context) error {
	cid, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || cid <= 0 {
		return fmt.Errorf("%w: no contribution %q", errNotFound, c.Param("id"))
	}
	b, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, maxAPIBody))
	if err != nil {
		return fmt.Errorf("%w: the body is too large", errBadRequest)
	}
	var p apiContribution
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("%w: the body is not the JSON expected: %v", errBadRequest, err)
	}
	if p.ID != nil && *p.ID != cid {
		return fmt.Errorf("%w: id cannot be changed", errBadRequest)
	}
	ctx := c.Request.Context()
	ct, err := s.store.Contribution(ctx, cid)
	if err != nil {
		return err
	}
	if len(ct.Reports) == 0 {
		return fmt.Errorf("%w: contribution %d is reported by no article", errNotFound, cid)
	}
	a, err := s.store.Article(ctx, ct.Reports[0].ArticleID)
	if err != nil {
		return err
	}
	edited := *a
	edited.Contributions = append([]corpus.Contribution(nil), a.Contributions...)
	found := false
	for i := range edited.Contributions {
		if edited.Contributions[i].ID == cid {
			p.over(&edited.Contributions[i], hasKey(b, "speaker"))
			found = true
		}
	}
	if !found {
		return fmt.Errorf("%w: contribution %d is not in article %d", errNotFound, cid, a.ID)
	}
	err = s.store.EditArticle(ctx, a.ID, &edited, s.currentUser(c), "")
	var v *corpus.ValidationErrors
	if errors.As(err, &v) {
		invalid(c, v)
		return nil
	}
	if err != nil {
		return err
	}
	s.syncIndex(ctx)
	ct, err = s.store.Contribution(ctx, cid)
	if err != nil {
		return err
	}
	out := gin.H{"id": ct.ID, "kind": ct.Kind, "person_id": ct.PersonID, "position": ct.Position,
		"affiliation": ct.Affiliation, "academy": ct.Academy, "title": ct.Title, "summary": ct.Summary, "topics": ct.Topics}
	if ct.Speaker != nil {
		out["speaker"] = gin.H{"name": ct.Speaker.Name, "rank": ct.Speaker.Rank, "titles": ct.Speaker.Titles}
	}
	c.JSON(http.StatusOK, out)
	return nil
}

// apiMergePerson serves POST /api/people/:id/merge {"into": ID}.
func (s *Server) apiMergePerson(c *gin.Context) error {
	from, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || from <= 0 {
		return fmt.Errorf("%w: no person %q", errNotFound, c.Param("id"))
	}
	var in struct {
		Into int64 `json:"into"`
	}
	if err := decodeBody(c, &in); err != nil {
		return err
	}
	if in.Into <= 0 || in.Into == from {
		return fmt.Errorf("%w: into must name another person", errBadRequest)
	}
	ctx := c.Request.Context()
	if err := s.store.MergePeople(ctx, from, in.Into, s.currentUser(c)); err != nil {
		return err
	}
	s.syncIndex(ctx)
	c.JSON(http.StatusOK, gin.H{"merged": from, "into": in.Into})
	return nil
}
