package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// TestRound69SimilarAttackLastYear: a report of a thwarted attack in June
// that recalls "a similar attack in November last year" and dates that one
// is a further attack, not a follow-up of November's incident (round 69,
// set G19a; sentences of our own).
func TestRound69SimilarAttackLastYear(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("n-1", "Ransomware attack halts services at Lakeside Institute of Medical Sciences",
		"A ransomware attack on the servers of the Lakeside Institute of Medical Sciences halted registrations on November 23, 2022.",
		"2022-11-24", "Lakeside Institute of Medical Sciences", "IN", cit.AttackRansomware), now)
	d := e.Add(classified("j-1", "Lakeside Institute of Medical Sciences thwarts malware attack",
		"Lakeside Institute of Medical Sciences on Tuesday thwarted a malware attack on its servers. Notably, a similar attack "+
			"in November last year crippled registration services for two weeks. The institute first reported a failure in its "+
			"servers on November 23, 2022.", "2023-06-06", "Lakeside Institute of Medical Sciences", "IN", cit.AttackMalware), now)
	if d.IncidentID == first.IncidentID {
		t.Errorf("June's attack joined November's incident (%s): %+v", d.Action, d.Reasons)
	}
	if !textdate.EarlierAttack("Notably, a similar attack in November last year crippled registration services") {
		t.Error(`"a similar attack in November last year" not read as the report of a further attack`)
	}
	if textdate.EarlierAttack("The institute had a busy year; it was attacked in November 2022.") ||
		!textdate.EarlierAttack("The institute previously experienced service disruptions due to a cyberattack in November 2022.") {
		t.Error(`"previously experienced … a cyberattack" not read as an earlier attack, or a plain date read as one`)
	}
}

// TestRound69DroppedLetter: a page whose encoding dropped an accented
// letter ("Hospital Clnic de Barcelona") names the same hospital as the
// pages that kept it (round 69, set G19a; sentences of our own).
func TestRound69DroppedLetter(t *testing.T) {
	t.Parallel()
	if s := orgname.Similarity(orgname.Key("Hospital Clnic de Barcelona"), orgname.Key("Hospital Clínic de Barcelona")); s < 0.9 {
		t.Errorf("similarity %.2f of a name with one letter dropped, want ≥ 0.9", s)
	}
	if s := orgname.Similarity(orgname.Key("Hospital Clinic de Barcelona"), orgname.Key("Hospital Clinic de Valencia")); s >= 0.9 {
		t.Errorf("similarity %.2f of two towns' hospitals, want < 0.9", s)
	}
	e := NewEngine(Options{})
	first := e.Add(classified("c-1", "Lakeside hospital in Spain becomes victim of RansomHouse",
		"The Hospital Clnic de Barcelona was hit by a ransomware attack on March 5, 2023, claimed by RansomHouse.",
		"2023-03-06", "Hospital Clnic de Barcelona", "ES", cit.AttackRansomware), now)
	d := e.Add(classified("c-2", "RansomHouse publishes data stolen from Hospital Clínic",
		"RansomHouse has published part of the data stolen in the March 5 ransomware attack on the Hospital Clínic de Barcelona.",
		"2023-03-30", "Hospital Clínic de Barcelona", "ES", cit.AttackRansomware), now)
	if d.IncidentID != first.IncidentID {
		t.Errorf("the second page opened its own incident (%s): %+v", d.Action, d.Candidates)
	}
}

// TestRound69RejectedBesideRejected: an undated page the classifier
// rejected (a health plan's trackers that sent data to advertisers) does
// not join the plan's one earlier attack as "the only incident of its
// name" when an incident of the trackers, no attack either, is there too
// (round 69, set G18b; sentences of our own).
func TestRound69RejectedBesideRejected(t *testing.T) {
	t.Parallel()
	rejected := func(c cit.Classified) cit.Classified {
		c.Classification.IsHealthCyberattack, c.Classification.Verdict, c.Classification.Score = false, cit.VerdictReject, 0.05
		return c
	}
	counted := func(c cit.Classified, n int64) cit.Classified {
		c.Classification.RecordsAffected = &n
		return c
	}
	e := NewEngine(Options{})
	// the hack's page counts the plan's 12.5 million patients as if they were its records
	hack := e.Add(counted(classified("k-1", "Hacked email account at Lakeview Permanente exposes patient data",
		"Lakeview Permanente, which serves 12.5 million patients, said an unauthorized party accessed an employee's email "+
			"account on April 5, 2022.", "2022-06-24", "Lakeview Permanente", "US", cit.AttackAccountCompromise), 12_500_000), now)
	trackers := e.Add(counted(rejected(classified("t-1", "Lakeview Permanente notifies 13.4 million members of tracker data sharing",
		"Lakeview Permanente said trackers on its websites sent members' search terms to advertisers.",
		"2024-04-29", "Lakeview Permanente", "US", cit.AttackDataBreach)), 13_400_000), now)
	d := e.Add(counted(rejected(classified("t-2", "", "Lakeview Permanente recently disclosed a data security incident that "+
		"could affect around 13.4 million people. It involved the unintended sharing of personal information through "+
		"third-party trackers installed on its websites. This is not the first time Lakeview Permanente has faced a data "+
		"security challenge. In June 2022, they reported a breach involving unauthorized access to an employee’s email "+
		"account, affecting 69,000 people.", "", "Lakeview Permanente", "US", cit.AttackDataBreach)), 13_400_000), now)
	if d.IncidentID == hack.IncidentID {
		t.Errorf("the trackers' page joined the email hack's incident (%s): %+v", d.Action, d.Reasons)
	}
	if trackers.IncidentID == hack.IncidentID {
		t.Fatalf("the trackers' first page joined the hack: %+v", trackers.Reasons)
	}
}

// TestRound69RelativeClause: a date inside a relative clause about the
// gang ("which had survived a law enforcement takedown attempt in December
// 2023") takes no report cue from the main clause after it ("announced"):
// it is no date by which the breach was known (round 69, set G20a;
// sentences of our own).
func TestRound69RelativeClause(t *testing.T) {
	t.Parallel()
	ref := now
	spans := textdate.Find("A week later, the ransomware group, which had survived a law enforcement takedown attempt in "+
		"December 2023, announced that the FBI raided them again.", ref)
	if len(spans) != 1 || spans[0].Later {
		t.Errorf("spans %+v, want one date of no report", spans)
	}
	spans = textdate.Find("The hospital, which serves the county, announced on December 4, 2023 that it was attacked.", ref)
	if len(spans) != 1 || !spans[0].Later {
		t.Errorf("spans %+v, want the announcement's date", spans)
	}
}

// TestRound69KnownAlias: "Hospital Corporation of America" is HCA
// Healthcare's older, legal name (round 69, set G20a).
func TestRound69KnownAlias(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("h-1", "HCA Healthcare patient data stolen", "Data of 11 million patients of HCA Healthcare was "+
		"offered for sale on a hacking forum on July 5, 2023.", "2023-07-10", "HCA Healthcare", "US", cit.AttackDataBreach), now)
	d := e.Add(classified("h-2", "Hospital Corporation of America notifies patients", "Hospital Corporation of America said "+
		"an unknown party posted patient data stolen from an external storage location on July 5, 2023.", "2023-07-12",
		"Hospital Corporation of America", "US", cit.AttackDataBreach), now)
	if d.IncidentID != first.IncidentID {
		t.Errorf("the legal name opened its own incident (%s): %+v", d.Action, d.Candidates)
	}
}
