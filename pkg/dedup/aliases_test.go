package dedup

import (
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
)

func TestVictimAliases(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		victims  []string
		title    string
		text     string
		accepted bool
		want     []string
	}{
		{"abbreviation defined for the victim", []string{"Centre hospitalier Sud Francilien"},
			"Cyberattaque au Centre hospitalier Sud Francilien",
			"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel.", true,
			[]string{"CHSF", "Centre hospitalier Sud Francilien"}},
		{"victim named by its abbreviation, spelled out in the text", []string{"CHSF"},
			"French hospital CHSF hit by $10 million ransomware attack",
			"The Centre Hospitalier Sud Francilien, a 1,000-bed hospital 28km from Paris, suffered a ransomware attack.", true,
			[]string{"CHSF", "Centre Hospitalier Sud Francilien"}},
		{"victim named by its town, official name in the first sentence", []string{"hôpital de Corbeil-Essonnes"},
			"L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
			"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel. Les urgences sont réorientées.", true,
			[]string{"CHSF", "Centre hospitalier Sud Francilien"}},
		{"the same report, not accepted: no town rule", []string{"hôpital de Corbeil-Essonnes"},
			"L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
			"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel.", false, nil},
		{"a supplier defined with its abbreviation", []string{"Quest Diagnostics", "American Medical Collection Agency"},
			"Quest Diagnostics says 11.9 million patients affected",
			"An unauthorized user accessed the systems of American Medical Collection Agency (AMCA), a billing collections vendor.", true,
			[]string{"AMCA", "American Medical Collection Agency"}},
		{"filler words and hyphens", []string{"All India Institute of Medical Sciences"},
			"Ransomware attack on AIIMS", "Servers of the All India Institute of Medical Sciences (AIIMS) in New Delhi were encrypted.", true,
			[]string{"AIIMS", "All India Institute of Medical Sciences"}},
		{"hyphenated abbreviation", []string{"AP-HP"},
			"AP-HP: data of 1.4 million people stolen", "Hackers stole test results from the Assistance Publique-Hôpitaux de Paris.", true,
			[]string{"AP-HP", "Assistance Publique-Hôpitaux de Paris"}},
		{"an abbreviation before lower-case words", []string{"UHS hospitals"},
			"UHS hospitals hit by Ryuk ransomware", "Universal Health Services, which operates 400 hospitals, shut down its network.", true,
			[]string{"UHS", "Universal Health Services"}},
		{"bare abbreviation of the victim's name", []string{"Health Service Executive"},
			"Health Service Executive hit by Conti", "The HSE shut down all its IT systems.", true,
			[]string{"HSE", "Health Service Executive"}},
		// Definitions of other bodies are not the victim's names.
		{"a regulator defined in a filing", []string{"Acme Family Clinic"}, "Acme Family Clinic",
			"The covered entity (CE) reported the breach of protected health information (PHI) to the Office for Civil Rights (OCR).", true, nil},
		{"an agency defined in the first sentence", []string{"hôpital de Cannes"}, "Cyberattaque à l'hôpital de Cannes",
			"L'Agence régionale de santé (ARS) a confirmé l'attaque.", true, nil},
		{"a town-named victim, but the hospital is defined after the first sentence", []string{"hôpital de Cannes"}, "Cyberattaque à l'hôpital de Cannes",
			"L'attaque a eu lieu mardi. Le Centre hospitalier universitaire de Nice (CHUN) a proposé son aide.", true, nil},
		{"a victim with a name of its own does not take the hospital defined in the lead", []string{"Mercy Clinic"}, "Mercy Clinic hit by ransomware",
			"The Centre Hospitalier Sud Francilien (CHSF) was hit the same week.", true, nil},
		{"lower-case words are no expansion of a three-letter abbreviation", []string{"HSE"}, "HSE hit",
			"Hackers stole everything from the servers.", true, nil},
		{"generic long names are not kept", []string{"Medical Center"}, "Medical Center (MC) hit",
			"The Medical Center (MC) was attacked.", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := victimAliases(tt.victims, tt.title, tt.text, tt.accepted); !slices.Equal(got, tt.want) {
				t.Errorf("victimAliases(%q) = %q, want %q", tt.victims, got, tt.want)
			}
		})
	}
}

