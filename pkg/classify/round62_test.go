package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound62CamelCaseHealthNames: a health body's one-word name in camel
// case ("MetroHealth", "MedStar") is a health organisation the attack
// sentence names, though no care word stands beside it; "Care" and a
// trailing "Med" name IT firms and summits, and an insurer's name before
// "ID" is an identifier a scam asks for (round 62; sentences of our own).
func TestRound62CamelCaseHealthNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{
		{"en", "MetroHealth discloses data security incident",
			"MetroHealth System said an unauthorized person gained access to several employee email accounts between March and May. " +
				"The accounts held names, dates of birth and Social Security numbers of about 1,500 individuals."},
		{"en", "MedStar confirms ransomware attack",
			"MedStar said a ransomware attack forced it to shut down its network on Monday."},
	})
	for _, tc := range []reportCase{
		{"en", "MetroHealth discloses data security incident",
			"MetroHealth System said an unauthorized person gained access to several employee email accounts between March and May. " +
				"The accounts held names, dates of birth and Social Security numbers of about 1,500 individuals."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if !got.IsHealthCyberattack || got.Victim != "MetroHealth System" && got.Victim != "MetroHealth" {
			t.Errorf("%q: %s (%.3f), victim %q; want accepted, MetroHealth", tc.title, got.Verdict, got.Score, got.Victim)
		}
	}
	checkRule(t, c, ruleHealthVictim, false, []reportCase{
		{"en", "NetCare IT Solutions hacked", "Hackers broke into NetCare IT Solutions and stole customer passwords."},
		{"en", "Doctors meet at CyberMed Summit",
			"At the CyberMed Summit, doctors trained to treat patients harmed by hacked medical devices."},
		{"en", "MetroHealth warns of fake texts",
			"Scammers sent text messages asking for MetroHealth ID numbers and bank details in a phishing campaign."},
	})
}

// TestRound62NamedVictimQuestion: a title that asks whether a named
// organisation was attacked, over a lead that names it and tells of the
// attack, reports that attack; a question about readiness or one the lead
// does not answer stays commentary, and the question's auxiliary is no
// word of the victim's name (round 62; sentences of our own).
func TestRound62NamedVictimQuestion(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Was Riverside Family Clinic hit by ransomware?",
			"Riverside Family Clinic in Ohio has been listed on the leak site of the Qilin ransomware group, which claims to have stolen " +
				"200 GB of patient files. The clinic did not respond to a request for comment.", "Riverside Family Clinic"},
		{"Did hackers steal patient data from Harbor Health?",
			"Harbor Health of Maine told patients on Monday that an unauthorized party copied files from its network in a ransomware attack " +
				"last month.", "Harbor Health"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if !got.IsHealthCyberattack || got.Victim != tc.victim {
			t.Errorf("%q: %s (%.3f), victim %q; want accepted, %q", tc.title, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
	checkRule(t, c, ruleCommentary, true, []reportCase{
		{"en", "Is your hospital ready for a ransomware attack?",
			"Hospitals across the country face a rising tide of ransomware. Experts say preparation is key."},
		{"en", "Was Harbor Health ready for ransomware?",
			"Experts say hospitals should rehearse their response. Backups matter most."},
	})
}

// TestRound62SectorWarnings: a warning addressed to the sector's
// organisations is advice, whoever gives it; a victim's warning to its
// patients after its attack is still the attack's news (round 62;
// sentences of our own).
func TestRound62SectorWarnings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleAdvice, true, []reportCase{
		{"en", "AHA warns hospitals of payroll diversion scheme",
			"The American Hospital Association warned members that cybercriminals are impersonating employees in calls to hospital IT " +
				"help desks to redirect payroll deposits."},
		{"en", "Health-ISAC warns providers about new phishing kit",
			"Health-ISAC said attackers are sending emails that mimic electronic health record vendors."},
	})
	checkAccepted(t, c, []reportCase{
		{"en", "Kettering Health warns patients of scam calls after ransomware attack",
			"Kettering Health said scammers are calling patients after the ransomware attack that shut down its systems."},
	})
}

// TestRound62DrugMakers: a drug developer named "Therapeutics" or
// described as a medicine company is a health organisation (round 62;
// sentences of our own).
func TestRound62DrugMakers(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "Larkspur Therapeutics hit by business email compromise",
			"Larkspur Therapeutics, a Brisbane, California-based genomic medicine company, said attackers gained access to the mailbox of a " +
				"senior executive and sent fraudulent invoices."},
	})
}
