// Package textdate finds the calendar dates a report's text states — "On
// April 14, 2013, …", "between March 1 and March 5, 2012", "in October",
// "le 12 mars", "am 3. Mai 2024", "el 5 de marzo de 2023", "il 12 marzo",
// "03/14/2012", "2024-05-03", "2022年12月3日", "2023년 6월 16일" — as day or
// month spans, so that two reports of one organisation can be compared on
// when their breaches happened.
//
// Dates without a year take the year that puts them closest before the
// report's own date (or the year of a date that follows within the same
// phrase: "March 1 and March 5, 2012"). Dates after the report's date or
// more than MaxYearsBack before it are dropped: they are deadlines, dates of
// birth or of service, not the breach. Numeric dates are read month first
// (US style) unless the first number cannot be a month; dotted ones
// (3.5.2024) day first.
//
// The package is pure: no I/O, no clock, no mutable state.
package textdate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mozillazg/go-unidecode"
)

// MaxYearsBack bounds how far before the report's date a stated date may lie.
const MaxYearsBack = 10

// aheadDays: a date without a year that falls from a week to this many
// days after the report's date is dropped rather than put in the year
// before; further ahead, it is last year's ("in December" on a page of
// January).
const aheadDays = 45

// maxSpans bounds the spans Find returns for one text.
const maxSpans = 8

// Span is a stated date or range of dates, both ends inclusive, at midnight
// UTC. Day is true when the text named a day (not only a month). Later is
// true when the words around the date make it a date of discovery, report
// or notification ("discovered on May 8", "On June 28, 2013, the CE
// reported…", "UPDATE (08/28/2013)"), which may fall weeks or months after
// the breach itself.
type Span struct {
	From, To time.Time
	Day      bool
	Later    bool
	// Dateline: the page's own date on a line of its own (also Later).
	Dateline bool
	// Offset is where the date starts in the text (in bytes of its
	// transliterated form).
	Offset int
	// Yearless: the text gave no year; it was settled from the report's
	// date or a following date.
	Yearless bool
	// Deadline: a day something must be done by ("enroll … by a deadline
	// of Feb. 18, 2023", "claims must be submitted by"), no event's.
	Deadline bool
}

// Primary returns the first span of spans that is not a Later date: the
// date a report gives for the breach itself ("On April 14, 2013, a laptop
// was stolen"; a second date further on is usually another event it
// mentions).
func Primary(spans []Span) (Span, bool) {
	for _, s := range spans {
		if !s.Later {
			return s, true
		}
	}
	return Span{}, false
}

// Published returns the day of the first dateline among spans: the date of
// a page that came without one.
func Published(spans []Span) (time.Time, bool) {
	for _, s := range spans {
		if s.Dateline && s.From.Equal(s.To) {
			return s.From, true
		}
	}
	return time.Time{}, false
}

// MonthDay is a day of the year a text states, whatever its year.
type MonthDay struct {
	Month time.Month
	Day   int
}

// yearlessRef dates a page nothing dates, for MonthDays: the last day of a
// leap year, so that every month and day, February 29 too, falls before it.
var yearlessRef = time.Date(2028, 12, 31, 0, 0, 0, 0, time.UTC)

// MonthDays returns the days of the year a text states without a year
// ("May 23 and May 29", "le 3 mars"), at most maxSpans, in text order: what
// a page without a date still tells of when its events happened, to be
// compared with an incident's stated days (round 55: a hospital's two
// email breaches two months apart, its undated reports told apart by their
// days). A date with its year ("March 19, 2016") is compared as it is.
func MonthDays(text string) []MonthDay {
	var out []MonthDay
	for _, sp := range Find(text, yearlessRef) {
		if !sp.Day || !sp.Yearless {
			continue
		}
		for _, t := range []time.Time{sp.From, sp.To} {
			md := MonthDay{t.Month(), t.Day()}
			if !slices.Contains(out, md) && len(out) < maxSpans {
				out = append(out, md)
			}
		}
	}
	return out
}

// DaysApart returns how many days separate a day of the year from the
// span's nearest day, across a year's end ("December 30" and "January 2"
// are three days apart) and whatever the years.
func DaysApart(md MonthDay, sp Span) float64 {
	best := 366.0
	for _, t := range []time.Time{sp.From, sp.To} {
		for _, y := range []int{t.Year() - 1, t.Year(), t.Year() + 1} {
			d := time.Date(y, md.Month, md.Day, 0, 0, 0, 0, time.UTC)
			best = min(best, Gap(Span{From: d, To: d}, sp))
		}
	}
	return best
}

