package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/corpus/ingest"
)

// Limits on what an editor sends.
const (
	maxPaste      = 4 << 20 // a pasted or uploaded page
	maxEditorForm = maxPaste + 64<<10
	fetchTimeout  = 30 * time.Second
)

// dashboard serves GET /editor: drafts to review, the crawler's failures,
// pages the reader doubted, readers' error reports and the latest changes.
func (s *Server) dashboard(c *gin.Context) error {
	ctx := c.Request.Context()
	drafts, err := s.store.ArticlesByState(ctx, corpus.StateDraft, 50)
	if err != nil {
		return err
	}
	failures, err := s.store.CrawlFailures(ctx, 50)
	if err != nil {
		return err
	}
	reports, err := s.store.OpenReports(ctx)
	if err != nil {
		return err
	}
	warned, err := s.store.ArticlesWithWarnings(ctx, 50)
	if err != nil {
		return err
	}
	recent, err := s.store.RecentRevisions(ctx, 30)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "editor", map[string]any{"Drafts": drafts, "Failures": failures,
		"Reports": reports, "Warned": warned, "Recent": recent})
}

// newArticlePage serves GET /editor/new: add an article by URL, by pasting
// HTML or text, or by uploading a file.
func (s *Server) newArticlePage(c *gin.Context) error {
	return s.render(c, http.StatusOK, "editor_new", map[string]any{})
}

// addArticle serves POST /editor/new. The original is archived first, then
// read; the editor lands on the extraction, beside the original.
func (s *Server) addArticle(c *gin.Context) error {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxEditorForm)
	if err := c.Request.ParseMultipartForm(maxEditorForm); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return s.render(c, http.StatusBadRequest, "editor_new", map[string]any{"Problem": "new.too_large"})
	}
	in := addInput{URL: strings.TrimSpace(c.PostForm("url")), Paste: c.PostForm("paste")}
	if fh, err := c.FormFile("file"); err == nil {
		f, err := fh.Open()
		if err != nil {
			return err
		}
		b, err := io.ReadAll(io.LimitReader(f, maxPaste+1))
		f.Close()
		if err != nil {
			return err
		}
		in.File, in.FileName = b, fh.Filename
	}
	res, problem, err := s.add(c.Request.Context(), in, s.currentUser(c))
	if problem != "" {
		return s.render(c, http.StatusBadRequest, "editor_new", map[string]any{"Problem": problem, "URL": in.URL,
			"Paste": in.Paste, "Detail": errDetail(err)})
	}
	if err != nil {
		return err
	}
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/article/%d", res.ArticleID))
	return nil
}

