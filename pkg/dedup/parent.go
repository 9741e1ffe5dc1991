package dedup

import (
	"regexp"
	"strings"

	"github.com/biter777/countries"

	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// A hospital group's shared systems go down and each member hospital is
// reported on its own ("CHI Memorial diverting ambulances", "Virginia Mason
// Franciscan patients report delays"), each report naming the group:
// "CHI Memorial's parent, CommonSpirit Health", "Tenet-owned St. Mary's".
// The group a report names links it to the group's own reports and to the
// other members' reports of the same fortnight (see matcher.score).

// groupName is a name of one to six capitalised words, connectors allowed
// inside.
const groupName = `(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|and|&|for|de|du|des|der|la|le|del|della|di|do|da|van|von)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})`

// parentCues find the group a text says its victim belongs to, in the
// languages the classifier reads.
var parentCues = []*regexp.Regexp{
	regexp.MustCompile(`(?i:\bparent(?: company| organi[sz]ation| system| group| firm)?,?\s+(?:the\s+)?)` + groupName),
	regexp.MustCompile(`(?i:\b(?:part of|a member of|a subsidiary of|a unit of|a division of|an affiliate of|owned by|operated by|run by)\s+(?:the\s+)?)` + groupName),
	regexp.MustCompile(`\b(\p{Lu}[\p{L}&.]+(?:\s\p{Lu}[\p{L}&.]+)?)-owned\b`),
	regexp.MustCompile(`(?i:\b(?:du|au) groupe\s+|\bfiliale (?:du groupe |de |du )|\bappart(?:enant|ient) (?:au groupe |à |au ))` + groupName),
	regexp.MustCompile(`(?i:\b(?:gehört|gehören) (?:zur|zum|zu)\s+(?:der\s+|dem\s+)?|\bTochter(?:gesellschaft|unternehmen)? (?:der|des)\s+|\bTräger(?:gesellschaft)?,?\s+(?:der|die|das|dem)\s+)` + groupName),
	regexp.MustCompile(`(?i:\bonderdeel van (?:de |het )?|\bvalt onder (?:de |het )?)` + groupName),
	regexp.MustCompile(`(?i:\b(?:perteneciente|pertenece|pertencente|pertence|appartenente|appartiene) (?:al grupo |ao grupo |al gruppo |a la |al |ao |à |alla |a )|\b(?:del|do|della) (?:grupo|gruppo)\s+|\bparte (?:del|do|della) (?:grupo |gruppo )?)` + groupName),
	// the group named before its member: "Ardent Health Services, the parent
	// company of Hillcrest HealthCare System" (round 63), past a page's
	// numbered citations ("Ardent Health Services [1] [2], the parent company
	// of …"), and "Covenant Health, the Catholic nonprofit that owns St. Mary's"
	regexp.MustCompile(groupName + `(?:\s*\[\d+\])*,\s+(?:the\s+)?(?:(?:parent(?: company| organi[sz]ation| system| group| firm)?|owner|operator) of|(?:[\w-]+\s+){0,3}(?:nonprofit|non-profit|company|system|organi[sz]ation|group|firm|network|chain) that (?:owns|operates|runs))\b`),
	// a group said to own or run a named member: "Covenant Health operates
	// St. Mary's Health System in Lewiston" (round 63)
	regexp.MustCompile(groupName + `\s+(?:owns|operates|runs)\s+(?:the\s+)?\p{Lu}`),
}

// publicUmbrella is a key of a public system many unrelated victims belong
// to ("part of the NHS", "run by the Ministry of Health"): no link.
var publicUmbrella = regexp.MustCompile(`^(?:nhs|national health|veterans|department|ministry|ministere|ministerio|ministero|ministerie|government|state|county|city|province|region|federal|public|national)\b`)

// basedIn is a place before a group's name: "Nashville-based ".
var basedIn = regexp.MustCompile(`^[\p{L}. ]+-based\s+`)

// ownerKind are the words before "-owned" that say who owns, not which
// group.
var ownerKind = map[string]bool{"physician": true, "doctor": true, "family": true, "employee": true, "privately": true,
	"publicly": true, "veteran": true, "woman": true, "women": true, "minority": true, "black": true, "locally": true,
	"investor": true, "county": true, "city": true, "state": true, "government": true, "foreign": true}

// parentsNamed returns the groups a text says its victim belongs to.
func parentsNamed(text string) []string {
	var out []string
	for _, re := range parentCues {
		for _, m := range re.FindAllStringSubmatch(text, 2) {
			name, _, _ := strings.Cut(m[1], ". ") // a name does not run on into the next sentence
			name = strings.TrimSuffix(strings.TrimRight(name, ".,'’ "), "'s")
			name = strings.TrimPrefix(name, "The ")   // "The Tenet-owned hospitals"
			name = basedIn.ReplaceAllString(name, "") // "Chicago-based CommonSpirit Health"
			k := orgname.Key(name)
			// "Tenet-owned", "groupe Elsan": one word of a brand is a name,
			// unless it says who owns ("physician-owned", "family-owned")
			brand := !strings.Contains(k, " ") && len(k) >= 4 && orgname.DistinctiveWord(k) && !ownerKind[k]
			if (!orgname.Distinctive(k) && !brand) || publicUmbrella.MatchString(k) || place(name) {
				continue
			}
			out = append(out, name)
		}
	}
	return out
}

// place reports whether a name is a country's or a US state's.
func place(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return usStates[n] || countries.ByName(n) != countries.Unknown
}
