package classify

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/geo"
	"github.com/cit-health/cit/pkg/classify/text"
	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// noticeTitle matches a notice's title that names its kind before the
// entity it concerns.
var noticeTitle = regexp.MustCompile(`(?i)^\s*(?:` + noticeOf + `|` +
	`(?:data |security )*breach notification|notification of (?:a )?(?:data |security )*(?:incident|breach)|` +
	// a law firm's "Data Breach Alert: Salud Family Health" (round 54)
	`(?:data )?breach alert|` +
	// a tracker's page of one victim: "Cyber Incident Victim: US Fertility" (round 50)
	victimLabel + `)\s*[:\-–—]\s*(\p{Lu}[^:|]{1,80})$`)

// noticeOf is a notice's kind, "Notice of Data Security Incident", and
// victimLabel a tracker's field of one victim, "Cyber Incident Victim".
const (
	noticeOf    = `notice of (?:a )?(?:data |privacy |security |cyber ?security )*(?:incident|event|breach)`
	victimLabel = `(?:cyber |ransomware |data breach )?(?:incident |attack )?victim`
)

// entityNoticeTitle matches a notice's title that names its entity before
// its kind: "Salud - NOTICE OF DATA SECURITY EVENT" (round 54).
// The separator may be left out: "The Brooklyn Hospital Center Notice of
// Data Security Incident" (round 56). So may a verb of giving it: "ATLANTIC
// GENERAL HOSPITAL PROVIDES NOTICE OF DATA PRIVACY EVENT" (round 61).
var entityNoticeTitle = regexp.MustCompile(`^\s*(\p{Lu}[^:|,]{0,80}?)\s+(?:(?i:provides|issues|gives|posts|publishes|sends|releases|files)\s+)?(?:[:\-–—|]\s*)?(?i:` + noticeOf + `)\s*$`)

// eventAtTitle matches a notice's title that names the event, then where
// it happened: "Privacy Event at Jemison Internal Medicine, PC" (round 56).
var eventAtTitle = regexp.MustCompile(`(?i)^\s*(?:data |privacy |security |cyber ?security )+(?:incident|event) at\s+(\p{Lu}[^:|]{1,80})$`)

// trackerLine is a tracker page's first line when the page has no title:
// "Cyber Incident Victim: Medical Review Institute of America Date: Nov
// 2021 Location: United States of America" (round 54). The name ends
// where the next field's label starts.
var trackerLine = regexp.MustCompile(`^\s*(?i:` + victimLabel + `)\s*[:\-–—]\s*` +
	`(\p{Lu}[^:|\n]{1,80}?)\s*(?:\s(?:Date|Location|Country|Sector|Industry|Summary|Attack|Type)\s*:|\n|$)`)

// stateAbbreviation is a US state's abbreviation in brackets that the
// press writes inside a name: "Rangely (Colo.) District Hospital",
// "Cortland (N.Y.) Regional Medical Center".
const stateAbbreviation = `\s\((?:[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|W\.\s?Va\.|Texas|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Utah)\)\s`

var (
	stateAside   = regexp.MustCompile(stateAbbreviation + `$`) // right before a name's word
	inStateAside = regexp.MustCompile(stateAbbreviation)       // inside a name
)

// stateAsideBefore returns where such an abbreviation starts in src when
// it ends right at offset at; only the few bytes before are read.
func stateAsideBefore(src string, at int) (int, bool) {
	from := max(0, at-16)
	if !strings.Contains(src[from:at], ")") {
		return 0, false
	}
	m := stateAside.FindStringIndex(src[from:at])
	if m == nil {
		return 0, false
	}
	return from + m[0], true
}

// withoutStateAside drops such an abbreviation from a name.
func withoutStateAside(name string) string {
	if !strings.Contains(name, "(") {
		return name
	}
	return inStateAside.ReplaceAllString(name, " ")
}

// nameSpan extends a health-organisation hit over the capitalised words
// around it ("Hollywood Presbyterian Medical Center", "hôpital de Rouen",
// "Klinikum Düsseldorf"). It needs at least one capitalised word besides a
// sentence-initial one.
func nameSpan(src string, toks []text.Token, first, last int) (int, int, bool) {
	lo, hi := first, last
	if first > 0 && !toks[first].Upper && officeHolder(toks[first-1].Norm) {
		return lo, hi, false // "mluvčí nemocnice Petr Ballek": the hospital's spokesman, then his name
	}
	// joined: no punctuation other than spaces, apostrophes, dots, hyphens and & between tokens a and b.
	// A sentence's full stop ends a name, the dot of "St." or "Inc." does not.
	joined := func(a, b int) bool {
		gap := src[toks[a].End:toks[b].Start]
		if dashInName(gap, toks[a]) {
			return true
		}
		return !separated(gap) && !(strings.HasPrefix(gap, ". ") && (len(toks[a].Norm) > 3 || monthOf(toks[a].Norm) > 0 ||
			acronym(src[toks[a].Start:toks[a].End])) &&
			!titleAbbreviation(toks[a].Norm)) // "Ministério da Saúde. Os utentes…", "in late May. The pharmacy chain …", "… Waikato DHB. Waikato DHB"
	}
	possessive := func(k int) bool { return possessiveS(src, toks, k) && toks[k-1].Upper } // the "s" of "St. Joseph's"
	for lo > 0 && last-lo < 6 {
		if open, ok := stateAsideBefore(src, toks[lo].Start); ok {
			// "Rangely (Colo.) District Hospital": the state the press
			// writes inside the name (round 50)
			a := lo - 1
			for a > 0 && toks[a].Start >= open {
				a--
			}
			if toks[a].End <= open && toks[a].Upper && !toks[a].Digit && strings.TrimSpace(src[toks[a].End:open]) == "" {
				lo = a
				continue
			}
		}
		if lo > 1 && strings.HasSuffix(toks[lo-1].Norm, "ing") && toks[lo-2].Norm == "by" && !toks[lo-2].Upper {
			break // a gerund after "by": "… by Threatening New Jersey Hospital With Data Leak" (round 46)
		}
		switch {
		case (toks[lo-1].Upper || possessive(lo-1)) && !toks[lo-1].Digit && joined(lo-1, lo) && !nameOpener(toks[lo-1].Norm),
			ordinalWord(toks[lo-1].Norm) && toks[lo].Upper && joined(lo-1, lo):
			lo-- // and an ordinal before a name's word: "21st Century Oncology" (round 45)
		case lo > 1 && toks[lo-1].Norm == "of" && !toks[lo-1].Upper && toks[lo-2].Upper && parentWord(toks[lo-2].Norm) &&
			joined(lo-2, lo-1) && joined(lo-1, lo):
			lo -= 2 // "University of Mississippi Medical Center"
		case lo > 1 && particle(toks[lo-1].Norm) && !toks[lo-1].Upper && speechNoun(toks[lo-2].Norm):
			return lo, hi, false // "Nach Angaben des Klinikums Lippe": who tells, not who was hit (round 49)
		case lo > 1 && particle(toks[lo-1].Norm) && !toks[lo-1].Upper && toks[lo-2].Upper && joined(lo-2, lo-1) && joined(lo-1, lo) &&
			!dataNoun(toks[lo-2].Norm) && !germanSystemNoun(toks[lo-2].Norm):
			lo -= 2 // "Garcia de Orta Hospital"; but "Daten des Centre Hospitalier …" are the hospital's data
		default:
			goto back
		}
	}
back:
	if lo < first && accordingTo(toks[lo].Norm) {
		return lo, hi, false // "Volgens de Nederlandse Vereniging van Ziekenhuizen …": who tells, not who was hit (round 49)
	}
	if lo+1 < first && sentenceStart(src, toks, lo) && openingPreposition(toks[lo].Norm) && article(toks[lo+1].Norm) {
		lo++ // "Bij de Kennemer Zorggroep kon een aanvaller …": the sentence's preposition, then its article
	}
	if lo < first && placePreposition(src, toks, lo) && !contractedPreposition(toks[lo].Norm) && toks[lo+1].Upper {
		lo++ // "Bij Gezondheidscentrum Ruwaard in Oss liggen alle computers stil" (round 44)
	}
	opened := false // the name went on from a sentence's opening word, now dropped
	if lo < first && sentenceStart(src, toks, lo) && contractedPreposition(toks[lo].Norm) {
		lo, opened = lo+1, true // "Im Klinikum Fürth schränkt ein Hackerangriff …", "Au CHU de Rouen, …": a preposition holding its article (round 33)
	}
	if lo < first && toks[lo].Upper && sentenceOpener(toks[lo].Norm) && sentenceStart(src, toks, lo) {
		lo++ // "Add Bayamón Medical Center … to the list", "Ihre Promedent Zahnarztpraxis" (round 39)
	}
	if lo < first && toks[lo].Upper && sentenceStart(src, toks, lo) && lo+1 < len(toks) && toks[lo+1].Upper && englishOpeningPreposition(toks[lo].Norm) {
		lo++ // "At Borås hospital, staff became aware …": the sentence's preposition, then the name (round 61)
	}
	if lo < first && toks[lo].Upper && interrogative(toks[lo].Norm) {
		lo++ // "Wie das Nephrologische Zentrum Hannover …": a headline's how, then the name (round 32)
	}
	if lo < first && monthOf(toks[lo].Norm) > 0 && len(toks[lo].Norm) > 4 && toks[lo+1].Upper {
		lo++ // "In February HollywoodPresbyterian Medical Center …": the month, then the name; not "Jan Yperman" (round 50)
	}
	for lo < first && article(toks[lo].Norm) && (!toks[lo].Upper || len(toks[lo].Norm) == 1 || sentenceStart(src, toks, lo)) {
		lo++ // "Die Krankenhauskette Ascension": a sentence's capitalised article is not part of the name; "Los Angeles" keeps its own
	}
	if lo < first && sentenceStart(src, toks, lo) && peopleOf(toks[lo].Norm) {
		lo++ // "Patiënten Streekziekenhuis Oost-Veluwe krijgen brief": the organisation's patients, then its name
	}
	if lo < first && sentenceStart(src, toks, lo) && (attackNoun(toks[lo].Norm) || attackCompound(toks[lo].Norm)) {
		lo++ // "Inbraakpoging ICT van Gelre ziekenhuizen": the attack on Gelre's ICT (round 44)
		if systemsOf(toks, lo, first) {
			lo += 2
		}
	}
	for hi+1 < len(toks) && hi-lo < 8 && joined(hi, hi+1) {
		switch {
		case toks[hi+1].Upper && !partOfYear(toks, hi+1) && !(hi >= last && (headlineTail(toks[hi+1].Norm) || headlinePeople(toks[hi+1].Norm))) &&
			!itUnit(src, toks, hi+1):
			hi++ // but a Title Case headline's verb ends the name: "Lake Charles Memorial Health System Impacts …", "Chattanooga Heart Institute Caught in Cyberattack", "Oregon Health Plan Members Data At Risk"
		case (connector(toks[hi+1].Norm) || toks[hi+1].Digit) && hi+2 < len(toks) && toks[hi+2].Upper && joined(hi+1, hi+2) &&
			!attackCompound(toks[hi+2].Norm):
			hi += 2 // "Hospital de Braga", "Asl 1 Abruzzo"; but "Herzzentrum Lahr den Hackerangriff" ends at Lahr
		case toks[hi+1].Norm == "for" && !toks[hi+1].Upper && toks[hi].Upper && hi+2 < len(toks) && toks[hi+2].Upper &&
			joined(hi+1, hi+2) && monthOf(toks[hi+2].Norm) == 0:
			hi += 2 // "Hospital for Sick Children", "Center for Progressive Medicine"
		case connector(toks[hi+1].Norm) && hi+3 < len(toks) && connector(toks[hi+2].Norm) && toks[hi+3].Upper &&
			joined(hi+1, hi+2) && joined(hi+2, hi+3):
			hi += 3 // "Hospital de la Santa Creu"
		case toks[hi+1].Digit && len(toks[hi+1].Norm) <= 2 && toks[hi].Upper && monthOf(toks[hi].Norm) == 0 &&
			(hi+2 >= len(toks) || !joined(hi+1, hi+2)):
			hi++ // "Asl Napoli 3, il gruppo…": a district's number ends the name
		case toks[hi].Upper && compassWord(toks[hi].Norm) && !toks[hi+1].Upper && placeAdjective(toks[hi+1].Norm):
			hi++ // a region's adjective in lower case: "Centre hospitalier de l'Ouest vosgien", "Sud francilien" (round 44)
		default:
			goto done
		}
	}
done:
	for hi > last && connector(toks[hi].Norm) {
		hi--
	}
	// Lower-case words after the capitalised name describe it: "Ardent
	// Health Services hospitals" are the hospitals of Ardent Health
	// Services, "Epic electronic health records" are no organisation.
	if toks[lo].Upper {
		end := hi
		for end > lo && !toks[end].Upper && !toks[end].Digit && !(compassWord(toks[end-1].Norm) && placeAdjective(toks[end].Norm)) {
			end--
		}
		if end < hi && toks[end].Upper && (end > lo || lo > 0) {
			hi = end
		}
	}
	described := false
	for lo < hi && lo <= last && descriptorWord(toks[lo].Norm) {
		lo, described = lo+1, true // "Krankenhauskette Ascension": the chain's name is Ascension
	}
	if toks[lo].Upper {
		if end, ok := spelledToAbbreviation(src, toks, lo, hi); ok {
			hi = end // "l'Institut national de la santé et de la recherche médicale (Inserm)" (round 62)
		}
	}
	upper := 0
	for k := lo; k <= hi; k++ {
		if toks[k].Upper && k > 0 {
			upper++
		}
	}
	// one word, after the sentence's preposition: "Im Lukaskrankenhaus läuft …";
	// or a body known by its initials: "The HSE has warned …" (round 62)
	return lo, hi, upper > 0 && (hi > lo || described || opened || lo > 0 && lo == first && hi == last && acronym(src[toks[lo].Start:toks[lo].End]))
}

// spelledToAbbreviation returns the last word of a name that goes on in
// lower case after its capitalised start up to a bracketed abbreviation its
// words' initials spell, connectors skipped or spelt: "Institut national de
// la santé et de la recherche médicale (Inserm)", "Istituto superiore di
// sanità (ISS)" (round 62). Without such an abbreviation the lower-case
// words describe the name and are no part of it.
func spelledToAbbreviation(src string, toks []text.Token, lo, hi int) (int, bool) {
	for k := hi + 1; k < len(toks) && k <= lo+14; k++ {
		t := toks[k]
		if strings.HasSuffix(src[toks[k-1].End:t.Start], "(") && t.End < len(src) && src[t.End] == ')' {
			letters := []rune(strings.ToLower(src[t.Start:t.End]))
			if len(letters) < 3 || !t.Upper {
				return 0, false
			}
			j := 0
			for w := lo; w < k; w++ {
				first := []rune(toks[w].Norm)
				if len(first) == 0 {
					return 0, false
				}
				switch {
				case j < len(letters) && first[0] == letters[j]:
					j++
				case connector(toks[w].Norm) || toks[w].Norm == "et" || toks[w].Norm == "e" || toks[w].Norm == "y" || toks[w].Norm == "und":
				default:
					return 0, false
				}
			}
			return k - 1, j == len(letters)
		}
		if toks[k].Break || toks[k].Digit {
			return 0, false
		}
	}
	return 0, false
}

// ordinalWord reports whether a token is a number's ordinal in digits:
// "21st", "2nd", "3rd", "10th".
func ordinalWord(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// titleIsName reports whether a title is an organisation's name (breach
// portals title an entry with the entity, leak sites with its domain):
// capitalised words or a domain ("Zappos.com", "collective2.com"), no
// cyberattack or loss words, up to 24 words for a joint notice's list
// ("Summit Medical Group, Emory Family Practice, Fountain City Family
// Physicians, Office of Dr. Kenneth Reese").
func titleIsName(src string, toks []text.Token, hits []text.Hit[term]) bool {
	return titleName(src, toks, hits, true)
}

// publicationWord is what a yearly publication is called: "report",
// "survey", "study", "index", "outlook".
func publicationWord(s string) bool {
	switch s {
	case "report", "survey", "study", "index", "outlook", "review", "barometer", "benchmark", "whitepaper", "rapport", "bericht",
		"informe", "rapporto", "relatorio", "studie", "etude", "estudio", "studio":
		return true
	}
	return false
}

// viaTitle returns the entity of a registry title "Entity via Party" when
// the words before "via" are a name.
func viaTitle(d *doc) (string, bool) {
	toks := d.titleToks
	v := slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "via" && !t.Upper })
	if v < 1 {
		return "", false
	}
	end := toks[v].Start
	hits := slices.DeleteFunc(slices.Clone(d.titleHits), func(h text.Hit[term]) bool { return h.Last >= v })
	if !titleName(d.title[:end], toks[:v], hits, true) {
		return "", false
	}
	return strings.Trim(d.title[:end], " ,;:"), true
}

// actorTitle reports whether the title opens with a known threat actor's
// name: EuRepoC names incidents after their actor ("Rhysida (August 2023)",
// "Daixin Team (October 2023)"), which is no victim.
func (c *Classifier) actorTitle(d *doc) bool {
	for _, h := range c.actorHits(d.titleToks) {
		if h.First == 0 {
			return true
		}
	}
	// an ambiguous alias alone before the date: "Interlock (April 2025)"
	if strings.HasSuffix(strings.TrimSpace(d.title), ")") && datedTitle.MatchString(d.title) {
		for _, h := range c.actors.Find(d.titleToks) {
			if h.First == 0 && (h.Last+3 == len(d.titleToks) || h.Last+2 == len(d.titleToks)) { // "(April 2025)", "(2024)"
				return true
			}
		}
	}
	return false
}

// versusVictim returns the name after the title's "vs." when the words
// after it are one name: "Lazarus vs. JumpCloud", "Sandworm vs. Georgia -
// 2019" (a place is no name: nothing).
func (c *Classifier) versusVictim(d *doc) (lo, hi int, ok bool) {
	toks := d.titleToks
	v := slices.IndexFunc(toks, func(t text.Token) bool { return t.Norm == "vs" || t.Norm == "versus" })
	if v < 1 || v+1 >= len(toks) {
		return 0, 0, false
	}
	lo, hi = v+1, v+1
	for hi+1 < len(toks) && !toks[hi+1].Break && !toks[hi+1].Digit {
		hi++
	}
	if !toks[lo].Upper || slices.ContainsFunc(toks[lo:hi+1], func(t text.Token) bool { return !t.Upper && !connector(t.Norm) }) {
		return 0, 0, false // "Anonymous vs. the government of …": a phrase, not a name
	}
	p := d.parts()[0]
	if !c.validName(p, coverage(p), lo, hi) {
		return 0, 0, false
	}
	return lo, hi, true
}

// colonVictim returns the name before a title's colon when it is a whole
// health organisation's name and the rest tells of an attack.
func (c *Classifier) colonVictim(d *doc) (lo, hi int, ok bool) {
	p := d.parts()[0]
	toks := p.toks
	k := slices.IndexFunc(toks, func(t text.Token) bool { return strings.HasPrefix(strings.TrimLeft(p.src[t.End:], " "), ":") })
	if k < 1 || k+2 >= len(toks) {
		return 0, 0, false
	}
	cov := coverage(p)
	health, attack := false, false
	for i := 0; i <= k; i++ {
		if (!toks[i].Upper && !connector(toks[i].Norm) && !(toks[i].Norm == "s" && i > 0)) || toks[i].Norm == "and" {
			return 0, 0, false // "Guy's and St Thomas' and King's College Hospital: …" may list several
		}
		health = health || cov[i] == kHealthOrg || (cov[i] == kHealthWeak && orgKindWord(toks[k].Norm)) // "… Regional Healthcare"
		if toks[i].Norm == "s" && i > 0 && i < k && cov[i-1] == kHealthOrg && cov[i+1] != kHealthOrg {
			return 0, 0, false // "Cancer Clinic’s Chilling Ultimatum: Pay Ransom …": what the clinic faces, not its name
		}
	}
	for i := k + 1; i < len(toks); i++ {
		attack = attack || cov[i] == kCyber
	}
	// "CareFirst Cyberattack: 1.1 Million Members Affected": the attack
	// the headline is about follows the name before the colon (round 50)
	end := k
	for end > 0 && (attackNoun(toks[end].Norm) || (cov[end] == kCyber && !toks[end].Digit)) {
		attack, end = true, end-1
	}
	if !(health || (p.hasKnown && p.known.First == 0)) || !attack || !c.validName(p, cov, 0, end) {
		return 0, 0, false
	}
	return 0, end, true
}

// placeTitle reports whether the title is only a place's name: EuRepoC
// names some incidents after the country ("Uganda", "Papua New Guinea"),
// which is no victim.
func (c *Classifier) placeTitle(d *doc) bool {
	ms := c.placesOf(d).title
	if len(ms) != 1 || ms[0].First != 0 || ms[0].Last != len(d.titleToks)-1 {
		return false
	}
	return ms[0].Kind == geo.KindCountry // not "Phoenix", "Sutter County" or "Internal Revenue Service", which registries list
}

// datedTitle is the month and year EuRepoC adds to an incident's name:
// "NHLS (June 2024)", "Interlock (April 2025)".
// leadingDate is a tracker's date and US state code before the name it
// lists: "05-22-2023 IA Clarke County Hospital" (round 46).
var leadingDate = regexp.MustCompile(`^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})\s+(?:(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|PR)\s+)?`)

var datedTitle = regexp.MustCompile(`\s*\((?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\)\s*$`)

// titleName is titleIsName, with domains ("Zappos.com") taken for names
// only when domains is true.
func titleName(src string, toks []text.Token, hits []text.Hit[term], domains bool) bool {
	if len(toks) == 0 || len(toks) > 24 {
		return false
	}
	// A legal form ends a name, not a headline: "Accurate Claims
	// Solutions, Inc." holds a headline's verb, "Franklin's Budget Car
	// Sales, Inc." a loss word, as words of its name.
	legal := len(toks) > 1 && legalForm(toks[len(toks)-1].Norm)
	for _, h := range hits {
		if k := h.Value.kind; k == kCyber || k == kVuln || (k == kLoss && !legal) { // not kBio: "Children's Hospital"
			return false
		}
	}
	if securityTopic(toks) {
		return false // a topic in a German title's capitals: "Bessere IT-Sicherheit in Krankenhäusern" (round 64)
	}
	if !legal && strings.Contains(src, ":") && slices.ContainsFunc(toks, func(t text.Token) bool { return t.Norm == "breach" || t.Norm == "breaches" }) {
		return false // a headline's breach of any kind: "Exposed Health Data: Blue Shield of California’s Privacy Breach" (round 69)
	}
	aside := asides(src, toks)
	if aside[0] || strings.Contains(src, "?") { // "Legit Or Quit?": a headline's question
		return false
	}
	if n := len(toks); n > 1 && !legal && publicationWord(toks[n-1].Norm) && slices.ContainsFunc(toks, func(t text.Token) bool { return yearOf(t) > 0 }) {
		return false // a year's publication: "Ponemon 2024 Healthcare Report" (round 46)
	}
	for i, t := range toks {
		if aside[i] {
			continue
		}
		if !t.Upper && !t.Digit && !connector(t.Norm) && !nameFiller(t.Norm) && !(domains && domainLabel(src, toks, i)) &&
			!hyphenInner(src, toks, i) && !innerCapital(src[t.Start:t.End]) {
			return false
		}
		if t.Norm == "its" && i > 0 && (toks[i-1].Norm == "and" || (i > 2 && toks[i-1].Norm == "of" && toks[i-2].Norm == "behalf")) {
			continue // a filing's "… LLC and its affiliates", "… on behalf of its skilled nursing facilities"
		}
		if headlineWord(t.Norm) && !legal && !nameWordAfterAll(src, toks, i) {
			return false
		}
		if i > 0 && t.Norm == "risk" && toks[i-1].Norm == "at" && !legal {
			return false // "Oregon Health Plan Members Data At Risk": a headline's state of things (round 40)
		}
		if i == 1 && peopleNoun(toks[0].Norm) && t.Norm == "of" && !legal {
			return false // "Patients of Oklahoma State University Center for Health Sciences Informed of PHI Breach" (round 54)
		}
		if i == 1 && noticeNoun(toks[0].Norm) && (noticeAbout(t.Norm) || strings.HasSuffix(t.Norm, "ed")) && !legal {
			return false // "Notification Issued In MI On Possible Patient Data Exposure": a notice's title (round 41)
		}
		if i > 0 && headlineVerbS(t.Norm) && !legal {
			return false // a Title Case headline's verb: "Medical Imaging Devices Running Outdated Windows Versions, Report Finds"
		}
		if i > 0 && toks[i-1].Digit && t.Norm != "m" && multiplier(t.Norm) >= 1e6 && !legal {
			return false // a headline's count: "Kembali Beraksi, Bjorka Klaim Jual 3,2 Miliar Data PeduliLindungi" (round 66)
		}
		if i > 0 && i < len(toks)-1 && attackHeadWord(t.Norm) && !legal {
			return false // an attack's noun a lexicon phrase took in: "The Corewell Health Data Breach Affects 1 Million Patients" (round 44)
		}
		if i == 0 && len(toks) > 2 && attackHeadWord(t.Norm) && toks[1].Norm == "of" && !legal && (dataWord(toks[2].Norm) ||
			slices.ContainsFunc(hits, func(h text.Hit[term]) bool { return h.First == 2 && h.Value.kind == kHealthData })) {
			// an event's title, the data first: "Breach of Patient Information at University of Washington Medical
			// Center"; not a registry's "Hijacking of Yandex Taxi in Moscow" (round 47)
			return false
		}
	}
	return true
}

// securityTopic reports whether a title names IT or cyber security as a
// topic: "IT-Sicherheit", "Cybersicherheit", "cybersécurité". Not plain
// "Security", which health agencies' names hold ("UK Health Security
// Agency").
func securityTopic(toks []text.Token) bool {
	_, _, ok := securityTopicAt(toks)
	return ok
}

// securityTopicAt returns the first and last token of the title's security
// topic (securityTopic).
func securityTopicAt(toks []text.Token) (int, int, bool) {
	for i, t := range toks {
		switch t.Norm {
		case "cybersecurity", "cybersicherheit", "cybersecurite", "ciberseguridad", "cybersicurezza", "ciberseguranca",
			"cyberveiligheid", "cybersecuriteit", "informationssicherheit", "datensicherheit", "itsicherheit":
			return i, i, true
		case "sicherheit", "security", "securite", "seguridad", "sicurezza", "seguranca", "beveiliging":
			if i > 0 && (toks[i-1].Norm == "it" || toks[i-1].Norm == "cyber") {
				return i - 1, i, true
			}
		}
		if otherSecurityTopic(t.Norm) {
			return i, i, true
		}
		if i > 0 && otherSecurityPair(toks[i-1].Norm, t.Norm) {
			return i - 1, i, true
		}
	}
	return 0, 0, false
}