// String formats a span as "2013-04-14", "2013-04" (a whole month) or
// "2012-03-01/2012-03-05" (a range): the form Parse reads back.
func (s Span) String() string {
	switch {
	case s.Day && s.From.Equal(s.To):
		return s.From.Format(time.DateOnly)
	case !s.Day && s.From.Day() == 1 && s.To.Equal(s.From.AddDate(0, 1, -1)):
		return s.From.Format("2006-01")
	}
	return s.From.Format(time.DateOnly) + "/" + s.To.Format(time.DateOnly)
}

// Parse reads a span written by String.
func Parse(v string) (Span, bool) {
	v = strings.TrimSpace(v)
	if from, to, ok := strings.Cut(v, "/"); ok {
		f, err1 := time.Parse(time.DateOnly, from)
		t, err2 := time.Parse(time.DateOnly, to)
		if err1 != nil || err2 != nil || t.Before(f) {
			return Span{}, false
		}
		return Span{From: f, To: t, Day: true}, true
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return Span{From: t, To: t, Day: true}, true
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return Span{From: t, To: t.AddDate(0, 1, -1)}, true
	}
	return Span{}, false
}

// Gap returns the days between two spans: 0 when they overlap.
func Gap(a, b Span) float64 {
	switch {
	case a.To.Before(b.From):
		return b.From.Sub(a.To).Hours() / 24
	case b.To.Before(a.From):
		return a.From.Sub(b.To).Hours() / 24
	}
	return 0
}

// months maps month names and abbreviations of English, French, German,
// Spanish, Italian and Dutch (after transliteration and lower-casing) to
// their number.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "janvier": 1, "januar": 1, "janner": 1, "enero": 1, "gennaio": 1, "januari": 1,
	"february": 2, "feb": 2, "fevrier": 2, "februar": 2, "febrero": 2, "febbraio": 2, "februari": 2,
	"march": 3, "mar": 3, "mars": 3, "marz": 3, "maerz": 3, "marzo": 3, "maart": 3,
	"april": 4, "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
	"may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mei": 5,
	"june": 6, "jun": 6, "juin": 6, "juni": 6, "junio": 6, "giugno": 6,
	"july": 7, "jul": 7, "juillet": 7, "juli": 7, "julio": 7, "luglio": 7,
	"august": 8, "aug": 8, "aout": 8, "agosto": 8, "augustus": 8,
	"september": 9, "sept": 9, "sep": 9, "septembre": 9, "septiembre": 9, "setiembre": 9, "settembre": 9,
	"october": 10, "oct": 10, "octobre": 10, "oktober": 10, "octubre": 10, "ottobre": 10,
	"november": 11, "nov": 11, "novembre": 11, "noviembre": 11,
	"december": 12, "dec": 12, "decembre": 12, "dezember": 12, "diciembre": 12, "dicembre": 12,
}

// monthAlt is the regexp alternation of month names, longest first so that
// "september" is not read as "sep".
const monthAlt = `january|february|march|april|may|june|july|august|september|october|november|december|` +
	`janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|` +
	`januar|janner|februar|maerz|marz|juni|juli|oktober|dezember|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|` +
	`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|` +
	`januari|februari|maart|mei|augustus|` +
	`sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec`

// fullMonthAlt lists the month names that may stand alone ("in October",
// "en mars"): no abbreviations; English "may" only before an event.
const fullMonthAlt = `january|february|march|april|may|june|july|august|september|october|november|december|` +
	`janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|` +
	`januar|februar|maerz|marz|juni|juli|oktober|dezember|` +
	`enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|` +
	`gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre`

// aloneMonthEvent lets a month stand alone when it names an event: "the
// February ransomware attack", "the March breach" (text lower-cased).
var aloneMonthEvent = regexp.MustCompile(`^(?:'s)?\s+(?:[a-z-]+\s+)?(?:attack|attacks|cyberattack|cyber-attack|breach|hack|intrusion|incident|outage)\b`)

// eventArticle is the word before a month that names an event: "the
// February ransomware attack", "affected by May ransomware attack".
var eventArticle = regexp.MustCompile(`\b(?:the|by|after|since|from|its|a)\s+$`)

// aloneMonthCue is the word that must precede a month named alone.
var aloneMonthCue = regexp.MustCompile(`\b(?:in|during|since|early|late|mid|en|im|nel|durante|debut|fin|de|del|di|seit|depuis|desde)[\s-]+$`)

