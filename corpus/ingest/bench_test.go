package ingest

import (
	"context"
	"testing"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/sample"
)

// BenchmarkIngest archives, reads and stores the sample corpus into a new
// store: the store's share of an import (the index is not involved).
func BenchmarkIngest(b *testing.B) {
	pages, err := sample.Pages()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		st, err := corpus.Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range pages {
			if _, err := Ingest(context.Background(), st, Page{URL: p.URL, ContentType: "text/html", Body: p.HTML}); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}
