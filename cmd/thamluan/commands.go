package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	iofs "io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/thamluan/thamluan/bench/gen"
	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/indexer"
	"github.com/thamluan/thamluan/web"
)

// lockStore takes the archive's lock and opens its store; release closes
// the store and lets the lock go. hint says what to do when another
// process holds the archive.
func lockStore(g *global, hint string) (st *corpus.Store, release func(), err error) {
	lock, err := corpus.Lock(g.data)
	if err != nil {
		if hint != "" {
			err = fmt.Errorf("%w (%s)", err, hint)
		}
		return nil, nil, err
	}
	if st, err = corpus.Open(g.data); err != nil {
		lock.Unlock()
		return nil, nil, err
	}
	return st, func() { st.Close(); lock.Unlock() }, nil
}

func runServe(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "serve", "[--addr :8080] [--no-sample] [--crawl-every 6h]", `
Run the web service: search pages for researchers and the JSON API. An
empty archive is first seeded with the project's sample corpus. With
--crawl-every, the configured sites are crawled in the background, one
crawl at a time; the crawl stops with the server.`)
	every := fs.Duration("crawl-every", durationEnv("THAMLUAN_CRAWL_EVERY"), "crawl the configured sites this often, e.g. 6h (0: never; env THAMLUAN_CRAWL_EVERY)")
	crawlPrivate := fs.Bool("crawl-allow-private", false, "let the scheduled crawl reach loopback and private addresses")
	addr := fs.String("addr", envOr("THAMLUAN_ADDR", ":8080"), "listen address (env THAMLUAN_ADDR)")
	noSample := fs.Bool("no-sample", false, "do not seed an empty archive with the sample corpus")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, release, err := lockStore(g, "")
	if err != nil {
		return err
	}
	defer release()
	if !*noSample {
		start := time.Now()
		n, err := ingest.Seed(ctx, st)
		if err != nil {
			return err
		}
		if n > 0 {
			g.log.Info("sample_corpus_imported", "pages", n, "duration", time.Since(start))
		}
	}
	ix, err := indexer.OpenArchiveIndex(ctx, g.data, st)
	if err != nil {
		return err
	}
	defer ix.Close()
	srv, err := web.New(web.Config{Store: st, Index: ix, Logger: g.log})
	if err != nil {
		return err
	}
	hs := &http.Server{
		Addr: *addr, Handler: srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 1 << 20,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	// Writes by other processes (import, crawl) reach the index here. The
	// follower stops before the index closes.
	stopFollowing := ix.Follow(ctx, st, followEvery)
	defer stopFollowing()
	crawlDone := make(chan struct{})
	if *every > 0 {
		go func() {
			defer close(crawlDone)
			crawlEvery(ctx, g, st, *every, *crawlPrivate, g.log)
		}()
	} else {
		close(crawlDone)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	g.log.Info("serving", "url", "http://"+displayAddr(ln.Addr().String()), "data", g.data)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	g.log.Info("shutting_down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = hs.Shutdown(shutdown)
	<-crawlDone // the crawl stops at a safe point before the store closes
	return err
}

func displayAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

func runExtract(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "extract", "[--url URL] FILE", `
Print what thamluan reads from one HTML or text file, as JSON: the article,
its event, the contributions with their speakers, the people, the academies
and the topics. Nothing is stored.`)
	u := fs.String("url", "", "the page's URL (default: the page's canonical link, else file://FILE)")
	arg, err := parseOne(fs, args, "FILE")
	if err != nil {
		return err
	}
	body, err := os.ReadFile(arg)
	if err != nil {
		return err
	}
	a, err := extract.Extract(extract.Input{URL: pageURL(*u, arg, body), Body: body})
	if err != nil {
		return err
	}
	enc := json.NewEncoder(g.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

// pageURL is the URL a local file is archived under: the one given, else
// the page's canonical link, else its file:// URL.
func pageURL(given, file string, body []byte) string {
	if given != "" {
		return given
	}
	if u := extract.CanonicalURL(body); u != "" {
		return u
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	return "file://" + filepath.ToSlash(abs)
}

func runImport(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "import", "FILE|DIR...", `
Archive, extract, store and index local files: .html, .htm and .txt files,
and every such file under the directories given. Importing the same bytes
again changes nothing; a page whose text cannot be read is archived anyway
and reported.`)
	ack := fs.Bool("ack", false, "print \"ok URL\" as each page is committed to the store")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: import needs at least one FILE or DIR", errUsage)
	}
	var files []string
	for _, arg := range fs.Args() {
		err := filepath.WalkDir(arg, func(path string, d iofs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".html", ".htm", ".txt":
				if !d.IsDir() {
					files = append(files, path)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	st, err := corpus.Open(g.data)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	stopIndex, err := followIndex(ctx, g, st)
	if err != nil {
		return err
	}
	defer func() {
		if stopIndex != nil {
			stopIndex()
		}
	}()
	var added, unchanged, failed, contributions int
	for i, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		ct := "text/html"
		if strings.EqualFold(filepath.Ext(f), ".txt") {
			ct = "text/plain; charset=utf-8"
		}
		res, err := ingest.Ingest(ctx, st, ingest.Page{URL: pageURL("", f, body), ContentType: ct, Body: body})
		switch {
		case err != nil && res.OriginalID != 0:
			failed++
			fmt.Fprintf(g.stderr, "%s: archived, not read: %v\n", f, err)
		case err != nil:
			return err
		case res.Unchanged:
			unchanged++
		default:
			added++
			contributions += res.Contributions
		}
		if *ack && err == nil {
			fmt.Fprintf(g.stdout, "ok %s\n", pageURL("", f, body))
		}
		if isTerminal(g.stderr) {
			fmt.Fprintf(g.stderr, "\r[%d/%d] %s", i+1, len(files), progressBar(i+1, len(files), 30))
		}
	}
	if isTerminal(g.stderr) {
		fmt.Fprintln(g.stderr)
	}
	stop := stopIndex
	stopIndex = nil
	if err := stop(); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "imported %d files in %s: %d new or changed articles (%d contributions), %d unchanged, %d archived but unreadable\n",
		len(files), time.Since(start).Round(time.Millisecond), added, contributions, unchanged, failed)
	return nil
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func progressBar(done, total, width int) string {
	n := width * done / max(total, 1)
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func runReindex(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "reindex", "", `
Rebuild the search index from the store, beside the old one, and swap it in
when it is complete. Stop the server first: the index is locked while it
runs.`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, release, err := lockStore(g, "stop the server first")
	if err != nil {
		return err
	}
	defer release()
	start := time.Now()
	docs, err := indexer.Rebuild(ctx, g.data, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "reindexed %d documents in %s\n", docs, time.Since(start).Round(time.Millisecond))
	return nil
}

func runCheck(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "check", "[--repair]", `
Compare the search index with the store: the documents each holds and the
last change applied. Exit status 1 when they differ. With --repair, the
index applies the changes it missed and, if it still differs, is rebuilt
from the store.`)
	repair := fs.Bool("repair", false, "mend the index: apply missed changes, else rebuild it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, release, err := lockStore(g, "a running server reports its state at /readyz")
	if err != nil {
		return err
	}
	defer release()
	ix, err := indexer.Open(filepath.Join(g.data, indexer.Dir))
	if err != nil {
		return err
	}
	defer func() {
		if ix != nil {
			ix.Close()
		}
	}()
	d, err := ix.Check(ctx, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "store: %d documents, change %d\nindex: %d documents, change %d\n", d.StoreDocs, d.StoreSeq, d.IndexDocs, d.IndexSeq)
	if d.OK() {
		fmt.Fprintln(g.stdout, "ok: index and store agree")
		return nil
	}
	if len(d.Missing) > 0 {
		fmt.Fprintf(g.stdout, "missing from index (%d): %s\n", len(d.Missing), firstIDs(d.Missing))
	}
	if len(d.Extra) > 0 {
		fmt.Fprintf(g.stdout, "in index, not in store (%d): %s\n", len(d.Extra), firstIDs(d.Extra))
	}
	if d.StoreSeq != d.IndexSeq {
		fmt.Fprintf(g.stdout, "index is %d changes behind the store\n", d.StoreSeq-d.IndexSeq)
	}
	if !*repair {
		return errDrift
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		return err
	}
	if d, err = ix.Check(ctx, st); err != nil {
		return err
	}
	if d.OK() {
		fmt.Fprintln(g.stdout, "repaired: applied the missed changes; index and store agree")
		return nil
	}
	ix.Close()
	ix = nil
	docs, err := indexer.Rebuild(ctx, g.data, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "repaired: rebuilt the index from the store (%d documents)\n", docs)
	return nil
}

func runReextract(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "reextract", "", `
Run extraction again over every archived original (the newest revision of
each URL), store what it reads now, and report, article by article, what
changed: title, dates, event, contributions added or dropped.`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, release, err := lockStore(g, "stop the server first")
	if err != nil {
		return err
	}
	defer release()
	ix, err := indexer.OpenArchiveIndex(ctx, g.data, st)
	if err != nil {
		return err
	}
	defer ix.Close()
	ids, err := st.NewestOriginals(ctx)
	if err != nil {
		return err
	}
	var read, changed, failed int
	for _, id := range ids {
		d, err := ingest.Reextract(ctx, st, id)
		switch {
		case errors.Is(err, extract.ErrEmpty), errors.Is(err, extract.ErrMojibake), errors.Is(err, extract.ErrBinary):
			failed++
			continue
		case err != nil:
			return err
		}
		read++
		if len(d.Changes) > 0 {
			changed++
			fmt.Fprintf(g.stdout, "%s\n  %s\n", d.URL, strings.Join(d.Changes, "\n  "))
		}
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "re-read %d originals (%d unreadable): %d articles changed\n", read, failed, changed)
	return nil
}

func runBackup(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "backup", "FILE", `
Write a consistent copy of the archive to FILE while the server may be
running: the store (every original and record, the change log) with a
manifest and its checksum. The index is not copied; 'thamluan restore'
rebuilds it.`)
	arg, err := parseOne(fs, args, "FILE")
	if err != nil {
		return err
	}
	st, err := corpus.Open(g.data)
	if err != nil {
		return err
	}
	defer st.Close()
	file := arg
	tmp := file + ".partial"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	start := time.Now()
	m, err := st.Backup(ctx, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "backed up %d articles, %d contributions, %d originals (change %d) to %s in %s; sha256 %s\n",
		m.Counts.Articles, m.Counts.Contributions, m.Counts.Originals, m.LastSeq, file, time.Since(start).Round(time.Millisecond), m.SHA256)
	return nil
}

func runRestore(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "restore", "FILE", `
Restore a backup written by 'thamluan backup' into the data directory, which
must hold no archive yet, check it against its manifest, and rebuild the
search index.`)
	arg, err := parseOne(fs, args, "FILE")
	if err != nil {
		return err
	}
	lock, err := corpus.Lock(g.data)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	f, err := os.Open(arg)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	m, err := corpus.Restore(f, g.data)
	if err != nil {
		return err
	}
	st, err := corpus.Open(g.data)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := indexer.Rebuild(ctx, g.data, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(g.stdout, "restored %d articles, %d contributions (backup of %s) and indexed %d documents in %s\n",
		m.Counts.Articles, m.Counts.Contributions, m.Created.Format("02/01/2006 15:04"), docs, time.Since(start).Round(time.Millisecond))
	return nil
}

func runGen(ctx context.Context, g *global, args []string) error {
	fs := newFlags(g, "gen", "[--count N] [--seed S] DIR", `
Write N generated Vietnamese workshop news pages (HTML, the portal layout of
the sample corpus) into DIR, for load, crash and performance tests. The same
seed gives the same pages.`)
	count := fs.Int("count", 10000, "number of pages")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *count < 0 {
		return fmt.Errorf("%w: gen takes one DIR and a count ≥ 0", errUsage)
	}
	dir := fs.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	gn := gen.New(*seed)
	for i := 0; i < *count; i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p := gn.Page(i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%07d.html", i)), p.HTML, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(g.stdout, "wrote %d pages to %s\n", *count, dir)
	return nil
}

// firstIDs lists the first document ids of a drift report.
func firstIDs(ids []string) string {
	const show = 20
	if len(ids) <= show {
		return strings.Join(ids, " ")
	}
	return strings.Join(ids[:show], " ") + fmt.Sprintf(" … and %d more", len(ids)-show)
}

// parseOne parses a command's flags and its single argument.
func parseOne(fs *flag.FlagSet, args []string, what string) (string, error) {
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	if fs.NArg() != 1 {
		return "", fmt.Errorf("%w: %s takes one %s", errUsage, fs.Name(), what)
	}
	return fs.Arg(0), nil
}
