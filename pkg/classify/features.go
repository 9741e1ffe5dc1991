package classify

import (
	"math"
	"slices"
	"strings"

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
	d.titleHits = credentialSuffix(title, d.titleToks, c.termHits(d.titleToks))
	d.bodyHits = c.termHits(d.bodyToks)
	computing := inComputing(d.titleToks, d.titleHits) || inComputing(d.bodyToks, d.bodyHits)
	d.titleHits = physicalAttacks(d.titleToks, d.titleHits, computing)
	d.bodyHits = physicalAttacks(d.bodyToks, d.bodyHits, computing)
	if other := redefined(d); len(other) > 0 {
		d.titleHits = dropOrgs(d.titleToks, d.titleHits, other)
		d.bodyHits = dropOrgs(d.bodyToks, d.bodyHits, other)
	}
	return d
}

// termHits finds the lexicon terms of toks and reads them in context: a
// "virus" near a computer is malware, an outside party that accessed a
// system is an intrusion, so is a breached system, taking down websites is
// an attack, a negated loss word is weak, an editor's dated
// "UPDATE (…)" note is no software update.
func (c *Classifier) termHits(toks []text.Token) []text.Hit[term] {
	hits := computerVirus(toks, dropPlaces(c.terms.Find(toks)))
	hits = takedowns(toks, breachedSystems(toks, intrusions(toks, hits)))
	return correctiveActions(toks, editorNotes(toks, negatedCyber(toks, negatedLoss(toks, hits))))
}

// inComputing reports whether a part speaks of computing: a computer or
// data word, or an unambiguous attack word that is not also said of
// violence ("hackers", "ransomware").
func inComputing(toks []text.Token, hits []text.Hit[term]) bool {
	for _, t := range toks {
		if systemWord(t.Norm) || cyberContextWord(t.Norm) {
			return true
		}
	}
	for _, h := range hits {
		if h.Value.kind == kCyber && !h.Value.weak && !(h.First == h.Last && ambiguousAgent(toks[h.First].Norm)) &&
			!infectedWith(toks, h) {
			return true
		}
	}
	return false
}

// physicalAttacks turns attack words that are also said of violence into
// weak ones when the report speaks of no computing (computing false), and
// "infected with" into an infection:
// "Attackers stormed a hospital in western Baghdad", "Armed intruders seized
// doctors", "Somali pirates fired on a hospital ship". A sentence of
// violence (gunmen, bomb, killed, troops…) weakens every attack word in it.
// "Attackers encrypted the hospital's servers" keeps its attack.
func physicalAttacks(toks []text.Token, hits []text.Hit[term], computing bool) []text.Hit[term] {
	type span struct{ lo, hi int }
	var sents []span
	lo := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || (toks[i].Break && toks[i].Upper) {
			sents = append(sents, span{lo, i - 1})
			lo = i
		}
	}
	for i, h := range hits {
		if !computing && infectedWith(toks, h) {
			hits[i].Value = term{kind: kBio} // "nurses infected with Ebola"
		}
	}
	for _, sp := range sents {
		violence := false
		for k := sp.lo; k <= sp.hi; k++ {
			violence = violence || violenceWord(toks[k].Norm)
		}
		for i, h := range hits {
			if h.First < sp.lo || h.First > sp.hi || h.Value.kind != kCyber || h.Value.weak {
				continue
			}
			if violence || (!computing && h.First == h.Last && ambiguousAgent(toks[h.First].Norm)) {
				hits[i].Value.weak = true
			}
		}
	}
	return hits
}

// infectedWith reports whether h is "infected with" or "injected with":
// malware in a report about computing ("servers … injected with a virus"),
// an infection otherwise ("nurses infected with Ebola").
func infectedWith(toks []text.Token, h text.Hit[term]) bool {
	return h.Value.kind == kCyber && h.Last == h.First+1 && toks[h.Last].Norm == "with" &&
		(toks[h.First].Norm == "infected" || toks[h.First].Norm == "injected")
}

// ambiguousAgent is an attack word also said of people who attack with
// their hands or weapons.
func ambiguousAgent(s string) bool {
	switch s {
	case "attacker", "attackers", "intruder", "intruders", "intrusion", "intrusions", "pirate", "pirates",
		"infiltrated", "infiltrate", "infiltration", "infiltrating":
		return true
	}
	return false
}