func errDetail(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// addInput is an article as an editor gives it: a URL to fetch, a paste,
// or a file; a URL beside a paste or file names where it came from.
type addInput struct {
	URL      string
	Paste    string
	File     []byte
	FileName string
}

// add archives and reads what an editor gave. problem names what was wrong
// with the input (a message key), "" when the fault, if any, is ours.
func (s *Server) add(ctx context.Context, in addInput, by *corpus.User) (ingest.Result, string, error) {
	page := ingest.Page{URL: in.URL, FetchedAt: time.Now(), State: corpus.StateDraft}
	switch {
	case len(in.File) > 0:
		if len(in.File) > maxPaste {
			return ingest.Result{}, "new.too_large", nil
		}
		page.Body = in.File
		page.ContentType = "text/html"
		if ext := strings.ToLower(filepath.Ext(in.FileName)); ext == ".txt" {
			page.ContentType = "text/plain; charset=utf-8"
		} else if ext != ".html" && ext != ".htm" {
			return ingest.Result{}, "new.file_type", nil
		}
		if page.URL == "" {
			page.URL = "upload:" + filepath.Base(in.FileName) + "#" + time.Now().UTC().Format("20060102T150405")
		}
	case strings.TrimSpace(in.Paste) != "":
		if len(in.Paste) > maxPaste {
			return ingest.Result{}, "new.too_large", nil
		}
		page.Body = []byte(in.Paste)
		page.ContentType = "text/plain; charset=utf-8"
		if looksLikeHTML(in.Paste) {
			page.ContentType = "text/html; charset=utf-8"
		}
		if page.URL == "" {
			page.URL = "paste:" + time.Now().UTC().Format("20060102T150405.000000")
		}
	case in.URL != "":
		u, err := crawl.Canonical(in.URL, nil)
		if err != nil {
			return ingest.Result{}, "new.bad_url", err
		}
		ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
		defer cancel()
		resp, err := s.fetcher.Get(ctx, u.String(), crawl.Validators{})
		if err != nil {
			return ingest.Result{}, "new.fetch_failed", err
		}
		page.URL, page.Body, page.ContentType, page.Status, page.Header = resp.URL, resp.Body, resp.ContentType, resp.Status, resp.Header
	default:
		return ingest.Result{}, "new.nothing", nil
	}
	if page.ContentType != "" && !strings.HasPrefix(page.ContentType, "text/") {
		if mt, _, _ := mime.ParseMediaType(page.ContentType); mt != "application/xhtml+xml" {
			return ingest.Result{}, "new.not_a_page", fmt.Errorf("content type %s", page.ContentType)
		}
	}
	res, err := ingest.Ingest(ctx, s.store, page)
	if err != nil {
		if res.OriginalID != 0 && (errors.Is(err, extract.ErrEmpty) || errors.Is(err, extract.ErrMojibake) || errors.Is(err, extract.ErrBinary)) {
			return res, "new.unreadable", err
		}
		return res, "", err
	}
	s.syncIndex(ctx)
	return res, "", nil
}

// looksLikeHTML tells a pasted page from pasted text.
func looksLikeHTML(s string) bool {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 2048)]))
	return strings.HasPrefix(head, "<!doctype") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<p>") || strings.Contains(head, "<div")
}

// syncIndex applies the store's new changes to the index now, so that an
// editor's change is searchable at once rather than at the next tick.
func (s *Server) syncIndex(ctx context.Context) {
	if _, err := s.index.Sync(context.WithoutCancel(ctx), s.store); err != nil {
		s.log.Error("index_sync_failed", "err", err)
	}
}

// editorArticle loads the article of the :id parameter.
func (s *Server) editorArticle(c *gin.Context) (*corpus.Article, error) {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, fmt.Errorf("%w: no article %q", errNotFound, c.Param("id"))
	}
	return s.store.Article(c.Request.Context(), id)
}

// editPage serves GET /editor/article/:id: the extraction as a form,
// beside the original's text.
func (s *Server) editPage(c *gin.Context) error {
	a, err := s.editorArticle(c)
	if err != nil {
		return err
	}
	return s.renderEdit(c, http.StatusOK, a, formFromArticle(a), nil)
}

func (s *Server) renderEdit(c *gin.Context, status int, a *corpus.Article, f *articleForm, problems map[string]string) error {
	lang := language(c)
	for k, v := range problems {
		problems[k] = problemText(lang, v)
	}
	return s.render(c, status, "editor_article", map[string]any{"A": a, "F": f, "Problems": problems,
		"Saved": c.Query("saved") != ""})
}

// saveArticle serves POST /editor/article/:id. On a validation error the
// form comes back as typed, with a message beside each wrong field.
func (s *Server) saveArticle(c *gin.Context) error {
	a, err := s.editorArticle(c)
	if err != nil {
		return err
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxEditorForm)
	if err := c.Request.ParseForm(); err != nil {
		return fmt.Errorf("%w: the form is too large", errBadRequest)
	}
	f, err := parseArticleForm(c.Request.PostForm, a.ID)
	if err != nil {
		return err
	}
	edited, block := f.apply(a)
	err = s.store.EditArticle(c.Request.Context(), a.ID, edited, s.currentUser(c), f.Note)
	var invalid *corpus.ValidationErrors
	if errors.As(err, &invalid) {
		return s.renderEdit(c, http.StatusBadRequest, a, f, formProblems(invalid, block))
	}
	if err != nil {
		return err
	}
	s.syncIndex(c.Request.Context())
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/article/%d?saved=1", a.ID))
	return nil
}

