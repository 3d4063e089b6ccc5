// Package search turns what a researcher types — with or without
// diacritics, in NFC or NFD, old or new tone placement, abbreviations —
// and the filters they pick into bleve queries over thamluan's index, and
// returns typed results: ranked hits with highlighted snippets, facets and
// suggestions.
//
// Ranking: a query always matches the folded fields (no diacritics), so a
// query typed without marks finds every spelling; when the query carries
// diacritics, matches of the exact words score higher ("học viện" before
// "học viên"); adjacent syllables in order (the bigram fields and phrase
// matches) score above scattered ones; title weighs most, then speaker and
// academy, then the text.
package search

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/thamluan/thamluan/corpus/vi"
	"github.com/thamluan/thamluan/indexer"
)

// Limits on a request.
const (
	DefaultSize = 20
	MaxSize     = 50
	MaxPage     = 500
	// MaxDepth is how deep into the results a request may page.
	MaxDepth = 1000
	// MaxTerms is the most words and phrases a query may have.
	MaxTerms = 32
)

// ErrBadRequest wraps every error caused by the request rather than the
// service.
var ErrBadRequest = errors.New("bad request")

// rescoreWindow is how many of the best hits are rescored.
const rescoreWindow = 100

// Sort orders.
const (
	SortRelevance = "relevance"
	SortDate      = "date"
)

// Request is a search: the query text and filters, as the API and the
// search page take them.
type Request struct {
	Q       string
	Speaker string
	Academy string
	Topic   string
	Year    string
	Kind    string // indexer.KindContribution, indexer.KindArticle or ""
	Sort    string // SortRelevance (default with a query) or SortDate
	Page    int    // from 1
	Size    int
	// NoFacets skips counting the facets: they cost a third of a search
	// over many matches, and feeds, exports and the home page's latest
	// papers show none.
	NoFacets bool
}

// Validate checks the request and fills defaults.
func (r *Request) Validate() error {
	if r.Page == 0 {
		r.Page = 1
	}
	if r.Size == 0 {
		r.Size = DefaultSize
	}
	switch {
	case r.Page < 1 || r.Page > MaxPage:
		return fmt.Errorf("%w: page must be between 1 and %d", ErrBadRequest, MaxPage)
	case r.Size < 1 || r.Size > MaxSize:
		return fmt.Errorf("%w: size must be between 1 and %d", ErrBadRequest, MaxSize)
	case r.Kind != "" && r.Kind != indexer.KindContribution && r.Kind != indexer.KindArticle:
		return fmt.Errorf("%w: kind must be %q or %q", ErrBadRequest, indexer.KindContribution, indexer.KindArticle)
	case r.Sort != "" && r.Sort != SortRelevance && r.Sort != SortDate:
		return fmt.Errorf("%w: sort must be %q or %q", ErrBadRequest, SortRelevance, SortDate)
	}
	if r.Page*r.Size > MaxDepth {
		return fmt.Errorf("%w: only the first %d results are served; narrow the search with filters", ErrBadRequest, MaxDepth)
	}
	if n := utf8.RuneCountInString(r.Q); n > MaxQueryRunes {
		return fmt.Errorf("%w: the query has %d characters, at most %d are read", ErrBadRequest, n, MaxQueryRunes)
	}
	if r.Year != "" {
		y, err := strconv.Atoi(r.Year)
		if err != nil || y < 1900 || y > 2200 {
			return fmt.Errorf("%w: year must be a year such as 2023", ErrBadRequest)
		}
	}
	return nil
}

// Hit is one result.
type Hit struct {
	ID            int64
	Kind          string
	Title         string
	Speaker       string   // canonical name, without rank or titles
	SpeakerRank   string   // as printed at the time
	SpeakerTitles []string // as printed at the time
	Position      string
	Academy       string
	Event         string
	EventKind     string
	Date          string // ISO 8601
	Source        string
	ArticleID     int64
	Snippet       Snippet
	Score         float64
}

// FacetValue is a value of a facet with the number of matching documents.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Result is the answer to a Request.
type Result struct {
	Total  uint64
	Hits   []Hit
	Facets map[string][]FacetValue // speaker, academy, topic, year, kind
	Query  Query
	Took   time.Duration
}

// Searcher searches an index.
type Searcher struct {
	ix     *indexer.Index
	browse browseCache
}

// New returns a Searcher over ix.
func New(ix *indexer.Index) *Searcher { return &Searcher{ix: ix} }

