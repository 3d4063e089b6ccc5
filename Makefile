# Longer jobs. The README's two commands need none of this.
GO ?= go

.PHONY: help run test bench fuzz lint golden score

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

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

score: ## print extraction precision/recall/F1 over the fixtures
	$(GO) test -run TestScore -v ./corpus/extract/ | grep -E '^\s+\|'

golden: ## rewrite the extraction golden files
	$(GO) test ./corpus/extract/ -run TestGolden -update

lint: ## vet and format check
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l . && exit 1)
