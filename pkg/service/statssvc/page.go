package statssvc

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"

	"github.com/cit-health/cit/pkg/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// pages holds the parsed HTML templates.
type pages struct {
	t *template.Template
}

func newPages() *pages {
	return &pages{t: template.Must(template.New("").ParseFS(templateFS, "templates/*.html"))}
}

// render executes a template into a buffer first, so a failure is a clean 500.
func (p *pages) render(w http.ResponseWriter, status int, name string, data any) error {
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// dashboardData is what the dashboard template shows.
type dashboardData struct {
	Headline string
	Summary  store.Summary
	Error    string
}

func (h *handler) dashboard(w http.ResponseWriter, r *http.Request) {
	d := dashboardData{}
	status := http.StatusOK
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		d.Error, status = err.Error(), http.StatusBadRequest
	} else {
		s, err := h.st.Summary(r.Context(), f)
		if err != nil {
			h.writeErr(w, r, err)
			return
		}
		d.Summary, d.Headline = s, Headline(s)
	}
	if err := h.pg.render(w, status, "dashboard.html", d); err != nil {
		h.writeErr(w, r, err)
	}
}