// datePattern matches one stated date. Alternatives, tried left to right:
// month-day-year ("april 14, 2013", "may 8th"), day-month-year ("14 april
// 2013", "3. mai", "12 de marzo de 2023", "1er mars"), month-year ("march
// 2012", "octobre 2021"), a month after "in"/"during"/"en"/"im"/"nel"
// ISO, dotted and slashed numeric dates, and last a month named alone, which
// counts only after "in", "during", "en", "im", "nel"… ("in october").
var datePattern = regexp.MustCompile(
	`\b(?P<m1>` + monthAlt + `)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|through)\s*(?P<e1>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?` +
		`|\b(?:(?P<e2>\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:-|–|au|bis|to|al|a|y|et|and|und)\s*)?(?P<d2>\d{1,2})(?:st|nd|rd|th|er|\.|o)?\s+(?:de\s+)?(?P<m2>` + monthAlt + `)\b\.?(?:,?\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d\d)\b)?` +
		`|\b(?P<m3>` + monthAlt + `)\.?,?\s+(?:of\s+|de\s+|del\s+)?(?P<y3>(?:19|20)\d\d)\b` +
		`|\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b` +
		`|\b(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>(?:19|20)\d\d)\b` +
		`|\b(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>(?:19|20)?\d\d)\b` +
		`|\b(?P<m4>` + fullMonthAlt + `)\b` +
		// Chinese, Japanese and Korean dates as transliterated: "2022年12月3日" is "2022nian 12yue 3ri",
		// "2023년 6월 16일" "2023nyeon 6weol 16il" (round 55)
		`|(?:\b(?P<cy>(?:19|20)\d\d)\s*(?:nian|nyeon)\s*)?\b(?P<cm>\d{1,2})\s*(?:yue|weol)(?:\s*(?P<cd>\d{1,2})\s*(?:ri|il)\b)?`)

// connector joins two dates into a range: "march 1 to march 5", "du 3 au
// 5 mai", "vom 3. bis 5. Mai", "between … and …".
var connector = regexp.MustCompile(`^\s*(?:-|–|—|to|through|thru|until|till|and|au|bis|al|a|y|et|e|und|tot)\s*$`)

// yearLink joins a date without a year to a following one whose year it
// borrows: "march 1 and march 5, 2012", "april 14 or the early morning of
// april 15, 2013".
var yearLink = regexp.MustCompile(`^\s*(?:,|-|–|—|to|through|thru|until|till|and|or|au|bis|al|a|y|o|et|ou|e|und|oder|tot)?\s*(?:the\s+)?(?:(?:early\s+)?(?:morning|night|evening)\s+of\s+)?$`)

