package dedup

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

var now = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// classified builds a classified report.
func classified(id, title, text, published, victim, country, attack string) cit.Classified {
	cl := &cit.Classification{IsHealthCyberattack: true, Score: 0.9, Verdict: cit.VerdictAccept,
		Victim: victim, AttackType: attack, Sector: cit.SectorCareProvider}
	if country != "" {
		cl.Country = &country
	}
	// a press report links to its page, as every collected article does
	return cit.Classified{Candidate: cit.Candidate{ID: id, Source: "test", URL: "https://news.example/" + id, Title: title, Text: text, Published: published},
		Classification: cl}
}

func TestAddLinksOrSeparates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		first, then cit.Classified
		wantAction  string
	}{
		{
			name: "same attack reported in English and French",
			first: classified("en-1", "Ransomware attack hits Hôpital Saint-Louis in Paris",
				"The Paris hospital Hôpital Saint-Louis was hit by ransomware on Sunday; emergency care was diverted.",
				"2026-02-10", "Hôpital Saint-Louis", "FR", cit.AttackRansomware),
			then: classified("fr-1", "L'hôpital St-Louis victime d'une cyberattaque",
				"L'Hôpital St Louis a été victime d'un rançongiciel dimanche ; les urgences ont été détournées.",
				"2026-02-12", "Hopital St. Louis", "FR", cit.AttackRansomware),
			wantAction: ActionMerge,
		},
		{
			name: "same organisation a year apart",
			first: classified("a-2025", "Ransomware attack hits Acme Regional Hospital",
				"Acme Regional Hospital was hit by ransomware.", "2025-01-10", "Acme Regional Hospital", "US", cit.AttackRansomware),
			then: classified("a-2026", "Acme Regional Hospital hit by ransomware again",
				"Acme Regional Hospital was hit by ransomware.", "2026-01-20", "Acme Regional Hospital", "US", cit.AttackRansomware),
			wantAction: ActionNew,
		},
		{
			name: "same name in two countries",
			first: classified("x-us", "St. Mary's Hospital in Missouri hit by ransomware", "The Jefferson City hospital diverted ambulances after a ransomware attack.",
				"2026-02-01", "St. Mary's Hospital", "US", cit.AttackRansomware),
			then: classified("x-gb", "Isle of Wight: St Mary's Hospital IT outage", "NHS trust says ransomware encrypted its systems at Newport.",
				"2026-02-02", "St Mary's Hospital", "GB", cit.AttackRansomware),
			wantAction: ActionNew,
		},
		{
			name: "stolen laptop and hacked server at one organisation, same week",
			first: cit.Classified{Candidate: cit.Candidate{ID: "m-1", Title: "Montana State University",
				Text: "An employee's laptop computer was stolen off-campus.", Published: "2007-11-02"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "m-2", Title: "Montana State University",
				Text: "An unknown hacker remotely accessed a computer server.", Published: "2007-11-04"}},
			wantAction: ActionNew,
		},
		{
			name: "press report then regulator filing with the same count",
			first: cit.Classified{Candidate: cit.Candidate{ID: "p-1", Title: "Shands at UF",
				Text: "Shands at UF sent letters to about 12,500 people warning that a stolen laptop held their data.", Published: "2010-03-02"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "h-1", Title: "Shands at UF",
				Text: "A laptop containing information on approximately 12,580 individuals was stolen from the covered entity (CE).", Published: "2010-03-01"}},
			wantAction: ActionMerge,
		},
		{
			name: "two breaches at one clinic reported in one month: stated dates three months apart",
			first: cit.Classified{Candidate: cit.Candidate{ID: "d-1", Title: "Riverside Family Clinic",
				Text: "On March 3, 2012, an intruder accessed the clinic's billing server; 2,100 patients were notified.", Published: "2012-06-01"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "d-2", Title: "Riverside Family Clinic",
				Text: "Hackers broke into the clinic's patient portal on June 4, 2012 and accessed patient records.", Published: "2012-06-15"}},
			wantAction: ActionNew,
		},
		{
			name: "the same stated day in French and English press, a filing two months later",
			first: classified("fr-d", "Cyberattaque contre le Centre hospitalier de Dax",
				"Le Centre hospitalier de Dax a été victime d'une cyberattaque le 9 février 2021.", "2021-02-10", "Centre hospitalier de Dax", "FR", ""),
			then: cit.Classified{Candidate: cit.Candidate{ID: "cnil-d", Title: "Centre Hospitalier de Dax",
				Text: "On February 9, 2021 the hospital's systems were encrypted by ransomware.", Published: "2021-04-12",
				Fields: map[string]string{cit.FieldCountry: "FR"}}},
			wantAction: ActionMerge,
		},
		{
			name: "alike names, filing and chronology in one week, nothing else in common: ask an analyst",
			first: cit.Classified{Candidate: cit.Candidate{ID: "g-1", Title: "Goodwill Industries of Greater Grand Rapids, Inc.",
				Text: "On December 15, 2009, a safe was stolen from the covered entity's (CE) off-site facility.", Published: "2010-01-15"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "g-2", Title: "Goodwill Industries of Grand Rapids",
				Text: "A man broke into a store and stole a safe holding backup tapes.", Published: "2010-01-18"}},
			wantAction: ActionReview,
		},
		{
			name: "alike names and the same count: the same breach",
			first: cit.Classified{Candidate: cit.Candidate{ID: "b-1", Title: "Blue Cross Blue Shield of Rhode Island",
				Text: "The covered entity (CE) reported that a vendor mailed statements of 12,000 members to wrong addresses.", Published: "2011-05-02"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "b-2", Title: "Blue Cross Blue Shield of Rhode Island, Inc.",
				Text: "Statements of 12,000 members were mailed to the wrong addresses by a vendor.", Published: "2011-05-06"}},
			wantAction: ActionMerge,
		},
		{
			// Round 30: a bracketed acronym the other row lacks: the
			// registries' own matching keeps such rows apart, an analyst
			// decides.
			name: "the same count, a bracketed acronym on one row: ask an analyst",
			first: cit.Classified{Candidate: cit.Candidate{ID: "b-3", Title: "Blue Cross Blue Shield of Rhode Island",
				Text: "The covered entity (CE) reported that a vendor mailed statements of 12,000 members to wrong addresses.", Published: "2011-05-02"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "b-4", Title: "Blue Cross Blue Shield of Rhode Island (BCBSRI)",
				Text: "Statements of 12,000 members were mailed to the wrong addresses by a vendor.", Published: "2011-05-06"}},
			wantAction: ActionReview,
		},
		{
			name: "same name, same week, nothing else in common: ask an analyst",
			first: cit.Classified{Candidate: cit.Candidate{ID: "s-1", Title: "Stanford University",
				Text: "Users were asked to reset their passwords.", Published: "2013-07-26"}},
			then: cit.Classified{Candidate: cit.Candidate{ID: "s-2", Title: "Stanford University",
				Text: "ID holders had their account passwords exposed.", Published: "2013-08-02"}},
			wantAction: ActionReview,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := NewEngine(Options{})
			d1 := e.Add(tt.first, now)
			if d1.Action != ActionNew {
				t.Fatalf("first report: action %q, want new", d1.Action)
			}
			d2 := e.Add(tt.then, now)
			if d2.Action != tt.wantAction {
				t.Fatalf("second report: action %q (confidence %.2f, reasons %+v), want %q", d2.Action, d2.Confidence, d2.Reasons, tt.wantAction)
			}
			if same := d2.IncidentID == d1.IncidentID; same != (tt.wantAction == ActionMerge) {
				t.Errorf("second report in incident %s, first in %s: same=%v, want %v", d2.IncidentID, d1.IncidentID, same, tt.wantAction == ActionMerge)
			}
			if tt.wantAction == ActionReview && (len(d2.Candidates) == 0 || d2.Candidates[0].IncidentID != d1.IncidentID) {
				t.Errorf("review: candidates %+v, want the first incident %s first", d2.Candidates, d1.IncidentID)
			}
			if len(d2.Reasons) == 0 {
				t.Error("decision carries no reasons")
			}
		})
	}
}

func TestSupplierAttackLinksEveryOrganisation(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	vendor := classified("v-1", "Ransomware attack on billing vendor MedBill Solutions",
		"MedBill Solutions, a billing supplier to hospitals, was hit by ransomware claimed by the Rhysida group.",
		"2026-01-05", "MedBill Solutions", "US", cit.AttackRansomware)
	vendor.Classification.ThreatActor = "Rhysida"
	d := e.Add(vendor, now)
	var hospitals []string
	for i, name := range []string{"Riverside General Hospital", "Lakeview Clinic"} {
		c := classified("h-"+name, name+" notifies patients",
			name+" notified patients that their data was stolen in the ransomware attack on its billing vendor MedBill Solutions by Rhysida.",
			"2026-01-2"+string(rune('0'+i)), name, "US", cit.AttackRansomware)
		c.Classification.ThreatActor = "Rhysida"
		got := e.Add(c, now)
		if got.Action != ActionMerge || got.IncidentID != d.IncidentID {
			t.Fatalf("%s: action %q into %s, want merge into %s (reasons %+v)", name, got.Action, got.IncidentID, d.IncidentID, got.Reasons)
		}
		hospitals = append(hospitals, VictimKey(name))
		d = got
	}
	want := append([]string{VictimKey("MedBill Solutions")}, hospitals...)
	if !reflect.DeepEqual(d.Incident.Organizations, want) {
		t.Errorf("organizations = %v, want %v", d.Incident.Organizations, want)
	}
	if d.Incident.Victim != "MedBill Solutions" || len(d.Incident.Sources) != 3 || d.Incident.Version != 3 {
		t.Errorf("incident victim %q, %d sources, version %d; want MedBill Solutions, 3, 3",
			d.Incident.Victim, len(d.Incident.Sources), d.Incident.Version)
	}
}

func TestClaimStatusIsRaisedNeverLowered(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	leak := cit.Classified{Candidate: cit.Candidate{ID: "leak", Title: "Texas Retina Associates", Published: "2024-04-22",
		Fields: map[string]string{cit.FieldVictim: "Texas Retina Associates", cit.FieldThreatActor: "bianlian", cit.FieldClaimStatus: "claimed"}}}
	press := cit.Classified{Candidate: cit.Candidate{ID: "press", Title: "BianLian claims attack on Texas Retina Associates",
		Text: "The BianLian ransomware gang listed Texas Retina Associates, an eye clinic.", Published: "2024-04-25",
		Fields: map[string]string{cit.FieldThreatActor: "bianlian"}}}
	filing := cit.Classified{Candidate: cit.Candidate{ID: "hhs", Title: "Texas Retina Associates", Published: "2024-06-21",
		Fields: map[string]string{cit.FieldVictim: "Texas Retina Associates", cit.FieldRecords: "34000", cit.FieldBreachType: "Hacking/IT Incident"}}}
	later := cit.Classified{Candidate: cit.Candidate{ID: "press-2", Title: "Texas Retina Associates breach hit 34,000 patients",
		Text: "Texas Retina Associates said ransomware exposed data of 34,000 patients.", Published: "2024-06-25"}}
	want := []string{cit.ClaimClaimed, cit.ClaimReported, cit.ClaimConfirmed, cit.ClaimConfirmed}
	var id string
	for i, c := range []cit.Classified{leak, press, filing, later} {
		d := e.Add(c, now)
		if i == 0 {
			id = d.IncidentID
		} else if d.Action != ActionMerge || d.IncidentID != id {
			t.Fatalf("report %s: action %q into %s, want merge into %s (reasons %+v)", c.ID, d.Action, d.IncidentID, id, d.Reasons)
		}
		if d.Incident.ClaimStatus != want[i] {
			t.Errorf("after %s: claim status %q, want %q", c.ID, d.Incident.ClaimStatus, want[i])
		}
		if i == 3 {
			if prov := d.Incident.Provenance["claim_status"]; len(prov) != 4 || prov[0].CandidateID != "leak" {
				t.Errorf("claim_status provenance = %+v, want four assertions starting with the leak post", prov)
			}
			if r := d.Incident.RecordsAffected; r == nil || *r != 34000 {
				t.Errorf("records affected = %v, want 34000", r)
			}
		}
	}
}

func TestDuplicateCandidate(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	c := classified("dup", "Acme Clinic hit by ransomware", "Acme Clinic ransomware.", "2026-02-01", "Acme Clinic", "US", cit.AttackRansomware)
	d1 := e.Add(c, now)
	d2 := e.Add(c, now.Add(time.Hour))
	if d2.Action != ActionDuplicate || d2.IncidentID != d1.IncidentID || d2.Incident.Version != d1.Incident.Version {
		t.Errorf("second Add: %q %s v%d, want duplicate %s v%d", d2.Action, d2.IncidentID, d2.Incident.Version, d1.IncidentID, d1.Incident.Version)
	}
}

// stream is a small sequence of reports with merges, reviews and new incidents.
func stream() []cit.Classified {
	return []cit.Classified{
		classified("1", "Ransomware hits Acme Hospital", "Acme Hospital was hit by ransomware; 5,000 patients affected.", "2026-01-01", "Acme Hospital", "US", cit.AttackRansomware),
		classified("2", "Acme Hospital confirms ransomware", "Acme Hospital notified 5,000 patients after ransomware.", "2026-01-04", "Acme Hospital, Inc.", "US", cit.AttackRansomware),
		classified("3", "Beta Clinic data breach", "Beta Clinic says a hacker accessed records.", "2026-01-05", "Beta Clinic", "US", cit.AttackDataBreach),
		classified("4", "Beta Clinic", "Beta Clinic reports an incident.", "2026-01-09", "Beta Clinic", "", ""),
		classified("5", "Acme Hospital hit again", "Acme Hospital ransomware.", "2027-02-01", "Acme Hospital", "US", cit.AttackRansomware),
	}
}

func TestDeterminism(t *testing.T) {
	t.Parallel()
	run := func() []Decision {
		e := NewEngine(Options{})
		var out []Decision
		for _, c := range stream() {
			out = append(out, e.Add(c, now))
		}
		return out
	}
	a, b := run(), run()
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("two runs over the same reports differ:\n%+v\n%+v", a, b)
	}
	if a[0].IncidentID != IncidentID("1") || a[1].IncidentID != a[0].IncidentID || a[4].IncidentID == a[0].IncidentID {
		t.Errorf("incident ids %s %s %s: want the first derived from candidate 1, the second merged, the last separate",
			a[0].IncidentID, a[1].IncidentID, a[4].IncidentID)
	}
}

