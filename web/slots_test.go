package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/indexer"
)

// TestSearchSlots: searches beyond the slots wait for one, and past
// slotWait, or with maxWaiting others waiting already, get a 429 with a
// message; the server still answers /healthz.
func TestSearchSlots(t *testing.T) {
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ix, err := indexer.OpenArchiveIndex(context.Background(), dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	s, err := New(Config{Store: st, Index: ix, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	defer func(d time.Duration) { slotWait = d }(slotWait)
	slotWait = 50 * time.Millisecond

	for range searchSlots {
		s.searches <- struct{}{} // every slot busy
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/api/search?q=an+ninh"); code != http.StatusTooManyRequests || !strings.Contains(body, "too many searches") {
		t.Errorf("all slots busy: %d %s, want 429 with a message", code, body)
	}
	// The queue full: refused at once, not after slotWait.
	defer func(n int64) { maxWaiting = n }(maxWaiting)
	maxWaiting, slotWait = 0, 5*time.Second
	start := time.Now()
	if code, _ := get("/api/search?q=an+ninh"); code != http.StatusTooManyRequests || time.Since(start) > time.Second {
		t.Errorf("queue full: %d after %s, want 429 at once", code, time.Since(start))
	}
	maxWaiting = 64
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz with every slot busy: %d", code)
	}
	// A slot freed while a search waits: it runs.
	slotWait = 5 * time.Second
	go func() {
		time.Sleep(100 * time.Millisecond)
		<-s.searches
	}()
	if code, body := get("/api/search?q=an+ninh"); code != http.StatusOK {
		t.Errorf("a slot freed while waiting: %d %s, want 200", code, body)
	}
}
