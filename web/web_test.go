package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/text/unicode/norm"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/indexer"
)

// client gives up on an answer after 10 s: no request to the service may
// hang, whatever its input.
var client = &http.Client{Timeout: 10 * time.Second}

var (
	srvStore *corpus.Store
	srvOnce  sync.Once
	srvURL   string
	srvErr   error
)

// testServer serves an archive holding the sample corpus and the seed page,
// built once for the package's tests.
func testServer(t *testing.T) string {
	t.Helper()
	srvOnce.Do(func() {
		dir, err := os.MkdirTemp("", "thamluan-web-")
		if err != nil {
			srvErr = err
			return
		}
		ctx := context.Background()
		st, err := corpus.Open(dir)
		if err != nil {
			srvErr = err
			return
		}
		if _, err := ingest.Seed(ctx, st); err != nil {
			srvErr = err
			return
		}
		seed, err := os.ReadFile("testdata/seed.txt")
		if err != nil {
			srvErr = err
			return
		}
		if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://bocongan.example/seed", ContentType: "text/plain; charset=utf-8", Body: seed}); err != nil {
			srvErr = err
			return
		}
		hostile := `<html><head><title>t</title></head><body><h1>Hội thảo “An toàn”</h1><script>alert(1)</script>
			<p>Sáng 1/2/2024, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Kiểm thử an toàn”. Với tham luận “Mã độc”, Đại tá, TS Lê Minh Hải, Phó Giám đốc Học viện Quốc tế cho rằng <img src=x onerror=alert(2)> cần cảnh giác.</p></body></html>`
		if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://hostile.example/1", ContentType: "text/html", Body: []byte(hostile)}); err != nil {
			srvErr = err
			return
		}
		ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
		if err != nil {
			srvErr = err
			return
		}
		srvStore = st
		s, err := New(Config{Store: st, Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			srvErr = err
			return
		}
		srvURL = httptest.NewServer(s.Handler()).URL
	})
	if srvErr != nil {
		t.Fatal(srvErr)
	}
	return srvURL
}

