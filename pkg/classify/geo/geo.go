// Package geo finds the country of a reported incident: in the text
// (country names in seven languages, demonyms, major cities, US states,
// counties, parishes and other regions, national bodies and terms), then in
// the hints a source gives, then in the URL's country-code top-level domain,
// then in US towns named where only a place fits (Towns), and last in the
// order an English text writes its dates (month first: American). The
// attackers' places are told apart from the victim's.
//
// The gazetteer is built once by New from github.com/biter777/countries,
// hand-kept multilingual names and GeoNames' US towns (us_towns.txt,
// written by internal/gentowns); lookups are pure.
package geo

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"

	"github.com/cit-health/cit/pkg/classify/text"
)

// Kinds of place mentions, strongest first.
const (
	KindCountry     = "country"
	KindRegion      = "region" // US state, province, Land
	KindCity        = "city"
	KindDemonym     = "demonym"
	KindInstitution = "institution" // a national body or identifier (HIPAA, NHS, CNIL)
	KindCounty      = "county"      // "Orange County": a US county
	KindStateCode   = "state_code"  // "(CA)" after a name: a registry's explicit US state
	KindUSTown      = "us_town"     // "Paris, Texas": a town placed in a US state
)

type place struct {
	code, kind string
	abbr       bool // written in capitals (US, UK, NYC): matched only in capitals
	anyCase    bool // a term, not a name ("covered entity"): matched in any case
}

// Gazetteer finds places in tokenised text. It is safe for concurrent use.
type Gazetteer struct {
	lex   *text.Lexicon[place]
	towns *text.Lexicon[place] // US towns, read only by Towns
}

// Mention is one place found in a text.
type Mention struct {
	Code  string // ISO 3166-1 alpha-2
	Kind  string
	Span  string
	First int // token index
	Last  int // token index of the last word
	Title bool
	// Target marks a mention the attack is said to hit: "Ransomware
	// against Pakistani Airports", "attack on Costa Rica".
	Target bool
	// Avowed marks an attacker's place said outright: "Russian hackers",
	// "hacked by China", "Iranian ransomware group"; not a title's side of
	// "vs." nor "Chinese government", which may as well be the target.
	Avowed bool
}

// umlautSpelling writes a name's umlauts the way keyboards without them do
// ("Düsseldorf" → "Duesseldorf").
var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue")

// New builds the gazetteer.
func New() *Gazetteer {
	m := map[string]place{}
	skip := ambiguous()
	for _, c := range countries.All() {
		code := c.Alpha2()
		if len(code) != 2 {
			continue
		}
		name := c.String()
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		if !skip[name] {
			m[name] = place{code: code, kind: KindCountry}
		}
		if cap := c.Capital().String(); cap != "" && cap != "None" && !skip[cap] {
			m[cap] = place{code: code, kind: KindCity}
		}
	}
	for _, s := range countries.SubdivisionsByCountryCode(countries.US) {
		m[s.String()] = place{code: "US", kind: KindRegion}
	}
	// later lists win a name two of them hold, as they were added in this order
	for _, list := range []struct {
		names map[string][]string
		kind  string
	}{
		{extraNames(), KindCountry}, {asianCountries(), KindCountry}, {worldCountries(), KindCountry}, {asianRegions(), KindRegion}, {regions(), KindRegion},
		{cities(), KindCity}, {institutions(), KindInstitution}, {demonyms(), KindDemonym},
	} {
		for code, names := range list.names {
			for _, n := range names {
				m[n] = place{code: code, kind: list.kind}
			}
		}
	}
	for name, p := range m {
		if alt := umlautSpelling.Replace(name); alt != name {
			if _, ok := m[alt]; !ok {
				m[alt] = p // "Duesseldorf", "Muenchen": an umlaut written without its dots
			}
		}
	}
	for name, p := range m {
		switch {
		case strings.ContainsFunc(name, text.Ideograph) || strings.ContainsFunc(name, text.Hebrew) ||
			strings.ContainsFunc(name, text.Arabic):
			p.anyCase = true // no capitals in these scripts: "北海道", "ישראל", "الجزائر"
		case strings.ToUpper(name) == name:
			p.abbr = true
		case strings.ToLower(name) == name && p.kind == KindInstitution:
			p.anyCase = true
		}
		m[name] = p
	}
	known := make(map[string]bool, len(m))
	for name := range m {
		known[fold(name)] = true
	}
	return &Gazetteer{lex: text.NewLexicon(m), towns: townLexicon(known)}
}

// attackerWord marks a demonym that names the attacker, not the victim
// ("Russian hackers", "Chinese state-sponsored group").
func attackerWord(s string) bool {
	switch s {
	case "hacker", "hackers", "hacking", "group", "groups", "state", "government", "intelligence", "spies", "military",
		"actors", "actor", "apt", "espionage", "cybercriminals", "criminals", "gang", "operatives", "sponsored", "linked",
		"nationals", "national", "citizen", "man", "teen", "authorities", "officials", "police", "hacktivists", "army",
		"hacktivist", "attacker", "attackers", "cyberattackers", "cyberspies", "spy", "agents", "hackergroup", "hackinggroup":
		return true
	}
	return aptName(s)
}

// aptName reports a numbered APT group's name: "APT41", "apt28".
func aptName(s string) bool {
	n, ok := strings.CutPrefix(s, "apt")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// avowedAttackerWord is an attacker word that no target shares: "Russian
// hackers", "Iranian ransomware group".
func avowedAttackerWord(s string) bool {
	switch s {
	case "hacker", "hackers", "hacking", "hacktivist", "hacktivists", "attacker", "attackers", "cyberattackers",
		"cybercriminals", "criminals", "gang", "apt", "spies", "cyberspies", "hackergroup", "hackinggroup", "sponsored",
		"ransomware":
		return true
	}
	return aptName(s)
}

// bystanderWord is an attacker word that names people, not the attacking
// side: "German police", "a Russian man", "Ukrainian officials".
func bystanderWord(s string) bool {
	switch s {
	case "nationals", "national", "citizen", "man", "teen", "authorities", "officials", "police":
		return true
	}
	return false
}

// nameOpeningWord is an attacker word that also opens an institution's
// name when capitalised ("Indian National Congress", "Israeli Military
// Intelligence"), unlike "hackers" or "group", which Title Case capitalises.
func nameOpeningWord(s string) bool {
	switch s {
	case "national", "government", "state", "military", "army", "intelligence", "police":
		return true
	}
	return false
}

// sectorNoun is an industry's word after a demonym: "the Japanese media
// group Nikkei", "the Indonesian state electricity company PLN" describe
// the victim, not an attacker.
func sectorNoun(s string) bool {
	switch s {
	case "media", "electricity", "energy", "power", "steel", "chemical", "chemicals", "telecom", "telecommunications",
		"banking", "financial", "insurance", "retail", "shipping", "logistics", "engineering", "technology", "tech",
		"software", "automotive", "aviation", "postal", "water", "mining", "construction", "pharmaceutical", "food",
		"entertainment", "gaming", "publishing", "industrial", "manufacturing", "transport", "railway", "airline":
		return true
	}
	return false
}

// definedOtherwise reports whether the text defines a place's abbreviation
// as another name's: "The University of Kentucky (UK)" makes every "UK" of
// it the university's, not the United Kingdom (round 63). The abbreviation
// must spell the initials of the capitalised name before it ("London (UK)"
// defines nothing), and that name must not be the place's own ("the United
// Kingdom (UK)").
func definedOtherwise(src, abbr, code string) bool {
	i := strings.Index(src, "("+abbr+")")
	if i <= 0 {
		return false
	}
	before := strings.TrimRight(src[max(0, i-60):i], " ")
	lower := strings.ToLower(before)
	switch code {
	case "GB":
		if strings.HasSuffix(lower, "united kingdom") || strings.HasSuffix(lower, "britain") {
			return false
		}
	case "US":
		if strings.HasSuffix(lower, "united states") || strings.HasSuffix(lower, "america") {
			return false
		}
	default:
		return false
	}
	words := strings.Fields(before)
	var initials []rune
	for k := len(words) - 1; k >= 0 && len(words)-k <= 6; k-- {
		w := words[k]
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			initials = append([]rune{r}, initials...)
			if string(initials) == abbr {
				return true
			}
		case w == "of" || w == "and" || w == "for" || w == "&":
		default:
			return false
		}
	}
	return false
}