func TestLoadRoundTrip(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	for _, c := range stream() {
		e.Add(c, now)
	}
	stored := e.Incidents()
	// the store also holds older versions: Load must keep the latest
	old := stored[0]
	old.Version = 1
	old.Sources = old.Sources[:1]
	restarted := NewEngine(Options{})
	restarted.Load(append([]cit.Incident{old}, stored...))
	if got := restarted.Incidents(); !reflect.DeepEqual(got, stored) {
		t.Fatalf("after Load, Incidents() differs:\n got %+v\nwant %+v", got, stored)
	}
	next := classified("6", "Acme Hospital ransomware update", "Acme Hospital restored systems after the ransomware attack affecting 5,000 patients.",
		"2026-01-08", "Acme Hospital", "US", cit.AttackRansomware)
	d1, d2 := e.Add(next, now), restarted.Add(next, now)
	if d1.Action != d2.Action || d1.IncidentID != d2.IncidentID || d1.Incident.Version != d2.Incident.Version {
		t.Errorf("next report: live %s %s v%d, restarted %s %s v%d", d1.Action, d1.IncidentID, d1.Incident.Version,
			d2.Action, d2.IncidentID, d2.Incident.Version)
	}
	if d := restarted.Add(stream()[0], now); d.Action != ActionDuplicate {
		t.Errorf("re-adding a loaded candidate: %q, want duplicate", d.Action)
	}
}

func TestApplyMergeAndSplit(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	ds := make([]Decision, 0, 5)
	for _, c := range stream() {
		ds = append(ds, e.Add(c, now))
	}
	acme, acme2 := ds[0].IncidentID, ds[4].IncidentID
	changed, err := e.Apply(cit.TriageDecision{ID: "t1", Action: cit.ActionMerge, IncidentID: acme2, TargetID: acme, Actor: "ana"}, now)
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if len(changed) != 2 || changed[0].Status != cit.StatusMerged || changed[0].MergedInto != acme || len(changed[1].Sources) != 3 {
		t.Fatalf("merge returned %+v, want the merged incident then the target with 3 sources", changed)
	}
	if changed[1].Version != ds[1].Incident.Version+1 {
		t.Errorf("target version %d, want %d", changed[1].Version, ds[1].Incident.Version+1)
	}
	// a report on the merged incident now lands in the target
	if d := e.Add(stream()[4], now); d.Action != ActionDuplicate || d.IncidentID != acme {
		t.Errorf("merged candidate: %s in %s, want duplicate in %s", d.Action, d.IncidentID, acme)
	}

	changed, err = e.Apply(cit.TriageDecision{ID: "t2", Action: cit.ActionSplit, IncidentID: acme, CandidateID: "5"}, now)
	if err != nil {
		t.Fatalf("split: %v", err)
	}
	if len(changed) != 2 || len(changed[0].Sources) != 2 || len(changed[1].Sources) != 1 || changed[1].Sources[0].CandidateID != "5" {
		t.Fatalf("split returned %+v, want the source incident with 2 reports and a new one with candidate 5", changed)
	}
	if changed[1].ID == acme || changed[1].ID == acme2 || changed[1].Victim != "Acme Hospital" {
		t.Errorf("split-off incident %s victim %q: want a fresh id and victim Acme Hospital", changed[1].ID, changed[1].Victim)
	}
	for _, a := range changed[0].Provenance["victim"] {
		if a.CandidateID == "5" {
			t.Errorf("split candidate still asserts the source incident's victim: %+v", a)
		}
	}

	if _, err := e.Apply(cit.TriageDecision{Action: cit.ActionMerge, IncidentID: acme2, TargetID: acme}, now); !errors.Is(err, ErrInactive) {
		t.Errorf("merging a merged incident: err %v, want ErrInactive", err)
	}
	if _, err := e.Apply(cit.TriageDecision{Action: cit.ActionSplit, IncidentID: changed[1].ID, CandidateID: "5"}, now); !errors.Is(err, ErrBadSplit) {
		t.Errorf("splitting an incident's only report: err %v, want ErrBadSplit", err)
	}
	if _, err := e.Apply(cit.TriageDecision{Action: "bogus", IncidentID: acme}, now); !errors.Is(err, ErrUnknownAction) {
		t.Errorf("unknown action: err %v, want ErrUnknownAction", err)
	}
}

func TestApplyEditAndReject(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	d := e.Add(stream()[0], now)
	changed, err := e.Apply(cit.TriageDecision{ID: "t1", Action: cit.ActionEdit, IncidentID: d.IncidentID,
		Fields: map[string]string{"victim": "Acme Health System", "records_affected": "7000"}}, now)
	if err != nil {
		t.Fatalf("edit: %v", err)
	}
	inc := changed[0]
	if inc.Victim != "Acme Health System" || inc.RecordsAffected == nil || *inc.RecordsAffected != 7000 {
		t.Errorf("after edit: victim %q records %v, want Acme Health System 7000", inc.Victim, inc.RecordsAffected)
	}
	if !slices.Contains(inc.Organizations, VictimKey("Acme Health System")) {
		t.Errorf("organizations %v lack the edited victim", inc.Organizations)
	}
	changed, err = e.Apply(cit.TriageDecision{ID: "t2", Action: cit.ActionReject, IncidentID: d.IncidentID}, now)
	if err != nil || changed[0].Status != cit.StatusDeleted {
		t.Fatalf("reject: %v %+v", err, changed)
	}
	if d2 := e.Add(classified("z", "Acme Hospital", "Acme Hospital ransomware.", "2026-01-02", "Acme Hospital", "US", cit.AttackRansomware), now); d2.Action != ActionNew {
		t.Errorf("report after the incident was rejected: %q, want new", d2.Action)
	}
}

func TestGenericNamesDoNotLinkAlone(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "g-1", Title: "Medical Center", Published: "2012-03-01",
		Text: "Hackers accessed a server holding patient records."}}, now)
	d := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "g-2", Title: "Medical Center", Published: "2012-03-09",
		Text: "An intruder gained access to the billing system."}}, now)
	if d.Action == ActionMerge {
		t.Fatalf("two reports naming only %q merged into %s (reasons %+v), want new or review", "Medical Center", first.IncidentID, d.Reasons)
	}
	if len(d.Candidates) == 0 || d.Candidates[0].Reasons[0].Rule != "same_generic_victim_name" {
		t.Errorf("candidates %+v, want the first incident with a same_generic_victim_name reason", d.Candidates)
	}
}

// TestRestartKeepsTextEvidence: a wire story reprinted by a second outlet
// under a headline that names no one links by its near-duplicate text. An
// engine restarted from the stored incidents between the two reports must
// decide the reprint exactly as the engine that never stopped.
func TestRestartKeepsTextEvidence(t *testing.T) {
	t.Parallel()
	wire := "Lakeview Regional Medical Center in Covington, Louisiana, diverted ambulances on Tuesday after a ransomware attack " +
		"encrypted its computer systems, a hospital spokeswoman said. Staff switched to paper records while the FBI investigates, " +
		"and emergency patients were sent to hospitals in Slidell and Hammond. The hospital said it could not yet say whether " +
		"patient data was stolen and that scheduled surgeries would go ahead on Wednesday where possible."
	first := classified("ap-1", "Lakeview Regional Medical Center diverts ambulances after ransomware attack", wire, "2023-05-02",
		"Lakeview Regional Medical Center", "US", cit.AttackRansomware)
	second := cit.Classified{Candidate: cit.Candidate{ID: "ap-2", Source: "outlet-b", Published: "2023-05-03",
		Title: "Hospital diverts ambulances after ransomware attack", Text: wire}}

	live := NewEngine(Options{})
	d1 := live.Add(first, now)
	restarted := NewEngine(Options{})
	restarted.Load(live.Incidents())

	want, got := live.Add(second, now), restarted.Add(second, now)
	if want.Action != ActionMerge || want.IncidentID != d1.IncidentID {
		t.Fatalf("live engine: %s into %s (reasons %+v), want merge into %s", want.Action, want.IncidentID, want.Reasons, d1.IncidentID)
	}
	if !slices.ContainsFunc(want.Reasons, func(r cit.Reason) bool { return r.Rule == "near_duplicate_text" }) {
		t.Errorf("live merge does not rest on the text: reasons %+v", want.Reasons)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a restart the reprint gives\n%+v\nwithout a restart\n%+v", got, want)
	}
}

// TestJointNoticeListsEveryOrganisation: a joint notice names two
// organisations; it links to the incident of the one already known, and
// the incident lists both.
func TestJointNoticeListsEveryOrganisation(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	d1 := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "hhs-bcm", Title: "Baylor College of Medicine", Published: "2010-07-30",
		Text: "An unencrypted laptop computer was stolen from an administrative office on May 13, 2010. The laptop contained the PHI of approximately 1,618 patients."}}, now)
	d2 := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "prc-tch", Title: "Texas Children's Hospital and Baylor College of Medicine", Published: "2010-07-30",
		Text: "A physician's laptop was stolen from an office on May 13th. The laptop contained personal information on 1,646 cardiology patients."}}, now)
	if d2.Action != ActionMerge || d2.IncidentID != d1.IncidentID {
		t.Fatalf("joint notice: %s into %s (reasons %+v), want merge into %s", d2.Action, d2.IncidentID, d2.Reasons, d1.IncidentID)
	}
	want := []string{VictimKey("Baylor College of Medicine"), VictimKey("Texas Children's Hospital")}
	if got := d2.Incident.Organizations; !slices.Equal(got, want) {
		t.Errorf("organizations = %q, want %q", got, want)
	}
	if d2.Incident.Victim != "Baylor College of Medicine" {
		t.Errorf("victim = %q, want the organisation both reports name", d2.Incident.Victim)
	}
}

func TestStatedBreachDayIsTheIncidentDate(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	notice := cit.Classified{Candidate: cit.Candidate{ID: "notice", Title: "Lakeside Family Clinic",
		Text:      "On April 14, 2013, a laptop containing patient records was stolen from an employee's car. Letters were mailed on May 20, 2013.",
		Published: "2013-05-28"}}
	d := e.Add(notice, now)
	if d.Incident.IncidentDate != "2013-04-14" {
		t.Fatalf("incident date %q, want the stated breach day 2013-04-14", d.Incident.IncidentDate)
	}
	if prov := d.Incident.Provenance["incident_date"]; len(prov) != 1 || prov[0].CandidateID != "notice" || prov[0].Value != "2013-04-14" {
		t.Errorf("incident_date provenance = %+v, want one assertion by the notice", prov)
	}
	if d.Incident.DisclosureDate != "2013-05-28" {
		t.Errorf("disclosure date %q, want the notice's publication 2013-05-28", d.Incident.DisclosureDate)
	}

	// A classifier's incident date wins over the text's; a month alone
	// ("in March 2021") is no incident date.
	cl := cit.Classified{Candidate: cit.Candidate{ID: "press", Title: "Hill Hospital discloses March 2021 breach",
		Text: "Hill Hospital said hackers accessed its network in March 2021.", Published: "2021-06-01"}}
	if d := e.Add(cl, now); d.Incident.IncidentDate != "" {
		t.Errorf("month-only statement: incident date %q, want none", d.Incident.IncidentDate)
	}
	withField := cit.Classified{Candidate: cit.Candidate{ID: "classified", Title: "Ridge Clinic",
		Text: "On June 2, 2020, an unauthorized party accessed an email account.", Published: "2020-07-01"},
		Classification: &cit.Classification{IncidentDate: "2020-05-30"}}
	if d := e.Add(withField, now); d.Incident.IncidentDate != "2020-05-30" {
		t.Errorf("classified incident date: incident date %q, want the classifier's 2020-05-30", d.Incident.IncidentDate)
	}
}

func TestPartitionKeyJoinsNameVariants(t *testing.T) {
	t.Parallel()
	named := func(victim, title string) cit.Classified {
		c := cit.Classified{Candidate: cit.Candidate{Title: title}}
		if victim != "" {
			c.Classification = &cit.Classification{Victim: victim}
		}
		return c
	}
	same := [][]cit.Classified{
		{named("Goodwill Industries of Grand Rapids", ""), named("Goodwill Industries of Greater Grand Rapids, Inc.", "")},
		{named("The University of Texas at Arlington", ""), named("University of Texas Arlington", "")},
		// No classifier victim: the title names the organisation, as the engine reads it.
		{named("Capital Health", ""), named("", "Capital Health says ransomware attack disrupted systems")},
		// A joint notice routes by its first organisation.
		{named("Texas Children's Hospital and Baylor College of Medicine", ""), named("Texas Children's Hospital", "")},
		// A leak site's domain runs the name's first words together.
		{named("Lurie Children's Hospital of Chicago", ""), named("luriechildrens.org", ""), named("Lurie Children's Hospital", "")},
		{named("Ortho Montana, PSC", ""), named("OrthoMontana", "")},
	}
	for _, group := range same {
		k0 := PartitionKey(group[0])
		for _, c := range group[1:] {
			if k := PartitionKey(c); k != k0 {
				t.Errorf("partition keys %q and %q for one organisation (%q, %q)", k0, k, group[0].Victim(), c.Victim()+c.Title)
			}
		}
	}
	if PartitionKey(named("Capital Health", "")) == PartitionKey(named("Ascension", "")) {
		t.Error("two organisations share a partition key")
	}
	if k := PartitionKey(named("Medical Center", "")); k != "medical center" {
		t.Errorf("generic name: key %q, want the whole key", k)
	}
}

// TestFilingMonthsAfterLeakClaim: a regulator's hacking filing months after
// a leak site claimed the same organisation is the same incident; a filing
// of a theft, a generic name, or a filing after the maximum gap is not
// linked by itself.
func TestFilingMonthsAfterLeakClaim(t *testing.T) {
	t.Parallel()
	leak := func(id, name, date string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Title: name, Published: date,
			Fields: map[string]string{cit.FieldVictim: name, cit.FieldThreatActor: "clop", cit.FieldClaimStatus: cit.ClaimClaimed}}}
	}
	filing := func(id, name, date, breach string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Title: name, Published: date,
			Fields: map[string]string{cit.FieldVictim: name, cit.FieldBreachType: breach, cit.FieldCountry: "US"}}}
	}
	tests := []struct {
		name      string
		claim     cit.Classified
		filing    cit.Classified
		wantMerge bool
	}{
		{"hacking filing 150 days later", leak("l1", "Rockford Gastroenterology Associates", "2024-03-22"),
			filing("f1", "Rockford Gastroenterology Associates", "2024-08-19", "Hacking/IT Incident"), true},
		{"the leak site's name without spaces", leak("l2", "tgidirect", "2023-08-18"),
			filing("f2", "TGI Direct", "2024-01-17", "Hacking/IT Incident"), true},
		{"a theft filed months later", leak("l3", "Northwind Orthopedic Group", "2024-03-22"),
			filing("f3", "Northwind Orthopedic Group", "2024-08-19", "Theft"), false},
		{"a generic name", leak("l4", "Family Health Center", "2024-02-23"),
			filing("f4", "Family Health Center", "2024-07-22", "Hacking/IT Incident"), false},
		{"beyond the maximum gap", leak("l5", "Kerber Eck Braeckel", "2023-02-08"),
			filing("f5", "Kerber Eck Braeckel", "2024-08-16", "Hacking/IT Incident"), false},
		{"the leak site's short name", leak("l6", "Kanawha Valley Hospice", "2023-09-19"),
			filing("f6", "Kanawha Valley Hospice and Palliative Care", "2023-12-01", "Hacking/IT Incident"), true},
		{"the leak site's truncated name", leak("l7", "Greater Ozarks Orthopedic Surgery and Sport", "2024-01-16"),
			filing("f7", "Greater Ozarks Orthopedic Surgery and Sports Medicine", "2024-04-05", "Hacking/IT Incident"), true},
		{"a short name filed for a theft", leak("l8", "Kanawha Valley Hospice", "2023-09-19"),
			filing("f8", "Kanawha Valley Hospice and Palliative Care", "2023-12-01", "Theft"), false},
		// a domain of the first words' initials and the rest, and one of a
		// specialty's short form, found in the lookup and read as the name
		{"the leak site's initials and words", leak("l9", "cphealthnetwork.org", "2024-06-11"),
			filing("f9", "Cumberland Plateau Health Network, Inc.", "2024-09-24", "Hacking/IT Incident"), true},
		{"the leak site's specialty short form", leak("l10", "threeriversgi.com", "2022-11-07"),
			filing("f10", "Three Rivers Gastroenterology, Inc.", "2023-02-14", "Hacking/IT Incident"), true},
	}
	for _, tt := range tests {
		e := NewEngine(Options{})
		first := e.Add(tt.claim, now)
		d := e.Add(tt.filing, now)
		merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID
		if merged != tt.wantMerge {
			t.Errorf("%s: action %q (confidence %.2f, candidates %+v), want merged=%v", tt.name, d.Action, d.Confidence, d.Candidates, tt.wantMerge)
		}
	}
}

