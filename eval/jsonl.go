package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// EachJSONL decodes documents (FORMAT.md section 1) from r one line at a
// time and calls fn for each, stopping at the first error. A document must
// have an "id" and a "text", both strings, and may have a "dct" that
// ParseDCT reads; any other line is refused, naming name, the line and the
// field.
func EachJSONL(r io.Reader, name string, fn func(line int, d Doc) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		d, err := decodeDoc([]byte(line))
		if err != nil {
			return claims.Errorf(claims.Invalid, "%s:%d: %w", name, n, err)
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

// decodeDoc decodes one input document and checks its fields.
func decodeDoc(line []byte) (Doc, error) {
	var in struct {
		ID   *string `json:"id"`
		Text *string `json:"text"`
		DCT  *string `json:"dct"`
	}
	if err := json.Unmarshal(line, &in); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return Doc{}, fmt.Errorf("%q is a JSON %s, want a string (FORMAT.md section 1)", te.Field, te.Value)
		}
		if errors.As(err, &te) {
			// The line is valid JSON, but an array, a string or a number.
			return Doc{}, fmt.Errorf(`a JSON %s, want an object {"id", "text", "dct"} (FORMAT.md section 1)`, te.Value)
		}
		return Doc{}, fmt.Errorf("not a JSON document: %w", err)
	}
	if in.ID == nil || *in.ID == "" {
		return Doc{}, errors.New(`no "id": each document needs one, which its line of mentions repeats (FORMAT.md section 1)`)
	}
	if in.Text == nil {
		return Doc{}, fmt.Errorf(`document %q has no "text" (FORMAT.md section 1)`, *in.ID)
	}
	d := Doc{ID: *in.ID, Text: *in.Text}
	if in.DCT != nil {
		if _, err := ParseDCT(*in.DCT); err != nil {
			return Doc{}, fmt.Errorf(`document %q: "dct" %q is not a date: want YYYY-MM-DD (or DD-MM-YYYY, RFC 3339), or leave it out (FORMAT.md section 1)`, *in.ID, *in.DCT)
		}
		d.DCT = *in.DCT
	}
	return d, nil
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
