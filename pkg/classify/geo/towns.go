package geo

import (
	_ "embed"
	"iter"
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// KindTown is a town from GeoNames named where only a place fits: "in
// Smithtown", "Ocala Police Department", "a Merrimack movie theater", and
// in another country's press "à Morlaix", "em Teresina", "Flensburg. Ein
// Handballverein …".
const KindTown = "town"

// usTowns lists US towns of 1,000 people or more, written by
// internal/gentowns: no common words, no names a larger place abroad bears.
//
//go:embed us_towns.txt
var usTowns string

// abroadTowns lists the towns of 15,000 people or more of the countries
// whose press CIT reads, with their country codes, written by
// internal/gentowns -abroad: no common word of the seven languages, no US
// place's name, no name a place of another country shares.
//
//go:embed abroad_towns.txt
var abroadTowns string

// townLexicon builds the lexicon of the towns that known does not already
// hold (known maps folded names to true).
func townLexicon(known map[string]bool) *text.Lexicon[place] {
	m := map[string]place{}
	for line := range strings.Lines(usTowns) {
		name := strings.TrimSpace(line)
		if name == "" || strings.HasPrefix(name, "#") || known[fold(name)] {
			continue
		}
		m[name] = place{code: "US", kind: KindTown}
	}
	for line := range strings.Lines(abroadTowns) {
		name, code, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || strings.HasPrefix(name, "#") || known[fold(name)] {
			continue
		}
		if _, us := m[name]; !us {
			m[name] = place{code: code, kind: KindTown}
		}
	}
	return text.NewLexicon(m)
}

// fold returns a name's words as the lexicon matches them.
func fold(name string) string {
	toks := text.Tokenize(name)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	return strings.Join(words, " ")
}

// Towns returns the US towns named in toks (read from src) in a place's
// context: after "in", "near", "City of" or "University of"; before
// "-based", a US state ("Vacaville, CA"), a local public body ("Ocala Police
// Department", "Leander School District") or, after an article, a business
// ("the Greensburg store"). Most town names are also people's or firms'
// names ("Howard Stern", "Wells Fargo"), so a name joined to another
// capitalised word before it, or bare, is not read as a place. Town names
// are weak evidence: the classifier reads them only when nothing else
// places a report.
func (g *Gazetteer) Towns(toks []text.Token, src string, title bool) []Mention {
	var out []Mention
	for h := range g.standaloneTowns(toks, src) {
		f, l := h.First, h.Last
		if g.townContext(toks, src, f, l) || (h.Value.code != "US" && abroadContext(toks, src, f, l)) {
			out = append(out, Mention{Code: h.Value.code, Kind: KindTown, Span: src[toks[f].Start:toks[l].End], First: f, Last: l, Title: title})
		}
	}
	return out
}

// abroadContext reports whether the name of a town abroad at toks[f..l]
// stands where another language's press places its story: after "à",
// "a", "en", "em", "no", "na", "im", "bei", "nel", "di", "de", "van", "uit",
// "aus" (folded), or as the dateline opening a title ("Morlaix : …") or a
// text ("Flensburg. Ein Handballverein …").
func abroadContext(toks []text.Token, src string, f, l int) bool {
	if f > 0 && !toks[f].Break {
		switch toks[f-1].Norm {
		case "a", "en", "em", "no", "na", "im", "bei", "nahe", "nel", "nella", "di", "de", "da", "do", "du", "des", "van",
			"uit", "aus", "in", "near", "outside":
			return l+1 >= len(toks) || toks[l+1].Break || !toks[l+1].Upper
		}
	}
	if f == 0 && l+1 < len(toks) && toks[l+1].Break {
		gap := strings.TrimSpace(src[toks[l].End:toks[l+1].Start])
		return gap == ":" || gap == "." || gap == "," || gap == "–" || gap == "-" // a dateline
	}
	return false
}

// standaloneTowns yields each town name in toks written in capitals and not
// joined to a capitalised word before it ("Central Hudson", "Lauren
// Jackson": part of a longer name; not "A Smithtown postal worker").
func (g *Gazetteer) standaloneTowns(toks []text.Token, src string) iter.Seq[text.Hit[place]] {
	return func(yield func(text.Hit[place]) bool) {
		for _, h := range g.towns.Find(toks) {
			if !allUpper(toks[h.First:h.Last+1]) || hyphenCompound(toks, src, h.First, h.Last) {
				continue
			}
			f := h.First
			if f > 0 && !toks[f].Break && toks[f-1].Upper && !functionWord(toks[f-1].Norm) {
				continue
			}
			if !yield(h) {
				return
			}
		}
	}
}

// ProviderTowns returns the US towns that open a health provider's name in
// toks (read from src): "Tamaqua Valley Hospital", "Ypsilanti Family
// Practice", "Tupelo Hematology & Oncology Associates" — the town, up to two
// more capitalised words and a provider's word. Such names are often
// people's or views too ("Perry Dental", "Lakeview Regional Hospital"), so
// they are the weakest evidence of all: the classifier reads them only in
// English text that nothing else places.
func (g *Gazetteer) ProviderTowns(toks []text.Token, src string, title bool) []Mention {
	var out []Mention
	for h := range g.standaloneTowns(toks, src) {
		f, l := h.First, h.Last
		if h.Value.code != "US" {
			continue // "Tamaqua Valley Hospital": US registries' names only
		}
		for k := l + 1; k < len(toks) && k <= l+3 && !toks[k].Break && toks[k].Upper; k++ {
			if providerWord(toks[k].Norm) {
				out = append(out, Mention{Code: "US", Kind: KindTown, Span: src[toks[f].Start:toks[k].End], First: f, Last: l, Title: title})
				break
			}
		}
	}
	return out
}

// providerWord is a capitalised word that makes a name a health
// provider's: "Hospital", "Medical", "Pediatrics".
func providerWord(w string) bool {
	switch w {
	case "hospital", "hospitals", "medical", "clinic", "clinics", "health", "healthcare", "pediatrics", "pediatric",
		"dental", "dentistry", "surgery", "surgical", "orthopedic", "orthopedics", "orthopaedic", "orthopaedics",
		"imaging", "radiology", "oncology", "hematology", "cardiology", "dermatology", "pulmonary", "urology",
		"neurology", "gastroenterology", "obstetrics", "gynecology", "ophthalmology", "optometry", "chiropractic",
		"pharmacy", "rehab", "rehabilitation", "hospice", "physicians", "ambulatory", "urgent", "podiatry",
		"psychiatric", "behavioral", "counseling", "eye", "sleep", "spine", "therapy", "practice":
		return true
	}
	return false
}

// functionWord is a word that opens a sentence without opening a name.
func functionWord(w string) bool {
	switch w {
	case "a", "an", "the", "in", "at", "near", "outside", "from", "for", "to", "by", "on", "of":
		return true
	}
	return false
}

func allUpper(toks []text.Token) bool {
	for _, t := range toks {
		if !t.Upper {
			return false
		}
	}
	return true
}

// basedAfter reports whether "-based" follows the name ending at toks[l]:
// "the Walnut Creek-based hospital system".
func basedAfter(toks []text.Token, src string, l int) bool {
	return l+1 < len(toks) && toks[l+1].Norm == "based" && src[toks[l].End:toks[l+1].Start] == "-"
}

// townContext reports whether the name at toks[f..l] stands where only a
// place fits.
func (g *Gazetteer) townContext(toks []text.Token, src string, f, l int) bool {
	if f > 0 && !toks[f].Break {
		switch prev := toks[f-1].Norm; prev {
		case "in", "near", "outside":
			// "in Smithtown", "in Vacaville, CA"; not "a flaw in Apache Struts"
			return l+1 >= len(toks) || toks[l+1].Break || !toks[l+1].Upper && toks[l+1].Norm != "s"
		case "of":
			if f > 1 && !toks[f-1].Break {
				switch toks[f-2].Norm {
				case "city", "town", "village", "township", "borough", "university":
					return true // "City of Visalia", "University of Rochester"
				}
			}
		}
	}
	if basedAfter(toks, src, l) {
		return true
	}
	if l+1 >= len(toks) {
		return false
	}
	next := toks[l+1]
	if next.Break {
		return next.Norm != "" && src[toks[l].End:next.Start] == ", " && g.usState(toks, l+1)
	}
	if next.Norm == "s" && strings.ContainsAny(src[toks[l].End:next.Start], "'’") {
		return false // "McDonald's", "Cisco's": a name's possessive
	}
	if next.Upper {
		return localBody(toks, l+1)
	}
	if localNoun(next.Norm) {
		return true // "Boulder police", "Branford area"
	}
	return f > 0 && !toks[f].Break && (toks[f-1].Norm == "a" || toks[f-1].Norm == "the") && businessNoun(next.Norm)
}

// usState reports whether a US state's name or postal code starts at
// toks[i]: "Vacaville, CA", "Spring Hill, Tenn.", "Ocala, Florida".
func (g *Gazetteer) usState(toks []text.Token, i int) bool {
	for _, h := range g.lex.Find(toks[i:min(len(toks), i+3)]) {
		if h.First == 0 {
			return h.Value.code == "US" && h.Value.kind == KindRegion
		}
	}
	return usStateCode(strings.ToUpper(toks[i].Norm)) || stateAbbreviation(toks[i].Norm)
}

// TownOfState reports whether the name ending at toks[last] is a town the
// press places in its US state before a lower-case noun: "Cyberattack on
// Flint, Michigan, hospital delays ER services" attacked a hospital of
// Flint, not an organisation named Flint (round 55).
func (g *Gazetteer) TownOfState(toks []text.Token, last int) bool {
	i := last + 1
	if i >= len(toks) || !toks[i].Comma {
		return false
	}
	end := -1
	for _, h := range g.lex.Find(toks[i:min(len(toks), i+3)]) {
		if h.First == 0 && h.Value.code == "US" && h.Value.kind == KindRegion {
			end = i + h.Last
			break
		}
	}
	if end < 0 && toks[i].Upper && (usStateCode(strings.ToUpper(toks[i].Norm)) || stateAbbreviation(toks[i].Norm)) {
		end = i // "Flint, Mich., hospital"
	}
	n := end + 1
	return end >= 0 && n < len(toks) && toks[n].Comma && !toks[n].Upper && !toks[n].Digit
}

// stateAbbreviation reports the usual abbreviations of US states' names
// ("Tenn.", "Calif.", "Mass.", "Md.").
func stateAbbreviation(w string) bool {
	switch w {
	case "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "ind", "kan", "kans", "mass", "mich",
		"minn", "miss", "mont", "neb", "nebr", "nev", "okla", "ore", "penn", "tenn", "tex", "wash", "wis", "wisc", "wyo",
		"md", "ga", "ky", "la", "mo", "pa", "va", "vt":
		return true
	}
	return false
}

// localBody reports whether a local public body's capitalised word opens
// at toks[i], after its town's name: "Ocala Police Department", "Leander
// School District", "Smithtown Post Office", "Plainfield Board of
// Education". Hospitals, practices, universities and colleges are left
// out: their names are often people's or views ("Perry Dental", "Lakeview
// Regional Hospital", "Howard University"), and so is a school of a
// university ("Yale School of Medicine").
func localBody(toks []text.Token, i int) bool {
	switch toks[i].Norm {
	case "police", "fire", "sheriff", "public", "city", "board", "post", "municipal", "unified", "township",
		"library", "water", "housing", "parks", "court", "courts", "town", "village", "borough", "independent",
		"elementary", "middle", "high":
		return true
	case "school", "schools":
		return i+1 >= len(toks) || toks[i+1].Norm != "of"
	}
	return false
}

// localNoun is a lower-case word that, right after a town's name, makes it
// a place: "Boulder police", "the Branford area", "Smithtown residents".
func localNoun(w string) bool {
	switch w {
	case "police", "area", "resident", "residents", "officials", "neighborhood", "suburb", "campus",
		"hospital", "hospitals", "clinic": // "Klamath Falls hospital working on paper after cyberattack"
		return true
	}
	return false
}

// businessNoun is a lower-case word for a business or its people that,
// between an article and a town's name, makes the name a place: "a
// Merrimack movie theater", "the Greensburg store", "A Smithtown postal
// worker".
func businessNoun(w string) bool {
	switch w {
	case "store", "shop", "branch", "office", "location", "facility", "plant", "clinic", "hospital", "school",
		"schools", "district", "man", "woman", "couple", "family", "home", "residence", "dentist", "pharmacy",
		"movie", "theater", "theatre", "restaurant", "bank", "company", "firm", "business", "dealership", "dealer",
		"hotel", "motel", "bar", "dry", "cleaner", "cleaners", "postal", "worker", "workers", "employee", "employees",
		"mall", "doctor", "physician", "practice", "car", "auto", "grocery", "retailer", "department":
		return true
	}
	return false
}
