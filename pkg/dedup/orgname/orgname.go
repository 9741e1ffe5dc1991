// Package orgname normalises organisation names into matching keys and
// scores how alike two keys are.
//
// A key is lower-case ASCII words separated by single spaces: diacritics and
// other scripts are transliterated (unidecode), "St."/"Ste." become
// "saint"/"sainte", common abbreviations are expanded ("Hosp." → hospital,
// "Univ." → university), hospital words of other languages ("Hôpital",
// "Krankenhaus", "Ospedale") become "hospital", and trailing legal forms
// (Inc, LLC, GmbH, SA, …) and filler words ("the", "of", "and") are dropped.
// The package is pure: no I/O and no mutable state.
package orgname

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/adrg/strutil/metrics"
	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// compounds expands words that stand for several canonical ones: German
// compounds and French acronyms ("Uniklinik" is a university hospital, a
// "CHU" a centre hospitalier universitaire), so every language's name of a
// hospital gives the same key.
var compounds = map[string][]string{
	"uniklinik":             {"university", "hospital"},
	"uniklinikum":           {"university", "hospital"},
	"unikliniken":           {"university", "hospital"},
	"universitatsklinikum":  {"university", "hospital"},
	"universitaetsklinikum": {"university", "hospital"},
	"universitatsklinik":    {"university", "hospital"},
	"universitatskliniken":  {"university", "hospital"},
	"universitatsspital":    {"university", "hospital"},
	"unispital":             {"university", "hospital"},
	"chu":                   {"university", "hospital"},
	"chru":                  {"university", "hospital"},
	"ch":                    {"hospital"},             // round 44: "le CH d'Arles", a centre hospitalier
	"chr":                   {"hospital", "regional"}, // "CHR de Huy", a centre hospitalier régional
	"chi":                   {"hospital", "intercommunal"},
	"kinderkrankenhaus":     {"childrens", "hospital"},
	"kinderspital":          {"childrens", "hospital"},
	"ent":                   {"ear", "nose", "throat"}, // "Blue Ridge ENT Associates"
	"universitetssjukhus":   {"university", "hospital"},
	"universitetssjukhuset": {"university", "hospital"},
	"universitetssykehus":   {"university", "hospital"},
	"universitetssykehuset": {"university", "hospital"},
	"universitetshospital":  {"university", "hospital"},
	"gesundheitsverbund":    {"health", "group"},
	"klinikverbund":         {"hospital", "group"},
	"krankenhausverbund":    {"hospital", "group"},
	"klinikgruppe":          {"hospital", "group"},
	"gesundheitszentrum":    {"health", "center"},
	"kreisklinik":           {"district", "clinic"},
	"kreiskliniken":         {"district", "clinic"},
	"kreisklinikum":         {"district", "hospital"},
	"kreiskrankenhaus":      {"district", "hospital"},
	"bezirksklinikum":       {"district", "hospital"},
	"bezirkskrankenhaus":    {"district", "hospital"},
	// round 45: Italy's local health agencies ("Ausl di Modena", "Azienda Usl di Modena") and German kinds of
	// drug maker ("das Pharmaunternehmen Octapharma", "Pharmazulieferer Siegfried")
	"ausl":              {"azienda", "usl"},
	"pharmaunternehmen": {"pharmaceutical"},
	"pharmakonzern":     {"pharmaceutical"},
	"pharmazulieferer":  {"pharmaceutical"},
	"pharmahersteller":  {"pharmaceutical"},
}

// canonicalWord maps an abbreviation or a foreign word to its canonical form.
func canonicalWord(w string) string {
	if c, ok := canonicalOf[w]; ok {
		return c
	}
	return exonym(w)
}

