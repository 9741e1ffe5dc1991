package dedup

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
	"github.com/cit-health/cit/pkg/htmltext"
	"github.com/mozillazg/go-unidecode"
)

// report is what the matcher knows about one classified candidate: only the
// candidate's own fields and its classification, never labels or the name of
// its source.
type report struct {
	cand           cit.Candidate
	victim         string              // the victim as stated (a joint notice names several)
	written        string              // a registry row's victim as written, compared loosely (orgname.Written); "" for a report with a page
	orgs           []string            // the organisations victim names, when it names several
	key            string              // key of the (first) organisation
	keys           []string            // keys of every organisation named, key first
	stemKeys       []string            // stems of keys (stemKey) in a language that declines names, else none
	aliases        []string            // other names the text defines for the victim (see victimAliases)
	aliasKeys      []string            // their keys
	parents        []string            // groups the text says the victim belongs to (see parentsNamed)
	parentKeys     []string            // their keys
	domain         bool                // the victim is given as a web domain (a leak site's "luriechildrens.org")
	date           time.Time           // the report's date (published, else the classifier's incident date, else now)
	undated        bool                // nothing dates the report: its date is now, and no evidence
	monthDays      []textdate.MonthDay // an undated report's stated days of the year, whatever their year
	dateOfBreach   bool                // the report's date is its breach's, stated in its text: no publication dates it
	records        int64               // 0 when unknown
	country        string
	outletCountry  bool // the country is only the outlet's (the URL's domain, the source's country), not the text's
	sector         string
	attackType     string
	actor          string
	claim          string
	kind           string   // leak, regulator, victim or press: who speaks
	supplier       bool     // the text speaks of a vendor, supplier or business associate
	leakNews       bool     // the title or lead tells of stolen data being published
	countUpdate    bool     // the text revises a count upwards ("now notifying a total of 6,423")
	newAttack      bool     // the text tells of a further attack ("a second cyberattack", "hit again")
	recovery       bool     // the title or lead tells of systems restored after the attack ("fully restores operations")
	anotherAttack  bool     // the headline does ("McLaren hospitals hit by another cyberattack")
	attackYear     int      // the year the text gives its attack ("the 2022 data breach"), or 0
	supplierName   string   // the supplier the text names as breached, when the report is an accepted health cyberattack
	supplierKey    string   // its key
	localities     []string // states and towns the title and lead place the victim in (see localities)
	towns          []string // town words of a report that names no victim of its own (see townWords)
	city           string   // the key of the town the classifier read the country from ("text:city"), if any
	headPlaces     []string // words of the place the headline opens on (see headlinePlaces)
	named          []string // stems of the proper names title and lead write, of a report the classifier accepted (see namedStems)
	keyStems       []string // stems of its keys' distinctive words, of a report the classifier accepted (see nameStemsOf)
	modes          modeSet
	breachTold     bool // the text names a breach of data but no way it happened (see breachTalk)
	incidentDate   string
	disclosureDate string
	stated         textdate.Span // the breach date the report states, when hasStated
	hasStated      bool
	spans          []textdate.Span // every date the title and text state
	knownBy        time.Time       // the breach happened by then: the earliest date the text gives for its discovery or report ("it was reported on September 6"); zero when none
	care           []string
	score          float64  // classifier score, 0 when unclassified
	verdict        string   // classifier verdict, "" when unclassified
	accepted       bool     // the classifier accepted it as a health cyberattack
	words          []string // normalised words of title and lead, for shingles and mentions
	titleKey       string   // a report naming no victim: its title as an organisation key, between spaces (" lake region healthcare investigating … ")
	textKeys       []uint64 // near-duplicate-text band keys of words (set by the engine)
}

// posted reports whether the report is a collector's leak-site post (its
// claim status field says "claimed"), not a press report of the claim.
func (r *report) posted() bool {
	return strings.EqualFold(strings.TrimSpace(r.cand.Fields[cit.FieldClaimStatus]), cit.ClaimClaimed)
}

// domainKeys returns the report's victim key when its victim is a web
// domain (a leak site's "luriechildrens.org"), else none.
func (r *report) domainKeys() []string {
	if r.domain && r.key != "" {
		return []string{r.key}
	}
	return nil
}

