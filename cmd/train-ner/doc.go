// Command train-ner trains the entity recogniser of extractors/entities from
// the shared training corpora and gazetteers and writes the embedded model
// files (model.bin.gz, gazetteer.txt.gz) into that package.
//
// Training data: GMB silver (gmb.train + gmb.dev) and the WikiGold documents
// that eval.WikiGoldHeldOut does not hold back (every fifth document is kept
// for evaluation and never trained on). It clusters the words of that text
// with Brown clustering (entities.BrownClusters, -brown-clusters) for the
// cluster features, and reads WordNet 3.0 (Debian package wordnet-base,
// -wordnet) for the noun classes of the definition cues and for the
// gazetteer's WordNet lists. It prints the held-back WikiGold exact-span F1
// of the new model, on the corpus tokens, and the MEANTIME scores.
//
//	go run ./cmd/train-ner [-data ../shared/data] [-out extractors/entities]
package main
