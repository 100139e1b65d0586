package sources

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

// Seen remembers which items have been submitted, across restarts. The
// Watcher keys it by canonical URL. Implementations must be safe for
// concurrent use; the store backs it in `claimpipe run`, FileSeen in
// `claimpipe watch` without a store.
type Seen interface {
	Seen(ctx context.Context, key string) (bool, error)
	MarkSeen(ctx context.Context, key string) error
}

// FileSeen is a Seen kept in a JSON Lines file, one {"key","at"} object per
// line, appended and synced on each MarkSeen so that a crash loses at most
// the line being written (a torn last line is skipped on open). Opening
// rewrites the file without duplicates and without entries older than the
// retention, so it does not grow without bound.
type FileSeen struct {
	path string

	mu   sync.Mutex
	keys map[string]time.Time
	f    *os.File
}

type seenLine struct {
	Key string    `json:"key"`
	At  time.Time `json:"at"`
}

// OpenFileSeen opens (creating if needed) the seen-file at path, dropping
// entries older than retention (0 keeps everything). Call Close when done.
func OpenFileSeen(path string, retention time.Duration) (*FileSeen, error) {
	s := &FileSeen{path: path, keys: map[string]time.Time{}}
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return nil, claims.Errorf(claims.Internal, "seen file %q: %w", path, err)
	}
	lines, kept := 0, 0
	cutoff := time.Time{}
	if retention > 0 {
		cutoff = time.Now().Add(-retention)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		lines++
		var l seenLine
		if json.Unmarshal(line, &l) != nil || l.Key == "" {
			continue // a torn or foreign line
		}
		if !cutoff.IsZero() && l.At.Before(cutoff) {
			continue
		}
		if prev, ok := s.keys[l.Key]; !ok || l.At.Before(prev) {
			s.keys[l.Key] = l.At
		}
	}
	kept = len(s.keys)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, claims.Errorf(claims.Internal, "seen file %q: %w", path, err)
	}
	if kept != lines || (len(data) > 0 && data[len(data)-1] != '\n') {
		if err := s.rewrite(); err != nil {
			return nil, err
		}
	}
	s.f, err = os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "seen file %q: %w", path, err)
	}
	return s, nil
}

// rewrite replaces the file with the current keys, atomically.
func (s *FileSeen) rewrite() error {
	tmp, err := os.CreateTemp(filepath.Dir(s.path), filepath.Base(s.path)+".tmp*")
	if err != nil {
		return claims.Errorf(claims.Internal, "seen file %q: %w", s.path, err)
	}
	w := bufio.NewWriter(tmp)
	enc := json.NewEncoder(w)
	for k, at := range s.keys {
		if err := enc.Encode(seenLine{Key: k, At: at}); err != nil {
			break
		}
	}
	err = w.Flush()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), s.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return claims.Errorf(claims.Internal, "seen file %q: rewriting: %w", s.path, err)
	}
	return nil
}

// Seen reports whether key was marked.
func (s *FileSeen) Seen(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.keys[key]
	return ok, nil
}

// MarkSeen records key and syncs it to disk before returning.
func (s *FileSeen) MarkSeen(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.keys[key]; ok {
		return nil
	}
	if s.f == nil {
		return claims.Errorf(claims.Internal, "seen file %q is closed", s.path)
	}
	line, err := json.Marshal(seenLine{Key: key, At: time.Now().UTC()})
	if err != nil {
		return claims.Errorf(claims.Internal, "seen file %q: %w", s.path, err)
	}
	if _, err := s.f.Write(append(line, '\n')); err != nil {
		return claims.Errorf(claims.Internal, "seen file %q: writing: %w", s.path, err)
	}
	if err := s.f.Sync(); err != nil {
		return claims.Errorf(claims.Internal, "seen file %q: syncing: %w", s.path, err)
	}
	s.keys[key] = time.Now().UTC()
	return nil
}

// Len is the number of keys remembered.
func (s *FileSeen) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.keys)
}

// Close closes the file; later MarkSeen calls fail.
func (s *FileSeen) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	if err != nil {
		return fmt.Errorf("seen file %q: %w", s.path, err)
	}
	return nil
}
