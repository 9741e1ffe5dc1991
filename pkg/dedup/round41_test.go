package dedup

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestOutletCountryNoConflict: a German outlet's report of a Belgian
// clinic's attack, whose text places the clinic nowhere the classifier
// knows, takes its country from the outlet's domain; that is no conflict
// with the clinic's own country, and the German genitive
// "…-Krankenhauses" is the clinic's type word (round 41, set R's Clinique
// André Renard). A country the text states still conflicts.
func TestOutletCountryNoConflict(t *testing.T) {
	t.Parallel()
	first := classified("ar-1", "La clinique Pierre Dumont victime d'une cyber-attaque",
		"La clinique Pierre Dumont a été victime dans la nuit de dimanche à lundi d'une cyber-attaque.",
		"2019-03-11", "clinique Pierre Dumont", "BE", cit.AttackRansomware)
	outlet := classified("ar-2", "Cyber-Attacke auf Krankenhaus in Herbeck",
		"Ausgelöst durch eine Cyber-Attacke kam es in der Nacht zu Montag zu einer Störung der IT im Pierre-Dumont-Krankenhauses.",
		"2019-03-12", "Pierre-Dumont-Krankenhauses", "DE", cit.AttackRansomware)
	outlet.Classification.Reasons = []cit.Reason{{Field: "country", Value: "DE", Rule: "url:cctld", Span: "eh-cybercrime.de"}}
	stated := classified("ar-3", "Cyber-Attacke auf Krankenhaus Pierre-Dumont in Köln",
		"Das Pierre-Dumont-Krankenhaus in Köln wurde Opfer einer Cyber-Attacke.",
		"2019-03-12", "Pierre-Dumont-Krankenhaus", "DE", cit.AttackRansomware)
	stated.Classification.Reasons = []cit.Reason{{Field: "country", Value: "DE", Rule: "text:city", Span: "Köln"}}

	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(outlet, now); d.IncidentID != d1.IncidentID {
		t.Errorf("the outlet's country set against the clinic's: %s into %s, reasons %+v", d.Action, d.IncidentID, d.Reasons)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(stated, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a hospital the text places in Germany merged into the Belgian clinic: reasons %+v", d.Reasons)
	}
}

// TestGenericNameButTypeWords: "Memorial Health" and "Memorial Health
// System" share only generic words and a type word; both texts stating the
// same breach day corroborate them as one, and without it they stay apart
// (round 41, set Q's Memorial Health System).
func TestGenericNameButTypeWords(t *testing.T) {
	t.Parallel()
	first := classified("mh-1", "Memorial Health cancels surgeries after cyberattack",
		"Memorial Health in Ohio said it suffered a cyberattack on August 15, 2021, that disrupted care.",
		"", "Memorial Health", "US", cit.AttackRansomware)
	same := classified("mh-2", "Cyberattack forces Memorial Health System to divert patients",
		"Memorial Health System was hit by a cyberattack on August 15, 2021, and shut down its IT systems.",
		"", "Memorial Health System", "US", cit.AttackRansomware)
	other := classified("mh-3", "Cyberattack forces Memorial Health System to divert patients",
		"Memorial Health System was hit by a cyberattack on March 3, 2023, and shut down its IT systems.",
		"", "Memorial Health System", "US", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(same, now); d.IncidentID != d1.IncidentID {
		t.Errorf("one breach day kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	d1 = e.Add(first, now)
	if d := e.Add(other, now); d.IncidentID == d1.IncidentID {
		t.Errorf("breaches two years apart merged: reasons %+v", d.Reasons)
	}
}

// TestNamedVictimAndUnnamedInItsTown: a report naming its hospital
// ("Simone Veil hospital in Cannes") joins the incident of reports that
// named it only by its kind and town ("l'hôpital de Cannes"), in the same
// fortnight and corroborated (here by the gang named), as the other way
// round already did; a hospital of another town does not (round 41, set
// R's Cannes hospital).
func TestNamedVictimAndUnnamedInItsTown(t *testing.T) {
	t.Parallel()
	unnamed := classified("cn-1", "L'hôpital de Cannes touché par une cyberattaque",
		"L'hôpital de Cannes a été touché par une cyberattaque mardi.", "2024-04-16", "hôpital de Cannes", "FR", cit.AttackRansomware)
	named := classified("cn-2", "LockBit claims attack on hospital",
		"LockBit claimed the attack on the Lucie Arnaud hospital in Cannes, which was hit last week.", "2024-04-22",
		"Lucie Arnaud", "FR", cit.AttackRansomware)
	elsewhere := classified("cn-3", "LockBit claims attack on hospital",
		"LockBit claimed the attack on the Lucie Arnaud hospital in Grenoble, which was hit last week.", "2024-04-22",
		"Lucie Arnaud", "FR", cit.AttackRansomware)
	for _, c := range []*cit.Classified{&unnamed, &named, &elsewhere} {
		c.Classification.ThreatActor = "LockBit"
	}
	e := NewEngine(Options{})
	d1 := e.Add(unnamed, now)
	if d := e.Add(named, now); d.IncidentID != d1.IncidentID {
		t.Errorf("the named hospital of the town kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	e = NewEngine(Options{})
	d1 = e.Add(unnamed, now)
	if d := e.Add(elsewhere, now); d.IncidentID == d1.IncidentID {
		t.Errorf("a hospital of another town merged: reasons %+v", d.Reasons)
	}
}

// TestAlikeNameWithinOther: a name within the other that also reads alike
// ("県精神科医療センター" and "岡山県精神科医療センター", alike once
// transliterated), both attacked in one fortnight, is one victim, as a
// contained name less alike already was (round 41, set R's Okayama
// reports). A saint's name is not ("St. Joseph's Hospital" and "St.
// Joseph's Hospital of Orange").
func TestAlikeNameWithinOther(t *testing.T) {
	t.Parallel()
	first := classified("ok-1", "県精神科医療センター 個人情報流出 ランサムウェアか",
		"県精神科医療センターはランサムウェアによる攻撃を受けたと発表した。", "2024-06-11", "県精神科医療センター", "JP", cit.AttackRansomware)
	second := classified("ok-2", "患者情報流出 問い合わせ112件", "岡山県精神科医療センターは専用電話を設置した。", "2024-06-12",
		"岡山県精神科医療センター", "", cit.AttackRansomware)
	e := NewEngine(Options{})
	d1 := e.Add(first, now)
	if d := e.Add(second, now); d.IncidentID != d1.IncidentID {
		t.Errorf("one centre's reports kept apart: %s, reasons %+v", d.Action, d.Reasons)
	}
	if got := fuzzyContained([]string{"saint joseph hospital orange"}, []string{"saint joseph hospital"}); got != "" {
		t.Errorf("a saint's name read as contained: %q", got)
	}
}
