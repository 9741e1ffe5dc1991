package geo

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/classify/text"
)

func TestTowns(t *testing.T) {
	t.Parallel()
	g := New()
	tests := []struct {
		text string
		want string // the town's span, "" for none
	}{
		// a place's contexts
		{"A Smithtown postal worker was arrested after he stole credit cards.", "Smithtown"},
		{"Hackers broke into a Merrimack movie theater's servers.", "Merrimack"},
		{"Fraud was traced to a restaurant in Vacaville, CA. The cause was a skimmer.", "Vacaville"},
		{"Spring Hill, Tenn., Hit with Ransomware Attack", "Spring Hill"},
		{"John Muir Health, the Walnut Creek-based hospital system, notified patients.", "Walnut Creek"},
		{"Ocala Police Department", "Ocala"},
		{"Leander School District", "Leander"},
		{"City of Visalia, Recreation Division", "Visalia"},
		{"University of Rochester Medical Center", "Rochester"},
		{"Complaints about fraudulent charges in the Branford area came from customers.", "Branford"},
		{"They were taken from an office in Alpharetta without the company's knowledge.", "Alpharetta"},
		// people's and firms' names, and names of other things
		{"Shock jock Howard Stern is jumping to satellite radio.", ""},
		{"Bethany Donaphin didn't have time to think.", ""},
		{"A minor working at a McDonald's drive-thru used a skimmer.", ""},
		{"A remote code execution flaw in Cisco WebEx leaves PCs open.", ""},
		{"Perry Dental", ""},
		{"Lakeview Regional Hospital", ""},
		{"Yale School of Medicine", ""},
		{"Central Hudson learned of a cyber attack.", ""},
		{"Cyber crime warning from Warwick company boss", ""}, // Warwick, England, is too large a namesake
		{"Locky attacks fell in Christmas week.", ""},         // a holiday
		{"Patients of Jackson were notified.", ""},            // bare: a place or a person
	}
	for _, tc := range tests {
		toks := text.Tokenize(tc.text)
		var got []string
		for _, m := range g.Towns(toks, tc.text, false) {
			if m.Code != "US" || m.Kind != KindTown {
				t.Errorf("%q: mention %+v, want a US town", tc.text, m)
			}
			got = append(got, m.Span)
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%q: towns %q, want none", tc.text, got)
		case tc.want != "" && (len(got) == 0 || got[0] != tc.want):
			t.Errorf("%q: towns %q, want %q first", tc.text, got, tc.want)
		}
	}
}

// TestTownsAbroad: a town of another country in the places its press
// gives one (after a preposition, as a dateline) gives that country; the
// same name elsewhere in a sentence, a name that is a common word of one of
// the languages ("Lens", "Ede") or a US place's ("Hastings") gives none.
func TestTownsAbroad(t *testing.T) {
	t.Parallel()
	g := New()
	for _, tc := range []struct{ text, span, code string }{
		{"Un virus informatique contamine le réseau de l'hôpital à Morlaix.", "Morlaix", "FR"},
		{"Morlaix : la messagerie de l'hôpital piratée", "Morlaix", "FR"},
		{"Flensburg. Ein Handballverein ist Opfer eines Hackerangriffs geworden.", "Flensburg", "DE"},
		{"O hospital, em Teresina, teve seus sistemas atingidos.", "Teresina", "BR"},
		{"Bij zorgorganisatie Twentezicht, met verpleeghuizen in Almelo, zijn gegevens buitgemaakt.", "Almelo", "NL"},
		{"El hospital comarcal de Vinaròs trabaja en papel.", "Vinaròs", "ES"},
		{"Almelo Stoffen BV kondigt nieuwe producten aan.", "", ""}, // a name's first word, no place's context
		{"A pharmacy in Lens was hit.", "", ""},                     // a common word
		{"A clinic in Hastings was hit.", "", ""},                   // a US place too
	} {
		toks := text.Tokenize(tc.text)
		ms := g.Towns(toks, tc.text, false)
		switch {
		case tc.span == "" && len(ms) > 0:
			t.Errorf("%q: towns %+v, want none", tc.text, ms)
		case tc.span != "" && (len(ms) == 0 || ms[0].Span != tc.span || ms[0].Code != tc.code):
			t.Errorf("%q: towns %+v, want %s (%s) first", tc.text, ms, tc.span, tc.code)
		}
	}
}

