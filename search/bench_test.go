package search

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/thamluan/thamluan/indexer"
)

// queryClasses are the kinds of query a researcher types.
var queryClasses = []struct{ name, q string }{
	{"speaker-diacritics", "Nguyễn Văn Thiết"},
	{"speaker-folded", "nguyen van thiet"},
	{"speaker-with-rank", "Đại tá, TS Lê Văn Bình"},
	{"academy-abbrev", "hoc vien chinh tri CAND"},
	{"topic-phrase", "an ninh mạng"},
	{"free-words", "đào tạo ngoại ngữ cho học viên"},
}

// BenchmarkSearch measures thamluan's search per query class, facets and
// snippets included, beside a match query on bleve's default mapping
// (standard analyzer, _all) over the same documents.
func BenchmarkSearch(b *testing.B) {
	ix, base := relevanceIndexes(b)
	s := New(ix)
	ctx := context.Background()
	for _, qc := range queryClasses {
		b.Run("thamluan/"+qc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, Request{Q: qc.q}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("baseline/"+qc.name, func(b *testing.B) {
			for b.Loop() {
				req := bleve.NewSearchRequest(bleve.NewMatchQuery(qc.q))
				req.Fields = []string{"*"}
				req.AddFacet("speaker", bleve.NewFacetRequest("speaker", 15))
				if _, err := base.Search(req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSuggest measures completion of a speaker prefix.
func BenchmarkSuggest(b *testing.B) {
	ix, _ := relevanceIndexes(b)
	s := New(ix)
	for b.Loop() {
		if _, err := s.Suggest(context.Background(), indexer.FieldSpeaker, "tran qu", 10); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIndexSize logs the size on disk of thamluan's index and of a bleve
// index with the default mapping over the same documents
// (go test -run IndexSize -v ./search/).
func TestIndexSize(t *testing.T) {
	ix, _ := relevanceIndexes(t)
	dir := filepath.Join(t.TempDir(), "baseline")
	base, err := bleve.New(dir, bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	if err := fillBaseline(context.Background(), relStore, base); err != nil {
		t.Fatal(err)
	}
	n, _ := base.DocCount()
	base.Close()
	ours, theirs := dirSize(ix.Path()), dirSize(dir)
	t.Logf("%d documents: thamluan index %d KB, bleve default mapping %d KB (ratio %.2f)", n, ours/1024, theirs/1024, float64(ours)/float64(theirs))
}

func dirSize(p string) int64 {
	var total int64
	filepath.Walk(p, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	return total
}
