package eval

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/temporal"
)

// TE3Scores are TempEval-3 Task A figures, token-based as its scorer
// defines them: strict = same extent, relaxed = the extents share a token;
// value F1 = relaxed F1 x the share of relaxed matches whose TIMEX3 value is
// equal (after NormValue's trivial normalisation).
type TE3Scores struct {
	Docs, Gold, Sys               int
	StrictTP, RelaxedTP, ValueOK  int
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	ValueAcc, ValueF1             float64
}

// OverlapValue is the value accuracy over one-to-one overlap matches (any
// overlap, types collapsed), the figure MEANTIME's "value accuracy on
// matches" means.
type OverlapValue struct {
	Matches, ValueOK int
	Acc              float64
}

// DatesReport is everything `eval dates` measures.
type DatesReport struct {
	TE3 TE3Scores
	// MEANTIME TIMEX: rows with types collapsed to TIMEX, then per type.
	Meantime          []Row
	MeantimeByType    []Row
	MeantimeOverlapVA OverlapValue
	// Recognizers-Text DateTime cases, collapsed to TIMEX and per type.
	RT          []Row
	RTByType    []Row
	RTOverlapVA OverlapValue
	// Misses, for reading: "set doc: gold ... | sys ..." lines.
	Misses []string
}

var timexTypes = []string{claims.TypeDate, claims.TypeTime, claims.TypeDuration, claims.TypeSet}

func collapseTimex() map[string]string {
	return map[string]string{"DATE": "TIMEX", "TIME": "TIMEX", "DURATION": "TIMEX", "SET": "TIMEX"}
}

// ParseDCT reads a document creation time: 2006-01-02, 02-01-2006
// (day first, as MEANTIME writes one), RFC 3339, or a date followed by
// anything (2006-01-02 15:04, as extractors.ParseDate reads a publication
// date); "" gives the zero time.
func ParseDCT(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "02-01-2006", time.RFC3339, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if len(s) > len("2006-01-02") {
		if t, err := time.Parse("2006-01-02", s[:len("2006-01-02")]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, claims.Errorf(claims.Invalid, "dct %q: not a date", s)
}

// TagDocs runs the temporal tagger over docs and returns system mentions.
func TagDocs(ctx context.Context, tg *temporal.Tagger, docs []Doc) ([]GoldDoc, error) {
	out := make([]GoldDoc, 0, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		dct, err := ParseDCT(d.DCT)
		if err != nil {
			return nil, fmt.Errorf("doc %s: %w", d.ID, err)
		}
		ms := tg.Tag(d.Text, dct)
		g := GoldDoc{ID: d.ID}
		for _, m := range ms {
			g.Mentions = append(g.Mentions, GoldMention{Mention: m})
		}
		out = append(out, g)
	}
	return out, nil
}

// EvalDates scores the temporal tagger on the shared temporal sets under
// sharedDataDir (the shared "data" folder) and prints the figures to w.
func EvalDates(ctx context.Context, sharedDataDir string, w io.Writer) (*DatesReport, error) {
	dir := filepath.Join(sharedDataDir, "scoring")
	tg := temporal.New()
	rep := &DatesReport{}

	load := func(docsName, goldName string) ([]Doc, []GoldDoc, []GoldDoc, error) {
		docs, err := ReadJSONL[Doc](filepath.Join(dir, docsName))
		if err != nil {
			return nil, nil, nil, err
		}
		gold, err := ReadJSONL[GoldDoc](filepath.Join(dir, goldName))
		if err != nil {
			return nil, nil, nil, err
		}
		sys, err := TagDocs(ctx, tg, docs)
		if err != nil {
			return nil, nil, nil, err
		}
		return docs, gold, sys, nil
	}

	// TempEval-3 platinum
	docs, gold, sys, err := load("te3.docs.jsonl", "te3.gold.jsonl")
	if err != nil {
		return nil, err
	}
	rep.TE3 = scoreTE3(docs, gold, sys)
	rep.Misses = append(rep.Misses, misses("te3", docs, gold, sys)...)
	t := rep.TE3
	fmt.Fprintf(w, "== TempEval-3 platinum (%d docs, %d gold timexes, %d system)\n", t.Docs, t.Gold, t.Sys)
	fmt.Fprintf(w, "strict   P %.3f R %.3f F1 %.3f (%d matches)\n", t.StrictP, t.StrictR, t.StrictF1, t.StrictTP)
	fmt.Fprintf(w, "relaxed  P %.3f R %.3f F1 %.3f (%d matches)\n", t.RelaxedP, t.RelaxedR, t.RelaxedF1, t.RelaxedTP)
	fmt.Fprintf(w, "value    accuracy %.3f (%d/%d relaxed matches)  value F1 %.3f\n", t.ValueAcc, t.ValueOK, t.RelaxedTP, t.ValueF1)

	// MEANTIME
	docs, gold, sys, err = load("meantime.docs.jsonl", "meantime-timex.gold.jsonl")
	if err != nil {
		return nil, err
	}
	sc := Scorer{Types: timexTypes, Collapse: collapseTimex()}
	full := sc.Score(gold, sys)
	sys = meantimeScope(docs, sys)
	rep.Meantime = sc.Score(gold, sys)
	rep.MeantimeByType = (&Scorer{Types: timexTypes}).Score(gold, sys)
	rep.MeantimeOverlapVA = overlapValue(gold, sys)
	rep.Misses = append(rep.Misses, misses("meantime", docs, gold, sys)...)
	PrintRows(w, fmt.Sprintf("MEANTIME TIMEX (%d docs), types collapsed", len(docs)), rep.Meantime)
	PrintRows(w, "MEANTIME TIMEX per type", rep.MeantimeByType)
	PrintRows(w, "MEANTIME TIMEX, whole documents (beyond the annotated scope)", full)
	fmt.Fprintf(w, "value accuracy on overlap matches %.3f (%d/%d)\n", rep.MeantimeOverlapVA.Acc, rep.MeantimeOverlapVA.ValueOK, rep.MeantimeOverlapVA.Matches)

	// Recognizers-Text
	docs, gold, sys, err = load("rt-datetime.docs.jsonl", "rt-datetime.gold.jsonl")
	if err != nil {
		return nil, err
	}
	rep.RT = sc.Score(gold, sys)
	rep.RTByType = (&Scorer{Types: timexTypes}).Score(gold, sys)
	rep.RTOverlapVA = overlapValue(gold, sys)
	rep.Misses = append(rep.Misses, misses("rt", docs, gold, sys)...)
	PrintRows(w, fmt.Sprintf("Recognizers-Text DateTime (%d cases), types collapsed", len(docs)), rep.RT)
	PrintRows(w, "Recognizers-Text DateTime per type", rep.RTByType)
	fmt.Fprintf(w, "value accuracy on overlap matches %.3f (%d/%d)\n", rep.RTOverlapVA.Acc, rep.RTOverlapVA.ValueOK, rep.RTOverlapVA.Matches)
	return rep, nil
}

// MeantimeScopeLines is how many lines of a MEANTIME document carry TIMEX
// annotation: the title, the creation-time line and the first four
// sentences (MEANTIME annotates times and events in the first sentences of
// each article only; its gold never goes further). System mentions beyond
// them are left out of the headline score, which the whole-document row
// shows too.
const MeantimeScopeLines = 6

// meantimeScope drops system mentions that start after the annotated lines.
func meantimeScope(docs []Doc, sys []GoldDoc) []GoldDoc {
	limit := map[string]int{}
	for _, d := range docs {
		end, n := len(d.Text), 0
		for i := 0; i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				n++
				if n == MeantimeScopeLines {
					end = i
					break
				}
			}
		}
		limit[d.ID] = end
	}
	out := make([]GoldDoc, len(sys))
	for i, d := range sys {
		out[i] = GoldDoc{ID: d.ID}
		for _, m := range d.Mentions {
			if m.Start < limit[d.ID] {
				out[i].Mentions = append(out[i].Mentions, m)
			}
		}
	}
	return out
}

