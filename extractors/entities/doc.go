// Package entities finds names of people, organisations, places and other
// things (PERSON / ORG / LOC / MISC) in segmented text and returns them as
// claims.Mention values with byte spans. It reads English only: a text
// segment.Foreign takes for another language gets no names.
//
// The recogniser is a first-order linear-chain model over BIO tags (an
// averaged structured perceptron decoded with Viterbi) whose features are
// the word, its lower-cased form, shape, affixes, gazetteer membership and
// how often the word is written in lower case, each at offsets -2..+2; a
// few context conjunctions (among them the case and lower-case ratio of the
// words at -2..+2); document cues: what the word's other occurrences in the
// article show (written capitalised mid-sentence or in lower case, after
// "Mr.", before "Inc.", after "in", at either end of a run of capitalised
// words), read from the words without a second tagging pass; and
// definitions (definitions.go): where the text says what a name is ("Aisby
// is a village", "Cisco , a networking company ,"), every occurrence of the
// name gets the WordNet noun classes of the description's head
// (noun.location, noun.group, noun.person, ...) as features, and the
// tagger learns what each class says. The gazetteer includes WordNet's
// proper nouns (named places, organisations, events, works, languages;
// peoples and faiths). Brown cluster features (brown.go: bit-string
// prefixes of 4, 6, 10 and 20, clusters learnt from the training text and
// folded into the word's weights) are built when cmd/train-ner runs with
// -brown-clusters; they are off by default, having measured no gain once
// the WordNet features were in. The model and the derived gazetteer are
// embedded (model.bin.gz, gazetteer.txt.gz) and written by
// `go run ./cmd/train-ner`;
// see NOTICE for the data they derive from. A document pass then makes a
// name keep one type throughout the article and links short forms ("Nix")
// to the full name seen earlier ("Alexander Nix"), carried as the value;
// words around a name that say it is a company ("automaker Chrysler",
// "Ford 's chief executive", "White House Press Secretary Stephanie
// Grisham", where the house alone would be a place, "a stake in
// Chrysler", "the board of Thames Water", "Lockheed Martin, Boeing's
// rival", "Dell was founded in 1984" (no person's name it shares then
// links it to Michael Dell), "Seattle-based Amazon", "Morgan Stanley said in a note", "Morgan Stanley raised its target", "Morgan Stanley cut
// 2,000 jobs", "Estee Lauder fell 3 %" (the subject of its clause), "Estee Lauder shares fell",
// "Piper Sandler downgraded the stock to neutral", but not "a stake in
// Kylie Jenner 's company", "the chairman of Joe Biden 's campaign", nor
// where the document shows a person — "Governor Gavin Newsom", "Musk said
// he" — or a place — "Kalamazoo was incorporated
// as a village", "Asia fell 2 %", a region of place words: "Asia Pacific
// revenue rose 8 %") weigh in that vote, as do the heads of place
// names ("Seminole County", "Shoreline Amphitheatre", "2134 Caldwell
// Place"), a parliament's own-language name ("in the Lok Sabha", an
// organisation), "The" and a shape or a place after "at" (the ground
// "at The Oval", not "worked at The Sun") and a common first name before a surname that is no common noun
// ("Peyton Manning", where the tagger read a place). A bare "Emirates" or
// "Amazon" is the company; "the Emirates" and "the Amazon" are places.
// A place in capitals opening a news dateline ("LONDON (AP) —", "NEW
// DELHI (Reuters) -") is a LOC.
// The same pass marks titles of works in double quotes (" The Kill ") as
// MISC, and so the names of stock-market indices ("the FTSE 100 index",
// "the Dow fell 300 points", "The Nikkei dropped 2 %", "the stock index
// FTSE 100") and of products (products.go): products written in
// lower-case camel case ("iPod"), a maker's name with a model code
// ("Airbus A380", and "the A380s" after it), and names that product nouns
// around them describe ("the MacBook Air laptops", "the web browser
// Safari", "Ford's next model Falcon") and no company cue contradicts, and
// spacecraft named before their kind or ending in it ("the Perseverance
// rover", "James Webb Space Telescope").
// Adjectives made from names that the tagger left untagged ("Jewish",
// "Prussian": WordNet's capitalised adjectives, kept in the noun-class
// table) are MISC too, before a person's title ("Scottish First Minister
// John Swinney", where a country is a LOC: "US President Joe Biden") or
// opening a sentence ("Saudi officials said") as well, and so are
// nationalities hyphened to a prefix or a participle ("pro-Palestinian",
// "Pro-Palestinian" opening a sentence, "Chinese-owned") and adjectives
// made with "-i" from a place that no list spells ("Emirati"), and a capitalised
// run right after a noun that says what it is ("the fact-checking website Full Fact", "talent manager
// Scooter Braun") is a name of that kind (untagged.go). A one-word PERSON
// that no full name, title or given name in the article supports
// ("Chrysler will receive loans") becomes an ORG, unless the text
// refers to it as a person ("Trump said he", "Merkel, who"), a score gives
// its result as a player's ("Nadal won 6-4"; not against a club nor by a
// team's score: "Stoke beat Hull 2-1", "Gonzaga beat Baylor 86-70") or it
// is listed before "and other" and a plural for people only ("Biden and
// other leaders", but "Purdue, McKinsey and other defendants"). Editions and lines of
// products are MISC ("Macbook Pro" and "Macbook", "Mac" of "Mac OS X",
// "Atlas V", what a plant manufactures), and so are titles followed by
// their year ("Hollywood Canteen ( 1944 )") and unknown plurals listed
// with a people ("Cagots , Gahets , Gafets"). Some capitalised runs are no
// names and are dropped: titles alone ("Civilian Deputy Undersecretary",
// "the Treasurer", "the Ombudsman"),
// terms ("Middle Ages", "Computer Aided Design ( CAD )"), acronyms WordNet
// knows only as common nouns and the document never has act as an
// organisation ("a DVD", not "AFP" in "told AFP") or that a lower-case term
// defines ("binge eating disorder ( BED )"), ranking ordinals and
// clock times, currency codes beside amounts, and currencies that move
// against another ("Sterling fell against the dollar", where the tagger
// read a person). Spans: tokenised hyphens
// join ("Wal - Mart"), a company's name runs whole to its legal form
// ("Standard Chartered PLC", "Goldman Sachs Group Inc", "Rio Tinto plc",
// where the tagger tagged "PLC" alone, started anew at "Sachs" or left
// "plc" out), a place's name joins the public body named after it
// ("Victoria Police", "Bristol City Council", where the tagger left out
// "Police" or tagged "City Council" apart), as do two places and "and"
// before it ("Shrewsbury and Telford Hospital NHS Trust", "Avon and
// Somerset Police", where the tagger started anew at the second place),
// a club's word ends a club's
// name that looks like a person's ("Aston Villa", "Charlton Athletic"),
// a kind of place joins its name after "of" ("City of Brampton", "District
// of Columbia" where the tagger found "District" alone), a public body named
// by its kind joins the country it serves ("the State Railway of
// Thailand", "the Communist Party of China", tagged apart) and a state's
// formal name is one place ("the State of Israel", "the Kingdom of Saudi
// Arabia"), an envoy's name leaves the organisation
// the title is to ("Ambassador to the European Union Gordon Sondland"), a
// rank or title opening a name the tagger took for an organisation leaves
// a person ("Justice D.Y. Chandrachud", "Crown Prince Mohammed"), a
// person's name leaves the department of the title before it ("Minister
// for Home Affairs Clare O'Neil", "Secretary of State Antony Blinken"), a
// common noun capitalised before "Secretary" or "Minister" and a person is
// part of the title ("Cabinet Secretary Simon Case"), a
// describing word opening a sentence leaves a person's name
// ("Descendant Eberhard Faber V"). Names listed after a plural noun for
// companies, or before "and other" and one ("Morgan Stanley, Wells Fargo
// and other banks"), are companies (before "and other leaders", people),
// with the capitalised members the tagger missed
// ("the five companies — Blue Origin, …, SpaceX and Tyvak"), as are a name
// after a role a company may play ("investor SoftBank"), a company another
// bought ("Meetup, which it acquired") and the untagged spelt-out name of
// an organisation's acronym ("The Real Deal" for "TRD"). The most quoted
// stock indices (indices.go: "DAX", "CAC 40", "Nikkei 225", "S&P 500") are
// MISC wherever they stand, tagged or not. Where the tagger, unsure of a
// sentence's first words, cut or missed a name, words the gazetteer or a
// head joins to it make it whole ("South African" for "African", "the
// Australian Open", "Manchester United", "Victoria Police"), a region's
// word joins a people's adjective after it as one MISC ("North American
// sales", "Southeast Asian markets", "Latin American", where the tagger
// left the direction out or read "East Asian" as a company), a city or a
// state before a noun it modifies is a place ("a Melbourne man"), and an
// untagged run ending in a company's kind before its chairman or shares
// is a company ("Reliance Industries chairman"); shares in a name no
// gazetteer places make it a company ("Shares in Zomato"), as does an
// unknown one-word "place" that did what companies do ("Ryanair cut its
// fares"), and an unknown word that speaks after a fronted weekday or
// month or in hyphened title case ("On Tuesday Vodafone said",
// "Sibanye-Stillwater said"); what a study was published in is a journal
// ("published in The Lancet", "in Nature Medicine"; not "in London"); a name ends before a plural acronym ("Tory MPs"),
// and a party's name or its member's alone is the party's, before its
// people or standing alone ("Labor ministers", "Tory MPs", "the Tory
// said"), no person. A member's title ends its party's name ("the Liberal
// Democrat MP"); a broadcaster's name takes its station's number ("BBC
// Radio 4"); an untagged county's name is a place ("Seminole County
// Sheriff"), an untagged "People's" opens the name after it, an
// untagged first word of a company's name found earlier is its short form
// ("Northrop" after "Northrop Grumman"), an unknown first word of a
// sentence opens the person's name after it that lacks a given name
// ("Jusman Syafii Djamal"); two one-word names closing a list are two
// ("Raytheon and Boeing"); an exclamation
// mark that ends no sentence is part of the name before it ("Kerrang !
// announced", "Yahoo! said"), and a list's bullet is no part of a name, nor
// a score ("the Red Sox 5-3"); a team named with "the" that won or lost
// by a score is a club ("the Pirates lost 10-7"), a side only a surname
// list knows a player ("Federer beat Alcaraz 6-3").
//
// Training: `go run ./cmd/train-ner` (about 20 s; it reads WordNet 3.0
// from Debian's wordnet-base) reads GMB (train + dev; cut into 20-sentence
// pseudo-documents, with systematic silver errors on one-word names
// relabelled, see cmd/train-ner) and the WikiGold documents not held back
// for evaluation (every fifth document is, see eval.WikiGoldHeldOut), trains 6 epochs with seed 1 —
// the same input gives a byte-identical model — and prints the held-back
// WikiGold and MEANTIME scores. `claimpipe eval ner` (eval.EvalNER) prints
// them beside prose v2's. The model is about 1.6 MB gzip'd (with the
// 43,000 WordNet noun classes, 785 capitalised adjectives and 190 common
// acronyms), the gazetteer 0.43 MB; Load decodes both
// in about 0.05-0.1 s of CPU.
//
// What lives here: feature extraction shared by training and run time, the
// trainer (pure: corpora in, model bytes out), the model format and the
// recogniser. What must not: file or network I/O (cmd/train-ner reads the
// corpora), evaluation (package eval), tokenisation (extractors/segment).
package entities
