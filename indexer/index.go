package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/thamluan/thamluan/corpus"
)

// Dir is the name of the index directory inside the data directory.
const Dir = "index"

// seqKey is the internal key holding the last applied change sequence.
var seqKey = []byte("thamluan.seq")

// batchSize is how many changes are read at a time, and maxBatchDocs
// the most documents one bleve batch holds (variables for the tests).
var batchSize = 500

var maxBatchDocs = 1000

// Index is the bleve index of the archive.
type Index struct {
	bleve.Index
	path string
	// syncing lets one Sync run at a time: two reading the same changes
	// would index them twice, and the slower could set the applied
	// sequence back.
	syncing sync.Mutex
	// keyword is the analyzer of the keyword fields (addToBatch), set
	// under syncing.
	keyword analysis.Analyzer
}

// Open opens the index at path, creating it with NewMapping when it does
// not exist. A second process waits at most a few seconds for the lock.
func Open(path string) (*Index, error) {
	cfg := map[string]interface{}{"bolt_timeout": "5s"}
	ix, err := bleve.OpenUsing(path, cfg)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		ix, err = bleve.NewUsing(path, NewMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
		if err == nil {
			if err = ix.SetInternal(mappingVersionKey, []byte(MappingVersion)); err != nil {
				ix.Close()
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{Index: ix, path: path}, nil
}

// mappingVersionKey is where an index records its MappingVersion.
var mappingVersionKey = []byte("mapping_version")

// MappingVersion returns the MappingVersion the index was built with, ""
// for an index older than the record.
func (ix *Index) MappingVersion() (string, error) {
	v, err := ix.GetInternal(mappingVersionKey)
	if err != nil {
		return "", fmt.Errorf("read mapping version of %s: %w", ix.path, err)
	}
	return string(v), nil
}

// Compact merges the index's segments into as few as scorch's
// single-segment merge plan makes, and waits for it (CompactDir also
// clears the merged-away files from the disk). Every query pays a
// term lookup per segment for each of its clauses, so a bulk build ends
// with a compaction: on a 3,000-article archive (8 segments to 2) the
// load run's queries took 10–40% less time. It rewrites the whole index:
// bulk writers call it when the index has at least doubled, which keeps
// its cost proportional to the archive's size over any run of imports.
func (ix *Index) Compact(ctx context.Context) error {
	adv, err := ix.Advanced()
	if err != nil {
		return fmt.Errorf("compact index %s: %w", ix.path, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil // not a scorch index: nothing to merge
	}
	start := time.Now()
	if err := s.ForceMerge(ctx, &mergeplan.SingleSegmentMergePlanOptions); err != nil {
		return fmt.Errorf("compact index %s: %w", ix.path, err)
	}
	slog.Info("index_compacted", "path", ix.path, "duration", time.Since(start))
	return ctx.Err()
}

// CompactDir compacts the closed index at path (Compact) and leaves on
// disk only the files of its live segments: scorch deletes the files of
// merged-away segments when it next opens the index, not at close, so the
// index is opened once more.
func CompactDir(ctx context.Context, path string) error {
	ix, err := Open(path)
	if err != nil {
		return err
	}
	err = ix.Compact(ctx)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if ix, err = Open(path); err != nil {
		return err
	}
	ix.awaitCleanup(ctx, 10*time.Second)
	return ix.Close()
}

// awaitCleanup waits, up to limit, until the index directory holds no
// more segment files than the index has live segments. Scorch removes
// dead files from its persister loop once it is idle after opening, a
// moment after Open returns; closing at once would race with it. Files
// still there after the limit are removed at a later open.
func (ix *Index) awaitCleanup(ctx context.Context, limit time.Duration) {
	adv, err := ix.Advanced()
	if err != nil {
		return
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return
	}
	deadline := time.Now().Add(limit)
	for {
		live, _ := s.StatsMap()["TotFileSegmentsAtRoot"].(uint64)
		files, err := filepath.Glob(filepath.Join(ix.path, "store", "*.zap"))
		if err != nil || uint64(len(files)) <= live || time.Now().After(deadline) {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Path returns the directory of the index.
func (ix *Index) Path() string { return ix.path }

// Applied returns the sequence number of the last change applied.
func (ix *Index) Applied() (int64, error) {
	b, err := ix.GetInternal(seqKey)
	if err != nil {
		return 0, fmt.Errorf("read applied sequence: %w", err)
	}
	if len(b) == 0 {
		return 0, nil
	}
	return strconv.ParseInt(string(b), 10, 64)
}

// Source is what the indexer reads from the store.
type Source interface {
	Changes(ctx context.Context, after int64, limit int) ([]corpus.Change, error)
	Article(ctx context.Context, id int64) (*corpus.Article, error)
	Contribution(ctx context.Context, id int64) (*corpus.Contribution, error)
	Event(ctx context.Context, id int64) (*corpus.Event, error)
	EventContributions(ctx context.Context, eventID int64) ([]int64, error)
	EventArticles(ctx context.Context, eventID int64) ([]int64, error)
	PersonContributions(ctx context.Context, personID int64) ([]int64, error)
}

// Sync applies the store's change log from the last applied change on, in
// batches, recording the sequence of the last change of each batch inside
// the same batch. It returns how many changes it applied.
//
// Reading the store and indexing overlap: the next batch is read and its
// documents built while bleve indexes the current one, whose segment is
// built on one core.
func (ix *Index) Sync(ctx context.Context, src Source) (int, error) {
	ix.syncing.Lock()
	defer ix.syncing.Unlock()
	after, err := ix.Applied()
	if err != nil {
		return 0, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	parts := make(chan batchPart, 1)
	go ix.readBatches(ctx, src, after, parts)
	applied := 0
	for p := range parts {
		if p.err != nil {
			return applied, p.err
		}
		if err := ix.Batch(p.batch); err != nil {
			return applied, fmt.Errorf("apply changes up to %d: %w", p.seq, err)
		}
		applied += p.changes
	}
	return applied, ctx.Err()
}

// BulkFollowEvery is how often a bulk writer (an import, a crawl) should
// let the index follow the store: seldom enough that each bleve batch
// holds many documents, since every batch is a segment that bleve merges
// again and again (merging was 29% of an import's CPU at one second),
// often enough that little is left at the end.
const BulkFollowEvery = 5 * time.Second

// Follow applies src's new changes to the index every interval, in the
// background, until ctx ends or stop is called: a server follows writes by
// other processes, an import follows its own writes so that storing and
// indexing run on different cores. A failed sync is logged and tried
// again at the next tick. stop ends the loop, waiting for a sync in
// progress to give up, then applies what is left under ctx and returns
// that last sync's error; call it before closing the index.
func (ix *Index) Follow(ctx context.Context, src Source, every time.Duration) (stop func() error) {
	loop, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-loop.Done():
				return
			case <-t.C:
				if _, err := ix.Sync(loop, src); err != nil && loop.Err() == nil {
					slog.Error("index_sync_failed", "err", err)
				}
			}
		}
	}()
	return func() error {
		cancel()
		<-done
		_, err := ix.Sync(ctx, src)
		return err
	}
}

// A batchPart is a bleve batch ready to apply: the documents touched by a
// run of changes, or by part of it. The last part of a run records its
// sequence and counts its changes.
type batchPart struct {
	batch   *bleve.Batch
	changes int
	seq     int64
	err     error
	// shards, when readBatches shards, are the part's documents split by
	// their id's hash, one batch per applier; batch is then nil.
	shards []*bleve.Batch
}

// readBatches reads the change log after the sequence given, turns each run
// of changes into batch parts and sends them in order; it closes parts
// when the log is read or on the first error, which it sends.
func (ix *Index) readBatches(ctx context.Context, src Source, after int64, parts chan<- batchPart) {
	ix.readShards(ctx, src, after, parts, 1)
}

// readShards is readBatches that, for n > 1, splits each part's documents
// into n batches by a hash of their ids (batchPart.shards). A document
// always falls in the same shard, so applying each shard's batches in
// order applies each document's versions in order. The parts record no
// sequence: the caller records the last one it sends. Each shard holds
// 1/n of a part, so that the documents in memory stay as many as Sync's:
// shards as large as a whole part took 8% more off a rebuild's time and
// 1.8 times its peak memory.
func (ix *Index) readShards(ctx context.Context, src Source, after int64, parts chan<- batchPart, n int) {
	defer close(parts)
	send := func(p batchPart) bool {
		select {
		case parts <- p:
			return true
		case <-ctx.Done():
			return false
		}
	}
	newPart := func() batchPart {
		if n == 1 {
			return batchPart{batch: ix.NewBatch()}
		}
		p := batchPart{shards: make([]*bleve.Batch, n)}
		for i := range p.shards {
			p.shards[i] = ix.NewBatch()
		}
		return p
	}
	for {
		changes, err := src.Changes(ctx, after, batchSize)
		if err != nil {
			send(batchPart{err: err})
			return
		}
		if len(changes) == 0 {
			return
		}
		targets := map[string]bool{} // document ids touched by these changes
		for _, c := range changes {
			ids, err := affected(ctx, src, c)
			if err != nil {
				send(batchPart{err: err})
				return
			}
			for _, id := range ids {
				targets[id] = true
			}
		}
		keys := make([]string, 0, len(targets))
		for id := range targets {
			keys = append(keys, id)
		}
		sort.Strings(keys)
		part, size := newPart(), 0
		for k, id := range keys {
			b := part.batch
			if n > 1 {
				b = part.shards[shardOf(id, n)]
			}
			doc, err := load(ctx, src, id)
			if errors.Is(err, corpus.ErrNotFound) {
				b.Delete(id)
				continue
			}
			if err == nil {
				err = ix.addToBatch(b, id, doc)
			}
			if err != nil {
				send(batchPart{err: fmt.Errorf("index %s: %w", id, err)})
				return
			}
			// A change to a person or an event touches every document
			// naming them: the batch is cut so that memory stays bounded.
			// Documents are indexed whole from the store, so a crash
			// between the parts only redoes them: the sequence moves with
			// the last part.
			if size++; size >= maxBatchDocs && k < len(keys)-1 {
				part.seq = after
				if !send(part) {
					return
				}
				part, size = newPart(), 0
			}
		}
		after = changes[len(changes)-1].Seq
		if n == 1 {
			part.batch.SetInternal(seqKey, []byte(strconv.FormatInt(after, 10)))
		}
		part.changes, part.seq = len(changes), after
		if !send(part) {
			return
		}
	}
}

// rebuildAppliers is how many appliers a rebuild uses: one per core, two
// at least (analysis runs on bleve's own workers meanwhile), four at most.
func rebuildAppliers() int {
	return min(max(runtime.GOMAXPROCS(0), 2), 4)
}

// shardOf returns the shard, of n, of a document id.
func shardOf(id string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(n))
}

// syncSharded applies the change log like Sync, with n appliers each
// building the segments of its shard of the documents (readShards) on
// its own core: bleve builds a batch's segment on the caller's
// goroutine, which left a rebuild on one core for most of its time. Each
// shard's batches are applied in order; the sequence of the last change
// is recorded once all are applied. Only Rebuild uses it: a crash in the
// middle leaves a fresh index that the next rebuild starts again.
func (ix *Index) syncSharded(ctx context.Context, src Source, n int) (int, error) {
	ix.syncing.Lock()
	defer ix.syncing.Unlock()
	after, err := ix.Applied()
	if err != nil {
		return 0, err
	}
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	parts := make(chan batchPart, 1)
	go ix.readShards(readCtx, src, after, parts, n)
	ap := ix.newAppliers(ctx, n)
	applied, last := 0, after
	var readErr error
	for p := range parts {
		if p.err != nil {
			readErr = p.err
			break
		}
		if ap.failed() {
			break
		}
		for i, b := range p.shards {
			ap.apply(i, b)
		}
		applied += p.changes
		last = p.seq
	}
	stopReading() // the reader stops, if it has not
	for range parts {
	}
	if err := ap.wait(); err != nil {
		return applied, fmt.Errorf("apply changes up to %d: %w", last, err)
	}
	if readErr != nil {
		return applied, readErr
	}
	if err := ix.SetInternal(seqKey, []byte(strconv.FormatInt(last, 10))); err != nil {
		return applied, fmt.Errorf("record applied sequence %d: %w", last, err)
	}
	return applied, nil
}

// appliers apply bleve batches on n goroutines, each its own queue in
// order.
type appliers struct {
	ctx    context.Context
	queues []chan *bleve.Batch
	wg     sync.WaitGroup
	mu     sync.Mutex
	err    error // the first batch that failed
}

func (ix *Index) newAppliers(ctx context.Context, n int) *appliers {
	a := &appliers{ctx: ctx, queues: make([]chan *bleve.Batch, n)}
	for i := range a.queues {
		q := make(chan *bleve.Batch)
		a.queues[i] = q
		a.wg.Add(1)
		go func() {
			defer a.wg.Done()
			for b := range q {
				if a.failed() {
					continue // drain: a batch failed, the rest is moot
				}
				if err := ix.Batch(b); err != nil {
					a.mu.Lock()
					a.err = cmp.Or(a.err, err)
					a.mu.Unlock()
				}
			}
		}()
	}
	return a
}

func (a *appliers) failed() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.err != nil
}

// apply queues b on applier i, unless it is empty or the context ended.
// Shards hold documents only: the sequence is recorded apart.
func (a *appliers) apply(i int, b *bleve.Batch) {
	if b.Size() == 0 {
		return
	}
	select {
	case a.queues[i] <- b:
	case <-a.ctx.Done():
	}
}

// wait applies what is queued and returns the first error, or the
// context's.
func (a *appliers) wait() error {
	for _, q := range a.queues {
		close(q)
	}
	a.wg.Wait()
	if a.err != nil {
		return a.err
	}
	return a.ctx.Err()
}

// A Bulk indexes documents given one by one into a new index the way
// Rebuild applies the store: each document goes to one of several
// appliers by a hash of its id, through addToBatch. The batches are
// flushed every maxBatchDocs/2 documents in all, so that the documents in
// memory (batches being filled, plus one being applied per applier) stay
// near a rebuild's. It is for loading an index that nobody searches yet,
// from documents that do not come from a store (the benchmark harness);
// Close applies the rest.
type Bulk struct {
	ix      *Index
	ap      *appliers
	batches []*bleve.Batch
	size    int
}

// Bulk starts a bulk load with one applier per core (two at least).
func (ix *Index) Bulk(ctx context.Context) *Bulk {
	n := rebuildAppliers()
	bl := &Bulk{ix: ix, ap: ix.newAppliers(ctx, n), batches: make([]*bleve.Batch, n)}
	for i := range bl.batches {
		bl.batches[i] = ix.NewBatch()
	}
	return bl
}

// Add indexes doc (a Doc, or anything the mapping maps) under id.
func (bl *Bulk) Add(id string, doc any) error {
	i := shardOf(id, len(bl.batches))
	if err := bl.ix.addToBatch(bl.batches[i], id, doc); err != nil {
		return fmt.Errorf("index %s: %w", id, err)
	}
	if bl.size++; bl.size >= maxBatchDocs/2 {
		bl.flush()
	}
	return nil
}

func (bl *Bulk) flush() {
	for i, b := range bl.batches {
		if b.Size() > 0 {
			bl.ap.apply(i, b)
			bl.batches[i] = bl.ix.NewBatch()
		}
	}
	bl.size = 0
}

// Close applies what is left and waits for every batch; it returns the
// first error. It does not close the index.
func (bl *Bulk) Close() error {
	bl.flush()
	return bl.ap.wait()
}

// affected lists the index documents a change touches.
func affected(ctx context.Context, src Source, c corpus.Change) ([]string, error) {
	switch c.Entity {
	case corpus.EntityArticle:
		return []string{DocID(KindArticle, c.EntityID)}, nil
	case corpus.EntityContribution:
		return []string{DocID(KindContribution, c.EntityID)}, nil
	case corpus.EntityEvent:
		var out []string
		cs, err := src.EventContributions(ctx, c.EntityID)
		if err != nil {
			return nil, err
		}
		as, err := src.EventArticles(ctx, c.EntityID)
		if err != nil {
			return nil, err
		}
		for _, id := range cs {
			out = append(out, DocID(KindContribution, id))
		}
		for _, id := range as {
			out = append(out, DocID(KindArticle, id))
		}
		return out, nil
	case corpus.EntityPerson:
		cs, err := src.PersonContributions(ctx, c.EntityID)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(cs))
		for i, id := range cs {
			out[i] = DocID(KindContribution, id)
		}
		return out, nil
	}
	return nil, nil
}

// DocID returns the index id of a record: "contribution/12", "article/3".
func DocID(kind string, id int64) string { return kind + "/" + strconv.FormatInt(id, 10) }

// ParseDocID splits an index id into kind and record id.
func ParseDocID(s string) (kind string, id int64, err error) {
	kind, num, ok := strings.Cut(s, "/")
	if !ok {
		return "", 0, fmt.Errorf("bad document id %q", s)
	}
	id, err = strconv.ParseInt(num, 10, 64)
	return kind, id, err
}

func load(ctx context.Context, src Source, docID string) (any, error) {
	kind, id, err := ParseDocID(docID)
	if err != nil {
		return nil, err
	}
	if kind == KindArticle {
		a, err := src.Article(ctx, id)
		if err != nil {
			return nil, err
		}
		if a.State != "" && a.State != corpus.StatePublished {
			return nil, fmt.Errorf("article %d is %s: %w", id, a.State, corpus.ErrNotFound)
		}
		return ArticleDoc(a), nil
	}
	c, err := src.Contribution(ctx, id)
	if err != nil {
		return nil, err
	}
	if !c.Published {
		return nil, fmt.Errorf("contribution %d has no published report: %w", id, corpus.ErrNotFound)
	}
	var e *corpus.Event
	if c.EventID != 0 {
		if e, err = src.Event(ctx, c.EventID); err != nil {
			return nil, err
		}
	}
	return ContributionDoc(c, e), nil
}

// Doc is what the index holds of a contribution or an article.
type Doc struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	// Text is a contribution's summary; Body is an article's text. Both
	// are searched as the text field, the body without exact pairs.
	Text     string   `json:"text,omitempty"`
	Body     string   `json:"body,omitempty"`
	Speaker  []string `json:"speaker"`
	Academy  []string `json:"academy"`
	Speakers []string `json:"speakers,omitempty"`
	// People are everyone an article names as taking part: chairs,
	// moderators, guests as well as speakers.
	People        []string `json:"people,omitempty"`
	Academies     []string `json:"academies,omitempty"`
	Topic         []string `json:"topic"`
	Event         string   `json:"event"`
	EventKind     string   `json:"event_kind"`
	Date          string   `json:"date"`
	Year          string   `json:"year"`
	SpeakerRank   string   `json:"speaker_rank"`
	SpeakerTitles string   `json:"speaker_titles"`
	// SpeakerPrinted is the rank and titles as printed, searched so that
	// "Đại tá Nguyễn Văn A" prefers the years he was Đại tá.
	SpeakerPrinted string `json:"speaker_printed,omitempty"`
	Position       string `json:"position"`
	Source         string `json:"source"`
	ArticleID      string `json:"article_id"`
}

// SearchedText returns what the document's text field holds: a
// contribution's summary or an article's body.
func (d Doc) SearchedText() string { return d.Text + d.Body }

func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return ""
}

