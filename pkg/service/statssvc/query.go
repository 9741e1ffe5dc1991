package statssvc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// The dashboard queries, answered from columns by scanning the slots that a
// filter matches. They compute exactly what the SQL of pkg/store/stats.go
// computes over incident_facts FINAL (the tests compare both).

// match is a filter compiled against a columns' dictionaries.
type match struct {
	from, to                uint16
	country, sector, attack uint32
	byCountry, bySec, byAtk bool
	none                    bool // a value no incident has: nothing matches
}

func (c *columns) compile(f store.Filter) match {
	m := match{to: ^uint16(0)}
	if !f.From.IsZero() {
		m.from = dayOf(f.From)
	}
	if !f.To.IsZero() {
		m.to = dayOf(f.To)
	}
	var ok bool
	if f.Country != "" {
		m.byCountry = true
		if m.country, ok = c.countries.lookup(f.Country); !ok {
			m.none = true
		}
	}
	if f.Sector != "" {
		m.bySec = true
		if m.sector, ok = c.sectors.lookup(f.Sector); !ok {
			m.none = true
		}
	}
	if f.AttackType != "" {
		m.byAtk = true
		if m.attack, ok = c.attacks.lookup(f.AttackType); !ok {
			m.none = true
		}
	}
	return m
}

// dayOf is the day number (since 1970-01-01) of a date, clamped to a Date's range.
func dayOf(t time.Time) uint16 {
	d := t.Unix() / 86400
	return uint16(min(max(d, 0), 65535))
}

func dayString(d int) string { return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02") }

// each calls fn for every active slot the filter matches.
func (c *columns) each(m match, fn func(i int32)) {
	if m.none {
		return
	}
	for i, fl := range c.flags {
		if fl&flagActive == 0 {
			continue
		}
		if e := c.event[i]; e < m.from || e > m.to {
			continue
		}
		if (m.byCountry && c.country[i] != m.country) || (m.bySec && c.sector[i] != m.sector) ||
			(m.byAtk && c.attack[i] != m.attack) {
			continue
		}
		fn(int32(i))
	}
}

// matches reports whether slot i is active and matches the filter (m.none
// aside, which callers check once): each's test, for one slot. each keeps
// its own loop, which the compiler makes several times faster.
func (c *columns) matches(m match, i int) bool {
	if c.flags[i]&flagActive == 0 {
		return false
	}
	if e := c.event[i]; e < m.from || e > m.to {
		return false
	}
	return (!m.byCountry || c.country[i] == m.country) && (!m.bySec || c.sector[i] == m.sector) &&
		(!m.byAtk || c.attack[i] == m.attack)
}

// summary is store.StatsSummary.
func (c *columns) summary(f store.Filter) store.Summary {
	out := store.Summary{ByAttackType: map[string]uint64{}}
	byAttack := make([]uint64, len(c.attacks.vals))
	seenCountry := make([]bool, len(c.countries.vals))
	orgs := make([]uint64, (len(c.orgIDs)+63)/64)
	since := -1
	c.each(c.compile(f), func(i int32) {
		out.Incidents++
		byAttack[c.attack[i]]++
		seenCountry[c.country[i]] = true
		if e := int(c.event[i]); e > 0 && (since < 0 || e < since) {
			since = e
		}
		switch fl := c.flags[i]; {
		case fl&flagOrgMore != 0:
			for _, o := range c.orgMore[i] {
				orgs[o>>6] |= 1 << (o & 63)
			}
		case fl&flagNoOrg == 0:
			o := c.org[i]
			orgs[o>>6] |= 1 << (o & 63)
		}
	})
	for code, n := range byAttack {
		if n == 0 {
			continue
		}
		k := c.attacks.vals[code]
		if k == "" {
			k = cit.AttackUnknown
		}
		out.ByAttackType[k] += n
	}
	for code, seen := range seenCountry {
		if seen && c.countries.vals[code] != "" {
			out.Countries++
		}
	}
	for _, w := range orgs {
		out.Organizations += uint64(bits.OnesCount64(w))
	}
	if out.Incidents > 0 && since >= 0 {
		out.Since = dayString(since)
	}
	return out
}

// timeSeries is store.TimeSeries: counts per Monday or first of the month,
// in date order, over incidents with a known event date.
func (c *columns) timeSeries(f store.Filter, interval string) ([]store.Count, error) {
	if interval != store.IntervalWeek && interval != store.IntervalMonth {
		return nil, &store.InvalidFilterError{Param: "interval", Value: interval, Why: "week or month"}
	}
	perDay := make([]uint32, 1<<16)
	c.each(c.compile(f), func(i int32) { perDay[c.event[i]]++ })
	out := []store.Count{}
	key, last := "", -1
	for d := 1; d < len(perDay); d++ {
		n := perDay[d]
		if n == 0 {
			continue
		}
		var start int
		if interval == store.IntervalWeek {
			start = d - (d+3)%7 // 1970-01-01 was a Thursday
		} else {
			t := time.Unix(int64(d)*86400, 0).UTC()
			start = int(time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).Unix() / 86400)
		}
		if start != last {
			key, last = dayString(start), start
			out = append(out, store.Count{Key: key})
		}
		out[len(out)-1].Incidents += uint64(n)
	}
	return out, nil
}

