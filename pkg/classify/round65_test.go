package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

// TestRound65Dates: dates written the East Asian way, Japan's era years
// among them, and the role their sentence gives them (round 65; sentences
// of our own).
func TestRound65Dates(t *testing.T) {
	t.Parallel()
	checkDateRoles(t, []dateCase{
		// the sentence's last cue decides: the discovery
		{"令和6年3月4日、さくら病院の職員のメールアカウントが不正使用されたことが判明しました。", "2024-03-04", ""},
		// the announcement
		{"さくら病院は2024年4月10日、職員のメールアカウントが不正利用されたと発表しました。", "", "2024-04-10"},
		// a cue right after the date: the attack's day, whatever the sentence ends with
		{"2023年11月2日に発生した不正アクセスについて、調査結果を公表しました。", "2023-11-02", ""},
		// a cue before the date in its sentence
		{"被害が確認されたのは2022年9月30日で、外部の業者が調査している。", "2022-09-30", ""},
		{"평화병원은 2021년 7월 5일 랜섬웨어 공격을 받았다고 밝혔다.", "", "2021-07-05"},
		{"平成元年1月9日", "", ""},        // a date with no cue has no role
		{"2024年13月1日に発生した", "", ""}, // no such month
	})
	if d, _, ok := cjkDateAt(text.Tokenize("平成元年1月9日"), 0); !ok || d != "1989-01-09" {
		t.Errorf("平成元年1月9日: %q, %v; want 1989-01-09", d, ok)
	}
}

// TestRound65Reports: Japanese, Korean, Vietnamese and Thai reports of
// attacks on health bodies, and advice and trends in those languages that
// count no attack (round 65; sentences of our own).
func TestRound65Reports(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		// a hijacked mailbox sending phishing mail
		{"ja", "さくら記念病院 職員のメールアカウントが不正使用される", "さくら記念病院の職員のメールアカウントが第三者により不正使用され、" +
			"約2万件のフィッシングメールが送信されたことが判明しました。", true, ""},
		// a support scam's remote access to a doctor's PC holding patients' data
		{"ja", "みどり病院、医師がサポート詐欺被害", "医師の私物パソコンが遠隔操作され、患者500人分の診療情報が流出した可能性がある。", true, ""},
		{"vi", "Bệnh viện Đa khoa Hòa Bình bị tin tặc tấn công", "Tin tặc đã tấn công hệ thống của bệnh viện và mã hóa dữ liệu bệnh nhân.", true, ""},
		{"th", "โรงพยาบาลบ้านนา โดนแรนซัมแวร์", "โรงพยาบาลบ้านนาถูกโจมตีด้วยแรนซัมแวร์ ข้อมูลผู้ป่วยถูกล็อก", true, ""},
		{"id", "Sistem Rumah Sakit Umum Daerah Sukamaju diretas", "Peretas menyerang sistem rumah sakit dan mengunci data pasien dengan ransomware.", true, ""},
		{"id", "Puskesmas Sukamaju kehilangan laptop berisi data pasien", "Sebuah laptop berisi rekam medis pasien hilang dari mobil petugas.", false, ""},
		// advice, alerts and trends
		{"ja", "医療機関へのサイバー攻撃について(注意喚起)", "医療機関を狙ったランサムウェアによる被害が相次いでおり、バックアップの確認をお願いします。", false, ""},
		{"ja", "診療所も狙われるサイバー攻撃のリスクとは", "小さなクリニックもランサムウェアの標的になっています。", false, ""},
		{"ko", "병원 랜섬웨어 '경보'", "최근 병원을 노린 랜섬웨어 공격이 늘고 있어 주의가 필요하다.", false, ""},
		{"vi", "Gia tăng tấn công mạng vào các bệnh viện", "Các cuộc tấn công mạng bằng mã độc tống tiền nhằm vào bệnh viện tăng mạnh.", false, ""},
		// a researcher's falsified data and a surgical robot are no attacks
		{"ja", "大学病院で論文データ改ざん", "大学病院の医師が臨床研究のデータを改ざんしていたことが分かった。", false, ""},
	})
}

