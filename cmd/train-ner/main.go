package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/entities"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

func main() {
	shared, _ := eval.SharedDir()
	data := flag.String("data", filepath.Join(shared, "data"), "shared data directory (holds training/)")
	out := flag.String("out", "extractors/entities", "package directory to write model.bin.gz and gazetteer.txt.gz into")
	epochs := flag.Int("epochs", 6, "training passes")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	wgWeight := flag.Float64("wikigold-weight", 3, "update weight of WikiGold (gold) sentences relative to GMB (silver)")
	minWord := flag.Int("min-word", 2, "words seen fewer times are unknown words")
	minFeat := flag.Int("min-feature", 3, "sub-word features seen fewer times are dropped")
	useGMBDev := flag.Bool("gmb-dev", true, "train on gmb.dev too")
	dropout := flag.Float64("word-dropout", 0, "share of known-word tokens trained as unknown words each epoch")
	useGMB := flag.Bool("gmb", true, "train on GMB (false: WikiGold only, for comparison)")
	brownC := flag.Int("brown-clusters", 0, "Brown clustering window (number of clusters) over the training text for cluster features (200 was measured: no gain once the WordNet features are in, and a minute more); 0: none")
	brownMin := flag.Int("brown-min", 3, "words seen fewer times in the training text get no Brown cluster")
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database directory (Debian package wordnet-base), for the noun classes of the definition cues")
	flag.Parse()
	zl, _ := zap.NewDevelopment()
	log := zl.Sugar()
	defer log.Sync()
	if err := run(log, *data, *out, *epochs, *seed, float32(*wgWeight), *minWord, *minFeat, *dropout, *useGMB, *useGMBDev, *brownC, *brownMin, *wordnet); err != nil {
		log.Fatalw("train-ner failed", "err", err)
	}
}

