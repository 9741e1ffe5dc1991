// Package store is the one place where CIT's SQL lives: it opens ClickHouse
// over the native protocol, applies the versioned migrations embedded from
// deploy/clickhouse, writes batches idempotently and answers the read
// queries. All SQL stays in the subset that ClickHouse 18.16 and current
// releases both accept.
package store

import (
	"context"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
	"github.com/cit-health/cit/deploy"
	"go.uber.org/zap"
)

// Config says where ClickHouse is.
type Config struct {
	Addr     string // host:port of the native protocol
	Database string
	Username string // default "default"
	Password string
	// ReadOnly opens without creating the database or migrating (stats' reader user).
	ReadOnly bool
}

// Store is a ClickHouse connection bound to one database.
type Store struct {
	conn driver.Conn
	db   string
	log  *zap.Logger
}

var dbName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// Open connects, creates the database when missing and applies every
// pending migration (unless cfg.ReadOnly).
func Open(ctx context.Context, cfg Config, log *zap.Logger) (*Store, error) {
	if cfg.Database == "" {
		cfg.Database = "cit"
	}
	if !dbName.MatchString(cfg.Database) {
		return nil, fmt.Errorf("store: invalid database name %q", cfg.Database)
	}
	if cfg.Username == "" {
		cfg.Username = "default"
	}
	conn, err := clickhouse.Open(&clickhouse.Options{
		Addr:        []string{cfg.Addr},
		Auth:        clickhouse.Auth{Database: "default", Username: cfg.Username, Password: cfg.Password},
		DialTimeout: 5 * time.Second,
		ReadTimeout: 60 * time.Second,
	})
	if err != nil {
		return nil, fmt.Errorf("open clickhouse %s: %w", cfg.Addr, err)
	}
	if err := conn.Ping(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("ping clickhouse %s: %w", cfg.Addr, err)
	}
	s := &Store{conn: conn, db: cfg.Database, log: log}
	if !cfg.ReadOnly {
		if err := conn.Exec(ctx, "CREATE DATABASE IF NOT EXISTS "+s.db); err != nil {
			conn.Close()
			return nil, fmt.Errorf("create database %s: %w", s.db, err)
		}
		if err := s.Migrate(ctx); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return s, nil
}

// Close closes the connection.
func (s *Store) Close() error { return s.conn.Close() }

// Database is the database name.
func (s *Store) Database() string { return s.db }

// Conn exposes the driver connection to this package's siblings' tests.
func (s *Store) Conn() driver.Conn { return s.conn }

// Ping checks the connection.
func (s *Store) Ping(ctx context.Context) error { return s.conn.Ping(ctx) }

// t qualifies a table name with the database.
func (s *Store) t(name string) string { return s.db + "." + name }

// Migration is one versioned schema file.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

var migrationName = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// Migrations returns the embedded migrations in version order.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(deploy.ClickHouseMigrations, "clickhouse")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []Migration
	seen := map[int]string{}
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("migration %q: name must be NNNN_name.sql", e.Name())
		}
		v, _ := strconv.Atoi(m[1])
		if prev, ok := seen[v]; ok {
			return nil, fmt.Errorf("migrations %q and %q share version %d", prev, e.Name(), v)
		}
		seen[v] = e.Name()
		b, err := fs.ReadFile(deploy.ClickHouseMigrations, "clickhouse/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, Migration{Version: v, Name: e.Name(), SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// Statements splits a migration into statements: it drops "--" comment lines
// and splits on ";" at the end of a line.
func Statements(sql string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(sql, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "--") || trimmed == "" {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(trimmed, ";") {
			stmt := strings.TrimSuffix(strings.TrimSpace(cur.String()), ";")
			if stmt != "" {
				out = append(out, stmt)
			}
			cur.Reset()
		}
	}
	if stmt := strings.TrimSpace(cur.String()); stmt != "" {
		out = append(out, stmt)
	}
	return out
}

// Migrate applies every migration not yet recorded in schema_migrations.
// Statements must be idempotent (CREATE … IF NOT EXISTS), so a migration cut
// short by a crash is simply applied again.
func (s *Store) Migrate(ctx context.Context) error {
	migs, err := Migrations()
	if err != nil {
		return err
	}
	if err := s.conn.Exec(ctx, "CREATE TABLE IF NOT EXISTS "+s.t("schema_migrations")+
		" (version UInt32, name String, applied_at DateTime) ENGINE = ReplacingMergeTree() ORDER BY version"); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	applied := map[int]bool{}
	rows, err := s.conn.Query(ctx, "SELECT version FROM "+s.t("schema_migrations"))
	if err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for rows.Next() {
		var v uint32
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		applied[int(v)] = true
	}
	rows.Close()
	for _, m := range migs {
		if applied[m.Version] {
			continue
		}
		for _, stmt := range Statements(m.SQL) {
			if err := s.conn.Exec(ctx, qualify(stmt, s.db)); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
		}
		b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("schema_migrations")+" (version, name, applied_at)")
		if err != nil {
			return fmt.Errorf("record migration %s: %w", m.Name, err)
		}
		if err := b.Append(uint32(m.Version), m.Name, time.Now().UTC()); err != nil {
			return fmt.Errorf("record migration %s: %w", m.Name, err)
		}
		if err := b.Send(); err != nil {
			return fmt.Errorf("record migration %s: %w", m.Name, err)
		}
		s.log.Info("migration applied", zap.String("migration", m.Name), zap.String("database", s.db))
	}
	return nil
}

var tableRef = regexp.MustCompile(`(?i)\b(CREATE TABLE IF NOT EXISTS|CREATE TABLE|ALTER TABLE|DROP TABLE IF EXISTS|CREATE VIEW IF NOT EXISTS|CREATE MATERIALIZED VIEW IF NOT EXISTS|FROM|JOIN|INTO)\s+([A-Za-z_][A-Za-z0-9_]*)\b`)

// qualify prefixes bare table names in DDL with the database, so migrations
// can be written without naming one.
func qualify(stmt, db string) string {
	return tableRef.ReplaceAllStringFunc(stmt, func(m string) string {
		sub := tableRef.FindStringSubmatch(m)
		if strings.Contains(sub[2], ".") {
			return m
		}
		return sub[1] + " " + db + "." + sub[2]
	})
}