// runTogether reports whether a leak post's victim is one lower-case run of
// ten letters or more ("lakelandsurgical"): a domain's name without its
// ending, words run together.
func runTogether(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 10 {
		return false
	}
	for _, r := range v {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// newReport extracts the matching evidence of c. Victim: the classifier's,
// else Fields["victim"], else a heuristic on the title.
func newReport(c cit.Classified, now time.Time, aliases orgname.Aliases) report {
	r := report{cand: c.Candidate}
	// a photo's caption tells of a stock photo, its date too ("… on a
	// laptop in Taipei, Taiwan, 13 May, 2017. EPA/…"): the report is read
	// without it, and kept whole (round 58)
	c.Text = htmltext.DropCaptions(c.Text)
	f := c.Fields
	cl := c.Classification
	r.victim = victimOf(c)
	if c.URL == "" {
		// the row's own name field, as the registries match their rows,
		// not a reading of its text; where the registry places it is no
		// part of the name
		r.written = orgname.Written(withoutPlace(cmp.Or(strings.TrimSpace(f[cit.FieldVictim]), c.Title)))
	}
	// A headline's words taken as the victim where the classifier found
	// none ("… on German hospital"): a guess that a town may overrule.
	headlineVictim := cl != nil && cl.IsHealthCyberattack && strings.TrimSpace(cl.Victim) == "" &&
		strings.TrimSpace(f[cit.FieldVictim]) == "" && r.victim != "" &&
		(len(strings.Fields(c.Title)) > 8 || headlineCue.MatchString(c.Title)) // a headline's, not a registry's name
	var abbr string
	if m := trailingAbbr.FindStringSubmatch(r.victim); m != nil {
		// "Managed Care of North America (MCNA)" defines the short name
		// reports use ("Dental insurer MCNA says …"), an alias; the name
		// without it is the key, as other reports write it ("Washington
		// State Health Care Authority (HCA)" and "Washington State Health
		// Care Authority"). Different incidents of one organisation are
		// told apart by their dates, counts and kinds, not by the form of
		// the name.
		abbr = m[2]
		r.victim = strings.TrimSpace(m[1])
	}
	r.victim = withoutPlace(r.victim)
	if parts := listSep.Split(r.victim, -1); len(parts) == 2 && orgname.EndsWithLegalForm(parts[0]) && !orgname.EndsWithLegalForm("x "+parts[1]) &&
		splitOrganisations(r.victim) == nil {
		// "Health Net Inc., IBM": a name closed by its legal form, then
		// another party a registry lists (its vendor); not "Acme, Inc.",
		// nor two organisations ("Acme Inc., Beta Hospital")
		r.victim = strings.TrimSpace(parts[0])
	}
	var members []string
	if m := memberNote.FindStringSubmatch(r.victim); m != nil {
		// "Lifespan (Rhode Island Hospital, The Miriam Hospital)": the
		// parent, then the members a registry lists in brackets; each is
		// looked up, the parent first
		for _, p := range strings.Split(m[2], ",") {
			if p = strings.TrimSpace(p); orgWord.MatchString(p) && orgname.Distinctive(orgname.Key(p)) {
				members = append(members, p)
			}
		}
		if len(members) >= 2 {
			r.victim = strings.TrimSpace(m[1])
		} else {
			members = nil
		}
	}
	var otherName string
	if m := bracketedName.FindStringSubmatch(r.victim); m != nil && !usStates[strings.ToLower(m[2])] && orgname.Distinctive(orgname.Key(m[2])) &&
		!strings.HasPrefix(m[2], "Now ") && !strings.HasPrefix(m[2], "Formerly ") {
		// "Dominion National (Dominion Dental Services)": the registry's
		// second name of the organisation, an alias as an abbreviation is
		otherName = m[2]
		r.victim = strings.TrimSpace(m[1])
	}
	if masked(r.victim) {
		r.victim = "" // "N**** ******": a leak site hides the name; its letters would match every N
	}
	if cl != nil {
		r.country = strings.ToUpper(cl.CountryCode())
		r.outletCountry = slices.ContainsFunc(cl.Reasons, func(x cit.Reason) bool {
			return x.Field == "country" && (strings.HasPrefix(x.Rule, "url:") || x.Rule == "source_country")
		})
		if i := slices.IndexFunc(cl.Reasons, func(x cit.Reason) bool { return x.Field == "country" && x.Rule == "text:city" }); i >= 0 {
			r.city = orgname.Key(cl.Reasons[i].Span)
		}
		r.sector = cl.Sector
		r.attackType = cl.AttackType
		r.actor = cl.ThreatActor
		if cl.RecordsAffected != nil && *cl.RecordsAffected > 0 {
			r.records = *cl.RecordsAffected
		}
		r.incidentDate = cl.IncidentDate
		r.disclosureDate = cl.DisclosureDate
		r.care = cl.CareDisruption
		r.score = cl.Score
		r.verdict = cl.Verdict
		r.accepted = cl.Verdict == cit.VerdictAccept
	}
	r.domain = orgname.IsDomain(r.victim) ||
		(c.Fields[cit.FieldClaimStatus] == cit.ClaimClaimed && runTogether(r.victim)) // a leak post's "lakelandsurgical": a domain without its ending
	postState := "" // the state a leak post gives after its victim's name ("… - TX")
	if c.Fields[cit.FieldClaimStatus] == cit.ClaimClaimed && strings.Contains(r.victim, " - ") {
		// a leak post's "Change Healthcare - Optum - UnitedHealth": the
		// victim and its parents. A registry's " - " names a campus or a
		// division ("University of Wisconsin - Milwaukee"). A state after
		// the dash ("Lakeside Family Medicine - TX") is where the victim is.
		name, after, _ := strings.Cut(r.victim, " - ")
		if st := stateOfCode(after); st != "" || usStates[strings.ToLower(strings.TrimSpace(after))] {
			r.victim = name
			if st == "" {
				st = strings.ToLower(strings.TrimSpace(after))
			}
			postState = st
		} else {
			r.victim = strings.ReplaceAll(r.victim, " - ", "; ")
		}
	}
	if c.Fields[cit.FieldClaimStatus] == cit.ClaimClaimed {
		// a gang's second post of one victim: "Lehigh Valley Health Network 2"
		r.victim = repostNumber.ReplaceAllString(r.victim, "$1")
	}
	r.orgs = splitOrganisations(r.victim)
	if len(members) > 0 && len(r.orgs) == 0 {
		r.orgs = append([]string{r.victim}, members[:min(len(members), maxOrgs-1)]...)
	}
	if sup, ok := breachedSupplier(c, r.victim, r.orgs); ok {
		// A health organisation's notice of its supplier's breach names both:
		// it is read as a joint notice, so the supplier's own reports and
		// the other clients' notices find the incident by the supplier's key.
		if len(r.orgs) == 0 {
			r.orgs = []string{r.victim}
		}
		r.orgs = append(r.orgs, sup)
		r.supplierName = sup
	}
	if r.supplierName != "" {
		r.supplierKey = aliases.Resolve(orgname.Key(r.supplierName))
	}
	r.key = aliases.Resolve(orgname.Key(firstOrganisation(r.victim, r.orgs)))
	if r.key != "" {
		r.keys = append(r.keys, r.key)
	}
	for _, o := range r.orgs[min(1, len(r.orgs)):] {
		if k := aliases.Resolve(orgname.Key(o)); k != "" && !slices.Contains(r.keys, k) {
			r.keys = append(r.keys, k)
		}
	}
	if rest, ok := townPossessive(r.victim, aliases); ok && !slices.Contains(r.keys, rest) {
		// a town's possessive before a name ("Newburyport's Anna Jaques",
		// "Freehold's CentraState"): the name is also the organisation's
		r.keys = append(r.keys, rest)
	}
	if decliningLang(c.Lang) {
		// "Narodowy Fundusz Zdrowia" and "Narodowego Funduszu Zdrowia":
		// the languages that decline names write one name in several
		// forms, alike in their words' stems (round 66)
		for _, k := range r.keys {
			if st := stemKey(k); st != k && !slices.Contains(r.stemKeys, st) {
				r.stemKeys = append(r.stemKeys, st)
			}
		}
	}
	names := r.orgs
	if len(names) == 0 && r.victim != "" {
		names = []string{r.victim}
	}
	r.aliases = victimAliases(names, c.Title, c.Text, r.accepted)
	others := []string{abbr, otherName}
	if cl != nil {
		for _, rs := range cl.Reasons {
			if rs.Field == "victim" && rs.Rule == cit.RuleVictimTitleForm {
				// the headline's form of a victim the lead names in full
				// ("l'hôpital de Corbeil-Essonnes" for "Centre hospitalier
				// Sud Francilien"): the form other reports may use alone
				others = append(others, rs.Value)
			}
		}
	}
	for _, a := range others {
		if a != "" && !slices.Contains(r.aliases, a) {
			r.aliases = append(r.aliases, a)
		}
	}
	for _, a := range r.aliases {
		if k := aliases.Resolve(orgname.Key(a)); k != "" && !slices.Contains(r.aliasKeys, k) {
			r.aliasKeys = append(r.aliasKeys, k)
		}
	}
	if r.accepted {
		// the lead's first paragraphs: the group is often named in the
		// second ("Officials from Covenant Health, the Catholic nonprofit
		// that owns St. Mary's, confirmed …"; round 63)
		for _, g := range parentsNamed(c.Title + ". " + cutAtWord(c.Text, parentLead)) {
			if k := aliases.Resolve(orgname.Key(g)); k != "" && !slices.Contains(r.keys, k) && !slices.Contains(r.aliasKeys, k) &&
				!slices.Contains(r.parentKeys, k) && len(r.parentKeys) < maxAliases {
				r.parents = append(r.parents, g)
				r.parentKeys = append(r.parentKeys, k)
			}
		}
	}
	if r.country == "" {
		r.country = strings.ToUpper(strings.TrimSpace(f[cit.FieldCountry]))
	}
	if r.sector == "" {
		r.sector = f[cit.FieldSector]
	}
	if r.actor == "" {
		r.actor = strings.TrimSpace(f[cit.FieldThreatActor])
	}
	if r.records == 0 {
		if n, err := strconv.ParseInt(strings.ReplaceAll(f[cit.FieldRecords], ",", ""), 10, 64); err == nil && n > 0 {
			r.records = n
		}
	}
	if r.incidentDate == "" {
		if t, ok := cit.ParseDate(f[cit.FieldIncidentDate]); ok {
			r.incidentDate = t.Format(time.DateOnly)
		}
	}
	text := c.Title + ". " + c.Text
	if r.records == 0 {
		r.records = recordsFromText(c.Text)
	}
	r.localities = slices.DeleteFunc(localities(leadOf(text), strings.HasPrefix(strings.ToLower(c.Lang), "de")), func(l string) bool {
		return ownNamesPlace(r.keys, l)
	})
	if postState != "" && !slices.Contains(r.localities, "state:"+postState) {
		r.localities = append(r.localities, "state:"+postState)
	}
	if st := stateOfCode(f[cit.FieldRegion]); st != "" && !slices.Contains(r.localities, "state:"+st) {
		// a US breach portal's "State" column ("MD"): where the entity is
		r.localities = append(r.localities, "state:"+st)
	}
	r.towns = townWords(&r, headlineVictim)
	r.headPlaces = headlinePlaces(c.Title)
	if r.accepted {
		r.named, r.keyStems = namedStems(c.Title, c.Text), nameStemsOf(r.keys)
	}
	modes, talked := readModes(text + " " + f[cit.FieldBreachType])
	r.modes = modes
	r.breachTold = talked && modes&(modeTheft|modeDisclosure|modeDisposal|modeInsider) == 0
	if r.actor != "" {
		r.modes |= modeHacking // "Qilin leaks data stolen from Synnovis": a threat actor's theft is a hack
	}
	if r.attackType == "" || r.attackType == cit.AttackUnknown {
		r.attackType = attackFromModes(r.modes)
	}
	r.kind = kindOf(c.Candidate, text, r.actor)
	r.supplier = supplierCue.MatchString(noBusinessAssociate.ReplaceAllString(text, ""))
	r.leakNews = isLeakNews(leadOf(text))
	r.countUpdate = countUpdateCue.MatchString(text)
	r.recovery = recoveryCue.MatchString(c.Title + ". " + leadOf(text))
	r.newAttack = newAttackCue.MatchString(text) || textdate.EarlierAttack(text)
	r.anotherAttack = anotherAttackCue.MatchString(c.Title)
	r.attackYear = attackYearOf(c.Title + ". " + text)
	r.claim = claimOf(c.Candidate, r.kind)
	dated := c.Title + ". " + c.Text // the text whose dates are read
	// Without its report's date, only the dates the text writes with their
	// year are read; a year left out is read from the report's date.
	var spans []textdate.Span
	if t, ok := c.PublishedTime(); ok {
		r.date = t
		ref := t
		if monthOnly(c.Published) {
			// a page that shows only its month ("2024-07"): the report is
			// dated mid-month, and the month's later days are no dates after
			// it (round 50)
			r.date, ref = t.AddDate(0, 0, 14), t.AddDate(0, 1, -1)
		}
		spans = textdate.Find(dated, ref)
	} else if t, ok := cit.ParseDate(r.incidentDate); ok {
		// The breach's own date is no report's: "Beaumont discovered in
		// late March that … accounts had been accessed May 23-June 3,
		// 2019" was discovered in March 2020, not 2019 (round 44).
		r.date, r.dateOfBreach = t, true
		spans = textdate.Find(dated, time.Time{})
	} else if t, ok := cit.ParseDate(r.disclosureDate); ok {
		// the day the organisation announced it, as the classifier read it
		// ("北海道大学病院は2024年2月2日、…明らかにしました"): the report was
		// written then or soon after (round 65)
		r.date = t
		spans = textdate.Find(dated, t)
	} else {
		spans = textdate.Find(dated, time.Time{})
		if t, ok := textdate.Published(spans); ok {
			r.date = t // a page's own dateline ("January 2, 2022 GMT"), round 36
			spans = textdate.Find(dated, t)
		} else {
			// Undated: its time is no evidence (it is kept as read now),
			// but the days its text states may be an incident's.
			r.date, r.undated = now.UTC(), true
			r.monthDays = textdate.MonthDays(dated)
		}
	}
	r.words = leadWords(text, 80)
	if r.key == "" {
		r.titleKey = " " + orgname.Key(c.Title) + " " // read only for a report that names no victim
	}
	r.stated, r.hasStated = statedDate(c.Candidate, spans, r.incidentDate, r.newAttack)
	r.spans = spans
	r.knownBy = knownBy(spans)
	if r.incidentDate == "" && r.hasStated && r.stated.Day && r.stated.From.Equal(r.stated.To) {
		// The breach day the text states is the report's incident date
		// ("On April 14, 2013, a laptop was stolen").
		r.incidentDate = r.stated.From.Format(time.DateOnly)
	}
	return r
}

// statedReach is how far into a report's title and text its stated breach
// date may stand: further on, an article's background tells of other
// organisations' attacks ("Palomar Health Medical Group suffered from a
// cyberattack in May 2024", 1,400 bytes into a report of Frederick Health's
// January 2025 attack; round 40).
const statedReach = 1200

// statedDate returns the date of the breach a report states: a collector's
// incident_date field, else (for a report of a further attack, the latest)
// the first date of the text's first statedReach
// bytes (spans, read against the report's own date, or now when undated)
// that is not a date of discovery or report (textdate.Primary), else the
// classifier's incident date.
func statedDate(c cit.Candidate, spans []textdate.Span, classified string, newAttack bool) (textdate.Span, bool) {
	if t, ok := cit.ParseDate(c.Fields[cit.FieldIncidentDate]); ok {
		d := t.Truncate(24 * time.Hour)
		return textdate.Span{From: d, To: d, Day: true}, true
	}
	if newAttack {
		if s, ok := latestEvent(spans); ok {
			return s, true
		}
	}
	if s, ok := textdate.Primary(spans); ok && s.Offset < statedReach { // spans come in the text's order
		return s, true
	}
	if t, ok := cit.ParseDate(classified); ok {
		d := t.Truncate(24 * time.Hour)
		return textdate.Span{From: d, To: d, Day: true}, true
	}
	return textdate.Span{}, false
}

// latestEvent returns the latest date of the first statedReach bytes that
// is not a date of discovery or report: the date of the further attack a
// report tells of after recalling the first ("The first breach, which
// occurred in April 2024, … a second incident took place by the end of
// July 2025", round 60).
func latestEvent(spans []textdate.Span) (textdate.Span, bool) {
	var out textdate.Span
	found := false
	for _, s := range spans {
		if !s.Later && s.Offset < statedReach && (!found || s.From.After(out.From)) {
			out, found = s, true
		}
	}
	return out, found
}

// monthOnly reports whether a published date gives only its year and
// month ("2024-07").
func monthOnly(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) == 7 && s[4] == '-'
}

// knownBy returns the end of the earliest discovery or report date the
// text states ("On September 6, 2012 it was reported that…", "discovered
// on May 8"): the breach it speaks of happened by then. Only the first
// statedReach bytes are read, as for the stated date: further down, a
// page's other story tells of another breach's discovery ("Elsewhere,
// Petersburg Medical Center … discovered on May 31, 2020", round 52).
func knownBy(spans []textdate.Span) time.Time {
	var out time.Time
	for _, s := range spans {
		if s.Later && s.Offset < statedReach && (out.IsZero() || s.To.Before(out)) {
			out = s.To
		}
	}
	return out
}

// masked reports whether a leak site hid the victim's name behind
// asterisks ("S*********** **********").
func masked(v string) bool {
	return strings.Contains(v, "**") || strings.Count(v, "*")*3 > len(v)
}

// victimOf is the victim a report names: the classifier's, else the
// structured field, else a heuristic on the title.
func victimOf(c cit.Classified) string {
	if c.Classification != nil {
		if v := strings.TrimSpace(c.Classification.Victim); v != "" {
			return withoutNote(v)
		}
	}
	if v := strings.TrimSpace(c.Fields[cit.FieldVictim]); v != "" {
		return withoutNote(v)
	}
	return victimFromTitle(c.Title)
}

// withoutPlace drops where a registry places an organisation from after
// its name: "Coplin Health Systems (Parkersburg, WV)", "St. Francis
// Hospital, Columbus, Georgia".
func withoutPlace(v string) string {
	if m := placeNote.FindStringSubmatch(v); m != nil && (stateOfCode(m[2]) != "" || usStates[strings.ToLower(m[2])]) {
		return strings.TrimSpace(m[1])
	}
	if m := placeSuffix.FindStringSubmatch(v); m != nil && (stateOfCode(m[2]) != "" || usStates[strings.ToLower(m[2])]) &&
		!strings.Contains(m[1], ",") {
		return strings.TrimSpace(m[1]) // after commas (round 22)
	}
	return v
}

// withoutNote drops a trailing note in lower case in brackets that a
// registry's clerk added to a name: "Lehigh Valley Health Network
// (blackcat)". An abbreviation in capitals ("(MCNA)") stays: it is a name.
func withoutNote(v string) string {
	if !strings.HasSuffix(v, ")") {
		return v
	}
	i := strings.LastIndexByte(v, '(')
	if i <= 0 {
		return v
	}
	note := v[i+1 : len(v)-1]
	if note == "" || strings.ToLower(note) != note || !strings.ContainsFunc(note, unicode.IsLetter) {
		return v
	}
	return strings.TrimSpace(v[:i])
}

// firstOrganisation is the first organisation of a victim string (orgs:
// what splitOrganisations gave for it), the one a joint notice is keyed by.
func firstOrganisation(victim string, orgs []string) string {
	if len(orgs) > 0 {
		return orgs[0]
	}
	return victim
}

// supplierCueName, nameThenSupplierCue and nameThenClients find the
// supplier a notice names: "its billing vendor, Acme Medical Billing, was
// hit", "Acme Medical Billing (AMB), a medical billing company, …", "one of the
// Acme Medical Billing customers affected". A name is one to six
// capitalised words (connectors allowed inside).
var (
	supplierName        = `([A-Z][\w&'’.-]*(?:\s+(?:of|and|&|for|de|du|der|des)?\s*[A-Z][\w&'’.-]*){0,5})`
	supplierCueWord     = `(?:vendors?|suppliers?|contractors?|subcontractors?|business associates?(?: \(BA\))?|service providers?|processors?|(?:billing|software|IT|transcription|collection|hosting|cloud|payroll|technology|imaging|MRI|laboratory|lab|pathology|diagnostics?|radiology|dictation|mailing|printing|staffing|EHR|EMR|records) (?:company|firm|provider|vendor|partner))`
	supplierCueName     = regexp.MustCompile(`\b` + supplierCueWord + `,?\s+` + supplierName)
	nameThenSupplierCue = regexp.MustCompile(supplierName + `(?:\s+\([A-Z]{2,8}\))?,\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}` + supplierCueWord + `\b`)
	nameThenClients     = regexp.MustCompile(supplierName + `\s+(?:customers|clients)\b`) // "one of dozens of Acme Medical Billing customers"
	// "Shields Health Care Group, which provides MRI services at its hospitals, suffered…"
	// "Synnovis, the company that supplies blood tests …" (round 63)
	nameThenServes = regexp.MustCompile(supplierName + `,\s+(?:which|(?:the|a) (?:company|firm|provider|vendor|supplier|contractor|business) (?:that|which))\s+(?:provides|supplies|performs|manages|handles|hosts|processes)\b`)
)

// leadOf is a text's title and lead: its first 300 bytes, cut at a word.
func leadOf(text string) string {
	return cutAtWord(text, 300)
}

// parentLead is how many bytes of a text are read for the group its
// victim belongs to.
const parentLead = 800

// cutAtWord is text's first n bytes, cut at a word.
func cutAtWord(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return text[:i]
	}
	return text[:n]
}

