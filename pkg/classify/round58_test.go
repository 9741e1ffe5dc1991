package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound58Accepted: a "possible" attack that the sentence says has
// disrupted care is a suspected cause, no mere possibility (round 58, set
// E1; sentences of our own).
func TestRound58Accepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Possible cyberattack disrupts healthcare services in eastern province",
			"A possible cyber attack against the healthcare system in the eastern province has disrupted services and forced the cancellation of some appointments, health authorities said on Monday.", ""},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || (tc.victim != "" && got.Victim != tc.victim) {
			t.Errorf("%.60q: verdict %s (score %.3f), victim %q; want accept, %q", tc.text, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
}

// TestRound58NoIncident: a kind in the plural that attacks "can" harm, or
// that habitually "falls victim", is the sector, not a victim (round 58,
// sets E1 and F1; sentences of our own).
func TestRound58NoIncident(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Les cyberattaques peuvent avoir un impact financier démesuré sur les hôpitaux victimes de hackers. En France, certains ont perdu des millions d'euros."},
		{"en", "Hospitals fall victim to cyber-attacks in the form of ransomware. Knowing the warning signs is the first step."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text}); hasRule(got, ruleHealthVictim) {
			t.Errorf("%s %.60q: accepted by %s (score %.3f)", tc.lang, tc.text, ruleHealthVictim, got.Score)
		}
	}
}

// TestRound58Victims: a Title Case headline's verb or "Email" ends
// the name before it; a broadcaster that "said" is who tells; a surname
// whose first mention was "First Last, CEO of …" is a person; a photo's
// caption names no victim (round 58, sets E1 and G1; sentences of our own).
func TestRound58Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Pinecrest Health Email Security Incident Compromises PHI of 2,115 Patients",
			"Pinecrest Health has revealed that an email security incident has resulted in the protected health information of 2,115 patients being compromised.", "Pinecrest Health"},
		{"", "Northfield Health is warning patients that personal information might have been stolen during a cyberattack last month.\n\n" +
			"Dana Pruitt, CEO of Northfield Health, said the compromised information includes dates of birth.\n\n" +
			"Pruitt said the data does not include Social Security numbers.", "Northfield Health"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.60q %.40q: victim %q, want %q", tc.title, tc.text, got.Victim, tc.victim)
		}
	}
	for _, tc := range []struct{ text, not string }{
		{"Health services were disrupted across the province on Saturday.\n\n" +
			"The Canadian Broadcasting Corporation said a ransomware attack was behind the disruption of healthcare services, but the minister could not confirm that.",
			"Canadian Broadcasting Corporation"},
		{"Services were disrupted across the province's health authorities after a ransomware attack detected on Saturday.\n\n" +
			"Nurses check the charts of patients inside the intensive care unit of Lakeshore General Hospital, April 15, 2021. (photo credit: REUTERS/JANE DOE)\n\n" +
			"An investigation is under way.", "Lakeshore General Hospital"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Text: tc.text}); got.Victim == tc.not {
			t.Errorf("%.60q: victim %q", tc.text, got.Victim)
		}
	}
}

// TestRound58Records: an increment ("an additional 2,000 people"), a
// service area's people and a staff's size are no count of those affected
// (round 58, set G1; sentences of our own).
func TestRound58Records(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"Valley Medical Center said Friday that personal information belonging to an additional 2,000 people may have been compromised in the cyberattack.",
		"Hackers stole data from Valley Health's network, but a spokeswoman said Valley Health's service area includes about 180,000 people.",
		"Hackers stole data from Valley Health's network last month. About 4,200 people work for Valley Health.",
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Text: text}); got.RecordsAffected != nil {
			t.Errorf("%.70q: records %d, want none", text, *got.RecordsAffected)
		}
	}
}

// TestRound58Later: a city that opens the name of an organisation based in
// another country places it nowhere ("California-based Gold Coast Health
// Plan"); a ranking's counts are other organisations'; a compound
// adjective ("Texas-Sized") opens no name; "X has revealed it was hit"
// names X; a background attack far down ("… being the Advanced ransomware
// attack on the NHS", "… against … service provider TransForm") does not
// outrank the lead's health body, told by another pattern or described
// (round 58, sets G1 and E1; sentences of our own).
func TestRound58Later(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "A hacker obtained access to an employee email account of California-based Gold Coast Health Plan, attempting to move funds.\n\n" +
		"California-based Gold Coast Health Plan breached the patient data of about 1,200 members after a phishing attack.\n\n" +
		"Gold Coast officials said the attack was discovered on Aug. 8."})
	if got.Country == nil || *got.Country != "US" {
		t.Errorf("Gold Coast Health Plan: country %v, want US", got.Country)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hospital Hacking Hits 12K",
		Text: "Lakeview Regional Health in Bryan has suffered a breach after a server was hacked in December. The system is notifying 12,000 patients.\n\n" +
			"Security firm Redspin listed these three breaches as the largest reported to date for 2013:\n\n" +
			"Advocate Health and Hospitals, (4.03 million patients, theft of desktop computers)\n\n" +
			"Horizon Health of New Jersey (839,711 patients, theft of laptop)"})
	if got.RecordsAffected == nil || *got.RecordsAffected != 12000 {
		t.Errorf("ranking: records %v, want 12000", got.RecordsAffected)
	}
	for _, tc := range []struct{ title, text, victim string }{
		{"Texas-Sized Health Hacking Hits 405K", "Brazos Valley Health System in Bryan, Texas, has suffered a huge breach of protected health information after a server was hacked.", "Brazos Valley Health System"},
		{"", "The CHO has revealed it was hit with another cyber-attack that was criminal in nature. The attack affected no more than 20 people.", "CHO"},
		{"", "Health Service Scotland hit by MOVEit supply chain cyber attack\n\n" +
			"Health Service Scotland (HSS) has become the latest victim of the MOVEit supply chain cyber attack. The attack was launched by the Clop gang. " +
			"The board is contacting those affected. The data includes names and addresses. The board said no patient data was taken. " +
			"It is working with the regulator. More updates will follow.\n\nCyber attacks are becoming increasingly common in the health sector, " +
			"with the most notable in the last 12 months being the Zenith ransomware attack on the NHS.", "Health Service Scotland (HSS)"},
		{"", "Major Canadian retail pharmacy chain Westfield Drugs had all its stores across Alberta and Manitoba temporarily closed down " +
			"following a cybersecurity incident discovered on Sunday.\n\nCustomers were urged to phone their local pharmacies. The company " +
			"later noted that phone lines were also down.\n\nNo specifics regarding the nature of the incident were provided. The company " +
			"said there was no evidence that customer information was compromised.\n\nSuch an incident comes months after five hospitals " +
			"in southern Ontario had their operations disrupted due to a Daixin Team ransomware attack against nonprofit shared service " +
			"provider NorthLink.", "Westfield Drugs"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim != tc.victim {
			t.Errorf("%.50q: victim %q, want %q", tc.text, got.Victim, tc.victim)
		}
	}
}
