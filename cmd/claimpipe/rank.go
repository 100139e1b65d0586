package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// transcript is a parsed transcript: its sentences and, for each, where it
// stands in the file (the TSV's own line number, or the line of the text).
type transcript struct {
	turns []checkworthy.Turn
	lines []string
}

// speakerTag is "NAME:" opening a line of a plain-text transcript: one to five
// capitalised words ("TRUMP:", "Lesley Stahl:", "MR. SMITH:", "Q:").
var speakerTag = regexp.MustCompile(`^((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}):\s+`)

// parseTranscript reads a transcript in either of two forms, told apart by its
// first non-blank line:
//   - TSV, one sentence a line: line<TAB>speaker<TAB>text, optionally a fourth
//     column (CLEF-2019 CheckThat! Task 1's gold label, ignored);
//   - plain text: "SPEAKER: what they said" opens a turn, a line without a
//     tag continues it, and each turn is split into sentences.
func parseTranscript(name string, r io.Reader) (*transcript, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	t := &transcript{}
	tsv, decided := false, false
	speaker := ""
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		// A binary file, or text in another encoding, is refused as such
		// rather than read as rows of odd columns or sentences of noise.
		if strings.IndexByte(line, 0) >= 0 {
			return nil, claims.Errorf(claims.Invalid, "%s:%d: not a text transcript: NUL bytes (a binary file?)", name, n)
		}
		if !utf8.ValidString(line) {
			return nil, claims.Errorf(claims.Invalid, "%s:%d: not a text transcript: invalid UTF-8 (convert the file to UTF-8)", name, n)
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !decided {
			if markup(line) {
				return nil, claims.Errorf(claims.Invalid, "%s:%d: not a text transcript: HTML markup (save the page's text, or give the page to extract)", name, n)
			}
			tsv, decided = strings.Count(line, "\t") >= 2, true
		}
		if tsv {
			cols := strings.Split(line, "\t")
			if len(cols) < 3 || len(cols) > 4 {
				return nil, claims.Errorf(claims.Invalid, "%s:%d: %d columns, want 3 or 4 (line, speaker, text[, label])", name, n, len(cols))
			}
			t.turns = append(t.turns, checkworthy.Turn{Speaker: strings.TrimSpace(cols[1]), Text: strings.TrimSpace(cols[2])})
			t.lines = append(t.lines, strings.TrimSpace(cols[0]))
			continue
		}
		text := line
		if m := speakerTag.FindStringSubmatchIndex(line); m != nil {
			speaker, text = line[m[2]:m[3]], line[m[1]:]
		}
		doc := segment.Split(text)
		for _, s := range doc.Sentences {
			t.turns = append(t.turns, checkworthy.Turn{Speaker: speaker, Text: text[s.Start:s.End]})
			t.lines = append(t.lines, strconv.Itoa(n))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, claims.Errorf(claims.Invalid, "read %s: %w", name, bareOSError(err))
	}
	if len(t.turns) == 0 {
		return nil, claims.Errorf(claims.Invalid, "%s: no sentences", name)
	}
	return t, nil
}

// markup reports whether a transcript's first line opens an HTML or XML
// document: a doctype, a comment, or a tag such as <html>, <head> or <?xml.
func markup(line string) bool {
	l := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(line, "\ufeff")))
	for _, p := range []string{"<!doctype", "<html", "<head", "<body", "<?xml", "<!--", "<meta"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// readChecked reads the claims already checked: one a line, blank lines and
// lines opening with # skipped.
func readChecked(path string) ([]checkedClaim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "--checked %s: %w", path, err)
	}
	defer f.Close()
	var out []checkedClaim
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, checkedClaim{Text: l})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, claims.Errorf(claims.Invalid, "--checked %s: %w", path, err)
	}
	return out, nil
}

// checkedClaim is a claim already checked: its text and, when it comes from
// a store, its verdict's label ("False"); from a file, no verdict.
type checkedClaim struct {
	Text, Verdict string
}

// checkedInStore returns every claim of the store at dsn that has a verdict,
// with the verdict: the desk's own archive of claims already checked.
func checkedInStore(ctx context.Context, dsn string) ([]checkedClaim, error) {
	st, err := openExistingStore(ctx, dsn, "--checked-store")
	if err != nil {
		return nil, err
	}
	defer st.Close()
	rs, ok := st.(claims.ReviewStore)
	if !ok {
		return nil, claims.Errorf(claims.Invalid, "--checked-store %q keeps no reviews", dsn)
	}
	judged, err := claims.JudgedClaims(ctx, rs, 0)
	if err != nil {
		return nil, fmt.Errorf("--checked-store %q: %w", dsn, err)
	}
	out := make([]checkedClaim, len(judged))
	for i, it := range judged {
		out[i] = checkedClaim{Text: it.Text, Verdict: it.Review.Verdict.Label()}
	}
	return out, nil
}

