package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

// Doc is a FORMAT.md input document.
type Doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	DCT  string `json:"dct,omitempty"`
}

// GoldMention is a FORMAT.md mention as gold files carry it.
type GoldMention struct {
	claims.Mention
	AltValues []string `json:"alt_values,omitempty"`
}

// GoldDoc is one line of a gold (or system) mentions file.
type GoldDoc struct {
	ID       string        `json:"id"`
	Mentions []GoldMention `json:"mentions"`
	Ignore   []claims.Span `json:"ignore,omitempty"`
}

// ReadJSONL decodes one JSON value per non-empty line of path into a slice of T.
func ReadJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var v T
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			return nil, claims.Errorf(claims.Invalid, "%s:%d: %w", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, claims.Errorf(claims.Invalid, "read %s: %w", path, err)
	}
	return out, nil
}

// TypeStats are the counts behind one type's scores.
type TypeStats struct {
	Gold, Sys, Exact, Overlap int
	GoldVal, ExactVal, ValOK  int
	SysVal                    int
}

// Row is one type's scores.
type Row struct {
	Type                          string
	Gold, Sys, ExactTP            int
	ExactP, ExactR, ExactF1       float64
	OverlapP, OverlapR, OverlapF1 float64
	HasValues                     bool
	ValueAccExact, ValueAccGold   float64
	ValueOK, ValueGold            int
}

// Scorer compares system mentions to gold mentions as score.py does.
type Scorer struct {
	// Types to score; empty means every type in the gold.
	Types []string
	// Collapse maps types onto one (e.g. DATE,TIME,DURATION,SET -> TIMEX).
	Collapse map[string]string
}

var valueTypes = map[string]bool{"DATE": true, "TIME": true, "DURATION": true, "SET": true, "MONEY": true, "TIMEX": true}

type span struct{ s, e int }

type mview struct {
	span
	typ, val string
	alts     []string
}

func (sc *Scorer) mapped(ms []GoldMention, ignore []claims.Span) []mview {
	var out []mview
	for _, m := range ms {
		t := m.Type
		if c, ok := sc.Collapse[t]; ok {
			t = c
		}
		drop := false
		for _, ig := range ignore {
			if min(m.End, ig.End) > max(m.Start, ig.Start) {
				drop = true
				break
			}
		}
		if drop {
			continue
		}
		out = append(out, mview{span{m.Start, m.End}, t, m.Value, m.AltValues})
	}
	return out
}

// Score scores system against gold; documents are matched by ID and only
// gold documents are scored. It returns a row per type, plus a micro-average
// row when more than one type is scored.
func (sc *Scorer) Score(gold, system []GoldDoc) []Row {
	sys := make(map[string]GoldDoc, len(system))
	for _, d := range system {
		sys[d.ID] = d
	}
	types := sc.Types
	if len(types) == 0 {
		seen := map[string]bool{}
		for _, g := range gold {
			for _, m := range sc.mapped(g.Mentions, nil) {
				if !seen[m.typ] {
					seen[m.typ] = true
					types = append(types, m.typ)
				}
			}
		}
	} else {
		var ts []string
		seen := map[string]bool{}
		for _, t := range types {
			if c, ok := sc.Collapse[t]; ok {
				t = c
			}
			if !seen[t] {
				seen[t] = true
				ts = append(ts, t)
			}
		}
		types = ts
	}
	stats := map[string]*TypeStats{}
	for _, t := range types {
		stats[t] = &TypeStats{}
	}
	for _, g := range gold {
		gm := sc.mapped(g.Mentions, nil)
		sm := sc.mapped(sys[g.ID].Mentions, g.Ignore)
		for _, t := range types {
			type gv struct {
				v    string
				alts []string
			}
			gset := map[span]gv{}
			var gorder []span
			for _, m := range gm {
				if m.typ == t {
					if _, ok := gset[m.span]; !ok {
						gset[m.span] = gv{m.val, m.alts}
						gorder = append(gorder, m.span)
					}
				}
			}
			sset := map[span]string{}
			var sorder []span
			for _, m := range sm {
				if m.typ == t {
					if _, ok := sset[m.span]; !ok {
						sset[m.span] = m.val
						sorder = append(sorder, m.span)
					}
				}
			}
			st := stats[t]
			st.Gold += len(gset)
			st.Sys += len(sset)
			for sp := range gset {
				if _, ok := sset[sp]; ok {
					st.Exact++
				}
			}
			st.Overlap += overlapMatch(gorder, sorder)
			if valueTypes[t] {
				vtype := "DATE"
				if t == "MONEY" {
					vtype = "MONEY"
				}
				for sp, g := range gset {
					if g.v == "" {
						continue
					}
					st.GoldVal++
					sv, ok := sset[sp]
					if !ok {
						continue
					}
					st.ExactVal++
					nv := NormValue(sv, vtype)
					if nv == "" {
						continue
					}
					if nv == NormValue(g.v, vtype) {
						st.ValOK++
						continue
					}
					for _, a := range g.alts {
						if nv == NormValue(a, vtype) {
							st.ValOK++
							break
						}
					}
				}
				for _, v := range sset {
					if v != "" {
						st.SysVal++
					}
				}
			}
		}
	}
	var rows []Row
	var tot TypeStats
	for _, t := range types {
		st := stats[t]
		r := Row{Type: t, Gold: st.Gold, Sys: st.Sys, ExactTP: st.Exact}
		r.ExactP, r.ExactR, r.ExactF1 = PRF(st.Exact, st.Sys, st.Exact, st.Gold)
		r.OverlapP, r.OverlapR, r.OverlapF1 = PRF(st.Overlap, st.Sys, st.Overlap, st.Gold)
		if st.GoldVal > 0 {
			r.HasValues = st.SysVal > 0
			if st.ExactVal > 0 {
				r.ValueAccExact = float64(st.ValOK) / float64(st.ExactVal)
			}
			r.ValueAccGold = float64(st.ValOK) / float64(st.GoldVal)
			r.ValueOK, r.ValueGold = st.ValOK, st.GoldVal
		}
		rows = append(rows, r)
		tot.Gold += st.Gold
		tot.Sys += st.Sys
		tot.Exact += st.Exact
		tot.Overlap += st.Overlap
	}
	if len(types) > 1 {
		r := Row{Type: "ALL(micro)", Gold: tot.Gold, Sys: tot.Sys, ExactTP: tot.Exact}
		r.ExactP, r.ExactR, r.ExactF1 = PRF(tot.Exact, tot.Sys, tot.Exact, tot.Gold)
		r.OverlapP, r.OverlapR, r.OverlapF1 = PRF(tot.Overlap, tot.Sys, tot.Overlap, tot.Gold)
		rows = append(rows, r)
	}
	return rows
}

