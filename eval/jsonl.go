package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// EachJSONL decodes documents from r one line at a time and calls fn for
// each, stopping at the first error. name labels errors.
func EachJSONL(r io.Reader, name string, fn func(line int, d Doc) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return claims.Errorf(claims.Invalid, "%s:%d: not a JSON document: %w", name, n, err)
		}
		if err := fn(n, d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return claims.Errorf(claims.Invalid, "%s: %w", name, err)
	}
	return nil
}

// AsGold wraps mentions for writing in the gold/system file format.
func AsGold(ms []claims.Mention) []GoldMention {
	out := make([]GoldMention, len(ms))
	for i, m := range ms {
		out[i] = GoldMention{Mention: m}
	}
	return out
}

// WriteJSONL writes items to path, one JSON value a line, replacing the file.
func WriteJSONL[T any](path string, items []T) error {
	f, err := os.Create(path)
	if err != nil {
		return claims.Errorf(claims.Internal, "write %s: %w", path, err)
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			f.Close()
			return claims.Errorf(claims.Internal, "write %s: %w", path, err)
		}
	}
	if err := errors.Join(bw.Flush(), f.Close()); err != nil {
		return claims.Errorf(claims.Internal, "write %s: %w", path, err)
	}
	return nil
}
