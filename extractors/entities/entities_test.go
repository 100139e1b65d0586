package entities_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/entities"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

func load(t testing.TB) *entities.Recognizer {
	t.Helper()
	r, err := entities.Load()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func recognize(t testing.TB, r *entities.Recognizer, text string) []claims.Mention {
	t.Helper()
	ms := r.Recognize(segment.Split(text))
	for _, m := range ms {
		if err := claims.CheckSpan(text, m.Start, m.End, m.Text); err != nil {
			t.Errorf("%s %q: %v", m.Type, m.Text, err)
		}
		if !m.IsEntity() {
			t.Errorf("mention %q has non-entity type %q", m.Text, m.Type)
		}
	}
	return ms
}

func TestRecognize(t *testing.T) {
	r := load(t)
	type want struct{ text, typ, value string }
	tests := []struct {
		name string
		text string
		want []want // must be among the mentions (others may be there too)
		not  []string
	}{
		{
			name: "a hyphenated first name and a surname name a person",
			text: "Columbus beat Montreal as Pierre-Luc Dubois had two goals. The goal was scored by Jean-Gabriel Pageau in the second period. Shares of Rolls-Royce fell.",
			want: []want{{"Pierre-Luc Dubois", "PERSON", ""}, {"Jean-Gabriel Pageau", "PERSON", ""}},
		},
		{
			name: "an unknown first word of a sentence joins the person's name after it that lacks a given name",
			text: "The minister spoke on Monday. Jusman Syafii Djamal, minister of transport for Indonesia, said so.\nMr. Trump...\nI'd like to respond to that. " +
				"I know about you in theory, but that's it. Maybe All Might has a history with you.",
			want: []want{{"Jusman Syafii Djamal", "PERSON", ""}},
			not:  []string{"Syafii Djamal", "Mr. Trump...", "Mr. Trump", "Maybe All Might"},
		},
		{
			name: "a given name the tagger starts anew joins the name after it, across a space only",
			text: "His doctor spoke to Dr. Owen John Dempsey, a consultant chest physician. Dempsey said so. The fans cheered Owen, John Smith and Ann.",
			want: []want{{"Owen John Dempsey", "PERSON", ""}, {"John Smith", "PERSON", ""}},
			not:  []string{"John Dempsey", "Owen, John Smith"},
		},
		{
			name: "a given name and a surname alone are a person, whatever the tagger read from the words around",
			text: "Patton was beaten out by Wichita Heights' Aidan Gantenbein for first place. She admired the cubist art of Pablo Picasso, the fashions of Coco Chanel and the film with Casey Affleck, covered in a sheet. Aero Gare was a kitplane manufacturer. We won Tony Moly cosmetics. Amazon's Echo Buds sold well. He loved Art Deco and the Davis Cup.",
			want: []want{{"Aidan Gantenbein", "PERSON", ""}, {"Pablo Picasso", "PERSON", ""}, {"Coco Chanel", "PERSON", ""}, {"Casey Affleck", "PERSON", ""}},
			not:  []string{"PERSON:Aero Gare", "PERSON:Tony Moly", "PERSON:Echo Buds", "PERSON:Art Deco", "PERSON:Davis Cup"},
		},
		{
			name: "a family name written first stands for the person alone",
			text: "Chinese President Xi Jinping warned the protesters. The orders came from Xi on Monday. Health official Li Jifeng spoke later. Li explained that the cases were rare.",
			want: []want{{"Xi", "PERSON", "Xi Jinping"}, {"Li", "PERSON", "Li Jifeng"}},
		},
		{
			name: "a tie with a company's cue among the votes goes to the company",
			text: "Mr. Trump saw the request to investigate Ukrainian energy company Burisma as tantamount to investigating Biden, Volker said. He saw the investigations into Burisma and into Biden as separate. Ukraine needed to investigate Burisma and the Bidens.",
			want: []want{{"Burisma", "ORG", ""}},
			not:  []string{"LOC:Burisma"},
		},
		{
			name: "a given name alone stands for the one person of the story who bears it",
			text: "The actor James Van Der Beek said on Monday that he would dance. “Can I give it to James?” Brooke Shields asked. John Smith and John Doe met Gordon Sondland. John said Gordon was late.",
			want: []want{{"James", "PERSON", "James Van Der Beek"}, {"Gordon", "PERSON", "Gordon Sondland"}},
			not:  []string{"John=John Smith", "John=John Doe"},
		},
		{
			name: "what shares are of is a company, though a town bears its name",
			text: "Shares of Toyota and Honda fell in Tokyo on Monday after the yen rose against the dollar.",
			want: []want{{"Toyota", "ORG", ""}, {"Honda", "ORG", ""}, {"Tokyo", "LOC", ""}},
		},
		{
			name: "a house is a place, brothers a company",
			text: "The White House said the Federal Reserve refused to bail out Lehman Brothers, forcing the company to file.",
			want: []want{{"White House", "LOC", ""}, {"Lehman Brothers", "ORG", ""}},
		},
		{
			name: "a title word the tagger left out leaves the name, with no one named after it too",
			text: "The White House has said that it is considering help . `` We will not stand by , '' said Dana Perino , the White House Press Secretary .",
			want: []want{{"White House", "LOC", ""}, {"Dana Perino", "PERSON", ""}},
			not:  []string{"White House Press"},
		},
		{
			name: "a name before its staff's title of two or three words is their employer, as before spokesman",
			text: "“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham. " +
				"Mick Mulvaney, the White House chief of staff, agreed.",
			want: []want{{"White House", "ORG", ""}, {"Stephanie Grisham", "PERSON", ""}},
			not:  []string{"LOC:White House"},
		},
		{
			name: "a Roman numeral after a name makes a model",
			text: "Lockheed Martin's Atlas V and Boeing 's Delta IV are the two rockets.",
			want: []want{{"Atlas V", "MISC", ""}, {"Delta IV", "MISC", ""}},
		},
		{
			name: "an airline keeps its name before its flight",
			text: "This year saw the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200.",
			want: []want{{"Adam Air", "ORG", ""}},
		},
		{
			name: "editions and product lines",
			text: "The new MacBook line includes the Macbook and Macbook Pro. Apple will bring it back to the Mac, and to the Mac OS X operating system. " +
				"Apple also demonstrated its new desktop operating system, Snow Leopard, and the plant in Louisville manufactures the Ford Explorer.",
			want: []want{{"Macbook", "MISC", ""}, {"Macbook Pro", "MISC", ""}, {"Mac", "MISC", ""}, {"Snow Leopard", "MISC", ""}, {"Ford Explorer", "MISC", ""}},
		},
		{
			name: "works followed by their year",
			text: "He appeared in films starting with Hollywood Canteen (1944), then Diamond Horseshoe (1945) and Out of This World (1945).",
			want: []want{{"Hollywood Canteen", "MISC", ""}, {"Diamond Horseshoe", "MISC", ""}, {"Out of This World", "MISC", ""}},
		},
		{
			name: "titles, descriptions and terms are not names",
			text: "The pencil is bound to its sleeve. Descendant Eberhard Faber V was a founding member of the band. " +
				"Boeing had hired Civilian Deputy Undersecretary of the Air Force Darleen Druyun. The town was built in the Middle Ages.",
			want: []want{{"Eberhard Faber V", "PERSON", ""}},
			not:  []string{"Descendant Eberhard Faber V", "Civilian Deputy Undersecretary", "Middle Ages"},
		},
		{
			name: "an office alone is no name",
			text: "The Treasurer said the budget would be in surplus by 2020. A copy will go to the Ombudsman (or the auditor) within 30 days.",
			not:  []string{"Treasurer", "Ombudsman"},
		},
		{
			name: "a kind of place before of, a quoted title with a colon",
			text: "The council governs the City of Brampton, Ontario. Among these tracks are \"Phase 1: Fortification\" and \"Valhalla\".",
			want: []want{{"City of Brampton", "LOC", ""}, {"Phase 1: Fortification", "MISC", ""}},
		},
		{
			name: "unknown plurals listed with a people",
			text: "The Agotes or Cagots were a discriminated minority in France. They have been known by other names: Cagots, Gahets, Gafets in France; " +
				"and Cacons, Cahets, Caqueux and Caquins in Brittany.",
			want: []want{{"Gahets", "MISC", ""}, {"Gafets", "MISC", ""}, {"Caqueux", "MISC", ""}, {"Caquins", "MISC", ""}},
		},
		{
			name: "a spaced hyphen, a news site, a mixed-case acronym",
			text: "Apple's music service in February passed Wal - Mart to become the No. 1 music seller. \"We do not need them,\" Detik.com quoted Djamal as saying. " +
				"Lehman filed for bankruptcy after Bank of America (BoA) and Barclays pulled out.",
			want: []want{{"Wal - Mart", "ORG", ""}, {"Detik.com", "ORG", ""}, {"BoA", "ORG", "Bank of America"}},
		},
		{
			name: "wars the tagger missed, a company an appositive describes",
			text: "Spain allied with France during the Seven Years ' War against Great Britain. The World War Two defences were built around the village. " +
				"It was taken over in 1978 by Staedtler, a stationery company with global presence.",
			want: []want{{"Seven Years ' War", "MISC", ""}, {"World War Two", "MISC", ""}, {"Staedtler", "ORG", ""}},
		},
		{
			name: "names listed after companies are companies, those the tagger missed too",
			text: "NASA said the five companies — Blue Origin, Ceres Robotics, Sierra Nevada Corporation (SNC), SpaceX and Tyvak Nano-Satellite Systems — had been selected. " +
				"They join the nine CLPS companies selected nearly a year ago: Astrobotic, Deep Space Systems, Draper, Firefly Aerospace, Lockheed Martin and OrbitBeyond.",
			want: []want{{"SpaceX", "ORG", ""}, {"Astrobotic", "ORG", ""}, {"Draper", "ORG", ""}, {"Lockheed Martin", "ORG", ""}},
		},
		{
			name: "an untagged county before a title or a noun is a place, and People's opens the name after it",
			text: "The boy was shot. Seminole County Sheriff Don Eslinger said the boy was armed. Cook County prosecutors charged him. " +
				"The video was shot in its entirety in the People's Republic of China. Vanity Fair and People's Jane Doe reported the story.",
			want: []want{{"Seminole County", "LOC", ""}, {"Don Eslinger", "PERSON", ""}, {"Cook County", "LOC", ""}, {"People's Republic of China", "LOC", ""},
				{"Jane Doe", "PERSON", ""}},
			not: []string{"People's Jane Doe"},
		},
		{
			name: "whose quoted work it is names a person or a company, no place",
			text: "In 2007, the band also recorded a cover of Kanye West's \"Stronger\" for the radio.",
			want: []want{{"Kanye West", "PERSON", ""}},
		},
		{
			name: "what the text defines as a suburb or a village is a place, though it reads as a person's name",
			text: "Bank Hey is a suburb of Blackburn, Lancashire. The town centre is two miles from Bank Hey.",
			want: []want{{"Bank Hey", "LOC", ""}, {"Blackburn", "LOC", ""}},
		},
		{
			name: "a side after the and an article opening the sentence, and a score is no part of a name",
			text: "The Yankees beat the Red Sox 5-3 on Sunday. Fans of the Boston Red Sox 5-3 win cheered.",
			want: []want{{"Yankees", "ORG", ""}, {"Red Sox", "ORG", ""}},
			not:  []string{"Red Sox 5", "The Yankees", "Boston Red Sox 5"},
		},
		{
			name: "a team named with the that won or lost by a score is a club",
			text: "He pitched one inning, but the Pirates lost 10-7. The Lakers lost to the Celtics 110-98.",
			want: []want{{"Pirates", "ORG", ""}, {"Lakers", "ORG", ""}, {"Celtics", "ORG", ""}},
		},
		{
			name: "a national side named as its people or its country is no club",
			text: "The Americans lost 2-1 to the Dutch. The Swiss beat the French 3-1. The United States lost 2-1 to Mexico. " +
				"Mexico beat the Czech Republic 2-0.",
			want: []want{{"Americans", "MISC", ""}, {"Dutch", "MISC", ""}, {"Swiss", "MISC", ""}, {"French", "MISC", ""},
				{"United States", "LOC", ""}, {"Czech Republic", "LOC", ""}, {"Mexico", "LOC", ""}},
			not: []string{"ORG:Americans", "ORG:Dutch", "ORG:Swiss", "ORG:French", "ORG:United States", "ORG:Czech Republic"},
		},
		{
			name: "a company's kind inside a name read as a person's makes it a company's",
			text: "Warner Bros. Discovery said it would cut jobs.",
			want: []want{{"Warner Bros. Discovery", "ORG", ""}},
		},
		{
			name: "an untagged name after the that ends in a body's kind is an organisation, not before a noun it modifies, nor a center",
			text: "The Financial Conduct Authority fined Barclays on Monday. The scouts were linked to the Direct Service branch of the movement. " +
				"He visited the World Trade Center.",
			want: []want{{"Financial Conduct Authority", "ORG", ""}},
			not:  []string{"Direct Service", "ORG:World Trade Center"},
		},
		{
			name: "a broadcaster's station number ends its name",
			text: "He told BBC Radio 4's Today programme that it was wrong. She spoke to BBC Radio 1 on Friday.",
			want: []want{{"BBC Radio 4", "ORG", ""}, {"BBC Radio 1", "ORG", ""}},
		},
		{
			name: "a body named by its kind joins the country it serves after of, a company does not",
			text: "The Express is operated by the State Railway of Thailand. Leaders of the Communist Party of China met. " +
				"The tank was built for the Standard Oil Company of New York in 1920.",
			want: []want{{"State Railway of Thailand", "ORG", ""}, {"Communist Party of China", "ORG", ""}, {"New York", "LOC", ""}},
			not:  []string{"State Railway", "Standard Oil Company of New York"},
		},
		{
			name: "a place by its head and an unknown word joined by and are two places",
			text: "The revolt spread to the farthest north of Ilocos Norte and Cagayan, where anti-Spanish sentiments festered.",
			want: []want{{"Ilocos Norte", "LOC", ""}, {"Cagayan", "LOC", ""}},
		},
		{
			name: "two names joined by and that close a list are two",
			text: "The Pentagon chose Lockheed Martin, Raytheon and Boeing for the work.",
			want: []want{{"Raytheon", "ORG", ""}, {"Boeing", "ORG", ""}},
			not:  []string{"Raytheon and Boeing"},
		},
		{
			name: "names that and other companies close are companies, though other investors count people",
			text: "Shares of Morgan Stanley, Wells Fargo and other banks fell. " +
				"They were supported on this tour by Head Automatica, The Receiving End of Sirens, Cobra Starship, and several other bands. " +
				"Warren Buffett and other investors bought the stock. Rupert Murdoch, Jeff Bezos and other publishers met. " +
				"It sourced chips from Taiwan, Korea and other suppliers.",
			want: []want{{"Morgan Stanley", "ORG", ""}, {"Wells Fargo", "ORG", ""}, {"Head Automatica", "ORG", ""}, {"Cobra Starship", "ORG", ""},
				{"Warren Buffett", "PERSON", ""}, {"Rupert Murdoch", "PERSON", ""}, {"Jeff Bezos", "PERSON", ""}, {"Korea", "LOC", ""}},
		},
		{
			name: "an investor, a bought company, an acronym spelt out",
			text: "After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork is cutting costs, including layoffs at Meetup, which it acquired for $200 million. " +
				"Claure said in the email, which was seen by The Real Deal. A person familiar with the matter told TRD that the cuts would begin. Investor Warren Buffett agreed.",
			want: []want{{"SoftBank", "ORG", ""}, {"Meetup", "ORG", ""}, {"The Real Deal", "ORG", ""}, {"TRD", "ORG", "The Real Deal"}, {"Warren Buffett", "PERSON", ""}},
		},
		{
			name: "stock indices the tagger misreads or misses",
			text: "The broader S&P 500 gained eight points. In other markets, both the German DAX and the Japanese Nikkei 225 index fell, " +
				"while the French CAC 40 increased 46.19 points. The Hang Seng and the All Ordinaries in Sydney fell.",
			want: []want{{"S&P 500", "MISC", ""}, {"DAX", "MISC", ""}, {"Nikkei 225", "MISC", ""}, {"CAC 40", "MISC", ""}, {"Hang Seng", "MISC", ""}, {"All Ordinaries", "MISC", ""}},
		},
		{
			name: "what says a name is a company: its results, what it became, the companies it is listed with",
			text: "Nvidia's revenue triples as AI chip demand soars\nNvidia reported revenue of $35.1 billion for the third quarter on Wednesday. " +
				"Microsoft, Meta and Alphabet have said they will keep spending heavily on AI infrastructure next year. " +
				"Nvidia, which became the world's most valuable company in June, is worth about $3.6 trillion.",
			want: []want{{"Nvidia", "ORG", ""}, {"Meta", "ORG", ""}},
		},
		{
			name: "acronyms of terms are no organisations, unless the text names one so",
			text: "Investors poured money into AI startups. It's a handsome EV, and the CPU profiling shows no VR support. " +
				"The company abandoned plans for an IPO, and the IPO of its rival raised $1 billion.",
			not: []string{"AI", "EV", "CPU", "VR", "IPO"},
		},
		{
			name: "an acronym of a term that the text gives as a name's",
			text: "Amnesty International (AI) said the trial was unfair. AI called for his release.",
			want: []want{{"AI", "ORG", ""}},
		},
		{
			name: "companies named with an ampersand, people's names joined by one",
			text: "Retailers such as Tesco and Marks & Spencer reported sales. Procter & Gamble rose. David Christison & Jenny Seaton sang.",
			want: []want{{"Tesco", "ORG", ""}, {"Marks & Spencer", "ORG", ""}, {"Procter & Gamble", "ORG", ""}, {"David Christison", "PERSON", ""}, {"Jenny Seaton", "PERSON", ""}},
		},
		{
			name: "an agency's name joined by and, across common nouns",
			text: "U.S. Customs and Border Protection said arrests fell. Ilocos Norte and Cagayan were hit.",
			want: []want{{"U.S. Customs and Border Protection", "ORG", ""}, {"Ilocos Norte", "LOC", ""}, {"Cagayan", "LOC", ""}},
		},
		{
			name: "names the tagger missed: what shares are of, a word no dictionary knows before which or who",
			text: "Shares of Spotify rose. Spotify said it had 100 million subscribers. Zentrix, which makes chips, grew. Kowalczyk, who joined in 2019, agreed. " +
				"Officials, who spoke on condition of anonymity, said no. Yesterday said nothing. Vextora said it had 5 million users.",
			want: []want{{"Spotify", "ORG", ""}, {"Zentrix", "ORG", ""}, {"Kowalczyk", "PERSON", ""}, {"Vextora", "ORG", ""}},
			not:  []string{"Officials", "Yesterday"},
		},
		{
			name: "an appositive that says a name is a nonprofit, a think tank, a union",
			text: "Texas has recorded 11 mass shootings this year, according to the Gun Violence Archive, a nonprofit that tracks gun violence. " +
				"The report was written by Brookings Metro, a Washington think tank, and by Unite, the union.",
			want: []want{{"Gun Violence Archive", "ORG", ""}, {"Brookings Metro", "ORG", ""}, {"Unite", "ORG", ""}},
		},
		{
			name: "where analysts work is an organisation, though it reads as a given name and a surname",
			text: "The cuts will save the company between $2.1 billion and $3.6 billion a year, according to analysts at Morgan Stanley. Workers at Goldman Sachs agreed.",
			want: []want{{"Morgan Stanley", "ORG", ""}, {"Goldman Sachs", "ORG", ""}},
		},
		{
			name: "a company's service is no place",
			text: "Spotify has 100 million subscribers. Apple said it would appeal. Apple Music has about 50 million. Boeing said sales rose. The plane landed at Boeing Field.",
			want: []want{{"Apple Music", "MISC", ""}, {"Boeing Field", "LOC", ""}},
		},
		{
			name: "a club that a result names is the club in the headline too",
			text: "Liverpool beat Manchester City to go 11 points clear\nLiverpool beat Manchester City 2-0 at Anfield on Sunday.",
			want: []want{{"Liverpool", "ORG", ""}, {"Manchester City", "ORG", ""}},
		},
		{
			name: "a city's club and cities",
			text: "Manchester City has been charged with breaking rules. City, who have won the title in six of the last seven seasons, said it was surprised. " +
				"Leicester City drew. She moved from Kansas City to Jersey City.",
			want: []want{{"Manchester City", "ORG", ""}, {"City", "ORG", "Manchester City"}, {"Leicester City", "ORG", ""}, {"Kansas City", "LOC", ""}, {"Jersey City", "LOC", ""}},
		},
		{
			name: "storms by their names",
			text: "Hurricane Milton killed 10. Milton made landfall near Siesta Key. Tropical Storm Debby dumped 20 inches of rain. Debby then moved north.",
			want: []want{{"Hurricane Milton", "MISC", ""}, {"Milton", "MISC", "Hurricane Milton"}, {"Tropical Storm Debby", "MISC", ""}, {"Debby", "MISC", "Tropical Storm Debby"}},
		},
		{
			name: "what a relative clause says a name is",
			text: "Shares rose after Zentavia, which became the most valuable company in Europe, said sales rose. Germany, which is the biggest economy in Europe, said exports fell.",
			want: []want{{"Zentavia", "ORG", ""}, {"Germany", "LOC", ""}},
		},
		{
			name: "a joined company name, judges' titles",
			text: "The bank was sold to JPMorgan Chase in May. U.S. District Judge Jed Rakoff ordered the sale. Chief Justice John Roberts dissented. LeBron James and Ron DeSantis watched.",
			want: []want{{"JPMorgan Chase", "ORG", ""}, {"U.S.", "LOC", ""}, {"Jed Rakoff", "PERSON", ""}, {"John Roberts", "PERSON", ""},
				{"LeBron James", "PERSON", ""}, {"Ron DeSantis", "PERSON", ""}},
			not: []string{"U.S. District Judge", "Justice"},
		},
		{
			name: "a judge's, a police officer's or a prince's title opening a name the tagger took for an organisation leaves a person",
			text: "Justice D.Y. Chandrachud said the court would hear the petition. Lord Justice Singh dismissed the appeal. " +
				"Police in Auckland said a man had been charged, Detective Inspector Tofilau Fa'amanuia Vaaelua said. " +
				"Saudi Crown Prince Mohammed bin Salman met the delegation. Detective Constable Emma Price gave evidence. " +
				"The Justice League film flopped. Princess Cruises cancelled its sailings. The Justice Department sued Apple.",
			want: []want{{"D.Y. Chandrachud", "PERSON", ""}, {"Singh", "PERSON", ""}, {"Tofilau Fa'amanuia Vaaelua", "PERSON", ""},
				{"Mohammed bin Salman", "PERSON", ""}, {"Emma Price", "PERSON", ""}, {"Justice Department", "ORG", ""}},
			not: []string{"Justice D.Y. Chandrachud", "Lord Justice Singh", "ORG:Singh", "Constable Emma Price", "PERSON:League", "PERSON:Cruises", "Lord"},
		},
		{
			name: "a nationality before a person's title, or opening a sentence before a noun, is MISC; a country there a LOC",
			text: "Scottish First Minister John Swinney said the bill would pass. Saudi Crown Prince Mohammed bin Salman met the delegation. " +
				"US President Joe Biden spoke to reporters. Saudi officials said oil output would fall. Muslim leaders condemned the attack. " +
				"Modern capture guns are gas-fired. The Scottish National Party won.",
			want: []want{{"Scottish", "MISC", ""}, {"Saudi", "MISC", ""}, {"US", "LOC", ""}, {"Muslim", "MISC", ""}, {"John Swinney", "PERSON", ""}},
			not:  []string{"Modern", "MISC:Scottish National"},
		},
		{
			name: "a company's name ending in a legal form is whole: the form tagged alone, a name started anew, the form left out",
			text: "Standard Chartered PLC shares fell in Hong Kong. Goldman Sachs Group Inc and Morgan Stanley both beat expectations. " +
				"Rio Tinto plc agreed to buy the company. On Monday Acme Widgets Ltd said it would close a plant. " +
				"German lender Deutsche Bank AG said profit rose. A Boeing Co. 787-10 flew over Dubai.",
			want: []want{{"Standard Chartered PLC", "ORG", ""}, {"Goldman Sachs Group Inc", "ORG", ""}, {"Rio Tinto plc", "ORG", ""},
				{"Acme Widgets Ltd", "ORG", ""}, {"Deutsche Bank AG", "ORG", ""}, {"German", "MISC", ""}, {"Boeing Co.", "ORG", ""}},
			not: []string{"Goldman", "Sachs Group Inc", "Monday Acme Widgets Ltd", "Boeing Co. 787"},
		},
		{
			name: "a state's or a province's name of two words is a place, though the tagger reads it as an organisation",
			text: "Authorities in Tamil Nadu said the death toll had reached 40. Officials in Western Australia said the mine would reopen.",
			want: []want{{"Tamil Nadu", "LOC", ""}, {"Western Australia", "LOC", ""}},
			not:  []string{"ORG:Tamil Nadu"},
		},
		{
			name: "a place's or a people's name of two words is whole where the tagger tagged its last word alone",
			text: "South African miner Sibanye-Stillwater said it would cut jobs. North Korean troops crossed the border. " +
				"New Zealand Prime Minister Christopher Luxon spoke on Monday. Judges in The Hague issued a warrant.",
			want: []want{{"South African", "MISC", ""}, {"North Korean", "MISC", ""}, {"New Zealand", "LOC", ""}, {"Christopher Luxon", "PERSON", ""}},
			not:  []string{"African", "Korean", "The Hague"}, // an article before a place stays out, as the tagger has it ("The Netherlands")
		},
		{
			name: "a region's word before a people's adjective no list joins to it makes one adjective, no place",
			text: "The carmaker lost $2 billion on its North American sales last year. Latin American leaders met in Lima. " +
				"Southeast Asian markets fell on Monday, as did Central Asian ones. Prices rose for Northern European buyers. New Canadian rules apply from May.",
			want: []want{{"North American", "MISC", ""}, {"Latin American", "MISC", ""}, {"Southeast Asian", "MISC", ""},
				{"Central Asian", "MISC", ""}, {"Northern European", "MISC", ""}, {"Canadian", "MISC", ""}},
			not: []string{"American", "Asian", "European", "LOC:North American", "ORG:Central Asian", "ORG:Northern European", "New Canadian"},
		},
		{
			name: "a person's name leaves the department of the title before it, which the tagger ran into it",
			text: "Minister for Home Affairs Clare O'Neil said the visa system was broken. The United States Secretary of State Antony Blinken arrived in Cairo. " +
				"Chancellor of the Exchequer Jeremy Hunt raised taxes. Minister of External Affairs S. Jaishankar said India would not yield. " +
				"Minister of Finance Nirmala Sitharaman presented the budget. He was named Secretary of the Navy Carlos Del Toro's deputy.",
			want: []want{{"Clare O'Neil", "PERSON", ""}, {"Antony Blinken", "PERSON", ""}, {"Jeremy Hunt", "PERSON", ""},
				{"S. Jaishankar", "PERSON", ""}, {"Nirmala Sitharaman", "PERSON", ""}},
			not: []string{"Home Affairs Clare O'Neil", "State Antony Blinken", "Exchequer Jeremy Hunt", "External Affairs S. Jaishankar",
				"Finance Nirmala Sitharaman", "PERSON:Navy Carlos Del Toro"},
		},
		{
			name: "a place's name joins the public body named after it that the tagger cut off or tagged apart",
			text: "Superintendent Mark Doyle of Victoria Police said no arrests had been made. A spokesman for Kent Police said the road was closed. " +
				"Bristol City Council said bins would be collected. Gujarat High Court dismissed the plea. Kerala Police registered a case.",
			want: []want{{"Victoria Police", "ORG", ""}, {"Kent Police", "ORG", ""}, {"Bristol City Council", "ORG", ""},
				{"Gujarat High Court", "ORG", ""}, {"Kerala Police", "ORG", ""}},
			not: []string{"LOC:Victoria", "LOC:Bristol", "City Council", "PERSON:Kent Police", "PERSON:Kerala Police"},
		},
		{
			name: "two places and a body that serves both are one organisation, and the first place alone stays a place",
			text: "The Shrewsbury and Telford Hospital NHS Trust apologised to families who lived in Shrewsbury. " +
				"A spokesman for Avon and Somerset Police said the road was closed. Brighton and Hove City Council said bins would be collected. " +
				"Officers from Britain and Hong Kong Police met. Officers from Singapore and Devon Police met.", // Singapore: a country and a city
			want: []want{{"Shrewsbury and Telford Hospital NHS Trust", "ORG", ""}, {"Shrewsbury", "LOC", ""},
				{"Avon and Somerset Police", "ORG", ""}, {"Brighton and Hove City Council", "ORG", ""}, {"Hong Kong Police", "ORG", ""}},
			not: []string{"Telford Hospital NHS Trust", "Somerset Police", "Hove City Council", "Britain and Hong Kong Police", "Singapore and Devon Police"},
		},
		{
			name: "a place's name joins the club word after it that the tagger left out, but a city's stays a place",
			text: "Aston Villa beat Manchester United at Villa Park. He flew to Mexico City on Tuesday.",
			want: []want{{"Manchester United", "ORG", ""}, {"Mexico City", "LOC", ""}},
			not:  []string{"LOC:Manchester"},
		},
		{
			name: "a people's or a place's name and the event word after it tagged apart are one event",
			text: "Novak Djokovic won the Australian Open at Melbourne Park. The French Open begins on Sunday.",
			want: []want{{"Australian Open", "MISC", ""}, {"French Open", "MISC", ""}, {"Melbourne Park", "LOC", ""}},
			not:  []string{"Open", "Australian", "French"},
		},
		{
			name: "what shares are in is a company, unless it is a place's market",
			text: "Shares in Zomato jumped 8 per cent. Investors bought shares in Nvidia and Broadcom. Shares in Tokyo fell 2 percent. Shares in Asia rose.",
			want: []want{{"Zomato", "ORG", ""}, {"Nvidia", "ORG", ""}, {"Broadcom", "ORG", ""}, {"Tokyo", "LOC", ""}, {"Asia", "LOC", ""}},
		},
		{
			name: "a city or a state before a noun it modifies is a place, the tagger's or not",
			text: "Police said the suspect, a 23-year-old Melbourne man, had been released. A Texas judge blocked the law. The two Mara scripts were his last work.",
			want: []want{{"Melbourne", "LOC", ""}, {"Texas", "LOC", ""}},
			not:  []string{"Mara"},
		},
		{
			name: "a plural of a common or a member's acronym ends no name",
			text: "The Labour Party MPs voted against the bill. Sony DVDs sold well.",
			want: []want{{"Labour Party", "ORG", ""}, {"Sony", "ORG", ""}},
			not:  []string{"Labour Party MPs", "Sony DVDs"},
		},
		{
			name: "an untagged run of capitalised words ending in a company's kind, before its chairman or shares, is a company",
			text: "Reliance Industries chairman Mukesh Ambani announced the deal.",
			want: []want{{"Reliance Industries", "ORG", ""}, {"Mukesh Ambani", "PERSON", ""}},
		},
		{
			name: "a company's cue opening a sentence, and an appositive head after an owner, say it is a company",
			text: "Jio Platforms, the group's telecom arm, added 11 million subscribers. Rival Bharti Airtel reports results next week. " +
				"Tim Cook, the company's chief executive, said sales rose.",
			want: []want{{"Jio Platforms", "ORG", ""}, {"Bharti Airtel", "ORG", ""}, {"Tim Cook", "PERSON", ""}},
		},
		{
			name: "an unknown one-word place that does what companies do is a company",
			text: "Earlier this month Ryanair cut its fares after demand slowed. Last week Nvidia overtook Microsoft as the most valuable company.",
			want: []want{{"Ryanair", "ORG", ""}, {"Nvidia", "ORG", ""}, {"Microsoft", "ORG", ""}},
			not:  []string{"LOC:Ryanair", "LOC:Nvidia"},
		},
		{
			name: "a name that says what moved is its source, not an index",
			text: "The Nikkei dropped 2.1%. In London, the Office for National Statistics said inflation fell to 4.6% in October.",
			want: []want{{"Nikkei", "MISC", ""}, {"London", "LOC", ""}, {"Office for National Statistics", "ORG", ""}},
		},
		{
			name: "a family name with its particle, capitalised",
			text: "In the mid-1990s, Osama bin Laden lived in Khartoum as a guest of the government. In 1998, Bin Laden's agents blew up two embassies.",
			want: []want{{"Osama bin Laden", "PERSON", ""}, {"Bin Laden", "PERSON", "Osama bin Laden"}},
		},
		{
			name: "family names of several capitalised particles",
			text: "The actor James Van Der Beek was eliminated on Monday. Van Der Beek said he was sad to go.",
			want: []want{{"James Van Der Beek", "PERSON", ""}, {"Van Der Beek", "PERSON", "James Van Der Beek"}},
		},
		{
			name: "a surname that is also a place stands for the person where it is one",
			text: "Sen. Elizabeth Warren spoke on Monday. Warren said the plan would cost $20 trillion. " +
				"Andrew Vaughan, a biologist, agreed. Vaughan said the cells were everywhere. Vaughan is a city in Ontario.",
			want: []want{{"Warren", "PERSON", "Elizabeth Warren"}, {"Vaughan", "PERSON", "Andrew Vaughan"}},
		},
		{
			name: "a surname that is also a place stands for the person where the document uses it so",
			text: "When Margaret Hamilton arrived at MIT in 1959, she joined the lab. Hamilton had no prior training in programming. " +
				"“He loved that computer,” Hamilton said. For Hamilton, these were formative years. Hamilton, who popularized the term, later led the team.",
			want: []want{{"Hamilton", "PERSON", "Margaret Hamilton"}},
			not:  []string{"Hamilton="},
		},
		{
			name: "a surname that is also a place stays a place where the document uses it as one",
			text: "Alexander Hamilton is on the $10 bill. Schools in Hamilton closed on Monday. Flights from Hamilton to Toronto were cancelled. " +
				"The mayor of Hamilton, Ontario, said the storm was the worst in years.",
			want: []want{{"Alexander Hamilton", "PERSON", ""}, {"Hamilton", "LOC", ""}},
			not:  []string{"Hamilton=Alexander Hamilton"},
		},
		{
			name: "a name after what a person does, or before what only a person does, is a person's",
			text: "Trump pressed for the inquiry in his July 25th call with Ukrainian president Zelensky, the nation learned in September. " +
				"\"So it is fair to say you have not fixed the problem?\" Schiff asked. " +
				"The American Civil Liberties Union asked the court to vacate the order.",
			want: []want{{"Zelensky", "PERSON", ""}, {"Schiff", "PERSON", ""}, {"American Civil Liberties Union", "ORG", ""}},
		},
		{
			name: "a word of the language opening a sentence is no name",
			text: "Information had changed form, but the information was the same. “Well, I tried to ask him,” she said. Yup, before you existed! " +
				"Correction, Nov. 15, 2019: This article originally misidentified the first publisher of John M. Ford's novel.",
			want: []want{{"John M. Ford", "PERSON", ""}},
			not:  []string{"Information", "Well", "Yup", "Correction"},
		},
		{
			name: "a name does not run across a table's cells",
			text: "The top contributors were:\nName\tChanges\tShare\nSteve Yin\t1010\t0.1%\nKay Schenk\t616\t0.1%\n",
			want: []want{{"Steve Yin", "PERSON", ""}, {"Kay Schenk", "PERSON", ""}},
		},
		{
			name: "a company whose name is a possessive keeps its 's",
			text: "Rival Lowe's was also lower following the results. McDonald's said sales rose 5%. Moody's downgraded the bonds on Monday. " +
				"Shoppers flocked to Macy’s and Kohl's for deals.",
			want: []want{{"Lowe's", "ORG", ""}, {"McDonald's", "ORG", ""}, {"Moody's", "ORG", ""}, {"Macy’s", "ORG", ""}, {"Kohl's", "ORG", ""}},
			not:  []string{"Rival Lowe", "Lowe", "McDonald", "Moody", "Macy", "Kohl"},
		},
		{
			name: "a person's possessive stays the person's",
			text: "Helmut Kohl was chancellor for 16 years. Kohl's government fell in 1998, and Kohl said he was proud.",
			want: []want{{"Helmut Kohl", "PERSON", ""}, {"Kohl", "PERSON", "Helmut Kohl"}},
			not:  []string{"Kohl's"},
		},
		{
			name: "a pronoun contracted with its verb is no name",
			text: "“You’re deflecting again,” Izuku observed. “We’re excited to have Ivan join our team,” Ernst & Young said. It's late, and They’ll wait.",
			want: []want{{"Ernst & Young", "ORG", ""}},
			not:  []string{"You’re", "We’re", "It's", "They’ll"},
		},
		{
			name: "an air show or a marathon is an event",
			text: "Emirates ordered 30 jets at the Dubai Airshow on Wednesday. She ran the Boston Marathon in April.",
			want: []want{{"Dubai Airshow", "MISC", ""}, {"Boston Marathon", "MISC", ""}},
		},
		{
			name: "two companies joined by and, the first with its legal form",
			text: "JPMorgan Chase & Co. and Goldman Sachs Group Inc. reported higher profits on Tuesday.",
			want: []want{{"JPMorgan Chase & Co.", "ORG", ""}, {"Goldman Sachs Group Inc.", "ORG", ""}},
		},
		{
			name: "the two sides of a game's result are teams",
			text: "Manchester United beat Chelsea 2-1 at Old Trafford on Sunday. The win lifted Manchester United to fifth place. Liverpool defeated Arsenal 3-1.",
			want: []want{{"Manchester United", "ORG", ""}, {"Chelsea", "ORG", ""}, {"Liverpool", "ORG", ""}, {"Arsenal", "ORG", ""}},
		},
		{
			name: "players and candidates stay people, whatever the score",
			text: "Rafael Nadal beat Roger Federer 6-4, 6-3 on Sunday. Nadal beat Federer 7-5 in the final. Donald Trump beat Hillary Clinton 304-227 in the Electoral College.",
			want: []want{{"Nadal", "PERSON", "Rafael Nadal"}, {"Federer", "PERSON", "Roger Federer"}, {"Donald Trump", "PERSON", ""}, {"Hillary Clinton", "PERSON", ""}},
		},
		{
			name: "the name its company attributes a sentence to is the company",
			text: "Ford will cut 7,000 white-collar jobs by August, the automaker said Monday. John Smith will step down in March, the company said.",
			want: []want{{"Ford", "ORG", ""}, {"John Smith", "PERSON", ""}},
		},
		{
			name: "an online platform is a company wherever it stands",
			text: "The tagline drew a mix of criticism and ridicule across Twitter on Monday. She spent the weekend watching the third season of The Crown on Netflix.",
			want: []want{{"Twitter", "ORG", ""}, {"Netflix", "ORG", ""}},
		},
		{
			name: "a state's formal name is one place",
			text: "It was a tremendous achievement for the State of Israel, he said. The Kingdom of Saudi Arabia objected.",
			want: []want{{"State of Israel", "LOC", ""}, {"Kingdom of Saudi Arabia", "LOC", ""}},
			not:  []string{"State"},
		},
		{
			name: "an envoy's name is split off the organisation the title is to",
			text: "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry met. He ignored suggestions from Sondland.",
			want: []want{{"European Union", "ORG", ""}, {"Gordon Sondland", "PERSON", ""}, {"Sondland", "PERSON", "Gordon Sondland"}},
		},
		{
			name: "bare Emirates and Amazon are companies",
			text: "Emirates had a fleet of 270 aircraft at the end of September, the airline said. Nintendo Switch Lite for $200. See it now: Amazon",
			want: []want{{"Emirates", "ORG", ""}, {"Amazon", "ORG", ""}},
		},
		{
			name: "the Emirates and the Amazon are places",
			text: "He moved to the Emirates in 2010 and opened a restaurant in Dubai. Fires burned across the Amazon in August.",
			want: []want{{"Emirates", "LOC", ""}, {"Amazon", "LOC", ""}},
		},
		{
			name: "a greeting is no part of the name it greets",
			text: "“Hey Twitter, the whole point of this campaign is to get people talking,” Noem wrote. Dear Senator Smith, we write to you about the bill.",
			want: []want{{"Twitter", "ORG", ""}},
			not:  []string{"Hey Twitter", "Dear Senator Smith"},
		},
		{
			name: "the people of a place are MISC, a team after the is not",
			text: "One campaign video featured a series of South Dakotans declaring it. New Yorkers voted on Tuesday. Chris Evans spoke. Evans said so.",
			want: []want{{"South Dakotans", "MISC", ""}, {"New Yorkers", "MISC", ""}, {"Evans", "PERSON", "Chris Evans"}},
		},
		{
			name: "a question's auxiliary is no given name",
			text: "Elizabeth Warren was under attack. Will Warren continue to face the heat? Will Smith starred in the film.",
			want: []want{{"Warren", "PERSON", "Elizabeth Warren"}, {"Will Smith", "PERSON", ""}},
			not:  []string{"Will Warren"},
		},
		{
			name: "an abbreviated role between a team or a company and a person",
			text: "Browns DL Sheldon Richardson weighed in. Cleveland DL Larry Ogunjobi was suspended. Tesla CFO Zach Kirkhorn left. Richardson said so.",
			want: []want{{"Browns", "ORG", ""}, {"Sheldon Richardson", "PERSON", ""}, {"Cleveland", "LOC", ""}, {"Larry Ogunjobi", "PERSON", ""},
				{"Zach Kirkhorn", "PERSON", ""}, {"Richardson", "PERSON", "Sheldon Richardson"}},
			not: []string{"Browns DL Sheldon Richardson", "Cleveland DL Larry Ogunjobi", "DL Sheldon Richardson"},
		},
		{
			name: "a platform by what it puts out",
			text: "She also accused the label of holding back permission to use any music in an upcoming Netflix documentary about her life.",
			want: []want{{"Netflix", "ORG", ""}},
		},
		{
			name: "a table's header row holds no names; its rows keep theirs",
			text: "Rival Lowe's was also lower.\n\nTicker\tSecurity\tLast\tChange\tChange %\nHD\tHome Depot\t225.86\t-12.99\t-5.44%\n\nThe retailer earned $2.8 billion.",
			want: []want{{"Lowe's", "ORG", ""}},
			not:  []string{"Ticker", "Security", "Change"},
		},
		{
			name: "a name WordNet knows as a thing is no person",
			text: "Every stock in the Dow Jones, other than Wal-Mart, either lost ground or remained flat.",
			want: []want{{"Dow Jones", "MISC", ""}, {"Wal-Mart", "ORG", ""}},
		},
		{
			name: "the place of its headquarters is no company",
			text: "During a media event held at its Cupertino headquarters, Apple released the long awaited kit.",
			want: []want{{"Cupertino", "LOC", ""}},
		},
		{
			name: "a common noun for a thing with no article cannot speak: a company",
			text: "Apple said on Tuesday that iPhone sales rose 5% in the quarter. Shell reported a loss. Police said the man was arrested. Water said to be safe.",
			want: []want{{"Apple", "ORG", ""}, {"Shell", "ORG", ""}},
			not:  []string{"Police", "Water"},
		},
		{
			name: "a club is named before its city; a star after the team",
			text: "Real Madrid beat Inter Milan 3-1 after he moved to Atletico Madrid. Brazil star Neymar was among the 12,000 in attendance, and director Kogonada watched.",
			want: []want{{"Real Madrid", "ORG", ""}, {"Inter Milan", "ORG", ""}, {"Atletico Madrid", "ORG", ""}, {"Neymar", "PERSON", ""}, {"Kogonada", "PERSON", ""}},
		},
		{
			name: "whose player or officer a person is names a team or a company",
			text: "Chelsea striker Diego Costa scored twice. Apple chief executive Tim Cook visited China. Target CEO Brian Cornell said sales rose. Police spokesman John Smith said the man fled. Former CEO Ann Lee left.",
			want: []want{{"Chelsea", "ORG", ""}, {"Diego Costa", "PERSON", ""}, {"Apple", "ORG", ""}, {"Target", "ORG", ""}},
			not:  []string{"Police", "Former"},
		},
		{
			name: "who says \"he\" or \"she\" of themselves is a person; \"it\" a company",
			text: "Biden said he would cut taxes. Merkel said that she was tired. Apple said it would cut prices.",
			want: []want{{"Biden", "PERSON", ""}, {"Merkel", "PERSON", ""}, {"Apple", "ORG", ""}},
		},
		{
			name: "a storm's name, a company's mixed case, a bank's economists",
			text: "Hurricane Ian made landfall near Fort Myers. Hurricane Season starts in June. Elon Musk's SpaceX launched 60 satellites. Goldman Sachs economists cut their forecast.",
			want: []want{{"Hurricane Ian", "MISC", ""}, {"SpaceX", "ORG", ""}, {"Goldman Sachs", "ORG", ""}},
			not:  []string{"Hurricane Season", "Season"},
		},
		{
			name: "a people's or country's name and a company's head word are a company",
			text: "Losses will reach $23 billion, according to Swiss Re. British Airways cancelled 1,500 flights. Korean Air bought 30 jets. China Mobile added 5 million users. The French Open starts on Sunday.",
			want: []want{{"Swiss Re", "ORG", ""}, {"British Airways", "ORG", ""}, {"Korean Air", "ORG", ""}, {"China Mobile", "ORG", ""}, {"French Open", "MISC", ""}},
		},
		{
			name: "two particles before a family name",
			text: "Ursula von der Leyen said the EU would act. Rafael van der Vaart scored twice.",
			want: []want{{"Ursula von der Leyen", "PERSON", ""}, {"Rafael van der Vaart", "PERSON", ""}},
		},
		{
			name: "a benchmark oil before crude",
			text: "Brent crude futures rose 85 cents to $84.35 a barrel, and West Texas Intermediate crude gained 1%.",
			want: []want{{"Brent", "MISC", ""}},
		},
		{
			name: "a state as the AP abbreviates it; the exchange a share trades on",
			text: "CUPERTINO, Calif. — Apple shares fell 1.7% on the Nasdaq after the announcement.",
			want: []want{{"Calif.", "LOC", ""}, {"Nasdaq", "ORG", ""}},
		},
		{
			name: "a requirement's key word in capitals is no name",
			text: "2. Terminology The key words \"MUST\", \"MUST NOT\", \"REQUIRED\", \"SHALL\", \"SHOULD\" and \"MAY\" are to be read as described.",
			not:  []string{"MUST", "MUST NOT", "REQUIRED", "SHALL", "SHOULD", "MAY"},
		},
		{
			name: "a team or paper named after a city of two words",
			text: "The Kansas City Chiefs defeated the Philadelphia Eagles, the Kansas City Star reported. He was born in East Chicago, Indiana.",
			want: []want{{"Kansas City Chiefs", "ORG", ""}, {"Kansas City Star", "ORG", ""}, {"East Chicago", "LOC", ""}},
		},
		{
			name: "the Super Bowl is a game",
			text: "The Kansas City Chiefs defeated the Philadelphia Eagles 38-35 in Super Bowl LVII.",
			want: []want{{"Super Bowl LVII", "MISC", ""}},
		},
		{
			name: "an index its component names",
			text: "Dow component Home Depot reported third-quarter earnings that topped estimates as revenue fell short.",
			want: []want{{"Dow", "MISC", ""}, {"Home Depot", "ORG", ""}},
		},
		{
			name: "a name halved by and, a family name after al-, an exit",
			text: "The figures came from Customs and Border Protection. A warrant was issued against Sudan's president, Omar Hassan al-Bashir. " +
				"Officials said Mr. Bashir had not changed. Johnson and Corbyn attacked each other's policies on Brexit.",
			want: []want{{"Customs and Border Protection", "ORG", ""}, {"Bashir", "PERSON", "Omar Hassan al-Bashir"}, {"Brexit", "MISC", ""}},
		},
		{
			name: "organisation",
			text: "The data firm Cambridge Analytica said on Tuesday that it had suspended its chief executive.",
			want: []want{{"Cambridge Analytica", "ORG", ""}},
		},
		{
			name: "person",
			text: "WikiLeaks founder Julian Assange has been arrested in London, police said.",
			want: []want{{"Julian Assange", "PERSON", ""}, {"London", "LOC", ""}},
		},
		{
			name: "city and country",
			text: "The summit will be held in Lisbon, Portugal, next month.",
			want: []want{{"Lisbon", "LOC", ""}, {"Portugal", "LOC", ""}},
		},
		{
			name: "surname linked to the full name",
			text: "Alexander Nix was suspended by the board on Tuesday. Nix had been filmed by reporters.",
			want: []want{{"Alexander Nix", "PERSON", ""}, {"Nix", "PERSON", "Alexander Nix"}},
		},
		{
			name: "a paper by its last word, with its article",
			text: "The Wall Street Journal is reporting that the firm reached out. According to the Journal, the contact began in June. " +
				"Alden Global Capital bid $16.50 per share for Tribune Publishing, the owner of the Chicago Tribune. Tribune said it would consider the offer.",
			want: []want{{"Wall Street Journal", "ORG", ""}, {"Journal", "ORG", "Wall Street Journal"}, {"Chicago Tribune", "ORG", ""}, {"Tribune", "ORG", "Tribune Publishing"}},
		},
		{
			name: "a title between a country and a person is neither's",
			text: "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of coercion. " +
				"U.S. Attorney General William Barr and British Foreign Secretary Dominic Raab met in London.",
			want: []want{{"U.S.", "LOC", ""}, {"Mark Esper", "PERSON", ""}, {"William Barr", "PERSON", ""}, {"British", "MISC", ""}, {"Dominic Raab", "PERSON", ""}},
			not:  []string{"U.S. Defense", "U.S. Attorney General"},
		},
		{
			name: "a party's name at a sentence's start keeps its first word",
			text: "Conservative Party members voted on Monday. Labour Party Leader Jeremy Corbyn spoke.",
			want: []want{{"Conservative Party", "ORG", ""}, {"Labour Party", "ORG", ""}, {"Jeremy Corbyn", "PERSON", ""}},
			not:  []string{"Party"},
		},
		{
			name: "a chamber's leader is a title",
			text: "Senate Majority Leader Chuck Schumer said the vote was historic. House Speaker Nancy Pelosi agreed.",
			want: []want{{"Senate", "ORG", ""}, {"Chuck Schumer", "PERSON", ""}, {"House", "ORG", ""}, {"Nancy Pelosi", "PERSON", ""}},
			not:  []string{"Senate Majority Leader", "House Speaker"},
		},
		{
			name: "a place's first word at a sentence's start",
			text: "Revenue rose 3.5 percent to $27.2 billion. Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share.",
			want: []want{{"Wall Street", "LOC", ""}, {"Refinitiv", "ORG", ""}},
			not:  []string{"Street"},
		},
		{
			name: "a first word met alone before the name it begins is its own name",
			text: "Amazon is now letting you listen to 50 million songs for free. Amazon Music Unlimited costs $9.99 a month, Amazon said.",
			want: []want{{"Amazon", "ORG", ""}, {"Amazon Music Unlimited", "ORG", ""}},
			not:  []string{"Amazon=Amazon Music Unlimited"},
		},
		{
			name: "unless the rest of the name is a legal form",
			text: "Cisco sued Apple over the iPhone trademark on Wednesday. Apple Inc. said the suit was silly.",
			want: []want{{"Apple", "ORG", "Apple Inc."}, {"Apple Inc.", "ORG", ""}},
		},
		{
			name: "a title with no one after it is the office",
			text: "WeWork is reportedly being investigated by the New York State Attorney General, Reuters said on Tuesday.",
			want: []want{{"New York State Attorney General", "ORG", ""}},
		},
		{
			name: "an owner is not the name of what it owns",
			text: "The mid-size wide body 787-9 jet is a larger and longer-range variant of Boeing's Dreamliner, seating 242 to 330 passengers in a two-class layout. Boeing also managed to attract bids for the 737 Max.",
			want: []want{{"Boeing", "ORG", ""}},
		},
		{
			name: "products are MISC, their makers ORG",
			text: "The money will pay for Ford's next model Falcon. The Falcon has been built in Australia since 1960, and the Ford Falcon sells well. " +
				"Apple Inc. said its new MacBook Air laptops go on sale today; the MacBook Air laptops weigh less. Sales of Apple laptops rose, Apple said. Airbus said the Airbus A380 would fly, and two A380s flew.",
			want: []want{{"Falcon", "MISC", ""}, {"Ford Falcon", "MISC", ""}, {"MacBook Air", "MISC", ""},
				{"Apple", "ORG", "Apple Inc."}, {"Airbus A380", "MISC", ""}, {"A380s", "MISC", ""}, {"Airbus", "ORG", ""}},
		},
		{
			name: "adjectives made from names are MISC, not at a sentence's start or before a name",
			text: "He studied Hebrew and wrote on Jewish law in Prussian schools for Christians. Jewish leaders met in Latin America.",
			want: []want{{"Jewish", "MISC", ""}, {"Prussian", "MISC", ""}, {"Christians", "MISC", ""}},
			not:  []string{"Latin"},
		},
		{
			name: "faiths and adjectives alone are MISC, places after a place noun LOC",
			text: "Catholicism and Judaism spread in Slavic lands. Aisby is near the nature park Kopački Rit.",
			want: []want{{"Catholicism", "MISC", ""}, {"Judaism", "MISC", ""}, {"Kopački Rit", "LOC", ""}},
		},
		{
			name: "an organisation's kind or legal form ends its name, and its stem is the organisation too",
			text: "Cesaroni Design Associates is a consultancy in Chicago. Cesaroni Design became the first such office. Eberhard Faber GmbH was founded in 1922, and Eberhard Faber grew.",
			want: []want{{"Cesaroni Design Associates", "ORG", ""}, {"Cesaroni Design", "ORG", ""}, {"Eberhard Faber GmbH", "ORG", ""}, {"Eberhard Faber", "ORG", ""}},
		},
		{
			name: "a place's stem is the place; laws and plebiscites are MISC",
			text: "At Elm Coulee Field the rock is thin. Wells at Elm Coulee produce oil. The Nuremberg Laws followed the Schleswig Plebiscites.",
			want: []want{{"Elm Coulee Field", "LOC", ""}, {"Elm Coulee", "LOC", ""}, {"Nuremberg Laws", "MISC", ""}, {"Schleswig Plebiscites", "MISC", ""}},
		},
		{
			name: "a defined subject is one name, and so are its repeats the tagger cut up",
			text: "30 Seconds to Mars ( or Thirty Seconds to Mars ) is an alternative rock band from Los Angeles. Created in 1998 by Jared Leto, 30 Seconds to Mars began as a family project.",
			want: []want{{"30 Seconds to Mars", "ORG", ""}, {"Jared Leto", "PERSON", ""}},
			not:  []string{"Mars", "Seconds"},
		},
		{
			name: "a noun saying what a name is makes an untagged name one",
			text: "The chief executive of the fact-checking website Full Fact told the BBC. The label was bought by a company owned by talent manager Scooter Braun this year. Braun declined to comment.",
			want: []want{{"Full Fact", "ORG", ""}, {"Scooter Braun", "PERSON", ""}, {"Braun", "PERSON", "Scooter Braun"}},
		},
		{
			name: "cues at untagged occurrences of a name count in its vote",
			text: "Boeing unveils the Boeing 787 Dreamliner. Boeing have unveiled their new 787 Dreamliner near Seattle. Designed for flying large passenger numbers between major hubs, the Dreamliner is targeted at smaller airports.",
			want: []want{{"Dreamliner", "MISC", ""}, {"Boeing", "ORG", ""}, {"Boeing 787", "MISC", ""}},
		},
		{
			name: "a nickname in quotes stays inside the person's name, and the surname links to it",
			text: "The cartel was led by Joaquín \"El Chapo\" Guzmán for years. Guzmán was extradited.",
			want: []want{{"Joaquín \"El Chapo\" Guzmán", "PERSON", ""}, {"Guzmán", "PERSON", "Joaquín \"El Chapo\" Guzmán"}},
		},
		{
			name: "hyphenated nationalities are MISC",
			text: "Protesters voiced anti-Spanish sentiments in the north. He met a Spanish-Ilocano mestizo and an American-Sudanese lawyer.",
			want: []want{{"anti-Spanish", "MISC", ""}, {"American-Sudanese", "MISC", ""}},
			not:  []string{"Union-Tribune"},
		},

		{
			name: "a name defined as a game or event is MISC, and so is it without a leading place",
			text: "Connecticut Classic Lotto is one of the games offered by the Connecticut Lottery. The minimum age to play Classic Lotto is 18, and Classic Lotto drawings are held twice a week.",
			want: []want{{"Connecticut Classic Lotto", "MISC", ""}, {"Classic Lotto", "MISC", ""}},
		},
		{
			name: "every name of a defined subject's list in brackets, and no sentence opener in a subject",
			text: "Bank Hey ( also Sunnybower or Sunny Bower ) is a suburb of Blackburn, Lancashire. Since Connecticut is a member of the association, tickets are sold there.",
			want: []want{{"Connecticut", "LOC", ""}, {"Blackburn", "LOC", ""}},
			not:  []string{"Sunnybower or Sunny Bower", "Since Connecticut"},
		},
		{
			name: "names a sentence says are a people are MISC",
			text: "Agotes or Cagots were a discriminated minority in the Pyrenees. The Cagots were shunned, and the origin of the Cagots is uncertain.",
			want: []want{{"Cagots", "MISC", ""}},
		},
		{
			name: "event and law names are MISC",
			text: "Emirates ordered 50 jets at the Dubai Air Show. Critics attacked the Data Retention Bill in Parliament.",
			want: []want{{"Dubai Air Show", "MISC", ""}, {"Data Retention Bill", "MISC", ""}},
		},
		{
			name: "members of a people or faith, and a party",
			text: "The Goths sacked Rome in 410. The Conservatives won the election in Britain.",
			want: []want{{"Goths", "MISC", ""}, {"Conservatives", "ORG", ""}},
		},
		{
			name: "place heads",
			text: "Rice is grown across the Ilocos Region, and floods hit Seminole County on Monday.",
			want: []want{{"Ilocos Region", "LOC", ""}, {"Seminole County", "LOC", ""}},
		},
		{
			name: "a first name and a surname are a person, even after a stake in",
			text: "The beauty brand took a majority stake in Kylie Jenner's cosmetics company. Investors pay for the followers Kylie Jenner has.",
			want: []want{{"Kylie Jenner", "PERSON", ""}},
		},
		{
			name: "a first name before a common noun is a place",
			text: "Ships moored at Clarence Dock in Liverpool, and the fire spread to Sandy Creek.",
			want: []want{{"Clarence Dock", "LOC", ""}, {"Sandy Creek", "LOC", ""}},
		},
		{
			name: "venues and street addresses are places",
			text: "Officers arrested Christopher D. Battin, 33, who resides at 2134 Caldwell Place, Harris said. The tour ends at The Cynthia Woods Mitchell Pavilion in Houston.",
			want: []want{{"Caldwell Place", "LOC", ""}, {"The Cynthia Woods Mitchell Pavilion", "LOC", ""}},
		},
		{
			name: "an unknown place that sues is an organisation",
			text: "Cisco sues Apple over the iPhone name. The trademark belongs to Cisco, the company said.",
			want: []want{{"Cisco", "ORG", ""}},
		},
		{
			name: "a team named after a people is an organisation",
			text: "The Vikings said the deal was worth $84 million. The Vikings beat the Bears on Sunday.",
			want: []want{{"Vikings", "ORG", ""}},
		},
		{
			name: "employer and platform",
			text: "Clegg now works for Facebook. Swift posted on Twitter on Monday.",
			want: []want{{"Facebook", "ORG", ""}, {"Twitter", "ORG", ""}},
		},
		{
			name: "a typographic possessive inside a name is read as the straight one",
			text: "Liu said that the People’s Liberation Army could be deployed. Shoppers queued outside Sam’s Club on Friday.",
			want: []want{{"People’s Liberation Army", "ORG", ""}, {"Sam’s Club", "ORG", ""}},
			not:  []string{"People", "Liberation Army"},
		},
		{
			name: "an owner named on its own is split from what it owns",
			text: "Boeing said on Monday that it had sold 30 jets. The 787-9 is a variant of Boeing's Dreamliner. He teaches at New York University’s Stern School of Business.",
			want: []want{{"Boeing", "ORG", ""}, {"Dreamliner", "ORG", ""}, {"New York University", "ORG", ""}, {"Stern School of Business", "ORG", ""}},
			not:  []string{"Boeing's Dreamliner", "New York University’s Stern School of Business"},
		},
		{
			name: "a name ends at a label's colon",
			text: "Elizabeth A. Burton: Possession of methamphetamine, held in jail in lieu of $70,000 bond.",
			want: []want{{"Elizabeth A. Burton", "PERSON", ""}},
			not:  []string{"Elizabeth A. Burton: Possession"},
		},
		{
			name: "a currency that moves against another is no name",
			text: "Sterling fell 0.4% against the dollar on Friday. Sterling has lost 10% this year. The Rand weakened against the euro.",
			not:  []string{"Sterling", "Rand"},
		},
		{
			name: "a club's word after a town or no surname makes a club of what looks like a person's name",
			text: "Aston Villa beat Chelsea 2-1 on Saturday. Charlton Athletic sacked their manager. David Villa scored twice.",
			want: []want{{"Aston Villa", "ORG", ""}, {"Charlton Athletic", "ORG", ""}, {"David Villa", "PERSON", ""}},
		},
		{
			name: "what says something in a note to clients is a firm, unless a title, a role or its firm names a person",
			text: "Morgan Stanley said in a note that shares would rise. Deutsche Bank's Jim Reid said in a note that rates would rise.",
			want: []want{{"Morgan Stanley", "ORG", ""}, {"Jim Reid", "PERSON", ""}},
		},
		{
			name: "an unknown word that speaks after a fronted weekday or month, or hyphened, is a company",
			text: "On Tuesday Vodafone said it would cut jobs. Sibanye-Stillwater said it would cut jobs. In March Tesco said sales rose.",
			want: []want{{"Vodafone", "ORG", ""}, {"Sibanye-Stillwater", "ORG", ""}, {"Tesco", "ORG", ""}},
		},
		{
			name: "a party's name or its member's alone before its people or standing alone names the party",
			text: "Tory MPs rebelled on Tuesday. The Tory said no. Labor ministers said the plan would work. Republican senators blocked the bill.",
			want: []want{{"Tory", "ORG", ""}, {"Labor", "ORG", ""}, {"Republican", "ORG", ""}},
			not:  []string{"PERSON:Tory"},
		},
		{
			name: "a common noun capitalised before the title word it qualifies is part of the title",
			text: "Cabinet Secretary Simon Case told MPs on Tuesday. Microsoft Secretary John Smith said so.",
			want: []want{{"Simon Case", "PERSON", ""}, {"Microsoft", "ORG", ""}},
			not:  []string{"Cabinet"},
		},
		{
			name: "a nationality hyphened to a prefix that opens the sentence, or to a participle, is MISC",
			text: "Pro-Palestinian protesters marched on Sunday. The Chinese-owned company said it would appeal. The Turkish-based firm said no.",
			want: []want{{"Pro-Palestinian", "MISC", ""}, {"Chinese-owned", "MISC", ""}},
			not:  []string{"Turkish-based"},
		},
		{
			name: "an adjective made with -i from a place no list spells is MISC",
			text: "The Emirati government said on Sunday. He met Emirati officials in Dubai. Ferrari said it would cut jobs.",
			want: []want{{"Emirati", "MISC", ""}, {"Ferrari", "ORG", ""}},
			not:  []string{"PERSON:Emirati"},
		},
		{
			// Apart from the case above, where names the tagger found
			// would pass it alone.
			name: "an adjective made with -i from a place no list spells is MISC opening a sentence, the tagger's or not",
			text: "The talks ended. Emirati officials said no.",
			want: []want{{"Emirati", "MISC", ""}},
		},
		{
			name: "what a study was published in is a journal, unless a list knows it as a place or a language",
			text: "A study published in The Lancet found no link. The paper, published in Nature Medicine on Monday, found none. The book was published in London in English.",
			want: []want{{"The Lancet", "ORG", ""}, {"Nature Medicine", "ORG", ""}, {"London", "LOC", ""}},
			not:  []string{"ORG:London", "ORG:English"},
		},
		{
			name: "a sentence or a text ending in published in The names no journal (it read past the end)",
			text: "The data was published in The. Acme Corp said so. It was published in The",
			want: []want{{"Acme Corp", "ORG", ""}},
			not:  []string{"ORG:The"},
		},
		{
			name: "a name before a craft's noun, or ending in one, is the craft's",
			text: "NASA's Perseverance rover landed on Mars. The James Webb Space Telescope took new images. A NASA rover landed.",
			want: []want{{"Perseverance", "MISC", ""}, {"James Webb Space Telescope", "MISC", ""}, {"NASA", "ORG", ""}},
		},
		{
			name: "a parliament named in its own language is an organisation, though one sits in it",
			text: "In the Lok Sabha, the BJP has a majority. He spoke in the Knesset on Monday.",
			want: []want{{"Lok Sabha", "ORG", ""}, {"Knesset", "ORG", ""}},
			not:  []string{"LOC:Lok Sabha", "LOC:Knesset"},
		},
		{
			name: "a kind of place the tagger found alone before of joins the place after it",
			text: "the District of Columbia, Puerto Rico and Guam will get funds.",
			want: []want{{"District of Columbia", "LOC", ""}, {"Puerto Rico", "LOC", ""}},
			not:  []string{"District", "Columbia"},
		},
		{
			name: "what acts on its own is no person, unless a title, a role or its firm names one",
			text: "Morgan Stanley raised its price target on Apple. Apple CEO Tim Cook unveiled its new phone.",
			want: []want{{"Morgan Stanley", "ORG", ""}, {"Tim Cook", "PERSON", ""}},
		},
		{
			name: "what a place is the base of is an organisation, unless a noun for a person comes between",
			text: "The Air Force selected Los Angeles based Northrop Grumman on February 29. California-based Morgan Stanley said so. " +
				"The London-based journalist Jane Smith wrote.",
			want: []want{{"Northrop Grumman", "ORG", ""}, {"Morgan Stanley", "ORG", ""}, {"Jane Smith", "PERSON", ""}},
		},
		{
			name: "an organisation's first word before a comma and its state or country is the town, no short form",
			text: "The Paxton First Schoolhouse opened in 1890. It is located in the county seat of Paxton, Illinois. " +
				"Fairmont State University is a public university located in Fairmont, West Virginia.",
			want: []want{{"Paxton First Schoolhouse", "ORG", ""}, {"Paxton", "LOC", ""}, {"Fairmont State University", "ORG", ""}, {"Fairmont", "LOC", ""}},
		},
		{
			name: "what an analyst or a strategist works for or at is a firm, what a spokesman speaks for may be a person",
			text: "Peter Boockvar, an equity strategist for Miller Tabak, commented on the fall. \"We expect more,\" said an analyst at Piper Sandler. " +
				"A spokesman for Jane Smith declined to comment. She is an analyst for Jane Doe's hedge fund. An economist at John Roe's bank said so. " +
				"He works for London-based Mary Major's firm.",
			want: []want{{"Miller Tabak", "ORG", ""}, {"Piper Sandler", "ORG", ""}, {"Jane Smith", "PERSON", ""}, {"Jane Doe", "PERSON", ""},
				{"John Roe", "PERSON", ""}, {"Mary Major", "PERSON", ""}},
			not: []string{"ORG:Jane Doe", "ORG:John Roe", "ORG:Mary Major"},
		},
		{
			name: "a shareholder's company, an analyst's firm, a company's sales, a bought company",
			text: "Steve Jobs is also the largest single shareholder of Disney, which now owns Pixar. " +
				"Darren Winder, a market analyst from Cazenove, said so. Nissan Motors dropped 30 %, and Honda sales dropped 28 %. " +
				"In 1986 he bought Lucasfilm which was acquired by another studio in 2012. Europe sales fell 3 %, and Latin America revenue rose 8 %. Asia fell 2 % on Monday.",
			want: []want{{"Disney", "ORG", ""}, {"Cazenove", "ORG", ""}, {"Honda", "ORG", ""}, {"Lucasfilm", "ORG", ""},
				{"Europe", "LOC", ""}, {"Latin America", "LOC", ""}, {"Asia", "LOC", ""}},
		},
		{
			name: "what an appositive calls a company's rival or unit is a company, a person's rival stays a person",
			text: "Boeing had thousands of pages of documentation from Lockheed Martin, Boeing's rival during the 1998 competition. " +
				"The debate pitted John McCain, Obama's rival, against him.",
			want: []want{{"Lockheed Martin", "ORG", ""}, {"John McCain", "PERSON", ""}},
		},
		{
			name: "a region of place words before what is sold or earned there is a place, no company",
			text: "Asia Pacific revenue rose 8%. North Asia sales fell 3%. Asia-Pacific profit rose 2%. Cathay Pacific shares fell 3%. " +
				"Western Europe sales fell 1%. China Mobile revenue rose 3%. China Southern revenue fell 2%. Cathay Pacific revenue fell 5%.",
			want: []want{{"Asia Pacific", "LOC", ""}, {"North Asia", "LOC", ""}, {"Western Europe", "LOC", ""},
				{"China Mobile", "ORG", ""}, {"China Southern", "ORG", ""}, {"Cathay Pacific", "ORG", ""}},
			not: []string{"ORG:Asia Pacific", "ORG:North Asia", "ORG:Asia-Pacific", "LOC:Cathay Pacific", "LOC:China Mobile", "LOC:China Southern"},
		},
		{
			name: "a modifier before a common noun that WordNet also has as a place makes no region",
			text: "Western Union revenue fell 1%. Central Asia sales rose 2%.",
			want: []want{{"Western Union", "ORG", ""}, {"Central Asia", "LOC", ""}},
			not:  []string{"LOC:Western Union"},
		},
		{
			name: "a name takes in the exclamation mark after it that ends no sentence, and so wherever it is named",
			text: "On August 8th, Kerrang ! announced the shortlist. The band was nominated for two categories of the Kerrang !\nAwards 2007. " +
				"Yahoo! said it would cut jobs. Fans cheered for Arsenal! The club won. Welcome to London! the sign said.",
			want: []want{{"Kerrang !", "ORG", ""}, {"Yahoo!", "ORG", ""}, {"London", "LOC", ""}},
			not:  []string{"Kerrang", "Yahoo", "Arsenal!", "London!"},
		},
		{
			name: "an exclamation its speaker follows ends there, the name before it keeps no exclamation mark",
			text: "Congratulations to Microsoft! the tweet said. Shame on Google! he wrote. Yahoo! said it would cut jobs.",
			want: []want{{"Microsoft", "ORG", ""}, {"Google", "ORG", ""}, {"Yahoo!", "ORG", ""}},
			not:  []string{"Microsoft!", "Google!"},
		},
		{
			name: "a lone surname listed next to a person's short form is a person's",
			text: "Ludwig Tieck wrote plays. The salon was frequented by Tieck, Schelling and others. " +
				"Chrysler will receive loans.",
			want: []want{{"Tieck", "PERSON", "Ludwig Tieck"}, {"Schelling", "PERSON", ""}, {"Chrysler", "ORG", ""}},
			not:  []string{"ORG:Schelling"},
		},
		{
			name: "a short form listed with companies may be the company named after the person, and makes no person of its neighbour",
			text: "Henry Ford built cars. Ford, Chrysler and Buick grew.",
			want: []want{{"Henry Ford", "PERSON", ""}, {"Chrysler", "ORG", ""}, {"Buick", "ORG", ""}},
			not:  []string{"PERSON:Chrysler"},
		},
		{
			name: "what was founded is an organisation, though named after its founder",
			text: "Dell was founded in 1984 by Michael Dell. Michael Dell said the company would grow.",
			want: []want{{"Dell", "ORG", ""}, {"Michael Dell", "PERSON", ""}},
		},
		{
			name: "a hyphened double name before a country is a company's arm, unless used as a place",
			text: "It was acquired by Faber-Castell USA in 2001. The plant in Bourg-Achard France closed. " +
				"The village of Villers-Bocage France was destroyed.",
			want: []want{{"Faber-Castell USA", "ORG", ""}},
			not:  []string{"ORG:Bourg-Achard France", "ORG:Villers-Bocage France"},
		},
		{
			name: "a town that was founded or incorporated stays a place",
			text: "Kalamazoo was incorporated as a village in 1838. Aisby was founded in the 12th century. Ponca City was founded in 1893.",
			want: []want{{"Kalamazoo", "LOC", ""}, {"Aisby", "LOC", ""}, {"Ponca City", "LOC", ""}},
			not:  []string{"ORG:Kalamazoo", "ORG:Aisby", "ORG:Ponca City"},
		},
		{
			name: "the first word of a company's name the tagger left untagged later is its short form, unless a common word",
			text: "The Air Force picked Northrop Grumman Corp. for the tanker. Boeing said the evaluation was skewed towards Northrop. " +
				"General Motors Co. said the General would speak.",
			want: []want{{"Northrop", "ORG", "Northrop Grumman Corp."}},
			not:  []string{"General"},
		},
		{
			name: "what cuts jobs or raises prices is a firm, not what cuts his own stake",
			text: "Morgan Stanley cut 2,000 jobs. Charles Schwab laid off 300 workers. Warren Buffett cut his stake in the bank. " +
				"A shop owned by Jane Smith cut 20 jobs. Mary Jones cut her staff by half.",
			want: []want{{"Morgan Stanley", "ORG", ""}, {"Charles Schwab", "ORG", ""}, {"Warren Buffett", "PERSON", ""}, {"Jane Smith", "PERSON", ""},
				{"Mary Jones", "PERSON", ""}},
			not: []string{"ORG:Mary Jones"},
		},
		{
			name: "a name the document shows to be a person's stays one when it cuts jobs or is based somewhere",
			text: "Governor Gavin Newsom spoke on Monday. Gavin Newsom cut 500 jobs from the state payroll. " +
				"Elon Musk laid off 300 workers at Twitter. Musk said he had no choice. " +
				"London-based Jane Smith wrote the report. Smith said she was surprised. " +
				"Morgan Stanley cut 2,000 jobs. New York-based Goldman Sachs hired him.",
			want: []want{{"Gavin Newsom", "PERSON", ""}, {"Elon Musk", "PERSON", ""}, {"Jane Smith", "PERSON", ""},
				{"Morgan Stanley", "ORG", ""}, {"Goldman Sachs", "ORG", ""}},
			not: []string{"ORG:Gavin Newsom", "ORG:Elon Musk", "ORG:Jane Smith"},
		},
		{
			name: "a player whose result a score gives stays a person, a team named with the or after a place is a club",
			text: "Nadal won 6-4 in the final. Federer beat Alcaraz 6-3 on Sunday. Novak Djokovic is in form. Halep beat Djokovic 6-2. " +
				"The Pirates lost 10-7. Liverpool beat Everton 2-1.",
			want: []want{{"Nadal", "PERSON", ""}, {"Federer", "PERSON", ""}, {"Alcaraz", "PERSON", ""}, {"Djokovic", "PERSON", "Novak Djokovic"},
				{"Pirates", "ORG", ""}, {"Liverpool", "ORG", ""}, {"Everton", "ORG", ""}},
			not: []string{"ORG:Nadal", "ORG:Federer", "ORG:Alcaraz", "ORG:Djokovic"},
		},
		{
			name: "a club named as a surname is, set against a club or by a team's score, no player",
			text: "Stoke beat Hull 2-1 on Saturday. Leeds beat Barrow 3-0. Villarreal beat Getafe 2-1. Getafe beat Real Betis 2-1. " +
				"Gonzaga beat Baylor 86-70. Villanova beat Purdue 74-70. Schwartzman beat Berrettini 6-3. " +
				"Ferrari won 2-1 on Sunday. Burnley lost 3-0 at Anfield.",
			want: []want{{"Stoke", "ORG", ""}, {"Barrow", "ORG", ""}, {"Villarreal", "ORG", ""}, {"Gonzaga", "ORG", ""}, {"Purdue", "ORG", ""},
				{"Schwartzman", "PERSON", ""}},
			not: []string{"PERSON:Stoke", "PERSON:Barrow", "PERSON:Villarreal", "PERSON:Real Betis", "PERSON:Gonzaga", "LOC:Purdue",
				"PERSON:Ferrari", "PERSON:Burnley"},
		},
		{
			name: "the parties to a suit, a debt, a deal or a market are firms as often as people, so and other before them says neither",
			text: "Purdue, McKinsey and other defendants agreed to pay. Chrysler and other creditors objected. " +
				"Lockheed, Raytheon and other bidders submitted proposals. Nintendo, Sony and other players in the console market cut prices. " +
				"Obama, Bush and other presidents attended.",
			want: []want{{"Obama", "PERSON", ""}, {"Bush", "PERSON", ""}},
			not:  []string{"PERSON:Purdue", "PERSON:McKinsey", "PERSON:Chrysler", "PERSON:Lockheed", "PERSON:Raytheon", "PERSON:Nintendo", "PERSON:Sony"},
		},
		{
			name: "the plural noun after and other says whether the names before it are people or companies",
			text: "Biden and other leaders met in Rome. Sunak, Macron and other world leaders spoke. Pelosi and several other lawmakers objected. " +
				"Morgan Stanley, Wells Fargo and other banks fell. Exxon, Chevron and other producers cut spending. China, India and other countries voted. Stoltenberg, NATO and other leaders met. Later, Scholz, Microsoft and other leaders spoke.",
			want: []want{{"Biden", "PERSON", ""}, {"Macron", "PERSON", ""}, {"Pelosi", "PERSON", ""},
				{"Morgan Stanley", "ORG", ""}, {"Wells Fargo", "ORG", ""}, {"Chevron", "ORG", ""}, {"China", "LOC", ""}, {"India", "LOC", ""}, {"NATO", "ORG", ""}, {"Microsoft", "ORG", ""}},
			not: []string{"ORG:Biden", "ORG:Pelosi", "PERSON:NATO", "PERSON:Microsoft"},
		},
		{
			name: "what has a board, a chief executive or shareholders is an organisation, but a region's chief stays a place",
			text: "The deal was approved by the board of Thames Water. Thames Water said bills would rise. " +
				"He quoted the new EADS CEO of North America. He is chief executive of Anglian Water. He is the chairman of Joe Biden's campaign.",
			want: []want{{"Thames Water", "ORG", ""}, {"North America", "LOC", ""}, {"Anglian Water", "ORG", ""}, {"Joe Biden", "PERSON", ""}},
			not:  []string{"LOC:Thames Water", "LOC:Anglian Water", "ORG:Joe Biden"},
		},
		{
			name: "what moves by a percentage as a clause's subject is a company's shares",
			text: "Estee Lauder fell 3% on Monday, while Ralph Lauren rose 2.5 percent. Support for Joe Biden rose 3% in the poll.",
			want: []want{{"Estee Lauder", "ORG", ""}, {"Ralph Lauren", "ORG", ""}, {"Joe Biden", "PERSON", ""}},
		},
		{
			name: "a name whose shares move, or that rates a stock, is a company, though an analyst rates stocks too",
			text: "Estee Lauder shares fell 3% on Monday. Piper Sandler downgraded the stock to neutral. " +
				"Analyst Jane Smith downgraded the stock to sell. Donald Trump shares his views. " +
				"Goldman Sachs upgraded Apple to buy from hold. Elon Musk raised $46 billion to buy Twitter. Rishi Sunak cut taxes to reduce inflation.",
			want: []want{{"Estee Lauder", "ORG", ""}, {"Piper Sandler", "ORG", ""}, {"Jane Smith", "PERSON", ""}, {"Donald Trump", "PERSON", ""},
				{"Goldman Sachs", "ORG", ""}, {"Elon Musk", "PERSON", ""}, {"Rishi Sunak", "PERSON", ""}},
			not: []string{"ORG:Elon Musk", "ORG:Rishi Sunak"},
		},
		{
			name: "the and a shape or a place after at name a ground, unless one works there",
			text: "England played at The Oval on Thursday. She worked at The Sun for years.",
			want: []want{{"The Oval", "LOC", ""}, {"The Sun", "ORG", ""}},
		},
		{
			name: "no names",
			text: "the prices of bread and milk rose again last month, the survey found.",
			not:  []string{"the", "prices", "bread", "milk"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := recognize(t, r, tc.text)
			for _, w := range tc.want {
				found := false
				for _, m := range ms {
					if m.Text == w.text && m.Type == w.typ && m.Value == w.value {
						found = true
					}
				}
				if !found {
					t.Errorf("want %s %q (value %q) in %v", w.typ, w.text, w.value, ms)
				}
			}
			for _, m := range ms {
				for _, n := range tc.not {
					// "text=value": no mention of that text carries that value;
					// "PERSON:text": none of that text is a person.
					if typ, text, ok := strings.Cut(n, ":"); ok && typ == strings.ToUpper(typ) && !strings.Contains(typ, " ") {
						if m.Type == typ && m.Text == text {
							t.Errorf("unexpected mention %v", m)
						}
						continue
					}
					if text, value, ok := strings.Cut(n, "="); ok && m.Text == text && m.Value == value || !ok && m.Text == n {
						t.Errorf("unexpected mention %v", m)
					}
				}
			}
			if len(tc.want) == 0 && len(ms) != 0 {
				t.Errorf("want no names, got %v", ms)
			}
		})
	}
}

// TestListMembers: a list's member the tagger left out, first or last, is
// a name of the type of those it found; a word that only opens the
// sentence is no member. Each text is a document of its own, so that no
// other sentence decides.
func TestListMembers(t *testing.T) {
	r := load(t)
	tests := []struct {
		text string
		want string // the organisation the list adds, "" for none
		not  string // a word no name may be
	}{
		{"Apple, Google and Microsoft reported higher profits.", "Apple", ""},
		{"Boeing, Airbus and Embraer delivered fewer jets.", "Embraer", ""},
		{"Shares of Boeing, Airbus, and Embraer fell.", "Embraer", ""},
		{"Meanwhile, Boeing, Airbus and Embraer fell.", "Embraer", "Meanwhile"},
		{"Research, Boeing, and Airbus agree.", "", "Research"},
		{"Shares, Boeing and Airbus fell.", "", "Shares"},
		{"Still, Boeing, and Airbus rose.", "", "Still"},
		{"Similarly, Boeing, and Airbus fell.", "", "Similarly"},
		{"Plus, Boeing, and Airbus rose.", "", "Plus"},
		{"Only Boeing, Airbus and I agreed.", "", "I"},
		{"Yesterday, Boeing and Airbus said so.", "", "Yesterday"},
		{"The deck has four face cards (King, Queen, Knight, and Jack) and the Fool.", "", "Queen"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := recognize(t, r, tc.text)
			found := tc.want == ""
			for _, m := range ms {
				if m.Text == tc.want && m.Type == claims.TypeOrg {
					found = true
				}
				if m.Text == tc.not && m.Type != claims.TypeDate {
					t.Errorf("unexpected mention %v", m)
				}
			}
			if !found {
				t.Errorf("want ORG %q in %v", tc.want, ms)
			}
		})
	}
}

