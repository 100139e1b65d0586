package claimbuild

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimpipe/claimpipe/claims"
)

// reportingVerbs are the verb forms that introduce a reported statement.
var reportingVerbs = []string{
	"say", "says", "said", "tell", "tells", "told", "confirm", "confirms", "confirmed",
	"report", "reports", "reported", "reporting", "state", "states", "stated",
	"add", "adds", "added", "note", "notes", "noted", "claim", "claims", "claimed",
	"argue", "argues", "argued", "announce", "announces", "announced", "write", "writes", "wrote",
	"deny", "denies", "denied", "acknowledge", "acknowledges", "acknowledged",
	"estimate", "estimates", "estimated", "insist", "insists", "insisted", "warn", "warns", "warned",
	"predict", "predicts", "predicted", "explain", "explains", "explained", "reveal", "reveals", "revealed",
	"allege", "alleges", "alleged", "testify", "testifies", "testified", "show", "shows", "showed",
	"suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "admit", "admits", "admitted",
	"disclose", "discloses", "disclosed", "divulge", "divulges", "divulged",
	// Past forms only where the others are common nouns ("a pledge", "his vow").
	"pledged", "vowed", "promised", "accuse", "accused", "stressed", "concede", "concedes", "conceded",
	"assert", "asserts", "asserted", "contend", "contends", "contended", "tweeted", "cautioned", "commented",
	"declare", "declares", "declared", "replied", "replies", "quipped", "remarked",
	"boasted", "complained", "countered", "retorted", "lamented",
	"ruled", // "the court ruled that", "the government has ruled out"
	// -ing forms report after be ("is saying") or after a main clause
	// ("…, saying"): see sayingForm.
	"saying", "adding", "noting", "arguing", "insisting", "warning", "claiming", "stating", "explaining",
}

// findingVerbs report what a study, a model or an inquiry came to — "one
// study in 496 girls found that …", "the Congressional Budget Office
// projects that …", "the study concluded that …", "Vaughan speculates
// that …" — but only before the
// "that" of the finding: "found inspiration", "you'll find more LEDs",
// "a bacteria usually found in small mammals" report nothing. They are no
// reporting verbs elsewhere (a claim's terms keep them).
var findingVerbs = []string{"find", "finds", "found", "conclude", "concludes", "concluded",
	"project", "projects", "projected", "forecast", "forecasts", "observe", "observes", "observed",
	"noticed", "discover", "discovers", "discovered", "determine", "determines", "determined",
	"speculate", "speculates", "speculated"}

// reports reports whether the word at v reports a statement: a reporting
// verb, a finding verb with its "that" within four words, no punctuation
// between ("projected in May that"), or "pointed out".
func reports(ws []word, v int) bool {
	if ws[v].is(clReporting) {
		return true
	}
	if pointsOut(ws, v) || concernedThat(ws, v) {
		return true
	}
	if ws[v].lower == "written" && v > 0 && (ws[v-1].lower == "has" || ws[v-1].lower == "have" || ws[v-1].lower == "had") &&
		(v+1 == len(ws) || ws[v].punctAfter != 0 || ws[v+1].lower == "that") {
		return true // "…,” Howard Gleckman … has written.": not "he had written a will"
	}
	if ws[v].lower == "comments" && v > 0 && ws[v-1].punctAfter == ',' {
		return true // "…,” comments Robin Biesbroek of ESA": not "requests for comments"
	}
	if ws[v].is(clSetPhrase) {
		if ws[v].lower == "heard" {
			return hearingHeard(ws, v)
		}
		// "understand(s)": what a newsroom has learned from sources it
		// does not name, as British outlets report it: "…, the BBC
		// understands.", "Sky Sports News understands that …"; not "he
		// understands the risks".
		return endsSetOff(ws, v) || v > 0 && ws[v-1].upper && !ws[v-1].is(clPronoun) && ws[v-1].punctAfter == 0 && ws[v].punctAfter == 0 && v+1 < len(ws) && ws[v+1].lower == "that"
	}
	if !ws[v].is(clFinding) {
		return false
	}
	return ws[v].punctAfter == 0 && thatWithin(ws, v+1, 4) || trailingFinding(ws, v)
}

// setPhraseVerbs report only in a set phrase: a hearing body's "heard"
// (hearingHeard), a newsroom's "understands" (class clSetPhrase).
var setPhraseVerbs = []string{"heard", "understand", "understands"}

// hearingBodies are the bodies before which evidence is given, whose
// "heard" reports what they were told: "the court heard", "the inquest
// heard", "the committee heard".
var hearingBodies = map[string]bool{"court": true, "inquest": true, "tribunal": true, "jury": true, "hearing": true,
	"inquiry": true, "trial": true, "magistrates": true, "committee": true, "panel": true}

// hearingHeard reports whether "heard" at v reports what was said before a
// court, an inquest or a committee (the way British and Australian courts
// are reported): a hearing body right before it, and after it a clause
// ("that", "how", a subject pronoun) or the end of the clause, time words
// aside ("…, the District Court heard on Friday."). "The court heard
// evidence from 12 witnesses" tells of the hearing, not what it heard.
func hearingHeard(ws []word, v int) bool {
	if v == 0 || ws[v-1].punctAfter != 0 || !hearingBodies[ws[v-1].lower] {
		return false
	}
	k := v
	for k+1 < len(ws) && ws[k].punctAfter == 0 && (ws[k+1].is(clTime) || ws[k+1].digit) {
		k++ // "heard on Friday", "heard in 2019"
	}
	if k+1 == len(ws) || ws[k].punctAfter != 0 {
		return true
	}
	n := ws[v+1].lower
	return k == v && (n == "that" || n == "how" || ws[v+1].is(clPronoun) && n != "it" && n != "who")
}

// trailingFinding reports whether the finding verb at v ends a source set
// off after the statement, as said does: "About 60% of voters support the
// plan, a poll by Gallup found." (also "… found on Monday."): the verb
// ends its clause, and its subject, of at most seven words ("a study of
// more than 500,000 Americans") and "has", follows a comma.
func trailingFinding(ws []word, v int) bool {
	switch ws[v].lower {
	case "found", "concluded", "concludes", "projected", "observed", "observes", "noticed",
		"discovered", "discovers", "determined", "determines", "speculated", "speculates":
		// Forms no noun shares: "moved on to another project," is no
		// finding, nor "rare finds,".
	default:
		return false
	}
	return endsSetOff(ws, v)
}

// endsSetOff reports whether the verb at v ends a source set off after the
// statement by a comma: the verb ends its clause (time words aside: "…
// found on Monday."), and its subject, of at most seven words ("a study of
// more than 500,000 Americans") and "has", follows a comma.
func endsSetOff(ws []word, v int) bool {
	end := v == len(ws)-1 || ws[v].punctAfter == '.' || ws[v].punctAfter == ','
	for k := v + 1; !end && k < len(ws) && k <= v+4; k++ {
		if w := ws[k]; !w.is(clTime) && !isNumber(w.lower) && w.lower != "on" && w.lower != "in" && w.lower != "last" && w.lower != "this" && w.lower != "earlier" {
			break
		}
		end = k == len(ws)-1 || ws[k].punctAfter == '.'
	}
	if !end || v == 0 || ws[v-1].punctAfter != 0 {
		return false
	}
	span := 8 // the subject's words and the comma's
	if w := ws[v-1].lower; w == "has" || w == "have" || w == "had" {
		span++ // "…, a study of more than 500,000 Americans has found."
	}
	for k := v - 2; k >= 0 && v-k <= span; k-- {
		if ws[k].punctAfter == ',' {
			return true
		}
		if ws[k].punctAfter != 0 {
			return false
		}
	}
	return false
}

// concernedThat reports whether the word at v voices a source's worry
// about what will come: "concerned" or "worried" after a form of be, then
// a clause that looks ahead ("The Press Council is concerned the laws would
// crush investigative journalism", "the agency is worried that prices will
// rise"). "Those concerned were told" and "worried about costs" are not.
func concernedThat(ws []word, v int) bool {
	if w := ws[v].lower; w != "concerned" && w != "worried" || v == 0 || !ws[v-1].is(clBe) || ws[v].punctAfter != 0 {
		return false
	}
	for j := v + 1; j < len(ws) && j <= v+6; j++ {
		if ws[j].is(clModal) || ws[j].lower == "will" {
			return true
		}
		if ws[j].punctAfter != 0 || ws[j].lower == "about" || ws[j].lower == "by" {
			return false
		}
	}
	return false
}

// pointsOut reports whether the word at v is "point(s/ed) out": "as the
// committee has pointed out, it would also be used …".
func pointsOut(ws []word, v int) bool {
	switch ws[v].lower {
	case "point", "points", "pointed":
		return v+1 < len(ws) && ws[v].punctAfter == 0 && ws[v+1].lower == "out"
	}
	return false
}

// between a subject and its reporting verb: auxiliaries and adverbs.
var auxiliaries = append([]string{"is", "was", "are", "were", "has", "have", "had", "will", "would", "also", "later", "previously", "again", "then", "first", "do", "did", "does", "not",
	"may", "might", "could", "can", "should", "must", "twice", "repeatedly", "already", "still", "never", "once", "now", "just",
	"be", "been", "being", "always", "often", "sometimes", "somehow", "even", "soon", "ever", "instead"}, withCurly(
	"don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
	"isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't")...)

// contractedSubjects are a pronoun and its verb in one word: a clause of
// its own that a noun phrase does not run back over ("I’m sure your
// friends told": the speakers are your friends).
var contractedSubjects = withCurly("i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "we're", "we've", "we'd",
	"they're", "they've", "they'd", "it's", "he's", "she's", "that's", "there's", "what's")

// withCurly returns the words with their straight apostrophes, and again
// with the typographic one that news text uses.
func withCurly(ws ...string) []string {
	out := make([]string, 0, 2*len(ws))
	for _, w := range ws {
		out = append(out, w)
		if c := strings.ReplaceAll(w, "'", "’"); c != w {
			out = append(out, c)
		}
	}
	return out
}

// parentheticals are adverbs set off by commas between a subject and its
// verb: "The Afghan Taliban, however, claimed".
var parentheticals = []string{"however", "meanwhile", "too", "though", "also", "instead", "nonetheless",
	"nevertheless", "moreover", "furthermore", "separately", "similarly", "likewise", "therefore", "thus", "indeed"}

// finiteAuxiliaries are the finite auxiliaries and modals that can follow a
// plural noun subject: "preliminary reports do not indicate", "estimates
// have varied".
var finiteAuxiliaries = []string{"are", "were", "do", "did", "have", "had", "will", "would", "can", "could",
	"may", "might", "should", "must", "shall"}

// beForms are the forms of "be" that make a passive or a progressive.
var beForms = []string{"be", "been", "being", "is", "are", "was", "were", "am"}

// pronouns are whole subjects: the noun phrase of "we said" is "we".
var pronouns = []string{"i", "we", "you", "he", "she", "it", "they", "who"}

// timeWords end a subject's trailing time phrase: "Clark in October said".
var timeWords = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "yesterday",
	"earlier", "last", "this", "on", "in", "late", "early"}

// words that end a noun phrase when walking back from a verb.
var npStops = append([]string{"that", "which", "who", "whom", "but", "and", "because", "while", "when", "if", "as",
	"after", "before", "since", "so", "than", "though", "although", "where", "to", "it", "this", "what",
	"whenever", "wherever", "whether", "unless", "until", "how", "why", "or", "nor", "yet"}, contractedSubjects...)

// attribution finds who a unit is attributed to: the subject of a reporting
// verb ("Nix said", "a representative for Assange confirmed", "records
// show", "The Wall Street Journal is reporting"), the name after an inverted
// verb ("said Nix"), or the source in "according to X". It returns nil when
// the unit reports nobody.
//
// from is the unit's start in text, hasQuotes whether it holds quotation
// marks. When the unit quotes someone, a reporting verb outside the
// quotation names the speaker and wins over one inside it: in `“…preliminary
// reports do not indicate…,” the statement said` the source is the
// statement.
func attribution(text string, from int, ws []word, hasQuotes bool) *claims.Span {
	s := firstAttribution(text, from, ws, hasQuotes)
	if s != nil && nameOfThing(s.Text) {
		return nil // "Uber, as its name suggests, is hierarchical": an idiom, no source
	}
	if s == nil || hasQuotes {
		return s
	}
	// A source set off at the end of the sentence tells the whole of it,
	// what others reported included: "Local people reported seeing a
	// flash …, the Tuva government was quoted as saying."
	for c := len(ws) - 3; c > 0 && ws[c].end >= s.End; c-- {
		if ws[c].punctAfter != ',' {
			continue
		}
		if t := firstAttribution(text, ws[c+1].start, ws[c+1:], false); t != nil && t.Start == ws[c+1].start && t.Start > s.End &&
			!ws[c+1].is(clPronoun) && !clauseAfterVerb(ws, c+1, t.End) {
			// (A pronoun there is the source named before: "When Ghani
			// announced the exchange, he said …" keeps Ghani's name.)
			return t
		}
		break
	}
	return s
}

