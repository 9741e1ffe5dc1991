package classify

// addAsianTerms adds the words of Japanese, Korean and Chinese (simplified
// and traditional) health cyberattack reports (round 41). These languages
// write words without spaces between them; the tokenizer makes each
// character a token, so every phrase below is matched as a run of
// characters wherever it stands ("県精神科医療センターにサイバー攻撃",
// "병원이 랜섬웨어 공격을", "馬偕醫院遭勒索病毒攻擊"). A report of the Okayama
// psychiatric centre's ransomware attack told in Japanese is the incident
// the English press tells; unread, it cannot join it.
func addAsianTerms(add func(t term, words ...string)) {
	// attacks, hackers, intrusions
	add(cyber(""),
		// ja
		"サイバー攻撃", "不正アクセス", "ハッカー", "ハッキング", "サイバー犯罪",
		// ko
		"사이버 공격", "사이버공격", "해킹", "해커", "해킹 공격",
		// zh
		"网络攻击", "網路攻擊", "網絡攻擊", "黑客", "駭客", "黑客攻击", "駭客攻擊", "入侵",
		// round 55: "hacked" in Taiwan's and Hong Kong's press ("北市公衛系統遭駭")
		"遭駭", "被駭", "駭入", "遭黑客", "被黑客")
	add(cyber("ransomware"),
		"ランサムウェア", "身代金", "랜섬웨어", "勒索软件", "勒索軟體", "勒索病毒", "勒索",
		// round 55: the Japanese press's short form ("ニプロ中国子会社がランサム被害")
		"ランサム", "ランサム被害")
	add(cyber("malware"), "マルウェア", "コンピューターウイルス", "コンピュータウイルス", "악성코드", "恶意软件", "惡意軟體")
	add(cyber("ddos"), "ディードス攻撃", "디도스")
	// a leak may be a mistake too
	add(weakCyber("data_breach"), "情報流出", "個人情報流出", "情報漏えい", "情報漏洩", "개인정보 유출", "정보 유출",
		"개인정보유출", "정보유출", // round 55: written as one word ("의·약사 정보유출")
		"数据泄露", "資料外洩", "個資外洩", "数据外泄")
	// health organisations
	add(org("care_provider"), "病院", "医療センター", "診療所", "クリニック", "医院", "医療機関", "精神科医療センター",
		"병원", "의료원", "의원", "보건소", "医院", "醫院", "医疗机构", "醫療機構", "诊所", "診所")
	add(org("public_health"), "厚生労働省", "보건복지부", "卫生部", "衛福部", "衛生福利部", "卫健委",
		// round 55: city health bureaus, Hong Kong's Department of Health, Taiwan's CDC
		"衛生局", "卫生局", "衛生署", "衞生署", "卫生署", "疾管署", "疾病管制署")
	// round 55: drug and device makers, physicians' associations ("人工透析装置を製造するニプロ",
	// "서울시의사회", "대한의학회")
	add(org("pharma"), "製薬", "医薬品", "제약", "제약사", "制药", "製藥")
	add(org("medical_devices"), "医療機器", "의료기기", "医疗器械", "醫療器材", "医療器械")
	add(org("other_health"), "医師会", "의사회", "의학회", "의사협회", "医师协会", "醫師公會")
	add(org("health_insurance"), "건강보험공단", "国民健康保険")
	add(term{kind: kHealthData}, "患者", "電子カルテ", "カルテ", "환자", "의료정보", "病患", "病人", "病歷", "病历")

	// round 65: what Japanese reports of hijacked mailboxes, support scams,
	// defaced sites and infected PCs write ("メールアカウントが第三者により不正使用され",
	// "リスト型攻撃", "サポート詐欺の被害", "ホームページが改ざんされ"), and the health
	// bodies they name (nursing and pharmacists' associations, health
	// insurance societies, pharmacies, dentists, public-health institutes).
	add(cyber("account_compromise"), "フィッシング", "乗っ取り", "乗っ取られ", "乗っ取ら", "アカウントが不正", "アカウントの不正",
		"アカウントを不正", "アカウントが第三者", "リスト型攻撃", "パスワードリスト攻撃", "ブルートフォース攻撃", "피싱", "계정 탈취", "钓鱼邮件", "釣魚郵件")
	// a card or an insurance card may be used fraudulently too ("保険証の不正利用")
	add(weakCyber("account_compromise"), "不正使用", "不正利用")
	// not a researcher's falsified data ("論文データを改ざんした") nor a surgeon's remote-controlled robot
	add(cyber(""), "サポート詐欺", "遠隔操作され", "遠隔操作できる", "標的型攻撃", "改ざんされ", "改竄され", "サイト改ざん",
		"ホームページ改ざん", "ホームページの改ざん", "不正な改変", "不正侵入", "원격 제어", "원격제어", "篡改", "竄改")
	add(cyber("malware"), "不正プログラム", "パソコンがウイルス", "パソコンもウイルス", "パソコンにウイルス", "端末がウイルス",
		"端末にウイルス", "ウイルス対策ソフトが検知", "不審な通信", "不正な通信", "악성 코드", "木马", "木馬")
	add(org("care_provider"), "医科大学", "医療法人", "歯科", "介護施設", "老人ホーム", "薬局", "調剤薬局", "ドラッグストア",
		"약국", "치과", "요양원", "药房", "藥局", "牙科", "医学中心", "醫學中心", "卫生院")
	add(org("other_health"), "看護協会", "薬剤師会", "歯科医師会", "病院協会", "간호협회", "약사회")
	add(org("health_insurance"), "健康保険組合", "健保組合", "健保連", "協会けんぽ", "全国健康保険協会", "健康保険協会",
		"건강보험", "健保署")
	add(org("research"), "医療研究開発機構") // Japan's agency for medical research (AMED)
	// round 65: a city's health-code app ("北京健康宝遭受网络攻击")
	add(org("public_health"), "健康宝", "健康寶", "健康码", "健康碼")
	add(org("public_health"), "保健所", "感染症研究所", "医薬品食品衛生研究所", "질병관리청", "질병관리본부")
	// round 65: Vietnamese ("Bệnh viện … bị hacker tấn công", "mã độc tống tiền") and Thai
	// ("โรงพยาบาล … โดนแรนซัมแวร์"), whose press tells of the region's attacks
	add(cyber(""), "tấn công mạng", "cuộc tấn công mạng", "bị tấn công", "tin tặc", "bị hack", "xâm nhập trái phép",
		"การโจมตีทางไซเบอร์", "โจมตีทางไซเบอร์", "แฮกเกอร์", "เจาะระบบ", "ถูกแฮก")
	add(cyber("ransomware"), "mã độc tống tiền", "mã hóa dữ liệu", "đòi tiền chuộc", "แรนซัมแวร์", "เรียกค่าไถ่")
	add(cyber("malware"), "mã độc", "phần mềm độc hại", "มัลแวร์")
	add(weakCyber("data_breach"), "rò rỉ dữ liệu", "lộ lọt dữ liệu", "lộ dữ liệu", "rò rỉ thông tin", "ข้อมูลรั่วไหล", "ข้อมูลหลุด")
	add(org("care_provider"), "bệnh viện", "phòng khám", "viện tim", "โรงพยาบาล", "คลินิก")
	// not Vietnam's "Bộ Y tế", which the press quotes as the authority more than it names it attacked
	add(org("public_health"), "กระทรวงสาธารณสุข", "สาธารณสุขจังหวัด")
	add(term{kind: kHealthData}, "bệnh nhân", "hồ sơ bệnh án", "ผู้ป่วย", "เวชระเบียน")
	// round 65: Indonesian and Malay ("Rumah sakit … diretas", "serangan siber", "kebocoran data pasien",
	// "penggodam"); "rumah sakit" itself is in the main lexicon
	add(cyber(""), "serangan siber", "diretas", "peretas", "peretasan", "penggodam", "digodam", "serangan ransomware",
		"retas", "meretas", "bocorkan", "membocorkan", "dibocorkan")
	add(cyber("ransomware"), "tebusan")
	add(cyber("malware"), "perisian hasad", "perangkat lunak jahat")
	add(weakCyber("data_breach"), "kebocoran data", "data bocor", "ketirisan data", "kebocoran data pribadi")
	add(org("care_provider"), "puskesmas", "apotek", "klinik kesihatan", "klinik kesehatan", "klinik pratama")
	add(org("public_health"), "kementerian kesehatan", "kemenkes", "dinas kesehatan", "kementerian kesihatan", "jabatan kesihatan")
	add(org("health_insurance"), "bpjs kesehatan")
	add(term{kind: kHealthData}, "data pasien", "rekam medis", "rekam medik", "pesakit", "data kesehatan")
	add(term{kind: kHealthData}, "診療情報", "診察情報", "検査結果", "処方", "진료기록", "진료 기록", "診療紀錄")
}
