package crawltest

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/thamluan/thamluan/corpus/extract"
)

var client = &http.Client{Timeout: 5 * time.Second}

// noRedirect is a client that returns redirects instead of following them.
var noRedirect = &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error {
	return http.ErrUseLastResponse
}}

type response struct {
	status int
	header http.Header
	body   []byte
}

func get(t *testing.T, c *http.Client, u string, hdr ...string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	return response{res.StatusCode, res.Header, body}
}

func sites(p *Portal) []*Site { return []*Site{p.Ministry, p.News} }

// onTopic is every path that must end as a stored article.
func onTopic(e Expect) []string {
	var out []string
	for _, l := range [][]string{e.Articles, e.Flaky, e.Slow, e.Legacy} {
		out = append(out, l...)
	}
	return out
}

func TestExpectLists(t *testing.T) {
	p := New(t, Options{})
	total := 0
	for _, s := range sites(p) {
		e := s.Expect
		total += len(onTopic(e))
		served := map[string]bool{}
		for _, path := range s.Paths() {
			served[path] = true
		}
		cat := map[string]string{}
		for name, l := range map[string][]string{"Articles": e.Articles, "OffTopic": e.OffTopic, "Disallowed": e.Disallowed,
			"Failing": e.Failing, "Flaky": e.Flaky, "Slow": e.Slow, "Timeout": e.Timeout, "RedirectLoop": e.RedirectLoop,
			"TooBig": e.TooBig, "Legacy": e.Legacy} {
			if len(l) == 0 && name != "Timeout" && name != "Disallowed" && name != "RedirectLoop" {
				t.Errorf("%s: no %s pages", s.name, name)
			}
			for _, path := range l {
				if other, ok := cat[path]; ok {
					t.Errorf("%s: %s is both %s and %s", s.name, path, other, name)
				}
				cat[path] = name
				if !served[path] {
					t.Errorf("%s: %s %s is not in Paths", s.name, name, path)
				}
				if !strings.HasPrefix(path, "/") {
					t.Errorf("%s: %s %q does not begin with /", s.name, name, path)
				}
			}
		}
		for _, path := range e.Changing {
			if cat[path] != "Articles" {
				t.Errorf("%s: Changing %s is not in Articles", s.name, path)
			}
		}
		for _, d := range e.Duplicates {
			if cat[d[0]] != "Articles" || cat[d[1]] != "" || !served[d[1]] {
				t.Errorf("%s: duplicate %v: want the first in Articles, the second served and in no list", s.name, d)
			}
		}
		if len(e.Duplicates) == 0 || len(e.Changing) == 0 {
			t.Errorf("%s: no Duplicates or no Changing pages", s.name)
		}
	}
	if total < 50 {
		t.Errorf("%d pages end as articles, want at least 50", total)
	}
	if len(p.Ministry.Expect.Timeout) == 0 || len(p.Ministry.Expect.Disallowed) == 0 || len(p.Ministry.Expect.RedirectLoop) == 0 {
		t.Errorf("Ministry lacks Timeout, Disallowed or RedirectLoop pages")
	}
}