// nameOfThing reports whether a source is what a thing is called, as in
// "as its name suggests", "as the term implies": no one is reported.
func nameOfThing(s string) bool {
	if len(s) > len("the phrase") {
		return false // most sources: no lower-casing for them
	}
	switch strings.ToLower(s) {
	case "its name", "the name", "their name", "his name", "her name", "the term", "the word", "the title", "its title",
		"the phrase", "the label":
		return true
	}
	return false
}

// clauseAfterVerb reports whether the verb after the subject that ends at
// byte end, looked for from word k on (past a form of be: "was quoted"), is
// no verb of saying ("a prospect Vindman denied") or has a verb or "that"
// right after it ("a figure analysts said was low"): a relative clause, not
// a source set off at the end.
func clauseAfterVerb(ws []word, k, end int) bool {
	for k < len(ws) && ws[k].start < end {
		k++ // past the subject
	}
	for k < len(ws) && ws[k].is(clBe) {
		k++
	}
	if k >= len(ws) {
		return false
	}
	switch ws[k].lower {
	case "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports", "wrote", "writes", "quoted", "stated", "states":
	default:
		return true // "a prospect Vindman denied": no verb that sets off a source
	}
	if k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	return n.is(clBe) || n.is(clFiniteAux) || n.lower == "that"
}

// attributionCues are the words other than verbs of saying (clReporting,
// clSetPhrase, clFinding) that firstAttribution's tests start from: those
// of pointsOut, concernedThat, reports' "written" and "comments",
// quoteGoesOn, expectVerb and quotedAsSaying. A word on none of these lists
// is no source's verb.
var attributionCues = []string{"point", "points", "pointed", "concerned", "worried", "written", "comments",
	"continued", "continues", "recalled", "recalls", "recounted", "recounts", "elaborated", "concluded",
	"expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "anticipating",
	"forecast", "forecasts", "forecasted", "forecasting", "project", "projects", "projected", "projecting",
	"quoted"}

// firstAttribution is attribution's reading from the start of ws: the first
// source it finds.
func firstAttribution(text string, from int, ws []word, hasQuotes bool) *claims.Span {
	// outside is whether a reporting word stands outside the quotation
	// marks (0 not known yet, 1 yes, 2 no), asked only of a reporting word
	// inside them; seen is whether one did before the word at hand.
	outside, seen := 0, false
	open, pos := false, from
	for v, w := range ws {
		if hasQuotes {
			open, pos = quoteOpen(open, text[pos:w.start]), w.start
			seen = seen || !open && w.is(clReporting)
		}
		if !w.is(clReporting | clSetPhrase | clFinding | clAttrCue) {
			continue // no word any test below starts from: most words end here
		}
		if inAccordingTo(ws, v) {
			continue // "according to the officials he reported to, …": the source is the officials
		}
		if !reports(ws, v) && !(hasQuotes && !open && quoteGoesOn(text, ws, v)) {
			if len(w.lower) < 6 {
				continue // shorter than "expect" or "quoted": most words end here, without a call
			}
			if s := forecastersExpect(text, ws, v); s != nil {
				return s
			}
			if s := quotedAsSaying(text, ws, v); s != nil {
				return s
			}
			continue
		}
		if open {
			if outside == 0 {
				outside = 2
				if seen {
					outside = 1
				} else {
					o, p := open, pos
					for _, x := range ws[v+1:] {
						if o, p = quoteOpen(o, text[p:x.start]), x.start; !o && x.is(clReporting) {
							outside = 1
							break
						}
					}
				}
			}
			if outside == 1 {
				continue
			}
		}
		if (w.lower == "promised" || w.lower == "pledged" || w.lower == "vowed") && v+1 < len(ws) && ws[v+1].lower == "to" && w.punctAfter == 0 && relativeBefore(ws, v) {
			// "a setback for Biden, who had promised to cancel student
			// debt": a pledge told of in passing, not what the unit
			// reports ("Twitter pledged to act" is Twitter's)
			continue
		}
		if w.lower == "ruled" && !rulingFollows(ws, v) {
			continue // "Mugabe ruled Zimbabwe": governed, not a ruling
		}
		if testimonyEvent(ws, v) {
			continue // "Volker and Morrison testified before the committee": an event, not what they said
		}
		if v == 1 && ws[0].lower == "that" && w.punctAfter == ',' {
			continue // the idiom "That said, …"
		}
		if w.lower == "say" && w.punctAfter == ',' && v > 0 && (ws[v-1].punctAfter == ',' || strings.ContainsAny(text[ws[v-1].end:w.start], "—–-(")) {
			continue // "for example": "a U.S. importer — say, Costco", "a rise of, say, 10%"
		}
		if addsAmount(ws, v) {
			continue // "The stock added more than 2%", "gains add to": a sum, not a statement
		}
		if strings.HasPrefix(w.lower, "report") && w.punctAfter == 0 && v+2 < len(ws) && ws[v+1].lower == "to" &&
			(ws[v+2].is(clPronoun) || ws[v+2].lower == "him" || ws[v+2].lower == "her" || ws[v+2].lower == "directly") {
			continue // "Vindman reported to him": a line of command, not a statement
		}
		if (w.lower == "claimed" || w.lower == "claims" || w.lower == "claim") && w.punctAfter == 0 && v+1 < len(ws) &&
			(determiners[ws[v+1].lower] && ws[v+1].lower != "this" || possessiveWord(ws[v+1].lower)) && !clauseFollows(ws, v+1) {
			continue // "The family claimed Ford’s body", "claimed the lives of": taken, not said
		}
		if strings.HasPrefix(w.lower, "show") && w.punctAfter == 0 && v+1 < len(ws) && possessivePronoun(ws[v+1].lower) && !clauseFollows(ws, v+1) {
			// "The platform's flexibility shows its strength": displayed.
			// An article may open a clause whose verb clauseFollows does
			// not know ("records show the campaign paid"), so only a
			// possessive pronoun marks the noun phrase.
			continue
		}
		if v > 0 && ws[v-1].punctAfter == 0 && ws[v-1].is(clOpener) && ws[v-1].lower != "as" && ws[v-1].lower != "to" &&
			strings.HasSuffix(w.lower, "ed") {
			continue // an adjective after a preposition: "comes with added costs", "for stated reasons"
		}
		if authored(ws, v) {
			continue // "Martin wrote A Song of Ice and Fire", "she wrote the book": authorship, not a statement
		}
		if strings.HasPrefix(w.lower, "show") && w.punctAfter == 0 && v+1 < len(ws) && phrasalShow(ws[v+1].lower) {
			continue // "what trends show up", "can show as you unlock": appearing, not reporting
		}
		if nounLike(w.lower) && v > 0 && (ws[v-1].is(clOpener) || ws[v-1].is(clBe) ||
			v > 1 && determiners[ws[v-2].lower] && !ws[v-1].upper && ws[v-1].punctAfter == 0 &&
				w.punctAfter == 0 && v+1 < len(ws) && ws[v+1].is(clOpener)) {
			// A noun: "list of state sponsors", "there are estimates",
			// "the explanatory notes of the bill" (but "the company notes
			// that" reports).
			continue
		}
		if w.punctAfter == ',' && v+1 < len(ws) && nounLike(w.lower) {
			// Set off by commas it reports ("…, records show, …"); else it
			// is a noun ending a phrase ("…the company's financial state, red
			// flags …").
			if s := subjectBefore(text, ws, v); s == nil || s.Start == ws[0].start || !afterBreak(text, ws, s.Start) {
				continue
			}
		}
		if v > 0 && (ws[v-1].lower == "to" || nounMarker(ws[v-1].lower)) {
			continue // an infinitive or a noun ("the report", "his claim")
		}
		if sayNoun(ws, v) {
			continue // "wanted some say in the disposition of his effects": a noun
		}
		if v > 0 && ws[v-1].lower == "her" && ws[v-1].punctAfter == 0 && nounLike(w.lower) && (v < 2 || ws[v-2].is(clStopword) || ws[v-2].punctAfter != 0) {
			// "her" is no subject, and after a function word no object
			// either: "know that her state is on meth".
			continue
		}
		if v > 0 && nounLike(w.lower) && ws[v-1].punctAfter == 0 && (ws[v-1].digit || cardinal(ws[v-1].lower)) {
			continue // counted, a noun: "across three states", "50 reports"
		}
		if v > 0 && ws[v].upper {
			continue // part of a name ("United States")
		}
		be := v > 0 && ws[v-1].punctAfter == 0 && ws[v-1].is(clBe)
		if participle(w.lower) && !concernedThat(ws, v) && (be || v > 1 && strings.HasSuffix(ws[v-1].lower, "ly") && ws[v-1].punctAfter == 0 &&
			ws[v-2].punctAfter == 0 && ws[v-2].is(clBe)) {
			continue // "was accused", "be noted", "are explicitly claimed": a passive names no source
		}
		if participle(w.lower) && existential(ws, v) {
			continue // "there were 3248 cases reported": what was reported, not who reported it
		}
		if be && (w.lower == "adding" || w.lower == "noting") {
			continue // "is adding a pioneer as its officer": gaining, not saying
		}
		if !be && strings.HasSuffix(w.lower, "ing") {
			// An -ing form reports only after a form of be ("is
			// reporting"), else it is a noun ("investigative reporting")
			// or, after a comma, the main clause's subject speaks: "Foreign
			// Secretary Dominic Raab defended the party’s actions, saying".
			if v > 0 && ws[v-1].punctAfter == ',' && sayingForm(w.lower) {
				if s := leadSubject(text, ws, v); s != nil {
					return s
				}
			}
			continue
		}
		if v+1 < len(ws) && ws[v].punctAfter == 0 && ws[v+1].is(clReporting) && nounLike(w.lower) {
			continue // a noun before the verb: "news reports said", "polls show" (not "said state police")
		}
		if nounLike(w.lower) && nounAfterModifier(ws, v) {
			continue // "a solid state drive", "the task state", "sweeping claims", "claims of"
		}
		if strings.HasSuffix(w.lower, "ed") && reducedRelative(ws, v) {
			continue // "…, a deal announced at the beginning of the week": the deal, not who announced it
		}
		if v > 0 && closesDash(text, ws, v) {
			// A phrase set off by dashes before the verb: "The
			// installation – conceived to present the collection –
			// confirms": the subject stands before the first dash.
			if s := beforeDash(text, ws, v); s != nil {
				return s
			}
			continue
		}
		if v > 0 && strings.Contains(text[ws[v-1].end:w.start], ")") {
			// The subject stands before the parenthesis: "Commenter Paul
			// Stoffregen (who was the author of the story) noted".
			if s := beforeParenthesis(text, ws, v); s != nil {
				return s
			}
			continue
		}
		if nounLike(w.lower) && strings.HasSuffix(w.lower, "s") && v+1 < len(ws) && ws[v].punctAfter == 0 &&
			ws[v+1].is(clFiniteAux) && !ws[v+1].upper {
			continue // a plural noun before its verb: "preliminary reports do not indicate"
		}
		if v > 0 && ws[v-1].punctAfter != 0 && !isTell(w.lower) && strings.ContainsAny(text[ws[v-1].end:w.start], "\"”") {
			// The verb right after a closing quotation mark: the speaker
			// follows it ("…outperform,” said Sanjiv Bhasin"); the words
			// before are the quotation's own.
			if n := nameAfter(text, ws, v); n != nil {
				return n
			}
			if n := describedAfter(text, ws, v); n != nil {
				return n // "…,” said one legal expert, as reported by the Independent."
			}
			if n := groupAfter(text, ws, v); n != nil {
				return n // "…,” said police."
			}
		}
		s := subjectBefore(text, ws, v)
		if s != nil && inTimeClause(ws, s.Start) && s.Start > ws[0].start && reportsNothing(ws, v) {
			// "Shares of Tesla fell 5% after Elon Musk tweeted about the
			// stock": the clause tells when, and what its verb reports is
			// not the sentence ("…, after police said 12 people died" is).
			continue
		}
		if s != nil && inTimeClause(ws, s.Start) && accordingAt(ws) > v {
			// "Shares rose 4% after the company reported earnings …,
			// according to FactSet": the source the sentence names at its
			// end, not the event a clause of time reports ("This comes
			// after police said …" keeps the police).
			continue
		}
		if s != nil && s.Start > ws[0].start && conditional(ws, v, s.Start) {
			continue // "misdiagnosed if the person reports no birds": a case supposed, not a source
		}
		if v > 0 && ws[v-1].punctAfter == ',' && v+1 < len(ws) && !ws[v+1].is(clTime) && !isTell(w.lower) &&
			(s == nil || !startsUpper(s.Text)) {
			// The speaker after the verb, set off from the claim by a
			// comma, when no name stands before it: "…have seen impacts,
			// too, said Mary E. Lovely" (but "Marco Villa, the company’s
			// chief operating officer, said Tyvak would").
			if n := nameAfter(text, ws, v); n != nil {
				return n
			}
			if n := groupAfter(text, ws, v); n != nil {
				return n // "…, said state police on Tuesday."
			}
		}
		if s != nil && (v+1 < len(ws) || afterBreak(text, ws, s.Start) || afterAs(ws, s.Start)) {
			// A verb that ends the sentence reports only a clause set off
			// before it: "…, records show." or "as the docs show." but not
			// "for live shows." The reader ("you can add") and anyone ("one
			// could argue") are no source.
			if strings.EqualFold(s.Text, "you") || strings.EqualFold(s.Text, "one") {
				continue // "One could argue that …": anyone, no source
			}
			if noOne(s.Text) {
				continue // "Although no group claimed responsibility": nobody said anything
			}
			if v > 0 && (ws[v-1].lower == "would" || ws[v-1].lower == "could" || ws[v-1].lower == "might") && anyone[strings.ToLower(s.Text)] {
				continue // "Few would argue against …": what people at large would think, no source ("Some say" is one)
			}
			return s
		}
		if s := nameAfter(text, ws, v); s != nil && !isTell(w.lower) && (inverts(w.lower) || v > 0 && ws[v-1].punctAfter != 0 || v == 0) {
			// Not after "told": the name there is the listener. And the
			// name after a verb is its speaker only where the order is
			// inverted, after a break or with a verb of saying ("…, says
			// Smith"); else it is the object: "an article that claimed
			// President-elect Trump relied on lies".
			return s
		}
	}
	if i := accordingAt(ws); i >= 0 {
		return phraseFrom(text, ws, i+2)
	}
	if i := perAt(ws); i >= 0 {
		return phraseFrom(text, ws, i+1)
	}
	return nil
}

