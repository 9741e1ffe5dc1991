package classify

import (
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound68Readings: a settlement's or a notice's "accessed or misused"
// is the fate of taken data, not an insider's misuse; a title's one attack
// is the breach its lead's health organisation announces; the MOVEit theft
// is named by its software; a pharmacist is a pharmacy; a kidnapped
// doctor's ransom is no ransomware; an agency's released advisory is no
// attack; sectors a
// campaign's loot serves are no victims; a study of unprotected servers is
// an exposure (round 68; sentences of our own).
func TestRound68Readings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkReadings(t, c, []readingCase{
		{"en", "Clinic notifies patients of network intrusion", "Hackers gained access to the network of Lakeview Family Clinic and " +
			"copied files holding patient records. The clinic said there is no reason to believe any information was accessed or misused " +
			"beyond those files.", true, ruleNonCyber},
		// an employee who misused records is still an insider
		{"en", "Lakeview Family Clinic", "A dishonest employee accessed and misused patient names and Social Security numbers.", false, ""},
		{"en", "Nearly 40,000 Patients Affected by Ransomware Attack", "Brookfield Women’s Health Care Group has announced that it " +
			"has been subject to a data breach. The group said the breach was noticed in March.", true, ""},
		// the title's attacks are many: the model's call, no rule's
		{"en", "Ransomware Attacks Reported in Pennsylvania", "Brookfield Women’s Health Care Group has announced that it has been " +
			"subject to a data breach. The group said the breach was noticed in March.", true, ruleHealthVictim},
		{"en", "State-backed hackers targeted chemical firms, researchers say", "The hackers targeted formulas for producing " +
			"compounds with broad uses in the pharmaceutical and energy sectors, according to a security firm.", false, ""},
		// the MOVEit theft told by the software's name; a pharmacist's shop in Italian
		{"en", "Lakeview Health Plan members impacted by Progress MOVEit software breach", "The plan said its vendor told it of " +
			"the breach, which exposed the personal information of 300,000 members.", true, ""},
		{"it", "Estorsione al farmacista: «Vuoi i file? Paga 3mila euro»", "Gli hacker hanno criptato i file del computer di una " +
			"parafarmacia del centro e chiedono un riscatto.", true, ""},
		// a kidnapped doctor's ransom; but systems "kidnapped" for a ransom are a ransomware attack
		{"es", "Pagan rescate para liberar a médico secuestrado en Xalapa", "La familia del médico pagó un cuantioso rescate a los " +
			"criminales y el doctor regresó sano y salvo a su casa.", false, ""},
		{"pt", "Criminosos pedem resgate ao Hospital São Lucas", "O hospital teve seus sistemas sequestrados por criminosos " +
			"virtuais, que exigem pagamento de resgate em criptomoeda.", true, ""},
		// an agency's advisory on a campaign against the sector; an advisory issued after a named hospital's attack is news
		{"en", "CISA and FBI Release Advisory on State-Sponsored Cyber Actors’ Use of Nightfall Ransomware", "The agencies said the " +
			"actors have used Nightfall ransomware since 2021 to target healthcare and public health sector organizations and " +
			"encrypt servers responsible for providing healthcare services.", false, ""},
		{"en", "Health department issues advisory after ransomware attack on Lakeside Regional Hospital", "Hackers encrypted the " +
			"hospital's servers on Monday and the hospital diverted ambulances.", true, ""},
		{"en", "Millions of Medical Images Left Open on the Internet", "A recent study by a security firm found 300 unprotected " +
			"Picture Archiving and Communication System (PACS) servers in 40 countries that left patient records exposed to anyone.",
			false, ""},
	})
}

