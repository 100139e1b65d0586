package claimbuild

import (
	"slices"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
)

var (
	predictionCues = []string{"will", "would", "expects", "expected", "expect", "forecast", "forecasts",
		"predict", "predicts", "predicted", "projected", "projects", "plans", "planned", "likely", "going",
		"pledged", "pledges", "vowed", "vows", "promised", "promises", "intends", "aims"}
	causationCues = []string{"because", "cause", "caused", "causes", "causing", "due", "led", "leads", "linked",
		"result", "results", "resulted", "consequence", "responsible", "blamed", "contributed", "driven", "thanks",
		// Verbs of effect, in the forms that are not also nouns: "was
		// dampening China's outlook", "sparking widespread fears".
		"boosted", "boosting", "dampened", "dampening", "fueled", "fuelled", "fueling", "fuelling", "triggered",
		"triggering", "spurred", "spurring", "sparked", "sparking", "prompted", "prompting", "hampered", "hampering",
		// Correlation: "is associated with a higher risk", "correlated with".
		"associated", "correlated", "correlation", "correlates"}
	lawCues = []string{"law", "laws", "legal", "illegal", "unlawful", "bill", "bills", "legislation", "regulation",
		"regulations", "rule", "rules", "constitution", "constitutional", "ban", "banned", "banning",
		"statute", "court", "ruled", "prohibited", "mandatory", "required", "requires", "act",
		"license", "licence", "licenses", "licences", "sanction", "sanctions", "treaty", "decree",
		"embargo", "embargoes", "approval", "permitted", "forbidden", "forbids", "forbid"}
	// quantityCues are counts, shares and rankings said in words.
	quantityCues = []string{"thousands", "millions", "billions", "majority", "percent", "doubled", "tripled", "halved",
		"largest", "biggest", "highest", "lowest", "smallest", "poorest", "richest", "fewest",
		// Measurable rankings ("the deadliest attack in a decade"), not
		// judgements ("the best way", "the worst decision").
		"deadliest", "oldest", "youngest", "longest", "shortest", "fastest", "slowest", "costliest", "busiest",
		"tallest", "hottest", "coldest", "warmest", "wettest", "driest"}
	// kindHeads are the words the phrase rules of kind start from
	// (moneyShare, statedGoal, inForceAt, officialList, and countOf with
	// the countWords): one bit test a word spares the others their calls.
	kindHeads = []string{"much", "most", "bulk", "scores", "goal", "goals", "aim", "objective", "objectives", "effect", "force",
		"list", "lists", "blacklist", "blacklisted", "blacklists", "designated", "designation", "designate", "designates"}
	modals = []string{"would", "will", "could", "may", "might", "shall"}
	// subordinators open a clause that is not the sentence's main one.
	subordinators = []string{"who", "which", "that", "when", "whether", "if", "since", "because", "after", "where", "while", "as"}
	firstPerson   = withCurly("i", "me", "my", "we", "our", "us", "i've", "i'm", "we've", "we're")
	// predictsOnlyWithTo are prediction cues only before "to".
	predictsOnlyWithTo = map[string]bool{"going": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
		"promised": true, "promises": true, "intends": true, "aims": true, "planned": true}
	// opinionVerbs after a first person make an opinion: "I think".
	opinionVerbs = []string{"think", "believe", "feel", "hope", "guess", "suppose", "reckon"}
)