// cyberContextWord places an ambiguous attack word in computing.
func cyberContextWord(s string) bool {
	switch s {
	case "data", "email", "emails", "online", "internet", "web", "it", "software", "digital", "cyber", "password",
		"passwords", "account", "accounts", "files", "ransom", "malware", "ransomware", "encrypted", "hackers", "hacker",
		"hacked", "phishing", "electronic", "informatique", "informatiques", "informatico", "informatica", "digitale",
		"daten", "datos", "dati", "dados", "gegevens", "donnees", "ordinateur", "ordinateurs", "computador", "ordenador":
		return true
	}
	return false
}

// violenceWord marks a sentence about violence, not computers.
func violenceWord(s string) bool {
	switch s {
	case "gunmen", "gunman", "gunfire", "bomb", "bombs", "bomber", "bombers", "bombing", "suicide", "killed", "killing",
		"shot", "shooting", "stabbed", "stabbing", "armed", "troops", "soldiers", "militants", "militant", "explosion",
		"airstrike", "airstrikes", "missile", "missiles", "shelling", "stormed", "hostage", "hostages", "wounded",
		"grenade", "rebels", "insurgents", "kidnapped", "kidnappers", "kidnapping", "kidnap", "abducted", "abduction",
		"machetes", "machete":
		return true
	}
	return false
}

// correctiveActions turns the unambiguous attack words that follow a
// corrective verb in its sentence into weak ones: "The CE … enhanced its
// firewall and intrusion detection systems", "implemented audit logs to
// detect unauthorized access and hacking attempts". Breach records end with
// what the entity did afterwards; those words name defences, not the
// incident. An attack word before the verb keeps its weight ("discovered
// ransomware on its server and implemented new backups").
func correctiveActions(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	from := -1 // first corrective verb of the current sentence
	h := 0
	for i, t := range toks {
		if i > 0 && t.Break && t.Upper {
			from = -1 // a new sentence
		}
		for ; h < len(hits) && hits[h].First <= i; h++ {
			if from >= 0 && hits[h].Value.kind == kCyber && !hits[h].Value.weak {
				hits[h].Value.weak = true
			}
		}
		if from < 0 && (correctiveVerb(t.Norm) || (i > 0 && toks[i-1].Norm == "to" && defenceVerb(t.Norm))) {
			from = i
		}
	}
	return hits
}

// correctiveVerb is what an organisation did after a breach.
func correctiveVerb(s string) bool {
	switch s {
	case "implemented", "implementing", "upgraded", "upgrading", "enhanced", "enhancing", "retrained", "revised",
		"strengthened", "instituted", "adopted":
		return true // not "installed" or "deployed": attackers install and deploy ransomware
	}
	return false
}

// defenceVerb follows "to" in a purpose clause of a corrective action ("to
// detect hacking attempts").
func defenceVerb(s string) bool {
	switch s {
	case "detect", "prevent", "protect", "mitigate", "block", "defend", "guard", "safeguard":
		return true
	}
	return false
}

// dropPlaces removes the names that only look like lexicon words
// ("Hackensack Meridian Health" names no hack).
func dropPlaces(hits []text.Hit[term]) []text.Hit[term] {
	out := hits[:0]
	for _, h := range hits {
		if h.Value.kind != kPlace {
			out = append(out, h)
		}
	}
	return out
}

// negatedCyber turns an unambiguous attack word into a weak one when a
// negation governs it: "No cyberattack was involved", "not the result of a
// cyberattack", "no evidence of a cyberattack", "kein Cyberangriff". Only a
// few words may stand between ("a", "the", "evidence", "result", "of"…), so
// "did not say whether the cyberattack…" keeps its attack.
func negatedCyber(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kCyber || h.Value.weak {
			continue
		}
		for k := h.First - 1; k >= max(0, h.First-6); k-- {
			n := toks[k].Norm
			if negation(n) || (n == "out" && k > 0 && toks[k-1].Norm == "ruled") {
				hits[i].Value.weak, hits[i].Value.denied = true, true
				break
			}
			if toks[k+1].Break || !negationFiller(n) {
				break
			}
		}
	}
	return hits
}

// negation reports whether w is a negation word of the seven languages.
func negation(w string) bool {
	switch w {
	case "no", "not", "never", "nor", "neither", "without", "aucune", "aucun", "pas", "kein", "keine", "keinen", "keiner",
		"ningun", "ninguna", "nessun", "nessuna", "nessuno", "non", "nenhum", "nenhuma", "nao", "geen", "niet":
		return true
	}
	return false
}