// otherSecurityTopic is cyber or IT security as one word in the languages
// beyond the seven: "Кибербезопасность в здравоохранении", "Cyberbezpieczeństwo
// szpitali", "Kyberturvallisuus sairaaloissa" (round 66).
func otherSecurityTopic(w string) bool {
	for _, stem := range [...]string{"кибербезопасност", "кібербезпек", "киберсигурност", "cyberbezpieczenstw",
		"kyberbezpecnost", "cybersakerhet", "informationssakerhet", "cybersikkerhed", "cybersikkerhet",
		"kyberturvallisuu", "kiberbiztonsag", "κυβερνοασφαλει", "kuberturvalisus", "kiberdrosib", "kiberbezbednost"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return w == "tietoturva" || w == "tietoturvan" // not "tietoturvaloukkaus", a breach
}

// otherSecurityPair is cyber or IT security written as two words in those
// languages: "kybernetická bezpečnost", "siber güvenlik", "securitate
// cibernetică", "الأمن السيبراني", "אבטחת סייבר", "kibernetinis saugumas".
func otherSecurityPair(a, b string) bool {
	switch a + " " + b {
	case "kyberneticka bezpecnost", "kybernetickej bezpecnosti", "kyberneticke bezpecnosti",
		"siber guvenlik", "siber guvenligi", "securitate cibernetica", "securitatea cibernetica", "securitatii cibernetice",
		"الامن السيبراني", "אבטחת סייבר", "kibernetinis saugumas", "kibernetinio saugumo", "kiberneticka sigurnost",
		"kiberneticke sigurnosti", "it sakerhet", "it sakerheten", "it sikkerhed", "it sikkerhet", "informacijska varnost",
		"bezpieczenstwo cyfrowe":
		return true
	}
	return false
}

// camelCase reports whether a word holds a capital right after a small
// letter, as brands join their words: "MédecinDirect", "ClinicPro" (round
// 40). "NHS" and "DHB" do not.
func camelCase(w string) bool {
	prev := ' '
	for _, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// innerCapital reports whether a word opening in lower case holds a capital
// further on, as brands write themselves: "comScore", "iTunes", "eHealth".
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// asides marks the tokens inside brackets, a registry's aside on the
// name before them: "North Fork Bank (now Capital One Bank)", "iBill
// [disputed]", "Expedia Corporate Travel (now Egencia)".
func asides(src string, toks []text.Token) []bool {
	in := make([]bool, len(toks))
	depth, at := 0, 0
	for i, t := range toks {
		gap := src[at:t.Start]
		for j, r := range gap {
			switch r {
			case '(', '[':
				if i > 0 && (j == 0 || gap[j-1] != ' ') { // "Trick(ing)": part of a word
					continue
				}
				depth++
			case ')', ']':
				depth = max(depth-1, 0)
			}
		}
		at = t.End
		in[i] = depth > 0
		if in[i] && (i == 0 || !in[i-1]) && (t.Norm == "aka" || t.Norm == "via") {
			return make([]bool, len(toks)) // an alias or a credit ("(aka CharmingKitten)", "(via @YahooHealth)"): no aside of a name
		}
	}
	return in
}

// nameWordAfterAll reports whether the headline word at toks[i] is a word
// of a name: "Hawthorne Claims Services", "Democratic Congressional
// Campaign Committee", "Orion Managed IT Services", "Under Armour".
func nameWordAfterAll(src string, toks []text.Token, i int) bool {
	t := toks[i]
	switch {
	case (t.Norm == "claims" || t.Norm == "campaign") && i+1 < len(toks) && toks[i+1].Upper:
		return true
	case t.Norm == "it" && src[t.Start:t.End] == "IT": // information technology, not the pronoun
		return true
	case t.Norm == "under" && i == 0 && len(toks) > 1 && toks[1].Upper:
		return true
	case t.Norm == "our" && i+1 < len(toks) && toks[i+1].Norm == "lady": // "Our Lady of Lourdes Hospital"
		return true
	}
	return false
}

// hyphenInner reports whether toks[i] stands inside a hyphenated name,
// between two capitalised words: the "fil" of "Chick-fil-A".
func hyphenInner(src string, toks []text.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].Upper && toks[i+1].Upper &&
		src[toks[i-1].End:toks[i].Start] == "-" && src[toks[i].End:toks[i+1].Start] == "-"
}

// domainLabel reports whether toks[i] is one label of a domain name: joined
// to the token before or after it by a lone dot ("www.podiatry.com").
func domainLabel(src string, toks []text.Token, i int) bool {
	dot := func(a, b int) bool { return src[toks[a].End:toks[b].Start] == "." }
	if i > 0 && dot(i-1, i) {
		return true
	}
	return i+1 < len(toks) && dot(i, i+1)
}

// foundVictim is what findVictim read of a document.
type foundVictim struct{ name, rule, titleForm string }

// victimOf is findVictim, read once per document: the sector rule and the
// victim field both ask for it.
func (c *Classifier) victimOf(d *doc, cand cit.Candidate, english bool) (victim, rule, titleForm string) {
	if d.found == nil {
		n, r, t := c.findVictim(d, cand, english)
		d.found = &foundVictim{n, r, t}
	}
	return d.found.name, d.found.rule, d.found.titleForm
}

// victim names the attack's victim with the evidence for it; a name found
// in the text takes the form "Full Name (ABBR)" where the report writes it
// so (nameWithAbbreviation).
func (c *Classifier) victim(d *doc, cand cit.Candidate, english bool, out *cit.Classification, reason func(field, value, rule, span string, w float64)) {
	name, rule, titleForm := c.victimOf(d, cand, english)
	if name == "" {
		return
	}
	if strings.HasPrefix(rule, "text:") {
		if cand.Lang == "de" {
			name = c.withoutGermanHead(withoutGermanArticle(name))
		}
		if cand.Lang == "hu" {
			name = withoutHungarianArticle(name) // "Az Egis Gyógyszergyárat" (round 66)
		}
		name = c.withoutPossessive(withoutDescriptor(withoutMeasureOf(withoutCompanyKind(name))))
		if english {
			name = withoutLowerTail(withoutLowerDescriptor(name))
		}
	}
	if !strings.HasPrefix(rule, "field:") {
		if name = withoutOfficer(withoutStateAside(withoutFilingTail(withoutCaseTail(withoutStatePrefix(name))))); name == "" {
			return
		}
		if utf8.RuneCountInString(name) < 2 && rule == "text:named_health_organisation" {
			return // a letter left of "dental X-rays" (round 57); but X, the platform, is attacked
		}
	}
	out.Victim = name
	reason("victim", name, rule, name, 0)
	if titleForm != "" && titleForm != name {
		// the title's form of the victim ("l'hôpital de Corbeil-Essonnes"
		// for the lead's "Centre hospitalier Sud Francilien"): another name
		// of it, for the reports that use only that one
		reason("victim", titleForm, cit.RuleVictimTitleForm, titleForm, 0)
	}
	if strings.HasPrefix(rule, "text:") {
		if full, ok := c.nameWithAbbreviation(d, name, english); ok {
			full = c.withoutPossessive(withoutDescriptor(full)) // "Gesundheitsbehörde Health Service Executive (HSE)"
			if cand.Lang == "de" {
				full = c.withoutGermanHead(full) // "Medienmitteilung der Psychiatrie Baselland (PBL)" (round 68)
			}
			out.Victim = full
			reason("victim", full, "text:name_and_abbreviation", full, 0)
		} else if abbr, ok := titleAbbreviationOf(d, name); ok {
			full := name + " (" + abbr + ")"
			out.Victim = full
			reason("victim", full, "text:name_and_title_abbreviation", abbr, 0)
		}
		if trade := tradeNameOf(d.body, name); trade != "" {
			full := out.Victim + " d/b/a " + trade
			out.Victim = full
			reason("victim", full, "text:name_and_trade_name", trade, 0)
		}
	}
}

// tradeNameOf returns the name the organisation trades under when the
// text writes it after the victim's legal name: "Community Psychiatry
// Management LLC, doing business as Mindpath Health, reached …" gives
// "Mindpath Health" (round 68). The press names the organisation by either.
func tradeNameOf(body, name string) string {
	i := strings.Index(body, name)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(body[i+len(name):], " ,(")
	lower := strings.ToLower(rest)
	marker := ""
	for _, m := range []string{"doing business as ", "d/b/a ", "dba "} {
		if strings.HasPrefix(lower, m) {
			marker = m
			break
		}
	}
	if marker == "" {
		return ""
	}
	rest = rest[len(marker):]
	var words []string
	for _, w := range strings.Fields(rest) {
		trimmed := strings.TrimRight(w, ",.;:)")
		r, _ := utf8.DecodeRuneInString(trimmed)
		if trimmed == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || trimmed == "&" || trimmed == "of") || len(words) == 6 {
			break
		}
		words = append(words, trimmed)
		if trimmed != w {
			break // its comma or full stop ends it
		}
	}
	for len(words) > 0 && words[len(words)-1] == "of" {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// titleAbbreviationOf returns the abbreviation of name the title writes
// for it, of its capitalised words' initials: "AIIMS servers down for a
// sixth day" over a text naming the "All India Institute of Medical
// Sciences" (round 60). Reports that name the victim only by the
// abbreviation are then reports of the same name.
func titleAbbreviationOf(d *doc, name string) (string, bool) {
	if strings.Contains(name, "(") {
		return "", false
	}
	var initials []rune
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	if len(initials) < 3 {
		return "", false
	}
	want := string(initials)
	if slices.Contains(strings.Fields(name), want) {
		return "", false // the name holds it already: "TAP Air Portugal"
	}
	for _, t := range d.titleToks {
		if w := d.title[t.Start:t.End]; w == want {
			return w, true
		}
	}
	return "", false
}

// withoutOfficer cuts a name before an officer's title and name that
// follow it: "HSE CEO Paul Reid said …" names the HSE (round 50).
func withoutOfficer(name string) string {
	words := strings.Fields(name)
	for i := 1; i < len(words); i++ {
		switch strings.ToLower(strings.Trim(words[i], ".,;:'\"’")) {
		case "ceo", "cio", "ciso", "cfo", "coo", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder":
			return strings.Join(words[:i], " ")
		}
	}
	return name
}

// withoutCaseTail drops the legal case or the crisis a headline writes
// after the victim's name: "San Diego American Indian Health Center
// Settlement" names the health center, "Petersen Health Care Bankruptcy
// Crisis" Petersen Health Care (round 67). Two words of the name stay.
func withoutCaseTail(name string) string {
	words := strings.Fields(name)
	n := len(words)
	word := func(i int) string { return strings.ToLower(strings.Trim(words[i], ".,;:'\"’")) }
	for n > 2 {
		switch word(n - 1) {
		case "settlement", "settlements", "lawsuit", "lawsuits", "litigation", "bankruptcy":
			n--
			continue
		case "crisis", "filing":
			if n > 3 && word(n-2) == "bankruptcy" {
				n -= 2
				continue
			}
		case "action":
			if n > 3 && word(n-2) == "class" {
				n -= 2 // "… Class Action Settlement Website"
				continue
			}
		case "form", "website", "faq", "faqs":
			// a settlement's page: "AllCare Plus Pharmacy Settlement Claim
			// Form", "… Settlement Website" (round 68)
			k := n - 1
			if k > 1 && word(k-1) == "claim" {
				k--
			}
			if k > 1 && (word(k-1) == "settlement" || word(k-1) == "lawsuit" || word(k-1) == "action") {
				n = k
				continue
			}
		}
		break
	}
	if n == len(words) {
		return name
	}
	return strings.Join(words[:n], " ")
}

// withoutStatePrefix drops a US state's code and its comma before a name,
// as a breach tracker's headline writes them: "CA, San Diego American
// Indian Health Center: over 27,000 people are affected" (round 67).
func withoutStatePrefix(name string) string {
	code, rest, ok := strings.Cut(name, ", ")
	if !ok || len(code) != 2 || !geo.USStateCode(code) || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return name
	}
	return rest
}

// withoutFilingTail drops the law or the filing a headline writes after
// the victim's name: "Advantage Dental HIPAA breach" names Advantage
// Dental, "West Pharma SEC 8-K on ransomware halt" West Pharma (round 50),
// and a filing's item after it too: "West Pharmaceutical Services SEC 8-K
// Item 1.05" (round 62).
func withoutFilingTail(name string) string {
	words := strings.Fields(name)
	word := func(i int) string { return strings.ToLower(strings.Trim(words[i], ".,;:'\"’")) }
	filing := func(w string) bool {
		switch w {
		case "hipaa", "sec", "8-k", "10-k", "10-q", "gdpr", "rgpd", "dsgvo":
			return true
		}
		return false
	}
	furniture := func(w string) bool {
		return filing(w) || w == "item" || w == "form" || w == "filing" || strings.Trim(w, "0123456789.") == ""
	}
	for i := 1; i < len(words); i++ {
		if !filing(word(i)) {
			continue
		}
		rest := true
		for j := i + 1; j < len(words); j++ {
			rest = rest && furniture(word(j))
		}
		if rest {
			return strings.Join(words[:i], " ")
		}
	}
	return name
}

// genitiveLink is the word that makes a name the complement of the noun
// before it: "des", "der", "of", "de", "du", "di", "van".
func genitiveLink(s string) bool {
	switch s {
	case "des", "der", "of", "de", "du", "di", "del", "della", "van", "do", "da":
		return true
	}
	return false
}

// supplierNoun is a supplier's kind, in the languages read: "vendor",
// "Softwareanbieter", "IT-Dienstleister", "fournisseur", "prestataire",
// "proveedor", "fornitore", "leverancier", "fornecedor".
func supplierNoun(s string) bool {
	switch s {
	case "vendor", "supplier", "contractor", "subcontractor", "fournisseur", "prestataire", "sous-traitant", "proveedor",
		"proveedora", "fornitore", "leverancier", "toeleverancier", "fornecedor", "fornecedora":
		return true
	}
	for _, end := range []string{"anbieter", "dienstleister", "zulieferer", "lieferant"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// legalAction reports whether toks[lo:hi+1], read as a name before an
// attack word, is a lawsuit's words: "Settles Class Action Data Breach
// Lawsuit" (round 46).
func legalAction(toks []text.Token, lo, hi int) bool {
	return hi == lo+1 && toks[lo].Norm == "class" && toks[hi].Norm == "action"
}

// withoutMeasureOf drops a headline's measure or consequence of the attack
// before the victim's name: "Toll of DaVita", "Fallout of Kettering
// Health", "Cost of Change Healthcare" (round 46).
func withoutMeasureOf(name string) string {
	head, rest, ok := strings.Cut(name, " of ")
	if !ok || rest == "" || strings.Contains(head, " ") || !unicode.IsUpper([]rune(rest)[0]) ||
		(!strings.Contains(rest, " ") && dataNoun(strings.ToLower(rest))) {
		return name // "Victims of the Petya", "Cost of Data"
	}
	switch strings.ToLower(head) {
	case "toll", "cost", "costs", "fallout", "aftermath", "impact", "extent", "scope", "scale", "price", "wake", "details",
		"timeline", "anatomy", "lessons", "tally", "bill", "damage", "effects", "consequences", "size":
		return rest
	}
	return name
}

// name is the text of tokens lo to hi without the punctuation around it,
// nor a month a headline's capitals joined to it ("HealthEC July intrusion
// exposed …").
func (p part) name(lo, hi int) string {
	for hi > lo && monthOf(p.toks[hi].Norm) > 0 && len(p.toks[hi].Norm) > 3 && p.toks[hi].Norm != "mars" { // not "AZ Sint-Jan"
		hi--
	}
	if hi-1 > lo && (p.toks[hi-1].Norm == "am" || p.toks[hi-1].Norm == "im") && germanTimeNoun(p.toks[hi].Norm) {
		hi -= 2 // when, not where: "auf die Johannesstift Diakonie am Wochenende" (round 44)
	}
	// a Title Case headline's attack word after the name: "Privacy
	// Commissioner Report on eHealth Saskatchewan Cyberattack" (round 42)
	if k := hi; k > lo && p.toks[k].Upper && attackHeadWord(p.toks[k].Norm) &&
		p.toks[k-1].Upper && !p.toks[k].Break && !connector(p.toks[k-1].Norm) && !article(p.toks[k-1].Norm) {
		hi--
	}
	for lo < hi && p.toks[lo].Upper && headlineQualifier(p.toks[lo].Norm) {
		lo++ // "Potential Michigan Medicine data breach may affect 33K" (round 42)
	}
	for k := lo + 1; k < hi; k++ {
		// a Title Case headline's attack noun inside the span ends the name:
		// "Anne Arundel Dermatology Breach Exposed 1.9 Million …" (round 44)
		if t := p.toks[k]; t.Upper && attackHeadWord(t.Norm) {
			hi = k - 1
			if hi > lo && p.toks[hi].Norm == "data" {
				hi-- // "Lakeshore Health Data Breach"
			}
			for hi > lo && (connector(p.toks[hi].Norm) || p.toks[hi].Norm == "for") {
				hi--
			}
			break
		}
	}
	return strings.Trim(p.src[p.toks[lo].Start:p.toks[hi].End], " ,.;:'\"")
}

// germanOrgNoun is a German noun for a kind of organisation, capitalised
// as German nouns are: "Verbund", "Konzern", "Betreiber".
func germanOrgNoun(s string) bool {
	switch s {
	case "verbund", "konzern", "betreiber", "trager", "dienstleister", "unternehmen", "firma", "holding", "gesellschaft",
		"verbunds", "verbundes", "konzerns", "konzernes", "betreibers", "tragers", "dienstleisters", "unternehmens":
		return true
	}
	return false
}

// germanTimeNoun is a German noun of a time that "am" or "im" puts after
// a name: "am Wochenende", "am Montag", "im Dezember".
func germanTimeNoun(s string) bool {
	switch s {
	case "wochenende", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "morgen", "abend",
		"vormittag", "nachmittag", "wochenanfang", "jahresanfang", "fruhjahr", "sommer", "herbst", "winter":
		return true
	}
	return monthOf(s) > 0
}

// cyberNoun is a one-word name of a cyberattack.
func cyberNoun(s string) bool {
	switch s {
	case "cyberattack", "cyberattacks", "cyber-attack", "ransomware", "cyberangriff", "cyberattaque", "ciberataque", "cyberaanval":
		return true
	}
	return false
}

// smallNumberWord is a count written in words, as headlines open with one
// ("Five Southern Ontario hospitals impacted …").
func smallNumberWord(s string) bool {
	switch s {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "dozens":
		return true
	}
	return false
}

// lateNamedFirst reports whether the name at lo of a body part is first
// named past its lateSentence: neither the title nor the lead before it
// holds its first word ("The attack targeted PerCSoft … PerCSoft said it
// has obtained a decryption tool" is the lead's name).
func lateNamedFirst(d *doc, p part, lo int) bool {
	sent := storySentenceNumbers(d.title, p.src, p.toks)
	first := lo // the name's own first word: "clinic" of "Hospital Clínic de Barcelona", not its kind (round 53)
	for first+1 < len(p.toks) && first < lo+2 && orgKindWord(p.toks[first].Norm) && p.toks[first+1].Upper && !p.toks[first+1].Break {
		first++
	}
	norm := p.toks[first].Norm
	if sent[lo] <= lateSentence || slices.ContainsFunc(d.titleToks, func(t text.Token) bool { return t.Norm == norm }) {
		return false
	}
	for k := range lo {
		if sent[k] <= lateSentence && p.toks[k].Norm == norm {
			return false
		}
	}
	return true
}

// lateSentence is the last sentence of a body (counted without its
// furniture) where an attack's object is taken before any health
// organisation the body names.
const lateSentence = 3

// headlineQualifier is a headline's word that qualifies the news, not the
// name it stands before in Title Case.
func headlineQualifier(s string) bool {
	switch s {
	case "potential", "possible", "suspected", "alleged", "apparent", "massive", "huge", "latest", "recent", "reported", "confirmed",
		"widespread", "coordinated", "sophisticated", "ongoing":
		return true
	}
	return false
}

// withoutLowerDescriptor drops a lower-case word before an English name:
// "drugmaker Sun Pharmaceutical Industries" is Sun Pharmaceutical
// Industries (round 42). English names open with a capital.
func withoutLowerDescriptor(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || len(first) < 5 || rest == "" || !unicode.IsUpper([]rune(rest)[0]) || strings.ToLower(first) != first ||
		strings.ContainsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return name
	}
	return rest
}

// withoutCompanyKind drops a Romance description of a company's kind
// written in lower case before its name: "seguros de saúde Medibank" is
// Medibank, "l'assureur santé Medibank" too (round 63). A kind followed by
// its place ("groupe hospitalier de Versailles") or a hospital's own name
// ("centre hospitalier Sud Francilien") is left whole: only companies'
// kinds are dropped.
func withoutCompanyKind(name string) string {
	words := strings.Fields(name)
	company := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			switch strings.TrimPrefix(strings.TrimPrefix(text.Fold(w), "l'"), "l’") {
			case "seguros", "seguradora", "aseguradora", "assureur", "assicurazione", "assicurazioni", "compagnia", "compagnie",
				"empresa", "compania", "companhia", "societa", "societe", "operadora", "mutuelle", "mutua":
				company = true
			}
			continue
		}
		if i == 0 || !company || genitiveLink(strings.ToLower(words[i-1])) {
			return name
		}
		return strings.Join(words[i:], " ")
	}
	return name
}

// withoutLowerTail drops a lower-case kind word after an English name:
// "Dekalb Health hospital reported …" is Dekalb Health (round 56).
// English names end with a capital.
func withoutLowerTail(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	last, prev := words[len(words)-1], words[len(words)-2]
	if !unicode.IsUpper([]rune(prev)[0]) {
		return name
	}
	switch last {
	case "hospital", "hospitals", "clinic", "clinics", "practice", "system", "network", "group", "center", "centre", "facility":
		return strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(name), last), " ")
	}
	return name
}

// withoutGermanArticle drops the German article a sentence's subject
// opens with: "Die Klinik Santa Chiara ist Opfer eines Cyberangriffs" is
// Klinik Santa Chiara (round 41). German names of places and
// organisations do not open with one (English "Des Moines" does).
func withoutGermanArticle(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if germanConjunction(first) && ok {
		// a subordinate clause's opening, then its article in lower case:
		// "Nachdem das Pharmaunternehmen Octapharma Plasma … festgestellt
		// hat" (round 45)
		if art, after, ok := strings.Cut(rest, " "); ok && after != "" && (germanArticle(art) || capitalArticle(art)) {
			return after
		}
		return name
	}
	if ok && rest != "" && (capitalArticle(first) || germanArticle(first)) {
		return rest // "das Labor Novogenia", whose article the lexicon's "das labor" takes in (round 57)
	}
	return name
}

// capitalArticle is a German definite article opening a sentence: "Die",
// "Der", "Das".
func capitalArticle(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && germanArticle(strings.ToLower(w[:1])+w[1:])
}

// germanArticle is a German definite article in lower case.
func germanArticle(w string) bool {
	switch w {
	case "die", "der", "das", "dem", "den", "des":
		return true
	}
	return false
}

// germanConjunction opens a German subordinate clause, never a name.
func germanConjunction(w string) bool {
	switch w {
	case "Nachdem", "Weil", "Als", "Während", "Seit", "Seitdem", "Obwohl", "Wenn", "Bevor", "Nachdem,":
		return true
	}
	return false
}

// withoutGermanHead drops a German noun and its genitive article before a
// health organisation's name: "Bereichen des Evangelischen Krankenhauses"
// is the Evangelisches Krankenhaus, "Häusern des Franziskus Hospitals
// Bielefeld" the Franziskus Hospital (round 43). A head that is itself a
// health organisation's word stays: "Klinikum der Universität München".
func (c *Classifier) withoutGermanHead(name string) string {
	head, rest, ok := strings.Cut(name, " ")
	if !ok {
		return name
	}
	art, rest, ok := strings.Cut(rest, " ")
	if !ok || (art != "des" && art != "der") || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return name
	}
	healthOrg := func(s string) bool {
		return slices.ContainsFunc(c.termHits(text.Tokenize(s)), func(h text.Hit[term]) bool { return h.Value.kind == kHealthOrg })
	}
	if ownedPart(strings.ToLower(head)) {
		return rest // "Einrichtungen der SRH Holding": the holding's facilities (round 53)
	}
	if healthOrg(head) || !healthOrg(rest) {
		return name
	}
	return rest
}

// ownedPart is a German noun of what an organisation has, before its name
// in the genitive: "Einrichtungen der SRH Holding", "Server des
// Klinikverbunds" (round 53).
func ownedPart(s string) bool {
	switch s {
	case "einrichtungen", "einrichtung", "standorte", "standort", "tochter", "tochterfirma", "tochtergesellschaft",
		"systeme", "server", "netzwerk", "daten", "webseite", "homepage", "verwaltung", "mitarbeiter", "mitarbeitende":
		return true
	}
	return false
}

// withoutDescriptor drops a German description before a name that every
// pattern may have taken in: "Klinikbetreiber Ameos" is Ameos,
// "Labor-Dienstleister Synlab" is Synlab.
func withoutDescriptor(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	if ok && nameOpener(strings.ToLower(first)) {
		// "Selon l’Assistance Publique-Hôpitaux de Paris (APHP)": an
		// opener, then the name's elided article (round 39)
		for _, art := range []string{"l’", "l'", "L’", "L'"} {
			if after, cut := strings.CutPrefix(rest, art); cut && after != "" && unicode.IsUpper([]rune(after)[0]) {
				return after
			}
		}
	}
	if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return name
	}
	if descriptorCompound(strings.ToLower(first)) || nameOpener(strings.ToLower(first)) {
		return rest // "Yesterday Medibank said …" (round 32)
	}
	if second, after, ok := strings.Cut(rest, " "); ok && strings.HasSuffix(first, "er") && descriptorCompound(strings.ToLower(second)) &&
		after != "" && unicode.IsUpper([]rune(after)[0]) {
		return after // a place's adjective and a kind: "Zofinger Pharmazulieferer Siegfried" (round 45)
	}
	return name
}

// withoutPossessive drops a country's possessive before an organisation's
// own name and the possessive after an abbreviation: "New Zealand's
// MediMap" is MediMap, "WSG's" WSG (round 40). A public body keeps its
// country, which is part of what names it ("Kenya's Ministry of Health",
// "Latvia's National Health Service"); a city's says which hospital
// ("Barcelona's Hospital Clinic"); "St. Joseph's" keeps its own.
func (c *Classifier) withoutPossessive(name string) string {
	for _, s := range []string{"'s", "’s"} {
		if rest, ok := strings.CutSuffix(name, s); ok && acronym(rest) {
			return rest
		}
		if rest, ok := strings.CutSuffix(name, s); ok && rest != "" {
			// round 45: the possessive of a name ending in its kind ("Hackers
			// broke into UCLA Health System's computer network") or of a
			// one-word name ("Bitmarck’s"); "St. Joseph's" keeps its own
			words := strings.Fields(rest)
			if last := words[len(words)-1]; (len(words) > 1 && (orgKindWord(text.Fold(last)) || placeKindWord(text.Fold(last)))) ||
				(len(words) == 1 && len([]rune(last)) >= 4 && unicode.IsUpper([]rune(last)[0])) || // "Apex’s" (round 53)
				(len(words) > 1 && innerCapital(last)) { // a name's inner capital: "Park DuValle’s"
				return rest
			}
		}
		place, rest, ok := strings.Cut(name, s+" ")
		if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
			continue
		}
		if first, _, _ := strings.Cut(rest, " "); publicBodyWord(text.Fold(first)) {
			continue
		}
		toks := text.Tokenize(place)
		if ms := c.geo.Find(toks, place, false); len(toks) > 0 && len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(toks)-1 &&
			(ms[0].Kind == geo.KindCountry || ms[0].Kind == geo.KindDemonym) {
			return rest
		}
	}
	return name
}

// ideographic reports whether a report is written in Chinese, Japanese or
// Korean: its language says so, or, with none given, its title holds their
// characters.
func ideographic(lang, title string) bool {
	switch {
	case strings.HasPrefix(lang, "ja"), strings.HasPrefix(lang, "ko"), strings.HasPrefix(lang, "zh"), strings.HasPrefix(lang, "th"):
		return true
	case lang != "":
		return false
	}
	return strings.ContainsFunc(title, text.Ideograph) || strings.ContainsFunc(title, text.Thai)
}

// thaiName finds a health body named in Thai, where the kind comes first
// and the name after it without a space ("โรงพยาบาลสระบุรี", Saraburi
// Hospital), up to a space or a break, or a body's word that is its own name
// ("กระทรวงสาธารณสุข", the health ministry). The kind followed by a word of
// grammar or a generic one ("โรงพยาบาลถูกโจมตี", the hospital was attacked;
// "โรงพยาบาลเอกชน", a private hospital) names none (round 65).
func thaiName(p part) (string, bool) {
	for _, h := range p.hits {
		if h.Value.kind != kHealthOrg {
			continue
		}
		w := p.src[p.toks[h.First].Start:p.toks[h.Last].End]
		if !strings.ContainsFunc(w, text.Thai) {
			continue
		}
		if w == "กระทรวงสาธารณสุข" {
			return w, true
		}
		hi := h.Last
		for hi+1 < len(p.toks) && hi-h.Last < 24 && !p.toks[hi+1].Break && p.toks[hi].End == p.toks[hi+1].Start &&
			strings.ContainsFunc(p.src[p.toks[hi+1].Start:p.toks[hi+1].End], text.Thai) {
			hi++
		}
		rest := p.src[p.toks[h.Last].End:p.toks[hi].End]
		if utf8.RuneCountInString(rest) < 2 || thaiGrammarOpens(rest) {
			continue
		}
		return p.src[p.toks[h.First].Start:p.toks[hi].End], true
	}
	return "", false
}

