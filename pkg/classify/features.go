package classify

import (
	"math"
	"slices"
	"strings"

	"github.com/cit-health/cit/pkg/classify/geo"
	"github.com/cit-health/cit/pkg/classify/text"
)

// doc is one candidate's analysed text: title and body tokens and the
// lexicon terms found in each.
type doc struct {
	title, body         string
	titleToks, bodyToks []text.Token
	titleHits, bodyHits []text.Hit[term]
	// the first known organisation of the title and of the body, found
	// once for the sector, the country, the news rules and the victim
	titleKnown, bodyKnown       text.Hit[term]
	titleHasKnown, bodyHasKnown bool
	places                      *placeMentions    // see placesOf
	towns                       *[2][]geo.Mention // see townsOf
	bodySent                    []int             // see bodySentences
	bodySentN                   int
	lead                        int          // see bodyLead; 0 until read
	found                       *foundVictim // see Classifier.victimOf
	// foreign: not English, so the model scores on the multilingual
	// concepts only and has learnt no victim names
	foreign bool
	// germanic: German or Dutch, whose "alle" is "all" (see italianArticle)
	germanic bool
	// portuguese: a Portuguese document, whose contractions ("na", "do")
	// were split
	portuguese bool
	// titleCased: the title is a Title Case headline (its capitals say
	// little of where names begin and end)
	titleCased bool
}

// placeMentions are the places a document names, as geo reads them: the
// victim's candidates and, apart, the attacker's.
type placeMentions struct {
	title, body                   []geo.Mention
	titleAttackers, bodyAttackers []geo.Mention
}

// partPlaces returns the places of d's part pi: the title's (0) or the
// body's, the attackers' aside.
func (c *Classifier) partPlaces(d *doc, pi int) []geo.Mention {
	pm := c.placesOf(d)
	if pi == 0 {
		return pm.title
	}
	return pm.body
}

// placesOf reads the places of d once, for the attack type (the attacker's)
// and the country (the others).
func (c *Classifier) placesOf(d *doc) *placeMentions {
	if d.places == nil {
		pm := &placeMentions{}
		pm.title, pm.titleAttackers = c.geo.FindAll(d.titleToks, d.title, true)
		pm.title = geo.WithoutDefined(pm.title, d.body) // "UK" over "The University of Kentucky (UK)"
		pm.body, pm.bodyAttackers = c.geo.FindAll(d.bodyToks, d.body, false)
		d.places = pm
	}
	return d.places
}

// bodySentences numbers the body's sentences once (sentenceNumbers, no
// extra ends), for the news rules.
func (d *doc) bodySentences() ([]int, int) {
	if d.bodySent == nil {
		d.bodySent, d.bodySentN = sentenceNumbers(d.body, d.bodyToks, nil)
	}
	return d.bodySent, d.bodySentN
}

// townsOf reads the towns of the title and of the body once (geo.Towns),
// for the country and the victim.
func (c *Classifier) townsOf(d *doc) *[2][]geo.Mention {
	if d.towns == nil {
		d.towns = &[2][]geo.Mention{c.geo.Towns(d.titleToks, d.title, true), c.geo.Towns(d.bodyToks, d.body, false)}
	}
	return d.towns
}

// townsIn returns the towns of p, the title or the body of d.
func (c *Classifier) townsIn(d *doc, p part) []geo.Mention {
	if len(p.toks) == 0 {
		return nil
	}
	if len(d.titleToks) > 0 && &p.toks[0] == &d.titleToks[0] {
		return c.townsOf(d)[0]
	}
	return c.townsOf(d)[1]
}

