// Command eval measures the deduplicator on labelled data: pairwise
// precision, recall and F1 on the tuning split, the held-out split and all
// of dev.jsonl's items with an incident key, and a sanity check on the
// HHS-vs-leak-site candidate links (unverified, not ground truth).
//
//	go run ./services/dedup/cmd/eval [-data ../shared/data]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify"
	"github.com/cit-health/cit/pkg/dedup"
	"github.com/cit-health/cit/pkg/dedup/evalset"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	dataDir := fs.String("data", filepath.Join("..", "shared", "data"), "folder holding dev.jsonl and fixtures/")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	explain := fs.Bool("explain", false, "list the tuning split's wrong and missed links")
	explainAll := fs.Bool("explain-all", false, "run every item together and list the wrong and missed links between tuning-split items only (links touching held-out items are counted, not shown)")
	withClassifier := fs.Bool("classify", false, "classify every item first and feed the classification with it, as the pipeline does")
	only := fs.String("split", "", "score one split only: tune, held-out or all (default: every split)")
	opts := dedup.DefaultOptions()
	fs.Float64Var(&opts.MergeScore, "merge", opts.MergeScore, "score from which a report is merged")
	fs.Float64Var(&opts.ReviewScore, "review", opts.ReviewScore, "score from which a report goes to review")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *only {
	case "", "tune", "held-out", "all":
	default:
		return fmt.Errorf("-split %q: want tune, held-out or all", *only)
	}
	f, err := os.Open(filepath.Join(*dataDir, "dev.jsonl"))
	if err != nil {
		return fmt.Errorf("open dev set: %w", err)
	}
	items, err := evalset.Read(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("read dev set: %w", err)
	}
	if *withClassifier {
		c, err := classify.New(classify.Options{})
		if err != nil {
			return fmt.Errorf("classifier: %w", err)
		}
		evalset.Classify(items, c)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tune, held := evalset.Split(items)

	type result struct {
		Split   string         `json:"split"`
		Score   evalset.Score  `json:"score"`
		Actions map[string]int `json:"actions"`
	}
	var results []result
	for _, s := range []struct {
		name  string
		items []evalset.Item
	}{{"tune", tune}, {"held-out", held}, {"all", items}} {
		if *only != "" && *only != s.name {
			continue
		}
		pred, actions := evalset.Run(s.items, opts, now)
		results = append(results, result{s.name, evalset.Pairwise(pred, evalset.Golds(s.items)), actions})
	}

	if *explain {
		pred, decisions := evalset.RunDecisions(tune, opts, now)
		explainErrors(out, tune, pred, decisions, func(int, int) bool { return true })
	}
	if *explainAll {
		pred, decisions := evalset.RunDecisions(items, opts, now)
		hidden := 0
		explainErrors(out, items, pred, decisions, func(i, j int) bool {
			if evalset.HeldOut(items[i]) || evalset.HeldOut(items[j]) {
				hidden++
				return false
			}
			return true
		})
		fmt.Fprintf(out, "%d wrong or missed links touch a held-out item (not shown)\n", hidden)
	}
	cross, err := crossSource(filepath.Join(*dataDir, "fixtures", "cross_source_candidates_hhs_vs_ransomwatch.csv"), opts, now)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(out).Encode(map[string]any{"dev": results, "cross_source": cross})
	}
	fmt.Fprintln(out, "dev.jsonl items with label.incident_key; pairwise scores (review = not merged)")
	fmt.Fprintf(out, "%-9s %6s %6s %6s %6s %9s %7s %7s  %s\n", "split", "items", "gold", "pred", "true", "precision", "recall", "F1", "actions")
	for _, r := range results {
		s := r.Score
		fmt.Fprintf(out, "%-9s %6d %6d %6d %6d %9.3f %7.3f %7.3f  %v\n", r.Split, s.Items, s.GoldPairs, s.PredPairs, s.TruePairs,
			s.Precision, s.Recall, s.F1, r.Actions)
	}
	fmt.Fprintf(out, "\ncross-source sanity check (HHS filing after a leak-site post, %d unverified pairs, candidates built from the pairs' CSV;\n"+
		"the same pairs through the real collectors are checked by citctl's TestCapturedRegistryAndLeakSite): %v\n", cross["pairs"], cross)
	return nil
}

// crossSource feeds each leak post then its HHS filing to one engine (all
// pairs in date order) and counts what the engine decided for the filings.
func crossSource(path string, opts dedup.Options, now time.Time) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open cross-source fixture: %w", err)
	}
	defer f.Close()
	pairs, err := evalset.ReadCrossSource(f)
	if err != nil {
		return nil, err
	}
	type event struct {
		c      cit.Candidate
		filing bool
		leakID string
	}
	var events []event
	for _, p := range pairs {
		events = append(events, event{c: p.Leak}, event{c: p.Filing, filing: true, leakID: p.Leak.ID})
	}
	slices.SortStableFunc(events, func(a, b event) int {
		if a.c.Published != b.c.Published {
			if a.c.Published < b.c.Published {
				return -1
			}
			return 1
		}
		return 0
	})
	e := dedup.NewEngine(opts)
	incOf := make(map[string]string)
	counts := map[string]int{"pairs": len(pairs)}
	for _, ev := range events {
		d := e.Add(cit.Classified{Candidate: ev.c}, now)
		incOf[ev.c.ID] = d.IncidentID
		if !ev.filing {
			continue
		}
		counts["filing_"+d.Action]++
		if d.Action == dedup.ActionMerge && d.IncidentID == incOf[ev.leakID] {
			counts["linked_to_its_leak_post"]++
		}
	}
	return counts, nil
}

// explainErrors prints the pairs predicted but not gold (wrong links) and
// gold but not predicted (missed links), each with the decision taken for
// the later report: action, confidence and the reasons of its best match.
func explainErrors(out io.Writer, items []evalset.Item, pred []string, decisions []dedup.Decision, show func(i, j int) bool) {
	line := func(it evalset.Item) string {
		c := it.Candidate
		return fmt.Sprintf("%s | %s | %s | %.160s", c.ID, c.Published, c.Title, c.Text)
	}
	why := func(d dedup.Decision) string {
		reasons := d.Reasons
		score := 0.0
		if len(d.Candidates) > 0 {
			reasons, score = d.Candidates[0].Reasons, d.Candidates[0].Score
		}
		var parts []string
		for _, r := range reasons {
			parts = append(parts, fmt.Sprintf("%s(%s)%+.2f", r.Rule, r.Value, r.Weight))
		}
		return fmt.Sprintf("%s conf %.2f best %.2f: %s", d.Action, d.Confidence, score, strings.Join(parts, " "))
	}
	for i := range items {
		for j := i + 1; j < len(items); j++ {
			samePred, sameGold := pred[i] == pred[j], items[i].Gold == items[j].Gold
			if samePred == sameGold || !show(i, j) {
				continue
			}
			switch {
			case samePred && !sameGold:
				fmt.Fprintf(out, "WRONG\n  %s\n  %s\n  -> %s\n", line(items[i]), line(items[j]), why(decisions[j]))
			case sameGold && !samePred:
				fmt.Fprintf(out, "MISSED\n  %s\n  %s\n  -> %s\n", line(items[i]), line(items[j]), why(decisions[j]))
			}
		}
	}
}
