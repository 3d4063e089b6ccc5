package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"code.dny.dev/ssrf"
	"github.com/temoto/robotstxt"
)

// MaxRedirects is how many redirects one request follows.
const MaxRedirects = 5

// maxRetryAfter is the longest Retry-After the fetcher waits for; a site
// asking for more is given up on for this crawl.
const maxRetryAfter = 2 * time.Minute

// Errors of a fetch, for errors.Is.
var (
	ErrTooBig        = errors.New("page larger than the size limit")
	ErrTooManyHops   = errors.New("too many redirects")
	ErrRefusedTarget = errors.New("address refused: not a public internet address")
)

// StatusError is an HTTP answer other than 2xx or 304.
type StatusError struct {
	Status     int
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// Control decides, at dial time, whether a connection may be made; it is
// net.Dialer.Control.
type Control func(network, address string, c syscall.RawConn) error

// PublicOnly refuses loopback, private, link-local, multicast, unspecified
// and other special addresses, at dial time: after DNS and on every
// redirect. It is what the fetcher uses unless told otherwise.
func PublicOnly() Control {
	g := ssrf.New(ssrf.WithAnyPort())
	return func(network, address string, c syscall.RawConn) error {
		if err := g.Safe(network, address, c); err != nil {
			return fmt.Errorf("%w: %s (%v)", ErrRefusedTarget, address, err)
		}
		return nil
	}
}

// LoopbackOnly allows loopback addresses (127.0.0.0/8, ::1) and nothing
// else: for a crawl of a site on this machine, and for tests, which must
// never reach another machine.
func LoopbackOnly() Control {
	return func(network, address string, c syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil || !ap.Addr().IsLoopback() {
			return fmt.Errorf("%w: %s is not a loopback address", ErrRefusedTarget, address)
		}
		return nil
	}
}

// AnyHost allows every unicast address, loopback and private ones
// included: for an operator crawling a site on their own network. It still
// refuses unspecified, multicast and broadcast addresses.
func AnyHost() Control {
	return func(network, address string, c syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrRefusedTarget, address)
		}
		a := ap.Addr().Unmap()
		if a.IsUnspecified() || a.IsMulticast() || a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
			return fmt.Errorf("%w: %s", ErrRefusedTarget, address)
		}
		return nil
	}
}

// Chain applies every control in order: for example the public-only guard
// above a loopback-only dialer in a test, so that nothing the guard lets
// through can leave the machine.
func Chain(cs ...Control) Control {
	return func(network, address string, c syscall.RawConn) error {
		for _, f := range cs {
			if err := f(network, address, c); err != nil {
				return err
			}
		}
		return nil
	}
}

// Response is a fetched page.
type Response struct {
	URL         string // the canonical URL the request ended at, after redirects
	Status      int
	Header      http.Header
	ContentType string
	Body        []byte // empty for a 304
	NotModified bool
	Attempts    int
}

// Validators are a page's conditional-request validators from a previous
// visit.
type Validators struct {
	ETag, LastModified string
}

// Fetcher gets pages politely: a User-Agent naming the project, a per-host
// interval (one request at a time, each a full delay after the previous), conditional requests, retries with exponential backoff and
// jitter on timeouts, 429 and 5xx (honouring Retry-After), a timeout, a
// size limit and at most MaxRedirects redirects. It is safe for concurrent
// use.
type Fetcher struct {
	client    *http.Client
	userAgent string
	maxBody   int64
	retries   int
	backoff   time.Duration
	timeout   time.Duration

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what the fetcher knows of one host.
type host struct {
	mu      sync.Mutex // held while robots.txt is fetched
	robots  *robotstxt.Group
	robotsE error
	fetched bool

	// The politeness gate: while a delay applies, one request at a time,
	// each starting a full delay after the previous one ended, so that the
	// site sees the interval it asked for whatever the network does.
	gate  sync.Mutex
	delay time.Duration // the larger of ours and the site's Crawl-delay
	next  time.Time     // when the next request may start
	slot  chan struct{}
}

// acquire waits for the host's turn.
func (h *host) acquire(ctx context.Context) error {
	h.gate.Lock()
	delay := h.delay
	h.gate.Unlock()
	if delay <= 0 {
		return ctx.Err()
	}
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		h.gate.Lock()
		wait := time.Until(h.next)
		h.gate.Unlock()
		if wait <= 0 {
			return nil
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return ctx.Err()
		}
	}
}

