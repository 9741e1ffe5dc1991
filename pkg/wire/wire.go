// Package wire converts CIT's domain types to and from their protobuf
// contracts (proto/cit/v1) and encodes them for the bus.
package wire

import (
	"fmt"

	"github.com/cit-health/cit/pkg/cit"
	citv1 "github.com/cit-health/cit/proto/cit/v1"
	"google.golang.org/protobuf/proto"
)

// CandidateToProto converts a candidate.
func CandidateToProto(c cit.Candidate) *citv1.Candidate {
	return &citv1.Candidate{Id: c.ID, Source: c.Source, Url: c.URL, Title: c.Title, Text: c.Text,
		Published: c.Published, Lang: c.Lang, SourceKind: c.SourceKind, SourceCountry: c.SourceCountry,
		FetchedAt: c.FetchedAt, Fields: c.Fields}
}

// CandidateFromProto converts a candidate.
func CandidateFromProto(p *citv1.Candidate) cit.Candidate {
	return cit.Candidate{ID: p.GetId(), Source: p.GetSource(), URL: p.GetUrl(), Title: p.GetTitle(), Text: p.GetText(),
		Published: p.GetPublished(), Lang: p.GetLang(), SourceKind: p.GetSourceKind(), SourceCountry: p.GetSourceCountry(),
		FetchedAt: p.GetFetchedAt(), Fields: p.GetFields()}
}

func reasonsToProto(rs []cit.Reason) []*citv1.Reason {
	out := make([]*citv1.Reason, 0, len(rs))
	for _, r := range rs {
		out = append(out, &citv1.Reason{Field: r.Field, Value: r.Value, Rule: r.Rule, Span: r.Span, Weight: r.Weight})
	}
	return out
}

func reasonsFromProto(rs []*citv1.Reason) []cit.Reason {
	if len(rs) == 0 {
		return nil
	}
	out := make([]cit.Reason, 0, len(rs))
	for _, r := range rs {
		out = append(out, cit.Reason{Field: r.GetField(), Value: r.GetValue(), Rule: r.GetRule(), Span: r.GetSpan(), Weight: r.GetWeight()})
	}
	return out
}

// ClassificationToProto converts a classification.
func ClassificationToProto(c cit.Classification) *citv1.Classification {
	p := &citv1.Classification{IsHealthCyberattack: c.IsHealthCyberattack, Score: c.Score, Verdict: c.Verdict,
		AttackType: c.AttackType, Sector: c.Sector, Country: c.Country, Victim: c.Victim, ThreatActor: c.ThreatActor,
		RecordsAffected: c.RecordsAffected, IncidentDate: c.IncidentDate, DisclosureDate: c.DisclosureDate,
		CareDisruption: c.CareDisruption, Reasons: reasonsToProto(c.Reasons), ModelVersion: c.ModelVersion}
	if c.DaysDisrupted != nil {
		d := int32(*c.DaysDisrupted)
		p.DaysDisrupted = &d
	}
	return p
}

// ClassificationFromProto converts a classification.
func ClassificationFromProto(p *citv1.Classification) cit.Classification {
	c := cit.Classification{IsHealthCyberattack: p.GetIsHealthCyberattack(), Score: p.GetScore(), Verdict: p.GetVerdict(),
		AttackType: p.GetAttackType(), Sector: p.GetSector(), Country: p.Country, Victim: p.GetVictim(),
		ThreatActor: p.GetThreatActor(), RecordsAffected: p.RecordsAffected, IncidentDate: p.GetIncidentDate(),
		DisclosureDate: p.GetDisclosureDate(), CareDisruption: p.GetCareDisruption(),
		Reasons: reasonsFromProto(p.GetReasons()), ModelVersion: p.GetModelVersion()}
	if p.DaysDisrupted != nil {
		d := int(*p.DaysDisrupted)
		c.DaysDisrupted = &d
	}
	return c
}

// ClassifiedToProto converts a classified candidate.
func ClassifiedToProto(c cit.Classified) *citv1.Classified {
	p := &citv1.Classified{Candidate: CandidateToProto(c.Candidate)}
	if c.Classification != nil {
		p.Classification = ClassificationToProto(*c.Classification)
	}
	return p
}

// ClassifiedFromProto converts a classified candidate.
func ClassifiedFromProto(p *citv1.Classified) cit.Classified {
	c := cit.Classified{Candidate: CandidateFromProto(p.GetCandidate())}
	if p.Classification != nil {
		cl := ClassificationFromProto(p.Classification)
		c.Classification = &cl
	}
	return c
}

