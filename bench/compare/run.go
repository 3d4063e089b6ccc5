package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"time"
)

// config is the harness's flags.
type config struct {
	N           int
	Runs        int
	Out         string
	Engines     []string
	HTTPSeconds float64
	Queries     int
	Work        string
	Progress    io.Writer // progress lines; nil for none
}

// report is everything the table is made of.
type report struct {
	cfg     config
	prep    prepared
	engines []spec
	median  map[string]metrics // engine name → median over runs
	elapsed time.Duration
}

// run prepares the documents and queries, measures every engine cfg.Runs
// times and returns the report.
func run(ctx context.Context, cfg config) (*report, error) {
	start := time.Now()
	if cfg.N < 1 || cfg.Runs < 1 || cfg.Queries < 1 {
		return nil, fmt.Errorf("-n, -runs and -queries must be at least 1")
	}
	var engines []spec
	for _, name := range cfg.Engines {
		s, err := specNamed(name)
		if err != nil {
			return nil, err
		}
		engines = append(engines, s)
	}
	work := cfg.Work
	if work == "" {
		dir, err := os.MkdirTemp("", "thamluan-compare-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		work = dir
	} else if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, err
	}
	progress := func(format string, args ...any) {
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, "%6.1fs  "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
		}
	}
	progress("generating and extracting %d articles", cfg.N)
	prep, err := prepare(work, cfg.N, cfg.Queries)
	if err != nil {
		return nil, err
	}
	progress("%d articles, %d index documents; extraction %.1f s wall, %.1f s CPU", prep.Articles, prep.Docs, prep.ExtractWall, prep.ExtractCPU)
	qs, err := readQueries(work)
	if err != nil {
		return nil, err
	}
	reqs := mix(qs)
	runs := map[string][]metrics{}
	for r := 1; r <= cfg.Runs; r++ {
		for _, s := range engines {
			m, err := measure(ctx, cfg, s, work, filepath.Join(work, fmt.Sprintf("run%d", r)), reqs, func(step string) {
				progress("run %d/%d  %-8s %s", r, cfg.Runs, s.name, step)
			})
			if err != nil {
				return nil, fmt.Errorf("run %d, %s: %w", r, s.name, err)
			}
			derive(m, s, prep)
			runs[s.name] = append(runs[s.name], m)
		}
		os.RemoveAll(filepath.Join(work, fmt.Sprintf("run%d", r)))
	}
	rep := &report{cfg: cfg, prep: prep, engines: engines, median: map[string]metrics{}, elapsed: time.Since(start)}
	for name, ms := range runs {
		rep.median[name] = median(ms)
	}
	progress("done")
	return rep, nil
}

// measure runs the phases of one engine in child processes: build, for
// thamluan the end-to-end ingest and the reindex, then serve with the
// HTTP loads.
func measure(ctx context.Context, cfg config, s spec, work, runDir string, reqs []string, progress func(string)) (metrics, error) {
	m := metrics{}
	dir := filepath.Join(runDir, s.name)
	if err := os.MkdirAll(runDir, 0o755); err != nil {
		return nil, err
	}
	progress("index only")
	if err := child(ctx, phaseBuild, s.name, work, dir, m); err != nil {
		return nil, err
	}
	if s.name == "thamluan" {
		data := filepath.Join(runDir, "thamluan-e2e")
		progress("end to end (ingest: archive, extract, store; then index)")
		if err := child(ctx, phaseE2E, s.name, work, data, m); err != nil {
			return nil, err
		}
		progress("reindex")
		if err := child(ctx, phaseReindex, s.name, work, data, m); err != nil {
			return nil, err
		}
		os.RemoveAll(data)
	}
	progress("queries in process, then HTTP")
	if err := serveChild(ctx, cfg, s.name, work, dir, reqs, m); err != nil {
		return nil, err
	}
	os.RemoveAll(dir)
	return m, nil
}

// command returns this binary run as a child for a phase.
func command(ctx context.Context, phase, engine, work, dir string) (*exec.Cmd, *bytes.Buffer, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, nil, err
	}
	cmd := exec.CommandContext(ctx, exe, "-phase", phase, "-engine", engine, "-work", work, "-dir", dir)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr, nil
}

