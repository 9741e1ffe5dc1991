package orgname

import "testing"

// TestRound53Foundation: a foundation is one in the languages read: "St.
// Elisabeth-Stiftung" and "St. Elisabeth Foundation" have one key (round
// 53, set X2).
func TestRound53Foundation(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"St. Elisabeth-Stiftung", "Fondation St Elisabeth", "Stichting St. Elisabeth", "Fundación Saint Elisabeth"} {
		got, want := Words(name), Words("St. Elisabeth Foundation")
		if len(got) != len(want) {
			t.Errorf("Words(%q) = %v, want the words of %v", name, got, want)
			continue
		}
		for _, w := range want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("Words(%q) = %v lacks %q", name, got, w)
			}
		}
	}
}
