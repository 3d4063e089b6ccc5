package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"golang.org/x/text/unicode/norm"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// sameText compares Vietnamese text whatever its normal form and tone style.
func sameText(a, b string) bool {
	n := func(s string) string {
		s = norm.NFC.String(s)
		return strings.NewReplacer("uỷ", "ủy", "oà", "òa", "Uỷ", "Ủy").Replace(s)
	}
	return n(a) == n(b)
}

// TestExtractSeed is the golden test of the reference page: thamluan
// extract must read it as its truth file does.
func TestExtractSeed(t *testing.T) {
	seed := "testdata/bocongan-2023-07-14-phat-trien-dang-vien"
	code, out, errs := runCmd(t, "extract", seed+".txt")
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	var got, want struct {
		Title         string `json:"title"`
		Published     string `json:"published"`
		Contributions []struct {
			Speaker *struct {
				Name   string   `json:"name"`
				Rank   string   `json:"rank"`
				Titles []string `json:"titles"`
			} `json:"speaker"`
			Academy *string `json:"academy"`
			Title   *string `json:"title"`
		} `json:"contributions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("extract printed no JSON: %v\n%s", err, out)
	}
	b, _ := os.ReadFile(seed + ".truth.json")
	json.Unmarshal(b, &want)
	if got.Title != want.Title || got.Published != want.Published {
		t.Errorf("title, published = %q, %q; want %q, %q", got.Title, got.Published, want.Title, want.Published)
	}
	if len(got.Contributions) != len(want.Contributions) {
		t.Fatalf("contributions = %d, want %d", len(got.Contributions), len(want.Contributions))
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for i, w := range want.Contributions {
		g := got.Contributions[i]
		if g.Speaker == nil || !sameText(g.Speaker.Name, w.Speaker.Name) || g.Speaker.Rank != w.Speaker.Rank ||
			strings.Join(g.Speaker.Titles, ",") != strings.Join(w.Speaker.Titles, ",") {
			t.Errorf("contribution %d speaker = %+v, want %+v", i, g.Speaker, w.Speaker)
		}
		if !sameText(str(g.Academy), str(w.Academy)) || !sameText(str(g.Title), str(w.Title)) {
			t.Errorf("contribution %d academy, title = %q, %q; want %q, %q", i, str(g.Academy), str(g.Title), str(w.Academy), str(w.Title))
		}
	}
}

func TestUsage(t *testing.T) {
	if code, out, _ := runCmd(t, "help"); code != 0 || !strings.Contains(out, "serve") {
		t.Errorf("help: exit %d, %q", code, out)
	}
	if code, _, errs := runCmd(t, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
	if code, _, _ := runCmd(t, "extract"); code != 2 {
		t.Errorf("extract without a file: exit %d, want 2", code)
	}
	if code, _, errs := runCmd(t, "extract", "--help"); code != 0 || !strings.Contains(errs, "Usage: thamluan extract") {
		t.Errorf("extract --help: exit %d, %q", code, errs)
	}
}

// TestImportCheckReindex imports the sample pages, checks the index, makes
// it drift behind the store, and repairs it.
// TestBatchGC: a batch command raises the collector's target unless GOGC
// says otherwise; the server keeps Go's default.
func TestBatchGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	data := t.TempDir()
	t.Setenv("GOGC", "")
	if code, _, errs := runCmd(t, "--data", data, "reindex"); code != 0 {
		t.Fatalf("reindex: exit %d: %s", code, errs)
	}
	if got := debug.SetGCPercent(100); got != batchGCPercent {
		t.Errorf("after reindex: GC percent %d, want %d", got, batchGCPercent)
	}
	t.Setenv("GOGC", "100")
	if code, _, errs := runCmd(t, "--data", data, "reindex"); code != 0 {
		t.Fatalf("reindex: exit %d: %s", code, errs)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=100: GC percent %d, want 100", got)
	}
}

func TestImportCheckReindex(t *testing.T) {
	data := t.TempDir()
	code, out, errs := runCmd(t, "--data", data, "import", "../../corpus/sample", "testdata")
	if code != 0 || !strings.Contains(out, "imported 27 files") {
		t.Fatalf("import: exit %d: %s %s", code, out, errs)
	}
	if code, out, _ := runCmd(t, "--data", data, "import", "../../corpus/sample"); code != 0 || !strings.Contains(out, "26 unchanged") {
		t.Errorf("second import: exit %d: %s", code, out)
	}
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 0 || !strings.Contains(out, "ok") {
		t.Fatalf("check after import: exit %d: %s", code, out)
	}
	// A write the index has not seen.
	st, err := corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := os.ReadFile(filepath.Join("testdata", "bocongan-2023-07-14-phat-trien-dang-vien.txt"))
	if _, err := ingest.Ingest(context.Background(), st, ingest.Page{URL: "https://other.example/copy", ContentType: "text/plain", Body: append(page, '\n')}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 1 || !strings.Contains(out, "behind") {
		t.Errorf("check with drift: exit %d: %s", code, out)
	}
	if code, out, errs := runCmd(t, "--data", data, "check", "--repair"); code != 0 || !strings.Contains(out, "repaired") {
		t.Fatalf("check --repair: exit %d: %s %s", code, out, errs)
	}
	if code, out, errs := runCmd(t, "--data", data, "reindex"); code != 0 || !strings.Contains(out, "reindexed") {
		t.Fatalf("reindex: exit %d: %s %s", code, out, errs)
	}
	if code, out, _ := runCmd(t, "--data", data, "check"); code != 0 {
		t.Errorf("check after reindex: exit %d: %s", code, out)
	}
	if code, out, errs := runCmd(t, "--data", data, "reextract"); code != 0 || !strings.Contains(out, "re-read 28 originals") || !strings.Contains(out, "0 articles changed") {
		t.Errorf("reextract: exit %d: %s %s", code, out, errs)
	}
	// An article an older extractor read differently: reextract says what
	// changes.
	st, err = corpus.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := st.ArticleByURL(ctx, "https://other.example/copy")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := st.Article(ctx, id)
	a.Title = "Tiêu đề cũ"
	a.Contributions = a.Contributions[:4]
	if _, err := st.SaveArticle(ctx, a, 0); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs = runCmd(t, "--data", data, "reextract")
	if code != 0 || !strings.Contains(out, "1 articles changed") || !strings.Contains(out, `title "Tiêu đề cũ"`) || !strings.Contains(out, "+ contribution nguyen van quoc") {
		t.Errorf("reextract after a change: exit %d: %s %s", code, out, errs)
	}
}

// TestSecondServeRefused starts a server and checks that a second one on
// the same data dir fails at once with the lock message.
func TestSecondServeRefused(t *testing.T) {
	data := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var out1, err1 lockedBuffer
	go func() {
		done <- run(ctx, []string{"--data", data, "serve", "--addr", "127.0.0.1:0", "--no-sample"}, &out1, &err1)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(err1.String(), "serving") {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("first server did not start: %s", err1.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	start := time.Now()
	code, _, errs := runCmd(t, "--data", data, "serve", "--addr", "127.0.0.1:0")
	if code != 1 || !strings.Contains(errs, "in use by PID") {
		t.Errorf("second serve: exit %d, %q", code, errs)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("second serve took %s to fail", d)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("first server exit %d: %s", code, err1.String())
	}
}

// lockedBuffer is a buffer a server goroutine writes while the test reads.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestBackupRestoreRoundTrip backs up an archive, restores it into a new
// data dir and checks that the copy holds the same and answers searches.
func TestBackupRestoreRoundTrip(t *testing.T) {
	data := t.TempDir()
	if code, out, errs := runCmd(t, "--data", data, "import", "../../corpus/sample"); code != 0 {
		t.Fatalf("import: %s %s", out, errs)
	}
	file := filepath.Join(t.TempDir(), "archive.tar.gz")
	code, out, errs := runCmd(t, "--data", data, "backup", file)
	if code != 0 || !strings.Contains(out, "backed up 26 articles") {
		t.Fatalf("backup: exit %d: %s %s", code, out, errs)
	}
	restored := t.TempDir()
	code, out, errs = runCmd(t, "--data", restored, "restore", file)
	if code != 0 || !strings.Contains(out, "restored 26 articles") {
		t.Fatalf("restore: exit %d: %s %s", code, out, errs)
	}
	if code, out, _ := runCmd(t, "--data", restored, "check"); code != 0 {
		t.Errorf("check after restore: exit %d: %s", code, out)
	}
	if code, _, errs := runCmd(t, "--data", restored, "restore", file); code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("restore over an archive: exit %d: %s", code, errs)
	}
}