// spellings are the abbreviations and other languages' words that a
// canonical word stands for, with the cases of the languages that decline
// them ("v Psychiatrické nemocnici Kosmonosy", "dyrektor szpitala MSWiA").
var spellings = map[string][]string{
	"saint":          {"st", "snt", "san", "sankt", "santa", "santo", "sao"},
	"sainte":         {"ste"},
	"mount":          {"mt"},
	"mountain":       {"mtn", "mtns", "mountains"},
	"rehabilitation": {"rehab"},
	"laboratory":     {"lab", "labs", "laboratories", "laboratorio", "laboratoire", "labor", "laboratorium", "laboratoria"},
	"fort":           {"ft"},
	"hospital":       {"hosp", "hospitals", "hopital", "hopitaux", "krankenhaus", "krankenhauses", "klinikum", "klinikums", "spitals", "ospedale", "hospitalario", "spital", "ziekenhuis", "szpital", "nemocnice", "sairaala", "sjukhus", "sykehus", "hastanesi", "bolnitsa", "hospitales", "hospitalar", "hospitalier", "hospitaliere", "hospitaliers", "sygehus", "nemocnica", "bolnica", "ospedaliera", "ospedaliero", "ospedali", "hospitaal", "sjukhuset", "sykehuset", "sygehuset", "nemocnici", "nemocnicu", "nemocnic", "szpitala", "szpitalu", "szpitalem", "szpitale", "szpitali"},
	"clinic":         {"clinique", "klinik", "kliniken", "clinica", "kliniek", "klinika", "clinics", "cliniques", "kliniky", "klinice", "kliniki", "kliniku", "klinike"},
	"university":     {"univ", "uni", "universite", "universitat", "universitaet", "universita", "universidad", "universidade", "universiteit", "uniwersytet", "universitet", "universitaire", "universitario", "universitaria", "universitari", "universitaires", "universitair", "fakultni", "yliopistollinen", "uniwersytecki"},
	"center":         {"ctr", "cntr", "centre", "zentrum", "centro", "centrum", "centers", "centres"},
	"medical":        {"med", "medicine", "medizinisches", "medizinische", "medizinischen", "medizinischer", "medica", "medico", "medicale", "medical", "medisch", "medische"},
	"health":         {"hlth", "sante", "salud", "saude", "gesundheit"},
	"associates":     {"assoc", "assocs", "associates", "association", "assn"},
	"department":     {"dept", "department"},
	// round 54: "Ministerio de Salud de la Nación" and "Argentine Health Ministry"
	"ministry":      {"ministerio", "ministere", "ministero", "ministerie", "ministerium"},
	"national":      {"natl", "nat'l"},
	"international": {"intl"},
	"services":      {"svc", "svcs", "service"},
	"system":        {"sys", "systems"},
	"group":         {"grp", "grupo", "gruppo", "groupe", "gruppe", "groep"},
	"county":        {"cty", "cnty"},
	"doctor":        {"dr"},
	"memorial":      {"mem", "meml"},
	"regional":      {"reg", "regl"},
	"community":     {"comm", "cmty", "community"},
	"childrens":     {"childrens", "children", "kinderklinik", "enfants"},
	// round 43: a drug maker's short form ("Sun Pharma", "Sun Pharmaceutical Industries") and pharmacies
	// in the languages read ("La chaîne de pharmacies London Drugs")
	"pharmaceutical": {"pharma", "pharmaceuticals", "pharmaceutique", "pharmaceutiques", "pharmazeutische", "farmaceutica", "farmaceutico", "farmaceutici", "farmaceuticos", "farmaceuticas"},
	// round 53: a foundation in the languages read ("St. Elisabeth-Stiftung", "St. Elisabeth Foundation")
	"foundation": {"stiftung", "fondation", "fundacion", "fundacio", "fondazione", "fundacao", "stichting"},
	"pharmacy":   {"pharmacies", "pharmacie", "farmacia", "farmacias", "farmacie", "apotheke", "apotheken", "apotheek"},
	// round 68: British spellings of medical specialties ("Southern Orthopaedic Associates", "Southern Orthopedic
	// Associates (SOA)")
	"orthopedic":     {"orthopaedic"},
	"orthopedics":    {"orthopaedics"},
	"pediatric":      {"paediatric"},
	"pediatrics":     {"paediatrics"},
	"anesthesia":     {"anaesthesia"},
	"anesthesiology": {"anaesthesiology"},
	"hematology":     {"haematology"},
	"gynecology":     {"gynaecology"},
}

// domainShort are the short forms a practice's web domain gives a word of
// its specialty, which names do not use: "threeriversgi.com" for Three
// Rivers Gastroenterology, "saguaropeds.com" for Saguaro Pediatric
// Associates. A domain read with them is alike, not the same.
var domainShort = map[string][]string{
	"gastroenterology": {"gi", "gastro"},
	"pediatric":        {"peds", "ped"},
	"pediatrics":       {"peds", "ped"},
	"cardiovascular":   {"cardio", "cv"},
	"cardiology":       {"cardio"},
	"orthopedic":       {"ortho"},
	"orthopedics":      {"ortho"},
	"orthopaedic":      {"ortho"},
	"orthopaedics":     {"ortho"},
	"dermatology":      {"derm"},
	"urology":          {"uro"},
	"ophthalmology":    {"eye", "eyes"},
	"obstetrics":       {"ob", "obgyn"},
	"gynecology":       {"gyn"},
	"pulmonary":        {"pulm"},
	"neurology":        {"neuro"},
	"oncology":         {"onc"},
}

// canonicalOf maps each of spellings' words to its canonical word.
var canonicalOf = func() map[string]string {
	m := make(map[string]string)
	for c, ws := range spellings {
		for _, w := range ws {
			m[w] = c
		}
	}
	return m
}()

// IsFiller reports whether a word (as written; case and diacritics are
// folded) is one that carries no identity anywhere in a name: "of", "de",
// "della", "für"….
func IsFiller(w string) bool {
	return isFiller(strings.ToLower(unidecode.Unidecode(w)))
}

// isFiller reports words (lower-case ASCII) that carry no identity anywhere
// in a name.
func isFiller(w string) bool {
	switch w {
	case "the", "of", "and", "a", "an", "at", "for", "de", "du", "des", "la", "le", "les", "der", "die", "das",
		"und", "et", "y", "e", "del", "della", "dei", "degli", "di", "da", "do", "dos", "van", "von", "voor", "het",
		"fur", "l", "d":
		return true
	}
	return false
}

// EndsWithLegalForm reports whether a name of two words or more ends with a
// legal form or professional suffix: "Health Net Inc.", "Acme Medical
// Billing, LLC".
func EndsWithLegalForm(name string) bool {
	f := strings.Fields(strings.ToLower(strings.NewReplacer(".", "", ",", " ").Replace(name)))
	return len(f) >= 2 && isLegalForm(f[len(f)-1])
}