// withoutHungarianArticle drops the article Hungarian writes before a
// name: "Az Egis Gyógyszergyárat", "A Semmelweis Egyetemet".
func withoutHungarianArticle(name string) string {
	for _, a := range []string{"Az ", "A "} {
		if rest, ok := strings.CutPrefix(name, a); ok && rest != "" {
			return rest
		}
	}
	return name
}

// semitic reports whether a report is in Hebrew or Arabic: its language
// tag, else its title's letters.
func semitic(lang, title string) bool {
	switch {
	case strings.HasPrefix(lang, "he"), strings.HasPrefix(lang, "ar"), strings.HasPrefix(lang, "iw"):
		return true
	case lang != "":
		return false
	}
	return strings.ContainsFunc(title, semiticLetter)
}

func semiticLetter(r rune) bool { return text.Hebrew(r) || text.Arabic(r) }

// semiticName finds a health body named in Hebrew or Arabic: its kind's
// lexicon words and up to two words after them that are no grammar
// ("בית החולים הלל יפה", "مستشفى تامبا العام"), the kind without the
// preposition or conjunction the language joins to it ("בבית החולים" is
// "in the hospital"). A kind with no name after it names no one, but the
// health ministry, which is its own name.
func semiticName(p part) (string, bool) {
	for _, h := range p.hits {
		if h.Value.kind != kHealthOrg {
			continue
		}
		kind := p.src[p.toks[h.First].Start:p.toks[h.Last].End]
		if !strings.ContainsFunc(kind, semiticLetter) {
			continue
		}
		if first := p.toks[h.First].Norm; strings.HasPrefix(first, "ال") || strings.HasPrefix(first, "بال") || strings.HasPrefix(first, "لل") {
			continue // Arabic's definite kind is one the text spoke of: "المستشفى الجامعي" is "the university hospital"
		}
		start := p.toks[h.First].Start
		if semiticPrefixed(p.toks[h.First].Norm) {
			_, size := utf8.DecodeRuneInString(p.src[start:])
			start += size
		}
		// the words that may follow the kind: for the ministry only the
		// adjectives that agree with it ("وزارة الصحة اللبنانية", "العامة"),
		// not what follows them ("منصة", a platform)
		ministry := strings.Contains(kind, "הבריאות") || strings.HasSuffix(p.toks[h.First].Norm, "وزارة")
		follows := func(t text.Token) bool {
			if ministry {
				return strings.HasPrefix(t.Norm, "ال") && strings.HasSuffix(t.Norm, "ة")
			}
			return !t.Digit && strings.ContainsFunc(p.src[t.Start:t.End], semiticLetter) && !semiticGrammar(t.Norm)
		}
		hi := h.Last
		for hi+1 < len(p.toks) && hi-h.Last < 2 && !p.toks[hi+1].Break && follows(p.toks[hi+1]) &&
			(ministry || !slices.ContainsFunc(p.hits, func(o text.Hit[term]) bool { return o.First == hi+1 && o.Value.kind != kHealthWeak })) {
			hi++
		}
		if hi == h.Last && !ministry {
			continue
		}
		return p.src[start:p.toks[hi].End], true
	}
	return "", false
}

// semiticPrefixed reports whether a kind word carries a one-letter
// preposition or conjunction: Hebrew "בבית", "מבית", "לבית", "ובית",
// "שבית", "במרכז"; Arabic "بمستشفي", "لوزارة", "بوزارة".
func semiticPrefixed(w string) bool {
	switch w {
	case "בבית", "מבית", "לבית", "ובית", "שבית", "במרכז", "בקופת", "במשרד", "ממשרד", "למשרד", "במרפאה", "بمستشفي", "لوزارة",
		"بوزارة":
		return true
	}
	return false
}

// semiticGrammar is a Hebrew or Arabic word that ends a name: a
// preposition, a conjunction, a pronoun, a verb of the news ("על", "את",
// "في", "من", "تعرض").
func semiticGrammar(w string) bool {
	switch w {
	case "על", "את", "של", "עם", "אחרי", "לאחר", "בעקבות", "כי", "אשר", "הוא", "היא", "גם", "כבר", "לא", "אך", "אבל", "או",
		"בגלל", "נפגע", "נפרץ", "הותקף", "הודיע", "מסר", "אמר", "אמרה", "נמסר", "ב", "ל", "ה", "ו", "מ", "ש",
		"في", "من", "علي", "الي", "عن", "بعد", "قبل", "مع", "ان", "التي", "الذي", "هذا", "هذه", "حيث", "كما", "بسبب", "اثر",
		"عبر", "او", "و", "قد", "لم", "لا", "تعرض", "تعرضت", "اعلن", "اعلنت", "قال", "قالت", "بان", "انه", "ما", "وقد",
		"يوم", "امس", "اليوم":
		return true
	}
	return false
}

// thaiGrammarOpens reports whether the words after a Thai kind open with
// grammar or a generic word rather than a name.
func thaiGrammarOpens(s string) bool {
	for _, w := range []string{"ใน", "ของ", "และ", "ที่", "ได้", "ถูก", "โดน", "เป็น", "จะ", "ก็", "มี", "ซึ่ง", "ว่า", "แห่ง",
		"หลาย", "ทั่ว", "เอกชน", "รัฐ", "ต่าง", "กว่า", "นี้", "ดัง", "ทุก"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// ideographName finds a health organisation named in Chinese, Japanese or
// Korean: its lexicon word ("医療センター", "醫院", "병원") and the characters
// written without a space before it ("県精神科医療センター", "馬偕醫院",
// "서울대병원"), up to a break, a space, a digit or a Japanese kana of
// grammar (hiragana: "の", "に"). The word alone ("病院", a hospital)
// names none.
func ideographName(p part) (string, bool) {
	nameChar := func(t text.Token) bool {
		r, _ := utf8.DecodeRuneInString(p.src[t.Start:])
		return t.End-t.Start == utf8.RuneLen(r) && !t.Digit && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) ||
			unicode.Is(unicode.Hangul, r))
	}
	chinese := !strings.ContainsFunc(p.src, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) })
	// Chinese writes no kana of grammar between a verb and the name after
	// it ("他竊取醫院信息": he stole the hospital's data), so a name that opens
	// its clause is taken first ("…察覺。溫州市第二人民醫院信息科發現", round 65)
	fallback := ""
	inAttack := map[int]bool{} // tokens of attack words: "境外网络攻击北京健康宝" names "北京健康宝"
	for _, h := range p.hits {
		if h.Value.kind == kCyber {
			for k := h.First; k <= h.Last; k++ {
				inAttack[k] = true
			}
		}
	}
	for i, h := range p.hits {
		if h.Value.kind != kHealthOrg || !nameChar(p.toks[h.First]) {
			continue
		}
		if i+1 < len(p.hits) && p.hits[i+1].Value.kind == kHealthOrg && nameRunJoins(p, h.Last, p.hits[i+1].First, nameChar) {
			continue // "日本医科大学武蔵小杉病院": the university's hospital, named whole from its last health word (round 65)
		}
		lo := h.First
		// up to 16 characters: "地方独立行政法人市立東大阪医療センター" whole, not from
		// the middle of its legal form (round 65)
		for lo > 0 && h.First-lo < 16 && !p.toks[lo].Break && p.toks[lo-1].End == p.toks[lo].Start && nameChar(p.toks[lo-1]) &&
			!ideographConjunction(p.src[p.toks[lo-1].Start:p.toks[lo-1].End]) &&
			!(chinese && chineseBeforeName(p.src[p.toks[lo-1].Start:p.toks[lo-1].End])) && !inAttack[lo-1] {
			lo-- // but "但衞生署及醫院" is "but the Department of Health and hospitals" (round 55)
		}
		for k := h.First - 2; chinese && k >= lo; k-- {
			if chineseVerb(p.src[p.toks[k].Start:p.toks[k+1].End]) {
				lo = k + 2 // "他竊取醫院醫藥信息" (he stole the hospital's drug data): the verb and its subject are no part of the name
				break
			}
		}
		lo = hiraganaNameStart(p, lo, h.First)
		if lo < h.First {
			name := p.src[p.toks[lo].Start:p.toks[h.Last].End]
			opensClause := lo == 0 || p.toks[lo].Break || p.toks[lo-1].End != p.toks[lo].Start
			if !chinese || opensClause {
				return name, true
			}
			if fallback == "" {
				fallback = name
			}
			continue
		}
		if w := p.src[p.toks[h.First].Start:p.toks[h.Last].End]; ideographProperName(w) {
			return w, true // "協会けんぽのパソコンもウイルス感染の疑い" (round 65)
		}
	}
	return fallback, fallback != ""
}

// nameRunJoins reports whether the tokens after last and before next are
// name characters written without a break or a space, so one name runs on
// from one health word to the next.
func nameRunJoins(p part, last, next int, nameChar func(text.Token) bool) bool {
	if next-last > 12 {
		return false
	}
	for k := last + 1; k <= next; k++ {
		if p.toks[k].Break || p.toks[k-1].End != p.toks[k].Start || (k < next && !nameChar(p.toks[k])) {
			return false
		}
	}
	return true
}

// hiraganaNameStart extends a Japanese name that starts at token lo over
// the hiragana written before it, when they are a word of the name and not
// grammar: a run with no particle that stands at the start of the text, after
// a break or after a space ("いまきいれ総合病院", "さいたま市立病院"; round 65), not
// "…したのはさくら病院" nor "病院では". It returns lo unchanged otherwise.
func hiraganaNameStart(p part, lo, first int) int {
	k := lo
	for k > 0 && first-k < 16 && !p.toks[k].Break && p.toks[k-1].End == p.toks[k].Start {
		r, _ := utf8.DecodeRuneInString(p.src[p.toks[k-1].Start:])
		if !unicode.Is(unicode.Hiragana, r) || strings.ContainsRune("のはがにをでもへ", r) {
			break
		}
		k--
	}
	if k == lo {
		return lo
	}
	if k == 0 || p.toks[k].Break || p.toks[k-1].End != p.toks[k].Start {
		return k
	}
	return lo
}

// ideographProperName is a health body's lexicon word that is its own
// name: Japan's health insurance association and its federation of
// insurance societies, the national institute of infectious diseases.
func ideographProperName(w string) bool {
	switch w {
	case "協会けんぽ", "全国健康保険協会", "健保連", "感染症研究所", "医薬品食品衛生研究所", "질병관리청", "질병관리본부":
		return true
	}
	return false
}

// bracketedTitleName is the organisation a Japanese headline names at its
// end, in brackets, as press-release digests write their source:
// "…個人情報漏えいの可能性(日本医療研究開発機構)", "…不正アクセス<安佐市民病院>".
var bracketedTitleName = regexp.MustCompile(`[(（<＜【]([\p{Han}\p{Katakana}ー]{2,24}(?:機構|協会|大学|病院|センター|医院|クリニック|組合|研究所|学会|財団|製薬|薬局))[)）>＞】]\s*$`)

// ideographTitleName finds the organisation a Chinese, Japanese or Korean
// headline opens with when it is no health word's: a run of name
// characters at the title's start (or inside its opening "【】") ending in
// a word for a university, an association, a society, an institute or a
// company, then a break or a particle ("杏林大学、職員の詐欺サイト被害",
// "杏林大、医学部職員のパソコンに不正アクセス", "【杏林大学】120名以上の情報流出懸念").
func ideographTitleName(title string) (string, bool) {
	if m := bracketedTitleName.FindStringSubmatch(strings.TrimSpace(title)); m != nil {
		return m[1], true
	}
	s := strings.TrimLeft(title, " 【[「『")
	end := 0
	for i, r := range s {
		if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー') {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	name := s[:end]
	for _, suffix := range []string{"大学", "大", "協会", "学会", "組合", "研究所", "機構", "製薬", "薬品", "財団", "대학교", "협회", "학회", "大學", "協會", "學會"} {
		if strings.HasSuffix(name, suffix) && utf8.RuneCountInString(name) > utf8.RuneCountInString(suffix) {
			return name, true
		}
	}
	return "", false
}

// chineseBeforeName is a Chinese verb's or measure word's character that
// ends what comes before a hospital's name rather than opening it: "侵入醫院"
// and "进入医院" (entered the hospital's systems), "多家醫院" (several
// hospitals), "16個醫院", "的", "了", "该", "这", "某" (round 65). Japanese
// writes names with these ("入間病院"), so only a text without kana is read so.
func chineseBeforeName(s string) bool {
	switch s {
	case "入", "家", "個", "个", "的", "了", "该", "該", "这", "這", "某", "到", "向", "从", "從", "被", "遭", "将", "將", "等",
		"因", "為", "为", "讓", "让", "使", "他", "她", "其", "次", "有", "受":
		return true
	}
	return false
}

// chineseVerb is a two-character Chinese verb that opens a clause before
// the organisation it acts on (round 65).
func chineseVerb(s string) bool {
	switch s {
	case "竊取", "窃取", "盜取", "盗取", "攻擊", "攻击", "入侵", "侵入", "進入", "进入", "利用", "針對", "针对", "黑進", "黑进",
		"駭入", "骇入", "位於", "位于", "包括", "據悉", "据悉", "導致", "导致", "提供", "影响", "影響", "受到", "遭到", "遭受":
		return true
	}
	return false
}

// ideographConjunction is a Chinese conjunction or preposition that
// opens a clause before a name written without a space: "但" (but), "而",
// "及", "與", "与", "在", "由", "對", "对", "據", "据" ("和" is in names:
// "仁和醫院").
func ideographConjunction(s string) bool {
	switch s {
	case "但", "而", "及", "與", "与", "在", "由", "對", "对", "據", "据":
		return true
	}
	return false
}

// findVictim finds the victim and the rule that found it, or "".
func (c *Classifier) findVictim(d *doc, cand cit.Candidate, english bool) (victim, rule, titleForm string) {
	if v := strings.TrimSpace(cand.Fields[cit.FieldVictim]); v != "" {
		return v, "field:victim", ""
	}
	// In reports of these languages only, not an English report's name in
	// brackets: "Mackay Memorial Hospital (馬偕紀念醫院)".
	if ideographic(cand.Lang, d.title) {
		for _, p := range d.parts() {
			if name, ok := ideographName(p); ok {
				return name, "text:ideograph_name", "" // "県精神科医療センター", "馬偕醫院" (round 41)
			}
		}
		if name, ok := ideographTitleName(d.title); ok {
			return name, "title:ideograph_name", ""
		}
		for _, p := range d.parts() {
			if name, ok := thaiName(p); ok {
				return name, "text:thai_name", ""
			}
		}
	}
	// Hebrew and Arabic write no capitals: a name is the words after its
	// kind ("בית החולים הלל יפה", "مستشفى تامبا العام") (round 66).
	if semitic(cand.Lang, d.title) {
		for _, p := range d.parts() {
			if name, ok := semiticName(p); ok {
				return name, "text:semitic_name", ""
			}
		}
	}
	// "Privacy Event at Jemison Internal Medicine, PC" is no name: the event, then where
	if m := eventAtTitle.FindStringSubmatch(d.title); m != nil {
		return strings.Trim(m[1], " ,.;:'\""), "title:entity_of_notice", ""
	}
	// A registry record is titled with the entity it concerns ("Shands at
	// UF"); its description names other parties (a clinic it referred to, a
	// vendor) that the text patterns would take for the victim.
	if titleIsName(d.title, d.titleToks, d.titleHits) && !c.actorTitle(d) && !c.placeTitle(d) {
		victim = strings.TrimSpace(d.title)
		if strings.HasSuffix(victim, ")") {
			victim = strings.TrimSpace(datedTitle.ReplaceAllString(victim, ""))
		}
		if v := leadingDate.ReplaceAllString(victim, ""); v != "" {
			victim = v
		}
		return victim, "title:organisation_name", ""
	}
	// A registry names the entity, then the party the records were lost
	// through: "Heartland Rural Health Network via Medisys Billing Group",
	// "Berry College via consultant Financial Aid Services Inc.".
	if name, ok := viaTitle(d); ok {
		return name, "title:entity_via_party", ""
	}
	// A notice titled by its kind, then its entity: "Data Breach
	// Notification: Norton Healthcare, Inc.", "Notice of Data Security
	// Incident - Sunrise Family Clinic".
	if m := noticeTitle.FindStringSubmatch(d.title); m != nil {
		return strings.Trim(m[1], " ,.;:'\""), "title:entity_of_notice", ""
	}
	if m := entityNoticeTitle.FindStringSubmatch(d.title); m != nil {
		return strings.Trim(m[1], " ,.;:'\""), "title:entity_of_notice", ""
	}
	if m := trackerLine.FindStringSubmatch(d.body); m != nil && strings.TrimSpace(d.title) == "" {
		return strings.Trim(m[1], " ,.;:'\""), "text:tracker_victim", ""
	}
	// EuRepoC names an incident "attacker vs. victim" ("Silk Typhoon vs. US
	// Treasury", "NB65 vs. Roscosmos"), whether or not the attacker is a
	// known group.
	if lo, hi, ok := c.versusVictim(d); ok {
		p := d.parts()[0]
		return p.name(lo, hi), "title:victim_after_vs", ""
	}
	// A headline that opens with the victim's name and a colon: "Kalispell
	// Regional Healthcare: phishing attack exposed data of 130,000
	// patients". The name must be a health organisation's: a firm's name
	// before a colon is more often the source ("Emsisoft: …").
	if lo, hi, ok := c.colonVictim(d); ok {
		p := d.parts()[0]
		return p.src[p.toks[lo].Start:p.toks[hi].End], "title:name_before_colon", ""
	}
	// A headline in capitals ("HACKERS BREACH MERCY HEALTH SYSTEM") tells
	// no name from the words around it: only the text is read.
	parts := d.parts()
	if shouting(d.title) {
		parts[0] = part{}
	}
	// A Title Case headline capitalises its verbs and nouns too ("Wichita
	// Hospital Paid Ransom, Got a Second Demand"): a name found in it is
	// taken when the text writes it too; otherwise the text's victim comes
	// first and the title's is the last resort.
	unsure := d.titleCased && len(d.bodyToks) > 0
	// A page's text often opens with its headline: that copy is read as the
	// title is, and a name found in it must be written in the rest of the
	// text too ("Extent of Magellan Health Ransomware Becomes Clear" over
	// "… an April 2020 ransomware attack on Magellan Health", round 36).
	copied := titleCopy(d.title, d.body)
	if unsure && copied > 0 {
		parts[1] = parts[1].after(copied)
	}
	var fallback, fallbackRule string
	take := func(pi int, name, rule string) bool {
		if pi > 0 || !unsure || writesName(d.body[copied:], name) {
			return true
		}
		if fallback == "" {
			fallback, fallbackRule = name, rule
		}
		return false
	}
	// the lead's full name of a title's victim ("Gillette hospital", "l'hôpital de Corbeil")
	inLead := func(pi int, title part, lo, hi int) (string, bool) {
		if pi != 0 || len(parts) < 2 {
			return "", false
		}
		return c.fullerNameInLead(parts[1], title, lo, hi)
	}
	// An attack's object far down the body is as often another attack, told
	// for background ("Other attacks include … an attack on MedStar Health
	// System in March"): a health organisation the body names before it
	// comes first, unless the title or the lead names it too (round 42).
	var late struct {
		name, rule string
		at         int // its first token in the body
	}
	for pi, part := range parts {
		if lo, hi, objRule, ok := c.attackObject(part, english, d.germanic, !english && !d.portuguese); ok && !c.notAVictim(d, part, lo, hi) {
			lo = c.afterPlaceDescriptor(part, lo, hi)
			if name, ok := inLead(pi, part, lo, hi); ok {
				return name, "text:full_name_of_title_victim", part.name(lo, hi)
			}
			if pi > 0 && lateNamedFirst(d, part, lo) {
				// an earlier sentence's attack on a health body's name by
				// another pattern: "Health Service Ireland (HSE) has become
				// the latest victim of …" above "… being the Advanced
				// ransomware attack on the NHS" (round 58)
				early := part.before(lo)
				if lo2, hi2, rule2, ok2 := c.attackObject(early, english, d.germanic, !english && !d.portuguese); ok2 && !c.notAVictim(d, early, lo2, hi2) &&
					!lateNamedFirst(d, early, lo2) && healthWorded(coverage(early)[lo2:hi2+1]) {
					lo2 = c.afterPlaceDescriptor(early, lo2, hi2)
					if name := early.name(lo2, hi2); take(pi, name, rule2) {
						return name, rule2, ""
					}
				}
				// or a health body described before it: "Major Canadian
				// retail pharmacy chain London Drugs had all its stores …
				// closed" above "… a Daixin Team ransomware attack against
				// nonprofit shared service provider TransForm"
				if lo2, hi2, ok2 := c.describedHealthOrg(early, english); ok2 {
					if name := early.name(lo2, hi2); take(pi, name, "text:described_health_organisation") {
						return name, "text:described_health_organisation", ""
					}
				}
				if late.name == "" {
					late.name, late.rule, late.at = part.name(lo, hi), objRule, lo
				}
				continue
			}
			if name := part.name(lo, hi); take(pi, name, objRule) {
				return name, objRule, ""
			}
		}
	}
	if late.name == "" {
		if name, ok := lawsuitDefendant(d.title, d.body[titleCopy(d.title, d.body):]); ok {
			return name, "title:defendant_of_breach_lawsuit", ""
		}
	}
	for pi, part := range parts {
		if pi == 0 && late.name != "" {
			continue // the title's name came after the attack's object before
		}
		cov := coverage(part)
		var sent []int // the part's sentence numbers, for a weak health word's name
		for _, h := range part.hits {
			// In the body's first two sentences, a capitalised name that
			// opens a sentence and ends in a weak health word is the subject
			// the report is about: "Eskenazi Health remains on diversion
			// …", "Magellan Health, the Fortune 500 insurance company, has
			// reported a ransomware attack" (round 36). In a headline or
			// further down, such names are as often a topic's words
			// ("Healthcare IT Pros Say …").
			weak := h.Value.kind == kHealthWeak && pi > 0 && namedHealth(part.src, part.toks, h.First)
			if weak && sent == nil {
				sent = storySentenceNumbers(d.title, part.src, part.toks) // not a copy of the title: "Hackers crack into DeKalb Healthcare…\n\nDeKalb Health is the latest victim" (round 56)
			}
			weak = weak && sent[h.First] <= 1
			// In a headline, such a name just before "after" an attack is
			// that attack's victim ("Operations back to normal at Great
			// Plains Health after cyberattack"), so is one that opens it
			// before a headline's verb and an attack ("Great Plains Health
			// confirms ransomware attack") (round 49).
			titleWeak := h.Value.kind == kHealthWeak && pi == 0 && namedHealth(part.src, part.toks, h.First)
			after := titleWeak && attackFollows(part, h.Last)
			subject := titleWeak && !after && verbThenAttack(part, h.Last) // the name must open the title
			titleWeak = after || subject
			if h.Value.kind != kHealthOrg && !weak && !titleWeak {
				continue
			}
			if lo, hi, ok := nameSpan(part.src, part.toks, h.First, h.Last); ok && c.validName(part, cov, lo, hi) &&
				(!weak || (hi == h.Last && sentenceStart(part.src, part.toks, lo) && !dashed(part.src, part.toks, lo, hi))) &&
				(!titleWeak || hi == h.Last && (!subject || lo == 0)) &&
				!authority(part.toks[lo:hi+1]) && !c.notAVictim(d, part, lo, hi) && !c.describedBefore(part, lo, hi, h.First) {
				if lo+2 <= h.First && systemFiller(part.toks[lo].Norm) && particle(part.toks[lo+1].Norm) &&
					c.validName(part, cov, lo+2, hi) {
					lo += 2 // "Site da Secretaria de Saúde de Campinas": the site's owner
				}
				if lo < hi && !part.toks[lo].Upper && pluralKind(part.toks[lo].Norm) {
					// "hospitales de la Secretaría de Salud de Puebla": the
					// network's name, if it has one
					k := lo + 1
					for k < hi && connector(part.toks[k].Norm) && !conjunction(part.toks[k].Norm) {
						k++
					}
					if k > lo+1 && slices.Contains(cov[k:hi+1], kHealthOrg) && c.validName(part, cov, k, hi) {
						lo = k
					}
				}
				if k := describerBefore(part.toks, lo, hi); k > lo && c.validName(part, cov, k, hi) {
					lo = k // "the NY-based billing company Practice Resources": its name after what it is (round 51)
				}
				if germanGenitive(part.toks, lo, h.First, hi, h.Last) {
					// "Internetseite des Bundesgesundheitsministeriums": the
					// owner after the article, if it is a name of its own
					if lo = h.First; !c.validName(part, cov, lo, hi) {
						continue
					}
				}
				if lo == h.First && hi == h.Last && (d.titleHasKnown || d.bodyHasKnown) &&
					!(part.hasKnown && part.known.First <= lo && hi <= part.known.Last) {
					// a kind's words capitalised, nothing of a name besides ("the brands Fleury, a+
					// Medicina Diagnóstica"): a known organisation named in the report comes first
					continue
				}
				if past := c.afterPlaceDescriptor(part, lo, hi); past != lo {
					if !c.validName(part, cov, past, hi) {
						continue // "Norwegian health IT contractor …": past the place, no name is left
					}
					if key := orgname.Key(part.name(past, hi)); orgname.Distinctive(key) || orgname.ShortName(key) {
						// but "Maui Health Center" keeps its town: "Health Center" alone names no one (round 53);
						// "health insurer Bupa" is Bupa (round 56)
						lo = past
					}
				}
				if name, ok := inLead(pi, part, lo, hi); ok {
					return name, "text:full_name_of_title_victim", part.name(lo, hi)
				}
				if pi > 0 && late.name != "" && lo > late.at {
					break // the late attack's object comes first after all
				}
				name := part.name(lo, hi)
				if allKindWords(part.toks[lo : hi+1]) {
					continue // a subheading's kind alone, "Health Center's Operations Affected", names no one (round 53)
				}
				if k := part.known; part.hasKnown && k.Last < lo && part.toks[k.First].Norm == part.toks[lo].Norm {
					// a known group named before its own hospital: "Scripps
					// Health's ransomware attack … diverted from Scripps
					// Memorial Hospital La Jolla" (round 62)
					return knownName(part), "text:known_organisation", ""
				}
				if take(pi, name, "text:named_health_organisation") {
					return name, "text:named_health_organisation", ""
				}
				break
			}
		}
	}
	if late.name != "" {
		return late.name, late.rule, ""
	}
	cyber := false // the report speaks of a cyberattack, in its title or its text
	for _, part := range parts {
		for _, h := range part.hits {
			cyber = cyber || (h.Value.kind == kCyber && !h.Value.weak)
		}
	}
	for pi, part := range parts {
		if lo, hi, ok := c.populationOf(part, cyber); ok {
			if name := part.name(lo, hi); take(pi, name, "text:organisation_of_its_patients") {
				return name, "text:organisation_of_its_patients", ""
			}
		}
	}
	for pi, part := range parts {
		if lo, hi, ok := c.describedHealthOrg(part, english); ok {
			if name := part.name(lo, hi); take(pi, name, "text:described_health_organisation") {
				return name, "text:described_health_organisation", ""
			}
		}
	}
	if cyber && fallback == "" {
		for pi, part := range parts {
			if lo, hi, ok := atOrganisation(part); ok {
				if name := part.name(lo, hi); take(pi, name, "text:organisation_where_attacked") {
					return name, "text:organisation_where_attacked", ""
				}
			}
		}
	}
	if cyber && fallback == "" {
		if lo, hi, ok := c.headlineSubject(d, parts); ok {
			return parts[0].name(lo, hi), "title:subject_of_headline", ""
		}
	}
	for _, part := range parts {
		if h, ok := part.known, part.hasKnown; ok && !authority(part.toks[h.First:h.Last+1]) {
			return knownName(part), "text:known_organisation", ""
		}
	}
	if cyber && fallback == "" && nordicLang(cand.Lang) {
		if name, ok := nordicVictim(cand.Lang, parts); ok {
			return name, "text:nordic_name", ""
		}
	}
	if cyber && fallback == "" {
		if lo, hi, ok := c.townHospital(parts[1]); ok {
			return parts[1].name(lo, hi), "text:town_hospital", ""
		}
	}
	return fallback, fallbackRule, ""
}

// likeCaseBefore reports whether the name at toks[lo] is a like case told
// for comparison, a few words after "as happened" on its line: "rubare …
// dati sensibili, come successo nel dicembre 2021 all'Ulss 6 Euganea"
// (round 69).
func likeCaseBefore(toks []text.Token, lo int) bool {
	for k := lo - 1; k >= max(1, lo-8) && !toks[k+1].Break; k-- {
		switch toks[k-1].Norm + " " + toks[k].Norm {
		case "come successo", "come accaduto", "come avvenuto", "as happened", "como ocurrio", "como sucedio",
			"como aconteceu", "como ocorreu", "wie beim", "zoals bij":
			return true
		}
	}
	return false
}

// objectAfterVerb reports whether the attack word at toks[i] is a verb in
// running text with a name as its object: "Nova hacked Clinical
// Diagnostics a month ago" tells of the attacker before it (round 69).
func objectAfterVerb(src string, toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "hacked", "breached", "attacked", "targeted", "compromised", "infiltrated":
	default:
		return false
	}
	return !toks[i].Upper && i+1 < len(toks) && toks[i+1].Upper && !toks[i+1].Break && nameJoined(src, toks, i, i+1)
}