// analyse tokenizes and reads a candidate's title and body. lang is the
// candidate's language tag; when empty, the language is told from the
// words.
func (c *Classifier) analyse(title, body, lang string) *doc {
	d := &doc{title: title, body: body, titleToks: text.Tokenize(title), bodyToks: text.Tokenize(body)}
	d.foreign = !d.english(lang)
	d.germanic = d.foreign && d.isGermanic(lang)
	if d.foreign && d.isPortuguese(lang) {
		d.portuguese = true
		contractions(d.titleToks)
		contractions(d.bodyToks)
	}
	d.titleHits = credentialSuffix(title, d.titleToks, coveredEntityAbbr(title, d.titleToks, capitalsOnly(title, d.titleToks, c.termHits(d.titleToks))))
	cased := everyWordCapitalised(d.titleToks)
	attack := slices.ContainsFunc(d.titleHits, func(h text.Hit[term]) bool {
		return h.Value.kind == kCyber || h.Value.kind == kLoss || h.Value.kind == kVuln
	})
	lowered := titleCase(d.titleToks, d.titleHits)
	d.titleCased = cased && (lowered || attack) // a long Title Case headline with a verb or an attack word
	d.bodyHits = coveredEntityAbbr(body, d.bodyToks, capitalsOnly(body, d.bodyToks, c.termHits(d.bodyToks)))
	if d.foreign && scandinavian(lang) {
		d.titleHits = withRegions(d.titleToks, d.titleHits)
		d.bodyHits = withRegions(d.bodyToks, d.bodyHits)
	}
	if d.foreign {
		nordicInsiders(d)
		d.titleHits, d.bodyHits = withoutEnglishCare(d.titleToks, d.titleHits), withoutEnglishCare(d.bodyToks, d.bodyHits)
	}
	headlineLines(body, d.bodyToks, d.bodyHits)
	computing := inComputing(d.titleToks, d.titleHits) || inComputing(d.bodyToks, d.bodyHits)
	d.titleHits = physicalAttacks(d.titleToks, d.titleHits, computing)
	d.bodyHits = physicalAttacks(d.bodyToks, d.bodyHits, computing)
	if other := redefined(d); len(other) > 0 {
		d.titleHits = dropOrgs(d.titleToks, d.titleHits, other)
		d.bodyHits = dropOrgs(d.bodyToks, d.bodyHits, other)
	}
	d.titleKnown, d.titleHasKnown = knownOrg(c.known, d.titleToks)
	d.bodyKnown, d.bodyHasKnown = knownOrg(c.known, d.bodyToks)
	if !d.otherHealthEvidence() {
		d.titleHits = dropAmbiguousOrgs(d.titleToks, d.titleHits)
		d.bodyHits = dropAmbiguousOrgs(d.bodyToks, d.bodyHits)
	}
	return d
}

// withoutEnglishCare drops English "care" alone as a health word from a
// report in another language: Romanian writes it for "which" ("care a
// avut loc"), Italian for "dear" (round 66: a Romanian city hall's attack
// was accepted as health's).
func withoutEnglishCare(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		return h.First == h.Last && h.Value.kind == kHealthWeak && toks[h.First].Norm == "care"
	})
}

// ambiguousPhrase reports organisation words that name health organisations
// and others alike about as often: a debt "Recovery Services", a heat
// "Treatment Center", immigration "Counseling Services", plastics
// "Compounding", welding "Oxygen Supply", a telecom's "billing vendor".
// They count as health only beside other health evidence. Words that name
// health far more often ("Care Center", "Diagnostics", "Imaging Center",
// "Practice Management") stay health words.
func ambiguousPhrase(s string) bool {
	switch s {
	case "extended care", "recovery center", "recovery centers", "recovery services", "treatment center",
		"treatment centers", "counseling services", "counselling services", "compounding", "oxygen supply",
		"respiratory supply", "wellness center", "ems", "mri", "claims processor", "claims processing", "billing vendor",
		"surgical supply", "diabetic supply":
		return true
	}
	return false
}

// ambiguousOrg reports whether a hit is an ambiguous organisation word.
func ambiguousOrg(toks []text.Token, h text.Hit[term]) bool {
	if h.Value.kind != kHealthOrg {
		return false
	}
	words := make([]string, 0, h.Last-h.First+1)
	for k := h.First; k <= h.Last; k++ {
		words = append(words, toks[k].Norm)
	}
	return ambiguousPhrase(strings.Join(words, " "))
}