func run(log *zap.SugaredLogger, data, out string, epochs int, seed uint64, wgWeight float32, minWord, minFeat int, dropout float64, useGMB, useGMBDev bool, brownC, brownMin int, wordnet string) error {
	t0 := time.Now()
	if _, err := os.Stat(filepath.Join(data, "gazetteers")); err == nil && filepath.Base(data) == "training" {
		// Given the training folder itself (as make train-ner passes it):
		// the data directory is the one above.
		data = filepath.Dir(data)
	}
	gb, err := buildGazetteer(filepath.Join(data, "training", "gazetteers"))
	if err != nil {
		return err
	}
	nwn, err := readWordNetNames(wordnet, gb)
	if err != nil {
		return fmt.Errorf("%w (install the Debian package wordnet-base or pass -wordnet)", err)
	}
	gaz := gb.Gazetteer()
	log.Infow("gazetteer", "names", gb.Len(), "wordnet_names", nwn)

	ner := filepath.Join(data, "training", "ner")
	var sents []entities.Sentence
	docNo := 0
	// add appends the sentences of docs. A corpus without document
	// boundaries (GMB: one document of sentences in corpus order) is cut
	// into pseudo-documents of gmbDocSentences sentences for the document
	// cues; chunk 0 keeps the given documents.
	add := func(docs []eval.CoNLLDoc, w float32, chunk int) error {
		for _, d := range docs {
			docNo++
			for si, s := range d.Sentences {
				if chunk > 0 && si > 0 && si%chunk == 0 {
					docNo++
				}
				es := entities.Sentence{Tokens: make([]string, len(s)), Tags: make([]uint8, len(s)), Weight: w, Doc: docNo}
				for i, t := range s {
					ti := entities.TagIndex(t.Tag)
					if ti < 0 {
						return fmt.Errorf("unknown tag %q", t.Tag)
					}
					es.Tokens[i], es.Tags[i] = t.Text, uint8(ti)
				}
				sents = append(sents, es)
			}
		}
		return nil
	}
	var files []string
	if useGMB {
		files = append(files, "gmb.train.conll.gz")
	}
	if useGMB && useGMBDev {
		files = append(files, "gmb.dev.conll.gz")
	}
	for _, f := range files {
		docs, err := eval.ReadCoNLL(filepath.Join(ner, "gmb", f))
		if err != nil {
			return err
		}
		if err := add(docs, 1, gmbDocSentences); err != nil {
			return err
		}
	}
	if useGMB {
		n := relabelSilver(sents, gaz)
		log.Infow("GMB silver relabelled", "single_word_names", n)
	}
	wg, err := eval.ReadCoNLL(filepath.Join(ner, "wikigold", "wikigold.conll"))
	if err != nil {
		return err
	}
	var wgTrain, wgTest []eval.CoNLLDoc
	for i, d := range wg {
		if eval.WikiGoldHeldOut(i) {
			wgTest = append(wgTest, d)
		} else {
			wgTrain = append(wgTrain, d)
		}
	}
	if err := add(wgTrain, wgWeight, 0); err != nil {
		return err
	}
	log.Infow("corpora read", "sentences", len(sents), "wikigold_train_docs", len(wgTrain), "wikigold_heldout_docs", len(wgTest))

	nouns, err := readWordNet(wordnet)
	if err != nil {
		return fmt.Errorf("%w (install the Debian package wordnet-base or pass -wordnet)", err)
	}
	nadj, err := addNameAdjectives(wordnet, nouns)
	if err != nil {
		return fmt.Errorf("%w (install the Debian package wordnet-base or pass -wordnet)", err)
	}
	nacr, err := addCommonAcronyms(wordnet, nouns)
	if err != nil {
		return fmt.Errorf("%w (install the Debian package wordnet-base or pass -wordnet)", err)
	}
	log.Infow("WordNet noun classes", "nouns", len(nouns)-nadj-nacr, "name_adjectives", nadj, "acronyms", nacr)
	var clusters map[string]string
	if brownC > 0 {
		text := make([][]string, len(sents))
		for i, s := range sents {
			text[i] = s.Tokens
		}
		t1 := time.Now()
		clusters = entities.BrownClusters(text, entities.BrownOptions{Clusters: brownC, MinCount: brownMin})
		log.Infow("Brown clusters", "words", len(clusters), "clusters", brownC, "elapsed", time.Since(t1).Round(time.Millisecond))
	}
	m, err := entities.Train(sents, gaz, entities.TrainOptions{
		Epochs: epochs, Seed: seed, MinWordCount: minWord, MinFeatureCount: minFeat, WordDropout: dropout, Clusters: clusters, NounClasses: nouns,
		Logf: func(format string, args ...any) { log.Infof(format, args...) },
	})
	if err != nil {
		return err
	}
	mb, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	gzb := gb.Bytes()
	if err := os.WriteFile(filepath.Join(out, "model.bin.gz"), mb, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "gazetteer.txt.gz"), gzb, 0o644); err != nil {
		return err
	}
	st := m.Stats()
	log.Infow("model written", "dir", out, "known_words", st.Words, "subword_features", st.SubwordFeatures, "model_bytes", len(mb), "gazetteer_bytes", len(gzb), "elapsed", time.Since(t0).Round(time.Millisecond))

	// Held-back WikiGold, scored on the corpus tokens with the model as written.
	m2, err := entities.UnmarshalModel(mb, gaz)
	if err != nil {
		return err
	}
	r := entities.NewRecognizer(m2)
	score(r, fmt.Sprintf("WikiGold held-back (%d docs, every 5th)", len(wgTest)), wgTest)
	if err := scoreMEANTIME(r, data); err != nil {
		return err
	}
	if useGMB && !useGMBDev {
		dev, err := eval.ReadCoNLL(filepath.Join(ner, "gmb", "gmb.dev.conll.gz"))
		if err != nil {
			return err
		}
		score(r, "GMB dev (not trained on)", dev)
	}
	return nil
}

// gmbDocSentences is the size of the pseudo-documents GMB is cut into: its
// sentences are in corpus order without document boundaries, and a Voice of
// America story runs to about this many sentences.
const gmbDocSentences = 20

