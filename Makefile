GO ?= go
GOLANGCI_LINT ?= $(shell command -v golangci-lint 2>/dev/null || echo $(HOME)/go/bin/golangci-lint)
GOLANGCI_VERSION ?= v2.15.0

.PHONY: all build test race lint fmt vet bench fuzz golden tools

all: lint test

build:
	$(GO) build -o bin/minuteslint ./cmd/minuteslint

## test: the whole test suite, with the race detector (what CI runs)
test:
	$(GO) test -race -count=1 ./...

vet:
	$(GO) vet ./...

fmt:
	gofmt -l -w .

## lint: gofmt, go vet and golangci-lint must all be clean
lint: vet
	@test -z "$$(gofmt -l .)" || (echo "gofmt would change:"; gofmt -l .; exit 1)
	$(GOLANGCI_LINT) run ./...

## golden: regenerate golden files after a deliberate change (review the diff)
golden:
	$(GO) test ./lint ./report -run Golden -update

## bench: reader and end-to-end benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

FUZZTIME ?= 60s

## fuzz: fuzz each reader, then the whole pipeline, for FUZZTIME (their seeds also run in `make test`);
## minimising a new input of a seed-sized document would otherwise take most of the time
fuzz:
	for pkg in ./reader ./reader/docx ./reader/worddoc ./reader/markdown; do \
		$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 3s $$pkg || exit 1; \
	done
	$(GO) test -run '^$$' -fuzz '^FuzzLint$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 3s ./lint

tools:
	$(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_VERSION)
