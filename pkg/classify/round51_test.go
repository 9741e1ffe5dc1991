package classify

import (
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound51NameHygiene: a Title Case headline's verb inside a name
// ("Settlement Requires OrthopedicsNY"), its participle at a name's end
// ("Network Restored") and a clause after "for" ("Provider for Failing to
// Protect") are no name's words, though "Pays" stays a French name's
// ("Centre hospitalier des Pays de Morlaix"); "a Capital Region orthopedic
// practice" describes the victim before it by its place (round 51, set X1:
// OrthopedicsNY, Hendrick Health; sentences of our own but the headlines).
func TestRound51NameHygiene(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Attorney General Secures $500,000 from Capital Region Health Care Provider for Failing to Protect Patients’ Information",
			"Settlement Requires OrthopedicsNY, LLC to Strengthen Patient Data Security. Cyber-attackers stole the data of 650,000 patients.",
			"Requires", ""},
		{"en", "Attorney General Secures $500,000 from Capital Region Health Care Provider for Failing to Protect Patients’ Information",
			"Cyber-attackers stole the data of 650,000 patients.", "Failing", ""},
		{"en", "NYS fines orthopedic group after data breach exposes 650,000 patients",
			"The attorney general fined OrthopedicsNY, a Capital Region orthopedic practice, after a 2023 ransomware attack exposed the data of 650,000 patients.",
			"Capital Region", "OrthopedicsNY"},
		{"en", "Hendrick Medical Center Network Restored",
			"The hospital's IT networks were shut down after a network security threat; ransomware encrypted servers.",
			"Restored", ""},
		{"fr", "Morlaix : la messagerie de l'hôpital piratée",
			"Des milliers de courriels frauduleux sont partis des adresses du centre hospitalier des Pays de Morlaix. Des pirates ont pris le contrôle de comptes.",
			"", "centre hospitalier des Pays de Morlaix"},
	})
}

// TestRound51TsarTeam: "Tsar Team", one of APT28's names, is who attacked
// the Lithuanian clinic, not its victim (round 51, set X2: Grožio
// Chirurgija, 2017; sentences of our own).
func TestRound51TsarTeam(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Hackers expose cosmetic surgery pictures",
		Text: "A group calling itself Tsar Team stole photos of patients of a Lithuanian cosmetic surgery clinic and demanded a ransom."})
	if got.ThreatActor != "APT28" {
		t.Errorf("threat actor %q, want APT28", got.ThreatActor)
	}
	if got.Victim == "Tsar Team" {
		t.Errorf("the attacker read as the victim: %q", got.Victim)
	}
}

// TestRound51GangsTheft: data a gang took is the attackers' theft, and so
// are data "stolen" in a ransomware attack's text that names a health
// organisation; no lost device counts against the attack (round 51, set W1:
// HCRG Care Group; sentences of our own).
func TestRound51GangsTheft(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Care provider investigating cyber incident",
			"The Medusa gang claimed to have stolen over two terabytes from the care provider, including patient records."},
		{"Hospital group confirms ransomware attack",
			"The hospital group confirmed a ransomware attack. More than two terabytes of sensitive data were stolen, the attackers said."},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title, Text: tt.text})
		for _, r := range got.Reasons {
			if r.Value == "non_cyber_breach" {
				t.Errorf("%q: %q read as a lost or stolen device", tt.title, r.Span)
			}
		}
	}
}

// TestRound51NoticeSubjects: a notice's subject after "recently"
// ("OrthoConnecticut recently became aware of unauthorized access"), a
// headline's "X Fined $500K for … Breach", and "The Capital Region
// orthopedic practice" as the place of the victim named before (round 51,
// set X1: OrthoConnecticut, OrthopedicsNY; sentences of our own but the
// headline).
func TestRound51NoticeSubjects(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Notice of Data Security Incident",
			"OrthoConnecticut recently became aware of unauthorized access to our network environment. Hackers copied files.",
			"", "OrthoConnecticut"},
		{"en", "OrthopedicsNY Fined $500K for Patient Data Breach: A Compliance Catastrophe",
			"The attorney general imposed a $500,000 penalty against OrthopedicsNY after a patient data breach. The Capital Region " +
				"orthopedic practice exposed the data of 650,000 patients after attackers used stolen credentials.",
			"Capital Region", "OrthopedicsNY"},
		{"en", "Hackers leak patient photos from a cosmetic surgery clinic",
			"The hacker group managed to break into the servers of the Grozio Chirurgija clinic and stole patient photos.",
			"", "Grozio Chirurgija"},
	})
}

// TestRound51IntruderAlarms: a building's "intruder alarms" are no
// network intruder (round 51, set W1: Belfast Health and Social Care
// Trust's abandoned files; sentences of our own).
func TestRound51IntruderAlarms(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "NHS Trust fined after patient files left behind",
		Text: "The regulator fined the NHS Trust after 100,000 patient records were left in a closed hospital. CCTV and fire " +
			"and intruder alarms were in place but soon failed, and trespassers took photographs of the files."})
	if got.IsHealthCyberattack {
		t.Errorf("abandoned files with intruder alarms accepted (score %.3f): %+v", got.Score, got.Reasons)
	}
}