// score prints exact-span P/R/F1 of r on pre-tokenised docs, per type.
func score(r *entities.Recognizer, name string, docs []eval.CoNLLDoc) {
	var tp, np, ng int
	byType := map[string]*[3]int{}
	count := func(m map[string]bool, i int) {
		for k := range m {
			typ := k[strings.LastIndexByte(k, ':')+1:]
			if byType[typ] == nil {
				byType[typ] = new([3]int)
			}
			byType[typ][i]++
		}
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			toks := make([]string, len(s))
			gold := make([]string, len(s))
			for i, t := range s {
				toks[i], gold[i] = t.Text, t.Tag
			}
			pred := r.TagTokens(toks)
			if os.Getenv("NER_DUMP") != "" {
				for i := range toks {
					mark := ""
					if pred[i] != gold[i] {
						mark = "  <<<"
					}
					fmt.Fprintf(os.Stderr, "%s\t%s\t%s%s\n", toks[i], gold[i], pred[i], mark)
				}
				fmt.Fprintln(os.Stderr)
			}
			gs, ps := spans(gold), spans(pred)
			ng += len(gs)
			np += len(ps)
			count(gs, 0)
			count(ps, 1)
			for k := range ps {
				if gs[k] {
					tp++
					count(map[string]bool{k: true}, 2)
				}
			}
		}
	}
	p, rc, f := eval.PRF(tp, np, tp, ng)
	fmt.Printf("%s, corpus tokens: exact P %.3f R %.3f F1 %.3f (gold %d, sys %d, tp %d)\n",
		name, p, rc, f, ng, np, tp)
	for _, typ := range []string{"PERSON", "ORG", "LOC", "MISC"} {
		if c := byType[typ]; c != nil {
			p, rc, f := eval.PRF(c[2], c[1], c[2], c[0])
			fmt.Printf("  %-6s P %.3f R %.3f F1 %.3f (gold %d, sys %d)\n", typ, p, rc, f, c[0], c[1])
		}
	}
}

// scoreMEANTIME prints the MEANTIME name scores of r (full path: segment,
// tag, document pass), the figure the acceptance reads.
func scoreMEANTIME(r *entities.Recognizer, data string) error {
	docs, err := eval.ReadJSONL[eval.Doc](filepath.Join(data, "scoring", "meantime.docs.jsonl"))
	if err != nil {
		return err
	}
	gold, err := eval.ReadJSONL[eval.GoldDoc](filepath.Join(data, "scoring", "meantime-ner.gold.jsonl"))
	if err != nil {
		return err
	}
	var sys []eval.GoldDoc
	for _, d := range docs {
		g := eval.GoldDoc{ID: d.ID}
		for _, m := range r.Recognize(segment.Split(d.Text)) {
			g.Mentions = append(g.Mentions, eval.GoldMention{Mention: m})
		}
		sys = append(sys, g)
	}
	sc := eval.Scorer{Types: eval.MEANTIMENERTypes}
	eval.PrintRows(os.Stdout, fmt.Sprintf("MEANTIME names, %d docs", len(docs)), sc.Score(gold, sys))
	return nil
}

