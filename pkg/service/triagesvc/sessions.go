package triagesvc

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// SessionBucket is the JetStream key-value bucket that holds the analysts'
// sessions.
const SessionBucket = "TRIAGE_SESSIONS"

// DefaultSessionLifetime is how long a session lasts unless
// WithSessionLifetime says otherwise.
const DefaultSessionLifetime = 12 * time.Hour

// sessionOpTimeout bounds one store operation when the caller gives no
// context (scs's context-free methods).
const sessionOpTimeout = 5 * time.Second

// KVSessions keeps sessions in a JetStream key-value bucket, so they survive
// a restart of the app and are shared by every replica behind a load
// balancer. It implements scs.Store and scs.CtxStore. Each value is the
// session's expiry (Unix nanoseconds, 8 bytes big-endian) followed by its
// data; the bucket's TTL removes sessions nobody deleted.
type KVSessions struct {
	kv  jetstream.KeyValue
	now func() time.Time
}

// NewKVSessions opens (creating or updating) the session bucket. lifetime is
// the longest a session lasts: the bucket keeps no value longer.
func NewKVSessions(ctx context.Context, js jetstream.JetStream, lifetime time.Duration) (*KVSessions, error) {
	if lifetime <= 0 {
		return nil, fmt.Errorf("session store: lifetime %v must be positive", lifetime)
	}
	kv, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      SessionBucket,
		Description: "triage app sessions (expiry + data per token)",
		History:     1,
		TTL:         lifetime,
		Storage:     jetstream.FileStorage,
	})
	if err != nil {
		return nil, fmt.Errorf("session store: bucket %s: %w", SessionBucket, err)
	}
	return &KVSessions{kv: kv, now: time.Now}, nil
}

// FindCtx returns the data of an unexpired session. An unknown, expired or
// malformed token is not found, without error.
func (s *KVSessions) FindCtx(ctx context.Context, token string) ([]byte, bool, error) {
	e, err := s.kv.Get(ctx, token)
	switch {
	case errors.Is(err, jetstream.ErrKeyNotFound), errors.Is(err, jetstream.ErrKeyDeleted), errors.Is(err, jetstream.ErrInvalidKey):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("session store: find: %w", err)
	}
	v := e.Value()
	if len(v) < 8 {
		return nil, false, nil
	}
	if expiry := time.Unix(0, int64(binary.BigEndian.Uint64(v[:8]))); !s.now().Before(expiry) {
		return nil, false, nil
	}
	return v[8:], true, nil
}

// CommitCtx stores a session's data until expiry.
func (s *KVSessions) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	v := make([]byte, 8+len(b))
	binary.BigEndian.PutUint64(v[:8], uint64(expiry.UnixNano()))
	copy(v[8:], b)
	if _, err := s.kv.Put(ctx, token, v); err != nil {
		return fmt.Errorf("session store: commit: %w", err)
	}
	return nil
}

// DeleteCtx ends a session; an unknown token is no error.
func (s *KVSessions) DeleteCtx(ctx context.Context, token string) error {
	err := s.kv.Purge(ctx, token)
	if err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) && !errors.Is(err, jetstream.ErrInvalidKey) {
		return fmt.Errorf("session store: delete: %w", err)
	}
	return nil
}

// Find is FindCtx with a bounded background context.
func (s *KVSessions) Find(token string) ([]byte, bool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), sessionOpTimeout)
	defer cancel()
	return s.FindCtx(ctx, token)
}

// Commit is CommitCtx with a bounded background context.
func (s *KVSessions) Commit(token string, b []byte, expiry time.Time) error {
	ctx, cancel := context.WithTimeout(context.Background(), sessionOpTimeout)
	defer cancel()
	return s.CommitCtx(ctx, token, b, expiry)
}

// Delete is DeleteCtx with a bounded background context.
func (s *KVSessions) Delete(token string) error {
	ctx, cancel := context.WithTimeout(context.Background(), sessionOpTimeout)
	defer cancel()
	return s.DeleteCtx(ctx, token)
}