// TestPressWeekOfOneAttack: the press covers one attack on a health
// organisation within days. Two accepted reports of the same name in one
// week join; the same reports left for review by the classifier go to an
// analyst.
func TestPressWeekOfOneAttack(t *testing.T) {
	t.Parallel()
	first := classified("c-1", "Change Healthcare cyberattack disrupts pharmacies across the US",
		"UnitedHealth's Change Healthcare unit said a suspected nation-state hacker gained access to its network.",
		"2024-02-22", "Change Healthcare", "US", cit.AttackDataBreach)
	then := classified("c-2", "BlackCat ransomware gang claims Change Healthcare attack",
		"The ALPHV group said it stole 6 TB of data from Change Healthcare.", "2024-02-29", "Change Healthcare", "", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d2 := e.Add(then, now); d2.Action != ActionMerge || d2.IncidentID != d1.IncidentID {
		t.Errorf("accepted reports a week apart: action %q (reasons %+v), want a merge into %s", d2.Action, d2.Reasons, d1.IncidentID)
	}
	unsure := func(c cit.Classified) cit.Classified {
		cl := *c.Classification
		cl.Verdict, cl.IsHealthCyberattack = cit.VerdictReview, false
		c.Classification = &cl
		return c
	}
	e = NewEngine(Options{})
	e.Add(unsure(first), now)
	if d2 := e.Add(unsure(then), now); d2.Action != ActionReview {
		t.Errorf("reports in review a week apart: action %q (reasons %+v), want review", d2.Action, d2.Reasons)
	}
}

// TestThreatActorTheftIsAHack: "data stolen" in a leak post is a hack, not
// a stolen laptop, so it does not count as a different breach mode.
func TestThreatActorTheftIsAHack(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	attack := classified("s-1", "Synnovis ransomware attack: London hospitals cancel operations",
		"The pathology provider was hit by Qilin, disrupting blood tests.", "2024-06-04", "Synnovis", "GB", cit.AttackRansomware)
	attack.Classification.ThreatActor = "Qilin"
	d1 := e.Add(attack, now)
	post := classified("s-2", "Qilin leaks data stolen from Synnovis", "The gang published 400GB of data on its leak site.",
		"2024-06-20", "Synnovis", "", cit.AttackDataBreach)
	post.Classification.ThreatActor = "Qilin"
	d2 := e.Add(post, now)
	if d2.Action != ActionMerge || d2.IncidentID != d1.IncidentID {
		t.Errorf("leak post of the attack: action %q (reasons %+v), want a merge into %s", d2.Action, d2.Reasons, d1.IncidentID)
	}
	if slices.ContainsFunc(d2.Reasons, func(r cit.Reason) bool { return r.Rule == "breach_mode_differs" }) {
		t.Errorf("leak post: %+v holds breach_mode_differs; a threat actor's theft is a hack", d2.Reasons)
	}
}

// TestSourceRepeatingItsTextIsNoEvidence: a registry words its recurring
// notices alike ("account numbers changed" entries weeks apart). Its own
// text repeated weeks later corroborates nothing; another source's copy
// does, and the same source's copy within a week is one entry listed twice.
func TestSourceRepeatingItsTextIsNoEvidence(t *testing.T) {
	t.Parallel()
	text := "An unspecified number of Acme Card customers had their account numbers changed and were issued a new card. " +
		"It is unclear what type of security breach prompted the change."
	entry := func(id, source, published string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: source, Published: published,
			Title: "Acme Card Services", Text: text}}
	}
	for _, tt := range []struct {
		name         string
		second       cit.Classified
		merge        bool
		wantTextRule string
	}{
		{"same registry, 39 days later", entry("r-2", "registry", "2013-12-20"), false, "same_source_repeats_text"},
		{"same registry, 3 days later", entry("r-3", "registry", "2013-11-14"), true, "near_duplicate_text"},
		{"another source, 39 days later", entry("o-1", "other-registry", "2013-12-20"), true, "near_duplicate_text"},
	} {
		e := NewEngine(Options{})
		first := e.Add(entry("r-1", "registry", "2013-11-11"), now)
		d := e.Add(tt.second, now)
		merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID
		if merged != tt.merge {
			t.Errorf("%s: %s (reasons %+v), want merged %v", tt.name, d.Action, d.Reasons, tt.merge)
		}
		reasons := d.Reasons
		if len(d.Candidates) > 0 {
			reasons = d.Candidates[0].Reasons
		}
		if !slices.ContainsFunc(reasons, func(r cit.Reason) bool { return r.Rule == tt.wantTextRule }) {
			t.Errorf("%s: no %s among %+v", tt.name, tt.wantTextRule, reasons)
		}
	}
}

// TestBreachAfterTheOtherWasKnown: a breach known by one date cannot be one
// that happened months later, though neither text states the other's day.
// A breach stated before the other report's date of discovery can be it,
// and so can one both reports say was known by the same day.
func TestBreachAfterTheOtherWasKnown(t *testing.T) {
	t.Parallel()
	entry := func(id, text string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: "registry", Published: "2013-01-12",
			Title: "Florida Department of Juvenile Justice", Text: text}}
	}
	e := NewEngine(Options{})
	first := e.Add(entry("r-1", "On September 6, 2012 it was reported that three computers holding 100,000 records were stolen from an apartment."), now)
	d := e.Add(entry("r-2", "A mobile device holding 100,000 records was reported stolen on January 2, 2013."), now)
	if d.Action == ActionMerge && d.IncidentID == first.IncidentID {
		t.Errorf("a theft of January 2013 merged into one known by September 2012 (reasons %+v)", d.Reasons)
	}
	if len(d.Candidates) == 0 || !slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "breach_after_other_was_known" }) {
		t.Errorf("no breach_after_other_was_known among %+v", d.Candidates)
	}
	// Restarted from the stored incident, the engine knows the same bound.
	restarted := NewEngine(Options{})
	restarted.Load(e.Incidents())
	again := restarted.Add(entry("r-3", "A mobile device holding 100,000 records was reported stolen on January 2, 2013."), now)
	if again.Action == ActionMerge && again.IncidentID == first.IncidentID {
		t.Errorf("after a restart: merged into the incident known by September 2012")
	}

	e = NewEngine(Options{})
	first = e.Add(cit.Classified{Candidate: cit.Candidate{ID: "s-1", Source: "registry", Published: "2012-03-05",
		Title: "Florida Department of Juvenile Justice", Text: "On March 3, 2012 the department reported that hackers had accessed a server holding 100,000 records."}}, now)
	d = e.Add(cit.Classified{Candidate: cit.Candidate{ID: "s-2", Source: "other", Published: "2012-03-20",
		Title: "Florida Department of Juvenile Justice", Text: "Hackers accessed a server holding 100,000 records on February 28, 2012."}}, now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a breach stated before the other report's date: %s (reasons %+v), want merge", d.Action, d.Reasons)
	}

	// Both known by the same day: the later day one of them states is
	// when the same breach was confirmed.
	e = NewEngine(Options{})
	first = e.Add(cit.Classified{Candidate: cit.Candidate{ID: "u-1", Source: "oag.ca.gov", Published: "2015-07-17",
		Title: "UCLA Health", Text: "UCLA Health first detected suspicious activity in October 2014 and determined on May 5, 2015 that attackers had accessed parts of the network holding records of 4,500,000 patients."}}, now)
	d = e.Add(cit.Classified{Candidate: cit.Candidate{ID: "u-2", Source: "privacyrights_prc", Published: "2015-07-28",
		Title: "UCLA Health", Text: "Suspicious activity was first noticed in October 2014, but it was not until May 5, 2015 that investigators confirmed hackers had reached the network holding records of 4,500,000 patients."}}, now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("both known by October 2014: %s (candidates %+v), want merge", d.Action, d.Candidates)
	}
}

// TestPressFollowUpWithinTwoWeeks: the restoration story eight days after
// the attack joins the attack's incident.
func TestPressFollowUpWithinTwoWeeks(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("p-1", "MedStar Health hit by ransomware, diverts patients",
		"MedStar Health shut down its computer network at ten hospitals after a virus infected its systems.",
		"2016-03-22", "MedStar Health", "US", cit.AttackRansomware), now)
	d := e.Add(classified("p-2", "MedStar Health restores systems after cyberattack",
		"The Columbia, Maryland-based health system said its EHR was back online.",
		"2016-03-30", "MedStar Health", "US", cit.AttackUnknown), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a follow-up 8 days later: %s (reasons %+v), want merge", d.Action, d.Reasons)
	}
}

// TestGangClaimWeeksLater: the press reports a gang's claim or its leak of
// the data weeks after the attack; between accepted reports of one
// distinctive name that is one incident, up to the 60-day window.
func TestGangClaimWeeksLater(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		date, title, text string
	}{
		{"2025-06-05", "Interlock ransomware gang claims Kettering Health attack", "The group says it stole 941 GB."},
		{"2025-07-08", "Kettering Health patient data leaked on the dark web", "The files appeared six weeks after the attack."},
	} {
		e := NewEngine(Options{})
		first := e.Add(classified("k-1", "Kettering Health hit by cyberattack, cancels elective procedures",
			"The Dayton, Ohio health system said a cyberattack forced it to cancel procedures.",
			"2025-05-20", "Kettering Health", "US", cit.AttackUnknown), now)
		d := e.Add(classified("k-2", tt.title, tt.text, tt.date, "Kettering Health", "US", cit.AttackRansomware), now)
		if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%q: %s (reasons %+v), want a merge", tt.title, d.Action, d.Reasons)
		}
	}
	// The same report months after the window is no follow-up of this attack.
	e := NewEngine(Options{})
	first := e.Add(classified("k-1", "Kettering Health hit by cyberattack", "A cyberattack forced it to cancel procedures.",
		"2025-05-20", "Kettering Health", "US", cit.AttackUnknown), now)
	if d := e.Add(classified("k-3", "Kettering Health patient data leaked on the dark web", "Files appeared online.",
		"2025-09-30", "Kettering Health", "US", cit.AttackRansomware), now); d.Action == ActionMerge {
		t.Errorf("a leak story four months later merged into %s (first %s): %+v", d.IncidentID, first.IncidentID, d.Reasons)
	}
}

// TestClientNoticesOfSupplierBreach: clients notify their patients of a
// supplier's breach for weeks after the supplier's own report, each naming
// the supplier; a notice five weeks later still joins its incident.
func TestClientNoticesOfSupplierBreach(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("ecl-1", "Eye Care Leaders ransomware attack deletes eye practices' records",
		"The EHR vendor Eye Care Leaders said hackers accessed its platform in December and deleted databases of client practices.",
		"2022-03-28", "Eye Care Leaders", "US", cit.AttackRansomware), now)
	d := e.Add(classified("ecl-3", "Regional Eye Associates notifies patients of vendor breach",
		"Regional Eye Associates said an unauthorized party accessed the systems of its EHR vendor Eye Care Leaders and deleted patient records.",
		"2022-05-02", "Regional Eye Associates", "US", cit.AttackDataBreach), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("client notice 35 days later: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	if !slices.Contains(d.Incident.Organizations, VictimKey("Regional Eye Associates")) {
		t.Errorf("organisations %q do not list the client", d.Incident.Organizations)
	}
}

// TestNameWithItsPlace: "Lurie Children's Hospital of Chicago" is the
// Lurie Children's Hospital a report placed in Chicago; "St. Joseph's
// Hospital of Orange" is not the St. Joseph's Hospital of a report that
// places it nowhere (a saint's name is borne by hospitals of many towns),
// but "Simone Veil" attacked the day after "hôpital Simone-Veil de Cannes"
// is that hospital.
func TestNameWithItsPlace(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("l-1", "Ransomware attack hits Lurie Children's Hospital", "The Chicago hospital took its systems offline.",
		"2024-01-31", "Lurie Children's Hospital", "US", cit.AttackRansomware), now)
	d := e.Add(classified("l-2", "Rhysida leaks data of Lurie Children's Hospital of Chicago", "The gang published 600 GB of data.",
		"2024-02-06", "Lurie Children's Hospital of Chicago", "US", cit.AttackRansomware), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the name with its place: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	first = e.Add(classified("c-1", "L'hôpital Simone-Veil de Cannes visé par une cyberattaque", "Les urgences fonctionnent en mode dégradé.",
		"2024-04-16", "hôpital Simone-Veil de Cannes", "FR", cit.AttackRansomware), now)
	if d := e.Add(classified("c-2", "Cannes hospital cancels non-urgent procedures after cyberattack", "Simone Veil hospital staff work on paper.",
		"2024-04-17", "Simone Veil", "FR", cit.AttackRansomware), now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a distinctive name within the other, attacked the next day: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(classified("j-1", "Ransomware attack hits St. Joseph's Hospital of Orange", "Systems were taken offline.",
		"2024-01-31", "St. Joseph's Hospital of Orange", "US", cit.AttackRansomware), now)
	if d := e.Add(classified("j-2", "St. Joseph's Hospital hit by cyberattack", "The hospital diverted ambulances.",
		"2024-02-02", "St. Joseph's Hospital", "US", cit.AttackRansomware), now); d.Action == ActionMerge {
		t.Errorf("a name's place the other report does not give: merged (reasons %+v)", d.Reasons)
	}
}

// TestSameNameInTwoPlaces: one exact name placed in two states a fortnight
// apart is two practices or one practice's two sites: nothing merges.
func TestSameNameInTwoPlaces(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	e.Add(classified("o-1", "Oak Hollow Family Medicine", "On July 28, 2016, a family practice in Macon, Georgia found that an employee's email account was compromised; 1,150 patients were notified.",
		"2016-08-12", "Oak Hollow Family Medicine", "US", cit.AttackAccountCompromise), now)
	d := e.Add(classified("o-2", "Oak Hollow Family Medicine", "On July 28, 2016, an Ocala family practice found that a phishing email gave an outsider access to a staff mailbox holding data of 1,210 patients.",
		"2016-08-26", "Oak Hollow Family Medicine", "US", cit.AttackAccountCompromise), now)
	if d.Action == ActionMerge {
		t.Errorf("one name in Macon and in Ocala: merged (reasons %+v)", d.Reasons)
	}
	if !slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "locality_differs" }) {
		t.Errorf("no locality_differs reason in %+v", d.Reasons)
	}
	// With a regulator's filing, the fortnight and the counts the same pair
	// scores above the merge line; places_differ_for_an_analyst keeps it
	// for review (written_registry_pairs_r14.jsonl, TestWrittenReports).
}

