package classify

// Reading lexicon hits in context: the same word is an attack in one report
// and not in another ("virus", "attackers", "infected with", "intrusion
// detection", "no cyberattack"). Each pass below takes the hits of one part
// (title or body) and turns some weak, some strong, drops or adds others.

import (
	"slices"
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// termHits finds the lexicon terms of toks and reads them in context: a
// "virus" near a computer is malware and a ransomware "infection" no
// disease, an outside party that accessed a system is an intrusion, so is a
// breached system, taking down websites is an attack, a negated loss word
// is weak, so is paper staff fell back on, an editor's dated "UPDATE (…)"
// note is no software update, a defender's encryption and a plan for
// attacks are no attack, and researchers who attribute an attack are no
// vulnerability news.
func (c *Classifier) termHits(toks []text.Token) []text.Hit[term] {
	hits := malwareInfections(toks, computerVirus(toks, dropPlaces(namedHealthHacks(toks, hospitalCompounds(toks, c.namedHealthData(toks, c.terms.Find(toks)))))))
	hits = takedowns(toks, compromisedMailboxes(toks, breachedSystems(toks, insiders(toks, outsiderTook(toks, intrusions(toks, digitalBreakIns(toks, lockedOut(toks, hits))))))))
	hits = theftInAttack(toks, hits)
	sent := sentenceOf(toks)
	hits = correctiveActions(toks, sent, editorNotes(toks, negatedCyber(toks, paperFallback(toks, sent, negatedLoss(toks, infectedDevices(toks, hits))))))
	hits = laterPhishing(toks, preparedness(toks, attributingResearchers(toks, sent, hits)))
	return coSigningAgencies(toks, lures(toks, spared(toks, sent, defendersEncrypt(toks, sent, hits))))
}

// laterPhishing weakens phishing that the data of a breach may serve
// later, a risk to the people whose data it is, not the breach: "The
// gravest danger is the use of the information in social engineering or
// phishing cheats", "patients should be wary of phishing emails" (round
// 64: a clinic's journal stolen from a car had been accepted).
func laterPhishing(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kCyber || h.Value.weak || h.Value.attack != "account_compromise" {
			continue
		}
		data := false
		for k := h.First - 1; k >= max(0, h.First-10) && !toks[k+1].Break; k-- {
			switch n := toks[k].Norm; {
			case n == "information" || n == "data" || n == "details":
				data = true
			case (n == "use" || n == "used") && data:
				hits[i].Value.weak = true // "the use of the information in … phishing"
			case phishingWariness(n):
				hits[i].Value.weak = true
			default:
				continue
			}
			if hits[i].Value.weak {
				break
			}
		}
	}
	return hits
}

// phishingWariness is what people whose data was taken are told to be of
// phishing: "wary", "alert to", "beware of", "vigilant".
func phishingWariness(s string) bool {
	switch s {
	case "wary", "alert", "beware", "vigilant", "cautious", "careful", "lookout", "danger", "dangers":
		return true
	}
	return false
}

// coSigningAgencies drops HHS named in one list with the police's or the
// security agencies' initials: "The FBI, CISA and HHS say
// the Hive ransomware gang has extorted …" names the advisory's authors,
// not a health organisation attacked.
func coSigningAgencies(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		if h.Value.kind != kHealthOrg || h.First != h.Last || toks[h.First].Norm != "hhs" {
			return false
		}
		for k := h.First - 1; k >= 0 && k >= h.First-4; k-- {
			switch toks[k].Norm {
			case "fbi", "cisa", "nsa", "doj", "isac":
				return true
			}
			if toks[k].Break && !toks[k].Comma {
				break
			}
		}
		return false
	})
}

// attributingResearchers drops "researchers" as a sign of vulnerability
// news where its sentence attributes an attack: "the Hive ransomware
// group, which security researchers linked to former Conti members",
// "researchers pointed to links with Killnet". Researchers who find flaws
// keep the word.
func attributingResearchers(toks []text.Token, sent []int, hits []text.Hit[term]) []text.Hit[term] {
	attributes := map[int]bool{}
	for i, t := range toks {
		switch t.Norm {
		case "linked", "links", "attributed", "attribute", "attributes", "tied", "pointed", "noted", "assessed", "assess",
			"associated", "tracked", "tracks", "track", "connected", "blamed", "suspect", "suspected":
			attributes[sent[i]] = true
		}
	}
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		n := toks[h.First].Norm
		return h.Value.kind == kVuln && h.First == h.Last && (n == "researchers" || n == "researcher") && attributes[sent[h.First]]
	})
}

// protectionAgainst reports whether two words say what follows them is
// guarded against: "Schutz vor", "protection against", "protéger contre",
// "protección contra", "protezione da", "bescherming tegen".
func protectionAgainst(a, b string) bool {
	switch b {
	case "against", "contre", "contra", "contro", "da", "vor", "tegen":
	default:
		return false
	}
	switch a {
	case "protection", "protect", "protects", "protecting", "defend", "defense", "defence", "safeguard", "guard",
		"proteger", "protege", "protegerse", "proteccion", "protecao", "protezione", "proteggere",
		"proteggersi", "schutz", "schutzen", "abwehr", "bescherming", "beschermen", "weerbaarheid":
		return true
	}
	return false
}

// preparedness weakens an attack word that names a plan for attacks, not
// an attack: "handled under its cybersecurity incident response plan",
// "cyber attack preparedness", "phishing awareness training".
func preparedness(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kCyber || h.Last+1 >= len(toks) || toks[h.Last+1].Break {
			continue
		}
		if h.First >= 2 && !toks[h.First].Break && !toks[h.First-1].Break && protectionAgainst(toks[h.First-2].Norm, toks[h.First-1].Norm) {
			hits[i].Value.weak = true // "zum Schutz vor Hackern", "protection against ransomware": a threat, no attack told (round 43)
			continue
		}
		switch toks[h.Last+1].Norm {
		case "response", "plan", "plans", "policy", "policies", "preparedness", "readiness", "insurance", "training",
			"awareness", "drill", "drills", "exercise", "exercises", "simulation", "simulations",
			"simulacro", "simulacros", "simulazione", "simulacao", "oefening":
			hits[i].Value.weak = true
		case "test", "tests":
			// "Phishing-Test"; but "copied test result files" is data taken
			if h.Value.attack == "account_compromise" {
				hits[i].Value.weak = true
			}
		}
	}
	// a drill's or a lesson's attack: "Test-Phishing-Mails", "Hospital
	// simula ciberataque", "nep-phishingmail", "detectar correos de
	// phishing", "un exercício que simulou um ataque informático com
	// ransomware" (every attack word of the clause after the drill word);
	// fake phishing sent to the organisation's own staff
	staffRead, staffNamed := false, false
	staff := func() bool { // read only where a fake word stands before an attack word
		if !staffRead {
			staffRead, staffNamed = true, slices.ContainsFunc(toks, func(t text.Token) bool { return ownStaffWord(t.Norm) })
		}
		return staffNamed
	}
	for i, h := range hits {
		if h.Value.kind != kCyber {
			continue
		}
		for k := h.First - 1; k >= max(0, h.First-12) && !toks[k+1].Break; k-- {
			near := h.First-k <= 4
			if drillWord(toks[k].Norm) || (k == h.First-1 && (toks[k].Norm == "test" || toks[k].Norm == "nep")) ||
				(near && fakeWord(toks[k].Norm) && staff()) {
				hits[i].Value.weak = true
				break
			}
		}
		// an organisation that phishes its own staff: "Health system phishes
		// its own employees in awareness test"
		if h.Value.attack == "account_compromise" && h.Last+3 < len(toks) && toks[h.Last+2].Norm == "own" &&
			ownStaffWord(toks[h.Last+3].Norm) && !toks[h.Last+1].Break {
			hits[i].Value.weak = true
		}
	}
	return hits
}

// fakeWord calls an e-mail fake: said of phishing sent to one's own staff,
// a drill ("Finte email di phishing ai dipendenti dell'ospedale").
func fakeWord(s string) bool {
	switch s {
	case "fake", "faux", "fausses", "finte", "finta", "finto", "falsos", "falsas", "falso", "falsa", "gefalschte",
		"nagemaakte", "trampa", "trampas":
		return true
	}
	return false
}

// ownStaffWord names an organisation's staff as a whole.
func ownStaffWord(s string) bool {
	switch s {
	case "staff", "employees", "dipendenti", "personale", "plantilla", "personal", "medewerkers", "personeel", "beschaftigte",
		"mitarbeiter", "mitarbeitende", "salaries", "agents", "funcionarios", "colaboradores", "trabajadores":
		return true
	}
	return false
}

// drillWord, before an attack word, makes it a drill's or a lesson's:
// simulated, a test, a fake sent by the organisation itself, or what staff
// learn to spot.
func drillWord(s string) bool {
	switch s {
	case "simulated", "simulate", "simulates", "simula", "simulan", "simulou", "simulam", "simulano", "simule",
		"simulent", "simuliert", "simulieren", "simulierte", "simulierten", "simuleert", "simuleren", "gesimuleerde",
		"simulado", "simulados", "simulada", "simuladas", "simulata", "simulati", "simulee", "simulees",
		"simulato", // round 28: "Simulato un attacco hacker all'ospedale di Terni"
		"spot", "recognise", "recognize", "detect", "detectar", "deteccion", "reconocer", "riconoscere",
		"reconhecer", "erkennen", "herkennen", "reconnaitre", "reperer", "identificar":
		return true
	}
	return false
}

// defendersEncrypt drops an "encrypted its …" that no attack word of its
// sentence explains: "The CE … provided breach notification and encrypted
// its imaging workstations" is what the entity did after a theft, not an
// attack; "hackers encrypted its systems" keeps its word.
func defendersEncrypt(toks []text.Token, sent []int, hits []text.Hit[term]) []text.Hit[term] {
	attacked := map[int]bool{} // sentences with another attack word
	for _, h := range hits {
		if h.Value.kind == kCyber && !encryptWord(toks[h.First].Norm) {
			attacked[sent[h.First]] = true
		}
	}
	out := hits[:0]
	for _, h := range hits {
		if h.Value.kind == kCyber && h.Value.weak && encryptWord(toks[h.First].Norm) && !attacked[sent[h.First]] {
			continue
		}
		out = append(out, h)
	}
	return out
}

// encryptWord is a form of "encrypt" in the seven languages.
func encryptWord(s string) bool {
	for _, p := range [...]string{"encrypt", "verschlussel", "chiffre", "cifra", "cripto", "versleutel"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// infectedDevices drops the loss word of a device that the clause says was
// infected or hacked: "a laptop in its office was infected with malware
// that allowed a remote attacker to control the computer" tells of an
// attack on the laptop, not of its loss. Up to six words after the device
// (or three before: "an infected laptop") within the clause.
//
// Once a laptop was infected, "the laptop" later in the text is that laptop
// (round 24): "an employee's laptop was infected with malware … The laptop
// contained the PHI of 1,562 patients".
func infectedDevices(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	infectedLaptop := false
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		if h.Value.kind != kLoss || h.First != h.Last {
			return false
		}
		if infectedLaptop && (toks[h.First].Norm == "laptop" || toks[h.First].Norm == "laptops") && h.First > 0 &&
			toks[h.First-1].Norm == "the" && !toks[h.First].Break && !lossLater(toks, h.Last) {
			return true
		}
		before, usb := 3, false
		switch toks[h.First].Norm {
		case "laptop", "laptops":
			if screenVerb(toks, h.Last) {
				return true // a photo's laptop screen: "A laptop displays a message … after being infected by a ransomware" (round 45)
			}
		case "usb":
			// "The attackers reportedly used a USB device … to disable
			// security software": the attackers' tool
			before, usb = 6, true
		default:
			return false
		}
		infected := false
		for k := h.Last + 1; k < len(toks) && k-h.Last <= 6 && !toks[k].Break; k++ {
			if deviceLossWord(toks[k].Norm) {
				return false // "a laptop computer theft could have compromised …"
			}
			infected = infected || infectionWord(toks[k].Norm)
		}
		for k := h.First - 1; k >= 0 && h.First-k <= before && !toks[k+1].Break; k-- {
			if deviceLossWord(toks[k].Norm) {
				return false // "compromised by the theft of two laptops"
			}
			infected = infected || infectionWord(toks[k].Norm) || (usb && attackerWord(toks[k].Norm))
		}
		infectedLaptop = infectedLaptop || (infected && !usb)
		return infected
	})
}

// screenVerb reports whether the word after toks[i] says that a device
// shows something: "A laptop displays a message", "a computer screen
// showing a ransom note".
func screenVerb(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Break {
		return false
	}
	switch toks[i+1].Norm {
	case "displays", "displaying", "shows", "showing", "screen", "screens":
		return true
	}
	return false
}

// lossLater reports whether a device loss word follows the device at
// toks[i] within its clause: "the laptop was stolen".
func lossLater(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k-i <= 6 && !toks[k].Break; k++ {
		if deviceLossWord(toks[k].Norm) {
			return true
		}
	}
	return false
}

// deviceLossWord is a word that says a device was taken or lost.
func deviceLossWord(s string) bool {
	switch s {
	case "stolen", "theft", "thefts", "stole", "lost", "missing", "burglary", "burglarized", "taken", "loss":
		return true
	}
	return false
}

// infectionWord is a word that says a device was attacked.
func infectionWord(s string) bool {
	switch s {
	case "infected", "malware", "ransomware", "hacked", "compromised", "keylogger", "trojan",
		// round 54: "Ein verseuchter USB-Stick soll schuld an der Misere sein"
		"verseucht", "verseuchter", "verseuchten", "verseuchte", "infiziert", "infizierter", "infizierten", "infizierte",
		"infecte", "infectee", "infectado", "infectada", "infetto", "infetta", "besmet", "besmette", "geinfecteerd",
		"geinfecteerde":
		return true
	}
	return false
}

// namedHealthData re-reads "Mercy Health data breach": the name's last
// word "Health" (or "Medical") before "data" belongs to the name when
// "data" opens an attack phrase, so the report tells of a data breach at
// Mercy Health, not of health data. The words from "data" on are matched
// again.
func (c *Classifier) namedHealthData(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for n, h := range hits {
		if h.Value.kind != kHealthData || h.Last != h.First+1 || toks[h.Last].Norm != "data" || h.First == 0 ||
			!toks[h.First].Upper || toks[h.Last].Upper || !toks[h.First-1].Upper || toks[h.First].Break {
			continue
		}
		tail := c.terms.Find(toks[h.Last:])
		if len(tail) == 0 || tail[0].First != 0 || tail[0].Value.kind != kCyber {
			continue
		}
		out := append([]text.Hit[term](nil), hits[:n]...)
		for _, w := range c.terms.Find(toks[h.First:h.Last]) {
			out = append(out, text.Hit[term]{Value: w.Value, First: h.First + w.First, Last: h.First + w.Last})
		}
		for _, t := range tail {
			out = append(out, text.Hit[term]{Value: t.Value, First: h.Last + t.First, Last: h.Last + t.Last})
		}
		return c.namedHealthData(toks, out)
	}
	return hits
}