func TestArticlesAreWorkshopReports(t *testing.T) {
	p := New(t, Options{})
	titles := map[string]string{}
	for _, s := range sites(p) {
		for _, path := range onTopic(s.Expect) {
			if slices.Contains(s.Expect.Slow, path) {
				continue // TestSlow
			}
			r := get(t, client, s.URL+path)
			if slices.Contains(s.Expect.Flaky, path) {
				if r.status != 500 {
					t.Errorf("%s: first answer %d, want 500", path, r.status)
				}
				r = get(t, client, s.URL+path)
			}
			if r.status != 200 {
				t.Errorf("%s: status %d", path, r.status)
				continue
			}
			a, err := extract.Extract(extract.Input{URL: s.URL + path, ContentType: r.header.Get("Content-Type"), Body: r.body})
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			if a.Event == nil || len(a.Contributions) == 0 || a.Published == "" || a.Title == "" {
				t.Errorf("%s reads as event %v, %d contributions, published %q, title %q", path, a.Event, len(a.Contributions), a.Published, a.Title)
			}
			if other, ok := titles[a.Title]; ok {
				t.Errorf("%s and %s have one title %q", path, other, a.Title)
			}
			titles[a.Title] = path
			if got := extract.CanonicalURL(r.body); got != s.URL+path {
				t.Errorf("%s: canonical %q", path, got)
			}
		}
		for _, path := range s.Expect.OffTopic {
			r := get(t, client, s.URL+path)
			if r.status != 200 {
				t.Errorf("%s: status %d", path, r.status)
				continue
			}
			low := strings.ToLower(string(r.body))
			for _, w := range []string{"hội thảo", "hội nghị", "tọa đàm", "diễn đàn", "tham luận"} {
				if strings.Contains(articleText(low), w) {
					t.Errorf("off-topic %s mentions %q", path, w)
				}
			}
			a, err := extract.Extract(extract.Input{URL: s.URL + path, ContentType: r.header.Get("Content-Type"), Body: r.body})
			if err != nil {
				t.Errorf("%s: %v", path, err)
				continue
			}
			if a.Event != nil || len(a.Contributions) != 0 {
				t.Errorf("off-topic %s reads as event %v with %d contributions", path, a.Event, len(a.Contributions))
			}
		}
		// The disallowed pages would be stored if fetched.
		for _, path := range s.Expect.Disallowed {
			r := get(t, client, s.URL+path)
			a, err := extract.Extract(extract.Input{Body: r.body})
			if r.status != 200 || err != nil || len(a.Contributions) == 0 {
				t.Errorf("disallowed %s: status %d, err %v", path, r.status, err)
			}
		}
	}
}

// articleText is the text between the title and the end of the body
// paragraphs, roughly.
func articleText(low string) string {
	i := strings.Index(low, "<h1")
	j := strings.Index(low, "tin liên quan")
	if k := strings.Index(low, "các tin khác"); j < 0 || k >= 0 && k < j {
		j = k
	}
	if i < 0 || j < i {
		return low
	}
	return low[i:j]
}

func TestConditionalGet(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		for _, path := range s.Paths() {
			if isAny(s.Expect, path, "Flaky", "Slow", "Timeout", "RedirectLoop", "Failing", "TooBig") {
				continue
			}
			r := get(t, noRedirect, s.URL+path)
			if r.status == 301 {
				continue
			}
			etag, lm := r.header.Get("ETag"), r.header.Get("Last-Modified")
			if r.status != 200 || !strings.HasPrefix(etag, `"`) || lm == "" {
				t.Errorf("%s: status %d, ETag %q, Last-Modified %q", path, r.status, etag, lm)
				continue
			}
			if r2 := get(t, client, s.URL+path, "If-None-Match", etag); r2.status != 304 || len(r2.body) != 0 {
				t.Errorf("%s with If-None-Match: %d", path, r2.status)
			}
			if r2 := get(t, client, s.URL+path, "If-None-Match", `W/`+etag+`, "x"`); r2.status != 304 {
				t.Errorf("%s with weak If-None-Match: %d", path, r2.status)
			}
			if r2 := get(t, client, s.URL+path, "If-None-Match", `"other"`, "If-Modified-Since", lm); r2.status != 200 {
				t.Errorf("%s with another ETag and If-Modified-Since: %d, want 200", path, r2.status)
			}
			if r2 := get(t, client, s.URL+path, "If-Modified-Since", lm); r2.status != 304 {
				t.Errorf("%s with If-Modified-Since: %d", path, r2.status)
			}
		}
	}
	// The log keeps the headers.
	var seen bool
	for _, r := range p.News.Requests() {
		if r.Header.Get("If-None-Match") != "" && r.Status == 304 && r.Method == "GET" && !r.At.IsZero() {
			seen = true
		}
	}
	if !seen {
		t.Errorf("the request log has no conditional request answered 304")
	}
	p.News.ResetRequests()
	if n := len(p.News.Requests()); n != 0 {
		t.Errorf("%d requests after ResetRequests", n)
	}
}

