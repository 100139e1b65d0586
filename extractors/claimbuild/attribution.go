package claimbuild

import (
	"strings"

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
	"disclose", "discloses", "disclosed",
}

// between a subject and its reporting verb: auxiliaries and adverbs.
var auxiliaries = []string{"is", "was", "are", "were", "has", "have", "had", "will", "would", "also", "later", "previously", "again", "then", "first", "did", "does", "not"}

// words that end a noun phrase when walking back from a verb.
var npStops = []string{"that", "which", "who", "whom", "but", "and", "because", "while", "when", "if", "as",
	"after", "before", "since", "so", "than", "though", "although", "where", "to", "it", "this"}

// attribution finds who a unit is attributed to: the subject of a reporting
// verb ("Nix said", "a representative for Assange confirmed", "records
// show", "The Wall Street Journal is reporting"), the name after an inverted
// verb ("said Nix"), or the source in "according to X". It returns nil when
// the unit reports nobody.
func attribution(text string, ws []word) *claims.Span {
	for v, w := range ws {
		if !w.is(clReporting) {
			continue
		}
		if v > 0 && (ws[v-1].lower == "to" || ws[v-1].lower == "the" || ws[v-1].lower == "a") {
			continue // an infinitive or a noun ("the report")
		}
		if s := subjectBefore(text, ws, v); s != nil {
			return s
		}
		if s := nameAfter(text, ws, v); s != nil {
			return s
		}
	}
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower == "according" && ws[i+1].lower == "to" && ws[i+1].punctAfter == 0 {
			return phraseFrom(text, ws, i+2)
		}
	}
	return nil
}

// subjectBefore walks back from the verb at v over auxiliaries and -ly
// adverbs, then over the noun phrase before them.
func subjectBefore(text string, ws []word, v int) *claims.Span {
	i := v - 1
	for i >= 0 && ws[i].punctAfter == 0 && (ws[i].is(clAuxiliary) || strings.HasSuffix(ws[i].lower, "ly")) {
		i--
	}
	end := i
	if end < 0 || ws[end].punctAfter != 0 {
		return nil
	}
	start := end
	for start > 0 && end-start < 7 {
		p := ws[start-1]
		if p.punctAfter != 0 || p.is(clNPStop|clReporting) {
			break
		}
		start--
	}
	return spanOf(text, ws[start], ws[end])
}

// nameAfter handles the inverted order: `..." said Nix.`, a capitalised name
// right after the verb.
func nameAfter(text string, ws []word, v int) *claims.Span {
	if ws[v].punctAfter != 0 {
		return nil
	}
	// Skip a lower-case title before the name: "says veteran industry analyst Ken Doctor".
	first := v + 1
	for first < len(ws) && first-v <= 4 && !ws[first].upper && ws[first].punctAfter == 0 && !ws[first].is(clNPStop) {
		first++
	}
	if first >= len(ws) || !ws[first].upper || (first > v+1 && !precededByQuote(text, ws, v)) {
		if v+1 >= len(ws) || !ws[v+1].upper {
			return nil
		}
		first = v + 1
	}
	end := first
	for end+1 < len(ws) && end-first < 3 && ws[end].punctAfter == 0 && ws[end+1].upper {
		end++
	}
	return spanOf(text, ws[v+1], ws[end])
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

// phraseFrom returns the phrase starting at word i up to the next punctuation,
// at most eight words.
func phraseFrom(text string, ws []word, i int) *claims.Span {
	if i >= len(ws) {
		return nil
	}
	end := i
	for end+1 < len(ws) && end-i < 7 && ws[end].punctAfter == 0 && !ws[end+1].is(clNPStop) {
		end++
	}
	return spanOf(text, ws[i], ws[end])
}

func spanOf(text string, a, b word) *claims.Span {
	return &claims.Span{Start: a.start, End: b.end, Text: text[a.start:b.end]}
}

// sourceName is the canonical name of an attribution: the canonical value of
// a person or organisation inside it, else its own text.
func sourceName(a claims.Span, ms []claims.Mention) string {
	for _, m := range ms {
		if (m.Type == claims.TypePerson || m.Type == claims.TypeOrg) && m.Start >= a.Start && m.End <= a.End {
			if m.Value != "" {
				return m.Value
			}
			return m.Text
		}
	}
	return a.Text
}