// isLegalForm reports legal-form and professional suffixes dropped from the
// end of a name.
func isLegalForm(w string) bool {
	switch w {
	case "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "corp", "corporation", "co", "company",
		"plc", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj",
		"pc", "pa", "pllc", "md", "dds", "dmd", "do", "phd", "dpm", "od", "facs", "rph", "kg", "ug", "se", "pty", "pvt", "kk", "sl", "sc",
		"slu", "sca", "scs", "ev", "ggmbh", "aor", "kdor", "mbh", "lda", "ltda", "cv", "sae", "bhd", "sdn", "dba", "aps",
		"holdings", "holding", "chartered", "pllp", "lllp", "ps", "psc", "apc", "apmc",
		"industries", // round 43: "Sun Pharmaceutical Industries" is Sun Pharmaceutical
		// round 34: Central European and Nordic companies and state enterprises ("Sp.", "s.r.o.", "d.o.o.", "Kft.",
		// Norway's health trusts "HF" and "RHF" and state enterprises "SF")
		"sp", "sro", "doo", "dd", "kft", "zrt", "nyrt", "hf", "rhf", "sf",
		"usa": // "Dominion Dental Services USA, Inc.": the national arm's suffix
		return true
	}
	return false
}

// genericWord reports words common to many health organisations' names:
// they count little when two names are compared.
func genericWord(w string) bool {
	switch w {
	case "hospital", "clinic", "university", "center", "medical", "health", "healthcare", "care", "associates",
		"department", "national", "services", "system", "group", "county", "regional", "community",
		"memorial", "general", "saint", "sainte", "foundation", "institute", "network", "physicians",
		"practice", "pharmacy", "insurance", "state", "city", "district", "new", "north", "south", "east",
		"west", "central", "family", "childrens", "dental", "surgery", "surgical", "specialists", "partners",
		"plan", "plans", "trust", "nhs", "school", "college", "office", "public", "human", "bank", "american",
		"united", "first",
		// the attackers, never an organisation's name: an incident filed
		// under "hackers" is named in every report of an attack (round 52)
		"hackers", "hacker", "attackers", "cybercriminals", "criminals", "ransomware":
		return true
	}
	return false
}

// Words splits a name into canonical words: transliterated, lower-case,
// punctuation removed, abbreviations expanded, filler words dropped and
// trailing legal forms removed.
func Words(name string) []string {
	s := domainName(folded(name))
	// An elided article or preposition is no part of the name: "hôpital
	// d'Armentières" is the Armentières hospital, as "in Armentières" says.
	s = elision.ReplaceAllString(s, "$1")
	// Initials joined by an ampersand are one name: "OT&P Healthcare" is
	// "otp healthcare", not the generic "ot p healthcare" (round 46).
	s = initialsAmpersand.ReplaceAllString(s, "$1$2")
	s = strings.NewReplacer("&", " and ", "'s ", "s ", "’s ", "s ", "'", "", "’", "", "+", " and ").Replace(s + " ")
	// initials join within a comma's part only: "D.D.S., P.C." is "dds"
	// and "pc", not "ddspc"
	var fields []string
	for _, part := range strings.Split(s, ",") {
		fields = append(fields, joinInitials(strings.FieldsFunc(part, notLetterOrDigit))...)
	}
	if n := len(fields); n > 1 && fields[n-1] == "ft" {
		// an NHS trust's "FT" is its Foundation Trust; "Ft." opens a fort's name, never ends one (round 34)
		fields = append(fields[:n-1], "foundation", "trust")
	}
	return canonicalWords(fields)
}

// folded is a name transliterated to lower-case ASCII, the HHS export's
// mojibake apostrophe ("St. Mary∙ю_∙ю_∙ю_s") read as one.
func folded(name string) string {
	name = cjkEnglish(mojibakeApostrophe.ReplaceAllString(name, "'"))
	return strings.ToLower(unidecode.Unidecode(norm.NFKC.String(name)))
}

