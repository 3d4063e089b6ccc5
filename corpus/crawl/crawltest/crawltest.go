// Package crawltest is a fake web portal for the crawler's tests: two news
// sites on loopback (httptest) built from the sample corpus and from
// generated workshop reports, with paginated listings, an RSS feed, a
// sitemap, robots.txt, conditional GET, and the failures a real crawl meets
// (404 and 410, flaky 500s, slow and hanging pages, redirect loops, pages
// too big to read, a windows-1258 page, duplicate URLs, changing pages).
//
// Every path a correct crawl has to treat in a particular way is listed in
// the site's Expect, so that tests can compare what the crawler archived,
// stored, skipped and recorded as failed with what it should have done.
//
// The two sites:
//
//   - Ministry ("bo"): a ministry portal serving the 26 sample pages in their
//     own HTML (canonical links rewritten to the portal). Listing
//     /tin-tuc/hoi-thao (?page=2, ...), RSS feed /rss/hoi-thao.rss,
//     robots.txt with Disallow: /noi-bo/ and an optional Crawl-delay.
//     Articles are /tin-tuc/<slug>-<id>.html; pages under /noi-bo/ are
//     linked from the listing but disallowed.
//   - News ("bao"): a newspaper re-rendering generated workshop reports
//     (bench/gen) in its own layout. Listing /chuyen-muc/hoi-nghi-hoi-thao
//     (?page=2, ...), sitemap /sitemap.xml (a urlset; /sitemap_index.xml is a
//     sitemap index pointing to it, named in robots.txt). Articles are
//     /<category>/<slug>-post<id>.html. Some older articles are only in the
//     sitemap, not in the listing.
package crawltest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Portal is two fake news sites on loopback (httptest), built from the
// sample corpus.
type Portal struct {
	Ministry *Site // ministry portal layout
	News     *Site // newspaper layout (a second, different layout)

	closing chan struct{}
	once    sync.Once
}

// Site is one fake news site: an httptest server on 127.0.0.1 with a fixed
// table of pages, logging every request it receives.
type Site struct {
	URL    string // http://127.0.0.1:PORT, no trailing slash
	Host   string // 127.0.0.1:PORT
	Expect Expect // what a correct crawl must do with the site's paths

	name     string   // the site's name in Config
	other    string   // the other site's URL, linked from the footer
	start    []string // listing paths
	feeds    []string // RSS feed paths
	sitemaps []string // sitemap paths
	follow   []string // listing path regexps
	articles []string // article path regexps

	srv     *httptest.Server
	hang    time.Duration
	closing chan struct{} // closed when the portal shuts down: hanging handlers return

	mu    sync.Mutex
	pages map[string]*page // by path[?query]
	log   []Request
}

// Expect lists URL paths (path plus "?query" if any, beginning with "/")
// by what a correct crawl must do with them. The lists are sorted.
type Expect struct {
	Articles     []string    // on-topic article pages a full crawl must archive AND store as articles (each once; canonical path)
	OffTopic     []string    // article-pattern pages that are archived but skipped as off-topic (not stored as articles)
	Disallowed   []string    // pages linked from listings but under a robots.txt Disallow: must never be requested
	Failing      []string    // pages that always answer 404 or 410: recorded as failures
	Flaky        []string    // pages that answer 500 on the first request, then 200: end as articles
	Slow         []string    // pages that answer after ~300 ms but within timeouts: end as articles
	Timeout      []string    // pages that hang for Options.Hang before answering (crawler uses a shorter timeout): failures
	RedirectLoop []string    // pages that redirect in a loop (more than 5 hops, back to themselves): failures
	TooBig       []string    // pages larger than Options.MaxBody: failures (recorded, not stored as articles)
	Legacy       []string    // pages served in windows-1258 (declared in Content-Type charset and in meta): end as articles
	Duplicates   [][2]string // the same article bytes at two URLs, {canonical, other}: stored as ONE article; the canonical is in Articles
	Changing     []string    // pages whose content changes when Site.Change() is called (also in Articles)
}

// Options tune the portal.
type Options struct {
	CrawlDelay float64       // robots.txt Crawl-delay in seconds for the Ministry site (0: no Crawl-delay line)
	Hang       time.Duration // how long Timeout pages hang (default 3s); the handler stops when the request context ends
	MaxBody    int64         // size threshold the crawler will use; TooBig pages are made bigger than this (default 2 MiB)
}

// Request is one request a site received.
type Request struct {
	Method string
	Path   string      // path[?query], as requested
	Header http.Header // the request headers (a copy)
	At     time.Time   // when the request arrived
	Status int         // the status answered; 0 while the request is in flight or when the client went away before an answer
}

// SlowDelay is how long Slow pages take to answer.
const SlowDelay = 300 * time.Millisecond

