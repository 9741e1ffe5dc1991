package classify

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/classify/geo"
	"github.com/cit-health/cit/pkg/classify/text"
)

// The news rules decide what the statistical model cannot learn from the
// dev data, whose positives are breach-registry records: short headlines
// and leads, in seven languages, that either name a health organisation as
// the victim of an unambiguous cyberattack, or are one of the tracker's hard
// negatives. A rule that fires bounds the stacked log-odds: an accept rule
// lifts them to at least ruleAcceptZ, a reject rule caps them at
// ruleRejectZ, a review rule at ruleReviewZ. Most reports fire none and keep
// the model's score.
const (
	ruleAcceptZ = 3.0  // score 0.953
	ruleRejectZ = -3.0 // score 0.047
	ruleReviewZ = -0.5 // score 0.378: review at the default thresholds

	ruleHealthVictim  = "rule:health_victim_of_attack"
	ruleBiological    = "rule:biological_not_cyber"
	ruleNonCyber      = "rule:non_cyber_breach"
	ruleOutside       = "rule:attack_outside_health"
	ruleDataOnly      = "rule:health_data_of_unnamed_sector"
	ruleTrend         = "rule:trend_not_incident"
	ruleAdvice        = "rule:advice_not_incident"
	ruleBusiness      = "rule:business_news_not_incident"
	ruleImpersonated  = "rule:impersonated_not_attacked"
	ruleVulnerability = "rule:vulnerability_not_incident"
	ruleCommentary    = "rule:commentary_not_incident"
	ruleDenied        = "rule:attack_denied"
	ruleLawEnforcing  = "rule:law_enforcement_not_incident"
	ruleBackground    = "rule:health_only_in_background"
	ruleDisrupted     = "rule:care_disrupted_by_security_incident"
	ruleSectorNoName  = "rule:sector_story_names_no_victim"
	ruleExposure      = "rule:exposure_found_by_researcher"

	// maxLinkDistance is how many tokens may separate the attack word
	// from the health organisation in one sentence.
	maxLinkDistance = 15
	// maxPassiveDistance is how far a health organisation may stand before
	// an attack it suffered ("was hit by", "fell victim to"), over an
	// appositive that describes it.
	maxPassiveDistance = 35

	// leadSentences is how much of the body the accept rule reads: a
	// headline's lead. Further down, articles mention other attacks
	// ("… there have already been cases of attacks against hospitals").
	leadSentences = 2
)

// newsRule is the decision of a rule: the rule, the direction (+1 accept,
// −1 reject, 0 at most review, +2 at least review) and the span that
// triggered it.
type newsRule struct {
	rule string
	dir  int
	span string
}

// bound is the log-odds the rule lifts a score to (accept) or caps it at.
func (r newsRule) bound() float64 {
	switch {
	case r.dir > 1:
		return ruleReviewZ
	case r.dir > 0:
		return ruleAcceptZ
	case r.dir < 0:
		return ruleRejectZ
	}
	return ruleReviewZ
}

// apply bounds the log-odds z by the rule.
func (r newsRule) apply(z float64) float64 {
	if r.dir > 0 {
		return max(z, r.bound())
	}
	return min(z, r.bound())
}

// sentenceStarts reports, for each token, whether a new sentence starts
// at it: the gap before it holds '!', '?', ';', a line break, or a '.'
// followed by a capitalised word ("U.S. hospital" stays one sentence).
func sentenceStarts(src string, toks []text.Token) []bool {
	out := make([]bool, len(toks))
	for i := range toks {
		out[i] = startsSentence(src, toks, i)
	}
	return out
}

// startsSentence reports whether a new sentence starts at toks[i]
// (sentenceStarts).
func startsSentence(src string, toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	gap := src[toks[i-1].End:toks[i].Start]
	return strings.ContainsAny(gap, "!?;\n"+text.CJKStop) || (strings.Contains(gap, ".") && toks[i].Upper && strings.Contains(gap, " ") &&
		!titleAbbreviation(toks[i-1].Norm) && !initial(src, toks[i-1]) &&
		!strings.HasSuffix(gap, "(")) // "The Philippine Health Insurance Corp. (PhilHealth) on Monday confirmed"
}

// initial reports whether t is one capital letter, a name's initial whose
// dot ends no sentence: "Ann & Robert H. Lurie Children's Hospital".
func initial(src string, t text.Token) bool {
	return t.Upper && t.End-t.Start == 1 && !t.Digit && src[t.Start] >= 'A' && src[t.Start] <= 'Z'
}

// titleAbbreviation is a word whose dot does not end a sentence ("St.
// Margaret's Health", "Dr. Smith").
func titleAbbreviation(s string) bool {
	switch s {
	case "st", "ste", "sta", "mt", "dr", "mr", "mrs", "ms", "prof", "sr", "jr":
		return true
	}
	return false
}

// publicationSuffix reports whether token i ends the story part of a
// title followed by " | Publication" or " - Publication" (at most five
// words to the end).
func publicationSuffix(src string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) || len(toks)-i-1 > 5 {
		return false
	}
	gap := src[toks[i].End:toks[i+1].Start]
	return strings.Contains(gap, " | ") || strings.Contains(gap, " - ") || strings.Contains(gap, " – ")
}

// ledToAttack reports whether toks[i] opens "leading to", "led to" or
// "resulting in" an attack: "left its network exposed to a known
// vulnerability, leading to a ransomware attack" tells of a flaw that was
// used (round 67).
func ledToAttack(toks []text.Token, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	// compared word by word, no string built: this runs on every token of a text
	switch a, b := toks[i].Norm, toks[i+1].Norm; {
	case (a == "leading" || a == "led") && b == "to", (a == "resulting" || a == "resulted") && b == "in":
	default:
		return false
	}
	for k := i + 2; k < min(len(toks), i+6) && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "attack", "attacks", "ransomware", "cyberattack", "intrusion", "compromise", "hack":
			return true
		}
	}
	return false
}

// exploitedVerb says a flaw was used in an attack, not only found.
func exploitedVerb(s string) bool {
	switch s {
	case "breach", "breached", "breaches", "stole", "steal", "steals", "encrypted", "encrypt", "encrypts", "hit", "hits",
		"attacked", "infiltrated", "compromised", "compromise", "compromises", "exfiltrated", "disrupted", "paralysed",
		"paralyzed", "crippled", "took", "deployed", "exploited",
		"rigged", "hijacked", "exploiting", // round 28: "Norfolk General Hospital's website was rigged to infect visitors with ransomware, researchers say"
		// data taken, in the other languages: "les pirates ont exploité une faille … dérobées"
		"derobe", "derobees", "derobes", "volees", "voles", "gestohlen", "robados", "robadas", "rubati", "sottratti",
		"esfiltrati", "roubados", "gestolen",
		// a flaw used, in the other languages: "Le pirate … a exploité une faille de sécurité" (round 48)
		"exploite", "exploitee", "exploites", "exploitees", "exploitant", "exploto", "explotado", "explotada", "explotaron", "explotando",
		"sfruttato", "sfruttata", "sfruttando", "explorou", "exploraram", "ausgenutzt", "ausnutzten", "misbruikt", "misbruikten":
		return true
	}
	return false
}

// nonHealthOwner is an organisation outside health that may hold health
// data: a school, a city, a bank, a retailer.
func nonHealthOwner(s string) bool {
	switch s {
	case "school", "schools", "district", "university", "college", "city", "county", "municipality", "bank", "retailer",
		"airline", "telecom", "hotel", "restaurant", "employer", "gym", "casino", "church",
		"army", "military", "navy", "defence", "defense", "police", "government", "parliament", "court", "embassy", "ministry":
		return true
	}
	return false
}

// advisoryWord marks warnings, advice and hypotheticals: "FBI warns
// hospitals of ransomware", "hackers could take over infusion pumps".
func advisoryWord(s string) bool {
	switch s {
	case "warn", "warns", "warned", "warning", "warnings", "urge", "urges", "urged", "advisory", "advisories", "could",
		"defend", "defends", "defending", "prevent", "prevents", "preventing", "mitigate", "mitigating",
		"protect", "protects", "protecting", "impersonate", "impersonates", "impersonating", "masquerading",
		"might", "would", "drill", "exercise", "simulation", "guidance", "prepare", "tips", "spend",
		// round 24: drills in the other languages ("un simulacro de ciberataque", "spelen hackersscenario na")
		"simulacro", "simulacros", "exercice", "exercices", "ejercicio", "esercitazione", "esercitazioni", "exercicio",
		"simulacao", "simulazione", "simulatie", "oefening", "oefeningen", "geoefend", "ubung", "notfallubung",
		"oefende", "oefenden", "oefent", "oefenen", // round 35: "Het ziekenhuis oefende dinsdag met een cyberaanval"
		"scenario", "scenarios", "hackersscenario",
		// round 25: prevention in the other languages ("helpen bij het voorkomen van cyberincidenten")
		"voorkomen", "prevenir", "prevenire", "verhindern", "vorbeugen",
		// round 22: "proteger los hospitales frente a ataques", "zorgvoorzieningen beter te wapenen tegen
		// cyberaanvallen" (resilience: see resilienceWord)
		"wapenen", "proteger", "protegerse", "proteggere", "schutzen", "beschermen",
		"proposes", "proposed", "rulemaking",
		// yearly reports and programmes: "BSI-Lagebericht", "il rapporto Clusit", "se préparer aux attaques"
		"lagebericht", "rapporto", "preparer", "vorbereiten", "preparar", "preparare", "voorbereiden",
		"rapport", "relatorio", "jaarverslag", "jahresbericht",
		"avertit", "alerte", "warnt", "warnen",
		"warnung", "advierte", "alerta", "avverte", "allerta", "waarschuwt", "podrian", "pourraient", "konnten", "potrebbero",
		// round 45: "Vorsicht bei neuer Gesundheitskarte von der Krankenkasse: Betrugsversuche mit Phishing-Mails"
		"vorsicht", "beware", "cuidado", "attenzione", "atencao",
		// round 55: "could" in the singular, and "may" as the other languages' subjunctive ("que eventuais ataques
		// informáticos possam colocar em risco os dados pessoais de utentes")
		"podria", "pourrait", "potrebbe", "poderia", "poderiam", "zou", "zouden",
		"possam", "possa", "puedan", "pueda", "puissent", "puisse", "possano":
		return true
	}
	return resilienceWord(s)
}

// resilienceWord is resilience in the seven languages, advice and
// commentary alike: "to make the NHS resilient to cyber attacks",
// "cyberweerbaarheid" (round 22; the compounds round 27).
func resilienceWord(s string) bool {
	switch s {
	case "resilient", "resilience", "resiliencia", "resilienza", "resilienz", "weerbaar", "weerbaarheid",
		"cyberweerbaarheid", "cyberresilienz", "cyberresilience":
		return true
	}
	return false
}

// coordinatedSectors reports whether the kind word ending at toks[last]
// qualifies, with others joined by "and" or "or", a plural sector noun:
// "the pharmaceutical and aerospace sectors", "healthcare, energy or
// finance industries".
func coordinatedSectors(toks []text.Token, last int) bool {
	joined := false
	for k := last + 1; k < len(toks) && k <= last+5 && (!toks[k].Break || toks[k].Comma); k++ {
		switch toks[k].Norm {
		case "and", "or":
			joined = true
		case "sectors", "industries":
			return joined
		}
	}
	return false
}

// genericTarget reports whether a health-organisation target stands for
// the sector, not for an organisation: lower-case words in the plural in a
// sentence that counts or compares ("764 healthcare providers hit by
// ransomware", "hospitals are increasingly targeted", "attackers outpacing
// hospitals' defences"), or a lower-case word that only qualifies another
// noun in the plural ("segmenting hospital networks", "aimed at hospital
// staff"). A name ("Ascension hospitals") or a few ("two hospitals") is
// an organisation's. In a Title Case headline (cased) capitals say nothing
// of names: "Ransomware Gangs Say They Will Stop Attacking Health
// Organizations", "Cyberattacks a Growing Credit Risk for Nonprofit
// Hospitals" are the sector's.
func genericTarget(src string, toks []text.Token, t [2]int, sent []int, cased bool) bool {
	for k := t[0] - 1; k >= max(0, t[0]-4) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "held", "detained", "committed", "admitted", "sectioned":
			// a place someone is held or treated: "ordered held in secure hospital" (round 23), "to be
			// detained in a secure hospital" (round 25)
			return true
		}
	}
	for k := t[0] - 1; k >= max(0, t[0]-2) && !toks[k+1].Break; k-- {
		if readersOwn(toks[k].Norm) {
			return true // the reader's: "the odds of a cyber attack on your dental practice increase" (round 56)
		}
	}
	if k := t[0] - 1; k >= 0 && !toks[t[0]].Break && (employersPeople(toks[k].Norm) || careRecord(toks[k].Norm)) {
		// a benefit of an employer's people ("staff HMO enrolment records",
		// "staff health insurance deductions"), a record of care, not a
		// carer ("un informe médico") (round 24)
		return true
	}
	if n := t[1] + 1; n < len(toks) && !toks[n].Break && speechVerb(toks[n].Norm) && authority(toks[t[0]:t[1]+1]) {
		return true // an agency that speaks, not a victim: "The FBI, CISA and HHS say the Hive ransomware gang …" (round 24)
	}
	if t[0] > 0 && !toks[t[0]].Break && toks[t[0]-1].Norm == "to" && authority(toks[t[0]:t[1]+1]) {
		return true // a regulator reported to: "the number of healthcare breaches reported to HHS fell" (round 28)
	}
	if k := t[0] - 1; k >= 0 && !toks[t[0]].Break && sectorWord(toks[t[0]:t[1]+1]) && regionQualifier(toks[k].Norm) &&
		(t[1]+1 >= len(toks) || toks[t[1]+1].Break || !sectorHead(toks[t[1]+1].Norm)) {
		return true // a country's sector, not an organisation: "Ransomware Demands Against US Healthcare Soared" (round 29)
	}
	for k := t[0]; k <= t[1] && !cased; k++ {
		if toks[k].Upper && !(k == 0 || sentenceStart(src, toks, k)) && !germanHealthPlural(toks[k].Norm) {
			return false // but German writes its nouns capitalised: "der deutschen Krankenhäuser" (round 41)
		}
	}
	if k := t[0] - 1; !cased && k > 0 && toks[k].Upper && !toks[t[0]].Break && !sentenceStart(src, toks, k) &&
		!(toks[k-1].Digit && !smallCount(toks[k-1]) && yearOf(toks[k-1]) == 0) {
		// "Ascension hospitals", "Israeli hospitals"; not "Segmenting
		// hospital networks", nor a tally: "764 US healthcare providers" (round 23)
		return false
	}
	last := toks[t[1]].Norm
	next := ""
	if t[1]+1 < len(toks) && !toks[t[1]+1].Break {
		next = toks[t[1]+1].Norm
	}
	lastWord := src[toks[t[1]].Start:toks[t[1]].End]
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && last != "hhs" && last != "nhs" &&
		strings.ToUpper(lastWord) != lastWord // "BCBS" is a name's initials
	// round 41: a plural without an s ("Krankenhäuser", "ospedali"), or a
	// plural head before its complement ("422 établissements de santé")
	plural = plural || germanHealthPlural(last) || otherPlural(last) || strings.HasSuffix(last, "aux") ||
		(t[1] > t[0] && !toks[t[0]].Upper && (otherPlural(toks[t[0]].Norm) || strings.HasSuffix(toks[t[0]].Norm, "s")))
	// round 57: a kind before a plural of businesses ("home care agencies,
	// are prime targets for cybercriminals")
	plural = plural || (!toks[t[1]].Upper && pluralBusinesses(next))
	modifier := !plural && (next == "networks" || next == "staff" || next == "staffs" || next == "workers" ||
		next == "devices" || next == "systems" || next == "employees" || next == "executives" || next == "leaders" ||
		next == "sector" || next == "industry" || next == "organisations" || next == "organizations" || next == "apps" ||
		next == "portals" || next == "platforms" ||
		// what a record is of: "sensitive documents on mental health assessments"
		next == "assessments" || next == "assessment" || next == "evaluations" || next == "notes" ||
		// a payroll's or a benefit's item: "health insurance deductions" (round 24)
		next == "deductions" || next == "deduction" || next == "premiums" || next == "contributions" || next == "enrolment" ||
		next == "enrollment" || next == "enrolments" || next == "enrollments" ||
		// a kind of file or program: "Targets Medical Imaging File Formats", "hospital information systems" (round 28)
		next == "file" || next == "files" || next == "formats" || next == "format" || next == "software" || next == "information")
	if oneOfKind(toks, t[0]) {
		return false // a member of its kind: "US Fertility, which is one of the largest fertility clinic networks" (round 45)
	}
	if makerOf(toks, t[0]) {
		return false // the kind of maker an organisation is: "a leading manufacturer of … medical devices" (round 44)
	}
	if modifier || (t[1] > t[0] && (last == "networks" || last == "devices")) {
		return true // "hospital networks", "medical devices": things, not organisations
	}
	if !plural && coordinatedSectors(toks, t[1]) {
		return true // "materials with broad applications to the pharmaceutical and aerospace sectors" (round 68)
	}
	if !plural {
		return false
	}
	for k := t[0] - 1; k >= max(0, t[0]-3) && !toks[k+1].Break; k-- {
		if smallCount(toks[k]) {
			return false // "two hospitals", "3 clinics"
		}
	}
	for k := t[0] - 1; k >= max(0, t[0]-5) && !toks[k+1].Break; k-- {
		if operatorWord(toks[k].Norm) {
			return false // round 27: "Rede Orvalis, the operator of 30 hospitals", "which operates more than a hundred clinics"
		}
	}
	if k := t[0] - 2; k >= 0 && !toks[t[0]].Break && !toks[k+1].Break && attackOnPreposition(toks[k+1].Norm) &&
		(pluralAttack(toks[k].Norm) || toks[k].Norm == "cyberattacken" || toks[k].Norm == "hackerangriffe") {
		return true // attacks on a kind of organisation: "Cyberattacken auf Krankenhäuser: Gesundheitswesen in Geiselhaft" (round 45)
	}
	// The plural stands for the sector when the sentence counts, compares,
	// speaks of a tendency or of what attacks can do ("Les cyberattaques
	// peuvent avoir un impact financier démesuré sur les hôpitaux", round 58).
	for k, tok := range toks {
		if sent[k] != sent[t[0]] {
			continue
		}
		if possibilityModal(tok.Norm) && !(k+1 < len(toks) && (negation(toks[k+1].Norm) || toks[k+1].Norm == "t")) &&
			!(k > 0 && negation(toks[k-1].Norm)) {
			return true
		}
		if tok.Digit && !smallCount(tok) && yearOf(tok) == 0 {
			return true
		}
		if tok.Digit && strings.HasPrefix(strings.TrimLeft(src[tok.End:], " \u00a0\u202f"), "%") {
			return true // a share: "ont concerné, dans 10 % des cas, des établissements de santé" (round 41)
		}
		switch tok.Norm {
		case "increasingly", "likely", "more", "most", "many", "every", "all", "percent", "rise", "rose", "rising",
			"surge", "surged", "doubled", "outpacing", "open", "vulnerable", "often", "frequently", "common", "top",
			"among", "across", "industry", "sector", "trend", "trends", "statistics", "growing", "elsewhere",
			"focuses", "focused", "focusing", "disproportionately", "favours", "favors", "prefers", "routinely", // round 24
			// round 41: "Mehrheit der Krankenhäuser erlebte schon einen Cyberangriff", "la plupart des hôpitaux"
			"mehrheit", "prozent", "majorite", "plupart", "mayoria", "maggioranza", "maioria", "meerderheid", "procent",
			// round 44: lists, habits and targets of a kind ("Mutuelles piratées : une liste des incidents récents",
			// "extorsiones a centros hospitalarios … son los objetivos de ciberdelincuentes que suelen operar")
			"list", "liste", "lista", "lijst", "suelen", "suele", "souvent", "haufig", "spesso", "vaak", "frequentemente",
			"objetivos", "cibles", "bersagli", "alvos", "doelwitten", "targets",
			// round 45: a threat to the kind ("Kenya: Hospitals Under Major Threat of Hackers")
			"threat", "threats", "menace", "menaces", "bedrohung", "amenaza", "amenazas", "minaccia", "ameaca", "dreiging",
			// round 53: a growth in the other languages ("hospitais, clínicas … registraram um crescimento acelerado de
			// incidentes")
			"crescimento", "crecimiento", "aumento", "incremento", "croissance", "hausse", "zunahme", "anstieg", "groei",
			"toename", "crescita",
			// round 53: "more", "most" and "many" in the other languages ("les établissements de santé ont été les
			// troisièmes plus nombreuses victimes des attaques")
			"plus", "piu", "mais", "mehr", "meisten", "meer", "meest", "nombreuses", "nombreux", "numerosos", "numerosas",
			"numerosi", "numerose", "zahlreiche", "talrijke",
			// round 55: "every" and "all" in the other languages ("Une cyberattaque tous les trois jours dans les
			// hôpitaux"), and what the kind is most exposed to ("una forma de malware particularmente atroz para los
			// hospitales")
			"chaque", "tous", "toutes", "cada", "todos", "todas", "ogni", "tutti", "tutte", "jede", "jeder", "jeden", "elke", "iedere",
			"particularly", "especially", "particulierement", "particularmente", "particolarmente", "especialmente",
			"besonders", "vooral",
			// round 57: an everyday reality ("l’attacco informatico ai dati sanitari negli ospedali e nelle cliniche
			// italiane è realtà quotidiana")
			"daily", "everyday", "quotidiana", "quotidiano", "quotidiani", "quotidiane", "quotidien", "quotidienne",
			"quotidiens", "quotidiennes", "taglich", "tagliche", "taglichen", "alltag", "cotidiana", "cotidiano", "cotidianos",
			"cotidianas", "diaria", "diarias", "dagelijks", "dagelijkse",
			// round 58: what a kind habitually suffers ("Hospitals fall victim to cyber-attacks in the form of
			// ransomware")
			"fall", "face", "become":
			return true
		}
	}
	return false
}

// pluralBusinesses is a plural noun of businesses that a kind of care
// may qualify: "home care agencies", "dental providers".
func pluralBusinesses(s string) bool {
	switch s {
	case "agencies", "providers", "companies", "businesses", "firms", "facilities", "operators":
		return true
	}
	return false
}

// underRules reports whether the rule at the title's token i is what an
// incident told before it follows: "Henry Schein working to resolve
// cybersecurity incident under new rules" (round 45); "Hospitals told to
// … drop pirated software under new Centre rules" is the rules' news.
func underRules(d *doc, i int) bool {
	toks := d.titleToks
	for k := i - 1; k >= max(0, i-3); k-- {
		if toks[k].Norm == "under" {
			return slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool {
				switch toks[h.Last].Norm {
				case "incident", "attack", "cyberattack", "breach", "hack", "ransomware":
					return h.Value.kind == kCyber && h.Last < k
				}
				return false
			})
		}
	}
	return false
}

// attackOnPreposition is "on" or "against" in the seven languages, as
// attacks are made on their targets.
func attackOnPreposition(w string) bool {
	switch w {
	case "on", "against", "auf", "gegen", "contre", "sur", "contra", "contro", "su", "op", "tegen":
		return true
	}
	return false
}

// oneOfKind reports whether "one of" opens the words before toks[i] in
// its clause: "one of the largest fertility clinic networks in the US",
// "one of the nation's biggest hospital systems" name what one
// organisation is.
func oneOfKind(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(1, i-6) && !toks[k+1].Break; k-- {
		if toks[k].Norm == "of" && toks[k-1].Norm == "one" {
			return true
		}
	}
	return false
}

// makerOf reports whether the things at toks[i] are what an organisation
// makes: "a leading manufacturer of heart surgery medical devices" is a
// device maker (round 44).
func makerOf(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-4) && !toks[k+1].Break; k-- {
		if toks[k].Norm == "of" && k > 0 {
			switch toks[k-1].Norm {
			case "manufacturer", "manufacturers", "maker", "makers", "supplier", "suppliers", "developer", "developers":
				return true
			}
		}
	}
	return false
}

// germanHealthPlural is a German plural of a health organisation's noun,
// capitalised as every German noun is: "Krankenhäuser", "Kliniken".
func germanHealthPlural(w string) bool {
	switch w {
	case "krankenhauser", "kliniken", "praxen", "arztpraxen", "spitaler", "pflegeheime", "labore", "apotheken", "krankenkassen",
		"krankenhausern", "spitalern", "pflegeheimen", "laboren": // datives: "in Krankenhäusern" (round 64)
		return true
	}
	return false
}

// otherPlural is a plural of the other languages that does not end in s:
// "ospedali", "cliniche", "ziekenhuizen".
func otherPlural(w string) bool {
	switch w {
	case "ospedali", "cliniche", "strutture", "aziende", "laboratori", "farmacie", "ziekenhuizen", "klinieken",
		"zorginstellingen", "huisartsen":
		return true
	}
	return false
}

// operatorWord is what an organisation does with the care facilities it
// is described by: "the operator of 30 hospitals", "which runs 45 homes".
func operatorWord(w string) bool {
	switch w {
	case "operator", "operates", "operating", "runs", "running", "owns", "manages", "managing",
		"serving", "serves": // a supplier's clients: "firm serving more than 100 nursing homes" (round 45)
		return true
	}
	return false
}

// ransomToPrevent reports whether the "prevent" at toks[i] is what a paid
// ransom was for: "The hacked Clinical Diagnostics laboratory … paid a
// ransom to prevent more stolen data from leaking" tells of the attack,
// no advice (round 69).
func ransomToPrevent(toks []text.Token, sent []int, i int) bool {
	if toks[i].Norm != "prevent" || i < 2 || toks[i-1].Norm != "to" {
		return false
	}
	for k := i - 2; k >= max(0, i-5) && sent[k] == sent[i]; k-- {
		if toks[k].Norm == "ransom" {
			return true
		}
	}
	return false
}

// fateOfTakenData reports whether the modal at toks[i] tells what may
// become of data already taken: "Patient, employee data taken in
// ransomware attack of 5 Ontario hospitals could be exposed", "data have
// been taken and could be shared", "could have been obtained by
// cybercriminals" (round 49). The attack is no possibility.
func fateOfTakenData(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "could", "might", "would", "may":
	default:
		return false
	}
	k := i + 1
	if k+1 < len(toks) && toks[k].Norm == "have" && toks[k+1].Norm == "been" && !toks[k].Break && !toks[k+1].Break {
		// "your personal information could have been obtained by
		// cybercriminals during a security breach": whose data was taken
		// is uncertain, not the breach
		k += 2
		if k < len(toks) && !toks[k].Break {
			switch toks[k].Norm {
			case "obtained", "accessed", "stolen", "taken", "exposed", "compromised", "viewed", "copied", "acquired", "exfiltrated":
				return true
			}
		}
		return false
	}
	if k+1 >= len(toks) || toks[k].Break || toks[k+1].Break || toks[k].Norm != "be" || toks[i].Norm == "may" {
		return false
	}
	switch toks[k+1].Norm {
	case "exposed", "leaked", "published", "shared", "released", "sold", "misused", "posted":
		return true
	}
	return false
}

// consequenceOfAttack reports whether the modal at toks[i] opens a
// relative clause on what an attack told before it in the sentence may
// bring: "a ransomware attack at McLaren Health Care that could affect
// large numbers of patients" tells of an attack, not of a possible one
// (round 41); so does a modal perfect after it, "the ransomware attack
// that took down … also could have leaked some patient data" (round 49).
func consequenceOfAttack(toks []text.Token, sent []int, i int, attacks [][2]int) bool {
	perfect := i+1 < len(toks) && toks[i+1].Norm == "have" && !toks[i+1].Break // "the ransomware attack … also could have leaked" (round 49)
	if i == 0 || toks[i].Break || (toks[i-1].Norm != "that" && toks[i-1].Norm != "which" && !perfect) {
		return false
	}
	switch toks[i].Norm {
	case "could", "might", "would":
	default:
		return false
	}
	// one attack told as an event ("a ransomware attack at …"), not attacks
	// a thing is open to ("vulnerable to cyberattacks that could cause …")
	return slices.ContainsFunc(attacks, func(a [2]int) bool {
		if a[1] >= i-1 || sent[a[0]] != sent[i] || a[0] == 0 || strings.HasSuffix(toks[a[1]].Norm, "s") {
			return false
		}
		switch toks[a[0]-1].Norm {
		case "a", "an", "the", "this", "last":
			return true
		}
		return false
	})
}

// adviceAfterAttack reports whether the advice word at toks[i] is given to
// an attack's victims because of it: "has urged its members to be alert
// for scams after the Medusa ransomware group published data stolen from
// its systems" (round 24), "is warning 2.2 million customers that
// attackers obtained their personal information" (round 43). The advice
// goes to people, a few words on, and the attack follows "after" or "that"
// in the same sentence.
func adviceAfterAttack(toks []text.Token, sent []int, i int, attacks [][2]int) bool {
	people := false
	for k := i + 1; k < len(toks) && k <= i+4 && sent[k] == sent[i]; k++ {
		switch toks[k].Norm {
		case "patients", "members", "customers", "clients", "donors", "residents", "users", "policyholders", "subscribers",
			"parents", "families", "staff", "employees", "people", "public":
			people = true
		}
	}
	if !people {
		return false
	}
	if victimOfAttackBefore(toks, sent, i, attacks) {
		return true
	}
	for k := i + 1; k < len(toks) && sent[k] == sent[i]; k++ {
		if toks[k].Norm != "after" && toks[k].Norm != "following" && toks[k].Norm != "that" {
			continue
		}
		for _, a := range attacks {
			if a[0] > k && a[0] <= k+8 && sent[a[0]] == sent[i] {
				return toks[k].Norm != "that" || !modalNear(toks, sent, k, a[1]+4)
			}
		}
		return false
	}
	return false
}