// te3Tokens returns the token index range [a, b) a span covers, tokens being
// letter/digit runs and single other non-space runes.
type tokSpan struct{ s, e int }

func te3Tokens(text string) []tokSpan {
	var out []tokSpan
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			out = append(out, tokSpan{i, j})
			i = j
		default:
			out = append(out, tokSpan{i, i + n})
			i += n
		}
	}
	return out
}

// tokRange maps a byte span to the tokens it touches.
func tokRange(toks []tokSpan, s, e int) (int, int) {
	a := sort.Search(len(toks), func(k int) bool { return toks[k].e > s })
	b := a
	for b < len(toks) && toks[b].s < e {
		b++
	}
	return a, b
}

func scoreTE3(docs []Doc, gold, sys []GoldDoc) TE3Scores {
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	sysBy := map[string]GoldDoc{}
	for _, d := range sys {
		sysBy[d.ID] = d
	}
	var t TE3Scores
	t.Docs = len(gold)
	for _, g := range gold {
		toks := te3Tokens(text[g.ID])
		type tm struct {
			a, b int
			v    string
		}
		conv := func(ms []GoldMention) []tm {
			var out []tm
			for _, m := range ms {
				a, b := tokRange(toks, m.Start, m.End)
				if a < b {
					out = append(out, tm{a, b, m.Value})
				}
			}
			return out
		}
		gs, ss := conv(g.Mentions), conv(sysBy[g.ID].Mentions)
		t.Gold += len(gs)
		t.Sys += len(ss)
		for _, x := range gs {
			for _, y := range ss {
				if x.a == y.a && x.b == y.b {
					t.StrictTP++
					break
				}
			}
		}
		// relaxed: one-to-one, exact extents first, then largest overlap
		var gsp, ssp []span
		for _, x := range gs {
			gsp = append(gsp, span{x.a, x.b})
		}
		for _, y := range ss {
			ssp = append(ssp, span{y.a, y.b})
		}
		for _, p := range overlapPairs(gsp, ssp) {
			t.RelaxedTP++
			if NormValue(gs[p[0]].v, "DATE") == NormValue(ss[p[1]].v, "DATE") {
				t.ValueOK++
			}
		}
	}
	t.StrictP, t.StrictR, t.StrictF1 = PRF(t.StrictTP, t.Sys, t.StrictTP, t.Gold)
	t.RelaxedP, t.RelaxedR, t.RelaxedF1 = PRF(t.RelaxedTP, t.Sys, t.RelaxedTP, t.Gold)
	if t.RelaxedTP > 0 {
		t.ValueAcc = float64(t.ValueOK) / float64(t.RelaxedTP)
	}
	t.ValueF1 = t.RelaxedF1 * t.ValueAcc
	return t
}

