package main

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/thamluan/thamluan/indexer"
)

// row is a line of the table: one figure, or three (p50 / p95 / p99).
type row struct {
	label string
	keys  []string
}

func latencyKeys(prefix string) []string {
	return []string{prefix + "p50", prefix + "p95", prefix + "p99"}
}

// rows are the table's lines, in order.
func rows() []row {
	rs := []row{
		{"End-to-end ingest, articles/s (wall) ¹", []string{"e2e_rate"}},
		{"End-to-end ingest, articles per CPU-second ¹", []string{"e2e_rate_cpu"}},
		{"End-to-end ingest, s: storing (index following) / index catching up after", []string{"e2e_store_wall", "e2e_sync_wall"}},
		{"Index only, articles/s (wall)", []string{"build_rate"}},
		{"Index only, articles per CPU-second", []string{"build_rate_cpu"}},
		{"Index size, MB", []string{"index_mb"}},
		{"Store size, MB ²", []string{"store_mb"}},
		{"Peak RSS, index only, MB", []string{"build_rss_mb"}},
		{"Peak RSS, end-to-end ingest, MB", []string{"e2e_rss_mb"}},
		{"Peak RSS, serving, MB ³", []string{"serve_rss_mb"}},
		{"RSS at the end of serving: anonymous / file-backed, MB ³", []string{"serve_anon_mb", "serve_file_mb"}},
		{"Cold start to first answer, ms ⁴", []string{"cold_ms"}},
		{"Reindex, s ⁵", []string{"reindex_s"}},
	}
	for _, c := range classes {
		rs = append(rs, row{"In process, " + c + ", p50 / p95 / p99 ms ⁶", latencyKeys("lat/" + c + "/")})
	}
	rs = append(rs,
		row{"HTTP, 1 connection, requests/s ⁷", []string{"http1_rps"}},
		row{"HTTP, 1 connection, p50 / p95 / p99 ms", latencyKeys("http1_")},
		row{"HTTP, 16 connections, requests/s", []string{"http16_rps"}},
		row{"HTTP, 16 connections, p50 / p95 / p99 ms", latencyKeys("http16_")},
		row{"HTTP failed requests", []string{"http_errors"}},
		row{"Queries with hits, % (speaker / unaccented speaker / academy / topic / words)",
			[]string{"hits/" + classSpeaker, "hits/" + classFolded, "hits/" + classAcademy, "hits/" + classTopic, "hits/" + classWords}},
		row{"Zero-hit rate of unaccented queries, % ⁸", []string{"zero_hit"}},
		row{"Recall of unaccented queries (top-10 overlap), % ⁸", []string{"recall"}},
		row{"Recall of unaccented queries (accented top 10 within unaccented top 50), % ⁸", []string{"recall_deep"}},
	)
	return rs
}

// ratioless are rows whose ratio says nothing.
var ratioless = map[string]bool{"http_errors": true}

// number formats a figure with about three significant digits.
func number(v float64) string {
	switch a := math.Abs(v); {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return "—"
	case a >= 100:
		return fmt.Sprintf("%.0f", v)
	case a >= 10:
		return fmt.Sprintf("%.1f", v)
	case a >= 1 || a == 0:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.3f", v)
	}
}

func (r report) cell(engine string, keys []string) string {
	var parts []string
	any := false
	for _, k := range keys {
		v, ok := r.median[engine][k]
		if ok {
			any = true
			parts = append(parts, number(v))
		} else {
			parts = append(parts, "—")
		}
	}
	if !any {
		return "—"
	}
	return strings.Join(parts, " / ")
}

func (r report) ratio(peer string, keys []string) string {
	var parts []string
	any := false
	for _, k := range keys {
		a, okA := r.median["thamluan"][k]
		b, okB := r.median[peer][k]
		if okA && okB && b != 0 && !ratioless[k] {
			any = true
			parts = append(parts, fmt.Sprintf("%.2f", a/b))
		} else {
			parts = append(parts, "—")
		}
	}
	if !any {
		return "—"
	}
	return strings.Join(parts, " / ")
}

