package evalset

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/dedup"
)

func TestPairwise(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		pred, gold []string
		wantP      float64
		wantR      float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"one false merge", []string{"a", "a", "a"}, []string{"x", "x", "y"}, 1.0 / 3, 1},
		{"one missed pair", []string{"a", "b", "c"}, []string{"x", "x", "y"}, 1, 0},
	}
	for _, tt := range tests {
		got := Pairwise(tt.pred, tt.gold)
		if got.Precision != tt.wantP || got.Recall != tt.wantR {
			t.Errorf("%s: P=%.3f R=%.3f, want P=%.3f R=%.3f", tt.name, got.Precision, got.Recall, tt.wantP, tt.wantR)
		}
	}
}

// dataDir is ../shared/data from the repository root.
func dataDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(dir, "dev.jsonl")); err != nil {
		t.Skipf("dev set not found at %s (it lives next to the repository as ../shared/data): %v", dir, err)
	}
	return dir
}

// devItems reads the dev items that carry a gold incident key.
func devItems(t *testing.T) []Item {
	t.Helper()
	return readItems(t, filepath.Join(dataDir(t), "dev.jsonl"))
}

// readItems reads the labelled items of a file in dev.jsonl's format.
func readItems(t *testing.T, path string) []Item {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// floor is the least pairwise F1 and recall a split must score.
type floor struct {
	name          string
	items         []Item
	minF1, minRec float64
}

func checkFloors(t *testing.T, floors []floor) {
	t.Helper()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, fl := range floors {
		pred, _ := Run(fl.items, dedup.DefaultOptions(), now)
		s := Pairwise(pred, Golds(fl.items))
		t.Logf("%s: %+v", fl.name, s)
		if s.F1 < fl.minF1 || s.Recall < fl.minRec {
			t.Errorf("%s: F1 %.3f recall %.3f, want at least %.2f and %.2f", fl.name, s.F1, s.Recall, fl.minF1, fl.minRec)
		}
	}
}

// TestDevSetRegression guards the pairwise scores measured on dev.jsonl
// (docs/dedup.md, round 6: tune F1 0.860 recall 0.979, held-out 0.837 /
// 0.947, all 0.740 / 0.970). The floors sit a little under the measured
// figures; the labels link only PRC–HHS pairs of one exact name, so true
// duplicates inside one registry, name variants, joint notices and supplier
// incidents count as false merges and cap precision (the 14 "false" merges
// of the tuning split are the same breach when read). Round 14 dropped the
// professional form "PSC" from names, which joined one more such pair
// ("Ortho Montana, PSC" and "OrthoMontana": one lost laptop, 37,000 patients,
// filed 31 days apart): tune F1 0.844 → 0.836. Round 16 keys a name
// without the abbreviation written after it, which joins two more: "Oregon
// Health & Science University (OHSU)" (PRC, its patient lists in Google's
// cloud, 2013-07-29) to OHSU's HHS filing of the day before, and "Hope
// Community Resources (HCR)" to "Hope Community Resources, Inc." (one email
// sent to supporters with clients' health information): tune 0.836 → 0.821,
// all 0.727 → 0.707. Round 17 reads a registry's second name in brackets
// ("Dominion National (Dominion Dental Services)") as an alias, which joins
// one more pair across the two splits (not read: half of it is held out):
// all 0.703 → 0.699. Round 29 matches a regulator's filing and a
// chronology's entry (rows without a page) automatically only under the
// registries' own rule, the one the labels follow (the same name, at most
// 30 days apart, counts within 10%); the pairs above go to review with
// their partner as the first candidate: tune 0.821 → 0.928, held-out 0.837
// → 0.900, all 0.699 → 0.840. Round 30 compares the names as written
// (orgname.Written) and sends two rows of one chronology telling different
// stories to review: tune 0.928 → 0.957, held-out 0.900, all 0.840 →
// 0.869; the tuning and all-items floors rise to 0.93 and 0.85.
func TestDevSetRegression(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("reads 10 MiB of dev data")
	}
	items := devItems(t)
	tune, held := Split(items)
	checkFloors(t, []floor{{"tune", tune, 0.93, 0.95}, {"held-out", held, 0.88, 0.90}, {"all", items, 0.85, 0.95}})
}

