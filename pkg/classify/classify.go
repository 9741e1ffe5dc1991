// Package classify decides whether a candidate report describes a
// cyberattack on a health organisation, and extracts what it says about it:
// attack type, sector, country, victim, threat actor, records affected,
// dates and care disruption. Every field carries its evidence in Reasons.
//
// The method is rules plus a statistical model. Multilingual lexicons (en,
// fr, de, es, it, pt, nl) find health organisations, cyberattack words and
// the hard negatives (lost devices, misdirected mail, biological viruses);
// a logistic regression over hashed word n-grams and those concepts, trained
// from the dev data by Train and embedded as model.json.gz, gives the score.
// Structured hints a source gives (Candidate.Fields) adjust it. The source's
// name is never used.
//
// The package is pure: no I/O apart from reading the embedded artifact.
package classify

import (
	_ "embed"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/geo"
	"github.com/cit-health/cit/pkg/classify/text"
	"github.com/cit-health/cit/pkg/htmltext"
)

//go:embed model.json.gz
var modelArtifact []byte

// Default verdict thresholds on Score. The model is calibrated so that 0.5
// is the decision threshold chosen by cross-validation on the training split.
const (
	DefaultAcceptThreshold = 0.5
	DefaultReviewThreshold = 0.2
)

// Options configure a Classifier. Zero values mean the defaults.
type Options struct {
	// AcceptThreshold: Score ≥ it gives verdict accept (and
	// IsHealthCyberattack true).
	AcceptThreshold float64
	// ReviewThreshold: Score ≥ it (and below accept) gives review; below
	// it, reject.
	ReviewThreshold float64
}

// DefaultOptions returns the default thresholds.
func DefaultOptions() Options {
	return Options{AcceptThreshold: DefaultAcceptThreshold, ReviewThreshold: DefaultReviewThreshold}
}

// Classifier classifies candidates. It is safe for concurrent use.
type Classifier struct {
	opts  Options
	model *Model
	terms *text.Lexicon[term]
	known *text.Lexicon[term] // knownOrgs
	// companies maps well-known organisations outside health to their
	// country (companyCountries)
	companies *text.Lexicon[string]
	actors    *text.Lexicon[actor]
	geo       *geo.Gazetteer
	disrupt   *text.Lexicon[role]
}

// New builds a classifier with the embedded model artifact.
func New(opts Options) (*Classifier, error) {
	m, err := parseModel(modelArtifact)
	if err != nil {
		return nil, fmt.Errorf("load embedded classifier model: %w", err)
	}
	return newClassifier(opts, m)
}

// newClassifier builds a classifier around a model (nil while training).
func newClassifier(opts Options, m *Model) (*Classifier, error) {
	if opts.AcceptThreshold == 0 {
		opts.AcceptThreshold = DefaultAcceptThreshold
	}
	if opts.ReviewThreshold == 0 {
		opts.ReviewThreshold = DefaultReviewThreshold
	}
	if opts.ReviewThreshold > opts.AcceptThreshold || opts.AcceptThreshold > 1 || opts.ReviewThreshold < 0 {
		return nil, fmt.Errorf("classifier thresholds: need 0 ≤ review (%g) ≤ accept (%g) ≤ 1",
			opts.ReviewThreshold, opts.AcceptThreshold)
	}
	return &Classifier{opts: opts, model: m, terms: newTermLexicon(), known: text.NewLexicon(knownOrgs()), companies: text.NewLexicon(companyCountries()), actors: text.NewLexicon(actors()), geo: geo.New(),
		disrupt: text.NewLexicon(disruptionWords())}, nil
}

// Version is the model version, also recorded in every Classification.
func (c *Classifier) Version() string { return c.model.Version }

// Classify classifies one candidate. It reads the title, text, URL,
// SourceCountry and Fields; never Source.
func (c *Classifier) Classify(cand cit.Candidate) cit.Classification {
	cand.Text = readText(cand.Text)
	d := c.analyse(cand.Title, cand.Text, cand.Lang)
	out := cit.Classification{ModelVersion: c.model.Version, Reasons: []cit.Reason{}}
	reason := func(field, value, rule, span string, w float64) {
		out.Reasons = append(out.Reasons, cit.Reason{Field: field, Value: value, Rule: rule, Span: span, Weight: w})
	}

	// Threat actor: a structured field, else a known group in the text.
	act, actSpan, actFound := c.threatActor(d)
	if v := strings.TrimSpace(cand.Fields[cit.FieldThreatActor]); v != "" {
		out.ThreatActor = v
		if a, _, ok := findActor(c.actors, text.Tokenize(v)); ok {
			out.ThreatActor, act, actFound = a.name, a, true
		}
		reason("threat_actor", out.ThreatActor, "field:threat_actor", v, 0)
	} else if actFound {
		out.ThreatActor = act.name
		reason("threat_actor", act.name, "lexicon:threat_actor", actSpan, 0)
	}

	// Score: model, then the structured hints.
	ev := d.evidence(actFound)
	sc := c.model.score(d, ev, d.foreign)
	z := sc.stacked
	suffix := ""
	if d.foreign {
		suffix = ":concepts_only" // word n-grams are English; other languages score on the multilingual concepts
	}
	reason("is_health_cyberattack", fmt.Sprintf("%.3f", sigmoid(sc.cyber)), "model:cyber_head"+suffix, "", round3(sc.cyber))
	reason("is_health_cyberattack", fmt.Sprintf("%.3f", sigmoid(sc.health)), "model:health_head"+suffix, "", round3(sc.health))
	reason("is_health_cyberattack", fmt.Sprintf("%.3f", sigmoid(sc.main)), "model:main_head"+suffix, "", round3(sc.main))
	if sc.rule > 0 {
		reason("is_health_cyberattack", "1", stackRule, "", round3(c.model.Stack.Weights[stackRule]))
	}
	c.conceptReasons(d, &out)
	r, ruled := c.rules(d, ev, z)
	if !ruled && len(cand.Fields) == 0 && !actFound && sigmoid(z) >= c.opts.AcceptThreshold {
		// The model alone would accept a story whose lead speaks of a
		// sector ("Die Bedrohung … der Gesundheitsbereich ist besonders
		// gefährdet", "El sector sanitario se ha convertido en …") and
		// that names no victim at all: the sector's statistics, a study
		// or a warning. An analyst decides (round 52).
		if span, ok := sectorInLead(d); ok {
			if name, _, _ := c.victimOf(d, cand, !d.foreign); name == "" {
				r, ruled = newsRule{rule: ruleSectorNoName, dir: 0, span: span}, true
			}
		}
	}
	if (!ruled || r.dir > 0) && len(cand.Fields) == 0 {
		// A warning told in the languages beyond the seven ("Hackeři
		// zaútočí na nemocnice, varuje NÚKIB", "تحذيرات من هجوم سيبراني
		// وشيك") that names no victim: an advisory, whatever an accept
		// rule read in it (round 66).
		if span, ok := otherWarningTitle(d); ok {
			if name, _, _ := c.victimOf(d, cand, !d.foreign); name == "" {
				r, ruled = newsRule{rule: ruleAdvice, dir: 0, span: span}, true
			}
		}
	}
	if ruled {
		z = r.apply(z)
		reason("is_health_cyberattack", fmt.Sprintf("%.3f", sigmoid(r.bound())), r.rule, r.span, r.bound())
	}
	z = c.fieldAdjust(cand, z, reason)
	out.Score = round3(sigmoid(z))
	switch {
	case out.Score >= c.opts.AcceptThreshold:
		out.Verdict = cit.VerdictAccept
	case out.Score >= c.opts.ReviewThreshold:
		out.Verdict = cit.VerdictReview
	default:
		out.Verdict = cit.VerdictReject
	}
	out.IsHealthCyberattack = out.Verdict == cit.VerdictAccept

	c.attackType(d, cand, act, actFound, &out, reason)
	c.sector(d, cand, &out, reason)
	c.country(d, cand, !d.foreign, &out, reason)
	c.victim(d, cand, !d.foreign, &out, reason)
	c.impact(d, cand, &out, reason)
	return out
}

