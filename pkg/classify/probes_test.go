package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// probe is a report written by hand in the style of a source for the years
// the dev data leaves out (HHS descriptions after 2013, PRC records after
// 2013, EuRepoC incidents after 2021, other health-news feeds, AG News rows
// and CASIE years) or of the press in the seven languages, with the
// decision a reader gives it and, for some, the country, attack type and
// victim the source's labelling rules would give. Rounds 6 to 10 of the
// classifier (docs/classifier.md) were driven by them. A probe the
// classifier still gets wrong carries a known_limit saying why; it is
// reported, not failed, and the count of known limits may not grow.
type probe struct {
	ID             string          `json:"id"`
	Style          string          `json:"style"`
	Lang           string          `json:"lang"` // "en" when empty
	Title          string          `json:"title"`
	Text           string          `json:"text"`
	WantAccept     *bool           `json:"want_accept"`
	WantCountry    *string         `json:"want_country"`     // "" for no country
	WantAttackType *string         `json:"want_attack_type"` // the taxonomy's names; "account_compromise_phishing" reads account_compromise
	WantVictim     *string         `json:"want_victim"`      // a case-insensitive part of the victim
	WantRecords    json.RawMessage `json:"want_records"`     // a count, or null for none
	KnownLimit     string          `json:"known_limit"`
}

// maxKnownLimits is the number of probes marked known_limit (end of round 11).
const maxKnownLimits = 280

// mismatches lists how a classification differs from what the probe wants.
func (p probe) mismatches(got cit.Classification) []string {
	var out []string
	if p.WantAccept != nil && got.IsHealthCyberattack != *p.WantAccept {
		out = append(out, fmt.Sprintf("verdict %s (score %.3f), want accept %v", got.Verdict, got.Score, *p.WantAccept))
	}
	if p.WantCountry != nil {
		country := ""
		if got.Country != nil {
			country = *got.Country
		}
		if country != *p.WantCountry {
			out = append(out, fmt.Sprintf("country %q, want %q", country, *p.WantCountry))
		}
	}
	if p.WantAttackType != nil {
		want := strings.TrimSuffix(*p.WantAttackType, "_phishing")
		if got.AttackType != want {
			out = append(out, fmt.Sprintf("attack type %q, want %q", got.AttackType, want))
		}
	}
	if p.WantVictim != nil && !strings.Contains(strings.ToLower(got.Victim), strings.ToLower(*p.WantVictim)) {
		out = append(out, fmt.Sprintf("victim %q, want one holding %q", got.Victim, *p.WantVictim))
	}
	if len(p.WantRecords) > 0 {
		var want *int64
		if err := json.Unmarshal(p.WantRecords, &want); err != nil {
			out = append(out, fmt.Sprintf("want_records %s: %v", p.WantRecords, err))
		} else if (want == nil) != (got.RecordsAffected == nil) || (want != nil && *want != *got.RecordsAffected) {
			out = append(out, fmt.Sprintf("records %s, want %s", countString(got.RecordsAffected), countString(want)))
		}
	}
	return out
}

// countString prints a count or its absence.
func countString(n *int64) string {
	if n == nil {
		return "none"
	}
	return fmt.Sprint(*n)
}

// TestProbes checks every hand-written probe: a health cyberattack must be
// accepted, anything else (lost devices, commentary, vulnerability news,
// violence, infections, attacks outside health) must not be, and the
// fields a probe states must come out as stated.
func TestProbes(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/probes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := newTest(t)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	n, limits := 0, 0
	for sc.Scan() {
		var p probe
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("probe %d: %v", n+1, err)
		}
		n++
		if p.WantAccept == nil && p.WantCountry == nil && p.WantAttackType == nil && p.WantVictim == nil && len(p.WantRecords) == 0 {
			t.Errorf("%s: a probe that wants nothing", p.ID)
		}
		lang := p.Lang
		if lang == "" {
			lang = "en"
		}
		got := c.Classify(cit.Candidate{ID: p.ID, Title: p.Title, Text: p.Text, Lang: lang})
		miss := p.mismatches(got)
		switch {
		case p.KnownLimit != "":
			limits++
			if len(miss) == 0 {
				t.Errorf("%s (%s) %q: marked known_limit (%s) but now right: drop the mark", p.ID, p.Style, p.Title, p.KnownLimit)
			} else {
				t.Logf("known limit %s: %s (%s)", p.ID, strings.Join(miss, "; "), p.KnownLimit)
			}
		case len(miss) > 0:
			t.Errorf("%s (%s) %q: %s", p.ID, p.Style, p.Title, strings.Join(miss, "; "))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 200 {
		t.Fatalf("read %d probes, want the whole file", n)
	}
	if limits > maxKnownLimits {
		t.Errorf("%d probes marked known_limit, at most %d", limits, maxKnownLimits)
	}
}
