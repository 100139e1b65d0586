package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/claimbuild"
)

func newClaimsCmd(g *globals) *cobra.Command {
	var storeDSN string
	var asJSON bool
	var limit int
	var article string
	cmd := &cobra.Command{
		Use:   "claims",
		Short: "List and show the claims in the store",
	}
	cmd.PersistentFlags().StringVar(&storeDSN, "store", envOr("CLAIMPIPE_STORE", defaultStore("data")), "claims store: postgres://... or a SQLite file (env CLAIMPIPE_STORE)")
	list := &cobra.Command{
		Use:   "list",
		Short: "List claims, newest article first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkLimit(limit); err != nil {
				return err
			}
			st, err := openExistingStore(cmd.Context(), storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			if article != "" {
				// An article with no claims lists none; an ID that is no
				// article's (a submission's, as ingest prints) is an error.
				if _, err := st.Article(cmd.Context(), article); err != nil {
					if claims.ErrorKind(err) == claims.NotFound {
						return claims.Errorf(claims.NotFound, "--article %s: no such article in the store (article IDs are in claims list's and claims show's output; ingest prints submission IDs)", article)
					}
					return err
				}
			}
			// One more than the limit tells whether the list is cut short.
			cs, err := st.Claims(cmd.Context(), claims.ClaimFilter{ArticleID: article, Limit: limit + 1})
			if err != nil {
				return err
			}
			more := len(cs) > limit
			if more {
				cs = cs[:limit]
			}
			how := "raise --limit, or list one article's claims with --article ID"
			if article != "" {
				how = "raise --limit"
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, c := range cs {
					if err := enc.Encode(c); err != nil {
						return err
					}
				}
				if more {
					printShown(cmd.ErrOrStderr(), len(cs), "claims", limit, more, how)
				}
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tCONF\tKIND\tSOURCE\tCLAIM")
			for _, c := range cs {
				fmt.Fprintf(tw, "%s\t%.2f\t%s\t%s\t%s\n", c.ID, c.Confidence, c.Kind, clipText(c.Source, 24), clipText(c.Text, 100))
			}
			tw.Flush()
			printShown(cmd.ErrOrStderr(), len(cs), "claims", limit, more, how)
			return nil
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print JSON lines instead of a table")
	list.Flags().IntVar(&limit, "limit", 100, "at most this many claims")
	list.Flags().StringVar(&article, "article", "", "only the claims of this article ID")
	show := &cobra.Command{
		Use:   "show ID",
		Short: "Print one claim as JSON",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openExistingStore(cmd.Context(), storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			c, err := st.Claim(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(c)
		},
	}
	var minSim float64
	var scan int
	similar := &cobra.Command{
		Use:   "similar ID",
		Short: "List a claim's cluster (the same claim in other articles) and its near neighbours",
		Long: `similar prints the claims that share the claim's fingerprint (its cluster: the same claim,
in whatever article) and then its nearest neighbours among the newest claims by the overlap of
their normalised content (Jaccard index of words, amounts and canonical names), each with its
review status, or its verdict once judged.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if minSim < 0 || minSim > 1 || math.IsNaN(minSim) {
				return claims.Errorf(claims.Invalid, "--min %g: a similarity is from 0 to 1", minSim)
			}
			if scan < 1 {
				return claims.Errorf(claims.Invalid, "--scan %d: compare with at least 1 claim", scan)
			}
			st, err := openExistingStore(cmd.Context(), storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			c, err := st.Claim(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			cluster, err := st.Claims(cmd.Context(), claims.ClaimFilter{Fingerprint: c.Fingerprint, Limit: 1000})
			if err != nil {
				return err
			}
			recent, err := st.Claims(cmd.Context(), claims.ClaimFilter{Limit: scan})
			if err != nil {
				return err
			}
			// A claim's review status, or its verdict once judged: what a
			// fact-checker looks for among repeats.
			rs, _ := st.(claims.ReviewStore)
			status := func(id string) (string, error) {
				if rs == nil {
					return "", nil
				}
				r, err := rs.Review(cmd.Context(), id)
				if err != nil {
					return "", err
				}
				if r.Status == claims.StatusVerdict {
					return r.Verdict.Label(), nil
				}
				return string(r.Status), nil
			}
			out := cmd.OutOrStdout()
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintf(tw, "cluster %s: %d claims\n", c.Fingerprint, len(cluster))
			for _, o := range cluster {
				label, err := status(o.ID)
				if err != nil {
					return err
				}
				fmt.Fprintf(tw, "  %s\tarticle %s\t%s\t%s\n", o.ID, o.ArticleID, label, clipText(o.Text, 100))
			}
			ns := claimbuild.Neighbours(*c, recent, minSim)
			if len(ns) == 0 {
				fmt.Fprintf(tw, "near neighbours: none at similarity %.2f or more among the %d newest claims\n", minSim, len(recent))
			} else {
				fmt.Fprintln(tw, "near neighbours:")
			}
			for _, n := range ns {
				label, err := status(n.Claim.ID)
				if err != nil {
					return err
				}
				fmt.Fprintf(tw, "  %.2f\t%s\tarticle %s\t%s\t%s\n", n.Similarity, n.Claim.ID, n.Claim.ArticleID, label, clipText(n.Claim.Text, 100))
			}
			return tw.Flush()
		},
	}
	similar.Flags().Float64Var(&minSim, "min", 0.3, "smallest similarity (0-1) of a neighbour")
	similar.Flags().IntVar(&scan, "scan", 5000, "how many of the newest claims to compare with")
	cmd.AddCommand(list, show, similar)
	return cmd
}

func newDLQCmd(g *globals) *cobra.Command {
	var storeDSN string
	cmd := &cobra.Command{
		Use:   "dlq",
		Short: "The dead letters: inputs the pipeline gave up on, and why",
	}
	cmd.PersistentFlags().StringVar(&storeDSN, "store", envOr("CLAIMPIPE_STORE", defaultStore("data")), "claims store: postgres://... or a SQLite file (env CLAIMPIPE_STORE)")
	cmd.AddCommand(dlqListCmd(&storeDSN), dlqShowCmd(&storeDSN), dlqReplayCmd(&storeDSN))
	return cmd
}

// checkLimit refuses a --limit the stores would read as their default.
func checkLimit(limit int) error {
	if limit < 1 {
		return claims.Errorf(claims.Invalid, "--limit %d: want at least 1", limit)
	}
	return nil
}

// printShown says how many items a list printed and, when --limit cut it
// short (more), that there are more and how to see them.
func printShown(w io.Writer, n int, what string, limit int, more bool, how string) {
	if !more {
		fmt.Fprintf(w, "%d %s\n", n, plural(n, what))
		return
	}
	fmt.Fprintf(w, "%d %s shown (--limit %d); there are more: %s\n", n, plural(n, what), limit, how)
}

// plural is what, a plural noun phrase ("claims", "dead letters"), in the
// singular when n is 1.
func plural(n int, what string) string {
	if n == 1 {
		return strings.TrimSuffix(what, "s")
	}
	return what
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n - 1
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
