package statssvc

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/biter777/countries"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// staticHandler serves the embedded assets (vendored libraries, CSS, JS);
// they change only with the binary, so they may be cached for a day.
func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})
}

func zapErr(err error) zap.Field { return zap.Error(err) }

// countryName is a country's English name, or the code when unknown.
func countryName(code string) string {
	if code == "" || code == "unknown" {
		return "Unknown"
	}
	c := countries.ByName(code)
	if c == countries.Unknown {
		return code
	}
	return c.String()
}

// countryNumeric is the ISO 3166-1 numeric code the world map uses ("250").
func countryNumeric(code string) string {
	c := countries.ByName(code)
	if c == countries.Unknown {
		return ""
	}
	return strconv.Itoa(int(c))
}

// label turns a taxonomy token into words ("data_breach" → "Data breach").
func label(s string) string {
	switch s {
	case "ddos":
		return "DDoS"
	case "health_it":
		return "Health IT"
	case "":
		return "Unknown"
	}
	return capitalise(strings.ReplaceAll(s, "_", " "))
}

// pages holds the parsed HTML templates.
type pages struct {
	t *template.Template
}

func newPages() *pages {
	funcs := template.FuncMap{"label": label, "country": countryName, "pct": pct, "add": func(a, b int) int { return a + b },
		"link": func(query string, kv ...string) string {
			set := map[string]string{}
			for i := 0; i+1 < len(kv); i += 2 {
				set[kv[i]] = kv[i+1]
			}
			return pageLink(query, set)
		}}
	return &pages{t: template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))}
}

// pct is n as a percentage of the biggest count, for CSS bar widths.
func pct(n, top uint64) int {
	if top == 0 {
		return 0
	}
	return int(n * 100 / top)
}

