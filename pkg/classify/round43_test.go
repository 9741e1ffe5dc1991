package classify

import (
	"slices"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// reportCase is a report in a language, by its title and text.
type reportCase struct{ lang, title, text string }

// checkRule checks that rule fires (or not) on each report.
func checkRule(t *testing.T, c *Classifier, rule string, fires bool, cases []reportCase) {
	t.Helper()
	for _, tt := range cases {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); hasRule(got, rule) != fires {
			t.Errorf("%q: %s fired %v, want %v (%s %.3f)", tt.title, rule, !fires, fires, got.Verdict, got.Score)
		}
	}
}

// checkAccepted checks that each report is accepted.
func checkAccepted(t *testing.T, c *Classifier, cases []reportCase) {
	t.Helper()
	for _, tt := range cases {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); !got.IsHealthCyberattack {
			t.Errorf("%q: %s (%.3f), want accepted", tt.title, got.Verdict, got.Score)
		}
	}
}

// TestRound43DatelineBelowCaption: a photo's caption above an article's
// dateline ("MANILA — …") is no sentence of its lead, so the lead's
// sentences below the dateline still link the attack to the health
// organisation; with no dateline the caption stays a sentence of the lead
// (round 43; sentences of our own).
func TestRound43DatelineBelowCaption(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Four of six Harborview Health systems back online"
	caption := "Staff process patients by hand in Lakeside on Monday, following the outage. Jane Doe, City News\n\n"
	lead := "Four of six external systems of the Harborview Health Corporation, which had been hit by a ransomware " +
		"attack, were running again on Thursday, its spokesperson said.\n\nThe remaining systems should follow next week."
	for _, tt := range []struct {
		name, text string
		fires      bool
	}{
		{"dateline", caption + "LAKESIDE — Officials said the outage had begun on Friday. " + lead, true},
		{"dateline with a state", caption + "SPRING VALLEY, Ill. (WQAD) – Officials said the outage had begun on Friday. " + lead, true},
		{"no dateline", caption + "Officials said the outage had begun on Friday. " + lead, false},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: tt.text})
		if hasRule(got, ruleHealthVictim) != tt.fires {
			t.Errorf("%s: %s fired %v, want %v (%s %.3f)", tt.name, ruleHealthVictim, !tt.fires, tt.fires, got.Verdict, got.Score)
		}
	}
}

// TestRound43LateNameAfterCopiedTitle: a page's copies of its title and
// its standfirst are no sentences of its story, so the attack's object the
// story's first sentences name is no late background attack, and the
// title's words ("Clinic Notify All") are not taken before it (round 43;
// sentences of our own).
func TestRound43LateNameAfterCopiedTitle(t *testing.T) {
	t.Parallel()
	title := "Why Did a Clinic Notify All Patients, Employees of Attack?"
	checkVictims(t, newTest(t), []victimCase{
		{"en", title, title + "\n\nPractice Says Finding Whose Data Was Exposed Was Too Costly\n" + title + "\n\n" +
			"Houston-based practice Bayou Gut Consultants notified all 162,000 of its patients and employees that their " +
			"information had potentially been compromised in a January ransomware attack.\n\nIn a statement posted in " +
			"March, Bayou Gut Consultants said it had experienced a ransomware attack on Jan. 10.",
			"Notify", "Bayou Gut Consultants"},
	})
}

