package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/extractors/checkworthy"
)

func TestParseTranscript(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		turns   []checkworthy.Turn
		lines   []string
		wantErr string
	}{
		{
			name:  "CLEF TSV with labels",
			in:    "1\tHOLT\tGood evening.\t0\n2\tTRUMP\tWe lost $500 billion.\t1\n",
			turns: []checkworthy.Turn{{Speaker: "HOLT", Text: "Good evening."}, {Speaker: "TRUMP", Text: "We lost $500 billion."}},
			lines: []string{"1", "2"},
		},
		{
			name:  "TSV without labels, CRLF and a blank line",
			in:    "7\tQ\tIs it true?\r\n\r\n8\tA\tYes.\r\n",
			turns: []checkworthy.Turn{{Speaker: "Q", Text: "Is it true?"}, {Speaker: "A", Text: "Yes."}},
			lines: []string{"7", "8"},
		},
		{
			name: "text: tags open turns, untagged lines continue them, turns split into sentences",
			in:   "Lesley Stahl: Do you believe it? You said so.\nTRUMP: I do. Wages rose 3 percent.\nAnd it will go on.\n",
			turns: []checkworthy.Turn{
				{Speaker: "Lesley Stahl", Text: "Do you believe it?"}, {Speaker: "Lesley Stahl", Text: "You said so."},
				{Speaker: "TRUMP", Text: "I do."}, {Speaker: "TRUMP", Text: "Wages rose 3 percent."},
				{Speaker: "TRUMP", Text: "And it will go on."},
			},
			lines: []string{"1", "1", "2", "2", "3"},
		},
		{
			name:  "text: a sentence with a colon is no speaker tag",
			in:    "The numbers are clear: crime fell.\n",
			turns: []checkworthy.Turn{{Speaker: "", Text: "The numbers are clear: crime fell."}},
			lines: []string{"1"},
		},
		{name: "TSV row with too few columns names its line", in: "1\tA\tYes.\n2\tB only\n", wantErr: "t.tsv:2: 2 columns"},
		{name: "TSV row with too many columns", in: "1\tA\tYes.\t0\textra\n", wantErr: "t.tsv:1: 5 columns"},
		{name: "empty", in: "\n\n", wantErr: "t.tsv: no sentences"},
		// A binary file with tabs used to be read as TSV rows of odd
		// columns ("7 columns, want 3 or 4"), one without as sentences.
		{name: "binary with tabs", in: "\x7fELF\x02\x01\x01\x00\t\x00\t\x00\t\x00\t\x00\t\x00\t\x00\n",
			wantErr: "t.tsv:1: not a text transcript: NUL bytes"},
		{name: "binary after text", in: "1\tA\tYes.\n\x00\x00\x00\x01\n", wantErr: "t.tsv:2: not a text transcript: NUL bytes"},
		// A web page was ranked as text, an SVG path first.
		{name: "HTML page", in: "\n<!DOCTYPE html>\n<html><body><p>TRUMP: Walls work.</p></body></html>\n", wantErr: "t.tsv:2: not a text transcript: HTML markup"},
		{name: "HTML page opening with its tag", in: "<html lang=\"en\"><head><title>x</title></head>\n", wantErr: "t.tsv:1: not a text transcript: HTML markup"},
		{name: "Latin-1 text", in: "MOD: Bonsoir.\nCANDIDAT: Le caf\xe9 co\xfbte 3 euros.\n", wantErr: "t.tsv:2: not a text transcript: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseTranscript("t.tsv", strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.turns, tt.turns) || !slices.Equal(got.lines, tt.lines) {
				t.Errorf("got %q %q\nwant %q %q", got.turns, got.lines, tt.turns, tt.lines)
			}
		})
	}
}

