package crawl

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/andybalholm/cascadia"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/extract"
)

// ConfigFile is the name of the crawl configuration inside the data
// directory.
const ConfigFile = "crawl.json"

//go:embed default.json
var defaultConfig []byte

// Config is the crawl configuration: the sites to crawl and how politely.
type Config struct {
	// UserAgent names the project and a contact URL in every request.
	UserAgent string `json:"user_agent,omitempty"`
	// Concurrency bounds the requests in flight over all sites (default 4).
	Concurrency int `json:"concurrency,omitempty"`
	// Timeout bounds one request, headers and body (default 30s).
	Timeout Duration `json:"timeout,omitempty"`
	// MaxBody is the largest page kept, in bytes (default 8 MiB).
	MaxBody int64 `json:"max_body,omitempty"`
	// Retries is how many times a request is tried again after a timeout,
	// a 429 or a 5xx (default 3).
	Retries int `json:"retries,omitempty"`
	// Backoff is the first wait before a retry; it doubles with jitter
	// (default 1s).
	Backoff Duration `json:"backoff,omitempty"`
	// Keep lists the words of an on-topic page (default ingest.Keywords).
	Keep []string `json:"keep,omitempty"`
	// Sites are the site profiles.
	Sites []*Site `json:"sites"`
}

// Site is the profile of one site: where to start, which links to follow
// and which are articles.
type Site struct {
	Name     string   `json:"name"`
	Hosts    []string `json:"hosts"`              // host[:port] the crawl stays on; default the hosts of the seeds
	Start    []string `json:"start,omitempty"`    // listing pages
	Feeds    []string `json:"feeds,omitempty"`    // RSS or Atom feeds
	Sitemaps []string `json:"sitemaps,omitempty"` // sitemaps or sitemap indexes
	Follow   []string `json:"follow,omitempty"`   // regexps over path?query of listing pages to follow
	Articles []string `json:"articles,omitempty"` // regexps over path?query of article pages
	Delay    Duration `json:"delay,omitempty"`    // our least interval between two requests to one host
	MaxDepth int      `json:"max_depth,omitempty"`
	// Layout names the extraction profile of the site's pages (see
	// extract.Profiles: portal, academy, newspaper); Selectors gives the
	// site's own CSS selectors instead. Neither lets the reader pick.
	Layout    string           `json:"layout,omitempty"`
	Selectors *extract.Profile `json:"selectors,omitempty"`
	Keep      []string         `json:"keep,omitempty"` // on-topic words for this site, instead of the config's

	profile          *extract.Profile // from Layout or Selectors
	follow, articles []*regexp.Regexp
	hosts            map[string]bool
	adhoc            bool // URLs given without a profile: every page is read and followed
}

// Duration is a time.Duration written as "1.5s" in JSON.
type Duration time.Duration

// UnmarshalJSON reads "300ms", "2s" or a number of seconds.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var secs float64
		if err := json.Unmarshal(b, &secs); err != nil {
			return fmt.Errorf("duration %s: want \"2s\" or seconds", b)
		}
		*d = Duration(secs * float64(time.Second))
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("duration %q: %w", s, err)
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON writes the duration as "2s".
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// DefaultUserAgent names the project and where to reach its operators.
const DefaultUserAgent = "thamluan/1.0 (+https://github.com/thamluan/thamluan; archive of Vietnamese workshop papers)"

// DefaultConfig returns the documented default profiles: a ministry
// portal, a police academy site and a newspaper.
func DefaultConfig() *Config {
	c, err := ParseConfig(defaultConfig)
	if err != nil {
		panic("crawl: embedded default config: " + err.Error())
	}
	return c
}

// LoadConfig reads a configuration file.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read crawl config: %w", err)
	}
	c, err := ParseConfig(b)
	if err != nil {
		return nil, fmt.Errorf("crawl config %s: %w", path, err)
	}
	return c, nil
}