// ContributionDoc converts a contribution (and its event) for the index.
// Its date is the event's date, else the first report's.
func ContributionDoc(c *corpus.Contribution, e *corpus.Event) Doc {
	d := Doc{Kind: KindContribution, Title: c.Title, Text: c.Summary, Position: c.Position, Topic: c.Topics}
	if c.Speaker != nil {
		d.Speaker = []string{c.Speaker.Name}
		d.SpeakerRank = c.Speaker.Rank
		d.SpeakerPrinted = strings.TrimSpace(c.Speaker.Rank + " " + strings.Join(c.Speaker.Titles, " "))
		d.SpeakerTitles = strings.Join(c.Speaker.Titles, ", ")
	}
	if c.Academy != "" {
		d.Academy = []string{c.Academy}
	} else if c.Affiliation != "" && c.Speaker == nil {
		d.Academy = []string{c.Affiliation}
	}
	if e != nil {
		d.Event, d.EventKind, d.Date = e.Name, e.Kind, e.Date
	}
	if reports := c.PublicReports(); len(reports) > 0 {
		r := reports[0]
		d.Source, d.ArticleID = r.Source, strconv.FormatInt(r.ArticleID, 10)
		if d.Date == "" {
			d.Date = r.Published
		}
	}
	d.Year = year(d.Date)
	return d
}