// recordBucket is the index in store.RecordBuckets of a records count (-1: unknown).
func recordBucket(n int64) int {
	switch {
	case n <= 0:
		return 0
	case n < 1000:
		return 1
	case n < 10000:
		return 2
	case n < 100000:
		return 3
	case n < 1000000:
		return 4
	}
	return 5
}

// breakdown is store.Breakdown: counts by a dimension, biggest first then by
// key, records buckets in size order; an incident counts once for each care
// disruption it names ("none_reported" when none).
func (c *columns) breakdown(f store.Filter, dim string) ([]store.Count, error) {
	if !slices.Contains(store.Dimensions(), dim) {
		return nil, &store.InvalidFilterError{Param: "by", Value: dim, Why: "one of " + strings.Join(store.Dimensions(), ", ")}
	}
	m := c.compile(f)
	counts := map[string]uint64{}
	byCode := func(col []uint32, d *dict) {
		n := make([]uint64, len(d.vals))
		c.each(m, func(i int32) { n[col[i]]++ })
		for code, k := range n {
			if k > 0 {
				counts[orUnknown(d.vals[code])] += k
			}
		}
	}
	switch dim {
	case store.DimCountry:
		byCode(c.country, &c.countries)
	case store.DimSector:
		byCode(c.sector, &c.sectors)
	case store.DimAttackType:
		byCode(c.attack, &c.attacks)
	case store.DimThreatActor:
		byCode(c.actor, &c.actors)
	case store.DimRecords:
		buckets := store.RecordBuckets()
		n := make([]uint64, len(buckets))
		c.each(m, func(i int32) { n[recordBucket(c.records[i])]++ })
		out := []store.Count{}
		for i, b := range buckets {
			if n[i] > 0 {
				out = append(out, store.Count{Key: b, Incidents: n[i]})
			}
		}
		return out, nil
	case store.DimCareDisruption:
		n := make([]uint64, len(c.cares.vals))
		none := uint64(0)
		c.each(m, func(i int32) {
			mask := c.care[i]
			switch {
			case mask&careMoreBit != 0:
				for _, code := range c.careMore[i] {
					n[code]++
				}
			case mask == 0:
				none++
			default:
				for mask != 0 {
					n[bits.TrailingZeros32(mask)]++
					mask &= mask - 1
				}
			}
		})
		counts["none_reported"] += none
		for code, k := range n {
			if k > 0 {
				counts[c.cares.vals[code]] += k
			}
		}
	}
	out := make([]store.Count, 0, len(counts))
	for k, n := range counts {
		if n > 0 {
			out = append(out, store.Count{Key: k, Incidents: n})
		}
	}
	slices.SortFunc(out, func(a, b store.Count) int {
		if a.Incidents != b.Incidents {
			return cmpDesc(a.Incidents, b.Incidents)
		}
		return strings.Compare(a.Key, b.Key)
	})
	return out, nil
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func cmpDesc(a, b uint64) int {
	if a > b {
		return -1
	}
	return 1
}

// lag is store.DisclosureLag: over incidents with both dates, the days from
// incident to disclosure (negative as 0); median and p90 are exact order
// statistics picked as ClickHouse's quantileExact picks them (the element
// at index ⌊level·n⌋ of the sorted lags).
func (c *columns) lag(f store.Filter) store.Lag {
	hist := make([]uint64, 1<<16)
	var n, sum uint64
	c.each(c.compile(f), func(i int32) {
		inc, disc := c.incDate[i], c.discDate[i]
		if inc == 0 || disc == 0 {
			return
		}
		l := 0
		if disc > inc {
			l = int(disc - inc)
		}
		hist[l]++
		n++
		sum += uint64(l)
	})
	out := store.Lag{Known: n, Buckets: []store.Count{}}
	bounds := []int{7, 30, 90, 180, 365, 1 << 16}
	perBucket := make([]uint64, len(bounds))
	if n > 0 {
		out.MeanDays = float64(sum) / float64(n)
		want := []uint64{uint64(0.5 * float64(n)), uint64(0.9 * float64(n))}
		got := []*float64{&out.MedianDays, &out.P90Days}
		var seen uint64
		b := 0
		for l, k := range hist {
			if k == 0 {
				continue
			}
			for l > bounds[b] {
				b++
			}
			perBucket[b] += k
			for w := range want {
				if want[w] >= seen && want[w] < seen+k {
					*got[w] = float64(l)
				}
			}
			seen += k
		}
	}
	for i, name := range store.LagBuckets() {
		out.Buckets = append(out.Buckets, store.Count{Key: name, Incidents: perBucket[i]})
	}
	return out
}

// pageIDs is the sorted selection of the incident list: the ids (and their
// incidents partitions) of rows [offset, offset+limit) and the total.
type pageIDs struct {
	total  uint64
	ids    []string
	months []uint32
}

// sorted is a slot with its sort key: the primary key, then the rank of
// its incident id (unique), so that ordering compares integers only.
type sorted struct {
	k    uint64
	id   uint32
	slot int32
}

func (a sorted) cmp(b sorted) int {
	switch {
	case a.k < b.k || (a.k == b.k && a.id < b.id):
		return -1
	case a.k == b.k && a.id == b.id:
		return 0
	}
	return 1
}

// list selects one page of the incident list ordered as ListIncidents's
// SQL orders it: by the sort key (ascending or descending), then by
// incident id ascending. It counts the matching slots (one scan), then
// walks the sort key's cached order (see order) until the page is full: a
// page costs one scan plus offset+limit matching slots.
func (c *columns) list(f store.Filter, sortKey string, desc bool, offset, limit int) (pageIDs, error) {
	if sortKey == "" {
		sortKey = "date"
	}
	if !slices.Contains(store.SortKeys(), sortKey) {
		return pageIDs{}, &store.InvalidFilterError{Param: "sort", Value: sortKey, Why: "one of " + strings.Join(store.SortKeys(), ", ")}
	}
	m := c.compile(f)
	count := 0
	c.each(m, func(int32) { count++ })
	out := pageIDs{total: uint64(count)}
	if offset >= count {
		return out, nil
	}
	key, perm := c.sortKey(sortKey), c.order(sortKey)
	skip := offset
	visit := func(i int32) bool {
		if !c.matches(m, int(i)) {
			return true
		}
		if skip > 0 {
			skip--
			return true
		}
		out.ids = append(out.ids, string(c.id(i)))
		out.months = append(out.months, c.month[i])
		return len(out.ids) < limit
	}
	if !desc {
		for _, i := range perm {
			if !visit(i) {
				break
			}
		}
		return out, nil
	}
	// Descending by key, still ascending by id: the runs of equal keys
	// from the last, each walked forwards.
	for end := len(perm); end > 0; {
		k, start := key(perm[end-1]), end-1
		for start > 0 && key(perm[start-1]) == k {
			start--
		}
		for _, i := range perm[start:end] {
			if !visit(i) {
				return out, nil
			}
		}
		end = start
	}
	return out, nil
}

// order returns, from the cache or computed now, every slot (active or
// not) sorted by the sort key, then by incident id: 4 bytes per incident
// per sort key used. Like ranks, it is dropped by any change and rebuilt
// by the next page sorted by that key (a sort of all slots: 0.1–0.3 s at
// 1M incidents).
func (c *columns) order(name string) []int32 {
	key := c.sortKey(name)
	idRank := c.rank("incident", c.id, c.idLCP)
	c.rankMu.Lock()
	defer c.rankMu.Unlock()
	if p, ok := c.orders[name]; ok {
		return p
	}
	all := make([]sorted, c.len())
	for i := range all {
		all[i] = sorted{key(int32(i)), idRank[i], int32(i)}
	}
	slices.SortFunc(all, sorted.cmp)
	p := make([]int32, len(all))
	for j, s := range all {
		p[j] = s.slot
	}
	if c.orders == nil {
		c.orders = map[string][]int32{}
	}
	c.orders[name] = p
	return p
}

// sortKey returns the primary key of a sort as a uint64 in sort order; text
// keys are ranks (see rank), so two slots tie only on equal values.
func (c *columns) sortKey(name string) func(int32) uint64 {
	dictRank := func(d *dict) []uint64 {
		order := make([]int, len(d.vals))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(d.vals[a], d.vals[b]) })
		r := make([]uint64, len(d.vals))
		for pos, code := range order {
			r[code] = uint64(pos)
		}
		return r
	}
	switch name {
	case "updated":
		return func(i int32) uint64 { return uint64(c.updated[i]) }
	case "records":
		return func(i int32) uint64 { return uint64(c.records[i]) ^ 1<<63 }
	case "country":
		r := dictRank(&c.countries)
		return func(i int32) uint64 { return r[c.country[i]] }
	case "attack":
		r := dictRank(&c.attacks)
		return func(i int32) uint64 { return r[c.attack[i]] }
	case "sources":
		return func(i int32) uint64 { return uint64(c.sources[i]) }
	case "victim":
		r := c.rank("victim", c.victim, c.vicLCP)
		return func(i int32) uint64 { return uint64(r[i]) }
	case "incident":
		r := c.rank("incident", c.id, c.idLCP)
		return func(i int32) uint64 { return uint64(r[i]) }
	case "date":
		return func(i int32) uint64 { return uint64(c.event[i]) }
	}
	panic(fmt.Sprintf("statssvc: sort key %q has no column", name))
}

