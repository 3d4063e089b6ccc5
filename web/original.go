package web

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/microcosm-cc/bluemonday"
)

// originalPolicy is what of an archived page may be shown on this site:
// text and its structure, and links that open elsewhere. Scripts, styles,
// forms, frames, event handlers and images (which would be fetched from
// the page's site) are dropped.
var originalPolicy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowStandardAttributes()
	p.AllowElements("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "strong", "em",
		"b", "i", "u", "sub", "sup", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
		"figcaption", "span", "div", "section", "article", "header", "footer", "time", "hr", "pre", "code")
	p.AllowAttrs("href").OnElements("a")
	p.AllowStandardURLs()
	p.RequireParseableURLs(true)
	p.RequireNoFollowOnLinks(true)
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	p.AllowAttrs("datetime").OnElements("time")
	p.AllowAttrs("colspan", "rowspan").OnElements("td", "th")
	return p
}()

// sanitizeOriginal renders the bytes of an archived HTML page safely, its
// links resolved against the page's own URL so that they lead to the
// original site, not into this one.
func sanitizeOriginal(html, pageURL string) string {
	clean := originalPolicy.Sanitize(html)
	base, err := url.Parse(pageURL)
	if err != nil || !base.IsAbs() {
		return clean
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(clean))
	if err != nil {
		return clean
	}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		href, _ := a.Attr("href")
		if u, err := base.Parse(href); err == nil {
			a.SetAttr("href", u.String())
			a.SetAttr("rel", "nofollow noreferrer noopener")
			a.SetAttr("target", "_blank")
		} else {
			a.RemoveAttr("href")
		}
	})
	out, err := doc.Find("body").Html()
	if err != nil {
		return clean
	}
	return out
}
