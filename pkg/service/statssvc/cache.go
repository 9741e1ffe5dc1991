package statssvc

import (
	"sync"
	"time"
)

// cache keeps answers of repeated queries for a short time, keyed by the
// normalised query. It is bounded: when full, expired entries are dropped,
// and if none are, the whole cache is reset (simple, and never unbounded).
type cache struct {
	mu      sync.Mutex
	ttl     time.Duration
	max     int
	now     func() time.Time
	entries map[string]cacheEntry
}

type cacheEntry struct {
	val any
	exp time.Time
}

func newCache(ttl time.Duration, max int, now func() time.Time) *cache {
	return &cache{ttl: ttl, max: max, now: now, entries: map[string]cacheEntry{}}
}

// get returns the cached value for key, or computes it with fn and keeps it
// (errors are not kept). Concurrent misses may compute twice; that is fine.
func get[T any](c *cache, key string, fn func() (T, error)) (T, error) {
	if c.ttl <= 0 {
		return fn()
	}
	now := c.now()
	c.mu.Lock()
	e, ok := c.entries[key]
	c.mu.Unlock()
	if ok && now.Before(e.exp) {
		if v, ok := e.val.(T); ok {
			return v, nil
		}
	}
	v, err := fn()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.max {
		for k, e := range c.entries {
			if !now.Before(e.exp) {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= c.max {
			c.entries = map[string]cacheEntry{}
		}
	}
	c.entries[key] = cacheEntry{val: v, exp: now.Add(c.ttl)}
	return v, nil
}
