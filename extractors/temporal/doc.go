// Package temporal finds time expressions in news text and normalises them
// to TIMEX3 values as ../../shared/FORMAT.md and TimeML define them: DATE,
// TIME, DURATION and SET mentions with a value (2016-07-29, 2017-W45, P5M,
// PRESENT_REF, XXXX-WXX-4, ...) and an optional mod (START, MID, END,
// APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, BEFORE, AFTER,
// ON_OR_BEFORE, ON_OR_AFTER).
//
// Relative expressions are resolved against the publication date (dct) and
// the story's own time line: "Thursday" and a year-less "June 13" take the
// tense of their sentence (after "would", which looks ahead from a past
// moment, the nearest such date; a fixture in the present, "Liverpool host City on
// Sunday", "is being held on Friday", looks ahead; "falls on a Wednesday"
// is the weekday of the day the sentence named; the day after publication
// when the text puts it early in its day, "in early trading Tuesday" in a
// story dated Monday, a time zone ahead), a year-less date takes the year the story
// stated in the last few sentences unless it falls in the six weeks before
// the publication date (and a past sentence's "adjourned to November 14",
// a day of the two weeks after it that something was set for, is the
// coming one), "six days later" and "the next day" count from the
// last full date the story gave, "two months later" from the last month it
// gave (with none given, a past story's "seven decades later" is XXXX, a
// time of the story unknown, and only what is said ahead, "I'll be back
// two days later", counts from publication), "the same month a year ago" (one mention) from the month it just
// named, or the publication's, "Thursday week" and "a week on Friday" (a
// week after the coming Thursday, Friday), "in the new year" (the coming
// year, late in a year the next one) and "overnight" (the night before
// publication in a past sentence, as "last night") from publication, "the next year" from the last year it wrote out (but "over the next
// year" from publication), "yesterday" and "last month" from the
// publication date.
// "The day before" an event the text does not date ("the day before the
// son reported him missing", "the week after the election") is that day
// or week of the year the story spoke of last (2012-XX-XX, 2012-WXX), as
// TimeML writes it.
// Without a publication date the first full date in the text stands in for
// it, and what still cannot be known is written with X's (XXXX-XX).
//
// Extents follow the TimeML/TempEval-3 gold: "the" belongs to "the last
// week" and "the 1990s" but not to "the 30-day period"; "since", "on" and
// "at" stay outside. Where the Recognizers-Text gold differs from TimeML only
// in the extent, and the news sets score extents by overlap, the extent is
// Recognizers-Text's: "end of 2000" without its article, "starting on
// January 7th", "year 2012 or later", "at 6.45" (but not "at 6.30pm"), a clock
// joined to the day before it ("today at 9pm", "Friday the 26th around 4",
// but not to a feast: "Christmas", "at 8:00"), and time zones other than
// UTC/GMT outside ("between 9 and 10:30", cst). Spans of two ends ("from 2014
// to 2018", "5 to 6pm", "Jan. 20-21", "10/1-11/2/2017") and counted
// stretches from the publication date written without an article ("next
// two days", "last 2 quarters") are one mention whose value is the
// (start,end,duration) form of the
// Recognizers-Text gold, which TIMEX3 itself has no single value for (it
// anchors a DURATION instead), and so are "the first nine months of
// 2019" and "the year ended June 30" (the year, quarter or month that ends
// that day; "the week ended Nov. 4" is that day's week), and so is "the
// next fortnight" (two weeks, counted from this week's Monday as that gold
// counts them); "2009-2010" stays two years as TimeML writes it, and so
// does "1957-58"; but a fiscal year or season named as one ("fiscal
// 2018-19", "the 2019/20 season") is one mention, the range of its two
// years. A range of month-days names the years of a year the story wrote
// out in the last sentences (its end before its start in the next year:
// "April 1 to March 31"), else it is XXXX as the Recognizers-Text gold
// writes it whatever its reference date. Ends the text leaves open are
// written with X's: a time range on a bare
// weekday is (XXXX-WXX-2T14:00,...), one on a month and day without a year
// (XXXX-06-04T09:30,...), since a range value has no room for the
// candidate years.
//
// With its article a counted stretch is a length, as TimeML writes it:
// "the past two years" is DURATION P2Y, as "the past several months" is
// PXM (Recognizers-Text leaves the article out and writes the range).
// A length given as two counts ("six to eight weeks", "6-8 months") is
// one DURATION of an unknown count (PXW), as TimeML writes "several
// weeks": a TIMEX3 value holds one length. A race time is a DURATION, not
// a clock: "won in 2:01:39" (PT2H1M39S), and after a verb of racing or
// "clocked", "ran the mile in 3:43" in minutes and seconds (PT3M43S), and
// so is a game clock: "with 2:13 left" (PT2M13S).
//
// Quarters stay 2016-Q2 (as FORMAT.md writes them and MEANTIME annotates
// them), also when written number first or joined to their year ("2Q16",
// "2Q 2016", "Q2-2016") or owned by a year ("last year's fourth quarter",
// 2015-Q4 in 2016), decades and centuries stay 199 and 19 (TimeML), and a bare month
// is resolved against the publication date (2016-04): the Recognizers-Text
// gold writes these as ranges and XXXX-04, which news gold does not.
// A quarter or half of a game is no date: one "of" something other than
// a year ("the fourth quarter of the game", "the first half of the
// match"), and one whose year is not written in a sentence that tells of
// play ("scored 12 points in the fourth quarter", "trailed 21-14 in the
// third quarter"), unless money words outweigh it ("revenue grew 8% in
// the fourth quarter" stays 2019-Q4).
//
// The tagger is a hand-written scanner over its own byte-offset tokens and
// word tables built once in New; it uses no regular expressions, bounds how
// deeply its rules nest, and mutates nothing shared after construction, so
// one Tagger serves any number of goroutines. It does no I/O and must not
// depend on other extractors or on the evaluation data.
package temporal
