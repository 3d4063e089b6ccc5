// Package extract reads a Vietnamese news page or a contribution page — the
// bytes of an HTML page or a pasted text, and its URL — into an article:
// its title, publication date, body and captions, the event it reports,
// the contributions presented there with their speakers, the people who
// took part, the academies and the topics.
//
// Extraction is a pure function: it touches neither the network nor the
// store, so it can be re-run over the whole archive when it improves.
package extract

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
)

// Errors for pages that cannot be read. The original is archived anyway.
var (
	ErrEmpty    = errors.New("page has no article text")
	ErrMojibake = errors.New("page text is in a legacy Vietnamese encoding (TCVN3/VNI)")
	ErrBinary   = errors.New("page is not text")
)

// MaxInput is the largest page read; the rest is cut off with a warning.
const MaxInput = 8 << 20

// Input is a page to read.
type Input struct {
	URL         string // where the page came from; may be empty for a paste
	ContentType string // the HTTP Content-Type, if known
	Body        []byte
	// Profile, when set, is the site's own layout, tried before the
	// layouts the reader knows (a crawl profile's selectors).
	Profile *Profile
}

// Extract reads one page into an article. It returns an error wrapping
// ErrEmpty, ErrMojibake or ErrBinary for pages that hold no readable
// article; any other page gives an article, perhaps with warnings.
func Extract(in Input) (*corpus.Article, error) {
	body := in.Body
	var warnings []string
	if len(body) > MaxInput {
		body = body[:MaxInput]
		warnings = append(warnings, fmt.Sprintf("page cut at %d bytes", MaxInput))
	}
	if isBinary(body) {
		return nil, fmt.Errorf("extract %s: %w", in.URL, ErrBinary)
	}
	text, err := decode(body, in.ContentType)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", in.URL, err)
	}
	if enc := legacyEncoding(text); enc != "" {
		return nil, fmt.Errorf("extract %s: %w (looks like %s)", in.URL, ErrMojibake, enc)
	}
	var p *page
	if looksHTML(text, in.ContentType) {
		if p, err = readHTML(text, in.Profile); err != nil {
			return nil, fmt.Errorf("extract %s: %w", in.URL, err)
		}
	} else {
		p = readText(text)
	}
	if len(p.Paragraphs) == 0 && len(p.Lead) == 0 {
		return nil, fmt.Errorf("extract %s: %w", in.URL, ErrEmpty)
	}
	a := &corpus.Article{
		URL:       in.URL,
		Source:    p.Source,
		Title:     p.Title,
		Published: p.Published,
		Kind:      corpus.ArticleNews,
		Warnings:  warnings,
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	if a.Source == "" {
		a.Source = hostSource(a.URL)
	}
	r := newReader(p, a)
	r.read()
	return a, nil
}

// isBinary reports bytes that are no text page: NUL bytes early on.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 1024)]
	for _, c := range head {
		if c == 0 {
			return true
		}
	}
	return false
}

// legacyEncoding recognises Vietnamese typed in the TCVN3 (ABC) or VNI
// fonts and read as Windows-1252: marks become symbols such as "¸", "µ",
// "®" (TCVN3) or letter+symbol pairs such as "aø", "eá", "ñ" (VNI).
func legacyEncoding(s string) string {
	letters, marked, tcvn, vni := 0, 0, 0, 0
	// The kinds of the runes below U+2100 met so far, plus one: a text
	// uses few runes, many times.
	var kinds [0x2100]uint8
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		var k uint8
		if int(r) < len(kinds) {
			if kinds[r] == 0 {
				kinds[r] = legacyKind(r) + 1
			}
			k = kinds[r] - 1
		} else {
			k = legacyKind(r)
		}
		switch k {
		case runeTCVN:
			tcvn++
		case runeVNI:
			vni++
			marked++
		case runeMarked:
			marked++
		}
	}
	total := letters + marked + tcvn
	if total < 200 {
		return ""
	}
	if float64(tcvn)/float64(total) > 0.03 && tcvn > marked {
		return "TCVN3"
	}
	// VNI leaves many ASCII vowels followed by ø ù õ ï ... and almost no real
	// Vietnamese letters.
	if float64(vni)/float64(total) > 0.03 && strings.Contains(s, "ñ") && !strings.ContainsAny(s, "đĐ") {
		return "VNI"
	}
	return ""
}

// Kinds of non-ASCII runes for legacyEncoding.
const (
	runeOther  = iota
	runeTCVN   // a symbol TCVN3 puts for a Vietnamese letter
	runeVNI    // a symbol VNI puts for a mark
	runeMarked // a letter with a Vietnamese mark
)

// legacyKind returns the kind of a non-ASCII rune.
func legacyKind(r rune) uint8 {
	switch {
	case strings.ContainsRune("¸µ¶·¹¨©ª«®¬\u00ad¼½¾ÆÇÌÎÏÑÒÓÔÕÖ×ØÜÝÞßáàãä", r) && !vi.HasDiacritics(string(r)):
		return runeTCVN
	case strings.ContainsRune("øùúûõöïôóòñ", r):
		return runeVNI
	case vi.HasDiacritics(string(r)):
		return runeMarked
	}
	return runeOther
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// CanonicalURL returns the canonical link an HTML page declares, or "".
func CanonicalURL(body []byte) string {
	head := body[:min(len(body), 64<<10)]
	if !looksHTML(string(head), "") {
		return ""
	}
	p, err := readHTML(string(head), nil)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(p.URL)
}
