package triagesvc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

type userKey struct{}

func withUser(r *http.Request, u store.User) context.Context {
	return context.WithValue(r.Context(), userKey{}, u)
}

func userFrom(r *http.Request) (store.User, bool) {
	u, ok := r.Context().Value(userKey{}).(store.User)
	return u, ok
}

// page is what every template gets.
type page struct {
	Title    string
	User     string
	Role     string
	CanAct   bool // analyst or admin
	IsAdmin  bool
	StatsURL string
	Flash    string
	Data     any
}

type errorData struct{ Message string }

type loginData struct {
	Next, Username, Error string
}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"date": func(t time.Time) string {
			if t.Year() <= 1970 {
				return "—"
			}
			return t.UTC().Format("2006-01-02")
		},
		"score":    func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
		"httpURL":  httpURL,
		"join":     strings.Join,
		"split":    strings.Fields,
		"pretty":   prettyJSON,
		"records":  records,
		"country":  func(c *string) string { return deref(c) },
		"attacks":  cit.AttackTypes,
		"sectors":  cit.Sectors,
		"roles":    Roles,
		"add":      func(a, b int) int { return a + b },
		"contains": slices.Contains[[]string, string],
	}
	base, err := template.New("base").Funcs(funcs).ParseFS(templateFS, "templates/base.html")
	if err != nil {
		return nil, fmt.Errorf("parse base template: %w", err)
	}
	out := map[string]*template.Template{}
	for _, name := range []string{"login", "error", "queue", "candidate", "incidents", "incident", "audit", "users", "fields"} {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

// httpURL returns u when it is an absolute http(s) URL, else "": scraped
// links with other schemes (javascript:, data:) are never rendered as links.
func httpURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func prettyJSON(s string) string {
	if s == "" {
		return ""
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, []byte(s), "", "  "); err != nil {
		return s
	}
	return buf.String()
}

func records(n *int64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatInt(*n, 10)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	p := page{Title: title, StatsURL: httpURL(h.opt.statsURL), Data: data}
	if u, ok := userFrom(r); ok {
		p.User, p.Role = u.Username, u.Role
		p.CanAct = roleRank(u.Role) >= roleRank(RoleAnalyst)
		p.IsAdmin = u.Role == RoleAdmin
		p.Flash = h.sm.PopString(r.Context(), "flash")
	}
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, "base", p); err != nil {
		h.log.Error("render page", zap.String("page", name), zap.Error(err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// fail answers an unexpected error: logged in full, shown in general terms.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	h.log.Error("request failed", zap.String("path", r.URL.Path), zap.Error(err))
	h.render(w, r, http.StatusInternalServerError, "error", "Error", errorData{Message: "Something went wrong; it has been logged."})
}

// badRequest shows a user's mistake.
func (h *handler) badRequest(w http.ResponseWriter, r *http.Request, err error) {
	h.render(w, r, http.StatusBadRequest, "error", "Cannot do that", errorData{Message: err.Error()})
}

func (h *handler) notFound(w http.ResponseWriter, r *http.Request, what string) {
	h.render(w, r, http.StatusNotFound, "error", "Not found", errorData{Message: what + " does not exist."})
}

const pageSize = 50

type queueData struct {
	Items      []store.QueueItem
	Total      uint64
	Filter     url.Values
	Sources    []string
	Langs      []string
	Page       int
	Pages      int
	PrevURL    string
	NextURL    string
	SortURLs   map[string]string
	Sort       string
	Asc        bool
	Uncertain  uint64
	BulkReturn string
}

// parseQueueFilter reads the queue's query parameters.
func parseQueueFilter(q url.Values) (store.QueueFilter, int, error) {
	f := store.QueueFilter{
		Source: q.Get("source"), Lang: q.Get("lang"), Country: strings.ToUpper(q.Get("country")),
		AttackType: q.Get("attack_type"), Sort: q.Get("sort"), Asc: q.Get("order") == "asc",
	}
	var err error
	num := func(name string) float64 {
		v := q.Get(name)
		if v == "" || err != nil {
			return 0
		}
		x, perr := strconv.ParseFloat(v, 64)
		if perr != nil || math.IsNaN(x) {
			err = &store.InvalidFilterError{Param: name, Value: v, Why: "a number from 0 to 1"}
		}
		return x
	}
	f.MinScore, f.MaxScore = num("min_score"), num("max_score")
	day := func(name string) time.Time {
		v := q.Get(name)
		if v == "" || err != nil {
			return time.Time{}
		}
		t, perr := time.Parse("2006-01-02", v)
		if perr != nil {
			err = &store.InvalidFilterError{Param: name, Value: v, Why: "a date YYYY-MM-DD"}
		}
		return t
	}
	f.From, f.To = day("from"), day("to")
	pageNo := 1
	if v := q.Get("page"); v != "" && err == nil {
		n, perr := strconv.Atoi(v)
		if perr != nil || n < 1 || n > 100000 {
			err = &store.InvalidFilterError{Param: "page", Value: v, Why: "a page number"}
		}
		pageNo = n
	}
	if err != nil {
		return f, 0, err
	}
	f.Limit, f.Offset = pageSize, (pageNo-1)*pageSize
	return f, pageNo, f.Validate()
}

func withParam(q url.Values, kv ...string) string {
	c := url.Values{}
	for k, v := range q {
		if v0 := strings.Join(v, ""); v0 != "" {
			c.Set(k, v0)
		}
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			c.Del(kv[i])
		} else {
			c.Set(kv[i], kv[i+1])
		}
	}
	if len(c) == 0 {
		return "/"
	}
	return "/?" + c.Encode()
}

func (h *handler) queue(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, pageNo, err := parseQueueFilter(q)
	if err != nil {
		h.badRequest(w, r, err)
		return
	}
	items, total, err := h.st.Queue(r.Context(), f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	sources, langs, err := h.st.QueueFacets(r.Context(), cit.VerdictReview)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	_, uncertain, err := h.st.UncertainIncidents(r.Context(), h.opt.uncertainBelow, 1, 0)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	d := queueData{Items: items, Total: total, Filter: q, Sources: sources, Langs: langs, Page: pageNo,
		Pages: int((total + pageSize - 1) / pageSize), Sort: f.Sort, Asc: f.Asc, Uncertain: uncertain,
		SortURLs: map[string]string{}, BulkReturn: r.URL.RequestURI()}
	if d.Sort == "" {
		d.Sort = "published"
	}
	for _, col := range store.QueueSorts() {
		order := "desc"
		if col == d.Sort && !f.Asc {
			order = "asc"
		}
		d.SortURLs[col] = withParam(q, "sort", col, "order", order, "page", "")
	}
	if pageNo > 1 {
		d.PrevURL = withParam(q, "page", strconv.Itoa(pageNo-1))
	}
	if pageNo < d.Pages {
		d.NextURL = withParam(q, "page", strconv.Itoa(pageNo+1))
	}
	h.render(w, r, http.StatusOK, "queue", fmt.Sprintf("Review queue (%d)", total), d)
}

type candidateData struct {
	C          cit.Classified
	Cl         cit.Classification
	Version    uint64
	Segments   []Segment
	TitleSegs  []Segment
	Similar    []store.IncidentItem
	IncidentID string
	Log        []cit.TriageDecision
	Reviewable bool
	NextID     string
}

func (h *handler) candidate(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !ValidID(id) {
		h.notFound(w, r, "This candidate")
		return
	}
	c, version, err := h.st.Candidate(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		h.notFound(w, r, "This candidate")
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	cl := cit.Classification{}
	if c.Classification != nil {
		cl = *c.Classification
	}
	d := candidateData{C: c, Cl: cl, Version: version, Segments: Highlight(c.Text, cl.Reasons),
		TitleSegs: Highlight(c.Title, cl.Reasons), Reviewable: cl.Verdict == cit.VerdictReview}
	victim := cl.Victim
	if victim == "" {
		victim = c.Fields[cit.FieldVictim]
	}
	date, _ := c.PublishedTime()
	if cl.IncidentDate != "" {
		if t, ok := cit.ParseDate(cl.IncidentDate); ok {
			date = t
		}
	}
	if d.IncidentID, err = h.st.IncidentOfCandidate(r.Context(), id); err != nil {
		h.fail(w, r, err)
		return
	}
	if d.Similar, err = h.st.SimilarIncidents(r.Context(), store.SimilarQuery{VictimKey: dedup.VictimKey(victim),
		Country: cl.CountryCode(), Date: date, ExcludeID: d.IncidentID, Limit: 6}); err != nil {
		h.fail(w, r, err)
		return
	}
	if d.Log, err = h.st.TriageLog(r.Context(), store.LogFilter{CandidateID: id, Limit: 50}); err != nil {
		h.fail(w, r, err)
		return
	}
	if d.Reviewable {
		// The next candidate in the default queue, for going on after a decision.
		items, _, err := h.st.Queue(r.Context(), store.QueueFilter{Limit: 2})
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for _, it := range items {
			if it.ID != id {
				d.NextID = it.ID
				break
			}
		}
	}
	h.render(w, r, http.StatusOK, "candidate", c.Title, d)
}

type incidentsData struct {
	Items []store.IncidentItem
	Total uint64
	Below float64
}

func (h *handler) incidents(w http.ResponseWriter, r *http.Request) {
	items, total, err := h.st.UncertainIncidents(r.Context(), h.opt.uncertainBelow, 200, 0)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "incidents", fmt.Sprintf("Uncertain incidents (%d)", total),
		incidentsData{Items: items, Total: total, Below: h.opt.uncertainBelow})
}

type incidentData struct {
	I       cit.Incident
	Fields  []FieldView
	Similar []store.IncidentItem
	Log     []cit.TriageDecision
	Active  bool
}

func (h *handler) incident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !ValidID(id) {
		h.notFound(w, r, "This incident")
		return
	}
	in, err := h.st.Incident(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		h.notFound(w, r, "This incident")
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	d := incidentData{I: in, Active: in.Status == cit.StatusActive, Fields: FieldViews(in)}
	date, _ := cit.ParseDate(in.IncidentDate)
	if date.IsZero() {
		date, _ = cit.ParseDate(in.FirstSeen)
	}
	if d.Similar, err = h.st.SimilarIncidents(r.Context(), store.SimilarQuery{VictimKey: in.VictimKey,
		Country: in.Country, Date: date, ExcludeID: in.ID, Limit: 6}); err != nil {
		h.fail(w, r, err)
		return
	}
	if d.Log, err = h.st.TriageLog(r.Context(), store.LogFilter{IncidentID: id, Limit: 50}); err != nil {
		h.fail(w, r, err)
		return
	}
	title := in.Title
	if title == "" {
		title = in.Victim
	}
	h.render(w, r, http.StatusOK, "incident", title, d)
}

type auditData struct {
	Entries []cit.TriageDecision
	Actor   string
	Action  string
	Page    int
	PrevURL string
	NextURL string
}

func (h *handler) audit(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := auditData{Actor: q.Get("actor"), Action: q.Get("action"), Page: 1}
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100000 {
			h.badRequest(w, r, &store.InvalidFilterError{Param: "page", Value: v, Why: "a page number"})
			return
		}
		d.Page = n
	}
	f := store.LogFilter{Actor: d.Actor, Limit: pageSize + 1, Offset: (d.Page - 1) * pageSize}
	if d.Action != "" {
		f.Actions = []string{d.Action}
	}
	entries, err := h.st.TriageLog(r.Context(), f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	link := func(p int) string {
		v := url.Values{}
		if d.Actor != "" {
			v.Set("actor", d.Actor)
		}
		if d.Action != "" {
			v.Set("action", d.Action)
		}
		v.Set("page", strconv.Itoa(p))
		return "/audit?" + v.Encode()
	}
	if len(entries) > pageSize {
		entries = entries[:pageSize]
		d.NextURL = link(d.Page + 1)
	}
	if d.Page > 1 {
		d.PrevURL = link(d.Page - 1)
	}
	d.Entries = entries
	h.render(w, r, http.StatusOK, "audit", "Audit log", d)
}

type usersData struct {
	Users    []store.User
	Password string // a password just generated, shown once
	For      string
}

func (h *handler) users(w http.ResponseWriter, r *http.Request) {
	users, err := h.st.Users(r.Context())
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "users", "Users", usersData{Users: users})
}
