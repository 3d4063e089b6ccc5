// Command thamluan is an archive and search service for Vietnamese
// workshop and conference papers ("tham luận") and the news that reports
// them.
//
// Usage:
//
//	thamluan [--data DIR] [--log-level LEVEL] COMMAND [ARGS]
//
// Commands:
//
//	serve [--addr :8080] [--no-sample] [--crawl-every 6h]
//	                     run the web service; an empty archive is seeded
//	                     with the project's sample corpus
//	import FILE|DIR...   archive, extract, store and index local HTML or
//	                     text files
//	crawl [--site NAME] [--max N] [--depth D] [--since DATE] [--dry-run] [URL...]
//	                     crawl the sites of DIR/crawl.json (or the built-in
//	                     profiles), or the URLs given on their own hosts
//	extract [--url URL] FILE
//	                     print the extraction of one file as JSON; touches
//	                     no archive
//	reindex              rebuild the search index from the store
//	reextract            run extraction again over every archived original
//	check [--repair]     compare the index with the store; exit status 1
//	                     when they differ; --repair mends the index
//	backup FILE          write a consistent copy of the archive to FILE
//	restore FILE         restore a backup into an empty data directory
//	gen [--count N] DIR  write generated pages for load and crash tests
//	user add NAME --role editor|admin
//	                     add an editor desk account; the password is read
//	                     from standard input (no echo on a terminal)
//	user list|disable NAME|enable NAME|passwd NAME
//	                     list accounts, shut or open one, set a password
//	token create NAME [--label L]
//	                     print a new personal API token, once
//	token list NAME|revoke ID
//	                     list an account's API tokens, revoke one
//
// The archive lives in DIR (default ./data, or $THAMLUAN_DATA): the store
// DIR/archive.db and the index DIR/index.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"
)

// command is a subcommand.
type command struct {
	summary string
	run     func(ctx context.Context, g *global, args []string) error
	// batch marks a command that builds an index and then exits: it
	// trades memory for less time collecting garbage (batchGCPercent).
	batch bool
}

// batchGCPercent is the garbage collector's target for the batch
// commands when GOGC is not set: building segments allocates much that
// dies young, and at 200 a reindex of 10,000 articles took 14% less wall
// time and 16% less CPU than at Go's default of 100, for a peak of 640
// instead of 500 MB (docs/benchmarks.md).
const batchGCPercent = 200

var commands = map[string]command{
	"serve":     {summary: "run the web service (search on http://localhost:8080)", run: runServe},
	"import":    {summary: "archive, extract, store and index local HTML or text files", run: runImport, batch: true},
	"crawl":     {summary: "crawl the configured news sites (or URLs given), politely and resumably", run: runCrawl},
	"extract":   {summary: "print the extraction of one HTML or text file as JSON", run: runExtract},
	"reindex":   {summary: "rebuild the search index from the store", run: runReindex, batch: true},
	"reextract": {summary: "run extraction again over every archived original", run: runReextract, batch: true},
	"check":     {summary: "compare the index with the store (exit 1 on drift; --repair mends it)", run: runCheck},
	"backup":    {summary: "write a consistent copy of the archive to a file, server running or not", run: runBackup},
	"restore":   {summary: "restore a backup into an empty data directory and rebuild the index", run: runRestore, batch: true},
	"gen":       {summary: "write generated workshop news pages for load and crash tests", run: runGen},
	"user":      {summary: "manage editor desk accounts: add, list, disable, enable, passwd", run: runUser},
	"token":     {summary: "manage personal API tokens: create, list, revoke", run: runToken},
}

// global holds the flags shared by every command.
type global struct {
	data   string
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// errUsage marks errors in how the command was called (exit status 2).
var errUsage = errors.New("usage")

// errDrift is returned by check when the index differs from the store.
var errDrift = errors.New("index differs from store")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// run parses the global flags, runs a command and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("thamluan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	g := &global{stdout: stdout, stderr: stderr}
	fs.StringVar(&g.data, "data", envOr("THAMLUAN_DATA", "./data"), "archive directory (env THAMLUAN_DATA)")
	level := fs.String("log-level", envOr("THAMLUAN_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env THAMLUAN_LOG_LEVEL)")
	profile := fs.String("cpuprofile", os.Getenv("THAMLUAN_CPUPROFILE"), "write a CPU profile of the command to this file, for go tool pprof (env THAMLUAN_CPUPROFILE)")
	fs.Usage = func() { usage(fs, stderr) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			fmt.Fprintf(stderr, "thamluan: cpu profile: %v\n", err)
			return 1
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			fmt.Fprintf(stderr, "thamluan: cpu profile: %v\n", err)
			return 1
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(*level)); err != nil {
		fmt.Fprintf(stderr, "thamluan: bad --log-level %q\n", *level)
		return 2
	}
	g.log = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: lv}))
	slog.SetDefault(g.log)
	if fs.NArg() == 0 {
		usage(fs, stderr)
		return 2
	}
	name := fs.Arg(0)
	if name == "help" {
		usage(fs, stdout)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "thamluan: unknown command %q\n\n", name)
		usage(fs, stderr)
		return 2
	}
	if cmd.batch && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
	err := cmd.run(ctx, g, fs.Args()[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "thamluan %s: %v\n", name, err)
		return 2
	case errors.Is(err, errDrift):
		return 1
	default:
		fmt.Fprintf(stderr, "thamluan %s: %v\n", name, err)
		return 1
	}
}

func usage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, "thamluan: archive and search of Vietnamese workshop papers (tham luận).\n\n")
	fmt.Fprintf(w, "Usage: thamluan [--data DIR] COMMAND [ARGS]\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "\nGlobal flags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintf(w, "\nRun 'thamluan COMMAND --help' for a command's flags.\n")
}

// newFlags returns the flag set of a subcommand, writing help to stderr.
func newFlags(g *global, name, args, doc string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(g.stderr)
	fs.Usage = func() {
		fmt.Fprintf(g.stderr, "Usage: thamluan %s %s\n\n%s\n", name, args, strings.TrimSpace(doc))
		if hasFlags(fs) {
			fmt.Fprintf(g.stderr, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// durationEnv reads a duration from the environment; 0 when unset or bad
// (a bad value is reported when the flag default is shown).
func durationEnv(name string) time.Duration {
	d, err := time.ParseDuration(os.Getenv(name))
	if err != nil {
		return 0
	}
	return d
}
