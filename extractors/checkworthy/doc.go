// Package checkworthy scores sentences for check-worthiness: the calibrated
// probability that a sentence is a check-worthy factual claim, in the sense of
// ClaimBuster's CFS class (a factual statement the public would care to see
// verified).
//
// The model is a logistic regression trained by this package's own code
// (Train: L-BFGS with an L2 penalty) over hashed sparse features — lowercased
// word unigrams, bigrams and trigrams, character 3–6-grams, number, percent and money
// shapes, capitalised-name counts, tense and modal cues, comparatives,
// reporting verbs, pronouns, question marks, length buckets and, optionally,
// the types of the mentions earlier stages found in the sentence — followed by
// Platt scaling fitted on out-of-fold scores, so that among sentences given
// probability c about c are check-worthy (on ClaimBuster's 2.5xNCS class
// balance).
//
// The shipped model is embedded (model.bin.gz, with its licence notice in
// NOTICE), decoded once by Load and shared: Score is safe for concurrent use,
// does no I/O and allocates nothing. cmd/train-checkworthiness rebuilds the
// embedded model reproducibly.
//
// This package must not read evaluation data or import package eval; the
// evaluation (eval.EvalCheckworthiness) imports it, never the other way round.
package checkworthy
