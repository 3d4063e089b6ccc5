package search

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/ingest"
	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
)

// judged is one line of testdata/relevance.txt.
type judged struct {
	line    int
	query   string
	filters map[string]string
	rank    int
	expect  []condition
}

type condition struct{ field, value string }

func readJudged(t testing.TB) []judged {
	f, err := os.Open("testdata/relevance.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []judged
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("relevance.txt:%d: want 4 tab-separated columns, got %d", n, len(cols))
		}
		j := judged{line: n, query: cols[0], filters: map[string]string{}}
		if cols[1] != "-" {
			for _, kv := range strings.Split(cols[1], ";") {
				k, v, _ := strings.Cut(kv, "=")
				j.filters[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		if j.rank, err = strconv.Atoi(cols[2]); err != nil {
			t.Fatalf("relevance.txt:%d: rank %q", n, cols[2])
		}
		for _, c := range splitConditions(cols[3]) {
			k, v, _ := strings.Cut(c, "=")
			j.expect = append(j.expect, condition{k, v})
		}
		out = append(out, j)
	}
	return out
}

// splitConditions splits "kind=article title=Di chúc & speaker=X" into its
// conditions: at " & " and before each known key.
func splitConditions(s string) []string {
	var out []string
	for _, part := range strings.Split(s, " & ") {
		part = strings.TrimSpace(part)
		for {
			cut := -1
			for _, key := range []string{" speaker=", " title=", " academy=", " event=", " kind="} {
				if i := strings.Index(part, key); i > 0 && (cut < 0 || i < cut) {
					cut = i
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, part[:cut])
			part = strings.TrimSpace(part[cut:])
		}
		out = append(out, part)
	}
	return out
}

// hitFields is what the judgements look at in a hit.
type hitFields struct{ kind, speaker, title, academy, event string }

func (j judged) satisfied(h hitFields) bool {
	for _, c := range j.expect {
		switch c.field {
		case "speaker":
			if h.kind != indexer.KindContribution || vi.Key(h.speaker) != vi.Key(c.value) {
				return false
			}
		case "academy":
			if h.kind != indexer.KindContribution || vi.Key(h.academy) != vi.Key(c.value) {
				return false
			}
		case "title":
			if !strings.Contains(vi.Key(h.title), vi.Key(c.value)) {
				return false
			}
		case "event":
			if !strings.Contains(vi.Key(h.event), vi.Key(c.value)) {
				return false
			}
		case "kind":
			if h.kind != c.value {
				return false
			}
		default:
			return false
		}
	}
	return true
}

var (
	relOnce  sync.Once
	relErr   error
	relIndex *indexer.Index
	relBase  bleve.Index
	relStore *corpus.Store
)

// relevanceIndexes builds, once, thamluan's index and a baseline bleve
// index with the standard analyzer over the sample corpus and the seed.
func relevanceIndexes(t testing.TB) (*indexer.Index, bleve.Index) {
	relOnce.Do(func() {
		dir, err := os.MkdirTemp("", "thamluan-rel-")
		if err != nil {
			relErr = err
			return
		}
		ctx := context.Background()
		st, err := corpus.Open(dir)
		if err != nil {
			relErr = err
			return
		}
		relStore = st
		if _, err := ingest.Seed(ctx, st); err != nil {
			relErr = err
			return
		}
		seed, err := os.ReadFile("../web/testdata/seed.txt")
		if err != nil {
			relErr = err
			return
		}
		if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://bocongan.example/seed", ContentType: "text/plain; charset=utf-8", Body: seed}); err != nil {
			relErr = err
			return
		}
		if relIndex, err = indexer.OpenArchiveIndex(ctx, dir, st); err != nil {
			relErr = err
			return
		}
		relBase, relErr = baselineIndex(ctx, st)
	})
	if relErr != nil {
		t.Fatal(relErr)
	}
	return relIndex, relBase
}

// baselineIndex holds the same documents in bleve's default mapping: the
// standard analyzer and the _all field.
func baselineIndex(ctx context.Context, st *corpus.Store) (bleve.Index, error) {
	ix, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		return nil, err
	}
	return ix, fillBaseline(ctx, st, ix)
}

// fillBaseline indexes every article and contribution of the store in ix.
func fillBaseline(ctx context.Context, st *corpus.Store, ix bleve.Index) error {
	b := ix.NewBatch()
	as, _ := st.ArticleIDs(ctx)
	for _, id := range as {
		a, err := st.Article(ctx, id)
		if err != nil {
			return err
		}
		b.Index(indexer.DocID(indexer.KindArticle, id), indexer.ArticleDoc(a))
	}
	cs, _ := st.ContributionIDs(ctx)
	for _, id := range cs {
		c, err := st.Contribution(ctx, id)
		if err != nil {
			return err
		}
		var e *corpus.Event
		if c.EventID != 0 {
			e, _ = st.Event(ctx, c.EventID)
		}
		b.Index(indexer.DocID(indexer.KindContribution, id), indexer.ContributionDoc(c, e))
	}
	return ix.Batch(b)
}

// runThamluan returns the fields of the first n hits of thamluan's search.
func runThamluan(t testing.TB, ix *indexer.Index, j judged, n int) []hitFields {
	r := Request{Q: j.query, Speaker: j.filters["speaker"], Academy: j.filters["academy"], Topic: j.filters["topic"],
		Year: j.filters["year"], Kind: j.filters["kind"], Size: n}
	res, err := New(ix).Search(context.Background(), r)
	if err != nil {
		t.Fatalf("relevance.txt:%d: %v", j.line, err)
	}
	var out []hitFields
	for _, h := range res.Hits {
		out = append(out, hitFields{h.Kind, h.Speaker, h.Title, h.Academy, h.Event})
	}
	return out
}

// runBaseline asks the baseline index what a plain bleve set-up would: a
// match query on _all, filters as exact terms.
func runBaseline(t testing.TB, ix bleve.Index, j judged, n int) []hitFields {
	var must []query.Query
	if strings.TrimSpace(j.query) != "" {
		must = append(must, bleve.NewMatchQuery(j.query))
	} else {
		must = append(must, bleve.NewMatchAllQuery())
	}
	for k, v := range j.filters {
		mq := bleve.NewMatchPhraseQuery(v)
		mq.SetField(k)
		must = append(must, mq)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), n, 0, false)
	req.Fields = []string{"*"}
	res, err := ix.Search(req)
	if err != nil {
		t.Fatalf("baseline relevance.txt:%d: %v", j.line, err)
	}
	var out []hitFields
	for _, h := range res.Hits {
		out = append(out, hitFields{str(h.Fields["kind"]), str(h.Fields["speaker"]), str(h.Fields["title"]),
			str(h.Fields["academy"]), str(h.Fields["event"])})
	}
	return out
}