// readText is the text the classifier reads, in training as in use: a
// page's markup, as an outside tool may publish it, reduced to text (the
// collectors publish text, and the patterns read sentences; round 56), and
// its photos' captions dropped (round 58).
func readText(s string) string {
	if htmltext.Markup(s) {
		s = htmltext.ToText(s)
	}
	return withoutMoreArticles(htmltext.DropCaptions(s))
}

// withoutMoreArticles cuts a page's list of other articles that follows
// the story ("More articles on health IT: Hackers target newswire services
// …"): their headlines tell of other attacks (round 63).
func withoutMoreArticles(s string) string {
	i := strings.Index(s, "More articles on ")
	if i < 200 {
		return s
	}
	if colon := strings.IndexByte(s[i:min(len(s), i+60)], ':'); colon < 0 {
		return s
	}
	return strings.TrimRight(s[:i], " \n")
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// conceptReasons records the first lexicon hit of each kind as evidence.
func (c *Classifier) conceptReasons(d *doc, out *cit.Classification) {
	names := map[kind]string{kHealthOrg: "health_organisation", kHealthData: "health_data", kCyber: "cyberattack",
		kLoss: "non_cyber_breach", kBio: "biological", kVuln: "vulnerability_news"}
	seen := map[kind]bool{}
	for _, part := range d.parts() {
		for _, h := range part.hits {
			k := h.Value.kind
			name, ok := names[k]
			if !ok || seen[k] {
				continue
			}
			seen[k] = true
			out.Reasons = append(out.Reasons, cit.Reason{Field: "is_health_cyberattack", Value: name,
				Rule: "lexicon:" + name, Span: part.src[part.toks[h.First].Start:part.toks[h.Last].End]})
		}
	}
}

// fieldAdjust applies the structured hints of breach portals: a breach type
// that says hacking raises the log-odds, one that names only theft, loss or
// disposal lowers them; a covered-entity type confirms the health side.
func (c *Classifier) fieldAdjust(cand cit.Candidate, z float64, reason func(field, value, rule, span string, w float64)) float64 {
	if bt := strings.ToLower(cand.Fields[cit.FieldBreachType]); bt != "" {
		switch {
		case strings.Contains(bt, "hack") || strings.Contains(bt, "ransom") || strings.Contains(bt, "malware"):
			z += 3
			reason("is_health_cyberattack", "hacking", "field:breach_type", cand.Fields[cit.FieldBreachType], 3)
		case strings.Contains(bt, "theft") || strings.Contains(bt, "loss") || strings.Contains(bt, "disposal"):
			z -= 3
			reason("is_health_cyberattack", "non_cyber", "field:breach_type", cand.Fields[cit.FieldBreachType], -3)
		}
	}
	if et := cand.Fields[cit.FieldEntityType]; et != "" && entitySector(et) != "" {
		z += 0.5
		reason("is_health_cyberattack", "health_entity", "field:entity_type", et, 0.5)
	}
	return z
}

// entitySector maps a source's entity type (HHS covered-entity types and
// free text) to a sector.
func entitySector(s string) string {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, "health plan") || strings.Contains(s, "insur"):
		return cit.SectorHealthInsurance
	case strings.Contains(s, "business associate") || strings.Contains(s, "clearinghouse"):
		return cit.SectorHealthIT
	case strings.Contains(s, "pharma"):
		return cit.SectorPharma
	case strings.Contains(s, "lab"):
		return cit.SectorLaboratory
	case strings.Contains(s, "provider") || strings.Contains(s, "hospital") || strings.Contains(s, "clinic"):
		return cit.SectorCareProvider
	case strings.Contains(s, "health") || strings.Contains(s, "medical"):
		return cit.SectorOtherHealth
	}
	return ""
}

// accessOnly reports whether an attack phrase says only that someone got
// in without leave ("unauthorized access", "an unauthorized third party",
// "accessed"), not how or what it took.
func accessOnly(span string) bool {
	s := strings.ToLower(span)
	return strings.HasPrefix(s, "unauthori") || strings.HasPrefix(s, "access") ||
		s == "log" || strings.HasPrefix(s, "logged") || strings.HasPrefix(s, "log in") // not "logiciel malveillant"
}

// attackRank orders attack types when several are named, as the taxonomy's
// "one primary type" reads them: ransomware, then denial of service, then
// theft or exposure of data, then account compromise, then other malware.
func attackRank(t string) int {
	switch t {
	case cit.AttackRansomware:
		return 5
	case cit.AttackDDoS:
		return 4
	case cit.AttackDataBreach:
		return 3
	case cit.AttackAccountCompromise:
		return 2
	case cit.AttackMalware:
		return 1
	}
	return 0
}

