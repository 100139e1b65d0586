package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
)

// ClaimBusterSentence is one line of the ClaimBuster 2.5xNCS JSONL file.
type ClaimBusterSentence struct {
	ID    int    `json:"sentence_id"`
	Label int    `json:"label"` // 1 = check-worthy factual sentence (CFS)
	Text  string `json:"text"`
}

// ClaimBusterFile is the development half of ClaimBuster 2.5xNCS relative to
// the check-worthiness data folder.
const ClaimBusterFile = "claimbuster-2.5xNCS/claimbuster-2.5xNCS.dev.jsonl"

// CLEFDir is CLEF-2019 CheckThat! Task 1 (English) relative to the
// check-worthiness data folder; it holds training/ and test_annotated/.
const CLEFDir = "clef2019-task1-en"

// ReadClaimBuster reads ClaimBuster sentences as training examples (label 1 →
// check-worthy).
func ReadClaimBuster(path string) ([]checkworthy.Example, error) {
	rows, err := ReadJSONL[ClaimBusterSentence](path)
	if err != nil {
		return nil, err
	}
	out := make([]checkworthy.Example, len(rows))
	for i, r := range rows {
		if r.Label != 0 && r.Label != 1 {
			return nil, claims.Errorf(claims.Invalid, "%s: sentence %d: label %d is not 0 or 1", path, r.ID, r.Label)
		}
		out[i] = checkworthy.Example{Text: r.Text, Label: r.Label == 1}
	}
	return out, nil
}

// Debate is one CLEF-2019 Task 1 file: a debate or speech, one sentence a line.
type Debate struct {
	Name      string
	Speakers  []string
	Sentences []checkworthy.Example
}

// ReadCLEFDebate reads a CLEF-2019 Task 1 TSV file
// (line_number<TAB>speaker<TAB>text<TAB>label).
func ReadCLEFDebate(path string) (Debate, error) {
	f, err := os.Open(path)
	if err != nil {
		return Debate{}, claims.Errorf(claims.Invalid, "open %s: %w", path, err)
	}
	defer f.Close()
	d := Debate{Name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return Debate{}, claims.Errorf(claims.Invalid, "%s:%d: %d columns, want 4 (line, speaker, text, label)", path, n, len(cols))
		}
		lab, err := strconv.Atoi(strings.TrimSpace(cols[3]))
		if err != nil || lab != 0 && lab != 1 {
			return Debate{}, claims.Errorf(claims.Invalid, "%s:%d: label %q is not 0 or 1", path, n, cols[3])
		}
		d.Speakers = append(d.Speakers, cols[1])
		d.Sentences = append(d.Sentences, checkworthy.Example{Text: cols[2], Label: lab == 1})
	}
	if err := sc.Err(); err != nil {
		return Debate{}, claims.Errorf(claims.Invalid, "read %s: %w", path, err)
	}
	return d, nil
}

// ReadCLEFDebates reads every *.tsv file of dir, sorted by name.
func ReadCLEFDebates(dir string) ([]Debate, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "list %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, claims.Errorf(claims.NotFound, "no *.tsv debates in %s", dir)
	}
	slices.Sort(paths)
	out := make([]Debate, 0, len(paths))
	for _, p := range paths {
		d, err := ReadCLEFDebate(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// ROCAUC is the area under the ROC curve of scores against labels y: the
// probability that a random positive scores above a random negative, ties
// counting one half (Mann–Whitney U with mid-ranks). It is NaN unless both
// classes occur.
func ROCAUC(scores []float64, y []bool) float64 {
	order := sortedOrder(scores, false)
	var npos, nneg, rankSum float64
	for k := 0; k < len(order); {
		j := k
		for j < len(order) && scores[order[j]] == scores[order[k]] {
			j++
		}
		mid := float64(k+j+1) / 2 // mean of ranks k+1..j
		for _, i := range order[k:j] {
			if y[i] {
				npos++
				rankSum += mid
			} else {
				nneg++
			}
		}
		k = j
	}
	if npos == 0 || nneg == 0 {
		return math.NaN()
	}
	return (rankSum - npos*(npos+1)/2) / (npos * nneg)
}

// ECE is the expected calibration error of probabilities p against labels y
// over bins equal-width bins of [0,1] (the last bin includes 1):
// Σ_b (n_b/N)·|mean p in b − share of positives in b|.
func ECE(p []float64, y []bool, bins int) float64 {
	if len(p) == 0 || bins <= 0 {
		return math.NaN()
	}
	sumP := make([]float64, bins)
	pos := make([]float64, bins)
	cnt := make([]float64, bins)
	for i, v := range p {
		b := int(v * float64(bins))
		b = max(0, min(bins-1, b))
		sumP[b] += v
		cnt[b]++
		if y[i] {
			pos[b]++
		}
	}
	var e float64
	for b := range bins {
		if cnt[b] > 0 {
			e += math.Abs(sumP[b]-pos[b]) / float64(len(p))
		}
	}
	return e
}

// AveragePrecision ranks items by descending score (ties in input order) and
// returns the mean of the precision at the rank of each positive, as the
// CLEF CheckThat! scorer does. It is 0 when there is no positive.
func AveragePrecision(scores []float64, y []bool) float64 {
	order := sortedOrder(scores, true)
	var tp, sum float64
	for k, i := range order {
		if y[i] {
			tp++
			sum += tp / float64(k+1)
		}
	}
	if tp == 0 {
		return 0
	}
	return sum / tp
}

// BinaryF1 is precision, recall and F1 of the positive class when p >= threshold
// predicts positive.
func BinaryF1(p []float64, y []bool, threshold float64) (prec, rec, f1 float64) {
	var tp, fp, fn int
	for i, v := range p {
		switch pred := v >= threshold; {
		case pred && y[i]:
			tp++
		case pred:
			fp++
		case y[i]:
			fn++
		}
	}
	return PRF(tp, tp+fp, tp, tp+fn)
}

// sortedOrder returns indices sorted by score, ties kept in input order.
func sortedOrder(scores []float64, desc bool) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		c := 0
		switch {
		case scores[a] < scores[b]:
			c = -1
		case scores[a] > scores[b]:
			c = 1
		}
		if desc {
			return -c
		}
		return c
	})
	return order
}