// acronym reports whether w is two or more capital letters and nothing
// else: "WHO", "US".
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// perAt returns the index of a "per" that names a source as "according
// to" does, -1 if the words hold none: set off at the unit's start or
// after a comma, before a name, an article or a possessive ("Per the CDC,
// …", "…, per the WHO, is", "…, per its annual report"), or evidence
// ("per data from …"). A rate's "per" is none: "$2 per share", "per
// capita", "$5, per person".
func perAt(ws []word) int {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].lower != "per" || ws[i].punctAfter != 0 || i > 0 && ws[i-1].punctAfter != ',' {
			continue
		}
		switch n := ws[i+1]; {
		case n.lower == "the" || n.lower == "a" || n.lower == "an" || n.lower == "its" || n.lower == "his" || n.lower == "her" || n.lower == "their",
			evidenceNouns[n.lower]: // "…, per data from the Commerce Department"
			return i
		case n.upper && !n.digit:
			return i
		}
	}
	return -1
}

// forecasters are the people whose expectations a business report cites as
// its source for the figure expected: "Analysts polled by FactSet had
// expected", "Wall Street analysts surveyed by Refinitiv were expecting",
// "Economists had forecast".
var forecasters = map[string]bool{"analysts": true, "analyst": true, "economists": true, "economist": true,
	"forecasters": true, "forecaster": true, "strategists": true, "strategist": true}

// expectVerb reports whether w is a form of a verb by which forecasters
// expect a figure.
func expectVerb(w string) bool {
	switch w {
	case "expect", "expects", "expected", "expecting",
		"anticipate", "anticipates", "anticipated", "anticipating",
		"forecast", "forecasts", "forecasted", "forecasting",
		"project", "projects", "projected", "projecting":
		return true
	}
	return false
}

// forecastersExpect returns the forecasters whose expectation the verb at v
// reports, nil unless the verb is an expectVerb in the active voice
// ("expected" after a form of be is a passive: "growth was expected to
// slow") and the noun phrase before it names forecasters ("Wall Street
// analysts surveyed by Refinitiv were expecting $2.52 a share"). Verbs
// that report anything (reports) are attribution's own.
func forecastersExpect(text string, ws []word, v int) *claims.Span {
	w := ws[v]
	if !expectVerb(w.lower) || v == 0 || ws[v-1].punctAfter != 0 {
		return nil
	}
	if ws[v-1].is(clBe) && !strings.HasSuffix(w.lower, "ing") {
		return nil // "earnings were expected": a passive
	}
	s := subjectBefore(text, ws, v)
	if s == nil {
		return nil
	}
	for i := v - 1; i >= 0 && ws[i].start >= s.Start; i-- {
		if forecasters[ws[i].lower] {
			return s
		}
	}
	return nil
}

// relativeBefore reports whether a relative "who" or "which" is the
// subject of the verb at v, auxiliaries aside: "who had promised".
func relativeBefore(ws []word, v int) bool {
	k := v - 1
	for k >= 0 && ws[k].punctAfter == 0 && ws[k].is(clAuxiliary) {
		k--
	}
	return k >= 0 && ws[k].punctAfter == 0 && (ws[k].lower == "who" || ws[k].lower == "which")
}

// quotedAsSaying returns who "was quoted … as saying" at the word v: "The
// minister was quoted by the state news agency as saying exports grew";
// nil unless "quoted" follows a form of be and "as saying" (or "telling")
// comes within eight words.
func quotedAsSaying(text string, ws []word, v int) *claims.Span {
	if ws[v].lower != "quoted" || v == 0 || !ws[v-1].is(clBe) || ws[v-1].punctAfter != 0 {
		return nil
	}
	for j := v + 1; j+1 < len(ws) && j <= v+8; j++ {
		if ws[j].lower == "as" && ws[j].punctAfter == 0 && (ws[j+1].lower == "saying" || ws[j+1].lower == "telling") {
			return subjectBefore(text, ws, v)
		}
	}
	return nil
}

// accordingAt returns the index of the "according" of "according to", -1
// if the words hold none.
func accordingAt(ws []word) int {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower == "according" && ws[i+1].lower == "to" && ws[i+1].punctAfter == 0 {
			return i
		}
	}
	return -1
}

// phrasePrepositions open a phrase inside a source's noun phrase: the
// determiner after one opens its object, not the source.
var phrasePrepositions = map[string]bool{"of": true, "from": true, "by": true, "in": true, "at": true, "with": true,
	"for": true, "to": true, "on": true, "about": true, "near": true, "inside": true, "within": true, "among": true,
	"under": true, "behind": true, "across": true, "around": true, "outside": true}

// inAccordingTo reports whether word v lies inside an "according to"
// phrase, before the punctuation that closes it.
func inAccordingTo(ws []word, v int) bool {
	for k := v - 1; k > 0 && ws[k].punctAfter == 0; k-- {
		if ws[k].lower == "to" && ws[k-1].lower == "according" {
			return true
		}
	}
	return false
}

// subjectBefore walks back from the verb at v over auxiliaries and -ly
// adverbs, then over the noun phrase before them.
func subjectBefore(text string, ws []word, v int) *claims.Span {
	i := v - 1
	for i >= 0 && ws[i].punctAfter == 0 && (ws[i].is(clAuxiliary) || adverbLy(ws, i)) {
		i-- // an adverb, not a name: "Early says", "Kelly said"
	}
	end := i
	if k := partyTag(ws, end); k > 0 && ws[k-1].punctAfter == ',' {
		// A lawmaker's party and state between name and verb: "Rep. Adam
		// Schiff, D-Calif., said", "Sen. Lindsey Graham, R-S.C., said".
		return subjectEndingAt(text, ws, k-1)
	}
	if end >= 1 && ws[end].punctAfter == ',' && ws[end].is(clAdverb) && ws[end-1].punctAfter == ',' {
		// A parenthetical adverb: "The Afghan Taliban, however, claimed".
		return subjectEndingAt(text, ws, end-1)
	}
	if end >= 2 && ws[end].punctAfter == ',' {
		// A relative clause set off before the verb: "a hospital
		// official, who asked not to be named, told AFP" — the official.
		for k := end; k > 0 && end-k <= 10; k-- {
			if relativeWho(ws[k]) && ws[k-1].punctAfter == ',' {
				e := k - 1
				if e >= 1 && ws[e].digit && ws[e-1].punctAfter == ',' {
					e-- // an age between: "Johnson, 55, who was elected in July, said"
				}
				if s := subjectEndingAt(text, ws, e); s != nil {
					return s
				}
				break
			}
			if k < end && ws[k].punctAfter != 0 {
				break
			}
		}
	}
	if end >= 1 && ws[end].punctAfter == ',' {
		// An appositive: "General Mark Milley, chairman of the Joint
		// Chiefs of Staff, told" — the name before the first comma; or a
		// name set off after a description: "The group that owns her
		// music, Big Machine, says" — the name itself.
		if a := appositiveStart(ws, end); a >= 0 {
			// An appositive of an appositive: "Jeff Sanborn, president of
			// Chapter & Verse, a Spokane design agency, said".
			for b := appositiveStart(ws, a); b >= 0; b = appositiveStart(ws, a) {
				// The phrase between must describe, as "president of …"
				// does; "the People’s Daily" after "On Monday," names, and
				// "and Tim Morrison" joins another speaker.
				// "a"/"an" open a description: "Dylan Nelson, a postdoctoral
				// fellow at the institute in Munich, Germany, and co-author
				// of the study, said".
				if first := ws[b+1]; determiners[first.lower] && first.lower != "a" && first.lower != "an" || first.lower == "and" || first.lower == "or" {
					break
				}
				if s := subjectEndingAt(text, ws, b); s == nil || !startsUpper(s.Text) {
					break
				}
				a = b
			}
			return subjectEndingAt(text, ws, a)
		}
		if a := setOffName(ws, end); a >= 0 {
			return spanOf(text, ws[a], ws[end])
		}
		// A clause set off before the verb: "The company, based in
		// Austin, Texas, said" — the noun phrase that opens the unit.
		for k := 0; k < end; k++ {
			if ws[k].punctAfter == 0 || initial(ws[k]) {
				continue // an initial's dot ends nothing: "U.S. officials, speaking …, said"
			}
			if ws[k].punctAfter == ',' && !ws[k].is(clNPStop|clAuxiliary) {
				if sp := subjectEndingAt(text, ws, k); sp != nil && sp.Start == ws[0].start && !ws[0].is(clOpener) {
					return sp
				}
			}
			break
		}
	}
	if end >= 0 && ws[end].punctAfter == '.' && nameSuffix(ws[end].lower) {
		// "U.S. Attorney James Kennedy Jr. said": the name ends with its
		// suffix's period.
		sp := subjectEndingAt(text, ws, end)
		if sp != nil && sp.End == ws[end].end {
			sp.End++
			sp.Text = text[sp.Start:sp.End]
		}
		return sp
	}
	if end < 0 || ws[end].punctAfter != 0 {
		return nil
	}
	return subjectEndingAt(text, ws, end)
}

// partyTag returns the index of the first word of a party-and-state tag
// ending at word end ("D-Calif.", "R-S.C.", "I-Vt."), -1 if there is none.
func partyTag(ws []word, end int) int {
	if end < 0 {
		return -1
	}
	k := end
	for k > 0 && initial(ws[k]) && ws[k-1].punctAfter == '.' {
		k-- // "D-N.Y.": back to "D-N"
	}
	w := ws[k].lower
	if len(w) >= 3 && (w[0] == 'd' || w[0] == 'r' || w[0] == 'i') && w[1] == '-' && ws[k].upper && ws[end].punctAfter == '.' {
		return k
	}
	return -1
}