// kind gives a claim one of Full Fact's classes from its words: how much or
// how many first (amounts, counts, rankings), then what will happen, what
// caused what, what the law or a rule is, what the speaker lived through,
// and other; an amount the future brings is a prediction (unless another
// sentence of a quotation gives an amount as a fact), and one the
// main clause says something caused ("Smoking causes 74,000 deaths a
// year") is correlation_causation. ws are the claim's words, text the
// article their offsets index; the words of the attribution (attr, if
// any) name the source, not the claim, and are left out ("Will Moy said",
// "the Law Society said"). "I" tells a personal experience; "we" only
// when a person says it (self), not an organisation or its statement.
func kind(text string, ws []word, quantity bool, attr *claims.Span, self bool) string {
	var pred, will, sub, cause, causes, law, lawSubject, first, firstSubj, notFirst, content bool
	relative := false // sub is a relative clause opened after a comma: ", who …,"
	// A sentence of the unit that gives an amount and tells no future
	// (amountNow): "“They brought this public in 2014 at $16 a share. …
	// they’re going to walk away with hundreds of millions”" is about the
	// amounts told, whatever the quotation goes on to forecast.
	var sentAmount, sentWill, amountNow bool
	for i, w := range ws {
		if i > 0 && sentenceEnd(ws[i-1], w) {
			amountNow = amountNow || sentAmount && !sentWill
			sentAmount, sentWill = false, false
		}
		sentAmount = sentAmount || amountWord(w)
		if w.lower == "that" && i > 0 && ws[i-1].punctAfter == 0 && contentNouns[ws[i-1].lower] {
			// What a vow or a hope held is its content, not this
			// sentence's forecast: "his often-repeated vow that Britain
			// would leave the EU on Oct. 31".
			content = true
		}
		if content && (w.lower == "would" || w.lower == "will") {
			continue
		}
		if attr != nil && w.start >= attr.Start && w.end <= attr.End &&
			!(w.is(clFirstPerson) && w.start == attr.Start && w.end == attr.End) {
			continue // but a speaker "we" or "I" still speaks of themselves
		}
		if relative && i > 0 && ws[i-1].punctAfter == ',' {
			// A relative clause set off by commas ends at its comma: in
			// "Mr Frydenberg, who has been treasurer since August, added
			// that unemployment was expected to fall" the forecast is the
			// sentence's own.
			sub, relative = false, false
		}
		if w.is(clSubordinator) && !(w.lower == "that" && reportsBefore(ws, i)) {
			// "said that …" opens the reported claim itself, not a
			// subordinate clause.
			if !sub {
				relative = (w.lower == "who" || w.lower == "which") && i > 0 && ws[i-1].punctAfter == ','
			}
			sub = true
		}
		if w.cls == 0 && !(i+1 < len(ws) && (ws[i+1].lower == "of" || ws[i+1].lower == "in")) {
			// On no list (kindWords are listed for the cases that ask for
			// a word by itself) and not before the "of" or "in" of a
			// fraction: no case below applies, and most words end here.
			continue
		}
		switch {
		case w.is(clPrediction) && w.lower == "likely" && i > 0 && ws[i-1].punctAfter == 0 && comparedLikely(ws, i):
			// "Smokers are twice as likely to develop heart disease":
			// how much likelier, a measure, not a forecast.
			quantity = quantity || ws[i-1].lower == "as" && i > 1 && (ws[i-2].lower == "twice" || ws[i-2].lower == "times")
		case w.is(clPrediction):
			if predictsOnlyWithTo[w.lower] && !(i+1 < len(ws) && ws[i+1].lower == "to" && !placeAfterTo(ws, i+2)) {
				continue // "going to", "pledged to": not "going home", "a promised land", "going to the Moon"
			}
			if w.lower == "plans" && i > 0 && ws[i-1].punctAfter == 0 && (possessiveWord(ws[i-1].lower) || determiners[ws[i-1].lower]) &&
				!(i+1 < len(ws) && ws[i+1].lower == "to") {
				continue // "the band unveiled its plans": the noun, not a plan for the future stated
			}
			aux := i - 1
			if aux > 0 && adverbLy(ws, aux) && ws[aux].punctAfter == 0 {
				aux-- // "had largely expected": the adverb aside
			}
			if aux >= 0 && (ws[aux].lower == "been" || ws[aux].lower == "had") || pastConditional(ws, i) {
				continue // "have been expected to", "would've expected": a past expectation
			}
			if w.lower == "going" && i > 0 && (ws[i-1].lower == "was" || ws[i-1].lower == "were") {
				continue // "I was going to pass out": a past moment's future, told
			}
			if w.lower == "would" && wouldHave(ws, i) {
				continue // "would have been": what might have been, not what will be ("would have no impact" is)
			}
			if hypothetical(ws, i) {
				continue // "Few would argue", "would appear to be", "than you'd expect": no future told
			}
			if w.lower == "would" && i > 0 && ws[i-1].punctAfter == 0 && (ws[i-1].lower == "who" || ws[i-1].lower == "which") {
				continue // "Rigney, who would eulogize Ford": what came later in a story told, said of someone
			}
			if w.lower == "will" && willNoun(ws, i) {
				continue // "Ford’s unexecuted will specified": a testament
			}
			if i > 0 && ws[i-1].lower == "than" && ws[i-1].punctAfter == 0 {
				continue // "better than expected results": a comparison with what was expected, not a forecast
			}
			if w.lower == "expected" && i > 0 && ws[i-1].punctAfter == 0 {
				switch ws[i-1].lower {
				case "i", "we", "you":
					continue // "not at all what I expected to see": the speaker's own past expectation
				}
			}
			pred = true
			// A future the sentence asserts in its main clause (before any
			// "who", "that", "since" ...), not a reported or hypothetical
			// one: "will", "plans to", "is expected to", "likely".
			fut := !sub && (w.lower != "would" || timeAhead(ws, i+1)) && !(i > 0 && (ws[i-1].lower == "been" || ws[i-1].lower == "had")) &&
				(w.lower != "plans" && w.lower != "planned" || i+1 < len(ws) && ws[i+1].lower == "to")
			will, sentWill = will || fut, sentWill || fut
		case w.is(clKindHead) && !sub && statedGoal(ws, i):
			// "with a goal of doing two deliveries every year", "the aim
			// is to double exports": what is meant to happen, as "plans to".
			pred, will, sentWill = true, true, true
		case w.lower == "should" && i+1 < len(ws) && ws[i+1].lower != "have" && ws[i+1].lower != "not" && timeAhead(ws, i+1):
			// "his company’s lander should be available for missions
			// starting in 2023": an expectation with a time, not advice.
			pred = true
		case (w.lower == "could" || w.lower == "might") && i+1 < len(ws) && !sub &&
			ws[i+1].lower != "have" && ws[i+1].lower != "not" && ws[i+1].lower != "be":
			// "missions could begin in 2022": a possible future, not a
			// past ("could have") nor a state ("could be").
			pred = true
		case w.is(clCausation):
			if !causalUse(ws, i) {
				continue // "a government led by", "their results", "thanks for"
			}
			cause = true
			// What the main clause's verb says one thing does to another:
			// "Smoking causes 74,000 deaths a year", "is linked to 2,000
			// cases"; not a reason given ("rose 5% because of", "due to").
			causes = causes || !sub && causalVerbs[w.lower]
		case w.is(clLaw) || executiveOrder(ws, i):
			if w.lower == "ruled" && (!rulingFollows(ws, i) || i+1 < len(ws) && ws[i+1].lower == "out") {
				continue // "ruled Zimbabwe", "has ruled out": no ruling
			}
			if w.upper && i+1 < len(ws) && ws[i+1].upper && w.punctAfter == 0 {
				continue // a first name, "Bill Gates", not a bill
			}
			if !legalUse(ws, i) {
				continue // "law enforcement", "Islamist-led rule", "to act"
			}
			law = true
			if i+2 < len(ws) && ws[i+1].is(clModal) && provides(ws, i+2) {
				lawSubject = true // "the Bill would require", not "the ban will be lifted" nor "the laws would crush journalism"
			}
			if k := afterRelative(ws, i); k > 0 && k+2 < len(ws) && ws[k+1].is(clModal) && (provides(ws, k+2) || amountVerbs[ws[k+2].lower]) {
				// "The bill, which the Senate passed 68-32, would raise the
				// minimum wage to $15", "the executive order that Obama
				// plans to sign on Friday, days before leaving office, will
				// have a six-month review period": what the law would do.
				lawSubject = true
			}
			if i > 0 && ws[i-1].is(clBe) && strings.HasSuffix(w.lower, "ed") {
				lawSubject = true // "will still be prohibited", "is banned": a rule stated
			}
			if underLaw(ws, i) {
				lawSubject = true // "Under the new rules, companies with more than 250 staff must publish …"
			}
		case w.is(clKindHead) && inForceAt(ws, i):
			law, lawSubject = true, true // "won’t come into full effect for two years", "takes effect in January": when a rule applies
		case w.is(clKindHead) && officialList(ws, i):
			law = true // "remain on the government’s list of state sponsors of terrorism": a legal status
		case w.is(clQuantity):
			if i+1 < len(ws) && ws[i+1].lower == "down" && w.punctAfter == 0 {
				continue // "doubled down on the slogan": insisted, no amount
			}
			if w.lower == "majority" && i+1 < len(ws) && w.punctAfter == 0 && majorityOf[ws[i+1].lower] {
				continue // "wrote the majority opinion", "the majority leader": a side, no amount
			}
			quantity = true
		case w.lower == "single" && noneCounted(ws, i):
			quantity = true // "there hasn’t been a single year of revenue gain": a count of none
		case i+1 < len(ws) && (ws[i+1].lower == "of" || ws[i+1].lower == "in") && fraction(ws, i):
			quantity = true // "Two-thirds of Americans", "a third of the budget", "one in five children"
		case w.is(clCount|clKindHead) && countOf(ws, i):
			quantity = true // "dozens of submissions", "scores of protesters": a count in words
		case w.is(clKindHead) && moneyShare(ws, i):
			quantity = true // "devoting much of their campaign spending to", "the bulk of its revenue"
		case w.lower == "than" && i+2 < len(ws) && ws[i+1].lower == "any" && (ws[i+2].lower == "other" || ws[i+2].lower == "previous" ||
			i > 0 && (ws[i-1].lower == "more" || ws[i-1].lower == "fewer" || ws[i-1].lower == "less")):
			quantity = true // "more people than any other state", "more than any city in America": a ranking
		case len(w.lower) >= 5 && (w.lower[0] == 'l' || w.lower[0] == 's') && lastedFor(ws, i):
			quantity = true // "a conflict that has lasted 40 years": a measured length of time
		case i <= 1 && w.is(clNumberWord) && countedInWords(text, ws, i):
			quantity = true // "Two gunmen died, and three others may have escaped"
		case w.is(clNumberWord) && countsCompared(text, ws, i):
			quantity = true // "The five companies, selected from eight that applied, join nine others"
		case (w.lower == "worst" || w.lower == "best") && rankedInTime(ws, i):
			quantity = true // "its worst stretch since early August": a ranking, not a judgement
		case w.lower == "most" && mostOfGroup(ws, i):
			quantity = true // "Most Americans support stricter gun laws": a share, as a poll measures it
		case (w.lower == "most" || w.lower == "least") && rankedSuperlative(ws, i):
			quantity = true // "the most deadly terrorist attack in the nation in more than a decade"
		case w.lower == "half" && i > 1 && ws[i-1].punctAfter == 0 && (ws[i-1].lower == "by" || ws[i-1].lower == "in") && halvedBefore(ws, i-1):
			quantity = true // "cut border crossings by half", "cut in half": a change by an amount
		case w.lower == "half" && i+1 < len(ws) && w.punctAfter == 0 && (ws[i+1].lower == "the" || ws[i+1].lower == "of") &&
			(i == 0 || ws[i-1].is(clBe) || i > 1 && ws[i-2].is(clBe) && ws[i-1].is(clAdverb|clTime) || ws[i-1].lower == "often" || approxBefore[ws[i-1].lower]):
			quantity = true // "Half of Americans", "are often half the size"; not "the second half of the year"
		case w.is(clFirstPerson) && w.upper && w.lower[0] != 'i' && i > 0 && ws[i-1].punctAfter == 0 && !opensQuote(text, ws[i-1], w):
			// A capital inside a clause is a title's word: "Call Me by
			// Your Name", "My Name as Though It Were Written".
		case w.is(clFirstPerson):
			// "US" is the country, not "us"; "I think" gives an opinion,
			// not an experience.
			// A subject "I" or "we" decides: what it thinks or must do is
			// no experience, and then neither is "our" or "my" elsewhere
			// in the sentence ("… our core business goals, we have to
			// make some job eliminations").
			plural := w.lower[0] != 'i' && w.lower != "me" && w.lower != "my"
			switch {
			case text[w.start:w.end] == "US" || plural && !self:
			case (w.lower == "i" || w.lower == "we") && i+1 < len(ws) && (ws[i+1].is(clOpinionVerb) || intends(ws, i+1) || seesAs(ws, i+1)):
				notFirst = true
			case w.lower == "i" || w.lower == "we":
				firstSubj = true
			case (w.lower == "our" || w.lower == "ours") && i > 0 && ws[i-1].punctAfter == 0 && !opensQuote(text, ws[i-1], w) &&
				!ws[i-1].is(clSubordinator) && ws[i-1].lower != "and" && ws[i-1].lower != "but":
				// "progress toward our goals", "adjust our policy": the
				// group's, inside a phrase, not what the speaker went
				// through ("Our hospital has no beds" opens its clause).
			default:
				first = true
			}
		}
	}
	first = firstSubj || first && !notFirst
	amountNow = amountNow || sentAmount && !sentWill
	switch {
	case lawSubject:
		// What a bill or rule would do is a claim about the rule, whatever
		// amounts it holds.
		return claims.KindLaws
	case quantity && will && !amountNow:
		// An amount the future will bring is a prediction ("will cut 4,000
		// jobs"), as Full Fact classes claims about the future.
		return claims.KindPrediction
	case quantity && causes:
		// An amount the main clause says something caused is about what
		// caused what: "Smoking causes 74,000 deaths a year".
		return claims.KindCausation
	case quantity:
		return claims.KindQuantity
	case pred:
		return claims.KindPrediction
	case cause:
		return claims.KindCausation
	case law:
		return claims.KindLaws
	case first:
		return claims.KindPersonal
	}
	return claims.KindOther
}

