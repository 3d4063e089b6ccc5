package indexer

import (
	"fmt"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/edgengram"
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

// Tokenize implements analysis.Tokenizer. The tokens are allocated in one
// block and their terms are slices of input, which bleve does not change.
func (Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := vi.Tokenize(unsafe.String(unsafe.SliceData(input), len(input)))
	block := make([]analysis.Token, len(toks))
	out := make(analysis.TokenStream, len(toks))
	for i, t := range toks {
		block[i] = analysis.Token{
			Term: input[t.Start:t.End:t.End], Start: t.Start, End: t.End, Position: i + 1, Type: analysis.AlphaNumeric,
		}
		out[i] = &block[i]
	}
	return out
}

// wordFilter applies a function to every token's term, keeping offsets.
type wordFilter func(string) string

// Filter implements analysis.TokenFilter. A term the function leaves as it
// is (most folded syllables) is not copied.
func (f wordFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		term := unsafe.String(unsafe.SliceData(t.Term), len(t.Term))
		if out := f(term); out != term {
			t.Term = []byte(out)
		}
	}
	return in
}

// bigramFilter joins every two adjacent tokens with a space, as bleve's
// shingle filter does for shingles of two (same terms, positions and
// offsets; the tokenizer leaves no gaps), with the terms and tokens in one
// block each instead of several allocations per pair.
type bigramFilter struct{}

// Filter implements analysis.TokenFilter.
func (bigramFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(in) < 2 {
		return analysis.TokenStream{}
	}
	size := 0
	for _, t := range in {
		size += 2 * len(t.Term)
	}
	buf := make([]byte, 0, size+len(in))
	block := make([]analysis.Token, len(in)-1)
	out := make(analysis.TokenStream, len(in)-1)
	for i := 1; i < len(in); i++ {
		a, b := in[i-1], in[i]
		from := len(buf)
		buf = append(buf, a.Term...)
		buf = append(buf, ' ')
		buf = append(buf, b.Term...)
		block[i-1] = analysis.Token{Term: buf[from:len(buf):len(buf)], Position: a.Position, Start: a.Start, End: b.End,
			Type: analysis.Shingle}
		out[i-1] = &block[i-1]
	}
	return out
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
	analyzer(BigramAnalyzerName, TokenizerName, wordFilter(vi.FoldWord), bigramFilter{})
	analyzer(ExactBigramAnalyzerName, TokenizerName, wordFilter(vi.Lower), bigramFilter{})
	analyzer(PrefixAnalyzerName, TokenizerName, wordFilter(vi.FoldWord), edgengram.NewEdgeNgramFilter(edgengram.FRONT, 1, 20))
	analyzer(KeywordAnalyzerName, single.Name, wordFilter(vi.Key))
}
