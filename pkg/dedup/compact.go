package dedup

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cit-health/cit/pkg/cit"
)

// slot is what the engine keeps of one incident: the fields the candidate
// lookup reads (id, victim, status, merged-into) as values, and the whole
// incident as JSON deflated against a dictionary of incident JSON. A
// one-report incident takes about 0.8 KB this way against about 2.6 KB as
// Go values (measured by BenchmarkEngineState); reading and writing one
// costs tens of microseconds, paid once per merge or new incident.
type slot struct {
	id, victim string
	status     string
	mergedInto string
	blob       []byte
}

// codecDict primes the deflate window with the field names and common
// values of an incident's JSON, so that each small record compresses as if
// it followed many others.
var codecDict = []byte(`{"incident_id":"inc-","version":1,"status":"active","merged_into":"","title":" — ransomware (20` +
	`","victim":"","victim_key":"","organizations":["hospital medical center health"],"country":"US","sector":"care_provider",` +
	`"attack_type":"data_breach","threat_actor":"","records_affected":null,"incident_date":"20","disclosure_date":"20",` +
	`"first_seen":"20","created_at":"20","updated_at":"20","claim_status":"reported","care_disruption":[],` +
	`"sources":[{"candidate_id":"","source":"","url":"https://www.","title":"","published":"20","lang":"en","victim":""}],` +
	`"provenance":{"attack_type":[{"value":"ransomware","candidate_id":"","source":"","at":"20"}],` +
	`"breach_mode":[{"value":"theft,hacking,disclosure","candidate_id":"","source":"","at":"20"}],` +
	`"claim_status":[{"value":"confirmed","candidate_id":"","source":"","at":"20"}],` +
	`"country":[{"value":"US","candidate_id":"","source":"","at":"20"}],` +
	`"records_affected":[{"value":"","candidate_id":"","source":"","at":"20"}],` +
	`"report_kind":[{"value":"press","candidate_id":"","source":"","at":"20"}],` +
	`"sector":[{"value":"care_provider","candidate_id":"","source":"","at":"20"}],` +
	`"stated_date":[{"value":"20","candidate_id":"","source":"","at":"20"}],` +
	`"text_sketch":[{"value":"w2b10r3:","candidate_id":"","source":"","at":"20"}],` +
	`"verdict":[{"value":"accept","candidate_id":"","source":"","at":"20"}],` +
	`"victim":[{"value":"","candidate_id":"","source":"","at":"20"}]},"confidence":1,` +
	`"reasons":[{"field":"incident","value":"inc-","rule":"no_candidate_incident"},{"field":"victim","value":"","rule":"same_victim_key","weight":3},` +
	`{"field":"date","value":" days","rule":"within_close_window","weight":1}]}`)

// codec encodes and decodes slots, reusing its compressor (an Engine is
// not safe for concurrent use, and neither is its codec).
type codec struct {
	w   *flate.Writer
	r   io.ReadCloser
	buf bytes.Buffer
	out bytes.Buffer
}

func newCodec() *codec {
	w, err := flate.NewWriterDict(io.Discard, flate.BestSpeed, codecDict)
	if err != nil {
		panic(fmt.Sprintf("dedup: deflate writer: %v", err)) // only for an invalid level
	}
	return &codec{w: w, r: flate.NewReaderDict(bytes.NewReader(nil), codecDict)}
}

// encode packs an incident into a slot.
func (c *codec) encode(inc *cit.Incident) slot {
	js, err := json.Marshal(inc)
	if err != nil {
		panic(fmt.Sprintf("dedup: encode incident %s: %v", inc.ID, err)) // plain data: cannot fail
	}
	c.buf.Reset()
	c.w.Reset(&c.buf)
	_, _ = c.w.Write(js) // writes to a bytes.Buffer do not fail
	_ = c.w.Close()
	status := inc.Status
	for _, known := range []string{cit.StatusActive, cit.StatusMerged, cit.StatusDeleted} {
		if status == known {
			status = known // one copy of each status string
		}
	}
	return slot{id: inc.ID, victim: inc.Victim, status: status, mergedInto: inc.MergedInto, blob: bytes.Clone(c.buf.Bytes())}
}

// decode unpacks a slot into a fresh incident the caller owns.
func (c *codec) decode(s *slot) *cit.Incident {
	if err := c.r.(flate.Resetter).Reset(bytes.NewReader(s.blob), codecDict); err != nil {
		panic(fmt.Sprintf("dedup: decode incident %s: %v", s.id, err))
	}
	c.out.Reset()
	if _, err := c.out.ReadFrom(c.r); err != nil {
		panic(fmt.Sprintf("dedup: decode incident %s: %v", s.id, err)) // the engine wrote it: corrupt memory
	}
	var inc cit.Incident
	if err := json.Unmarshal(c.out.Bytes(), &inc); err != nil {
		panic(fmt.Sprintf("dedup: decode incident %s: %v", s.id, err))
	}
	return &inc
}
