package statssvc

import (
	"errors"
	"reflect"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
)

func testColumns() *columns {
	rec := int64(1200)
	c := newColumns()
	for _, v := range []store.FactVersion{
		{ID: "inc-b", Version: 2, Status: cit.StatusActive, Victim: "Clinic Alpha", Country: "FR", AttackType: cit.AttackRansomware,
			EventDate: 19000, IncidentDate: 19000, DisclosureDate: 19010, UpdatedAt: 1700000000, RecordsAffected: &rec},
		{ID: "inc-a", Version: 1, Status: cit.StatusActive, Victim: "clinic alpha", Country: "US", EventDate: 19005},
		{ID: "inc-c", Version: 1, Status: cit.StatusActive, Victim: "Berlin Hospital", Country: "DE", EventDate: 19005},
		{ID: "inc-d", Version: 3, Status: cit.StatusMerged, Victim: "Zeta", EventDate: 19001},
	} {
		c.apply(&v)
	}
	return c
}

// TestListOrder checks the cached sort orders: ascending and descending by
// a key, ties (same lower-cased victim, same date) always by id ascending,
// inactive slots left out, offsets counted over matching slots only.
func TestListOrder(t *testing.T) {
	c := testColumns()
	tests := []struct {
		sort          string
		desc          bool
		offset, limit int
		f             store.Filter
		want          []string
	}{
		{"victim", false, 0, 10, store.Filter{}, []string{"inc-c", "inc-a", "inc-b"}},
		{"victim", true, 0, 10, store.Filter{}, []string{"inc-a", "inc-b", "inc-c"}},
		{"date", true, 0, 10, store.Filter{}, []string{"inc-a", "inc-c", "inc-b"}},
		{"date", false, 1, 1, store.Filter{}, []string{"inc-a"}},
		{"incident", true, 0, 2, store.Filter{}, []string{"inc-c", "inc-b"}},
		{"victim", false, 1, 5, store.Filter{Country: "FR"}, nil},
		{"records", true, 0, 1, store.Filter{}, []string{"inc-b"}},
	}
	for _, tt := range tests {
		got, err := c.list(tt.f, tt.sort, tt.desc, tt.offset, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.ids, tt.want) {
			t.Errorf("list %s desc=%v offset=%d filter=%+v = %v, want %v", tt.sort, tt.desc, tt.offset, tt.f, got.ids, tt.want)
		}
	}
	// A change drops the orders: inc-a renamed sorts last by victim.
	c.apply(&store.FactVersion{ID: "inc-a", Version: 2, Status: cit.StatusActive, Victim: "Zulu", EventDate: 19005})
	if got, _ := c.list(store.Filter{}, "victim", false, 0, 10); !reflect.DeepEqual(got.ids, []string{"inc-c", "inc-b", "inc-a"}) {
		t.Errorf("after rename: %v", got.ids)
	}
}

// TestFill checks that a partial incident is completed from its slot, and
// refused when the slot holds another version, is not active, or is absent.
func TestFill(t *testing.T) {
	c := testColumns()
	rec := int64(1200)
	want := cit.Incident{ID: "inc-b", Version: 2, Title: "kept", Status: cit.StatusActive, Country: "FR",
		AttackType: cit.AttackRansomware, RecordsAffected: &rec, IncidentDate: "2022-01-08", DisclosureDate: "2022-01-18",
		UpdatedAt: "2023-11-14T22:13:20Z"}
	got := []cit.Incident{{ID: "inc-b", Version: 2, Title: "kept"}}
	if err := c.fill(got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("fill = %+v, want %+v", got[0], want)
	}
	if got := []cit.Incident{{ID: "inc-a", Version: 1}}; c.fill(got) != nil || got[0].RecordsAffected != nil || got[0].IncidentDate != "" {
		t.Errorf("unknown records and dates: %+v", got[0])
	}
	for _, in := range []cit.Incident{{ID: "inc-b", Version: 3}, {ID: "inc-d", Version: 3}, {ID: "inc-x", Version: 1}} {
		if err := c.fill([]cit.Incident{in}); !errors.Is(err, errStale) {
			t.Errorf("fill %s v%d = %v, want errStale", in.ID, in.Version, err)
		}
	}
}
