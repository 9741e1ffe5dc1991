package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound61GermanicPerfectObject: a German or Dutch perfect names its
// object between the auxiliary and the closing participle, over an article
// and a nationality's adjective; a lower-case kind after the name belongs
// to it (round 61; sentences of our own).
func TestRound61GermanicPerfectObject(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim, country string }{
		{"de", "Computerwurm legt Krankenhaus lahm",
			"Ein Computerwurm hat das Westfriesgasthuis in Hoorn lahmgelegt. Die Klinik musste Patienten abweisen.", "Westfriesgasthuis", "NL"},
		{"nl", "Virus legt ziekenhuis plat",
			"Een computervirus heeft het Westfriesgasthuis in Hoorn platgelegd. Patiënten werden doorgestuurd.", "Westfriesgasthuis", "NL"},
		{"de", "Wurm legt Krankenhaus lahm",
			"Ein Computerwurm hat das niederländische Westfriesgasthuis in Hoorn lahmgelegt. Das Krankenhaus musste Patienten abweisen. " +
				"In Österreich hatte derselbe Wurm bereits im Januar mehrere Spitäler getroffen.", "Westfriesgasthuis", "NL"},
		{"nl", "Hackers vallen ziekenhuis in Rotterdam aan",
			"Hackers hebben het Ikazia ziekenhuis in Rotterdam aangevallen. Patiëntgegevens zijn gestolen.", "Ikazia ziekenhuis", "NL"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || got.Victim != tc.victim || countryOf(got) != tc.country {
			t.Errorf("%s %.60q: verdict %s, victim %q, country %q; want accept, %q, %q", tc.lang, tc.text, got.Verdict, got.Victim, countryOf(got), tc.victim, tc.country)
		}
	}
	// a participle that strikes no one names no victim: "hat … gemeldet"
	got := c.Classify(cit.Candidate{Lang: "de", Title: "Cyberangriff gemeldet",
		Text: "Ein Cyberangriff hat das Gesundheitsamt am Montag der Polizei gemeldet. Betroffen war eine Arztpraxis in Kiel."})
	if got.Victim == "Gesundheitsamt" {
		t.Errorf("victim %q from a participle that strikes no one", got.Victim)
	}
}