// loopHops is how many redirects a RedirectLoop page makes before it
// redirects back to itself.
const loopHops = 8

type pageKind int

const (
	kindStatic   pageKind = iota // a page answered from its bytes
	kindStatus                   // a bare error status (404, 410)
	kindFlaky                    // 500 on the first request, then the page
	kindSlow                     // the page after SlowDelay
	kindHang                     // the page after Site.hang, unless the client goes away
	kindRedirect                 // 301 to location
	kindLoop                     // 302 to ?hop=n+1, then back to the bare path
	kindChunked                  // the page without Content-Length, written in flushed chunks
)

// page is one entry of a site's page table. Aliases (a second URL for the
// same page) share the pointer.
type page struct {
	kind        pageKind
	status      int    // kindStatus
	location    string // kindRedirect
	contentType string
	body        []byte
	etag        string
	modified    time.Time
	hits        int                   // requests so far (kindFlaky)
	change      func(edit int) []byte // the page after the n-th Change, or nil
	edits       int
}

func (p *page) setBody(b []byte) {
	p.body = b
	sum := sha256.Sum256(b)
	p.etag = `"` + hex.EncodeToString(sum[:16]) + `"`
}

// New starts both sites on 127.0.0.1; tb.Cleanup closes them.
func New(tb testing.TB, opt Options) *Portal {
	tb.Helper()
	p, err := Start(opt)
	if err != nil {
		tb.Fatalf("crawltest: %v", err)
	}
	tb.Cleanup(p.Close)
	return p
}

// Start starts both sites on 127.0.0.1, outside a test (a demo or a load
// run); Close stops them.
func Start(opt Options) (*Portal, error) {
	if opt.Hang <= 0 {
		opt.Hang = 3 * time.Second
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = 2 << 20
	}
	closing := make(chan struct{})
	ministry := newSite("bo", opt, closing)
	news := newSite("bao", opt, closing)
	if err := build(ministry, news, opt); err != nil {
		ministry.srv.Close()
		news.srv.Close()
		return nil, err
	}
	ministry.srv.Start()
	news.srv.Start()
	return &Portal{Ministry: ministry, News: news, closing: closing}, nil
}

// Close stops both sites; hanging handlers return at once.
func (p *Portal) Close() {
	p.once.Do(func() {
		close(p.closing)
		for _, s := range []*Site{p.Ministry, p.News} {
			s.srv.CloseClientConnections()
			s.srv.Close()
		}
	})
}

func newSite(name string, opt Options, closing chan struct{}) *Site {
	s := &Site{name: name, hang: opt.Hang, closing: closing, pages: map[string]*page{}}
	s.srv = httptest.NewUnstartedServer(s)
	s.Host = s.srv.Listener.Addr().String()
	s.URL = "http://" + s.Host
	return s
}

// siteConfig is one site of the crawler's JSON config.
type siteConfig struct {
	Name     string   `json:"name"`
	Hosts    []string `json:"hosts"`
	Start    []string `json:"start"`
	Feeds    []string `json:"feeds"`
	Sitemaps []string `json:"sitemaps"`
	Follow   []string `json:"follow"`
	Articles []string `json:"articles"`
	Delay    string   `json:"delay"`
}

// Config returns the crawler's JSON config for both sites: "bo" (Ministry)
// and "bao" (News), with delay as each site's own minimum delay between
// requests (a Go duration string).
func (p *Portal) Config(delay time.Duration) []byte {
	var cfg struct {
		Sites []siteConfig `json:"sites"`
	}
	for _, s := range []*Site{p.Ministry, p.News} {
		cfg.Sites = append(cfg.Sites, siteConfig{
			Name:     s.name,
			Hosts:    []string{s.Host},
			Start:    s.abs(s.start),
			Feeds:    s.abs(s.feeds),
			Sitemaps: s.abs(s.sitemaps),
			Follow:   append([]string{}, s.follow...),
			Articles: append([]string{}, s.articles...),
			Delay:    delay.String(),
		})
	}
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		panic(err) // plain strings cannot fail to marshal
	}
	return b
}

func (s *Site) abs(paths []string) []string {
	out := []string{}
	for _, p := range paths {
		out = append(out, s.URL+p)
	}
	return out
}

// Requests returns every request received so far, in the order they
// arrived.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.log))
	copy(out, s.log)
	return out
}

// ResetRequests forgets the requests received so far (the Flaky pages
// still remember that they have failed once).
func (s *Site) ResetRequests() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = nil
}

