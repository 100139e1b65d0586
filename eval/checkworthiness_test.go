package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestCheckworthinessFloors(t *testing.T) {
	shared, ok := SharedDir()
	if !ok {
		t.Skip("SKIP: shared data not found (set CLAIMPIPE_SHARED); check-worthiness floors NOT checked")
	}
	dir := filepath.Join(shared, "data", "checkworthiness")
	if _, err := os.Stat(filepath.Join(dir, ClaimBusterFile)); err != nil {
		t.Skipf("SKIP: %v; check-worthiness floors NOT checked", err)
	}
	rep, err := EvalCheckworthiness(context.Background(), dir, os.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	_ = rep
}
