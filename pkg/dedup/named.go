package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// The press of several languages names one victim in several ways ("die
// Düsseldorfer Uniklinik", "Universitair ziekenhuis van Düsseldorf",
// "Klinika uniwersytecka w Duesseldorfie"), and a report's victim is
// sometimes only a description ("German hospital") or none at all. What
// the reports share is the proper name they write: a report that writes
// the distinctive word of another report's victim, within days, in one
// country, both told as health cyberattacks, is likely a report of the same
// attack (round 33). Words are compared by stem (see nameStem), so a
// town's adjective or an inflected form matches its name.

// stemLen is the number of letters a stem keeps: "dusseld" of
// "Düsseldorf", "Düsseldorfer" and "Duesseldorfie".
const stemLen = 7

// namedLead is how many bytes of title and text namedStems reads: the
// headline and the first two or three sentences.
const namedLead = 600

// namedPerBucket is how many of the newest incidents the lookup reads per
// stem (see matcher.lookup): the same fortnight is what the rule needs.
const namedPerBucket = 8

// maxNamed bounds the stems one report, and one incident, keep.
const (
	maxNamedReport   = 16
	maxNamedIncident = 48
)

// nameStem folds one key word to its stem: German umlauts written as
// two letters read as one ("duesseldorf" as "dusseldorf"), then the first
// stemLen letters.
func nameStem(w string) string {
	b := make([]byte, 0, stemLen)
	for i := 0; i < len(w) && len(b) < stemLen; i++ {
		c := w[i]
		b = append(b, c)
		if i+1 < len(w) && w[i+1] == 'e' && (c == 'u' || c == 'o' || c == 'a') {
			i++ // "ue", "oe", "ae" read as "u", "o", "a"
		}
	}
	return string(b)
}

// namedStems returns the stems of the proper names a report's title and
// lead write: capitalised words of five letters or more (as keys fold
// them), neither generic organisation words ("Hospital", "Klinik") nor
// countries, nationalities or other words every report of a country
// writes.
func namedStems(title, text string) []string {
	lead := title + " " + text
	if len(lead) > namedLead {
		lead = lead[:namedLead]
	}
	var out []string
	for _, w := range strings.FieldsFunc(lead, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	}) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		for _, k := range strings.Fields(orgname.Key(w)) {
			if s := nameStem(k); namedWord(k) && !slices.Contains(out, s) && len(out) < maxNamedReport {
				out = append(out, s)
			}
		}
	}
	return out
}

// namedWord reports whether a key word may tell one organisation from
// another when another report writes it: five letters or more, no generic
// organisation word, no country or nationality.
func namedWord(w string) bool {
	return len(w) >= 5 && nameWord(w) && !actorWord(w) && !specialtyWord(w)
}

// specialtyWord reports whether a key word names a kind of care rather
// than one organisation: "a radiology practice" writes no "US Radiology
// Specialists", nor "Eastern Radiologists" (round 54).
func specialtyWord(w string) bool {
	switch nameStem(w) {
	case "radiolo", "imaging", "patholo", "laborat", "oncolog", "cardiol", "dermato", "orthope", "orthopa", "pediatr",
		"paediat", "psychia", "psychol", "ophthal", "urology", "gastroe", "neurolo", "dentist", "chiropr", "optomet",
		"podiatr", "rehabil", "behavio", "fertili", "dialysi", "anesthe", "anaesth", "physiot":
		return true
	}
	return false
}

// nameWord reports whether a key word may name an organisation of its own:
// distinctive, and no country or nationality ("german" of "german
// hospital").
func nameWord(w string) bool {
	return orgname.DistinctiveWord(w) && !orgname.CountryName(w) && !nationality(w)
}

// actorWord reports whether a key word names who acts in a story rather
// than an organisation ("Prosecutors open a case", "Hackers demand …"), in
// the languages read.
func actorWord(w string) bool {
	switch w {
	case "prosecutors", "prosecutor", "police", "investigators", "officials", "authorities", "hackers", "hacker", "criminals",
		"cybercriminals", "experts", "researchers", "patients", "staff", "employees", "government", "minister", "ministry",
		"staatsanwaltschaft", "staatsanwalt", "polizei", "ermittler", "behorden", "experten", "patienten", "mitarbeiter",
		"parquet", "gendarmerie", "enqueteurs", "autorites", "pirates", "salaries", "gouvernement", "ministre",
		"fiscalia", "policia", "investigadores", "autoridades", "piratas", "pacientes", "gobierno", "ministro",
		"procura", "polizia", "investigatori", "autorita", "pazienti", "governo", "politie", "justitie", "onderzoekers",
		"overheid":
		return true
	}
	return false
}

