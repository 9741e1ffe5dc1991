// Package chtest gives tests a real ClickHouse database: the server named by
// CIT_TEST_CLICKHOUSE_ADDR (which `make test` starts once for all packages),
// or else a private server started for the test from the installed
// clickhouse-server. Each call to Database makes a fresh, uniquely named
// database that is dropped when the test ends.
package chtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/cit-health/cit/pkg/chserver"
	"go.uber.org/zap"
)

// Addr returns the native address of a ClickHouse server for the test.
// Without one it fails under CI (CI=true) and otherwise skips, saying how to
// get one.
func Addr(t testing.TB) string {
	t.Helper()
	if addr := os.Getenv("CIT_TEST_CLICKHOUSE_ADDR"); addr != "" {
		return addr
	}
	if _, err := chserver.Find(); err != nil {
		msg := fmt.Sprintf("no ClickHouse for this test: run `make test`, or set CIT_TEST_CLICKHOUSE_ADDR, or install it (%v)", err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv, err := chserver.Start(ctx, t.TempDir(), zap.NewNop())
	if err != nil {
		t.Fatalf("start clickhouse: %v", err)
	}
	t.Cleanup(func() { srv.Stop() })
	return srv.Addr
}

// Database creates a fresh database on addr and drops it when the test ends.
func Database(t testing.TB, addr string) string {
	t.Helper()
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	name := "cit_test_" + hex.EncodeToString(b[:])
	conn, err := clickhouse.Open(&clickhouse.Options{Addr: []string{addr}})
	if err != nil {
		t.Fatalf("connect clickhouse %s: %v", addr, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name)
		conn.Close()
	})
	return name
}
