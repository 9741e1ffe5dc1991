package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound55PeopleAndFirstPeoples: a demonym that is a person's surname
// ("spokesman Benjamin French said") places no victim in France, the
// Indian Status of Canada's First Nations and the US Indian Health Service
// none in India, and British Columbia is read as "B.C." and "BC" (round
// 55, set W1; sentences of our own).
func TestRound55PeopleAndFirstPeoples(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ title, text, want string }{
		{"", "Varnholt General Hospital says some patient data was accessed in an October breach of its network. An unauthorized " +
			"party may have viewed names and visit numbers, according to hospital spokesman Benjamin French.", ""},
		{"", "Varnholt General Hospital says hackers accessed its network in October. \"We are notifying every patient,\" " +
			"Dr. Alma French said.", ""},
		{"", "Hackers stole data from the Northshore Tribal Health Council in May. Those affected include people who hold a " +
			"certificate of Indian Status and live in the region.", ""},
		{"", "The Coastal Native Health Society said a cyberattack on its network in May exposed client records of First Nations " +
			"members across B.C.", "CA"},
		{"", "The Coastal Native Health Society said a cyberattack on its network in May exposed client records of members living in BC.", "CA"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tc.title, Text: tc.text})
		if cc := countryOf(got); cc != tc.want {
			t.Errorf("%.70q: country %q, want %q", tc.text, cc, tc.want)
		}
	}
	// A people, and a firm named after a city, stay places.
	for _, tc := range []struct{ text, want string }{
		{"The French said the ransomware attack on the Hôpital de Villefranche had been contained.", "FR"},
		{"A ransomware attack hit a hospital in Lyon. The Indian health ministry was not involved.", "FR"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Text: tc.text})
		if cc := countryOf(got); cc != tc.want {
			t.Errorf("%.70q: country %q, want %q", tc.text, cc, tc.want)
		}
	}
}

// TestRound55TownOfState: "Cyberattack on Flint, Michigan, hospital"
// attacked a hospital of that town; the town is no victim, and the body's
// named hospital is (round 55, set W1; a sentence of our own).
func TestRound55TownOfState(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Cyberattack on Marrow, Ohio, hospital delays surgeries",
		Text: "A cyberattack on the Ashgrove Medical Center in Marrow, Ohio, delayed surgeries last week, the hospital said."})
	if got.Victim != "Ashgrove Medical Center" {
		t.Errorf("victim %q, want Ashgrove Medical Center", got.Victim)
	}
}

// TestRound55SectorInGeneral: a frequency or a whole kind in the other
// languages ("tous les trois jours dans les hôpitaux"), a kind most
// exposed ("particularmente … para los hospitales"), attacks that "may"
// put a service at risk, "sanidad" as the sector and a title's kind in the
// plural after a definite article ("contre les hôpitaux") are no one
// organisation's attack, though a chain's unnamed clinics are (round 55,
// set P1; sentences of our own).
func TestRound55SectorInGeneral(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text string }{
		{"es", "", "Los ciberataques en sanidad pueden causar mucho más que pérdidas económicas. El ransomware es un programa " +
			"malicioso particularmente dañino para los hospitales, porque sin los datos de los pacientes se ponen vidas en riesgo."},
		{"fr", "Une cyberattaque tous les deux jours contre les hôpitaux : les États doivent agir", ""},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict == cit.VerdictAccept {
			t.Errorf("%.70q: accepted (score %.3f), want no attack counted", tc.title+tc.text, got.Score)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "es", Title: "Roban los datos de 60.000 pacientes de una red de clínicas dentales",
		Text: "Unos ciberdelincuentes accedieron a los servidores de la red y robaron historiales de 60.000 pacientes."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("a chain's clinics: %s (score %.3f), want accepted", got.Verdict, got.Score)
	}
	// The generic-target words and the subjunctive themselves.
	for _, tc := range []struct{ lang, title, text string }{
		{"fr", "Une cyberattaque tous les trois jours dans les hôpitaux", ""},
		{"it", "Un attacco informatico ogni settimana contro gli ospedali", ""},
		{"pt", "Ex-responsável alerta para a segurança informática do SNS",
			"O antigo diretor avisa que é preciso investir em segurança para impedir que ataques informáticos possam colocar em " +
				"risco os dados dos utentes e paralisar o Serviço Nacional de Saúde."},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if hasRule(got, ruleHealthVictim) {
			t.Errorf("%.70q: %s read as a health organisation's attack", tc.title+tc.text, ruleHealthVictim)
		}
	}
}

