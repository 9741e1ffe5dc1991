package statssvc

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// readModel answers the dashboard queries from memory: columns holding the
// latest version of every incident, loaded once from ClickHouse's
// incident_changes log (migration 0007) and then kept current by reading
// only the versions ingested since a watermark. ClickHouse stays the source
// of truth; whole incidents (sources, provenance) are still read from it,
// for one page of ids at a time.
//
// Freshness: before answering, a request makes sure a refresh started no
// earlier than maxStale before the request arrived (maxStale 0, the
// default: after it arrived), refreshing synchronously if needed.
// Refreshes are serialised, so concurrent requests share one. With
// maxStale 0 a request sees every incident whose INSERT had returned before
// the request arrived (read-your-writes, which end-to-end tests rely on).
//
// The watermark is the greatest ingested_at seen (ClickHouse's clock). A
// refresh reads from watermark − overlap, so a version stamped up to
// `overlap` before a later-committed one is still picked up; versions
// already held are skipped. A refresh first counts the rows of that window
// (one primary-key range of the log) and reads nothing when the count is
// the one it read last time: the log is append-only, so nothing arrived. Versions whose INSERT took longer than the
// overlap to commit, or rows removed by hand, are picked up by the full
// reload that Run schedules (every fullEvery).
type readModel struct {
	st       *store.Store
	log      *zap.Logger
	maxStale time.Duration
	overlap  uint32 // seconds

	refreshMu sync.Mutex // serialises refreshes; guards the fields below it
	lastStart time.Time  // start of the last successful refresh
	watermark uint32
	window    [2]uint64 // since and count of the rows read by the last catch-up

	loaded atomic.Bool
	mu     sync.RWMutex // guards cols and gen
	cols   *columns
	gen    uint64 // bumped whenever cols changes
}

func newReadModel(st *store.Store, log *zap.Logger, maxStale, overlap time.Duration) *readModel {
	return &readModel{st: st, log: log, maxStale: maxStale, overlap: uint32(overlap / time.Second), cols: newColumns()}
}

// errNotLoaded is the health check's answer until the first load finished.
var errNotLoaded = errors.New("stats read model: first load not finished")

// ready is the health check: nil once the first load finished.
func (m *readModel) ready(context.Context) error {
	if !m.loaded.Load() {
		return errNotLoaded
	}
	return nil
}

// fresh refreshes the model unless a refresh started recently enough (see
// readModel), and returns the generation of the data. When a refresh fails
// after the first load, the held data is served and the error logged.
func (m *readModel) fresh(ctx context.Context) (uint64, error) {
	arrived := time.Now()
	m.refreshMu.Lock()
	defer m.refreshMu.Unlock()
	if m.loaded.Load() && !m.lastStart.Before(arrived.Add(-m.maxStale)) {
		return m.generation(), nil
	}
	start := time.Now()
	if err := m.refreshLocked(ctx); err != nil {
		if !m.loaded.Load() || ctx.Err() != nil {
			return 0, err
		}
		m.log.Warn("stats read model refresh failed; serving held data", zap.Error(err))
		return m.generation(), nil
	}
	m.lastStart = start
	return m.generation(), nil
}

func (m *readModel) generation() uint64 {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.gen
}

// refreshLocked loads everything (first time) or the versions ingested
// since the watermark. The caller holds refreshMu.
func (m *readModel) refreshLocked(ctx context.Context) error {
	if !m.loaded.Load() {
		c, wm, window, err := m.load(ctx)
		if err != nil {
			return err
		}
		m.swap(c, wm, window)
		m.loaded.Store(true)
		return nil
	}
	return m.catchUp(ctx, m.cols)
}

