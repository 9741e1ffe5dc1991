package dedup

import (
	"regexp"
	"slices"
	"strings"

	"github.com/biter777/countries"
	"github.com/mozillazg/go-unidecode"

	"github.com/cit-health/cit/pkg/classify/geo"
	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// A locality is where a report places its victim below the country: a US
// state or a town ("St. Joseph's Hospital in Tampa", "the Florida hospital").
// Two hospitals of one name in one country are told apart by it. Values are
// "state:florida" or "town:tampa"; only the same kinds are compared, since a
// town's state is not known here ("in Tampa" and "the Florida hospital" do
// not conflict).

var (
	// inPlace is "in" followed by one or two capitalised words, perhaps
	// after a part of town ("in downtown Houston").
	inPlace = regexp.MustCompile(`\bin (?:downtown |central |suburban |northern |southern |eastern |western |rural )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b`)
	// placeAdjective is "the Florida hospital", "a New York health system",
	// "a Minnesota counseling center", "an Ocala family practice".
	placeAdjective = regexp.MustCompile(`\b(?:[Tt]he|[Aa]n?) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:health system|health network|health care system|healthcare system|(?:[a-z]+ ){0,2}(?:hospital|clinic|practice|center|centre|office))\b`)
	// townState is "Murfreesboro, Tennessee", "Cedar Rapids, Iowa": a town
	// and, after a comma, its state (kept only when it is one).
	townState = regexp.MustCompile(`\b(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b`)
	// headlinePlace is a headline opening on "Barcelona hospital …", "Antwerp hospital AZ Monica …".
	headlinePlace = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (?:hospital|hospitals|health system|clinic|medical center)\b`)
)

// authoritiesBefore is who stands before "in" a town that is theirs, not
// the victim's: prosecutors, police, a court, investigators.
var authoritiesBefore = regexp.MustCompile(`(?i)\b(?:prosecutors?|prosecutor's office|police|court|investigators|authorities|officials)\s+$`)

// placeList is what follows the first place of a list: "in Sydney and
// Melbourne", "in New South Wales, Victoria and Queensland", "in Coburg und
// Lichtenfels".
var placeList = regexp.MustCompile(`^(?:\s\p{Lu}\p{Ll}+)*(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)*,?\s+(?:and|und|et|y|e|en|or)\s+\p{Lu}`)

// usStates are the lower-case names of the US states and territories.
var usStates = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range countries.SubdivisionsByCountryCode(countries.US) {
		m[strings.ToLower(s.String())] = true
	}
	return m
}()

// regions are the lower-case names of the provinces, states and regions
// of the countries other than the US ("ontario", "bayern", "lombardia"):
// a report "in Ontario" and one "in Lindsay" place their victim at two
// levels, not in two places. Names of one compass word ("Central",
// "Eastern") are left out.
var regions = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range countries.AllSubdivisions() {
		if c.Country() == countries.US || !regionLevel(c.SubdivisionType()) {
			continue
		}
		n := strings.Join(exonymWords(unidecode.Unidecode(c.String())), " ")
		if n == "" || geo.CompassWord(n) || n == "capital" {
			continue
		}
		m[n] = true
	}
	return m
}()

// regionLevel reports whether a subdivision type is a first level that
// holds towns (a province, a state, a canton); departments, districts and
// municipalities are often named after their town ("Paris").
func regionLevel(kind countries.SubdivisionTypeCode) bool {
	switch kind {
	case countries.SubdivisionTypeProvince, countries.SubdivisionTypeState, countries.SubdivisionTypeRegion,
		countries.SubdivisionTypeAutonomousCommunity, countries.SubdivisionTypeAutonomousRegion,
		countries.SubdivisionTypeCanton, countries.SubdivisionTypeTerritory, countries.SubdivisionTypeOblast,
		countries.SubdivisionTypeCapitalTerritory, countries.SubdivisionTypeOverseasRegion, countries.SubdivisionTypeNation:
		return true
	}
	return false
}

// notPlace are capitalised words that follow "in" without naming a place.
// worldRegion are continents and parts of the world, which a group's
// report names beside its home town ("operates centers in Florida and Latin
// America"): no locality of the victim.
var worldRegion = map[string]bool{
	"latin america": true, "south america": true, "north america": true, "central america": true, "europe": true,
	"asia": true, "africa": true, "middle east": true, "caribbean": true, "oceania": true, "asia pacific": true,
	"scandinavia": true, "balkans": true,
}

var notPlace = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"the": true, "a": true, "an": true, "its": true, "their": true, "this": true, "that": true, "which": true,
	// a Title Case headline's nouns: "Patient Data Exposed in Data Breaches at …" (round 54)
	"data": true, "ransomware": true, "cyberattack": true, "cyber": true, "breach": true, "breaches": true,
}

