package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound38Denials: a denial reaches an attack word across a short aside
// between commas, and only a denial does (round 38).
func TestRound38Denials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	attack := func(v term) bool { return v.kind == kCyber && !v.weak }
	for _, tt := range []struct {
		body string
		has  bool
		why  string
	}{
		{"A REN atribui a falha à rede espanhola e o Governo afastou, para já, a hipótese de um ciberataque.", false,
			"a Portuguese denial with an aside"},
		{"El Gobierno descartó, por ahora, un ciberataque.", false, "a Spanish denial with an aside"},
		{"The hospital confirmed, on Monday, a cyberattack on its systems.", true, "a confirmation with an aside"},
		{"Il governo, per ora, parla di un attacco informatico.", true, "an aside after no denial"},
	} {
		if got := bodyHas(c, tt.body, attack); got != tt.has {
			t.Errorf("%s: %q: hit = %v, want %v", tt.why, tt.body, got, tt.has)
		}
	}
	// the blackout the denial is about goes no further than review
	got := c.Classify(cit.Candidate{Lang: "pt", Title: "Apagão: hospitais do Alentejo funcionaram com geradores",
		Text: "Os hospitais de Évora e de Beja funcionaram com geradores durante o apagão. As cirurgias programadas " +
			"foram adiadas. O Governo afastou, para já, a hipótese de um ciberataque."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a blackout with a denied cyberattack: verdict %s (%.3f)", got.Verdict, got.Score)
	}
}

// TestRound38Portuguese: Portuguese plural hospitals and health
// secretariats are health organisations, named as victims without the
// site or system the attack hit (round 38).
func TestRound38Portuguese(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "pt", Title: "Ciberataque paralisa 12 hospitais da Irlanda",
		Text: "Um ciberataque deixou paralisados os computadores de ao menos 12 hospitais da Irlanda nesta sexta-feira."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("hospitals attacked: verdict %s (%.3f), want accept", got.Verdict, got.Score)
	}
	checkVictims(t, c, []victimCase{
		{"pt", "Site da Secretaria de Saúde de Sorocaba sai do ar após ataque DDoS", "O site da Secretaria de Saúde " +
			"de Sorocaba ficou fora do ar por horas.", "Site", "Secretaria de Saúde de Sorocaba"},
		{"pt", "Sistema do Hospital de Clínicas é sequestrado por hackers", "O sistema do hospital foi sequestrado " +
			"por um ransomware.", "Sistema", "Hospital de Clínicas"},
		{"es", "Sitio del Hospital de Clínicas cae tras ataque DDoS", "El sitio del hospital quedó fuera de línea.",
			"Sitio", "Hospital de Clínicas"},
		{"pt", "Ataque hacker atinge hospitais da Secretaria Municipal de Saúde de Sorocaba", "Os sistemas ficaram " +
			"fora do ar.", "hospitais", "Secretaria Municipal de Saúde de Sorocaba"},
	})
}

// TestRound38Datelines: a station's or agency's dateline ends before the
// sentence's subject, which may then be named by a weak health word
// (round 38).
func TestRound38Datelines(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Network targeted by a virus", "MYRTLE BEACH, SC (WMBF) – Seacoast Health officials say no protected " +
			"health information was accessed after the health system's network was targeted by a virus.", "", "Seacoast Health"},
		{"en", "Hospital network hit", "AUGUSTA, Ga. (AP) — Piedmont Health said Tuesday a ransomware attack had " +
			"disrupted its computer systems.", "", "Piedmont Health"},
	})
}

// TestRound38TitleCase: a Title Case headline's verb ends the name before
// it, and a headline's preposition is not the name's first word (round 38,
// from set K).
func TestRound38TitleCase(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Ransomware Attack at Lakeview Memorial Health System Impacts 170,000 Patients", "The hospital said " +
			"hackers stole data.", "Impacts", "Lakeview Memorial Health System"},
		{"en", "‘Why wasn’t there a back-up plan?’: After East Harbor Health cyber attack, patients wait", "Patients " +
			"waited for hours.", "After", "East Harbor Health"},
	})
}
