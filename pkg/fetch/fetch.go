// Package fetch is CIT's one HTTP client for collecting public sources. It
// refuses private-network addresses after DNS resolution (in the dialer, so
// every redirect and DNS answer is checked), allows only http and https,
// follows at most five redirects, caps bodies after decompression, bounds
// each fetch by an overall deadline, sends conditional requests, obeys
// robots.txt, sends one request at a time per host at a limited rate, honours
// 429 and Retry-After, retries transient failures with exponential backoff,
// and names itself with a User-Agent that carries a contact URL.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"go.uber.org/zap"
	"golang.org/x/time/rate"
)

// Sentinel errors, checked with errors.Is.
var (
	ErrPrivateNetwork    = errors.New("fetch: private network address refused")
	ErrScheme            = errors.New("fetch: only http and https are allowed")
	ErrTooManyRedirects  = errors.New("fetch: too many redirects")
	ErrBodyTooLarge      = errors.New("fetch: response body too large")
	ErrDisallowed        = errors.New("fetch: disallowed by robots.txt")
	ErrRetryAfterTooLong = errors.New("fetch: server asked to retry later than the deadline allows")
)

// StatusError is a response with a status other than 2xx or 304.
type StatusError struct {
	URL        string
	StatusCode int
	RetryAfter time.Duration // from a 429 or 503 Retry-After header, else 0
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("fetch %s: http status %d", e.URL, e.StatusCode)
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// Temporary reports whether a later attempt may succeed (429 and 5xx).
func (e *StatusError) Temporary() bool {
	return e.StatusCode == http.StatusTooManyRequests || e.StatusCode >= 500
}

// Defaults of Options.
const (
	DefaultUserAgent    = "CIT/0.1 (Cyber Incident Tracer #HEALTH; +https://github.com/cit-health/cit)"
	DefaultMaxBodyBytes = 16 << 20
	DefaultTimeout      = 60 * time.Second
	DefaultMaxRedirects = 5
	DefaultHostInterval = 2 * time.Second
	DefaultRetries      = 2
	DefaultRetryBase    = 2 * time.Second
	DefaultMaxRetryWait = 2 * time.Minute
)

// Options configure a Client. Zero values take the defaults above.
type Options struct {
	// UserAgent names CIT and a contact URL.
	UserAgent string
	// MaxBodyBytes caps a body after decompression.
	MaxBodyBytes int64
	// Timeout bounds one Get from the first byte sent to the last byte read,
	// robots.txt, waits and retries included.
	Timeout time.Duration
	// MaxRedirects is at most DefaultMaxRedirects.
	MaxRedirects int
	// HostInterval is the least time between two requests to one host. A
	// robots.txt Crawl-delay that is longer wins.
	HostInterval time.Duration
	// Retries is how many times a transient failure (network error, 429,
	// 5xx) is retried within one Get; negative disables retries.
	Retries int
	// RetryBase is the first backoff; each retry doubles it, with jitter.
	RetryBase time.Duration
	// MaxRetryWait is the longest Retry-After a Get will wait for.
	MaxRetryWait time.Duration
	// IgnoreRobots skips robots.txt (operators only, for sources that
	// granted permission).
	IgnoreRobots bool
	// AllowPrivateNetworks lets the client reach loopback, private,
	// link-local and other non-public addresses. For tests and for
	// operators whose sources live on an internal network.
	AllowPrivateNetworks bool
	// AllowAddrs lists exact "ip:port" dial targets allowed even though
	// private (a test's own server), leaving the guard on for all others.
	AllowAddrs []string
	// Resolver resolves host names; nil uses the system resolver.
	Resolver *net.Resolver
	// Logger receives retry and robots warnings; nil is silent.
	Logger *zap.Logger
}

// Client fetches documents politely and safely. It is safe for concurrent use.
type Client struct {
	opts   Options
	http   *http.Client
	log    *zap.Logger
	mu     sync.Mutex
	hosts  map[string]*hostState
	robots *robotsCache
}

// hostState serialises the requests to one host.
type hostState struct {
	sem        chan struct{} // one request at a time
	limiter    *rate.Limiter
	retryUntil time.Time // set by 429/503 Retry-After
}

// New builds a Client.
func New(opts Options) *Client {
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects <= 0 || opts.MaxRedirects > DefaultMaxRedirects {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.HostInterval <= 0 {
		opts.HostInterval = DefaultHostInterval
	}
	if opts.Retries == 0 {
		opts.Retries = DefaultRetries
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = DefaultRetryBase
	}
	if opts.MaxRetryWait <= 0 {
		opts.MaxRetryWait = DefaultMaxRetryWait
	}
	log := opts.Logger
	if log == nil {
		log = zap.NewNop()
	}
	c := &Client{opts: opts, log: log, hosts: map[string]*hostState{}}
	allowed := map[string]bool{}
	for _, a := range opts.AllowAddrs {
		allowed[a] = true
	}
	dialer := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Resolver:  opts.Resolver,
		Control: func(network, address string, _ syscall.RawConn) error {
			if opts.AllowPrivateNetworks || allowed[address] {
				return nil
			}
			return checkAddress(address)
		},
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial on our behalf and bypass the guard
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	c.http = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("after %d redirects: %w", len(via)-1, ErrTooManyRedirects)
			}
			if err := checkScheme(req.URL); err != nil {
				return err
			}
			req.Header.Set("User-Agent", opts.UserAgent)
			return nil
		},
	}
	c.robots = newRobotsCache()
	return c
}

