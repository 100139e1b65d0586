package entities

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestSplitTitles(t *testing.T) {
	tests := []struct {
		toks string
		typ  int
		want string // "type:tokens|..."
	}{
		{"Apple CEO Steve Jobs", 1, "1:Apple|0:Steve Jobs"},
		{"CEO Ralph Crosby", 1, "0:Ralph Crosby"},
		{"Ryanair CEO", 1, "1:Ryanair"},
		{"General Motors", 1, "1:General Motors"},
		{"Mr.", 0, ""},
		{"'' Detik.com", 1, "1:Detik.com"},
		{"Dreamliner ''", 3, "3:Dreamliner"},
		{"``", 3, ""},
		{"Dow Jones Industrial Average", 0, "3:Dow Jones Industrial Average"},
		{"Hudson River", 0, "2:Hudson River"},
		{"Award", 1, "1:Award"},
		{"Friedrich the Great was Lessing", 0, "0:Friedrich the Great|0:Lessing"},
		{"Bank of America", 1, "1:Bank of America"},
		{"Liberal Democrat MP", 1, "1:Liberal Democrat"},
		{"BJP MLA Raja Singh", 0, "1:BJP|0:Raja Singh"},
		{"MP Materials", 1, "1:MP Materials"},
		{"* Louisville Assembly of Louisville", 1, "1:Louisville Assembly of Louisville"},
		{"Kentucky * Michigan Truck Plant", 1, "1:Kentucky|1:Michigan Truck Plant"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		got := splitTitles(nil, found{first: 10, last: 10 + len(toks), typ: tc.typ}, toks, 10)
		var parts []string
		for _, f := range got {
			parts = append(parts, string(rune('0'+f.typ))+":"+strings.Join(toks[f.first-10:f.last-10], " "))
		}
		if s := strings.Join(parts, "|"); s != tc.want {
			t.Errorf("%q: got %q, want %q", tc.toks, s, tc.want)
		}
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Singapore Airlines", "SA"},
		{"Bank of America", "BA"},
		{"International Monetary Fund", "IMF"},
		{"iTunes Store", ""},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.name)
		got := acronym(func(i int) string { return toks[i] }, 0, len(toks), nil)
		if string(got) != tc.want {
			t.Errorf("%q: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestGazetteer(t *testing.T) {
	b := &GazetteerBuilder{}
	b.Add("New York", GazCity)
	b.Add("New York City", GazCityLarge)
	b.Add("York", GazCity)
	b.Add("US", GazCountry)
	g, err := ParseGazetteer(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	toks := strings.Fields("He left New York City for New Jersey and the US")
	tok := func(i int) string { return toks[i] }
	if n, f := g.MatchAt(tok, 2, len(toks)); n != 3 || f != 1<<GazCityLarge {
		t.Errorf("New York City: got %d tokens, flags %b", n, f)
	}
	if n, _ := g.MatchAt(tok, 6, len(toks)); n != 0 {
		t.Errorf("New Jersey matched %d tokens", n)
	}
	for _, c := range []struct {
		w    string
		want uint16
	}{
		{"YORK", 1 << GazCity}, {"York", 1 << GazCity}, {"US", 1 << GazCountry}, {"USA", 0},
		{"YORKS", 0}, {"york", 0},
	} {
		if got, _ := g.wordFlags(c.w, nil); got != c.want {
			t.Errorf("wordFlags(%q) = %b, want %b", c.w, got, c.want)
		}
	}
	if g.Flags("US") != 1<<GazCountry || g.Flags("us") != 0 || g.Flags("York") != 1<<GazCity {
		t.Errorf("flags: US %b us %b York %b", g.Flags("US"), g.Flags("us"), g.Flags("York"))
	}
	if _, err := ParseGazetteer([]byte("plain")); err == nil {
		t.Error("non-gzip gazetteer parsed")
	}
}

func TestCaseClassAndShape(t *testing.T) {
	tests := []struct {
		w     string
		cc    int
		shape string
	}{
		{"Lisbon", caseTitle, "Xx"},
		{"NATO", caseUpper, "X"},
		{"iPhone", caseMixed, "xXx"},
		{"McDonald", caseMixed, "XxXx"},
		{"1990", caseDigit, "d"},
		{"U.S.", caseUpper, "X.X."},
		{"Zürich", caseTitle, "Xx"},
		{",", casePunct, ","},
		{"bread", caseLower, "x"},
	}
	for _, tc := range tests {
		if got := caseClass(tc.w); got != tc.cc {
			t.Errorf("caseClass(%q) = %d, want %d", tc.w, got, tc.cc)
		}
		if got := string(shape(nil, tc.w)); got != tc.shape {
			t.Errorf("shape(%q) = %q, want %q", tc.w, got, tc.shape)
		}
	}
}

func TestViterbiRespectsBIO(t *testing.T) {
	// Emissions favour I-PERSON everywhere; the constraint forces a B first.
	n := 3
	em := make([]float32, n*nTags)
	for i := 0; i < n; i++ {
		em[i*nTags+tagIPer] = 5
		em[i*nTags+tagBPer] = 1
	}
	trans := make([]float32, (nTags+1)*nTags)
	out := make([]uint8, n)
	viterbi(em, n, trans, make([]uint8, n*nTags), out)
	if out[0] != tagBPer || out[1] != tagIPer || out[2] != tagIPer {
		t.Errorf("got %v, want B-PERSON I-PERSON I-PERSON", out)
	}
}

func TestOrgCue(t *testing.T) {
	tests := []struct {
		text        string
		first, last int
		want        bool
	}{
		{"the automaker Chrysler said", 2, 3, true},
		{"Ford 's chief executive", 0, 1, true},
		{"Ryanair CEO Michael O'Leary", 0, 1, true},
		{"Acme Widgets Inc. said", 0, 2, true},
		{"Ford 's North American losses", 0, 1, false},
		{"Mary Barra , 51 ,", 0, 2, false},
		{"met Chrysler", 1, 2, false},
		{"a majority stake in Chrysler", 4, 5, true},
		{"shares in HBOS fell", 2, 3, true},
		{"sales in Canada", 2, 3, false},
		{"sell to Huawei , the embattled Chinese tech company .", 2, 3, true},
		{"said Jeffrey Halley , a market analyst with the research firm OANDA", 1, 3, false},
		{"Alexander Nix , the company 's CEO , reached out", 0, 2, false},
		{"the fact-checking website Full Fact told", 3, 5, true},
		{"a Huawei spokesman said", 1, 2, true},
		{"New Media investor Leon Cooperman blasted", 3, 5, false},
		{"Clegg now works for Facebook .", 4, 5, true},
		{"Swift posted on Twitter accusing", 3, 4, true},
		{"the Twitter account was linked", 1, 2, true},
		{"he lives in Paris", 3, 4, false},
		{"raised by Smith , a property developer .", 2, 3, false},
		{"Jane Smith , a former regulator .", 0, 2, false},
		{"I joined Dropbox after college", 2, 3, true},
		{"used by developers at Dropbox .", 4, 5, true},
		{"tourists at Paris", 2, 3, false},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.text)
		tok := func(i int) string { return toks[i] }
		if got := orgCue(tok, len(toks), tc.first, tc.last) || weakOrgCue(tok, len(toks), tc.first, tc.last); got != tc.want {
			t.Errorf("%q [%d,%d): got %v, want %v", tc.text, tc.first, tc.last, got, tc.want)
		}
	}
}

func TestDocCues(t *testing.T) {
	sents := []string{
		"Chrysler said on Monday .",
		"Shares of Chrysler fell .",
		"Acme Widgets Inc. sued Mr. Smith .",
		"Smith said Acme was wrong .",
		"Mark my words , mark them .",
	}
	var toks []string
	var ss [][2]int
	for _, s := range sents {
		f := strings.Fields(s)
		ss = append(ss, [2]int{len(toks), len(toks) + len(f)})
		toks = append(toks, f...)
	}
	n := len(toks)
	cc := make([]uint8, n)
	for i, w := range toks {
		cc[i] = uint8(caseClass(w))
	}
	cues, multi := make([]uint8, n), make([]bool, n)
	var ds docCueScratch
	docCues(&ds, func(i int) string { return toks[i] }, cc, n, ss, cues, multi, nil)
	at := func(sent, k int) int { return ss[sent][0] + k }
	tests := []struct {
		name      string
		i         int
		bit       int
		want      bool
		wantMulti bool
	}{
		{"sentence-initial Chrysler is capitalised mid-sentence elsewhere", at(0, 0), dcCapMid, true, true},
		{"mid-sentence Chrysler: no other mid-sentence occurrence", at(1, 2), dcCapMid, false, true},
		{"Acme is before a legal form elsewhere", at(3, 2), dcOrgForm, true, true},
		{"Smith follows Mr. elsewhere", at(3, 0), dcPersonTitle, true, true},
		{"Mark is written in lower case elsewhere", at(4, 0), dcLower, true, true},
		{"Monday occurs once", at(0, 3), dcCapMid, false, false},
	}
	for _, tc := range tests {
		if got := cues[tc.i]&(1<<tc.bit) != 0; got != tc.want || multi[tc.i] != tc.wantMulti {
			t.Errorf("%s: bit %v multi %v, want %v %v", tc.name, got, multi[tc.i], tc.want, tc.wantMulti)
		}
	}
}

func TestSplitCoordinated(t *testing.T) {
	tests := []struct {
		text  string
		names [][2]int // token ranges found, first is the coordinated one
		want  string
	}{
		{"Boeing and Northrop Grumman bid . Boeing won", [][2]int{{0, 4}, {6, 7}}, "Boeing|Northrop Grumman|Boeing"},
		{"Procter and Gamble said", [][2]int{{0, 3}}, "Procter and Gamble"},
		// Two one-word names of no surname or place are two firms.
		{"Facebook and Twitter said", [][2]int{{0, 3}}, "Facebook|Twitter"},
		{"Microsoft or Intel will", [][2]int{{0, 3}}, "Microsoft|Intel"},
		{"Marks and Spencer said", [][2]int{{0, 3}}, "Marks and Spencer"},
		{"Dolce and Gabbana said", [][2]int{{0, 3}}, "Dolce and Gabbana"},
		{"Asparagus and Eggs [ 1 cup", [][2]int{{0, 3}}, "Asparagus and Eggs"},
		{"Happy and Healthy : tips", [][2]int{{0, 3}}, "Happy and Healthy"},
		// Two one-word names closing a list are two; two places before the
		// body that serves both are one name, though one stand alone.
		{"Lockheed Martin , Raytheon and Boeing won", [][2]int{{0, 2}, {3, 6}}, "Lockheed Martin|Raytheon|Boeing"},
		{"Avon and Somerset Police said . Somerset", [][2]int{{0, 4}, {6, 7}}, "Avon and Somerset Police|Somerset"},
		{"Bosnia and Herzegovina", [][2]int{{0, 3}}, "Bosnia and Herzegovina"},
		// A conjunct of two or more words splits without being seen alone,
		// unless "and" joins a complement or the whole ends in its kind.
		{"Ilocos Norte and Cagayan", [][2]int{{0, 4}}, "Ilocos Norte|Cagayan"},
		{"News Corporation and Fairfax bid", [][2]int{{0, 4}}, "News Corporation|Fairfax"},
		{"Securities and Exchange Commission", [][2]int{{0, 4}}, "Securities and Exchange Commission"},
		{"Human Rights and Democracy Act", [][2]int{{0, 5}}, "Human Rights and Democracy Act"},
		{"Committee on Intelligence and Security", [][2]int{{0, 5}}, "Committee on Intelligence and Security"},
		// Faiths by their form; dashes, but not a hyphen between two words.
		{"Catholicism and Judaism", [][2]int{{0, 3}}, "Catholicism|Judaism"},
		{"Handewit / Hanved Parish . Handewit", [][2]int{{0, 4}, {5, 6}}, "Handewit|Hanved Parish|Handewit"},
		{"Sunnybower or Sunny Bower", [][2]int{{0, 4}}, "Sunnybower|Sunny Bower"},
		{"Sabres and Linus Ullmark agreed", [][2]int{{0, 4}}, "Sabres|Linus Ullmark"},
		{"Enlightenment - Moses Mendelssohn . Moses Mendelssohn wrote", [][2]int{{0, 4}, {5, 7}}, "Enlightenment|Moses Mendelssohn|Moses Mendelssohn"},
		{"Wal - Mart . Wal", [][2]int{{0, 3}, {4, 5}}, "Wal - Mart|Wal"},
		{"United Arab Emirates — Dubai . Dubai", [][2]int{{0, 5}, {6, 7}}, "United Arab Emirates|Dubai|Dubai"},
	}
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.text)
		tok := func(i int) string { return toks[i] }
		var fs []found
		for _, n := range tc.names {
			fs = append(fs, found{first: n[0], last: n[1], typ: 1})
		}
		surface := func(f found) string { return strings.Join(toks[f.first:f.last], " ") }
		var got []string
		for _, f := range r.splitCoordinated(fs, surface, tok) {
			got = append(got, surface(f))
			if surface(f) == "United Arab Emirates" && f.typ != 2 {
				t.Errorf("%q: the country split off is type %d, want LOC", tc.text, f.typ)
			}
			if surface(f) == "Linus Ullmark" && f.typ != 0 {
				t.Errorf("%q: the person split off is type %d, want PERSON", tc.text, f.typ)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

func TestOrgBeforeCountry(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w, country string
		want       bool
	}{
		{"Air", "France", true},
		{"North", "Korea", false},
		{"South", "Africa", false},
		{"Air", "Paris", false},
		{"Faber-Castell", "USA", true},
		{"Mercedes-Benz", "USA", true},
		{"Faber-Castell", "Paris", false},
	}
	for _, tc := range tests {
		if got := r.orgBeforeCountry(tc.w, tc.country); got != tc.want {
			t.Errorf("%s %s: got %v, want %v", tc.w, tc.country, got, tc.want)
		}
	}
}

func TestQuotedTitles(t *testing.T) {
	tests := []struct {
		toks  string
		found string // "first-last:typ,..." names the tagger found
		want  string // "type:tokens|..." after the pass
	}{
		{`the band won for " The Kill " at the awards`, "", "3:The Kill"},
		{`a song called " Time to Wake Up . "`, "", "3:Time to Wake Up"},
		{`versions of " Buddha for Mary " and more`, "5-6:2", "3:Buddha for Mary"},
		{`the album " Was it a Dream ? " came out`, "", "3:Was it a Dream ?"},
		{`" I do n't think so , " said Jones`, "9-10:0", "0:Jones"},
		{`" It is done " he said`, "", ""},
		{`the newspaper " Le Monde " reported`, "3-5:1", "1:Le Monde"},
		{`" Hero " and " Jupiter "`, "", "3:Hero|3:Jupiter"},
		{`he said " no " to Smith`, "6-7:0", "0:Smith"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		fs := parseFound(t, tc.found)
		got := quotedTitles(fs, [][2]int{{0, len(toks)}}, func(i int) string { return toks[i] })
		var parts []string
		for _, f := range got {
			parts = append(parts, fmt.Sprintf("%d:%s", f.typ, strings.Join(toks[f.first:f.last], " ")))
		}
		if s := strings.Join(parts, "|"); s != tc.want {
			t.Errorf("%q: got %q, want %q", tc.toks, s, tc.want)
		}
	}
}

func TestLoneSurnames(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		toks  string
		found string // "first-last:typ,..."
		want  string // types of the names after the pass, in order
	}{
		// No full name, no title: a company.
		{"Chrysler will receive loans and Chrysler said", "0-1:0,5-6:0", "1,1"},
		// Part of a longer person's name in the document.
		{"Stephen Harper spoke . Harper said", "0-2:0,4-5:0", "0,0"},
		// After a title somewhere in the document.
		{"Mr. Nix left . Nix said", "1-2:0,4-5:0", "0,0"},
		// After a capitalised word: maybe a given name the tagger missed.
		{"Scooter Braun sold . Braun said", "1-2:0,4-5:0", "0,0"},
		// After a capitalised function word: still a company.
		{"If Chrysler fails . Chrysler said", "1-2:0,4-5:0", "1,1"},
		// What a person leads.
		{"the Obama administration said", "1-2:0", "0"},
		// After a place name: still a company.
		{"Michigan Chrysler plants . Chrysler said", "1-2:0,4-5:0", "1,1"},
		// A known given name.
		{"Joseph said", "0-1:0", "0"},
		// Linked to a full name (carries a value): left alone.
		{"Wolfowitz said", "0-1:0=Paul Wolfowitz", "0"},
		// Listed next to a person's full name.
		{"friends were Ludwig Tieck , Schelling , and others", "2-4:0,5-6:0", "0,0"},
		// Referred to as a person: "he", "his", ", who".
		{"Trump said he would cut taxes", "0-1:0", "0"},
		{"Merkel , who took office in 2005 , agreed", "0-1:0", "0"},
		{"Chrysler said it would cut jobs", "0-1:0", "1"},
		{"Chrysler hired Smith and he left", "0-1:0", "1"},
		// Not next to a month read as a name ("December GM and Chrysler").
		{"Since December GM and Chrysler received loans", "1-3:0,4-5:0", "0,1"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		fs := parseFound(t, tc.found)
		r.loneSurnames(fs, len(toks), func(i int) string { return toks[i] })
		if s := foundTypes(fs); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.toks, s, tc.want)
		}
	}
}

func TestMarketIndices(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		toks  string
		found string // "first-last:typ,..."
		want  string // types after the pass, in order
		spans string // spans after the pass, "first-last,...", when checked
	}{
		// "index" after the name; the lone first word follows.
		{"the FTSE 100 index fell . the FTSE rose", "1-3:1,7-8:1", "3,3", ""},
		// A move in points.
		{"the Dow Jones fell 300 points , Apple said", "1-3:0,8-9:1", "3,1", ""},
		// A place before "index" is the country's, whatever its length.
		{"the primary UK index rose", "2-3:2", "2", ""},
		{"United States stock indexes posted gains", "0-2:2", "2", ""},
		// Points without a move (a score) and a person: left alone.
		{"James scored 30 points", "0-1:0", "0", ""},
		{"Nasdaq Composite rose", "0-2:1", "3", ""},
		// A capitalised index noun right after the name joins it; the
		// name without it is the index too.
		{"Hong Kong 's Hang Seng Index fell . the Hang Seng rose", "0-2:2,3-5:1,9-11:1", "2,3,3", "0-2,3-6,9-11"},
		// An index noun before the name, directly or across "the" and a comma.
		{"the stock index FTSE 100 closed higher", "3-4:1", "3", ""},
		{"the primary UK index , the FTSE 100 , fell", "2-3:2,6-7:1", "2,3", ""},
		// A move in percent after "the" or a possessive; a company's
		// without the article is its shares'.
		{"The Nikkei dropped 9.62 %", "1-2:2", "3", ""},
		{"Germany 's DAX was up by 0.2 percent", "0-1:2,2-3:1", "2,3", ""},
		{"GM fell 3 % on Monday", "0-1:1", "1", ""},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		tok := func(i int) string { return toks[i] }
		fs := parseFound(t, tc.found)
		surface := func(f found) string { return strings.Join(toks[f.first:f.last], " ") }
		r.marketIndices(fs, [][2]int{{0, len(toks)}}, len(toks), tok, surface)
		if s := foundTypes(fs); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.toks, s, tc.want)
		}
		if tc.spans != "" {
			if got := foundSpans(fs); got != tc.spans {
				t.Errorf("%q: spans %s, want %s", tc.toks, got, tc.spans)
			}
		}
	}
}