// formProblems puts the store's field errors on the form's field names:
// "contributions.2.speaker.name" is block block[2]'s "name".
func formProblems(v *corpus.ValidationErrors, block []int) map[string]string {
	out := map[string]string{}
	for _, fe := range v.Fields {
		name := fe.Field
		if rest, ok := strings.CutPrefix(name, "contributions."); ok {
			idx, field, _ := strings.Cut(rest, ".")
			if i, err := strconv.Atoi(idx); err == nil && i < len(block) {
				field = strings.TrimPrefix(field, "speaker.")
				name = "c." + strconv.Itoa(block[i]) + "." + field
			}
		}
		if _, dup := out[name]; !dup {
			out[name] = fe.Message
		}
	}
	return out
}

// setState serves POST /editor/article/:id/state: publish, unpublish,
// delete (a tombstone) and restore.
func (s *Server) setState(c *gin.Context) error {
	a, err := s.editorArticle(c)
	if err != nil {
		return err
	}
	state := c.PostForm("state")
	u := s.currentUser(c)
	if (state == corpus.StateDeleted || a.State == corpus.StateDeleted) && u.Role != corpus.RoleAdmin {
		return errForbidden
	}
	if err := s.store.SetArticleState(c.Request.Context(), a.ID, state, u, strings.TrimSpace(c.PostForm("note"))); err != nil {
		return fmt.Errorf("%w: %v", errBadRequest, err)
	}
	s.syncIndex(c.Request.Context())
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/article/%d?saved=1", a.ID))
	return nil
}

// historyPage serves GET /editor/article/:id/history: every revision, who
// and when, with what changed.
func (s *Server) historyPage(c *gin.Context) error {
	a, err := s.editorArticle(c)
	if err != nil {
		return err
	}
	revs, err := s.store.Revisions(c.Request.Context(), a.ID)
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "editor_history", map[string]any{"A": a, "Revisions": revs,
		"Reverted": c.Query("reverted") != ""})
}

// revert serves POST /editor/article/:id/revert: a revision's content
// becomes the article again, as a new revision.
func (s *Server) revert(c *gin.Context) error {
	a, err := s.editorArticle(c)
	if err != nil {
		return err
	}
	rev, err := strconv.ParseInt(c.PostForm("revision"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no revision given", errBadRequest)
	}
	if err := s.store.RevertArticle(c.Request.Context(), a.ID, rev, s.currentUser(c)); err != nil {
		return err
	}
	s.syncIndex(c.Request.Context())
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/article/%d/history?reverted=%d", a.ID, rev))
	return nil
}

// personPage serves GET /editor/person/:id: the person's printed variants
// and contributions, with the forms to merge and split.
func (s *Server) personPage(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no person %q", errNotFound, c.Param("id"))
	}
	ctx := c.Request.Context()
	p, err := s.store.Person(ctx, id)
	if err != nil {
		return err
	}
	ids, err := s.store.PersonContributions(ctx, id)
	if err != nil {
		return err
	}
	var contribs []*corpus.Contribution
	for _, cid := range ids {
		if ct, err := s.store.Contribution(ctx, cid); err == nil {
			contribs = append(contribs, ct)
		}
	}
	return s.render(c, http.StatusOK, "editor_person", map[string]any{"P": p, "Contributions": contribs,
		"Problem": c.Query("problem")})
}

// mergePerson serves POST /editor/person/:id/merge: this person becomes
// the one chosen (their variants kept, their page redirected).
func (s *Server) mergePerson(c *gin.Context) error {
	from, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no person %q", errNotFound, c.Param("id"))
	}
	into, err := strconv.ParseInt(strings.TrimSpace(c.PostForm("into")), 10, 64)
	if err != nil || into == from {
		c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/person/%d?problem=merge.pick", from))
		return nil
	}
	if err := s.store.MergePeople(c.Request.Context(), from, into, s.currentUser(c)); err != nil {
		return err
	}
	s.syncIndex(c.Request.Context())
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/person/%d", into))
	return nil
}

