package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/indexer"
)

// metrics are the figures of one engine in one run, by name.
type metrics map[string]float64

// message is a line a child writes on its standard output.
type message struct {
	Event   string  `json:"event"` // "first", "measured", "listening", "done"
	Addr    string  `json:"addr,omitempty"`
	Metrics metrics `json:"metrics,omitempty"`
}

// Phases of a child.
const (
	phaseBuild   = "build"   // index-only: the extracted records into a new index
	phaseE2E     = "e2e"     // thamluan: ingest the pages into a store, then Sync the index
	phaseReindex = "reindex" // thamluan: Rebuild the e2e index from its store
	phaseServe   = "serve"   // open, first query, in-process latencies, then serve HTTP until stdin closes
)

// childMain runs one phase of one engine and reports on stdout.
func childMain(args []string) int {
	fs := flag.NewFlagSet("compare child", flag.ContinueOnError)
	phase := fs.String("phase", "", "build, e2e, reindex or serve")
	name := fs.String("engine", "", "engine")
	work := fs.String("work", "", "directory of the shared pages, documents and queries")
	dir := fs.String("dir", "", "the engine's directory")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	out := json.NewEncoder(os.Stdout)
	emit := func(m message) {
		if err := out.Encode(m); err != nil {
			fmt.Fprintln(os.Stderr, "compare child:", err)
			os.Exit(1)
		}
	}
	s, err := specNamed(*name)
	if err == nil {
		ctx := context.Background()
		switch *phase {
		case phaseBuild:
			err = build(s, *work, *dir, emit)
		case phaseE2E:
			err = endToEnd(ctx, *work, *dir, emit)
		case phaseReindex:
			err = reindex(ctx, *dir, emit)
		case phaseServe:
			err = serve(ctx, s, *work, *dir, emit)
		default:
			err = fmt.Errorf("unknown phase %q", *phase)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "compare child %s %s: %v\n", *name, *phase, err)
		return 1
	}
	return 0
}

// build indexes the shared records into a new index in dir.
func build(s spec, work, dir string, emit func(message)) error {
	c0, w0 := cpuSeconds(), now()
	b, err := s.create(dir)
	if err != nil {
		return err
	}
	n := 0
	err = eachRecord(work, func(r record) error { n++; return b.add(r) })
	if cerr := b.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	emit(message{Event: "done", Metrics: metrics{"build_wall": since(w0), "build_cpu": cpuSeconds() - c0,
		"build_rss": maxRSS(), "index_bytes": float64(dirSize(dir)), "docs": float64(n)}})
	return nil
}

// endToEnd is thamluan's whole path as `thamluan import` takes it: each
// page archived, extracted and stored by ingest.Ingest (one transaction per
// page), the index following the store's change log meanwhile as thamluan
// import does, then brought level with it.
func endToEnd(ctx context.Context, work, dir string, emit func(message)) error {
	c0, w0 := cpuSeconds(), now()
	st, err := corpus.Open(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		return err
	}
	follow := ix.Follow(ctx, st, indexer.BulkFollowEvery)
	err = eachPage(work, func(p page) error {
		_, err := ingest.Ingest(ctx, st, ingest.Page{URL: p.URL, ContentType: contentType, Body: p.HTML, FetchedAt: time.Now()})
		return err
	})
	if err != nil {
		follow()
		ix.Close()
		return err
	}
	stored := since(w0)
	w1 := now()
	if err := follow(); err != nil {
		ix.Close()
		return err
	}
	docs, _ := ix.DocCount()
	if err := ix.Close(); err != nil {
		return err
	}
	m := metrics{"e2e_wall": since(w0), "e2e_cpu": cpuSeconds() - c0, "e2e_store_wall": stored, "e2e_sync_wall": since(w1),
		"e2e_rss": maxRSS(), "e2e_docs": float64(docs)}
	if err := st.Close(); err != nil {
		return err
	}
	index := dirSize(filepath.Join(dir, indexer.Dir))
	m["store_bytes"] = float64(dirSize(dir) - index)
	m["e2e_index_bytes"] = float64(index)
	emit(message{Event: "done", Metrics: m})
	return nil
}

// reindex rebuilds the index of an end-to-end data directory from its
// store, as `thamluan reindex` does.
func reindex(ctx context.Context, dir string, emit func(message)) error {
	st, err := corpus.Open(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	c0, w0 := cpuSeconds(), now()
	if _, err := indexer.Rebuild(ctx, dir, st); err != nil {
		return err
	}
	emit(message{Event: "done", Metrics: metrics{"reindex_wall": since(w0), "reindex_cpu": cpuSeconds() - c0, "reindex_rss": maxRSS()}})
	return nil
}

// serve opens the index and answers its first query (the parent times
// this from the start of the process), measures latencies and unaccented
// queries in process, then serves HTTP on loopback until its standard
// input closes.
func serve(ctx context.Context, s spec, work, dir string, emit func(message)) error {
	qs, err := readQueries(work)
	if err != nil {
		return err
	}
	w0 := now()
	e, err := s.open(dir)
	if err != nil {
		return err
	}
	defer e.close()
	opened := since(w0)
	if _, err := e.search(ctx, classSpeaker, qs.Classes[classSpeaker][0], pageSize); err != nil {
		return err
	}
	emit(message{Event: "first", Metrics: metrics{"open_ms": 1000 * opened, "first_ms": 1000 * since(w0)}})
	m := metrics{}
	if err := latencies(ctx, e, qs, m); err != nil {
		return err
	}
	if err := unaccented(ctx, e, qs, m); err != nil {
		return err
	}
	emit(message{Event: "measured", Metrics: m})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler(e), ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	emit(message{Event: "listening", Addr: ln.Addr().String()})
	io.Copy(io.Discard, bufio.NewReader(os.Stdin)) // until the parent closes it
	sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	anon, file := rssParts()
	emit(message{Event: "done", Metrics: metrics{"serve_rss": maxRSS(), "serve_rss_anon": anon, "serve_rss_file": file}})
	return nil
}
