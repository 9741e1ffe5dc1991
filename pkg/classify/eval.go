package classify

import (
	"fmt"
	"io"
	"sort"
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
	// Field accuracy on scored held-out items with the label set.
	CountryRight, CountryTotal int
	AttackRight, AttackTotal   int
	Errors                     []string // ids of misclassified items, with their score
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
func (c *Classifier) Evaluate(examples []Example) Report {
	r := Report{BySource: map[string]*Counts{}}
	for _, e := range examples {
		if !HeldOut(e.ID) || !e.Scored() {
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
		if want != got.IsHealthCyberattack {
			r.Errors = append(r.Errors, fmt.Sprintf("%s want=%v score=%.3f %q", e.ID, want, got.Score, e.Title))
		}
		if e.Label.Country != nil {
			r.CountryTotal++
			if got.Country != nil && *got.Country == *e.Label.Country {
				r.CountryRight++
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

// WriteTable writes the report as a Markdown table.
func (r Report) WriteTable(w io.Writer) error {
	srcs := make([]string, 0, len(r.BySource))
	for s := range r.BySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	if _, err := fmt.Fprintf(w, "| source | items | positives | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|---|\n"); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	row := func(name string, c Counts) error {
		_, err := fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, c.TP+c.FP+c.FN+c.TN,
			c.TP+c.FN, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
		if err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		return nil
	}
	for _, s := range srcs {
		if err := row(s, *r.BySource[s]); err != nil {
			return err
		}
	}
	if err := row("**overall**", r.Overall); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\ncountry accuracy (labelled items): %d/%d = %.3f\nattack_type accuracy (labelled items): %d/%d = %.3f\n",
		r.CountryRight, r.CountryTotal, ratio(r.CountryRight, r.CountryTotal), r.AttackRight, r.AttackTotal, ratio(r.AttackRight, r.AttackTotal))
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}