// TestRound43UnrelatedAndGuarded: an attack word the report says had no
// part in the news ("sans lien avec une attaque cyber", "Anzeichen für
// einen Cyberangriff hatte man keine") is denied; one that names what is
// guarded against ("zum Schutz vor Hackern", "protection against
// ransomware") is weak; the same words told as events stay strong (round
// 43; sentences of our own).
func TestRound43UnrelatedAndGuarded(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		sentence, word string
		weak, denied   bool
	}{
		{"Le communiqué précise en outre que cette panne électrique est « sans lien avec une attaque cyber ou un sabotage »", "attaque cyber", true, true},
		{"La caída del sistema fue sin relación con un ciberataque, según el hospital.", "ciberataque", true, true},
		{"The outage was unrelated to a cyberattack, the hospital said.", "cyberattack", true, true},
		{"Anzeichen für einen Cyberangriff hatte man keine.", "Cyberangriff", true, true},
		{"Die Klinik stimme sich zum Schutz vor Hackern eng mit Fachleuten ab.", "Hackern", true, false},
		{"The grant pays for protection against ransomware in rural hospitals.", "ransomware", true, false},
		{"Le lien avec une attaque cyber a été confirmé par l'hôpital.", "attaque cyber", false, false},
		{"Die Klinik wurde von Hackern angegriffen.", "Hackern", false, false},
	} {
		toks := text.Tokenize(tt.sentence)
		found := false
		for _, h := range c.termHits(toks) {
			if h.Value.kind != kCyber || tt.sentence[toks[h.First].Start:toks[h.Last].End] != tt.word {
				continue
			}
			found = true
			if h.Value.weak != tt.weak || h.Value.denied != tt.denied {
				t.Errorf("%q: %q weak %v denied %v, want %v %v", tt.sentence, tt.word, h.Value.weak, h.Value.denied, tt.weak, tt.denied)
			}
		}
		if !found {
			t.Errorf("%q: no attack word %q", tt.sentence, tt.word)
		}
	}
}

// TestRound43ExplainerQuestionsAndUsl: a question title that asks what
// happens after an attack it names is an explainer of that incident, not
// commentary ("Cyber-Attacke auf …: Was passiert mit den Daten?"); Italy's
// "Usl" is a local health authority like its "Asl" (round 43; sentences of
// our own).
func TestRound43ExplainerQuestionsAndUsl(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleCommentary, false, []reportCase{
		{"de", "Cyber-Attacke auf Kliniken am Lech: Was passiert mit den Daten?", "Hunderte Menschen fürchten nach dem " +
			"Cyber-Angriff auf die Kliniken am Lech um ihre Daten. Die Täter erbeuteten Patientendaten."},
		{"fr", "Que sait-on du piratage de la mutuelle Horizon Santé ?", "La mutuelle Horizon Santé a subi une cyberattaque " +
			"le 1er février. Les données de ses assurés ont été volées."},
	})
	checkAccepted(t, c, []reportCase{
		{"it", "Gli hacker diffondono i referti, l'Usl rischia una multa", "Gli hacker hanno pubblicato i dati rubati nel " +
			"corso dell'attacco informatico. L'Usl di Borgo Alto ha denunciato il furto."},
		{"it", "Attacco hacker all'Usl Nordovest", "I sistemi informatici sono fermi da lunedì."},
	})
}

// TestRound43TitleAbbreviation: the title's abbreviation of three capitals
// near its attack, spelled out in the body in brackets after a health
// organisation's name, links the attack to that organisation (round 43;
// sentences of our own).
func TestRound43TitleAbbreviation(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "MOH temporarily shuts down its official website after hacking incident"
	checkRule(t, c, ruleHealthVictim, true, []reportCase{{"en", title, "The Ministry of Health (MOH) has temporarily " +
		"closed its official website to update its security features. This follows a cyber attack on 27 June, when the " +
		"website's homepage was hacked and replaced with threatening images."}})
	checkRule(t, c, ruleHealthVictim, false, []reportCase{{"en", title, "The Museum of History (MOH) has temporarily " +
		"closed its official website to update its security features."}})
}

// TestRound43SubjectsOwnAndMalwareOutbreak: an attack that "has disrupted
// its worldwide operations" acts on the sentence's subject, the health
// organisation, however far it stands; "the outbreak" a report names after
// a malware outbreak is that outbreak, no disease's, while a disease's
// outbreak stays one (round 43; sentences of our own).
func TestRound43SubjectsOwnAndMalwareOutbreak(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Malware attack disrupts worldwide operations"
	body := "American pharmaceutical company Halvorsen Labs revealed in its financial results announcement for the " +
		"second quarter of the year 2017 that a recent cyberattack has disrupted its worldwide operations, including manufacturing."
	if got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: body}); !hasRule(got, ruleHealthVictim) {
		t.Errorf("the attack on the subject's operations was not linked: %s (%.3f)", got.Verdict, got.Score)
	}
	bio := func(s string) (n int) {
		for _, h := range c.termHits(text.Tokenize(s)) {
			if h.Value.kind == kBio {
				n++
			}
		}
		return n
	}
	if n := bio("It was most likely the NotPetya malware outbreak. The firm was hit shortly after the outbreak started."); n != 0 {
		t.Errorf("a malware outbreak: %d biological words, want 0", n)
	}
	if n := bio("The ransomware outbreak ended in June. A measles outbreak then closed the ward."); n != 2 {
		t.Errorf("a measles outbreak after a ransomware outbreak: %d biological words, want 2 (measles, outbreak)", n)
	}
}