// negationFiller reports whether w may stand between a negation and the
// attack word it governs.
func negationFiller(w string) bool {
	switch w {
	case "a", "an", "the", "any", "sign", "signs", "evidence", "indication", "indications", "result", "caused", "by",
		"due", "to", "related", "linked", "was", "is", "were", "been", "be", "believed", "thought", "considered", "of",
		"un", "une", "d", "de", "du", "la", "le", "ein", "einen", "einem", "hinweis", "auf", "una", "uno", "di", "um",
		"uma", "een", "sprake", "van", "it", "this", "there":
		return true
	}
	return false
}

// editorNotes drops the vulnerability-news hit of an "update" followed by a
// bracketed date, "UPDATE (01/02/2013): the employee revealed …": a
// chronology's note that its entry was amended, not a software update.
func editorNotes(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		next := h.Last + 1
		return h.Value.kind == kVuln && h.First == h.Last && toks[h.First].Norm == "update" &&
			next < len(toks) && toks[next].Digit && toks[next].Break
	})
}

// negatedLoss turns a strong loss word into a weak one when a negation
// precedes it in its clause: "there is no evidence that the information was
// misused" says nothing about how the breach happened.
func negatedLoss(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kLoss || h.Value.weak {
			continue
		}
		for k := h.First; k > max(0, h.First-6); k-- {
			if toks[k].Break {
				break
			}
			switch toks[k-1].Norm {
			case "no", "not", "never", "nor", "neither", "aucune", "aucun", "kein", "keine", "keinen", "ningun", "ninguna", "nessun", "nessuna", "nenhum", "nenhuma", "geen":
				hits[i].Value.weak = true
			}
		}
	}
	return hits
}

// intrusionWindow is how many tokens around "accessed" an intrusion's
// agent and target are looked for.
const intrusionWindow = 10

// intrusions adds an unambiguous attack hit where an outside party accessed
// a computer system: "an unauthorized party accessed their computer
// systems", "an outside computer … accessed the covered entity's website".
// Insiders (an employee, staff, a former employee) and accidental exposure
// ("allowed unauthorized access") do not count: the verb must be "accessed"
// or "gained access", and no staff word may be near.
func intrusions(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		verb := t.Norm == "accessed" || t.Norm == "copied" || t.Norm == "downloaded" || t.Norm == "inserted" ||
			(t.Norm == "access" && i > 0 && (toks[i-1].Norm == "gained" || toks[i-1].Norm == "gain" ||
				toks[i-1].Norm == "obtained" || toks[i-1].Norm == "got"))
		if !verb {
			continue
		}
		agent, target := false, false
		for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
			switch n := toks[k].Norm; {
			case n == "unauthorized" || n == "unauthorised" || n == "outside" || n == "unknown" || n == "external" ||
				n == "remote" || n == "remotely" || n == "foreign" || n == "malicious" || n == "criminal" || n == "criminals":
				agent = true
			case systemWord(n) || accountWord(n) || n == "site" || n == "code" || n == "script":
				target = true
			}
		}
		if !agent || !target || staffNear(toks, i) {
			continue
		}
		covered := false
		for _, h := range hits {
			if h.Value.kind == kCyber && !h.Value.weak && h.First <= i && i <= h.Last {
				covered = true
			}
		}
		if !covered {
			added = append(added, text.Hit[term]{Value: term{kind: kCyber, attack: "data_breach"}, First: i, Last: i})
		}
	}
	return withHits(hits, added)
}

// breachedSystems adds an unambiguous attack hit where a computer system
// "was breached" ("its Accounts Payable system may have been breached"):
// a system, unlike "data" or "privacy", is breached by breaking into it.
// The computer word must stand in the same clause, at most five words
// before, and no staff word may be near.
func breachedSystems(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		if (t.Norm != "breached" && t.Norm != "attacked") || t.Break {
			continue
		}
		target, staff := false, false
		for k := i - 1; k >= max(0, i-5); k-- {
			target = target || systemWord(toks[k].Norm)
			if toks[k].Break {
				break
			}
		}
		// Staff words count in the clause only: "Vendors and employees
		// who received checks" in the next sentence are the affected.
		lo, hi := i, i
		for lo > 0 && !toks[lo].Break {
			lo--
		}
		for hi+1 < len(toks) && !toks[hi+1].Break {
			hi++
		}
		for k := lo; k <= hi; k++ {
			staff = staff || staffWord(toks[k].Norm)
		}
		if target && !staff {
			added = append(added, text.Hit[term]{Value: term{kind: kCyber, attack: "data_breach"}, First: i, Last: i})
		}
	}
	return withHits(hits, added)
}