// Cues of a date's role, read in the words around it (same sentence): the
// nearest one decides; a date with neither is a date of the breach. A
// date a lawsuit was filed or a court heard it is a later one too ("Dans
// une déclaration remise le 27 décembre à la Cour supérieure").
var (
	// deadlineCue ends the words before a date by which something must be
	// done: a notice's enrolment or a settlement's claims (round 68).
	deadlineCue = regexp.MustCompile(`(?:\bdeadline(?: (?:of|is|to \w+(?: \w+)?))?|\benroll(?:ment)? by|\bno later than|\bon or before|\bpostmarked by|\bsubmitted by|\bfiled by|\bclaims? by|\bopt out by|\bobject by)[ ,:]*$`)
	laterCue    = regexp.MustCompile(`\b(?:discover\w*|learn\w*|detect\w*|notic\w*|uncover\w*|found|identified|reported|reporting|notif\w*|announc\w*|letters?|informed|aware|update|updated|submit\w*|filed|confirm\w*|civil rights|hhs|ocr|attorneys? general|regulators?|decouv\w*|signal\w*|annonc\w*|entdeck\w*|bemerkt|gemeldet|mitgeteilt|informiert|bekannt\w*|descubi\w*|detectad\w*|notific\w*|comunic\w*|anunci\w*|scopert\w*|rilevat\w*|annunciat\w*|` +
		// the attackers' publication of what they stole (round 61)
		`published|dumped|` +
		// systems brought back after the attack (round 62): "announced the restoration of its
		// patient-facing systems online on May 20, 2024, after a cyberattack on January 31"
		`restor\w*|reactivat\w*|back online|` +
		// letters sent: "Notification letters began going out on 20 June 2025" (round 63)
		`going out|went out|sent out|mailed|mailing|` +
		// an investigation's end: "A forensic investigation concluded on 5 May 2025" (round 63)
		`concluded|completed|` +
		// a court's or a complaint's date: the breach was known by then
		`courts?|lawsuits?|sued|class action|complaint|settle\w*|cour|tribunal|tribunale|recours|plainte|klage|gericht\w*|rechtbank|querela|denuncia|` +
		// a settlement's deadline for claims: "Die Frist zur Einreichung von Ansprüchen läuft am 5. Januar 2026 ab" (round 53)
		`deadline|frist\w*|anspr\w*|plazo|scadenza|date limite|fecha limite)\b`)
	// legalCompound is an event's word that names a lawsuit or a
	// settlement, not the event: "Data Breach Settlement Website Is Live",
	// "the ransomware lawsuit" (round 50).
	legalCompound = regexp.MustCompile(`(?i)\b(?:breach|hack|attack|incident|ransomware)\w*(\s+(?:settlement|lawsuit|litigation|class action|case))\b`)
	// noticeOf is a notice's name for the event it tells of, whose
	// date is the notice's: "filed a notice of data breach on July 3rd,
	// 2024", "breach notification letters mailed on May 5" (round 60). Its
	// group is the event's word.
	noticeOf = regexp.MustCompile(`(?i)\b(?:notices?|notifications?|letters?|reports?)\s+(?:of|about)\s+(?:an?\s+|the\s+|its\s+)?(?:data\s+|security\s+|privacy\s+|cyber\s*)?(breach\w*|incident\w*|hack\w*|attack\w*)` +
		`|\b(breach\w*|incident\w*)\s+(?:notices?|notifications?|letters?)\b`)
	// leakOfStolen is the attackers' publication of what they stole, a
	// later event whose "stolen" describes the files: "they published the
	// stolen files onto the internet on May 6, 2024" (round 61). Its group
	// is the word that would read as the theft.
	leakOfStolen = regexp.MustCompile(`(?i)\b(?:published|posted|dumped|leaked|released|uploaded)\s+(?:the\s+|their\s+|some\s+|all\s+|of\s+the\s+)?(stolen)\b`)
	eventCue     = regexp.MustCompile(`\b(?:stole\w*|theft|thie\w*|burglar\w*|broke\w*|break-?in|lost|loss|missing|hack\w*|attack\w*|breach\w*|accessed|compromis\w*|occur\w*|happen\w*|infect\w*|encrypt\w*|ransom\w*|intrusion|incident|vol|vole|cyberattaque|piratage|angriff\w*|cyberangriff\w*|gestohlen|robo|robad\w*|ataque|ciberataque|furto|rubat\w*|attacco|beg[au]n|beginning|started|as early as|dating back)\b`)
)

// isLater reports whether the date at s[start:end] is a date of discovery
// or report: a later-cue nearer to it than any event cue, within 60
// characters before it or 80 after it, in the same sentence.
func isLater(s string, start, end int) bool {
	before := s[max(0, start-60):start]
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before = before[i+1:]
	}
	after := s[end:min(len(s), end+80)]
	if i := strings.IndexAny(after, ".;!?"); i >= 0 {
		after = after[:i]
	}
	if relativeClause.MatchString(before) {
		// a date inside a relative clause: the cues after its closing
		// comma are the main clause's ("the ransomware group, which had
		// survived a law enforcement takedown attempt in December 2023,
		// announced that …", round 69)
		if i := strings.IndexByte(after, ','); i >= 0 {
			after = after[:i]
		}
	}
	before, after = withoutLegalCompounds(before), withoutLegalCompounds(after)
	nearest := func(re *regexp.Regexp) int {
		d := 1 << 30
		if locs := re.FindAllStringIndex(before, -1); len(locs) > 0 {
			d = len(before) - locs[len(locs)-1][1]
		}
		if loc := re.FindStringIndex(after); loc != nil {
			d = min(d, loc[0])
		}
		return d
	}
	later, event := nearest(laterCue), nearest(eventCue)
	return later < event
}

// relativeClause ends the words before a date that stand in a relative
// clause opened after a comma: ", which had survived … in".
var relativeClause = regexp.MustCompile(`,\s*(?:which|who)\b[^,]*$`)

