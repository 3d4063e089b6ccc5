// Command portal serves the crawler's fake news portal (two sites built
// from the sample corpus, with robots.txt, feeds, sitemaps and the usual
// failures) on loopback, and crawls it with `thamluan crawl` so that the
// progress display and the summary can be watched on a terminal:
//
//	go run ./bench/portal                 # crawl into a fresh temporary archive
//	go run ./bench/portal --serve-only    # just serve; prints the config path
//
// With --delay 0 it measures the crawler's pages per second.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/thamluan/thamluan/corpus/crawl/crawltest"
)

func main() {
	data := flag.String("data", "", "archive directory to crawl into (default: a new temporary directory)")
	delay := flag.Float64("crawl-delay", 0.2, "the ministry site's robots.txt Crawl-delay, in seconds (0: none)")
	serveOnly := flag.Bool("serve-only", false, "serve the portal until interrupted, without crawling")
	site := flag.String("site", "", "crawl only this site of the portal: bo (ministry) or bao (newspaper)")
	flag.Parse()
	p, err := crawltest.Start(crawltest.Options{CrawlDelay: *delay, Hang: 3 * time.Second, MaxBody: 1 << 20})
	if err != nil {
		log.Fatal(err)
	}
	defer p.Close()
	dir, err := os.MkdirTemp("", "thamluan-portal-")
	if err != nil {
		log.Fatal(err)
	}
	cfg := filepath.Join(dir, "crawl.json")
	conf := strings.Replace(string(p.Config(0)), "{\n  \"sites\"",
		"{\n  \"timeout\": \"2s\", \"retries\": 1, \"backoff\": \"100ms\", \"max_body\": 1048576,\n  \"sites\"", 1)
	if err := os.WriteFile(cfg, []byte(conf), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "portal: ministry %s, newspaper %s\nconfig: %s\n", p.Ministry.URL, p.News.URL, cfg)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *serveOnly {
		<-ctx.Done()
		return
	}
	if *data == "" {
		*data = filepath.Join(dir, "data")
	}
	start := time.Now()
	args := []string{"run", "./cmd/thamluan", "--data", *data, "crawl", "--allow-private", "--config", cfg}
	if *site != "" {
		args = append(args, "--site", *site)
	}
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("crawl: %v", err)
	}
	fmt.Fprintf(os.Stderr, "crawl took %v (go run included); search it with:\n  go run ./cmd/thamluan --data %s serve --no-sample\n",
		time.Since(start).Round(time.Millisecond), *data)
}
