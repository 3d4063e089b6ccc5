package indexer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
)

// sampleText is the visible text of the sample corpus, about 150 KB of
// Vietnamese.
func sampleText(b *testing.B) []byte {
	pages, _ := filepath.Glob("../corpus/sample/*.html")
	tags := regexp.MustCompile(`<[^>]*>`)
	var sb strings.Builder
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(tags.ReplaceAllString(string(raw), " "))
	}
	return []byte(sb.String())
}

// BenchmarkAnalyzer measures each Vietnamese analyzer beside bleve's
// standard analyzer on the same text.
func BenchmarkAnalyzer(b *testing.B) {
	text := sampleText(b)
	for _, name := range []string{standard.Name, AnalyzerName, FoldAnalyzerName, BigramAnalyzerName, PrefixAnalyzerName} {
		a, err := registry.NewCache().AnalyzerNamed(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				a.Analyze(text)
			}
		})
	}
}

// BenchmarkIndexSample indexes the sample corpus from the store into a
// fresh index: documents per second of the whole indexing path.
func BenchmarkIndexSample(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest.Seed(ctx, st); err != nil {
		b.Fatal(err)
	}
	as, _ := st.ArticleIDs(ctx)
	cs, _ := st.ContributionIDs(ctx)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ix, err := Open(filepath.Join(dir, fmt.Sprintf("bench-index-%d", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Sync(ctx, st); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(len(as)+len(cs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