// susceptibilityOf reports whether the vulnerability word at
// toks[first..last] is the exposure of a kind of organisation ("the
// digital vulnerability of small businesses", "the vulnerability of
// hospitals"), not a flaw in software.
func susceptibilityOf(toks []text.Token, first, last int) bool {
	if first != last || !strings.HasPrefix(toks[first].Norm, "vulnerabilit") || last+1 >= len(toks) || toks[last+1].Norm != "of" {
		return false
	}
	for k := last + 2; k < len(toks) && k <= last+4 && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "businesses", "companies", "firms", "organisations", "organizations", "hospitals", "providers", "institutions",
			"sector", "industry", "healthcare", "society", "infrastructure":
			return true
		}
	}
	return false
}

// sectorInLead returns the first word for a sector ("sector", "settore",
// "Gesundheitssektor", "sanità", "Gesundheitswesen") in the title or the
// lead, or a title's health organisations named only as a kind in the
// plural ("les hôpitaux").
func sectorInLead(d *doc) (string, bool) {
	for _, t := range d.titleToks {
		if sectorNounWord(t.Norm) || sectorWholeWord(t.Norm) {
			return d.title[t.Start:t.End], true
		}
	}
	for _, h := range d.titleHits {
		// a kind in the plural after a definite article: "Une cyberattaque
		// tous les trois jours dans les hôpitaux"; not "une red de
		// clínicas", "venti ospedali", "diagnostics chain" (round 55)
		t := d.titleToks[h.Last]
		if h.Value.kind != kHealthOrg || t.Upper || !(pluralOrg(t.Norm) || strings.HasSuffix(t.Norm, "aux")) || h.First == 0 ||
			d.titleToks[h.First].Break || !definitePlural(d.titleToks[h.First-1].Norm) {
			continue
		}
		if n := h.Last + 1; n < len(d.titleToks) && !d.titleToks[n].Break && sectorHead(d.titleToks[n].Norm) {
			continue
		}
		return d.title[d.titleToks[h.First-1].Start:t.End], true
	}
	sent, _ := d.bodySentences()
	lead := d.bodyLead()
	for i, t := range d.bodyToks {
		if sent[i] > lead {
			break
		}
		if sectorNounWord(t.Norm) || sectorWholeWord(t.Norm) {
			return d.body[t.Start:t.End], true
		}
		if hypothetical(d.bodyToks, i) && !suspectedCause(d.bodyToks, sent, i, d.bodyHits) {
			// a possibility, not an event: "Ein böswilliger Hackerangriff
			// kann die gesamte Zahnarztpraxis lahmlegen" (round 57)
			return d.body[t.Start:t.End], true
		}
	}
	return "", false
}

// suspectedCause reports whether the "possible" at toks[i] qualifies an
// attack that its sentence says has done harm: "A possible cyber attack
// against the healthcare system … has disrupted services and forced the
// cancellation of some appointments" suspects the cause of an event; it
// tells no mere possibility (round 58).
func suspectedCause(toks []text.Token, sent []int, i int, hits []text.Hit[term]) bool {
	if toks[i].Norm != "possible" {
		return false
	}
	for _, h := range hits {
		if h.First != i+1 || h.Value.kind != kCyber {
			continue
		}
		for k := h.Last + 1; k < len(toks) && sent[k] == sent[i]; k++ {
			switch toks[k].Norm {
			case "disrupted", "disrupts", "crippled", "cripples", "forced", "forces", "knocked", "shut", "paralysed", "paralyzed":
				return true
			}
		}
	}
	return false
}

// possibilityModal is a modal of possibility in the plural of the seven
// languages: "can", "peuvent", "pueden", "possono", "podem", "können",
// "kunnen".
func possibilityModal(w string) bool {
	switch w {
	case "can", "peuvent", "pueden", "possono", "podem", "konnen", "kunnen":
		return true
	}
	return false
}

// definitePlural is a definite article of the plural, alone or joined to
// a preposition, in the seven languages: "les", "aux", "los", "gli",
// "dei", "os", "dos", "die", "the".
func definitePlural(w string) bool {
	switch w {
	case "the", "les", "aux", "los", "las", "gli", "dei", "degli", "delle", "agli", "negli", "nelle", "os", "as", "dos", "das",
		"nos", "nas", "aos", "die", "den":
		return true
	}
	return false
}

// sectorWholeWord is a word for the whole of health care as a sector:
// "sanità", "Gesundheitswesen", "Gesundheitsbereich".
func sectorWholeWord(s string) bool {
	switch s {
	case "sanita", "gesundheitswesen", "gesundheitswesens", "gesundheitsbereich",
		"sanidad", "gezondheidszorg": // round 55: "Los ciberataques en sanidad pueden ir más allá de …"
		return true
	}
	return false
}

// warningAside reports whether the advisory word at toks[i] stands in an
// "as" clause after the attack its sentence reports: "Ransomware hackers
// strike Toowoomba pharmacy as businesses warned of new tactics" tells of
// the attack first, the warning beside it (round 52).
func warningAside(toks []text.Token, sent []int, i int, attacks [][2]int) bool {
	for k := i - 1; k >= max(0, i-3) && sent[k] == sent[i]; k-- {
		if toks[k].Norm != "as" && toks[k].Norm != "while" {
			continue
		}
		for _, a := range attacks {
			if a[1] < k && sent[a[0]] == sent[i] {
				return true
			}
		}
		return false
	}
	return false
}

// topicPair reports whether the attack and the health organisation are
// two topics joined by "and": "Farmacie e cybercriminalità: nuove sfide
// nell'era digitale" tells of neither as the other's object (round 44).
func topicPair(toks []text.Token, a, t [2]int) bool {
	conj := func(k int) bool {
		if k <= 0 || k >= len(toks) || toks[k].Break {
			return false
		}
		switch toks[k].Norm {
		case "and", "et", "und", "y", "e", "en":
			return true
		}
		return false
	}
	return (t[1]+2 == a[0] && conj(t[1]+1)) || (a[1]+2 == t[0] && conj(a[1]+1))
}

// victimOfAttackBefore reports whether the sentence of the advice word at
// toks[i] first tells of one attack its subject suffered: "Five Ontario
// hospitals affected by a recent ransomware attack, along with their
// shared IT provider, are warning patients and staff that their data may
// be published" (round 44). The attack is one event ("a", "the", "this"
// before it, its head no plural) that "by", "after" or "following"
// introduces.
func victimOfAttackBefore(toks []text.Token, sent []int, i int, attacks [][2]int) bool {
	return slices.ContainsFunc(attacks, func(a [2]int) bool {
		if a[1] >= i || sent[a[0]] != sent[i] || strings.HasSuffix(toks[a[1]].Norm, "s") {
			return false
		}
		article := false
		for k := a[0] - 1; k >= max(0, a[0]-4) && sent[k] == sent[i]; k-- {
			switch toks[k].Norm {
			case "a", "an", "the", "this", "last":
				article = true
			case "by", "after", "following":
				return article
			}
		}
		return false
	})
}

// modalNear reports whether a modal verb stands in toks[from..to] within
// from's sentence: "is warning customers that phishing emails may imitate
// its brand" warns of what may come.
func modalNear(toks []text.Token, sent []int, from, to int) bool {
	for k := from; k <= to && k < len(toks) && sent[k] == sent[from]; k++ {
		switch toks[k].Norm {
		case "may", "might", "could", "can", "would", "will":
			return true
		}
	}
	return false
}

// employersPeople is a word for an employer's own people, whose benefits a
// health word may follow.
func employersPeople(w string) bool {
	switch w {
	case "staff", "employee", "employees", "retiree", "retirees":
		return true
	}
	return false
}

// careRecord is a document of care that a health word may qualify: "un
// informe médico", "un dossier médical".
func careRecord(w string) bool {
	switch w {
	case "informe", "informes", "certificado", "certificados", "historial", "expediente", "expedientes", "rapport",
		"certificat", "certificats", "dossier", "dossiers", "referto", "referti", "certificato", "relatorio", "atestado",
		"laudo", "attest", "attestation", "attestations":
		return true
	}
	return false
}

// speechVerb is a verb of saying or warning.
func speechVerb(w string) bool {
	switch w {
	case "say", "says", "said", "warn", "warns", "warned", "reports", "reported", "announced", "announces":
		return true
	}
	return false
}

// smallCount reports whether a token is a count of a few: "two", "3".
func smallCount(t text.Token) bool {
	switch t.Norm {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both":
		return true
	}
	if t.Digit {
		n, err := strconv.Atoi(t.Norm)
		return err == nil && n <= 20
	}
	return false
}

// crippleInfinitive is an infinitive of crippling or striking in the six
// languages besides English, which a modal makes a possibility: "Ein
// böswilliger Hackerangriff kann die gesamte Zahnarztpraxis lahmlegen",
// "kann jede Praxis treffen" (round 57).
func crippleInfinitive(s string) bool {
	switch s {
	case "lahmlegen", "lahmzulegen", "stilllegen", "treffen", "paralyser", "bloquer", "toucher", "paralizar", "bloquear",
		"afectar", "paralizzare", "bloccare", "colpire", "paralisar", "atingir", "platleggen", "blokkeren":
		return true
	}
	return false
}

// failedTo reports whether the advice word at toks[i] is what someone
// failed to do: "accuses Covenant Health of failing to protect patient
// data after a recent cyberattack" is a lawsuit's charge over an attack,
// no advice (round 63).
func failedTo(toks []text.Token, i int) bool {
	if i < 2 || toks[i].Break || toks[i-1].Break || toks[i-1].Norm != "to" {
		return false
	}
	switch toks[i-2].Norm {
	case "failed", "failing", "fails", "fail", "failure", "failures", "neglected", "neglecting":
		return true
	}
	return false
}

// riskTarget reports whether toks[i] calls its subject a likely target, a
// risk and no event: "Hospitals are an attractive target for hackers", "une
// cible privilégiée", "ein beliebtes Ziel", "un bersaglio facile" (round 63).
func riskTarget(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "target", "targets", "cible", "cibles", "objetivo", "objetivos", "bersaglio", "bersagli", "alvo", "alvos":
	case "ziel", "doelwit":
		return i > 0 && !toks[i].Break && riskAdjective(toks[i-1].Norm)
	default:
		return false
	}
	if i > 0 && !toks[i].Break && riskAdjective(toks[i-1].Norm) {
		return true // "an attractive target", "prime targets"
	}
	return i+1 < len(toks) && !toks[i+1].Break && riskAdjective(toks[i+1].Norm) // "une cible privilégiée", "un bersaglio facile"
}

// riskAdjective calls a target likely: "attractive", "prime", "lucrative".
func riskAdjective(w string) bool {
	switch w {
	case "attractive", "prime", "lucrative", "easy", "popular", "favourite", "favorite", "frequent", "common", "juicy",
		"tempting", "soft", "ideal", "appealing", "preferred", "privilegiee", "privilegiees", "facile", "faciles", "ideale",
		"attrayante", "choix", "facil", "atractivo", "atractivos", "prioritario", "privilegiado",
		"privilegiato", "appetibile", "appetibili", "atrativo", "atraente", "preferencial", "beliebtes", "lohnendes",
		"leichtes", "attraktives", "bevorzugtes", "geliefd", "aantrekkelijk", "makkelijk":
		return true
	}
	return false
}

// hypothetical reports whether toks[i] makes its sentence a possibility,
// not an event: "Hackers can hijack hospital drug pumps" (not "can't"),
// "put hospitals at risk of ransomware", "It's possible", "in theory".
func hypothetical(toks []text.Token, i int) bool {
	next := ""
	if i+1 < len(toks) && !toks[i+1].Break {
		next = toks[i+1].Norm
	}
	switch toks[i].Norm {
	case "can":
		return next != "t" && next != "not"
	case "peut", "peuvent", "puede", "pueden", "pode", "podem", "puo", "possono", "kann", "konnen", "kan", "kunnen":
		// round 45: "un cabinet dentaire peut lui-aussi se retrouver victime d'une telle attaque"; not a
		// negated one ("ne peut pas", "no puede"), nor what an attack's consequence may take ("kan duren")
		if i == 0 || negation(toks[i-1].Norm) || toks[i-1].Norm == "ne" || negation(next) {
			return false
		}
		for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].Break; k++ {
			if victimNoun(toks[k].Norm) || crippleInfinitive(toks[k].Norm) {
				return true
			}
		}
		return false
	case "could":
		return next == "target" // "a new ransomware that could target hospitals" (round 28)
	case "risk":
		// "hospitals at risk from ransomware"; but "data … is at risk after
		// a ransomware attack on its servers" follows an attack (round 55)
		switch next {
		case "after", "following", "since", "due", "because":
			return false
		}
		return i > 0 && toks[i-1].Norm == "at"
	case "vulnerable", "kwetsbaar", "anfallig", "vulnerables", "vulnerabili", "vulnerabile", "vulneraveis", "vulneravel":
		// "Veel ziekenhuizen kwetsbaar voor malware-aanvallen", "hospitals vulnerable to ransomware" (round 49)
		switch next {
		case "to", "voor", "fur", "gegenuber", "aux", "a", "al", "alle", "ai", "agli", "contro", "frente", "ante":
			return true
		}
		return false
	case "dangerous", "gefahrlich", "dangereux", "dangereuse", "dangereuses", "peligroso", "peligrosos", "peligrosa",
		"peligrosas", "pericoloso", "pericolosi", "pericolosa", "pericolose", "perigoso", "perigosos", "perigosa", "perigosas",
		"gevaarlijk", "gevaarlijke":
		// how dangerous attackers are for a kind: "So gefährlich sind Hacker für die Kliniken" (round 56)
		for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "for", "fur", "pour", "para", "per", "voor":
				return true
			}
		}
		return false
	case "case", "event":
		// "kept as an offsite backup in case of a ransomware attack or fire"
		return i > 0 && (toks[i-1].Norm == "in" || toks[i-1].Norm == "the" && i > 1 && toks[i-2].Norm == "in") && next == "of"
	case "possible", "possibility", "theory", "theoretical", "theoretically", "hypothetical", "hypothetically",
		"likelihood":
		return true
	case "comme", "como", "als":
		// "ont fait comme si leur informatique avait été paralysée", "como si", "als ob" (round 24)
		return next == "si" || next == "ob" || next == "se" // "como se" (round 28)
	case "come":
		return next == "se" // "come se i sistemi fossero stati bloccati da un ransomware" (round 28)
	case "alsof":
		return true
	case "plan", "prepare":
		// "Health systems should plan for cyber incidents that …" (round 23)
		if i == 0 || next != "for" {
			return false
		}
		switch toks[i-1].Norm {
		case "should", "must", "to", "need":
			return true
		}
	}
	return false
}

// authorisedTest reports whether toks[i] begins the name of an authorised
// attack: "by its own red team", "a penetration test", "ethical hackers".
func authorisedTest(toks []text.Token, i int) bool {
	if toks[i].Norm == "pentest" || toks[i].Norm == "pentesters" {
		return true
	}
	if (toks[i].Norm == "test" || toks[i].Norm == "hack") && i > 0 && toks[i-1].Norm == "to" {
		// hackers asked to test: "invites hackers to test medical devices" (round 24)
		for k := i - 2; k >= max(0, i-5) && !toks[k+1].Break; k-- {
			switch toks[k].Norm {
			case "invites", "invite", "invited", "inviting", "asked", "asks", "challenges", "challenged", "paid", "pays", "hired", "hires":
				return true
			}
		}
	}
	if i+1 >= len(toks) || toks[i+1].Break {
		return false
	}
	switch n := toks[i+1].Norm; toks[i].Norm {
	case "red":
		return n == "team" || n == "teams" || n == "teaming"
	case "penetration", "pen":
		return n == "test" || n == "tests" || n == "testers" || n == "testing"
	case "ethical":
		return n == "hacker" || n == "hackers" || n == "hacking"
	case "white":
		return n == "hat" || n == "hats"
	}
	return false
}

// namedHealth reports whether the weak health word at token i is part of
// a capitalised name ("Capital Health", "HCA Healthcare", "Servicio de
// Salud", "Cabinet for Health and Family Services"): it is capitalised and
// joined to a capitalised neighbour.
func namedHealth(src string, toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "health", "healthcare", "medical", "medicine", "sante", "salud", "saude", "salute", "sanidad", "gesundheit",
		"medizin", "zorg", "sanitaria", "sanitario",
		"ambulance", "ambulancia", "ambulanza": // round 44: "St John's Ambulance", a first-aid charity
	default:
		return false
	}
	if !toks[i].Upper {
		return false
	}
	joined := func(a, b int) bool {
		return !separated(src[toks[a].End:toks[b].Start]) && !strings.Contains(src[toks[a].End:toks[b].Start], ".")
	}
	prev := i > 0 && joined(i-1, i) &&
		(toks[i-1].Upper || ((connector(toks[i-1].Norm) || toks[i-1].Norm == "s" || toks[i-1].Norm == "for") && i > 1 && toks[i-2].Upper && joined(i-2, i-1)))
	next := i+1 < len(toks) && joined(i, i+1) && toks[i+1].Upper && !sectorTopic(toks[i+1].Norm)
	return prev || next
}

// definedHealthAliases returns where a text uses the short name it
// defines for a health body in quotes and brackets: a notice's "Rainbow
// Dental Care, PLLC (“Rainbow”) takes the privacy … Rainbow suffered a
// ransomware attack" names its victim "Rainbow" from then on. The long
// name must hold a health organisation's word within six words before the
// bracket, in the same sentence.
func definedHealthAliases(p part) [][2]int {
	var out [][2]int
	toks := p.toks
	for j := 1; j < len(toks); j++ {
		gap := p.src[toks[j-1].End:toks[j].Start]
		if !strings.HasSuffix(gap, "(“") && !strings.HasSuffix(gap, "(\"") || !toks[j].Upper {
			continue
		}
		k := j // the alias's last word
		for k+1 < len(toks) && k-j < 2 && toks[k+1].Upper && !separated(p.src[toks[k].End:toks[k+1].Start]) {
			k++
		}
		if k+1 < len(toks) && !strings.HasPrefix(p.src[toks[k].End:toks[k+1].Start], "”)") &&
			!strings.HasPrefix(p.src[toks[k].End:toks[k+1].Start], "\")") {
			continue
		}
		health := false
		for _, h := range p.hits {
			if h.Value.kind == kHealthOrg && h.Last < j && h.Last >= j-6 && !slices.ContainsFunc(toks[h.Last+1:j], func(t text.Token) bool {
				return strings.ContainsAny(p.src[t.Start-1:t.Start], ".!?")
			}) {
				health = true
			}
		}
		if !health {
			continue
		}
		n := k - j + 1
		for i := 0; i+n <= len(toks); i++ {
			if i == j {
				continue
			}
			same := true
			for m := 0; m < n && same; m++ {
				same = toks[i+m].Norm == toks[j+m].Norm && toks[i+m].Upper
			}
			if same {
				out = append(out, [2]int{i, i + n - 1})
			}
		}
	}
	return out
}

// camelHealthName reports whether a word joins a name and a health word in
// camel case, as American health bodies write themselves: "MetroHealth",
// "AdventHealth", "HealthPartners", "MedStar". The lexicon cannot list
// them all, and the model reads them as unknown words (round 62). One
// capitalised part alone ("Health", "Medical") is no such name, nor is an
// all-capitals one ("HEALTH"); "Care" names IT firms too ("NetCare").
func camelHealthName(w string) bool {
	if w == "" || !isUpperASCII(w[0]) {
		return false
	}
	start := 0
	for i := 1; i <= len(w); i++ {
		if i < len(w) && !(isLowerASCII(w[i-1]) && isUpperASCII(w[i])) {
			continue
		}
		if start == 0 && i == len(w) {
			return false // one part: no camel case
		}
		switch part := w[start:i]; {
		case start == 0 && part == "Med": // "MedStar"; not "CyberMed", a summit
			return true
		case part == "Health", part == "Healthcare", part == "Medical", part == "Medicine", part == "Pharma", part == "Pharmacy",
			part == "Clinic", part == "Clinics", part == "Dental", part == "Hospital":
			return true
		}
		start = i
	}
	return false
}

func isLowerASCII(b byte) bool { return 'a' <= b && b <= 'z' }
func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// victimNoun is "victim" or "target" in the six languages besides English:
// "victime d'une cyberattaque", "Opfer eines Cyberangriffs", "peut se
// retrouver victime".
func victimNoun(w string) bool {
	switch w {
	case "victime", "cible", "victima", "objetivo", "vittima", "bersaglio", "vitima", "alvo", "opfer", "ziel",
		"slachtoffer", "doelwit", "victimes", "victimas", "vittime", "vitimas", "slachtoffers":
		return true
	}
	return false
}

// placesHealthService reports whether the health word at toks[i] begins
// a place's health service or system: "New Zealand health service hit by
// cyber attack", "Ireland's health service", "Michigan health system" name
// one organisation, as "Capital Health" does (round 45).
func placesHealthService(toks []text.Token, i int, places []geo.Mention) bool {
	if i+1 >= len(toks) || toks[i+1].Break || i == 0 {
		return false
	}
	switch toks[i].Norm {
	case "health", "healthcare":
	default:
		return false
	}
	switch toks[i+1].Norm {
	case "service", "services", "system", "systems":
	default:
		return false
	}
	prev := i - 1
	if toks[prev].Norm == "s" && prev > 0 {
		prev-- // "Ireland's health service"
	}
	for _, m := range places {
		if m.Last == prev && m.Kind != geo.KindInstitution && m.Kind != geo.KindStateCode {
			return true
		}
	}
	return false
}

// staffAt reports whether the word at toks[i] is "researchers" or
// "scientists" of an organisation ("researchers at the NIH"), not of a
// security firm's finding: a health organisation's name follows.
func staffAt(toks []text.Token, i int) bool {
	if toks[i].Norm != "researchers" && toks[i].Norm != "scientists" || i+2 >= len(toks) {
		return false
	}
	if toks[i+1].Norm != "at" && toks[i+1].Norm != "of" {
		return false
	}
	k := i + 2
	if article(toks[k].Norm) && k+1 < len(toks) {
		k++
	}
	for ; k < len(toks) && k <= i+8 && toks[k].Upper; k++ {
		switch toks[k].Norm {
		case "health", "medical", "hospital", "clinic", "medicine", "institutes", "institute":
			return true
		}
	}
	return false
}

// clientListed reports whether the health organisation at toks[t] is named
// among a supplier's clients of other sectors too ("which provides
// services to councils, pension schemes and the NHS", "software to
// universities, charities, hospitals and other non-profits"), in its
// sentence: the supplier was attacked, not it. A supplier of hospitals
// alone ("medication-management automation to hospitals") is health's.
func clientListed(toks []text.Token, sent []int, t int) bool {
	for k := t - 1; k >= max(0, t-12) && sent[k] == sent[t]; k-- {
		if toks[k].Norm != "to" {
			continue
		}
		supplier := false
		for j := k - 1; j >= max(0, k-4) && sent[j] == sent[t]; j-- {
			switch toks[j].Norm {
			case "provides", "provide", "providing", "provided", "supplies", "supplied", "sells", "sold", "offers", "services", "software":
				supplier = true
			}
		}
		if !supplier {
			continue
		}
		for j := k + 1; j < len(toks) && j <= t+4 && sent[j] == sent[t]; j++ {
			switch toks[j].Norm {
			case "councils", "universities", "schools", "charities", "retailers", "banks", "governments", "cities", "employers",
				"nonprofits", "non", "pension", "companies", "businesses", "agencies", "municipalities", "insurers", "colleges":
				return true
			}
		}
	}
	return false
}

// sectorTopic is a word that, after "Healthcare" or "Health", makes it a
// sector's topic, not a name: "Comparitech: Healthcare Ransomware Downtime
// Cost US Providers Billions", "Healthcare Data Breaches Rise".
func sectorTopic(s string) bool {
	switch s {
	case "ransomware", "cyberattack", "cyberattacks", "cybersecurity", "data", "breach", "breaches", "hacking", "hackers", "attacks":
		return true
	}
	return false
}

// passiveVictim reports whether the attack word at toks[a] is what the
// sentence's subject suffered: "was hit by a ransomware attack", "has been
// targeted by", "fell victim to", "suffered a cyberattack".
func passiveVictim(toks []text.Token, a int) bool {
	for k := a - 1; k >= max(0, a-4); k-- {
		if toks[k+1].Break {
			return false
		}
		switch toks[k].Norm {
		case "suffered", "suffers", "experienced", "sustained":
			return true
		case "to":
			return k > 0 && (toks[k-1].Norm == "victim" || toks[k-1].Norm == "prey") // "after it fell prey to a ransomware attack" (round 69)
		case "of":
			// "had been the target of a cyberattack"
			return k > 0 && (toks[k-1].Norm == "target" || toks[k-1].Norm == "victim" ||
				toks[k-1].Norm == "subject") // round 44: "its platform has been the subject of an extreme cyberattack"
		case "de", "d", "di", "van", "eines", "einer":
			// round 44: "qu'il a été victime d'une cyberattaque", "vittima di un attacco", "Opfer eines Cyberangriffs"
			if k == 0 {
				return false
			}
			return victimNoun(toks[k-1].Norm)
		case "in":
			// "had been encrypted in a ransomware attack", "was stolen in a cyberattack"
			return k > 0 && (toks[k-1].Norm == "encrypted" || toks[k-1].Norm == "compromised" || toks[k-1].Norm == "breached" ||
				toks[k-1].Norm == "stolen" || toks[k-1].Norm == "exposed")
		case "by":
			if k == 0 {
				return false
			}
			switch toks[k-1].Norm {
			case "hit", "targeted", "struck", "attacked", "affected", "impacted", "crippled", "paralysed", "paralyzed",
				"disrupted", "compromised", "breached", "infected":
				return true
			}
			return false
		}
	}
	return false
}

// subjectsAppositive reports whether the health organisation's word at
// toks[t] stands in an appositive that describes the sentence's subject,
// and the attack at a comes after it in the predicate: "Akumin, a
// Florida-based provider of outpatient radiology and oncology services to
// hospitals in 48 US states, detected suspicious activity that it later
// identified as a ransomware attack", "Rede Orvalis, the operator of 30
// hospitals …, was hit" (the appositive opens as appositiveOpener reads).
// An attack "on" another (the predicate's object) is not the subject's.
func subjectsAppositive(p part, sent []int, t int, a [2]int) bool {
	toks := p.toks
	k := t - 1
	for k >= 1 && sent[k] == sent[t] && t-k < 12 && !(appositiveOpener(p.src, toks, k) &&
		strings.TrimSpace(p.src[toks[k-1].End:toks[k].Start]) == ",") {
		k--
	}
	if k < 1 || sent[k] != sent[t] || !appositiveOpener(p.src, toks, k) {
		return false
	}
	// the subject: capitalised words from the sentence's start to the
	// comma, perhaps after a date ("On 11 October 2023, Akumin, a …")
	for j := k - 1; j >= 0 && sent[j] == sent[t]; j-- {
		if !toks[j].Upper && !connector(toks[j].Norm) && !toks[j].Digit && monthOf(toks[j].Norm) == 0 && toks[j].Norm != "on" {
			return false
		}
	}
	// the appositive closes with a comma before the attack, which is on no one else
	closed := false
	for j := t + 1; j < a[0]; j++ {
		if strings.Contains(p.src[toks[j-1].End:toks[j].Start], ",") {
			closed = true
		}
	}
	if !closed {
		return false
	}
	for j := a[1] + 1; j < len(toks) && j <= a[1]+2 && sent[j] == sent[t]; j++ {
		if toks[j].Norm == "on" || toks[j].Norm == "against" || toks[j].Norm == "at" {
			return false
		}
	}
	return true
}

// breachNamedAttack finds, in a sentence of the lead, a health
// organisation and a weak attack word ("security breach", "incident") at
// most maxLinkDistance tokens apart (maxPassiveDistance after the
// sentence's subject), where the next sentence, in the lead
// too, names it an attack with a definite article: "the hack", "this
// cyberattack". It returns the span from the organisation to that attack.
func breachNamedAttack(p part, sent []int, lead int, targets, weak, attacks [][2]int, blocked map[int]bool) (string, bool) {
	for _, t := range targets {
		n := sent[t[0]]
		if n >= lead || blocked[n] || blocked[n+1] || genericTarget(p.src, p.toks, t, sent, false) {
			continue
		}
		if !weakBreachOf(p, sent, t, weak) {
			continue
		}
		for _, a := range attacks {
			if sent[a[0]] == n+1 && a[0] > 0 && (p.toks[a[0]-1].Norm == "the" || p.toks[a[0]-1].Norm == "this") {
				return p.src[p.toks[t[0]].Start:p.toks[a[1]].End], true
			}
		}
	}
	return "", false
}

