package dedup

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/lsh"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// profile is the compact matching state of one incident: what the scorer
// compares a new report with. It is kept apart from the full incident so the
// candidate lookup stays small in memory at millions of incidents.
type profile struct {
	keys       []string  // organisation keys, primary first
	domainKeys []string  // keys of victims given as web domains (leak posts)
	aliasKeys  []string  // keys of names its reports define for the victim (provAlias)
	parentKeys []string  // keys of the groups its reports say the victim belongs to (provParent)
	first      time.Time // its first dated report's date; zero when no report is dated (see report.undated)
	last       time.Time
	records    []int64 // distinct record counts asserted
	country    string
	attackType string
	actor      string
	modes      modeSet
	stated     []textdate.Span // breach dates its reports state
	// otherStated are the other dates its reports' texts state (the start
	// of an intrusion beside its discovery)
	otherStated []textdate.Span
	regulator   bool      // a regulator's filing is linked
	leak        bool      // a leak-site claim is linked
	other       bool      // a press report or victim's notice is linked
	accepted    bool      // a report the classifier accepted as a health cyberattack is linked
	reviewed    bool      // a report the classifier accepted or held for review is linked
	disrupted   bool      // a linked report tells of disrupted care (EHR downtime, cancelled procedures, diversions)
	localities  []string  // states and towns its reports place the victim in
	named       []string  // stems of the proper names its accepted reports write (see namedStems)
	oneSource   string    // the source of all its reports, "" when several sources report it
	knownBy     time.Time // its breach happened by then (earliest discovery or report date stated); zero when unknown
	attackYears []int     // the years its reports give their attack ("the 2021 data breach")
	active      bool
	// unlinked: none of its reports links to a page (registry rows: a
	// regulator's filing, a chronology's entry); organizations: how many
	// organisations it names, up to 255 (a joint filing names several)
	unlinked      bool
	organizations uint8
	written       uint32 // hash of its first registry row's victim as written (writtenHash), 0 when none
	// id: hash of its id (writtenHash); doubt: hash of the id of the
	// incident its first report may belong to, when that report was held
	// for an analyst (uncertain_match_needs_review) and nothing merged into
	// it since, else 0
	id, doubt uint32
}

// nearDuplicateShare is the share of text bands two reports must share to
// be near duplicates (near_duplicate_text, same_source_repeats_text).
const nearDuplicateShare = 0.3

// matcher finds and scores the incidents a report may belong to. Lookups
// use three hash-map indexes whose per-lookup cost does not grow with the
// store: exact organisation key, MinHash-LSH over name trigrams (fuzzy
// names) and MinHash-LSH over the words of title and lead (near-duplicate
// text). Each reads only the newest maxScan entries of a key or bucket.
type matcher struct {
	opts       Options
	profiles   []profile
	byKey      map[string][]uint32
	byAlias    map[string][]uint32 // defined names (victimAliases) → incidents
	byHead     map[string][]uint32 // a key's first distinctive word → incidents ("excellus")
	byAbbr     map[string][]uint32 // a key's abbreviated forms → incidents ("uw medicine" of "university washington medicine")
	byWord     map[string][]uint32 // a key's distinctive words → incidents ("dusseldorf" of "university hospital dusseldorf")
	byParent   map[string][]uint32 // a group's key → incidents of its members ("commonspirit health" of "chi memorial")
	byStem     map[string][]uint32 // stems of a key's distinctive words → incidents ("dusseld" of "university hospital dusseldorf")
	byNamed    map[string][]uint32 // stems of the proper names its reports write → incidents (see namedStems)
	byDeclined map[string][]uint32 // stems of organisation keys (stemKey) → incidents, for declined names
	// A leak site's domain and the name it stands for, either way round
	// (see domainForms and nameForms): incidents known by a domain under
	// its forms, and incidents known by a name under the forms a domain of
	// it would take.
	domainsBy map[string][]uint32
	namesBy   map[string][]uint32
	names     *lsh.Index
	texts     *lsh.Index
}

func newMatcher(opts Options) *matcher {
	return &matcher{
		opts:       opts,
		byKey:      make(map[string][]uint32),
		byAlias:    make(map[string][]uint32),
		byHead:     make(map[string][]uint32),
		byAbbr:     make(map[string][]uint32),
		byWord:     make(map[string][]uint32),
		byParent:   make(map[string][]uint32),
		byStem:     make(map[string][]uint32),
		byNamed:    make(map[string][]uint32),
		byDeclined: make(map[string][]uint32),
		domainsBy:  make(map[string][]uint32),
		namesBy:    make(map[string][]uint32),
		names:      lsh.New(6, 2, opts.MaxPerBucket),
		texts:      lsh.New(10, 3, opts.MaxPerBucket),
	}
}

// nameKeys returns the LSH band keys of an organisation key, read without
// its spaces: a leak site's "tgidirect" and a filing's "TGI Direct" have the
// same shingles.
func (m *matcher) nameKeys(key string) []uint64 {
	return m.names.Keys(lsh.CharShingles(strings.ReplaceAll(key, " ", ""), 3))
}

// textKeys returns the LSH band keys of a report's lead words.
func (m *matcher) textKeys(words []string) []uint64 {
	if len(words) < 6 {
		return nil
	}
	return m.texts.Keys(lsh.WordShingles(words, 2))
}

// add files a new profile and returns its index.
func (m *matcher) add(p profile, textKeys []uint64) uint32 {
	i := uint32(len(m.profiles))
	m.profiles = append(m.profiles, p)
	m.index(i, p.keys, textKeys)
	m.indexAliases(i, p.aliasKeys)
	m.indexParents(i, p.parentKeys)
	m.indexDomainForms(i, p.keys, p.domainKeys)
	m.indexNamed(i, p.named)
	return i
}

// indexNamed files incident i under the stems of the proper names its
// reports write.
func (m *matcher) indexNamed(i uint32, stems []string) {
	for _, s := range stems {
		m.byNamed[s] = appendNewest(m.byNamed[s], i)
	}
}