// notLetterOrDigit splits a name into its words.
func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Practitioner returns the surname of a key that reads as a person's name
// (two or three words besides initials and a doctor's title, none generic
// nor a practice's word): "whitcomb" of "alan s whitcomb" (from "Alan S.
// Whitcomb, D.D.S., P.C."), else "".
func Practitioner(key string) string {
	var ws []string
	for _, w := range strings.Fields(key) {
		if len(w) > 1 && w != "doctor" {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 || len(ws) > 3 {
		return ""
	}
	for _, w := range ws {
		if !DistinctiveWord(w) || PracticeWord(w) {
			return ""
		}
	}
	return ws[len(ws)-1]
}

// PracticeOf reports whether key names a practice after surname: it opens
// with the surname and holds a practice's word ("whitcomb family
// dentistry", "kowalczyk foot ankle center").
func PracticeOf(key, surname string) bool {
	ws := strings.Fields(key)
	return len(ws) >= 2 && ws[0] == surname && slices.ContainsFunc(ws[1:], PracticeWord)
}

// PracticeWord is a word of a small practice's name.
func PracticeWord(w string) bool {
	switch w {
	case "dentistry", "dental", "orthodontics", "family", "medical", "clinic", "practice", "eye", "chiropractic",
		"associates", "pediatrics", "dermatology", "podiatry", "optometry", "physical", "therapy", "smiles", "vision",
		"foot", "ankle", "internal", "medicine", "center", "surgery", "oral", "cardiology", "orthopedics", "psychiatry",
		"counseling", "health", "care", "group", "office", "offices":
		return true
	}
	return false
}

// elision is a French or Italian elided article or preposition opening a
// word (d', l', dell', nell'…), before a letter.
// initialsAmpersand is two runs of one or two letters joined by "&", with
// no space: "ot&p", "at&t", "h&m".
var initialsAmpersand = regexp.MustCompile(`\b([a-z]{1,2})&([a-z]{1,2})\b`)

var elision = regexp.MustCompile(`\b(?:d|l|dell|dall|nell|all|sull|qu)'(\pL)`)

// mojibakeApostrophe is how the HHS export garbles an apostrophe.
var mojibakeApostrophe = regexp.MustCompile(`(?:∙ю_)+`)

// domainName reads a leak site's victim given as a web domain by its
// registered name: "changehealthcare.com" → "changehealthcare",
// "www.lurie-childrens.org" → "lurie-childrens", "uhs.nhs.uk" → "uhs". Other
// names are returned as they are.
func domainName(s string) string {
	s = strings.TrimSpace(s)
	for _, scheme := range []string{"https://", "http://"} {
		s = strings.TrimPrefix(s, scheme) // a leak post's "https://www.example-clinic.com"
	}
	s = strings.TrimSuffix(s, "/")
	if strings.ContainsAny(s, " ,/@") || !strings.Contains(s, ".") {
		return s
	}
	labels := strings.Split(strings.TrimSuffix(s, "."), ".")
	for _, l := range labels {
		if l == "" {
			return s
		}
	}
	tld := labels[len(labels)-1]
	ascii := strings.IndexFunc(tld, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
	if len(labels) < 2 || !ascii || (len(tld) != 2 && !genericTLD[tld]) {
		return s // "St.Mary", "U.S.", "2.5"
	}
	labels = labels[:len(labels)-1]
	for len(labels) > 1 && secondLevel[labels[len(labels)-1]] {
		labels = labels[:len(labels)-1]
	}
	return labels[len(labels)-1]
}

// genericTLD are the top-level domains of three letters or more that
// health organisations use; every two-letter one is a country's.
var genericTLD = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "info": true, "biz": true,
	"health": true, "care": true, "clinic": true, "hospital": true, "healthcare": true, "mil": true, "int": true}

// secondLevel are the labels under a country code that registries hand out
// names below (hospital.nhs.uk, clinic.com.au).
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true, "ac": true, "edu": true,
	"nhs": true, "or": true, "ne": true, "go": true, "gob": true, "gouv": true, "sch": true, "med": true,
	// Italy's regions hand out names too: aulss6.veneto.it
	"abruzzo": true, "basilicata": true, "calabria": true, "campania": true, "emilia-romagna": true, "fvg": true,
	"lazio": true, "liguria": true, "lombardia": true, "marche": true, "molise": true, "piemonte": true, "puglia": true,
	"sardegna": true, "sicilia": true, "toscana": true, "umbria": true, "veneto": true}

// IsDomain reports whether a victim is given as a web domain
// ("luriechildrens.org", "chsf.fr").
func IsDomain(name string) bool {
	s := strings.ToLower(strings.TrimSpace(name))
	return s != "" && domainName(s) != s
}

// canonicalWords turns lower-case ASCII words into canonical ones.
func canonicalWords(fields []string) []string {
	fields = joinInitials(fields)
	words := make([]string, 0, len(fields))
	for i, f := range fields {
		// a lone "s" is a possessive whose apostrophe was lost or garbled
		// ("Children\x19s", "Children s"): it belongs to the word before
		if f == "s" && i > 0 && len(words) > 0 && len(fields[i-1]) > 1 && !isFiller(fields[i-1]) {
			words[len(words)-1] = canonicalWord(fields[i-1] + "s")
			continue
		}
		if isFiller(f) {
			continue
		}
		if parts, ok := compounds[f]; ok {
			words = append(words, parts...)
			continue
		}
		if f == "u" && i+1 < len(fields) && (fields[i+1] == "de" || fields[i+1] == "of" || fields[i+1] == "di") {
			words = append(words, "university") // "Hospital Clínico de la U. de Chile"
			continue
		}
		words = append(words, canonicalWord(f))
	}
	if f := firstField(fields); len(f) >= 5 && len(words) > 1 && words[0] != f && words[0] == canonicalWord(f) && genericWord(words[0]) &&
		!slices.ContainsFunc(words, DistinctiveWord) {
		// "Salud Family Health": another language's kind word opening a
		// name of generic words is its one proper word, kept as written
		// (round 54); "Salud Total" still reads as "health total".
		words[0] = f
	}
	words = canonicalOrder(words)
	for {
		switch {
		case len(words) > 1 && isLegalForm(words[len(words)-1]):
			words = words[:len(words)-1]
		case len(words) > 2 && slices.Equal(words[len(words)-2:], []string{"sp", "zoo"}):
			words = words[:len(words)-2] // Polish "Sp. z o.o.", a limited company
		case len(words) > 2 && slices.Equal(words[len(words)-2:], []string{"covered", "entity"}):
			// HIPAA's filing forms: "Anthem, Inc. Affiliated Covered Entity"
			words = words[:len(words)-2]
			if len(words) > 1 && words[len(words)-1] == "affiliated" {
				words = words[:len(words)-1]
			}
		default:
			return words
		}
	}
}

// firstField returns the first field that is no filler word, or "".
func firstField(fields []string) string {
	for _, f := range fields {
		if !isFiller(f) {
			return f
		}
	}
	return ""
}

// canonicalOrder turns "center hospital" (the French "centre
// hospitalier") into "hospital" and "hospital university" (the Romance
// word order of "hôpital universitaire", "hospital universitario") into
// "university hospital", so "Centre hospitalier universitaire de Rennes",
// "CHU de Rennes" and "Rennes University Hospital"-style names agree; a
// "health ministry" or "health department" is the "ministry (department)
// of health".
func canonicalOrder(words []string) []string {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "center" && words[i+1] == "hospital" {
			words = append(words[:i], words[i+1:]...)
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "hospital" && words[i+1] == "university" {
			words[i], words[i+1] = "university", "hospital"
		}
		// "Tonga's Health Ministry" and "Tonga Ministry of Health", "Ohio
		// Health Department" and "Ohio Department of Health" (round 46)
		if words[i] == "health" && (words[i+1] == "ministry" || words[i+1] == "department") {
			words[i], words[i+1] = words[i+1], "health"
		}
	}
	return words
}

// KeyOfWords is Key for words that are already lower-case ASCII letters and
// digits (as split from a text): it skips transliteration, so it is cheap
// enough to call on every run of words of an article.
func KeyOfWords(words []string) string { return strings.Join(canonicalWords(words), " ") }

// joinInitials joins runs of single letters: "P.A." → "pa", "U.S." → "us".
func joinInitials(fields []string) []string {
	out := fields[:0:0]
	for i := 0; i < len(fields); {
		j := i
		for j < len(fields) && len(fields[j]) == 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(fields[i:j], ""))
			i = j
			continue
		}
		out = append(out, fields[i])
		i++
	}
	return out
}

