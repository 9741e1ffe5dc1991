# CIT — build, run and test. `make help` lists the targets.

SHELL := /bin/bash
GO ?= go
# Every module of the workspace (go test ./... does not work at a go.work root).
MODULES := $(shell $(GO) list -m -f '{{.Dir}}/...' 2>/dev/null)
SERVICES := citctl classifier collector dedup stats triage writer
WITH_CLICKHOUSE := $(GO) run ./pkg/chserver/cmd/with-clickhouse --

.PHONY: help build run test test-short bench proto lint train eval eval-dedup clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

build: ## build every binary into ./bin/
	@mkdir -p bin
	$(GO) build -o bin/ $(addprefix ./services/,$(SERVICES))

run: build ## run the whole pipeline on this machine (embedded NATS, local ClickHouse, dashboard, triage)
	bin/citctl run

test: ## run every test against real servers (embedded NATS, a private ClickHouse started for the run)
	$(WITH_CLICKHOUSE) $(GO) test -race -shuffle=on -count=1 -timeout 25m $(MODULES)

test-short: ## the fast tests only
	$(WITH_CLICKHOUSE) $(GO) test -short -count=1 $(MODULES)

bench: ## run the benchmarks (speed and memory targets live here)
	$(WITH_CLICKHOUSE) $(GO) test -run '^$$' -bench . -benchmem -count=1 -timeout 60m $(MODULES)

proto: ## regenerate the Go code of the message contracts
	cd proto && $(GO) run ./cmd/protogen .

lint: ## go vet and gofmt
	$(GO) vet $(MODULES)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi

train: ## retrain the classifier's model from ../shared/data/dev.jsonl
	$(GO) run ./services/classifier/cmd/train

eval: ## classifier precision/recall/F1 per source on the held-out split
	$(GO) run ./services/classifier/cmd/eval

eval-dedup: ## deduplication pairwise precision/recall/F1, plain candidates and classified as in the pipeline
	$(GO) run ./services/dedup/cmd/eval
	$(GO) run ./services/dedup/cmd/eval -classify

clean: ## remove binaries and local data
	rm -rf bin var test-artifacts
