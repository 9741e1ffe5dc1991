package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// TestRound41CyberForms: the other languages' hyphenated and inverted
// names of a cyberattack ("une cyber-attaque", "eines Cyber-Angriffs",
// "een cyber-aanval", "un attacco cyber", "un cyberattacco") and Italian's
// and Portuguese's other names of an intrusion are attack words, as
// English "cyber-attack" is; a town hall's cyber-attack is still no health
// attack (round 41; sentences of our own).
func TestRound41CyberForms(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"fr", "L'hôpital de Vernon victime d'une cyber-attaque", "L'hôpital a dû basculer en mode dégradé.", true, ""},
		{"fr", "Clinique du Parc : une attaque cyber paralyse les urgences", "La clinique a porté plainte.", true, ""},
		{"de", "Klinikum Nordstadt wurde Opfer eines Cyber-Angriffs", "Die Notaufnahme ist abgemeldet.", true, ""},
		{"nl", "Ziekenhuis Oostland getroffen door een cyber-aanval", "Patiënten worden doorverwezen.", true, ""},
		{"it", "L'ospedale di Lodi ha subito un cyberattacco", "Il pronto soccorso è chiuso.", true, ""},
		{"it", "Asl di Valle Alta, un attacco cyber blocca il CUP", "Le prenotazioni sono sospese.", true, ""},
		{"it", "Asl di Valle Alta, incursione informatica nei server", "Le prenotazioni sono sospese.", true, ""},
		{"it", "Un attacco ai sistemi informatici dell'ospedale di Lodi", "Il pronto soccorso è chiuso.", true, ""},
		{"pt", "Hospital Santa Clara sofre ataque virtual", "O hospital foi alvo de um ataque virtual que derrubou os sistemas.", true, ""},
		{"fr", "La mairie de Vernon victime d'une cyber-attaque", "Les services municipaux sont fermés.", false, ""},
		{"de", "Stadtwerke Nordstadt wurden Opfer eines Cyber-Angriffs", "Die Kundenportale sind offline.", false, ""},
	})
}

// TestRound41Denials: a denial reaches its attack word across a day
// ("descartou nesta quarta-feira a hipótese de um ataque hacker") and
// across "the possibility of" ("descartou a possibilidade de um ataque
// hacker", "excluye la posibilidad de un ciberataque"); an attack the
// hospital confirmed on a weekday is still accepted (round 41; sentences
// of our own).
func TestRound41Denials(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"pt", "Secretaria descarta ataque hacker em sistema de regulação", "O Hospital Regional de Itaquera descartou " +
			"nesta quarta-feira a hipótese de um ataque hacker ter causado a instabilidade.", false, ""},
		{"pt", "Hospital descarta ataque hacker", "O Hospital Regional de Itaquera descartou a possibilidade de um " +
			"ataque hacker ter causado a instabilidade do sistema.", false, ""},
		{"es", "El hospital descarta un ciberataque", "El Hospital Comarcal de Valdeolmos excluye hoy la posibilidad de " +
			"un ciberataque: la caída se debió a una avería eléctrica.", false, ""},
		{"pt", "Hospital confirma ataque hacker", "O Hospital Regional de Itaquera confirmou nesta quarta-feira um " +
			"ataque hacker que derrubou os sistemas.", true, ""},
	})
}

// TestRound41Notices: a notice's title ("Notice of Data Security
// Incident", "Update on Network Outage") names what happened, not who tells
// it; the practice in its text is the victim (round 41; sentences of our
// own).
func TestRound41Notices(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Notice of Data Security Incident", "Maple Grove Family Dental recently learned that an unauthorized " +
			"party gained access to an employee's email account through a phishing email.", "Notice", "Maple Grove Family Dental"},
		{"en", "Update on Network Security Incident", "Cedar Hills Orthopedics detected ransomware on its network " +
			"on June 2.", "Update", "Cedar Hills Orthopedics"},
		{"en", "Notification Issued In MI On Possible Patient Data Exposure", "The Attorney General is sharing reminders " +
			"following a ransomware attack at Lakeshore Health Care.", "Notification", "Lakeshore Health Care"},
	})
}