// TestDevSetRegressionClassified is TestDevSetRegression as the pipeline
// runs it: every report classified first, its classification (victim,
// country, records, attack type) fed with it (docs/dedup.md, round 6: tune
// F1 0.852 recall 0.979, held-out 0.864 / 1.000, all 0.722 / 0.985). The
// all-items run is left to eval -classify: under -race it alone takes
// minutes. The tuning floor is 0.81 since round 11: the count now read from
// "a database of 708 names" joins the University of Louisville's PRC entry
// to its HHS filing of the day before, a true duplicate that the labels'
// exact-name rule leaves apart (one more "wrong" pair). It is 0.80 since
// round 12: a registry title "X d/b/a Y" now names both, so "DeKalb Medical
// Center, Inc. d/b/a DeKalb Medical Hillandale" joins PRC's "DeKalb Medical
// - Hillandale" of the next day, the same theft under its trade name. Round
// 14's "PSC" suffix joins "Ortho Montana, PSC" to "OrthoMontana" (one lost
// laptop, 31 days apart): tune F1 0.807 → 0.800. Round 16's names without
// their bracketed abbreviation join the two pairs TestDevSetRegression
// names: 0.800 → 0.786. Round 20's filing dates ("reported … to HHS on
// June 23, 2017" is the filing's day, not the breach's) join "Stephen
// Haggard, DPM Podiatry" to PRC's "Office of Dr. Stephen Haggard, DPM
// Podiatry" (one safe stolen on March 4, 2012): 0.786 → 0.780 (0.7797).
// Round 29's registry rule (see TestDevSetRegression) sends those pairs to
// review: tune 0.773 → 0.918, held-out 0.864 → 0.905. Round 30's (see
// TestDevSetRegression): tune 0.918 → 0.968, held-out 0.905 → 0.927; the
// tuning floor rises to 0.94.
func TestDevSetRegressionClassified(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("reads 10 MiB of dev data")
	}
	items := devItems(t)
	c, err := classify.New(classify.Options{})
	if err != nil {
		t.Fatal(err)
	}
	Classify(items, c)
	tune, held := Split(items)
	checkFloors(t, []floor{{"tune", tune, 0.94, 0.95}, {"held-out", held, 0.88, 0.95}})
}

