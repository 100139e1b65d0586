package main

import (
	"bufio"
	"errors"
	"fmt"
	"net/url"
	"os"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/desk"
)

// addClaimsExport adds `claimpipe claims export` to the claims command.
func addClaimsExport(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() == "claims" {
			c.AddCommand(newClaimsExportCmd())
		}
	}
}

func newClaimsExportCmd() *cobra.Command {
	var format, out, orgName, orgURL, publicURL string
	filters := map[string]*string{}
	flagOf := map[string]string{} // query parameter -> flag, for errors
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export claims: ClaimReview JSON-LD of the verdicts, or CSV / JSONL of any filtered view",
		Long: `export writes the claims of the store in one of three formats:
  claimreview  schema.org ClaimReview JSON-LD, one per claim with a verdict (Google Fact Check Tools)
  csv          one row per claim with its review, values and article
  jsonl        one JSON object per line (claim, review, article title and URL)
The filters are those of the desk's queue, e.g. --status verdict --entity Acme --amount-min 1e6.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			storeDSN, _ := cmd.Flags().GetString("store")
			st, err := openExistingStore(cmd.Context(), storeDSN, storeFlag)
			if err != nil {
				return err
			}
			defer st.Close()
			rs, ok := st.(claims.ReviewStore)
			if !ok {
				return claims.Errorf(claims.Invalid, "--store %q keeps no reviews", storeDSN)
			}
			q := url.Values{}
			for k, v := range filters {
				if *v != "" {
					q.Set(k, *v)
				}
			}
			f, err := desk.ParseQueueFilter(q, "")
			if err != nil {
				// The desk names its query parameter ("amount_min"); here
				// the user typed a flag (--amount-min).
				var pe *desk.ParamError
				if errors.As(err, &pe) && flagOf[pe.Param] != "" {
					return claims.Errorf(claims.Invalid, "--%s %q: want %s", flagOf[pe.Param], pe.Value, pe.Want)
				}
				return err
			}
			w := cmd.OutOrStdout()
			if out != "" && out != "-" {
				file, err := os.Create(out)
				if err != nil {
					return claims.Errorf(claims.Invalid, "--out %q: %w", out, err)
				}
				defer file.Close()
				bw := bufio.NewWriter(file)
				defer bw.Flush()
				w = bw
			}
			n, err := desk.Export(cmd.Context(), w, rs, format, f, desk.Organization{Name: orgName, URL: orgURL}, publicURL)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d %s exported as %s\n", n, plural(n, "claims"), format)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", desk.FormatClaimReview, "claimreview, csv or jsonl")
	fl.StringVarP(&out, "out", "o", "-", "write to this file instead of stdout")
	fl.StringVar(&orgName, "org-name", envOr("CLAIMPIPE_ORG_NAME", "claimpipe desk"), "publisher named as the ClaimReview author (env CLAIMPIPE_ORG_NAME)")
	fl.StringVar(&orgURL, "org-url", envOr("CLAIMPIPE_ORG_URL", ""), "the publisher's URL (env CLAIMPIPE_ORG_URL)")
	fl.StringVar(&publicURL, "public-url", envOr("CLAIMPIPE_PUBLIC_URL", "http://localhost:8080"), "the desk's address, for ClaimReview url fields (env CLAIMPIPE_PUBLIC_URL)")
	for _, name := range []struct{ flag, param, help string }{
		{"status", "status", "new, in_review, verdict or dismissed"},
		{"verdict", "verdict", "true, mostly_true, half_true, mostly_false, false or unverifiable"},
		{"assignee", "assignee", "a user name, or - for unassigned"},
		{"kind", "kind", "claim kind (quantity, prediction, ...)"},
		{"entity", "entity", "a person, organisation or place in the claim (prefix)"},
		{"date-from", "date_from", "a date in the claim on or after YYYY-MM-DD"},
		{"date-to", "date_to", "a date in the claim on or before YYYY-MM-DD"},
		{"published-from", "published_from", "the article published on or after YYYY-MM-DD"},
		{"published-to", "published_to", "the article published on or before YYYY-MM-DD"},
		{"amount-min", "amount_min", "a money amount in the claim at least"},
		{"amount-max", "amount_max", "a money amount in the claim at most"},
		{"source", "source", "the attributed source contains"},
		{"feed", "feed", "the article's site name or URL contains"},
		{"query", "q", "full-text search over claims and headlines"},
		{"article", "article", "only this article's claims"},
	} {
		v := new(string)
		filters[name.param] = v
		flagOf[name.param] = name.flag
		fl.StringVar(v, name.flag, "", name.help)
	}
	return cmd
}