func TestCamelProducts(t *testing.T) {
	tests := []struct {
		toks  string
		found string // "first-last:typ,..."
		want  string // types after the pass, in order
	}{
		{"the iPod sold and iTunes Music Store grew", "1-2:1,4-7:1", "3,3"},
		{"eBay Inc. said . eBay grew", "0-1:1,4-5:1", "1,1"},
		{"Apple said", "0-1:1", "1"},
		{"al-Qaeda said", "0-1:1", "1"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		tok := func(i int) string { return toks[i] }
		fs := parseFound(t, tc.found)
		surface := func(f found) string { return strings.Join(toks[f.first:f.last], " ") }
		camelProducts(fs, len(toks), tok, surface)
		if s := foundTypes(fs); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.toks, s, tc.want)
		}
	}
}

func TestDatelines(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		toks  string
		found string // "first-last:typ,..." the tagger found
		want  string // after the pass
	}{
		{"LONDON ( AP ) — Britain 's party", "0-1:3,2-3:1,5-6:2", "0-1:2,2-3:1,5-6:2"},
		{"PARIS — The minister said", "", "0-1:2"},
		{"LONDON BRIDGE ( AP ) fell", "0-2:2", "0-2:2"}, // part of a longer name
		{"NASA ( the agency ) said", "0-1:1", "0-1:1"},  // no place
		{"London ( AP ) — It rained", "0-1:2", "0-1:2"}, // not in capitals: the tagger's
		{"He said LONDON ( AP ) is", "", ""},            // not at the sentence start
		{"WASHINGTON , Jan. 5 ( Reuters )", "", "0-1:2"},
		// Places of two words or more in capitals, as the gazetteer lists them in title case.
		{"NEW DELHI ( Reuters ) - India 's court", "0-2:1,3-4:1,6-7:2", "0-2:2,3-4:1,6-7:2"},
		{"HONG KONG , March 4 ( Reuters )", "0-1:0", "0-2:2"},
		{"RIO DE JANEIRO ( AP ) — Brazil", "", "0-3:2"},
		{"NEW RULES ( AP ) — Brazil", "", ""}, // no place
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		fs := parseFound(t, tc.found)
		fs = r.datelines(fs, [][2]int{{0, len(toks)}}, func(i int) string { return toks[i] })
		var got []string
		for _, f := range fs {
			got = append(got, fmt.Sprintf("%d-%d:%d", f.first, f.last, f.typ))
		}
		if s := strings.Join(got, ","); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.toks, s, tc.want)
		}
	}
}

