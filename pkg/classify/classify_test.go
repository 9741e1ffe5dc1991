package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

func newTest(t testing.TB) *Classifier {
	t.Helper()
	c, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestClassifyConsistency(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Hospital hit by ransomware", Text: "A ransomware attack encrypted the hospital's systems."})
	if got.ModelVersion != c.Version() || got.ModelVersion == "" {
		t.Errorf("ModelVersion = %q, want %q", got.ModelVersion, c.Version())
	}
	if got.IsHealthCyberattack != (got.Verdict == cit.VerdictAccept) {
		t.Errorf("IsHealthCyberattack %v inconsistent with verdict %q", got.IsHealthCyberattack, got.Verdict)
	}
	if got.Score < 0 || got.Score > 1 {
		t.Errorf("Score = %v, want within [0,1]", got.Score)
	}
	if got.AttackType != cit.AttackRansomware {
		t.Errorf("AttackType = %q, want ransomware", got.AttackType)
	}
}

func TestNewRejectsBadThresholds(t *testing.T) {
	t.Parallel()
	if _, err := New(Options{AcceptThreshold: 0.3, ReviewThreshold: 0.6}); err == nil {
		t.Error("New with review > accept: want error")
	}
}
