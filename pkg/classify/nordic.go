package classify

import (
	"slices"
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// Swedish, Norwegian, Danish and Finnish name a health body with its
// place first and its kind in lower case ("Karolinska
// universitetssjukhuset", "Satakunnan hyvinvointialue"), or as a region or
// a municipality that runs the care ("Region Dalarna", "Østre Toten
// kommune", "Lahden kaupunki"): the patterns of the seven languages read
// none of these (round 56). These are the last resort of a report in those
// languages that tells an attack and names no victim otherwise.

// nordicLang reports whether lang is one of the four languages read here.
func nordicLang(lang string) bool {
	switch strings.ToLower(lang) {
	case "sv", "no", "nb", "nn", "da", "fi":
		return true
	}
	return false
}

// nordicVictim returns the victim a Nordic report names: a place and a
// health kind first, then a region, then a municipality.
func nordicVictim(lang string, parts [2]part) (string, bool) {
	finnish := strings.EqualFold(lang, "fi")
	for _, find := range []func(part, bool) (string, bool){nordicKindName, nordicRegion, nordicMunicipality} {
		for _, p := range parts {
			if name, ok := find(p, finnish); ok {
				if finnish {
					name = finnishBaseForm(name)
				}
				return name, true
			}
		}
	}
	return "", false
}

// nordicKindName finds a capitalised place or name before a lower-case
// health kind word of one token: "Sahlgrenska universitetssjukhuset",
// "Säkylän hammashoitola" (in Finnish the name is a genitive, ending in n).
func nordicKindName(p part, finnish bool) (string, bool) {
	for _, h := range p.hits {
		if h.Value.kind != kHealthOrg || h.First != h.Last || h.First == 0 || p.toks[h.First].Upper || p.toks[h.First].Break {
			continue
		}
		if lo, ok := nordicNameBefore(p, h.First, finnish); ok {
			return p.name(lo, h.First), true
		}
	}
	return "", false
}

// nordicNameBefore returns the first token of the capitalised name that
// ends right before token k: one word, or two joined by a hyphen or a space
// ("Päijät-Hämeen", "Østre Toten").
func nordicNameBefore(p part, k int, finnish bool) (int, bool) {
	last := k - 1
	t := p.toks[last]
	if !t.Upper || t.Digit || nordicQuantifier(t.Norm) || (finnish && !strings.HasSuffix(t.Norm, "n")) {
		return 0, false
	}
	lo := last
	if lo > 0 && !p.toks[lo].Break && p.toks[lo-1].Upper && !p.toks[lo-1].Digit && !nordicQuantifier(p.toks[lo-1].Norm) {
		lo--
	}
	return lo, true
}

// nordicRegion finds Sweden's and Denmark's regions, which run their
// hospitals: "Region Dalarna", "Region Kalmar län", "Region Hovedstaden".
func nordicRegion(p part, _ bool) (string, bool) {
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].Norm != "region" || !p.toks[k].Upper || !p.toks[k+1].Upper || p.toks[k+1].Break || p.toks[k+1].Digit {
			continue
		}
		if n := k + 2; n < len(p.toks) && !p.toks[n].Break && p.toks[n].Norm == "lan" {
			return p.name(k, n), true // "Region Kalmar län", "Region Jönköpings län"
		}
		name := p.name(k, k+1)
		if len(p.toks[k+1].Norm) > 3 {
			name = strings.TrimSuffix(name, "s") // "Region Dalarnas IT-leverantörer": no region's name ends in s
		}
		return name, true
	}
	return "", false
}

// nordicMunicipality finds a municipality that runs care homes and home
// care: "Kalmar kommun", "Østre Toten kommune", "Lahden kaupunki", "Säkylän
// kunta".
func nordicMunicipality(p part, finnish bool) (string, bool) {
	for k := 1; k < len(p.toks); k++ {
		t := p.toks[k]
		if t.Upper || t.Break || !municipalityWord(t.Norm, finnish) {
			continue
		}
		if lo, ok := nordicNameBefore(p, k, finnish); ok {
			return p.name(lo, k), true
		}
	}
	return "", false
}

// municipalityWord is a municipality's kind word in its name's form.
func municipalityWord(s string, finnish bool) bool {
	if finnish {
		return s == "kaupunki" || s == "kunta"
	}
	switch s {
	case "kommun", "kommune", "kommunkoncern":
		return true
	}
	return false
}