// IncidentToProto converts an incident.
func IncidentToProto(in cit.Incident) *citv1.Incident {
	p := &citv1.Incident{Id: in.ID, Version: in.Version, Status: in.Status, MergedInto: in.MergedInto, Title: in.Title,
		Victim: in.Victim, VictimKey: in.VictimKey, Organizations: in.Organizations, Country: in.Country,
		Sector: in.Sector, AttackType: in.AttackType, ThreatActor: in.ThreatActor, RecordsAffected: in.RecordsAffected,
		IncidentDate: in.IncidentDate, DisclosureDate: in.DisclosureDate, FirstSeen: in.FirstSeen,
		CreatedAt: in.CreatedAt, UpdatedAt: in.UpdatedAt, ClaimStatus: in.ClaimStatus,
		CareDisruption: in.CareDisruption, Confidence: in.Confidence, Reasons: reasonsToProto(in.Reasons)}
	for _, s := range in.Sources {
		p.Sources = append(p.Sources, &citv1.SourceRef{CandidateId: s.CandidateID, Source: s.Source, Url: s.URL,
			Title: s.Title, Published: s.Published, Lang: s.Lang, Victim: s.Victim})
	}
	if len(in.Provenance) > 0 {
		p.Provenance = map[string]*citv1.Assertions{}
		for field, as := range in.Provenance {
			list := &citv1.Assertions{}
			for _, a := range as {
				list.Items = append(list.Items, &citv1.Assertion{Value: a.Value, CandidateId: a.CandidateID, Source: a.Source, At: a.At})
			}
			p.Provenance[field] = list
		}
	}
	return p
}

// IncidentFromProto converts an incident.
func IncidentFromProto(p *citv1.Incident) cit.Incident {
	in := cit.Incident{ID: p.GetId(), Version: p.GetVersion(), Status: p.GetStatus(), MergedInto: p.GetMergedInto(),
		Title: p.GetTitle(), Victim: p.GetVictim(), VictimKey: p.GetVictimKey(), Organizations: p.GetOrganizations(),
		Country: p.GetCountry(), Sector: p.GetSector(), AttackType: p.GetAttackType(), ThreatActor: p.GetThreatActor(),
		RecordsAffected: p.RecordsAffected, IncidentDate: p.GetIncidentDate(), DisclosureDate: p.GetDisclosureDate(),
		FirstSeen: p.GetFirstSeen(), CreatedAt: p.GetCreatedAt(), UpdatedAt: p.GetUpdatedAt(),
		ClaimStatus: p.GetClaimStatus(), CareDisruption: p.GetCareDisruption(), Confidence: p.GetConfidence(),
		Reasons: reasonsFromProto(p.GetReasons())}
	for _, s := range p.GetSources() {
		in.Sources = append(in.Sources, cit.SourceRef{CandidateID: s.GetCandidateId(), Source: s.GetSource(),
			URL: s.GetUrl(), Title: s.GetTitle(), Published: s.GetPublished(), Lang: s.GetLang(), Victim: s.GetVictim()})
	}
	if len(p.GetProvenance()) > 0 {
		in.Provenance = map[string][]cit.Assertion{}
		for field, list := range p.GetProvenance() {
			for _, a := range list.GetItems() {
				in.Provenance[field] = append(in.Provenance[field], cit.Assertion{Value: a.GetValue(),
					CandidateID: a.GetCandidateId(), Source: a.GetSource(), At: a.GetAt()})
			}
		}
	}
	return in
}

// DecisionToProto converts a triage decision.
func DecisionToProto(d cit.TriageDecision) *citv1.TriageDecision {
	return &citv1.TriageDecision{Id: d.ID, At: d.At, Actor: d.Actor, Action: d.Action, CandidateId: d.CandidateID,
		IncidentId: d.IncidentID, TargetId: d.TargetID, Fields: d.Fields, Reason: d.Reason, Before: d.Before, After: d.After}
}

// DecisionFromProto converts a triage decision.
func DecisionFromProto(p *citv1.TriageDecision) cit.TriageDecision {
	return cit.TriageDecision{ID: p.GetId(), At: p.GetAt(), Actor: p.GetActor(), Action: p.GetAction(),
		CandidateID: p.GetCandidateId(), IncidentID: p.GetIncidentId(), TargetID: p.GetTargetId(), Fields: p.GetFields(),
		Reason: p.GetReason(), Before: p.GetBefore(), After: p.GetAfter()}
}

// RunToProto converts a run report.
func RunToProto(r cit.RunReport) *citv1.RunReport {
	return &citv1.RunReport{RunId: r.RunID, Source: r.Source, StartedAt: r.StartedAt, FinishedAt: r.FinishedAt,
		Fetched: int64(r.Fetched), New: int64(r.New), Unchanged: int64(r.Unchanged), Errors: int64(r.Errors),
		Error: r.Error, DurationMs: r.DurationMS}
}

// RunFromProto converts a run report.
func RunFromProto(p *citv1.RunReport) cit.RunReport {
	return cit.RunReport{RunID: p.GetRunId(), Source: p.GetSource(), StartedAt: p.GetStartedAt(),
		FinishedAt: p.GetFinishedAt(), Fetched: int(p.GetFetched()), New: int(p.GetNew()),
		Unchanged: int(p.GetUnchanged()), Errors: int(p.GetErrors()), Error: p.GetError(), DurationMS: p.GetDurationMs()}
}

// Decode unmarshals data into a fresh message of type T.
func Decode[T any, P interface {
	*T
	proto.Message
}](data []byte) (P, error) {
	var m P = new(T)
	if err := proto.Unmarshal(data, m); err != nil {
		return nil, fmt.Errorf("decode %T: %w", m, err)
	}
	return m, nil
}
