package classify

import "github.com/cit-health/cit/pkg/classify/text"

// ruleSectorTargets accepts a campaign that names healthcare among the
// sectors its victims belong to: "encrypted and exfiltrated data from at
// least 210 victims representing the water and wastewater, information
// technology, government services, healthcare and public health …
// sectors", "Targeted critical infrastructure sectors include
// manufacturing, communications, healthcare and public health, and
// education". EuRepoC files such campaigns, and the advisories that
// describe them, as incidents whose receivers include health; no victim is
// named.
const ruleSectorTargets = "rule:health_sector_among_targets"

// healthAmongSectors returns the health sector named in a list of the
// sectors an attack hit, in one sentence of the title or the text: a
// health-sector term and at least two other sectors' words, with a word of
// targeting or victims in that sentence.
func healthAmongSectors(d *doc) (string, bool) {
	for _, p := range d.parts() {
		starts := sentenceStarts(p.src, p.toks)
		for a := 0; a < len(p.toks); {
			b := a + 1
			for b < len(p.toks) && !starts[b] {
				b++
			}
			if span, ok := sectorList(p.src, p.toks[a:b]); ok {
				return span, true
			}
			a = b
		}
	}
	return "", false
}

// sectorList reads one sentence: see healthAmongSectors.
func sectorList(src string, toks []text.Token) (string, bool) {
	health, others, target := -1, 0, false
	for i, t := range toks {
		if statisticWord(t.Norm) {
			return "", false // "Healthcare, education and local government were the most targeted sectors, the report said"
		}
		switch {
		case healthSectorWord(toks, i):
			if health < 0 {
				health = i
			}
		case otherSectorWord(t.Norm):
			others++
		case targetWord(t.Norm):
			target = true
		}
	}
	if health < 0 || others < 2 || !target {
		return "", false
	}
	return src[toks[health].Start:toks[health].End], true
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
		"nuclear", "oil", "gas", "academia", "universities", "telecom", "telecoms", "semiconductor", "engineering":
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

// targetWord says that the sentence is about who was hit: "targeted",
// "victims", "sectors", "including".
func targetWord(w string) bool {
	switch w {
	case "targeted", "targeting", "targets", "target", "victims", "victim", "sectors", "compromised", "attacked",
		"hit", "affected", "impacted", "breached", "encrypted":
		return true
	}
	return false
}
