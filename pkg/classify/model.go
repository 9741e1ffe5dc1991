package classify

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
)

// Model is the statistical half of the classifier: three logistic
// regressions over the same hashed word n-grams and concept features, and a
// small stacker that combines their log-odds.
//
//   - main: trained on is_health_cyberattack itself;
//   - cyber: is the report about a cyberattack at all (trained on the
//     sources' own breach categories: PRC HACK vs. loss/theft/disclosure, HHS
//     "Hacking/IT Incident" vs. theft/loss/disposal, CASIE actual attacks vs.
//     vulnerability news, news as negatives);
//   - health: is the target a health organisation (PRC MED, HHS covered
//     entities, EuRepoC's Health sub-sector).
//
// Its JSON form is the versioned artifact embedded in the package
// (model.json.gz).
type Model struct {
	Version   string  `json:"version"`
	Dim       uint32  `json:"dim"`        // hashed feature space, a power of two
	WordScale float64 `json:"word_scale"` // scale of word features against concept features
	// Features are the optional feature families (zero: none).
	Features Features `json:"features"`
	// Heads are the three regressions, by name (main, cyber, health).
	Heads map[string]*Head `json:"heads"`
	// Stack combines the heads' log-odds: z = Bias + Σ Weights[name]·z_name.
	// Its bias includes the calibration shift that puts the decision
	// threshold chosen by cross-validation at score 0.5.
	Stack Stack `json:"stack"`
	// Threshold is the stacked probability cross-validation chose, before
	// the shift (kept for the record).
	Threshold float64 `json:"threshold"`
	// Training describes how the artifact was made: data digest, split,
	// hyper-parameters, cross-validated figures.
	Training map[string]any `json:"training"`

	cvErrors []string
}

// Stack is the combination of the heads.
type Stack struct {
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
}

// Head is one logistic regression: a bias and a dense weight vector stored
// as base64 of little-endian float32.
type Head struct {
	Bias    float64 `json:"bias"`
	Weights string  `json:"weights"`

	dense []float32
}

// Head names.
const (
	headMain   = "main"
	headCyber  = "cyber"
	headHealth = "health"
)

func headNames() []string { return []string{headMain, headCyber, headHealth} }

func newHead(w []float32, b float64) *Head {
	buf := make([]byte, 4*len(w))
	for i, v := range w {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(v))
	}
	return &Head{Bias: b, Weights: base64.StdEncoding.EncodeToString(buf), dense: w}
}

// CVErrors lists the training items the cross-validation misclassified at
// the chosen threshold (empty for a loaded artifact).
func (m *Model) CVErrors() []string { return m.cvErrors }

// Artifact encodes the model as model.json.gz holds it: one line of JSON
// and a newline, gzip-compressed with no name or time in the header, so the
// same model always gives the same bytes. It is what `make train` writes.
func (m *Model) Artifact() ([]byte, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("encode model artifact %q: %w", m.Version, err)
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("compress model artifact: %w", err)
	}
	if _, err := zw.Write(append(b, '\n')); err != nil {
		return nil, fmt.Errorf("compress model artifact: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress model artifact: %w", err)
	}
	return buf.Bytes(), nil
}

// parseModel decodes and checks a model artifact (gzip-compressed JSON, or
// plain JSON).
func parseModel(b []byte) (*Model, error) {
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("decompress model artifact: %w", err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("decompress model artifact: %w", err)
		}
	}
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode model artifact: %w", err)
	}
	if m.Dim == 0 || m.Dim&(m.Dim-1) != 0 {
		return nil, fmt.Errorf("model artifact %q: dim %d is not a power of two", m.Version, m.Dim)
	}
	if m.WordScale == 0 {
		m.WordScale = 1
	}
	for _, name := range headNames() {
		h := m.Heads[name]
		if h == nil {
			return nil, fmt.Errorf("model artifact %q: head %q missing", m.Version, name)
		}
		raw, err := base64.StdEncoding.DecodeString(h.Weights)
		if err != nil {
			return nil, fmt.Errorf("model artifact %q: head %q: %w", m.Version, name, err)
		}
		if len(raw) != 4*int(m.Dim) {
			return nil, fmt.Errorf("model artifact %q: head %q has %d weights, want %d", m.Version, name, len(raw)/4, m.Dim)
		}
		h.dense = make([]float32, m.Dim)
		for i := range h.dense {
			h.dense[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
	}
	return &m, nil
}

// space is the feature space the model was trained in.
func (m *Model) space() featureSpace {
	return featureSpace{dim: m.Dim, wordScale: m.WordScale, Features: m.Features}
}

// logit is a head's log-odds for a feature vector.
func (h *Head) logit(fs []feature) float64 { return dot(h.dense, h.Bias, fs) }

// scores are the heads' and the stack's log-odds for one candidate.
type scores struct {
	main, cyber, health, rule, stacked float64
}

// stackRule names the rule input of the stack.
const stackRule = "rule:health_org_and_attack"

// healthCyberRule is the transparent rule the stack weighs beside the
// heads: 1 when a health organisation or health data and an unambiguous
// attack word (or a known threat actor) are both named, with no sign of a
// lost or stolen device, misdirected mail or disposal.
func healthCyberRule(e evidence) float64 {
	if (e.n[kHealthOrg] > 0 || e.n[kHealthData] > 0) && (e.strong > 0 || e.actor) && e.n[kLoss] == 0 {
		return 1
	}
	return 0
}

// headView is the view of the document a head is trained and scored on.
func headView(name string) view {
	switch name {
	case headCyber:
		return viewCyber
	case headHealth:
		return viewHealth
	}
	return viewAll
}

// score runs the heads over the document's views and stacks them.
func (m *Model) score(d *doc, e evidence, wordsOff bool) scores {
	logit := func(name string) float64 {
		return m.Heads[name].logit(vectorize(d, e, m.space(), wordsOff, headView(name)))
	}
	s := scores{main: logit(headMain), cyber: logit(headCyber), health: logit(headHealth), rule: healthCyberRule(e)}
	s.stacked = m.Stack.combine(s)
	return s
}

func (st Stack) combine(s scores) float64 {
	x := s.stackInputs()
	return st.Bias + st.Weights[headMain]*x[1] + st.Weights[headCyber]*x[2] + st.Weights[headHealth]*x[3] +
		st.Weights[stackRule]*x[4]
}

// headLogitBound bounds each head's log-odds before they are stacked: a
// cyberattack described beyond doubt is no more likely to have hit a health
// organisation for that. Unbounded, a saturated head (log-odds 12 for "APT29
// phishing") outweighed two heads that found no health victim.
const headLogitBound = 6.0

// stackInputs are the stack's inputs: a constant, the bounded head
// log-odds and the rule.
func (s scores) stackInputs() [5]float64 {
	b := func(x float64) float64 { return math.Max(-headLogitBound, math.Min(headLogitBound, x)) }
	return [5]float64{1, b(s.main), b(s.cyber), b(s.health), s.rule}
}

func dot(w []float32, b float64, fs []feature) float64 {
	s := b
	for _, f := range fs {
		s += float64(w[f.idx] * f.val)
	}
	return s
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

func logitOf(p float64) float64 {
	p = math.Min(math.Max(p, 1e-9), 1-1e-9)
	return math.Log(p / (1 - p))
}
