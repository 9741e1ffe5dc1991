// Package text tokenises report text for the classifier: lower-cased,
// accent-folded word tokens that remember where they came from, and a
// phrase matcher that finds multi-word lexicon entries among them.
//
// The package is pure and allocation-light, since every candidate passes
// through it once.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text: its normalised form and its byte span in the
// original string.
type Token struct {
	Norm       string // lower case, diacritics removed, ß→ss
	Start, End int    // byte offsets in the original text
	Upper      bool   // first letter was upper case in the original
	Digit      bool   // token starts with a digit
	Break      bool   // punctuation (. , ; : ! ? brackets, a line break) separates it from the token before
	Comma      bool   // that punctuation is a comma alone
	Hyphen     bool   // a hyphen alone joins it to the token before ("Fleury-les-Aubrais")
}

// Tokenize splits s into word tokens. Letters and digits form words; an
// apostrophe inside a word splits it (l'hôpital → l, hopital); a hyphen
// splits too (Krankenhaus-IT → krankenhaus, it), except after a lone "e"
// (e-mail → email), "non" (non-profit → nonprofit), Dutch "niet" or
// German "nicht" (niet-dringende → nietdringende). Digit groups joined by ',' or
// '.' stay one token ("1,800", "2.5").
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1)
	var b strings.Builder
	start := -1
	upper, digit, plain := false, false, true // plain: lower-case ASCII so far, Norm can share s
	flush := func(end int) {
		if start < 0 {
			return
		}
		norm := s[start:end]
		if !plain {
			b.Reset()
			for _, r := range norm {
				if r == ',' || r == '.' {
					b.WriteRune(r)
					continue
				}
				if r == '-' {
					continue // "e-mail" → email
				}
				foldInto(&b, r)
			}
			norm = b.String()
		}
		brk, comma, hyphen := false, false, false
		if n := len(toks); n > 0 {
			gap := s[toks[n-1].End:start]
			brk = breaks(gap, toks[n-1].Norm)
			g := strings.TrimSpace(gap)
			comma = brk && (g == "," || g == "、" || g == "，")
			hyphen = gap == "-"
		}
		toks = append(toks, Token{Norm: norm, Start: start, End: end, Upper: upper, Digit: digit, Break: brk, Comma: comma, Hyphen: hyphen})
		start = -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case Ideograph(r) || Thai(r):
			// Chinese, Japanese and Korean write words without spaces
			// between them ("県精神科医療センターにサイバー攻撃"): each character is
			// a token, and the lexicon's phrases are runs of them.
			flush(i)
			start, upper, digit, plain = i, false, false, false
			flush(i + size)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start, plain = i, true
				upper = unicode.IsUpper(r)
				digit = unicode.IsDigit(r)
			}
			if r >= utf8.RuneSelf || ('A' <= r && r <= 'Z') {
				plain = false
			}
		case (r == ',' || r == '.') && start >= 0 && digit && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			// a digit group separator stays in the token
		case r == '-' && start >= 0 && i-start == 1 && (s[start] == 'e' || s[start] == 'E') && i+1 < len(s) && isASCIILetter(s[i+1]):
			// "e-mail", "e-health": one word, as "email"
			plain = false
		case r == '-' && start >= 0 && i-start == 3 && strings.EqualFold(s[start:i], "non") && i+1 < len(s) && isASCIILetter(s[i+1]):
			// "non-profit", "non-emergency": one word, no negation
			plain = false
		case r == '-' && start >= 0 && (strings.EqualFold(s[start:i], "niet") || strings.EqualFold(s[start:i], "nicht")) &&
			i+1 < len(s) && isASCIILetter(s[i+1]):
			// Dutch "niet-dringende", German "nicht-medizinische": a prefix, no negation (round 32)
			plain = false
		case start >= 0 && (r == zwnj || r == zwj) && i+size < len(s):
			// the joiners Indic scripts write inside a word ("র‍্যানসমওয়্যার",
			// "ర్యాన్సమ్‌వేర్", "සෞඛ්‍ය") stay in it and leave its Norm (round 67)
			plain = false
		case start >= 0 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)):
			// a mark inside a word stays in it: Hebrew's points ("מִתְקֶפֶת"),
			// Arabic's vowels ("هجومٌ"), a decomposed accent (round 66)
			plain = false
		default:
			flush(i)
		}
		i += size
	}
	flush(len(s))
	return toks
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// breaks reports whether the gap between two words separates them: a
// comma, semicolon, colon, bracket, '!', '?', '|', a line break, or a full
// stop followed by a space after a word that is not an abbreviation ("U.S.
// hospital", "St. Louis" stay joined).
func breaks(gap, prev string) bool {
	if strings.ContainsAny(gap, ",;:!?()[]{}|\n") || (!isASCII(gap) && strings.ContainsAny(gap, cjkBreaks)) {
		return true
	}
	i := strings.IndexByte(gap, '.')
	if i < 0 || i+1 >= len(gap) || (gap[i+1] != ' ' && gap[i+1] != '\t') {
		return false
	}
	switch prev {
	case "in", "on", "up", "it", "us", "to", "do", "go", "so", "be", "at", "by", "of", "an", "as", "is":
		return true // words, not abbreviations: "during a break-in. The server…"
	}
	if len(prev) <= 2 && prev != "" && (prev[0] < '0' || prev[0] > '9') {
		return false // "U.S. hospital", "J. Smith"; "on May 26. Patients" does break
	}
	switch prev {
	case "st", "ste", "mt", "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "inc", "co", "corp", "ltd", "no", "vs", "dept":
		return false
	}
	return true
}