// ArticleDoc converts an article for the index.
func ArticleDoc(a *corpus.Article) Doc {
	d := Doc{Kind: KindArticle, Title: a.Title, Body: a.Body, Academies: a.Academies, Topic: a.Topics,
		Date: a.Published, Source: a.Source, ArticleID: strconv.FormatInt(a.ID, 10)}
	for _, p := range a.People {
		d.People = append(d.People, p.Name)
	}
	seen := map[string]bool{}
	for _, c := range a.Contributions {
		if c.Speaker != nil && !seen[c.Speaker.Name] {
			seen[c.Speaker.Name] = true
			d.Speakers = append(d.Speakers, c.Speaker.Name)
		}
	}
	if a.Event != nil {
		d.Event, d.EventKind = a.Event.Name, a.Event.Kind
		if d.Date == "" {
			d.Date = a.Event.Date
		}
	}
	d.Year = year(d.Date)
	return d
}

// IDLister lists the records the index should hold: the published ones.
type IDLister interface {
	PublicArticleIDs(ctx context.Context) ([]int64, error)
	PublicContributionIDs(ctx context.Context) ([]int64, error)
	LastSeq(ctx context.Context) (int64, error)
}

// Drift is how the index differs from the store.
type Drift struct {
	StoreDocs, IndexDocs int
	StoreSeq, IndexSeq   int64
	Missing              []string // in the store, not in the index
	Extra                []string // in the index, not in the store
}

