package dedup

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/mozillazg/go-unidecode"
)

// A report often gives its victim two names: the official one and its
// abbreviation ("Centre hospitalier Sud Francilien (CHSF)", "American
// Medical Collection Agency (AMCA)"), or a town's name for the hospital in
// the title and the official one in the lead. Reports using either name
// should find the incident, but the incident should still list one
// organisation. The names a report defines for its victim are therefore
// kept apart from its organisations: they are looked up and indexed
// (matcher.byAlias) and stored in provenance (provAlias), and a report
// whose victim is one of an incident's defined names, or that defines the
// incident's victim, matches it as by the same name. Two reports that only
// define the same third name ("Agence régionale de santé (ARS)") do not.

// maxAliases bounds the defined names one report or incident keeps.
const maxAliases = 8

// definition is one name a text gives two ways.
type definition struct {
	long, short string
	first       bool // in the title or the text's first sentence
}

// acronymInBrackets finds "(CHSF)", "(AP-HP)", "(AIIMS)": three to nine
// capitals, hyphens and ampersands inside brackets.
var acronymInBrackets = regexp.MustCompile(`\((\p{Lu}[\p{Lu}&-]{2,9})\)`)

// acronymToken finds a bare abbreviation of three to nine capitals.
var acronymToken = regexp.MustCompile(`\b\p{Lu}[\p{Lu}&-]{2,9}\b`)

// definitions returns the "Long Name (ABBR)" pairs of a text whose
// abbreviation is the initials of the words before it (filler words such
// as "of", "de" may be skipped); a pair before byte firstEnd is marked
// first.
func definitions(text string, firstEnd int) []definition {
	var out []definition
	for _, m := range acronymInBrackets.FindAllStringSubmatchIndex(text, -1) {
		short := text[m[2]:m[3]]
		letters := acronymLetters(short)
		if len(letters) < 3 {
			continue
		}
		before := nameWords(text[max(0, m[0]-160):m[0]])
		for k := 1; k <= min(len(before), len(letters)+4); k++ {
			words := before[len(before)-k:]
			if !startsName(words[0]) {
				continue
			}
			if initials(words) == letters {
				out = append(out, definition{long: strings.Join(words, " "), short: short, first: m[0] < firstEnd})
				break
			}
		}
	}
	return out
}

// expansion returns the words of text whose initials spell the abbreviation
// short, starting with a capital ("The Centre Hospitalier Sud Francilien,
// a 1,000-bed hospital" for "CHSF"), or "".
func expansion(short, text string) string {
	letters := acronymLetters(short)
	if len(letters) < 3 {
		return ""
	}
	words := nameWords(text)
	for i := range words {
		if !startsName(words[i]) || orgname.IsFiller(words[i]) {
			continue
		}
		for k := len(letters); k <= len(letters)+4 && i+k <= len(words); k++ {
			if last := words[i+k-1]; orgname.IsFiller(last) {
				continue
			}
			if initials(words[i:i+k]) == letters && capitalised(words[i:i+k], len(letters) == 3) {
				return strings.Join(words[i:i+k], " ")
			}
		}
	}
	return ""
}

// abbreviationIn returns the bare abbreviation of name that text uses
// ("HSE" for "Health Service Executive"), or "".
func abbreviationIn(name, text string) string {
	want := initials(nameWords(name))
	if len(want) < 3 {
		return ""
	}
	for _, tok := range acronymToken.FindAllString(text, -1) {
		if acronymLetters(tok) == want {
			return tok
		}
	}
	return ""
}

// isAcronym reports whether a name is an abbreviation ("CHSF", "AP-HP").
func isAcronym(name string) bool {
	name = strings.TrimSpace(name)
	return acronymToken.MatchString(name) && acronymToken.FindString(name) == name
}

// placeName matches a victim named by its kind and town: "hôpital de
// Corbeil-Essonnes", "l'hôpital d'Arles", "the hospital in Cannes".
var placeName = regexp.MustCompile(`(?i)^(?:l['’]\s*|the\s+)?(?:h[ôo]pital|hospital|clinique|clinic|klinik|krankenhaus|ospedale|ziekenhuis|centre hospitalier)\s+(?:de(?:\s+la)?|d['’]|du|des|of|in|di|von|van|em|en)\s*\p{Lu}`)

