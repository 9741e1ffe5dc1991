package cli

import (
	"strings"
	"testing"
	"time"
)

func TestTickerQuietWhenShortThenReports(t *testing.T) {
	t.Parallel()
	clock := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }

	var quiet strings.Builder
	q := newTicker(&quiet, "linked", now)
	for i := 1; i <= 100; i++ {
		clock = clock.Add(10 * time.Millisecond) // one second in all
		q.tick(i, 100)
	}
	q.finish(100)
	if quiet.Len() != 0 {
		t.Errorf("a one-second run printed %q, want nothing", quiet.String())
	}

	var loud strings.Builder
	l := newTicker(&loud, "linked", now)
	for i := 1; i <= 500; i++ {
		clock = clock.Add(10 * time.Millisecond) // five seconds in all
		l.tick(i, 500)
	}
	l.finish(500)
	got := loud.String()
	lines := strings.Split(strings.TrimSpace(got), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "200/500 lines linked (100/s)") ||
		!strings.HasPrefix(lines[1], "400/500 lines linked") || lines[2] != "500 lines linked in 5s" {
		t.Errorf("a five-second run printed %q, want two progress lines and the total", got)
	}

	var unknown strings.Builder
	u := newTicker(&unknown, "classified", now)
	clock = clock.Add(3 * time.Second)
	u.tick(42, 0)
	if !strings.HasPrefix(unknown.String(), "42 lines classified (") {
		t.Errorf("unknown total: printed %q", unknown.String())
	}
}