// relativeWho reports whether w is the pronoun "who" in lower case, not
// the WHO.
func relativeWho(w word) bool { return w.lower == "who" && !w.upper }

// nameSuffix reports whether w (lower case) ends a person's name after its
// surname: "Jr.", "Sr.".
func nameSuffix(w string) bool { return w == "jr" || w == "sr" }

// adverbLy reports whether the word at i is an adverb in -ly: lower case,
// and not a noun after an article or a possessive ("the family said", "his
// ally says").
func adverbLy(ws []word, i int) bool {
	if !strings.HasSuffix(ws[i].lower, "ly") || ws[i].upper {
		return false
	}
	return i == 0 || !(determiners[ws[i-1].lower] || possessiveWord(ws[i-1].lower)) || ws[i-1].punctAfter != 0
}

// subjectEndingAt returns the noun phrase ending at word end, walking back
// over names, titles and modifiers to the previous break.
func subjectEndingAt(text string, ws []word, end int) *claims.Span {
	switch {
	case ws[end].lower == "and" || ws[end].lower == "but":
		return sharedSubject(text, ws, end) // "She did not give a date, but said"
	case ws[end].lower == "which" && end > 0 && ws[end-1].punctAfter == ',' && !ws[end-1].is(clNPStop|clAuxiliary):
		// A relative set off by a comma speaks for the phrase before it,
		// from its last preposition on: "rejected by the company, which
		// said" — the company.
		s := subjectEndingAt(text, ws, end-1)
		for k := end - 1; s != nil && k > 0 && ws[k].start > s.Start; k-- {
			if ws[k-1].is(clOpener) && !ws[k-1].upper && ws[k-1].start >= s.Start {
				return spanOf(text, ws[k], ws[end-1])
			}
		}
		return s
	case ws[end].is(clNPStop) && !ws[end].is(clPronoun):
		return nil // "a creativity that adds": a relative clause names no source
	}
	if relativeWho(ws[end]) {
		if end > 0 && !ws[end-1].is(clNPStop|clAuxiliary) && !determiners[ws[end-1].lower] {
			// "said the officials, who added", "the person who wrote
			// it": the officials, the person.
			return subjectEndingAt(text, ws, end-1)
		}
		return nil // "those who said": no one named
	}
	// The phrase runs to eight words, a name's capitalised words aside:
	// "A spokesperson for Shrewsbury and Telford Hospital NHS Trust said".
	start, names := end, 0
	for start > 0 && end-start-names < 7 && end-start < 16 && !ws[end].is(clPronoun) {
		if ws[start].upper && start < end {
			names++
		}
		p := ws[start-1]
		if p.lower == "and" && start >= 2 && ws[start].upper && ws[start-2].upper && ws[start-2].punctAfter == 0 {
			start-- // inside a name: "the World Travel and Tourism Council"
			continue
		}
		if p.lower == "and" && start >= 3 && p.punctAfter == 0 && !ws[start].upper && !ws[start-2].upper && ws[start-2].punctAfter == 0 &&
			determiners[ws[start-3].lower] && ws[start-3].punctAfter == 0 && !ws[start-2].is(clNPStop|clAuxiliary|clReporting) &&
			(determiners[ws[start].lower] || !ws[start].is(clNPStop|clAuxiliary|clReporting)) {
			start-- // two roles under one article: "the singer and guitarist", "the founder and chief executive"
			continue
		}
		if p.upper && ws[start].upper && (p.lower == "will" || p.lower == "may") && p.punctAfter == 0 {
			start-- // a first name, not an auxiliary: "Will Moy", "May Mailman"
			continue
		}
		if (honorific(p) || initial(p)) && ws[start].upper && !dashBetween(text, p, ws[start]) {
			start-- // "Sonya A. Zoghlin", "Mr. Reeves"
			continue
		}
		if initial(p) && start >= 2 && initial(ws[start-2]) && text[ws[start-2].end:p.start] == "." {
			start -= 2 // an abbreviation of initials: "U.S. officials"
			continue
		}
		if p.lower == "to" && start >= 2 && (ws[start].upper || determiners[ws[start].lower]) && ws[start-2].punctAfter == 0 &&
			(envoyWord(ws[start-2].lower) || ws[start-2].lower == "close") {
			start-- // "China’s ambassador to Britain Liu Xiaming", "sources close to the minister"
			continue
		}
		if k := quotedTitleStart(text, ws, start-1); k >= 0 {
			start = k // a work's title inside the phrase: the "Pose" actor
			continue
		}
		if p.lower == "than" && start >= 2 && ws[start].digit && ws[start-2].punctAfter == 0 {
			if w := ws[start-2].lower; w == "more" || w == "fewer" || w == "less" {
				start -= 2 // a count inside the phrase: "a study of more than 500,000 Americans"
				continue
			}
		}
		if (p.lower == "from" || p.lower == "by" || p.lower == "of") && p.punctAfter == 0 && start >= 2 &&
			evidenceNouns[ws[start-2].lower] && ws[start-2].punctAfter == 0 {
			start -= 2 // what evidence comes from: "…, data from the World Steel Association show"
			continue
		}
		// A reporting word after a determiner is a noun inside the phrase:
		// "The report by the Government Accountability Office found"; so
		// is its bare form modifying the noun after it where a phrase may
		// open, after a break or a possessive: "…, state officials said",
		// "China's state media said".
		reportNoun := nounLike(p.lower) && start >= 2 && determiners[ws[start-2].lower] && ws[start-2].punctAfter == 0 ||
			modifyingNoun(ws, start-1)
		if p.punctAfter != 0 || p.is(clNPStop|clAuxiliary) || p.is(clReporting) && !p.upper && !reportNoun ||
			dashBetween(text, p, ws[start]) || strings.ContainsAny(text[p.end:ws[start].start], "()") {
			break // a parenthesis ends the phrase too: "60 employees (the company …"
		}
		start--
	}
	start = listStart(ws, start, end)
	// A relative clause before the phrase: the speaker is who it is about,
	// not the last name in it ("Officials who spoke to Reuters said":
	// the officials, not Reuters).
	for k := start - 1; k > 0 && start-k <= 6 && ws[k].punctAfter == 0; k-- {
		if relativeWho(ws[k]) {
			if !ws[k-1].is(clNPStop|clAuxiliary) && ws[k-1].punctAfter == 0 {
				return subjectEndingAt(text, ws, k-1)
			}
			break
		}
		if ws[k].upper {
			break
		}
	}
	// Drop a trailing time phrase: "Clark in October", "Alden on Tuesday".
	for k := start + 1; k < end; k++ {
		if w := ws[k].lower; w != "on" && w != "in" && w != "last" && w != "this" && w != "earlier" {
			continue
		}
		timeOnly := true
		for _, t := range ws[k+1 : end+1] {
			if !t.is(clTime) && !isNumber(t.lower) {
				timeOnly = false
				break
			}
		}
		if p := ws[k-1]; timeOnly && !p.upper && strings.HasSuffix(p.lower, "ed") {
			break // the time of a participle: "a Gallup poll released in July"
		}
		if timeOnly {
			end = k - 1
			break
		}
	}
	if ws[start].lower == "despite" || ws[start].lower == "unlike" || ws[start].is(clOpener) {
		return nil // "Despite parliamentary reports …", "of …": no subject opens so
	}
	// Lower-case words before a determiner are not the phrase's: "I’m sure
	// your friends told" — your friends.
	for k := start + 1; k < end && !determiners[ws[start].lower]; k++ {
		if ws[k-1].upper || phrasePrepositions[ws[k-1].lower] {
			// A name, a part of a whole ("most of the companies"), where
			// it comes from ("data from the …"), who or where they are
			// ("officials in the ministry", "people familiar with the
			// matter", "sources close to the minister").
			break
		}
		if determiners[ws[k].lower] {
			start = k
			break
		}
	}
	if timeOnly(ws, start, end) {
		return nil // "… crashes in 2018 and 2019 said": a year speaks for no one
	}
	if afterModal(ws, start) {
		return nil // "The settlement would resolve claims brought by …": a verb, no one who claims
	}
	return spanOf(text, ws[start], ws[end])
}

// afterModal reports whether the lower-case word at k follows a modal in
// lower case with nothing between ("would resolve", "can settle"): the
// verb the modal governs, not a noun phrase that could speak. ("In May
// officials said" has the month.)
func afterModal(ws []word, k int) bool {
	if k == 0 || ws[k].upper {
		return false
	}
	m := ws[k-1]
	if m.upper || m.punctAfter != 0 {
		return false
	}
	return m.is(clModal) || m.lower == "can" || m.lower == "should" || m.lower == "must"
}

// timeOnly reports whether every word of ws[start:end+1] is a number or a
// time word in lower case: a capitalised one may be a name ("Early says").
func timeOnly(ws []word, start, end int) bool {
	for k := start; k <= end; k++ {
		if w := ws[k]; !w.digit && !(w.is(clTime) && !w.upper) {
			return false
		}
	}
	return true
}

// quotedTitleStart returns the determiner before a quoted title of one to
// three capitalised words ending at word end, inside a noun phrase: the
// `the` of `the “Pose” actor`, `his` of `his “Daily Show” co-host`.
// -1 when the words before are no such title: a quotation's last words
// (`“We won” Smith said`) are not all capitalised, nor opened right after a
// determiner.
func quotedTitleStart(text string, ws []word, end int) int {
	if end < 1 || ws[end].punctAfter != '"' {
		return -1
	}
	for j := end; j >= 1 && end-j < 3; j-- {
		if !ws[j].upper || j < end && ws[j].punctAfter != 0 {
			return -1
		}
		between := text[ws[j-1].end:ws[j].start]
		if !strings.ContainsAny(between, "\"“") {
			continue
		}
		if d := ws[j-1]; d.punctAfter == 0 && (determiners[d.lower] || possessiveWord(d.lower)) {
			return j - 1
		}
		return -1
	}
	return -1
}

// listStart stretches a phrase [start,end] that joins names with "and" back
// over the names listed before it with commas, when the list opens its
// clause: "Acme, Google and Boeing said" (not "In Kabul, Acme and Google
// said", nor "Yesterday, Acme and Google said").
func listStart(ws []word, start, end int) int {
	and := false
	for k := start + 1; k < end; k++ {
		and = and || ws[k].lower == "and" && ws[k-1].upper && ws[k+1].upper
	}
	if !and || !ws[start].upper {
		return start
	}
	for s := start; s > 0 && ws[s-1].punctAfter == ','; {
		k := s - 1 // the listed name before the comma, in capitals
		for k > 0 && ws[k-1].upper && ws[k-1].punctAfter == 0 && !ws[k-1].is(clOpener|clTime|clAdverb) {
			k--
		}
		for i := k; i < s; i++ {
			if !ws[i].upper || ws[i].is(clOpener|clTime|clAdverb|clPronoun) {
				return start
			}
		}
		if k > 0 && ws[k-1].punctAfter != ',' {
			return start // the name does not open its clause: "In Kabul, …"
		}
		start, s = k, k
	}
	return start
}

// appositiveStart returns the last word of the name an appositive ending
// at word end (which carries the closing comma) describes: in "Milley,
// chairman of the Joint Chiefs of Staff, told" the word "Milley". The
// appositive opens in lower case or with a title word, runs at most ten
// words, and the name before it is capitalised; -1 when there is none.
func appositiveStart(ws []word, end int) int {
	for a := end - 1; a >= 0 && end-a <= 14; a-- {
		if ws[a].punctAfter == 0 {
			continue
		}
		if ws[a].punctAfter != ',' || !ws[a].upper || ws[a].is(clAdverb) {
			return -1
		}
		if first := ws[a+1]; first.upper && !first.is(clTitle) && !possessiveWord(first.lower) {
			if a > 0 && ws[a-1].is(clOpener) && ws[a-1].punctAfter == 0 && first.punctAfter == ',' {
				continue // "…, a fellow at the institute in Munich, Germany, said": a place and its country inside the appositive
			}
			return -1 // a list of names ("Apple, Google, Microsoft") or a new clause; not "Teresa’s husband"
		}
		return a
	}
	return -1
}

