package crawl_test

import (
	"context"
	"errors"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl"
	"github.com/thamluan/thamluan/corpus/crawl/crawltest"
)

// crawlDelay is the Ministry site's robots.txt Crawl-delay in the tests.
const crawlDelay = 100 * time.Millisecond

// setup starts the fake portal and returns it with a store and a crawler
// that reach loopback only.
func setup(t *testing.T) (*crawltest.Portal, *corpus.Store, *crawl.Config) {
	t.Helper()
	p := crawltest.New(t, crawltest.Options{CrawlDelay: crawlDelay.Seconds(), Hang: 5 * time.Second, MaxBody: 1 << 20})
	cfg, err := crawl.ParseConfig(p.Config(0))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Timeout = crawl.Duration(time.Second)
	cfg.Backoff = crawl.Duration(20 * time.Millisecond)
	cfg.Retries = 1
	cfg.MaxBody = 1 << 20
	st, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return p, st, cfg
}

func runCrawl(t *testing.T, ctx context.Context, cfg *crawl.Config, st *corpus.Store, opt crawl.Options) crawl.Stats {
	t.Helper()
	opt.Sites = cfg.Sites
	opt.Control = crawl.LoopbackOnly()
	stats, err := crawl.New(cfg, st).Run(ctx, opt)
	if err != nil && ctx.Err() == nil {
		t.Fatalf("crawl: %v", err)
	}
	return stats
}

