package statssvc

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/store"
)

// cacheKey is a query's normal form: the endpoint, the filter in a fixed
// order and any extra parameters.
func cacheKey(name string, f store.Filter, extra ...string) string {
	return name + "?" + filterQuery(f).Encode() + "|" + strings.Join(extra, "|")
}

// modelKey is the cache key of an answer from the read model: the query's
// normal form and the generation of the data, so that a cached answer is
// never older than the data the request may see.
func modelKey(gen uint64, name string, f store.Filter, extra ...string) string {
	return strconv.FormatUint(gen, 10) + "/" + cacheKey(name, f, extra...)
}

// serveJSON parses the filter, brings the read model up to date, runs (or
// reuses) the query and writes JSON.
func serveJSON[T any](h *handler, w http.ResponseWriter, r *http.Request, name string, extra []string,
	run func(f store.Filter) (T, error)) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	gen, err := h.rm.fresh(r.Context())
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	v, err := get(h.cache, modelKey(gen, name, f, extra...), func() (T, error) { return run(f) })
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, v)
}

func (h *handler) summary(w http.ResponseWriter, r *http.Request) {
	serveJSON(h, w, r, "summary", nil, func(f store.Filter) (store.Summary, error) {
		return h.rm.summary(f)
	})
}

// series is the time-series answer.
type series struct {
	Interval string        `json:"interval"`
	Points   []store.Count `json:"points"`
}

func (h *handler) timeseries(w http.ResponseWriter, r *http.Request) {
	interval := r.URL.Query().Get("interval")
	if interval == "" {
		interval = store.IntervalMonth
	}
	serveJSON(h, w, r, "timeseries", []string{interval}, func(f store.Filter) (series, error) {
		pts, err := h.rm.timeSeries(f, interval)
		if err != nil {
			return series{}, err
		}
		return series{Interval: interval, Points: fillPeriods(pts, interval)}, nil
	})
}

// breakdownAnswer is a breakdown by one dimension.
type breakdownAnswer struct {
	Dimension string        `json:"dimension"`
	Counts    []store.Count `json:"counts"`
}

func (h *handler) breakdown(w http.ResponseWriter, r *http.Request) {
	dim := r.PathValue("dimension")
	serveJSON(h, w, r, "breakdown", []string{dim}, func(f store.Filter) (breakdownAnswer, error) {
		c, err := h.rm.breakdown(f, dim)
		return breakdownAnswer{Dimension: dim, Counts: c}, err
	})
}

func (h *handler) lag(w http.ResponseWriter, r *http.Request) {
	serveJSON(h, w, r, "lag", nil, func(f store.Filter) (store.Lag, error) {
		return h.rm.lag(f)
	})
}

// parsePage reads sort, order, limit and offset.
func parsePage(q url.Values) (store.Page, error) {
	p := store.Page{Sort: q.Get("sort"), Desc: true}
	switch q.Get("order") {
	case "", "desc":
	case "asc":
		p.Desc = false
	default:
		return p, &store.InvalidFilterError{Param: "order", Value: q.Get("order"), Why: "asc or desc"}
	}
	for _, n := range []struct {
		name string
		dst  *int
	}{{"limit", &p.Limit}, {"offset", &p.Offset}} {
		if v := q.Get(n.name); v != "" {
			i, err := strconv.Atoi(v)
			if err != nil {
				return p, &store.InvalidFilterError{Param: n.name, Value: v, Why: "a whole number"}
			}
			*n.dst = i
		}
	}
	return p, nil
}

func (h *handler) incidents(w http.ResponseWriter, r *http.Request) {
	p, err := parsePage(r.URL.Query())
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	extra := []string{p.Sort, strconv.FormatBool(p.Desc), strconv.Itoa(p.Limit), strconv.Itoa(p.Offset)}
	serveJSON(h, w, r, "incidents", extra, func(f store.Filter) (store.IncidentPage, error) {
		return h.rm.listIncidents(r.Context(), f, p)
	})
}

func (h *handler) incident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	got, err := h.st.IncidentsByID(r.Context(), []string{id})
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	if len(got) == 0 {
		writeJSON(w, http.StatusNotFound, apiError{Error: "no incident " + strconv.Quote(id), Param: "id"})
		return
	}
	writeJSON(w, http.StatusOK, got[0])
}