// render executes a template into a buffer first, so a failure is a clean 500.
func (p *pages) render(w http.ResponseWriter, status int, name string, data any) error {
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// option is one choice of a filter's select.
type option struct {
	Value, Label string
	Selected     bool
}

// chart is a server-rendered bar chart of a breakdown.
type chart struct {
	ID, Title string
	Counts    []store.Count
	Top       uint64
	Country   bool // keys are country codes
}

// dashboardData is what the dashboard template shows.
type dashboardData struct {
	Headline               string
	Summary                store.Summary
	Error                  string
	Query                  string // normalised filter, for links
	From, To, Country      string
	AttackTypes, Sectors   []option
	Countries              []option
	Charts                 []chart
	Monthly                []store.Count
	Page                   store.IncidentPage
	Sort, Order            string
	PrevOffset, NextOffset int
	HasPrev, HasNext       bool
	Offset                 int
	DataJSON               template.JS // chart and map data for the scripts
}

const pageSize = 25

func (h *handler) dashboard(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := dashboardData{From: q.Get("from"), To: q.Get("to"), Country: strings.ToUpper(q.Get("country")), Sort: q.Get("sort"), Order: q.Get("order")}
	status := http.StatusOK
	f, err := parseFilter(q)
	if err == nil {
		err = h.fillDashboard(r, f, &d)
	}
	if err != nil {
		var inv *store.InvalidFilterError
		if !asInvalid(err, &inv) {
			h.writeErr(w, r, err)
			return
		}
		d.Error, status = inv.Error(), http.StatusBadRequest
		d.Headline = "No figures: " + inv.Error() + "."
	}
	d.AttackTypes = selectOptions(cit.AttackTypes(), q.Get("attack_type"), label)
	d.Sectors = selectOptions(cit.Sectors(), q.Get("sector"), label)
	if err := h.pg.render(w, status, "dashboard.html", d); err != nil {
		h.log.Error("render dashboard", zap.Error(err))
	}
}

func selectOptions(values []string, selected string, name func(string) string) []option {
	out := []option{{Value: "", Label: "All", Selected: selected == ""}}
	for _, v := range values {
		out = append(out, option{Value: v, Label: name(v), Selected: v == selected})
	}
	return out
}

// fillDashboard runs the dashboard's queries (cached) for a valid filter.
func (h *handler) fillDashboard(r *http.Request, f store.Filter, d *dashboardData) error {
	ctx := r.Context()
	page, err := parsePage(r.URL.Query())
	if err != nil {
		return err
	}
	page.Limit = pageSize
	gen, err := h.rm.fresh(ctx)
	if err != nil {
		return err
	}
	key := func(name string, extra ...string) string { return modelKey(gen, name, f, extra...) }
	sum, err := get(h.cache, key("summary"), func() (store.Summary, error) { return h.rm.summary(f) })
	if err != nil {
		return err
	}
	d.Summary, d.Headline = sum, Headline(sum)
	d.Query = filterQuery(f).Encode()
	monthly, err := get(h.cache, key("monthly"), func() ([]store.Count, error) {
		pts, err := h.rm.timeSeries(f, store.IntervalMonth)
		return fillPeriods(pts, store.IntervalMonth), err
	})
	if err != nil {
		return err
	}
	byDim := map[string][]store.Count{}
	for _, dim := range []string{store.DimCountry, store.DimAttackType, store.DimSector, store.DimThreatActor, store.DimRecords, store.DimCareDisruption} {
		c, err := get(h.cache, key("counts", dim), func() ([]store.Count, error) { return h.rm.breakdown(f, dim) })
		if err != nil {
			return err
		}
		byDim[dim] = c
	}
	lag, err := get(h.cache, key("lag"), func() (store.Lag, error) { return h.rm.lag(f) })
	if err != nil {
		return err
	}
	d.Monthly = monthly
	d.Charts = []chart{
		newChart("by-attack", "Incidents by attack type", byDim[store.DimAttackType], 10, false),
		newChart("by-country", "Incidents by country (top 15)", byDim[store.DimCountry], 15, true),
		newChart("by-sector", "Incidents by sector", byDim[store.DimSector], 10, false),
		newChart("by-actor", "Incidents by threat actor (top 10)", byDim[store.DimThreatActor], 10, false),
		newChart("by-records", "Records affected", byDim[store.DimRecords], 10, false),
		newChart("by-care", "Disruption of care", byDim[store.DimCareDisruption], 10, false),
		newChart("by-lag", "Days from incident to disclosure", lag.Buckets, 10, false),
	}
	d.Countries = []option{{Value: "", Label: "All", Selected: f.Country == ""}}
	for _, c := range byDim[store.DimCountry] {
		if c.Key != "unknown" {
			d.Countries = append(d.Countries, option{Value: c.Key, Label: countryName(c.Key), Selected: c.Key == f.Country})
		}
	}
	if f.Country != "" && len(d.Countries) == 1 {
		d.Countries = append(d.Countries, option{Value: f.Country, Label: countryName(f.Country), Selected: true})
	}
	extra := []string{page.Sort, strconv.FormatBool(page.Desc), strconv.Itoa(page.Offset)}
	d.Page, err = get(h.cache, key("page", extra...), func() (store.IncidentPage, error) { return h.rm.listIncidents(ctx, f, page) })
	if err != nil {
		return err
	}
	d.Offset = page.Offset
	d.HasPrev, d.PrevOffset = page.Offset > 0, max(0, page.Offset-pageSize)
	d.HasNext, d.NextOffset = uint64(page.Offset+pageSize) < d.Page.Total, page.Offset+pageSize
	mapData := map[string]uint64{}
	for _, c := range byDim[store.DimCountry] {
		if n := countryNumeric(c.Key); n != "" && c.Key != "unknown" {
			mapData[n] += c.Incidents
		}
	}
	names := map[string]string{}
	for _, c := range byDim[store.DimCountry] {
		if n := countryNumeric(c.Key); n != "" {
			names[n] = countryName(c.Key)
		}
	}
	js, err := json.Marshal(map[string]any{"monthly": monthly, "countries": mapData, "names": names})
	if err != nil {
		return err
	}
	d.DataJSON = template.JS(js)
	return nil
}

func newChart(id, title string, counts []store.Count, top int, country bool) chart {
	c := chart{ID: id, Title: title, Counts: counts, Country: country}
	if len(c.Counts) > top {
		c.Counts = c.Counts[:top]
	}
	for _, x := range c.Counts {
		c.Top = max(c.Top, x.Incidents)
	}
	return c
}

func (h *handler) methodology(w http.ResponseWriter, r *http.Request) {
	if err := h.pg.render(w, http.StatusOK, "methodology.html", map[string]any{
		"AttackTypes": cit.AttackTypes(), "Sectors": cit.Sectors(),
	}); err != nil {
		h.log.Error("render methodology", zap.Error(err))
	}
}

// pageLink builds a dashboard link keeping the filter and changing sorting or paging.
func pageLink(query string, set map[string]string) string {
	q, _ := url.ParseQuery(query)
	for k, v := range set {
		q.Set(k, v)
	}
	return "/?" + q.Encode()
}
