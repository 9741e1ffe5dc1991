package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound69Readings: a health insurer that "fell prey to" a ransomware
// attack is its victim; a website's trackers that sent members' data to
// advertisers are no attack; a town's attack told with a health body's
// earlier one for comparison is no health incident; a ransom paid "to
// prevent" a leak is no advice (round 69; sentences of our own).
func TestRound69Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"en", "MANILA — The Lakeside Health Insurance Corporation (LHIC) is asking the public to remain vigilant and take " +
			"precautionary measures after it fell prey to a ransomware attack last September 22.", "The Lakeside Health Insurance " +
			"Corporation (LHIC) is asking the public to remain vigilant and take precautionary measures after it fell prey to a " +
			"ransomware attack last September 22. Using the stolen data, the hackers will likely target members through calls, " +
			"emails, or text messages, the chief said in a statement on Sunday.", true, ""},
		{"en", "Health plan blames software configuration error", "Lakeview Health Plan is notifying members that their " +
			"protected health information was shared with an advertising network for three years because of the way Google " +
			"Analytics online tracking tools were configured on its websites. Last year another health plan reported a " +
			"ransomware attack that affected 190 million people.", false, ""},
		{"it", "Comune di Borgoverde, allarme hacker: cambiare le password", "Ai dipendenti del Comune è stato chiesto di cambiare " +
			"la password: un attacco hacker potrebbe aver colpito la rete informatica comunale e rubato dati sensibili, come " +
			"successo nel dicembre 2021 all'Ulss 6 Euganea.", false, ""},
		// a ransom paid to keep data from leaking tells of the attack, no advice
		{"en", "Hackers say Dutch lab paid ransom for stolen data", "The hacked Lakeside Diagnostics laboratory in Rijswijk " +
			"paid a ransom to prevent more stolen data from leaking to the dark web, the group that claimed the hack said.", true, ""},
	})
	// the comparison's health body names no victim either
	got := c.Classify(cit.Candidate{Lang: "it", Title: "Comune di Borgoverde, allarme hacker: cambiare le password",
		Text: "Un attacco hacker potrebbe aver colpito la rete informatica comunale e rubato dati sensibili, come successo nel " +
			"dicembre 2021 all'Ulss 6 Euganea."})
	if got.Victim == "Ulss 6 Euganea" {
		t.Errorf("victim %q: a like case told for comparison", got.Victim)
	}
}

// TestRound69Extraction: a place inside a known organisation's name gives
// way to a place the report names apart, and the title's known victim to a
// people's adjective; the Department of "Health &
// Human Services" is an authority; a possessive's owner left out of a
// name with its abbreviation leaves no "s"; a headline's hedged count, a
// possessive's "Privacy Breach", a place's hospitals, a headline's
// "Compromised" and the attacker before "hacked X" are no victims (round
// 69; sentences of our own).
func TestRound69Extraction(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Pharmacy chain London Drugs shut dozens of stores in western Canada " +
		"as it investigates a cybersecurity incident.", Text: "The retailer discovered it was the victim of a cyber issue on Sunday."})
	if got.Country == nil || *got.Country != "CA" {
		t.Errorf("country %v, want CA: London opens the chain's name", deref(got.Country))
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Boston Scientific reports hack", Text: "Hackers accessed a server of Boston Scientific."})
	if got.Country == nil || *got.Country != "US" {
		t.Errorf("country %v, want US: the name's place is the only one", deref(got.Country))
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Change Healthcare Receives Threat from Second Ransomware Group",
		Text: "A second group claims to hold the stolen data. In a Russian cybercriminal forum, a user said the first gang " +
			"pocketed the ransom without sharing it with its affiliates."})
	if got.Country == nil || *got.Country != "US" {
		t.Errorf("country %v, want US: the title's known victim, not the attackers' people", deref(got.Country))
	}
	checkVictims(t, c, []victimCase{
		// a count before a name whose bracket the subject's end cuts
		{"en", "", "Two National Health Service (NHS) hospitals in the UK disclosed cyberattacks last week. Lakeside " +
			"Children’s Hospital said it was investigating claims that its systems had been breached.", "(NHS", ""},
		{"en", "", "The hospital chain has confirmed that health information of over 437,000 patients was exposed in a data " +
			"breach linked to a former business partner. However, a recently published disclosure to the U.S. Department of " +
			"Health & Human Services (HHS) confirmed the total impact at 437,329 individuals.", "Human Services", ""},
		{"en", "Reports of stolen health data being leaked online", "The gang has started to leak information about patients " +
			"stolen in its attack on the country’s Health Service Executive (HSE), in the face of refusals to pay.", "",
			"Health Service Executive (HSE)"},
		{"en", "Lakeview Ransomware Breach Affects About 624,000 So Far", "The ransomware hacking incident at Lakeview affected " +
			"the data of approximately 624,000 individuals, the hospital chain told federal regulators.", "624,000", ""},
		{"en", "Exposed Health Data: Lakeview Health Plan’s Privacy Breach", "Lakeview Health Plan revealed that a " +
			"misconfiguration exposed the health information of 4.7 million members.", "", "Lakeview Health Plan"},
		// the attacker before "hacked" and its object
		{"en", "Dutch lab paid ransom", "Nova hacked Lakeside Diagnostics a month ago and published some of the data on the " +
			"dark web on July 6.", "Nova", "Lakeside Diagnostics"},
		// a prepaid health plan's kind before its name
		{"es", "Ciberataques a entidades: qué información buscan los hackers", "Los datos de afiliados de la prepaga Lakeside " +
			"Salud fueron filtrados por la banda de ransomware LockBit tras un ataque a sus sistemas.", "prepaga", "Lakeside Salud"},
		// a place's hospitals; a headline's participle before the name
		{"en", "Hacktivist Group Responsible for Attacks on U.S. Hospitals", "A pro-Russian group claimed DDoS attacks that " +
			"took down hospital websites across the country.", "Hospitals", ""},
		{"en", "Compromised Lakecare email accounts put data of 60,000 at risk", "An unauthorized party accessed employee " +
			"email accounts that held patient names and diagnoses.", "", "Lakecare"},
	})
}
