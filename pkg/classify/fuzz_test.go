package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

func FuzzClassify(f *testing.F) {
	c := newTest(f)
	for _, s := range []string{
		"Hollywood Presbyterian Medical Center paid a $17,000 ransom; offline for 10 days.",
		"Cyberangriff auf das Universitätsklinikum Düsseldorf am 10. September 2020",
		"7 de marzo de 2011 1,2 millones de pacientes",
		"", "\xff\xfe", "2011 03 07 2011-03-07",
	} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		got := c.Classify(cit.Candidate{Title: title, Text: body, URL: body})
		if got.Score < 0 || got.Score > 1 || got.IsHealthCyberattack != (got.Verdict == cit.VerdictAccept) {
			t.Fatalf("inconsistent classification %+v", got)
		}
		if got.RecordsAffected != nil && *got.RecordsAffected <= 0 {
			t.Fatalf("records %d", *got.RecordsAffected)
		}
	})
}