// Key returns the matching key of an organisation name, "" when the name
// holds no word.
func Key(name string) string { return strings.Join(Words(name), " ") }

// Written returns a name as its source wrote it, compared loosely:
// transliterated, lower-case, punctuation and spaces dropped, and legal
// forms, professional titles and the article "the" removed ("The St.
// Mary's Medical Center, Inc." → "stmarysmedicalcenter"). Unlike Key it
// keeps filler words, word order, abbreviations and bracketed acronyms, so
// "University of Texas at Arlington" and "University of Texas Arlington"
// differ, as the registries' own matching of their rows has them
// (data/README.md); an ampersand reads "and". "" when nothing is left.
func Written(name string) string {
	s := strings.NewReplacer("'", "", "’", "", ".", "", "&", " and ", "+", " and ").Replace(folded(name))
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, notLetterOrDigit) {
		if w != "the" && !isLegalForm(w) && !professionalTitle(w) {
			b.WriteString(w)
		}
	}
	return b.String()
}

// professionalTitle reports the degrees and titles a registry may write
// after a practitioner's name besides those isLegalForm drops ("John Roe,
// D.C.", "Jane Doe, CPA").
func professionalTitle(w string) bool {
	switch w {
	case "dc", "pt", "cpa", "na", "np", "rn", "esq", "pharmd", "mph", "dvm", "nd", "lcsw", "psyd", "aprn", "fnp", "apn":
		return true
	}
	return false
}

// Aliases maps the key of an alternative name to the key of its canonical
// name, e.g. Key("UPMC") → Key("University of Pittsburgh Medical Center").
type Aliases map[string]string

// NewAliases builds alias keys from name pairs (alias → canonical name).
func NewAliases(names map[string]string) Aliases {
	a := make(Aliases, len(names))
	for alias, canonical := range names {
		if k, c := Key(alias), Key(canonical); k != "" && c != "" && k != c {
			a[k] = c
		}
	}
	return a
}

// Resolve returns the canonical key of key (key itself when it has no alias).
func (a Aliases) Resolve(key string) string {
	if c, ok := a[key]; ok {
		return c
	}
	return key
}

// Similarity scores two keys from 0 (unrelated) to 1 (same name). It is a
// weighted Dice coefficient over words, where generic words ("hospital",
// "university", …) weigh little and two words count as the same when their
// Jaro-Winkler similarity is at least 0.92, so typos and plural forms still
// match while "university florida" and "university georgia" do not.
func Similarity(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	if a == b {
		return 1
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "") {
		return 0.98
	}

	jw := metrics.NewJaroWinkler()
	used := make([]bool, len(wb))
	var matched, total float64
	for _, x := range wa {
		total += weight(x)
		for j, y := range wb {
			if used[j] {
				continue
			}
			if x == y {
				used[j] = true
				matched += weight(x) + weight(y)
				break
			}
			v := jw.Compare(x, y)
			if max(len(x), len(y)) >= 6 && (OneLetterDropped(x, y) || OneLetterDropped(y, x)) {
				// a letter lost, often an accented one a page's encoding
				// dropped: "Hospital Clnic de Barcelona" (round 69)
				v = max(v, 0.92)
			}
			if len(x) > 3 && len(y) > 3 && v >= 0.92 {
				// alike words count as alike as they are: "marktel" and
				// "martel" are two companies a letter apart
				used[j] = true
				matched += v * (weight(x) + weight(y))
				break
			}
		}
	}
	for _, y := range wb {
		total += weight(y)
	}
	if total == 0 {
		return 0
	}
	return matched / total
}

