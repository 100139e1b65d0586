package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/claims/sqlite"
)

// TestListSaysWhenCut: claims list and dlq list say when --limit cut the list
// short and how to see more, and give the plain count when it did not (claims
// list said "100 claims" of a store of 3,777).
func TestListSaysWhenCut(t *testing.T) {
	db := filepath.Join(t.TempDir(), "claimpipe.db")
	all := storeWithVerdict(t, db)
	n := len(all)
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := st.AddDeadLetter(context.Background(), &claims.DeadLetter{Stage: "fetch", MsgID: fmt.Sprint("m", i),
			Input: fmt.Sprintf("https://x.example/%d", i), Kind: claims.Invalid, Error: "404"}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	article := all[0].ArticleID

	cases := []struct {
		args     []string
		rows     int    // lines of stdout: a header and a row each, or a JSON line each
		summary  string // stderr
		exitCode int
	}{
		{[]string{"claims", "list", "--limit", "3"}, 1 + 3, "3 claims shown (--limit 3); there are more: raise --limit, or list one article's claims with --article ID", 0},
		{[]string{"claims", "list", "--limit", "3", "--article", article}, 1 + 3, "3 claims shown (--limit 3); there are more: raise --limit\n", 0},
		{[]string{"claims", "list", "--limit", "3", "--json"}, 3, "3 claims shown (--limit 3); there are more", 0},
		{[]string{"claims", "list", "--limit", fmt.Sprint(n)}, 1 + n, fmt.Sprintf("%d claims\n", n), 0},
		{[]string{"claims", "list"}, 1 + n, fmt.Sprintf("%d claims\n", n), 0},
		{[]string{"claims", "list", "--json"}, n, "", 0},
		{[]string{"claims", "list", "--limit", "0"}, 0, "--limit 0: want at least 1", 1},
		// An ID that is no article's, as a submission ID ingest printed, is
		// an error, not an empty list.
		{[]string{"claims", "list", "--article", "76b924b95e84fc37294b741f283549ba"}, 0, "--article 76b924b95e84fc37294b741f283549ba: no such article in the store", 1},
		{[]string{"dlq", "list", "--limit", "2"}, 1 + 2, "2 dead letters shown (--limit 2); there are more: raise --limit\n", 0},
		{[]string{"dlq", "list", "--limit", "3"}, 1 + 3, "3 dead letters not replayed", 0},
		{[]string{"dlq", "list", "--limit", "-1"}, 0, "--limit -1: want at least 1", 1},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, errOut, err := claimpipe(t, append(c.args, "--store", db)...)
			if code := exitCode(err); code != c.exitCode {
				t.Fatalf("exit %d, want %d\n%s", code, c.exitCode, errOut)
			}
			if rows := strings.Count(out, "\n"); rows != c.rows {
				t.Errorf("%d lines of output, want %d:\n%s", rows, c.rows, out)
			}
			if c.summary == "" && errOut != "" || !strings.Contains(errOut, c.summary) {
				t.Errorf("stderr %q, want %q", errOut, c.summary)
			}
		})
	}
}

// TestSimilarRefusesBadBounds: --min outside 0-1 and a --scan under 1 are
// refused, named, before any store is opened (--min 2 was taken and found
// nothing).
func TestSimilarRefusesBadBounds(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--min", "2"}, "--min 2: a similarity is from 0 to 1"},
		{[]string{"--min", "-0.5"}, "--min -0.5: a similarity is from 0 to 1"},
		{[]string{"--scan", "0"}, "--scan 0: compare with at least 1 claim"},
	} {
		_, errOut, err := claimpipeAt(t, t.TempDir(), "", append([]string{"claims", "similar", "c1"}, tt.args...)...)
		if exitCode(err) != 1 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and %q", tt.args, exitCode(err), errOut, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		what, want string
	}{
		{0, "claims", "claims"}, {1, "claims", "claim"}, {2, "claims", "claims"},
		{1, "dead letters", "dead letter"}, {1, "snapshots", "snapshot"},
	} {
		if got := plural(tt.n, tt.what); got != tt.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tt.n, tt.what, got, tt.want)
		}
	}
}

// TestExportNamesTheFlag: a filter refused by the desk's rules is named as
// the flag the user typed, not as the desk's query parameter (amount_min).
func TestExportNamesTheFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "claimpipe.db")
	storeWithVerdict(t, db)
	_, errOut, err := claimpipe(t, "claims", "export", "--format", "csv", "--amount-min", "lots", "--store", db)
	if exitCode(err) != 1 || !strings.Contains(errOut, `--amount-min "lots": want a number`) {
		t.Errorf("exit %d, stderr %q; want exit 1 naming --amount-min", exitCode(err), errOut)
	}
}
