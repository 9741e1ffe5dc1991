package feed

import (
	"html"
	"regexp"
	"strings"
)

// LeakVictim reduces a leak site's post title to the victim's name. Gangs
// write more than the name into a post title, and the deduplicator would
// take those words for the victim's:
//
//   - HTML entities: "Dillard Door &amp; Security";
//   - fields after the name: "dillarddoor.com\$8.5M\USA\87gb\<1%DISCLOSED"
//     (revenue, country, size, share published);
//   - notes on the post: "ASL 1 - Avezzano Sulmona L'Aquila *UPD 05-10*",
//     "NJVC [ post has been updated ]", "Cabinet Remy Le Bonnois / Data on
//     sale", "Stages Pediatric Care New 40 personal records",
//     "FederalBank/Fedfina.part2", "COLORADO.EDU FILES PART4 PUBLISHED".
//
// A note is dropped only when it holds a word of the post's status (update,
// sale, leak, published, upload, part N, disclosed…), so names such as
// "JFC International (Europe)" or "Kaye/Bassman International" stay whole.
// The title itself is returned when nothing of a name would remain.
func LeakVictim(title string) string {
	raw := strings.TrimSpace(html.UnescapeString(title))
	s := raw
	if i := strings.IndexByte(s, '\\'); i > 0 && metaField.MatchString(s[i+1:]) {
		s = s[:i] // "domain\$8.5M\USA\87gb\<1%DISCLOSED"
	}
	s = bracketed.ReplaceAllStringFunc(s, func(note string) string {
		if statusNote(note) {
			return " "
		}
		return note
	})
	if i := strings.Index(s, " | "); i > 0 {
		s = s[:i] // "Quantel Medical | quantel-medical.com": the name, then its domain
	}
	var parts []string
	for _, p := range strings.Split(s, " / ") {
		if p = trimStatus(p); p != "" && !onlyStatus(p) {
			parts = append(parts, p) // "Cabinet Remy Le Bonnois / Data on sale": the name, not the sale
		}
	}
	s = strings.Join(parts, " / ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(strings.Trim(s, " -/:,.;"), "*.") // "*.kodhosting.com": a wildcard domain
	if s == "" {
		return raw
	}
	return s
}

var (
	// metaField is what follows a name in a gang's backslash-separated
	// fields: a revenue ("$8.5M"), a country, a size.
	metaField = regexp.MustCompile(`^\s*(?:\$|[A-Z][A-Za-z ]+\\|\d)`)
	// bracketed is a note in brackets or stars.
	bracketed = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]|\*[^*]*\*`)
	// partSuffix is a part number glued to a name: "Fedfina.part2", "pt.3".
	partSuffix = regexp.MustCompile(`(?i)[\s._-]*\b(?:part|pt)\.?\s?\d+(?:\s?[+&]\s?\d+)*$`)
	sizeWord   = regexp.MustCompile(`(?i)^\d+(?:[.,]\d+)?\s?(?:gb|tb|mb)$`)
	partWord   = regexp.MustCompile(`^(?:part|pt)\d+$`)
)

// statusWords are the words of a post's status; strong ones say by
// themselves that a phrase is a note, not a name.
var statusWords = map[string]bool{
	"update": true, "updated": true, "upd": true, "sale": true, "leak": true, "leaked": true, "published": true,
	"publish": true, "upload": true, "uploaded": true, "disclosed": true, "dump": true, "part": true, "leaks": true,
	"unpay": true, "unpaid": true, "release": true, "press": false,
	// fillers that notes use around them
	"new": false, "personal": false, "data": false, "database": false, "records": false, "files": false, "file": false,
	"information": false, "all": false, "first": false, "full": false, "on": false, "for": false, "post": false,
	"the": false, "has": false, "been": false, "available": false, "now": false, "is": false, "and": false, "of": false,
}

// words splits a phrase into lower-case words, keeping digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// statusNote reports whether a phrase holds a strong status word or a part
// number: "*UPD 05-10*", "[ post has been updated ]", "Data on sale".
func statusNote(s string) bool {
	for _, w := range words(s) {
		if statusWords[w] || w == "pt" {
			return true
		}
	}
	return false
}

// onlyStatus reports whether every word of a phrase belongs to notes: a size,
// a number or a status word ("2000 GB", "Part 2").
func onlyStatus(s string) bool {
	for _, w := range words(s) {
		if _, ok := statusWords[w]; !ok && !sizeWord.MatchString(w) && strings.Trim(w, "0123456789") != "" &&
			w != "gb" && w != "tb" && w != "pt" {
			return false
		}
	}
	return true
}

// trimStatus drops a trailing note from a name: a part number, and a run of
// status words that holds a strong one ("… DataBase on Sale", "… new
// personal data", "… FILES PART4 PUBLISHED").
func trimStatus(s string) string {
	s = strings.TrimSpace(partSuffix.ReplaceAllString(strings.Trim(s, " .,;"), ""))
	fields := strings.Fields(s)
	cut, strong := len(fields), false
	for k := len(fields) - 1; k > 0; k-- {
		ws := words(fields[k])
		in := len(ws) > 0
		for _, w := range ws {
			st, ok := statusWords[w]
			switch {
			case partWord.MatchString(w):
				st = true // "PART4"
			case !ok && strings.Trim(w, "0123456789") != "" && !sizeWord.MatchString(w):
				in = false
			}
			if !in {
				break
			}
			strong = strong || st
		}
		if !in {
			break
		}
		cut = k
	}
	if cut < len(fields)-1 && strings.EqualFold(fields[cut], "new") {
		strong = true // "… New 40 personal records": a note of what was added
	}
	if strong && cut < len(fields) {
		fields = fields[:cut]
	}
	// "Update: Linicals Data": a leading note
	if len(fields) > 1 && strings.HasSuffix(fields[0], ":") && statusNote(fields[0]) {
		fields = fields[1:]
	}
	return strings.Join(fields, " ")
}