// TestRound55NamedAttacksRisks: "Cyberattack at a named hospital: what
// risks for patients?" reports that attack; "risks" after it is no
// commentary title (round 55, set P1; a sentence of our own).
func TestRound55NamedAttacksRisks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "fr", Title: "Cyberattaque au CHU de Valmont : quels risques pour les patients ?",
		Text: "Le CHU de Valmont a été attaqué le 3 mars et des données ont été volées. Un groupe de pirates revendique l'attaque " +
			"sur le dark web et menace de publier les fichiers."})
	if got.Verdict != cit.VerdictAccept || hasRule(got, ruleCommentary) {
		t.Errorf("%s (score %.3f), want accepted without %s", got.Verdict, got.Score, ruleCommentary)
	}
	got = c.Classify(cit.Candidate{Lang: "fr", Title: "Les risques du piratage des mutuelles : ce que vous devez savoir"})
	if !hasRule(got, ruleCommentary) {
		t.Errorf("a title about risks in general: %s (score %.3f), want %s", got.Verdict, got.Score, ruleCommentary)
	}
}

// TestRound55LoanwordInitials: capitals inside a Chinese, Japanese or
// Korean text are that text's loanwords ("SNS" a social network, "ARS" a
// phone menu), not Portugal's health service or France's regional health
// agency (round 55, set W3; sentences of our own). In a European text they
// still are. Since round 65 the Japanese and Korean texts, which name no
// place, are placed by their language.
func TestRound55LoanwordInitials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"ja", "北山病院がサイバー攻撃を受け、電子カルテが閲覧できない状態です。SNSでもご購読できます。", "JP"},
		{"ko", "대한치과협회 홈페이지가 해킹을 당했다. 신고센터(ARS 내선2번)로 상담할 것을 주문했다.", "KR"},
		{"pt", "Um ataque informático afetou os sistemas do SNS e de vários hospitais.", "PT"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text})
		if cc := countryOf(got); cc != tc.want {
			t.Errorf("%q: country %q, want %q", tc.text, cc, tc.want)
		}
	}
}

// TestRound55AsianMakersAndAssociations: the Japanese press's short
// "ランサム", drug and device makers and physicians' associations in
// Japanese and Korean, and a leak written as one word ("정보유출") (round
// 55, set W3; sentences of our own).
func TestRound55AsianMakersAndAssociations(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, title, text, victim string }{
		{"ja", "医療機器メーカーの子会社がランサム被害", "東山医療機器の海外子会社がランサム被害を受け、製造システムが停止した。", "東山医療機器"},
		{"ko", "서울구의사회, 해킹으로 회원 개인정보 유출", "서울구의사회 홈페이지가 해킹을 당해 회원 정보가 유출됐다.", "서울구의사회"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Title: tc.title, Text: tc.text})
		if got.Verdict == cit.VerdictReject || got.Victim != tc.victim {
			t.Errorf("%q: %s (score %.3f), victim %q; want counted, victim %q", tc.title, got.Verdict, got.Score, got.Victim, tc.victim)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "ko", Title: "동해제약, 의·약사 정보유출", Text: "동해제약 서버에서 의사와 약사의 정보유출이 확인됐다."})
	found := false
	for _, r := range got.Reasons {
		found = found || (r.Rule == "lexicon:cyberattack" && r.Span == "정보유출")
	}
	if !found || got.Sector != "pharma" {
		t.Errorf("동해제약: sector %q, reasons %+v; want the leak read and a drug maker", got.Sector, got.Reasons)
	}
}

// TestRound55GluedCount: a count of thousands glued to its noun
// ("57,000patients", a page's missing space) is read whole; a unit glued
// to a size ("3TB") is no count (round 55, set W1; a sentence of our own).
func TestRound55GluedCount(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Lakeshore Health has been the victim of a cyber attack, potentially affecting the data " +
		"of nearly 41,000patients in the medical group."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 41000 {
		t.Errorf("records %v, want 41000", deref(got.RecordsAffected))
	}
	if n, ok := parseNumber("3TB", false); ok {
		t.Errorf("parseNumber(3TB) = %v, want no number", n)
	}
}

