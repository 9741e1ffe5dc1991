package text

import (
	"sort"
	"strings"
)

// Lexicon finds phrases among tokens. A phrase is written in plain words
// ("data breach", "cyberattaque", "attacco informatico"); it is folded like
// the tokens are. A word ending in '*' matches any token with that prefix
// ("krankenh*", "ransom*"). Matching is greedy, left to right, longest
// phrase first, without overlaps. A phrase never spans punctuation: "not
// encrypted. The" does not match "encrypted the".
type Lexicon[T any] struct {
	byFirst    map[string][]phrase[T] // exact first word
	byPrefix   map[string][]phrase[T] // first word is a prefix pattern
	prefixLens []int
	// heads has one bit for the first two bytes of every prefix pattern,
	// so that a token no pattern starts skips the byPrefix look-ups; short
	// is set when a pattern is shorter than two bytes.
	heads bits16
	short bool
	// firsts has one bit for a hash of every exact first word, so that
	// most tokens, which start no phrase, skip the byFirst look-up.
	firsts bits16
}

type phrase[T any] struct {
	words []string // folded; a trailing '*' marks a prefix
	value T
}

// NewLexicon builds a lexicon from phrases and their values. Later
// duplicates replace earlier ones.
func NewLexicon[T any](entries map[string]T) *Lexicon[T] {
	l := &Lexicon[T]{byFirst: map[string][]phrase[T]{}, byPrefix: map[string][]phrase[T]{}}
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic order among equal lengths
	lens := map[int]bool{}
	for _, k := range keys {
		words := phraseWords(k)
		if len(words) == 0 {
			continue
		}
		p := phrase[T]{words: words, value: entries[k]}
		first := words[0]
		if pre, ok := strings.CutSuffix(first, "*"); ok {
			l.byPrefix[pre] = append(l.byPrefix[pre], p)
			lens[len(pre)] = true
			if len(pre) < 2 {
				l.short = true
			} else {
				l.heads.set(head(pre))
			}
		} else {
			l.byFirst[first] = append(l.byFirst[first], p)
			l.firsts.set(firstHash(first))
		}
	}
	for n := range lens {
		l.prefixLens = append(l.prefixLens, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(l.prefixLens)))
	for _, m := range []map[string][]phrase[T]{l.byFirst, l.byPrefix} {
		for k, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
			m[k] = ps
		}
	}
	return l
}

func phraseWords(s string) []string {
	var words []string
	for _, t := range Tokenize(s) {
		words = append(words, t.Norm)
	}
	if strings.HasSuffix(strings.TrimSpace(s), "*") && len(words) > 0 {
		words[len(words)-1] += "*"
	}
	return words
}

// Hit is one lexicon match: tokens [First, Last] carry Value.
type Hit[T any] struct {
	Value       T
	First, Last int
}

// Find returns every match in toks, longest first at each position.
func (l *Lexicon[T]) Find(toks []Token) []Hit[T] {
	var hits []Hit[T]
	for i := 0; i < len(toks); {
		if p, ok := l.matchAt(toks, i); ok {
			hits = append(hits, Hit[T]{Value: p.value, First: i, Last: i + len(p.words) - 1})
			i += len(p.words)
			continue
		}
		i++
	}
	return hits
}

func (l *Lexicon[T]) matchAt(toks []Token, i int) (phrase[T], bool) {
	var best phrase[T]
	found := false
	try := func(ps []phrase[T]) {
		for _, p := range ps {
			if found && len(p.words) <= len(best.words) {
				return
			}
			if matchWords(p.words, toks[i:]) {
				best, found = p, true
				return
			}
		}
	}
	norm := toks[i].Norm
	if l.firsts.has(firstHash(norm)) {
		try(l.byFirst[norm])
	}
	if !l.mayStartPrefix(norm) {
		return best, found
	}
	for _, n := range l.prefixLens {
		if n <= len(norm) {
			try(l.byPrefix[norm[:n]])
		}
	}
	return best, found
}

// mayStartPrefix reports whether some prefix pattern may match norm: the
// pattern's first two bytes are norm's, or a pattern is shorter.
func (l *Lexicon[T]) mayStartPrefix(norm string) bool {
	if l.short {
		return true
	}
	if len(norm) < 2 {
		return false
	}
	return l.heads.has(head(norm))
}

// firstHash hashes a word's length and its first, middle and last bytes
// into the firsts filter's 16 bits.
func firstHash(s string) uint16 {
	if s == "" {
		return 0
	}
	h := uint32(len(s))
	h = h*31 + uint32(s[0])
	h = h*31 + uint32(s[len(s)/2])
	h = h*31 + uint32(s[len(s)-1])
	return uint16((h * 0x9E3779B1) >> 16)
}

// bits16 is a set of 16-bit values, one bit each.
type bits16 [1 << 10]uint64

func (b *bits16) set(v uint16)      { b[v>>6] |= 1 << (v & 63) }
func (b *bits16) has(v uint16) bool { return b[v>>6]&(1<<(v&63)) != 0 }

// head packs a string's first two bytes for the heads filter.
func head(s string) uint16 {
	return uint16(s[0])<<8 | uint16(s[1])
}

func matchWords(words []string, toks []Token) bool {
	if len(words) > len(toks) {
		return false
	}
	for j, w := range words {
		if j > 0 && toks[j].Break {
			return false
		}
		if pre, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(toks[j].Norm, pre) {
				return false
			}
		} else if toks[j].Norm != w {
			return false
		}
	}
	return true
}
