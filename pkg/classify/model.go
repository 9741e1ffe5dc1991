package classify

import (
	"encoding/json"
	"fmt"
	"math"
)

// Model is the statistical half of the classifier: a logistic regression
// over hashed word n-grams and concept features. Its JSON form is the
// versioned artifact embedded in the package (model.json).
type Model struct {
	Version string `json:"version"`
	// Dim is the hashed feature space size, a power of two.
	Dim uint32 `json:"dim"`
	// Bias includes the calibration shift that puts the tuned decision
	// threshold at score 0.5.
	Bias float64 `json:"bias"`
	// Threshold is the probability the cross-validation chose before the
	// shift (kept for the record).
	Threshold float64 `json:"threshold"`
	// Weights are the non-zero weights as [index, weight] pairs.
	Weights [][2]float64 `json:"weights"`
	// Training describes how the artifact was made: data digest, split,
	// hyper-parameters, cross-validated figures.
	Training map[string]any `json:"training"`

	dense []float32
}

// parseModel decodes and checks a model artifact.
func parseModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode model artifact: %w", err)
	}
	if m.Dim == 0 || m.Dim&(m.Dim-1) != 0 {
		return nil, fmt.Errorf("model artifact %q: dim %d is not a power of two", m.Version, m.Dim)
	}
	m.dense = make([]float32, m.Dim)
	for _, w := range m.Weights {
		i := int(w[0])
		if i < 0 || i >= int(m.Dim) {
			return nil, fmt.Errorf("model artifact %q: weight index %d out of range", m.Version, i)
		}
		m.dense[i] = float32(w[1])
	}
	return &m, nil
}

// logit is the model's log-odds for a feature vector.
func (m *Model) logit(fs []feature) float64 {
	s := m.Bias
	for _, f := range fs {
		s += float64(m.dense[f.idx] * f.val)
	}
	return s
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func logitOf(p float64) float64 {
	p = math.Min(math.Max(p, 1e-9), 1-1e-9)
	return math.Log(p / (1 - p))
}
