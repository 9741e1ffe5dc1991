package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound43DatelineBelowCaption: a photo's caption above an article's
// dateline ("MANILA — …") is no sentence of its lead, so the lead's
// sentences below the dateline still link the attack to the health
// organisation; with no dateline the caption stays a sentence of the lead
// (round 43; sentences of our own).
func TestRound43DatelineBelowCaption(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Four of six Harborview Health systems back online"
	caption := "Staff process patients by hand in Lakeside on Monday, following the outage. Jane Doe, City News\n\n"
	lead := "Four of six external systems of the Harborview Health Corporation, which had been hit by a ransomware " +
		"attack, were running again on Thursday, its spokesperson said.\n\nThe remaining systems should follow next week."
	for _, tt := range []struct {
		name, text string
		fires      bool
	}{
		{"dateline", caption + "LAKESIDE — Officials said the outage had begun on Friday. " + lead, true},
		{"dateline with a state", caption + "SPRING VALLEY, Ill. (WQAD) – Officials said the outage had begun on Friday. " + lead, true},
		{"no dateline", caption + "Officials said the outage had begun on Friday. " + lead, false},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: tt.text})
		if hasRule(got, ruleHealthVictim) != tt.fires {
			t.Errorf("%s: %s fired %v, want %v (%s %.3f)", tt.name, ruleHealthVictim, !tt.fires, tt.fires, got.Verdict, got.Score)
		}
	}
}
