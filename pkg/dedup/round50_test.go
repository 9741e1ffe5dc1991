package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound50SettlementYearsLater: a settlement's report three years after
// a breach, naming the organisation exactly, one of the breach's stated
// days and its count, is a follow-up of that breach, though the first date
// it states is another (round 50, set X5 of round 49: Independent Living
// Systems' 2022 breach; sentences of our own). A report of the name years
// later whose count is another's stays apart.
func TestRound50SettlementYearsLater(t *testing.T) {
	t.Parallel()
	withRecords := func(c cit.Classified, n int64) cit.Classified {
		c.Classification.RecordsAffected = &n
		return c
	}
	first := withRecords(classified("ils-1", "Healthcare data breach affects more than 4.2 million people",
		"An unauthorized user accessed the network of Independent Living Systems on July 5, 2022, the company "+
			"said.",
		"2023-03-16", "Independent Living Systems", "US", cit.AttackDataBreach), 4_226_508)
	settlement := withRecords(classified("ils-2", "$14M settlement approved in Independent Living Systems data breach case",
		"A judge approved a settlement over a 2022 breach of the data of over 4.2 million people. It was first "+
			"discovered around July 5, 2022, and letters were sent on March 14, 2023. Lawsuits followed, beginning "+
			"March 17, 2023.",
		"2025-07-27", "Independent Living Systems", "US", cit.AttackDataBreach), 4_200_000)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(settlement, now); d.IncidentID != d1.IncidentID {
		t.Errorf("settlement naming the breach's day and count kept apart: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}
	other := withRecords(classified("ils-3", "Independent Living Systems reports new breach",
		"Independent Living Systems said on June 30, 2025 that an unauthorized user accessed its email. The company "+
			"suffered an earlier breach on July 5, 2022.",
		"2025-07-28", "Independent Living Systems", "US", cit.AttackDataBreach), 12_000)
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a later breach of another count merged: %s, reasons %+v", d.Action, d.Reasons)
	}
}