// weakBreachOf reports whether a weak attack word ("security breach",
// "incident") stands in the sentence of the health organisation at t, at
// most maxLinkDistance tokens from it (maxPassiveDistance after it when it
// is the sentence's subject), with no negation between.
func weakBreachOf(p part, sent []int, t [2]int, weak [][2]int) bool {
	n := sent[t[0]]
	subject := sentenceSubject(p.toks, sent, t[0])
	return slices.ContainsFunc(weak, func(w [2]int) bool {
		d := max(t[0]-w[1], w[0]-t[1])
		return sent[w[0]] == n && (d <= maxLinkDistance || (subject && w[0] > t[1] && d <= maxPassiveDistance)) &&
			!negatedBetween(p.toks, w, t)
	})
}

// breachOfTitleAttack finds the lead's first sentence that opens with a
// health organisation and tells of its weak breach ("Women’s Health Care
// Group of Pennsylvania has announced that they have been subject to a
// data breach") under a title that tells of one attack and names no one
// ("Nearly 300,000 Patients Affected by Ransomware Attack"): the title's
// attack is that breach. It returns the span from the organisation to the
// end of its sentence's weak word.
func breachOfTitleAttack(p part, sent []int, targets, weak [][2]int, blocked map[int]bool) (string, bool) {
	for _, t := range targets {
		n := sent[t[0]]
		if n != sent[0] || // sentence numbers only grow along the part
			blocked[n] || !sentenceSubject(p.toks, sent, t[0]) || genericTarget(p.src, p.toks, t, sent, false) ||
			!weakBreachOf(p, sent, t, weak) {
			continue
		}
		return p.src[p.toks[t[0]].Start:p.toks[t[1]].End], true
	}
	return "", false
}

// kindSecondSentence returns the health organisation's word that opens the
// second sentence of part p after "The" and at most two more words ("The
// Buffalo hospital is rebuilding …", "The health system said …"), in a
// sentence with no negation: the first sentence's organisation named by
// its kind.
func kindSecondSentence(p part, sent []int, targets [][2]int) ([2]int, bool) {
	for _, t := range targets {
		if sent[t[0]] != 2 {
			continue
		}
		k := t[0] - 1
		for k >= 0 && sent[k] == 2 && t[0]-k <= 3 && p.toks[k].Norm != "the" {
			k--
		}
		if k < 0 || sent[k] != 2 || p.toks[k].Norm != "the" || (k > 0 && sent[k-1] == 2) {
			continue
		}
		for i, tok := range p.toks {
			if sent[i] == 2 && negation(tok.Norm) {
				return [2]int{}, false
			}
		}
		return t, true
	}
	return [2]int{}, false
}

// namedAsVictim reports whether the health organisation at toks[t] is the
// one its sentence says was the victim, just after the words that say so:
// "the victim was the Caja de Seguro Social", "stolen from NHS Dumfries and
// Galloway", "the affected firm, Clinical Diagnostics NMDL, is a medical
// laboratory". Not "files stolen from its network, including mental health
// assessments".
func namedAsVictim(toks []text.Token, sent []int, t int) bool {
	for i := t - 1; i >= max(0, t-8) && sent[i] == sent[t]; i-- {
		next := toks[i+1].Norm
		switch toks[i].Norm {
		case "victim":
			if next == "was" || next == "is" || next == "being" {
				return true
			}
			// "The victim, Partnership HealthPlan of California, has …": the
			// name right after the word (round 53)
			for k := i + 1; k < t; k++ {
				if !toks[k].Upper {
					return false
				}
			}
			return i > 0 && toks[i-1].Norm == "the"
		case "from":
			if i > 0 && t-i <= 3 {
				switch toks[i-1].Norm {
				case "stolen", "taken", "exfiltrated", "copied":
					return true
				}
			}
		case "a", "au", "aux", "al", "alla", "all", "ao", "do", "da", "bei", "bij", "van":
			// the other languages' "stolen from": "530 000 dossiers de patients ont été
			// dérobés à l'Hôpital privé de la Loire" (round 48)
			if i > 0 && t-i <= 3 && stolenFrom(toks[i-1].Norm) {
				return true
			}
		case "affected":
			switch next {
			case "firm", "company", "organisation", "organization", "entity", "provider", "hospital", "laboratory", "lab", "insurer":
				return true
			}
		}
	}
	return false
}

// stolenFrom is a participle of data stolen, in the languages whose "from"
// namedAsVictim reads after it.
func stolenFrom(w string) bool {
	switch w {
	case "derobe", "derobes", "derobee", "derobees", "vole", "voles", "volee", "volees", "robado", "robados", "robada",
		"robadas", "sustraidos", "sustraidas", "rubati", "rubate", "rubato", "sottratti", "sottratte", "roubados", "roubadas",
		"gestohlen", "entwendet", "gestolen", "ontvreemd":
		return true
	}
	return false
}

// foundOnItsSystems reports whether the attack at toks[a[0]..a[1]] is one the
// sentence's subject found on its own systems: "New York Blood Center
// Enterprises (NYBCe), one of the largest …, identified suspicious activity
// and found ransomware on its network".
func foundOnItsSystems(toks []text.Token, a [2]int) bool {
	found := false
	for k := a[0] - 1; k >= max(0, a[0]-3) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "found", "detected", "discovered", "identified", "finds", "detects", "discovers":
			found = true
		}
	}
	if !found || a[1]+2 >= len(toks) {
		return false
	}
	k := a[1] + 1
	if toks[k].Norm == "attack" || toks[k].Norm == "activity" || toks[k].Norm == "infection" {
		k++
	}
	return k+1 < len(toks) && (toks[k].Norm == "on" || toks[k].Norm == "in") && toks[k+1].Norm == "its"
}

// subjectAfterAttack reports whether the health organisation opening its
// sentence at toks[t] tells what it did after the attack at toks[a[0]..a[1]]:
// "The Health Service Executive has shut down all of its IT systems as a
// precaution following what it described as a significant ransomware
// attack", "Atlantic General Hospital says registration has resumed a week
// after the ransomware incident". An attack on someone else ("after a
// ransomware attack on its neighbour") is not the subject's.
func subjectAfterAttack(toks []text.Token, sent []int, t int, a [2]int) bool {
	if !sentenceSubject(toks, sent, t) {
		return false
	}
	for k := a[1] + 1; k < len(toks) && k <= a[1]+2 && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "on", "against", "at", "targeting":
			if k+1 < len(toks) && (toks[k+1].Norm == "its" || toks[k+1].Norm == "their") {
				break // "a significant ransomware attack on its national and local systems": the subject's own
			}
			return false // "after a ransomware attack on the county's school district"
		case "that", "which":
			return false
		}
	}
	for k := a[0] - 1; k >= max(t+1, a[0]-7); k-- {
		if toks[k+1].Break {
			return false
		}
		switch toks[k].Norm {
		case "following", "after", "amid", "since":
			return true
		case "of":
			return k > 0 && (toks[k-1].Norm == "because" || toks[k-1].Norm == "wake")
		case "to":
			return k > 0 && toks[k-1].Norm == "due"
		}
	}
	return false
}

// subjectWord reports whether a word may stand before a health
// organisation that is its sentence's subject: a capitalised word, "the",
// or the "based" of a place's compound ("NEW DELHI: Hyderabad-based
// drugmaker Dr Reddy's Laboratories has isolated …", round 43).
func subjectWord(t text.Token) bool {
	return t.Upper || t.Norm == "the" || t.Norm == "based"
}

// sentenceSubject reports whether the health organisation at toks[t] is
// its sentence's subject: only its name (subjectWord) comes before it, or a
// place's possessive ("Ireland's Health Service Executive", round 48).
func sentenceSubject(toks []text.Token, sent []int, t int) bool {
	for k := t - 1; k >= 0 && sent[k] == sent[t]; k-- {
		possessive := toks[k].Norm == "s" && k > 0 && toks[k-1].Upper && toks[k].Start-toks[k-1].End <= len("’")
		dated := toks[k].Digit && k > 0 && monthOf(toks[k-1].Norm) > 0 // a dateline's "UPDATE (AUG. 23) --" (round 52)
		if !subjectWord(toks[k]) && !possessive && !dated {
			return false
		}
	}
	return true
}

// reportedThatAttack reports whether the sentence's subject, the health
// organisation at toks[t], reports to someone that the attack at
// toks[a[0]..a[1]] happened: "University Medical Center reported to the
// U.S. Department of Health and Human Services that a cyberattack over
// the summer may have affected up to 1.3 million people" (round 52).
func reportedThatAttack(toks []text.Token, sent []int, t int, a [2]int) bool {
	if !sentenceSubject(toks, sent, t) || a[0] < 2 {
		return false
	}
	that := toks[a[0]-1].Norm == "that" || (toks[a[0]-2].Norm == "that" && article(toks[a[0]-1].Norm))
	if !that {
		return false
	}
	for k := t + 1; k < a[0]-1 && k <= t+6; k++ {
		switch toks[k].Norm {
		case "reported", "reports", "told", "notified", "notifies", "informed", "informs", "disclosed", "discloses", "confirmed", "confirms":
			return true
		}
	}
	return false
}

// attackOnSubjectsOwn reports whether the attack at toks[a[0]..a[1]] acts
// on what belongs to the sentence's subject, the health organisation at
// toks[t]: "American pharmaceutical giant Merck revealed in its financial
// results … that a recent cyberattack has disrupted its worldwide
// operations" (round 43).
func attackOnSubjectsOwn(toks []text.Token, sent []int, t int, a [2]int) bool {
	if !sentenceSubject(toks, sent, t) {
		return false
	}
	k := a[1] + 1
	for k < len(toks) && k <= a[1]+2 && !toks[k].Break && (toks[k].Norm == "has" || toks[k].Norm == "had" ||
		toks[k].Norm == "have" || toks[k].Norm == "that") {
		k++
	}
	if k+1 >= len(toks) || toks[k].Break || toks[k+1].Break {
		return false
	}
	switch toks[k].Norm {
	case "disrupted", "disrupts", "hit", "hits", "affected", "affects", "crippled", "cripples", "encrypted", "paralysed",
		"paralyzed", "disabled", "impacted", "halted", "struck", "shut", "knocked", "took":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2 && !toks[j].Break; j++ {
		if toks[j].Norm == "its" || toks[j].Norm == "their" {
			return true
		}
	}
	return false
}

// newsUpdate reports whether the word "update" at toks[first..last] is news
// of an event, not a software's: "an update on the cyber attack", "During
// an update Friday afternoon, officials said" (round 48).
func newsUpdate(toks []text.Token, first, last int) bool {
	if first != last || toks[first].Norm != "update" && toks[first].Norm != "updates" {
		return false
	}
	if last+1 < len(toks) && monthOf(toks[last+1].Norm) > 0 && toks[last+1].Norm != "may" {
		return true // a story's "UPDATE (AUG. 23) --" (round 52)
	}
	if last+1 < len(toks) && !toks[last+1].Break {
		switch toks[last+1].Norm {
		case "on", "about", "from", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday":
			return true
		}
	}
	return first > 0 && (toks[first-1].Norm == "an" || toks[first-1].Norm == "latest")
}

// ownSystemsDownByAttack reports whether the sentence's subject, the health
// organisation at toks[t], tells of its own systems put out of use because
// of the attack at toks[a[0]..a[1]] later in the sentence: "Ireland's
// Health Service Executive said that its entire IT network has been shut
// down as a precaution due to a significant ransomware attack" (round 48).
func ownSystemsDownByAttack(toks []text.Token, sent []int, t int, a [2]int) bool {
	if !sentenceSubject(toks, sent, t) {
		return false
	}
	own := false
	for k := t + 1; k+1 < a[0] && !own; k++ {
		if toks[k].Norm == "its" || toks[k].Norm == "their" {
			own = slices.ContainsFunc(toks[k+1:min(k+4, a[0])], func(t text.Token) bool {
				switch t.Norm {
				case "network", "networks", "systems", "servers", "computers":
					return true
				}
				return false
			})
		}
	}
	if !own {
		return false
	}
	for k := a[0] - 1; k >= 0 && k >= a[0]-4 && sent[k] == sent[a[0]]; k-- {
		switch toks[k].Norm {
		case "due", "because", "following", "after", "amid":
			return true
		}
	}
	return false
}

// healthVictimRule finds, in one sentence, an unambiguous attack word or a
// known threat actor and a health organisation at most maxLinkDistance
// tokens apart, in a report that names no lost device, mail or snooping,
// and in a sentence that is not a warning or vulnerability news.
func (c *Classifier) healthVictimRule(d *doc, strongLoss bool) (newsRule, bool) {
	if strongLoss {
		return newsRule{}, false
	}
	// A title that is itself the name of a health organisation
	// (a registry record: "Cascade Healthcare Community") links to an attack
	// anywhere in the body: a registry description is all about that entity.
	var titleTarget string
	var titleAttack string // the title's attack, for a victim the body names late
	var bodyAttack string
	var denied string       // an attack and a health organisation linked through a negation
	var titleNames []string // the title's words of a name near its attack (titleNamesNearAttack)
	var coreferred string   // the title's attack and the body's health organisation of the same name
	for pi, p := range d.parts() {
		if len(p.toks) == 0 {
			continue
		}
		var suffix func(i int) bool
		if pi == 0 {
			// "… | Health Data Management": the publication, not the story
			suffix = func(i int) bool { return publicationSuffix(p.src, p.toks, i) }
		}
		sent, n := sentenceNumbers(p.src, p.toks, suffix)
		lead := leadSentences
		if pi == 1 {
			lead = d.bodyLead()
		}
		if pi == 0 || c.actorTitle(d) {
			lead = n // an incident named after its actor ("Rhysida (August 2023)") tells of its victim later
		}
		blocked := map[int]bool{}
		vuln, exploited := map[int]bool{}, map[int]bool{}
		for i, t := range p.toks {
			if exploitedVerb(t.Norm) || ledToAttack(p.toks, i) {
				exploited[sent[i]] = true
			}
		}
		var attacks, targets, weakAttacks [][2]int // token ranges
		for _, h := range p.hits {
			switch {
			case h.Value.kind == kCyber && h.Value.weak && !h.Value.denied:
				weakAttacks = append(weakAttacks, [2]int{h.First, h.Last})
			case h.Value.kind == kVuln && newsUpdate(p.toks, h.First, h.Last):
				// "Providing an update on the recent cyber attack, Dr Reddy's today said": news, no software's update
			case h.Value.kind == kVuln && susceptibilityOf(p.toks, h.First, h.Last):
				// "the digital vulnerability of small businesses": who is exposed, no software's flaw (round 52)
			case h.Value.kind == kVuln && staffAt(p.toks, h.Last):
				// "researchers at the US National Institutes of Health were targeted": its staff, no flaw's finders
			case h.Value.kind == kVuln:
				vuln[sent[h.First]] = true
			case h.Value.kind == kCyber && !h.Value.weak:
				attacks = append(attacks, [2]int{h.First, h.Last})
			case h.Value.kind == kHealthOrg:
				targets = append(targets, [2]int{h.First, h.Last})
			case h.Value.kind == kHealthWeak && namedHealth(p.src, p.toks, h.First):
				targets = append(targets, [2]int{h.First, h.Last})
			case h.Value.kind == kHealthWeak && placesHealthService(p.toks, h.First, c.partPlaces(d, pi)):
				targets = append(targets, [2]int{h.First, h.Last + 1})
			}
		}
		for i, t := range p.toks {
			if t.Upper && camelHealthName(p.src[t.Start:t.End]) && !identifierOf(p.toks, i) {
				// "MetroHealth", "AdventHealth", "MedStar": a health body's
				// one-word name in camel case (round 62)
				targets = append(targets, [2]int{i, i})
			}
		}
		if sec := p.known.Value.sector; p.hasKnown && (sec == "care_provider" || sec == "laboratory" || sec == "health_it" || sec == "health_insurance" ||
			(sec == "pharma" && !titleIsName(d.title, d.titleToks, d.titleHits))) {
			// a known provider, laboratory, health-IT vendor or health
			// insurer named beside the attack: "Ascension says ransomware
			// attack began when …", "Attacco hacker a Synlab Italia",
			// "Hackers stole … from NextGen Healthcare" (round 46), "El
			// PAMI recientemente fue víctima de un ataque informático"
			// (round 47), wherever the part names it again. Insurers count
			// as CIT's taxonomy counts them, though EuRepoC files "Anthem
			// Hack" outside health (one dev training item lost, fourteen
			// probes and one round 47 report won).
			for h := range knownOrgHits(c.known, p.toks) {
				if h.Value.sector == sec && !identifierOf(p.toks, h.Last) {
					targets = append(targets, [2]int{h.First, h.Last})
				}
			}
		}
		if pi > 0 {
			targets = append(targets, definedHealthAliases(p)...) // "Rainbow Dental Care, PLLC (“Rainbow”)" (round 67)
		}
		for _, h := range c.actorHits(p.toks) {
			attacks = append(attacks, [2]int{h.First, h.Last})
		}
		for n := range vuln {
			// Vulnerability news, unless the flaw was used: "Hackers
			// exploit VPN flaw to breach hospital network".
			blocked[n] = blocked[n] || !exploited[n]
		}
		for i, t := range p.toks {
			if (advisoryWord(t.Norm) && !adviceAfterAttack(p.toks, sent, i, attacks) && !consequenceOfAttack(p.toks, sent, i, attacks) &&
				!fateOfTakenData(p.toks, i) && !warningAside(p.toks, sent, i, attacks) && !failedTo(p.toks, i) &&
				!ransomToPrevent(p.toks, sent, i)) ||
				hypothetical(p.toks, i) || authorisedTest(p.toks, i) || riskTarget(p.toks, i) {
				blocked[sent[i]] = true
			}
			if pi > 0 && sent[i] < n && actorRecord(p.toks, i) {
				// an actor's record, in a sentence before the last (the
				// incident is told after it): "It has claimed attacks on
				// hospitals, schools and governments", "had already attacked
				// … Ireland's Health Service Executive in 2021"
				blocked[sent[i]] = true
			}
			if pi == 0 && strings.Contains(p.src[t.End:min(len(p.src), t.End+2)], "?") {
				blocked[sent[i]] = true // "Hackers target pacemakers? Not yet, …": a title that asks
			}
		}
		// A registry's entity named as the title is a target; a domain
		// ("www.podiatry.com") says less of what the organisation is.
		if pi == 0 && len(targets) > 0 && titleName(p.src, p.toks, p.hits, false) {
			t := targets[0]
			titleTarget = p.src[p.toks[t[0]].Start:p.toks[t[1]].End]
		}
		if pi == 0 && titleTarget == "" && p.hasKnown && p.known.First == 0 && careOrInsurer(p.known.Value.sector) &&
			titleName(p.src, p.toks, p.hits, false) {
			// a registry record titled with a known provider, insurer or
			// laboratory: "Humana", "Kaiser Permanente". Not drug makers,
			// pharmacy chains or vendors, which registries file outside
			// health (PRC's "BSR" Walgreens).
			titleTarget = p.src[p.toks[p.known.First].Start:p.toks[p.known.Last].End]
		}
		// the part's first attack in a sentence that is no warning
		firstAttack := func() string {
			for _, a := range attacks {
				if !blocked[sent[a[0]]] {
					return p.src[p.toks[a[0]].Start:p.toks[a[1]].End]
				}
			}
			return ""
		}
		if pi == 0 {
			titleAttack = firstAttack()
			titleNames = c.titleNamesNearAttack(p, attacks, blocked, sent)
		}
		if pi == 1 {
			generic := func(t [2]int) bool { return genericTarget(p.src, p.toks, t, sent, false) }
			if name, ok := namedAsHealthBody(p, titleNames, generic); ok && titleAttack != "" {
				// "Patient data leaked after cyber attack on Alder Hey": the
				// body names the title's victim with its health word,
				// "Alder Hey Children's Hospital is working with the
				// National Crime Agency" (round 41)
				coreferred = titleAttack + " … " + name
			}
		}
		attack := titleAttack // else the lead's attack
		if pi > 0 && attack == "" {
			for _, a := range attacks {
				if sent[a[0]] <= lead && !blocked[sent[a[0]]] {
					attack = p.src[p.toks[a[0]].Start:p.toks[a[1]].End]
					break
				}
			}
		}
		if pi > 0 && attack != "" {
			// An incident's record may name its victim apart from the
			// attack, anywhere in its body: "The victim was the Caja de Seguro Social (CSS),
			// which provides health care …", "The data had been stolen
			// from NHS Dumfries and Galloway, a Scottish regional health
			// board", under a title that tells of the attack; or in the
			// lead that tells of it: "Plus de 530 000 dossiers de patients
			// ont été dérobés à l'Hôpital privé de la Loire … Le pirate
			// … a exploité une faille" (round 48).
			for _, t := range targets {
				n := sent[t[0]]
				if blocked[n] || titleAttack == "" && n > lead || !namedAsVictim(p.toks, sent, t[0]) ||
					genericTarget(p.src, p.toks, t, sent, pi == 0 && d.titleCased) {
					continue
				}
				return newsRule{rule: ruleHealthVictim, dir: 1, span: attack + " … " + p.src[p.toks[t[0]].Start:p.toks[t[1]].End]}, true
			}
		}
		if pi == 1 {
			// The lead's second sentence names the attacked organisation by
			// its kind: "ECMC Corp. will not pay the ransom demanded by the
			// hackers who encrypted its systems this week. The Buffalo
			// hospital is rebuilding servers …".
			if t, ok := kindSecondSentence(p, sent, targets); ok && !blocked[1] && !blocked[2] {
				for _, a := range attacks {
					if sent[a[0]] == 1 && !negatedBetween(p.toks, a, t) {
						return newsRule{rule: ruleHealthVictim, dir: 1,
							span: p.src[p.toks[a[0]].Start:p.toks[a[1]].End] + " … " + p.src[p.toks[t[0]].Start:p.toks[t[1]].End]}, true
					}
				}
			}
		}
		if pi == 1 {
			// The next sentence names the lead's security breach as an
			// attack: "CareFirst BlueCross BlueShield, one of the largest
			// regional health insurers in the U.S., has confirmed a major
			// security breach … The Washington D.C.-based firm announced
			// yesterday that the hack had taken place in June" (round 43).
			if span, ok := breachNamedAttack(p, sent, lead, targets, weakAttacks, attacks, blocked); ok {
				return newsRule{rule: ruleHealthVictim, dir: 1, span: span}, true
			}
		}
		if pi == 1 && titleAttack != "" && !slices.ContainsFunc(d.titleToks, func(t text.Token) bool { return pluralAttack(t.Norm) }) &&
			!titleNamesHealthBody(d) {
			// "Nearly 300,000 Patients Affected by Ransomware Attack" over
			// "Women’s Health Care Group of Pennsylvania has announced that
			// they have been subject to a data breach" (round 68)
			if span, ok := breachOfTitleAttack(p, sent, targets, weakAttacks, blocked); ok {
				return newsRule{rule: ruleHealthVictim, dir: 1, span: titleAttack + " … " + span}, true
			}
		}
		if pi == 1 && bodyAttack == "" {
			bodyAttack = firstAttack()
		}
		for _, a := range attacks {
			for _, t := range targets {
				if sent[a[0]] != sent[t[0]] || blocked[sent[a[0]]] || sent[a[0]] > lead {
					continue
				}
				if dist := max(t[0]-a[1], a[0]-t[1]); dist > maxLinkDistance && !(t[1] < a[0] && dist <= maxPassiveDistance &&
					(passiveVictim(p.toks, a[0]) || subjectAfterAttack(p.toks, sent, t[0], a) || foundOnItsSystems(p.toks, a) ||
						attackOnSubjectsOwn(p.toks, sent, t[0], a) || ownSystemsDownByAttack(p.toks, sent, t[0], a) ||
						subjectsAppositive(p, sent, t[0], a) || reportedThatAttack(p.toks, sent, t[0], a))) {
					continue // but "OneBlood, a non-profit blood bank serving more than 250 hospitals in …, was hit by a ransomware attack"
				}
				if genericTarget(p.src, p.toks, t, sent, pi == 0 && d.titleCased) || clientListed(p.toks, sent, t[0]) ||
					tallyOfAttacks(p.toks, a) || otherObject(p.src, p.toks, a, t) || deviceTarget(p.toks, t) || topicPair(p.toks, a, t) {
					continue // "764 healthcare providers hit by ransomware in 2019", "hospital networks"
				}
				if negatedBetween(p.toks, a, t) {
					if denied == "" {
						lo, hi := min(a[0], t[0]), max(a[1], t[1])
						denied = p.src[p.toks[lo].Start:p.toks[hi].End]
					}
					continue // "Ransomware gangs promise not to attack hospitals"
				}
				lo, hi := min(a[0], t[0]), max(a[1], t[1])
				return newsRule{rule: ruleHealthVictim, dir: 1, span: p.src[p.toks[lo].Start:p.toks[hi].End]}, true
			}
		}
	}
	if titleTarget != "" && bodyAttack != "" {
		return newsRule{rule: ruleHealthVictim, dir: 1, span: titleTarget + " … " + bodyAttack}, true
	}
	if coreferred != "" {
		return newsRule{rule: ruleHealthVictim, dir: 1, span: coreferred}, true
	}
	if denied != "" {
		return newsRule{rule: ruleDenied, dir: 0, span: denied}, true
	}
	return newsRule{}, false
}

// maxFurnitureLines is how many short lines above a page's first prose
// sentence are taken for its furniture.
const maxFurnitureLines = 4

// furnitureLines counts the short lines that stand above the body's first
// prose sentence, past the title's copy when the body opens with it: an
// author, a byline, a place and a date ("Samuel Mungadze\nBy Samuel
// Mungadze, Africa editor\nJohannesburg, 31 Aug 2020\n"). They are no
// sentences of the lead. A line is short when it has at most eight tokens,
// ends the line and has no sentence's closing mark; a list's number and a
// question of at most six words on a line of its own (an FAQ's heading)
// count too.
func furnitureLines(src string, toks []text.Token, sent []int, skipFirst bool) int {
	n := 0
	for i := 0; i < len(toks) && n < maxFurnitureLines; {
		e := i + 1
		for e < len(toks) && sent[e] == sent[i] {
			e++
		}
		if skipFirst && sent[i] == 1 {
			i = e
			continue
		}
		if e < len(toks) && e-i == 1 && toks[i].Digit && len(toks[i].Norm) <= 2 && strings.HasPrefix(src[toks[i].End:toks[e].Start], ".") {
			n++ // a list's number: "1. What happened?" (round 55)
			i = e
			continue
		}
		if e < len(toks) && e-i <= 6 && strings.HasPrefix(strings.TrimLeft(src[toks[e-1].End:toks[e].Start], " "), "?\n") {
			n++ // a question as a heading: "What happened?\nThrough the proactive surveillance …" (round 55)
			i = e
			continue
		}
		if k, m := cookieNotice(src, toks, sent, i); k > 0 {
			n += m // a site's cookie notice: "Questo sito utilizza i cookies. …" (round 57)
			i = k
			continue
		}
		if k, m := captionLine(src, toks, sent, i); k > 0 {
			n += m // a stock photo's caption and keywords: "Hacker with computers in dark room. Cyber crime\n" (round 56)
			i = k
			continue
		}
		if e == len(toks) || e-i > 8 || !strings.Contains(src[toks[e-1].End:toks[e].Start], "\n") ||
			strings.ContainsAny(src[toks[e-1].End:toks[e].Start], ".!?") {
			break
		}
		n++
		i = e
	}
	return n
}

// fragmentLede counts the short sentences, maxFragmentWords words at most
// each and maxFragments in all, that open a feature's body before its lead
// ("Diverted ambulances. Cancer treatment delayed. Electronic health records
// offline. These are just some of the ripple effects of an apparent
// cyberattack on …"): a list of effects, no sentences of the lead.
func fragmentLede(toks []text.Token, sent []int) int {
	n := 0
	for i := 0; i < len(toks) && n < maxFragments; {
		e := i + 1
		for e < len(toks) && sent[e] == sent[i] {
			e++
		}
		if e == len(toks) || e-i > maxFragmentWords {
			break
		}
		n++
		i = e
	}
	return n
}

const (
	maxFragmentWords = 5
	maxFragments     = 3
)

// cookieNotice reports a line of at most maxCookieNotice words, starting
// at toks[i], that speaks of the site's cookies ("Questo sito utilizza i
// cookies. I cookie sono file memorizzati nel browser, …"): a banner, not
// the story. It returns the token after the line and the line's
// sentences; 0, 0 when the line is none such.
func cookieNotice(src string, toks []text.Token, sent []int, i int) (int, int) {
	cookie := false
	e := i
	for ; e < len(toks) && e-i <= maxCookieNotice; e++ {
		if e > i && strings.Contains(src[toks[e-1].End:toks[e].Start], "\n") {
			break
		}
		cookie = cookie || toks[e].Norm == "cookie" || toks[e].Norm == "cookies"
	}
	if !cookie || e == len(toks) || e-i > maxCookieNotice {
		return 0, 0
	}
	return e, sent[e-1] - sent[i] + 1
}

// maxCookieNotice is the most words a cookie notice above a page's story
// has.
const maxCookieNotice = 120

// captionLine reports a line of two short sentences at most, ten words in
// all, that starts at toks[i] and ends without a full stop ("Hacker with
// computers in dark room. Cyber crime"): a photo's caption and keywords.
// It returns the token after the line and the line's sentences; 0, 0 when
// the line is none such.
func captionLine(src string, toks []text.Token, sent []int, i int) (int, int) {
	e := i + 1
	for e < len(toks) && e-i <= 10 && !strings.Contains(src[toks[e-1].End:toks[e].Start], "\n") {
		e++
	}
	if e == len(toks) || e-i > 10 || sent[e-1] == sent[i] || sent[e-1]-sent[i] > 1 ||
		strings.ContainsAny(src[toks[e-1].End:toks[e].Start], ".!?:") {
		return 0, 0
	}
	return e, sent[e-1] - sent[i] + 1
}

// maxDatelineSentence is the last sentence of a body where a dateline is
// taken for the article's opening.
const maxDatelineSentence = 5

// datelineSentence returns the number of the body's sentence that opens a
// line with a dateline, a place in capitals and a dash ("MANILA — Six out
// of eight external systems …", "LONDON — Ireland's health service shut
// down …"), among its first maxDatelineSentence sentences; 0 when there is
// none. What stands above it is a photo's caption or a page's furniture,
// no sentence of the lead ("An ambulance arrives at the A and E department
// of the Mater Misericordiae University Hospital …").
func datelineSentence(src string, toks []text.Token, sent []int) int {
	for i, t := range toks {
		if sent[i] > maxDatelineSentence {
			break
		}
		if i > 0 && (sent[i-1] == sent[i] || !strings.Contains(src[toks[i-1].End:t.Start], "\n")) {
			continue // not a line's first word
		}
		for k := i; k < len(toks)-1 && k < i+4; k++ {
			w := src[toks[k].Start:toks[k].End]
			if !toks[k].Upper || (strings.ToUpper(w) != w && (k == i || len(w) > 4)) || (k == i && len(w) < 3) {
				break // a state's abbreviation past the first word: "SPRING VALLEY, Ill. (WQAD) –"
			}
			gap := src[toks[k].End:toks[k+1].Start]
			if strings.ContainsAny(gap, "—–") || strings.Contains(gap, "--") || strings.Contains(gap, " - ") {
				return sent[i]
			}
		}
	}
	return 0
}

// titleRepeated reports whether the text opens with the title, as pages
// copied whole do ("New Zealand health service hackers send stolen data to
// press\nLocal media have confirmed …\nThe hackers behind the Waikato
// District Health Board (DHB) attack …").
func titleRepeated(d *doc) bool {
	t := strings.TrimSpace(d.title)
	return len(t) >= 20 && strings.HasPrefix(strings.TrimSpace(d.body), t)
}

// titleNamesNearAttack returns the title's capitalised words, at most
// maxLinkDistance tokens from an attack word in a sentence that is no
// warning, that may open a victim's name no lexicon word marks as a health
// organisation ("Alder Hey", "Lurie Children's"): not lexicon words, not
// headline verbs, not places, not a threat actor's name.
func (c *Classifier) titleNamesNearAttack(p part, attacks [][2]int, blocked map[int]bool, sent []int) []string {
	covered := make([]bool, len(p.toks))
	for _, h := range p.hits {
		for k := h.First; k <= h.Last; k++ {
			covered[k] = true
		}
	}
	for _, m := range c.geo.Find(p.toks, p.src, false) { // demonyms too: "European health sector"
		for k := m.First; k <= m.Last && k < len(covered); k++ {
			covered[k] = true
		}
	}
	for _, h := range c.actorHits(p.toks) {
		for k := h.First; k <= h.Last; k++ {
			covered[k] = true
		}
	}
	var out []string
	for k, t := range p.toks {
		short := len(t.Norm) < 4 && !(len(t.Norm) == 3 && strings.ToUpper(p.src[t.Start:t.End]) == p.src[t.Start:t.End])
		if !t.Upper || t.Digit || covered[k] || short || headlineWord(t.Norm) || slices.Contains(out, t.Norm) {
			continue
		}
		for _, a := range attacks {
			if !blocked[sent[a[0]]] && max(a[0]-k, k-a[1]) <= maxLinkDistance {
				out = append(out, t.Norm)
				break
			}
		}
	}
	return out
}

// namedAsHealthBody finds in the body one of the title's name words opening
// a health organisation's name: the word, capitalised, then at most two
// more capitalised words and a health organisation's lexicon word ("Alder
// Hey Children's Hospital", "Lurie Children's Hospital"), or the name of
// a health organisation the word abbreviates in brackets after it
// ("Ministry of Health (MOH)"), not one that stands for the sector. It
// returns that name.
func namedAsHealthBody(p part, words []string, generic func([2]int) bool) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	for _, h := range p.hits {
		if h.Value.kind == kHealthWeak && namedHealth(p.src, p.toks, h.First) {
			// "Lehigh Valley Health Network" for the title's "LVHN" (round 63)
			for _, w := range words {
				if len(w) < 3 {
					continue
				}
				if lo, hi, ok := spelledOut(p, w); ok && lo <= h.First && h.First <= hi {
					return p.src[p.toks[lo].Start:p.toks[hi].End], true
				}
			}
			continue
		}
		if h.Value.kind != kHealthOrg || generic([2]int{h.First, h.Last}) {
			continue // "European hospitals … were hit by 215 publicly reported cyber incidents": the sector
		}
		for i := h.First - 1; i >= max(0, h.First-3); i-- {
			if !p.toks[i].Upper || p.toks[i+1].Break {
				break
			}
			if slices.Contains(words, p.toks[i].Norm) {
				return p.src[p.toks[i].Start:p.toks[h.Last].End], true
			}
		}
		if a := h.Last + 1; a+1 < len(p.toks) && slices.Contains(words, p.toks[a].Norm) &&
			strings.TrimSpace(p.src[p.toks[h.Last].End:p.toks[a].Start]) == "(" &&
			strings.HasPrefix(strings.TrimSpace(p.src[p.toks[a].End:p.toks[a+1].Start]), ")") {
			// the title's abbreviation spelled out: "MOH temporarily shuts
			// down its website after hacking incident", "The Ministry of
			// Health (MOH) has temporarily closed …" (round 43)
			return p.src[p.toks[h.First].Start:p.toks[a].End] + ")", true
		}
	}
	return "", false
}

