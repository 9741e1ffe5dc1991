package classify

// addSouthAsianAndOtherTerms adds the words of the press in the languages
// of South Asia (Bengali, Tamil, Telugu, Kannada, Malayalam, Marathi,
// Gujarati, Punjabi, Nepali, Sinhala), of the Caucasus and Central Asia
// (Georgian, Armenian, Azerbaijani, Uzbek, Kazakh, Kyrgyz, Mongolian), and
// Welsh, Basque, Maltese and Tagalog (round 67). A Bengali report of
// Ontario's hospitals' ransomware attack or a Georgian one of the health
// ministry's hack is the incident the English press tells; unread, it
// cannot join it. Words are folded as the lexicon's are: the Indic scripts'
// vowel signs stay in their word and their zero-width joiners leave it
// ("র‍্যানসমওয়্যার" is read "র্যানসমওয়্যার"). These languages add endings
// for case and number to a noun ("হাসপাতালে", "ჯანდაცვის", "эмнэлгийн"), so
// most words are listed as prefixes.
func addSouthAsianAndOtherTerms(add func(t term, words ...string)) {
	// attacks, hackers, intrusions
	add(cyber(""),
		// bn
		"সাইবার হামলা*", "সাইবার আক্রমণ*", "সাইবার অ্যাটাক", "হ্যাকার*", "হ্যাকড", "হ্যাকিং", "হ্যাক",
		// ta
		"சைபர் தாக்குதல்*", "இணைய தாக்குதல்*", "இணையத் தாக்குதல்*", "ஹேக்கர்*", "ஹேக்",
		// te
		"సైబర్ దాడి*", "సైబర్ అటాక్*", "హ్యాకర్*", "హ్యాకింగ్", "హ్యాక్",
		// kn
		"ಸೈಬರ್ ದಾಳಿ*", "ಹ್ಯಾಕರ್*", "ಹ್ಯಾಕ್*",
		// ml
		"സൈബർ ആക്രമണ*", "ഹാക്കർ*", "ഹാക്കിങ്*", "ഹാക്കിംഗ്*", "ഹാക്ക്",
		// mr
		"सायबर हल्ला", "सायबर हल्ल्या*", "सायबर हल्ले", "सायबर अटॅक", "हॅकर*", "हॅक",
		// gu
		"સાયબર એટેક", "સાયબર હુમલ*", "હેકર*", "હેક",
		// pa
		"ਸਾਈਬਰ ਅਟੈਕ", "ਸਾਈਬਰ ਹਮਲ*", "ਹੈਕਰ*", "ਹੈਕ",
		// ne, si
		"साइबर आक्रमण*", "ह्याकर*", "ह्याक", "සයිබර් ප්රහාර*", "හැකර්*",
		// ka: "კიბერშეტევა", "კიბერ-თავდასხმა", "ჰაკერებმა"
		"კიბერშეტევ*", "კიბერ შეტევ*", "კიბერთავდასხმ*", "კიბერ თავდასხმ*", "ჰაკერ*",
		// hy, az, uz, kk, ky
		"կիբեռհարձակ*", "կիբեռ հարձակ*", "հաքեր*", "kiberhücum*", "kiber hücum*", "kiberhujum*", "kiber hujum*", "xaker*",
		"кибершабуыл*", "хакерлік шабуыл*", "кибер чабуул*",
		// mn: "кибер халдлага" ("хакердсан" is read by Russian's "хакер*")
		"кибер халдлага*",
		// cy: "Gogledd Corea wedi ymosod ar y Gwasanaeth Iechyd", "ymosodiad seiber"
		"ymosodiad seiber", "ymosodiad seibr", "ymosodiadau seiber", "seiberymosodiad*", "hacwyr", "hacio", "haciwyd", "hacwyd",
		// eu, mt
		"zibereraso*", "eraso informatiko*", "attakk ċibernetiku", "attakki ċibernetiċi")
	add(cyber("ransomware"), "র্যানসমওয়্যার*", "র্যানসামওয়্যার*", "ரான்சம்வேர்*", "ర్యాన్సమ్వేర్*", "రాన్సమ్వేర్*",
		"ರಾನ್ಸಮ್ವೇರ್*", "ರ್ಯಾನ್ಸಮ್ವೇರ್*", "റാൻസംവെയർ*", "റാൻസംവേർ*", "रॅन्समवेअर*", "रॅनसमवेअर*", "રેન્સમવેર*",
		"ਰੈਨਸਮਵੇਅਰ*", "გამოსასყიდ*", "золиосны програм*")
	add(cyber("malware"), "ম্যালওয়্যার*", "மால்வேர்*", "మాల్వేర్*", "хортой код*", "хортой програм*", "მავნე პროგრამ*")
	add(weakCyber("data_breach"), "তথ্য ফাঁস", "ডেটা ফাঁস", "উপাত্ত ফাঁস", "தரவு கசிவு", "தகவல் கசிவு", "డేటా లీక్*", "ಡೇಟಾ ಸೋರಿಕೆ",
		"ഡാറ്റ ചോർ*", "डेटा लीक", "ડેટા લીક", "ਡਾਟਾ ਲੀਕ", "rò rỉ", "pagtagas ng datos")
	add(cyber("data_breach"), "তথ্য চুরি", "ডেটা চুরি", "தரவு திருட்டு", "డేటా చోరీ")
	// health organisations
	add(org("care_provider"), "হাসপাতাল*", "হসপিটাল*", "ক্লিনিক*", "மருத்துவமனை*", "ఆసుపత్రి*", "ఆసుపత్రు*", "ఆస్పత్రి*", "ఆస్పత్రు*", "హాస్పిటల్*",
		"ಆಸ್ಪತ್ರೆ*", "ആശുപത്രി*", "रुग्णालय*", "हॉस्पिटल*", "इस्पितळ*", "હોસ્પિટલ*", "દવાખાન*", "ਹਸਪਤਾਲ*",
		"රෝහල*", "საავადმყოფო*", "კლინიკ*", "ჰოსპიტალ*", "հիվանդանոց*", "xəstəxana*", "shifoxona*", "kasalxona*",
		"аурухана*", "оорукана*", "жедел жәрдем*", "эмнэлэг*", "эмнэлг*", "ysbyty", "ysbytai", "meddygfa*", "sptar", "ospital*",
		"pagamutan")
	add(org("laboratory"), "ლაბორატორი*")
	add(org("public_health"), "স্বাস্থ্য মন্ত্রণালয়*", "স্বাস্থ্য অধিদপ্তর*", "சுகாதார அமைச்சக*", "சுகாதாரத் துறை*",
		"स्वास्थ्य मन्त्रालय*", "සෞඛ්ය අමාත්යාංශ*", "ჯანდაცვის სამინისტრო*", "დაავადებათა კონტროლის*", "ლუგარის ცენტრ*",
		"առողջապահության նախարարությ*", "səhiyyə nazirliy*", "sog'liqni saqlash vazirlig*", "эрүүл мэндийн яам*",
		"gwasanaeth iechyd", "bwrdd iechyd", "fwrdd iechyd", "osakidetza", "kagawaran ng kalusugan")
	add(org("health_insurance"), "ఆరోగ్య బీమా", "హెల్త్ ఇన్సూరెన్స్", "স্বাস্থ্য বীমা")
	add(term{kind: kHealthData}, "রোগী*", "நோயாளி*", "రోగి*", "రోగుల*", "ರೋಗಿ*", "രോഗി*", "रुग्ण*", "દર્દી*", "ਮਰੀਜ*",
		"პაციენტ*", "өвчтөн*", "cleifion", "pasyente*", "bệnh án")
	add(term{kind: kHealthWeak}, "স্বাস্থ্য*", "சுகாதார*", "ఆరోగ్య*", "ಆರೋಗ್ಯ*", "ആരോഗ്യ*", "आरोग्य*", "આરોગ્ય*", "ਸਿਹਤ*",
		"स्वास्थ्य*", "සෞඛ්ය*", "ჯანდაცვ*", "səhiyyə*", "денсаулық*", "эрүүл мэнд*", "iechyd", "osasun*", "saħħa", "kalusugan")
}
