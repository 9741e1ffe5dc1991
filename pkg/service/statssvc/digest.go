package statssvc

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// digestLimit caps how many changes one weekly digest lists.
const digestLimit = 1000

// Change kinds of the digest.
const (
	changeNew       = "new"
	changeUpdated   = "updated"
	changeCorrected = "corrected"
)

// WeekDigest is what changed in one week.
type WeekDigest struct {
	Week      string // ISO week, e.g. 2024-W10
	Start     time.Time
	End       time.Time // exclusive
	New       []cit.Incident
	Updated   []cit.Incident
	Corrected []cit.Incident // merged into another incident or withdrawn
	Truncated bool
}

// BuildDigest sorts a week's changed incidents: an incident no longer active
// is a correction; one created in the week is new; any other is an update.
func BuildDigest(start time.Time, changed []cit.Incident) WeekDigest {
	y, w := start.ISOWeek()
	d := WeekDigest{Week: fmt.Sprintf("%04d-W%02d", y, w), Start: start, End: start.AddDate(0, 0, 7)}
	for _, in := range changed {
		created, ok := cit.ParseDate(in.CreatedAt)
		if !ok {
			created, ok = cit.ParseDate(in.FirstSeen)
		}
		switch {
		case in.Status != cit.StatusActive && in.Status != "":
			d.Corrected = append(d.Corrected, in)
		case ok && !created.Before(d.Start) && created.Before(d.End):
			d.New = append(d.New, in)
		default:
			d.Updated = append(d.Updated, in)
		}
	}
	return d
}

var isoWeek = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)

// ParseISOWeek returns the Monday (UTC) that starts an ISO week "YYYY-Www".
func ParseISOWeek(s string) (time.Time, error) {
	m := isoWeek.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, fmt.Errorf("week %q: want YYYY-Www", s)
	}
	y, _ := strconv.Atoi(m[1])
	w, _ := strconv.Atoi(m[2])
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	week1 := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	start := week1.AddDate(0, 0, 7*(w-1))
	if gy, gw := start.ISOWeek(); w < 1 || gy != y || gw != w {
		return time.Time{}, fmt.Errorf("week %q: no such ISO week", s)
	}
	return start, nil
}

// monday returns the Monday 00:00 UTC of t's week.
func monday(t time.Time) time.Time {
	t = t.UTC()
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// Digest writes the digest of the week starting weekStart (any time in the
// week will do: it is moved to its Monday, UTC) as "md" (Markdown) or
// "html". It reads every incident whose latest version changed in the week.
func Digest(ctx context.Context, st *store.Store, weekStart time.Time, w io.Writer, format string) error {
	if format != "md" && format != "html" {
		return fmt.Errorf("digest format %q: want md or html", format)
	}
	start := monday(weekStart)
	changed, err := st.ChangedIncidents(ctx, store.Filter{}, start, start.AddDate(0, 0, 7), digestLimit+1)
	if err != nil {
		return fmt.Errorf("digest of week %s: %w", start.Format("2006-01-02"), err)
	}
	truncated := len(changed) > digestLimit
	if truncated {
		changed = changed[:digestLimit]
	}
	d := BuildDigest(start, changed)
	d.Truncated = truncated
	if format == "md" {
		_, err = io.WriteString(w, DigestMarkdown(d))
		return err
	}
	return digestHTML.Execute(w, d)
}

// DigestMarkdown renders a digest as Markdown.
func DigestMarkdown(d WeekDigest) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# CIT weekly digest, %s\n\n", d.Week)
	fmt.Fprintf(&b, "Changes from %s to %s (UTC): %s, %s, %s.\n", d.Start.Format("2 January 2006"),
		d.End.AddDate(0, 0, -1).Format("2 January 2006"), plural(uint64(len(d.New)), "new incident", "new incidents"),
		plural(uint64(len(d.Updated)), "update", "updates"), plural(uint64(len(d.Corrected)), "correction", "corrections"))
	section := func(title string, incs []cit.Incident) {
		fmt.Fprintf(&b, "\n## %s\n\n", title)
		if len(incs) == 0 {
			b.WriteString("None.\n")
			return
		}
		for _, in := range incs {
			fmt.Fprintf(&b, "- **%s** — %s", mdEscape(orDefault(in.Victim, in.Title)), mdEscape(digestLine(in)))
			for i, s := range in.Sources {
				if s.URL == "" || i >= 3 {
					continue
				}
				fmt.Fprintf(&b, " [%s](%s)", mdEscape(orDefault(s.Source, "source")), s.URL)
			}
			fmt.Fprintf(&b, " `%s`\n", in.ID)
		}
	}
	section("New incidents", d.New)
	section("Updated incidents", d.Updated)
	section("Corrections", d.Corrected)
	if d.Truncated {
		fmt.Fprintf(&b, "\n_Only the %d latest changes are listed._\n", digestLimit)
	}
	return b.String()
}