// TestRound41HealthWords: a GP network or a primary health organisation is
// a health organisation ("a major New Zealand GP network … hackers managed
// to infiltrate its IT system"), and a zero-day virus is malware, not an
// epidemic's virus nor vulnerability news (round 41; sentences of our own).
func TestRound41HealthWords(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"en", "Patients worried after GP network targeted in cyber attack", "A regional GP network is working out how " +
			"hackers managed to infiltrate its IT system and reach patients' details.", true, ""},
		{"en", "Primary health organisation hit by hackers", "The primary health organisation said hackers accessed " +
			"its systems on Sunday.", true, ""},
		{"en", "Hospitals down after zero-day virus attack", "Twelve hospitals took their systems offline after a " +
			"zero-day virus attack hit their shared network.", true, ""},
		{"en", "GP network warns of flu virus season", "The GP network urged patients to book their flu shots.", false, ""},
	})
}

// TestRound41AttackersPlace: where the attackers work ("des pirates,
// manifestement actifs en Ukraine", "hackers operating in Russia") is not
// the victim's country; a military base's is kept (round 41; sentences of
// our own).
func TestRound41AttackersPlace(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, body, url, want string }{
		{"fr", "La clinique Saint-Luc victime d'une cyber-attaque", "La clinique Saint-Luc a été victime d'une " +
			"cyber-attaque menée par des pirates, manifestement actifs en Ukraine, qui réclament une rançon.",
			"https://www.exemple.be/info/sante/1", "BE"},
		{"en", "Clinic hit by ransomware", "The Lakeside Clinic said hackers operating in Russia encrypted its servers.",
			"https://www.example.ca/news/1", "CA"},
		{"en", "Fitness app heatmap shows bases", "The heatmap revealed the layout of military bases in Syria.",
			"https://www.example.com/1", "SY"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.body, Lang: tt.lang, URL: tt.url})
		if got.CountryCode() != tt.want {
			t.Errorf("%q: country %q, want %q", tt.title, got.CountryCode(), tt.want)
		}
	}
}

// TestRound41Readings: readings of round 41's real press, in sentences of
// our own: a hospital that could not use its records after a DDoS attack
// was attacked, not spared; a cancer institute is a health organisation;
// German "Netz-Attacke" is an attack word; a hypothesis of a cyberattack
// that its sentence dismisses past an aside is a denial.
func TestRound41Readings(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"nl", "Ziekenhuis kon epd urenlang niet gebruiken na DDoS-aanval", "Een ziekenhuis kon het elektronisch " +
			"patiëntendossier urenlang niet raadplegen door een DDoS-aanval op de clouddienst.", true, ""},
		{"pt", "Ataque hacker interrompe serviços no Instituto Nacional do Câncer", "O Instituto Nacional do Câncer foi " +
			"alvo de um ataque hacker que interrompeu a radioterapia. O agendamento de consultas para pacientes está suspenso.",
			true, ""},
		{"de", "Netz-Attacke auf Krankenkasse Nordwest", "Unbekannte haben Server der Krankenkasse Nordwest attackiert " +
			"und möglicherweise Daten erbeutet.", true, ""},
		{"fr", "Une panne informatique perturbe les hôpitaux de Lyon", "La piste de la cyberattaque, comme peuvent en " +
			"subir les établissements de santé, a rapidement été écartée : la panne est due à un défaut électrique.",
			false, ""},
	})
}

// TestRound41SectorPlurals: a plural that counts the sector is no victim of
// an attack, in the other languages' plurals too: German nouns are
// capitalised ("Mehrheit der Krankenhäuser erlebte schon einen
// Cyberangriff"), French plurals end in -aux and put their head first
// ("422 établissements de santé", "121 services médico-sociaux"), and a
// share is a count ("dans 10 % des cas"). Two named hospitals still are
// (round 41; sentences of our own).
func TestRound41SectorPlurals(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		fires             bool
	}{
		{"de", "Mehrheit der Krankenhäuser erlebte schon einen Cyberangriff", "Das ergab eine Umfrage.", false},
		{"de", "Studie", "Mehr als 60 Prozent der deutschen Krankenhäuser sind bereits Opfer eines Hackerangriffs geworden.", false},
		{"fr", "Bilan", "121 établissements et services médico-sociaux ont déclaré un incident relatif à une cyberattaque.", false},
		{"fr", "Bilan", "Les cyberattaques ont concerné, dans 10 % des cas, des établissements de santé.", false},
		{"de", "Hackerangriff auf zwei Kliniken in Bonn", "Die Kliniken Bonn-Nord und Bonn-Süd sind Opfer eines Hackerangriffs geworden.", true},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if hasRule(got, ruleHealthVictim) != tt.fires {
			t.Errorf("%q / %q: %s fired %v, want %v", tt.title, tt.text, ruleHealthVictim, !tt.fires, tt.fires)
		}
	}
}