// hospitalCompounds adds a care provider where a German or Dutch compound
// ends with the word for hospital ("Lukaskrankenhaus", "Elisabeth-
// Krankenhaus" is two words already, "Antoniusziekenhuis"), and where a
// Flemish hospital's "AZ" opens its name ("AZ Sint-Jan", "AZ Monica").
func hospitalCompounds(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	covered := func(i int) bool {
		return slices.ContainsFunc(hits, func(h text.Hit[term]) bool { return h.First <= i && i <= h.Last })
	}
	for i, t := range toks {
		compound := hospitalCompound(t.Norm)
		az := t.Norm == "az" && t.Upper && i+1 < len(toks) && toks[i+1].Upper && !toks[i+1].Break // "AZ Sint-Jan"; not "AstraZeneca (AZ)"
		if (compound || az) && !covered(i) {
			added = append(added, text.Hit[term]{Value: org("care_provider"), First: i, Last: i})
		}
	}
	return withHits(hits, added)
}

// hospitalCompound reports whether a word is a German, Dutch or
// Scandinavian compound ending with the word for hospital (or for a care
// body or health fund), after a name of its own.
func hospitalCompound(w string) bool {
	for _, suffix := range []string{"krankenhaus", "krankenhauses", "klinikum", "ziekenhuis",
		// round 21: "Inselspital", "Karolinska Universitetssjukhuset", "Haukeland universitetssjukehus"
		"spital", "sjukhus", "sjukhuset", "sykehus", "sykehuset", "sjukehus", "sygehus", "sygehuset",
		// round 22: Dutch care bodies named by their kind
		// ("verslavingszorginstelling", "jeugdzorgorganisatie")
		"zorginstelling", "zorginstellingen", "zorgorganisatie", "zorgorganisaties", "zorgaanbieder",
		// round 23: health funds named by their kind ("Staatsziekenfonds", "Betriebskrankenkasse")
		"ziekenfonds", "krankenkasse",
		// round 25: Dutch clinics and plurals ("vruchtbaarheidskliniek", "kinderziekenhuizen"); not German
		// "-klinik", which ends names the lexicon must not swallow
		"kliniek", "klinieken", "ziekenhuizen", "krankenhauser", "kliniken",
		// round 60: the Dutch old word ("Westfriesgasthuis" in Hoorn), Austria's hospitals
		// ("Landeskrankenanstalten")
		"gasthuis", "krankenanstalt", "krankenanstalten"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// lures drops a health organisation whose name is only the bait of a
// campaign: "WHO-themed lures", "archives named after World Health
// Organization reports", "emails posing as the health ministry". The
// campaign's targets are named elsewhere, or not at all.
func lures(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	out := hits[:0]
	for _, h := range hits {
		if (h.Value.kind != kHealthOrg && h.Value.kind != kHealthWeak) || !lureAt(toks, h) {
			out = append(out, h)
		}
	}
	return out
}

// lureAt reports whether the words around a hit make it a lure: a
// following "themed", "branded", "lure" or "decoy", or a preceding
// "named after", "disguised as", "posing as", "impersonating",
// "purporting to be from" within the clause, up to ten words back.
func lureAt(toks []text.Token, h text.Hit[term]) bool {
	if k := h.Last + 1; k < len(toks) && !toks[k].Break {
		switch toks[k].Norm {
		case "themed", "branded", "lure", "lures", "decoy", "decoys":
			return true
		}
	}
	for k := h.First - 1; k >= 0 && h.First-k <= 10; k-- {
		switch toks[k].Norm {
		case "impersonating", "impersonate", "impersonates", "spoofing", "mimicking", "purporting", "pretending",
			"masquerading",
			"pretend", "pretends", "purport", "purports": // "emails, which pretend to be from … public health centers" (round 24)
			return true
		case "claiming", "claim", "claims", "claimed":
			if k+2 < h.First && toks[k+1].Norm == "to" && toks[k+2].Norm == "be" {
				return true // "text messages claiming to be from the NHS" (round 24)
			}
		case "after", "as":
			if k > 0 {
				switch toks[k-1].Norm {
				case "named", "disguised", "posing", "masquerading", "camouflaged", "poses", "pose", "posed": // round 23: "spam poses as … public health notices"
					return true
				}
			}
		}
		if toks[k+1].Break {
			return false
		}
	}
	return false
}

// spared drops a health organisation said to be untouched: "The university
// hospital was not affected", "the clinics remained unaffected". Only the
// organisation as the subject counts: "the hospital said patient care was
// not affected" keeps its hospital.
func spared(toks []text.Token, sent []int, hits []text.Hit[term]) []text.Hit[term] {
	var attacks []text.Hit[term]
	for _, h := range hits {
		if h.Value.kind == kCyber && !h.Value.weak {
			attacks = append(attacks, h)
		}
	}
	healthHit := func(h text.Hit[term]) bool {
		return h.Value.kind == kHealthOrg || h.Value.kind == kHealthWeak || h.Value.kind == kHealthData
	}
	// the words of a relative clause that describes a spared organisation
	// ("…, que pertence à Unidade Local de Saúde, funciona normalmente")
	// are spared with it
	kept := make([]bool, len(hits))
	var described [][2]int
	for i, h := range hits {
		if !healthHit(h) {
			continue
		}
		ok, lo, hi := keptWorking(toks, h.First, h.Last, attacks)
		kept[i] = ok
		if ok && lo >= 0 {
			described = append(described, [2]int{lo, hi})
		}
	}
	out := hits[:0]
	for i, h := range hits {
		inDescription := slices.ContainsFunc(described, func(r [2]int) bool { return r[0] <= h.First && h.Last <= r[1] })
		if !healthHit(h) || (!untouched(toks, h.Last+1) && !deniedTarget(toks, h.First) && !sparedAbroad(toks, h.First, h.Last) &&
			!inDescription && !kept[i] && !sparedInSentence(toks, sent, h.First, h.Last, attacks)) {
			out = append(out, h)
		}
	}
	return out
}

// sparedInSentence reports whether the sentence of the health organisation
// at toks[first..last] goes on to say it was not hit, past appositions and
// reported speech, with no attack word after the organisation: "Le CHU,
// dont plusieurs services sont installés sur le même campus, a fait savoir
// que … l'activité de soins se poursuivait normalement", "El Hospital …, ha
// precisado que sus sistemas … no han sufrido ninguna incidencia", "Nessuna
// conseguenza per l'ospedale del paese". Not when the organisation is the
// attack's object ("ciberataque al hospital").
func sparedInSentence(toks []text.Token, sent []int, first, last int, attacks []text.Hit[term]) bool {
	if attackObjectAt(toks, first) {
		return false
	}
	for _, a := range attacks {
		if a.First > last && sent[a.First] == sent[last] {
			return false // an attack word after it in its sentence
		}
	}
	// before it: "Nessuna conseguenza per l'ospedale", "sin consecuencias para"
	for j := first - 1; j >= max(0, first-5) && sent[j] == sent[first]; j-- {
		if consequenceWord(toks[j].Norm) && j > 0 && noneWord(toks[j-1].Norm) {
			return true
		}
	}
	for j := last + 1; j < len(toks) && j-last <= 35 && sent[j] == sent[last]; j++ {
		n := toks[j].Norm
		switch {
		case negation(n) && sparedWithin(toks, j):
			return true
		case noneWord(n) && slices.ContainsFunc(toks[j+1:min(len(toks), j+4)], func(t text.Token) bool { return consequenceWord(t.Norm) }):
			return true // "sin incidencias", "sem qualquer impacto", "no han sufrido ninguna incidencia"
		case usualWord(toks, j):
			return true
		case n == "unaffected" || n == "untouched" || n == "spared" || n == "indemne" || n == "illeso" || sparedAbroadWord(n):
			return true
		}
	}
	return false
}

// sparedAbroadWord is "spared" in the other languages: "le CHU épargné",
// "das Spital blieb verschont", "l'ospedale è stato risparmiato".
func sparedAbroadWord(s string) bool {
	switch s {
	case "epargne", "epargnee", "epargnes", "epargnees", "verschont", "risparmiato", "risparmiata", "risparmiati",
		"poupado", "poupada", "poupados", "gespaard":
		return true
	}
	return false
}

// consequenceWord is what an attack has on those it hits: an impact, an
// incident, a consequence.
func consequenceWord(s string) bool {
	switch s {
	case "impact", "impacto", "impacte", "impatto", "incidencia", "incidencias", "incidence", "incidenza", "conseguenza",
		"conseguenze", "consecuencia", "consecuencias", "consequence", "consequences", "consequencia", "consequencias",
		"gevolgen", "auswirkungen", "auswirkung", "afectacion", "repercussion", "repercussions", "problemas", "problema":
		return true
	}
	return false
}

// noneWord denies what follows: "sin", "sem qualquer", "nessuna", "aucun".
func noneWord(s string) bool {
	switch s {
	case "sin", "sem", "senza", "nessuna", "nessun", "ninguna", "ningun", "nenhum", "nenhuma", "aucun", "aucune", "keine",
		"kein", "geen", "no", "qualquer":
		return true
	}
	return false
}

// usualWord reports whether toks[j] says work goes on as usual: "se
// poursuivait normalement", "prosegue regolarmente", "lavorano
// normalmente", "seeing patients as usual", "draait gewoon door".
func usualWord(toks []text.Token, j int) bool {
	switch toks[j].Norm {
	case "normalement", "normalmente", "regolarmente", "normalidad", "normally", "gewoon", "uneingeschrankt":
		return true
	case "usual":
		return j > 0 && toks[j-1].Norm == "as"
	}
	return false
}

// keptWorking reports whether the health organisation at toks[first..last]
// is said to work on, or not to be hit, in a clause of its own while
// something else was attacked: "Un ciberataque bloquea el Ayuntamiento; los
// centros de salud funcionan con normalidad", "Das Gesundheitsamt und die
// Impfstelle arbeiten weiter", "L'Asl e l'ospedale cittadino, che hanno
// reti informatiche separate, non sono stati coinvolti". An organisation
// the attack words name ("Cyberangriff auf das Klinikum … arbeitet weiter",
// "funciona con normalidad tras el ciberataque") is not spared. lo and hi
// bound the relative clause passed over, or are -1.
func keptWorking(toks []text.Token, first, last int, attacks []text.Hit[term]) (ok bool, lo, hi int) {
	lo, hi = -1, -1
	if attackObjectAt(toks, first) {
		return false, -1, -1
	}
	// the predicate: after the organisation in its clause, past a relative
	// clause ("…, che hanno reti informatiche separate, non sono stati …")
	end, relative := -1, false
	for j := last + 1; j < len(toks) && j-last <= 25; j++ {
		if toks[j].Break {
			if relative || relativePronoun(toks[j].Norm) {
				relative = relativePronoun(toks[j].Norm)
				if relative {
					if lo < 0 {
						lo = j
					}
					continue
				}
				hi = j - 1
			} else {
				break
			}
		}
		if relative {
			continue
		}
		if workingOn(toks, j) || (negation(toks[j].Norm) && sparedWithin(toks, j)) {
			end = j
			break
		}
		if j-last > 8 {
			break
		}
	}
	if end < 0 {
		return false, -1, -1
	}
	for _, a := range attacks {
		if a.First >= end && a.First <= end+6 && !slices.ContainsFunc(toks[end:a.First], func(t text.Token) bool { return t.Break }) {
			return false, -1, -1 // "… funciona con normalidad tras el ciberataque"
		}
		if a.First > last && a.First < end {
			return false, -1, -1
		}
	}
	if hi < lo {
		lo, hi = -1, -1
	}
	return true, lo, hi
}

// sparedWithin reports whether a participle of being hit follows the
// negation at toks[k] within three words of its clause, or as the fourth
// word that ends it ("el hospital … no se ha visto afectado, al igual
// que…", round 28; but "no se ha visto afectada la actividad asistencial"
// spares the activity, not the hospital).
func sparedWithin(toks []text.Token, k int) bool {
	for j := k + 1; j < min(len(toks), k+5) && !toks[j].Break; j++ {
		if j == k+4 && j+1 < len(toks) && !toks[j+1].Break {
			break
		}
		if sparedParticiple(toks[j].Norm) || toks[j].Norm == "affected" || toks[j].Norm == "impacted" {
			return true
		}
	}
	return false
}

// workingOn reports whether toks[k] opens "works normally" or "works on"
// in one of the seven languages.
func workingOn(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "funciona", "funcionan", "opera", "operan", "trabaja", "trabajan", "atiende", "atienden", "funcionam",
		"operam", "funziona", "funzionano", "operano", "lavora", "lavorano", "fonctionne", "fonctionnent",
		"arbeitet", "arbeiten", "lauft", "laufen", "funktioniert", "funktionieren", "draait", "draaien", "werkt",
		"werken", "functioneert", "functioneren", "operates", "operate", "operating", "functioning", "works", "working":
	default:
		return false
	}
	for j := k + 1; j < min(len(toks), k+4) && !toks[j].Break; j++ {
		switch toks[j].Norm {
		case "normalidad", "normalmente", "regolarmente", "normalement", "normal", "normaal", "normally", "weiter",
			"gewoon", "uneingeschrankt", "sin", "senza":
			return true
		}
	}
	return false
}

// attackObjectAt reports whether the organisation at toks[first] is the
// object of an attack's preposition, past articles: "ciberataque al
// hospital", "attack on the clinic".
func attackObjectAt(toks []text.Token, first int) bool {
	k := first - 1
	for k >= 0 && !toks[k+1].Break && article(toks[k].Norm) {
		k--
	}
	return k >= 0 && !toks[k+1].Break && attackPreposition(toks[k].Norm)
}

// attackPreposition names an attack's target after it: "attack on",
// "Angriff auf", "ataque contra", "attacco al".
func attackPreposition(s string) bool {
	switch s {
	case "on", "against", "auf", "gegen", "contre", "contra", "contro", "al", "alla", "allo", "ai", "alle", "ao", "aos",
		"tegen", "op":
		return true
	}
	return false
}

// relativePronoun opens a relative clause after a comma.
func relativePronoun(s string) bool {
	switch s {
	case "che", "que", "qui", "which", "who", "that", "die", "dat", "welche", "welcher", "der", "das", "cui":
		return true
	}
	return false
}

// deniedTarget reports whether the words before toks[i] deny that it was
// hit: "did not report any compromise of health authorities", "no impact on
// hospitals", "no access to patient systems".
func deniedTarget(toks []text.Token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 2 && (toks[k].Norm == "the" || toks[k].Norm == "any" || toks[k].Norm == "its") && !toks[k+1].Break {
		k--
	}
	if k < 1 || toks[k+1].Break || (toks[k].Norm != "of" && toks[k].Norm != "on" && toks[k].Norm != "to") {
		return false
	}
	switch toks[k-1].Norm {
	case "compromise", "impact", "access", "breach", "intrusion", "disruption":
	default:
		return false
	}
	for j := k - 2; j >= max(0, k-6); j-- {
		if toks[j+1].Break {
			return false
		}
		if negation(toks[j].Norm) {
			return true
		}
	}
	return false
}

// sparedAbroad reads untouched and deniedTarget's sense in the other six
// languages: a health organisation or health data said not to be hit,
// after it ("La mutuelle santé de l'entreprise n'est pas concernée", "Das
// Gesundheitsamt ist nicht betroffen", "het UMC is niet getroffen") or
// before it ("non risultano coinvolti dati sanitari").
func sparedAbroad(toks []text.Token, first, last int) bool {
	// after: [a complement of two words] [auxiliaries] negation [auxiliary] participle
	k := last + 1
	if k+1 < len(toks) && !toks[k].Break && !toks[k+1].Break && !complementWord(toks[k].Norm) && complementWord(toks[k+1].Norm) {
		k++ // "la mutuelle santé de l'entreprise": a word of the name first
	}
	if k < len(toks) && !toks[k].Break && complementWord(toks[k].Norm) {
		k++
		for n := 0; n < 2 && k < len(toks) && !toks[k].Break && !auxiliaryAbroad(toks[k].Norm) && !negation(toks[k].Norm) && toks[k].Norm != "n"; n++ {
			k++
		}
	}
	for k < len(toks) && k-last <= 8 && !toks[k].Break && auxiliaryAbroad(toks[k].Norm) {
		k++
	}
	if k < len(toks) && !toks[k].Break && (negation(toks[k].Norm) || toks[k].Norm == "n" || toks[k].Norm == "ne") {
		for j := k + 1; j < min(len(toks), k+4) && !toks[j].Break; j++ {
			if sparedParticiple(toks[j].Norm) {
				return true
			}
		}
	}
	// before: negation [auxiliary] participle, then the health words
	for j := first - 1; j >= max(0, first-3) && !toks[j+1].Break; j-- {
		if !sparedParticiple(toks[j].Norm) {
			continue
		}
		for n := j - 1; n >= max(0, j-3) && !toks[n+1].Break; n-- {
			if negation(toks[n].Norm) {
				return true
			}
		}
	}
	return false
}

// complementWord opens a complement that may follow an organisation's word
// before its verb: "la mutuelle santé de l'entreprise …".
func complementWord(s string) bool {
	switch s {
	case "de", "du", "des", "di", "del", "della", "dello", "do", "da", "von", "vom", "der", "van", "het":
		return true
	}
	return false
}

// auxiliaryAbroad is an auxiliary or copula of the six other languages
// (and "is", which Dutch shares with English).
func auxiliaryAbroad(s string) bool {
	switch s {
	case "est", "sont", "a", "ont", "ete", "e", "sono", "stato", "stata", "stati", "risulta", "risultano", "ist", "sind",
		"war", "waren", "wurde", "wurden", "is", "zijn", "werd", "werden", "es", "esta", "estan", "ha", "han", "sido", "se",
		"foi", "foram", "estao", "fica", "ficou":
		return true
	}
	return false
}

// sparedParticiple says a subject was hit, in the six other languages
// (and English, which untouched reads in its own order).
func sparedParticiple(s string) bool {
	switch s {
	case "concerne", "concernee", "concernes", "concernees", "touche", "touchee", "touches", "touchees", "affecte", "affectee",
		"affectes", "affectees", "impacte", "impactee", "impactes", "impactees", "coinvolto", "coinvolta", "coinvolti",
		"coinvolte", "colpito", "colpita", "colpiti", "colpite", "interessato", "interessata", "interessati", "interessate",
		"betroffen", "getroffen", "geraakt", "afectado", "afectada", "afectados", "afectadas", "afetado", "afetada",
		"afetados", "afetadas", "atingido", "atingida", "atingidos", "atingidas", "comprometido", "comprometidos":
		return true
	}
	return false
}

// untouched reports whether the words from toks[i] say their subject was
// not hit: "[was|were|is|are|has been|remained] [not] affected|impacted|
// involved|unaffected|spared".
func untouched(toks []text.Token, i int) bool {
	k := i
	for k < len(toks) && k-i < 3 && !toks[k].Break {
		switch toks[k].Norm {
		case "was", "were", "is", "are", "has", "have", "been", "remained", "remains", "itself", "themselves":
			k++
			continue
		}
		break
	}
	if k == i || k >= len(toks) || toks[k].Break {
		return false
	}
	switch toks[k].Norm {
	case "unaffected", "spared", "unharmed":
		return true
	case "not", "never":
		if k+1 < len(toks) && !toks[k+1].Break {
			switch toks[k+1].Norm {
			case "affected", "impacted", "involved", "hit", "compromised", "targeted", "breached", "attacked":
				return true
			}
		}
	}
	return false
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
	sent := sentenceOf(toks)
	violent, burgled := map[int]bool{}, map[int]bool{}
	inCyber := func(k int) bool { // "computers hostage", "data hostage": a ransom's words; but "held hostage" may be people
		return slices.ContainsFunc(hits, func(h text.Hit[term]) bool {
			return h.Value.kind == kCyber && h.First < k && k <= h.Last && toks[h.First].Norm != "held"
		})
	}
	for k, t := range toks {
		if violenceWord(t.Norm) && !inCyber(k) {
			violent[sent[k]] = true
		}
		if burglaryWord(t.Norm) {
			burgled[sent[k]] = true
		}
	}
	for i, h := range hits {
		if !computing && infectedWith(toks, h) {
			hits[i].Value = term{kind: kBio} // "nurses infected with Ebola"
			continue
		}
		if h.Value.kind != kCyber || h.Value.weak {
			continue
		}
		agent := h.First == h.Last && ambiguousAgent(toks[h.First].Norm)
		// "the office was burglarized … the intruders stole a laptop":
		// people who broke in, whatever the computers they took
		physical := agent && (burgled[sent[h.First]] || (h.Last+1 < len(toks) && takingVerb(toks[h.Last+1].Norm) && deviceTaken(toks, h.Last+1)))
		if violent[sent[h.First]] || (!computing && agent) || physical {
			hits[i].Value.weak = true
		}
	}
	return hits
}

// sentenceOf numbers the sentences of toks, roughly: a new one starts at a
// capitalised word after punctuation. The passes here need no more ("U.S."
// may split one sentence in two; the news rules' sentenceStarts is finer).
func sentenceOf(toks []text.Token) []int {
	out := make([]int, len(toks))
	n := 0
	for i, t := range toks {
		if i > 0 && t.Break && t.Upper {
			n++
		}
		out[i] = n
	}
	return out
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

// takingVerb is a thief's verb: "the intruders stole a laptop".
func takingVerb(s string) bool {
	switch s {
	case "stole", "took", "removed", "carried", "grabbed":
		return true
	}
	return false
}

// burglaryWord marks a sentence about a break-in to premises.
func burglaryWord(s string) bool {
	switch s {
	case "burglary", "burglaries", "burglarized", "burglarised", "burgled", "burglar", "burglars", "vandalized",
		"vandalised", "vandals", "ransacked":
		return true
	}
	return false
}

// violenceWord marks a sentence about violence, not computers.
func violenceWord(s string) bool {
	switch s {
	case "gunmen", "gunman", "gunfire", "bomb", "bombs", "bomber", "bombers", "bombing", "suicide", "killed", "killing",
		"shot", "shooting", "stabbed", "stabbing", "armed", "militants", "militant", "explosion",
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
func correctiveActions(toks []text.Token, sent []int, hits []text.Hit[term]) []text.Hit[term] {
	from := map[int]int{} // sentence → its first corrective verb
	for i, t := range toks {
		// "failed to protect patient data in a cyberattack" is a charge over
		// the attack, no defence taken (round 63)
		if _, seen := from[sent[i]]; !seen && (correctiveVerb(t.Norm) || (i > 0 && toks[i-1].Norm == "to" && defenceVerb(t.Norm) && !failedTo(toks, i))) {
			from[sent[i]] = i
		}
	}
	for i, h := range hits {
		if v, ok := from[sent[h.First]]; ok && v < h.First && h.Value.kind == kCyber {
			hits[i].Value.weak = true
		}
		if h.Value.kind == kCyber && guardedAgainst(toks, h.First) {
			hits[i].Value.weak = true // "se préparer aux attaques par rançongiciel", "protect against ransomware"
		}
	}
	return hits
}

// guardedAgainst reports whether a verb of defence governs the attack word
// at toks[i] from at most four words before, over prepositions, articles
// and attack nouns only: "prepare for ransomware attacks", "se préparer aux
// attaques par rançongiciel", "protect against ransomware".
func guardedAgainst(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		if toks[k+1].Break {
			return false
		}
		switch toks[k].Norm {
		case "prepare", "preparing", "preparer", "preparar", "preparare", "prepararsi", "voorbereiden", "vorbereiten",
			"protect", "protecting", "proteger", "proteggere", "proteggersi", "beschermen", "schutzen",
			"defend", "defending", "defendre", "defender", "difendere", "defenderse", "verdedigen",
			// round 27: "beter te wapenen tegen ransomware", "se blinder contre les cyberattaques"
			"wapenen", "bewapenen", "blinder", "blindar", "blindare",
			// round 28: "strengthen its defenses against ransomware and phishing"
			"defenses", "defences", "defense", "defence", "resilience", "safeguards":
			return true
		case "face", "frente", "fronte":
			// round 64: coping, "améliorer leur capacité à faire face à une cyberattaque", "hacer frente a un ciberataque"
			if k > 0 && (toks[k-1].Norm == "faire" || toks[k-1].Norm == "hacer" || toks[k-1].Norm == "far" || toks[k-1].Norm == "fare") {
				return true
			}
			return false
		case "une", "un", "una", "uno", "an":
		case "for", "against", "from", "aux", "a", "au", "contre", "les", "des", "de", "the", "gegen", "vor", "contra",
			"contro", "da", "dai", "dagli", "tegen", "para", "los", "las", "dos", "das", "di", "degli", "future", "possible",
			// "aux attaques par rançongiciel": the attack named by its kind
			"attacks", "attaques", "angriffe", "ataques", "attacchi", "aanvallen", "par", "by", "per", "por", "door", "durch":
		default:
			return false
		}
	}
	return false
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
	case "detect", "prevent", "protect", "mitigate", "block", "defend", "guard", "safeguard", "thwart", "foil", "deter",
		"spot", "recognise", "recognize", "resist", "withstand": // "teaching doctors to spot phishing emails"
		return true
	}
	return false
}

// namedHealthHacks turns an everyday "health hack" back into a hack where
// "Health" ends an organisation's name: "UCLA Health hack exposes data of
// 4.5 million patients"; "10 health hacks for winter" stays a tip.
func namedHealthHacks(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind == kPlace && h.Last > h.First && toks[h.First].Norm == "health" && toks[h.First].Upper &&
			h.First > 0 && toks[h.First-1].Upper && !toks[h.First].Break && hackWord(toks[h.Last].Norm) {
			hits[i] = text.Hit[term]{Value: cyber(""), First: h.Last, Last: h.Last}
		}
	}
	return hits
}

// hackWord is "hack" as an attack, not a hackathon.
func hackWord(s string) bool {
	return s == "hack" || s == "hacks" || s == "hacked" || s == "hacking"
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
		if h.Value.kind != kCyber {
			continue
		}
		if ransomPaidOrNot(toks, h) {
			continue // "no ransom was paid", "the ransom was not paid": a ransom asked, whatever was done with it
		}
		if h.Value.weak {
			// A weak attack word stays weak; negated, it is denied too:
			// "No cyber intrusion was involved".
			hits[i].Value.denied = negatedAt(toks, h.First) || negatedAfter(toks, h.Last)
			continue
		}
		if h.First > 0 && toks[h.First-1].Norm == "known" && toks[h.First].Norm == "exploited" {
			// CISA's "Known Exploited Vulnerabilities" catalog: a list's
			// name, no attack told (round 23)
			hits[i].Value.weak, hits[i].Value.denied = true, true
			continue
		}
		if firstSuspected(toks, h.First) {
			// "The CE initially suspected a hacking incident because its
			// systems went offline, but … the server had been physically
			// removed": a first guess, not a finding
			hits[i].Value.weak = true
			continue
		}
		if speculated(toks, h.First) {
			// "luego de que usuarios en redes sociales especularan con un
			// hackeo": a rumour the report answers
			hits[i].Value.weak, hits[i].Value.denied = true, true
			continue
		}
		if negatedAfter(toks, h.Last) || notTheCase(toks, h.First) || hypothesisDismissed(toks, h) {
			// "Eine Lösegeldforderung gebe es bislang nicht", "van
			// gijzelsoftware is geen sprake"
			hits[i].Value.weak, hits[i].Value.denied = true, true
			continue
		}
		exploited := slices.ContainsFunc(toks[h.First:h.Last+1], func(t text.Token) bool { return t.Norm == "exploited" })
		if (attackerNoun(toks, h) || exploited) && reassured(toks, h.First) {
			// "no indication that the error was exploited by hackers"
			hits[i].Value.weak, hits[i].Value.denied = true, true
			continue
		}
		reach := h.First - 8
		for k := h.First - 1; k >= max(0, reach); k-- {
			n := toks[k].Norm
			if denial(toks, k) || (n == "out" && k > 0 && ruleVerb(toks[k-1].Norm)) {
				hits[i].Value.weak, hits[i].Value.denied = true, true
				break
			}
			if toks[k+1].Break {
				if deniedAcrossAside(toks, k) {
					hits[i].Value.weak, hits[i].Value.denied = true, true
				}
				break
			}
			if negatedAdjective(toks, k, h.First) {
				hits[i].Value.weak, hits[i].Value.denied = true, true
				break
			}
			if deniedBefore(toks, hits[:i], k) {
				reach-- // the denied words do not count against the reach
			} else if !negationFiller(n) {
				break
			}
		}
		if !hits[i].Value.denied && deniedClause(toks, h.First) {
			hits[i].Value.weak, hits[i].Value.denied = true, true
		}
	}
	return hits
}

