package statssvc

import (
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/google/uuid"
)

// STIX 2.1 export: hand-written structs for the few object types needed
// (the Go STIX libraries are not available here). Every id is a UUIDv5 of
// CIT's own key, so exporting the same incident twice yields the same STIX
// ids and MISP or OpenCTI update objects instead of duplicating them.

// stixNamespace is CIT's UUIDv5 namespace for STIX ids (fixed forever).
var stixNamespace = uuid.MustParse("6f0c7a52-3f1e-5d0b-9a43-0c1a7e4b2d11")

func stixID(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(stixNamespace, []byte(typ+":"+key)).String()
}

// stixTime formats a time as STIX wants it: UTC with milliseconds.
func stixTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// Bundle is a STIX 2.1 bundle.
type Bundle struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Objects []any  `json:"objects"`
}

// ExternalReference points at a source or at CIT's own record.
type ExternalReference struct {
	SourceName  string `json:"source_name"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
	Description string `json:"description,omitempty"`
}

// common holds the properties every STIX domain and relationship object has.
type common struct {
	Type          string   `json:"type"`
	SpecVersion   string   `json:"spec_version"`
	ID            string   `json:"id"`
	Created       string   `json:"created"`
	Modified      string   `json:"modified"`
	CreatedByRef  string   `json:"created_by_ref,omitempty"`
	Confidence    int      `json:"confidence,omitempty"`
	ObjectMarking []string `json:"object_marking_refs,omitempty"`
}

// Identity is an organisation: CIT itself or a victim.
type Identity struct {
	common
	Name          string   `json:"name"`
	IdentityClass string   `json:"identity_class"`
	Sectors       []string `json:"sectors,omitempty"`
	Description   string   `json:"description,omitempty"`
}

// Location is a country.
type Location struct {
	common
	Name    string `json:"name,omitempty"`
	Country string `json:"country"`
}

// ThreatActor is a named group claiming or attributed an attack.
type ThreatActor struct {
	common
	Name             string   `json:"name"`
	ThreatActorTypes []string `json:"threat_actor_types,omitempty"`
}

// Incident is one CIT incident; CIT's taxonomy goes in x_cit_ properties.
type Incident struct {
	common
	Name               string              `json:"name"`
	Description        string              `json:"description,omitempty"`
	ExternalReferences []ExternalReference `json:"external_references"`
	Labels             []string            `json:"labels,omitempty"`
	AttackType         string              `json:"x_cit_attack_type,omitempty"`
	Sector             string              `json:"x_cit_sector,omitempty"`
	ClaimStatus        string              `json:"x_cit_claim_status,omitempty"`
	RecordsAffected    *int64              `json:"x_cit_records_affected,omitempty"`
	IncidentDate       string              `json:"x_cit_incident_date,omitempty"`
	DisclosureDate     string              `json:"x_cit_disclosure_date,omitempty"`
	CareDisruption     []string            `json:"x_cit_care_disruption,omitempty"`
}

// Relationship links two objects.
type Relationship struct {
	common
	RelationshipType string `json:"relationship_type"`
	SourceRef        string `json:"source_ref"`
	TargetRef        string `json:"target_ref"`
}

// stixSector maps CIT sectors to STIX industry-sector-ov values.
func stixSector(s string) []string {
	if s == cit.SectorPharma {
		return []string{"healthcare", "pharmaceuticals"}
	}
	return []string{"healthcare"}
}

// STIXBundle turns incidents into a STIX 2.1 bundle: per incident an
// incident, its victim identity, its country and threat actor (shared
// between incidents) and the relationships between them, all created by a
// CIT identity. now dates the objects that have no date of their own.
func STIXBundle(incs []cit.Incident, now time.Time) Bundle {
	epoch := stixTime(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	author := Identity{common: common{Type: "identity", SpecVersion: "2.1", ID: stixID("identity", "cit"),
		Created: epoch, Modified: epoch}, Name: "CIT — Cyber Incident Tracer (health)", IdentityClass: "organization",
		Description: "Open tracer of cyberattacks against the health sector."}
	b := Bundle{Type: "bundle", ID: "bundle--" + uuid.New().String(), Objects: []any{author}}
	seen := map[string]bool{author.ID: true}
	add := func(id string, obj any) {
		if !seen[id] {
			seen[id] = true
			b.Objects = append(b.Objects, obj)
		}
	}
	base := func(typ, key, created, modified string) common {
		return common{Type: typ, SpecVersion: "2.1", ID: stixID(typ, key), Created: created, Modified: modified, CreatedByRef: author.ID}
	}
	rel := func(src, typ, dst, created, modified string) {
		r := Relationship{common: base("relationship", src+"|"+typ+"|"+dst, created, modified),
			RelationshipType: typ, SourceRef: src, TargetRef: dst}
		add(r.ID, r)
	}
	for _, in := range incs {
		created := stixStamp(in.CreatedAt, in.FirstSeen, now)
		modified := stixStamp(in.UpdatedAt, in.CreatedAt, now)
		if modified < created {
			modified = created
		}
		name := in.Title
		if name == "" {
			name = "Cyberattack on " + in.Victim
		}
		refs := []ExternalReference{{SourceName: "cit", ExternalID: in.ID}}
		for _, s := range in.Sources {
			if s.URL != "" {
				refs = append(refs, ExternalReference{SourceName: orDefault(s.Source, "report"), URL: s.URL, Description: s.Title})
			}
		}
		si := Incident{common: base("incident", in.ID, created, modified), Name: name,
			Description: stixDescription(in), ExternalReferences: refs, AttackType: in.AttackType, Sector: in.Sector,
			ClaimStatus: in.ClaimStatus, RecordsAffected: in.RecordsAffected, IncidentDate: in.IncidentDate,
			DisclosureDate: in.DisclosureDate, CareDisruption: in.CareDisruption}
		if in.AttackType != "" {
			si.Labels = []string{in.AttackType}
		}
		if in.Confidence > 0 {
			si.Confidence = min(100, max(1, int(in.Confidence*100+0.5)))
		}
		add(si.ID, si)
		if in.Victim != "" {
			key := orDefault(in.VictimKey, strings.ToLower(in.Victim))
			v := Identity{common: base("identity", "victim:"+key, epoch, epoch), Name: in.Victim,
				IdentityClass: "organization", Sectors: stixSector(in.Sector)}
			add(v.ID, v)
			rel(si.ID, "related-to", v.ID, created, modified)
			if in.Country != "" {
				rel(v.ID, "located-at", stixID("location", in.Country), epoch, epoch)
			}
			if in.ThreatActor != "" {
				rel(stixID("threat-actor", strings.ToLower(in.ThreatActor)), "targets", v.ID, created, modified)
			}
		}
		if in.Country != "" {
			l := Location{common: base("location", in.Country, epoch, epoch), Name: countryName(in.Country), Country: in.Country}
			add(l.ID, l)
			rel(si.ID, "related-to", l.ID, created, modified)
		}
		if in.ThreatActor != "" {
			a := ThreatActor{common: base("threat-actor", strings.ToLower(in.ThreatActor), epoch, epoch),
				Name: in.ThreatActor, ThreatActorTypes: []string{"crime-syndicate"}}
			add(a.ID, a)
			rel(si.ID, "related-to", a.ID, created, modified)
		}
	}
	return b
}

func stixDescription(in cit.Incident) string {
	var parts []string
	if in.Victim != "" {
		parts = append(parts, "Victim: "+in.Victim)
	}
	if in.AttackType != "" {
		parts = append(parts, "Attack type: "+in.AttackType)
	}
	if in.IncidentDate != "" {
		parts = append(parts, "Incident date: "+in.IncidentDate)
	}
	return strings.Join(parts, ". ")
}

// stixStamp picks the first parseable date, else now.
func stixStamp(a, b string, now time.Time) string {
	for _, s := range []string{a, b} {
		if t, ok := cit.ParseDate(s); ok && t.Year() > 1970 {
			return stixTime(t)
		}
	}
	return stixTime(now)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
