package dedup

import (
	"regexp"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
)

// modeSet is a bit set of breach modes a report's text describes. Two
// reports describing disjoint modes (a stolen laptop, a hacked server) are
// unlikely to be the same incident.
type modeSet uint8

const (
	modeTheft      modeSet = 1 << iota // stolen or lost device or paper
	modeHacking                        // intrusion, malware, ransomware, phishing
	modeDisclosure                     // mis-mailing, posting, unintended exposure
	modeDisposal                       // improper disposal
	modeInsider                        // an employee misusing access
	modeRansomware                     // ransomware specifically (implies hacking)
)

// hacked reports whether the set holds an intrusion or ransomware.
func (m modeSet) hacked() bool { return m&(modeHacking|modeRansomware) != 0 }

// modePatterns are matched against the lower-cased text (one folding per
// report instead of case-insensitive matching in every pattern).
var modePatterns = []struct {
	mode modeSet
	re   *regexp.Regexp
}{
	{modeTheft, regexp.MustCompile(`\b(stole|stolen|theft|thie(f|ves)|burglar\w*|break-?in|lost|loss|misplaced|missing)\b`)},
	{modeHacking, regexp.MustCompile(`\b(hack\w*|malware|cyber[- ]?angriff\w*|cyberattaque\w*|ciberataque\w*|attacco informatico|piratage|pirat\w*|virus|trojan|intru\w*|cyber[- ]?attack\w*|cyber[- ]?(?:security )?incident|phish\w*|compromised (?:server|system|account|email)|unauthori[sz]ed (?:access to|party accessed) (?:its|the|a|their) (?:network|server|system|computer)|(?:unauthori[sz]ed|unknown) (?:third |outside )?(?:party|parties|individuals?|persons?|actors?|users?) (?:(?:who|that) )?(?:gained |obtained |had )?(?:remote )?access(?:ed)? (?:to )?(?:its|the|their) (?:internal |[a-z]{2,6} )?(?:network|servers?|systems?|computers?|email)|skimm\w*|sql injection|keylogg\w*|breached)\b`)},
	{modeRansomware, regexp.MustCompile(`\b(ransom\w*|ran[cç]on\w*|l[oö]segeld\w*|riscatto|rescate|secuestro de datos|encrypted (?:its|the|their) (?:files|systems|servers)|lockbit|alphv|blackcat|conti|ryuk|clop|akira|bianlian|rhysida|hive|royal|black ?basta)\b`)},
	{modeDisclosure, regexp.MustCompile(`\b(mailed|mailing|envelopes?|posted (?:online|on (?:a|the|its) (?:web|internet))|inadvertent\w*|accidental\w*|misdirected|faxed|fax|publicly (?:accessible|available)|exposed online|google search|search engine)\b`)},
	{modeDisposal, regexp.MustCompile(`\b(dispos\w*|dumpster|discarded|trash|recycl\w*|shred\w*)\b`)},
	{modeInsider, regexp.MustCompile(`\b(former employee|employee (?:accessed|stole|sold|took)|insider|snoop\w*|dishonest employees?|without a business need)\b`)},
}

// identityServices are the services offered to the people of any breach
// (misspelt too: "identify theft protection", round 53).
var identityServices = regexp.MustCompile(`identi(?:ty|fy)[- ]theft (?:and \w+ )?(?:protection|restoration|recovery|monitoring|services?|insurance|prevention|consultation|resolution)`)

// claimWords are what a settlement or a lawsuit says its class lost or
// risks, whatever the breach was: "reimbursement for lost time and
// documented out-of-pocket losses", "an increased risk of identity theft",
// "any loss they suffered", "received notice at a California mailing
// address" (round 67).
var claimWords = regexp.MustCompile(`\b(?:any loss(?:es)?|loss(?:es)? (?:they|you|class members) (?:suffered|incurred)|mailing address(?:es)?|lost time|time lost|(?:out-of-pocket|out of pocket|documented|monetary|financial|economic|ordinary|extraordinary|unreimbursed) (?:losses|loss)|identity theft|loss of (?:privacy|time|value|the benefit of (?:the|their) bargain))\b`)

// breachTalk is how a settlement page, a lawsuit or a notice names a
// breach of data without telling how it happened: "This case involves a
// data security incident", "the Data Breach first reported on June 29"
// (round 67).
var breachTalk = regexp.MustCompile(`\b(?:data (?:security )?(?:breach|incident|event)|security incident|privacy incident|cyber ?(?:attack|incident|security incident))\b`)