// TestRound51CostaRicaSocialSecurityFund: the Caja Costarricense de Seguro
// Social, which runs Costa Rica's public health care, is known by its
// English name too (round 51, set W2: its 2022 Hive attack; sentences of
// our own).
func TestRound51CostaRicaSocialSecurityFund(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Costa Rican Social Security Fund hit with ransomware attack",
		Text: "The Costa Rican Social Security Fund said the attack started early on Tuesday; all systems were shut down."})
	if !got.IsHealthCyberattack || got.Victim != "Costa Rican Social Security Fund" {
		t.Errorf("accepted %v (score %.3f), victim %q: %+v", got.IsHealthCyberattack, got.Score, got.Victim, got.Reasons)
	}
}

// TestRound51HeadlineAdjective: "Widespread" qualifies a headline's
// attack, and "Takes" is its verb: neither is a name (round 51, set W1:
// Change Healthcare's 2024 attack; the headline and sentences of our own).
func TestRound51HeadlineAdjective(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Widespread Cyberattack Takes Down Pharmacies across America",
			"Pharmacies across America are suffering outages. Change Healthcare, one of the country's largest healthcare " +
				"technology companies, reported its network was hit by a cybersecurity attack on Wednesday.",
			"Widespread", "Change Healthcare"},
	})
}

// TestRound51NameAcrossSentences: a name never runs on past a full stop
// into the next sentence ("al Cup. Una stima", "Asl Napoli 3 Sud. A"),
// though a state's abbreviation in brackets stays inside it ("Rangely
// (Colo.) District Hospital") (round 51, sets W8 and W3 of round 49 and
// round 50; sentences of our own).
func TestRound51NameAcrossSentences(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"it", "Cup fuori uso dopo l'attacco hacker",
			"Un attacco hacker ha colpito il centro prenotazioni. Quarto giorno di black out al Cup. Una stima di trentamila telefonate perse.",
			"Una", ""},
		{"en", "Colorado hospital loses access to patient records in ransomware attack",
			"Rangely (Colo.) District Hospital on June 8 began notifying patients of a ransomware attack on its computer systems.",
			"", "Rangely District Hospital"},
	})
}

// TestRound51GermanVulnerabilityWords: "Schwachstellen" and
// "Sicherheitsforscher" tell of vulnerability news, as "Sicherheitslücke"
// does (round 51, sets W7 of round 50: McAfee's study of B. Braun's
// infusion pumps; sentences of our own).
func TestRound51GermanVulnerabilityWords(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "de", Title: "Forscher finden Schwachstellen in Infusionspumpen",
		Text: "Sicherheitsforscher haben Schwachstellen in Infusionspumpen eines Medizintechnikunternehmens gefunden."})
	if !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool { return r.Value == "vulnerability_news" }) {
		t.Errorf("no vulnerability news read: %+v", got.Reasons)
	}
}

// TestRound51RegulatorAndReceived: the regulator whose breach portal lists
// an attack is not its victim, and a Title Case headline's "Received"
// inside a name is its verb (round 51, set X4 of round 50: Mayfield
// Clinic's 2016 ransomware email; sentences of our own but the headline).
func TestRound51RegulatorAndReceived(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "23K Patients of Mayfield Clinic Sent Malware-Infected Email",
			"Patients of the Mayfield Clinic of Cincinnati were sent an email containing ransomware. The entry on the HHS’ Office for Civil Rights breach portal lists 23,341 patients.",
			"Civil Rights", "Mayfield Clinic of Cincinnati"},
		{"en", "23K Patients of Mayfield Hospital Received Malware-Infected Electronic mail",
			"Patients of the Mayfield Hospital of Cincinnati, OH were sent an electronic mail, in February having a malevolent attachment " +
				"which transferred an illegal computer software onto their appliances. The record on the HHS’ OCR breach portal shows 23,341 patients.",
			"Received", "Mayfield Hospital of Cincinnati"},
	})
}

// TestRound51DescriberBeforeName: the name after a lower-case description
// ending in a describer word ("the NY-based billing company Practice
// Resources") is the victim's, without the description (round 51, set X1:
// Practice Resources' 2022 attack; sentences of our own).
func TestRound51DescriberBeforeName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkVictims(t, c, []victimCase{
		{"en", "Ransomware Attack on NY Medical Billing Firm Impacts Nearly a Million People",
			"A recent cyberattack hit a New York medical billing company.\n\nThe NY-based billing company Practice Resources, LLC (PRL) " +
				"had to reach out to nearly a million users to declare that they suffered a ransomware attack.",
			"billing company", "Practice Resources"},
	})
}