// WithoutDefined drops the mentions of a title whose abbreviation the body
// defines as another name's ("UK" over "The University of Kentucky (UK)
// …"); FindAll drops the body's own.
func WithoutDefined(ms []Mention, body string) []Mention {
	return slices.DeleteFunc(ms, func(m Mention) bool {
		return len(m.Span) <= 3 && m.Span == strings.ToUpper(m.Span) && definedOtherwise(body, m.Span, m.Code)
	})
}

// lawFirm reports whether the word after toks[last] makes a town's name a
// law firm's: "The Lyon Firm", "Morgan Law Group", "Sterling LLP".
func lawFirm(toks []text.Token, last int) bool {
	if last+1 >= len(toks) || !toks[last+1].Upper || toks[last+1].Break {
		return false
	}
	switch toks[last+1].Norm {
	case "firm", "law", "llp", "legal", "attorneys", "lawyers":
		return true
	}
	return false
}

// targetNoun marks what attacks hit: "Ukrainian government websites",
// "Chilean military networks".
func targetNoun(s string) bool {
	switch s {
	case "websites", "website", "sites", "agencies", "agency", "ministries", "ministry", "networks", "network", "systems",
		"servers", "portals", "portal", "institutions", "departments", "computers", "databases", "database", "officials",
		"employees", "entities", "bodies", "offices", "accounts", "emails", "pages", "page", "webpages",
		"hospital", "hospitals", "clinic", "clinics", "insurer", "company", "companies", "media",
		"owned", "bank", "banks", "oil", "firm", "firms", "broadcaster", "airline", "railway", "utility", "parliament",
		"television", "tv", "broadcast", "clients", "customers", "services", "organisations", "organizations",
		"officers", "postal", "operator", "infrastructure", "users", "facilities", "personnel", "staff":
		return true
	}
	return false
}

// hackerTeamWord marks a country name used as a hacker team's name
// ("Bangladesh Cyber Army hack Indian webpages").
func hackerTeamWord(s string) bool {
	switch s {
	case "cyber", "cyberarmy", "hack", "hacker", "hackers", "hacking", "hackteam", "hacktivists", "linked", "backed", "sponsored",
		"nexus", "aligned", "affiliated": // "China-nexus espionage group"
		return true
	}
	return false
}

// coordinated reports whether the place at toks[i] is the second of a
// pair: "Moroccan and Algerian hacker groups" target each other.
func coordinated(toks []text.Token, i int) bool {
	return i > 0 && (toks[i-1].Norm == "and" || toks[i-1].Norm == "or")
}

// cyberTeamWord ends a hacker team's name after "Cyber": "Bangladesh Cyber
// Army"; not "US Cyber Command" or "Canada cyber incident".
func cyberTeamWord(s string) bool {
	switch s {
	case "army", "team", "force", "hackers", "warriors", "troops", "squad", "militia", "attackers", "legion":
		return true
	}
	return false
}

// attackerCountry reports whether the country named at toks[first..last]
// is said to be the attacker: after "by", "from", "to" in an attack's
// words ("hacked by China", "attack originating from China", "attributed to
// Iran"), or before an accusation ("China accused of attack").
func attackerCountry(toks []text.Token, first, last int) bool {
	if last+1 < len(toks) {
		switch toks[last+1].Norm {
		case "accused", "blamed", "denies", "denied":
			return true
		case "attempted", "tried", "stole", "hacked", "infiltrated":
			// "North Korea attempted to steal Covid-19 vaccine technology
			// from US pharmaceutical company Pfizer" (round 48); not "…
			// hacked by"
			return last+2 >= len(toks) || toks[last+2].Norm != "by"
		}
	}
	if first < 2 {
		return false
	}
	prep := first - 1
	switch toks[prep].Norm {
	case "el", "la", "le", "il", "lo", "o", "a", "de":
		// round 45: an article before the country ("un ransomware
		// originado desde el Reino Unido")
		if prep >= 2 {
			switch toks[prep-1].Norm {
			case "desde", "from", "depuis", "dal", "dalla", "do", "da", "aus":
				prep--
			}
		}
	}
	switch toks[prep].Norm {
	case "by", "from", "to", "desde", "depuis", "dal", "dalla", "aus":
		first = prep + 1
	case "a":
		// "el origen del ataque estaría vinculado a Reino Unido"
		return prep >= 1 && (toks[prep-1].Norm == "vinculado" || toks[prep-1].Norm == "vinculada" ||
			toks[prep-1].Norm == "ligado" || toks[prep-1].Norm == "ligada")
	case "with":
		// "a ransomware gang associated with Russia": a group's ties, not
		// the victim's place
		return first >= 3 && tiedWord(toks[first-2].Norm) && slices.ContainsFunc(toks[max(0, first-6):first-2], func(t text.Token) bool {
			return attackerWord(t.Norm) || t.Norm == "ransomware"
		})
	default:
		return false
	}
	for k := max(0, first-5); k < first-1; k++ {
		switch toks[k].Norm {
		case "hacked", "hackers", "hacker", "attack", "attacks", "attacked", "originating", "intrusion", "breached",
			"targeted", "ddos", "cyberattack", "cyberattacks", "spied", "sponsored", "backed", "linked", "attributed",
			"blamed", "hacking", "infiltrated",
			"ransomware", "originated", "originado", "originada", "originados", "origen", "origem", "origine", "proveniente": // round 45
			return true
		case "group", "gang", "actor", "actors", "crew", "criminals", "cybercriminals", "attackers":
			// "carried out by a group from Russia"
			return toks[first-1].Norm == "from"
		}
	}
	return false
}

// tiedWord links a group to a country before "with": "associated with
// Russia", "aligned with Iran".
func tiedWord(s string) bool {
	switch s {
	case "associated", "affiliated", "aligned", "linked", "connected", "ties", "links", "allied":
		return true
	}
	return false
}