// townHospital returns, as a last resort, a town and a capitalised kind
// written inside a sentence of the text: "Ambulances returned to Brockton
// Hospital after …" names the town's hospital, though a town before a kind
// more often describes one ("a Seattle hospital") (round 54); or a German
// hospital's kind, "in" and its town ("des Klinikums in Fürth").
func (c *Classifier) townHospital(p part) (lo, hi int, ok bool) {
	toks := p.toks
	places := c.geo.Find(toks, p.src, false)
	for _, m := range places {
		k := m.Last + 1
		if (m.Kind != geo.KindCity && m.Kind != geo.KindUSTown) || m.First == 0 || k >= len(toks) || toks[k].Break ||
			!toks[k].Upper || !lowerInSource(p.src, toks[m.First-1]) || toks[m.First].Break {
			continue
		}
		switch toks[k].Norm {
		case "hospital", "clinic", "infirmary":
		default:
			continue
		}
		if k+1 < len(toks) && !toks[k+1].Break && !lowerInSource(p.src, toks[k+1]) {
			continue // the name goes on: "Brockton Hospital Operational Disruption"
		}
		return m.First, k, true
	}
	// German writes the town after its hospital: "das IT-System des
	// Klinikums in Fürth" is the Klinikum Fürth's (round 55).
	for _, m := range places {
		k := m.First - 2 // the kind, then "in"
		if m.Kind != geo.KindCity || k < 0 || toks[k+1].Norm != "in" || toks[k+1].Break || toks[m.First].Break || !toks[k].Upper {
			continue
		}
		switch toks[k].Norm {
		case "klinikum", "klinikums", "krankenhaus", "krankenhauses", "spital", "spitals", "klinik":
			return k, m.Last, true
		}
	}
	return 0, 0, false
}

// lowerInSource reports whether a token is written in lower case in its
// source, whatever a Title Case headline's reading made of it.
func lowerInSource(src string, t text.Token) bool {
	r, _ := utf8.DecodeRuneInString(src[t.Start:])
	return unicode.IsLower(r)
}

// headlineSubject finds the name that opens a headline before its verb,
// when the text's first sentences write it too: "Consulting Radiologists
// agrees to $2.2M settlement after data breach", "Lake Region Healthcare
// responds to cyberhack". A name of any kind: the patterns before read
// health organisations' words; this one reads the headline's grammar
// (round 50).
func (c *Classifier) headlineSubject(d *doc, parts [2]part) (lo, hi int, ok bool) {
	title, body := parts[0], parts[1]
	toks := title.toks
	if len(toks) < 3 || len(body.toks) == 0 {
		return 0, 0, false
	}
	hi = -1
	for k := 0; k < len(toks) && k < 7; k++ {
		t := toks[k]
		if k > 0 && victimHeadlineVerb(t.Norm) && !t.Break {
			break
		}
		if !t.Upper && !(k > 0 && connector(t.Norm)) || t.Digit || t.Break && k > 0 {
			return 0, 0, false
		}
		hi = k
	}
	if hi < 0 || hi+1 >= len(toks) || !victimHeadlineVerb(toks[hi+1].Norm) || nameOpener(toks[0].Norm) || interrogative(toks[0].Norm) ||
		article(toks[0].Norm) {
		return 0, 0, false
	}
	cov := coverage(title)
	if !c.validName(title, cov, 0, hi) || authority(toks[:hi+1]) || c.notAVictim(d, title, 0, hi) {
		return 0, 0, false
	}
	if _, _, actor := findActor(c.actors, toks[:hi+1]); actor {
		return 0, 0, false
	}
	name := title.src[toks[0].Start:toks[hi].End]
	end := storyLeadEnd(d.title, body.src, body.toks, 3)
	if end <= 0 || !strings.Contains(body.src[:body.toks[end-1].End], name) {
		return 0, 0, false
	}
	return 0, hi, true
}

// proseSentenceNumbers numbers the sentences of toks from 1, as
// sentenceNumbers does, but a short line of its own before the prose (a
// page's "Menu", "Crime", "CTV Winnipeg", its date) is not counted: it is
// the page's furniture, not the report's first sentence (round 37).
func proseSentenceNumbers(src string, toks []text.Token) []int {
	starts := sentenceStarts(src, toks)
	sent := make([]int, len(toks))
	n, prose := 0, false
	for i := 0; i < len(toks); {
		e := i + 1
		for e < len(toks) && !starts[e] {
			e++
		}
		line := !prose && e-i <= 4 && (e == len(toks) || strings.Contains(src[toks[e-1].End:toks[e].Start], "\n")) &&
			!strings.ContainsAny(src[toks[e-1].End:min(len(src), toks[e-1].End+1)], ".!?")
		if !line {
			n++
			prose = true
		}
		for k := i; k < e; k++ {
			sent[k] = max(n, 1)
		}
		i = e
	}
	return sent
}

// storySentenceNumbers numbers a body's sentences as proseSentenceNumbers
// does, but does not count a copy of the title or a line with no
// sentence's closing mark, a page's headline, standfirst or caption credit,
// wherever it stands ("Why Did a Clinic Notify All Patients, Employees of
// Attack?\n\nPractice Says Determining Exactly Whose Data Might Have Been
// Exposed Was Too Costly\n"). Tokens of an uncounted sentence take the
// number of the sentence after it.
func storySentenceNumbers(title, src string, toks []text.Token) []int {
	sent := make([]int, len(toks))
	walkStory(title, src, toks, func(i, e, num int) bool {
		for k := i; k < e; k++ {
			sent[k] = num
		}
		return true
	})
	return sent
}

// storyLeadEnd returns the end (exclusive) of the tokens whose story
// sentence (storySentenceNumbers) is at most n, reading no further.
func storyLeadEnd(title, src string, toks []text.Token, n int) int {
	end := 0
	walkStory(title, src, toks, func(i, e, num int) bool {
		if num > n {
			return false
		}
		end = e
		return true
	})
	return end
}

// walkStory calls visit with each sentence's tokens [i, e) and its story
// number, in order, until visit returns false.
func walkStory(title, src string, toks []text.Token, visit func(i, e, num int) bool) {
	title = strings.TrimRight(strings.TrimSpace(title), ".!?…\"' ")
	n := 0
	var seen []string // the sentences counted so far
	for i := 0; i < len(toks); {
		e := i + 1
		for e < len(toks) && !startsSentence(src, toks, e) {
			e++
		}
		after := src[toks[e-1].End:]
		if e < len(toks) {
			after = src[toks[e-1].End:toks[e].Start]
		}
		line := strings.Contains(after, "\n") || e == len(toks)
		sentence := src[toks[i].Start:toks[e-1].End]
		copied := title != "" && title == sentence
		// a photo's caption, with its credit or repeated as pages repeat
		// it: "Des données de patients du laboratoire Océalab ont fuité
		// sur internet (Photo d'illustration: pxhere)." (round 44)
		copied = copied || photoCredit(src[toks[i].Start:min(len(src), toks[e-1].End+2)]) || slices.Contains(seen, sentence)
		num := n + 1
		if !copied && !(line && !strings.ContainsAny(after, ".!?")) {
			seen = append(seen, sentence)
			n++
			num = n
		}
		if !visit(i, e, num) {
			return
		}
		i = e
	}
}

// compassWord is a French region's word of direction or country that a
// lower-case adjective may follow in a name: "l'Ouest vosgien", "Pays
// basque".
func compassWord(s string) bool {
	switch s {
	case "ouest", "est", "nord", "sud", "pays":
		return true
	}
	return false
}

// placeAdjective is a French adjective of a place, by its ending:
// "vosgien", "francilien", "basque", "charentais", "lorrain".
func placeAdjective(s string) bool {
	for _, end := range []string{"ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "asque", "ard", "arde"} {
		if len(s) > len(end)+2 && strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// itUnit reports whether toks[i] is "IT" before a lower-case word, the
// organisation's IT department or staff, not a word of its name: "Jackson
// Hospital IT department investigates possible computer hack" (round 44).
func itUnit(src string, toks []text.Token, i int) bool {
	return (src[toks[i].Start:toks[i].End] == "IT" || toks[i].Norm == "ict" || toks[i].Norm == "edv") &&
		i+1 < len(toks) && !toks[i+1].Upper && !toks[i+1].Break
}

// photoCredit reports whether a sentence holds a photo's credit, as a
// caption does: "(Photo d'illustration: pxhere)", "(Foto: dpa)",
// "Image: Shutterstock".
func photoCredit(s string) bool {
	if strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, ':') < 0 && !strings.Contains(s, "©") {
		return false // every credit has one of these: no lowering for most sentences
	}
	l := strings.ToLower(s)
	for _, m := range []string{"(photo", "photo d'illustration", "photo d’illustration", "crédit photo", "credit photo", "(foto",
		"foto:", "photo:", "photo :", "image:", "(image", "(credit", "credit:", "©"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// titleCopy returns the length of the title's copy that opens the body
// (0 when the body does not open with it).
func titleCopy(title, body string) int {
	t := strings.TrimSpace(title)
	rest := strings.TrimLeft(body, " \t\r\n")
	if t == "" || !strings.HasPrefix(rest, t) {
		return 0
	}
	return len(body) - len(rest) + len(t)
}

// healthWorded reports whether a name's coverage holds a word of a health
// body ("Health Service Ireland").
func healthWorded(cov []kind) bool {
	return slices.ContainsFunc(cov, func(k kind) bool { return k == kHealthOrg || k == kHealthWeak })
}

// before returns the part's tokens before toks[k], with the hits and the
// known organisation that end before it.
func (p part) before(k int) part {
	q := part{src: p.src, toks: p.toks[:k]}
	if p.hasKnown && p.known.Last < k {
		q.known, q.hasKnown = p.known, true
	}
	for _, h := range p.hits {
		if h.Last < k {
			q.hits = append(q.hits, h)
		}
	}
	return q
}

// after returns the part from its first token at or past offset on.
func (p part) after(offset int) part {
	k := 0
	for k < len(p.toks) && p.toks[k].Start < offset {
		k++
	}
	q := part{src: p.src, toks: p.toks[k:]}
	if p.hasKnown && p.known.First >= k {
		q.known, q.hasKnown = p.known, true
		q.known.First, q.known.Last = q.known.First-k, q.known.Last-k
	}
	for _, h := range p.hits {
		if h.First >= k {
			h.First, h.Last = h.First-k, h.Last-k
			q.hits = append(q.hits, h)
		}
	}
	return q
}

// dashed reports whether a spaced dash parts the tokens lo..hi: "NEW YORK
// (Reuters - Medical)" is a dateline's agency and desk, no name.
func dashed(src string, toks []text.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if gap := src[toks[k].End:toks[k+1].Start]; strings.Contains(gap, " -") || strings.Contains(gap, "- ") {
			return true
		}
	}
	return false
}

// nameWithAbbreviation gives a victim found in the text the form "Full
// Name (ABBR)" where the report writes it so: the abbreviation found
// alone ("NHLS") becomes the name it stands for ("the
// National Health Laboratory Service (NHLS) said …"), and a full name
// followed by its abbreviation keeps it ("Bharat Sanchar Nigam Limited
// (BSNL)"). Registries and EuRepoC name receivers so; reports that use
// either form then match.
func (c *Classifier) nameWithAbbreviation(d *doc, victim string, english bool) (string, bool) {
	vt := text.Tokenize(victim)
	if len(vt) == 0 {
		return "", false
	}
	for _, p := range d.parts() {
		var cov []kind // read only where an abbreviation stands in brackets
		for i := 1; i < len(p.toks); i++ {
			t := p.toks[i]
			abbr := p.src[t.Start:t.End]
			if !abbreviation(abbr) || p.src[p.toks[i-1].End:t.Start] != " (" || !bracketed(p.src, t) {
				continue
			}
			if cov == nil {
				cov = coverage(p)
			}
			switch {
			case len(vt) == 1 && vt[0].Norm == t.Norm: // the victim is the abbreviation ("ASST Rhodense" is more: a kind and a name)
				lo, hi, _ := nameBefore(p.src, p.toks, cov, i-1, english)
				if hi-lo < 1 || !c.validName(p, cov, lo, hi) {
					continue
				}
				lo = c.afterPlaceDescriptor(p, lo, hi)
				return p.src[p.toks[lo].Start:p.toks[hi].End] + " (" + abbr + ")" + placeAfter(p, i), true
			case len(vt) > 1 && i >= len(vt) && slices.EqualFunc(p.toks[i-len(vt):i], vt, sameWord): // the full name, then its abbreviation
				// the name may begin before the words found: "Medical
				// Research" of "the Indian Council of Medical Research (ICMR)"
				lo, hi, _ := nameBefore(p.src, p.toks, cov, i-1, english)
				if possessiveS(p.src, p.toks, lo) {
					lo++ // a possessive whose owner stayed out: "the country’s Health Service Executive (HSE)" (round 69)
				}
				if hi-lo+1 > len(vt) && c.validName(p, cov, lo, hi) {
					return p.src[p.toks[lo].Start:p.toks[hi].End] + " (" + abbr + ")" + placeAfter(p, i), true
				}
				return victim + " (" + abbr + ")" + placeAfter(p, i), true
			}
		}
	}
	if (len(vt) == 1 || strings.Contains(victim, "&")) && abbreviation(victim) && len(victim) >= 3 {
		// the abbreviation alone, its words elsewhere unbracketed: "HSE"
		// in the headline, "the Health Service Executive" in the text; the
		// text's first, a headline's capitals spell by chance ("Connecticut
		// Health Clinic Hack …", "Community Health Center … CHC", round 46)
		parts := d.parts()
		letters := "" // "PJ&A" reads "pja": Perry Johnson & Associates (round 50)
		for _, t := range vt {
			letters += t.Norm
		}
		for _, p := range []part{parts[1], parts[0]} {
			if lo, hi, ok := spelledOut(p, letters); ok {
				return p.src[p.toks[lo].Start:p.toks[hi].End] + " (" + victim + ")", true
			}
		}
	}
	return "", false
}

// knownName is the part's first known organisation as written, with the
// kind words that go on after it: "MedStar Health", not "MedStar".
func knownName(part part) string {
	h := part.known
	last := h.Last
	for last+1 < len(part.toks) && part.toks[last+1].Upper && !part.toks[last+1].Break && orgKindWord(part.toks[last+1].Norm) {
		last++
	}
	return part.src[part.toks[h.First].Start:part.toks[last].End]
}

// spelledOut finds capitalised words whose initials spell abbr, connectors
// skipped: "Health Service Executive" for "hse".
func spelledOut(p part, abbr string) (int, int, bool) {
	for lo := range p.toks {
		letters, k := abbr, lo
		for ; k < len(p.toks) && letters != ""; k++ {
			t := p.toks[k]
			if k > lo && (t.Norm == "of" || t.Norm == "and" || t.Norm == "for") && !t.Upper {
				continue
			}
			if !t.Upper || t.Norm[0] != letters[0] || (k > lo && t.Break) {
				break
			}
			letters = letters[1:]
		}
		if letters == "" {
			return lo, k - 1, true
		}
	}
	return 0, 0, false
}

// abbreviation reports whether s is written as an organisation's
// abbreviation: two to eight letters or digits, at least two of them
// capitals, no lower-case letter first ("NHLS", "CHSF", "AP-HP", "BfArM").
func abbreviation(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	upper := 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case i == 0 || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '&'):
			return false
		}
	}
	return upper >= 2
}

// sameWord reports whether two tokens are one word.
func sameWord(a, b text.Token) bool { return a.Norm == b.Norm }

// populationOf finds an organisation named before the people it serves in
// a report that speaks of a cyberattack (cyber): "Scammers call Kettering
// Health patients after ransomware attack", "Baystate Health patients
// affected by …". The name must end with a kind word ("Health",
// "Hospital", "Clinic").
func (c *Classifier) populationOf(p part, cyber bool) (lo, hi int, ok bool) {
	toks := p.toks
	if !cyber {
		return 0, 0, false
	}
	cov := coverage(p)
	for i := 2; i < len(toks); i++ {
		switch toks[i].Norm {
		case "patients", "patient", "employees", "members", "customers", "staff", "clients":
		default:
			continue
		}
		k := i - 1
		if !toks[k].Upper || !orgKindWord(toks[k].Norm) || separated(p.src[toks[k].End:toks[i].Start]) {
			continue
		}
		if lo, hi, ok := nameSpan(p.src, toks, k, k); ok && hi == k && lo < k && c.validName(p, cov, lo, hi) && !authority(toks[lo:hi+1]) {
			return c.afterPlaceDescriptor(p, lo, hi), hi, true
		}
	}
	return 0, 0, false
}

// afterPlaceDescriptor skips a place or demonym and the lower-case
// organisation words after it at the start of a name: "French hospital
// CHSF" is CHSF, "US health insurer Anthem" is Anthem. lo is kept when no
// capitalised name follows, and for a possessive ("Barcelona's Hospital
// Clinic") or an institution ("ASL 1 Abruzzo").
func (c *Classifier) afterPlaceDescriptor(p part, lo, hi int) int {
	if k, ok := afterKindDescriptor(p, lo, hi); ok {
		return k
	}
	if k, ok := afterKindHead(p, lo, hi); ok {
		return k
	}
	if k, ok := c.knownAfterDescription(p, lo, hi); ok {
		return k
	}
	ms := c.geo.Find(p.toks[lo:hi+1], p.src, false)
	if len(ms) == 0 || ms[0].First != 0 {
		return lo
	}
	switch ms[0].Kind {
	case geo.KindDemonym, geo.KindCountry, geo.KindRegion, geo.KindCity:
	default:
		return lo
	}
	cov := coverage(p)
	k := lo + ms[0].Last + 1
	// A country's possessive before a name: "Portugal's Garcia de Orta
	// Hospital" is the Garcia de Orta Hospital. A city's is kept:
	// "Barcelona's Hospital Clinic" says which Hospital Clinic.
	if (ms[0].Kind == geo.KindCountry || ms[0].Kind == geo.KindRegion) && k+1 <= hi && p.toks[k].Norm == "s" &&
		strings.ContainsAny(p.src[p.toks[k-1].End:p.toks[k].Start], "'’") && p.toks[k+1].Upper && c.validName(p, cov, k+1, hi) &&
		ownName(p, cov, k+1, hi) {
		return k + 1 // but "Georgia's Ministry of Health" keeps the country: the rest names no one alone
	}
	first := k
	for k <= hi && !p.toks[k].Upper && (cov[k] == kHealthOrg || cov[k] == kHealthWeak || descriptorWord(p.toks[k].Norm) ||
		describerWord(p.toks[k].Norm)) { // "UK healthcare group Bupa" (round 56)
		k++
	}
	if k == first || k > hi || !p.toks[k].Upper {
		return lo
	}
	return k
}

// knownAfterDescription skips a Title Case headline's description before
// a known health organisation: "Europe's Largest Private Hospital Operator
// Fresenius" is Fresenius. The description ends with an organisation's
// kind word right before the known name.
func (c *Classifier) knownAfterDescription(p part, lo, hi int) (int, bool) {
	h, ok := knownOrg(c.known, p.toks[lo:hi+1])
	if !ok || h.First == 0 {
		return 0, false
	}
	switch p.toks[lo+h.First-1].Norm {
	case "operator", "provider", "group", "insurer", "giant", "maker", "chain", "company", "firm", "distributor",
		"network", "system", "vendor", "laboratory", "lab":
		return lo + h.First, true
	}
	return 0, false
}

// afterKindDescriptor skips a sentence's opening description of the
// organisation's kind before its name: "Private health insurer Medibank"
// is Medibank, "Dental insurer Dominion National" is Dominion National. The
// description ends with a lower-case organisation word.
func afterKindDescriptor(p part, lo, hi int) (int, bool) {
	cov := coverage(p)
	k := lo + 1
	for k <= hi && !p.toks[k].Upper && (cov[k] == kHealthOrg || cov[k] == kHealthWeak) {
		k++
	}
	if k == lo+1 || k > hi || !p.toks[k].Upper || (cov[k-1] != kHealthOrg) {
		return lo, false
	}
	switch p.toks[lo].Norm {
	case "private", "public", "dental", "regional", "national", "local", "major", "leading", "rural", "county", "state", "federal",
		// a trade opening a sentence: "Drug wholesaler Cencora paid …", "Health insurer Anthem said …"
		"drug", "pharmaceutical", "pharmacy", "health", "healthcare", "medical":
		return k, true
	}
	return lo, false
}

// afterKindHead skips a lower-case organisation word before a name that
// holds a kind word of its own: "laboratorium Clinical Diagnostics NMDL" is
// Clinical Diagnostics NMDL, but "ospedale Niguarda" and "clinique
// Pasteur" are the hospital's names.
func afterKindHead(p part, lo, hi int) (int, bool) {
	cov := coverage(p)
	k := lo
	for k <= hi && !p.toks[k].Upper && cov[k] == kHealthOrg {
		k++
	}
	if k == lo || k >= hi || !p.toks[k].Upper {
		return lo, false
	}
	for m := k + 1; m <= hi; m++ {
		if orgKindWord(p.toks[m].Norm) || legalForm(p.toks[m].Norm) {
			return k, true
		}
	}
	return lo, false
}

// attackerTitle is a word that introduces an attacker's name: "hacktivists
// Cyber Partisans", "the group Killnet".
func attackerTitle(s string) bool {
	switch s {
	case "hacker", "hackers", "hacktivist", "hacktivists", "group", "gang", "collective", "actor", "actors", "crew",
		"operators", "affiliate", "affiliates", "cybercriminals", "apt":
		return true
	}
	return false
}

// agentBefore reports whether the attack word at i names an agent or a
// tool, whose preceding name is the attacker's or the tool's own
// ("Pro-Russian hacktivists", "DarkSide ransomware actors", "WhisperGate
// wiper"), not an event ("Change Healthcare ransomware attack").
func agentBefore(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "hacker", "hackers", "hacktivist", "hacktivists", "attacker", "attackers", "cybercriminals", "ransomware", "malware",
		"wiper", "trojan", "spyware", "botnet", "backdoor", "rancongiciel", "erpressungssoftware", "extortion":
	default:
		return false
	}
	next := ""
	if i+1 < len(toks) && !toks[i+1].Break {
		next = toks[i+1].Norm
	}
	if attackNoun(next) || next == "incident" {
		return false // "… ransomware attack"
	}
	switch toks[i].Norm {
	case "ransomware", "malware", "rancongiciel", "erpressungssoftware", "extortion":
		// "Ascension ransomware update" names the victim; "DarkSide
		// ransomware actors", "The Lorenz extortion group" the attacker.
		switch next {
		case "actor", "actors", "gang", "group", "operator", "operators", "affiliate", "affiliates", "strain", "variant",
			"family", "crew", "developers":
			return true
		}
		return false
	}
	return true
}

// breachRegulator reports whether toks name a regulator that lists
// breaches ("HHS’ Office for Civil Rights", "the ICO"): its portal or its
// register, not a victim. The police, also an authority, may be one.
func breachRegulator(toks []text.Token) bool {
	for k, t := range toks {
		switch t.Norm {
		case "hhs", "ocr", "ico", "cnil", "aepd", "garante", "commissioner", "regulator", "regulators":
			return true
		case "civil":
			// "Human Services’ Office for Civil Rights HIPAA Breach Reporting Tool" (round 49)
			if k+1 < len(toks) && toks[k+1].Norm == "rights" && (k == 0 || toks[k-1].Norm == "for" || toks[k-1].Norm == "of") {
				return true
			}
		}
	}
	return false
}

// afterHeadlineWords moves a name's start past the last capitalised verb
// or notice word of a Title Case headline inside it, and the connectors
// after that: "GA Provider Sends Notice of Healthcare" leaves "Healthcare"
// (round 63). ok is false when nothing is left.
func afterHeadlineWords(toks []text.Token, lo, hi int) (int, bool) {
	start := lo
	for j := lo; j < hi; j++ {
		if toks[j].Upper && headlineWord(toks[j].Norm) && !nameHeadlineWord(toks, j) {
			start = j + 1
		}
	}
	for start > lo && start <= hi && connector(toks[start].Norm) {
		start++
	}
	return start, start <= hi
}

// nameHeadlineWord reports whether a headline word at toks[j] opens a
// name: "Under Armour", "Over Health" (a preposition before a capitalised
// name's word, first in the span).
func nameHeadlineWord(toks []text.Token, j int) bool {
	switch toks[j].Norm {
	case "under", "over", "into", "about", "after", "amid", "than":
		return true
	}
	return false
}

// ministerOf reports whether the name at toks[k] follows a minister's
// title: "le ministre de la Santé François Braun" names the minister, not
// the hospital the title tells of (round 63).
func ministerOf(toks []text.Token, k int) bool {
	for j := k - 1; j >= max(0, k-3) && !toks[j+1].Break; j-- {
		switch toks[j].Norm {
		case "ministre", "minister", "ministro", "ministra", "ministerin", "secretary", "secretaire":
			return true
		case "de", "la", "du", "des", "of", "the", "della", "del", "da", "do", "der", "für", "fur", "van":
			continue
		}
		return false
	}
	return false
}

// authority reports whether a name is a regulator's, an agency's or the
// police's: "HHS OCR announces settlement with Banner Health over hack",
// "FBI says hackers…" speak of another organisation's attack. Such a name is
// the victim only as the object of an attack ("DDoS attack on HHS").
func authority(toks []text.Token) bool {
	if breachRegulator(toks) {
		return true
	}
	for k, t := range toks {
		if t.Norm == "human" && k >= 1 && k+1 < len(toks) && toks[k+1].Norm == "services" &&
			(toks[k-1].Norm == "health" || k >= 2 && toks[k-2].Norm == "health") {
			return true // the Department of Health and Human Services, of "Health & Human Services" (round 69)
		}
		switch t.Norm {
		case "ftc", "fbi", "cisa", "ncsc", "anssi", "bsi", "doj", "europol", "interpol", "fda",
			"police", "attorney", "justice", "incibe",
			// police in the other languages: "la Polizia postale avverte", "PSP alerta para emails falsos" (round 25)
			"polizia", "policia", "politie", "polizei", "gendarmerie", "psp", "carabinieri",
			"cybersicurezza", "ciberseguridad", "ciberseguranca", "cybersecurite", "cybersicherheit",
			// "Israel's National Cyber Directorate said", "Romania's national cybersecurity directorate"
			"directorate",
			// German authorities: "US-Behörde warnt vor Geräten des deutschen Herstellers B. Braun" (round 49)
			"behorde", "behorden", "aufsichtsbehorde", "bundesbehorde",
			// intelligence services: "Federal Office for the Protection of the Constitution (BfV) said"
			"intelligence", "constitution", "bfv", "verfassungsschutz", "nukib":
			return true
		}
	}
	// "Czech National Cyber and Information Security Agency", not the "UK
	// Health Security Agency"
	security, body, health := false, false, false
	for _, t := range toks {
		security = security || t.Norm == "security" || t.Norm == "cybersecurity"
		body = body || t.Norm == "agency" || t.Norm == "centre" || t.Norm == "center" || t.Norm == "office"
		health = health || t.Norm == "health"
	}
	return security && body && !health
}

