package classify

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// TrainConfig holds the hyper-parameters of Train. The zero value is not
// useful; start from DefaultTrainConfig.
type TrainConfig struct {
	Dim        uint32  // hashed feature space, a power of two
	Epochs     int     // passes of AdaGrad SGD
	Rate       float64 // AdaGrad learning rate
	L2         float64 // L2 penalty per example
	PosWeight  float64 // weight of a positive example (class imbalance)
	ConceptAug float64 // weight of the concept-only copy of each example (0: none)
	Folds      int     // cross-validation folds for the threshold
	Seed       uint64
}

// DefaultTrainConfig is the configuration the embedded artifact was built with.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Dim: 1 << 18, Epochs: 12, Rate: 0.2, L2: 1e-6, PosWeight: 8, ConceptAug: 0.5, Folds: 5, Seed: 20261128}
}

type sample struct {
	fs     []feature
	y      float64
	weight float64
}

// Train fits the model on the examples outside the held-out split whose
// label is set. The decision threshold is chosen by cross-validation on
// those same examples (maximum F1 of out-of-fold scores), and folded into the
// bias so that score 0.5 is the threshold. dataDigest identifies the data in
// the artifact's version.
func Train(examples []Example, cfg TrainConfig, dataDigest string) (*Model, error) {
	c, err := newWithModel(DefaultOptions(), &Model{Dim: cfg.Dim, dense: make([]float32, cfg.Dim)})
	if err != nil {
		return nil, fmt.Errorf("train classifier: %w", err)
	}
	var train []Example
	for _, e := range examples {
		if e.Scored() && !HeldOut(e.ID) {
			train = append(train, e)
		}
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("train classifier: no labelled examples outside the held-out split")
	}
	samples := make([]sample, len(train))
	concept := make([]sample, len(train))
	npos := 0
	for i, e := range train {
		cand := e.TextOnly()
		d := c.analyse(cand.Title, cand.Text)
		_, _, actFound := findActor(c.actors, append(d.titleToks, d.bodyToks...))
		ev := d.evidence(actFound)
		y, w := 0.0, 1.0
		if *e.Label.IsHealthCyberattack {
			y, w = 1, cfg.PosWeight
			npos++
		}
		samples[i] = sample{vectorize(d, ev, cfg.Dim, false), y, w}
		concept[i] = sample{vectorize(d, ev, cfg.Dim, true), y, w * cfg.ConceptAug}
	}

	// Out-of-fold scores for the threshold.
	oof := make([]float64, len(train))
	for f := 0; f < cfg.Folds; f++ {
		var fit []sample
		for i := range samples {
			if i%cfg.Folds != f {
				fit = append(fit, samples[i])
				if cfg.ConceptAug > 0 {
					fit = append(fit, concept[i])
				}
			}
		}
		w, b := fitLR(fit, cfg)
		for i := range samples {
			if i%cfg.Folds == f {
				oof[i] = sigmoid(dot(w, b, samples[i].fs))
			}
		}
	}
	thr, cvF1, cvP, cvR := bestThreshold(oof, samples)

	var all []sample
	for i := range samples {
		all = append(all, samples[i])
		if cfg.ConceptAug > 0 {
			all = append(all, concept[i])
		}
	}
	w, b := fitLR(all, cfg)
	m := &Model{Dim: cfg.Dim, Bias: b - logitOf(thr), Threshold: thr}
	for i, v := range w {
		if math.Abs(float64(v)) >= 1e-5 {
			m.Weights = append(m.Weights, [2]float64{float64(i), math.Round(float64(v)*1e5) / 1e5})
		}
	}
	m.Bias = math.Round(m.Bias*1e6) / 1e6
	h := sha256.New()
	fmt.Fprintf(h, "%s|%+v|%v|%v", dataDigest, cfg, m.Bias, m.Weights)
	m.Version = "cit-lr-1-" + hex.EncodeToString(h.Sum(nil))[:10]
	m.Training = map[string]any{
		"data_sha256":     dataDigest,
		"split":           "held out: fnv64a(id) % 4 == 0; trained on the rest with a non-null is_health_cyberattack label, meta.low_text excluded",
		"inputs":          "title + text only (no structured fields, no source name)",
		"train_examples":  len(train),
		"train_positives": npos,
		"config":          cfg,
		"cv_threshold":    thr,
		"cv_f1":           cvF1,
		"cv_precision":    cvP,
		"cv_recall":       cvR,
	}
	m.dense = make([]float32, m.Dim)
	for _, w := range m.Weights {
		m.dense[int(w[0])] = float32(w[1])
	}
	return m, nil
}

func dot(w []float32, b float64, fs []feature) float64 {
	s := b
	for _, f := range fs {
		s += float64(w[f.idx] * f.val)
	}
	return s
}

// fitLR trains a weighted, L2-regularised logistic regression with AdaGrad
// SGD in a seeded order: the same data and config give the same weights.
func fitLR(data []sample, cfg TrainConfig) ([]float32, float64) {
	w := make([]float32, cfg.Dim)
	g2 := make([]float32, cfg.Dim)
	b, gb := 0.0, 0.0
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < cfg.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			s := data[i]
			p := sigmoid(dot(w, b, s.fs))
			g := (p - s.y) * s.weight
			gb += g * g
			b -= cfg.Rate * g / (math.Sqrt(gb) + 1e-8)
			for _, f := range s.fs {
				gi := float32(g)*f.val + float32(cfg.L2)*w[f.idx]
				g2[f.idx] += gi * gi
				w[f.idx] -= float32(cfg.Rate) * gi / (float32(math.Sqrt(float64(g2[f.idx]))) + 1e-8)
			}
		}
	}
	return w, b
}

// bestThreshold picks the probability threshold with the highest F1.
func bestThreshold(scores []float64, samples []sample) (thr, f1, p, r float64) {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	pos := 0
	for _, s := range samples {
		if s.y == 1 {
			pos++
		}
	}
	tp, fp := 0, 0
	thr = 0.5
	for k, i := range idx {
		if samples[i].y == 1 {
			tp++
		} else {
			fp++
		}
		if k+1 < len(idx) && scores[idx[k+1]] == scores[i] {
			continue
		}
		prec, rec := float64(tp)/float64(tp+fp), float64(tp)/float64(max(pos, 1))
		if prec+rec == 0 {
			continue
		}
		if f := 2 * prec * rec / (prec + rec); f > f1 {
			f1, p, r = f, prec, rec
			next := 0.0
			if k+1 < len(idx) {
				next = scores[idx[k+1]]
			}
			thr = (scores[i] + next) / 2
		}
	}
	return thr, f1, p, r
}
