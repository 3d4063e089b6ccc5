package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl"
	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
)

// desk is an editor's desk over its own archive, with an admin ("an") and
// an editor ("binh"), their API tokens, and browsers that keep cookies.
type desk struct {
	url                      string
	store                    *corpus.Store
	adminToken, editorToken  string
	adminPassword, editorPwd string
}

func newDesk(t *testing.T, control crawl.Control) *desk {
	t.Helper()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	d := &desk{store: st, adminPassword: "mật khẩu quản trị 1", editorPwd: "mật khẩu biên tập 2"}
	if _, err := st.AddUser(ctx, "an", corpus.RoleAdmin, d.adminPassword); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddUser(ctx, "binh", corpus.RoleEditor, d.editorPwd); err != nil {
		t.Fatal(err)
	}
	if d.adminToken, err = st.CreateToken(ctx, "an", "test"); err != nil {
		t.Fatal(err)
	}
	if d.editorToken, err = st.CreateToken(ctx, "binh", "test"); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Store: st, Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), FetchControl: control})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	d.url = srv.URL
	return d
}

// cookieClient is a client with a cookie jar that does not follow redirects.
func cookieClient(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 20 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}
}

func do(t *testing.T, c *http.Client, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func (d *desk) post(t *testing.T, c *http.Client, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, d.url+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return do(t, c, req)
}

func (d *desk) get(t *testing.T, c *http.Client, path string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, d.url+path, nil)
	return do(t, c, req)
}

func (d *desk) api(t *testing.T, method, path, token string, body any) (int, map[string]any) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, d.url+path, r)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, text := do(t, http.DefaultClient, req)
	var m map[string]any
	json.Unmarshal([]byte(text), &m)
	return resp.StatusCode, m
}