// cjkBreaks are the punctuation of Chinese, Japanese and Korean that
// separates words: full stops, commas, brackets and quotes.
const cjkBreaks = "、。，．！？：；（）「」『』【】〈〉《》・"

// CJKStop is the full stop and the marks that end a sentence in Chinese
// and Japanese.
const CJKStop = "。！？"

// Thai reports whether r is a letter or mark of Thai writing, which, like
// Chinese, puts no spaces between words: each is a token (round 65).
func Thai(r rune) bool { return r >= 0x0E01 && r <= 0x0E5B }

// Hebrew reports whether r is a Hebrew letter; Hebrew writes no capitals
// (round 66).
func Hebrew(r rune) bool { return r >= 0x05D0 && r <= 0x05EA }

// Arabic reports whether r is a letter of Arabic's basic block; Arabic
// writes no capitals (round 66).
func Arabic(r rune) bool { return r >= 0x0620 && r <= 0x064A }

// Ideograph reports whether r is a character of Chinese, Japanese or
// Korean writing: a Han ideograph, a kana, the kana length mark, or a
// Hangul syllable.
func Ideograph(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r) || r == 'ー')
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// Fold returns s lower-cased with diacritics removed, as tokens are.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldInto(&b, r)
	}
	return b.String()
}

func foldInto(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if vowelPoint(r) || r == zwnj || r == zwj {
		return // "מִתְקֶפֶת" is "מתקפת", "هجومٌ" "هجوم" (round 66); "র‍্যা" is "র্যা" (round 67)
	}
	r = unicode.ToLower(r)
	if f, ok := fold(r); ok {
		b.WriteString(f)
		return
	}
	b.WriteRune(r)
}

// The zero-width non-joiner and joiner, which shape Indic and Persian
// letters inside a word.
const (
	zwnj = '\u200C'
	zwj  = '\u200D'
)

// vowelPoint reports whether r is a mark Hebrew or Arabic may add to a
// word's letters, its vowels and cantillation (which most text leaves
// out), or Arabic's tatweel, a stretch of the line between letters.
func vowelPoint(r rune) bool {
	return (r >= 0x0591 && r <= 0x05C7) || (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) ||
		r == 0x0670 || r == 0x0640 || (r >= 0x06D6 && r <= 0x06ED)
}

// fold maps one lower-case rune to its unaccented form.
func fold(r rune) (string, bool) {
	switch r {
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'ø', 'ò', 'ó', 'ô', 'õ', 'ö', 'ō', 'ő':
		return "o", true
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă':
		return "a", true
	case 'ç', 'ć', 'č':
		return "c", true
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e", true
	case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı':
		return "i", true
	case 'ñ', 'ń', 'ň':
		return "n", true
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ų':
		return "u", true
	case 'ý', 'ÿ':
		return "y", true
	case 'ś', 'š', 'ș', 'ş':
		return "s", true
	case 'ź', 'ż', 'ž':
		return "z", true
	case 'ł':
		return "l", true
	case 'đ':
		return "d", true
	case 'ř':
		return "r", true
	case 'ț', 'ť', 'ţ':
		return "t", true
	case 'ğ', 'ģ':
		return "g", true
	case 'ķ':
		return "k", true
	case 'ļ':
		return "l", true
	case 'ņ':
		return "n", true
	// Greek: the tonos and the diaeresis, and the final sigma (round 40)
	case 'ά':
		return "α", true
	case 'έ':
		return "ε", true
	case 'ή':
		return "η", true
	case 'ί', 'ϊ', 'ΐ':
		return "ι", true
	case 'ό':
		return "ο", true
	case 'ύ', 'ϋ', 'ΰ':
		return "υ", true
	case 'ώ':
		return "ω", true
	case 'ς':
		return "σ", true
	case 'أ', 'إ', 'آ', 'ٱ':
		return "ا", true // Arabic's alef with or without its hamza, as the press writes either (round 66)
	case 'ى':
		return "ي", true // "مستشفى" and "مستشفي"
	case 'ё':
		return "е", true // Russian writes "е" for it but in dictionaries (round 66)
	}
	return "", false
}
