package triagesvc_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"github.com/cit-health/cit/pkg/stack"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

const chromium = "/usr/bin/chromium"

// TestBrowserConfirmAndReject drives the real app in headless Chromium over
// the whole pipeline (embedded NATS, classifier, dedup, writer, stats,
// triage; ClickHouse from chtest): sign in, confirm a candidate with the
// keyboard and see it counted on the public dashboard, reject another and
// see the queue empty.
func TestBrowserConfirmAndReject(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
	if _, err := os.Stat(chromium); err != nil {
		msg := "no Chromium at " + chromium + ": apt-get install -y --no-install-recommends chromium"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	addr := chtest.Addr(t)
	s, err := stack.Start(ctx, stack.Config{DataDir: t.TempDir(), ClickHouse: store.Config{Addr: addr, Database: chtest.Database(t, addr)},
		StatsListen: "127.0.0.1:0", TriageListen: "127.0.0.1:0"}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := s.Stop(); err != nil {
			t.Errorf("stop stack: %v", err)
		}
	}()
	if err := triagesvc.AddUser(ctx, s.Store, "ana", triagesvc.RoleAnalyst, testPassword, cheap, time.Now()); err != nil {
		t.Fatal(err)
	}
	keep := review("e2e-keep", "Ransomware attack shuts down Riverside Regional Hospital",
		"Riverside Regional Hospital diverted ambulances after a ransomware attack encrypted its systems.")
	keep.Classification.Victim = "Riverside Regional Hospital"
	drop := review("e2e-drop", "Ransomware gang hits a games studio", "A ransomware group claims a video game studio.")
	for _, c := range []cit.Classified{keep, drop} {
		if err := s.Bus.PublishClassified(ctx, c, ""); err != nil {
			t.Fatal(err)
		}
	}
	settle := func() {
		t.Helper()
		if err := s.Settle(ctx); err != nil {
			t.Fatal(err)
		}
	}
	settle()
	if sum, err := s.Store.Summary(ctx, store.Filter{}); err != nil || sum.Incidents != 0 {
		t.Fatalf("before any decision: %d incidents (%v), want 0", sum.Incidents, err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.Headless, chromedp.DisableGPU, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1400, 1000))
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return v
	}

	// Anonymous: the sign-in page. Then sign in.
	do("open the app", chromedp.Navigate(s.TriageURL+"/"), chromedp.WaitVisible(chromedp.CSS(`input[name=username]`)))
	do("sign in",
		chromedp.SendKeys(chromedp.CSS(`input[name=username]`), "ana"),
		chromedp.SendKeys(chromedp.CSS(`input[name=password]`), testPassword),
		chromedp.Click(chromedp.CSS(`.login button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.queue`)))
	if q := text("table.queue"); !strings.Contains(q, keep.Title) || !strings.Contains(q, drop.Title) {
		t.Fatalf("queue after sign-in lacks the two candidates: %q", q)
	}

	// Confirm with the keyboard: "c" submits the confirm form.
	do("open the candidate", chromedp.Navigate(s.TriageURL+"/candidates/"+keep.ID), chromedp.WaitVisible(chromedp.CSS(`#confirm`)))
	shot(t, bctx, "triage-candidate.png")
	do("confirm with c", chromedp.KeyEvent("c"), chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	if f := text(".flash"); !strings.Contains(f, "Confirmed "+keep.ID) {
		t.Fatalf("after confirm: flash %q", f)
	}
	settle()
	do("open the dashboard", chromedp.Navigate(s.StatsURL+"/"), chromedp.WaitVisible(chromedp.CSS(`#n-incidents`)))
	if n := strings.TrimSpace(text("#n-incidents")); n != "1" {
		t.Errorf("dashboard counts %q incidents after the confirm, want 1", n)
	}
	if list := text("#incidents"); !strings.Contains(list, "Riverside Regional Hospital") {
		t.Errorf("dashboard's incident list lacks the confirmed victim: %q", list)
	}
	shot(t, bctx, "triage-dashboard.png")

	// Reject the other one with a reason.
	do("open the other candidate", chromedp.Navigate(s.TriageURL+"/candidates/"+drop.ID), chromedp.WaitVisible(chromedp.CSS(`#reject`)))
	do("reject",
		chromedp.SendKeys(chromedp.CSS(`#reject input[name=reason]`), "not a health organisation"),
		chromedp.Click(chromedp.CSS(`#reject button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`.flash`)))
	settle()
	do("reload the queue", chromedp.Navigate(s.TriageURL+"/"), chromedp.WaitVisible(chromedp.CSS(`main h1`)))
	body := text("main")
	if strings.Contains(body, drop.Title) || strings.Contains(body, keep.Title) {
		t.Errorf("queue still lists a decided candidate: %q", body)
	}
	if !strings.Contains(body, "Nothing awaits review") {
		t.Errorf("queue is not empty after both decisions: %q", body)
	}
	do("open the audit log", chromedp.Navigate(s.TriageURL+"/audit"), chromedp.WaitVisible(chromedp.CSS(`table.audit`)))
	if log := text("table.audit"); !strings.Contains(log, "not a health organisation") || !strings.Contains(log, "confirm") {
		t.Errorf("audit log lacks the two decisions: %q", log)
	}
	shot(t, bctx, "triage-audit.png")
	if sum, err := s.Store.Summary(ctx, store.Filter{}); err != nil || sum.Incidents != 1 {
		t.Errorf("after confirm and reject: %d incidents (%v), want 1", sum.Incidents, err)
	}
}

// shot saves a full-page screenshot under the repository's test-artifacts/.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	dir := filepath.Join("..", "..", "..", "test-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Errorf("screenshot dir: %v", err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Errorf("save screenshot: %v", err)
	}
}