// takedowns adds a DDoS hit where someone "takes down" or "shuts down"
// websites ("Anonymous shuts down two Israeli hospital websites"). An
// organisation shutting down its own site ("shut down its website") is a
// precaution, not an attack: a possessive between verb and site blocks it.
func takedowns(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i := 1; i < len(toks); i++ {
		if toks[i].Norm != "down" || toks[i].Break {
			continue
		}
		if !takedownVerb(toks[i-1].Norm) {
			continue
		}
		for k := i + 1; k < min(len(toks), i+7) && !toks[k].Break; k++ {
			if n := toks[k].Norm; n == "its" || n == "their" || n == "our" || n == "his" || n == "her" {
				break
			}
			if n := toks[k].Norm; n == "website" || n == "websites" || n == "web" || n == "portal" || n == "portals" {
				added = append(added, text.Hit[term]{Value: term{kind: kCyber, attack: "ddos"}, First: i - 1, Last: i})
				break
			}
		}
	}
	return withHits(hits, added)
}

// takedownVerb reports whether w, before "down", makes a takedown: its
// subject is the attacker, never the victim.
func takedownVerb(w string) bool {
	switch w {
	case "take", "takes", "took", "taken", "taking", "shut", "shuts", "shutting", "knock", "knocks", "knocked", "bring", "brings", "brought":
		return true
	}
	return false
}

// withHits returns hits with added merged in by position; a hit that covers
// an added one gives way to it.
func withHits(hits, added []text.Hit[term]) []text.Hit[term] {
	if len(added) == 0 {
		return hits
	}
	out := make([]text.Hit[term], 0, len(hits)+len(added))
	for _, h := range hits {
		if !slices.ContainsFunc(added, func(a text.Hit[term]) bool { return a.First >= h.First && a.First <= h.Last }) {
			out = append(out, h)
		}
	}
	out = append(out, added...)
	slices.SortStableFunc(out, func(a, b text.Hit[term]) int { return a.First - b.First })
	return out
}

// credentialSuffix adds a care-provider hit for a clinician's credential
// that ends a registry title after a comma ("John Smith, DDS", "Maria
// Lopez, M.D.", "Jane Doe, OD"): the record is a practice. Written in
// capitals only, so "Baltimore, Md." stays a place.
func credentialSuffix(src string, toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	n := len(toks)
	if n < 2 {
		return hits
	}
	first := n - 1
	switch toks[n-1].Norm {
	case "dds", "dmd", "dpm", "md", "od", "do", "dc", "dvm", "np", "lcsw", "psyd", "facs", "facp":
	case "d":
		if n >= 3 && toks[n-2].Norm == "m" {
			first = n - 2 // "M.D."
		} else {
			return hits
		}
	default:
		return hits
	}
	raw := src[toks[first].Start:toks[n-1].End]
	if raw != strings.ToUpper(raw) || !strings.Contains(src[toks[first-1].End:toks[first].Start], ",") {
		return hits
	}
	return withHits(hits, []text.Hit[term]{{Value: org("care_provider"), First: first, Last: n - 1}})
}

// systemWord reports whether w names a computer system an attacker breaks into.
func systemWord(w string) bool {
	switch w {
	case "server", "servers", "network", "networks", "system", "systems", "database", "databases", "website",
		"computer", "computers", "workstation", "workstations", "websites", "application", "applications", "app", "portal",
		"platform":
		return true
	}
	return false
}

// staffNear reports whether a staff or mistake word stands within
// intrusionWindow tokens of toks[i]: an insider or an error, not an outsider.
func staffNear(toks []text.Token, i int) bool {
	for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
		if staffWord(toks[k].Norm) && !ownerOfAccount(toks, k) {
			return true
		}
	}
	return false
}

// ownerOfAccount reports whether the staff word at k owns what was
// accessed ("an employee's email account", "a workforce member's
// mailbox"): the staff member is the one whose account was taken, not the
// one who took it.
func ownerOfAccount(toks []text.Token, k int) bool {
	for j := k + 1; j < min(len(toks), k+5); j++ {
		switch toks[j].Norm {
		case "member", "members", "s":
			continue
		case "email", "account", "accounts", "mailbox", "mailboxes", "credentials", "password", "login":
			return true
		}
		return false
	}
	return false
}

