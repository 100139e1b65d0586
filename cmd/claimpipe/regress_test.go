package main

import (
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
