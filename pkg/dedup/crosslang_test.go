package dedup

import (
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// news builds a press report as the classifier hands it over: the victim
// as the article spells it, in the article's language.
func news(id, source, lang, published, title, lead, victim, actor string) cit.Classified {
	c := classified(id, title, lead, published, victim, "DE", cit.AttackRansomware)
	c.Source, c.Lang = source, lang
	c.URL = "https://" + source + "/" + id
	c.Classification.ThreatActor = actor
	return c
}

// nordhafen is one ransomware attack on a (fictional) German university
// hospital as CIT would collect it: a leak-site claim, press reports in
// German, English, French and Spanish, and the hospital's filing with its
// data protection authority six weeks later.
func nordhafen() []cit.Classified {
	leak := cit.Classified{Candidate: cit.Candidate{ID: "leak-rhysida-1", Source: "ransomwatch", Lang: "en",
		Title: "uniklinik-nordhafen.de", Published: "2026-02-03",
		Fields: map[string]string{cit.FieldVictim: "Universitätsklinikum Nordhafen", cit.FieldThreatActor: "Rhysida",
			cit.FieldClaimStatus: cit.ClaimClaimed, cit.FieldCountry: "DE"}}}
	filing := cit.Classified{Candidate: cit.Candidate{ID: "dpa-filing-1", Source: "dpa-register", Lang: "de",
		Title: "Universitätsklinikum Nordhafen AöR", Published: "2026-03-18",
		Text: "Meldung nach Art. 33 DSGVO: Verschlüsselung von Servern durch Schadsoftware, Abfluss von Patientendaten.",
		Fields: map[string]string{cit.FieldVictim: "Universitätsklinikum Nordhafen AöR", cit.FieldClaimStatus: cit.ClaimConfirmed,
			cit.FieldRecords: "48000", cit.FieldCountry: "DE", cit.FieldBreachType: "Hacking/IT Incident"}}}
	return []cit.Classified{
		leak,
		news("heise-1", "heise.de", "de", "2026-02-04",
			"Cyberangriff auf Uniklinik Nordhafen: Notaufnahme abgemeldet",
			"Das Universitätsklinikum Nordhafen ist Ziel eines Cyberangriffs geworden. Die Notaufnahme hat sich von der Notfallversorgung abgemeldet, planbare Operationen wurden verschoben. Die Ransomware-Gruppe Rhysida reklamiert den Angriff für sich.",
			"Uniklinik Nordhafen", "Rhysida"),
		news("record-1", "therecord.media", "en", "2026-02-05",
			"Rhysida ransomware gang claims attack on German university hospital",
			"The Rhysida ransomware gang has claimed an attack on University Hospital Nordhafen in northern Germany, which has been diverting ambulances since Monday as staff fall back on pen and paper.",
			"University Hospital Nordhafen", "Rhysida"),
		news("lemagit-1", "lemagit.fr", "fr", "2026-02-06",
			"Allemagne : le CHU de Nordhafen paralysé par une cyberattaque",
			"L'hôpital universitaire de Nordhafen, dans le nord de l'Allemagne, a été frappé par un rançongiciel. Les urgences sont fermées ; l'attaque a été revendiquée par le groupe Rhysida.",
			"Hôpital universitaire de Nordhafen", "Rhysida"),
		news("elpais-1", "elpais.com", "es", "2026-02-07",
			"Ciberataque contra el Hospital Universitario de Nordhafen",
			"Un ataque de ransomware reivindicado por el grupo Rhysida ha obligado al Hospital Universitario de Nordhafen, en Alemania, a desviar las urgencias a otros centros.",
			"Hospital Universitario de Nordhafen", "Rhysida"),
		filing,
	}
}

func TestCrossLanguageReportsFormOneIncident(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	reports := nordhafen()
	first := e.Add(reports[0], now)
	if first.Action != ActionNew {
		t.Fatalf("leak claim: action %q, want new", first.Action)
	}
	if first.Incident.ClaimStatus != cit.ClaimClaimed {
		t.Errorf("after the leak claim: claim status %q, want claimed", first.Incident.ClaimStatus)
	}
	last := first
	for _, c := range reports[1:] {
		d := e.Add(c, now)
		if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Fatalf("%s (%s): %s into %s, want merge into %s; reasons %+v", c.ID, c.Lang, d.Action, d.IncidentID, first.IncidentID, d.Reasons)
		}
		if d.Confidence < 0.7 || len(d.Reasons) == 0 {
			t.Errorf("%s: confidence %.2f with %d reasons, want a confident, explained merge", c.ID, d.Confidence, len(d.Reasons))
		}
		last = d
	}
	inc := last.Incident
	if inc.ClaimStatus != cit.ClaimConfirmed {
		t.Errorf("claim status %q, want confirmed once the filing is linked", inc.ClaimStatus)
	}
	if inc.RecordsAffected == nil || *inc.RecordsAffected != 48000 {
		t.Errorf("records affected %v, want the filing's 48000", inc.RecordsAffected)
	}
	if inc.ThreatActor != "Rhysida" || inc.Country != "DE" || inc.AttackType != cit.AttackRansomware {
		t.Errorf("actor %q country %q attack %q, want Rhysida DE ransomware", inc.ThreatActor, inc.Country, inc.AttackType)
	}
	if len(inc.Organizations) != 1 {
		t.Errorf("organizations %v: every spelling names one hospital, want one key", inc.Organizations)
	}
	var langs []string
	for _, s := range inc.Sources {
		if !slices.Contains(langs, s.Lang) {
			langs = append(langs, s.Lang)
		}
	}
	slices.Sort(langs)
	if !slices.Equal(langs, []string{"de", "en", "es", "fr"}) || len(inc.Sources) != 6 {
		t.Errorf("%d sources in %v, want 6 in de, en, es, fr", len(inc.Sources), langs)
	}

	// Provenance per field: which report asserted what.
	assertedBy := func(field string) []string {
		var ids []string
		for _, a := range inc.Provenance[field] {
			ids = append(ids, a.CandidateID)
		}
		return ids
	}
	all := []string{"leak-rhysida-1", "heise-1", "record-1", "lemagit-1", "elpais-1", "dpa-filing-1"}
	for _, tt := range []struct {
		field string
		want  []string
	}{
		{"victim", all},
		{"claim_status", all},
		{"threat_actor", all[:5]},
		{"records_affected", []string{"dpa-filing-1"}},
	} {
		if got := assertedBy(tt.field); !slices.Equal(got, tt.want) {
			t.Errorf("provenance[%s] from %v, want %v", tt.field, got, tt.want)
		}
	}
	for _, a := range inc.Provenance["claim_status"] {
		want := cit.ClaimReported
		switch a.CandidateID {
		case "leak-rhysida-1":
			want = cit.ClaimClaimed
		case "dpa-filing-1":
			want = cit.ClaimConfirmed
		}
		if a.Value != want || a.At == "" {
			t.Errorf("claim_status asserted by %s = %q at %q, want %q with a date", a.CandidateID, a.Value, a.At, want)
		}
	}

	// A second, unrelated attack on the same hospital a year later.
	again := news("heise-2", "heise.de", "de", "2027-02-20",
		"Erneuter Cyberangriff auf Uniklinik Nordhafen",
		"Ein Jahr nach dem Ransomware-Angriff ist das Universitätsklinikum Nordhafen erneut Ziel von Angreifern geworden; die Gruppe Akira reklamiert die Tat.",
		"Uniklinik Nordhafen", "Akira")
	d := e.Add(again, now)
	if d.Action != ActionNew || d.IncidentID == first.IncidentID {
		t.Fatalf("attack a year later: %s into %s, want a new incident (reasons %+v, candidates %+v)", d.Action, d.IncidentID, d.Reasons, d.Candidates)
	}
	// A follow-up on the second attack joins it, not the first.
	follow := news("record-2", "therecord.media", "en", "2027-02-23",
		"Akira claims second attack on University Hospital Nordhafen",
		"The Akira gang listed University Hospital Nordhafen on its leak site, a year after Rhysida hit the same German hospital.",
		"University Hospital Nordhafen", "Akira")
	if f := e.Add(follow, now); f.Action != ActionMerge || f.IncidentID != d.IncidentID {
		t.Errorf("follow-up on the second attack: %s into %s, want merge into %s (reasons %+v)", f.Action, f.IncidentID, d.IncidentID, f.Reasons)
	}
}