// nordicQuantifier is a capitalised word opening a sentence before a kind
// that names none: "Flera sjukhus", "Alle sykehus", "Monet sairaalat".
func nordicQuantifier(s string) bool {
	switch s {
	case "flera", "alla", "manga", "nagra", "vissa", "flere", "alle", "mange", "noen", "nogle", "begge", "bada",
		"useat", "monet", "kaikki", "eri", "muutamat", "det", "den", "de", "en", "ett", "et", "ei", "og", "och",
		"i", "pa", "hos", "vid", "for", "mot", "til", "fra", "fran", "efter", "etter", "nar", "da", "nu", "nyt":
		return true
	}
	return false
}

// finnishBaseForm writes a Finnish name's last word in its base form when
// it ends in a case ending after a vowel: "Säkylän hammashoitolassa" (in
// the dental clinic of Säkylä) is "Säkylän hammashoitola". Stems that
// change before an ending ("terveyskeskuksessa") are left as written.
func finnishBaseForm(name string) string {
	for _, end := range []string{"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "n"} {
		stem, ok := strings.CutSuffix(name, end)
		if !ok || strings.LastIndexByte(stem, ' ') < 0 {
			continue
		}
		if strings.HasSuffix(stem, "ee") {
			return strings.TrimSuffix(stem, "e") // "hyvinvointialueen", "alueella": "alue"
		}
		if r := []rune(stem); len(r) > 0 && strings.ContainsRune("aouyäö", r[len(r)-1]) {
			return stem // not after e or i, where the stem changed: "terveysasemilla" is plural
		}
	}
	return name
}

// nordicInsiders weakens a Nordic report's "intrusions" when the report
// tells of staff and of no other attack: Swedish law calls any unlawful look
// into a record system "dataintrång", an employee's snooping too ("Dataintrång
// i vården anmält … polisanmälan mot två landstingsanställda"), and Danish
// and Norwegian write alike. Told beside staff and nothing else, the
// intrusion is an insider's, a loss (round 66).
func nordicInsiders(d *doc) {
	staff, other := false, false
	for _, p := range [...]struct {
		toks []text.Token
		hits []text.Hit[term]
	}{{d.titleToks, d.titleHits}, {d.bodyToks, d.bodyHits}} {
		staff = staff || slices.ContainsFunc(p.toks, func(t text.Token) bool { return nordicStaff(t.Norm) })
		other = other || slices.ContainsFunc(p.hits, func(h text.Hit[term]) bool {
			return h.Value.kind == kCyber && !h.Value.weak && !nordicIntrusion(p.toks[h.First].Norm)
		})
	}
	if !staff || other {
		return
	}
	weaken := func(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
		var added []text.Hit[term]
		for i, h := range hits {
			if h.Value.kind == kCyber && nordicIntrusion(toks[h.First].Norm) {
				hits[i].Value.weak = true
				added = append(added, text.Hit[term]{Value: term{kind: kLoss}, First: h.First, Last: h.First})
			}
		}
		return withHits(hits, added)
	}
	d.titleHits, d.bodyHits = weaken(d.titleToks, d.titleHits), weaken(d.bodyToks, d.bodyHits)
}

func nordicIntrusion(w string) bool {
	for _, p := range [...]string{"dataintrang", "intrang", "datainnbrudd", "dataindbrud"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// nordicStaff is a word for an organisation's own people in Swedish,
// Danish and Norwegian: employees, staff, consultants, doctors, nurses.
func nordicStaff(w string) bool {
	for _, p := range [...]string{"anstalld", "landstingsanstalld", "regionanstalld", "medarbetar", "ansatt", "medarbejder",
		"konsult", "sjukskoterska", "sygeplejerske", "sykepleier"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	switch w {
	case "personal", "personalen", "personale", "personalet", "lakare", "lakaren", "laege", "laegen", "lege", "legen":
		return true
	}
	return false
}

// scandinavian reports whether lang is Swedish, Norwegian or Danish, whose
// regions run the hospitals.
func scandinavian(lang string) bool {
	switch strings.ToLower(lang) {
	case "sv", "no", "nb", "nn", "da":
		return true
	}
	return false
}

// withRegions adds a weak health hit for a region named in Swedish,
// Norwegian or Danish ("Region Sörmland", "Region Hovedstaden"): the
// regions run the hospitals, and an attack "mot Region Sörmland" is told
// without a word of care (round 66).
func withRegions(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm == "region" && toks[i].Upper && toks[i+1].Upper && !toks[i+1].Break {
			added = append(added, text.Hit[term]{Value: term{kind: kHealthWeak}, First: i, Last: i + 1})
		}
	}
	return withHits(hits, added)
}