func TestDocumentConsistency(t *testing.T) {
	r := load(t)
	// Every occurrence of a name carries one type.
	text := "Theresa May met Emmanuel Macron in Paris. May said the talks went well. " +
		"Later, May flew to Brussels, where May met officials."
	ms := recognize(t, r, text)
	types := map[string]map[string]bool{}
	for _, m := range ms {
		if types[m.Text] == nil {
			types[m.Text] = map[string]bool{}
		}
		types[m.Text][m.Type] = true
	}
	for s, ts := range types {
		if len(ts) > 1 {
			t.Errorf("%q has types %v", s, ts)
		}
	}
	for _, m := range ms {
		if m.Text == "May" && (m.Type != claims.TypePerson || m.Value != "Theresa May") {
			t.Errorf("May: got %s value %q, want PERSON value %q", m.Type, m.Value, "Theresa May")
		}
	}
}

func TestEmpty(t *testing.T) {
	r := load(t)
	for _, text := range []string{"", "   ", "\n\n", "...", "\xff\xfe"} {
		if ms := recognize(t, r, text); len(ms) != 0 {
			t.Errorf("%q: got %v", text, ms)
		}
	}
	if ms := r.Recognize(nil); ms != nil {
		t.Errorf("nil doc: got %v", ms)
	}
}