// OK reports whether index and store agree.
func (d Drift) OK() bool {
	return len(d.Missing) == 0 && len(d.Extra) == 0 && d.StoreSeq == d.IndexSeq
}

// Check compares the documents of the index with the records of the store.
func (ix *Index) Check(ctx context.Context, st IDLister) (Drift, error) {
	var d Drift
	want := map[string]bool{}
	as, err := st.PublicArticleIDs(ctx)
	if err != nil {
		return d, err
	}
	cs, err := st.PublicContributionIDs(ctx)
	if err != nil {
		return d, err
	}
	for _, id := range as {
		want[DocID(KindArticle, id)] = true
	}
	for _, id := range cs {
		want[DocID(KindContribution, id)] = true
	}
	d.StoreDocs = len(want)
	if d.StoreSeq, err = st.LastSeq(ctx); err != nil {
		return d, err
	}
	if d.IndexSeq, err = ix.Applied(); err != nil {
		return d, err
	}
	have, err := ix.docIDs(ctx)
	if err != nil {
		return d, err
	}
	d.IndexDocs = len(have)
	for id := range want {
		if !have[id] {
			d.Missing = append(d.Missing, id)
		}
	}
	for id := range have {
		if !want[id] {
			d.Extra = append(d.Extra, id)
		}
	}
	sort.Strings(d.Missing)
	sort.Strings(d.Extra)
	return d, nil
}