// digestLine describes an incident in one line.
func digestLine(in cit.Incident) string {
	var parts []string
	if in.Country != "" {
		parts = append(parts, countryName(in.Country))
	}
	if in.AttackType != "" {
		parts = append(parts, strings.ReplaceAll(in.AttackType, "_", " "))
	}
	if in.IncidentDate != "" {
		parts = append(parts, "on "+in.IncidentDate)
	}
	switch in.Status {
	case cit.StatusMerged:
		parts = append(parts, "merged into "+in.MergedInto)
	case cit.StatusDeleted:
		parts = append(parts, "withdrawn")
	}
	return strings.Join(parts, ", ")
}

var mdSpecial = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, "`", "\\`", `<`, `&lt;`)

func mdEscape(s string) string { return mdSpecial.Replace(s) }

var digestHTML = template.Must(template.New("digest").Funcs(template.FuncMap{
	"line": digestLine, "or": orDefault,
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CIT weekly digest, {{.Week}}</title></head>
<body><main>
<h1>CIT weekly digest, {{.Week}}</h1>
<p>Changes from {{.Start.Format "2 January 2006"}} to {{(.End.AddDate 0 0 -1).Format "2 January 2006"}} (UTC):
{{len .New}} new, {{len .Updated}} updated, {{len .Corrected}} corrected.</p>
{{define "list"}}{{if .}}<ul>{{range .}}<li><strong>{{or .Victim .Title}}</strong> — {{line .}}{{range $i, $s := .Sources}}{{if and $s.URL (lt $i 3)}} <a href="{{$s.URL}}">{{or $s.Source "source"}}</a>{{end}}{{end}} <code>{{.ID}}</code></li>{{end}}</ul>{{else}}<p>None.</p>{{end}}{{end}}
<h2>New incidents</h2>{{template "list" .New}}
<h2>Updated incidents</h2>{{template "list" .Updated}}
<h2>Corrections</h2>{{template "list" .Corrected}}
{{if .Truncated}}<p><em>Only the latest changes are listed.</em></p>{{end}}
</main></body></html>
`))

func (h *handler) digest(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "md"
	}
	if format != "md" && format != "html" {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "invalid format " + strconv.Quote(format) + ": want md or html", Param: "format"})
		return
	}
	start := monday(h.opt.now()).AddDate(0, 0, -7) // the last complete week
	if v := q.Get("week"); v != "" {
		var err error
		if start, err = ParseISOWeek(v); err != nil {
			writeJSON(w, http.StatusBadRequest, apiError{Error: "invalid week: " + err.Error(), Param: "week"})
			return
		}
	}
	var buf bytes.Buffer
	if err := Digest(r.Context(), h.st, start, &buf, format); err != nil {
		h.writeErr(w, r, err)
		return
	}
	if format == "md" {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	} else {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	_, _ = buf.WriteTo(w)
}
