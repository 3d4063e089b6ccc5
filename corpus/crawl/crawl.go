// Package crawl keeps the archive growing without an editor: it reads the
// listing pages, feeds and sitemaps of configured sites, follows their
// article links and feeds every page through the one ingest path, politely
// (robots.txt, Crawl-delay, a per-host rate limit, conditional requests,
// retries with backoff) and resumably (the frontier lives in the store, so
// a crawl killed at any moment goes on where it stopped).
package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/corpus/ingest"
)

// Outcomes of visiting a URL, as counted in Stats and kept in the frontier.
const (
	OutcomeNew       = "new"       // a page read into a new article
	OutcomeChanged   = "changed"   // new bytes for a known article
	OutcomeUnchanged = "unchanged" // 304, or the same bytes again
	OutcomeDuplicate = "duplicate" // the same bytes as an article under another URL
	OutcomeOffTopic  = "offtopic"  // archived, but no workshop or paper in it
	OutcomeOld       = "old"       // published before --since
	OutcomeRobots    = "robots"    // disallowed by robots.txt: never requested
	OutcomeFailed    = "failed"    // could not be fetched or read; the error is kept
	OutcomeListing   = "listing"   // a listing, feed or sitemap read for its links
	OutcomeRedirect  = "redirect"  // redirected to a URL visited on its own
)

// Stats counts what a crawl did.
type Stats struct {
	Fetched   int // requests answered (any status), robots.txt not counted
	New       int
	Changed   int
	Unchanged int
	Duplicate int
	OffTopic  int
	Old       int
	Robots    int
	Failed    int
	Listings  int
	Queued    int // URLs still waiting when the crawl stopped
}

// Map returns the counts by outcome name, for logs and the store.
func (s Stats) Map() map[string]int {
	return map[string]int{"fetched": s.Fetched, OutcomeNew: s.New, OutcomeChanged: s.Changed,
		OutcomeUnchanged: s.Unchanged, OutcomeDuplicate: s.Duplicate, OutcomeOffTopic: s.OffTopic,
		OutcomeOld: s.Old, OutcomeRobots: s.Robots, OutcomeFailed: s.Failed, OutcomeListing: s.Listings,
		"queued": s.Queued}
}

// String is the one-line summary a crawl ends with.
func (s Stats) String() string {
	return fmt.Sprintf("fetched %d, new %d, changed %d, unchanged %d, duplicate %d, skipped by robots %d, off topic %d, old %d, failed %d, listings %d",
		s.Fetched, s.New, s.Changed, s.Unchanged, s.Duplicate, s.Robots, s.OffTopic, s.Old, s.Failed, s.Listings)
}

func (s *Stats) count(outcome string) {
	switch outcome {
	case OutcomeNew:
		s.New++
	case OutcomeChanged:
		s.Changed++
	case OutcomeUnchanged:
		s.Unchanged++
	case OutcomeDuplicate:
		s.Duplicate++
	case OutcomeOffTopic:
		s.OffTopic++
	case OutcomeOld:
		s.Old++
	case OutcomeRobots:
		s.Robots++
	case OutcomeFailed:
		s.Failed++
	case OutcomeListing:
		s.Listings++
	}
}

// Frontier is the queue of URLs to visit and what was found there. The
// store is the durable frontier; NewMemoryFrontier serves dry runs.
type Frontier interface {
	BeginCrawlRun(ctx context.Context) (run int64, resumed bool, err error)
	FinishCrawlRun(ctx context.Context, run int64, stats map[string]int) error
	Enqueue(ctx context.Context, run int64, items []corpus.CrawlItem) error
	Pending(ctx context.Context, run int64, site string, limit int) ([]corpus.CrawlItem, error)
	PendingCount(ctx context.Context, run int64, site string) (int, error)
	Visited(ctx context.Context, run int64, v corpus.CrawlVisit) error
	CrawlState(ctx context.Context, url string) (*corpus.CrawlState, error)
}

// Options say what one crawl does.
type Options struct {
	Sites    []*Site   // the profiles to crawl; see Config.Sites and AdHoc
	Max      int       // stop after this many page requests (0: no limit)
	Since    time.Time // skip articles published before (zero: none)
	DryRun   bool      // fetch and read, but write nothing to the store
	Control  Control   // which addresses may be dialled (PublicOnly when nil)
	Progress func(Stats)
	Log      *slog.Logger
}

