package classify

import "github.com/cit-health/cit/pkg/classify/text"

// ruleSectorTargets accepts a campaign that names healthcare among the
// sectors its counted victims belong to: "encrypted and exfiltrated data
// from at least 210 victims representing the water and wastewater,
// information technology, government services, healthcare and public
// health … sectors". EuRepoC files such campaigns, and the advisories that
// describe them, as incidents whose receivers include health; no victim is
// named.
const ruleSectorTargets = "rule:health_sector_among_targets"

// healthAmongSectors returns the health sector named in a list of the
// sectors a campaign's counted victims belong to, in one sentence of the
// title or the text: a health-sector term and at least two other sectors'
// words, a number of victims or organisations and a verb of harm done
// ("compromised more than 300 victims … including the medical, education,
// legal … sectors"). Threat write-ups that a group "targets" or "has
// targeted" sectors, where a product is used, and statistics are no
// campaign's victims.
func healthAmongSectors(d *doc) (string, bool) {
	titleCount := false // "BlackSuit affiliates hit over 100 victims"
	for i, t := range d.titleToks {
		titleCount = titleCount || t.Digit && countedVictims(d.titleToks, i)
	}
	for _, p := range d.parts() {
		starts := sentenceStarts(p.src, p.toks)
		for a := 0; a < len(p.toks); {
			b := a + 1
			for b < len(p.toks) && !starts[b] {
				b++
			}
			if span, ok := sectorList(p.src, p.toks[a:b], titleCount); ok {
				return span, true
			}
			a = b
		}
	}
	return "", false
}

// sectorList reads one sentence: see healthAmongSectors; counted says the
// title counts the victims.
func sectorList(src string, toks []text.Token, counted bool) (string, bool) {
	health, others, harm := -1, 0, false
	for i, t := range toks {
		if statisticWord(t.Norm) && !(t.Upper && t.Norm == "may") { // "May 2019" is a month
			return "", false // "Healthcare, education and local government were the most targeted sectors, the report said"
		}
		switch {
		case healthSectorWord(toks, i):
			if health < 0 {
				health = i
			}
		case otherSectorWord(t.Norm):
			others++
		case harmWord(t.Norm):
			harm = true
		case t.Digit && countedVictims(toks, i):
			counted = true
		}
	}
	if health < 0 || others < 2 || !harm || !counted {
		return "", false
	}
	return src[toks[health].Start:toks[health].End], true
}

// countedVictims reports whether the number at toks[i] counts victims or
// organisations: "more than 300 victims", "over 500 organisations".
func countedVictims(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "victims", "organizations", "organisations", "entities", "companies", "businesses", "institutions":
			return true
		}
	}
	return false
}

// healthSectorWord reports a health sector's word at toks[i]:
// "healthcare", "health care", "public health", "hospitals",
// "pharmaceutical".
func healthSectorWord(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "healthcare", "hospitals", "pharmaceutical", "pharmaceuticals":
		return true
	case "health":
		return i+1 < len(toks) && toks[i+1].Norm == "care" || i > 0 && toks[i-1].Norm == "public"
	case "medical":
		// an item of the list: "the medical, education, legal … sectors"
		return i+1 < len(toks) && (toks[i+1].Break || toks[i+1].Norm == "and" || toks[i+1].Norm == "or" ||
			toks[i+1].Norm == "sector" || toks[i+1].Norm == "sectors")
	}
	return false
}

// otherSectorWord is the word of a sector outside health in a list of
// sectors.
func otherSectorWord(w string) bool {
	switch w {
	case "manufacturing", "education", "government", "energy", "financial", "finance", "transportation",
		"communications", "telecommunications", "technology", "water", "wastewater", "agriculture", "food", "retail",
		"legal", "construction", "logistics", "hospitality", "defense", "defence", "aerospace", "media", "utilities",
		"insurance", "banking", "chemical", "chemicals", "mining", "automotive", "shipping", "aviation", "maritime",
		"nuclear", "oil", "gas", "academia", "universities", "telecom", "telecoms", "semiconductor", "engineering",
		"governments", "governmental", "schools", "municipalities", "municipal", "emergency", "law", "nonprofits",
		"nonprofit", "charities", "retailers", "banks", "manufacturers", "airlines", "airports", "ports", "railways",
		"transport", "military", "dib", "industrial":
		return true
	}
	return false
}

// statisticWord marks a sentence of figures on many attacks, a survey's or
// a vendor's report, of attacks to come or of a scenario ("the healthcare
// sector is among the hardest hit"), not a campaign's victims.
func statisticWord(w string) bool {
	switch w {
	case "most", "top", "percent", "per", "survey", "study", "report", "reports", "statistics", "share", "accounted",
		"ranked", "rank", "average", "will", "would", "could", "may", "might", "should", "can", "likely", "expected",
		"predicts", "predicted", "forecast", "scenario", "scenarios", "hypothetical", "simulated", "simulation",
		"exercise", "hardest", "largest":
		return true
	}
	return false
}

// harmWord says that the campaign did harm to its victims: "compromised",
// "impacted", "encrypted".
func harmWord(w string) bool {
	switch w {
	case "compromised", "impacted", "affected", "encrypted", "breached", "attacked", "hit", "exfiltrated", "extorted":
		return true
	}
	return false
}