func TestMemberPlural(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"Goths", true}, {"Copts", true}, {"Saracens", true}, {"Christians", true},
		{"Conservatives", false}, {"Democrats", false}, // parties: organisations
		{"CEOs", false}, {"Goth", false}, {"Paris", false}, {"goths", false},
	}
	for _, tt := range tests {
		if got := r.memberPlural(tt.w); got != tt.want {
			t.Errorf("memberPlural(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// parseFound reads names as a test writes them: "first-last:typ,...", each
// optionally with "=value"; "" is none.
func parseFound(t *testing.T, spec string) []found {
	t.Helper()
	var fs []found
	for _, f := range strings.Split(spec, ",") {
		if f == "" {
			continue
		}
		val := ""
		if k := strings.IndexByte(f, '='); k >= 0 {
			f, val = f[:k], f[k+1:]
		}
		var a, b, typ int
		if _, err := fmt.Sscanf(f, "%d-%d:%d", &a, &b, &typ); err != nil {
			t.Fatalf("found spec %q: %v", f, err)
		}
		fs = append(fs, found{first: a, last: b, typ: typ, value: val})
	}
	return fs
}

// foundTypes writes the types of fs as "typ,typ,...".
func foundTypes(fs []found) string {
	types := make([]string, len(fs))
	for i, f := range fs {
		types[i] = fmt.Sprint(f.typ)
	}
	return strings.Join(types, ",")
}

// foundSpans writes the spans of fs as "first-last,...".
func foundSpans(fs []found) string {
	spans := make([]string, len(fs))
	for i, f := range fs {
		spans[i] = fmt.Sprintf("%d-%d", f.first, f.last)
	}
	return strings.Join(spans, ",")
}

func TestModelCode(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"A380", true}, {"A380s", true}, {"MP500", true}, {"F-150", true}, {"JH21", true},
		{"787", true}, {"737-800", true}, {"A380F", true},
		{"2008", false}, {"1999", false}, {"1885", false}, {"42", false}, {"G4", false}, {"USA", false},
		{"COVID-19", false}, {"737-", false}, {"", false}, {"iPod", false}, {"s", false},
	} {
		if got := modelCode(tc.w); got != tc.want {
			t.Errorf("modelCode(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestModelNames(t *testing.T) {
	tests := []struct {
		toks  string
		found string // "first-last:typ,..."
		want  string // types after the pass
		spans string // spans after the pass
	}{
		// A maker's name and its model are one MISC name; the model
		// alone elsewhere follows, plural or not.
		{"the Airbus A380 landed . two A380s flew", "1-2:1", "3,3", "1-3,6-7"},
		{"the Airbus A380 landed . two A380s flew", "1-2:1,6-7:1", "3,3", "1-3,6-7"},
		// A name that already ends in a code.
		{"the Datecs MP500 prints", "1-3:1", "3", "1-3"},
		// Places and numbered units keep their numbers; years are no models.
		{"off Highway 301 today", "1-2:2", "2", "1-2"},
		{"No. 120 Squadron", "0-1:1", "1", "0-1"},
		{"Adam Air Flight 574 crashed", "0-3:1", "1", "0-2"},
		// People's numbers are scores; roads keep theirs.
		{"Alex Bowman 2257 points", "0-2:0", "0", "0-2"},
		{"on W. County Road 600S today", "1-4:1", "1", "1-4"},
		{"Apple 2008 results", "0-1:1", "1", "0-1"},
		// A code is not taken from the next name.
		{"Boeing A380 flew", "0-1:1,1-2:3", "1,3", "0-1,1-2"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		tok := func(i int) string { return toks[i] }
		spaced := func(i int) bool { return i > 0 && toks[i-1] != "<tab>" }
		fs, _ := modelNames(parseFound(t, tc.found), len(toks), tok, spaced, make([]bool, len(toks)))
		if s := foundTypes(fs); s != tc.want {
			t.Errorf("%q: got %s, want %s", tc.toks, s, tc.want)
		}
		if got := foundSpans(fs); got != tc.spans {
			t.Errorf("%q: spans %s, want %s", tc.toks, got, tc.spans)
		}
	}
}

func TestProductCue(t *testing.T) {
	tests := []struct {
		toks        string
		first, last int
		maker       bool
		want        int32
	}{
		// A noun after: 1 (as often the maker's); before, or an appositive: 2.
		{"the MacBook Air laptops", 1, 3, false, 1},
		{"a Ford sedan", 1, 2, false, 1},
		{"the web browser Safari for", 3, 4, false, 2},
		{"Ford 's next model Falcon", 4, 5, false, 2},
		{"the 787 Dreamliner flew", 2, 3, false, 2},
		{"the A380 superjumbo", 1, 2, false, 1},
		{"the new A380 Superjumbo", 3, 4, false, 2},
		{"the song Sukiyaki sold", 2, 3, false, 2},
		// A bare number no maker's name carried is no model: an address, a year.
		{"at 340 Hay Street", 2, 4, false, 0},
		{"behind 2134 Caldwell Place", 2, 4, false, 0},
		{"In 1885 Hitzig became", 2, 3, false, 0},
		{"Mac OS X operating system", 0, 3, false, 1},
		{"Tiger , the newest version of Mac OS X", 0, 1, false, 2},
		// Maker nouns only when asked, and not as a modifier.
		{"Macintosh computers , Jobs said", 0, 1, true, 1},
		{"Macintosh computers , Jobs said", 0, 1, false, 0},
		{"another U.S. car maker", 1, 2, true, 0},
		// A model number after a determiner; an appositive after a product
		// noun; a factory's verb (make alone, as one makes the team, needs
		// a product noun too).
		{"its new 787 Dreamliner", 3, 4, false, 2},
		{"at 2134 Caldwell Place", 2, 4, false, 0},
		{"desktop operating system , Snow Leopard , and", 4, 6, false, 2},
		{"the tablet , Samsung said", 3, 4, false, 0},
		{"manufactures the Ford Explorer", 2, 4, false, 2},
		{"a beta version of FaceTime ,", 4, 5, false, 2},
		{"the newest version of Apple Computer 's Mac OS X", 4, 6, false, 0},
		{"makes the Ford Taurus sedan", 2, 4, false, 2},
		{"make the All-Conference Teams (", 2, 4, false, 1},
		// Nothing about products.
		{"Apple said on Monday", 0, 1, true, 0},
		{"Cisco , a networking company ,", 0, 1, false, 0},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		tok := func(i int) string { return toks[i] }
		if got := productCue(tok, len(toks), tc.first, tc.last, tc.maker, map[string]bool{"787": true}); got != tc.want {
			t.Errorf("%q [%d,%d) maker=%v: got %v, want %v", tc.toks, tc.first, tc.last, tc.maker, got, tc.want)
		}
	}
}

func TestPlaceCueBeforeAndIsm(t *testing.T) {
	for _, tc := range []struct {
		toks  string
		first int
		want  bool
	}{
		{"the nature park Kopački Rit", 3, true},
		{"the town of Aisby", 3, true},
		{"the river Thames", 2, true},
		{"the head of Apple", 3, false},
		{"met Smith", 1, false},
	} {
		toks := strings.Fields(tc.toks)
		if got := placeCueBefore(func(i int) string { return toks[i] }, tc.first); got != tc.want {
			t.Errorf("placeCueBefore(%q, %d) = %v, want %v", tc.toks, tc.first, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"Catholicism": true, "Marxisms": true, "Judaism": true, "prism": false, "Ism": false, "Bism": false, "Paris": false} {
		if got := ism(w); got != want {
			t.Errorf("ism(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTrimOpeners(t *testing.T) {
	tests := []struct {
		toks  string
		found string
		spans string
	}{
		{"Since Connecticut joined , sales rose", "0-2:0", "1-2"},
		{"December GM said . `` Since Apple Inc. said", "0-2:0,5-8:1", "1-2,6-8"},
		// Only at a sentence's start, and never the whole name.
		{"He said Since Connecticut", "2-4:0", "2-4"},
		{"Since said", "0-1:0", "0-1"},
		{"May Day began", "0-2:3", "0-2"},
		{"When I left , Smith said", "0-2:3,4-5:0", "4-5"},
		// A month heading a person's name anywhere; not a MISC name's.
		{"loans since December GM received", "2-4:0", "3-4"},
		{"fans of March Madness cheered", "2-4:3", "2-4"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		var sents [][2]int
		st := 0
		for i, w := range toks {
			if w == "." {
				sents = append(sents, [2]int{st, i + 1})
				st = i + 1
			}
		}
		if st < len(toks) {
			sents = append(sents, [2]int{st, len(toks)})
		}
		fs := parseFound(t, tc.found)
		fs = trimOpeners(fs, sents, func(i int) string { return toks[i] })
		if got := foundSpans(fs); got != tc.spans {
			t.Errorf("%q: spans %s, want %s", tc.toks, got, tc.spans)
		}
	}
}

func TestNounUse(t *testing.T) {
	for _, tc := range []struct {
		toks string
		i    int
		want bool
	}{
		{"across the Pacific .", 2, true},
		{"the Atlantic and the", 1, true},
		{"the Pacific coast", 1, false},
		{"a Jewish school", 1, false},
		{"Pacific", 0, false},
	} {
		toks := strings.Fields(tc.toks)
		if got := nounUse(func(i int) string { return toks[i] }, len(toks), tc.i); got != tc.want {
			t.Errorf("nounUse(%q, %d) = %v, want %v", tc.toks, tc.i, got, tc.want)
		}
	}
}

func TestNotNames(t *testing.T) {
	tests := []struct {
		toks  string
		found string
		want  string // spans kept
	}{
		{"Count Anton Faber had", "0-1:1,1-3:0", "1-3"},
		{"on Tuesdays and Fridays at noon", "1-4:1", ""},
		{"Acme LLC said", "1-2:1", ""},
		{"Fortune Brands L.P.", "2-3:2", ""},
		{"Monday Mornings Inc. said", "0-3:1", "0-3"},
		{"Queen Elizabeth said", "0-2:0", "0-2"},
		{"March Madness began", "0-2:3", "0-2"},
		{"Civilian Deputy Undersecretary of the Air Force", "0-3:1,5-7:1", "5-7"},
		{"Vice President Smith", "0-2:1", ""},
		{"the 35th most powerful woman", "1-2:1", ""},
		{"the 139th landed", "1-2:1", "1-2"},
		{"landed at 12:30 EST ( 16:30 UTC )", "2-4:1", ""},
		{"costs $ 99 ( USD ) to join", "4-5:1", ""},
		{"USD said", "0-1:1", "0-1"},
		{"a new SUV and a DVD", "2-3:1,5-6:2", ""},
		{"will air on PBS", "3-4:1", "3-4"},
		{"AFP said the AFP photographer", "0-1:1,3-4:1", "0-1,3-4"},
		{"has no CD / DVD drive", "4-5:1", ""},
		{"the ABC top brass", "1-2:1", "1-2"},
		{"the NATO summit", "1-2:1", "1-2"},
	}
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		fs := r.notNames(parseFound(t, tc.found), len(toks), func(i int) string { return toks[i] })
		if got := foundSpans(fs); got != tc.want {
			t.Errorf("%q: kept %s, want %s", tc.toks, got, tc.want)
		}
	}
}

func TestPersonParts(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		toks  string
		found string
		want  string // spans after the pass
	}{
		{"Count Anton Wolfgang von Faber-Castell had", "1-3:0,4-5:1", "1-5"},
		{"salon of Germaine de Staël . de Staël wrote", "2-3:0,7-8:0", "2-5,6-8"},
		{"under Friedrich the Great .", "1-2:0", "1-4"},
		// Not after a place or an organisation, nor before a lower-case word.
		{"Banco de Chile said", "0-1:1,2-3:2", "0-1,2-3"},
		{"Smith the great said", "0-1:0", "0-1"},
		// A particle joins only after a given name: German nouns are capitalised.
		{"Synchronisation von Patientendaten zwischen", "0-1:0", "0-1"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.toks)
		fs := r.personParts(parseFound(t, tc.found), len(toks), func(i int) string { return toks[i] })
		if got := foundSpans(fs); got != tc.want {
			t.Errorf("%q: spans %s, want %s", tc.toks, got, tc.want)
		}
	}
}

func TestCueNames(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		toks string // "|" marks a line break before the next token
		want string // names added, "first-last:typ"
	}{
		{"the fact-checking website Full Fact told", "3-5:1"},
		{"owned by talent manager Scooter Braun", "4-6:0"},
		{"the song Sukiyaki sold", "2-3:3"},
		// A heading's last word names nothing on the next line, nor an article.
		{"Storage model |The server stores data", ""},
		{"the model The Verge reviewed", ""},
	}
	for _, tc := range tests {
		var toks []string
		breaks := map[int]bool{}
		for _, w := range strings.Fields(tc.toks) {
			if strings.HasPrefix(w, "|") {
				breaks[len(toks)] = true
				w = w[1:]
			}
			toks = append(toks, w)
		}
		cc := make([]uint8, len(toks))
		for i, w := range toks {
			cc[i] = uint8(caseClass(w))
		}
		var fs []found
		r.cueNames(&fs, [][2]int{{0, len(toks)}}, make([]bool, len(toks)), cc,
			func(i int) string { return toks[i] }, func(i int) bool { return i > 0 && !breaks[i] })
		var got []string
		for _, f := range fs {
			got = append(got, fmt.Sprintf("%d-%d:%d", f.first, f.last, f.typ))
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("%q: added %q, want %q", tc.toks, g, tc.want)
		}
	}
}

func TestNumberWords(t *testing.T) {
	for _, tc := range []struct {
		w                     string
		roman, flight, number bool
		caps                  string
	}{
		{w: "IV", roman: true},
		{w: "XIV", roman: true},
		{w: "V", roman: true},
		{w: "I"},
		{w: "IIII"},
		{w: "574", flight: true},
		{w: "QZ8501", flight: true},
		{w: "35th", number: true},
		{w: "12:30", number: true},
		{w: "12:3a"},
		{w: "BoA", caps: "BA"},
		{w: "BofA"},
		{w: "IoT", caps: "IT"},
		{w: "Apple"},
	} {
		if got := romanNumeral(tc.w); got != tc.roman {
			t.Errorf("romanNumeral(%q) = %v", tc.w, got)
		}
		if got := flightNumber(tc.w); got != tc.flight {
			t.Errorf("flightNumber(%q) = %v", tc.w, got)
		}
		if got := numberWord(tc.w); got != tc.number {
			t.Errorf("numberWord(%q) = %v", tc.w, got)
		}
		want := tc.caps
		if want == "" {
			want = tc.w
		}
		if got := capitalsOf(tc.w); got != want {
			t.Errorf("capitalsOf(%q) = %q, want %q", tc.w, got, want)
		}
	}
	for w, want := range map[string]bool{"Detik.com": true, "Salon.com": true, "U.S.": false, "Inc.": false, "example.co.uk": true, "St.Louis": false} {
		if got := webDomain(w); got != want {
			t.Errorf("webDomain(%q) = %v", w, got)
		}
	}
}

func TestFlightAt(t *testing.T) {
	for _, tc := range []struct {
		toks string
		want int
	}{
		{"Adam Air Flight 574", 2},
		{"Adam Air Flight", 2},
		{"Flight Centre Travel", -1},
		{"Adam Air Flight 574 Memorial", -1},
	} {
		toks := strings.Fields(tc.toks)
		if got := flightAt(func(i int) string { return toks[i] }, 0, len(toks)); got != tc.want {
			t.Errorf("flightAt(%q) = %d, want %d", tc.toks, got, tc.want)
		}
	}
}

func TestTitleWords(t *testing.T) {
	for _, tc := range []struct {
		toks string
		want bool
	}{
		{"Phase 1 : Fortification", true},
		{"Capricorn ( A Brand New Name )", true},
		{"Capricorn ( A Brand", false},
		{": Fortification", false},
		{"Out of This World", true},
		{"we do not need them", false},
	} {
		toks := strings.Fields(tc.toks)
		if got := titleWords(func(i int) string { return toks[i] }, 0, len(toks)); got != tc.want {
			t.Errorf("titleWords(%q) = %v, want %v", tc.toks, got, tc.want)
		}
	}
}

func TestCommonTerms(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		toks, found, want string
	}{
		{"built in the Middle Ages by", "3-5:2", ""},
		{"offers Computer Aided Manufacturing ( CAM ) to", "1-4:1,5-6:1", ""},
		{"the Devil Rays beat the Yankees", "1-3:1,5-6:1", "1-3,5-6"},
		{"the journal Protein Science", "2-4:1", "2-4"},
		{"the Federal Reserve said", "1-3:1", "1-3"},
	} {
		toks := strings.Fields(tc.toks)
		fs, _ := r.commonTerms(parseFound(t, tc.found), len(toks), func(i int) string { return toks[i] }, nil)
		if got := foundSpans(fs); got != tc.want {
			t.Errorf("%q: kept %s, want %s", tc.toks, got, tc.want)
		}
	}
}

func TestIndexAt(t *testing.T) {
	for _, tc := range []struct {
		toks string
		i    int
		want int
	}{
		{"the CAC 40 rose", 1, 2},
		{"the CAC rose", 1, 0},
		{"the Nikkei 225 rose", 1, 2},
		{"the Nikkei rose", 1, 1},
		{"the S&P 500 rose", 1, 2},
		{"the S&P said", 1, 0},
		{"Dow Jones reported", 0, 0},
		{"the Dow Jones Industrial Average fell", 1, 4},
	} {
		toks := strings.Fields(tc.toks)
		if got := indexAt(func(i int) string { return toks[i] }, len(toks), tc.i); got != tc.want {
			t.Errorf("indexAt(%q, %d) = %d, want %d", tc.toks, tc.i, got, tc.want)
		}
	}
}

// TestCleanSpans: each case is the whole text tagged as one name; want is
// what is left of it ("" when it is dropped).
func TestCleanSpans(t *testing.T) {
	tests := []struct {
		text string // tokens separated by single spaces or line breaks
		typ  int
		want string
	}{
		{"I’m", 0, ""},
		{"I've", 3, ""},
		{"I’ll", 0, ""},
		{"Ian", 0, "Ian"},
		{"No", 3, ""},
		{"Okay", 0, ""},
		{"Noah", 0, "Noah"},
		{"Michiel B. de Jong\nIndieHosters\nEmail", 0, "Michiel B. de Jong"},
		{"4439\nOrigin :", 3, "4439"},
		{": Osas Osaro", 3, "Osas Osaro"},
		{"Access-Control-Allow-Origin :", 3, "Access-Control-Allow-Origin"},
		{"Elizabeth A. Burton : Possession", 0, "Elizabeth A. Burton"},
		{"Star Wars : The Last Jedi", 3, "Star Wars : The Last Jedi"}, // a title keeps its colon
		{":", 3, ""},
	}
	for _, tt := range tests {
		var toks []tokSpan
		for i := 0; i < len(tt.text); {
			j := i
			for j < len(tt.text) && tt.text[j] != ' ' && tt.text[j] != '\n' {
				j++
			}
			toks = append(toks, tokSpan{i, j})
			i = j + 1
		}
		got := cleanSpans([]found{{first: 0, last: len(toks), typ: tt.typ}}, tt.text, toks)
		s := ""
		if len(got) == 1 {
			s = tt.text[toks[got[0].first].start:toks[got[0].last-1].end]
		} else if len(got) > 1 {
			t.Fatalf("%q: %d spans", tt.text, len(got))
		}
		if s != tt.want {
			t.Errorf("%q (type %d): %q, want %q", tt.text, tt.typ, s, tt.want)
		}
	}
}

func TestLowerAcronyms(t *testing.T) {
	for _, c := range []struct {
		text string // tokens separated by spaces
		want string // the acronyms found, sorted, joined by "|"
	}{
		{"Binge eating disorder ( BED ) is common .", "BED"},
		{"sales of electric vehicles ( EVs ) rose", "EV"},
		{"weapons of mass destruction ( WMD ) were never found", "WMD"},
		{"buy an exchange-traded fund ( ETF ) now", "ETF"},
		{"the Securities and Exchange Commission ( SEC ) sued", ""},
		{"the World Health Organization ( WHO ) said", ""},
		{"said the company ( ABC ) on Monday", ""},
		{"( BED ) alone", ""},
	} {
		toks := strings.Fields(c.text)
		got := lowerAcronyms(func(i int) string { return toks[i] }, len(toks))
		var names []string
		for k := range got {
			names = append(names, k)
		}
		sort.Strings(names)
		if s := strings.Join(names, "|"); s != c.want {
			t.Errorf("lowerAcronyms(%q) = %q, want %q", c.text, s, c.want)
		}
	}
}

func TestCompanyCamel(t *testing.T) {
	for w, want := range map[string]bool{
		"JPMorgan": true, "BlackRock": true, "PayPal": true, "ExxonMobil": true, "FedEx": true,
		"McConnell": false, "MacArthur": false, "DeSantis": false, "LeBron": false, "O'Neill": false,
		"VanDyke": false, "Smith": false, "IBM": false, "iPhone": false, "DJ": false,
	} {
		if got := companyCamel(w); got != want {
			t.Errorf("companyCamel(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestListMembersInternal(t *testing.T) {
	tests := []struct {
		text  string
		names [][3]int // token ranges found and their types
		want  string   // the names added, "type:tokens|..."
	}{
		{"Apple , Google and Microsoft rose", [][3]int{{2, 3, 1}, {4, 5, 1}}, "1:Apple"},
		{"Boeing , Airbus , and Embraer fell", [][3]int{{0, 1, 1}, {2, 3, 1}}, "1:Embraer"},
		{"Boeing , Airbus and Radio Shack Stores fell", [][3]int{{0, 1, 1}, {2, 3, 1}}, "1:Radio Shack Stores"},
		{"He met Smith , Jones and Zorblax", [][3]int{{2, 3, 0}, {4, 5, 0}}, "0:Zorblax"},
		// A capitalised word next to a name found is the name's, no
		// member of its own: "Nick" found, "Jennings" not.
		{"Thanks to Nick Jennings , Ken Eucker and Julian Reschke", [][3]int{{2, 3, 0}, {5, 7, 0}, {8, 10, 0}}, ""},
		{"Boeing , Airbus and Embraer Zorblax Quux Corp fell", [][3]int{{0, 1, 1}, {2, 3, 1}}, ""},
		{"Boeing , Airbus and Embraer Corp fell", [][3]int{{0, 1, 1}, {2, 3, 1}, {5, 6, 1}}, ""},
		// Found names of two types, or one alone, say nothing of the rest.
		{"Paris , Boeing and Zorblax", [][3]int{{0, 1, 2}, {2, 3, 1}}, ""},
		{"Zorblax , Quuxcorp and Boeing", [][3]int{{4, 5, 1}}, ""},
		{"Boeing , Airbus and Embraer", [][3]int{{0, 1, 3}, {2, 3, 3}}, ""},
		// Words that are no names: a day, a pronoun, an opener, a title.
		{"It closed Monday , Boeing and Airbus said", [][3]int{{4, 5, 1}, {6, 7, 1}}, ""},
		{"Only Boeing , Airbus and I agreed", [][3]int{{1, 2, 1}, {3, 4, 1}}, ""},
		{"Meanwhile , Boeing , Airbus and Embraer fell", [][3]int{{2, 3, 1}, {4, 5, 1}}, "1:Embraer"},
		{"cards ( King , Queen , Knight , and Jack )", [][3]int{{6, 7, 0}, {9, 10, 0}}, ""},
	}
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.text)
		tok := func(i int) string { return toks[i] }
		var fs []found
		cover := make([]bool, len(toks))
		for _, n := range tc.names {
			fs = append(fs, found{first: n[0], last: n[1], typ: n[2]})
			for k := n[0]; k < n[1]; k++ {
				cover[k] = true
			}
		}
		before := len(fs)
		added := r.listMembers(&fs, [][2]int{{0, len(toks)}}, cover, tok)
		var got []string
		for _, f := range fs[before:] {
			got = append(got, fmt.Sprintf("%d:%s", f.typ, strings.Join(toks[f.first:f.last], " ")))
		}
		if g := strings.Join(got, "|"); g != tc.want || added != (g != "") {
			t.Errorf("%q: added %q (%v), want %q", tc.text, g, added, tc.want)
		}
	}
}