// intends reports whether the words from i, after a subject "I" or "we",
// say what it must, means or is able to do rather than what it went
// through: "we have to make some job eliminations", "I need to", "we
// also want to", "we can", "we must", "we are going to". Those are not
// personal experience. "Could" and "would" are left out: as often as not
// they tell the past ("I could only manage two stairs at a time").
func intends(ws []word, i int) bool {
	if i+1 < len(ws) && ws[i].punctAfter == 0 && (ws[i].lower == "do" || ws[i].lower == "does") && ws[i+1].lower == "not" {
		i += 2 // "we do not need to be in a hurry"
	} else if i < len(ws) && (ws[i].lower == "don't" || ws[i].lower == "don’t") {
		i++
	}
	if i < len(ws) && ws[i].punctAfter == 0 && (strings.HasSuffix(ws[i].lower, "ly") || ws[i].lower == "also" || ws[i].lower == "still" || ws[i].lower == "just") {
		i++ // "we really have to", "we also need to"
	}
	if i >= len(ws) {
		return false
	}
	to := func(j int) bool { return j < len(ws) && ws[j].lower == "to" && ws[j-1].punctAfter == 0 }
	switch ws[i].lower {
	case "must", "should", "can", "cannot", "can't", "might", "may", "shall", "will", "won't":
		return true
	case "have", "need", "want", "plan", "hope", "intend", "aim", "expect":
		return to(i + 1) // "have to", not "have received"
	case "are", "am":
		return i+1 < len(ws) && intentAfterBe[ws[i+1].lower] && to(i+2) // "are going to", not "are paid to"
	}
	return false
}

// seesAs reports whether the words from i judge something as something:
// "(we) see these developments as hopeful signs", "regard it as", "view
// the deal as": an opinion, not what the speaker went through.
func seesAs(ws []word, i int) bool {
	switch ws[i].lower {
	case "see", "view", "regard", "consider":
	default:
		return false
	}
	for j := i + 2; j < len(ws) && j <= i+6; j++ {
		if ws[j].lower == "as" {
			return true
		}
		if ws[j-1].punctAfter != 0 {
			return false
		}
	}
	return false
}

// intentAfterBe are the words between "are" and "to" that make a plan or
// an effort: "we are going to", "I am trying to".
var intentAfterBe = map[string]bool{"going": true, "trying": true, "planning": true, "hoping": true, "determined": true,
	"ready": true, "here": true, "working": true, "committed": true}

// hypothetical reports whether the prediction cue at i is an idiom that
// tells no future: a hedge ("would appear to be", "would seem"), a
// judgement ("it would be interesting to know"), what anyone would think
// ("few would argue"), a comparison with what one expects ("heavier than
// you'd expect") or what the reader would find ("you'd likely have a hard
// time").
func hypothetical(ws []word, i int) bool {
	w, prev, next := ws[i].lower, "", ""
	if i > 0 && ws[i-1].punctAfter == 0 {
		prev = ws[i-1].lower
	}
	if i+1 < len(ws) && ws[i].punctAfter == 0 {
		next = ws[i+1].lower
	}
	switch {
	case w == "would" && (next == "appear" || next == "seem"):
		return true
	case w == "would" && next == "be" && (prev == "it" || prev == "that" || prev == "this") && i+2 < len(ws) && judgements[ws[i+2].lower]:
		return true
	case w == "would" && anyone[prev] && opinionOf[next]:
		return true
	case (w == "expect" || w == "expected") && i > 1 && ws[i-2].lower == "than" && ws[i-2].punctAfter == 0:
		return true
	case prev == "you'd" || prev == "you’d":
		return true
	}
	return false
}

var (
	// judgements follow "it would be" in a judgement, not a forecast.
	judgements = map[string]bool{"interesting": true, "nice": true, "great": true, "good": true, "wise": true, "fair": true,
		"helpful": true, "useful": true, "fun": true, "remiss": true, "unfair": true, "wrong": true, "naive": true,
		"foolish": true, "silly": true}
	// anyone are the pronouns of what people at large would think.
	anyone = map[string]bool{"few": true, "many": true, "most": true, "some": true, "nobody": true, "anyone": true,
		"none": true, "everyone": true, "anybody": true}
	// opinionOf are verbs of opinion or of saying it.
	opinionOf = map[string]bool{"argue": true, "say": true, "agree": true, "disagree": true, "deny": true, "dispute": true,
		"think": true, "believe": true, "suggest": true, "imagine": true, "call": true, "describe": true}
)

// wouldHave reports whether "would" at i opens a past conditional: "would
// have been", "would then have claimed", "would not have known".
func wouldHave(ws []word, i int) bool {
	j := i + 1
	if j < len(ws) && (strings.HasSuffix(ws[j].lower, "ly") || ws[j].lower == "then" || ws[j].lower == "also" ||
		ws[j].lower == "not" || ws[j].lower == "never" || ws[j].lower == "still") {
		j++
	}
	return j+1 < len(ws) && (ws[j].lower == "have" || ws[j].lower == "ve") && pastParticiple(ws[j+1].lower)
}

