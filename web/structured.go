package web

import (
	"encoding/json"
	"html/template"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/thamluan/thamluan/corpus"
)

// baseURL is this site's address as the client reached it.
func baseURL(c *gin.Context) string {
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host
}

// jsonLD renders a schema.org object for a <script type="application/ld+json">
// block. encoding/json escapes <, > and &, so the block cannot be closed
// from inside.
func jsonLD(v any) template.JS {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return template.JS(b)
}

type ldThing = map[string]any

func ldEvent(e *corpus.Event, url string) ldThing {
	if e == nil {
		return nil
	}
	ev := ldThing{"@type": "Event", "name": strings.TrimSpace(e.Kind + " “" + e.Name + "”"), "url": url}
	if e.Date != "" {
		ev["startDate"] = e.Date
	}
	if e.Venue != "" || e.City != "" {
		place := ldThing{"@type": "Place", "name": e.Venue}
		if e.City != "" {
			place["address"] = e.City
		}
		ev["location"] = place
	}
	if e.Organizer != "" {
		ev["organizer"] = ldThing{"@type": "Organization", "name": e.Organizer}
	}
	return ev
}

// contributionLD describes a contribution as a ScholarlyArticle presented
// at an Event.
func contributionLD(c *corpus.Contribution, e *corpus.Event, base string) template.JS {
	url := base + entityURL("contribution", c.ID, c.Title)
	v := ldThing{"@context": "https://schema.org", "@type": "ScholarlyArticle", "url": url, "inLanguage": "vi"}
	if c.Title != "" {
		v["name"], v["headline"] = c.Title, c.Title
	}
	if c.Speaker != nil {
		p := ldThing{"@type": "Person", "name": c.Speaker.Name, "url": base + entityURL("speaker", c.PersonID, c.Speaker.Name)}
		if c.Position != "" {
			p["jobTitle"] = c.Position
		}
		if c.Affiliation != "" {
			p["affiliation"] = ldThing{"@type": "Organization", "name": c.Affiliation}
		}
		v["author"] = p
	} else if c.Affiliation != "" {
		v["author"] = ldThing{"@type": "Organization", "name": c.Affiliation}
	}
	if c.Summary != "" {
		v["abstract"] = c.Summary
	}
	if len(c.Topics) > 0 {
		v["keywords"] = strings.Join(c.Topics, ", ")
	}
	if e != nil {
		v["recordedAt"] = ldEvent(e, base+entityURL("event", e.ID, e.Name))
		if e.Date != "" {
			v["datePublished"] = e.Date
		}
	}
	return jsonLD(v)
}

// articleLD describes a news report.
func articleLD(a *corpus.Article, base string) template.JS {
	v := ldThing{"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.Title, "url": a.URL,
		"inLanguage": "vi", "publisher": ldThing{"@type": "Organization", "name": a.Source},
		"mainEntityOfPage": base + entityURL("article", a.ID, a.Title)}
	if a.Published != "" {
		v["datePublished"] = a.Published
	}
	if a.Event != nil {
		v["about"] = ldEvent(a.Event, base+entityURL("event", a.Event.ID, a.Event.Name))
	}
	return jsonLD(v)
}

// eventLD describes an event.
func eventLD(e *corpus.Event, base string) template.JS {
	v := ldEvent(e, base+entityURL("event", e.ID, e.Name))
	v["@context"] = "https://schema.org"
	return jsonLD(v)
}

// personLD describes a speaker.
func personLD(p *corpus.Person, base string) template.JS {
	v := ldThing{"@context": "https://schema.org", "@type": "Person", "name": p.Name,
		"url": base + entityURL("speaker", p.ID, p.Name)}
	if n := len(p.Variants); n > 0 {
		last := p.Variants[n-1]
		if last.Position != "" {
			v["jobTitle"] = last.Position
		}
		if last.Rank != "" {
			v["honorificPrefix"] = strings.TrimSpace(last.Rank + " " + strings.Join(last.Titles, "."))
		}
	}
	return jsonLD(v)
}

// metaDate is a date as the citation_* meta tags want it: 2023/07/13.
func metaDate(iso string) string { return strings.ReplaceAll(iso, "-", "/") }