// ParseConfig reads a configuration, fills defaults and checks every site.
func ParseConfig(b []byte) (*Config, error) {
	var c Config
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, err
	}
	c.fill()
	seen := map[string]bool{}
	for i, s := range c.Sites {
		if s == nil {
			return nil, fmt.Errorf("site %d is null", i+1)
		}
		if err := s.compile(); err != nil {
			return nil, err
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("site %q appears twice", s.Name)
		}
		seen[s.Name] = true
	}
	return &c, nil
}

func (c *Config) fill() {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 4
	}
	if c.Timeout <= 0 {
		c.Timeout = Duration(30 * time.Second)
	}
	if c.MaxBody <= 0 {
		c.MaxBody = 8 << 20
	}
	if c.Retries < 0 {
		c.Retries = 0
	} else if c.Retries == 0 {
		c.Retries = 3
	}
	if c.Backoff <= 0 {
		c.Backoff = Duration(time.Second)
	}
}

// Site returns the profile called name.
func (c *Config) Site(name string) (*Site, error) {
	for _, s := range c.Sites {
		if s.Name == name {
			return s, nil
		}
	}
	names := make([]string, len(c.Sites))
	for i, s := range c.Sites {
		names[i] = s.Name
	}
	return nil, fmt.Errorf("no site %q in the crawl config (sites: %s)", name, strings.Join(names, ", "))
}

var errNoSeeds = errors.New("no start page, feed or sitemap")

// compile checks the profile and compiles its patterns.
func (s *Site) compile() error {
	if s.Name == "" {
		return fmt.Errorf("a site has no name")
	}
	seeds := append(append(append([]string{}, s.Start...), s.Feeds...), s.Sitemaps...)
	if len(seeds) == 0 {
		return fmt.Errorf("site %s: %w", s.Name, errNoSeeds)
	}
	s.hosts = map[string]bool{}
	for _, h := range s.Hosts {
		s.hosts[strings.ToLower(h)] = true
	}
	for _, raw := range seeds {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("site %s: seed %q is not an http(s) URL", s.Name, raw)
		}
		if len(s.Hosts) == 0 {
			s.hosts[strings.ToLower(u.Host)] = true
		}
	}
	var err error
	if s.follow, err = compileAll(s.Name, "follow", s.Follow); err != nil {
		return err
	}
	if s.articles, err = compileAll(s.Name, "articles", s.Articles); err != nil {
		return err
	}
	if s.MaxDepth <= 0 {
		s.MaxDepth = 50
	}
	switch {
	case s.Selectors != nil:
		p := *s.Selectors
		if p.Name == "" {
			p.Name = s.Name
		}
		for field, sel := range map[string]string{"title": p.Title, "date": p.Date, "lead": p.Lead, "body": p.Body, "caption": p.Caption} {
			if sel == "" && field != "body" {
				continue
			}
			if _, err := cascadia.ParseGroup(sel); err != nil {
				return fmt.Errorf("site %s: selectors.%s %q: %v", s.Name, field, sel, err)
			}
		}
		s.profile = &p
	case s.Layout != "":
		p, ok := extract.ProfileByName(s.Layout)
		if !ok {
			return fmt.Errorf("site %s: no layout %q (portal, academy, newspaper; or give selectors)", s.Name, s.Layout)
		}
		s.profile = p
	}
	return nil
}

func compileAll(site, field string, pats []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(pats))
	for _, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("site %s: %s pattern %q: %w", site, field, p, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// allowedHost reports whether the crawl of s may visit u's host.
func (s *Site) allowedHost(u *url.URL) bool { return s.hosts[strings.ToLower(u.Host)] }

// classify says what a link found on the site is: an article, a listing to
// follow, or nothing to visit ("").
func (s *Site) classify(u *url.URL) string {
	if !s.allowedHost(u) {
		return ""
	}
	pq := u.EscapedPath()
	if u.RawQuery != "" {
		pq += "?" + u.RawQuery
	}
	for _, re := range s.articles {
		if re.MatchString(pq) {
			return corpus.CrawlArticle
		}
	}
	for _, re := range s.follow {
		if re.MatchString(pq) {
			return corpus.CrawlListing
		}
	}
	return ""
}