var storedFields = []string{indexer.FieldKind, indexer.FieldTitle, indexer.FieldText, indexer.FieldSpeaker,
	indexer.FieldAcademy, indexer.FieldEvent, indexer.FieldEventKind, indexer.FieldDate, indexer.FieldSpeakerRank,
	indexer.FieldSpeakerTitle, indexer.FieldPosition, indexer.FieldSource, indexer.FieldArticleID}

// Search runs a request.
func (s *Searcher) Search(ctx context.Context, r Request) (*Result, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	q := Parse(r.Q)
	if n := len(q.Terms) + len(q.Exclude); n > MaxTerms {
		return nil, fmt.Errorf("%w: the query has %d words, at most %d are searched", ErrBadRequest, n, MaxTerms)
	}
	if q.Speaker != "" && r.Speaker == "" {
		r.Speaker = q.Speaker
	}
	if q.Academy != "" && r.Academy == "" {
		r.Academy = q.Academy
	}
	if q.Topic != "" && r.Topic == "" {
		r.Topic = q.Topic
	}
	if isBrowse(q, r) {
		return s.browseSearch(ctx, q, r, start)
	}
	bq := build(q, r, s.namedEntity(ctx, q, r))
	relevance := !q.Empty() && r.Sort != SortDate
	from, size := (r.Page-1)*r.Size, r.Size
	if relevance {
		// Rescore a window of the best hits with the contribution prior,
		// then cut the page out of it.
		from, size = 0, max(rescoreWindow, r.Page*r.Size)
	}
	req := bleve.NewSearchRequestOptions(bq, size, from, false)
	if !relevance {
		req.Fields = storedFields
	}
	if !r.NoFacets {
		addFacets(req, facetYears)
	}
	if relevance {
		// By score alone: a second sort key makes the collector read the
		// date and the id of every match, which cost a third of a query
		// over common syllables; ties within the window are ordered by
		// date afterwards (newestFirst).
		req.SortBy([]string{"-_score"})
	} else {
		req.SortBy([]string{"-" + indexer.FieldDate, "-_score", "_id"})
	}
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Q, err)
	}
	out := &Result{Total: res.Total, Query: q, Facets: facetValues(res.Facets), Took: time.Since(start)}
	words := q.Words()
	hits := res.Hits
	if relevance {
		for _, h := range hits {
			if strings.HasPrefix(h.ID, indexer.KindContribution+"/") {
				h.Score *= contributionPrior
			}
		}
		rank, err := s.newestFirst(ctx, hits)
		if err != nil {
			return nil, err
		}
		sort.SliceStable(hits, func(i, j int) bool {
			if !sameScore(hits[i].Score, hits[j].Score) {
				return hits[i].Score > hits[j].Score
			}
			return rank[hits[i].ID] < rank[hits[j].ID]
		})
		start := min((r.Page-1)*r.Size, len(hits))
		hits = hits[start:min(start+r.Size, len(hits))]
		// Stored fields only for the page, not the whole window.
		if err := s.loadFields(ctx, hits); err != nil {
			return nil, err
		}
	}
	for _, h := range hits {
		out.Hits = append(out.Hits, toHit(h.ID, h.Score, h.Fields, words))
	}
	return out, nil
}

// sameScore reports whether two scores are equal but for rounding: the
// same document in two segments may score a few ulps apart.
func sameScore(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// newestFirst ranks hits by date, newest first, then by id: the order of
// hits of equal score. It asks the index only when two hits tie.
func (s *Searcher) newestFirst(ctx context.Context, hits blevesearch.DocumentMatchCollection) (map[string]int, error) {
	scores := make([]float64, len(hits))
	for i, h := range hits {
		scores[i] = h.Score
	}
	sort.Float64s(scores)
	tie := false
	for i := 1; i < len(scores) && !tie; i++ {
		tie = sameScore(scores[i-1], scores[i])
	}
	if !tie {
		return nil, nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.SortBy([]string{"-" + indexer.FieldDate, "_id"})
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("order ties: %w", err)
	}
	rank := make(map[string]int, len(res.Hits))
	for i, h := range res.Hits {
		rank[h.ID] = i
	}
	return rank, nil
}

// loadFields fills the stored fields of hits with one lookup by id.
func (s *Searcher) loadFields(ctx context.Context, hits blevesearch.DocumentMatchCollection) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = storedFields
	res, err := s.ix.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("load hits: %w", err)
	}
	byID := make(map[string]map[string]interface{}, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Fields
	}
	for _, h := range hits {
		h.Fields = byID[h.ID]
	}
	return nil
}

