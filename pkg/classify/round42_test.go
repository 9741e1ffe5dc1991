package classify

import (
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// TestRound42BylineAboveLead: an author, a byline and a place with a date,
// each on a line of its own above the first sentence, are no sentences of
// the lead; a lead sentence past them still links the attack to the
// hospital group. Prose sentences above the attack keep it out of the lead
// (round 42; sentences of our own).
func TestRound42BylineAboveLead(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	title := "Ridgeview Care reveals damage caused by data breach"
	rest := "Ridgeview Care Group, the second largest private hospital operator in the province, says it has restored " +
		"its IT systems following the cyber attack that crippled its operations in June. " +
		strings.Repeat("The group published its trading update on Monday. ", 15)
	got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: title + "\n\nJane Doe\nBy Jane Doe, business editor\n" +
		"Johannesburg, 31 Aug 2020\n\n" + rest})
	if !hasRule(got, ruleHealthVictim) {
		t.Errorf("the byline pushed the lead sentence out of the lead: %s (%.3f)", got.Verdict, got.Score)
	}
	prose := "The province's trading season opened on Monday.\nShares rose in early trade.\nAnalysts expect a strong quarter.\n"
	got = c.Classify(cit.Candidate{Lang: "en", Title: title, Text: title + "\n\n" + prose + rest})
	if hasRule(got, ruleHealthVictim) {
		t.Errorf("three prose sentences above the attack were read as furniture: %s (%.3f)", got.Verdict, got.Score)
	}
}

// TestRound42VictimNames: a person the report introduces by a role or a
// title is no victim when later named by surname alone ("Fisher said …
// after hackers shut down"); a Title Case headline's qualifier before the
// name ("Potential") and its attack word after it ("Cyberattack") are not
// part of the name (round 42; sentences of our own).
func TestRound42VictimNames(t *testing.T) {
	t.Parallel()
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Ridgeline hospitals slowly getting back to normal following ransomware attack", "Patients are " +
			"asked to bring their medication lists. “It is a shame,” Ridgeline Health System spokesperson Brad Fisher said. " +
			"Fisher said he was upset after cyber hackers were able to shut down the computer system.",
			"Fisher", ""},
		{"en", "Hackers demand ransom payment from heart hospital", "The hospital's president, Dr. Greg Duick, says " +
			"the hackers never got access to patient information. Duick says hackers attacked the Prairie Heart Hospital.",
			"Duick", "Prairie Heart Hospital"},
		{"en", "Potential Lakeside Medicine Data Breach May Affect 33K", "An employee's email account was compromised " +
			"in a phishing attack.", "Potential Lakeside Medicine", "Lakeside Medicine"},
		{"en", "Privacy Commissioner Report on eHealth Saskatchewan Cyberattack", "The commissioner released her " +
			"report on Tuesday.", "eHealth Saskatchewan Cyberattack", "eHealth Saskatchewan"},
	})
}

// TestRound42BackgroundAttackObject: an attack's object far down the body
// ("Other attacks include … an attack on Harbor Point Health System in
// March") does not outrank the health organisation the lead names, unless
// the title names it too; a count in words before a place is no name
// ("Five Southern Ontario hospitals"), and an English lower-case
// descriptor is not part of the name ("drugmaker Sun Pharmaceutical
// Industries") (round 42; sentences of our own).
func TestRound42BackgroundAttackObject(t *testing.T) {
	t.Parallel()
	background := " The hospital's staff worked on paper for a week. The FBI is investigating. " +
		"Other attacks this year include a ransomware attack on Harbor Point Health System in March."
	checkVictims(t, newTest(t), []victimCase{
		{"en", "Hackers return for more money in ransomware attack at Kansas hospital", "Prairie Heart Hospital " +
			"in Wichita paid a ransom, but the hackers demanded more." + background, "Harbor Point", "Prairie Heart Hospital"},
		{"en", "Harbor Point Health System faces lawsuit over ransomware attack", "Prairie Heart Hospital in " +
			"Wichita is one of its facilities." + background, "Prairie", "Harbor Point Health System"},
		{"en", "Five Southern Ontario hospitals impacted by cyber attack on a shared IT provider", "The provider " +
			"serves the hospitals' patient records.", "Five Southern Ontario", ""},
		{"en", "Ransomware attack hits drugmaker", "The attack hit drugmaker Sun Pharmaceutical Industries on Monday, " +
			"the company said.", "drugmaker", "Sun Pharmaceutical Industries"},
	})
}
