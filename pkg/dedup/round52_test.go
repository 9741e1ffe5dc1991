package dedup

import (
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// TestRound52UndatedSameNameOfReviewedIncident: an undated report of a
// hacking attack joins the clear best incident of the very same name even
// when the classifier held that incident's report for review (a welfare
// association's attack, which it reads as outside health) — but not an
// incident of only a similar name, nor one that no classification reached
// or no report calls a hacking (round 52, set X2: Caritas München-Freising,
// 2022; sentences of our own).
func TestRound52UndatedSameNameOfReviewedIncident(t *testing.T) {
	t.Parallel()
	reviewed := func(c cit.Classified) cit.Classified {
		cl := *c.Classification
		cl.IsHealthCyberattack, cl.Verdict, cl.Score = false, cit.VerdictReview, 0.4
		c.Classification = &cl
		return c
	}
	rejected := func(c cit.Classified) cit.Classified {
		cl := *c.Classification
		cl.IsHealthCyberattack, cl.Verdict, cl.Score = false, cit.VerdictReject, 0.05
		c.Classification = &cl
		return c
	}
	first := reviewed(classified("ca-1", "",
		"Cyberkriminelle haben den Sozialverband Caritasverband Nordstadt gehackt und Daten verschlüsselt; er zahlt kein Lösegeld.",
		"", "Caritasverband Nordstadt", "DE", cit.AttackRansomware))
	later := rejected(classified("ca-2", "Caritasverband Nordstadt zahlt Hackern kein Geld",
		"Hacker hatten die Server des Caritasverband Nordstadt verschlüsselt und Daten gestohlen.",
		"", "Caritasverband Nordstadt", "DE", cit.AttackRansomware))
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d := e.Add(later, now)
	if d.IncidentID != d1.IncidentID || !hasRule(d, "undated_report_clear_best_match") {
		t.Fatalf("undated hacking report of the same name not joined: %s, reasons %+v %+v", d.Action, d.Reasons, d.Candidates)
	}

	// a name within the other is not the same name
	other := later
	other.Classification = &cit.Classification{Verdict: cit.VerdictReject, Victim: "Caritasverband Nordstadt Süd",
		AttackType: cit.AttackRansomware, Country: later.Classification.Country}
	other.ID = "ca-3"
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(other, now); hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("a longer name joined a reviewed incident: %+v", d.Reasons)
	}

	// unclassified rows of one name (registry rows no classifier read):
	// no verdict vouches for either
	plain := func(c cit.Classified) cit.Classified {
		c.Classification = nil
		return c
	}
	e = NewEngine(Options{})
	e.Add(plain(first), now)
	if d := e.Add(plain(later), now); hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("unclassified reports joined by the clear best rule: %+v", d.Reasons)
	}

	// an incident no report tells of as hacked
	lost := reviewed(classified("ca-4", "",
		"Ein Laptop mit Akten des Caritasverband Nordstadt wurde aus einem Auto gestohlen.",
		"", "Caritasverband Nordstadt", "DE", ""))
	e = NewEngine(Options{})
	e.Add(lost, now)
	if d := e.Add(later, now); hasRule(d, "undated_report_clear_best_match") {
		t.Errorf("joined an incident told of as a theft: %+v", d.Reasons)
	}
}

// TestRound52KnownByInTheLead: a discovery date far down a page is
// another story's ("Elsewhere, … discovered on May 31, 2020"), so it does
// not date the breach the page reports; one in its first paragraphs does
// (round 52, set X1: Cochise Eye and Laser and Petersburg Medical Center on
// one page; sentences of our own).
func TestRound52KnownByInTheLead(t *testing.T) {
	t.Parallel()
	lead := "Mesa Verde Eye and Laser was hit by ransomware on January 13, 2021. "
	filler := strings.Repeat("The practice used paper charts while its systems were restored. ", 22)
	other := "Elsewhere, Juneau Medical Center discovered on May 31, 2020 that an employee had accessed records."
	if got := knownBy(textdate.Find(lead+filler+other, time.Time{})); !got.IsZero() && got.Year() == 2020 {
		t.Errorf("known by %s: another story's discovery read", got.Format(time.DateOnly))
	}
	near := "Juneau Medical Center discovered on May 31, 2020 that an employee had accessed records. " + filler
	if got := knownBy(textdate.Find(near, time.Time{})); got.IsZero() || got.Year() != 2020 {
		t.Errorf("known by %v: want the lead's discovery in 2020", got)
	}
}

// TestRound52AttackersAreNoOrganisation: "hackers" is no organisation's
// name, so a report that writes it does not name an incident filed under
// it as its supplier (round 52, set X5: a report of ExecuPharm's attack
// with no victim read, and a billing vendor's settlement; sentences of our
// own).
func TestRound52AttackersAreNoOrganisation(t *testing.T) {
	t.Parallel()
	if orgname.Distinctive("hackers") || orgname.Distinctive("cybercriminals") {
		t.Error("an attackers' word read as a distinctive name")
	}
	first := classified("hk-1", "Hackers publish drug maker's internal data after ransomware attack",
		"Hackers published internal data of a clinical research firm after a ransomware attack.", "", "Hackers", "US", cit.AttackRansomware)
	vendor := classified("hk-2", "Hospital billing vendor settles data breach lawsuit",
		"Hackers encrypted the systems of Pacific Mailing Services, which prints statements for hospitals, in a ransomware attack.",
		"", "Pacific Mailing Services", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(vendor, now); d.IncidentID == d1.IncidentID || hasRule(d, "incident_organisation_named_as_supplier") {
		t.Errorf("a vendor's report joined the incident filed under \"hackers\": %s %+v", d.Action, d.Reasons)
	}
}
