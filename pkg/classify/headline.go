package classify

import (
	"strings"
	"unicode"

	"github.com/cit-health/cit/pkg/classify/text"
)

// titleCase lowers the capitals that Title Case gives a headline's verbs,
// prepositions and attack words ("Ransomware Attack Hits Lurie Children's
// Hospital", "Hackers Steal Patient Data From Brandywine Urology
// Consultants"), so names are told from the words around them as in a
// sentence-case headline. Other headlines are left as they are.
func titleCase(toks []text.Token, hits []text.Hit[term]) {
	words, upper := 0, 0
	for _, t := range toks {
		if t.Digit || connector(t.Norm) || article(t.Norm) {
			continue
		}
		words++
		if t.Upper {
			upper++
		}
	}
	if words < 4 || upper*10 < words*8 {
		return
	}
	verb := false // a capitalised verb: a headline, not a registry's "UW Medicine, Privacy Manager - Breach"
	for _, t := range toks[1:] {
		verb = verb || (t.Upper && headlineVerb(t.Norm))
	}
	if !verb {
		return
	}
	lexical := make([]bool, len(toks))
	for _, h := range hits {
		switch h.Value.kind {
		case kCyber, kLoss, kVuln, kHealthData:
			for k := h.First; k <= h.Last; k++ {
				lexical[k] = true
			}
		}
	}
	for i := range toks {
		if i > 0 && (lexical[i] || headlineWord(toks[i].Norm) || newsWord(toks[i].Norm)) {
			toks[i].Upper = false
		}
	}
}

// shouting reports whether a headline is written in capitals: three words
// or more and nine in ten of its letters upper-case.
func shouting(title string) bool {
	upper, letters := 0, 0
	for _, r := range title {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return len(strings.Fields(title)) >= 3 && letters >= 12 && upper*10 >= letters*9
}
