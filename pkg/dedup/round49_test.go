package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound49TerritoryAndItsCountry: a hospital in Puerto Rico placed in
// PR by one report and in the US by the victim's own notice (which names
// the Department of Homeland Security) is one victim's; a hospital of the
// name in another country stays apart (round 49, set X3's Hospital Español
// Auxilio Mutuo; sentences of our own).
func TestRound49TerritoryAndItsCountry(t *testing.T) {
	t.Parallel()
	news := classified("am-1", "Puerto Rico hospital hit by ransomware attack",
		"Hospital Español Auxilio Mutuo of Puerto Rico said a ransomware attack disrupted its systems on September 23.",
		"2023-09-28", "Hospital Español Auxilio Mutuo of Puerto Rico", "PR", cit.AttackRansomware)
	notice := classified("am-2", "Notice of data security incident",
		"Hospital Español Auxilio Mutuo de Puerto Rico, Inc. is posting this notice about the ransomware attack that "+
			"the Department of Homeland Security informed it of on September 23, 2023.",
		"2023-10-20", "Hospital Español Auxilio Mutuo de Puerto Rico", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(news, now)
	if d := e.Add(notice, now); d.IncidentID != d1.IncidentID {
		t.Errorf("a territory's hospital placed in the US kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	abroad := classified("am-3", "Hospital in Spain hit by ransomware attack",
		"Hospital Español Auxilio Mutuo said a ransomware attack disrupted its systems.",
		"2023-10-02", "Hospital Español Auxilio Mutuo", "ES", cit.AttackRansomware)
	if d := e.Add(abroad, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a hospital of the name in Spain merged: %s, reasons %+v", d.Action, d.Reasons)
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{{"US", "PR", true}, {"GU", "US", true}, {"PR", "PR", true}, {"PR", "ES", false}, {"US", "CA", false}} {
		if got := countriesAgree(tt.a, tt.b); got != tt.want {
			t.Errorf("countriesAgree(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