func get(t *testing.T, path string) (int, []byte) {
	t.Helper()
	resp, err := client.Get(testServer(t) + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func searchAPI(t *testing.T, params url.Values) apiResult {
	t.Helper()
	code, body := get(t, "/api/search?"+params.Encode())
	if code != http.StatusOK {
		t.Fatalf("GET /api/search?%s: %d %s", params.Encode(), code, body)
	}
	var r apiResult
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decode: %v: %s", err, body)
	}
	return r
}

func TestHealthz(t *testing.T) {
	code, body := get(t, "/healthz")
	if code != http.StatusOK || !strings.Contains(string(body), `"status":"ok"`) {
		t.Errorf("/healthz = %d %s", code, body)
	}
}

func TestArchiveSize(t *testing.T) {
	if r := searchAPI(t, url.Values{"kind": {"article"}}); r.Total < 20 {
		t.Errorf("articles = %d, want at least 20", r.Total)
	}
	if r := searchAPI(t, url.Values{"kind": {"contribution"}}); r.Total < 60 {
		t.Errorf("contributions = %d, want at least 60", r.Total)
	}
}

func TestSearchFindsSpeakerFirst(t *testing.T) {
	for _, q := range []string{"nguyen van thiet", "Nguyễn Văn Thiết", norm.NFD.String("Nguyễn Văn Thiết"), "Đại tá, TS Nguyễn Văn Thiết"} {
		r := searchAPI(t, url.Values{"q": {q}})
		if len(r.Hits) == 0 || r.Hits[0].Speaker != "Nguyễn Văn Thiết" || r.Hits[0].Kind != "contribution" {
			t.Errorf("q=%q: first hit = %+v, want Nguyễn Văn Thiết's contribution", q, first(r))
		}
	}
}

func first(r apiResult) any {
	if len(r.Hits) == 0 {
		return "no hits"
	}
	return r.Hits[0]
}

func TestSearchAcademyAbbreviation(t *testing.T) {
	// Every contribution among the first hits comes from that academy.
	r := searchAPI(t, url.Values{"q": {"hoc vien chinh tri CAND"}})
	if len(r.Hits) < 3 {
		t.Fatalf("hoc vien chinh tri CAND: %d hits", len(r.Hits))
	}
	for _, h := range r.Hits[:3] {
		if h.Kind == "contribution" && h.Academy != "Học viện Chính trị Công an nhân dân" {
			t.Errorf("hoc vien chinh tri CAND: top hit from %q", h.Academy)
		}
	}
	a := searchAPI(t, url.Values{"academy": {"Học viện Chính trị CAND"}})
	b := searchAPI(t, url.Values{"academy": {"Học viện Chính trị Công an nhân dân"}})
	c := searchAPI(t, url.Values{"academy": {"hoc vien chinh tri cong an nhan dan"}})
	if a.Total == 0 || a.Total != b.Total || b.Total != c.Total {
		t.Errorf("academy filter totals: abbreviated %d, full %d, folded %d", a.Total, b.Total, c.Total)
	}
	for i := range a.Hits {
		if a.Hits[i].ID != b.Hits[i].ID {
			t.Errorf("academy filter hit %d: %d vs %d", i, a.Hits[i].ID, b.Hits[i].ID)
		}
	}
}

func TestToneStylesMeet(t *testing.T) {
	old := searchAPI(t, url.Values{"q": {"Đảng uỷ"}})
	neu := searchAPI(t, url.Values{"q": {"Đảng ủy"}})
	if old.Total == 0 || old.Total != neu.Total {
		t.Errorf("Đảng uỷ: %d hits, Đảng ủy: %d", old.Total, neu.Total)
	}
}

func TestFiltersAndFacets(t *testing.T) {
	r := searchAPI(t, url.Values{"topic": {"phát triển đảng viên"}, "kind": {"contribution"}})
	if r.Total == 0 {
		t.Fatal("topic filter found nothing")
	}
	for _, h := range r.Hits {
		if h.Kind != "contribution" {
			t.Errorf("kind filter let through %+v", h)
		}
	}
	all := searchAPI(t, url.Values{})
	for _, f := range []string{"speaker", "academy", "topic", "year", "kind"} {
		if len(all.Facets[f]) == 0 {
			t.Errorf("facet %s is empty", f)
		}
	}
	y := searchAPI(t, url.Values{"year": {"2019"}, "kind": {"article"}})
	for _, h := range y.Hits {
		if !strings.HasPrefix(h.Date, "2019") {
			t.Errorf("year=2019 gave %s", h.Date)
		}
	}
	// An empty query lists newest first.
	for i := 1; i < len(all.Hits); i++ {
		if all.Hits[i].Date > all.Hits[i-1].Date {
			t.Errorf("empty query not newest first: %s after %s", all.Hits[i].Date, all.Hits[i-1].Date)
		}
	}
}

func TestSuggest(t *testing.T) {
	code, body := get(t, "/api/suggest?field=speaker&prefix="+url.QueryEscape("tran qu"))
	if code != http.StatusOK || !strings.Contains(string(body), "Trần Quang Huyên") {
		t.Errorf("suggest tran qu = %d %s", code, body)
	}
	if code, _ := get(t, "/api/suggest?field=nope&prefix=a"); code != http.StatusBadRequest {
		t.Errorf("suggest with a bad field = %d, want 400", code)
	}
}

func TestBadInputNeverFails(t *testing.T) {
	long := strings.Repeat("học viện ", 1200)
	ors := strings.TrimSuffix(strings.Repeat("an OR ", 1000), " OR ")
	huge := strings.Repeat("a", 200<<10)
	for _, q := range []string{`"unbalanced`, `((`, `title:[`, long, "a\x00b", "*", "?*", "/.*/", "a.*b+[c]", "-", `speaker:`, "\xff\xfe", "%%%", "?q=1&x", ors, huge} {
		// A query of death must not hold the server: it is answered, or
		// refused, within a second (a guard, not a benchmark).
		start := time.Now()
		code, body := get(t, "/api/search?q="+url.QueryEscape(q))
		if d := time.Since(start); d > time.Second {
			t.Errorf("q=%.40q took %s", q, d)
		}
		if code >= 500 || (code != 200 && code != 400) {
			t.Errorf("q=%.40q: status %d %s", q, code, body)
		}
		code, _ = get(t, "/search?q="+url.QueryEscape(q))
		if code >= 500 {
			t.Errorf("page q=%.40q: status %d", q, code)
		}
	}
	if code, _ := get(t, "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz after the queries of death: %d", code)
	}
	for _, p := range []string{"page=abc", "page=-1", "size=100000", "size=10000", "page=100000", "page=30&size=50", "kind=x", "year=abc", "sort=random", "page=999999"} {
		code, body := get(t, "/api/search?"+p)
		if code != http.StatusBadRequest || !strings.Contains(string(body), `"error"`) {
			t.Errorf("%s: status %d %s, want 400 with an error", p, code, body)
		}
		if code, _ := get(t, "/search?"+p); code != http.StatusBadRequest {
			t.Errorf("page %s: status %d, want 400", p, code)
		}
	}
	for _, p := range []string{"/contribution/abc", "/contribution/999999", "/article/0", "/article/-1/original", "/nope", "/contribution/1%00"} {
		if code, _ := get(t, p); code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, code)
		}
	}
}