// TestDefinedNameLinksReports: a report naming the victim by its town, one
// naming it by its abbreviation, the leak site's domain and a leak story a
// month later are one incident; the incident still lists one organisation,
// and a hospital that only shares a defined agency with it stays apart.
func TestDefinedNameLinksReports(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(classified("chsf-1", "L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
		"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel. Les urgences sont réorientées.",
		"2022-08-22", "hôpital de Corbeil-Essonnes", "FR", cit.AttackRansomware), now)
	same := []cit.Classified{
		classified("chsf-2", "French hospital CHSF hit by $10 million ransomware attack",
			"The Centre Hospitalier Sud Francilien, a 1,000-bed hospital 28km from Paris, suffered a ransomware attack.",
			"2022-08-23", "CHSF", "FR", cit.AttackRansomware),
		classified("chsf-3", "LockBit leaks data stolen from French hospital CHSF",
			"The gang published files including patient records after the hospital refused to pay.",
			"2022-09-26", "CHSF", "FR", cit.AttackRansomware),
	}
	for _, c := range same {
		if d := e.Add(c, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%s: %s into %s (reasons %+v), want a merge into %s", c.ID, d.Action, d.IncidentID, d.Reasons, first.IncidentID)
		}
	}
	leak := cit.Classified{Candidate: cit.Candidate{ID: "chsf-4", Source: "ransomwatch", Title: "chsf.fr", Published: "2022-09-10",
		Fields: map[string]string{cit.FieldThreatActor: "LockBit", cit.FieldClaimStatus: cit.ClaimClaimed}}}
	d := e.Add(leak, now)
	if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("leak post: %s (reasons %+v), want a merge", d.Action, d.Reasons)
	}
	// The incident lists the names reports gave as victims, not the long
	// name only defined in a text.
	for _, o := range d.Incident.Organizations {
		if orgname.Key(o) == orgname.Key("Centre hospitalier Sud Francilien") {
			t.Errorf("organisations %q list a name only defined in a text", d.Incident.Organizations)
		}
	}
	if len(d.Incident.Organizations) != 2 {
		t.Errorf("organisations %q, want the town's name and the abbreviation", d.Incident.Organizations)
	}
	if len(d.Incident.Provenance[provAlias]) == 0 {
		t.Errorf("no %s provenance", provAlias)
	}
	other := e.Add(classified("cannes-1", "Cyberattaque à l'hôpital de Cannes",
		"L'Agence régionale de santé (ARS) a confirmé l'attaque contre le Centre hospitalier Simone-Veil.",
		"2022-08-25", "hôpital de Cannes", "FR", cit.AttackRansomware), now)
	if other.IncidentID == first.IncidentID || other.Action == ActionMerge {
		t.Errorf("another hospital: %s into %s, want a new incident", other.Action, other.IncidentID)
	}
}

// TestDefinedNamesSurviveRestart: a restarted engine finds an incident by
// the names its reports defined, as the live one does.
func TestDefinedNamesSurviveRestart(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	e.Add(classified("chsf-1", "L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
		"Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel. Les urgences sont réorientées.",
		"2022-08-22", "hôpital de Corbeil-Essonnes", "FR", cit.AttackRansomware), now)
	restarted := NewEngine(Options{})
	restarted.Load(e.Incidents())
	next := classified("chsf-2", "French hospital CHSF hit by $10 million ransomware attack",
		"The Centre Hospitalier Sud Francilien, a 1,000-bed hospital 28km from Paris, suffered a ransomware attack.",
		"2022-08-23", "CHSF", "FR", cit.AttackRansomware)
	live, again := e.Add(next, now), restarted.Add(next, now)
	if live.Action != ActionMerge || again.Action != live.Action || again.IncidentID != live.IncidentID {
		t.Errorf("after a restart: %s into %s, live: %s into %s; want the same merge", again.Action, again.IncidentID,
			live.Action, live.IncidentID)
	}
}
