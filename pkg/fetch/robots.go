package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"go.uber.org/zap"
)

const (
	robotsTTL      = 24 * time.Hour
	robotsMaxBytes = 512 << 10
	robotsAgent    = "CIT"
)

type robotsEntry struct {
	data    *robotstxt.RobotsData
	fetched time.Time
}

// robotsCache keeps each host's robots.txt for a day.
type robotsCache struct {
	mu      sync.Mutex
	entries map[string]robotsEntry
}

func newRobotsCache() *robotsCache { return &robotsCache{entries: map[string]robotsEntry{}} }

// checkRobots refuses a URL that the host's robots.txt disallows for CIT.
// A missing robots.txt (4xx) allows everything, a failing one (5xx) nothing,
// as robotstxt.FromStatusAndBytes decides; one that cannot be fetched at
// all allows the fetch, which will then meet the same network error.
func (c *Client) checkRobots(ctx context.Context, u *url.URL) error {
	key := u.Scheme + "://" + u.Host
	c.robots.mu.Lock()
	e, ok := c.robots.entries[key]
	c.robots.mu.Unlock()
	if !ok || time.Since(e.fetched) > robotsTTL {
		data, err := c.fetchRobots(ctx, key)
		if err != nil {
			if errors.Is(err, ErrPrivateNetwork) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				return err
			}
			c.log.Warn("robots_unavailable", zap.String("host", u.Host), zap.Error(err))
			return nil
		}
		e = robotsEntry{data: data, fetched: time.Now()}
		c.robots.mu.Lock()
		c.robots.entries[key] = e
		c.robots.mu.Unlock()
	}
	group := e.data.FindGroup(robotsAgent)
	if group == nil {
		return nil
	}
	c.slowHost(u.Host, group.CrawlDelay)
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if path == "" {
		path = "/"
	}
	if !group.Test(path) {
		return fmt.Errorf("fetch %s: %w", u, ErrDisallowed)
	}
	return nil
}

func (c *Client) fetchRobots(ctx context.Context, origin string) (*robotstxt.RobotsData, error) {
	u, err := url.Parse(origin + "/robots.txt")
	if err != nil {
		return nil, err
	}
	release, err := c.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch robots.txt: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return nil, fmt.Errorf("read robots.txt: %w", err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return nil, fmt.Errorf("parse robots.txt: %w", err)
	}
	return data, nil
}