// fullerNameInLead returns the name a body's first two sentences give a
// victim the title names by one word: the name holding that word ("Memorial
// notifies …" and "Lake Charles Memorial Health System is mailing …"), or,
// when the title's word is a town's before a kind of provider ("attack at
// Mobile hospital", "Changhua hospital"), the health organisation the lead
// names ("Springhill Medical Center").
func (c *Classifier) fullerNameInLead(body, title part, lo, hi int) (string, bool) {
	kind := func(k int) bool {
		if k >= len(title.toks) || title.toks[k].Upper || title.toks[k].Break {
			return false
		}
		switch title.toks[k].Norm {
		case "hospital", "clinic", "hospitals", "hopital", "clinique", "clinica", "hospitales", "hospitais", "ospedale", "clinics":
			return true
		}
		return false
	}
	townKind, town, numbered := false, false, false
	switch {
	case numberedKind(title.toks, lo, hi):
		numbered = true // "all'Ulss 6", the lead's "Ulss 6 Euganea" (round 46)
	case hi == lo+1 && kind(hi): // "Gillette hospital still diverting …"
		townKind = true
	case hi > lo+1 && kind(lo) && connector(title.toks[lo+1].Norm):
		// "contra hospital de Rio do Sul", "à l'hôpital de Corbeil": a kind
		// and its town, the lead's capitalised name for it
		townKind, town = true, true
	case hi == lo:
		// "Changhua hospital", "Oceanside public hospital"
		townKind = kind(hi+1) || (hi+2 < len(title.toks) && !title.toks[hi+1].Upper && !title.toks[hi+1].Break && kind(hi+2))
	default:
		return "", false
	}
	word := title.toks[lo].Norm
	sent, _ := sentenceNumbers(body.src, body.toks, nil)
	cov := coverage(body)
	for _, h := range body.hits {
		if (h.Value.kind != kHealthOrg && !(townKind && h.Value.kind == kHealthWeak && namedHealth(body.src, body.toks, h.First))) ||
			sent[h.First] > 2 {
			continue // but "Sarnia's Bluewater Health says …"
		}
		flo, fhi, ok := nameSpan(body.src, body.toks, h.First, h.Last)
		if numbered {
			flo, fhi, ok = h.First, h.Last, true
			for fhi+1 < len(body.toks) && (body.toks[fhi+1].Upper || body.toks[fhi+1].Digit) && !body.toks[fhi+1].Break {
				fhi++
			}
			if fhi-flo <= hi-lo || !slices.EqualFunc(body.toks[flo:flo+hi-lo+1], title.toks[lo:hi+1], sameWord) {
				continue
			}
			return strings.Trim(body.src[body.toks[flo].Start:body.toks[fhi].End], " ,.;:'\""), true
		}
		if !ok || fhi == flo || !c.validName(body, cov, flo, fhi) || authority(body.toks[flo:fhi+1]) || ministerOf(body.toks, flo) {
			continue
		}
		holds := false
		for k := flo; k < fhi; k++ {
			holds = holds || body.toks[k].Norm == word // and more of the name after it, not "… Dienstleister Bitmarck"
		}
		if town && !body.toks[flo].Upper {
			continue // "Une semaine après l'hôpital de Dax, … Villefranche-sur-Saône": another kind and town
		}
		if holds || townKind {
			return strings.Trim(body.src[body.toks[flo].Start:body.toks[fhi].End], " ,.;:'\""), true
		}
	}
	return "", false
}

// notAVictim reports whether the name at p.toks[lo..hi] that a victim
// pattern found is no victim after all: a gang the report names as one
// elsewhere ("PhilHealth refuses to pay ransom after Medusa attack … The
// Medusa ransomware group claimed"), a CERT ("the Dutch
// healthcare computer emergency response team Z-CERT said"), a word that
// opens sentences ("From"), a place and nothing more ("Hospitals across
// Gippsland and south-west Victoria have been hit"), or another attack the
// report compares ("weeks after the Optus data breach").
func (c *Classifier) notAVictim(d *doc, p part, lo, hi int) bool {
	sub := p.toks[lo : hi+1]
	if lo >= 2 && !p.toks[lo].Break && !p.toks[lo-1].Break && genitiveLink(p.toks[lo-1].Norm) && supplierNoun(p.toks[lo-2].Norm) {
		return true // the client of the supplier attacked: "the vendor of Lakeside Hospital" (round 46)
	}
	if len(sub) > 2 && supplierNoun(sub[0].Norm) && genitiveLink(sub[1].Norm) {
		return true // the same, the supplier's word taken in: "Cyberangriff auf Softwareanbieter des Kantonsspitals Aarau" (round 46)
	}
	if len(sub) > 1 && (smallNumberWord(sub[0].Norm) || sub[0].Digit) && pluralKind(sub[len(sub)-1].Norm) {
		return true // a count of organisations: "Hackers Seek Ransom From Two More California Hospitals" (round 45)
	}
	if lo >= 2 && p.toks[lo-1].Norm == "the" && attackAfter(p, hi) {
		switch p.toks[lo-2].Norm {
		case "after", "following", "like", "since", "than", "unlike", "before":
			return true // "The incident comes weeks after the Optus data breach": another attack
		}
	}
	for k := lo - 1; k >= max(1, lo-8) && !p.toks[k+1].Break; k-- {
		switch p.toks[k-1].Norm + " " + p.toks[k].Norm {
		case "follows the", "followed the", "echoes the", "mirrors the", "recalls the":
			// "The incident follows the August ransomware attack on the
			// Centre Hospitalier Sud Francilien": another attack
			if slices.ContainsFunc(p.toks[k+1:lo], func(t text.Token) bool { return attackNoun(t.Norm) || t.Norm == "ransomware" }) {
				return true
			}
		case "separate from", "unrelated to", "distinct from", "apart from":
			return true // "The attack is separate from the February hack of Change Healthcare": another attack
		case "related to", "linked to", "connected to":
			if k >= 2 && negation(p.toks[k-2].Norm) {
				return true // "not linked to the attack on …"
			}
		}
	}
	if likeCaseBefore(p.toks, lo) {
		return true
	}
	if partnerOfVictim(p, lo) {
		return true
	}
	if hi+3 < len(p.toks) && p.toks[hi+1].Break && strings.Contains(p.src[p.toks[hi].End:p.toks[hi+1].Start], ",") &&
		p.toks[hi+1].Norm == "a" && (p.toks[hi+2].Norm == "separate" || p.toks[hi+2].Norm == "different" || p.toks[hi+2].Norm == "unrelated") {
		return true // "the MOVEit hack at Welltok, a separate incident": another attack
	}
	if hits := c.actors.Find(sub); len(hits) > 0 {
		named := map[string]bool{} // the groups the report names as such
		for _, whole := range [][]text.Token{d.titleToks, d.bodyToks} {
			for _, a := range c.actorHits(whole) {
				named[a.Value.name] = true
			}
		}
		for _, h := range hits {
			if named[h.Value.name] {
				return true
			}
		}
	}
	for _, t := range sub {
		if t.Norm == "cert" || t.Norm == "csirt" || strings.HasSuffix(t.Norm, "cert") && len(t.Norm) <= 6 {
			return true
		}
	}
	for _, t := range sub[1:] {
		switch t.Norm {
		case "hackers", "attackers", "hacktivists", "cybercriminals", "gang":
			return true // "Pro-Russian Hackers Claim": the attackers, however capitalised
		}
	}
	switch sub[0].Norm {
	case "tater", "angreifer", "erpresser", "hacker", "hackers", "cyberkriminelle", "kriminelle", "attaquants", "pirates",
		"atacantes", "aggressori", "criminosos", "aanvallers", "daders",
		// "Unbekannte kapern Kundenkonten", "Criminelen breken in op …", and what was taken: "Dateien", "fichiers"
		"unbekannte", "inconnus", "desconocidos", "sconosciuti", "onbekenden", "criminelen", "ciberdelincuentes",
		"cybercriminels", "cybercriminali", "dateien", "fichiers", "archivos", "bestanden", "ficheiros", "arquivos":
		return true // "hatten die Täter 30 Server verschlüsselt": the attackers and what they hit
	case "teile", "teil", "grossteil", "grossteile", "parte", "partie", "onderdelen":
		return true // "Zugriff auf Teile der IT-Infrastruktur": a part of the systems, no name
	}
	if len(sub) == 1 && strings.ContainsAny(p.src[sub[0].End:min(len(p.src), sub[0].End+3)], "'’") {
		switch sub[0].Norm {
		case "sull", "dell", "nell", "all", "dall", "coll", "sul":
			return true // an Italian elision read as a word: "Attacco DDoS filorusso all'Iss"
		}
	}
	if len(sub) == 1 {
		switch sub[0].Norm {
		case "from", "national", "international", "federal", "state", "public", "global", "data", "new", "officials", "it",
			// who investigates, a group's word: "Investigators found …", "nach dem Cyberangriff auf den Konzern"
			"investigators", "investigator", "ermittler", "enqueteurs", "investigadores", "investigatori", "rechercheurs",
			"konzern", "unternehmen", "gruppe", "groupe", "grupo", "gruppo", "company", "firm",
			// sizes and a disease: "70 TB data theft", "COVID data leak"
			"tb", "gb", "mb", "terabytes", "gigabytes", "covid",
			// ordinals and "another" opening a headline: "Zweiter Cyberangriff binnen drei Wochen"
			"second", "third", "another", "zweiter", "zweite", "erster", "erste", "dritter", "weiterer", "erneuter",
			"deuxieme", "nouvelle", "nouveau", "segundo", "segunda", "secondo", "seconda", "tweede", "nieuwe",
			// a time, capitalised as German nouns are: "Anfang Monat", "Ende Juni"
			"anfang", "ende", "mitte":
			return true
		}
		if writtenInLowerCase(d, sub[0].Norm) {
			return true // "Operations have been cancelled …" under "… cancel operations after IT attack"
		}
		if namedPerson(d, sub[0].Norm) {
			return true // "Fisher said he was upset after cyber hackers …", named "DCH spokesperson Brad Fisher" before (round 42)
		}
		if malwareFamily(d, sub[0].Norm) {
			return true // "the Backmydata ransomware, part of the Phobos family"
		}
		if n := sub[0].Norm; len(n) > 6 && strings.HasSuffix(n, "sche") {
			return true // a Dutch adjective: "Russische hackers", "Belgische ziekenhuizen"
		}
	}
	for k, t := range sub[:len(sub)-1] {
		if roleWord(t.Norm) {
			return true // "Health Minister Andrew Little has confirmed": a person
		}
		if k > 0 && (t.Norm == "sized" || t.Norm == "style") && p.src[sub[k-1].End:t.Start] == "-" {
			return true // a compound adjective: "Texas-Sized Health Hacking Hits 405K" (round 58)
		}
	}
	if len(sub) >= 2 && !slices.ContainsFunc(sub, func(t text.Token) bool { return len(t.Norm) > 1 }) &&
		p.src[sub[0].End:sub[1].Start] == "." {
		return true // "S.C.": a legal form's initials, the name before its comma (not "X", "D&B")
	}
	covered := make([]bool, len(sub))
	for _, m := range c.geo.Find(sub, p.src, false) {
		if m.Kind == geo.KindCountry || m.Kind == geo.KindRegion || m.Kind == geo.KindCity || m.Kind == geo.KindDemonym {
			for k := m.First; k <= m.Last && k < len(sub); k++ {
				covered[k] = true
			}
		}
	}
	for _, m := range c.townsIn(d, p) { // read in its context: "Klamath Falls hospital"
		for k := max(m.First, lo); k <= min(m.Last, hi); k++ {
			covered[k-lo] = true
		}
	}
	if hi+1 < len(p.toks) && !p.toks[hi+1].Upper && coverage(p)[hi+1] == kHealthOrg {
		for _, m := range c.geo.Find(sub, p.src, false) {
			if m.Kind == geo.KindCounty && m.First == 0 && m.Last == len(sub)-1 {
				return true // "the Whiteside County hospital": a county's, not a name
			}
		}
	}
	place := false
	for k, t := range sub {
		place = place || covered[k]
		switch {
		case covered[k], article(t.Norm), connector(t.Norm), geo.CompassWord(t.Norm), k == 0 && smallNumberWord(t.Norm):
		case k == 0 && t.Norm == "pro" && len(sub) > 1: // "Pro-Russian": a side, not a name
		case k == len(sub)-1 && !t.Upper && coverage(p)[lo+k] == kHealthOrg:
			// "Eastern Ontario hospital confirms …": a place and a kind
		default:
			return false
		}
	}
	return place // "Bavarian", "Southern California", "Eastern Ontario hospital", "Five Southern Ontario hospitals"
}

// namedPerson reports whether the report names a person by the surname w:
// a role or a title, a first name, then w ("DCH spokesperson Brad Fisher",
// "The hospital's president, Dr. Greg Duick"), or a first name, w and a
// role after a comma ("Tim Ottinger, vice president for the regional health
// system", "Chuck Hays, CEO of MaineGeneral Health", round 58).
func namedPerson(d *doc, w string) bool {
	for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
		for i := 2; i < len(toks); i++ {
			if toks[i].Norm != w || !toks[i].Upper || !toks[i-1].Upper || toks[i].Break {
				continue
			}
			if before := toks[i-2].Norm; roleWord(before) || honorific(before) {
				return true
			}
			if i+1 < len(toks) && toks[i+1].Break { // the role after the comma: "Tim Ottinger, vice president"
				for k := i + 1; k < min(len(toks), i+4) && (k == i+1 || !toks[k].Break); k++ {
					if roleWord(toks[k].Norm) {
						return true
					}
				}
			}
		}
	}
	return false
}

// mister is a title before a person's surname that no organisation's
// name begins with ("Dr." and "Prof." do: "Dr. Reddy's Laboratories").
func mister(s string) bool {
	switch s {
	case "mr", "mrs", "ms", "miss", "herr", "frau", "monsieur", "madame", "mme", "senor", "senora", "signor", "signora":
		return true
	}
	return false
}

// honorific is a person's title before a name.
func honorific(s string) bool {
	switch s {
	case "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "herr", "frau", "monsieur", "madame", "mme",
		"docteur", "doktor", "senor", "senora", "signor", "signora", "dott", "dottore", "dottoressa", "doutor", "doutora":
		return true
	}
	return false
}

// attackAfter reports whether an attack word follows the name ending at
// p.toks[hi], perhaps after "data" ("the Optus data breach"), not a verb
// ("after the Health Service Executive shut down its IT systems").
func attackAfter(p part, hi int) bool {
	cov := coverage(p)
	for k := hi + 1; k < min(len(p.toks), hi+3) && !p.toks[k].Break; k++ {
		if cov[k] == kCyber || attackNoun(p.toks[k].Norm) {
			return true
		}
		if p.toks[k].Norm != "data" {
			return false
		}
	}
	return false
}

// writtenInLowerCase reports whether the document writes the word w in
// lower case somewhere: a common word, capitalised where it opens a
// sentence or a Title Case headline. A brand written in lower case as a
// sentence's subject ("the company cellebrite has been hacked") is a name,
// and so is a word of a headline written all in lower case ("hse cyber
// attack latest").
func writtenInLowerCase(d *doc, w string) bool {
	for pi, part := range d.parts() {
		if pi == 0 && whispering(d.title) {
			continue
		}
		for i, t := range part.toks {
			if t.Norm != w || t.Upper || t.Digit || !unicode.IsLower([]rune(part.src[t.Start:t.End])[0]) || inAddress(part.src, t) {
				continue
			}
			if i+1 < len(part.toks) {
				switch part.toks[i+1].Norm {
				case "has", "have", "had", "was", "is", "were", "said", "says":
					continue
				}
			}
			return true
		}
	}
	return false
}

// gluedWords reports whether a word is several run together, as a page's
// tag list is when its markup is dropped: twenty letters or more, with
// capitals inside twice ("AuthorityVirusCyberattack"). "MedStar" and
// "HealthEquity" have one.
func gluedWords(w string) bool {
	if utf8.RuneCountInString(w) < 20 {
		return false
	}
	inner, prev := 0, rune(0)
	for _, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			inner++
		}
		prev = r
	}
	return inner >= 2
}

// partnerOfVictim reports whether the name at p.toks[lo] is among the
// partners a victim works with, in its sentence: "Northwood is working with
// the Nova Scotia Health Authority and the Department of Health", "working
// closely with a number of our partners including the Nova Scotia Health
// Authority, the Department of Health and Wellness" (round 60).
func partnerOfVictim(p part, lo int) bool {
	for k := lo - 1; k >= max(1, lo-16) && !startsSentence(p.src, p.toks, k+1); k-- {
		w := p.toks[k].Norm
		if attackNoun(w) || w == "ransomware" {
			return false
		}
		switch p.toks[k-1].Norm + " " + w {
		case "working with", "partners including", "partnered with", "collaborating with", "coordinating with",
			"cooperating with", "partnering with":
			return true
		}
	}
	return false
}

// inAddress reports whether t is part of a web or mail address, where
// names are written in lower case: "https://www.cbc.ca/news/…/northwood"
// (round 60).
func inAddress(src string, t text.Token) bool {
	lo := strings.LastIndexAny(src[:t.Start], " \t\n") + 1
	hi := strings.IndexAny(src[t.End:], " \t\n")
	if hi < 0 {
		hi = len(src)
	} else {
		hi += t.End
	}
	chunk := src[lo:hi]
	return strings.Contains(chunk, "/") || strings.Contains(chunk, "@") || strings.HasPrefix(chunk, "www.")
}

// malwareFamily reports whether the document names w as a ransomware
// family: "the Backmydata ransomware, part of the Phobos family", "Locky
// ransomware spreads", w ransomware followed by a word that is no attack's
// (a title that ends on it, "ELTA ransomware", names an incident).
func malwareFamily(d *doc, w string) bool {
	for _, part := range d.parts() {
		toks := part.toks
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Norm != w || toks[i+1].Norm != "ransomware" {
				continue
			}
			if i+2 >= len(toks) {
				continue // "ELTA ransomware": an incident's name
			}
			if toks[i+2].Break || part.src[toks[i+1].End:toks[i+2].Start] != " " {
				return true
			}
			switch toks[i+2].Norm {
			case "attack", "attacks", "incident", "hack", "breach", "outage", "event", "crisis":
			default:
				return true
			}
		}
	}
	return false
}

// Victim patterns. A report names its victim as the object of the attack
// ("attack on X", "cyberattaque contre X", "Cyberangriff auf X", "ataque a
// X", "attacco all'X", "cyberaanval op X", "ransomware hits X"), as the
// subject of a passive or reporting verb ("X hit by", "X says hackers
// stole", "X discloses cyberattack", "X victime d'une cyberattaque", "X
// Opfer eines Cyberangriffs", "X getroffen door"), or right before the
// attack word ("Change Healthcare cyberattack").
const (
	victimObject   = "text:object_of_attack"
	victimSubject  = "text:subject_of_attack_verb"
	victimCompound = "text:name_before_attack_word"
	victimSource   = "text:source_of_stolen_data"
)

// namedBreach reports whether toks[i] is a breach named after its
// organisation in a headline, or a data breach: "HealthEquity Breach Hits
// 4.3 Million Customers", "the Kaiser data breach". Whatever was lost or
// taken, the name before it is whose breach it was (round 50).
func namedBreach(toks []text.Token, i int) bool {
	if toks[i].Norm != "breach" {
		return false
	}
	return len(toks) <= 24 || (i > 0 && toks[i-1].Norm == "data")
}

// coverage marks, for each token of a part, the kind of lexicon hit that
// covers it (0 for none).
func coverage(p part) []kind {
	cov := make([]kind, len(p.toks))
	for _, h := range p.hits {
		for k := h.First; k <= h.Last; k++ {
			cov[k] = h.Value.kind
		}
	}
	return cov
}