// accountWord names a mailbox or an account an intruder gets into.
func accountWord(w string) bool {
	switch w {
	case "email", "account", "accounts", "mailbox", "mailboxes", "inbox", "o365", "office":
		return true
	}
	return false
}

// staffWord reports whether w speaks of the organisation's own people or of
// a mistake.
func staffWord(w string) bool {
	switch w {
	case "employee", "employees", "staff", "workforce", "former", "physician", "nurse", "intern", "contractor",
		"volunteer", "misdirected", "mistakenly", "inadvertently", "accidentally", "accidental", "erroneously", "error", "allowed":
		return true
	}
	return false
}

// redefined returns the health-organisation abbreviations that the report
// defines as something else: "Community Development Commission (CDC)" is not
// the CDC. An abbreviation in brackets is defined by the words before it
// whose initials spell it (connectors skipped); it is redefined when none of
// those words is itself part of a health-organisation hit.
func redefined(d *doc) map[string]bool {
	var out map[string]bool
	for _, p := range d.parts() {
		for _, h := range p.hits {
			t := p.toks[h.First]
			if h.Value.kind != kHealthOrg || h.First != h.Last || t.Start == 0 || p.src[t.Start-1] != '(' ||
				p.src[t.Start:t.End] != strings.ToUpper(p.src[t.Start:t.End]) || len(t.Norm) < 2 {
				continue
			}
			// Walk back over the expansion: one word per letter, connectors free.
			letters, k := t.Norm, h.First-1
			health := false
			for ; k >= 0 && letters != ""; k-- {
				w := p.toks[k]
				if connector(w.Norm) || w.Norm == "and" || w.Norm == "for" {
					continue
				}
				if w.Norm[0] != letters[len(letters)-1] {
					break
				}
				letters = letters[:len(letters)-1]
				for _, o := range p.hits {
					if o.First <= k && k <= o.Last && o.Value.kind == kHealthOrg && o.First != h.First {
						health = true
					}
				}
			}
			if letters == "" && !health {
				if out == nil {
					out = map[string]bool{}
				}
				out[t.Norm] = true
			}
		}
	}
	return out
}

// dropOrgs removes the one-token health-organisation hits whose word is in
// names.
func dropOrgs(toks []text.Token, hits []text.Hit[term], names map[string]bool) []text.Hit[term] {
	out := hits[:0]
	for _, h := range hits {
		if h.Value.kind == kHealthOrg && h.First == h.Last && names[toks[h.First].Norm] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// computerVirus turns a "virus" hit into malware when a computer word is
// within six tokens ("a virus was discovered on a computer"): breach
// reports say virus for malware, health news for biology.
func computerVirus(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kBio || (toks[h.First].Norm != "virus" && toks[h.First].Norm != "viruses") {
			continue
		}
		for k := max(0, h.First-6); k < min(len(toks), h.Last+7); k++ {
			if computerWord(toks[k].Norm) {
				hits[i].Value = term{kind: kCyber, attack: "malware"}
				break
			}
		}
	}
	return hits
}

func computerWord(s string) bool {
	switch s {
	case "computer", "computers", "server", "servers", "network", "system", "systems", "website", "web", "software",
		"file", "files", "email", "workstation", "pc", "laptop", "desktop", "data", "antivirus", "ordinateur",
		"informatique", "rechner", "ordenador", "computador", "informatico", "sistema", "sistemi", "it":
		return true
	}
	return false
}

// part is the title or the body of a document.
type part struct {
	src  string
	toks []text.Token
	hits []text.Hit[term]
}

// parts returns the title, then the body.
func (d *doc) parts() [2]part {
	return [2]part{{d.title, d.titleToks, d.titleHits}, {d.body, d.bodyToks, d.bodyHits}}
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
	en, other := 0, 0
	for _, toks := range [][]text.Token{d.titleToks, d.bodyToks} {
		for _, t := range toks {
			switch t.Norm {
			case "the", "of", "and", "to", "in", "was", "were", "is", "for", "on", "with", "by", "has", "have", "that", "its":
				en++
			case "le", "la", "les", "des", "du", "et", "une", "est", "der", "die", "das", "und", "ein", "eine", "mit", "auf",
				"el", "los", "las", "del", "y", "un", "il", "della", "di", "che", "e", "dos", "ao", "os", "em", "het",
				"een", "van", "en", "door", "op", "zijn", "de", "da", "do", "na", "no", "per", "con", "al", "par", "pour":
				other++
			}
		}
	}
	return en >= other
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
