// Package temporal finds time expressions in news text and normalises them
// to TIMEX3 values as ../../shared/FORMAT.md and TimeML define them: DATE,
// TIME, DURATION and SET mentions with a value (2016-07-29, 2017-W45, P5M,
// PRESENT_REF, XXXX-WXX-4, ...) and an optional mod (START, MID, END,
// APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, BEFORE, AFTER,
// ON_OR_BEFORE, ON_OR_AFTER).
//
// Relative expressions are resolved against the publication date (dct) and
// the story's own time line: "Thursday" and a year-less "June 13" take the
// tense of their sentence, a year-less date takes the year the story last
// stated, "six days later" and "the next day" count from the last full date
// the story gave, "yesterday" and "last month" from the publication date.
// Without a publication date the first full date in the text stands in for
// it, and what still cannot be known is written with X's (XXXX-XX).
//
// Extents follow the TimeML/TempEval-3 gold: "the" belongs to "the last
// week", "the past two years" and "the 1990s" but not to "the 30-day
// period"; "since", "on" and "at" stay outside. Spans of two ends ("from
// 2014 to 2018", "5 to 6pm", "Jan. 20-21") are one mention whose value is
// the (start,end,duration) form of the Recognizers-Text gold, which TIMEX3
// itself has no single value for; "2009-2010" stays two years as TimeML
// writes it.
//
// The tagger is a hand-written scanner over its own byte-offset tokens and
// word tables built once in New; it uses no regular expressions, bounds how
// deeply its rules nest, and mutates nothing shared after construction, so
// one Tagger serves any number of goroutines. It does no I/O and must not
// depend on other extractors or on the evaluation data.
package temporal
