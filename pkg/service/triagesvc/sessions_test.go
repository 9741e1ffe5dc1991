package triagesvc_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/bus/bustest"
	"github.com/cit-health/cit/pkg/service/triagesvc"
	"go.uber.org/zap"
)

func TestKVSessionsStore(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := bustest.Start(t)
	if _, err := triagesvc.NewKVSessions(ctx, b.JetStream(), 0); err == nil {
		t.Error("NewKVSessions with lifetime 0: no error")
	}
	s, err := triagesvc.NewKVSessions(ctx, b.JetStream(), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CommitCtx(ctx, "tok-a", []byte("data a"), time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.CommitCtx(ctx, "tok-old", []byte("old"), time.Now().Add(-time.Second)); err != nil {
		t.Fatal(err)
	}
	if got, ok, err := s.FindCtx(ctx, "tok-a"); err != nil || !ok || !bytes.Equal(got, []byte("data a")) {
		t.Errorf("Find(tok-a) = %q, %v, %v; want the data", got, ok, err)
	}
	for _, tok := range []string{"tok-old", "unknown", "bad token with spaces", ""} {
		if _, ok, err := s.FindCtx(ctx, tok); ok || err != nil {
			t.Errorf("Find(%q) = found %v, error %v; want not found, no error", tok, ok, err)
		}
	}
	// A second store on the same bucket (the app after a restart, or a
	// replica) sees the session; a delete is seen by both.
	s2, err := triagesvc.NewKVSessions(ctx, b.JetStream(), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s2.FindCtx(ctx, "tok-a"); !ok || err != nil {
		t.Errorf("second store: Find(tok-a) = %v, %v; want found", ok, err)
	}
	if err := s2.DeleteCtx(ctx, "tok-a"); err != nil {
		t.Fatal(err)
	}
	if err := s2.DeleteCtx(ctx, "never-there"); err != nil {
		t.Errorf("Delete of an unknown token: %v", err)
	}
	if _, ok, err := s.FindCtx(ctx, "tok-a"); ok || err != nil {
		t.Errorf("after delete: Find(tok-a) = %v, %v; want not found", ok, err)
	}
}

func TestSessionSurvivesRestart(t *testing.T) {
	t.Parallel()
	a := newApp(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := func() *httptest.Server {
		s, err := triagesvc.NewKVSessions(ctx, a.bus.JetStream(), time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		h, err := triagesvc.NewHandler(a.st, a.bus, zap.NewNop(), triagesvc.WithInsecureCookies(), triagesvc.WithArgon2(cheap),
			triagesvc.WithSessionStore(s))
		if err != nil {
			t.Fatal(err)
		}
		return httptest.NewServer(h)
	}
	first := start()
	c := a.client(t)
	c.base = first.URL
	if resp := c.login(triagesvc.RoleAnalyst, testPassword); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: status %d, want 303", resp.StatusCode)
	}
	if resp, _ := c.get("/"); resp.StatusCode != http.StatusOK {
		t.Fatalf("queue before the restart: status %d, want 200", resp.StatusCode)
	}
	first.Close() // the app stops; its memory is gone

	second := start()
	t.Cleanup(second.Close)
	c.base = second.URL // the browser keeps its cookie (cookies do not depend on the port)
	if resp, _ := c.get("/"); resp.StatusCode != http.StatusOK {
		t.Errorf("queue after the restart: status %d (Location %q), want 200 without signing in again",
			resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := c.post("/logout", nil); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign out: status %d, want 303", resp.StatusCode)
	}
	if resp, _ := c.get("/"); resp.StatusCode != http.StatusSeeOther {
		t.Errorf("queue after signing out: status %d, want 303 to the sign-in page", resp.StatusCode)
	}
}
