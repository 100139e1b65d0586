// Package extractors holds claimpipe's text work and the Engine that composes
// it: HTML to article (extractors/article), tokens and sentences
// (extractors/segment), entities (extractors/entities), dates
// (extractors/temporal), money, percentages and quantities (extractors/money),
// check-worthiness (extractors/checkworthy) and claims (extractors/claimbuild).
//
// Everything here is a pure function of its input: no network, no files, no
// NATS, no database. Models are embedded, loaded once by New and shared; an
// Engine is safe for concurrent use. The pipeline's stages and the offline
// `claimpipe extract` call the same Engine methods, which is what makes the
// regression suite and the pipeline agree by construction.
package extractors