// otherHealthEvidence reports whether the report holds health evidence
// besides ambiguous organisation words: health data, a health word, an
// unambiguous health organisation or a known one.
func (d *doc) otherHealthEvidence() bool {
	if d.titleHasKnown || d.bodyHasKnown {
		return true
	}
	for _, p := range d.parts() {
		for _, h := range p.hits {
			switch h.Value.kind {
			case kHealthData, kHealthWeak:
				return true
			case kHealthOrg:
				if !ambiguousOrg(p.toks, h) {
					return true
				}
			}
		}
	}
	return false
}

// dropAmbiguousOrgs turns ambiguous organisation words into names of
// nothing in particular.
func dropAmbiguousOrgs(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if ambiguousOrg(toks, h) {
			hits[i].Value = term{kind: kPlace}
		}
	}
	return hits
}

// part is the title or the body of a document.
type part struct {
	src      string
	toks     []text.Token
	hits     []text.Hit[term]
	known    text.Hit[term] // the first known organisation (knownOrg), when hasKnown
	hasKnown bool
}

// parts returns the title, then the body.
func (d *doc) parts() [2]part {
	return [2]part{{d.title, d.titleToks, d.titleHits, d.titleKnown, d.titleHasKnown},
		{d.body, d.bodyToks, d.bodyHits, d.bodyKnown, d.bodyHasKnown}}
}

// threatActor finds the first known threat actor, in the title first.
func (c *Classifier) threatActor(d *doc) (a actor, span string, ok bool) {
	for _, p := range d.parts() {
		if a, h, ok := findActor(c.actors, p.toks); ok {
			return a, p.src[p.toks[h.First].Start:p.toks[h.Last].End], true
		}
	}
	return actor{}, "", false
}

// english reports whether the text reads as English, the language the
// word features were trained on: English function words outnumber those of
// fr, de, es, it, pt and nl. The candidate's lang field wins when set.
func (d *doc) english(lang string) bool {
	if lang != "" {
		return len(lang) >= 2 && (lang[:2] == "en" || lang[:2] == "EN")
	}
	en, other := d.tally(englishWord, otherLanguageWord)
	return en >= other
}

// isPortuguese reports whether the document is in Portuguese: its language
// tag, else more Portuguese function words than Spanish ones.
func (d *doc) isPortuguese(lang string) bool {
	if lang != "" {
		return len(lang) >= 2 && (lang[:2] == "pt" || lang[:2] == "PT")
	}
	pt, es := d.tally(portugueseWord, spanishWord)
	return pt >= 2 && pt > es
}

// isGermanic reports whether the document is in German or Dutch: its
// language tag, else more German and Dutch function words than Romance
// ones.
func (d *doc) isGermanic(lang string) bool {
	if lang != "" {
		return len(lang) >= 2 && (strings.EqualFold(lang[:2], "de") || strings.EqualFold(lang[:2], "nl"))
	}
	gm, ro := d.tally(germanicWord, romanceWord)
	return gm >= 2 && gm > ro
}

// tally counts the title's and the body's words of two kinds, for telling
// a document's language when its tag is missing.
func (d *doc) tally(these, those func(string) bool) (a, b int) {
	for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
		for _, t := range toks {
			switch {
			case these(t.Norm):
				a++
			case those(t.Norm):
				b++
			}
		}
	}
	return a, b
}

// Function words that tell the languages apart (see tally).

func englishWord(s string) bool {
	switch s {
	case "the", "of", "and", "to", "in", "was", "were", "is", "for", "on", "with", "by", "has", "have", "that", "its":
		return true
	}
	return false
}

func otherLanguageWord(s string) bool {
	switch s {
	case "le", "la", "les", "des", "du", "et", "une", "est", "der", "die", "das", "und", "ein", "eine", "mit", "auf",
		"el", "los", "las", "del", "y", "un", "il", "della", "di", "che", "e", "dos", "ao", "os", "em", "het",
		"een", "van", "en", "door", "op", "zijn", "de", "da", "do", "na", "no", "per", "con", "al", "par", "pour":
		return true
	}
	return false
}

