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

// personRoles are lower-case nouns for what a person does that, right
// before a name, say it is a person's ("talent manager Scooter Braun").
var personRoles = map[string]bool{
	"manager": true, "actor": true, "actress": true, "singer": true, "rapper": true,
	"musician": true, "songwriter": true, "player": true, "coach": true, "lawyer": true,
	"attorney": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"analyst": true, "economist": true, "director": true, "producer": true, "founder": true,
	"chairman": true, "chairwoman": true, "executive": true, "author": true, "writer": true,
	"journalist": true, "reporter": true, "photographer": true, "artist": true, "comedian": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "quarterback": true,
	"entrepreneur": true, "billionaire": true, "activist": true, "scientist": true,
	"professor": true, "historian": true, "novelist": true, "poet": true, "designer": true,
}

// cueNames appends to *fs the names the tagger left untagged right after a
// noun that says what they are: an organisation ("the fact-checking
// website Full Fact"), a product or work ("the song Sukiyaki"), a place
// ("the town of Aisby") or a person ("talent manager Scooter Braun"). A
// name is a run of up to four capitalised words, not opening its sentence,
// that are no pronoun, month or weekday (after such a noun a capitalised
// word is a name even when it is a common word: "Full Fact"). cover
// marks the tokens already in a name and is updated; sents are the
// sentences' token ranges. It reports whether it added any.
func (r *Recognizer) cueNames(fs *[]found, sents [][2]int, cover []bool, tok func(int) string) bool {
	added := false
	for _, se := range sents {
		for i := se[0] + 1; i < se[1]; i++ {
			if cover[i] || caseClass(tok(i)) != caseTitle && caseClass(tok(i)) != caseMixed {
				continue
			}
			c := tok(i - 1)
			typ := -1
			switch {
			case orgCueBefore[c] || orgHeads[c]:
				typ = 1
			case productNouns[c] && c != "OS" || workNouns[c]:
				typ = 3
			case placeNouns[c] || c == "of" && i-2 >= se[0] && placeNouns[tok(i-2)]:
				typ = 2
			case personRoles[c]:
				typ = 0
			}
			if typ < 0 {
				continue
			}
			j := i
			for j < se[1] && j-i < 4 && !cover[j] && (caseClass(tok(j)) == caseTitle || caseClass(tok(j)) == caseMixed) &&
				!pronouns[tok(j)] && !sentenceOpeners[tok(j)] && r.m.nounClasses[tok(j)] != NameAdjectiveEntry {
				j++
			}
			if j == i {
				continue
			}
			if j < se[1] && cover[j] {
				// The name goes on into one the tagger found: "Scooter" +
				// "Braun".
				joined := false
				for x := range *fs {
					if f := &(*fs)[x]; f.first == j {
						f.first, f.typ, f.value = i, typ, ""
						joined = true
						break
					}
				}
				if joined {
					for k := i; k < j; k++ {
						cover[k] = true
					}
					added = true
					continue
				}
			}
			*fs = append(*fs, found{first: i, last: j, typ: typ})
			for k := i; k < j; k++ {
				cover[k] = true
			}
			added = true
			i = j
		}
	}
	return added
}