// orgPlaceWord ends an organisation's name, not a place's: "in Loretto
// Hospital" names the hospital.
var orgPlaceWord = map[string]bool{
	"hospital": true, "hospitals": true, "clinic": true, "clinics": true, "health": true, "healthcare": true,
	"medical": true, "center": true, "centre": true, "pharmacy": true, "practice": true, "surgery": true,
}

// usStateCodes maps the postal codes of the US states, the District of
// Columbia and Puerto Rico to their lower-case names.
var usStateCodes = map[string]string{
	"AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california", "CO": "colorado",
	"CT": "connecticut", "DE": "delaware", "DC": "district of columbia", "FL": "florida", "GA": "georgia",
	"HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas", "KY": "kentucky",
	"LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts", "MI": "michigan", "MN": "minnesota",
	"MS": "mississippi", "MO": "missouri", "MT": "montana", "NE": "nebraska", "NV": "nevada", "NH": "new hampshire",
	"NJ": "new jersey", "NM": "new mexico", "NY": "new york", "NC": "north carolina", "ND": "north dakota",
	"OH": "ohio", "OK": "oklahoma", "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island",
	"SC": "south carolina", "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
	"VA": "virginia", "WA": "washington", "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
	"PR": "puerto rico",
}

// stateOfCode returns the lower-case name of the US state of a two-letter
// postal code ("MD" → "maryland"), or "".
func stateOfCode(code string) string {
	return usStateCodes[strings.ToUpper(strings.TrimSpace(code))]
}

// localities returns the localities the title and lead of a report name
// (at most four, in order), countries excluded. German capitalises its
// nouns, so in German "in" and a capitalised word is as often a state of
// things as a place ("weiterhin in Analyse", "in Betrieb"): a German
// report's "in" names no locality.
func localities(text string, german bool) []string {
	var out []string
	add := func(name string) {
		n := strings.Join(exonymWords(name), " ")
		if first, _, _ := strings.Cut(n, " "); notPlace[first] || nationality(first) || len(out) >= 4 { // "an Israeli hospital" is no town
			return
		}
		if words := strings.Fields(n); len(words) > 1 && orgPlaceWord[words[len(words)-1]] {
			return // "compromised in Loretto Hospital data breach": the victim, not its town (round 40)
		}
		if countries.ByName(n) != countries.Unknown || worldRegion[n] {
			return // the country field compares countries; a continent is no locality ("in Latin America", round 45)
		}
		v := "town:" + n
		if usStates[n] {
			v = "state:" + n
		} else if regions[n] {
			v = "region:" + n // "in Ontario, Canada": compared with regions only (round 37)
		} else if side, state, ok := strings.Cut(n, " "); ok && usStates[state] && geo.CompassWord(side) {
			v = "state:" + state // "South Florida", "Western New York" (two words read: "Western New")
		}
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	for _, re := range []*regexp.Regexp{inPlace, placeAdjective} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if re == inPlace && german {
				continue
			}
			if re == inPlace && authoritiesBefore.MatchString(text[max(0, m[0]-30):m[0]]) {
				continue // "Prosecutors in Cologne have opened …": where the authorities sit, not the victim
			}
			if re == inPlace && orgWordNext(text[m[1]:]) {
				continue // "in Salud Family Health case": the victim's name, cut short by the pattern (round 54)
			}
			if re == inPlace && placeList.MatchString(text[m[1]:]) && !slices.Contains(out, several) {
				// "St Vincent's Hospital in Sydney and Melbourne", "in Coburg
				// und Lichtenfels": a group's several sites, which rule out
				// no other place
				out = append(out, several)
			}
			add(text[m[2]:m[3]])
		}
	}
	for _, m := range townState.FindAllStringSubmatch(text, -1) {
		if usStates[strings.ToLower(m[2])] && !usStates[strings.ToLower(m[1])] {
			add(m[1])
			add(m[2])
		}
	}
	return out
}

