package search

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/indexer"
)

// TestTiesNewestFirst: hits of equal score come newest first, though the
// index sorts a relevance query by score alone.
func TestTiesNewestFirst(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seed, err := os.ReadFile("../web/testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The same report on three days, stored oldest, newest, middle: the
	// same words at the same length, so the same score.
	for i, day := range []string{"14", "11", "17"} {
		body := strings.ReplaceAll(string(seed), "14/07/2023", day+"/07/2023")
		body = strings.Replace(body, "Thứ Sáu, 21/06/2024", "Thứ Sáu, "+day+"/06/2024", 1)
		page := ingest.Page{URL: fmt.Sprintf("https://bocongan.example/tin-%d", i), ContentType: "text/plain; charset=utf-8", Body: []byte(body)}
		if _, err := ingest.Ingest(ctx, st, page); err != nil {
			t.Fatal(err)
		}
	}
	ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := New(ix).Search(ctx, Request{Q: "phát triển đảng viên", Kind: indexer.KindArticle, NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, h := range res.Hits {
		dates = append(dates, h.Date)
		if !sameScore(h.Score, res.Hits[0].Score) {
			t.Fatalf("scores differ (%v, %v): the test needs a tie", res.Hits[0].Score, h.Score)
		}
	}
	want := "2023-07-17 2023-07-14 2023-07-11"
	if got := strings.Join(dates, " "); got != want {
		t.Errorf("tied hits by date: got %s, want %s", got, want)
	}
}