// TestRound55RiskAfterAttackAndFAQHeadings: data "at risk after a
// ransomware attack" follows an attack, no hypothetical; a notice's FAQ
// headings ("1. What happened?") are no sentences of its lead (round 55,
// set Q1; sentences of our own). "At risk from ransomware" stays a threat.
func TestRound55RiskAfterAttackAndFAQHeadings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"The personal data of millions of patients of the Northgate Institute of Medical Sciences (NIMS) is at risk after a " +
			"ransomware attack on its servers, officials said on Friday.",
		"1. What happened?\nThrough the monitoring of our IT systems, Westvale Hospital recently identified a cyber-attack " +
			"involving unauthorized access to our computer systems. The affected systems contained customer information.",
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Text: text})
		if got.Verdict != cit.VerdictAccept || !hasRule(got, ruleHealthVictim) {
			t.Errorf("%.70q: %s (score %.3f), want accepted by %s", text, got.Verdict, got.Score, ruleHealthVictim)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Text: "Small hospitals are at risk from ransomware, the agency said in its yearly report."})
	if hasRule(got, ruleHealthVictim) {
		t.Errorf("a threat read as an attack: %s (score %.3f)", got.Verdict, got.Score)
	}
}

// TestRound55ChineseHackedAndBureaus: Taiwan's and Hong Kong's press write
// "hacked" as "遭駭", health bureaus and departments are public-health
// bodies, and a conjunction ("但", "及") is no part of a name written
// without spaces (round 55, set X1; sentences of our own).
func TestRound55ChineseHackedAndBureaus(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "zh", Title: "新竹市衛生局系統遭駭 十萬筆個資外洩", Text: "新竹市衛生局證實系統遭駭，檢調已介入調查。"})
	if got.Verdict == cit.VerdictReject || got.Sector != "public_health" {
		t.Errorf("a health bureau hacked: %s (score %.3f), sector %q", got.Verdict, got.Score, got.Sector)
	}
	got = c.Classify(cit.Candidate{Lang: "zh", Title: "醫院遭勒索軟體攻擊", Text: "系統上週遭勒索軟體攻擊，但仁和醫院表示病歷未外洩。"})
	if got.Victim != "仁和醫院" {
		t.Errorf("victim %q, want 仁和醫院", got.Victim)
	}
}

// TestRound55PeopleAndDataAreNoVictims: a headline's "Employees" and
// the lead's "The personal data of … customers" name no organisation
// (round 55, set X1; sentences of our own).
func TestRound55PeopleAndDataAreNoVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Data Of Patients, Employees Compromised",
		Text: "Harbour Hearing Centre has been hit by a cyberattack, compromising sensitive personal data of patients and staff."})
	if got.Victim == "Employees" {
		t.Errorf("victim %q, want no people", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Data of 90,000 people leaked after ransomware attack",
		Text: "The personal data of nearly 90,000 customers and employees has been leaked after a ransomware attack, the privacy " +
			"watchdog has said."})
	if strings.EqualFold(got.Victim, "personal data") {
		t.Errorf("victim %q, want no data", got.Victim)
	}
}

// TestRound55GermanHospitalInTown: German writes the town after its
// hospital ("des Klinikums in Fürth"); as a last resort it names the
// victim (round 55, set P1; a sentence of our own).
func TestRound55GermanHospitalInTown(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "de", Text: "Nach einem Hackerangriff auf das IT-System des Klinikums in Augsburg " +
		"wurden keine Patienten mehr aufgenommen."})
	if got.Victim != "Klinikums in Augsburg" {
		t.Errorf("victim %q, want Klinikums in Augsburg", got.Victim)
	}
}

// TestRound55SwedishFinns: Swedish "det finns" (there is) is no Finn; the
// English plural still is (round 55, set X3; sentences of our own).
func TestRound55SwedishFinns(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tc := range []struct{ lang, text, want string }{
		{"sv", "Region Norrby utsattes för en it-attack i helgen. Det finns inga tecken på att patientdata har stulits, säger regionen.", ""},
		{"en", "Hackers stole data of thousands of Finns from the Vastaamo psychotherapy centre.", "FI"},
	} {
		got := c.Classify(cit.Candidate{Lang: tc.lang, Text: tc.text})
		if cc := countryOf(got); cc != tc.want && !(tc.want == "" && cc == "SE") {
			t.Errorf("%.60q: country %q, want %q", tc.text, cc, tc.want)
		}
	}
}