// setOffName returns the first word of a capitalised name of at most four
// words that ends at word end (which carries a comma) and follows a comma:
// "…her music, Big Machine, says", "The mayor, Bill de Blasio, said". -1
// when there is none.
func setOffName(ws []word, end int) int {
	// A name's words are capitalised, but for a particle inside it: "The
	// mayor, Bill de Blasio, said".
	inName := func(k int) bool { return ws[k].upper || k < end && nameParticle(ws[k].lower) }
	a := end
	for a > 0 && end-a < 4 && ws[a-1].punctAfter == 0 && inName(a) {
		a--
	}
	if a == 0 || !ws[a].upper || ws[a-1].punctAfter != ',' || ws[a].is(clAdverb) {
		return -1
	}
	if ws[a-1].upper && a >= 2 && ws[a-2].is(clOpener) {
		return -1 // "…based in Austin, Texas, said": a place after a place, not a name after a description
	}
	for k := a; k <= end; k++ {
		if !inName(k) {
			return -1
		}
	}
	return a
}

// rulingFollows reports whether "ruled" at v is a ruling: followed by
// "that", "against", "in" (favour), "on", "out" or a comma.
func rulingFollows(ws []word, v int) bool {
	if ws[v].punctAfter == ',' {
		return true
	}
	if v+1 >= len(ws) {
		return false
	}
	switch ws[v+1].lower {
	case "that", "against", "in", "on", "out":
		return true
	}
	return false
}

// testimonyEvent reports whether the testifying verb at v reports that
// someone gave evidence rather than what they said: a preposition follows
// it, after any adverbs ("testified side-by-side before the House
// Intelligence Committee Tuesday", "testified in a closed session"), and no
// "that" opens what they said anywhere after it. "testified that …",
// "testified Tuesday he was not concerned" and a verb ending the unit ("…,
// Morrison testified.") report a statement.
func testimonyEvent(ws []word, v int) bool {
	switch ws[v].lower {
	case "testified", "testify", "testifies":
	default:
		return false
	}
	if ws[v].punctAfter != 0 {
		return false
	}
	k := v + 1
	for k < len(ws) && (strings.HasSuffix(ws[k].lower, "ly") || strings.Contains(ws[k].lower, "-by-")) {
		k++ // "publicly", "side-by-side"
	}
	if k >= len(ws) {
		return false
	}
	switch ws[k].lower {
	case "before", "at", "in", "on", "during", "for", "under", "to", "about", "against", "behind":
	default:
		return false
	}
	for j := k; j < len(ws); j++ {
		if ws[j].lower == "that" || clauseWord(ws, j) {
			return false // "testified on Tuesday he was not concerned", "in court the boy died"
		}
	}
	return true
}

// clauseWord reports whether the word at j shows a clause of its own after a
// testifying verb, one with "that" left out: a subject pronoun, a finite
// auxiliary or a past tense ("testified on Tuesday he was", "testified in
// court the boy died", "to the committee the budget rose 5%"). A participle
// after an article is an adjective: "in a closed session".
func clauseWord(ws []word, j int) bool {
	w := ws[j]
	switch w.lower {
	case "he", "she", "they", "it", "i", "we", "rose", "fell", "grew", "knew", "saw", "made", "gave", "took",
		"told", "said", "paid", "sold", "bought", "spent", "lost", "won", "left", "began", "hid", "ran", "died":
		return true
	}
	if w.is(clBe | clFiniteAux | clModal) {
		return true
	}
	return !w.upper && len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed") &&
		!(j > 0 && (determiners[ws[j-1].lower] || ws[j-1].is(clOpener)))
}

// sayNoun reports whether "say" at v is the noun, a voice in a decision:
// after a quantifier that is the object of having or wanting ("wanted
// some say in", "have no say over", "gets the final say"). "Some say the
// plan failed" and "but some say" keep the verb.
func sayNoun(ws []word, v int) bool {
	if ws[v].lower != "say" || v < 2 || ws[v-1].punctAfter != 0 || ws[v-2].punctAfter != 0 {
		return false
	}
	q := v - 1
	if ws[q].lower == "final" && v >= 3 && ws[v-3].punctAfter == 0 {
		q-- // "the final say"
	}
	switch ws[q].lower {
	case "some", "no", "any", "more", "little", "much", "a", "the", "equal":
	default:
		return false
	}
	if q < 1 {
		return false
	}
	switch ws[q-1].lower {
	case "want", "wants", "wanted", "wanting", "have", "has", "had", "having", "get", "gets", "got", "getting",
		"give", "gives", "gave", "given", "giving", "demand", "demanded", "demanding", "without", "with":
		return true
	}
	return false
}

// determiners before an adjective make the reporting word after it a noun.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "these": true, "those": true, "our": true, "your": true, "my": true}

// nounLike reports whether the reporting word w is also a common noun
// ("state", "reports", "claims").
func nounLike(w string) bool {
	switch w {
	case "state", "states", "report", "reports", "claim", "claims", "note", "notes", "estimate", "estimates",
		"show", "shows":
		return true
	}
	return false
}

// modifyingNoun reports whether the reporting word at k is the bare form
// of a noun ("state", "report") modifying the lower-case noun after it, at
// the start of a noun phrase: first in the unit, or after a break, a
// possessive or a name ("…, state officials said", "China's state media
// said", "Chinese state media said"). The plural forms before a noun are
// verbs: "the filings show officials".
func modifyingNoun(ws []word, k int) bool {
	p := ws[k]
	if !nounLike(p.lower) || strings.HasSuffix(p.lower, "s") || p.punctAfter != 0 || k+1 >= len(ws) {
		return false
	}
	if n := ws[k+1]; n.upper || determiners[n.lower] || n.is(clNPStop|clAuxiliary|clReporting|clPronoun|clBe) {
		return false
	}
	return k == 0 || ws[k-1].punctAfter != 0 || possessiveWord(ws[k-1].lower) || ws[k-1].upper
}

// nounMarker reports whether w makes the reporting word right after it a
// noun: an article or a possessive ("his claim"), a determiner but not one
// that stands alone as a subject or an object ("this shows", "told her").
func nounMarker(w string) bool {
	return determiners[w] && w != "her" && w != "this" && w != "these" && w != "those"
}

// ingNouns are nouns in -ing that speak as a document does: "the filing
// shows", "the ruling states", "the polling shows" (not "sweeping claims").
var ingNouns = map[string]bool{"filing": true, "filings": true, "ruling": true, "finding": true, "findings": true,
	"briefing": true, "hearing": true, "polling": true, "reporting": true, "recording": true, "recordings": true,
	"listing": true, "meeting": true, "testing": true, "accounting": true}

// nounAfterModifier reports whether the reporting word at v, one that is
// also a noun, is that noun here: after a lower-case modifier when it is the
// bare form and no "that" follows ("a solid state drive", "the task state";
// but "records show", "they state that"), after an -ing modifier ("sweeping
// claims", "the hibernating state"), or before "of" or "about" ("claims of
// having no memory").
func nounAfterModifier(ws []word, v int) bool {
	if v+1 < len(ws) && ws[v].punctAfter == 0 && (ws[v+1].lower == "of" || ws[v+1].lower == "about") {
		return true
	}
	if v == 0 || ws[v-1].punctAfter != 0 {
		return false
	}
	p := ws[v-1]
	if p.is(clPronoun | clAuxiliary | clNPStop) {
		return false
	}
	if p.upper {
		// After a name only a bare form that a noun follows, with no
		// punctuation between, is a noun: "the Individual Medley state
		// title" (but "the Greens state that", "Big Machine state the
		// terms").
		if v+1 >= len(ws) || ws[v].punctAfter != 0 || strings.HasSuffix(ws[v].lower, "s") {
			return false
		}
		n := ws[v+1]
		return !n.upper && !n.digit && !n.is(clNPStop|clPronoun) && !determiners[n.lower] && !n.is(clStopword)
	}
	if strings.HasSuffix(p.lower, "ing") && len(p.lower) > 5 && !ingNouns[p.lower] || adjectiveLike(p.lower) {
		return true // "sweeping claims", "China’s territorial claims"
	}
	bare := !strings.HasSuffix(ws[v].lower, "s")
	thatFollows := v+1 < len(ws) && ws[v+1].lower == "that"
	if bare && !thatFollows && objectOfPreposition(ws, v-1) && !compoundGoesOn(ws, v) {
		// The modifier is a preposition's object, and the bare form agrees
		// with a plural before it: "…, documents filed in court show." ("a
		// court show" has its article; "in talk show appearances" goes on).
		return false
	}
	return bare && !thatFollows && !strings.HasSuffix(p.lower, "s") && !determiners[p.lower]
}

// objectOfPreposition reports whether the word at k follows a preposition
// in lower case with nothing between: "in court", "from government".
func objectOfPreposition(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	p := ws[k-1]
	return p.punctAfter == 0 && !p.upper && p.is(clOpener) && p.lower != "as" && p.lower != "despite"
}

// compoundGoesOn reports whether a plain lower-case word follows the word
// at v with nothing between, a noun compound going on ("show appearances")
// rather than a clause opening (a determiner, a pronoun, a name, a number).
func compoundGoesOn(ws []word, v int) bool {
	if v+1 >= len(ws) || ws[v].punctAfter != 0 {
		return false
	}
	n := ws[v+1]
	return !n.upper && !n.digit && !determiners[n.lower] && !n.is(clPronoun|clNPStop)
}

// reportsNothing reports whether the verb of saying at v has no content
// after it: the clause ends there or a preposition follows ("tweeted about
// the stock", "spoke at the conference").
func reportsNothing(ws []word, v int) bool {
	if v+1 >= len(ws) || ws[v].punctAfter != 0 {
		return true
	}
	switch ws[v+1].lower {
	case "about", "on", "at", "in", "with", "from", "during", "over", "for":
		return true
	case "to":
		// "spoke to reporters" reports nothing; "claim to allow" does.
		for _, p := range intendTo {
			if strings.HasPrefix(ws[v].lower, p) {
				return false
			}
		}
		return true
	}
	return false
}

// intendTo are the stems of the verbs whose "to" opens what they report:
// "claim to", "promised to", "vowed to".
var intendTo = []string{"claim", "promis", "pledg", "vow", "threaten", "agree", "offer", "vote", "plan"}

// inTimeClause reports whether the phrase starting at byte start follows a
// conjunction of time or cause inside the sentence ("… after the company
// reported", "… because officials said"); not "as", whose clause is a
// source ("As The New York Times reported in March, …").
func inTimeClause(ws []word, start int) bool {
	i := wordAt(ws, start)
	if i < 1 || ws[i-1].punctAfter != 0 {
		return false
	}
	switch ws[i-1].lower {
	case "after", "before", "when", "while", "because", "since", "until", "once", "although", "though", "if":
		return true
	}
	return false
}

// noOne reports whether a source names nobody: "no group", "No one",
// "nobody", "none of them".
func noOne(s string) bool {
	if len(s) < 3 || s[0] != 'n' && s[0] != 'N' {
		return false
	}
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "no ") || l == "nobody" || l == "none" || strings.HasPrefix(l, "none of ") || l == "neither"
}

// conditional reports whether the phrase starting at byte start, before the
// verb at v, follows "if" or "unless": its verb tells a case supposed ("if
// the person reports no birds"), not what anyone said.
func conditional(ws []word, v, start int) bool {
	i := v
	for i > 0 && ws[i].start > start {
		i-- // back from the verb at v to the phrase's first word
	}
	return i > 0 && ws[i].start == start && ws[i-1].punctAfter == 0 && (ws[i-1].lower == "if" || ws[i-1].lower == "unless")
}

// evidenceNouns name what reports evidence: a poll, a study, records.
var evidenceNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true,
	"report": true, "reports": true, "analysis": true, "review": true, "audit": true, "census": true,
	"data": true, "figures": true, "records": true, "statistics": true, "research": true, "investigation": true,
}

