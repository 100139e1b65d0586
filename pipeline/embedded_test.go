package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/pipeline"
)

// What `claimpipe run` does by default: a random loopback port behind a
// token, both written to a file only its owner reads, for other processes
// (`claimpipe dlq replay`) to find; the file goes at shutdown. Without the
// token the port is no use; in-process clients present it themselves.
func TestEmbeddedURLFileAndToken(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "nats.url")
	token := pipeline.NewToken()
	if len(token) < 20 || token == pipeline.NewToken() {
		t.Fatalf("NewToken = %q: want a long random secret", token)
	}
	emb, err := pipeline.StartEmbedded(context.Background(),
		pipeline.EmbeddedOptions{Dir: filepath.Join(dir, "nats"), Port: -1, Token: token, URLFile: file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if emb != nil {
			emb.Shutdown()
		}
	}()
	fi, err := os.Stat(file)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("url file: %v %v; want mode 0600", fi, err)
	}
	u, err := pipeline.ReadURLFile(file)
	if err != nil || u != emb.URL() || !strings.HasPrefix(u, "nats://"+token+"@127.0.0.1:") || strings.HasSuffix(u, ":4222") {
		t.Fatalf("url file holds %q, %v; want %q", u, err, emb.URL())
	}
	if strings.Contains(emb.ClientURL(), token) {
		t.Errorf("ClientURL %q, which is logged, shows the token", emb.ClientURL())
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	js, err := emb.JetStream() // in-process, with the token
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.EnsureStreams(ctx, js, pipeline.StreamConfig{}); err != nil {
		t.Fatalf("in-process client: %v", err)
	}
	if nc, err := nats.Connect(emb.ClientURL(), nats.MaxReconnects(0)); err == nil {
		nc.Close()
		t.Error("connected without the token")
	}
	nc, err := pipeline.Connect(ctx, u, nil)
	if err != nil {
		t.Fatalf("connect with the url file's URL: %v", err)
	}
	nc.Close()

	emb.Shutdown()
	emb = nil
	if _, err := pipeline.ReadURLFile(file); claims.ErrorKind(err) != claims.NotFound {
		t.Errorf("after shutdown: %v; want the url file gone", err)
	}

	// In-process only: no file.
	emb, err = pipeline.StartEmbedded(context.Background(),
		pipeline.EmbeddedOptions{Dir: filepath.Join(dir, "nats"), URLFile: file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("a server without a listener wrote %s: %v", file, err)
	}
}
