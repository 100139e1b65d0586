package checkworthy

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// TestFeaturesAsShipped: featurize gives exactly the features the shipped
// code gave (reference_test.go), in the same order, for every feature group,
// with and without mentions, and Model.Raw the same float64 bit for bit, on
// the sentences, paragraphs and claims of the fixtures, the development
// sentences of ClaimBuster and CLEF when the shared data is there, and edge
// cases.
func TestFeaturesAsShipped(t *testing.T) {
	texts := equivalenceTexts(t)
	if len(texts) < 500 {
		t.Fatalf("only %d texts to compare: the fixtures are missing", len(texts))
	}
	m := mustLoad(t)
	mentions := []claims.Mention{{Type: claims.TypeMoney}, {Type: claims.TypeDate}, {Type: claims.TypePerson}, {Type: claims.TypeMoney}}
	sets := []FeatureSet{m.features, AllFeatures, WordUnigrams, WordBigrams, CharNgrams, Cues, MentionTypes, Shapes, SentChars, PlainWords,
		AllFeatures | CharNgrams | PlainWords}
	features := 0
	for _, s := range texts {
		for _, ms := range [][]claims.Mention{nil, mentions} {
			for _, fs := range sets {
				ref := refSink{mask: 1<<18 - 1}
				refFeaturize(s, ms, fs, &ref)
				got := sink{mask: 1<<18 - 1}
				featurize(s, ms, fs, &got)
				if !equalFeatures(got.feats, ref.feats) || got.n != ref.n {
					t.Fatalf("featurize(%q, %d mentions, %b): %d features, want the shipped %d (first difference at %d)",
						s, len(ms), fs, len(got.feats), len(ref.feats), firstDifference(got.feats, ref.feats))
				}
				features += len(got.feats)
			}
			if got, want := m.Raw(s, ms), refRaw(m, s, ms); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("Raw(%q, %d mentions) = %v, want the shipped %v", s, len(ms), got, want)
			}
		}
	}
	t.Logf("%d texts, %d features: all as shipped", len(texts), features)
}

func equalFeatures(a, b []uint32) bool { return firstDifference(a, b) < 0 }

func firstDifference(a, b []uint32) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}

// equivalenceTexts gathers the texts TestFeaturesAsShipped compares on.
func equivalenceTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"", " ", "\t\n", "a", "ab", "abc", "abcd", "abcde", "Thank you.", "I.",
		"The deficit rose 25% to $1.2 trillion in 2019, Senator Smith said.",
		"More than 3,000.50 troops; per cent; going to; according to THE REPORT!?",
		strings.Repeat("x", 40) + " " + strings.Repeat("Ab1", 20) + " supercalifragilisticexpialidocious",
		"Naïve café déjà vu — “quoted” ‘text’ it’s Zürich’s €5 £3 ¥7 … İstanbul K",
		"bad \xff\xfe utf8 \xe2\x80 cut",
		"tabs\tand\tlines\r\nbetween  words\n\n  and\t\t spaces 12\t34",
		strings.Repeat("The quick brown fox jumps over the lazy dog, 42 times. ", 40),
	}
	dirs, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "*", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range dirs {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var r claims.Result
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, r.Article.Title)
		doc := segment.Split(r.Article.Text)
		for i := range doc.Sentences {
			texts = append(texts, doc.SentenceText(i))
		}
		texts = append(texts, strings.Split(r.Article.Text, "\n")...)
		for _, c := range r.Claims {
			texts = append(texts, c.Text)
		}
	}
	if shared, ok := sharedDir(); ok {
		dir := filepath.Join(shared, "data", "checkworthiness")
		texts = append(texts, readLines(t, filepath.Join(dir, "claimbuster-2.5xNCS", "claimbuster-2.5xNCS.dev.jsonl"), func(line string) string {
			var row struct{ Text string }
			if err := json.Unmarshal([]byte(line), &row); err != nil {
				t.Fatal(err)
			}
			return row.Text
		})...)
		clef, _ := filepath.Glob(filepath.Join(dir, "clef2019-task1-en", "*", "*.tsv"))
		for _, path := range clef {
			texts = append(texts, readLines(t, path, func(line string) string {
				if cols := strings.Split(line, "\t"); len(cols) == 4 {
					return cols[2]
				}
				return line
			})...)
		}
	} else {
		t.Log("shared data not found: fixtures and edge cases only")
	}
	return texts
}

func readLines(t *testing.T, path string, text func(string) string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, text(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sharedDir finds the shared data folder as eval.SharedDir does (this
// package cannot import eval, which imports it).
func sharedDir() (string, bool) {
	if d := os.Getenv("CLAIMPIPE_SHARED"); d != "" {
		st, err := os.Stat(d)
		return d, err == nil && st.IsDir()
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		cand := filepath.Join(filepath.Dir(d), "shared")
		if st, err := os.Stat(filepath.Join(cand, "data")); err == nil && st.IsDir() {
			return cand, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}
