package text

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func norms(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Norm)
	}
	return out
}

func TestTokenize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"L'hôpital de Rouen", []string{"l", "hopital", "de", "rouen"}},
		{"Cyberangriff auf Krankenhäuser", []string{"cyberangriff", "auf", "krankenhauser"}},
		{"Straße, Ärzte; Señal", []string{"strasse", "arzte", "senal"}},
		{"records of 1,800 patients (2.5 million)", []string{"records", "of", "1,800", "patients", "2.5", "million"}},
		{"Krankenhaus-IT lahmgelegt.", []string{"krankenhaus", "it", "lahmgelegt"}},
		{"ends with a number 42.", []string{"ends", "with", "a", "number", "42"}},
		{"E-mail and e-mails, not e-", []string{"email", "and", "emails", "not", "e"}},
		{"a non-profit, Non-Emergency; non sono", []string{"a", "nonprofit", "nonemergency", "non", "sono"}},
		{"niet-dringende operaties, nicht-medizinische; niet meer", []string{"nietdringende", "operaties", "nichtmedizinische", "niet", "meer"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := norms(Tokenize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenBreak(t *testing.T) {
	t.Parallel()
	toks := Tokenize("was not encrypted. The files were encrypted the same day, 1,800 patients at U.S. and St. Louis on May 26. Patients")
	var breaks []string
	for _, tok := range toks {
		if tok.Break {
			breaks = append(breaks, tok.Norm)
		}
	}
	if want := []string{"the", "1,800", "patients"}; !reflect.DeepEqual(breaks, want) {
		t.Errorf("tokens after punctuation = %q, want %q", breaks, want)
	}
	// A short word that ends a sentence is no abbreviation.
	breaks = nil
	for _, tok := range Tokenize("stolen during a break-in. The server was backed up. It held files") {
		if tok.Break {
			breaks = append(breaks, tok.Norm)
		}
	}
	if want := []string{"the", "it"}; !reflect.DeepEqual(breaks, want) {
		t.Errorf("tokens after punctuation = %q, want %q", breaks, want)
	}
	lex := NewLexicon(map[string]int{"encrypted the": 1})
	hits := lex.Find(toks)
	if len(hits) != 1 || toks[hits[0].First].Start != strings.Index("was not encrypted. The files were encrypted the", "encrypted the") {
		t.Errorf("Find = %+v, want one hit on the second \"encrypted the\" only", hits)
	}
}

func TestTokenSpans(t *testing.T) {
	t.Parallel()
	s := "Le CHU de Rennes"
	toks := Tokenize(s)
	if len(toks) != 4 {
		t.Fatalf("Tokenize(%q): %d tokens, want 4", s, len(toks))
	}
	if got := s[toks[1].Start:toks[1].End]; got != "CHU" || !toks[1].Upper {
		t.Errorf("token 1 = %q upper=%v, want CHU upper", got, toks[1].Upper)
	}
	if toks[2].Upper {
		t.Errorf("token %q marked upper", toks[2].Norm)
	}
}

func TestLexiconFind(t *testing.T) {
	t.Parallel()
	lex := NewLexicon(map[string]string{
		"hospital*":           "org",
		"attacco informatico": "cyber",
		"attacco":             "attack",
		"data breach":         "breach",
		"computer virus":      "malware",
		"virus":               "bio",
	})
	tests := []struct {
		in   string
		want []string
	}{
		{"Hospitals report a data breach", []string{"org", "breach"}},
		{"Attacco informatico all'ospedale", []string{"cyber"}},
		{"un attacco", []string{"attack"}},
		{"a computer virus, not a flu virus", []string{"malware", "bio"}},
		{"hospice care", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range lex.Find(Tokenize(tt.in)) {
			got = append(got, h.Value)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	if got := Fold("Ciberataque CONTRA Hospital Clínic — Gesundheitsämter"); got != "ciberataque contra hospital clinic — gesundheitsamter" {
		t.Errorf("Fold = %q", got)
	}
}

// TestFoldGreek: Greek folds its tonos, its diaeresis and its final sigma,
// so that a lexicon's "κυβερνοεπιθε*" reads every form (round 40).
func TestFoldGreek(t *testing.T) {
	for in, want := range map[string]string{
		"Κυβερνοεπίθεσης": "κυβερνοεπιθεσησ",
		"χάκερς":          "χακερσ",
		"Νοσοκομείο":      "νοσοκομειο",
		"Ϊ ΐ ϋ ΰ ώ ή":     "ι ι υ υ ω η",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTokenizeIdeographs: Chinese, Japanese and Korean characters are one
// token each, Latin words among them stay whole, and their punctuation
// breaks (round 41).
func TestTokenizeIdeographs(t *testing.T) {
	t.Parallel()
	toks := Tokenize("病院にサイバー攻撃、Emotet感染。병원")
	want := []string{"病", "院", "に", "サ", "イ", "バ", "ー", "攻", "撃", "emotet", "感", "染", "병", "원"}
	if got := norms(toks); !reflect.DeepEqual(got, want) {
		t.Fatalf("Tokenize = %q, want %q", got, want)
	}
	if toks[1].Break || !toks[9].Break || !toks[9].Comma || !toks[12].Break || toks[12].Comma {
		t.Errorf("breaks: %+v", toks)
	}
}

// TestLexiconPrefixHeads: the filter on a prefix pattern's first two bytes
// keeps every match, for patterns of one, two and more bytes and for
// folded words (round 62).
func TestLexiconPrefixHeads(t *testing.T) {
	t.Parallel()
	long := NewLexicon(map[string]string{"ransom*": "ransom", "kr*": "kr", "ataque*": "attack"})
	short := NewLexicon(map[string]string{"x*": "x", "ransom*": "ransom"})
	tests := []struct {
		lex  *Lexicon[string]
		in   string
		want []string
	}{
		{long, "Ransomware hits Krankenhaus", []string{"ransom", "kr"}},
		{long, "un ataque, dos ataques", []string{"attack", "attack"}},
		{long, "r k ra", nil},
		{short, "X-ray ransom xylophone", []string{"x", "ransom", "x"}},
		{short, "y z", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range tt.lex.Find(Tokenize(tt.in)) {
			got = append(got, h.Value)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The first-word filter may let a token through that starts no phrase,
// never stop one that does: every one of many exact phrases is found, and
// words of the same lengths and letters that start none are not.
func TestLexiconFirstWordFilter(t *testing.T) {
	t.Parallel()
	entries := map[string]int{}
	for i := range 5000 {
		entries[fmt.Sprintf("w%dq phrase", i)] = i
	}
	entries["a"] = -1
	lex := NewLexicon(entries)
	for i := range 5000 {
		in := fmt.Sprintf("x w%dq phrase", i)
		hits := lex.Find(Tokenize(in))
		if len(hits) != 1 || hits[0].Value != i || hits[0].First != 1 || hits[0].Last != 2 {
			t.Fatalf("Find(%q) = %+v, want value %d on tokens 1-2", in, hits, i)
		}
	}
	if hits := lex.Find(Tokenize("a w12q w12qphrase w99999q phrase")); len(hits) != 1 || hits[0].Value != -1 {
		t.Errorf("Find found %+v, want only the one-letter phrase", hits)
	}
}

// TestVowelPoints: Hebrew's vowel points and Arabic's vowels stay inside
// their word and fold away; Arabic's alef forms and final ya fold to one
// letter; the Baltic letters fold as the others (round 66).
func TestVowelPoints(t *testing.T) {
	t.Parallel()
	checkNorms(t, []normCase{
		{"מִתְקֶפֶת סייבר", "מתקפת סייבר"},
		{"هجومٌ إلكترونيّ", "هجوم الكتروني"},
		{"مستشفى", "مستشفي"},
		{"Ёлка", "елка"},
		{"ligoninių ķēde", "ligoniniu kede"},
	})
}

// normCase is a text and its tokens' folded forms, joined by spaces.
type normCase struct{ in, want string }

func checkNorms(t *testing.T, cases []normCase) {
	t.Helper()
	for _, tt := range cases {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Norm)
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%q: %q, want %q", tt.in, s, tt.want)
		}
	}
}

// Indic scripts write zero-width joiners inside words; a word is one token
// whether the joiner is written or not (round 67).
func TestJoinersInsideWords(t *testing.T) {
	t.Parallel()
	checkNorms(t, []normCase{
		{"র\u200d্যানসমওয়্যার হামলা", "র্যানসমওয়্যার হামলা"},
		{"র্যানসমওয়্যার", "র্যানসমওয়্যার"},
		{"ర్యాన్సమ్\u200cవేర్ దాడి", "ర్యాన్సమ్వేర్ దాడి"},
		{"සෞඛ්\u200dය අමාත්\u200dයාංශය", "සෞඛ්ය අමාත්යාංශය"},
		{"end\u200d", "end"},
	})
}