func toHit(id string, score float64, f map[string]interface{}, words []string) Hit {
	kind, num, _ := indexer.ParseDocID(id)
	h := Hit{ID: num, Kind: kind, Score: score}
	h.Title = str(f[indexer.FieldTitle])
	h.Speaker = first(f[indexer.FieldSpeaker])
	h.Academy = first(f[indexer.FieldAcademy])
	h.Event = str(f[indexer.FieldEvent])
	h.EventKind = str(f[indexer.FieldEventKind])
	h.Date = str(f[indexer.FieldDate])
	h.SpeakerRank = str(f[indexer.FieldSpeakerRank])
	if t := str(f[indexer.FieldSpeakerTitle]); t != "" {
		h.SpeakerTitles = strings.Split(t, ", ")
	}
	h.Position = str(f[indexer.FieldPosition])
	h.Source = str(f[indexer.FieldSource])
	h.ArticleID, _ = strconv.ParseInt(str(f[indexer.FieldArticleID]), 10, 64)
	h.Snippet = MakeSnippet(str(f[indexer.FieldText]), words, 40)
	if kind == indexer.KindArticle {
		// An article reports many speakers and academies: it is nobody's.
		h.Speaker, h.Academy = "", ""
	}
	return h
}

func str(v interface{}) string {
	switch t := v.(type) {
	case string:
		return t
	case []interface{}:
		if len(t) > 0 {
			s, _ := t[0].(string)
			return s
		}
	}
	return ""
}

func first(v interface{}) string { return str(v) }

// contributionPrior multiplies the score of a contribution when results are
// ranked by relevance: of a contribution and the article that reports it,
// matching alike, the researcher wants the paper first.
var contributionPrior = 3.0

// Build turns a parsed query and the request's filters into a bleve query.
func Build(q Query, r Request) query.Query { return build(q, r, entity{}) }

// namedEntity says which speaker, academy or topic the query's words
// name together ("Nguyễn Văn Thiết", "Học viện An ninh nhân dân", "hoc vien
// chinh tri CAND", "an ninh mạng"): contributions in the index belong to
// it. It returns the field and the name, or "" for both. Such a query asks
// for the person, the academy or the topic, not for its common syllables
// scattered over a page: "Nguyễn", "Văn" and "Thiết" apart are in hundreds
// of pages that never name him. A rank or title typed before a speaker's
// name ("Thượng tá Đỗ Thị Hà") still names the speaker.
func (s *Searcher) namedEntity(ctx context.Context, q Query, r Request) entity {
	words := q.hardWords()
	if len(words) < 2 || len(q.Exclude) > 0 {
		return entity{}
	}
	soft := false
	for _, t := range q.Terms {
		soft = soft || t.Soft
	}
	name := strings.Join(words, " ")
	for _, field := range []string{indexer.FieldSpeaker, indexer.FieldAcademy, indexer.FieldTopic} {
		switch {
		case field == indexer.FieldSpeaker && r.Speaker != "",
			field != indexer.FieldSpeaker && soft,
			field == indexer.FieldAcademy && (len(words) < 3 || r.Academy != ""),
			field == indexer.FieldTopic && r.Topic != "":
			continue
		}
		req := bleve.NewSearchRequestOptions(keyQuery(field, name), 0, 0, false)
		if res, err := s.ix.SearchInContext(ctx, req); err == nil && res.Total > 0 {
			return entity{field: field, name: name}
		}
	}
	return entity{}
}

// entity is a speaker, an academy or a topic a query names.
type entity struct{ field, name string }

// entityClause is what must match for a query that names a speaker, an
// academy or a topic: the entity, or its name as a phrase in any searched field,
// written out or abbreviated as typed.
func entityClause(e entity, words []string) query.Query {
	k := keyQuery(e.field, e.name)
	k.SetBoost(4)
	alts := []query.Query{k}
	fw, expanded := folded(words), foldedExpanded(words)
	factor := 1.0
	if vi.HasDiacritics(e.name) {
		factor = foldedWeight
	}
	for field, w := range indexer.SearchFields {
		alts = append(alts, bigramPhrase(field+indexer.SuffixBigram, fw, w*factor))
		if strings.Join(expanded, " ") != strings.Join(fw, " ") {
			alts = append(alts, bigramPhrase(field+indexer.SuffixBigram, expanded, w*factor))
		}
	}
	return query.NewDisjunctionQuery(alts)
}

