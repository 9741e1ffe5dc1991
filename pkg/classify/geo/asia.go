package geo

import "github.com/cit-health/cit/pkg/classify/text"

// East Asian place names, written in their own scripts (round 65). Japanese,
// Chinese and Korean have no capitals, so these names are matched in any
// case, as runs of the characters the tokenizer splits them into
// ("北海道大学病院" places the hospital in Japan). Names that are also common
// words of another of these languages are written with their unit: "三重県"
// (Chinese 三重 is "triple"), "高知県" (高知名度, "well known"), "경기도" (경기,
// "the economy"). Countries often named as the attackers' (China, Russia,
// North Korea) are left out: these texts name the attackers without the
// words the gazetteer reads them by.

// asianCountries are country names of Japanese, Korean and Chinese texts
// and of Vietnamese ones.
func asianCountries() map[string][]string {
	return map[string][]string{
		"JP": {"日本", "일본"},
		"KR": {"韓国", "한국", "대한민국", "韩国", "韓國"},
		"TW": {"台湾", "台灣", "臺灣", "대만"},
		"HK": {"香港", "홍콩"},
		"US": {"米国", "アメリカ", "미국", "美国", "美國"},
		"GB": {"英国", "イギリス", "영국", "英國"},
		"DE": {"ドイツ", "독일", "德国", "德國"},
		"FR": {"フランス", "프랑스", "法国", "法國"},
		"AU": {"オーストラリア", "호주", "澳洲", "澳大利亚"},
		"CA": {"カナダ", "캐나다", "加拿大"},
		"VN": {"ベトナム", "베트남", "越南", "Việt Nam"},
		"SG": {"シンガポール", "싱가포르", "新加坡"},
	}
}

// asianRegions are the prefectures, provinces and large cities of Japan,
// Korea, Taiwan, mainland China and Vietnam, and the provinces and cities of
// Indonesia, Malaysia and Thailand that the country tables lack.
func asianRegions() map[string][]string {
	return map[string][]string{
		"JP": {"北海道", "青森", "岩手", "宮城", "秋田", "山形県", "福島県", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京",
			"神奈川", "新潟", "富山", "石川県", "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重県", "滋賀", "京都", "大阪",
			"兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口県", "徳島", "香川", "愛媛", "高知県", "高知市", "福岡",
			"佐賀", "長崎", "熊本", "大分県", "大分市", "宮崎県", "鹿児島", "沖縄", "札幌", "仙台", "横浜", "名古屋", "神戸",
			"北九州", "那覇", "浜松", "相模原", "八王子"},
		"KR": {"서울", "부산", "대구", "인천", "광주광역시", "대전", "울산", "세종시", "경기도", "강원도", "충청북도", "충청남도",
			"전라북도", "전라남도", "경상북도", "경상남도", "제주", "수원", "성남", "창원"},
		"TW": {"台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "彰化", "屏東",
			"宜蘭", "花蓮"},
		"CN": {"北京", "上海", "广州", "廣州", "深圳", "天津", "重庆", "重慶", "武汉", "武漢", "成都", "杭州"},
		"VN": {"Hà Nội", "Hồ Chí Minh", "TP.HCM", "TPHCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ"},
		"ID": {"Surabaya", "Bandung", "Semarang", "Makassar", "Yogyakarta", "Jawa Barat", "Jawa Timur", "Jawa Tengah",
			"Sumatera Utara", "Kalimantan", "Sulawesi"},
		"MY": {"Selangor", "Johor", "Sabah", "Sarawak", "Pulau Pinang", "Kelantan", "Terengganu", "Pahang", "Negeri Sembilan"},
		"TH": {"กรุงเทพ", "เชียงใหม่", "ประเทศไทย"},
	}
}

// ScriptCountry returns the country whose language a text is written in
// when only one country writes it: Japanese (kana, 20 or more) is Japan's,
// Korean (Hangul, 20 or more) Korea's, Thai (20 letters or more)
// Thailand's, Hebrew (20 letters or more) Israel's (round 66). Chinese and
// Arabic, written in several countries, and the languages of Latin and
// Cyrillic script give none.
func ScriptCountry(s string) (string, bool) {
	kana, hangul, thai, hebrew := 0, 0, 0, 0
	for _, r := range s {
		switch {
		case text.Hebrew(r):
			hebrew++
		case (r >= 0x3041 && r <= 0x309F) || (r >= 0x30A1 && r <= 0x30FA):
			kana++
		case r >= 0xAC00 && r <= 0xD7A3:
			hangul++
		case r >= 0x0E01 && r <= 0x0E2E:
			thai++
		}
	}
	switch {
	case kana >= 20 && kana >= hangul && kana >= thai:
		return "JP", true
	case hangul >= 20 && hangul >= thai:
		return "KR", true
	case thai >= 20:
		return "TH", true
	case hebrew >= 20:
		return "IL", true // round 66: Hebrew is Israel's
	}
	return "", false
}