// load reads every version into new columns. It also returns the watermark
// and, when it can vouch for it, the window a catch-up would read next: the
// window's rows are counted before the scan, so if the scan saw no newer
// row than the watermark taken before it, those rows were all scanned and
// the first catch-up reads nothing unless the count grew (without this, the
// first catch-up after a migration's POPULATE would read everything again).
func (m *readModel) load(ctx context.Context) (*columns, uint32, [2]uint64, error) {
	start := time.Now()
	w0, err := m.st.FactWatermark(ctx)
	if err != nil {
		return nil, 0, [2]uint64{}, fmt.Errorf("load stats read model: %w", err)
	}
	since0 := m.since(w0)
	n0, err := m.st.CountFactVersions(ctx, since0)
	if err != nil {
		return nil, 0, [2]uint64{}, fmt.Errorf("load stats read model: %w", err)
	}
	c := newColumns()
	wm, err := m.st.ScanFactVersions(ctx, 0, func(v *store.FactVersion) error { c.apply(v); return nil })
	if err != nil {
		return nil, 0, [2]uint64{}, fmt.Errorf("load stats read model: %w", err)
	}
	// The incident list's sort orders are built here, off the request path;
	// a catch-up that changes the data drops them and the next page sorted
	// by a key rebuilds that key's order.
	for _, k := range store.SortKeys() {
		c.order(k)
	}
	var window [2]uint64
	if wm == w0 {
		window = [2]uint64{uint64(since0), n0}
	}
	m.log.Info("stats read model loaded", zap.Int("incidents", c.len()), zap.Duration("took", time.Since(start)))
	return c, wm, window, nil
}

// since is where a catch-up from watermark wm starts reading.
func (m *readModel) since(wm uint32) uint32 {
	if wm > m.overlap {
		return wm - m.overlap
	}
	return 0
}

// swap installs fully loaded columns. The caller holds refreshMu.
func (m *readModel) swap(c *columns, wm uint32, window [2]uint64) {
	m.mu.Lock()
	m.cols = c
	m.gen++
	m.mu.Unlock()
	m.watermark, m.window = wm, window
}

// catchUp applies to c (the live columns, or ones about to replace them)
// the versions ingested since watermark − overlap. The caller holds
// refreshMu.
func (m *readModel) catchUp(ctx context.Context, c *columns) error {
	since := m.since(m.watermark)
	n, err := m.st.CountFactVersions(ctx, since)
	if err != nil {
		return fmt.Errorf("refresh stats read model: %w", err)
	}
	if m.window == [2]uint64{uint64(since), n} {
		return nil // the same rows as last time: nothing new
	}
	var batch []*store.FactVersion
	wm, err := m.st.ScanFactVersions(ctx, since, func(v *store.FactVersion) error {
		batch = append(batch, v)
		return nil
	})
	if err != nil {
		return fmt.Errorf("refresh stats read model: %w", err)
	}
	m.mu.Lock()
	changed := false
	for _, v := range batch {
		if c.apply(v) {
			changed = true
		}
	}
	if changed {
		m.gen++
	}
	m.mu.Unlock()
	m.watermark = max(m.watermark, wm)
	// Rows that arrived between the count and the scan make the next count
	// differ, so they are read again: conservative, never lossy.
	m.window = [2]uint64{uint64(since), n}
	return nil
}

// reload rebuilds the columns from scratch without holding up requests
// (they keep using, and refreshing, the held columns meanwhile), then
// catches the new columns up and swaps them in. It also drops the bytes
// that updated victims left behind.
func (m *readModel) reload(ctx context.Context) error {
	c, wm, window, err := m.load(ctx)
	if err != nil {
		return err
	}
	m.refreshMu.Lock()
	defer m.refreshMu.Unlock()
	start := time.Now()
	oldWM, oldWindow := m.watermark, m.window
	m.watermark, m.window = wm, window
	if err := m.catchUp(ctx, c); err != nil {
		m.watermark, m.window = oldWM, oldWindow
		return err
	}
	m.mu.Lock()
	m.cols = c
	m.gen++
	m.mu.Unlock()
	m.loaded.Store(true)
	m.lastStart = start
	return nil
}