func portugueseWord(s string) bool {
	switch s {
	case "nao", "ao", "em", "uma", "foi", "pelo", "pela", "com", "seu", "sua":
		return true
	}
	return false
}

func spanishWord(s string) bool {
	switch s {
	case "el", "una", "fue", "con", "del", "los":
		return true
	}
	return false
}

func germanicWord(s string) bool {
	switch s {
	case "der", "die", "das", "und", "ist", "mit", "auf", "het", "een", "van", "zijn", "door", "niet":
		return true
	}
	return false
}

func romanceWord(s string) bool {
	switch s {
	case "il", "della", "di", "che", "per", "con", "le", "la", "les", "et", "el", "los", "las", "y", "os", "em", "ao":
		return true
	}
	return false
}

// contractions reads Portuguese "no" as what it is, "em" + "o" ("in the":
// "no interior de São Paulo", "ataque no hospital"), so that no rule takes
// it for the negation of the other languages.
func contractions(toks []text.Token) {
	for i := range toks {
		if toks[i].Norm == "no" {
			toks[i].Norm = "em"
		}
	}
}

// evidence counts lexicon hits by kind, over title and body.
type evidence struct {
	n             [kVuln + 1]int
	inTitle       [kVuln + 1]int
	typedCyber    int // cyber hits with a specific attack type
	strong        int // cyber hits that are not weak words
	strongTitle   int
	actor         bool
	orgInTitleIdx int
}

func (d *doc) evidence(actor bool) evidence {
	var e evidence
	for _, h := range d.titleHits {
		e.n[h.Value.kind]++
		e.inTitle[h.Value.kind]++
		if h.Value.kind == kCyber && h.Value.attack != "" {
			e.typedCyber++
		}
		if h.Value.kind == kCyber && !h.Value.weak {
			e.strong++
			e.strongTitle++
		}
	}
	for _, h := range d.bodyHits {
		e.n[h.Value.kind]++
		if h.Value.kind == kCyber && h.Value.attack != "" {
			e.typedCyber++
		}
		if h.Value.kind == kCyber && !h.Value.weak {
			e.strong++
		}
	}
	e.actor = actor
	return e
}