// TestProviderTowns: a US town opening a health provider's name, the
// weakest evidence of all, read only where nothing else places a report.
func TestProviderTowns(t *testing.T) {
	t.Parallel()
	g := New()
	tests := []struct {
		text string
		want string // the name's span, "" for none
	}{
		{"Tamaqua Valley Hospital", "Tamaqua Valley Hospital"},
		{"Ypsilanti Family Practice", "Ypsilanti Family Practice"},
		{"Ransomware locked the computer system of a Yakima Sleep Clinic for a week.", "Yakima Sleep"},
		{"Tupelo Hematology & Oncology Associates", "Tupelo Hematology"},
		{"Smithtown Savings Bank", ""},                                // no provider
		{"Central Hudson Hospital", ""},                               // part of a longer name
		{"Visalia Open Data Portal lists every hospital in town", ""}, // the provider word is not in the name
	}
	for _, tc := range tests {
		toks := text.Tokenize(tc.text)
		got := ""
		if ms := g.ProviderTowns(toks, tc.text, true); len(ms) > 0 {
			if ms[0].Code != "US" || ms[0].Kind != KindTown {
				t.Errorf("%q: mention %+v, want a US town", tc.text, ms[0])
			}
			got = ms[0].Span
		}
		if got != tc.want {
			t.Errorf("ProviderTowns(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTownsLeaveKnownPlacesToTheGazetteer(t *testing.T) {
	t.Parallel()
	g := New()
	// Houston is one of the hand-kept cities: the main lexicon finds it, the
	// town list does not find it twice; Paris is left to the gazetteer too.
	for _, s := range []string{"a breach in Houston, Texas", "a breach in Paris, Texas"} {
		if ms := g.Towns(text.Tokenize(s), s, false); len(ms) != 0 {
			t.Errorf("%q: towns %+v, want none (the gazetteer's own place)", s, ms)
		}
	}
	// every line of the embedded list is a plain name or a comment
	for line := range strings.Lines(usTowns) {
		if l := strings.TrimSpace(line); l == "" || !strings.HasPrefix(l, "#") && strings.ContainsAny(l, "\t,;") {
			t.Errorf("us_towns.txt: bad line %q", line)
		}
	}
}

func TestLouisianaParishes(t *testing.T) {
	t.Parallel()
	g := New()
	tests := []struct{ text, want string }{
		{"Cyber attack hits Jefferson Parish Courts", "Jefferson Parish"},
		{"St. Tammany Parish Hospital restores systems after attack", "St. Tammany Parish"},
		{"East Baton Rouge Parish schools hit by ransomware", "East Baton Rouge Parish"},
		{"The St. Mary's Parish newsletter was phished", ""}, // a church's parish
		{"Holy Trinity Parish reports a breach", ""},
	}
	for _, tc := range tests {
		var got string
		for _, m := range g.Find(text.Tokenize(tc.text), tc.text, true) {
			if m.Kind == KindCounty {
				got = m.Span
			}
		}
		if got != tc.want {
			t.Errorf("%q: parish %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDemonymsOfBusinessesAndGroups(t *testing.T) {
	t.Parallel()
	g := New()
	tests := []struct{ title, want string }{
		{"Hackers leak data of the Russian food delivery service Delivery Club", "RU"},
		{"Aldaco's Mexican Cuisine card breach", ""},             // a kitchen
		{"Chinese APT41 targets hospital", ""},                   // the attacker's
		{"Hackers steal 100 million US dollars from bridge", ""}, // a currency
	}
	for _, tc := range tests {
		got := ""
		if m, ok := Best(g.Find(text.Tokenize(tc.title), tc.title, true)); ok {
			got = m.Code
		}
		if got != tc.want {
			t.Errorf("%q: country %q, want %q", tc.title, got, tc.want)
		}
	}
}
