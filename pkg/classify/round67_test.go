package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound67Reports: attacks on health bodies told in the languages of
// South Asia, the Caucasus, Central Asia, Welsh and Basque (Bengali written
// with its zero-width joiner or without), and, counting no attack,
// warnings in them, a scam in a health insurer's name, a Galician outage
// whose attack is ruled out, and a pharmacy's store vandalism (round 67;
// sentences of our own).
func TestRound67Reports(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"bn", "ঢাকার হাসপাতালে র\u200d্যানসমওয়্যার হামলা", "হ্যাকাররা হাসপাতালের সার্ভার বন্ধ করে দিয়েছে এবং রোগীদের তথ্য চুরি করেছে।", true, ""},
		{"bn", "ঢাকার হাসপাতালে র্যানসমওয়্যার হামলা", "হ্যাকাররা হাসপাতালের সার্ভার বন্ধ করে দিয়েছে।", true, ""},
		{"ta", "சென்னை மருத்துவமனை மீது சைபர் தாக்குதல்", "ஹேக்கர்கள் நோயாளிகளின் தரவுகளை திருடினர்.", true, ""},
		{"te", "హైదరాబాద్ ఆసుపత్రిపై సైబర్ దాడి", "హ్యాకర్లు రోగుల డేటాను దొంగిలించారు.", true, ""},
		{"ml", "ആശുപത്രിയിൽ സൈബർ ആക്രമണം", "ഹാക്കർമാർ രോഗികളുടെ വിവരങ്ങൾ ചോർത്തി.", true, ""},
		{"gu", "અમદાવાદની હોસ્પિટલ પર સાયબર એટેક", "હેકર્સે સર્વર હેક કરીને ખંડણી માંગી.", true, ""},
		{"pa", "ਹਸਪਤਾਲ ਉੱਤੇ ਸਾਈਬਰ ਹਮਲਾ", "ਹੈਕਰਾਂ ਨੇ ਮਰੀਜ਼ਾਂ ਦਾ ਡਾਟਾ ਚੋਰੀ ਕੀਤਾ।", true, ""},
		{"ka", "კიბერშეტევა ჯანდაცვის სამინისტროზე", "ჰაკერებმა სამინისტროს სერვერებიდან პაციენტების მონაცემები მოიპარეს.", true, ""},
		{"cy", "Ymosodiad seiber ar ysbyty yng Nghaerdydd", "Mae hacwyr wedi dwyn data cleifion o'r ysbyty.", true, ""},
		{"az", "Xəstəxanaya kiberhücum edilib", "Hakerlər xəstəxananın serverlərini şifrələyiblər.", true, ""},
		{"mn", "Эмнэлэгт кибер халдлага гарчээ", "Хакерууд эмнэлгийн өвчтөнүүдийн мэдээллийг хулгайлжээ.", true, ""},
		{"eu", "Zibererasoa ospitale batean", "Hackerrek ospitaleko sistemak blokeatu dituzte.", true, ""},
		// set E15: a plural's stem in Telugu, Kazakhstan's ambulance service
		{"te", "అనేక ఆసుపత్రులపై సైబర్ దాడి", "సైబర్ నేరగాళ్లు ఆసుపత్రుల సాఫ్ట్వేర్ను హ్యాక్ చేశారు.", true, ""},
		{"kk", "Жедел жәрдем қызметіне хакерлік шабуыл", "Хакерлік шабуыл салдарынан жедел жәрдемге хабарласу мүмкін болмады.", true, ""},
		// no attack
		{"az", "Xəstəxanalar kiberhücum təhlükəsi ilə üz-üzə", "Mütəxəssislər təhlükəsizlik tədbirlərini gücləndirməyi tövsiyə edirlər.", false, ""},
		{"ta", "மருத்துவமனைகளை குறிவைக்கும் சைபர் தாக்குதல்கள்: எச்சரிக்கை", "மருத்துவமனைகள் கவனமாக இருக்க வேண்டும்.", false, ""},
		// set E17: a government's pledge of money after an attack, an agency's snapshot of threats
		{"en", "Extra £30m pledged to strengthen cyber security across hospitals", "The government pledged the money for NHS hospitals in the wake of last year's WannaCry ransomware attack on the NHS.", false, ""},
		{"en", "Health Sector Snapshot", "The national cyber security centre published its health sector snapshot. Health services were hit by ransomware more than any other sector.", false, ""},
		{"gl", "Caída do sistema informático do servizo de saúde", "A consellería di descartar o ataque informático e atribúe o fallo a un problema eléctrico nos hospitais.", false, ""},
	})
}

