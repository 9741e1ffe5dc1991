package wire_test

import (
	"reflect"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/wire"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"google.golang.org/protobuf/proto"
)

func ptr[T any](v T) *T { return &v }

// Every field survives a trip through the wire format: a field added to the
// domain type but forgotten in the converter fails here.
func TestRoundTrip(t *testing.T) {
	cand := cit.Candidate{ID: "a", Source: "s", URL: "u", Title: "t", Text: "x", Published: "2024-01-02", Lang: "fr",
		SourceKind: "rss", SourceCountry: "FR", FetchedAt: "2024-01-03T00:00:00Z", Fields: map[string]string{"victim": "CHU"}}
	cl := cit.Classification{IsHealthCyberattack: true, Score: 0.93, Verdict: "accept", AttackType: "ransomware",
		Sector: "care_provider", Country: ptr("FR"), Victim: "CHU", ThreatActor: "LockBit", RecordsAffected: ptr(int64(12)),
		IncidentDate: "2024-01-01", DisclosureDate: "2024-01-02", CareDisruption: []string{"ambulance_diversion"},
		DaysDisrupted: ptr(3), Reasons: []cit.Reason{{Field: "attack_type", Value: "ransomware", Rule: "kw", Span: "rançongiciel", Weight: 0.5}},
		ModelVersion: "v1"}
	in := cit.Incident{ID: "i", Version: 3, Status: "active", MergedInto: "m", Title: "t", Victim: "CHU", VictimKey: "chu",
		Organizations: []string{"chu"}, Country: "FR", Sector: "care_provider", AttackType: "ransomware", ThreatActor: "LockBit",
		RecordsAffected: ptr(int64(5)), IncidentDate: "2024-01-01", DisclosureDate: "2024-01-02", FirstSeen: "2024-01-02T00:00:00Z",
		CreatedAt: "c", UpdatedAt: "u", ClaimStatus: "reported", CareDisruption: []string{"ehr_downtime"},
		Sources:    []cit.SourceRef{{CandidateID: "a", Source: "s", URL: "u", Title: "t", Published: "p", Lang: "fr", Victim: "CHU"}},
		Provenance: map[string][]cit.Assertion{"victim": {{Value: "CHU", CandidateID: "a", Source: "s", At: "2024"}}},
		Confidence: 0.8, Reasons: []cit.Reason{{Field: "victim", Rule: "same-key"}}}
	dec := cit.TriageDecision{ID: "d", At: "t", Actor: "ana", Action: "merge", CandidateID: "c", IncidentID: "i", TargetID: "j",
		Fields: map[string]string{"country": "BE"}, Reason: "r", Before: "{}", After: "{}"}
	run := cit.RunReport{RunID: "r", Source: "s", StartedAt: "a", FinishedAt: "b", Fetched: 5, New: 3, Unchanged: 2, Errors: 1, Error: "e", DurationMS: 7}

	check := func(name string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s round trip:\n got %+v\nwant %+v", name, got, want)
		}
	}
	reencode := func(m proto.Message, into proto.Message) {
		b, err := proto.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if err := proto.Unmarshal(b, into); err != nil {
			t.Fatal(err)
		}
	}
	var pc citv1.Classified
	reencode(wire.ClassifiedToProto(cit.Classified{Candidate: cand, Classification: &cl}), &pc)
	gotC := wire.ClassifiedFromProto(&pc)
	check("candidate", gotC.Candidate, cand)
	check("classification", *gotC.Classification, cl)
	var pi citv1.Incident
	reencode(wire.IncidentToProto(in), &pi)
	check("incident", wire.IncidentFromProto(&pi), in)
	var pd citv1.TriageDecision
	reencode(wire.DecisionToProto(dec), &pd)
	check("decision", wire.DecisionFromProto(&pd), dec)
	var pr citv1.RunReport
	reencode(wire.RunToProto(run), &pr)
	check("run", wire.RunFromProto(&pr), run)

	if _, err := wire.Decode[citv1.Candidate]([]byte{0xff, 0xff, 0xff}); err == nil {
		t.Error("Decode of junk: want an error")
	}
}
