package main

import (
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"
)

// A worker on a NATS with nats-server's default max_payload (1 MiB) warns at
// start: otherwise the first sign was news pages of 1-2 MiB dead-lettered as
// too big, one by one.
func TestWarnSmallPayload(t *testing.T) {
	cases := []struct {
		max  int64
		warn bool
	}{
		{1 << 20, true}, // nats-server's default
		{4 << 20, true},
		{8 << 20, false}, // deploy/nats/nats.conf, the embedded server
		{64 << 20, false},
	}
	for _, c := range cases {
		core, logs := observer.New(zapcore.InfoLevel)
		warnSmallPayload(zap.New(core), c.max)
		got := logs.FilterMessageSnippet("max_payload").FilterField(zap.Int64("max_payload", c.max)).Len() == 1
		if got != c.warn {
			t.Errorf("max_payload %d: warned %v, want %v (%v)", c.max, got, c.warn, logs.All())
		}
	}
}
