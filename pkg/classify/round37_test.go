package classify

import "testing"

// TestRound37Victims: victims of rounds 35 and 36's real press that the
// patterns did not read, in sentences of our own (round 37).
func TestRound37Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		// the object of a past verb of attack, in the lead
		{"en", "Ambulance service's computers disrupted", "A recent cyberattack targeted NEVMED Health in Reno, " +
			"Nevada, briefly disrupting its computer systems.", "", "NEVMED Health"},
		// but not a market or a people: only a health body is taken
		{"en", "Lazarus returns against cash machines", "The North Korean group Lazarus targeted Indian ATMs with the " +
			"help of banking malware.", "Indian", ""},
		// nor another hospital's attack told after the subject's name
		{"en", "Now St. Anne: town's second hospital reports network outage", "St. Anne Hospital said Saturday it had " +
			"taken its computer systems offline after detecting suspicious activity, less than three weeks after a " +
			"ransomware attack crippled Lakeside Regional Medical Center across town.", "Lakeside", "St. Anne Hospital"},
		// a page's furniture before the prose is not its first sentence
		{"en", "Prairie Valley Health said a privacy breach involving an internal website has put the personal health " +
			"information of over a thousand clients at risk.", " date 2017-05-30 \n\nCTV Winnipeg\n\n\n\nPrairie Valley " +
			"Health said a privacy breach involving an internal website has put the personal health information of over a " +
			"thousand clients at risk.\n\nThe health authority said the breach involved an internal website for its " +
			"Emergency Medical Services program. The health authority is not sure if its records were actually accessed. " +
			"\u201cIt is our impression that the intent of the \u2018hack\u2019 was to transmit a virus,\u201d it said.",
			"", "Prairie Valley Health"},
		// a Romance name's lower-case adjectives, then its place
		{"fr", "Cyberattaque dans la Loire", "Une cyberattaque a frappé l'Hôpital privé de la Forez à Montbrison " +
			"dans la nuit de dimanche.", "", "Hôpital privé de la Forez"},
		{"it", "Attacco hacker in Sicilia", "Attacco hacker al sistema informatico dell'azienda sanitaria " +
			"provinciale di Enna: prenotazioni bloccate.", "", "azienda sanitaria provinciale di Enna"},
		{"es", "Ciberataque en Alemania", "Un ciberataque contra el hospital universitario de Colonia obligó a " +
			"desviar ambulancias.", "", "hospital universitario de Colonia"},
		// or its adjectives alone, when one of them says care
		{"it", "Ticino, attacco informatico", "Un malware ha colpito la rete dell'Ente ospedaliero cantonale in " +
			"Ticino.", "", "Ente ospedaliero cantonale"},
	})
}