// TestLeakPostsOfOneGangStayApart: a gang's posts of one day read alike
// because the collector writes each in one sentence; that likeness, and a
// hidden name's letters, link nothing. Two posts of one victim still do.
func TestLeakPostsOfOneGangStayApart(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	post := func(id, victim, day string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Title: victim + " listed on the cactus ransomware leak site",
			Text:      "The ransomware group cactus listed " + victim + " as a victim on its data leak site (listing reported " + day + ").",
			Published: day, Fields: map[string]string{cit.FieldVictim: victim, cit.FieldThreatActor: "cactus", cit.FieldClaimStatus: "claimed"}}}
	}
	ids := map[string]string{}
	for _, p := range []cit.Classified{
		post("a", "dillarddoor.com", "2023-12-18"), post("b", "nationalnail.com", "2023-12-18"),
		post("c", "lajollagroup.com", "2023-12-18"), post("d", "N**** ******", "2023-12-18"),
		post("e", "N** ******", "2023-12-18"), post("f", "nationalnail.com", "2023-12-19"), post("g", "*******", "2023-12-18"),
	} {
		d := e.Add(p, now)
		ids[p.ID] = d.IncidentID
	}
	for _, pair := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"d", "e"}, {"a", "d"}, {"d", "g"}, {"e", "g"}} {
		if ids[pair[0]] == ids[pair[1]] {
			t.Errorf("posts %s and %s of different victims share incident %s", pair[0], pair[1], ids[pair[0]])
		}
	}
	if ids["b"] != ids["f"] {
		t.Errorf("two posts of nationalnail.com got %s and %s", ids["b"], ids["f"])
	}
	// Domains a letter apart, posted by one gang a day apart: the gang
	// corroborates nothing between its own posts, an analyst decides.
	e.Add(post("h", "martel.es", "2022-10-12"), now)
	if d := e.Add(post("i", "marktel.es", "2022-10-13"), now); d.Action == ActionMerge {
		t.Errorf("marktel.es merged into martel.es's incident (reasons %+v)", d.Reasons)
	}
}

// TestRegistriesOfOtherYears: pairs of a PRC-style and an HHS-style entry
// written in the style of 2014–2018 (docs/dedup.md, round 9). Names that
// share only their first word are found and sent to an analyst; a breach
// dated by different milestones joins when another date agrees; a town and
// its state's region do not conflict.
func TestRegistriesOfOtherYears(t *testing.T) {
	t.Parallel()
	entry := func(id, source, published, title, text string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: source, Published: published, Title: title, Text: text}}
	}
	// First word only: found, then reviewed, not merged.
	e := NewEngine(Options{})
	e.Add(entry("h-1", "hhs_ocr_breach_portal", "2018-05-25", "Aultman Health Foundation",
		"The covered entity (CE) reported that an unauthorized party accessed physicians' office email accounts through phishing, exposing the PHI of 42,600 individuals."), now)
	d := e.Add(entry("p-1", "privacyrights_prc", "2018-05-29", "Aultman Hospital",
		"Aultman Hospital learned that a phishing attack compromised email accounts of physician office staff. About 42,600 patients were affected."), now)
	if d.Action != ActionReview {
		t.Errorf("Aultman Hospital after Aultman Health Foundation: %s (candidates %+v), want review", d.Action, d.Candidates)
	}
	if len(d.Candidates) == 0 || !slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "same_first_name_word" }) {
		t.Errorf("no same_first_name_word among %+v", d.Candidates)
	}
	// Milestones: the start of the intrusion and its discovery.
	e = NewEngine(Options{})
	first := e.Add(entry("h-2", "hhs_ocr_breach_portal", "2014-06-24", "Montana Department of Public Health and Human Services",
		"The covered entity (CE) reported that hackers had accessed a server as early as July 2013. The server held the ePHI of 1,062,509 individuals."), now)
	d = e.Add(entry("p-2", "privacyrights_prc", "2014-06-24", "Montana Department of Public Health and Human Services",
		"On May 22, 2014, the department discovered that hackers had accessed a server. The server may have been accessed as early as July 2013. About 1,062,509 people were affected."), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("one breach dated by two milestones: %s (candidates %+v), want merge", d.Action, d.Candidates)
	}
	// A town in the region a report names is no other place.
	e = NewEngine(Options{})
	first = e.Add(entry("h-3", "hhs_ocr_breach_portal", "2017-06-30", "Memorial Healthcare System",
		"The covered entity (CE) in Hollywood reported that a former affiliate's login was used to access the ePHI of 115,143 individuals."), now)
	d = e.Add(entry("p-3", "privacyrights_prc", "2017-07-10", "Memorial Healthcare System",
		"A health system in South Florida said that the login of an affiliated physician office employee was used to access 115,143 patients' records."), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("Hollywood and South Florida: %s (candidates %+v), want merge", d.Action, d.Candidates)
	}
}

// TestPressLeakAndFilingOfOtherYears: cross-source cases written for
// 2022–2024 (docs/dedup.md, round 9).
func TestPressLeakAndFilingOfOtherYears(t *testing.T) {
	t.Parallel()
	leak := func(id, published, victim, gang string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: "ransomwatch", Published: published,
			Title: victim + " listed on the " + gang + " ransomware leak site",
			Text:  "The ransomware group " + gang + " listed " + victim + " as a victim on its data leak site.",
			Fields: map[string]string{cit.FieldClaimStatus: cit.ClaimClaimed, cit.FieldThreatActor: gang,
				cit.FieldVictim: victim}}}
	}
	filing := func(id, published, victim, records string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: "hhs_ocr_breach_portal", Published: published,
			Title: victim + " reports a hacking/IT incident", Text: victim + " reported a hacking/IT incident affecting " + records + " individuals.",
			Fields: map[string]string{cit.FieldVictim: victim, cit.FieldRecords: records, cit.FieldBreachType: "Hacking/IT Incident",
				cit.FieldCountry: "US"}}}
	}
	for _, tt := range []struct {
		name          string
		first, second cit.Classified
	}{
		{"a gang's post naming the victim and its parents",
			classified("p-1", "UnitedHealth subsidiary Change Healthcare hit by cyberattack", "Pharmacies across the US were disrupted.",
				"2024-02-22", "Change Healthcare", "US", cit.AttackRansomware),
			leak("l-1", "2024-02-28", "Change Healthcare - Optum - UnitedHealth", "alphv")},
		{"HHS's placeholder count of 501 after a claim of millions",
			classified("p-2", "BlackCat ransomware gang claims attack on McLaren Health Care", "The gang said it stole data of 2.5 million patients.",
				"2023-10-05", "McLaren Health Care", "US", cit.AttackRansomware),
			filing("h-2", "2023-10-20", "McLaren Health Care", "501")},
		{"a clerk's note in brackets after the name",
			filing("h-3", "2023-05-15", "Lehigh Valley Health Network (blackcat)", "248359"),
			classified("p-3", "Lehigh Valley Health Network says 248,359 patients affected by ransomware attack", "The BlackCat gang posted patient images.",
				"2023-05-20", "Lehigh Valley Health Network", "US", cit.AttackRansomware)},
		{"a short name the filing's bracketed abbreviation defines",
			filing("h-4", "2023-05-26", "Managed Care of North America (MCNA)", "8861076"),
			classified("p-4", "Dental insurer MCNA says ransomware attack exposed data of nearly 9 million people", "MCNA notified 8,861,076 people.",
				"2023-05-30", "MCNA", "US", cit.AttackRansomware)},
		{"a press report's abbreviation the classifier spelled out, then a report of the name alone",
			func() cit.Classified {
				c := classified("p-11", "Un ciberataque afecta a los hospitales del Consorci Sanitari Integral",
					"El Consorci Sanitari Integral (CSI) sufrió un ataque de ransomware.", "2022-09-16",
					"Consorci Sanitari Integral (CSI)", "ES", cit.AttackRansomware)
				c.Classification.Reasons = []cit.Reason{{Field: "victim", Rule: "text:name_and_abbreviation", Value: "Consorci Sanitari Integral (CSI)"}}
				return c
			}(),
			classified("p-12", "Los autores del ataque al Consorci Sanitari Integral publican 52 gigas de datos",
				"El grupo RansomEXX ha difundido unos 52 gigabytes de información.", "2022-09-21",
				"Consorci Sanitari Integral", "ES", cit.AttackRansomware)},
		{"a registry's name with its abbreviation, the other registry's without",
			filing("h-13", "2016-11-09", "Washington State Health Care Authority (HCA)", "91000"),
			func() cit.Classified {
				c := classified("p-13", "Washington State Health Care Authority", "Two employees' email accounts were accessed by an unauthorized party.",
					"2016-11-14", "Washington State Health Care Authority", "US", cit.AttackAccountCompromise)
				n := int64(91187)
				c.Classification.RecordsAffected = &n
				return c
			}()},
		{"one town in two languages (Antwerpen, Antwerp)",
			classified("p-5", "Cyberaanval op AZ Monica: spoeddiensten in Antwerpen tijdelijk dicht", "", "2023-10-14", "AZ Monica", "BE", ""),
			classified("p-6", "Antwerp hospital AZ Monica hit by cyberattack", "Emergency services in Antwerp were redirected.",
				"2023-10-16", "AZ Monica", "BE", "")},
		{"a generic name placed by the headline (Hospital Clínic, a Barcelona hospital)",
			classified("p-7", "Un ciberataque paraliza el Hospital Clínic de Barcelona", "", "2023-03-06",
				"Hospital Clínic de Barcelona", "ES", cit.AttackRansomware),
			classified("p-8", "Barcelona hospital cancels operations after ransomware attack", "Hospital Clínic postponed 150 operations.",
				"2023-03-07", "Hospital Clínic", "ES", cit.AttackRansomware)},
		{"a name ending with its own report's place, then the name alone on a leak site",
			classified("p-14", "Attacco hacker a Medilab Italia, sospesi i prelievi", "I laboratori Medilab Italia hanno sospeso i prelievi in Italia.",
				"2024-04-19", "Medilab Italia", "IT", cit.AttackRansomware),
			leak("l-14", "2024-05-02", "medilab.it", "blackbasta")},
	} {
		e := NewEngine(Options{})
		first := e.Add(tt.first, now)
		if d := e.Add(tt.second, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%s: %s %s (candidates %+v), want merge into %s", tt.name, d.Action, d.IncidentID, d.Candidates, first.IncidentID)
		}
	}
	// The town's hospital inside the hospital's full name, other words between: alike, for an analyst.
	e := NewEngine(Options{})
	e.Add(classified("p-9", "L'hôpital Simone-Veil de Cannes visé par une cyberattaque", "", "2024-04-16",
		"centre hospitalier Simone-Veil de Cannes", "FR", ""), now)
	d := e.Add(classified("p-10", "LockBit revendique la cyberattaque contre l'hôpital de Cannes", "", "2024-05-01",
		"hôpital de Cannes", "FR", ""), now)
	if d.Action != ActionReview || len(d.Candidates) == 0 ||
		!slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "name_within_other_name" }) {
		t.Errorf("hôpital de Cannes after centre hospitalier Simone-Veil de Cannes: %s (candidates %+v), want review on name_within_other_name", d.Action, d.Candidates)
	}
}

