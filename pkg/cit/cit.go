// Package cit holds CIT's domain types: the candidate report, its
// classification, the incident that reports are linked into, and the
// analysts' triage decisions. The JSON shapes are the stable contracts that
// citctl reads and writes (see DESIGN.md): fields may be added, never renamed.
//
// The package is pure: no I/O, no clock, no globals.
package cit

import (
	"strings"
	"time"
)

// Attack types of the taxonomy. One primary type per incident.
const (
	AttackRansomware        = "ransomware"
	AttackMalware           = "malware"
	AttackDDoS              = "ddos"
	AttackDataBreach        = "data_breach"
	AttackAccountCompromise = "account_compromise"
	AttackUnknown           = "unknown"
)

// AttackTypes lists every attack type in display order.
func AttackTypes() []string {
	return []string{AttackRansomware, AttackMalware, AttackDDoS, AttackDataBreach, AttackAccountCompromise, AttackUnknown}
}

// Sectors of the taxonomy.
const (
	SectorCareProvider    = "care_provider"
	SectorPharma          = "pharma"
	SectorMedicalDevices  = "medical_devices"
	SectorHealthInsurance = "health_insurance"
	SectorLaboratory      = "laboratory"
	SectorPublicHealth    = "public_health"
	SectorHealthIT        = "health_it"
	SectorResearch        = "research"
	SectorOtherHealth     = "other_health"
)

// Sectors lists every sector in display order.
func Sectors() []string {
	return []string{SectorCareProvider, SectorPharma, SectorMedicalDevices, SectorHealthInsurance,
		SectorLaboratory, SectorPublicHealth, SectorHealthIT, SectorResearch, SectorOtherHealth}
}

// Verdicts of the classifier.
const (
	VerdictAccept = "accept"
	VerdictReview = "review"
	VerdictReject = "reject"
)

// Claim statuses of an incident, in increasing order of certainty.
const (
	ClaimClaimed   = "claimed"   // a leak site says so
	ClaimReported  = "reported"  // the press says so
	ClaimConfirmed = "confirmed" // the victim or a regulator says so
)

// ClaimRank orders claim statuses: a later report may raise, never lower, it.
func ClaimRank(s string) int {
	switch s {
	case ClaimClaimed:
		return 1
	case ClaimReported:
		return 2
	case ClaimConfirmed:
		return 3
	}
	return 0
}

// Source kinds a collector understands.
const (
	KindRSS      = "rss"
	KindAtom     = "atom"
	KindJSONFeed = "jsonfeed"
	KindCSV      = "csv"
	KindHTML     = "html"
	KindJSON     = "json"
)

// Candidate is one report of a possible incident, as a collector found it.
//
// The first seven fields are the citctl contract; the rest are optional
// hints a collector may add (structured fields of breach portals and leak
// trackers). Unknown JSON fields such as "label" or "meta" are ignored.
type Candidate struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"` // RFC 3339 or YYYY-MM-DD; may be empty
	Lang      string `json:"lang"`

	// SourceKind is the kind of document the candidate came from (rss, csv, …).
	SourceKind string `json:"source_kind,omitempty"`
	// SourceCountry is the ISO 3166-1 alpha-2 country the source covers, if any.
	SourceCountry string `json:"source_country,omitempty"`
	// FetchedAt is when the collector saw the item (RFC 3339).
	FetchedAt string `json:"fetched_at,omitempty"`
	// Fields holds structured values given by the source itself, keyed by
	// the names in the Field* constants (victim, records_affected, …).
	Fields map[string]string `json:"fields,omitempty"`
}

// Structured field names a collector may put in Candidate.Fields.
const (
	FieldVictim        = "victim"           // organisation named by a structured source
	FieldRecords       = "records_affected" // integer
	FieldCountry       = "country"          // ISO 3166-1 alpha-2
	FieldRegion        = "region"           // state or province, e.g. "TX"
	FieldBreachType    = "breach_type"      // e.g. HHS "Hacking/IT Incident"
	FieldEntityType    = "entity_type"      // e.g. HHS "Healthcare Provider"
	FieldThreatActor   = "threat_actor"     // e.g. a ransomware group on a leak site
	FieldSector        = "sector"           // sector as the source states it
	FieldClaimStatus   = "claim_status"     // claimed | reported | confirmed
	FieldIncidentDate  = "incident_date"    // YYYY-MM-DD
	FieldLocation      = "location"         // e.g. HHS "Network Server, Email"
	FieldBusinessAssoc = "business_associate"
)

// PublishedTime parses Published as RFC 3339 or a plain date.
func (c Candidate) PublishedTime() (time.Time, bool) { return ParseDate(c.Published) }

// ComparePublished orders candidates by publication date, oldest first; an
// undated candidate comes after every dated one. It is 0 for equal dates and
// for two undated candidates, so a stable sort keeps their order.
func ComparePublished(a, b Candidate) int {
	ta, oka := a.PublishedTime()
	tb, okb := b.PublishedTime()
	switch {
	case oka != okb:
		if oka {
			return -1
		}
		return 1
	case !oka:
		return 0
	}
	return ta.Compare(tb)
}

// ParseDate parses RFC 3339, "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD" or a
// month alone, "YYYY-MM" (its first day: a page that shows only the month
// it was published), into UTC.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// Reason is one piece of evidence behind a classification or a merge: the
// field it supports, the rule that fired, and the text span it matched.
type Reason struct {
	Field  string  `json:"field"`
	Value  string  `json:"value,omitempty"`
	Rule   string  `json:"rule"`
	Span   string  `json:"span,omitempty"`
	Weight float64 `json:"weight,omitempty"`
}

