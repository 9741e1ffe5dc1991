package classify

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// Chinese, Japanese and Korean write a date as year, month and day, each
// followed by its unit: "2023年12月27日", "2023년 12월 27일". Japan also
// counts years by era: "令和5年12月27日" is 27 December 2023, "平成27年" 2015,
// and an era's first year is "元年". Their tokens are one per character.

// eraStart is the Gregorian year before an era's first: Reiwa 1 is 2019.
var eraStart = map[string]int{"令和": 2018, "平成": 1988}

// cjkDateAt reads a date written the East Asian way from token i, returning
// it and the index of its last token.
func cjkDateAt(toks []text.Token, i int) (date string, last int, ok bool) {
	year, j := 0, i
	if y := yearOf(toks[i]); y > 0 {
		year, j = y, i+1
	} else if first := toks[i].Norm; (first == "令" || first == "平") && i+2 < len(toks) {
		start, isEra := eraStart[first+toks[i+1].Norm]
		if !isEra {
			return "", 0, false
		}
		n, err := strconv.Atoi(toks[i+2].Norm)
		if toks[i+2].Norm == "元" {
			n, err = 1, nil
		}
		if err != nil || n < 1 || n > 40 {
			return "", 0, false
		}
		year, j = start+n, i+3
	} else {
		return "", 0, false
	}
	unit := func(k int, units ...string) bool { return k < len(toks) && slices.Contains(units, toks[k].Norm) }
	if !unit(j, "年", "년") || !unit(j+2, "月", "월") || !unit(j+4, "日", "일") {
		return "", 0, false
	}
	m, errM := strconv.Atoi(toks[j+1].Norm)
	d, errD := strconv.Atoi(toks[j+3].Norm)
	if errM != nil || errD != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", 0, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, m, d), j + 4, true
}

// cjkIncidentCues and cjkDisclosureCues are the words that give an East
// Asian date its role: the attack's or its discovery's ("発生", "判明",
// "感染", "발생") or its announcement's ("発表", "公表", "明らかに", "밝혔").
var (
	cjkIncidentCues = []string{"発生", "判明", "発覚", "確認", "感染", "攻撃", "被害", "不正", "検知", "侵入", "暗号化",
		"障害", "流出", "漏えい", "漏洩", "乗っ取", "发生", "發生", "遭到", "攻击", "攻擊", "入侵", "泄露", "洩漏", "遭受",
		"발생", "감염", "공격", "해킹", "유출", "침입", "피해"}
	cjkDisclosureCues = []string{"発表", "公表", "明らかに", "公開", "お知らせ", "会見", "報じ", "宣布", "公布", "通報",
		"通报", "발표", "밝혔", "밝힌", "공지", "알렸"}
)

// cjkDateRole tells whether an East Asian date is the incident's or its
// disclosure's. A cue right after the date (its particle aside) decides:
// "2024年6月14日に発生した" is the attack's day; else, as these languages
// end a sentence with its verb, the sentence's last cue does: "病院は
// 2024年5月13日、…を公表しました" is the announcement's; else the nearest cue
// before the date in its sentence ("被害が確認されたのは2023年12月27日で").
func cjkDateRole(toks []text.Token, src string, first, last int) (incident, disclosure bool) {
	end := last + 1
	for end < len(toks) && end-last < 80 && !strings.ContainsAny(src[toks[end-1].End:toks[end].Start], text.CJKStop+"\n") {
		end++
	}
	after := joinNorms(toks, last+1, end)
	begin := first
	for begin > 0 && first-begin < 40 && !strings.ContainsAny(src[toks[begin-1].End:toks[begin].Start], text.CJKStop+"\n") {
		begin--
	}
	before := joinNorms(toks, begin, first)
	inc, dis := lastCue(after, cjkIncidentCues), lastCue(after, cjkDisclosureCues)
	if i := firstCue(after, cjkIncidentCues); i >= 0 && i <= len("ごろに") {
		return true, false // "2024年6月14日に発生", "…頃に感染"
	}
	switch {
	case inc >= 0 || dis >= 0:
		return inc > dis, dis > inc
	}
	inc, dis = lastCue(before, cjkIncidentCues), lastCue(before, cjkDisclosureCues)
	return inc >= 0 && inc > dis, dis >= 0 && dis > inc
}

// joinNorms runs tokens lo..hi-1 together, as East Asian text writes them.
func joinNorms(toks []text.Token, lo, hi int) string {
	var b strings.Builder
	for _, t := range toks[lo:hi] {
		b.WriteString(t.Norm)
	}
	return b.String()
}

// lastCue and firstCue return the byte offset of the last or first cue in
// s, -1 when none.
func lastCue(s string, cues []string) int {
	best := -1
	for _, c := range cues {
		if i := strings.LastIndex(s, c); i > best {
			best = i
		}
	}
	return best
}

func firstCue(s string, cues []string) int {
	best := -1
	for _, c := range cues {
		if i := strings.Index(s, c); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