// entityBoosts rank the hits of a query that names an academy or a
// topic: every hit holds the name (entityClause), so crediting its pairs
// of syllables, as adjacency does, adds the same to each and costs most
// of the query's time over an academy's thousands of papers (a name of
// four words or more; a shorter one's pairs are few). What tells the hits
// apart is the name spelled as typed, in the fields that say what a paper
// is about.
func entityBoosts(words []string) []query.Query {
	if !vi.HasDiacritics(strings.Join(words, " ")) {
		return nil
	}
	exact := lowered(words)
	var out []query.Query
	for _, field := range []string{indexer.FieldTitle, indexer.FieldAcademy, indexer.FieldTopic, indexer.FieldText} {
		out = append(out, bigramPhrase(field+indexer.SuffixExactBigram, exact, 4*indexer.SearchFields[field]))
	}
	return out
}

// titlePairs credit a short name's adjacent syllables in a title, folded
// and as typed: of the papers that all hold the name somewhere, the one
// titled with it first. adjacency does this in every field, which costs a
// query over a topic's thousand papers three times as much.
func titlePairs(words []string) []query.Query {
	fw, exact := folded(words), lowered(words)
	w := indexer.SearchFields[indexer.FieldTitle]
	typedWithMarks := vi.HasDiacritics(strings.Join(words, " "))
	var out []query.Query
	for i := 0; i+1 < len(fw); i++ {
		out = append(out, termQuery(indexer.FieldTitle+indexer.SuffixBigram, fw[i]+" "+fw[i+1], 1.5*w))
		if typedWithMarks {
			out = append(out, termQuery(indexer.FieldTitle+indexer.SuffixExactBigram, exact[i]+" "+exact[i+1], exactBigram*w))
		}
	}
	return out
}

func build(q Query, r Request, named entity) query.Query {
	bq := query.NewBooleanQuery(nil, nil, nil)
	hasText := false
	var should []query.Query
	allSoft := true
	for _, t := range q.Terms {
		allSoft = allSoft && t.Soft
	}
	if named.name != "" {
		bq.AddMust(entityClause(named, q.hardWords()))
		hasText = true
	}
	for _, t := range q.Terms {
		if t.Soft && !allSoft {
			// A rank or title typed before a name: a hit printed with it
			// ranks higher, one printed otherwise still matches.
			should = append(should, phraseQuery(indexer.FieldSpeakerPrinted+indexer.SuffixFold, folded(t.Words), 1))
			continue
		}
		if named.name == "" {
			bq.AddMust(termClause(t))
			hasText = true
		}
	}
	// The exact spelling of each word, when the query is a single word or
	// two; a longer one has its exact pairs and phrase (adjacency), which
	// say the same, and one clause per word and field over the common
	// syllables of a name like "Học viện An ninh nhân dân" cost most of
	// the query's time.
	words := len(q.hardWords())
	for _, t := range q.Terms {
		if len(t.Words) == 1 && words >= 3 {
			continue
		}
		if s := boostClauses(t); len(s) > 0 {
			should = append(should, s...)
		}
	}
	if all := q.hardWords(); len(all) > 1 {
		if named.name == "" {
			should = append(should, adjacency(all)...)
		} else {
			should = append(should, entityBoosts(all)...)
			if len(all) <= 3 {
				should = append(should, titlePairs(all)...)
			}
		}
		// A query that is exactly a speaker's, an academy's or a topic's
		// name (in any spelling) is looking for that entity.
		for _, f := range indexer.FacetFields {
			k := keyQuery(f, strings.Join(all, " "))
			k.SetBoost(4)
			should = append(should, k)
		}
	}
	if len(should) > 0 {
		bq.AddShould(should...)
	}
	for _, t := range q.Exclude {
		bq.AddMustNot(termClause(t))
	}
	// Filters are must clauses of negligible weight rather than a bleve
	// filter: a filter is checked after the rest of the query has walked
	// every match (with no words, every document), while a must clause
	// lets the conjunction skip straight to the filtered documents.
	filters := 0
	for field, value := range map[string]string{indexer.FieldSpeaker: r.Speaker, indexer.FieldAcademy: r.Academy, indexer.FieldTopic: r.Topic} {
		if strings.TrimSpace(value) != "" {
			k := keyQuery(field, value)
			k.SetBoost(filterWeight)
			bq.AddMust(k)
			filters++
		}
	}
	if r.Year != "" {
		bq.AddMust(termQuery(indexer.FieldYear, r.Year, filterWeight))
		filters++
	}
	if r.Kind != "" {
		bq.AddMust(termQuery(indexer.FieldKind, r.Kind, filterWeight))
		filters++
	}
	if !hasText && filters == 0 {
		bq.AddMust(query.NewMatchAllQuery())
	}
	return bq
}