// rank returns, from the cache or computed now, each slot's rank in the
// byte order of text (slots with equal text share a rank); every text
// shares its first lcp bytes. Computing it sorts all slots once (~0.1 s at
// 1M incidents); orders then compare only integers.
func (c *columns) rank(name string, text func(int32) []byte, lcp int) []uint32 {
	c.rankMu.Lock()
	defer c.rankMu.Unlock()
	if r, ok := c.ranks[name]; ok {
		return r
	}
	all := make([]sorted, c.len())
	for i := range all {
		all[i] = sorted{k: prefix(text(int32(i))[lcp:]), slot: int32(i)}
	}
	slices.SortFunc(all, func(a, b sorted) int {
		if a.k != b.k {
			if a.k < b.k {
				return -1
			}
			return 1
		}
		return bytes.Compare(text(a.slot), text(b.slot))
	})
	r := make([]uint32, len(all))
	pos := uint32(0)
	for j, s := range all {
		if j > 0 && (s.k != all[j-1].k || !bytes.Equal(text(s.slot), text(all[j-1].slot))) {
			pos = uint32(j)
		}
		r[s.slot] = pos
	}
	if c.ranks == nil {
		c.ranks = map[string][]uint32{}
	}
	c.ranks[name] = r
	return r
}

// prefix is the first 8 bytes of b, big-endian, zero-padded: comparing
// prefixes orders as bytes.Compare does, except ties. rank takes it after
// the prefix that every value of the column shares (vicLCP, idLCP),
// which orders the same and leaves far fewer ties ("Health organisation
// 123" and "Health organisation 124" tie on their first 8 bytes).
func prefix(b []byte) uint64 {
	var p [8]byte
	copy(p[:], b)
	return binary.BigEndian.Uint64(p[:])
}
