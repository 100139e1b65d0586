package eval

import (
	"bytes"
	"context"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
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

func TestCasePasses(t *testing.T) {
	gm := func(s, e int, v string) GoldMention {
		return GoldMention{Mention: claims.Mention{Start: s, End: e, Type: claims.TypeMoney, Value: v}}
	}
	gold := []GoldDoc{
		{ID: "a", Mentions: []GoldMention{gm(0, 4, "USD 5")}},
		{ID: "b", Mentions: []GoldMention{gm(0, 4, "USD 5")}},
		{ID: "c", Mentions: []GoldMention{gm(0, 4, "USD 5"), gm(6, 9, "")}},
		{ID: "d"},
		{ID: "e"},
		{ID: "f", Mentions: []GoldMention{gm(0, 4, "USD 5")}},
	}
	sys := []GoldDoc{
		{ID: "a", Mentions: []GoldMention{gm(0, 4, "USD 5.00")}}, // same decimal: pass
		{ID: "b", Mentions: []GoldMention{gm(0, 4, "EUR 5")}},    // wrong currency
		{ID: "c", Mentions: []GoldMention{gm(0, 4, "USD 5"), gm(6, 9, "")}},
		{ID: "d"}, // nothing expected, nothing found: pass
		{ID: "e", Mentions: []GoldMention{gm(1, 2, "USD 1")}},                    // spurious
		{ID: "f", Mentions: []GoldMention{gm(0, 4, "USD 5"), gm(5, 6, "USD 1")}}, // extra
	}
	cases, passed := casePasses(gold, sys)
	if cases != 6 || passed != 3 {
		t.Fatalf("cases %d passed %d, want 6 and 3", cases, passed)
	}
}

func TestAnnotatedOnly(t *testing.T) {
	docs := []Doc{{ID: "x", Text: "l0\nl1\nl2 $5\nl3"}}
	sys := []GoldDoc{{ID: "x", Mentions: []GoldMention{
		{Mention: claims.Mention{Start: 0, End: 2}},
		{Mention: claims.Mention{Start: 9, End: 11}},
		{Mention: claims.Mention{Start: 13, End: 15}},
	}}}
	got := annotatedOnly(docs, sys, 3)
	if n := len(got[0].Mentions); n != 2 {
		t.Fatalf("kept %d mentions, want 2 (lines 0-2)", n)
	}
}
