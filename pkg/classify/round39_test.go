package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound39Names: words that open or close a headline or a sentence are
// no part of a victim's name (round 39, from round 38's real press):
// a press release's label, "NAME Attacked By Ransomware", a sentence's
// "If" or "Once", "according to" in other languages, a letter's
// "Unsere …" and "Ihre …", a page's "Add … to the list".
func TestRound39Names(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Media Release : Code Red - Suspicious Email Activity at Lakeside Health Care Centre",
			"Lakeside Health Care Centre is investigating suspicious email activity after a phishing attack.",
			"Media Release", "Lakeside Health Care Centre"},
		{"en", "Eastern Dakota Hospital Attacked By Ransomware", "Eastern Dakota Hospital's computers were " +
			"encrypted by ransomware on Sunday.", "Attacked", "Eastern Dakota Hospital"},
		{"en", "A Jersey dental clinic fell victim to a ransomware cyber attack.", "Ransomware attacks usually " +
			"involve a malicious third party. If a victim does not comply, hackers threaten to delete the data.",
			"If", ""},
		{"en", "Patient Data On Sale", "\u201cMedical records are permanent. Once compromised, they can be " +
			"exploited indefinitely,\u201d the founder said.", "Once", ""},
		{"en", "Patient Data On Sale: The Hidden Cost Of Hospital Breaches", "Cybercriminals now see hospitals as a " +
			"goldmine. \u201cMedical records are permanent. Once compromised, they can be exploited indefinitely.\u201d " +
			"Recent reports show a surge in ransomware attacks across hospitals.", "Once", ""},
		{"fr", "Une panne informatique touche les hôpitaux de Paris", "Une panne informatique a touché les hôpitaux " +
			"de Paris le mercredi 30 août 2023. Selon l\u2019Assistance Publique-Hôpitaux de Paris (APHP), cette panne " +
			"a été causée par un problème technique, pas par une cyberattaque.", "Selon",
			"Assistance Publique-Hôpitaux de Paris (APHP)"},
		{"de", "Mitteilung nach Art. 34 DS-GVO", "Unsere Zahnarztpraxis wurde Opfer eines Hackerangriffs mit " +
			"Ransomware.\n\nVielen Dank für Ihr Verständnis.\nIhre Lindenhof Zahnarztpraxis", "Unsere",
			"Lindenhof Zahnarztpraxis"},
		{"en", "Two hospitals report ransomware incident", "Add Bayside Medical Center and its affiliated " +
			"Children's Hospital to the list of ransomware victims.", "Add", ""},
	})
}

// TestRound39NoPanic: an attack word inside the clause a "kept working"
// reading passes over ("surgeries … affected by the NHS cyber-attack are now
// operating as normal") crashed the classifier (round 39's real press).
func TestRound39NoPanic(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Tayside GP practices affected by NHS cyber-attack running as normal",
		Text: "Doctors surgeries in Tayside affected by the UK-wide NHS cyber-attack are now operating as normal."})
	if got.Verdict == "" {
		t.Errorf("no verdict: %+v", got)
	}
}
