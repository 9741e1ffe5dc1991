package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound64Accepted: reports of attacks that round 64's articles showed
// missed, in sentences of our own: a specialty practice's "Services", a
// pharmacy benefit manager called "the PBM", a feature that opens on a list
// of effects, a headline's attack that "raises cybersecurity concerns", and
// an unauthorised party that "removed data" from a vendor's systems.
func TestRound64Accepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, victim string }{
		{"Lakeview Ear & Allergy Services hit by ransomware",
			"Lakeview Ear & Allergy Services said a ransomware attack encrypted its scheduling system in Dayton, Ohio.",
			"Lakeview Ear & Allergy Services"},
		{"Pharmacy benefit manager reports security incident",
			"Pharmacy benefit manager Northfield Rx disclosed a data security incident on Monday. The PBM said an unauthorized actor gained access to an employee's email account.",
			""},
		{"Attack on hospital chain in the Midwest raises cybersecurity concerns",
			"Surgeries postponed. Phones down. Charts on paper. These are some of the effects of a ransomware attack on a regional health system in Ohio that disrupted care this week.",
			""},
		{"Telehealth vendor discloses breach affecting its clients",
			"Brightpath Telehealth, a telehealth vendor to many digital health companies, said an unauthorized party removed data from its systems in January.",
			""},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || (tc.victim != "" && got.Victim != tc.victim) {
			t.Errorf("%q: %s (%.3f), victim %q; want accepted, victim %q; reasons %+v", tc.title, got.Verdict, got.Score, got.Victim, tc.victim, got.Reasons)
		}
	}
}

// TestRound64NotAccepted: a survey's "1 in 3", a paper notebook taken from
// an employee's automobile with a warning of phishing, a programme to help
// hospitals "faire face à une cyberattaque" and a German title on IT
// security in hospitals are no attacks (round 64; sentences of our own).
func TestRound64NotAccepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"en", "1 in 4 hospitals have suffered a ransomware attack, survey finds",
			"A survey of 150 hospital IT leaders found that 26 percent of their organizations suffered a ransomware attack last year."},
		{"en", "Patient information notice from Hillcrest Skin Clinic",
			"A notebook with patient names and visit notes was taken from an employee's automobile on March 3. " +
				"The clinic said the gravest danger is the use of the information in phishing schemes, and patients should stay alert."},
		{"fr", "Un programme pour la sécurité des hôpitaux",
			"Le programme a pour objectif de renforcer la sécurité des établissements de santé et d'améliorer leur capacité à faire face à une cyberattaque."},
		{"de", "Mehr IT-Sicherheit in Krankenhäusern",
			"Große Krankenhäuser und Kliniken wurden in Deutschland bereits Opfer von Cyberangriffen. Ein neues Gesetz soll sie besser schützen."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text}); got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: accepted (%.3f); reasons %+v", tc.title, got.Score, got.Reasons)
		}
	}
	// but a title that names an attack beside its security word tells of one
	got := c.Classify(cit.Candidate{Lang: "de", Title: "IT-Sicherheit: Klinikum Nordstadt nach Hackerangriff offline",
		Text: "Das Klinikum Nordstadt ist nach einem Hackerangriff vom Netz gegangen; Operationen wurden verschoben."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("Klinikum after a hack: %s (%.3f), want accepted; reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	// the Automobile Club d'Italia is no car a device was stolen from
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hacktivists knock health institute's website offline",
		Text: "Pro-Russian hacktivists launched DDoS attacks against the websites of the National Institute of Health and the Automobile Club d'Italia."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("DDoS on a health institute beside the Automobile Club: %s (%.3f); reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// TestRound64VictimNames: a clause's "While" and a bullet's "Insufficient"
// open no organisation's name; the clause's subject is then left, as after
// "Although", to the other victim rules (round 64; sentences of our own).
func TestRound64VictimNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Hospital chain hit by cyberattack",
		Text: "While Riverbend Health confirmed it experienced a ransomware attack this week, it gave no details of its scope."})
	if got.Victim == "While Riverbend Health" {
		t.Errorf("victim %q: a clause's conjunction taken into the name", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Clearview Optical Faces Lawsuit Following Data Breach",
		Text: "Clearview Optical is accused of negligence after hackers stole customers' data.\n\nKey points:\n• Insufficient cybersecurity measures leading to data exfiltration.\n• Delayed notification."})
	if got.Victim == "Insufficient" {
		t.Errorf("victim %q from a bullet's adjective", got.Victim)
	}
}