// withoutLegalCompounds blanks the event word of a lawsuit's, a
// settlement's or a notice's name, keeping every offset.
func withoutLegalCompounds(s string) string {
	s = legalCompound.ReplaceAllStringFunc(s, func(m string) string {
		sub := legalCompound.FindStringSubmatchIndex(m)
		return strings.Repeat(" ", sub[2]) + m[sub[2]:]
	})
	s = leakOfStolen.ReplaceAllStringFunc(s, func(m string) string {
		sub := leakOfStolen.FindStringSubmatchIndex(m)
		return m[:sub[2]] + strings.Repeat(" ", sub[3]-sub[2]) + m[sub[3]:]
	})
	return noticeOf.ReplaceAllStringFunc(s, func(m string) string {
		sub := noticeOf.FindStringSubmatchIndex(m)
		for g := 2; g+1 < len(sub); g += 2 {
			if sub[g] >= 0 {
				return m[:sub[g]] + strings.Repeat(" ", sub[g+1]-sub[g]) + m[sub[g+1]:]
			}
		}
		return m
	})
}

// otherVictimsCue marks a sentence about other organisations attacked
// before: "D'autres centres hospitaliers français ont été la cible de
// cyberattaques ces derniers mois, notamment celui de Brest … en mars
// dernier" (round 33). Matched on folded text.
const otherVictimsCue = `(?:d'autres|other|andere|otros|altri|outros) (?:[\w'-]+ ){0,2}(?:hopitaux|hospitals|centres|etablissements|cliniques|clinics|kliniken|krankenhauser|hospitales|ospedali|hospitais|ziekenhuizen)`

// earlierAttackCue marks an attack the organisation suffered before the
// one reported: "It is not the trust's first brush with malware: in January
// 2017 …", "previously hit", "La institución ya había sufrido en mayo de
// 2022 el ataque del grupo Hive", "Vivalia avait déjà subi … en novembre
// 2022", "seven months after AIIMS was hit by a ransomware attack on
// November 23" (round 33), "previously experienced service disruptions due
// to a cyberattack in November 2022", "a similar attack in November last
// year" (round 69). Matched on folded text (lower case, no diacritics).
const earlierAttackCue = `not (?:the|its) (?:[\w']+ )?first|first brush|previously (?:been )?(?:hit|attacked|targeted|breached|struck|hacked|experienced|suffered)|` +
	`(?:had|has|have) already (?:been (?:hit|attacked|targeted|paralysed|paralyzed|crippled|breached|hacked)|suffered|experienced)|ya (?:habia|ha) sufrido|(?:avait|a) deja (?:ete )?(?:subi|victime|vise|touche|cible|paralyse|frappe|attaque|pirate|bloque)|(?:hatte|war|wurde) bereits|(?:aveva|era) gia (?:subito|stato|stata)|ja (?:tinha|havia) sofrido|eerder (?:al )?(?:getroffen|slachtoffer|gehackt)|` +
	`(?:weeks|months|years) after (?:[\w'-]+ ){1,4}(?:was|were|had been) (?:hit|attacked|targeted|struck|breached|hacked)|` +
	`(?:a|an) (?:similar|earlier|previous|prior) (?:\w+ ){0,2}(?:attack|cyberattack|cyber-attack|breach|incident|intrusion) (?:in (?:\w+ ){1,2})?last year`

// previousAttacksCue marks earlier attacks an investigation of the
// reported one uncovered: "investigations also uncovered previous attacks
// dating from 2016 to March 2019" (round 43). Matched on folded text.
const previousAttacksCue = `(?:previous|earlier|prior|older) (?:[\w-]+ )?(?:attacks|breaches|intrusions|hacks|incidents|cyberattacks)|` +
	`(?:attaques|intrusions) (?:anterieures|precedentes)|(?:fruheren|fruhere|vorherige|vorherigen) (?:angriffe|angriffen)|` +
	`(?:ataques|intrusiones) (?:anteriores|previos)|(?:attacchi|intrusioni) (?:precedenti|anteriori)|eerdere (?:aanvallen|hacks)`

var (
	earlierAttack = regexp.MustCompile(`\b(?:` + earlierAttackCue + `)\b`)
	// otherIncidentCue marks a sentence that tells of another incident than
	// the report's: "The attack is separate from the February hack of
	// Change Healthcare", or an earlier attack.
	otherIncidentCue = regexp.MustCompile(`\b(?:separate from|unrelated to|distinct from|` + otherVictimsCue + `|` + earlierAttackCue + `|` +
		previousAttacksCue + `)\b`)
)