// speculated reports whether the attack word at toks[i] is a rumour's: a
// word of speculation at most six words before it, in its clause
// ("rubbished online speculation about a fresh wave of cyberattacks"), or
// an "eventual" one just before it.
func speculated(toks []text.Token, i int) bool {
	// A list's comma stays within the rumour: "Gerüchte um einen
	// Systemausfall, einen Hackerangriff" (round 54).
	for k := i - 1; k >= max(0, i-6) && (!toks[k+1].Break || toks[k+1].Comma); k-- {
		switch toks[k].Norm {
		case "speculated", "speculation", "speculating", "speculate", "rumours", "rumors", "rumoured", "rumored", "rumeurs",
			"especularan", "especulaban", "especulan", "especulacion", "especulaciones", "especulou", "especulacoes",
			"spekulationen", "spekuliert", "speculazioni", "geruchten", "speculaties", "geruchte":
			return true
		case "eventuelle", "eventuelles", "eventuel", "eventuels", "eventuales", "eventuali", "eventuais":
			// "anticiper d'éventuelles cyber-attaques": attacks that may come (round 63)
			return k == i-1
		}
	}
	return false
}

// firstSuspected reports whether the attack word at toks[i] is what was
// "initially suspected" or "first thought", at most three words before.
func firstSuspected(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(1, i-3) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "suspected", "thought", "believed", "feared", "assumed":
			switch toks[k-1].Norm {
			case "initially", "first", "originally", "at":
				return true
			}
		}
	}
	return false
}

