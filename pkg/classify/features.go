package classify

import (
	"math"
	"slices"

	"github.com/cit-health/cit/pkg/classify/text"
)

// doc is one candidate's analysed text: title and body tokens and the
// lexicon terms found in each.
type doc struct {
	title, body         string
	titleToks, bodyToks []text.Token
	titleHits, bodyHits []text.Hit[term]
}

func (c *Classifier) analyse(title, body string) *doc {
	d := &doc{title: title, body: body, titleToks: text.Tokenize(title), bodyToks: text.Tokenize(body)}
	d.titleHits = c.terms.Find(d.titleToks)
	d.bodyHits = c.terms.Find(d.bodyToks)
	return d
}

// evidence counts lexicon hits by kind, over title and body.
type evidence struct {
	n             [kVuln + 1]int
	inTitle       [kVuln + 1]int
	typedCyber    int // cyber hits with a specific attack type
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
	}
	for _, h := range d.bodyHits {
		e.n[h.Value.kind]++
		if h.Value.kind == kCyber && h.Value.attack != "" {
			e.typedCyber++
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

// conceptFeatures are the language-independent features: they carry the
// model to languages the training data does not contain.
func conceptFeatures(e evidence) []string {
	has := func(k kind) bool { return e.n[k] > 0 }
	health := has(kHealthOrg) || has(kHealthData)
	cyberish := has(kCyber) || e.actor
	var fs []string
	add := func(ok bool, name string) {
		if ok {
			fs = append(fs, name)
		}
	}
	add(true, "c:bias")
	add(has(kHealthOrg), "c:org")
	add(has(kHealthData), "c:data")
	add(has(kHealthWeak), "c:weak")
	add(cyberish, "c:cyber")
	add(e.n[kCyber] >= 3, "c:cyber3")
	add(e.typedCyber > 0, "c:typed")
	add(e.actor, "c:actor")
	add(has(kLoss), "c:loss")
	add(e.n[kLoss] >= 3, "c:loss3")
	add(has(kBio), "c:bio")
	add(has(kVuln), "c:vuln")
	add(e.inTitle[kHealthOrg] > 0, "c:org_title")
	add(e.inTitle[kCyber] > 0, "c:cyber_title")
	add(health && cyberish, "c:health&cyber")
	add(has(kHealthOrg) && cyberish, "c:org&cyber")
	add(health && cyberish && !has(kLoss), "c:health&cyber&!loss")
	add(health && !cyberish, "c:health&!cyber")
	add(!health && has(kHealthWeak) && cyberish, "c:weak&cyber")
	add(!health && !has(kHealthWeak) && cyberish, "c:cyber&!health")
	add(has(kBio) && !cyberish, "c:bio&!cyber")
	add(has(kVuln) && cyberish, "c:vuln&cyber")
	add(e.n[kLoss] > e.n[kCyber], "c:loss>cyber")
	return fs
}

// vectorize turns a document into its hashed feature vector: word unigrams
// and bigrams (scaled to unit length) plus concept features (value 1).
// With wordsOff only the concept features are produced.
func vectorize(d *doc, e evidence, dim uint32, wordsOff bool) []feature {
	mask := dim - 1
	var fs []feature
	if !wordsOff {
		idx := make([]uint32, 0, 2*(len(d.titleToks)+len(d.bodyToks)))
		for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
			prev := uint32(0)
			for i, t := range toks {
				h := hashString(fnvOffset, t.Norm)
				idx = append(idx, h&mask)
				if i > 0 {
					idx = append(idx, (prev*0x9E3779B1^h*fnvPrime^0x5bd1e995)&mask)
				}
				prev = h
			}
		}
		slices.Sort(idx)
		idx = slices.Compact(idx)
		v := float32(1 / math.Sqrt(float64(len(idx)+1)))
		fs = make([]feature, 0, len(idx)+24)
		for _, i := range idx {
			fs = append(fs, feature{idx: i, val: v})
		}
	}
	for _, name := range conceptFeatures(e) {
		fs = append(fs, feature{idx: hashString(fnvOffset, name) & mask, val: 1})
	}
	return fs
}