// Crawler runs crawls of configured sites into a store.
type Crawler struct {
	cfg   *Config
	store *corpus.Store
	now   func() time.Time
}

// New returns a crawler that ingests into st with the settings of cfg.
func New(cfg *Config, st *corpus.Store) *Crawler {
	return &Crawler{cfg: cfg, store: st, now: time.Now}
}

// AdHoc returns the profile of a crawl of URLs given without one: their own
// hosts only, every page read, links followed to depth.
func AdHoc(urls []string, depth int) (*Site, error) {
	if depth < 0 {
		return nil, fmt.Errorf("depth %d: want 0 or more", depth)
	}
	var canon []string
	for _, raw := range urls {
		u, err := Canonical(raw, nil)
		if err != nil {
			return nil, err
		}
		canon = append(canon, u.String())
	}
	s := &Site{Name: "urls", Start: canon, adhoc: true}
	if err := s.compile(); err != nil {
		return nil, err
	}
	s.MaxDepth = depth
	return s, nil
}

// run is the state of one crawl.
type run struct {
	c        *Crawler
	opt      Options
	id       int64
	frontier Frontier
	fetcher  *Fetcher
	log      *slog.Logger
	sem      chan struct{}

	mu       sync.Mutex
	stats    Stats
	requests int
}

// Run crawls opt.Sites: it resumes the last run if it was interrupted,
// queues the sites' start pages, feeds and sitemaps, and visits what is
// queued until nothing is left, opt.Max is reached or ctx ends (then the
// run stops at a safe point: every visit recorded is complete). One site's
// failures never stop the others.
func (c *Crawler) Run(ctx context.Context, opt Options) (Stats, error) {
	if len(opt.Sites) == 0 {
		return Stats{}, fmt.Errorf("crawl: no sites")
	}
	r := &run{c: c, opt: opt, log: opt.Log, sem: make(chan struct{}, c.cfg.Concurrency)}
	if r.log == nil {
		r.log = slog.Default()
	}
	if opt.DryRun || c.store == nil {
		r.frontier = NewMemoryFrontier()
		r.opt.DryRun = true
	} else {
		r.frontier = c.store
	}
	r.fetcher = NewFetcher(c.cfg, opt.Control)
	id, resumed, err := r.frontier.BeginCrawlRun(ctx)
	if err != nil {
		return Stats{}, err
	}
	r.id = id
	if resumed {
		r.log.Info("crawl: resuming an interrupted run", "run", id)
	}
	for _, s := range opt.Sites {
		for h := range s.hosts {
			r.fetcher.SetDelay(h, time.Duration(s.Delay))
		}
		var seeds []corpus.CrawlItem
		add := func(list []string, kind string) {
			for _, raw := range list {
				if u, err := Canonical(raw, nil); err == nil {
					seeds = append(seeds, corpus.CrawlItem{URL: u.String(), Site: s.Name, Kind: kind})
				}
			}
		}
		if s.adhoc {
			add(s.Start, corpus.CrawlPage)
		} else {
			add(s.Start, corpus.CrawlListing)
		}
		add(s.Feeds, corpus.CrawlFeed)
		add(s.Sitemaps, corpus.CrawlSitemap)
		if err := r.frontier.Enqueue(ctx, id, seeds); err != nil {
			return Stats{}, err
		}
	}
	var wg sync.WaitGroup
	for _, s := range opt.Sites {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.site(ctx, s); err != nil && ctx.Err() == nil {
				r.log.Error("crawl: site stopped", "site", s.Name, "err", err)
			}
		}()
	}
	wg.Wait()
	for _, s := range opt.Sites {
		left, _ := r.frontier.PendingCount(context.WithoutCancel(ctx), id, s.Name)
		r.stats.Queued += left
	}
	if ctx.Err() != nil {
		return r.stats, ctx.Err()
	}
	if err := r.frontier.FinishCrawlRun(ctx, id, r.stats.Map()); err != nil {
		return r.stats, err
	}
	return r.stats, nil
}

// site visits the site's queue in rounds until it is empty.
func (r *run) site(ctx context.Context, s *Site) error {
	batch := max(1, r.c.cfg.Concurrency) * 4
	for ctx.Err() == nil && !r.full() {
		items, err := r.frontier.Pending(ctx, r.id, s.Name, batch)
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return nil
		}
		var wg sync.WaitGroup
		for _, it := range items {
			if r.full() {
				break
			}
			select {
			case r.sem <- struct{}{}:
			case <-ctx.Done():
				wg.Wait()
				return ctx.Err()
			}
			wg.Add(1)
			go func() {
				defer func() { <-r.sem; wg.Done() }()
				r.visit(ctx, s, it)
			}()
		}
		wg.Wait()
	}
	return ctx.Err()
}

