# Longer jobs. The README's two commands need none of this.
GO ?= go

.PHONY: help run test bench fuzz lint golden score load crawl-demo crawl-speed bench-compare bench-compare-100k

LOAD_N ?= 50000
LOAD_DIR ?= /tmp/thamluan-load

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

run: ## run the service on ./data
	$(GO) run ./cmd/thamluan serve

test: ## run the whole test suite
	$(GO) test ./...

bench: ## run the benchmarks (analyzers, extraction, search)
	$(GO) test -run '^$$' -bench . -benchmem ./corpus/... ./indexer/... ./search/...

fuzz: ## fuzz the parsers for a minute each
	$(GO) test -run '^$$' -fuzz FuzzNormalize -fuzztime 60s ./corpus/vi/
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 60s ./corpus/extract/
	$(GO) test -run '^$$' -fuzz FuzzFindDates -fuzztime 60s ./corpus/extract/
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 60s ./search/
	$(GO) test -run '^$$' -fuzz FuzzCanonical -fuzztime 60s ./corpus/crawl/
	$(GO) test -run '^$$' -fuzz FuzzLinks -fuzztime 60s ./corpus/crawl/

score: ## print extraction precision/recall/F1 over the fixtures
	$(GO) test -run TestScore -v ./corpus/extract/ | grep -E '^\s+\|'

golden: ## rewrite the extraction golden files
	$(GO) test ./corpus/extract/ -run TestGolden -update

lint: ## vet and format check
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l . && exit 1)

load: ## generate $(LOAD_N) pages, import them, and load the server for 60 s at 16 connections
	$(GO) build -o $(LOAD_DIR)/thamluan ./cmd/thamluan
	test -d $(LOAD_DIR)/pages || $(LOAD_DIR)/thamluan gen --count $(LOAD_N) $(LOAD_DIR)/pages
	test -f $(LOAD_DIR)/data/archive.db || $(LOAD_DIR)/thamluan --data $(LOAD_DIR)/data import $(LOAD_DIR)/pages
	$(LOAD_DIR)/thamluan --data $(LOAD_DIR)/data serve --no-sample --addr 127.0.0.1:18080 & echo $$! > $(LOAD_DIR)/serve.pid; sleep 5
	$(GO) run ./bench/load -url http://127.0.0.1:18080 -c 16 -d 60s; kill $$(cat $(LOAD_DIR)/serve.pid)

crawl-demo: ## crawl the fake portal with `thamluan crawl`: progress display and summary
	$(GO) run ./bench/portal

crawl-speed: ## crawl the fake portal with no delay: pages per second
	$(GO) run ./bench/portal --crawl-delay 0

bench-compare: ## thamluan beside bleve standard and SQLite FTS5: 10k articles, 3 runs, docs/bench-compare-10k.md
	$(GO) run ./bench/compare -n 10000 -runs 3 -out docs/bench-compare-10k.md

bench-compare-100k: ## the same at 100k articles, 1 run
	$(GO) run ./bench/compare -n 100000 -runs 1