// table renders the report as markdown: a header line, the table, notes.
func (r report) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Machine: %s. %s. Date: %s. Commit: %s.\n", machine(), runtime.Version(),
		time.Now().UTC().Format("2006-01-02 15:04 MST"), commit())
	fmt.Fprintf(&b, "%d articles (`bench/gen`, seed %d) → %d index documents; median of %d run(s); %d queries per class in process; %g s of HTTP load per engine and connection count. Harness wall time %s.\n\n",
		r.prep.Articles, seed, r.prep.Docs, r.cfg.Runs, r.cfg.Queries, r.cfg.HTTPSeconds, r.elapsed.Round(time.Second))
	var peers []spec
	hasThamluan := false
	b.WriteString("| metric |")
	for _, s := range r.engines {
		fmt.Fprintf(&b, " %s |", s.label)
		if s.name == "thamluan" {
			hasThamluan = true
		} else {
			peers = append(peers, s)
		}
	}
	if !hasThamluan {
		peers = nil
	}
	for _, p := range peers {
		fmt.Fprintf(&b, " thamluan ÷ %s |", p.label)
	}
	b.WriteString("\n|---|")
	for range len(r.engines) + len(peers) {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, row := range rows() {
		fmt.Fprintf(&b, "| %s |", row.label)
		for _, s := range r.engines {
			fmt.Fprintf(&b, " %s |", r.cell(s.name, row.keys))
		}
		for _, p := range peers {
			fmt.Fprintf(&b, " %s |", r.ratio(p.name, row.keys))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, `
Ratios are thamluan's figure divided by the peer's: above 1 thamluan's
figure is larger (better for rates, worse for times, sizes and memory).

1. thamluan: ingest.Ingest of every page into a real store (original
   archived, extracted, stored, one SQLite transaction per page with
   synchronous=FULL), the index following the change log every %s
   meanwhile, as thamluan import does, then caught up. Peers
   have no extractor and no store: their figure is the extraction, measured
   once (%.1f s wall, %.1f s CPU for the %d pages), plus their own
   index-only build.
2. thamluan's archive: originals, records and change log. The peers keep
   nothing but their index. The FTS5 đ→d peer stores the folded text, so
   its titles and snippets show d for đ; a display copy would cost it a
   side table.
3. The serving process after the in-process queries and both HTTP loads.
   Anonymous memory is the heap and stacks; file-backed is mapped files
   (bleve's mmapped segments, SQLite's when it maps), pages the kernel
   may drop under pressure and read again from the page cache or disk.
4. From starting the process to the first answer (open the index, one
   speaker query), with the page cache warm from the build.
5. thamluan: indexer.Rebuild from the store (as `+"`thamluan reindex`"+`).
   The peers have no store to rebuild from: their figure is their
   index-only build.
6. One query at a time. Every engine computes facets only in the facets
   class (thamluan: five, with search.Request.NoFacets elsewhere);
   thamluan makes the snippets of the page and rescores a window of 100
   hits in every class, the peers make snippets only in the highlight
   class.
7. The classes mixed, each engine behind the same net/http JSON handler
   on 127.0.0.1, the load generator in the parent process on the same
   machine.
8. Over the speaker, academy, topic and word queries whose accented form
   has hits (of %d pairs): the share whose unaccented form (corpus/vi Fold:
   no marks, đ as d) has none; the share of the accented form's first ten
   hits among the unaccented form's first ten; and among its first fifty,
   which forgives an order that differs (thamluan ranks the exact spelling
   first when diacritics are typed, so the two forms order a large result
   set differently).
`, indexer.BulkFollowEvery, r.prep.ExtractWall, r.prep.ExtractCPU, r.prep.Articles, r.prep.Pairs)
	return b.String()
}

// machine names the processor and counts the cores.
func machine() string {
	model := "unknown processor"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d cores, %s/%s", model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
}

// commit is the checked-out commit, marked when the tree has changes.
func commit() string {
	out, err := exec.Command("git", "describe", "--always", "--dirty", "--abbrev=7").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