// hypothesisDismissed reports whether the attack word is a hypothesis
// ("la piste de la cyberattaque", "la hipótesis de un ciberataque") that
// its sentence, past an aside between commas, dismisses: "La piste de la
// cyberattaque, comme peuvent en subir les établissements de santé, a
// rapidement été écartée" (round 41).
func hypothesisDismissed(toks []text.Token, h text.Hit[term]) bool {
	hyp := false
	for k := h.First - 1; k >= max(0, h.First-4) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "piste", "hypothese", "pista", "hipotesis", "hipotese", "ipotesi", "hypothesis", "theory", "possibility", "spoor":
			hyp = true
		}
	}
	if !hyp {
		return false
	}
	for k := h.Last + 1; k < len(toks) && k <= h.Last+25; k++ {
		if toks[k].Break && !toks[k].Comma {
			return false
		}
		switch toks[k].Norm {
		case "ecartee", "ecarte", "exclue", "exclu", "abandonnee", "descartada", "descartado", "afastada", "afastado",
			"esclusa", "escluso", "scartata", "dismissed", "ausgeschlossen", "verworfen", "uitgesloten":
			return true
		case "ruled":
			return k+1 < len(toks) && toks[k+1].Norm == "out"
		}
	}
	return false
}

// deniedClause reports whether the attack word at toks[i] stands in a
// clause that a denial governs: "ha descartado que el corte se debiera a un
// ciberataque", "ha escluso che si tratti di un attacco". An English
// "denied that … had been breached" stays: authorities deny what leaked
// data later shows.
func deniedClause(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(1, i-12); k-- {
		switch toks[k].Norm {
		case "que", "che", "dass", "that", "qu", "dat":
			// "han descartado por ahora que el apagón se deba a un ciberataque"
			for j := k - 1; j >= max(1, k-6) && !toks[j+1].Break; j-- { // "descartó en todo momento que"
				if denial(toks, j) && !negation(toks[j].Norm) {
					return true
				}
			}
			return noEvidenceThat(toks, k) && !takenBetween(toks, k, i)
		case "believe", "think", "suspect", "believed", "thought", "suspected":
			// round 45: "Officials said they do not believe the outage was
			// a result of anything malicious or a cyberattack"
			if disbelief(toks, k) && !takenBetween(toks, k, i) {
				return true
			}
		}
		if toks[k].Break {
			return false
		}
	}
	return false
}

// disbelief reports whether the belief verb at toks[k] is negated: "do
// not believe", "don't think", "did not suspect".
func disbelief(toks []text.Token, k int) bool {
	if k >= 1 && negation(toks[k-1].Norm) {
		return true
	}
	// a contraction's "t" after its verb: negation holds "didn", "doesn"; "don" is also a name
	return k >= 2 && toks[k-1].Norm == "t" && (negation(toks[k-2].Norm) || toks[k-2].Norm == "don")
}

// noEvidenceThat reports whether the "that" at toks[k] follows a negated
// word for evidence: "there was no suggestion that the failure was the
// result of a cyber attack", "não há indícios de que o corte … tenha
// resultado de um ciberataque", "keine Hinweise darauf, dass".
func noEvidenceThat(toks []text.Token, k int) bool {
	j := k - 1
	if j > 0 && (toks[j].Norm == "de" || toks[j].Norm == "di" || toks[j].Norm == "darauf" || toks[j].Norm == "whatsoever") {
		j-- // "no indication whatsoever that this was a cyberattack"
	}
	if j < 1 {
		return false
	}
	switch toks[j].Norm {
	case "suggestion", "evidence", "indication", "indications", "sign", "signs", "indicios", "indicio", "evidencia",
		"evidencias", "indicacao", "indicacoes", "prova", "prove", "elementi", "indizi", "hinweis", "hinweise", "anzeichen",
		"indice", "indices", "preuve", "preuves", "element", "elements", "aanwijzing", "aanwijzingen", "bewijs":
	default:
		return false
	}
	for i := j - 1; i >= max(0, j-4); i-- { // "não haver, para já, indícios de que" (round 23)
		if negation(toks[i].Norm) {
			return true
		}
	}
	return false
}

// takenBetween reports whether a verb of data taken stands between toks[k]
// and toks[i]: "no evidence that data was stolen in the cyberattack" denies
// the theft, not the attack.
func takenBetween(toks []text.Token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch toks[j].Norm {
		case "stolen", "accessed", "taken", "exfiltrated", "copied", "viewed", "compromised", "affected", "misused",
			"robados", "roubados", "rubati", "gestohlen", "voles", "volees", "gestolen", "acessados", "accedidos":
			return true
		}
	}
	return false
}

// deniedBefore reports whether toks[k] is "or", "nor", "and" or "with"
// (in the languages read) right after a denied attack word, or a word of
// one: "not the result of hacking or a cyberattack" denies both, and so
// does "dementiert Hackerangriff mit Ransomware" (round 47).
func deniedBefore(toks []text.Token, before []text.Hit[term], k int) bool {
	at := k
	switch toks[k].Norm {
	case "or", "nor", "and", "with", "ou", "ni", "et", "avec", "oder", "noch", "und", "mit", "o", "u", "y", "con", "e", "com",
		"of", "en", "met":
		at = k - 1
	}
	for _, h := range before {
		if h.Value.kind == kCyber && h.Value.denied && h.First <= at && at <= h.Last {
			return true
		}
	}
	return false
}

// negatedAt reports whether a negation governs the word at toks[i], with
// only fillers between in the same clause.
func negatedAt(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		n := toks[k].Norm
		if denial(toks, k) {
			return !noOtherChoice(toks[k+1 : i])
		}
		if negatedAdjective(toks, k, i) {
			return true
		}
		if toks[k+1].Break {
			return deniedAcrossAside(toks, k)
		}
		if !negationFiller(n) {
			return false
		}
	}
	return false
}

// noOtherChoice reports whether the words between a negation and an attack
// word exclude every other course: "saw no other option but to pay
// ransom", "n'avait pas d'autre choix que de payer la rançon", "keine andere
// Wahl als": the attack is what happened (round 46).
func noOtherChoice(between []text.Token) bool {
	other, but := false, false
	for _, t := range between {
		switch t.Norm {
		case "other", "choice", "option", "options", "alternative", "autre", "choix", "andere", "wahl", "otra", "opcion",
			"altra", "scelta", "outra", "opcao", "keuze":
			other = true
		case "but", "than", "que", "als", "che", "dan":
			but = other
		}
	}
	return but
}

// negatedAdjective reports whether toks[k], right before the attack word
// at toks[i], is a lower-case word that a negation precedes: one adjective
// between, "Es war kein unvorhergesehener Hackerangriff, sondern
// unprofessionelle Entsorgung" (round 45).
func negatedAdjective(toks []text.Token, k, i int) bool {
	if k != i-1 || k == 0 || toks[i].Break || toks[k].Break || toks[k].Upper || toks[k].Digit {
		return false
	}
	switch toks[k-1].Norm { // a negation that determines a noun, not one of a verb ("will not pay ransom")
	case "no", "kein", "keine", "keinen", "keiner", "aucun", "aucune", "ningun", "ninguna", "nessun", "nessuna", "nenhum",
		"nenhuma", "geen":
		return true
	}
	return false
}

// deniedAcrossAside reports whether toks[k] ends a short aside between
// commas that follows a denial: "o Governo afastou, para já, a hipótese de
// um ciberataque", "the hospital denied, on Monday, a cyberattack".
func deniedAcrossAside(toks []text.Token, k int) bool {
	if !toks[k+1].Comma {
		return false
	}
	for j := k; j > max(0, k-3); j-- {
		if toks[j].Break {
			return toks[j].Comma && denial(toks, j-1)
		}
	}
	return false
}

// coordinator joins two nouns: "hack of cyberaanval", "ransomware or
// malware".
func coordinator(s string) bool {
	switch s {
	case "or", "of", "ou", "o", "oder", "oppure":
		return true
	}
	return false
}

// negatedAfter reports whether a negation follows the word at toks[i] in
// the same clause with only a verb or two between: "a ransom demand was not
// made", "Lösegeldforderung gebe es bislang nicht", "gijzelsoftware is geen
// sprake".
func negatedAfter(toks []text.Token, i int) bool {
	end := i + 5
	if i+2 < len(toks) && !toks[i+1].Break && !toks[i+2].Break && coordinator(toks[i+1].Norm) {
		// round 28: "van een hack of cyberaanval is nadrukkelijk geen
		// sprake": the second noun's denial is the first's too
		i, end = i+2, i+7
	}
	resume := -1
	if j, ok := relativeClauseEnd(toks, i+1); ok {
		// round 54: "Ein Cyberangriff, der oft in solchen Situationen
		// vermutet wird, konnte ausgeschlossen werden": the verb comes
		// after the relative clause that describes the noun
		i, end, resume = j-1, j+4, j
	}
	for k := i + 1; k < len(toks) && k <= end; k++ {
		if toks[k].Break && k != resume {
			return false
		}
		n := toks[k].Norm
		if denial(toks, k) {
			if k+1 < len(toks) && identityWord(toks[k+1].Norm) {
				return false // "The attackers were not identified": who, not whether
			}
			// "not" after a verb denies; "no" after a noun starts another
			// phrase ("ransomware, no data was taken" breaks on the comma).
			// A verb that rules out denies right after its noun:
			// "'Cyberangriff ausgeschlossen'".
			return k > i+1 || !negation(n)
		}
		switch n {
		case "was", "were", "is", "has", "have", "been", "had", "gebe", "gab", "gibt", "es", "bislang", "bisher",
			"wurde", "wurden", "wird", "werden", "ist", "sei", "hat", "hatte", "hatten", "made", "received", "demanded", "paid", "er", "werd", "n",
			"a", "ete", "eu", "lieu", "hubo", "houve", "c", "e", "stata", "state", "liege", "liegt", "lag", "vor",
			// "Einen Cyberangriff können wir ausschließen"
			"konnen", "kann", "wir", "man", "sicher", "mit", "sicherheit",
			// round 54: "konnte ausgeschlossen werden", "fue descartado", "kon worden uitgesloten"
			"konnte", "konnten", "fue", "foi", "kon",
			// "hackers would not be able to read the data": what a lost device's encryption prevents
			"would", "could",
			// round 28: "van een cyberaanval is nadrukkelijk geen sprake"
			"nadrukkelijk", "uitdrukkelijk", "absoluut", "beslist",
			// round 45: "Ein Hacker-Angriff steckt nicht hinter den Problemen"
			"angriff", "steckt", "stecke", "stecken", "steckte", "steckten":
			continue
		}
		return false
	}
	return false
}

// relativeClauseEnd reports whether a relative clause between commas
// opens at toks[i] ("…, der oft vermutet wird, …", "…, which many
// suspected, …") and returns the index of the token after its closing
// comma.
func relativeClauseEnd(toks []text.Token, i int) (int, bool) {
	if i >= len(toks) || !toks[i].Break || !toks[i].Comma || !relativePronoun(toks[i].Norm) {
		return 0, false
	}
	for k := i + 1; k < len(toks) && k <= i+15; k++ {
		if toks[k].Break {
			return k, toks[k].Comma
		}
	}
	return 0, false
}

// notTheCase reports whether the attack word at toks[i] is what a German
// "um … handelt es sich nicht" denies: "Um einen Cyberangriff oder einen
// Datenverlust handle es sich nicht".
func notTheCase(toks []text.Token, i int) bool {
	um := false
	for k := i - 1; k >= max(0, i-3) && !toks[k+1].Break; k-- {
		if toks[k].Norm == "um" {
			um = true
			break
		}
	}
	if !um {
		return false
	}
	verb := false
	for k := i + 1; k < len(toks) && k <= i+10 && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "handelt", "handle", "handele", "handelte":
			verb = true
		case "nicht":
			if verb {
				return true
			}
		}
	}
	return false
}

// identityWord is what a negation after an attacker may deny instead of
// the attack: "The attackers were not identified".
func identityWord(w string) bool {
	switch w {
	case "identified", "named", "known", "caught", "traced", "attributed", "found", "arrested", "disclosed":
		return true
	}
	return false
}

// attackerNoun reports whether hit h names who attacks (hackers, an
// attacker, cybercriminals, a threat actor), not the attack.
func attackerNoun(toks []text.Token, h text.Hit[term]) bool {
	return attackerWord(toks[h.Last].Norm)
}

// attackerWord is a noun for who attacks: "the attackers reportedly used a
// USB device".
func attackerWord(s string) bool {
	switch s {
	case "hacker", "hackers", "attacker", "attackers", "cybercriminal", "cybercriminals", "criminals", "intruder",
		"intruders", "actor", "actors":
		return true
	}
	return false
}

// reassured reports whether the clause before token i reassures that
// nothing happened: "There is no evidence that the data was accessed by
// hackers", "has no indication that hackers viewed the data", "does not
// believe hackers accessed", "nothing to suggest that attackers…". The
// attackers of such a clause are denied; an attack it presupposes is not
// ("no evidence that data was stolen in the cyberattack" names no attacker
// and keeps its attack).
func reassured(toks []text.Token, i int) bool {
	return negatedBefore(toks, i, true, func(w string) bool {
		switch w {
		case "evidence", "indication", "indications", "sign", "signs", "reason", "aware", "believe", "believes", "appear",
			"appears", "suggest", "suggests":
			return true
		}
		return false
	})
}

// unconfirmed reports whether the clause before token i says a finding is
// not made: "it hasn't yet confirmed any patient information has been
// misused", "has not seen any misuse" (round 62). Only a loss word is
// weakened so: "has not confirmed that hackers stole data" still tells of
// hackers.
func unconfirmed(toks []text.Token, i int) bool {
	return negatedBefore(toks, i, false, func(w string) bool {
		switch w {
		case "confirmed", "confirm", "seen", "found", "detected", "identified", "observed":
			return true
		}
		return false
	})
}