func isAny(e Expect, path string, lists ...string) bool {
	m := map[string][]string{"Flaky": e.Flaky, "Slow": e.Slow, "Timeout": e.Timeout, "RedirectLoop": e.RedirectLoop,
		"Failing": e.Failing, "TooBig": e.TooBig, "Disallowed": e.Disallowed}
	for _, l := range lists {
		if slices.Contains(m[l], path) {
			return true
		}
	}
	return false
}

func TestChange(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		listing := get(t, client, s.URL+s.start[0])
		before := map[string]response{}
		for _, path := range s.Expect.Changing {
			before[path] = get(t, client, s.URL+path)
		}
		s.Change()
		s.Change() // twice in a second: still a later Last-Modified
		for _, path := range s.Expect.Changing {
			old := before[path]
			r := get(t, client, s.URL+path, "If-None-Match", old.header.Get("ETag"))
			if r.status != 200 || bytes.Equal(r.body, old.body) || r.header.Get("ETag") == old.header.Get("ETag") {
				t.Errorf("%s after Change: status %d, same bytes %v", path, r.status, bytes.Equal(r.body, old.body))
			}
			if !strings.Contains(string(r.body), "Cập nhật lần 2") {
				t.Errorf("%s after two Changes lacks the second correction", path)
			}
			if r2 := get(t, client, s.URL+path, "If-Modified-Since", old.header.Get("Last-Modified")); r2.status != 200 {
				t.Errorf("%s after Change with the old If-Modified-Since: %d", path, r2.status)
			}
			if r2 := get(t, client, s.URL+path, "If-None-Match", r.header.Get("ETag")); r2.status != 304 {
				t.Errorf("%s after Change with the new ETag: %d", path, r2.status)
			}
			a, err := extract.Extract(extract.Input{Body: r.body})
			if err != nil || a.Event == nil || len(a.Contributions) == 0 {
				t.Errorf("%s after Change is no workshop report: %v", path, err)
			}
		}
		if r := get(t, client, s.URL+s.start[0], "If-None-Match", listing.header.Get("ETag")); r.status != 304 {
			t.Errorf("%s: listing changed with Change: %d", s.name, r.status)
		}
	}
}

