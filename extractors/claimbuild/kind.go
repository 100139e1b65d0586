package claimbuild

import "github.com/claimpipe/claimpipe/claims"

var (
	predictionCues = []string{"will", "would", "expects", "expected", "expect", "forecast", "forecasts",
		"predict", "predicts", "predicted", "projected", "projects", "plans", "planned", "likely", "going"}
	causationCues = []string{"because", "cause", "caused", "causes", "causing", "due", "led", "leads", "linked",
		"result", "results", "resulted", "consequence", "responsible", "blamed", "contributed", "driven", "thanks"}
	lawCues = []string{"law", "laws", "legal", "illegal", "unlawful", "bill", "bills", "legislation", "regulation",
		"regulations", "rule", "rules", "constitution", "constitutional", "ban", "banned", "banning",
		"statute", "court", "ruled", "prohibited", "mandatory", "required", "requires", "act",
		"license", "licence", "licenses", "licences", "sanction", "sanctions", "treaty", "decree"}
	// quantityCues are counts, shares and rankings said in words.
	quantityCues = []string{"thousands", "millions", "billions", "majority", "percent", "doubled", "tripled", "halved",
		"largest", "biggest", "highest", "lowest", "smallest", "poorest", "richest", "fewest"}
	firstPerson = []string{"i", "me", "my", "we", "our", "us", "i've", "i'm", "we've", "we're"}
)

// kind gives a claim one of Full Fact's classes from its words: how much or
// how many first (amounts, counts, rankings), then what will happen, what
// caused what, what the law or a rule is, what the speaker lived through,
// and other. ws are the claim's words, text the article their offsets index.
func kind(text string, ws []word, quantity bool) string {
	var pred, cause, law, first bool
	for i, w := range ws {
		switch {
		case w.is(clPrediction):
			if w.lower == "going" && !(i+1 < len(ws) && ws[i+1].lower == "to") {
				continue
			}
			pred = true
		case w.is(clCausation):
			cause = true
		case w.is(clLaw):
			law = true
		case w.is(clQuantity):
			quantity = true
		case w.is(clFirstPerson):
			// "US" is the country, not "us".
			first = first || text[w.start:w.end] != "US"
		}
	}
	switch {
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