// full reports whether the crawl has made opt.Max requests.
func (r *run) full() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.opt.Max > 0 && r.requests >= r.opt.Max
}

// take counts a request against opt.Max; false when the budget is spent.
func (r *run) take() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.opt.Max > 0 && r.requests >= r.opt.Max {
		return false
	}
	r.requests++
	return true
}

// record stores a visit and counts it; a visit that cannot be recorded
// (the run was stopped) is left pending, to be done again on resume.
func (r *run) record(ctx context.Context, v corpus.CrawlVisit, fetched bool) {
	if err := r.frontier.Visited(context.WithoutCancel(ctx), r.id, v); err != nil {
		r.log.Error("crawl: record visit", "url", v.URL, "err", err)
		return
	}
	r.mu.Lock()
	if fetched {
		r.stats.Fetched++
	}
	r.stats.count(v.Outcome)
	st := r.stats
	r.mu.Unlock()
	if v.Outcome == OutcomeFailed {
		r.log.Warn("crawl: failed", "url", v.URL, "status", v.Status, "err", v.Error)
	} else {
		r.log.Debug("crawl: visited", "url", v.URL, "outcome", v.Outcome)
	}
	if r.opt.Progress != nil {
		r.opt.Progress(st)
	}
}

// visit fetches one URL and does what its kind asks.
func (r *run) visit(ctx context.Context, s *Site, it corpus.CrawlItem) {
	u, err := url.Parse(it.URL)
	if err != nil {
		r.record(ctx, corpus.CrawlVisit{URL: it.URL, Outcome: OutcomeFailed, Error: err.Error()}, false)
		return
	}
	prev, _ := r.frontier.CrawlState(ctx, it.URL)
	if prev != nil && prev.Outcome == OutcomeRedirect && prev.FinalURL != "" {
		// Known to redirect: go straight to where it led, with that page's
		// validators, unless this run has been there already.
		if target, err := r.frontier.CrawlState(ctx, prev.FinalURL); err == nil {
			r.record(ctx, corpus.CrawlVisit{URL: it.URL, Outcome: OutcomeRedirect, FinalURL: prev.FinalURL, Status: prev.Status}, false)
			if target.VisitedRun == r.id {
				return
			}
			it, prev = target.CrawlItem, target
			if u, err = url.Parse(it.URL); err != nil {
				return
			}
		}
	}
	ok, err := r.fetcher.Allowed(ctx, u)
	if ctx.Err() != nil {
		return
	}
	if err != nil {
		r.record(ctx, corpus.CrawlVisit{URL: it.URL, Outcome: OutcomeFailed, Error: err.Error()}, false)
		return
	}
	if !ok {
		r.record(ctx, corpus.CrawlVisit{URL: it.URL, Outcome: OutcomeRobots, Error: "disallowed by robots.txt"}, false)
		return
	}
	if !r.take() {
		return
	}
	var val Validators
	if prev != nil && prev.Outcome != OutcomeFailed && prev.Outcome != OutcomeRedirect {
		val = Validators{ETag: prev.ETag, LastModified: prev.LastModified}
	}
	resp, err := r.fetcher.Get(ctx, it.URL, val)
	if ctx.Err() != nil {
		return // stopped: the URL stays pending and is fetched again on resume
	}
	v := corpus.CrawlVisit{URL: it.URL}
	if resp != nil {
		v.Status = resp.Status
	}
	if err != nil {
		v.Outcome, v.Error = OutcomeFailed, err.Error()
		if resp != nil && len(resp.Body) > 0 && !r.opt.DryRun {
			// The error page is evidence for the editor: keep it.
			if id, _, perr := r.c.store.PutOriginal(ctx, &corpus.Original{URL: resp.URL, Status: resp.Status,
				Header: resp.Header, ContentType: resp.ContentType, Body: resp.Body, Kind: corpus.OriginalError}); perr == nil {
				v.OriginalID = id
			}
		}
		r.record(ctx, v, resp != nil)
		return
	}
	redirected := false
	if resp.URL != it.URL {
		// Redirected: this URL points at the final one, which is read
		// under its own name and counted visited in this run.
		v.FinalURL = resp.URL
		fu, err := url.Parse(resp.URL)
		if err != nil || !s.allowedHost(fu) {
			v.Outcome, v.Error = OutcomeFailed, "redirected off the site to "+resp.URL
			r.record(ctx, v, true)
			return
		}
		v.Outcome = OutcomeRedirect
		r.record(ctx, v, true)
		target, err := r.frontier.CrawlState(ctx, resp.URL)
		if err == nil && target.VisitedRun == r.id {
			return
		}
		kind := it.Kind
		if k := s.classify(fu); k != "" && !s.adhoc {
			kind = k
		}
		it = corpus.CrawlItem{URL: resp.URL, Site: s.Name, Kind: kind, Depth: it.Depth}
		if err := r.frontier.Enqueue(ctx, r.id, []corpus.CrawlItem{it}); err != nil {
			r.log.Error("crawl: queue redirect target", "url", it.URL, "err", err)
			return
		}
		prev = target
		v = corpus.CrawlVisit{URL: it.URL, Status: resp.Status}
		redirected = true
	}
	v.ETag, v.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	body := resp.Body
	if resp.NotModified {
		if it.Kind == corpus.CrawlArticle || r.opt.DryRun {
			v.Outcome = OutcomeUnchanged
			r.record(ctx, v, !redirected)
			return
		}
		// A listing, feed, sitemap or ad-hoc page unchanged since the last
		// crawl: its links are read again from the archived copy.
		o, err := r.c.store.LatestOriginal(ctx, resp.URL)
		if err != nil {
			v.Outcome, v.Error = OutcomeFailed, "304 without an archived copy: "+err.Error()
			r.record(ctx, v, !redirected)
			return
		}
		body, resp.ContentType = o.Body, o.ContentType
	}
	switch it.Kind {
	case corpus.CrawlListing, corpus.CrawlFeed, corpus.CrawlSitemap:
		r.links(ctx, s, it, resp, body, &v)
		if !resp.NotModified {
			r.archive(ctx, resp, corpus.OriginalListing, &v)
		}
		if v.Outcome == "" {
			v.Outcome = OutcomeListing
		}
	case corpus.CrawlPage:
		if it.Depth < s.MaxDepth {
			r.links(ctx, s, it, resp, body, &v)
		}
		if resp.NotModified {
			v.Outcome = OutcomeUnchanged
		} else if v.Outcome == "" {
			r.article(ctx, s, resp, prev, &v)
		}
	default:
		r.article(ctx, s, resp, prev, &v)
	}
	r.record(ctx, v, !redirected)
}

