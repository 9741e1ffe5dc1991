package classify

import "testing"

// TestRound36Victims: victims of round 35's multi-source sets, in sentences
// of our own (round 36).
func TestRound36Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		// the lead's subject, named with a weak health word
		{"en", "Northfield Health remains on diversion for ambulances a week after a ransomware attack",
			"Northfield Health remains on diversion for patients coming by ambulance nearly a week after an attempted " +
				"ransomware attack that led the hospital to shut down its computer network. Outpatient clinics are open.",
			"", "Northfield Health"},
		{"en", "Corvallis Health, the Fortune 500 insurance company, has reported a ransomware attack and a data breach.", "Corvallis Health, the Fortune 500 insurance " +
			"company, has reported a ransomware attack and a data breach. The incident was discovered on April 11.",
			"", "Corvallis Health"},
		// a page's text opens with its Title Case headline, or holds
		// another on a line of its own: read as the title is
		{"en", "Extent of Corvallis Health Ransomware Becomes Clear: More Than 364,000 Individuals Affected",
			"Extent of Corvallis Health Ransomware Becomes Clear: More Than 364,000 Individuals Affected\n\n" +
				"The journal previously reported on an April 2020 ransomware attack on Corvallis Health. Further " +
				"information on the attack has now been released.", "Extent", ""},
		{"en", "Northfield County Medical Systems Remain Down Almost Two Weeks After Attack",
			"Northfield County Medical Center Remains Down 13 Days After Attack\n\nNorthfield County Medical Center " +
				"was recently hit with a virus, leaving its systems down for 13 days.", "Remains", ""},
		// a dateline's agency and desk are no name
		{"en", "Hackers stole records of a clinic's patients", "NEW YORK (Reuters - Health) - Hackers stole the " +
			"records of 3,000 patients of a Brooklyn clinic, the clinic said on Monday.", "Reuters", ""},
	})
}

// TestRound36KnownOrganisations: organisations whose names hold no health
// word, named as the victim (round 36, sentences of our own).
func TestRound36KnownOrganisations(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"fr", "Orpea victime d'une cyberattaque", "Orpea annonce avoir détecté dans la nuit du 17 septembre " +
			"l'intrusion d'un logiciel malveillant dans ses systèmes informatiques.", "", "Orpea"},
		{"fr", "Les Hospices civils de Lyon portent plainte après un piratage de données", "Les Hospices civils de " +
			"Lyon ont porté plainte après le vol de données lors d'une cyberattaque.", "", "Hospices civils de Lyon"},
	})
}