// TestRound43BreachNamedAttackNext: a lead sentence's security breach at a
// health organisation, named an attack by the next sentence with a
// definite article ("the hack"), links the attack to the organisation; a
// next sentence with no such attack does not (round 43; sentences of our
// own).
func TestRound43BreachNamedAttackNext(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "More than a million Ridgeway customer accounts exposed in security breach"
	lead := "Ridgeway BlueCross BlueShield, one of the largest regional health insurers in the U.S., has confirmed a " +
		"major security breach which is thought to have affected as many as 1.1 million customers. "
	for _, tt := range []struct {
		next  string
		fires bool
	}{
		{"The Baltimore-based firm announced yesterday that the hack had taken place in June last year.", true},
		{"The Baltimore-based firm announced yesterday that it had taken place in June last year.", false},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: lead + tt.next})
		if hasRule(got, ruleHealthVictim) != tt.fires {
			t.Errorf("%q: %s fired %v, want %v", tt.next, ruleHealthVictim, !tt.fires, tt.fires)
		}
	}
}

// TestRound43GermanHeadBeforeName: a German noun and its genitive article
// before a health organisation's name are no part of it ("Bereichen des
// Evangelischen Krankenhauses", "Postfächer des Klinikums …"); a head that is a
// health organisation's word stays ("Klinikum der Universität München")
// (round 43; sentences of our own).
func TestRound43GermanHeadBeforeName(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"de", "Phishing-Mail öffnet Hackern die Postfächer des Klinikums Weserbergland", "Über eine gefälschte E-Mail " +
			"haben sich Unbekannte Zugang zu den Postfächern mehrerer Beschäftigter verschafft.", "Postfächer", "Klinikums Weserbergland"},
		{"de", "Hackerangriff auf Klinikum", "Hacker haben das Klinikum der Universität Neustadt angegriffen.", "",
			"Klinikum der Universität Neustadt"},
	})
}

// TestRound43WhoReportsOthersAttack: who reports that another party was
// attacked is no victim ("Northwire reported that the group responsible
// for the cyberattack …"); one that reports its own attack is ("… reported
// that hackers accessed its email accounts") (round 43; sentences of our
// own).
func TestRound43WhoReportsOthersAttack(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Phishing campaign against Coral Coast Hospital and Health Service staff", "Northwire Health reported " +
			"that a phishing campaign had compromised the email accounts of several employees of the Coral Coast " +
			"Hospital and Health Service.", "Northwire", "Coral Coast Hospital and Health Service"},
		{"en", "Health agency hit by phishing", "The Lakeshore County Health Care Agency reported that hackers accessed " +
			"its email accounts.", "", "Lakeshore County Health Care Agency"},
	})
}

// TestRound43PublicationNoVictim: a publication's name that holds a health
// word ("Becker's Hospital Review") is no victim (round 43; sentences of our
// own).
func TestRound43PublicationNoVictim(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Ridgeway hospitals continue to face fallout from cyberattack", "Ridgeway hospitals continue to face " +
			"fallout from cyberattack\n\nThe August cyberattack targeting Culver City, Calif.-based Ridgeway Medical " +
			"Holdings' Connecticut facilities has left a financial strain on the hospitals as some computer systems are " +
			"still not restored, CT Mirror reported Oct. 1.\n\nRead the full post on Becker's Hospital Review - Healthcare News",
			"Review", ""},
	})
}

