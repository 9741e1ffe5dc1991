package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound35Readings: readings of round 35's real press, in sentences of
// our own.
func TestRound35Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		// a loss in the article's background, after the lead, does not
		// undo the lead's attack on a named health organisation
		{"en", "At Least 120K Patients Impacted by Northfield Health Ransomware Attack", "In May, Northfield Health " +
			"experienced a ransomware attack that encrypted files across its network. The attackers stole data before " +
			"the encryption. The company operates clinics in three states. Its affiliates also reported the breach " +
			"to regulators. It is the fourth largest breach of the year, behind the laptop theft at Lakeside Care " +
			"and an improper disposal incident at a billing firm.", true, ""},
		// a maternity unit and a network of fertility centres are health bodies, and not only background
		{"fr", "Cyberattaque : une maternité visée", "L'attaque informatique est intervenue en pleine nuit. Les " +
			"équipes de la maternité ont dû réagir en urgence. Les écrans se sont éteints d'un coup. Deux futures " +
			"mamans ont dû être transférées. Dix jours après, l'hôpital vit encore au ralenti.", true, ""},
		{"it", "Un ransomware ha messo ko la più grande rete di centri per la fecondazione assistita", "27 novembre " +
			"2020. Foto di repertorio. La più grande rete di centri per la fecondazione assistita è stata vittima " +
			"di un cyber attacco. I criminali hanno sottratto dati personali. La società conta 55 sedi e ha " +
			"avvisato i pazienti.", true, ""},
		// an exercise told in the past tense
		{"nl", "Het Noordziekenhuis oefende dinsdag met een cyberaanval ter voorbereiding op de top.", "„De oefening " +
			"was heel nuttig”, zegt een woordvoerder van het Noordziekenhuis. Het team doorliep de crisissituatie.", false, ""},
		// a loss in the lead still decides
		{"en", "Ransomware fears at Northfield Clinic after laptop theft", "A laptop holding patient records was " +
			"stolen from an employee's car. The clinic said it had no sign of ransomware or hacking.", false, ""},
	})
}

// TestRound35Victims: victims of round 35's real press, in sentences of
// our own.
func TestRound35Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		// a town's adjective in Dutch is a place's word, not a name
		{"nl", "Cyberaanval op een Londens ziekenhuis", "Het Britse cybersecuritycentrum onderzoekt een cyberaanval " +
			"op een Londens ziekenhuis waar de koninklijke familie graag komt.", "Londens", ""},
		// a sentence's opening word before a nationality describes the attack, not its victim
		{"en", "Second Iranian hack of health ministry servers", "Second Iranian intrusion in a month: hackers stole " +
			"data from the servers of the ministry of health, officials said.", "Second Iranian", ""},
	})
}

// TestRound35Countries: a surname holding a town's name is no place (round
// 35, sentences of our own).
func TestRound35Countries(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Attacco hacker ai sistemi del Comune e dell'ospedale",
		Text: "I sistemi informatici sono fuori uso da lunedì. Il sindaco Di Ventura ha rassicurato i cittadini.", Lang: "it"})
	if got.Country != nil && *got.Country == "US" {
		t.Errorf("Di Ventura: country US, want no American town")
	}
}