// attackNoun is an attack word after which a demonym's "on" names the
// target ("Chinese attack on CNN").
func attackNoun(s string) bool {
	switch s {
	case "attack", "attacks", "cyberattack", "cyberattacks", "hack", "ddos", "campaign", "operation":
		return true
	}
	return false
}

// foodWord is a kitchen or eating place a demonym describes ("Mexican
// restaurant", "Chinese buffet").
// foodBusiness reports whether the food word at toks[i] opens the
// description of a business, not a kitchen: "the Russian food delivery
// service Delivery Club", "a Danish food company".
func foodBusiness(toks []text.Token, i int) bool {
	if toks[i].Upper || (toks[i].Norm != "food" && toks[i].Norm != "foods") || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Norm {
	case "delivery", "retailer", "retail", "company", "giant", "producer", "processor", "processing", "chain", "industry",
		"sector", "safety", "agency", "distributor", "supplier", "manufacturer", "service", "services", "group", "maker":
		return true
	}
	return false
}

func foodWord(s string) bool {
	switch s {
	case "restaurant", "restaurants", "cuisine", "cafe", "grill", "buffet", "steakhouse", "bistro", "kitchen", "bar",
		"gourmet", "ristorante", "food", "foods", "bakery", "deli", "pizzeria", "eatery", "tavern", "pub", "cantina", "sushi":
		return true
	}
	return false
}

// provinceWord is a word after a country's name that makes it a region's
// ("Luxembourg province", "Limburg Province").
func provinceWord(s string) bool {
	switch s {
	case "province", "provinz", "provincie", "provincia":
		return true
	}
	return false
}

// streetName reports whether the place ending at toks[last] opens the name
// of a street or a district: a capitalised street word follows, joined
// ("Denmark Hill", "Canada Square", "Egypt Road").
func streetName(toks []text.Token, src string, last int) bool {
	return joinedWord(toks, src, last, func(w string) bool {
		switch w {
		case "hill", "street", "road", "avenue", "square", "lane", "terrace", "drive", "boulevard", "wharf", "gardens":
			return true
		}
		return false
	})
}

// joinedWord reports whether a capitalised word that kind accepts follows
// toks[last], joined by a space only: the name a place or a people's word
// opens ("Denmark Hill", "Georgian Bay").
func joinedWord(toks []text.Token, src string, last int, kind func(string) bool) bool {
	return last+1 < len(toks) && toks[last+1].Upper && !toks[last+1].Break &&
		strings.TrimSpace(src[toks[last].End:toks[last+1].Start]) == "" && kind(toks[last+1].Norm)
}

// proStance reports whether the place at toks[first] is joined to a "pro"
// before it: "pro-Israel", "pro-Russia" name the side someone takes, not
// where anything happened. (Demonyms, "pro-Russian hackers", are read as
// an attacker's nationality above.)
func proStance(toks []text.Token, src string, first int) bool {
	return first > 0 && toks[first-1].Norm == "pro" && src[toks[first-1].End:toks[first].Start] == "-"
}

// waterName reports whether the demonym ending at toks[last] opens the
// name of a sea, a bay or an ocean: a capitalised water word follows,
// joined ("Georgian Bay", "Indian Ocean", "Arabian Sea").
func waterName(toks []text.Token, src string, last int) bool {
	return joinedWord(toks, src, last, func(w string) bool {
		switch w {
		case "bay", "sea", "ocean", "gulf", "strait", "straits", "channel", "peninsula":
			return true
		}
		return false
	})
}

// Find returns the place mentions in toks. Names must start with a capital
// letter in the source text; demonyms followed by an attacker word are left
// out.
func (g *Gazetteer) Find(toks []text.Token, src string, title bool) []Mention {
	places, _ := g.FindAll(toks, src, title)
	return places
}