// splitPerson serves POST /editor/person/:id/split: the contributions
// ticked go to a new person of the name typed.
func (s *Server) splitPerson(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no person %q", errNotFound, c.Param("id"))
	}
	if err := c.Request.ParseForm(); err != nil {
		return fmt.Errorf("%w: bad form", errBadRequest)
	}
	var ids []int64
	for _, v := range c.Request.PostForm["contribution"] {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			ids = append(ids, n)
		}
	}
	name := strings.TrimSpace(c.PostForm("name"))
	if len(ids) == 0 || name == "" || utf8.RuneCountInString(name) > 120 {
		c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/person/%d?problem=split.pick", id))
		return nil
	}
	nid, err := s.store.SplitPerson(c.Request.Context(), id, ids, name, s.currentUser(c))
	if err != nil {
		return fmt.Errorf("%w: %v", errBadRequest, err)
	}
	s.syncIndex(c.Request.Context())
	c.Redirect(http.StatusSeeOther, fmt.Sprintf("/editor/person/%d", nid))
	return nil
}

// closeReport serves POST /editor/report/:id/close: a reader's report was
// dealt with.
func (s *Server) closeReport(c *gin.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no report %q", errNotFound, c.Param("id"))
	}
	if err := s.store.CloseReport(c.Request.Context(), id); err != nil {
		return err
	}
	s.log.Info("report_closed", "report_id", id, "user", actor(s.currentUser(c)))
	c.Redirect(http.StatusSeeOther, "/editor")
	return nil
}

// peopleSuggest serves GET /editor/people?q=: people for the speaker
// picker, with or without diacritics.
func (s *Server) peopleSuggest(c *gin.Context) error {
	q := strings.TrimSpace(c.Query("q"))
	if utf8.RuneCountInString(q) > 100 {
		return fmt.Errorf("%w: q is too long", errBadRequest)
	}
	people, err := s.store.FindPeople(c.Request.Context(), q, 10)
	if err != nil {
		return err
	}
	out := make([]gin.H, 0, len(people))
	for _, p := range people {
		out = append(out, gin.H{"id": p.ID, "name": p.Name})
	}
	c.JSON(http.StatusOK, out)
	return nil
}

// taxonomyPage serves GET /editor/taxonomy (admins): the topic list and
// the academies' aliases.
func (s *Server) taxonomyPage(c *gin.Context) error {
	ctx := c.Request.Context()
	topics, err := s.store.AllTopics(ctx)
	if err != nil {
		return err
	}
	academies, err := s.store.AllOrganizations(ctx)
	if err != nil {
		return err
	}
	type academy struct {
		corpus.RefCount
		Aliases []string
	}
	var list []academy
	for _, a := range academies {
		aliases, err := s.store.OrganizationAliases(ctx, a.ID)
		if err != nil {
			return err
		}
		list = append(list, academy{a, aliases})
	}
	return s.render(c, http.StatusOK, "editor_taxonomy", map[string]any{"Topics": topics, "Academies": list,
		"Problem": c.Query("problem")})
}

// taxonomyChange serves POST /editor/taxonomy (admins): add, rename or
// delete a topic; add or remove an academy alias.
func (s *Server) taxonomyChange(c *gin.Context) error {
	ctx := c.Request.Context()
	id, _ := strconv.ParseInt(c.PostForm("id"), 10, 64)
	name := strings.TrimSpace(c.PostForm("name"))
	var err error
	switch c.PostForm("action") {
	case "topic.add":
		_, err = s.store.AddTopic(ctx, name)
	case "topic.rename":
		err = s.store.RenameTopic(ctx, id, name)
	case "topic.delete":
		err = s.store.DeleteTopic(ctx, id)
	case "alias.add":
		err = s.store.AddOrganizationAlias(ctx, id, name)
	case "alias.remove":
		err = s.store.RemoveOrganizationAlias(ctx, name)
	default:
		return fmt.Errorf("%w: unknown action", errBadRequest)
	}
	if err != nil {
		var ve *corpus.ValidationError
		var ves *corpus.ValidationErrors
		if errors.As(err, &ve) || errors.As(err, &ves) || errors.Is(err, corpus.ErrExists) || errors.Is(err, corpus.ErrNotFound) {
			c.Redirect(http.StatusSeeOther, "/editor/taxonomy?problem="+url.QueryEscape(err.Error()))
			return nil
		}
		return err
	}
	s.syncIndex(ctx)
	c.Redirect(http.StatusSeeOther, "/editor/taxonomy")
	return nil
}
