package dedup

import "strings"

// decliningLang reports whether a report's language declines names, so
// that one organisation is written in several forms by its case:
// Polish, Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian, Russian,
// Ukrainian, Belarusian, Bulgarian, Lithuanian, Latvian, Finnish,
// Estonian and Hungarian ("Narodowy Fundusz Zdrowia", "Narodowego
// Funduszu Zdrowia"; "Kela", "Kelan").
func decliningLang(lang string) bool {
	switch strings.ToLower(strings.SplitN(lang, "-", 2)[0]) {
	case "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be", "bg", "lt", "lv", "fi", "et", "hu":
		return true
	}
	return false
}

// stemKey cuts each word of a key longer than stemLen letters to its
// first stemLen, as named's stems are cut: "narodowego funduszu zdrowia"
// and "narodowy fundusz zdrowia" are both "narodow fundusz zdrowia",
// enough to tell names apart, little enough to leave the cases' endings
// out. A word of stemLen or fewer is
// kept whole, its ending too ("kelan" is not "kela"): short words are
// names' own, and cutting them would join other names.
func stemKey(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		if r := []rune(w); len(r) > stemLen {
			words[i] = string(r[:stemLen])
		}
	}
	return strings.Join(words, " ")
}

// declinedName returns a report key and an incident key whose words'
// stems are the same, "" when none are.
func declinedName(rKeys, pKeys []string) (string, string) {
	for _, rk := range rKeys {
		st := stemKey(rk)
		for _, k := range pKeys {
			if stemKey(k) == st {
				return rk, k
			}
		}
	}
	return "", ""
}
