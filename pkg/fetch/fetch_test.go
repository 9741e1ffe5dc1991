package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// canary is an HTTP server on 127.0.0.1 that counts every TCP connection
// it accepts. A refused private-network fetch must leave it at zero.
type canary struct {
	srv   *httptest.Server
	conns atomic.Int64
}

func newCanary(t *testing.T) *canary {
	t.Helper()
	c := &canary{}
	c.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "canary reached")
	}))
	c.srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			c.conns.Add(1)
		}
	}
	c.srv.Start()
	t.Cleanup(c.srv.Close)
	return c
}

func (c *canary) port() string {
	_, p, _ := net.SplitHostPort(c.srv.Listener.Addr().String())
	return p
}

// testResolver answers every A query for a name under .test with
// 127.0.0.1, from a DNS server on 127.0.0.1 that the test starts, so that a
// public-looking host name resolves to loopback as in DNS rebinding.
func testResolver(t *testing.T) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			q, err := p.Question()
			if err != nil {
				continue
			}
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true})
			b.EnableCompression()
			_ = b.StartQuestions()
			_ = b.Question(q)
			_ = b.StartAnswers()
			if q.Type == dnsmessage.TypeA && strings.HasSuffix(q.Name.String(), ".test.") {
				_ = b.AResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60}, dnsmessage.AResource{A: [4]byte{127, 0, 0, 1}})
			}
			msg, err := b.Finish()
			if err == nil {
				_, _ = pc.WriteTo(msg, addr)
			}
		}
	}()
	dnsAddr := pc.LocalAddr().String()
	return &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", dnsAddr)
	}}
}

// testClient returns a client with the guard on, fast pacing, and only the
// given test servers allowed.
func testClient(t *testing.T, opts Options, allow ...*httptest.Server) *Client {
	t.Helper()
	for _, s := range allow {
		opts.AllowAddrs = append(opts.AllowAddrs, s.Listener.Addr().String())
	}
	if opts.HostInterval == 0 {
		opts.HostInterval = time.Millisecond
	}
	if opts.RetryBase == 0 {
		opts.RetryBase = 5 * time.Millisecond
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return New(opts)
}

func TestPrivateNetworkRefused(t *testing.T) {
	t.Parallel()
	can := newCanary(t)
	resolver := testResolver(t)
	c := testClient(t, Options{Resolver: resolver})
	for _, target := range []string{
		"http://127.0.0.1:" + can.port() + "/",
		"http://canary.test:" + can.port() + "/", // resolves to 127.0.0.1 through the test DNS server
		"http://localhost:" + can.port() + "/",
		"http://0.0.0.0:" + can.port() + "/",
		"http://[::1]:" + can.port() + "/",
		"http://10.0.0.1:" + can.port() + "/",
		"http://169.254.169.254/latest/meta-data/",
	} {
		_, err := c.Get(context.Background(), Request{URL: target})
		if !errors.Is(err, ErrPrivateNetwork) {
			t.Errorf("Get(%s) error = %v, want ErrPrivateNetwork", target, err)
		}
	}
	if n := can.conns.Load(); n != 0 {
		t.Fatalf("canary saw %d connections, want 0", n)
	}

	// Control: the same name reaches the canary once its address is allowed,
	// so the refusals above came from the guard, not from a failed lookup.
	allowed := testClient(t, Options{Resolver: resolver, IgnoreRobots: true}, can.srv)
	resp, err := allowed.Get(context.Background(), Request{URL: "http://canary.test:" + can.port() + "/"})
	if err != nil {
		t.Fatalf("control Get: %v", err)
	}
	if string(resp.Body) != "canary reached" || can.conns.Load() != 1 {
		t.Fatalf("control: body %q, canary conns %d; want the canary reached once", resp.Body, can.conns.Load())
	}
}

func TestRedirectToPrivateRefused(t *testing.T) {
	t.Parallel()
	can := newCanary(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://rebind.test:"+can.port()+"/internal", http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{Resolver: testResolver(t)}, srv)
	_, err := c.Get(context.Background(), Request{URL: srv.URL + "/feed"})
	if !errors.Is(err, ErrPrivateNetwork) {
		t.Fatalf("Get through a redirect to a private host: error = %v, want ErrPrivateNetwork", err)
	}
	if n := can.conns.Load(); n != 0 {
		t.Fatalf("canary saw %d connections after the redirect, want 0", n)
	}
}

func TestSchemeAllowlist(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true}, srv)
	for _, u := range []string{"file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "javascript:alert(1)", srv.URL} {
		if _, err := c.Get(context.Background(), Request{URL: u}); !errors.Is(err, ErrScheme) {
			t.Errorf("Get(%s) error = %v, want ErrScheme", u, err)
		}
	}
}

