// Package web is thamluan's HTTP service: the gin router, the
// server-rendered pages researchers use (in Vietnamese, English available),
// the JSON API, health and metrics. Every route is listed in routes.go;
// errors become status codes in one place, errors.go.
package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl"
	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config is what the server needs.
type Config struct {
	Store  *corpus.Store
	Index  *indexer.Index
	Logger *slog.Logger
	// FetchControl decides which addresses "add by URL" may reach
	// (crawl.PublicOnly when nil: never loopback or private networks).
	FetchControl crawl.Control
	// SecureCookies marks the editor's session cookie Secure: set it when
	// the site is served over TLS (directly or by a proxy in front).
	SecureCookies bool
}

// Server serves the site and the API.
type Server struct {
	store    *corpus.Store
	index    *indexer.Index
	searcher *search.Searcher
	log      *slog.Logger
	pages    map[string]*template.Template
	metrics  *metrics
	started  time.Time
	// searches bounds the searches running at once.
	searches chan struct{}
	waiting  atomic.Int64 // searches waiting for a slot
	sessions *scs.SessionManager
	logins   *throttle
	fetcher  *crawl.Fetcher // add by URL, behind the SSRF guard
}

// Limits on searching.
const (
	// SearchTimeout is the longest one search may run.
	SearchTimeout = 5 * time.Second
)

// slotWait is how long a search waits for a slot before a 429, and
// maxWaiting how many may wait at once; one more gets a 429 at once. A
// researcher would rather wait a few seconds through a burst than be
// refused; a flood is refused without holding its connections.
var (
	slotWait   = 10 * time.Second
	maxWaiting = int64(64)
)

// searchSlots is how many searches run at once: two per core. A search is
// CPU-bound, so more at once only makes each slower — on two cores,
// sixteen at once each took eight times as long and ran past
// SearchTimeout — while those waiting for a slot lose nothing.
var searchSlots = max(4, 2*runtime.GOMAXPROCS(0))

// pageNames are the templates rendered as whole pages with the layout.
var pageNames = []string{"home", "search", "contribution", "article", "original", "error",
	"speaker", "academy", "topic", "event", "list", "report",
	"login", "editor", "editor_new", "editor_article", "editor_history", "editor_person", "editor_taxonomy"}

// New returns a server over an open store and index.
func New(cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{store: cfg.Store, index: cfg.Index, searcher: search.New(cfg.Index), log: cfg.Logger,
		pages: map[string]*template.Template{}, metrics: newMetrics(), started: time.Now(),
		searches: make(chan struct{}, searchSlots),
		sessions: newSessions(cfg.Store, cfg.SecureCookies), logins: newThrottle(),
		fetcher: crawl.NewFetcher(crawl.DefaultConfig(), cfg.FetchControl)}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	s.metrics.register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "thamluan_index_documents", Help: "Documents in the search index.",
	}, func() float64 {
		n, _ := s.index.DocCount()
		return float64(n)
	}))
	s.metrics.register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "thamluan_index_bytes", Help: "Size of the search index on disk.",
	}, func() float64 {
		var total int64
		filepath.WalkDir(s.index.Path(), func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
		return float64(total)
	}))
	s.metrics.register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "thamluan_changelog_lag", Help: "Changes in the store the index has not applied yet.",
	}, func() float64 {
		storeSeq, _ := s.store.LastSeq(context.Background())
		applied, _ := s.index.Applied()
		return float64(storeSeq - applied)
	}))
	s.metrics.register(newCrawlCollector(s.store))
	return s, nil
}

// Handler returns the HTTP handler of the whole service.
func (s *Server) Handler() http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	// No proxy is trusted: the client address is the connection's, whatever
	// X-Forwarded-For says.
	r.SetTrustedProxies(nil)
	r.Use(s.recoverer(), securityHeaders(), s.metrics.middleware(), s.logRequests())
	s.routes(r)
	// Every state-changing request must come from this site's own pages.
	return http.NewCrossOriginProtection().Handler(s.withSessions(r))
}

// render writes a page: rendered into a buffer first, so a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(c *gin.Context, status int, name string, data map[string]any) error {
	t, ok := s.pages[name]
	if !ok {
		return fmt.Errorf("no page %q", name)
	}
	lang := language(c)
	data["Lang"] = lang
	data["T"] = translator(lang)
	data["Path"] = c.Request.URL.Path
	data["Query"] = c.Request.URL.RawQuery
	if p := c.Request.URL.Path; p == "/editor" || strings.HasPrefix(p, "/editor/") {
		data["User"] = s.currentUser(c)
		data["Desk"] = true
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		return fmt.Errorf("render %s: %w", name, err)
	}
	c.Header("Content-Language", lang)
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
	return nil
}

func (s *Server) logRequests() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		s.log.Info("request", "method", c.Request.Method, "path", c.Request.URL.Path,
			"status", c.Writer.Status(), "duration", time.Since(start), "client", c.ClientIP())
	}
}

// securityHeaders sets the headers every answer carries: no sniffing, no
// framing, no referrer to other sites, and a policy that lets a page load
// only this site's own styles and scripts.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
		c.Next()
	}
}

// searchSlot takes a free search slot, or waits for one at most slotWait
// behind at most maxWaiting others; release it when done.
func (s *Server) searchSlot(ctx context.Context) (release func(), err error) {
	select {
	case s.searches <- struct{}{}:
		return func() { <-s.searches }, nil
	default:
	}
	if s.waiting.Add(1) > maxWaiting {
		s.waiting.Add(-1)
		return nil, errTooBusy
	}
	defer s.waiting.Add(-1)
	wait := time.NewTimer(slotWait)
	defer wait.Stop()
	select {
	case s.searches <- struct{}{}:
		return func() { <-s.searches }, nil
	case <-wait.C:
		return nil, errTooBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// search runs a request with a slot and a deadline.
func (s *Server) search(ctx context.Context, r search.Request) (*search.Result, error) {
	release, err := s.searchSlot(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, SearchTimeout)
	defer cancel()
	start := time.Now()
	res, err := s.searcher.Search(ctx, r)
	s.metrics.searchDuration.Observe(time.Since(start).Seconds())
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("%w: the search took longer than %s", errTooExpensive, SearchTimeout)
	}
	return res, err
}

// Ready reports whether the store and the index answer.
func (s *Server) Ready(ctx context.Context) error {
	if _, err := s.store.LastSeq(ctx); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if _, err := s.index.DocCount(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

func staticFiles() http.FileSystem {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return http.FS(sub)
}