func TestSupplierAttackAcrossLanguages(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	vendor := cit.Classified{Candidate: cit.Candidate{ID: "v", Source: "bleepingcomputer", Lang: "en", Published: "2026-05-04",
		Title: "Medical billing firm Abrechnungsdienst Kessler discloses ransomware attack",
		Text:  "Abrechnungsdienst Kessler, a billing provider for hospitals in Germany and Austria, said ransomware encrypted its servers; the Black Basta gang claimed the attack."},
		Classification: &cit.Classification{Victim: "Abrechnungsdienst Kessler GmbH", AttackType: cit.AttackRansomware, Sector: cit.SectorCareProvider,
			ThreatActor: "Black Basta"}}
	d := e.Add(vendor, now)
	hospitals := []struct{ id, lang, name, title, text string }{
		{"h-de", "de", "Klinikum Lindenau", "Klinikum Lindenau: Patientendaten bei Dienstleister abgeflossen",
			"Das Klinikum Lindenau informiert Patienten, dass bei seinem Abrechnungs-Dienstleister Abrechnungsdienst Kessler Daten gestohlen wurden. Zu dem Angriff bekannte sich die Gruppe Black Basta."},
		{"h-at", "de", "Ordensspital Sankt Veit", "Ordensspital Sankt Veit vom Angriff auf Abrechnungsdienst betroffen",
			"Auch das Ordensspital Sankt Veit ist vom Ransomware-Angriff der Gruppe Black Basta auf seinen Dienstleister Abrechnungsdienst Kessler betroffen."},
		{"h-en", "en", "Riverside Clinic", "Riverside Clinic notifies patients of vendor breach",
			"Riverside Clinic said patient data was stolen in the Black Basta ransomware attack on its billing vendor Abrechnungsdienst Kessler."},
	}
	want := []string{VictimKey("Abrechnungsdienst Kessler GmbH")}
	for i, h := range hospitals {
		c := cit.Classified{Candidate: cit.Candidate{ID: h.id, Lang: h.lang, Title: h.title, Text: h.text,
			Published: "2026-05-1" + string(rune('0'+i))},
			Classification: &cit.Classification{Victim: h.name, AttackType: cit.AttackRansomware, Sector: cit.SectorCareProvider,
				ThreatActor: "Black Basta"}}
		got := e.Add(c, now)
		if got.Action != ActionMerge || got.IncidentID != d.IncidentID {
			t.Fatalf("%s: %s into %s, want merge into the vendor's incident %s (reasons %+v)", h.id, got.Action, got.IncidentID, d.IncidentID, got.Reasons)
		}
		if !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool { return r.Rule == "incident_organisation_named_as_supplier" }) {
			t.Errorf("%s: reasons %+v lack the supplier link", h.id, got.Reasons)
		}
		want = append(want, VictimKey(h.name))
		d = got
	}
	if !slices.Equal(d.Incident.Organizations, want) {
		t.Errorf("organizations %v, want the vendor then each hospital %v", d.Incident.Organizations, want)
	}
	// A notice that names the vendor but nothing else in common (no
	// attacker, no attack type) is linked by an analyst, not guessed.
	thin := cit.Classified{Candidate: cit.Candidate{ID: "h-thin", Lang: "de", Published: "2026-05-20",
		Title: "Praxis Dr. Berger: Datenleck beim Dienstleister",
		Text:  "Die Praxis Dr. Berger informiert, dass bei ihrem Dienstleister Abrechnungsdienst Kessler Daten abgeflossen sind."},
		Classification: &cit.Classification{Victim: "Praxis Dr. Berger"}}
	if got := e.Add(thin, now); got.Action != ActionReview || len(got.Candidates) == 0 || got.Candidates[0].IncidentID != d.IncidentID {
		t.Errorf("thin notice: %s with candidates %+v, want review with the vendor's incident %s first", got.Action, got.Candidates, d.IncidentID)
	}
}