func TestSearchPageShowsTheAPIHits(t *testing.T) {
	for _, q := range []string{"Trần Quang Huyên", "hoc vien", "an ninh mạng"} {
		r := searchAPI(t, url.Values{"q": {q}})
		code, body := get(t, "/search?q="+url.QueryEscape(q))
		if code != http.StatusOK {
			t.Fatalf("/search?q=%s: %d", q, code)
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
		if err != nil {
			t.Fatal(err)
		}
		var links []string
		doc.Find("li.hit a.title").Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			links = append(links, href)
		})
		if len(links) != len(r.Hits) {
			t.Fatalf("q=%s: page shows %d hits, API %d", q, len(links), len(r.Hits))
		}
		for i, h := range r.Hits {
			if links[i] != h.URL {
				t.Errorf("q=%s hit %d: page %s, API %s", q, i, links[i], h.URL)
			}
		}
		if !strings.Contains(doc.Find("html").AttrOr("lang", ""), "vi") {
			t.Error("search page is not in Vietnamese")
		}
	}
}

func TestEntityPages(t *testing.T) {
	r := searchAPI(t, url.Values{"q": {"Nguyễn Văn Thiết"}})
	code, body := get(t, r.Hits[0].URL)
	if code != http.StatusOK || !strings.Contains(string(body), "Nguyễn Văn Thiết") || !strings.Contains(string(body), "13/07/2023") {
		t.Errorf("contribution page %s: %d", r.Hits[0].URL, code)
	}
	a := searchAPI(t, url.Values{"q": {"Kiểm thử an toàn"}, "kind": {"article"}})
	if len(a.Hits) == 0 {
		t.Fatal("hostile page not found")
	}
	if code, _ := get(t, a.Hits[0].URL); code != http.StatusOK {
		t.Fatalf("article page: %d", code)
	}
	orig := strings.TrimSuffix(strings.SplitN(a.Hits[0].URL, "-", 2)[0], "/") + "/original"
	// Rendered: sanitised markup, no script, no image, no handler.
	code, body = get(t, orig)
	if code != http.StatusOK {
		t.Fatalf("%s: %d", orig, code)
	}
	rendered, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	orig0 := rendered.Find("div.original")
	if orig0.Find("script").Length() != 0 || orig0.Find("img").Length() != 0 || strings.Contains(string(body), "onerror") || strings.Contains(string(body), "alert(") {
		t.Error("the rendered original carries scripts, images or handlers")
	}
	if !strings.Contains(rendered.Find("div.original").Text(), "Kiểm thử an toàn") {
		t.Error("the rendered original lost its text")
	}
	code, body = get(t, orig+"?view=source")
	if code != http.StatusOK {
		t.Fatalf("%s: %d", orig, code)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	if doc.Find("pre.original script").Length() != 0 || doc.Find("img[onerror]").Length() != 0 {
		t.Error("the archived original's markup reached the page")
	}
	if !strings.Contains(doc.Find("pre.original").Text(), "<script>alert(1)</script>") {
		t.Error("the archived original is not shown as text")
	}
	if code, body := get(t, "/?lang=en"); code != http.StatusOK || !strings.Contains(string(body), `lang="en"`) ||
		!strings.Contains(string(body), "<title>An archive and search of Vietnamese workshop papers · thamluan</title>") {
		t.Errorf("English home page: %d, or its title is not the tagline", code)
	}
	if _, body := get(t, "/"); !strings.Contains(string(body), "<title>Kho lưu trữ và tra cứu tham luận hội thảo khoa học · thamluan</title>") {
		t.Error("the home page's title is not the Vietnamese tagline")
	}
}

func TestSecurityHeadersAndReadiness(t *testing.T) {
	base := testServer(t)
	for _, p := range []string{"/", "/search?q=an+ninh", "/api/search?q=x", "/nope"} {
		resp, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: Content-Security-Policy = %q", p, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options", p)
		}
	}
	if code, body := get(t, "/readyz"); code != http.StatusOK || !strings.Contains(string(body), "ready") {
		t.Errorf("/readyz = %d %s", code, body)
	}
	if code, body := get(t, "/metrics"); code != http.StatusOK || !strings.Contains(string(body), "thamluan_http_requests_total") ||
		!strings.Contains(string(body), "thamluan_search_duration_seconds_count") || !strings.Contains(string(body), "thamluan_changelog_lag 0") {
		t.Errorf("/metrics = %d", code)
	}
	// A crawl's failure, recorded by another process, shows in the metrics.
	ctx := context.Background()
	run, _, err := srvStore.BeginCrawlRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://127.0.0.1:1/tin-tuc"
	if err := srvStore.Enqueue(ctx, run, []corpus.CrawlItem{{URL: dead, Site: "dead", Kind: corpus.CrawlListing}}); err != nil {
		t.Fatal(err)
	}
	if err := srvStore.Visited(ctx, run, corpus.CrawlVisit{URL: dead, Outcome: "failed", Error: "connection refused"}); err != nil {
		t.Fatal(err)
	}
	if err := srvStore.FinishCrawlRun(ctx, run, map[string]int{"failed": 1}); err != nil {
		t.Fatal(err)
	}
	if _, body := get(t, "/metrics"); !strings.Contains(string(body), `thamluan_crawl_urls{outcome="failed"} 1`) ||
		!strings.Contains(string(body), `thamluan_crawl_last_run_pages{outcome="failed"} 1`) {
		t.Errorf("/metrics has no crawl counters")
	}
}