// feature is one non-zero entry of a hashed feature vector.
type feature struct {
	idx uint32
	val float32
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// view selects what a head sees: everything, or only one side of the
// label, so that the health head judges the target from health evidence
// alone and the cyber head the attack from attack evidence alone.
type view uint8

const (
	viewAll    view = iota
	viewHealth      // no cyberattack words or concepts
	viewCyber       // no health words or concepts
)

// drops reports whether a token covered by a hit of kind k is hidden from v.
func (v view) drops(k kind) bool {
	switch v {
	case viewHealth:
		return k == kCyber
	case viewCyber:
		return k == kHealthOrg || k == kHealthData || k == kHealthWeak
	}
	return false
}

// conceptFeatures are the language-independent features: they carry the
// model to languages the training data does not contain.
func conceptFeatures(e evidence, v view) []string {
	has := func(k kind) bool { return e.n[k] > 0 }
	health := has(kHealthOrg) || has(kHealthData)
	cyberish := has(kCyber) || e.actor
	strong := e.strong > 0 || e.actor
	var fs []string
	// side: 'h' health only, 'c' cyber only, 'b' both sides, 'x' mixed (main head only)
	add := func(side byte, ok bool, name string) {
		if !ok {
			return
		}
		switch {
		case v == viewAll, side == 'b', v == viewHealth && side == 'h', v == viewCyber && side == 'c':
			fs = append(fs, name)
		}
	}
	add('b', true, "c:bias")
	add('h', has(kHealthOrg), "c:org")
	add('h', has(kHealthData), "c:data")
	add('h', has(kHealthWeak), "c:weak")
	add('h', e.inTitle[kHealthOrg] > 0, "c:org_title")
	add('h', health, "c:health")
	add('h', !health && has(kHealthWeak), "c:weak_only")
	add('c', cyberish, "c:cyber")
	add('c', e.n[kCyber] >= 3, "c:cyber3")
	add('c', e.typedCyber > 0, "c:typed")
	add('c', e.actor, "c:actor")
	add('c', e.inTitle[kCyber] > 0, "c:cyber_title")
	add('c', strong, "c:strong")
	add('c', cyberish && !strong, "c:weakonly")
	add('c', e.strongTitle > 0, "c:strong_title")
	add('c', has(kVuln) && cyberish, "c:vuln&cyber")
	add('c', e.n[kLoss] > e.n[kCyber], "c:loss>cyber")
	add('c', strong && !has(kLoss), "c:strong&!loss")
	add('b', has(kLoss), "c:loss")
	add('b', e.n[kLoss] >= 3, "c:loss3")
	add('b', has(kBio), "c:bio")
	add('b', has(kVuln), "c:vuln")
	add('b', has(kBio) && !cyberish, "c:bio&!cyber")
	add('x', health && cyberish, "c:health&cyber")
	add('x', has(kHealthOrg) && cyberish, "c:org&cyber")
	add('x', health && cyberish && !has(kLoss), "c:health&cyber&!loss")
	add('x', health && !cyberish, "c:health&!cyber")
	add('x', !health && has(kHealthWeak) && cyberish, "c:weak&cyber")
	add('x', !health && !has(kHealthWeak) && cyberish, "c:cyber&!health")
	add('x', health && strong, "c:health&strong")
	add('x', has(kHealthOrg) && strong, "c:org&strong")
	add('x', health && strong && !has(kLoss), "c:health&strong&!loss")
	add('x', health && cyberish && !strong, "c:health&weakonly")
	add('x', (health || has(kHealthWeak)) && strong && !has(kVuln), "c:anyhealth&strong&!vuln")
	return fs
}

// Features are the optional feature families of the hashed vector, chosen
// by cross-validation and recorded in the artifact; the zero value is the
// round-1 design (word unigrams and bigrams of title and body together,
// plus concept features).
type Features struct {
	// TitleNS adds the title's unigrams again in a namespace of their own,
	// so that a word can weigh differently in a headline.
	TitleNS bool `json:"title_ns,omitempty"`
	// Numbers replaces each number by its shape ("#3" for three digits):
	// record counts and years generalise, their exact values do not.
	Numbers bool `json:"numbers,omitempty"`
	// CharN > 0 adds character n-grams of that length inside each word
	// (with boundary marks), scaled to length CharScale: morphology
	// ("hack" in hackers, hacked, Hackerangriff).
	CharN     int     `json:"char_n,omitempty"`
	CharScale float64 `json:"char_scale,omitempty"`
	// Negation adds concept features for attack and loss words preceded
	// by a negation within four tokens ("no evidence that … was hacked").
	Negation bool `json:"negation,omitempty"`
}

// featureSpace is everything vectorize needs to know about the space.
type featureSpace struct {
	dim       uint32
	wordScale float64
	Features
}

// Namespace seeds of the feature families.
const (
	seedTitle = fnvOffset ^ 0x7a3c5e11
	seedChar  = fnvOffset ^ 0x1b873593
)

// vectorize turns a document into its hashed feature vector for a view:
// word unigrams and bigrams (scaled to length wordScale), the optional
// families of sp.Features, plus concept features (value 1). With wordsOff
// only the concept features are produced.
func vectorize(d *doc, e evidence, sp featureSpace, wordsOff bool, v view) []feature {
	mask := sp.dim - 1
	var fs []feature
	if !wordsOff {
		idx := make([]uint32, 0, 2*(len(d.titleToks)+len(d.bodyToks))+4)
		var chars []uint32
		for part, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
			hidden := d.hidden(part == 0, v)
			prev, prevOK := uint32(0), false
			for i, t := range toks {
				if hidden != nil && hidden[i] {
					prevOK = false
					continue
				}
				norm := t.Norm
				if sp.Numbers && t.Digit {
					norm = numberShape(norm)
				}
				h := hashString(fnvOffset, norm)
				idx = append(idx, h&mask)
				if prevOK {
					idx = append(idx, (prev*0x9E3779B1^h*fnvPrime^0x5bd1e995)&mask)
				}
				if sp.TitleNS && part == 0 {
					idx = append(idx, hashString(seedTitle, norm)&mask)
				}
				if sp.CharN > 0 && !t.Digit && len(norm) >= sp.CharN {
					chars = charGrams(chars, norm, sp.CharN, mask)
				}
				prev, prevOK = h, true
			}
		}
		// term frequencies: a repeated n-gram adds its weight again
		val := float32(sp.wordScale / math.Sqrt(float64(len(idx)+1)))
		fs = make([]feature, 0, len(idx)+len(chars)+32)
		for _, i := range idx {
			fs = append(fs, feature{idx: i, val: val})
		}
		if len(chars) > 0 {
			cval := float32(sp.CharScale / math.Sqrt(float64(len(chars)+1)))
			for _, i := range chars {
				fs = append(fs, feature{idx: i, val: cval})
			}
		}
	}
	for _, name := range conceptFeatures(e, v) {
		fs = append(fs, feature{idx: hashString(fnvOffset, name) & mask, val: 1})
	}
	if sp.Negation {
		for _, name := range negationFeatures(d, v) {
			fs = append(fs, feature{idx: hashString(fnvOffset, name) & mask, val: 1})
		}
	}
	return fs
}