// attackObject finds the named victim of an attack in one part.
func (c *Classifier) attackObject(p part, english, germanic, slavicNa bool) (lo, hi int, rule string, ok bool) {
	toks := p.toks
	// Italian's articled prepositions link an attack to its object ("attacco
	// hacker all'Ulss 6"), but English and German "all"/"alle" mean all:
	// "kappt nach IT-Angriff alle Verbindungen" names no victim. The Slavic
	// languages' "na" ("atak na Lotnicze Pogotowie Ratunkowe") is
	// Portuguese "in the" ("ataques na Europa").
	linker := func(s string) bool {
		return attackLinker(s) && !((english || germanic) && italianArticle(s)) && (s != "na" || slavicNa)
	}
	if len(toks) == 0 {
		return 0, 0, "", false
	}
	cov := coverage(p)
	starts := sentenceStarts(p.src, toks)
	actorAt := make([]bool, len(toks))
	for _, h := range c.actorHits(toks) {
		for k := h.First; k <= h.Last; k++ {
			actorAt[k] = true
		}
	}
	// cyberInSentence[i]: the sentence of token i has a cyber word or actor.
	cyberInSentence := make([]bool, len(toks))
	for s := 0; s < len(toks); {
		e := s + 1
		for e < len(toks) && !starts[e] {
			e++
		}
		has := false
		for k := s; k < e; k++ {
			has = has || cov[k] == kCyber || actorAt[k]
		}
		for k := s; k < e; k++ {
			cyberInSentence[k] = has
		}
		s = e
	}
	joined := func(a, b int) bool {
		return !separated(p.src[toks[a].End:toks[b].Start])
	}
	anchor := func(i int) bool {
		if agencyCyber(toks, i) {
			return false // "the National Cyber Security Centre": an agency's name
		}
		return cov[i] == kCyber || actorAt[i] || (attackNoun(toks[i].Norm) && cyberInSentence[i]) || namedBreach(toks, i) ||
			(toks[i].Norm == "theft" && cyberInSentence[i] && theftOfData(toks, i))
	}
	for i := 0; i < len(toks); i++ {
		if !anchor(i) {
			continue
		}
		// Object: anchor, more attack words, a linker, fillers, a name.
		j := i + 1
		for j < len(toks) && j-i <= 3 && (anchor(j) || isGroupWord(toks[j].Norm) || toks[j].Norm == "claims" ||
			toks[j].Norm == "claimed" || (attackNounOf(toks[j].Norm) && !toks[j].Upper)) && joined(j-1, j) { // "Email account takeover at …"
			j++
		}
		if j+1 < len(toks) && j > i && toks[j].Norm == "to" && purposeVerb(toks[j+1].Norm) && joined(j-1, j) && joined(j, j+1) {
			j++ // "used Ryuk ransomware to infect …": the attacker's purpose names the victim (round 49)
		}
		if j+2 < len(toks) && j > i && relativeSubject(toks[j].Norm) && joined(j-1, j) && joined(j, j+1) &&
			(pastLinker(toks[j+1].Norm) || perfectAuxiliary(toks[j+1].Norm) && pastLinker(toks[j+2].Norm)) {
			j++ // "une attaque informatique qui a visé …", "a cyberattack that hit …" (round 62)
		}
		if english && j+1 < len(toks) && j > i && progressiveAuxiliary(toks[j].Norm) && toks[j+1].Norm == "targeting" &&
			joined(j-1, j) && joined(j, j+1) && !starts[j] {
			j++ // "The bad actors … were targeting Butler County Health Care Center" (round 67)
		}
		if j+1 < len(toks) && j > i && perfectAuxiliary(toks[j].Norm) && pastLinker(toks[j+1].Norm) && joined(j, j+1) && !starts[j+1] {
			j++ // "Une cyberattaque a frappé …", "un attacco hacker ha colpito …": the auxiliary, then the verb
		}
		// A past verb, in the lead: "A recent cyberattack targeted REMSA
		// Health", "Une cyberattaque a frappé l'Hôpital …" (round 37).
		if v := j; v+1 < len(toks) && v > i && pastLinker(toks[v].Norm) && joined(v-1, v) && !starts[v] && inFirstSentences(starts, v) &&
			!namedHealthBefore(toks, cov, starts, i) {
			if lo, hi, ok := c.pastObject(p, cov, starts, v+1, english, joined); ok {
				return lo, hi, victimObject, true
			}
		}
		// German and Dutch perfects close the clause with the participle, the
		// object between: "Ein Computerwurm hat das Westfriesgasthuis in
		// Hoorn lahmgelegt", "Hackers hebben het Ikazia ziekenhuis
		// aangevallen" (round 61).
		if v := j; germanic && v+1 < len(toks) && v > i && germanicAuxiliary(toks[v].Norm) && joined(v-1, v) && !starts[v] &&
			inFirstSentences(starts, v) && closingParticiple(toks, starts, v+1) && !namedHealthBefore(toks, cov, starts, i) {
			if lo, hi, ok := c.pastObject(p, cov, starts, c.afterLowerDemonym(p, v+1), english, joined); ok {
				return lo, hi, victimObject, true
			}
		}
		transitive := j < len(toks) && article(toks[j].Norm) && j > i && strings.HasSuffix(toks[j-1].Norm, "ed") &&
			joined(j-1, j) && !starts[j] // "defaced the website of the Greek Ministry", "attacked the Dirección …"
		// The attack word just read is the attacker's verb: "LAPSUS$ leaks
		// Nvidia data", "Vice Society attacks University of Duisburg-Essen".
		// So is a gang's claim of a name of several words: "LockBit claims
		// City of Wichita" (an abbreviation claimed, "Medusa claims KCATA",
		// is better read in full from the text).
		claim := actorAt[i] && (toks[j-1].Norm == "claims" || toks[j-1].Norm == "claimed") && j+1 < len(toks) && !toks[j+1].Break &&
			toks[j].Norm != "responsibility" && toks[j].Norm != "credit" // "Interlock Claims Responsibility for Kettering Health Attack" (round 34)
		verbed := j < len(toks) && j-1 > i && (linker(toks[j-1].Norm) || claim) && toks[j].Upper && !starts[j]
		// The attack word is a verb between two names: "Malek Team leaks
		// Ziv Medical Center data", whoever the unknown group is.
		between := english && j == i+1 && j < len(toks) && i > 0 && attackVerbBetween(toks[i].Norm) &&
			toks[i-1].Upper && joined(i-1, i) && toks[j].Upper && !starts[j] && !starts[i]
		verbed = verbed || between
		// "Hack of Tehran Municipality", "Breach of the Kansas judicial branch"
		ofNoun := j == i+1 && j+1 < len(toks) && toks[j].Norm == "of" && attackNounOf(toks[i].Norm)
		// "Piratage d’Itélis", "Hackeo de Farmatodo" (round 56): the object's capital follows at once
		ofNoun = ofNoun || (j == i+1 && j+1 < len(toks) && romanceOf(toks[j].Norm) && romanceAttackNounOf(toks[i].Norm) &&
			toks[j+1].Upper && joined(j, j+1))
		// The attack as the agent of a passive verb: "Personal Touch Holding
		// Corp. hit by ransomware attack at MSP" names its victim before
		// the verb; "at MSP" is where the attack struck (round 47).
		a := i // the first attack word of the run ("ransomware attack")
		for a > 0 && anchor(a-1) && joined(a-1, a) {
			a--
		}
		agent := a >= 3 && toks[a-1].Norm == "by" && passiveAttack(toks[a-2].Norm) && joined(a-2, a-1) && joined(a-1, a) &&
			toks[a-3].Upper
		if j < len(toks) && (linker(toks[j].Norm) || transitive || verbed || ofNoun) && joined(j-1, j) && !starts[j] && !agent {
			start := j + 1
			if transitive || verbed {
				start = j
			}
			if k, ok := objectStart(p, cov, start, joined); ok && !slices.Contains(starts[start+1:k+1], true) {
				// (not in the next sentence: "… attack on the Las Vegas
				// hospital's network. Screenshots reviewed by …")
				lo, hi, ok := nameFrom(p.src, toks, cov, k, english)
				if between || ofNoun {
					// a Title Case title's things after the name: "… leaks
					// Stratfor Info", "… defaces NATO Website"; a thing first
					// ("Website of Political Candidate") names no one
					for hi > lo && takenThing(toks[hi].Norm) {
						hi--
					}
					ok = ok && !takenThing(toks[lo].Norm)
				}
				if ok && c.validName(p, cov, lo, hi) && !allKindWords(toks[lo:hi+1]) { // "Phishing Hit Healthcare Organizations" (round 54)
					return lo, hi, victimObject, true
				}
			}
		}
		// Compound: a name right before the attack word. Before a takedown
		// ("Anonymous takes down …") the name is the attacker. Outside
		// English only a health body's word ends such a name: the other
		// languages name the victim after the attack word, and a capitalised
		// word before it is a noun or an adverb ("Offenbar Hackerangriff",
		// "Serverdaten"; round 31).
		b := i - 1 // the name's last word
		if b > 1 && (toks[b].Norm == "data" || toks[b].Norm == "privacy") && toks[b].Upper && joined(b-1, b) && possessiveS(p.src, toks, b-1) {
			b-- // a subheading's "PharMerica’s Data Breach" (round 47), "Blue Shield of California’s Privacy Breach" (round 69)
		}
		if b > 0 && toks[b].Norm == "data" && !toks[b].Upper && joined(b-1, b) && toks[b-1].Upper {
			b-- // "Kootenai Health data breach": "Health data" read as health data
		}
		if b > 0 && toks[b].Norm == "data" && toks[b].Upper && toks[i].Norm == "breach" && joined(b-1, b) && toks[b-1].Upper {
			b-- // a Title Case headline's "Ernest Health Data Breach" (round 50)
		}
		if b > 0 && dataOwnerNoun(toks[b].Norm) && !toks[b].Upper && joined(b-1, b) && toks[b-1].Upper {
			b-- // "Dymocks customer data leaked", "Sharp HealthCare website data breach"
		}
		if b > 1 && toks[b].Norm == "by" && toks[b-1].Upper && passiveAttack(toks[b-1].Norm) && joined(b-1, b) &&
			joined(b-2, b-1) && toks[b-2].Upper {
			b -= 2 // a Title Case headline: "Western Nebraska Hospital Attacked By Ransomware" (round 39)
		}
		if b > 1 && toks[b].Upper && hedgeAdverb(toks[b].Norm) && joined(b-1, b) && toks[b-1].Upper {
			b-- // its hedge: "127,000 NorthCare Patients Potentially Compromised" (round 52)
		}
		if b > 1 && toks[b].Upper && headlineVerb(toks[b].Norm) && joined(b-1, b) && toks[b-1].Upper {
			b-- // its verb: "UC San Diego Health Experiences Phishing Attack" (round 45)
		}
		if b > 1 && toks[b].Upper && headlinePeople(toks[b].Norm) && joined(b-1, b) && toks[b-1].Upper {
			b-- // its people: "5,000 Metrocare Service Patients Affected by Phishing Attack" (round 45)
		}
		if i > 0 && cov[b] != kCyber && (english || cov[b] == kHealthOrg) && joined(b, i) && !strings.Contains(p.src[toks[b].End:toks[i].Start], "&") && !starts[i] && (toks[b].Upper || cov[b] == kHealthOrg) && !actorAt[b] &&
			!takedownVerb(toks[i].Norm) && !agentBefore(toks, i) && !namedScheme(toks, i) && !policeUnit(toks[b].Norm) &&
			!objectAfterVerb(p.src, toks, i) &&
			!outsideAgent(toks, i) && !preposition(toks[b].Norm) && !timePreposition(toks[b].Norm) &&
			!(toks[b].Upper && titlePreposition(toks[b].Norm)) && // "… Loses Patient Data In Ransomware Attack" (round 56)
			!currencyUnit(toks[b].Norm) { // "a 200 BTC ransom": its money, no victim (round 52) // "Isis hackers attack NHS websites": the name before the hackers is theirs (round 40); "… on Partial Diversion After Cyberattack" (round 44)
			lo, hi, ok := nameBefore(p.src, toks, cov, b, english)
			if ok {
				lo, ok = afterHeadlineWords(toks, lo, hi) // "GA Provider Sends Notice of Healthcare Data Breach" (round 63)
			}
			if ok && c.validName(p, cov, lo, hi) &&
				!(lo > 0 && attackerTitle(toks[lo-1].Norm) && joined(lo-1, lo)) && !legalAction(toks, lo, hi) &&
				!breachRegulator(toks[lo:hi+1]) && // "the HHS’ Office for Civil Rights breach portal" (round 51)
				!(authority(toks[lo:hi+1]) && i+1 < len(toks) && breachListWord(toks[i+1].Norm)) && // "The Department of Health and Human Services breach reporting tool" (round 61)
				!incidentHead(toks[lo].Norm) && // a subheading: "The Incident Involves Ransomware Encryption" (round 53)
				!(lo == hi && sentenceOpener(toks[lo].Norm)) && // "Work email accounts … were exploited" (round 53)
				!(lo == hi && takenThing(toks[lo].Norm)) && // a form's "# of Accounts Breached: 24,000" (round 56)
				!(lo < hi && stolenThing(toks[hi].Norm)) { // a subheading's "Sensitive Medical Information Compromised" (round 61)
				return lo, hi, victimCompound, true // but "hacktivists Cyber Partisans leaked …" names the attacker
			}
		}
	}
	// Source of stolen data: "data stolen from NHS Dumfries and Galloway",
	// "stole 6 TB of data from Change Healthcare", "leaks data of Boston
	// Children's Health Physicians", in a sentence that speaks of a
	// cyberattack or of data taken.
	for j := 2; j+1 < len(toks); j++ {
		of := toks[j].Norm == "of" && stolenThing(toks[j-1].Norm) // "leaks data of Boston Children's Health Physicians"
		if (toks[j].Norm != "from" && !of) || starts[j] || !joined(j-1, j) {
			continue
		}
		took, data := false, stolenThing(toks[j-1].Norm) // "stole data from TransUnion South Africa"
		for k := j - 1; k >= 0 && j-k <= 6 && !starts[k+1]; k-- {
			if takenWord(toks[k].Norm) {
				took = true
				data = data || (k > 0 && stolenThing(toks[k-1].Norm))
			}
			if toks[k].Norm == "theft" && stolenThing(toks[j-1].Norm) {
				took = true // "Theft of payment card data from Air Europa"
			}
		}
		if !took || !(cyberInSentence[j] || data) {
			continue // "a laptop stolen from an employee's car"
		}
		if k, ok := objectStart(p, cov, j+1, joined); ok && !(starts[k] && preposition(toks[k].Norm)) { // not "… from their systems. Among the victims …"
			if lo, hi, ok := nameFrom(p.src, toks, cov, k, english); ok && c.validName(p, cov, lo, hi) && !authority(toks[lo:hi+1]) {
				return lo, hi, victimSource, true
			}
		}
	}
	// Subject: a name, a verb, an attack word later in the sentence.
	for v := 1; v < len(toks); v++ {
		// "Salud Total EPS was the object of an external computer attack",
		// "… has been the target of a cyberattack" (round 53)
		objectOf := v >= 3 && (toks[v].Norm == "victim" || toks[v].Norm == "target" || toks[v].Norm == "object") &&
			(toks[v-1].Norm == "the" || toks[v-1].Norm == "an") && auxiliary(toks[v-2].Norm) && joined(v-2, v-1)
		// a system's owner whose system an attack "affected": "Northwood's
		// computer network affected by virus" (round 60)
		systemAffected := toks[v].Norm == "affected" && systemNoun(toks[v-1].Norm)
		if !(subjectVerb(toks[v].Norm) || objectOf || systemAffected) || !cyberInSentence[v] || !(joined(v-1, v) || (parenthesised(p.src, toks, v-1) && strings.TrimSpace(p.src[toks[v-1].End:toks[v].Start]) == ")")) || starts[v] {
			continue
		}
		if takedownVerb(toks[v].Norm) && cov[v] == kCyber {
			continue // "Anonymous takes down …": the takedown's subject is the attacker
		}
		if reportingVerb(toks[v].Norm) && v+1 < len(toks) && (toks[v+1].Norm == "on" || toks[v+1].Norm == "about") {
			continue // a writer: "Jessica Davis reports on a potentially very serious cyberattack" (round 57)
		}
		if (toks[v].Norm == "paid" || toks[v].Norm == "pays") && slices.Contains(starts[1:v], true) {
			continue // who paid, in the lead only: "after UnitedHealth paid USD 22 million" tells of a parent
		}
		later := false
		for k := v + 1; k < len(toks) && k-v <= 12 && !starts[k]; k++ {
			later = later || anchor(k)
		}
		e := v - 1
		if e > 1 && parenthesised(p.src, toks, e) {
			e-- // "The National Health Laboratory Service (NHLS) says …": the name before its abbreviation
		}
		if toks[v].Norm == "opfer" {
			e = pastGermanDate(toks, e) // "Die Vidymed-Gruppe wurde am 7. Dezember Opfer eines Cyberangriffs" (round 34)
		}
		reach := 2
		if objectOf {
			e, reach = v-2, 3 // the article, then the auxiliaries
		}
		for e > 0 && v-e <= reach && (auxiliary(toks[e].Norm) || subjectAdverb(toks[e].Norm)) && joined(e-1, e) {
			e-- // "X was hit by", "X has been targeted"
		}
		if e > 0 && v-e <= 2 && systemNoun(toks[e].Norm) && !(toks[e].Upper && toks[e-1].Upper) && joined(e-1, e) {
			e-- // "Cedars-Sinai website knocked offline": the organisation owns the system
			if e > 0 && systemModifier(toks[e].Norm) && !toks[e].Upper && joined(e-1, e) {
				e-- // "Northwood's computer network affected by virus" (round 60)
			}
			if e > 0 && possessiveS(p.src, toks, e) {
				e-- // the owner's name before its "'s" (round 60)
			}
		}
		if later && e > 1 && !joined(e-1, e) && strings.TrimSpace(p.src[toks[e-1].End:toks[e].Start]) == "," {
			// "Vastaamo, a private psychotherapy provider that runs some two
			// dozen centers across Finland, has been hit by": the name stands
			// before the appositive.
			if k, ok := appositiveStart(p, starts, e-1); ok {
				e = k - 1
			}
		}
		if !later || !(toks[e].Upper || cov[e] == kHealthOrg) || actorAt[e] {
			continue
		}
		lo, hi, ok := nameBefore(p.src, toks, cov, e, english)
		for ok && lo >= 3 && toks[lo-1].Norm == "the" && (toks[lo-2].Norm == "of" || toks[lo-2].Norm == "for") && toks[lo-3].Upper &&
			joined(lo-3, lo) {
			// "Federal Office for the Protection of the Constitution (BfV)
			// said": the whole name, not its last words
			l2, _, ok2 := nameBefore(p.src, toks, cov, lo-3, english)
			if !ok2 || l2 >= lo {
				break
			}
			lo = l2
		}
		if ok && lo > 0 && attackerTitle(toks[lo-1].Norm) && joined(lo-1, lo) {
			continue // "Belarusian hacktivists Cyber Partisans leaked …": the attacker's name
		}
		if ok && lo > 0 && roleWord(toks[lo-1].Norm) {
			continue // "Chief executive Kevin Snee said …": a person speaking for the victim
		}
		if ok && reportingVerb(toks[v].Norm) && (c.teller(p, lo, hi) || toldOfOthers(toks, v, cov)) {
			continue // "The Associated Press reported that the ransom note …": who tells, not who was hit
		}
		if ok && (toks[v].Norm == "said" || toks[v].Norm == "says") && c.teller(p, lo, hi) {
			continue // "The Canadian Broadcasting Corporation said a ransomware attack … was behind" (round 58)
		}
		if ok && lo > 0 && (toks[lo-1].Norm == "near" || toks[lo-1].Norm == "nearby") && joined(lo-1, lo) {
			continue // "a retirement home … near Pont-Audemer was targeted": a place, not the victim (round 52)
		}
		// The name before "in" or "at" its town ("in The Villages"): n is
		// the name's last word.
		n := lo - 2
		if ok && n >= 1 && article(toks[lo-1].Norm) {
			n-- // "UF Health hospitals in The Villages and Leesburg"
		}
		inTown := ok && n >= 0 && (toks[n+1].Norm == "in" || toks[n+1].Norm == "at" ||
			// "Saint Anthony Hospital on Chicago's West Side confirmed …" (round 40)
			toks[n+1].Norm == "on" && possessiveS(p.src, toks, lo+1) && len(c.geo.Find(toks[lo:lo+1], p.src, false)) > 0)
		if inTown && cov[n] == kHealthOrg {
			// "St. Joseph's Hospital in Syracuse reports …": the hospital, not its city
			k := n
			for k > 0 && cov[k-1] == kHealthOrg {
				k--
			}
			if l2, h2, ok2 := nameSpan(p.src, toks, k, n); ok2 && c.validName(p, cov, l2, h2) && !authority(toks[l2:h2+1]) {
				return l2, h2, victimSubject, true
			}
			continue // "The 470-bed teaching hospital in West Brighton said …": its town is no victim
		}
		if inTown && n >= 1 && toks[n].Upper && cov[n] != kHealthOrg {
			// "Memorial Hospital and Manor in Bainbridge hit by …": a name
			// of capitalised words holding a health word, then its town.
			k, health := n, false
			for k > 0 && n-k < 6 && joined(k-1, k) && (toks[k-1].Upper || toks[k-1].Norm == "and" ||
				// "The Hospital for Sick Children in Toronto says …"
				((toks[k-1].Norm == "for" || toks[k-1].Norm == "of") && k > 1 && toks[k-2].Upper && joined(k-2, k-1))) {
				k--
			}
			for k < n && !toks[k].Upper {
				k++ // not from "and"
			}
			for j := k; j <= n; j++ {
				if cov[j] == kCyber || subjectVerb(toks[j].Norm) {
					k, health = j+1, false // "Cyberattack Hits Memorial Hospital …" in a title's capitals
				}
				health = health || cov[j] == kHealthOrg
			}
			if health && k <= n {
				if l2, h2, ok2 := nameSpan(p.src, toks, k, n); ok2 && c.validName(p, cov, l2, h2) && !authority(toks[l2:h2+1]) {
					return l2, h2, victimSubject, true
				}
			}
		}
		if ok && c.validName(p, cov, lo, hi) && !authority(toks[lo:hi+1]) && !allKindWords(toks[lo:hi+1]) {
			return lo, hi, victimSubject, true // but "Another Healthcare Provider Hit by …" names no one (round 53)
		}
	}
	return 0, 0, "", false
}

// pastObject reads the health body named from token k on, after a past
// verb of attack. Only a health body's name or a known organisation is
// taken: after these verbs, a market, a product or a people is as often
// the object ("affected Indian ATMs", "targeted European governments").
func (c *Classifier) pastObject(p part, cov []kind, starts []bool, k int, english bool, joined func(a, b int) bool) (lo, hi int, ok bool) {
	toks := p.toks
	if k+2 < len(toks) && systemFiller(toks[k].Norm) && toks[k+1].Norm == "of" {
		k += 2 // "paralysed IT of Nemocnice Jihlava"
	}
	start := k
	if k, ok = objectStart(p, cov, start, joined); !ok || slices.Contains(starts[start+1:k+1], true) {
		return 0, 0, false // not in the next sentence
	}
	lo, hi, ok = nameFrom(p.src, toks, cov, k, english)
	if ok && hi > lo && possessiveS(p.src, toks, hi) {
		hi-- // "that crippled Waikato District Health Board's computer systems": the owner of the systems
	}
	if !ok || !c.validName(p, cov, lo, hi) {
		return 0, 0, false
	}
	if !english && hi+1 < len(toks) && cov[hi+1] == kHealthOrg && !toks[hi+1].Upper && joined(hi, hi+1) {
		hi++ // the kind in lower case after the name: "het Ikazia ziekenhuis" (round 61)
	}
	health := slices.ContainsFunc(cov[lo:hi+1], func(k kind) bool { return k == kHealthOrg || k == kHealthWeak })
	if !health && !(p.hasKnown && p.known.First >= lo && p.known.Last <= hi) {
		return 0, 0, false
	}
	return lo, hi, true
}

// attackFollows reports whether "after" or "following" an attack word
// comes right after token i: "… Great Plains Health after cyberattack",
// "… after a ransomware attack".
func attackFollows(p part, i int) bool {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].Break || !sinceWord(p.toks[k].Norm) {
		return false
	}
	k++
	if k < len(p.toks) && article(p.toks[k].Norm) {
		k++
	}
	return slices.ContainsFunc(p.hits, func(h text.Hit[term]) bool { return h.First == k && h.Value.kind == kCyber })
}

// verbThenAttack reports whether a headline's verb comes right after
// token i and a strong attack word later in the part: "… confirms
// ransomware attack", "… responds to cyberattack".
func verbThenAttack(p part, i int) bool {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].Break || !headlineVerb(p.toks[k].Norm) {
		return false
	}
	return slices.ContainsFunc(p.hits, func(h text.Hit[term]) bool { return h.First > k && h.Value.kind == kCyber && !h.Value.weak })
}

// namedHealthBefore reports whether the sentence of token i names a health
// body before it, in a capitalised health word: that body is the
// sentence's subject, and the attack told after it is often another's
// ("St. Clare Hospital said … less than three weeks after a ransomware
// attack crippled Millbrook Regional Medical Center").
func namedHealthBefore(toks []text.Token, cov []kind, starts []bool, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if cov[k] == kHealthOrg && toks[k].Upper {
			return true
		}
		if starts[k] {
			break
		}
	}
	return false
}

// afterLowerDemonym skips an article and a lower-case nationality's
// adjective at toks[k] ("das niederländische Westfriesgasthuis", "het
// Belgische AZ Delta"): where the object's own words start.
func (c *Classifier) afterLowerDemonym(p part, k int) int {
	toks := p.toks
	m := k
	if m < len(toks) && article(toks[m].Norm) {
		m++
	}
	if m >= len(toks) {
		return k
	}
	for _, g := range c.geo.Find(toks[m:min(len(toks), m+3)], p.src, false) {
		if g.Kind == geo.KindDemonym && g.First == 0 {
			return m + g.Last + 1
		}
	}
	return k
}

// inFirstSentences reports whether token k lies in the first two sentences.
func inFirstSentences(starts []bool, k int) bool {
	n := 0
	for i := 1; i <= k && n < 2; i++ {
		if starts[i] {
			n++
		}
	}
	return n < 2
}

// toldOfOthers reports whether the reporting verb at toks[v] opens a
// clause about another party, not a health organisation the subject is:
// "MyBroadband reported that the group responsible for the cyberattack …"
// (round 43), not "Mediclinic reported that it was hit" nor "… that its
// systems".
func toldOfOthers(toks []text.Token, v int, cov []kind) bool {
	k := v + 1
	if k+1 >= len(toks) || toks[k].Norm != "that" || toks[k+1].Break {
		return false
	}
	switch toks[k+1].Norm {
	case "it", "its", "they", "their", "we", "our", "he", "she", "his", "her", "some", "all", "no", "several", "patient", "patients":
		return false
	}
	if attackerWord(toks[k+1].Norm) || staffWord(toks[k+1].Norm) {
		return false // "… reported that hackers accessed its email accounts"
	}
	for j := k + 1; j < len(toks) && j <= k+25 && !toks[j].Break; j++ {
		switch toks[j].Norm {
		case "its", "their", "our", "we":
			return false // the subject's own: "… that the attack had disrupted its systems"
		}
	}
	return cov[v-1] != kHealthOrg
}

// teller reports whether the name at p.toks[lo..hi] is a newspaper, a
// news agency or a research firm: a media word in it or just before it
// ("French newspaper Le Monde", "The Associated Press"), or researchers
// or analysts placed at it elsewhere in the part ("a researcher at
// Coveware, which tracks ransom payments").
func (c *Classifier) teller(p part, lo, hi int) bool {
	for k := max(0, lo-2); k <= hi; k++ {
		if mediaWord(p.toks[k].Norm) {
			return true
		}
	}
	name := p.toks[lo : hi+1]
	for k := 1; k+1 < len(p.toks); k++ {
		if (p.toks[k].Norm != "at" && p.toks[k].Norm != "from") || k+len(name) >= len(p.toks) ||
			!slices.EqualFunc(p.toks[k+1:k+1+len(name)], name, sameWord) {
			continue
		}
		switch p.toks[k-1].Norm {
		case "researcher", "researchers", "analyst", "analysts", "expert", "experts", "consultant", "consultants":
			return true
		}
	}
	// a newsroom the text names as one elsewhere: "in response to a
	// VTDigger inquiry", "told VTDigger", "a VTDigger reporter" (round 63)
	for k := 0; k+len(name) <= len(p.toks); k++ {
		if !slices.EqualFunc(p.toks[k:k+len(name)], name, sameWord) {
			continue
		}
		if k > 0 && !p.toks[k].Break {
			switch p.toks[k-1].Norm {
			case "told", "asked", "contacted":
				return true
			}
		}
		if e := k + len(name); e < len(p.toks) && !p.toks[e].Break {
			switch p.toks[e].Norm {
			case "inquiry", "inquiries", "reporter", "reporters", "newsroom":
				return true
			}
		}
	}
	return false
}

// agencyCyber reports whether toks[i] is the "Cyber" of an agency's or a
// unit's name: "National Cyber Security Centre", "Czech National Cyber and
// Information Security Agency", "US Cyber Command", "National Cybersecurity
// Directorate".
func agencyCyber(toks []text.Token, i int) bool {
	if !toks[i].Upper || i == 0 || toks[i].Break {
		return false
	}
	agency := func(w string) bool {
		switch w {
		case "security", "defence", "defense", "command", "centre", "center", "agency", "unit", "crime", "directorate",
			"authority", "centro", "agence", "agencia", "agenzia", "directoraat", "directoratul", "directoratului":
			return true
		}
		return false
	}
	switch toks[i].Norm {
	case "cyber":
		if !toks[i-1].Upper {
			return false
		}
	case "cybersecurity", "cybersecurite", "ciberseguranca", "ciberseguridad", "cybersicherheit", "cybersicurezza",
		"cyberveiligheid", "securitate":
		// "Romania's National Cybersecurity Directorate", "Centro
		// Nacional de Cibersegurança": the agency's word before or after
		for k := i - 1; k >= max(0, i-4) && !toks[k+1].Break && (toks[k].Upper || connector(toks[k].Norm)); k-- {
			if agency(toks[k].Norm) {
				return true
			}
		}
	default:
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= 4 && !toks[k].Break && (toks[k].Upper || toks[k].Norm == "and"); k++ {
		if agency(toks[k].Norm) {
			return true
		}
	}
	return false
}

// appositiveStart finds the article that opens an appositive ending at
// toks[end] (", a Norwegian healthcare organization that manages hospitals
// in the south-east of the country,"): the article follows a comma, at most
// 30 words back in the same sentence, after a capitalised word.
func appositiveStart(p part, starts []bool, end int) (int, bool) {
	toks := p.toks
	for k := end; k >= 1 && end-k < 30 && !starts[k]; k-- {
		if (toks[k].Norm == "a" || toks[k].Norm == "an") && !toks[k].Upper &&
			strings.TrimSpace(p.src[toks[k-1].End:toks[k].Start]) == "," {
			return k, toks[k-1].Upper
		}
	}
	return 0, false
}

// pluralKind is a kind of provider in the plural, written in lower case,
// which opens a description of several ("hospitales de la Secretaría de
// Salud de Puebla", "hôpitaux de Paris"). German nouns, capitalised, are
// left out.
func pluralKind(s string) bool {
	switch s {
	case "hospitals", "clinics", "hospitais", "hospitales", "hopitaux", "ospedali", "clinicas", "cliniques", "cliniche",
		"ziekenhuizen":
		return true
	}
	return false
}

// conjunction joins two names: "hospitals and GP practices".
func conjunction(s string) bool {
	return s == "and" || s == "y" || s == "e" || s == "und" || s == "en" || s == "et"
}

// systemFiller is a word for what an attack hit inside an organisation,
// which may stand between the attack and the organisation's name: "the
// systems of the state-owned CPC Corporation".
func systemFiller(s string) bool {
	switch s {
	case "network", "networks", "systems", "system", "servers", "server", "website", "websites", "data", "centre",
		"center", "infrastructure", "state", "owned", "computer", "computers", "it", "email", "mail", "portal",
		"sistema", "sistemi", "sistemas", "systeme", "systemes", "informatico", "informatici", "informatique",
		"informatiques", "informatica", "rete", "reseau", "servidores", "site", "sitio", "sito", "pagina", "portale":
		return true
	}
	return germanSystemNoun(s)
}

// relativeSubject is a relative pronoun that opens a clause about the
// attack just named: "qui", "che", "que", "that", "which", "die".
func relativeSubject(s string) bool {
	switch s {
	case "qui", "che", "que", "that", "which", "die", "dat":
		return true
	}
	return false
}

// subsidiaryWord is a subsidiary or a unit of an organisation, named
// before its parent: "a subsidiary of", "une filiale de", "una filial de",
// "una controllata di", "uma subsidiária da", "een dochter van".
func subsidiaryWord(s string) bool {
	switch s {
	case "subsidiary", "subsidiaries", "affiliate", "unit", "filiale", "filiales", "filial", "controllata",
		"subsidiaria", "subsidiarias", "dochter", "dochteronderneming", "tochter", "tochterfirma", "tochtergesellschaft":
		return true
	}
	return false
}

// ofTheSystem is the Romance "of" between a system and its owner ("il
// sistema informatico dell'azienda", "le réseau du CHU").
func ofTheSystem(s string) bool {
	switch s {
	case "dell", "della", "del", "dello", "degli", "di", "du", "de", "des", "d", "da", "do", "dos", "das":
		return true
	}
	return false
}

// lowerNameFollows reports whether the health word at k opens a name
// written in lower case up to its place: the word (or its multi-word
// term), a lower-case adjective of names, then a place ("azienda sanitaria
// provinciale di Palermo", "hospital universitario de Dusseldorf").
func lowerNameFollows(toks []text.Token, cov []kind, k int) bool {
	e := k
	for e+1 < len(toks) && cov[e+1] == kHealthOrg {
		e++
	}
	return e+1 < len(toks) && !toks[e+1].Upper && nameAdjective(toks[e+1].Norm)
}

// germanSystemNoun is a German noun for a computer system, capitalised as
// every German noun is: "Hackerangriff legt Netzwerk von DRK-Kliniken
// lahm", "nimmt alle IT-Systeme vom Netz".
func germanSystemNoun(s string) bool {
	switch s {
	case "netzwerk", "netzwerke", "systeme", "computersysteme", "rechner", "edv", "webseite", "webseiten",
		"internetseite", "internetseiten", "telefonanlage", "datenbank", "datenbanken", "serversysteme",
		"infrastruktur", "server", "computer", "computernetz", "computernetzwerk", // "die IT-Infrastruktur der Medizinischen Universität" (round 34)
		"informatiksystem", "informatiksysteme", "computersystem", "system", "it-system", "it-systeme": // round 45: "auf das Informatiksystem von Siegfried"
		return true
	}
	return false
}

// itBeforeSystem reports whether toks[k] is "IT" before a system word ("the
// IT network of"): a capitalised word that is no name.
func itBeforeSystem(src string, toks []text.Token, k int) bool {
	t := toks[k]
	return t.Norm == "it" && src[t.Start:t.End] == "IT" && k+1 < len(toks) && systemFiller(toks[k+1].Norm)
}

// possessiveS reports whether toks[k] is the "s" of a possessive: an
// apostrophe joins it to the word before ("St. Joseph's", "the HSE's").
func possessiveS(src string, toks []text.Token, k int) bool {
	return k > 0 && toks[k].Norm == "s" && strings.ContainsAny(src[toks[k-1].End:toks[k].Start], "'’")
}

// ownName reports whether toks[lo..hi] hold a capitalised word of a name
// of its own: not a lexicon word ("Ministry", "Health"), an article, a
// connector or a word that many countries' institutions share ("Social
// Security Fund", "Ministry of Finance").
func ownName(p part, cov []kind, lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		t := p.toks[k]
		if t.Upper && cov[k] == 0 && !article(t.Norm) && !connector(t.Norm) && !t.Digit && !institutionWord(t.Norm) {
			return true
		}
	}
	return false
}