// breachedSupplier returns the supplier an accepted health-cyberattack
// report names besides its victim (orgs: the victim's organisations), when
// the name is distinctive and not the victim's own.
func breachedSupplier(c cit.Classified, victim string, orgs []string) (string, bool) {
	if c.Classification == nil || c.Classification.Verdict != cit.VerdictAccept || victim == "" {
		return "", false
	}
	sup := supplierNamed(c.Title + ". " + c.Text)
	k := orgname.Key(sup)
	if sup == "" || !orgname.Distinctive(k) || orgname.Key(victim) == k ||
		slices.ContainsFunc(orgs, func(o string) bool { return orgname.Key(o) == k }) {
		return "", false
	}
	return sup, true
}

// supplierNamed returns the supplier a text names next to a supplier word,
// "" when it names none.
func supplierNamed(text string) string {
	for _, re := range []*regexp.Regexp{supplierCueName, nameThenSupplierCue, nameThenClients, nameThenServes} {
		if m := re.FindStringSubmatch(text); m != nil {
			name, _, _ := strings.Cut(m[1], ". ") // a name does not run on into the next sentence
			name = strings.TrimRight(name, ".,'’ ")
			switch strings.ToLower(strings.Fields(name)[0]) {
			case "the", "a", "an", "its", "their", "this", "that", "in", "on", "at", "social", "medicare", "medicaid", "hipaa":
				continue
			}
			return name
		}
	}
	return ""
}