// pastConditional reports whether the word at i follows "would have" or
// "would've": "something I would've expected to be notified about".
func pastConditional(ws []word, i int) bool {
	if i < 1 {
		return false
	}
	p := ws[i-1].lower
	return p == "would've" || p == "would’ve" || p == "ve" && i > 1 && ws[i-2].lower == "would" ||
		p == "have" && i > 1 && ws[i-2].lower == "would"
}

// placeAfterTo reports whether the word at i, after "going to" or "pledged
// to", names where or to whom rather than what will be done: an article, a
// name, a number ("going to the Moon", "Going to Pizza Express", "pledged
// to Ukraine").
func placeAfterTo(ws []word, i int) bool {
	if i >= len(ws) {
		return false
	}
	w := ws[i]
	return w.upper || w.digit || w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "his" ||
		w.lower == "her" || w.lower == "their" || w.lower == "its" || w.lower == "our" || w.lower == "my"
}

// countedInWords reports whether ws[i] is a number in words that opens the
// unit and counts its subject: "Two gunmen died", "Three cases of plague
// have been diagnosed". A count inside the sentence ("between the two
// brands"), of known things ("The two sides have been expected to sign") or
// of time ("Two years after") is no claim about an amount, nor one that names
// what it counts ("Two hostages — an American and an Australian — were
// released").
// noneCounted reports whether the word at i counts to zero: "single"
// after "a", a negation at most three words before and a thing that is
// counted after ("hasn’t been a single year", "not a single vote", "did
// not drop a single set"); "there isn’t a single solution" counts nothing.
func noneCounted(ws []word, i int) bool {
	if ws[i].lower != "single" || i < 2 || ws[i-1].lower != "a" || i+1 >= len(ws) || ws[i].punctAfter != 0 || !countedNouns[ws[i+1].lower] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if l := ws[k].lower; l == "not" || l == "never" || l == "no" || l == "without" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return true
		}
		if ws[k].punctAfter != 0 {
			break
		}
	}
	return false
}

// comparedLikely reports whether "likely" at i compares likelihoods: "as
// likely", "more likely", "less likely". ("The storm is most likely to hit
// Florida" still forecasts.)
func comparedLikely(ws []word, i int) bool {
	switch ws[i-1].lower {
	case "as", "more", "less":
		return true
	}
	return false
}

// majorityOf are the nouns "majority" names a side of, not a share: "the
// majority opinion", "the majority leader".
var majorityOf = map[string]bool{"opinion": true, "leader": true, "whip": true, "party": true, "government": true,
	"rule": true, "owner": true, "shareholder": true, "decision": true}

// countedNouns are things a sentence counts: units of time, of play, of
// votes, of money and of people.
var countedNouns = map[string]bool{"year": true, "month": true, "week": true, "day": true, "quarter": true,
	"game": true, "match": true, "set": true, "point": true, "goal": true, "race": true, "vote": true, "seat": true,
	"case": true, "death": true, "dollar": true, "cent": true, "penny": true, "job": true, "person": true,
	"patient": true, "arrest": true, "conviction": true, "sale": true, "win": true, "loss": true, "shot": true}

func countedInWords(text string, ws []word, i int) bool {
	if i > 1 || i == 1 && ws[0].lower != "all" && ws[0].lower != "only" && ws[0].lower != "some" {
		return false
	}
	if !ws[i].is(clNumberWord) || i+1 >= len(ws) || ws[i].punctAfter != 0 {
		return false
	}
	if i+2 < len(ws) && ws[i+1].punctAfter == 0 && strings.ContainsAny(text[ws[i+1].end:ws[i+2].start], "—–(") {
		return false // the count then names them: "Two hostages — an American and an Australian —"
	}
	n := ws[i+1].lower
	switch n {
	case "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times",
		"groups", "kinds", "types", "sorts", "ways", "sides", "parts", "things", "reasons", "questions", "factors":
		return false // time, or kinds of things: "Two groups of immune cells use …"
	}
	return !ws[i+1].upper && (strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && n != "is" && n != "was" && n != "has" ||
		n == "people" || n == "children" || strings.HasSuffix(n, "men"))
}

// countsCompared reports whether the word at i counts things in words
// ("five companies") and the sentence gives another count in words: a
// sentence that sets counts side by side is about the numbers, where
// one count alone ("the two leaders met") only names what it speaks of.
// A count that goes on to name what it counts ("Two hostages — an
// American and an Australian —") is neither.
func countsCompared(text string, ws []word, i int) bool {
	if !ws[i].is(clNumberWord) || i+1 >= len(ws) || ws[i].punctAfter != 0 || ws[i+1].upper || namesCounted(text, ws, i) {
		return false
	}
	if n := ws[i+1].lower; timeUnits[n] || !(strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") || n == "people" || strings.HasSuffix(n, "men")) {
		return false
	}
	for k := range ws {
		if k != i && ws[k].is(clNumberWord) && !(k+1 < len(ws) && timeUnits[ws[k+1].lower]) && !namesCounted(text, ws, k) {
			return true
		}
	}
	return false
}

// namesCounted reports whether a dash or a bracket follows the count at k
// and its noun: what comes next names the things counted.
func namesCounted(text string, ws []word, k int) bool {
	return k+2 < len(ws) && ws[k+1].punctAfter == 0 && strings.ContainsAny(text[ws[k+1].end:ws[k+2].start], "—–(")
}

// lastedFor reports whether the word at i says how long something lasted,
// with a number: "has lasted 40 years", "lasting three decades".
func lastedFor(ws []word, i int) bool {
	switch ws[i].lower {
	case "lasted", "lasting", "lasts", "spanned", "spanning", "spans":
	default:
		return false
	}
	j := i + 1
	if j < len(ws) && (ws[j].lower == "for" || ws[j].lower == "nearly" || ws[j].lower == "almost" || ws[j].lower == "about" || ws[j].lower == "over") {
		j++
	}
	return j+1 < len(ws) && ws[i].punctAfter == 0 && (ws[j].digit || ws[j].is(clNumberWord)) && timeUnits[ws[j+1].lower]
}

// timeUnits measure a length of time.
var timeUnits = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "hours": true,
	"minutes": true, "decades": true, "centuries": true, "year": true, "month": true, "week": true, "day": true,
	"hour": true, "decade": true, "century": true}

// afterRelative returns the index of the word that closes a relative
// clause set off by commas right after word i ("bill, which the Senate
// passed 68-32 on Thursday,"), or a clause with "that" that ends in a
// comma before a modal ("order that Obama plans to sign on Friday, days
// before leaving office,"), -1 when none follows.
func afterRelative(ws []word, i int) int {
	if i+1 < len(ws) && ws[i].punctAfter == 0 && ws[i+1].lower == "that" {
		end := -1
		for k := i + 2; k < len(ws) && k-i <= 18; k++ {
			if ws[k].punctAfter == ',' && k+1 < len(ws) && ws[k+1].is(clModal) {
				end = k
			}
			if ws[k].punctAfter != 0 && ws[k].punctAfter != ',' {
				break
			}
		}
		return end
	}
	if ws[i].punctAfter != ',' || i+1 >= len(ws) || ws[i+1].lower != "which" && !relativeWho(ws[i+1]) {
		return -1
	}
	for k := i + 1; k < len(ws) && k-i <= 14; k++ {
		if ws[k].punctAfter == ',' {
			return k
		}
		if ws[k].punctAfter != 0 {
			return -1
		}
	}
	return -1
}

