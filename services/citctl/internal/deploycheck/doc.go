// Package deploycheck holds no code: its tests check the deployment files
// offline, without Docker, Kubernetes or network. They load
// docker-compose.yml with compose-go, parse the Dockerfile, build every
// service with CGO_ENABLED=0, parse the Kubernetes manifests in deploy/k8s and
// compare their arguments and environment with the flags and variables the
// built binaries really read, verify the systemd units in deploy/systemd with
// systemd-analyze when it is installed, load deploy/nats/nats.conf with the
// NATS server's own parser, and keep deploy/nats/streams.json equal to
// pkg/bus's stream and consumer definitions (regenerate it with
//
//	go test ./services/citctl/internal/deploycheck -run TestNATSDefinitions -update
//
// from the repository root).
package deploycheck
