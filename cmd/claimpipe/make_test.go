package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestMakeEvalHonoursData: `make eval DATA=DIR` runs every evaluation of
// `claimpipe eval` on DIR (eval sentences used to read the default
// ../shared/data whatever DATA said).
func TestMakeEvalHonoursData(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	const data = "/nonexistent/gold-data"
	out, err := exec.Command("make", "-n", "-C", "../..", "eval", "DATA="+data).Output()
	if err != nil {
		t.Fatalf("make -n eval: %v\n%s", err, out)
	}
	var ran []string
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		i := slices.Index(f, "eval")
		if i < 0 || i+1 >= len(f) {
			continue
		}
		ran = append(ran, f[i+1])
		if d := slices.Index(f, "--data"); d < 0 || d+1 >= len(f) || !strings.HasPrefix(f[d+1], data) {
			t.Errorf("make eval DATA=%s runs %q, which does not read DATA", data, line)
		}
	}
	var evals []string
	for _, c := range newRoot(&globals{}).Commands() {
		if c.Name() == "eval" {
			for _, s := range c.Commands() {
				evals = append(evals, s.Name())
			}
		}
	}
	slices.Sort(ran)
	slices.Sort(evals)
	if !slices.Equal(ran, evals) {
		t.Errorf("make eval runs %v; claimpipe eval has %v", ran, evals)
	}
}