func TestCrossSourceFixture(t *testing.T) {
	f, err := os.Open(filepath.Join(dataDir(t), "fixtures", "cross_source_candidates_hhs_vs_ransomwatch.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pairs, err := ReadCrossSource(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 36 {
		t.Fatalf("read %d pairs, want 36", len(pairs))
	}
	p := pairs[0]
	if p.Leak.Fields["threat_actor"] == "" || p.Filing.Fields["records_affected"] == "" || p.Leak.Published == "" {
		t.Errorf("first pair lacks fields: %+v", p)
	}
}

// TestWrittenReports runs reports written for the years and the sources
// the dev data leaves out (docs/dedup.md, round 9), classified first as the
// pipeline runs them:
//   - testdata/written_registry_pairs.jsonl: 130 registry entries in the
//     style of PRC and HHS for 2014–2018 (35 breaches filed with both
//     registries under the same or a varied name, 15 organisations with two
//     different breaches, look-alike names). Measured: precision 1.000,
//     recall 0.860; the misses are names that differ after a shared first
//     word, sent to review, and names of generic words.
//   - testdata/written_cross_source.jsonl: 127 reports of health incidents
//     of 2022–2024 (press in six languages, leak posts and HHS rows as the
//     collectors write them, supplier attacks, second attacks, look-alikes).
//     Measured: precision 1.000, recall 0.457 (0.471 after round 10);
//     reports that name only a supplier's clients, names across languages,
//     gangs' domains and reviews that open their own incident are the
//     misses the docs list.
//   - testdata/written_cross_source_r10.jsonl (round 10): 129 reports of 41
//     incidents of 2019–2025 not in the set above, with follow-ups years
//     later, look-alikes abroad and three supplier attacks. Measured after
//     the round's fixes: precision 1.000, recall 0.417 (0.487 after round
//     13's press follow-ups).
//   - testdata/written_registry_pairs_r10.jsonl (round 10): 143 PRC and
//     HHS entries of 2015–2019, 48 breaches filed with both. Measured after
//     the round's fixes: precision 1.000, recall 0.938 (0.958 after the
//     fourth wave).
//   - testdata/written_registry_pairs_r10b.jsonl (round 10, fourth wave):
//     130 PRC and HHS entries of 2014–2019, 40 breaches filed with both,
//     with all-caps names, the export's mojibake, d/b/a names, parents'
//     names and state agencies' abbreviations. Written: precision 0.966,
//     recall 0.700; after: precision 0.971, recall 0.850 (0.825 at the
//     round's end, 0.850 again after round 11, 0.875 after round 12). The wrong merge
//     is two Mercy Medical Centers whose HHS row names no place: the HHS
//     collector's State field places it, but dev-format items carry none.
//   - testdata/written_leak_filings_r10.jsonl (round 10, fifth wave): 125
//     leak posts (as ransomwatch records them), HHS hacking filings 1–6
//     months later (through the real collectors) and press reports of 45
//     incidents of 2022–2024, with 21 decoys. Written: precision 1.000,
//     recall 0.676; after: precision 1.000, recall 0.743 (0.770 after
//     round 11's classifier changes, 0.824 after round 12's short and
//     truncated leak-site names, 0.851 once domains of initials and cut
//     words are looked up).
//   - testdata/written_registry_pairs_r12.jsonl (round 12): 137 PRC and
//     HHS entries of 2014–2019, 45 breaches filed with both (13 of them
//     under name variants, a d/b/a, 48 days apart or counts 29% apart,
//     which the dev labels' rule would leave apart) and 47 hard singles
//     (second breaches, look-alike names, a vendor's breach filed by
//     several entities). 51 items restate breaches of the earlier sets in
//     new words. Written: precision 0.975, recall 0.867; after the round's
//     d/b/a names and the other dates a filing states: 0.977 and 0.933
//     (0.956 after round 13).
//   - testdata/written_cross_source_r12.jsonl (round 12): 129 reports of
//     41 incidents of 2021–2025 not in the sets above (press in seven
//     languages, leak posts, HHS filings) and 15 decoys. Written:
//     precision 1.000, recall 0.405; after the round's last changes 1.000
//     and 0.423 (0.459 after round 13's press follow-ups: abbreviations,
//     short towns, elided articles, supplier claims). Most misses start in
//     the classifier's victim (a place, a descriptor, a group's first
//     hospital, none for "X restores …").
//   - testdata/written_registry_pairs_r13.jsonl (round 13): 147 PRC and
//     HHS entries of 2014–2019 by a new writer, 45 breaches filed with both
//     (13 under variants the dev labels' rule leaves apart) and 53 hard
//     singles (second breaches, look-alikes in other states, a vendor's
//     breach filed by several entities). Written: precision 0.977, recall
//     0.824; after reading "in downtown Houston" as a town: 1.000 and 0.824.
//     The misses are parents and members, and the vendor's clients.
//   - testdata/written_cross_source_r13.jsonl (round 13): 127 reports of 42
//     incidents of 2020–2025 and 14 decoys, by a new writer. Written:
//     precision 1.000, recall 0.245; after this round's follow-up changes
//     (settlements naming the attack's month, towns in compounds, victims
//     with particles, places opening a leak post's name) 1.000 and 0.330.
//     Most misses start in the classifier's victim or country.
//   - testdata/written_registry_pairs_r14.jsonl (round 14): 147 PRC and
//     HHS entries of 2014–2019 by a new writer, 45 breaches filed with both
//     (13 under variants the dev labels' rule leaves apart), a vendor's
//     breach filed by two clients, and 54 singles. Written: precision
//     0.935, recall 0.896; after the round's fixes ("Chartered" and "PSC"
//     as legal forms, "a Minnesota counseling center" and "an Ocala family
//     practice" as places): 0.978 and 0.917; 1.000 and 0.917 once reports
//     placed in two states or towns go to an analyst however alike the rest
//     (one name in Macon and in Ocala, 14 days apart, which the dev labels'
//     rule links).
//   - testdata/written_registry_pairs_r15.jsonl (round 15): 149 PRC and
//     HHS entries of 2014–2019 by a new writer, 42 breaches filed with both,
//     10 reported three or more times (business associates' breaches filed
//     by each client, PRC updates) and 37 hard singles. Written: precision
//     0.979, recall 0.691; after the round's fixes (when a breach began is
//     no date of its discovery, "Associates" a registry adds, a count
//     revised upwards): 0.980 and 0.735. The wrong merge is two
//     "Springfield" pediatric practices six days apart.
//   - testdata/written_cross_source_r15.jsonl (round 15): 124 reports of 43
//     incidents of 2020–2025 (press in seven languages, leak posts and HHS
//     rows reshaped as the collectors write them) with 8 decoys, by a new
//     writer. Written: precision 1.000, recall 0.381; after the round's
//     classifier and follow-up changes: 1.000 and 0.403.
//   - testdata/written_registry_pairs_r15b.jsonl (round 15, second stage,
//     written after the first stage's fixes): 146 PRC and HHS entries of
//     2014–2019, 43 breaches filed with both, 8 reported three times, 36
//     hard singles. Precision / recall on the round's starting code 0.980
//     / 0.716, after the first stage (before the set was read) 0.980 /
//     0.746, after reading it ("Mtn." and "Labs") 0.981 / 0.791.
//   - testdata/written_cross_source_r15b.jsonl (round 15, second stage):
//     120 reports of 43 incidents of 2019–2025 (a third of the press in six
//     other languages, leak posts and HHS rows in the collectors' shapes)
//     with 13 decoys. 1.000 / 0.256 on the round's starting code, 1.000 /
//     0.306 after the first stage (before the set was read), 1.000 / 0.364
//     at the round's end (a title's town hospital named in full, "U." as
//     University).
//   - testdata/written_registry_pairs_r16.jsonl and
//     written_cross_source_r16.jsonl (round 16, first stage): 129 PRC and
//     HHS entries of 2014–2019 (63 pairs) and 132 reports of 41 incidents
//     of 2020–2025. 1.000 / 0.492 and 1.000 / 0.518 on the round's starting
//     code, 1.000 / 0.603 and 1.000 / 0.529 at its end (bracketed
//     abbreviations, short names and places as aliases or notes, "on
//     behalf of").
//   - testdata/written_registry_pairs_r16b.jsonl and
//     written_cross_source_r16b.jsonl (round 16, second stage, written after
//     the first stage's fixes): 135 entries and 135 reports of 44
//     incidents. 1.000 / 0.429 and 1.000 / 0.423 on the round's starting
//     code, 0.476 and 0.417 before they were read, 0.540 and 0.429 at the
//     end (places in brackets, subsidiaries, practitioners).
//   - testdata/written_registry_pairs_r16c.jsonl (round 16, third stage):
//     120 entries, 45 pairs in the forms registries write one name. 1.000 /
//     0.778 on the round's starting code, 0.800 before it was read, 0.844 at
//     the end (a practitioner and her practice).
//   - testdata/written_registry_pairs_r17.jsonl and
//     written_cross_source_r17.jsonl (round 17, first stage): 130 PRC, HHS
//     and attorney-general entries of 2014–2020 (59 pairs) and 137 reports of
//     60 incidents of 2020–2026 in nine languages. 1.000 / 0.746 and 0.939 /
//     0.246 on the round's starting code; 1.000 / 0.780 and 1.000 / 0.294 at
//     its end (a registry's second name in brackets, "USA", both known by
//     one day; laboratories' kind words; a further attack that recalls the
//     earlier one's month).
//   - testdata/written_registry_pairs_r17b.jsonl and
//     written_cross_source_r17b.jsonl (round 17, second stage, written after
//     the first stage's fixes): 134 entries and 136 reports of 58 incidents.
//     1.000 / 0.722 and 1.000 / 0.264 on the round's starting code and before
//     they were read, 0.764 and 0.302 at the end (one-word second names,
//     defined names with a kind word more, places that are no victims).
//   - testdata/written_registry_pairs_r17c.jsonl (round 17, third stage):
//     130 entries, 55 pairs. 1.000 / 0.691 on the round's starting code,
//     before it was read and at the end: two entities of one system filing
//     apart, a practice under its doctor's name, a brand for a legal name.
//   - testdata/written_registry_pairs_r18.jsonl and
//     written_cross_source_r18.jsonl (round 18): 142 HHS and PRC entries of
//     2014–2019 (47 incidents filed with both, 46 distractors) and 136
//     reports of 45 incidents of 2019–2025 (leak posts, HHS rows and press in
//     seven languages). 1.000 / 0.808 and 1.000 / 0.245 on the round's
//     starting code; 1.000 / 0.827 and 1.000 / 0.279 at its end (a leak
//     site's domain read as the name is written, HIPAA's "Affiliated Covered
//     Entity", "ENT").
//   - testdata/written_press_flows_r18b.jsonl and
//     written_leak_filings_press_r18b.jsonl (round 18, second stage, written
//     after the first stage's fixes): 132 press reports of 45 attacks of
//     2016–2025 in thirteen languages, each followed from the first report
//     to a lawsuit, with twelve separations (the same trust hit in 2017 and
//     2023, a supplier and its client, two hospitals of one town); and 149
//     HHS rows without description, leak posts and press reports of US
//     breaches of 2016–2024. 0.822 / 0.272 and 1.000 / 0.524 on the round's
//     starting code, 0.822 / 0.272 and 1.000 / 0.571 before they were read;
//     1.000 / 0.279 and
//     1.000 / 0.667 at the end (another incident's date and victim told
//     beside the report's, a leak domain of initials and words, a claim
//     within days corroborating a domain).
//   - testdata/written_registry_pairs_r18c.jsonl (round 18, third stage):
//     140 HHS and PRC entries of 2014–2019, 50 breaches filed with both and
//     40 distractors. 1.000 / 0.740 on the round's starting code, before it
//     was read and at the end: most misses are a parent and its facility
//     ("Sentara Healthcare", "Sentara Hospitals") sharing only a first word,
//     which goes to an analyst however corroborated.
//   - testdata/written_cross_source_r19.jsonl and
//     written_registry_pairs_r19.jsonl (round 19): 141 reports of 52
//     incidents of 2020–2025 (leak posts, press in the local language and
//     in English, HHS rows, follow-ups; three supplier incidents, second
//     attacks a year apart, namesakes) and 140 HHS and PRC entries of
//     2014–2019 (46 breaches filed with both, distractors with close
//     names). 1.000 / 0.361 and 1.000 / 0.640 on the round's starting code;
//     1.000 / 0.396 and 1.000 / 0.700 after the first stage (a bracketed
//     list of members after a parent, five-word abbreviations, an outsider
//     "gained access to its internal network", a hacking filing's grown
//     count, the classifier's victims of long articles).
//   - testdata/written_press_flows_r19b.jsonl and
//     written_leak_filings_press_r19b.jsonl (round 19, second stage, written
//     after the first stage's fixes): 142 press reports of 46 attacks of
//     2018–2025 worldwide, many in languages CIT does not read (Finnish,
//     Czech, Japanese, Hebrew, Croatian, Polish), each followed from the
//     first report to a fine or lawsuit, with organisations attacked twice
//     and later reports naming the earlier attack in passing; and 140 HHS
//     rows without description, PRC entries, leak posts and press reports of
//     US breaches of 2016–2025. 0.870 / 0.260 and 1.000 / 0.346 on the
//     round's starting code and before they were read; 1.000 / 0.260 and
//     1.000 / 0.365 after the second stage (an earlier attack the
//     organisation "had already suffered" is no stated date of the report's,
//     a DDoS is no ransomware attack, who "paid" a ransom in the lead).
//   - testdata/written_registry_pairs_r19c.jsonl (round 19, third stage):
//     140 typical HHS and PRC entries of 2014–2019, 45 breaches filed with
//     both (PRC days to weeks after the filing, names and counts the same
//     or close), ten organisations breached twice, 33 distractors. 1.000 /
//     0.978 on the round's starting code, before it was read and at the
//     end: typical pairs are linked; the one miss is a name variant.
//   - round 20, seven sets written in four stages, each scored (with this
//     test's own run) on the round's starting code, on its stage's starting
//     code before it was read, and at the end:
//   - testdata/written_cross_source_r20.jsonl (140 reports of 50 incidents
//     of 2021–2025 in 13 languages, leak posts, HHS rows, second attacks,
//     supplier incidents, namesakes): 1.000 / 0.337 → 1.000 / 0.368.
//   - testdata/written_registry_pairs_r20.jsonl (138 PRC and HHS entries of
//     2014–2019, 44 breaches filed with both, PRC entries that restate the
//     HHS filing's day): 1.000 / 0.772 → 1.000 / 0.832.
//   - testdata/written_leak_filings_r20b.jsonl (145 leak posts and HHS rows
//     of 2022–2025: domains of initials and specialty short forms, second
//     groups' claims, distractors): 0.961 / 0.605 → 0.964 / 0.654 (the wrong
//     pair: "riversideortho.com" joins another state's Riverside
//     Orthopedic Surgery Center's hacking filing).
//   - testdata/written_press_flows_r20b.jsonl (140 English press reports of
//     US, UK, Canadian and Australian attacks, follow-ups months and years
//     later): 1.000 / 0.348 → 1.000 / 0.396.
//   - testdata/written_registry_pairs_r20c.jsonl (148 PRC and HHS entries,
//     a parent and its hospital named alike): 1.000 / 0.879 → 1.000 / 0.894.
//   - testdata/written_press_flows_r20c.jsonl (140 European press reports in
//     their languages, second attacks years later that name the first):
//     0.747 / 0.340 → 1.000 / 0.366.
//   - testdata/written_cross_source_r20d.jsonl (142 US reports of 2022–2025:
//     local press, security news, leak posts, HHS rows, class actions):
//     0.977 / 0.518 → 0.978 / 0.549.
//
// Round 21 (figures at the round's start → after its fixes):
//   - testdata/written_registry_pairs_r21.jsonl (141 PRC and HHS entries of
//     2014–2019; its misses are breaches that PRC lists under a vendor and
//     each of its clients): 1.000 / 0.612 → 1.000 / 0.612.
//   - testdata/written_cross_source_r21.jsonl (145 reports in nine languages,
//     leak posts, second attacks years later, shared IT suppliers):
//     0.952 / 0.450 → 1.000 / 0.511.
//   - testdata/written_leak_filings_r21b.jsonl (151 leak posts, HHS rows
//     without description and press, 2022–2025): 0.980 / 0.568 → 0.981 / 0.591.
//   - testdata/written_press_flows_r21b.jsonl (145 press reports in seven
//     languages, outage first and attack later): 1.000 / 0.297 → 1.000 / 0.323.
//   - testdata/written_registry_pairs_r21c.jsonl (145 PRC and HHS entries of
//     2010–2019, one organisation's several breaches; its misses are names
//     PRC writes with a town or a parent): 1.000 / 0.807 → 1.000 / 0.807.
//
// Round 22 (precision / recall at the round's start → after its fixes):
//   - testdata/written_cross_source_r22.jsonl (150 reports of 42 attacks,
//     2019–2025, leak posts and press in many languages; its misses are
//     names across languages and leak sites' forms): 1.000 / 0.337 → 1.000 / 0.337.
//   - testdata/written_registry_pairs_r22.jsonl (156 PRC and HHS entries of
//     2010–2019; PRC names with a town and a state after commas, a vendor
//     after the legal form, a parent in a list): 1.000 / 0.750 → 1.000 / 0.817.
//   - testdata/written_leak_filings_r22b.jsonl (152 leak posts, HHS rows and
//     press reports of 2021–2025; its misses are leak domains of
//     abbreviations, vendors' breaches filed by each client, and names a
//     filing writes with "District" or another kind): 1.000 / 0.687 at the
//     second stage's start, unchanged.
//
// Round 23 (precision / recall at the round's start → after its fixes):
//   - testdata/written_press_flows_r23.jsonl (156 reports of 42 attacks and 9
//     look-alikes, 2019–2026, leak posts, local and national press in seven
//     languages, filings and follow-ups; its misses are victims the
//     headline describes, names across languages and abbreviations):
//     1.000 / 0.257 → 1.000 / 0.257.
//   - testdata/written_group_flows_r23b.jsonl (150 reports of 39 attacks on
//     hospital groups, regional authorities and shared suppliers, and 10
//     look-alikes, written after the first stage's fixes and scored before
//     it was read): 0.935 / 0.228 → 1.000 / 0.312 (a group's members of one
//     fortnight, a headline's "another cyberattack" a year later).
//   - testdata/written_cross_source_r24.jsonl (146 reports of 44 attacks
//     across leak sites, the press in seven languages and US registries,
//     and 20 single reports; round 24): 1.000 / 0.438 → 1.000 / 0.462 (a
//     leak site's short domain spelling two whole words, "seamar.org").
//   - testdata/written_press_flows_r24b.jsonl (157 reports of 38 attacks
//     told as news flows run, and 15 single reports, written after the first
//     stage's fixes): 1.000 / 0.192 at the round's start and end; its misses
//     are victims named by a town, an abbreviation, a translation or a
//     parent group, or not at all.
//   - testdata/written_cross_source_r25.jsonl (147 reports of 48 attacks
//     across leak sites, the press in seven languages and US registries,
//     with decoys: other attacks on the same organisations, look-alike names
//     and a supplier's breach; round 25): 1.000 / 0.315 at the round's
//     start and end; a national branch's name ("Synlab Italia" for
//     "Synlab") now goes to review instead of standing apart.
//
// Round 26:
//   - testdata/written_registry_pairs_r26.jsonl (150 HHS rows of 2014–2024,
//     PRC entries of 2014–2019 and press reports of 45 breaches, with decoys:
//     one organisation's later breaches, look-alike names, vendors' breaches
//     filed by each client): 1.000 / 0.391 at the round's start and end; its
//     misses are clients' filings that never name the vendor, short names of
//     generic words ("Children's National"), and press reports naming the
//     victim by a short or parent form.
//   - testdata/written_cross_source_r26.jsonl (150 reports of 48 attacks of
//     2019–2025, leak posts, press in seven languages and HHS rows, written
//     after the first stage's fixes, with decoys: later attacks on the same
//     organisations, look-alike names, a supplier's attack, a DDoS beside a
//     ransomware attack): 1.000 / 0.302 at the second stage's start, 1.000 /
//     0.308 at its end; its misses are victims named by a town, a
//     translation, a parent or an acronym, or not at all.
//
// Round 28:
//   - testdata/written_registry_pairs_r28.jsonl (150 HHS rows and PRC
//     entries of 2014–2019 in dev.jsonl's own form, no structured fields:
//     51 breaches filed with both, PRC up to 43 days later with d/b/a,
//     parent and business-associate names; decoys: the same organisations'
//     other breaches, look-alike names such as two St. Mary's Medical
//     Centers, a transcription vendor's breach filed by each client):
//     1.000 / 0.961 at the stage's start; both misses go to review (a
//     state after the name, "Allegro Health Plans of Texas"; a joint PRC
//     title naming the hospice with another provider).
func TestWrittenReports(t *testing.T) {
	t.Parallel()
	c, err := classify.New(classify.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file               string
		items              int
		minPrec, minRecall float64
		// minSurfaced: the least share of each incident's later reports
		// linked to it or sent to review with it among their candidates
		// (see Surfaced): a registry pair outside the registries' rule
		// goes to an analyst, not lost.
		minSurfaced float64
	}{
		// Round 30: a registry pair whose names are written differently (a
		// bracketed acronym, a filler word, "St." beside "Saint"), and two
		// rows of one chronology telling different stories, go to review
		// too; the recall floors of the registry sets were lowered where
		// pairs moved from linked to queued (none moved to missed).
		{"written_registry_pairs.jsonl", 130, 0.97, 0.66, 0.96},
		{"written_cross_source.jsonl", 127, 0.97, 0.52, 0.77},
		{"written_cross_source_r10.jsonl", 129, 0.97, 0.47, 0.76},
		{"written_registry_pairs_r10.jsonl", 143, 0.97, 0.66, 0.94},
		{"written_registry_pairs_r10b.jsonl", 130, 0.95, 0.50, 0.91},
		{"written_leak_filings_r10.jsonl", 125, 0.97, 0.82, 0.93},
		{"written_registry_pairs_r12.jsonl", 137, 0.95, 0.77, 0.96},
		{"written_cross_source_r12.jsonl", 129, 0.97, 0.44, 0.72},
		{"written_registry_pairs_r13.jsonl", 147, 0.95, 0.74, 0.94},
		{"written_cross_source_r13.jsonl", 127, 0.97, 0.32, 0.66},
		{"written_registry_pairs_r14.jsonl", 147, 0.99, 0.75, 0.96},
		{"written_registry_pairs_r15.jsonl", 149, 0.97, 0.42, 0.90},
		{"written_cross_source_r15.jsonl", 124, 0.97, 0.32, 0.68},
		{"written_registry_pairs_r15b.jsonl", 146, 0.97, 0.31, 0.88},
		{"written_cross_source_r15b.jsonl", 120, 0.97, 0.32, 0.73},
		{"written_registry_pairs_r16.jsonl", 129, 0.97, 0.15, 0.71},
		{"written_cross_source_r16.jsonl", 132, 0.97, 0.50, 0.80},
		{"written_registry_pairs_r16b.jsonl", 135, 0.97, 0.19, 0.65},
		{"written_cross_source_r16b.jsonl", 135, 0.97, 0.40, 0.86},
		{"written_registry_pairs_r16c.jsonl", 120, 0.97, 0.31, 0.91},
		{"written_registry_pairs_r17.jsonl", 130, 0.97, 0.52, 0.86},
		{"written_cross_source_r17.jsonl", 137, 0.97, 0.27, 0.49},
		{"written_registry_pairs_r17b.jsonl", 134, 0.97, 0.51, 0.88},
		{"written_cross_source_r17b.jsonl", 136, 0.97, 0.28, 0.67},
		{"written_registry_pairs_r17c.jsonl", 130, 0.97, 0.30, 0.82},
		{"written_registry_pairs_r18.jsonl", 142, 0.97, 0.51, 0.90},
		{"written_cross_source_r18.jsonl", 136, 0.97, 0.26, 0.55},
		{"written_press_flows_r18b.jsonl", 132, 0.97, 0.26, 0.54},
		{"written_leak_filings_press_r18b.jsonl", 149, 0.97, 0.64, 0.78},
		{"written_registry_pairs_r18c.jsonl", 140, 0.97, 0.28, 0.96},
		{"written_cross_source_r19.jsonl", 141, 0.97, 0.37, 0.65},
		{"written_registry_pairs_r19.jsonl", 140, 0.97, 0.24, 0.77},
		{"written_press_flows_r19b.jsonl", 142, 0.97, 0.22, 0.45},
		{"written_leak_filings_press_r19b.jsonl", 140, 0.97, 0.35, 0.69},
		{"written_registry_pairs_r19c.jsonl", 140, 0.97, 0.84, 0.96},
		{"written_cross_source_r20.jsonl", 140, 0.97, 0.34, 0.59},
		{"written_registry_pairs_r20.jsonl", 138, 0.97, 0.21, 0.91},
		{"written_leak_filings_r20b.jsonl", 145, 0.95, 0.62, 0.86},
		{"written_press_flows_r20b.jsonl", 140, 0.97, 0.37, 0.68},
		{"written_registry_pairs_r20c.jsonl", 148, 0.97, 0.69, 0.87},
		{"written_press_flows_r20c.jsonl", 140, 0.97, 0.34, 0.63},
		{"written_cross_source_r20d.jsonl", 142, 0.95, 0.52, 0.84},
		{"written_registry_pairs_r21.jsonl", 141, 0.97, 0.36, 0.81},
		{"written_cross_source_r21.jsonl", 145, 0.97, 0.48, 0.72},
		{"written_leak_filings_r21b.jsonl", 151, 0.95, 0.56, 0.76},
		{"written_press_flows_r21b.jsonl", 145, 0.97, 0.29, 0.55},
		{"written_registry_pairs_r21c.jsonl", 145, 0.97, 0.35, 0.86},
		{"written_cross_source_r22.jsonl", 150, 0.97, 0.31, 0.56},
		{"written_registry_pairs_r22.jsonl", 156, 0.97, 0.51, 0.90},
		{"written_leak_filings_r22b.jsonl", 152, 0.97, 0.66, 0.90},
		{"written_press_flows_r23.jsonl", 156, 0.97, 0.23, 0.48},
		{"written_group_flows_r23b.jsonl", 150, 0.97, 0.29, 0.51},
		{"written_cross_source_r24.jsonl", 146, 0.97, 0.43, 0.64},
		{"written_press_flows_r24b.jsonl", 157, 0.97, 0.17, 0.47},
		{"written_cross_source_r25.jsonl", 147, 0.97, 0.29, 0.56},
		{"written_registry_pairs_r26.jsonl", 150, 0.97, 0.30, 0.68},
		{"written_cross_source_r26.jsonl", 150, 0.97, 0.28, 0.51},
		{"written_registry_pairs_r28.jsonl", 150, 0.97, 0.56, 0.98},
	} {
		items := readItems(t, filepath.Join("testdata", tt.file))
		if len(items) != tt.items {
			t.Fatalf("%s: read %d items, want %d", tt.file, len(items), tt.items)
		}
		Classify(items, c)
		pred, decisions := RunDecisions(items, dedup.DefaultOptions(), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		s := Pairwise(pred, Golds(items))
		linked, queued, missed := Surfaced(items, decisions)
		t.Logf("%s: %+v surfaced %d linked %d queued %d missed", tt.file, s, linked, queued, missed)
		if s.Precision < tt.minPrec || s.Recall < tt.minRecall {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.2f and %.2f", tt.file, s.Precision, s.Recall, tt.minPrec, tt.minRecall)
		}
		if got := float64(linked+queued) / float64(max(linked+queued+missed, 1)); got < tt.minSurfaced {
			t.Errorf("%s: %.3f of later reports linked or queued with their incident, want at least %.2f", tt.file, got, tt.minSurfaced)
		}
	}
}