func (ix *Index) docIDs(ctx context.Context) (map[string]bool, error) {
	n, err := ix.DocCount()
	if err != nil {
		return nil, err
	}
	ids := make(map[string]bool, n)
	const page = 10000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), page, from, false)
		req.SortBy([]string{"_id"})
		res, err := ix.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("list index documents: %w", err)
		}
		for _, h := range res.Hits {
			ids[h.ID] = true
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}

// Rebuild builds a new index for dataDir from the store beside the old one
// and swaps it in: the old index stays in place until the new one is
// complete. The index must not be open elsewhere.
func Rebuild(ctx context.Context, dataDir string, src Source) (docs uint64, err error) {
	live := filepath.Join(dataDir, Dir)
	fresh := live + ".new"
	old := live + ".old"
	os.RemoveAll(fresh)
	os.RemoveAll(old)
	ix, err := Open(fresh)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	if _, err := ix.syncSharded(ctx, src, rebuildAppliers()); err != nil {
		ix.Close()
		os.RemoveAll(fresh)
		return 0, fmt.Errorf("rebuild index: %w", err)
	}
	docs, _ = ix.DocCount()
	if err := ix.Close(); err != nil {
		return 0, fmt.Errorf("rebuild index: %w", err)
	}
	if err := CompactDir(ctx, fresh); err != nil {
		os.RemoveAll(fresh)
		return 0, fmt.Errorf("rebuild index: %w", err)
	}
	if _, err := os.Stat(live); err == nil {
		if err := os.Rename(live, old); err != nil {
			return 0, fmt.Errorf("rebuild index: %w", err)
		}
	}
	if err := os.Rename(fresh, live); err != nil {
		os.Rename(old, live)
		return 0, fmt.Errorf("rebuild index: %w", err)
	}
	os.RemoveAll(old)
	slog.Info("index_rebuilt", "docs", docs, "duration", time.Since(start))
	return docs, nil
}

