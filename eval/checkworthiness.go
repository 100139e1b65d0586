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
	"sort"
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
// the check-worthiness data folder: what the shipped model is trained on.
const ClaimBusterFile = ClaimBusterDir + "/claimbuster-2.5xNCS.dev.jsonl"

// ClaimBusterDir is the ClaimBuster 2.5xNCS folder relative to the
// check-worthiness data folder. The evaluation reads every JSONL file in
// it: the development half here, the held-out half or both halves (the
// whole set) elsewhere, whatever their files are named.
const ClaimBusterDir = "claimbuster-2.5xNCS"

// ReadClaimBusterDir reads every *.jsonl file of dir, in name order, as one
// set; a sentence ID that two files both hold is read once. It returns the
// files read.
func ReadClaimBusterDir(dir string) ([]checkworthy.Example, []string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, nil, claims.Errorf(claims.Invalid, "%s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, nil, claims.Errorf(claims.NotFound, "%s: no ClaimBuster *.jsonl file", dir)
	}
	sort.Strings(paths)
	var out []checkworthy.Example
	seen := map[int]bool{}
	for _, p := range paths {
		rows, err := ReadJSONL[ClaimBusterSentence](p)
		if err != nil {
			return nil, nil, err
		}
		for _, r := range rows {
			if r.Label != 0 && r.Label != 1 {
				return nil, nil, claims.Errorf(claims.Invalid, "%s: sentence %d: label %d is not 0 or 1", p, r.ID, r.Label)
			}
			if seen[r.ID] {
				continue
			}
			seen[r.ID] = true
			out = append(out, checkworthy.Example{Text: r.Text, Label: r.Label == 1})
		}
	}
	return out, paths, nil
}

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
		return Debate{}, claims.WrapKind(claims.Invalid, err) // "open PATH: ..."
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
	return prfAt(p, y, func(int) float64 { return threshold })
}