// dataWord reports whether a folded token speaks of data being taken or
// exposed, in the seven languages.
func dataWord(s string) bool {
	switch s {
	case "data", "information", "records", "files", "documents", "emails", "stole", "stolen", "steal", "stealing",
		"exposed", "exposing", "accessed", "exfiltrated", "donnees", "fichiers", "daten", "datos", "dati", "dados",
		"gegevens", "vole", "volees", "gestohlen", "robados", "rubati", "roubados", "gestolen",
		// espionage: spying takes data ("the NSA spied on", "wiretapped the phones")
		"spied", "spying", "spy", "spies", "wiretapped", "wiretapping", "eavesdropped", "eavesdropping", "surveillance",
		"espionnage", "spionage", "espionaje", "spionaggio":
		return true
	}
	return false
}

// firstWord returns, as written, the first word of title then body whose
// folded form satisfies is.
func (d *doc) firstWord(is func(string) bool) (string, bool) {
	for _, part := range d.parts() {
		if w, ok := part.firstWord(is); ok {
			return w, true
		}
	}
	return "", false
}

// leadClause is the part up to its first semicolon: a title's incident
// before what came of it ("… leaked data of Vastaamo; perpetrator
// convicted in 2024").
func (p part) leadClause() part {
	end := strings.IndexByte(p.src, ';')
	for _, t := range p.toks {
		if t.Norm == "after" || t.Norm == "following" || t.Norm == "retaliation" {
			// "… DDoS attacks against Spanish websites after arrests of members"
			if end < 0 || t.Start < end {
				end = t.Start
			}
			break
		}
	}
	if end < 0 {
		return p
	}
	q := p
	q.toks = nil
	for _, t := range p.toks {
		if t.Start >= end {
			break
		}
		q.toks = append(q.toks, t)
	}
	return q
}

// firstWord returns, as written, the first word of p whose folded form
// satisfies is.
func (p part) firstWord(is func(string) bool) (string, bool) {
	for _, t := range p.toks {
		if is(t.Norm) {
			return p.src[t.Start:t.End], true
		}
	}
	return "", false
}

// espionageWord marks a state's or an APT's intrusion: espionage, whose
// aim is data.
func espionageWord(s string) bool {
	switch s {
	case "apt", "cyberspies", "cyberspy", "spies", "spy", "intelligence", "sponsored", "nation", "espionage", "cyberespionage",
		// intelligence services: "The NSA hacked the Russian airline Aeroflot"
		"nsa", "gchq", "bnd", "fsb", "gru", "svr", "mss", "cia", "mossad", "dgse":
		return true
	}
	return false
}

// theftWord reports whether a folded token says that data was taken, not
// only touched: stolen, exfiltrated, spied on.
func theftWord(s string) bool {
	switch s {
	case "stole", "stolen", "steal", "steals", "stealing", "spyware", "surveillanceware", "spies", "spy", "exfiltrated", "exfiltrate", "exfiltrating", "exfiltration",
		"spied", "spying", "espionage", "cyberespionage", "wiretapped", "eavesdropping", "vole", "volees", "voles",
		"gestohlen", "robados", "robadas", "rubati", "roubados", "gestolen", "espionnage", "spionage", "espionaje", "spionaggio":
		return true
	}
	return false
}

// ransomDDoS reports whether a report's ransomware evidence is only a
// ransom, beside a DDoS: the span of the DDoS word.
func ransomDDoS(d *doc) (string, bool) {
	span := ""
	for _, part := range d.parts() {
		for _, h := range part.hits {
			if h.Value.kind != kCyber || h.Value.denied {
				continue
			}
			switch h.Value.attack {
			case cit.AttackDDoS:
				if span == "" {
					span = part.src[part.toks[h.First].Start:part.toks[h.Last].End]
				}
			case cit.AttackRansomware:
				switch part.toks[h.First].Norm {
				case "ransom", "ransoms", "rancon", "rescate", "riscatto", "resgate", "losegeld", "losegeldforderung":
				default:
					return "", false // "ransomware", "encrypted files": something was encrypted
				}
			}
		}
	}
	return span, span != ""
}