func (d *desk) login(t *testing.T, name, password string) *http.Client {
	t.Helper()
	c := cookieClient(t)
	resp, body := d.post(t, c, "/editor/login", url.Values{"name": {name}, "password": {password}, "next": {"/editor"}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/editor" {
		t.Fatalf("login %s: %d %s", name, resp.StatusCode, body)
	}
	return c
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// searchHits returns the ids of the contributions a search finds.
func (d *desk) searchHits(t *testing.T, q string) []int64 {
	t.Helper()
	resp, body := d.get(t, http.DefaultClient, "/api/search?kind=contribution&q="+url.QueryEscape(q))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("search %q: %d %s", q, resp.StatusCode, body)
	}
	var r struct {
		Hits []struct {
			ID int64 `json:"id"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	var out []int64
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestEditorRefusesStrangers(t *testing.T) {
	d := newDesk(t, nil)
	anon := cookieClient(t)
	for _, p := range []string{"/editor", "/editor/new", "/editor/article/1", "/editor/article/1/history", "/editor/person/1", "/editor/taxonomy"} {
		resp, _ := d.get(t, anon, p)
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/editor/login?next=") {
			t.Errorf("GET %s signed out: %d → %s, want a redirect to sign in", p, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
	for _, p := range []string{"/editor/new", "/editor/article/1", "/editor/article/1/state", "/editor/person/1/merge", "/editor/taxonomy"} {
		resp, _ := d.post(t, anon, p, url.Values{"paste": {"x"}})
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/editor/login") {
			t.Errorf("POST %s signed out: %d, want a redirect to sign in", p, resp.StatusCode)
		}
	}
	if n, _ := d.store.Counts(context.Background()); n.Originals != 0 {
		t.Errorf("a signed-out POST archived %d originals", n.Originals)
	}
	// The API takes tokens only: no token, a wrong one, or a session cookie.
	editor := d.login(t, "binh", d.editorPwd)
	for _, tc := range []struct {
		name, token string
		client      *http.Client
	}{{"no token", "", http.DefaultClient}, {"bad token", "tl_nope", http.DefaultClient}, {"session cookie", "", editor}} {
		req, _ := http.NewRequest(http.MethodPost, d.url+"/api/articles", strings.NewReader(`{"text":"x"}`))
		if tc.token != "" {
			req.Header.Set("Authorization", "Bearer "+tc.token)
		}
		resp, body := do(t, tc.client, req)
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, `"error"`) {
			t.Errorf("POST /api/articles with %s: %d %s, want 401", tc.name, resp.StatusCode, body)
		}
	}
	// Wrong role: an editor may not delete, nor manage the taxonomy.
	if code, m := d.api(t, http.MethodDelete, "/api/articles/1", d.editorToken, nil); code != http.StatusForbidden {
		t.Errorf("DELETE by an editor: %d %v, want 403", code, m)
	}
	if resp, _ := d.get(t, editor, "/editor/taxonomy"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("GET /editor/taxonomy by an editor: %d, want 403", resp.StatusCode)
	}
	if resp, _ := d.post(t, editor, "/editor/taxonomy", url.Values{"action": {"topic.add"}, "name": {"x"}}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST /editor/taxonomy by an editor: %d, want 403", resp.StatusCode)
	}
	// A disabled account's token and session stop working at once.
	if err := d.store.DisableUser(context.Background(), "binh"); err != nil {
		t.Fatal(err)
	}
	if code, _ := d.api(t, http.MethodPost, "/api/articles", d.editorToken, map[string]string{"text": "x"}); code != http.StatusUnauthorized {
		t.Errorf("disabled user's token: %d, want 401", code)
	}
	if resp, _ := d.get(t, editor, "/editor"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("disabled user's session: %d, want a redirect to sign in", resp.StatusCode)
	}
}

func TestEditorCrossSiteAndThrottle(t *testing.T) {
	d := newDesk(t, nil)
	c := d.login(t, "an", d.adminPassword)
	// A form posted from another site is refused before any handler.
	req, _ := http.NewRequest(http.MethodPost, d.url+"/editor/new", strings.NewReader(url.Values{"paste": {seedText(t)}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	if resp, _ := do(t, c, req); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", resp.StatusCode)
	}
	if n, _ := d.store.Counts(context.Background()); n.Originals != 0 {
		t.Errorf("the cross-site POST archived %d originals", n.Originals)
	}
	// Wrong passwords: a few are answered, then even the right one waits.
	b := cookieClient(t)
	for i := range 5 {
		resp, body := d.post(t, b, "/editor/login", url.Values{"name": {"binh"}, "password": {"sai mật khẩu " + strconv.Itoa(i)}})
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "Sai tên đăng nhập") {
			t.Fatalf("wrong password %d: %d", i, resp.StatusCode)
		}
		if !strings.Contains(body, `value="binh"`) {
			t.Errorf("the sign-in form lost the typed name")
		}
	}
	resp, body := d.post(t, b, "/editor/login", url.Values{"name": {"binh"}, "password": {d.editorPwd}})
	if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "quá nhiều lần") {
		t.Errorf("sign-in after 5 failures: %d, want 429", resp.StatusCode)
	}
	// A forged X-Forwarded-For does not make a new client.
	req, _ = http.NewRequest(http.MethodPost, d.url+"/editor/login", strings.NewReader(url.Values{"name": {"binh"}, "password": {d.editorPwd}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	if resp, _ := do(t, b, req); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("sign-in with a forged X-Forwarded-For: %d, want 429", resp.StatusCode)
	}
	// Another account from the same address is not locked out.
	d.login(t, "an", d.adminPassword)
}

func TestEditorSessionCookieAndLogout(t *testing.T) {
	d := newDesk(t, nil)
	c := cookieClient(t)
	resp, _ := d.post(t, c, "/editor/login", url.Values{"name": {"an"}, "password": {d.adminPassword}})
	var cookie *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == sessionCookie {
			cookie = ck
		}
	}
	if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode {
		t.Fatalf("session cookie = %+v, want HttpOnly SameSite=Lax", cookie)
	}
	if resp, body := d.get(t, c, "/editor"); resp.StatusCode != http.StatusOK || !strings.Contains(body, "Bàn biên tập") {
		t.Fatalf("dashboard: %d", resp.StatusCode)
	}
	if resp, _ := d.post(t, c, "/editor/logout", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %d", resp.StatusCode)
	}
	// The old cookie, replayed, is dead: the session was revoked.
	replay := cookieClient(t)
	u, _ := url.Parse(d.url)
	replay.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: cookie.Value}})
	if resp, _ := d.get(t, replay, "/editor"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("replayed cookie after logout: %d, want a redirect to sign in", resp.StatusCode)
	}
	// Pages outside the desk set no cookie.
	if resp, _ := d.get(t, cookieClient(t), "/"); len(resp.Cookies()) != 0 {
		t.Errorf("the home page set cookies: %v", resp.Cookies())
	}
}

var articleLink = regexp.MustCompile(`^/editor/article/(\d+)$`)

// TestEditorWorkflow adds a pasted article, corrects a speaker with a
// validation error on the way, publishes, finds the correction in search,
// and restores the previous revision from history.
func TestEditorWorkflow(t *testing.T) {
	d := newDesk(t, nil)
	c := d.login(t, "binh", d.editorPwd)
	resp, body := d.post(t, c, "/editor/new", url.Values{"paste": {seedText(t)}, "url": {"https://bocongan.example/phat-trien-dang-vien"}})
	m := articleLink.FindStringSubmatch(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusSeeOther || m == nil {
		t.Fatalf("add by paste: %d → %q %s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	id, _ := strconv.ParseInt(m[1], 10, 64)
	ctx := context.Background()
	a, err := d.store.Article(ctx, id)
	if err != nil || a.State != corpus.StateDraft || len(a.Contributions) != 5 {
		t.Fatalf("added article: %v, state %q, %d contributions", err, a.State, len(a.Contributions))
	}
	// A draft is not public.
	if resp, _ := d.get(t, http.DefaultClient, fmt.Sprintf("/article/%d", id)); resp.StatusCode != http.StatusNotFound {
		t.Errorf("public page of a draft: %d, want 404", resp.StatusCode)
	}
	resp, body = d.get(t, c, fmt.Sprintf("/editor/article/%d", id))
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `name="c.0.name"`) || !strings.Contains(body, a.Contributions[0].Speaker.Name) {
		t.Fatalf("edit page: %d", resp.StatusCode)
	}
	form := editForm(t, body)
	// A bad date and an emptied speaker: the form comes back as typed.
	bad := cloneValues(form)
	bad.Set("published", "45/13/2023")
	bad.Set("title", "Tiêu đề đã sửa nhưng chưa lưu")
	bad.Set("c.1.name", "")
	bad.Set("c.1.affiliation", "")
	resp, body = d.post(t, c, fmt.Sprintf("/editor/article/%d", id), bad)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, `value="45/13/2023"`) ||
		!strings.Contains(body, "Tiêu đề đã sửa nhưng chưa lưu") || !strings.Contains(body, `aria-invalid="true"`) ||
		!strings.Contains(body, "Cần họ tên người trình bày hoặc đơn vị") {
		t.Errorf("invalid edit: %d, want 400 with the typed values and marked fields", resp.StatusCode)
	}
	if after, _ := d.store.Article(ctx, id); after.Title != a.Title {
		t.Errorf("an invalid edit was saved: title %q", after.Title)
	}
	// The correction, then publishing.
	oldName := a.Contributions[0].Speaker.Name
	corrected := "Trần Quốc Tỏ Hiệu Đính"
	good := cloneValues(form)
	good.Set("c.0.name", corrected)
	good.Set("note", "sửa tên người trình bày")
	if resp, body := d.post(t, c, fmt.Sprintf("/editor/article/%d", id), good); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d %s", resp.StatusCode, body)
	}
	if hits := d.searchHits(t, vi.Fold(corrected)); len(hits) != 0 {
		t.Errorf("a draft's contribution is searchable: %v", hits)
	}
	start := time.Now()
	if resp, _ := d.post(t, c, fmt.Sprintf("/editor/article/%d/state", id), url.Values{"state": {"published"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("publish: %d", resp.StatusCode)
	}
	var found bool
	for time.Since(start) < time.Second && !found {
		found = len(d.searchHits(t, vi.Fold(corrected))) > 0
	}
	t.Logf("correction searchable %v after publishing", time.Since(start).Round(time.Millisecond))
	if !found {
		t.Fatalf("the corrected speaker %q is not searchable within a second of publishing", corrected)
	}
	if resp, body := d.get(t, http.DefaultClient, fmt.Sprintf("/article/%d", id)); resp.StatusCode != http.StatusOK || !strings.Contains(body, corrected) {
		t.Errorf("public page after publishing: %d", resp.StatusCode)
	}
	// History lists who did what; restoring the extracted revision brings
	// the old name back.
	resp, body = d.get(t, c, fmt.Sprintf("/editor/article/%d/history", id))
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "binh") || !strings.Contains(body, corrected) || !strings.Contains(body, "sửa tên người trình bày") {
		t.Fatalf("history: %d %s", resp.StatusCode, body)
	}
	revs, err := d.store.Revisions(ctx, id)
	if err != nil || len(revs) < 3 {
		t.Fatalf("revisions: %v %+v", err, revs)
	}
	var extracted int64
	for _, r := range revs {
		if r.Action == corpus.ActionExtracted {
			extracted = r.ID
		}
	}
	if resp, _ := d.post(t, c, fmt.Sprintf("/editor/article/%d/revert", id), url.Values{"revision": {strconv.FormatInt(extracted, 10)}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("revert: %d", resp.StatusCode)
	}
	after, _ := d.store.Article(ctx, id)
	if after.Contributions[0].Speaker.Name != oldName {
		t.Errorf("after restoring the extracted revision: speaker %q, want %q", after.Contributions[0].Speaker.Name, oldName)
	}
	if len(d.searchHits(t, vi.Fold(corrected))) != 0 {
		t.Errorf("the reverted name is still searchable")
	}
	// The dashboard shows the recent changes and readers' reports, which
	// an editor closes.
	report := &corpus.ErrorReport{Page: fmt.Sprintf("/article/%d", id), Message: "Sai tên người trình bày thứ nhất"}
	if err := d.store.AddReport(ctx, report); err != nil {
		t.Fatal(err)
	}
	resp, body = d.get(t, c, "/editor")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, a.Title) || !strings.Contains(body, report.Message) {
		t.Errorf("dashboard: %d, no recent change of %q or no report", resp.StatusCode, a.Title)
	}
	if resp, _ := d.post(t, c, fmt.Sprintf("/editor/report/%d/close", report.ID), nil); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("close report: %d", resp.StatusCode)
	}
	if open, _ := d.store.OpenReports(ctx); len(open) != 0 {
		t.Errorf("%d reports still open after closing", len(open))
	}
}

// editForm reads the named inputs of an edit page into form values.
func editForm(t *testing.T, page string) url.Values {
	t.Helper()
	v := url.Values{}
	input := regexp.MustCompile(`<input[^>]*\bname="([^"]+)"[^>]*>`)
	value := regexp.MustCompile(`\bvalue="([^"]*)"`)
	for _, m := range input.FindAllStringSubmatch(page, -1) {
		tag := m[0]
		if strings.Contains(tag, `type="checkbox"`) && !strings.Contains(tag, " checked") {
			continue
		}
		val := ""
		if vm := value.FindStringSubmatch(tag); vm != nil {
			val = htmlUnescape(vm[1])
		}
		v.Add(m[1], val)
	}
	area := regexp.MustCompile(`(?s)<textarea[^>]*\bname="([^"]+)"[^>]*>(.*?)</textarea>`)
	for _, m := range area.FindAllStringSubmatch(page, -1) {
		v.Set(m[1], htmlUnescape(m[2]))
	}
	if v.Get("contributions") == "" {
		t.Fatalf("no contributions count in the edit form")
	}
	return v
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&#34;", `"`, "&quot;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func TestEditorAddByURLAndUpload(t *testing.T) {
	var hits atomic.Int32
	page := "<html><head><title>Hội thảo</title></head><body><h1>Hội thảo “An ninh mạng”</h1><p>" +
		"Sáng 2/3/2024, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo “An ninh mạng”. Với tham luận “Phòng chống mã độc”, " +
		"Đại tá, TS Lê Văn Hòa, Phó Giám đốc Học viện An ninh nhân dân cho rằng cần cảnh giác.</p></body></html>"
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer site.Close()

	// The guard refuses this machine's own addresses; the loopback-only
	// dialer under it keeps anything it let through on this machine.
	guarded := newDesk(t, crawl.Chain(crawl.PublicOnly(), crawl.LoopbackOnly()))
	c := guarded.login(t, "an", guarded.adminPassword)
	for _, u := range []string{site.URL + "/bai", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:1/"} {
		resp, body := guarded.post(t, c, "/editor/new", url.Values{"url": {u}})
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "Không tải được trang") || !strings.Contains(body, `value="`+u+`"`) {
			t.Errorf("add %s behind the guard: %d, want 400 with the URL kept", u, resp.StatusCode)
		}
	}
	if code, m := guarded.api(t, http.MethodPost, "/api/articles", guarded.adminToken, map[string]string{"url": site.URL}); code != http.StatusBadRequest {
		t.Errorf("API add of a loopback URL: %d %v, want 400", code, m)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the guard let %d requests through", n)
	}

	// A desk that may reach loopback (a test of fetching, not of the guard).
	d := newDesk(t, crawl.LoopbackOnly())
	c = d.login(t, "binh", d.editorPwd)
	resp, body := d.post(t, c, "/editor/new", url.Values{"url": {site.URL + "/bai?utm_source=zalo"}})
	if resp.StatusCode != http.StatusSeeOther || !articleLink.MatchString(resp.Header.Get("Location")) {
		t.Fatalf("add by URL: %d %s", resp.StatusCode, body)
	}
	if id, err := d.store.ArticleByURL(context.Background(), site.URL+"/bai"); err != nil || id == 0 {
		t.Errorf("the article is not stored under its canonical URL: %v", err)
	}
	// Upload, and the wrong kinds of file.
	upload := func(name string, content []byte) (*http.Response, string) {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		fw, _ := w.CreateFormFile("file", name)
		fw.Write(content)
		w.Close()
		req, _ := http.NewRequest(http.MethodPost, d.url+"/editor/new", &buf)
		req.Header.Set("Content-Type", w.FormDataContentType())
		return do(t, c, req)
	}
	if resp, body := upload("hoi-thao.html", []byte(strings.Replace(page, "An ninh mạng", "Chuyển đổi số", -1))); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("upload .html: %d %s", resp.StatusCode, body)
	}
	if resp, _ := upload("anh.png", []byte("\x89PNG\r\n\x1a\n")); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("upload .png: %d, want 400", resp.StatusCode)
	}
	if resp, body := d.post(t, c, "/editor/new", url.Values{}); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "Hãy nhập URL") {
		t.Errorf("empty add: %d", resp.StatusCode)
	}
	if resp, body := d.post(t, c, "/editor/new", url.Values{"paste": {"\x00\x01\x02\x03"}}); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "không đọc được") {
		t.Errorf("binary paste: %d, want 400 and the original archived", resp.StatusCode)
	}
}

