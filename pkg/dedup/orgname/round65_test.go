package orgname

import "testing"

// TestRound65EastAsianNames: the health and legal words of Japanese,
// Chinese and Korean names read as English ones, a university's hospital
// shortened as the press does is the same name, and the rest of a name is
// one word per run of characters, distinctive as a name is (round 65).
func TestRound65EastAsianNames(t *testing.T) {
	t.Parallel()
	for _, p := range [][2]string{
		{"北海道大病院", "北海道大学病院"},
		{"杏林大", "杏林大学"},
		{"株式会社さくら製薬", "さくら製薬"},
		{"医療法人社団 さくら病院", "さくら病院"},
		{"서울대병원", "서울대학교병원"},
	} {
		if a, b := Key(p[0]), Key(p[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want the same", p[0], a, p[1], b)
		}
	}
	if got := Key("北海道大学病院"); got != "beihaidao university hospital" {
		t.Errorf("Key(北海道大学病院) = %q", got)
	}
	if !Distinctive(Key("紀和病院")) {
		t.Errorf("Key(紀和病院) = %q reads as generic", Key("紀和病院"))
	}
	// two towns' citizens' hospitals are not alike
	if s := Similarity(Key("中津市民病院"), Key("市民病院")); s >= 0.6 {
		t.Errorf("中津市民病院 ~ 市民病院 = %.2f, want < 0.6", s)
	}
	// Osaka is no university
	if got := Key("大阪病院"); got != "daban hospital" {
		t.Errorf("Key(大阪病院) = %q, want daban hospital", got)
	}
}

// TestRound65UniversityShortNames: a Japanese university's short name
// before its hospital is its full one ("東大病院", "東京大学病院"), not inside
// another name ("東大阪", Higashi-Osaka); Korean spaces inside a name do
// not part it (round 65).
func TestRound65UniversityShortNames(t *testing.T) {
	t.Parallel()
	if a, b := Key("東大病院"), Key("東京大学病院"); a != b {
		t.Errorf("Key(東大病院) = %q, Key(東京大学病院) = %q; want the same", a, b)
	}
	if s := Similarity(Key("東大医学部付属病院"), Key("東京大学医学部附属病院")); s < 0.9 {
		t.Errorf("東大医学部付属病院 ~ 東京大学医学部附属病院 = %.2f", s)
	}
	if got := Key("東大阪医療センター"); got != "dongdaban medical center" {
		t.Errorf("Key(東大阪医療センター) = %q", got)
	}
	if got := Key("東京大学"); got != "dongjing university" {
		t.Errorf("Key(東京大学) = %q", got)
	}
	if a, b := Key("대한 의사협회"), Key("대한의사협회"); a != b {
		t.Errorf("Key(대한 의사협회) = %q, Key(대한의사협회) = %q", a, b)
	}
}
