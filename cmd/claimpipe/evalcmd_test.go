package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalMissingData: every evaluation given a --data folder that does not
// exist fails naming the missing path once (eval ner said "open X: open X:
// no such file or directory") and saying the gold data is not in the
// repository.
func TestEvalMissingData(t *testing.T) {
	var evals []string
	for _, c := range newRoot(&globals{}).Commands() {
		if c.Name() == "eval" {
			for _, s := range c.Commands() {
				evals = append(evals, s.Name())
			}
		}
	}
	if len(evals) < 7 {
		t.Fatalf("eval has %v", evals)
	}
	missing := filepath.Join(t.TempDir(), "nosuch")
	for _, name := range evals {
		t.Run(name, func(t *testing.T) {
			args := []string{"eval", name, "--data", missing}
			if name == "sentences" { // its rules are found, its MEANTIME boundaries not
				args = append(args, "--rules", "../../extractors/segment/testdata/golden_rules_en.json")
			}
			_, errOut, err := claimpipe(t, args...)
			if exitCode(err) != 1 {
				t.Fatalf("exit %d, want 1\n%s", exitCode(err), errOut)
			}
			if n := strings.Count(errOut, missing); n != 1 {
				t.Errorf("stderr names %s %d times, want once: %q", missing, n, errOut)
			}
			// It says where the data comes from: not this repository.
			if !strings.Contains(errOut, "no such folder; the gold data sets are not in this repository") {
				t.Errorf("stderr %q does not say where the gold data is", errOut)
			}
		})
	}
	_, errOut, err := claimpipe(t, "eval", "sentences", "--rules", missing)
	if exitCode(err) != 1 || strings.Count(errOut, missing) != 1 || !strings.Contains(errOut, "sentence rules") {
		t.Errorf("eval sentences --rules %s: exit %d, stderr %q; want the rules file named once", missing, exitCode(err), errOut)
	}
}
