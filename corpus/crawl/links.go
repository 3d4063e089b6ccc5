package crawl

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/netip"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true, "mc_cid": true, "mc_eid": true,
	"_ga": true, "_gl": true, "igshid": true, "zarsrc": true, "gidzl": true, "ref": true, "ref_src": true,
}

// Canonical returns the form of ref, resolved against base (which may be
// nil), under which the crawler knows a page: http or https only, scheme
// and host in lower case, no default port, no fragment, no tracking
// parameters (utm_*, fbclid, Zalo's zarsrc …), the remaining parameters
// sorted, dot segments resolved and no trailing slash except on the root.
func Canonical(ref string, base *url.URL) (*url.URL, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, fmt.Errorf("empty URL")
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", ref, err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("URL %q: only http and https are crawled", ref)
	}
	if u.Host == "" || u.User != nil {
		return nil, fmt.Errorf("URL %q: no host, or credentials in the URL", ref)
	}
	host := strings.ToLower(u.Hostname())
	if host == "" {
		return nil, fmt.Errorf("URL %q: no host", ref)
	}
	if strings.Contains(host, ":") {
		if _, err := netip.ParseAddr(host); err != nil {
			return nil, fmt.Errorf("URL %q: bad host: %w", ref, err)
		}
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	u.Host = host
	if port != "" {
		if strings.Contains(host, ":") {
			u.Host = "[" + host + "]:" + port
		} else {
			u.Host = host + ":" + port
		}
	} else if strings.Contains(host, ":") {
		u.Host = "[" + host + "]"
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path != "" {
		clean := path.Clean(u.Path)
		if clean == "." {
			clean = "/"
		}
		u.Path, u.RawPath = clean, ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				delete(q, k)
			}
		}
		u.RawQuery = q.Encode() // sorted by key
	}
	u.ForceQuery = false
	// What comes out must read back as itself.
	if again, err := url.Parse(u.String()); err != nil || again.String() != u.String() {
		return nil, fmt.Errorf("URL %q has no stable canonical form", ref)
	}
	return u, nil
}

// pageLinks returns the links of an HTML page, resolved against the page's
// URL (or its <base>), with rel=nofollow links left out.
func pageLinks(body []byte, contentType string, page *url.URL) ([]string, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		r = bytes.NewReader(body)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("read links of %s: %w", page, err)
	}
	base := page
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := page.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	var out []string
	doc.Find("a[href], link[rel=next][href]").Each(func(_ int, a *goquery.Selection) {
		if rel, _ := a.Attr("rel"); strings.Contains(strings.ToLower(rel), "nofollow") {
			return
		}
		href, _ := a.Attr("href")
		if u, err := Canonical(href, base); err == nil {
			out = append(out, u.String())
		}
	})
	return out, nil
}

// feedItem is a link from a feed or sitemap, with its date when given.
type feedItem struct {
	URL  string
	Date time.Time
}

// feedLinks reads an RSS 2.0 or Atom feed.
func feedLinks(body []byte, page *url.URL) ([]feedItem, error) {
	var doc struct {
		XMLName xml.Name
		Items   []struct {
			Link    string `xml:"link"`
			GUID    string `xml:"guid"`
			PubDate string `xml:"pubDate"`
		} `xml:"channel>item"`
		Entries []struct {
			Links []struct {
				Href string `xml:"href,attr"`
				Rel  string `xml:"rel,attr"`
			} `xml:"link"`
			Updated   string `xml:"updated"`
			Published string `xml:"published"`
		} `xml:"entry"`
	}
	if err := decodeXML(body, &doc); err != nil {
		return nil, fmt.Errorf("read feed %s: %w", page, err)
	}
	var out []feedItem
	add := func(link, date string) {
		u, err := Canonical(link, page)
		if err != nil {
			return
		}
		out = append(out, feedItem{URL: u.String(), Date: parseFeedDate(date)})
	}
	for _, it := range doc.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" {
			link = strings.TrimSpace(it.GUID)
		}
		add(link, it.PubDate)
	}
	for _, e := range doc.Entries {
		for _, l := range e.Links {
			if l.Rel == "" || l.Rel == "alternate" {
				date := e.Published
				if date == "" {
					date = e.Updated
				}
				add(l.Href, date)
				break
			}
		}
	}
	if len(doc.Items) == 0 && len(doc.Entries) == 0 && doc.XMLName.Local != "rss" && doc.XMLName.Local != "feed" {
		return nil, fmt.Errorf("read feed %s: <%s> is neither RSS nor Atom", page, doc.XMLName.Local)
	}
	return out, nil
}

// sitemapLinks reads a sitemap (urlset) or a sitemap index; nested says
// which links are further sitemaps.
func sitemapLinks(body []byte, page *url.URL) (items []feedItem, nested bool, err error) {
	var doc struct {
		XMLName xml.Name
		URLs    []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
		Sitemaps []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"sitemap"`
	}
	if err := decodeXML(body, &doc); err != nil {
		return nil, false, fmt.Errorf("read sitemap %s: %w", page, err)
	}
	switch doc.XMLName.Local {
	case "urlset":
		for _, u := range doc.URLs {
			if c, err := Canonical(u.Loc, page); err == nil {
				items = append(items, feedItem{URL: c.String(), Date: parseFeedDate(u.LastMod)})
			}
		}
		return items, false, nil
	case "sitemapindex":
		for _, u := range doc.Sitemaps {
			if c, err := Canonical(u.Loc, page); err == nil {
				items = append(items, feedItem{URL: c.String(), Date: parseFeedDate(u.LastMod)})
			}
		}
		return items, true, nil
	}
	return nil, false, fmt.Errorf("read sitemap %s: <%s> is neither urlset nor sitemapindex", page, doc.XMLName.Local)
}

// maxUnzipped bounds a gzip'd sitemap or feed once inflated.
const maxUnzipped = 64 << 20

// decodeXML reads an XML document, gzip'd or not (sitemap.xml.gz).
func decodeXML(body []byte, v any) error {
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return err
		}
		inflated, err := io.ReadAll(io.LimitReader(zr, maxUnzipped+1))
		if err != nil {
			return err
		}
		if len(inflated) > maxUnzipped {
			return fmt.Errorf("gzip'd document larger than %d bytes inflated", maxUnzipped)
		}
		body = inflated
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	return dec.Decode(v)
}

var feedDateLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC3339, "2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00", "2006-01-02", "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"02 Jan 2006 15:04:05 -0700"}

// parseFeedDate reads the dates of RSS (RFC 1123), Atom and sitemaps
// (W3C datetime); the zero time when it cannot.
func parseFeedDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range feedDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// dedupe returns the strings of list once each, in their first order.
func dedupe(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
