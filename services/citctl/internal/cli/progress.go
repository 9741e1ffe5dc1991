package cli

import (
	"fmt"
	"io"
	"time"
)

// progressEvery is how often a long offline command reports on stderr.
const progressEvery = 2 * time.Second

// ticker reports the progress of a long offline command (classify, dedup)
// on stderr, at most every progressEvery: a run shorter than that prints
// nothing, so pipelines of small files stay quiet.
type ticker struct {
	w       io.Writer
	what    string // "classified", "linked"
	now     func() time.Time
	start   time.Time
	last    time.Time
	printed bool
}

func newTicker(w io.Writer, what string, now func() time.Time) *ticker {
	t := now()
	return &ticker{w: w, what: what, now: now, start: t, last: t}
}

// tick notes that done of total lines are handled (total 0: unknown).
func (t *ticker) tick(done, total int) {
	now := t.now()
	if now.Sub(t.last) < progressEvery {
		return
	}
	t.last, t.printed = now, true
	rate := float64(done) / now.Sub(t.start).Seconds()
	if total > 0 {
		fmt.Fprintf(t.w, "%d/%d lines %s (%.0f/s)\n", done, total, t.what, rate)
		return
	}
	fmt.Fprintf(t.w, "%d lines %s (%.0f/s)\n", done, t.what, rate)
}

// finish prints the total when progress was shown.
func (t *ticker) finish(done int) {
	if t.printed {
		fmt.Fprintf(t.w, "%d lines %s in %s\n", done, t.what, t.now().Sub(t.start).Round(100*time.Millisecond))
	}
}