// TestPressReportsHackingFilingMonthsLater: the press reports a hacking
// filing when the notification letters go out, months after the filing,
// with its count. Without an agreeing count the lateness counts against.
func TestPressReportsHackingFilingMonthsLater(t *testing.T) {
	t.Parallel()
	filing := cit.Classified{Candidate: cit.Candidate{ID: "h-1", Source: "hhs_ocr_breach_portal", Title: "Kootenai Health", Published: "2024-04-24",
		Fields: map[string]string{cit.FieldVictim: "Kootenai Health", cit.FieldBreachType: "Hacking/IT Incident",
			cit.FieldRecords: "464088", cit.FieldCountry: "US"}}}
	press := func(records int64) cit.Classified {
		c := classified("p-1", "Kootenai Health data breach impacts over 464,000 patients",
			"Kootenai Health is notifying patients that their personal information was stolen in a cyberattack.",
			"2024-08-05", "Kootenai Health", "US", cit.AttackDataBreach)
		c.Classification.RecordsAffected = &records
		return c
	}
	for _, tt := range []struct {
		records   int64
		wantMerge bool
	}{{464000, true}, {12000, false}} {
		e := NewEngine(Options{})
		first := e.Add(filing, now)
		d := e.Add(press(tt.records), now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.wantMerge {
			t.Errorf("press with %d records 103 days after the filing: action %q (reasons %+v), want merged=%v", tt.records, d.Action, d.Reasons, tt.wantMerge)
		}
	}
}

// TestFollowUpYearsLater: a settlement two years later that names the
// attack's month joins the incident; a report of a new attack on the same
// organisation two years later, naming no earlier date, does not.
func TestFollowUpYearsLater(t *testing.T) {
	t.Parallel()
	attack := classified("p-1", "Scripps Health hit by ransomware attack", "Scripps Health in San Diego diverted ambulances after a ransomware attack on May 1, 2021.",
		"2021-05-02", "Scripps Health", "US", cit.AttackRansomware)
	settlement := classified("p-2", "Scripps Health settles lawsuits over 2021 ransomware attack",
		"Scripps Health agreed to pay $3.5 million to settle lawsuits over the ransomware attack in May 2021 that exposed patients' data.",
		"2023-01-20", "Scripps Health", "US", cit.AttackRansomware)
	second := classified("p-3", "Scripps Health hit by new cyberattack", "Scripps Health said hackers encrypted servers on Monday.",
		"2023-01-20", "Scripps Health", "US", cit.AttackRansomware)
	for _, tt := range []struct {
		name      string
		then      cit.Classified
		wantMerge bool
	}{{"settlement naming the month", settlement, true}, {"a new attack", second, false}} {
		e := NewEngine(Options{})
		first := e.Add(attack, now)
		d := e.Add(tt.then, now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.wantMerge {
			t.Errorf("%s: action %q (reasons %+v), want merged=%v", tt.name, d.Action, d.Reasons, tt.wantMerge)
		}
	}
}

// TestNameWithItsAbbreviation: a name that abbreviates the other's first
// or last words ("UW Medicine", "Oregon DHS") is found and joins it with a
// corroboration; alone it does not.
func TestNameWithItsAbbreviation(t *testing.T) {
	t.Parallel()
	if got := abbreviatedForms("university washington medicine"); !slices.Contains(got, "uw medicine") {
		t.Errorf("abbreviatedForms = %q, want one of them \"uw medicine\"", got)
	}
	if got := abbreviatedForms("asl 1 abruzzo"); slices.Contains(got, "a1 abruzzo") {
		t.Errorf("abbreviatedForms = %q: digits are no initials", got)
	}
	first := classified("h-1", "University of Washington Medicine", "Hackers accessed a database holding the records of 974,000 patients.",
		"2019-02-20", "University of Washington Medicine", "US", cit.AttackDataBreach)
	same := classified("p-1", "UW Medicine", "UW Medicine said hackers accessed a database holding the records of 974,000 patients.",
		"2019-02-22", "UW Medicine", "US", cit.AttackDataBreach)
	records := int64(974000)
	first.Classification.RecordsAffected, same.Classification.RecordsAffected = &records, &records
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d2 := e.Add(same, now); d2.Action != ActionMerge || d2.IncidentID != d1.IncidentID {
		t.Errorf("abbreviated name with the same count: action %q (reasons %+v), want a merge", d2.Action, d2.Reasons)
	}
	other := classified("p-2", "UW Medicine", "UW Medicine reported a phishing attack.", "2019-02-22", "UW Medicine", "US", cit.AttackAccountCompromise)
	e = NewEngine(Options{})
	e.Add(first, now)
	if d2 := e.Add(other, now); d2.Action == ActionMerge {
		t.Errorf("abbreviated name alone: merged (reasons %+v)", d2.Reasons)
	}
}

// TestLeakDomainThenHackingFiling: a leak post naming its victim by domain
// and the regulator's hacking filing of that name months later are one
// incident; a theft filing is not.
func TestLeakDomainThenHackingFiling(t *testing.T) {
	t.Parallel()
	post := cit.Classified{Candidate: cit.Candidate{ID: "l-1", Source: "ransomwatch", Title: "redcliffbehavioral.com listed on the bianlian ransomware leak site",
		Published: "2023-03-02", Fields: map[string]string{cit.FieldVictim: "redcliffbehavioral.com", cit.FieldThreatActor: "bianlian",
			cit.FieldClaimStatus: cit.ClaimClaimed}}}
	filing := func(breach string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: "h-1", Source: "hhs_ocr_breach_portal", Title: "Redcliff Behavioral Health",
			Published: "2023-06-20", Fields: map[string]string{cit.FieldVictim: "Redcliff Behavioral Health", cit.FieldBreachType: breach,
				cit.FieldCountry: "US", cit.FieldRecords: "12480"}}}
	}
	for _, tt := range []struct {
		breach    string
		wantMerge bool
	}{{"Hacking/IT Incident", true}, {"Theft", false}} {
		e := NewEngine(Options{})
		first := e.Add(post, now)
		d := e.Add(filing(tt.breach), now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.wantMerge {
			t.Errorf("%s filing 110 days after the domain's post: action %q (reasons %+v), want merged=%v", tt.breach, d.Action, d.Reasons, tt.wantMerge)
		}
	}
}

// TestLeakDomainThenPressReport: a leak post naming a domain, then within
// days the press's report of a cyberattack on the organisation it spells
// (its first words run together, the last cut short; initials, then the
// rest): the claim corroborates the domain, so the report joins the post.
// A press report on another organisation of like initials does not.
func TestLeakDomainThenPressReport(t *testing.T) {
	t.Parallel()
	post := func(domain string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: "l-" + domain, Source: "ransomwatch",
			Title: domain + " listed on the lockbit3 ransomware leak site", Published: "2021-09-14",
			Fields: map[string]string{cit.FieldVictim: domain, cit.FieldThreatActor: "lockbit3", cit.FieldClaimStatus: cit.ClaimClaimed}}}
	}
	press := func(name string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: "p-" + name, Source: "news-journalonline.com", Published: "2021-09-20",
			Title: name + " investigating cyberattack", Text: name + " said hackers encrypted its servers and patients' records may have been taken."},
			Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.99, Verdict: cit.VerdictAccept, Victim: name,
				AttackType: "ransomware"}}
	}
	for _, tt := range []struct {
		domain, name string
		want         bool
	}{
		{"palmcoastderm.com", "Palm Coast Dermatology", true},
		{"pvurology.com", "Pioneer Valley Urology", true},
		{"pvurology.com", "Pleasant View Cardiology", false},
	} {
		e := NewEngine(Options{})
		first := e.Add(post(tt.domain), now)
		d := e.Add(press(tt.name), now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.want {
			t.Errorf("%s then %s: action %q (reasons %+v), want merged=%v", tt.domain, tt.name, d.Action, d.Reasons, tt.want)
		}
	}
}

// TestLeakDomainFormsFindTheName: a leak site's domain of a name's
// initials or of its first words with the last cut short finds the
// incident of the name, and the name finds the domain's, either way round.
func TestLeakDomainFormsFindTheName(t *testing.T) {
	t.Parallel()
	post := func(domain, date string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: "l-" + domain, Source: "ransomwatch",
			Title: domain + " listed on the lockbit3 ransomware leak site", Published: date,
			Fields: map[string]string{cit.FieldVictim: domain, cit.FieldThreatActor: "lockbit3", cit.FieldClaimStatus: cit.ClaimClaimed}}}
	}
	filing := func(name, date string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: "h-" + name, Source: "hhs_ocr_breach_portal", Title: name, Published: date,
			Fields: map[string]string{cit.FieldVictim: name, cit.FieldBreachType: "Hacking/IT Incident", cit.FieldCountry: "US"}}}
	}
	for _, tt := range []struct {
		domain, name string
		wantMerge    bool
	}{
		{"valleyviewhosp.org", "Valley View Hospital Association", true},
		{"umcsn.com", "University Medical Center of Southern Nevada", true},
		{"lcmh.com", "Lake Charles Memorial Health System", true},
		{"vvha.org", "Valley View Hospital Association", true},
		{"vvh.org", "Valley View Hospital Association", false},            // initials of some words only
		{"santacasadefranca.com.br", "Santa Casa de Franca", true},        // as spelt, with the filler
		{"unitingcareqld.com.au", "UnitingCare Queensland", true},         // the last word's consonants
		{"bezirkskliniken-mfr.de", "Bezirkskliniken Mittelfranken", true}, // the same, after a hyphen
		{"unitingcarevic.com.au", "UnitingCare Queensland", false},        // another state's
		// round 21: a generic word left out, the last words' initials without their kind word, no domain ending
		{"chisholmtrailclinic.com", "Chisholm Trail Family Clinic", true},
		{"northcountrybh.org", "North Country Behavioral Health Services", true},
		{"lakelandsurgical", "Lakeland Surgical Specialists, P.A.", true},
		{"northcountryph.org", "North Country Behavioral Health Services", false}, // other initials
	} {
		e := NewEngine(Options{})
		first := e.Add(post(tt.domain, "2023-02-14"), now)
		d := e.Add(filing(tt.name, "2023-04-21"), now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.wantMerge {
			t.Errorf("%s then %s: action %q (reasons %+v), want merged=%v", tt.domain, tt.name, d.Action, d.Reasons, tt.wantMerge)
		}
		// the other way round: the post after the filing, found as a
		// candidate the evidence favours
		e = NewEngine(Options{})
		first = e.Add(filing(tt.name, "2023-02-14"), now)
		d = e.Add(post(tt.domain, "2023-02-20"), now)
		if found := slices.ContainsFunc(d.Candidates, func(m Match) bool { return m.IncidentID == first.IncidentID && m.Score > 0 }); found != tt.wantMerge {
			t.Errorf("%s after %s: candidate found = %v, want %v (candidates %+v)", tt.domain, tt.name, found, tt.wantMerge, d.Candidates)
		}
	}
}

// TestUnnamedVictimInItsTown: a report that names no hospital but its town
// ("a hospital in Düsseldorf") goes to the analysts beside the incident of
// the town's hospital attacked days before; with no health attack in that
// town it starts an incident of its own.
func TestUnnamedVictimInItsTown(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("d-1", "German hospital turns away emergency patients after ransomware attack",
		"University Hospital Düsseldorf cannot admit emergency patients after ransomware encrypted 30 servers.",
		"2020-09-17", "University Hospital Düsseldorf", "DE", cit.AttackRansomware), now)
	d := e.Add(classified("d-2", "Prosecutors open homicide case after cyber-attack on German hospital",
		"German authorities are investigating after a woman died when a hospital in Düsseldorf was hit by ransomware.",
		"2020-09-18", "", "DE", cit.AttackRansomware), now)
	if d.Action != ActionReview || !slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "unnamed_victim_in_its_town" }) ||
		d.Candidates[0].IncidentID != first.IncidentID {
		t.Errorf("an unnamed hospital in the victim's town: %s (reasons %+v), want review beside %s", d.Action, d.Reasons, first.IncidentID)
	}
	d = e.Add(classified("d-3", "Prosecutors investigate cyber-attack on hospital in neighbouring city",
		"Police are investigating after a hospital in Wuppertal was hit by ransomware on Saturday.",
		"2020-09-19", "", "DE", cit.AttackRansomware), now)
	if d.Action != ActionNew {
		t.Errorf("a hospital in another town: %s (reasons %+v), want a new incident", d.Action, d.Reasons)
	}
}

// TestFilingsOtherDateAgrees: a filing dates its breach by discovery and
// states when the intrusion began; a registry entry dated by that start is
// the same breach, not a second one.
func TestFilingsOtherDateAgrees(t *testing.T) {
	t.Parallel()
	filing := cit.Classified{Candidate: cit.Candidate{ID: "h-ucla", Source: "hhs_ocr_breach_portal", Title: "UCLA Health",
		Text: "On May 5, 2015 the covered entity (CE) determined that attackers had accessed parts of the network containing " +
			"the PHI of approximately 4,500,000 individuals. The attack may have begun as early as September 2014.",
		Published: "2015-07-17", Fields: map[string]string{cit.FieldVictim: "UCLA Health", cit.FieldBreachType: "Hacking/IT Incident",
			cit.FieldCountry: "US", cit.FieldRecords: "4500000"}}}
	entry := cit.Classified{Candidate: cit.Candidate{ID: "p-ucla", Source: "privacyrights_prc", Title: "UCLA Health System",
		Text: "Hackers broke into the part of the computer network that contained information of up to 4.5 million people. " +
			"The attackers may have been in the network since September 2014.",
		Published: "2015-07-20", Fields: map[string]string{cit.FieldVictim: "UCLA Health System", cit.FieldRecords: "4500000"}}}
	e := NewEngine(Options{})
	first := e.Add(filing, now)
	d := e.Add(entry, now)
	// "UCLA Health System" is not the filing's "UCLA Health": since round
	// 29 the pair goes to an analyst (registryRowsApart), the filing first
	// among the candidates and no date against it.
	if !queuedWith(d, first.IncidentID) || slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "stated_dates_differ" }) {
		t.Errorf("the entry dated by the intrusion's start: %s %s (candidates %+v), want review with %s first", d.Action, d.IncidentID, d.Candidates, first.IncidentID)
	}
	// Under its filed name, days later, with the filing's count: one breach.
	entry.ID, entry.Title, entry.Fields[cit.FieldVictim] = "p-ucla-2", "UCLA Health", "UCLA Health"
	e = NewEngine(Options{})
	first = e.Add(filing, now)
	if d := e.Add(entry, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the entry under the filed name: %s %s (reasons %+v), want a merge into %s", d.Action, d.IncidentID, d.Reasons, first.IncidentID)
	}
}

// queuedWith reports whether d sent its report to review with incident id
// as the best candidate.
func queuedWith(d Decision, id string) bool {
	return d.Action == ActionReview && len(d.Candidates) > 0 && d.Candidates[0].IncidentID == id
}