// TestRound43HealthServiceProvider: "healthcare service provider" before a
// name is a health organisation, as "healthcare provider" is; the plural
// that names the sector in breach statistics is not (round 43; sentences
// of our own).
func TestRound43HealthServiceProvider(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleHealthVictim, true, []reportCase{{"en", "Brightwater Care hit by cyber attack", "Healthcare " +
		"service provider Brightwater Care was reportedly hit by a ransomware attack that crippled several IT systems."}})
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Health providers top the data breach notifications again",
		Text: "Health service providers reported more data breaches than any other sector in the latest quarter, " +
			"according to the regulator's figures."})
	if got.IsHealthCyberattack {
		t.Errorf("breach statistics by sector accepted: %s (%.3f)", got.Verdict, got.Score)
	}
}

// TestRound43StoryLeadAndNotice: copies of the title, a standfirst and an
// image credit on lines of their own are no sentences of the lead, and a
// notice that warns customers that attackers took their data is no
// advisory: the lead sentence below them links the attack to the pharmacy
// chain (round 43; sentences of our own).
func TestRound43StoryLeadAndNotice(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Harbor Drug Says Ransomware Group Stole 1.2M Customers' Data"
	lead := "American pharmacy chain Harbor Drug is warning 1.2 million customers that attackers obtained their " +
		"personal information."
	for _, tt := range []struct {
		name, text string
	}{
		{"notice", lead},
		{"furniture above", title + "\n\nRise in Ransomware Attacks Tied to Recruitment of Affiliates Deserting Other Groups\n" +
			title + "\nImage: Shutterstock\n\n" + lead},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: tt.text}); !hasRule(got, ruleHealthVictim) {
			t.Errorf("%s: %s did not fire (%s %.3f)", tt.name, ruleHealthVictim, got.Verdict, got.Score)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Pharmacy chain warns of phishing", Text: "Pharmacy chain " +
		"Harbor Drug is warning customers that phishing emails may imitate its brand."})
	if hasRule(got, ruleHealthVictim) {
		t.Errorf("a warning of possible phishing read as an attack: %s (%.3f)", got.Verdict, got.Score)
	}
}

// TestRound43PlaceBasedSubject: "Hyderabad-based" before a health
// organisation leaves it its sentence's subject, so an attack after which
// it acted links to it across a long sentence (round 43; sentences of our
// own).
func TestRound43PlaceBasedSubject(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleHealthVictim, true, []reportCase{{"en", "Drug maker isolates its servers", "NEW DELHI: " +
		"Hyderabad-based drugmaker Kestrel Laboratories has isolated all its data centre servers across the world for " +
		"up to a day as a preventive action after detecting a cyberattack."}})
}

// TestRound43WhyInOtherLanguages: a title that asks why, in the languages
// read, opens commentary as "Why …" does, and so do recommendations
// (round 43; titles of our own).
func TestRound43WhyInOtherLanguages(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleCommentary, true, []reportCase{
		{"de", "Warten ist keine Option: Warum Kliniken jetzt bei IT-Sicherheit handeln müssen", "Cyberangriffe auf " +
			"Krankenhäuser nehmen zu. Viele Kliniken sind schlecht geschützt."},
		{"fr", "Pourquoi les hôpitaux sont la cible des rançongiciels", "Les cyberattaques contre les hôpitaux se " +
			"multiplient."},
		{"es", "Por qué los hospitales son el blanco de los ciberataques", "Los ciberataques contra hospitales aumentan."},
		{"fr", "Sécurité informatique des hôpitaux : la Cour des comptes publie ses recommandations", "Les hôpitaux " +
			"restent vulnérables aux cyberattaques, selon le rapport."},
	})
}

// TestRound43ExpertsInvestigateCareFacility: experts who investigate an
// attack are the victim's response, not commentary, and a care facility is
// a health organisation (round 43; sentences of our own).
func TestRound43ExpertsInvestigateCareFacility(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	report := []reportCase{{"en", "Experts investigate cyberattack at Linden care facility in Opstal", "Experts are " +
		"investigating a cyberattack at the Linden care facility in Opstal. Hackers partly accessed local servers, but " +
		"care services remain unaffected."}}
	checkRule(t, c, ruleCommentary, false, report)
	checkRule(t, c, ruleHealthVictim, true, report)
}

