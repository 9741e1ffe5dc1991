package classify

import "testing"

// TestRound66Dates: dates in Europe's other languages — month names in
// the genitive, Hungarian's year first, digits with dots — and the role
// the word before them gives (round 66; sentences of our own).
func TestRound66Dates(t *testing.T) {
	t.Parallel()
	checkDateRoles(t, []dateCase{
		{"Szpital został zaatakowany 8 marca 2026 przez hakerów.", "2026-03-08", ""},
		{"Dyrekcja poinformowała 10 marca 2026, że dane mogły wyciec.", "", "2026-03-10"},
		{"Nemocnice byla napadena 1. července 2025 ráno.", "2025-07-01", ""},
		{"Sjukhuset drabbades 27 februari 2024 av en it-attack.", "2024-02-27", ""},
		{"Spitalul a anunțat 7 martie 2024 că a fost atacat.", "", "2024-03-07"},
		{"A kórház közölte 2024. március 7-én, hogy támadás érte.", "", "2024-03-07"},
		{"Szpital poinformował 08.03.2026 o ataku.", "", "2026-03-08"},
		{"Szpital poinformował 31.13.2026 o ataku.", "", ""}, // no such month
		{"Spotkanie 8 marca 2026 w szpitalu.", "", ""},       // no cue, no role
	})
}

// TestRound66Reports: attacks on health bodies told in Russian, Ukrainian,
// Bulgarian, Hebrew (with its vowel points or without), Arabic, Turkish,
// Estonian, Latvian and Lithuanian, and, counting no attack, denials in
// Slovak and Russian, a Swedish "intrusion" by staff, advice and a share
// of attacks in a title, a Romanian city hall's attack whose "care" is
// "which" (round 66; sentences of our own).
func TestRound66Reports(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"ru", "Кибератака на городскую больницу", "Хакеры атаковали больницу и зашифровали данные пациентов, требуя выкуп.", true, ""},
		{"uk", "Хакерська атака на лікарню", "Хакери зламали систему лікарні та викрали дані пацієнтів.", true, ""},
		{"bg", "Хакерска атака засегна болница в Пловдив", "Хакери блокираха системите на болницата.", true, ""},
		{"he", "מִתְקֶפֶת סייבר על בית החולים", "האקרים תקפו את מערכות בית החולים והצפינו את המידע הרפואי.", true, ""},
		{"he", "מתקפת סייבר על בית החולים", "האקרים תקפו את מערכות בית החולים והצפינו את המידע הרפואי.", true, ""},
		{"ar", "هجوم إلكتروني على مستشفى في عمان", "تعرض المستشفى لهجوم الكتروني وطلب القراصنة فدية مقابل بيانات المرضى.", true, ""},
		{"tr", "Devlet hastanesi hacklendi", "Bilgisayar korsanları hastanenin sistemine girerek hasta verilerini çaldı.", true, ""},
		{"et", "Haigla langes küberrünnaku ohvriks", "Häkkerid krüpteerisid haigla süsteemid ja nõudsid lunaraha.", true, ""},
		{"lv", "Kiberuzbrukums slimnīcai", "Hakeri uzbruka slimnīcas sistēmām, un pacientu dati tika nopludināti.", true, ""},
		{"lt", "Kibernetinė ataka ligoninėje", "Programišiai užšifravo ligoninės sistemas ir reikalavo išpirkos.", true, ""},
		{"sk", "Výpadok systému v nemocnici", "Podľa vyjadrenia centra nešlo o chybu spôsobenú ľudským faktorom ani o kybernetický útok.", false, ""},
		{"ru", "Сбой в больнице", "В больнице заявили, что не было никакой кибератаки.", false, ""},
		{"sv", "Dataintrång i vården anmält", "Regionen har polisanmält olovliga intrång i journalsystemet. Två anställda misstänks.", false, ""},
		{"sv", "Så skyddar du kliniken mot it-attacker", "Många kliniker drabbas av dataintrång. Här är fem råd.", false, ""},
		{"el", "Οι χάκερς χτυπούν τα νοσοκομεία: Το 60% των κυβερνοεπιθέσεων αφορά την υγεία", "Τα νοσοκομεία δέχονται τις περισσότερες κυβερνοεπιθέσεις.", false, ""},
		// Finland's social insurance institution, in its genitive; home care
		{"fi", "Palvelunestohyökkäys häiritsi Kelan verkkopalveluja", "Kelan palvelut olivat poissa käytöstä hyökkäyksen vuoksi.", true, ""},
		{"fi", "Tietosuojamurto toimittajalla koskee 5 000 asiakasta", "Kotihoidon asiakkaiden tiedot joutuivat vääriin käsiin tietosuojamurrossa.", true, ""},
		// set E10's first scoring: Persian, warnings and sectors, regions that run hospitals, e-health systems,
		// Russia's laboratories by name
		{"fa", "حمله سایبری به بیمارستانی در تهران", "هکرها اطلاعات بیماران را سرقت کردند.", true, ""},
		{"cs", "Hackeři zaútočí na nemocnice, varuje úřad", "Útoky mají přijít v pátek, nemocnice se mají připravit.", false, ""},
		{"ar", "القطاع الصحي تحت التهديد", "تحذيرات من هجوم سيبراني على المستشفيات.", false, ""},
		{"fi", "Terveydenhuolto kyberhyökkäysten kohteena", "Sairaalat ovat yhä useammin kiristyshaittaohjelmien kohteena.", false, ""},
		{"sv", "Efter hackerattacken mot Region Norrland går upp i stabsläge", "Regionen drabbades av en it-attack i helgen.", true, ""},
		{"no", "Latvias e-reseptsystem rammet av stort dataangrep", "Systemet var nede i flere timer etter angrepet.", true, ""},
		{"ru", "Хакеры взломали базу «Гемотеста»", "Злоумышленники получили доступ к данным клиентов.", true, ""},
		{"ru", "Вирус-вымогатель в Светлогорской ЦРБ", "Компьютеры зашифрованы, злоумышленники требуют выкуп.", true, ""},
		// set E11: Hindi, Urdu, Albanian; a Polish hospital's mailbox broken into
		{"hi", "दिल्ली के अस्पताल पर साइबर हमला", "हैकर्स ने अस्पताल का सर्वर हैक कर लिया और मरीजों का डेटा चुरा लिया।", true, ""},
		{"ur", "لاہور کے ہسپتال پر سائبر حملہ", "ہیکرز نے مریضوں کا ڈیٹا چوری کر لیا۔", true, ""},
		{"sq", "Sulm kibernetik ndaj spitalit në Tiranë", "Hakerat bllokuan sistemet e spitalit.", true, ""},
		{"pl", "Włamanie na maila szpitala powiatowego", "Nieznani sprawcy przejęli skrzynkę pocztową szpitala z danymi pacjentów.", true, ""},
		{"ro", "Atac cibernetic la Primăria Deva", "Primăria a fost ținta unui atac ransomware care a avut loc în noaptea de vineri.", false, ""},
	})
}