// stored returns the id of the article stored under url, 0 when none.
func stored(t *testing.T, st *corpus.Store, url string) int64 {
	t.Helper()
	id, err := st.ArticleByURL(context.Background(), url)
	if errors.Is(err, corpus.ErrNotFound) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func outcome(t *testing.T, st *corpus.Store, url string) string {
	t.Helper()
	s, err := st.CrawlState(context.Background(), url)
	if err != nil {
		return "never queued"
	}
	return s.Outcome
}

func TestCrawlPortal(t *testing.T) {
	p, st, cfg := setup(t)
	ctx := context.Background()
	start := time.Now()
	stats := runCrawl(t, ctx, cfg, st, crawl.Options{})
	t.Logf("first crawl in %v: %s", time.Since(start).Round(time.Millisecond), stats)

	articles := 0
	for _, site := range []*crawltest.Site{p.Ministry, p.News} {
		e := site.Expect
		for _, list := range [][]string{e.Articles, e.Flaky, e.Slow, e.Legacy} {
			for _, path := range list {
				articles++
				if stored(t, st, site.URL+path) == 0 {
					t.Errorf("%s: not stored as an article (outcome %s)", path, outcome(t, st, site.URL+path))
				}
			}
		}
		for _, path := range e.OffTopic {
			if id := stored(t, st, site.URL+path); id != 0 {
				t.Errorf("off-topic %s stored as article %d", path, id)
			}
			if got := outcome(t, st, site.URL+path); got != crawl.OutcomeOffTopic {
				t.Errorf("off-topic %s: outcome %s", path, got)
			}
			if _, err := st.LatestOriginal(ctx, site.URL+path); err != nil {
				t.Errorf("off-topic %s not archived: %v", path, err)
			}
		}
		for _, list := range [][]string{e.Failing, e.Timeout, e.RedirectLoop, e.TooBig} {
			for _, path := range list {
				if id := stored(t, st, site.URL+path); id != 0 {
					t.Errorf("failing %s stored as article %d", path, id)
				}
				if got := outcome(t, st, site.URL+path); got != crawl.OutcomeFailed {
					t.Errorf("failing %s: outcome %s", path, got)
				}
			}
		}
		for _, path := range e.Disallowed {
			if got := outcome(t, st, site.URL+path); got != crawl.OutcomeRobots {
				t.Errorf("disallowed %s: outcome %s", path, got)
			}
		}
		requested := map[string]bool{}
		for _, r := range site.Requests() {
			requested[r.Path] = true
			if !strings.HasPrefix(r.Header.Get("User-Agent"), "thamluan/") {
				t.Errorf("%s requested with User-Agent %q", r.Path, r.Header.Get("User-Agent"))
			}
		}
		for _, path := range e.Disallowed {
			if requested[path] {
				t.Errorf("disallowed %s was requested", path)
			}
		}
		for _, d := range e.Duplicates {
			// The same page under tracking parameters is one URL to the
			// crawler; the same bytes under another path, one article.
			other, _ := crawl.Canonical(site.URL+d[1], nil)
			a, b := stored(t, st, site.URL+d[0]), stored(t, st, other.String())
			if a == 0 || a != b {
				t.Errorf("duplicate %s and %s: articles %d and %d, want one", d[0], d[1], a, b)
			}
		}
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != articles {
		t.Errorf("%d articles stored, want exactly %d", c.Articles, articles)
	}
	if stats.New != articles || stats.Robots != len(p.Ministry.Expect.Disallowed) {
		t.Errorf("stats %s: want %d new, %d skipped by robots", stats, articles, len(p.Ministry.Expect.Disallowed))
	}
	// The Ministry asks for a Crawl-delay: no two requests closer than it,
	// as the site measures them.
	reqs := p.Ministry.Requests()
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].At.Sub(reqs[i-1].At); gap < crawlDelay {
			t.Errorf("requests %s and %s %v apart, want at least the %v Crawl-delay", reqs[i-1].Path, reqs[i].Path, gap, crawlDelay)
		}
	}

	// A second crawl after two pages changed: conditional requests for
	// every article, nothing unchanged downloaded again.
	p.Ministry.Change()
	p.News.Change()
	p.Ministry.ResetRequests()
	p.News.ResetRequests()
	stats = runCrawl(t, ctx, cfg, st, crawl.Options{})
	t.Logf("second crawl: %s", stats)
	changing := len(p.Ministry.Expect.Changing) + len(p.News.Expect.Changing)
	if stats.New != 0 || stats.Changed != changing {
		t.Errorf("second crawl %s: want 0 new, %d changed", stats, changing)
	}
	for _, site := range []*crawltest.Site{p.Ministry, p.News} {
		isArticle := map[string]bool{}
		for _, list := range [][]string{site.Expect.Articles, site.Expect.Flaky, site.Expect.Slow, site.Expect.Legacy} {
			for _, path := range list {
				isArticle[path] = true
			}
		}
		changed := map[string]bool{}
		for _, path := range site.Expect.Changing {
			changed[path] = true
		}
		for _, r := range site.Requests() {
			if !isArticle[r.Path] {
				continue
			}
			if r.Header.Get("If-None-Match") == "" && r.Header.Get("If-Modified-Since") == "" {
				t.Errorf("second crawl requested %s without a validator", r.Path)
			}
			if want := http.StatusNotModified; !changed[r.Path] && r.Status != want {
				t.Errorf("second crawl: unchanged %s answered %d, want %d", r.Path, r.Status, want)
			}
		}
		for _, path := range site.Expect.Changing {
			a, err := st.Article(ctx, stored(t, st, site.URL+path))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Body, "Cập nhật lần 1") {
				t.Errorf("changed page %s: the stored article does not have the new paragraph", path)
			}
		}
	}
}