// charGrams appends the hashed character n-grams of a word, marked at
// its boundaries ("<hack", "ked>").
func charGrams(out []uint32, w string, n int, mask uint32) []uint32 {
	var buf [64]byte
	b := append(append(append(buf[:0], '<'), w...), '>')
	for i := 0; i+n <= len(b); i++ {
		h := uint32(seedChar)
		for _, c := range b[i : i+n] {
			h ^= uint32(c)
			h *= fnvPrime
		}
		out = append(out, h&mask)
	}
	return out
}

// numberShape is a number's shape: "#" and its count of digits, capped
// at 7 ("1,800" → "#4").
func numberShape(s string) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return "#" + string(rune('0'+min(n, 7)))
}

// negationWord reports whether a folded token negates what follows, in
// the seven languages.
func negationWord(s string) bool {
	switch s {
	case "no", "not", "never", "without", "nor", "none", "neither", "didn", "doesn", "isn", "wasn",
		"pas", "aucun", "aucune", "sans", "jamais", "nicht", "kein", "keine", "keinen", "ohne", "nie",
		"sin", "ningun", "ninguna", "nunca", "non", "nessun", "nessuna", "senza", "mai", "nao", "nenhum", "nenhuma", "sem",
		"niet", "geen", "zonder", "nooit":
		return true
	}
	return false
}

// negationFeatures name the attack and loss words that a negation
// precedes within four tokens, as view v sees them.
func negationFeatures(d *doc, v view) []string {
	var out []string
	for _, p := range d.parts() {
		for _, h := range p.hits {
			k := h.Value.kind
			if (k != kCyber && k != kLoss) || v.drops(k) {
				continue
			}
			for j := max(0, h.First-4); j < h.First; j++ {
				if negationWord(p.toks[j].Norm) {
					name := "c:neg_cyber"
					if k == kLoss {
						name = "c:neg_loss"
					}
					if len(out) == 0 || out[len(out)-1] != name {
						out = append(out, name)
					}
					break
				}
			}
		}
	}
	return out
}

// hidden marks the tokens of the title or body that view v does not see
// (nil when it sees them all).
func (d *doc) hidden(title bool, v view) []bool {
	if v == viewAll {
		return nil
	}
	toks, hits := d.bodyToks, d.bodyHits
	if title {
		toks, hits = d.titleToks, d.titleHits
	}
	var out []bool
	for _, h := range hits {
		if v.drops(h.Value.kind) {
			if out == nil {
				out = make([]bool, len(toks))
			}
			for k := h.First; k <= h.Last; k++ {
				out[k] = true
			}
		}
	}
	return out
}