// release ends the host's turn: the next request waits a full delay.
func (h *host) release() {
	h.gate.Lock()
	h.next = time.Now().Add(h.delay)
	held := h.delay > 0
	h.gate.Unlock()
	if held {
		select {
		case <-h.slot:
		default: // the delay appeared while this request ran
		}
	}
}

// setDelay raises the host's delay to d.
func (h *host) setDelay(d time.Duration) {
	h.gate.Lock()
	defer h.gate.Unlock()
	if d > h.delay {
		h.delay = d
	}
}

// getDelay returns the host's delay.
func (h *host) getDelay() time.Duration {
	h.gate.Lock()
	defer h.gate.Unlock()
	return h.delay
}

// NewFetcher returns a fetcher with the politeness settings of c; control
// decides which addresses may be dialled (PublicOnly when nil).
func NewFetcher(c *Config, control Control) *Fetcher {
	if control == nil {
		control = PublicOnly()
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: control}
	tr := &http.Transport{
		Proxy:                 nil, // the environment's proxy would dial on our behalf, past the guard
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: time.Duration(c.Timeout),
	}
	f := &Fetcher{
		userAgent: c.UserAgent, maxBody: c.MaxBody, retries: c.Retries,
		backoff: time.Duration(c.Backoff), timeout: time.Duration(c.Timeout),
		hosts: map[string]*host{},
	}
	f.client = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("%w: stopped after %d", ErrTooManyHops, MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: only http and https are followed", req.URL.Scheme)
			}
			// Every hop is a request to a host: it keeps the delay too.
			// (The first request's turn is still held: a hop to the same
			// host waits from now, when the previous answer arrived.)
			h := f.host(req.URL.Host)
			if d := h.getDelay(); d > 0 {
				t := time.NewTimer(d)
				defer t.Stop()
				select {
				case <-t.C:
				case <-req.Context().Done():
					return req.Context().Err()
				}
			}
			return nil
		},
	}
	return f
}

// SetDelay sets our least interval between requests to hostport; the
// site's Crawl-delay, when larger, wins once robots.txt is read.
func (f *Fetcher) SetDelay(hostport string, d time.Duration) { f.host(hostport).setDelay(d) }

// Delay returns the interval the fetcher keeps between requests to
// hostport.
func (f *Fetcher) Delay(hostport string) time.Duration { return f.host(hostport).getDelay() }

func (f *Fetcher) host(hostport string) *host {
	hostport = strings.ToLower(hostport)
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[hostport]
	if h == nil {
		h = &host{slot: make(chan struct{}, 1)}
		f.hosts[hostport] = h
	}
	return h
}