// disruptedBySecurityIncident reports whether a report's title or lead
// names a security incident (a weak attack word, not denied) and its text
// tells of disrupted care (diverted ambulances, cancelled procedures,
// records offline): the span of the incident word.
func (c *Classifier) disruptedBySecurityIncident(d *doc) (string, bool) {
	span := "" // the first weak attack word of the title or lead, an incident's noun if one is there
	for pi, p := range d.parts() {
		sent, _ := sentenceNumbers(p.src, p.toks, nil)
		for _, h := range p.hits {
			if h.Value.kind == kCyber && h.Value.weak && !h.Value.denied && (pi == 0 || sent[h.First] <= leadSentences) {
				s := p.src[p.toks[h.First].Start:p.toks[h.Last].End]
				if span == "" || (!incidentNoun(span) && incidentNoun(s)) {
					span = s
				}
			}
		}
	}
	if span == "" || attackDenied(d) {
		return "", false // "UPDATE: the investigation found no sign of an attack"
	}
	for _, p := range d.parts() {
		if len(careDisruption(c.disrupt, p.toks, p.src)) > 0 {
			return span, true
		}
	}
	return "", false
}

// attackDenied reports whether the report denies that an attack took
// place ("found no sign of an attack", "not a cyberattack"), not only that
// data was taken.
func attackDenied(d *doc) bool {
	for _, p := range d.parts() {
		for i, t := range p.toks {
			switch t.Norm {
			case "attack", "attacks", "cyberattack", "cyberattacks", "hack", "hacking", "intrusion", "ransomware", "cyberangriff",
				"hackerangriff", "cyberattaque", "ciberataque", "cyberaanval", "attacco", "ataque":
			default:
				continue
			}
			for k := i - 1; k >= max(0, i-5) && !p.toks[k+1].Break; k-- {
				if negation(p.toks[k].Norm) {
					return true
				}
				if !negationFiller(p.toks[k].Norm) && p.toks[k].Norm != "found" {
					break
				}
			}
		}
	}
	return false
}

// incidentNoun reports whether a weak attack word names an incident: "IT
// security incident", "cybersecurity event", "security issue",
// "cybersecurity matter".
func incidentNoun(span string) bool {
	s := strings.ToLower(span)
	return strings.HasSuffix(s, "incident") || strings.HasSuffix(s, "issue") || strings.HasSuffix(s, "event") ||
		strings.HasSuffix(s, "matter") || strings.HasSuffix(s, "situation") // "what it called a cybersecurity matter"
}

// namedHealthOrgInLead reports whether the title or the body's first
// sentence names a health organisation by its name: a known one, or a
// health organisation's word that ends a capitalised name ("CommonSpirit
// Health", "Tallahassee Memorial HealthCare", "Candler Health System"),
// not "hospitals" at large.
func namedHealthOrgInLead(d *doc) bool {
	for pi, p := range d.parts() {
		if p.hasKnown && (pi == 0 || p.known.First < 40) {
			return true
		}
		sent, _ := sentenceNumbers(p.src, p.toks, nil)
		for _, h := range p.hits {
			if pi > 0 && sent[h.First] > 1 {
				continue
			}
			if h.Value.kind == kHealthWeak && namedHealth(p.src, p.toks, h.First) {
				return true // "Tallahassee Memorial HealthCare", "CHI Health"
			}
			if h.Value.kind != kHealthOrg {
				continue
			}
			f := h.First
			if f > 0 && p.toks[f].Upper && p.toks[f-1].Upper && !p.toks[f].Break && !sentenceStart(p.src, p.toks, f-1) {
				return true
			}
			if f > 1 && p.toks[f].Upper && p.toks[f-1].Upper && p.toks[f-2].Upper && !p.toks[f].Break {
				return true
			}
		}
	}
	return false
}

// careOrInsurer reports whether a known organisation's sector is care,
// health insurance or a laboratory.
func careOrInsurer(sector string) bool {
	return sector == "care_provider" || sector == "health_insurance" || sector == "laboratory"
}

// sentenceNumbers numbers the sentences of toks from 1 and returns each
// token's sentence and the count; after a token for which ends returns true
// a new sentence starts.
func sentenceNumbers(src string, toks []text.Token, ends func(i int) bool) ([]int, int) {
	starts := sentenceStarts(src, toks)
	sent := make([]int, len(toks))
	n := 0
	for i := range toks {
		if starts[i] {
			n++
		}
		sent[i] = n
		if ends != nil && ends(i) {
			n++
		}
	}
	return sent, n
}

// backgroundHealth reports whether a long article names health only after
// its lead: no health word, health data or known health organisation in the
// title or the body's first sentences, and some further down. It returns
// the first later health word.
func backgroundHealth(d *doc, titlePlaces []geo.Mention) (string, bool) {
	if d.titleHasKnown || (d.bodyHasKnown && !likeCaseBefore(d.bodyToks, d.bodyKnown.First)) || titleName(d.title, d.titleToks, d.titleHits, true) {
		return "", false // a registry record titled with its entity is about that entity throughout
	}
	healthKind := func(k kind) bool { return k == kHealthOrg || k == kHealthData || k == kHealthWeak }
	for _, h := range d.titleHits {
		if healthKind(h.Value.kind) {
			return "", false
		}
	}
	if span, ok := onlyLikeCases(d, healthKind); ok {
		return span, true
	}
	sent, n := d.bodySentences()
	lead := d.bodyLead() // past a copy of the title, a byline, a place and a date (round 47)
	if n <= lead+1 {
		return "", false // a short record is all lead
	}
	for i := range d.titleToks {
		if healthCompound(d.title, d.titleToks, i) {
			return "", false
		}
	}
	for i := range d.bodyToks {
		if sent[i] > lead {
			break
		}
		if healthCompound(d.body, d.bodyToks, i) {
			return "", false // "Mitarbeiter der Deegenbergklinik", "Twee zorgbedrijven": the lead's health body, in a compound (round 31)
		}
	}
	for _, h := range d.bodyHits {
		if healthKind(h.Value.kind) {
			if sent[h.First] <= lead || describesTitleName(d, h, titlePlaces) {
				return "", false
			}
			if len(d.titleToks) == 0 && sent[h.First] == lead+1 && attackedInSentence(d, h.First) {
				// a page without its headline, whose story's sentence
				// follows two of context: "Portugal está sob uma forte onda
				// de ataques informáticos … os Laboratórios Germano de Sousa
				// foram agora também alvo de um ataque informático" (round 57)
				return "", false
			}
			return d.body[d.bodyToks[h.First].Start:d.bodyToks[h.Last].End], true
		}
	}
	return "", false
}

// onlyLikeCases returns the first health body of a text that names health
// bodies only as like cases told for comparison (likeCaseBefore): "un
// attacco hacker potrebbe aver colpito la rete informatica comunale … come
// successo nel dicembre 2021 all'Ulss 6 Euganea" (round 69).
func onlyLikeCases(d *doc, healthKind func(kind) bool) (string, bool) {
	span := ""
	for _, h := range d.bodyHits {
		if healthKind(h.Value.kind) {
			if !likeCaseBefore(d.bodyToks, h.First) {
				return "", false
			}
			if span == "" {
				span = d.body[d.bodyToks[h.First].Start:d.bodyToks[h.Last].End]
			}
		}
	}
	return span, span != ""
}

// attackedInSentence reports whether the body's sentence of toks[i] tells
// of an attack, with no negation before toks[i] in it: not "L’attacco ha
// interessato i siti web istituzionali senza coinvolgere le ULSS".
func attackedInSentence(d *doc, i int) bool {
	sent, _ := d.bodySentences()
	for k := i - 1; k >= 0 && sent[k] == sent[i]; k-- {
		if negationWord(d.bodyToks[k].Norm) {
			return false
		}
	}
	return slices.ContainsFunc(d.bodyHits, func(h text.Hit[term]) bool {
		return h.Value.kind == kCyber && !h.Value.weak && !h.Value.denied && sent[h.First] == sent[i]
	})
}

// describesTitleName reports whether the body's health word h stands next
// to a name the title gives, whatever sentence it is in: "le groupe
// pharmaceutique et de dermo-cosmétiques Pierre Fabre" under "Le groupe
// Pierre Fabre victime d'une cyberattaque" says what the title's victim is,
// not what the article's background is about (round 46). A place is no
// such name: "het academisch ziekenhuis Maastricht UMC+" is not the
// "Universiteit Maastricht" of the title.
func describesTitleName(d *doc, h text.Hit[term], titlePlaces []geo.Mention) bool {
	named := map[string]bool{}
	for i, t := range d.titleToks {
		if i > 0 && t.Upper && len(t.Norm) >= 3 && !slices.ContainsFunc(d.titleHits, func(th text.Hit[term]) bool {
			return th.First <= i && i <= th.Last
		}) && !slices.ContainsFunc(titlePlaces, func(m geo.Mention) bool { return m.First <= i && i <= m.Last }) {
			named[t.Norm] = true
		}
	}
	if len(named) == 0 {
		return false
	}
	sent, _ := d.bodySentences()
	for k := h.Last + 1; k < min(len(d.bodyToks), h.Last+25) && sent[k] == sent[h.Last]; k++ {
		if negation(d.bodyToks[k].Norm) {
			return false // "das Gesundheitszentrum Bitterfeld/Wolfen sind … nicht betroffen"
		}
	}
	const near = 5
	for k := max(0, h.First-near); k <= min(len(d.bodyToks)-1, h.Last+near); k++ {
		if t := d.bodyToks[k]; t.Upper && named[t.Norm] && (k < h.First || k > h.Last) {
			return true
		}
	}
	return false
}

// careInTitle reports whether the title tells of care disrupted (diverted
// ambulances, cancelled appointments or procedures): the health side of the
// report is its subject, not its background ("INCA sofre invasão hacker e
// cancela consultas e exames", round 40). An IT outage is not care.
func careInTitle(disrupt *text.Lexicon[role], d *doc) bool {
	return slices.ContainsFunc(careDisruption(disrupt, d.titleToks, d.title), func(s disruptionSignal) bool {
		return s.signal != "ehr_downtime"
	})
}

// deviceTarget reports whether the target is a medical device, not an
// organisation: "pacemaker hacking fix", "insulin pumps can be hacked"
// tell of a device's flaw (round 25). A device maker is named so
// ("medical device maker").
func deviceTarget(toks []text.Token, t [2]int) bool {
	w := toks[t[0]].Norm
	return strings.HasPrefix(w, "pacemaker") ||
		(w == "insulin" || w == "infusion") && t[1] > t[0] && strings.HasPrefix(toks[t[0]+1].Norm, "pump")
}

// otherObject reports whether the attack at a names its own object
// before a colon or a semicolon that the target t follows: "Cyberangriff
// auf Großküche: Kliniken und Schulen bekommen Notverpflegung" (round 25)
// attacked a caterer, not the clinics. An appositive's comma ("a
// cyberattack on its parent, CommonSpirit Health") joins the object to
// the target.
func otherObject(src string, toks []text.Token, a, t [2]int) bool {
	if t[0] <= a[1]+2 || !attackObjectPreposition(toks[a[1]+1].Norm) || toks[a[1]+1].Break {
		return false
	}
	for k := a[1] + 3; k <= t[0]; k++ {
		if toks[k].Break && strings.ContainsAny(src[toks[k-1].End:toks[k].Start], ":;") {
			return true
		}
	}
	return false
}

// attackObjectPreposition is a preposition that opens an attack's object:
// "attack on", "Angriff auf", "attaque contre", "ataque al", "attacco contro"
// (not "a": the English article).
func attackObjectPreposition(w string) bool {
	switch w {
	case "on", "against", "auf", "gegen", "contre", "sur", "contra", "al", "ao", "contro", "su", "op", "tegen":
		return true
	}
	return false
}

// negatedBetween reports whether a negation stands between an attack and
// a target: "gangs promise not to attack hospitals", "hackers did not
// reach the clinic's network".
func negatedBetween(toks []text.Token, a, t [2]int) bool {
	lo, hi := a[1]+1, t[0]
	if t[0] < a[0] {
		lo, hi = t[1]+1, a[0]
	}
	for k := lo; k < hi; k++ {
		if toks[k].Upper && !(toks[k].Break && (toks[k].Norm == "no" || toks[k].Norm == "not" || toks[k].Norm == "never")) {
			continue // a name's word: "Berck-sur-Mer (Pas-de-Calais, France)"; not a quote's "«No es un ciberataque»" (round 24)
		}
		switch n := toks[k].Norm; {
		case n == "without" && k+1 < hi && !strings.HasSuffix(toks[k+1].Norm, "ing") && toks[k+1].Norm != "any":
			// "hospitals have been operating without electronic records … after a cyberattack": an effect, no
			// denial; "without reaching", "without any impact on" deny (round 25)
		case negation(n) && k+1 < hi && unreachable(toks[k+1].Norm):
			// "De website van het ziekenhuis was niet bereikbaar door een DDoS-aanval": an effect, no denial
		case negation(n) && a[1] < t[0] && k+1 < hi && ableVerb(toks[k+1].Norm) && causedBy(toks, a[0]):
			// "a causa di un attacco informatico non riescono a fare l’esame medico": what people cannot do
			// because of the attack, an effect, no denial; "gli hacker non riescono ad accedere" still denies
			// (round 52)
		case negation(n) && noOtherChoice(toks[k+1:hi]):
			// "NJ Spine Center saw no other option but to pay ransom": every other course denied (round 46)
		case negation(n) && ((k+1 < hi && payVerb(toks[k+1].Norm)) || (k > lo && payVerb(toks[k-1].Norm))):
			// "says it will not pay the criminals behind last week's ransomware attack", "zahlt kein Lösegeld":
			// a ransom refused (rounds 23, 47)
		case negation(n) && slices.ContainsFunc(toks[k+1:min(hi, k+4)], func(w text.Token) bool { return yieldVerb(w.Norm) }):
			// "l'azienda sanitaria non si è 'piegata' al ricatto": the blackmail refused, no denial (round 53)
		case n == "not" && k+2 < hi && toks[k+1].Norm == "to" && adviceAction(toks[k+2].Norm):
			// "A hospice has warned people not to open emails sent from its account after it was hacked": advice
			// against the attacker's mail, no denial (round 40)
		case negation(n) && t[0] < a[0] && slices.ContainsFunc(toks[k+1:hi], func(w text.Token) bool { return sinceWord(w.Norm) }):
			// "il sistema informatico dell’Ospedale … ancora non mostra segni di vita dopo l’attacco hacker": what
			// is denied comes after the attack, which it presupposes (round 49)
		case negation(n), n == "spare", n == "spares", n == "spared", n == "sparing":
			return true // "Ransomware gangs say they will spare hospitals"
		}
	}
	return false
}

// sinceWord is a preposition that dates a state from an event, which it
// presupposes: "after", "dopo", "nach", "depuis".
func sinceWord(s string) bool {
	switch s {
	case "after", "following", "since", "dopo", "nach", "seit", "apres", "depuis", "tras", "despues", "desde", "apos", "sinds":
		return true
	}
	return false
}

// adviceAction is what the public is told not to do after an attack on
// an organisation's mail: "not to open", "not to click", "not to reply".
func adviceAction(w string) bool {
	switch w {
	case "open", "click", "reply", "respond", "download", "share", "call", "answer", "engage", "follow", "enter", "pay":
		return true
	}
	return false
}

// payVerb is a verb of paying a ransom, in the languages read: "will not
// pay", "no ransom was paid", "Lösegeld wurde nicht gezahlt".
func payVerb(w string) bool {
	switch w {
	case "pay", "paid", "payed", "paying", "payer", "paye", "payee", "payera", "versee", "zahlen", "bezahlen", "gezahlt",
		"bezahlt", "betalen", "betaald", "pagar", "pagara", "pagare", "paghera", "pagato", "pagado", "pago", "pagou",
		"pays", "paie", "paient", "zahlt", "zahlte", "betaalt", "paga", "pagano", "pagan", "pagam": // "zahlt kein Lösegeld"
		return true
	}
	return false
}

// yieldVerb is a verb of giving in to blackmail, whose negation refuses
// it: "non si è piegata al ricatto", "did not give in", "no cedió"
// (round 53).
func yieldVerb(w string) bool {
	switch w {
	case "piegata", "piegato", "piegarsi", "ceduto", "cedere", "cede", "cedio", "cedeu", "ceder", "cedera", "bow", "bowed",
		"yield", "yielded", "succomber", "plie", "nachgeben", "nachgegeben", "toegeven", "toegegeven":
		return true
	}
	return false
}

// ableVerb is a verb of being able, whose negation after an attack
// named as a cause tells what people could not do: "non riescono", "no
// pueden", "ne peuvent", "não podem" (the negation before the verb).
func ableVerb(w string) bool {
	switch w {
	case "riesce", "riescono", "riuscivano", "puo", "possono", "potevano", "puede", "pueden", "podian", "pode", "podem",
		"conseguem", "consegue", "peut", "peuvent", "pouvaient":
		return true
	}
	return false
}

// causedBy reports whether the attack starting at toks[a] is named as a
// cause or a starting point: "a causa di un attacco", "por culpa de un
// ciberataque", "à cause d'une cyberattaque", "devido a um ataque", "dopo
// l'attacco".
func causedBy(toks []text.Token, a int) bool {
	for k := a - 1; k >= max(0, a-4) && !toks[k+1].Break; k-- {
		switch n := toks[k].Norm; {
		case n == "causa", n == "culpa", n == "cause", n == "devido", n == "raison", n == "seguito", sinceWord(n):
			return true
		}
	}
	return false
}

// unreachable is a word that, negated, tells of an attack's effect: "not
// reachable", "nicht erreichbar", "niet bereikbaar", "non raggiungibile",
// "kon epd niet gebruiken".
func unreachable(w string) bool {
	switch w {
	case "reachable", "accessible", "available", "erreichbar", "verfugbar", "bereikbaar", "beschikbaar", "joignable",
		"disponible", "disponibles", "raggiungibile", "raggiungibili", "disponibile", "accesible", "accesibles",
		"acessivel", "acessiveis", "disponivel",
		// round 41: "Ziekenhuis kon epd urenlang niet gebruiken na DDoS-aanval", "could not access", "konnte nicht
		// nutzen", "ne pouvaient pas accéder"
		"gebruiken", "raadplegen", "benaderen", "use", "access", "nutzen", "benutzen", "zugreifen", "acceder", "utiliser",
		"usar", "utilizar", "accedere", "usare", "utilizzare", "acessar", "aceder":
		return true
	}
	return false
}

// actorHits are the known threat actors named in toks (ambiguous aliases
// only next to "ransomware/group/gang", as findActor counts them).
func (c *Classifier) actorHits(toks []text.Token) []text.Hit[actor] {
	var out []text.Hit[actor]
	for _, h := range c.actors.Find(toks) {
		if countsAsActor(toks, h) {
			out = append(out, h)
		}
	}
	return out
}

