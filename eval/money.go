package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/money"
)

// MoneyReport holds the money scores EvalMoney prints.
type MoneyReport struct {
	// Recognizers-Text Currency cases, MONEY only.
	RT          []Row
	RTCases     int
	RTPassed    int
	RTCaseRate  float64
	RTDocs      int
	MeantimeDoc int
	// MEANTIME MONEY and PERCENT (spans only: overlap F1 is the measure),
	// over the annotated sentences and over whole documents.
	Meantime      []Row
	MeantimeWhole []Row
}

// RowOf returns the row of typ in rows, or a zero Row.
func RowOf(rows []Row, typ string) Row {
	for _, r := range rows {
		if r.Type == typ {
			return r
		}
	}
	return Row{Type: typ}
}

// scoringDir finds data/scoring under dir, which may be the shared folder,
// its data folder or the scoring folder itself.
func scoringDir(dir string) (string, error) {
	for _, c := range []string{filepath.Join(dir, "data", "scoring"), filepath.Join(dir, "scoring"), dir} {
		if st, err := os.Stat(filepath.Join(c, "rt-currency.gold.jsonl")); err == nil && !st.IsDir() {
			return c, nil
		}
	}
	return "", claims.Errorf(claims.NotFound, "no scoring data (rt-currency.gold.jsonl) under %q", dir)
}

// EvalMoney runs the money finder over the Recognizers-Text Currency cases
// and the MEANTIME documents under sharedDataDir (the shared folder or its
// data folder) and writes their scores to w: RT exact and overlap P/R/F1 and
// value accuracy for MONEY with the case pass rate, and MEANTIME MONEY and
// PERCENT overlap F1, each with its counts.
func EvalMoney(ctx context.Context, sharedDataDir string, w io.Writer) (MoneyReport, error) {
	var rep MoneyReport
	dir, err := scoringDir(sharedDataDir)
	if err != nil {
		return rep, err
	}
	f := money.New()
	run := func(docsFile string) ([]Doc, []GoldDoc, error) {
		docs, err := ReadJSONL[Doc](filepath.Join(dir, docsFile))
		if err != nil {
			return nil, nil, err
		}
		sys := make([]GoldDoc, 0, len(docs))
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			var ms []GoldMention
			for _, m := range f.Find(d.Text) {
				ms = append(ms, GoldMention{Mention: m})
			}
			sys = append(sys, GoldDoc{ID: d.ID, Mentions: ms})
		}
		return docs, sys, nil
	}

	// Recognizers-Text Currency
	docs, sys, err := run("rt-currency.docs.jsonl")
	if err != nil {
		return rep, err
	}
	gold, err := ReadJSONL[GoldDoc](filepath.Join(dir, "rt-currency.gold.jsonl"))
	if err != nil {
		return rep, err
	}
	sc := Scorer{Types: []string{claims.TypeMoney}}
	rep.RT = sc.Score(gold, sys)
	rep.RTDocs = len(docs)
	rep.RTCases, rep.RTPassed = casePasses(gold, sys)
	if rep.RTCases > 0 {
		rep.RTCaseRate = float64(rep.RTPassed) / float64(rep.RTCases)
	}
	PrintRows(w, fmt.Sprintf("Recognizers-Text Currency (%d cases, MONEY exact spans and values)", len(docs)), rep.RT)
	fmt.Fprintf(w, "cases passed: %d/%d = %.3f (every expected amount: span, currency and amount right, nothing else)\n",
		rep.RTPassed, rep.RTCases, rep.RTCaseRate)
	fmt.Fprintln(w, "  reference (full set, REFERENCE-SCORES.md): Recognizers-Text .NET 0.983, Python 0.72, JavaScript 0.71")

	// MEANTIME
	docs, sys, err = run("meantime.docs.jsonl")
	if err != nil {
		return rep, err
	}
	gold, err = ReadJSONL[GoldDoc](filepath.Join(dir, "meantime-money.gold.jsonl"))
	if err != nil {
		return rep, err
	}
	rep.MeantimeDoc = len(docs)
	sc = Scorer{Types: []string{claims.TypeMoney, claims.TypePercent}}
	rep.MeantimeWhole = sc.Score(gold, sys)
	rep.Meantime = sc.Score(gold, annotatedOnly(docs, sys, meantimeLines))
	PrintRows(w, fmt.Sprintf("MEANTIME money (%d documents, title and first sentences as annotated; spans only: overlap F1 is the measure)", len(docs)), rep.Meantime)
	PrintRows(w, "MEANTIME money, whole documents (values outside the annotated sentences count as false positives)", rep.MeantimeWhole)
	return rep, nil
}

// meantimeLines is how many lines of a MEANTIME document carry VALUE
// annotation: the title, the date line and the first four sentences. MEANTIME
// annotated events, times and values in the first sentences of each article
// only (every MONEY, PERCENT and TIMEX gold mention lies there), so a system
// mention below them can be neither right nor wrong.
const meantimeLines = 6

// annotatedOnly drops the mentions (system or gold; ignore spans are kept)
// that start after the first lines lines of their document.
func annotatedOnly(docs []Doc, sys []GoldDoc, lines int) []GoldDoc {
	limit := make(map[string]int, len(docs))
	for _, d := range docs {
		end, n := len(d.Text), 0
		for i := 0; i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				if n++; n == lines {
					end = i
					break
				}
			}
		}
		limit[d.ID] = end
	}
	out := make([]GoldDoc, len(sys))
	for i, d := range sys {
		out[i] = GoldDoc{ID: d.ID, Ignore: d.Ignore}
		for _, m := range d.Mentions {
			if m.Start < limit[d.ID] {
				out[i].Mentions = append(out[i].Mentions, m)
			}
		}
	}
	return out
}

// casePasses counts the Recognizers-Text cases whose MONEY output equals the
// expected results: the same spans, each with the expected value (compared
// as NormValue does), and no other amount. A case expecting nothing passes
// when nothing is found.
func casePasses(gold, sys []GoldDoc) (cases, passed int) {
	byID := make(map[string]GoldDoc, len(sys))
	for _, d := range sys {
		byID[d.ID] = d
	}
	for _, g := range gold {
		cases++
		got := map[[2]int]string{}
		for _, m := range byID[g.ID].Mentions {
			if m.Type == claims.TypeMoney {
				got[[2]int{m.Start, m.End}] = m.Value
			}
		}
		ok := 0
		for _, m := range g.Mentions {
			v, found := got[[2]int{m.Start, m.End}]
			if !found {
				continue
			}
			if m.Value == "" || NormValue(v, "MONEY") == NormValue(m.Value, "MONEY") {
				ok++
			}
		}
		if ok == len(g.Mentions) && len(got) == len(g.Mentions) {
			passed++
		}
	}
	return cases, passed
}
