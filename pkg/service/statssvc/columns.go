package statssvc

import (
	"bytes"
	"errors"
	"hash/maphash"
	"sync"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

// columns is the read model's data: the latest version of every incident,
// one slot per incident, stored column by column in compact types so that a
// filtered scan of a million incidents touches a few megabytes. Strings that
// repeat (country, sector, attack type, threat actor, care disruption) are
// dictionary codes; organisation hashes are dictionary ids so that distinct
// organisations are counted with a bitset; ids and lower-cased victims live
// in byte arenas rather than one Go string each. Slots are never removed: an
// incident merged away or withdrawn is a slot without the active flag.
// Not safe for concurrent use; readModel guards it.
type columns struct {
	seed    maphash.Seed
	slot    map[uint64]int32 // maphash of the id → slot
	collide map[string]int32 // ids whose hash another id already has

	idBuf    []byte   // ids, back to back in slot order
	idEnd    []uint32 // end of slot i's id in idBuf
	vicBuf   []byte   // lower-cased victims (ASCII, as ClickHouse lower()); updates append
	vicOff   []uint32
	vicLen   []uint32
	idLCP    int // a length of prefix that every id shares
	vicLCP   int // the same for victims (never too long; may be shorter than the longest)
	vicFirst []byte

	version  []uint64
	flags    []uint8
	event    []uint16 // days since 1970-01-01; 0 = unknown
	incDate  []uint16
	discDate []uint16
	month    []uint32 // YYYYMM of created_at, the incidents partition
	updated  []uint32 // Unix seconds
	records  []int64  // -1 when unknown
	sources  []uint32
	country  []uint32 // dictionary codes
	sector   []uint32
	attack   []uint32
	actor    []uint32
	care     []uint32 // bit c set for care code c < 31; bit 31: see careMore
	org      []uint32 // first organisation id; more in orgMore

	careMore map[int32][]uint32 // every care code of slots with flagCareMore
	orgMore  map[int32][]uint32 // every organisation id of slots with flagOrgMore

	countries, sectors, attacks, actors, cares dict
	orgIDs                                     map[uint64]uint32

	// ranks caches, per text sort column ("victim", "incident"), each
	// slot's rank in that column's byte order (equal texts, equal ranks),
	// so that sorting by text compares integers. Built at load (with the
	// orders), dropped by any change (apply) and rebuilt on next use: once
	// per version of the data. Readers share the read lock, hence rankMu.
	rankMu sync.Mutex
	ranks  map[string][]uint32
	orders map[string][]int32 // per sort key: see columns.order; guarded by rankMu
}

// Slot flags.
const (
	flagActive   = 1 << iota // status active: counted
	flagOrgMore              // more than one organisation: see orgMore
	flagCareMore             // a care code ≥ 31: see careMore
	flagNoOrg                // no organisation key at all
)

const careMoreBit = 1 << 31

// dict maps the distinct values of a column to dense codes; code 0 is "".
type dict struct {
	code map[string]uint32
	vals []string
}

func newDict() dict { return dict{code: map[string]uint32{"": 0}, vals: []string{""}} }

func (d *dict) add(s string) uint32 {
	if c, ok := d.code[s]; ok {
		return c
	}
	c := uint32(len(d.vals))
	d.code[s] = c
	d.vals = append(d.vals, s)
	return c
}

// lookup returns the code of s, or false when no incident ever had it.
func (d *dict) lookup(s string) (uint32, bool) {
	c, ok := d.code[s]
	return c, ok
}

func newColumns() *columns {
	return &columns{seed: maphash.MakeSeed(), slot: map[uint64]int32{}, collide: map[string]int32{},
		careMore: map[int32][]uint32{}, orgMore: map[int32][]uint32{},
		countries: newDict(), sectors: newDict(), attacks: newDict(), actors: newDict(), cares: newDict(),
		orgIDs: map[uint64]uint32{}}
}

// len is the number of incidents (slots), active or not.
func (c *columns) len() int { return len(c.version) }

func (c *columns) id(i int32) []byte {
	start := uint32(0)
	if i > 0 {
		start = c.idEnd[i-1]
	}
	return c.idBuf[start:c.idEnd[i]]
}

func (c *columns) victim(i int32) []byte { return c.vicBuf[c.vicOff[i] : c.vicOff[i]+c.vicLen[i]] }

// find returns the slot of an incident id.
func (c *columns) find(id string) (int32, bool) {
	if i, ok := c.collide[id]; ok {
		return i, true
	}
	i, ok := c.slot[maphash.String(c.seed, id)]
	if ok && string(c.id(i)) == id {
		return i, true
	}
	return 0, false
}

// newSlot appends an empty slot for id.
func (c *columns) newSlot(id string) int32 {
	i := int32(c.len())
	h := maphash.String(c.seed, id)
	if _, taken := c.slot[h]; taken {
		c.collide[id] = i
	} else {
		c.slot[h] = i
	}
	if i == 0 {
		c.idLCP = len(id)
	} else {
		c.idLCP = commonPrefix(c.id(0)[:c.idLCP], []byte(id))
	}
	c.idBuf = append(c.idBuf, id...)
	c.idEnd = append(c.idEnd, uint32(len(c.idBuf)))
	c.vicOff, c.vicLen = append(c.vicOff, 0), append(c.vicLen, 0)
	c.version = append(c.version, 0)
	c.flags = append(c.flags, 0)
	c.event, c.incDate, c.discDate = append(c.event, 0), append(c.incDate, 0), append(c.discDate, 0)
	c.month, c.updated = append(c.month, 0), append(c.updated, 0)
	c.records, c.sources = append(c.records, -1), append(c.sources, 0)
	c.country, c.sector, c.attack = append(c.country, 0), append(c.sector, 0), append(c.attack, 0)
	c.actor, c.care, c.org = append(c.actor, 0), append(c.care, 0), append(c.org, 0)
	return i
}

// apply records an incident version if it is newer than the one held (a
// version equal to the held one is a redelivery and is ignored) and reports
// whether anything changed.
func (c *columns) apply(v *store.FactVersion) bool {
	i, ok := c.find(v.ID)
	if ok && v.Version <= c.version[i] {
		return false
	}
	if !ok {
		i = c.newSlot(v.ID)
	}
	c.ranks, c.orders = nil, nil
	c.version[i] = v.Version
	var fl uint8
	if v.Status == cit.StatusActive {
		fl |= flagActive
	}
	c.event[i], c.incDate[i], c.discDate[i] = v.EventDate, v.IncidentDate, v.DisclosureDate
	c.month[i], c.updated[i], c.sources[i] = v.CreatedMonth, v.UpdatedAt, v.SourceCount
	c.records[i] = -1
	if v.RecordsAffected != nil {
		c.records[i] = *v.RecordsAffected
	}
	c.country[i], c.sector[i] = c.countries.add(v.Country), c.sectors.add(v.Sector)
	c.attack[i], c.actor[i] = c.attacks.add(v.AttackType), c.actors.add(v.ThreatActor)
	c.setVictim(i, v.Victim)

	delete(c.careMore, i)
	var mask uint32
	for _, d := range v.CareDisruption {
		if code := c.cares.add(d); code < 31 {
			mask |= 1 << code
		} else {
			fl |= flagCareMore
		}
	}
	if fl&flagCareMore != 0 {
		mask |= careMoreBit
		codes := make([]uint32, 0, len(v.CareDisruption))
		for _, d := range v.CareDisruption {
			codes = append(codes, c.cares.code[d])
		}
		c.careMore[i] = codes
	}
	c.care[i] = mask

	delete(c.orgMore, i)
	switch len(v.OrgKeys) {
	case 0:
		fl |= flagNoOrg
	case 1:
		c.org[i] = c.orgID(v.OrgKeys[0])
	default:
		fl |= flagOrgMore
		ids := make([]uint32, len(v.OrgKeys))
		for k, h := range v.OrgKeys {
			ids[k] = c.orgID(h)
		}
		c.org[i], c.orgMore[i] = ids[0], ids
	}
	c.flags[i] = fl
	return true
}

func (c *columns) orgID(h uint64) uint32 {
	if id, ok := c.orgIDs[h]; ok {
		return id
	}
	id := uint32(len(c.orgIDs))
	c.orgIDs[h] = id
	return id
}

// setVictim stores the ASCII-lower-cased victim, reusing the bytes held when
// they are the same.
func (c *columns) setVictim(i int32, victim string) {
	low := asciiLower(victim)
	if c.vicFirst == nil {
		c.vicFirst, c.vicLCP = low, len(low)
	} else {
		c.vicLCP = commonPrefix(c.vicFirst[:c.vicLCP], low)
	}
	if c.vicLen[i] == uint32(len(low)) && bytes.Equal(c.victim(i), low) {
		return
	}
	c.vicOff[i], c.vicLen[i] = uint32(len(c.vicBuf)), uint32(len(low))
	c.vicBuf = append(c.vicBuf, low...)
}

// commonPrefix is the length of the prefix a and b share.
func commonPrefix(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// asciiLower lowers ASCII letters only, as ClickHouse's lower() does.
func asciiLower(s string) []byte {
	b := []byte(s)
	for i, ch := range b {
		if 'A' <= ch && ch <= 'Z' {
			b[i] = ch + 'a' - 'A'
		}
	}
	return b
}

// errStale: an incident read from ClickHouse is not the version a slot holds.
var errStale = errors.New("stats read model: incident version differs from ClickHouse")

// fill completes incidents read by store.PartialIncidents with the fields
// the slots hold. It fails with errStale, leaving incs half-filled, unless
// every incident is active in a slot of the same version.
func (c *columns) fill(incs []cit.Incident) error {
	for k := range incs {
		inc := &incs[k]
		i, ok := c.find(inc.ID)
		if !ok || c.version[i] != inc.Version || c.flags[i]&flagActive == 0 {
			return errStale
		}
		inc.Status = cit.StatusActive
		inc.Country, inc.Sector = c.countries.vals[c.country[i]], c.sectors.vals[c.sector[i]]
		inc.AttackType, inc.ThreatActor = c.attacks.vals[c.attack[i]], c.actors.vals[c.actor[i]]
		inc.RecordsAffected = nil
		if r := c.records[i]; r >= 0 {
			inc.RecordsAffected = &r
		}
		inc.IncidentDate, inc.DisclosureDate = dateOfDay(c.incDate[i]), dateOfDay(c.discDate[i])
		inc.UpdatedAt = ""
		if u := int64(c.updated[i]); time.Unix(u, 0).UTC().Year() > 1970 {
			inc.UpdatedAt = time.Unix(u, 0).UTC().Format(time.RFC3339)
		}
	}
	return nil
}

// dateOfDay formats a day number as store formats a Date: "" for 1970 and before.
func dateOfDay(d uint16) string {
	t := time.Unix(int64(d)*86400, 0).UTC()
	if t.Year() <= 1970 {
		return ""
	}
	return t.Format("2006-01-02")
}
