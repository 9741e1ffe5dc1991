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

// TestDropPhotoCaptions: a line closed by a photo credit goes, and a credit
// on a line of its own takes the caption above it; the story stays, and a
// long paragraph that ends in a credit is no caption.
func TestDropPhotoCaptions(t *testing.T) {
	t.Parallel()
	long := "The hospital said the attack, first detected on Saturday, disrupted its systems for days and forced staff " +
		"to return to paper records while investigators worked with outside experts to restore the network, which " +
		"took far longer than anyone had hoped and cost the hospital dearly in lost revenue and overtime for its " +
		"staff across every one of its departments (Reuters)"
	for _, tc := range []struct{ in, want string }{
		{"Story one.\nNurses at work in Lakeshore Hospital. (photo credit: REUTERS/JANE DOE)\nStory two.", "Story one.\nStory two."},
		{"Story one.\nNurses at work in Lakeshore Hospital.\n(photo credit: REUTERS/JANE DOE)\n\nStory two.", "Story one.\n\nStory two."},
		{"Story one.\nUne cyberattaque coûte cher à un hôpital © Jean Dupont / Shutterstock\nStory two.", "Story one.\nStory two."},
		{"Story one.\n" + long + "\nStory two.", "Story one.\n" + long + "\nStory two."},
		{"No caption (none here).", "No caption (none here)."},
	} {
		if got := dropPhotoCaptions(tc.in); got != tc.want {
			t.Errorf("dropPhotoCaptions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
