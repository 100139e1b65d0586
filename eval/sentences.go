package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/segment"
	"github.com/jdkato/prose/v2"
)

// SentenceRule is one Golden Rule of sentence segmentation, as prose's
// testdata/golden_rules_en.json holds them.
type SentenceRule struct {
	Name   string   `json:"name"`
	Input  string   `json:"input"`
	Output []string `json:"output"`
}

// SentenceRulesFile is the name of the English Golden Rules file as prose
// ships it (49 of the 52 rules), and SentenceRulesExtraFile that of the
// rules needed to make up the 52 as pragmatic_segmenter publishes them:
// rules 18 and 52, which prose keeps only in its Go tests, rule 42, which
// it leaves out, and rules 31-35, whose input in prose's file lost its first
// list marker ("The first item 2.) ..." expecting "1.) The first item").
// Both live in extractors/segment/testdata.
const (
	SentenceRulesFile      = "golden_rules_en.json"
	SentenceRulesExtraFile = "golden_rules_en_extra.json"
)

// ReadSentenceRules reads Golden Rules from path: a JSON file, or a
// directory holding golden_rules_en.json (directly or in testdata/), in
// which case golden_rules_en_extra.json beside it is read too when present:
// an extra rule takes the place of the rule with the same number (the
// number its name starts with), or else joins the list, which is then in
// rule-number order.
func ReadSentenceRules(path string) ([]SentenceRule, error) {
	files := []string{path}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		dir := path
		if _, err := os.Stat(filepath.Join(dir, SentenceRulesFile)); err != nil {
			dir = filepath.Join(path, "testdata")
		}
		files = []string{filepath.Join(dir, SentenceRulesFile)}
		if _, err := os.Stat(filepath.Join(dir, SentenceRulesExtraFile)); err == nil {
			files = append(files, filepath.Join(dir, SentenceRulesExtraFile))
		}
	}
	var rules []SentenceRule
	for n, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, claims.Errorf(claims.Invalid, "sentence rules: %w", err) // "open PATH: ..."
		}
		var rs []SentenceRule
		if err := json.Unmarshal(b, &rs); err != nil {
			return nil, claims.Errorf(claims.Invalid, "decode sentence rules %s: %w", f, err)
		}
		if n == 0 {
			rules = rs
			continue
		}
		for _, r := range rs {
			rules = mergeRule(rules, r)
		}
	}
	return rules, nil
}

// ruleNumber is the number a rule's name starts with ("31. List ..." -> 31),
// or -1.
func ruleNumber(name string) int {
	n, i := 0, 0
	for ; i < len(name) && name[i] >= '0' && name[i] <= '9'; i++ {
		n = n*10 + int(name[i]-'0')
	}
	if i == 0 {
		return -1
	}
	return n
}

// mergeRule puts r in place of the rule with its number, or before the
// first rule with a higher number, or at the end.
func mergeRule(rules []SentenceRule, r SentenceRule) []SentenceRule {
	num := ruleNumber(r.Name)
	for i, q := range rules {
		switch qn := ruleNumber(q.Name); {
		case num >= 0 && qn == num:
			rules[i] = r
			return rules
		case num >= 0 && qn > num:
			return append(rules[:i], append([]SentenceRule{r}, rules[i:]...)...)
		}
	}
	return append(rules, r)
}

// normSpace collapses every run of white space to one space and trims the
// ends, so a sentence that spans an errant line break ("a sentence\ncut
// off") compares equal to the rule's expected "a sentence cut off".
func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// sentencesMatch reports whether got equals want sentence for sentence,
// modulo white space.
func sentencesMatch(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if normSpace(got[i]) != normSpace(want[i]) {
			return false
		}
	}
	return true
}

// reachable reports whether a segmenter could produce the rule's output at
// all: every expected sentence must occur in the input. A few rules in the
// published file lost their first list marker from the input ("The first
// item 2.) ..." expecting "1.) The first item").
func (r SentenceRule) reachable() bool {
	in := normSpace(r.Input)
	for _, o := range r.Output {
		if !strings.Contains(in, normSpace(o)) {
			return false
		}
	}
	return true
}