// reducedRelative reports whether the -ed form at v describes an indefinite
// noun phrase set off by a comma before it — "…, a deal announced at the
// beginning of the week", "…, an offer confirmed on Monday" — with no
// clause of its own after it: a participle, not a source's verb.
func reducedRelative(ws []word, v int) bool {
	if ws[v].lower == "showed" || v > 0 && evidenceNouns[ws[v-1].lower] {
		// A past tense no participle shares ("…, a new poll showed"), or
		// what evidence does ("…, a study found", "…, a report
		// estimated"): the source's verb.
		return false
	}
	if countedThing(ws, v) {
		return v+1 >= len(ws) || ws[v].punctAfter != 0 || afterParticiple[ws[v+1].lower] && !thatWithin(ws, v+1, 6)
	}
	i := v - 1
	for i > 0 && v-i < 6 && ws[i-1].punctAfter == 0 && ws[i].lower != "a" && ws[i].lower != "an" {
		i--
	}
	if i < 1 || ws[i].lower != "a" && ws[i].lower != "an" || ws[i-1].punctAfter != ',' {
		return false
	}
	for _, w := range ws[i+1 : v] {
		if w.is(clSubordinator | clPronoun) {
			return false // a clause of its own: "a finding that she reported in 2009"
		}
	}
	if v+1 >= len(ws) || ws[v].punctAfter != 0 {
		return true // "…, a deal announced."
	}
	return afterParticiple[ws[v+1].lower] && !thatWithin(ws, v+1, 6)
}

// afterParticiple are the words that may follow a participle describing a
// noun: when or by whom it was done ("a deal announced at the beginning of
// the week", "the pay rise announced in July").
var afterParticiple = map[string]bool{"at": true, "on": true, "in": true, "by": true, "last": true, "earlier": true,
	"this": true, "during": true, "after": true, "before": true, "for": true, "with": true}

// countedThing reports whether the words before the -ed form at v are a
// noun phrase that opens with an article and holds an amount but no name:
// "the 5.5% pay rise announced in July", "the $2 billion plan announced
// last week". Such a phrase is a thing, not a source; what announces or
// reports is named ("the Treasury"), or a company or a person ("the
// company", "the 300 workers" has no article before a noun of persons,
// and it is rare).
func countedThing(ws []word, v int) bool {
	amount := false
	for i := v - 1; i >= 0 && v-i <= 6; i-- {
		w := ws[i]
		if w.punctAfter != 0 && i < v-1 {
			return false
		}
		if w.lower == "the" || w.lower == "a" || w.lower == "an" {
			return amount
		}
		if w.upper || evidenceNouns[w.lower] || orgNouns[w.lower] {
			return false
		}
		if w.digit {
			amount = true
		}
	}
	return false
}

// thatWithin reports whether "that" stands among the n words from i, no
// punctuation before it.
func thatWithin(ws []word, i, n int) bool {
	for j := i; j < len(ws) && j < i+n; j++ {
		if ws[j].lower == "that" {
			return true
		}
		if ws[j].punctAfter != 0 {
			return false
		}
	}
	return false
}

// closesDash reports whether a dash stands right before the verb at v and
// another earlier in the unit: the verb follows a phrase set off by dashes.
func closesDash(text string, ws []word, v int) bool {
	return strings.ContainsAny(text[ws[v-1].end:ws[v].start], "–—") && strings.ContainsAny(text[ws[0].start:ws[v-1].end], "–—")
}

// beforeDash returns the subject that ends right before the first dash of
// the unit, nil if there is none there.
func beforeDash(text string, ws []word, v int) *claims.Span {
	for k := 1; k < v; k++ {
		if !strings.ContainsAny(text[ws[k-1].end:ws[k].start], "–—") {
			continue
		}
		s := subjectEndingAt(text, ws, k-1)
		if s == nil || s.Start != ws[0].start && !afterBreak(text, ws, s.Start) {
			return nil
		}
		return s
	}
	return nil
}

