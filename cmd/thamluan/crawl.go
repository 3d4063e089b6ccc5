package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/crawl"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/indexer"
)

func runCrawl(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "crawl", "[--site NAME] [--max N] [--depth D] [--since DATE] [--dry-run] [URL...]", `
Crawl the sites of the crawl config (DIR/crawl.json, else the built-in
profiles of a ministry portal, a police academy and a newspaper), or the
URLs given, on their own hosts only, following links to --depth. Every
response is archived; new and changed pages are read into the store and
indexed. robots.txt and Crawl-delay are honoured. A crawl stopped at any
moment resumes where it was the next time.`)
	site := fs.String("site", "", "crawl only the site of the config with this name")
	maxN := fs.Int("max", 0, "stop after this many requests (0: no limit)")
	depth := fs.Int("depth", 2, "for URLs given: how many links deep to follow")
	since := fs.String("since", "", "skip articles published before this date (2023-07-14 or 14/07/2023)")
	dry := fs.Bool("dry-run", false, "fetch and read, but write nothing to the archive")
	config := fs.String("config", envOr("THAMLUAN_CRAWL_CONFIG", ""), "crawl config file (default DIR/crawl.json; env THAMLUAN_CRAWL_CONFIG)")
	private := fs.Bool("allow-private", false, "allow loopback and private addresses (a site on your own network or a local test portal)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := crawlConfig(g, *config)
	if err != nil {
		return err
	}
	opt := crawl.Options{Max: *maxN, DryRun: *dry, Log: g.log}
	if *private {
		opt.Control = crawl.AnyHost()
	}
	if *since != "" {
		d := extract.ParseDate(*since)
		if d == "" {
			return fmt.Errorf("%w: --since %q is not a date (2023-07-14 or 14/07/2023)", errUsage, *since)
		}
		opt.Since, _ = time.Parse("2006-01-02", d)
	}
	if fs.NArg() > 0 {
		if *site != "" {
			return fmt.Errorf("%w: give --site or URLs, not both", errUsage)
		}
		s, err := crawl.AdHoc(fs.Args(), *depth)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		opt.Sites = []*crawl.Site{s}
	} else if opt.Sites, err = crawl.Sites(cfg, *site); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if !*dry {
		lock, err := corpus.LockCrawl(g.data)
		if err != nil {
			return err
		}
		defer lock.Unlock()
	}
	st, err := corpus.Open(g.data)
	if err != nil {
		return err
	}
	defer st.Close()
	var bar *progressbar.ProgressBar
	if isTerminal(g.stderr) {
		bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(g.stderr), progressbar.OptionSetDescription("crawl"),
			progressbar.OptionShowCount(), progressbar.OptionSpinnerType(14), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(), progressbar.OptionSetItsString("pages"))
		last := 0
		opt.Progress = func(s crawl.Stats) {
			bar.Describe(fmt.Sprintf("fetched %d · new %d · changed %d · unchanged %d · robots %d · off topic %d · failed %d",
				s.Fetched, s.New, s.Changed, s.Unchanged, s.Robots, s.OffTopic, s.Failed))
			if s.Fetched > last {
				bar.Add(s.Fetched - last)
				last = s.Fetched
			}
		}
	}
	var target *corpus.Store
	if !*dry {
		target = st
	}
	start := time.Now()
	stats, err := crawl.New(cfg, target).Run(ctx, opt)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(g.stderr)
	}
	g.log.Info("crawl_done", "summary", stats.String(), "duration", time.Since(start).Round(time.Millisecond),
		"queued", stats.Queued, "dry_run", *dry)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("crawl stopped (%s); run it again to resume", stats)
		}
		return err
	}
	fmt.Fprintf(g.stdout, "crawled in %s: %s\n", time.Since(start).Round(time.Millisecond), stats)
	if stats.Fetched == 0 && stats.Failed > 0 {
		return fmt.Errorf("crawl: nothing could be fetched (%d failures; see the log above)", stats.Failed)
	}
	if *dry {
		return nil
	}
	return syncIndex(ctx, g, st)
}

// syncIndex brings the index up to the store, unless a running server
// holds the archive: it indexes new records within a second.
func syncIndex(ctx context.Context, g *global, st *corpus.Store) error {
	stop, err := followIndex(ctx, g, st)
	if err != nil {
		return err
	}
	return stop()
}

// followIndex opens the archive's index and keeps it following the store
// in the background while the caller writes records: the
// store's writes and the index's run on different cores. stop ends the
// following, applies what is left, and closes the index. When
// a running server holds the archive, nothing is opened: the server
// indexes the new records, and stop says so.
func followIndex(ctx context.Context, g *global, st *corpus.Store) (stop func() error, err error) {
	lock, err := corpus.Lock(g.data)
	if errors.Is(err, corpus.ErrLocked) {
		return func() error {
			fmt.Fprintf(g.stdout, "%v: the running server indexes the new records\n", err)
			return nil
		}, nil
	}
	if err != nil {
		return nil, err
	}
	ix, err := indexer.OpenArchiveIndex(ctx, g.data, st)
	if err != nil {
		lock.Unlock()
		return nil, err
	}
	before, _ := ix.DocCount()
	follow := ix.Follow(ctx, st, indexer.BulkFollowEvery)
	return func() error {
		defer lock.Unlock()
		err := follow()
		after, _ := ix.DocCount()
		if cerr := ix.Close(); err == nil {
			err = cerr
		}
		// A bulk run that at least doubled the index ends compacted:
		// fewer segments, faster queries (indexer.Compact).
		if err == nil && after >= 2*before && after > before {
			err = indexer.CompactDir(ctx, ix.Path())
		}
		return err
	}, nil
}

// followEvery is how often a server applies the store's new changes to
// the index: an editor's save is searchable within a second.
const followEvery = time.Second

// crawlConfig reads the crawl config: the file given, else DIR/crawl.json,
// else the built-in profiles.
func crawlConfig(g *global, path string) (*crawl.Config, error) {
	if path != "" {
		return crawl.LoadConfig(path)
	}
	path = filepath.Join(g.data, crawl.ConfigFile)
	if _, err := os.Stat(path); err == nil {
		return crawl.LoadConfig(path)
	}
	g.log.Debug("crawl_config_default", "missing", path)
	return crawl.DefaultConfig(), nil
}

// crawlEvery runs a crawl of every configured site each interval, one at a
// time, until ctx ends; the crawl in progress then stops at a safe point.
func crawlEvery(ctx context.Context, g *global, st *corpus.Store, every time.Duration, private bool, log *slog.Logger) {
	var control crawl.Control
	if private {
		control = crawl.AnyHost()
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		cfg, err := crawlConfig(g, envOr("THAMLUAN_CRAWL_CONFIG", ""))
		if err != nil {
			log.Error("crawl_config", "err", err)
			continue
		}
		lock, err := corpus.LockCrawl(g.data)
		if err != nil {
			log.Warn("crawl_skipped", "err", err)
			continue
		}
		start := time.Now()
		stats, err := crawl.New(cfg, st).Run(ctx, crawl.Options{Sites: cfg.Sites, Log: log, Control: control})
		lock.Unlock()
		if err != nil && ctx.Err() == nil {
			log.Error("crawl_failed", "err", err)
		}
		log.Info("crawl_done", "summary", stats.String(), "duration", time.Since(start).Round(time.Millisecond))
	}
}