// negatedBefore reports whether a word of the clause before token i (up to
// twelve words back) is one that word accepts, with a negation (or, when
// nothing is set, "nothing") up to three words before it: "no evidence
// that …", "hasn't yet confirmed …".
func negatedBefore(toks []text.Token, i int, nothing bool, word func(string) bool) bool {
	for k := i - 1; k >= max(1, i-12); k-- {
		if toks[k+1].Break {
			return false // another clause
		}
		if !word(toks[k].Norm) {
			continue
		}
		for j := k - 1; j >= max(0, k-3); j-- {
			if negation(toks[j].Norm) || nothing && toks[j].Norm == "nothing" {
				return true
			}
		}
	}
	return false
}

// negation reports whether w is a negation word of the seven languages.
func negation(w string) bool {
	switch w {
	case "no", "not", "never", "nor", "neither", "without", "aucune", "aucun", "pas", "kein", "keine", "keinen", "keiner",
		"ningun", "ninguna", "nessun", "nessuna", "nessuno", "non", "nenhum", "nenhuma", "nao", "geen", "niet", "nicht",
		"jamais", "nunca", "keinerlei",
		// round 45: English contractions, whose "t" is a filler ("wasn't the result of a cyber attack")
		"wasn", "isn", "weren", "aren", "didn", "doesn", "hasn", "haven", "hadn",
		// round 22: "nada indica que se trate de um ciberataque", "nichts deutet auf einen Angriff hin"
		"nada", "rien", "nichts", "niets", "nulla", "niente",
		// round 66: the languages beyond the seven ("nešlo … ani o kybernetický útok", "nie był to atak",
		// "inte en it-attack", "ikke et cyberangreb", "nu a fost un atac", "не было кибератаки", "לא הייתה מתקפת סייבר")
		"nie", "ani", "neslo", "nejde", "nejednalo", "nebol", "nebolo", "nebyl", "nebylo", "nebyla", "nedoslo", "inte", "ingen",
		"inget", "inga", "ikke", "intet", "nu", "niciun", "nicio", "nem", "nincs", "δεν", "не", "нет", "ні", "nije", "nema",
		"לא", "אין", "لا", "لم", "ليس":
		return true
	}
	return false
}

// denial reports whether toks[k] denies what follows or precedes it: a
// negation, or a verb that rules it out ("Sanidad descarta un ciberataque",
// "excluída a hipótese de ataque informático") unless itself negated ("no
// descarta un ciberataque").
func denial(toks []text.Token, k int) bool {
	if negation(toks[k].Norm) || unrelatedTo(toks, k) {
		return true
	}
	switch toks[k].Norm {
	case "descarta", "descartado", "descartada", "descartan", "descartou", "descartaron", "exclui", "excluida", "excluido", "exclut",
		"exclue", "ecarte", "ecartee", "escluso", "esclusa", "esclude", "ausgeschlossen", "uitgesloten",
		"descarto", "descartaram", "excluiu", "excluyo", "excluyen", "escludono", "escluse", "exclu",
		"exclus", "ecartent", "schliesst", "schlossen", "schloss", "sluit", "sloot", "ausschliessen", "uitsluiten",
		"afasta", "afastou", "afastam", "afastaram", "afastada", "afastado", "niega", "nego", "niegan", "nega", "negou",
		"smentisce", "smentito", "smentita", "dementiert", "dementierte", "ontkent", "ontkende",
		"escludiamo", "excluimos", "descartamos", "excluons", "ecartons",
		// round 27: the present's other persons ("excluem qualquer ataque informático", "La Junta excluye un ciberataque")
		"excluem", "excluiram", "descartam", "excluye", "excluyeron", "excluent",
		// "escludendo qualsiasi attacco informatico", "excluant toute attaque"
		"escludendo", "excluyendo", "excluindo", "excluant", "ecartant",
		// "Fehlerhaftes Update statt Hackerangriff": something else instead
		"statt", "anstatt", "instead", "plutot", "invece",
		// round 29: "l'hôpital dément toute cyberattaque", "el hospital desmiente un ciberataque"
		"dement", "dementent", "dementi", "desmiente", "desmienten", "desmintio", "desmente", "desmentem", "desmentiu",
		"smentiscono", "denies", "deny", "denying",
		// round 67: Galician's and Catalan's ("Din descartar o ataque informático", "descarten un ciberatac")
		"descartar", "descarten", "descartat", "neguen":
	default:
		return false
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if negation(toks[j].Norm) {
			return false
		}
	}
	return true
}

// unrelatedTo reports whether toks[k] ends a phrase that says what follows
// had no part in the news: "sans lien avec une attaque cyber", "sin
// relación con un ciberataque", "ohne Zusammenhang mit einem Angriff",
// "unrelated to a cyberattack" (round 43).
func unrelatedTo(toks []text.Token, k int) bool {
	if toks[k].Norm == "unrelated" {
		return true
	}
	if k >= 1 && !toks[k].Break && independentOf(toks[k-1].Norm, toks[k].Norm) {
		return true
	}
	if k < 2 || toks[k].Break || toks[k-1].Break {
		return false
	}
	switch toks[k].Norm {
	case "avec", "con", "com", "mit", "met", "with", "to", "a":
	default:
		return false
	}
	switch toks[k-1].Norm {
	case "lien", "rapport", "relation", "relacion", "legame", "legami", "relazione", "relacao", "ligacao", "zusammenhang",
		"bezug", "verband", "link", "connection":
	default:
		return false
	}
	switch toks[k-2].Norm {
	case "sans", "sin", "senza", "sem", "ohne", "zonder", "without", "no", "aucun", "kein", "keinen", "geen", "nessun",
		"nessuna", "ningun", "ninguna", "nenhum", "nenhuma":
		return true
	}
	return false
}

// independentOf reports whether two words say that what follows is
// independent of the news: "indipendente dall'attacco hacker",
// "independiente del ciberataque", "unabhängig vom Hackerangriff",
// "independent of the cyberattack" (round 47).
func independentOf(adjective, preposition string) bool {
	switch adjective {
	case "independent", "independently", "indipendente", "indipendenti", "independiente", "independientes", "independente",
		"independentes", "independant", "independante", "independamment", "unabhangig", "onafhankelijk":
	default:
		return false
	}
	switch preposition {
	case "of", "from", "da", "dal", "dall", "dalla", "dai", "de", "del", "do", "des", "du", "d", "von", "vom", "van":
		return true
	}
	return false
}

// ransomPaidOrNot reports whether the hit is a ransom that the words after
// it, in its clause, say was paid or not: "no ransom was paid", "Lösegeld
// wurde nicht gezahlt". Whether it was paid, the ransom was asked.
func ransomPaidOrNot(toks []text.Token, h text.Hit[term]) bool {
	if h.Value.attack != "ransomware" || !slices.ContainsFunc(toks[h.First:h.Last+1], func(t text.Token) bool {
		return strings.HasPrefix(t.Norm, "ransom") || strings.HasPrefix(t.Norm, "rancon") || strings.HasPrefix(t.Norm, "losegeld") ||
			t.Norm == "rescate" || t.Norm == "riscatto" || t.Norm == "resgate" || strings.HasPrefix(t.Norm, "losgeld")
	}) {
		return false
	}
	for k := h.Last + 1; k < len(toks) && k <= h.Last+5 && !toks[k].Break; k++ {
		if payVerb(toks[k].Norm) {
			return true
		}
	}
	// "Physiotherapiezentrum zahlt kein Lösegeld", "won't pay any ransom" (round 47)
	for k := h.First - 1; k >= max(0, h.First-3) && !toks[k+1].Break; k-- {
		if payVerb(toks[k].Norm) {
			return true
		}
	}
	return false
}

// ruleVerb is the verb of "ruled out", "officials rule out hacking".
func ruleVerb(s string) bool { return s == "ruled" || s == "rule" || s == "rules" || s == "ruling" }

// negationFiller reports whether w may stand between a negation and the
// attack word it governs.
func negationFiller(w string) bool {
	switch w {
	case "a", "an", "the", "any", "sign", "signs", "evidence", "indication", "indications", "result", "caused", "by",
		"due", "to", "related", "linked", "was", "is", "were", "been", "be", "believed", "thought", "considered", "of",
		"un", "une", "d", "de", "du", "la", "le", "ein", "einen", "einem", "hinweis", "auf", "una", "uno", "di", "um",
		"uma", "een", "sprake", "van", "it", "this", "there", "enkele", "ninguna", "ningun", "alguna", "alguno",
		"that", "anyone", "anybody", "someone", "somebody", // "no indication that anyone hacked the server"
		"cas", "cualquier", "qualquer", "qualsiasi", "hipotese", "hipotesis", "ipotesi", "om", "piste", "pista", "l", "dell",
		"or", "access", "unauthorized", "unauthorised", // "no evidence of outside access or hacking"
		// round 27: "no evidence of hacking or other unauthorized access to its network"
		"other", "t",
		"por", "par", "per", // "causada por atualização, não por ataque hacker"
		"cyber", "computer", "network", "external", "outside", "malicious", // "no cyber intrusion"
		// round 34: "keinerlei Anhaltspunkte für einen Cyberangriff", "keine Anzeichen für einen Angriff"
		"anhaltspunkte", "anhaltspunkt", "anzeichen", "indizien", "fur", "indice",
		"demand", "demands", "demande", "demanda", "richiesta", "richieste", "pedido", "peticion", "hubo", "houve",
		"risultano", "ci", "sono", "state", "stata", "er", // "no ransom demand", "no hubo petición de rescate"
		"se", "tratou", "trata", "tratava", "trato", "tratase", "tratta", "trattato", "trattava", "agit", "agissait", "sich",
		"handelte", "handelt", "gaat", "ging", // "não se tratou de um ataque", "il ne s'agit pas d'une attaque"
		"que", "tratara", "tratasse", "che", "si", "tratti", "alcun", "alcuna", "c", "e", "stato", "resultou", "resulto",
		"zijn", "werd", "werden", "wurde", "wurden", "sind", "ist",
		"toute", "tout", "toda", "todo", "ogni", "jede", "jeden", "jegliche", "jeglichen", "elke", // "écarte toute attaque informatique"
		// "no data was lost or compromised", "geen aanwijzing voor een hack", "keinerlei Hinweise auf einen Angriff"
		"lost", "perdue", "perdues", "perdu", "perdus", "ou", "verloren", "oder", "perdida", "perdidos", "perdidas", "perso", "persi",
		"aanwijzing", "aanwijzingen", "voor", "hinweise", "hinweisen", "indicios", "indicio", "indizi", "indicacao", "indices",
		"ete", "n", "data", "donnee", "donnees", "daten", "datos", "dados", "dati", "gegevens", // "Aucune donnée n'a été perdue ou compromise"
		"information", "obtained", "accessed", "viewed", "acquired", // "No information was obtained by an outside party"
		// "Aucun élément ne laisse penser à une cyberattaque", "não existe qualquer indício de ataque informático"
		"element", "elements", "ne", "laisse", "laissent", "penser", "croire", "existe", "existem", "hay", "esiste", "esistono",
		// round 21: "There is no question of any cyberattack", "Não houve qualquer invasão ou ataque hacker"
		"question", "suggestion", "invasao", "invasion", "intrusao", "intrusion", "intrusione",
		// round 22: "nada aponta para um ciberataque", "niets wijst op een hack", "rien n'indique une attaque"
		"indica", "indican", "aponta", "apontam", "apunta", "apuntan", "indique", "indiquent", "deutet", "deuten", "wijst", "wijzen",
		"op", "darauf", "para", "trate", "traten", "tratem", "fa", "pensare", "lascia",
		// round 23: "descartó cualquier tipo de ataque informático", "any kind of cyberattack"
		"tipo", "tipos", "type", "types", "kind", "sort", "forme", "sorte", "genere", "art", "soort", "clase",
		// "ha escluso categoricamente un attacco informatico"
		"categoricamente", "categoriquement", "kategorisch", "categorically", "completamente", "totalmente", "completely",
		"tajantemente", "rotundamente", "fermamente", "firmly",
		// round 29: "a démenti mercredi avoir été victime d'une cyberattaque"
		"avoir", "etre", "victime", "victima", "vittima", "vitima", "victim",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		// round 32: "exclut « à ce stade » un piratage", "rules out at this stage a cyberattack"
		"ce", "stade", "stage", "moment", "momento", "stadio", "pour", "at", "heure", "actuelle",
		// round 41: "descartou nesta quarta-feira a possibilidade de um ataque hacker", "excluye hoy la posibilidad
		// de un ciberataque", "schließt die Möglichkeit eines Hackerangriffs aus"
		"possibilidade", "possibilidad", "posibilidad", "possibilita", "possibilite", "possibility", "moglichkeit", "mogelijkheid",
		"nesta", "neste", "segunda", "terca", "quarta", "quinta", "sexta", "feira", "sabado", "domingo", "hoje", "ontem",
		"hoy", "ayer", "lunes", "martes", "miercoles", "jueves", "viernes", "oggi", "ieri", "lunedi", "martedi", "mercoledi",
		"giovedi", "venerdi", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "heute", "gestern",
		"vandaag", "gisteren", "eines", "einer",
		// round 47: "não está relacionado a um incidente de segurança ou a um ataque cibernético",
		// "n'est pas lié à une cyberattaque", "non è collegato a un attacco informatico"
		"esta", "estao", "estava", "relacionado", "relacionada", "relacionados", "relacionadas", "lie", "liee", "lies",
		"collegato", "collegata", "legato", "legata", "correlato", "correlata", "gerelateerd",
		// round 66: the other languages' copulas, articles and "any" ("nešlo o chybu … ani o kybernetický útok",
		// "nie był to atak hakerski", "det var inte en it-attack", "nu a fost un atac cibernetic", "не было никакой кибератаки")
		"je", "o", "jednalo", "islo", "bol", "bolo", "byl", "bylo", "byla", "k", "ziadny", "ziaden", "zadny",
		"zadna", "zadne", "zadnego", "zadnej", "doszlo", "wynikiem", "var", "det", "ett", "fraga", "nagon", "nagot", "nagra",
		"tale", "noget", "noe", "et", "fost", "vorba", "este", "volt", "szo", "egy", "semmilyen", "было", "был", "была", "это",
		"никакой", "никакого", "никаких", "являлось", "було", "це", "жодної", "жодних", "става", "въпрос", "за",
		"bio", "bila", "bilo", "u", "pitanju", "radilo", "היה", "הייתה", "מדובר", "ב", "كان", "يكن", "هناك", "اي", "أي":
		// "descartaron que se tratara de un ciberataque", "escluso che si tratti di", "non c'è stato alcun attacco",
		// "dat zijn systemen niet zijn gehackt"
		return true
	}
	return false
}