// filterWeight is the boost of a filter's clause: it must match, and
// should not move a hit's rank.
const filterWeight = 1e-9

func termQuery(field, term string, boost float64) *query.TermQuery {
	t := query.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

func phraseQuery(field string, terms []string, boost float64) query.Query {
	if len(terms) == 1 {
		return termQuery(field, terms[0], boost)
	}
	p := query.NewPhraseQuery(terms, field)
	p.SetBoost(boost)
	return p
}

// bigramPhrase matches words in order as every adjacent pair in a bigram
// field: a phrase answered by term lookups instead of positions, which on
// common syllables ("học viện", "an ninh") costs a phrase searcher walking
// most of the index.
func bigramPhrase(field string, words []string, boost float64) query.Query {
	if len(words) < 2 {
		return termQuery(strings.TrimSuffix(strings.TrimSuffix(field, indexer.SuffixExactBigram), indexer.SuffixBigram), words[0], boost)
	}
	pairs := make([]query.Query, 0, len(words)-1)
	for i := 0; i+1 < len(words); i++ {
		pairs = append(pairs, termQuery(field, words[i]+" "+words[i+1], 1))
	}
	if len(pairs) == 1 {
		pairs[0].(*query.TermQuery).SetBoost(boost)
		return pairs[0]
	}
	c := query.NewConjunctionQuery(pairs)
	c.SetBoost(boost)
	return c
}

// lowered returns the words normalised and in lower case, with their
// diacritics: the terms of the exact fields.
func lowered(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = vi.Lower(w)
	}
	return out
}

func folded(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = vi.FoldWord(w)
	}
	return out
}

// foldedExpanded folds words with abbreviations spelled out: "ĐH ANND"
// gives "dai hoc an ninh nhan dan".
func foldedExpanded(words []string) []string {
	var out []string
	for _, w := range words {
		if exp := vi.Expansions(w); len(exp) > 0 {
			out = append(out, folded(tokens(exp[0]))...)
		} else {
			out = append(out, vi.FoldWord(w))
		}
	}
	return out
}

// keyQuery matches a filter value in any spelling: folded, abbreviated
// ("Học viện Chính trị CAND") or in another tone style.
func keyQuery(field, value string) *query.DisjunctionQuery {
	keys := []string{vi.Key(vi.Expand(value))}
	if k := vi.Key(value); k != keys[0] {
		keys = append(keys, k)
	}
	var alts []query.Query
	for _, k := range keys {
		alts = append(alts, termQuery(field+indexer.SuffixKey, k, 1))
	}
	return query.NewDisjunctionQuery(alts)
}

// exactBigram is the weight of two adjacent syllables typed with their
// diacritics and found so.
var exactBigram = 6.0

// foldedWeight is the weight of a folded match of a word typed with
// diacritics, against 1 for its exact match.
var foldedWeight = 0.3

// termClause is what must match for one term: the folded word (or phrase)
// in any searched field, or an abbreviation's expansion.
func termClause(t Term) query.Query {
	var alts []query.Query
	fw := folded(t.Words)
	// Typed with diacritics, a folded match only makes the hit eligible:
	// the exact spelling (boostClauses) decides the order.
	factor := 1.0
	if vi.HasDiacritics(strings.Join(t.Words, " ")) {
		factor = foldedWeight
	}
	for field, w := range indexer.SearchFields {
		if len(fw) > 1 {
			alts = append(alts, bigramPhrase(field+indexer.SuffixBigram, fw, w*factor))
		} else {
			alts = append(alts, termQuery(field+indexer.SuffixFold, fw[0], w*factor))
		}
	}
	if len(t.Words) == 1 {
		for _, exp := range vi.Expansions(t.Words[0]) {
			ew := folded(tokens(exp))
			for field, w := range indexer.SearchFields {
				alts = append(alts, bigramPhrase(field+indexer.SuffixBigram, ew, w))
			}
		}
	} else {
		for _, abbr := range vi.Contractions(strings.Join(t.Words, " ")) {
			for field, w := range indexer.SearchFields {
				alts = append(alts, termQuery(field+indexer.SuffixFold, vi.FoldWord(abbr), w))
			}
		}
	}
	return query.NewDisjunctionQuery(alts)
}