// FindAll returns what Find returns and, apart, the places named as the
// attacker's ("Russian hackers", "hacked by China", "North Korea vs. …"),
// which Find leaves out.
func (g *Gazetteer) FindAll(toks []text.Token, src string, title bool) (out, attackers []Mention) {
	versus := -1 // a title "Anonymous Sudan vs. Israel" names the attacker before "vs."
	if title {
		for i, t := range toks {
			if t.Norm == "vs" || t.Norm == "versus" {
				versus = i
				break
			}
		}
	}
	hits := g.lex.Find(toks)
	for _, h := range hits {
		m := Mention{Code: h.Value.code, Kind: h.Value.kind, Span: src[toks[h.First].Start:toks[h.Last].End],
			First: h.First, Last: h.Last, Title: title}
		first := toks[h.First]
		raw := src[first.Start:first.End]
		if h.Value.abbr {
			if raw != strings.ToUpper(raw) || definedOtherwise(src, raw, m.Code) {
				continue
			}
		} else if !first.Upper && h.Value.kind != KindDemonym && !h.Value.anyCase {
			continue
		}
		if h.Value.kind == KindCity && surnameParticle(toks, src, h.First) {
			continue // "il sindaco Di Ventura": a surname, not the Californian city (round 35)
		}
		if h.Value.kind == KindCity && lawFirm(toks, h.Last) {
			continue // "The Lyon Firm is investigating": a law firm's name, not the French city (round 63)
		}
		if h.Value.kind == KindCity && hyphenCompound(toks, src, h.First, h.Last) {
			continue // "Canton-Potsdam Hospital", "Dax-Konzern": a town inside another name or word
		}
		if h.Value.kind == KindRegion && hyphenCompound(toks, src, h.First, h.Last) &&
			!regionPrefix(hits, toks, h.First-1) && !regionPrefix(hits, toks, h.Last+1) {
			continue // "Chatham-Kent", "Windsor-Essex": a municipality joining a town and a region; not "Zuid-Limburg", "Russia-Georgia"
		}
		if (h.Value.kind == KindCountry || h.Value.kind == KindRegion) && streetName(toks, src, h.Last) {
			continue // "Denmark Hill", "Jordan Street": a district or a street named after the country
		}
		if h.Value.kind == KindDemonym && raw == "finns" {
			continue // Swedish "det finns" (there is), not the Finns (round 55)
		}
		if h.Value.kind == KindDemonym && personSurname(toks, src, h.First, h.Last) && !placeEndsAt(hits, h.First-1) {
			continue // "hospital spokesman Benjamin French said": a person's name, not France; "Zurich American" is a firm's (round 55)
		}
		if h.Value.kind == KindDemonym && spokenLanguage(toks, h.First, h.Last) {
			continue // "Assistance is available in both English and Spanish": languages, not places (round 56)
		}
		if h.Value.kind == KindDemonym && m.Code == "IN" && firstPeoplesIndian(toks, src, h.First, h.Last) {
			continue // "a certificate of Indian Status", "the Indian Health Service": North America's First Peoples (round 55)
		}
		if h.Value.kind == KindDemonym && waterName(toks, src, h.Last) {
			continue // "Georgian Bay General Hospital", "the Indian Ocean": a water named after a people
		}
		if h.Value.kind == KindCountry && arrestedIn(toks, h.First) {
			continue // a suspect "arrested in France": not where the victim is
		}
		if raw == "Franca" && m.Code == "FR" {
			continue // the town in São Paulo state (Santa Casa de Franca); France is "França"
		}
		if raw == "Munster" && m.Code == "DE" {
			m.Code, m.Kind = "IE", KindRegion // the Irish province; the German city is written "Münster" or "Muenster"
		}
		if h.Value.kind == KindInstitution && strings.EqualFold(m.Span, "Social Security") && otherSocialSecurity(toks, h.First) {
			continue // "Ministry of Labour and Social Security", "social security fund": another country's
		}
		if h.Value.kind == KindInstitution && h.Value.abbr && asianScriptAround(src, first.Start, toks[h.Last].End) {
			continue // "SNSでもご購読できます", "(ARS 내선2번)": a social network, a phone menu, not Portugal's or France's body (round 55)
		}
		if raw == "CE" && h.First == h.Last && !coveredEntityCE(toks, h.First) {
			continue // "Magento Community Edition (CE)", "CE marking": not HIPAA's covered entity
		}
		if h.Last < versus {
			attackers = append(attackers, m)
			continue // "Georgia vs. Russian Media": Georgia is the attacker's side
		}
		if h.Value.kind == KindCountry && proStance(toks, src, h.First) {
			m.Avowed = true
			attackers = append(attackers, m)
			continue // "the pro-Israel hacktivist group Predatory Sparrow": the side an attacker takes (round 27)
		}
		if h.Value.kind == KindDemonym && h.Last+1 < len(toks) && attackerWord(toks[h.Last+1].Norm) &&
			!(toks[h.Last+1].Upper && nameOpeningWord(toks[h.Last+1].Norm)) &&
			!(h.Last+2 < len(toks) && (targetNoun(toks[h.Last+2].Norm) || sectorNoun(toks[h.Last+2].Norm))) {
			if !bystanderWord(toks[h.Last+1].Norm) {
				m.Avowed = avowedAttackerWord(toks[h.Last+1].Norm) && !coordinated(toks, h.First)
				attackers = append(attackers, m)
			}
			continue // "Russian hackers"; but "Ukrainian government websites" were the target, and "Indian National Congress" is a name
		}
		if h.Value.kind == KindDemonym && h.Last+2 < len(toks) && attackerWord(toks[h.Last+2].Norm) &&
			!(toks[h.Last+1].Upper && nameOpeningWord(toks[h.Last+1].Norm)) && !sectorNoun(toks[h.Last+1].Norm) &&
			!(h.Last+3 < len(toks) && targetNoun(toks[h.Last+3].Norm)) {
			m.Avowed = (avowedAttackerWord(toks[h.Last+1].Norm) || avowedAttackerWord(toks[h.Last+2].Norm)) && !coordinated(toks, h.First)
			attackers = append(attackers, m)
			continue // "Russian state hackers"; but "Mongolian National Police" is a name, "Italian state police websites" the target
		}
		if h.Value.kind == KindInstitution && placeEndsAt(hits, h.First-1) {
			continue // "the Costa Rican Social Security Fund": another country's institution of that name
		}
		if h.Value.kind == KindCity && brazilianState(toks, src, h.Last) {
			m.Code = "BR"
			out = append(out, m)
			continue // "Porto Velho (RO)", "Jales (SP)": a Brazilian town, its state's code in brackets (round 41)
		}
		if code, ok := regionAfter(hits, h.Last, toks, src); ok && h.Value.kind != KindDemonym && (code == "US" || code != h.Value.code) {
			m.Code = code
			if code == "US" {
				m.Kind = KindUSTown
			}
			out = append(out, m)
			continue // "Paris, Texas", "Lebanon, New Hampshire": a US town named after a place abroad; "Cornwall, Ont." (round 34)
		}
		if h.Value.kind != KindDemonym && (basedAttacker(toks, h.First, h.Last) || serverPlace(toks, h.First)) {
			m.Avowed = basedAttacker(toks, h.First, h.Last)
			attackers = append(attackers, m)
			continue // "hackers believed to be based in China", "a server in Canada": not the victim's country
		}
		if h.Value.kind == KindCountry && h.Last+1 < len(toks) && hackerTeamWord(toks[h.Last+1].Norm) && !toks[h.Last+1].Break {
			m.Avowed = toks[h.Last+1].Norm != "cyber" || h.Last+2 < len(toks) && cyberTeamWord(toks[h.Last+2].Norm)
			attackers = append(attackers, m)
			continue // "Bangladesh Cyber Army", "Iran Hack Security Team": the attacker's name; not "México: hackers filtran …"
		}
		if h.Value.kind == KindCountry && attackerCountry(toks, h.First, h.Last) {
			// "hacked by China"; but "in response to Italy's support", "Ukraine blamed …"
			m.Avowed = h.First > 0 && (toks[h.First-1].Norm == "by" || toks[h.First-1].Norm == "from")
			attackers = append(attackers, m)
			continue // "hacked by China", "hackers from China", "China accused of attack": the attacker's country
		}
		if h.Value.kind == KindDemonym && h.Last+2 < len(toks) && attackNoun(toks[h.Last+1].Norm) &&
			(toks[h.Last+2].Norm == "on" || toks[h.Last+2].Norm == "against") {
			m.Avowed = true
			attackers = append(attackers, m)
			continue // "Chinese attack on CNN": the attacker's nationality
		}
		if h.Value.kind == KindDemonym && h.Last+1 < len(toks) && foodWord(toks[h.Last+1].Norm) && !foodBusiness(toks, h.Last+1) {
			continue // "Aldaco's Mexican Cuisine", "Thai Cafe": a kitchen, not a country
		}
		if h.Value.abbr && m.Code == "US" && h.Last+1 < len(toks) && (toks[h.Last+1].Norm == "dollars" || toks[h.Last+1].Norm == "dollar") {
			continue // "100 million US dollars": a currency, not a place
		}
		if h.Value.abbr && toks[h.Last].End < len(src) && src[toks[h.Last].End] == '$' {
			continue // "the US$300,000 ransom", "NZ$2 million": a currency, not a place (round 25)
		}
		if h.Value.kind == KindCountry && h.Last+1 < len(toks) && toks[h.Last+1].Norm == "s" &&
			strings.ContainsAny(src[toks[h.Last].End:toks[h.Last+1].Start], "'’") && h.Value.code == "CL" &&
			strings.EqualFold(src[toks[h.First].Start:toks[h.Last].End], "Chili") {
			continue // "Chili's" is a restaurant chain; French and Dutch "Chili" is Chile
		}
		if (h.Value.kind == KindCountry || h.Value.kind == KindCity) && h.Last+1 < len(toks) && provinceWord(toks[h.Last+1].Norm) {
			continue // "the Belgian hospital group in Luxembourg province": a region named after a country
		}
		if (h.Value.kind == KindCountry || (h.Value.kind == KindCity && m.Code == "LU")) && h.First >= 2 && provinceWord(toks[h.First-2].Norm) &&
			(toks[h.First-1].Norm == "de" || toks[h.First-1].Norm == "di" || toks[h.First-1].Norm == "du") {
			continue // "la province de Luxembourg": the same, in French word order
		}
		out = append(out, m)
	}
	out = append(out, counties(toks, src, title)...)
	out = append(out, statesOfAmbiguousName(toks, src, title)...)
	return append(out, stateCodes(toks, src, title)...), attackers
}