// EarlierAttack reports whether text tells of an attack its organisation
// suffered before the one it reports: the report is of a further attack.
func EarlierAttack(text string) bool {
	return earlierAttack.MatchString(strings.ToLower(unidecode.Unidecode(text)))
}

// ofOtherIncident reports whether the date at s[start:] stands in a
// sentence that tells of another incident (otherIncidentCue before it), or
// early in the sentence right after one that tells of an earlier attack:
// "This is not the first time Kaiser has faced a data security challenge.
// In June 2022, they reported a breach …" (round 69).
func ofOtherIncident(s string, start int) bool {
	before := s[max(0, start-400):start]
	prev := ""
	if i := strings.LastIndexAny(before, ".;!?"); i >= 0 {
		before, prev = before[i+1:], before[:i]
	}
	if otherIncidentCue.MatchString(before[max(0, len(before)-200):]) {
		return true
	}
	if prev == "" || len(strings.Fields(before)) > 12 {
		return false
	}
	if i := strings.LastIndexAny(prev, ".;!?"); i >= 0 {
		prev = prev[i+1:]
	}
	return earlierAttack.MatchString(prev)
}

// raw is one matched date before its year is settled.
type raw struct {
	start, end int
	year       int // 0 when not stated
	month      time.Month
	day        int // 0 for a whole month
	first      int // first day of a range within the month ("3 au 5 mai", "March 1-5"), else 0
}

// Find returns the spans of the dates text states, in text order, with
// ranges joined; ref is the report's own date (publication), which settles
// missing years and bounds which dates count. A zero ref keeps only dates
// with a year and applies no bounds.
func Find(text string, ref time.Time) []Span {
	s := strings.ToLower(unidecode.Unidecode(text))
	idx := datePattern.SubexpNames()
	var found []raw
	for _, w := range windows(s) {
		for _, m := range datePattern.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += w[0]
				}
			}
			g := func(name string) string {
				for i, n := range idx {
					if n == name && m[2*i] >= 0 {
						return s[m[2*i]:m[2*i+1]]
					}
				}
				return ""
			}
			if g("m4") != "" {
				// "in October", "the February ransomware attack", "by May
				// ransomware attack"; English "may" is a verb anywhere else.
				event := aloneMonthEvent.MatchString(s[m[1]:min(len(s), m[1]+40)])
				before := s[max(0, m[0]-12):m[0]]
				if !aloneMonthCue.MatchString(before) && !(event && eventArticle.MatchString(before)) {
					continue
				}
			}
			if r, ok := readRaw(g); ok {
				r.start, r.end = m[0], m[1]
				found = append(found, r)
			}
		}
	}
	// A date without a year borrows the year of a following date in the
	// same phrase ("march 1 and march 5, 2012").
	for i := range found {
		if found[i].year != 0 {
			continue
		}
		for j := i + 1; j < len(found) && yearLink.MatchString(s[found[j-1].end:found[j].start]); j++ {
			if found[j].year != 0 {
				found[i].year = found[j].year
				if found[i].month > found[j].month {
					found[i].year-- // "december 20 to january 5, 2012"
				}
				break
			}
		}
	}
	var out []Span
	prevEnd := -1
	for _, r := range found {
		sp, ok := settle(r, ref)
		if !ok {
			prevEnd = -1
			continue
		}
		if ofOtherIncident(s, r.start) {
			prevEnd = -1
			continue // "separate from the February hack of Change Healthcare": another incident's date
		}
		if inCaption(s, r.start) {
			prevEnd = -1
			continue // "Exterior of Beaumont hospital in Royal Oak, Michigan on March 31, 2020. (Photo: …)": when a photo was taken (round 44)
		}
		sp.Offset, sp.Yearless = r.start, r.year == 0
		sp.Dateline = sp.Day && dateline(s, r.start, r.end)
		sp.Later = isLater(s, r.start, r.end) || sp.Dateline
		sp.Deadline = deadlineCue.MatchString(s[max(0, r.start-40):r.start])
		if n := len(out); n > 0 && prevEnd >= 0 && connector.MatchString(s[prevEnd:r.start]) && !sp.From.Before(out[n-1].From) &&
			sp.To.Sub(out[n-1].From) < 2*366*24*time.Hour {
			out[n-1].To = sp.To
			out[n-1].Day = out[n-1].Day || sp.Day
		} else {
			out = append(out, sp)
		}
		prevEnd = r.end
	}
	if len(out) > maxSpans {
		out = out[:maxSpans]
	}
	return out
}