// amountVerbs change an amount: what a rule would do to it ("would raise the
// minimum wage to $15") or what was done to it "by half" ("cut border
// crossings by half", "slashed costs in half").
var amountVerbs = map[string]bool{"raise": true, "lower": true, "cut": true, "cuts": true, "increase": true,
	"increased": true, "reduce": true, "reduces": true, "reduced": true, "double": true, "cap": true, "extend": true,
	"slash": true, "slashed": true, "halved": true, "boosted": true}

// provides reports whether the verb at k, after a law and a modal, says
// what the law does (ruleVerbs) or holds, a thing its article opens: "would
// have a six-month review period", "will include an exemption"; not "will
// have to pass", "would have passed", "would have cost Exxon $2 billion",
// "will have 40 signatories by 2021" (a count ahead), "will have a big
// impact".
func provides(ws []word, k int) bool {
	if k < len(ws) && (ws[k].lower == "also" || ws[k].lower == "still") && ws[k].punctAfter == 0 {
		k++ // "would also require"
	}
	if k >= len(ws) {
		return false
	}
	switch ws[k].lower {
	case "have":
		if k+1 >= len(ws) || ws[k].punctAfter != 0 {
			return false
		}
		switch ws[k+1].lower {
		case "a", "an", "the", "no":
		default:
			return false // "will have to pass", "would have cost", "will have 40 signatories"
		}
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if effectNouns[ws[j].lower] {
				return false // "would have a big impact on jobs": what the law will cause, a forecast
			}
			if ws[j].punctAfter != 0 {
				break
			}
		}
		return true
	case "include", "contain", "provide":
		return true
	}
	return ruleVerbs[ws[k].lower]
}

// inForce reports whether ws say that a rule comes into force (inForceAt).
func inForce(ws []word) bool {
	for i := range ws {
		if inForceAt(ws, i) {
			return true
		}
	}
	return false
}

// inForceAt reports whether "effect" or "force" at i says that a rule
// comes into force: "come into (full) effect", "entered into force",
// "takes effect", with a rule named before it in its clause ("These are
// measures that won’t come into full effect", "tariffs took effect"); "the
// drug took effect within minutes" names none.
func inForceAt(ws []word, i int) bool {
	if ws[i].lower != "effect" && ws[i].lower != "force" || i == 0 {
		return false
	}
	k := i - 1
	if ws[k].lower == "full" && k > 0 {
		k--
	}
	if ws[k].punctAfter != 0 || k < i-1 && ws[k+1].punctAfter != 0 {
		return false
	}
	switch ws[k].lower {
	case "into":
	case "take", "takes", "took", "taken", "taking":
		if ws[i].lower != "effect" {
			return false
		}
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if ws[j].punctAfter != 0 && ws[j].punctAfter != ',' {
			return false
		}
		if ws[j].is(clLaw) || ruleNouns[ws[j].lower] {
			return true
		}
	}
	return false
}

// ruleNouns name rules that a law word does not: "measures", "tariffs".
var ruleNouns = map[string]bool{"measure": true, "measures": true, "tariff": true, "tariffs": true, "policy": true,
	"policies": true, "restrictions": true, "provisions": true, "provision": true, "order": true, "reforms": true,
	"reform": true, "cap": true, "limits": true, "limit": true, "changes": true, "duties": true, "taxes": true, "tax": true}

// officialList reports whether the word at i puts someone on a
// government's list with legal effect: a blacklist, a list of terrorists
// or of state sponsors of terrorism that one is on or taken off, a
// terrorist designation ("designated a foreign terrorist organization").
// "A growing list of partners", "a list of terrorist attacks", "added to
// the list of speakers at the terrorism conference" and "designated a
// disaster zone after the terror attack" are none.
func officialList(ws []word, i int) bool {
	switch ws[i].lower {
	case "blacklist", "blacklisted", "blacklists":
		return true
	case "list", "lists":
		if i+1 >= len(ws) || ws[i].punctAfter != 0 || ws[i+1].lower != "of" || !putOn(ws, i) {
			return false
		}
	case "designated", "designation", "designate", "designates":
	default:
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if ws[k].is(clOpener) && ws[k].lower != "of" && ws[k].lower != "as" {
			break // the list's or designation's phrase ends: "the list of speakers at the terrorism conference"
		}
		switch ws[k].lower {
		case "terrorism", "terrorist", "terrorists", "terror":
			return true
		}
		if ws[k].punctAfter != 0 {
			break
		}
	}
	return false
}

// putOn reports whether the list at i is one something is on, put on or
// taken off: "on", "onto", "to", "from" or "off" within four words before
// it ("remain on the American government’s list", "removed from the list").
func putOn(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ws[k].punctAfter != 0 {
			return false
		}
		switch ws[k].lower {
		case "on", "onto", "to", "from", "off":
			return true
		}
	}
	return false
}

// effectNouns are what a law has when it causes something rather than
// holds it: "an impact", "consequences".
var effectNouns = map[string]bool{"impact": true, "effect": true, "effects": true, "consequences": true,
	"implications": true, "influence": true, "repercussions": true}

// executiveOrder reports whether the word at i is "order" in "executive
// order", a law a president makes ("order" alone is mostly no law).
func executiveOrder(ws []word, i int) bool {
	return (ws[i].lower == "order" || ws[i].lower == "orders") && i > 0 && ws[i-1].lower == "executive" && ws[i-1].punctAfter == 0
}

// ruleVerbs say what a law or rule does to whom it binds: "the Bill would
// require providers to store metadata", "the ban will apply to all
// flights". What a law will cause ("the laws would crush journalism") is a
// prediction about it.
var ruleVerbs = map[string]bool{"require": true, "ban": true, "allow": true, "permit": true, "prohibit": true,
	"forbid": true, "apply": true, "cover": true, "force": true, "oblige": true, "compel": true, "let": true,
	"give": true, "grant": true, "make": true, "mean": true, "restrict": true, "limit": true, "exempt": true,
	"impose": true, "set": true, "establish": true, "create": true, "protect": true, "prevent": true, "stop": true,
	"mandate": true, "outlaw": true, "criminalise": true, "criminalize": true, "enable": true, "authorise": true,
	"authorize": true, "entitle": true, "not": true}

// rankedSuperlative reports whether "most" or "least" at i ranks by a
// measurable quality against a time: "the most deadly terrorist attack in
// the North African nation in more than a decade", "the most expensive
// since 2008". "The most important thing in years" is a judgement.
func rankedSuperlative(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i].punctAfter != 0 || !measurable[ws[i+1].lower] {
		return false
	}
	for k := i + 2; k < len(ws) && k <= i+14; k++ {
		switch ws[k].lower {
		case "since", "ever", "record":
			return true
		case "decade", "decades", "years", "century", "generation":
			if ws[k-1].lower == "in" || k > i+2 && (ws[k-2].lower == "in" || ws[k-2].lower == "than") {
				return true // "in decades", "in 20 years", "in more than a decade"
			}
		}
		if ws[k].punctAfter != 0 && ws[k].punctAfter != ',' {
			break
		}
	}
	return false
}

// measurable are qualities a ranking can measure: a count of deaths, a
// price, a number of visitors.
var measurable = map[string]bool{"deadly": true, "lethal": true, "expensive": true, "costly": true, "populous": true,
	"popular": true, "profitable": true, "valuable": true, "visited": true, "watched": true, "viewed": true,
	"destructive": true, "violent": true, "severe": true, "polluted": true, "densely": true}

// rankedInTime reports whether the superlative at i is measured against a
// time: "since", "on record", "ever", "in decades" follows within four words.
func rankedInTime(ws []word, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		switch ws[k].lower {
		case "since", "ever", "record":
			return true
		}
		if ws[k].punctAfter != 0 && ws[k].punctAfter != ',' {
			break
		}
	}
	return false
}

