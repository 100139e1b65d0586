# claimpipe — the two commands a newcomer needs are `make run` and `make test`.
GO      ?= go
BIN     ?= bin/claimpipe
SHARED  ?= ../shared
DATA    ?= $(SHARED)/data
ARGS    ?=

.PHONY: all build run test test-faults bench-pipeline test-race vet bench regress eval train-ner train-checkworthiness fuzz clean

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

## test-faults: workers killed, a NATS node stopped, PostgreSQL connections
## killed, a poison message, purged streams; each test counts what reached the
## store. Needs PostgreSQL on 127.0.0.1:5432 (database test). FAULT_N sets the
## article count of the big test (default 2000).
FAULT_N ?= 2000
test-faults:
	CLAIMPIPE_FAULT_N=$(FAULT_N) $(GO) test -tags faults -count=1 -timeout 14m -run '^Test(Fault|Worker)' -v ./cmd/claimpipe/

## bench-pipeline: articles/s and p50/p99 submit-to-stored latency through the
## embedded default (sync always vs NATS's default) and through worker
## processes on an external nats-server and PostgreSQL, one and two per stage.
BENCH_N ?= 1000
bench-pipeline:
	CLAIMPIPE_BENCH_N=$(BENCH_N) $(GO) test -run '^$$' -bench '^BenchmarkPipeline' -benchtime 1x -count 1 -timeout 30m ./cmd/claimpipe/

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
	./$(BIN) eval sentences --data $(DATA)
	./$(BIN) eval ner --data $(DATA)
	./$(BIN) eval dates --data $(DATA)
	./$(BIN) eval money --data $(DATA)
	./$(BIN) eval checkworthiness --data $(DATA)/checkworthiness

## fuzz: each fuzz test for FUZZTIME (go test -fuzz runs one target at a time)
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME) ./extractors/
	$(GO) test -run '^$$' -fuzz '^FuzzSplit$$' -fuzztime $(FUZZTIME) ./extractors/segment/
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) ./extractors/temporal/
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) ./extractors/money/
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) ./extractors/article/
	$(GO) test -run '^$$' -fuzz '^FuzzCanonicalURL$$' -fuzztime $(FUZZTIME) ./sources/
	$(GO) test -run '^$$' -fuzz '^FuzzParseRobots$$' -fuzztime $(FUZZTIME) ./sources/

train-ner:
	@test -f /usr/share/wordnet/data.noun || { echo "train-ner reads WordNet: apt-get install wordnet-base"; exit 1; }
	$(GO) run ./cmd/train-ner --data $(DATA)/training

train-checkworthiness:
	$(GO) run ./cmd/train-checkworthiness --data $(DATA)/checkworthiness

clean:
	rm -rf bin
