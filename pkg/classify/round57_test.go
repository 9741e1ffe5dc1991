package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound57Accepted: reports of attacks on health bodies the rules had
// missed: a hearing-aid company's e-mail system breached; a pharmacy's
// report under a site's cookie notice; a German Red Cross district body;
// an untitled page whose story follows two sentences of context (round 57,
// sets A1 and B1; sentences of our own).
func TestRound57Accepted(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim string }{
		{"en", "", "Hearing aid company Soundwell Inc. said Friday that 412 patient records were compromised in a security breach to its e-mail system.", "Soundwell Inc"},
		{"it", "", "Questo sito utilizza i cookies. I cookie sono file memorizzati nel browser. Utilizzando il nostro sito l'utente dichiara di accettare.\n" +
			"Un hacker ha bloccato sabato i computer della farmacia Rinaldi di Varese, che ha dovuto sospendere l'attività.\n" +
			"La farmacia ha riaperto lunedì dopo il ripristino dei sistemi.", "farmacia Rinaldi di Varese"},
		{"de", "Cyberangriff auf DRK-Kreisverband Talheim", "Der Kreisverband Talheim des Deutschen Roten Kreuzes (DRK) ist Opfer eines Cyberangriffs geworden. Der Rettungsdienst ist nicht betroffen.", ""},
		{"pt", "", "Portugal está sob uma forte onda de ataques informáticos. Mais do que ataques isolados às empresas, os ataques têm posto em causa o funcionamento normal do país.\n" +
			"Depois de várias empresas de media, os Laboratórios Vilar foram agora também alvo de um ataque informático.\n" +
			"Os dados dos pacientes não terão sido atingidos.\nA empresa está a analisar a situação.", "Laboratórios Vilar"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || (tc.victim != "" && got.Victim != tc.victim) {
			t.Errorf("%s %.60q: verdict %s (score %.3f), victim %q; want accept, %q", tc.lang, tc.text, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
	// The same untitled page whose story's sentence says the health body
	// was spared ("senza coinvolgere le ULSS") keeps it in the background.
	got := c.Classify(cit.Candidate{Lang: "it", Text: "Un attacco hacker del gruppo NoName057 ha colpito stamattina i siti istituzionali della Regione. " +
		"Lo ha annunciato il governatore, che ha parlato di altre istituzioni colpite.\n" +
		"L’attacco ha interessato i siti web istituzionali senza coinvolgere le ULSS o altri servizi sanitari.\n" +
		"Il ripristino è in corso da parte dei tecnici."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("spared health bodies: verdict accept (score %.3f)", got.Score)
	}
}

// TestRound57NoIncident: commentary is no attack on a health body: a
// possibility in the lead ("kann … lahmlegen", "can hit") sends a story
// that names no victim to an analyst; a kind of care in the plural that is
// a "prime target" or whose attacks are an everyday reality ("realtà
// quotidiana") is the sector, no victim of the accept rule (round 57, sets
// A1 and B1; sentences of our own).
func TestRound57NoIncident(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text string }{
		{"de", "Ein böswilliger Hackerangriff kann die gesamte Arztpraxis lahmlegen. Praxisinhaber können sich jedoch wappnen."},
		{"en", "A cyberattack can hit any medical practice. Owners should keep offline backups of their records."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text}); got.Verdict == cit.VerdictAccept || !hasRule(got, ruleSectorNoName) {
			t.Errorf("%s %.60q: verdict %s (score %.3f), want review by %s", tc.lang, tc.text, got.Verdict, got.Score, ruleSectorNoName)
		}
	}
	for _, tc := range []struct{ lang, text string }{
		{"en", "Small- and medium-sized businesses, including home care agencies, are prime targets for cybercriminals. This guide helps owners take steps to protect their clients."},
		{"it", "Il tempo è arrivato: l’attacco informatico ai dati sanitari negli ospedali e nelle cliniche italiane è realtà quotidiana. Il fenomeno non può che aumentare."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text}); hasRule(got, ruleHealthVictim) {
			t.Errorf("%s %.60q: %s fired", tc.lang, tc.text, ruleHealthVictim)
		}
	}
}

// TestRound57Victims: names the victim finder read wrong: a writer who
// "reports on" an attack, a Title Case headline's "Reports" and a
// plaintiff's firm that "Files", an infinitive ("to Delete"), a letter
// ("X-rays"), German's "das Labor" before a lab's name (round 57, sets C1
// and D1; sentences of our own).
func TestRound57Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim string }{
		{"en", "", "Jessica Holt reports on a potentially very serious cyberattack that is not the kind of thing you usually read about. Rivermead Valley Hospital said hackers accessed patient files.", "Rivermead Valley Hospital"},
		{"en", "Family Health Center of Oakdale Reports Cyber Attack", "The center said it is investigating a ransomware attack on its network.", "Family Health Center of Oakdale"},
		{"en", "Milberg Files Brightsmile Healthcare Data Breach Class Action Lawsuit", "The lawsuit follows a malware attack on the dental operator's network that exposed patients' data.", "Brightsmile Healthcare"},
		{"de", "", "Hackerangriff auf das Labor Novagen in Eugendorf: Testergebnisse verzögern sich.", "Labor Novagen"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict != cit.VerdictAccept || got.Victim != tc.victim {
			t.Errorf("%s %.60q: verdict %s, victim %q; want accept, %q", tc.lang, tc.title+tc.text, got.Verdict, got.Victim, tc.victim)
		}
	}
	for _, tc := range []struct{ title, text, not string }{
		{"Pediatric Practice Says Attackers Promised to Delete Data Compromised in Incident", "", "Delete"},
		{"", "A dental chain was fined over the cover-up of a 2020 ransomware attack that came to light after a complaint about unfulfilled requests for dental X-rays.", "X"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text}); got.Victim == tc.not {
			t.Errorf("%.60q: victim %q", tc.title+tc.text, got.Victim)
		}
	}
}

// TestRound57EquivalentCount: a size told as people ("lo que equivale a
// … 300 millones de personas") is no count of those affected (round 57,
// set D1; a sentence of our own).
func TestRound57EquivalentCount(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "es", Text: "El grupo de hackers filtró 2.3 TB del sistema del instituto de salud, lo que equivale a más o menos la información de 300 millones de personas."})
	if got.RecordsAffected != nil && *got.RecordsAffected == 300000000 {
		t.Errorf("records %d, want none", *got.RecordsAffected)
	}
}

// TestRound57EnglishCounties: an English county places its hospital in
// Britain, not in the American village of its name; Surrey, a city of
// British Columbia too, is left out (round 57, set C1; sentences of our
// own).
func TestRound57EnglishCounties(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ text, country string }{
		{"Hospital operations across Lincolnshire were cancelled after a virus infected the trust's IT systems.", "GB"},
		{"A hospital in Lincolnshire, Illinois, was hit by ransomware.", "US"},
		{"Surrey Memorial Hospital in British Columbia was hit by ransomware.", "CA"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Text: tc.text})
		if got.Country == nil || *got.Country != tc.country {
			t.Errorf("%.60q: country %v, want %s", tc.text, got.Country, tc.country)
		}
	}
}