// fieldOnly reports whether a name's capitalised words are a field of care
// and health words only ("Mental Health", "Public Health Services").
func fieldOnly(sub []text.Token, cov []kind) bool {
	field := false
	for k, t := range sub {
		switch {
		case !t.Upper || article(t.Norm) || connector(t.Norm):
		case fieldOfCare(t.Norm):
			field = true
		case cov[k] == 0:
			return false
		}
	}
	return field
}

// sentenceStart reports whether token k opens a sentence: the first token,
// or one after a full stop, colon or line break.
func sentenceStart(src string, toks []text.Token, k int) bool {
	if k == 0 {
		return true
	}
	gap := strings.TrimRight(src[toks[k-1].End:toks[k].Start], " ")
	return strings.ContainsAny(gap, ".!?:\n") || (k < 12 && datelineDash(gap)) ||
		(k < 6 && spacedDash(gap)) // "Dessau - Das Städtische Klinikum …", "GOSHEN — Goshen Health is …": a dateline's town (rounds 40, 53)
}

// datelineDash reports whether a gap ends a news agency's or station's
// dateline: "GEORGETOWN, SC (WBTW) – Tidelands Health officials say …".
func datelineDash(gap string) bool {
	for _, d := range []string{"–", "—", "-"} {
		if rest, ok := strings.CutSuffix(gap, d); ok {
			return strings.HasSuffix(strings.TrimRight(rest, " "), ")")
		}
	}
	return false
}

// spacedDash reports whether a gap holds a hyphen or a dash with a space
// on either side, as a dateline's town is set apart.
func spacedDash(gap string) bool {
	return slices.ContainsFunc([]string{" - ", " — ", " – "}, func(d string) bool { return strings.Contains(gap+" ", d) })
}

// describedName returns where a name starts after a short description that
// ends in a trade or health word: "[the] Vietnamese securities firm
// VNDirect", "Swiss IT provider Xplain", "Israeli hospital Mayanei
// Hayeshua", "South Korean online bookstore and ticketing platform Yes24".
func describedName(toks []text.Token, cov []kind, k int, joined func(a, b int) bool) (int, bool) {
	if k < len(toks) && article(toks[k].Norm) {
		k++
	}
	lower := false
	for m := k; m < len(toks)-1 && m <= k+6; m++ {
		if (m > 0 && !joined(m-1, m)) || (lower && toks[m].Upper) {
			return 0, false // capitals after the description's words: "the servers of the Hospital …" is a name already
		}
		lower = lower || !toks[m].Upper
		ofTrade := tradeWord(toks[m].Norm) // a trade describes from the first word: "shipbuilder Lürssen"
		describes := ofTrade || objectFiller(toks[m].Norm) || (cov[m] == kHealthOrg && len(toks[m].Norm) > 3)
		if (m > k || ofTrade) && describes && !toks[m].Upper && toks[m+1].Upper && joined(m, m+1) {
			return m + 1, true
		}
	}
	return 0, false
}

// theftOfData reports whether the "theft" at toks[i] is "theft of <name>
// data" ("hackers claim theft of Maccabi Healthcare Services data"), not
// of a currency or of property ("theft of Ethereum from Bybit").
func theftOfData(toks []text.Token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].Norm != "of" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+8 && !toks[k].Break; k++ {
		if stolenThing(toks[k].Norm) {
			// the name's last word right before, or before one word of whose data: "Ticketmaster customer data"
			return (k > i+2 && toks[k-1].Upper) || (k > i+3 && toks[k-2].Upper && !toks[k-1].Upper)
		}
	}
	return false
}

// objectStart finds where the object's name starts after a linker, over
// articles and descriptors. One health-organisation word right before the
// capitals heads the name ("l'hôpital de Corbeil-Essonnes", "ospedale San
// Giovanni", "le centre hospitalier d'Armentières"); two descriptor words
// describe it ("pathology provider Synnovis", "laboratorio farmacéutico
// Grifols").
func objectStart(p part, cov []kind, k int, joined func(a, b int) bool) (int, bool) {
	toks := p.toks
	hitAt := make(map[int]int, len(p.hits))
	for n, h := range p.hits {
		for i := h.First; i <= h.Last; i++ {
			hitAt[i] = n
		}
	}
	if m, ok := describedName(toks, cov, k, joined); ok {
		return m, true // "attack on Vietnamese securities firm VNDirect", "Swiss IT provider Xplain"
	}
	units, orgAt := 0, -1
	for ; k < len(toks) && (!toks[k].Upper || itBeforeSystem(p.src, toks, k) || germanSystemNoun(toks[k].Norm)); k++ {
		if k > 0 && !joined(k-1, k) {
			return 0, false
		}
		t := toks[k]
		switch {
		case cov[k] == kHealthOrg:
			if orgAt < 0 && lowerNameFollows(toks, cov, k) {
				return k, true // "dell'azienda sanitaria provinciale di Palermo": a Romance name in lower case (round 37)
			}
			if k == 0 || cov[k-1] != kHealthOrg || hitAt[k-1] != hitAt[k] {
				units++
				if orgAt < 0 {
					orgAt = k
				}
			}
		case article(t.Norm), connector(t.Norm) && orgAt >= 0:
		case (t.Norm == "of" || t.Norm == "von" || ofTheSystem(t.Norm)) && k > 0 && (systemFiller(toks[k-1].Norm) || subsidiaryWord(toks[k-1].Norm)):
			// "the IT network of Colonial Pipeline", "the data centre of the Lazio Region",
			// "al sistema informatico dell'azienda sanitaria provinciale di Palermo"; and a
			// subsidiary's parent: "une filiale de l'Institut national …" (round 62)
		case subsidiaryWord(t.Norm):
			units++
		case objectFiller(t.Norm), systemFiller(t.Norm):
			units++
		default:
			return 0, false
		}
		if units > 3 {
			return 0, false
		}
	}
	if k >= len(toks) || (k > 0 && !joined(k-1, k)) {
		return 0, false
	}
	if units == 1 && orgAt >= 0 {
		return orgAt, true
	}
	return k, true
}

// nameWord reports whether token k can continue a name: capitalised, a
// digit before a capitalised word, a health-organisation word, or the "s"
// of a possessive ("Children's").
func nameWord(src string, toks []text.Token, cov []kind, k int, english bool) bool {
	t := toks[k]
	switch {
	case t.Upper:
		return true
	case t.Norm == "s" && k > 0 && strings.ContainsAny(src[toks[k-1].End:t.Start], "'’"):
		return true // the possessive of "Lurie Children's Hospital", even inside a lexicon phrase
	case hyphenInner(src, toks, k):
		return true // the "en" of "Bourg-en-Bresse"
	case cov[k] == kHealthOrg:
		return orgHeadsName(toks, cov, k, english)
	}
	return false
}

// orgHeadsName reports whether a lowercase health-organisation word at k
// heads a name: followed (after the rest of its phrase) by a connector and
// a capitalised word ("centre hospitalier d'Armentières", "azienda
// ospedaliera di Padova"), or, outside English, by a capitalised word
// ("ospedale Niguarda"). In English a lowercase word before a name
// describes it ("drug distributor Cencora") and one after it is generic
// ("Ascension hospitals").
func orgHeadsName(toks []text.Token, cov []kind, k int, english bool) bool {
	for k < len(toks) && cov[k] == kHealthOrg && !toks[k].Upper {
		k++
	}
	switch {
	case k+1 < len(toks) && connector(toks[k].Norm) && toks[k+1].Upper:
		return true
	case k < len(toks) && toks[k].Upper:
		return !english
	}
	return false
}

// nameJoined reports whether tokens a and b (a+1) may belong to one name:
// no punctuation between them but spaces, apostrophes, hyphens, '&' and the
// dot of an abbreviation ("St. Margaret's") or of an initial ("U.S. Vision").
func nameJoined(src string, toks []text.Token, a, b int) bool {
	gap := src[toks[a].End:toks[b].Start]
	if dashInName(gap, toks[a]) {
		return true
	}
	if separated(gap) {
		return false
	}
	// an initial's dot too: "U.S. Vision", "Ann & Robert H. Lurie" (round 67)
	return !strings.Contains(gap, ".") || titleAbbreviation(toks[a].Norm) || !strings.Contains(gap, " ") ||
		(gap == ". " && initial(src, toks[a]))
}

// dashInName reports whether a spaced hyphen after a is inside a name,
// where elsewhere it sets a dateline or a headline's tail apart ("AMSTERDAM -
// Het Groene Hart Ziekenhuis", "BKK Gesundheit - Unglaubliche Datenpanne"):
// "Assistance Publique - Hôpitaux de Paris" (round 40).
func dashInName(gap string, a text.Token) bool {
	return gap == " - " && a.Norm == "publique"
}

// nameFrom grows a name forward from token k.
func nameFrom(src string, toks []text.Token, cov []kind, k int, english bool) (int, int, bool) {
	lo, hi, ok := nameFromWords(src, toks, cov, k, english)
	if ok && toks[lo].Upper {
		if end, spelt := spelledToAbbreviation(src, toks, lo, hi); spelt {
			hi = end // "l'Institut national de la santé et de la recherche médicale (Inserm)" (round 62)
		}
	}
	return lo, hi, ok
}

// nameFromWords grows a name forward from token k (nameFrom).
func nameFromWords(src string, toks []text.Token, cov []kind, k int, english bool) (int, int, bool) {
	joined := func(a, b int) bool { return nameJoined(src, toks, a, b) }
	// a place before "-based" tells where the name is: "from Flint-based
	// McLaren Health Care", "Grand Blanc-based system"
	for j := k; j < min(len(toks)-2, k+3) && toks[j].Upper; j++ {
		if toks[j+1].Norm == "based" && src[toks[j].End:toks[j+1].Start] == "-" {
			if !toks[j+2].Upper || !joined(j+1, j+2) {
				return 0, 0, false // "the Grand Blanc-based health system": a place, not the name
			}
			k = j + 2
			break
		}
	}
	hi := k
	for hi+1 < len(toks) && hi-k < 8 && joined(hi, hi+1) {
		n := toks[hi+1]
		switch {
		case itBeforeSystem(src, toks, hi+1):
			// "Coombe IT system", "the HSE's IT systems": the victim's systems after its name (round 34)
			if hi > k && possessiveS(src, toks, hi) {
				hi--
			}
			return k, hi, true
		case nameWord(src, toks, cov, hi+1, english) && !partOfYear(toks, hi+1):
			hi++
		case !english && (cov[hi] == kHealthOrg || romanceBody(toks[hi].Norm)) && nameAdjective(n.Norm) && !n.Upper:
			// A Romance name's lower-case adjectives after its kind, then
			// its place: "l'Hôpital privé de la Loire", "dell'azienda
			// sanitaria provinciale di Palermo"; or adjectives alone when
			// one of them says care: "l'Ente ospedaliero cantonale" (round 37).
			e, care := hi+1, healthAdjective(n.Norm)
			for e+1 < len(toks) && e-hi < 3 && nameAdjective(toks[e+1].Norm) && !toks[e+1].Upper && joined(e, e+1) {
				e++
				care = care || healthAdjective(toks[e].Norm)
			}
			c := e + 1
			for c < len(toks) && c-e <= 2 && connector(toks[c].Norm) && !toks[c].Upper && joined(c-1, c) {
				c++
			}
			switch {
			case c > e+1 && c < len(toks) && toks[c].Upper && joined(c-1, c):
				hi = c
			case care:
				return k, e, true
			default:
				return k, hi, true
			}
		case (n.Digit || connector(n.Norm) || (n.Norm == "for" && forName(toks[hi].Norm))) && hi+2 < len(toks) && joined(hi+1, hi+2) && toks[hi+2].Upper:
			hi += 2 // "Hospital de Sant Pau", "Transport for London", "Hospital for Sick Children"
		case connector(n.Norm) && hi+3 < len(toks) && connector(toks[hi+2].Norm) && joined(hi+1, hi+2) &&
			joined(hi+2, hi+3) && toks[hi+3].Upper:
			hi += 3 // "Hospital de la Santa Creu", "Ziekenhuis van de Stad"
		case n.Norm == "of" && !n.Upper && hi+3 < len(toks) && toks[hi+2].Norm == "the" && !toks[hi+2].Upper &&
			joined(hi+1, hi+2) && joined(hi+2, hi+3) && toks[hi+3].Upper && toks[hi].Upper:
			hi += 3 // "the US Department of the Treasury", "Hospital of the University of Pennsylvania" (round 50)
		case n.Digit && len(n.Norm) <= 2 && toks[hi].Upper && monthOf(toks[hi].Norm) == 0 &&
			(hi+2 >= len(toks) || !joined(hi+1, hi+2)):
			hi++ // "all'Asl Napoli 3, …": a district's number ends the name
		default:
			return k, hi, true
		}
	}
	return k, hi, true
}

// systemsOf reports whether toks[i] is an organisation's computer systems
// before a connector and the rest of the name (up to k): "ICT van Gelre",
// "IT of".
func systemsOf(toks []text.Token, i, k int) bool {
	switch toks[i].Norm {
	case "it", "ict", "edv", "systems", "systeme", "systemen":
		return i+1 < k && connector(toks[i+1].Norm)
	}
	return false
}

// nameBefore grows a name backward from token k, then drops leading
// articles.
func nameBefore(src string, toks []text.Token, cov []kind, k int, english bool) (int, int, bool) {
	joined := func(a, b int) bool { return nameJoined(src, toks, a, b) }
	headlineVerbAt := func(i int) bool {
		return i > 0 && toks[i].Upper && toks[i-1].Upper && joined(i-1, i) && headlineTail(toks[i].Norm)
	}
	if k > 1 && headlineVerbAt(k) && systemNoun(toks[k-1].Norm) && toks[k-2].Upper && joined(k-2, k-1) {
		k -= 2 // "CCDA Servers Experience Malware Attack": the owner of the systems, then their verb (round 54)
	}
	lo := k
	if legalForm(toks[k].Norm) && k > 0 && toks[k-1].Upper && strings.TrimSpace(src[toks[k-1].End:toks[k].Start]) == "," {
		lo = k - 1 // "Rocky Mountain Health Care Services, Inc. data breach"
	}
extend:
	for lo > 0 && k-lo < 8 && joined(lo-1, lo) {
		p := toks[lo-1]
		switch {
		case p.Upper && (p.Norm == "files" || p.Norm == "sues") && lo > 1 && toks[lo-2].Upper && joined(lo-2, lo-1):
			goto done // a plaintiff's firm, then its verb: "Milberg Files JDC Healthcare Data Breach Class Action" (round 57)
		case headlineVerbAt(lo - 1):
			k, lo = lo-2, lo-1 // a Title Case headline's subject, then its verb: "Mercy Health Reeling From Ransomware Attack" (round 40)
		case (p.Digit || connector(p.Norm)) && lo > 1 && joined(lo-2, lo-1) && headlineVerbAt(lo-2):
			k, lo = lo-3, lo-2 // "Springfield Clinic Alerting 12,000 Patients of Data Breach"
		case p.Norm == "and" && lo > 2 && toks[lo].Upper && possessiveS(src, toks, lo-2) && toks[lo-3].Upper &&
			joined(lo-2, lo-1) && (src[toks[lo-3].End:toks[lo-2].Start] == "’" || src[toks[lo-3].End:toks[lo-2].Start] == "'") &&
			(lo < 4 || !toks[lo-4].Upper || !joined(lo-4, lo-3)):
			// a name joining two saints' or founders' possessives: "Guy’s
			// and St Thomas’ NHS Foundation Trust" (round 63); one word
			// before the possessive, so not "the Hospital's and …"; no more
			// before it ("… Foundation Trust and Guy’s and …" lists two)
			lo -= 3
			goto done
		case nameWord(src, toks, cov, lo-1, english), ordinalWord(p.Norm) && toks[lo].Upper:
			lo-- // and an ordinal before a name's word: "21st Century Oncology" (round 45)
		case (p.Digit || connector(p.Norm)) && lo > 1 && joined(lo-2, lo-1) && (toks[lo-2].Upper || cov[lo-2] == kHealthOrg) &&
			!dataSize(toks[lo-2].Norm), // "734 GB of PhilHealth data": a size, no name's word (round 53)
			p.Norm == "for" && toks[lo].Upper && lo > 1 && joined(lo-2, lo-1) && forName(toks[lo-2].Norm):
			lo -= 2
		case p.Norm == "the" && !p.Upper && lo > 2 && toks[lo-2].Norm == "of" && !toks[lo-2].Upper && joined(lo-3, lo-2) &&
			joined(lo-2, lo-1) && (toks[lo-3].Upper || cov[lo-3] == kHealthOrg):
			lo -= 3 // round 28: "The Fetal Diagnostic Institute of the Pacific, a prenatal … clinic"
		default:
			goto done
		}
	}
done:
	if at, ok := stateAsideBefore(src, toks[lo].Start); ok && toks[lo].Upper {
		// "Artesia (N.M.) General Hospital has notified …": the town
		// before the state's abbreviation is the name's (round 53)
		j := lo - 1
		for j >= 0 && toks[j].End > at {
			j--
		}
		if j >= 0 && toks[j].Upper && lo-j <= 4 {
			lo = j
			goto extend
		}
	}
	for lo < k && ((article(toks[lo].Norm) && !foreignArticleOfName(toks, lo, english)) ||
		(connector(toks[lo].Norm) && !toks[lo].Upper) || placePreposition(src, toks, lo) ||
		(sentenceOpener(toks[lo].Norm) && sentenceStart(src, toks, lo)) ||
		// "21,000 Patients of Minnesota DHS Notified": the people, then their organisation (round 54)
		(peopleNoun(toks[lo].Norm) && lo+1 < k && toks[lo+1].Norm == "of") ||
		// "Thousands of National Health Service (NHS) staffers": a count, then the organisation (round 56)
		(countNoun(toks[lo].Norm) && lo+1 < k && toks[lo+1].Norm == "of")) && cov[lo] != kHealthOrg {
		lo++
	}
	return lo, k, true
}

// incidentHead reports whether a word, opening a capitalised run before an
// attack word, names the incident rather than its victim: "The Incident
// Involves Ransomware Encryption" (round 53).
func incidentHead(s string) bool {
	switch s {
	case "incident", "incidents", "breach", "breaches", "attack", "attacks", "event", "issue":
		return true
	}
	return false
}

// placeAndKind reports whether toks[lo..hi] is a place, then a kind's
// words ending on a word no name ends on: "Oregon Healthcare Provider",
// "Texas Medical Firm", or a place and a plural kind: "U.S. Hospitals".
// "Washington Hospital", "Ohio Health" and "Iran Health Insurance
// Organisation" may be names and are kept.
func (c *Classifier) placeAndKind(p part, lo, hi int) bool {
	toks := p.toks
	if hi-lo < 1 || hi-lo > 4 {
		return false
	}
	plural := false
	switch toks[hi].Norm {
	case "provider", "providers", "organizations", "organisations", "firm", "facility", "facilities", "practice", "practices":
	case "hospitals", "clinics", "pharmacies", "insurers", "hospices", "laboratories", "labs":
		plural = true // a place's hospitals: "Attacks on U.S. Hospitals" (round 69)
	default:
		return false
	}
	ms := c.geo.Find(toks[lo:hi+1], p.src, false)
	if len(ms) == 0 || ms[0].First != 0 || ms[0].Kind == geo.KindInstitution {
		return false
	}
	if plural && ms[0].Last+1 != hi-lo {
		return false // the place alone before them: "Oxford University Hospitals" is a trust
	}
	for _, t := range toks[lo+ms[0].Last+1 : hi] {
		switch t.Norm {
		case "healthcare", "health", "medical", "care", "dental", "hospital", "pharmacy", "clinic", "eye", "mental", "behavioral",
			"behavioural", "insurance", "surgical", "surgery", "imaging", "billing", "medicine", "pediatric", "paediatric":
		default:
			return false
		}
	}
	return true
}

// allKindWords reports whether every word of a name is an English kind of
// organisation's: "Health Center", "Medical Group" (round 53).
func allKindWords(toks []text.Token) bool {
	for len(toks) > 0 && (nameOpener(toks[0].Norm) || article(toks[0].Norm)) {
		toks = toks[1:] // "Another Healthcare Provider"
	}
	for _, t := range toks {
		switch {
		case orgKindWord(t.Norm):
		case t.Norm == "center", t.Norm == "centre", t.Norm == "provider", t.Norm == "company",
			// round 54: "Ransomware and Phishing Hit Healthcare Organizations"
			t.Norm == "organizations", t.Norm == "organisations", t.Norm == "providers", t.Norm == "facilities":
		default:
			return false
		}
	}
	return len(toks) > 0
}

// dataSize reports whether a word is a unit of data's size: "734 GB of
// PhilHealth data leaked" (round 53).
func dataSize(s string) bool {
	switch s {
	case "kb", "mb", "gb", "tb", "pb", "gigabytes", "terabytes", "megabytes":
		return true
	}
	return false
}

// foreignArticleOfName reports whether toks[i], a capitalised Romance
// article before a capitalised word, opens a name in an English text: "Los
// Angeles County", "El Camino Hospital", "La Rabida Children's Hospital",
// "Le Bonheur Children's Hospital" (round 46).
func foreignArticleOfName(toks []text.Token, i int, english bool) bool {
	if !english || !toks[i].Upper || i+1 >= len(toks) || !toks[i+1].Upper {
		return false
	}
	switch toks[i].Norm {
	case "los", "las", "el", "la", "le", "les", "il", "lo":
		return true
	}
	return false
}

// placePreposition is a sentence's opening "in" before a place or a name,
// which the capital makes look like a name's first word: "In
// Villefranche-sur-Saône verschlüsselte Ransomware die Systeme".
func placePreposition(src string, toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "in", "im", "bei", "beim", "bij", "dans", "nel", "nella", "chez":
		return sentenceStart(src, toks, k)
	}
	return false
}

// numberedKind reports whether toks[lo:hi+1] is a kind of organisation
// and its number, which name one body of that kind: "Asl2", "Asl 2",
// "ASST 3" (round 46).
func numberedKind(toks []text.Token, lo, hi int) bool {
	n := toks[hi].Norm
	if lo == hi {
		i := strings.IndexFunc(n, func(r rune) bool { return r >= '0' && r <= '9' })
		return i >= 2 && toks[lo].Upper && strings.Trim(n[i:], "0123456789") == "" && len(n)-i <= 2
	}
	return hi == lo+1 && toks[lo].Upper && toks[hi].Digit && len(n) <= 2
}

