// Command eval measures the embedded classifier on the held-out split of
// the dev data and prints precision, recall and F1 per source and overall,
// as a Markdown table:
//
//	go run ./services/classifier/cmd/eval [-data ../shared/data/dev.jsonl] [-errors]
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
	showErrors := fs.Bool("errors", false, "list misclassified held-out items")
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
	r := c.Evaluate(examples)
	fmt.Printf("model %s, held-out split of %s (fnv64a(id) %% 4 == 0), title+text only\n\n", c.Version(), *data)
	if err := r.WriteTable(os.Stdout); err != nil {
		return err
	}
	if *showErrors {
		for _, e := range r.Errors {
			fmt.Println(e)
		}
	}
	return nil
}
