package dedup

import (
	"cmp"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// maxStated bounds the stated breach dates an incident's profile keeps.
const maxStated = 8

// maxOtherStated bounds the other dates kept of one report's text.
const maxOtherStated = 3

// ProvVictimAlias is the provenance field of the other names a report's
// text defines for its victim ("Centre hospitalier Sud Francilien (CHSF)"):
// not organisations of their own, but the same victim (see victimAliases).
const ProvVictimAlias = "victim_alias"

// ProvVictimParent is the provenance field of the group a report's text
// says its victim belongs to ("CHI Memorial's parent, CommonSpirit
// Health"): not a victim of its own, but a link between the reports of one
// attack on a group's shared systems (see parentsNamed).
const ProvVictimParent = "victim_parent"

// Provenance field names beyond the incident's own JSON names.
const (
	provBreachMode = "breach_mode"       // breach modes the report's text describes
	provKind       = "report_kind"       // who speaks: leak, press, victim, regulator
	provStated     = "stated_date"       // the breach date the report's text states (textdate.Span.String)
	provOtherDate  = "other_stated_date" // the text's other dates of at most a month ("as early as September 2014")
	provSketch     = "text_sketch"       // the report's near-duplicate-text sketch, for Load (see encodeSketch)
	provUndated    = "undated"           // "yes": nothing dated the report; its source's published date is the day it was read
	provNamed      = "names_in_text"     // stems of the proper names an accepted report's title and lead write (see namedStems)
	provVerdict    = "verdict"           // the classifier's verdict on the report (accept, review, reject)
	provLocality   = "locality"          // a state or town the report places the victim in ("state:florida", "town:tampa")
	provKnownBy    = "known_by"          // the breach happened by this date: the earliest discovery or report date the text states
	provAttackYear = "attack_year"       // the year the text gives its attack ("the 2021 data breach")
	provWritten    = "victim_as_written" // a registry row's victim as written (orgname.Written), for registryRowsApart
	provAlias      = ProvVictimAlias
	provParent     = ProvVictimParent
	analystSource  = "analyst" // Assertion.Source of an analyst's edit
)

// addReport links report r to inc: a source reference and one assertion per
// field the report states. Fields are then recomputed by resolveFields.
func addReport(inc *cit.Incident, r *report) {
	c := r.cand
	inc.Sources = append(inc.Sources, cit.SourceRef{CandidateID: c.ID, Source: c.Source, URL: c.URL,
		Title: c.Title, Published: r.date.Format(time.DateOnly), Lang: c.Lang, Victim: r.victim})
	if inc.Provenance == nil {
		inc.Provenance = make(map[string][]cit.Assertion)
	}
	at := r.date.Format(time.DateOnly)
	assert := func(field, value string) {
		if value != "" {
			inc.Provenance[field] = append(inc.Provenance[field],
				cit.Assertion{Value: value, CandidateID: c.ID, Source: c.Source, At: at})
		}
	}
	if len(r.orgs) > 0 { // a joint notice asserts each organisation it names
		for _, o := range r.orgs {
			assert("victim", o)
		}
	} else {
		assert("victim", r.victim)
	}
	assert("country", r.country)
	assert("sector", r.sector)
	assert("attack_type", r.attackType)
	assert("threat_actor", r.actor)
	if r.records > 0 {
		assert("records_affected", strconv.FormatInt(r.records, 10))
	}
	assert("incident_date", r.incidentDate)
	assert("disclosure_date", r.disclosureDate)
	assert("claim_status", r.claim)
	assert("care_disruption", strings.Join(r.care, ","))
	assert(provBreachMode, r.modes.String())
	assert(provKind, r.kind)
	assert(provVerdict, r.verdict)
	for _, l := range r.localities {
		assert(provLocality, l)
	}
	if r.hasStated {
		assert(provStated, r.stated.String())
		n := 0
		for _, sp := range r.spans {
			if r.newAttack && sp.To.Before(r.stated.From) {
				continue // the earlier attack a report of a further one recalls (round 60)
			}
			if n < maxOtherStated && sp != r.stated && (sp.Day || sp.To.Sub(sp.From) <= 31*24*time.Hour) {
				assert(provOtherDate, sp.String())
				n++
			}
		}
	}
	if !r.knownBy.IsZero() {
		assert(provKnownBy, r.knownBy.Format(time.DateOnly))
	}
	if r.attackYear != 0 {
		assert(provAttackYear, strconv.Itoa(r.attackYear))
	}
	assert(provWritten, r.written)
	for _, a := range r.aliases {
		assert(provAlias, a)
	}
	for _, a := range r.parents {
		assert(provParent, a)
	}
	assert(provSketch, encodeSketch(r.textKeys))
	assert(provNamed, strings.Join(r.named, " "))
	if r.undated {
		assert(provUndated, "yes")
	}
}

// sketchTag names the text index's parameters (word bigrams of 80 lead
// words, 10 bands of 3 rows): a sketch made with other parameters is
// ignored by Load, which then falls back to the report's title.
const sketchTag = "w2b10r3:"

// encodeSketch writes a report's text band keys as a short string (about
// 115 bytes) kept in the incident's provenance, so that a restarted engine
// indexes the report's text as the live one did, without keeping the text.
func encodeSketch(keys []uint64) string {
	if len(keys) == 0 {
		return ""
	}
	b := make([]byte, 0, 8*len(keys))
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	return sketchTag + base64.RawStdEncoding.EncodeToString(b)
}

// decodeSketch reads a sketch written by encodeSketch; nil when it is not
// one of bands keys made with the current parameters.
func decodeSketch(v string, bands int) []uint64 {
	rest, ok := strings.CutPrefix(v, sketchTag)
	if !ok {
		return nil
	}
	b, err := base64.RawStdEncoding.DecodeString(rest)
	if err != nil || len(b) != 8*bands {
		return nil
	}
	keys := make([]uint64, bands)
	for i := range keys {
		keys[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return keys
}

// resolveFields recomputes every derived field of inc from its sources and
// provenance, so that merges, splits and restarts all give the same state.
// An analyst's latest assertion wins; otherwise the most asserted value wins
// (ties: the earliest), records come from the most authoritative report.
func resolveFields(inc *cit.Incident, aliases orgname.Aliases) {
	p := inc.Provenance
	inc.Victim = pick(p["victim"])
	inc.VictimKey = aliases.Resolve(orgname.Key(inc.Victim))
	inc.Organizations = organisations(inc.VictimKey, p["victim"], aliases)
	inc.Country = pick(p["country"])
	inc.Sector = pick(p["sector"])
	inc.AttackType = pickAttack(p["attack_type"])
	inc.ThreatActor = pick(p["threat_actor"])

	claimOfCand := make(map[string]int)
	inc.ClaimStatus = ""
	for _, a := range p["claim_status"] {
		claimOfCand[a.CandidateID] = cit.ClaimRank(a.Value)
		if a.Source == analystSource || cit.ClaimRank(a.Value) > cit.ClaimRank(inc.ClaimStatus) {
			inc.ClaimStatus = a.Value
		}
	}
	inc.RecordsAffected = nil
	bestRank := -1
	for _, a := range p["records_affected"] {
		n, err := strconv.ParseInt(a.Value, 10, 64)
		if err != nil {
			continue
		}
		rank := claimOfCand[a.CandidateID]
		if a.Source == analystSource {
			rank = 100
		}
		if rank >= bestRank { // later reports of equal authority update the count
			bestRank = rank
			inc.RecordsAffected = &n
		}
	}
	inc.IncidentDate = earliest(p["incident_date"])
	inc.DisclosureDate = earliest(p["disclosure_date"])
	if inc.DisclosureDate == "" {
		for _, s := range inc.Sources {
			if inc.DisclosureDate == "" || s.Published < inc.DisclosureDate {
				inc.DisclosureDate = s.Published
			}
		}
	}
	inc.CareDisruption = nil
	for _, a := range p["care_disruption"] {
		for _, v := range strings.Split(a.Value, ",") {
			if v != "" && !slices.Contains(inc.CareDisruption, v) {
				inc.CareDisruption = append(inc.CareDisruption, v)
			}
		}
	}
	slices.Sort(inc.CareDisruption)
	if t := pick(p["title"]); t != "" {
		inc.Title = t
	} else {
		inc.Title = titleOf(inc)
	}
}

// organisations returns the keys of every organisation the incident
// affects: the primary key first, then the keys of other asserted victims
// that are not mere spellings of one already listed.
func organisations(primary string, victims []cit.Assertion, aliases orgname.Aliases) []string {
	var out []string
	if primary != "" {
		out = append(out, primary)
	}
	for _, a := range victims {
		k := aliases.Resolve(orgname.Key(a.Value))
		if k == "" || slices.ContainsFunc(out, func(o string) bool { return orgname.Similarity(o, k) >= 0.9 }) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// pick returns the winning value of a field's assertions.
func pick(as []cit.Assertion) string {
	for i := len(as) - 1; i >= 0; i-- {
		if as[i].Source == analystSource {
			return as[i].Value
		}
	}
	count := make(map[string]int)
	first := make(map[string]int)
	for i, a := range as {
		count[a.Value]++
		if _, ok := first[a.Value]; !ok {
			first[a.Value] = i
		}
	}
	best := ""
	for _, v := range slices.Sorted(maps.Keys(count)) {
		if best == "" || count[v] > count[best] || (count[v] == count[best] && first[v] < first[best]) {
			best = v
		}
	}
	return best
}

// pickAttack is pick, ignoring "unknown" when a specific type is asserted.
func pickAttack(as []cit.Assertion) string {
	specificOnly := slices.DeleteFunc(slices.Clone(as), func(a cit.Assertion) bool {
		return a.Value == cit.AttackUnknown && a.Source != analystSource
	})
	if v := pick(specificOnly); v != "" {
		return v
	}
	return pick(as)
}

func earliest(as []cit.Assertion) string {
	out := ""
	for _, a := range as {
		if out == "" || a.Value < out {
			out = a.Value
		}
	}
	return out
}

// titleOf builds a display title: "Victim — attack type (YYYY-MM)".
func titleOf(inc *cit.Incident) string {
	name := inc.Victim
	if name == "" && len(inc.Sources) > 0 {
		name = inc.Sources[0].Title
	}
	kind := strings.ReplaceAll(cmp.Or(inc.AttackType, "cyber incident"), "_", " ")
	date := cmp.Or(inc.IncidentDate, inc.DisclosureDate)
	if len(date) >= 7 {
		return fmt.Sprintf("%s — %s (%s)", name, kind, date[:7])
	}
	return fmt.Sprintf("%s — %s", name, kind)
}

// profileOf derives the compact matching profile of an incident.
func profileOf(inc *cit.Incident, aliases orgname.Aliases) profile {
	p := profile{keys: slices.Clone(inc.Organizations), country: inc.Country, attackType: inc.AttackType,
		actor: inc.ThreatActor, active: inc.Status == cit.StatusActive, disrupted: len(inc.CareDisruption) > 0}
	for _, a := range inc.Provenance["victim"] { // every spelling, so exact-key lookups find them
		k := aliases.Resolve(orgname.Key(a.Value))
		if k != "" && !slices.Contains(p.keys, k) {
			p.keys = append(p.keys, k)
		}
		if k != "" && (orgname.IsDomain(a.Value) || runTogether(a.Value)) && !slices.Contains(p.domainKeys, k) {
			p.domainKeys = append(p.domainKeys, k)
		}
		if rest, ok := townPossessive(a.Value, aliases); ok && !slices.Contains(p.keys, rest) {
			p.keys = append(p.keys, rest) // "Newburyport's Anna Jaques" is Anna Jaques
		}
	}
	p.organizations = uint8(min(len(inc.Organizations), 255))
	p.id = writtenHash(inc.ID)
	if slices.ContainsFunc(inc.Reasons, func(r cit.Reason) bool { return r.Rule == "uncertain_match_needs_review" }) {
		for _, r := range inc.Reasons {
			if r.Rule == "best_match_below_merge_score" {
				p.doubt = writtenHash(r.Value)
			}
		}
	}
	if w := inc.Provenance[provWritten]; len(w) > 0 {
		p.written = writtenHash(w[0].Value)
	}
	p.unlinked = len(inc.Sources) > 0
	undated := make(map[string]bool, len(inc.Provenance[provUndated]))
	for _, a := range inc.Provenance[provUndated] {
		undated[a.CandidateID] = true
	}
	for i, s := range inc.Sources {
		p.unlinked = p.unlinked && s.URL == ""
		switch {
		case i == 0:
			p.oneSource = s.Source
		case s.Source != p.oneSource:
			p.oneSource = ""
		}
		t, ok := cit.ParseDate(s.Published)
		if !ok || undated[s.CandidateID] {
			continue
		}
		if p.first.IsZero() || t.Before(p.first) {
			p.first = t
		}
		if t.After(p.last) {
			p.last = t
		}
	}
	for _, a := range inc.Provenance["records_affected"] {
		if n, err := strconv.ParseInt(a.Value, 10, 64); err == nil && !slices.Contains(p.records, n) {
			p.records = append(p.records, n)
		}
	}
	for _, a := range inc.Provenance[provBreachMode] {
		p.modes |= parseModes(a.Value)
	}
	for _, a := range inc.Provenance[provStated] {
		if sp, ok := textdate.Parse(a.Value); ok && len(p.stated) < maxStated {
			p.stated = append(p.stated, sp)
		}
	}
	for _, a := range inc.Provenance[provOtherDate] {
		if sp, ok := textdate.Parse(a.Value); ok && len(p.otherStated) < maxStated {
			p.otherStated = append(p.otherStated, sp)
		}
	}
	for _, a := range inc.Provenance[provAttackYear] {
		if y, err := strconv.Atoi(a.Value); err == nil && !slices.Contains(p.attackYears, y) && len(p.attackYears) < maxStated {
			p.attackYears = append(p.attackYears, y)
		}
	}
	for _, a := range inc.Provenance[provKnownBy] {
		if t, ok := cit.ParseDate(a.Value); ok && (p.knownBy.IsZero() || t.Before(p.knownBy)) {
			p.knownBy = t
		}
	}
	for _, a := range inc.Provenance[provAlias] {
		if k := aliases.Resolve(orgname.Key(a.Value)); k != "" && !slices.Contains(p.aliasKeys, k) && len(p.aliasKeys) < maxAliases {
			p.aliasKeys = append(p.aliasKeys, k)
		}
	}
	for _, a := range inc.Provenance[provParent] {
		if k := aliases.Resolve(orgname.Key(a.Value)); k != "" && !slices.Contains(p.parentKeys, k) && len(p.parentKeys) < maxAliases {
			p.parentKeys = append(p.parentKeys, k)
		}
	}
	for _, a := range inc.Provenance[provLocality] {
		if !slices.Contains(p.localities, a.Value) && len(p.localities) < maxStated {
			p.localities = append(p.localities, a.Value)
		}
	}
	for _, a := range inc.Provenance[provNamed] {
		for _, w := range strings.Fields(a.Value) {
			if !slices.Contains(p.named, w) && len(p.named) < maxNamedIncident {
				p.named = append(p.named, w)
			}
		}
	}
	for _, a := range inc.Provenance[provVerdict] {
		p.accepted = p.accepted || a.Value == cit.VerdictAccept
		p.reviewed = p.reviewed || a.Value == cit.VerdictAccept || a.Value == cit.VerdictReview
	}
	for _, a := range inc.Provenance[provKind] {
		switch a.Value {
		case kindRegulator:
			p.regulator = true
		case kindLeak:
			p.leak = true
		default:
			p.other = true
		}
	}
	return p
}

// writtenHash is the FNV-1a hash of a name as written (orgname.Written),
// kept in a profile in place of the name; 0 for none.
func writtenHash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(w))
	return max(h.Sum32(), 1)
}
