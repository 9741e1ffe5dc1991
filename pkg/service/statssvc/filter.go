package statssvc

import (
	"net/url"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/store"
)

// filterParams are the query parameters every endpoint accepts.
var filterParams = []string{"attack_type", "country", "sector", "from", "to"}

// parseFilter reads the filter parameters of a query. Dates are YYYY-MM-DD;
// the country is an ISO 3166-1 alpha-2 code in either case. An invalid value
// is reported as a *store.InvalidFilterError naming its parameter.
func parseFilter(q url.Values) (store.Filter, error) {
	var f store.Filter
	for _, p := range []struct {
		name string
		dst  *time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		v := strings.TrimSpace(q.Get(p.name))
		if v == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", v)
		if err != nil || t.Year() < 1970 || t.Year() > 2105 {
			return store.Filter{}, &store.InvalidFilterError{Param: p.name, Value: v, Why: "a date YYYY-MM-DD between 1970 and 2105"}
		}
		*p.dst = t
	}
	f.Country = strings.ToUpper(strings.TrimSpace(q.Get("country")))
	f.AttackType = strings.TrimSpace(q.Get("attack_type"))
	f.Sector = strings.TrimSpace(q.Get("sector"))
	if err := f.Validate(); err != nil {
		return store.Filter{}, err
	}
	return f, nil
}

// filterQuery renders a filter back into query parameters (only the set ones),
// in a fixed order: the normal form used for cache keys and links.
func filterQuery(f store.Filter) url.Values {
	q := url.Values{}
	if f.AttackType != "" {
		q.Set("attack_type", f.AttackType)
	}
	if f.Country != "" {
		q.Set("country", f.Country)
	}
	if f.Sector != "" {
		q.Set("sector", f.Sector)
	}
	if !f.From.IsZero() {
		q.Set("from", f.From.Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		q.Set("to", f.To.Format("2006-01-02"))
	}
	return q
}
