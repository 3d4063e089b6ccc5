// Package sample embeds thamluan's own sample corpus: Vietnamese news pages
// about workshops and conferences, written for the project in the layouts
// of a ministry portal, an academy site and a newspaper, each with a truth
// file saying what a careful reader extracts from it (docs/sample-format.md).
//
// An empty archive is seeded with these pages through the same import path
// that real pages take.
package sample

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.html *.truth.json
var files embed.FS

// Page is one sample page.
type Page struct {
	Name  string // file name without extension: "01-phong-chong-toi-pham-cong-nghe-cao"
	URL   string // the URL its truth file gives
	HTML  []byte
	Truth []byte // the truth JSON
}

// Pages returns every sample page in file order.
func Pages() ([]Page, error) {
	names, err := fs.Glob(files, "*.html")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Page
	for _, n := range names {
		base := strings.TrimSuffix(n, ".html")
		html, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		truth, err := files.ReadFile(base + ".truth.json")
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", base, err)
		}
		var t struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(truth, &t); err != nil {
			return nil, fmt.Errorf("sample %s: truth: %w", base, err)
		}
		if t.URL == "" {
			return nil, fmt.Errorf("sample %s: truth has no url", base)
		}
		out = append(out, Page{Name: base, URL: t.URL, HTML: html, Truth: truth})
	}
	return out, nil
}