// asianScriptAround reports whether the nearest letters before and after
// src[start:end], past spaces, digits and punctuation, are Chinese,
// Japanese or Korean: the capitals are a loanword of that text
// ("SNS", "ARS"), not a European body's initials.
func asianScriptAround(src string, start, end int) bool {
	asian := func(r rune) bool {
		return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
	}
	skip := func(r rune) bool { return !unicode.IsLetter(r) }
	for i := end; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		if !skip(r) {
			if asian(r) {
				return true
			}
			break
		}
		i += n
	}
	for i := start; i > 0; {
		r, n := utf8.DecodeLastRuneInString(src[:i])
		if !skip(r) {
			return asian(r)
		}
		i -= n
	}
	return false
}

// personSurname reports whether the one-word demonym at toks[first..last]
// is a person's surname: a capitalised given name or a title stands
// before it, and a verb of speech follows ("Benjamin French said"), or
// punctuation after a role and a given name ("spokesman Benjamin French.")
// or a title ("Ms. English, a nurse, …"). A demonym describes what follows
// it ("French hospital"); "Pan American Health Organization" goes on, and
// "Zurich American, one of Sony's insurers" is a firm.
func personSurname(toks []text.Token, src string, first, last int) bool {
	if first == 0 || first != last || toks[first].Hyphen {
		return false // "Pro-Russian" is joined
	}
	end := last+1 >= len(toks)
	speech := false
	if !end && !toks[last+1].Break {
		switch toks[last+1].Norm {
		case "said", "says", "told", "added", "explained", "wrote", "confirmed":
			speech = true
		default:
			return false
		}
	}
	p := toks[first-1]
	if toks[first].Break {
		// "Ms. French": a title's full stop
		switch p.Norm {
		case "mr", "mrs", "ms", "dr", "prof":
			return strings.HasPrefix(src[p.End:toks[first].Start], ".")
		}
		return false
	}
	raw := src[p.Start:p.End]
	if !p.Upper || len(p.Norm) < 3 || raw == strings.ToUpper(raw) {
		return false // "the French", "US French" (initials)
	}
	if speech {
		switch p.Norm {
		case "the", "many", "some", "all", "both", "most", "two", "three":
			return false // "The French said": a people
		}
		return true // "… Benjamin French said"
	}
	// else a role before the given name: "spokesman Benjamin French."; a
	// name read alone ("Second Iranian") has none
	return first >= 2 && !toks[first-1].Break && personRole(toks[first-2].Norm)
}

// personRole is a person's role or title before a name: "spokesman
// Benjamin French", "Dr. Anna English".
func personRole(w string) bool {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson", "director", "officer", "president", "ceo", "chief", "manager",
		"nurse", "physician", "doctor", "professor", "reporter", "writer", "editor", "analyst", "researcher", "dr", "mr",
		"mrs", "ms", "prof", "minister", "secretary", "chair", "chairman", "chairwoman", "attorney", "lawyer":
		return true
	}
	return false
}

// firstPeoplesIndian reports whether "Indian" at toks[first..last] is of
// North America's First Peoples, not of India: "Indian Status", "the
// Indian Act", "an Indian reserve", "American Indian", "the Indian Health
// Service" (the US agency).
func firstPeoplesIndian(toks []text.Token, src string, first, last int) bool {
	if first != last || toks[first].Norm != "indian" {
		return false
	}
	if first > 0 && !toks[first].Break && toks[first-1].Norm == "american" {
		return true
	}
	if last+1 >= len(toks) || toks[last+1].Break {
		return false
	}
	switch toks[last+1].Norm {
	case "status", "act", "band", "bands", "reserve", "reserves", "reservation", "reservations", "affairs", "tribe", "tribes",
		"tribal", "residential", "country":
		return true
	case "health":
		// "Indian Health Service", not "the Indian health ministry"
		n := last + 2
		return toks[last+1].Upper && n < len(toks) && !toks[n].Break && toks[n].Upper && toks[n].Norm == "service"
	}
	return false
}

// surnameParticle reports whether the capitalised particle of an Italian,
// Spanish or Portuguese surname ("Di", "De", "Da", "Del", "Della", "Dos")
// stands right before toks[first]: "Di Ventura" is a person.
func surnameParticle(toks []text.Token, src string, first int) bool {
	if first == 0 || toks[first].Break {
		return false
	}
	p := toks[first-1]
	switch src[p.Start:p.End] {
	case "Di", "De", "Da", "Del", "Della", "Dos", "Das":
		return true
	}
	return false
}

// statesOfAmbiguousName finds a country whose name is also a first name or
// a US state (and so is never matched alone) where its possessive governs
// a national institution: "Jordan's Ministry of Health", "Chad's health
// ministry", "Georgia's parliament". "Georgia's Department of Public
// Health" is the US state's.
func statesOfAmbiguousName(toks []text.Token, src string, title bool) []Mention {
	var out []Mention
	for i := 0; i+2 < len(toks); i++ {
		var code string
		switch src[toks[i].Start:toks[i].End] {
		case "Jordan":
			code = "JO"
		case "Chad":
			code = "TD"
		case "Georgia":
			code = "GE"
		default:
			continue
		}
		if toks[i+1].Norm != "s" || !strings.ContainsAny(src[toks[i].End:toks[i+1].Start], "'’") {
			continue
		}
		for k := i + 2; k < min(len(toks), i+4) && !toks[k].Break; k++ {
			n := toks[k].Norm
			if n == "ministry" || n == "ministries" || n == "parliament" || n == "embassy" ||
				(code != "GE" && (n == "government" || n == "army" || n == "military" || n == "armed")) {
				out = append(out, Mention{Code: code, Kind: KindCountry, Span: src[toks[i].Start:toks[i].End], First: i, Last: i, Title: title})
				break
			}
		}
	}
	return out
}

// otherSocialSecurity reports whether the "Social Security" at toks[i]
// names another country's ministry or fund, not the US programme: "Ministry
// of Labour and Social Security", "Social Security Fund".
func otherSocialSecurity(toks []text.Token, i int) bool {
	if i+2 < len(toks) {
		switch toks[i+2].Norm {
		case "fund", "institute", "ministry", "system", "agency":
			return true
		}
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		switch toks[k].Norm {
		case "ministry", "minister", "ministries":
			return true
		}
	}
	return false
}

// coveredEntityCE reports whether the "CE" at toks[i] is the OCR's short
// name for a covered entity: "the CE", "the CE's".
func coveredEntityCE(toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Norm == "the" && !toks[i].Break
}

