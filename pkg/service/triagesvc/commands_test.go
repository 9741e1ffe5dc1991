package triagesvc_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	addr := chtest.Addr(t)
	st, err := store.Open(ctx, store.Config{Addr: addr, Database: chtest.Database(t, addr)}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestUsersCommand(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	run := func(stdin string, args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := triagesvc.UsersCommand(ctx, st, args, strings.NewReader(stdin), &out, &errOut)
		return out.String(), err
	}
	if _, err := run("long enough password\n", "add", "ana", "--role", "analyst", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	generated, err := run("", "add", "--role", "viewer", "bob") // flags before the name work too
	if err != nil {
		t.Fatal(err)
	}
	generated = strings.TrimSpace(generated)
	if len(generated) < triagesvc.MinPasswordLen {
		t.Fatalf("add without --password-stdin printed %q, want a generated password", generated)
	}
	for _, bad := range [][]string{
		{"add", "ana", "--role", "viewer"},                      // taken
		{"add", "carol", "--role", "root"},                      // no such role
		{"add", "Carol Smith", "--role", "viewer"},              // bad name
		{"add", "dave", "--role", "viewer", "--password-stdin"}, // short password from stdin (empty)
		{"disable", "nobody"},
		{"frobnicate"},
		{"add"},
	} {
		if _, err := run("", bad...); err == nil {
			t.Errorf("users %v: want an error", bad)
		}
	}
	u, err := st.User(ctx, "bob")
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := triagesvc.VerifyPassword(generated, u.PasswordHash); !ok || u.Role != "viewer" {
		t.Errorf("bob: role %q, generated password verifies = %v; want viewer, true", u.Role, ok)
	}
	if _, err := run("", "disable", "bob"); err != nil {
		t.Fatal(err)
	}
	list, err := run("", "list")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(list), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "ana") || !strings.Contains(lines[1], "active") ||
		!strings.Contains(lines[2], "bob") || !strings.Contains(lines[2], "disabled") {
		t.Errorf("list =\n%s\nwant a header, ana active, bob disabled", list)
	}
	if _, err := run("a brand new password\n", "reset", "bob", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	u, _ = st.User(ctx, "bob")
	if ok, _ := triagesvc.VerifyPassword("a brand new password", u.PasswordHash); !ok || u.Disabled {
		t.Errorf("after reset: password verifies = %v, disabled = %v; want true, false", ok, u.Disabled)
	}
}

func TestExportLabels(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	a := review("c-a", "Hospital ransomware", "text a")
	b := review("c-b", "Games studio", "text b")
	untouched := review("c-c", "Not decided", "text c")
	if err := st.InsertCandidates(ctx, []cit.Classified{a, b, untouched}, 1); err != nil {
		t.Fatal(err)
	}
	s := triagesvc.Stamp{ID: "d1", At: "2026-02-01T10:00:00Z", Actor: "ana"}
	confirm, err := triagesvc.Confirm(s, a, map[string]string{"attack_type": cit.AttackDataBreach, "country": "CA", "records_affected": "42"})
	if err != nil {
		t.Fatal(err)
	}
	s2 := triagesvc.Stamp{ID: "d2", At: "2026-02-01T11:00:00Z", Actor: "bob"}
	earlier, _ := triagesvc.Confirm(triagesvc.Stamp{ID: "d0", At: "2026-02-01T09:00:00Z", Actor: "ana"}, b, nil)
	reject, err := triagesvc.Reject(s2, b, "not health")
	if err != nil {
		t.Fatal(err)
	}
	merge := cit.TriageDecision{ID: "d3", At: "2026-02-01T12:00:00Z", Actor: "ana", Action: cit.ActionMerge, IncidentID: "i1", TargetID: "i2"}
	if err := st.InsertTriage(ctx, []cit.TriageDecision{confirm, earlier, reject, merge}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := triagesvc.ExportLabels(ctx, st, &buf); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, m)
	}
	if len(got) != 2 {
		t.Fatalf("exported %d lines, want 2 (c-a confirmed, c-b rejected; merges and undecided left out)", len(got))
	}
	la, lb := got[0], got[1]
	if la["id"] != "c-a" || la["text"] != "text a" || la["source"] != "therecord" {
		t.Errorf("first line's candidate fields = %v", la)
	}
	wantA := map[string]any{"is_health_cyberattack": true, "attack_type": "data_breach", "country": "CA",
		"victim": "St Mary Hospital", "records_affected": float64(42)}
	for k, v := range wantA {
		if la["label"].(map[string]any)[k] != v {
			t.Errorf("c-a label[%s] = %v, want %v", k, la["label"].(map[string]any)[k], v)
		}
	}
	if d := la["decision"].(map[string]any); d["actor"] != "ana" || d["action"] != "confirm" || d["id"] != "d1" {
		t.Errorf("c-a decision = %v", d)
	}
	lbl := lb["label"].(map[string]any)
	if lb["id"] != "c-b" || lbl["is_health_cyberattack"] != false || lbl["attack_type"] != nil || lbl["country"] != nil {
		t.Errorf("c-b (confirmed, then rejected later) = %v, want the later reject: not a health cyberattack, nothing else", lb)
	}
	if d := lb["decision"].(map[string]any); d["reason"] != "not health" || d["actor"] != "bob" {
		t.Errorf("c-b decision = %v", d)
	}
}