// TestCrawlResumes stops a crawl half-way, as a kill would, and checks that
// the next run goes on from the frontier in the store: nothing the first
// run recorded is fetched again.
func TestCrawlResumes(t *testing.T) {
	p, st, cfg := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	stats := runCrawl(t, ctx, cfg, st, crawl.Options{Progress: func(s crawl.Stats) {
		if s.New >= 15 {
			cancel()
		}
	}})
	if ctx.Err() == nil {
		t.Fatalf("the crawl ended before it could be stopped: %s", stats)
	}
	runs, err := st.CrawlRuns(context.Background(), 5)
	if err != nil || len(runs) != 1 || !runs[0].FinishedAt.IsZero() {
		t.Fatalf("after the stop: runs %+v, %v; want one unfinished run", runs, err)
	}
	run := runs[0].ID
	var done []string
	for _, site := range []*crawltest.Site{p.Ministry, p.News} {
		for _, path := range site.Paths() {
			if s, err := st.CrawlState(context.Background(), site.URL+path); err == nil && s.VisitedRun == run {
				done = append(done, path)
			}
		}
		site.ResetRequests()
	}
	if len(done) < 15 {
		t.Fatalf("only %d URLs recorded before the stop", len(done))
	}
	second := runCrawl(t, context.Background(), cfg, st, crawl.Options{})
	for _, site := range []*crawltest.Site{p.Ministry, p.News} {
		again := map[string]bool{}
		for _, r := range site.Requests() {
			again[r.Path] = true
		}
		for _, path := range done {
			if again[path] && path != "/robots.txt" {
				t.Errorf("resumed crawl fetched %s again", path)
			}
		}
	}
	runs, _ = st.CrawlRuns(context.Background(), 5)
	if len(runs) != 1 || runs[0].FinishedAt.IsZero() {
		t.Errorf("the resumed crawl did not finish the same run: %+v", runs)
	}
	total := stats.New + second.New
	want := 0
	for _, site := range []*crawltest.Site{p.Ministry, p.News} {
		want += len(site.Expect.Articles) + len(site.Expect.Flaky) + len(site.Expect.Slow) + len(site.Expect.Legacy)
	}
	if c, _ := st.Counts(context.Background()); c.Articles != want || total != want {
		t.Errorf("after resuming: %d articles, %d new over both runs; want %d", c.Articles, total, want)
	}
}

// TestDryRunWritesNothing crawls with --dry-run: the store stays empty.
func TestDryRunWritesNothing(t *testing.T) {
	_, st, cfg := setup(t)
	stats := runCrawl(t, context.Background(), cfg, st, crawl.Options{DryRun: true, Max: 12})
	if stats.Fetched == 0 || stats.Fetched > 12 {
		t.Errorf("dry run fetched %d pages, want 1..12", stats.Fetched)
	}
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if c.Originals != 0 || c.Articles != 0 {
		t.Errorf("dry run wrote %d originals and %d articles", c.Originals, c.Articles)
	}
	if runs, _ := st.CrawlRuns(context.Background(), 1); len(runs) != 0 {
		t.Errorf("dry run recorded runs: %+v", runs)
	}
}

// TestOneBadSiteDoesNotStopOthers crawls a site whose host refuses
// connections beside a working one.
func TestOneBadSiteDoesNotStopOthers(t *testing.T) {
	p, st, cfg := setup(t)
	raw := `{"sites":[{"name":"dead","start":["http://127.0.0.1:1/tin-tuc"]}]}`
	deadCfg, err := crawl.ParseConfig([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	news, err := cfg.Site("bao")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Sites = []*crawl.Site{deadCfg.Sites[0], news}
	stats := runCrawl(t, context.Background(), cfg, st, crawl.Options{})
	if stats.Failed == 0 {
		t.Errorf("the dead site did not count as a failure: %s", stats)
	}
	for _, path := range p.News.Expect.Articles {
		if stored(t, st, p.News.URL+path) == 0 {
			t.Errorf("%s not stored while another site was down", path)
		}
	}
	failures, err := st.CrawlFailures(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, f := range failures {
		urls = append(urls, f.URL)
		if f.Error == "" {
			t.Errorf("failure %s has no error for the editor", f.URL)
		}
	}
	sort.Strings(urls)
	if len(urls) == 0 || !strings.Contains(strings.Join(urls, " "), "127.0.0.1:1/") {
		t.Errorf("failures %q do not list the dead site", urls)
	}
}

// TestSince skips articles published before --since: archived, not stored.
func TestSince(t *testing.T) {
	p, st, cfg := setup(t)
	news, err := cfg.Site("bao")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Sites = []*crawl.Site{news}
	since := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	stats := runCrawl(t, context.Background(), cfg, st, crawl.Options{Since: since})
	if stats.New != 0 || stats.Old == 0 {
		t.Errorf("crawl since 2100: %s, want nothing new and every article old", stats)
	}
	if c, _ := st.Counts(context.Background()); c.Articles != 0 || c.Originals == 0 {
		t.Errorf("crawl since 2100: %d articles, %d originals; want none stored, all archived", c.Articles, c.Originals)
	}
	if got := outcome(t, st, p.News.URL+p.News.Expect.Articles[0]); got != crawl.OutcomeOld {
		t.Errorf("an article before --since: outcome %s, want old", got)
	}
}
