// Command protogen regenerates the Go code of CIT's message contracts
// (`make proto`). It needs no system protoc.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/cit-health/cit/proto/internal/gen"
)

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	if err := gen.Write(context.Background(), root); err != nil {
		fmt.Fprintln(os.Stderr, "protogen:", err)
		os.Exit(1)
	}
}