func TestFailures(t *testing.T) {
	p := New(t, Options{Hang: 50 * time.Millisecond})
	for _, s := range sites(p) {
		for _, path := range s.Expect.Failing {
			if r := get(t, client, s.URL+path); r.status != 404 && r.status != 410 {
				t.Errorf("%s: status %d", path, r.status)
			}
		}
		for _, path := range s.Expect.RedirectLoop {
			// A client that follows redirects gives up.
			if _, err := client.Get(s.URL + path); err == nil || !strings.Contains(err.Error(), "redirects") {
				t.Errorf("%s: %v, want too many redirects", path, err)
			}
			// Step by step it comes back to itself after more than 5 hops.
			u, hops := s.URL+path, 0
			for ; hops < 20; hops++ {
				r := get(t, noRedirect, u)
				if r.status/100 != 3 {
					t.Fatalf("%s: status %d at hop %d", path, r.status, hops)
				}
				next, _ := url.Parse(u)
				next, _ = next.Parse(r.header.Get("Location"))
				u = next.String()
				if u == s.URL+path {
					break
				}
			}
			if hops < 5 || hops >= 20 {
				t.Errorf("%s: loop of %d hops", path, hops+1)
			}
		}
		// With a short Hang, Timeout pages end with the page.
		for _, path := range s.Expect.Timeout {
			if r := get(t, client, s.URL+path); r.status != 200 {
				t.Errorf("%s with a short Hang: %d", path, r.status)
			}
		}
	}
	// 405 and 404.
	res, err := client.Post(p.Ministry.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil || res.StatusCode != 405 {
		t.Errorf("POST: %v %v", res, err)
	} else {
		res.Body.Close()
	}
	if r := get(t, client, p.Ministry.URL+"/khong-co-trang-nay.html"); r.status != 404 {
		t.Errorf("unknown path: %d", r.status)
	}
}

func TestTimeoutHangsAndReturns(t *testing.T) {
	p := New(t, Options{}) // the default 3s Hang
	s := p.Ministry
	c := &http.Client{Timeout: 150 * time.Millisecond}
	for _, path := range s.Expect.Timeout {
		start := time.Now()
		_, err := c.Get(s.URL + path)
		if err == nil {
			t.Errorf("%s answered within 150ms", path)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: the client waited %v", path, d)
		}
	}
	// The handler returns once the client has gone (status stays 0).
	deadline := time.Now().Add(2 * time.Second)
	for {
		log := s.Requests()
		done := len(log) == len(s.Expect.Timeout)
		for _, r := range log {
			if r.Status != 0 {
				t.Errorf("%s: status %d", r.Path, r.Status)
			}
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("requests: %+v", log)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A request in flight when the portal closes does not hold the cleanup.
func TestCloseWithHangingRequest(t *testing.T) {
	start := time.Now()
	t.Run("hang", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		t.Cleanup(cancel) // after the portal's cleanup
		p := New(t, Options{Hang: time.Minute})
		s := p.Ministry
		go func() {
			req, _ := http.NewRequestWithContext(ctx, "GET", s.URL+s.Expect.Timeout[0], nil)
			if res, err := http.DefaultClient.Do(req); err == nil {
				res.Body.Close()
			}
		}()
		for len(s.Requests()) == 0 {
			time.Sleep(5 * time.Millisecond)
		}
	})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("closing the portal took %v", d)
	}
}

func TestSlowAndFlaky(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		for _, path := range s.Expect.Slow {
			start := time.Now()
			r := get(t, client, s.URL+path)
			if d := time.Since(start); r.status != 200 || d < SlowDelay || d > SlowDelay+time.Second {
				t.Errorf("%s: status %d after %v", path, r.status, d)
			}
		}
		for _, path := range s.Expect.Flaky {
			if r := get(t, client, s.URL+path); r.status != 500 {
				t.Errorf("%s first: %d", path, r.status)
			}
			for i := 0; i < 2; i++ {
				if r := get(t, client, s.URL+path); r.status != 200 {
					t.Errorf("%s again: %d", path, r.status)
				}
			}
		}
	}
}

func TestTooBig(t *testing.T) {
	const limit = 200 << 10
	p := New(t, Options{MaxBody: limit})
	var chunked, sized int
	for _, s := range sites(p) {
		for _, path := range s.Expect.TooBig {
			res, err := client.Get(s.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			n, _ := io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != 200 || n <= limit {
				t.Errorf("%s: status %d, %d bytes", path, res.StatusCode, n)
			}
			if res.ContentLength < 0 {
				chunked++
			} else {
				sized++
			}
		}
		for _, path := range s.Paths() {
			if !slices.Contains(s.Expect.TooBig, path) && len(s.pages[path].body) >= limit {
				t.Errorf("%s is %d bytes", path, len(s.pages[path].body))
			}
		}
	}
	if chunked == 0 || sized == 0 {
		t.Errorf("TooBig: %d chunked, %d with Content-Length; want both", chunked, sized)
	}
	if p := New(t, Options{}); int64(len(p.Ministry.pages[p.Ministry.Expect.TooBig[0]].body)) <= 2<<20 {
		t.Errorf("default TooBig is not above 2 MiB")
	}
}

func TestLegacy(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		for _, path := range s.Expect.Legacy {
			r := get(t, client, s.URL+path)
			if ct := r.header.Get("Content-Type"); !strings.Contains(ct, "charset=windows-1258") {
				t.Errorf("%s: Content-Type %q", path, ct)
			}
			if utf8.Valid(r.body) || bytes.Contains(r.body, []byte("&#x")) {
				t.Errorf("%s: not plain windows-1258 bytes", path)
			}
			if !regexp.MustCompile(`(?i)<meta[^>]+charset="?windows-1258`).Match(r.body) {
				t.Errorf("%s: no meta charset", path)
			}
			raw, err := charmap.Windows1258.NewDecoder().Bytes(r.body)
			if err != nil {
				t.Fatal(err)
			}
			text := norm.NFC.String(string(raw))
			a, err := extract.Extract(extract.Input{ContentType: r.header.Get("Content-Type"), Body: r.body})
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if !strings.Contains(text, norm.NFC.String(a.Title)) || !strings.Contains(text, "tham luận") {
				t.Errorf("%s: decoded text lacks its title %q", path, a.Title)
			}
			if a.Event == nil || len(a.Contributions) == 0 {
				t.Errorf("%s: %d contributions", path, len(a.Contributions))
			}
		}
	}
	// The encoder round-trips Vietnamese.
	const vn = "Đại tá, PGS.TS Nguyễn Thị Hằng, Phó Giám đốc Học viện trình bày tham luận “Ứng dụng trí tuệ nhân tạo” – ặ ẫ ữ ỹ ỵ ơ ư Ư Ờ…"
	raw, _ := charmap.Windows1258.NewDecoder().Bytes(encode1258(vn))
	if got := norm.NFC.String(string(raw)); got != vn {
		t.Errorf("round trip: %q", got)
	}
}

func TestRobots(t *testing.T) {
	p := New(t, Options{CrawlDelay: 0.5})
	r := get(t, client, p.Ministry.URL+"/robots.txt")
	body := string(r.body)
	group := body[strings.Index(body, "User-agent: *"):]
	if r.status != 200 || !strings.Contains(group, "\nDisallow: /noi-bo/\n") || !strings.Contains(group, "\nCrawl-delay: 0.5\n") {
		t.Errorf("Ministry robots.txt:\n%s", body)
	}
	for _, path := range p.Ministry.Expect.Disallowed {
		if !strings.HasPrefix(path, "/noi-bo/") {
			t.Errorf("disallowed %s is not under /noi-bo/", path)
		}
	}
	if r := get(t, client, p.News.URL+"/robots.txt"); r.status != 200 || strings.Contains(string(r.body), "Disallow: /") {
		t.Errorf("News robots.txt: %d\n%s", r.status, r.body)
	}
	q := New(t, Options{})
	if r := get(t, client, q.Ministry.URL+"/robots.txt"); strings.Contains(string(r.body), "Crawl-delay") {
		t.Errorf("Crawl-delay without Options.CrawlDelay:\n%s", r.body)
	}
}

var hrefRE = regexp.MustCompile(`href="([^"]*)"`)

// TestDiscovery crawls the portal the simple way, with the regexps of
// Config: listings (following "Trang sau" and page links), feeds and
// sitemaps. The article links it finds must be exactly the Expect paths,
// plus the redirect and duplicate URLs.
func TestDiscovery(t *testing.T) {
	p := New(t, Options{})
	var cfg struct {
		Sites []struct {
			Name                                            string
			Hosts, Start, Feeds, Sitemaps, Follow, Articles []string
			Delay                                           string
		}
	}
	if err := json.Unmarshal(p.Config(50*time.Millisecond), &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sites) != 2 || cfg.Sites[0].Name != "bo" || cfg.Sites[1].Name != "bao" || cfg.Sites[0].Delay != "50ms" {
		t.Fatalf("config: %+v", cfg)
	}
	for i, s := range sites(p) {
		c := cfg.Sites[i]
		if c.Hosts[0] != s.Host || !strings.HasPrefix(s.URL, "http://127.0.0.1:") {
			t.Errorf("%s: hosts %v, URL %s", s.name, c.Hosts, s.URL)
		}
		var follow, articles []*regexp.Regexp
		for _, e := range c.Follow {
			follow = append(follow, regexp.MustCompile(e))
		}
		for _, e := range c.Articles {
			articles = append(articles, regexp.MustCompile(e))
		}
		match := func(res []*regexp.Regexp, s string) bool {
			return slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(s) })
		}
		found := map[string]bool{}
		listings := map[string]bool{}
		var external, mailto, pageLinks, next bool
		queue := append([]string{}, c.Start...)
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			base, _ := url.Parse(u)
			if listings[base.RequestURI()] {
				continue
			}
			listings[base.RequestURI()] = true
			r := get(t, client, u)
			if r.status != 200 {
				t.Fatalf("listing %s: %d", u, r.status)
			}
			next = next || strings.Contains(string(r.body), ">Trang sau</a>")
			for _, m := range hrefRE.FindAllStringSubmatch(string(r.body), -1) {
				href := strings.ReplaceAll(m[1], "&amp;", "&")
				pageLinks = pageLinks || strings.HasPrefix(href, "?page=")
				mailto = mailto || strings.HasPrefix(href, "mailto:")
				ref, err := base.Parse(href)
				if err != nil {
					t.Errorf("%s: bad href %q", u, href)
					continue
				}
				if ref.Host != s.Host {
					external = external || ref.Scheme == "https" || ref.Scheme == "http"
					continue
				}
				ref.Fragment = ""
				switch path := ref.RequestURI(); {
				case match(follow, path):
					queue = append(queue, ref.String())
				case match(articles, path):
					found[path] = true
				}
			}
		}
		if len(listings) < 3 || !next || !pageLinks || !external || !mailto {
			t.Errorf("%s: %d listing pages, next %v, ?page= links %v, external %v, mailto %v", s.name, len(listings), next, pageLinks, external, mailto)
		}
		for _, f := range c.Feeds {
			var feed rssFeed
			r := get(t, client, f)
			if err := xml.Unmarshal(r.body, &feed); err != nil || feed.Version != "2.0" || len(feed.Channel.Items) == 0 {
				t.Fatalf("feed %s: %v", f, err)
			}
			for _, it := range feed.Channel.Items {
				u, _ := url.Parse(it.Link)
				if u.Host != s.Host || !match(articles, u.RequestURI()) || it.Title == "" || it.PubDate == "" {
					t.Errorf("feed item %+v", it)
				}
				found[u.RequestURI()] = true
			}
		}
		for _, sm := range c.Sitemaps {
			var set struct {
				XMLName xml.Name
				URLs    []struct {
					Loc string `xml:"loc"`
				} `xml:"url"`
			}
			r := get(t, client, sm)
			if err := xml.Unmarshal(r.body, &set); err != nil || set.XMLName.Local != "urlset" || len(set.URLs) == 0 {
				t.Fatalf("sitemap %s: %v %v", sm, err, set.XMLName)
			}
			for _, x := range set.URLs {
				u, _ := url.Parse(x.Loc)
				if u.Host != s.Host || !match(articles, u.RequestURI()) {
					t.Errorf("sitemap url %s", x.Loc)
				}
				found[u.RequestURI()] = true
			}
		}
		if len(c.Feeds)+len(c.Sitemaps) == 0 {
			t.Errorf("%s has neither feed nor sitemap", s.name)
		}
		e := s.Expect
		want := map[string]bool{}
		for _, l := range [][]string{e.Articles, e.OffTopic, e.Disallowed, e.Failing, e.Flaky, e.Slow, e.Timeout, e.RedirectLoop, e.TooBig, e.Legacy} {
			for _, path := range l {
				want[path] = true
				if !match(articles, path) {
					t.Errorf("%s: %s does not match the article patterns", s.name, path)
				}
			}
		}
		for _, d := range e.Duplicates {
			want[d[1]] = true
		}
		// Other links are redirects to Expect pages.
		redirects := 0
		for path := range found {
			if want[path] {
				continue
			}
			if r := get(t, noRedirect, s.URL+path); r.status == 301 {
				loc, _ := url.Parse(r.header.Get("Location"))
				delete(found, path)
				found[loc.RequestURI()] = true
				redirects++
				if !slices.Contains(e.Articles, loc.RequestURI()) {
					t.Errorf("%s redirects to %s, not an article", path, loc)
				}
			}
		}
		if s == p.Ministry && redirects != 1 {
			t.Errorf("Ministry: %d redirects, want 1", redirects)
		}
		for path := range want {
			if !found[path] {
				t.Errorf("%s: %s is not linked from a listing, feed or sitemap", s.name, path)
			}
		}
		for path := range found {
			if !want[path] {
				t.Errorf("%s: %s is linked but in no Expect list", s.name, path)
			}
		}
	}
	// The News sitemap index points to the sitemap.
	var idx struct {
		XMLName  xml.Name
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	r := get(t, client, p.News.URL+newsSitemapIdx)
	if err := xml.Unmarshal(r.body, &idx); err != nil || idx.XMLName.Local != "sitemapindex" || len(idx.Sitemaps) != 1 || idx.Sitemaps[0].Loc != p.News.URL+newsSitemap {
		t.Errorf("sitemap index: %v %+v", err, idx)
	}
}

