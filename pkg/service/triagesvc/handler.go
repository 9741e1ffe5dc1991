package triagesvc

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Roles, in increasing order of power: viewers read, analysts decide,
// admins also manage users.
const (
	RoleViewer  = "viewer"
	RoleAnalyst = "analyst"
	RoleAdmin   = "admin"
)

// Roles lists the roles, weakest first.
func Roles() []string { return []string{RoleViewer, RoleAnalyst, RoleAdmin} }

func roleRank(r string) int {
	switch r {
	case RoleViewer:
		return 1
	case RoleAnalyst:
		return 2
	case RoleAdmin:
		return 3
	}
	return 0
}

// Route is one endpoint of the app and the weakest role allowed on it
// ("" for public ones).
type Route struct {
	Method, Pattern, Role string
}

// Routes lists every endpoint the app serves.
func Routes() []Route {
	return []Route{
		{"GET", "/static/", ""},
		{"GET", "/login", ""},
		{"POST", "/login", ""},
		{"POST", "/logout", RoleViewer},
		{"GET", "/{$}", RoleViewer},
		{"GET", "/candidates/{id}", RoleViewer},
		{"POST", "/candidates/{id}/confirm", RoleAnalyst},
		{"POST", "/candidates/{id}/reject", RoleAnalyst},
		{"POST", "/bulk", RoleAnalyst},
		{"GET", "/incidents", RoleViewer},
		{"GET", "/fields", RoleViewer},
		{"GET", "/incidents/{id}", RoleViewer},
		{"POST", "/incidents/{id}/confirm", RoleAnalyst},
		{"POST", "/incidents/{id}/withdraw", RoleAnalyst},
		{"POST", "/incidents/{id}/merge", RoleAnalyst},
		{"POST", "/incidents/{id}/split", RoleAnalyst},
		{"POST", "/incidents/{id}/edit", RoleAnalyst},
		{"GET", "/audit", RoleViewer},
		{"GET", "/admin/users", RoleAdmin},
		{"POST", "/admin/users", RoleAdmin},
		{"POST", "/admin/users/{name}/disable", RoleAdmin},
		{"POST", "/admin/users/{name}/reset", RoleAdmin},
	}
}

type handler struct {
	st       *store.Store
	pub      Publisher
	log      *zap.Logger
	opt      options
	sm       *scs.SessionManager
	throttle *Throttle
	pages    map[string]*template.Template
	dummy    string // a hash to verify against for unknown users, so timing does not tell
}

// NewHandler returns the app's HTTP handler. Decisions go to pub.
func NewHandler(st *store.Store, pub Publisher, log *zap.Logger, opts ...Option) (http.Handler, error) {
	o := options{now: time.Now, uncertainBelow: 0.8, argon: DefaultArgon2(), sessionLife: DefaultSessionLifetime}
	for _, f := range opts {
		f(&o)
	}
	if o.sessions == nil {
		o.sessions = memstore.New()
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	dummy, err := HashPassword(GeneratePassword(), DefaultArgon2())
	if err != nil {
		return nil, err
	}
	sm := scs.New()
	sm.Store = o.sessions
	sm.Lifetime = o.sessionLife
	sm.IdleTimeout = 2 * time.Hour
	sm.Cookie.Name = "cit_triage_session"
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = !o.insecureCookie
	sm.Cookie.Path = "/"
	sm.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		log.Error("session", zap.Error(err))
		http.Error(w, "session error", http.StatusInternalServerError)
	}
	h := &handler{st: st, pub: pub, log: log, opt: o, sm: sm, throttle: NewThrottle(o.throttle), pages: pages, dummy: dummy}

	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("static assets: %w", err)
	}
	handlers := map[string]http.HandlerFunc{
		"GET /static/":                     http.StripPrefix("/static/", http.FileServerFS(static)).ServeHTTP,
		"GET /login":                       h.loginPage,
		"POST /login":                      h.login,
		"POST /logout":                     h.logout,
		"GET /{$}":                         h.queue,
		"GET /candidates/{id}":             h.candidate,
		"POST /candidates/{id}/confirm":    h.confirmCandidate,
		"POST /candidates/{id}/reject":     h.rejectCandidate,
		"POST /bulk":                       h.bulk,
		"GET /incidents":                   h.incidents,
		"GET /fields":                      h.fieldsQueue,
		"GET /incidents/{id}":              h.incident,
		"POST /incidents/{id}/confirm":     h.incidentAction,
		"POST /incidents/{id}/withdraw":    h.incidentAction,
		"POST /incidents/{id}/merge":       h.incidentAction,
		"POST /incidents/{id}/split":       h.incidentAction,
		"POST /incidents/{id}/edit":        h.incidentAction,
		"GET /audit":                       h.audit,
		"GET /admin/users":                 h.users,
		"POST /admin/users":                h.addUser,
		"POST /admin/users/{name}/disable": h.disableUser,
		"POST /admin/users/{name}/reset":   h.resetUser,
	}
	mux := http.NewServeMux()
	for _, rt := range Routes() {
		key := rt.Method + " " + rt.Pattern
		fn, ok := handlers[key]
		if !ok {
			return nil, fmt.Errorf("triage: no handler for route %s", key)
		}
		if rt.Role != "" {
			fn = h.require(rt.Role, fn)
		}
		mux.Handle(key, fn)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.render(w, r, http.StatusNotFound, "error", "Not found", errorData{Message: "There is nothing at this address."})
	})
	cop := http.NewCrossOriginProtection()
	for _, origin := range h.opt.trusted {
		if err := cop.AddTrustedOrigin(origin); err != nil {
			return nil, fmt.Errorf("trusted origin: %w", err)
		}
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.log.Warn("cross-origin request refused", zap.String("path", r.URL.Path), zap.String("origin", r.Header.Get("Origin")))
		http.Error(w, "cross-origin request refused", http.StatusForbidden)
	}))
	return securityHeaders(sm.LoadAndSave(cop.Handler(mux))), nil
}

