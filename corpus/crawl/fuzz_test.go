package crawl

import (
	"net/url"
	"testing"
)

// FuzzCanonical checks that canonicalisation never panics and is stable:
// the canonical form of a canonical URL is itself.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"http://Example.VN:80/a/../b/?utm_source=x&b=1&a=2#f", "//x.vn", "https://[::1]:443/",
		"http://a.vn/%zz", "http://a.vn/tin-t%E1%BB%A9c?q=h%E1%BB%99i+th%E1%BA%A3o", "javascript:alert(1)", "http://a.vn/\x00"} {
		f.Add(s)
	}
	base, _ := url.Parse("https://bocongan.gov.vn/tin-tuc/")
	f.Fuzz(func(t *testing.T, s string) {
		u, err := Canonical(s, base)
		if err != nil {
			return
		}
		again, err := Canonical(u.String(), nil)
		if err != nil {
			t.Fatalf("Canonical(%q) = %q, which does not parse again: %v", s, u, err)
		}
		if again.String() != u.String() {
			t.Fatalf("Canonical is not stable: %q → %q → %q", s, u, again)
		}
	})
}

// FuzzLinks feeds arbitrary bytes to the feed, sitemap and page readers:
// errors are fine, panics are not.
func FuzzLinks(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><link>/a</link><pubDate>Fri, 14 Jul 2023 08:30:00 +0700</pubDate></item></channel></rss>`))
	f.Add([]byte(`<urlset><url><loc>/b</loc><lastmod>2023-07-14</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<html><base href="/x/"><a href="a.html">a</a></html>`))
	f.Add([]byte("\x1f\x8b\x08\x00garbage"))
	page, _ := url.Parse("https://hvannd.edu.vn/feed/")
	f.Fuzz(func(t *testing.T, b []byte) {
		feedLinks(b, page)
		sitemapLinks(b, page)
		pageLinks(b, "text/html", page)
	})
}
