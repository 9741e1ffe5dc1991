package triagesvc

import (
	"sync"
	"time"
)

// Throttle limits failed sign-ins per username and per client address in a
// sliding window. Checks come before the (deliberately slow) password hash,
// so a guesser can neither try many passwords for one account nor spray one
// password over many accounts from one address. It is safe for concurrent use.
type Throttle struct {
	mu      sync.Mutex
	window  time.Duration
	perUser int
	perIP   int
	maxKeys int
	fails   map[string][]time.Time // "u:name" or "ip:addr" → failure times in the window
}

// ThrottleLimits configure a Throttle.
type ThrottleLimits struct {
	Window  time.Duration // default 15 minutes
	PerUser int           // failures per username in a window; default 5
	PerIP   int           // failures per client address in a window; default 20
}

// NewThrottle returns a throttle with the limits (zero fields take defaults).
func NewThrottle(l ThrottleLimits) *Throttle {
	if l.Window <= 0 {
		l.Window = 15 * time.Minute
	}
	if l.PerUser <= 0 {
		l.PerUser = 5
	}
	if l.PerIP <= 0 {
		l.PerIP = 20
	}
	return &Throttle{window: l.Window, perUser: l.PerUser, perIP: l.PerIP, maxKeys: 100_000, fails: map[string][]time.Time{}}
}

// Allow reports whether a sign-in for username from ip may be tried now, and
// if not, how long until it may.
func (t *Throttle) Allow(username, ip string, now time.Time) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	wait := max(t.blocked("u:"+username, t.perUser, now), t.blocked("ip:"+ip, t.perIP, now))
	return wait == 0, wait
}

// Fail records a failed sign-in.
func (t *Throttle) Fail(username, ip string, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.fails) >= t.maxKeys {
		t.prune(now)
	}
	for _, k := range []string{"u:" + username, "ip:" + ip} {
		t.fails[k] = append(t.recent(k, now), now)
	}
}

// Succeed forgets the username's failures (not the address's: a spraying
// client that guesses one account right stays limited).
func (t *Throttle) Succeed(username string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.fails, "u:"+username)
}

// blocked returns how long key stays over its limit, 0 if it is not.
func (t *Throttle) blocked(key string, limit int, now time.Time) time.Duration {
	r := t.recent(key, now)
	if len(r) < limit {
		return 0
	}
	// The oldest failure that keeps the count at the limit must leave the window.
	return r[len(r)-limit].Add(t.window).Sub(now)
}

func (t *Throttle) recent(key string, now time.Time) []time.Time {
	r := t.fails[key]
	i := 0
	for i < len(r) && !r[i].After(now.Add(-t.window)) {
		i++
	}
	r = r[i:]
	if len(r) == 0 {
		delete(t.fails, key)
		return nil
	}
	t.fails[key] = r
	return r
}

func (t *Throttle) prune(now time.Time) {
	for k := range t.fails {
		t.recent(k, now)
	}
	if len(t.fails) >= t.maxKeys { // still full: an attack from many keys; start afresh
		clear(t.fails)
	}
}