// links reads the links of a listing, feed, sitemap or ad-hoc page and
// queues those the profile wants.
func (r *run) links(ctx context.Context, s *Site, it corpus.CrawlItem, resp *Response, body []byte, v *corpus.CrawlVisit) {
	base, _ := url.Parse(resp.URL)
	var found []corpus.CrawlItem
	add := func(raw string, kind string, date time.Time) {
		u, err := url.Parse(raw)
		if err != nil || raw == resp.URL || raw == it.URL {
			return
		}
		if !r.opt.Since.IsZero() && !date.IsZero() && date.Before(r.opt.Since) && kind == corpus.CrawlArticle {
			return
		}
		if kind == "" {
			if s.adhoc {
				if !s.allowedHost(u) || it.Depth+1 > s.MaxDepth {
					return
				}
				kind = corpus.CrawlPage
			} else if kind = s.classify(u); kind == "" {
				return
			}
		}
		if kind != corpus.CrawlArticle && it.Depth+1 > s.MaxDepth {
			return
		}
		found = append(found, corpus.CrawlItem{URL: raw, Site: s.Name, Kind: kind, Depth: it.Depth + 1})
	}
	switch it.Kind {
	case corpus.CrawlFeed:
		items, err := feedLinks(body, base)
		if err != nil {
			v.Outcome, v.Error = OutcomeFailed, err.Error()
			return
		}
		for _, f := range items {
			add(f.URL, "", f.Date)
		}
	case corpus.CrawlSitemap:
		items, nested, err := sitemapLinks(body, base)
		if err != nil {
			v.Outcome, v.Error = OutcomeFailed, err.Error()
			return
		}
		for _, f := range items {
			if nested {
				add(f.URL, corpus.CrawlSitemap, f.Date)
			} else {
				add(f.URL, "", f.Date)
			}
		}
	default:
		links, err := pageLinks(body, resp.ContentType, base)
		if err != nil {
			v.Outcome, v.Error = OutcomeFailed, err.Error()
			return
		}
		for _, l := range dedupe(links) {
			add(l, "", time.Time{})
		}
	}
	if err := r.frontier.Enqueue(ctx, r.id, found); err != nil {
		v.Outcome, v.Error = OutcomeFailed, err.Error()
	}
}

