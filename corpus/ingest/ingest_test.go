package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/thamluan/thamluan/corpus"
)

// TestHostilePages imports pages built to break readers: every one is
// archived, none crashes, and each either gives an article or a clear
// error.
func TestHostilePages(t *testing.T) {
	ctx := context.Background()
	st, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	files, _ := filepath.Glob("testdata/hostile/*")
	// A 10 MB page, made here rather than kept in the repository.
	huge := bytes.Repeat([]byte("<p>Với tham luận “A”, Đại tá, TS Lê Minh Hải, Phó Giám đốc Học viện Quốc tế cho rằng hội thảo có ích.</p>\n"), 10<<20/130)
	pages := map[string][]byte{"huge.html": append([]byte("<html><body><h1>Hội thảo lớn</h1>"), huge...)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(f)] = b
	}
	for name, body := range pages {
		ct := "text/html"
		if strings.HasSuffix(name, ".txt") {
			ct = "text/plain"
		}
		res, err := Ingest(ctx, st, Page{URL: "https://hostile.example/" + name, ContentType: ct, Body: body})
		if res.OriginalID == 0 {
			t.Errorf("%s: not archived (err %v)", name, err)
			continue
		}
		if err != nil && (err.Error() == "" || !strings.Contains(err.Error(), name)) {
			t.Errorf("%s: unclear error %q", name, err)
		}
		t.Logf("%s: article %d, err %v", name, res.ArticleID, err)
	}
	counts, _ := st.Counts(ctx)
	if counts.Originals != len(pages) {
		t.Errorf("archived %d originals, want %d", counts.Originals, len(pages))
	}
}
