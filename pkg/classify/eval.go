package classify

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/dedup/orgname"
)

// Counts are the confusion counts of is_health_cyberattack.
type Counts struct{ TP, FP, FN, TN int }

// Precision, Recall and F1 of the counts (0 when undefined).
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report holds held-out metrics, per source and overall, and the accuracy
// of the extracted fields where the data labels them.
type Report struct {
	BySource map[string]*Counts
	Overall  Counts
	// Field accuracy on the scored items that have the label set.
	CountryRight, CountryTotal int
	AttackRight, AttackTotal   int
	// Victim: the extracted name equals the label after orgname.Key
	// (case, punctuation, legal suffixes, "St."/"Saint" and accents aside).
	VictimRight, VictimTotal int
	// Records: the extracted count equals the label (people or records
	// affected, as the registry states it).
	RecordsRight, RecordsTotal int
	Errors                     []string // ids of misclassified items, with their score
	// FieldErrors lists, per field ("country", "attack_type", "victim",
	// "records_affected"),
	// the items whose extracted value differs from the label.
	FieldErrors map[string][]string

	// Review: scored items whose verdict is review, and the positives
	// among them (what the analysts' queue would hold and catch).
	Review, ReviewPositives int

	outcomes []Counts // one per scored item, in input order, for the bootstrap
}

// F1Interval is a 95% bootstrap interval of the overall F1 (1,000
// resamples of the scored items, fixed seed).
func (r Report) F1Interval() (lo, hi float64) {
	n := len(r.outcomes)
	if n == 0 {
		return 0, 0
	}
	rng := rand.New(rand.NewPCG(1, 2))
	f1s := make([]float64, 1000)
	for i := range f1s {
		var c Counts
		for range n {
			o := r.outcomes[rng.IntN(n)]
			c.TP, c.FP, c.FN, c.TN = c.TP+o.TP, c.FP+o.FP, c.FN+o.FN, c.TN+o.TN
		}
		f1s[i] = c.F1()
	}
	sort.Float64s(f1s)
	return f1s[25], f1s[974]
}

func (c *Counts) add(want, got bool) {
	switch {
	case want && got:
		c.TP++
	case !want && got:
		c.FP++
	case want && !got:
		c.FN++
	default:
		c.TN++
	}
}

// Evaluate classifies the held-out split (text only: title and text, no
// structured fields) and scores it against the labels. Items whose label is
// null and low-text items are skipped. The source name groups the figures;
// the classifier never sees it.
func (c *Classifier) Evaluate(examples []Example) Report { return c.evaluate(examples, true) }

// EvaluateTraining scores the training part (everything outside the
// held-out split) the same way. Rules and lexicons are checked here, so
// that the held-out figures stay a measurement.
func (c *Classifier) EvaluateTraining(examples []Example) Report { return c.evaluate(examples, false) }