// RuleVictimTitleForm is the rule of a classification reason that gives the
// headline's form of a victim whose full name the lead states ("l'hôpital
// de Corbeil-Essonnes" for "Centre hospitalier Sud Francilien"); the
// deduplicator files it as another name of the victim.
const RuleVictimTitleForm = "title:other_form_of_victim"

// Classification is the classifier's decision on one candidate. It uses the
// candidate's text, never the source's name.
type Classification struct {
	IsHealthCyberattack bool     `json:"is_health_cyberattack"`
	Score               float64  `json:"score"`
	Verdict             string   `json:"verdict"`
	AttackType          string   `json:"attack_type"`
	Sector              string   `json:"sector"`
	Country             *string  `json:"country"` // ISO 3166-1 alpha-2 or null
	Victim              string   `json:"victim"`
	ThreatActor         string   `json:"threat_actor"`
	RecordsAffected     *int64   `json:"records_affected"`
	IncidentDate        string   `json:"incident_date,omitempty"`   // YYYY-MM-DD when stated
	DisclosureDate      string   `json:"disclosure_date,omitempty"` // YYYY-MM-DD when stated
	CareDisruption      []string `json:"care_disruption,omitempty"` // e.g. ambulance_diversion
	DaysDisrupted       *int     `json:"days_disrupted,omitempty"`
	Reasons             []Reason `json:"reasons"`
	ModelVersion        string   `json:"model_version"`
}

// CountryCode returns the country or "" when unknown.
func (c Classification) CountryCode() string {
	if c.Country == nil {
		return ""
	}
	return *c.Country
}

// Classified is a candidate together with its classification: the line
// format of `citctl classify` and the payload of cit.classified.*.
type Classified struct {
	Candidate
	Classification *Classification `json:"classification,omitempty"`
}

// Victim is the organisation the report names as attacked: the
// classifier's victim, else the one a structured source stated.
func (c Classified) Victim() string {
	if c.Classification != nil && c.Classification.Victim != "" {
		return c.Classification.Victim
	}
	return c.Fields[FieldVictim]
}

// Assertion records that a source asserted a field's value at a time.
type Assertion struct {
	Value       string `json:"value"`
	CandidateID string `json:"candidate_id"`
	Source      string `json:"source"`
	At          string `json:"at"` // RFC 3339 or YYYY-MM-DD: the report's date
}

// SourceRef is one report linked to an incident.
type SourceRef struct {
	CandidateID string `json:"candidate_id"`
	Source      string `json:"source"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Published   string `json:"published"`
	Lang        string `json:"lang"`
	Victim      string `json:"victim,omitempty"`
}

// Incident statuses.
const (
	StatusActive  = "active"
	StatusMerged  = "merged"  // folded into another incident (MergedInto)
	StatusDeleted = "deleted" // withdrawn by an analyst
)

// Incident is one real attack, with every report linked to it. Each upsert
// carries the full current state and a Version that only grows, so a store
// keyed on (ID, Version) keeps the latest state however often it is delivered.
type Incident struct {
	ID              string                 `json:"incident_id"`
	Version         uint64                 `json:"version"`
	Status          string                 `json:"status"`
	MergedInto      string                 `json:"merged_into,omitempty"`
	Title           string                 `json:"title"`
	Victim          string                 `json:"victim"`
	VictimKey       string                 `json:"victim_key"`
	Organizations   []string               `json:"organizations,omitempty"` // victim keys of every affected organisation
	Country         string                 `json:"country"`
	Sector          string                 `json:"sector"`
	AttackType      string                 `json:"attack_type"`
	ThreatActor     string                 `json:"threat_actor"`
	RecordsAffected *int64                 `json:"records_affected"`
	IncidentDate    string                 `json:"incident_date,omitempty"`
	DisclosureDate  string                 `json:"disclosure_date,omitempty"`
	FirstSeen       string                 `json:"first_seen"`
	CreatedAt       string                 `json:"created_at"`
	UpdatedAt       string                 `json:"updated_at"`
	ClaimStatus     string                 `json:"claim_status"`
	CareDisruption  []string               `json:"care_disruption,omitempty"`
	Sources         []SourceRef            `json:"sources"`
	Provenance      map[string][]Assertion `json:"provenance,omitempty"`
	Confidence      float64                `json:"confidence"`
	Reasons         []Reason               `json:"reasons,omitempty"`
}

// Triage actions.
const (
	ActionConfirm = "confirm"
	ActionReject  = "reject"
	ActionMerge   = "merge"
	ActionSplit   = "split"
	ActionEdit    = "edit"
)

// TriageDecision is one analyst decision, published on cit.triage.decision
// and kept in the append-only triage log.
type TriageDecision struct {
	ID          string            `json:"id"`
	At          string            `json:"at"` // RFC 3339
	Actor       string            `json:"actor"`
	Action      string            `json:"action"`
	CandidateID string            `json:"candidate_id,omitempty"`
	IncidentID  string            `json:"incident_id,omitempty"`
	TargetID    string            `json:"target_id,omitempty"` // merge target incident
	Fields      map[string]string `json:"fields,omitempty"`    // edited values
	Reason      string            `json:"reason,omitempty"`
	Before      string            `json:"before,omitempty"` // JSON of the state before
	After       string            `json:"after,omitempty"`  // JSON of the state after
}

// RunReport is what one collection run found for one source.
type RunReport struct {
	RunID      string `json:"run_id"`
	Source     string `json:"source"`
	StartedAt  string `json:"started_at"`
	FinishedAt string `json:"finished_at"`
	Fetched    int    `json:"fetched"`
	New        int    `json:"new"`
	Unchanged  int    `json:"unchanged"`
	Errors     int    `json:"errors"`
	Error      string `json:"error,omitempty"`
	DurationMS int64  `json:"duration_ms"`
}