// spans returns the typed token spans of a BIO sequence as "start:end:type".
func spans(tags []string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(tags); {
		if !strings.HasPrefix(tags[i], "B-") && !strings.HasPrefix(tags[i], "I-") {
			i++
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out[fmt.Sprintf("%d:%d:%s", i, j, typ)] = true
		i = j
	}
	return out
}

// buildGazetteer derives the embedded gazetteer from the shared lists.
func buildGazetteer(dir string) (*entities.GazetteerBuilder, error) {
	b := &entities.GazetteerBuilder{}
	lines := func(rel string, header bool, fn func(rank int, cols []string)) error {
		f, err := os.Open(filepath.Join(dir, rel))
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		rank := 0
		for sc.Scan() {
			if header {
				header = false
				continue
			}
			line := strings.TrimRight(sc.Text(), "\r")
			if line == "" {
				continue
			}
			fn(rank, strings.Split(line, "\t"))
			rank++
		}
		return sc.Err()
	}
	errs := []error{
		lines("person-names/first-names-us-ssa.txt", false, func(rank int, c []string) {
			if rank < 1000 {
				b.Add(c[0], entities.GazFirstTop)
			}
			if rank < 20000 {
				b.Add(c[0], entities.GazFirst)
			}
		}),
		lines("person-names/surnames-us-census1990.txt", false, func(rank int, c []string) {
			name := titleCase(c[0])
			if rank < 2000 {
				b.Add(name, entities.GazSurTop)
			}
			if rank < 50000 {
				b.Add(name, entities.GazSur)
				if strings.HasPrefix(name, "Mc") && len(name) > 3 {
					b.Add("Mc"+strings.ToUpper(name[2:3])+name[3:], entities.GazSur)
				}
			}
		}),
		lines("countries/countries.tsv", true, func(_ int, c []string) {
			if len(c) < 4 {
				return
			}
			b.Add(c[1], entities.GazCountry)
			for _, a := range strings.Split(c[2], "|") {
				b.Add(a, entities.GazCountry)
			}
			b.Add(c[3], entities.GazCapital)
		}),
		lines("countries/country-names-en.txt", false, func(_ int, c []string) { b.Add(c[0], entities.GazCountry) }),
		lines("geonames/capitals.txt", false, func(_ int, c []string) { b.Add(c[0], entities.GazCapital) }),
		lines("geonames/cities-pop100000.txt", false, func(_ int, c []string) { b.Add(c[0], entities.GazCityLarge) }),
		lines("geonames/cities-pop15000.tsv", true, func(_ int, c []string) { b.Add(c[0], entities.GazCity) }),
		lines("geonames/admin1-divisions.tsv", true, func(_ int, c []string) { b.Add(c[0], entities.GazAdmin1) }),
		lines("nationalities/nationalities-en.txt", false, func(_ int, c []string) {
			b.Add(c[0], entities.GazNationality)
			if strings.HasSuffix(c[0], "an") || strings.HasSuffix(c[0], "i") {
				b.Add(c[0]+"s", entities.GazNationality)
			}
		}),
		lines("org-legal-forms/legal-form-abbreviations.tsv", true, func(rank int, c []string) {
			if rank < 400 && !strings.Contains(c[0], " ") {
				b.Add(c[0], entities.GazLegalForm)
			}
		}),
	}
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
	}
	return b, nil
}

// titleCase turns "SMITH" into "Smith".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}

// relabelSilver fixes systematic errors of the GMB silver tags on names of
// one word, in place, and returns how many it changed:
//   - a country or capital name tagged ORG or PERSON ("Turkey said ...",
//     tagged ORG 104 times in GMB) becomes LOC, as FORMAT.md and CoNLL-2003
//     type countries;
//   - a word the corpus tags with one type at least 70% of the times it is
//     a one-word name (and at least 5 times) gets that type where it was
//     tagged otherwise ("Gazprom" ORG 31, LOC 7, PERSON 4).
//
// Only one-word names are touched: in longer names the other words decide.
func relabelSilver(sents []entities.Sentence, gaz *entities.Gazetteer) int {
	single := func(s entities.Sentence, i int) bool {
		t := s.Tags[i]
		if t == 0 || entities.TagNames[t][0] != 'B' {
			return false
		}
		return i+1 == len(s.Tags) || s.Tags[i+1] != t+1
	}
	counts := map[string]*[4]int{}
	for _, s := range sents {
		for i, w := range s.Tokens {
			if single(s, i) {
				if counts[w] == nil {
					counts[w] = new([4]int)
				}
				counts[w][(s.Tags[i]-1)/2]++
			}
		}
	}
	const per, org, loc = 0, 1, 2
	place := uint16(1<<entities.GazCountry | 1<<entities.GazCapital)
	changed := 0
	for _, s := range sents {
		for i, w := range s.Tokens {
			if !single(s, i) {
				continue
			}
			typ := int(s.Tags[i]-1) / 2
			want := typ
			c := counts[w]
			total, best := 0, 0
			for k, n := range c {
				total += n
				if n > c[best] {
					best = k
				}
			}
			switch {
			case gaz.Flags(w)&place != 0 && (typ == org || typ == per):
				want = loc
			case total >= 5 && float64(c[best]) >= 0.7*float64(total):
				want = best
			}
			if want != typ {
				s.Tags[i] = uint8(1 + 2*want)
				changed++
			}
		}
	}
	return changed
}