func TestEditorAPI(t *testing.T) {
	d := newDesk(t, nil)
	code, m := d.api(t, http.MethodPost, "/api/articles", d.editorToken, map[string]string{"text": seedText(t)})
	if code != http.StatusCreated || m["contributions"].(float64) != 5 || m["state"] != "draft" {
		t.Fatalf("POST /api/articles: %d %v", code, m)
	}
	id := int64(m["id"].(float64))
	path := fmt.Sprintf("/api/articles/%d", id)
	code, got := d.api(t, http.MethodGet, path, d.editorToken, nil)
	contribs, _ := got["contributions"].([]any)
	if code != http.StatusOK || len(contribs) != 5 || got["published"] != "2023-07-14" {
		t.Fatalf("GET %s: %d %v", path, code, got)
	}
	first := contribs[0].(map[string]any)
	cid := int64(first["id"].(float64))
	for _, tc := range []struct {
		name string
		body any
		want int
	}{
		{"unknown key", map[string]any{"colour": "red"}, http.StatusBadRequest},
		{"bad date", map[string]any{"published": "14/07/2023"}, http.StatusBadRequest},
		{"empty title", map[string]any{"title": ""}, http.StatusBadRequest},
		{"foreign contribution", map[string]any{"contributions": []any{map[string]any{"id": 999999}}}, http.StatusBadRequest},
		{"bad state", map[string]any{"state": "archived"}, http.StatusBadRequest},
		{"not JSON", "not json", http.StatusBadRequest},
	} {
		code, m := d.api(t, http.MethodPatch, path, d.editorToken, tc.body)
		if code != tc.want || m["error"] == nil {
			t.Errorf("PATCH %s: %d %v, want %d with an error", tc.name, code, m, tc.want)
		}
	}
	code, m = d.api(t, http.MethodPatch, path, d.editorToken, map[string]any{"published": "2023-13-01"})
	if fields, _ := m["fields"].(map[string]any); code != http.StatusBadRequest || fields["published"] == nil {
		t.Errorf("PATCH bad published: %d %v, want a field message for published", code, m)
	}
	code, m = d.api(t, http.MethodPatch, path, d.editorToken, map[string]any{"title": "Phát triển đảng viên trong các trường CAND", "state": "published"})
	if code != http.StatusOK || m["title"] != "Phát triển đảng viên trong các trường CAND" || m["state"] != "published" {
		t.Fatalf("PATCH title and state: %d %v", code, m)
	}
	code, m = d.api(t, http.MethodPatch, fmt.Sprintf("/api/contributions/%d", cid), d.editorToken,
		map[string]any{"title": "Nâng cao chất lượng phát triển đảng viên", "topics": []string{"xây dựng Đảng"}})
	if code != http.StatusOK || m["title"] != "Nâng cao chất lượng phát triển đảng viên" {
		t.Fatalf("PATCH contribution: %d %v", code, m)
	}
	if hits := d.searchHits(t, "nang cao chat luong phat trien dang vien"); len(hits) == 0 || hits[0] != cid {
		t.Errorf("the patched contribution title is not the first hit: %v", hits)
	}
	// Merge the second speaker into the first: the second's page redirects.
	a, _ := d.store.Article(context.Background(), id)
	p1, p2 := a.Contributions[0].PersonID, a.Contributions[1].PersonID
	code, m = d.api(t, http.MethodPost, fmt.Sprintf("/api/people/%d/merge", p2), d.editorToken, map[string]any{"into": p1})
	if code != http.StatusOK {
		t.Fatalf("merge: %d %v", code, m)
	}
	resp, _ := d.get(t, cookieClient(t), fmt.Sprintf("/speaker/%d", p2))
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != fmt.Sprintf("/speaker/%d", p1) {
		t.Errorf("merged speaker's page: %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	// Delete (admin): a tombstone; restore.
	code, _ = d.api(t, http.MethodDelete, path, d.adminToken, nil)
	if code != http.StatusOK {
		t.Fatalf("DELETE: %d", code)
	}
	if resp, body := d.get(t, http.DefaultClient, fmt.Sprintf("/article/%d", id)); resp.StatusCode != http.StatusGone || !strings.Contains(body, "removed") {
		t.Errorf("deleted article's page: %d, want 410 tombstone", resp.StatusCode)
	}
	if hits := d.searchHits(t, "nang cao chat luong phat trien dang vien"); len(hits) != 0 {
		t.Errorf("a deleted article's contribution is searchable: %v", hits)
	}
	if code, m := d.api(t, http.MethodPatch, path, d.editorToken, map[string]any{"state": "restore"}); code != http.StatusForbidden {
		t.Errorf("restore by an editor: %d %v, want 403", code, m)
	}
	if code, m := d.api(t, http.MethodPatch, path, d.adminToken, map[string]any{"state": "restore"}); code != http.StatusOK || m["state"] != "published" {
		t.Errorf("restore by an admin: %d %v", code, m)
	}
	if resp, _ := d.get(t, http.DefaultClient, fmt.Sprintf("/article/%d", id)); resp.StatusCode != http.StatusOK {
		t.Errorf("restored article's page: %d", resp.StatusCode)
	}
	if code, _ := d.api(t, http.MethodGet, "/api/articles/999999", d.editorToken, nil); code != http.StatusNotFound {
		t.Errorf("GET unknown article: %d, want 404", code)
	}
}

// TestEditorPeopleAndTaxonomy drives the person and taxonomy pages: pick a
// speaker by name without diacritics, merge, split, and the admin's topics
// and academy aliases.
func TestEditorPeopleAndTaxonomy(t *testing.T) {
	d := newDesk(t, nil)
	ctx := context.Background()
	code, m := d.api(t, http.MethodPost, "/api/articles", d.adminToken, map[string]string{"text": seedText(t)})
	if code != http.StatusCreated {
		t.Fatalf("add: %d %v", code, m)
	}
	id := int64(m["id"].(float64))
	if code, m := d.api(t, http.MethodPatch, fmt.Sprintf("/api/articles/%d", id), d.adminToken, map[string]any{"state": "published"}); code != http.StatusOK {
		t.Fatalf("publish: %d %v", code, m)
	}
	a, _ := d.store.Article(ctx, id)
	first, second := a.Contributions[0], a.Contributions[1]
	c := d.login(t, "an", d.adminPassword)

	// The speaker picker finds people typed without diacritics.
	resp, body := d.get(t, c, "/editor/people?q="+url.QueryEscape(vi.Fold(first.Speaker.Name)))
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, first.Speaker.Name) {
		t.Errorf("people suggest: %d %s", resp.StatusCode, body)
	}
	if resp, body := d.get(t, c, fmt.Sprintf("/editor/person/%d", first.PersonID)); resp.StatusCode != http.StatusOK || !strings.Contains(body, first.Speaker.Name) {
		t.Errorf("person page: %d", resp.StatusCode)
	}
	// Merge without a target is refused with a message, then done.
	resp, _ = d.post(t, c, fmt.Sprintf("/editor/person/%d/merge", second.PersonID), url.Values{"into": {""}})
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "problem=merge.pick") {
		t.Errorf("merge without target: %d → %s", resp.StatusCode, loc)
	}
	resp, _ = d.post(t, c, fmt.Sprintf("/editor/person/%d/merge", second.PersonID), url.Values{"into": {strconv.FormatInt(first.PersonID, 10)}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("merge: %d", resp.StatusCode)
	}
	if to, err := d.store.PersonRedirect(ctx, second.PersonID); err != nil || to != first.PersonID {
		t.Errorf("after merging: redirect %d, %v; want %d", to, err, first.PersonID)
	}
	// Split the second contribution off again, under its own name.
	resp, _ = d.post(t, c, fmt.Sprintf("/editor/person/%d/split", first.PersonID),
		url.Values{"contribution": {strconv.FormatInt(second.ID, 10)}, "name": {second.Speaker.Name}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("split: %d", resp.StatusCode)
	}
	if ct, _ := d.store.Contribution(ctx, second.ID); ct.PersonID == first.PersonID {
		t.Errorf("after splitting, contribution %d still belongs to person %d", second.ID, first.PersonID)
	}
	// Topics and aliases (admins).
	for _, form := range []url.Values{
		{"action": {"topic.add"}, "name": {"An ninh phi truyền thống"}},
		{"action": {"alias.add"}, "id": {strconv.FormatInt(first.OrganizationID, 10)}, "name": {"HVANND"}},
	} {
		if resp, _ := d.post(t, c, "/editor/taxonomy", form); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("taxonomy %s: %d", form.Get("action"), resp.StatusCode)
		}
	}
	resp, body = d.get(t, c, "/editor/taxonomy")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "An ninh phi truyền thống") || !strings.Contains(body, "HVANND") {
		t.Errorf("taxonomy page after adding: %d", resp.StatusCode)
	}
	resp, _ = d.post(t, c, "/editor/taxonomy", url.Values{"action": {"topic.add"}, "name": {""}})
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "problem=") {
		t.Errorf("empty topic: %d → %s, want the problem shown", resp.StatusCode, loc)
	}
	if resp, _ := d.post(t, c, "/editor/taxonomy", url.Values{"action": {"drop.tables"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown taxonomy action: %d, want 400", resp.StatusCode)
	}
}

func TestIsoDate(t *testing.T) {
	for in, want := range map[string]string{"14/07/2023": "2023-07-14", "4/7/2023": "2023-07-04", " 01/12/2024 ": "2024-12-01",
		"2023-07-14": "2023-07-14", "2023-13-45": "2023-13-45", "": "", "hôm qua": "hôm qua"} {
		if got := isoDate(in); got != want {
			t.Errorf("isoDate(%q) = %q, want %q", in, got, want)
		}
	}
}