// Reconcile reads the mentions of a whole report together: a name that the
// report places in a US state once ("Paris Regional Medical Center … in
// Paris, Texas") is that US town everywhere, and "Georgia" is the country
// when the report also calls something Georgian or names Tbilisi.
func Reconcile(ms []Mention) []Mention {
	towns, georgia := map[string]bool{}, false
	for _, m := range ms {
		if m.Kind == KindUSTown {
			towns[m.Span] = true
		}
		if m.Code == "GE" {
			georgia = true
		}
	}
	for i, m := range ms {
		switch {
		case towns[m.Span]:
			ms[i].Code = "US"
		case georgia && m.Code == "US" && m.Span == "Georgia":
			ms[i].Code, ms[i].Kind = "GE", KindCountry
		}
	}
	return ms
}

// placeEndsAt reports whether a country's name or demonym ends at toks[i].
func placeEndsAt(hits []text.Hit[place], i int) bool {
	for _, h := range hits {
		if h.Last == i && (h.Value.kind == KindDemonym || h.Value.kind == KindCountry) {
			return true
		}
	}
	return false
}

// regionPrefix reports whether toks[i], hyphened to a region's name, keeps
// it a region: a point of the compass ("Zuid-Limburg", "Nord-Pas-de-Calais"),
// another place ("Russia-Georgia") or a provincial utility ("Hydro-Québec").
func regionPrefix(hits []text.Hit[place], toks []text.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	switch toks[i].Norm {
	case "zuid", "noord", "oost", "west", "nord", "sud", "ost", "north", "south", "east", "northern", "southern",
		"eastern", "western", "nieder", "ober", "upper", "lower", "greater", "haute", "basse", "hydro", "central", "midden",
		"mittel", "mid", "middle":
		return true
	}
	return slices.ContainsFunc(hits, func(h text.Hit[place]) bool { return h.First <= i && i <= h.Last })
}

// arrestedIn reports whether the country at toks[first] is where someone
// was arrested or held: "arrested in France", "extradited from Spain".
func arrestedIn(toks []text.Token, first int) bool {
	if first < 2 || toks[first-1].Break {
		return false
	}
	switch toks[first-1].Norm {
	case "in", "from", "to":
	default:
		return false
	}
	switch toks[first-2].Norm {
	case "arrested", "detained", "apprehended", "jailed", "extradited", "caught":
		return true
	}
	return false
}

// regionAfter returns the country of a region named after the place
// ending at toks[last] and a comma: a US state ("Moscow, Idaho", "Athens,
// Georgia"), a Canadian province in full or abbreviated ("Cornwall,
// Ontario", "Cornwall, Ont."), an Australian state.
func regionAfter(hits []text.Hit[place], last int, toks []text.Token, src string) (string, bool) {
	if last+1 >= len(toks) || !toks[last+1].Break {
		return "", false
	}
	for _, h := range hits {
		if h.First == last+1 {
			return h.Value.code, h.Value.kind == KindRegion
		}
	}
	switch next := toks[last+1]; next.Norm {
	case "ont", "que", "alta", "sask", "nfld":
		return "CA", next.Upper && strings.HasPrefix(src[next.End:], ".")
	}
	if next := toks[last+1]; stateAbbreviation(next.Norm) {
		return "US", next.Upper && strings.HasPrefix(src[next.End:], ".") // "Berlin, Md.", "Paris, Tenn." (round 47)
	}
	return "", false
}

// basedAttacker reports whether the place at toks[first..last] is where an
// attacker is said to be based: "hackers, possibly based in Russia",
// "Russia-based hackers", "a China-based group", "hackers in China".
func basedAttacker(toks []text.Token, first, last int) bool {
	if last+2 < len(toks) && toks[last+1].Norm == "based" && attackerWord(toks[last+2].Norm) &&
		!(toks[last+2].Upper && last+3 < len(toks) && toks[last+3].Upper) {
		return true // not "Seattle-based Group Health Cooperative": a capitalised name
	}
	if first >= 2 && toks[first-1].Norm == "in" && !toks[first-1].Break {
		switch toks[first-2].Norm {
		case "hackers", "hacker", "attackers", "attacker", "criminals", "cybercriminals", "actors", "addresses":
			return true // "hackers in China gained access", "traced to IP addresses in China"
		}
	}
	if first >= 2 && placedIn(toks[first-1].Norm) && (locatedWord(toks[first-2].Norm) ||
		(toks[first-2].Norm == "bases" && toks[first-1].Norm != "in")) { // French "basés en", not "military bases in"
		// "des pirates, manifestement actifs en Ukraine", "hackers operating
		// in Russia", "piratas ubicados en Rusia" (round 41)
		for k := first - 3; k >= max(0, first-6); k-- {
			if attackerWord(toks[k].Norm) || foreignAttackerWord(toks[k].Norm) {
				return true
			}
		}
	}
	if first < 2 || toks[first-1].Norm != "in" || toks[first-2].Norm != "based" {
		return false
	}
	for k := first - 3; k >= max(0, first-8); k-- {
		if attackerWord(toks[k].Norm) || toks[k].Norm == "attackers" || toks[k].Norm == "attacker" {
			return true
		}
	}
	return false
}

// brazilianState reports whether a Brazilian state's code follows the
// place ending at toks[last], in brackets, with at most one more word of
// the place's name between: "Porto Velho (RO)", "Barretos (SP)". Not
// Amapá's "AP", which news agencies' datelines write ("(AP)").
func brazilianState(toks []text.Token, src string, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+2; k++ {
		t := toks[k]
		if t.End-t.Start == 2 && t.Start > 0 && src[t.Start-1] == '(' && t.End < len(src) && src[t.End] == ')' {
			switch src[t.Start:t.End] {
			case "AC", "AL", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI",
				"RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO":
				return true
			}
			return false
		}
		if !t.Upper || t.Break {
			return false
		}
	}
	return false
}

// placedIn is "in" in the languages read.
func placedIn(s string) bool {
	switch s {
	case "in", "en", "au", "aux", "em", "no", "na", "im":
		return true
	}
	return false
}

// locatedWord says where someone is or works: "operating in", "actifs en",
// "ubicados en".
func locatedWord(s string) bool {
	switch s {
	case "located", "active", "operating", "situated", "actifs", "actif", "situes", "localises", "operant",
		"activos", "ubicados", "localizados", "radicados", "operando", "attivi", "basati", "situati", "localizzati",
		"ativos", "sediados", "ansassig", "ansassige", "aktiv", "aktive", "actief", "actieve", "gevestigd":
		return true
	}
	return false
}

// foreignAttackerWord is the attackers' word of the other languages:
// "pirates", "cybercriminels", "piratas", "ciberdelincuentes".
func foreignAttackerWord(s string) bool {
	switch s {
	case "pirates", "pirate", "cybercriminels", "criminels", "piratas", "ciberdelincuentes", "ciberdelinquentes",
		"criminosos", "delincuentes", "pirati", "criminali", "cybercriminali", "angreifer", "kriminelle", "cyberkriminelle",
		"aanvallers", "criminelen", "cybercriminelen":
		return true
	}
	return false
}