// inCaption reports whether the line of s holding offset i is a photo's
// caption, with its credit: "(photo: daniel mears, the detroit news)".
func inCaption(s string, i int) bool {
	lo := strings.LastIndexByte(s[:i], '\n') + 1
	hi := strings.IndexByte(s[i:], '\n')
	if hi < 0 {
		hi = len(s)
	} else {
		hi += i
	}
	line := s[lo:hi]
	return strings.Contains(line, "(photo:") || strings.Contains(line, "(photo :") || strings.Contains(line, "(foto:") ||
		strings.Contains(line, "photo credit") || strings.Contains(line, "(image:")
}

// Datelines: a page's date on a line of its own ("January 2, 2022 GMT",
// "Published: Aug. 3, 2016 10:41 am"), with at most a label or a weekday
// before it and a time and its zone after it, or the page's update on the
// same line ("Published: Dec. 8, 2023 at 9:16 PM EST|Updated: 49 minutes
// ago", round 39), or a time with its seconds after a dash ("05.01.2026 -
// 02:51:11", round 53).
var (
	datelineBefore = regexp.MustCompile(`(?:^|\n)[ \t]*(?:(?:published|updated|posted|publie|publie le|mis a jour|veroffentlicht|aktualisiert|publicado|pubblicato)\s*(?:on|le|am|el|il)?:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`)
	// dateLabel: the label of a page's ISO date at the start of a line or
	// of the text after the title
	dateLabel     = regexp.MustCompile(`(?:^|\n|\.\s)\s*(?:date|dated)\s*:?\s*$`)
	datelineAfter = regexp.MustCompile(`^[ \t,]*(?:-[ \t]*)?(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)?\s*(?:gmt|utc|cet|cest|[ecmp][sd]t)?[ \t]*(?:\n|$|\|\s*updated)`)
	// wireAfter: a press release's dateline, the wire's name after the
	// date ("LOUISVILLE, Ky., Dec. 08, 2023 (GLOBE NEWSWIRE) -- FOR IMMEDIATE
	// RELEASE", "… March 3, 2024 /PRNewswire/ --", round 61)
	wireAfter = regexp.MustCompile(`^\s*(?:\(\s*(?:globe ?newswire|business ?wire|accesswire|pr ?newswire|newswire|einpresswire|marketwired|prweb)\s*\)|/\s*(?:pr ?newswire|prweb)[^/]{0,20}/)`)
	// bylineBefore: the writer's byline, then the page's date ("by Nadia
	// El-Yaouti | Nov 28, 2022", round 50)
	bylineBefore = regexp.MustCompile(`(?i)(?:^|\n|\s\s|[.!?]\s)\s*by\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s*[|·•]\s*$`)
)

// dateline reports whether the date at s[start:end] is a page's own date on
// a line of its own: when the report was published, not when the breach
// happened ("January 2, 2022 GMT" over "suffered a data breach in October",
// round 36). It is a date the breach was known by.
func dateline(s string, start, end int) bool {
	if end-start == 10 && s[start+4] == '-' && dateLabel.MatchString(s[max(0, start-12):start]) {
		return true // "date 2023-12-09 Contact Troubleshooters / …": a scraped page's labelled date (round 39)
	}
	if bylineBefore.MatchString(s[max(0, start-60):start]) || wireAfter.MatchString(s[end:min(len(s), end+30)]) {
		return true
	}
	return datelineBefore.MatchString(s[max(0, start-40):start]) && datelineAfter.MatchString(s[end:min(len(s), end+40)])
}

// windowPad is how far around a month name or a numeric date the date
// pattern is run: more than the longest date ("30 au 31 de septiembre de
// 2023") reaches on either side of its anchor.
const windowPad = 40

// windows returns the stretches of s, cut at spaces, around every month
// name and every number followed by "/", "." or "-" and a digit: the only
// places a date can be. Running the date pattern there rather than over the
// whole text keeps Find fast on long texts.
func windows(s string) [][2]int {
	var out [][2]int
	anchor := func(a, b int) {
		from, to := max(0, a-windowPad), min(len(s), b+windowPad)
		for from > 0 && s[from-1] != ' ' {
			from--
		}
		for to < len(s) && s[to] != ' ' {
			to++
		}
		if n := len(out); n > 0 && from <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], to)
			return
		}
		out = append(out, [2]int{from, to})
	}
	for i := 0; i < len(s); {
		c := s[i]
		j := i + 1
		switch {
		case c >= 'a' && c <= 'z':
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			if _, ok := months[s[i:j]]; ok {
				anchor(i, j)
			}
		case c >= '0' && c <= '9':
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j+1 < len(s) && (s[j] == '/' || s[j] == '.' || s[j] == '-') && s[j+1] >= '0' && s[j+1] <= '9' {
				anchor(i, j)
			}
			if rest := strings.TrimLeft(s[j:min(len(s), j+6)], " "); strings.HasPrefix(rest, "yue") || strings.HasPrefix(rest, "weol") {
				anchor(i, j) // "12yue": a month of Chinese, Japanese or Korean
			}
		}
		i = j
	}
	return out
}