// headlineCue matches words that mark a title as a headline rather than an
// organisation's name.
var headlineCue = regexp.MustCompile(`(?i)\b(hit|hits|suffers?|says|said|discloses?|notif(y|ies)|reports?|confirms?|investigat\w*|struck|targeted|hacked|breached|attack\w*|ransomware|breach|leak\w*|exposed?|stolen|claims?|warns?|after|by|cyber\w*|ciber\w*|\w*angriff\w*|attaque|ataque|attacco|piratage|fuite|filtraci\w*|datenleck|victime|v[ií]ctima|opfer|hack|outage|incident|data)\b`)

// subjectBeforeVerb captures the subject of a headline: the words before its
// first verb-like cue.
var subjectBeforeVerb = regexp.MustCompile(`^(.{3,80}?)\s+(?i:hit|hits|suffers?|says|discloses?|notif(?:y|ies)|reports?|confirms?|investigates?|struck|targeted|hacked|breached|is|was|has|had|data breach|breach|ransomware attack|cyberattack|cyber attack|attack|` +
	// round 50: what follows an attack ("Independent Living Systems Sued Over 4 Million-Record Data Breach")
	`sued|sues|settles?|agrees?|faces?|pays?|responds?|restores?|recovers?)\b`)

// objectAfterPreposition captures the organisation after "attack on", "breach at"….
// The organisation must start with a capital letter: "breach hit 34,000
// patients" names no one. German, French, Spanish and Italian headlines
// ("Cyberangriff auf …", "cyberattaque contre …") are covered too.
var objectAfterPreposition = regexp.MustCompile(`(?i:\b(?:attack|breach|incident|hack|ransomware|outage|\w*angriff|attaque|cyberattaque|ataque|ciberataque|attacco)\s+(?:on|at|against|of|hits?|auf|gegen|contre|visant|contra|al|contro)\s+(?:the\s+|das\s+|die\s+|den\s+|le\s+|la\s+|l['’]|el\s+|il\s+|lo\s+)?)(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|and|for|the|de|du|des|del|della|di|der|von))*)`)