// OneLetterDropped reports whether short is long with one letter (byte)
// left out: "clnic" of "clinic".
func OneLetterDropped(short, long string) bool {
	if len(short) != len(long)-1 {
		return false
	}
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	return short[i:] == long[i+1:]
}

// JoinsFirstWords reports whether the key d of a web domain is two or more
// of key's first words run together, eight letters at least (six when
// two or three words are spelt whole: "seamar.org" for "Sea Mar Community
// Health Centers"): a leak site's "luriechildrens.org" for "Lurie
// Children's Hospital of Chicago". A word
// may be run together as it is spelt rather than as the key reads it
// ("santacasadefranca" for "saint casa franca": "santa", and the filler
// "de" the key drops), a filler may stand between two words, and the last
// word joined may be cut to its first three letters or more
// ("valleyviewhosp.org", "northstarortho.com") or shortened to three
// consonants of its own ("unitingcareqld" for "UnitingCare Queensland"),
// and a generic word between two others may be left out
// ("morrisonhospital" for "Morrison Community Hospital").
// A name of two words is joined whole. Only domains are read so:
// "OrthoMontana" in a registry is its own spelling.
func JoinsFirstWords(d, key string) bool {
	d = strings.ReplaceAll(d, " ", "") // "bezirkskliniken-mfr.de"
	words := strings.Fields(key)
	if len(words) < 2 {
		return false
	}
	if len(d) >= 6 && len(d) < 8 {
		// shorter, only two or three whole words of three letters or more:
		// "seamar.org" for "Sea Mar Community Health Centers" (round 24)
		for n := 2; n <= 3 && n <= len(words); n++ {
			if strings.Join(words[:n], "") == d && !slices.ContainsFunc(words[:n], func(w string) bool { return len(w) < 3 }) {
				return true
			}
		}
		return false
	}
	if len(d) < 8 {
		return false
	}
	for n := 2; n < len(words); n++ {
		// the first words' initials, then the rest run together: "pvurology" for "Pioneer Valley Urology",
		// "mhsystem" for "Memorial Health System"
		if rest, ok := strings.CutPrefix(d, Acronym(words[:n])); ok && rest != "" && joins(rest, words, n, false, false) {
			return true
		}
	}
	return joins(d, words, 0, false, false)
}

// Acronym returns the first letters of words run together: the initials a
// web domain gives a name's first words ("pv" of "pioneer valley").
func Acronym(words []string) string {
	b := make([]byte, len(words))
	for i, w := range words {
		b[i] = w[0]
	}
	return string(b)
}

// SpellsName reports whether the key d of a web domain spells all of key's
// words, two at least, run together as written (see JoinsFirstWords), none
// cut short: "santacasadefranca" for "Santa Casa de Franca". It is the
// name, not one alike.
func SpellsName(d, key string) bool {
	d = strings.ReplaceAll(d, " ", "")
	words := strings.Fields(key)
	return len(d) >= 8 && len(words) >= 2 && joins(d, words, 0, false, true)
}

// joins reports whether d runs words[n:] together after the n words
// joined already (see JoinsFirstWords); afterFiller stops two fillers in
// a row, and whole asks for every word, none cut short.
func joins(d string, words []string, n int, afterFiller, whole bool) bool {
	if d == "" {
		return n >= 2 && (!whole || n == len(words))
	}
	if n == len(words) {
		return false
	}
	if n >= 1 && !whole && len(words)-n >= 2 && d == Acronym(words[n:]) {
		return true // the first words run together, then the rest's initials: "pinevalleychc"
	}
	if n >= 1 && !whole && len(words)-n >= 3 && droppedLastWord(words[len(words)-1]) && d == Acronym(words[n:len(words)-1]) {
		return true // … without the kind word that ends the name: "northcountrybh" for "North Country Behavioral Health Services"
	}
	if n >= 1 && !afterFiller {
		for _, f := range joinedFillers {
			if rest, ok := strings.CutPrefix(d, f); ok && rest != "" && joins(rest, words, n, true, whole) {
				return true
			}
		}
	}
	w := words[n]
	if n >= 1 && !whole && n+1 < len(words) && skippedWord(w) && joins(d, words, n+1, afterFiller, whole) {
		return true // "morrisonhospital" for "Morrison Community Hospital"
	}
	forms := append([]string{w}, spellings[w]...)
	if !whole {
		forms = append(forms, domainShort[w]...)
	}
	for _, s := range forms {
		if rest, ok := strings.CutPrefix(d, s); ok && joins(rest, words, n+1, false, whole) {
			return true
		}
		if n >= 1 && !whole && (len(d) >= 3 && len(d) < len(s) && strings.HasPrefix(s, d) || consonantsOf(d, s)) {
			return true // the last word cut short or shortened
		}
	}
	return false
}

