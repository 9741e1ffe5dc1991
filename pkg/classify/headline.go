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
// sentence-case headline, and reports whether it did. Other headlines are
// left as they are.
func titleCase(toks []text.Token, hits []text.Hit[term]) bool {
	if !titleCased(toks) {
		return false
	}
	verb := false // a capitalised verb: a headline, not a registry's "UW Medicine, Privacy Manager - Breach"
	for _, t := range toks[1:] {
		verb = verb || (t.Upper && headlineVerb(t.Norm))
	}
	if !verb {
		return false
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
		if i > 0 && toks[i].Norm == "new" && i+1 < len(toks) && toks[i+1].Upper && !lexical[i+1] && !toks[i+1].Break &&
			!headlineWord(toks[i+1].Norm) && !newsWord(toks[i+1].Norm) {
			continue // a place's "New": "Yale New Haven Health Says Hackers Copied Data"
		}
		if i > 0 && toks[i].Norm == "services" && toks[i-1].Norm == "human" {
			continue // "Cyber Attack Hits Department of Health and Human Services Amid …" (round 48)
		}
		if i > 0 && (lexical[i] || headlineWord(toks[i].Norm) || newsWord(toks[i].Norm) || headlineAdverb(toks, i)) {
			toks[i].Upper = false
		}
		if i > 0 && i+1 < len(toks) && tradeWord(toks[i].Norm) && toks[i+1].Upper && !toks[i+1].Break {
			toks[i].Upper = false // a description before the name: "Cyberattack on British Vaccine Developer AstraZeneca" (round 48)
		}
	}
	return true
}

// headlineLines reads the Title Case headlines a page's text holds on lines
// of their own (its own headline, a related story's) as titleCase reads the
// title: "Erie County Medical Center Remains Down 13 Days After Attack"
// names the medical center, not a "Medical Center Remains Down" (round 36).
// A line is a headline when it ends without a full stop.
func headlineLines(src string, toks []text.Token, hits []text.Hit[term]) {
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i < len(toks) && !strings.Contains(src[toks[i-1].End:toks[i].Start], "\n") {
			continue
		}
		end := len(src)
		if i < len(toks) {
			end = toks[i].Start
		}
		if tail := strings.TrimSpace(src[toks[i-1].End:end]); i-start >= 4 && !strings.ContainsAny(tail, ".!?") && titleCased(toks[start:i]) {
			var line []text.Hit[term] // the line's hits, numbered from its first token
			for _, h := range hits {
				if h.First >= start && h.Last < i {
					h.First, h.Last = h.First-start, h.Last-start
					line = append(line, h)
				}
			}
			titleCase(toks[start:i], line)
		}
		start = i
	}
}

// titleCased reports whether a headline is written in Title Case: four
// words or more besides connectors, articles and numbers, eight in ten of
// them capitalised.
func titleCased(toks []text.Token) bool {
	words, upper := 0, 0
	for _, t := range toks {
		if t.Digit || connector(t.Norm) || article(t.Norm) || (!t.Upper && titleSmallWord(t.Norm)) {
			continue
		}
		words++
		if t.Upper {
			upper++
		}
	}
	return words >= 4 && upper*10 >= words*8
}

// everyWordCapitalised reports whether every word of four letters or more
// in a title is capitalised, prepositions aside, and there are six such
// words at least: a Title Case headline ("Wichita Hospital Paid Ransom, Got
// a Second Demand Instead of Its Files"), whose capitals say little of
// where names begin and end. "Ransomware disrupts Hospital do Espírito
// Santo de Évora" is a sentence with a name in it, and a short title
// ("Singapore Defense Ministry Hack") is mostly a name.
func everyWordCapitalised(toks []text.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Digit || len(t.Norm) < 4 {
			continue
		}
		switch t.Norm {
		case "from", "with", "into", "over", "after", "about", "than", "that", "onto", "upon", "before", "against",
			"through", "amid", "during", "without":
			continue
		}
		if !t.Upper {
			return false
		}
		words++
	}
	return words >= 6
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

// whispering reports whether a headline is written all in lower case, as
// a page's slug is ("hse cyber attack latest: appointments cancelled"): its
// case tells no name from the words around it, as a shouted one's does not.
func whispering(title string) bool {
	letters := 0
	for _, r := range title {
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return len(strings.Fields(title)) >= 3 && letters >= 12
}

// titleSmallWord is a short word Title Case leaves in lower case: "LA
// Hospital Pays 40 Bitcoin to Regain Access to Encrypted Systems".
func titleSmallWord(s string) bool {
	switch s {
	case "to", "a", "for", "in", "on", "at", "by", "as", "or", "but", "nor", "via", "vs", "from", "with", "into", "after", "over":
		return true
	}
	return false
}

// headlineAdverb reports whether toks[i] is an adverb before a
// Title Case headline's verb: "Arizona Medical Practice Permanently Loses
// EHR Data" (round 60).
func headlineAdverb(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || !headlineVerb(toks[i+1].Norm) {
		return false
	}
	switch toks[i].Norm { // not any "-ly": "Italy", "Beverly", "Family"
	case "permanently", "temporarily", "reportedly", "allegedly", "finally", "quickly", "fully", "partially", "partly",
		"briefly", "successfully", "mistakenly", "inadvertently", "accidentally", "unknowingly", "quietly", "publicly",
		"formally", "officially", "belatedly", "likely", "possibly", "potentially", "recently", "now", "again", "still",
		"also", "already", "further", "eventually", "gradually", "largely", "completely", "slowly":
		return true
	}
	return false
}