// securityHeaders sets the headers every response carries: a CSP that
// allows only the app's own script and style (no inline script), no framing,
// no MIME sniffing, no referrer leaving the app, and no caching of pages.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "+
			"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

const sessionUser = "user"

// currentUser returns the signed-in, enabled user, re-read from the store on
// every request so that disabling a user or changing a role takes effect at
// once. ok is false for anonymous requests.
func (h *handler) currentUser(r *http.Request) (store.User, bool, error) {
	name := h.sm.GetString(r.Context(), sessionUser)
	if name == "" {
		return store.User{}, false, nil
	}
	u, err := h.st.User(r.Context(), name)
	if errors.Is(err, store.ErrNotFound) {
		return store.User{}, false, nil
	}
	if err != nil {
		return store.User{}, false, err
	}
	if u.Disabled || roleRank(u.Role) == 0 {
		return store.User{}, false, nil
	}
	return u, true, nil
}

type ctxKey struct{}

// require lets through users with at least role; anonymous users are sent
// to the sign-in page, others get 403.
func (h *handler) require(role string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, ok, err := h.currentUser(r)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		if !ok {
			if h.sm.GetString(r.Context(), sessionUser) != "" {
				_ = h.sm.Destroy(r.Context()) // the user was disabled or removed
			}
			next := "/"
			if r.Method == http.MethodGet {
				next = r.URL.RequestURI()
			}
			http.Redirect(w, r, "/login?next="+url.QueryEscape(next), http.StatusSeeOther)
			return
		}
		if roleRank(u.Role) < roleRank(role) {
			h.render(w, r.WithContext(withUser(r, u)), http.StatusForbidden, "error", "Not allowed",
				errorData{Message: "Your role (" + u.Role + ") may not do this; it needs " + role + "."})
			return
		}
		next(w, r.WithContext(withUser(r, u)))
	}
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// safeNext keeps a post-login redirect inside the app.
func safeNext(s string) string {
	if s == "" || !strings.HasPrefix(s, "/") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "/\\") ||
		strings.ContainsAny(s, "\r\n") {
		return "/"
	}
	return s
}

func (h *handler) loginPage(w http.ResponseWriter, r *http.Request) {
	if _, ok, _ := h.currentUser(r); ok {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	h.render(w, r, http.StatusOK, "login", "Sign in", loginData{Next: safeNext(r.URL.Query().Get("next"))})
}

func (h *handler) login(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("username"))
	password := r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	ip := clientIP(r)
	now := h.opt.now()
	data := loginData{Next: next, Username: name}
	if ok, wait := h.throttle.Allow(name, ip, now); !ok {
		h.log.Warn("sign-in throttled", zap.String("username", name), zap.String("ip", ip))
		data.Error = fmt.Sprintf("Too many failed sign-ins. Try again in %d minutes.", int(wait.Minutes())+1)
		w.Header().Set("Retry-After", fmt.Sprint(int(wait.Seconds())+1))
		h.render(w, r, http.StatusTooManyRequests, "login", "Sign in", data)
		return
	}
	u, err := h.st.User(r.Context(), name)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		h.fail(w, r, err)
		return
	}
	hash := u.PasswordHash
	if err != nil || u.Disabled || hash == "" {
		hash = h.dummy
	}
	match, verr := VerifyPassword(password, hash)
	if verr != nil {
		h.log.Error("stored password hash unreadable", zap.String("username", name), zap.Error(verr))
	}
	if !match || hash == h.dummy || name == "" {
		h.throttle.Fail(name, ip, now)
		h.log.Info("sign-in failed", zap.String("username", name), zap.String("ip", ip))
		data.Error = "Wrong username or password, or the account is disabled."
		h.render(w, r, http.StatusUnauthorized, "login", "Sign in", data)
		return
	}
	h.throttle.Succeed(name)
	if err := h.sm.RenewToken(r.Context()); err != nil {
		h.fail(w, r, err)
		return
	}
	h.sm.Put(r.Context(), sessionUser, u.Username)
	h.log.Info("signed in", zap.String("username", u.Username), zap.String("role", u.Role))
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (h *handler) logout(w http.ResponseWriter, r *http.Request) {
	if err := h.sm.Destroy(r.Context()); err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