// TestRound65Fields: the country of a Japanese or Korean report from its
// places or, naming none, from its language; a victim a headline opens
// with; a health insurance association's own name; a count of people
// (round 65; sentences of our own).
func TestRound65Fields(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		country, victim   string
		records           int64
	}{
		{"ja", "北海道の病院に不正アクセス", "札幌市の病院で電子カルテが使えなくなった。ランサムウェアに感染したという。", "JP", "", 0},
		{"ja", "湊川大学、職員のパソコンに不正アクセス", "湊川大学は、職員のパソコンが不正アクセスを受け、学生と患者120名の情報が流出した可能性があると発表した。", "JP", "湊川大学", 120},
		{"ja", "協会けんぽのパソコンがウイルスに感染", "協会けんぽの端末が外部と不審な通信をしていたことが分かりました。", "JP", "協会けんぽ", 0},
		{"th", "แฮกเกอร์อ้างขายข้อมูลผู้ป่วยของโรงพยาบาลบ้านนา", "แฮกเกอร์อ้างว่าเจาะระบบของโรงพยาบาลบ้านนาและขายข้อมูลผู้ป่วย", "TH", "", 0},
		{"ko", "한빛병원 해킹으로 환자 3만명 정보 유출", "한빛병원이 해킹 공격을 받아 환자 3만명의 개인정보가 유출됐다.", "KR", "", 30000},
		{"ja", "患者7万3,200人分の情報流出 ひかり病院", "ひかり病院はランサムウェアの被害を受け、患者7万3,200人分の個人情報が流出したと発表した。", "JP", "", 73200},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if got.Country == nil || *got.Country != tt.country {
			t.Errorf("%q: country %v, want %s", tt.title, got.Country, tt.country)
		}
		if tt.victim != "" && got.Victim != tt.victim {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
		if tt.records != 0 && (got.RecordsAffected == nil || *got.RecordsAffected != tt.records) {
			t.Errorf("%q: records %v, want %d", tt.title, got.RecordsAffected, tt.records)
		}
	}
}

// TestRound65Victims: the victims of round 65's languages, in sentences of
// our own:
//   - a Japanese digest's headline that names its source in brackets at its
//     end, and a legal form written whole before the name;
//   - a Japanese name written partly in hiragana at a headline's start or
//     after a break, and no hiragana of grammar in a name;
//   - a name that runs on from one health word to the next ("…医科大学…病院");
//   - in Chinese, verbs and their subjects, measure words, attack words and
//     words of being affected before "醫院" are no part of a name, a name
//     that opens its clause is taken first, and a city's health-code app is
//     a public-health body;
//   - a closing curly quote ends a name ("bệnh viện”. Trong khi đó");
//   - a Thai hospital's name after its kind, the Thai health ministry, and an
//     Indonesian headline that is no name.
func TestRound65Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"ja", "業務用端末に不正アクセス、職員約300人分の個人情報漏えいの可能性(日本医療研究開発機構)",
			"同機構は、業務用端末に不正アクセスがあったと発表した。", "", "日本医療研究開発機構"},
		{"ja", "地方独立行政法人市立西浜医療センターにサイバー攻撃", "ランサムウェアによる攻撃を受けた。", "", "地方独立行政法人市立西浜医療センター"},
		{"zh", "黑客侵入醫院網絡竊取資料", "黑客利用程序侵入醫院的系統，竊取病患資料。", "侵入", ""},
		{"zh", "多家醫院遭勒索軟體攻擊", "本月有多家醫院遭勒索軟體攻擊。", "多家", ""},
		{"ja", "いまきよ総合病院 メールアカウント不正利用", "職員のメールアカウントが不正利用された。", "", "いまきよ総合病院"},
		{"ja", "【速報】さいたま市立東病院にサイバー攻撃", "ランサムウェアによる攻撃を受けた。", "", "さいたま市立東病院"},
		{"ja", "不正アクセスを受けたのはさくら記念病院", "ランサムウェアによる攻撃を受けた。", "のは", ""},
		{"zh", "男子盜賣醫療資料被捕", "他竊取醫院的藥品資料後轉賣。東山市第一人民醫院資訊科發現系統遭入侵。", "竊取", "東山市第一人民醫院"},
		{"zh", "境外网络攻击南城健康宝", "南城健康宝昨日遭受境外网络攻击。", "攻击", "南城健康宝"},
		{"ja", "東山医科大学西町病院にサイバー攻撃", "ランサムウェアによる攻撃を受けた。", "", "東山医科大学西町病院"},
		{"zh", "勒索软件攻击医疗系统", "黑客入侵了共享系统，有受影响医院暂停门诊。", "受影响", ""},
		{"vi", "Bệnh viện ở Pháp bị tấn công mạng", "Bộ trưởng cho rằng vụ tấn công mạng đã buộc phải “sắp xếp lại toàn bộ bệnh viện”. " +
			"Trong khi đó, cơ quan y tế cho biết tin tặc đòi tiền chuộc.", "Trong", ""},
		{"th", "โรงพยาบาลบ้านนา โดนแรนซัมแวร์", "ระบบของโรงพยาบาลบ้านนาถูกโจมตีด้วยแรนซัมแวร์", "", "โรงพยาบาลบ้านนา"},
		{"th", "แฮกเกอร์อ้างขายข้อมูลผู้ป่วย", "แฮกเกอร์อ้างว่าเจาะระบบของกระทรวงสาธารณสุข", "", "กระทรวงสาธารณสุข"},
		{"th", "โรงพยาบาลถูกโจมตีด้วยแรนซัมแวร์", "ข้อมูลผู้ป่วยถูกล็อก", "ถูก", ""},
		{"id", "Peretas Klaim Retas Data Aplikasi Sehat Kita", "Seorang peretas mengklaim telah meretas data aplikasi kesehatan.", "Klaim", ""},
	})
}
