package classify

import "testing"

// TestRound48HealthCareSystem: a province's "health-care system" is a care
// provider as its "healthcare system" is, so the attack that disrupted it
// is an attack on a health organisation (round 48; sentences of our own,
// after CBC's report of Newfoundland and Labrador's 2021 attack).
func TestRound48HealthCareSystem(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkAccepted(t, c, []reportCase{
		{"en", "No end in sight for cyberattack disruptions in the province",
			"The premier gave an update on Friday on the cyberattack that has disrupted the province's health-care system. " +
				"Many non-urgent appointments have been cancelled."},
		{"en", "Province still offline a week after cyberattack",
			"The cyberattack that hit the provincial health care system last week has forced clinics to cancel appointments."},
	})
}