// rules applies the news rules: the accept rule first, then the three
// reject rules (a biological story with no cyber word at all; a lost,
// mailed, disposed or snooped record with no unambiguous attack word; an
// unambiguous attack with no health word anywhere).
//
// modelZ is read only as below 0, below 1 or above (training relies on it).
func (c *Classifier) rules(d *doc, ev evidence, modelZ float64) (newsRule, bool) {
	strongLoss, lossSpan := false, ""
	health, bioSpan := false, ""
	sector, dataSpan := false, "" // a word that says the organisation is in health; health data
	employerData := false         // health data that any employer, school or club holds (sick notes)
	// A loss told after the lead is the article's background ("the third
	// largest breach this year, behind the laptop theft at …"): it does
	// not keep the lead's attack on a health organisation from counting.
	lossInLead := false
	for pi, p := range d.parts() {
		for _, h := range p.hits {
			span := func() string { return p.src[p.toks[h.First].Start:p.toks[h.Last].End] }
			switch k := h.Value.kind; {
			case k == kLoss && !h.Value.weak:
				if !strongLoss {
					strongLoss, lossSpan = true, span()
				}
				if pi == 0 {
					lossInLead = true // the title's
				} else if !lossInLead {
					sent, _ := d.bodySentences()
					lossInLead = sent[h.First] <= leadSentences+1
				}
			case k == kHealthOrg || k == kHealthData || k == kHealthWeak:
				health = true
				sector = sector || k != kHealthData
				if k == kHealthData && dataSpan == "" {
					dataSpan = span()
				}
				employerData = employerData || (k == kHealthData && h.Value.weak)
			case k == kBio && bioSpan == "":
				bioSpan = span()
			}
		}
		if p.hasKnown {
			sector, health = true, true // a known health organisation: "Ascension diverts ambulances amid ransomware attack"
		}
	}
	if span, ok := trendTitle(d); ok {
		return newsRule{rule: ruleTrend, dir: 0, span: span}, true
	}
	if span, ok := kidnapping(d); ok {
		// "Pagan rescate para liberar a médico secuestrado en Veracruz": a
		// person's ransom, no computer in the story (round 68)
		return newsRule{rule: ruleNonCyber, dir: -1, span: span}, true
	}
	if ev.strong > 0 || ev.actor {
		// a campaign's victims by sector, even in an agency's advisory:
		// "compromised more than 300 victims … including the medical,
		// education, legal … sectors"
		if span, ok := healthAmongSectors(d); ok && !strongLoss {
			return newsRule{rule: ruleSectorTargets, dir: 1, span: span}, true
		}
	}
	if span, ok := titleAdvice(d); ok {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := protectionAdvice(d); ok {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := selfDescribedGuide(d); ok {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := howToTitle(d); ok && !attackHead(d) {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := agencyWarning(d); ok {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := leadWarning(d); ok {
		return newsRule{rule: ruleAdvice, dir: 0, span: span}, true
	}
	if span, ok := researcherExposure(d); ok {
		return newsRule{rule: ruleExposure, dir: 0, span: span}, true
	}
	if span, ok := mistakeTitle(d); ok && !strongLoss { // a loss word's own rule, below, rejects
		return newsRule{rule: ruleNonCyber, dir: 0, span: span}, true
	}
	if span, ok := c.vulnerabilityTitle(d); ok {
		return newsRule{rule: ruleVulnerability, dir: 0, span: span}, true
	}
	if span, ok := demonstrationTitle(d); ok {
		return newsRule{rule: ruleVulnerability, dir: 0, span: span}, true
	}
	if span, ok := commentaryTitle(d); ok && !entityTitle(d) && !healthNameTitle(d) { // a registry's entity is no commentary
		return newsRule{rule: ruleCommentary, dir: 0, span: span}, true
	}
	if span, ok := sectorTitle(d); ok && !d.titleHasKnown && !entityTitle(d) && !healthNameTitle(d) && len(c.actorHits(d.titleToks)) == 0 {
		// "El sector salud concentra incidentes críticos por ransomware",
		// "La ciberseguridad en el sector dental ya no es opcional": a
		// sector's story, no one organisation's attack (round 47)
		return newsRule{rule: ruleCommentary, dir: 0, span: span}, true
	}
	if span, ok := tendencyTitle(d.title, d.titleToks); ok && len(c.actorHits(d.titleToks)) == 0 {
		// a campaign's record names its actor: "ALPHV/BlackCat affiliates
		// increasingly targeted the healthcare sector after …"
		return newsRule{rule: ruleCommentary, dir: 0, span: span}, true
	}
	if span, ok := businessTitleWord(d); ok && !entityTitle(d) {
		return newsRule{rule: ruleBusiness, dir: 0, span: span}, true
	}
	if span, ok := productOffer(d.title, d.titleToks); ok {
		return newsRule{rule: ruleBusiness, dir: 0, span: span}, true
	}
	if span, ok := d.parts()[0].leadClause().firstWord(lawEnforcementWord); ok {
		return newsRule{rule: ruleLawEnforcing, dir: 0, span: span}, true
	}
	if span, ok := criminalTrial(d.parts()[0].leadClause()); ok {
		return newsRule{rule: ruleLawEnforcing, dir: 0, span: span}, true
	}
	if span, ok := d.parts()[0].firstWord(impersonationWord); ok && !attackBeforeLure(d) && !lureTargetsStaff(d) && !impostorStole(d.titleToks) &&
		!impostorAfterBreach(d.titleToks) {
		return newsRule{rule: ruleImpersonated, dir: 0, span: span}, true
	}
	if span, ok := fakeMessageTitle(d); ok {
		return newsRule{rule: ruleImpersonated, dir: 0, span: span}, true
	}
	if span, ok := scamTitle(d); ok {
		return newsRule{rule: ruleImpersonated, dir: 0, span: span}, true
	}
	if span, ok := veterinaryTitle(d.title, d.titleToks); ok {
		// "Cyberattack disrupts Oregon vet center": its patients and urgent
		// care are animals' (round 43)
		return newsRule{rule: ruleOutside, dir: -1, span: span}, true
	}
	if span, ok := d.titleDenies(); ok {
		// "Impfstoff-Entwickler Biontech dementiert Hackerangriff mit
		// Ransomware": what the body reports of the attack ("sollte laut
		// einem Medienbericht Opfer einer Cyberattacke geworden sein") is
		// the claim the headline denies (round 47).
		return newsRule{rule: ruleDenied, dir: 0, span: span}, true
	}
	if r, ok := c.healthVictimRule(d, lossInLead); ok {
		return r, true
	}
	attack := ev.strong > 0 || ev.actor
	if !attack && !strongLoss && sector {
		if span, ok := c.disruptedBySecurityIncident(d); ok {
			// "CommonSpirit Health hit by IT security incident … some
			// facilities diverting ambulances": a health organisation's
			// first-day word for an attack, with care disrupted. Named
			// as an incident of a named organisation, and denied nowhere,
			// it is one; other weak words ("compromised", "cybersecurity")
			// go to an analyst.
			dir := 2
			if _, denied := d.denied(); !denied && incidentNoun(span) && namedHealthOrgInLead(d) {
				dir = 1
			}
			return newsRule{rule: ruleDisrupted, dir: dir, span: span}, true
		}
	}
	if span, ok := d.denied(); ok && !attack {
		// "The regulator said no hacker was involved": the report itself
		// says it is no cyberattack. An analyst may still disagree.
		return newsRule{rule: ruleDenied, dir: 0, span: span}, true
	}
	if attack && health && modelZ >= 0 && !careInTitle(c.disrupt, d) {
		if span, ok := backgroundHealth(d, c.partPlaces(d, 0)); ok {
			// "Retailer confirms payment card breach at 160 stores … the
			// healthcare sector accounted for a quarter of all breaches":
			// health comes up only in the article's background.
			return newsRule{rule: ruleBackground, dir: 0, span: span}, true
		}
	}
	switch {
	case bioSpan != "" && ev.n[kCyber] == 0 && !ev.actor && !d.mentionsComputer():
		return newsRule{rule: ruleBiological, dir: -1, span: bioSpan}, true
	case strongLoss && !attack:
		return newsRule{rule: ruleNonCyber, dir: -1, span: lossSpan}, true
	case attack && !health && (modelZ < 0 || d.foreign):
		// Registry records name victims whose sector no word gives away
		// ("Neurocare, Inc."): the rule only settles what the model
		// already leans to reject. In the other languages the model reads
		// concepts only, no names: no health word is no health victim.
		return newsRule{rule: ruleOutside, dir: -1}, true
	case attack && !sector && dataSpan != "" && (modelZ < 1 || employerData):
		// "Employee benefits platform Paylogix says hackers stole financial
		// and health data": health data, but nothing says the victim is a
		// health organisation. An analyst decides.
		return newsRule{rule: ruleDataOnly, dir: 0, span: dataSpan}, true
	case attack && !sector && dataSpan != "":
		// However sure the model, health data held by an organisation the
		// report places outside health is for an analyst: "Hackers breach
		// school district, exposing student health records".
		if _, ok := d.parts()[0].firstWord(nonHealthOwner); ok {
			return newsRule{rule: ruleDataOnly, dir: 0, span: dataSpan}, true
		}
	}
	return newsRule{}, false
}

// denied returns the first attack word a negation governs ("no
// cyberattack", "not the result of a cyberattack").
func (d *doc) denied() (string, bool) {
	for _, p := range d.parts() {
		for _, h := range p.hits {
			if h.Value.kind == kCyber && h.Value.denied {
				return p.src[p.toks[h.First].Start:p.toks[h.Last].End], true
			}
		}
	}
	return "", false
}

// bodyLead returns the number of the body's last sentence of the lead:
// its first leadSentences sentences of prose, past what stands above
// them.
func (d *doc) bodyLead() int {
	if d.lead > 0 {
		return d.lead
	}
	sent, _ := d.bodySentences()
	lead := leadSentences
	copied := titleRepeated(d)
	if copied {
		lead++ // a page's headline copied above its text is no sentence of the lead (round 41)
	}
	lead += furnitureLines(d.body, d.bodyToks, sent, copied) // a byline, a place and a date (round 42)
	lead += fragmentLede(d.bodyToks, sent)                   // "Diverted ambulances. Cancer treatment delayed." (round 64)
	if s := datelineSentence(d.body, d.bodyToks, sent); s > 1 {
		lead = max(lead, s-1+leadSentences) // a photo's caption above the dateline (round 43)
	}
	// copies of the title, standfirsts and credits on lines of their
	// own are no sentences of the story ("Rite Aid Says Ransomware
	// Group Stole 2.2M Customers' Data\n\nRise in RansomHub Attacks
	// …\nImage: Shutterstock\n\nAmerican pharmacy chain giant Rite
	// Aid …") (round 43)
	if e := storyLeadEnd(d.title, d.body, d.bodyToks, leadSentences); e > 0 {
		lead = max(lead, sent[e-1])
	}
	if h := whatHappened(d.body, d.bodyToks); h >= 0 {
		lead = max(lead, sent[h]+leadSentences) // a notice's own account of the incident (round 67)
	}
	d.lead = lead
	return lead
}

// whatHappened returns the token that opens a notice's "What Happened"
// heading, the section where breach notices tell the incident after a
// paragraph on the organisation's care for privacy ("Notice of Data
// Breach … What Happened? On July 26, 2023, Welltok was alerted …"), or
// -1. The heading stands on its own line or ends with "?" or ":".
func whatHappened(src string, toks []text.Token) int {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm != "what" || toks[i+1].Norm != "happened" || !toks[i].Upper ||
			(i > 0 && !strings.Contains(src[toks[i-1].End:toks[i].Start], "\n") && !toks[i].Break) {
			continue
		}
		end := len(src)
		if i+2 < len(toks) {
			end = toks[i+2].Start
		}
		if gap := src[toks[i+1].End:end]; strings.ContainsAny(gap, "?:\n") || i+2 == len(toks) {
			return i
		}
	}
	return -1
}

// identifierOf reports whether the organisation's name ending at toks[last]
// qualifies an identifier it issues ("a fake website that asks for their
// PhilHealth ID", "Medibank card"): its members' credentials, not the
// organisation, are what the attacker is after (round 47).
func identifierOf(toks []text.Token, last int) bool {
	if last+1 >= len(toks) || toks[last+1].Break {
		return false
	}
	switch toks[last+1].Norm {
	case "id", "ids", "number", "numbers", "card", "cards", "pin":
		return true
	}
	return false
}

// titleDenies returns the title's first attack word when a negation
// governs every attack word of the title: "Biontech dementiert
// Hackerangriff mit Ransomware", "Hospital denies cyberattack". A kind
// denied alone ("London trust isolates drives after 'virus' infection,
// says it is not ransomware") denies no attack.
func (d *doc) titleDenies() (string, bool) {
	span := ""
	for _, h := range d.titleHits {
		if h.Value.kind != kCyber {
			continue
		}
		if h.First == h.Last && d.titleToks[h.First].Norm == "ransomware" {
			continue
		}
		if !h.Value.denied {
			return "", false
		}
		if span == "" {
			span = d.title[d.titleToks[h.First].Start:d.titleToks[h.Last].End]
		}
	}
	return span, span != ""
}

// trendTitle reports whether the title is about a trend, not one incident:
// a change word and attacks in the plural ("Healthcare sector saw 40% rise
// in ransomware attacks", "Ransomware attacks on hospitals doubled"). Such
// a story counts no attack of its own; an analyst may still find one in it.
func trendTitle(d *doc) (string, bool) {
	if span, ok := stateOfReport(d); ok {
		return span, true
	}
	if span, ok := attacksTopicTitle(d); ok {
		return span, true
	}
	change, plural := -1, false
	for i, t := range d.titleToks {
		switch t.Norm {
		case "rise", "rises", "rising", "rose", "risen", "surge", "surges", "surged", "surging", "soar", "soars", "soared",
			"spike", "spikes", "spiked", "jump", "jumps", "jumped", "increase", "increases", "increased", "doubled",
			"doubles", "tripled", "triples", "decline", "declines", "declined", "fell", "drop", "drops", "dropped",
			"record",
			"hausse", "anstieg", "zunahme", "aumento", "aumentan", "aumentano", "stijging",
			"gestiegen", "steigen", "steigt", "augmentent", "aumentam", "stijgen", "gestegen",
			// round 40: "een verdubbeling van het aantal ransomware-aanvallen"
			"verdubbeling", "verdubbeld", "verdubbelt", "verdoppelt", "verdoppelung", "verdoppelten", "doublement",
			"duplicado", "duplican", "duplicaron", "raddoppiati", "raddoppio", "duplicaram",
			// round 45: where attacks mostly happen ("Datalekken vooral in de zorg"), and how they explode
			// ("Ataques cibernéticos explodem no setor de saúde")
			"mostly", "vooral", "meeste", "surtout", "sobretudo", "soprattutto",
			"explode", "explodes", "exploded", "exploding", "explodem", "explodiram", "explotan", "explosent", "esplodono",
			"skyrocket", "skyrockets", "skyrocketed", "skyrocketing", "disparan", "dispararon", "disparam":
			if change < 0 {
				change = i
			}
		}
		if pluralAttack(t.Norm) {
			plural = true
		}
		if change < 0 && moreWord(t.Norm) && moreAttacks(d.titleToks, i) {
			change = i // "Deutlich mehr Cyberangriffe in Bayern", "more ransomware attacks on clinics" (round 61)
		}
	}
	if change < 0 || !plural {
		return "", false
	}
	t := d.titleToks[change]
	return d.title[t.Start:t.End], true
}

// moreWord is a comparative of number: more attacks than before.
func moreWord(s string) bool {
	switch s {
	case "more", "mehr", "plus", "mas", "piu", "meer", "mais":
		return true
	}
	return false
}

// moreAttacks reports whether the comparative at toks[i] counts the
// attacks in the plural that follow it, at once or after one word
// ("mehr Cyberangriffe", "more ransomware attacks"): a trend, no attack.
func moreAttacks(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if toks[k].Break {
			return false
		}
		if pluralAttack(toks[k].Norm) {
			return true
		}
	}
	return false
}

// attacksTopicTitle reports whether the title opens with attacks in the
// plural as its topic, then a colon and a question's or an explanation's
// word: "Cyberangriffe: So gefährlich sind Hacker für die Kliniken",
// "Ransomware attacks: how hospitals can respond" (round 56).
func attacksTopicTitle(d *doc) (string, bool) {
	if _, ok := titleAdvice(d); ok {
		return "", false // "Cyberattaques : comment lutter contre …": advice, its own rule
	}
	toks := d.titleToks
	for i := 0; i+1 < len(toks) && i < 2; i++ {
		if !pluralAttack(toks[i].Norm) {
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(d.title[toks[i].End:toks[i+1].Start]), ":") {
			return "", false
		}
		switch n := toks[i+1].Norm; {
		case interrogative(n), n == "so", n == "ainsi", n == "asi", n == "cosi", n == "assim", n == "zo":
			return d.title[toks[0].Start:toks[i].End], true
		}
		return "", false
	}
	return "", false
}

// stateOfReport reports whether the title is a yearly report's on the
// state of attacks or of security: "The State of Ransomware in Healthcare
// 2021", "State of Cybersecurity in Healthcare" (round 48). A state of
// emergency after an attack is no report.
func stateOfReport(d *doc) (string, bool) {
	toks := d.titleToks
	i := 0
	if len(toks) > 0 && toks[0].Norm == "the" {
		i = 1
	}
	if i+2 >= len(toks) || toks[i].Norm != "state" || toks[i+1].Norm != "of" {
		return "", false
	}
	switch toks[i+2].Norm {
	case "ransomware", "cybersecurity", "cyber", "security", "healthcare", "email", "phishing", "malware":
		return d.title[toks[i].Start:toks[i+1].End], true
	}
	return "", false
}

// titleAdvice returns the title's first advice word (adviceWord) that is
// not an organisation's own measures after an attack: "Le CSTU … poursuit
// ses actions pour protéger les renseignements des usagers" tells what a
// victim does (round 44), "Comment protéger les hôpitaux" advises.
func titleAdvice(d *doc) (string, bool) {
	toks := d.titleToks
	for i, t := range toks {
		if adviceWord(t.Norm) && !ownMeasures(toks, i) && !explainerSuffix(d.title, toks, i) && !failedTo(toks, i) {
			return d.title[t.Start:t.End], true
		}
		if releasedAdvisory(toks, i) && !titleNamesHealthBody(d) {
			// "CISA, FBI and Treasury Release Advisory on North Korean
			// State-Sponsored Cyber Actors’ Use of Maui Ransomware": an
			// agency's advisory on a campaign, no organisation's attack
			// (round 68)
			return d.title[t.Start:t.End], true
		}
	}
	return "", false
}

// titleNamesHealthBody reports whether the title names a health
// organisation: a known one or a lexicon word for one.
func titleNamesHealthBody(d *doc) bool {
	return d.titleHasKnown || slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kHealthOrg })
}

// releasedAdvisory reports whether toks[i] is an advisory that the title
// says was released or issued: "Release Advisory", "issues joint advisory".
func releasedAdvisory(toks []text.Token, i int) bool {
	if toks[i].Norm != "advisory" && toks[i].Norm != "advisories" {
		return false
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		switch toks[k].Norm {
		case "release", "releases", "released", "issue", "issues", "issued", "publish", "publishes", "published":
			return true
		}
	}
	return false
}

// explainerSuffix reports whether toks[i] is the "should" of a news
// title's closing "What You Should Know" after a colon: "Premera Blue
// Cross Data Breach Affects 11 Million Customers: What You Should Know"
// tells of the incident first (round 44).
func explainerSuffix(title string, toks []text.Token, i int) bool {
	return toks[i].Norm == "should" && i >= 3 && toks[i-1].Norm == "you" && toks[i-2].Norm == "what" &&
		strings.Contains(title[toks[i-3].End:toks[i-2].Start], ":")
}

// ownMeasures reports whether toks[i] is what an organisation's own
// measures are for: a possessive, a word for measures and "to" before it
// ("ses actions pour protéger", "its efforts to prevent").
func ownMeasures(toks []text.Token, i int) bool {
	if i < 3 {
		return false
	}
	switch toks[i-1].Norm {
	case "to", "pour", "para", "per", "um", "om":
	default:
		return false
	}
	switch toks[i-2].Norm {
	case "actions", "measures", "efforts", "mesures", "medidas", "acciones", "misure", "azioni", "massnahmen", "acoes",
		"maatregelen":
	default:
		return false
	}
	switch toks[i-3].Norm {
	case "its", "their", "ses", "leurs", "sus", "sue", "suoi", "suas", "seus", "seine", "ihre", "zijn", "haar", "hun":
		return true
	}
	return false
}

// adviceWord marks a title that gives advice rather than news of an attack
// ("How hospitals can defend against ransomware", "5 tips to prevent
// phishing"): a report of no incident of its own.
func adviceWord(w string) bool {
	switch w {
	case "defend", "defends", "defending", "prevent", "prevents", "preventing", "mitigate", "mitigating", "tips",
		"mitigates", // round 44: "… and How OT Security Mitigates Them"
		"checklist", "guide", "proteger", "schutzen", "prevenir", "prevenire", "voorkomen",
		// tips and guides in the other languages: "9 Tipps, wie Sie die Cybersicherheit in Ihrer Praxis stärken" (round 31)
		"tipps", "ratgeber", "leitfaden", "checkliste", "conseils", "astuces", "consejos", "guia", "consigli", "guida", "dicas",
		"handleiding",
		// "Bayerns Kliniken brauchen mehr Schutz vor Hackern", "Spitäler besser gegen Cyberangriffe wappnen"
		"schutz", "wappnen", "rusten", "absichern",
		// plans for attacks to come: "What a hospital's ransomware downtime plan should include"
		"should", "preparing", "prepare", "prepares", "preparedness",
		// forecasts of attacks to come: "Kaspersky predicts medical data will stay in attackers' sights"
		"predicts", "predict", "predicted", "prediction", "predictions", "forecast", "forecasts",
		// fighting attacks to come: "Cyberattaques : comment lutter contre le hacking des données de santé"
		// (round 43), "combattre", "bekämpfen", "combatir", "contrastare", "combater", "bestrijden"
		"lutter", "combattre", "bekampfen", "combatir", "contrastare", "combater", "bestrijden",
		// good habits: "… : les bons réflexes" (round 44)
		"reflexes",
		// round 66: protection, tips and guides in the languages beyond the seven ("Så skyddar du kliniken mot
		// cyberbrott", "Jak chronić szpital przed atakiem", "Hastaneler siber saldırılardan nasıl korunur")
		"skydda", "skyddar", "beskytte", "beskytter", "beskyt", "suojata", "suojautua", "chronic", "ochranit", "chranit",
		"chranit se", "korunmak", "korunur", "korumak", "protejeaza", "protejati", "vedekezni", "vedekezhet",
		"защитить", "защититься", "захистити", "захиститися", "προστατευτειτε", "προστασια", "porady", "wskazowki",
		"tipy", "rad", "radene", "vinkit", "vinkkia", "ipuclari", "sfaturi", "tanacsok", "советы", "поради":
		return true
	}
	return false
}

// otherWarningTitle returns a title's word of warning in the languages
// beyond the seven: "varuje" (cs, sk), "ostrzega" (pl), "varnar" (sv),
// "advarer" (da, no), "varoittaa" (fi), "avertizează" (ro), "предупреждает"
// (ru), "внимавайте" (bg), "uyardı" (tr), "προειδοποιεί" (el), "מזהיר"
// (he), "تحذير" (ar), "هشدار" (fa), and threats to come ("Ökat hot").
func otherWarningTitle(d *doc) (string, bool) {
	if !d.foreign {
		return "", false
	}
	for _, t := range d.titleToks {
		switch t.Norm {
		case "varuje", "varovani", "varovanie", "ostrzega", "ostrzegaja", "ostrzezenie", "varnar", "varning", "hot",
			"advarer", "advarsel", "varoittaa", "varoitus", "avertizeaza", "avertisment", "figyelmeztet", "figyelmeztetes",
			"upozorava", "upozorenje", "opozarja", "предупреждает", "предупредил", "предупредили", "предупреждение",
			"попереджає", "попередження", "предупреждава", "внимавайте", "упозорава", "uyardi", "uyari", "uyariyor",
			"προειδοποιει", "προειδοποιηση", "מזהיר", "מזהירים", "אזהרה", "تحذير", "تحذيرات", "يحذر", "تحذر", "هشدار",
			// round 67: South Asia's, the Caucasus's, Welsh, Indonesian and Malay ("Xəstəxanalarımız kiberhücum
			// təhlükəsi ilə üz-üzə", "… உஷாரா இருங்க!")
			"সতর্ক", "সতর্কতা", "সতর্কবার্তা", "எச்சரிக்கை", "உஷார்", "உஷாரா", "హెచ్చరిక", "ಎಚ್ಚರಿಕೆ", "മുന്നറിയിപ്പ്", "चेतावनी",
			"इशारा", "ચેતવણી", "ਚੇਤਾਵਨੀ", "აფრთხილებს", "გაფრთხილება", "təhlukə", "təhlukəsi", "xəbərdarliq", "ogohlantirdi",
			"rhybudd", "rhybuddio", "waspada", "peringatan", "amaran", "babala":
			return d.title[t.Start:t.End], true
		}
	}
	return "", false
}

// agencyWarning reports whether the title is an agency's warning or
// advisory ("FBI warns hospitals of ransomware threat", "HHS alerts health
// sector to Rhysida attacks", "CISA urges hospitals to patch"): a threat
// announced, not an attack suffered. A victim's own warning ("Kettering
// Health warns patients of scam calls after ransomware attack") is news.
// An agency's name may also head the title ("CISA: …") over an advisory's
// lead, or its warning end it (see warningAtTitleEnd).
func agencyWarning(d *doc) (string, bool) {
	toks := d.titleToks
	for i := 1; i < len(toks) && i <= 10; i++ { // "Ransomware, l'Agenzia per la cybersicurezza avverte …"
		speaker := toks[:i]
		if i > 7 {
			speaker = toks[i-3 : i] // later, only the words just before: "Sms «…», la Polizia postale avverte" (round 25)
		}
		switch toks[i].Norm {
		case "warns", "warned", "warn", "alerts", "alerted", "urges", "urged", "issues", "advises",
			"alerte", "previent", "warnt", "warnen", "advierte", "alerta", "avverte", "allerta", "waarschuwt", "waarschuwen":
			if authority(speaker) || i == 1 && toks[0].Upper && (toks[0].Norm == "us" || toks[0].Norm == "uk") ||
				warnedSector(d, i) {
				// "US warns of North Korean Maui ransomware targeting healthcare": a government (round 25)
				return d.title[toks[0].Start:toks[i].End], true
			}
		}
	}
	// an agency's word as the title's head, an advisory in the lead (round
	// 24): "CISA: Daixin Team extortion gang hitting US hospitals" over "CISA,
	// the FBI and HHS have issued an advisory warning that …"
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].Break && d.title[toks[k-1].End:toks[k].Start] == ": " && (authority(toks[:k]) || toks[k-1].Norm == "agencies") && leadAdvisory(d) {
			return d.title[toks[0].Start:toks[k-1].End], true
		}
	}
	// the warning said after the threat (round 24)
	return warningAtTitleEnd(d)
}

// researcherExposure reports whether the report's lead tells of an
// unprotected store of data that a researcher found ("A cybersecurity
// researcher discovered the unprotected database containing sensitive
// patient information"), with no attack of a named kind, no attacker and
// no intrusion told besides: an exposure, which nobody is known to have
// entered, goes to an analyst (round 62, set E1).
func researcherExposure(d *doc) (string, bool) {
	if titleTellsAttack(d) {
		return "", false
	}
	sent, _ := d.bodySentences()
	lead := d.bodyLead() + 2
	toks := d.bodyToks
	researcher, store := false, ""
	for i, t := range toks {
		if sent[i] > lead {
			break
		}
		switch t.Norm {
		case "researcher", "researchers", "study", "scan": // round 68: "A recent study by Greenbone Networks uncovered 590 unprotected … servers"
			researcher = true
		case "unprotected", "unsecured", "misconfigured", "exposed", "unencrypted", "open", "publicly":
			// the store may be named by its system's long name and initials:
			// "unprotected Picture Archiving and Communication System (PACS) servers" (round 68)
			for k := i + 1; k < len(toks) && k <= i+7 && (!toks[k].Break || bracketsOnly(d.body[toks[k-1].End:toks[k].Start])); k++ {
				switch toks[k].Norm {
				case "database", "databases", "server", "servers", "bucket", "buckets", "instance", "elasticsearch", "storage",
					"repository", "cloud":
					if store == "" {
						store = d.body[t.Start:toks[k].End]
					}
				}
			}
		}
	}
	if !researcher || store == "" || leadTellsAttack(d, lead) {
		return "", false
	}
	return store, true
}

// bracketsOnly reports whether the text between two words holds nothing
// but spaces and round brackets: "System (PACS) servers".
func bracketsOnly(gap string) bool {
	return strings.Trim(gap, " ()") == "" && strings.ContainsAny(gap, "()")
}

// titleTellsAttack reports whether the title holds an attack word that is
// neither weak nor denied.
func titleTellsAttack(d *doc) bool {
	return slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool {
		return h.Value.kind == kCyber && !h.Value.weak && !h.Value.denied
	})
}

// leadTellsAttack reports whether the body's sentences up to lead tell of
// an attack beyond someone's access to data: an attack of a named kind
// (ransomware, malware, DDoS, a taken-over account) or an attack word other
// than an access's ("hackers stole …").
func leadTellsAttack(d *doc, lead int) bool {
	sent, _ := d.bodySentences()
	for _, h := range d.bodyHits {
		if sent[h.First] > lead || h.Value.kind != kCyber || h.Value.weak || h.Value.denied {
			continue
		}
		switch h.Value.attack {
		case "ransomware", "malware", "ddos", "account_compromise":
			return true
		}
		if !accessWord(d.bodyToks[h.First].Norm) {
			return true
		}
	}
	return false
}

// mistakeTitle reports whether the title blames a mistake for the
// exposure it tells ("Hospital notifies parents after physician error
// exposes health information"), with no attack in the title nor, beyond
// someone's access, in the lead: a non-cyber breach, for an analyst
// (round 62, set E1).
func mistakeTitle(d *doc) (string, bool) {
	if titleTellsAttack(d) {
		return "", false
	}
	for _, t := range d.titleToks {
		switch t.Norm {
		case "error", "errors", "mistake", "mistakes", "mistakenly", "inadvertently", "accidentally", "misdirected", "glitch":
			if leadTellsAttack(d, d.bodyLead()+2) {
				return "", false
			}
			return d.title[t.Start:t.End], true
		}
	}
	return "", false
}

// accessWord is an intrusion's verb or noun that an exposure report uses
// too: someone "accessed" an open database, or "unauthorized access" is
// feared.
func accessWord(s string) bool {
	switch s {
	case "accessed", "access", "unauthorized", "unauthorised", "downloaded", "copied", "viewed":
		return true
	}
	return false
}

// warnedSector reports whether the title's warning at token i is addressed
// to the sector's organisations, whoever gives it: "AHA warns hospitals of
// payroll diversion scheme", "Health-ISAC warns providers about …" (round
// 62). A victim warns its patients, customers or staff ("Kettering Health
// warns patients of scam calls after ransomware attack"), and a warning
// after an attack may be its news.
func warnedSector(d *doc, i int) bool {
	toks := d.titleToks
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i+1].Norm {
	case "hospitals", "providers", "physicians", "doctors", "practices", "clinics", "pharmacies", "clinicians", "healthcare",
		"insurers", "organizations", "organisations", "orgs":
	default:
		return false
	}
	of := false
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		of = of || toks[k].Norm == "of" || toks[k].Norm == "about" || toks[k].Norm == "to"
	}
	for _, t := range toks[i+1:] {
		if t.Norm == "after" || t.Norm == "following" {
			return false
		}
	}
	return of
}

// leadWarning reports whether the body's first sentences tell an agency's
// or a professional body's warning of an attack to come: "warnt die Kammer
// vor einem gefährlichen Trojaner, der als Bewerbungsschreiben getarnt ist"
// (round 56, set S1). A title that tells an attack is read first.
func leadWarning(d *doc) (string, bool) {
	if slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kCyber }) {
		return "", false
	}
	p := d.parts()[1]
	toks := p.toks
	sent, _ := d.bodySentences()
	lead := d.bodyLead() + 2 // past a page's menu lines and a heading ("Vorsicht ist geboten ...")
	for i := 1; i+2 < len(toks) && sent[i] <= lead; i++ {
		if !warnVerb(toks[i].Norm) {
			continue
		}
		speaker := false
		for k := max(0, i-4); k < min(len(toks), i+4); k++ {
			speaker = speaker || warningBody(toks[k].Norm) || authority(toks[k:k+1])
		}
		if !speaker {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Break; k++ {
			if !warnedOf(toks[k].Norm) {
				continue
			}
			for _, h := range p.hits {
				if h.Value.kind == kCyber && h.First > k && h.First <= k+5 {
					return p.src[toks[i].Start:toks[h.Last].End], true
				}
			}
		}
	}
	return "", false
}

// warnVerb is a verb of warning in the languages read.
func warnVerb(s string) bool {
	switch s {
	case "warns", "warnt", "waarschuwt", "avverte", "advierte", "alerte", "alerta", "previent",
		// round 60: many speakers ("Die WHO und rund 50 Länder warnen vor vermehrten Cyberangriffen gegen Krankenhäuser")
		"warn", "warnen", "waarschuwen", "avvertono", "advierten", "alertent", "alertan", "previennent":
		return true
	}
	return false
}

// warnedOf is the preposition a warning names its threat after.
func warnedOf(s string) bool {
	switch s {
	case "of", "about", "vor", "voor", "contre", "sobre", "su", "de", "da", "para":
		return true
	}
	return false
}

// warningBody is a professional body or association that warns its
// members: "die Kammer", "l'Ordre", "the association".
func warningBody(s string) bool {
	switch s {
	case "kammer", "zahnarztekammer", "arztekammer", "apothekerkammer", "verband", "association", "ordre", "ordine", "colegio",
		"ordem", "vereniging", "federation", "federatie", "federazione", "federacion", "kassenarztliche", "kv",
		// states warning together: "rund 50 Länder warnen vor vermehrten Cyberangriffen" (round 60)
		"countries", "governments", "nations", "lander", "staaten", "regierungen", "pays", "gouvernements", "paises",
		"gobiernos", "paesi", "governi", "landen", "regeringen":
		return true
	}
	return false
}

