package main

import (
	"context"
	"fmt"
	"os"
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