// TestRound67Notices: a breach notice tells its incident under "What
// Happened", past a paragraph on the organisation's care for privacy, and
// names its victim by the short name it defines in brackets; a lawsuit's
// "failed to prevent" is no advice; a flaw that led to an attack was used
// (round 67; sentences of our own).
func TestRound67Notices(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text, rule string
	}{
		// the attack is told under "What Happened", by the name the notice defines
		{"en", "Notice of Data Security Incident", "Maple Street Dental Group, PLLC (“Maple”) values the privacy and security of the personal " +
			"information of its patients. This notice explains an incident that may affect some of that information, what we have done " +
			"and the steps patients can take to protect themselves against identity theft.\n\nWhat Happened\n\nMaple suffered a " +
			"ransomware attack on its practice management server on March 3, 2025. The attack was discovered the same day.\n\nWhat We " +
			"Are Doing\n\nWe are offering twelve months of credit monitoring and identity theft protection services.", ruleHealthVictim},
		// a breach by vandals is a physical loss
		{"en", "Pharmacy chain reports security breach after store vandalism", "Vandalism at several stores resulted in the loss of paper " +
			"prescriptions and patient information held in the pharmacy. The company said the security breach affected 2,000 patients.",
			ruleNonCyber},
		// a scam in a health insurer's name, in Bulgarian
		{"bg", "Внимавайте! Фишинг измама от името на НЗОК", "Касата предупреждава граждани за фалшиви писма от името на НЗОК.", ruleImpersonated},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: tt.lang})
		if !hasRule(got, tt.rule) {
			t.Errorf("%q: %s did not fire (verdict %s, score %.3f)", tt.title, tt.rule, got.Verdict, got.Score)
		}
	}
	checkVictims(t, c, []victimCase{
		{"en", "Ransomware attack on U.S. Vision", "", "", "U.S. Vision"},
		{"en", "FBI stops attack on clinic", "The hackers behind the attack were targeting Lakeside Health Care Center in Hill City and planted malware on one of its servers.", "", "Lakeside Health Care Center"},
		{"en", "Hackers were targeting hospitals across the state", "Several hospitals reported phishing attempts.", "", ""},
	})
	checkReadings(t, c, []readingCase{
		{"en", "Eye Clinic Failed to Prevent 2024 Ransomware Attack, Lawsuit Alleges",
			"Patients sued Lakeview Eye Clinic after hackers stole their records in a ransomware attack on the clinic.", true, ruleAdvice},
		{"en", "State settles with imaging group over patient data",
			"Lakeview Radiology left its network exposed to a known vulnerability, leading to a ransomware attack on the radiology practice.",
			true, ""},
	})
}

// TestRound67Places: England's regions, Singapore's and the Philippines'
// data regulators place a report, over a foreign flag its hackers waved or
// a dollar sign; an adjective opening a quoted sentence on an account's
// activity is no victim (round 67; sentences of our own).
func TestRound67Places(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkCountries(t, c, []countryCase{
		{"en", "", "East Midlands Ambulance Service Twitter account hacked", "The account posted messages in Turkish praising the Turkish government before it was recovered.", "GB"},
		{"en", "", "Clinic fined $40k for leaking patient data", "The Personal Data Protection Commission said the clinic's email account had been hijacked by an outsider.", "SG"},
		{"en", "", "Provincial hospital hit by ransomware", "The National Privacy Commission ordered the hospital to notify the affected patients.", "PH"},
	})
	checkVictims(t, c, []victimCase{
		{"en", "Agency notifies clients of email breach", "\"Unauthorized activity on the account was identified within a half hour,\" the health agency said.", "Unauthorized", ""},
		{"en", "Agency notifies clients of email breach", "Suspicious activity on the account was identified at the health agency after a phishing attack.", "Suspicious", ""},
		// a headline's legal case, a tracker's state code, a place of care's possessive, a hedge
		{"en", "FAQ - Brookfield Valley Health Center Settlement", "Answers to frequently asked questions about the settlement of the data breach class action.", "Settlement", "Brookfield Valley Health Center"},
		{"en", "CA, Brookfield Valley Health Center: over 20,000 people are affected by ransomware", "", "CA,", ""},
		{"en", "Clinic agrees to settlement", "The clinic reached a settlement over the breach. Possibly compromised patient information included names and birth dates.", "Possibly", ""},
		{"en", "Class action over hospital hack dismissed", "A hacker attack on Brookfield County Medical Center’s network exposed patient data.", "’s", "Brookfield County Medical Center"},
	})
}