// warningAtTitleEnd reports whether the title ends on an agency's warning:
// "North Korean Maui ransomware targeting healthcare, US agencies warn",
// "…, HHS warns". "…, FBI says" may confirm one attack: it counts only over
// an advisory's lead.
func warningAtTitleEnd(d *doc) (string, bool) {
	toks := d.titleToks
	n := len(toks)
	if n < 3 {
		return "", false
	}
	switch last := toks[n-1].Norm; {
	case last == "warns" || last == "warn" || last == "warned" || last == "alerts" || last == "advises":
	case speechVerb(last) && leadAdvisory(d):
	default:
		return "", false
	}
	j := n - 1
	for j > 0 && !toks[j].Break && n-j <= 5 {
		j--
	}
	if toks[j].Break && (authority(toks[j:n-1]) || slices.ContainsFunc(toks[j:n-1], func(t text.Token) bool {
		return t.Norm == "agencies" || t.Norm == "officials" || t.Norm == "feds" || t.Norm == "researchers" || t.Norm == "experts"
	})) {
		return d.title[toks[j].Start:toks[n-1].End], true
	}
	return "", false
}

// leadAdvisory reports whether the body's first sentence speaks of an
// advisory, an alert or a warning: "have issued an advisory warning that
// …", "said in a joint advisory", "warned on Thursday that".
func leadAdvisory(d *doc) bool {
	ps := d.parts()
	if len(ps) < 2 {
		return false
	}
	p := ps[1]
	sent, _ := sentenceNumbers(p.src, p.toks, nil)
	for i, t := range p.toks {
		if sent[i] != sent[0] {
			break
		}
		switch t.Norm {
		case "advisory", "advisories", "alert", "bulletin", "notification", "warning", "warned":
			return true
		}
	}
	return false
}

// howToTitle reports whether the title, at its start or after its colon,
// tells how to do something: "how to", "come gestire", "comment réagir",
// "cómo actuar", "hoe om te gaan", "wie man": a guide, not an incident
// (round 46). Italian "come" also means "as": an infinitive must follow.
func howToTitle(d *doc) (string, bool) {
	toks := d.titleToks
	for i := 0; i+1 < len(toks); i++ {
		if i > 0 && !strings.Contains(d.title[toks[i-1].End:toks[i].Start], ":") {
			continue
		}
		next, end := toks[i+1].Norm, i+1
		how := false
		switch toks[i].Norm {
		case "how":
			how = next == "to"
		case "wie":
			how = next == "man"
		case "hoe":
			how = next == "om" || next == "je" || next == "u"
		case "come", "comment", "como":
			how = infinitive(next)
		case "cosa", "che", "que", "quoi", "o", "was", "wat", "what":
			// "…: cosa devono fare gli ospedali", "que faire", "qué hacer",
			// "o que fazer", "was tun", "wat te doen", "what to do" (round 47)
			for k := i + 1; k < min(len(toks), i+4) && !how; k++ {
				how, end = doVerb(toks[k].Norm), k
			}
		}
		if how {
			return d.title[toks[i].Start:toks[end].End], true
		}
	}
	return "", false
}

// doVerb is the infinitive of "to do" in the languages read.
func doVerb(w string) bool {
	switch w {
	case "fare", "faire", "hacer", "fazer", "tun", "doen", "do":
		return true
	}
	return false
}

// infinitive reports whether w looks like a Romance infinitive: "gestire",
// "réagir", "actuar", "proteger".
func infinitive(w string) bool {
	switch w {
	case "sempre", "entre", "contre", "altre", "nostre", "vostre", "oltre", "mentre":
		return false // "come sempre", "como entre"
	}
	if len(w) < 5 {
		return false
	}
	for _, end := range []string{"are", "ere", "ire", "er", "ir", "ar", "re"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// protectionAdvice reports whether the title tells how to protect, not what
// happened: a protection verb and a modal or "how" ("How hospitals can
// protect patient data from hackers", "Clinics must secure their
// networks"). "Hospital protects patients after attack" stays news.
func protectionAdvice(d *doc) (string, bool) {
	verb, modal := -1, false
	for i, t := range d.titleToks {
		switch t.Norm {
		case "protect", "protecting", "secure", "securing", "safeguard", "safeguarding", "proteger", "protegerse",
			"schutzen", "proteggere", "beschermen", "securiser":
			if verb < 0 {
				verb = i
			}
		case "how", "can", "should", "must", "need", "needs", "comment", "doivent", "wie", "sollten", "mussen", "como",
			"deben", "come", "devono", "hoe", "moeten":
			modal = true
		}
	}
	if verb < 0 || !modal {
		return "", false
	}
	t := d.titleToks[verb]
	return d.title[t.Start:t.End], true
}

// selfDescribedGuide reports whether the body's first sentences call the
// page a guide: "This article provides a step-by-step, compliance-focused
// checklist designed for medical office managers" (round 53). News tells
// of its incident; it does not say what it itself provides.
func selfDescribedGuide(d *doc) (string, bool) {
	const guideSentences = 4 // a heading ("Introduction") and three sentences of the lead
	sent, _ := d.bodySentences()
	toks := d.bodyToks
	for i := 0; i+2 < len(toks) && sent[i] <= guideSentences; i++ {
		if toks[i].Norm != "this" || !toks[i].Upper {
			continue
		}
		switch toks[i+1].Norm {
		case "article", "guide", "post", "blog", "checklist", "piece", "playbook", "whitepaper", "ebook":
		default:
			continue
		}
		switch toks[i+2].Norm {
		case "provides", "explains", "outlines", "offers", "walks", "covers", "describes", "shows", "explores", "presents":
			return d.body[toks[i].Start:toks[i+2].End], true
		}
	}
	return "", false
}

// vulnerabilityTitle reports whether the title is vulnerability or patch
// news with no attack in it ("Researchers find vulnerabilities in infusion
// pumps used by hospitals", "FDA warns of flaws in cardiac devices"): a
// weakness found, not an attack suffered. An analyst reads whether anyone
// exploited it. "Update" alone does not count: hospitals post updates on
// their outages; nor does a title that says the flaw was exploited.
func (c *Classifier) vulnerabilityTitle(d *doc) (string, bool) {
	var span string
	for _, t := range d.titleToks {
		switch t.Norm {
		case "exploited", "exploitation", "exploiting", "exploits",
			// round 24: "Angriff über Sicherheitslücke in Dateiaustausch-Software", "Sicherheitslücke ausgenutzt"
			"ausgenutzt", "angriff", "exploite", "exploitee", "explotada", "explotaron", "sfruttata", "explorada", "misbruikt":
			return "", false // "Vulnerability exploitation at Norwegian hospitals", "Cl0p exploits GoAnywhere": the flaw was used
		}
	}
	for i, t := range d.titleToks {
		// what a flaw would let attackers do: "unencrypted clinical
		// protocols let attackers tamper with patient monitor data"
		if (t.Norm == "let" || t.Norm == "lets" || t.Norm == "allow" || t.Norm == "allows" || t.Norm == "enable" ||
			t.Norm == "enables") && i+1 < len(d.titleToks) {
			switch d.titleToks[i+1].Norm {
			case "attackers", "hackers", "attacker", "hacker", "criminals", "intruders":
				if !slices.ContainsFunc(d.titleToks, func(w text.Token) bool {
					switch w.Norm {
					case "into", "in", "stole", "stolen", "breached", "hit", "compromised":
						return true // "Stolen password let hackers into the network": it happened
					}
					return false
				}) {
					return d.title[t.Start:d.titleToks[i+1].End], true
				}
			}
		}
	}
	for _, h := range d.titleHits {
		switch {
		case h.Value.kind == kCyber && !h.Value.weak:
			return "", false
		case h.Value.kind == kVuln && span == "":
			if n := d.titleToks[h.First].Norm; n != "update" && n != "bug" && n != "bugs" {
				span = d.title[d.titleToks[h.First].Start:d.titleToks[h.Last].End]
			}
		}
	}
	if span == "" || len(c.actorHits(d.titleToks)) > 0 {
		return "", false
	}
	return span, true
}

// demonstrationTitle reports whether the title shows an attack staged to
// prove a weakness ("Researchers demonstrate hack of insulin pump at Black
// Hat") or to rehearse ("Hospital stages mock ransomware attack"): a proof
// or a drill, not an attack anyone suffered.
func demonstrationTitle(d *doc) (string, bool) {
	for _, t := range d.titleToks {
		switch t.Norm {
		case "demonstrate", "demonstrates", "demonstrated", "demonstrating", "demonstration", "demo", "demos",
			"demontre", "demontrent", "demonstriert", "demuestran", "dimostrano",
			// a rehearsal: "Hospital stages mock ransomware attack to test its response"
			"mock", "simulated", "simulates", "simulating", "simulation", "drill", "drills", "tabletop",
			"rehearsal", "rehearsals", "rehearse", "rehearses",
			// in the other languages: "les HUG simulent une cyberattaque géante"
			"simulent", "simulieren", "simuliert", "simulan", "simulano", "simulam", "simuleren", "simuleert",
			// round 24: "… en un ejercicio del Minsa", "… spelen hackersscenario na"
			"simulacro", "simulacros", "ejercicio", "exercice", "esercitazione", "exercicio", "oefening", "geoefend",
			"ubung", "notfallubung", "hackersscenario", "simulazione", "simulacao", "simulatie",
			// a commissioned test: "Penetration test finds default passwords on hospital's imaging systems"
			"penetration", "pentest", "pentesters", "pentesting":
			return d.title[t.Start:t.End], true
		}
	}
	return "", false
}

// reportFinding reports whether the title cites a report's findings on
// attacks in the plural ("Healthcare breaches hit record in 2019, report
// finds"): figures over many attacks. "Hospital was hacked, report says"
// is one attack.
func reportFinding(toks []text.Token) bool {
	finding, plural := false, false
	for i, t := range toks {
		if pluralAttack(t.Norm) || t.Norm == "attempts" {
			plural = true
		}
		if t.Norm == "top" || t.Norm == "leading" || t.Norm == "lidera" || t.Norm == "prime" {
			// "Healthcare Was Top Ransomware Target Last Year, Report Finds", "hospitals will stay a prime
			// ransomware target" (round 25)
			plural = true
			if i+1 < len(toks) && (toks[i+1].Norm == "cause" || toks[i+1].Norm == "causes") {
				finding = true // "Hacking Now Top Cause of Healthcare Breaches"
			}
		}
		if (t.Norm == "report" || t.Norm == "data" || t.Norm == "figures" || t.Norm == "study" || t.Norm == "analysis" ||
			t.Norm == "survey" || t.Norm == "research" || t.Norm == "assessment") && i+1 < len(toks) { // round 25: "…, analysis finds"
			switch toks[i+1].Norm {
			case "finds", "found", "shows", "show", "showed", "reveals", "revealed", "says", "suggests":
				finding = true // "…, figures show"
			}
		}
		if i == len(toks)-1 && i > 0 && toks[i-1].Upper && toks[i-1].Break && (t.Norm == "finds" || t.Norm == "shows") {
			finding = true // "Ransomware Attacks on US Healthcare Cost $157M Since 2016, Comparitech Finds"
		}
	}
	return finding && plural
}

// attributedTrend reports whether a title opens on its source's name of
// one word and a colon, then speaks of attacks in the plural:
// "Comparitech: Ransomware Attacks on U.S. Healthcare Cost Billions in
// Downtime", "Protenus: Hacking Incidents Accounted for Most Health Data
// Breaches". One attack is told in the singular ("Ascension: ransomware
// attack began when…"); two words before the colon are a topic ("Tiers
// payant : après les cyberattaques contre Viamedis et Almerys").
func attributedTrend(title string, toks []text.Token) (string, bool) {
	head, rest, ok := strings.Cut(title, ":")
	if !ok || len(strings.Fields(head)) != 1 || strings.TrimSpace(rest) == "" {
		return "", false
	}
	for _, t := range toks {
		if t.Start > len(head) && pluralAttack(t.Norm) {
			return head, true
		}
	}
	return "", false
}

// pluralAttack is a noun for attacks in the plural, in the languages read.
func pluralAttack(w string) bool {
	switch w {
	case "attacks", "breaches", "incidents", "cyberattacks", "intrusions", "hacks", "cyberattaques", "attaques",
		"cyberincidents", "cyberincidentes", "ciberincidentes", "incidenti", "vorfalle", "datalekmeldingen", "datalekken",
		"meldingen", "meldungen", "signalements", "segnalazioni", // counts of notified incidents
		"cyberangriffe", "angriffe", "ciberataques", "ataques", "attacchi", "cyberaanvallen", "aanvallen":
		return true
	}
	return false
}

// grantSystem is a system or account after "grant": a grant's payments,
// not a grant's news.
func grantSystem(s string) bool {
	switch s {
	case "payment", "payments", "system", "systems", "portal", "account", "accounts", "recipients", "funds":
		return true
	}
	return false
}

// sectorTitle returns the title's word for a sector ("sector",
// "settore", "Gesundheitssektor", "zorgsector"), in the languages read,
// in a title that names no one: no capitalised word after its first but a
// lexicon's ("Ciberataque al Hospital de Valdecilla paraliza el sector
// sanitario" names its victim).
func sectorTitle(d *doc) (string, bool) {
	span := ""
	source := false // "…, diz ISH", "…, says Sophos": who reports it, after a comma (round 49)
	for i, t := range d.titleToks {
		if i > 0 && t.Comma && saysVerb(t.Norm) {
			source = true
		}
		if i > 0 && t.Upper && !source && !slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.First <= i && i <= h.Last }) {
			return "", false
		}
		if span == "" && sectorNounWord(t.Norm) {
			span = d.title[t.Start:t.End]
		}
	}
	return span, span != ""
}

// saysVerb is a headline's "says" after a comma, before its source:
// "Saúde foi o setor mais afetado …, diz ISH".
func saysVerb(s string) bool {
	switch s {
	case "says", "say", "diz", "dizem", "dice", "dicen", "dit", "disent", "sagt", "zegt", "afirma", "finds", "report", "study":
		return true
	}
	return accordingTo(s) // "…, selon l'ARS", "…, laut BSI"
}

// sectorNounWord reports a word for a sector: "sector", "settore", "secteur",
// "Sektor", and compounds ending in one ("Gesundheitssektor", "zorgsector").
func sectorNounWord(n string) bool {
	switch n {
	case "sector", "sectors", "sectores", "settore", "settori", "secteur", "secteurs", "setor", "setores", "sektor", "sektoren",
		// round 66: the languages beyond the seven, and their words for health care as a sector ("Terveydenhuolto
		// kyberhyökkäysten kohteena", "القطاع الصحي المغربي تحت التهديد")
		"sektorn", "sektoru", "sektorze", "sektora", "sektori", "sektorin", "sektorius", "sektoriaus", "sectorul", "sectorului",
		"agazat", "agazatot", "τομεα", "τομεασ", "сектор", "сектора", "секторе", "сектору", "секторі", "قطاع", "القطاع",
		"מגזר", "המגזר", "terveydenhuolto", "terveydenhuollon":
		return true
	}
	return len(n) > 7 && (strings.HasSuffix(n, "sektor") || strings.HasSuffix(n, "sector") || strings.HasSuffix(n, "sektorn") ||
		strings.HasSuffix(n, "sektoren"))
}

// commentaryTitle reports whether the title is about attacks in general,
// not one attack: a survey or study ("Report: one in four healthcare
// organizations hit by ransomware"), a question ("Ransomware: should
// hospitals pay?"), an explanation ("Why hospitals are a prime target"), a
// look back ("Lessons learned from the WannaCry attack on the NHS"),
// guidance, training or lawmakers' questions. Such a story counts no attack
// of its own; an analyst may still find one in it.
func commentaryTitle(d *doc) (string, bool) {
	if span, ok := cjkCommentaryTitle(d.title); ok {
		return span, true
	}
	if t := strings.TrimSpace(d.title); strings.HasSuffix(t, "?") && len(d.titleToks) > 0 && !attackExplained(d) && !attackHead(d) &&
		!namedVictimQuestion(d) {
		last := d.titleToks[len(d.titleToks)-1]
		return d.title[last.Start:last.End] + "?", true
	}
	if span, ok := sourcePrefix(d.title); ok {
		return span, true
	}
	if span, ok := percentTitle(d); ok {
		return span, true
	}
	for i, t := range d.titleToks {
		afterColon := i > 0 && strings.Contains(d.title[d.titleToks[i-1].End:t.Start], ":")
		if (t.Norm == "grant" || t.Norm == "grants") && i+1 < len(d.titleToks) && grantSystem(d.titleToks[i+1].Norm) {
			continue // "Hackers stole USD 7.5 million from HHS grant payment system": the system attacked, not funding news
		}
		if (t.Norm == "ban" || t.Norm == "outlaw") && i > 0 && d.titleToks[i-1].Norm == "to" {
			return d.title[d.titleToks[i-1].Start:t.End], true // a policy: "UK to ban public sector ransom payments" (round 24)
		}
		if t.Norm == "nomina" && i > 0 && d.titleToks[i-1].Norm == "de" {
			continue // Spanish payroll, not an Italian appointment: "tras un falso aviso de nómina" (round 24)
		}
		if (t.Norm == "corso" || t.Norm == "curso") && i > 0 && (d.titleToks[i-1].Norm == "in" || d.titleToks[i-1].Norm == "en" ||
			d.titleToks[i-1].Norm == "em") {
			continue // under way, not a course: "attacco informatico in corso", "ciberataque en curso" (round 25)
		}
		if judicialInquiry(d.titleToks, i) {
			continue // an investigation of the attack, not a survey: "une enquête judiciaire ouverte après l'attaque" (round 31)
		}
		if notCommentary(d.titleToks, i) {
			continue
		}
		if riskedObject(d.titleToks, i) {
			continue // a verb, one attack's effect: "Phishing attack risks data of 30,000 patients of Mississippi facility" (round 60)
		}
		if riskWord(t.Norm) && strings.Contains(d.title[:t.Start], ":") && attackHead(d) {
			continue // one attack's risks: "Cyberattaque au CHU de Rennes : quels risques pour les patients ?" (round 55)
		}
		if commentaryWord(t.Norm) || ((i == 0 || (afterColon && !attackHead(d))) && whyWord(d.titleToks, i)) {
			// but "Ransomware attack at NHLS: Why cybercrimes are increasing" tells of one attack first (round 53)
			return d.title[t.Start:t.End], true // "HIMSS23: Why Clinicians Need a Seat at the … Table"
		}
		next := func(k int) string {
			if i+k < len(d.titleToks) {
				return d.titleToks[i+k].Norm
			}
			return ""
		}
		if planWord(t.Norm) && launchedPlan(d.titleToks, i) {
			// round 44: five words back, "DHSC announces £150m cyber security plan in the wake of NHS hack attack"
			return d.title[t.Start:t.End], true // a government's plan: "le gouvernement lance un plan à 750 millions d'euros"
		}
		if t.Norm == "before" && next(1) == "you" {
			return d.title[t.Start:d.titleToks[i+1].End], true // advice to its reader: "… : The Plan to Have Before You Need It" (round 45)
		}
		if t.Norm == "fact" && (next(1) == "sheet" || next(1) == "sheets") {
			return d.title[t.Start:d.titleToks[i+1].End], true // a regulator's guidance: "OCR Fact Sheet: Encrypted-by-Ransomware ePHI …"
		}
		if (t.Norm == "rule" || t.Norm == "rules") && next(1) != "out" && i > 0 && !underRules(d, i) {
			return d.title[t.Start:t.End], true // a regulator's rule: "HHS Proposes … HIPAA Security Rule Overhaul"
		}
		if t.Norm == "bill" && i > 0 && (d.titleToks[i-1].Norm == "senate" || d.titleToks[i-1].Norm == "house") {
			return d.title[d.titleToks[i-1].Start:t.End], true // "Senate Bill Would Tie Hospital Cybersecurity Standards to …"
		}
		if t.Norm == "what" && next(1) == "it" && (next(2) == "means" || next(2) == "meant") {
			return d.title[t.Start:d.titleToks[i+2].End], true // "…: What It Means for Hospitals"
		}
		if t.Norm == "record" && i+1 < len(d.titleToks) && d.titleToks[i+1].Digit && slices.ContainsFunc(d.titleToks, func(w text.Token) bool { return yearOf(w) > 0 }) {
			return d.title[t.Start:t.End], true // a year's record: "Record 133 Million Healthcare Records Exposed in 2023"
		}
		if pluralAttack(t.Norm) && next(1) == "in" && i+2 < len(d.titleToks) && yearOf(d.titleToks[i+2]) > 0 &&
			slices.ContainsFunc(d.titleToks[:i], func(w text.Token) bool { return w.Digit && yearOf(w) == 0 }) {
			return d.title[t.Start:d.titleToks[i+2].End], true // a year's: "40 Million Americans Affected by Health Data Breaches in 2019" (round 45)
		}
		if (t.Norm == "tally" || t.Norm == "tallies") && slices.ContainsFunc(d.titleToks, func(w text.Token) bool { return yearOf(w) > 0 }) {
			return d.title[t.Start:t.End], true // a year's: "Health data breach tally for 2017", not one attack's
		}
		if t.Norm == "crime" && i >= 2 && d.titleToks[i-1].Norm == "a" && slices.ContainsFunc(d.titleToks[max(0, i-5):i-1],
			func(w text.Token) bool { return w.Norm == "makes" || w.Norm == "make" || w.Norm == "made" }) {
			return d.title[t.Start:t.End], true // a law: "California makes ransomware extortion a crime"
		}
		if (t.Norm == "accounts" || t.Norm == "accounted") && i > 0 && i+1 < len(d.titleToks) && d.titleToks[i+1].Norm == "for" {
			return d.title[t.Start:d.titleToks[i+1].End], true // a share: "Ransomware Accounts for More Than Half of Health Sector Incidents"
		}
		if (t.Norm == "one" || t.Norm == "1") && i+2 < len(d.titleToks) && d.titleToks[i+1].Norm == "in" && (d.titleToks[i+2].Digit ||
			numberWord(d.titleToks[i+2].Norm)) {
			return d.title[t.Start:d.titleToks[i+2].End], true // "one in 4", "1 in 3 healthcare organizations" (round 64)
		}
	}
	if span, ok := securityTopicTitle(d); ok {
		return span, true
	}
	if strings.Contains(d.title, "%") && !shareOfOwnSystems(d.title, d.titleToks) && !attackHead(d) {
		return "%", true
	}
	if reportFinding(d.titleToks) {
		return "report", true
	}
	if span, ok := attributedTrend(d.title, d.titleToks); ok {
		return span, true
	}
	for i := 0; i+3 < len(d.titleToks); i++ { // an agency's yearly threat assessment: "état de la menace"
		if t := d.titleToks; t[i].Norm == "etat" && t[i+1].Norm == "de" && t[i+2].Norm == "la" && t[i+3].Norm == "menace" {
			return d.title[t[i].Start:t[i+3].End], true
		}
	}
	if span, ok := yearTally(d.title, d.titleToks); ok {
		return span, true
	}
	if span, ok := mostTargeted(d.title, d.titleToks); ok {
		return span, true
	}
	if span, ok := securityOfficer(d.title, d.titleToks); ok {
		return span, true
	}
	if t := strings.ToLower(strings.TrimSpace(d.title)); strings.HasPrefix(t, "report:") || strings.HasPrefix(t, "study:") ||
		strings.HasPrefix(t, "survey:") || strings.HasPrefix(t, "research:") {
		return d.title[:strings.Index(d.title, ":")], true // "Report: 45 Million Medical Images Left Exposed on Unprotected Servers"
	}
	return "", false
}

// securityTopicTitle returns the title's security word when IT or cyber
// security is all the title tells of, with no attack, incident or known
// organisation beside it: "Bessere IT-Sicherheit in Krankenhäusern",
// "Cybersecurity in hospitals" (round 64). "Cybersicherheit: Klinikum
// nach Hackerangriff offline" tells of an attack.
func securityTopicTitle(d *doc) (string, bool) {
	first, last, ok := securityTopicAt(d.titleToks)
	if !ok || d.titleHasKnown {
		return "", false
	}
	for _, t := range d.titleToks {
		if eventNoun(t.Norm) {
			return "", false // "… declare major incident over cyber security issue"
		}
	}
	for _, h := range d.titleHits {
		switch h.Value.kind {
		case kHealthOrg:
			if !pluralOrg(d.titleToks[h.Last].Norm) {
				return "", false // one organisation's security
			}
		case kCyber:
			if h.Last-h.First > 1 || !securityTopic(d.titleToks[h.First:h.Last+1]) {
				return "", false
			}
		}
	}
	return d.title[d.titleToks[first].Start:d.titleToks[last].End], true
}

// eventNoun is a word for what happened to an organisation, which a
// security word beside it qualifies: "cyber security incident", "IT
// security issue".
func eventNoun(s string) bool {
	switch s {
	case "incident", "incidents", "issue", "issues", "problem", "problems", "outage", "outages", "breach", "breaches",
		"vorfall", "vorfalle", "zwischenfall", "storung", "panne", "incidente", "incidentes", "incidencia", "incidenti":
		return true
	}
	return false
}

// tendencyTitle returns the title's word of a growing tendency:
// "Cyberkriminalität bedroht Apotheken zunehmend", "Hospitals increasingly
// targeted", "de plus en plus", "sempre più", "cada vez más", "steeds
// vaker", "immer häufiger": a trend, not one attack (round 44).
func tendencyTitle(title string, toks []text.Token) (string, bool) {
	for i, t := range toks {
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k].Norm
			}
			return ""
		}
		n := 0
		switch {
		case t.Norm == "increasingly" || t.Norm == "zunehmend" || t.Norm == "vermehrt":
		case t.Norm == "de" && next(1) == "plus" && next(2) == "en" && next(3) == "plus":
			n = 3
		case t.Norm == "sempre" && next(1) == "piu":
			n = 1
		case t.Norm == "cada" && next(1) == "vez" && (next(2) == "mas" || next(2) == "menos"):
			n = 2
		case t.Norm == "steeds" && (next(1) == "vaker" || next(1) == "meer"):
			n = 1
		case t.Norm == "immer" && (next(1) == "mehr" || next(1) == "haufiger" || next(1) == "ofter"):
			n = 1
		default:
			continue
		}
		return title[t.Start:toks[i+n].End], true
	}
	return "", false
}

// calledIn reports whether a verb of engaging stands up to four words
// before toks[i]: "including engaging cyber security experts to assist",
// "retained third-party forensic experts" (round 40).
func calledIn(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-4) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "engaging", "engaged", "engage", "retained", "retaining", "hired", "hiring", "enlisted", "brought":
			return true
		}
	}
	return false
}

// veterinaryTitle reports whether the title names an animals' health
// organisation: "Cyberattack disrupts Oregon vet center", "veterinary
// hospital", "Tierklinik", "clinique vétérinaire". It returns the word.
// "Vets" alone are as often veterans; a laboratory for "Veterinary and
// Human Health" serves people too.
func veterinaryTitle(title string, toks []text.Token) (string, bool) {
	if slices.ContainsFunc(toks, func(t text.Token) bool { return t.Norm == "human" }) {
		return "", false
	}
	for i, t := range toks {
		switch t.Norm {
		case "veterinary", "veterinarian", "veterinarians", "tierarzt", "tierarztpraxis", "tierklinik", "tierspital",
			"veterinaire", "veterinaires", "veterinario", "veterinaria", "veterinarios", "veterinarias", "dierenarts",
			"dierenkliniek", "dierenziekenhuis", "dierenartsenpraktijk":
			return title[t.Start:t.End], true
		case "vet", "animal", "pet":
			if i+1 < len(toks) && !toks[i+1].Break {
				switch toks[i+1].Norm {
				case "center", "centre", "clinic", "clinics", "hospital", "hospitals", "practice", "practices", "surgery":
					return title[t.Start:toks[i+1].End], true
				}
			}
		}
	}
	return "", false
}

// investigateVerb is a verb for experts at work on an incident.
func investigateVerb(w string) bool {
	switch w {
	case "investigate", "investigating", "investigated", "probe", "probing", "examine", "examining", "analyse", "analyze",
		"analysing", "analyzing", "onderzoeken", "untersuchen", "enquetent", "investigan", "indagano", "investigam":
		return true
	}
	return false
}

// notCommentary reports whether the commentary word at toks[i] means
// something else where it stands (round 32): the public ("la opinión
// pública"), a body's name, experts a victim called in, what an attack caused ("qui a entraîné le blocage de 200
// serveurs"), a share of a population whose data a victim holds ("la
// moitié de la population américaine").
func notCommentary(toks []text.Token, i int) bool {
	w := toks[i].Norm
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Norm
	}
	if i+1 < len(toks) {
		next = toks[i+1].Norm
	}
	switch {
	case w == "opinion" && (next == "publica" || next == "publique" || next == "public"):
		return true
	case (w == "vigilancia" || w == "vigilance" || w == "vigilanza") && (next == "sanitaria" || next == "sanitaire"):
		return true // a body's name: "Agência Nacional de Vigilância Sanitária (Anvisa)"
	case (w == "experts" || w == "expertos" || w == "esperti" || w == "deskundigen" || w == "experten") &&
		(prev == "external" || prev == "externe" || prev == "externes" || prev == "externos" || prev == "esterni" ||
			next == "ingeschakeld" || next == "hinzugezogen" || next == "engaged" || next == "hired" || calledIn(toks, i) ||
			investigateVerb(next)):
		// experts called in: "heeft externe experts ingeschakeld", the
		// victim's response; "Experts investigate cyberattack at Avalon
		// care facility" (round 43)
		return true
	case strings.HasPrefix(w, "entrain") && (prev == "a" || prev == "ont" || prev == "qui" || prev == "avait" || prev == "aurait"):
		return true
	case w == "moitie" || w == "mitad" || w == "metade" || w == "helft" || w == "halfte":
		for k := i + 1; k < min(len(toks), i+5) && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "population", "poblacion", "populacao", "bevolking", "bevolkerung", "popolazione":
				return true
			}
		}
	}
	return false
}

