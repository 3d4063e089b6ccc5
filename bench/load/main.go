// Command load sends a mixed search load to a running thamluan server and
// prints requests per second, latency percentiles and errors.
//
//	go run ./bench/load -url http://127.0.0.1:8080 -c 16 -d 60s
//
// It only talks to loopback addresses: a load test never leaves the
// machine.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"sync"
	"time"
)

// queries are what researchers type, in the classes of the benchmarks.
var queries = []string{
	"q=Nguy%E1%BB%85n+V%C4%83n+Thi%E1%BA%BFt", "q=nguyen+van+thiet", "q=hoc+vien+chinh+tri+CAND",
	"q=an+ninh+m%E1%BA%A1ng", "q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91", "q=dao+tao+ngoai+ngu",
	"q=t%E1%BB%99i+ph%E1%BA%A1m+c%C3%B4ng+ngh%E1%BB%87+cao&kind=contribution", "academy=HVCSND",
	"q=phong+chay+chua+chay&year=2021", "q=Th%C6%B0%E1%BB%A3ng+t%C3%A1+%C4%90%E1%BB%97+Th%E1%BB%8B+H%C3%A0",
	"topic=an+ninh+m%E1%BA%A1ng", "q=&sort=date",
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server to load (loopback only)")
	conns := flag.Int("c", 16, "concurrent connections")
	dur := flag.Duration("d", 60*time.Second, "duration")
	flag.Parse()
	u, err := url.Parse(*base)
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(2)
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintln(os.Stderr, "load: refusing a non-loopback address:", u.Host)
		os.Exit(2)
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *conns}}
	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	var mu sync.Mutex
	var lat []time.Duration
	status := map[int]int{}
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < *conns; i++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 7))
			for ctx.Err() == nil {
				q := queries[r.IntN(len(queries))]
				t0 := time.Now()
				resp, err := client.Get(*base + "/api/search?" + q)
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					if ctx.Err() == nil {
						errs++
					}
				} else {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status[resp.StatusCode]++
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		}(uint64(i))
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[int(p*float64(len(lat)-1))]
	}
	fmt.Printf("| connections | duration | requests | req/s | p50 | p95 | p99 | errors | status |\n|---|---|---|---|---|---|---|---|---|\n")
	fmt.Printf("| %d | %s | %d | %.1f | %s | %s | %s | %d | %v |\n", *conns, elapsed.Round(time.Second), len(lat),
		float64(len(lat))/elapsed.Seconds(), pct(.50).Round(100*time.Microsecond), pct(.95).Round(100*time.Microsecond),
		pct(.99).Round(100*time.Microsecond), errs, status)
}