// checkAddress refuses a resolved dial address that is not public.
func checkAddress(address string) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("dial %s: %w", address, err)
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return fmt.Errorf("dial %s: not an ip address: %w", address, ErrPrivateNetwork)
	}
	if !IsPublicIP(ip) {
		return fmt.Errorf("dial %s: %w", address, ErrPrivateNetwork)
	}
	return nil
}

// nonPublic lists ranges beyond the net.IP predicates: shared address space
// (CGNAT), IETF protocol assignments, benchmarking, reserved, and NAT64.
var nonPublic = func() []*net.IPNet {
	var out []*net.IPNet
	for _, s := range []string{"0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4", "64:ff9b::/96", "64:ff9b:1::/48", "2001:db8::/32"} {
		_, n, _ := net.ParseCIDR(s)
		out = append(out, n)
	}
	return out
}()

// IsPublicIP reports whether ip is a global unicast address outside the
// loopback, private, link-local, multicast, unspecified and reserved ranges.
func IsPublicIP(ip net.IP) bool {
	if ip4 := ip.To4(); ip4 != nil {
		ip = ip4
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || !ip.IsGlobalUnicast() {
		return false
	}
	for _, n := range nonPublic {
		if n.Contains(ip) {
			return false
		}
	}
	return true
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("url scheme %q: %w", u.Scheme, ErrScheme)
	}
	if u.Host == "" {
		return fmt.Errorf("url %q has no host: %w", u.String(), ErrScheme)
	}
	return nil
}

// Request is one document to fetch, with the validators of the last fetch.
type Request struct {
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
	Accept       string // default: feeds, HTML, JSON, CSV
}

// Response is a fetched document. On 304 NotModified is true, Body is nil,
// and the validators are those of the request unless the server sent new
// ones: persist ETag and LastModified for the next Request.
type Response struct {
	URL          string // after redirects
	StatusCode   int
	NotModified  bool
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	Attempts     int
}

// Get fetches one document. Errors wrap ErrPrivateNetwork, ErrScheme,
// ErrTooManyRedirects, ErrBodyTooLarge, ErrDisallowed, *StatusError or the
// context's error; the client's deadline bounds the whole call.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := url.Parse(req.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", req.URL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %q: %w", req.URL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	if !c.opts.IgnoreRobots {
		if err := c.checkRobots(ctx, u); err != nil {
			return nil, err
		}
	}
	backoff := c.opts.RetryBase
	for attempt := 1; ; attempt++ {
		resp, err := c.once(ctx, u, req)
		if err == nil {
			resp.Attempts = attempt
			return resp, nil
		}
		wait, retry := c.retryable(err, backoff)
		if !retry || attempt > c.opts.Retries || ctx.Err() != nil {
			return nil, err
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return nil, fmt.Errorf("%w: %w", err, ErrRetryAfterTooLong)
		}
		c.log.Warn("fetch_retry", zap.String("url", req.URL), zap.Int("attempt", attempt), zap.Duration("wait", wait), zap.Error(err))
		if err := sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("fetch %s: waiting to retry: %w", req.URL, err)
		}
		backoff *= 2
	}
}

