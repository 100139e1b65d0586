package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnnotateRefusesBadDocuments: annotate refuses a document without an
// id or text, or with a dct that is no date, naming the file, the line and
// the field (it used to annotate them, with an empty id and no date); a
// day-first dct, as MEANTIME writes it, resolves relative dates.
func TestAnnotateRefusesBadDocuments(t *testing.T) {
	good := `{"id":"d1","text":"Prices rose last Thursday.","dct":"2009-02-03"}`
	cases := []struct {
		name, doc, want string
	}{
		{"dct garbage", `{"id":"d2","text":"x","dct":"garbage"}`, `:2: document "d2": "dct" "garbage" is not a date`},
		{"no id", `{"text":"x","dct":"2009-02-03"}`, `:2: no "id"`},
		{"no text", `{"id":"d2","dct":"2009-02-03"}`, `:2: document "d2" has no "text"`},
		{"an array", `[1,2]`, `:2: a JSON array, want an object {"id", "text", "dct"}`},
		{"a string", `"d2"`, `:2: a JSON string, want an object`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := good + "\n" + c.doc + "\n"
			_, errOut, err := claimpipeIn(t, in, "annotate")
			if exitCode(err) != 1 || !strings.Contains(errOut, "standard input"+c.want) {
				t.Errorf("from stdin: exit %d, stderr %q; want exit 1 and %q", exitCode(err), errOut, "standard input"+c.want)
			}
			file := filepath.Join(t.TempDir(), "docs.jsonl")
			if err := os.WriteFile(file, []byte(in), 0o644); err != nil {
				t.Fatal(err)
			}
			_, errOut, err = claimpipe(t, "annotate", file)
			if exitCode(err) != 1 || !strings.Contains(errOut, file+c.want) {
				t.Errorf("from a file: exit %d, stderr %q; want exit 1 and %q", exitCode(err), errOut, file+c.want)
			}
		})
	}
	// "-" reads standard input, as extract and rank take it.
	if out, errOut, err := claimpipeIn(t, good+"\n", "annotate", "-"); err != nil || !strings.Contains(out, `"id":"d1"`) {
		t.Errorf("annotate -: %v %s\n%s", err, errOut, out)
	}
	out, errOut, err := claimpipeIn(t, `{"id":"m1","text":"Prices rose last Thursday.","dct":"03-02-2009"}`+"\n", "annotate")
	if err != nil || !strings.Contains(out, `"id":"m1"`) || !strings.Contains(out, `"value":"2009-01-29"`) {
		t.Errorf("annotate with a day-first dct: %v %s\n%s", err, errOut, out)
	}
}