// overlapPairs matches gold and system spans one-to-one as score.py does —
// exact pairs first, then the largest overlap, then the closest starts — and
// returns the (gold, system) index pairs.
func overlapPairs(gold, sys []span) [][2]int {
	type pair struct{ exact, ov, dist, gi, si int }
	var pairs []pair
	for gi, g := range gold {
		for si, s := range sys {
			ov := min(g.e, s.e) - max(g.s, s.s)
			if ov > 0 || (ov == 0 && g == s) {
				ex := 0
				if g == s {
					ex = 1
				}
				d := g.s - s.s
				if d < 0 {
					d = -d
				}
				pairs = append(pairs, pair{ex, ov, -d, gi, si})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.exact != b.exact {
			return a.exact > b.exact
		}
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.dist != b.dist {
			return a.dist > b.dist
		}
		if a.gi != b.gi {
			return a.gi > b.gi
		}
		return a.si > b.si
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, p := range pairs {
		if usedG[p.gi] || usedS[p.si] {
			continue
		}
		usedG[p.gi], usedS[p.si] = true, true
		out = append(out, [2]int{p.gi, p.si})
	}
	return out
}

// overlapValue is the value accuracy over one-to-one overlap matches with
// TIMEX types collapsed; a gold alt_value counts as the value.
func overlapValue(gold, sys []GoldDoc) OverlapValue {
	sysBy := map[string]GoldDoc{}
	for _, d := range sys {
		sysBy[d.ID] = d
	}
	var ov OverlapValue
	sc := Scorer{Collapse: collapseTimex()}
	for _, g := range gold {
		gm := sc.mapped(g.Mentions, nil)
		sm := sc.mapped(sysBy[g.ID].Mentions, g.Ignore)
		var gsp, ssp []span
		for _, m := range gm {
			gsp = append(gsp, m.span)
		}
		for _, m := range sm {
			ssp = append(ssp, m.span)
		}
		for _, p := range overlapPairs(gsp, ssp) {
			gv := gm[p[0]]
			if gv.val == "" {
				continue
			}
			ov.Matches++
			sv := NormValue(sm[p[1]].val, "DATE")
			ok := sv == NormValue(gv.val, "DATE")
			for _, a := range gv.alts {
				ok = ok || sv == NormValue(a, "DATE")
			}
			if ok {
				ov.ValueOK++
			}
		}
	}
	if ov.Matches > 0 {
		ov.Acc = float64(ov.ValueOK) / float64(ov.Matches)
	}
	return ov
}

// misses lists, per document, gold and system mentions that do not agree
// exactly (span, type and value), for reading.
func misses(set string, docs []Doc, gold, sys []GoldDoc) []string {
	sysBy := map[string]GoldDoc{}
	for _, d := range sys {
		sysBy[d.ID] = d
	}
	key := func(m GoldMention) string {
		return fmt.Sprintf("%d:%d %q=%s", m.Start, m.End, m.Text, NormValue(m.Value, "DATE"))
	}
	var out []string
	for _, g := range gold {
		gk := map[string]bool{}
		for _, m := range g.Mentions {
			gk[key(m)] = true
		}
		sk := map[string]bool{}
		for _, m := range sysBy[g.ID].Mentions {
			sk[key(m)] = true
		}
		for _, m := range g.Mentions {
			if !sk[key(m)] {
				ok := false
				for _, a := range m.AltValues {
					for _, s := range sysBy[g.ID].Mentions {
						if s.Start == m.Start && s.End == m.End && NormValue(s.Value, "DATE") == NormValue(a, "DATE") {
							ok = true
						}
					}
				}
				if !ok {
					out = append(out, fmt.Sprintf("%s %s gold %s", set, g.ID, key(m)))
				}
			}
		}
		for _, m := range sysBy[g.ID].Mentions {
			ignored := false
			for _, ig := range g.Ignore {
				ignored = ignored || min(m.End, ig.End) > max(m.Start, ig.Start)
			}
			if !gk[key(m)] && !ignored {
				out = append(out, fmt.Sprintf("%s %s sys  %s", set, g.ID, key(m)))
			}
		}
	}
	return out
}