// prfAt is precision, recall and F1 of the positive class when p[i] >=
// threshold(i) predicts example i positive.
func prfAt(p []float64, y []bool, threshold func(i int) float64) (prec, rec, f1 float64) {
	var tp, fp, fn int
	for i, v := range p {
		switch pred := v >= threshold(i); {
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
	// Precision, recall and F1 of the check-worthy class, each fold's model
	// deciding at its own threshold (chosen on its training folds).
	Precision, Recall, F1 float64
	F1At05                float64 // F1 at the fixed threshold 0.5
	AUC                   float64 // ROC AUC
	ECE                   float64 // expected calibration error, 10 equal-width bins
}

// DebateAP is the average precision on one debate of ours, each sentence
// scored alone; of ours ranking the transcript (checkworthy.RankTranscript:
// questions and those who ask them last), without and with the training
// debates' check-worthy sentences as the claims already checked, and with
// only those of the training debates held before it (an archive holds no
// later checks; debates are dated by the YYYYMMDD their file names open
// with); and of the baseline.
type DebateAP struct {
	Debate                                       string
	Ours, Transcript, Matched, Earlier, Baseline float64
}

// CheckworthinessReport is what EvalCheckworthiness measured.
type CheckworthinessReport struct {
	// ClaimBuster 2.5xNCS development half, stratified k-fold cross-validation.
	ClaimBusterN, ClaimBusterPositives, ClaimBusterFolds int
	ClaimBusterFiles                                     []string // the files read, by name
	Ours, Baseline                                       BinaryScores
	// SeedGains is ours' F1 minus the baseline's with the folds of seeds 1
	// to 5 (the first is the table's).
	SeedGains []float64
	// Unigrams is a stronger reference than the baseline: the same logistic
	// regression over our tokeniser's unigrams (numbers by shape, $ and %
	// as tokens).
	Unigrams BinaryScores
	// CLEF-2019 Task 1 development half, leave one debate out over all its
	// debates (training/ and test_annotated/), the ClaimBuster development
	// half added to every training set (minus any sentence of the held-out
	// debate).
	CLEF []DebateAP
	// CLEFMAP is the mean of each column of CLEF: the MAPs.
	CLEFMAP DebateAP
	// The official split: trained on training/ (plus ClaimBuster), MAP over
	// test_annotated/.
	CLEFSplit    []DebateAP
	CLEFSplitMAP DebateAP
	Elapsed      time.Duration
}

// Evaluation settings, fixed so that runs are comparable.
const (
	cwFolds = 5
	cwSeed  = 1
	cwSeeds = 5 // fold assignments the F1 gain is also measured on (seeds 1 to 5)
)

// OursOptions are the training options of the evaluated (and shipped) model.
func OursOptions() checkworthy.TrainOptions { return checkworthy.DefaultOptions() }

// BaselineOptions train the plain bag-of-words baseline on n examples: what
// scikit-learn's CountVectorizer() and LogisticRegression() defaults make
// (lowercased word tokens of two or more characters as counts; L2 penalty
// C = 1, i.e. λ = 1/n on the mean loss), its own probabilities (no Platt
// scaling); like ours, its decision threshold is chosen out of fold.
func BaselineOptions(n int) checkworthy.TrainOptions {
	return checkworthy.TrainOptions{Features: checkworthy.BagOfWords, L2: 1 / float64(max(n, 1)), NoPlatt: true, Seed: cwSeed}
}

// EvalCheckworthiness evaluates check-worthiness on the data folder dataDir
// (shared/data/checkworthiness) and prints a table to w:
//
//   - ClaimBuster 2.5xNCS: stratified 5-fold cross-validation (seed 1), ours
//     and the bag-of-words baseline trained on the same folds in the same run:
//     F1 of the CFS class, ROC AUC, ECE (10 bins); and the F1 gain again with
//     the folds of seeds 2 to 5.
//   - CLEF-2019 Task 1: AP per debate, leave one debate out over all debates
//     of the folder, each model trained on the other debates plus the
//     ClaimBuster development half (sentences of the held-out debate removed);
//     MAP, of each sentence scored alone and of the transcript ranking
//     (checkworthy.RankTranscript, which reads the speaker column). The
//     official train/test split is printed as well.
func EvalCheckworthiness(ctx context.Context, dataDir string, w io.Writer) (*CheckworthinessReport, error) {
	return EvalCheckworthinessWith(ctx, dataDir, w, CheckworthinessOptions{})
}

// CheckworthinessOptions tune EvalCheckworthinessWith; the zero value is
// EvalCheckworthiness.
type CheckworthinessOptions struct {
	// Progress, if set, is told after each of the run's seventy steps
	// (a cross-validation fold trained, a CLEF debate ranked; some forty
	// seconds in all) how many are done of how many.
	Progress func(done, total int)
}

// EvalCheckworthinessWith is EvalCheckworthiness with options.
func EvalCheckworthinessWith(ctx context.Context, dataDir string, w io.Writer, o CheckworthinessOptions) (*CheckworthinessReport, error) {
	start := time.Now()
	rep := &CheckworthinessReport{ClaimBusterFolds: cwFolds}
	cb, files, err := ReadClaimBusterDir(filepath.Join(dataDir, ClaimBusterDir))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		rep.ClaimBusterFiles = append(rep.ClaimBusterFiles, filepath.Base(f))
	}
	// Read everything first, so that a missing folder is said at once,
	// not after the ClaimBuster half of the run.
	trainDebates, err := ReadCLEFDebates(filepath.Join(dataDir, CLEFDir, "training"))
	if err != nil {
		return nil, err
	}
	testDebates, err := ReadCLEFDebates(filepath.Join(dataDir, CLEFDir, "test_annotated"))
	if err != nil {
		return nil, err
	}
	all := append(append([]Debate{}, trainDebates...), testDebates...)
	done, total := 0, cwFolds*(3+2*(cwSeeds-1))+len(all)+1
	tick := func() {
		done++
		if o.Progress != nil {
			o.Progress(done, total)
		}
	}
	if err := evalClaimBuster(ctx, cb, rep, tick); err != nil {
		return nil, err
	}
	for k := range all {
		aps, err := rankDebates(ctx, all[:k:k], all[k+1:], all[k:k+1], cb)
		if err != nil {
			return nil, err
		}
		tick()
		rep.CLEF = append(rep.CLEF, aps...)
	}
	rep.CLEFMAP = meanAP("MAP (leave one debate out)", rep.CLEF)
	rep.CLEFSplit, err = rankDebates(ctx, trainDebates, nil, testDebates, cb)
	if err != nil {
		return nil, err
	}
	tick()
	rep.CLEFSplitMAP = meanAP("MAP (official split)", rep.CLEFSplit)
	rep.Elapsed = time.Since(start)
	rep.Print(w)
	return rep, nil
}

func evalClaimBuster(ctx context.Context, cb []checkworthy.Example, rep *CheckworthinessReport, tick func()) error {
	rep.ClaimBusterN = len(cb)
	y := make([]bool, len(cb))
	for i, e := range cb {
		y[i] = e.Label
		if e.Label {
			rep.ClaimBusterPositives++
		}
	}
	ours := func(int) checkworthy.TrainOptions { return OursOptions() }
	unigrams := func(n int) checkworthy.TrainOptions {
		o := BaselineOptions(n)
		o.Features = checkworthy.WordUnigrams
		return o
	}
	fold := checkworthy.Folds(y, cwFolds, cwSeed)
	for _, s := range []struct {
		opts func(n int) checkworthy.TrainOptions
		out  *BinaryScores
	}{{ours, &rep.Ours}, {BaselineOptions, &rep.Baseline}, {unigrams, &rep.Unigrams}} {
		p, thr, err := crossValidate(ctx, cb, fold, s.opts, tick)
		if err != nil {
			return err
		}
		s.out.Precision, s.out.Recall, s.out.F1 = outOfFoldPRF(p, thr, y)
		_, _, s.out.F1At05 = BinaryF1(p, y, 0.5)
		s.out.AUC = ROCAUC(p, y)
		s.out.ECE = ECE(p, y, 10)
	}
	// The gain over the baseline with other fold assignments: how much of
	// it is the folds' luck.
	rep.SeedGains = []float64{rep.Ours.F1 - rep.Baseline.F1}
	for seed := uint64(cwSeed + 1); seed < cwSeed+cwSeeds; seed++ {
		fold := checkworthy.Folds(y, cwFolds, seed)
		var f1 [2]float64
		for k, opts := range []func(n int) checkworthy.TrainOptions{ours, BaselineOptions} {
			p, thr, err := crossValidate(ctx, cb, fold, opts, tick)
			if err != nil {
				return err
			}
			_, _, f1[k] = outOfFoldPRF(p, thr, y)
		}
		rep.SeedGains = append(rep.SeedGains, f1[0]-f1[1])
	}
	return nil
}

// crossValidate trains a model with opts on all folds but one, for each
// fold, and returns every example's score by the model that did not see
// it, and that model's decision threshold.
// tick is called after each model.
func crossValidate(ctx context.Context, cb []checkworthy.Example, fold []int, opts func(n int) checkworthy.TrainOptions, tick func()) (p, thr []float64, err error) {
	p, thr = make([]float64, len(cb)), make([]float64, len(cb))
	for f := range cwFolds {
		if err := ctx.Err(); err != nil {
			return nil, nil, claims.WrapKind(claims.Transient, err)
		}
		var train []checkworthy.Example
		for i, e := range cb {
			if fold[i] != f {
				train = append(train, e)
			}
		}
		m, err := checkworthy.Train(train, opts(len(train)))
		if err != nil {
			return nil, nil, err
		}
		for i, e := range cb {
			if fold[i] == f {
				p[i], thr[i] = m.Score(e.Text, nil), m.Threshold()
			}
		}
		tick()
	}
	return p, thr, nil
}

// outOfFoldPRF is precision, recall and F1 of the positive class, each
// example judged by its own model's threshold.
func outOfFoldPRF(p, thr []float64, y []bool) (prec, rec, f1 float64) {
	return prfAt(p, y, func(i int) float64 { return thr[i] })
}

// rankDebates trains ours and the baseline on the debates of train1 and
// train2 plus the ClaimBuster sentences extra (minus any sentence that also
// occurs in a test debate) and returns the AP of each on each test debate.
// Only the ranking matters, so the models are trained without calibration.
func rankDebates(ctx context.Context, train1, train2, test []Debate, extra []checkworthy.Example) ([]DebateAP, error) {
	held := map[string]bool{}
	for _, d := range test {
		for _, e := range d.Sentences {
			held[normSentence(e.Text)] = true
		}
	}
	var train []checkworthy.Example
	var checked []string   // the training debates' check-worthy sentences: claims already checked
	var checkedOn []string // the date of each one's debate
	for _, ds := range [][]Debate{train1, train2} {
		for _, d := range ds {
			train = append(train, d.Sentences...)
			for _, e := range d.Sentences {
				if e.Label {
					checked = append(checked, e.Text)
					checkedOn = append(checkedOn, debateDate(d.Name))
				}
			}
		}
	}
	for _, e := range extra {
		if !held[normSentence(e.Text)] {
			train = append(train, e)
		}
	}
	out := make([]DebateAP, len(test))
	for k, opts := range []checkworthy.TrainOptions{OursOptions(), BaselineOptions(len(train))} {
		if err := ctx.Err(); err != nil {
			return nil, claims.WrapKind(claims.Transient, err)
		}
		opts.Folds = 1
		m, err := checkworthy.Train(train, opts)
		if err != nil {
			return nil, err
		}
		for j, d := range test {
			sc := make([]float64, len(d.Sentences))
			y := make([]bool, len(d.Sentences))
			for i, e := range d.Sentences {
				sc[i] = m.Raw(e.Text, nil)
				y[i] = e.Label
			}
			out[j].Debate = d.Name
			if k == 1 {
				out[j].Baseline = AveragePrecision(sc, y)
				continue
			}
			out[j].Ours = AveragePrecision(sc, y)
			turns := make([]checkworthy.Turn, len(d.Sentences))
			for i, e := range d.Sentences {
				turns[i] = checkworthy.Turn{Speaker: d.Speakers[i], Text: e.Text}
			}
			// The AP of the transcript ranking with these claims already checked.
			rankAP := func(checked []string) float64 {
				for pos, r := range m.RankTranscript(turns, checked) {
					sc[r.Index] = float64(len(turns) - pos)
				}
				return AveragePrecision(sc, y)
			}
			out[j].Transcript = rankAP(nil)
			out[j].Matched = rankAP(checked)
			var before []string
			if on := debateDate(d.Name); on != "" {
				for c, cOn := range checkedOn {
					if cOn != "" && cOn < on {
						before = append(before, checked[c])
					}
				}
			}
			out[j].Earlier = rankAP(before)
		}
	}
	return out, nil
}

// debateDate is the YYYYMMDD a CLEF debate's name opens with
// ("20160311_12_gop"), "" if it opens with none.
func debateDate(name string) string {
	if len(name) < 8 {
		return ""
	}
	for _, c := range name[:8] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return name[:8]
}

func normSentence(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// meanAP is the mean of each column of aps, named name.
func meanAP(name string, aps []DebateAP) DebateAP {
	mean := DebateAP{Debate: name}
	for _, a := range aps {
		mean.Ours += a.Ours
		mean.Transcript += a.Transcript
		mean.Matched += a.Matched
		mean.Earlier += a.Earlier
		mean.Baseline += a.Baseline
	}
	n := float64(max(len(aps), 1))
	mean.Ours, mean.Transcript, mean.Matched, mean.Earlier, mean.Baseline =
		mean.Ours/n, mean.Transcript/n, mean.Matched/n, mean.Earlier/n, mean.Baseline/n
	return mean
}

// Print writes the report as a plain-text table.
func (r *CheckworthinessReport) Print(w io.Writer) {
	fmt.Fprintf(w, "ClaimBuster 2.5xNCS (%s: %d sentences, %d CFS), stratified %d-fold CV, seed %d\n",
		strings.Join(r.ClaimBusterFiles, ", "), r.ClaimBusterN, r.ClaimBusterPositives, r.ClaimBusterFolds, cwSeed)
	fmt.Fprintf(w, "  %-22s %6s %6s %6s %8s %7s %6s\n", "system", "P", "R", "F1", "F1@0.5", "ROCAUC", "ECE")
	for _, row := range []struct {
		name string
		s    BinaryScores
	}{{"checkworthy (ours)", r.Ours}, {"bag-of-words baseline", r.Baseline}, {"(ref: our unigrams)", r.Unigrams}} {
		fmt.Fprintf(w, "  %-22s %6.2f %6.2f %6.2f %8.2f %7.4f %6.4f\n", row.name,
			100*row.s.Precision, 100*row.s.Recall, 100*row.s.F1, 100*row.s.F1At05, row.s.AUC, row.s.ECE)
	}
	fmt.Fprintf(w, "  F1 gain over baseline: %+.2f points (at 0.5: %+.2f); over our unigrams: %+.2f\n",
		100*(r.Ours.F1-r.Baseline.F1), 100*(r.Ours.F1At05-r.Baseline.F1At05), 100*(r.Ours.F1-r.Unigrams.F1))
	if len(r.SeedGains) > 1 {
		lo, hi := slices.Min(r.SeedGains), slices.Max(r.SeedGains)
		fmt.Fprintf(w, "  F1 gain over baseline with the folds of seeds 1-%d: %+.2f to %+.2f points\n", len(r.SeedGains), 100*lo, 100*hi)
	}
	fmt.Fprintf(w, "CLEF-2019 Task 1 (%d debates): AP per debate, leave one debate out, + ClaimBuster in training\n", len(r.CLEF))
	fmt.Fprintf(w, "  ours: each sentence scored alone; transcript: ours, questions and the speakers who mostly ask them last;\n")
	fmt.Fprintf(w, "  +checked: transcript, repeats of the training debates' check-worthy sentences (claims already checked) raised;\n")
	fmt.Fprintf(w, "  +earlier: the same with only the training debates held before the debate (what an archive would hold)\n")
	fmt.Fprintf(w, "  %-28s %8s %10s %8s %8s %8s\n", "debate", "ours", "transcript", "+checked", "+earlier", "baseline")
	row := func(a DebateAP) {
		fmt.Fprintf(w, "  %-28s %8.4f %10.4f %8.4f %8.4f %8.4f\n", a.Debate, a.Ours, a.Transcript, a.Matched, a.Earlier, a.Baseline)
	}
	for _, a := range r.CLEF {
		row(a)
	}
	row(r.CLEFMAP)
	fmt.Fprintf(w, "  official split: trained on training/ + ClaimBuster, MAP over test_annotated/\n")
	for _, a := range r.CLEFSplit {
		row(a)
	}
	row(r.CLEFSplitMAP)
	fmt.Fprintf(w, "  (reference: the best primary run of 2019 scored 0.166 over all 7 test files: 0.250 on the speeches, 0.054 on the debates)\n")
	fmt.Fprintf(w, "elapsed %s\n", r.Elapsed.Round(time.Millisecond))
}
