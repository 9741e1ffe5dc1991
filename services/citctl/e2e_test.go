package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// repoRoot is the workspace root (the folder of go.work).
func repoRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOWORK").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Fatalf("go env GOWORK: %v", err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}

func fixtures(t *testing.T, root string) []string {
	t.Helper()
	data := filepath.Join(root, "..", "shared", "data", "fixtures")
	files := []string{
		filepath.Join(data, "rss", "therecord_feed.xml"),
		filepath.Join(data, "rss", "bleepingcomputer_feed.xml"),
		filepath.Join(data, "hhs_ocr", "hhs_breach_report_2023-2024.csv"),
		// years that overlap the filings': the run must read both as one history
		filepath.Join(data, "leak_tracker", "ransomwatch_posts_2024-04-23.json"),
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			msg := fmt.Sprintf("fixture missing (%v): the shared data folder belongs beside the repository", err)
			if os.Getenv("CI") != "" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
	return files
}

// build compiles the binaries the test runs as separate processes.
func build(t *testing.T, root string, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	args := []string{"build", "-o", dir + string(os.PathSeparator)}
	for _, n := range names {
		args = append(args, "./services/"+n)
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return dir
}

// start runs a service binary until the test ends, then stops it with
// SIGINT and checks it exited cleanly.
func start(t *testing.T, bin string, args ...string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("%s exited with %v on SIGINT; logs:\n%s", filepath.Base(bin), err, logs.String())
			}
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Errorf("%s did not stop within 30s of SIGINT", filepath.Base(bin))
		}
	})
}

func waitHealthy(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s/healthz never answered 200", url)
}