func (c *Classifier) attackType(d *doc, cand cit.Candidate, act actor, actFound bool, out *cit.Classification,
	reason func(field, value, rule, span string, w float64)) {
	best, span, anyCyber, bestWeak, bestAccess := "", "", false, false, false
	strong := actFound
	for _, part := range d.parts() {
		for _, h := range part.hits {
			strong = strong || (h.Value.kind == kCyber && !h.Value.weak)
		}
	}
	for _, part := range d.parts() {
		for _, h := range part.hits {
			if h.Value.kind != kCyber {
				continue
			}
			anyCyber = true
			if h.Value.denied {
				continue // "No ransom was demanded": no type of its own
			}
			if h.Value.weak && h.Value.attack == cit.AttackRansomware && !strong {
				continue // "the CE encrypted its laptops": no attacker encrypted anything
			}
			hs := part.src[part.toks[h.First].Start:part.toks[h.Last].End]
			// Unauthorised access says who got in, not how: "an unauthorized
			// third party" accessed the account "after the employee
			// responded to a phishing email" is the phishing's. Words of
			// access alone yield to a means named besides, weak or strong;
			// theft words keep their rank (EuRepoC's rule puts data theft
			// before phishing).
			outranks := attackRank(h.Value.attack) > attackRank(best)
			access := accessOnly(hs)
			switch {
			case best != "" && bestAccess && !access:
				outranks = true
			case best != "" && access && (!bestAccess || (!bestWeak && h.Value.weak)):
				outranks = false
			}
			if outranks {
				best, span = h.Value.attack, hs
				bestWeak, bestAccess = h.Value.weak, access
			} else if h.Value.attack == best && !h.Value.weak {
				bestWeak = false
				bestAccess = bestAccess && access
			}
		}
	}
	if best != cit.AttackDDoS && best != "" {
		// A DDoS in the title is the report's attack; a ransomware attack
		// in its body is the organisation's earlier one ("Zagreb hospital
		// websites down in hacktivist DDoS campaign … It was hit by a
		// LockBit ransomware attack in June 2024").
		ddos, other := "", false // the title's DDoS, and any other attack type it names
		for _, h := range d.titleHits {
			if h.Value.kind != kCyber || h.Value.weak || h.Value.denied {
				continue
			}
			if h.Value.attack == cit.AttackDDoS {
				ddos = d.title[d.titleToks[h.First].Start:d.titleToks[h.Last].End]
			} else if h.Value.attack != "" && h.Value.attack != cit.AttackDataBreach {
				other = true // "Hospital hit by ransomware during DDoS wave"
			}
		}
		if ddos != "" && !other {
			best, span = cit.AttackDDoS, ddos
		}
	}
	if bt := strings.ToLower(cand.Fields[cit.FieldBreachType]); bt != "" && best == "" {
		switch {
		case strings.Contains(bt, "ransom"):
			best, span = cit.AttackRansomware, cand.Fields[cit.FieldBreachType]
		case strings.Contains(bt, "hack"):
			best, span = cit.AttackDataBreach, cand.Fields[cit.FieldBreachType]
		}
	}
	if best == cit.AttackRansomware && !(actFound && act.ransom) {
		// A ransom asked to stop a DDoS ("Anonymous Sudan demanded $3
		// million to stop its DDoS attacks") is a DDoS: nothing was
		// encrypted.
		if w, ok := ransomDDoS(d); ok {
			out.AttackType = cit.AttackDDoS
			reason("attack_type", cit.AttackDDoS, "ransom_to_stop_ddos", w, 0)
			return
		}
	}
	if best == cit.AttackMalware && !(actFound && act.ransom) {
		// Malware is the means; when the report says data was taken, the
		// outcome is the type ("spyware that exfiltrated patient files").
		if w, ok := d.firstWord(theftWord); ok {
			out.AttackType = cit.AttackDataBreach
			reason("attack_type", cit.AttackDataBreach, "malware_that_took_data", w, 0)
			return
		}
		// A state's or an APT's implant is espionage, unless it was made
		// to destroy ("wiper", "sabotage").
		if _, destructive := d.firstWord(destructiveWord); !destructive {
			if w, ok := c.espionage(d, act, actFound); ok {
				out.AttackType = cit.AttackDataBreach
				reason("attack_type", cit.AttackDataBreach, "espionage_by_state_actor", w, 0)
				return
			}
		}
	}
	if best == cit.AttackAccountCompromise && bestWeak {
		// "steals 1,400 email addresses and passwords": credentials taken,
		// no account said to be taken over.
		if w, ok := d.firstWord(theftWord); ok {
			out.AttackType = cit.AttackDataBreach
			reason("attack_type", cit.AttackDataBreach, "credentials_stolen", w, 0)
			return
		}
	}
	if best == cit.AttackAccountCompromise {
		// A state's spear-phishing is the way in; what it is after is the
		// data ("Chinese cyberspies targeted pipeline companies with
		// e-mails crafted to deceive key personnel").
		if w, ok := c.espionage(d, act, actFound); ok {
			out.AttackType = cit.AttackDataBreach
			reason("attack_type", cit.AttackDataBreach, "espionage_by_state_actor", w, 0)
			return
		}
	}
	switch {
	case best != "":
		out.AttackType = best
		reason("attack_type", best, "lexicon:attack_type", span, 0)
	case actFound && act.ransom:
		out.AttackType = cit.AttackRansomware
		reason("attack_type", cit.AttackRansomware, "threat_actor:ransomware_group", act.name, 0)
	case anyCyber || actFound || out.IsHealthCyberattack:
		if w, ok := d.firstWord(dataWord); ok {
			out.AttackType = cit.AttackDataBreach
			reason("attack_type", cit.AttackDataBreach, "cyberattack_with_data_word", w, 0)
			return
		}
		// A state-linked intrusion is espionage, and espionage takes data
		// ("APT29 compromised the systems of research facilities").
		// EuRepoC types even a state's disruptions as data theft, so a
		// disruption word does not stop this.
		if w, ok := c.espionage(d, act, actFound); ok {
			out.AttackType = cit.AttackDataBreach
			reason("attack_type", cit.AttackDataBreach, "espionage_by_state_actor", w, 0)
			return
		}
		// An intrusion that disrupted nothing is told for what it exposed:
		// "Hackers have got into the identity register", "computer
		// break-ins at offices dealing with Asia".
		if w, ok := d.firstWord(intrusionWord); ok {
			if _, disrupted := d.firstWord(disruptionWord); !disrupted {
				out.AttackType = cit.AttackDataBreach
				reason("attack_type", cit.AttackDataBreach, "intrusion_without_disruption", w, 0)
				return
			}
		}
		out.AttackType = cit.AttackUnknown
		reason("attack_type", cit.AttackUnknown, "no_specific_attack_word", "", 0)
	default:
		// Espionage told without a cyberattack's words: "The NSA spied on
		// the webcams of Yahoo users", "Chinese spies obtained emails
		// from the ministry's servers".
		if v, ok := d.firstWord(spyVerb); ok {
			if _, ok := d.firstWord(func(s string) bool { return espionageWord(s) && s != "spy" && s != "spies" }); ok {
				out.AttackType = cit.AttackDataBreach
				reason("attack_type", cit.AttackDataBreach, "espionage_by_state_actor", v, 0)
				return
			}
		}
		// "The British GCHQ and the American NSA stole certificates",
		// "Chinese spies steal top-secret files from the Defence Ministry".
		if v, ok := d.firstWord(func(s string) bool { return theftWord(s) && !espionageWord(s) }); ok {
			if _, ok := d.firstWord(espionageWord); ok {
				out.AttackType = cit.AttackDataBreach
				reason("attack_type", cit.AttackDataBreach, "espionage_by_state_actor", v, 0)
				return
			}
		}
		// A campaign told without an attack word ("Blackgear … mainly
		// targeting entities in Taiwan", "Numbered Panda spied on east
		// Asian governments"): a campaign against targets is after their
		// data, as EuRepoC and CASIE type it. Only the type: the decision
		// is the model's and the rules'.
		if v, ok := d.firstWord(campaignVerb); ok {
			if _, ok := d.firstWord(campaignWord); ok {
				out.AttackType = cit.AttackDataBreach
				reason("attack_type", cit.AttackDataBreach, "campaign_against_targets", v, 0)
			}
		}
	}
}

// espionage reports whether a report tells a state's or an APT's intrusion:
// a known group that is no ransomware gang, an espionage word ("APT",
// "state-sponsored", "NSA"), or a country named as the attacker ("hacked
// by China", "Chinese hackers"). w is the evidence.
func (c *Classifier) espionage(d *doc, act actor, actFound bool) (w string, ok bool) {
	if _, protest := d.firstWord(protestWord); protest {
		return "", false // hacktivists deface and leak to be seen, not to spy
	}
	if actFound && !act.ransom {
		return act.name, true
	}
	if w, ok := d.firstWord(espionageWord); ok {
		return w, true
	}
	pm := c.placesOf(d)
	attackers := pm.titleAttackers
	if len(attackers) == 0 {
		attackers = pm.bodyAttackers
	}
	if len(attackers) > 0 {
		return attackers[0].Span, true
	}
	return "", false
}

