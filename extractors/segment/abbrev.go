package segment

import "strings"

// abbrClass says how an abbreviation behaves before the next word.
type abbrClass uint8

const (
	abbrNone   abbrClass = iota
	abbrTitle            // precedes a name and never ends a sentence: Mr. Dr. Gen. Mt. e.g.
	abbrNumber           // precedes a number: No. 5, p. 55, Vol. 2; otherwise like abbrPost
	abbrPost             // may end a sentence: Inc. Co. Jr. Jan. Calif. U.S.
	abbrEtc              // ends a sentence whenever a capital follows: etc.
)

// abbreviations maps an abbreviation (without its final period) to its
// class. Entries are matched exactly, then with the first letter folded to
// upper case ("co" finds "Co"), except entries listed as lower case, which
// must match exactly.
var abbreviations = func() map[string]abbrClass {
	m := map[string]abbrClass{}
	add := func(c abbrClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = c
		}
	}
	add(abbrTitle, `Mr Mrs Ms Messrs Mmes Mme Mlle Dr Drs Prof Profs Rev Revd Hon Fr Msgr
		Gen Lt Col Maj Capt Cmdr Cdr Cmdt Adm Sgt Cpl Pvt Pfc Brig Gov Govs Sen Sens Rep Reps Pres Supt
		Insp Det Atty Amb Treas Rt Ste Mt Mts Ft Sra Srta Lieut Comdr Ald Assoc Asst
		Dist Univ Wm Chas Thos Jos Geo Jas Benj Robt
		e.g i.e cf viz vs v ca c approx appt apt esp incl`)
	add(abbrNumber, `No Nos Nr Vol Vols Fig Figs Art Arts Ch Chap Sec Secs Ex Tel Pp pp p pg eds
		nos nr vol vols fig figs ch chap ref refs para N° Nº n° nº`)
	add(abbrPost, `Inc Ltd Co Corp Cos Plc Pty Bros Jr Sr Esq LLC Intl Natl Assn Cie Mfg
		St Dept Sta Pk Rd Hwy Ave Blvd Ln Pl Sq Cres Terr Ph.D M.D B.A M.A B.Sc M.Sc
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Tues Wed Thurs Thur Fri
		Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
		Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Vt Va Wash Wis Wisc Wyo Ont Que Alta Sask Man
		a.m p.m A.M P.M hr hrs min mins sec secs mo mos yr yrs wk wks oz lb lbs ft sq mi km kg cm mm
		al pl sing gal qt div govt int'l intl natl
		dept depts est corp co inc ltd bros jr sr`)
	add(abbrEtc, `etc Etc`)
	return m
}()

// needsNumber lists abbreviations that are also ordinary words ("No.",
// "Art.") and so take their period only before a number.
var needsNumber = map[string]bool{"No": true, "Nos": true, "Art": true, "Arts": true, "Ex": true, "Sec": true,
	"Secs": true, "Tel": true, "Ch": true, "Nr": true, "nos": true, "nr": true, "ch": true, "para": true}

// lowerOnly lists abbreviations that are ordinary words when capitalised
// differently and so must match exactly.
var lowerOnly = map[string]bool{"no": true, "art": true, "ex": true, "sec": true, "min": true, "fig": true, "op": true, "pt": true}

// abbrevClass returns the class of the abbreviation w (without its period).
func abbrevClass(w string) abbrClass {
	if c, ok := abbreviations[w]; ok {
		return c
	}
	if len(w) >= 2 && isUpperA(w[0]) && !isUpperA(w[1]) {
		lw := string(w[0]|0x20) + w[1:]
		if !lowerOnly[lw] {
			return abbreviations[lw]
		}
	}
	return abbrNone
}

// isAbbrev reports whether the word text[start:j] followed by a period at
// j is an abbreviation that takes the period.
func isAbbrev(text string, start, j int) bool {
	w := text[start:j]
	c := abbrevClass(w)
	if c == abbrNone {
		return false
	}
	if needsNumber[w] {
		k := j + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		return k < len(text) && (isDigit(text[k]) || text[k] == '#')
	}
	return true
}

// starters are capitalised words that begin sentences far more often than
// they continue names: after an ambiguous abbreviation ("U.S.", "Co.") one
// of them means a new sentence.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`I He She It We They You This That These Those There Here His Her Its Our
		Their My Your The A An Some Many Most All Each Every No Any Both Such Another Other Few Several
		But And Or So Yet Nor However Meanwhile Still Also Then Now Thus Hence Instead Indeed Moreover
		Furthermore Nevertheless Nonetheless Although Though While When Where Why How What Who Whom Whose
		Which If As After Before Since Because Until Unless Once In On At For From With Without By Of To
		Under Over During Despite Among According Last Next Earlier Later Yesterday Today Tomorrow Tonight
		Not Only Even Just Is Are Was Were Do Does Did Has Have Had Will Would Can Could Should May Might
		Must Let Please Yes Asked Still Yet Often Sometimes Perhaps Maybe Overall Finally First Second
		Third Officials Police Authorities Analysts Critics Experts Others People One Two Three Four Five
		Six Seven Eight Nine Ten Its Into About Around Through Against Between Following Given Like Unlike
		Besides Otherwise Similarly Likewise Again Already Soon Recently Currently Previously Initially
		Eventually Ultimately Apparently Clearly Obviously Unfortunately Fortunately Interestingly
		Separately Additionally Specifically Generally Usually Typically Why Whether Whatever However`) {
		m[w] = true
	}
	return m
}()

// continuers are lower-case words after which a line break does not end a
// headline: the line was wrapped mid-phrase.
var continuers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an of and or but nor to in on at for with by from as that than
		into onto over about after before under between against his her their its our your my this these
		those is are was were be been being has have had will would can could should may might must said
		says say told tell who whom whose which what when where while if so not no very more most less
		also then both either neither each every some any all such per via including like among during
		since until unless upon within without across along around through toward towards amid`) {
		m[w] = true
	}
	return m
}()
