package statssvc

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// Exports list every active incident matching the filter (at most max, by
// default 10,000 and never more than 100,000), by incident id, so that
// successive exports line up.
const (
	defaultExportMax = 10000
	exportMaxCap     = 100000
	exportPage       = 1000
)

// exportIncidents reads the incidents of an export page by page.
func (h *handler) exportIncidents(ctx context.Context, r *http.Request) ([]cit.Incident, store.Filter, error) {
	q := r.URL.Query()
	f, err := parseFilter(q)
	if err != nil {
		return nil, f, err
	}
	limit := defaultExportMax
	if v := q.Get("max"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > exportMaxCap {
			return nil, f, &store.InvalidFilterError{Param: "max", Value: v, Why: fmt.Sprintf("a number from 1 to %d", exportMaxCap)}
		}
		limit = n
	}
	if _, err := h.rm.fresh(ctx); err != nil {
		return nil, f, err
	}
	sel, err := h.rm.listIDs(f, store.Page{Sort: "incident", Limit: limit}, exportMaxCap)
	if err != nil {
		return nil, f, err
	}
	out := []cit.Incident{}
	for off := 0; off < len(sel.ids); off += exportPage {
		end := min(off+exportPage, len(sel.ids))
		incs, err := h.rm.incidents(ctx, sel.ids[off:end], sel.months[off:end])
		if err != nil {
			return nil, f, err
		}
		out = append(out, incs...)
	}
	return out, f, nil
}

// csvHeader is the column order of the CSV export.
var csvHeader = []string{"incident_id", "version", "title", "victim", "country", "sector", "attack_type",
	"threat_actor", "records_affected", "incident_date", "disclosure_date", "first_seen", "updated_at",
	"claim_status", "care_disruption", "source_count", "source_urls"}

// WriteCSV writes incidents as CSV with a header; lists inside a cell are
// separated by " | ".
func WriteCSV(w *csv.Writer, incs []cit.Incident) error {
	if err := w.Write(csvHeader); err != nil {
		return err
	}
	for _, in := range incs {
		records := ""
		if in.RecordsAffected != nil {
			records = strconv.FormatInt(*in.RecordsAffected, 10)
		}
		urls := make([]string, 0, len(in.Sources))
		for _, s := range in.Sources {
			urls = append(urls, s.URL)
		}
		if err := w.Write([]string{in.ID, strconv.FormatUint(in.Version, 10), in.Title, in.Victim, in.Country,
			in.Sector, in.AttackType, in.ThreatActor, records, in.IncidentDate, in.DisclosureDate, in.FirstSeen,
			in.UpdatedAt, in.ClaimStatus, strings.Join(in.CareDisruption, " | "), strconv.Itoa(len(in.Sources)),
			strings.Join(urls, " | ")}); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

func (h *handler) exportCSV(w http.ResponseWriter, r *http.Request) {
	incs, _, err := h.exportIncidents(r.Context(), r)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="cit-incidents.csv"`)
	if err := WriteCSV(csv.NewWriter(w), incs); err != nil {
		h.log.Warn("csv export cut short", zapErr(err))
	}
}

// jsonExport is the JSON export: the filter and the incidents.
type jsonExport struct {
	Filter    map[string]string `json:"filter"`
	Count     int               `json:"count"`
	Incidents []cit.Incident    `json:"incidents"`
}

func (h *handler) exportJSON(w http.ResponseWriter, r *http.Request) {
	incs, f, err := h.exportIncidents(r.Context(), r)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	fq := map[string]string{}
	for k, v := range filterQuery(f) {
		fq[k] = v[0]
	}
	if incs == nil {
		incs = []cit.Incident{}
	}
	w.Header().Set("Content-Disposition", `attachment; filename="cit-incidents.json"`)
	writeJSON(w, http.StatusOK, jsonExport{Filter: fq, Count: len(incs), Incidents: incs})
}

func (h *handler) exportSTIX(w http.ResponseWriter, r *http.Request) {
	incs, _, err := h.exportIncidents(r.Context(), r)
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/stix+json;version=2.1")
	w.Header().Set("Content-Disposition", `attachment; filename="cit-incidents.stix.json"`)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(STIXBundle(incs, h.opt.now())); err != nil {
		h.log.Warn("stix export cut short", zapErr(err))
	}
}