// adjectiveLike reports whether w ends as adjectives do and nouns seldom:
// "territorial", "competitive", "dubious", "historic", "doubtful".
func adjectiveLike(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"al", "ive", "ous", "ic", "ful"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// beforeParenthesis returns the subject that ends right before the
// parenthesis closing before the verb at v, nil if the parenthesis opens
// the unit or follows a break.
func beforeParenthesis(text string, ws []word, v int) *claims.Span {
	for k := v - 1; k > 0; k-- {
		if !strings.Contains(text[ws[k-1].end:ws[k].start], "(") {
			continue
		}
		if ws[k-1].punctAfter != 0 {
			return nil
		}
		s := subjectEndingAt(text, ws, k-1)
		if s == nil || !afterBreak(text, ws, s.Start) {
			return nil
		}
		return s
	}
	return nil
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// afterAs reports whether the word starting at offset start follows "as":
// "…, as the docs show."
func afterAs(ws []word, start int) bool {
	i := wordAt(ws, start)
	return i > 0 && ws[i-1].lower == "as"
}

// addsAmount reports whether the form of "add" at v adds something rather
// than a statement: an amount or "to" follows ("added 2%", "added more than
// 300 points", "add to the gains").
func addsAmount(ws []word, v int) bool {
	switch ws[v].lower {
	case "add", "adds", "added", "adding":
	default:
		return false
	}
	if v+1 >= len(ws) || ws[v].punctAfter != 0 {
		return false
	}
	next := ws[v+1]
	if next.digit || determiners[next.lower] && next.lower != "this" {
		return true // "added his seventh goal", "adds a new feature": something added, not said
	}
	switch next.lower {
	case "to", "more", "nearly", "almost", "about", "some", "over", "another", "up":
		return true
	}
	return false
}

// isTell reports whether w is a form of "tell".
func isTell(w string) bool { return w == "tell" || w == "tells" || w == "told" }

// passiveReport reports whether the unit reports something without naming
// its source: "it should be noted that", "it was reported that".
func passiveReport(ws []word) bool {
	for v := 1; v < len(ws); v++ {
		if ws[v].is(clReporting) && !ws[v].upper && ws[v-1].is(clBe) && ws[v-1].punctAfter == 0 && participle(ws[v].lower) {
			return true
		}
	}
	return false
}

// participle reports whether a reporting verb's form is its past participle.
func participle(w string) bool {
	switch w {
	case "said", "told", "shown", "written", "stated":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// titleWords may stand inside a speaker's noun phrase in lower case:
// "White House press secretary Josh Earnest".
var titleWords = []string{"press", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "executive",
	"minister", "president", "director", "senator", "governor", "general", "attorney", "prime", "foreign",
	"the", "of", "for", "a", "an", "former", "deputy", "vice", "officials", "official", "representative",
	"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "co-founder", "mayor", "professor"}

// sharedSubject finds the subject of a verb coordinated with an earlier one
// ("Earnest condemned the attack and said"): the clause's opening noun phrase
// of names and titles, ending at its last capitalised word.
func sharedSubject(text string, ws []word, and int) *claims.Span {
	if and < 1 {
		return nil // "But says Smith, …": the conjunction opens the unit
	}
	c := and - 1
	for c > 0 && ws[c-1].punctAfter == 0 && !dashBetween(text, ws[c-1], ws[c]) {
		c--
	}
	last := -1
	for k := c; k < and && (ws[k].upper || ws[k].is(clTitle)); k++ {
		if ws[k].upper {
			last = k
		}
		if ws[k].punctAfter != 0 {
			break
		}
	}
	// The run must be a subject: not a prepositional opening ("In a Tumblr
	// post"), and followed straight away by its verb in lower case.
	if last < 0 || ws[c].is(clOpener) || ws[last].punctAfter != 0 || last+1 >= and || ws[last+1].upper {
		return nil
	}
	if determiners[ws[last].lower] {
		return nil // "The plan was to build and tell stories": an article opening the unit, no subject
	}
	return spanOf(text, ws[c], ws[last])
}

// openers are prepositions that open an adverbial phrase, not a subject.
var openers = []string{"in", "at", "on", "after", "before", "during", "for", "from", "with", "by", "under", "since", "as", "to", "of", "despite"}

// afterBreak reports whether the word starting at offset start opens the
// unit or follows a comma, colon, quote or dash.
func afterBreak(text string, ws []word, start int) bool {
	i := wordAt(ws, start)
	return i == 0 || i > 0 && (ws[i-1].punctAfter != 0 || dashBetween(text, ws[i-1], ws[i]))
}

// wordAt is the index of the word starting at offset start, -1 if none does.
func wordAt(ws []word, start int) int {
	for i, w := range ws {
		if w.start == start {
			return i
		}
	}
	return -1
}

// dashBetween reports whether a dash separates two adjacent words, as after a
// dateline ("WASHINGTON — NASA said").
func dashBetween(text string, a, b word) bool {
	gap := text[a.end:b.start]
	return strings.Contains(gap, "—") || strings.Contains(gap, "–") || strings.Contains(gap, " - ")
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nameAfter handles the inverted order: `..." said Nix.`, a capitalised name
// right after the verb.
func nameAfter(text string, ws []word, v int) *claims.Span {
	if ws[v].punctAfter != 0 {
		return nil
	}
	// Skip a lower-case title before the name: "says veteran industry analyst Ken Doctor".
	first := v + 1
	for first < len(ws) && first-v <= 4 && !ws[first].upper && ws[first].punctAfter == 0 && !ws[first].is(clNPStop) && !occasionAt(ws, first) {
		first++ // not into a time after the speaker: "said police on Tuesday" names no one called Tuesday
	}
	if first >= len(ws) || !ws[first].upper || (first > v+1 && !precededByQuote(text, ws, v)) {
		if v+1 >= len(ws) || !ws[v+1].upper {
			return nil
		}
		first = v + 1
	}
	end := first
	for end+1 < len(ws) && end-first < 4 && (ws[end].punctAfter == 0 || honorific(ws[end]) || initial(ws[end])) {
		if ws[end+1].upper && !occasionAt(ws, end+1) { // "said Smith Tuesday"
			end++
		} else if end+2 < len(ws) && ws[end].upper && nameParticle(ws[end+1].lower) && ws[end+1].punctAfter == 0 && ws[end+2].upper {
			end += 2 // "said Monica de Bolle"
		} else if j := titlesAfter(ws, end); j > end {
			end = j // "said Acme spokesman John Smith", "said Acme chief executive Jane Doe"
		} else {
			break
		}
	}
	return spanOf(text, ws[v+1], ws[end])
}

// titlesAfter returns the index of the capitalised word that follows one or
// two lower-case title words after the capitalised word at end, or end if
// there is none: the organisation before its speaker's title and name in
// "…,” said Acme spokesman John Smith". Function words ("of", "the") are
// no titles here.
func titlesAfter(ws []word, end int) int {
	if !ws[end].upper || ws[end].punctAfter != 0 {
		return end
	}
	j := end + 1
	for j < len(ws) && j <= end+2 && !ws[j].upper && ws[j].is(clTitle) && !ws[j].is(clStopword) && ws[j].punctAfter == 0 {
		j++
	}
	if j == end+1 || j >= len(ws) || !ws[j].upper || occasionAt(ws, j) {
		return end
	}
	return j
}

// envoyWord reports whether w names a post held "to" a country or a body:
// "ambassador to Britain", "adviser to the president".
func envoyWord(w string) bool {
	switch w {
	case "ambassador", "ambassadors", "envoy", "envoys", "adviser", "advisers", "advisor", "advisors", "counsel", "assistant", "delegate", "representative", "emissary":
		return true
	}
	return false
}

// inverts reports whether a reporting verb takes its speaker after it in
// running text: "says veteran analyst Ken Doctor", "wrote Jennifer Light".
func inverts(w string) bool {
	switch w {
	case "say", "says", "said", "add", "adds", "added", "write", "writes", "wrote", "explain", "explains", "explained",
		"note", "notes", "noted", "warn", "warns", "warned", "argue", "argues", "argued", "insist", "insists", "insisted":
		return true
	}
	return false
}

// cardinal reports whether w counts in words: "three", "twenty", "several".
func cardinal(w string) bool {
	return lexicon.get(w)&clNumberWord != 0 || w == "several" || w == "many" || w == "few"
}

// numberWords are the exact numbers written in words (class clNumberWord).
var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen"}

// existential reports whether the noun phrase before the verb at v follows
// "there" and a form of be: "there were 3248 cases reported".
func existential(ws []word, v int) bool {
	for k := v - 1; k > 0 && v-k <= 5; k-- {
		if ws[k-1].punctAfter != 0 {
			return false
		}
		if ws[k].is(clBe) && ws[k-1].lower == "there" {
			return true
		}
	}
	return false
}

// possessivePronoun reports whether w is a possessive determiner: "its",
// "his", "her", "their", "our", "my", "your".
func possessivePronoun(w string) bool {
	switch w {
	case "its", "his", "her", "their", "our", "my", "your":
		return true
	}
	return false
}

// possessiveWord reports whether w ends in "'s" or "’s".
func possessiveWord(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// withoutPossessive strips a possessive "'s" or "’s" from w: "firm’s" → "firm".
func withoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
}

// authored reports whether the verb at v is a form of "write" with a work as
// its object: a title in capitals or a determiner follows ("wrote the first
// of his books"), not "that", a quote or "in an email", and not after a
// break, where the name that follows is the writer.
func authored(ws []word, v int) bool {
	switch ws[v].lower {
	case "write", "writes", "wrote":
	default:
		return false
	}
	if ws[v].punctAfter != 0 || v+1 >= len(ws) || v > 0 && ws[v-1].punctAfter != 0 {
		return false // inverted, the speaker follows: "…, wrote Jennifer Light"
	}
	next := ws[v+1]
	return next.upper && next.lower != "i" || determiners[next.lower] && next.lower != "that" || works[next.lower] ||
		next.lower == "as" // a pen name: "who wrote as Robert Jordan"
}

// clauseFollows reports whether a verb (in -ed, an auxiliary or a common
// irregular past) follows within eight words from i and
// before any punctuation: "claimed the label thought …", "claims its new
// prices have saved …" (but "claimed Ford’s body, cleaned out …").
func clauseFollows(ws []word, i int) bool {
	for k := i; k < len(ws) && k < i+9; k++ {
		if k > i && (ws[k].is(clAuxiliary|clBe|clModal) || strings.HasSuffix(ws[k].lower, "ed") || strings.HasSuffix(ws[k].lower, "ought") ||
			irregularPast[ws[k].lower]) {
			return true
		}
		if ws[k].punctAfter != 0 {
			return false
		}
	}
	return false
}

// irregularPast are common past tenses not in -ed that are no nouns or
// adjectives too ("cut", "hit", "left" are): "claimed the campaign paid".
var irregularPast = map[string]bool{"paid": true, "made": true, "said": true, "sold": true, "won": true,
	"took": true, "gave": true, "got": true, "knew": true, "bought": true, "told": true, "kept": true,
	"spent": true, "sent": true, "built": true, "met": true, "wrote": true, "stole": true, "began": true,
	"came": true, "went": true, "did": true, "ran": true, "broke": true}

// works are what one writes that is a work, not a statement: "he wrote
// books on the Kabbalah".
var works = map[string]bool{"book": true, "books": true, "novel": true, "novels": true, "article": true,
	"articles": true, "song": true, "songs": true, "poem": true, "poems": true, "stories": true, "essays": true,
	"screenplays": true, "code": true, "software": true, "music": true, "lyrics": true, "plays": true}

// sayingForm reports whether w is the -ing form of a verb of saying that
// follows a main clause: "…, saying", "…, adding".
func sayingForm(w string) bool {
	switch w {
	case "saying", "adding", "noting", "arguing", "insisting", "warning", "claiming", "stating", "explaining":
		return true
	}
	return false
}

// leadSubject returns the name that opens the unit as the subject of its
// first verb, before word v: a run of capitalised words and titles ("Foreign
// Secretary Dominic Raab defended"), or a determiner and at most two nouns
// before a past-tense verb ("The company responded"); nil for anything
// else, as an opener ("On Monday, …") or a pronoun.
func leadSubject(text string, ws []word, v int) *claims.Span {
	if v < 2 || ws[0].is(clOpener) || ws[0].is(clPronoun) {
		return nil
	}
	k := 0
	if determiners[ws[0].lower] {
		// "The leader of Ennahda, Rachid Ghannouchi, condemned …": the
		// name set off after the description.
		for c := 1; c < v && c <= 6; c++ {
			if ws[c].punctAfter == 0 {
				continue
			}
			if e := nextComma(ws, c+1, v); ws[c].punctAfter == ',' && e+1 < v && e-c <= 4 && capitalised(ws, c+1, e) && !ws[e+1].upper {
				return spanOf(text, ws[c+1], ws[e])
			}
			break
		}
		k = 1
		for k < v && k <= 3 && !ws[k].upper && ws[k].punctAfter == 0 && !strings.HasSuffix(ws[k].lower, "ed") {
			k++
		}
		if k == 1 || k >= v || !strings.HasSuffix(ws[k].lower, "ed") {
			return nil
		}
		return spanOf(text, ws[0], ws[k-1])
	}
	for k < v && k < 6 && (ws[k].upper || k > 0 && ws[k].is(clTitle) && ws[k].lower != "the") && (ws[k].punctAfter == 0 || honorific(ws[k]) || initial(ws[k])) {
		k++
	}
	if k == 0 || k >= v || ws[k].upper || ws[k].is(clNPStop|clAuxiliary|clStopword) || determiners[ws[k].lower] ||
		ws[k-1].punctAfter != 0 && !honorific(ws[k-1]) && !initial(ws[k-1]) {
		return nil
	}
	return spanOf(text, ws[0], ws[k-1])
}

// capitalised reports whether words [a,b] are all capitalised: a name.
func capitalised(ws []word, a, b int) bool {
	for k := a; k <= b; k++ {
		if !ws[k].upper {
			return false
		}
	}
	return true
}

// nextComma returns the first word from i (before v) that a comma follows,
// or v when none does.
func nextComma(ws []word, i, v int) int {
	for k := i; k < v && k < i+5; k++ {
		if ws[k].punctAfter == ',' {
			return k
		}
		if ws[k].punctAfter != 0 {
			return v
		}
	}
	return v
}

// phrasalShow reports whether "show" followed by w means to appear or to
// display: "show up", "show off", "show as".
func phrasalShow(w string) bool { return w == "up" || w == "off" || w == "as" }

// nameParticle reports whether w joins the parts of a family name in lower
// case: "Monica de Bolle", "Ursula von der Leyen", "Ludwig van Beethoven".
func nameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "di", "del", "della", "du", "dos", "das", "le", "la", "ter", "bin", "ibn", "al":
		return true
	}
	return false
}

// honorific reports whether w is a title abbreviated with a full stop that
// does not end the name after it: "Mr. Reeves", "Dr. Ng".
func honorific(w word) bool {
	if w.punctAfter != '.' {
		return false
	}
	switch w.lower {
	case "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st":
		return true
	}
	return false
}

// initial reports whether w is a middle initial: "E." of "Mary E. Lovely".
func initial(w word) bool { return w.punctAfter == '.' && w.upper && len(w.lower) == 1 }

// quoteGoesOn reports whether the word at v is a verb that reports only
// right after a quotation and its speaker's name: "“…,” Menear continued",
// "“…,” she recalled" (but "the rally continued" is no source).
func quoteGoesOn(text string, ws []word, v int) bool {
	switch ws[v].lower {
	case "continued", "continues", "recalled", "recalls", "recounted", "recounts", "elaborated", "concluded":
	default:
		return false
	}
	j := v - 1
	for j >= 0 && v-j <= 4 && ws[j].punctAfter == 0 && (ws[j].upper || ws[j].is(clPronoun)) {
		j--
	}
	return j < v-1 && precededByQuote(text, ws, j+1)
}

// precededByQuote reports whether the verb at v directly follows a closing
// quotation (`…,” says`), the inverted order of a quoted speaker.
func precededByQuote(text string, ws []word, v int) bool {
	if v == 0 {
		return false
	}
	between := text[ws[v-1].end:ws[v].start]
	return strings.ContainsAny(between, "”\"")
}

// describedAfter is a speaker described, not named, after a verb of saying
// that follows a closing quotation mark: "…,” said one legal expert", "…,”
// says a spokeswoman for the ministry". The phrase opens with an article or
// a count and runs to the next punctuation or to a time or an occasion
// ("…,” said the company in a statement", occasionAt), two to eight words;
// nil otherwise.
func describedAfter(text string, ws []word, v int) *claims.Span {
	if !inverts(ws[v].lower) || ws[v].punctAfter != 0 || v+2 >= len(ws) {
		return nil
	}
	switch ws[v+1].lower {
	case "a", "an", "one", "another", "the", "two", "three", "several", "some", "many":
	default:
		return nil
	}
	for k := v + 1; k < len(ws) && k <= v+8; k++ {
		if ws[k].punctAfter != 0 || k == len(ws)-1 || !ws[k].is(clOpener|clTime) && occasionAt(ws, k+1) { // "said the company in a statement"
			if k == v+1 || ws[k].is(clStopword) {
				return nil
			}
			return spanOf(text, ws[v+1], ws[k])
		}
	}
	return nil
}

// groupAfter is a group of speakers named after an inverted verb of saying
// that ends the sentence: "…, said police.", "…,” said state police on
// Tuesday.", "…, said federal prosecutors." It is one to four lower-case
// words, "the" aside, ending in a plural that group accepts, with only time
// words or an occasion after it ("…, said police in a statement",
// occasionAt); nil otherwise ("…, said nothing more").
func groupAfter(text string, ws []word, v int) *claims.Span {
	if !inverts(ws[v].lower) || ws[v].punctAfter != 0 {
		return nil
	}
	for k := v + 1; k < len(ws) && k <= v+4; k++ {
		w := ws[k]
		if w.upper || w.digit || w.is(clNPStop|clPronoun|clAuxiliary|clBe|clTime) || determiners[w.lower] && (k > v+1 || w.lower != "the") {
			return nil
		}
		end := w.punctAfter != 0 || k == len(ws)-1 || occasionAt(ws, k+1) // "said police in a statement"
		for j := k + 1; !end && j < len(ws) && (ws[j].is(clTime|clNumberWord) || ws[j].digit); j++ {
			end = ws[j].punctAfter != 0 || j == len(ws)-1 // "said police on Tuesday."
		}
		if end {
			if w.punctAfter != 0 && w.punctAfter != '.' && w.punctAfter != ',' || !group(text[ws[v+1].start:w.end]) {
				return nil
			}
			return spanOf(text, ws[v+1], w)
		}
	}
	return nil
}

// occasionAt reports whether the word at k opens a phrase that tells when
// or where a source named after its verb spoke, which ends the source:
// "…,” said police on Tuesday", "said Smith yesterday", "said officials
// last week", "said police late on Monday", "said the company in a
// statement", "said Acme at a news conference". A preposition opens one
// only before a time word ("on Tuesday", "in late October"), a year ("in
// 2019") or a determiner and an occasion noun within three words ("in a
// statement", "at a press conference", "in an interview with CNN"):
// "a spokeswoman for the ministry", "a professor at the University of
// Sydney", "one study in 15 people" and "a reporter at the Washington
// Post" (an occasion noun is lower-case) go on.
func occasionAt(ws []word, k int) bool {
	if k >= len(ws) {
		return false
	}
	w := ws[k]
	switch w.lower {
	case "yesterday", "today", "tonight", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	case "last", "this", "late", "early":
		// "last week", "this month", "late on Monday", "early Tuesday"
		// ("the last officer" and "early retirees" go on).
		return w.punctAfter == 0 && k+1 < len(ws) && ws[k+1].is(clTime) && !ws[k+1].is(clOpener)
	case "on", "in", "at", "during":
	default:
		return false
	}
	if w.punctAfter != 0 || k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	if n.is(clTime) && !n.is(clOpener) && n.lower != "this" || isNumber(n.lower) && yearLike(n.lower) {
		// "on Tuesday", "in late October", "on Nov. 5", "in 2019" (not "in
		// this report": "this" opens a time only with a time word after it)
		return true
	}
	if !determiners[n.lower] || n.punctAfter != 0 {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+4; j++ {
		if !ws[j].upper && occasionNoun(ws[j].lower) { // not a name's word: "a reporter at the Washington Post"
			return true
		}
		if ws[j].punctAfter != 0 {
			break
		}
	}
	return false
}

// occasionNoun reports whether w names an occasion or a medium a source
// speaks on: "in a statement", "at a news conference", "in an interview".
func occasionNoun(w string) bool {
	switch w {
	case "statement", "statements", "interview", "interviews", "release", "conference", "briefing", "tweet", "tweets",
		"post", "letter", "email", "e-mail", "filing", "speech", "call", "hearing", "video", "message", "memo",
		"remarks", "report", "testimony", "appearance", "address", "podcast", "broadcast", "blog", "op-ed", "editorial":
		return true
	}
	return false
}

// strandedEnd is the last word of a phrase that closes at word k with a
// preposition and at most an object pronoun before its punctuation ("…
// I spoke to,", "… familiar with it,"), 0 if it does not.
func strandedEnd(ws []word, k int) int {
	switch ws[k].lower {
	case "to", "with", "for", "about", "on":
	default:
		return 0
	}
	if ws[k].punctAfter != 0 {
		return k
	}
	if k+1 < len(ws) && ws[k+1].punctAfter != 0 {
		switch ws[k+1].lower {
		case "it", "them", "him", "her", "us", "me":
			return k + 1
		}
	}
	return 0
}

// phraseFrom returns the phrase starting at word i up to the next punctuation
// or a time or an occasion after a noun (occasionAt), at most eight words, or
// up to twelve to finish a name.
func phraseFrom(text string, ws []word, i int) *claims.Span {
	if i >= len(ws) {
		return nil
	}
	end, stranded := i, false
	for end+1 < len(ws) && end-i < 7 && (ws[end].punctAfter == 0 || (honorific(ws[end]) || initial(ws[end])) && ws[end+1].upper) {
		// A title's or an initial's period goes on: "according to Gov.
		// Ron DeSantis", "according to Mary E. Lovely".
		next := ws[end+1]
		if k := strandedEnd(ws, end+1); k > 0 {
			// A preposition that ends the phrase keeps it whole:
			// "according to multiple people I spoke to,", "according to
			// people familiar with it,".
			end, stranded = k, true
			break
		}
		if next.is(clNPStop) && !(next.lower == "and" && ws[end].upper && end+2 < len(ws) && ws[end+2].upper) && !countThan(ws, end+1) &&
			!acronym(text[next.start:next.end]) {
			// "and" goes on only inside a name: "the World Travel and
			// Tourism Council"; "than" only inside a count: "a study of
			// more than 500,000 people"; an acronym is a name, though it
			// spell a stop word: "according to the WHO".
			break
		}
		if dashBetween(text, ws[end], next) || strings.ContainsAny(text[ws[end].end:next.start], "“”\"()") {
			break // "the explanatory notes of the British Bill — “provision …"
		}
		if occasionAt(ws, end+1) && !ws[end].is(clOpener|clTime|clReporting) && !strings.HasSuffix(ws[end].lower, "ed") && !evidenceNouns[ws[end].lower] {
			// "according to police on Tuesday", but "according to figures
			// released on Tuesday by the ONS" goes on to who released them,
			// and evidence to where it stands: "according to estimates in
			// a report by Moody's", "records in the 2019 filing".
			break
		}
		end++
	}
	// A phrase cut by the limit does not end on a function word: "a
	// document Matthesen prepared for her lawyers" (not "… lawyers in"),
	// nor on a participle whose complement it cut: "a study of more than
	// 500,000 people" (not "… people published").
	cut := end+1 < len(ws) && ws[end].punctAfter == 0
	for !stranded && end > i && !ws[end].upper && (ws[end].is(clStopword) || cut && strings.HasSuffix(ws[end].lower, "ed")) {
		end--
	}
	// A name cut by the limit runs on to its end: "a report in the Argus
	// Leader of Sioux Falls".
	for end+1 < len(ws) && end-i < 11 && ws[end].punctAfter == 0 && ws[end].upper && ws[end+1].upper &&
		!dashBetween(text, ws[end], ws[end+1]) && !strings.ContainsAny(text[ws[end].end:ws[end+1].start], "“”\"()") {
		end++
	}
	return spanOf(text, ws[i], ws[end])
}

// countThan reports whether the "than" at k is inside a count: "more than
// 500,000", "fewer than 20".
func countThan(ws []word, k int) bool {
	if ws[k].lower != "than" || k == 0 || k+1 >= len(ws) || ws[k-1].punctAfter != 0 || !ws[k+1].digit && !cardinal(ws[k+1].lower) {
		return false
	}
	w := ws[k-1].lower
	return w == "more" || w == "fewer" || w == "less"
}

func spanOf(text string, a, b word) *claims.Span {
	return &claims.Span{Start: a.start, End: b.end, Text: text[a.start:b.end]}
}

// sourceName is the canonical name of an attribution: of the person it
// names last (the head of "Labour leader Jeremy Corbyn"), else of the first
// organisation in it, else its own text.
func sourceName(a claims.Span, ms []claims.Mention) string {
	if names := jointSpeakers(a, ms); names != "" {
		return names
	}
	var org, person *claims.Mention
	owner := false // org is followed by "’s": what it owns speaks ("Parliament’s Joint Committee")
	for i := range ms {
		m := &ms[i]
		if m.Start < a.Start || m.End > a.End {
			continue
		}
		switch {
		case m.Type == claims.TypePerson:
			person = m
		case m.Type == claims.TypeOrg && (org == nil || owner):
			rest := a.Text[m.End-a.Start:]
			org, owner = m, strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "'s ")
		}
	}
	if person != nil && speaksForPerson(a.Text[person.End-a.Start:]) {
		// "Obama administration officials said", "the Trump campaign
		// said": a body of the person's, not the person.
		text := strings.TrimSpace(a.Text)
		if rest, ok := strings.CutPrefix(text, "the "); ok {
			text = rest
		} else if rest, ok := strings.CutPrefix(text, "The "); ok {
			text = rest
		}
		return text
	}
	if org != nil && owner && person == nil && ownsInstitution(a.Text[org.End-a.Start:]) {
		// "The European Union's top court ruled": the court, which is
		// not the Union speaking (as its spokesman would be).
		return strings.TrimSpace(a.Text)
	}
	for _, m := range []*claims.Mention{person, org} {
		if m != nil {
			return canonical(*m)
		}
	}
	return a.Text
}

// speaksForPerson reports whether rest, what follows a person's name in a
// source, is a body of the person's own that ends the source and speaks
// for itself: "administration officials", "campaign", "’s family" (a
// spokesman speaks for the person, as an organisation's does for it).
func speaksForPerson(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "’s "), "'s ")
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 2 {
		return false // nothing after the name, or more words: "Trump's lawyer Rudy Giuliani" names the lawyer
	}
	switch strings.ToLower(strings.Trim(f[0], ".,;:")) {
	case "administration", "campaign", "government", "aides", "allies", "team", "camp", "family", "office", "cabinet":
	default:
		return false // "Con Edison officials": a company's, though the name be read as a person's
	}
	if len(f) == 2 {
		switch strings.ToLower(strings.Trim(f[1], ".,;:")) {
		case "officials", "aides", "staff", "members":
		default:
			return false
		}
	}
	return true
}

// ownsInstitution reports whether rest, what follows an organisation's name
// in a source ("’s top court"), is "’s" and a body of its own, one that
// speaks for itself, within two words: a court, a board, a committee.
func ownsInstitution(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "’s "), "'s ")
	f := strings.Fields(strings.ToLower(rest))
	for i := 0; i < len(f) && i < 3; i++ {
		switch strings.Trim(f[i], ".,;:") {
		case "court", "courts", "board", "committee", "council", "commission", "parliament", "tribunal",
			"regulator", "watchdog", "auditor", "inspector", "ombudsman", "senate", "assembly":
			return true
		}
	}
	return false
}