// TestRound66Countries: country names in Cyrillic, Greek, Turkish, Hebrew
// and Arabic, in the cases the press writes them, and a Hebrew report that
// names no place placed in Israel (round 66; sentences of our own).
func TestRound66Countries(t *testing.T) {
	t.Parallel()
	checkCountries(t, newTest(t), []countryCase{
		{"ru", "", "Кибератака на больницу в Германии", "Хакеры зашифровали данные пациентов.", "DE"},
		{"uk", "", "Хакери атакували лікарню", "В Україні хакери зламали систему лікарні.", "UA"},
		{"tr", "", "Almanya'da hastaneye siber saldırı", "Bilgisayar korsanları hastanenin sistemine girdi.", "DE"},
		{"ar", "", "هجوم إلكتروني على مستشفى في الجزائر", "تعرض المستشفى لهجوم الكتروني.", "DZ"},
		{"ar", "", "قراصنة يخترقون منصة وزارة الصحة اللبنانية", "تعرضت المنصة لهجوم الكتروني.", "LB"},
		{"he", "", "מתקפת סייבר על בית החולים", "האקרים תקפו את מערכות בית החולים והצפינו את המידע הרפואי של המטופלים במחלקות.", "IL"},
	})
}

// TestRound66Victims: victims in the press of round 66's languages:
//   - a Title Case headline holding a count ("3,2 Miliar Data") is a
//     headline, not an organisation's name;
//   - a Polish name after an attacker's verb; Portuguese "na" ("in the")
//     links no object as Polish "na" ("on") does;
//   - a Hebrew or Arabic name after its kind, the kind's joined
//     preposition left out, grammar ending it, a kind alone or Arabic's
//     definite kind no name; the ministry with only the adjectives that
//     agree with it;
//   - Hungarian's article is no part of a name.
func TestRound66Victims(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"pt", "Agência alerta hospitais para ataques de ransomware na Europa", "Os ataques a hospitais aumentaram.", "Europa", ""},
		{"pl", "Hakerzy sparaliżowali Centrum Medyczne Zdrowie", "Hakerzy zaszyfrowali dane pacjentów.", "", "Centrum Medyczne Zdrowie"},
		{"he", "מתקפת סייבר בבית החולים אלון", "האקרים הצפינו את המערכות.", "", "בית החולים אלון"},
		{"ar", "هجوم إلكتروني على مستشفى النور في عمان", "تعرض المستشفى لهجوم الكتروني.", "", "مستشفى النور"},
		{"ar", "هجوم إلكتروني على مستشفى في عمان", "طلب القراصنة فدية.", "مستشفى", ""},
		{"ar", "هجوم إلكتروني في الجزائر", "تعرض المستشفى لهجوم الكتروني.", "المستشفى", ""},
		// set G10: the ministry and its adjectives, not the words after them; Hungarian's article;
		// a Russian district hospital by its initials
		{"ar", "قراصنة يعرضون بيانات وزارة الصحة اللبنانية فهو للبيع", "عرض القراصنة بيانات للبيع.", "", "وزارة الصحة اللبنانية"},
		{"hu", "Hackerek támadták meg az Egis Gyógyszergyárat", "Az Egis Gyógyszergyárat zsarolóvírus támadta meg.", "Az ", ""},
		{"id", "Kembali Beraksi, Zorka Klaim Jual 1,3 Miliar Data SehatKu", "Peretas mengklaim menjual data pengguna aplikasi kesehatan SehatKu.", "Kembali", ""},
	})
}
