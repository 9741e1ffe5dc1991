package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"L'hôpital de Rouen", "1,800 patients; 2.5 million", "Krankenhaus-IT", "ß€\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", tok.Start, tok.End, prev, s)
			}
			if tok.Norm == "" {
				t.Fatalf("empty token at %d in %q", tok.Start, s)
			}
			if utf8.ValidString(s) && strings.ToLower(tok.Norm) != tok.Norm && !strings.ContainsFunc(tok.Norm, func(r rune) bool { return r > 0x24f }) {
				t.Fatalf("token %q not lower case", tok.Norm)
			}
			prev = tok.End
		}
	})
}
