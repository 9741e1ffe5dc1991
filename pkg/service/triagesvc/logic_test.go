package triagesvc

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

var cheapParams = Argon2Params{Time: 1, Memory: 64, Threads: 1, KeyLen: 32, SaltLen: 16}

func TestPasswordHashing(t *testing.T) {
	h1, err := HashPassword("s3cret-passphrase", cheapParams)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := HashPassword("s3cret-passphrase", cheapParams)
	if h1 == h2 {
		t.Error("two hashes of one password are equal: the salt is not random")
	}
	if !strings.HasPrefix(h1, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Errorf("hash %q is not an argon2id PHC string with its parameters", h1)
	}
	tests := []struct {
		name, password, hash string
		want                 bool
		wantErr              error
	}{
		{"right password", "s3cret-passphrase", h1, true, nil},
		{"wrong password", "s3cret-passphrasE", h1, false, nil},
		{"empty password", "", h1, false, nil},
		{"bcrypt hash", "x", "$2a$10$abcdefghijklmnopqrstuv", false, ErrBadHash},
		{"absurd memory cost", "x", "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$" + strings.Repeat("A", 43), false, ErrBadHash},
		{"truncated", "x", h1[:30], false, ErrBadHash},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := VerifyPassword(tc.password, tc.hash)
			if got != tc.want || !errors.Is(err, tc.wantErr) {
				t.Errorf("VerifyPassword = %v, %v; want %v, %v", got, err, tc.want, tc.wantErr)
			}
		})
	}
	if p := GeneratePassword(); len(p) < MinPasswordLen {
		t.Errorf("generated password %q is shorter than %d", p, MinPasswordLen)
	}
}

func TestThrottle(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	th := NewThrottle(ThrottleLimits{Window: 10 * time.Minute, PerUser: 3, PerIP: 4})
	for i := range 3 {
		th.Fail("ana", "10.0.0.1", t0.Add(time.Duration(i)*time.Minute))
	}
	ok, wait := th.Allow("ana", "10.0.0.2", t0.Add(3*time.Minute))
	if ok || wait != 7*time.Minute {
		t.Errorf("after 3 failures: Allow = %v, wait %v; want blocked for 7m (until the first failure leaves the window)", ok, wait)
	}
	if ok, _ := th.Allow("bob", "10.0.0.2", t0.Add(3*time.Minute)); !ok {
		t.Error("another user from another address is blocked")
	}
	th.Fail("bob", "10.0.0.1", t0.Add(4*time.Minute)) // fourth failure from 10.0.0.1
	if ok, _ := th.Allow("carol", "10.0.0.1", t0.Add(5*time.Minute)); ok {
		t.Error("a fifth attempt from an address with 4 failures is allowed")
	}
	if ok, _ := th.Allow("ana", "10.0.0.2", t0.Add(10*time.Minute+time.Second)); !ok {
		t.Error("ana still blocked after her first failure left the window (2 of 3 left)")
	}
	th.Succeed("bob")
	if ok, _ := th.Allow("bob", "10.0.0.3", t0.Add(5*time.Minute)); !ok {
		t.Error("bob blocked after a success")
	}
}

func candidate() cit.Classified {
	us := "US"
	n := int64(500)
	return cit.Classified{
		Candidate: cit.Candidate{ID: "c1", Source: "s", Title: "T", Text: "x"},
		Classification: &cit.Classification{Score: 0.5, Verdict: cit.VerdictReview, AttackType: cit.AttackRansomware,
			Sector: cit.SectorCareProvider, Country: &us, Victim: "St Mary", RecordsAffected: &n,
			Reasons: []cit.Reason{{Field: "attack_type", Rule: "lexicon", Span: "ransomware"}}},
	}
}

func TestParseEdits(t *testing.T) {
	tests := []struct {
		name    string
		form    url.Values
		want    map[string]string
		wantErr string
	}{
		{"normalises", url.Values{"country": {" fr "}, "records_affected": {"1,200"}, "victim": {" Acme "}},
			map[string]string{"country": "FR", "records_affected": "1200", "victim": "Acme"}, ""},
		{"empty clears", url.Values{"country": {""}, "records_affected": {""}}, map[string]string{"country": "", "records_affected": ""}, ""},
		{"absent is untouched", url.Values{"other": {"x"}}, map[string]string{}, ""},
		{"unknown attack type", url.Values{"attack_type": {"phishing"}}, nil, "attack_type"},
		{"unknown sector", url.Values{"sector": {"hospital"}}, nil, "sector"},
		{"bad country", url.Values{"country": {"FRA"}}, nil, "country"},
		{"negative records", url.Values{"records_affected": {"-5"}}, nil, "records_affected"},
		{"long victim", url.Values{"victim": {strings.Repeat("v", 201)}}, nil, "victim"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseEdits(tc.form)
			var fe *FieldError
			if tc.wantErr != "" {
				if !errors.As(err, &fe) || fe.Field != tc.wantErr {
					t.Fatalf("ParseEdits(%v) err = %v, want a FieldError on %s", tc.form, err, tc.wantErr)
				}
				return
			}
			if err != nil || len(got) != len(tc.want) {
				t.Fatalf("ParseEdits(%v) = %v, %v; want %v", tc.form, got, err, tc.want)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("ParseEdits(%v)[%s] = %q, want %q", tc.form, k, got[k], v)
				}
			}
		})
	}
}

