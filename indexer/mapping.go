// Package indexer keeps thamluan's bleve index: the mapping and the
// registered Vietnamese analyzers, the conversion of archive records into
// index documents, applying the store's change log in order (and catching
// up on open), rebuilding from the store, and checking the index against it.
//
// The index is derived: everything in it can be rebuilt from the store.
// Every binary that opens the index opens it through this package, which
// registers the analyzers the mapping names.
package indexer

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Field names of the index. A text field F is indexed four ways: F (exact
// words, normalised), F_fold (without diacritics), F_bi (adjacent folded
// syllable pairs), F_xbi (adjacent exact pairs) and, for speaker, academy
// and topic, F_facet (the whole canonical value), F_key (its matching
// key) and F_prefix (edge n-grams). An article's body is indexed as text
// without text_xbi (see Doc.Body).
const (
	FieldKind           = "kind"
	FieldTitle          = "title"
	FieldText           = "text"
	FieldSpeaker        = "speaker"
	FieldAcademy        = "academy"
	FieldTopic          = "topic"
	FieldEvent          = "event"
	FieldPeople         = "people"
	FieldDate           = "date"
	FieldYear           = "year"
	FieldSpeakerRank    = "speaker_rank"
	FieldSpeakerTitle   = "speaker_titles"
	FieldSpeakerPrinted = "speaker_printed"
	FieldPosition       = "position"
	FieldSource         = "source"
	FieldEventKind      = "event_kind"
	FieldArticleID      = "article_id"

	SuffixFold        = "_fold"
	SuffixBigram      = "_bi"
	SuffixExactBigram = "_xbi"
	SuffixFacet       = "_facet"
	SuffixKey         = "_key"
	SuffixPrefix      = "_prefix"
)

// Document kinds.
const (
	KindContribution = "contribution"
	KindArticle      = "article"
)

// SearchFields are the text fields a query searches, with the weight of a
// match in each.
var SearchFields = map[string]float64{
	FieldTitle: 3, FieldSpeaker: 2, FieldAcademy: 2, FieldTopic: 1.5, FieldEvent: 1, FieldText: 1, FieldPeople: 1.5, FieldPosition: 1,
}

// MappingVersion names the mapping NewMapping returns and the way
// documents are indexed (addToBatch). An index built with another is
// rebuilt from the store when the archive opens it (OpenArchiveIndex),
// since documents it no longer maps would be dropped silently, and merged
// segments keep an option only if all had it. Change it with every change
// to NewMapping, Doc or addToBatch.
const MappingVersion = "2026-11-29.dv"

// FacetFields are the fields offered as facets and filters.
var FacetFields = []string{FieldSpeaker, FieldAcademy, FieldTopic}

func textField(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Name, f.Analyzer, f.Store, f.IncludeTermVectors = name, analyzer, store, vectors
	f.IncludeInAll, f.DocValues = false, false
	return f
}

func keywordField(name string, store, docValues bool) *mapping.FieldMapping {
	f := mapping.NewKeywordFieldMapping()
	f.Name, f.Analyzer, f.Store, f.DocValues = name, keyword.Name, store, docValues
	f.IncludeInAll, f.IncludeTermVectors = false, false
	return f
}

func storedOnly(name string) *mapping.FieldMapping {
	f := mapping.NewTextFieldMapping()
	f.Name, f.Store, f.Index, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = name, true, false, false, false, false
	return f
}

func init() {
	// thamluan never sends wildcards or regular expressions to bleve, but
	// no query may expand to more than this many terms.
	searcher.DisjunctionMaxClauseCount = 20000
}

// NewMapping returns the index mapping: one explicit document mapping for
// both contributions and articles, nothing dynamic, no _all field, BM25.
func NewMapping() *mapping.IndexMappingImpl {
	doc := mapping.NewDocumentStaticMapping()
	for _, f := range []string{FieldTitle, FieldText, FieldSpeaker, FieldAcademy, FieldTopic, FieldEvent, FieldPeople, FieldPosition} {
		fms := []*mapping.FieldMapping{
			textField(f, AnalyzerName, f != FieldPeople, false),
			textField(f+SuffixFold, FoldAnalyzerName, false, false),
			textField(f+SuffixBigram, BigramAnalyzerName, false, false),
			textField(f+SuffixExactBigram, ExactBigramAnalyzerName, false, false),
		}
		switch f {
		case FieldSpeaker, FieldAcademy, FieldTopic:
			fms = append(fms,
				keywordField(f+SuffixFacet, false, true),
				textField(f+SuffixKey, KeywordAnalyzerName, false, false),
				textField(f+SuffixPrefix, PrefixAnalyzerName, false, false))
		}
		doc.AddFieldMappingsAt(f, fms...)
	}
	// An article's body is the text of its documents, without the exact
	// pairs: a quarter of a rebuild's time went to the body's exact
	// pairs, and its contributions, indexed on their own, carry them.
	doc.AddFieldMappingsAt("body",
		textField(FieldText, AnalyzerName, true, false),
		textField(FieldText+SuffixFold, FoldAnalyzerName, false, false),
		textField(FieldText+SuffixBigram, BigramAnalyzerName, false, false))
	doc.AddFieldMappingsAt(FieldKind, keywordField(FieldKind, true, true))
	doc.AddFieldMappingsAt(FieldDate, keywordField(FieldDate, true, true))
	doc.AddFieldMappingsAt(FieldYear, keywordField(FieldYear, false, true))
	doc.AddFieldMappingsAt(FieldSpeakerPrinted, textField(FieldSpeakerPrinted+SuffixFold, FoldAnalyzerName, false, true))
	// An article's speakers and academies are filters and facets, not
	// searched text: its body names them already.
	doc.AddFieldMappingsAt("speakers", keywordField(FieldSpeaker+SuffixFacet, false, true),
		textField(FieldSpeaker+SuffixKey, KeywordAnalyzerName, false, false))
	doc.AddFieldMappingsAt("academies", keywordField(FieldAcademy+SuffixFacet, false, true),
		textField(FieldAcademy+SuffixKey, KeywordAnalyzerName, false, false))
	for _, f := range []string{FieldSpeakerRank, FieldSpeakerTitle, FieldSource, FieldEventKind, FieldArticleID} {
		doc.AddFieldMappingsAt(f, storedOnly(f))
	}
	// No _all: every field says so, and without this bleve still builds
	// an empty composite for every document (14% of a rebuild's CPU).
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m := mapping.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = AnalyzerName
	m.ScoringModel = index.BM25Scoring
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	return m
}