// TestRound43VeterinaryTitle: an animals' health organisation in the title
// ("vet center", "veterinary hospitals", "Tierklinik") is outside health,
// whatever its patients and urgent care; veterans' "vets" and a laboratory
// for veterinary and human health are not (round 43; sentences of our own).
func TestRound43VeterinaryTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	body := "A cyber attack disrupted operations at the center, closing urgent care services and locking doctors out of " +
		"patient files with a ransom demand."
	for _, tt := range []struct {
		lang, title string
		outside     bool
	}{
		{"en", "Cyberattack disrupts Oregon vet center", true},
		{"en", "Ransomware attack hits more than 400 veterinary hospitals", true},
		{"de", "Hackerangriff auf Tierklinik in Hofheim", true},
		{"en", "Cyberattack disrupts VA hospital serving vets", false},
		{"en", "Cyberattack disrupts Maple Veterinary and Human Health Lab", false},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: body})
		if hasRule(got, ruleOutside) != tt.outside {
			t.Errorf("%q: %s %v, want %v (%s %.3f)", tt.title, ruleOutside, !tt.outside, tt.outside, got.Verdict, got.Score)
		}
	}
}

// TestRound43FightingAttacksToCome: a title on how to fight attacks is
// advice, not an incident, in the languages read (round 43; titles of our
// own).
func TestRound43FightingAttacksToCome(t *testing.T) {
	t.Parallel()
	checkRule(t, newTest(t), ruleAdvice, true, []reportCase{
		{"fr", "Cyberattaques : comment lutter contre le piratage des données de santé", "Les hôpitaux sont des cibles " +
			"de choix pour les pirates, qui revendent les données des patients."},
		{"de", "Wie Kliniken Cyberangriffe bekämpfen können", "Krankenhäuser sind ein beliebtes Ziel von Hackern."},
	})
}

// TestRound43CyberSecurityAttack: "cyber security attack" and
// "cybersecurity attack" are attack words as "cyber attack" is (round 43;
// a sentence of our own).
func TestRound43CyberSecurityAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, s := range []string{"the cyber security attack on the supplier", "a cybersecurity attack on the trust"} {
		strong := slices.ContainsFunc(c.termHits(text.Tokenize(s)), func(h text.Hit[term]) bool {
			return h.Value.kind == kCyber && !h.Value.weak
		})
		if !strong {
			t.Errorf("%q: no unambiguous attack word", s)
		}
	}
}

// TestRound43Zorgbedrijf: a Flemish "zorgbedrijf" (a city's care company,
// running care homes and home care) is a health organisation (round 43; a
// sentence of our own).
func TestRound43Zorgbedrijf(t *testing.T) {
	t.Parallel()
	checkAccepted(t, newTest(t), []reportCase{{"nl", "Gemeente en Zorgbedrijf Lier getroffen door ransomware-aanval",
		"De gemeente Lier is getroffen door een ransomware-aanval. Ook het it-systeem van Zorgbedrijf Lier is door de " +
			"aanval geraakt."}})
}

// TestRound43TitleCountWins: a count of people the title states is the
// incident's; a larger count in the body is as often another incident's
// ("… comes less than two weeks after HCA Healthcare reported that data on
// roughly 11 million of its patients was stolen"). A small number in a
// title does not outrank the body (round 43; sentences of our own).
func TestRound43TitleCountWins(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Bayview General reports confidential data of 1.2 million " +
		"patients hacked", Text: "A criminal group stole confidential information of about 1.2 million Bayview General " +
		"Hospital patients. The hack comes less than two weeks after another hospital group reported that data on " +
		"roughly 11 million of its patients was stolen."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 1200000 {
		t.Errorf("records %s, want 1200000", countString(got.RecordsAffected))
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Medical Center Says 12 Employee Email Accounts Compromised",
		Text: "The information of 7,000 patients was in the mailboxes."})
	if got.RecordsAffected == nil || *got.RecordsAffected != 7000 {
		t.Errorf("records %s, want 7000", countString(got.RecordsAffected))
	}
}
