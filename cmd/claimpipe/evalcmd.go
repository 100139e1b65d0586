package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
)

// dataFolder refuses a --data folder that is not there, saying where the
// gold data comes from: it is not in the repository.
func dataFolder(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case err == nil && st.IsDir():
		return nil
	case err == nil:
		return claims.Errorf(claims.Invalid, "--data %s: a file, not a folder", dir)
	case errors.Is(err, fs.ErrNotExist):
		return claims.Errorf(claims.NotFound, "--data %s: no such folder; the gold data sets are not in this repository: they are the shared/data folder beside it (or $CLAIMPIPE_SHARED/data), or pass --data DIR", dir)
	}
	return claims.Errorf(claims.Invalid, "--data %s: %w", dir, err)
}

// sharedData is the default location of the shared gold data: ../shared/data
// beside the repository, or $CLAIMPIPE_SHARED/data.
func sharedData(sub string) string {
	dir, ok := eval.SharedDir()
	if !ok {
		dir = filepath.Join("..", "shared")
	}
	return filepath.Join(dir, "data", sub)
}

func newEvalCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the extractors on gold data (../shared/data by default)",
		Long: `eval scores one extractor on a gold data set and prints the figures with item counts,
beside the baseline the issue names where there is one (prose v2 for entities and sentences,
a bag-of-words model for check-worthiness), measured in the same run.`,
	}
	type sub struct {
		name, short, def string
		run              func(cmd *cobra.Command, data string) error
	}
	subs := []sub{
		{"article", "body extraction on the ScrapingHub benchmark pages (P, R, F1, accuracy, pages/s)", "article-extraction",
			func(cmd *cobra.Command, data string) error {
				_, err := eval.EvalArticles(cmd.Context(), data, cmd.OutOrStdout())
				return err
			}},
		{"metadata", "title, byline and published date on Mozilla Readability's test pages", "readability-pages",
			func(cmd *cobra.Command, data string) error {
				_, err := eval.EvalMetadata(cmd.Context(), data, cmd.OutOrStdout())
				return err
			}},
		{"ner", "entities on MEANTIME (overlap) and held-back WikiGold (exact), beside prose v2", "",
			func(cmd *cobra.Command, data string) error {
				out, _ := cmd.Flags().GetString("out")
				_, err := eval.EvalNERTo(cmd.Context(), data, out, cmd.OutOrStdout())
				return err
			}},
		{"dates", "time expressions on TempEval-3, MEANTIME and Recognizers-Text DateTime", "",
			func(cmd *cobra.Command, data string) error {
				_, err := eval.EvalDates(cmd.Context(), data, cmd.OutOrStdout())
				return err
			}},
		{"money", "money and percentages on Recognizers-Text Currency and MEANTIME", "",
			func(cmd *cobra.Command, data string) error {
				_, err := eval.EvalMoney(cmd.Context(), data, cmd.OutOrStdout())
				return err
			}},
		{"checkworthiness", "check-worthiness on ClaimBuster (F1, ROC AUC, ECE) and CLEF-2019 (MAP), beside bag-of-words", "checkworthiness",
			func(cmd *cobra.Command, data string) error {
				_, err := eval.EvalCheckworthinessWith(cmd.Context(), data, cmd.OutOrStdout(),
					eval.CheckworthinessOptions{Progress: modelsProgress(cmd.ErrOrStderr())})
				return err
			}},
	}
	for _, s := range subs {
		var data string
		c := &cobra.Command{
			Use:   s.name + " [--data DIR]",
			Short: s.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				if err := dataFolder(data); err != nil {
					return err
				}
				return s.run(cmd, data)
			},
		}
		c.Flags().StringVar(&data, "data", sharedData(s.def), "the data set's folder")
		if s.name == "ner" {
			c.Flags().String("out", "", "also write the system outputs (and the WikiGold documents and gold, held-back and trained-on) as JSONL into this folder, for scoring/score.py")
		}
		cmd.AddCommand(c)
	}
	var rules, data string
	sentences := &cobra.Command{
		Use:   "sentences [--rules FILE] [--data DIR]",
		Short: "sentence splitting on the 52 English Golden Rules and MEANTIME boundaries, beside prose v2",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, _, _, err := eval.EvalSentences(cmd.OutOrStdout(), rules); err != nil {
				return err
			}
			// Beside prose's file, the 52 rules it is made up to (see
			// eval.SentenceRulesExtraFile), when the extra rules are there.
			dir := filepath.Dir(rules)
			if _, err := os.Stat(filepath.Join(dir, eval.SentenceRulesExtraFile)); err == nil {
				fmt.Fprintln(cmd.OutOrStdout(), "== the 52 Golden Rules: prose's file with rules 18, 42 and 52 added and 31-35 as pragmatic_segmenter publishes them")
				if _, _, _, err := eval.EvalSentences(cmd.OutOrStdout(), dir); err != nil {
					return err
				}
			}
			if err := dataFolder(data); err != nil {
				return err
			}
			_, _, err := eval.EvalSentenceBoundaries(cmd.OutOrStdout(), filepath.Join(data, "scoring", "meantime.docs.jsonl"))
			return err
		},
	}
	sentences.Flags().StringVar(&rules, "rules", filepath.Join("extractors", "segment", "testdata", "golden_rules_en.json"), "the Golden Rules file (prose's golden_rules_en.json)")
	sentences.Flags().StringVar(&data, "data", sharedData(""), "the shared data folder (for MEANTIME sentence boundaries)")
	cmd.AddCommand(sentences)
	return cmd
}

// modelsProgress shows how far a run that trains many models has gone: a
// bar on a terminal, and elsewhere (a CI log) a line at every tenth of the
// run, so that forty silent seconds do not read as a hang.
func modelsProgress(w io.Writer) func(done, total int) {
	var p *progress
	start, shown := time.Now(), 0
	return func(done, total int) {
		if p == nil {
			p = newProgress(total, "training")
		}
		if p.bar != nil {
			_ = p.bar.Add(1)
			if done == total {
				_ = p.bar.Finish()
			}
			return
		}
		if tenth := done * 10 / total; tenth > shown || done == total {
			shown = tenth
			fmt.Fprintf(w, "%d of %d training steps done (%s)\n", done, total, time.Since(start).Round(time.Second))
		}
	}
}
