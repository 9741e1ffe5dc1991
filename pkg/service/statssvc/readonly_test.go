package statssvc_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cit-health/cit/pkg/chtest"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/service/statssvc"
	"github.com/cit-health/cit/pkg/store"
	"go.uber.org/zap"
)

// TestServesThroughReadOnlyUser reads through the "reader" user that the
// private ClickHouse defines (readonly profile with complexity limits): the
// API works, and the same connection cannot write.
func TestServesThroughReadOnlyUser(t *testing.T) {
	addr := chtest.Addr(t)
	db := chtest.Database(t, addr)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	writer, err := store.Open(ctx, store.Config{Addr: addr, Database: db}, zap.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	if err := writer.InsertIncidents(ctx, fixture()); err != nil {
		t.Fatal(err)
	}
	reader, err := store.Open(ctx, store.Config{Addr: addr, Database: db, Username: "reader", ReadOnly: true}, zap.NewNop())
	if err != nil {
		if strings.Contains(err.Error(), "reader") {
			t.Skipf("this ClickHouse has no reader user (pkg/chserver defines one): %v", err)
		}
		t.Fatal(err)
	}
	defer reader.Close()
	srv := httptest.NewServer(statssvc.NewHandler(reader, zap.NewNop()))
	defer srv.Close()
	code, _, body := get(t, srv.URL+"/api/v1/summary")
	if code != http.StatusOK || !strings.Contains(body, `"incidents":4`) {
		t.Errorf("summary as reader: %d %s", code, body)
	}
	if err := reader.InsertIncidents(ctx, []cit.Incident{inc("inc-x", 1, "X", "US", cit.SectorPharma, cit.AttackDDoS, "2025-01-01")}); err == nil {
		t.Error("the reader user could insert; want it refused")
	}
}