// whyWord reports whether the title's word at i asks why, in the languages
// read: "Why hospitals are a prime target", "Warten ist keine Option: Warum
// Kliniken jetzt bei IT-Sicherheit handeln müssen" (round 43), "Pourquoi
// les hôpitaux …", "Perché gli ospedali …", "Waarom ziekenhuizen …", "Por
// qué los hospitales …".
func whyWord(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "why", "warum", "weshalb", "wieso", "pourquoi", "perche", "waarom":
		return true
	case "por":
		return i+1 < len(toks) && toks[i+1].Norm == "que" && !toks[i+1].Break
	}
	return false
}

// namedVictimQuestion reports whether the title asks in the past whether a
// named organisation was attacked ("Was Riverside Clinic hit by
// ransomware?", "Did hackers steal data from Harbor Health?") and the
// body's lead names it and tells of an attack: one incident's report under
// a newsroom's question, no commentary (round 62).
func namedVictimQuestion(d *doc) bool {
	toks := d.titleToks
	if len(toks) < 3 || !slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kCyber && !h.Value.denied }) {
		return false
	}
	switch toks[0].Norm {
	case "was", "were", "did", "has", "had":
	default:
		return false
	}
	name, ok := questionedName(d.title, toks)
	if !ok {
		return false
	}
	sent, _ := d.bodySentences()
	lead := d.bodyLead()
	named := false
	for i, t := range d.bodyToks {
		if sent[i] > lead {
			break
		}
		if strings.HasPrefix(d.body[t.Start:], name) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	return slices.ContainsFunc(d.bodyHits, func(h text.Hit[term]) bool {
		return h.Value.kind == kCyber && !h.Value.weak && !h.Value.denied && sent[h.First] <= lead
	})
}

// questionedName is the first run of capitalised words in a question
// title after its opening auxiliary and an optional subject ("hackers",
// "attackers"): "Was Riverside Family Clinic hit …" gives "Riverside
// Family Clinic"; "Did hackers steal data from Harbor Health?" gives
// "Harbor Health".
func questionedName(title string, toks []text.Token) (string, bool) {
	for i := 1; i < len(toks); i++ {
		if !toks[i].Upper || toks[i].Break {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].Upper && !toks[j+1].Break {
			j++
		}
		name := strings.TrimSuffix(strings.TrimSuffix(title[toks[i].Start:toks[j].End], "’s"), "'s")
		return name, len(name) > 3
	}
	return "", false
}

// attackExplained reports whether a question title asks what happened in
// an attack it names ("Cyberattaque au CHU de Nantes : que s'est-il
// passé ?", "Ransomware attack on X: what we know?", "Cyber-Attacke auf
// Wertachkliniken: Was passiert mit den Daten?", "Que sait-on des
// piratages géants …?"): an explainer of one incident, not a question
// about attacks in general (round 32, round 43).
func attackExplained(d *doc) bool {
	if !slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kCyber && !h.Value.denied }) {
		return false
	}
	toks := d.titleToks
	at := func(i int, words ...string) bool {
		if i+len(words) > len(toks) {
			return false
		}
		for k, w := range words {
			if toks[i+k].Norm != w {
				return false
			}
		}
		return true
	}
	for i := range toks {
		switch {
		case at(i, "what", "happened"), at(i, "what", "we", "know"), at(i, "what", "is", "known"),
			at(i, "s", "est", "il", "passe"), at(i, "on", "sait"), at(i, "sait", "on"), at(i, "se", "passe", "t", "il"),
			at(i, "was", "ist", "passiert"), at(i, "was", "passiert"), at(i, "was", "wir", "wissen"), at(i, "what", "happens"),
			at(i, "que", "paso"), at(i, "que", "ha", "pasado"), at(i, "que", "se", "sabe"), at(i, "que", "sabemos"),
			at(i, "e", "successo"), at(i, "cosa", "sappiamo"),
			at(i, "que", "aconteceu"), at(i, "o", "que", "se", "sabe"),
			at(i, "er", "gebeurd"), at(i, "wat", "we", "weten"):
			return true
		}
	}
	return false
}

// attackHead reports whether the title's head, before its colon, tells of
// an attack on one health organisation: "Cyberangriff auf Klinikverbund:
// … Fordern sie jetzt Lösegeld?", "Ciberataque Clínic: reactivar el 40%
// …". What follows the colon, a question or a figure, is about that
// attack, not a commentary on many (round 46).
func attackHead(d *doc) bool {
	colon := strings.IndexByte(d.title, ':')
	if colon < 0 {
		return false
	}
	n := 0
	for n < len(d.titleToks) && d.titleToks[n].End <= colon {
		n++
	}
	cyber, org := false, false
	for _, h := range d.titleHits {
		if h.Last >= n {
			continue
		}
		switch h.Value.kind {
		case kCyber:
			cyber = cyber || (!h.Value.denied && !pluralAttack(d.titleToks[h.Last].Norm) && !pluralAttack(d.titleToks[h.First].Norm))
			if k := h.Last + 2; cyber && k < n && (attackOnPreposition(d.titleToks[h.Last+1].Norm) || d.titleToks[h.Last+1].Norm == "at") &&
				d.titleToks[k].Upper && !d.titleToks[k].Break {
				org = true // "Hackerangriff auf Ameos …: Wurden Daten … abgefischt?": one named organisation's attack (round 49)
			}
		case kHealthOrg:
			org = org || !pluralOrg(d.titleToks[h.Last].Norm) || placedAt(d.titleToks, h.Last, n)
		}
	}
	if d.titleHasKnown && d.titleKnown.Last < n {
		org = true
	}
	for i := range n {
		org = org || healthCompound(d.title, d.titleToks, i)
	}
	return cyber && org
}

// placedAt reports whether a place's name follows token i before token n,
// after "à", "in", "im", "en", "di": "Piratage de médecins à Neuchâtel"
// are some doctors, not doctors at large (round 49).
func placedAt(toks []text.Token, i, n int) bool {
	k := i + 1
	if k+1 >= n || toks[k].Break || toks[k+1].Break || !toks[k+1].Upper {
		return false
	}
	switch toks[k].Norm {
	case "a", "in", "im", "en", "di", "em", "te":
		return true
	}
	return false
}

// pluralOrg is an organisation word in the plural, in the languages read:
// "hospitals", "Kliniken", "ospedali", "ASL" and other abbreviations
// excepted.
func pluralOrg(w string) bool {
	return pluralKind(w) || germanHealthPlural(w) || otherPlural(w) || (len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ces") && !strings.HasSuffix(w, "is"))
}

// sourcePrefix reports whether the title opens on a report, a brief, a
// survey, an interview or a conference before its colon ("Health-ISAC
// Report: …", "Verizon 2024 DBIR: …", "Q&A: …", "HIMSS23: …"): what the
// sector is told, not an incident.
func sourcePrefix(title string) (string, bool) {
	head, _, ok := strings.Cut(title, ":")
	if !ok || len(head) > 40 {
		return "", false
	}
	if m := sourcePrefixWord.FindString(strings.ToLower(head)); m != "" {
		return head, true
	}
	return "", false
}

// sourcePrefixWord is a word of a title's opening before its colon that
// names a report, an interview or a conference.
var sourcePrefixWord = regexp.MustCompile(`(?:^|\s)(?:report|brief|analyst note|survey|study|analysis|dbir|barometer|index|q&a|qa|interview|podcast|webinar|opinion|commentary|himss\d*|rsac\s*\d*|black hat|def con)$`)

// yearTally reports whether the title counts a year's victims: at least 50
// organisations and a year ("Emsisoft: ransomware hit 764 US healthcare
// providers in 2019"). A title that names one attack, campaign or breach
// counts its victims.
func yearTally(src string, toks []text.Token) (string, bool) {
	year := slices.ContainsFunc(toks, func(t text.Token) bool { return yearOf(t) > 0 }) || period(toks)
	if slices.ContainsFunc(toks, func(t text.Token) bool {
		// "Backmydata ransomware attack … affected about 100 Romanian hospitals in February 2024": one attack
		return oneAttack(t.Norm) || t.Norm == "campaign" || t.Norm == "operation"
	}) {
		return "", false
	}
	for i, t := range toks {
		if !t.Digit || yearOf(t) > 0 || !year {
			continue
		}
		n, err := strconv.Atoi(strings.NewReplacer(",", "", ".", "").Replace(t.Norm)) // "97.000 incidentes"
		if err == nil && i+1 < len(toks) {
			n *= int(multiplier(toks[i+1].Norm)) // "32 million records"
		}
		if err != nil || n < 50 {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4) && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "providers", "hospitals", "organizations", "organisations", "practices", "clinics", "entities", "facilities",
				"breaches",
				"victims", "institutions", "incidents", "attacks", "attaques", "cyberattaques", "incidentes", "ciberataques",
				"incidenti", "attacchi", "vorfalle", "angriffe", "incidenten", "aanvallen", "signalements":
				return src[t.Start:toks[k].End], true
			case "records", "patients", "individuals", "people":
				// "Health data breaches hit 32 million records in first half
				// of 2019": many breaches' records, not one attack's
				if slices.ContainsFunc(toks, func(w text.Token) bool { return w.Norm == "breaches" || w.Norm == "attacks" }) {
					return src[t.Start:toks[k].End], true
				}
			}
		}
	}
	return "", false
}

// period reports whether the title names a year or a month as a span
// ("plus de 580 incidents en un an", "every month"), as a tally does.
func period(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm == "in" && monthOf(toks[i+1].Norm) > 0 && toks[i+1].Upper {
			return true // "56 large breaches reported to OCR in May"
		}
		switch toks[i].Norm + " " + toks[i+1].Norm {
		case "first half", "second half", "first quarter", "second quarter", "third quarter", "fourth quarter",
			"un an", "one year", "a year", "per year", "each year", "every year", "every month", "each month", "per month",
			"par an", "par mois", "pro jahr", "pro monat", "al ano", "por ano", "all anno", "per jaar", "een jaar", "un ano",
			"um ano", "un anno", "einem jahr":
			return true
		}
	}
	return false
}

// mostTargeted reports whether the title ranks sectors by the attacks they
// suffer ("Health care among sectors most targeted by ransomware", "le
// sector salud, entre los más atacados"): a ranking, not an attack.
func mostTargeted(src string, toks []text.Token) (string, bool) {
	for i := 0; i+1 < len(toks); i++ {
		first := toks[i].Norm
		if first != "most" && first != "mas" && first != "plus" && first != "piu" && first != "mais" && first != "meest" && first != "meeste" &&
			first != "haufigsten" {
			continue
		}
		switch toks[i+1].Norm {
		case "targeted", "attacked", "atacados", "atacadas", "cibles", "ciblees", "attaques", "attaccati", "colpiti",
			"aangevallen", "angegriffen", "angegriffenen", "datalekmeldingen", "meldingen",
			// round 40: the singular, and "the sector that most suffers": "Saúde é setor que mais sofre ataque cibernético"
			"atacado", "atacada", "attaccato", "colpito", "cible", "ciblee", "attaque", "suffers", "suffer", "sofre",
			"sofrem", "sufre", "sufren", "subit", "subissent", "subisce", "subiscono":
			return src[toks[i].Start:toks[i+1].End], true
		}
	}
	return "", false
}

// securityOfficer reports whether the title names a security officer's
// post ("Zuyderland stelt eerste chief information security officer aan",
// "Einstein anuncia novo diretor de segurança da informação"): staff news.
func securityOfficer(src string, toks []text.Token) (string, bool) {
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i].Norm, toks[i+1].Norm, toks[i+2].Norm
		if (b == "security" && c == "officer") || (a == "diretor" && b == "de" && c == "seguranca") ||
			(a == "responsabile" && b == "della" && c == "sicurezza") || (a == "director" && b == "de" && c == "ciberseguridad") ||
			(a == "directeur" && b == "de" && c == "la" && i+3 < len(toks) && toks[i+3].Norm == "securite") {
			return src[toks[i].Start:toks[i+2].End], true
		}
	}
	return "", false
}

// shareOfOwnSystems reports whether a title's percentage is a share of the
// victim's machines or data ("40 % des serveurs chiffrés", "80% of its
// systems encrypted"), not of a population surveyed.
func shareOfOwnSystems(src string, toks []text.Token) bool {
	for i, t := range toks {
		if !t.Digit || !strings.HasPrefix(strings.TrimLeft(src[t.End:], " "), "%") {
			continue
		}
		for k := i + 1; k < min(len(toks), i+4) && !toks[k].Break; k++ {
			if systemWord(toks[k].Norm) || toks[k].Norm == "serveurs" || toks[k].Norm == "servidores" || toks[k].Norm == "files" {
				return true
			}
		}
	}
	return false
}

// numberWord is a small number written out ("one in four").
func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand":
		return true
	}
	return false
}

// riskedObject reports whether toks[i] is "risks" as the verb of one
// attack, with the data it put at risk for object: "Phishing attack risks
// data of 30,000 patients". "Cyberattack risks for hospitals" and
// "ransomware risks to patient data" stay the nouns of commentary.
func riskedObject(toks []text.Token, i int) bool {
	if toks[i].Norm != "risks" || i == 0 || i+1 >= len(toks) || !oneAttack(toks[i-1].Norm) {
		return false
	}
	switch n := toks[i+1]; {
	case n.Digit:
		return true
	default:
		switch n.Norm {
		case "data", "patient", "patients", "records", "information", "personal", "sensitive", "health", "medical", "exposing":
			return true
		}
	}
	return false
}

// riskWord is "risks" in the seven languages.
func riskWord(w string) bool {
	switch w {
	case "risks", "risques", "risiken", "riesgos", "rischi", "riscos", "risicos":
		return true
	}
	return false
}

// percentTitle returns the share of attacks a title of a report in another
// language states, a sector's statistic: "Οι χάκερς χτυπούν τα νοσοκομεία: Το 71% των
// κυβερνοεπιθέσεων αφορούν δομές υγείας" (round 66). English titles have
// their own words for it ("percent", trendTitle).
func percentTitle(d *doc) (string, bool) {
	if !d.foreign || d.titleHasKnown {
		return "", false
	}
	for i, t := range d.titleToks {
		gap := d.title[t.End:min(len(d.title), t.End+2)]
		if !t.Digit || !(strings.HasPrefix(gap, "%") || strings.HasPrefix(gap, " %")) {
			continue
		}
		// a share of attacks, not of one attack's servers ("Attaque
		// informatique au CHwapi : 40 % des serveurs chiffrés")
		if slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kCyber && h.First > i && h.First <= i+3 }) {
			return d.title[t.Start : t.End+strings.Index(gap, "%")+1], true
		}
	}
	return "", false
}

// commentaryWord marks a title about attacks in general: surveys and
// studies, look-backs, guidance and training, lawmakers.
func commentaryWord(w string) bool {
	switch w {
	case "survey", "surveys", "study", "studies", "poll", "percent", "lessons", "anniversary", "retrospective",
		"guidance", "guidelines", "recommendations", "training", "simulation", "simulated", "senators", "senator",
		"lawmakers", "legislators", "congress", "congressional", "legislation", "cisos", "ciso", "experts",
		// round 23: "HIMSS conference", funds, training: "verba de 30 milhões",
		// "formação em cibersegurança", "blinder les hôpitaux contre les cyberattaques"
		"conference", "webinar", "verba", "verbas", "formacao", "blinder",
		"playbook", "playbooks", "toolkit", "handbook", "preparedness", "framework", "exercise", "exercises", "drill",
		"snapshot", // round 67: an agency's "Health Sector Snapshot" of threats
		"drills", "tabletop", "readiness", "scenario", "scenarios",
		// "New HHS Center HC3 to Share Cyber Threat Intelligence With Hospitals"
		"intelligence",
		// benchmarks, debates and laws: "…, benchmark finds",
		// "hospitals still debate whether to pay ransoms", "makes ransomware extortion a crime"
		"benchmark", "benchmarks", "benchmarking", "debate", "debates", "statute", "criminalizes", "criminalises",
		"outlaws",
		// opinion, rules and how-tos: "Opinion: Hospitals shouldn't have to …", "NIS Directive: what EU
		// hospitals … must do", "Seven steps hospitals can take to limit the damage of ransomware"
		"opinion", "editorial", "commentary", "directive", "steps",
		// HHS's HC3 briefs, ISACs' threat sharing
		"hc3", "isac", "grant", "grants", "funding",
		// duties a law sets: "les hôpitaux suisses devront les signaler", "regime jurídico da cibersegurança"
		"devront", "juridico", "juridique",
		// a government's or an agency's plan: "HHS Unveils Healthcare Cybersecurity Strategy"
		"strategy", "strategies",
		"exercice", "simulant", "simule", "simulee", "ubung", "notfallubung", "simulacro", "simulacros", "esercitazione",
		"simula", "simulan", "simulou", "simularon", "simulano", "simuleert", "simuliert", // "El Hospital de Cruces simula un ciberataque"
		"entraine", "entrainent", "entrainement", "entrainer", "geprobt", "probt", "proben", "ubt", "uben", "lagebericht",
		"simulazione", "exercicio", "simulado", "simulacao", "oefenen", "oefening", "oefent", "geoefend", "oefenden", "oefende",
		"sondage", "enquete", "etude", "umfrage", "studie", "encuesta", "estudio", "sondaggio", "indagine", "pesquisa",
		"estudo", "peiling",
		// round 43: recommendations in the other languages ("la Cour des comptes publie ses recommandations")
		"recommandations", "empfehlungen", "raccomandazioni", "recomendaciones", "recomendacoes", "aanbevelingen",
		// interviews and experts, awareness tests, a share of those asked
		"interview", "interviews", "intervista", "entrevista", "entretien", "esperto", "esperti", "experto", "expertos",
		"deskundige", "tester", "testet", "testen", "testar", "testare", "vigilance", "vigilanza", "vigilancia",
		"sensibilisation", "sensibilizzazione", "sensibilizacion", "sensibilizacao", "sensibilisierung", "bewustwording",
		"helft", "mitad", "metade", "halfte", "moitie", "hackathon", "hackathons",
		// and threat landscapes: "Part 1: The Evolving Ransomware Threat Landscape"
		"landscape",
		// a sector's ranking: "Zorgsector is kampioen datalekken" (round 44)
		"kampioen", "koploper",
		// training and its barometers
		"formara", "formar", "formes", "formation", "formazione", "corso", "corsi", "curso", "cursos", "capacitacao",
		"capacitar", "schulung", "schulungen", "opleiding", "barometre", "barometer", "barometro", "especialista",
		"specialista", "experte", "expert",
		// yearly reports, tallies of notifications, threat pictures, training
		"relatorio", "rapport", "rapporto", "jaarverslag", "jahresbericht", "signalements", "segnalazioni", "meldungen",
		"dreiging", "dreigingsbeeld", "entrenar", "entrenarla", "entrenarlos", "entrenamiento", "addestrare",
		"addestramento", "treinar", "treinamento", "trainieren", "trainen",
		// laws, situation reports, trends and funding for hospitals' defences
		"legge", "decreto", "loi", "gesetz", "gesetzentwurf", "ley", "lagebild", "vaker", "haufiger",
		"ddl", "obblighi", "meldepflicht", "wetsvoorstel", "wetsontwerp", // "Ddl cybersicurezza …: obblighi di notifica anche per le Asl"
		"cyberbeveiligingswet", "nis2", "richtlijn", // "Cyberbeveiligingswet: ook ziekenhuizen … moeten incidenten melden"
		"blindar", "reparte", "middelen", "financiering", "subsidie", "subvencion", "subvenciones", "finanziamento",
		"finanziamenti", "financement", "forderung",
		// round 27: investments, security standards and acquisitions: "NHS to Invest £150 Million in Cyber Security",
		// "NHS Trusts Must Meet New Data Security Standards", "Private Equity Firm to Acquire Healthcare Identity Vendor"
		"invest", "invests", "investment", "investments", "standards", "acquire", "acquires", "acquisition",
		// drills, duties and promises: "le ministre veut des exercices de crise obligatoires", "Québec promet un
		// centre de surveillance"
		"exercices", "obligatoire", "obligatoires", "imposer", "verplicht", "verplichte", "verplichten", "meldplicht", "promet", "promete", "promette",
		"verspricht", "belooft", "cyberubung", "krisenubung", "cyberoefening", "cyberoefeningen", "crisisoefening",
		// simulations and security officers named: "un laboratorio per simulare attacchi", "stelt eerste chief
		// information security officer aan", "nomina il primo responsabile della sicurezza informatica"
		"simulare", "simular", "simuler", "simulieren", "simuleren", "nomina", "nomme", "ernennt", "nombra",
		"datalekmeldingen",
		// what usually holds: "HHS: Ransomware Attack Is Usually a Reportable HIPAA Breach"
		"usually", "typically", "generally",
		// round 22: the funds for resilience (see resilienceWord): "20 millones de los fondos europeos"
		"fondos", "fondi", "fundos":
		return true
	}
	// round 45: risks in general: "Les risques du piratage des mutuelles : ce que vous devez savoir"
	return riskWord(w) || resilienceWord(w)
}

// tallyOfAttacks reports whether the attack words at a count attacks:
// "hundreds of attempted cyberattacks on Indian hospitals", "thousands of
// attacks a day". A tally tells of no one attack.
func tallyOfAttacks(toks []text.Token, a [2]int) bool {
	plural := strings.HasSuffix(toks[a[1]].Norm, "s")
	if k := a[1] + 1; !plural && k < len(toks) && !toks[k].Break {
		switch toks[k].Norm {
		case "incidents", "attacks", "attempts", "emails", "campaigns": // "hundreds of phishing incidents" (round 23)
			plural = true
		}
	}
	if !plural {
		return false
	}
	for k := a[0] - 1; k >= max(0, a[0]-4) && !toks[k+1].Break; k-- {
		if countNoun(toks[k].Norm) {
			return true
		}
	}
	return false
}

// countNoun is a round count in the plural: "hundreds", "thousands",
// "milliers", "duizenden".
func countNoun(s string) bool {
	switch s {
	case "hundreds", "thousands", "millions", "dozens", "scores", "centaines", "milliers", "hunderte", "tausende",
		"cientos", "miles", "centinaia", "migliaia", "centenas", "milhares", "honderden", "duizenden":
		return true
	}
	return false
}

// actorRecord reports whether toks[i] tells of an actor's earlier deeds:
// "had already attacked", "has claimed attacks on", "previously targeted",
// "a group that emerged in January 2023 … claimed".
func actorRecord(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "already", "previously":
		return i+1 < len(toks) && !toks[i+1].Break && deedVerb(toks[i+1].Norm)
	case "has", "have":
		return i+1 < len(toks) && !toks[i+1].Break && deedVerb(toks[i+1].Norm) && i+2 < len(toks) && !toks[i+2].Break &&
			(toks[i+2].Norm == "attacks" || toks[i+2].Norm == "hundreds" ||
				toks[i+2].Norm == "dozens" || toks[i+2].Norm == "victims")
	case "emerged":
		return true
	}
	return false
}

// deedVerb is a verb of an actor's deeds.
func deedVerb(w string) bool {
	switch w {
	case "attacked", "targeted", "hit", "claimed", "breached", "compromised":
		return true
	}
	return false
}

// planWord is a plan or a programme.
func planWord(w string) bool {
	switch w {
	case "plan", "plans", "programme", "program", "programa", "programma", "plano", "strategie", "estrategia", "strategia",
		"spending", "budget", // round 25: "Health NZ to boost cyber security spending"
		"center", "centre": // round 27: "HHS Launches Cybersecurity Coordination Center for Health Sector"
		return true
	}
	return false
}

// launchedPlan reports whether a launch verb stands in the five words
// before the plan word at toks[i], with no attack's preposition between:
// "HHS Launches Cybersecurity Coordination Center"; not "Ransomware attack
// launched on Salina Family Healthcare Center" (round 53).
func launchedPlan(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-5); k-- {
		if attackOnPreposition(toks[k].Norm) {
			return false
		}
		if launchVerb(toks[k].Norm) {
			return true
		}
	}
	return false
}

// launchVerb is the verb a government launches a plan with: "sets out",
// "lance", "lanzan", "presenta", "stelt voor".
func launchVerb(w string) bool {
	switch w {
	case "launches", "launched", "unveils", "unveiled", "announces", "announced", "sets", "publishes", "lance", "lancent",
		"presente", "presentent", "devoile", "lanza", "lanzan", "presenta", "presentan", "lancia", "lanciano", "lanca", "lancam",
		"apresenta", "apresentam", "stelt", "presenteert", "lanceert", "stellt", "startet", "legt",
		"boost", "boosts", "boosting", "increase", "increases", "raise", "raises":
		return true
	}
	return false
}

// attackBeforeLure reports whether the title names a ransomware attack or
// a breach before its impersonation word: "Magellan Health ransomware
// attack traced to email impersonating a client" tells of the attack and
// of its lure, not of a lure alone.
func attackBeforeLure(d *doc) bool {
	lure := slices.IndexFunc(d.titleToks, func(t text.Token) bool { return impersonationWord(t.Norm) })
	if lure < 0 {
		return false
	}
	for _, h := range d.titleHits {
		if h.Value.kind == kCyber && !h.Value.weak && h.Last < lure {
			switch h.Value.attack {
			case "ransomware", "data_breach", "malware", "ddos":
				return true
			}
		}
	}
	return false
}

// impostorAfterBreach reports whether the title's impersonation follows a
// break-in it names after it: "Suplantan a directivos del hospital tras
// hackear cuentas de correo", "… after hacking their mailboxes". The
// impostor writes from the victim's own accounts (round 32).
func impostorAfterBreach(toks []text.Token) bool {
	lure := slices.IndexFunc(toks, func(t text.Token) bool { return impersonationWord(t.Norm) })
	if lure < 0 {
		return false
	}
	return slices.ContainsFunc(toks[lure+1:], func(t text.Token) bool {
		switch t.Norm {
		case "tras", "after", "apres", "dopo", "apos", "nach", "despues", "na":
			return true
		}
		return false
	})
}

// lureTargetsStaff reports whether a title's lure targets a health
// organisation's own staff ("Phishing campaign impersonating SNS targets
// Portuguese hospital staff"): the staff's mailboxes are the organisation's.
func lureTargetsStaff(d *doc) bool {
	toks := d.titleToks
	for i, t := range toks {
		if t.Norm != "targets" && t.Norm != "targeting" && t.Norm != "targeted" {
			continue
		}
		for k := i + 1; k < min(len(toks), i+6) && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "staff", "employees", "workers", "doctors", "nurses", "personnel", "clinicians":
				return true
			}
		}
	}
	return false
}

// impersonationWord marks a title where an organisation's name is the lure
// of a campaign, not its target ("New phishing campaign impersonates health
// insurers"); an analyst reads whether anyone in health was attacked.
func impersonationWord(w string) bool {
	switch w {
	case "impersonate", "impersonates", "impersonating", "impersonation", "posing", "spoofs", "spoofing", "masquerading",
		// round 32: "una campaña de phishing que suplanta al Ministerio de Sanidad"
		"suplanta", "suplantan", "suplantando", "suplantar", "suplantacion", "usurpe", "usurpent", "usurpant", "spacciandosi", "fingendosi",
		"usurpation": // round 44: "Usurpation d'identité aux fins de vente en ligne de spécialités pharmaceutiques"
		return true
	}
	return false
}

// impostorStole reports whether the title's impersonation is an attacker's
// way in to data it then took: "Rite Aid says hackers posing as employee
// stole data on 2.2 million customers". A lure sent to the public names no
// attacker before it, or no theft after it.
func impostorStole(toks []text.Token) bool {
	for i, t := range toks {
		if !impersonationWord(t.Norm) || i == 0 {
			continue
		}
		switch toks[i-1].Norm {
		case "hackers", "hacker", "attackers", "attacker", "criminals", "cybercriminals", "intruders":
		default:
			continue
		}
		for _, u := range toks[i+1:] {
			switch u.Norm {
			case "stole", "steal", "steals", "stolen", "took", "breached", "accessed", "exfiltrated":
				return true
			}
		}
	}
	return false
}

