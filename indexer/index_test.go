package indexer

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/registry"
	index "github.com/blevesearch/bleve_index_api"
	"github.com/google/go-cmp/cmp"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/corpus/vi"
)

func terms(t *testing.T, analyzer, text string) []string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(analyzer)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return out
}

func TestAnalyzers(t *testing.T) {
	nfd := "Ho\u0323c vie\u0323\u0302n An ninh"
	tests := []struct {
		analyzer, in string
		want         []string
	}{
		{AnalyzerName, "Học viện An ninh nhân dân", []string{"học", "viện", "an", "ninh", "nhân", "dân"}},
		{AnalyzerName, nfd, []string{"học", "viện", "an", "ninh"}},
		{AnalyzerName, "Đảng uỷ, HOÀ BÌNH", []string{"đảng", "ủy", "hòa", "bình"}},
		{AnalyzerName, "Ðặng Văn An", []string{"đặng", "văn", "an"}},
		{FoldAnalyzerName, "Đảng uỷ Công an", []string{"dang", "uy", "cong", "an"}},
		{FoldAnalyzerName, nfd, []string{"hoc", "vien", "an", "ninh"}},
		{FoldAnalyzerName, "học viên", []string{"hoc", "vien"}},
		{BigramAnalyzerName, "Học viện An ninh", []string{"hoc vien", "vien an", "an ninh"}},
		{KeywordAnalyzerName, "Học viện Chính trị Công an nhân dân", []string{"hoc vien chinh tri cong an nhan dan"}},
		{PrefixAnalyzerName, "Trần", []string{"t", "tr", "tra", "tran"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, terms(t, tt.analyzer, tt.in)); diff != "" {
			t.Errorf("%s(%q) (-want +got):\n%s", tt.analyzer, tt.in, diff)
		}
	}
}

// TestBigramFilterIsShingle checks the bigram filter against bleve's
// shingle filter on the sample corpus's text: the same tokens, terms,
// positions and offsets.
func TestBigramFilterIsShingle(t *testing.T) {
	pages, _ := filepath.Glob("../corpus/sample/*.html")
	if len(pages) == 0 {
		t.Fatal("no sample pages")
	}
	tok := Tokenizer{}
	fold := wordFilter(vi.FoldWord)
	ref := shingle.NewShingleFilter(2, 2, false, " ", "_")
	for _, p := range append(pages, "") {
		text := []byte("Đảng uỷ, Học viện An ninh nhân dân. Ho\u0323c")
		if p != "" {
			var err error
			if text, err = os.ReadFile(p); err != nil {
				t.Fatal(err)
			}
		}
		want := ref.Filter(fold.Filter(tok.Tokenize(text)))
		got := bigramFilter{}.Filter(fold.Filter(tok.Tokenize(text)))
		if len(got) != len(want) {
			t.Fatalf("%s: %d bigrams, shingle gives %d", p, len(got), len(want))
		}
		for i := range want {
			if diff := cmp.Diff(*want[i], *got[i]); diff != "" {
				t.Fatalf("%s: bigram %d (-shingle +bigram):\n%s", p, i, diff)
			}
		}
	}
	for _, in := range []string{"", "một"} {
		if got := (bigramFilter{}).Filter(tok.Tokenize([]byte(in))); len(got) != 0 {
			t.Errorf("bigrams of %q: %d, want none", in, len(got))
		}
	}
}

func TestOffsetsPointIntoOriginal(t *testing.T) {
	a, _ := registry.NewCache().AnalyzerNamed(FoldAnalyzerName)
	in := "Thượng tá Ho\u0323c — Đảng uỷ"
	for _, tok := range a.Analyze([]byte(in)) {
		orig := in[tok.Start:tok.End]
		if got := string(a.Analyze([]byte(orig))[0].Term); got != string(tok.Term) {
			t.Errorf("token %q at %d:%d slices %q", tok.Term, tok.Start, tok.End, orig)
		}
	}
}

// archive builds a store with the sample corpus in a temp dir.
func archive(t *testing.T) (string, *corpus.Store) {
	t.Helper()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := ingest.Seed(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return dir, st
}

func TestCatchUpAfterStopBeforeIndexing(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := ix.DocCount()
	// A write reaches the store; the process stops before the index sees
	// it.
	page := []byte(`<html><head><title>x</title></head><body><h1>Tọa đàm mới</h1><p>Sáng 2/3/2024, tại Hà Nội, Học viện Quốc tế tổ chức Tọa đàm “Hợp tác quốc tế về an ninh mạng”. Với tham luận “Kinh nghiệm quốc tế”, Đại tá, TS Lê Minh Hải, Phó Giám đốc Học viện Quốc tế cho rằng hợp tác là cần thiết.</p></body></html>`)
	if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://new.example/1", Body: page}); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if d, _ := checkOnce(t, dir, st); d.OK() {
		t.Fatal("check reports no drift although the index missed a write")
	}
	ix, err = OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	after, _ := ix.DocCount()
	if after != before+2 {
		t.Errorf("documents after catch-up = %d, want %d (one article, one contribution)", after, before+2)
	}
	d, err := ix.Check(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if !d.OK() {
		t.Errorf("drift after catch-up: %+v", d)
	}
}

func checkOnce(t *testing.T, dir string, st *corpus.Store) (Drift, error) {
	t.Helper()
	ix, err := Open(filepath.Join(dir, Dir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	return ix.Check(context.Background(), st)
}

// TestKilledIndexer kills a child process in the middle of indexing and
// checks that the index reopens and catches up with nothing lost.
func TestKilledIndexer(t *testing.T) {
	if os.Getenv("THAMLUAN_CHILD_INDEX") != "" {
		dir := os.Getenv("THAMLUAN_CHILD_INDEX")
		st, err := corpus.Open(dir)
		if err != nil {
			os.Exit(3)
		}
		ix, err := Open(filepath.Join(dir, Dir))
		if err != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("ready\n")
		for {
			// Index over and over, until killed.
			ix.SetInternal(seqKey, []byte("0"))
			if _, err := ix.Sync(context.Background(), st); err != nil {
				os.Exit(4)
			}
		}
	}
	ctx := context.Background()
	dir, st := archive(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledIndexer$")
	cmd.Env = append(os.Environ(), "THAMLUAN_CHILD_INDEX="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	if _, err := out.Read(buf); err != nil || !strings.HasPrefix(string(buf), "ready") {
		cmd.Process.Kill()
		t.Fatalf("child did not start: %q %v", buf, err)
	}
	// Let it index for a while (several full passes over the change log
	// on this corpus), then kill it wherever it is.
	time.Sleep(700 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer ix.Close()
	d, err := ix.Check(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if !d.OK() {
		t.Errorf("drift after kill and reopen: %+v", d)
	}
}

func TestRebuild(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ix.DocCount()
	ix.Close()
	got, err := Rebuild(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("rebuilt %d documents, want %d", got, want)
	}
	if d, err := checkOnce(t, dir, st); err != nil || !d.OK() {
		t.Errorf("check after rebuild: %+v %v", d, err)
	}
	if _, err := os.Stat(filepath.Join(dir, Dir+".new")); !os.IsNotExist(err) {
		t.Errorf("rebuild left its work directory behind")
	}
}

// TestRebuildShardsInOrder: a rebuild applies its shards of documents on
// several appliers, while an editor keeps editing one article. Once the
// edits stop and the rebuilt index catches up, it holds the last version,
// and the index stands at the store's last change.
func TestRebuildShardsInOrder(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	defer func(n, m int) { maxBatchDocs, batchSize = n, m }(maxBatchDocs, batchSize)
	maxBatchDocs, batchSize = 2, 3
	ed, err := st.AddUser(ctx, "bientap", corpus.RoleEditor, "mat-khau-dai-du-12")
	if err != nil {
		t.Fatal(err)
	}
	ids, err := st.ArticleIDs(ctx)
	if err != nil || len(ids) == 0 {
		t.Fatal(ids, err)
	}
	edit := func(i int) string {
		a, err := st.Article(ctx, ids[0])
		if err != nil {
			t.Error(err)
			return ""
		}
		a.Title = fmt.Sprintf("Hội thảo khoa học lần sửa thứ %d về phòng chống tội phạm", i)
		if err := st.EditArticle(ctx, ids[0], a, ed, ""); err != nil {
			t.Error(err)
		}
		return a.Title
	}
	for i := range 5 {
		edit(i)
	}
	done := make(chan string)
	go func() {
		last := ""
		for i := 5; i < 25; i++ {
			last = edit(i)
		}
		done <- last
	}()
	if _, err := Rebuild(ctx, dir, st); err != nil {
		t.Fatal(err)
	}
	want := <-done
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if d, err := ix.Check(ctx, st); err != nil || !d.OK() {
		t.Fatalf("check after a sharded rebuild: %+v %v", d, err)
	}
	doc, err := ix.Document(DocID(KindArticle, ids[0]))
	if err != nil || doc == nil {
		t.Fatal(doc, err)
	}
	got := ""
	doc.VisitFields(func(f index.Field) {
		if f.Name() == FieldTitle {
			got = string(f.Value())
		}
	})
	if got != want {
		t.Errorf("title in the rebuilt index %q, want the last edit %q", got, want)
	}
}

// TestBulk loads documents through several appliers, in many small
// batches: every one is indexed, searchable, with its doc values as
// addToBatch writes them.
func TestBulk(t *testing.T) {
	ctx := context.Background()
	defer func(n int) { maxBatchDocs = n }(maxBatchDocs)
	maxBatchDocs = 3
	ix, err := Open(filepath.Join(t.TempDir(), Dir))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	bl := ix.Bulk(ctx)
	for i := range 50 {
		doc := Doc{Kind: KindContribution, Title: fmt.Sprintf("Tham luận số %d về an ninh mạng", i), Speaker: []string{"Đặng Văn Đức"}, Date: "2023-07-14"}
		if err := bl.Add(DocID(KindContribution, int64(i+1)), doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := bl.Close(); err != nil {
		t.Fatal(err)
	}
	if n, _ := ix.DocCount(); n != 50 {
		t.Errorf("%d documents after a bulk load of 50", n)
	}
	q := bleve.NewTermQuery("dang van duc")
	q.SetField(FieldSpeaker + SuffixKey)
	req := bleve.NewSearchRequest(q)
	req.AddFacet("speaker", bleve.NewFacetRequest(FieldSpeaker+SuffixFacet, 5))
	res, err := ix.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 50 || res.Facets["speaker"].Terms.Terms()[0].Count != 50 {
		t.Errorf("search after a bulk load: %d hits, facets %+v", res.Total, res.Facets["speaker"])
	}
}

// TestSmallBatches: a change set cut into many bleve batches indexes the
// same documents, and the applied sequence reaches the store's last.
func TestSmallBatches(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	defer func(n int) { maxBatchDocs = n }(maxBatchDocs)
	maxBatchDocs = 3
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	d, err := ix.Check(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if !d.OK() || d.StoreDocs < 100 {
		t.Errorf("after batches of %d documents: %+v", maxBatchDocs, d)
	}
}

// TestSyncWhileWriting runs two syncs in a loop, as the server's ticker and
// an editor's save do, while pages are stored: once the writes stop and a
// last sync runs, the index holds exactly what the store holds.
func TestSyncWhileWriting(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	defer func(n int) { maxBatchDocs = n }(maxBatchDocs)
	maxBatchDocs = 5
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	done := make(chan struct{})
	errs := make(chan error, 2)
	for range 2 {
		go func() {
			for {
				select {
				case <-done:
					errs <- nil
					return
				default:
				}
				if _, err := ix.Sync(ctx, st); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	if _, err := ingest.Seed(ctx, st); err != nil {
		t.Fatal(err)
	}
	close(done)
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	d, err := ix.Check(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if !d.OK() || d.StoreDocs < 100 {
		t.Errorf("after syncing while writing: %+v", d)
	}
}

func TestCorruptIndexIsRebuilt(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	path := filepath.Join(dir, Dir)
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatalf("open over a corrupt index: %v", err)
	}
	defer ix.Close()
	if d, err := ix.Check(ctx, st); err != nil || !d.OK() {
		t.Errorf("check after rebuild of corrupt index: %+v %v", d, err)
	}
}

// TestMappingChangeRebuilds: an index built with another mapping (here,
// one that does not map article bodies at all, as an index from before
// Doc.Body would) is rebuilt from the store when the archive opens it,
// and then finds articles by words of their bodies.
func TestMappingChangeRebuilds(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	path := filepath.Join(dir, Dir)
	m := NewMapping()
	m.DefaultMapping.Properties["body"].Fields = nil
	old, err := bleve.New(path, m)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.SetInternal(mappingVersionKey, []byte("2026-11-01")); err != nil {
		t.Fatal(err)
	}
	old.Close()
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Sync(ctx, st); err != nil {
		t.Fatal(err)
	}
	bodyWord := func(ix *Index) uint64 {
		q := bleve.NewTermQuery("dang")
		q.SetField(FieldText + SuffixFold)
		kind := bleve.NewTermQuery(KindArticle)
		kind.SetField(FieldKind)
		res, err := ix.Search(bleve.NewSearchRequest(bleve.NewConjunctionQuery(q, kind)))
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if n := bodyWord(ix); n != 0 {
		t.Fatalf("the old mapping finds %d articles by a body word; the test needs one that finds none", n)
	}
	ix.Close()

	ix, err = OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if v, err := ix.MappingVersion(); err != nil || v != MappingVersion {
		t.Errorf("mapping version after open = %q, %v; want %q", v, err, MappingVersion)
	}
	if n := bodyWord(ix); n == 0 {
		t.Error("after the rebuild no article is found by a word of its body")
	}
	if d, err := ix.Check(ctx, st); err != nil || !d.OK() {
		t.Errorf("check after the rebuild: %+v %v", d, err)
	}
}

// TestCompact: an index built in many small batches has many segments;
// compacted, it has at most two and answers every query as before.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	defer func(n int) { maxBatchDocs = n }(maxBatchDocs)
	maxBatchDocs = 5
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	segments := func() uint64 {
		adv, err := ix.Advanced()
		if err != nil {
			t.Fatal(err)
		}
		return adv.StatsMap()["TotFileSegmentsAtRoot"].(uint64)
	}
	hits := func() []string {
		q := bleve.NewMatchQuery("an ninh mang")
		q.SetField(FieldText + SuffixFold)
		req := bleve.NewSearchRequestOptions(q, 500, 0, false)
		res, err := ix.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		sort.Strings(ids)
		return ids
	}
	before, n := hits(), segments()
	if err := ix.Compact(ctx); err != nil {
		t.Fatal(err)
	}
	after, m := hits(), segments()
	t.Logf("segments: %d before compaction, %d after; %d hits", n, m, len(after))
	if m > 2 || m >= n && n > 2 {
		t.Errorf("segments: %d before compaction, %d after", n, m)
	}
	if len(before) == 0 || !slices.Equal(before, after) {
		t.Errorf("hits before compaction %v, after %v", before, after)
	}
	if d, err := ix.Check(ctx, st); err != nil || !d.OK() {
		t.Errorf("check after compaction: %+v, %v", d, err)
	}
}

// TestCompactDir: a closed index built in small batches, compacted in its
// directory, keeps on disk only the files of its live segments, and the
// same documents.
func TestCompactDir(t *testing.T) {
	ctx := context.Background()
	dir, st := archive(t)
	defer func(n int) { maxBatchDocs = n }(maxBatchDocs)
	maxBatchDocs = 5
	ix, err := OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := ix.DocCount()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, Dir)
	zaps := func() int {
		files, err := filepath.Glob(filepath.Join(path, "store", "*.zap"))
		if err != nil {
			t.Fatal(err)
		}
		return len(files)
	}
	n := zaps()
	if err := CompactDir(ctx, path); err != nil {
		t.Fatal(err)
	}
	m := zaps()
	t.Logf("segment files: %d before compaction, %d after", n, m)
	if m > 2 || m >= n && n > 2 {
		t.Errorf("segment files: %d before compaction, %d after", n, m)
	}
	ix, err = OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if after, _ := ix.DocCount(); after != docs {
		t.Errorf("documents: %d before compaction, %d after", docs, after)
	}
	if d, err := ix.Check(ctx, st); err != nil || !d.OK() {
		t.Errorf("check after compaction: %+v, %v", d, err)
	}
}

// TestUncompressedDocValues: the facet and sort fields are indexed with
// uncompressed doc values, and an index so built counts the same facets
// and orders by date the same as one built with bleve's defaults.
func TestUncompressedDocValues(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	plain, err := bleve.New(filepath.Join(t.TempDir(), "plain"), NewMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	docs := map[string]Doc{}
	speakers := []string{"Nguyễn Văn An", "Đỗ Thị Hà", "Lê Văn Bình"}
	academies := []string{"Học viện An ninh nhân dân", "Học viện Cảnh sát nhân dân"}
	for i := range 40 {
		docs[DocID(KindContribution, int64(i+1))] = Doc{Kind: KindContribution, Title: fmt.Sprintf("Tham luận %d về an ninh mạng", i),
			Speaker: []string{speakers[i%3]}, Academy: []string{academies[i%2]}, Topic: []string{"an ninh mạng"},
			Date: fmt.Sprintf("20%02d-07-%02d", 15+i%9, 1+i%28), Year: fmt.Sprintf("20%02d", 15+i%9)}
	}
	b, pb := ix.NewBatch(), plain.NewBatch()
	for id, d := range docs {
		if err := ix.addToBatch(b, id, d); err != nil {
			t.Fatal(err)
		}
		if err := pb.Index(id, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Batch(b); err != nil {
		t.Fatal(err)
	}
	if err := plain.Batch(pb); err != nil {
		t.Fatal(err)
	}
	doc, err := ix.document("x", docs["contribution/1"])
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range doc.Fields {
		if uncompressedDocValues[f.Name()] {
			seen[f.Name()] = true
			if !f.Options().SkipDVCompression() || !f.Options().IncludeDocValues() {
				t.Errorf("%s: options %v, want doc values uncompressed", f.Name(), f.Options())
			}
		}
	}
	if len(seen) != len(uncompressedDocValues) {
		t.Errorf("fields with uncompressed doc values %v, want %v", seen, uncompressedDocValues)
	}
	run := func(i bleve.Index) *bleve.SearchResult {
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 40, 0, false)
		req.SortBy([]string{"-" + FieldDate, "_id"})
		for _, f := range FacetFields {
			req.AddFacet(f, bleve.NewFacetRequest(f+SuffixFacet, 10))
		}
		req.AddFacet(FieldYear, bleve.NewFacetRequest(FieldYear, 10))
		res, err := i.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	got, want := run(ix.Index), run(plain)
	for name, f := range want.Facets {
		if g := got.Facets[name]; g == nil || !cmp.Equal(g.Terms.Terms(), f.Terms.Terms()) {
			t.Errorf("facet %s: got %v, want %v", name, g, f)
		}
	}
	var gotIDs, wantIDs []string
	for i := range got.Hits {
		gotIDs, wantIDs = append(gotIDs, got.Hits[i].ID), append(wantIDs, want.Hits[i].ID)
	}
	if !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("by date: %v, want %v", gotIDs, wantIDs)
	}
}