// OpenArchiveIndex opens the index of the archive in dataDir and brings it
// up to date with the store. An index built with another mapping
// (MappingVersion) is rebuilt from the store first. An index that cannot be opened for any reason
// but another process holding it is moved aside and rebuilt from the store,
// with a log line saying so: the store is the truth, the index can always
// be made again.
func OpenArchiveIndex(ctx context.Context, dataDir string, src Source) (*Index, error) {
	path := filepath.Join(dataDir, Dir)
	ix, err := Open(path)
	if err != nil {
		if isLocked(err) {
			return nil, fmt.Errorf("index %s is in use by another thamluan process: %w", path, err)
		}
		aside := fmt.Sprintf("%s.broken-%d", path, time.Now().Unix())
		slog.Error("index_unreadable_rebuilding", "path", path, "moved_to", aside, "err", err)
		if rerr := os.Rename(path, aside); rerr != nil && !os.IsNotExist(rerr) {
			return nil, fmt.Errorf("move unreadable index aside: %w", rerr)
		}
		if ix, err = Open(path); err != nil {
			return nil, err
		}
	}
	if v, err := ix.MappingVersion(); err != nil || v != MappingVersion {
		ix.Close()
		slog.Warn("index_mapping_changed_rebuilding", "path", path, "built_with", v, "current", MappingVersion)
		if _, err := Rebuild(ctx, dataDir, src); err != nil {
			return nil, err
		}
		if ix, err = Open(path); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	n, err := ix.Sync(ctx, src)
	if err != nil {
		ix.Close()
		return nil, err
	}
	if n > 0 {
		slog.Info("index_caught_up", "changes", n, "duration", time.Since(start))
	}
	return ix, nil
}

func isLocked(err error) bool {
	return errors.Is(err, os.ErrDeadlineExceeded) || strings.Contains(err.Error(), "timeout")
}

// addToBatch maps data into a document for id and adds it to b, with the
// doc values of the facet and sort fields (speaker_facet, academy_facet,
// topic_facet, year, kind, date) stored uncompressed: a query with facets
// or ordered by date reads those fields of every match, and decompressing
// their chunks took a fifth of a faceted query's time.
func (ix *Index) addToBatch(b *bleve.Batch, id string, data any) error {
	doc, err := ix.document(id, data)
	if err != nil {
		return err
	}
	return b.IndexAdvanced(doc)
}

// document maps data into the document addToBatch indexes.
func (ix *Index) document(id string, data any) (*document.Document, error) {
	if ix.keyword == nil {
		ix.keyword = ix.Mapping().AnalyzerNamed(keyword.Name)
	}
	doc := document.NewDocument(id)
	if err := ix.Mapping().MapDocument(doc, data); err != nil {
		return nil, fmt.Errorf("map %s: %w", id, err)
	}
	for i, f := range doc.Fields {
		t, ok := f.(*document.TextField)
		if !ok || !uncompressedDocValues[t.Name()] || !t.Options().IncludeDocValues() {
			continue
		}
		doc.Fields[i] = document.NewTextFieldCustom(t.Name(), t.ArrayPositions(), t.Value(),
			t.Options()|index.SkipDVCompression, ix.keyword)
	}
	return doc, nil
}

// uncompressedDocValues are the fields whose doc values addToBatch keeps
// uncompressed: the keyword fields every faceted query reads.
var uncompressedDocValues = map[string]bool{
	FieldSpeaker + SuffixFacet: true, FieldAcademy + SuffixFacet: true, FieldTopic + SuffixFacet: true,
	FieldYear: true, FieldKind: true, FieldDate: true,
}