// Allowed reports whether robots.txt of u's host lets our User-Agent fetch
// u, reading robots.txt once per host. A robots.txt that answers 4xx
// allows everything; one that answers 5xx or cannot be fetched forbids
// everything for this crawl, as the robots exclusion protocol asks.
func (f *Fetcher) Allowed(ctx context.Context, u *url.URL) (bool, error) {
	h := f.host(u.Host)
	h.mu.Lock()
	if !h.fetched {
		h.robots, h.robotsE = f.readRobots(ctx, u, h)
		if ctx.Err() != nil {
			h.mu.Unlock()
			return false, ctx.Err()
		}
		h.fetched = true
	}
	group, err := h.robots, h.robotsE
	h.mu.Unlock()
	if err != nil {
		return false, err
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return group.Test(p), nil
}

// readRobots fetches and parses robots.txt; called with h.mu held.
func (f *Fetcher) readRobots(ctx context.Context, u *url.URL, h *host) (*robotstxt.Group, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := f.get(ctx, ru.String(), Validators{}, h, 1)
	status := 0
	var body []byte
	var se *StatusError
	switch {
	case err == nil:
		status, body = resp.Status, resp.Body
	case errors.As(err, &se):
		status = se.Status
		if resp != nil {
			body = resp.Body
		}
	default:
		return nil, fmt.Errorf("robots.txt of %s: %w", u.Host, err)
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		// An unreadable robots.txt says nothing: crawl as if there were none.
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	if status >= 500 {
		return nil, fmt.Errorf("robots.txt of %s answered %d: the host is not crawled now", u.Host, status)
	}
	g := data.FindGroup(productToken(f.userAgent))
	h.setDelay(g.CrawlDelay)
	// The robots.txt request itself counts: the next one waits a full
	// interval after it.
	h.gate.Lock()
	h.next = time.Now().Add(h.delay)
	h.gate.Unlock()
	return g, nil
}

// productToken is the name robots.txt groups are matched against.
func productToken(ua string) string {
	name, _, _ := strings.Cut(ua, "/")
	return strings.TrimSpace(name)
}

// Get fetches rawURL, conditionally when v has validators. An HTTP error
// status returns both the response (its body is evidence worth keeping)
// and a *StatusError.
func (f *Fetcher) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	return f.get(ctx, rawURL, v, f.host(u.Host), f.retries+1)
}

// get tries a request up to attempts times, each in the host's turn; with
// h.mu possibly held by the caller (robots.txt), it touches only the gate.
func (f *Fetcher) get(ctx context.Context, rawURL string, v Validators, h *host, attempts int) (*Response, error) {
	var last error
	var lastResp *Response
	for attempt := 1; attempt <= attempts; attempt++ {
		if err := h.acquire(ctx); err != nil {
			return lastResp, fmt.Errorf("fetch %s: %w", rawURL, err)
		}
		resp, err := f.once(ctx, rawURL, v)
		h.release()
		if resp != nil {
			resp.Attempts = attempt
		}
		if err == nil {
			return resp, nil
		}
		last, lastResp = err, resp
		wait, retry := f.retryable(ctx, err, attempt)
		if !retry || attempt == attempts {
			break
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return lastResp, fmt.Errorf("fetch %s: %w", rawURL, ctx.Err())
		case <-t.C:
		}
	}
	return lastResp, fmt.Errorf("fetch %s: %w", rawURL, last)
}

// retryable says whether err is worth another try, and after how long:
// Retry-After when the site gave one, else an exponential backoff with
// full jitter.
func (f *Fetcher) retryable(ctx context.Context, err error, attempt int) (time.Duration, bool) {
	if ctx.Err() != nil {
		return 0, false
	}
	backoff := f.backoff << (attempt - 1)
	wait := backoff/2 + rand.N(backoff/2+1)
	var se *StatusError
	if errors.As(err, &se) {
		if se.Status != http.StatusTooManyRequests && se.Status < 500 {
			return 0, false
		}
		if se.RetryAfter > maxRetryAfter {
			return 0, false
		}
		if se.RetryAfter > 0 {
			return se.RetryAfter, true
		}
		return wait, true
	}
	if errors.Is(err, ErrTooBig) || errors.Is(err, ErrTooManyHops) || errors.Is(err, ErrRefusedTarget) {
		return 0, false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) {
		return wait, true
	}
	return 0, false
}

// once makes one request.
func (f *Fetcher) once(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if cu, err := Canonical(final, nil); err == nil {
		final = cu.String()
	}
	out := &Response{URL: final, Status: resp.StatusCode, Header: resp.Header, ContentType: resp.Header.Get("Content-Type")}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		return out, nil
	}
	if resp.ContentLength > f.maxBody {
		return nil, fmt.Errorf("%w: %d bytes announced, limit %d", ErrTooBig, resp.ContentLength, f.maxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBody+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > f.maxBody {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooBig, f.maxBody)
	}
	out.Body = body
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return out, &StatusError{Status: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"))}
	}
	return out, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}