// TestRound41TitleVictimNamedInBody: a title's attack on a name no health
// word marks ("cyber attack on Alder Hey", "Lurie Children's Restores Key
// Systems Following Cyberattack") is a health organisation's when the body
// names it with its health word ("Alder Hey Children's Hospital"), even
// in a long article. A place the body names a hospital after, or the
// sector's plural, is not (round 41, from set Q; sentences of our own).
func TestRound41TitleVictimNamedInBody(t *testing.T) {
	t.Parallel()
	filler := strings.Repeat("Officials gave no further details on the investigation, which continues with the help of outside experts. ", 30)
	checkReadings(t, newTest(t), []readingCase{
		{"en", "Patient data leaked after cyber attack on Maple Brook", "Maple Brook Children's Hospital is working with " +
			"the National Crime Agency after data was stolen and posted online. " + filler, true, ""},
		{"en", "Fernwood Children's Restores Key Systems Following Cyberattack", "After a month of outages, Fernwood " +
			"Children's Hospital has reactivated its records platform. " + filler, true, ""},
		{"en", "Cyberattack disrupts Riverton city services", "Riverton General Hospital said it was not affected by the " +
			"attack on the city's computers. " + filler, false, ""},
	})
	got := newTest(t).Classify(cit.Candidate{Title: "Agency counts 215 cyber incidents against European health sector",
		Text: "European hospitals and health authorities were hit by 215 publicly reported cyber incidents in two years.", Lang: "en"})
	if hasRule(got, ruleHealthVictim) {
		t.Errorf("the sector's plural read as the title's victim: %+v", got.Reasons)
	}
}

// TestRound41PlatformSize: a platform's monthly users are its size, not
// the people a breach affected ("Telegram … grow to 900 million active
// monthly users"); the customers whose data leaked are (round 41, set R's
// Star Health).
func TestRound41PlatformSize(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want int64
	}{
		{"The feature helped the app grow to 900 million active monthly users.", 0},
		{"The service has 40 million monthly active users.", 0},
		{"Data of 31 million customers leaked; the app has 900 million monthly users.", 31_000_000},
		{"The personal data of 200,000 registered users was stolen.", 200_000},
	} {
		if got, span, _ := records(text.Tokenize(tt.in), tt.in); got != tt.want {
			t.Errorf("records(%q) = %d (span %q), want %d", tt.in, got, span, tt.want)
		}
	}
}

// TestRound41AttackConsequences: what an attack told as an event may bring
// ("a ransomware attack at … Health Care that could affect large numbers
// of patients") does not make it a possible one, so the attack's link to
// its health victim stands; attacks a device is open to ("vulnerable to
// cyberattacks that could cause them to fail") are still no attack
// (round 41; sentences of our own).
func TestRound41AttackConsequences(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Notification issued on possible patient data exposure",
		Text: "The Attorney General is sharing consumer reminders following a ransomware attack at Lakeshore Health Care " +
			"that could affect large numbers of patients."})
	if !hasRule(got, ruleHealthVictim) {
		t.Errorf("the attack's consequences blocked its link to its victim: %s (%.3f)", got.Verdict, got.Score)
	}
	checkReadings(t, c, []readingCase{
		{"en", "Short seller targets device maker", "A short seller claims that Heartline Medical's implantable " +
			"cardiac devices are vulnerable to cyberattacks that could cause them to fail.", false, ""},
	})
}

// TestRound41GermanNames: German data nouns, capitalised, are no victim
// ("Hacker verschlüsseln Daten von 12.000 Patienten"), and the article a
// German subject opens with is no part of its name ("Die Klinik Santa
// Chiara"); English "Des Moines" keeps its "Des" (round 41).
func TestRound41GermanNames(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Hacker verschlüsseln Daten von 12.000 Patienten einer Hamburger Praxis", "Die Praxis ist geschlossen.",
			"Daten", ""},
		{"de", "Privatklinik Opfer eines Cyberangriffs", "Die Klinik Santa Lucia in Locarno ist Opfer eines " +
			"Cyberangriffs geworden.", "Die ", "Klinik Santa Lucia"},
		{"en", "Cyber incident at Des Moines Public Schools", "Des Moines Public Schools said hackers encrypted its servers.",
			"", "Des Moines Public Schools"},
	})
}

