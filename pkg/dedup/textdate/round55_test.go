package textdate

import (
	"testing"
	"time"
)

// TestRound55AsianDates: Chinese, Japanese and Korean dates are read as
// their transliteration writes them ("2022年12月3日", "12月3日", "去年12月",
// "2023년 6월 16일"), and a count of months ("約2か月間", "2개월") is no
// date (round 55, set W3: a hospital's follow-up two months after its
// attack; sentences of our own).
func TestRound55AsianDates(t *testing.T) {
	t.Parallel()
	ref := time.Date(2023, 2, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"病院は2022年12月3日の夜、電子カルテが閲覧できないことに気付いた。", "2022-12-03"},
		{"12月3日午後10時ごろ、職員が障害に気付きました。", "2022-12-03"},
		{"病院は去年12月の初め、不正アクセスを受けていたことが分かりました。", "2022-12"},
		{"병원은 2023년 1월 16일 랜섬웨어 공격을 받았다.", "2023-01-16"},
		{"병원은 1월 랜섬웨어 공격을 받았다.", "2023-01"},
	} {
		spans := Find(tc.text, ref)
		if len(spans) != 1 || spans[0].String() != tc.want {
			t.Errorf("%q: spans %v, want one %s", tc.text, spans, tc.want)
		}
	}
	for _, text := range []string{"障害が約2か月間続き、システムが復旧しました。", "시스템은 2개월 동안 중단되었다."} {
		if spans := Find(text, ref); len(spans) != 0 {
			t.Errorf("%q: spans %v, want none", text, spans)
		}
	}
}

// TestRound55MonthDays: the days of the year a text states without a
// year, for pages nothing dates; a date with its year is left to Find
// (round 55).
func TestRound55MonthDays(t *testing.T) {
	t.Parallel()
	got := MonthDays("The attacks occurred on May 23 and May 29, the hospital said. Some were eligible before March 19, 2016.")
	want := []MonthDay{{5, 23}, {5, 29}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("MonthDays: %v, want %v", got, want)
	}
	if got := MonthDays("Un attacco il 29 febbraio ha bloccato i sistemi."); len(got) != 1 || got[0] != (MonthDay{2, 29}) {
		t.Errorf("February 29: %v", got)
	}
	sp := Span{From: date(2024, 1, 2), To: date(2024, 1, 2), Day: true}
	if d := DaysApart(MonthDay{12, 30}, sp); d != 3 {
		t.Errorf("DaysApart across a year's end: %v, want 3", d)
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
