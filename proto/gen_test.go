package proto_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cit-health/cit/proto/internal/gen"
)

// TestGeneratedCodeIsFresh fails when a .proto changed but `make proto` was
// not run: the committed .pb.go files must equal a fresh generation.
func TestGeneratedCodeIsFresh(t *testing.T) {
	files, err := gen.Files(context.Background(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("generated %d files, want one per .proto (4+)", len(files))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.FromSlash(name))
		if err != nil {
			t.Errorf("%s: %v (run `make proto`)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `make proto` and commit the result", name)
		}
	}
}