// PRF returns precision tpP/nP, recall tpR/nR and their F1 (0 where undefined).
func PRF(tpP, nP, tpR, nR int) (p, r, f float64) {
	if nP > 0 {
		p = float64(tpP) / float64(nP)
	}
	if nR > 0 {
		r = float64(tpR) / float64(nR)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// overlapMatch counts one-to-one overlapping pairs: exact pairs first, then the
// largest overlap, then the closest starts, as score.py does (overlapPairs).
func overlapMatch(gold, sys []span) int { return len(overlapPairs(gold, sys)) }

var (
	spaceRun = regexp.MustCompile(`\s+`)
	plainNum = regexp.MustCompile(`^[+-]?[0-9][0-9,]*(\.[0-9]+)?$`)
	zeroSecs = regexp.MustCompile(`(T\d\d:\d\d):00$`)
	bareHour = regexp.MustCompile(`(T\d\d)$`)
)

// NormValue applies score.py's trivial value normalisation: trimmed, spaces
// folded, upper case; MONEY amounts without separators or trailing zeros;
// DATE/TIME values without zero seconds and with bare hours given minutes.
func NormValue(v, typ string) string {
	v = strings.ToUpper(spaceRun.ReplaceAllString(strings.TrimSpace(v), " "))
	switch typ {
	case "MONEY":
		pieces := strings.Split(v, "..")
		for i, p := range pieces {
			toks := strings.Split(strings.TrimSpace(p), " ")
			if len(toks) == 2 && plainNum.MatchString(toks[1]) {
				toks[1] = normNumber(toks[1])
			}
			pieces[i] = strings.Join(toks, " ")
		}
		v = strings.Join(pieces, "..")
	case "DATE", "TIME":
		v = zeroSecs.ReplaceAllString(v, "$1")
		v = bareHour.ReplaceAllString(v, "${1}:00")
	}
	return v
}

func normNumber(s string) string {
	s = strings.ReplaceAll(s, ",", "")
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	s = strings.TrimLeft(s, "+")
	if s == "" {
		return "0"
	}
	return s
}

// PrintRows writes rows as score.py's table, under an optional heading.
func PrintRows(w io.Writer, name string, rows []Row) {
	if name != "" {
		fmt.Fprintf(w, "== %s\n", name)
	}
	fmt.Fprintf(w, "%-11s%6s%6s | %5s %5s %5s | %5s %5s %5s | value acc|exact  acc|gold\n",
		"type", "gold", "sys", "exP", "exR", "exF1", "ovP", "ovR", "ovF1")
	for _, r := range rows {
		line := fmt.Sprintf("%-11s%6d%6d | %5.3f %5.3f %5.3f | %5.3f %5.3f %5.3f |",
			r.Type, r.Gold, r.Sys, r.ExactP, r.ExactR, r.ExactF1, r.OverlapP, r.OverlapR, r.OverlapF1)
		if r.ValueGold > 0 {
			if r.HasValues {
				line += fmt.Sprintf(" %9.3f %9.3f", r.ValueAccExact, r.ValueAccGold)
			} else {
				line += "   (no values output)"
			}
		}
		fmt.Fprintln(w, line)
	}
}