// readRaw reads the groups of one match.
func readRaw(g func(string) string) (raw, bool) {
	atoi := func(v string) int { n, _ := strconv.Atoi(v); return n }
	var r raw
	switch {
	case g("m1") != "":
		r = raw{year: atoi(g("y1")), month: months[g("m1")], day: atoi(g("d1"))}
		if e := atoi(g("e1")); e > r.day {
			r.first, r.day = r.day, e
		}
	case g("m2") == "may" && g("y2") == "":
		return raw{}, false // "the 12 may have": English "may" after a number needs a year
	case g("m2") != "":
		r = raw{year: atoi(g("y2")), month: months[g("m2")], day: atoi(g("d2"))}
		if e := atoi(g("e2")); e > 0 && e < r.day {
			r.first = e
		}
	case g("m3") != "":
		r = raw{year: atoi(g("y3")), month: months[g("m3")]}
	case g("m4") != "":
		r = raw{month: months[g("m4")]}
	case g("cm") != "":
		r = raw{year: atoi(g("cy")), month: time.Month(atoi(g("cm"))), day: atoi(g("cd"))}
	case g("iy") != "":
		r = raw{year: atoi(g("iy")), month: time.Month(atoi(g("im"))), day: atoi(g("id"))}
	case g("dy") != "":
		r = raw{year: atoi(g("dy")), month: time.Month(atoi(g("dm"))), day: atoi(g("dd"))}
	case g("sy") != "":
		a, b, y := atoi(g("sa")), atoi(g("sb")), atoi(g("sy"))
		if y < 100 {
			y += 2000
		}
		if a > 12 { // 14/03/2012 can only be day first
			a, b = b, a
		}
		r = raw{year: y, month: time.Month(a), day: b}
	default:
		return raw{}, false
	}
	if r.month < 1 || r.month > 12 || r.day < 0 || r.day > 31 {
		return raw{}, false
	}
	return r, true
}

// settle gives a raw date its year and checks it against ref.
func settle(r raw, ref time.Time) (Span, bool) {
	ref = ref.UTC().Truncate(24 * time.Hour)
	// late is the latest day the page may have been written: a page dated
	// the first of a month may be dated by its month only ("Dec. 23" on a
	// page of December 2025 is that month's, round 39)
	late := ref
	if ref.Day() == 1 {
		late = ref.AddDate(0, 1, -1)
	}
	if r.year == 0 {
		if ref.IsZero() {
			return Span{}, false
		}
		r.year = ref.Year()
		if first := time.Date(r.year, r.month, max(r.day, 1), 0, 0, 0, 0, time.UTC); first.After(late.AddDate(0, 0, 7)) {
			if !first.After(ref.AddDate(0, 0, aheadDays)) {
				// a date weeks ahead of the page is a deadline, or the
				// page's own date is late or rounded to its month ("le 16
				// juin dernier" on a page dated June 2023): neither this
				// year nor the last is sure (round 37)
				return Span{}, false
			}
			r.year--
		}
	}
	var sp Span
	if r.day == 0 {
		from := time.Date(r.year, r.month, 1, 0, 0, 0, 0, time.UTC)
		sp = Span{From: from, To: from.AddDate(0, 1, -1)}
	} else {
		d := time.Date(r.year, r.month, r.day, 0, 0, 0, 0, time.UTC)
		if d.Day() != r.day { // February 30
			return Span{}, false
		}
		sp = Span{From: d, To: d, Day: true}
		if r.first > 0 {
			sp.From = time.Date(r.year, r.month, r.first, 0, 0, 0, 0, time.UTC)
		}
	}
	if !ref.IsZero() && (sp.From.After(late.AddDate(0, 0, 7)) || sp.To.Before(ref.AddDate(-MaxYearsBack, 0, 0))) {
		return Span{}, false
	}
	return sp, true
}