// hyphenCompound reports whether the words toks[first..last] are joined by
// a hyphen to a capitalised word before or after them: a town's name inside
// a compound ("Canton-Potsdam", "Dax-Konzern") names no place of its own
// ("Seattle-based" does).
func hyphenCompound(toks []text.Token, src string, first, last int) bool {
	return (first > 0 && toks[first-1].Upper && src[toks[first-1].End:toks[first].Start] == "-") ||
		(last+1 < len(toks) && toks[last+1].Upper && src[toks[last].End:toks[last+1].Start] == "-")
}

// serverPlace reports whether the place at toks[first] is where a server
// or an address was: "hosted on a server in Canada", "an IP address in
// China".
func serverPlace(toks []text.Token, first int) bool {
	if first < 2 || (toks[first-1].Norm != "in" && toks[first-1].Norm != "from") {
		return false
	}
	switch toks[first-2].Norm {
	case "server", "servers", "hosted", "address", "addresses", "ip", "computer", "computers":
		return true
	}
	return false
}

// stateCodes finds a US state's postal code in brackets after a name, as
// registries write it: "San Juan Unified School District (CA)", alone or
// after a town ("Sandhills Regional Medical Center (Hamlet, NC)").
func stateCodes(toks []text.Token, src string, title bool) []Mention {
	var out []Mention
	for i, t := range toks {
		if len(t.Norm) != 2 || t.Start == 0 || t.End >= len(src) || src[t.End] != ')' {
			continue
		}
		raw := src[t.Start:t.End]
		if raw != strings.ToUpper(raw) || !usStateCode(raw) || (src[t.Start-1] != '(' && !bracketedTown(toks, src, i)) {
			continue
		}
		out = append(out, Mention{Code: "US", Kind: KindStateCode, Span: raw, First: i, Last: i, Title: title})
	}
	return out
}

// bracketedTown reports whether the state code at toks[i] closes a
// bracketed "(Town, ST)": one to three capitalised words, a comma, the
// code. "(John Smith, MD)" and "(Smith, PA)" may be a doctor and a firm.
func bracketedTown(toks []text.Token, src string, i int) bool {
	if raw := src[toks[i].Start:toks[i].End]; raw == "MD" || raw == "PA" || i < 1 || src[toks[i-1].End:toks[i].Start] != ", " {
		return false
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		if !toks[k].Upper || toks[k].Digit {
			return false
		}
		if toks[k].Start > 0 && src[toks[k].Start-1] == '(' {
			return true
		}
		if k > 0 && src[toks[k-1].End:toks[k].Start] != " " {
			return false
		}
	}
	return false
}

// counties finds US counties: a capitalised name followed by "County"
// ("Orange County", "Kern County"). British and Irish usage differs: "County
// Durham", "County Cork" put the word first, and a council ("Kent County
// Council") is not counted. Louisiana's parishes are its counties
// ("Jefferson Parish").
func counties(toks []text.Token, src string, title bool) []Mention {
	var out []Mention
	for i := 1; i < len(toks); i++ {
		if toks[i].Norm == "parish" && toks[i].Upper && !toks[i].Break {
			if n := louisianaParish(toks, i); n > 0 {
				out = append(out, Mention{Code: "US", Kind: KindCounty, Span: src[toks[i-n].Start:toks[i].End], First: i - n, Last: i, Title: title})
			}
			continue
		}
		if toks[i].Norm != "county" || !toks[i].Upper || !toks[i-1].Upper || toks[i-1].Digit || toks[i].Break {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].Norm == "council" || toks[i+1].Norm == "councils") {
			continue
		}
		out = append(out, Mention{Code: "US", Kind: KindCounty, Span: src[toks[i-1].Start:toks[i].End], First: i - 1, Last: i, Title: title})
	}
	return out
}

// louisianaParish returns how many words before toks[i] ("Parish") name
// one of Louisiana's 64 parishes, its counties ("Jefferson Parish", "St.
// Tammany Parish Hospital"), or 0. Churches' parishes bear other names or a
// possessive ("St. Mary's Parish").
func louisianaParish(toks []text.Token, i int) int {
	for n := min(4, i); n >= 1; n-- {
		words := make([]string, 0, n)
		for k, t := range toks[i-n : i] {
			if !t.Upper && t.Norm != "the" || k > 0 && t.Break && words[k-1] != "st" {
				break // "St. Tammany": only a saint's abbreviation breaks a name
			}
			words = append(words, t.Norm)
		}
		if len(words) < n {
			continue
		}
		switch strings.Join(words, " ") {
		case "acadia", "allen", "ascension", "assumption", "avoyelles", "beauregard", "bienville", "bossier", "caddo",
			"calcasieu", "caldwell", "cameron", "catahoula", "claiborne", "concordia", "de soto", "east baton rouge",
			"east carroll", "east feliciana", "evangeline", "franklin", "grant", "iberia", "iberville", "jackson",
			"jefferson", "jefferson davis", "lafayette", "lafourche", "lasalle", "la salle", "lincoln", "livingston",
			"madison", "morehouse", "natchitoches", "orleans", "ouachita", "plaquemines", "pointe coupee", "rapides",
			"red river", "richland", "sabine", "st bernard", "st charles", "st helena", "st james",
			"st john the baptist", "st landry", "st martin", "st mary", "st tammany", "tangipahoa", "tensas",
			"terrebonne", "union", "vermilion", "vernon", "washington", "webster", "west baton rouge", "west carroll",
			"west feliciana", "winn":
			return n
		}
	}
	return 0
}

// Best picks the country best supported by mentions: each mention scores by
// kind (a bracketed state code 3; country, region, city 2; demonym,
// institution, county 1) plus 2 in the title; ties go to the earliest
// mention. ok is false with no mentions.
func Best(ms []Mention) (Mention, bool) {
	score := map[string]int{}
	first := map[string]Mention{}
	for _, m := range ms {
		s := 2
		switch m.Kind {
		case KindDemonym, KindInstitution, KindCounty:
			s = 1
		case KindStateCode:
			s = 3 // stated as the entity's location, not a word of its name
		}
		if m.Title {
			s += 2
		}
		if m.Target {
			s += 3
		}
		score[m.Code] += s
		if _, ok := first[m.Code]; !ok {
			first[m.Code] = m
		}
	}
	var best Mention
	bestScore := 0
	for _, m := range ms {
		if s := score[m.Code]; s > bestScore {
			best, bestScore = first[m.Code], s
		}
	}
	return best, bestScore > 0
}

// currencyPattern finds an amount written with a currency sign; the group
// before the sign tells dollars apart (US$, A$, C$, NZ$, HK$, S$, R$).
var currencyPattern = regexp.MustCompile(`(?:^|[^\p{L}\p{N}$])(US|A|AU|C|CA|CAD|NZ|HK|S|R)?([$£₹])\s?\d`)

// govDomain is a government's web address written in a text:
// "www.moh.gov.my", "sante.gouv.fr", "salud.gob.mx".
var govDomain = regexp.MustCompile(`(?i)\b(?:[a-z0-9-]+\.)+(?:gov|gob|gouv|govt|go|gv)\.([a-z]{2})\b`)

