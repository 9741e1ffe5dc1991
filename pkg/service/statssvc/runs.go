package statssvc

import (
	"net/http"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"go.uber.org/zap"
)

// sourceRun is one source's latest collection run as the sources page shows it.
type sourceRun struct {
	cit.RunReport
	Duration time.Duration
}

// runs answers GET /api/v1/runs: the latest collection run of every source.
func (h *handler) runs(w http.ResponseWriter, r *http.Request) {
	runs, err := h.st.LatestRuns(r.Context())
	if err != nil {
		h.writeErr(w, r, err)
		return
	}
	if runs == nil {
		runs = []cit.RunReport{}
	}
	writeJSON(w, http.StatusOK, runs)
}

// sources renders the page of the sources and their latest collection runs.
func (h *handler) sources(w http.ResponseWriter, r *http.Request) {
	runs, err := h.st.LatestRuns(r.Context())
	if err != nil {
		h.log.Error("read collection runs", zap.Error(err))
		http.Error(w, "collection runs are unavailable", http.StatusInternalServerError)
		return
	}
	rows := make([]sourceRun, len(runs))
	failing := 0
	for i, run := range runs {
		rows[i] = sourceRun{RunReport: run, Duration: time.Duration(run.DurationMS) * time.Millisecond}
		if run.Error != "" {
			failing++
		}
	}
	if err := h.pg.render(w, http.StatusOK, "sources.html", map[string]any{"Runs": rows, "Failing": failing}); err != nil {
		h.log.Error("render sources", zap.Error(err))
	}
}
