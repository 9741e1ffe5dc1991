package statssvc

import (
	"encoding/xml"
	"net/http"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// feedSize is how many of the latest changes an Atom feed carries.
const feedSize = 50

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published,omitempty"`
	Links     []atomLink `xml:"link"`
	Summary   string     `xml:"summary"`
	Category  []atomCat  `xml:"category"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// AtomFeed builds an Atom feed of incidents (newest change first). Entry ids
// are "urn:cit:incident:<id>", so a reader shows an updated incident as the
// same entry, updated. base is the service's public URL, query the filter.
func AtomFeed(incs []cit.Incident, base, query string, now time.Time) ([]byte, error) {
	self := base + "/api/v1/feed.atom"
	if query != "" {
		self += "?" + query
	}
	f := atomFeed{Title: "CIT: cyberattacks on the health sector", ID: "urn:cit:feed:" + query,
		Updated: now.UTC().Format(time.RFC3339), Author: atomAuthor{Name: "CIT"},
		Links: []atomLink{{Href: self, Rel: "self", Type: "application/atom+xml"}, {Href: base + "/?" + query, Rel: "alternate", Type: "text/html"}}}
	if query != "" {
		f.Title += " (" + strings.ReplaceAll(query, "&", ", ") + ")"
	}
	for i, in := range incs {
		updated := stampOr(in.UpdatedAt, in.CreatedAt, now)
		if i == 0 {
			f.Updated = updated
		}
		e := atomEntry{Title: entryTitle(in), ID: "urn:cit:incident:" + in.ID, Updated: updated,
			Published: stampOr(in.CreatedAt, in.FirstSeen, now), Summary: entrySummary(in),
			Links: []atomLink{{Href: base + "/api/v1/incidents/" + in.ID, Rel: "alternate", Type: "application/json"}}}
		for _, s := range in.Sources {
			if s.URL != "" {
				e.Links = append(e.Links, atomLink{Href: s.URL, Rel: "related", Type: "text/html"})
			}
		}
		if in.AttackType != "" {
			e.Category = append(e.Category, atomCat{Term: in.AttackType})
		}
		f.Entries = append(f.Entries, e)
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), out...), nil
}

func entryTitle(in cit.Incident) string {
	t := in.Title
	if t == "" {
		t = "Cyberattack on " + in.Victim
	}
	switch in.Status {
	case cit.StatusMerged:
		return "Corrected: " + t + " (merged into another incident)"
	case cit.StatusDeleted:
		return "Corrected: " + t + " (withdrawn)"
	}
	return t
}

func entrySummary(in cit.Incident) string {
	parts := []string{}
	if in.Victim != "" {
		parts = append(parts, in.Victim)
	}
	if in.Country != "" {
		parts = append(parts, countryName(in.Country))
	}
	if in.AttackType != "" {
		parts = append(parts, in.AttackType)
	}
	if in.IncidentDate != "" {
		parts = append(parts, "incident date "+in.IncidentDate)
	}
	return strings.Join(parts, " · ") + "; " + plural(uint64(len(in.Sources)), "source", "sources") + "."
}

func stampOr(a, b string, now time.Time) string {
	for _, s := range []string{a, b} {
		if t, ok := cit.ParseDate(s); ok && t.Year() > 1970 {
			return t.UTC().Format(time.RFC3339)
		}
	}
	return now.UTC().Format(time.RFC3339)
}

// baseURL is the service's URL as the client reached it.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func (h *handler) feed(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	now := h.opt.now()
	incs, err := get(h.cache, cacheKey("feed", f), func() ([]cit.Incident, error) {
		return h.st.ChangedIncidents(r.Context(), f, time.Unix(0, 0), now.Add(24*time.Hour), feedSize)
	})
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	body, err := AtomFeed(incs, baseURL(r), filterQuery(f).Encode(), now)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_, _ = w.Write(body)
}