// TestRound68Extraction: a lawsuit's "said back on" dates the attack it
// looks back to, a page's dateline on its own line dates nothing; a victim's trade name joins its legal name; a
// settlement's "Defendant", a law's name, a headline's words and an
// exploited software's maker are no victim's name (round 68; sentences of our own).
func TestRound68Extraction(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Lawsuit filed over data breach at Brookfield Medical Center", Lang: "en",
		Text: "The filing said back on Oct. 4, 2023, cybercriminals accessed a Brookfield Medical Center employee's email account."})
	if got.IncidentDate != "2023-10-04" || got.DisclosureDate != "" {
		t.Errorf("incident date %q, disclosure date %q, want 2023-10-04 and none", got.IncidentDate, got.DisclosureDate)
	}
	got = c.Classify(cit.Candidate{Title: "Employee email accounts create cyber exposure for health employers", Lang: "en",
		Text: "Lakeside Psychiatry Management LLC, doing business as Brightpath Health, reached a $2 million settlement over " +
			"unauthorized access to employee email accounts containing patient information."})
	if got.Victim != "Lakeside Psychiatry Management LLC d/b/a Brightpath Health" {
		t.Errorf("victim %q, want the legal name and the trade name", got.Victim)
	}
	if got := tradeNameOf("Acme Health LLC, which does business in Ohio", "Acme Health LLC"); got != "" {
		t.Errorf("trade name %q of a text with none", got)
	}
	got = c.Classify(cit.Candidate{Title: "Lakeside Orthopedics to pay $2 million in ransomware settlement", Lang: "en",
		Text: "Lakeside Orthopedics to pay $2 million in ransomware settlement\nJane Doe\nOctober 30, 2025\nA 2024 ransomware attack " +
			"led to the settlement. The attack was discovered on September 7, 2024."})
	if got.IncidentDate != "2024-09-07" {
		t.Errorf("incident date %q, want 2024-09-07, not the page's dateline", got.IncidentDate)
	}
	checkVictims(t, c, []victimCase{
		{"en", "Why did I receive a notice?", "The lawsuit alleges Defendant was the victim of a cyberattack resulting in the disclosure " +
			"of protected health information of its patients.", "Defendant", ""},
		// a law's name, a Title Case headline's preposition
		{"en", "Feds fine children's health insurance site for 2020 hack", "The company failed to meet the Health Insurance " +
			"Portability and Accountability Act Security Rule, the department said.", "Act Security Rule", ""},
		{"en", "Vendor And Its Manager Settle Claims Act Liability For Cybersecurity Failures On Florida Medicaid Enrollment Website",
			"The vendor agreed to pay $300,000 to resolve allegations that it failed to secure personal information on a children's " +
				"health insurance website that hackers breached.", "Failures On", ""},
		// a Title Case headline's preposition before the name
		{"en", "Ransomware Attacks At Lakeview Medical Center", "The hospital has informed 21,988 patients of a July 2020 ransomware attack.",
			"At ", "Lakeview Medical Center"},
		// a count is no name; a German press release's head before its sender
		{"en", "Population Health Management Firm's Breach Affects Millions", "Hackers accessed the network of Lakeside Health " +
			"Analytics, a population health management firm.", "Millions", ""},
		{"de", "Hackerangriff auf Psychiatrie Seeland", "Die IT-Systeme wurden heruntergefahren, heisst es in einer Medienmitteilung " +
			"der Psychiatrie Seeland (PSL). Eine Hackergruppe hat grosse Teile der IT-Infrastruktur verschlüsselt.", "Medienmitteilung", ""},
		// a settlement page's words after the name
		{"en", "Lakeside Plus Pharmacy Settlement Claim Form", "Lakeside Plus Pharmacy agreed to settle claims over a 2022 " +
			"ransomware attack on its network.", "Claim Form", "Lakeside Plus Pharmacy"},
		{"en", "Lakeside Plus Pharmacy Class Action Settlement Website", "Lakeside Plus Pharmacy agreed to settle claims over a 2022 " +
			"ransomware attack on its network.", "Class Action", "Lakeside Plus Pharmacy"},
		// the attackers' origin
		{"en", "Cyber attack on Israel: hackers admit to stealing hospital data", "An Eastern European hacking group released " +
			"patient data stolen from Lakeside Medical Center and set a 72-hour deadline for $700,000.", "European", ""},
		// the software's maker is no victim
		{"en", "Lakeview Health Plan members impacted by Progress MOVEit software breach", "Lakeview Health Plan said its vendor " +
			"told it of the breach, which exposed the personal information of 300,000 members.", "Progress", "Lakeview Health Plan"},
	})
}