// TestPressFollowUpWeeksLater: the press follows one attack on a health
// organisation for weeks; a follow-up five weeks on joins it.
func TestPressFollowUpWeeksLater(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("a-1", "Ascension hospitals divert ambulances after cyberattack",
		"Ascension said it detected unusual activity on its network and some hospitals diverted ambulances.",
		"2024-05-09", "Ascension", "US", cit.AttackRansomware), now)
	d := e.Add(classified("a-3", "Ascension says ransomware attack began when employee downloaded malicious file",
		"The health system said attackers stole files from seven of its servers.",
		"2024-06-13", "Ascension", "US", cit.AttackRansomware), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a follow-up five weeks on: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	// told without the kind of attack, a follow-up still joins; a report of
	// a further attack does not
	e = NewEngine(Options{})
	first = e.Add(classified("m-1", "Medibank detects cyber incident", "Medibank said it detected unusual activity on its network.",
		"2022-10-13", "Medibank", "AU", cit.AttackUnknown), now)
	d = e.Add(classified("m-2", "Medibank says hackers accessed data of all customers", "The insurer said the hacker accessed health claims data.",
		"2022-11-20", "Medibank", "AU", cit.AttackDataBreach), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a follow-up five weeks on, no attack type shared: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(classified("m-1", "Medibank detects cyber incident", "Medibank said it detected unusual activity on its network.",
		"2022-10-13", "Medibank", "AU", cit.AttackUnknown), now)
	if d := e.Add(classified("m-3", "Medibank hit by a second cyberattack", "The insurer said a new intrusion was found in another system.",
		"2022-11-20", "Medibank", "AU", cit.AttackUnknown), now); d.Action == ActionMerge {
		t.Errorf("a second attack five weeks on: merged (reasons %+v)", d.Reasons)
	}
	// the third week counts as the fifth does (it once weighed less: only
	// a close date), and a German report of a second attack stays apart
	e = NewEngine(Options{})
	first = e.Add(classified("m-1", "Medibank detects cyber incident", "Medibank said it detected unusual activity on its network.",
		"2022-10-13", "Medibank", "AU", cit.AttackUnknown), now)
	d = e.Add(classified("m-4", "Medibank says hackers accessed data of all customers", "The insurer said the hacker accessed health claims data.",
		"2022-11-03", "Medibank", "AU", cit.AttackDataBreach), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a follow-up three weeks on: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(classified("k-1", "Hackerangriff auf das Klinikum Ludwigshafen", "Das Klinikum hat seine Server vom Netz genommen.",
		"2024-05-02", "Klinikum Ludwigshafen", "DE", cit.AttackUnknown), now)
	if d := e.Add(classified("k-2", "Zweiter Cyberangriff binnen drei Wochen auf das Klinikum Ludwigshafen",
		"Erneut wurde das Klinikum von Hackern getroffen.", "2024-05-21", "Klinikum Ludwigshafen", "DE", cit.AttackUnknown), now); d.Action == ActionMerge {
		t.Errorf("a second attack told in German three weeks on: merged (reasons %+v)", d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(classified("f-1", "Klinikum Fürth nach Cyberangriff vom Netz", "Das Klinikum Fürth hat nach einem Emotet-Befall alle Systeme vom Netz genommen.",
		"2019-12-13", "Klinikum Fürth", "DE", cit.AttackMalware), now)
	if d := e.Add(classified("f-2", "Klinikum Fürth getroffen: Notaufnahme nach IT-Angriff abgemeldet",
		"Knapp fünf Jahre nach dem Emotet-Befall vom Dezember 2019 ist das Klinikum Fürth wieder Ziel eines Cyberangriffs geworden.",
		"2024-10-08", "Klinikum Fürth", "DE", cit.AttackUnknown), now); d.Action == ActionMerge {
		t.Errorf("a further attack that names the first one's month: merged (reasons %+v)", d.Reasons)
	}
	// round 21: "Erneut Hacker-Angriff", "que ya sufrió un ransomware en 2022"
	for _, c := range []struct{ title, text, lang string }{
		{"Erneut Hacker-Angriff auf das Klinikum Fürth", "Anders als im Dezember 2019 wurde die Verschlüsselung diesmal früh gestoppt.", "de"},
		{"Roban datos de pacientes del Klinikum Fürth, que ya sufrió un ataque en 2019", "En diciembre de 2019 un ataque dejó el hospital sin sistemas.", "es"},
	} {
		e = NewEngine(Options{})
		e.Add(classified("f-1", "Klinikum Fürth nach Cyberangriff vom Netz", "Das Klinikum Fürth hat nach einem Emotet-Befall im Dezember 2019 alle Systeme vom Netz genommen.",
			"2019-12-13", "Klinikum Fürth", "DE", cit.AttackMalware), now)
		if d := e.Add(classified("f-3", c.title, c.text, "2024-06-12", "Klinikum Fürth", "DE", cit.AttackUnknown), now); d.Action == ActionMerge {
			t.Errorf("a further attack (%s) naming the first one's month: merged (reasons %+v)", c.lang, d.Reasons)
		}
	}
}

// TestLeakPostOfShortNameClaimsReportedAttack: a gang lists the hospital
// the press reported attacked under a shorter name; the post joins it.
func TestLeakPostOfShortNameClaimsReportedAttack(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("p-1", "Lurie Children's Hospital in Chicago takes systems offline after cyberattack",
		"The hospital took its network offline after a cybersecurity matter.", "2024-02-02", "Lurie Children's Hospital", "US",
		cit.AttackUnknown), now)
	post := cit.Classified{Candidate: cit.Candidate{ID: "l-1", Source: "ransomwatch", Title: "Lurie Children's listed on the rhysida ransomware leak site",
		Published: "2024-02-29", Fields: map[string]string{cit.FieldVictim: "Lurie Children's", cit.FieldThreatActor: "rhysida",
			cit.FieldClaimStatus: cit.ClaimClaimed}}}
	if d := e.Add(post, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the gang's post of a short name 27 days on: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	// a second post of one name carries a number: "Lehigh Valley Health Network 2"
	e = NewEngine(Options{})
	first = e.Add(classified("p-2", "Lehigh Valley Health Network says BlackCat ransomware gang breached its systems",
		"The ransomware gang stole patient images.", "2023-02-07", "Lehigh Valley Health Network", "US", cit.AttackRansomware), now)
	post = cit.Classified{Candidate: cit.Candidate{ID: "l-2", Source: "ransomwatch", Title: "Lehigh Valley Health Network 2 listed on the alphv ransomware leak site",
		Published: "2023-03-14", Fields: map[string]string{cit.FieldVictim: "Lehigh Valley Health Network 2", cit.FieldThreatActor: "alphv",
			cit.FieldClaimStatus: cit.ClaimClaimed}}}
	if d := e.Add(post, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the gang's second post of the name 35 days on: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
}

// TestPressFollowUpsOfOneAttack: the press's follow-ups of one attack name
// the victim by a shorter name, an abbreviation or its town; each joins the
// attack's incident within the fortnight, and the same shape between two
// countries or two kinds of attack does not.
func TestPressFollowUpsOfOneAttack(t *testing.T) {
	t.Parallel()
	waikato := classified("w-1", "Waikato District Health Board hit by ransomware", "Hospitals of the Waikato District Health Board lost their IT systems.",
		"2021-05-19", "Waikato District Health Board", "NZ", cit.AttackRansomware)
	waikatoDHB := func(country string) cit.Classified {
		return classified("w-2", "Waikato DHB patient data sent to media", "Hackers sent Waikato DHB patient files to reporters.",
			"2021-05-25", "Waikato DHB", country, cit.AttackRansomware)
	}
	tests := []struct {
		name        string
		first, then cit.Classified
		wantMerge   bool
		wantRule    string
	}{{
		name:      "abbreviation keeping the name's word",
		first:     waikato,
		then:      waikatoDHB("NZ"),
		wantMerge: true, wantRule: "abbreviation_attacked_same_fortnight",
	}, {
		name:  "abbreviation in another country",
		first: waikato,
		then:  waikatoDHB("AU"),
	}, {
		// (round 20: a town's possessive also keys the name after it, so
		// "Hadera's Hillel Yaffe hospital" is "Hillel Yaffe hospital")
		name: "a town's possessive name and the name alone, placed nowhere",
		first: classified("h-1", "Hadera's Hillel Yaffe hospital hit by ransomware attack", "The Hillel Yaffe Medical Center in Hadera switched to paper after ransomware.",
			"2021-10-13", "Hadera's Hillel Yaffe hospital", "IL", cit.AttackRansomware),
		then: classified("h-2", "Hillel Yaffe still recovering a week after cyberattack", "Staff at Hillel Yaffe still work on paper a week after the ransomware attack.",
			"2021-10-20", "Hillel Yaffe", "", cit.AttackRansomware),
		wantMerge: true, wantRule: "same_name_but_type_words",
	}, {
		name: "contained name in a report placed nowhere",
		first: classified("h-3", "Hillel Yaffe Medical Center of Hadera hit by ransomware attack", "The Hillel Yaffe Medical Center in Hadera switched to paper after ransomware.",
			"2021-10-13", "Hillel Yaffe Medical Center of Hadera", "IL", cit.AttackRansomware),
		then: classified("h-4", "Hillel Yaffe still recovering a week after cyberattack", "Staff at Hillel Yaffe still work on paper a week after the ransomware attack.",
			"2021-10-20", "Hillel Yaffe", "", cit.AttackRansomware),
		wantMerge: true, wantRule: "contained_name_attacked_same_fortnight",
	}, {
		name: "a town of one short word",
		first: classified("d-1", "L'hôpital de Dax victime d'une cyberattaque", "Les systèmes de l'hôpital de Dax sont paralysés par un rançongiciel.",
			"2021-02-10", "hôpital de Dax", "FR", cit.AttackRansomware),
		then: classified("d-2", "Ransomware forces hospital to transfer patients", "A hospital in Dax had to transfer radiotherapy patients after a ransomware attack.",
			"2021-02-12", "", "FR", cit.AttackRansomware),
		wantRule: "unnamed_victim_in_its_town",
	}}
	for _, tt := range tests {
		e := NewEngine(Options{})
		first := e.Add(tt.first, now)
		d := e.Add(tt.then, now)
		merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID
		hasRule := tt.wantRule == "" || slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == tt.wantRule }) ||
			(len(d.Candidates) > 0 && slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == tt.wantRule }))
		if merged != tt.wantMerge || !hasRule {
			t.Errorf("%s: %s (reasons %+v), want merged=%v with %q", tt.name, d.Action, d.Reasons, tt.wantMerge, tt.wantRule)
		}
	}
}

// TestLeakPostClaimsReportedAttackOnSupplier: a gang's post of a health
// supplier the press reported attacked days before joins that report, which
// the classifier need not have accepted as an attack on a health organisation.
func TestLeakPostClaimsReportedAttackOnSupplier(t *testing.T) {
	t.Parallel()
	press := cit.Classified{Candidate: cit.Candidate{ID: "p-1", Source: "bleepingcomputer", Title: "Henry Schein takes systems offline after cyberattack",
		Text: "Henry Schein, a distributor of dental and medical supplies, took some systems offline after a cyberattack.", Published: "2023-10-16"},
		Classification: &cit.Classification{Score: 0.3, Verdict: cit.VerdictReject, Victim: "Henry Schein"}}
	post := cit.Classified{Candidate: cit.Candidate{ID: "l-1", Source: "ransomwatch", Title: "Henry Schein listed on the alphv ransomware leak site",
		Published: "2023-10-26", Fields: map[string]string{cit.FieldVictim: "Henry Schein", cit.FieldThreatActor: "alphv",
			cit.FieldClaimStatus: cit.ClaimClaimed}}}
	e := NewEngine(Options{})
	first := e.Add(press, now)
	if d := e.Add(post, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the gang's post ten days after the press's report: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	press.Text = "Henry Schein, a distributor of dental and medical supplies, reported record quarterly sales."
	press.Title = "Henry Schein beats estimates"
	first = e.Add(press, now)
	if d := e.Add(post, now); d.Action == ActionMerge {
		t.Errorf("the gang's post after business news: merged (reasons %+v), want no merge", d.Reasons)
	}
}

// TestSettlementNamesAttackMonth: a settlement years after a regulator's
// filing that names the attack's month, months before the filing, joins
// the filing's incident; one that names another month does not.
func TestSettlementNamesAttackMonth(t *testing.T) {
	t.Parallel()
	filing := cit.Classified{Candidate: cit.Candidate{ID: "h-1", Source: "hhs_ocr_breach_portal", Published: "2021-05-28",
		Title: "Lafourche Medical Group reports hacking/IT incident affecting 34,862 individuals",
		Text:  "Lafourche Medical Group, a healthcare provider in LA, reported a hacking/IT incident to the US HHS Office for Civil Rights on 2021-05-28 affecting 34,862 individuals. Location of breached information: Email.",
		Fields: map[string]string{cit.FieldVictim: "Lafourche Medical Group", cit.FieldBreachType: "Hacking/IT Incident",
			cit.FieldCountry: "US", cit.FieldRecords: "34862", cit.FieldClaimStatus: cit.ClaimConfirmed}},
		Classification: &cit.Classification{IsHealthCyberattack: true, Score: 0.99, Verdict: cit.VerdictAccept, Victim: "Lafourche Medical Group"}}
	settlement := func(month string) cit.Classified {
		return classified("p-1", "OCR settles first phishing case with Louisiana medical group",
			"Lafourche Medical Group will pay $480,000 after a "+month+" phishing attack in which a hacker gained access to an email account holding the health information of nearly 35,000 patients.",
			"2023-12-08", "Lafourche Medical Group", "US", cit.AttackAccountCompromise)
	}
	for _, tt := range []struct {
		month     string
		wantMerge bool
	}{{"March 2021", true}, {"March 2019", false}} {
		e := NewEngine(Options{})
		first := e.Add(filing, now)
		d := e.Add(settlement(tt.month), now)
		if merged := d.Action == ActionMerge && d.IncidentID == first.IncidentID; merged != tt.wantMerge {
			t.Errorf("a settlement naming %s: %s (reasons %+v), want merged=%v", tt.month, d.Action, d.Reasons, tt.wantMerge)
		}
	}
}

// TestCountRevisedUpwards: a later report that revises the count upwards
// ("now notifying a total of 6,423") is no conflicting count; the same
// larger count stated as a plain fact still is.
func TestCountRevisedUpwards(t *testing.T) {
	t.Parallel()
	first := classified("p-1", "Western Reserve Pediatrics",
		"Western Reserve Pediatrics learned that an employee's email account was accessed by an unauthorized person after a phishing email on July 9. The mailbox held data of about 1,900 children.",
		"2018-09-14", "Western Reserve Pediatrics", "US", cit.AttackAccountCompromise)
	update := classified("p-2", "Western Reserve Pediatrics, Inc.",
		"Western Reserve Pediatrics has found that the July phishing attack reached four more staff email accounts. The practice is now notifying a total of 6,423 patients' families.",
		"2018-11-09", "Western Reserve Pediatrics, Inc.", "US", cit.AttackAccountCompromise)
	plain := classified("p-3", "Western Reserve Pediatrics, Inc.",
		"Western Reserve Pediatrics says a phishing attack in July reached staff email accounts holding data of 6,423 patients' families.",
		"2018-11-09", "Western Reserve Pediatrics, Inc.", "US", cit.AttackAccountCompromise)
	small, large := int64(1900), int64(6423)
	first.Classification.RecordsAffected = &small
	update.Classification.RecordsAffected, plain.Classification.RecordsAffected = &large, &large
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	d2 := e.Add(update, now)
	if d2.Action != ActionMerge || d2.IncidentID != d1.IncidentID || !hasReason(d2.Reasons, "count_revised_upwards") {
		t.Errorf("a count revised upwards: action %q (reasons %+v), want a merge", d2.Action, d2.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(first, now)
	if d := e.Add(plain, now); hasReason(d.Reasons, "count_revised_upwards") || !hasReason(d.Reasons, "records_differ") {
		t.Errorf("a larger count stated plainly: reasons %+v, want records_differ", d.Reasons)
	}
}

// hasReason reports whether a decision's reasons hold the rule.
func hasReason(reasons []cit.Reason, rule string) bool {
	return slices.ContainsFunc(reasons, func(r cit.Reason) bool { return r.Rule == rule })
}

// TestSimilarNamesAttackedSameFortnight: names that differ by a spelling,
// both accepted health cyberattacks in one country within two weeks, are
// one hospital's; a month apart they go to an analyst.
func TestSimilarNamesAttackedSameFortnight(t *testing.T) {
	t.Parallel()
	first := classified("d-1", "Uniklinik Düsseldorf: IT-Ausfall legt Notaufnahme lahm",
		"Die Uniklinik Düsseldorf hat sich von der Notfallversorgung abgemeldet.", "2020-09-11", "Uniklinik Düsseldorf", "DE", cit.AttackRansomware)
	for _, tt := range []struct {
		date string
		want string
	}{
		{"2020-09-17", ActionMerge},
		{"2020-10-20", ActionReview},
	} {
		e := NewEngine(Options{})
		d1 := e.Add(first, now)
		d := e.Add(classified("d-2", "Woman dies after ransomware attack forces German hospital to divert her",
			"A ransomware attack on Duesseldorf University Hospital forced ambulances elsewhere.", tt.date,
			"Duesseldorf University Hospital", "DE", cit.AttackRansomware), now)
		if d.Action != tt.want || (tt.want == ActionMerge && d.IncidentID != d1.IncidentID) {
			t.Errorf("%s: action %q (reasons %+v), want %q", tt.date, d.Action, d.Reasons, tt.want)
		}
	}
}

// TestRegistryNameForms: the two registries write one organisation's name
// in different forms: a bracketed abbreviation, perhaps with a kind word
// ("(UW Medicine)", "(OSU-CHS)"), a second name ("Dominion National
// (Dominion Dental Services)"), or a town and state in brackets after it.
// One breach filed by both, days apart with one count, is one incident.
func TestRegistryNameForms(t *testing.T) {
	t.Parallel()
	entry := func(id, source, published, name, records string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: source, Published: published, Title: name,
			Text:   "Hackers gained access to employee email accounts holding patient information.",
			Fields: map[string]string{cit.FieldVictim: name, cit.FieldRecords: records, cit.FieldCountry: "US"}}}
	}
	for _, tt := range []struct{ prc, hhs string }{
		{"University of Washington Medicine (UW Medicine)", "University of Washington Medicine"},
		{"Oklahoma State University Center for Health Sciences (OSU-CHS)", "Oklahoma State University Center for Health Sciences"},
		{"Coplin Health Systems (Parkersburg, WV)", "Coplin Health Systems, Inc."},
		{"Saint Clement Hospital (Ohio)", "Saint Clement Hospital"},
		{"Marshall County Medical Center (Madill, Oklahoma)", "Marshall County Medical Center"},
		{"Whitcomb Family Dentistry", "Alan S. Whitcomb, D.D.S., P.C."}, // a practice and its practitioner
		{"Washington State Health Care Authority", "Washington State Health Care Authority (HCA)"},
		// a registry's second name in brackets; a national arm's "USA"
		{"Dominion National (Dominion Dental Services)", "Dominion Dental Services USA, Inc."},
		{"Envision Healthcare (EmCare)", "EmCare, Inc."},              // one word with an inner capital
		{"Pediatrix Medical Group (MEDNAX)", "MEDNAX Services, Inc."}, // the alias with a kind word more
		// round 22: a town and a state after commas; a vendor after the legal form; a parent in a comma list
		{"St. Francis Hospital, Columbus, Georgia", "St. Francis Hospital, Inc."},
		{"Concentra Health Services, Springfield, Missouri", "Concentra Health Services"},
		{"Health Net Inc., IBM", "Health Net, Inc."},
		{"Sutter Medical Foundation, Sutter Health", "Sutter Medical Foundation"},
	} {
		e := NewEngine(Options{})
		first := e.Add(entry("h", "hhs_ocr_breach_portal", "2019-02-20", tt.hhs, "43000"), now)
		if d := e.Add(entry("p", "privacyrights_prc", "2019-02-27", tt.prc, "43000"), now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%q after %q: %s (candidates %+v), want merge", tt.prc, tt.hhs, d.Action, d.Candidates)
		}
	}
	// both sides define one abbreviation for names of one first word
	{
		e := NewEngine(Options{})
		leak := cit.Classified{Candidate: cit.Candidate{ID: "l", Source: "ransomwatch", Published: "2024-02-05",
			Title: "Vail-Summit Orthopaedics & Neurosurgery (VSON) listed on the alphv ransomware leak site",
			Fields: map[string]string{cit.FieldClaimStatus: cit.ClaimClaimed, cit.FieldThreatActor: "alphv",
				cit.FieldVictim: "Vail-Summit Orthopaedics & Neurosurgery (VSON)"}}}
		first := e.Add(leak, now)
		filing := entry("h", "hhs_ocr_breach_portal", "2024-03-04", "Vail Summit Orthopaedics, LLC (“VSON”)", "27000")
		filing.Fields[cit.FieldBreachType] = "Hacking/IT Incident"
		if d := e.Add(filing, now); d.IncidentID != first.IncidentID || d.Action == ActionNew {
			t.Errorf("one abbreviation defined by both: %s %s (candidates %+v), want it linked to %s", d.Action, d.IncidentID, d.Candidates, first.IncidentID)
		}
	}
	// a filer and its subsidiary: both names are looked up
	{
		e := NewEngine(Options{})
		first := e.Add(entry("p", "privacyrights_prc", "2023-10-20", "Singing River Health System", "252890"), now)
		if d := e.Add(entry("h", "hhs_ocr_breach_portal", "2023-10-18",
			"Singing River Health System and its wholly owned subsidiary, Singing River Gulfport", "252890"), now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("a filer and its subsidiary: %s (candidates %+v), want merge", d.Action, d.Candidates)
		}
	}
	// a filer on behalf of the organisation breached: both names are looked up
	e := NewEngine(Options{})
	first := e.Add(entry("h", "hhs_ocr_breach_portal", "2019-03-08",
		"The Curators of the University of Missouri on behalf of University of Missouri Health Care", "14400"), now)
	if d := e.Add(entry("p", "privacyrights_prc", "2019-03-15", "University of Missouri Health Care", "14400"), now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the organisation a filer filed for: %s (candidates %+v), want merge", d.Action, d.Candidates)
	}
}

// TestFurtherAttackNamesTheEarlierOnesMonth: a report of a new attack that
// recalls the earlier one ("months after a major ransomware incident
// crippled the hospital's servers in November") is not a follow-up of it.
func TestFurtherAttackNamesTheEarlierOnesMonth(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("p-1", "Ransomware attack cripples AIIMS Delhi servers", "The All India Institute of Medical Sciences (AIIMS) in New Delhi said ransomware hit its servers on November 23, 2022.",
		"2022-11-24", "All India Institute of Medical Sciences (AIIMS)", "IN", cit.AttackRansomware), now)
	d := e.Add(classified("p-2", "AIIMS Delhi detects malware attack on its systems",
		"The All India Institute of Medical Sciences (AIIMS) said it had detected a malware attack. The attack came months after a major ransomware incident crippled the hospital's servers in November 2022.",
		"2023-06-06", "All India Institute of Medical Sciences (AIIMS)", "IN", cit.AttackRansomware), now)
	if d.Action == ActionMerge && d.IncidentID == first.IncidentID {
		t.Errorf("a further attack merged into the earlier one it recalls (reasons %+v)", d.Reasons)
	}
}

// TestRound19RegistryForms: a registry's bracketed list of members after a
// parent's name ("Lifespan (Rhode Island Hospital, The Miriam Hospital)")
// names the parent; a five-word run abbreviated ("Montana DPHHS") is the
// name's abbreviation; an outsider who "gained access to its internal
// network" is a hack; a hacking filing months after the press may state a
// larger count than the first reports.
func TestRound19RegistryForms(t *testing.T) {
	t.Parallel()
	if got := abbreviatedForms("montana department public health human services"); !slices.Contains(got, "montana dphhs") {
		t.Errorf("abbreviatedForms = %q, want one of them \"montana dphhs\"", got)
	}
	if !modesOf("reported that an unauthorized third party gained access to its internal network and uploaded files").hacked() {
		t.Error("an outsider's access to the internal network is no hack")
	}
	prc := cit.Classified{Candidate: cit.Candidate{ID: "prc-1", Source: "privacyrights_prc", Published: "2017-03-31",
		Title: "Lifespan (Rhode Island Hospital, The Miriam Hospital)",
		Text:  "A laptop belonging to a Lifespan employee was stolen from the employee's car in February. It held patient names and medication details in emails."}}
	hhs := cit.Classified{Candidate: cit.Candidate{ID: "hhs-1", Source: "hhs_ocr_breach_portal", Published: "2017-04-21",
		Title: "Lifespan Corporation",
		Text:  "The covered entity (CE), Lifespan Corporation, reported that an unencrypted laptop computer was stolen from a workforce member's vehicle on February 25, 2017."}}
	e := NewEngine(Options{})
	first := e.Add(prc, now)
	// Since round 29 the registries' rows of other names go to an analyst
	// (registryRowsApart): the entry is the filing's first candidate.
	if d := e.Add(hhs, now); !queuedWith(d, first.IncidentID) {
		t.Errorf("Lifespan's filing: action %q (candidates %+v), want review with the chronology's entry first", d.Action, d.Candidates)
	}

	press := classified("p-1", "DaVita says ransomware encrypted parts of its network",
		"Kidney dialysis provider DaVita said a ransomware attack encrypted parts of its network; about 200,000 patients may be affected.",
		"2025-04-14", "DaVita", "US", cit.AttackRansomware)
	pressRecords := int64(200000)
	press.Classification.RecordsAffected = &pressRecords
	filing := cit.Classified{Candidate: cit.Candidate{ID: "h-2", Source: "hhs_ocr_breach_portal", Published: "2025-08-21",
		Title: "DaVita Inc. reports a hacking/it incident affecting 2688826 individuals",
		Fields: map[string]string{cit.FieldVictim: "DaVita Inc.", cit.FieldBreachType: "Hacking/IT Incident",
			cit.FieldRecords: "2688826", cit.FieldCountry: "US", cit.FieldClaimStatus: cit.ClaimConfirmed}}}
	e = NewEngine(Options{})
	first = e.Add(press, now)
	d := e.Add(filing, now)
	if d.IncidentID != first.IncidentID || !hasReason(d.Reasons, "filing_count_grown") {
		t.Errorf("DaVita's filing four months on with the final count: action %q (reasons %+v), want merged with filing_count_grown", d.Action, d.Reasons)
	}
}

// TestRound19EarlierAttackToldInPassing: a report of a new attack that
// says the organisation "had already suffered" an earlier one, naming its
// month, stays apart from that earlier incident; a DDoS on a hospital once
// hit by ransomware is another attack.
func TestRound19EarlierAttackToldInPassing(t *testing.T) {
	t.Parallel()
	first := classified("p-1", "Vivalia victime d'une cyberattaque par rançongiciel",
		"L'intercommunale Vivalia a été frappée par un rançongiciel le 20 novembre 2022; les consultations sont reportées.",
		"2022-11-22", "Vivalia", "BE", cit.AttackRansomware)
	later := classified("p-2", "Des comptes mail de Vivalia piratés : de faux messages envoyés à des patients",
		"Plusieurs comptes de messagerie du personnel de Vivalia ont été piratés après une campagne d'hameçonnage. Vivalia avait déjà subi une importante cyberattaque par rançongiciel en novembre 2022.",
		"2023-09-08", "Vivalia", "BE", cit.AttackAccountCompromise)
	e := NewEngine(Options{})
	a := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID == a.IncidentID {
		t.Errorf("a phishing report that mentions the earlier ransomware attack: merged (reasons %+v)", d.Reasons)
	}
	ransom := classified("p-3", "LockBit hits University Hospital Centre Zagreb", "LockBit encrypted the hospital's systems.",
		"2024-06-28", "University Hospital Centre Zagreb", "HR", cit.AttackRansomware)
	ddos := classified("p-4", "Zagreb hospital websites down for hours in hacktivist DDoS campaign",
		"Hacktivists took down the websites of University Hospital Centre Zagreb.", "2024-07-20",
		"University Hospital Centre Zagreb", "HR", cit.AttackDDoS)
	e = NewEngine(Options{})
	a = e.Add(ransom, now)
	d := e.Add(ddos, now)
	if d.IncidentID == a.IncidentID {
		t.Errorf("a DDoS weeks after a ransomware attack: merged (reasons %+v), want another incident", d.Reasons)
	}
	for _, m := range d.Candidates {
		if m.IncidentID == a.IncidentID && !hasReason(m.Reasons, "ddos_vs_intrusion") {
			t.Errorf("the ransomware incident as a candidate: reasons %+v, want ddos_vs_intrusion", m.Reasons)
		}
	}
}

// TestFollowUpNamesAttackYear: a report months later that names the year
// of its attack ("the 2019 cyberattack") joins the health cyberattack of
// that name first reported that year; a year named as another attack's
// ("separate from the 2023 ransomware attack"), a further attack told in
// French ("de nouveau visé") or another year do not.
func TestFollowUpNamesAttackYear(t *testing.T) {
	t.Parallel()
	first := classified("l-1", "LifeLabs says hackers accessed data of up to 15 million customers",
		"The Canadian laboratory company LifeLabs said it paid a ransom after a cyberattack on its systems.", "2019-12-17", "LifeLabs", "CA", cit.AttackDataBreach)
	for _, tt := range []struct {
		name, title, text, date string
		want                    bool
	}{
		{"the year of the attack, six months on", "Privacy commissioners release findings on LifeLabs",
			"Investigators found LifeLabs failed to protect personal information compromised in the 2019 cyberattack.", "2020-06-25", true},
		{"another year", "LifeLabs reports breach of patient portal",
			"LifeLabs said an intruder used stolen passwords in a 2021 incident affecting the patient portal.", "2021-08-02", false},
		{"another attack's year", "LifeLabs says staff email accounts compromised in phishing attack",
			"LifeLabs said the incident was separate from the 2019 cyberattack on its systems.", "2020-09-10", false},
	} {
		e := NewEngine(Options{})
		inc := e.Add(first, now)
		d := e.Add(classified("l-x", tt.title, tt.text, tt.date, "LifeLabs", "CA", cit.AttackDataBreach), now)
		if got := d.Action == ActionMerge && d.IncidentID == inc.IncidentID; got != tt.want {
			t.Errorf("%s: action %s (reasons %+v), want merged=%v", tt.name, d.Action, d.Reasons, tt.want)
		}
	}
	e := NewEngine(Options{})
	inc := e.Add(classified("a-1", "Arles : l'hôpital Joseph-Imbert victime d'une cyberattaque", "Le centre hospitalier d'Arles a été visé par un rançongiciel.",
		"2021-08-30", "centre hospitalier Joseph-Imbert", "FR", cit.AttackRansomware), now)
	if d := e.Add(classified("a-2", "Arles : trois ans après le rançongiciel de 2021, l'hôpital de nouveau visé par des pirates",
		"Des données de patients du centre hospitalier Joseph-Imbert sont proposées à la vente.", "2021-09-20", "centre hospitalier Joseph-Imbert", "FR", cit.AttackDataBreach), now); d.IncidentID == inc.IncidentID && d.Action == ActionMerge {
		t.Errorf("a further attack told with 'de nouveau visé': merged (reasons %+v)", d.Reasons)
	}
}

// TestSharedLeadingWords: a hospital and its owner named by the same first
// words ("Smoky Hill Surgical Hospital", "Smoky Hill Health Partners")
// join when the count agrees; two hospitals of one system named after
// saints ("Providence St. Vincent …", "Providence St. Peter …") do not,
// nor the same names with nothing to corroborate them.
func TestSharedLeadingWords(t *testing.T) {
	t.Parallel()
	withCount := func(c cit.Classified, n int64) cit.Classified {
		c.Classification.RecordsAffected = &n
		return c
	}
	e := NewEngine(Options{})
	first := e.Add(withCount(classified("s-1", "Smoky Hill Surgical Hospital reports a hacking/it incident affecting 14,077 individuals", "",
		"2018-05-25", "Smoky Hill Surgical Hospital, LLC", "US", cit.AttackAccountCompromise), 14077), now)
	d := e.Add(withCount(classified("s-2", "Smoky Hill Health Partners", "An employee of a surgical hospital owned by Smoky Hill Health Partners responded to a phishing email. 14,077 patients were notified.",
		"2018-06-08", "Smoky Hill Health Partners", "US", cit.AttackAccountCompromise), 14077), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("the same first words and count: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	first = e.Add(classified("s-3", "Smoky Hill Surgical Hospital reports a hacking/it incident", "", "2018-05-25", "Smoky Hill Surgical Hospital, LLC", "US", cit.AttackAccountCompromise), now)
	if d := e.Add(classified("s-4", "Smoky Hill Health Partners", "An employee responded to a phishing email.", "2018-06-08", "Smoky Hill Health Partners", "US", cit.AttackAccountCompromise), now); d.Action == ActionMerge {
		t.Errorf("the same first words, nothing to corroborate: merged (reasons %+v)", d.Reasons)
	}
	e = NewEngine(Options{})
	first = e.Add(withCount(classified("p-1", "Providence St. Vincent Medical Center", "Hackers accessed an employee's email account.", "2016-02-01", "Providence St. Vincent Medical Center", "US", cit.AttackAccountCompromise), 5000), now)
	if d := e.Add(withCount(classified("p-2", "Providence St. Peter Hospital", "Hackers accessed an employee's email account.", "2016-02-10", "Providence St. Peter Hospital", "US", cit.AttackAccountCompromise), 5000), now); d.IncidentID == first.IncidentID && d.Action == ActionMerge {
		t.Errorf("two saints' hospitals of one system: merged (reasons %+v)", d.Reasons)
	}
}

// TestTownPossessiveName: "Newburyport's Anna Jaques" is Anna Jaques
// Hospital's report; "Barcelona's Hospital Clinic" keeps its town.
func TestTownPossessiveName(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("a-1", "Newburyport's Anna Jaques hit by cyberattack", "The hospital's systems were taken offline on Christmas Day.",
		"2023-12-26", "Newburyport's Anna Jaques", "US", cit.AttackRansomware), now)
	if d := e.Add(classified("a-2", "Anna Jaques Hospital confirms ransomware attack", "The Massachusetts hospital said patient data may have been taken.",
		"2024-01-02", "Anna Jaques Hospital", "US", cit.AttackRansomware), now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("a town's possessive before the name: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	if _, ok := townPossessive("Barcelona's Hospital Clinic", nil); ok {
		t.Error("Barcelona's Hospital Clinic: the rest is no distinctive name")
	}
}

// TestOutageThenAttackConfirmed: a hospital's IT outage reported first,
// the classifier not yet reading an attack, then the attack confirmed days
// later: one event. An outage two months before an attack is another.
func TestOutageThenAttackConfirmed(t *testing.T) {
	t.Parallel()
	outage := func(date string) cit.Classified {
		c := classified("o-1", "CHU de Rouen : une panne informatique géante perturbe l'hôpital",
			"Les urgences fonctionnent en mode dégradé.", date, "CHU de Rouen", "FR", "")
		c.Classification.IsHealthCyberattack, c.Classification.Verdict, c.Classification.Score = false, cit.VerdictReject, 0.06
		c.Classification.CareDisruption = []string{"ehr_downtime"}
		return c
	}
	attack := classified("a-1", "Le CHU de Rouen victime d'une cyberattaque", "Un rançongiciel a paralysé les ordinateurs.",
		"2019-11-18", "CHU de Rouen", "FR", cit.AttackRansomware)
	e := NewEngine(Options{})
	first := e.Add(outage("2019-11-16"), now)
	if d := e.Add(attack, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("attack confirmed two days after the outage: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	e.Add(outage("2019-09-10"), now)
	if d := e.Add(attack, now); d.Action == ActionMerge {
		t.Errorf("an outage two months before the attack: merged (reasons %+v)", d.Reasons)
	}
}

// TestGroupMembersOfOneAttack: a group's shared systems go down and each
// member hospital is reported on its own, each report naming the group; the
// group's own report joins them. A member of another group in the same
// fortnight stays apart, and so does a member of the same group months
// later.
func TestGroupMembersOfOneAttack(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("g-1", "CHI Memorial diverting ambulances, rescheduling surgeries after IT security incident",
		"CHI Memorial hospitals in Chattanooga are diverting some ambulances after an IT security incident took electronic health records offline. CHI Memorial's parent, CommonSpirit Health, said it is investigating.",
		"2022-10-04", "CHI Memorial", "US", cit.AttackUnknown), now)
	d := e.Add(classified("g-2", "Virginia Mason Franciscan Health patients report delays as computer systems stay offline",
		"Patients of Virginia Mason Franciscan Health say appointments have been delayed, as the health system deals with what parent company CommonSpirit Health calls an IT security incident.",
		"2022-10-05", "Virginia Mason Franciscan Health", "US", cit.AttackUnknown), now)
	if d.Action == ActionNew || d.Candidates[0].IncidentID != first.IncidentID ||
		!slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "same_group" }) {
		t.Errorf("a second member of the group in one fortnight: %s (reasons %+v), want review or merge beside %s", d.Action, d.Reasons, first.IncidentID)
	}
	g := e.Add(classified("g-3", "CommonSpirit confirms ransomware behind outage at its hospitals",
		"CommonSpirit Health confirmed that a ransomware attack was behind the IT outage at its facilities.",
		"2022-10-13", "CommonSpirit", "US", cit.AttackRansomware), now)
	if g.Action == ActionNew || g.Candidates[0].IncidentID != first.IncidentID ||
		!slices.ContainsFunc(g.Reasons, func(r cit.Reason) bool { return r.Rule == "group_attacked_same_fortnight" }) {
		t.Errorf("the group's own report: %s (reasons %+v), want review or merge beside %s", g.Action, g.Reasons, first.IncidentID)
	}
	other := e.Add(classified("g-4", "Lakeside Regional Hospital hit by cyberattack",
		"Lakeside Regional Hospital, part of Summit Care Partners, has taken its systems offline after a cyberattack.",
		"2022-10-06", "Lakeside Regional Hospital", "US", cit.AttackRansomware), now)
	if other.Action != ActionNew {
		t.Errorf("another group's hospital in the same fortnight: %s (reasons %+v), want a new incident", other.Action, other.Reasons)
	}
	later := e.Add(classified("g-5", "CHI St. Vincent reports ransomware attack",
		"CHI St. Vincent, part of CommonSpirit Health, said a ransomware attack disrupted its clinics.",
		"2023-06-20", "CHI St. Vincent", "US", cit.AttackRansomware), now)
	if later.Action == ActionMerge {
		t.Errorf("a member of the group attacked months later: merged (reasons %+v), want apart", later.Reasons)
	}
}

// TestParentsNamed reads the group a text says its victim belongs to, in
// the languages the classifier reads, and not a public umbrella or a place.
func TestParentsNamed(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ text, want string }{
		{"CHI Memorial's parent, CommonSpirit Health, said it is investigating.", "CommonSpirit Health"},
		{"St. Mary's Medical Center, owned by Tenet Healthcare, diverted ambulances.", "Tenet Healthcare"},
		{"The Tenet-owned hospitals switched to paper.", "Tenet"},
		{"L'hôpital privé, qui appartient au groupe Elsan, a été visé.", "Elsan"},
		{"Das Franziskus Hospital gehört zur Katholischen Hospitalvereinigung Ostwestfalen.", "Katholischen Hospitalvereinigung Ostwestfalen"},
		{"Het ziekenhuis is onderdeel van Zorgpartners Friesland.", "Zorgpartners Friesland"},
		{"CHI Health is part of Chicago-based CommonSpirit Health.", "CommonSpirit Health"},
		{"The trust is part of the NHS.", ""},
		{"The clinic, run by the Ministry of Health, was hit.", ""},
		{"The hospital is part of Ohio's largest network.", ""},
	} {
		got := parentsNamed(tt.text)
		if (tt.want == "" && len(got) > 0) || (tt.want != "" && !slices.Contains(got, tt.want)) {
			t.Errorf("parentsNamed(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTownWithinALongerName: "Delhi" and "New Delhi", "Villefranche" and
// "Villefranche-sur-Saône" are one place, not two.
func TestTownWithinALongerName(t *testing.T) {
	t.Parallel()
	if _, differ := localitiesConflict([]string{"town:new delhi"}, []string{"town:delhi"}); differ {
		t.Error("new delhi and delhi read as two places")
	}
	if _, differ := localitiesConflict([]string{"town:dax"}, []string{"town:daxton"}); !differ {
		t.Error("dax and daxton read as one place")
	}
	e := NewEngine(Options{})
	first := e.Add(classified("a-1", "India blames Chinese hackers for AIIMS ransomware attack",
		"The ransomware attack on the All India Institute of Medical Sciences in Delhi came from China, officials said.",
		"2022-12-14", "All India Institute of Medical Sciences", "IN", cit.AttackRansomware), now)
	d := e.Add(classified("a-2", "AIIMS server down for second day",
		"Servers of the All India Institute of Medical Sciences in New Delhi stayed down after a suspected ransomware attack.",
		"2022-11-24", "All India Institute of Medical Sciences", "IN", cit.AttackRansomware), now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("one institute in Delhi and New Delhi: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
}

// TestShortHeadlineIsNoName: a short headline the classifier found no
// victim in ("Ransomware attack cripples French hospital in Dax") is a
// headline, not a registry's name; its town still finds the incident.
func TestShortHeadlineIsNoName(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("x-1", "Cyberattaque à l'hôpital de Dax", "Le centre hospitalier de Dax a été victime d'une attaque par rançongiciel.",
		"2021-02-10", "hôpital de Dax", "FR", cit.AttackRansomware), now)
	d := e.Add(classified("x-2", "Ransomware attack cripples French hospital in Dax",
		"A hospital in the southwestern French town of Dax has been crippled by a ransomware attack.",
		"2021-02-11", "", "FR", cit.AttackRansomware), now)
	if d.Action == ActionNew || d.Candidates[0].IncidentID != first.IncidentID {
		t.Errorf("a short headline naming the town: %s (reasons %+v), want review or merge beside %s", d.Action, d.Reasons, first.IncidentID)
	}
}

// TestHeadlineTellsAnotherAttack: a headline telling of another attack a
// year on is the new attack, whatever count and gang its text recalls of
// the first.
func TestHeadlineTellsAnotherAttack(t *testing.T) {
	t.Parallel()
	withCount := func(c cit.Classified, n int64, actor string) cit.Classified {
		c.Classification.RecordsAffected = &n
		c.Classification.ThreatActor = actor
		return c
	}
	e := NewEngine(Options{})
	first := e.Add(withCount(classified("m-1", "McLaren sends breach letters to 2.2 million after summer ransomware attack",
		"McLaren Health Care is notifying 2.2 million people that the BlackCat ransomware gang stole their data.",
		"2023-11-10", "McLaren Health Care", "US", cit.AttackRansomware), 2200000, "BlackCat"), now)
	d := e.Add(withCount(classified("m-2", "McLaren hospitals hit by another cyberattack, a year after BlackCat breach",
		"McLaren Health Care's hospitals are on downtime procedures after a cyberattack. McLaren disclosed a separate ransomware breach affecting 2.2 million people last year.",
		"2024-08-07", "McLaren Health Care", "US", cit.AttackRansomware), 2200000, "BlackCat"), now)
	if d.IncidentID == first.IncidentID || !slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "headline_tells_another_attack" }) {
		t.Errorf("another attack a year later: %s into %s (reasons %+v), want a new incident", d.Action, d.IncidentID, d.Reasons)
	}
}

// TestRegistryRowsOutsideTheirRule: a regulator's filing and a breach
// chronology's entry (rows with no page behind them) merge only under the
// registries' own rule (one organisation of the same name, at most 30 days
// apart, counts within 10%); a near miss goes to review with the filing as
// the first candidate. A press report with its page is matched as before.
func TestRegistryRowsOutsideTheirRule(t *testing.T) {
	t.Parallel()
	filing := cit.Classified{Candidate: cit.Candidate{ID: "h-1", Source: "hhs_ocr_breach_portal", Title: "Ortho Montana, PSC", Published: "2011-02-08",
		Text: "A laptop containing the electronic protected health information (ePHI) of approximately 37,000 patients was stolen " +
			"from the car of a workforce member of the covered entity (CE)."}}
	entry := func(id, title, published, count string) cit.Classified {
		return cit.Classified{Candidate: cit.Candidate{ID: id, Source: "privacyrights_prc", Title: title, Published: published,
			Text: "The theft of a laptop from an employee's car exposed the records of about " + count + " patients."}}
	}
	for _, tt := range []struct {
		name   string
		then   cit.Classified
		want   string
		reason string // the rule's value when the pair goes to review
	}{
		{"the same name 10 days later with the count", entry("p-1", "Ortho Montana", "2011-02-18", "37,000"), ActionMerge, ""},
		{"31 days later", entry("p-2", "Ortho Montana", "2011-03-11", "37,000"), ActionReview, "31 days apart"},
		{"the name run together", entry("p-3", "OrthoMontana", "2011-02-18", "37,000"), ActionReview, "names differ"},
		{"a joint entry", entry("p-4", "Ortho Montana; Billings Clinic", "2011-02-18", "37,000"), ActionReview, "names differ"},
		{"a count 14% apart", entry("p-5", "Ortho Montana", "2011-02-18", "43,000"), ActionReview, "counts 43000 vs 37000"},
		// Round 30: the name as the registries write it, loosely: an
		// article, punctuation and a legal form may differ; a filler word or
		// a bracketed acronym may not.
		{"the article and a legal form", entry("p-7", "The Ortho Montana, P.S.C.", "2011-02-18", "37,000"), ActionMerge, ""},
		{"a filler word", entry("p-8", "Ortho of Montana", "2011-02-18", "37,000"), ActionReview, "names written differently"},
		{"a bracketed acronym", entry("p-9", "Ortho Montana (OMPSC)", "2011-02-18", "37,000"), ActionReview, "names written differently"},
	} {
		e := NewEngine(Options{})
		first := e.Add(filing, now)
		d := e.Add(tt.then, now)
		switch tt.want {
		case ActionMerge:
			if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
				t.Errorf("%s: %s (reasons %+v), want a merge", tt.name, d.Action, d.Reasons)
			}
		default:
			if !queuedWith(d, first.IncidentID) || !slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool {
				return r.Rule == "registry_rows_outside_their_rule" && r.Value == tt.reason
			}) {
				t.Errorf("%s: %s (candidates %+v), want review on registry_rows_outside_their_rule %q", tt.name, d.Action, d.Candidates, tt.reason)
			}
		}
	}
	// Round 30: the same chronology telling another story of the
	// organisation days later lists its next breach or a correction: an
	// analyst decides, though name, count and kind agree.
	e0 := NewEngine(Options{})
	firstEntry := e0.Add(entry("p-10", "Ortho Montana", "2011-02-18", "37,000"), now)
	again := entry("p-11", "Ortho Montana", "2011-02-21", "")
	again.Candidate.Text = "Ortho Montana said a burglar stole a laptop holding 37,000 patients' records from a clinic office."
	if d := e0.Add(again, now); !queuedWith(d, firstEntry.IncidentID) || !slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool {
		return r.Rule == "registry_rows_outside_their_rule" && r.Value == "a chronology lists a breach once"
	}) {
		t.Errorf("one chronology's second story: %s (reasons %+v, candidates %+v), want review on registry_rows_outside_their_rule", d.Action, d.Reasons, d.Candidates)
	}
	// The press reports the breach 40 days after the filing, from its page.
	e := NewEngine(Options{})
	first := e.Add(filing, now)
	press := entry("p-6", "Ortho Montana", "2011-03-20", "37,000")
	press.URL = "https://billingsgazette.example/news/ortho-montana-laptop"
	if d := e.Add(press, now); slices.ContainsFunc(d.Reasons, func(r cit.Reason) bool { return r.Rule == "registry_rows_outside_their_rule" }) ||
		(len(d.Candidates) > 0 && slices.ContainsFunc(d.Candidates[0].Reasons, func(r cit.Reason) bool { return r.Rule == "registry_rows_outside_their_rule" })) {
		t.Errorf("a press report with its page: %s (reasons %+v), want no registry rule", d.Action, d.Reasons)
	} else if d.IncidentID != first.IncidentID && !queuedWith(d, first.IncidentID) {
		t.Errorf("a press report with its page: %s (reasons %+v), want it linked or queued with the filing", d.Action, d.Reasons)
	}
}