// TestSecondOrganisationNamedWithoutSupplierCue: a hospital's report that
// names a physician group working on its premises (no vendor, supplier or
// business-associate wording) is not enough to merge on its own: it goes to
// an analyst. The case is from PRC/HHS 2009 (Cogent Healthcare laptop at
// Aurora St. Luke's).
func TestSecondOrganisationNamedWithoutSupplierCue(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	first := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "a", Title: "Cogent Healthcare, Inc.", Published: "2009-11-25",
		Text: "A laptop was stolen from a locked office at the Aurora St. Lukes Medical Center. The laptop contained protected health information pertaining to 6,400 individuals."}}, now)
	d := e.Add(cit.Classified{Candidate: cit.Candidate{ID: "b", Title: "Aurora St. Luke's Medical Center", Published: "2009-11-25",
		Text: "6,400 people who were in-patients at St. Luke's are being warned after a laptop was stolen. They were cared for by a hospitalist who works for an independent physician group called Cogent Healthcare."}}, now)
	if d.Action != ActionReview || len(d.Candidates) == 0 || d.Candidates[0].IncidentID != first.IncidentID {
		t.Fatalf("action %s candidates %+v, want review with %s first", d.Action, d.Candidates, first.IncidentID)
	}
	if d.Confidence <= 0 || d.Confidence >= 1 {
		t.Errorf("review confidence %.2f, want strictly between 0 and 1", d.Confidence)
	}
}

