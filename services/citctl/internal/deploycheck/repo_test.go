package deploycheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// repoRoot is the repository root, four levels above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", "..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.work")); err != nil {
		t.Fatalf("repository root %s: no go.work: %v", root, err)
	}
	return root
}

// serviceNames lists services/<name> folders that hold a main package.
func serviceNames(t *testing.T, root string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(root, "services"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() && fileExists(filepath.Join(root, "services", e.Name(), "main.go")) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		t.Fatal("no services/<name>/main.go found")
	}
	return names
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// toolchain builds every service once per test binary and answers questions
// about the built binaries: which flags they define and which environment
// variables their code reads.
type toolchain struct {
	root string
	dir  string // built binaries
	err  error

	mu    sync.Mutex
	flags map[string]flagSet
	envs  map[string]map[string]bool
}

// flagSet maps a flag name to whether it is boolean (takes no value).
type flagSet map[string]bool

var (
	buildOnce  sync.Once
	builtTools *toolchain
)

// tools builds every service with CGO_ENABLED=0, as the Dockerfile does.
// The build is skipped in -short mode.
func tools(t *testing.T) *toolchain {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped in -short mode: needs a build of every service")
	}
	root := repoRoot(t)
	buildOnce.Do(func() {
		tc := &toolchain{root: root, flags: map[string]flagSet{}, envs: map[string]map[string]bool{}}
		builtTools = tc
		tc.dir, tc.err = os.MkdirTemp("", "deploycheck-bin-")
		if tc.err != nil {
			return
		}
		var pkgs []string
		for _, n := range serviceNames(t, root) {
			pkgs = append(pkgs, "./services/"+n)
		}
		args := append([]string{"build", "-trimpath", "-o", tc.dir + string(os.PathSeparator)}, pkgs...)
		cmd := exec.Command("go", args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			tc.err = fmt.Errorf("CGO_ENABLED=0 go build %s: %w\n%s", strings.Join(pkgs, " "), err, out)
		}
	})
	if builtTools.err != nil {
		t.Fatal(builtTools.err)
	}
	return builtTools
}

// binary is the path of a built service binary.
func (tc *toolchain) binary(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(tc.dir, name)
	if !fileExists(p) {
		t.Fatalf("no binary %q was built (services/%s missing?)", name, name)
	}
	return p
}

// usageLine matches a flag line of Go's flag.PrintDefaults: "  -name type".
var usageLine = regexp.MustCompile(`(?m)^  -([A-Za-z0-9][-A-Za-z0-9_.]*)( [A-Za-z0-9_.]+)?`)

// undefinedFlag is passed to make a binary print its usage and exit without
// running (-h is not safe: some commands go on after printing help).
const undefinedFlag = "-deploycheck-undefined-flag"

// flags runs the binary (with an optional subcommand) with an undefined
// flag and parses the usage it prints.
func (tc *toolchain) flagsOf(t *testing.T, name string, sub ...string) flagSet {
	t.Helper()
	key := strings.Join(append([]string{name}, sub...), " ")
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if fs, ok := tc.flags[key]; ok {
		return fs
	}
	args := append(append([]string{}, sub...), undefinedFlag)
	cmd := exec.Command(tc.binary(t, name), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("%s %s: want a usage error exit, got %v\n%s", name, undefinedFlag, err, out.String())
	}
	if !strings.Contains(out.String(), "flag provided but not defined") {
		t.Fatalf("%s: did not reject an undefined flag:\n%s", key, out.String())
	}
	fs := flagSet{}
	for _, m := range usageLine.FindAllStringSubmatch(out.String(), -1) {
		fs[m[1]] = m[2] == ""
	}
	if len(fs) == 0 {
		t.Fatalf("%s: no flags in its usage:\n%s", key, out.String())
	}
	tc.flags[key] = fs
	return fs
}

// envOf lists the CIT_* environment variables that the code linked into a
// binary names: string literals "CIT_..." in the non-test Go files of every
// package of this repository that the binary depends on.
func (tc *toolchain) envOf(t *testing.T, name string) map[string]bool {
	t.Helper()
	tc.mu.Lock()
	defer tc.mu.Unlock()
	if e, ok := tc.envs[name]; ok {
		return e
	}
	cmd := exec.Command("go", "list", "-deps", "-json=ImportPath,Dir,GoFiles", "./services/"+name)
	cmd.Dir = tc.root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps ./services/%s: %v", name, err)
	}
	env := map[string]bool{}
	literal := regexp.MustCompile(`"(CIT_[A-Z0-9_]+)"`)
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Dir string
			GoFiles         []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		if !strings.HasPrefix(p.ImportPath, "github.com/cit-health/cit/") {
			continue
		}
		for _, f := range p.GoFiles {
			for _, m := range literal.FindAllSubmatch(readFile(t, filepath.Join(p.Dir, f)), -1) {
				env[string(m[1])] = true
			}
		}
	}
	if len(env) == 0 {
		t.Fatalf("%s reads no CIT_* variable: the scan is broken", name)
	}
	tc.envs[name] = env
	return env
}

// checkArgs parses args as the Go flag package would and reports flags the
// binary does not define, and positional arguments (which stop flag parsing
// and silently swallow every flag after them).
func checkArgs(fs flagSet, args []string) (values map[string]string, problems []string) {
	values = map[string]string{}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			problems = append(problems, fmt.Sprintf("positional argument %q: flag parsing stops there", a))
			break
		}
		name := strings.TrimLeft(a, "-")
		val, hasVal := "", false
		if k, v, ok := strings.Cut(name, "="); ok {
			name, val, hasVal = k, v, true
		}
		isBool, known := fs[name]
		if !known {
			problems = append(problems, fmt.Sprintf("flag --%s is not defined", name))
			continue
		}
		if !isBool && !hasVal {
			if i+1 >= len(args) {
				problems = append(problems, fmt.Sprintf("flag --%s has no value", name))
				break
			}
			i++
			val = args[i]
		}
		values[name] = val
	}
	return values, problems
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtTools != nil && builtTools.dir != "" {
		os.RemoveAll(builtTools.dir)
	}
	os.Exit(code)
}
