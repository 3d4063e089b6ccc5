package crawl

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"os"
	"testing"
	"time"
)

func TestCanonical(t *testing.T) {
	base, _ := url.Parse("https://Bocongan.gov.vn/tin-tuc/index.html")
	tests := []struct{ in, want string }{
		{"HTTPS://BoCongAn.GOV.vn:443/a/b.html#top", "https://bocongan.gov.vn/a/b.html"},
		{"http://example.vn:80/", "http://example.vn/"},
		{"http://example.vn", "http://example.vn/"},
		{"http://example.vn/a/", "http://example.vn/a"},
		{"http://example.vn/a/./b/../c.html", "http://example.vn/a/c.html"},
		{"/x.html?utm_source=fb&utm_medium=s&b=2&a=1&fbclid=Z", "https://bocongan.gov.vn/x.html?a=1&b=2"},
		{"../hoi-thao.html?zarsrc=30&gidzl=abc", "https://bocongan.gov.vn/hoi-thao.html"},
		{"chi-tiet.html", "https://bocongan.gov.vn/tin-tuc/chi-tiet.html"},
		{"//cand.com.vn/x", "https://cand.com.vn/x"},
		{"http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"/tin-t%E1%BB%A9c", "https://bocongan.gov.vn/tin-t%E1%BB%A9c"},
	}
	for _, tt := range tests {
		u, err := Canonical(tt.in, base)
		if err != nil {
			t.Errorf("Canonical(%q): %v", tt.in, err)
			continue
		}
		if got := u.String(); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "mailto:a@b.vn", "javascript:alert(1)", "ftp://x.vn/", "http://user:pw@x.vn/", "http://%zz"} {
		if u, err := Canonical(bad, nil); err == nil {
			t.Errorf("Canonical(%q) = %v, want an error", bad, u)
		}
	}
}

func TestFeedAndSitemapLinks(t *testing.T) {
	page, _ := url.Parse("https://hvannd.edu.vn/feed/")
	rss := []byte(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>
<item><title>Hội thảo</title><link>https://hvannd.edu.vn/2023/07/14/hoi-thao/?utm_source=rss</link><pubDate>Fri, 14 Jul 2023 08:30:00 +0700</pubDate></item>
<item><title>Không link</title><guid>/2023/07/15/toa-dam/</guid></item>
</channel></rss>`)
	items, err := feedLinks(rss, page)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].URL != "https://hvannd.edu.vn/2023/07/14/hoi-thao" ||
		!items[0].Date.Equal(time.Date(2023, 7, 14, 1, 30, 0, 0, time.UTC)) || items[1].URL != "https://hvannd.edu.vn/2023/07/15/toa-dam" {
		t.Errorf("RSS items = %+v", items)
	}
	atom := []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/a.html"/><published>2024-01-02T03:04:05Z</published></entry></feed>`)
	if items, err := feedLinks(atom, page); err != nil || len(items) != 1 || items[0].URL != "https://hvannd.edu.vn/a.html" {
		t.Errorf("Atom items = %+v, %v", items, err)
	}
	sm := []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://hvannd.edu.vn/b.html</loc><lastmod>2023-07-14</lastmod></url></urlset>`)
	if items, nested, err := sitemapLinks(sm, page); err != nil || nested || len(items) != 1 || items[0].Date.Format("2006-01-02") != "2023-07-14" {
		t.Errorf("sitemap items = %+v, %v, %v", items, nested, err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(sm)
	zw.Close()
	if items, _, err := sitemapLinks(gz.Bytes(), page); err != nil || len(items) != 1 {
		t.Errorf("gzip'd sitemap = %+v, %v", items, err)
	}
	idx := []byte(`<sitemapindex><sitemap><loc>/sitemap-2023.xml</loc></sitemap></sitemapindex>`)
	if items, nested, err := sitemapLinks(idx, page); err != nil || !nested || len(items) != 1 {
		t.Errorf("sitemap index = %+v, %v, %v", items, nested, err)
	}
	for _, bad := range [][]byte{nil, []byte("<html><body>not xml"), []byte("\x00\x01\x02")} {
		if _, err := feedLinks(bad, page); err == nil {
			t.Errorf("feedLinks(%q) gave no error", bad)
		}
		if _, _, err := sitemapLinks(bad, page); err == nil {
			t.Errorf("sitemapLinks(%q) gave no error", bad)
		}
	}
}

func TestPageLinks(t *testing.T) {
	page, _ := url.Parse("http://127.0.0.1:1/tin-tuc?page=2")
	body := []byte(`<html><head><base href="/goc/"></head><body>
<a href="bai-1.html#binh-luan">1</a><a href="/bai-2.html?utm_campaign=x">2</a>
<a rel="nofollow" href="/dang-nhap">login</a><a href="mailto:toasoan@x.vn">mail</a>
<a href="javascript:void(0)">js</a><a href="https://example.invalid/">out</a><link rel="next" href="/tin-tuc?page=3"></body></html>`)
	links, err := pageLinks(body, "text/html", page)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"http://127.0.0.1:1/goc/bai-1.html", "http://127.0.0.1:1/bai-2.html", "https://example.invalid/", "http://127.0.0.1:1/tin-tuc?page=3"}
	if len(links) != len(want) {
		t.Fatalf("links = %q, want %q", links, want)
	}
	for i := range want {
		if links[i] != want[i] {
			t.Errorf("link %d = %q, want %q", i, links[i], want[i])
		}
	}
}

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	if len(c.Sites) != 3 || c.UserAgent == "" || c.MaxBody <= 0 {
		t.Fatalf("default config = %+v", c)
	}
	for _, s := range c.Sites {
		if len(s.articles) == 0 || time.Duration(s.Delay) < time.Second {
			t.Errorf("site %s: no article pattern or an impolite delay %v", s.Name, time.Duration(s.Delay))
		}
	}
	good, err := ParseConfig([]byte(`{"sites":[{"name":"x","start":["http://x.vn/"],"selectors":{"body":".noi-dung","title":".tieu-de"}}]}`))
	if err != nil || good.Sites[0].profile == nil || good.Sites[0].profile.Name != "x" {
		t.Errorf("site selectors: %v, %+v", err, good)
	}
	b, err := os.ReadFile("default.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseConfig(b); err != nil {
		t.Fatal(err)
	}
	bad := []string{
		`{"sites":[{"name":"x"}]}`,
		`{"sites":[{"name":"x","start":["ftp://x"]}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"articles":["("]}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"]},{"name":"x","start":["http://y.vn/"]}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"delay":"soon"}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"unknown":1}]}`,
		`{"sites":[null]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"layout":"magazine"}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"selectors":{"title":"h1"}}]}`,
		`{"sites":[{"name":"x","start":["http://x.vn/"],"selectors":{"body":"div[[["}}]}`,
		`not json`,
	}
	for _, b := range bad {
		if _, err := ParseConfig([]byte(b)); err == nil {
			t.Errorf("ParseConfig(%s) gave no error", b)
		}
	}
}