// relatedLine reports whether the line holding src[at] points the reader
// to other pages ("See Also:", "Read more:", "Lesen Sie auch", "Leggi
// anche"): the names on it are other articles' subjects.
func relatedLine(src string, at int) bool {
	line := strings.TrimSpace(src[strings.LastIndexByte(src[:at], '\n')+1 : at])
	line = strings.ToLower(line)
	for _, p := range []string{"see also", "read more", "read also", "also read", "related:", "related articles", "related stories",
		"lire aussi", "à lire aussi", "a lire aussi", "lesen sie auch", "mehr zum thema", "leggi anche", "lea también",
		"leia também", "leia mais", "lees ook", "lees meer"} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// validName checks a candidate victim name: it has a capitalised word
// that is neither an article nor a lexicon word (so "Krankenhaus" alone is
// not a name), it is not a threat actor or an attacker ("Hackers"), and it
// is not a place, nor a place before an organisation word ("New Jersey
// hospital", "London hospitals": which hospital is not said).
func (c *Classifier) validName(p part, cov []kind, lo, hi int) bool {
	toks := p.toks
	for hi > lo && connector(toks[hi].Norm) {
		hi--
	}
	sub := toks[lo : hi+1]
	if _, _, ok := findActor(c.actors, sub); ok {
		return false
	}
	if n := toks[lo].Norm; len(n) > 10 && (strings.HasSuffix(n, "system") || strings.HasSuffix(n, "systems") || strings.HasSuffix(n, "systeme")) {
		return false // "des Klinikinformationssystems Kisim": a product, not its maker (round 46)
	}
	if relatedLine(p.src, toks[lo].Start) {
		return false // "See Also: OnDemand | Strengthen Cybersecurity with …": another page's headline (round 46)
	}
	if mister(toks[lo].Norm) && toks[lo].Upper && hi == lo+1 && toks[hi].Upper && p.src[toks[lo].End:toks[hi].Start] == " " {
		// a person: "Mr Buckland said the group's emails were immediately
		// re-secured"; but "Mr. Cooper", "Dr. Reddy's" and "Dr.Max" are
		// companies (round 60)
		return false
	}
	for _, t := range toks[lo : hi+1] {
		if gluedWords(p.src[t.Start:t.End]) {
			return false // a page's tags run together: "Nova Scotia Health AuthorityVirusCyberattacknorthwoodAlyson Estey" (round 60)
		}
	}
	if interrogative(toks[lo].Norm) && toks[lo].Upper {
		return false // "See Also: How Qilin Ransomware Endangers Healthcare": a headline's question, not a name (round 32)
	}
	if name := p.src[toks[lo].Start:toks[hi].End]; strings.Count(name, "(") != strings.Count(name, ")") {
		return false // a bracket cut in two: "Two National Health Service (NHS" of "… (NHS) hospitals" (round 69)
	}
	if lo < hi && toks[lo+1].Digit && skipApprox(toks, lo) < lo {
		return false // a headline's count: "… Breach Affects About 624,000 So Far" (round 69)
	}
	if toks[hi].End == len(p.src) && len(toks) > 40 &&
		len(strings.Fields(p.src[strings.LastIndexByte(p.src[:toks[lo].Start], '\n')+1:toks[lo].Start])) > 1 {
		// "… the apparent cybersecurity attack at One Broo": an excerpt cut
		// off in the middle of a sentence's name; a letter's signature on a
		// line of its own ("Ihre Promedent Zahnarztpraxis") ends it whole
		// (round 40)
		return false
	}
	if (lo == hi || (hi == lo+1 && toks[hi].Norm == "data")) && lo > 0 && hi+1 < len(toks) && toks[lo-1].Norm == "to" &&
		!toks[lo-1].Upper && toks[lo].Upper && !toks[hi+1].Digit && !lowerInSource(p.src, toks[hi+1]) && nameJoined(p.src, toks, lo-1, lo) && nameJoined(p.src, toks, hi, hi+1) {
		return false // an infinitive in a Title Case headline: "Attackers Promised to Delete Data Compromised" (round 57)
	}
	if lo < hi && roleWord(toks[hi].Norm) && toks[hi].Norm != "executive" && toks[hi].Upper {
		return false // a person's role: "Clinical Coordinator"; but Ireland's "Health Service Executive" (round 53)
	}
	if lo == hi && toks[lo].Upper && len(toks[lo].Norm) == 2 && geo.USStateCode(p.src[toks[lo].Start:toks[lo].End]) {
		return false // a state's code: "… attack on a pathology lab in Wadesboro, NC" (round 53)
	}
	if c.geo.TownOfState(toks, hi) {
		return false // "Cyberattack on Flint, Michigan, hospital …": the hospital's town (round 55)
	}
	if c.placeAndKind(p, lo, hi) {
		return false // "Oregon Healthcare Provider Suffers … Data Breach": a place and a kind, no name (round 61)
	}
	if lo == hi && toks[lo].Upper && geo.StateAbbreviation(toks[lo].Norm) && strings.HasPrefix(p.src[toks[lo].End:], ".") {
		return false // the press's abbreviation of a state: "Security breach at Vt. health center" (round 54)
	}
	if lo < hi && (toks[hi].Norm == "act" || toks[hi].Norm == "acts") && toks[hi].Upper {
		return false // "the Health Insurance Portability and Accountability Act": a law, not an organisation (round 40)
	}
	if lo+1 < hi && noticeNoun(toks[lo].Norm) && (noticeAbout(toks[lo+1].Norm) || strings.HasSuffix(toks[lo+1].Norm, "ed")) {
		// "Notice of Data Security Incident", "Notification Issued In MI On
		// Possible Patient Data Exposure": a notice's title, not its sender (round 41)
		return false
	}
	if hi+1 < len(toks) && (toks[hi+1].Norm == "number" || toks[hi+1].Norm == "numbers") && !toks[hi+1].Break {
		return false // "health insurance ID and Social Security numbers": data taken, no organisation (round 54)
	}
	if lo+1 == hi && (toks[lo].Norm == "patient" || toks[lo].Norm == "patients") && toks[hi].Upper {
		return false // "Patient Care Disrupted by Cyberattack on BHG …": what was hit, no organisation (round 54)
	}
	if lo < hi && toks[hi].Upper && (toks[hi].Norm == "beneficiaries" ||
		headlinePeople(toks[hi].Norm) && toks[hi].Norm != "physicians" && (toks[hi].Norm != "staff" || toks[hi-1].Norm == "and")) {
		// "Milwaukee’s 18000 Urology Patients", "254K Medicare
		// Beneficiaries", "UTHC Client and Staff Information Compromised":
		// the organisation's people; not "… Health Physicians", "Joint
		// Chiefs of Staff" (round 54)
		return false
	}
	if lo == hi && headlinePeople(toks[lo].Norm) {
		return false // "Data Of Patients, Employees Compromised": the people, no organisation (round 55)
	}
	if lo+1 == hi && toks[lo].Norm == "personal" && (toks[hi].Norm == "data" || toks[hi].Norm == "information") {
		return false // "The personal data of nearly 150,000 customers … has been leaked" (round 55)
	}
	for k := lo + 1; k <= hi; k++ {
		w := p.src[toks[k].Start:toks[k].End]
		if w == "Act" && k < hi || w == "Rule" || w == "Rules" {
			// a law's name: "the Health Insurance Portability and
			// Accountability Act Security Rule" (round 68)
			return false
		}
		if w == "On" && k < hi {
			// a Title Case headline's preposition: "Liability For
			// Cybersecurity Failures On Florida Medicaid Enrollment
			// Website" (round 68)
			return false
		}
	}
	if c.demonymOnly(p, lo, hi) {
		return false // "an Eastern European hacking group": the attackers' origin, no name (round 68)
	}
	if lo == hi && litigant(toks[lo].Norm) {
		return false // "Plaintiffs alleges Defendant was the victim of a cyberattack": a party's role in a settlement's notice (round 68)
	}
	if lo == hi && noticeNoun(toks[lo].Norm) {
		return false // "NOTICE OF DATA SECURITY EVENT": the notice, not its sender (round 54)
	}
	if lo == hi && dataNoun(toks[lo].Norm) {
		return false // "Hacker verschlüsseln Daten von 12.000 Patienten": what was taken, capitalised as German nouns are (round 41)
	}
	if lo < hi && toks[hi].Upper && publicationEnd(toks[hi].Norm) && slices.Contains(cov[lo:hi], kHealthOrg) {
		// "Read the full post on Becker's Hospital Review": a publication,
		// not a health organisation; a publication hacked may be a victim
		// ("ZeeNews/India Today Hack") (round 43)
		return false
	}
	if lo == hi && malwareNoun(toks[lo].Norm) {
		return false // "infected with a Trojan horse virus": the malware, not its victim (round 40)
	}
	if lo == hi && currencyCode(p.src[toks[lo].Start:toks[lo].End]) {
		return false // "demanded a $4,000 AUD ransom": the ransom's currency (round 49)
	}
	if lo == hi && (quantifier(toks[lo].Norm) || toks[lo].Norm == "spam") {
		return false // "Alle getroffen patiënten hebben een brief ontvangen": all of them, no one's name (round 48)
	}
	for k := lo; k < hi; k++ {
		if (toks[k].Digit || toks[k].Norm == "million" || toks[k].Norm == "thousand") && peopleNoun(toks[k+1].Norm) {
			// "About 54,000 Patients Impacted by …", "2 Million Patients": a count (round 48)
			return false
		}
	}
	if lo < hi && describedKind(toks[hi].Norm) {
		return false // "Pediatric EMR Vendor Hacked", "Pediatric Tech Vendor Hit by …": what it is, not its name (round 49)
	}
	if lo+1 < hi && toks[lo].Norm == "third" && toks[lo+1].Norm == "party" {
		return false // "Third-Party Healthcare Software": a kind of vendor, not its name (round 48)
	}
	if lo == hi && adviceVerb(toks[lo].Norm) && sentenceStart(p.src, toks, lo) {
		return false // "“Paying ransom is not advised”", "• Keep passwords safe": a sentence's gerund or imperative (round 40)
	}
	if w := p.src[toks[lo].Start:toks[lo].End]; lo == hi && (cov[lo] == kHealthOrg || cov[lo] == kHealthWeak) && !hospitalCompound(toks[lo].Norm) &&
		!camelCase(w) && !acronym(w) && !numberedKind(toks, lo, hi) {
		return false // "Healthcare cybersecurity in Vietnam …": a sector's word alone (round 40)
	}
	if militaryRank(toks[lo].Norm) && lo < hi && !slices.ContainsFunc(toks[lo:hi+1], func(t text.Token) bool { return orgKindWord(t.Norm) }) &&
		!slices.Contains(cov[lo:hi+1], kHealthOrg) {
		return false // "Major General Phanthana Nutchanart said": an officer, not an organisation (round 40)
	}
	for k := lo + 1; k < hi; k++ {
		inner := toks[k].Norm == "sued" || (nameCannotEnd(toks[k].Norm) && toks[k].Norm != "for" && toks[k].Norm != "to")
		if toks[k].Upper && inner {
			return false // "Independent Living Systems Sued Over 4 Million-Record Data Breach": a headline's verb and preposition inside (round 50)
		}
	}
	for k := lo + 1; k <= hi; k++ {
		if toks[k].Upper && (headlineVerbS(toks[k].Norm) || (k < hi && headlineVerb(toks[k].Norm) && strings.HasSuffix(toks[k].Norm, "ed"))) &&
			toks[k].Norm != "pays" { // "Centre hospitalier des Pays de Morlaix"; "Mayfield Hospital Received Malware-Infected …"
			return false // "Settlement Requires OrthopedicsNY": a Title Case headline's verb inside (round 51)
		}
		if toks[k].Norm == "falls" && toks[k].Upper && k+1 < len(toks) && (toks[k+1].Norm == "victim" || toks[k+1].Norm == "prey") {
			return false // "Minnesota Mental Health Facility Falls Victim to Ransomware Attack"; not "Idaho Falls" (round 54)
		}
		if toks[k-1].Norm == "for" && strings.HasSuffix(toks[k].Norm, "ing") && toks[k].Upper {
			return false // "… Health Care Provider for Failing to Protect …": a headline's clause (round 51)
		}
		if toks[k].Break && strings.TrimSpace(p.src[toks[k-1].End:toks[k].Start]) == "." {
			return false // "Quarto giorno di black out al Cup. Una stima …": two sentences, no name (round 51)
		}
	}
	if lo < hi && toks[hi].Upper && headlineVerb(toks[hi].Norm) && strings.HasSuffix(toks[hi].Norm, "ed") {
		return false // "Hendrick Medical Center Network Restored": a headline's participle ends no name (round 51)
	}
	if lo < hi && toks[hi].Upper && nameCannotEnd(toks[hi].Norm) {
		// "Cyberattack May Have Compromised …", "… to Pay $480K Over
		// Phishing Attack": a Title Case headline's auxiliary or
		// preposition ends no name (round 50)
		return false
	}
	if toks[lo].Upper && clauseOpener(toks[lo].Norm) && sentenceStart(p.src, toks, lo) {
		// "Hoewel de NHS dus zegt …", "Für das Spital in Dax ist klar":
		// the sentence's conjunction or preposition, not a name's first
		// word (round 50)
		return false
	}
	if lo < hi && staffRole(toks[hi].Norm) && !slices.Contains(cov[lo:hi+1], kHealthOrg) {
		return false // "Privacy Manager Breach Lahey Clinic": a member of staff, not an organisation (round 50)
	}
	if lo < hi && (toks[hi].Norm == "day" || toks[hi].Norm == "eve") && toks[hi].Upper && !slices.Contains(cov[lo:hi+1], kHealthOrg) {
		return false // "Confirms Breach on Valentine's Day": a day, not an organisation (round 50)
	}
	if lo == hi && criminalWord(toks[lo].Norm) {
		return false // "Criminal cyber thieves value minors' PHI": who attacks, not who was hit (round 50)
	}
	if lo == hi && (tellerNoun(toks[lo].Norm) || linkingAdverb(toks[lo].Norm) || nameOpener(toks[lo].Norm)) {
		// "Reports said the ransom note …", "Prosecutors said …": who tells, not who was hit (round 25);
		// "Initial reports said …": an opener alone is no name (round 32)
		return false
	}
	for _, t := range sub {
		if exploitedSoftware(t.Norm) {
			return false // "data stolen in MOVEit hack": the software exploited, not its owner
		}
	}
	if hi+1 < len(toks) && !toks[hi+1].Break && exploitedSoftware(toks[hi+1].Norm) {
		return false // "impacted by Progress MOVEit software breach": the software's maker (round 68)
	}
	if describesItsPlace(p, cov, lo, hi) {
		return false // "OrthopedicsNY, a Capital Region orthopedic practice": where the victim is, not its name (round 51)
	}
	if platform(sub[0].Norm) {
		return false // "posted online at Pastebin.com": where the data was put, not whose it was
	}
	if hospitalUnit(sub[len(sub)-1].Norm) && !slices.ContainsFunc(cov[lo:hi+1], func(k kind) bool { return k != kHealthOrg }) {
		return false // "to close the Emergency Department": a unit of the victim, named only by lexicon words (round 34)
	}
	if k := slices.IndexFunc(sub, func(t text.Token) bool { return t.Norm == "department" }); k >= 0 && k+2 < len(sub) &&
		sub[k+1].Norm == "of" && medicalSpecialty(sub[k+2].Norm) {
		return false // "MGH's Department of Neurology": a unit of the hospital, not the organisation (round 44)
	}
	places := make([]bool, len(sub))
	demonym := make([]bool, len(sub)) // a nationality's word: "Amerikaanse", "Turkish"
	nations := true                   // every place named is a country or a nationality
	for _, m := range c.geo.Find(sub, p.src, false) {
		if m.Kind == geo.KindCounty {
			continue // "Kern County Hospital": a county names organisations
		}
		nations = nations && (m.Kind == geo.KindCountry || m.Kind == geo.KindDemonym)
		for k := m.First; k <= m.Last && k < len(sub); k++ {
			places[k] = true
			demonym[k] = m.Kind == geo.KindDemonym
		}
	}
	named, unplaced, upperOrg, legal := 0, 0, 0, 0
	for k, t := range sub {
		if !t.Upper || article(t.Norm) || connector(t.Norm) || t.Digit || calendarWord(t.Norm) || negation(t.Norm) ||
			t.Norm == "it" || t.Norm == "edv" || t.Norm == "ict" || t.Norm == "new" || unnamed(t.Norm) || systemWord(t.Norm) ||
			isGroupWord(t.Norm) || preposition(t.Norm) || attackNoun(t.Norm) || stolenThing(t.Norm) || t.Norm == "names" ||
			germanOrgNoun(t.Norm) || // "Klinik-Verbund bestätigt IT-Störungen": what it is, not its name (round 44)
			t.Norm == "addresses" || t.Norm == "based" || (k+1 < len(sub) && sub[k+1].Norm == "based") { // "Idaho-Based Medical Center": where it is, not its name (round 46)
			continue // "Names, addresses … may have been involved": what was taken; "Attacco DDoS", "attack on Sunday", "in March", "No cyberattack", "legt IT lahm", "New phishing campaign", "Unknown hackers", "Gang leaks data": not names
		}
		if cov[lo+k] == kHealthOrg && t.Norm == "hse" && p.src[t.Start:t.End] == "HSE" {
			named++ // Ireland's Health Service Executive, known by its initials (the NHS is many bodies)
			unplaced++
			continue
		}
		if cov[lo+k] == kHealthOrg && (hospitalCompound(t.Norm) || camelCase(p.src[t.Start:t.End])) {
			named++ // "Lukaskrankenhaus": the compound holds its name
			unplaced++
			continue
		}
		if cov[lo+k] != 0 && cov[lo+k] != kHealthWeak {
			if cov[lo+k] == kHealthOrg {
				upperOrg++
			}
			continue // "Hackers", "Hospital": lexicon words, not names
		}
		named++
		if legalForm(t.Norm) {
			legal++
		}
		possessive := k+1 < len(sub) && possessiveS(p.src, sub, k+1)
		if !places[k] || possessive { // "Barcelona's Hospital Clinic" is a name, "Barcelona hospital" a place
			unplaced++
		}
	}
	if named > 0 && named == legal {
		return false // "Inc": a legal form is no name
	}
	if unplaced == 0 && cov[lo] == kHealthOrg && !toks[lo].Upper && lo < hi && nations &&
		slices.Contains(places, true) {
		// "hospitais dos Estados Unidos", "clínicas dos EUA", "laboratório
		// dos EUA": kinds of a country, not a name; a kind and its town
		// names one ("l'hôpital de Dax") (round 50)
		return false
	}
	if n := len(sub); sentenceStart(p.src, toks, lo) && !places[0] && cov[lo] == 0 &&
		n == 3 && places[1] && cov[hi] == kHealthOrg {
		// "Belangrijke Amerikaanse bloedbank getroffen", "Katholische US-Klinik wird geschlossen", "Major American
		// Hospital Hit": a sentence's adjective, a nationality and a kind describe the victim (round 34)
		return false
	}
	if n := len(sub); n >= 2 && sentenceStart(p.src, toks, lo) && !places[0] && cov[lo] == 0 && !slices.Contains(demonym[1:], false) &&
		p.src[sub[0].End:sub[1].Start] == " " {
		// "Second Iranian hack of …", "Official Turkish …": a sentence's
		// opening word before a nationality describes, it does not name; a
		// place after a name still names ("Orange Belgium", "AUSL Modena")
		// (round 35)
		return false
	}
	if len(sub) == 1 && demonym[0] {
		return false // "FBI Recovers Oregonians' Stolen Data": the people, not an organisation (round 50)
	}
	if n := len(sub); n >= 2 && places[n-2] && possessiveS(p.src, sub, n-1) {
		return false // "Senegal's", "Costa Rica's": the country whose body it was, not the body
	}
	if fieldOnly(sub, cov[lo:hi+1]) {
		return false // "Mental Health", "Public Health": a field of care, not an organisation
	}
	if monthOf(sub[0].Norm) > 0 && (len(sub) == 1 || (len(sub) == 2 && sub[1].Digit)) {
		return false // "affected by May ransomware attack", "May 28": a date, not a name
	}
	if named == 0 && upperOrg < 2 && !numberedKind(toks, lo, hi) {
		return false // "Krankenhaus", "Hospital"; but "Ministério da Saúde", "Change Healthcare" are names
	}
	based := slices.ContainsFunc(sub, func(t text.Token) bool { return t.Norm == "based" }) // "Idaho-Based Medical Center" (round 46)
	if unplaced == 0 && cov[hi] == kHealthOrg && cov[lo] != kHealthOrg && !(toks[hi].Upper && hi-lo >= 2 && !based) {
		// "New Jersey hospital", "US hospital"; but a place's name with
		// capitalised organisation words is a name: "Boston Children's
		// Health Physicians", "Cleveland Clinic Foundation"
		return false
	}
	if unplaced == 0 && cov[hi] != kHealthOrg && cov[lo] != kHealthOrg &&
		!(hi-lo >= 2 && toks[hi].Upper && (orgKindWord(toks[hi].Norm) || toks[hi].Norm == "associates" || toks[hi].Norm == "partners") &&
			slices.Contains(cov[lo:hi], kHealthOrg) && !titleCased(toks)) {
		// "Rotterdam", "Ostwestfalen"; but a place, a health body's kind
		// and a firm's word name one: "Oregon Anesthesiology Group"
		// (round 50), unless a Title Case headline capitalised a
		// description ("SamSam Strikes Kentucky Cardiology Group")
		return false
	}
	return true
}

// namedScheme reports whether the capitalised attack word at toks[i] is
// part of a law's or a scheme's name, whatever comes before it: "Under
// Australia's Notifiable Data Breaches scheme".
func namedScheme(toks []text.Token, i int) bool {
	if !toks[i].Upper {
		return false
	}
	for k := i + 1; k < min(len(toks), i+3) && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "scheme", "act", "law", "rule", "regulation", "regulations", "directive", "program", "programme", "report", "index", "survey",
			"reporting", "portal", "tool": // "HIPAA Breach Reporting Tool" (round 49)
			return true
		}
		if !toks[k].Upper {
			return false
		}
	}
	return false
}

// parenthesised reports whether toks[i] stands alone in parentheses: the
// "(NHLS)" of "National Health Laboratory Service (NHLS)".
func parenthesised(src string, toks []text.Token, i int) bool {
	return i > 0 && strings.HasSuffix(strings.TrimSpace(src[toks[i-1].End:toks[i].Start]), "(") &&
		strings.HasPrefix(src[toks[i].End:], ")")
}

// policeUnit is the unit word an investigators' name puts before its
// field: "die Zentral- und Ansprechstelle Cybercrime".
func policeUnit(s string) bool {
	switch s {
	case "einheit", "abteilung", "dezernat", "kommissariat", "brigade", "unit", "squad", "division", "task", "force":
		return true
	}
	return strings.HasSuffix(s, "stelle")
}

// placeAfter returns the place a name goes on with after its bracketed
// abbreviation at p.toks[i], or "": "Centre Hospitalier Universitaire
// (CHU) de Brest".
func placeAfter(p part, i int) string {
	if i+2 >= len(p.toks) || strings.TrimSpace(p.src[p.toks[i].End:p.toks[i+1].Start]) != ")" {
		return ""
	}
	switch p.toks[i+1].Norm {
	case "de", "du", "di", "del", "of":
	default:
		return ""
	}
	k := i + 2
	if !p.toks[k].Upper || p.toks[k].Break {
		return ""
	}
	for k+1 < len(p.toks) && p.toks[k+1].Upper && !p.toks[k+1].Break && strings.TrimSpace(p.src[p.toks[k].End:p.toks[k+1].Start]) == "" {
		k++
	}
	return " " + p.src[p.toks[i+1].Start:p.toks[k].End]
}

// germanGenitive reports whether a name span ends with its health word
// after a German genitive article: "Rechner der Klinik", "Direktor der
// Klinik" are a thing or a person of the clinic, not its name (round 31);
// "Klinikum der Universität" opens with its health word and is one.
func germanGenitive(toks []text.Token, lo, first, hi, last int) bool {
	if hi != last || first <= lo {
		return false
	}
	return toks[first-1].Norm == "der" || toks[first-1].Norm == "des"
}

// describedBefore reports whether a name found before an organisation's
// lower-case word (toks[lo..hi], the word at first) is a sentence's opening
// word and a nationality, which describe the organisation: "Belangrijke
// Amerikaanse bloedbank", "Meer Amerikaanse ziekenhuizen" (round 34).
func (c *Classifier) describedBefore(p part, lo, hi, first int) bool {
	if hi != lo+1 || hi >= first || !sentenceStart(p.src, p.toks, lo) {
		return false
	}
	for _, m := range c.geo.Find(p.toks[hi:hi+1], p.src, false) {
		if m.Kind == geo.KindDemonym {
			return true
		}
	}
	return false
}

// describesItsPlace reports whether toks[lo..hi], after an article and
// holding no health word of its own, is followed by a lower-case health
// kind: "a Capital Region orthopedic practice", "a Jacksonville hospital"
// describe an organisation by its place, and so does "The Capital Region
// orthopedic practice exposed …", after "the" only with a region's word.
func describesItsPlace(p part, cov []kind, lo, hi int) bool {
	toks := p.toks
	if lo == 0 || slices.ContainsFunc(cov[lo:hi+1], func(k kind) bool { return k == kHealthOrg || k == kHealthWeak }) {
		return false
	}
	switch toks[lo-1].Norm {
	case "a", "an":
	case "the":
		if !regionWord(toks[hi].Norm) {
			return false // "the Crozio Chirugija clinic", "the Great Plains Health medical center": a name
		}
	default:
		return false
	}
	for k := hi + 1; k < len(toks) && k <= hi+2; k++ {
		if toks[k].Upper || !nameJoined(p.src, toks, k-1, k) {
			return false
		}
		if cov[k] == kHealthOrg {
			return true
		}
	}
	return false
}

// regionWord is the last word of a region's name: "Capital Region", "Kern
// County", "Central Valley".
func regionWord(s string) bool {
	switch s {
	case "region", "county", "valley", "area", "coast", "district", "province":
		return true
	}
	return false
}

// describerBefore returns where a name starts after the lower-case
// description that opens toks[lo..hi] and ends in a describer word
// ("billing company Practice Resources", "radiology network Imagerie"),
// or lo when there is none.
func describerBefore(toks []text.Token, lo, hi int) int {
	for k := lo; k < hi; k++ {
		if toks[k].Upper && !(k == lo && article(toks[k].Norm)) { // "Le groupe de cliniques Elsan"
			return lo
		}
		if describerWord(toks[k].Norm) && toks[k+1].Upper {
			return k + 1
		}
		if n := groupOfCare(toks, k); n > 0 && k+n <= hi && toks[k+n].Upper {
			return k + n // "le groupe de santé Elsan": the group's name after what it is (round 56)
		}
	}
	return lo
}

// groupOfCare returns the length of a romance language's "group of care"
// at toks[k] ("groupe de santé", "grupo de clínicas", "gruppo
// sanitario"), 0 if none: a description before a group's name.
func groupOfCare(toks []text.Token, k int) int {
	switch toks[k].Norm {
	case "groupe", "grupo", "gruppo":
	default:
		return 0
	}
	if k+1 < len(toks) && toks[k+1].Norm == "sanitario" {
		return 2
	}
	if k+2 < len(toks) && toks[k+1].Norm == "de" {
		switch toks[k+2].Norm {
		case "sante", "cliniques", "salud", "clinicas", "saude":
			return 3
		}
	}
	return 0
}

// lawsuitName is a name in a title: capitalised words, with "of", "and"
// and "&" between them.
const lawsuitName = `\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|and|&))*?`

// lawsuitTitle matches a title of a lawsuit over a breach and names its
// defendant: "Patients sue Somnia for data breach", "Harbor Clinic faces
// class action over breach", "Class action filed against Harbor Clinic
// after hack", "Harbor Clinic sued over breach" (round 61). An
// organisation that sues is the plaintiff, often the victim: "Star Health
// sues Telegram over chatbots leaking customers' data".
var lawsuitTitle = regexp.MustCompile(`\b(?i:patients|customers|employees|victims|members|families|residents|plaintiffs|women|people|individuals|parents)\s+(?i:sue|sued|suing)\s+(` + lawsuitName + `)\s+(?i:for|over|after|following)\b` +
	`|^\s*(` + lawsuitName + `)\s+(?i:(?:is\s+|was\s+)?sued|faces?|facing|hit\s+with|settles?|settled)\s+(?i:[^:]*?)(?i:lawsuits?|suits?|class[- ]actions?|settlement)\b` +
	`|(?i:lawsuits?|suits?|class[- ]actions?|complaints?)\s+(?i:filed\s+)?(?i:against)\s+(` + lawsuitName + `)\s+(?i:for|over|after|following|in)\b` +
	`|^\s*(` + lawsuitName + `)\s+(?i:(?:is\s+|was\s+|gets\s+)?sued)\b`)

// breachWord tells a title's lawsuit is over a breach or an attack.
var breachWord = regexp.MustCompile(`(?i)\b(?:breach\w*|hack\w*|cyber\w*|ransomware|data|attack\w*|leak\w*)\b`)

// lawsuitDefendant returns the defendant a title's lawsuit over a breach
// names, when the text writes the name too: who was sued over a breach is
// whose breach it was ("Patients sue Somnia for data breach of 400,000
// accounts" over a text naming the practices it serves, "Somnia sued over
// data breach", round 61).
func lawsuitDefendant(title, body string) (string, bool) {
	if !mayNameLawsuit(title) {
		return "", false
	}
	m := lawsuitTitle.FindStringSubmatch(title)
	if m == nil || !breachWord.MatchString(title) {
		return "", false
	}
	name := strings.TrimSpace(cmp.Or(m[1], m[2], m[3], m[4]))
	for _, w := range []string{"’s", "'s"} {
		name = strings.TrimSuffix(name, w)
	}
	if name == "" || !writesName(body, name) {
		return "", false
	}
	switch strings.ToLower(strings.Fields(name)[0]) {
	case "patients", "patient", "customers", "employees", "former", "victims", "families", "parents", "the", "a", "an", "hospital", "lawsuit":
		return "", false
	}
	return name, true
}

// mayNameLawsuit reports whether a title holds a word every branch of
// lawsuitTitle needs ("sue", "suing", "suit", "class", "settle",
// "complaint"), so that most titles skip the regular expression.
func mayNameLawsuit(title string) bool {
	lower := strings.ToLower(title)
	for _, w := range []string{"sue", "suing", "suit", "class", "settle", "complaint"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// writesName reports whether text writes name, with "&" for "and" or the
// other way round and any case: a Title Case headline's "Cochise Eye &
// Laser" is the text's "Cochise Eye and Laser" (round 52).
func writesName(text, name string) bool {
	if strings.Contains(text, name) {
		return true
	}
	if !strings.Contains(name, "&") && !strings.Contains(strings.ToLower(name), " and ") {
		return false
	}
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(s), "&", " and ")), " ")
	}
	return strings.Contains(norm(text), norm(name))
}

// atOrganisation finds a name that a sentence opens with "at" ("Chez
// MediCheck, une entreprise …, des pirates informatiques ont dérobé …",
// "Bij Zorgbedrijf X hebben hackers …") when an attack word stands in the
// same sentence: the organisation where the attack happened (round 56).
func atOrganisation(p part) (int, int, bool) {
	toks := p.toks
	var starts []bool // read once a sentence may open with one of the words
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].Norm {
		case "chez", "bij", "presso", "bei":
		default:
			continue
		}
		if !toks[k+1].Upper || toks[k+1].Break || toks[k+1].Digit {
			continue
		}
		if starts == nil {
			starts = sentenceStarts(p.src, toks)
		}
		if !starts[k] {
			continue
		}
		hi := k + 1
		for hi+1 < len(toks) && toks[hi+1].Upper && !toks[hi+1].Break && !starts[hi+1] && hi-k < 5 {
			hi++
		}
		end := hi + 1
		for end < len(toks) && !starts[end] {
			end++
		}
		for _, h := range p.hits {
			if h.Value.kind == kCyber && !h.Value.weak && !h.Value.denied && h.First > hi && h.Last < end {
				return k + 1, hi, true
			}
		}
	}
	return 0, 0, false
}

// litigant reports whether a word is a party's role in a lawsuit, which a
// settlement's notice writes in capitals in place of the name.
func litigant(s string) bool {
	switch s {
	case "defendant", "defendants", "plaintiff", "plaintiffs", "claimant", "claimants", "respondent", "respondents",
		"petitioner", "petitioners":
		return true
	}
	return false
}

// demonymOnly reports whether toks[lo..hi] is a people's adjective alone,
// perhaps after a point of the compass: "Russian", "Eastern European",
// "North Korean".
func (c *Classifier) demonymOnly(p part, lo, hi int) bool {
	compass := func(w string) bool {
		switch w {
		case "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west":
			return true
		}
		return false
	}
	switch p.toks[hi].Norm {
	case "european", "asian", "african", "arab", "nordic", "baltic", "balkan", "caucasian":
		// a continent's or a region's people, which geo does not place
		if slices.ContainsFunc(p.toks[lo:hi], func(t text.Token) bool { return !compass(t.Norm) }) {
			return false
		}
		return true
	}
	for _, m := range c.geo.Find(p.toks[lo:hi+1], p.src, false) {
		if m.Kind != geo.KindDemonym || m.Last != hi-lo {
			continue
		}
		return !slices.ContainsFunc(p.toks[lo:lo+m.First], func(t text.Token) bool { return !compass(t.Norm) })
	}
	return false
}