// OurSentences splits text with segment.Split and returns the sentence texts.
func OurSentences(text string) []string {
	d := segment.Split(text)
	out := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = d.SentenceText(i)
	}
	return out
}

// ProseSentences splits text with prose v2's sentence segmenter (tokenizing,
// tagging and entity extraction off) and returns the sentence texts.
func ProseSentences(text string) ([]string, error) {
	d, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, claims.Errorf(claims.Internal, "prose segmenting %q: %w", text, err)
	}
	ss := d.Sentences()
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out, nil
}

// EvalSentences scores our segmenter and prose v2's on the Golden Rules at
// rulesPath (see ReadSentenceRules) and writes both scores and every
// failure to w. A rule is right when the sentences equal the expected ones
// modulo white space. It also counts the rules whose expected output cannot
// be cut from their input, which no segmenter can get right.
func EvalSentences(w io.Writer, rulesPath string) (ours, prose, total int, err error) {
	rules, err := ReadSentenceRules(rulesPath)
	if err != nil {
		return 0, 0, 0, err
	}
	unreachable := 0
	for _, r := range rules {
		got := OurSentences(r.Input)
		pg, perr := ProseSentences(r.Input)
		if perr != nil {
			return 0, 0, 0, perr
		}
		okOurs, okProse := sentencesMatch(got, r.Output), sentencesMatch(pg, r.Output)
		if okOurs {
			ours++
		}
		if okProse {
			prose++
		}
		note := ""
		if !r.reachable() {
			unreachable++
			note = " [unreachable: expected text not in input]"
		}
		if !okOurs || !okProse {
			fmt.Fprintf(w, "%s%s\n  input:    %q\n  expected: %q\n", r.Name, note, r.Input, r.Output)
			if !okOurs {
				fmt.Fprintf(w, "  ours:     %q\n", got)
			}
			if !okProse {
				fmt.Fprintf(w, "  prose:    %q\n", pg)
			}
		}
	}
	total = len(rules)
	fmt.Fprintf(w, "sentences: golden rules %s: ours %d/%d, prose v2 %d/%d (%d rules unreachable as published)\n",
		filepath.Base(rulesPath), ours, total, prose, total, unreachable)
	return ours, prose, total, nil
}

// BoundaryScore counts sentence boundaries found against gold. Cued and
// CuedCorrect count the gold boundaries after final punctuation (. ! ?,
// possibly followed by closing quotes or brackets) and those of them found:
// the boundaries left once line breaks are gone.
type BoundaryScore struct{ Gold, Sys, Correct, Cued, CuedCorrect int }

