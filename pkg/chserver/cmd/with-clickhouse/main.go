// Command with-clickhouse runs a command with a private ClickHouse server:
// it starts one on free loopback ports (installing Debian's package when it is
// missing and apt is there), exports its address as CIT_TEST_CLICKHOUSE_ADDR,
// runs the command, stops the server and exits with the command's status.
// `make test` uses it so that every test package shares one server.
//
//	with-clickhouse [-dir DIR] -- go test ./...
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"

	"github.com/cit-health/cit/pkg/chserver"
	"go.uber.org/zap"
)

func main() {
	os.Exit(run())
}

func run() int {
	fs := flag.NewFlagSet("with-clickhouse", flag.ContinueOnError)
	dir := fs.String("dir", "", "data folder (default: a new temporary folder, removed afterwards)")
	if err := fs.Parse(os.Args[1:]); err != nil {
		return 2
	}
	args := fs.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: with-clickhouse [-dir DIR] -- command [args...]")
		return 2
	}
	log, _ := zap.NewDevelopment()
	defer log.Sync()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if os.Getenv("CIT_TEST_CLICKHOUSE_ADDR") == "" {
		if err := chserver.Install(ctx, log); err != nil {
			fmt.Fprintln(os.Stderr, "with-clickhouse:", err)
			return 1
		}
		d := *dir
		if d == "" {
			tmp, err := os.MkdirTemp("", "cit-clickhouse-")
			if err != nil {
				fmt.Fprintln(os.Stderr, "with-clickhouse:", err)
				return 1
			}
			defer os.RemoveAll(tmp)
			d = tmp
		}
		srv, err := chserver.Start(ctx, d, log)
		if err != nil {
			fmt.Fprintln(os.Stderr, "with-clickhouse:", err)
			return 1
		}
		defer srv.Stop()
		os.Setenv("CIT_TEST_CLICKHOUSE_ADDR", srv.Addr)
		os.Setenv("CIT_TEST_CLICKHOUSE_HTTP_ADDR", srv.HTTPAddr)
	}
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "with-clickhouse:", err)
		return 1
	}
	return 0
}
