package textdate

import (
	"testing"
	"time"
)

// TestDateline: a page's own date on a line of its own is when it was
// published, a date the breach was known by, not the breach's date; and it
// dates a page that came without one (round 36).
func TestDateline(t *testing.T) {
	t.Parallel()
	text := "Northfield Health hit with data breach\n\nJanuary 2, 2022 GMT\n\nNORTHFIELD (AP) — The hospital system " +
		"said it suffered a data breach in October. The intruder gained access to its network on Oct. 15, 2021."
	spans := Find(text, time.Time{})
	p, ok := Primary(spans)
	if !ok || p.String() != "2021-10-15" {
		t.Errorf("Primary = %v %v, want 2021-10-15 (the dateline is no breach date); spans %v", p, ok, spans)
	}
	if d, ok := Published(spans); !ok || d.Format(time.DateOnly) != "2022-01-02" {
		t.Errorf("Published = %v %v, want 2022-01-02", d, ok)
	}
	for _, s := range []string{"Published: Aug. 3, 2016 10:41 am\nBanner Health was hacked.", "Jan 01, 2022 1:43 PM\nThe hospital said"} {
		if _, ok := Published(Find(s, time.Time{})); !ok {
			t.Errorf("%q: no dateline read", s)
		}
	}
	// a date in a sentence is no dateline
	in := Find("On January 2, 2022 a laptop was stolen from the clinic.", time.Time{})
	if _, ok := Published(in); ok {
		t.Errorf("a sentence's date read as a dateline: %v", in)
	}
	if p, ok := Primary(in); !ok || p.String() != "2022-01-02" {
		t.Errorf("Primary = %v %v, want 2022-01-02", p, ok)
	}
}