// child runs a phase to its end and adds the metrics it reports to m.
func child(ctx context.Context, phase, engine, work, dir string, m metrics) error {
	cmd, stderr, err := command(ctx, phase, engine, work, dir)
	if err != nil {
		return err
	}
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s: %w: %s", phase, err, bytes.TrimSpace(stderr.Bytes()))
	}
	for _, line := range bytes.Split(bytes.TrimSpace(out), []byte("\n")) {
		var msg message
		if err := json.Unmarshal(line, &msg); err != nil {
			return fmt.Errorf("%s: read %q: %w", phase, line, err)
		}
		for k, v := range msg.Metrics {
			m[k] = v
		}
	}
	return nil
}

// serveChild starts the serving child, times its cold start, reads its
// in-process figures, loads its HTTP endpoint at 1 and 16 connections and
// stops it.
func serveChild(ctx context.Context, cfg config, engine, work, dir string, reqs []string, m metrics) (err error) {
	cmd, stderr, err := command(ctx, phaseServe, engine, work, dir)
	if err != nil {
		return err
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		stdin.Close()
		if werr := cmd.Wait(); err == nil && werr != nil {
			err = fmt.Errorf("serve: %w: %s", werr, bytes.TrimSpace(stderr.Bytes()))
		}
	}()
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	next := func(want string) (message, error) {
		var msg message
		if !sc.Scan() {
			return msg, fmt.Errorf("serve: no %q from the child: %v: %s", want, sc.Err(), bytes.TrimSpace(stderr.Bytes()))
		}
		if err := json.Unmarshal(sc.Bytes(), &msg); err != nil {
			return msg, fmt.Errorf("serve: %w", err)
		}
		if msg.Event != want {
			return msg, fmt.Errorf("serve: got %q, want %q", msg.Event, want)
		}
		for k, v := range msg.Metrics {
			m[k] = v
		}
		return msg, nil
	}
	if _, err := next("first"); err != nil {
		return err
	}
	m["cold_ms"] = 1000 * since(t0)
	if _, err := next("measured"); err != nil {
		return err
	}
	msg, err := next("listening")
	if err != nil {
		return err
	}
	d := time.Duration(cfg.HTTPSeconds * float64(time.Second))
	for _, conns := range []int{1, 16} {
		lr, err := load(ctx, msg.Addr, conns, d, reqs)
		if err != nil {
			return err
		}
		p := "http" + strconv.Itoa(conns)
		m[p+"_rps"], m[p+"_p50"], m[p+"_p95"], m[p+"_p99"] = lr.rps, lr.p50, lr.p95, lr.p99
		m[p+"_errors"], m[p+"_requests"] = float64(lr.errors), float64(lr.requests)
	}
	stdin.Close()
	_, err = next("done")
	return err
}

// derive adds the rates and sizes the table shows. A peer has no
// extractor and no store of its own: its end-to-end figure is the
// extraction measured once for all (the same extractor) plus its own
// index-only build.
func derive(m metrics, s spec, p prepared) {
	n := float64(p.Articles)
	rate := func(key string, secs float64) {
		if secs > 0 {
			m[key] = n / secs
		}
	}
	rate("build_rate", m["build_wall"])
	rate("build_rate_cpu", m["build_cpu"])
	if s.name == "thamluan" {
		rate("e2e_rate", m["e2e_wall"])
		rate("e2e_rate_cpu", m["e2e_cpu"])
		m["reindex_s"] = m["reindex_wall"]
		m["store_mb"] = m["store_bytes"] / 1e6
		m["e2e_rss_mb"] = m["e2e_rss"] / 1e6
	} else {
		rate("e2e_rate", p.ExtractWall+m["build_wall"])
		rate("e2e_rate_cpu", p.ExtractCPU+m["build_cpu"])
		m["reindex_s"] = m["build_wall"]
	}
	m["index_mb"] = m["index_bytes"] / 1e6
	m["build_rss_mb"] = m["build_rss"] / 1e6
	m["serve_rss_mb"] = m["serve_rss"] / 1e6
	m["serve_anon_mb"] = m["serve_rss_anon"] / 1e6
	m["serve_file_mb"] = m["serve_rss_file"] / 1e6
	m["http_errors"] = m["http1_errors"] + m["http16_errors"]
}

// median returns the median of each metric over the runs.
func median(runs []metrics) metrics {
	out := metrics{}
	vals := map[string][]float64{}
	for _, m := range runs {
		for k, v := range m {
			vals[k] = append(vals[k], v)
		}
	}
	for k, vs := range vals {
		sort.Float64s(vs)
		if len(vs)%2 == 1 {
			out[k] = vs[len(vs)/2]
		} else {
			out[k] = (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
		}
	}
	return out
}
