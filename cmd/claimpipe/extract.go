package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors"
)

// checkDate validates a --published value.
func checkDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		if _, err2 := time.Parse(time.RFC3339, s); err2 != nil {
			return claims.Errorf(claims.Invalid, "--published %q: want a date as YYYY-MM-DD (or RFC 3339)", s)
		}
	}
	return nil
}

func newExtractCmd(g *globals) *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "extract [--published DATE] FILE|-",
		Short: "Extract the article, mentions and claims of one HTML or text file, offline",
		Long: `extract reads one article (HTML or plain text, gzipped or not; - for standard input) and prints one JSON
object: the article, its mentions (../shared/FORMAT.md) and its claims with their spans. It needs no
NATS and no store: it runs the same extractors as the pipeline, in this process.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDate(published); err != nil {
				return err
			}
			engine, err := extractors.New()
			if err != nil {
				return err
			}
			page, err := readPage(args[0])
			if err != nil {
				return err
			}
			page.Published = published
			r, err := engine.Extract(page)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(r)
		},
	}
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD); relative dates resolve against it")
	return cmd
}

func newAnnotateCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "annotate [FILE|DIR...|-]",
		Short: "Annotate FORMAT.md documents (JSONL) with mentions, streaming",
		Long: `annotate reads documents, one JSON object a line ({"id","text","dct"}), from the files given
(a directory stands for its *.jsonl files) or standard input (no argument, or -), and writes one line of mentions
per document ({"id","mentions":[...]}) in the same order, as ../shared/FORMAT.md describes.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			engine, err := extractors.New()
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			annotate := func(name string, r io.Reader, p *progress) error {
				return eval.EachJSONL(r, name, func(line int, d eval.Doc) error {
					dct, err := eval.ParseDCT(d.DCT)
					if err != nil {
						return claims.Errorf(claims.Invalid, "%s:%d: %w", name, line, err)
					}
					ms := engine.Annotate(d.Text, dct)
					if ms == nil {
						ms = []claims.Mention{}
					}
					p.done(nil)
					return enc.Encode(eval.GoldDoc{ID: d.ID, Mentions: eval.AsGold(ms)})
				})
			}
			if len(args) == 0 || len(args) == 1 && args[0] == "-" {
				p := newProgress(0, "annotating")
				if err := annotate("standard input", os.Stdin, p); err != nil {
					return err
				}
				out.Flush()
				p.summary(cmd.ErrOrStderr(), "documents")
				return nil
			}
			files, err := expandJSONL(args)
			if err != nil {
				return err
			}
			p := newProgress(len(files), "annotating")
			for _, f := range files {
				fh, err := os.Open(f)
				if err != nil {
					return claims.Errorf(claims.Invalid, "%s: %w", f, err)
				}
				err = annotate(f, fh, &progress{})
				fh.Close()
				p.done(err)
				if err != nil {
					return err
				}
			}
			out.Flush()
			p.summary(cmd.ErrOrStderr(), "files")
			return nil
		},
	}
}
