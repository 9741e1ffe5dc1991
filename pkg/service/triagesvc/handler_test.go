package triagesvc_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"github.com/cit-health/cit/pkg/store"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"
	"golang.org/x/net/html"
	"google.golang.org/protobuf/proto"
)

// cheap hashes keep sign-ins fast in tests; production uses DefaultArgon2.
var cheap = triagesvc.Argon2Params{Time: 1, Memory: 64, Threads: 1, KeyLen: 32, SaltLen: 16}

const testPassword = "correct horse battery staple"

type app struct {
	srv *httptest.Server
	st  *store.Store
	bus *bus.Bus
}

// newApp starts the app over a fresh ClickHouse database and an embedded
// NATS, with one user per role (named after the role) and seeded data.
func newApp(t *testing.T, opts ...triagesvc.Option) *app {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	addr := chtest.Addr(t)
	st, err := store.Open(ctx, store.Config{Addr: addr, Database: chtest.Database(t, addr)}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	b := bustest.Start(t)
	for _, role := range triagesvc.Roles() {
		if err := triagesvc.AddUser(ctx, st, role, role, testPassword, cheap, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if err := triagesvc.AddUser(ctx, st, "victim", triagesvc.RoleViewer, testPassword, cheap, time.Now()); err != nil {
		t.Fatal(err)
	}
	seed(t, st)
	h, err := triagesvc.NewHandler(st, b, zap.NewNop(), append([]triagesvc.Option{triagesvc.WithInsecureCookies(),
		triagesvc.WithArgon2(cheap)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &app{srv: srv, st: st, bus: b}
}

func review(id, title, text string) cit.Classified {
	us := "US"
	return cit.Classified{
		Candidate: cit.Candidate{ID: id, Source: "therecord", URL: "https://example.org/" + id, Title: title, Text: text,
			Published: "2026-01-10", Lang: "en"},
		Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.55, Verdict: cit.VerdictReview,
			AttackType: cit.AttackRansomware, Sector: cit.SectorCareProvider, Country: &us, Victim: "St Mary Hospital",
			Reasons: []cit.Reason{{Field: "attack_type", Value: "ransomware", Rule: "lexicon", Span: "ransomware"}}},
	}
}

func seed(t *testing.T, st *store.Store) {
	t.Helper()
	ctx := context.Background()
	cands := []cit.Classified{
		review("cand-1", "St Mary Hospital hit by ransomware", "St Mary Hospital said a ransomware attack disrupted care."),
		review("cand-2", "Clinic data breach", "A clinic reported a ransomware incident."),
	}
	if err := st.InsertCandidates(ctx, cands, 1); err != nil {
		t.Fatal(err)
	}
	incs := []cit.Incident{
		{ID: "inc-1", Version: 1, Status: cit.StatusActive, Victim: "St Mary Hospital", VictimKey: "st mary hosp",
			Country: "US", AttackType: cit.AttackRansomware, IncidentDate: "2026-01-08", FirstSeen: "2026-01-08T00:00:00Z",
			Confidence: 0.6, Sources: []cit.SourceRef{{CandidateID: "src-a", Source: "a", Published: "2026-01-08"},
				{CandidateID: "src-b", Source: "b", Published: "2026-01-09"}}},
		{ID: "inc-2", Version: 1, Status: cit.StatusActive, Victim: "St Mary Hospital Group", VictimKey: "st mary hosp",
			Country: "US", AttackType: cit.AttackRansomware, IncidentDate: "2026-01-09", FirstSeen: "2026-01-09T00:00:00Z",
			Confidence: 1, Sources: []cit.SourceRef{{CandidateID: "src-c", Source: "c", Published: "2026-01-09"}}},
	}
	if err := st.InsertIncidents(ctx, incs); err != nil {
		t.Fatal(err)
	}
}

// client is a browser-like client: it keeps cookies, does not follow
// redirects, and sends Origin and Sec-Fetch-Site as a same-origin page would.
type client struct {
	t    *testing.T
	base string
	hc   *http.Client
}

func (a *app) client(t *testing.T) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: a.srv.URL, hc: &http.Client{Jar: jar, Timeout: 30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *client) do(method, path string, form url.Values, hdr map[string]string) (*http.Response, string) {
	c.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		c.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if method == http.MethodPost {
		req.Header.Set("Origin", c.base)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func (c *client) get(path string) (*http.Response, string) {
	return c.do(http.MethodGet, path, nil, nil)
}
func (c *client) post(path string, form url.Values) (*http.Response, string) {
	return c.do(http.MethodPost, path, form, nil)
}

func (c *client) login(user, password string) *http.Response {
	c.t.Helper()
	resp, _ := c.post("/login", url.Values{"username": {user}, "password": {password}})
	return resp
}

func signedIn(t *testing.T, a *app, user string) *client {
	t.Helper()
	c := a.client(t)
	if resp := c.login(user, testPassword); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in as %s: status %d, want 303", user, resp.StatusCode)
	}
	return c
}

func TestAuthorisationMatrix(t *testing.T) {
	a := newApp(t)
	type check struct {
		method, path string
		form         url.Values
		minRole      string // "" = public
	}
	checks := map[string]check{
		"GET /static/":                     {"GET", "/static/app.js", nil, ""},
		"GET /login":                       {"GET", "/login", nil, ""},
		"POST /login":                      {"POST", "/login", url.Values{"username": {"nobody"}, "password": {"x"}}, ""},
		"POST /logout":                     {"POST", "/logout", url.Values{}, "viewer"},
		"GET /{$}":                         {"GET", "/", nil, "viewer"},
		"GET /candidates/{id}":             {"GET", "/candidates/cand-1", nil, "viewer"},
		"POST /candidates/{id}/confirm":    {"POST", "/candidates/cand-1/confirm", url.Values{"attack_type": {"ransomware"}}, "analyst"},
		"POST /candidates/{id}/reject":     {"POST", "/candidates/cand-2/reject", url.Values{"reason": {"noise"}}, "analyst"},
		"POST /bulk":                       {"POST", "/bulk", url.Values{"action": {"confirm"}, "id": {"cand-1"}}, "analyst"},
		"GET /incidents":                   {"GET", "/incidents", nil, "viewer"},
		"GET /fields":                      {"GET", "/fields", nil, "viewer"},
		"GET /incidents/{id}":              {"GET", "/incidents/inc-1", nil, "viewer"},
		"POST /incidents/{id}/confirm":     {"POST", "/incidents/inc-1/confirm", url.Values{}, "analyst"},
		"POST /incidents/{id}/withdraw":    {"POST", "/incidents/inc-1/withdraw", url.Values{"reason": {"test"}}, "analyst"},
		"POST /incidents/{id}/merge":       {"POST", "/incidents/inc-1/merge", url.Values{"target": {"inc-2"}}, "analyst"},
		"POST /incidents/{id}/split":       {"POST", "/incidents/inc-1/split", url.Values{"candidate_id": {"src-b"}}, "analyst"},
		"POST /incidents/{id}/edit":        {"POST", "/incidents/inc-1/edit", url.Values{"country": {"GB"}}, "analyst"},
		"GET /audit":                       {"GET", "/audit", nil, "viewer"},
		"GET /admin/users":                 {"GET", "/admin/users", nil, "admin"},
		"POST /admin/users":                {"POST", "/admin/users", url.Values{"username": {"newbie"}, "role": {"viewer"}}, "admin"},
		"POST /admin/users/{name}/disable": {"POST", "/admin/users/victim/disable", url.Values{}, "admin"},
		"POST /admin/users/{name}/reset":   {"POST", "/admin/users/victim/reset", url.Values{}, "admin"},
	}
	// Every route the app serves must be checked here, with the role expected.
	for _, rt := range triagesvc.Routes() {
		key := rt.Method + " " + rt.Pattern
		c, ok := checks[key]
		if !ok {
			t.Errorf("route %s is not in the authorisation matrix", key)
			continue
		}
		if c.minRole != rt.Role {
			t.Errorf("route %s: Routes() says role %q, the matrix expects %q", key, rt.Role, c.minRole)
		}
	}
	if len(checks) != len(triagesvc.Routes()) {
		t.Errorf("matrix has %d routes, the app %d", len(checks), len(triagesvc.Routes()))
	}
	rank := map[string]int{"": 0, "viewer": 1, "analyst": 2, "admin": 3}
	for _, who := range []string{"anonymous", "viewer", "analyst", "admin"} {
		for key, c := range checks {
			t.Run(who+" "+key, func(t *testing.T) {
				cl := a.client(t)
				if who != "anonymous" {
					cl = signedIn(t, a, who)
				}
				resp, body := cl.do(c.method, c.path, c.form, nil)
				loc := resp.Header.Get("Location")
				// Sent to sign in (logout's own redirect to /login has no next=).
				toLogin := resp.StatusCode == http.StatusSeeOther && strings.HasPrefix(loc, "/login?next=")
				switch {
				case c.minRole == "":
					if resp.StatusCode >= 500 || resp.StatusCode == http.StatusForbidden || toLogin {
						t.Errorf("public %s as %s: status %d (Location %q), want it served", key, who, resp.StatusCode, loc)
					}
				case who == "anonymous":
					if !toLogin {
						t.Errorf("%s as anonymous: status %d (Location %q), want 303 to /login", key, resp.StatusCode, loc)
					}
				case rank[who] < rank[c.minRole]:
					if resp.StatusCode != http.StatusForbidden {
						t.Errorf("%s as %s: status %d, want 403", key, who, resp.StatusCode)
					}
				default:
					if resp.StatusCode >= 400 || toLogin {
						t.Errorf("%s as %s: status %d (Location %q), want success; body: %.300s", key, who, resp.StatusCode, loc, body)
					}
				}
			})
		}
	}
	// The admin's actions above disabled "victim", then reset it to an
	// unknown password. Check that disabling really ends a signed-in session.
	if err := triagesvc.ResetPassword(context.Background(), a.st, "victim", testPassword, cheap, time.Now()); err != nil {
		t.Fatal(err)
	}
	v := signedIn(t, a, "victim")
	admin := signedIn(t, a, "admin")
	if resp, _ := admin.post("/admin/users/victim/disable", url.Values{}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("disable victim: status %d", resp.StatusCode)
	}
	if resp, _ := v.get("/"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login?next=") {
		t.Errorf("disabled user's session: status %d, want 303 to /login", resp.StatusCode)
	}
	// Signing out ends the session.
	if resp, _ := admin.post("/logout", url.Values{}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: status %d", resp.StatusCode)
	}
	if resp, _ := admin.get("/admin/users"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after logout: status %d, want 303 to /login", resp.StatusCode)
	}
}

func TestSecurityHeadersAndCookie(t *testing.T) {
	a := newApp(t)
	// The default handler (without WithInsecureCookies) must mark the cookie Secure.
	h, err := triagesvc.NewHandler(a.st, a.bus, zap.NewNop(), triagesvc.WithArgon2(cheap))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	form := url.Values{"username": {"viewer"}, "password": {testPassword}}
	req, _ := http.NewRequest("POST", srv.URL+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := (&http.Transport{}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var session *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == "cit_triage_session" {
			session = c
		}
	}
	if session == nil || !session.Secure || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode {
		t.Errorf("session cookie = %+v, want Secure, HttpOnly, SameSite=Lax", session)
	}
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "same-origin",
	}
	for _, path := range []string{"/login", "/static/app.js", "/nope"} {
		r, _ := a.client(t).get(path)
		for k, v := range want {
			if got := r.Header.Get(k); got != v {
				t.Errorf("GET %s: %s = %q, want %q", path, k, got, v)
			}
		}
		csp := r.Header.Get("Content-Security-Policy")
		for _, part := range []string{"script-src 'self'", "frame-ancestors 'none'", "default-src 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, part) {
				t.Errorf("GET %s: CSP %q lacks %q", path, csp, part)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: CSP %q allows inline code", path, csp)
		}
	}
}

func TestCrossOriginPostIsRefused(t *testing.T) {
	a := newApp(t)
	c := signedIn(t, a, "analyst")
	form := url.Values{"reason": {"cross-site"}}
	tests := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"Sec-Fetch-Site cross-site", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, http.StatusForbidden},
		{"Sec-Fetch-Site same-site", map[string]string{"Sec-Fetch-Site": "same-site", "Origin": "https://sub.example"}, http.StatusForbidden},
		{"foreign Origin only", map[string]string{"Sec-Fetch-Site": "", "Origin": "https://evil.example"}, http.StatusForbidden},
		{"same origin", map[string]string{}, http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, _ := c.do("POST", "/candidates/cand-2/reject", form, tc.hdr)
			if resp.StatusCode != tc.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
	// The login form is protected too (login CSRF).
	resp, _ := a.client(t).do("POST", "/login", url.Values{"username": {"analyst"}, "password": {testPassword}},
		map[string]string{"Sec-Fetch-Site": "cross-site"})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site login: status %d, want 403", resp.StatusCode)
	}
}

func TestLoginThrottling(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	a := newApp(t, triagesvc.WithThrottle(triagesvc.ThrottleLimits{Window: 10 * time.Minute, PerUser: 3, PerIP: 5}),
		triagesvc.WithClock(func() time.Time { return now }))
	c := a.client(t)
	for i := range 3 {
		if resp := c.login("analyst", "wrong password"); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong password #%d: status %d, want 401", i+1, resp.StatusCode)
		}
	}
	// Now even the right password is refused for this user…
	if resp := c.login("analyst", testPassword); resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("right password after 3 failures: status %d (Retry-After %q), want 429 with Retry-After",
			resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	// …while another user from the same address may still sign in (2 of 5 left).
	if resp := c.login("viewer", testPassword); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("other user: status %d, want 303", resp.StatusCode)
	}
	// Spraying other accounts from the address hits the per-address limit.
	c2 := a.client(t)
	for _, u := range []string{"x1", "x2"} {
		c2.login(u, "guess")
	}
	if resp := c2.login("admin", testPassword); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("after 5 failures from one address: status %d, want 429", resp.StatusCode)
	}
	// After the window the user may try again.
	now = now.Add(11 * time.Minute)
	if resp := c.login("analyst", testPassword); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("after the window: status %d, want 303", resp.StatusCode)
	}
}

func TestHostilePayloadsRenderInert(t *testing.T) {
	a := newApp(t)
	ctx := context.Background()
	evil := review("evil-1",
		`<script>alert("title")</script><img src=x onerror=alert(1)>`,
		`Hospital ransomware <script>alert(document.cookie)</script> <a href="javascript:alert(2)">click</a> `+
			`<svg onload=alert(3)><circle/></svg> <div onmouseover="alert(4)">x</div> <iframe src="https://evil.example"></iframe>`)
	evil.URL = "javascript:alert('url')"
	evil.Source = `<b onclick=alert(5)>src</b>`
	evil.Lang = `"><script>alert(6)</script>`
	evil.Classification.Victim = `"><svg/onload=alert(7)>`
	evil.Classification.Reasons = append(evil.Classification.Reasons,
		cit.Reason{Field: "victim", Rule: `<script>alert(8)</script>`, Span: `<svg onload=alert(3)>`})
	if err := a.st.InsertCandidates(ctx, []cit.Classified{evil}, 1); err != nil {
		t.Fatal(err)
	}
	if err := a.st.InsertIncidents(ctx, []cit.Incident{{ID: "inc-evil", Version: 1, Status: cit.StatusActive,
		Title: `<script>alert(9)</script>`, Victim: `<img src=x onerror=alert(10)>`, Confidence: 0.1,
		Sources: []cit.SourceRef{{CandidateID: "evil-1", Source: "s", URL: "javascript:alert(11)", Title: `<svg onload=alert(12)>`}}}}); err != nil {
		t.Fatal(err)
	}
	if err := a.st.InsertTriage(ctx, []cit.TriageDecision{{ID: "d-evil", At: "2026-01-01T00:00:00Z", Actor: `<script>x</script>`,
		Action: "reject", CandidateID: "evil-1", Reason: `<img src=x onerror=alert(13)>`, Before: `{"x":"<script>alert(14)</script>"}`}}); err != nil {
		t.Fatal(err)
	}
	c := signedIn(t, a, "analyst")
	for _, path := range []string{"/", "/candidates/evil-1", "/incidents", "/incidents/inc-evil", "/audit"} {
		t.Run(path, func(t *testing.T) {
			resp, body := c.get(path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if !strings.Contains(body, "alert(") {
				t.Fatalf("the payload is not on the page at all, so this test proves nothing")
			}
			assertInert(t, body)
		})
	}
}

// assertInert parses the page as a browser would and fails on any script
// other than the app's own, any event-handler attribute, any javascript: or
// data: URL, and any svg, img, iframe or object element.
func assertInert(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				src := ""
				for _, at := range n.Attr {
					if at.Key == "src" {
						src = at.Val
					}
				}
				if src != "/static/app.js" || n.FirstChild != nil {
					t.Errorf("foreign <script src=%q> on the page", src)
				}
			case "svg", "img", "iframe", "object", "embed":
				t.Errorf("hostile <%s> element on the page", n.Data)
			}
			for _, at := range n.Attr {
				if strings.HasPrefix(strings.ToLower(at.Key), "on") {
					t.Errorf("event handler %s=%q on <%s>", at.Key, at.Val, n.Data)
				}
				v := strings.ToLower(strings.TrimSpace(at.Val))
				if (at.Key == "href" || at.Key == "src" || at.Key == "action") &&
					(strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")) {
					t.Errorf("%s=%q on <%s>", at.Key, at.Val, n.Data)
				}
			}
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc)
}

func TestConfirmPublishesDecision(t *testing.T) {
	a := newApp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cons, err := a.bus.JetStream().OrderedConsumer(ctx, bus.StreamTriage, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{bus.SubjectTriageDecision}})
	if err != nil {
		t.Fatal(err)
	}
	c := signedIn(t, a, "analyst")
	resp, body := c.post("/candidates/cand-1/confirm", url.Values{"attack_type": {"data_breach"}, "sector": {"care_provider"},
		"country": {"gb"}, "victim": {"St Mary's Hospital"}, "records_affected": {"12,000"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm: status %d; %.300s", resp.StatusCode, body)
	}
	msg, err := cons.Next(jetstream.FetchMaxWait(10 * time.Second))
	if err != nil {
		t.Fatalf("no decision on %s: %v", bus.SubjectTriageDecision, err)
	}
	var p citv1.TriageDecision
	if err := proto.Unmarshal(msg.Data(), &p); err != nil {
		t.Fatal(err)
	}
	d := wire.DecisionFromProto(&p)
	if msg.Headers().Get(jetstream.MsgIDHeader) != d.ID || d.ID == "" {
		t.Errorf("Nats-Msg-Id %q, decision id %q: want equal and set", msg.Headers().Get(jetstream.MsgIDHeader), d.ID)
	}
	if d.Action != cit.ActionConfirm || d.Actor != "analyst" || d.CandidateID != "cand-1" || d.IncidentID != "" {
		t.Errorf("decision = %+v, want confirm of cand-1 by analyst, no incident", d)
	}
	wantFields := map[string]string{"attack_type": "data_breach", "country": "GB", "victim": "St Mary's Hospital", "records_affected": "12000"}
	if len(d.Fields) != len(wantFields) {
		t.Errorf("Fields = %v, want only the changed %v (sector was unchanged)", d.Fields, wantFields)
	}
	for k, v := range wantFields {
		if d.Fields[k] != v {
			t.Errorf("Fields[%s] = %q, want %q", k, d.Fields[k], v)
		}
	}
	var after cit.Classified
	if err := json.Unmarshal([]byte(d.After), &after); err != nil || after.Classification == nil {
		t.Fatalf("After %q is not a classified candidate: %v", d.After, err)
	}
	cl := after.Classification
	if after.ID != "cand-1" || after.Text == "" || cl.Verdict != cit.VerdictAccept || !cl.IsHealthCyberattack ||
		cl.AttackType != "data_breach" || cl.CountryCode() != "GB" || cl.Victim != "St Mary's Hospital" ||
		cl.RecordsAffected == nil || *cl.RecordsAffected != 12000 {
		t.Errorf("After = %+v / %+v, want cand-1 with text, accepted, with the edited fields", after.Candidate, *cl)
	}
	var before cit.Classified
	if err := json.Unmarshal([]byte(d.Before), &before); err != nil || before.Classification.Verdict != cit.VerdictReview {
		t.Errorf("Before should be the candidate under review, got %.200s (%v)", d.Before, err)
	}

	// A viewer cannot publish; a bad field publishes nothing either.
	if resp, _ := signedIn(t, a, "viewer").post("/candidates/cand-1/confirm", url.Values{}); resp.StatusCode != http.StatusForbidden {
		t.Errorf("viewer confirm: status %d, want 403", resp.StatusCode)
	}
	if resp, _ := c.post("/candidates/cand-1/confirm", url.Values{"attack_type": {"alien_invasion"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("confirm with an unknown attack type: status %d, want 400", resp.StatusCode)
	}
	if _, err := cons.Next(jetstream.FetchMaxWait(time.Second)); err == nil {
		t.Error("a refused confirm published a decision")
	}
}

func TestQueueAndAuditPages(t *testing.T) {
	a := newApp(t)
	c := signedIn(t, a, "viewer")
	resp, body := c.get("/?attack_type=ransomware&sort=score&order=asc")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "/candidates/cand-1") || !strings.Contains(body, "/candidates/cand-2") {
		t.Errorf("queue: status %d, want both candidates listed", resp.StatusCode)
	}
	if strings.Contains(body, `action="/bulk"`) {
		t.Error("a viewer is shown the bulk-action form")
	}
	if _, body := c.get("/?country=FR"); strings.Contains(body, "/candidates/cand-1") {
		t.Error("country=FR still lists a US candidate")
	}
	if resp, _ := c.get("/?sort=text"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown sort: status %d, want 400", resp.StatusCode)
	}
	if resp, _ := c.get("/candidates/nope"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown candidate: status %d, want 404", resp.StatusCode)
	}
	// The candidate page shows the evidence marked and inc-1/inc-2 as duplicates.
	_, body = c.get("/candidates/cand-1")
	for _, want := range []string{`<mark title="attack_type: lexicon">ransomware</mark>`, `href="/incidents/inc-1"`, `href="/incidents/inc-2"`} {
		if !strings.Contains(body, want) {
			t.Errorf("candidate page lacks %s", want)
		}
	}
	// The audit log shows who did what, with before and after.
	if err := a.st.InsertTriage(context.Background(), []cit.TriageDecision{{ID: "d1", At: "2026-02-01T10:00:00Z",
		Actor: "ana", Action: "edit", IncidentID: "inc-1", Fields: map[string]string{"country": "GB"},
		Before: `{"country":"US"}`, After: `{"country":"GB"}`}}); err != nil {
		t.Fatal(err)
	}
	_, body = c.get("/audit?actor=ana")
	for _, want := range []string{"2026-02-01T10:00:00Z", "ana", "country=GB", "&#34;country&#34;: &#34;US&#34;", "&#34;country&#34;: &#34;GB&#34;"} {
		if !strings.Contains(body, want) {
			t.Errorf("audit page lacks %q", want)
		}
	}
	if _, body = c.get("/audit?actor=someone-else"); strings.Contains(body, "country=GB") {
		t.Error("audit filtered by another actor still shows ana's edit")
	}
}

// decisionsOn drains the decisions published so far.
func decisionsOn(t *testing.T, cons jetstream.Consumer) []cit.TriageDecision {
	t.Helper()
	var out []cit.TriageDecision
	for {
		msg, err := cons.Next(jetstream.FetchMaxWait(time.Second))
		if err != nil {
			return out
		}
		var p citv1.TriageDecision
		if err := proto.Unmarshal(msg.Data(), &p); err != nil {
			t.Fatal(err)
		}
		out = append(out, wire.DecisionFromProto(&p))
	}
}

func TestDoubleSubmitPublishesOneDecision(t *testing.T) {
	a := newApp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cons, err := a.bus.JetStream().OrderedConsumer(ctx, bus.StreamTriage, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{bus.SubjectTriageDecision}})
	if err != nil {
		t.Fatal(err)
	}
	ana, other := signedIn(t, a, "analyst"), signedIn(t, a, "admin")
	// The candidate stays in review until the writer stores its new row, so
	// every submit below is accepted; the stream keeps the first only.
	for _, post := range []func() (*http.Response, string){
		func() (*http.Response, string) { return ana.post("/candidates/cand-1/confirm", url.Values{}) },
		func() (*http.Response, string) { return ana.post("/candidates/cand-1/confirm", url.Values{}) },
		func() (*http.Response, string) {
			return other.post("/bulk", url.Values{"action": {"reject"}, "id": {"cand-1", "cand-1"}, "reason": {"dup"}})
		},
	} {
		if resp, body := post(); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d; %.300s", resp.StatusCode, body)
		}
	}
	ds := decisionsOn(t, cons)
	if len(ds) != 1 || ds[0].Action != cit.ActionConfirm || ds[0].CandidateID != "cand-1" || ds[0].Actor != "analyst" {
		t.Fatalf("decisions = %+v, want the first confirm only", ds)
	}
	// A newer row of the candidate (still in review) is a new decision.
	c, v, err := a.st.Candidate(ctx, "cand-1")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.st.InsertCandidates(ctx, []cit.Classified{c}, v+1); err != nil {
		t.Fatal(err)
	}
	if resp, body := ana.post("/candidates/cand-1/reject", url.Values{"reason": {"noise"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("reject: status %d; %.300s", resp.StatusCode, body)
	}
	if ds2 := decisionsOn(t, cons); len(ds2) != 1 || ds2[0].Action != cit.ActionReject || ds2[0].ID == ds[0].ID {
		t.Errorf("after a newer row: %+v, want one reject with a new id", ds2)
	}
}

func TestConfirmIntoPublishesConfirmThenMerge(t *testing.T) {
	a := newApp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cons, err := a.bus.JetStream().OrderedConsumer(ctx, bus.StreamTriage, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{bus.SubjectTriageDecision}})
	if err != nil {
		t.Fatal(err)
	}
	c := signedIn(t, a, "analyst")
	_, page := c.get("/candidates/cand-1")
	if !strings.Contains(page, `name="into" value="inc-1"`) {
		t.Errorf("candidate page offers no confirm into inc-1")
	}
	if resp, _ := c.post("/candidates/cand-1/confirm", url.Values{"into": {"inc-404"}}); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("confirm into a missing incident: status %d, want 400", resp.StatusCode)
	}
	resp, body := c.post("/candidates/cand-1/confirm", url.Values{"into": {"inc-1"}, "country": {"GB"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("confirm into: status %d; %.300s", resp.StatusCode, body)
	}
	ds := decisionsOn(t, cons)
	if len(ds) != 2 {
		t.Fatalf("decisions = %+v, want confirm then merge", ds)
	}
	if ds[0].Action != cit.ActionConfirm || ds[0].CandidateID != "cand-1" || ds[0].IncidentID != "" ||
		ds[0].Fields["country"] != "GB" || !strings.Contains(ds[0].After, `"verdict":"accept"`) {
		t.Errorf("first = %+v, want the candidate's confirm with the edit", ds[0])
	}
	if ds[1].Action != cit.ActionMerge || ds[1].IncidentID != dedup.IncidentID("cand-1") || ds[1].TargetID != "inc-1" {
		t.Errorf("second = %+v, want a merge of %s into inc-1", ds[1], dedup.IncidentID("cand-1"))
	}
}

func TestFieldsToCheck(t *testing.T) {
	a := newApp(t)
	ctx := context.Background()
	in := cit.Incident{ID: "inc-3", Version: 1, Status: cit.StatusActive, Victim: "Alpha Clinic", VictimKey: "alpha clinic",
		Country: "FR", AttackType: cit.AttackRansomware, FirstSeen: "2026-01-05T00:00:00Z", Confidence: 1,
		Sources: []cit.SourceRef{{CandidateID: "src-x", Source: "lemonde", Published: "2026-01-05"},
			{CandidateID: "src-y", Source: "rtbf", Published: "2026-01-06"}},
		Provenance: map[string][]cit.Assertion{
			"country":         {as("src-x", "lemonde", "FR"), as("src-y", "rtbf", "BE")},
			"victim":          {as("src-x", "lemonde", "Alpha Clinic"), as("src-y", "rtbf", "Alpha Clinic")},
			"care_disruption": {as("src-x", "lemonde", `"country":[{"value":"ZZ"}]`)}, // sorts before country: a key inside a value must not be read
		}}
	// Two names of one hospital, one report defining the other's: no
	// conflict; the same names without the definitions: a conflict.
	named := func(id string, aliases bool) cit.Incident {
		inc := cit.Incident{ID: id, Version: 1, Status: cit.StatusActive, Victim: "CHSF", VictimKey: "chsf",
			Country: "FR", AttackType: cit.AttackRansomware, FirstSeen: "2026-01-05T00:00:00Z", Confidence: 1,
			Sources: []cit.SourceRef{{CandidateID: id + "-a", Source: "lemonde", Published: "2026-01-05"},
				{CandidateID: id + "-b", Source: "therecord", Published: "2026-01-06"}},
			Provenance: map[string][]cit.Assertion{
				"victim": {as(id+"-a", "lemonde", "hôpital de Corbeil-Essonnes"), as(id+"-b", "therecord", "CHSF")}}}
		if aliases {
			inc.Provenance[dedup.ProvVictimAlias] = []cit.Assertion{as(id+"-a", "lemonde", "CHSF"),
				as(id+"-a", "lemonde", "Centre hospitalier Sud Francilien")}
		}
		return inc
	}
	if err := a.st.InsertIncidents(ctx, []cit.Incident{in, named("inc-4", true), named("inc-5", false)}); err != nil {
		t.Fatal(err)
	}
	c := signedIn(t, a, "analyst")
	resp, page := c.get("/fields?kind=conflict")
	if strings.Contains(page, "/incidents/inc-4") || !strings.Contains(page, "/incidents/inc-5") {
		t.Errorf("fields queue: want inc-5 (two names) and not inc-4 (one report defines the other's name)")
	}
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "/incidents/inc-3") || !strings.Contains(page, "FR / BE") {
		t.Errorf("fields queue: status %d, want inc-3 with FR / BE; %.2000s", resp.StatusCode, page)
	}
	// inc-1 and inc-2 of the seed agree with themselves (no provenance) and
	// have their key fields: not listed.
	if strings.Contains(page, "/incidents/inc-1") || strings.Contains(page, "/incidents/inc-2") {
		t.Errorf("fields queue lists incidents with nothing to check")
	}
	if resp, _ := c.get("/fields?kind=missing"); resp.StatusCode != http.StatusOK {
		t.Errorf("missing filter: status %d", resp.StatusCode)
	}
	if resp, _ := c.get("/fields?sort=nope"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad sort: status %d, want 400", resp.StatusCode)
	}
	_, page = c.get("/incidents/inc-3")
	for _, want := range []string{`name="country" value="BE"`, "rtbf", "/candidates/src-y"} {
		if !strings.Contains(page, want) {
			t.Errorf("incident page lacks %q", want)
		}
	}
	cons, err := a.bus.JetStream().OrderedConsumer(ctx, bus.StreamTriage, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{bus.SubjectTriageDecision}})
	if err != nil {
		t.Fatal(err)
	}
	if resp, body := c.post("/incidents/inc-3/edit", url.Values{"country": {"BE"}, "victim": {"Alpha Clinic"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("pick: status %d; %.300s", resp.StatusCode, body)
	}
	if ds := decisionsOn(t, cons); len(ds) != 1 || ds[0].Action != cit.ActionEdit || len(ds[0].Fields) != 1 || ds[0].Fields["country"] != "BE" {
		t.Errorf("pick published %+v, want an edit of the country to BE only", ds)
	}
}

func as(cand, source, value string) cit.Assertion {
	return cit.Assertion{Value: value, CandidateID: cand, Source: source, At: "2026-01-10"}
}

// Behind a proxy that rewrites Host, the public origin is trusted by
// configuration; other origins stay refused.
func TestTrustedOriginBehindProxy(t *testing.T) {
	a := newApp(t, triagesvc.WithTrustedOrigins("https://triage.example.org"))
	c := signedIn(t, a, "analyst")
	form := url.Values{"reason": {"not health"}}
	resp, _ := c.do("POST", "/candidates/cand-2/reject", form, map[string]string{"Sec-Fetch-Site": "", "Origin": "https://triage.example.org"})
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("trusted origin: status %d, want 303", resp.StatusCode)
	}
	resp, _ = c.do("POST", "/candidates/cand-1/reject", form, map[string]string{"Sec-Fetch-Site": "", "Origin": "https://evil.example"})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("other origin: status %d, want 403", resp.StatusCode)
	}
	if _, err := triagesvc.NewHandler(a.st, nil, zap.NewNop(), triagesvc.WithTrustedOrigins("not an origin")); err == nil {
		t.Error("a malformed trusted origin was accepted")
	}
}