// BinaryScores are the ClaimBuster figures of one system.
type BinaryScores struct {
	Precision, Recall, F1 float64 // check-worthy class, at the system's threshold
	F1At05                float64 // F1 at threshold 0.5
	AUC                   float64 // ROC AUC
	ECE                   float64 // expected calibration error, 10 bins
}

// CheckworthinessReport is what EvalCheckworthiness measured.
type CheckworthinessReport struct {
	// ClaimBuster 2.5xNCS development half, stratified k-fold cross-validation.
	ClaimBusterN, ClaimBusterPositives, ClaimBusterFolds int
	Ours, Baseline                                       BinaryScores
	// CLEF-2019 Task 1 development half: trained on training/, AP on each
	// test_annotated/ debate.
	CLEFTestDebates             []string
	CLEFOursAP, CLEFBaselineAP  []float64
	CLEFOursMAP, CLEFBaselineMAP float64
	Elapsed                     time.Duration
}

// Evaluation settings, fixed so that runs are comparable.
const (
	cwFolds = 5
	cwSeed  = 1
)

// OursOptions are the training options of the evaluated (and shipped) model.
var OursOptions = checkworthy.TrainOptions{Seed: cwSeed}

// BaselineOptions train the plain bag-of-words baseline: word unigrams, the
// same logistic regression, no Platt scaling (its own probabilities), the
// decision threshold chosen out of fold like ours.
var BaselineOptions = checkworthy.TrainOptions{Features: checkworthy.BagOfWords, NoPlatt: true, Seed: cwSeed}