// maintain keeps the model warm until ctx is done: the first load at once,
// a refresh every `every` (so requests seldom wait for one) and a full
// reload every fullEvery.
func (m *readModel) maintain(ctx context.Context, every, fullEvery time.Duration) {
	if _, err := m.fresh(ctx); err != nil && ctx.Err() == nil {
		m.log.Error("stats read model: first load failed; requests will retry", zap.Error(err))
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	lastFull := time.Now()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if fullEvery > 0 && time.Since(lastFull) >= fullEvery {
			lastFull = time.Now()
			if err := m.reload(ctx); err != nil && ctx.Err() == nil {
				m.log.Warn("stats read model reload failed", zap.Error(err))
			}
			continue
		}
		if _, err := m.fresh(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("stats read model refresh failed", zap.Error(err))
		}
	}
}

// read runs fn over the current columns under the read lock.
func read[T any](m *readModel, fn func(c *columns) (T, error)) (T, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return fn(m.cols)
}

// The dashboard queries. Each validates its filter, then reads memory; the
// caller has called fresh.

func (m *readModel) summary(f store.Filter) (store.Summary, error) {
	if err := f.Validate(); err != nil {
		return store.Summary{}, err
	}
	return read(m, func(c *columns) (store.Summary, error) { return c.summary(f), nil })
}

func (m *readModel) timeSeries(f store.Filter, interval string) ([]store.Count, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return read(m, func(c *columns) ([]store.Count, error) { return c.timeSeries(f, interval) })
}

func (m *readModel) breakdown(f store.Filter, dim string) ([]store.Count, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return read(m, func(c *columns) ([]store.Count, error) { return c.breakdown(f, dim) })
}

func (m *readModel) lag(f store.Filter) (store.Lag, error) {
	if err := f.Validate(); err != nil {
		return store.Lag{}, err
	}
	return read(m, func(c *columns) (store.Lag, error) { return c.lag(f), nil })
}

// listIDs validates a page request as store.ListIncidents does and selects
// its ids; maxLimit bounds the page (1000 for the API, more for exports).
func (m *readModel) listIDs(f store.Filter, p store.Page, maxLimit int) (pageIDs, error) {
	if err := f.Validate(); err != nil {
		return pageIDs{}, err
	}
	if p.Limit <= 0 {
		p.Limit = 50
	}
	if p.Limit > maxLimit {
		return pageIDs{}, &store.InvalidFilterError{Param: "limit", Value: fmt.Sprint(p.Limit), Why: fmt.Sprintf("at most %d", maxLimit)}
	}
	if p.Offset < 0 {
		return pageIDs{}, &store.InvalidFilterError{Param: "offset", Value: fmt.Sprint(p.Offset), Why: "a number ≥ 0"}
	}
	return read(m, func(c *columns) (pageIDs, error) { return c.list(f, p.Sort, p.Desc, p.Offset, p.Limit) })
}

// listIncidents is store.ListIncidents: the page's ids from memory, the
// incidents themselves (with sources) from ClickHouse.
func (m *readModel) listIncidents(ctx context.Context, f store.Filter, p store.Page) (store.IncidentPage, error) {
	sel, err := m.listIDs(f, p, 1000)
	if err != nil {
		return store.IncidentPage{}, err
	}
	incs, err := m.incidents(ctx, sel.ids, sel.months)
	return store.IncidentPage{Total: sel.total, Incidents: incs}, err
}

// incidents reads whole incidents in the order of ids: from ClickHouse
// only what the model does not hold (title, organisations, provenance,
// sources…, through the partitions the model knows), the rest from the
// model's slots. When an incident's version in ClickHouse is not the one
// the model holds (a race with a write), or the model got its partition
// wrong, all of them are read whole, the slow way.
func (m *readModel) incidents(ctx context.Context, ids []string, months []uint32) ([]cit.Incident, error) {
	got, err := m.st.PartialIncidents(ctx, ids, months)
	if err != nil {
		return nil, err
	}
	if len(got) == len(ids) {
		if _, err := read(m, func(c *columns) (struct{}, error) { return struct{}{}, c.fill(got) }); err == nil {
			return got, nil
		}
	}
	got, err = m.st.IncidentsInMonths(ctx, ids, months)
	if err != nil || len(got) == len(ids) {
		return got, err
	}
	return m.st.IncidentsByID(ctx, ids)
}
