package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimpipe/claimpipe/claims/storetest"
)

func TestTermReasonSupported(t *testing.T) {
	cases := []struct {
		version string
		want    bool
	}{
		{"2.9.10", false}, // Debian bookworm's nats-server: ignores "+TERM reason"
		{"2.10.3", false},
		{"2.10.4", true},
		{"2.10.22", true},
		{"2.12.1", true},
		{"2.15.2", true},
		{"v2.11.0-RC.1", true},
		{"3.0.0", true},
		{"1.99.99", false},
		{"", false},
		{"garbage", false},
		{"2.10", false},
	}
	for _, c := range cases {
		if got := termReasonSupported(c.version); got != c.want {
			t.Errorf("termReasonSupported(%q) = %v, want %v", c.version, got, c.want)
		}
	}
}

// externalNATS connects to the NATS of the integration tests (the external
// nats-server .ci/run starts on 127.0.0.1:4222; CLAIMPIPE_TEST_NATS
// overrides it), or skips (fails with CLAIMPIPE_REQUIRE_SERVICES=1).
func externalNATS(t *testing.T) *nats.Conn {
	t.Helper()
	url := os.Getenv("CLAIMPIPE_TEST_NATS")
	if url == "" {
		url = "nats://127.0.0.1:4222"
	}
	nc, err := nats.Connect(url, nats.Timeout(3*time.Second))
	if err != nil {
		storetest.Missing(t, "NATS at %s: %v", url, err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// A terminated message leaves its work-queue stream and is not delivered
// again, whatever the server's version: on the external nats-server of CI
// (Debian's 2.9) TermWithReason was ignored, so every permanent failure came
// back after AckWait and was dead-lettered up to MaxDeliver times.
func TestTerminateRemovesMessageFromWorkQueue(t *testing.T) {
	nc := externalNATS(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "CLAIMPIPE_TEST_TERM_" + hex.EncodeToString(b)
	subject := "claimpipe.test.term." + hex.EncodeToString(b)
	st, err := js.CreateStream(ctx, jetstream.StreamConfig{Name: name, Subjects: []string{subject},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.MemoryStorage})
	if err != nil {
		t.Fatalf("create stream %s: %v", name, err)
	}
	t.Cleanup(func() { _ = js.DeleteStream(context.Background(), name) })
	if _, err := js.Publish(ctx, subject, []byte("poison")); err != nil {
		t.Fatal(err)
	}
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{Durable: "term",
		AckPolicy: jetstream.AckExplicitPolicy, AckWait: time.Second, MaxDeliver: 5})
	if err != nil {
		t.Fatal(err)
	}
	batch, err := cons.Fetch(1, jetstream.FetchMaxWait(3*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var got int
	for m := range batch.Messages() {
		got++
		if err := terminate(nc, m, "invalid"); err != nil {
			t.Fatalf("terminate: %v", err)
		}
	}
	if got != 1 {
		t.Fatalf("fetched %d messages, want 1", got)
	}
	// Past AckWait: an ignored Term would have the message delivered again.
	time.Sleep(1500 * time.Millisecond)
	again, err := cons.Fetch(1, jetstream.FetchMaxWait(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for m := range again.Messages() {
		md, _ := m.Metadata()
		t.Errorf("terminated message delivered again (server %s, delivery %d)", nc.ConnectedServerVersion(), md.NumDelivered)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 0 {
		t.Errorf("server %s: the work-queue stream still holds %d messages after Term, want 0", nc.ConnectedServerVersion(), info.State.Msgs)
	}
}