func TestRedirectLimit(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/r/%d", &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/r/%d", n-1), http.StatusFound)
			return
		}
		fmt.Fprint(w, "end")
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true}, srv)
	if resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/r/5"}); err != nil || string(resp.Body) != "end" {
		t.Errorf("5 redirects: %v, want success", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/r/6"}); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("6 redirects: error = %v, want ErrTooManyRedirects", err)
	}
}

func TestBodyCapAfterDecompression(t *testing.T) {
	t.Parallel()
	plain := bytes.Repeat([]byte("<item>padding</item>"), 10000) // 200 kB, compresses to ~1 kB
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain)
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("request without Accept-Encoding gzip")
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz.Bytes())
	}))
	t.Cleanup(srv.Close)
	if gz.Len() >= 64<<10 {
		t.Fatalf("test body compresses to %d bytes, must be below the cap", gz.Len())
	}
	c := testClient(t, Options{IgnoreRobots: true, MaxBodyBytes: 64 << 10}, srv)
	if _, err := c.Get(context.Background(), Request{URL: srv.URL}); !errors.Is(err, ErrBodyTooLarge) {
		t.Fatalf("gzip bomb: error = %v, want ErrBodyTooLarge", err)
	}
	big := testClient(t, Options{IgnoreRobots: true, MaxBodyBytes: 1 << 20}, srv)
	resp, err := big.Get(context.Background(), Request{URL: srv.URL})
	if err != nil || !bytes.Equal(resp.Body, plain) {
		t.Fatalf("under the cap: err %v, body %d bytes, want the %d decompressed bytes", err, len(resp.Body), len(plain))
	}
}

func TestDeadlineOnStallingServer(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/trickle" {
			w.Write([]byte("<rss>"))
			w.(http.Flusher).Flush()
		}
		select { // stall until the client gives up or the test ends
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true, Timeout: 200 * time.Millisecond, Retries: -1}, srv)
	for _, path := range []string{"/stall", "/trickle"} {
		_, err := c.Get(context.Background(), Request{URL: srv.URL + path})
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Get(%s) error = %v, want the deadline exceeded", path, err)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	t.Parallel()
	const etag, lastMod = `"v1"`, "Mon, 01 Jan 2024 00:00:00 GMT"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, "<rss/>")
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true}, srv)
	first, err := c.Get(context.Background(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first fetch: %+v, want the body with validators", first)
	}
	for _, req := range []Request{
		{URL: srv.URL, ETag: first.ETag},
		{URL: srv.URL, LastModified: first.LastModified},
	} {
		again, err := c.Get(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if !again.NotModified || again.Body != nil || again.ETag != req.ETag || again.LastModified != req.LastModified {
			t.Errorf("conditional fetch %+v: got %+v, want 304 keeping the request's validators", req, again)
		}
	}
}

func TestRobots(t *testing.T) {
	t.Parallel()
	var privateHits atomic.Int64
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.Header.Get("User-Agent"))
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n\nUser-agent: BadBot\nDisallow: /\n")
		case strings.HasPrefix(r.URL.Path, "/private"):
			privateHits.Add(1)
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{}, srv)
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/private/feed.xml"}); !errors.Is(err, ErrDisallowed) {
		t.Errorf("disallowed path: error = %v, want ErrDisallowed", err)
	}
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/public/feed.xml"}); err != nil {
		t.Errorf("allowed path: %v", err)
	}
	if privateHits.Load() != 0 {
		t.Errorf("server saw %d requests to /private", privateHits.Load())
	}
	if got, _ := ua.Load().(string); !strings.Contains(got, "CIT") || !strings.Contains(got, "https://") {
		t.Errorf("User-Agent = %q, want CIT and a contact URL", got)
	}
}

