package deploycheck

import (
	"bufio"
	"bytes"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	Line int
	Cmd  string // upper case: FROM, RUN, COPY, ARG, …
	Args string
}

func parseDockerfile(src []byte) []instruction {
	var out []instruction
	sc := bufio.NewScanner(bytes.NewReader(src))
	var cur strings.Builder
	start, n := 0, 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if cur.Len() == 0 && (line == "" || strings.HasPrefix(line, "#")) {
			continue
		}
		if cur.Len() == 0 {
			start = n
		}
		if strings.HasSuffix(line, "\\") {
			cur.WriteString(strings.TrimSuffix(line, "\\") + " ")
			continue
		}
		cur.WriteString(line)
		cmd, args, _ := strings.Cut(cur.String(), " ")
		out = append(out, instruction{Line: start, Cmd: strings.ToUpper(cmd), Args: strings.TrimSpace(args)})
		cur.Reset()
	}
	return out
}

func TestParseDockerfile(t *testing.T) {
	src := "# comment\nFROM a AS b\n\nRUN x \\\n  y\narg S\n"
	got := parseDockerfile([]byte(src))
	want := []instruction{{2, "FROM", "a AS b"}, {4, "RUN", "x  y"}, {6, "ARG", "S"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("instruction %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// goBuildPath finds the package path of the `go build` in a RUN.
var goBuildPath = regexp.MustCompile(`go build .*?(\./services/\$\{?SERVICE\}?)\s*$`)

func TestDockerfile(t *testing.T) {
	root := repoRoot(t)
	ins := parseDockerfile(readFile(t, filepath.Join(root, "Dockerfile")))

	argAt, buildAt := -1, -1
	var buildPath string
	var copied []string
	for i, in := range ins {
		switch in.Cmd {
		case "ARG":
			if strings.SplitN(in.Args, "=", 2)[0] == "SERVICE" {
				argAt = i
			}
		case "COPY":
			if strings.HasPrefix(in.Args, "--from") {
				continue
			}
			f := strings.Fields(in.Args)
			copied = append(copied, f[:len(f)-1]...)
		case "RUN":
			if m := goBuildPath.FindStringSubmatch(in.Args); m != nil {
				buildAt, buildPath = i, m[1]
				if !strings.Contains(in.Args, "CGO_ENABLED=0") {
					t.Errorf("line %d: the go build is not CGO_ENABLED=0, but the final image is distroless/static", in.Line)
				}
			}
		}
	}
	if buildAt < 0 {
		t.Fatal("no RUN … go build … ./services/${SERVICE}")
	}
	if argAt < 0 || argAt > buildAt {
		t.Fatal("ARG SERVICE must come before the go build")
	}
	for _, name := range serviceNames(t, root) {
		p := strings.NewReplacer("${SERVICE}", name, "$SERVICE", name).Replace(buildPath)
		if !fileExists(filepath.Join(root, p, "main.go")) {
			t.Errorf("SERVICE=%s builds %s, which has no main.go", name, p)
		}
	}

	// Every module of go.work must be in the build context the Dockerfile
	// copies, or the workspace build fails inside the image.
	for _, mod := range goWorkModules(t, root) {
		covered := false
		for _, c := range copied {
			c = strings.TrimSuffix(strings.TrimPrefix(c, "./"), "/")
			if mod == c || strings.HasPrefix(mod, c+"/") {
				covered = true
			}
		}
		if !covered {
			t.Errorf("go.work uses %s, but no COPY brings it into the image (COPY sources %v)", mod, copied)
		}
	}
	for _, ignored := range dockerIgnored(t, root) {
		for _, mod := range goWorkModules(t, root) {
			if ignored == mod || strings.HasPrefix(mod, ignored+"/") {
				t.Errorf(".dockerignore excludes %s, a go.work module", ignored)
			}
		}
	}

	// The Go image must be at least the go.work go version.
	from := ins[0]
	m := regexp.MustCompile(`golang:(\d+)\.(\d+)`).FindStringSubmatch(from.Args)
	if from.Cmd != "FROM" || m == nil {
		t.Fatalf("first instruction %q: want FROM golang:X.Y…", from.Cmd+" "+from.Args)
	}
	wm := regexp.MustCompile(`(?m)^go (\d+)\.(\d+)`).FindSubmatch(readFile(t, filepath.Join(root, "go.work")))
	if wm == nil {
		t.Fatal("go.work has no go directive")
	}
	img := [2]int{atoi(t, m[1]), atoi(t, m[2])}
	work := [2]int{atoi(t, string(wm[1])), atoi(t, string(wm[2]))}
	if img[0] < work[0] || img[0] == work[0] && img[1] < work[1] {
		t.Errorf("image golang:%d.%d is older than go.work's go %d.%d", img[0], img[1], work[0], work[1])
	}

	last := ins[len(ins)-1]
	if last.Cmd != "ENTRYPOINT" {
		t.Errorf("last instruction %s: want the ENTRYPOINT of the service binary", last.Cmd)
	}
}

// TestServicesBuildStatic is the build the Dockerfile runs, for every
// service: CGO_ENABLED=0 go build -trimpath.
func TestServicesBuildStatic(t *testing.T) {
	tc := tools(t)
	for _, name := range serviceNames(t, tc.root) {
		tc.binary(t, name)
	}
}

func goWorkModules(t *testing.T, root string) []string {
	t.Helper()
	var mods []string
	inUse := false
	for _, line := range strings.Split(string(readFile(t, filepath.Join(root, "go.work"))), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "use ("):
			inUse = true
		case inUse && line == ")":
			inUse = false
		case inUse && line != "":
			mods = append(mods, strings.TrimPrefix(line, "./"))
		case strings.HasPrefix(line, "use "):
			mods = append(mods, strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(line, "use ")), "./"))
		}
	}
	if len(mods) == 0 {
		t.Fatal("go.work uses no module")
	}
	return mods
}

func dockerIgnored(t *testing.T, root string) []string {
	t.Helper()
	path := filepath.Join(root, ".dockerignore")
	if !fileExists(path) {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(readFile(t, path)), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "!") {
			out = append(out, strings.TrimSuffix(strings.TrimPrefix(line, "/"), "/"))
		}
	}
	return out
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