// GovDomain returns the country of the first government web address in s
// ("www.moh.gov.my" is Malaysia's ministry): a page that links the
// victim's own site says where it is when nothing else does.
func GovDomain(s string) (code, span string, ok bool) {
	for _, m := range govDomain.FindAllStringSubmatchIndex(s, -1) {
		if code, ok := FromURL("https://" + s[m[0]:m[1]]); ok {
			return code, s[m[0]:m[1]], true
		}
	}
	return "", "", false
}

// Currency returns the country of the first amount written with a
// currency sign in s: "$75,000" (dollars without a country's letters are
// American), "£2 million", "₹5 crore", "A$1.2 million". Euro amounts name no
// single country. Ransom amounts are left out: gangs ask in dollars
// whatever the victim's country.
func Currency(s string) (code, span string, ok bool) {
	if (strings.IndexByte(s, '$') < 0 && !strings.Contains(s, "£") && !strings.Contains(s, "₹")) || ransomWord.MatchString(s) {
		return "", "", false // most texts state no amount: no expression to run
	}
	m := currencyPattern.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", false
	}
	prefix, sign := "", s[m[4]:m[5]]
	if m[2] >= 0 {
		prefix = s[m[2]:m[3]]
	}
	span = strings.TrimLeft(s[m[0]:m[1]], " ([")
	switch {
	case sign == "£":
		return "GB", span, true
	case sign == "₹":
		return "IN", span, true
	}
	switch prefix {
	case "", "US":
		return "US", span, true
	case "A", "AU":
		return "AU", span, true
	case "C", "CA", "CAD":
		return "CA", span, true
	case "NZ":
		return "NZ", span, true
	case "HK":
		return "HK", span, true
	case "S":
		return "SG", span, true
	case "R":
		return "BR", span, true
	}
	return "", "", false
}

var ransomWord = regexp.MustCompile(`(?i)ransom|bitcoin|extort|rançon|lösegeld|rescate|riscatto|resgate|losgeld`)

// FromURL returns the country of a URL's country-code top-level domain
// ("www.aphp.fr" → FR, "nhs.uk" → GB). Generic domains give false.
func FromURL(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return "", false
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	i := strings.LastIndexByte(host, '.')
	if i < 0 {
		return "", false
	}
	tld := host[i+1:]
	switch tld {
	case "uk":
		return "GB", true
	case "eu", "io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "su", "us", "ag":
		// generic in practice (io, co, tv, ai, me, ly…; ag for German firms
		// and Greenland's press) or a region; .us is US
		if tld == "us" {
			return "US", true
		}
		return "", false
	}
	if len(tld) != 2 {
		return "", false
	}
	c := countries.ByName(strings.ToUpper(tld))
	if c == countries.Unknown || c.Alpha2() != strings.ToUpper(tld) {
		return "", false
	}
	return c.Alpha2(), true
}

// Valid reports whether code is a known ISO 3166-1 alpha-2 code, and
// returns it upper-cased.
func Valid(code string) (string, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "UK" {
		code = "GB"
	}
	if len(code) != 2 {
		return "", false
	}
	c := countries.ByName(code)
	if c == countries.Unknown || c.Alpha2() != code {
		return "", false
	}
	return code, true
}

// AmericanDate returns the first date of toks (read from src) written in
// the American order, month before day ("December 28", "12/30/2011"), when
// they write no date the other way round. English texts elsewhere put the
// day first ("28 December"), so in a text that names no place at all this
// order is the last, weak sign of a US report: the registries' "The
// December 28 theft of a computer …". It reads tokens, not the text again.
func AmericanDate(toks []text.Token, src string) (span string, ok bool) {
	between := func(i int) string { // the text after toks[i], "" at the end
		if i+1 >= len(toks) {
			return ""
		}
		return src[toks[i].End:toks[i+1].Start]
	}
	month := func(i int) bool {
		if i < 0 || i >= len(toks) || !toks[i].Upper {
			return false
		}
		switch toks[i].Norm {
		case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
			"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
			return true
		}
		return false
	}
	day := func(i int) (int, bool) {
		if i < 0 || i >= len(toks) {
			return 0, false
		}
		n := strings.TrimRight(toks[i].Norm, "stndrh") // "28th", "1st", "2nd", "3rd"
		if len(n) == 0 || len(n) > 2 || strings.Trim(n, "0123456789") != "" {
			return 0, false
		}
		v := 0
		for _, c := range n {
			v = v*10 + int(c-'0')
		}
		return v, v >= 1 && v <= 31
	}
	first := ""
	for i := range toks {
		// "December 28", "Sept. 24": a month, then a day that no more digits or a clock follow
		if _, ok := day(i + 1); ok && month(i) && strings.TrimSpace(strings.TrimPrefix(between(i), ".")) == "" &&
			!strings.HasPrefix(between(i+1), ":") && first == "" {
			first = src[toks[i].Start:toks[i+1].End]
		}
		// "28 December", "28th of December": the day first
		if _, ok := day(i); ok && strings.TrimSpace(between(i)) == "" {
			if month(i+1) || (i+2 < len(toks) && toks[i+1].Norm == "of" && month(i+2)) {
				return "", false
			}
		}
		// "12/30/2011" (American) or "30/12/2011" (the day first)
		if i+2 < len(toks) && between(i) == "/" && between(i+1) == "/" && toks[i+2].Digit {
			a, okA := day(i)
			b, okB := day(i + 1)
			switch {
			case okA && okB && a <= 12 && b >= 13:
				if first == "" {
					first = src[toks[i].Start:toks[i+2].End]
				}
			case okA && okB && a >= 13 && b <= 12:
				return "", false
			}
		}
	}
	return first, first != ""
}

// languageName is a demonym that is also a language's name in English.
func languageName(s string) bool {
	switch s {
	case "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "chinese", "japanese", "korean",
		"arabic", "russian", "polish", "vietnamese", "hindi", "greek", "turkish", "swedish", "danish", "norwegian", "finnish":
		return true
	}
	return false
}

// spokenLanguage reports whether the one-word demonym at toks[first..last]
// names a language a service is offered in: "available in English and
// Spanish", "in both English and French", "Spanish-speaking".
func spokenLanguage(toks []text.Token, first, last int) bool {
	if first != last || !languageName(toks[first].Norm) {
		return false
	}
	prev := func(k int) string {
		if k < 0 || toks[k+1].Break {
			return ""
		}
		return toks[k].Norm
	}
	next := func(k int) string {
		if k >= len(toks) || toks[k].Break {
			return ""
		}
		return toks[k].Norm
	}
	switch prev(first - 1) {
	case "speak", "speaks", "speaking":
		return true
	case "in", "both": // "in English and Spanish", "in English.", not "in Dutch hospitals"
		switch next(last + 1) {
		case "", "and", "or", "only", "as":
			return true
		}
	case "and", "or":
		return languageName(prev(first - 2))
	}
	switch next(last + 1) {
	case "speaking", "speakers", "speaker", "interpreter", "interpreters": // not "Chinese-language website", which the labels place in China
		return true
	case "and", "or":
		return languageName(next(last + 2))
	}
	return false
}
