package dedup

import (
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
	"github.com/cit-health/cit/pkg/dedup/textdate"
)

// TestRound67SettlementOfStatedDays: a settlement page twenty months after
// a dental group's breach names the group without its kind ("Maple Street"
// for "Maple Street Dental Centers") and the breach as a run of days
// ("from February 17-22, 2023"), whose first day the first report stated:
// one incident (round 67; sentences of our own).
func TestRound67SettlementOfStatedDays(t *testing.T) {
	t.Parallel()
	e := NewEngine(Options{})
	e.Add(classified("n-1", "Maple Street Dental Centers notifies patients of data breach",
		"On February 17, 2023, an unauthorized actor accessed the network of Maple Street Dental Centers and stole patient files.",
		"2023-04-01", "Maple Street Dental Centers", "US", cit.AttackDataBreach), now)
	d := e.Add(classified("s-1", "Maple Street data breach settlement: how to claim",
		"Maple Street experienced a data security incident from February 17-22, 2023 that exposed patient data. Patients may claim up to $500.",
		"2024-10-09", "Maple Street", "US", cit.AttackDataBreach), now)
	if d.Action != ActionMerge {
		t.Errorf("%s, reasons %+v; want the settlement merged into the breach", d.Action, d.Reasons)
	}
}

func TestDayOfShortSpan(t *testing.T) {
	t.Parallel()
	day := func(m time.Month, d int) time.Time { return time.Date(2023, m, d, 0, 0, 0, 0, time.UTC) }
	run := textdate.Span{From: day(2, 17), To: day(2, 22), Day: true}
	for _, tt := range []struct {
		b    textdate.Span
		want bool
	}{
		{textdate.Span{From: day(2, 17), To: day(2, 17), Day: true}, true},
		{textdate.Span{From: day(2, 22), To: day(2, 22), Day: true}, true},
		{textdate.Span{From: day(2, 19), To: day(2, 19), Day: true}, false}, // a day inside names no end of it
		{textdate.Span{From: day(2, 1), To: day(2, 28)}, false},             // a month
	} {
		if got := dayOfShortSpan(run, tt.b); got != tt.want {
			t.Errorf("%v in %v: %v, want %v", tt.b, run, got, tt.want)
		}
	}
	if long := (textdate.Span{From: day(1, 1), To: day(3, 1), Day: true}); dayOfShortSpan(long, textdate.Span{From: day(1, 1), To: day(1, 1), Day: true}) {
		t.Error("a run of two months read as one breach's days")
	}
	if !orgname.SameButType("great expressions dental center", "great expressions") {
		t.Error(`"dental" read as part of the name`)
	}
}

// TestRound67RejectedSettlementPage: a settlement's undated page, which
// the classifier rejects for naming no attack, names the only incident of
// its distinctive name and a data security incident, no loss nor mailing:
// it joins that incident; a page of the same name on a lost laptop does not
// (round 67; sentences of our own).
func TestRound67RejectedSettlementPage(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		text       string
		wantMerged bool
	}{
		{"This case involves a data security incident against Brookfield Valley Behavioral Health's computer systems. " +
			"Class members may claim lost time and documented out-of-pocket losses.", true},
		{"This case involves a laptop stolen from a Brookfield Valley Behavioral Health employee's car.", false},
	} {
		e := NewEngine(Options{})
		e.Add(classified("a-1", "Ransomware attack hits Brookfield Valley Behavioral Health",
			"Hackers encrypted the servers of Brookfield Valley Behavioral Health and stole patient files.",
			"2024-05-02", "Brookfield Valley Behavioral Health", "US", cit.AttackRansomware), now)
		page := classified("s-1", "Brookfield Valley Behavioral Health Settlement - Frequently Asked Questions", tt.text,
			"", "Brookfield Valley Behavioral Health", "US", "")
		page.Classification.Verdict, page.Classification.IsHealthCyberattack, page.Classification.Score = cit.VerdictReject, false, 0.05
		d := e.Add(page, now)
		if merged := d.Action == ActionMerge; merged != tt.wantMerged {
			t.Errorf("%.40q: %s, reasons %+v; want merged %v", tt.text, d.Action, d.Reasons, tt.wantMerged)
		}
	}
}