// protestWord says an attack was made to be seen: hacktivism, defacement.
func protestWord(s string) bool {
	switch s {
	case "hacktivist", "hacktivists", "hacktivism", "defaced", "defacement", "defacements", "defacing", "deface":
		return true
	}
	return false
}

// destructiveWord says malware was made to destroy or disrupt, not to spy.
func destructiveWord(s string) bool {
	switch s {
	case "wiper", "wipers", "wiped", "wiping", "destroy", "destroyed", "destructive", "sabotage", "sabotaged", "disrupt",
		"disrupted", "disruption", "disruptive", "bricked", "overwrite", "overwrote", "erased", "erase":
		return true
	}
	return false
}

// campaignVerb says that someone went after targets: "targeting entities",
// "spied on governments", "breaks into the council's server".
func campaignVerb(s string) bool {
	switch s {
	case "targeting", "targeted", "targets", "attacked", "attackes", "spied", "surveillance", "breaks", "broke",
		"hijacking", "infected", "infect", "accessed", "monitor":
		return true
	}
	return false
}

// campaignWord names who runs a campaign, or the campaign: a group, an
// operation, a state, an agency.
func campaignWord(s string) bool {
	switch s {
	case "group", "groups", "campaign", "operation", "actor", "threatactor", "government", "state", "sponsored", "nsa",
		"gchq", "apt", "hacker", "hackers", "targets", "governmental", "agencies":
		return true
	}
	return false
}

// intrusionWord says that someone got into a system, not what they did there.
func intrusionWord(s string) bool {
	switch s {
	case "hack", "hacked", "hacks", "hacking", "hacker", "hackers", "intrusion", "intrusions", "infiltrated",
		"infiltration", "compromised", "breached", "breach", "ins", "intercepted", "intercept", "piratage", "pirate",
		"gehackt", "hackeo", "hackeado", "violazione", "invasao", "inbraak":
		return true
	}
	return false
}

// disruptionWord says that an attack broke, defaced or took down what it
// hit: its kind is not told by the data it exposed.
func disruptionWord(s string) bool {
	switch s {
	case "deface", "defaced", "defacement", "defacements", "defacing", "outage", "outages", "offline", "down", "power",
		"cuts", "cutting",
		"shutdown", "disabled", "paralysed", "paralyzed", "encrypted", "crashed", "blackout", "cyberwar", "redirected",
		"hijacked", "hijacking", "protest", "message", "messages", "slogans", "propaganda":
		return true
	}
	return destructiveWord(s)
}

// spyVerb says that someone watched or read what was not theirs.
func spyVerb(s string) bool {
	switch s {
	case "spied", "spying", "wiretapped", "wiretapping", "surveillance", "intercepted", "eavesdropped":
		return true
	}
	return false
}

func (c *Classifier) sector(d *doc, cand cit.Candidate, out *cit.Classification, reason func(field, value, rule, span string, w float64)) {
	for _, key := range []string{cit.FieldSector, cit.FieldEntityType} {
		if v := cand.Fields[key]; v != "" {
			if s := entitySector(v); s != "" {
				out.Sector = s
				reason("sector", s, "field:"+key, v, 0)
				return
			}
		}
	}
	// A regulator ("HHS OCR announces settlement with Banner Health") gives
	// the sector only when no other organisation does.
	regulatorSector, regulatorSpan := "", ""
	for _, part := range d.parts() {
		for _, h := range part.hits {
			if h.Value.kind != kHealthOrg {
				continue
			}
			if authority(part.toks[h.First : h.Last+1]) {
				if regulatorSector == "" {
					regulatorSector, regulatorSpan = h.Value.sector, part.src[part.toks[h.First].Start:part.toks[h.Last].End]
				}
				continue
			}
			out.Sector = h.Value.sector
			reason("sector", h.Value.sector, "lexicon:sector", part.src[part.toks[h.First].Start:part.toks[h.Last].End], 0)
			return
		}
	}
	for _, part := range d.parts() {
		if h, ok := part.known, part.hasKnown; ok && !authority(part.toks[h.First:h.Last+1]) {
			out.Sector = h.Value.sector
			reason("sector", h.Value.sector, "known_organisation", part.src[part.toks[h.First].Start:part.toks[h.Last].End], 0)
			return
		}
	}
	if regulatorSector != "" {
		out.Sector = regulatorSector
		reason("sector", regulatorSector, "lexicon:sector", regulatorSpan, 0)
		return
	}
	if out.IsHealthCyberattack {
		out.Sector = cit.SectorOtherHealth
		reason("sector", cit.SectorOtherHealth, "accepted_without_sector_word", "", 0)
	}
}

