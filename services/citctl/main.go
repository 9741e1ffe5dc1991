// Command citctl is CIT's operator CLI: offline collect, classify and dedup
// over JSON Lines, one-shot and continuous pipeline runs (the whole stack in
// one process), migrations, stats, users, label exports and DLQ replay.
// Run `citctl help` for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/cit-health/cit/services/citctl/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := cli.Run(ctx, os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	if err != nil {
		var usage *cli.UsageError
		if errors.As(err, &usage) {
			fmt.Fprintln(os.Stderr, "citctl:", err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "citctl:", err)
		os.Exit(1)
	}
}