// presentTense reports whether the words hold a verb of the present or
// the future ("is working", "are", "will", "has" a thing): a goal beside
// it is still ahead, where one beside a past deed ("with the aim of
// cutting costs, closed 30 stores", "has hired engineers with the aim of")
// only tells why it was done.
func presentTense(ws []word) bool {
	for i, w := range ws {
		switch w.lower {
		case "has", "have":
			if i+1 < len(ws) && pastParticiple(ws[i+1].lower) {
				continue // "has hired": a deed done
			}
			return true
		case "is", "are", "am", "will", "plans", "wants", "hopes":
			return true
		}
	}
	return false
}

// amountWord reports whether w gives an amount: a number that is no year
// ("300", "$1", not "2014") or a word of quantity or count ("millions").
func amountWord(w word) bool {
	return w.digit && !yearLike(w.lower) || w.is(clQuantity|clCount)
}

// kindWords are the words kind's cases ask for by themselves, not by a
// class: a word on no list and not one of these is not read by any case
// (but fraction's, before "of" or "in").
var kindWords = []string{"should", "could", "might", "order", "orders", "single", "than", "lasted", "lasting", "lasts",
	"spanned", "spanning", "spans", "worst", "best", "most", "least", "half"}

// sentenceEnd reports whether a sentence ends between w and the word next:
// a full stop, "!" or "?" after w and a capital next, w no initial or title
// ("the U.S. to grow", "(Nov. 18)", "Mr. Reeves" go on).
func sentenceEnd(w, next word) bool {
	return (w.punctAfter == '.' || w.punctAfter == '!' || w.punctAfter == '?') && next.upper && len(w.lower) > 1 && !w.is(clTitle)
}

// yearLike reports whether a word of digits reads as a year ("2014"), a
// date rather than an amount.
func yearLike(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// statedGoal reports whether the word at i is a goal noun ("goal", "aim",
// "objective") that says what is to be done: after "with a" or "with the",
// "of" and a verb in -ing in a sentence of the present or future
// (presentTense: "is working …, with a goal of doing two deliveries") that
// gives no amount before it, or "is to" and a verb ("the aim is to double
// exports"). "The goal of having a web editor should be", "the aim of the
// study", "her aim was to" and "is investing $1 billion, with the goal of
// opening a campus" (the amount is the claim) state no plan.
func statedGoal(ws []word, i int) bool {
	switch ws[i].lower {
	case "goal", "goals", "aim", "objective", "objectives":
	default:
		return false
	}
	if i+2 >= len(ws) || ws[i].punctAfter != 0 || ws[i+1].punctAfter != 0 {
		return false
	}
	switch ws[i+1].lower {
	case "of":
		n := ws[i+2].lower
		return i > 1 && ws[i-2].lower == "with" && ws[i-2].punctAfter == 0 && (ws[i-1].lower == "a" || ws[i-1].lower == "the") &&
			strings.HasSuffix(n, "ing") && len(n) >= 5 && !ws[i+2].upper && presentTense(ws) &&
			!slices.ContainsFunc(ws[:i-2], amountWord) // "is investing $1 billion, with the goal of": the amount is the claim
	case "is":
		return i+3 < len(ws) && ws[i+2].lower == "to" && ws[i+2].punctAfter == 0 && !ws[i+3].upper && !determiners[ws[i+3].lower]
	}
	return false
}

// contentNouns take a "that" clause that says what they held.
var contentNouns = map[string]bool{"vow": true, "vows": true, "promise": true, "promises": true, "pledge": true,
	"pledges": true, "hope": true, "hopes": true, "fear": true, "fears": true, "belief": true, "idea": true,
	"notion": true, "claim": true, "claims": true, "assurance": true, "assurances": true}

// timeAhead reports whether words from i on, up to another clause, name a
// time to come: a year ("in 2023"), "next", "soon" or "later".
func timeAhead(ws []word, i int) bool {
	for _, w := range ws[i:] {
		switch {
		case w.is(clSubordinator):
			return false // another clause's time: "should be dismissed because it had expired in 2019"
		case w.lower == "next" || w.lower == "soon" || w.lower == "later":
			return true
		case w.digit && (yearLike(w.lower) || len(w.lower) > 5 && (w.lower[4] == '-' || w.lower[4] == '/') && yearLike(w.lower[:4])):
			// A year, or a fiscal year: "in 2019-20", "2020/21".
			return true
		}
	}
	return false
}

// opensQuote reports whether a quotation mark stands between words a and b.
func opensQuote(text string, a, b word) bool {
	return strings.ContainsAny(text[a.end:b.start], "\"“")
}

// causalVerbs are the causation cues that make a verb of cause and effect
// ("causes", "led to", "resulted in", "is linked to"), not a reason given
// for something ("because", "due to", "thanks to").
var causalVerbs = map[string]bool{"cause": true, "caused": true, "causes": true, "causing": true, "led": true,
	"leads": true, "linked": true, "resulted": true, "contributed": true, "responsible": true, "associated": true,
	"correlated": true, "correlates": true}

// causalUse reports whether the causation cue at i says that something
// caused something: "led to", "due to", "thanks to", "results in", "the
// result of", "as a result", but not "led by", "their quarterly results", "thanks for".
func causalUse(ws []word, i int) bool {
	next := ""
	if i+1 < len(ws) && ws[i].punctAfter == 0 {
		next = ws[i+1].lower
	}
	switch ws[i].lower {
	case "driven":
		// "a vehicle driven by Jonathan Blair": someone at the wheel.
		if i > 0 {
			switch ws[i-1].lower {
			case "car", "cars", "vehicle", "vehicles", "truck", "van", "suv", "bus", "taxi", "motorcycle":
				return false
			}
		}
		return true
	case "led":
		return next == "to"
	case "due":
		// "due to a malfunction"; but "thanks are due to Miss Fetter" is
		// gratitude, and "due to start in January" a schedule.
		if next == "to" && i+2 < len(ws) && scheduledVerbs[ws[i+2].lower] {
			return false
		}
		return next == "to" && !(i > 1 && (ws[i-1].lower == "are" || ws[i-1].lower == "is") && ws[i-2].lower == "thanks")
	case "thanks":
		return next == "to" // "thanks to the rain"
	case "linked":
		// Linked to a named group or person is an affiliation ("militants
		// linked to the Islamic State"), not a correlation.
		if next == "to" && i+2 < len(ws) {
			n := ws[i+2]
			if n.upper || n.lower == "the" && i+3 < len(ws) && ws[i+3].upper {
				return false
			}
		}
		return true
	case "associated":
		// "is associated with a higher risk"; not "the costs associated
		// with the project" nor "the Associated Press".
		return next == "with" && !ws[i].upper && i > 0 && (ws[i-1].is(clBe) || ws[i-1].lower == "strongly" || ws[i-1].lower == "closely")
	case "result", "results":
		asA := i >= 2 && ws[i-2].lower == "as" && ws[i-1].lower == "a"
		return asA || next == "in" || next == "from" || next == "of"
	}
	return true
}

// litigation are the nouns after "legal" that name a lawsuit or its people,
// not a rule.
var litigation = map[string]bool{"guardian": true, "guardians": true, "battle": true, "battles": true, "action": true,
	"actions": true, "dispute": true, "disputes": true, "team": true, "teams": true, "fees": true, "fight": true,
	"challenge": true, "challenges": true, "counsel": true, "advice": true, "adviser": true, "advisers": true,
	"expert": true, "experts": true, "analyst": true, "analysts": true, "costs": true, "bills": true, "scholar": true,
	"scholars": true, "department": true, "affairs": true, "troubles": true, "woes": true, "drama": true}

// playingCourt are the words before "court" that make it a place to play.
var playingCourt = map[string]bool{"centre": true, "center": true, "clay": true, "grass": true, "hard": true,
	"tennis": true, "basketball": true, "food": true, "squash": true, "indoor": true, "outdoor": true}

// lawCompounds follow "law" in a phrase about people or places, not a law.
var lawCompounds = map[string]bool{"enforcement": true, "firm": true, "firms": true, "school": true, "schools": true,
	"professor": true, "student": true, "students": true, "clerk": true, "degree": true, "partner": true, "office": true}

// legalUse reports whether the law cue at i speaks of a law or a rule: not
// "law enforcement" or "a law firm", not "rule" as government ("Islamist-led
// rule", "British rule"), not the verb "act" ("to act quickly"; "the Act"
// is capitalised).
// breach reports whether the law word at i is what someone is said to have
// broken, not what it says: "an inquiry into potential rule violations",
// "violated the law", "broke the rules". Such a claim accuses; it does not
// state a rule.
func breach(ws []word, i int) bool {
	if i+1 < len(ws) && ws[i].punctAfter == 0 {
		switch ws[i+1].lower {
		case "violation", "violations", "breach", "breaches", "breaking", "breakers", "violators", "infringement", "infringements":
			return true
		}
	}
	k := i - 1
	if k >= 0 && (ws[k].lower == "the" || ws[k].lower == "its" || ws[k].lower == "their" || ws[k].lower == "any") {
		k--
	}
	if k < 0 || ws[k].punctAfter != 0 {
		return false
	}
	switch ws[k].lower {
	case "violated", "violating", "violate", "violates", "broke", "broken", "breaking", "break", "breaks", "breached",
		"breaching", "breach", "flouted", "flouting", "flout", "skirted", "skirting", "circumvented", "circumventing":
		return true
	}
	return false
}

func legalUse(ws []word, i int) bool {
	w := ws[i]
	if breach(ws, i) {
		return false
	}
	switch w.lower {
	case "law":
		return !(w.punctAfter == 0 && i+1 < len(ws) && lawCompounds[ws[i+1].lower])
	case "act":
		return w.upper
	case "approval":
		// Leave to act ("do not need label approval"), not a poll: "approval
		// ratings". "Permission" is left out: it is asked of a person more
		// often than a rule grants it ("she didn't need their permission").
		return !(i+1 < len(ws) && w.punctAfter == 0 && strings.HasPrefix(ws[i+1].lower, "rating"))
	case "legal":
		// Litigation and its people are not what the law says: "legal
		// battle", "threatening legal action", "his legal guardian".
		return !(w.punctAfter == 0 && i+1 < len(ws) && litigation[ws[i+1].lower])
	case "court":
		// A playing court: "centre court", "on the clay court".
		return !(i > 0 && ws[i-1].punctAfter == 0 && playingCourt[ws[i-1].lower])
	case "required":
		// An obligation ("are required to pay", "required by law"), not a
		// need ("no guesswork would be required").
		return i+1 < len(ws) && w.punctAfter == 0 && (ws[i+1].lower == "to" || ws[i+1].lower == "by")
	case "requires", "require":
		// "The Bill requires providers to …" states a rule; "exploration
		// requires an ecosystem" does not: a law noun must stand by.
		for _, o := range ws {
			switch o.lower {
			case "law", "laws", "bill", "rule", "rules", "regulation", "regulations", "act", "constitution", "statute",
				"treaty", "decree", "legislation", "court", "order", "policy":
				return true
			}
		}
		return false
	case "regulation":
		// A game's time: "in the final 4:29 of regulation", "tied at the
		// end of regulation", not "the regulation of banks".
		if i > 0 && (ws[i-1].lower == "of" || ws[i-1].lower == "in") && ws[i-1].punctAfter == 0 {
			for k := i - 2; k >= 0 && k >= i-5; k-- {
				switch ws[k].lower {
				case "final", "end", "period", "minutes", "seconds", "remaining", "left", "quarter", "half":
					return false
				}
				if ws[k].digit {
					return false
				}
			}
		}
		return true
	case "rule":
		if i == 0 {
			return true
		}
		p := ws[i-1]
		return !(p.upper || strings.HasSuffix(p.lower, "-led") || p.lower == "military" || p.lower == "colonial" ||
			p.lower == "direct" || p.lower == "minority" || p.lower == "majority" || p.lower == "home")
	}
	return true
}

// willNoun reports whether "will" at i is the noun: after an article or a
// possessive ("his will", "Ford’s will"; not "this will", a subject), after
// one of them and a lower-case -ed word ("Ford’s unexecuted will"), or
// before "of" ("the will of the people").
func willNoun(ws []word, i int) bool {
	if i+1 < len(ws) && ws[i].punctAfter == 0 && ws[i+1].lower == "of" {
		return true
	}
	owner := func(w word) bool {
		return w.punctAfter == 0 && (nounMarker(w.lower) && w.lower != "her" || possessiveWord(w.lower))
	}
	if i > 0 && owner(ws[i-1]) {
		return true
	}
	return i > 1 && owner(ws[i-2]) && !ws[i-1].upper && ws[i-1].punctAfter == 0 && strings.HasSuffix(ws[i-1].lower, "ed")
}

// pastParticiple reports whether w looks like a past participle: a regular
// -ed or -en form or a common irregular one.
func pastParticiple(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
		return true
	}
	switch w {
	case "done", "gone", "made", "had", "seen", "said", "got", "come", "become", "run", "won", "lost", "found",
		"kept", "left", "felt", "thought", "brought", "bought", "told", "put", "let", "set", "known", "shown":
		return true
	}
	return false
}

