package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
)

// Example is one labelled item of the dev data (../shared/data/dev.jsonl):
// a candidate, its labels (nil where the source gives none) and the
// low-text flag of structured-only records.
type Example struct {
	cit.Candidate
	Label struct {
		IsHealthCyberattack *bool   `json:"is_health_cyberattack"`
		AttackType          *string `json:"attack_type"`
		Country             *string `json:"country"`
		Victim              *string `json:"victim"`
		RecordsAffected     *int64  `json:"records_affected"`
	} `json:"label"`
	Meta struct {
		LowText          bool     `json:"low_text"`
		PRCBreach        string   `json:"prc_type_of_breach"`
		PRCOrg           string   `json:"prc_type_of_organization"`
		HHSBreach        string   `json:"hhs_type_of_breach"`
		EuRepoCSubcode   any      `json:"eurepoc_receiver_category_subcode"`
		EuRepoCID        any      `json:"eurepoc_id"`
		CASIEActualTypes []string `json:"casie_actual_attack_subtypes"`
		CASIEEventTypes  any      `json:"casie_event_types"`
	} `json:"meta"`
}

// ReadExamples reads JSON Lines of labelled items.
func ReadExamples(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var e Example
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			return nil, fmt.Errorf("read example line %d: %w", n, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read examples: %w", err)
	}
	return out, nil
}

// HeldOut reports whether an item belongs to the held-out split, fixed
// before any tuning: FNV-1a 64 of its id, modulo 4, equals 0 (about a
// quarter of the items). Training and threshold tuning never see these.
func HeldOut(id string) bool {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()%4 == 0
}

// Scored reports whether an item counts for is_health_cyberattack metrics:
// its label is set and it is not a structured-only (low-text) record.
func (e Example) Scored() bool { return e.Label.IsHealthCyberattack != nil && !e.Meta.LowText }

// TextOnly returns the candidate as a news collector would give it: the
// contract fields only (no structured Fields, no source country), so that
// metrics measure the text classifier.
func (e Example) TextOnly() cit.Candidate {
	c := e.Candidate
	c.Fields = nil
	c.SourceCountry = ""
	return c
}

// auxLabels derives the two halves of the label from the sources' raw
// categories in meta (training only; never seen by Classify): is the report
// about a cyberattack at all, and is the target a health organisation.
// nil means unknown. Source names are used here only to read each source's
// own categories.
func (e Example) auxLabels() (cyber, health *bool) {
	t, f := true, false
	main := e.Label.IsHealthCyberattack
	m := e.Meta
	switch {
	case m.PRCBreach != "":
		switch m.PRCBreach {
		case "HACK":
			cyber = &t
		case "PHYS", "PORT", "DISC", "STAT", "CARD":
			cyber = &f
		}
		if m.PRCOrg == "MED" {
			health = &t
		} else if main != nil {
			health = &f
		}
	case m.HHSBreach != "" || strings.HasPrefix(e.ID, "hhs:"):
		health = &t
		bt := m.HHSBreach
		switch {
		case strings.Contains(bt, "Hacking"):
			cyber = &t
		case bt != "" && !strings.Contains(bt, "Unauthorized") && !strings.Contains(bt, "Other") && !strings.Contains(bt, "Unknown"):
			cyber = &f
		}
	case m.EuRepoCID != nil:
		cyber = &t
		if main != nil {
			health = main
		}
	case m.CASIEEventTypes != nil:
		if len(m.CASIEActualTypes) > 0 {
			cyber = &t
		} else {
			cyber = &f
		}
	case main != nil && !*main:
		// general and health news: not about a cyberattack
		cyber = &f
		if strings.HasPrefix(e.Source, "ag_news") {
			health = &f
		}
	}
	return cyber, health
}