// victimAliases returns the other names the report's title and lead give
// its victim (names: the victim's organisations as stated). accepted says
// the classifier accepted the report as a health cyberattack: then, when
// the victim is named by its town, a hospital the lead's first sentence
// defines is the victim under its official name ("L'hôpital de
// Corbeil-Essonnes…": "Le Centre hospitalier Sud Francilien (CHSF) a été
// victime…"). Every name returned has a distinctive long form.
func victimAliases(names []string, title, text string, accepted bool) []string {
	lead := leadOf(text)
	all := title + ". " + lead
	firstEnd := len(title) + 2 + firstSentenceEnd(lead)
	keys := make([]string, 0, len(names))
	for _, n := range names {
		if k := orgname.Key(n); k != "" {
			keys = append(keys, k)
		}
	}
	var out []string
	keep := func(long, short string) {
		if !orgname.Distinctive(orgname.Key(long)) {
			return
		}
		for _, n := range []string{short, long} {
			if n != "" && len(out) < maxAliases && !slices.ContainsFunc(out, func(o string) bool { return orgname.Key(o) == orgname.Key(n) }) {
				out = append(out, n)
			}
		}
	}
	for _, d := range definitions(all, firstEnd) {
		lk, sk := orgname.Key(d.long), orgname.Key(d.short)
		byTown := accepted && d.first && len(names) == 1 && placeName.MatchString(names[0]) && careProvider(lk)
		if slices.Contains(keys, lk) || slices.Contains(keys, sk) || byTown {
			keep(d.long, d.short)
		}
	}
	for _, n := range names {
		first, rest, _ := strings.Cut(strings.TrimSpace(n), " ")
		switch {
		case isAcronym(n):
			keep(expansion(n, all), n)
		case isAcronym(first) && rest == strings.ToLower(rest):
			keep(expansion(first, all), first) // "UHS hospitals" … "Universal Health Services"
		default:
			if short := abbreviationIn(n, all); short != "" {
				keep(n, short)
			}
		}
	}
	return out
}

// careProvider reports whether a name key names a hospital or clinic.
func careProvider(key string) bool {
	for _, w := range strings.Fields(key) {
		if w == "hospital" || w == "clinic" {
			return true
		}
	}
	return false
}

// firstSentenceEnd is the byte offset where a text's first sentence ends.
func firstSentenceEnd(text string) int {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' && i > 0 && !unicode.IsUpper(rune(text[i-1])) {
			return i + 1
		}
	}
	return len(text)
}

// nameWords splits text into words as written: letters, digits,
// apostrophes and hyphens.
func nameWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
}

// startsName reports whether a word may begin a name: a capital.
func startsName(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// capitalised reports whether a run of words reads as a name: its first
// and last words capitalised, and with all every word but the fillers
// (three-letter abbreviations match too many runs of lower-case words).
func capitalised(words []string, all bool) bool {
	if !startsName(words[0]) || !startsName(words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if all && !orgname.IsFiller(w) && !startsName(w) {
			return false
		}
	}
	return true
}

// initials returns the lower-case initials of a name's words, skipping
// filler words and elided articles ("l'", "d'"), one letter per part of a
// hyphenated word ("Publique-Hôpitaux" gives "ph").
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if orgname.IsFiller(w) {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if i := strings.IndexAny(part, "'’"); i >= 0 && i <= 2 {
				_, size := utf8.DecodeRuneInString(part[i:])
				part = part[i+size:]
			}
			if part == "" || orgname.IsFiller(part) {
				continue
			}
			first := strings.ToLower(unidecode.Unidecode(string([]rune(part)[0])))
			if first != "" {
				b.WriteString(first[:1])
			}
		}
	}
	return b.String()
}

// acronymLetters returns an abbreviation's letters in lower case
// ("AP-HP" → "aphp").
func acronymLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteString(strings.ToLower(unidecode.Unidecode(string(r))))
		}
	}
	return b.String()
}

// withKnownAliases returns the configured aliases with the official second
// names of national health bodies that reports use one or the other of
// ("Te Whatu Ora" and "Health New Zealand", "the HSE" and "the Health
// Service Executive"), which no report needs to define (round 34). A
// configured alias of the same name wins.
func withKnownAliases(configured map[string]string) map[string]string {
	out := map[string]string{
		"Health New Zealand":              "Te Whatu Ora",
		"Health NZ":                       "Te Whatu Ora",
		"Health New Zealand Te Whatu Ora": "Te Whatu Ora",
		"HSE":                             "Health Service Executive",
		"AP-HP":                           "Assistance Publique - Hôpitaux de Paris",
		"AIIMS":                           "All India Institute of Medical Sciences",
		// round 69: the chain's older name, still the legal one
		"Hospital Corporation of America": "HCA Healthcare",
	}
	for alias, canonical := range configured {
		out[alias] = canonical
	}
	return out
}