// editorNotes drops the vulnerability-news hit of an "update" followed by a
// bracketed date, "UPDATE (01/02/2013): the employee revealed …": a
// chronology's note that its entry was amended, not a software update.
func editorNotes(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		if h.Value.kind != kVuln || h.First != h.Last || toks[h.First].Norm != "update" {
			return false
		}
		next := h.Last + 1
		if next < len(toks) && toks[next].Digit && toks[next].Break {
			return true
		}
		// the newsroom's promise: "will update this article if it replies" (round 62)
		return next+1 < len(toks) && (toks[next].Norm == "this" || toks[next].Norm == "the") &&
			(toks[next+1].Norm == "article" || toks[next+1].Norm == "story" || toks[next+1].Norm == "post" || toks[next+1].Norm == "report")
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
		if reassured(toks, h.First) || unconfirmed(toks, h.First) {
			hits[i].Value.weak = true // "no evidence so far that patient information was misused"
			continue
		}
		if staffWord(toks[h.First].Norm) && ownerOfAccount(toks, h.First) && outsiderInClause(toks, h.First) {
			// "an unauthorized individual gained access … using a former
			// employee's credentials": the credentials' owner, not the one
			// who got in
			hits[i].Value.weak = true
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

// paperFallback turns a loss word of paper or fax into a weak one where
// staff fell back on them: "Clinics used paper records while systems were
// rebuilt", "fall back on fax machines" tell of downtime, not of lost
// papers or a misdirected fax.
func paperFallback(toks []text.Token, sent []int, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kLoss || h.Value.weak ||
			!slices.ContainsFunc(toks[h.First:h.Last+1], func(t text.Token) bool { return t.Norm == "paper" || t.Norm == "fax" }) {
			continue
		}
		for k := h.First - 1; k >= max(0, h.First-6) && sent[k] == sent[h.First]; k-- { // over a list: "reverted to pen, paper and fax machines"
			switch toks[k].Norm {
			case "used", "using", "use", "uses", "switched", "reverted", "returned", "back", "relied", "relying", "rely",
				"bring", "bringing", "brought", "switch", "switching", // "Patients were told to bring paper records", "forced … to switch to paper records"
				"resorted", "moved", "return", "returns", "returning", "working", "work", "works", "worked",
				"reverts", "revert", "reverting", "switches", "resorts", "resort", "resorting", // "reverts to fax and paper" (round 23)
				"received", "receive", "receiving": // round 27: "referring physicians received results by courier and fax"
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
		verb := t.Norm == "accessed" || t.Norm == "copied" || t.Norm == "downloaded" || t.Norm == "inserted" || t.Norm == "retrieved" ||
			// "someone outside the office had been connecting remotely to the front desk computer"
			t.Norm == "connecting" || t.Norm == "connected" ||
			// "An unknown individual used an employee's login to the practice's remote access portal"
			(t.Norm == "used" && usedCredentials(toks, i)) ||
			// "an unknown party obtained credentials for a clinician's Office 365 account"
			((t.Norm == "obtained" || t.Norm == "stole" || t.Norm == "acquired" || t.Norm == "harvested") && usedCredentials(toks, i)) ||
			// "an unauthorized individual may have viewed emails and attachments"
			(t.Norm == "viewed" && viewedByIntruder(toks, i)) ||
			(t.Norm == "compromised" && i+1 < len(toks) && toks[i+1].Norm == "by") ||
			// "an unauthorized individual had compromised a web server"
			(t.Norm == "compromised" && i > 1 && (toks[i-1].Norm == "had" || toks[i-1].Norm == "has" || toks[i-1].Norm == "have")) ||
			// "unauthorized activity on AMCA's web payment page"
			(t.Norm == "activity" && i > 0 && (toks[i-1].Norm == "unauthorized" || toks[i-1].Norm == "unauthorised" ||
				toks[i-1].Norm == "malicious")) ||
			// "gained unauthorized access to the practice management system",
			// "Unauthorized access to a billing web server by an unknown third party"
			(t.Norm == "access" && i > 0 && (toks[i-1].Norm == "unauthorized" || toks[i-1].Norm == "unauthorised")) ||
			// "used a stolen password to log into the claims system"
			((t.Norm == "log" || t.Norm == "logged" || t.Norm == "signed" || (t.Norm == "sign" && i > 0 && toks[i-1].Norm == "to")) &&
				i+1 < len(toks) && (toks[i+1].Norm == "into" || toks[i+1].Norm == "in")) ||
			// "An unknown party got into a workstation through a remote desktop connection"
			((t.Norm == "got" || t.Norm == "broke") && i+1 < len(toks) && toks[i+1].Norm == "into" && i+2 < len(toks) &&
				systemAhead(toks, i+2)) ||
			(t.Norm == "access" && i > 0 && (toks[i-1].Norm == "gained" || toks[i-1].Norm == "gain" ||
				toks[i-1].Norm == "obtained" || toks[i-1].Norm == "got" || toks[i-1].Norm == "had")) ||
			// "An unauthorized individual was able to access AMCA's systems"
			(t.Norm == "access" && i > 1 && toks[i-1].Norm == "to" && toks[i-2].Norm == "able")
		if !verb {
			continue
		}
		agent, outsider, target, held := false, false, false, false
		for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
			switch n := toks[k].Norm; {
			case (n == "unauthorized" || n == "unauthorised") && k == i-1 && t.Norm == "access":
				// "unauthorized access" says no more than that someone got
				// in: an outside party must be named besides
			case n == "unauthorized" || n == "unauthorised":
				agent = true
			case thirdPartyAgent(toks, k, i):
				agent = true // "a third party gained unauthorized access to several employee email accounts"
			case k == i+1 && n == "without" && k+1 < len(toks) && (toks[k+1].Norm == "authorization" ||
				toks[k+1].Norm == "authorisation" || toks[k+1].Norm == "permission"):
				agent = true // "a workforce member's email account was accessed without authorization"
			case (n == "thief" || n == "thieves") && k < i && (t.Norm == "log" || t.Norm == "logged" || t.Norm == "used"):
				// round 22: "the thief subsequently used network credentials saved on the laptop to log into the
				// CE's web-based email system": a stolen device's thief who logged in is an intruder
				agent, outsider = true, true
			case n == "outside" || n == "unknown" || n == "external" || n == "remote" || n == "remotely" || n == "foreign" || n == "overseas" ||
				n == "malicious" || n == "criminal" || n == "criminals" || n == "outsider" || n == "outsiders":
				agent, outsider = true, true
			case k > i && k <= i+4 && (n == "ip" || n == "ips") && toks[k-1].Norm != "its" && toks[k-1].Norm != "our":
				// "An employee's email account was accessed from an IP
				// address in Nigeria": a login from somewhere else
				agent, outsider = true, true
			case systemWord(n) || accountWord(n) || n == "site" || n == "code" || n == "script" || n == "page" ||
				n == "webpage" || n == "web" || n == "software":
				target = true
			case k > i && (n == "records" || n == "electronic" || n == "files"):
				held = true // "an unknown third party obtained access to client treatment records"
			}
		}
		target = target || (held && outsider && t.Norm != "inserted") ||
			// "The health plan's information was inappropriately accessed by an unknown third party"
			(byOutsider(toks, i) && heldBefore(toks, i) && !reassured(toks, i)) ||
			// "An email account belonging to a billing employee at X was accessed by an unauthorized person":
			// the passive's subject, beyond the window
			(byOutsider(toks, i) && accountSubject(toks, i))
		// "an email account belonging to a nurse case manager was accessed
		// by an unknown individual": the outsider named, staff words near
		// are the account's owner
		if !agent || !target || (staffNear(toks, i) && (!byOutsider(toks, i) || mistakeNear(toks, i))) || physicalEntry(toks, i) ||
			accessInDoubt(toks, i) {
			continue
		}
		covered := false
		for _, h := range hits {
			if h.Value.kind == kCyber && !h.Value.weak && h.First <= i && i <= h.Last {
				covered = true
			}
		}
		if !covered {
			added = append(added, intrusionHit(toks, i))
		}
	}
	return withHits(hits, added)
}

// accessInDoubt reports whether the access verb at toks[i] is asked about
// or only possible: "It remains unclear … whether it was accessed by
// unauthorized parties", "the information could have been accessed by
// unauthorized third parties" — an exposed database or website, where
// nobody is known to have got in (round 62). A notice's "may have been
// accessed" follows an intrusion found, and stays one.
func accessInDoubt(toks []text.Token, i int) bool {
	if i >= 3 && toks[i-1].Norm == "been" && toks[i-2].Norm == "have" && (toks[i-3].Norm == "could" || toks[i-3].Norm == "might") {
		return true
	}
	for k := i - 1; k >= max(0, i-5) && !toks[k+1].Break; k-- {
		if toks[k].Norm == "whether" {
			return true
		}
	}
	return false
}

// intrusionHit is the attack hit an intrusion's verb at toks[i] adds: data
// taken, or an account taken over where credentials were obtained.
func intrusionHit(toks []text.Token, i int) text.Hit[term] {
	attack := "data_breach"
	if toks[i].Norm != "used" && usedCredentials(toks, i) {
		attack = "account_compromise"
	}
	return text.Hit[term]{Value: term{kind: kCyber, attack: attack}, First: i, Last: i}
}

// viewedByIntruder reports whether the "viewed" at toks[i] has an
// unauthorized or unknown party as its subject, a few words before it: "an
// unauthorized individual may have viewed emails" (not "a third party may
// have viewed the spreadsheets" an employee sent home).
func viewedByIntruder(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-5) && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "unauthorized", "unauthorised", "unknown", "intruder", "intruders", "hacker", "hackers", "attacker", "attackers":
			return true
		}
	}
	return false
}

// usedCredentials reports whether the verb at toks[i] ("used", "obtained")
// takes a login or a password as its object, within four words: "used an
// employee's login", "obtained credentials for a clinician's account".
func usedCredentials(toks []text.Token, i int) bool { return credentialsWithin(toks, i, 4) }

// credentialsWithin reports whether a login or password word follows
// toks[i] within n words of its clause.
func credentialsWithin(toks []text.Token, i, n int) bool {
	for k := i + 1; k < min(len(toks), i+n+1) && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "login", "logins", "credentials", "password", "passwords", "username", "usernames",
			// round 49: "Los atacantes robaron las credenciales"
			"credenciales", "credenziali", "credenciais", "identifiants", "zugangsdaten", "inloggegevens", "contrasenas",
			"passwort", "passworter", "wachtwoorden", "wachtwoord", "senhas":
			// "stole a password-protected tablet": the device's lock, no
			// credentials taken
			if k+1 < len(toks) && (toks[k+1].Norm == "protected" || toks[k+1].Norm == "protection") {
				continue
			}
			return true
		}
	}
	return false
}

// thirdPartyAgent reports whether toks[k] is the "party" of "a third party"
// that is the subject of the access verb at toks[i]: "a third party gained
// unauthorized access". A third-party vendor or service is a business
// associate, not an intruder.
func thirdPartyAgent(toks []text.Token, k, i int) bool {
	if k < 1 || k >= i || toks[k].Norm != "party" || toks[k-1].Norm != "third" {
		return false
	}
	switch toks[k+1].Norm {
	case "vendor", "vendors", "provider", "providers", "service", "services", "contractor", "contractors", "company",
		"companies", "firm", "app", "application", "applications", "software", "website", "administrator", "billing":
		return false
	}
	for m := k + 1; m < i; m++ {
		if toks[m].Break || staffWord(toks[m].Norm) {
			return false // "a third party's employee", "a third party, which …"
		}
	}
	return true
}

// theftInAttack drops a weak theft word where the sentence says the data
// was taken in an attack, which its own word tells: "patient data was
// stolen in the cyberattack on the hospital", "Daten gestohlen bei dem
// Cyberangriff", "im Rahmen des Angriffs" (round 49). No device was lost.
// Only where a health organisation is named: the loss word keeps health
// data taken from a school or a shop from counting as a health
// organisation's attack.
func theftInAttack(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	theft := func(h text.Hit[term]) bool {
		return h.Value.kind == kLoss && h.Value.weak && lossTheftWord(toks[h.First].Norm)
	}
	if !slices.ContainsFunc(hits, theft) {
		return hits // most texts: no map on the hot path
	}
	attackAt := map[int]bool{} // a weak word too where a strong one names the attack elsewhere
	org, strong, ransomware := false, false, false
	for _, h := range hits {
		if h.Value.kind == kCyber {
			attackAt[h.First] = true
			strong = strong || !h.Value.weak
			ransomware = ransomware || (h.Value.attack == "ransomware" && !h.Value.weak)
		}
		org = org || h.Value.kind == kHealthOrg
	}
	if !org || !strong {
		return hits
	}
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		if !theft(h) {
			return false
		}
		during := func(k int) bool {
			if !duringWord(toks[k].Norm) {
				return false
			}
			for j := k + 1; j < len(toks) && j <= k+3 && !toks[j].Break; j++ {
				if attackAt[j] || attackNoun(strings.TrimSuffix(toks[j].Norm, "s")) {
					return true
				}
			}
			return false
		}
		if ransomware && stolenData(toks, h.First) {
			return true // "sensitive data were stolen", "the stolen data", in a ransomware attack's text (round 51)
		}
		for k := h.Last + 1; k < len(toks) && k <= h.Last+8 && !toks[k].Break; k++ {
			if during(k) {
				return true
			}
		}
		// German puts the verb last: "wurden bei dem Cyberangriff auf die Klinik gestohlen"
		for k := h.First - 1; k >= 0 && k >= h.First-8 && !toks[k+1].Break; k-- {
			if during(k) {
				return true
			}
		}
		return false
	})
}

