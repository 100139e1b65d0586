package sources

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestFileSeen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "seen.jsonl")
	s, err := OpenFileSeen(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Seen(ctx, "https://a.example/1"); ok {
		t.Error("fresh file has a key")
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.MarkSeen(ctx, fmt.Sprintf("https://a.example/%d", i%10)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if s.Len() != 10 {
		t.Errorf("%d keys, want 10", s.Len())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSeen(ctx, "x"); err == nil {
		t.Error("MarkSeen after Close succeeded")
	}
	data, _ := os.ReadFile(path)
	if n := strings.Count(string(data), "\n"); n != 10 {
		t.Errorf("file has %d lines, want 10 (no duplicate appends)", n)
	}

	// A crash mid-write leaves a torn line: it is skipped, and the next
	// append does not run into it.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"key":"https://a.example/torn","at":"2024-`)
	f.Close()
	s, err = OpenFileSeen(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.Seen(ctx, "https://a.example/torn"); ok || s.Len() != 10 {
		t.Errorf("torn line read as a key (len %d)", s.Len())
	}
	if err := s.MarkSeen(ctx, "https://a.example/new"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenFileSeen(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, k := range []string{"https://a.example/0", "https://a.example/9", "https://a.example/new"} {
		if ok, _ := s.Seen(ctx, k); !ok {
			t.Errorf("%s lost across reopen", k)
		}
	}
}

func TestFileSeenRetention(t *testing.T) {
	path := filepath.Join(t.TempDir(), "seen.jsonl")
	old := time.Now().Add(-48 * time.Hour).UTC().Format(time.RFC3339Nano)
	recent := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339Nano)
	content := fmt.Sprintf("{\"key\":\"old\",\"at\":%q}\n{\"key\":\"recent\",\"at\":%q}\n{\"key\":\"recent\",\"at\":%q}\nnot json\n", old, recent, recent)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := OpenFileSeen(path, 24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if ok, _ := s.Seen(ctx, "old"); ok {
		t.Error("entry past retention kept")
	}
	if ok, _ := s.Seen(ctx, "recent"); !ok {
		t.Error("recent entry dropped")
	}
	data, _ := os.ReadFile(path)
	if n := strings.Count(string(data), "\n"); n != 1 {
		t.Errorf("compacted file has %d lines, want 1:\n%s", n, data)
	}
}