// victimFromTitle guesses the organisation a title names. Short titles
// without headline words are names themselves (breach portals and leak
// sites title an item with the victim's name); headlines give their subject
// or the object of "attack on …".
func victimFromTitle(title string) string {
	t := strings.TrimSpace(title)
	if t == "" {
		return ""
	}
	if len(strings.Fields(t)) <= 8 && !headlineCue.MatchString(t) {
		return t
	}
	if m := objectAfterPreposition.FindStringSubmatch(t); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := subjectBeforeVerb.FindStringSubmatch(t); m != nil {
		s := strings.TrimSpace(m[1])
		if i := strings.LastIndexAny(s, ":|–—"); i >= 0 {
			_, w := utf8.DecodeRuneInString(s[i:]) // "–" is three bytes: cut after it, not inside it (round 34)
			s = strings.TrimSpace(s[i+w:])
		}
		return nameHead(s)
	}
	return ""
}

// nameHead cuts a headline's subject at its first lower-case word that is
// no name's connector: "Norton Healthcare responds to ransomware attack"
// gives "Norton Healthcare", "University of Vermont Health Network" stays
// (round 39).
func nameHead(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && unicode.IsLower(r) && !nameConnector(w) {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;:")
		}
	}
	return s
}

// nameConnector is a lower-case word inside organisation names.
func nameConnector(w string) bool {
	switch w {
	case "of", "and", "for", "the", "de", "du", "des", "del", "della", "di", "der", "von", "y", "e", "und", "et", "la", "le",
		"los", "las", "da", "do", "dos", "das", "van", "voor", "at", "on", "&":
		return true
	}
	return false
}

// Organisation lists in a victim or a title: "SynerMed / Inland Valleys IPA",
// "SynerMed, Inland Valleys IPA, Inland Empire Health Plan", "Texas
// Children's Hospital and Baylor College of Medicine", "Rhinebeck Health
// Center/Center for Progressive Medicine".
var (
	listSep = regexp.MustCompile(`\s*(?:;|/|,)\s*`)
	// trailingAbbr is a name followed by its abbreviation in brackets.
	// "(OSU-CHS)", "(UW Medicine)", "(“VSON”)": an abbreviation, perhaps
	// with a kind word, perhaps quoted.
	trailingAbbr = regexp.MustCompile(`^(.{6,}?)\s*\(["“”']?([A-Z][A-Z0-9&-]{1,9}(?: [A-Z][a-z]+){0,2})["“”']?\)$`)
	// placeNote is a bracket a registry adds after a name, perhaps a
	// place: "Coplin Health Systems (Parkersburg, WV)", "Saint Clement
	// Hospital (Ohio)", "Marshall County Medical Center (Madill, Oklahoma)".
	placeNote = regexp.MustCompile(`^(.{6,}?)\s*\((?:[A-Z][A-Za-z.' -]+, )?([A-Z][A-Za-z ]+)\)$`)
	// placeSuffix is a town and a state, or a state, a registry writes
	// after a name with commas: "St. Francis Hospital, Columbus, Georgia",
	// "Concentra Health Services, Springfield, Missouri".
	placeSuffix = regexp.MustCompile(`^(.{6,}?),\s*(?:[A-Z][A-Za-z.' -]+,\s*)?([A-Z][A-Za-z ]+?)\.?$`)
	// memberNote is a bracket of comma-separated names after a name: the
	// members of a parent ("Lifespan (Rhode Island Hospital, The Miriam
	// Hospital)").
	memberNote = regexp.MustCompile(`^(.{3,}?)\s*\(([^()]+,[^()]+)\)$`)
	// bracketedName is a name of two to seven capitalised words (and
	// connectors), or one word with an inner capital, in brackets after a
	// name: "Dominion National (Dominion Dental Services)", "Envision
	// Healthcare (EmCare)".
	bracketedName = regexp.MustCompile(`^(.{6,}?)\s*\(([A-Z][\p{L}.'&-]*(?: (?:[A-Z][\p{L}.'&-]*|of|and|for|the|&)){1,6}|[A-Z][a-z]+[A-Z][\p{L}]+)\)$`)
	// onBehalfOf: "The Curators of the University of Missouri on behalf of
	// University of Missouri Health System": the filer and the organisation
	// breached, both looked up.
	onBehalfOf = regexp.MustCompile(`(?i)\s+on behalf of\s+`)
	// subsidiaryOf: "Singing River Health System and its wholly owned
	// subsidiary Singing River Gulfport": both looked up.
	subsidiaryOf = regexp.MustCompile(`(?i),?\s+and its (?:wholly[- ]owned\s+)?(?:subsidiary|subsidiaries|affiliate|affiliates|affiliated entities),?\s+`)
	dba          = regexp.MustCompile(`(?i)\s*\bd/?b/?a\b\.?\s*`)
	// slashList: "Rhinebeck Health Center/Center for Progressive Medicine",
	// not "c/o".
	slashList = regexp.MustCompile(`\S\s+\S{2,}\s*/\s*\S{2,}\s+\S`)
	andSep    = regexp.MustCompile(`\s+(?:and|&|und|et|y|e)\s+`)
	// orgWord marks a name as an organisation's rather than a place's.
	orgWord = regexp.MustCompile(`(?i)\b(hospitals?|medical|medicine|cent(?:er|re)s?|clinics?|group|inc|llc|corp|corporation|company|plan|university|college|systems?|ipa|partners|associates|practice|services|healthcare|pharmacy|laborator(?:y|ies)|labs?|foundation|institute|network|insurance|bank|trust|authority|department|school|physicians|dental|orthodontics|restaurants?|solutions|technologies|klinikum|klinik|h[oô]pital|hospital|ospedale|chu|gmbh|ltd|ag|sa)\b`)
	// listedOrgWord is what marks an organisation in a comma list besides
	// orgWord: "Sutter Medical Foundation, Sutter Health" (round 22). Not
	// in orgWord, which splits "X and Y": "Oregon Health & Science
	// University" is one.
	listedOrgWord = regexp.MustCompile(`(?i)\bhealth\b`)
)