// retryable decides whether err is transient and how long to wait.
func (c *Client) retryable(err error, backoff time.Duration) (time.Duration, bool) {
	jittered := backoff/2 + rand.N(backoff/2+1)
	var se *StatusError
	if errors.As(err, &se) {
		if !se.Temporary() {
			return 0, false
		}
		if se.RetryAfter > 0 {
			return se.RetryAfter, se.RetryAfter <= c.opts.MaxRetryWait
		}
		return jittered, true
	}
	for _, permanent := range []error{ErrPrivateNetwork, ErrScheme, ErrTooManyRedirects, ErrBodyTooLarge, ErrDisallowed, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, permanent) {
			return 0, false
		}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return 0, false
	}
	return jittered, true
}

// once sends one request, waiting for the host's turn first.
func (c *Client) once(ctx context.Context, u *url.URL, req Request) (*Response, error) {
	release, err := c.acquire(ctx, u.Host)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer release()
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	hreq.Header.Set("User-Agent", c.opts.UserAgent)
	accept := req.Accept
	if accept == "" {
		accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.9, text/csv;q=0.9, text/html;q=0.8, */*;q=0.5"
	}
	hreq.Header.Set("Accept", accept)
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		StatusCode:   resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         firstNonEmpty(resp.Header.Get("ETag"), req.ETag),
		LastModified: firstNonEmpty(resp.Header.Get("Last-Modified"), req.LastModified),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		se := &StatusError{URL: u.String(), StatusCode: resp.StatusCode}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			se.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
			if se.RetryAfter > 0 {
				c.holdHost(u.Host, time.Now().Add(se.RetryAfter))
			}
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
		return nil, se
	}
	// The transport decompresses gzip itself, so the cap counts decoded bytes.
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBodyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", u, err)
	}
	if int64(len(body)) > c.opts.MaxBodyBytes {
		return nil, fmt.Errorf("fetch %s: more than %d bytes: %w", u, c.opts.MaxBodyBytes, ErrBodyTooLarge)
	}
	out.Body = body
	return out, nil
}

// acquire waits for the host's single slot, its rate limit and any
// Retry-After hold; release frees the slot.
func (c *Client) acquire(ctx context.Context, host string) (release func(), err error) {
	h := c.host(host)
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release = func() { <-h.sem }
	c.mu.Lock()
	until := h.retryUntil
	c.mu.Unlock()
	if wait := time.Until(until); wait > 0 {
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			release()
			return nil, fmt.Errorf("host %s holds requests until %s: %w", host, until.UTC().Format(time.RFC3339), ErrRetryAfterTooLong)
		}
		if err := sleep(ctx, wait); err != nil {
			release()
			return nil, err
		}
	}
	if err := h.limiter.Wait(ctx); err != nil {
		release()
		return nil, err
	}
	return release, nil
}

func (c *Client) host(host string) *hostState {
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[host]
	if !ok {
		h = &hostState{sem: make(chan struct{}, 1), limiter: rate.NewLimiter(rate.Every(c.opts.HostInterval), 1)}
		c.hosts[host] = h
	}
	return h
}

func (c *Client) holdHost(host string, until time.Time) {
	h := c.host(host)
	c.mu.Lock()
	defer c.mu.Unlock()
	if until.After(h.retryUntil) {
		h.retryUntil = until
	}
}

// slowHost applies a robots.txt Crawl-delay longer than the host interval.
func (c *Client) slowHost(host string, delay time.Duration) {
	if delay <= c.opts.HostInterval {
		return
	}
	delay = min(delay, time.Minute)
	c.host(host).limiter.SetLimit(rate.Every(delay))
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