func newRankCmd(g *globals) *cobra.Command {
	var top int
	var asJSON bool
	var checkedPath, checkedStore string
	cmd := &cobra.Command{
		Use:   "rank [--top N] [--json] [--checked FILE] [--checked-store DSN] TRANSCRIPT|-",
		Short: "Rank the sentences of a debate, interview or press conference transcript, most check-worthy first",
		Long: `rank reads a transcript (- for standard input) and lists its sentences most check-worthy
first, as a fact-checker would want them on debate night. Two forms are read, told apart
by the first line:

  TSV     line<TAB>speaker<TAB>text[<TAB>label], one sentence a line (CLEF-2019 CheckThat!)
  text    SPEAKER: what they said (a line without a tag continues the turn)

Each sentence gets the check-worthiness model's score; questions, and every sentence of a
speaker who mostly asks (a moderator, an interviewer), come after what is said. With
--checked, a file of claims already checked (one a line), or --checked-store, a claims store
whose claims with a verdict are those checked, a sentence that repeats one of them, in the
same or other words, is raised and the claim it repeats is shown, with its verdict when it comes
from a store.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if top < 0 {
				return claims.Errorf(claims.Invalid, "--top %d: want 0 (all) or more", top)
			}
			var r io.Reader
			name := args[0]
			if name == "-" {
				r, name = cmd.InOrStdin(), "standard input"
			} else {
				f, err := os.Open(name)
				if err != nil {
					return claims.Errorf(claims.Invalid, "%s: %w", name, bareOSError(err))
				}
				defer f.Close()
				r = f
			}
			t, err := parseTranscript(name, r)
			if err != nil {
				return err
			}
			var checked []checkedClaim
			if checkedPath != "" {
				if checked, err = readChecked(checkedPath); err != nil {
					return err
				}
			}
			if checkedStore != "" {
				more, err := checkedInStore(cmd.Context(), checkedStore)
				if err != nil {
					return err
				}
				checked = append(checked, more...)
			}
			m, err := checkworthy.Load()
			if err != nil {
				return err
			}
			texts := make([]string, len(checked))
			for i, c := range checked {
				texts[i] = c.Text
			}
			ranked := m.RankTranscript(t.turns, texts)
			if top > 0 && top < len(ranked) {
				ranked = ranked[:top]
			}
			return writeRanked(cmd.OutOrStdout(), t, checked, ranked, asJSON)
		},
	}
	cmd.Flags().IntVar(&top, "top", 20, "how many sentences to list (0: all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "one JSON object a line: rank, line, speaker, text, score, asked (and match, checked, verdict)")
	cmd.Flags().StringVar(&checkedPath, "checked", "", "a file of claims already checked, one a line: their repeats rank higher")
	cmd.Flags().StringVar(&checkedStore, "checked-store", "", "a claims store (postgres://... or a SQLite file) whose claims with a verdict are claims already checked")
	return cmd
}

// shownMatch is the similarity from which a sentence is shown beside the
// checked claim it is nearest to: below it the two merely share a word or two.
const shownMatch = 0.3

func writeRanked(w io.Writer, t *transcript, checked []checkedClaim, ranked []checkworthy.Ranked, asJSON bool) error {
	if asJSON {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for i, r := range ranked {
			row := struct {
				Rank    int     `json:"rank"`
				Line    string  `json:"line"`
				Speaker string  `json:"speaker"`
				Text    string  `json:"text"`
				Score   float64 `json:"score"`
				Asked   bool    `json:"asked"`
				Match   float64 `json:"match,omitempty"`
				Checked string  `json:"checked,omitempty"`
				Verdict string  `json:"verdict,omitempty"` // of the checked claim, when the store gave one
			}{Rank: i + 1, Line: t.lines[r.Index], Speaker: t.turns[r.Index].Speaker, Text: t.turns[r.Index].Text, Score: r.Score, Asked: r.Asked}
			if r.Checked >= 0 {
				row.Match, row.Checked, row.Verdict = r.Match, checked[r.Checked].Text, checked[r.Checked].Verdict
			}
			if err := enc.Encode(row); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tSCORE\tLINE\tSPEAKER\tSENTENCE")
	for i, r := range ranked {
		score := fmt.Sprintf("%.3f", r.Score)
		if r.Asked {
			score += " asked"
		}
		text := t.turns[r.Index].Text
		if r.Checked >= 0 && r.Match >= shownMatch {
			c := checked[r.Checked]
			judged := ""
			if c.Verdict != "" {
				judged = ", judged " + c.Verdict
			}
			text += fmt.Sprintf("  [repeats, %.2f%s: %s]", r.Match, judged, c.Text)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", i+1, score, t.lines[r.Index], t.turns[r.Index].Speaker, text)
	}
	return tw.Flush()
}
