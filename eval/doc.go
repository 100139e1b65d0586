// Package eval scores claimpipe's extractors on gold data: the FORMAT.md
// mention scorer (a port of shared/data/scoring/score.py), the article-body
// benchmark metric, and the readers for the native formats of the shared data
// sets. `claimpipe eval` and the score tests call it.
//
// It reads evaluation data from disk and so must never be imported by the
// product's run-time path (extractors, pipeline, desk).
package eval