// boostClauses make the exact spelling score above the folded one when the
// user typed diacritics.
func boostClauses(t Term) []query.Query {
	if !vi.HasDiacritics(strings.Join(t.Words, " ")) {
		return nil
	}
	exact := lowered(t.Words)
	var out []query.Query
	for field, w := range indexer.SearchFields {
		if len(exact) > 1 {
			out = append(out, bigramPhrase(field+indexer.SuffixExactBigram, exact, 3*w))
		} else {
			out = append(out, termQuery(field, exact[0], 3*w))
		}
	}
	return out
}

// pairFields are where a long query's adjacent pairs are credited: the
// text and the short fields that hold a name or a title.
var pairFields = map[string]bool{indexer.FieldText: true, indexer.FieldTitle: true, indexer.FieldSpeaker: true, indexer.FieldAcademy: true, indexer.FieldTopic: true}

// adjacency makes syllables typed next to each other score above the same
// syllables scattered: each adjacent pair as a bigram term (also with
// abbreviations spelled out, so "ĐH ANND" meets "Đại học An ninh nhân
// dân"), each pair and the whole query as an exact phrase when typed with
// diacritics, and the whole query as a folded phrase.
func adjacency(words []string) []query.Query {
	fw, expanded := folded(words), foldedExpanded(words)
	diacritics := vi.HasDiacritics(strings.Join(words, " "))
	pairs := map[string]bool{}
	for _, seq := range [][]string{fw, expanded} {
		for i := 0; i+1 < len(seq); i++ {
			pairs[seq[i]+" "+seq[i+1]] = true
		}
	}
	exact := lowered(words)
	var out []query.Query
	bigram := 1.5
	if diacritics {
		bigram = 1.5 * foldedWeight
	}
	for field, w := range indexer.SearchFields {
		// A long query's pairs only in the text and where a name is
		// written: event, people and position repeat the common pairs of
		// most articles and cost a third of the query, and the phrase
		// below still credits the words in order there.
		if len(words) <= 3 || pairFields[field] {
			for p := range pairs {
				out = append(out, termQuery(field+indexer.SuffixBigram, p, bigram*w))
			}
		}
		if len(fw) > 2 && (field == indexer.FieldTitle || field == indexer.FieldText || field == indexer.FieldEvent) {
			out = append(out, bigramPhrase(field+indexer.SuffixBigram, fw, 2*w))
		}
		if diacritics {
			// Each exact pair on its own for short queries; a long one's
			// pairs are many clauses over common syllables, and its folded
			// pairs already credit a partial match.
			for i := 0; i+1 < len(exact) && len(exact) <= 3; i++ {
				out = append(out, termQuery(field+indexer.SuffixExactBigram, exact[i]+" "+exact[i+1], exactBigram*w))
			}
			out = append(out, bigramPhrase(field+indexer.SuffixExactBigram, exact, 4*w))
		}
	}
	// An academy inside a longer query ("Trường ĐH ANND ngoại ngữ"): a run
	// of words that spells an academy's name, abbreviations spelled out.
	for n := 2; n <= 10; n++ {
		for i := 0; i+n <= len(expanded) && len(expanded) <= 24; i++ {
			out = append(out, termQuery(indexer.FieldAcademy+indexer.SuffixKey, strings.Join(expanded[i:i+n], " "), 3))
		}
	}
	// A name inside a longer query ("Lê Văn Bình trí tuệ nhân tạo"): every
	// run of two to four words that is a speaker's name lifts that
	// speaker's contributions.
	for n := 2; n <= 4; n++ {
		for i := 0; i+n <= len(fw); i++ {
			out = append(out, termQuery(indexer.FieldSpeaker+indexer.SuffixKey, strings.Join(fw[i:i+n], " "), 3))
		}
	}
	// Part of a name ("Minh Khoa").
	for i := 0; i+2 <= len(fw); i++ {
		out = append(out, termQuery(indexer.FieldSpeaker+indexer.SuffixBigram, fw[i]+" "+fw[i+1], 3))
	}
	return out
}
