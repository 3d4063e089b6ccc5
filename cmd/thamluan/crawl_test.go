package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl/crawltest"
	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/search"
)

// TestCrawlCommand runs `thamluan crawl` against the fake portal and finds
// a crawled speaker in search, typed without diacritics.
func TestCrawlCommand(t *testing.T) {
	p := crawltest.New(t, crawltest.Options{Hang: 2 * time.Second, MaxBody: 1 << 20})
	data := t.TempDir()
	cfg := filepath.Join(t.TempDir(), "crawl.json")
	// The command's own timeouts, short for the portal's hanging page.
	b := strings.Replace(string(p.Config(0)), "{\n  \"sites\"", "{\n  \"timeout\": \"1s\", \"retries\": 1, \"backoff\": \"20ms\", \"max_body\": 1048576,\n  \"sites\"", 1)
	if err := os.WriteFile(cfg, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd(t, "--data", data, "crawl", "--config", cfg); code == 0 || !strings.Contains(errs, "not a public internet address") {
		t.Errorf("crawl of loopback without --allow-private: exit %d, want refused addresses: %s", code, errs)
	}
	e := p.News.Expect
	want := fmt.Sprintf("new %d,", len(e.Articles)+len(e.Flaky)+len(e.Slow)+len(e.Legacy))
	code, out, errs := runCmd(t, "--data", data, "crawl", "--allow-private", "--config", cfg, "--site", "bao")
	if code != 0 || !strings.Contains(out, "crawled in") || !strings.Contains(out, want) {
		t.Fatalf("crawl: exit %d: %s %s", code, out, errs)
	}
	if !strings.Contains(errs, "crawl_done") {
		t.Errorf("no summary log line: %s", errs)
	}
	if code, _, errs := runCmd(t, "--data", data, "crawl", "--site", "nowhere", "--config", cfg); code != 2 {
		t.Errorf("unknown site: exit %d, want 2: %s", code, errs)
	}
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 0 {
		t.Errorf("check after crawl: exit %d: %s", code, out)
	}

	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	id, err := st.ArticleByURL(ctx, p.News.URL+p.News.Expect.Articles[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, id)
	if err != nil || len(a.Contributions) == 0 || a.Contributions[0].Speaker == nil {
		t.Fatalf("crawled article %d: %v, %+v", id, err, a)
	}
	name := a.Contributions[0].Speaker.Name
	ix, err := indexer.Open(filepath.Join(data, indexer.Dir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := search.New(ix).Search(ctx, search.Request{Q: vi.Fold(name), Kind: indexer.KindContribution})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range res.Hits {
		found = found || h.Speaker == name && h.ArticleID == id
	}
	if !found {
		t.Errorf("search %q: the crawled contribution of %s is not among %d hits", vi.Fold(name), name, res.Total)
	}
}

// TestKilledCrawl kills `thamluan crawl` with SIGKILL half-way through the
// fake portal, crawls again, and checks that the second crawl resumed the
// same run: nothing the killed one had recorded was fetched again, and
// every on-topic page ends in the store.
func TestKilledCrawl(t *testing.T) {
	if args := os.Getenv("THAMLUAN_CRAWL_ARGS"); args != "" {
		os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	p := crawltest.New(t, crawltest.Options{Hang: 2 * time.Second, MaxBody: 1 << 20})
	data := t.TempDir()
	cfg := filepath.Join(t.TempDir(), "crawl.json")
	b := strings.Replace(string(p.Config(0)), "{\n  \"sites\"", "{\n  \"timeout\": \"1s\", \"retries\": 1, \"backoff\": \"20ms\", \"max_body\": 1048576, \"concurrency\": 2,\n  \"sites\"", 1)
	if err := os.WriteFile(cfg, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--data", data, "--log-level", "error", "crawl", "--allow-private", "--config", cfg, "--site", "bao"}
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledCrawl$")
	cmd.Env = append(os.Environ(), "THAMLUAN_CRAWL_ARGS="+strings.Join(args, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for len(p.News.Requests()) < 15 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	first := len(p.News.Requests())

	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	runs, err := st.CrawlRuns(context.Background(), 5)
	if err != nil || len(runs) != 1 || !runs[0].FinishedAt.IsZero() {
		st.Close()
		t.Fatalf("after the kill: runs %+v, %v; want one unfinished run", runs, err)
	}
	var done []string
	for _, path := range p.News.Paths() {
		if s, err := st.CrawlState(context.Background(), p.News.URL+path); err == nil && s.VisitedRun == runs[0].ID {
			done = append(done, path)
		}
	}
	st.Close()
	if len(done) == 0 {
		t.Fatalf("the killed crawl recorded nothing in %d requests", first)
	}
	p.News.ResetRequests()
	if code, out, errs := runCmd(t, "--data", data, "crawl", "--allow-private", "--config", cfg, "--site", "bao"); code != 0 {
		t.Fatalf("crawl after the kill: exit %d: %s %s", code, out, errs)
	}
	again := map[string]bool{}
	for _, r := range p.News.Requests() {
		again[r.Path] = true
	}
	for _, path := range done {
		if again[path] && path != "/robots.txt" {
			t.Errorf("the resumed crawl fetched %s again", path)
		}
	}
	t.Logf("killed after %d requests with %d URLs recorded; the resumed crawl made %d requests", first, len(done), len(p.News.Requests()))
	st, err = corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := p.News.Expect
	for _, list := range [][]string{e.Articles, e.Flaky, e.Slow, e.Legacy} {
		for _, path := range list {
			if _, err := st.ArticleByURL(context.Background(), p.News.URL+path); err != nil {
				t.Errorf("%s not stored after the resumed crawl: %v", path, err)
			}
		}
	}
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 0 {
		t.Errorf("check after the killed and resumed crawl: exit %d: %s", code, out)
	}
}

// TestServeCrawlsOnSchedule runs the server with --crawl-every against the
// fake portal: the crawled articles reach the store and the index while it
// serves, and the server stops cleanly with a crawl under way.
func TestServeCrawlsOnSchedule(t *testing.T) {
	p := crawltest.New(t, crawltest.Options{Hang: 2 * time.Second, MaxBody: 1 << 20})
	data := t.TempDir()
	cfg := filepath.Join(data, "crawl.json")
	b := strings.Replace(string(p.Config(0)), "{\n  \"sites\"", "{\n  \"timeout\": \"1s\", \"retries\": 1, \"backoff\": \"20ms\", \"max_body\": 1048576,\n  \"sites\"", 1)
	if err := os.WriteFile(cfg, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var errs lockedBuffer
	go func() {
		done <- run(ctx, []string{"--data", data, "serve", "--addr", "127.0.0.1:0", "--no-sample",
			"--crawl-every", "200ms", "--crawl-allow-private"}, io.Discard, &errs)
	}()
	want := p.News.URL + p.News.Expect.Articles[0]
	deadline := time.Now().Add(60 * time.Second)
	for {
		if strings.Contains(errs.String(), "crawl_done") {
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no scheduled crawl finished: %s", errs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.ArticleByURL(context.Background(), want)
	st.Close()
	if err != nil {
		t.Errorf("the scheduled crawl did not store %s: %v", want, err)
	}
	start := time.Now()
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("server exit %d: %s", code, errs.String())
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the server took %v to stop with a crawl running", d)
	}
}