// TestRound41Ideographs: Japanese, Korean and Chinese reports are read,
// their words matched inside runs of characters, and the organisation
// named before its health word is the victim; a hospital's flu news and a
// city hall's attack in these languages are not health cyberattacks
// (round 41, from set R's Okayama reports; sentences of our own).
func TestRound41Ideographs(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"ja", "県立中央医療センターにサイバー攻撃 電子カルテ使えず", "ランサムウェアによる攻撃を受け、患者の情報が流出した可能性がある。", true, ""},
		{"ko", "서울중앙병원 랜섬웨어 공격", "서울중앙병원이 랜섬웨어 공격을 받아 환자 정보가 유출됐다.", true, ""},
		{"zh", "仁愛醫院遭勒索軟體攻擊", "仁愛醫院九日遭勒索軟體攻擊，急診室部分電腦無法開機。", true, ""},
		{"ja", "病院でインフルエンザ患者が急増", "県内の病院でインフルエンザの患者が増えている。", false, ""},
		{"ja", "市役所にサイバー攻撃", "市役所のシステムがランサムウェアの攻撃を受けた。", false, ""},
	})
	checkVictims(t, c, []victimCase{
		{"ja", "県立中央医療センターにサイバー攻撃", "ランサムウェアによる攻撃を受けた。", "", "県立中央医療センター"},
		{"zh", "仁愛醫院遭勒索軟體攻擊", "急診室部分電腦無法開機。", "", "仁愛醫院"},
		{"en", "Hacker sells records from Lotus Memorial Hospital", "Data allegedly stolen from Lotus Memorial Hospital " +
			"(蓮花紀念醫院) was offered for sale.", "醫院", "Lotus Memorial Hospital"},
	})
}

// TestRound41Psychiatric: a psychiatric service is a health organisation
// in Italian and Spanish too ("Servizio psichiatrico di Basilea
// Campagna") (round 41; sentences of our own).
func TestRound41Psychiatric(t *testing.T) {
	t.Parallel()
	checkReadings(t, newTest(t), []readingCase{
		{"it", "Attacco informatico al Servizio psichiatrico di Valle Alta", "Gli hacker hanno criptato gran parte dei dati " +
			"del Servizio psichiatrico di Valle Alta.", true, ""},
		{"es", "Ciberataque contra el Instituto Psiquiátrico de Valle Alto", "Los piratas informáticos cifraron los " +
			"servidores del Instituto Psiquiátrico de Valle Alto.", true, ""},
	})
}

// TestRound41TitleCopiedAboveText: a page's headline copied above its text
// is no sentence of the lead, so the lead's third line still links its
// attack to its victim (round 41; sentences of our own).
func TestRound41TitleCopiedAboveText(t *testing.T) {
	t.Parallel()
	title := "Health service hackers send stolen data to press"
	got := newTest(t).Classify(cit.Candidate{Lang: "en", Title: title, Text: title + "\nLocal media have confirmed they " +
		"won't make the information public.\nThe hackers behind the Harbourside District Health Board attack last week " +
		"have sent key data to media outlets. " + strings.Repeat("The board's staff work on paper while systems are rebuilt. ", 20)})
	if !hasRule(got, ruleHealthVictim) {
		t.Errorf("the copied headline pushed the victim out of the lead: %s (%.3f)", got.Verdict, got.Score)
	}
}

// TestRound41PlacesAndDamages: a town followed by a Brazilian state's code
// in brackets is in Brazil ("as unidades de Jales (SP) e Porto Velho (RO)"),
// not Portugal's Porto; a news agency's "(AP)" is no state; damages claimed
// are no people counted ("plus de 1,13 milliard d'indemnisations aux
// clients") (round 41, set S's Barretos and LifeLabs reports).
func TestRound41PlacesAndDamages(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, body, want string }{
		{"pt", "Hospital volta a atender após ataque virtual", "O sistema do hospital foi invadido por hackers. Além da sede, " +
			"as unidades de Jales (SP) e Porto Velho (RO) foram afetadas pelo ataque.", "BR"},
		{"en", "'Scream' Stolen From Oslo Museum (AP)", "Armed robbers stole the painting.", "NO"},
	} {
		if got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.body, Lang: tt.lang}); got.CountryCode() != tt.want {
			t.Errorf("%q: country %q, want %q", tt.title, got.CountryCode(), tt.want)
		}
	}
	in := "Le recours collectif réclame plus de 1,13 milliard d'indemnisations aux clients de Lifelabs."
	if got, span, _ := records(text.Tokenize(in), in); got != 0 {
		t.Errorf("records(%q) = %d (%q), want none", in, got, span)
	}
}
