package crawl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// testConfig is a config with short timeouts and backoff.
func testConfig() *Config {
	c := &Config{Timeout: Duration(2 * time.Second), Backoff: Duration(10 * time.Millisecond), MaxBody: 1 << 20}
	c.fill()
	return c
}

func TestFetcherRetries(t *testing.T) {
	var calls sync.Map
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := calls.LoadOrStore(r.URL.Path, new(atomic.Int32))
		k := n.(*atomic.Int32).Add(1)
		switch r.URL.Path {
		case "/flaky": // 500, 503, then 200
			if k < 3 {
				w.WriteHeader(500 + int(k-1)*3)
				return
			}
			fmt.Fprint(w, "ok")
		case "/busy": // 429 with Retry-After, then 200
			if k == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, "ok")
		case "/gone":
			http.NotFound(w, r)
		case "/down":
			w.WriteHeader(http.StatusBadGateway)
		case "/forever":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	}))
	defer srv.Close()
	f := NewFetcher(testConfig(), LoopbackOnly())
	ctx := context.Background()
	count := func(p string) int32 {
		n, _ := calls.Load(p)
		return n.(*atomic.Int32).Load()
	}

	resp, err := f.Get(ctx, srv.URL+"/flaky", Validators{})
	if err != nil || string(resp.Body) != "ok" || resp.Attempts != 3 {
		t.Errorf("flaky: %v, %+v", err, resp)
	}
	start := time.Now()
	resp, err = f.Get(ctx, srv.URL+"/busy", Validators{})
	if err != nil || resp.Attempts != 2 || time.Since(start) < time.Second {
		t.Errorf("429 with Retry-After 1: %v after %v, %+v", err, time.Since(start), resp)
	}
	_, err = f.Get(ctx, srv.URL+"/gone", Validators{})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 404 || count("/gone") != 1 {
		t.Errorf("404: %v after %d requests, want one request", err, count("/gone"))
	}
	_, err = f.Get(ctx, srv.URL+"/down", Validators{})
	if !errors.As(err, &se) || se.Status != 502 || count("/down") != 4 {
		t.Errorf("502: %v after %d requests, want 1 + 3 retries", err, count("/down"))
	}
	_, err = f.Get(ctx, srv.URL+"/forever", Validators{})
	if err == nil || count("/forever") != 1 {
		t.Errorf("Retry-After an hour: %v after %d requests, want to give up at once", err, count("/forever"))
	}
}

func TestFetcherLimits(t *testing.T) {
	var hang = make(chan struct{})
	defer close(hang)
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("a", 2<<20)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 40 {
			w.Write([]byte(strings.Repeat("a", 64<<10)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop?n="+fmt.Sprint(len(r.URL.RawQuery)), http.StatusFound)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") != DefaultUserAgent {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Fri, 14 Jul 2023 01:30:00 GMT")
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "trang")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testConfig()
	c.Timeout = Duration(300 * time.Millisecond)
	c.Retries = 1
	f := NewFetcher(c, LoopbackOnly())
	ctx := context.Background()
	for _, p := range []string{"/big", "/big-chunked"} {
		if _, err := f.Get(ctx, srv.URL+p, Validators{}); !errors.Is(err, ErrTooBig) {
			t.Errorf("%s: %v, want ErrTooBig", p, err)
		}
	}
	if _, err := f.Get(ctx, srv.URL+"/loop", Validators{}); !errors.Is(err, ErrTooManyHops) {
		t.Errorf("redirect loop: %v, want ErrTooManyHops", err)
	}
	start := time.Now()
	if _, err := f.Get(ctx, srv.URL+"/hang", Validators{}); err == nil || time.Since(start) > 3*time.Second {
		t.Errorf("hanging page: %v after %v", err, time.Since(start))
	}
	resp, err := f.Get(ctx, srv.URL+"/page", Validators{})
	if err != nil || string(resp.Body) != "trang" || resp.Header.Get("ETag") != `"v1"` {
		t.Fatalf("page: %v %+v", err, resp)
	}
	resp, err = f.Get(ctx, srv.URL+"/page", Validators{ETag: `"v1"`})
	if err != nil || !resp.NotModified || len(resp.Body) != 0 {
		t.Errorf("conditional GET: %v %+v, want 304", err, resp)
	}
}

// TestPublicOnlyGuard checks that the guard refuses every non-public
// address at dial time. Under it sits a loopback-only dialer, so that
// nothing the guard might let through can leave this machine.
func TestPublicOnlyGuard(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "http://10.1.2.3/admin", http.StatusFound)
	}))
	defer srv.Close()
	c := testConfig()
	c.Retries = 0
	f := NewFetcher(c, Chain(PublicOnly(), LoopbackOnly()))
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	for _, u := range []string{
		srv.URL + "/",
		"http://localhost:" + port + "/",
		"http://[::1]:" + port + "/",
		"http://127.0.0.2:" + port + "/",
		"http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/",
		"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://0.0.0.0:" + port + "/",
		"http://224.0.0.1/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]:" + port + "/",
	} {
		_, err := f.Get(context.Background(), u, Validators{})
		if !errors.Is(err, ErrRefusedTarget) {
			t.Errorf("%s: %v, want ErrRefusedTarget", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the loopback server got %d requests through the guard", n)
	}
	// A fetcher that may reach loopback is still stopped on the redirect to
	// a private address.
	f = NewFetcher(c, Chain(func(network, address string, rc syscall.RawConn) error {
		if strings.HasPrefix(address, "127.0.0.1:") {
			return nil
		}
		return PublicOnly()(network, address, rc)
	}, LoopbackOnly()))
	if _, err := f.Get(context.Background(), srv.URL+"/", Validators{}); !errors.Is(err, ErrRefusedTarget) {
		t.Errorf("redirect to 10.1.2.3: %v, want ErrRefusedTarget", err)
	}
}

func TestRateLimitAndCrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /noi-bo/\nCrawl-delay: 0.2\n")
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	f := NewFetcher(testConfig(), LoopbackOnly())
	u, _ := Canonical(srv.URL+"/noi-bo/x", nil)
	f.SetDelay(u.Host, 50*time.Millisecond)
	ok, err := f.Allowed(context.Background(), u)
	if err != nil || ok {
		t.Fatalf("Allowed(/noi-bo/x) = %v, %v; want disallowed", ok, err)
	}
	if d := f.Delay(u.Host); d != 200*time.Millisecond {
		t.Errorf("delay = %v, want the site's 200ms over our 50ms", d)
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.Get(context.Background(), fmt.Sprintf("%s/p%d", srv.URL, i), Validators{})
		}()
	}
	wg.Wait()
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 200*time.Millisecond {
			t.Errorf("requests %d and %d %v apart, want at least the 200ms Crawl-delay", i-1, i, gap)
		}
	}
}