func TestConfirmAndReject(t *testing.T) {
	s := Stamp{ID: "d1", At: "2026-01-01T00:00:00Z", Actor: "ana"}
	c := candidate()
	d, err := Confirm(s, c, map[string]string{"country": "", "attack_type": cit.AttackRansomware, "victim": "St Mary's"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != cit.ActionConfirm || d.CandidateID != "c1" || d.ID != "d1" || d.Actor != "ana" {
		t.Errorf("decision = %+v", d)
	}
	if len(d.Fields) != 2 || d.Fields["country"] != "" || d.Fields["victim"] != "St Mary's" {
		t.Errorf("Fields = %v, want only country (cleared) and victim (attack type was unchanged)", d.Fields)
	}
	var after cit.Classified
	if err := json.Unmarshal([]byte(d.After), &after); err != nil {
		t.Fatal(err)
	}
	cl := after.Classification
	if cl.Verdict != cit.VerdictAccept || !cl.IsHealthCyberattack || cl.Country != nil || cl.Victim != "St Mary's" ||
		*cl.RecordsAffected != 500 || cl.Reasons[len(cl.Reasons)-1].Rule != "analyst_confirm" {
		t.Errorf("After = %+v", *cl)
	}
	if c.Classification.Verdict != cit.VerdictReview || c.Classification.CountryCode() != "US" || len(c.Classification.Reasons) != 1 {
		t.Error("Confirm changed the candidate it was given")
	}
	if _, err := Reject(s, c, "   "); err == nil {
		t.Error("Reject without a reason: want an error")
	}
	r, err := Reject(s, c, "not health")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(r.After), &after); err != nil || after.Classification.Verdict != cit.VerdictReject ||
		after.Classification.IsHealthCyberattack || r.Reason != "not health" || r.IncidentID != "" {
		t.Errorf("reject = %+v (%v); want verdict reject in After and no incident (which dedup would withdraw)", r, err)
	}
}

func TestIncidentDecisions(t *testing.T) {
	s := Stamp{ID: "d1", At: "2026-01-01T00:00:00Z", Actor: "ana"}
	in := cit.Incident{ID: "i1", Status: cit.StatusActive, Country: "US", AttackType: cit.AttackRansomware,
		Sources: []cit.SourceRef{{CandidateID: "a"}, {CandidateID: "b"}}}
	if _, err := Merge(s, in, "i1", ""); err == nil {
		t.Error("merge into itself: want an error")
	}
	if _, err := Merge(s, in, "bad id;", ""); err == nil {
		t.Error("merge into a malformed id: want an error")
	}
	if d, err := Merge(s, in, "i2", "same attack"); err != nil || d.IncidentID != "i1" || d.TargetID != "i2" || d.Action != cit.ActionMerge {
		t.Errorf("Merge = %+v, %v", d, err)
	}
	if _, err := Split(s, in, "zzz", ""); err == nil {
		t.Error("split of a report not in the incident: want an error")
	}
	if d, err := Split(s, in, "b", ""); err != nil || d.CandidateID != "b" || d.IncidentID != "i1" {
		t.Errorf("Split = %+v, %v", d, err)
	}
	single := in
	single.Sources = in.Sources[:1]
	if _, err := Split(s, single, "a", ""); err == nil {
		t.Error("split of an incident's only report: want an error")
	}
	if _, err := Edit(s, in, map[string]string{"country": "US"}, ""); err == nil {
		t.Error("edit that changes nothing: want an error")
	}
	d, err := Edit(s, in, map[string]string{"country": "GB", "attack_type": cit.AttackRansomware}, "")
	if err != nil || len(d.Fields) != 1 || d.Fields["country"] != "GB" || !strings.Contains(d.After, `"country":"GB"`) {
		t.Errorf("Edit = %+v, %v; want only the country changed", d, err)
	}
	merged := in
	merged.Status = cit.StatusMerged
	if _, err := Edit(s, merged, map[string]string{"country": "GB"}, ""); err == nil {
		t.Error("edit of a merged incident: want an error")
	}
	if _, err := Withdraw(s, in, ""); err == nil {
		t.Error("withdraw without a reason: want an error")
	}
}

func TestHighlight(t *testing.T) {
	reasons := []cit.Reason{
		{Field: "attack_type", Rule: "lexicon", Span: "Ransomware"},
		{Field: "sector", Rule: "lexicon", Span: "hospital"},
		{Field: "victim", Rule: "name", Span: "St Mary Hospital"}, // overlaps "hospital"
		{Field: "x", Rule: "tiny", Span: "a"},                     // too short to mark
	}
	text := "St Mary Hospital hit by ransomware; ransomware <b>again</b>."
	got := Highlight(text, reasons)
	var b strings.Builder
	for _, s := range got {
		if s.Mark {
			b.WriteString("[" + s.Text + "|" + s.Rules + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	want := "[St Mary Hospital|victim: name; sector: lexicon] hit by [ransomware|attack_type: lexicon]; " +
		"[ransomware|attack_type: lexicon] <b>again</b>."
	if b.String() != want {
		t.Errorf("Highlight =\n %s\nwant\n %s", b.String(), want)
	}
	if got := Highlight("no evidence here", reasons); len(got) != 1 || got[0].Mark {
		t.Errorf("Highlight without a match = %+v, want the text unmarked", got)
	}
}

func TestSafeNextAndURL(t *testing.T) {
	for in, want := range map[string]string{"/candidates/x?a=1": "/candidates/x?a=1", "//evil.example": "/",
		"https://evil.example": "/", "/\\evil.example": "/", "": "/", "javascript:alert(1)": "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"https://x.org/a": "https://x.org/a", "javascript:alert(1)": "",
		"JaVaScRiPt:alert(1)": "", "data:text/html,x": "", "/relative": "", "http://": ""} {
		if got := httpURL(in); got != want {
			t.Errorf("httpURL(%q) = %q, want %q", in, got, want)
		}
	}
}
