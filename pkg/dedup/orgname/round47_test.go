package orgname

import "testing"

// TestRound47ShortName: one word of four or five letters names an
// organisation of its own ("bayer", "bupa", "ummc"), but not a generic
// word, a longer or spaced key, nor the abbreviation of a kind of health
// body that many share ("ausl", "ulss") (round 47).
func TestRound47ShortName(t *testing.T) {
	t.Parallel()
	for key, want := range map[string]bool{
		"bayer": true, "merck": true, "bupa": true, "ummc": true,
		"care": false, "ausl": false, "ulss": false, "asst": false, "aep": false, "helios": false, "asl 3": false, "asl5": false,
	} {
		if got := ShortName(key); got != want {
			t.Errorf("ShortName(%q) = %v, want %v", key, got, want)
		}
	}
}