// TestArticleLinks checks that the links inside article pages that match
// the article patterns lead to Expect pages too.
func TestArticleLinks(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		want := map[string]bool{}
		for _, l := range [][]string{onTopic(s.Expect), s.Expect.OffTopic} {
			for _, path := range l {
				want[path] = true
			}
		}
		res := []*regexp.Regexp{}
		for _, e := range s.articles {
			res = append(res, regexp.MustCompile(e))
		}
		for path := range want {
			body := s.pages[path].body
			base, _ := url.Parse(s.URL + path)
			for _, m := range hrefRE.FindAllStringSubmatch(string(body), -1) {
				ref, err := base.Parse(html2text(m[1]))
				if err != nil || ref.Host != s.Host {
					continue
				}
				if u := ref.RequestURI(); slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(u) }) && !want[u] {
					t.Errorf("%s links to %s", path, u)
				}
			}
		}
	}
}

func html2text(s string) string { return strings.ReplaceAll(s, "&amp;", "&") }

func TestDuplicates(t *testing.T) {
	p := New(t, Options{})
	for _, s := range sites(p) {
		for _, d := range s.Expect.Duplicates {
			a, b := get(t, client, s.URL+d[0]), get(t, client, s.URL+d[1])
			if a.status != 200 || b.status != 200 || !bytes.Equal(a.body, b.body) || a.header.Get("ETag") != b.header.Get("ETag") {
				t.Errorf("%v: %d %d, same bytes %v", d, a.status, b.status, bytes.Equal(a.body, b.body))
			}
		}
	}
}

func TestRequestLog(t *testing.T) {
	p := New(t, Options{})
	s := p.Ministry
	get(t, client, s.URL+"/robots.txt", "User-Agent", "thamluan-test")
	get(t, client, s.URL+s.start[0]+"?page=2")
	req, _ := http.NewRequest(http.MethodHead, s.URL+s.Expect.Articles[0], nil)
	if res, err := client.Do(req); err != nil {
		t.Fatal(err)
	} else {
		res.Body.Close()
	}
	log := s.Requests()
	if len(log) != 3 || log[0].Path != "/robots.txt" || log[0].Header.Get("User-Agent") != "thamluan-test" ||
		log[1].Path != s.start[0]+"?page=2" || log[2].Method != "HEAD" || log[2].Status != 200 {
		t.Errorf("log: %+v", log)
	}
	for i := 1; i < len(log); i++ {
		if log[i].At.Before(log[i-1].At) {
			t.Errorf("log out of order")
		}
	}
	if len(p.News.Requests()) != 0 {
		t.Errorf("News logged Ministry requests")
	}
}
