// Package checkworthy scores sentences for check-worthiness: the calibrated
// probability that a sentence is a check-worthy factual claim, in the sense of
// ClaimBuster's CFS class (a factual statement the public would care to see
// verified).
//
// The model is a logistic regression trained by this package's own code
// (Train: L-BFGS on the L2-penalised log-loss) over hashed sparse features —
// lowercased word unigrams, bigrams and trigrams, character 4- and 5-grams across
// the sentence, number, percent and money shapes, capitalised-name counts,
// tense and modal cues, comparatives, reporting verbs, pronouns, question
// marks, opinion words, length buckets and, optionally, the types of the
// mentions earlier stages found in the sentence — followed by Platt scaling
// fitted on out-of-fold scores, so that among sentences given probability c
// about c are check-worthy. Features are hashed (FNV-1a, 2^16 signed slots
// of 16-bit weights: a 128 KiB table that stays in cache, where 2^18 slots
// cost a fifth of the claims' time in cache misses for no gain in accuracy)
// straight from the bytes of the sentence, queued, and their weights summed a
// batch at a time: Score allocates nothing and costs a few microseconds. A
// test holds the features to exactly those the shipped model was trained on.
//
// RankTranscript ranks the sentences of a transcript (a debate, an interview)
// by the same score, with questions and the sentences of a speaker who mostly
// asks (a moderator) after everything else: a moderator's summary of a
// record reads like a claim but is not the one a fact-checker checks. Given
// the claims already checked, it raises their repeats: each sentence is
// matched to its nearest checked claim by TF-IDF cosine over stemmed content
// words. It raises less the same speaker's sentences right before and after a
// repeat, which a claim often runs on into.
//
// Calibration is to ClaimBuster's class balance (29% check-worthy debate
// sentences); news text has more factual sentences and its scores run higher.
// Threshold gives the decision threshold that maximises F1.
//
// The shipped model (model.bin.gz, embedded; licence notice in NOTICE) is
// trained on the development half of ClaimBuster 2.5xNCS only, without
// mentions: that data carries none, so Train leaves the mention types out
// of it, and Score reads the sentence alone, as the evaluation does (hashed,
// a mention's features would only have read the weights of the features
// they collide with). Load
// decodes it once and shares it; a Model is safe for concurrent use.
// `go run ./cmd/train-checkworthiness` rebuilds it byte for byte.
//
// This package does no I/O and must not import package eval: the evaluation
// (eval.EvalCheckworthiness) imports it, never the other way round.
package checkworthy