// TestOtherLanguages: a page in another language gets no names, as the
// model reads English capitalisation (German nouns are all capitalised);
// a table of scores, which is not English prose either, keeps its names.
func TestOtherLanguages(t *testing.T) {
	r := load(t)
	german := "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch alle Branchen und Unternehmen, und auch das Gesundheitswesen bleibt davon nicht unberührt. Die elektronische Patientenakte soll ab 2021 allen Versicherten zur Verfügung stehen."
	if ms := recognize(t, r, german); len(ms) != 0 {
		t.Errorf("German text: %d names, want none: %v", len(ms), ms)
	}
	scores := "GIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 — 44\n\nPalm Bay 18 22 13 17 — 70\n\nPalm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Moore 3 points."
	var places int
	for _, m := range recognize(t, r, scores) {
		if m.Type == claims.TypeLoc && m.Text == "Palm Bay" {
			places++
		}
	}
	if places == 0 {
		t.Error("a table of scores lost its place names")
	}
}

func TestConcurrentRecognize(t *testing.T) {
	r := load(t)
	texts := []string{
		"Alexander Nix, the chief executive of Cambridge Analytica, was suspended. Nix denied wrongdoing.",
		"Julian Assange spent seven years in the Ecuadorian embassy in London.",
		"Lisbon, Portugal, hosted the Web Summit, which moved there from Dublin, Ireland.",
		"General Motors named Mary Barra its chief executive. Barra, 51, joined GM in 1980.",
	}
	want := make([][]claims.Mention, len(texts))
	for i, s := range texts {
		want[i] = r.Recognize(segment.Split(s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % len(texts)
				if got := r.Recognize(segment.Split(texts[i])); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d text %d: got %v, want %v", g, i, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestLoadOnce(t *testing.T) {
	a, b := load(t), load(t)
	if a != b {
		t.Error("Load decoded the model twice")
	}
}

func TestModelRoundTrip(t *testing.T) {
	gb := &entities.GazetteerBuilder{}
	gb.Add("Lisbon", entities.GazCapital)
	gb.Add("New York", entities.GazCity)
	gb.Add("Maria", entities.GazFirst)
	gaz := gb.Gazetteer()
	tag := func(s ...string) []uint8 {
		out := make([]uint8, len(s))
		for i, x := range s {
			out[i] = uint8(entities.TagIndex(x))
		}
		return out
	}
	sents := []entities.Sentence{
		{Tokens: strings.Fields("Maria lives in Lisbon ."), Tags: tag("B-PERSON", "O", "O", "B-LOC", "O")},
		{Tokens: strings.Fields("Acme Corp hired Maria Silva in New York ."), Tags: tag("B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-LOC", "I-LOC", "O")},
		{Tokens: strings.Fields("Silva left Acme Corp ."), Tags: tag("B-PERSON", "O", "B-ORG", "I-ORG", "O")},
	}
	m, err := entities.Train(append(append(sents, sents...), sents...), gaz, entities.TrainOptions{Epochs: 5, MinWordCount: 1, MinFeatureCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := gaz2bytes(gb)
	g2, err := entities.ParseGazetteer(raw)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := entities.UnmarshalModel(b, g2)
	if err != nil {
		t.Fatal(err)
	}
	r1, r2 := entities.NewRecognizer(m), entities.NewRecognizer(m2)
	for _, s := range sents {
		got1, got2 := r1.TagTokens(s.Tokens), r2.TagTokens(s.Tokens)
		if !reflect.DeepEqual(got1, got2) {
			t.Errorf("%v: before marshalling %v, after %v", s.Tokens, got1, got2)
		}
		for i, g := range s.Tags {
			if got1[i] != entities.TagNames[g] {
				t.Errorf("%v: tag %d = %s, want %s (training data)", s.Tokens, i, got1[i], entities.TagNames[g])
			}
		}
	}
	if _, err := entities.UnmarshalModel([]byte("not a model"), g2); err == nil {
		t.Error("garbage model decoded without error")
	}
	if _, err := entities.Train([]entities.Sentence{{Tokens: []string{"a"}}}, gaz, entities.TrainOptions{}); claims.ErrorKind(err) != claims.Invalid {
		t.Errorf("mismatched tags: got %v, want an Invalid error", err)
	}
}

func gaz2bytes(b *entities.GazetteerBuilder) ([]byte, error) { return b.Bytes(), nil }

// benchCorpus is MEANTIME's 60 articles, segmented once.
func benchCorpus(b *testing.B) ([]*segment.Doc, []string, int) {
	dir, ok := eval.SharedDir()
	if !ok {
		b.Skip("SHARED DATA NOT FOUND: set CLAIMPIPE_SHARED; the benchmark corpus is MEANTIME's documents")
	}
	docs, err := eval.ReadJSONL[eval.Doc](filepath.Join(dir, "data", "scoring", "meantime.docs.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var segs []*segment.Doc
	var texts []string
	words := 0
	for _, d := range docs {
		s := segment.Split(d.Text)
		segs = append(segs, s)
		texts = append(texts, d.Text)
		words += s.Words()
	}
	return segs, texts, words
}

// processCPU is the CPU time the process has used: on a shared machine
// words per CPU second is steadier than words per wall second.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportWords(b *testing.B, words int, cpu0 time.Duration) {
	n := float64(words) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "words/s")
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(n/cpu.Seconds(), "words/cpu-s")
	}
}

func BenchmarkRecognize(b *testing.B) {
	segs, _, words := benchCorpus(b)
	r := load(b)
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, d := range segs {
			r.Recognize(d)
		}
	}
	reportWords(b, words, cpu0)
}

// BenchmarkProseNER is the baseline: prose v2 with its model loaded once,
// on the same corpus (it tokenises itself, so its time includes that).
func BenchmarkProseNER(b *testing.B) {
	_, texts, words := benchCorpus(b)
	p, err := eval.NewProseNER()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := p.Recognize(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportWords(b, words, cpu0)
}

// BenchmarkLoad decodes the embedded model as Load does on first use.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := entities.LoadFresh(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
}

// BenchmarkSplitRecognize is the path from raw text: segmentation plus
// recognition, the share of the annotate path this package adds to.
func BenchmarkSplitRecognize(b *testing.B) {
	_, texts, words := benchCorpus(b)
	r := load(b)
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			r.Recognize(segment.Split(t))
		}
	}
	reportWords(b, words, cpu0)
}

// TestModelRoundTripNounClasses trains with Brown clusters and WordNet noun
// classes on names that only their definition types ("X is a company" /
// "X is a city": the head noun lies outside the word window) and checks
// that the model types an unseen defined name by it, before and after
// marshalling (the noun classes travel with the model).
func TestModelRoundTripNounClasses(t *testing.T) {
	gaz := (&entities.GazetteerBuilder{}).Gazetteer()
	tag := func(s ...string) []uint8 {
		out := make([]uint8, len(s))
		for i, x := range s {
			out[i] = uint8(entities.TagIndex(x))
		}
		return out
	}
	var sents []entities.Sentence
	for d, name := range []string{"Zorbex", "Quillon", "Vantris", "Mebrook", "Dastel", "Korrin", "Belvane", "Tusket"} {
		head, typ := "company", "B-ORG"
		if d%2 == 1 {
			head, typ = "city", "B-LOC"
		}
		sents = append(sents,
			entities.Sentence{Doc: d, Tokens: strings.Fields(name + " is a " + head + " ."), Tags: tag(typ, "O", "O", "O", "O")},
			entities.Sentence{Doc: d, Tokens: strings.Fields("We saw " + name + " ."), Tags: tag("O", "O", typ, "O")})
	}
	opt := entities.TrainOptions{Epochs: 8, MinWordCount: 1, MinFeatureCount: 1,
		Clusters: map[string]string{"company": "1010", "city": "1011", "saw": "0001"},
		NounClasses: map[string]uint32{
			"company": entities.NounClassEntry([]int{14}), // noun.group
			"city":    entities.NounClassEntry([]int{15}), // noun.location
		}}
	m, err := entities.Train(sents, gaz, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := entities.UnmarshalModel(b, gaz)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"Plonkett is a company. We saw Plonkett.", claims.TypeOrg},
		{"Plonkett is a city. We saw Plonkett.", claims.TypeLoc},
	} {
		for i, model := range []*entities.Model{m, m2} {
			got := entities.NewRecognizer(model).Recognize(segment.Split(tc.text))
			if len(got) != 2 || got[0].Type != tc.want || got[1].Type != tc.want {
				t.Errorf("%q (model %d of 2): got %v, want Plonkett twice as %s", tc.text, i+1, got, tc.want)
			}
		}
	}
}