// ownNamesPlace reports whether a town locality is words of the victim's
// own name that other words follow: "a Long Island plastic surgery group"
// is Long Island Plastic Surgical Group, whose office is in Garden City
// (round 54). The name places it no more than "Boston Children's Hospital"
// does: a report of its town conflicts with no other.
func ownNamesPlace(keys []string, locality string) bool {
	town, ok := strings.CutPrefix(locality, "town:")
	if !ok {
		return false
	}
	for _, k := range keys {
		// The place that ends a name ("Medilab Italia", "Hospital Clínic
		// de Barcelona") is what tells the name's core from its branch:
		// kept.
		if i := strings.Index(" "+k+" ", " "+town+" "); i >= 0 && i+len(town) < len(k) {
			return true
		}
	}
	return false
}

// orgWordNext reports whether the text after a place opens with a
// capitalised organisation word: the place was a name's first words.
func orgWordNext(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	w = strings.TrimRight(w, ".,;:'’")
	return w != "" && w != strings.ToLower(w) && orgPlaceWord[strings.ToLower(w)]
}

// headlinePlaces returns the words of the place a headline opens on
// ("Barcelona hospital cancels operations…" → barcelona), in the form
// localities gives them. They only help a name find its placed form: a
// headline's "Hollywood hospital" or "Dutch hospital" may name a district or
// a nationality, so they take no part in the conflict check.
func headlinePlaces(title string) []string {
	m := headlinePlace.FindStringSubmatch(title)
	if m == nil {
		return nil
	}
	return exonymWords(m[1])
}

// exonymWords returns the words of a place's name in lower case, each city
// in its one form: "Antwerpen" and "Antwerp" are one town.
func exonymWords(name string) []string {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		words[i] = orgname.Exonym(w)
	}
	return words
}

// several marks a report that places its victim in several places.
const several = "several:sites"

// localitiesConflict reports whether two reports place their victims in
// different states, or in different towns: each names at least one of a
// kind and none of them is shared. A report that names several sites
// conflicts with none.
func localitiesConflict(a, b []string) (string, bool) {
	if slices.Contains(a, several) || slices.Contains(b, several) {
		return "", false
	}
	for _, kind := range []string{"state:", "region:", "town:"} {
		var x, y []string
		for _, v := range a {
			if strings.HasPrefix(v, kind) {
				x = append(x, v)
			}
		}
		for _, v := range b {
			if strings.HasPrefix(v, kind) {
				y = append(y, v)
			}
		}
		if len(x) == 0 || len(y) == 0 {
			continue
		}
		shared := slices.ContainsFunc(x, func(v string) bool {
			return slices.ContainsFunc(y, func(w string) bool { return samePlace(v, w) })
		})
		if !shared {
			return strings.TrimPrefix(x[0], kind) + " vs " + strings.TrimPrefix(y[0], kind), true
		}
	}
	return "", false
}

// samePlace reports whether two localities of one kind may name one place:
// the same, Washington and the District of Columbia, or one holding the
// other's words ("town:new delhi" and
// "town:delhi", "town:villefranche sur saone" and "town:villefranche").
func samePlace(a, b string) bool {
	if a == b {
		return true
	}
	if capital := "state:district of columbia"; (a == capital && b == "state:washington") || (b == capital && a == "state:washington") {
		return true // "in Washington" is as often the capital as the state: "Children's National … in Washington"
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) >= len("town:")+6 && oneEdit(a, b) {
		return true // a writer's slip: "Puebo County" for "Pueblo County" (round 40)
	}
	if doubledLetter(a, b) {
		return true // "Jessup" for "Jesup" (round 51), though "Salem" and "Salen" are two towns
	}
	return strings.Contains(" "+a[strings.Index(a, ":")+1:]+" ", " "+b[strings.Index(b, ":")+1:]+" ")
}

// doubledLetter reports whether a, the longer, is b with one of its letters
// written twice.
func doubledLetter(a, b string) bool {
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return i > 0 && a[i] == a[i-1] && a[i+1:] == b[i:]
}

// oneEdit reports whether a, the longer, is b with one byte changed or
// inserted.
func oneEdit(a, b string) bool {
	switch len(a) - len(b) {
	case 0:
		diff := 0
		for i := range len(a) {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		return orgname.OneLetterDropped(b, a)
	}
	return false
}