// scores are the mean reciprocal rank and nDCG@10 of a run, with binary
// gains: a hit is relevant when it satisfies the judgement.
type scores struct{ mrr, ndcg float64 }

func score(j judged, hits []hitFields) (rank int, s scores) {
	dcg, relevant := 0.0, 0
	for i, h := range hits {
		if j.satisfied(h) {
			if rank == 0 {
				rank = i + 1
			}
			if i < 10 {
				dcg += 1 / math.Log2(float64(i+2))
			}
			relevant++
		}
	}
	ideal := 0.0
	for i := 0; i < min(relevant, 10); i++ {
		ideal += 1 / math.Log2(float64(i+2))
	}
	if rank > 0 {
		s.mrr = 1 / float64(rank)
	}
	if ideal > 0 {
		s.ndcg = dcg / ideal
	}
	return rank, s
}

// TestRelevance runs the judged queries: each must reach its rank. It logs
// MRR and nDCG@10 of thamluan and of the baseline over the same corpus.
func TestRelevance(t *testing.T) {
	ix, base := relevanceIndexes(t)
	judgements := readJudged(t)
	var ours, theirs scores
	var missed []string
	for _, j := range judgements {
		hits := runThamluan(t, ix, j, 50)
		rank, s := score(j, hits)
		ours.mrr += s.mrr
		ours.ndcg += s.ndcg
		if rank == 0 || rank > j.rank {
			var top []string
			for _, h := range hits[:min(3, len(hits))] {
				top = append(top, fmt.Sprintf("%s[%s|%.30s]", h.kind, h.speaker, h.title))
			}
			missed = append(missed, fmt.Sprintf("line %d: %q %v: rank %d, want ≤ %d; top: %s", j.line, j.query, j.filters, rank, j.rank, strings.Join(top, " ")))
		}
		_, bs := score(j, runBaseline(t, base, j, 50))
		theirs.mrr += bs.mrr
		theirs.ndcg += bs.ndcg
	}
	n := float64(len(judgements))
	t.Logf("%d judged queries\n| engine | MRR | nDCG@10 |\n|---|---|---|\n| thamluan | %.3f | %.3f |\n| bleve standard analyzer, _all | %.3f | %.3f |",
		len(judgements), ours.mrr/n, ours.ndcg/n, theirs.mrr/n, theirs.ndcg/n)
	sort.Strings(missed)
	for _, m := range missed {
		t.Error(m)
	}
	if ours.mrr/n < 0.95 {
		t.Errorf("MRR %.3f, want at least 0.95", ours.mrr/n)
	}
}

// TestSeedOnlyBlackBox checks the promises of the search over the seed page
// alone: unaccented and NFD names, the academy written with CAND.
func TestSeedOnlyBlackBox(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seed, _ := os.ReadFile("../web/testdata/seed.txt")
	if _, err := ingest.Ingest(ctx, st, ingest.Page{URL: "https://bocongan.example/seed", ContentType: "text/plain", Body: seed}); err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.OpenArchiveIndex(ctx, dir, st)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	s := New(ix)
	res, err := s.Search(ctx, Request{Q: "hoc vien chinh tri CAND"})
	if err != nil {
		t.Fatal(err)
	}
	top := []string{}
	for i, h := range res.Hits {
		if i < 3 {
			top = append(top, h.Speaker)
		}
	}
	if !strings.Contains(strings.Join(top, ","), "Đinh Ngọc Hoa") {
		t.Errorf("hoc vien chinh tri CAND: top 3 = %q, want Đinh Ngọc Hoa among them", top)
	}
}