// appendNewest files incident i last in a bucket, unless it is last
// already. A bucket of a common word holds many incidents: looking i up in
// all of it would make building the store quadratic. An incident filed
// again after a merge stands twice, and counts as recent.
func appendNewest(list []uint32, i uint32) []uint32 {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

// indexParents files incident i under the keys of the groups its reports
// say the victim belongs to, without their type words ("commonspirit" of
// "commonspirit health"), as a group's own report may write it.
func (m *matcher) indexParents(i uint32, keys []string) {
	for _, k := range keys {
		k = orgname.TypeStem(k)
		if list := m.byParent[k]; !slices.Contains(list, i) {
			m.byParent[k] = append(list, i)
		}
	}
}

// indexDomainForms files incident i under the forms that link a leak
// site's domain and a name: a domain key under its own, a name key under
// the forms its domain would take.
func (m *matcher) indexDomainForms(i uint32, keys, domainKeys []string) {
	file := func(by map[string][]uint32, forms []string) {
		for _, f := range forms {
			if list := by[f]; !slices.Contains(list, i) {
				by[f] = append(list, i)
			}
		}
	}
	for _, k := range keys {
		if slices.Contains(domainKeys, k) {
			file(m.domainsBy, domainForms(k))
		} else {
			file(m.namesBy, nameForms(k))
		}
	}
}

// domainForms are the lookup forms of a domain key: itself as initials
// ("umcsn"), its first six letters as the start of names run together
// ("valley" of "valleyviewhosp", "seamar" of "seamar"), and those letters
// as a key would read them (see orgname.JoinedReadings: "saintc" of
// "santacasadefranca").
func domainForms(d string) []string {
	d = strings.ReplaceAll(d, " ", "")
	var out []string
	if len(d) >= 3 && len(d) <= 6 {
		out = append(out, "i:"+d)
	}
	if len(d) >= 6 && len(d) < 8 {
		out = append(out, "p:"+d[:6]) // a short name run together: "seamar" of Sea Mar Community Health Centers (round 24)
	}
	if len(d) >= 8 {
		for _, r := range orgname.JoinedReadings(d) {
			if f := "p:" + r[:min(6, len(r))]; len(r) >= 6 && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// nameForms are the forms a name's domain would take (see domainForms):
// its initials, with and without a group's last word, and the first six
// letters of its words run together.
func nameForms(key string) []string {
	var out []string
	initials := orgname.Initials(key)
	for _, in := range initials[:min(2, len(initials))] { // the whole name's and, once, without a group's last word
		if len(in) <= 6 {
			out = append(out, "i:"+in)
		}
	}
	if words := strings.Fields(key); len(words) >= 2 {
		if joined := strings.Join(words, ""); len(joined) >= 8 {
			out = append(out, "p:"+joined[:6])
		}
		// the first words' initials, then the next word: "cphealthnetwork"
		// for Cumberland Plateau Health Network, "gscardio" for Gulf Shores
		// Cardiovascular Institute (see orgname.JoinsFirstWords)
		for n := 2; n <= 3 && n < len(words); n++ {
			if next := words[n]; len(next) >= 6-n {
				if f := "p:" + orgname.Acronym(words[:n]) + next[:6-n]; !slices.Contains(out, f) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// indexAliases files incident i under the keys of names its reports define
// for the victim. They get no fuzzy-name index: a defined name is matched
// exactly or not at all.
func (m *matcher) indexAliases(i uint32, keys []string) {
	for _, k := range keys {
		if list := m.byAlias[k]; !slices.Contains(list, i) {
			m.byAlias[k] = append(list, i)
		}
	}
}

// index files incident i under organisation keys and text band keys.
func (m *matcher) index(i uint32, keys []string, textKeys []uint64) {
	for _, k := range keys {
		if k == "" {
			continue
		}
		if list := m.byKey[k]; !slices.Contains(list, i) {
			m.byKey[k] = append(list, i)
			m.names.Add(i, m.nameKeys(k))
		}
		if st := stemKey(k); st != k {
			if list := m.byDeclined[st]; !slices.Contains(list, i) {
				m.byDeclined[st] = append(list, i)
			}
		}
		if h := headWord(k); h != "" {
			if list := m.byHead[h]; !slices.Contains(list, i) {
				m.byHead[h] = append(list, i)
			}
		}
		if h := acronymStem(k); h != "" {
			if list := m.byHead[h]; !slices.Contains(list, i) {
				m.byHead[h] = append(list, i)
			}
		}
		for _, f := range abbreviatedForms(k) {
			if list := m.byAbbr[f]; !slices.Contains(list, i) {
				m.byAbbr[f] = append(list, i)
			}
		}
		for _, w := range strings.Fields(k) {
			if orgname.DistinctiveWord(w) { // "dax" of "hospital dax" too: a town's name may be short
				if list := m.byWord[w]; !slices.Contains(list, i) {
					m.byWord[w] = append(list, i)
				}
			}
		}
		for _, s := range nameStemsOf([]string{k}) {
			m.byStem[s] = appendNewest(m.byStem[s], i)
		}
	}
	if len(textKeys) > 0 {
		m.texts.Add(i, textKeys)
	}
}

// headWord is the word a key is looked up by beside the key itself: its
// first word, when that word is distinctive ("excellus" of "excellus health
// plan" and of "excellus bluecross blueshield", "aultman" of "aultman health
// foundation" and "aultman hospital"). Names that differ after a shared
// first word are then compared, which trigrams of the whole names miss.
func headWord(key string) string {
	w, _, _ := strings.Cut(key, " ")
	if w != orgname.FirstDistinctiveWord(key) || len(w) < 4 {
		return ""
	}
	return w
}

// acronymStem returns the three letters a key holds beside its type words
// ("bjc" of "bjc healthcare"), or "": an organisation's initials, too
// short for headWord, that the press also writes alone ("BJC notifies
// individuals …" over "BJC HealthCare is notifying …").
func acronymStem(key string) string {
	if ts := orgname.TypeStem(key); ts != key && len(ts) == 3 && orgname.DistinctiveWord(ts) {
		return ts
	}
	return ""
}

// abbreviatedForms returns a key with the words that open or close it run
// into their initials: "university washington medicine" gives "uw
// medicine" and "uwm", "oregon department human services" gives "oregon
// dhs", "montana department public health human services" gives
// "montana dphhs". Only runs of two to five words, at either end of a key
// of at most six words, are abbreviated, so an incident is filed under a
// few forms.
// The whole name's initials must have three letters at least ("hse").
func abbreviatedForms(key string) []string {
	words := strings.Fields(key)
	n := len(words)
	if n < 2 || n > 6 {
		return nil
	}
	var out []string
	add := func(i, j int) {
		var b strings.Builder
		for _, w := range words[i:j] {
			if w[0] < 'a' || w[0] > 'z' {
				return // "asl 1 abruzzo": digits are no initials
			}
			b.WriteByte(w[0])
		}
		if j-i == n && n < 3 {
			return
		}
		form := strings.Join(slices.Concat(words[:i], []string{b.String()}, words[j:]), " ")
		if !slices.Contains(out, form) {
			out = append(out, form)
		}
	}
	for l := 2; l <= min(5, n); l++ {
		add(0, l)
		if l < n {
			add(n-l, n)
		}
	}
	return out
}

// abbreviationOf returns the abbreviated name when one key is another's
// abbreviated form ("uw medicine" of "university washington medicine"),
// else "".
func abbreviationOf(rKeys, pKeys []string) string {
	for _, a := range rKeys {
		for _, b := range pKeys {
			if slices.Contains(abbreviatedForms(b), a) {
				return a + " ~ " + b
			}
			if slices.Contains(abbreviatedForms(a), b) {
				return b + " ~ " + a
			}
		}
	}
	return ""
}

// sharesDistinctiveWord reports whether the two names of abbreviationOf's
// "short ~ long" share a distinctive word ("waikato" of "waikato dhb ~
// waikato district health board"; "uw medicine" shares only a generic one).
func sharesDistinctiveWord(abbr string) bool {
	short, long, _ := strings.Cut(abbr, " ~ ")
	longWords := strings.Fields(long)
	for _, w := range strings.Fields(short) {
		if orgname.DistinctiveWord(w) && slices.Contains(longWords, w) {
			return true
		}
	}
	return false
}

// placeholderCount reports whether a count is HHS's stand-in for an
// unknown one.
func placeholderCount(n int64) bool { return n == 500 || n == 501 }

// otherStatedAgrees returns a date of a report's text within days of a
// breach date an incident's reports state.
func otherStatedAgrees(spans, stated []textdate.Span, days float64) (string, bool) {
	for _, a := range spans {
		if !a.Day && a.To.Sub(a.From) > 31*24*time.Hour {
			continue // a year or a range of years ("patients seen from 1990 to 2007") dates no breach
		}
		for _, b := range stated {
			if textdate.Gap(a, b) <= days {
				return a.String(), true
			}
		}
	}
	return "", false
}

// monthDayStated returns the first of an undated report's days of the
// year that lies within days of a breach date an incident's reports state,
// whatever the year.
func monthDayStated(mds []textdate.MonthDay, stated []textdate.Span, days float64) (textdate.MonthDay, bool) {
	for _, md := range mds {
		for _, sp := range stated {
			if sp.Day && textdate.DaysApart(md, sp) <= days {
				return md, true
			}
		}
	}
	return textdate.MonthDay{}, false
}

// namesStatedDay reports whether one of a report's dates is a day one of
// the incident's reports states.
func namesStatedDay(spans, stated []textdate.Span) bool {
	for _, a := range spans {
		for _, b := range stated {
			if sameDay(a, b) {
				return true
			}
		}
	}
	return false
}

// sharedHead returns the head word two organisations' keys share when the
// rest of one of them is generic words only ("aultman" of "aultman
// hospital" and "aultman health foundation"), else "".
func sharedHead(rKeys, pKeys []string) string {
	return sameHeadPair(rKeys, pKeys, func(a, b string) string {
		if restGeneric(a) || restGeneric(b) {
			return headWord(a)
		}
		return ""
	})
}

// sameHeadPair returns what pick makes of the first pair of keys, one of
// each side, with the same head word (headWord), else "".
func sameHeadPair(rKeys, pKeys []string, pick func(a, b string) string) string {
	for _, a := range rKeys {
		ha := headWord(a)
		if ha == "" {
			continue
		}
		for _, b := range pKeys {
			if headWord(b) != ha {
				continue
			}
			if v := pick(a, b); v != "" {
				return v
			}
		}
	}
	return ""
}

// sharedLeadingWords returns the first words two keys of three words or
// more share, two at least, each distinctive and no saint's unless saints,
// neither key whole ("smoky hill" of "smoky hill surgical hospital" and
// "smoky hill health partners"), else "".
func sharedLeadingWords(rKeys, pKeys []string, saints bool) string {
	for _, a := range rKeys {
		wa := strings.Fields(a)
		for _, b := range pKeys {
			wb := strings.Fields(b)
			if len(wa) < 3 || len(wb) < 3 {
				continue
			}
			// distinctive words only: not "Providence St. Vincent" and
			// "Providence St. Peter"
			n := 0
			for n < len(wa) && n < len(wb) && wa[n] == wb[n] && ((orgname.DistinctiveWord(wa[n]) && wa[n] != "saint") || (saints && n == 0 && wa[0] == "saint")) {
				n++
			}
			if n >= 2 && n < len(wa) && n < len(wb) {
				return strings.Join(wa[:n], " ")
			}
		}
	}
	return ""
}

// sameTown reports whether two reports' localities name one town.
func sameTown(a, b []string) bool {
	for _, l := range a {
		if strings.HasPrefix(l, "town:") && slices.Contains(b, l) {
			return true
		}
	}
	return false
}

// practiceOfPractitioner returns "practice ~ person" when one key reads as
// a person's name and the other as a practice named after her surname
// ("whitcomb family dentistry ~ alans whitcomb"), else "".
func practiceOfPractitioner(rKeys, pKeys []string) string {
	for _, a := range rKeys {
		for _, b := range pKeys {
			if w := orgname.Practitioner(a); w != "" && orgname.PracticeOf(b, w) {
				return b + " ~ " + a
			}
			if w := orgname.Practitioner(b); w != "" && orgname.PracticeOf(a, w) {
				return a + " ~ " + b
			}
		}
	}
	return ""
}

// sameHeadWord reports whether a key of each side opens with one
// distinctive word ("vail" of "vail summit orthopaedics" and "vail summit
// orthopaedics neurosurgery").
func sameHeadWord(rKeys, pKeys []string) bool {
	for _, a := range rKeys {
		if ha := headWord(a); ha != "" && slices.ContainsFunc(pKeys, func(b string) bool { return headWord(b) == ha }) {
			return true
		}
	}
	return false
}

// brandGroup returns the group's key when one key is a group's name, a
// distinctive first word and type words only ("medstar health"), and the
// other a member's that opens with the group's brand and goes on with words
// of its own ("medstar union memorial hospital"), else "". Two names that
// are both the brand and type words ("aultman hospital", "aultman health
// foundation") are no group and its member: see sharedHead.
func brandGroup(rKeys, pKeys []string) string {
	return sameHeadPair(rKeys, pKeys, func(a, b string) string {
		ga, gb := restGeneric(a), restGeneric(b)
		switch {
		case ga == gb || a == headWord(a) || b == headWord(b):
			return ""
		case ga:
			return a
		}
		return b
	})
}

// restGeneric reports whether every word of a key after its first is a
// generic organisation word or a country's name: a national branch
// ("synlab italia", round 25) is its group's head word.
func restGeneric(key string) bool {
	_, rest, _ := strings.Cut(key, " ")
	return rest != "" && !slices.ContainsFunc(strings.Fields(rest), func(w string) bool {
		return orgname.DistinctiveWord(w) && !orgname.CountryName(w)
	})
}

// scored is one incident considered for a report.
type scored struct {
	idx     uint32
	score   float64
	reasons []cit.Reason
}

// lookup returns the active incidents a report may belong to, best first.
// resolve maps an index to the active incident it was merged into.
func (m *matcher) lookup(r *report, textKeys []uint64, resolve func(uint32) (uint32, bool)) []scored {
	textBands := make(map[uint32]int)
	cands := make(map[uint32]bool)
	consider := func(i uint32) {
		if j, ok := resolve(i); ok {
			cands[j] = true
		}
	}
	// a bucket's newest incidents, at most n of them (MaxPerBucket for considerRecent)
	considerNewest := func(list []uint32, n int) {
		for _, i := range list[max(0, len(list)-n):] {
			consider(i)
		}
	}
	considerRecent := func(list []uint32) { considerNewest(list, m.opts.MaxPerBucket) }
	for _, k := range r.keys { // at most maxOrgs
		considerRecent(m.byKey[k])
		considerRecent(m.byAlias[k])
		for _, h := range m.names.Query(m.nameKeys(k)) {
			consider(h.ID)
		}
		if h := headWord(k); h != "" {
			considerRecent(m.byHead[h])
		}
		// "BJC" and "BJC HealthCare", either way round (round 68)
		if h := acronymStem(k); h != "" {
			considerRecent(m.byKey[h])
			considerRecent(m.byHead[h])
		} else if len(k) == 3 && orgname.DistinctiveWord(k) {
			considerRecent(m.byHead[k])
		}
		// "UW Medicine" and "University of Washington Medicine", either way round.
		considerRecent(m.byAbbr[k])
		for _, f := range abbreviatedForms(k) {
			considerRecent(m.byKey[f])
		}
	}
	for _, k := range r.aliasKeys { // at most maxAliases
		considerRecent(m.byKey[k])
	}
	for _, k := range r.stemKeys { // as many as r.keys
		considerRecent(m.byDeclined[k])
	}
	// a group and its members: the group's own incident, its other
	// members' incidents, and a group's report finding its members'
	for _, k := range r.parentKeys { // at most maxAliases
		considerRecent(m.byKey[k])
		considerRecent(m.byHead[headWord(k)])
		considerRecent(m.byParent[orgname.TypeStem(k)])
	}
	for _, k := range r.keys {
		considerRecent(m.byParent[orgname.TypeStem(k)])
	}
	for _, k := range r.keys { // a leak site's domain and the name it stands for
		forms, by := nameForms(k), m.domainsBy
		if r.domain && k == r.key {
			forms, by = domainForms(k), m.namesBy
		}
		for _, f := range forms {
			considerRecent(by[f])
		}
	}
	for _, k := range r.keys { // a practitioner and the practice named after her, either way round
		w := orgname.Practitioner(k)
		if f := strings.Fields(k); w == "" && len(f) >= 2 && slices.ContainsFunc(f[1:], orgname.PracticeWord) {
			w = f[0]
		}
		if w != "" {
			considerRecent(m.byWord[w])
		}
	}
	for _, k := range r.keys { // "hôpitaux Vivalia" and "Vivalia": a name's distinctive word, the type words aside
		for _, w := range strings.Fields(k) {
			if len(w) >= 5 && orgname.DistinctiveWord(w) {
				considerRecent(m.byWord[w])
				// the same name with or without a possessive's, a genitive's or a plural's "s" (round 53)
				if t, ok := strings.CutSuffix(w, "s"); ok {
					considerRecent(m.byWord[t])
				} else {
					considerRecent(m.byWord[w+"s"])
				}
			}
		}
	}
	for _, w := range r.towns { // "a hospital in Düsseldorf": the incidents of a name holding the town
		considerRecent(m.byWord[w])
	}
	if r.accepted { // the incidents whose reports write this victim's name, and those of a name this report writes
		// A text writes many names (towns, people, outlets): a few of each
		// one's newest incidents keep the lookup's cost near the others'.
		for _, s := range r.keyStems {
			considerNewest(m.byNamed[s], namedPerBucket)
		}
		for _, s := range r.named {
			considerNewest(m.byStem[s], namedPerBucket)
		}
	}
	for _, h := range m.texts.Query(textKeys) {
		if j, ok := resolve(h.ID); ok {
			cands[j] = true
			textBands[j] = max(textBands[j], h.Bands)
		}
	}
	mentioned := m.mentions(r, resolve)
	for j := range mentioned {
		cands[j] = true
	}
	out := make([]scored, 0, len(cands))
	for j := range cands {
		s, reasons := m.score(r, &m.profiles[j], float64(textBands[j])/float64(m.texts.Bands()), mentioned[j])
		out = append(out, scored{idx: j, score: s, reasons: reasons})
	}
	if r.accepted || r.verdict == cit.VerdictReview || r.modes.hacked() || r.breachTold {
		// a report held for review names the incident's organisation as
		// well: undated, it is the only attack of that name's (round 39);
		// so does one the classifier rejected that tells of a hack or a
		// ransomware attack ("network disruptions impacting its
		// pharmacies", after "ransomware", round 50), or of a breach of
		// data and no loss, mailing or insider (a settlement's page,
		// round 67)
		m.onlyIncidentOfName(r, out)
	}
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
	m.clearBestOfUndated(r, out)
	return out
}

// clearLead is how far an undated report's best candidate must score above
// the next for clearBestOfUndated to merge it.
const clearLead = 1.0

// clearBestOfUndated merges an undated report into the one incident its
// evidence points to, when that evidence is uncertain but nothing counts
// against it: the best candidate, an incident of a health cyberattack,
// scores for review (a name within the other, the organisation named as
// supplier or in the text, the same count), no reason of it weighs against
// the match or holds it for an analyst, the next candidate scores at least
// a point less, and the report tells of a health cyberattack or a hack.
// Nothing dates the report, so no later evidence will: an analyst could
// only guess the same (round 51; on the multi-source sets of rounds 49–50
// it joined 11 reports to their incident and 1 to another attack on the
// same organisation, out of 12).
func (m *matcher) clearBestOfUndated(r *report, out []scored) {
	if len(out) == 0 || !r.undated || out[0].score < m.opts.ReviewScore || out[0].score >= m.opts.MergeScore {
		return
	}
	if len(out) > 1 && out[1].score > out[0].score-clearLead && !m.doubtOfEachOther(out[0].idx, out[1].idx) {
		return
	}
	p := &m.profiles[out[0].idx]
	// An incident the classifier only held for review joins a hacking
	// report of its very name: "Caritas zahlt Hackern kein Erpressungsgeld"
	// after "Cybergangster haben … die Caritas gehackt", a welfare body the
	// classifier reads as outside health (round 52). Not an incident no
	// classification reached: between unclassified registry rows it joined
	// two "Iranian" hacking groups.
	sameName := slices.ContainsFunc(out[0].reasons, func(x cit.Reason) bool { return x.Rule == "same_victim_key" })
	if !(p.accepted || (p.reviewed && p.modes.hacked() && sameName)) || !(r.accepted || r.verdict == cit.VerdictReview || r.modes.hacked()) {
		return
	}
	for _, x := range out[0].reasons {
		if x.Weight < 0 || cappedReason(x) {
			return
		}
	}
	w := m.opts.MergeScore - out[0].score
	out[0].score += w
	out[0].reasons = append(out[0].reasons, cit.Reason{Field: "incident", Rule: "undated_report_clear_best_match", Weight: round2(w)})
}

// doubtOfEachOther reports whether one of two incidents was opened by a
// report held for an analyst that may belong to the other (profile.doubt).
func (m *matcher) doubtOfEachOther(a, b uint32) bool {
	pa, pb := &m.profiles[a], &m.profiles[b]
	return pa.doubt != 0 && pa.doubt == pb.id || pb.doubt != 0 && pb.doubt == pa.id
}

// placedElsewhere reports whether a reason puts the candidate in another
// country or town than the report.
func placedElsewhere(r cit.Reason) bool {
	return r.Rule == "country_differs" || r.Rule == "locality_differs" || r.Rule == "stated_dates_years_apart"
}

// yearsApartDays is how far every date an undated report states must be
// from an incident's dates for the report to tell of another incident.
const yearsApartDays = 365

// yearsApart returns the first of the dates an undated report's text
// states with their year when every one of them is yearsApartDays or more
// from the incident's reports, its stated dates and the date its breach
// was known by: a settlement's report of December 2025 that dates the
// attack only as "discovered in November 2024" is of the attack an undated
// page says "occurred in November 2024" (round 48).
func yearsApart(spans []textdate.Span, p *profile) (textdate.Span, bool) {
	if len(spans) == 0 {
		return textdate.Span{}, false
	}
	own := textdate.Span{From: p.first, To: p.last}
	known := textdate.Span{From: p.knownBy, To: p.knownBy, Day: true}
	first := -1
	for i, sp := range spans {
		if sp.Deadline {
			continue // "enroll … by a deadline of Feb. 18, 2023": a notice's deadline, no event (round 68)
		}
		if first < 0 {
			first = i
		}
		if textdate.Gap(sp, own) < yearsApartDays || !p.knownBy.IsZero() && textdate.Gap(sp, known) < yearsApartDays {
			return textdate.Span{}, false
		}
		if sp.From.Year() == sp.To.Year() && slices.Contains(p.attackYears, sp.From.Year()) {
			return textdate.Span{}, false // the year its reports give the attack: "the 2021 data breach" (round 50)
		}
		for _, st := range p.stated {
			if textdate.Gap(sp, st) < yearsApartDays {
				return textdate.Span{}, false
			}
		}
	}
	if first < 0 {
		return textdate.Span{}, false
	}
	return spans[first], true
}

// onlyIncidentOfName raises the score of the one incident of a health
// cyberattack that has a report's victim as its own name, when no other
// incident among the candidates has it and the report or the incident is
// undated: nothing tells when one of them was written, but an organisation
// attacked once is that attack's. Two incidents of the name (two attacks)
// leave the report to an analyst, and so does, for a report the classifier
// rejected, an incident of the name that is no attack either.
func (m *matcher) onlyIncidentOfName(r *report, out []scored) {
	found := -1
	for i, c := range out {
		if !slices.ContainsFunc(c.reasons, sameNameReason) {
			continue
		}
		if !m.profiles[c.idx].accepted {
			if !r.accepted && !slices.ContainsFunc(c.reasons, placedElsewhere) {
				// a report the classifier rejected, and an incident of its
				// name no attack either: it may be that one's ("Kaiser
				// notifies 13.4 million of trackers", beside Kaiser's
				// email hack; round 69)
				return
			}
			continue
		}
		if slices.ContainsFunc(c.reasons, placedElsewhere) {
			continue // an incident of the name in another country or town is no rival (round 37)
		}
		if found >= 0 {
			// An incident an analyst has yet to decide on, opened by a
			// report that may belong to the other, is no second attack:
			// the report joins the first (round 68).
			if !m.doubtOfEachOther(out[found].idx, c.idx) {
				return
			}
			if m.profiles[out[found].idx].doubt != 0 {
				found = i // the first incident, not the one in doubt
			}
			continue
		}
		found = i
	}
	if found < 0 || slices.ContainsFunc(out[found].reasons, cappedReason) || !(r.undated || m.profiles[out[found].idx].first.IsZero()) {
		return
	}
	w := m.opts.WeightClose + 0.5 // as much as the same fortnight (same_fortnight_health_cyberattack)
	out[found].score += w
	out[found].reasons = append(out[found].reasons, cit.Reason{Field: "date", Rule: "undated_report_of_only_incident_of_its_name", Weight: round2(w)})
}

// sameNameReason reports whether a reason says the report's victim is the
// incident's own, the same distinctive name.
func sameNameReason(r cit.Reason) bool {
	switch r.Rule {
	case "same_victim_key", "same_name_but_type_words", "same_victim_by_defined_name", "same_name_but_its_place",
		"incident_organisation_named_in_title":
		return true
	}
	return false
}

// cappedReason reports whether a reason holds a score under the merge score
// for an analyst.
func cappedReason(r cit.Reason) bool {
	return strings.HasSuffix(r.Rule, "_for_an_analyst") || r.Rule == "similar_name_needs_corroboration" ||
		r.Rule == "registry_rows_outside_their_rule" || r.Rule == "attack_years_differ"
}

// mentions finds incidents whose organisation (a supplier, say) is named in
// the report's text: every run of one to four lead words is looked up as an
// organisation key. The cost depends on the text, not on the store.
func (m *matcher) mentions(r *report, resolve func(uint32) (uint32, bool)) map[uint32]string {
	out := make(map[uint32]string)
	words := r.words
	for i := range words {
		for n := 1; n <= 4 && i+n <= len(words); n++ {
			k := orgname.KeyOfWords(words[i : i+n])
			if k == "" || slices.Contains(r.keys, k) || !orgname.Distinctive(k) {
				continue
			}
			list := m.byKey[k]
			for _, idx := range list[max(0, len(list)-m.opts.MaxPerBucket):] {
				if j, ok := resolve(idx); ok {
					out[j] = k
				}
			}
		}
	}
	return out
}

// score weighs the evidence that report r belongs to incident p. Each piece
// adds or subtracts log-odds-like points and leaves a reason.
func (m *matcher) score(r *report, p *profile, textSim float64, mentioned string) (float64, []cit.Reason) {
	o := m.opts
	var s float64
	var reasons []cit.Reason
	add := func(w float64, field, rule, value string) {
		s += w
		reasons = append(reasons, cit.Reason{Field: field, Rule: rule, Value: value, Weight: round2(w)})
	}

	// Organisation name.
	// A joint notice matches on any organisation it names.
	similar := false      // the names are alike, not the same
	headOnly := false     // only the first word of the names is shared
	corroborated := false // the records, a stated day, the text or the actor agree
	nameSim := 0.0
	bestKey, rKey := "", r.key
	// A key pair that differs only by type words ("ziekenhuis Bravis" /
	// "Bravis"), looked for between reports the classifier accepted (what
	// the pipeline counts): between registry entries it also joins
	// "Spartanburg Regional Hospital" and "… Healthcare System", the same
	// breach by reading, which the dev labels (exact names only) count as
	// false merges.
	butType, genericType := "", ""
	// A report the classifier sent to review ("Central Ohio Urology Group"
	// the day "Central Ohio Urology" was accepted) is no registry entry:
	// its kind words are the press's wording (round 56).
	pressReview := r.kind != kindRegulator && r.verdict == cit.VerdictReview
	for _, rk := range r.keys {
		for _, k := range p.keys {
			if v := orgname.Similarity(rk, k); v > nameSim {
				nameSim, bestKey, rKey = v, k, rk
			}
			if butType == "" && (r.accepted || pressReview) && p.accepted && rk != k && orgname.SameButType(rk, k) {
				butType = rk + " ~ " + k
			}
			if genericType == "" && r.accepted && p.accepted && orgname.SameWordsButType(rk, k) {
				genericType = rk + " ~ " + k
			}
		}
	}
	// A name declined as its language does ("Narodowego Funduszu Zdrowia",
	// "Narodowy Fundusz Zdrowia"): its words' stems are the incident's.
	declined := ""
	if nameSim < 0.98 && len(r.stemKeys) > 0 {
		if rk, k := declinedName(r.keys, p.keys); k != "" {
			nameSim, bestKey, rKey, declined = 0.98, k, rk, k
		}
	}
	// The same name, spaces aside ("tgidirect" / "TGI Direct": Similarity 0.98).
	sameName := r.key != "" && nameSim >= 0.98
	// A short name both reports give their victim ("Bayer", "Merck",
	// "Bupa") is as exact as a long one, when the classifier accepted
	// both (round 47).
	exactName := sameName && (orgname.Distinctive(bestKey) || (r.accepted && p.accepted && orgname.ShortName(bestKey)))
	typeOnly := !sameName && butType != ""
	// A name one side's reports define for the victim is the other side's
	// victim: "CHSF" and "Centre hospitalier Sud Francilien (CHSF)". A
	// defined abbreviation is as distinctive as the name it stands for.
	alias, placed := "", ""
	if !exactName && !typeOnly {
		alias = definedAlias(r, p)
	}
	if !exactName && !typeOnly && alias == "" {
		placed = samePlacedName(r, p)
	}
	// Alike names that need corroboration, looked for only when no rule
	// above holds: a legal name holding the common one, a leak site's domain.
	contained, domain, abbr, lead := "", "", "", ""
	spelt := false
	if alias == "" && placed == "" && !sameName && !typeOnly {
		lead = leadingName(r, p)
	}
	if alias == "" && placed == "" && !sameName && !typeOnly && nameSim < o.FuzzyName {
		if r.accepted || p.accepted {
			contained = containedName(r.keys, p.keys)
		}
		if contained == "" {
			domain, spelt = domainOf(r, p)
		}
		crossRegistry := (r.kind == kindRegulator && !p.regulator) || (r.kind != kindRegulator && r.kind != kindLeak && p.regulator)
		if contained == "" && domain == "" && (r.accepted || p.accepted || crossRegistry) {
			// Only next to a report of a health cyberattack, like a
			// contained name, or between a regulator's filing and another
			// source's report: within one registry it joins the
			// registry's own duplicates ("UT Southwestern Medical Center"
			// listed twice by PRC), which the dev labels count as false.
			abbr = abbreviationOf(r.keys, p.keys)
		}
	}
	practitioner := ""
	if alias == "" && placed == "" && !sameName && !typeOnly && contained == "" && domain == "" && abbr == "" && lead == "" {
		practitioner = practiceOfPractitioner(r.keys, p.keys)
	}
	town := unnamedInTown(r, p) // "a hospital in Düsseldorf" and the incident of a name holding the town
	if town == "" {
		town = namedInUnnamedTown(r, p) // the same the other way round (round 41)
	}
	if town == "" {
		town = unnamedTownOfNamed(r, p) // "Hospital Centre of Versailles" and the incident of a hospital placed in Versailles (round 63)
	}
	group := ""
	if r.accepted && p.accepted {
		group = sameGroup(r, p) // "CHI Memorial's parent, CommonSpirit Health" and CommonSpirit's own report
		if group == "" {
			group = brandGroup(r.keys, p.keys) // "MedStar Union Memorial Hospital" and "MedStar Health"
		}
	}
	head := ""
	if group == "" {
		head = sharedHead(r.keys, p.keys)
	}
	leading := ""
	if !sameName && contained == "" && (r.accepted || p.accepted) && head == "" {
		// Like a contained name, only next to a report of a health
		// cyberattack: between registry entries it joins "Foundations
		// Recovery Network, Sebastopol Sea Serpents" to "Foundations
		// Recovery Network" (one laptop theft by reading, 51 days apart),
		// which the dev labels count as a false merge.
		leading = sharedLeadingWords(r.keys, p.keys, false)
		if leading == "" && sameTown(r.localities, p.localities) {
			// "St. Mary's Regional Medical Center" and "St. Mary's Health
			// System", both placed in Lewiston: a saint's name that many
			// towns' hospitals bear, but one town's (round 63)
			leading = sharedLeadingWords(r.keys, p.keys, true)
		}
	}
	across := ""
	if !sameName && !typeOnly && nameSim < o.FuzzyName && alias == "" && placed == "" && lead == "" && contained == "" &&
		abbr == "" && practitioner == "" && domain == "" && head == "" && leading == "" && group == "" && town == "" && mentioned == "" {
		across = namedAcross(r, p) // "Düsseldorfer Uniklinik" in one report, "Universitair ziekenhuis van Düsseldorf" another's victim
	}
	switch {
	case alias != "":
		add(o.WeightSameName, "victim", "same_victim_by_defined_name", alias)
	case placed != "":
		// "Lurie Children's Hospital of Chicago" and "Lurie Children's
		// Hospital", reported as the Chicago hospital: the place one name
		// adds is where the other report places its victim.
		add(o.WeightSameName, "victim", "same_name_but_its_place", placed)
	case sameName && !exactName:
		// "Medical Center", "Health Department", "Family Practice": a name
		// of generic words only says little about which organisation it is.
		add(o.WeightSameName/3, "victim", "same_generic_victim_name", bestKey)
	case exactName && declined != "":
		add(o.WeightSameName, "victim", "same_victim_key", rKey+" ~ "+bestKey+" (declined)")
	case exactName:
		add(o.WeightSameName, "victim", "same_victim_key", bestKey)
	case typeOnly:
		// Foreign press adds or drops the kind of organisation
		// ("Dutch hospital Bravis", "ziekenhuis Bravis"): the name is the same.
		add(o.WeightSameName, "victim", "same_name_but_type_words", butType)
	case genericType != "" && nameSim < o.FuzzyName:
		// "Memorial Health" and "Memorial Health System": the same words
		// but type words, though generic ones that many organisations
		// bear. Alike, so it needs corroboration: the same breach day the
		// texts state (round 41, set Q's Memorial Health System).
		similar = true
		add(o.WeightSameName, "victim", "generic_name_but_type_words", genericType)
	case nameSim >= o.FuzzyName:
		similar = true
		add(o.WeightSameName*nameSim*0.8, "victim", "similar_victim_name", fmt.Sprintf("%s ~ %s (%.2f)", rKey, bestKey, nameSim))
	case lead != "" && contained == "":
		// A leak site lists a short or truncated name ("Kanawha Valley
		// Hospice" for "… and Palliative Care"): alike, so it needs
		// corroboration, which a hacking filing months later gives.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "leak_site_short_name", lead)
	case contained != "":
		// A legal name holds the common one: "Ann & Robert H. Lurie
		// Children's Hospital of Chicago" and "Lurie Children's Hospital".
		// Alike, not the same ("Mercy Hospital Springfield"): it needs
		// corroboration. Only next to a report of a health cyberattack:
		// between registry entries it joins joint notices whose second
		// party has no organisation word ("Foundations Recovery Network,
		// Sebastopol Sea Serpents"), the same breach by reading, which the
		// dev labels (exact names only) count as a false merge.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "name_within_other_name", contained)
	case abbr != "":
		// "UW Medicine" and "University of Washington Medicine": one name
		// abbreviates the other's first or last words. Alike, not the same
		// (initials are shared by chance): it needs corroboration.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "name_with_its_abbreviation", abbr)
	case practitioner != "":
		// A registry lists a dentist's or doctor's practice under the
		// practitioner ("Alan S. Whitcomb, D.D.S., P.C."), the other under
		// its name ("Whitcomb Family Dentistry"): alike, so it needs
		// corroboration.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "practice_of_practitioner", practitioner)
	case domain != "" && spelt:
		// A leak site's domain spells the whole name as written
		// ("santacasadefranca.com.br" for "Santa Casa de Franca"): the
		// same name.
		add(o.WeightSameName, "victim", "domain_spells_victim_name", domain)
	case domain != "":
		// A leak site's domain runs the name's first words together
		// ("luriechildrens.org"): alike, so it needs corroboration.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "domain_of_victim_name", domain)
	case head != "":
		// "Aultman Hospital" and "Aultman Health Foundation", "Excellus
		// BlueCross BlueShield" and "Excellus Health Plan": one distinctive
		// first word, the rest generic on one side. Alike, not the same (a
		// hospital and its parent, or two hospitals of one name): it needs
		// corroboration.
		similar, headOnly = true, true
		add(o.WeightSameName/2, "victim", "same_first_name_word", head)
	case leading != "":
		// "Smoky Hill Surgical Hospital" and "Smoky Hill Health Partners":
		// the first two words or more of both, each distinctive (a
		// hospital and its owner, or two organisations of one place
		// name). Alike, so it needs corroboration: the same count, a
		// stated day.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "same_leading_words", leading)
	case group != "":
		// Two members of one group, or a member and the group, each told
		// of a cyberattack: one attack on the group's shared systems, or
		// two attacks; it needs the same fortnight.
		similar = true
		add(o.WeightMention, "victim", "same_group", group)
	case town != "":
		// "a hospital in Düsseldorf", within days of the attack on the
		// University Hospital Düsseldorf: likely that hospital, but a town
		// has several; it needs corroboration.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "unnamed_victim_in_its_town", town)
	case across != "":
		// One report writes the other's victim ("die Düsseldorfer
		// Uniklinik" and "Universitair ziekenhuis van Düsseldorf"), and
		// names no other victim of its own: likely that victim, but a
		// name may be a town's; it needs corroboration.
		similar = true
		add(o.WeightSameName*0.9*0.8, "victim", "victim_named_across_reports", across)
	case mentioned != "" && r.key == "" && strings.Contains(r.titleKey, " "+mentioned+" "):
		// A report that names no victim of its own and writes the
		// incident's organisation in its title is about it: "Lake Region
		// Healthcare investigating unidentified network activity",
		// "Notice of Data Breach | HealthEquity" (round 50). A name, not
		// the exact name of the rules below: a report years later that
		// recalls the first attack's month is no follow-up for it.
		add(o.WeightSameName, "victim", "incident_organisation_named_in_title", mentioned)
	case mentioned != "" && (r.supplier || r.key == ""):
		add(o.WeightMention, "victim", "incident_organisation_named_as_supplier", mentioned)
	case mentioned != "":
		// A second organisation named without a supplier cue may be a
		// partner, a site or a neighbour: evidence, but not enough alone.
		add(o.WeightMention/2, "victim", "incident_organisation_named_in_text", mentioned)
	case r.key != "" && len(p.keys) > 0:
		add(-o.WeightSameName, "victim", "different_victim", fmt.Sprintf("%s vs %s (%.2f)", r.key, p.keys[0], nameSim))
	}
	exactName = exactName || typeOnly || alias != "" || placed != "" // the rules below read these as the same distinctive name

	// Breach dates the texts state: the same day is strong evidence, dates
	// weeks apart mean two breaches (a stolen laptop in March, a hacked
	// server in June) even when both were reported within the window.
	sameStated, otherAgrees, namedDay := false, false, false
	if r.hasStated && len(p.stated) > 0 {
		best := math.Inf(1)
		for _, sp := range p.stated {
			best = math.Min(best, textdate.Gap(r.stated, sp))
			sameStated = sameStated || sameDay(r.stated, sp) || dayOfShortSpan(r.stated, sp) || dayOfShortSpan(sp, r.stated)
		}
		switch {
		case sameStated:
			corroborated = true
			add(o.WeightSameDate, "incident_date", "same_stated_date", r.stated.String())
		case best > o.StatedDateDays:
			// Registries date one breach by different milestones ("access
			// as early as July 2013", "discovered on May 22, 2014"): another
			// date the report states that agrees with the incident's is no
			// conflict.
			if v, ok := otherStatedAgrees(r.spans, p.stated, o.StatedDateDays); ok {
				otherAgrees = true
				if exactName && !r.newAttack && namesStatedDay(r.spans, p.stated) {
					// The organisation's name and the very day of its breach,
					// among other dates ("discovered around July 5, 2022 …
					// lawsuits beginning March 17, 2023", "the January 19
					// attack", weeks on): as good as the same stated day
					// (round 50).
					sameStated, namedDay, corroborated = true, true, true
					add(o.WeightSameDate, "incident_date", "names_incident_stated_day", v)
				} else {
					add(0, "incident_date", "another_stated_date_agrees", v)
				}
			} else if v, ok := otherStatedAgrees([]textdate.Span{r.stated}, p.otherStated, o.StatedDateDays); ok {
				// the same the other way round: "the attack may have begun
				// as early as September 2014" in the incident's filing
				otherAgrees = true
				add(0, "incident_date", "another_stated_date_agrees", v)
			} else if pressOfOneWeek(r, p) {
				// Two press reports of one victim's attack published the
				// same days: a date months before, told by one of them, is
				// another event it recalls ("En décembre 2022, le centre
				// hospitalier de Versailles avait également été …"), not a
				// second attack (round 33).
				add(0, "incident_date", "stated_dates_differ_in_one_week_of_press", fmt.Sprintf("%s, %.0f days apart", r.stated, best))
			} else {
				add(-o.WeightDateDiffers, "incident_date", "stated_dates_differ", fmt.Sprintf("%s, %.0f days apart", r.stated, best))
			}
		}
	}
	// A breach known by one date cannot be one that happened weeks later:
	// "On September 6, 2012 it was reported that three computers… were
	// stolen" and "A mobile device… was reported stolen on January 2, 2013"
	// are two breaches, though neither text states the other's day.
	if v, after := happenedAfter(r, p, o.StatedDateDays); after {
		add(-o.WeightDateDiffers, "incident_date", "breach_after_other_was_known", v)
	}

	// A press follow-up months later names the month of the attack
	// ("letters to people whose data was stolen in the ransomware attack in
	// February 2024"): when the classifier accepted both as health
	// cyberattacks, a stated span of at most a month that holds the day an
	// earlier report states, or the incident's first report (which comes
	// days after the attack), says it is this incident. Registries list a
	// breach once; between their entries a month is too weak (a Walgreens
	// theft "in December 2012" and an unrelated entry of December 13).
	// A follow-up years later (an arrest, a sentence, a settlement) is one
	// the classifier leaves to review: it counts when it names the
	// organisation exactly and tells of a hack. A regulator's filing comes
	// weeks or months after the attack: a settlement's month may be that
	// long before the filing (not an entry of the next weeks: two "Mercy
	// Medical Center"s).
	covers := false
	followUp := exactName && r.kind != kindLeak && r.kind != kindRegulator && r.modes.hacked()
	// A report of a further attack ("The attack came months after a major
	// ransomware incident … in November") states the earlier one's month.
	if (r.accepted || followUp) && p.accepted && r.hasStated && !sameStated && !r.stated.Day && !r.newAttack &&
		r.stated.To.Sub(r.stated.From) <= 31*24*time.Hour {
		lo, hi := r.stated.From, r.stated.To.AddDate(0, 0, 10)
		if p.regulator && !p.leak && !p.other && r.date.Sub(p.first) > 180*24*time.Hour {
			hi = r.stated.To.AddDate(0, 0, 120) // a settlement years after the filing names the attack's month
		}
		within := func(t time.Time) bool { return !t.IsZero() && !t.Before(lo) && !t.After(hi) }
		covers = within(p.first)
		for _, sp := range p.stated {
			covers = covers || (sp.Day && within(sp.From))
		}
		if covers {
			corroborated = true
			add(o.WeightSameDate, "incident_date", "stated_month_of_incident", r.stated.String())
		}
	}

	// Time of the reports. When both name the same breach day, a late
	// report (a filing, a follow-up) is not penalised for its lateness.
	gap := daysOutside(r.date, p.first, p.last)
	if r.dateOfBreach {
		// a report dated by its breach alone is as near as that breach is
		// to the incident's own stated breach dates (round 44: Beaumont
		// Health's May 2019 breach, reported in April 2020)
		day := textdate.Span{From: r.date, To: r.date, Day: true}
		for _, sp := range p.stated {
			gap = math.Min(gap, textdate.Gap(day, sp))
		}
	}
	// A report or an incident that nothing dates (a page without a date
	// whose text gives no year) tells nothing by its time: neither near
	// nor far.
	undated := r.undated || p.first.IsZero()
	if undated {
		gap = math.Inf(1)
	}
	if r.undated && !p.first.IsZero() {
		if sp, ok := yearsApart(r.spans, p); ok {
			// A page without a date whose text dates its events a year or
			// more from every date of the incident: "On September 3, 2024,
			// Kaiser Permanente discovered …" is no report of its April
			// 2022 breach (round 45).
			add(-o.WeightClose-1, "date", "stated_dates_years_apart", sp.String())
		}
	}
	// A regulator lists each breach once, after the claims and the press.
	lagging := false
	if r.kind == kindRegulator {
		if p.regulator {
			add(-o.WeightRegulator, "source", "second_regulator_filing", "")
		} else if p.leak || p.other {
			lagging = true
			add(o.WeightRegulator, "source", "regulator_filing_joins_reports", "")
		}
	} else if p.regulator && !p.leak && !p.other {
		add(o.WeightRegulator, "source", "report_joins_regulator_filing", "")
	}
	// The same pair the other way round: a leak site's claim read after
	// the regulator's filing it preceded (a registry loaded before the
	// leak tracker, or a claim the classifier did not accept, linked last).
	// A leak site names its victim by its domain ("redcliffbehavioral.com"),
	// the regulator by its legal name: a hacking filing months after the
	// claim is the corroboration the domain needs.
	postAndFiling := exactName || domain != "" || lead != ""
	claimBeforeFiling := r.kind == kindLeak && p.regulator && !p.leak && !p.other && r.date.Before(p.first) &&
		postAndFiling && p.modes.hacked()
	alikeContained := "" // alike names, one within the other (fuzzyContained)
	if similar {
		alikeContained = fuzzyContained(r.keys, p.keys)
	}
	sameAttackYear := exactName && !r.newAttack && r.kind != kindLeak && r.attackYear != 0 && slices.Contains(p.attackYears, r.attackYear)
	if undated && r.attackYear != 0 && len(p.attackYears) > 0 && !slices.Contains(p.attackYears, r.attackYear) {
		// "settles lawsuit from 2019 breach" beside reports of the 2021
		// one: another breach, whatever the name (round 50)
		add(-o.WeightClose-1, "incident_date", "attack_years_differ", fmt.Sprintf("%d vs %v", r.attackYear, p.attackYears))
	}
	switch {
	case undated && sameAttackYear:
		// Undated follow-ups of one breach give it its year: "Forefront
		// Dermatology settles lawsuit from 2021 breach", "Forefront
		// Dermatology to Pay Nearly $4 Million Following 2021 Data
		// Breach" (round 50).
		corroborated = true
		add(o.WeightSameDate, "incident_date", "same_attack_year", strconv.Itoa(r.attackYear))
	case r.undated && !p.first.IsZero() && len(r.monthDays) > 0 && len(p.stated) > 0:
		// A page without a date that states the incident's own stated
		// days ("May 23 and May 29" beside a breach of May 23; round 55).
		// Other days are no evidence against it: a page tells of the
		// notice, the lawsuit or the settlement months on (stating them
		// against the incident cost set W2 five true pairs).
		if md, ok := monthDayStated(r.monthDays, p.stated, 3); ok {
			corroborated = true
			add(o.WeightSameDate, "incident_date", "undated_report_states_incident_day", fmt.Sprintf("%s %d", md.Month, md.Day))
		} else {
			add(0, "date", "no_date_to_compare", "")
		}
	case undated:
		add(0, "date", "no_date_to_compare", "")
	case gap <= 14 && (exactName || town != "" || group != "" || contained != "" || abbr != "" || across != "" || (similar && nameSim >= 0.95) ||
		alikeContained != "") && r.accepted && p.accepted:
		// The press covers one cyberattack on a health organisation within
		// days (the attack, the ransom, the restoration a week later), and
		// the classifier says both reports tell of one; two separate
		// attacks on one organisation in two weeks are rare.
		add(o.WeightClose+0.5, "date", "same_fortnight_health_cyberattack", fmt.Sprintf("%.0f days", gap))
		// One country, or one side placed nowhere (a follow-up that
		// names no country: "Hillel Yaffe still recovering").
		oneCountry := (r.country != "" || p.country != "") && (r.country == "" || p.country == "" || countriesAgree(r.country, p.country))
		switch {
		case contained != "" && !exactName && oneCountry && !strings.Contains(contained, "saint "):
			// A distinctive name within the other ("Simone Veil" and
			// "hôpital Simone-Veil de Cannes"), both attacked in one
			// fortnight in one country: the same hospital, not two. Not a
			// saint's name, which hospitals of many towns bear ("St.
			// Joseph's Hospital" and "St. Joseph's Hospital of Orange").
			corroborated = true
			add(0.5, "victim", "contained_name_attacked_same_fortnight", contained)
		case group != "" && oneCountry:
			// A group's members attacked in one fortnight in one country:
			// the group's shared systems, as its reports say; separate
			// attacks on two members in one fortnight are rare.
			corroborated = true
			add(1, "victim", "group_attacked_same_fortnight", group)
		case contained == "" && !exactName && oneCountry && alikeContained != "":
			// A name within the other that also reads alike ("県精神科医療
			// センター" and "岡山県精神科医療センター", transliterated), both
			// attacked in one fortnight in one country: the same, as a
			// contained name less alike is (round 41).
			corroborated = true
			add(0.5, "victim", "contained_name_attacked_same_fortnight", alikeContained)
		case similar && nameSim >= 0.95 && !exactName && oneCountry:
			// Names that differ by a spelling ("Duesseldorf University
			// Hospital" and "Uniklinik Düsseldorf"), both attacked in one
			// fortnight in one country.
			corroborated = true
			add(0.5, "victim", "similar_name_attacked_same_fortnight", fmt.Sprintf("%s ~ %s", rKey, bestKey))
		case across != "" && oneCountry:
			// Reports writing one victim's name, both of a health
			// cyberattack in one fortnight in one country.
			corroborated = true
			add(1, "victim", "named_victim_attacked_same_fortnight", across)
		case abbr != "" && oneCountry && (sharesDistinctiveWord(abbr) || (r.attackType == p.attackType && distinctiveAttack(r.attackType))):
			// A name and its abbreviation ("Waikato DHB" and "Waikato
			// District Health Board", "TGH" and "Tampa General Hospital"),
			// both attacked in one fortnight in one country: initials
			// shared by chance do not also share a word of the name, or the
			// kind of attack, and the fortnight.
			corroborated = true
			add(0.5, "victim", "abbreviation_attacked_same_fortnight", abbr)
		}
	case gap <= o.WindowDays && r.accepted && p.accepted && r.supplierKey != "" && slices.Contains(p.keys, r.supplierKey):
		// Clients notify their patients of a supplier's breach for weeks
		// after the supplier's own report, each naming the supplier.
		add(o.WeightClose+0.5, "date", "client_notice_of_supplier_breach", fmt.Sprintf("%s, %.0f days", r.supplierKey, gap))
	case gap <= o.WindowDays && r.kind == kindLeak && (lead != "" || exactName) && p.accepted && !p.regulator && r.date.After(p.first):
		// A gang lists the organisation the press reported attacked, under
		// its name or a short or truncated one ("Lurie Children's" for
		// "Lurie Children's Hospital"), weeks later: the claim of that
		// attack.
		corroborated = true
		add(o.WeightClose+0.5, "date", "leak_follows_reported_attack", fmt.Sprintf("%.0f days", gap))
	case gap <= o.WindowDays && exactName && r.accepted && p.accepted && r.leakNews && r.date.After(p.first):
		// The gang's claim and the stolen data it publishes come weeks
		// after the attack, once the ransom deadline has passed.
		add(o.WeightClose+0.5, "date", "leak_follows_reported_attack", fmt.Sprintf("%.0f days", gap))
	case gap <= o.WindowDays && exactName && r.accepted && p.accepted && r.kind != kindRegulator && !p.regulator:
		// The press follows one attack on a health organisation for weeks
		// ("Ascension says ransomware attack began when employee
		// downloaded malicious file", five weeks on; "Medibank says hackers
		// accessed data of all 3.9 million customers", three weeks on); a
		// second attack on it within two months is rare, and the report of
		// one says so. From the third week to the ninth alike.
		w := o.WeightClose
		if !r.newAttack {
			w += 0.5
		}
		add(w, "date", "health_cyberattack_followed_up", fmt.Sprintf("%.0f days", gap))
	case gap <= o.CloseDays && exactName && r.accepted != p.accepted && (r.kind == kindPress || r.kind == kindVictim) && p.other && !p.regulator && !p.leak &&
		((r.accepted && p.disrupted) || (p.accepted && len(r.care) > 0)):
		// An outage first ("CHU de Rouen : une panne informatique géante
		// perturbe l'hôpital", "Waikato DHB hit by 'total' IT outage,
		// surgeries postponed"), its cause told days later ("cyberattack
		// confirmed"), or the other way round: one event of one hospital.
		add(o.WeightClose+0.5, "date", "outage_told_as_attack", fmt.Sprintf("%.0f days", gap))
	case gap <= 3 && exactName && pressReview && p.accepted && !r.newAttack:
		// A press report the classifier was unsure of, naming within
		// days the organisation whose attack it accepted ("Central Ohio
		// Urology Group" the day "Central Ohio Urology" was hacked): the
		// same story told by another outlet (round 57).
		add(o.WeightClose+0.5, "date", "reviewed_report_same_days", fmt.Sprintf("%.0f days", gap))
	case gap <= o.CloseDays:
		add(o.WeightClose, "date", "within_close_window", fmt.Sprintf("%.0f days", gap))
	case gap <= o.WindowDays && lagging:
		add(o.WeightClose, "date", "regulator_filing_within_window", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && claimBeforeFiling:
		corroborated = true
		add(o.WeightClose, "date", "claim_before_hacking_filing", fmt.Sprintf("%.0f days", gap))
	case gap <= o.WindowDays || (gap <= o.MaxGapDays && (sameStated || covers)):
		add(0, "date", "within_window", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && lagging && p.leak && postAndFiling && r.modes.hacked():
		// A regulator's filing of a hacking incident months after a leak
		// site claimed the same organisation: filings come up to 60 days
		// after discovery, often later, and discovery follows the claim.
		corroborated = true
		add(o.WeightClose, "date", "hacking_filing_months_after_claim", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && lagging && p.accepted && exactName && r.modes.hacked():
		// The same months after the press reported a cyberattack on that
		// health organisation ("Change Healthcare" in February, its HHS
		// filing in July).
		add(o.WeightClose, "date", "hacking_filing_months_after_reports", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && lagging:
		add(-0.5, "date", "regulator_filing_after_claim", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && r.kind != kindRegulator && p.regulator && !p.leak && !p.other && exactName && r.accepted &&
		r.modes.hacked() && p.modes.hacked() && closeCount(r.records, p.records):
		// The press reports a hacking filing months later, when the
		// notification letters go out, with the filing's count ("Kootenai
		// Health data breach impacts over 464,000 patients", filed in April,
		// reported in August).
		add(o.WeightClose, "date", "report_of_hacking_filing", fmt.Sprintf("%.0f days", gap))
	case exactName && p.accepted && r.kind != kindLeak && r.kind != kindRegulator && !r.newAttack && r.attackYear != 0 &&
		(r.attackYear == p.first.Year() || sameAttackYear) && r.date.After(p.first) && r.date.Sub(p.first) <= 4*365*24*time.Hour &&
		!(r.hasStated && r.stated.From.Year() > r.attackYear):
		// A follow-up months or years later names its attack's year ("a
		// settlement over a 2021 ransomware attack", "LifeLabs' 2019
		// breach"): the health cyberattack of that name first reported
		// that year. Not when the report dates its own incident in a
		// later year: "shut down its internet Dec. 23 … The health system
		// was the victim of a ransomware attack in 2023" (round 38).
		corroborated = true
		add(o.WeightSameDate, "incident_date", "follow_up_names_attack_year", fmt.Sprintf("%d, %.0f days", r.attackYear, gap))
	case gap <= 2*o.WindowDays+o.CloseDays && exactName && r.accepted && p.accepted && r.recovery && !r.newAttack &&
		r.date.After(p.first) && r.kind != kindRegulator && !p.regulator:
		// The end of an attack's aftermath, reported months on: "Palomar
		// Health Medical Group Fully Restores Operations Following
		// Cyberattack", three months after the attack (round 40).
		add(o.WeightClose+0.5, "date", "recovery_after_attack", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays && exactName && r.kind != kindLeak && sameCount(r.records, p.records):
		// A lawsuit or a notice months on with the very count the first
		// reports gave ("a data breach affecting 40,000 customers",
		// Visionworks, three and six months later; round 64): one
		// incident's follow-ups.
		add(0, "date", "follow_up_with_same_count", fmt.Sprintf("%.0f days", gap))
	case gap <= o.MaxGapDays:
		add(-1.5, "date", "outside_window", fmt.Sprintf("%.0f days", gap))
	case exactName && ((sameStated && !namedDay) || covers || (otherAgrees && closeCount(r.records, p.records))) && r.kind != kindLeak:
		// A settlement, a lawsuit or a fine years later names the attack's
		// day or month ("the ransomware attack in May 2021"): the report
		// is dated by what it tells, not by when it came out; so is one
		// whose other dates agree with the breach's, with its count: not
		// a report of a later incident that recalls the breach's day
		// ("reminiscent of a ransomware attack HRA experienced on Oct.
		// 20, 2022", round 50).
		add(0, "date", "follow_up_of_stated_incident", fmt.Sprintf("%.0f days", gap))
	default:
		add(-10, "date", "too_far_apart", fmt.Sprintf("%.0f days", gap))
	}

	// A leak site's claim and the press's report of a cyberattack on the
	// same organisation within weeks: gangs post the victims they hit. The
	// press's report need not be one the classifier accepted: a health
	// supplier or a drugstore chain ("Henry Schein takes systems offline
	// after cyberattack") is claimed like a hospital.
	pressAttack := (p.accepted || (p.other && p.modes.hacked())) && r.kind == kindLeak
	attackPress := (r.accepted || (r.kind != kindLeak && r.kind != kindRegulator && r.modes.hacked())) && p.leak
	if (exactName || lead != "" || domain != "") && gap <= o.CloseDays && (pressAttack || attackPress) {
		// A gang's post of a domain that spells the name of a health
		// organisation whose attack the press reported within weeks
		// ("unitingcareqld.com.au", after "UnitingCare Queensland hit by
		// ransomware") is that organisation's: the claim corroborates it.
		corroborated = corroborated || domain != ""
		w := 0.5
		if domain != "" {
			w = 1 // the claim is all that ties a domain to the name: "palmcoastderm.com" days before "Palm Coast Dermatology"
		}
		add(w, "source", "leak_claim_of_reported_attack", "")
	}

	// Records affected.
	if r.records > 0 && len(p.records) > 0 {
		best := math.Inf(1)
		for _, n := range p.records {
			best = math.Min(best, relDiff(float64(r.records), float64(n)))
		}
		switch {
		case best == 0:
			corroborated = true
			add(o.WeightRecords, "records_affected", "same_records", fmt.Sprint(r.records))
		case best <= 0.1:
			corroborated = true
			add(o.WeightRecords*0.75, "records_affected", "records_within_10pct", fmt.Sprint(r.records))
		case best <= 0.5:
			add(0, "records_affected", "records_close", fmt.Sprint(r.records))
		case best <= 0.7 && min(r.records, slices.Max(p.records)) >= 100_000:
			// a large count revised as the investigation went on: "2.5
			// million", then "nearly 2.9 million", first "1.1 million";
			// not a second incident's (round 38)
			add(0, "records_affected", "large_count_revised", fmt.Sprint(r.records))
		case r.countUpdate && r.date.After(p.last) && r.records > slices.Max(p.records):
			// a later report raising the count it states as a revision:
			// "now notifying a total of 6,423" after "about 1,900"
			add(0, "records_affected", "count_revised_upwards", fmt.Sprint(r.records))
		case lagging && r.modes.hacked() && r.records > slices.Max(p.records) && r.date.Sub(p.first).Hours() >= 30*24:
			// A regulator's filing of a hacking incident months after the
			// press: its count is the investigation's final one, larger
			// than the first reports' ("190 million" after "a substantial
			// proportion"; 2.7 million after the first 300,000).
			add(0, "records_affected", "filing_count_grown", fmt.Sprint(r.records))
		case placeholderCount(r.records) || slices.ContainsFunc(p.records, placeholderCount):
			// HHS lists a breach whose count is not known yet as 500 or
			// 501: the least it must report, not a count.
			add(0, "records_affected", "placeholder_count", fmt.Sprint(r.records))
		case exactName && r.supplier && r.kind == kindPress && p.accepted:
			// A supplier's attack counted by each client it hit: "about
			// 600 employees at A.O. Fox Hospital" of the payroll company
			// whose attack another client counted in thousands (round 50)
			add(0, "records_affected", "client_count_of_supplier_attack", fmt.Sprint(r.records))
		default:
			add(-o.WeightRecords*1.5, "records_affected", "records_differ", fmt.Sprint(r.records))
		}
	}

	// Country, locality, attack type, threat actor.
	placesDiffer := false
	if v, differ := localitiesConflict(r.localities, p.localities); differ && group == "" { // a group's members lie in many towns
		placesDiffer = true
		add(-3, "locality", "locality_differs", v) // "St. Joseph's Hospital in Tampa" and "… in Syracuse"
	}
	if r.country != "" && p.country != "" {
		switch {
		case countriesAgree(r.country, p.country):
			add(0, "country", "same_country", r.country) // names rarely cross borders: no evidence beyond the name
		case r.outletCountry:
			// a foreign outlet's report that places its victim nowhere in
			// its text ("Cyber-Attacke auf Krankenhaus in Herstal" on a
			// German site): its country is the outlet's, no conflict
			// (round 41)
			add(0, "country", "country_of_outlet_only", r.country+" vs "+p.country)
		default:
			add(-3, "country", "country_differs", r.country+" vs "+p.country)
		}
	}
	switch {
	case conflicting(r.attackType, p.attackType) && ddosAndIntrusion(r.attackType, p.attackType):
		// A flood of traffic encrypts and steals nothing: a hacktivists'
		// DDoS on a hospital once hit by ransomware is another attack.
		add(-2, "attack_type", "ddos_vs_intrusion", r.attackType+" vs "+p.attackType)
	case conflicting(r.attackType, p.attackType):
		add(-0.5, "attack_type", "attack_type_differs", r.attackType+" vs "+p.attackType)
	case r.attackType == p.attackType && distinctiveAttack(r.attackType):
		add(0.5, "attack_type", "same_attack_type", r.attackType)
	}
	if r.actor != "" && p.actor != "" {
		if strings.EqualFold(r.actor, p.actor) {
			// One gang posts many victims: between its own posts the gang
			// says nothing of which victim it is ("martel.es" and
			// "marktel.es", posted by LockBit a day apart).
			// A press report of a gang's claim names its victim in its own
			// words: the same actor corroborates it (round 45: "Medusa
			// ransomware gang demands $2M from UK private health services
			// provider" and "HCRG Care Group Investigates Cyberattack").
			corroborated = corroborated || !(r.kind == kindLeak && r.posted() && p.leak && !p.regulator && !p.other)
			add(1, "threat_actor", "same_threat_actor", r.actor)
		} else {
			add(-2, "threat_actor", "threat_actor_differs", r.actor+" vs "+p.actor)
		}
	}
	if r.modes != 0 && p.modes != 0 {
		if r.modes&p.modes != 0 {
			add(o.WeightModes, "attack_type", "same_breach_mode", (r.modes & p.modes).String())
		} else {
			add(-o.WeightModes*4, "attack_type", "breach_mode_differs", r.modes.String()+" vs "+p.modes.String())
		}
	}

	// Near-duplicate text. A source that repeats its own text weeks later
	// corroborates nothing: a registry words recurring notices alike (a
	// card issuer's "account numbers changed" entries months apart), and
	// within a week it is the same entry listed twice. A page without a
	// date is not known to come weeks later (round 65: a wire story
	// reprinted undated).
	switch {
	case textSim >= nearDuplicateShare && p.oneSource != "" && p.oneSource == r.cand.Source && gap > 7 && !undated:
		add(0, "text", "same_source_repeats_text", fmt.Sprintf("%s, %.0f days", r.cand.Source, gap))
	case textSim >= nearDuplicateShare && r.kind == kindLeak && p.leak && !p.regulator && !p.other:
		// Two leak posts read alike because the collector writes every
		// post in one sentence ("The ransomware group X listed Y as a
		// victim…"): the likeness is the template's, not the victims'.
		add(0, "text", "leak_post_template", fmt.Sprintf("%.1f of bands", textSim))
	case textSim >= nearDuplicateShare:
		corroborated = true
		add(o.WeightText*textSim, "text", "near_duplicate_text", fmt.Sprintf("%.1f of bands", textSim))
	}

	// A name that is only alike ("Lincoln Community Health Center", "North
	// Lincoln Community Health Center Clinic") with nothing but the dates
	// agreeing is for an analyst to decide, not a merge.
	// Names that share only their first word ("Aultman Hospital", "Aultman
	// Health Foundation") may be a hospital and its parent, or two
	// hospitals of one name: however corroborated, an analyst decides.
	if headOnly && s >= o.MergeScore {
		add(o.MergeScore-0.01-s, "victim", "first_word_only_for_an_analyst", "")
	}
	if similar && !corroborated && s >= o.MergeScore {
		add(o.MergeScore-0.01-s, "victim", "similar_name_needs_corroboration", "")
	}
	if r.anotherAttack && r.accepted && !undated && gap > o.CloseDays {
		// A headline telling of another attack on the organisation, more
		// than a month after the incident's reports: the new attack, not a
		// follow-up of the old one, whatever count or gang its text
		// recalls ("McLaren hospitals hit by another cyberattack, a year
		// after BlackCat breach").
		add(-o.WeightDateDiffers, "date", "headline_tells_another_attack", fmt.Sprintf("%.0f days", gap))
	}
	// Reports that place their victims in two states or two towns name two
	// organisations of one name ("Oak Hollow Family Medicine" in Macon and
	// in Ocala) or one organisation's two sites: however alike the rest, an
	// analyst decides.
	if placesDiffer && s >= o.MergeScore {
		add(o.MergeScore-0.01-s, "locality", "places_differ_for_an_analyst", "")
	}
	if v, apart := registryRowsApart(r, p, gap, o.RegistryDays, textSim >= nearDuplicateShare); apart && s >= o.MergeScore {
		add(o.MergeScore-0.01-s, "source", "registry_rows_outside_their_rule", v)
	}
	return s, reasons
}

// registryRowsApart reports whether a regulator's filing and a breach
// chronology's entry (PRC re-publishes HHS filings), both rows without a
// page behind them, fall outside the rule the registries' own matching
// follows: one organisation of the same name, dates at most days apart,
// counts within 10% when both give one. Such a pair is likely one breach
// ("Ortho Montana, PSC" and "OrthoMontana" 31 days apart), but a row
// names the breach by so little that the same organisation's next breach,
// a parent's filing or another site's reads alike (a trash vendor's
// disposal and a temp worker's theft at one Mount Sinai, three weeks
// apart): an analyst decides, and the reasons show the near miss. A filing
// and a press report or a leak post are matched as before: those come
// months apart under names the registries do not use. Two rows of one
// chronology telling different stories (sameText false) list two
// breaches or a correction: an analyst decides too.
func registryRowsApart(r *report, p *profile, gap, days float64, sameText bool) (string, bool) {
	if r.cand.URL != "" || r.kind == kindLeak || !p.unlinked || p.leak {
		return "", false
	}
	switch {
	case p.regulator && p.other:
		return "the registries list a breach once each", true
	case r.kind == kindRegulator && p.regulator:
		return "", false // a second filing: scored above (second_regulator_filing), a supplier's clients file apart
	case r.kind != kindRegulator && !p.regulator && r.cand.Source != "" && r.cand.Source == p.oneSource && !sameText:
		// two rows of one chronology telling different stories: its
		// correction or the organisation's next breach (round 30); the
		// same text again is scored as before (same_source_repeats_text
		// past a week)
		return "a chronology lists a breach once", true
	case r.kind != kindRegulator && !p.regulator:
		return "", false // no filing: rows of two chronologies, or press without a page
	case len(p.keys) == 0 || r.key != p.keys[0] || max(len(r.orgs), 1) != int(p.organizations):
		return "names differ", true
	case r.written != "" && p.written != 0 && writtenHash(r.written) != p.written:
		return "names written differently", true
	case gap > days:
		return fmt.Sprintf("%.0f days apart", gap), true
	case r.records > 0 && len(p.records) > 0 && !placeholderCount(r.records) && !closeCount(r.records, p.records):
		return fmt.Sprintf("counts %d vs %d", r.records, p.records[0]), true
	}
	return "", false
}

// townWords returns the words of the towns a report that names no victim
// (or only a headline's guess) places its health cyberattack in, folded as
// keys are ("in Düsseldorf" → dusseldorf); none for a report with a victim
// or one the classifier did not accept.
func townWords(r *report, headlineVictim bool) []string {
	if (r.key != "" && !headlineVictim) || !r.accepted {
		return nil
	}
	var out []string
	for _, l := range r.localities {
		if town, ok := strings.CutPrefix(l, "town:"); ok {
			words := strings.Fields(orgname.Key(town))
			for _, w := range words {
				// A town of one short word ("Dax", "Metz") is as specific
				// as a long one; within a longer name only the long words.
				short := len(words) == 1 && orgname.DistinctiveWord(w)
				if (short || orgname.Distinctive(w)) && !slices.Contains(out, w) {
					out = append(out, w)
				}
			}
		}
	}
	return out
}

// unnamedInTown returns the town word a victimless report shares with
// incident p's name, when both tell of a health cyberattack; else "".
func unnamedInTown(r *report, p *profile) string {
	if !p.accepted {
		return ""
	}
	for _, w := range r.towns {
		for _, k := range p.keys {
			if slices.Contains(strings.Fields(k), w) {
				return w
			}
		}
	}
	return ""
}

// namedInUnnamedTown returns the town of a named victim's report when
// incident p's name is only a kind of organisation and that town
// ("Simone Veil", placed in Cannes, and the incident of "l'hôpital de
// Cannes"), both telling of a health cyberattack; else "".
func namedInUnnamedTown(r *report, p *profile) string {
	if !r.accepted || !p.accepted || r.key == "" {
		return ""
	}
	towns := r.localities
	if r.city != "" {
		// the town the classifier placed the report in, which a German
		// lead's "in" does not give: "Die Laurentius-Apotheke … in
		// Mönchengladbach" (round 53)
		towns = append(slices.Clip(towns), "town:"+r.city)
	}
	return kindOfTown(p.keys, towns, true)
}

// kindOfTown returns the town of localities (entries "town:…") that one of
// keys names with kind words only ("hospital center versailles"), or, when
// adjective is set, with the town's German adjective ("mönchengladbacher
// apotheke"; round 53), else "".
func kindOfTown(keys, localities []string, adjective bool) string {
	for _, l := range localities {
		town, ok := strings.CutPrefix(l, "town:")
		if !ok {
			continue
		}
		tk := orgname.Key(town)
		for _, k := range keys {
			if stem := orgname.TypeStem(k); stem != k && (stem == tk || adjective && stem == tk+"er") && orgname.DistinctiveWord(tk) {
				return tk
			}
		}
	}
	return ""
}

// unnamedTownOfNamed returns the town of a report whose victim's name is
// only a kind of organisation and that town ("Hospital Centre of
// Versailles") when incident p's reports place their named victim there
// ("The Andre-Mignot Hospital … in Versailles"), both telling of a health
// cyberattack; else "". It is namedInUnnamedTown with the sides swapped.
func unnamedTownOfNamed(r *report, p *profile) string {
	if !r.accepted || !p.accepted || r.key == "" {
		return ""
	}
	return kindOfTown([]string{r.key}, p.localities, false)
}

// containedName returns "long ⊃ short" when one side's key holds every
// word of the other side's key (see wordsWithin), the shorter a distinctive
// name of two words at least; else "".
func containedName(rKeys, pKeys []string) string {
	holds := func(long, short string) bool {
		return len(strings.Fields(short)) >= 2 && orgname.Distinctive(short) && len(long) > len(short) &&
			wordsWithin(strings.Fields(short), strings.Fields(long))
	}
	for _, a := range rKeys {
		for _, b := range pKeys {
			switch {
			case holds(a, b):
				return a + " ⊃ " + b
			case holds(b, a):
				return b + " ⊃ " + a
			}
		}
	}
	return ""
}

// fuzzyContained is containedName for names alike enough that the rules
// for alike names read them first, but no saint's name ("St. Joseph's
// Hospital" and "St. Joseph's Hospital of Orange").
func fuzzyContained(rKeys, pKeys []string) string {
	if c := containedName(rKeys, pKeys); c != "" && !strings.Contains(c, "saint ") {
		return c
	}
	return ""
}

// wordsWithin reports whether every word of short stands in long, others
// between and in any order: "hospital cannes" in "hospital simone veil
// cannes" ("l'hôpital de Cannes", "centre hospitalier Simone-Veil de
// Cannes"), "EMS de Vessy" and "Vessy's Geneva EMS" (round 53).
func wordsWithin(short, long []string) bool {
	for _, w := range short {
		if !slices.ContainsFunc(long, func(l string) bool { return sameWordButS(l, w) }) {
			return false
		}
	}
	return true
}

// sameWordButS reports whether two key words are one, or one is the other
// with a final "s" that a possessive, a genitive or a plural adds:
// "vessys" of "Vessy's Geneva EMS" and "vessy" of "EMS de Vessy",
// "caritasverbands" of "des Caritasverbands Dinslaken" (round 53).
func sameWordButS(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	return len(b) >= 4 && len(a) == len(b)+1 && a[len(b)] == 's' && a[:len(b)] == b
}

// domainOf returns "domain ~ name" when one side's victim is a web domain
// that runs the other side's first name words together, else "", and
// whether it spells the whole name (orgname.SpellsName).
func domainOf(r *report, p *profile) (string, bool) {
	of := func(d, key string) bool { return orgname.JoinsFirstWords(d, key) || orgname.InitialsOf(d, key) }
	for _, k := range p.keys {
		if r.domain && r.key != "" && of(r.key, k) {
			return r.key + " ~ " + k, orgname.SpellsName(r.key, k)
		}
		if slices.Contains(p.domainKeys, k) {
			for _, rk := range r.keys {
				if of(k, rk) {
					return k + " ~ " + rk, orgname.SpellsName(k, rk)
				}
			}
		}
	}
	return "", false
}

// leadingName returns "long ⊃ short" when a leak post's name (one side is
// a leak post, the other is not) is the first words of the other side's,
// cut short as leak sites list them; else "".
func leadingName(r *report, p *profile) string {
	if (r.kind == kindLeak) == (p.leak && !p.regulator && !p.other) {
		return ""
	}
	for _, a := range r.keys {
		for _, b := range p.keys {
			if r.kind == kindLeak && orgname.LeadingName(a, b) {
				return b + " ⊃ " + a
			}
			if r.kind != kindLeak && orgname.LeadingName(b, a) {
				return a + " ⊃ " + b
			}
		}
	}
	return ""
}

// pressOfOneWeek reports whether a report and an incident are press
// reports (or the victim's own notices) of health cyberattacks published
// within three days of each other, neither of a further attack.
func pressOfOneWeek(r *report, p *profile) bool {
	return r.accepted && p.accepted && (r.kind == kindPress || r.kind == kindVictim) && p.other && !p.regulator && !p.leak && !r.undated &&
		!p.first.IsZero() && !r.newAttack && !r.anotherAttack && daysOutside(r.date, p.first, p.last) <= 3
}

// samePlacedName returns "a ~ b" when a key of the report and a key of the
// incident differ only by words naming where the other side places its
// victim (its localities), or by a last word naming where its own side
// does, and what they share is distinctive; else "".
func samePlacedName(r *report, p *profile) string {
	placeWords := func(locs []string) map[string]bool {
		m := map[string]bool{}
		for _, l := range locs {
			if l == several {
				continue
			}
			_, name, _ := strings.Cut(l, ":")
			for _, w := range strings.Fields(name) {
				m[w] = true
			}
		}
		return m
	}
	rPlaces, pPlaces := placeWords(r.localities), placeWords(p.localities)
	for _, w := range r.headPlaces {
		rPlaces[w] = true // "Barcelona hospital …"
	}
	if len(rPlaces) == 0 && len(pPlaces) == 0 {
		return ""
	}
	for _, rk := range r.keys {
		for _, k := range p.keys {
			rw, kw := strings.Fields(rk), strings.Fields(k)
			extraR, extraK, common := 0, 0, []string{}
			ok, ownPlace := true, false
			for _, w := range rw {
				switch {
				case slices.Contains(kw, w):
					common = append(common, w)
				case pPlaces[w]:
					extraR++
				case rPlaces[w] && w == rw[len(rw)-1]:
					extraR++ // "Lurie Children's Hospital of Chicago", a Chicago report
					ownPlace = true
				default:
					ok = false
				}
			}
			for _, w := range kw {
				switch {
				case slices.Contains(rw, w):
				case rPlaces[w]:
					extraK++
				case pPlaces[w] && w == kw[len(kw)-1]:
					extraK++
					ownPlace = true
				default:
					ok = false
				}
			}
			// A name of generic words is one organisation once its place
			// is added: "Hospital Clínic", reported as a Barcelona
			// hospital, and "Hospital Clínic de Barcelona". A name that
			// ends with its own report's place ("Lurie Children's Hospital
			// of Chicago" in a Chicago story) is the other name when what
			// they share is distinctive.
			distinctive := orgname.Distinctive(strings.Join(common, " "))
			if ok && extraR+extraK > 0 && (distinctive || (len(common) >= 2 && !ownPlace)) {
				return rk + " ~ " + k
			}
		}
	}
	return ""
}

// definedAlias returns a key that is a victim of one side and a name the
// other side's reports define for their victim, or an abbreviation both
// sides define for names of one first word, or "".
func definedAlias(r *report, p *profile) string {
	// the alias or the name with a kind word more or less: "(MEDNAX)" and
	// "MEDNAX Services, Inc."
	is := func(k string) func(string) bool {
		return func(a string) bool { return a == k || orgname.SameButType(a, k) }
	}
	for _, k := range r.keys {
		if slices.ContainsFunc(p.aliasKeys, is(k)) {
			return k
		}
	}
	for _, k := range r.aliasKeys {
		if slices.ContainsFunc(p.keys, is(k)) {
			return k
		}
	}
	// both sides define one abbreviation for names that open alike:
	// "Vail-Summit Orthopaedics & Neurosurgery (VSON)" and "Vail Summit
	// Orthopaedics, LLC ("VSON")"
	for _, k := range r.aliasKeys {
		if len(k) >= 3 && !strings.Contains(k, " ") && slices.Contains(p.aliasKeys, k) && sameHeadWord(r.keys, p.keys) {
			return k
		}
	}
	return ""
}

// happenedAfter reports whether the report's breach (its stated day) falls
// more than slack days after the incident's breach was already known, or
// the incident's stated breach days all fall more than slack days after the
// report's breach was known; not when both were known by the same day.
func happenedAfter(r *report, p *profile, slack float64) (string, bool) {
	late := func(b textdate.Span, known time.Time) bool {
		return !known.IsZero() && b.From.Sub(known).Hours()/24 > slack
	}
	if !r.knownBy.IsZero() && !p.knownBy.IsZero() && math.Abs(r.knownBy.Sub(p.knownBy).Hours()/24) <= slack {
		// both tell the breach was known by the same day ("suspicious
		// activity first noticed in October 2014"): a later day one of
		// them states is a finding of the same breach ("confirmed on May
		// 5, 2015 that the attackers had reached …")
		return "", false
	}
	if r.hasStated && late(r.stated, p.knownBy) {
		return fmt.Sprintf("%s after %s", r.stated, p.knownBy.Format(time.DateOnly)), true
	}
	if !r.knownBy.IsZero() && len(p.stated) > 0 {
		for _, sp := range p.stated {
			if !late(sp, r.knownBy) {
				return "", false
			}
		}
		return fmt.Sprintf("%s after %s", p.stated[0], r.knownBy.Format(time.DateOnly)), true
	}
	return "", false
}

// sameDay reports whether two stated dates name the same single day. No
// slack: two thefts a day apart at one hospital (a laptop on March 28, x-ray
// films on March 29) are two breaches.
func sameDay(a, b textdate.Span) bool {
	return a.Day && b.Day && a.From.Equal(a.To) && a.From.Equal(b.From) && b.From.Equal(b.To)
}

// maxDaySpan is the longest run of named days ("February 17-22, 2023")
// that dayOfShortSpan reads as the dates of one breach.
const maxDaySpan = 14 * 24 * time.Hour

// dayOfShortSpan reports whether the day b is the first or last of the
// short run of days a: a notice's "from February 17-22, 2023" and
// another report's "On February 17, 2023, an unauthorized actor …" state
// one breach (round 67).
func dayOfShortSpan(a, b textdate.Span) bool {
	return a.Day && b.Day && b.From.Equal(b.To) && a.To.After(a.From) && a.To.Sub(a.From) <= maxDaySpan &&
		(b.From.Equal(a.From) || b.From.Equal(a.To))
}

// daysOutside returns how many days t lies outside [first, last].
func daysOutside(t, first, last time.Time) float64 {
	switch {
	case t.Before(first):
		return first.Sub(t).Hours() / 24
	case t.After(last):
		return t.Sub(last).Hours() / 24
	}
	return 0
}

func relDiff(a, b float64) float64 { return math.Abs(a-b) / math.Max(a, b) }

// closeCount reports whether a count is within 10% of one of the counts
// an incident holds; a placeholder count (500, 501) is no count.
// sameCount reports whether counts hold n exactly, n being no round
// placeholder and at least minSameCount: a count that two reports of
// different incidents hardly share.
func sameCount(n int64, counts []int64) bool {
	return n >= minSameCount && !placeholderCount(n) && slices.Contains(counts, n)
}

// minSameCount is the smallest count that sameCount matches.
const minSameCount = 1000

func closeCount(n int64, counts []int64) bool {
	if n <= 0 || placeholderCount(n) {
		return false
	}
	for _, m := range counts {
		if !placeholderCount(m) && relDiff(float64(n), float64(m)) <= 0.1 {
			return true
		}
	}
	return false
}

// conflicting reports whether two attack types cannot describe one attack.
// A data breach is compatible with every type but DDoS (ransomware gangs
// steal data; malware and phishing lead to breaches).
func conflicting(a, b string) bool {
	specific := func(t string) bool { return t != "" && t != cit.AttackUnknown }
	if !specific(a) || !specific(b) || a == b {
		return false
	}
	if a == cit.AttackDataBreach || b == cit.AttackDataBreach {
		return a == cit.AttackDDoS || b == cit.AttackDDoS
	}
	if (a == cit.AttackMalware && b == cit.AttackRansomware) || (a == cit.AttackRansomware && b == cit.AttackMalware) {
		return false // ransomware is malware: a first report's "Schadsoftware" names the same attack (round 32)
	}
	return true
}

// ddosAndIntrusion reports whether one type is a DDoS and the other an
// intrusion's (ransomware, malware, account compromise).
func ddosAndIntrusion(a, b string) bool {
	intrusion := func(t string) bool {
		return t == cit.AttackRansomware || t == cit.AttackMalware || t == cit.AttackAccountCompromise
	}
	return (a == cit.AttackDDoS && intrusion(b)) || (b == cit.AttackDDoS && intrusion(a))
}

// distinctiveAttack reports attack types specific enough that sharing one
// is evidence: not "data_breach" (most incidents end in one) nor "unknown".
func distinctiveAttack(t string) bool {
	return t != "" && t != cit.AttackUnknown && t != cit.AttackDataBreach
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// sameGroup returns the key of the group that links report r and incident
// p: the group r names is p's victim or p's group, or r's victim is p's
// group; else "".
func sameGroup(r *report, p *profile) string {
	// "CommonSpirit" and "CommonSpirit Health" are one group
	is := func(k string) func(string) bool {
		return func(o string) bool { return o == k || orgname.SameButType(o, k) }
	}
	for _, g := range r.parentKeys {
		if slices.ContainsFunc(p.keys, is(g)) || slices.ContainsFunc(p.parentKeys, is(g)) {
			return g
		}
	}
	for _, k := range r.keys {
		if slices.ContainsFunc(p.parentKeys, is(k)) {
			return k
		}
	}
	return ""
}

// countriesAgree reports whether two countries can be one victim's: the
// same code, or the United States and one of its territories, which
// reports place either way ("Hospital Español Auxilio Mutuo de Puerto
// Rico" is PR in one report and US in the next; round 49).
func countriesAgree(a, b string) bool {
	if a == b {
		return true
	}
	territory := func(c string) bool {
		switch c {
		case "PR", "GU", "VI", "AS", "MP", "UM":
			return true
		}
		return false
	}
	return a == "US" && territory(b) || b == "US" && territory(a)
}
