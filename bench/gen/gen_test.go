package gen

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/thamluan/thamluan/corpus/extract"
)

func TestDeterministicAndReadable(t *testing.T) {
	a, b := New(7), New(7)
	for i := 0; i < 50; i++ {
		pa, pb := a.Page(i), b.Page(i)
		if pa.URL != pb.URL || !bytes.Equal(pa.HTML, pb.HTML) {
			t.Fatalf("page %d differs between two generators of one seed", i)
		}
		art, err := extract.Extract(extract.Input{URL: pa.URL, Body: pa.HTML})
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if len(art.Contributions) < 3 || art.Event == nil || art.Published == "" {
			t.Errorf("page %d reads as %d contributions, event %v, published %q", i, len(art.Contributions), art.Event, art.Published)
		}
	}
}

func TestValidUTF8(t *testing.T) {
	g := New(1)
	for i := 0; i < 200; i++ {
		if p := g.Page(i); !utf8.Valid(p.HTML) {
			t.Fatalf("page %d is not valid UTF-8", i)
		}
	}
}