// P, R and F1 of the boundaries.
func (s BoundaryScore) P() float64  { return ratio(s.Correct, s.Sys) }
func (s BoundaryScore) R() float64  { return ratio(s.Correct, s.Gold) }
func (s BoundaryScore) F1() float64 { return f1(s.P(), s.R()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// lineBoundaries turns a one-sentence-a-line text into the same text with
// each line break replaced by a space (so byte offsets are unchanged) and
// the set of gold sentence ends: the offsets just after each line's last
// non-space byte, except the text's last.
func lineBoundaries(text string) (flat string, ends map[int]bool) {
	ends = map[int]bool{}
	b := []byte(text)
	last := 0
	for i, c := range b {
		if c != '\n' {
			if c != ' ' && c != '\t' && c != '\r' {
				last = i + 1
			}
			continue
		}
		b[i] = ' '
		if last > 0 {
			ends[last] = true
		}
	}
	delete(ends, last)
	return string(b), ends
}

func scoreEnds(text string, gold map[int]bool, sysEnds []int, total int, s *BoundaryScore) {
	s.Gold += len(gold)
	found := map[int]bool{}
	for _, e := range sysEnds {
		if e >= total {
			continue // the end of the text is not a boundary
		}
		found[e] = true
		s.Sys++
		if gold[e] {
			s.Correct++
		}
	}
	for e := range gold {
		if cued(text, e) {
			s.Cued++
			if found[e] {
				s.CuedCorrect++
			}
		}
	}
}

// cued reports whether the sentence ending at e ends in final punctuation,
// looking through closing quotes and brackets.
func cued(text string, e int) bool {
	for e > 0 {
		switch text[e-1] {
		case ' ', '\'', '"', '`', ')', ']':
			e--
			continue
		case '.', '!', '?':
			return true
		}
		if strings.HasSuffix(text[:e], "”") || strings.HasSuffix(text[:e], "’") {
			e -= len("”")
			continue
		}
		return strings.HasSuffix(text[:e], "…")
	}
	return false
}

// EvalSentenceBoundaries scores sentence boundaries on documents whose
// text holds one sentence a line, as MEANTIME's does
// (shared/data/scoring/meantime.docs.jsonl). It scores twice: with the
// line breaks turned into spaces, so every boundary must come from the
// text itself (headline and date lines then lose their only cue, so recall
// after final punctuation is the telling figure), and with the line breaks
// kept, as the taggers see MEANTIME. It writes our and prose v2's boundary
// P/R/F1 to w and returns the flattened scores.
func EvalSentenceBoundaries(w io.Writer, docsPath string) (ours, prose BoundaryScore, err error) {
	docs, err := ReadJSONL[Doc](docsPath)
	if err != nil {
		return ours, prose, err
	}
	for _, flatten := range []bool{true, false} {
		var o, p BoundaryScore
		for _, d := range docs {
			flat, gold := lineBoundaries(d.Text)
			in := d.Text
			if flatten {
				in = flat
			}
			end := len(strings.TrimRight(flat, " \t\r"))
			sd := segment.Split(in)
			var se []int
			for _, s := range sd.Sentences {
				se = append(se, s.End)
			}
			scoreEnds(flat, gold, se, end, &o)
			ps, perr := ProseSentences(in)
			if perr != nil {
				return ours, prose, perr
			}
			// prose gives sentence texts in order; locate them for offsets.
			var pe []int
			at := 0
			for _, s := range ps {
				if k := strings.Index(in[at:], s); k >= 0 {
					at += k + len(s)
					pe = append(pe, at)
				}
			}
			scoreEnds(flat, gold, pe, end, &p)
		}
		mode := "lines joined"
		if !flatten {
			mode = "lines kept"
		} else {
			ours, prose = o, p
		}
		for _, r := range []struct {
			name string
			s    BoundaryScore
		}{{"ours", o}, {"prose v2", p}} {
			fmt.Fprintf(w, "sentence boundaries %s (%s): %-8s gold %d found %d correct %d  P %.3f R %.3f F1 %.3f; after final punctuation R %.3f (%d/%d)\n",
				filepath.Base(docsPath), mode, r.name, r.s.Gold, r.s.Sys, r.s.Correct, r.s.P(), r.s.R(), r.s.F1(),
				ratio(r.s.CuedCorrect, r.s.Cued), r.s.CuedCorrect, r.s.Cued)
		}
	}
	return ours, prose, nil
}

// EvalSentenceSuite runs every sentence evaluation there is data for: the
// Golden Rules at rulesPath (a file or directory, see ReadSentenceRules)
// and, when dataDir (the shared data/ folder) holds it, the MEANTIME
// boundary check. `claimpipe eval sentences` calls it.
func EvalSentenceSuite(w io.Writer, rulesPath, dataDir string) error {
	if _, _, _, err := EvalSentences(w, rulesPath); err != nil {
		return err
	}
	if dataDir == "" {
		return nil
	}
	p := filepath.Join(dataDir, "scoring", "meantime.docs.jsonl")
	if _, err := os.Stat(p); err != nil {
		fmt.Fprintf(w, "sentence boundaries: %s absent, skipped\n", p)
		return nil
	}
	_, _, err := EvalSentenceBoundaries(w, p)
	return err
}
