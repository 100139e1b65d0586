package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const regressArticle = "Acme Corp paid $5 million to Globex\n\n" +
	"Acme Corp paid $5 million to Globex on July 29, 2016, according to court records filed in Boston.\n\n" +
	"The payment was the largest in the company's history, chief executive Jane Smith said on Tuesday.\n"

// fixtureSuite writes a suite folder with one fixture per entry of
// fixtures (fixture name -> file name -> content; article.txt and meta.json
// are added when missing) and returns its path.
func fixtureSuite(t *testing.T, fixtures map[string]map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, files := range fixtures {
		fdir := filepath.Join(dir, name)
		if err := os.Mkdir(fdir, 0o755); err != nil {
			t.Fatal(err)
		}
		all := map[string]string{"article.txt": regressArticle, "meta.json": `{"published": "2016-08-01"}`}
		for n, c := range files {
			all[n] = c
		}
		for n, c := range all {
			if err := os.WriteFile(filepath.Join(fdir, n), []byte(c), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

// TestRegressTodoMet: a known gap the extraction now meets is named, with
// the advice to move it out of todo; before, it fell silent.
func TestRegressTodoMet(t *testing.T) {
	dir := fixtureSuite(t, map[string]map[string]string{"acme": {
		"expect.json": `{"todo": {"mentions": [{"type": "MONEY", "value": "USD 5000000"}, {"type": "PERCENT"}]}}`,
	}})
	if _, errOut, err := claimpipe(t, "regress", "--update", dir); err != nil {
		t.Fatalf("regress --update: %v\n%s", err, errOut)
	}
	out, errOut, err := claimpipe(t, "regress", dir)
	if err != nil {
		t.Fatalf("regress: %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"todo acme: missing mention PERCENT\n",
		"todo met acme: mention MONEY = USD 5000000 (move it out of todo in expect.json)\n",
		"1 known gaps now met",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not say %q:\n%s", want, out)
		}
	}
}

// TestRegressUpdateReports: --update names each snapshot it rewrote and
// what changed in it, and leaves the others and expect.json alone; before,
// it said only "1 snapshots rewritten".
func TestRegressUpdateReports(t *testing.T) {
	expect := `{"mentions": [{"type": "MONEY", "value": "USD 5000000"}]}`
	dir := fixtureSuite(t, map[string]map[string]string{"acme": {"expect.json": expect}, "same": {}})
	out, errOut, err := claimpipe(t, "regress", "--update", dir)
	if err != nil {
		t.Fatalf("regress --update: %v\n%s", err, errOut)
	}
	for _, want := range []string{"wrote acme: new golden.json (", "wrote same: new golden.json (", "2 snapshots rewritten: acme, same\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("first --update does not say %q:\n%s", want, out)
		}
	}
	// A change in the extraction, played by an edited snapshot.
	golden := filepath.Join(dir, "acme", "golden.json")
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(b), `"kind": "quantity"`, `"kind": "other"`, 1)
	if edited == string(b) {
		t.Fatalf("no quantity claim to edit in %s", b)
	}
	if err := os.WriteFile(golden, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	sameBefore, _ := os.ReadFile(filepath.Join(dir, "same", "golden.json"))
	out, errOut, err = claimpipe(t, "regress", "--update", dir)
	if err != nil {
		t.Fatalf("regress --update: %v\n%s", err, errOut)
	}
	for _, want := range []string{
		"updated acme: golden.json rewritten; what changed:\n",
		`: kind other -> quantity`,
		"1 snapshot rewritten: acme\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("second --update does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "FAIL") || strings.Contains(out, "same:") {
		t.Errorf("second --update reports more than the rewritten snapshot:\n%s", out)
	}
	if b2, _ := os.ReadFile(golden); string(b2) != string(b) {
		t.Errorf("golden.json is not back to the extraction's")
	}
	if sameAfter, _ := os.ReadFile(filepath.Join(dir, "same", "golden.json")); string(sameAfter) != string(sameBefore) {
		t.Errorf("an unchanged snapshot was rewritten")
	}
	if e, _ := os.ReadFile(filepath.Join(dir, "acme", "expect.json")); string(e) != expect {
		t.Errorf("expect.json was rewritten: %s", e)
	}
}

// TestRegressExitStatus: 0 when the suite passes, 1 when a fixture fails, 2
// when the suite cannot be checked (bad input: it used to be 1, like a
// failing fixture), each with a message naming what is at fault.
func TestRegressExitStatus(t *testing.T) {
	ok := func(t *testing.T) string {
		dir := fixtureSuite(t, map[string]map[string]string{"acme": {}})
		if _, errOut, err := claimpipe(t, "regress", "--update", dir); err != nil {
			t.Fatalf("regress --update: %v\n%s", err, errOut)
		}
		return dir
	}
	tests := []struct {
		name   string
		args   func(t *testing.T) []string
		code   int
		out    string // in standard output
		errOut string // in standard error
	}{
		{"pass", func(t *testing.T) []string { return []string{"regress", ok(t)} }, 0, "1 passed, 0 failed", ""},
		{"must-have missing", func(t *testing.T) []string {
			dir := ok(t)
			write(t, filepath.Join(dir, "acme", "expect.json"), `{"claims": [{"contains": "nothing like this"}]}`)
			return []string{"regress", dir}
		}, 1, "FAIL acme\n    must-have: missing claim containing \"nothing like this\"", "1 of 1 fixtures failed"},
		{"no golden.json yet", func(t *testing.T) []string {
			return []string{"regress", fixtureSuite(t, map[string]map[string]string{"acme": {}})}
		}, 1, "no golden.json yet", "1 of 1 fixtures failed"},
		{"no such DIR", func(t *testing.T) []string { return []string{"regress", filepath.Join(t.TempDir(), "nope")} }, 2, "", "nope: no such file or directory"},
		{"two DIRs", func(t *testing.T) []string { return []string{"regress", "a", "b"} }, 2, "", "accepts at most 1 arg"},
		{"malformed expect.json", func(t *testing.T) []string {
			dir := ok(t)
			write(t, filepath.Join(dir, "acme", "expect.json"), "{\n  \"claims\": [}\n")
			return []string{"regress", dir}
		}, 2, "", "acme/expect.json:2:14: invalid character '}'"},
		{"malformed golden.json", func(t *testing.T) []string {
			dir := ok(t)
			write(t, filepath.Join(dir, "acme", "golden.json"), "<<<<<<< HEAD\n")
			return []string{"regress", dir}
		}, 2, "acme/golden.json:1:1: invalid character '<'", "1 of 1 fixtures could not be checked"},
		{"snapshot cannot be written", func(t *testing.T) []string {
			dir := fixtureSuite(t, map[string]map[string]string{"acme": {}})
			if err := os.Mkdir(filepath.Join(dir, "acme", "golden.json"), 0o755); err != nil {
				t.Fatal(err)
			}
			return []string{"regress", "--update", dir}
		}, 2, "fixture acme: writing golden.json: ", "1 of 1 fixtures could not be checked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := claimpipe(t, tt.args(t)...)
			if code := exitCode(err); code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.out) {
				t.Errorf("stdout does not say %q:\n%s", tt.out, out)
			}
			if !strings.Contains(errOut, tt.errOut) {
				t.Errorf("stderr does not say %q:\n%s", tt.errOut, errOut)
			}
		})
	}
}

// TestRegressUpdateRepairsGolden: --update rewrites a snapshot it cannot
// read (a merge conflict left in it) instead of failing on it.
func TestRegressUpdateRepairsGolden(t *testing.T) {
	dir := fixtureSuite(t, map[string]map[string]string{"acme": {"golden.json": "<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> theirs\n"}})
	out, errOut, err := claimpipe(t, "regress", "--update", dir)
	if err != nil || !strings.Contains(out, "wrote acme: new golden.json") {
		t.Fatalf("regress --update: %v\n%s\n%s", err, out, errOut)
	}
	if _, errOut, err := claimpipe(t, "regress", dir); err != nil {
		t.Fatalf("regress after --update: %v\n%s", err, errOut)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRegressJSON: --json prints one object a CI system can read, with the
// same exit status as the text report.
func TestRegressJSON(t *testing.T) {
	dir := fixtureSuite(t, map[string]map[string]string{
		"a-pass":  {"expect.json": `{"todo": {"mentions": [{"type": "MONEY"}, {"type": "PERCENT"}]}}`},
		"b-fail":  {},
		"c-error": {},
	})
	if _, errOut, err := claimpipe(t, "regress", "--update", dir); err != nil {
		t.Fatalf("regress --update: %v\n%s", err, errOut)
	}
	write(t, filepath.Join(dir, "b-fail", "expect.json"), `{"claims": [{"contains": "nothing like this"}]}`)
	write(t, filepath.Join(dir, "c-error", "golden.json"), `{`)
	out, errOut, err := claimpipe(t, "regress", "--json", dir)
	if code := exitCode(err); code != 2 {
		t.Errorf("exit %d, want 2 (a fixture could not be checked)\n%s", code, errOut)
	}
	var rep struct {
		Passed, Failed, Errors, Updated, Todo int
		TodoMet                               int `json:"todo_met"`
		Fixtures                              []struct {
			Name, Status, Error string
			Missing, Diff, Todo []string
			TodoMet             []string `json:"todo_met"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if rep.Passed != 1 || rep.Failed != 2 || rep.Errors != 1 || rep.Todo != 1 || rep.TodoMet != 1 || len(rep.Fixtures) != 3 {
		t.Fatalf("counts wrong: %+v", rep)
	}
	a, b, c := rep.Fixtures[0], rep.Fixtures[1], rep.Fixtures[2]
	if a.Name != "a-pass" || a.Status != "pass" || len(a.Todo) != 1 || len(a.TodoMet) != 1 {
		t.Errorf("a-pass: %+v", a)
	}
	if b.Name != "b-fail" || b.Status != "fail" || len(b.Missing) != 1 || !strings.Contains(b.Missing[0], "nothing like this") {
		t.Errorf("b-fail: %+v", b)
	}
	if c.Name != "c-error" || c.Status != "error" || !strings.Contains(c.Error, "c-error/golden.json:1:") {
		t.Errorf("c-error: %+v", c)
	}
	// Without the broken fixture the status is 1, and the JSON says why.
	if err := os.RemoveAll(filepath.Join(dir, "c-error")); err != nil {
		t.Fatal(err)
	}
	out, _, err = claimpipe(t, "regress", "--json", dir)
	if code := exitCode(err); code != 1 || !strings.Contains(out, `"status": "fail"`) {
		t.Errorf("exit %d, want 1:\n%s", code, out)
	}
}

// TestRegressEmptyArticle: an article the engine refuses is an error
// (exit 2) that names the fixture and the file once.
func TestRegressEmptyArticle(t *testing.T) {
	dir := fixtureSuite(t, map[string]map[string]string{"blank": {"article.txt": "  \n"}})
	out, errOut, err := claimpipe(t, "regress", dir)
	path := filepath.Join(dir, "blank", "article.txt")
	if exitCode(err) != 2 || !strings.Contains(out, "error: fixture blank: extracting: "+path+": ") || strings.Count(out, path) != 1 {
		t.Errorf("exit %d, want 2 and the fixture and its file named once:\n%s\n%s", exitCode(err), out, errOut)
	}
}
