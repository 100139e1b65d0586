package checkworthy

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
)

func mustLoad(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return m
}

func TestLoad(t *testing.T) {
	start := time.Now()
	m := mustLoad(t)
	t.Logf("Load took %s (first call decodes the embedded model)", time.Since(start))
	if m.Features() != AllFeatures&^MentionTypes {
		t.Errorf("embedded model features = %b, want AllFeatures without MentionTypes %b (it is trained on sentences without mentions)", m.Features(), AllFeatures&^MentionTypes)
	}
	if !m.calibrated {
		t.Error("embedded model is not calibrated")
	}
	if th := m.Threshold(); th <= 0.1 || th >= 0.9 {
		t.Errorf("Threshold() = %v, want a threshold inside (0.1, 0.9)", th)
	}
	m2 := mustLoad(t)
	if m != m2 {
		t.Error("Load returned a different model on the second call; want one shared model")
	}
}

// The embedded model scores a sentence the same with the mentions the
// claims pass gives it as without, as the evaluation scores it: it was
// trained on sentences without mentions, so a mention's features would
// only add the weights of the features they collide with.
func TestEmbeddedModelIgnoresMentions(t *testing.T) {
	m := mustLoad(t)
	s := "Senator Smith said the deficit rose 25% to $1.2 trillion in 2019."
	ms := []claims.Mention{
		{Start: 0, End: 13, Type: claims.TypePerson, Text: "Senator Smith"},
		{Start: 36, End: 39, Type: claims.TypePercent, Text: "25%"},
		{Start: 43, End: 55, Type: claims.TypeMoney, Text: "$1.2 trillion"},
		{Start: 59, End: 63, Type: claims.TypeDate, Text: "2019"},
	}
	if with, without := m.Score(s, ms), m.Score(s, nil); with != without {
		t.Errorf("Score with mentions = %v, without = %v: want the same", with, without)
	}
}

func TestScoreRangeAndInputs(t *testing.T) {
	m := mustLoad(t)
	for _, s := range []string{
		"",
		" ",
		"?",
		"Ünïcödé wörds — “quoted” and ’apostrophes’ €5 £3 ¥2.",
		"a\x00b\xff\xfe invalid utf-8",
		string(bytes.Repeat([]byte("word "), 2000)),
		"Supercalifragilisticexpialidocious-antidisestablishmentarianism-x",
	} {
		for _, ms := range [][]claims.Mention{nil, {{Type: claims.TypeMoney}, {Type: "UNKNOWN"}}} {
			p := m.Score(s, ms)
			if !(p > 0 && p < 1) || math.IsNaN(p) {
				t.Errorf("Score(%.30q) = %v, want in (0,1)", s, p)
			}
		}
	}
}

// Pairs written for this test (not from the training data): the first of each
// states a checkable fact, the second is an opinion, a courtesy, a question or
// a promise on a similar topic.
func TestScoreOrdersFactsAboveOpinions(t *testing.T) {
	m := mustLoad(t)
	pairs := [][2]string{
		{"Unemployment fell to 3.9 percent last year, the lowest rate since 2000.",
			"I think we need to do much better on jobs."},
		{"The city spent $45 million on the new stadium in 2019.",
			"Thank you all so much for coming tonight."},
		{"Exports to China grew by 12% between 2010 and 2015.",
			"What would you do about trade with China?"},
		{"The senator voted against the bill three times.",
			"I will fight for every family in this state."},
		{"More than 40,000 people died in road accidents in 2017.",
			"That is a wonderful question, and I appreciate it."},
	}
	for _, p := range pairs {
		a, b := m.Score(p[0], nil), m.Score(p[1], nil)
		if a <= b {
			t.Errorf("Score(%q) = %.3f <= Score(%q) = %.3f", p[0], a, p[1], b)
		}
	}
	// The extremes should be confident.
	if p := m.Score(pairs[0][0], nil); p < 0.5 {
		t.Errorf("Score(%q) = %.3f, want >= 0.5", pairs[0][0], p)
	}
	if p := m.Score(pairs[1][1], nil); p > 0.2 {
		t.Errorf("Score(%q) = %.3f, want <= 0.2", pairs[1][1], p)
	}
}

func TestScoreAllocatesNothing(t *testing.T) {
	m := mustLoad(t)
	s := "According to campaign finance records, the Trump campaign made its first payment, totaling $100,000, to Cambridge Analytica on July 29, 2016."
	ms := []claims.Mention{{Type: claims.TypeMoney}, {Type: claims.TypeOrg}, {Type: claims.TypeDate}}
	if n := testing.AllocsPerRun(100, func() { m.Score(s, ms) }); n != 0 {
		t.Errorf("Score allocates %v times per call, want 0", n)
	}
}