// stolenData reports whether the theft word at toks[i] tells of data, not
// of a device: the word "data" within four words before or after it in its
// sentence ("sensitive data were stolen", "the stolen data"), and no device
// named after it. Not a size ("500 GB of stolen files"): a gang's
// write-up counts its haul from schools and hospitals alike.
func stolenData(toks []text.Token, i int) bool {
	if deviceTaken(toks, i) {
		return false
	}
	data := func(k int) bool {
		switch toks[k].Norm {
		case "data", "daten", "donnees", "datos", "dati", "dados", "gegevens":
			return true
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k+1].Break; k-- {
		if data(k) {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+4 && !toks[k].Break; k++ {
		if data(k) {
			return true
		}
	}
	return false
}

// lossTheftWord is a weak loss word for something stolen.
func lossTheftWord(s string) bool {
	switch s {
	case "stolen", "theft", "gestohlen", "diebstahl", "robado", "robo", "furto", "rubato", "roubado", "roubo", "vol",
		"gestolen", "diefstal":
		return true
	}
	return false
}

// duringWord is "in" or "during" before the attack that took the data.
func duringWord(s string) bool {
	switch s {
	case "in", "during", "bei", "beim", "im", "wahrend", "durante", "en", "nel", "nell", "nella", "lors", "pendant", "tijdens", "bij":
		return true
	}
	return false
}

// outsiderTook adds an attack hit where an outside party named in the
// sentence took data: "an unauthorised party had accessed an offline set
// of patient data … and had stolen personal, medical and health insurance
// information", "an unauthorised party had previously obtained personal
// and health information". A device taken ("hackers stole a laptop" is
// rare, "an unauthorized person took a laptop" common) stays a theft.
func outsiderTook(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		switch t.Norm {
		case "stole", "stolen", "obtained", "took", "taken", "exfiltrated", "acquired", "copied", "extracted", "downloaded", "download",
			"retrieve", "retrieved", "removed",
			// round 49: "De aanvallers die bij MediSecure gegevens wisten te stelen"
			"stelen", "gestolen", "stalen", "stehlen", "gestohlen", "stahlen", "erbeutet", "erbeuteten", "voler", "vole", "volees",
			"robar", "robaron", "robado", "robados", "rubare", "rubato", "rubati", "rubarono", "roubar", "roubaram", "roubados":
		default:
			continue
		}
		if (t.Norm == "took" || t.Norm == "taken") && i+1 < len(toks) && toks[i+1].Norm == "over" {
			continue // "hackers took over the ministry's Facebook account": a takeover, no data taken (round 23)
		}
		if t.Norm == "removed" && !removedData(toks, i) {
			continue
		}
		agent := -1
		for k := i - 1; k >= max(0, i-25) && !toks[k+1].Break; k-- {
			if outsideAgent(toks, k) {
				agent = k
				break
			}
		}
		if agent < 0 || staffNear(toks, i) || physicalEntry(toks, i) || deviceTaken(toks, i) || credentialsTaken(toks, i) || reassured(toks, agent) ||
			negatedAt(toks, agent) {
			continue
		}
		covered := false
		for j, h := range hits {
			if h.First <= i && i <= h.Last {
				switch {
				case h.Value.kind == kCyber && !h.Value.weak:
					covered = true
				case h.Value.kind == kLoss && h.Value.weak:
					hits[j].Value = term{kind: kCyber, attack: "data_breach"} // "had stolen": the outsider's
					covered = true
				}
			}
		}
		if !covered {
			added = append(added, intrusionHit(toks, i))
		}
	}
	return withHits(hits, added)
}

// removedData reports whether "removed" at toks[i] takes data out of
// systems: "an unauthorized party removed data from its systems" (round
// 64); not a laptop or files from an office.
func removedData(toks []text.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "data", "information":
			return true
		}
	}
	return false
}

// outsideAgent reports whether toks[k] names an outside party that takes
// data: hackers, cybercriminals, a threat actor, an unauthorised party.
func outsideAgent(toks []text.Token, k int) bool {
	switch toks[k].Norm {
	case "hacker", "hackers", "cybercriminal", "cybercriminals", "attacker", "attackers", "intruder", "intruders",
		"aanvallers", "aanvaller", "angreifer", "cyberkriminelle", "cybercriminelen", "cybercriminels", "attaquants",
		"ciberdelincuentes", "atacantes", "cybercriminali", "aggressori", "cibercriminosos":
		return true
	case "actor", "actors":
		return k > 0 && (toks[k-1].Norm == "threat" || toks[k-1].Norm == "unknown" || toks[k-1].Norm == "malicious")
	case "gang", "gangs":
		// "the Medusa gang claimed to have stolen over two terabytes" (round 51); a gang that takes a device
		// stays a theft (deviceTaken)
		return true
	case "group", "operators", "affiliate":
		// "The BlackSuit ransomware group claimed the attack and said it had stolen …"
		return k > 0 && (toks[k-1].Norm == "ransomware" || toks[k-1].Norm == "hacker" || toks[k-1].Norm == "hacking" ||
			toks[k-1].Norm == "extortion" || toks[k-1].Norm == "cybercriminal" || toks[k-1].Norm == "cybercrime")
	case "unauthorized", "unauthorised":
		if k+1 < len(toks) {
			switch toks[k+1].Norm {
			case "party", "parties", "individual", "individuals", "person", "persons", "third", "actor", "actors", "user", "users":
				return true
			}
		}
	case "party", "parties", "individual", "individuals", "person", "persons":
		// "an outside party", "an unknown individual"; "a third party
		// obtained access", not "a third-party vendor"
		if k == 0 || (k+1 < len(toks) && partyRole(toks[k+1].Norm)) {
			return false
		}
		switch toks[k-1].Norm {
		case "outside", "unknown", "external", "unidentified":
			return true
		case "third":
			return toks[k].Norm == "party" || toks[k].Norm == "parties"
		}
	}
	return false
}

// partyRole is a noun after "third party" that makes it a business's
// role, not an intruder: "a third-party vendor", "third party processor".
func partyRole(s string) bool {
	switch s {
	case "vendor", "vendors", "provider", "providers", "processor", "service", "services", "administrator", "app", "apps",
		"company", "contractor", "payer", "billing", "website", "websites", "software", "platform":
		return true
	}
	return false
}

// credentialsTaken reports whether what was taken at toks[i] is a way in,
// not data: "an unknown party who had obtained the password through a
// phishing email" tells how the account was taken over.
func credentialsTaken(toks []text.Token, i int) bool { return credentialsWithin(toks, i, 3) }

// deviceTaken reports whether what was taken at toks[i] is a device or
// paper: "took a laptop", "stolen from an employee's car".
func deviceTaken(toks []text.Token, i int) bool {
	for k := i + 1; k < min(len(toks), i+6) && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "laptop", "laptops", "computer", "computers", "car", "vehicle", "bag", "backpack", "briefcase", "drive", "drives",
			"phone", "phones", "tablet", "tablets", "documents", "paper", "papers", "mail", "box", "boxes", "equipment", "desktop":
			return true
		}
	}
	return false
}

// physicalEntry reports whether the words around toks[i] tell of a
// break-in to premises: "gained unauthorized access to the office by
// breaking a window".
func physicalEntry(toks []text.Token, i int) bool {
	for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
		switch toks[k].Norm {
		case "breaking", "broke", "window", "windows", "door", "doors", "burglary", "burglarized", "burglar", "burglars",
			"forced", "pried", "premises":
			return true
		}
	}
	return false
}

// insiders adds a strong loss hit where the organisation's own people
// accessed or viewed records: "A pharmacy employee impermissibly accessed
// prescription records", "Two workforce members accessed patient records
// without authorization". The staff word stands at most four words before
// the verb, no outsider word between, and it does not own an account
// ("an employee's email account was accessed" is an intrusion).
func insiders(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		if (t.Norm != "accessed" && t.Norm != "viewed") || byOutsider(toks, i) {
			continue
		}
		for k := i - 1; k >= max(0, i-4); k-- {
			n := toks[k].Norm
			if toks[k+1].Break || n == "unauthorized" || n == "unauthorised" || n == "unknown" || n == "outside" ||
				n == "hacker" || n == "hackers" || n == "party" {
				break
			}
			if staffWord(n) && !ownerOfAccount(toks, k) && n != "allowed" && n != "error" && !dataOfStaff(toks, k) {
				added = append(added, text.Hit[term]{Value: term{kind: kLoss}, First: i, Last: i})
				break
			}
		}
	}
	return withHits(hits, added)
}

// dataOfStaff reports whether the staff word at toks[k] says whose data
// was accessed, not who accessed it: "Some patient, employee information
// accessed in N.L. cyberattack" (round 44).
func dataOfStaff(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Break {
		return false
	}
	switch toks[k+1].Norm {
	case "information", "data", "records", "details", "files":
		return true
	}
	return false
}

// breachedSystems adds an unambiguous attack hit where a computer system
// "was breached" ("its Accounts Payable system may have been breached"):
// a system, unlike "data" or "privacy", is breached by breaking into it.
// The computer word must stand in the same clause, at most seven words
// before, and no staff word may be near (but "employee information" may).
func breachedSystems(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		if (t.Norm != "breached" && t.Norm != "attacked") || t.Break {
			continue
		}
		target, staff := false, false
		for k := i - 1; k >= max(0, i-7); k-- {
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
			// "employee information" is what the system held, not who breached it
			staff = staff || (staffWord(toks[k].Norm) && (k+1 >= len(toks) || !heldData(toks[k+1].Norm)))
		}
		if target && !staff {
			added = append(added, text.Hit[term]{Value: term{kind: kCyber, attack: "data_breach"}, First: i, Last: i})
		}
	}
	return withHits(hits, added)
}

// compromisedMailboxes adds an unambiguous attack hit where an email
// account "had been compromised": "an employee's email account had been
// compromised", "several email accounts were compromised". Only an outsider
// compromises a mailbox; its owner's staff word is no insider. The mailbox
// stands in the same clause, at most six words before.
func compromisedMailboxes(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		if t.Norm != "compromised" || t.Break {
			continue
		}
		for k := i - 1; k >= max(0, i-6); k-- {
			if n := toks[k].Norm; (n == "account" || n == "accounts" || n == "mailbox" || n == "mailboxes" || n == "inbox") &&
				(n != "account" && n != "accounts" || k > 0 && (toks[k-1].Norm == "email" || toks[k-1].Norm == "e")) {
				if slices.ContainsFunc(toks[max(0, k-3):k], func(t text.Token) bool { return negation(t.Norm) }) {
					break // "no email accounts were compromised"
				}
				added = append(added, text.Hit[term]{Value: term{kind: kCyber, attack: "account_compromise"}, First: i, Last: i})
				break
			}
			if toks[k].Break || negation(toks[k].Norm) {
				break
			}
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

// lockedOut makes "locked out of" an attack where what was locked is
// computing ("locked out of their computer network", "locked out of its
// patient database"), not a surgery or talks.
func lockedOut(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kCyber || !h.Value.weak || h.Value.attack != "ransomware" || toks[h.Last].Norm != "of" {
			continue
		}
		computing := false
		for k := h.Last + 1; k < len(toks) && k <= h.Last+5 && !toks[k].Break; k++ {
			if n := toks[k].Norm; systemWord(n) || accountWord(n) || n == "data" || n == "files" || n == "records" ||
				n == "database" || n == "computer" || n == "computers" || n == "phone" || n == "phones" {
				computing = true
				break
			}
		}
		// "locked out of the computer system after a botched software
		// upgrade": a stated cause that is no attack
		for k := h.Last + 1; computing && k < len(toks) && k <= h.Last+15 && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "upgrade", "upgrades", "glitch", "glitches", "migration", "outage", "bug", "botched", "malfunction", "failure":
				computing = false
			}
		}
		hits[i].Value.weak = !computing
	}
	return hits
}

// digitalBreakIns turns a break-in into an intrusion when what was broken
// into is a network, not an office: "a foreign state actor broke into the
// systems of Helse Sør-Øst".
func digitalBreakIns(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	for i, h := range hits {
		if h.Value.kind != kLoss || h.Value.weak {
			continue
		}
		if n := toks[h.Last].Norm; n != "into" && n != "in" && n != "from" {
			continue // "data stolen from its network" as "broke into the systems of"
		}
		if hackersBrokeIn(toks, h.First) {
			// "A group of hackers broke into the Miami Family Medical
			// Centre": hackers break into networks, not offices
			hits[i].Value = term{kind: kCyber, attack: "data_breach"}
			continue
		}
	object:
		for k := h.Last + 1; k < len(toks) && k <= h.Last+12 && !toks[k].Break; k++ {
			switch toks[k].Norm {
			case "server", "servers", "network", "networks", "system", "systems", "database", "databases", "website",
				"websites", "portal", "platform", "email", "accounts", "account", "mailbox", "mailboxes":
				if k+1 < len(toks) && (toks[k+1].Norm == "room" || toks[k+1].Norm == "closet") {
					break object // "broke into the server room": an office
				}
				hits[i].Value = term{kind: kCyber, attack: "data_breach"}
				break object
			case "and", "or", "where", "which", "through", "car", "vehicle", "office", "offices", "home", "building":
				break object // "broke into the office and stole computers"
			}
		}
	}
	return hits
}

// hackersBrokeIn reports whether a hacker is the subject of the break-in
// at token i, or a network what was broken into, at most three words before
// it: "hackers broke into", "a hacker had broken into", "a government
// database was broken into".
func hackersBrokeIn(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k+1].Break; k-- {
		switch toks[k].Norm {
		case "hacker", "hackers", "cybercriminal", "cybercriminals", "cyberattackers":
			return true
		case "database", "databases", "server", "servers", "network", "networks":
			return toks[i].Norm == "broken" && k+1 < i && (toks[k+1].Norm == "was" || toks[k+1].Norm == "were" || toks[k+1].Norm == "had")
		}
	}
	return false
}

// capitalsOnly drops the hits of abbreviations that are words or names
// when not written in capitals: "PHI" (protected health information) and
// Sigma Phi Delta, the "CHU" of Rennes and Mr. Chu, a Dutch "UMC" and a
// church's "Umc", "EMS" and "Ems", "MRI" and "Mri".
func capitalsOnly(src string, toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	return slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
		if h.First != h.Last {
			return false
		}
		switch toks[h.First].Norm {
		case "phi", "chu", "umc", "ems", "mri", "apt":
			raw := src[toks[h.First].Start:toks[h.First].End]
			return raw != strings.ToUpper(raw)
		}
		return false
	})
}

// coveredEntityAbbr adds a HIPAA party for "CE", the regulator's short
// form of "covered entity" ("The CE's server was compromised"), written in
// capitals: the folded form is also French "ce".
func coveredEntityAbbr(src string, toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	var added []text.Hit[term]
	for i, t := range toks {
		if t.Norm == "ce" && src[t.Start:t.End] == "CE" {
			added = append(added, text.Hit[term]{Value: term{kind: kHealthWeak}, First: i, Last: i})
		}
	}
	return withHits(hits, added)
}

