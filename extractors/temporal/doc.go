// Package temporal finds time expressions in news text and normalises them
// to TIMEX3 values as ../../shared/FORMAT.md and TimeML define them: DATE,
// TIME, DURATION and SET mentions with a value (2016-07-29, 2017-W45, P5M,
// PRESENT_REF, ...) and an optional mod (START, MID, END, APPROX, MORE_THAN,
// LESS_THAN).
//
// Relative expressions are resolved against the publication date (dct) and
// the story's own time line: "Thursday" takes the tense of its sentence,
// "June 13" takes the year the story last fixed, "six days later" counts from
// the last full date the story gave.
//
// The tagger is a hand-written scanner over its own byte-offset tokens and
// word tables built once in New; it uses no regular expressions and mutates
// nothing after construction, so one Tagger serves any number of goroutines.
// It does no I/O and must not depend on other extractors.
package temporal