// reportsBefore reports whether the word at i follows a reporting verb
// directly or past its object ("said that", "told reporters at a press
// conference that"), within six words and no punctuation.
func reportsBefore(ws []word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if reports(ws, k) {
			return true
		}
		if ws[k].punctAfter != 0 {
			return false
		}
	}
	return false
}

// fraction reports whether the word at i opens a share of a whole: a
// fraction in words before "of" ("two-thirds of", "a third of", "three
// quarters of"), or "one in five" (digits too: "1 in 4").
func fraction(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i].punctAfter != 0 {
		return false
	}
	w, next := ws[i].lower, ws[i+1].lower
	if next == "of" {
		if head, part, ok := strings.Cut(w, "-"); ok && (head == "one" || head == "two" || head == "three" || head == "four") && fractionWords[part] {
			return true
		}
		return fractionWords[w] && i > 0 && ws[i-1].punctAfter == 0 && (ws[i-1].lower == "a" || ws[i-1].lower == "one" || ws[i-1].is(clNumberWord))
	}
	if i+2 < len(ws) && next == "in" && (w == "one" || w == "1" || smallCounts[w]) && ws[i+1].punctAfter == 0 {
		// "one in five children", "three in four Republicans", "2 in 3".
		n := ws[i+2].lower
		return n != "one" && n != w && (ws[i+2].is(clNumberWord) || isNumber(n) && len(n) <= 3)
	}
	return false
}

// scheduledVerbs follow "due to" in a schedule, not a cause: "due to
// start unwinding cuts in January", "due to be sentenced".
var scheduledVerbs = map[string]bool{"be": true, "start": true, "begin": true, "open": true, "take": true, "meet": true,
	"arrive": true, "expire": true, "end": true, "close": true, "launch": true, "come": true, "go": true, "hold": true,
	"vote": true, "report": true, "release": true, "return": true, "resume": true, "finish": true, "announce": true,
	"publish": true, "appear": true, "speak": true, "testify": true, "visit": true, "leave": true, "receive": true}