// Change edits every Changing page: a correction paragraph is added (the
// page stays on-topic), so it gets new bytes, a new ETag and a later
// Last-Modified. Listings, feeds and sitemaps do not change.
func (s *Site) Change() {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().UTC().Truncate(time.Second)
	seen := map[*page]bool{}
	for _, p := range s.pages {
		if p.change == nil || seen[p] {
			continue
		}
		seen[p] = true
		p.edits++
		p.setBody(p.change(p.edits))
		// Later than before even when Change is called twice in a second,
		// so If-Modified-Since alone sees the change.
		if next := p.modified.Add(time.Second); now.Before(next) {
			p.modified = next
		} else {
			p.modified = now
		}
	}
}

// Paths returns every path[?query] the site serves, sorted: pages,
// listings, feeds, robots.txt, the deliberate 404 and 410 pages, redirects
// and aliases. The ?hop=N steps of a RedirectLoop page are not listed.
func (s *Site) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for k := range s.pages {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// statusWriter remembers the status a handler answered.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// ServeHTTP answers a request from the page table and logs it.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	i := len(s.log)
	s.log = append(s.log, Request{Method: r.Method, Path: r.URL.RequestURI(), Header: r.Header.Clone(), At: time.Now()})
	s.mu.Unlock()
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		s.mu.Lock()
		if i < len(s.log) && s.log[i].Status == 0 { // ResetRequests may have run meanwhile
			s.log[i].Status = sw.status
		}
		s.mu.Unlock()
	}()
	s.serve(sw, r)
}

// lookup finds the page for a request: the exact path[?query], or the bare
// path for a RedirectLoop step or for tracking parameters (utm_*, fbclid)
// on a page.
func (s *Site) lookup(u *url.URL) *page {
	if p := s.pages[u.RequestURI()]; p != nil {
		return p
	}
	p := s.pages[u.EscapedPath()]
	if p == nil {
		return nil
	}
	if p.kind == kindLoop {
		return p
	}
	if p.kind == kindStatus || p.kind == kindRedirect || !strings.HasPrefix(p.contentType, "text/html") {
		return nil
	}
	q := u.Query()
	for k := range q {
		if !strings.HasPrefix(k, "utm_") && k != "fbclid" {
			return nil
		}
	}
	return p
}

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	s.mu.Lock()
	p := s.lookup(r.URL)
	if p == nil {
		s.mu.Unlock()
		notFound(w)
		return
	}
	p.hits++
	kind, hits := p.kind, p.hits
	status, location := p.status, p.location
	body, etag, modified, ctype := p.body, p.etag, p.modified, p.contentType
	s.mu.Unlock()

	switch kind {
	case kindStatus:
		if status == http.StatusNotFound {
			notFound(w)
			return
		}
		w.Header().Set("Content-Type", contentHTML)
		w.WriteHeader(status)
		fmt.Fprintf(w, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%d</title></head><body><h1>Bài viết không còn tồn tại</h1></body></html>\n", status)
		return
	case kindRedirect:
		http.Redirect(w, r, location, http.StatusMovedPermanently)
		return
	case kindLoop:
		hop, _ := strconv.Atoi(r.URL.Query().Get("hop"))
		next := r.URL.EscapedPath()
		if hop < loopHops {
			next += "?hop=" + strconv.Itoa(hop+1)
		}
		http.Redirect(w, r, next, http.StatusFound)
		return
	case kindFlaky:
		if hits == 1 {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintln(w, "Internal Server Error: database connection lost")
			return
		}
	case kindSlow:
		if !s.wait(r, SlowDelay) {
			return
		}
	case kindHang:
		if !s.wait(r, s.hang) {
			return
		}
	}

	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("ETag", etag)
	h.Set("Last-Modified", modified.UTC().Format(http.TimeFormat))
	h.Set("Cache-Control", "max-age=0, must-revalidate")
	if notModified(r, etag, modified) {
		h.Del("Content-Type")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if kind == kindChunked {
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodHead {
			return
		}
		f, _ := w.(http.Flusher)
		for len(body) > 0 {
			n := min(len(body), 16<<10)
			if _, err := w.Write(body[:n]); err != nil {
				return
			}
			body = body[n:]
			if f != nil {
				f.Flush()
			}
		}
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// wait sleeps d; it reports false, having answered nothing, when the client
// goes away or the portal shuts down first.
func (s *Site) wait(r *http.Request, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	case <-s.closing:
		return false
	}
}

func notFound(w http.ResponseWriter) {
	w.Header().Set("Content-Type", contentHTML)
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprint(w, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang chủ</a></p></body></html>\n")
}

// notModified applies If-None-Match (weak comparison, "*" too) or, when
// there is none, If-Modified-Since.
func notModified(r *http.Request, etag string, modified time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimSpace(t)
			if t == "*" || strings.TrimPrefix(t, "W/") == etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		if err == nil && !modified.Truncate(time.Second).After(t) {
			return true
		}
	}
	return false
}
