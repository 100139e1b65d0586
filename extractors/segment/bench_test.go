package segment_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/segment"
	"github.com/jdkato/prose/v2"
)

// benchCorpus returns the gold article bodies of the shared
// article-extraction set, or, when the shared data is absent, the Golden
// Rules inputs from testdata (a much smaller and less typical corpus).
func benchCorpus(b *testing.B) []string {
	if dir, ok := eval.SharedDir(); ok {
		raw, err := os.ReadFile(filepath.Join(dir, "data", "article-extraction", "ground-truth.json"))
		if err == nil {
			var gt map[string]struct {
				ArticleBody string `json:"articleBody"`
			}
			if err := json.Unmarshal(raw, &gt); err != nil {
				b.Fatal(err)
			}
			var out []string
			for _, v := range gt {
				out = append(out, v.ArticleBody)
			}
			return out
		}
	}
	b.Log("SHARED DATA ABSENT: benchmarking on the Golden Rules inputs from testdata instead of article bodies")
	raw, err := os.ReadFile(filepath.Join("testdata", "golden_rules_en.json"))
	if err != nil {
		b.Fatal(err)
	}
	var rules []struct{ Input string }
	if err := json.Unmarshal(raw, &rules); err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, r := range rules {
		sb.WriteString(r.Input)
		sb.WriteString("\n\n")
	}
	return []string{sb.String()}
}

// BenchmarkSplit measures tokenizing and sentence splitting on real article
// text; words/s counts word, number, URL and e-mail tokens.
func BenchmarkSplit(b *testing.B) {
	docs := benchCorpus(b)
	words, bytes := 0, 0
	for _, d := range docs {
		words += segment.Split(d).Words()
		bytes += len(d)
	}
	b.SetBytes(int64(bytes))
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			segment.Split(d)
		}
	}
	reportRates(b, words, cpuTime()-cpu0)
}

// BenchmarkProseSegment is the same corpus through prose v2's tokenizer and
// sentence segmenter (tagging and entities off), for comparison.
func BenchmarkProseSegment(b *testing.B) {
	docs := benchCorpus(b)
	words, bytes := 0, 0
	for _, d := range docs {
		words += segment.Split(d).Words()
		bytes += len(d)
	}
	b.SetBytes(int64(bytes))
	cpu0 := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := prose.NewDocument(d, prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportRates(b, words, cpuTime()-cpu0)
}

// reportRates reports words/s of wall-clock time and, where the platform
// tells, words per second of the process's CPU time, which other load on a
// shared machine does not dilute.
func reportRates(b *testing.B, words int, cpu time.Duration) {
	total := float64(words) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "words/cpu-s")
	}
}
