package statssvc

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// attackNoun names n incidents of an attack type in a sentence.
func attackNoun(attack string, n uint64) string {
	one, many := attack+" attack", attack+" attacks"
	switch attack {
	case cit.AttackRansomware:
		one, many = "ransomware attack", "ransomware attacks"
	case cit.AttackMalware:
		one, many = "malware attack", "malware attacks"
	case cit.AttackDDoS:
		one, many = "DDoS attack", "DDoS attacks"
	case cit.AttackDataBreach:
		one, many = "data breach", "data breaches"
	case cit.AttackAccountCompromise:
		one, many = "account compromise", "account compromises"
	case cit.AttackUnknown, "":
		one, many = "attack of unknown type", "attacks of unknown type"
	}
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// plural renders "1 thing" or "n things".
func plural(n uint64, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Headline is the dashboard's headline sentence for a summary, e.g. "Since
// March 2024, 12 health organisations across 3 countries have been
// cyberattacked, including 5 ransomware attacks and 4 data breaches." Attack
// types are listed by count (then taxonomy order); unknown comes last.
func Headline(s store.Summary) string {
	if s.Incidents == 0 {
		return "No cyberattack on a health organisation matches these filters yet."
	}
	since := ""
	if t, err := time.Parse("2006-01-02", s.Since); err == nil {
		since = "Since " + t.Format("January 2006") + ", "
	}
	orgs := plural(s.Organizations, "health organisation", "health organisations")
	countries := plural(s.Countries, "country", "countries")
	verb := "have"
	if s.Organizations == 1 {
		verb = "has"
	}
	var b strings.Builder
	if since == "" {
		fmt.Fprintf(&b, "%s across %s %s been cyberattacked", capitalise(orgs), countries, verb)
	} else {
		fmt.Fprintf(&b, "%s%s across %s %s been cyberattacked", since, orgs, countries, verb)
	}
	parts := attackParts(s.ByAttackType)
	if len(parts) > 0 {
		b.WriteString(", including ")
		b.WriteString(joinAnd(parts))
	}
	b.WriteString(".")
	return b.String()
}

// attackParts lists the known attack types with a count, biggest first.
func attackParts(by map[string]uint64) []string {
	order := map[string]int{}
	for i, a := range cit.AttackTypes() {
		order[a] = i
	}
	type kv struct {
		k string
		n uint64
	}
	var list []kv
	for k, n := range by {
		if n == 0 || k == cit.AttackUnknown || k == "" {
			continue
		}
		list = append(list, kv{k, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return order[list[i].k] < order[list[j].k]
	})
	out := make([]string, 0, len(list))
	for _, e := range list {
		out = append(out, attackNoun(e.k, e.n))
	}
	return out
}

func joinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