func citctl(t *testing.T, bin string, stdin []byte, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(filepath.Join(bin, "citctl"), args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("citctl %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func freeAddr(t *testing.T) string {
	t.Helper()
	// The test must know the URL, so it reserves a port and hands it over.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// groups turns candidate→incident assignments into a canonical set of
// groups of candidate ids.
func groups(byIncident map[string][]string) []string {
	var out []string
	for _, ids := range byIncident {
		sort.Strings(ids)
		out = append(out, strings.Join(ids, "+"))
	}
	sort.Strings(out)
	return out
}

// TestPipelineMatchesOffline drives the real saved documents through the
// pipeline running as separate processes (classifier, dedup, writer, stats)
// over an embedded NATS server and a real ClickHouse, and checks that the
// stored incidents are exactly those that `citctl collect | classify | dedup`
// finds offline, that the stats API counts them, and that a second run of
// the same documents changes nothing.
func TestPipelineMatchesOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test builds and runs every service")
	}
	root := repoRoot(t)
	files := fixtures(t, root)
	bin := build(t, root, "citctl", "classifier", "dedup", "writer", "stats")
	addr := chtest.Addr(t)
	db := chtest.Database(t, addr)
	nats, err := bus.StartEmbedded(t.TempDir(), bus.EmbeddedOptions{SyncAlways: true}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nats.Shutdown)
	common := []string{"--nats", nats.URL(), "--clickhouse", addr, "--database", db}

	// Migrations and streams first, as a deployment's init step would: the
	// services then find everything in place and start side by side.
	citctl(t, bin, nil, append([]string{"migrate"}, common[2:]...)...)
	setupCtx, cancelSetup := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancelSetup()
	initBus, err := bus.Connect(setupCtx, nats.URL(), zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	initBus.Close()
	statsAddr := freeAddr(t)
	start(t, filepath.Join(bin, "writer"), append(common, "--listen", freeAddr(t))...)
	start(t, filepath.Join(bin, "classifier"), append(common, "--listen", freeAddr(t))...)
	start(t, filepath.Join(bin, "dedup"), append(common, "--listen", freeAddr(t))...)
	start(t, filepath.Join(bin, "stats"), "--clickhouse", addr, "--database", db, "--listen", statsAddr)
	waitHealthy(t, "http://"+statsAddr)

	runArgs := append([]string{"run", "--once", "--json", "--timeout", "5m", "--data", t.TempDir()}, common...)
	for _, f := range files {
		runArgs = append(runArgs, "--file", f)
	}
	var first struct {
		Sources []struct {
			Source                          string
			Fetched, New, Unchanged, Errors int
			Accepted, Review, Rejected      int
		} `json:"sources"`
		Incidents int `json:"incidents"`
	}
	if err := json.Unmarshal(citctl(t, bin, nil, runArgs...), &first); err != nil {
		t.Fatal(err)
	}
	if len(first.Sources) != len(files) {
		t.Fatalf("run report has %d sources, want %d", len(first.Sources), len(files))
	}
	totalAccepted := 0
	for _, s := range first.Sources {
		if s.Fetched == 0 || s.Errors != 0 || s.New != s.Fetched {
			t.Errorf("source %s: %+v, want every fetched item new and no errors", s.Source, s)
		}
		if s.Accepted+s.Review+s.Rejected != s.Fetched {
			t.Errorf("source %s: verdicts %d+%d+%d do not add up to %d fetched", s.Source, s.Accepted, s.Review, s.Rejected, s.Fetched)
		}
		totalAccepted += s.Accepted
	}
	if totalAccepted == 0 {
		t.Fatal("no candidate accepted: nothing to compare")
	}

	// Offline: collect | classify | dedup over the same documents.
	var collected []byte
	for _, f := range files {
		collected = append(collected, citctl(t, bin, nil, "collect", "--file", f)...)
	}
	classified := citctl(t, bin, collected, "classify")
	deduped := citctl(t, bin, classified, "dedup")
	offline := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(deduped))
	sc.Buffer(nil, 64<<20)
	lines := 0
	for sc.Scan() {
		lines++
		var l struct {
			ID             string             `json:"id"`
			IncidentID     string             `json:"incident_id"`
			Classification cit.Classification `json:"classification"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		if l.IncidentID == "" {
			t.Fatalf("dedup line %d has no incident_id", lines)
		}
		if l.Classification.Verdict == cit.VerdictAccept {
			offline[l.IncidentID] = append(offline[l.IncidentID], l.ID)
		}
	}

	// Online: what the writer stored.
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{Addr: addr, Database: db, ReadOnly: true}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stored, err := st.Incidents(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	online := map[string][]string{}
	for _, in := range stored {
		if in.Status != cit.StatusActive {
			continue
		}
		for _, s := range in.Sources {
			online[in.ID] = append(online[in.ID], s.CandidateID)
		}
	}
	if got, want := groups(online), groups(offline); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored incidents differ from offline dedup:\n online %d groups\noffline %d groups", len(got), len(want))
	}
	if first.Incidents != len(offline) {
		t.Errorf("run report says %d incidents, offline finds %d", first.Incidents, len(offline))
	}

	// The stats API counts exactly those incidents.
	var sum store.Summary
	getJSON(t, "http://"+statsAddr+"/api/v1/summary", &sum)
	if int(sum.Incidents) != len(offline) {
		t.Errorf("stats summary incidents = %d, want %d", sum.Incidents, len(offline))
	}
	var byType uint64
	for _, n := range sum.ByAttackType {
		byType += n
	}
	if byType != sum.Incidents || sum.Organizations == 0 || sum.Countries == 0 {
		t.Errorf("summary = %+v: attack types must add up to the incidents, with organisations and countries", sum)
	}
	var us store.Summary
	getJSON(t, "http://"+statsAddr+"/api/v1/summary?country=US", &us)
	if us.Incidents == 0 || us.Incidents > sum.Incidents {
		t.Errorf("US incidents = %d of %d: the HHS filings are US incidents", us.Incidents, sum.Incidents)
	}
	resp, err := http.Get("http://" + statsAddr + "/")
	if err != nil {
		t.Fatal(err)
	}
	page := new(bytes.Buffer)
	page.ReadFrom(resp.Body)
	resp.Body.Close()
	if !strings.Contains(page.String(), fmt.Sprintf("%d health organisations", sum.Organizations)) {
		t.Errorf("dashboard page lacks the headline with %d organisations", sum.Organizations)
	}

	// A second run of the same documents is a no-op.
	var second struct {
		Sources []struct {
			Source         string
			New, Unchanged int
		} `json:"sources"`
		Incidents int `json:"incidents"`
	}
	if err := json.Unmarshal(citctl(t, bin, nil, runArgs...), &second); err != nil {
		t.Fatal(err)
	}
	for _, s := range second.Sources {
		if s.New != 0 {
			t.Errorf("second run: source %s has %d new items, want 0", s.Source, s.New)
		}
	}
	if second.Incidents != first.Incidents {
		t.Errorf("second run: %d incidents, want %d as before", second.Incidents, first.Incidents)
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}
