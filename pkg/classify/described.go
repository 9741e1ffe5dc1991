package classify

import (
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// describedHealthOrg finds an organisation that a report describes as a
// health organisation without a health word in its name, when no pattern
// of the attack found the victim:
//
//   - in an appositive after the name: "SeneCura, one of Austria's largest
//     private operators of nursing homes", "Extendicare, which operates
//     long-term care homes", "The Caisse nationale de santé (CNS),
//     Luxembourg's public health insurer";
//   - or by a health description with a group word before it: "the Swiss
//     private hospital group Hirslanden", "the French radiology network
//     Imagerie Médicale du Sud-Ouest".
func (c *Classifier) describedHealthOrg(p part, english bool) (lo, hi int, ok bool) {
	toks := p.toks
	cov := coverage(p)
	valid := func(lo, hi int) bool {
		// not a person: "said Dr. Rob Freelove, the health clinic's CEO" (round 53)
		return toks[lo].Upper && c.validName(p, cov, lo, hi) && !authority(toks[lo:hi+1]) && !honorific(toks[lo].Norm) &&
			!(lo > 0 && honorific(toks[lo-1].Norm)) && !(lo == hi && linkingAdverb(toks[lo].Norm)) // "Nonetheless, the …" (round 53)
	}
	for k := 1; k < len(toks); k++ {
		if strings.TrimSpace(p.src[toks[k-1].End:toks[k].Start]) != "," || !appositiveOpener(p.src, toks, k) ||
			!healthDescription(toks, cov, k) || attribution(toks, k) || roleDescription(p.src, toks, k) {
			continue
		}
		end := k - 1
		if bracketed(p.src, toks[end]) && end > 0 {
			end-- // "Imagerie Médicale du Sud-Ouest (IMSO), which operates imaging centres"
		}
		if !toks[end].Upper {
			continue
		}
		if lo, hi, ok := nameBefore(p.src, toks, cov, end, english); ok && valid(lo, hi) {
			return lo, hi, true
		}
	}
	joined := func(a, b int) bool { return nameJoined(p.src, toks, a, b) }
	for k := 0; k+2 < len(toks); k++ {
		// "hospital group Hirslanden": a health word, a group word, a name
		if cov[k] != kHealthOrg || toks[k].Upper || cov[k+1] == kHealthOrg || toks[k+1].Upper ||
			!describerWord(toks[k+1].Norm) || !toks[k+2].Upper || !joined(k, k+1) || !joined(k+1, k+2) {
			continue
		}
		if lo, hi, ok := nameFrom(p.src, toks, cov, k+2, english); ok && valid(lo, hi) {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// roleDescription reports whether the description from toks[k] names a
// person's role at a health body: "Per Holm, the hospital's press officer"
// (round 61).
func roleDescription(src string, toks []text.Token, k int) bool {
	owned := false // after the body's possessive: "the hospital's"
	for m := k; m < len(toks) && m < k+8; m++ {
		if m > k && toks[m].Break {
			return false
		}
		if owned && roleWord(toks[m].Norm) && toks[m].Norm != "administrator" {
			return true
		}
		owned = owned || possessiveS(src, toks, m)
	}
	return false
}

// appositiveOpener reports whether toks[k], right after a comma, opens a
// description of what came before: "a private hospital", "one of …",
// "which operates …", "the national health data platform", "Luxembourg's
// public health insurer".
func appositiveOpener(src string, toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "a", "an", "one", "which", "that", "the":
		return true
	}
	return toks[k].Upper && k+1 < len(toks) && toks[k+1].Norm == "s" && strings.ContainsAny(src[toks[k].End:toks[k+1].Start], "'’")
}

// healthDescription reports whether the words from toks[k] to the next
// punctuation (at most 14) hold a health organisation's word: "one of
// Russia's largest private medical laboratory chains".
func healthDescription(toks []text.Token, cov []kind, k int) bool {
	for m := k; m < len(toks) && m < k+14; m++ {
		if m > k && toks[m].Break {
			return false
		}
		if cov[m] == kHealthOrg {
			return true
		}
	}
	return false
}

// attribution reports whether the words from toks[k] to the next
// punctuation name a speaker rather than describe the name before the
// comma: "including those of Prime Minister Lee Hsien Loong, the Ministry
// of Health said on Friday".
func attribution(toks []text.Token, k int) bool {
	for m := k; m < len(toks) && m < k+14; m++ {
		if m > k && toks[m].Break {
			return false
		}
		switch toks[m].Norm {
		case "say", "says", "said", "told":
			return true
		}
	}
	return false
}

// bracketed reports whether t is written in brackets: "(IMSO)".
func bracketed(src string, t text.Token) bool {
	return t.Start > 0 && t.End < len(src) && src[t.Start-1] == '(' && src[t.End] == ')'
}

// describerWord is the group word of a description before a name:
// "hospital group", "radiology network", "care organisation", "pharmacy
// chain".
func describerWord(s string) bool {
	switch s {
	case "group", "network", "chain", "organisation", "organization", "operator", "provider", "company", "firm",
		"trust", "foundation", "association", "cooperative", "consortium",
		// round 69: Argentina's and Colombia's prepaid health plans ("la prepaga OSDE", "medicina prepagada Colsanitas")
		"prepaga", "prepagas", "prepagada", "prepagadas":
		return true
	}
	return false
}
