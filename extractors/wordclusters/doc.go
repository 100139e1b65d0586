// Package wordclusters holds the word-cluster lexicon: for about 340,000
// lower-case English words, the word's path in a binary tree of clusters
// built from GloVe word vectors (cmd/train-clusters), so that words used
// alike ("Fardell", "Whitlow"; "Sullana", "Piura") share path prefixes. The
// entity tagger and the check-worthiness model use path prefixes as
// features, which lets them generalise to words their training text never
// had.
//
// The lexicon is embedded (clusters.txt.gz) and decoded once; it is
// read-only and safe for concurrent use. No vectors live here, only paths,
// and nothing here reads files or the network. See NOTICE for the origin and
// licences of the data.
package wordclusters