// jointSpeakers is the canonical names of a source that is only people or
// organisations joined by "and" or commas, "both" before them ("Volker and
// Morrison said": "Kurt Volker and Tim Morrison"; "Both Microsoft and
// Google said"), "" for any other source.
func jointSpeakers(a claims.Span, ms []claims.Mention) string {
	var names []string
	at := a.Start
	for _, m := range ms {
		if m.Start < a.Start || m.End > a.End || m.Type != claims.TypePerson && m.Type != claims.TypeOrg {
			continue
		}
		if m.Start < at {
			return "" // mentions out of order or overlapping: no list to read
		}
		if gap := strings.TrimSpace(a.Text[at-a.Start : m.Start-a.Start]); len(names) == 0 && gap != "" && gap != "Both" && gap != "both" ||
			len(names) > 0 && gap != "and" && gap != "," && gap != ", and" {
			return ""
		}
		names = append(names, canonical(m))
		at = m.End
	}
	if len(names) < 2 || strings.TrimSpace(a.Text[at-a.Start:]) != "" {
		return ""
	}
	last := names[len(names)-1]
	return strings.Join(names[:len(names)-1], ", ") + " and " + last
}

// canonical is a mention's canonical name: its value when it has one (a
// short form linked to the full name), else its text.
func canonical(m claims.Mention) string {
	if m.Value != "" {
		return m.Value
	}
	return m.Text
}

// antecedent resolves a pronoun speaker ("he", "she") to the canonical name
// of a person named before offset at: of the sentence (unit) that names a
// person last before it, the first person named, the one the sentence is
// about ("Prince Andrew ended his friendship with Epstein. He told the BBC":
// Prince Andrew). A person whose title or given name says the other sex is
// passed over ("she said" after "Edward Lorenz … Ellen Fetter": Ellen
// Fetter). text is the article, all its mentions sorted by start, units its
// units in text order. It returns "" for anything else ("it" and "they"
// point at things and groups as often as at a company), or when no person
// comes before.
func antecedent(pronoun, text string, all []claims.Mention, at int, units []claims.Span) string {
	return antecedentFrom(pronoun, text, all, at, units, 0)
}

// antecedentFrom is antecedent, depth sentences back along a chain of the
// same pronoun.
func antecedentFrom(pronoun, text string, all []claims.Mention, at int, units []claims.Span, depth int) string {
	want := pronounSex(pronoun)
	if want == sexUnknown {
		return ""
	}
	agrees := func(m claims.Mention) bool {
		if m.Type != claims.TypePerson || m.Text == "I" {
			return false // the tagger's odd "I" is nobody ("I’m" it no longer gives)
		}
		s := personSex(text, m)
		return s == sexUnknown || s == want
	}
	last := lastBefore(all, 0, at, agrees)
	if last < 0 {
		return ""
	}
	// The unit holding that person; the first such person in it. For
	// "she", a woman's name in it comes before a name of unknown sex:
	// "Keir Starmer will name Rachel Reeves as chancellor. She said" is
	// Reeves. Most people news names are men, so for "he" a name of
	// unknown sex that opens the sentence stays first ("Braun has worked
	// with Kanye West. He has denied" is Braun).
	known := func(m claims.Mention, _ int) bool { return agrees(m) && personSex(text, m) == want }
	first, u := firstInUnit(all, units, last, func(m claims.Mention, _ int) bool { return agrees(m) })
	if want == sexFemale && !known(all[first], 0) {
		if k, _ := firstInUnit(all, units, last, known); known(all[k], 0) {
			first = k
		}
	}
	if u < len(units) {
		// That unit goes on about someone named before it, by the same
		// pronoun ahead of its names ("Andrew claims …. During the visit,
		// he was photographed with Epstein. He told the BBC"): follow the
		// pronoun back, a few sentences at most.
		if depth < 3 && hasWord(text[units[u].Start:all[first].Start], strings.ToLower(pronoun)) {
			if name := antecedentFrom(pronoun, text, all, units[u].Start, units, depth+1); name != "" {
				return name
			}
		}
	}
	return canonical(all[first])
}

// lastBefore is the index of the last mention in all (sorted by start) that
// starts at or after offset from and before offset at and that agrees; -1
// when there is none.
func lastBefore(all []claims.Mention, from, at int, agrees func(claims.Mention) bool) int {
	for i := sort.Search(len(all), func(i int) bool { return all[i].Start >= at }) - 1; i >= 0 && all[i].Start >= from; i-- {
		if agrees(all[i]) {
			return i
		}
	}
	return -1
}

// firstInUnit returns, of the mentions in the unit that holds all[last],
// the index of the first that keep accepts (given the unit's start; last
// itself when none before it is accepted), and that unit's index;
// len(units) when no unit holds all[last].
func firstInUnit(all []claims.Mention, units []claims.Span, last int, keep func(m claims.Mention, unitStart int) bool) (first, u int) {
	u = sort.Search(len(units), func(k int) bool { return units[k].End > all[last].Start })
	if u == len(units) || units[u].Start > all[last].Start {
		return last, len(units)
	}
	first = last
	for k := last - 1; k >= 0 && all[k].Start >= units[u].Start; k-- {
		if keep(all[k], units[u].Start) {
			first = k
		}
	}
	return first, u
}

// hasWord reports whether s holds the word w (lower case), in any case.
func hasWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ToLower(f) == w {
			return true
		}
	}
	return false
}
