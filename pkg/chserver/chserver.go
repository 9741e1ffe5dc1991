// Package chserver runs a private ClickHouse server for one machine: a
// project-local config, data and tmp folder, loopback ports chosen at start.
// `make run` and the test suites use it when no ClickHouse address is given.
//
// It works with Debian's clickhouse-server 18.16 (/usr/sbin/clickhouse-server)
// and with current single-binary releases (`clickhouse server`).
package chserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"
)

// ErrNotInstalled is returned when no clickhouse-server binary can be found.
var ErrNotInstalled = errors.New("chserver: clickhouse-server is not installed " +
	"(on Debian/Ubuntu: apt-get install -y clickhouse-server clickhouse-client; " +
	"elsewhere see https://clickhouse.com/docs/en/install, or set CIT_CLICKHOUSE_ADDR to a running server)")

// Server is a running private ClickHouse server.
type Server struct {
	// Addr is the native-protocol address, host:port.
	Addr string
	// HTTPAddr is the HTTP address, host:port.
	HTTPAddr string
	Dir      string
	cmd      *exec.Cmd
	done     chan error
}

// Find returns the command that starts a server: the clickhouse-server binary,
// or the single clickhouse binary with its "server" argument.
func Find() ([]string, error) {
	for _, name := range []string{"clickhouse-server", "/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server"} {
		if p, err := exec.LookPath(name); err == nil {
			return []string{p}, nil
		}
	}
	if p, err := exec.LookPath("clickhouse"); err == nil {
		return []string{p, "server"}, nil
	}
	return nil, ErrNotInstalled
}

// Install installs Debian's clickhouse-server with apt when this machine has
// apt and runs as root; otherwise it returns ErrNotInstalled.
func Install(ctx context.Context, log *zap.Logger) error {
	if _, err := Find(); err == nil {
		return nil
	}
	apt, err := exec.LookPath("apt-get")
	if err != nil || os.Geteuid() != 0 {
		return ErrNotInstalled
	}
	log.Warn("clickhouse-server is not installed: installing Debian's package with apt-get (one time)")
	for _, args := range [][]string{{"update"}, {"install", "-y", "clickhouse-server", "clickhouse-client"}} {
		cmd := exec.CommandContext(ctx, apt, args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("apt-get %s: %w: %s", strings.Join(args, " "), err, lastLines(out, 5))
		}
	}
	_, err = Find()
	return err
}

// Start writes a config under dir and starts a server on free loopback ports.
// The server's data survives in dir across starts. Stop ends it.
func Start(ctx context.Context, dir string, log *zap.Logger) (*Server, error) {
	bin, err := Find()
	if err != nil {
		return nil, err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("clickhouse dir: %w", err)
	}
	for _, sub := range []string{"data", "tmp", "log", "user_files", "format_schemas"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("create clickhouse dir: %w", err)
		}
	}
	tcp, err := freePort()
	if err != nil {
		return nil, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	cfg := filepath.Join(dir, "config.xml")
	if err := os.WriteFile(cfg, []byte(configXML(dir, tcp, httpPort)), 0o644); err != nil {
		return nil, fmt.Errorf("write clickhouse config: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "users.xml"), []byte(usersXML), 0o644); err != nil {
		return nil, fmt.Errorf("write clickhouse users: %w", err)
	}
	args := append(bin[1:], "--config-file="+cfg)
	cmd := exec.Command(bin[0], args...)
	cmd.Dir = dir
	logFile, err := os.OpenFile(filepath.Join(dir, "log", "stdout.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open clickhouse log: %w", err)
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("start %s: %w", bin[0], err)
	}
	s := &Server{
		Addr:     net.JoinHostPort("127.0.0.1", strconv.Itoa(tcp)),
		HTTPAddr: net.JoinHostPort("127.0.0.1", strconv.Itoa(httpPort)),
		Dir:      dir,
		cmd:      cmd,
		done:     make(chan error, 1),
	}
	go func() { s.done <- cmd.Wait(); logFile.Close() }()
	log.Info("clickhouse starting", zap.String("addr", s.Addr), zap.String("dir", dir))
	// A server with much data loads its tables before it listens.
	if err := s.wait(ctx, 5*time.Minute, log); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// wait blocks until the native port accepts connections.
func (s *Server) wait(ctx context.Context, limit time.Duration, log *zap.Logger) error {
	start := time.Now()
	deadline := start.Add(limit)
	next := start.Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if time.Now().After(next) {
			log.Warn("clickhouse still starting (loading its tables); waiting", zap.Duration("elapsed", time.Since(start).Round(time.Second)))
			next = next.Add(10 * time.Second)
		}
		select {
		case err := <-s.done:
			s.done <- err
			return fmt.Errorf("clickhouse-server exited at start (%v); see %s: %s", err,
				filepath.Join(s.Dir, "log"), lastLines(readFile(filepath.Join(s.Dir, "log", "err.log")), 5))
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		c, err := net.DialTimeout("tcp", s.Addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
	}
	return fmt.Errorf("clickhouse-server did not listen on %s within %s", s.Addr, limit)
}

// Stop ends the server and waits for it to exit.
func (s *Server) Stop() error {
	if s == nil || s.cmd == nil || s.cmd.Process == nil {
		return nil
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pick a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func readFile(path string) []byte {
	b, _ := os.ReadFile(path)
	return b
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

func configXML(dir string, tcp, httpPort int) string {
	return fmt.Sprintf(`<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>%[1]s/log/server.log</log>
    <errorlog>%[1]s/log/err.log</errorlog>
    <size>10M</size>
    <count>2</count>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>%[2]d</tcp_port>
  <http_port>%[3]d</http_port>
  <path>%[1]s/data/</path>
  <tmp_path>%[1]s/tmp/</tmp_path>
  <user_files_path>%[1]s/user_files/</user_files_path>
  <format_schema_path>%[1]s/format_schemas/</format_schema_path>
  <users_config>%[1]s/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>200</max_concurrent_queries>
  <max_table_size_to_drop>0</max_table_size_to_drop>
</yandex>
`, dir, tcp, httpPort)
}

// usersXML defines the writer ("default") and a read-only "reader" user with
// complexity limits for the public stats API.
const usersXML = `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default>
      <max_memory_usage>4000000000</max_memory_usage>
    </default>
    <readonly>
      <readonly>2</readonly>
      <max_execution_time>10</max_execution_time>
      <max_memory_usage>2000000000</max_memory_usage>
      <max_rows_to_read>50000000</max_rows_to_read>
      <max_result_rows>1000000</max_result_rows>
      <result_overflow_mode>throw</result_overflow_mode>
    </readonly>
  </profiles>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
    <reader>
      <password></password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>readonly</profile>
      <quota>default</quota>
    </reader>
  </users>
  <quotas>
    <default>
      <interval>
        <duration>3600</duration>
        <queries>0</queries>
        <errors>0</errors>
        <result_rows>0</result_rows>
        <read_rows>0</read_rows>
        <execution_time>0</execution_time>
      </interval>
    </default>
  </quotas>
</yandex>
`