// fakeMessageTitle reports whether the title opens on a fake message sent
// in an organisation's name ("Falsa email sul rinnovo della tessera
// sanitaria", "Nep-sms van de GGD", "Fausse campagne de l'Assurance
// maladie"): a lure, as an impersonation is (see impersonationWord). Only
// the title's first three words are read: "des patients reçoivent de faux
// liens" after an attack on a clinic tells of the attack's lure.
func fakeMessageTitle(d *doc) (string, bool) {
	toks := d.titleToks
	warned := false // "Massima attenzione a false email …", "Phishing-Warnung AOK warnt vor gefälschten …" (round 49)
	for i := 0; i+1 < len(toks) && (i < 3 || warned && i < 6); i++ {
		warned = warned || titleWarning(toks[i].Norm)
		switch toks[i].Norm {
		case "falsa", "false", "falso", "falsi", "falsas", "falsos", "fausse", "fausses", "faux", "gefalschte", "gefalschten",
			"nep", "fake":
		default:
			continue
		}
		// the message may follow the name it fakes: "fake NHS COVID-19
		// vaccine texts" (round 24)
		for k := i + 1; k < len(toks) && k <= i+5 && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "email", "emails", "mail", "mails", "e", "sms", "mensagem", "mensagens", "mensaje", "mensajes", "messaggio",
				"messaggi", "message", "messages", "courriel", "courriels", "campagne", "campaign", "website", "site", "sito",
				"sitio", "whatsapp", "brief", "brieven", "bericht", "berichten", "anruf", "anrufe", "appel", "appels",
				"llamada", "llamadas", "chiamata", "chiamate", "telefonata", "telefonate", "nachricht", "nachrichten",
				"texts", "text", "calls", "letters", "invoices", "anfragen", "anfrage", "richieste", "solicitudes", "demandes",
				"verzoeken":
				if k > i+1 && slices.ContainsFunc(toks[k:], func(t text.Token) bool { return intoTheOrganisation(t.Norm) }) {
					break // "fake IT-department email gave scammers access to Shared Health staff mailboxes"
				}
				return d.title[toks[i].Start:toks[k].End], true
			}
		}
	}
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].Norm {
		case "claiming", "claim", "pretending", "purporting", "purport":
			// "scam texts claiming to be from the HSE": an organisation's
			// name is the lure, its patients the target
			if toks[i+1].Norm == "to" && (toks[i+2].Norm == "be" || toks[i+2].Norm == "come") {
				return d.title[toks[i].Start:toks[i+2].End], true
			}
		}
	}
	return "", false
}

// titleWarning is a headline's word of warning before what it warns of:
// "Massima attenzione a …", "Phishing-Warnung", "Vorsicht vor …".
func titleWarning(s string) bool {
	switch s {
	case "attenzione", "attention", "alerta", "achtung", "vorsicht", "cuidado", "beware", "warning", "warnung", "warnt",
		"waarschuwing", "waarschuwt", "atencao", "allerta", "alert", "alerte":
		return true
	}
	return false
}

// scamTitle reports whether the title announces a scam on the public
// ("Sacyl alerta de una estafa a través de SMS", "Truffa via email dal
// finto Ministero della Salute", "Neue Gesundheitskarte: Betrugsversuche
// mit Phishing-Mails", "ULS alerta para burlas por SMS e email em nome do
// SNS"): a scam word beside a channel, a warning or a lure's name, and no
// word of a break-in, a theft or a victim in the title ("Oplichters kapen
// mailbox van huisartsenpraktijk", "truffa via email: hacker nella posta
// dell'Asp") nor of an attack in the body's lead. The organisation's name
// is the lure, the public its target, as with an impersonation (see
// impersonationWord) (round 48).
func scamTitle(d *doc) (string, bool) {
	toks := d.titleToks
	i := slices.IndexFunc(toks, func(t text.Token) bool { return scamWord(t.Norm) })
	if i < 0 || slices.ContainsFunc(toks, func(t text.Token) bool { return scamInsideWord(t.Norm) }) {
		return "", false
	}
	cued := slices.ContainsFunc(toks, func(t text.Token) bool { return scamCue(t.Norm) }) ||
		slices.ContainsFunc(toks[max(0, i-3):min(len(toks), i+4)], func(t text.Token) bool { return channelWord(t.Norm) }) ||
		slices.ContainsFunc(toks[max(0, i-2):i], func(t text.Token) bool { return scamCopula(t.Norm) })
	if !cued {
		return "", false
	}
	for _, h := range d.titleHits {
		if intrusion(d.title, toks, h) {
			return "", false // "scam calls after ransomware attack"
		}
	}
	lead := d.bodyLead()
	sent, _ := d.bodySentences()
	for _, h := range d.bodyHits {
		if sent[h.First] > lead {
			break
		}
		if intrusion(d.body, d.bodyToks, h) && !slices.ContainsFunc(d.bodyToks[h.Last+1:min(len(d.bodyToks), h.Last+4)],
			func(t text.Token) bool { return impersonationWord(t.Norm) }) {
			return "", false // not "una oleada de ciberataques está suplantando la identidad del Ministerio"
		}
	}
	return d.title[toks[i].Start:toks[i].End], true
}

// intrusion reports whether h is a strong word for an attack on systems,
// accounts or data other than a phishing message itself, which may be sent
// to anyone.
func intrusion(s string, toks []text.Token, h text.Hit[term]) bool {
	if h.Value.kind != kCyber || h.Value.weak {
		return false
	}
	w := strings.ToLower(s[toks[h.First].Start:toks[h.Last].End])
	return !strings.Contains(w, "phish") && !strings.Contains(w, "smish")
}

// scamWord is a word for a scam or a fraud attempt.
func scamWord(w string) bool {
	switch w {
	case "scam", "scams", "estafa", "estafas", "timo", "truffa", "truffe", "burla", "burlas", "golpe", "golpes",
		"arnaque", "arnaques", "escroquerie", "escroqueries", "betrug", "betrugsversuch", "betrugsversuche", "betrugsmasche",
		"oplichting", "oplichters", "oplichtingspoging", "oplichtingspogingen",
		// "Warnung: Betrügerische E-Mails und SMS im Namen der Barmer", "llamadas fraudulentas"
		"fraudulent", "fraudulenta", "fraudulentas", "fraudulento", "fraudulentos", "frauduleux", "frauduleuse", "frauduleuses",
		"fraudolenta", "fraudolente", "fraudolenti", "fraudolento", "frauduleus", "frauduleuze", "betrugerisch", "betrugerische",
		"betrugerischen", "betrugerischer",
		// round 67: the languages beyond the seven ("Внимавайте! Зачестяват опитите за измама от името на НЗОК")
		"измама", "измами", "измамни", "мошенничество", "мошенники", "мошеннические", "шахрайство", "шахраї", "oszustwo",
		"oszustwa", "oszusci", "podvod", "podvody", "podvodnici", "bedrageri", "bedragare", "svindel", "svindlere", "huijaus",
		"huijausviesti", "huijausviestit", "huijarit", "escrocherie", "inselatorie", "csalas", "csalok", "dolandiricilik",
		"dolandiricilar", "απατη":
		return true
	}
	return false
}

// scamCopula is the verb of a title that tells the public what a message
// is: "…: es una estafa", "c'est une arnaque", "it's a scam".
func scamCopula(w string) bool {
	switch w {
	case "es", "est", "ist", "is", "s", "son", "sont", "sind", "zijn":
		return true
	}
	return false
}

// scamCue is a title's word that makes its scam one on the public: a
// warning, or the name the lure borrows ("em nome do SNS", "finto
// Ministero").
func scamCue(w string) bool {
	switch w {
	case "alerta", "alertan", "alerte", "alertent", "alert", "alerts", "warns", "warning", "warnt", "warnung", "waarschuwt",
		"waarschuwing", "avviso", "attenzione", "allerta", "aviso", "avisa", "nome", "nombre", "namen", "nom", "name",
		"finto", "finta", "falso", "falsa", "falsi", "false", "falsos", "falsas", "fake", "faux", "fausse", "nep", "gefalschte",
		"gefalschten",
		// round 67: "от името на НЗОК", "w imieniu NFZ", "i Kelas namn", warnings
		"името", "имени", "імені", "imieniu", "jmenem", "menom", "namn", "navn", "nimissa", "numele", "neveben", "adina",
		"внимавайте", "внимание", "увага", "uwaga", "pozor", "varning", "varoitus", "advarsel", "atentie", "figyelem", "dikkat",
		"προσοχη":
		return true
	}
	return false
}

// channelWord is a way a scam reaches the public.
func channelWord(w string) bool {
	switch w {
	case "sms", "email", "emails", "mail", "mails", "phishing", "texts", "text", "phone", "calls", "robocall", "robocalls",
		"telefone", "telefono", "telefoon", "telefon", "llamadas", "chiamate", "anrufe", "appels", "whatsapp", "courriel", "courriels":
		return true
	}
	return false
}

// scamInsideWord is a title's word of a break-in, a theft or a victim,
// which makes a scam the organisation's own attack: "Oplichters kapen
// accounts bij zorgverzekeraar", "Golpe de phishing dá a criminosos
// acesso a e-mails de funcionários", "Une pharmacie victime d'une arnaque".
func scamInsideWord(w string) bool {
	for _, p := range []string{"mailbox", "account", "cuenta", "compte", "conta", "credenzial", "credential", "credencia", "toegang", "acess", "access",
		"acceso", "zugang", "zugriff", "kape", "kaap", "hijack", "violat", "hack", "pirat", "invad", "inlog", "login",
		"expos", "victim", "vittim", "slachtoffer", "opfer", "servidor", "funcionari", "dipendent", "medewerker", "employee",
		"staff", "mitarbeiter", "stole", "rubat", "furto", "roubad", "robad", "gestohlen", "gestolen", "misbruik", "falls",
		"cai", "cae"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// intoTheOrganisation is a word that says a lure got into the organisation
// itself: its staff, their mailboxes, its network.
func intoTheOrganisation(w string) bool {
	switch w {
	case "access", "accounts", "account", "mailbox", "mailboxes", "staff", "employees", "network", "systems":
		return true
	}
	return false
}

// entityTitle reports whether the title is an organisation's name that
// ends in a legal form or a kind of organisation, as registries title their
// entries ("Professional Finance Company, Inc.", "Grant Medical Center"):
// its words are the name's, not a headline's.
func entityTitle(d *doc) bool {
	toks := d.titleToks
	if len(toks) < 2 || !titleIsName(d.title, toks, d.titleHits) {
		return false
	}
	last := toks[len(toks)-1].Norm
	return legalForm(last) || orgKindWord(last) || last == "center" || last == "centre" || last == "company"
}

// healthNameTitle reports whether the title is a health organisation's
// name, ending with its kind: "Tiny Steps Pediatrics, P.A." (a breach
// registry's entity, whose "Steps" is no how-to).
func healthNameTitle(d *doc) bool {
	toks := d.titleToks
	if len(toks) < 2 || !titleIsName(d.title, toks, d.titleHits) {
		return false
	}
	last := len(toks) - 1
	for last > 0 && (legalForm(toks[last].Norm) || len(toks[last].Norm) == 1) {
		last-- // "P.A.", "LLC"
	}
	return slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kHealthOrg && h.Last == last })
}

// productOffer reports whether the title offers a product or service for
// protection ("Microsoft offers free AccountGuard protection to hospitals
// during COVID-19", "Vendor launches ransomware protection service for
// clinics"): the security trade's news, with no attack of its own. A title
// that names one attack ("Hospital launches new portal after ransomware
// attack") is news of that attack.
func productOffer(src string, toks []text.Token) (string, bool) {
	if slices.ContainsFunc(toks, func(t text.Token) bool { return oneAttack(t.Norm) || t.Norm == "outage" }) {
		return "", false
	}
	for i, t := range toks {
		switch t.Norm {
		case "offers", "offering", "unveils", "launches", "releases", "introduces", "debuts":
		default:
			continue
		}
		for k := i + 1; k < min(len(toks), i+6) && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "free", "protection", "service", "services", "tool", "tools", "product", "products", "platform", "solution",
				"solutions", "program", "programme", "app",
				"detection", "module", "sensor", "software", "feature", "features": // "launches ransomware detection for hospital IoT" (round 24)
				return src[t.Start:toks[k].End], true
			}
		}
	}
	return "", false
}

// oneAttack is a noun for one attack: a title that holds one tells of it,
// not of a year's tally or a product.
func oneAttack(w string) bool {
	switch w {
	case "attack", "cyberattack", "breach", "incident", "hack", "intrusion":
		return true
	}
	return false
}

// businessWord marks business news of the security trade ("Cybersecurity
// firm raises $50 million to protect hospitals from ransomware").
// businessTitleWord returns the title's first business word that is no
// part of a health organisation's name ("IPO do Porto" is the Instituto
// Português de Oncologia, not an initial public offering).
func businessTitleWord(d *doc) (string, bool) {
	p := d.parts()[0]
	for i, t := range p.toks {
		if extortioner(t.Norm) && (i == 0 || !guardedFrom(p.toks[i-1].Norm)) {
			// "Hacker fordern vier Millionen Euro": a ransom demanded, not
			// money granted; but "Ospedali … più protetti dagli hacker: la
			// Regione ottiene 15 milioni" is funding (round 47)
			return "", false
		}
	}
	var cov []kind
	for i, t := range p.toks {
		if (t.Norm == "signs" || t.Norm == "signed") && i+1 < len(p.toks) && dealWord(p.toks[i+1].Norm) {
			return p.src[t.Start:p.toks[i+1].End], true // "NHS Digital Signs Deal to Upgrade Health Service to Windows 10"
		}
		if t.Norm == "market" && i+1 < len(p.toks) && marketGrowth(p.toks[i+1].Norm) {
			return p.src[t.Start:p.toks[i+1].End], true // "Medical device security market expanding rapidly" (round 47)
		}
		if !businessWord(t.Norm) || millionsOfPeople(p.toks, i) || raisesWorry(p.toks, i) {
			continue
		}
		if cov == nil {
			cov = coverage(p)
		}
		if cov[i] != kHealthOrg {
			return p.src[t.Start:t.End], true
		}
	}
	return "", false
}

// raisesWorry reports whether toks[i] raises a worry, not money: "Data
// Breach at IVF Provider Genea Raises Concerns Over Patient Security"
// (round 60), "raises cybersecurity concerns" (round 64).
func raisesWorry(toks []text.Token, i int) bool {
	if (toks[i].Norm != "raises" && toks[i].Norm != "raised") || i+1 >= len(toks) {
		return false
	}
	for _, t := range toks[i+1 : min(i+4, len(toks))] { // round 64: "raises cybersecurity concerns", "raises new privacy fears"
		switch t.Norm {
		case "concern", "concerns", "questions", "fears", "alarm", "alarms", "doubts", "worries", "eyebrows":
			return true
		}
	}
	return false
}

// extortioner is who demands money in a ransom story's title, in the
// languages read.
func extortioner(w string) bool {
	switch w {
	case "hacker", "hackers", "erpresser", "cyberkriminelle", "kriminelle", "attackers", "cybercriminals", "extortionists",
		"hackeurs", "pirates", "ciberdelincuentes", "criminales", "cybercriminali", "criminali", "cibercriminosos",
		"criminosos", "cybercriminelen", "criminelen":
		return true
	}
	return false
}

// guardedFrom is a preposition of protection before the attackers:
// "protected from hackers", "dagli hacker", "gegen Hacker".
func guardedFrom(w string) bool {
	switch w {
	case "from", "against", "dagli", "dai", "contro", "gegen", "vor", "contre", "des", "contra", "de", "tegen", "dos":
		return true
	}
	return false
}

// marketGrowth is what a market report says of a market after its name:
// "market expanding", "market size", "market to grow".
func marketGrowth(w string) bool {
	switch w {
	case "expanding", "expands", "expansion", "growth", "grows", "growing", "size", "forecast", "to", "report", "outlook",
		"share", "trends":
		return true
	}
	return false
}

// dealWord is what a business signs: "signs deal", "signed agreement".
func dealWord(w string) bool {
	switch w {
	case "deal", "deals", "agreement", "contract", "contracts", "partnership", "mou":
		return true
	}
	return false
}

func businessWord(w string) bool {
	switch w {
	case "raises", "raised", "funding", "acquires", "acquired", "acquisition", "startup", "startups", "investors",
		"webinar", "ipo", "premiums", "premium", "underwriters", "invests", "investment", "investments", "grant", "grants", "budget",
		"budgets", // round 47: "Hospital IT budgets: cybersecurity, AI"
		// fr, de, es, it, pt, nl: investment and funding of security
		"investit", "investissement", "investissements", "millionen", "investitionen", "fordert", "foerdert",
		"zukunftsfonds", "krankenhauszukunftsfonds", "fonds", "inversion", "invierte", "investimento", "investimenti",
		"investe", "investering", "investeert", "subsidie", "financement", "finanziamento", "financiamento",
		// strengthening security with public money: "Sanidad destina 20 millones a reforzar la ciberseguridad"
		"reforzar", "refuerza", "refuerzo", "rafforzare", "rafforza", "potenziare", "reforcar", "reforca", "reforco",
		"renforcer", "renforce", "renforcement", "versterken", "destina", "destinan", "stanzia", "stanziati",
		"stanziamento", "pnrr", "prr", "finance", "financia", "finanzia", "financiara", "audits", "audit", "auditoria",
		// insurance sold against attacks: "Cyber insurer launches ransomware coverage"
		"coverage",
		// "Health NZ to spend $34m hardening hospital IT against cyber attacks"
		"hardening",
		// round 67: "Extra £21m pledged to boost cyber security across NHS"
		"pledged", "pledges":
		return true
	}
	return false
}

// lawEnforcementWord marks arrests, charges and sentences ("Ransomware
// group behind hospital attacks arrested in Ukraine", "Hacker sentenced for
// breaching clinic"): the attacks they tell of were reported when they
// happened, and which one is meant is for an analyst to say.
func lawEnforcementWord(w string) bool {
	switch w {
	case "arrested", "arrests", "arrest", "indicted", "indicts", "indictment", "charged", "charges", "sentenced", "sentence", "extradited",
		"convicted", "pleads", "pleaded", "extradition", "verhaftet", "festgenommen", "verurteilt", "arrete", "arretes",
		"jailed", "imprisoned", "juge", "juges", "durchsucht", "durchsuchen", "durchsuchung", "durchsuchungen", "razzia",
		"deflagra", "deflagrou", "suspeitos", "sospechosos", "aangehouden", "verdachte", "verdachten",
		"condamne", "detenido", "detenidos", "condenado", "arrestato", "arrestati", "condannato",
		"gearresteerd", "veroordeeld",
		// round 63: "La Policía Nacional detuvo en Madrid a un hacker", "interpellé", "detido", "opgepakt"
		"detuvo", "detuvieron", "detenida", "detienen", "interpelle", "interpelles", "detido", "detidos", "detida", "opgepakt",
		"inculpe", "inculpes", "angeklagt", "anklage", "imputato", "imputati", "acusado", "acusados", "denunciado",
		"indiciado", "indiciados", "aangeklaagd", "mandados",
		"extrade", "extradado", "estradato", "ausgeliefert", "uitgeleverd",
		// prison terms, trials, sanctions and takedowns: "Drei Jahre Haft für Erpresser", "Taakstraf voor tiener",
		// "Justiça condena hacker", "Juzgan a un joven", "Australia sanctions Russian man over Medibank hack",
		// "le réseau démantelé par Europol"
		"haft", "haftstrafe", "freiheitsstrafe", "bewahrungsstrafe", "taakstraf", "werkstraf", "celstraf", "gevangenisstraf",
		"condena", "condenan", "condenada", "condenados", "condannati", "condannata", "juzgan", "juzgado", "juzgada",
		"sanctions", "sanctioned", "dismantled", "demantele", "demanteles", "demantelee", "desmantelado", "desmantelada",
		"smantellato", "smantellata", "zerschlagen", "opgerold",
		// round 32: acquittals, as convictions: "Hacker van huisartsenpost vrijgesproken". A civil lawsuit over a
		// named attack is a report of that attack (probes r18pn-132, p7-r5) and stays one.
		"acquitted", "acquitte", "freigesprochen", "absuelto", "absuelta", "assolto", "assolta", "absolvido", "absolvida",
		"vrijgesproken":
		return true
	}
	return false
}

// criminalTrial returns the trial the clause names ("Cyberkrimineller vor
// Gericht", "a processo il giovane accusato"): like an arrest, news of an
// attack reported when it happened (round 32). A civil suit is no trial
// here: a class action over a named attack reports that attack.
func criminalTrial(p part) (string, bool) {
	toks := p.toks
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Norm + " " + toks[i+1].Norm {
		case "vor gericht", "voor de rechter", "on trial", "en juicio", "a processo", "em julgamento":
			return p.src[toks[i].Start:toks[i+1].End], true
		}
	}
	return "", false
}

// kidnapping returns the title's or the lead's word for a person's
// kidnapping ("médico secuestrado", "kidnapped doctor") when the story
// names no computer and no word of a cyberattack beyond a ransom: the
// ransom is a kidnapper's. A kidnapping of data ("secuestro de datos") is
// no person's.
func kidnapping(d *doc) (string, bool) {
	span := kidnapSpan(d) // most stories have none: the other checks only run after one
	if span == "" || d.mentionsComputer() {
		return "", false
	}
	for _, p := range d.parts() {
		for _, h := range p.hits {
			if h.Value.kind == kCyber && (h.First != h.Last || !ransomWord(p.toks[h.First].Norm)) {
				return "", false // "sistemas sequestrados … criptografados", "invadem WhatsApp"
			}
		}
		for _, t := range p.toks {
			n := t.Norm
			if strings.HasPrefix(n, "hack") || strings.HasPrefix(n, "cyber") || strings.HasPrefix(n, "ciber") ||
				strings.HasPrefix(n, "ransomware") || strings.HasPrefix(n, "malware") || strings.HasPrefix(n, "informat") {
				return "", false
			}
		}
	}
	return span, true
}

// kidnapSpan returns the title's first word for a person's kidnapping,
// else the lead's, or "".
func kidnapSpan(d *doc) string {
	for i, t := range d.titleToks {
		if kidnapWord(t.Norm) && !ofData(d.titleToks, i) {
			return d.title[t.Start:t.End]
		}
	}
	sent, _ := d.bodySentences()
	lead := d.bodyLead()
	for i, t := range d.bodyToks {
		if sent[i] > lead {
			break
		}
		if kidnapWord(t.Norm) && !ofData(d.bodyToks, i) {
			return d.body[t.Start:t.End]
		}
	}
	return ""
}

// kidnapWord reports a word for a person's kidnapping in the languages read.
func kidnapWord(w string) bool {
	for _, p := range []string{"kidnap", "abduct", "secuestr", "sequestr", "rapit", "entfuhr", "enlev", "ontvoer"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// ransomWord reports a word for a ransom alone, which kidnappers demand
// as ransomware gangs do.
func ransomWord(w string) bool {
	switch w {
	case "ransom", "ransoms", "rescate", "riscatto", "resgate", "rancon", "losegeld", "losgeld":
		return true
	}
	return false
}

// ofData reports whether the kidnapping word at toks[i] is of data or
// systems: "secuestro de datos", "sistemas sequestrados".
func ofData(toks []text.Token, i int) bool {
	for k := max(0, i-2); k < len(toks) && k <= i+3; k++ {
		switch toks[k].Norm {
		case "datos", "dados", "dati", "donnees", "daten", "data", "informacion", "informacao", "informazioni", "archivos",
			"ficheros", "arquivos", "file", "sistemas", "sistemi", "systemes", "systeme":
			return true
		}
	}
	return false
}

// mentionsComputer reports whether the report names a computer, server,
// network, website, software or e-mail: a "virus" there may be malware
// even when it is too far from the computer word to be read as one.
func (d *doc) mentionsComputer() bool {
	for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
		for _, t := range toks {
			switch t.Norm {
			case "computer", "computers", "server", "servers", "network", "networks", "website", "software", "email",
				"ordinateur", "informatique", "rechner", "ordenador", "computador", "informatico", "informatica":
				return true
			}
		}
	}
	return false
}

// sectorWord reports whether a target is the health sector's own name,
// "healthcare" or "health care", not an organisation's.
func sectorWord(ts []text.Token) bool {
	switch len(ts) {
	case 1:
		return ts[0].Norm == "healthcare"
	case 2:
		return ts[0].Norm == "health" && ts[1].Norm == "care"
	}
	return false
}

// regionQualifier reports a country's or a region's word before a sector:
// "US healthcare", "European health care".
func regionQualifier(s string) bool {
	switch s {
	case "us", "usa", "uk", "american", "british", "canadian", "australian", "european", "global", "german", "french",
		"indian", "irish", "israeli", "japanese", "national", "nation", "world", "worldwide":
		return true
	}
	return false
}

// sectorHead reports a noun that makes "healthcare" a modifier of one
// organisation or thing: "Indian Health Care Website", "US healthcare
// company".
func sectorHead(s string) bool {
	switch s {
	case "website", "site", "portal", "company", "firm", "provider", "startup", "platform", "app", "database", "organization",
		"organisation", "system", "network", "group", "chain", "giant", "insurer", "vendor", "operator", "business":
		return true
	}
	return false
}

// healthCompound reports whether the word at toks[i] is a German or Dutch
// compound that names a health body by its last or first part, where the
// lexicon lists only common compounds: "Deegenbergklinik", "Physio-Praxis",
// "Laurentius-Apotheke", "Pharmazulieferer", "zorgbedrijven".
// backgroundHealth reads it in a report's lead; it names no victim. It is
// wider than hospitalCompound, whose hits are lexicon hits (already read by
// backgroundHealth) and leave German "-klinik" names to the victim patterns.
func healthCompound(src string, toks []text.Token, i int) bool {
	w := toks[i].Norm
	hyphenated := i > 0 && src[toks[i-1].End:toks[i].Start] == "-"
	for _, head := range []string{"klinik", "kliniken", "praxis", "apotheke", "apotheken"} {
		if (w == head && hyphenated) || (len(w) > len(head)+2 && strings.HasSuffix(w, head)) {
			return true
		}
	}
	for _, prefix := range []string{"pharma", "zorg"} {
		if len(w) > len(prefix)+4 && strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}

// millionsOfPeople reports whether "Millionen" at toks[i] counts people or
// records, not money: "Daten von Millionen Patienten", "33 Millionen
// Menschen" (round 31); "investiert 20 Millionen Euro" stays business news.
func millionsOfPeople(toks []text.Token, i int) bool {
	if toks[i].Norm != "millionen" || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Norm {
	case "patienten", "patientinnen", "menschen", "versicherte", "versicherten", "kunden", "personen", "burger", "datensatze",
		"nutzer", "mitglieder", "betroffene", "betroffenen", "betroffen":
		return true
	}
	return false
}

// judicialInquiry reports whether "enquête" or "indagine" at toks[i] is a
// judicial investigation, not a survey: "une enquête judiciaire ouverte",
// "le parquet ouvre une enquête", "indagine della procura" (round 31).
func judicialInquiry(toks []text.Token, i int) bool {
	if w := toks[i].Norm; w != "enquete" && w != "indagine" {
		return false
	}
	for k := max(0, i-2); k < min(len(toks), i+3); k++ {
		switch toks[k].Norm {
		case "judiciaire", "penale", "preliminaire", "ouverte", "ouvre", "ouvert", "parquet", "procura", "polizia", "police",
			"gendarmerie", "aperta", "apre", "avviata":
			return true
		}
	}
	return false
}

// readersOwn is a possessive that addresses the reader, whose organisation
// advice speaks of: "your practice", "votre clinique", "uw ziekenhuis".
func readersOwn(s string) bool {
	switch s {
	case "your", "votre", "vos", "uw":
		return true
	}
	return false
}

// cjkCommentaryTitle reports a Chinese, Japanese or Korean headline of
// advice, an alert or an explainer rather than one attack: "サイバー攻撃への
// 対応について(注意喚起)" (a call for caution), "…サイバー攻撃のリスクとは" (what
// the risk is), "병의원·약국 랜섬웨어 '적색경보'" (a red alert), "提醒民眾防範"
// (round 65). A caution that names who issues it about whom is one
// organisation's notice of its own attack: "日本医師会を騙る不審メールに注意喚起"
// names the body impersonated, so a caution counts only beside no name.
func cjkCommentaryTitle(title string) (string, bool) {
	if !strings.ContainsFunc(title, func(r rune) bool { return r >= 0x80 }) {
		return "", false // every word below holds a letter beyond ASCII
	}
	t := strings.TrimRight(strings.TrimSpace(title), "？?。")
	if span, ok := southeastAsianCommentary(strings.ToLower(t)); ok {
		return span, true
	}
	if !strings.ContainsFunc(t, text.Ideograph) {
		return "", false
	}
	if strings.HasSuffix(t, "とは") {
		return "とは", true
	}
	for _, w := range []string{"リスクとは", "적색경보", "주의보", "경보", "提醒", "防範", "防范", "警惕"} {
		if strings.Contains(t, w) {
			return w, true
		}
	}
	for _, w := range []string{"注意喚起", "注意を呼び", "주의 당부", "주의당부"} {
		if strings.Contains(t, w) && !strings.Contains(t, "を騙る") && !strings.Contains(t, "を装") && !strings.Contains(t, "をかたる") {
			return w, true
		}
	}
	return "", false
}

// thaiCountries is a count of countries in a Thai headline ("อาละวาด 10
// ประเทศ", rampant in ten countries): a campaign, not one attack.
var thaiCountries = regexp.MustCompile(`\d+\s*ประเทศ`)

// southeastAsianCommentary reports a Vietnamese or Thai headline of a
// trend, a warning or attacks in many places (round 65): "Gia tăng tấn công
// mạng vào các bệnh viện trên thế giới" (attacks on hospitals worldwide
// rise), "cảnh báo" (a warning), "เตือน" (warns). t is lower-case.
func southeastAsianCommentary(t string) (string, bool) {
	for _, w := range []string{"gia tăng", "trên thế giới", "các bệnh viện", "nhiều bệnh viện", "cảnh báo", "khuyến cáo", "เตือน"} {
		if strings.Contains(t, w) {
			return w, true
		}
	}
	if m := thaiCountries.FindString(t); m != "" {
		return m, true
	}
	return "", false
}
