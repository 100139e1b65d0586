package entities

import (
	"sort"
	"strings"
)

// stockIndices are the names of the most quoted stock-market indices, as
// the segmenter splits them into tokens. Market reports name them as the
// subject of moves ("the DAX was up 0.2 %"); the tagger, which saw few of
// them in training, reads them as companies ("DAX") or people ("Dow
// Jones"). Names that are as often a company's or an exchange's ("Dow
// Jones", "Nasdaq", "S&P", "RTS") are left to marketIndices, which needs a
// cue; here they count only with the index's number ("S&P 500").
var stockIndices = func() map[string][][]string {
	m := map[string][][]string{}
	for _, name := range []string{
		"DAX", "CAC 40", "Nikkei", "Nikkei 225", "Hang Seng", "FTSE", "FTSE 100", "FTSE 250", "FTSE MIB",
		"Kospi", "KOSPI", "Sensex", "Nifty", "Nifty 50", "All Ordinaries", "ASX 200", "Straits Times Index",
		"Euro Stoxx 50", "Stoxx 600", "Stoxx Europe 600", "Bovespa", "Topix", "TOPIX", "Taiex", "TAIEX",
		"IBEX 35", "Ibex 35", "Shanghai Composite", "Shenzhen Component", "Jakarta Composite",
		"S&P 500", "Dow Jones Industrial Average", "Nasdaq Composite", "Nasdaq 100", "Russell 2000",
		"MSCI World", "Merval", "Wilshire 5000",
	} {
		toks := strings.Fields(name)
		m[toks[0]] = append(m[toks[0]], toks)
	}
	return m
}()

// indexAt returns the number of tokens of the longest stock index name
// (stockIndices) that starts at token i of n, 0 when none does.
func indexAt(tok func(int) string, n, i int) int {
	best := 0
	for _, name := range stockIndices[tok(i)] {
		k := 0
		for k < len(name) && i+k < n && tok(i+k) == name[k] {
			k++
		}
		if k == len(name) && k > best {
			best = k
		}
	}
	return best
}

// knownIndices makes MISC the names of stock indices (stockIndices) the
// tagger found, stretched to the whole index name ("CAC" before "40"), and
// adds those it left untagged ("the S&P 500 gained"). cover marks the
// tokens already in a name; n is the document's length in tokens. fs must
// be in token order; the result is too.
func knownIndices(fs []found, cover []bool, n int, tok func(int) string) []found {
	var add []found
	for i := range fs {
		f := &fs[i]
		if k := indexAt(tok, n, f.first); k > 0 && f.first+k >= f.last {
			next := n
			if i+1 < len(fs) {
				next = fs[i+1].first
			}
			if f.first+k <= next {
				for x := f.last; x < f.first+k; x++ {
					cover[x] = true
				}
				f.last, f.typ, f.value = f.first+k, 3, ""
			}
		}
	}
	for i := 0; i < n; i++ {
		if cover[i] {
			continue
		}
		k := indexAt(tok, n, i)
		if k == 0 {
			continue
		}
		free := true
		for x := i; x < i+k; x++ {
			free = free && !cover[x]
		}
		if !free {
			continue
		}
		add = append(add, found{first: i, last: i + k, typ: 3})
		for x := i; x < i+k; x++ {
			cover[x] = true
		}
		i += k - 1
	}
	if len(add) == 0 {
		return fs
	}
	fs = append(fs, add...)
	sort.Slice(fs, func(a, b int) bool { return fs[a].first < fs[b].first })
	return fs
}
