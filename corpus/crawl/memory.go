package crawl

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/thamluan/thamluan/corpus"
)

// MemoryFrontier is a frontier that lives in memory and dies with the
// process: for dry runs, which must write nothing to the store.
type MemoryFrontier struct {
	mu   sync.Mutex
	run  int64
	urls map[string]*corpus.CrawlState
	seq  map[string]int
}

// NewMemoryFrontier returns an empty frontier.
func NewMemoryFrontier() *MemoryFrontier {
	return &MemoryFrontier{urls: map[string]*corpus.CrawlState{}, seq: map[string]int{}}
}

// BeginCrawlRun starts a new run.
func (m *MemoryFrontier) BeginCrawlRun(context.Context) (int64, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.run++
	return m.run, false, nil
}

// FinishCrawlRun does nothing: a memory frontier keeps no history.
func (m *MemoryFrontier) FinishCrawlRun(context.Context, int64, map[string]int) error { return nil }

// Enqueue queues items as the store does.
func (m *MemoryFrontier) Enqueue(_ context.Context, run int64, items []corpus.CrawlItem) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, it := range items {
		st, ok := m.urls[it.URL]
		if !ok {
			m.urls[it.URL] = &corpus.CrawlState{CrawlItem: it, QueuedRun: run, FirstSeen: time.Now()}
			m.seq[it.URL] = len(m.seq)
			continue
		}
		if st.QueuedRun == run {
			st.Depth = min(st.Depth, it.Depth)
		} else if st.QueuedRun < run {
			st.QueuedRun, st.Depth = run, it.Depth
		}
	}
	return nil
}

// Pending returns what is queued and not visited, in the store's order.
func (m *MemoryFrontier) Pending(_ context.Context, run int64, site string, limit int) ([]corpus.CrawlItem, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var list []*corpus.CrawlState
	for _, st := range m.urls {
		if st.Site == site && st.QueuedRun <= run && st.VisitedRun < st.QueuedRun {
			list = append(list, st)
		}
	}
	rank := func(st *corpus.CrawlState) int {
		if st.Kind == corpus.CrawlArticle {
			return 1
		}
		return 0
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		if a.Depth != b.Depth {
			return a.Depth < b.Depth
		}
		return m.seq[a.URL] < m.seq[b.URL]
	})
	var out []corpus.CrawlItem
	for _, st := range list[:min(limit, len(list))] {
		out = append(out, st.CrawlItem)
	}
	return out, nil
}

// PendingCount counts what Pending would return.
func (m *MemoryFrontier) PendingCount(ctx context.Context, run int64, site string) (int, error) {
	list, err := m.Pending(ctx, run, site, int(^uint(0)>>1))
	return len(list), err
}

// Visited records a visit.
func (m *MemoryFrontier) Visited(_ context.Context, run int64, v corpus.CrawlVisit) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	st, ok := m.urls[v.URL]
	if !ok {
		return fmt.Errorf("record visit of %s: not queued", v.URL)
	}
	st.VisitedRun, st.Outcome, st.Status, st.Error, st.FinalURL = run, v.Outcome, v.Status, v.Error, v.FinalURL
	if v.ETag != "" {
		st.ETag = v.ETag
	}
	if v.LastModified != "" {
		st.LastModified = v.LastModified
	}
	if v.SHA256 != "" {
		st.SHA256 = v.SHA256
	}
	st.LastVisit = time.Now()
	return nil
}

// CrawlState returns what is known of url.
func (m *MemoryFrontier) CrawlState(_ context.Context, url string) (*corpus.CrawlState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st, ok := m.urls[url]
	if !ok {
		return nil, fmt.Errorf("crawl state of %s: %w", url, corpus.ErrNotFound)
	}
	c := *st
	return &c, nil
}
