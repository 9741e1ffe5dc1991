package statssvc_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestDashboardInChromium loads the dashboard in headless Chromium: the
// chart and the map render, changing a filter through the form changes the
// figures, and a screenshot is kept in test-artifacts/ at the repo root.
func TestDashboardInChromium(t *testing.T) {
	chromium := "/usr/bin/chromium"
	if _, err := exec.LookPath(chromium); err != nil {
		t.Skipf("no Chromium at %s (apt-get install -y --no-install-recommends chromium)", chromium)
	}
	srv, _ := newServer(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.Headless, chromedp.DisableGPU, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 1600))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(`#timeseries[data-rendered="true"] canvas`),
		chromedp.WaitVisible(`#map[data-rendered="true"] svg`)); err != nil {
		t.Fatalf("dashboard did not render its chart and map: %v", err)
	}
	text := func(sel string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("read %s: %v", sel, err)
		}
		return strings.TrimSpace(v)
	}
	if got := text("#n-incidents"); got != "4" {
		t.Errorf("incidents before filtering = %q, want 4", got)
	}
	shaded, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#map path.hit").length`))
	if err != nil {
		t.Fatal(err)
	}
	if shaded != 3 {
		t.Errorf("%d countries shaded on the map, want 3 (US, FR, DE)", shaded)
	}
	// Choose France in the form and submit it, as a keyboard user would.
	if err := chromedp.Do(ctx, chromedp.SetValue(`#f-country`, "FR"), chromedp.Submit(`#f-country`),
		chromedp.WaitVisible(`#map[data-rendered="true"] svg`)); err != nil {
		t.Fatalf("filter by country: %v", err)
	}
	if got := text("#n-incidents"); got != "1" {
		t.Errorf("incidents for FR = %q, want 1", got)
	}
	if got := text("#headline"); !strings.Contains(got, "1 health organisation across 1 country") {
		t.Errorf("headline for FR = %q", got)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#map[data-rendered="true"] svg`)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := filepath.Join("..", "..", "..", "test-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "stats-dashboard.png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}
