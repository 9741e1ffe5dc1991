package htmltext

import "testing"

func TestMarkup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`<div dir="ltr">A cyber attack hit the hospital.<br><br>Surgeries were postponed.</div>`, true},
		{"<p>One</p>", true},
		{"Fewer than <5,000 records, and >2 sites were hit.", false},
		{"The <b> tag alone", false},
		{"Plain text, no markup at all.", false},
	} {
		if got := Markup(tc.in); got != tc.want {
			t.Errorf("Markup(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestToText(t *testing.T) {
	t.Parallel()
	in := `<div dir="ltr"><a href="https://x.example/a">https://x.example/a</a><br><div><br></div><div>A cyber attack hit ` +
		`part of New Zealand&#39;s health service.<br><br>The attack brought down the network.<script>var a=1;</script></div></div>`
	want := "https://x.example/a\nA cyber attack hit part of New Zealand's health service.\nThe attack brought down the network."
	if got := ToText(in); got != want {
		t.Errorf("ToText =\n%q\nwant\n%q", got, want)
	}
	if got := ToText("  plain   text \n\n second line "); got != "plain text\nsecond line" {
		t.Errorf("plain text: %q", got)
	}
}