// JoinedReadings returns d, a domain's name of words run together, and
// the readings a key would give its start: its first word as the key
// spells it ("saintcasadefranca" of "santacasadefranca") and without a
// filler among its first letters ("casasaude" of "casadesaude").
func JoinedReadings(d string) []string {
	out := []string{d}
	for c, ws := range spellings {
		for _, w := range ws {
			if rest, ok := strings.CutPrefix(d, w); ok && rest != "" {
				out = append(out, c+rest)
			}
		}
	}
	for p := 1; p < min(7, len(d)); p++ {
		for _, f := range joinedFillers {
			if strings.HasPrefix(d[p:], f) && len(d) > p+len(f) {
				out = append(out, d[:p]+d[p+len(f):])
			}
		}
	}
	slices.Sort(out[1:])
	return slices.Compact(out)
}

// joinedFillers are the fillers a domain keeps between two words of a name
// ("hospitaldeamor", "casadesaude").
var joinedFillers = []string{"de", "do", "da", "di", "del", "dos", "das", "des", "du", "of", "the", "and", "van", "von", "der"}

// skippedWord is a word of a name that its domain may leave out between
// two others.
func skippedWord(w string) bool {
	switch w {
	case "community", "regional", "memorial", "general", "medical", "area", "county", "family":
		return true
	}
	return false
}

// droppedLastWord is a kind word that ends a name and that a domain's
// initials of its last words leave out ("bh" of "Behavioral Health
// Services").
func droppedLastWord(w string) bool {
	switch w {
	case "services", "service", "center", "centre", "associates", "specialists", "group", "system", "network":
		return true
	}
	return false
}

// consonantsOf reports whether a is three consonants or more of w, in
// order and from its first letter: "qld" of "queensland", "mfr" of
// "mittelfranken".
func consonantsOf(a, w string) bool {
	if len(a) < 3 || a[0] != w[0] || strings.ContainsAny(a, "aeiouy") {
		return false
	}
	i := 0
	for j := 0; j < len(w) && i < len(a); j++ {
		if w[j] == a[i] {
			i++
		}
	}
	return i == len(a)
}

// InitialsOf reports whether the key d of a web domain is the initials of
// all of key's words, three at least: "umcsn.com" for "University Medical
// Center of Southern Nevada". Initials are shared by chance, so a match
// needs corroboration. Keys read "Centre Hospitalier" as "hospital", so
// "chsf.fr" is not found this way.
func InitialsOf(d, key string) bool {
	return slices.Contains(Initials(key), d)
}

// Initials returns the initials of key's words, three letters at least,
// and those of its words without a group's last words ("lcmh" of Lake
// Charles Memorial Health System): the forms a domain of the name takes.
func Initials(key string) []string {
	words := strings.Fields(key)
	var out []string
	for len(words) >= 3 {
		out = append(out, Acronym(words))
		if !TrailingKindWord(words[len(words)-1]) {
			break
		}
		words = words[:len(words)-1]
	}
	return out
}

// TrailingKindWord is a word that ends a group's name and that its
// domain's initials leave out.
func TrailingKindWord(w string) bool {
	switch w {
	case "system", "systems", "group", "network":
		return true
	}
	return false
}

// LeadingName reports whether short is the first words of long, two at
// least and distinctive, its last word whole or cut short: a leak site's
// "Kanawha Valley Hospice" for the filing's "Kanawha Valley Hospice and
// Palliative Care", its truncated "Group Health Cooperative of South
// Central Wis" for "… Wisconsin".
func LeadingName(short, long string) bool {
	s, l := strings.Fields(short), strings.Fields(long)
	if len(s) < 2 || len(s) > len(l) || short == long || !Distinctive(short) {
		return false
	}
	for i, w := range s {
		switch {
		case w == l[i]:
		case i == len(s)-1 && len(w) >= 3 && strings.HasPrefix(l[i], w):
		default:
			return false
		}
	}
	return true
}

func weight(w string) float64 {
	if genericWord(w) {
		return 0.25
	}
	return 1
}

// typeWord is a word that says what kind of organisation a name is, which
// reports add or drop ("Bravis" and "ziekenhuis Bravis", "Klinikum
// Esslingen" and "Esslingen"), as opposed to the generic words that tell
// organisations apart ("North", "County", "Regional").
func typeWord(w string) bool {
	switch w {
	case "hospital", "clinic", "medical", "center", "health", "healthcare", "care", "system", "network", "group",
		"services", "azienda", "holdings", "holding", "nhs", "foundation", "trust", "laboratory", "laboratories",
		"laboratoires", "lab", "labs", "pharmacy", // round 43: "pharmacies London Drugs" and "London Drugs"
		// round 32: the kinds press in other languages adds ("laboratórios Fleury", "Psychotherapy Center
		// Vastaamo")
		"laboratorios", "laboratorio", "laboratori", "laboratorium", "psychotherapy", "rede", "rete", "zorggroep",
		"pharmaceutical", // round 45: "farmaceutica Zambon" and "Zambon"
		"irccs",          // round 45: an Italian research hospital's status, "IRCCS Ospedale San Raffaele" and "San Raffaele"
		"diagnostics",    // round 45: "LabCorp Diagnostics" and "LabCorp"
		"ziekenhuisgroep", "zorgintercommunale", "intercommunale", "klinikgruppe", "klinikverbund",
		"dental": // round 67: "Great Expressions Dental Centers" and "Great Expressions"
		return true
	}
	return CountryName(w) // the country a group's national company is named for: "Synlab Italia" (round 32)
}

