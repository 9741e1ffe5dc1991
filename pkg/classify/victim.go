package classify

import (
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

func connector(s string) bool {
	switch s {
	case "of", "de", "du", "des", "la", "le", "di", "del", "della", "dei", "van", "der", "den", "het", "st", "saint",
		"y", "and", "do", "da", "dos", "das", "am", "an", "und", "d", "l":
		return true
	}
	return false
}

// nameSpan extends a health-organisation hit over the capitalised words
// around it ("Hollywood Presbyterian Medical Center", "hôpital de Rouen",
// "Klinikum Düsseldorf"). It needs at least one capitalised word besides a
// sentence-initial one.
func nameSpan(src string, toks []text.Token, first, last int) (int, int, bool) {
	lo, hi := first, last
	// joined: no punctuation other than spaces, apostrophes, dots, hyphens and & between tokens a and b.
	joined := func(a, b int) bool {
		return !strings.ContainsAny(src[toks[a].End:toks[b].Start], ",;:()[]\"|/–—!?\n")
	}
	for lo > 0 && toks[lo-1].Upper && !toks[lo-1].Digit && last-lo < 6 && joined(lo-1, lo) {
		lo--
	}
	for hi+1 < len(toks) && hi-lo < 8 && joined(hi, hi+1) {
		switch {
		case toks[hi+1].Upper:
			hi++
		case connector(toks[hi+1].Norm) && hi+2 < len(toks) && toks[hi+2].Upper && joined(hi+1, hi+2):
			hi += 2
		default:
			goto done
		}
	}
done:
	for hi > last && connector(toks[hi].Norm) {
		hi--
	}
	upper := 0
	for k := lo; k <= hi; k++ {
		if toks[k].Upper && k > 0 {
			upper++
		}
	}
	return lo, hi, upper > 0 && hi > lo
}

// titleIsName reports whether a title is an organisation's name (breach
// portals title an entry with the entity): short, capitalised, no
// cyberattack or loss words.
func titleIsName(toks []text.Token, hits []text.Hit[term]) bool {
	if len(toks) == 0 || len(toks) > 10 {
		return false
	}
	for _, h := range hits {
		if k := h.Value.kind; k == kCyber || k == kLoss || k == kBio || k == kVuln {
			return false
		}
	}
	for _, t := range toks {
		if !t.Upper && !t.Digit && !connector(t.Norm) && t.Norm != "inc" && t.Norm != "llc" {
			return false
		}
	}
	return true
}

func (c *Classifier) victim(d *doc, cand cit.Candidate, out *cit.Classification, reason func(field, value, rule, span string, w float64)) {
	if v := strings.TrimSpace(cand.Fields[cit.FieldVictim]); v != "" {
		out.Victim = v
		reason("victim", v, "field:victim", v, 0)
		return
	}
	for _, part := range d.parts() {
		for _, h := range part.hits {
			if h.Value.kind != kHealthOrg {
				continue
			}
			if lo, hi, ok := nameSpan(part.src, part.toks, h.First, h.Last); ok {
				out.Victim = strings.Trim(part.src[part.toks[lo].Start:part.toks[hi].End], " ,.;:'\"")
				reason("victim", out.Victim, "text:named_health_organisation", out.Victim, 0)
				return
			}
		}
	}
	if titleIsName(d.titleToks, d.titleHits) {
		out.Victim = strings.TrimSpace(d.title)
		reason("victim", out.Victim, "title:organisation_name", out.Victim, 0)
	}
}