// archive keeps a listing, feed or sitemap as it arrived.
func (r *run) archive(ctx context.Context, resp *Response, kind string, v *corpus.CrawlVisit) {
	if r.opt.DryRun {
		return
	}
	id, _, err := r.c.store.PutOriginal(ctx, &corpus.Original{URL: resp.URL, Status: resp.Status, Header: resp.Header,
		ContentType: resp.ContentType, Body: resp.Body, Kind: kind})
	if err != nil {
		v.Outcome, v.Error = OutcomeFailed, err.Error()
		return
	}
	v.OriginalID = id
}

// article archives a page and reads it into an article through the one
// ingest path.
func (r *run) article(ctx context.Context, s *Site, resp *Response, prev *corpus.CrawlState, v *corpus.CrawlVisit) {
	keep := s.Keep
	if len(keep) == 0 {
		keep = r.c.cfg.Keep
	}
	if r.opt.DryRun {
		a, err := extract.Extract(extract.Input{URL: resp.URL, ContentType: resp.ContentType, Body: resp.Body, Profile: s.profile})
		switch {
		case err != nil:
			v.Outcome, v.Error = OutcomeFailed, err.Error()
		case !ingest.Relevant(a, keep):
			v.Outcome = OutcomeOffTopic
		case r.old(a):
			v.Outcome = OutcomeOld
		default:
			v.Outcome = OutcomeNew
		}
		return
	}
	page := ingest.Page{URL: resp.URL, ContentType: resp.ContentType, Body: resp.Body, Status: resp.Status,
		Header: resp.Header, FetchedAt: r.c.now(), Kind: corpus.OriginalCrawled, Keep: keep, Profile: s.profile,
		Filter: func(a *corpus.Article) error {
			if r.old(a) {
				return errOld
			}
			return nil
		}}
	// The same bytes already read under another URL: one article, two
	// addresses.
	sum := sha256Hex(resp.Body)
	v.SHA256 = sum
	if prev == nil || prev.SHA256 != sum {
		if aid, err := r.c.store.ArticleBySHA256(ctx, sum, resp.URL); err == nil {
			o := &corpus.Original{URL: resp.URL, Status: resp.Status, Header: resp.Header, ContentType: resp.ContentType,
				Body: resp.Body, Kind: corpus.OriginalCrawled}
			if id, _, err := r.c.store.PutOriginal(ctx, o); err == nil {
				v.OriginalID = id
			}
			if err := r.c.store.AddArticleURL(ctx, aid, resp.URL); err != nil {
				v.Outcome, v.Error = OutcomeFailed, err.Error()
				return
			}
			v.Outcome, v.ArticleID = OutcomeDuplicate, aid
			return
		}
	}
	res, err := ingest.Ingest(ctx, r.c.store, page)
	v.OriginalID, v.ArticleID = res.OriginalID, res.ArticleID
	switch {
	case errors.Is(err, ingest.ErrOffTopic):
		v.Outcome = OutcomeOffTopic
	case errors.Is(err, errOld):
		v.Outcome = OutcomeOld
	case err != nil:
		v.Outcome, v.Error = OutcomeFailed, err.Error()
	case res.Unchanged:
		v.Outcome = OutcomeUnchanged
	case prev != nil && prev.ArticleID != 0:
		v.Outcome = OutcomeChanged
	default:
		v.Outcome = OutcomeNew
	}
}

// errOld keeps an article published before --since out of the store.
var errOld = errors.New("published before --since")

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// old reports whether a was published before opt.Since.
func (r *run) old(a *corpus.Article) bool {
	if r.opt.Since.IsZero() || a.Published == "" {
		return false
	}
	t, err := time.Parse("2006-01-02", a.Published)
	return err == nil && t.Before(r.opt.Since)
}

// Sites returns the profiles of cfg to crawl: all of them, or the one
// called name.
func Sites(cfg *Config, name string) ([]*Site, error) {
	if name == "" {
		return cfg.Sites, nil
	}
	s, err := cfg.Site(name)
	if err != nil {
		return nil, err
	}
	return []*Site{s}, nil
}
