package eval

import (
	"bytes"
	"context"
	"testing"
)

// TestEvalMoney holds the money finder to the floors on the
// development halves: RT Currency exact F1 >= 0.95 and value accuracy >= 0.92
// of gold, MEANTIME MONEY overlap F1 >= 0.75.
func TestEvalMoney(t *testing.T) {
	dir, ok := SharedDir()
	if !ok {
		t.Skip("SKIPPED: shared data not found (set CLAIMPIPE_SHARED); money floors not checked")
	}
	var out bytes.Buffer
	rep, err := EvalMoney(context.Background(), dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	rt := RowOf(rep.RT, "MONEY")
	if rt.Gold == 0 || rep.RTCases == 0 {
		t.Fatalf("no RT gold read: %+v", rt)
	}
	if rt.ExactF1 < 0.95 {
		t.Errorf("RT Currency exact F1 %.3f < 0.95", rt.ExactF1)
	}
	if rt.ValueAccGold < 0.92 {
		t.Errorf("RT Currency value accuracy of gold %.3f < 0.92", rt.ValueAccGold)
	}
	mt := RowOf(rep.Meantime, "MONEY")
	if mt.Gold == 0 {
		t.Fatal("no MEANTIME MONEY gold read")
	}
	if mt.OverlapF1 < 0.75 {
		t.Errorf("MEANTIME MONEY overlap F1 %.3f < 0.75", mt.OverlapF1)
	}
}

func TestEvalMoneyMissingData(t *testing.T) {
	if _, err := EvalMoney(context.Background(), t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Fatal("want an error for a folder without scoring data")
	}
}
