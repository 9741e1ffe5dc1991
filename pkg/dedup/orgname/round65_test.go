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
