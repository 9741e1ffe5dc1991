package statssvc

import (
	"testing"

	"github.com/cit-health/cit/pkg/store"
)

func TestHeadline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   store.Summary
		want string
	}{
		{"empty", store.Summary{}, "No cyberattack on a health organisation matches these filters yet."},
		{"one", store.Summary{Incidents: 1, Organizations: 1, Countries: 1, Since: "2023-11-02",
			ByAttackType: map[string]uint64{"ddos": 1}},
			"Since November 2023, 1 health organisation across 1 country has been cyberattacked, including 1 DDoS attack."},
		{"ordered by count, unknown left out", store.Summary{Incidents: 9, Organizations: 12, Countries: 4, Since: "2020-01-31",
			ByAttackType: map[string]uint64{"data_breach": 2, "ransomware": 5, "unknown": 1, "malware": 2}},
			"Since January 2020, 12 health organisations across 4 countries have been cyberattacked, including 5 ransomware attacks, 2 malware attacks and 2 data breaches."},
		{"no date", store.Summary{Incidents: 2, Organizations: 2, Countries: 0, ByAttackType: map[string]uint64{"unknown": 2}},
			"2 health organisations across 0 countries have been cyberattacked."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Headline(tt.in); got != tt.want {
				t.Errorf("Headline(%+v)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