// TestLinks walks every internal link from the home page and the browse
// lists: no link may be broken or fail.
func TestLinks(t *testing.T) {
	seen := map[string]bool{}
	queue := []string{"/", "/speakers", "/academies", "/topics", "/events"}
	for len(queue) > 0 && len(seen) < 5000 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		code, body := get(t, p)
		if code != http.StatusOK {
			t.Errorf("%s: status %d", p, code)
			continue
		}
		if strings.HasPrefix(p, "/api/") || strings.HasPrefix(p, "/static/") || strings.HasPrefix(p, "/search") {
			continue // results pages are followed one level only
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
		if err != nil {
			continue
		}
		doc.Find("a[href], link[href]").Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			if strings.HasPrefix(href, "/") && !strings.HasPrefix(href, "//") && !seen[href] {
				if strings.HasPrefix(href, "/search") {
					if code, _ := get(t, href); code != http.StatusOK {
						t.Errorf("%s (from %s): status %d", href, p, code)
					}
					seen[href] = true
					return
				}
				queue = append(queue, href)
			}
		})
	}
	if len(seen) < 300 {
		t.Errorf("walked only %d pages", len(seen))
	}
}

// TestEveryEntityHasAPage asks for the page of every speaker, academy,
// topic, event, article and contribution of the archive.
func TestEveryEntityHasAPage(t *testing.T) {
	testServer(t)
	ctx := context.Background()
	var paths []string
	sp, _ := srvStore.Speakers(ctx)
	for _, r := range sp {
		paths = append(paths, entityURL("speaker", r.ID, r.Name))
	}
	ac, _ := srvStore.Academies(ctx)
	for _, r := range ac {
		paths = append(paths, entityURL("academy", r.ID, r.Name))
	}
	tp, _ := srvStore.Topics(ctx)
	for _, r := range tp {
		paths = append(paths, entityURL("topic", r.ID, r.Name))
	}
	ev, _ := srvStore.Events(ctx)
	for _, e := range ev {
		paths = append(paths, entityURL("event", e.ID, e.Name))
	}
	as, _ := srvStore.ArticleIDs(ctx)
	for _, id := range as {
		paths = append(paths, entityURL("article", id, ""), entityURL("article", id, "")+"/original")
	}
	cs, _ := srvStore.ContributionIDs(ctx)
	for _, id := range cs {
		paths = append(paths, entityURL("contribution", id, ""))
	}
	if len(sp) < 40 || len(ac) < 10 || len(ev) < 8 {
		t.Errorf("archive has %d speakers, %d academies, %d events", len(sp), len(ac), len(ev))
	}
	for _, p := range paths {
		if code, _ := get(t, p); code != http.StatusOK {
			t.Errorf("%s: status %d", p, code)
		}
	}
}

