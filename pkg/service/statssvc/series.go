package statssvc

import (
	"time"

	"github.com/cit-health/cit/pkg/store"
)

// fillPeriods inserts zero counts for the weeks or months between the first
// and last period, so a chart's x axis is continuous. Input is in date order
// with keys YYYY-MM-DD (Mondays or firsts of months).
func fillPeriods(pts []store.Count, interval string) []store.Count {
	if len(pts) < 2 {
		return pts
	}
	have := map[string]uint64{}
	for _, p := range pts {
		have[p.Key] = p.Incidents
	}
	first, err1 := time.Parse("2006-01-02", pts[0].Key)
	last, err2 := time.Parse("2006-01-02", pts[len(pts)-1].Key)
	if err1 != nil || err2 != nil {
		return pts
	}
	out := make([]store.Count, 0, len(pts))
	for t := first; !t.After(last); {
		k := t.Format("2006-01-02")
		out = append(out, store.Count{Key: k, Incidents: have[k]})
		if interval == store.IntervalWeek {
			t = t.AddDate(0, 0, 7)
		} else {
			t = t.AddDate(0, 1, 0)
		}
	}
	return out
}