// TestRankCommand drives the binary: a moderator's claim-like question ranks
// after the candidate's claims, --json and --top work, bad input is named.
func TestRankCommand(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "debate.txt")
	err := os.WriteFile(p, []byte(`MODERATOR: Senator, you voted for a $1.5 trillion tax cut in 2017. Was that a mistake?
What would you say to those who lost their health care?
SENATOR: It was the largest tax cut in history. Unemployment fell to 3.5 percent in 2019.
Thank you.
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, err := claimpipe(t, "rank", "--json", "--top", "0", p)
	if err != nil {
		t.Fatalf("rank: %v\n%s", err, errOut)
	}
	type row struct {
		Rank          int
		Line, Speaker string
		Text          string
		Score         float64
		Asked         bool
	}
	var rows []row
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		rows = append(rows, r)
	}
	if len(rows) != 6 {
		t.Fatalf("%d rows, want 6:\n%s", len(rows), out)
	}
	for i, r := range rows {
		if r.Rank != i+1 || (i < 3) != (r.Speaker == "SENATOR") || r.Asked != (r.Speaker == "MODERATOR") {
			t.Errorf("row %d: %+v", i, r)
		}
	}
	if rows[0].Text != "Unemployment fell to 3.5 percent in 2019." && rows[0].Text != "It was the largest tax cut in history." {
		t.Errorf("first: %+v, want one of the senator's claims", rows[0])
	}
	out, _, err = claimpipe(t, "rank", "--top", "2", p)
	if err != nil || strings.Count(strings.TrimSpace(out), "\n") != 2 || !strings.HasPrefix(out, "RANK") {
		t.Errorf("rank --top 2: %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("1\tA\tYes.\n2\tB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := claimpipe(t, "rank", bad); err == nil || !strings.Contains(errOut, "bad.tsv:2") {
		t.Errorf("rank of a bad TSV: err %v, stderr %q; want an error naming bad.tsv:2", err, errOut)
	}
	if _, errOut, err := claimpipe(t, "rank", "--top", "-1", p); err == nil || !strings.Contains(errOut, "--top -1") {
		t.Errorf("rank --top -1: err %v, stderr %q", err, errOut)
	}

	// A repeat of a claim already checked leads, shown beside that claim.
	checked := filepath.Join(dir, "checked.txt")
	if err := os.WriteFile(checked, []byte("# checked last week\nThe largest tax cut in the history of our country.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err = claimpipe(t, "rank", "--json", "--checked", checked, p)
	if err != nil {
		t.Fatalf("rank --checked: %v\n%s", err, errOut)
	}
	var first struct {
		Text, Checked string
		Match         float64
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Text != "It was the largest tax cut in history." || first.Checked != "The largest tax cut in the history of our country." || first.Match < 0.5 {
		t.Errorf("rank --checked: first %+v, want the repeat of the checked claim", first)
	}
	missing := filepath.Join(dir, "nope.txt")
	if _, errOut, err := claimpipe(t, "rank", "--checked", missing, p); err == nil || !strings.Contains(errOut, missing) {
		t.Errorf("rank --checked of a missing file: err %v, stderr %q", err, errOut)
	}
}

// TestRankCheckedStore: the desk's claims with a verdict are the claims
// already checked; a transcript sentence repeating one is matched to it.
func TestRankCheckedStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claimpipe.db")
	judged := storeWithVerdict(t, db)[0]

	p := filepath.Join(dir, "t.txt")
	transcript := "HOST: Welcome back.\nGUEST: " + strings.Join(strings.Fields(judged.Text), " ") + "\n"
	if err := os.WriteFile(p, []byte(transcript), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := claimpipe(t, "rank", "--json", "--checked-store", db, p)
	if err != nil {
		t.Fatalf("rank --checked-store: %v\n%s", err, errOut)
	}
	type rankRow struct {
		Speaker, Checked, Verdict string
		Match                     float64
	}
	var rows []rankRow
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var row rankRow
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
	}
	var found bool
	for _, row := range rows {
		if row.Speaker == "GUEST" && row.Checked == judged.Text && row.Match > 0.5 {
			found = true
			if row.Verdict != "False" {
				t.Errorf("repeat of the claim judged false shown with verdict %q", row.Verdict)
			}
		}
		if row.Checked != "" && row.Checked != judged.Text {
			t.Errorf("matched to %q, which has no verdict", row.Checked)
		}
	}
	if !found {
		t.Errorf("no sentence matched to the claim with a verdict %q:\n%s", judged.Text, out)
	}
	// The table says it too.
	out, errOut, err = claimpipe(t, "rank", "--checked-store", db, p)
	if err != nil || !strings.Contains(out, "judged False: "+judged.Text[:20]) {
		t.Errorf("rank --checked-store table lacks the verdict of the repeated claim: %v %s\n%s", err, errOut, out)
	}
	missing := filepath.Join(dir, "none.db")
	if _, errOut, err := claimpipe(t, "rank", "--checked-store", missing, p); err == nil || !strings.Contains(errOut, missing) {
		t.Errorf("rank --checked-store of a missing file: err %v, stderr %q", err, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("rank created %s", missing)
	}
}