func TestConcurrentScore(t *testing.T) {
	m := mustLoad(t)
	sentences := benchSentences
	want := make([]float64, len(sentences))
	for i, s := range sentences {
		want[i] = m.Score(s, nil)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := Load()
			if err != nil {
				errs <- err.Error()
				return
			}
			for rep := 0; rep < 20; rep++ {
				for i, s := range sentences {
					if got := m.Score(s, nil); got != want[i] {
						errs <- fmt.Sprintf("goroutine %d: Score(%q) = %v, want %v", g, s, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	m := mustLoad(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var m2 Model
	if err := m2.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	for _, s := range benchSentences {
		if a, c := m.Score(s, nil), m2.Score(s, nil); a != c {
			t.Errorf("round trip changed Score(%q): %v -> %v", s, a, c)
		}
	}
	for _, bad := range [][]byte{nil, []byte("not gzip"), b[:len(b)/2]} {
		var m3 Model
		err := m3.UnmarshalBinary(bad)
		if err == nil || claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("UnmarshalBinary(%d bytes) error = %v, want kind invalid", len(bad), err)
		}
	}
}

// synthetic builds a labelled set where the label depends on cue words, with
// label noise, so training has something to learn and cannot be perfect.
func synthetic(n int, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 7))
	pos := []string{"rose", "percent", "million", "voted", "increased", "2014"}
	neg := []string{"think", "hope", "thank", "wonderful", "believe", "please"}
	filler := []string{"the", "a", "people", "country", "we", "they", "about", "said", "jobs", "today"}
	out := make([]Example, n)
	for i := range out {
		label := r.IntN(3) == 0
		var b bytes.Buffer
		for j := 0; j < 6+r.IntN(10); j++ {
			w := filler[r.IntN(len(filler))]
			switch k := r.IntN(4); {
			case k == 0 && label:
				w = pos[r.IntN(len(pos))]
			case k == 0:
				w = neg[r.IntN(len(neg))]
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		if r.IntN(10) == 0 {
			label = !label // noise
		}
		out[i] = Example{Text: b.String(), Label: label}
	}
	return out
}

func TestTrainDeterministicAndLearns(t *testing.T) {
	train, test := synthetic(600, 1), synthetic(300, 2)
	opts := DefaultOptions()
	opts.HashBits = 14
	m1, err := Train(train, opts)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(train, opts)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := m1.MarshalBinary()
	b2, _ := m2.MarshalBinary()
	if !bytes.Equal(b1, b2) {
		t.Error("two trainings with the same seed and data gave different models")
	}
	var correct int
	for _, e := range test {
		if (m1.Score(e.Text, nil) >= m1.Threshold()) == e.Label {
			correct++
		}
	}
	if acc := float64(correct) / float64(len(test)); acc < 0.8 {
		t.Errorf("accuracy on held-out synthetic data = %.3f, want >= 0.8 (10%% label noise)", acc)
	}
}

func TestTrainRejectsBadInput(t *testing.T) {
	one := []Example{{Text: "a", Label: true}, {Text: "b", Label: true}}
	for name, c := range map[string]struct {
		ex   []Example
		opts TrainOptions
	}{
		"empty":      {nil, TrainOptions{}},
		"one class":  {one, TrainOptions{}},
		"bad bits":   {synthetic(20, 1), TrainOptions{HashBits: 40}},
		"many folds": {synthetic(20, 1), TrainOptions{Folds: 50}},
	} {
		if _, err := Train(c.ex, c.opts); claims.ErrorKind(err) != claims.Invalid {
			t.Errorf("%s: Train error = %v, want kind invalid", name, err)
		}
	}
}

func TestFitPlattRecoversParameters(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	const a, b = 0.7, -0.4
	var z []float64
	var y []bool
	for range 20000 {
		zi := r.NormFloat64() * 3
		z = append(z, zi)
		y = append(y, r.Float64() < sigmoid(a*zi+b))
	}
	ga, gb := fitPlatt(z, y)
	if math.Abs(ga-a) > 0.05 || math.Abs(gb-b) > 0.08 {
		t.Errorf("fitPlatt = (%.3f, %.3f), want about (%.1f, %.1f)", ga, gb, a, b)
	}
}

func TestBestF1Threshold(t *testing.T) {
	for _, c := range []struct {
		p      []float64
		y      []bool
		want   float64
		wantF1 float64
	}{
		// Keep the top two: F1 = 2·2/(2+2) = 1.
		{[]float64{0.9, 0.8, 0.3, 0.1}, []bool{true, true, false, false}, 0.55, 1},
		// Top one: F1 = 2/(1+2) = .667; top three: 2·2/(3+2) = .8; all four: 4/6 = .667.
		{[]float64{0.9, 0.8, 0.7, 0.1}, []bool{true, false, true, false}, 0.4, 0.8},
		// Ties are kept together: all three at 0.5 (F1 = 2·1/(3+1) = .5)
		// beat keeping none; the midpoint below the last is 0.25.
		{[]float64{0.5, 0.5, 0.5}, []bool{true, false, false}, 0.25, 0.5},
	} {
		if got, f1 := bestF1Threshold(c.p, c.y); math.Abs(got-c.want) > 1e-12 || math.Abs(f1-c.wantF1) > 1e-12 {
			t.Errorf("bestF1Threshold(%v, %v) = %v, %v, want %v, %v", c.p, c.y, got, f1, c.want, c.wantF1)
		}
	}
}

func TestFoldsStratified(t *testing.T) {
	y := make([]bool, 103)
	for i := range y {
		y[i] = i%4 == 0
	}
	f := Folds(y, 5, 9)
	var pos, all [5]int
	for i, k := range f {
		all[k]++
		if y[i] {
			pos[k]++
		}
	}
	for k := range 5 {
		if all[k] < 20 || all[k] > 22 || pos[k] < 5 || pos[k] > 6 {
			t.Errorf("fold %d: %d items, %d positive; want 20-22 and 5-6", k, all[k], pos[k])
		}
	}
	g := Folds(y, 5, 9)
	for i := range f {
		if f[i] != g[i] {
			t.Fatal("Folds is not deterministic for a fixed seed")
		}
	}
}

func TestFeaturizeGroups(t *testing.T) {
	s := "The deficit rose 25% to $1.2 trillion in 2019, Senator Smith said."
	count := func(fs FeatureSet, ms []claims.Mention) int {
		k := sink{mask: 1<<18 - 1}
		featurize(s, ms, fs, &k)
		return len(k.feats)
	}
	// Word unigrams: the, deficit, rose, 25, %, to, $, 1.2, trillion, in, 2019, senator, smith, said.
	if got := count(WordUnigrams, nil); got != 14 {
		t.Errorf("unigram features = %d, want 14", got)
	}
	if got := count(WordBigrams, nil); got != 15 {
		t.Errorf("bigram features = %d, want 15 (14 tokens + end)", got)
	}
	if count(MentionTypes, nil) != 0 {
		t.Error("mention features without mentions")
	}
	if got := count(MentionTypes, []claims.Mention{{Type: claims.TypeMoney}, {Type: claims.TypeMoney}}); got != 3 {
		t.Errorf("mention features for two MONEY = %d, want 3 (any-count, type-count, type-present)", got)
	}
	for _, g := range []FeatureSet{CharNgrams, SentChars, Cues, Shapes} {
		if a, b := count(AllFeatures|g, nil), count(AllFeatures&^g, nil); a <= b {
			t.Errorf("feature group %b adds nothing: %d <= %d", g, a, b)
		}
	}
	// "  ABC   de" is normalised to "abc de " (7 bytes with the final
	// space): 4 n-grams of length 4 and 3 of length 5.
	k := sink{mask: 1<<18 - 1}
	sentChars("  ABC   de", &k)
	k.flush()
	if len(k.feats) != 7 {
		t.Errorf("sentChars(\"  ABC   de\") = %d n-grams, want 7", len(k.feats))
	}
}

var benchSentences = []string{
	"According to campaign finance records, the Trump campaign made its first payment, totaling $100,000, to Cambridge Analytica on July 29, 2016.",
	"Neither Cambridge Analytica nor representatives for Assange returned requests for comment.",
	"The campaign paid the firm $5.9 million for data management services over the course of roughly five months, records show.",
	"I think we have to do better, and I will.",
	"Unemployment in the region rose by 2.3 percentage points last year, the statistics office said on Tuesday.",
	"What does that mean for families who are struggling today?",
	"The company, which employs about 12,000 people in 40 countries, reported a net loss of €1.2 billion.",
	"Thank you.",
}

func BenchmarkScore(b *testing.B) {
	m := mustLoad(b)
	ms := []claims.Mention{{Type: claims.TypeMoney}, {Type: claims.TypeDate}}
	var words int
	for _, s := range benchSentences {
		words += len(bytes.Fields([]byte(s)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	var sink float64
	for i := 0; i < b.N; i++ {
		sink += m.Score(benchSentences[i%len(benchSentences)], ms)
	}
	b.StopTimer()
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "sentences/cpu-s")
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "sentences/s")
	b.ReportMetric(float64(b.N)*float64(words)/float64(len(benchSentences))/sec, "words/s")
	_ = sink
}

func BenchmarkLoadDecode(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var m Model
		if err := m.UnmarshalBinary(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// Mention types are features when training examples carry mentions: here
// only the mentions tell the classes apart.
func TestTrainUsesMentionTypes(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	words := []string{"the", "report", "said", "people", "city", "on", "about", "new"}
	var ex []Example
	for i := range 400 {
		var b bytes.Buffer
		for range 8 {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		e := Example{Text: b.String(), Label: i%2 == 0}
		if e.Label {
			e.Mentions = []claims.Mention{{Type: claims.TypeMoney}, {Type: claims.TypeDate}}
		} else {
			e.Mentions = []claims.Mention{{Type: claims.TypePerson}}
		}
		ex = append(ex, e)
	}
	opts := DefaultOptions()
	opts.HashBits = 14
	m, err := Train(ex, opts)
	if err != nil {
		t.Fatal(err)
	}
	s := "the city said about new people"
	money := m.Score(s, []claims.Mention{{Start: 100, End: 106, Type: claims.TypeMoney, Text: "$5,000"}, {Type: claims.TypeDate}})
	person := m.Score(s, []claims.Mention{{Type: claims.TypePerson}})
	if money < 0.8 || person > 0.2 {
		t.Errorf("Score with MONEY and DATE mentions = %.3f (want >= 0.8), with a PERSON mention = %.3f (want <= 0.2)", money, person)
	}
}
