package classify

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// cjkCount finds a count of people written the East Asian way: "患者2003人分",
// "2,003名", "73万3,820人", "27만명"; 万 and 만 are ten thousand. Counts of
// items ("3,671件", "560만건") are left out: one report counts the patients,
// another the records of them, and the two split one breach's reports.
var cjkCount = regexp.MustCompile(`([0-9][0-9,，]*)\s*(?:(万|만)\s*([0-9][0-9,]*)?)?\s*(人分|人|名|명)`)

// cjkCountContext are the words near a count that make it the people or
// records a breach touched: patients, personal data, customers, members,
// and the leak itself.
var cjkCountContext = []string{"患者", "個人情報", "個⼈情報", "会員", "顧客", "利用者", "受診者", "加入者", "情報", "流出", "漏えい",
	"漏洩", "환자", "개인정보", "고객", "회원", "유출", "病患", "病人", "個資", "个人信息", "客戶", "客户", "外洩", "泄露", "資料"}

// cjkRecords returns the first count of people or records in s that a
// breach word or a word for people's data stands beside (within twelve
// characters either side), and its span.
func cjkRecords(s string) (int64, string, bool) {
	for _, m := range cjkCount.FindAllStringSubmatchIndex(s, -1) {
		n, ok := cjkNumber(s[m[2]:m[3]])
		if !ok {
			continue
		}
		if m[4] >= 0 { // 万, 만: ten thousands, and the rest after it
			n *= 10000
			if m[6] >= 0 {
				rest, ok := cjkNumber(s[m[6]:m[7]])
				if !ok || rest >= 10000 {
					continue
				}
				n += rest
			}
		}
		if n < 10 {
			continue
		}
		around := runesAround(s, m[0], m[1], 12)
		for _, w := range cjkCountContext {
			if strings.Contains(around, w) {
				return n, s[m[0]:m[1]], true
			}
		}
	}
	return 0, "", false
}

// cjkNumber reads digits with group separators ("3,671", "2，003").
func cjkNumber(s string) (int64, bool) {
	s = strings.NewReplacer(",", "", "，", "").Replace(s)
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// runesAround returns s[start:end] with up to n characters either side.
func runesAround(s string, start, end, n int) string {
	lo := start
	for k := 0; k < n && lo > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:lo])
		lo -= size
	}
	hi := end
	for k := 0; k < n && hi < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[hi:])
		hi += size
	}
	return s[lo:hi]
}