// halvedBefore reports whether a verb that changes an amount stands within
// four words before the "by" or "in" at k, with no punctuation between:
// "cut border crossings by half".
func halvedBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4 && ws[j].punctAfter == 0; j-- {
		if amountVerbs[ws[j].lower] || ws[j].is(clQuantity) {
			return true
		}
	}
	return false
}

// smallCounts are the counts that open a share "in" a larger one: "three
// in four", "9 in 10".
var smallCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "2": true, "3": true, "4": true, "5": true, "6": true,
	"7": true, "8": true, "9": true}

// approxBefore are words that make a share approximate: "nearly half of
// all adults".
var approxBefore = map[string]bool{"nearly": true, "almost": true, "about": true, "roughly": true, "around": true,
	"over": true, "just": true, "only": true, "some": true}

// shareOfWhole reports whether the words hold a share in words (fraction):
// "A third of the budget goes to the NHS" counts as a number does.
func shareOfWhole(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if n := ws[i+1].lower; (n == "of" || n == "in") && fraction(ws, i) {
			return true
		}
	}
	return false
}

// moneyShare reports whether the word at i opens a share of a sum of money
// said without a number: "much of", "most of" or "the bulk of", then a
// determiner or a possessive and, within three words, what money is spent or earned
// as ("much of their campaign spending", "most of its revenue"), as the
// head of its noun phrase: "Much of the budget goes to defence", but in
// "Much of the budget debate has focused on Ukraine" the share is of a
// debate. "Much of the country" or "most of the time" measures no sum.
func moneyShare(ws []word, i int) bool {
	switch ws[i].lower {
	case "much", "most":
	case "bulk":
		if i == 0 || ws[i-1].lower != "the" {
			return false
		}
	default:
		return false
	}
	if i+2 >= len(ws) || ws[i].punctAfter != 0 || ws[i+1].lower != "of" || ws[i+1].punctAfter != 0 ||
		!(determiners[ws[i+2].lower] || possessiveWord(ws[i+2].lower)) {
		return false
	}
	for k := i + 3; k < len(ws) && k <= i+5; k++ {
		if sums[ws[k].lower] && !nounAfter(ws, k) {
			return true
		}
		if ws[k].punctAfter != 0 {
			break
		}
	}
	return false
}

// nounAfter reports whether the word after k is a noun that the word at k
// modifies, the head of a compound: "budget debate", "cash machine". It is
// a lower-case word right after it that is no function word and has no
// verb's ending ("the budget goes", "the money raised", "the funding
// going", "the money went", "the money he raised"); a plural in -s counts
// as a verb, so that "most of the budget cuts" stays a share.
func nounAfter(ws []word, k int) bool {
	if ws[k].punctAfter != 0 || k+1 >= len(ws) {
		return false
	}
	n := ws[k+1]
	if n.upper || n.digit || n.is(clStopword|clOpener|clNPStop|clAuxiliary|clBe|clModal|clFiniteAux|clPronoun|clReporting|clAdverb|clTime) ||
		irregularPast[n.lower] || clauseWord(ws, k+1) {
		return false
	}
	for _, end := range [...]string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(n.lower, end) {
			return false
		}
	}
	return true
}

// countOf reports whether the word at i gives a rough count in words:
// "dozens", "scores", "hundreds", "thousands", "millions" or "billions",
// then "of" and, within three words, a plural ("dozens of submissions",
// "scores of protesters", "hundreds of new jobs", "thousands of the city’s
// residents", "millions of people"). "Scores" counts only where it opens
// its phrase ("Scores of people", "injured scores of people"), not as a
// noun's ("credit scores of borrowers", "their scores of 90"); "dozens of
// them" names nothing counted.
func countOf(ws []word, i int) bool {
	if !ws[i].is(clCount) { // countWords: "dozens", "hundreds", …
		if ws[i].lower != "scores" {
			return false
		}
		if p := ws[max(i-1, 0)]; i > 0 && p.punctAfter == 0 && (determiners[p.lower] || possessiveWord(p.lower) ||
			!p.is(clStopword|clOpener|clBe|clAuxiliary) && !strings.HasSuffix(p.lower, "ed")) {
			return false
		}
	}
	if i+2 >= len(ws) || ws[i].punctAfter != 0 || ws[i+1].lower != "of" || ws[i+1].punctAfter != 0 {
		return false
	}
	for k := i + 2; k < len(ws) && k <= i+4; k++ {
		w := ws[k].lower
		switch {
		case determiners[w] || possessiveWord(w):
			// "thousands of the city’s residents"
		case ws[k].is(clStopword) || ws[k].digit:
			return false // "dozens of them", "scores of 90"
		case plural(w):
			return true
		}
		if ws[k].punctAfter != 0 {
			break
		}
	}
	return false
}

// plural reports whether the lower-case noun w is a plural: in -s ("jobs",
// "submissions", not "business" or "census") or one of the common
// irregular plurals of people.
func plural(w string) bool {
	switch w {
	case "people", "children", "men", "women":
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// sums are what money is spent, earned or owed as, also as the head of a
// compound after another ("the budget deficit", "the income tax": nounAfter
// reads the first as the second's modifier, and the share goes on to it).
var sums = map[string]bool{"spending": true, "budget": true, "budgets": true, "money": true, "funding": true,
	"funds": true, "revenue": true, "revenues": true, "income": true, "profit": true, "profits": true, "earnings": true,
	"sales": true, "cost": true, "costs": true, "debt": true, "debts": true, "savings": true, "wealth": true,
	"cash": true, "spend": true, "tax": true, "taxes": true, "donations": true, "assets": true, "deficit": true,
	"deficits": true, "surplus": true, "surpluses": true}

// fractionWords are the parts a whole is shared into, in words.
var fractionWords = map[string]bool{"third": true, "thirds": true, "quarter": true, "quarters": true,
	"fifth": true, "fifths": true, "tenth": true, "tenths": true}

// underLaw reports whether the law word at i closes a phrase that opens the
// unit's clause with "under" and is set off by a comma, and the clause
// after it obliges or allows: "Under the new rules, companies with more
// than 250 staff must publish …" is what the rules provide, amounts
// included; "Under the 2010 law, Acme paid $5 million" tells what happened.
func underLaw(ws []word, i int) bool {
	if ws[i].punctAfter != ',' {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if ws[k].lower == "under" {
			return (k == 0 || ws[k-1].punctAfter != 0) && obliges(ws[i+1:])
		}
		if ws[k].punctAfter != 0 {
			return false
		}
	}
	return false
}

// obliges reports whether the words hold a modal or a word of obligation or
// permission: "must", "will", "can", "required", "allowed".
func obliges(ws []word) bool {
	for _, w := range ws {
		if w.is(clModal) {
			return true
		}
		switch w.lower {
		case "must", "can", "cannot", "can't", "required", "allowed", "permitted", "entitled", "banned", "prohibited", "forbidden":
			return true
		}
	}
	return false
}

// mostOfGroup reports whether "most" at i opens its clause as a share of a
// group of people: "Most Americans support …", "that most voters
// oppose"; not "most importantly", "most likely", "the most serious",
// "most of the time".
func mostOfGroup(ws []word, i int) bool {
	if i+2 >= len(ws) || ws[i].punctAfter != 0 || i > 0 && ws[i-1].punctAfter == 0 && ws[i-1].lower != "that" {
		return false // not opening its clause: "programs offered by most grocers"
	}
	n := ws[i+1].lower
	switch n {
	case "people", "children", "men", "women", "adults":
		return true
	}
	// A plural: "Americans", "voters", "economists" (not "-ss", "-ous").
	return len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "ous") &&
		ws[i+1].punctAfter == 0
}
