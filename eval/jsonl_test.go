package eval

import (
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestEachJSONL: documents as FORMAT.md section 1 has them are read, blank
// lines skipped; a line without an id or text, with a dct that is no date, or
// with a field of the wrong type is refused, naming the input, the line and
// the field.
func TestEachJSONL(t *testing.T) {
	cases := []struct {
		name, in string
		want     []Doc  // documents read
		err      string // "" for none; else what the error says
	}{
		{"documents", `{"id":"a","text":"One.","dct":"2017-11-10"}` + "\n\n" + `{"id":"b","text":"","extra":1}`,
			[]Doc{{ID: "a", Text: "One.", DCT: "2017-11-10"}, {ID: "b"}}, ""},
		{"dct day first", `{"id":"m","text":"x","dct":"03-02-2009"}`, []Doc{{ID: "m", Text: "x", DCT: "03-02-2009"}}, ""},
		{"dct with a time", `{"id":"m","text":"x","dct":"2017-11-10 09:30"}`, []Doc{{ID: "m", Text: "x", DCT: "2017-11-10 09:30"}}, ""},
		{"dct empty", `{"id":"m","text":"x","dct":""}`, []Doc{{ID: "m", Text: "x"}}, ""},
		{"dct null", `{"id":"m","text":"x","dct":null}`, []Doc{{ID: "m", Text: "x"}}, ""},
		{"dct garbage", `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"x","dct":"garbage"}`, []Doc{{ID: "a", Text: "x"}},
			`in.jsonl:2: document "b": "dct" "garbage" is not a date`},
		{"no id", "\n" + `{"text":"x"}`, nil, `in.jsonl:2: no "id"`},
		{"empty id", `{"id":"","text":"x"}`, nil, `in.jsonl:1: no "id"`},
		{"id a number", `{"id":17,"text":"x"}`, nil, `in.jsonl:1: "id" is a JSON number, want a string`},
		{"no text", `{"id":"a","body":"x"}`, nil, `in.jsonl:1: document "a" has no "text"`},
		{"dct a number", `{"id":"a","text":"x","dct":2017}`, nil, `in.jsonl:1: "dct" is a JSON number, want a string`},
		{"not JSON", `{"id":"a",`, nil, `in.jsonl:1: not a JSON document`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []Doc
			err := EachJSONL(strings.NewReader(c.in), "in.jsonl", func(line int, d Doc) error {
				got = append(got, d)
				return nil
			})
			if c.err == "" && err != nil || c.err != "" && (claims.ErrorKind(err) != claims.Invalid || !strings.Contains(err.Error(), c.err)) {
				t.Errorf("error %v, want %q", err, c.err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("read %+v, want %+v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("document %d: %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
}