func TestFeedsAndDescriptions(t *testing.T) {
	code, body := get(t, "/sitemap.xml")
	var set urlSet
	if code != http.StatusOK || xml.Unmarshal(body, &set) != nil || len(set.URLs) < 200 {
		t.Errorf("/sitemap.xml: %d, %d URLs", code, len(set.URLs))
	}
	for _, p := range []string{"/feed.atom", "/search.atom?q=an+ninh+m%E1%BA%A1ng"} {
		code, body := get(t, p)
		var f atomFeed
		if err := xml.Unmarshal(body, &f); code != http.StatusOK || err != nil || len(f.Entries) == 0 {
			t.Errorf("%s: %d %v, %d entries", p, code, err, len(f.Entries))
			continue
		}
		for _, e := range f.Entries {
			if e.Title == "" || e.ID == "" || e.Updated == "" {
				t.Errorf("%s: incomplete entry %+v", p, e)
			}
		}
	}
	code, body = get(t, "/opensearch.xml")
	if code != http.StatusOK || !strings.Contains(string(body), "/search?q={searchTerms}") {
		t.Errorf("/opensearch.xml: %d %s", code, body)
	}
	if code, body := get(t, "/api/opensearch-suggest?q=tran+qu"); code != http.StatusOK || !strings.Contains(string(body), "Trần Quang Huyên") {
		t.Errorf("opensearch suggest: %d %s", code, body)
	}
	// JSON-LD parses and names the speaker.
	r := searchAPI(t, url.Values{"q": {"Nguyễn Văn Thiết"}})
	_, page := get(t, r.Hits[0].URL)
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(page)))
	var ld map[string]any
	if err := json.Unmarshal([]byte(doc.Find(`script[type="application/ld+json"]`).Text()), &ld); err != nil {
		t.Fatalf("JSON-LD: %v", err)
	}
	if ld["@type"] != "ScholarlyArticle" || ld["author"].(map[string]any)["name"] != "Nguyễn Văn Thiết" {
		t.Errorf("JSON-LD = %v", ld)
	}
	if got := doc.Find(`meta[name="citation_author"]`).AttrOr("content", ""); got != "Nguyễn Văn Thiết" {
		t.Errorf("citation_author = %q", got)
	}
}

