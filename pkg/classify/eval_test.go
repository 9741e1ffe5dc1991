package classify

import (
	"math"
	"strings"
	"testing"
)

func TestCounts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 14, FP: 1, FN: 6, TN: 2013}, 14.0 / 15, 14.0 / 20, 2 * (14.0 / 15) * (14.0 / 20) / (14.0/15 + 14.0/20)},
		{Counts{TP: 0, FP: 0, FN: 2, TN: 10}, 0, 0, 0},
		{Counts{TN: 5}, 0, 0, 0},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-tt.f) > 1e-9 {
			t.Errorf("%+v: P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestReportTable(t *testing.T) {
	t.Parallel()
	r := Report{BySource: map[string]*Counts{"a": {TP: 1, FN: 1}, "b": {TN: 3}}}
	r.Overall = Counts{TP: 1, FN: 1, TN: 3}
	var b strings.Builder
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| a | 2 | 2 | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 | n/a |", "| b | 3 | 0 | 0 | 0 | 0 | n/a | n/a | n/a | 0.000 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks row %q:\n%s", want, b.String())
		}
	}
}

// The decision threshold is the lowest of those where the whole decision
// scores its best, counting the news rules.
func TestPipelineThresholdIsTheLowestBest(t *testing.T) {
	t.Parallel()
	scores := []float64{0.9, 0.8, 0.2, 0.1}
	ys := []bool{true, true, false, false}
	none := func(_ int, z float64) float64 { return z }
	if thr := pipelineThreshold(scores, ys, none); thr < 0.2 || thr > 0.23 {
		t.Errorf("threshold %.3f, want just above 0.2 (F1 is 1 from 0.2 to 0.8)", thr)
	}
	// A rule that rejects the 0.2 negative whatever the model says lets the
	// threshold go below it.
	rule := func(k int, z float64) float64 {
		if k == 2 {
			return min(z, -3)
		}
		return z
	}
	if thr := pipelineThreshold(scores, ys, rule); thr < 0.1 || thr > 0.13 {
		t.Errorf("with the rule: threshold %.3f, want just above 0.1", thr)
	}
}