// outsideActors drops the place mentions that are part of a threat actor's
// name ("Anonymous Sudan" attacking Israeli hospitals says nothing of Sudan).
func (c *Classifier) outsideActors(ms []geo.Mention, toks []text.Token) []geo.Mention {
	hits := c.actorHits(toks)
	if len(hits) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, h := range hits {
			if m.First <= h.Last && h.First <= m.Last {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// hipaaTerm reports whether a mention is one of HIPAA's own terms, which
// only reports of US covered entities use.
func hipaaTerm(m geo.Mention) bool {
	switch strings.ToLower(m.Span) {
	case "covered entity", "covered entities", "protected health information", "ephi", "hipaa", "hitech", "phi":
		return m.Kind == geo.KindInstitution // "PHI" in capitals only (geo's Find)
	}
	return false
}

// businessAssociate reports whether the tokens speak of a "business
// associate" that serves providers, HIPAA's term for a vendor that holds
// their patients' data: "a business associate providing billing and EMR
// services to many physicians" (round 44).
func businessAssociate(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Norm == "business" && (toks[i+1].Norm == "associate" || toks[i+1].Norm == "associates") && !toks[i+1].Break {
			return true
		}
	}
	return false
}

// hipaaTowns reads a place that opens an organisation's name ("Athens
// Orthopedic Clinic", "Lebanon Family Health Services") as a US town when
// the report speaks HIPAA's terms (hipaa): only US covered entities file in
// them, and American towns bear the names of places abroad.
func hipaaTowns(ms []geo.Mention, toks []text.Token, hipaa bool) []geo.Mention {
	if !hipaa {
		return ms
	}
	for i, m := range ms {
		if namePlace(m, toks) || nameEndPlace(m, toks) {
			ms[i].Code, ms[i].Kind = "US", geo.KindUSTown
		}
	}
	return ms
}

// severalCountries reports whether the title names two countries joined
// as one target ("in Japan and Germany", "Australia and New Zealand"), the
// attackers' aside: the span that names them.
func severalCountries(ms []geo.Mention, src string, toks []text.Token) (string, bool) {
	for _, a := range ms {
		if a.Kind != geo.KindCountry {
			continue
		}
		for _, b := range ms {
			if b.Kind != geo.KindCountry || b.Code == a.Code || b.First != a.Last+2 {
				continue
			}
			switch toks[a.Last+1].Norm {
			case "and", "und", "et", "y", "e", "en", "or":
				return src[toks[a.First].Start:toks[b.Last].End], true
			}
		}
	}
	return "", false
}

// targetPlaces marks the title's places that an attack is said to hit:
// "Indian Revenge: Ransomware against Pakistani Airports", "Cyberattack on
// Costa Rica". In a title that names both sides, the target's country is
// the victim's.
func targetPlaces(ms []geo.Mention, toks []text.Token) []geo.Mention {
	for i, m := range ms {
		if m.Kind == geo.KindInstitution || (m.Kind != geo.KindDemonym && namePlace(m, toks)) {
			continue // "attack on London Drugs", "Rhysida vs. HSE Slovenia": a name, not a place
		}
		k := m.First - 1
		if k >= 0 && (toks[k].Norm == "the" || toks[k].Norm == "la" || toks[k].Norm == "le" || toks[k].Norm == "die") {
			k--
		}
		if k < 0 || toks[k+1].Break {
			continue
		}
		switch toks[k].Norm {
		case "against", "on", "targeting", "targets", "target", "targeted", "hits", "hit", "attacks", "attacked",
			"contre", "gegen", "contra", "contro", "tegen", "vs", "versus":
			ms[i].Target = true
		}
	}
	return ms
}

// topicPlaces drops the places a protest or a campaign is about, after
// "over": "Anonymous claims leak of Nestlé data over Russia business",
// "… Website Data Over Hong Kong Protests". Taking over a place's systems
// ("hackers took over Irish hospital systems") is not a topic.
func topicPlaces(ms []geo.Mention, toks []text.Token) []geo.Mention {
	return slices.DeleteFunc(ms, func(m geo.Mention) bool {
		k := m.First - 1
		if k < 1 || toks[k].Norm != "over" || toks[m.First].Break {
			return false
		}
		switch toks[k-1].Norm {
		case "take", "takes", "took", "taken", "taking", "handed", "hand", "hands", "all", "across", "spread", "from":
			return false
		}
		return m.Kind == geo.KindCountry || m.Kind == geo.KindRegion || m.Kind == geo.KindDemonym || m.Kind == geo.KindCity
	})
}

// attackersSide drops the mentions of a country that the text elsewhere
// names outright as the attacker's ("Iranian ransomware group Pay2Key … Israeli
// defence corporation" under the title "Israel vs. Iran"; "Russian
// disinformation … Russian hacking group attacked two Polish government
// websites") when another country is left to be the victim's.
func attackersSide(ms []geo.Mention, pm *placeMentions) []geo.Mention {
	attacker := map[string]bool{}
	for _, m := range slices.Concat(pm.titleAttackers, pm.bodyAttackers) {
		if m.Avowed {
			attacker[m.Code] = true
		}
	}
	if !slices.ContainsFunc(ms, func(m geo.Mention) bool { return !attacker[m.Code] }) {
		return ms
	}
	return slices.DeleteFunc(ms, func(m geo.Mention) bool { return attacker[m.Code] })
}

// namePlace reports whether a mention of a place abroad opens an
// organisation's name: "Athens Orthopedic Clinic", "The Kent Center",
// "Indian River Eye Associates". In a registry record titled with its
// entity such a word says nothing of where the entity is.
func namePlace(m geo.Mention, toks []text.Token) bool {
	switch m.Kind {
	case geo.KindCity, geo.KindCountry, geo.KindRegion, geo.KindDemonym:
	default:
		return false
	}
	return opensName(m, toks)
}

// inKnownName reports whether a city's or a region's mention lies inside
// the known organisation's name the part holds.
func inKnownName(m geo.Mention, known text.Hit[term], has bool) bool {
	return has && (m.Kind == geo.KindCity || m.Kind == geo.KindRegion) && known.First <= m.First && m.Last <= known.Last
}

// opensName reports whether a mention of a place abroad is followed,
// without a break, by a capitalised word: the place opens a name.
func opensName(m geo.Mention, toks []text.Token) bool {
	return m.Code != "US" && m.Last+1 < len(toks) && toks[m.Last+1].Upper && !toks[m.Last+1].Break
}

// personsName reports whether a place's one word is a person's first
// name: after a function or a title, before a capitalised surname ("CEO
// Kent Mattson said", "Dr. Florence Lee"), or before a surname and a
// comma's function ("Kent Mattson, CEO").
func personsName(m geo.Mention, toks []text.Token) bool {
	f := m.First
	if f != m.Last || f+1 >= len(toks) || !toks[f+1].Upper || toks[f+1].Break {
		return false
	}
	if f+2 < len(toks) && toks[f+2].Comma && roleWord(toks[f+2].Norm) {
		return true // "according to Kent Mattson, CEO"
	}
	return f > 0 && (roleWord(toks[f-1].Norm) || honorific(toks[f-1].Norm))
}

// placedNames adds to named the cities that open a capitalised name
// placed "in" another country right after it ("Miami Family Medical Centre
// in Australia") or based in another country right before it
// ("California-based Gold Coast Health Plan").
func placedNames(ms []geo.Mention, toks []text.Token, named map[string]bool) map[string]bool {
	for _, m := range ms {
		if m.Kind != geo.KindCity {
			continue
		}
		k := m.Last + 1
		for k < len(toks) && toks[k].Upper && !toks[k].Break {
			k++
		}
		if k == m.Last+1 {
			continue // no capitalised name opens with the city
		}
		abroad := func(at func(c geo.Mention) bool) bool {
			return slices.ContainsFunc(ms, func(c geo.Mention) bool { return c.Code != m.Code && at(c) })
		}
		placed := k+1 < len(toks) && toks[k].Norm == "in" && !toks[k].Break && !toks[k+1].Break &&
			abroad(func(c geo.Mention) bool { return c.First == k+1 && c.Kind == geo.KindCountry })
		// "California-based Gold Coast Health Plan" (round 58)
		based := m.First >= 2 && toks[m.First-1].Norm == "based" && !toks[m.First].Break &&
			abroad(func(c geo.Mention) bool { return c.Last == m.First-2 })
		if !placed && !based {
			continue
		}
		if named == nil {
			named = map[string]bool{}
		}
		named[m.Span] = true
	}
	return named
}

// nameEndPlace reports whether a mention of a place abroad ends an
// organisation's name after its "of": "Urgent Care Clinic of Oxford", in
// Mississippi (round 44).
func nameEndPlace(m geo.Mention, toks []text.Token) bool {
	switch m.Kind {
	case geo.KindCity, geo.KindRegion:
	default:
		return false
	}
	f := m.First
	return m.Code != "US" && f >= 2 && f < len(toks) && toks[f-1].Norm == "of" && !toks[f].Break && !toks[f-1].Break &&
		toks[f-2].Upper
}

func (c *Classifier) country(d *doc, cand cit.Candidate, english bool, out *cit.Classification, reason func(field, value, rule, span string, w float64)) {
	set := func(code, rule, span string) {
		out.Country = &code
		reason("country", code, rule, span, 0)
	}
	if v, ok := geo.Valid(cand.Fields[cit.FieldCountry]); ok {
		set(v, "field:country", cand.Fields[cit.FieldCountry])
		return
	}
	pm := c.placesOf(d) // outsideActors filters in place: it gets copies
	hipaa := slices.ContainsFunc(pm.title, hipaaTerm) || slices.ContainsFunc(pm.body, hipaaTerm) || businessAssociate(d.bodyToks)
	ms := targetPlaces(topicPlaces(hipaaTowns(c.outsideActors(slices.Clone(pm.title), d.titleToks), d.titleToks, hipaa), d.titleToks), d.titleToks)
	if span, ok := severalCountries(ms, d.title, d.titleToks); ok {
		// "… against hospitals in Lithuania and Latvia": a campaign in
		// several countries has no one country (EuRepoC's null)
		reason("country", "", "text:several_countries", span, 0)
		return
	}
	body := topicPlaces(hipaaTowns(c.outsideActors(slices.Clone(pm.body), d.bodyToks), d.bodyToks, hipaa), d.bodyToks)
	ms = slices.DeleteFunc(ms, func(m geo.Mention) bool { return personsName(m, d.titleToks) })
	body = slices.DeleteFunc(body, func(m geo.Mention) bool { return personsName(m, d.bodyToks) })
	if named := placedNames(ms, d.titleToks, placedNames(body, d.bodyToks, nil)); len(named) > 0 {
		// "the Miami Family Medical Centre in Australia": the city opens
		// the name of an organisation placed in another country
		drop := func(m geo.Mention) bool { return m.Kind == geo.KindCity && named[m.Span] }
		ms, body = slices.DeleteFunc(ms, drop), slices.DeleteFunc(body, drop)
	}
	if titleIsName(d.title, d.titleToks, d.titleHits) {
		named := map[string]bool{} // "athens orthopedic": the entity's name, wherever it is repeated
		for _, m := range ms {
			if namePlace(m, d.titleToks) {
				named[m.Span+" "+d.titleToks[m.Last+1].Norm] = true
			}
		}
		ms = slices.DeleteFunc(ms, func(m geo.Mention) bool { return namePlace(m, d.titleToks) })
		if slices.ContainsFunc(body, func(m geo.Mention) bool {
			return m.Code == "US" && (m.Kind == geo.KindInstitution || m.Kind == geo.KindRegion || m.Kind == geo.KindStateCode)
		}) {
			// "Athens Orthopedic Clinic's systems … Social Security numbers",
			// "Prague Regional Memorial Hospital in Oklahoma": the name
			// repeated in a text that places the entity in the US
			body = slices.DeleteFunc(body, func(m geo.Mention) bool {
				return namePlace(m, d.bodyToks) && named[m.Span+" "+d.bodyToks[m.Last+1].Norm]
			})
		}
	}
	if victim := strings.ToLower(strings.TrimSpace(cand.Fields[cit.FieldVictim])); victim != "" {
		// a leak post's or a collector's victim whose name opens with a
		// place abroad ("Leon Medical Centers"): the name, not a place
		inName := func(m geo.Mention, toks []text.Token, src string) bool {
			return namePlace(m, toks) && strings.Contains(victim, strings.ToLower(m.Span+" "+src[toks[m.Last+1].Start:toks[m.Last+1].End]))
		}
		ms = slices.DeleteFunc(ms, func(m geo.Mention) bool { return inName(m, d.titleToks, d.title) })
		body = slices.DeleteFunc(body, func(m geo.Mention) bool { return inName(m, d.bodyToks, d.body) })
	}
	// a place inside a known organisation's name gives way to a place
	// named apart: "London Drugs" shut "stores in western Canada"; "Boston
	// Scientific" alone stays in Boston (round 69)
	if d.titleHasKnown || d.bodyHasKnown {
		outTitle := slices.DeleteFunc(slices.Clone(ms), func(m geo.Mention) bool { return inKnownName(m, d.titleKnown, d.titleHasKnown) })
		outBody := slices.DeleteFunc(slices.Clone(body), func(m geo.Mention) bool { return inKnownName(m, d.bodyKnown, d.bodyHasKnown) })
		if len(outTitle)+len(outBody) > 0 {
			ms, body = outTitle, outBody
		}
	}
	ms = attackersSide(append(ms, body...), pm)
	ms = geo.Reconcile(ms)
	if m, ok := geo.Best(ms); ok {
		if k := d.titleKnown.Value.country; m.Kind == geo.KindDemonym && d.titleHasKnown && k != "" && k != m.Code {
			// a people's adjective is the attackers' more often than the
			// victim's the title names, a known organisation of one
			// country: "Change Healthcare Receives Threat from Second
			// Ransomware Group" over "Russian-speaking" (round 69)
			set(k, "text:known_organisation", d.title[d.titleToks[d.titleKnown.First].Start:d.titleToks[d.titleKnown.Last].End])
			return
		}
		set(m.Code, "text:"+m.Kind, m.Span)
		return
	}
	for _, part := range d.parts() {
		// a known organisation that works in one country: "Change Healthcare"
		if h, ok := part.known, part.hasKnown; ok && h.Value.country != "" {
			set(h.Value.country, "text:known_organisation", part.src[part.toks[h.First].Start:part.toks[h.Last].End])
			return
		}
	}
	if h, ok := firstCompany(c.companies, d.titleToks); ok {
		// a well-known company the title names: "Okta breach", "Hackers hit Optus"
		set(h.Value, "text:known_company", d.title[d.titleToks[h.First].Start:d.titleToks[h.Last].End])
		return
	}
	for _, src := range []string{d.title, d.body} {
		if code, span, ok := geo.Currency(src); ok {
			set(code, "text:currency", span) // "$75,000 worth of checks"
			return
		}
	}
	if v, ok := geo.Valid(cand.SourceCountry); ok {
		set(v, "source_country", cand.SourceCountry)
		return
	}
	if r := cand.Fields[cit.FieldRegion]; r != "" && len(r) == 2 {
		// a two-letter region from a US breach portal (HHS "State")
		set("US", "field:region", r)
		return
	}
	if victim := strings.TrimSpace(cand.Fields[cit.FieldVictim]); victim != "" && !strings.ContainsAny(victim, " /") && strings.Contains(victim, ".") {
		// a leak site names its victim by domain: hospitalsanjose.es
		if v, ok := geo.FromURL("https://" + victim); ok {
			set(v, "field:victim_domain", victim)
			return
		}
	}
	if v, ok := geo.FromURL(cand.URL); ok {
		u, _ := url.Parse(cand.URL)
		set(v, "url:cctld", u.Hostname())
		return
	}
	if code, ok := geo.ScriptCountry(d.title + "\n" + d.body); ok {
		// a report written in Japanese or Korean that names no place:
		// these languages' press tells of its own country's organisations
		// (round 65: "協会けんぽのパソコンもウイルス感染の疑い")
		set(code, "text:written_in_its_language", code)
		return
	}
	for i, ts := range c.townsOf(d) {
		// a town where only a place fits: "Ocala Police Department", "in
		// Smithtown", "à Morlaix"; weak, since most town names are
		// people's too
		toks := d.titleToks
		if i > 0 {
			toks = d.bodyToks
		}
		if len(ts) > 0 && hipaa && opensName(ts[0], toks) {
			// a town abroad opening a name where the report speaks
			// HIPAA's terms: "Marin Medical Practices Concepts … a business
			// associate" is Marin County's (round 44)
			set("US", "text:hipaa_town", ts[0].Span)
			return
		}
		if len(ts) > 0 {
			set(ts[0].Code, "text:"+geo.KindTown, ts[0].Span)
			return
		}
	}
	if english {
		for i, part := range d.parts() {
			// a US town opening a provider's name: "Tamaqua Valley
			// Hospital", "a Yakima Sleep Clinic"
			if ts := c.geo.ProviderTowns(part.toks, part.src, i == 0); len(ts) > 0 {
				set("US", "text:town_provider_name", ts[0].Span)
				return
			}
		}
		if code, span, ok := geo.GovDomain(d.body); ok {
			set(code, "text:government_domain", span) // "not to access www.moh.gov.my"
			return
		}
		// nothing placed the report: an English text that dates events month
		// first ("The December 28 theft …") is most likely American
		if span, ok := geo.AmericanDate(d.titleToks, d.title); ok {
			set("US", "text:american_date_order", span)
		} else if span, ok := geo.AmericanDate(d.bodyToks, d.body); ok {
			set("US", "text:american_date_order", span)
		}
	}
}

// minTitleCount is the smallest count of people a title states that
// outranks a larger count in the body: smaller numbers in titles are as
// often sizes, shares or accounts ("720 GB of medical records", "3 in 4
// healthcare workers", "12 Employee Email Accounts").
const minTitleCount = 1000

func (c *Classifier) impact(d *doc, cand cit.Candidate, out *cit.Classification, reason func(field, value, rule, span string, w float64)) {
	if v := strings.TrimSpace(cand.Fields[cit.FieldRecords]); v != "" {
		if n, err := strconv.ParseInt(strings.ReplaceAll(v, ",", ""), 10, 64); err == nil && n > 0 {
			out.RecordsAffected = &n
			reason("records_affected", v, "field:records_affected", v, 0)
		}
	}
	if out.RecordsAffected == nil {
		for pi, part := range d.parts() {
			var sent []int // the title: one sentence
			sentences := 1
			if pi > 0 {
				sent, sentences = d.bodySentences()
			}
			n, span, ok := recordsIn(part.toks, part.src, sent, sentences)
			if !ok || (out.RecordsAffected != nil && !preferCount(n, *out.RecordsAffected)) {
				continue
			}
			if pi > 0 && out.RecordsAffected != nil && *out.RecordsAffected >= minTitleCount && !nearCount(n, *out.RecordsAffected) {
				// the title's count is the incident's: a larger one in the
				// body is as often another incident's ("1.2 million
				// patients" over "HCA Healthcare reported that data on
				// roughly 11 million of its patients …", round 43)
				continue
			}
			out.RecordsAffected = &n
			reason("records_affected", strconv.FormatInt(n, 10), "text:count_of_people", span, 0)
		}
	}
	if out.RecordsAffected == nil && ideographic(cand.Lang, d.title) {
		for _, part := range d.parts() {
			if n, span, ok := cjkRecords(part.src); ok {
				out.RecordsAffected = &n
				reason("records_affected", strconv.FormatInt(n, 10), "text:count_of_people", span, 0)
				break
			}
		}
	}
	if v, ok := cit.ParseDate(cand.Fields[cit.FieldIncidentDate]); ok {
		out.IncidentDate = v.Format("2006-01-02")
		reason("incident_date", out.IncidentDate, "field:incident_date", cand.Fields[cit.FieldIncidentDate], 0)
	}
	for _, part := range d.parts() {
		inc, dis := classifyDates(part.toks, part.src, dates(part.toks))
		if out.IncidentDate == "" && inc.date != "" {
			out.IncidentDate = inc.date
			reason("incident_date", inc.date, "text:date_near_incident_word", part.src[inc.start:inc.end], 0)
		}
		if out.DisclosureDate == "" && dis.date != "" {
			out.DisclosureDate = dis.date
			reason("disclosure_date", dis.date, "text:date_near_disclosure_word", part.src[dis.start:dis.end], 0)
		}
	}
	for _, part := range d.parts() {
		for _, s := range careDisruption(c.disrupt, part.toks, part.src) {
			if !contains(out.CareDisruption, s.signal) {
				out.CareDisruption = append(out.CareDisruption, s.signal)
				reason("care_disruption", s.signal, "text:"+s.signal, s.span, 0)
			}
		}
		if out.DaysDisrupted == nil {
			if n, span, ok := daysDisrupted(part.toks, part.src); ok {
				out.DaysDisrupted = &n
				reason("days_disrupted", strconv.Itoa(n), "text:days_near_disruption_word", span, 0)
			}
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