func TestExportEndpoints(t *testing.T) {
	r := searchAPI(t, url.Values{"q": {"Nguyễn Văn Thiết"}})
	id := r.Hits[0].ID
	code, body := get(t, fmt.Sprintf("/contribution/%d/export/bibtex", id))
	entries, err := readBibTeX(string(body))
	if code != http.StatusOK || err != nil || len(entries) != 1 {
		t.Fatalf("bibtex: %d %v %d entries", code, err, len(entries))
	}
	if got := entries[0].Fields["author"]; !strings.Contains(got, "Nguyễn Văn Thiết") {
		t.Errorf("bibtex author = %q", got)
	}
	code, body = get(t, fmt.Sprintf("/contribution/%d/export/ris", id))
	if code != http.StatusOK || !strings.HasPrefix(string(body), "TY  - CPAPER\r\n") || !strings.Contains(string(body), "AU  - Nguyễn Văn Thiết\r\n") {
		t.Errorf("ris: %d %q", code, body)
	}
	code, body = get(t, "/search/export?q=an+ninh+m%E1%BA%A1ng&format=csl-json")
	var items []map[string]any
	if code != http.StatusOK || json.Unmarshal(body, &items) != nil || len(items) == 0 {
		t.Errorf("csl-json of a search: %d, %d items", code, len(items))
	}
	code, body = get(t, "/search/export?academy=HVCSND&format=csv")
	if code != http.StatusOK || !strings.HasPrefix(string(body), "\ufeffid,") || strings.Count(string(body), "\n") < 3 {
		t.Errorf("csv of a search: %d %.80q", code, body)
	}
	for _, p := range []string{"/search/export?q=x&format=doc", fmt.Sprintf("/contribution/%d/export/pdf", id), "/contribution/999999/export/bibtex"} {
		if code, _ := get(t, p); code != http.StatusBadRequest && code != http.StatusNotFound {
			t.Errorf("%s: %d", p, code)
		}
	}
}

func TestErrorReport(t *testing.T) {
	base := testServer(t)
	code, body := get(t, "/report?page=/contribution/1")
	if code != http.StatusOK || !strings.Contains(string(body), `name="message"`) {
		t.Fatalf("report form: %d", code)
	}
	post := func(form url.Values, header map[string]string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, base+"/report", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, page := post(url.Values{"page": {"/contribution/1"}, "message": {""}, "contact": {"an@example.vn"}}, nil)
	if code != http.StatusBadRequest || !strings.Contains(page, "an@example.vn") {
		t.Errorf("empty report: %d, the form should keep what was typed", code)
	}
	code, _ = post(url.Values{"page": {"https://evil.example/"}, "message": {"Sai cấp bậc: Thượng tá, không phải Đại tá."}}, nil)
	if code != http.StatusOK {
		t.Errorf("report: %d", code)
	}
	reports, _ := srvStore.OpenReports(context.Background())
	if len(reports) == 0 || reports[0].Page != "/" || !strings.Contains(reports[0].Message, "Thượng tá") {
		t.Errorf("stored reports = %+v", reports)
	}
	code, _ = post(url.Values{"message": {"x"}}, map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"})
	if code != http.StatusForbidden {
		t.Errorf("cross-site report: %d, want 403", code)
	}
	code, _ = post(url.Values{"message": {strings.Repeat("x", 20<<10)}}, nil)
	if code != http.StatusBadRequest {
		t.Errorf("20 KB report: %d, want 400", code)
	}
}

func TestEmptyResultHelps(t *testing.T) {
	code, body := get(t, "/search?q=nguyen+van+thiett")
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	empty := doc.Find(".empty").Text()
	if !strings.Contains(empty, "nguyen van thiett") || !strings.Contains(empty, "Nguyễn Văn Thiết") {
		t.Errorf("empty result page does not offer the nearest name: %q", empty)
	}
}

func TestAPISearchWithoutFacets(t *testing.T) {
	r := searchAPI(t, url.Values{"q": {"an ninh"}, "facets": {"0"}})
	if r.Total == 0 || len(r.Facets) != 0 {
		t.Errorf("facets=0: %d hits, %d facets; want hits and no facets", r.Total, len(r.Facets))
	}
	if code, body := get(t, "/api/search?q=an+ninh&facets=maybe"); code != http.StatusBadRequest || !strings.Contains(string(body), "facets") {
		t.Errorf("facets=maybe: %d %s, want 400", code, body)
	}
}
