package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDates scores the temporal tagger on the shared development halves
// and holds it to the floors. Set CLAIMPIPE_MISSES=1 to print every
// disagreement with the gold.
func TestEvalDates(t *testing.T) {
	shared, ok := SharedDir()
	if !ok {
		t.Skip("SKIP: shared data not found (set CLAIMPIPE_SHARED); temporal scores not measured")
	}
	var out strings.Builder
	rep, err := EvalDates(context.Background(), filepath.Join(shared, "data"), &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if os.Getenv("CLAIMPIPE_MISSES") != "" {
		t.Log("\n" + strings.Join(rep.Misses, "\n"))
	}
}