// nameStemsOf returns the stems of the distinctive words of organisation
// keys ("dusseld" of "university hospital dusseldorf").
func nameStemsOf(keys []string) []string {
	var out []string
	for _, k := range keys {
		for _, w := range strings.Fields(k) {
			if s := nameStem(w); namedWord(w) && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// ownName reports whether a key names an organisation of its own rather
// than describing one ("german hospital", "ospedale italiano"): some word is
// distinctive and no country or nationality.
func ownName(key string) bool {
	return slices.ContainsFunc(strings.Fields(key), nameWord)
}

// nationality reports whether a key word is a nationality's adjective in
// the languages read, as a foreign report describes its victim ("a German
// hospital", "un hôpital allemand", "Duits ziekenhuis").
func nationality(w string) bool {
	switch w {
	case "german", "french", "italian", "spanish", "dutch", "irish", "british", "english", "american", "australian",
		"canadian", "belgian", "swiss", "austrian", "portuguese", "brazilian", "indian", "finnish", "swedish",
		"norwegian", "danish", "polish", "czech", "israeli", "mexican", "chilean", "argentine", "colombian",
		"allemand", "allemande", "francais", "francaise", "italien", "italienne", "espagnol", "espagnole",
		"neerlandais", "irlandais", "britannique", "americain", "americaine", "belge", "suisse", "autrichien",
		"deutsche", "deutschen", "deutscher", "deutsches", "franzosisch", "franzosischen", "italienisch",
		"italienischen", "spanisch", "spanischen", "niederlandisch", "niederlandischen", "irisch", "irischen",
		"britisch", "britischen", "amerikanisch", "amerikanischen", "schweizer",
		"alemao", "alema", "frances", "francesa", "italiano", "italiana", "espanhol", "espanhola", "aleman",
		"alemana", "espanol", "espanola", "tedesco", "tedesca", "francese", "spagnolo", "spagnola", "olandese",
		"duits", "duitse", "frans", "franse", "italiaans", "italiaanse", "spaans", "spaanse", "nederlands",
		"nederlandse", "iers", "ierse", "brits", "britse", "amerikaans", "amerikaanse", "belgisch", "belgische":
		return true
	}
	return false
}

// namedAcross returns the stem one side's victim and the other side's
// text share, when both were told as health cyberattacks: the report
// writes the incident's victim, and the report names no victim of its own,
// or only a description; or the incident's reports write the report's
// victim, and the incident has no own name. Else "". Two victims of their
// own, one writing the other or each the other ("a week after Dax, the
// hospital of Villefranche"; two hospitals of one gang's campaign), are
// two attacks.
func namedAcross(r *report, p *profile) string {
	if !r.accepted || !p.accepted || r.newAttack || r.anotherAttack {
		return ""
	}
	shared := func(names, written []string) string {
		for _, s := range names {
			if slices.Contains(written, s) {
				return s
			}
		}
		return ""
	}
	// Only what one name has and the other lacks: two names sharing a
	// word ("Providence St. Joseph", "Providence St. Mary") are compared
	// as names, not as written.
	rStems, pStems := r.keyStems, nameStemsOf(p.keys)
	own := func(a, b []string) []string {
		return slices.DeleteFunc(slices.Clone(a), func(s string) bool { return slices.Contains(b, s) })
	}
	incidentWritten := shared(own(pStems, rStems), r.named) // the report writes the incident's victim
	reportWritten := shared(own(rStems, pStems), p.named)   // the incident's reports write the report's victim
	rOwn := slices.ContainsFunc(r.keys, ownName)
	pOwn := slices.ContainsFunc(p.keys, ownName)
	switch {
	case incidentWritten != "" && !rOwn:
		return incidentWritten
	case reportWritten != "" && !pOwn:
		return reportWritten
	}
	return ""
}
