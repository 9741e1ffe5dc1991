package htmltext

import "testing"

// TestDropCaptions: a line closed by a photo credit goes, and a credit
// on a line of its own takes the caption above it; the story stays, and a
// long paragraph that ends in a credit is no caption.
func TestDropCaptions(t *testing.T) {
	t.Parallel()
	long := "The hospital said the attack, first detected on Saturday, disrupted its systems for days and forced staff " +
		"to return to paper records while investigators worked with outside experts to restore the network, which " +
		"took far longer than anyone had hoped and cost the hospital dearly in lost revenue and overtime for its " +
		"staff across every one of its departments (Reuters)"
	for _, tc := range []struct{ in, want string }{
		{"Story one.\nNurses at work in Lakeshore Hospital. (photo credit: REUTERS/JANE DOE)\nStory two.", "Story one.\nStory two."},
		{"Story one.\nNurses at work in Lakeshore Hospital.\n(photo credit: REUTERS/JANE DOE)\n\nStory two.", "Story one.\n\nStory two."},
		{"Story one.\nUne cyberattaque coûte cher à un hôpital © Jean Dupont / Shutterstock\nStory two.", "Story one.\nStory two."},
		{"Story one.\n" + long + "\nStory two.", "Story one.\n" + long + "\nStory two."},
		{"No caption (none here).", "No caption (none here)."},
		{"Story one.\nA programmer shows ransomware on a laptop in Taipei, 13 May, 2017. EPA/RITCHIE B. TONGO\nStory two.", "Story one.\nStory two."},
		{"Hospital hit by ransomware in Allentown, PA/Lehigh Valley", "Hospital hit by ransomware in Allentown, PA/Lehigh Valley"},
		{"A caption alone (photo credit: REUTERS/JANE DOE)", "A caption alone (photo credit: REUTERS/JANE DOE)"},
	} {
		if got := DropCaptions(tc.in); got != tc.want {
			t.Errorf("DropCaptions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