// dataTheft is a theft of information, no device's: "the incident resulted
// in the theft of patients' protected health information", "stolen patient
// data" (round 61), "affected by data theft", "data thieves" (round 67).
// Matches naming a device or paper are left as they are.
var dataTheft = regexp.MustCompile(`\b(?:theft of (?:the )?|stolen )(?:[\w’'-]+ ){0,3}(?:information|data|records|files)\b|\b(?:information|data) (?:was|were|had been|has been) stolen\b|\bdata (?:theft|thie(?:f|ves))\b`)

// cyberThieves are thieves of a network, no device's: "some patient data
// had been lost to thieves who broke into its clinical network", "cyber
// thieves" (round 63).
var cyberThieves = regexp.MustCompile(`\b(?:(?:data|information|records|files) (?:had been|has been|have been|was|were) lost to |cyber[- ]?)?thie(?:f|ves) (?:who|that) (?:had )?(?:broke into|hacked(?: into)?|accessed|infiltrated|breached|got into|entered) (?:its|the|their|a|our) (?:[\w-]+ )?(?:network|systems?|servers?|computers?|it systems?)\b|\bcyber[- ]?thie(?:f|ves)\b|\b(?:data|information|records|files) (?:had been|has been|have been|was|were) lost to (?:hackers|attackers|cybercriminals|criminals)\b`)

// deviceWord names a thing that is stolen as a thing, whatever it holds.
var deviceWord = regexp.MustCompile(`\b(?:laptops?|computers?|devices?|drives?|usb|tapes?|disks?|discs?|cds?|phones?|paper|boxes|box|briefcases?|bags?|backpacks?|cars?|vehicles?|charts?|folders?|binders?|servers? rack)\b`)

// noticeLetters are the letters that notify the people of any breach:
// "DMG is in the process of mailing letters to … individuals" mails no
// record by mistake (round 53).
var noticeLetters = regexp.MustCompile(`\b(?:mail(?:ed|ing)|sen(?:t|ding)) (?:out )?(?:notification |notice |breach )?(?:letters|notices|notifications)\b`)

// modesOf returns the breach modes text describes.
func modesOf(text string) modeSet {
	m, _ := readModes(text)
	return m
}

// readModes returns the breach modes text describes and whether the text
// names a breach of data as breachTalk does; the text is lower-cased once
// for both.
func readModes(text string) (m modeSet, talked bool) {
	lower := strings.ToLower(text)
	talked = breachTalk.MatchString(lower)
	// "identity theft protection services" are offered to the victims of
	// any breach: no device was stolen.
	lower = identityServices.ReplaceAllString(lower, "identity services")
	lower = noticeLetters.ReplaceAllString(lower, "notifying")
	lower = claimWords.ReplaceAllString(lower, "damages")
	lower = cyberThieves.ReplaceAllString(lower, "intruders hacked")
	lower = dataTheft.ReplaceAllStringFunc(lower, func(m string) string {
		if deviceWord.MatchString(m) {
			return m
		}
		return "data taken"
	})
	for _, p := range modePatterns {
		if p.re.MatchString(lower) {
			m |= p.mode
		}
	}
	if m&modeRansomware != 0 {
		m |= modeHacking
	}
	return m, talked
}

// attackFromModes maps text modes to a taxonomy attack type, "" when the
// text says nothing.
func attackFromModes(m modeSet) string {
	switch {
	case m&modeRansomware != 0:
		return cit.AttackRansomware
	case m&modeHacking != 0:
		return cit.AttackDataBreach
	}
	return ""
}

// String lists the modes, comma separated, for provenance and reasons.
func (m modeSet) String() string {
	names := []string{"theft", "hacking", "disclosure", "disposal", "insider", "ransomware"}
	var out []string
	for i, n := range names {
		if m&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, ",")
}

// parseModes is the inverse of String.
func parseModes(s string) modeSet {
	var m modeSet
	for _, part := range strings.Split(s, ",") {
		switch strings.TrimSpace(part) {
		case "theft":
			m |= modeTheft
		case "hacking":
			m |= modeHacking
		case "disclosure":
			m |= modeDisclosure
		case "disposal":
			m |= modeDisposal
		case "insider":
			m |= modeInsider
		case "ransomware":
			m |= modeRansomware
		}
	}
	return m
}
