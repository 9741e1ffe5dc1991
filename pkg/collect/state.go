package collect

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// SourceState is what the collector remembers about a source between runs.
type SourceState struct {
	ETag         string           `json:"etag,omitempty"`
	LastModified string           `json:"last_modified,omitempty"`
	LastRun      time.Time        `json:"last_run,omitzero"`
	Failures     int              `json:"failures,omitempty"`
	NextAttempt  time.Time        `json:"next_attempt,omitzero"`
	LastError    string           `json:"last_error,omitempty"`
	Seen         map[string]int64 `json:"seen,omitempty"` // candidate id → unix time last seen
}

// State loads and saves each source's fetch state. Load of an unknown
// source returns the zero state and a nil error.
type State interface {
	Load(ctx context.Context, source string) (SourceState, error)
	Save(ctx context.Context, source string, st SourceState) error
}

// MemState keeps state in memory (one-shot runs, tests).
type MemState struct {
	mu sync.Mutex
	m  map[string]SourceState
}

// NewMemState returns an empty MemState.
func NewMemState() *MemState { return &MemState{m: map[string]SourceState{}} }

// Load implements State.
func (s *MemState) Load(_ context.Context, source string) (SourceState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneState(s.m[source]), nil
}

// Save implements State.
func (s *MemState) Save(_ context.Context, source string, st SourceState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[source] = cloneState(st)
	return nil
}

func cloneState(st SourceState) SourceState {
	if st.Seen != nil {
		m := make(map[string]int64, len(st.Seen))
		for k, v := range st.Seen {
			m[k] = v
		}
		st.Seen = m
	}
	return st
}

// FileState keeps one JSON file per source in a directory, written
// atomically (temp file + rename), so the state survives restarts.
type FileState struct {
	dir string
	mu  sync.Mutex
}

// NewFileState creates dir if needed.
func NewFileState(dir string) (*FileState, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create state dir: %w", err)
	}
	return &FileState{dir: dir}, nil
}

func (s *FileState) path(source string) string {
	return filepath.Join(s.dir, url.PathEscape(source)+".json")
}

// Load implements State.
func (s *FileState) Load(_ context.Context, source string) (SourceState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var st SourceState
	data, err := os.ReadFile(s.path(source))
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("load state of %q: %w", source, err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("load state of %q: %w", source, err)
	}
	return st, nil
}

// Save implements State.
func (s *FileState) Save(_ context.Context, source string, st SourceState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	tmp, err := os.CreateTemp(s.dir, ".state-*")
	if err != nil {
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	if err := os.Rename(tmp.Name(), s.path(source)); err != nil {
		return fmt.Errorf("save state of %q: %w", source, err)
	}
	return nil
}
