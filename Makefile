# claimpipe — the two commands a newcomer needs are `make run` and `make test`.
GO      ?= go
BIN     ?= bin/claimpipe
SHARED  ?= ../shared
DATA    ?= $(SHARED)/data
ARGS    ?=

.PHONY: all build run test test-race vet bench regress eval train-ner train-checkworthiness fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/claimpipe

## run: the whole pipeline in one process (embedded NATS, SQLite, desk on :8080)
run: build
	./$(BIN) run $(ARGS)

## test: vet, every test (unit, integration, end-to-end), race on the concurrent paths
test:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 14m ./...
	$(GO) test -count=1 -race -timeout 10m ./claims/... ./extractors/... ./pipeline/...

## bench: Go benchmarks of the extractors, each beside its baseline in the same run
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 1 ./extractors/...

## regress: the fixture suite, with a readable diff of any change
regress: build
	./$(BIN) regress fixtures

## eval: every evaluation on the shared gold data
eval: build
	./$(BIN) eval article --data $(DATA)/article-extraction
	./$(BIN) eval metadata --data $(DATA)/readability-pages
	./$(BIN) eval sentences
	./$(BIN) eval ner --data $(DATA)
	./$(BIN) eval dates --data $(DATA)
	./$(BIN) eval money --data $(DATA)
	./$(BIN) eval checkworthiness --data $(DATA)/checkworthiness

train-ner:
	$(GO) run ./cmd/train-ner --data $(DATA)/training

train-checkworthiness:
	$(GO) run ./cmd/train-checkworthiness --data $(DATA)

clean:
	rm -rf bin
