// Command train fits the classifier's statistical model on the dev data and
// writes the artifact that package classify embeds:
//
//	go run ./services/classifier/cmd/train [-data ../shared/data/dev.jsonl] [-out pkg/classify/model.json.gz]
//
// The run is deterministic: the same data gives the same artifact.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"

	"github.com/cit-health/cit/pkg/classify"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fs.String("data", "../shared/data/dev.jsonl", "labelled JSON Lines")
	out := fs.String("out", "pkg/classify/model.json.gz", "artifact to write")
	showErrors := fs.Bool("errors", false, "list the training items cross-validation got wrong")
	cfg := classify.DefaultTrainConfig()
	fs.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs")
	fs.Float64Var(&cfg.Rate, "rate", cfg.Rate, "AdaGrad learning rate")
	fs.Float64Var(&cfg.L2, "l2", cfg.L2, "L2 penalty")
	fs.Float64Var(&cfg.PosWeight, "pos-weight", cfg.PosWeight, "weight of positive examples")
	fs.Float64Var(&cfg.ConceptAug, "concept-aug", cfg.ConceptAug, "weight of concept-only copies")
	fs.Float64Var(&cfg.WordScale, "word-scale", cfg.WordScale, "scale of word n-gram features")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the SGD order")
	fs.BoolVar(&cfg.Features.TitleNS, "title-ns", cfg.Features.TitleNS, "title unigrams in a namespace of their own")
	fs.BoolVar(&cfg.Features.Numbers, "numbers", cfg.Features.Numbers, "replace numbers by their shape")
	fs.IntVar(&cfg.Features.CharN, "char-n", cfg.Features.CharN, "character n-gram length inside words (0: none)")
	fs.Float64Var(&cfg.Features.CharScale, "char-scale", cfg.Features.CharScale, "scale of the character n-grams")
	fs.BoolVar(&cfg.Features.Negation, "negation", cfg.Features.Negation, "negated attack and loss words as features")
	fs.IntVar(&cfg.Bag, "bag", cfg.Bag, "average the weights of this many SGD runs (0 or 1: one)")
	fs.BoolVar(&cfg.Platt, "platt", cfg.Platt, "keep the calibrated probability: accept at 0.5 without a threshold shift")
	fs.BoolVar(&cfg.ModelThreshold, "model-threshold", cfg.ModelThreshold,
		"choose the threshold for the model alone (round 5 and before) instead of for model and news rules together")
	bits := fs.Int("dim-bits", 0, "hashed feature space 2^bits (0: the default)")
	dry := fs.Bool("dry-run", false, "report cross-validation only; do not write the artifact")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *bits > 0 {
		cfg.Dim = 1 << *bits
	}
	raw, err := os.ReadFile(*data)
	if err != nil {
		return fmt.Errorf("read dev data: %w", err)
	}
	sum := sha256.Sum256(raw)
	examples, err := classify.ReadExamples(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("parse %q: %w", *data, err)
	}
	m, err := classify.Train(examples, cfg, hex.EncodeToString(sum[:]))
	if err != nil {
		return err
	}
	if *showErrors {
		for _, e := range m.CVErrors() {
			fmt.Println(e)
		}
	}
	if *dry {
		t := m.Training
		fmt.Printf("cv model F1 %.3f (P %.3f R %.3f) thr %.3f AP %.3f Brier %.5f | pipeline F1 %.3f (P %.3f R %.3f) bands %v | %+v\n",
			t["cv_f1"], t["cv_precision"], t["cv_recall"], t["cv_threshold"], t["cv_average_precision"], t["cv_brier"],
			t["cv_pipeline_f1"], t["cv_pipeline_precision"], t["cv_pipeline_recall"], t["cv_score_bands"], cfg)
		return nil
	}
	b, err := m.Artifact()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("write model %q: %w", *out, err)
	}
	t := m.Training
	fmt.Printf("model %s: %v labelled training examples (%v positive), cv F1 %.3f (P %.3f R %.3f) at threshold %.3f → %s\n",
		m.Version, t["main_examples"], t["main_positives"], t["cv_f1"], t["cv_precision"], t["cv_recall"], t["cv_threshold"], *out)
	return nil
}
