package classify

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/cit-health/cit/pkg/classify/text"
)

// Europe's other languages write a date with their own month names, most
// in the genitive ("8 marca 2026", "1. července 2025", "27 februari 2024",
// "10 Eylül 2023", "7 martie 2024"), Hungarian year first ("2024. március
// 7."), and many as digits with dots ("08.03.2026"). Round 66.

// europeanMonthOf returns the month a word of the languages beyond the
// seven names, 0 for none. Folded as the tokenizer folds ("července" →
// "cervence"). Croatian "listopada" (October) is left out: it is Polish
// November.
func europeanMonthOf(s string) int {
	switch s {
	case "stycznia", "styczen", "ledna", "leden", "januara", "janur", "januarja", "ianuarie", "januar", "tammikuuta", "ocak", "ocakta", "januari",
		"siecnja", "sijecnja":
		return 1
	case "lutego", "luty", "unora", "unor", "februara", "februarja", "februarie", "februari", "helmikuuta", "subat", "subatta", "veljace":
		return 2
	case "marca", "marzec", "brezna", "brezen", "marta", "martie", "marts", "mars", "maaliskuuta", "mart", "martta", "marcius", "ozujka":
		return 3
	case "kwietnia", "kwiecien", "dubna", "duben", "aprila", "aprilie", "huhtikuuta", "nisan", "nisanda", "aprilis", "travnja":
		return 4
	case "maja", "kvetna", "kveten", "maj", "toukokuuta", "mayis", "mayista", "majus", "svibnja":
		return 5
	case "czerwca", "czerwiec", "cervna", "cerven", "juna", "junija", "iunie", "kesakuuta", "haziran", "haziranda", "junius", "lipnja":
		return 6
	case "lipca", "lipiec", "cervence", "cervenec", "jula", "julija", "iulie", "heinakuuta", "temmuz", "temmuzda", "julius", "srpnja":
		return 7
	case "sierpnia", "sierpien", "srpna", "srpen", "augusta", "avgusta", "elokuuta", "agustos", "agustosta", "augusztus", "augusti", "kolovoza":
		return 8
	case "wrzesnia", "wrzesien", "zari", "septembra", "septembrie", "syyskuuta", "eylul", "eylulde", "szeptember", "rujna":
		return 9
	case "pazdziernika", "pazdziernik", "rijna", "rijen", "oktobra", "octombrie", "lokakuuta", "ekim", "ekimde", "oktober":
		return 10
	case "listopada", "listopad", "listopadu", "novembra", "noiembrie", "marraskuuta", "kasim", "kasimda", "studenoga", "studenog":
		return 11
	case "grudnia", "grudzien", "prosince", "prosinec", "decembra", "decembrie", "joulukuuta", "aralik", "aralikta", "desember",
		"prosinca":
		return 12
	}
	return 0
}

// dottedDate is a date written day.month.year as one token: "08.03.2026".
var dottedDate = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)

// europeanDateAt reads a date at token i written as these languages write
// it, returning it and the indexes of its first and last tokens.
func europeanDateAt(toks []text.Token, i int) (date string, first, last int, ok bool) {
	t := toks[i]
	if t.Digit { // only a number may be a dotted date, and no number a month: the pattern runs on no other token
		m := dottedDate.FindStringSubmatch(t.Norm)
		if m == nil {
			return "", 0, 0, false
		}
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1990 && y <= 2100 {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), i, i, true
		}
		return "", 0, 0, false
	}
	mo := europeanMonthOf(t.Norm)
	if mo == 0 {
		return "", 0, 0, false
	}
	if i == 0 || i+1 >= len(toks) {
		return "", 0, 0, false
	}
	d, y := dayOf(toks[i-1]), yearOf(toks[i+1]) // D Month YYYY
	if d == 0 || y == 0 {
		y, d = yearOf(toks[i-1]), dayOf(toks[i+1]) // Hungarian: YYYY. Month D.
	}
	if d == 0 || y == 0 {
		return "", 0, 0, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), i - 1, i + 1, true
}

// europeanIncidentCue and europeanDisclosureCue are the words before a date
// that give it its role in these languages, as incidentCue and
// disclosureCue do in the seven: the attack's or its discovery's day
// ("zaatakowany", "napadena", "drabbades", "ramt", "atacat", "since"), or
// the announcement's ("poinformował", "oznámila", "meddelade", "anunțat").
func europeanIncidentCue(s string) bool {
	switch s {
	case "atak", "ataku", "zaatakowany", "zaatakowana", "zaatakowano", "zaatakowali", "wykryto", "od", // pl
		"utok", "utoku", "napaden", "napadena", "napadeny", "zasazena", "zasazen", // cs, sk
		"attacken", "angreppet", "drabbades", "upptacktes", "sedan", // sv
		"angrebet", "angrepet", "ramt", "rammet", "opdaget", "oppdaget", "siden", // da, no
		"atacul", "atacat", "atacata", "atacului", // ro
		"tamadas", "tamadast", "tamadasa", "napad", "napada", "napadnut", "napadnuta": // hu, hr, sr
		return true
	}
	return false
}

func europeanDisclosureCue(s string) bool {
	switch s {
	case "poinformowal", "poinformowala", "poinformowalo", "przekazal", "przekazala", "potwierdzil", "potwierdzila", "komunikat", // pl
		"oznamila", "oznamil", "informovala", "informoval", "uvedla", "uvedl", "potvrdila", "potvrdil", // cs, sk
		"meddelade", "uppgav", "bekraftade", "pressmeddelande", // sv
		"meddelte", "oplyste", "opplyste", "bekraeftede", "bekreftet", "pressemeddelelse", // da, no
		"anuntat", "anunta", "informat", "comunicat", // ro
		"kozolte", "kozlemeny", "objavio", "objavila", "saopstio", "saopstila": // hu, hr, sr
		return true
	}
	return false
}
