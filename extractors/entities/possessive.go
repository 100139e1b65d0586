package entities

import "sort"

// possessiveStems are the names of companies that are a possessive, without
// their "'s": "McDonald's", "Lowe's", "Moody's". The tokeniser splits the
// "'s" off and the tagger takes what is left for a person ("Macy"), or
// cuts the company short ("McDonald" said). Only names that stand for the
// company far more often than for a person's possession are listed;
// possessiveCompanies still asks the document which it is.
var possessiveStems = map[string]bool{
	"McDonald": true, "Lowe": true, "Macy": true, "Kohl": true, "Moody": true, "Dillard": true,
	"Sotheby": true, "Applebee": true, "Hardee": true, "Arby": true, "Chili": true, "Kellogg": true,
	"Sainsbury": true, "Kiehl": true, "Carrabba": true,
}

// companyAfterPossessive are the words that, right after "X's", say X's is
// a name, not X's possession of what follows: punctuation, a conjunction,
// a preposition or a verb ("Lowe's was lower", "at Macy's and Kohl's",
// "Moody's downgraded").
var companyAfterPossessive = map[string]bool{
	".": true, ",": true, ";": true, ":": true, "!": true, "?": true, ")": true, "”": true, "\"": true, "’": true,
	"and": true, "or": true, "in": true, "at": true, "on": true, "for": true, "with": true, "to": true,
	"from": true, "by": true, "said": true, "says": true, "is": true, "was": true, "has": true, "had": true,
	"will": true, "would": true, "reported": true, "reports": true, "posted": true, "announced": true,
	"plans": true, "cut": true, "cuts": true, "raised": true, "downgraded": true, "upgraded": true,
	"rated": true, "rates": true, "expects": true, "expected": true, "declined": true, "rose": true,
	"fell": true, "also": true,
}

// possessiveCompanies makes an organisation "X's" of each listed stem X
// (possessiveStems) followed by "'s" in a document that uses it as a
// company at least once (a word of companyAfterPossessive or a capitalised
// word after the "'s": "Moody's Investors Service") and never as a person
// (after a given name or a title, "Helmut Kohl's", or tagged a person
// alone, "Kohl said"). The names the tagger found over those tokens give
// way ("Rival Lowe" of "Rival Lowe's"), but one that goes on after the
// "'s" keeps its end ("Macy's Inc."). fs must be in token order; the result
// is too.
func (r *Recognizer) possessiveCompanies(fs []found, n int, tok func(int) string) []found {
	var company, person map[string]bool
	for i := 0; i+1 < n; i++ {
		w := tok(i)
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || !possessiveStems[w] {
			continue
		}
		if company == nil {
			company, person = map[string]bool{}, map[string]bool{}
		}
		if i > 0 && (personTitles[tok(i-1)] || r.m.gaz.Flags(tok(i-1))&(1<<GazFirst|1<<GazFirstTop) != 0 && caseClass(tok(i-1)) == caseTitle) {
			person[w] = true
			continue
		}
		if s := tok(i + 1); s == "'s" || s == "’s" {
			next := ""
			if i+2 < n {
				next = tok(i + 2)
			}
			if next == "" || companyAfterPossessive[next] || caseClass(next) == caseTitle {
				company[w] = true
			}
		}
	}
	if len(company) == 0 {
		return fs
	}
	for _, f := range fs {
		if f.typ == 0 && f.last-f.first == 1 && possessiveStems[tok(f.first)] && (f.last >= n || !possessive(tok(f.last))) {
			person[tok(f.first)] = true // "Kohl said"
		}
	}
	var add []found
	for i := 0; i+1 < n; i++ {
		w := tok(i)
		if !company[w] || person[w] {
			continue
		}
		if s := tok(i + 1); s != "'s" && s != "’s" {
			continue
		}
		add = append(add, found{first: i, last: i + 2, typ: 1})
	}
	if len(add) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		k := sort.Search(len(add), func(k int) bool { return add[k].last > f.first })
		if k < len(add) && add[k].first < f.last {
			if a := &add[k]; f.first >= a.first && f.last > a.last {
				a.last = f.last // "Macy's Inc."
			}
			continue
		}
		kept = append(kept, f)
	}
	fs = append(kept, add...)
	sort.Slice(fs, func(a, b int) bool { return fs[a].first < fs[b].first })
	return fs
}
