package entities

// nameAdjectives appends to *fs, as MISC, the adjectives made from names
// and the members of peoples and faiths that the tagger left untagged
// ("Jewish", "Prussian", "Latin", "Christians"): a capitalised word that
// WordNet lists as such an adjective (see NameAdjectiveEntry) or member
// (GazWNMember, or its plural), not a party's ("Republican" may be the
// party), and that is rarely written in lower case, neither
// opening its sentence (where any word is capitalised) nor followed by a
// capitalised word (then it starts a name the tagger missed: "Latin
// America"). cover marks the tokens already in a name and is updated;
// sents are the sentences' token ranges. It reports whether it added any.
func (r *Recognizer) nameAdjectives(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		start := se[0]
		if start < se[1] && isQuote(tok(start)) {
			start++
		}
		for i := start + 1; i < se[1]; i++ {
			if cover[i] {
				continue
			}
			w := tok(i)
			if caseClass(w) != caseTitle || !r.nameLike(w) || partyMembers[w] ||
				r.m.nounClasses[w] != NameAdjectiveEntry && r.m.gaz.Flags(w)&(1<<GazWNMember) == 0 && !r.memberPlural(w) {
				continue
			}
			if i+1 < se[1] && isCap(uint8(caseClass(tok(i+1)))) {
				continue
			}
			*fs = append(*fs, found{first: i, last: i + 1, typ: 3})
			cover[i] = true
			added = true
		}
	}
	return added
}