// SameButType reports whether two keys differ only by type words and name
// something distinctive: "hospital bravis" and "bravis" do, "lincoln
// community health center" and "north lincoln community health center
// clinic" do not ("north").
func SameButType(a, b string) bool {
	// "Associates" a registry adds to a practice's name is no other kind
	// of organisation ("Waccamaw Radiology" / "… Associates, P.A."); in
	// place of another kind word it may be one ("Heartland Renal Care" and
	// "Heartland Renal Associates" are two).
	if a+" associates" == b {
		return Distinctive(a)
	}
	if b+" associates" == a {
		return Distinctive(b)
	}
	x, ok := sameNonTypeWords(a, b)
	return ok && Distinctive(strings.Join(x, " "))
}

// sameNonTypeWords returns a's words that are not type words, sorted, and
// whether b's are the same and not none.
func sameNonTypeWords(a, b string) ([]string, bool) {
	x, y := nonTypeWords(a), nonTypeWords(b)
	placeAdjectives(x, y)
	placeAdjectives(y, x)
	slices.Sort(x)
	slices.Sort(y)
	return x, len(x) > 0 && slices.Equal(x, y)
}

// placeAdjectives replaces each word of x that is a German adjective of a
// place word of y by that word: "Ingolstädter Klinikum" is "Klinikum
// Ingolstadt", "Zofinger" Zofingen's (round 45).
func placeAdjectives(x, y []string) {
	for i, w := range x {
		if slices.Contains(y, w) || !strings.HasSuffix(w, "er") {
			continue
		}
		for _, v := range y {
			if len(v) >= 4 && (w == v+"er" || (strings.HasSuffix(v, "en") && w == v[:len(v)-2]+"er")) {
				x[i] = v
				break
			}
		}
	}
}

// SameWordsButType reports whether two keys differ only by type words,
// however generic the words they share ("memorial health" / "memorial
// health system"): alike, for a caller that asks for corroboration.
func SameWordsButType(a, b string) bool {
	_, ok := sameNonTypeWords(a, b)
	return a != b && ok
}

// TypeStem returns a key without its type words ("commonspirit" of
// "commonspirit health"), the form SameButType compares; the key itself
// when only type words remain.
func TypeStem(key string) string {
	if out := nonTypeWords(key); len(out) > 0 {
		return strings.Join(out, " ")
	}
	return key
}

// nonTypeWords returns the words of a key that are not type words, in order.
func nonTypeWords(key string) []string {
	var out []string
	for _, w := range strings.Fields(key) {
		if !typeWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// FirstDistinctiveWord returns the first word of a key that is not a generic
// organisation word ("goodwill" of "goodwill industries greater grand
// rapids", "texas" of "university texas arlington"), or "" when every word
// is generic.
func FirstDistinctiveWord(key string) string {
	for _, w := range strings.Fields(key) {
		if DistinctiveWord(w) {
			return w
		}
	}
	return ""
}

// DistinctiveWord reports whether one word of a key is no generic word and
// has three letters at least: "dax" of "hospital dax", "waikato".
func DistinctiveWord(w string) bool { return !genericWord(w) && len(w) > 2 }

// CountryName reports whether w is a country's name as a national branch
// adds it to its group's ("Synlab Italia", "Fresenius Deutschland", "Bupa
// Australia"), in the languages read.
func CountryName(w string) bool {
	switch w {
	case "italia", "italy", "france", "deutschland", "germany", "espana", "spain", "portugal", "nederland", "netherlands",
		"belgie", "belgique", "belgium", "schweiz", "suisse", "svizzera", "switzerland", "osterreich", "austria", "uk",
		"usa", "canada", "australia", "ireland", "brasil", "brazil", "mexico", "india", "polska", "poland", "sverige",
		"sweden", "danmark", "denmark", "norge", "norway", "suomi", "finland":
		return true
	}
	return false
}

// ShortName reports whether a key is one word of four or five letters
// that names an organisation of its own ("bayer", "merck", "bupa",
// "ummc"), not a generic word nor the abbreviation of a kind of
// organisation ("ausl", "ulss"): two victims so named are the same one,
// though the word is too short to be looked for in another report's text.
func ShortName(key string) bool {
	if len(key) < 4 || len(key) > 5 || strings.ContainsRune(key, ' ') || genericWord(key) || kindAbbreviation(key) {
		return false
	}
	for _, r := range key {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// kindAbbreviation reports whether w, a word of four or five letters,
// abbreviates a kind of health body that many bear in one country: Italy's
// local and provincial health authorities, the Netherlands' municipal
// health services, France's regional hospital centres, Quebec's health
// and social services centres.
func kindAbbreviation(w string) bool {
	switch w {
	case "ausl", "ulss", "asst", "aulss", "ggds", "ares", "chru", "cisss":
		return true
	}
	return false
}

// Distinctive reports whether a key names something specific enough to be
// looked for inside another report's text: at least one non-generic word and
// at least six letters in all.
func Distinctive(key string) bool {
	if len(key) < 6 {
		return false
	}
	for _, w := range strings.Fields(key) {
		if !genericWord(w) && len(w) > 2 {
			return true
		}
	}
	return false
}
