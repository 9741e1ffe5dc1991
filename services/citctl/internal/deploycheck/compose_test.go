package deploycheck

import (
	"context"
	"net"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/compose-spec/compose-go/v2/cli"
)

// composeIgnoredEnv are variables docker-compose.yml sets on a service whose
// binary does not read them, each with the reason it is tolerated. Keep it
// short: anything else a service is given must be something it reads.
var composeIgnoredEnv = map[string]map[string]string{
	"stats": {"CIT_NATS_URL": "the shared x-service environment block sets it on every service; stats does not use NATS"},
}

func TestCompose(t *testing.T) {
	root := repoRoot(t)
	opts, err := cli.NewProjectOptions([]string{filepath.Join(root, "docker-compose.yml")},
		cli.WithWorkingDirectory(root), cli.WithResolvedPaths(true))
	if err != nil {
		t.Fatalf("compose options: %v", err)
	}
	project, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("docker-compose.yml does not load: %v", err)
	}
	services := map[string]bool{}
	for _, n := range serviceNames(t, root) {
		services[n] = true
	}
	built := 0
	for name, svc := range project.Services {
		t.Run(name, func(t *testing.T) {
			if svc.Build == nil {
				if svc.Image == "" {
					t.Fatalf("neither build nor image")
				}
				return // a third-party image (nats, clickhouse)
			}
			built++
			if svc.Build.Context != root {
				t.Errorf("build context %q, want the repository root %q (the Dockerfile copies go.work)", svc.Build.Context, root)
			}
			arg := svc.Build.Args["SERVICE"]
			if arg == nil || *arg == "" {
				t.Fatalf("build without args.SERVICE")
			}
			if !services[*arg] {
				t.Fatalf("builds SERVICE=%s, but services/%s/main.go does not exist", *arg, *arg)
			}
			if *arg != name {
				t.Errorf("compose service %q builds %q", name, *arg)
			}

			tc := tools(t)
			reads := tc.envOf(t, *arg)
			for k := range svc.Environment {
				if reads[k] {
					continue
				}
				if why, ok := composeIgnoredEnv[name][k]; ok {
					t.Logf("%s=… not read by %s (tolerated: %s)", k, *arg, why)
					continue
				}
				t.Errorf("environment %s: the %s binary does not read it (it reads %v)", k, *arg, sortedKeys(reads))
			}
			for k, why := range composeIgnoredEnv[name] {
				if reads[k] {
					t.Errorf("%s is now read by %s: drop it from composeIgnoredEnv (%s)", k, *arg, why)
				}
			}

			// Published ports must reach the port the service listens on.
			listen := svc.Environment["CIT_LISTEN"]
			for _, p := range svc.Ports {
				if listen == nil {
					t.Errorf("publishes port %d but sets no CIT_LISTEN (binary default is loopback)", p.Target)
					continue
				}
				host, port, err := net.SplitHostPort(*listen)
				if err != nil {
					t.Fatalf("CIT_LISTEN %q: %v", *listen, err)
				}
				if host != "0.0.0.0" && host != "" && host != "::" {
					t.Errorf("CIT_LISTEN %q listens on %s only: unreachable from outside the container", *listen, host)
				}
				if strconv.Itoa(int(p.Target)) != port {
					t.Errorf("publishes container port %d, but the service listens on %s", p.Target, port)
				}
			}
		})
	}
	if built == 0 {
		t.Fatal("no compose service builds a CIT service")
	}
}
