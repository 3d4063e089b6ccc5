package indexer

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/edgengram"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/thamluan/thamluan/corpus/vi"
)

// Names of the Vietnamese analysis components, registered with bleve in
// init. None of them removes stop words: "an", "to", "do" are Vietnamese
// syllables.
const (
	// TokenizerName splits text into syllables and words (vi.Tokenize):
	// runs of letters, digits and combining marks, so NFD text stays whole
	// and offsets point into the original text.
	TokenizerName = "vi_syllable"
	// NormalizeFilterName rewrites a token to NFC, canonical tone
	// placement and lower case ("Uỷ" → "ủy", NFD → NFC).
	NormalizeFilterName = "vi_normalize"
	// FoldFilterName rewrites a token without diacritics ("đảng" → "dang").
	FoldFilterName = "vi_fold"
	// KeyFilterName rewrites a whole value to its matching key (vi.Key).
	KeyFilterName = "vi_key"

	// AnalyzerName keeps the words with their diacritics, normalised.
	AnalyzerName = "vi"
	// FoldAnalyzerName drops the diacritics.
	FoldAnalyzerName = "vi_fold"
	// BigramAnalyzerName indexes pairs of adjacent folded syllables, so a
	// two-syllable word matches as one term.
	BigramAnalyzerName = "vi_bigram"
	// ExactBigramAnalyzerName indexes pairs of adjacent normalised
	// syllables with their diacritics: "chủ quan" apart from "chủ quản".
	ExactBigramAnalyzerName = "vi_bigram_exact"
	// PrefixAnalyzerName indexes the edge n-grams of folded syllables, for
	// suggestions as the user types.
	PrefixAnalyzerName = "vi_prefix"
	// KeywordAnalyzerName indexes a whole value as its matching key, for
	// filters that accept any spelling of a value.
	KeywordAnalyzerName = "vi_keyword"
)

// Tokenizer is the syllable tokenizer.
type Tokenizer struct{}

// Tokenize implements analysis.Tokenizer.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := vi.Tokenize(string(input))
	out := make(analysis.TokenStream, 0, len(toks))
	for i, t := range toks {
		out = append(out, &analysis.Token{
			Term: []byte(t.Text), Start: t.Start, End: t.End, Position: i + 1, Type: analysis.AlphaNumeric,
		})
	}
	return out
}

// wordFilter applies a function to every token's term, keeping offsets.
type wordFilter func(string) string

// Filter implements analysis.TokenFilter.
func (f wordFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(f(string(t.Term)))
	}
	return in
}

func init() {
	must := func(err error) {
		if err != nil {
			panic(fmt.Sprintf("indexer: register analysis: %v", err))
		}
	}
	must(registry.RegisterTokenizer(TokenizerName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return Tokenizer{}, nil
	}))
	must(registry.RegisterTokenFilter(NormalizeFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return wordFilter(vi.Lower), nil
	}))
	must(registry.RegisterTokenFilter(FoldFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return wordFilter(vi.FoldWord), nil
	}))
	must(registry.RegisterTokenFilter(KeyFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return wordFilter(vi.Key), nil
	}))
	analyzer := func(name, tokenizer string, filters ...analysis.TokenFilter) {
		must(registry.RegisterAnalyzer(name, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
			tok, err := cache.TokenizerNamed(tokenizer)
			if err != nil {
				return nil, err
			}
			return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: filters}, nil
		}))
	}
	analyzer(AnalyzerName, TokenizerName, wordFilter(vi.Lower))
	analyzer(FoldAnalyzerName, TokenizerName, wordFilter(vi.FoldWord))
	analyzer(BigramAnalyzerName, TokenizerName, wordFilter(vi.FoldWord), shingle.NewShingleFilter(2, 2, false, " ", "_"))
	analyzer(ExactBigramAnalyzerName, TokenizerName, wordFilter(vi.Lower), shingle.NewShingleFilter(2, 2, false, " ", "_"))
	analyzer(PrefixAnalyzerName, TokenizerName, wordFilter(vi.FoldWord), edgengram.NewEdgeNgramFilter(edgengram.FRONT, 1, 20))
	analyzer(KeywordAnalyzerName, single.Name, wordFilter(vi.Key))
}
