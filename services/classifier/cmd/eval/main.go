// Command eval measures the embedded classifier on the held-out split of
// the dev data and prints precision, recall and F1 per source and overall,
// as a Markdown table:
//
//	go run ./services/classifier/cmd/eval [-data ../shared/data/dev.jsonl] [-errors] [-field-errors country|attack_type|victim|records_affected] [-split heldout|train]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cit-health/cit/pkg/classify"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	data := fs.String("data", "../shared/data/dev.jsonl", "labelled JSON Lines")
	showErrors := fs.Bool("errors", false, "list misclassified items")
	fieldErrors := fs.String("field-errors", "", "list the items whose country, attack_type, victim or records_affected differs from the label")
	split := fs.String("split", "heldout", "which part to score: heldout (the reported figures) or train (where rules are checked)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*data)
	if err != nil {
		return fmt.Errorf("open dev data: %w", err)
	}
	defer f.Close()
	examples, err := classify.ReadExamples(f)
	if err != nil {
		return fmt.Errorf("parse %q: %w", *data, err)
	}
	c, err := classify.New(classify.DefaultOptions())
	if err != nil {
		return err
	}
	var r classify.Report
	switch *split {
	case "heldout":
		r = c.Evaluate(examples)
		fmt.Printf("model %s, held-out split of %s (fnv64a(id) %% 4 == 0), title+text only\n\n", c.Version(), *data)
	case "train":
		r = c.EvaluateTraining(examples)
		fmt.Printf("model %s, training part of %s (fnv64a(id) %% 4 != 0; the model saw these), title+text only\n\n", c.Version(), *data)
	default:
		return fmt.Errorf("-split %q: want heldout or train", *split)
	}
	switch *fieldErrors {
	case "", "country", "attack_type", "victim", "records_affected":
	default:
		return fmt.Errorf("-field-errors %q: want country, attack_type, victim or records_affected", *fieldErrors)
	}
	if err := r.WriteTable(os.Stdout); err != nil {
		return err
	}
	if *showErrors {
		for _, e := range r.Errors {
			fmt.Println(e)
		}
	}
	if *fieldErrors != "" {
		for _, e := range r.FieldErrors[*fieldErrors] {
			fmt.Println(e)
		}
	}
	return nil
}