// TestRound32PressNames: the shapes of victims' names that kept real
// multi-source press apart in round 32, in reports of our own: the kind of
// organisation put before the name in one language only, a group's
// national company named for its country, a laboratory group named by its
// kind in Portuguese. Each pair is one attack and must merge.
func TestRound32PressNames(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ a, b cit.Classified }{
		{news("rtbf-1", "rtbf.be", "fr", "2026-05-02", "Le groupe Marvalia victime d'une importante cyberattaque",
			"Marvalia a été victime d'une attaque informatique de grande ampleur qui a bloqué 200 serveurs.", "Marvalia", ""),
			news("lessentiel-1", "lessentiel.lu", "fr", "2026-05-04", "Les consultations annulées dans les hôpitaux Marvalia",
				"Les hôpitaux Marvalia ont été victimes d'une cyberattaque dans la nuit de vendredi à samedi.", "hôpitaux Marvalia", "")},
		{news("knack-1", "knack.be", "nl", "2026-05-02", "Zorggroep Marvalia doelwit van cyberaanval",
			"Zorggroep Marvalia is doelwit van een cyberaanval.", "Zorggroep Marvalia", ""),
			news("lesoir-1", "lesoir.be", "fr", "2026-05-04", "Les consultations annulées dans les hôpitaux Marvalia",
				"Les consultations sont annulées ce lundi après une cyberattaque.", "hôpitaux Marvalia", "")},
		{news("ansa-1", "ansa.it", "it", "2026-04-03", "Attacco hacker a Biolabo Italia: sospese le attività",
			"Biolabo Italia ha sospeso i prelievi dopo un attacco informatico ai suoi sistemi.", "Biolabo Italia", ""),
			news("record-2", "therecord.media", "en", "2026-04-20", "Biolabo forced to halt operations after ransomware attack",
				"The Italian arm of the laboratory group Biolabo has halted operations after a ransomware attack.", "Biolabo", "")},
		{news("g1-1", "g1.globo.com", "pt", "2026-06-23", "Grupo Ferraz sofre ataque hacker e sistema fica fora do ar",
			"O Grupo Ferraz, de medicina diagnóstica, informou que sofreu um ataque hacker.", "Grupo Ferraz", ""),
			news("estadao-1", "estadao.com.br", "pt", "2026-06-24", "Ferraz inicia processo para restabelecer sistemas",
				"Os laboratórios Ferraz retomaram parte do atendimento após o ataque cibernético.", "laboratórios Ferraz", "")},
	} {
		e := NewEngine(Options{})
		first := e.Add(tt.a, now)
		d := e.Add(tt.b, now)
		if d.Action != ActionMerge || d.IncidentID != first.IncidentID {
			t.Errorf("%q then %q: %s, want merge; reasons %+v", tt.a.Classification.Victim, tt.b.Classification.Victim, d.Action, d.Reasons)
		}
	}
}

// TestRansomwareIsMalware: a first report that names only "Schadsoftware"
// (malware) and a later one that names ransomware tell one attack (round 32).
func TestRansomwareIsMalware(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	a := classified("spiegel-1", "Hacker greifen Systeme der Gesundheitsbehörde Nordland an",
		"Die Gesundheitsbehörde Nordland hat nach einem Angriff mit Schadsoftware alle IT-Systeme abgeschaltet.",
		"2026-05-14", "Gesundheitsbehörde Nordland", "DE", cit.AttackMalware)
	b := classified("record-3", "Nordland health authority hit by ransomware",
		"The Nordland health authority shut down its IT systems after a ransomware attack on Friday.",
		"2026-05-14", "Gesundheitsbehörde Nordland", "DE", cit.AttackRansomware)
	first := e.Add(a, now)
	if d := e.Add(b, now); d.Action != ActionMerge || d.IncidentID != first.IncidentID {
		t.Errorf("malware then ransomware, same victim and day: %s, want merge; reasons %+v", d.Action, d.Reasons)
	}
}
