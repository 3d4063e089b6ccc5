package main

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for the command's child
// processes, as the command re-executes itself.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// progressWriter sends the harness's progress lines to the test log.
type progressWriter struct{ t *testing.T }

func (w progressWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// TestCompare runs the whole harness, every engine and phase, over 1,000
// generated articles once, so that it cannot rot: the table has every row
// and every peer, and thamluan finds every unaccented query whose accented
// form has hits.
func TestCompare(t *testing.T) {
	cfg := config{N: 1000, Runs: 1, Engines: engineNames(), HTTPSeconds: 0.5, Queries: 10,
		Work: t.TempDir(), Progress: progressWriter{t}}
	rep, err := run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	table := rep.table()
	t.Log("\n" + table)
	lines := strings.Split(table, "\n")
	header := ""
	for _, l := range lines {
		if strings.HasPrefix(l, "| metric |") {
			header = l
		}
	}
	for _, s := range specs {
		if !strings.Contains(header, "| "+s.label+" |") {
			t.Errorf("header %q has no column for %s", header, s.label)
		}
		if s.name != "thamluan" && !strings.Contains(header, "thamluan ÷ "+s.label+" |") {
			t.Errorf("header %q has no ratio column for %s", header, s.label)
		}
	}
	cells := 2*len(specs) - 1
	for _, r := range rows() {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, "| "+r.label+" |") {
				found = true
				if got := strings.Count(l, "|") - 2; got != cells {
					t.Errorf("row %q has %d cells, want %d: %s", r.label, got, cells, l)
				}
			}
		}
		if !found {
			t.Errorf("table has no row %q", r.label)
		}
	}
	m := rep.median["thamluan"]
	if m["pairs"] == 0 {
		t.Fatalf("no unaccented pair was measured: %v", m)
	}
	if got := m["zero_hit"]; got != 0 {
		t.Errorf("thamluan's zero-hit rate of unaccented queries = %v%%, want 0", got)
	}
	for _, s := range specs {
		for _, k := range []string{"build_rate", "index_mb", "cold_ms", "lat/" + classWords + "/p50", "http1_rps", "http16_rps"} {
			if _, ok := rep.median[s.name][k]; !ok {
				t.Errorf("%s: no %s", s.name, k)
			}
		}
		if e := rep.median[s.name]["http_errors"]; e != 0 {
			t.Errorf("%s: %v failed HTTP requests", s.name, e)
		}
	}
}
