package deploycheck

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/cit-health/cit/pkg/bus"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
)

var update = flag.Bool("update", false, "rewrite deploy/nats/streams.json from pkg/bus")

// natsDefinitions is the layout of deploy/nats/streams.json.
type natsDefinitions struct {
	Comment   string                                `json:"_comment"`
	Streams   []jetstream.StreamConfig              `json:"streams"`
	Consumers map[string][]jetstream.ConsumerConfig `json:"consumers"`
}

// TestNATSDefinitions keeps deploy/nats/streams.json equal to what pkg/bus
// creates at connect; pkg/bus stays the single owner of the definitions.
func TestNATSDefinitions(t *testing.T) {
	path := filepath.Join(repoRoot(t), "deploy", "nats", "streams.json")
	defs := natsDefinitions{
		Comment: "GENERATED from pkg/bus (StreamConfigs(1), ConsumerConfigs(1): one server, one dedup partition, the defaults) — do not edit. " +
			"The services create these at start. " +
			"Regenerate: go test ./services/citctl/internal/deploycheck -run TestNATSDefinitions -update",
		Streams:   bus.StreamConfigs(1),
		Consumers: bus.ConsumerConfigs(1),
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // subjects end in ">"
	enc.SetIndent("", "  ")
	if err := enc.Encode(defs); err != nil {
		t.Fatal(err)
	}
	want := buf.Bytes()
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (generate it with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from pkg/bus's definitions; regenerate it:\n"+
			"  go test ./services/citctl/internal/deploycheck -run TestNATSDefinitions -update", path)
	}
	// The file must read back into the same definitions (a nats CLI user
	// takes one stream object from it).
	var back natsDefinitions
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatalf("streams.json does not parse: %v", err)
	}
	if len(back.Streams) != len(defs.Streams) || len(back.Consumers) != len(defs.Consumers) {
		t.Errorf("streams.json reads back %d streams and %d consumer lists, want %d and %d",
			len(back.Streams), len(back.Consumers), len(defs.Streams), len(defs.Consumers))
	}
	for stream := range back.Consumers {
		found := false
		for _, s := range back.Streams {
			found = found || s.Name == stream
		}
		if !found {
			t.Errorf("consumers defined on %s, which is no stream", stream)
		}
	}
}

// TestNATSConfig loads deploy/nats/nats.conf with the NATS server's own
// parser and checks what a single production broker needs.
func TestNATSConfig(t *testing.T) {
	opts, err := server.ProcessConfigFile(filepath.Join(repoRoot(t), "deploy", "nats", "nats.conf"))
	if err != nil {
		t.Fatalf("nats.conf: %v", err)
	}
	if !opts.JetStream {
		t.Error("JetStream is not enabled")
	}
	if opts.StoreDir == "" {
		t.Error("no JetStream store_dir")
	}
	if !opts.SyncAlways {
		t.Error("sync_interval is not always: a single broker would ack writes that a power cut loses")
	}
	if opts.HTTPPort <= 0 {
		t.Error("no monitoring port (http)")
	}
	// make run's embedded server accepts messages up to 8 MiB; production
	// must accept whatever development does.
	if opts.MaxPayload < 8<<20 {
		t.Errorf("max_payload %d is below the 8 MiB the embedded server allows", opts.MaxPayload)
	}
}
