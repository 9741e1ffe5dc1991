package deploycheck

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestSystemdUnits runs `systemd-analyze verify` over deploy/systemd. The
// binaries the units start are replaced by ones that exist here (verify
// checks that ExecStart is executable): citctl by the freshly built one,
// anything else by this test binary as a stand-in. verify only warns about
// unknown keys and bad values, so any output fails the test.
func TestSystemdUnits(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: systemd units not verified")
	}
	tc := tools(t)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(tc.root, "deploy", "systemd")
	units, err := filepath.Glob(filepath.Join(src, "*.[st][ei][rm][ve]*"))
	if err != nil || len(units) == 0 {
		t.Fatalf("no units in %s (%v)", src, err)
	}
	dir := t.TempDir()
	exe := regexp.MustCompile(`(?m)^(Exec[A-Za-z]+=[-+!@:]*)(/\S+)`)
	var names []string
	for _, u := range units {
		base := filepath.Base(u)
		if !strings.HasSuffix(base, ".service") && !strings.HasSuffix(base, ".timer") {
			continue
		}
		body := exe.ReplaceAllStringFunc(string(readFile(t, u)), func(m string) string {
			sub := exe.FindStringSubmatch(m)
			switch {
			case filepath.Base(sub[2]) == "citctl":
				return sub[1] + tc.binary(t, "citctl")
			case fileExists(sub[2]):
				return m
			default:
				return sub[1] + self
			}
		})
		if err := os.WriteFile(filepath.Join(dir, base), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, base)
	}
	for _, want := range []string{"cit.service", "cit-collect.service", "cit-collect.timer"} {
		if !fileExists(filepath.Join(dir, want)) {
			t.Errorf("deploy/systemd has no %s", want)
		}
	}
	cmd := exec.Command(analyze, append([]string{"verify", "--man=no"}, names...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify %v: %v\n%s", names, err, out)
	}
}

// TestSystemdTimerSchedule asks systemd when the weekly collection fires:
// every elapse must be a Monday at 06:00 UTC, one week apart.
func TestSystemdTimerSchedule(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: timer schedule not checked")
	}
	body := string(readFile(t, filepath.Join(repoRoot(t), "deploy", "systemd", "cit-collect.timer")))
	m := regexp.MustCompile(`(?m)^OnCalendar=(.+)$`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("cit-collect.timer has no OnCalendar=")
	}
	if !regexp.MustCompile(`(?m)^Persistent=(true|yes)$`).MatchString(body) {
		t.Error("cit-collect.timer is not Persistent: a run missed while down is never made up")
	}
	cmd := exec.Command(analyze, "calendar", "--iterations=3", m[1])
	cmd.Env = append(os.Environ(), "TZ=UTC")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("systemd-analyze calendar %q: %v\n%s", m[1], err, out)
	}
	// With TZ=UTC, lines like "Next elapse: Mon 2026-05-04 06:00:00 UTC"
	// and "Iter. #2: Mon 2026-05-11 06:00:00 UTC".
	re := regexp.MustCompile(`(?:Next elapse|Iter\. #\d+): (\w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) UTC`)
	var prev time.Time
	found := re.FindAllStringSubmatch(string(out), -1)
	if len(found) != 3 {
		t.Fatalf("want 3 elapses in UTC, got %d:\n%s", len(found), out)
	}
	for _, f := range found {
		at, err := time.Parse("Mon 2006-01-02 15:04:05", f[1])
		if err != nil {
			t.Fatal(err)
		}
		if at.Weekday() != time.Monday || at.Hour() != 6 || at.Minute() != 0 {
			t.Errorf("elapse %s is not Monday 06:00 UTC", f[1])
		}
		if !prev.IsZero() && at.Sub(prev) != 7*24*time.Hour {
			t.Errorf("elapses %s and %s are not a week apart", prev, at)
		}
		prev = at
	}
}
