// Command compare measures thamluan beside its alternatives on the same
// machine, in the same run, over the same generated documents and the same
// queries, and prints one markdown table.
//
//	go run ./bench/compare -n 10000 -runs 3 -out docs/bench-compare-10k.md
//
// The engines (-engines, comma-separated, default all):
//
//	thamluan  the indexer and search packages: Vietnamese analyzers,
//	          folded and exact fields, facets, snippets, rescoring
//	bleve     bleve with the standard analyzer and a lean mapping (the
//	          same text fields, keyword fields for facets, no _all)
//	fts5      SQLite FTS5 (modernc.org/sqlite), unicode61 remove_diacritics 2,
//	          facets counted with GROUP BY on a side table
//	fts5d     the same with đ folded to d before indexing and querying
//
// Flags:
//
//	-n N              articles to generate (default 10000)
//	-runs R           runs; each figure is the median (default 5)
//	-out FILE         also write the table to FILE
//	-engines LIST     a subset of the engines
//	-http-seconds S   seconds of HTTP load per engine and connection count (default 5)
//	-queries Q        queries per class, in process (default 100)
//	-work DIR         where the indexes are built (default a temporary directory)
//
// Generation and extraction run once, before any engine, and every engine
// is fed the same extracted records. Each engine then builds, and later
// serves, in a child process of this binary, so its peak RSS is its own.
// Every HTTP request goes to 127.0.0.1.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// childEnv marks a child process: it runs one phase of one engine.
const childEnv = "THAMLUAN_COMPARE_CHILD"

func main() {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain(os.Args[1:]))
	}
	var cfg config
	flag.IntVar(&cfg.N, "n", 10000, "articles to generate")
	flag.IntVar(&cfg.Runs, "runs", 3, "runs; each figure is the median")
	flag.StringVar(&cfg.Out, "out", "", "also write the table to this file")
	engines := flag.String("engines", strings.Join(engineNames(), ","), "engines to measure, comma-separated")
	flag.Float64Var(&cfg.HTTPSeconds, "http-seconds", 5, "seconds of HTTP load per engine and connection count")
	flag.IntVar(&cfg.Queries, "queries", 100, "queries per class, in process")
	flag.StringVar(&cfg.Work, "work", "", "directory for the indexes (default a temporary directory)")
	flag.Parse()
	cfg.Engines = strings.Split(*engines, ",")
	cfg.Progress = os.Stderr
	rep, err := run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	table := rep.table()
	fmt.Print(table)
	if cfg.Out != "" {
		if err := os.WriteFile(cfg.Out, []byte(table), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
	}
}

// since returns the seconds elapsed since t.
func since(t time.Time) float64 { return time.Since(t).Seconds() }
