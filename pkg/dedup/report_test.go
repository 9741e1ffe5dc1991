package dedup

import (
	"slices"
	"testing"
)

func TestSplitOrganisations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"SynerMed, Inland Valleys IPA, Inland Empire Health Plan", []string{"SynerMed", "Inland Valleys IPA", "Inland Empire Health Plan"}},
		{"SynerMed / Inland Valleys IPA", []string{"SynerMed", "Inland Valleys IPA"}},
		{"Rhinebeck Health Center/Center for Progressive Medicine", []string{"Rhinebeck Health Center", "Center for Progressive Medicine"}},
		{"Texas Children's Hospital and Baylor College of Medicine", []string{"Texas Children's Hospital", "Baylor College of Medicine"}},
		{"Portal Healthcare Solutions, Glens Falls Hospital", []string{"Portal Healthcare Solutions", "Glens Falls Hospital"}},
		{"DeKalb Medical Center, Inc. d/b/a DeKalb Medical Hillandale", []string{"DeKalb Medical Center", "DeKalb Medical Hillandale"}},
		{"Summit Medical Group, Emory Family Practice, Fountain City Family Physicians", []string{"Summit Medical Group", "Emory Family Practice", "Fountain City Family Physicians"}},
		// one organisation
		{"Goodwill Industries of Greater Grand Rapids, Inc.", nil},
		{"Ochsner Medical Center, New Orleans", nil},
		{"Department of Health and Human Services", nil},
		{"Brigham and Women's Hospital", nil},
		{"Johns Hopkins Hospital and Health System", nil},
		{"Connextions c/o Anthem BCBS", nil},
		{"Acme Regional Hospital", nil},
	}
	for _, tt := range tests {
		if got := splitOrganisations(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitOrganisations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