// maxOrgs bounds the organisations one report may name.
const maxOrgs = 4

// splitOrganisations returns the organisations a victim string names when
// it names several, else nil. Lists split on ";", " / " and commas when at
// least two parts look like organisations (so "Ochsner Medical Center, New
// Orleans" and "Acme, Inc." stay one); "X and Y" splits when X ends with an
// organisation word and both are distinctive names of two words or more
// (not "Department of Health and Human Services", "Brigham and Women's
// Hospital", "Johns Hopkins Hospital and Health System").
func splitOrganisations(victim string) []string {
	distinctive := func(s string) bool { return orgname.Distinctive(orgname.Key(s)) }
	victim = dba.ReplaceAllString(victim, ";") // "X d/b/a Y": two names of one organisation, both looked up
	victim = onBehalfOf.ReplaceAllString(victim, ";")
	victim = subsidiaryOf.ReplaceAllString(victim, ";")
	var parts []string
	if strings.Contains(victim, " / ") || slashList.MatchString(victim) || strings.Contains(victim, ";") {
		parts = listSep.Split(victim, -1)
	} else if strings.Contains(victim, ",") {
		all := listSep.Split(victim, -1)
		named := 0
		listed := func(p string) bool { return orgWord.MatchString(p) || listedOrgWord.MatchString(p) }
		for _, p := range all {
			if listed(p) && orgname.Key(p) != "" {
				named++
			}
		}
		if named >= 2 {
			parts = all[:1] // the first part is the primary victim, organisation word or not
			for _, p := range all[1:] {
				if listed(p) {
					parts = append(parts, p)
				}
			}
		}
	}
	if parts == nil {
		parts = []string{victim}
	}
	var out []string
	for _, p := range parts {
		for _, q := range splitAnd(p) {
			if q = strings.TrimSpace(q); q != "" && distinctive(q) && len(out) < maxOrgs {
				out = append(out, q)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// splitAnd splits "X and Y" into two organisations when X ends with an
// organisation word and each side has two words or more.
func splitAnd(s string) []string {
	loc := andSep.FindStringIndex(s)
	if loc == nil {
		return []string{s}
	}
	left, right := s[:loc[0]], s[loc[1]:]
	lw := strings.Fields(left)
	if len(lw) < 2 || len(strings.Fields(right)) < 2 || !orgWord.MatchString(lw[len(lw)-1]) ||
		!unicode.IsUpper([]rune(right)[0]) {
		return []string{s}
	}
	return append([]string{left}, splitAnd(right)...)
}

// recordsPattern finds "12,500 patients", "approximately 943 individuals"….
var recordsPattern = regexp.MustCompile(`(?i)\b(\d{1,3}(?:[,.\s]\d{3})+|\d+)(?:\s+(million|thousand))?\s+(?:current\s+and\s+former\s+|former\s+|current\s+)?(people|persons|individuals|patients|records|customers|members|employees|clients|residents|students|beneficiaries|enrollees|consumers|users|donors|veterans|children|accounts|personnes|patienten|pazienti|pacientes|patients)\b`)

// sizeBefore and sizeAfter are the words around a count that make it the
// organisation's size, not the breach's: "serves more than 5,700 people",
// "employs 600 employees", "treats 120,000 patients each year".
var (
	sizeBefore = regexp.MustCompile(`(?i)\b(?:serves?|serving|employs?|employing|treats?|treating|cares for|insures?|covers)\s+(?:about |approximately |nearly |more than |over |some |around |roughly )?$`)
	sizeAfter  = regexp.MustCompile(`(?i)^\s+(?:annually|yearly|each year|a year|per year|every year)\b`)
	// totalBefore is a count of attacks earlier in the count's sentence.
	totalBefore = regexp.MustCompile(`(?i)\b\d[\d,.]*\s+(?:[a-z]+\s+)?(?:breaches|attacks|cyberattacks|incidents|hacks)\b[^.!?]*$`)
)

// recordsFromText returns the largest count of affected people the text
// states, 0 when none.
func recordsFromText(text string) int64 {
	var best int64
	for _, ix := range recordsPattern.FindAllStringSubmatchIndex(text, -1) {
		if sizeBefore.MatchString(text[max(0, ix[0]-40):ix[0]]) || sizeAfter.MatchString(text[ix[1]:]) {
			continue // the organisation's size: "It serves 5,700 people annually" (round 54)
		}
		if totalBefore.MatchString(text[max(0, ix[0]-80):ix[0]]) {
			continue // a year's total: "Last year, 1,862 data breaches affected more than 189 million people" (round 54)
		}
		m := make([]string, 3)
		for g := range m {
			if ix[2*g] >= 0 {
				m[g] = text[ix[2*g]:ix[2*g+1]]
			}
		}
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, m[1])
		n, err := strconv.ParseInt(digits, 10, 64)
		if err != nil {
			continue
		}
		switch strings.ToLower(m[2]) {
		case "million":
			n *= 1_000_000
		case "thousand":
			n *= 1_000
		}
		if n > best && n < 2_000_000_000 {
			best = n
		}
	}
	return best
}

// leadWords returns up to n normalised words of text (ASCII, lower case,
// letters and digits only).
func leadWords(text string, n int) []string {
	s := strings.ToLower(unidecode.Unidecode(text))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > n {
		words = words[:n]
	}
	return words
}

// Text cues of who speaks in a report.
var (
	// A filing speaks of "the covered entity (CE)" or "the BA"; a press
	// report that merely mentions HHS or a regulator ("the breach appeared
	// on the HHS website") is not one.
	regulatorCue = regexp.MustCompile(`(?i:\b(covered entity|business associate|office for civil rights \(OCR\)|breach portal|information commissioner'?s office|data protection authority)\b)|\((?:CE|BA)\)|\b(?:the|The) (?:CE|BA)\b|\bOCR (?:opened|obtained|provided|initiated|confirmed|required)\b`)
	victimCue    = regexp.MustCompile(`(?i)\b(notif(?:ied|ying|ication letters?)|letters? to|press release|statement|announced|confirmed)\b`)
	// supplierCue marks a report that blames a third party: a hospital's
	// notice naming its breached billing vendor, an IT supplier's clients.
	// noBusinessAssociate is the HHS collector's "Business associate
	// present: No.": the absence of a supplier, not a cue of one.
	noBusinessAssociate = regexp.MustCompile(`(?i)business associate present: no\.?`)
	supplierCue         = regexp.MustCompile(`(?i)\b(vendors?|suppliers?|business associates?|contractors?|subcontractors?|third[- ]party|service providers?|(?:it|software|billing|cloud|hosting|payroll|transcription|collection|pathology|laboratory|lab|diagnostics?|radiology|dictation) (?:provider|company|firm|services?)|on behalf of|dienstleister\w*|zulieferer\w*|it-dienstleister\w*|prestataires?|fournisseurs?|sous-traitants?|proveedor(?:es|a)?|fornitor[ei])\b`)
	// leakNewsCue marks a report of a gang's claim or of stolen data being
	// published: it follows an attack by days or weeks (the ransom
	// deadline passes first).
	leakNewsCue = regexp.MustCompile(`(?i)\b(?:claim(?:s|ed)?\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}(?:attack|hack|breach|cyberattack)|revendiqu\w*|bekennt sich|bekannt(?:e|en)? sich|reivindic\w*|rivendic\w*|eist\s+(?:de\s+)?(?:aanval|hack)|leak(?:s|ed|ing)?\s+(?:[\p{L}-]+\s+){0,3}(?:data|files|records|documents)|(?:data|files|records|documents|donn[ée]es|daten|dati|datos|dados|gegevens)\s+(?:[\p{L}'’-]+\s+){0,5}(?:leaked|published|posted|dumped|publi[ée]e?s|diffus[ée]e?s|ver[öo]ffentlicht|pubblicati|publicados|gepubliceerd)|(?:published|posted|dumped|publie|diffus[ée]|a diffus[ée]|ver[öo]ffentlicht|pubblica|publica|publiceert)\s+(?:[\p{L}'’-]+\s+){0,5}(?:data|files|records|documents|donn[ée]es|daten|dati|datos|dados|gegevens)|dark ?web|leak site)\b`)
	leakCue     = regexp.MustCompile(`(?i)\b(leak site|data leak site|dark web|posted .{0,30}(?:on|to) (?:its|their) (?:leak|blog|site)|claimed (?:responsibility|the attack|to have)|claims? (?:to have|responsibility))\b`)
)

// attackAgain is what both cues below read as an attack told again: "hit
// again", "once again", "erneuter Cyberangriff", "de nouveau visé",
// "nouvelle cyberattaque", "opnieuw getroffen".
const attackAgain = `(?:hit|attacked|targeted|breached|struck|hacked)\s+(?:\w+\s+)?again|once again|erneut(?:e[nr]?)? (?:cyber-?|hacker-?)?angriff|(?:de|a) nouveau (?:vis|cibl|touch|attaqu|pirat|victime)|nouvelle (?:\w+\s+)?(?:attaque|cyberattaque)|nuevo (?:\w+\s+)?(?:ataque|ciberataque)|nuovo (?:\w+\s+)?attacco|opnieuw (?:getroffen|gehackt|doelwit|slachtoffer)|novamente (?:atacad|alvo|vítima|vitima)`

// newAttackCue marks a report of a further attack on an organisation
// already attacked: "a second cyberattack", "hit again", "another
// ransomware attack", "a fresh attack" (and textdate.EarlierAttack: "not
// its first", "had already suffered", "a similar attack in November last
// year").
var newAttackCue = regexp.MustCompile(`(?i)\b(?:(?:months|years|a year) after (?:a|an) (?:\w+\s+){0,3}(?:attack|cyberattack|cyber-attack|incident|breach)|(?:second|another|new|fresh|renewed|separate|further|third)\s+(?:\w+\s+){0,2}(?:attack|cyberattack|cyber-attack|breach|incident|intrusion|hack)|zweite[nrs]? (?:\w+\s+)?(?:cyber-?|hacker-?)?angriff|nuevamente (?:atacad|hackead|víctima|victima)|de nuevo (?:atacad|hackead|víctima|victima)|di nuovo (?:attaccat|colpit|sotto attacco|vittima)|(?:erneut|wieder) (?:opfer|angegriffen|gehackt|ziel|getroffen)|jahre nach dem [\w-]*(?:befall|angriff)|deuxième (?:cyber-?)?attaque|segundo (?:ciber)?(?:ataque|incidente)|zum zweiten mal|for the second time|pour la deuxième fois|por segunda vez|per la seconda volta|voor de tweede keer|pela segunda vez|ya sufri(?:ó|o) (?:un|una|el|la|otro|otra)|ya hab[íi]a sufrido|déjà été (?:la )?victime|bereits (?:im \w+ \d{4} )?opfer|già (?:stat[oa] )?vittima|já (?:tinha )?sido (?:alvo|vítima)|secondo (?:cyber)?attacco|tweede (?:cyber)?aanval|` + attackAgain + `)\b`)

// anotherAttackCue is a headline's word for a further attack on its victim:
// "hit by another cyberattack", "suffers second data breach", "hacked
// again" (round 23). Read in the headline only: a text's "a separate
// ransomware breach … last year" tells of the earlier one.
var anotherAttackCue = regexp.MustCompile(`(?i)\b(?:(?:second|another|new|fresh|third)\s+(?:\w+\s+){0,2}(?:attack|cyberattack|cyber-attack|breach|intrusion|hack)|` + attackAgain + `)\b`)

// possessivePrefix is a name that opens on one capitalised word's
// possessive: "Newburyport's Anna Jaques".
var possessivePrefix = regexp.MustCompile(`^\p{Lu}[\p{L}.-]+['’]s\s+(\p{Lu}.+)$`)

// townPossessive returns the key of the rest of a name that opens on one
// word's possessive ("Newburyport's Anna Jaques" → "anna jaques"), when
// the rest is a distinctive name: "Children's Hospital" and "Barcelona's
// Hospital Clinic" keep theirs.
func townPossessive(name string, aliases orgname.Aliases) (string, bool) {
	m := possessivePrefix.FindStringSubmatch(strings.TrimSpace(name))
	if m == nil {
		return "", false
	}
	k := aliases.Resolve(orgname.Key(m[1]))
	if k == "" || !orgname.Distinctive(k) {
		return "", false
	}
	return k, true
}

// attackYearCue is a year named as its attack's: "the 2022 data breach",
// "over a 2021 ransomware attack", "the cyberattack in 2019", "el
// ciberataque de 2023", "la cyberattaque de 2022", "dem Cyberangriff von
// 2023", "l'attacco informatico del 2023".
var attackYearCue = regexp.MustCompile(`(?i)\b(?:(20\d\d)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}(?:cyber-?attack|cyberattack|attack|data breach|breach|hack|hacking|ransomware attack|cyber incident|cybersecurity incident|incident)|(?:cyber-?attack|attack|breach|hack|incident)\s+(?:\w+\s+){0,3}in\s+(20\d\d)|(?:ciberataque|cyberattaque|attaque|ataque|cyberangriff|hackerangriff|attacco(?: informatico| hacker)?|cyberaanval)\s+(?:de|du|von|aus|del|dell'|van|em)\s+(?:\w+\s+)?(20\d\d))\b`)

// otherAttackBefore marks a year that is another attack's: "separate from
// the 2023 ransomware attack", "aucun lien avec l'attaque de 2021".
var otherAttackBefore = regexp.MustCompile(`(?i)(?:separate from|unrelated to|not related to|not linked to|no link (?:to|with)|aucun lien avec|sans lien avec|kein zusammenhang mit|ningún vínculo con|sin relación con|nessun legame con|geen verband met|nada a ver com)\s+(?:\S+\s+){0,2}$`)

// attackYearOf returns the year text gives its attack, or 0: not a year
// given as another attack's.
func attackYearOf(text string) int {
	for _, m := range attackYearCue.FindAllStringSubmatchIndex(text, -1) {
		if otherAttackBefore.MatchString(text[max(0, m[0]-60):m[0]]) {
			continue
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				if y, err := strconv.Atoi(text[m[g]:m[g+1]]); err == nil {
					return y
				}
			}
		}
	}
	return 0
}

// repostNumber is the number a leak site adds to a name it posts again
// ("Lehigh Valley Health Network 2"), after a name of three words or more.
var repostNumber = regexp.MustCompile(`^((?:\S+\s+){2,}\S*\p{L}\S*)\s+[2-9]$`)

// recoveryCue tells of an attack's aftermath ended: "Palomar Health
// Medical Group Fully Restores Operations Following Cyberattack", "systems
// are back online" (round 40).
var recoveryCue = regexp.MustCompile(`(?i)\b(?:(?:fully|successfully|completely)\s+(?:restor|recover)\w*|restor\w*\s+(?:all\s+|its\s+|full\s+)*operations|(?:systems?|network|services?)\s+(?:are|is|were|was)\s+(?:now\s+)?(?:fully\s+)?(?:back\s+online|restored)|back\s+online)\b`)

// countUpdateCue marks a report that revises an earlier count upwards: "the
// July phishing attack it reported in September reached four more staff
// email accounts … now notifying a total of 6,423".
var countUpdateCue = regexp.MustCompile(`(?i)\b(?:a total of|in total|additional (?:patients|people|individuals|members|accounts|records|victims)|now (?:notifying|says|believes|estimates|reports)|(?:count|number|total|figure) (?:has |had )?(?:risen|rose|grown|grew|increased|climbed)|revised (?:its |the )?(?:count|number|total|figure)|rose to|grew to|climbed to|increased to)\b`)

// leakNewsHints are fragments one of which every leakNewsCue match holds:
// a cheap test that spares most texts the expression.
var leakNewsHints = []string{"leak", "claim", "publi", "dark", "diffus", "revendiq", "bekenn", "bekannt", "reivindic",
	"rivendic", "eist", "dump", "posted", "ffentlich", "pubblic"}

// isLeakNews reports whether a title and lead tell of a gang's claim or of
// stolen data published (leakNewsCue).
func isLeakNews(lead string) bool {
	low := strings.ToLower(lead)
	for _, h := range leakNewsHints {
		if strings.Contains(low, h) {
			return leakNewsCue.MatchString(lead)
		}
	}
	return false
}

// Report kinds: who speaks in a report.
const (
	kindLeak      = "leak"      // an attacker's claim on a leak site
	kindPress     = "press"     // a third party's report
	kindVictim    = "victim"    // the victim's own notice
	kindRegulator = "regulator" // a regulator's filing (HHS OCR, an attorney general)
)

// kindOf infers who speaks in a report: the collector's claim_status field
// when set, else structured regulator fields and text cues.
func kindOf(c cit.Candidate, text, actor string) string {
	switch strings.ToLower(strings.TrimSpace(c.Fields[cit.FieldClaimStatus])) {
	case cit.ClaimClaimed:
		return kindLeak
	case cit.ClaimReported:
		return kindPress
	case cit.ClaimConfirmed:
		if c.Fields[cit.FieldBreachType] != "" || regulatorCue.MatchString(text) {
			return kindRegulator
		}
		return kindVictim
	}
	switch {
	case c.Fields[cit.FieldBreachType] != "" || c.Fields[cit.FieldEntityType] != "" || regulatorCue.MatchString(text):
		return kindRegulator
	case leakCue.MatchString(text) || (actor != "" && strings.TrimSpace(c.Text) == ""):
		return kindLeak
	case victimCue.MatchString(text):
		return kindVictim
	}
	return kindPress
}

// claimOf maps who speaks to the claim status: a leak-site post is
// "claimed", a victim's or regulator's statement "confirmed", other reports
// "reported". A collector's claim_status field wins.
func claimOf(c cit.Candidate, kind string) string {
	if s := strings.ToLower(strings.TrimSpace(c.Fields[cit.FieldClaimStatus])); cit.ClaimRank(s) > 0 {
		return s
	}
	switch kind {
	case kindLeak:
		return cit.ClaimClaimed
	case kindRegulator, kindVictim:
		return cit.ClaimConfirmed
	}
	return cit.ClaimReported
}
