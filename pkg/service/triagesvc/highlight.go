package triagesvc

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/cit"
)

// Segment is a run of a candidate's text, marked when it is evidence for a
// classification reason. Templates render Text escaped, so a segment never
// carries markup of its own.
type Segment struct {
	Text  string
	Mark  bool
	Rules string // the reasons the marked text is evidence for, e.g. "attack_type: lexicon"
}

// Highlight splits text into segments, marking every case-insensitive
// occurrence of each reason's span. Overlapping spans merge into one mark.
func Highlight(text string, reasons []cit.Reason) []Segment {
	type hit struct {
		start, end int
		rule       string
	}
	lower := strings.ToLower(text)
	var hits []hit
	for _, r := range reasons {
		span := strings.ToLower(strings.TrimSpace(r.Span))
		if utf8.RuneCountInString(span) < 2 || len(span) != len(strings.TrimSpace(r.Span)) {
			// Too short to mean anything, or lower-casing changed the byte
			// length (rare scripts): matching offsets would be wrong.
			continue
		}
		label := r.Field + ": " + r.Rule
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], span)
			if i < 0 {
				break
			}
			hits = append(hits, hit{from + i, from + i + len(span), label})
			from += i + len(span)
		}
	}
	if len(lower) != len(text) || len(hits) == 0 {
		return []Segment{{Text: text}}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	var out []Segment
	pos := 0
	for i := 0; i < len(hits); {
		start, end := hits[i].start, hits[i].end
		rules := []string{hits[i].rule}
		j := i + 1
		for j < len(hits) && hits[j].start < end {
			end = max(end, hits[j].end)
			rules = append(rules, hits[j].rule)
			j++
		}
		if start > pos {
			out = append(out, Segment{Text: text[pos:start]})
		}
		out = append(out, Segment{Text: text[start:end], Mark: true, Rules: strings.Join(uniq(rules), "; ")})
		pos = end
		i = j
	}
	if pos < len(text) {
		out = append(out, Segment{Text: text[pos:]})
	}
	return out
}

func uniq(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