func (c *Classifier) evaluate(examples []Example, heldOut bool) Report {
	r := Report{BySource: map[string]*Counts{}, FieldErrors: map[string][]string{}}
	fieldErr := func(field string, e Example, want, got string) {
		r.FieldErrors[field] = append(r.FieldErrors[field],
			fmt.Sprintf("%s %s want=%q got=%q %q", e.ID, sourceGroup(e.Source), want, got, e.Title))
	}
	for _, e := range examples {
		if HeldOut(e.ID) != heldOut || !e.Scored() {
			continue
		}
		got := c.Classify(e.TextOnly())
		want := *e.Label.IsHealthCyberattack
		src := sourceGroup(e.Source)
		if r.BySource[src] == nil {
			r.BySource[src] = &Counts{}
		}
		r.BySource[src].add(want, got.IsHealthCyberattack)
		r.Overall.add(want, got.IsHealthCyberattack)
		if got.Verdict == cit.VerdictReview {
			r.Review++
			if want {
				r.ReviewPositives++
			}
		}
		var o Counts
		o.add(want, got.IsHealthCyberattack)
		r.outcomes = append(r.outcomes, o)
		if want != got.IsHealthCyberattack {
			r.Errors = append(r.Errors, fmt.Sprintf("%s want=%v score=%.3f %q", e.ID, want, got.Score, e.Title))
		}
		if e.Label.Country != nil {
			r.CountryTotal++
			if got.Country != nil && *got.Country == *e.Label.Country {
				r.CountryRight++
			} else {
				gc := ""
				if got.Country != nil {
					gc = *got.Country
				}
				fieldErr("country", e, *e.Label.Country, gc)
			}
		}
		if e.Label.Victim != nil && orgname.Key(*e.Label.Victim) != "" {
			r.VictimTotal++
			if orgname.Key(got.Victim) == orgname.Key(*e.Label.Victim) {
				r.VictimRight++
			} else {
				fieldErr("victim", e, *e.Label.Victim, got.Victim)
			}
		}
		if e.Label.RecordsAffected != nil {
			r.RecordsTotal++
			var n int64
			if got.RecordsAffected != nil {
				n = *got.RecordsAffected
			}
			if n == *e.Label.RecordsAffected {
				r.RecordsRight++
			} else {
				fieldErr("records_affected", e, fmt.Sprint(*e.Label.RecordsAffected), fmt.Sprint(n))
			}
		}
		if e.Label.AttackType != nil {
			r.AttackTotal++
			want := *e.Label.AttackType
			if want == "account_compromise_phishing" {
				want = "account_compromise"
			}
			if got.AttackType == want {
				r.AttackRight++
			} else {
				fieldErr("attack_type", e, want, got.AttackType)
			}
		}
	}
	return r
}

// sourceGroup folds per-agency sources ("uci_health_tweets/bbchealth") into one.
func sourceGroup(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i]
		}
	}
	return s
}

// WriteTable writes the report as a Markdown table. Precision, recall and
// F1 read "n/a" where undefined (a source with no positives and no false
// alarms); the false-positive rate is FP / (FP + TN).
func (r Report) WriteTable(w io.Writer) error {
	srcs := make([]string, 0, len(r.BySource))
	for s := range r.BySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	var b strings.Builder
	b.WriteString("| source | items | positives | TP | FP | FN | precision | recall | F1 | false-positive rate |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	num := func(v float64, ok bool) string {
		if !ok {
			return "n/a"
		}
		return fmt.Sprintf("%.3f", v)
	}
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %s | %s | %s | %s |\n", name, c.TP+c.FP+c.FN+c.TN, c.TP+c.FN,
			c.TP, c.FP, c.FN, num(c.Precision(), c.TP+c.FP > 0), num(c.Recall(), c.TP+c.FN > 0),
			num(c.F1(), c.TP+c.FP+c.FN > 0), num(ratio(c.FP, c.FP+c.TN), c.FP+c.TN > 0))
	}
	for _, s := range srcs {
		row(s, *r.BySource[s])
	}
	row("**overall**", r.Overall)
	lo, hi := r.F1Interval()
	fmt.Fprintf(&b, "\noverall F1 95%% bootstrap interval: %.3f–%.3f (%d positives in the split)\n", lo, hi, r.Overall.TP+r.Overall.FN)
	fmt.Fprintf(&b, "review queue: %d items, %d of them positives (accept or review reaches %d of %d positives)\n",
		r.Review, r.ReviewPositives, r.Overall.TP+r.ReviewPositives, r.Overall.TP+r.Overall.FN)
	fmt.Fprintf(&b, "country accuracy (items of the split with a country label): %d/%d = %.3f\n", r.CountryRight, r.CountryTotal,
		ratio(r.CountryRight, r.CountryTotal))
	fmt.Fprintf(&b, "attack_type accuracy (items of the split with an attack_type label): %d/%d = %.3f\n", r.AttackRight,
		r.AttackTotal, ratio(r.AttackRight, r.AttackTotal))
	fmt.Fprintf(&b, "victim accuracy (items of the split with a victim label, names compared by orgname.Key): %d/%d = %.3f\n",
		r.VictimRight, r.VictimTotal, ratio(r.VictimRight, r.VictimTotal))
	fmt.Fprintf(&b, "records_affected accuracy (items of the split with a count label, exact): %d/%d = %.3f\n",
		r.RecordsRight, r.RecordsTotal, ratio(r.RecordsRight, r.RecordsTotal))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
