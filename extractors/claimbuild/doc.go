// Package claimbuild turns an annotated article into claims: it groups
// sentences (a quote spanning sentences stays one claim), keeps those that
// carry checkable content — an amount, a number, a count said in words
// ("a third of the budget", "the number of agencies … will be reduced") or
// a date together with a named entity (or "The trust" standing for one
// named before), an amount
// or a ranking ("the lowest rate") with a calendar date, a reported statement
// (not a reaction of a few words led by a pronoun that names and counts
// nothing and says how something is or feels, no deed: "“Our nation is in
// danger,” Essid declared", but "“We are closing the factory,” Ford said"
// is a claim), a sentence naming an entity with a
// law word in lower case outside any name ("the bill would ban"), one that
// says when a rule comes into force ("measures that won’t come into full
// effect for two years"), or (with
// Builder.Worthy) an English sentence about two different named entities,
// one a person or organisation, or three of any kind, or one that names no
// entity but counts something ("All 14 companies are now eligible", "the
// committee has received dozens of submissions"), that
// the check-worthiness model rates worthy —
// and gives each its mentions, attribution, kind, confidence and
// fingerprint. A unit that is all quotation and names no speaker takes the
// previous quotation's speaker; "he" and "she" take the first person of the
// last sentence naming one whose title or given name does not say the other
// sex (given_names.txt.gz, see NOTICE). "The company" takes the
// organisation its sentence named last, else the one the sentence before
// names first; as a subject, "The airline" takes the one organisation the
// nearest units naming one name (up to six back), and "It" with a verb of
// intent ("It expects to ground 100 aircraft") the organisation the
// sentence before names first. A claim's subject is the first person or organisation it
// names outside its attribution (none when it names nothing else and its
// source follows it, "Unemployment fell to 3.9%, the ONS said", or reports
// it in a clause of its own, "A spokesman confirmed the recall covers
// vehicles"), except that what a source says of itself
// ("Acme said it paid …", "Volker said he …", "He said he …" with "he"
// resolved) or announces, confirms or reveals ("The band announced the
// tour") is about the source. A source is who says it (a reporting verb's
// subject, the name after "…,” said", "according to X") or what found it
// ("one study in 496 girls found that", "the CBO projects that": a finding
// verb before its "that").
//
// Claims come from English prose only: an article that is not English gets
// none, and neither do table rows, lines without a predicate (tour dates,
// deals, tweet signatures), credits and the author's closing line.
//
// It is pure text work over spans already found by the other extractors; it
// must not tokenise HTML, load models or do I/O.
//
// Build runs on every article, beside the annotate path, and is kept cheap
// (BenchmarkClaimsOverhead in package extractors measures it against that
// path): a unit is scanned for words only if a mention, a quotation or a
// reporting word may make it a claim, each word is looked up once in one
// table of all the word lists, the article is lower-cased once, the stock
// phrases are searched for in one pass, and the check-worthiness scorer runs
// only on the units that become claims and on those Worthy asks it about,
// after Build has had it warm its tables for an article of some length (the
// entity tagger's tables evict them between articles). Working memory is
// reused from unit to unit and, through a sync.Pool that holds nothing between calls, from
// article to article; a claim's Mentions are slices of the article's when
// those come sorted, as the extractors return them.
package claimbuild