// credentialSuffix adds a care-provider hit for a clinician's credential
// that ends a registry title ("John Smith, DDS", "Maria Lopez, M.D.",
// "Jane Doe, OD", "Gary Lee DDS", "Linda K. Park, DDS, PC", "Jane Smith MD
// PC"), or for a title that opens with "Dr." before a name ("Dr. Alan
// Weiss"): the record is a practice. A credential is written in capitals
// (or dotted); one that is also a place or a word ("Baltimore, Md.",
// "Washington DC", "DO") needs the comma, or a legal form after it.
func credentialSuffix(src string, toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	n := len(toks)
	if n < 2 {
		return hits
	}
	if toks[0].Norm == "dr" && toks[0].Upper && toks[1].Upper && !toks[1].Break && n <= 6 &&
		!slices.ContainsFunc(hits, func(h text.Hit[term]) bool { return h.First == 0 }) &&
		!slices.ContainsFunc(toks, func(t text.Token) bool { return businessName(t.Norm) }) {
		hits = withHits(hits, []text.Hit[term]{{Value: org("care_provider"), First: 0, Last: 0}})
	}
	last, legal := n-1, false
	switch toks[last].Norm {
	case "pc", "pa", "pllc", "llc", "inc", "ltd", "sc":
		last, legal = last-1, true
	}
	if last < 1 {
		return hits
	}
	// The credential: one word ("DDS") or dotted letters ("D.D.S.", "O.D.").
	first, cred := last, toks[last].Norm
	if len(cred) == 1 {
		cred = ""
		for first >= 0 && len(toks[first].Norm) == 1 && last-first < 4 {
			cred = toks[first].Norm + cred
			first--
		}
		first++
		if first == last || !strings.Contains(src[toks[first].Start:toks[last].End], ".") {
			return hits
		}
	}
	switch cred {
	case "dds", "dmd", "dpm", "md", "od", "do", "dc", "np", "lcsw", "psyd", "facs", "facp": // not DVM: animals' doctors
	default:
		return hits
	}
	if first < 1 {
		return hits
	}
	raw := src[toks[first].Start:toks[last].End]
	comma := strings.Contains(src[toks[first-1].End:toks[first].Start], ",")
	safe := cred == "dds" || cred == "dmd" || cred == "dpm" || (legal && cred != "dc")
	if raw != strings.ToUpper(raw) || (!comma && !safe) || (cred == "dc" && first == last) {
		return hits
	}
	return withHits(hits, []text.Hit[term]{{Value: org("care_provider"), First: first, Last: last}})
}

// businessName reports words of a business's name that no doctor's
// practice bears: "Dr Pepper Bottling Company", "Dr. PC Computer Repair".
func businessName(w string) bool {
	switch w {
	case "pepper", "bottling", "company", "computer", "computers", "repair", "pc", "fix", "services", "home", "it",
		"auto", "car", "shop", "store", "products", "inc", "llc", "co":
		return true
	}
	return false
}

// systemWord reports whether w names a computer system an attacker breaks into.
func systemWord(w string) bool {
	switch w {
	case "server", "servers", "network", "networks", "system", "systems", "database", "databases", "website",
		"computer", "computers", "workstation", "workstations", "websites", "application", "applications", "app", "portal",
		"platform", "ehr", "emr":
		return true
	}
	return false
}

// staffNear reports whether a staff or mistake word stands within
// intrusionWindow tokens of toks[i]: an insider or an error, not an outsider.
func staffNear(toks []text.Token, i int) bool {
	for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
		if staffWord(toks[k].Norm) && !ownerOfAccount(toks, k) && !practiceOf(toks, k) && !outsiderAllowed(toks, k) &&
			!accountKind(toks, k) {
			return true
		}
	}
	return false
}

// outsiderAllowed reports whether the "allowed" at toks[k] lets in an
// outsider through a stolen key, no one's mistake: "A compromised
// password allowed an unknown party to log in".
func outsiderAllowed(toks []text.Token, k int) bool {
	if toks[k].Norm != "allowed" {
		return false
	}
	for j := max(0, k-3); j < min(len(toks), k+4); j++ {
		switch toks[j].Norm {
		case "compromised", "stolen", "unknown", "hacker", "hackers", "attacker", "attackers", "intruder", "intruders":
			return true
		}
	}
	return false
}

// accountKind reports whether the staff word at toks[k] is the kind of an
// account, not a person: "an administrator account", "a physician portal
// account".
func accountKind(toks []text.Token, k int) bool {
	return k+1 < len(toks) && !toks[k+1].Break && (accountWord(toks[k+1].Norm) || toks[k+1].Norm == "portal")
}

// practiceOf reports whether the staff word at k names the kind of an
// organisation, not a person: "billing services to physician practices".
func practiceOf(toks []text.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Break {
		return false
	}
	switch toks[k+1].Norm {
	case "practice", "practices", "offices", "groups", "group", "clients", "organizations", "organisations":
		return true
	}
	return false
}

// byOutsider reports whether the access verb at toks[i] names an outsider
// as its agent: "accessed by an unauthorized party", "viewed by hackers".
func byOutsider(toks []text.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Norm != "by" || toks[i+1].Break {
		return false
	}
	for k := i + 2; k < min(len(toks), i+6) && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "unauthorized", "unauthorised", "unknown", "outside", "external", "hacker", "hackers", "attacker", "attackers", "intruder",
			"unidentified":
			return true
		}
	}
	return false
}

// ownerOfAccount reports whether the staff word at k owns what was
// accessed ("an employee's email account", "a workforce member's
// mailbox", "the email account of a workforce member"): the staff member is
// the one whose account was taken, not the one who took it.
func ownerOfAccount(toks []text.Token, k int) bool {
	// "the email account of a workforce member", "the email accounts of
	// three employees", "the email account of a Nueces Bay Cardiology
	// billing employee"
	for j := k - 1; j > 0 && j >= k-6 && !toks[j+1].Break; j-- {
		if toks[j].Norm == "of" && (accountWord(toks[j-1].Norm) || credentialWord(toks[j-1].Norm)) {
			return true // "the credentials of a former employee" (round 23)
		}
		if toks[j].Norm == "belonging" && toks[j+1].Norm == "to" && (accountWord(toks[j-1].Norm) || credentialWord(toks[j-1].Norm)) {
			return true // "an email account belonging to an employee" (round 26)
		}
	}
	for j := k + 1; j < min(len(toks), k+7); j++ {
		switch toks[j].Norm {
		case "member", "members", "s", "365", "microsoft", "google", "outlook", "gmail", "office", "o365", "exchange",
			"employee", "employees", "staff", "workforce": // "a former employee's credentials"
			continue // "an employee's Office 365 email account"
		case "email", "account", "accounts", "mailbox", "mailboxes", "credentials", "password", "login", "webmail",
			// a staff member's device: "an employee workstation had been accessed by an unauthorized party"
			"workstation", "workstations", "computer", "computers", "laptop", "laptops", "desktop", "pc", "device", "devices":
			return true
		}
		return false
	}
	return false
}

// outsiderInClause reports whether an outsider is named in the sentence
// of toks[k], before it: "an unauthorized individual", "an unknown party",
// "hackers".
func outsiderInClause(toks []text.Token, k int) bool {
	for j := k - 1; j >= max(0, k-25); j-- {
		switch toks[j].Norm {
		case "unauthorized", "unauthorised", "unknown", "outsider", "outsiders", "hacker", "hackers", "attacker", "attackers",
			"intruder", "intruders":
			return true
		}
		if toks[j+1].Break && toks[j+1].Upper {
			return false
		}
	}
	return false
}

// accountSubject reports whether an account or a system word stands in the
// clause before the passive verb at toks[i], up to twenty words back: the
// subject of "… was accessed by an unauthorized person". The comma of a
// place ("A server at X in Pinehurst, North Carolina was accessed by an
// unauthorized user", round 24) does not end the clause.
func accountSubject(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-20); k-- {
		if accountWord(toks[k].Norm) || systemWord(toks[k].Norm) {
			return true
		}
		if toks[k].Break && !placeComma(toks, k) {
			return false
		}
	}
	return false
}

// placeComma reports whether the break before toks[k] is the comma of a
// place's name: "in Pinehurst, North Carolina", "in Red Bank, New Jersey".
func placeComma(toks []text.Token, k int) bool {
	if k < 2 || !toks[k].Upper || !toks[k-1].Upper {
		return false
	}
	return toks[k-2].Norm == "in" || (k >= 3 && toks[k-2].Upper && !toks[k-1].Break && toks[k-3].Norm == "in")
}

// credentialWord reports whether w names what signs a user in.
func credentialWord(w string) bool {
	switch w {
	case "credentials", "credential", "password", "passwords", "username", "usernames":
		return true
	}
	return false
}

// accountWord names a mailbox or an account an intruder gets into.
func accountWord(w string) bool {
	switch w {
	case "email", "emails", "account", "accounts", "mailbox", "mailboxes", "inbox", "o365", "office", "webmail", "login", "logins":
		return true
	}
	return false
}

// staffWord reports whether w speaks of the organisation's own people or of
// a mistake.
func staffWord(w string) bool {
	switch w {
	case "employee", "employees", "staff", "workforce", "former", "physician", "nurse", "intern", "contractor",
		"volunteer":
		return true
	}
	return mistakeWord(w)
}

// mistakeWord reports whether w speaks of a mistake.
func mistakeWord(w string) bool {
	switch w {
	case "misdirected", "mistakenly", "inadvertently", "accidentally", "accidental", "erroneously", "error", "allowed":
		return true
	}
	return false
}

// mistakeNear reports whether a mistake word stands within intrusionWindow
// tokens of toks[i]: "accidentally posted on a public website and accessed
// by unknown users" is an exposure, whoever looked.
func mistakeNear(toks []text.Token, i int) bool {
	for k := max(0, i-intrusionWindow); k < min(len(toks), i+intrusionWindow+1); k++ {
		if mistakeWord(toks[k].Norm) && !outsiderAllowed(toks, k) {
			return true
		}
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
// reports say virus for malware, health news for biology. An outbreak
// named after malware is dropped.
func computerVirus(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	// an outbreak of malware ("Global Petya Outbreak", "the ransomware
	// outbreak") is no disease's, and nor is "the outbreak" the text names
	// after it, with no disease before it (round 43: "the NotPetya malware
	// outbreak … shortly after the outbreak started")
	outbreak := func(h text.Hit[term]) bool {
		switch toks[h.First].Norm {
		case "outbreak", "outbreaks", "epidemic", "pandemic":
			return h.Value.kind == kBio
		}
		return false
	}
	malwareAt := -1 // the first malware outbreak
	for _, h := range hits {
		if outbreak(h) && h.First > 0 && slices.ContainsFunc(hits, func(c text.Hit[term]) bool {
			return c.Value.kind == kCyber && !c.Value.weak && c.Last == h.First-1
		}) {
			malwareAt = h.First
			break
		}
	}
	if malwareAt >= 0 {
		hits = slices.DeleteFunc(hits, func(h text.Hit[term]) bool {
			return outbreak(h) && h.First >= malwareAt && !slices.ContainsFunc(hits, func(b text.Hit[term]) bool {
				return b.Value.kind == kBio && b.Last == h.First-1 // "a measles outbreak"
			})
		})
	}
	for i, h := range hits {
		n := i
		if h.Value.kind != kBio || (toks[h.First].Norm != "virus" && toks[h.First].Norm != "viruses") {
			continue
		}
		if n > 0 && hits[n-1].Value.kind == kBio && (hits[n-1].Last == h.First-1 ||
			(hits[n-1].Last == h.First-2 && len(toks[h.First-1].Norm) == 1)) {
			continue // "Zika virus", "the influenza virus", "Hepatitis A virus": a disease's virus
		}
		for k := max(0, h.First-6); k < min(len(toks), h.Last+9); k++ {
			if k > 0 && careTaker(toks[k-1].Norm) {
				continue // "a hospital network sees a surge in virus cases", "a restaurant server"
			}
			if toks[k].Norm == "it" && (!toks[k].Upper || k == 0 || toks[k].Break) {
				continue // the pronoun, not IT: "unless it is essential. The highly contagious virus …" (round 25)
			}
			if computerWord(toks[k].Norm) { // "Virus forces MedStar Health to shut down computer systems"
				hits[i].Value = term{kind: kCyber, attack: "malware"}
				break
			}
		}
		if hits[i].Value.kind == kBio && virusOnComputers(toks, h.Last) {
			hits[i].Value = term{kind: kCyber, attack: "malware"}
		}
	}
	return hits
}

// virusOnComputers reports whether the virus ending at toks[last] affected
// computers counted further on in its sentence: "A VIRUS swept through Mid
// Cheshire Hospitals NHS Foundation Trust last week affecting 85 computers"
// (round 52).
func virusOnComputers(toks []text.Token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+16; k++ {
		if toks[k].Break && !toks[k].Comma {
			return false
		}
		if toks[k].Digit && k+1 < len(toks) && !toks[k+1].Break && computerWord(toks[k+1].Norm) {
			return true
		}
	}
	return false
}

// careTaker is a word before "network", "system" or "server" that makes it
// an organisation or a person, not a computer: "hospital network", "health
// system", "restaurant server".
func careTaker(s string) bool {
	switch s {
	case "hospital", "hospitals", "health", "healthcare", "care", "restaurant", "school", "water", "transit", "clinic":
		return true
	}
	return false
}

func computerWord(s string) bool {
	switch s {
	case "computer", "computers", "server", "servers", "network", "system", "systems", "website", "web", "software",
		"file", "files", "email", "workstation", "pc", "laptop", "desktop", "data", "antivirus", "ordinateur",
		"informatique", "rechner", "ordenador", "computador", "informatico", "sistema", "sistemi", "it",
		// round 54: "a existência de vírus em algumas estações de trabalho", "o sistema de informática"
		"computadores", "ordenadores", "ordinateurs", "sistemas", "informatica", "workstations", "estacoes",
		"werkstations", "postazioni", "reseau", "netzwerk":
		return true
	}
	return false
}

// malwareInfections drops the biological "infection" words of a text that
// names ransomware or malware and no disease: "crippled by a ransomware
// infection", "The infection also affected the physician offices".
func malwareInfections(toks []text.Token, hits []text.Hit[term]) []text.Hit[term] {
	infection := func(h text.Hit[term]) bool {
		return h.Value.kind == kBio && strings.HasPrefix(toks[h.First].Norm, "infect")
	}
	malware := false
	for _, o := range hits {
		switch {
		case o.Value.kind == kBio && !infection(o):
			return hits // a disease: "infections of the flu"
		case o.Value.kind == kCyber && !o.Value.weak && (o.Value.attack == "ransomware" || o.Value.attack == "malware"):
			malware = true
		}
	}
	if !malware {
		return hits
	}
	return slices.DeleteFunc(hits, infection)
}

// heldBefore reports whether the clause before the verb at toks[i] names
// the data it acted on: "the health plan's information was … accessed".
func heldBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= max(0, i-6) && !toks[k+1].Break; k-- {
		if heldData(toks[k].Norm) || toks[k].Norm == "ephi" || toks[k].Norm == "phi" {
			return true
		}
	}
	return false
}

// heldData names data a staff or patient word may qualify: "employee
// information", "patient records".
func heldData(s string) bool {
	switch s {
	case "information", "data", "records", "files", "details":
		return true
	}
	return false
}

// systemAhead reports whether a computing thing is named within the three
// words from toks[k]: "got into a workstation", "broke into the server".
func systemAhead(toks []text.Token, k int) bool {
	for j := k; j < min(len(toks), k+3) && !toks[j].Break; j++ {
		if systemWord(toks[j].Norm) || accountWord(toks[j].Norm) {
			return true
		}
	}
	return false
}
