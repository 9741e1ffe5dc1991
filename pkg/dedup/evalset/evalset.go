// Package evalset reads labelled reports for evaluating the deduplicator,
// splits them into a tuning and a held-out part, and scores a clustering
// with pairwise precision, recall and F1.
//
// Only the gold incident key is read from the labels; what the engine sees
// is the plain candidate (id, title, text, published, url, lang, fields),
// as a real run would have it: the source name, labels and meta stay out.
package evalset

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/dedup"
)

// Item is one labelled report.
type Item struct {
	Candidate cit.Candidate
	// Classification, when set, is fed with the candidate, as the pipeline
	// does after the classifier; nil feeds the plain candidate.
	Classification *cit.Classification
	Gold           string // the gold incident key
}

// line is the subset of a dev.jsonl line the evaluation reads.
type line struct {
	ID        string            `json:"id"`
	Source    string            `json:"source"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	Published *string           `json:"published"`
	URL       *string           `json:"url"`
	Lang      string            `json:"lang"`
	Fields    map[string]string `json:"fields"`
	Label     struct {
		IncidentKey *string `json:"incident_key"`
	} `json:"label"`
}

// Read returns the items of a JSON Lines stream that carry a gold incident
// key, ordered by publication date then id (the order a live run would see
// them in).
func Read(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("read line %d: %w", n, err)
		}
		if l.Label.IncidentKey == nil || *l.Label.IncidentKey == "" {
			continue
		}
		c := cit.Candidate{ID: l.ID, Source: l.Source, Title: l.Title, Text: l.Text, Lang: l.Lang, Fields: l.Fields}
		if l.Published != nil {
			c.Published = *l.Published
		}
		if l.URL != nil {
			c.URL = *l.URL
		}
		items = append(items, Item{Candidate: c, Gold: *l.Label.IncidentKey})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read items: %w", err)
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.Candidate.Published, b.Candidate.Published), cmp.Compare(a.Candidate.ID, b.Candidate.ID))
	})
	return items, nil
}

// HeldOut reports whether an item belongs to the held-out split: the FNV-1a
// hash of its gold incident key modulo 10 is below 3 (about 30% of the
// incidents; both reports of one incident fall on the same side).
func HeldOut(it Item) bool {
	h := fnv.New32a()
	h.Write([]byte(it.Gold))
	return h.Sum32()%10 < 3
}

// Split returns the tuning and held-out items, each in input order.
func Split(items []Item) (tune, heldOut []Item) {
	for _, it := range items {
		if HeldOut(it) {
			heldOut = append(heldOut, it)
		} else {
			tune = append(tune, it)
		}
	}
	return tune, heldOut
}

// Classify sets every item's classification from c, so a run feeds the
// engine what the pipeline feeds it after the classifier.
func Classify(items []Item, c *classify.Classifier) {
	for i := range items {
		cl := c.Classify(items[i].Candidate)
		items[i].Classification = &cl
	}
}

// Score is a pairwise clustering score.
type Score struct {
	Items     int     `json:"items"`
	GoldPairs int     `json:"gold_pairs"`
	PredPairs int     `json:"predicted_pairs"`
	TruePairs int     `json:"true_pairs"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Pairwise scores predicted clusters against gold ones: a pair of items is
// predicted when both have the same predicted id, gold when both have the
// same gold key. pred and gold are parallel.
func Pairwise(pred, gold []string) Score {
	s := Score{Items: len(pred)}
	predCount := make(map[string]int)
	goldCount := make(map[string]int)
	both := make(map[[2]string]int)
	for i := range pred {
		predCount[pred[i]]++
		goldCount[gold[i]]++
		both[[2]string{pred[i], gold[i]}]++
	}
	pairs := func(n int) int { return n * (n - 1) / 2 }
	for _, n := range predCount {
		s.PredPairs += pairs(n)
	}
	for _, n := range goldCount {
		s.GoldPairs += pairs(n)
	}
	for _, n := range both {
		s.TruePairs += pairs(n)
	}
	s.Precision, s.Recall = 1, 1
	if s.PredPairs > 0 {
		s.Precision = float64(s.TruePairs) / float64(s.PredPairs)
	}
	if s.GoldPairs > 0 {
		s.Recall = float64(s.TruePairs) / float64(s.GoldPairs)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Run feeds items to a fresh engine in order and returns the incident id
// each item ended in, and how many decisions of each action were taken.
// Reports sent to review count as not merged (they open their own incident).
func Run(items []Item, opts dedup.Options, now time.Time) (pred []string, actions map[string]int) {
	pred, decisions := RunDecisions(items, opts, now)
	actions = make(map[string]int)
	for _, d := range decisions {
		actions[d.Action]++
	}
	return pred, actions
}

// RunDecisions is Run returning the decision taken for each item (parallel
// to items), for explaining errors.
func RunDecisions(items []Item, opts dedup.Options, now time.Time) (pred []string, decisions []dedup.Decision) {
	e := dedup.NewEngine(opts)
	decisions = make([]dedup.Decision, len(items))
	byCand := make([]string, len(items))
	for i, it := range items {
		d := e.Add(cit.Classified{Candidate: it.Candidate, Classification: it.Classification}, now)
		d.Incident = cit.Incident{} // the final state is read below; keep memory small
		decisions[i] = d
		byCand[i] = it.Candidate.ID
	}
	final := make(map[string]string)
	for _, inc := range e.Incidents() {
		if inc.Status != cit.StatusActive {
			continue
		}
		for _, s := range inc.Sources {
			final[s.CandidateID] = inc.ID
		}
	}
	pred = make([]string, len(items))
	for i, id := range byCand {
		pred[i] = final[id]
	}
	return pred, decisions
}

// Golds returns the gold keys of items.
func Golds(items []Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Gold
	}
	return out
}

// CrossPair is one row of the HHS-vs-leak-site candidate links: a leak-site
// post and the HHS filing with the same name.
type CrossPair struct {
	Leak, Filing cit.Candidate
}

// ReadCrossSource parses fixtures/cross_source_candidates_hhs_vs_ransomwatch.csv
// into candidate pairs shaped as the collectors would publish them: the leak
// post with its group as threat actor and claim status "claimed", the HHS
// row with records and breach type.
func ReadCrossSource(r io.Reader) ([]CrossPair, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read cross-source csv: %w", err)
	}
	if len(rows) < 1 {
		return nil, fmt.Errorf("read cross-source csv: no header")
	}
	col := make(map[string]int)
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"hhs_name_of_covered_entity", "hhs_breach_submission_date", "hhs_type_of_breach",
		"hhs_individuals_affected", "ransomwatch_post_title", "ransomwatch_group_name", "ransomwatch_discovered"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("read cross-source csv: missing column %q", h)
		}
	}
	var out []CrossPair
	for n, row := range rows[1:] {
		get := func(h string) string { return row[col[h]] }
		discovered := get("ransomwatch_discovered")
		if len(discovered) >= 10 {
			discovered = discovered[:10]
		}
		out = append(out, CrossPair{
			Leak: cit.Candidate{ID: fmt.Sprintf("leak-%d", n), Title: get("ransomwatch_post_title"), Published: discovered,
				Fields: map[string]string{cit.FieldVictim: get("ransomwatch_post_title"),
					cit.FieldThreatActor: get("ransomwatch_group_name"), cit.FieldClaimStatus: cit.ClaimClaimed}},
			Filing: cit.Candidate{ID: fmt.Sprintf("hhs-%d", n), Title: get("hhs_name_of_covered_entity"),
				Published: get("hhs_breach_submission_date"),
				Fields: map[string]string{cit.FieldVictim: get("hhs_name_of_covered_entity"), cit.FieldCountry: "US",
					cit.FieldRecords: get("hhs_individuals_affected"), cit.FieldBreachType: get("hhs_type_of_breach")}},
		})
	}
	return out, nil
}

// Surfaced counts, over the reports after the first of each gold
// incident, how many were linked to an incident holding an earlier report
// of it, how many went to review with such an incident among their
// candidates (an analyst sees the link), and how many did neither.
// decisions are RunDecisions', parallel to items.
func Surfaced(items []Item, decisions []dedup.Decision) (linked, queued, missed int) {
	seen := make(map[string][]string) // gold key → incident ids its earlier reports went to
	for i, it := range items {
		d := decisions[i]
		earlier, ok := seen[it.Gold]
		if ok {
			switch {
			case d.Action == dedup.ActionMerge && slices.Contains(earlier, d.IncidentID):
				linked++
			case d.Action == dedup.ActionReview && slices.ContainsFunc(d.Candidates, func(m dedup.Match) bool {
				return slices.Contains(earlier, m.IncidentID)
			}):
				queued++
			default:
				missed++
			}
		}
		seen[it.Gold] = append(earlier, d.IncidentID)
	}
	return linked, queued, missed
}