// EvalCheckworthiness evaluates check-worthiness on the data folder dataDir
// (shared/data/checkworthiness): ClaimBuster with stratified 5-fold
// cross-validation (seed 1; ours and the baseline on the same folds) and
// CLEF-2019 Task 1 (train on training/, MAP over test_annotated/), and prints a
// table to w.
func EvalCheckworthiness(ctx context.Context, dataDir string, w io.Writer) (*CheckworthinessReport, error) {
	start := time.Now()
	rep := &CheckworthinessReport{ClaimBusterFolds: cwFolds}
	cb, err := ReadClaimBuster(filepath.Join(dataDir, ClaimBusterFile))
	if err != nil {
		return nil, err
	}
	rep.ClaimBusterN = len(cb)
	y := make([]bool, len(cb))
	for i, e := range cb {
		y[i] = e.Label
		if e.Label {
			rep.ClaimBusterPositives++
		}
	}
	fold := checkworthy.Folds(y, cwFolds, cwSeed)
	type sys struct {
		opts checkworthy.TrainOptions
		p    []float64
		thr  []float64 // per example: the threshold of the model that scored it
		out  *BinaryScores
	}
	systems := []*sys{
		{opts: OursOptions, out: &rep.Ours},
		{opts: BaselineOptions, out: &rep.Baseline},
	}
	for _, s := range systems {
		s.p = make([]float64, len(cb))
		s.thr = make([]float64, len(cb))
	}
	for f := range cwFolds {
		var train []checkworthy.Example
		for i, e := range cb {
			if fold[i] != f {
				train = append(train, e)
			}
		}
		for _, s := range systems {
			if err := ctx.Err(); err != nil {
				return nil, claims.WrapKind(claims.Transient, err)
			}
			m, err := checkworthy.Train(train, s.opts)
			if err != nil {
				return nil, err
			}
			for i, e := range cb {
				if fold[i] == f {
					s.p[i] = m.Score(e.Text, nil)
					s.thr[i] = m.Threshold()
				}
			}
		}
	}
	for _, s := range systems {
		// Each fold's model decides with its own threshold.
		var tp, fp, fn int
		for i, v := range s.p {
			switch pred := v >= s.thr[i]; {
			case pred && y[i]:
				tp++
			case pred:
				fp++
			case y[i]:
				fn++
			}
		}
		s.out.Precision, s.out.Recall, s.out.F1 = PRF(tp, tp+fp, tp, tp+fn)
		_, _, s.out.F1At05 = BinaryF1(s.p, y, 0.5)
		s.out.AUC = ROCAUC(s.p, y)
		s.out.ECE = ECE(s.p, y, 10)
	}

	// CLEF-2019: the official split.
	trainDebates, err := ReadCLEFDebates(filepath.Join(dataDir, CLEFDir, "training"))
	if err != nil {
		return nil, err
	}
	testDebates, err := ReadCLEFDebates(filepath.Join(dataDir, CLEFDir, "test_annotated"))
	if err != nil {
		return nil, err
	}
	var clefTrain []checkworthy.Example
	for _, d := range trainDebates {
		clefTrain = append(clefTrain, d.Sentences...)
	}
	for k, opts := range []checkworthy.TrainOptions{OursOptions, BaselineOptions} {
		if err := ctx.Err(); err != nil {
			return nil, claims.WrapKind(claims.Transient, err)
		}
		m, err := checkworthy.Train(clefTrain, opts)
		if err != nil {
			return nil, err
		}
		var sum float64
		for _, d := range testDebates {
			sc := make([]float64, len(d.Sentences))
			yy := make([]bool, len(d.Sentences))
			for i, e := range d.Sentences {
				sc[i] = m.Raw(e.Text, nil)
				yy[i] = e.Label
			}
			ap := AveragePrecision(sc, yy)
			sum += ap
			if k == 0 {
				rep.CLEFTestDebates = append(rep.CLEFTestDebates, d.Name)
				rep.CLEFOursAP = append(rep.CLEFOursAP, ap)
			} else {
				rep.CLEFBaselineAP = append(rep.CLEFBaselineAP, ap)
			}
		}
		if k == 0 {
			rep.CLEFOursMAP = sum / float64(len(testDebates))
		} else {
			rep.CLEFBaselineMAP = sum / float64(len(testDebates))
		}
	}
	rep.Elapsed = time.Since(start)
	rep.Print(w)
	return rep, nil
}

// Print writes the report as a plain-text table.
func (r *CheckworthinessReport) Print(w io.Writer) {
	fmt.Fprintf(w, "ClaimBuster 2.5xNCS (development half: %d sentences, %d CFS), stratified %d-fold CV, seed %d\n",
		r.ClaimBusterN, r.ClaimBusterPositives, r.ClaimBusterFolds, cwSeed)
	fmt.Fprintf(w, "  %-22s %6s %6s %6s %8s %7s %6s\n", "system", "P", "R", "F1", "F1@0.5", "ROCAUC", "ECE")
	for _, row := range []struct {
		name string
		s    BinaryScores
	}{{"checkworthy (ours)", r.Ours}, {"bag-of-words baseline", r.Baseline}} {
		fmt.Fprintf(w, "  %-22s %6.2f %6.2f %6.2f %8.2f %7.4f %6.4f\n", row.name,
			100*row.s.Precision, 100*row.s.Recall, 100*row.s.F1, 100*row.s.F1At05, row.s.AUC, row.s.ECE)
	}
	fmt.Fprintf(w, "  F1 gain over baseline: %+.2f points\n", 100*(r.Ours.F1-r.Baseline.F1))
	fmt.Fprintf(w, "CLEF-2019 Task 1 (development half): trained on training/, AP per test_annotated/ debate\n")
	fmt.Fprintf(w, "  %-28s %8s %8s\n", "debate", "ours", "baseline")
	for i, n := range r.CLEFTestDebates {
		fmt.Fprintf(w, "  %-28s %8.4f %8.4f\n", n, r.CLEFOursAP[i], r.CLEFBaselineAP[i])
	}
	fmt.Fprintf(w, "  %-28s %8.4f %8.4f\n", "MAP", r.CLEFOursMAP, r.CLEFBaselineMAP)
	fmt.Fprintf(w, "elapsed %s\n", r.Elapsed.Round(time.Millisecond))
}
