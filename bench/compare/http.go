package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"
)

// handler is the one minimal JSON search endpoint every engine is served
// behind: GET /search?class=C&q=Q.
func handler(e engine) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /search", func(w http.ResponseWriter, r *http.Request) {
		class, q := r.URL.Query().Get("class"), r.URL.Query().Get("q")
		res, err := e.search(r.Context(), class, q, pageSize)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		b, err := json.Marshal(res)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	})
	return mux
}

// mix is the HTTP load's request list: the classes in turn, each with its
// next query.
func mix(qs querySets) []string {
	var out []string
	for i := 0; ; i++ {
		added := false
		for _, c := range classes {
			list := qs.Classes[c]
			if i < len(list) {
				out = append(out, url.Values{"class": {c}, "q": {list[i]}}.Encode())
				added = true
			}
		}
		if !added {
			return out
		}
	}
}

// loadResult is what a load of one connection count measured.
type loadResult struct {
	requests      int
	errors        int
	rps           float64
	p50, p95, p99 float64 // milliseconds
}

// load sends the requests of reqs to addr from conns connections, each
// going through the list from its own offset, for d.
func load(ctx context.Context, addr string, conns int, d time.Duration, reqs []string) (loadResult, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return loadResult{}, err
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return loadResult{}, fmt.Errorf("load: refusing a non-loopback address %s", addr)
	}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}}
	defer client.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		mu   sync.Mutex
		lat  []time.Duration
		errs int
		wg   sync.WaitGroup
	)
	start := time.Now()
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w * len(reqs) / conns; ctx.Err() == nil; i++ {
				t0 := time.Now()
				ok := get(ctx, client, "http://"+addr+"/search?"+reqs[i%len(reqs)])
				dt := time.Since(t0)
				if ctx.Err() != nil {
					return // cut off by the end of the load: not counted
				}
				mu.Lock()
				if ok {
					lat = append(lat, dt)
				} else {
					errs++
				}
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return loadResult{requests: len(lat), errors: errs, rps: float64(len(lat)) / elapsed.Seconds(),
		p50: percentile(lat, .50), p95: percentile(lat, .95), p99: percentile(lat, .99)}, nil
}

func get(ctx context.Context, client *http.Client, u string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}
