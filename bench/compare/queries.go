package main

import (
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Query classes. Every engine gets the same strings; each asks in the way
// a competent user of it would: a phrase class as a phrase (bleve
// match_phrase, FTS5 "quoted"), a words class as all of the words, in any
// field. thamluan gets the string as a researcher types it.
const (
	classSpeaker   = "speaker"            // a speaker's name with diacritics
	classFolded    = "speaker-unaccented" // the same names without diacritics, đ as d
	classAcademy   = "academy"            // an academy's full name
	classTopic     = "topic"              // a topic phrase
	classWords     = "words"              // 2–3 words of a body, not adjacent in the query's sense
	classFacets    = "facets"             // a topic phrase with facets: speaker, academy, topic, year, kind
	classHighlight = "highlight"          // free words with a highlighted snippet of the text
)

// classes in table order.
var classes = []string{classSpeaker, classFolded, classAcademy, classTopic, classWords, classFacets, classHighlight}

// phraseClass reports whether a class's strings are phrases.
func phraseClass(c string) bool { return c != classWords && c != classHighlight }

// pair is a query typed with diacritics and the same typed without: the
// unaccented form should find what the accented one finds.
type pair struct {
	Class    string
	Accented string
	Folded   string
}

// querySets are the strings of each class and the unaccented pairs.
type querySets struct {
	Classes map[string][]string
	Pairs   []pair
}

// queryBuilder collects speakers, academies, topics and body words from
// the documents as they are prepared.
type queryBuilder struct {
	speakers, academies, topics map[string]bool
	words                       []string
	r                           *rand.Rand
}

func newQueryBuilder() *queryBuilder {
	return &queryBuilder{speakers: map[string]bool{}, academies: map[string]bool{}, topics: map[string]bool{},
		r: rand.New(rand.NewPCG(seed, 17))}
}

func (b *queryBuilder) add(recs []record) {
	for _, r := range recs {
		for _, s := range r.Doc.Speaker {
			b.speakers[s] = true
		}
		for _, s := range r.Doc.Academy {
			b.academies[s] = true
		}
		for _, s := range r.Doc.Topic {
			b.topics[s] = true
		}
		// A few word runs of article bodies, drawn as we go.
		if r.Doc.Kind == "article" && b.r.IntN(4) == 0 {
			if w := wordRun(r.Doc.SearchedText(), b.r); w != "" {
				b.words = append(b.words, w)
			}
		}
	}
}

// wordRun returns 2 or 3 consecutive words of text, lower-cased, made of
// letters only.
func wordRun(text string, r *rand.Rand) string {
	var words []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(c rune) bool { return !unicode.IsLetter(c) })
		if f != "" && strings.IndexFunc(f, func(c rune) bool { return !unicode.IsLetter(c) }) < 0 {
			words = append(words, vi.Lower(f))
		} else {
			words = append(words, "") // a break
		}
	}
	k := 2 + r.IntN(2)
	for try := 0; try < 20 && len(words) > k; try++ {
		i := r.IntN(len(words) - k)
		run := words[i : i+k]
		ok := true
		for _, w := range run {
			ok = ok && w != ""
		}
		if ok {
			return strings.Join(run, " ")
		}
	}
	return ""
}

// sample returns up to n of set's keys in a deterministic random order.
func sample(set map[string]bool, n int, r *rand.Rand) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// build makes n queries per class (fewer distinct ones where the data has
// fewer: there are a dozen academies).
func (b *queryBuilder) build(n int) querySets {
	speakers := sample(b.speakers, n, b.r)
	academies := sample(b.academies, n, b.r)
	topics := sample(b.topics, n, b.r)
	words := b.words
	b.r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	half := len(words) / 2
	free, high := words[:min(n, half)], words[half:min(len(words), half+n)]
	folded := make([]string, len(speakers))
	for i, s := range speakers {
		folded[i] = vi.Fold(s)
	}
	qs := querySets{Classes: map[string][]string{
		classSpeaker: speakers, classFolded: folded, classAcademy: academies, classTopic: topics,
		classWords: free, classFacets: topics, classHighlight: high,
	}}
	for _, set := range []struct {
		class string
		list  []string
	}{{classSpeaker, speakers}, {classAcademy, academies}, {classTopic, topics}, {classWords, free}} {
		for _, q := range set.list {
			if f := vi.Fold(q); f != vi.Lower(q) {
				qs.Pairs = append(qs.Pairs, pair{Class: set.class, Accented: q, Folded: f})
			}
		}
	}
	return qs
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

func readQueries(dir string) (querySets, error) {
	var qs querySets
	b, err := os.ReadFile(dir + "/" + queriesFile)
	if err != nil {
		return qs, err
	}
	return qs, json.Unmarshal(b, &qs)
}

// percentile returns the nearest-rank percentile p (0–1) of sorted, in
// milliseconds.
func percentile(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return float64(sorted[i]) / float64(time.Millisecond)
}

// latencies runs each class's queries one after the other and records
// p50, p95 and p99 per class, and the share of queries with hits.
func latencies(ctx context.Context, e engine, qs querySets, m metrics) error {
	for _, c := range classes {
		var lat []time.Duration
		hits := 0
		for _, q := range qs.Classes[c] {
			t0 := time.Now()
			res, err := e.search(ctx, c, q, pageSize)
			if err != nil {
				return err
			}
			lat = append(lat, time.Since(t0))
			if res.Total > 0 {
				hits++
			}
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		m["lat/"+c+"/p50"] = percentile(lat, .50)
		m["lat/"+c+"/p95"] = percentile(lat, .95)
		m["lat/"+c+"/p99"] = percentile(lat, .99)
		m["lat/"+c+"/n"] = float64(len(lat))
		if len(lat) > 0 {
			m["hits/"+c] = 100 * float64(hits) / float64(len(lat))
		}
	}
	return nil
}

// recallSize is how many of the first hits of the accented and the
// unaccented query are compared; recallDepth is how deep the unaccented
// query's hits are searched for the accented query's first ten.
const (
	recallSize  = 10
	recallDepth = 50
)

// unaccented measures, over the pairs whose accented query has hits, the
// share of unaccented queries with no hit at all, the mean overlap of the
// first ten hits of the two, and the mean share of the accented query's
// first ten found among the unaccented query's first fifty (an engine that
// finds the same documents but orders them otherwise loses on the overlap,
// not on this).
func unaccented(ctx context.Context, e engine, qs querySets, m metrics) error {
	counted, zero := 0, 0
	overlap, deep := 0.0, 0.0
	for _, p := range qs.Pairs {
		a, err := e.search(ctx, p.Class, p.Accented, recallSize)
		if err != nil {
			return err
		}
		if len(a.Hits) == 0 {
			continue
		}
		f, err := e.search(ctx, p.Class, p.Folded, recallDepth)
		if err != nil {
			return err
		}
		counted++
		if len(f.Hits) == 0 {
			zero++
		}
		rank := map[string]int{}
		for i, h := range f.Hits {
			rank[h.ID] = i + 1
		}
		top, within := 0, 0
		for _, h := range a.Hits {
			if r := rank[h.ID]; r > 0 {
				within++
				if r <= recallSize {
					top++
				}
			}
		}
		overlap += float64(top) / float64(len(a.Hits))
		deep += float64(within) / float64(len(a.Hits))
	}
	m["pairs"] = float64(counted)
	if counted > 0 {
		m["zero_hit"] = 100 * float64(zero) / float64(counted)
		m["recall"] = 100 * overlap / float64(counted)
		m["recall_deep"] = 100 * deep / float64(counted)
	}
	return nil
}
