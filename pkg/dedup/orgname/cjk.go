package orgname

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/mozillazg/go-unidecode"
)

// cjkWords writes the health and legal words of Japanese, Chinese and
// Korean names as the English words a key is made of, before the rest is
// transliterated syllable by syllable: "北海道大学病院" is "bei hai dao
// university hospital", "中津市民病院" "zhong jin city hospital", so the
// generic words weigh as little as "University Hospital" does and two
// towns' "市民病院" do not read alike. Longer words come first: at one place
// the first listed that matches is taken. Corporate forms ("株式会社",
// "医療法人", "公益財団法人") are dropped as "Inc." is.
var cjkWords = strings.NewReplacer(
	// legal forms
	"地方独立行政法人", " ", "独立行政法人", " ", "公益財団法人", " ", "一般財団法人", " ", "公益社団法人", " ",
	"一般社団法人", " ", "社会医療法人", " ", "医療法人社団", " ", "医療法人財団", " ", "医療法人", " ", "社会福祉法人", " ",
	"株式会社", " ", "有限会社", " ", "（株）", " ", "(株)", " ", "주식회사", " ", "(주)", " ", "有限公司", " ", "股份", " ",
	// kinds of body
	"医科大学", " medical university ", "大学病院", " university hospital ", "医療センター", " medical center ",
	"医学中心", " medical center ", "醫學中心", " medical center ", "医学部", " medical ", "附属", " ", "付属", " ",
	"総合病院", " general hospital ", "病院", " hospital ", "医院", " hospital ", "醫院", " hospital ",
	"クリニック", " clinic ", "診療所", " clinic ", "センター", " center ", "大学", " university ", "大學", " university ",
	"大学校", " university ", "製薬", " pharmaceutical ", "製藥", " pharmaceutical ", "制药", " pharmaceutical ",
	"薬局", " pharmacy ", "藥局", " pharmacy ", "研究所", " institute ", "協会", " association ", "医療", " medical ",
	"市立", " city ", "市民", " city ", "県立", " state ", "府立", " state ", "都立", " state ", "国立", " national ",
	"公立", " public ", "総合", " general ", "中央", " central ", "記念", " memorial ", "纪念", " memorial ",
	"紀念", " memorial ", "赤十字", " red cross ", "公社", " ", "保健", " health ", "看護", " nursing ",
	"精神科", " psychiatric ", "医師会", " medical association ", "歯科", " dental ", "県", " state ",
	"대학교병원", " university hospital ", "대학병원", " university hospital ", "대병원", " university hospital ",
	"병원", " hospital ", "의료원", " medical center ", "대학교", " university ", "의원", " clinic ", "제약", " pharmaceutical ",
	"협회", " association ",
)

// cjkUniversityHospital is a Japanese university's hospital as the press
// shortens it: "北海道大病院" for "北海道大学病院", "近畿大病院".
var cjkUniversityHospital = regexp.MustCompile(`(\p{Han}+)大病院`)

// cjkUniversity is a Japanese university's name shortened to its "大" at
// the name's end: "杏林大" for "杏林大学" (not "大阪", Osaka, which goes on).
var cjkUniversity = regexp.MustCompile(`(\p{Han}+)大($|[^\p{Han}])`)

// cjkUniversityShort is a Japanese university's two-character short name
// standing at the start of a name, before its hospital, its medical school
// or nothing more: "東大病院" is the University of Tokyo's hospital, as
// "東京大学医学部附属病院" is; not "東大阪" (Higashi-Osaka) nor the "京大" inside
// "東京大学".
var cjkUniversityShort = regexp.MustCompile(`(^|[^\p{Han}])(東大|京大|阪大|北大|九大|名大|近大|岡大|広大|神大|慶大)(病院|医学部|付属|附属|$|[^\p{Han}])`)

// cjkUniversityNames are the full names of those short ones.
var cjkUniversityNames = map[string]string{"東大": "東京大学", "京大": "京都大学", "阪大": "大阪大学", "北大": "北海道大学",
	"九大": "九州大学", "名大": "名古屋大学", "近大": "近畿大学", "岡大": "岡山大学", "広大": "広島大学", "神大": "神戸大学",
	"慶大": "慶應義塾大学"}

// cjkEnglish returns name with its East Asian health and legal words in
// English and each run of the other characters transliterated as one word:
// "紀和病院" is "jihe hospital", not "ji he hospital", whose syllables of two
// letters would read as no distinctive word. A name without East Asian
// characters is returned as it is.
func cjkEnglish(name string) string {
	if !strings.ContainsFunc(name, cjkRune) {
		return name
	}
	name = cjkUniversityShort.ReplaceAllStringFunc(name, func(m string) string {
		sub := cjkUniversityShort.FindStringSubmatch(m)
		return sub[1] + cjkUniversityNames[sub[2]] + sub[3]
	})
	name = cjkUniversityHospital.ReplaceAllString(name, "${1}大学病院")
	name = cjkWords.Replace(cjkUniversity.ReplaceAllString(name, "${1}大学${2}"))
	var b strings.Builder
	run := []rune{}
	flush := func() {
		if len(run) > 0 {
			b.WriteString(" " + strings.ReplaceAll(unidecode.Unidecode(string(run)), " ", "") + " ")
			run = run[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		if cjkRune(r) {
			run = append(run, r)
			continue
		}
		if r == ' ' && len(run) > 0 && unicode.Is(unicode.Hangul, run[len(run)-1]) && i+1 < len(rs) && unicode.Is(unicode.Hangul, rs[i+1]) {
			continue // Korean spaces a name's words as it likes: "대한 의사협회" is "대한의사협회"
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// cjkRune reports whether r is a Han, kana or Hangul character, or the
// kana length mark.
func cjkRune(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == 'ー'
}