func TestRetryAfter429(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		times = append(times, time.Now())
		n := len(times)
		mu.Unlock()
		switch {
		case r.URL.Path == "/slow-down":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		case n == 1:
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true}, srv)
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/feed"})
	if err != nil {
		t.Fatalf("Get after 429: %v", err)
	}
	if resp.Attempts != 2 {
		t.Errorf("attempts = %d, want 2", resp.Attempts)
	}
	mu.Lock()
	gap := times[1].Sub(times[0])
	mu.Unlock()
	if gap < time.Second {
		t.Errorf("retried after %s, before the Retry-After of 1s", gap)
	}

	other := testClient(t, Options{IgnoreRobots: true}, srv)
	_, err = other.Get(context.Background(), Request{URL: srv.URL + "/slow-down"})
	var se *StatusError
	if !errors.As(err, &se) || se.StatusCode != http.StatusTooManyRequests || se.RetryAfter != time.Hour {
		t.Fatalf("Retry-After beyond MaxRetryWait: error = %v, want a 429 StatusError with RetryAfter 1h", err)
	}
	if _, err := other.Get(context.Background(), Request{URL: srv.URL + "/feed"}); !errors.Is(err, ErrRetryAfterTooLong) {
		t.Errorf("next request to the held host: error = %v, want ErrRetryAfterTooLong", err)
	}
}

func TestBackoffOnServerErrors(t *testing.T) {
	t.Parallel()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := hits.Add(1)
		switch {
		case r.URL.Path == "/missing":
			http.NotFound(w, r)
		case r.URL.Path == "/down", n <= 2:
			w.WriteHeader(http.StatusBadGateway)
		default:
			fmt.Fprint(w, "ok")
		}
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true, Retries: 2}, srv)
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/flaky"})
	if err != nil || resp.Attempts != 3 {
		t.Fatalf("two 502s then 200: err %v, resp %+v; want success on attempt 3", err, resp)
	}
	hits.Store(10)
	_, err = c.Get(context.Background(), Request{URL: srv.URL + "/down"})
	var se *StatusError
	if !errors.As(err, &se) || se.StatusCode != http.StatusBadGateway || hits.Load() != 13 {
		t.Errorf("persistent 502: error %v after %d requests, want a 502 StatusError after 3", err, hits.Load()-10)
	}
	hits.Store(10)
	if _, err := c.Get(context.Background(), Request{URL: srv.URL + "/missing"}); !errors.As(err, &se) || se.StatusCode != 404 || hits.Load() != 11 {
		t.Errorf("404: error %v after %d requests, want one request and no retry", err, hits.Load()-10)
	}
}

func TestOneRequestPerHost(t *testing.T) {
	t.Parallel()
	var inFlight, peak atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, "ok")
	}))
	t.Cleanup(srv.Close)
	c := testClient(t, Options{IgnoreRobots: true}, srv)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if peak.Load() != 1 {
		t.Fatalf("peak concurrent requests to one host = %d, want 1", peak.Load())
	}
}

func TestIsPublicIP(t *testing.T) {
	t.Parallel()
	tests := []struct {
		ip   string
		want bool
	}{
		{"93.184.216.34", true}, {"2606:2800:220:1:248:1893:25c8:1946", true},
		{"127.0.0.1", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false}, {"192.168.1.1", false},
		{"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"224.0.0.1", false}, {"ff02::1", false},
		{"0.0.0.0", false}, {"::", false}, {"100.64.0.1", false}, {"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false},
		{"255.255.255.255", false},
	}
	for _, tt := range tests {
		if got := IsPublicIP(net.ParseIP(tt.ip)); got != tt.want {
			t.Errorf("IsPublicIP(%s) = %v, want %v", tt.ip, got, tt.want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
	}{
		{"120", 2 * time.Minute}, {"Mon, 01 Jan 2024 00:00:30 GMT", 30 * time.Second}, {"", 0}, {"-5", 0}, {"soon", 0},
		{"Sun, 31 Dec 2023 00:00:00 GMT", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.v, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.v, got, tt.want)
		}
	}
}
