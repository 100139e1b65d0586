package claimbuild

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

func TestAttribution(t *testing.T) {
	tests := []struct {
		sentence string
		want     string // "" = none
	}{
		{"According to campaign finance records, the Trump campaign made its first payment.", "campaign finance records"},
		{"Firms will pass on the increase to consumers, said Monica de Bolle, a senior fellow.", "Monica de Bolle"},
		{"Ursula von der Leyen said the bloc would respond.", "Ursula von der Leyen"},
		{"China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.", "China’s ambassador to Britain Liu Xiaming"},
		{"Senior adviser to the president Jared Kushner said the plan was ready.", "Senior adviser to the president Jared Kushner"},
		{"The bill goes to Congress Speaker Nancy Pelosi said on Monday.", "Congress Speaker Nancy Pelosi"},
		{"“It is a tool,” explains SciSpacE Team Leader Jennifer Ngo-Anh.", "SciSpacE Team Leader Jennifer Ngo-Anh"},
		{"“Our nation is in danger,” Essid declared in a televised address Wednesday evening.", "Essid"},
		{`"If they are in our division, we get our shot [again]," Heyward said.`, "Heyward"},
		{"“They cut the budget [of the agency] by $5 million,” Warren said.", "Warren"},
		{"“Taxes fell 20%,” Johnson said.", "Johnson"},
		{"“We will cut taxes by 20%,” Johnson said on Monday.", "Johnson"},
		{"Officials who spoke to Reuters said the plan would cost $5 billion.", "Officials"},
		{"But Uber, as its name suggests, is hierarchical in structure.", ""},
		{"The deal is off, according to people familiar with it, and Acme shares fell 5%.", "people familiar with it"},
		{"But according to multiple people I spoke to, Ford paid $5 million to Smith.", "multiple people I spoke to"},
		{"According to police on Tuesday, Acme lost $5 million.", "police"},
		{"According to the officials he reported to, Acme lost $5 million.", "the officials he reported to"},
		{"According to the report, officials said Acme lost $5 million.", "officials"},
		// A source set off at the end, with who or where they are.
		{"Acme lost $5 million, officials in the ministry said.", "officials in the ministry"},
		{"Acme will cut 500 jobs, people familiar with the matter said.", "people familiar with the matter"},
		{"Acme will cut 500 jobs, people familiar with the matter told Reuters.", "people familiar with the matter"},
		{"Acme will cut 500 jobs, sources close to the minister said.", "sources close to the minister"},
		{"Acme will cut 500 jobs, workers at the plant said.", "workers at the plant"},
		{"I’m sure your friends told you Acme lost $5 million.", "your friends"},
		{"Acme lost $5 million last year, the filing shows.", "the filing"},
		// A clause of time whose verb reports nothing is no source; one
		// that reports something is.
		{"Shares of Tesla fell 5% on Monday after Elon Musk tweeted about the stock.", ""},
		{"Shares of Tesla fell 5% on Monday after Elon Musk spoke to reporters.", ""},
		{"Shares of Tesla fell 5% on Monday after Elon Musk said the company would miss its target.", "Elon Musk"},
		{"Shares fell 5% after advertisers claim to allow users to opt out.", "advertisers"},
		{"Acme lost $5 million last year, the ruling states.", "the ruling"},
		{"The drug, as the term implies, acts on the whole body.", ""},
		{"The mayor, Bill de Blasio, said crime fell 5% in 2019.", "Bill de Blasio"},
		{"U.S. officials, speaking on condition of anonymity, said 34 troops had been injured.", "U.S. officials"},
		{"Rep. Adam Schiff, D-Calif., said the inquiry would move to public hearings next week.", "Rep. Adam Schiff"},
		{"China accounts for about a third of global steel output, data from the World Steel Association show.", "data from the World Steel Association"},
		{"Unemployment fell to 3.5% in November, figures from the Labor Department showed on Friday.", "figures from the Labor Department"},
		{"Rep. Alexandria Ocasio-Cortez, D-N.Y., said the plan would cost $5 billion.", "Rep. Alexandria Ocasio-Cortez"},
		{"The report by the Government Accountability Office found that the Pentagon overpaid by $100 million.", "The report by the Government Accountability Office"},
		{"“There were 40 deaths,” a hospital official, who asked not to be named, told AFP.", "a hospital official"},
		{"A spokeswoman for the ministry, who declined to be named, said 40 people died.", "A spokeswoman for the ministry"},
		{"Johnson, 55, who was elected in July, said the cost would be £5 billion.", "Johnson"},
		{"Shares rose 4% after the company reported earnings of $1.20 a share, according to FactSet.", "FactSet"},
		{"This comes less than a week after Bloomberg reported WeWork is the subject of a probe.", "Bloomberg"},
		{"About 60% of voters support the plan, a new poll showed.", "a new poll"},
		{"About 60% of voters support the plan, a poll by Gallup found.", "a poll by Gallup"},
		{"It spawned at least 19 tornadoes, according to Gov. Ron DeSantis.", "Gov. Ron DeSantis"},
		{"Families of the 346 people killed in two crashes in 2018 and 2019 said the deal was a sweetheart arrangement.", ""},
		{"Most Republicans believe immigration is a major problem, a Gallup poll released in July showed.", "a Gallup poll released in July"},
		{"People who eat it have a 10% higher risk, a study of more than 500,000 Americans has found.", "a study of more than 500,000 Americans"},
		{"A survey of more than 2,000 adults found that 40% skip breakfast.", "A survey of more than 2,000 adults"},
		{"About 60% of voters support the plan, Gallup found on Monday.", "Gallup"},
		{"The firm paid $5 million for the site, a study estimated.", "a study"},
		{"The firm paid $5 million for the site, a deal announced on Monday.", ""},
		{"The company was found in 2019 by 3 brothers.", ""},
		{"In the summer of 1961, Hamilton moved on to another project, but not before training her replacement.", ""},
		{"The official who wrote the memo said taxes rose 40% in 2019.", "The official"},
		{"Those who said the plan would cost $5 billion were wrong.", ""},
		{"The WHO said 1.5 million people died of tuberculosis in 2018.", "WHO"},
		{`"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds.`, "Strauss Zelnick"},
		{`"Some of the benefits will take longer to realize than our initial assumptions," Menear continued.`, "Menear"},
		{"“I was sure we would lose the plant in 2009,” she recalled.", "she"},
		{"The rally continued after 3 speakers left the stage in Ohio.", ""},
		{`"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS."`, `the "Pose" actor`},
		{"“We won” Smith said on Monday after 3 votes in Ohio.", "Smith"},
		{"“Ratings fell 20% in 2019,” his “Daily Show” co-host told reporters.", "his “Daily Show” co-host"},
		{"U.S. Attorney James Kennedy Jr. said in the release that the case showed 3 threats were made.", "U.S. Attorney James Kennedy Jr."},
		{"“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.", "one user"},
		{"The Master Builder Series sets emphasize playability whereas the UCS sets focus on authenticity.", ""},
		{`"The duty is paid by a U.S. broker representing a U.S. importer — say, Costco," Howard Gleckman, a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center, has written.`, "Howard Gleckman"},
		{"The duty is paid by a U.S. importer — say, Costco — at the border in 2019.", ""},
		{"Although he had written a will in 2005, it was never witnessed.", ""},
		{"The family denies any involvement in the sale of 2 books.", "The family"},
		{"His ally says the plan would cost $4 million.", "His ally"},
		{"Early says the plan would cost $4 million.", "Early"},
		{"Ellen Fetter showed up at MIT in much the same fashion.", ""},
		{"Emery retweeted an article that claimed President-elect Trump relied on lies.", ""},
		{"After Fiona Hill left the NSC, it was Morrison who took over, and Vindman reported to him.", ""},
		{"The officer reported to police that 3 men had fled.", "The officer"},
		{"Anthony Beauvillier added his seventh for the Islanders, and New York improved to 14-0-1.", ""},
		{"The update adds a new mode for the camera in 2020.", ""},
		{"The certification comes with added costs borne by the fishermen and buyers.", ""},
		{"Foreign Secretary Dominic Raab defended the party’s actions, saying the account was linked to the Conservatives.", "Foreign Secretary Dominic Raab"},
		{"The company responded to the allegations, saying the figures were accurate.", "The company"},
		{"The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it would not succeed.", "Rachid Ghannouchi"},
		{"On Monday, prices rose sharply, adding to the losses of 2019.", ""},
		{"Over the course of that interview, Dale and Martha disputed it, saying instead he was introverted.", ""},
		{"The platform is adding marketing pioneer Ivan Braiker as its first officer.", ""},
		{"Bergeron chimed in, noting that the offer was “a lovely gesture.”", "Bergeron"},
		{"Apple shares rose 5% on Monday, adding $50 billion to its value.", ""},
		{"From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.", ""},
		{"“He could have had a better career,” Patrick Nielsen Hayden, Teresa’s husband and Tor’s editor in chief, said.", "Patrick Nielsen Hayden"},
		{"Tim Cook, Apple’s chief executive, said sales rose 5%.", "Tim Cook"},
		{"Sonya A. Zoghlin, Carlineo’s attorney, told The Hill that her client meant no harm.", "Sonya A. Zoghlin"},
		{"Mr. Reeves said the sanctions would be lifted.", "Mr. Reeves"},
		{"U.S. Defense Secretary Mark Esper on Wednesday accused China of coercion.", "U.S. Defense Secretary Mark Esper"},
		{"Coach P.J. Fleck said Morgan has made progress this week.", "Coach P.J. Fleck"},
		{"A decade before George R.R. Martin wrote A Song of Ice and Fire, Ford created a retelling.", ""},
		{"In the meantime, he wrote the first of his many books on tarot.", ""},
		{"He wrote books on topics such as the Kabbalah, beginning in the late 1880s.", ""},
		{"The family claimed Ford’s body and left town in 2019.", ""},
		{"The MEB’s flexibility shows its strength here, allowing Volkswagen to cut 20 inches.", ""},
		{"Campaign finance records show the firm was paid $100,000 in 2016.", "Campaign finance records"},
		{"Campaign finance records show the Trump campaign paid $5.9 million to Cambridge Analytica in 2016.", "Campaign finance records"},
		{"The group claimed that 300 fighters had joined it.", "The group"},
		{"The senator claimed the campaign paid $5.9 million to the firm in 2016.", "The senator"},
		{"She claimed the label thought the performance would amount to a re-recording.", "She"},
		{"The company claims its new prices and Prime deals have saved customers millions since 2017.", "The company"},
		{"Taylor wrote in a blog post that the diagnosis was a jigsaw.", "Taylor"},
		{"Smith wrote that tariffs are a tax.", "Smith"},
		{"The cause was “extremely distressing,” wrote Taylor, who had never smoked.", "Taylor"},
		{"China “vastly improved its detection of diseases,” writes the Associated Press.", "the Associated Press"},
		{"According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.", "WHO"},
		{"First, tasks are explicitly claimed through an exclusive task state before starting execution.", ""},
		{"The story of chaos is usually told like this: Lorenz made discoveries.", ""},
		{"The trail took him across three states and five decades to find the women.", ""},
		{"Fifty reports were filed in 2019.", ""},
		{"Tariffs are a tax on consumers, argued Lawrence White of New York University.", "Lawrence White"},
		{"The display can show as you unlock and lock the car.", ""},
		{"What emergent trends show up in that data is what we study.", ""},
		{"According to the Journal, the firm paid $5 million.", "the Journal"},
		{"According to a document Matthesen prepared for her lawyers in October of 2006, the will was unexecuted.", "a document Matthesen prepared for her lawyers"},
		{"It was due to her husband, the late James Rigney, who wrote as Robert Jordan.", ""},
		{"Nix reportedly said at an event in Lisbon, Portugal that it was over.", "Nix"},
		{"Last month, a representative for Assange confirmed the outreach from Cambridge Analytica.", "a representative for Assange"},
		{"The campaign paid the firm $5.9 million for services, records show.", "records"},
		{"The head of the firm reached out to Assange, The Wall Street Journal is reporting", "The Wall Street Journal"},
		{"“We were done,” said Alexander Nix at the event.", "Alexander Nix"},
		{"The company plans to report its earnings on Monday.", ""},
		{"Assange has denied ties to Russia.", "Assange"},
		{"“It is over,” says veteran industry analyst Ken Doctor of the firm.", "veteran industry analyst Ken Doctor"},
		{"Two service members were killed in a crash, the US military said.", "the US military"},
		{"The data analytics firm began working in May 2016.", ""},
		{"Two United States service members have been killed.", ""},
		{"Big Machine have twice denied doing anything wrong.", "Big Machine"},
		{"At no point did we say she could not perform.", "we"},
		{"Clark in October revealed plans to expand the fleet by 30%.", "Clark"},
		{"Alden on Tuesday announced that it had become the largest shareholder.", "Alden"},
		{"WASHINGTON — NASA announced Nov. 18 that it was adding five companies.", "NASA"},
		{"Secretary of State Mike Pompeo said the release was a positive step.", "Secretary of State Mike Pompeo"},
		{"About 50 other people were wounded, local news reports said.", "local news reports"},
		{"Britain's Conservative Party was accused Wednesday of misleading voters.", ""},
		{"It should be noted that artists do not need approval.", ""},
		{"They have invested in investigative reporting and national coverage.", ""},
		{"Twitter pledged to take decisive corrective action.", "Twitter"},
		{"White House press secretary Josh Earnest condemned the attack and said the U.S. would help.", "White House press secretary Josh Earnest"},
		{"Tourism made up 15 percent of output, the World Travel and Tourism Council said.", "the World Travel and Tourism Council"},
		{"Tourism is 15 percent of output, according to the World Travel and Tourism Council, an industry body.", "the World Travel and Tourism Council"},
		{"In a Tumblr post at the time she described this as the worst case and said she was sad.", ""},
		{"He visited the border near McAllen, Texas, and said drugs worth $53 million cross it.", ""},
		{"They met in Paris and said the talks went well.", "They"},
		{"the parties met in Paris and said the talks went well.", ""},
		{"The company, based in Austin, Texas, said it would cut 500 jobs.", "The company"},
		{"The plant will open next year in Austin, Texas, said John Smith, the chief executive.", "John Smith"},
		{"Labour leader Jeremy Corbyn says May should resign over the Brexit deal.", "Labour leader Jeremy Corbyn"},
		{"The company says May sales rose sharply across Europe.", "The company"},
		{"Preliminary reports do not indicate any damage at the plant in Ohio.", "Preliminary reports"},
		{"Tensions rose sharply among the Gulf states, officials said on Monday.", "officials"},
		{"The company that runs the AMAs, Dick Clark Productions, denies that anything was sorted.", "Dick Clark Productions"},
		{"The news organization, citing an anonymous government source, reported that talks stalled.", "The news organization"},
		{"Despite parliamentary reports urging new regulations, the party did nothing.", ""},
		{"Earlier this year, GateHouse reportedly laid off more than 60 employees (the company reports such moves rarely).", "the company"},
		{"Sudan remains on the government’s list of state sponsors of terrorism.", ""},
		{"While there are estimates for the amount coming through, the official figure is lower.", ""},
		{"There would be a code including, according to the explanatory notes of the bill, limits.", "the explanatory notes of the bill"},
		{"The company reports record profits for the third quarter.", "The company"},
		{"The company notes that sales rose in May.", "The company"},
		{"That is smaller than what McKinley said, but close.", "McKinley"},
		{"“There is no reason to believe they changed,” said Mr. Reeves, a senior fellow.", "Mr. Reeves"},
		{"Robert Mugabe ruled Zimbabwe for 37 years before he was ousted.", ""},
		{"“Experiments of this kind succeed when you get out more than you put in,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, said.", "Dylan Nelson"},
		{"Jane Roe, a professor at the University of Texas in Austin, Texas, said the study was flawed.", "Jane Roe"},
		{"Matthesen and Ford’s friends wanted some say in the disposition of his effects, but their efforts were unsuccessful.", ""},
		{"Residents will have no say over the $5 million plan, the mayor said.", "the mayor"},
		{"Some say the plan failed because Acme paid $5 million too much.", "Some"},
		{"Few would argue that Acme paid $5 million too much.", ""},
		{"Although no group claimed responsibility, the bloodshed raised fears that 19 people had died.", ""},
		{"No one said the plan would cost $5 million.", ""},
		{"One could argue that disputes of this sort are proof that even small projects need legal advice.", ""},
		{"One analyst said the deal was worth $5 million.", "One analyst"},
		{"Local people reported seeing a flash of light west of Kyzyl, the Tuva government was quoted as saying by the Interfax news agency.", "the Tuva government"},
		{"The company reported a loss of $5 million, analysts said on Monday.", "analysts"},
		{"The company reported a loss of $5 million, a figure analysts said was low.", "The company"},
		{"He said others had raised concerns about Vindman leaking information, a prospect Vindman denied earlier in the day.", "He"},
		{"The condition is often misdiagnosed if the person reports no birds in the home.", ""},
		{"Unless the company reports a profit, the shares will fall 10%.", ""},
		{"If anything, the report shows that costs rose 5%.", "the report"},
		{"Acme Corp paid $5 million for the plant in 2019, the founder and chief executive said on Monday.", "the founder and chief executive"},
		{"“That’s really good, maybe we should go on the road,” the singer and guitarist told the audience.", "the singer and guitarist"},
		{"Acme Corp paid $5 million for the plant in 2019, the company and regulators said on Monday.", "the company and regulators"},
		{"“Experiments of this kind succeed when you get out more than you put in,” Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.", "Dylan Nelson"},
		{"Kurt Volker, the former envoy, and Tim Morrison, a former official, testified side-by-side before the House Intelligence Committee Tuesday about the events.", ""},
		{"Tim Morrison testified in a closed session on Thursday.", ""},
		{"Tim Morrison testified on Tuesday he was not concerned about the call.", "Tim Morrison"},
		{"The doctor testified in court the boy died of a blow to the head.", "The doctor"},
		{"Smith testified to the committee the budget rose 5% last year.", "Smith"},
		{"Tim Morrison testified before the committee that the call was not in line with policy.", "Tim Morrison"},
		{"Tim Morrison testified Tuesday he was not concerned about the call.", "Tim Morrison"},
		{"The call was not in line with American policy, Tim Morrison testified.", "Tim Morrison"},
		{"The judge ruled that the policy was unlawful and must end.", "The judge"},
		{"The official divulged that the program had been quietly cancelled.", "The official"},
		{"But says Smith, the plan will cost Ford $5 billion.", "Smith"},
		{"\"The cause is under investigation, however preliminary reports do not indicate it was caused by enemy fire,\" the statement said.", "the statement"},
		{"“Our reports show a rise,” the ministry said on Monday.", "the ministry"},
		{"The Afghan Taliban, however, claimed responsibility for downing the helicopter, which it said crashed in Logar.", "The Afghan Taliban"},
		{"General Mark Milley, chairman of the Joint Chiefs of Staff, told US media this month that its forces are likely to remain.", "General Mark Milley"},
		{"Ken Doctor, an industry analyst, said the chain would shrink.", "Ken Doctor"},
		{"The spokesman told Reuters the deal was done.", "The spokesman"},
		{"Estimates have varied widely, the ministry said.", "the ministry"},
		{"She did not give a date for crewed missions, but said SpaceX would fly Starship a lot.", "She"},
		{"Small players bring an agility and a creativity that adds to the mix.", ""},
		{"That said, the DEA says that the border remains the primary entry point.", "the DEA"},
		{"The Afghan government has ruled out Taliban involvement in the incident.", "The Afghan government"},
		{"In addition to questions about the company’s financial state, red flags for investors included that Neumann had borrowed.", ""},
		{"The company paid $5 million, records show, and more later.", "records"},
		// A bare "state" or "report" modifying a noun opens the phrase.
		{"Johnson & Johnson agreed to pay $26 billion to settle lawsuits, state officials said.", "state officials"},
		{"China's state media said 12 people died in Hubei in 2019.", "China's state media"},
		{"The Dow fell 102 points on Tuesday as Chinese state media said Beijing was pessimistic about a deal.", "Chinese state media"},
		{"Smith paid $5 million to Jones in 2019, report authors said.", "report authors"},
		{"The filings show officials said the plant would close.", "The filings"},
		// A bare form after a preposition's object agrees with the plural
		// before: a verb, unless the compound goes on.
		{"The commission launched its investigation in 2017, documents tendered in court show.", "documents tendered in court"},
		{"Documents filed in court show the commission paid $5 million in 2017.", "Documents filed in court"},
		{"Smith has starred in talk show segments since 2019.", ""},
		// "according to" a phrase with a count in it, cut by the limit.
		{"Coffee drinkers are 12% less likely to die early, according to a study of more than 500,000 people published in the Annals of Internal Medicine.", "a study of more than 500,000 people"},
		{"Sales rose 5%, according to a survey of fewer than 20 economists.", "a survey of fewer than 20 economists"},
		// What a newsroom "understands", set off at the end or with "that".
		{"Manchester United have agreed an £80 million fee with Leicester City, the BBC understands.", "the BBC"},
		{"Arsenal have made a £40m bid for Kieran Tierney, Sky Sports News understand.", "Sky Sports News"},
		{"The Guardian understands that Arsenal have made a £40m bid for Kieran Tierney.", "The Guardian"},
		{"Smith understands the risks of the £40m deal with Arsenal.", ""},
		{"He understands that the risk is high.", ""},
		// A group named after an inverted verb that ends the sentence.
		{"Smith paid $5 million to Jones, said state police on Tuesday.", "state police"},
		{"The 55-year-old is the third Beijing resident to contract the disease, say officials.", "officials"},
		{"\"Smith paid $5 million!\" said police.", "police"},
		{"Smith paid $5 million to Jones, said nothing more.", ""},
		// A time or an occasion after the source named after its verb is
		// not part of it.
		{"“Smith paid $5 million,” said police on Tuesday.", "police"},
		{"“Smith paid $5 million,” said police late on Monday.", "police"},
		{"“Smith paid $5 million,” said police spokesman John Smith on Tuesday.", "police spokesman John Smith"},
		{"“Smith paid $5 million,” said the company in a statement.", "the company"},
		{"“Smith paid $5 million,” said a spokeswoman for the ministry at a news conference.", "a spokeswoman for the ministry"},
		{"Smith paid $5 million to Jones, said police in a statement.", "police"},
		{"Smith paid $5 million to Jones, said Jane Doe Tuesday.", "Jane Doe"},
		{"Smith paid $5 million to Jones, according to police on Tuesday.", "police"},
		{"Smith paid $5 million to Jones, according to figures released on Tuesday by the ONS.", "figures released on Tuesday by the ONS"},
		{"“Smith paid $5 million,” said Theresa May.", "Theresa May"},
		{"“Smith paid $5 million,” said one study in 15 people.", "one study in 15 people"},
		{"“Smith paid $5 million,” said a reporter at the Washington Post.", "a reporter at the Washington Post"},
		{"Smith paid $5 million to Jones, according to an article in the Washington Post.", "an article in the Washington Post"},
		{"Smith paid $5 million to Jones, according to estimates in a report by Moody's.", "estimates in a report by Moody's"},
		{"Smith paid $5 million to Jones, according to records in the 2019 filing.", "records in the 2019 filing"},
		{"Smith paid $5 million to Jones, according to the company in a statement.", "the company"},
		// An organisation, a lower-case title, then the speaker's name.
		{"“Smith paid $5 million,” said Acme spokesman John Smith in a statement.", "Acme spokesman John Smith"},
		{"Smith paid $5 million to Jones, said Acme chief executive Jane Doe.", "Acme chief executive Jane Doe"},
		{"“Smith paid $5 million,” said Smith of Acme.", "Smith"},
		// What a court, an inquest or a committee heard; not that it heard evidence.
		{"He defrauded ratepayers of more than $1.2 million, the District Court heard on Friday.", "the District Court"},
		{"The inquest heard how the boy had been bullied for two years.", "The inquest"},
		{"Brisbane Magistrates Court heard he had spent $300,000 on holidays.", "Brisbane Magistrates Court"},
		{"The court heard evidence from 12 witnesses in 2019.", ""},
		{"Residents heard that a bomb had gone off at 3am.", ""},
		// ", which said": the phrase before the comma, from its last preposition.
		{"The claims were rejected by the company, which said it paid $9 billion.", "the company"},
		{"One of the first clues was Taylor's blood work, which showed his immune system was exposed to avian protein.", "Taylor's blood work"},
		// A verb after a modal is no one who claims or states.
		{"The settlement would resolve claims brought by more than 3,000 state and local governments in 2019.", ""},
		{"The deal will settle claims filed by 40 states against Pfizer in 2019.", ""},
		{"In May officials said the plant would close.", "officials"},
		{"The group that owns most of her music, Big Machine, says she will be allowed to play.", "Big Machine"},
		{"Officials divulged Thursday that the government had allowed two visits.", "Officials"},
		{"In Kabul, the capital, officials said the roads were closed.", "officials"},
		{"“It was an attempt to mislead voters,” Will Moy, chief executive of Full Fact, told the BBC.", "Will Moy"},
		// Read on real pages: a noun that looks like a reporting verb, a
		// negated or contracted auxiliary, an inverted speaker after a comma.
		{"It's paired with a 9th generation Intel Core i5 processor and a generous 512GB solid state drive.", ""},
		{"The ATF entity stores all task related information that is used to track the task state and payload.", ""},
		{"His repeated claims of having no memory of events were widely mocked.", ""},
		{"The governor of South Dakota would like us to know that her state is on meth.", ""},
		{"Summary Studies show that fasting may be associated with increased cravings.", "Studies"},
		{"Acme, Google and Boeing said they paid $4 million in 2019.", "Acme, Google and Boeing"},
		{"In Kabul, Acme and Google said they paid $4 million in 2019.", "Acme and Google"},
		{"Yesterday, Acme and Google said they paid $4 million in 2019.", "Acme and Google"},
		{"Bottom line Analysts say the fund lost 5% in 2019.", "Analysts"},
		{"“Prince Andrew is not entitled to any form of immunity,” said one legal expert, as reported by the Independent newspaper.", "one legal expert"},
		{"“The deal will close in March,” says a spokeswoman for the ministry.", "a spokeswoman for the ministry"},
		{"“The deal will close in March,” said the.", ""},
		{"But it won’t tell us what measures it is taking to improve its safety record.", "it"},
		{"That doesn’t explain why every other part of my article is being pushed aside.", ""},
		{"I’m sure your friends told you everything you need to know.", "your friends"},
		{"However, this effort to end his friendship with Epstein contradicts his claim that he cut ties.", ""},
		{"The September quarter was not a disappointment, as most of the companies reported in-line results.", "most of the companies"},
		{"Marco Villa, the company’s chief operating officer, said Tyvak would leverage that experience.", "Marco Villa"},
		{"This shows that the plan works as intended by the city.", ""}, // a demonstrative names no source
		{"Either way, what the jurors do or don’t say on the stage could be relevant.", ""},
		{"Commenter Paul Stoffregen (who wrote the story above) noted that Arduino SRL created a fork.", "Commenter Paul Stoffregen"},
		{"If what the people monitoring his brain activity said was true, he is awake.", "the people monitoring his brain activity"},
		{"We’re told the plant will close by the end of next year.", ""},
		{"He instead told the BBC interviewer that he took the judgement call.", "He"},
		{"According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the campaign.", "a report in the Argus Leader of Sioux Falls"},
		{"On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is absolute danger.", "the People’s Daily"},
		{"The stock added more than 2% to begin the week after the deal.", ""},
		{"Ben Patton added to his titles, winning the 200 yard Individual Medley state title.", ""},
		{"The Greens state that the plan will cost $5 billion.", "The Greens"},
		// A name's capitalised words do not count against the phrase's length.
		{"A spokesperson for Shrewsbury and Telford Hospital NHS Trust said the waiting list had grown by 4,000 patients in 2019.", "A spokesperson for Shrewsbury and Telford Hospital NHS Trust"},
		{"Tariffs are a tax, the U.S. Attorney’s Office for the Western District of New York announced Monday.", "the U.S. Attorney’s Office for the Western District of New York"},
		{"Those gains add to a major gain for shares this year.", ""},
		{"The company added that sales rose 2% in May.", "The company"},
		{"Jeff Sanborn, president of Chapter & Verse, a Spokane and Seattle design agency, said the campaign was meant to raise eyebrows.", "Jeff Sanborn"},
		{"Computers and electronic devices have seen impacts, too, said Mary E. Lovely, a Syracuse University economist.", "Mary E. Lovely"},
		{"The plastic is less susceptible to leaks, said the officials, who added that they were swapping pipes.", "the officials"},
		{"Only three games available on the service have been announced) shows the lineup is light.", ""},
		{"You can add a timer to automatically call the stop function after a while, as the docs show.", "the docs"},
		{"And its pricing imposes costs on its customers, extracting greater amounts whenever the data suggest demand is high.", "the data"},
	}
	for _, tt := range tests {
		ws := wordsOf(tt.sentence, 0)
		got := withoutLabel(attribution(tt.sentence, 0, ws, hasQuote(tt.sentence)))
		gotText := ""
		if got != nil {
			gotText = got.Text
			if err := claims.CheckSpan(tt.sentence, got.Start, got.End, got.Text); err != nil {
				t.Errorf("%q: %v", tt.sentence, err)
			}
		}
		if gotText != tt.want {
			t.Errorf("attribution(%q) = %q, want %q", tt.sentence, gotText, tt.want)
		}
	}
}

// TestCompiledBy: data or a report set off with who compiled it has that
// organisation as its source.
func TestCompiledBy(t *testing.T) {
	text := "The data, compiled by Johns Hopkins University, show more than 1 million deaths in 2022. " +
		"The figures, released by the Census Bureau, show income rose 4% in 2019. " +
		"The report, released on Monday, says costs rose 3% in 2020."
	ms := []claims.Mention{
		mentionOf(t, text, "Johns Hopkins University", claims.TypeOrg, ""),
		mentionOf(t, text, "Census Bureau", claims.TypeOrg, ""),
	}
	checkSources(t, buildChecked(t, Builder{}, text, ms), map[string]string{
		"The data":    "Johns Hopkins University",
		"The figures": "Census Bureau",
		"The report":  "The report",
	})
}

// TestPromoNoClaim: a newsletter promotion inside the story is no claim.
func TestPromoNoClaim(t *testing.T) {
	text := "What you need to know to start the day: Get New York Today in your inbox."
	ms := []claims.Mention{
		mentionOf(t, text, "the day", claims.TypeDate, "2019-11-19"),
		mentionOf(t, text, "Get New York", claims.TypeOrg, ""),
	}
	if got := buildChecked(t, Builder{Scorer: fixedScorer(0.9), Worthy: 0.5}, text, ms); len(got) != 0 {
		t.Errorf("%q: %d claims, want none", text, len(got))
	}
}

// TestMeasuredDuration: a length of time in digits is a measure a named
// source can be held to, as a count is; without a name, or in words ("for
// years"), the unit is left to the model.
func TestMeasuredDuration(t *testing.T) {
	for _, tc := range []struct {
		text     string
		duration string
		org      string
		want     int
	}{
		{"The World Health Organization recommends at least 150 minutes of moderate exercise a week.", "at least 150 minutes", "World Health Organization", 1},
		{"The World Health Organization recommends moderate exercise for years to come.", "years", "World Health Organization", 0},
		{"Aim to squeeze in at least 8 hours of sleep to keep your appetite in check.", "at least 8 hours", "", 0},
	} {
		ms := []claims.Mention{mentionOf(t, tc.text, tc.duration, claims.TypeDuration, "PT150M")}
		if tc.org != "" {
			ms = append(ms, mentionOf(t, tc.text, tc.org, claims.TypeOrg, ""))
		}
		// A scorer that rates everything low: only the rules can make the claim.
		if got := buildChecked(t, Builder{Scorer: fixedScorer(0.1), Worthy: 0.5}, tc.text, ms); len(got) != tc.want {
			t.Errorf("%q: %d claims, want %d", tc.text, len(got), tc.want)
		}
	}
}

// TestBareNumber: a number outside dates and amounts counts something,
// but a person's age does not (though it is a number).
func TestBareNumber(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
		name string // a mention of a name, if any
	}{
		{"The army sent 3,000 troops to the border.", true, ""},
		{"A jury convicted Webb, 51, of kidnapping the girl.", false, ""},
		{"\"I lost my job,\" said Maria Lopez, 45.", false, ""},
		{"The plant employs 45, most of them from Ohio.", true, ""},
		{"The A380 landed in Paris.", false, ""},
		{"Parata and his 22-year-old son were called in to assist.", false, ""},
		{"A family friend spotted the sedan and called 911.", false, ""},
		{"Neighbours dialled 999 and waited for police.", false, ""},
		{"The 911 dispatcher kept her on the line.", false, ""},
		{"The county received 912 calls that night.", true, ""},
		{"Police answered 911 complaints last year.", true, ""},
		{"Officers searched a garage behind 2134 Caldwell Place on Monday.", false, ""},
		{"Police arrested Elizabeth Burton of 1119 Eighth St. after a stop.", false, ""},
		{"Victor Burton of 3170 W. County Road 600S was held.", false, ""},
		{"The crash closed Highway 31 for hours.", false, ""},
		{"The company hired 2134 Caldwell Place residents.", false, ""},
		{"The company hired 300 New York workers last year.", true, ""},
		// A number inside a name counts nothing: "Apollo 11", "the 50th
		// Anniversary Tour"; beside it, it still may.
		{"The band announced its 50th Anniversary Tour on Monday.", false, "50th Anniversary Tour"},
		{"Apollo 11 landed on the Moon.", false, "Apollo 11"},
		{"The 2017 Cannes Film Festival gave it the Palme d'Or.", false, "2017 Cannes Film Festival"},
		{"Boeing delivered 737 jets last year.", true, "Boeing"},
	} {
		var ms []claims.Mention
		if tc.name != "" {
			ms = append(ms, mentionOf(t, tc.text, tc.name, claims.TypeMisc, ""))
		}
		if _, got := bareNumber(tc.text, wordsOf(tc.text, 0), ms); got != tc.want {
			t.Errorf("bareNumber(%q) counts %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestKind(t *testing.T) {
	tests := []struct {
		sentence string
		quantity bool
		want     string
	}{
		{"The campaign paid the firm $5.9 million.", true, claims.KindQuantity},
		{"Few would argue against the use of such material to catch criminals or terrorists.", false, claims.KindOther},
		{"The main feature added during that time would appear to be better accessibility support.", false, claims.KindOther},
		{"It would be interesting to know what is meant by tagging WordPress as a skill.", false, claims.KindOther},
		{"The console feels far heavier than you'd expect for its size.", false, claims.KindOther},
		{"Unless you're sitting very close to a TV, you'd likely have a hard time telling the difference.", false, claims.KindOther},
		{"Analysts said the merger would be a boon for shareholders next year.", false, claims.KindPrediction},
		{"Most would agree to the deal, the minister said, and it would be signed next year.", false, claims.KindPrediction},
		{"Two-thirds of Americans oppose the plan, according to a Pew survey.", false, claims.KindQuantity},
		// A quotation of several sentences that gives an amount as a fact
		// is about that amount, whatever it goes on to forecast; a year
		// is no amount, and an initial ends no sentence.
		{"“They brought this public in 2014 at $16 a share. The stock is $8.5 and they’re going to walk away with hundreds of millions of dollars.”", true, claims.KindQuantity},
		{"“The company was founded in 2014. It will cut 4,000 jobs next year,” he said.", true, claims.KindPrediction},
		{"Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many as 80 by 2022.", true, claims.KindPrediction},
		// What a law holds or does, past a clause about it; not what must
		// happen to it.
		{"But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period.", false, claims.KindLaws},
		{"The law will include an exemption for journalists.", false, claims.KindLaws},
		{"The bill will have to pass the Senate next year.", false, claims.KindPrediction},
		{"The new law will have a big impact on small businesses.", false, claims.KindPrediction},
		{"The regulation would have cost Exxon $2 billion a year.", true, claims.KindQuantity},
		{"The treaty will have 40 signatories by 2021.", true, claims.KindPrediction},
		{"The bill will have no sunset clause.", false, claims.KindLaws},
		{"The executive order was signed on Friday.", false, claims.KindLaws},
		// When a rule comes into force is a claim about the rule.
		{"China-specific tariffs took effect in July 2018, primarily covering machinery.", false, claims.KindLaws},
		{"The new rules will take effect next year.", false, claims.KindLaws},
		{"These are measures that won’t come into full effect for two years.", false, claims.KindLaws},
		// What a law provides, opened by "Under the law,", amounts
		// included; not what happened under it, nor a regime's rule.
		{"Under the new rules, companies with more than 250 staff must publish their gender pay gap.", true, claims.KindLaws},
		{"Under the law, employers must pay staff at least 8 pounds an hour.", true, claims.KindLaws},
		{"Under the 2010 law, Acme paid $5 million in fines.", true, claims.KindQuantity},
		{"Under the rule of Saddam Hussein, 5,000 Kurds were killed.", true, claims.KindQuantity},
		{"Under the law firm's plan, Acme will pay $5 million.", true, claims.KindPrediction},
		// "Most" of a group is a share, as a poll measures it.
		{"Most Americans support stricter gun laws, a Gallup poll showed in October.", false, claims.KindQuantity},
		{"The poll found that most voters oppose the new tax plan.", false, claims.KindQuantity},
		{"Most importantly, the bill would ban assault weapons.", false, claims.KindLaws},
		{"It was the most serious attack on the laws of war.", false, claims.KindLaws},
		{"Most likely he was at home in Boston.", false, claims.KindPrediction},
		{"Prime is a hybrid of the loyalty programs offered by most grocers in the US.", false, claims.KindOther},
		{"Most recently he was at home in Boston.", false, claims.KindOther},
		{"Most famous for his role in Jaws, he was at home in Boston.", false, claims.KindOther},
		{"The side effect of the drug will be felt for two years.", false, claims.KindPrediction},
		{"The anesthetic took effect within minutes.", false, claims.KindOther},
		// A government's list or designation with legal effect.
		{"Sudan is one of the few countries that remain on the American government’s list of state sponsors of terrorism.", false, claims.KindLaws},
		{"The State Department designated the group a foreign terrorist organization.", false, claims.KindLaws},
		{"The firm supports a growing list of supply and demand side partners.", false, claims.KindOther},
		{"The museum keeps a list of terrorist attacks in Europe since 2015.", false, claims.KindOther},
		{"Cuba was removed from the list of state sponsors of terrorism.", false, claims.KindLaws},
		{"He was added to the list of speakers at the terrorism conference.", false, claims.KindOther},
		{"The town was designated a disaster zone after the terror attack.", false, claims.KindOther},
		{"The State Department designated the group as a terrorist organization.", false, claims.KindLaws},
		// A goal stated in the main clause is a plan, as "plans to" is.
		{"The agency is working on a call for proposals, with a goal of doing two deliveries to the lunar surface every year.", false, claims.KindPrediction},
		{"The goal is to deliver a seamless experience to Stadia users.", false, claims.KindPrediction},
		{"The goal of having a web editor should be for someone to tell stories.", false, claims.KindOther},
		{"Waite’s aim was to produce a beautiful, art-minded deck.", false, claims.KindOther},
		{"Officials fear militants who joined the jihadists with the goal of returning home.", false, claims.KindOther},
		{"The company, with the aim of cutting costs, closed its Ohio plant.", false, claims.KindOther},
		{"Apple is investing $1 billion, with the goal of opening a campus in Austin.", true, claims.KindQuantity},
		{"The firm has hired 300 engineers with the aim of launching a car by 2022.", true, claims.KindQuantity},
		{"The firm has hired engineers with the aim of launching a car by 2022.", false, claims.KindOther},
		{"The firm has a team of engineers, with the aim of launching a car by 2022.", false, claims.KindPrediction},
		// A share of a sum of money without a number: how much of it.
		{"All political parties are devoting much of their campaign spending to the digital realm.", false, claims.KindQuantity},
		{"The bulk of the company’s revenue now comes from advertising.", false, claims.KindQuantity},
		{"Snow covered much of the country for most of the week.", false, claims.KindOther},
		// A rough count in words before "of" and a plural.
		{"The committee has received dozens of submissions.", false, claims.KindQuantity},
		{"Hundreds of people marched through the city.", false, claims.KindQuantity},
		{"The police injured scores of protesters in the clashes.", false, claims.KindQuantity},
		{"From hundreds of submitted concepts, the festival jury selected thirty artworks.", false, claims.KindQuantity},
		{"Lenders check the credit scores of borrowers before a loan.", false, claims.KindOther},
		{"Their scores of the last game were poor.", false, claims.KindOther},
		{"The committee has heard from dozens of them over the year.", false, claims.KindOther},
		// The sum must be the head of its noun phrase, not a noun's modifier.
		{"Much of the budget debate has focused on Ukraine.", false, claims.KindOther},
		{"Much of the budget goes to defence.", false, claims.KindQuantity},
		{"Much of the money went to the campaign.", false, claims.KindQuantity},
		{"Much of the money he raised went to the campaign.", false, claims.KindQuantity},
		{"Most of the budget cuts fell on schools.", false, claims.KindQuantity},
		{"Much of the tax revenue comes from oil.", false, claims.KindQuantity},
		{"Much of the budget deficit is due to lower tax revenue.", false, claims.KindQuantity},
		{"Much of the income tax is paid by the richest.", false, claims.KindQuantity},
		{"Much of the tax debate has focused on the rich.", false, claims.KindOther},
		{"A third of the budget goes to defence.", false, claims.KindQuantity},
		{"One in five children lives in poverty in the UK.", false, claims.KindQuantity},
		{"The deal was signed in the third quarter of the year.", false, claims.KindOther},
		{"One in the crowd shouted at the mayor.", false, claims.KindOther},
		{"Texas has executed more people than any other state since 1976.", false, claims.KindQuantity},
		{"The bill, which the Senate passed 68-32 on Thursday, would raise the minimum wage to $15 by 2025.", true, claims.KindLaws},
		{"The bill, which the Senate passed on Thursday, would be a disaster for 3 million workers.", true, claims.KindQuantity},
		{"The economy will shrink next year, the bank said.", false, claims.KindPrediction},
		{"Most of the companies reported better than expected results.", false, claims.KindOther},
		{"Analysts expected better results from the companies.", false, claims.KindPrediction},
		{"This is not at all what I expected to see here, Inaba said.", false, claims.KindPersonal},
		{"We expected to lose money on the deal, the chief executive said.", false, claims.KindOther},
		{"The company said it expected revenue to rise next year.", false, claims.KindPrediction},
		{"Prices rose because of the drought.", false, claims.KindCausation},
		{"The new law bans the sale of such data.", false, claims.KindLaws},
		{"I saw the emails myself, she told reporters.", false, claims.KindPersonal},
		{"Assange has denied ties to Russia.", false, claims.KindOther},
		{"Two service members were killed in a crash, the US military said.", false, claims.KindOther},
		{"Thousands of Tunisians have flocked to the border.", false, claims.KindQuantity},
		{"The Bill requires providers to store metadata.", false, claims.KindLaws},
		{"The Bill would require providers to store metadata for two years.", false, claims.KindLaws},
		{"The Press Council is concerned the laws would crush investigative journalism.", false, claims.KindPrediction},
		{"More than a third of the 12,000 employees will likely receive notice.", true, claims.KindPrediction},
		{"More than 4,000 people are expected to receive notice.", true, claims.KindPrediction},
		{"Those include 1,000 workers who were told their jobs will end.", true, claims.KindQuantity},
		{"The company abandoned plans for an IPO and its value fell to $8 billion.", true, claims.KindQuantity},
		{"The firm said it would cut 500 jobs.", true, claims.KindQuantity},
		{"Our company is in a great position to bid on payloads going to the Moon, Roth said.", false, claims.KindOther},
		{"Noem saw the Twitter reaction and doubled down on the slogan.", false, claims.KindOther},
		{"The Afghan war, a terrible and costly conflict that has lasted 40 years, may soon end.", false, claims.KindQuantity},
		{"Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole.", false, claims.KindQuantity},
		{"Goals by Josh Bailey and Ryan Pulock in the final 4:29 of regulation forced overtime for the Islanders.", false, claims.KindOther},
		{"Ford’s unexecuted will specified that he did not want his family to get his estate in 2006.", false, claims.KindOther},
		{"Mark Esper accused China of using coercion to impose its will in the South China Sea.", false, claims.KindOther},
		{"By then, McDougal and Rigney, who would eulogize Ford as his brother, had adopted him in 1990.", false, claims.KindOther},
		{"I think this will be the least expensive TV in the Black Friday season at Walmart.", false, claims.KindPrediction},
		{"The Hong Kong Act would impose sanctions on officials in Beijing by 2020.", false, claims.KindLaws},
		{"The regulation of banks in Ohio was tightened by Congress in 2010.", false, claims.KindLaws},
		{"Herbert and Mahut did not drop a single set at the ATP Finals in London.", false, claims.KindQuantity},
		{"There isn’t a single solution because meth is widespread in South Dakota.", false, claims.KindCausation},
		{"A single year of revenue gain would change the newspaper industry.", false, claims.KindPrediction},
		{"It was the most deadly terrorist attack in the North African nation in more than a decade.", false, claims.KindQuantity},
		{"It was the most important moment for the Tunisian team in years.", false, claims.KindOther},
		{"The strike, lasting three weeks, shut the port.", false, claims.KindQuantity},
		{"The effects of the strike were lasting, the union said.", false, claims.KindOther},
		{"Sales doubled in 2019, the company said.", false, claims.KindQuantity},
		{"Going to Pizza Express in Woking is an unusual thing for me to do, he said.", false, claims.KindPersonal},
		{"The company is going to cut prices in March, Roth said.", false, claims.KindPrediction},
		{"If he had concerns about the call, that's something I would've expected to be told about, Morrison said.", false, claims.KindPersonal},
		{"The Bill would require providers to store metadata for two years.", true, claims.KindLaws},
		{"Opposition Leader Bill Shorten would not say how he will vote.", false, claims.KindPrediction},
		{"Shotwell said lunar lander missions could begin in 2022.", false, claims.KindPrediction},
		{"Others may have escaped, officials said.", false, claims.KindOther}, // "may have": no prediction
		{"We should also note that the price fell.", false, claims.KindOther}, // no one in particular
		{"“We have received an inquiry from the attorney general,” the company said.", false, claims.KindOther},
		{"“We have received an inquiry from the attorney general,” Mike Smith said.", false, claims.KindPersonal},
		// What a speaker must, means or is able to do is no experience,
		// and the subject decides over an "our" elsewhere.
		{"“In the areas that do not support our core goals, we have to make some job eliminations,” Mike Smith said.", false, claims.KindOther},
		{"“We are going to scale back certain functions,” Mike Smith said.", false, claims.KindPrediction},
		{"“I just want to be able to perform my own music,” Mike Smith said.", false, claims.KindOther},
		{"“We must teach the defendant love,” Mike Smith said.", false, claims.KindOther},
		{"“I really had to fight for it,” Mike Smith said.", false, claims.KindPersonal}, // what it took, lived through
		{"“We are paid to be nosy,” Mike Smith said.", false, claims.KindPersonal},
		{"“Our office received 40 calls that day,” Mike Smith said.", false, claims.KindPersonal},
		{"“We see these developments as hopeful signs of peace,” Mike Smith said.", false, claims.KindOther},
		{"“I see people sleeping in the street every day,” Mike Smith said.", false, claims.KindPersonal},
		{"“I’ve been a nurse for twenty years,” she said.", false, claims.KindPersonal},
		{"Set in 1983 in Northern Italy, Call Me by Your Name is less about coming out than coming of age.", false, claims.KindOther},
		{"Peng Mei responded to the allegations in a post on WeChat, threatening legal action.", false, claims.KindOther},
		{"Recording artists do not need label approval for live performances on television.", false, claims.KindLaws},
		{"The president's approval rating fell after the speech.", false, claims.KindOther},
		{"The bloodshed raised fears that militants linked to the Islamic State were expanding their operations.", false, claims.KindOther},
		{"Lorenz had written, “Special thanks are due to Miss Ellen Fetter for handling the computations.”", false, claims.KindOther},
		{"Smoking is linked to lung cancer in most studies.", false, claims.KindCausation},
		// A cause and an amount in the main clause: what caused what.
		{"Smoking causes 74,000 deaths a year in England.", true, claims.KindCausation},
		{"The heatwave was linked to 2,000 deaths in 2019.", true, claims.KindCausation},
		{"Sales rose 5% due to strong demand.", true, claims.KindQuantity},
		{"The company, which caused a stir, sold 300 cars in 2019.", true, claims.KindQuantity},
		// A fiscal year ahead tells a future.
		{"The Treasury said the budget would return to surplus in 2019-20.", true, claims.KindPrediction},
		{"Borrowing would fall to £30 billion in 2020/21.", true, claims.KindPrediction},
		{"Our results show that eating processed food is associated with a higher risk.", false, claims.KindCausation},
		{"Three in four Republicans believe immigration is a major problem, a Gallup poll showed.", false, claims.KindQuantity},
		{"The administration had cut border crossings by half since June.", false, claims.KindQuantity},
		{"“That is more than any city in America. We are not done.”", false, claims.KindQuantity},
		{"“The market had largely expected the delay,” said Giovanni Staunovo, an analyst at UBS.", false, claims.KindOther},
		{"Saudi Arabia, Russia and other members had been due to start unwinding cuts in January.", false, claims.KindOther},
		{"Oil prices rose on Thursday after OPEC+ agreed to delay planned output increases until April.", false, claims.KindOther},
		{"The company planned to cut jobs in 2025.", false, claims.KindPrediction},
		{"Volkswagen said it would cut 35,000 jobs in Germany by 2030.", true, claims.KindPrediction},
		{"Volkswagen said it would cut 35,000 jobs if sales fell.", true, claims.KindQuantity},
		{"Lawyers wrote that the charges should be dismissed because the statute of limitations had expired in 2019.", false, claims.KindCausation},
		{"“The economy has made progress toward our goals over the past two years,” Powell said.", false, claims.KindOther},
		{"Nearly half of all adults in Britain now own an electric car, the government claims.", false, claims.KindQuantity},
		{"Dozens of people were injured in Paris.", false, claims.KindQuantity}, // a count in words, as "thousands of" is
		{"“Our hospital has had no beds left since 2020,” Mike Smith said.", false, claims.KindPersonal},
		{"“We do not need to be in a hurry to adjust rates in 2025,” Powell said.", false, claims.KindOther},
		{"The flight was cancelled due to a strike.", false, claims.KindCausation},
		{"Smith said he would meet Jones in half an hour.", false, claims.KindPrediction},
		{"We found that the costs associated with the project were high.", false, claims.KindOther},
		{"Clark told reporters at a press conference that the airline will recommence its expansion in the 2020s.", true, claims.KindPrediction},
		{"Trump's reluctance to roll back tariffs was dampening China's outlook on trade talks.", false, claims.KindCausation},
		{"The killing of two leftist politicians in 2013 prompted a fresh political crisis.", false, claims.KindCausation},
		{"The team got a boost from its new coach.", false, claims.KindOther},
		{"It was the deadliest attack in Tunisia in more than a decade.", false, claims.KindQuantity},
		{"The whistleblower would then have claimed that he was told by a leaker.", false, claims.KindOther},
		{"Without the deal, the firm would not have survived the crisis.", false, claims.KindOther},
		{"The merger would have no impact on prices.", false, claims.KindPrediction},
		{"His company’s lander should be available for missions starting in 2023.", false, claims.KindPrediction},
		{"Johnson is under fire for failing to deliver on his vow that Britain would leave the EU on Oct. 31.", false, claims.KindOther},
		{"Johnson said that Britain would leave the EU on Oct. 31.", false, claims.KindPrediction},
		{"Lawmakers should act on the bill, the editorial said.", false, claims.KindLaws},
		{"The work should have been done in 2015.", false, claims.KindOther},
		{"It was the worst decision the board has made.", false, claims.KindOther},
		{"Two gunmen died, and three others may have escaped.", false, claims.KindQuantity},
		{"Officers stopped a vehicle driven by Jonathan P. Blair, 29, of Columbus.", false, claims.KindOther},
		{"Growth was driven by exports of cars in 2019.", false, claims.KindCausation},
		{"Smokers are twice as likely to develop heart disease as non-smokers.", false, claims.KindQuantity},
		{"Women are more likely to live in poverty than men.", false, claims.KindOther},
		{"Rates are likely to rise next year.", false, claims.KindPrediction},
		{"Chief Justice John Roberts wrote the majority opinion in 2023.", false, claims.KindOther},
		{"A majority of voters backed the plan in 2019.", false, claims.KindQuantity},
		{"I felt like I was going to pass out every day in 2019.", false, claims.KindPersonal},
		{"Acme is going to cut 300 jobs in 2020.", false, claims.KindPrediction},
		{"The index recorded its worst stretch since early August.", false, claims.KindQuantity},
		{"GateHouse-owned newsrooms are often half the size within a matter of months.", false, claims.KindQuantity},
		{"The two sides met in the second half of the year.", false, claims.KindOther},
		{"Two hostages — an American and an Australian — were released on Tuesday.", false, claims.KindOther},
		{"The band unveiled its plans at the close of its Monday night performance in Nashville.", false, claims.KindOther},
		{"Acme plans a new plant in Ohio for 2020.", false, claims.KindPrediction},
		{"The band plans to tour Europe in 2020.", false, claims.KindPrediction},
		{"The five companies, selected from eight that submitted proposals, join the original nine companies.", false, claims.KindQuantity},
		{"Bloomberg reported WeWork is the subject of an SEC inquiry into potential rule violations.", false, claims.KindOther},
		{"Regulators said the firm violated the law when it sold the data.", false, claims.KindOther},
		{"The law bans the sale of the data.", false, claims.KindLaws},
		{"Two hostages — an American and an Australian — were released in a swap for three high-ranking insurgents.", false, claims.KindOther},
		{"The two leaders met in Paris on Tuesday.", false, claims.KindOther},
		{"The two companies met twice in three years.", false, claims.KindOther},
		{"Nix reached out about the emails that More than half of eligible Latinos voted deleted from the server.", false, claims.KindOther},
		{"Half of the city’s roads were repaved in 2019.", false, claims.KindQuantity},
		{"It was the best film she has seen.", false, claims.KindOther},
		{"The spaceship broke up over Siberia due to an unspecified malfunction.", false, claims.KindCausation},
		{"It took nearly eight hours to complete the series at the centre court.", false, claims.KindOther},
		{"With that information, no guesswork would be required.", false, claims.KindPrediction},
		{"Drivers are required to carry insurance in all 50 states.", true, claims.KindLaws},
		{"Marijuana is legal in Colorado.", false, claims.KindLaws},
		{"The Supreme Court ruled that the ban was lawful.", false, claims.KindLaws},
		{"Bruce Nauman’s 1968 work My Name as Though It Were Written on the Surface of the Moon poked fun at the space race.", false, claims.KindOther},
		{"He said, “My father fished on the Polaris for thirty years.”", false, claims.KindPersonal},
		{"Asked about it, Smith said My team and I built the boat ourselves.", false, claims.KindPersonal},
		{"Twitter pledged to take decisive corrective action.", false, claims.KindPrediction},
		{"The pledged funds arrived in May.", false, claims.KindOther},
		{"In 2011, voters had elected a government led by the Ennahda party.", false, claims.KindOther},
		{"Their results are published in the journal Monthly Notices of the Royal Astronomical Society.", false, claims.KindOther},
		{"The drought resulted in a poor harvest across the region.", false, claims.KindCausation},
		{"Sales fell, thanks to the strike at the plant.", false, claims.KindCausation},
		{"Tourists were stranded in the village as a result.", false, claims.KindCausation},
		{"Friends, volunteers, and law enforcement canvassed the city of Fort Worth.", false, claims.KindOther},
		{"Tunisians elected a secular president after souring on Islamist-led rule.", false, claims.KindOther},
		{"The officers were told to act quickly by the mayor.", false, claims.KindOther},
		{"The Affordable Care Act covers more than 20 million people.", true, claims.KindQuantity},
		{"The Clean Air Act bans such emissions in cities.", false, claims.KindLaws},
		{"“Space exploration requires an entire ecosystem of companies,” he said.", false, claims.KindOther},
		{"The new rule requires providers to store metadata for two years.", false, claims.KindLaws},
		{"The better strategy would have been to step aside and let him fail.", false, claims.KindOther},
		{"NASA said the crash of the ship would have no impact on the station.", false, claims.KindPrediction},
		{"A new rule bans such emissions in cities.", false, claims.KindLaws},
		{"The two sides have been expected to sign a deal for about a month.", false, claims.KindOther},
		{"Shotwell said that Starship will be able to deliver up to 100 metric tons to the moon.", true, claims.KindPrediction},
		{"Those include 1,000 workers who were told their jobs will end.", true, claims.KindQuantity},
		{"“And I think it is inappropriate for a party to behave that way,” Will Moy told the BBC.", false, claims.KindOther},
		{"WeWork’s parent company, The We Company, announced that it was withdrawing its filing.", false, claims.KindOther},
		{"“We received a message back from them,” Nix said.", false, claims.KindPersonal},
		{"Bill Gates has long admired the company.", false, claims.KindOther},
		{"The bill would ban the sale of such data.", false, claims.KindLaws},
		{"Mugabe ruled Zimbabwe for 37 years.", false, claims.KindOther},
		{"The Afghan government has ruled out Taliban involvement in the incident.", false, claims.KindOther},
		{"Sales of military equipment will still be prohibited.", false, claims.KindLaws},
		{"The court ruled that the ban was unconstitutional.", false, claims.KindLaws},
		// A relative clause set off by commas ends at its comma; the
		// sentence's own forecast follows.
		{"Mr Frydenberg, who has been treasurer since August, added that unemployment was expected to fall to 5%.", true, claims.KindPrediction},
		{"The automaker, which has focused on electric cars since 2015, says the wagon will go 300 miles on a charge.", true, claims.KindPrediction},
		{"The automaker, which will open a plant in 2021, sold 300 cars in 2019.", true, claims.KindQuantity},
		// A case for each of kindWords, the words the cases read by
		// themselves: one left off that list, and on no other, is passed
		// over, and its row here fails.
		{"President Biden signed two executive orders on Monday.", false, claims.KindLaws},
		{"President Biden signed an executive order on Monday.", false, claims.KindLaws},
		{"There has not been a single year of revenue gain.", false, claims.KindQuantity},
		{"The drought lasts 40 years in the model.", false, claims.KindQuantity},
		{"The drought has lasted 40 years.", false, claims.KindQuantity},
		{"The war spanned 12 years.", false, claims.KindQuantity},
		{"The project spans 5 years.", false, claims.KindQuantity},
		{"The council approved a plan spanning 10 years.", false, claims.KindQuantity},
		{"The council approved a plan lasting 10 years.", false, claims.KindQuantity},
		{"The company had its best quarter since 2010.", false, claims.KindQuantity},
		{"The company had its worst quarter since 2010.", false, claims.KindQuantity},
		{"The lander should be available for missions starting in 2023.", false, claims.KindPrediction},
		{"Missions could begin in 2022.", false, claims.KindPrediction},
		{"Missions might begin in 2022.", false, claims.KindPrediction},
		{"More people live in Texas than any other state.", false, claims.KindQuantity},
		{"It was the least deadly year in more than a decade.", false, claims.KindQuantity},
		{"It was the most deadly year in more than a decade.", false, claims.KindQuantity},
		{"The new rules cut border crossings by half.", false, claims.KindQuantity},
	}
	for _, tt := range tests {
		ws := wordsOf(tt.sentence, 0)
		attr := attribution(tt.sentence, 0, ws, hasQuote(tt.sentence))
		var names []claims.Mention
		for _, n := range []string{"Nix", "Mike Smith"} {
			if strings.Contains(tt.sentence, n) {
				names = append(names, mentionOf(t, tt.sentence, n, claims.TypePerson, ""))
			}
		}
		if got := kind(tt.sentence, ws, tt.quantity, attr, speaksForSelf(attr, names)); got != tt.want {
			t.Errorf("kind(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// mentionOf builds a mention for the first occurrence of s in text.
func mentionOf(t *testing.T, text, s, typ, value string) claims.Mention {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return claims.Mention{Start: i, End: i + len(s), Type: typ, Text: s, Value: value}
}

// ent is a name in a test sentence and its type.
type ent struct{ text, typ string }

// entityMentions returns the mentions of ents (each at its first occurrence
// in text), in text order.
func entityMentions(t *testing.T, text string, ents []ent) []claims.Mention {
	t.Helper()
	var ms []claims.Mention
	for _, e := range ents {
		ms = append(ms, mentionOf(t, text, e.text, e.typ, ""))
	}
	slices.SortFunc(ms, byStart)
	return ms
}

// mentionsOf returns a mention for every occurrence of s in text.
func mentionsOf(t *testing.T, text, s, typ, value string) []claims.Mention {
	t.Helper()
	var out []claims.Mention
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			break
		}
		out = append(out, claims.Mention{Start: i + k, End: i + k + len(s), Type: typ, Text: s, Value: value})
		i += k + len(s)
	}
	if out == nil {
		t.Fatalf("%q not in text", s)
	}
	return out
}

// buildChecked builds the claims of text with b from ms (sorted here) and
// the sentences of sentencesOf, and fails the test if they do not validate.
func buildChecked(t *testing.T, b Builder, text string, ms []claims.Mention) []claims.Claim {
	t.Helper()
	slices.SortFunc(ms, byStart)
	id := claims.ArticleID(text)
	got := b.Build(Input{ArticleID: id, Text: text, Sentences: sentencesOf(text), Mentions: ms})
	r := claims.Result{Article: claims.Article{ID: id, Text: text}, Claims: got}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	return got
}

func sentencesOf(text string) []claims.Span {
	var out []claims.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '.' {
			continue
		}
		e := i + 1
		if strings.HasPrefix(text[e:], "”") {
			e += len("”") // a sentence that closes a quotation
		}
		if e == len(text) || text[e] == ' ' || text[e] == '\n' {
			s := strings.TrimSpace(text[start:e])
			off := start + strings.Index(text[start:e], s)
			out = append(out, claims.Span{Start: off, End: off + len(s), Text: s})
			start = e
		}
	}
	return out
}

func TestBuild(t *testing.T) {
	text := "According to campaign finance records, the Trump campaign made its first payment, totaling $100,000, to Cambridge Analytica on July 29, 2016. " +
		"Neither Cambridge Analytica nor representatives for Assange returned requests for comment. " +
		"It rained.\n\n“We received a message back. That was the end,” Nix reportedly said."
	ms := []claims.Mention{
		mentionOf(t, text, "Trump", claims.TypePerson, ""),
		mentionOf(t, text, "$100,000", claims.TypeMoney, "USD 100000"),
		mentionOf(t, text, "Cambridge Analytica", claims.TypeOrg, ""),
		mentionOf(t, text, "July 29, 2016", claims.TypeDate, "2016-07-29"),
		mentionOf(t, text, "Nix", claims.TypePerson, "Alexander Nix"),
	}
	got := buildChecked(t, Builder{}, text, ms)
	if len(got) != 2 {
		for _, c := range got {
			t.Logf("claim %q", c.Text)
		}
		t.Fatalf("got %d claims, want 2 (the payment and the quote)", len(got))
	}
	pay := got[0]
	if pay.Kind != claims.KindQuantity || pay.Attribution == nil || pay.Attribution.Text != "campaign finance records" {
		t.Errorf("payment claim: kind %q attribution %+v", pay.Kind, pay.Attribution)
	}
	if len(pay.Mentions) != 4 {
		t.Errorf("payment claim has %d mentions, want 4", len(pay.Mentions))
	}
	quote := got[1]
	if !strings.HasPrefix(quote.Text, "“We received") || !strings.HasSuffix(quote.Text, "said.") {
		t.Errorf("quote claim %q does not span the whole quotation", quote.Text)
	}
	if quote.Source != "Alexander Nix" {
		t.Errorf("quote source = %q, want the canonical name Alexander Nix", quote.Source)
	}
	if pay.Confidence <= quote.Confidence {
		t.Errorf("an amount with a date should score above a bare quote: %v <= %v", pay.Confidence, quote.Confidence)
	}
}

// TestQuoteGoesOn checks that a quotation opening a unit without naming a
// speaker is the previous quotation's speaker's, and that a unit without a
// quotation ends that.
func TestQuoteGoesOn(t *testing.T) {
	text := "“I know we are happy to get rid of Fortress,” Cooperman told Reed. " +
		"“They brought this public in 2014 at $16 a share.”\n\n" +
		"The company was sold in 2019 for $16 million to Apollo.\n\n" +
		"“It paid $20 million in 2018 to Apollo.”\n\n" +
		"“That’s a powerful combination,” Forte said. “It plays to the strengths of both Whole Foods and Amazon.”"
	ms := []claims.Mention{
		mentionOf(t, text, "Forte", claims.TypePerson, "Tom Forte"),
		mentionOf(t, text, "Whole Foods", claims.TypeOrg, ""),
		mentionOf(t, text, "Amazon", claims.TypeOrg, ""),
		mentionOf(t, text, "Fortress", claims.TypeOrg, ""),
		mentionOf(t, text, "Cooperman", claims.TypePerson, "Leon Cooperman"),
		mentionOf(t, text, "2014", claims.TypeDate, "2014"),
		mentionOf(t, text, "$16 a share", claims.TypeMoney, "USD 16"),
		mentionOf(t, text, "2019", claims.TypeDate, "2019"),
		mentionOf(t, text, "$16 million", claims.TypeMoney, "USD 16000000"),
		mentionOf(t, text, "2018", claims.TypeDate, "2018"),
		mentionOf(t, text, "$20 million", claims.TypeMoney, "USD 20000000"),
	}
	ms = append(ms, mentionsOf(t, text, "Apollo", claims.TypeOrg, "")...)
	got := buildChecked(t, Builder{}, text, ms)
	// A short reaction makes no claim but still names who goes on speaking.
	checkSources(t, got, map[string]string{"“They brought": "Leon Cooperman", "The company was sold": "", "“It paid": "",
		"“It plays": "Tom Forte"})
	for _, c := range got {
		if strings.HasPrefix(c.Text, "“That’s a powerful") {
			t.Errorf("a six-word reaction %q makes a claim", c.Text)
		}
	}
}

// checkSources checks the source of every claim opening with a prefix of
// want; a prefix no claim opens with is an error unless it is optional.
func checkSources(t *testing.T, got []claims.Claim, want map[string]string, optional ...string) {
	t.Helper()
	for prefix, source := range want {
		found := false
		for _, c := range got {
			if strings.HasPrefix(c.Text, prefix) {
				found = true
				if c.Source != source {
					t.Errorf("claim %q: source %q, want %q", c.Text, c.Source, source)
				}
			}
		}
		if !found && !slices.Contains(optional, prefix) {
			t.Errorf("no claim starting %q", prefix)
		}
	}
}

// fixedScorer rates every sentence the same.
type fixedScorer float64

func (f fixedScorer) Score(string, []claims.Mention) float64 { return float64(f) }

// TestWorthy checks that a unit the rules leave out becomes a claim when
// the scorer rates it at Builder.Worthy or above, and only then.
func TestWorthy(t *testing.T) {
	text := "Red flags for investors included that Neumann had borrowed against his WeWork shares."
	ms := []claims.Mention{
		mentionOf(t, text, "Neumann", claims.TypePerson, "Adam Neumann"),
		mentionOf(t, text, "WeWork", claims.TypeOrg, ""),
	}
	tests := []struct {
		b    Builder
		want int
	}{
		{Builder{}, 0},
		{Builder{Scorer: fixedScorer(0.9)}, 0},
		{Builder{Scorer: fixedScorer(0.3), Worthy: 0.4}, 0},
		{Builder{Scorer: fixedScorer(0.45), Worthy: 0.4}, 1},
	}
	for _, tt := range tests {
		got := buildChecked(t, tt.b, text, ms)
		if len(got) != tt.want {
			t.Errorf("%+v: %d claims, want %d", tt.b, len(got), tt.want)
		}
		if len(got) == 1 && got[0].Confidence != 0.45 {
			t.Errorf("confidence %v, want the score 0.45", got[0].Confidence)
		}
	}
}

// TestWorthyAmountWithoutName checks that an amount alone in a unit, a
// percentage or a quantity, is reason enough to ask the scorer, as a bare
// number is: "About 3% of kids who ate peanut snacks got an allergy".
func TestWorthyAmountWithoutName(t *testing.T) {
	for _, tc := range []struct{ text, amount, typ string }{
		{"About 3% of kids who ate peanut snacks before their first birthday got an allergy.", "3%", claims.TypePercent},
		{"A search of the vehicle yielded nearly 30 grams of methamphetamine on the seat.", "30 grams", claims.TypeQuantity},
	} {
		ms := []claims.Mention{mentionOf(t, tc.text, tc.amount, tc.typ, "")}
		if got := buildChecked(t, Builder{Scorer: fixedScorer(0.8), Worthy: 0.5}, tc.text, ms); len(got) != 1 {
			t.Errorf("%q: %d claims, want 1", tc.text, len(got))
		}
		if got := buildChecked(t, Builder{Scorer: fixedScorer(0.3), Worthy: 0.5}, tc.text, ms); len(got) != 0 {
			t.Errorf("%q rated under the bar: %d claims, want none", tc.text, len(got))
		}
	}
}

// TestWorthyOrgSubject checks that a unit opening with "The agency" after
// an organisation was named is asked to the scorer, though it names no one,
// and that without the organisation before it is not.
func TestWorthyOrgSubject(t *testing.T) {
	first := "NASA picked the companies for its lunar program. "
	second := "The agency is separately working on a call for proposals for science instruments to fly on those missions."
	text := first + second
	ms := []claims.Mention{mentionOf(t, text, "NASA", claims.TypeOrg, "")}
	count := func(cs []claims.Claim) (n int) {
		for _, c := range cs {
			if c.Text == second {
				n++
			}
		}
		return n
	}
	if got := buildChecked(t, Builder{Scorer: fixedScorer(0.8), Worthy: 0.5}, text, ms); count(got) != 1 {
		t.Errorf("after NASA: %d claims of %q, want 1", count(got), second)
	}
	if got := buildChecked(t, Builder{Scorer: fixedScorer(0.3), Worthy: 0.5}, text, ms); count(got) != 0 {
		t.Errorf("rated under the bar: %d claims, want none", count(got))
	}
	if got := buildChecked(t, Builder{Scorer: fixedScorer(0.8), Worthy: 0.5}, second, nil); len(got) != 0 {
		t.Errorf("no organisation before: %d claims, want none", len(got))
	}
}

// TestShareIsCounted checks that a share in words counts as a number: with
// a name it makes a claim, as "3 in 5 children" would.
func TestShareIsCounted(t *testing.T) {
	for _, text := range []string{"A third of the budget goes to the NHS.", "One in five children in Britain lives in poverty."} {
		name := "NHS"
		if strings.Contains(text, "Britain") {
			name = "Britain"
		}
		ms := []claims.Mention{mentionOf(t, text, name, claims.TypeOrg, "")}
		if got := buildChecked(t, Builder{}, text, ms); len(got) != 1 || got[0].Kind != claims.KindQuantity {
			t.Errorf("%q: claims %+v, want one quantity claim", text, got)
		}
	}
}

// TestNumberChangesIsCounted checks that how "the number of" something
// changed is a count claimed without a number, and that "a number of"
// (several) or a number that does not change is not.
func TestNumberChangesIsCounted(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"The number of agencies able to access metadata will be reduced by excluding such organisations as the RSPCA.", 1},
		{"The number of asylum seekers reaching Britain rose sharply, the Home Office said.", 1},
		{"The total number of flights cancelled by Ryanair has more than doubled since March.", 1},
		{"The number of refugees arriving in Greece is now higher than at any time since 2015.", 1},
		{"A number of agencies working with the RSPCA will be reduced in size next spring.", 0},
		{"The number of agencies able to access metadata is a matter for the RSPCA to decide.", 0},
	}
	for _, tt := range tests {
		ms := findNames(t, tt.text, "RSPCA", "Home Office", "Ryanair", "Greece")
		if got := buildChecked(t, Builder{}, tt.text, ms); len(got) != tt.want {
			t.Errorf("%q: %d claims %+v, want %d", tt.text, len(got), got, tt.want)
		}
	}
}

// TestFloor checks that a rule-made claim without an amount, number or
// date is dropped when the scorer rates it under Builder.Floor, and that
// one with a number is kept whatever the rating.
func TestFloor(t *testing.T) {
	plan := "“We’re going to start with something smaller,” Villa said."
	count := "“We’re going to start with 2 landers,” Villa said."
	tests := []struct {
		b    Builder
		text string
		want int
	}{
		{Builder{}, plan, 1},
		{Builder{Scorer: fixedScorer(0.04)}, plan, 1},
		{Builder{Scorer: fixedScorer(0.04), Floor: 0.05}, plan, 0},
		{Builder{Scorer: fixedScorer(0.06), Floor: 0.05}, plan, 1},
		{Builder{Scorer: fixedScorer(0.04), Floor: 0.05}, count, 1},
	}
	for _, tt := range tests {
		ms := []claims.Mention{mentionOf(t, tt.text, "Villa", claims.TypePerson, "Marco Villa")}
		if got := buildChecked(t, tt.b, tt.text, ms); len(got) != tt.want {
			t.Errorf("%+v %q: %d claims, want %d", tt.b, tt.text, len(got), tt.want)
		}
	}
}

// TestWorthyCount checks that a count in a sentence naming no one is asked
// about too ("All 14 companies are now eligible …"), and that a list item's
// number is no count.
func TestWorthyCount(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"All 14 companies are now eligible to bid on future task orders for the lunar surface.", 1},
		{"Last year, the city filled 255,904 potholes on its streets and highways.", 1},
		{"8. If you have a mortgage, consider paying it off early this year.", 0},
		{"Companies are now eligible to bid on future task orders for the lunar surface.", 0},
		// A count in words, with no digit; a hedge in another clause
		// leaves it claimed, one in its own clause does not.
		{"The committee has already received and considered dozens of submissions on the subject.", 1},
		{"Scores of protesters were injured when the police moved in on the square.", 1},
		{"But another inquiry would be a waste of time — the committee has already received and considered dozens of submissions on the subject.", 1},
		{"Hundreds of jobs would go if the plant were to close next spring.", 0},
		{"If the plant closes — hundreds of jobs would go with it, the committee fears.", 0},
		{"Lenders have always checked the credit scores of borrowers before they lend.", 0},
	}
	for _, tt := range tests {
		for _, b := range []Builder{{}, {Scorer: fixedScorer(0.45), Worthy: 0.4}} {
			want := tt.want
			if b.Scorer == nil {
				want = 0 // only the model makes such a claim
			}
			if got := buildChecked(t, b, tt.text, nil); len(got) != want {
				t.Errorf("%q (scorer %v): %d claims, want %d", tt.text, b.Scorer != nil, len(got), want)
			}
		}
	}
}

func TestFingerprintSameClaimTwoArticles(t *testing.T) {
	s := "The campaign paid Cambridge Analytica $5.9 million, records show."
	a := "Breaking news today. " + s
	b := s + " More to follow."
	fa := Fingerprint(wordsOf(s, 0), nil, nil)
	ia := strings.Index(a, s)
	fb := Fingerprint(wordsOf(b[:len(s)], 0), nil, nil)
	if fa != fb || fa != Fingerprint(wordsOf(a[ia:], ia), nil, nil) {
		t.Errorf("same sentence, different fingerprints")
	}
	if fa == Fingerprint(wordsOf("The campaign paid Cambridge Analytica $6.9 million, records show.", 0), nil, nil) {
		t.Errorf("different amounts share a fingerprint")
	}
}

// TestWhichUnitsAreClaims covers the rules that let a unit through or keep
// it out, one sentence each.
func TestWhichUnitsAreClaims(t *testing.T) {
	tests := []struct {
		text     string
		mentions [][3]string // text, type, value
		want     bool
	}{
		{"The order is valued at $8.8 billion at list prices.", [][3]string{{"$8.8 billion", claims.TypeMoney, "USD 8800000000"}}, true},
		{"The order is valued at eight planes and a few engines.", nil, false},
		{"Gallery: Xbox One X screenshots | 9 Photos", [][3]string{{"Xbox One X", claims.TypeMisc, ""}}, false},
		{"^ Beresford Parlett wrote The Symmetric Eigenvalue Problem for SIAM in 1998, its Classics in Applied Mathematics", [][3]string{{"Beresford Parlett", claims.TypePerson, ""}, {"SIAM", claims.TypeOrg, ""}, {"1998", claims.TypeDate, "1998"}}, false},
		{"Clockwise from top: Te Kaurinui Parata, in front of the carving shed at Hihiaua Cultural Centre in Whangārei; Parata holds three whale teeth recovered from a beached whale – the middle one shows marks where a poacher had attempted to hack it out with an axe before the recovery group arrived.", [][3]string{{"Te Kaurinui Parata", claims.TypePerson, ""}, {"Hihiaua Cultural Centre", claims.TypeOrg, ""}, {"Whangārei", claims.TypeLoc, ""}}, false},
		{"Correction added November 18, 2019: The caption below the photograph of Herbert originally made an unconfirmed statement about him.", [][3]string{{"November 18, 2019", claims.TypeDate, "2019-11-18"}, {"Herbert", claims.TypePerson, ""}}, false},
		{"Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018", [][3]string{{"Inexhibit", claims.TypeOrg, ""}, {"2018", claims.TypeDate, "2018"}}, false},
		{"Thousands of Tunisians have flocked to join groups in Syria.", [][3]string{{"Syria", claims.TypeLoc, ""}}, true},
		{"Tunisians have flocked to join groups in Syria.", [][3]string{{"Syria", claims.TypeLoc, ""}}, false},
		{"WeWork is reportedly being investigated by the Attorney General.", [][3]string{{"WeWork", claims.TypeOrg, ""}}, true},
		{"“We pray for the full recovery of both men,” said Stephanie Grisham.", [][3]string{{"Stephanie Grisham", claims.TypePerson, ""}}, false},
		{"“We paid $5 million for the full recovery of both men,” said Stephanie Grisham.", [][3]string{{"$5 million", claims.TypeMoney, "USD 5000000"}, {"Stephanie Grisham", claims.TypePerson, ""}}, true},
		{"\"It should be noted that artists do not need label approval for live shows\".", nil, true},
		{"It should be noted that artists do not need label approval for live shows.", nil, false},
		// The line about the author closing a story is no claim; a
		// sentence about a reporter's work is.
		{"Erin Cunningham is an Egypt-based correspondent for The Post.", [][3]string{{"Erin Cunningham", claims.TypePerson, ""}, {"Egypt", claims.TypeLoc, ""}, {"The Post", claims.TypeOrg, ""}}, false},
		{"John Smith is a senior reporter at Reuters and won two awards in 2018.", [][3]string{{"John Smith", claims.TypePerson, ""}, {"Reuters", claims.TypeOrg, ""}, {"2018", claims.TypeDate, "2018"}}, false},
		{"The reporter for The Post was detained in Egypt for 400 days in 2018.", [][3]string{{"The Post", claims.TypeOrg, ""}, {"Egypt", claims.TypeLoc, ""}, {"2018", claims.TypeDate, "2018"}}, true},
		// A line of names, places, dates and prices has no predicate.
		{"June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre", [][3]string{{"June 10", claims.TypeDate, "XXXX-06-10"}, {"Tampa", claims.TypeLoc, ""}}, false},
		{"Netgear Nighthawk R6700 AC1700 Router for $67.77.", [][3]string{{"Netgear", claims.TypeOrg, ""}, {"$67.77", claims.TypeMoney, "USD 67.77"}}, false},
		{"— Rep. Ilhan Omar (@Ilhan) November 19, 2019", [][3]string{{"Ilhan Omar", claims.TypePerson, ""}, {"November 19, 2019", claims.TypeDate, "2019-11-19"}}, false},
		{"Inflation in Turkey was 5% in May.", [][3]string{{"Turkey", claims.TypeLoc, ""}, {"5%", claims.TypePercent, "5%"}, {"May", claims.TypeDate, "XXXX-05"}}, true},
		// Lawmakers at work on a law make a claim without a name.
		{"Lawmakers are drafting an anti-terrorism bill that would expand police powers.", nil, false},
		{"Lawmakers are drafting an anti-terrorism bill to expand police powers.", nil, true},
		{"Lawmakers are drafting an anti-terrorism bill to give security forces additional tools to fight militants.", nil, true},
		{"Some senators worry that an impeachment trial will interfere with their ability to court voters early next year.", nil, false},
		{"The drafting of an anti-terrorism bill to expand police powers has begun.", nil, false},
		// What a source would not tell is no claim, unless the sentence
		// claims something first.
		{"It did not reveal the crash location and said it was withholding the names of those killed in Afghanistan.", [][3]string{{"Afghanistan", claims.TypeLoc, ""}}, false},
		{"Roth said the company could take larger payloads to the Moon, but he did not disclose how large.", [][3]string{{"Roth", claims.TypePerson, ""}, {"Moon", claims.TypeLoc, ""}}, true},
		// A photo caption describes a picture.
		{"Sheikh Mohammed, prime minister, center, passes a Boeing 787-10 aircraft during the Dubai Air Show on Monday, Nov. 13, 2017.", [][3]string{{"Sheikh Mohammed", claims.TypePerson, ""}, {"Boeing", claims.TypeOrg, ""}, {"Monday, Nov. 13, 2017", claims.TypeDate, "2017-11-13"}}, false},
		{"Boeing sold 30 jets to Emirates at the Dubai Air Show on Monday, Nov. 13, 2017.", [][3]string{{"Boeing", claims.TypeOrg, ""}, {"Emirates", claims.TypeOrg, ""}, {"Monday, Nov. 13, 2017", claims.TypeDate, "2017-11-13"}}, true},
		// A quoted feeling is no claim, wherever the quotation opens.
		{"Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the release.", [][3]string{{"Scott Morrison", claims.TypePerson, ""}}, false},
		{"Prime Minister Scott Morrison said in a statement, “We have released two prisoners” at the border.", [][3]string{{"Scott Morrison", claims.TypePerson, ""}}, true},
		// When a rule comes into force, with that time, names no one and
		// is still a claim.
		{"These are measures that won’t come into full effect for two years.", [][3]string{{"two years", claims.TypeDuration, "P2Y"}}, true},
		{"The effect of these measures won’t be felt for two years.", [][3]string{{"two years", claims.TypeDuration, "P2Y"}}, false},
		{"These are measures that won’t come into full effect soon.", nil, false},
		{"The anesthetic took effect within 10 minutes.", [][3]string{{"10 minutes", claims.TypeDuration, "PT10M"}}, false},
		// How much reason there is to believe something is a stance.
		{"“There is no reason to believe the guys in charge have changed their stripes,” said Mr. Reeves, a senior fellow at Harvard University.", [][3]string{{"Reeves", claims.TypePerson, ""}, {"Harvard University", claims.TypeOrg, ""}}, false},
		{"“There is no record that the guys in charge have changed their stripes,” said Mr. Reeves, a senior fellow at Harvard University.", [][3]string{{"Reeves", claims.TypePerson, ""}, {"Harvard University", claims.TypeOrg, ""}}, true},
		// A short quotation that names and counts nothing is a reaction.
		{"“Our nation is in danger,” Essid declared in a televised address Wednesday evening.", [][3]string{{"Essid", claims.TypePerson, ""}, {"Wednesday evening", claims.TypeTime, "XXXX-WXX-3TEV"}}, false},
		{"“Our nation lost 20 soldiers,” Essid declared in a televised address.", [][3]string{{"Essid", claims.TypePerson, ""}}, true},
		{"“Crime is down,” the mayor said.", nil, true},
		// A short quotation of a deed, done or to come, may be checked.
		{"“We are closing the factory,” Ford said.", [][3]string{{"Ford", claims.TypeOrg, ""}}, true},
		{"“We have filed a lawsuit,” Google said.", [][3]string{{"Google", claims.TypeOrg, ""}}, true},
		{"“He killed my son,” Smith told the court.", [][3]string{{"Smith", claims.TypePerson, ""}}, true},
		{"“I’m proud of them,” Klopp said.", [][3]string{{"Klopp", claims.TypePerson, ""}}, false},
		{"“It’s been a tough week,” Smith said.", [][3]string{{"Smith", claims.TypePerson, ""}}, false},
		{"“It was never lower,” Smith said.", [][3]string{{"Smith", claims.TypePerson, ""}}, true},
		{"“The attack is aimed at the country’s security and stability,” Azzouz said.", [][3]string{{"Azzouz", claims.TypePerson, ""}}, true},
		{"“Life was not long enough,” she recalled, “for Mike to do all the stuff that he would think of to do.”", [][3]string{{"Mike", claims.TypePerson, ""}}, true},
		// A feeling is no claim for the date beside it; an amount makes one.
		{"I love New York in the fall of 2019.", [][3]string{{"New York", claims.TypeLoc, ""}, {"the fall of 2019", claims.TypeDate, "2019-FA"}}, false},
		{"We were delighted that sales in New York rose 10% in 2019.", [][3]string{{"New York", claims.TypeLoc, ""}, {"10%", claims.TypePercent, "10"}, {"2019", claims.TypeDate, "2019"}}, true},
		// Said with a contraction too; a number in a name is no amount, a
		// length of experience in digits is a fact.
		{"“We’re truly excited about our 50th Anniversary Tour,” Johnston said in a statement.", [][3]string{{"Johnston", claims.TypePerson, ""}, {"50th Anniversary Tour", claims.TypeMisc, ""}}, false},
		{"“I'm thrilled to join the team,” Johnston said in a statement.", [][3]string{{"Johnston", claims.TypePerson, ""}}, false},
		{"“We’re excited to have Ivan join, bringing his 25 years of experience,” Johnston said.", [][3]string{{"Johnston", claims.TypePerson, ""}, {"Ivan", claims.TypePerson, ""}, {"25 years", claims.TypeDuration, "P25Y"}}, true},
		// A credit of the page's pictures, however long, is no claim; what
		// the pictures show may be.
		{"Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, David Amsler, Arup Malakar, J B, jakerome, 401(K) 2012.", [][3]string{{"Shutterstock", claims.TypeOrg, ""}, {"David Amsler", claims.TypePerson, ""}, {"2012", claims.TypeDate, "2012"}}, false},
		{"Photos by the agency showed 300 troops at the border with Ukraine in 2012.", [][3]string{{"Ukraine", claims.TypeLoc, ""}, {"2012", claims.TypeDate, "2012"}}, true},
		// A table row is data, not a claim; a cell of prose in a row is read.
		{"3\tKevin Harvick\t5033\t4\t6\t15\t26", [][3]string{{"Kevin Harvick", claims.TypePerson, ""}}, false},
		{"Armin Le Grand\t56\t14.7%", [][3]string{{"Armin Le Grand", claims.TypePerson, ""}, {"14.7%", claims.TypePercent, "14.7%"}}, false},
		{"2019\tThe order of Emirates is valued at $8.8 billion at list prices.", [][3]string{{"Emirates", claims.TypeOrg, ""}, {"$8.8 billion", claims.TypeMoney, "USD 8800000000"}}, true},
	}
	for _, tt := range tests {
		var ms []claims.Mention
		for _, m := range tt.mentions {
			ms = append(ms, mentionOf(t, tt.text, m[0], m[1], m[2]))
		}
		sents := sentencesOf(tt.text)
		if len(sents) == 0 { // a table row: one unit, no full stop
			sents = []claims.Span{{Start: 0, End: len(tt.text), Text: tt.text}}
		}
		in := Input{ArticleID: claims.ArticleID(tt.text), Text: tt.text, Sentences: sents, Mentions: ms}
		got := Builder{}.Build(in)
		if (len(got) > 0) != tt.want {
			t.Errorf("%q: %d claims, want a claim: %v", tt.text, len(got), tt.want)
		}
	}
}

func TestNotEnglish(t *testing.T) {
	fr := "Les députés ont adopté à une large majorité le projet de loi, qui coûtera 5 millions d'euros à l'État selon le gouvernement de Manuel Valls. Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel, saisi par 75 députés."
	ms := []claims.Mention{mentionOf(t, fr, "Manuel Valls", claims.TypePerson, ""), mentionOf(t, fr, "Sénat", claims.TypeOrg, "")}
	if got := buildChecked(t, Builder{}, fr, ms); len(got) != 0 {
		t.Errorf("a French article gives %d claims, want none: %q", len(got), got[0].Text)
	}
}

func TestDatelineIsNoClaimsNorSubject(t *testing.T) {
	// opens is how the claim's text begins: after the dateline, which
	// says where the story was filed.
	tests := []struct {
		text, want, opens string
	}{
		{"CAIRO — Gunmen opened fire on visitors in Tunisia on Wednesday, killing at least 19 people.", "Tunisia", "Gunmen"},
		{"WASHINGTON (Reuters) - The bank in Ohio lost $5 million in the third quarter of the year.", "Ohio", "The bank"},
		{"MOSCOW (AP) — A cargo ship broke up over Siberia on Thursday, 2 minutes after its launch in Ohio.", "Siberia", "A cargo"},
		{"Cairo is the largest city in Egypt, with 10 million people in its metropolitan area.", "Cairo", "Cairo is"},
		{"DUBAI, United Arab Emirates — Tunisia ordered 30 planes worth $8.8 billion on Wednesday.", "Tunisia", "Tunisia ordered"},
		{"OHIO has lost 5,000 jobs since May – more than Egypt, officials said.", "OHIO", "OHIO has"},
		{"New York, NY – Native ad spending in Ohio passed $5 billion in 2017, according to analysis.", "Ohio", "Native"},
		{"San Francisco, Calif. — The bank in Ohio lost $5 million in the third quarter of the year.", "Ohio", "The bank"},
		{"Cairo, Egypt and Siberia – three places that lost 5,000 jobs since May, officials said.", "Cairo", "Cairo, Egypt"},
		{"LONDON, Dec 5 (Reuters) - The bank in Ohio lost $5 million in the third quarter of the year.", "Ohio", "The bank"},
	}
	for _, tt := range tests {
		var ms []claims.Mention
		for _, loc := range []string{"CAIRO", "WASHINGTON", "DUBAI", "MOSCOW", "United Arab Emirates", "OHIO", "Tunisia", "Ohio", "Cairo", "Egypt", "Siberia",
			"New York", "San Francisco"} {
			if strings.Contains(tt.text, loc) {
				ms = append(ms, mentionOf(t, tt.text, loc, claims.TypeLoc, ""))
			}
		}
		for _, org := range []string{"AP", "Reuters"} {
			if strings.Contains(tt.text, "("+org+")") {
				ms = append(ms, mentionOf(t, tt.text, org, claims.TypeOrg, ""))
			}
		}
		slices.SortFunc(ms, byStart)
		got := buildChecked(t, Builder{}, tt.text, ms)
		if len(got) != 1 || got[0].Subject == nil || got[0].Subject.Text != tt.want || !strings.HasPrefix(got[0].Text, tt.opens) {
			t.Errorf("%q: claims %+v, want one about %q opening %q", tt.text, got, tt.want, tt.opens)
		}
	}
}

// The subject is not taken from the description of the source, nor from
// whom the source told; with nothing else named, it is the source itself.
func TestSubjectSkipsTheSourcesDescription(t *testing.T) {
	tests := []struct {
		text string
		ents []ent
		want string
	}{
		// A statement set before its source is about what it names, not
		// about the source (none here), unless it opens with a pronoun or
		// speaks of "I" or "we".
		{"Unemployment fell to 3.9% in October, the ONS said on Tuesday.",
			[]ent{{"ONS", claims.TypeOrg}}, ""},
		{"Untreated pneumonic plague killed 2 people in 2019, according to the WHO.",
			[]ent{{"WHO", claims.TypeOrg}}, ""},
		{"“It was a difficult situation for us in 2019,” Lopez said.",
			[]ent{{"Lopez", claims.TypePerson}}, "Lopez"},
		{"Shortly before their arrival in 2019, Webb admitted to hiding the girl in a basket.",
			[]ent{{"Webb", claims.TypePerson}}, "Webb"},
		{"Computers and electronic devices have seen impacts, too, said Mary Lovely, a Syracuse University economist.",
			[]ent{{"Mary Lovely", claims.TypePerson}, {"Syracuse University", claims.TypeOrg}}, ""},
		{"Matt Maley, equity strategist at Miller Tabak, says the stock could be a risky bet with a worthy reward of $40.",
			[]ent{{"Matt Maley", claims.TypePerson}, {"Miller Tabak", claims.TypeOrg}}, "Matt Maley"},
		{`"The overall impact is now over $4 billion per month," said Daniel Anthony, vice president of the Trade Partnership, a firm in Washington.`,
			[]ent{{"Daniel Anthony", claims.TypePerson}, {"Trade Partnership", claims.TypeOrg}, {"Washington", claims.TypeLoc}}, ""},
		// A quotation's "He" is not its speaker: the man named before, or
		// none.
		{"Mike Ford wrote poems. “He could have had a better career in 1990,” Patrick Hayden, Teresa’s husband and Tor’s editor, said.",
			[]ent{{"Mike Ford", claims.TypePerson}, {"Patrick Hayden", claims.TypePerson}, {"Teresa", claims.TypePerson}, {"Tor", claims.TypeOrg}}, "He"},
		{"“He treated the public purse as his own in 2017,” Ms Dunn told the court.",
			[]ent{{"Dunn", claims.TypePerson}}, ""},
		{"Taylor told Dempsey he did not own any birds, just a cat and a dog, in 2019.",
			[]ent{{"Taylor", claims.TypePerson}, {"Dempsey", claims.TypePerson}}, "Taylor"},
		{"“Don't hide 2 things like this,” one Weibo commenter said, per Feng.",
			[]ent{{"Weibo", claims.TypeOrg}, {"Feng", claims.TypePerson}}, ""},
		{"As Emily Feng reports for NPR, the first 2 cases came to light when authorities in Beijing spoke.",
			[]ent{{"Emily Feng", claims.TypePerson}, {"NPR", claims.TypeOrg}, {"Beijing", claims.TypeLoc}}, "Emily Feng"},
		{"There is no evidence linking the third case to the earlier 2, the health commission said, according to Reuters.",
			[]ent{{"Reuters", claims.TypeOrg}}, ""},
		// What a place owns is what the claim is about ("Japan's Nikkei
		// 225"); a person or organisation still comes first.
		{"Japan's Nikkei 225 declined 0.3%, while South Korea's Kospi Index fell 0.5% on Tuesday.",
			[]ent{{"Japan", claims.TypeLoc}, {"Nikkei 225", claims.TypeMisc}, {"South Korea", claims.TypeLoc}, {"Kospi Index", claims.TypeMisc}}, "Nikkei 225"},
		{"Britain's Conservative Party was accused of misleading voters in 2019.",
			[]ent{{"Britain", claims.TypeLoc}, {"Conservative Party", claims.TypeOrg}}, "Conservative Party"},
		{"Japan's 2019 budget will rise 3% in 2020, Tokyo's Finance Ministry said.",
			[]ent{{"Japan", claims.TypeLoc}, {"Tokyo", claims.TypeLoc}, {"Finance Ministry", claims.TypeOrg}}, "Japan"},
		{"The group said on Twitter that the contract had confused 1,000 employees at WeWork.",
			[]ent{{"Twitter", claims.TypeOrg}, {"WeWork", claims.TypeOrg}}, "WeWork"},
		{`"We make no apology for the rebuttal of 2019," Raab told the BBC.`,
			[]ent{{"Raab", claims.TypePerson}, {"BBC", claims.TypeOrg}}, "Raab"},
		// A speaker's tag after the quotation: its description runs to the
		// unit's end, over commas ("Director, IIFL Securities").
		{`"We see growth coming back in 2020. Now, we expect broader markets to outperform," said Sanjiv Bhasin, Director, IIFL Securities.`,
			[]ent{{"Sanjiv Bhasin", claims.TypePerson}, {"IIFL Securities", claims.TypeOrg}}, "Sanjiv Bhasin"},
		{"“Space exploration requires an entire ecosystem of 40 firms,” said Michael Sims, CEO and Founder of Ceres Robotics Inc.",
			[]ent{{"Michael Sims", claims.TypePerson}, {"Ceres Robotics Inc.", claims.TypeOrg}}, ""},
		{"“We worked on the spacecraft’s logistics and power in 2018,” comments Robin Biesbroek of ESA’s Concurrent Design Facility.",
			[]ent{{"Robin Biesbroek", claims.TypePerson}, {"ESA", claims.TypeOrg}, {"Concurrent Design Facility", claims.TypeOrg}}, "Robin Biesbroek"},
		// The subject of the reported clause, a place though it be.
		{"Boris Johnson said the UK would leave the EU on Oct. 31, 2019.",
			[]ent{{"Boris Johnson", claims.TypePerson}, {"UK", claims.TypeLoc}, {"EU", claims.TypeOrg}}, "UK"},
		{"American officials said Sudan had already shown progress on 3 of these fronts.",
			[]ent{{"American", claims.TypeMisc}, {"Sudan", claims.TypeLoc}}, "Sudan"},
		{"Boris Johnson said voters in the UK would leave the EU on Oct. 31, 2019.",
			[]ent{{"Boris Johnson", claims.TypePerson}, {"UK", claims.TypeLoc}, {"EU", claims.TypeOrg}}, "EU"},
		{"In an interview with the Financial Times, Elon Musk said Tesla would be profitable in 2020.",
			[]ent{{"Financial Times", claims.TypeOrg}, {"Elon Musk", claims.TypePerson}, {"Tesla", claims.TypeOrg}}, "Tesla"},
		{"Donald Trump claimed on Saturday that crime in Venezuela had fallen by 67% in 2023.",
			[]ent{{"Donald Trump", claims.TypePerson}, {"Venezuela", claims.TypeLoc}}, "Venezuela"},
		{"Smith said unemployment in Spain has risen to 12% in 2024.",
			[]ent{{"Smith", claims.TypePerson}, {"Spain", claims.TypeLoc}}, "Spain"},
		{"Asian indexes were mixed in 2019 after CNBC reported that the mood in Beijing was pessimistic.",
			[]ent{{"Asian", claims.TypeMisc}, {"CNBC", claims.TypeOrg}, {"Beijing", claims.TypeLoc}}, "Asian"},
		{"In an interview with Fox News, Vice President Kamala Harris said the administration had cut border crossings by half since 2023.",
			[]ent{{"Fox News", claims.TypeOrg}, {"Kamala Harris", claims.TypePerson}}, ""},
		// What the source reports in a clause of its own is about that
		// clause, not the source; what it confirms or announces as a
		// thing is about the source.
		{"A spokesman for Ford confirmed the recall covers vehicles built between 2012 and 2018.",
			[]ent{{"Ford", claims.TypeOrg}}, ""},
		{"Habib Essid said that in addition to the slain foreigners from Italy and Poland, 2 workers were killed.",
			[]ent{{"Habib Essid", claims.TypePerson}, {"Italy", claims.TypeLoc}, {"Poland", claims.TypeLoc}}, ""},
		{"Ford confirmed the sale of its plant in 2019.",
			[]ent{{"Ford", claims.TypeOrg}}, "Ford"},
		{"Ford confirmed the recall covers vehicles built between 2012 and 2018.",
			[]ent{{"Ford", claims.TypeOrg}}, ""},
		{"Pompeo said that after legal consultation Washington had concluded in 2019 the settlements were legal.",
			[]ent{{"Pompeo", claims.TypePerson}, {"Washington", claims.TypeLoc}}, "Washington"},
		{"Speaking to Reuters, the minister said taxes would fall 2% in 2020.",
			[]ent{{"Reuters", claims.TypeOrg}}, ""},
		// Who polled the source is not what its figure is about.
		{"Analysts polled by FactSet had estimated revenue of $27.53 billion.",
			[]ent{{"FactSet", claims.TypeOrg}}, ""},
		{"Economists surveyed by Reuters said Germany's exports would fall 2% in 2020.",
			[]ent{{"Reuters", claims.TypeOrg}, {"Germany", claims.TypeLoc}}, "Germany"},
		// What the source was doing as it spoke is not what the claim is
		// about, nor is a relative clause about it.
		{"The minister, speaking at a press conference in Berlin on Tuesday, said exports would grow 4% in 2020.",
			[]ent{{"Berlin", claims.TypeLoc}}, ""},
		{"The company, which is based in Seattle, said its revenue rose 20% to $3.1 billion in 2019.",
			[]ent{{"Seattle", claims.TypeLoc}}, ""},
		{"“Spending rose 5% in 2019,” said Lindsey Graham, R-S.C., who chairs the Judiciary Committee.",
			[]ent{{"Lindsey Graham", claims.TypePerson}, {"Judiciary Committee", claims.TypeOrg}}, ""},
		// The source's company or person rather than what describes it.
		{"Dow component Home Depot reported third-quarter earnings of $2.8 billion that topped estimates.",
			[]ent{{"Dow", claims.TypeMisc}, {"Home Depot", claims.TypeOrg}}, "Home Depot"},
		{"Israeli Prime Minister Benjamin Netanyahu, however, said the 2019 announcement was very moving.",
			[]ent{{"Israeli", claims.TypeMisc}, {"Benjamin Netanyahu", claims.TypePerson}}, ""},
		// An adverb between the source and its verb leaves the reported
		// clause its own: about what it names, none here.
		{"Ford also said the recall covers vehicles built between 2012 and 2018.",
			[]ent{{"Ford", claims.TypeOrg}}, ""},
		{"Israeli Prime Minister Benjamin Netanyahu said the 2019 announcement was very moving.",
			[]ent{{"Israeli", claims.TypeMisc}, {"Benjamin Netanyahu", claims.TypePerson}}, ""},
		// A person after a team or a company and a title is the subject,
		// not the team; a verb between names two actors.
		{"Browns DL Sheldon Richardson, however, decided to weigh in on Monday, saying that Rudolph should be suspended for 10 games.",
			[]ent{{"Browns", claims.TypeOrg}, {"Sheldon Richardson", claims.TypePerson}, {"Rudolph", claims.TypePerson}}, "Sheldon Richardson"},
		{"Ousted WeWork CEO Adam Neumann can still name 2 directors to WeWork's board, even though he left the company.",
			[]ent{{"WeWork", claims.TypeOrg}, {"Adam Neumann", claims.TypePerson}}, "Adam Neumann"},
		{"Chelsea striker Diego Costa scored 20 goals in 2017.",
			[]ent{{"Chelsea", claims.TypeOrg}, {"Diego Costa", claims.TypePerson}}, "Diego Costa"},
		{"Google hired John Smith in 2019 for $2 million a year.",
			[]ent{{"Google", claims.TypeOrg}, {"John Smith", claims.TypePerson}}, "Google"},
		// What the claim names outside the description still wins: the
		// professor at the end is the source, and what he reports is
		// about Pompeo; "Pompeo said …" alone is about Washington.
		{"Pompeo said that Washington had concluded the settlements were legal, a Syracuse University professor said.",
			[]ent{{"Pompeo", claims.TypePerson}, {"Washington", claims.TypeLoc}}, "Pompeo"},
		{"Pompeo said that Washington had concluded the settlements were legal.",
			[]ent{{"Pompeo", claims.TypePerson}, {"Washington", claims.TypeLoc}}, "Washington"},
		// A phrase in front names others before the clause's subject.
		{"After receiving a lifeline from investor SoftBank worth up to $8 billion, WeWork is now cutting 2,400 jobs.",
			[]ent{{"SoftBank", claims.TypeOrg}, {"WeWork", claims.TypeOrg}}, "WeWork"},
		{"From the deck of his schooner, at Fisherman’s Terminal in Seattle, skipper Wade Bassi has sold 500 fish.",
			[]ent{{"Fisherman’s Terminal", claims.TypeOrg}, {"Seattle", claims.TypeLoc}, {"Wade Bassi", claims.TypePerson}}, "Wade Bassi"},
		{"In an email sent by chairman Marcelo Claure, employees were told that 2,400 jobs will go, and that Claure will present a plan.",
			[]ent{{"Marcelo Claure", claims.TypePerson}, {"Claure", claims.TypePerson}}, "Marcelo Claure"},
		// Who quoted the source is neither the source nor the subject.
		{"Residents reported a loud thud 300 km west of Kyzyl, the Tuva government was quoted as saying by the Interfax news agency.",
			[]ent{{"Kyzyl", claims.TypeLoc}, {"Tuva", claims.TypeLoc}, {"Interfax", claims.TypeOrg}}, "Kyzyl"},
		{"According to Patrick Hayden, shortly before Ford’s death, his agent was leaving the industry after 20 years.",
			[]ent{{"Patrick Hayden", claims.TypePerson}, {"Ford", claims.TypePerson}}, "Ford"},
		// A source set in front with "according to": the clause after it
		// is about its own entities, a place though it be.
		{"According to Elon Musk, Tesla delivered 500,000 cars in 2020.",
			[]ent{{"Elon Musk", claims.TypePerson}, {"Tesla", claims.TypeLoc}}, "Tesla"},
		{"According to the WHO, Europe recorded 90,000 measles cases in 2019.",
			[]ent{{"WHO", claims.TypeOrg}, {"Europe", claims.TypeLoc}}, "Europe"},
	}
	for _, tt := range tests {
		ms := entityMentions(t, tt.text, tt.ents)
		got := buildChecked(t, Builder{}, tt.text, ms)
		switch {
		case len(got) != 1:
			t.Errorf("%q: %d claims, want one", tt.text, len(got))
		case tt.want == "" && got[0].Subject != nil:
			t.Errorf("%q: subject %q, want none", tt.text, got[0].Subject.Text)
		case tt.want != "" && (got[0].Subject == nil || got[0].Subject.Text != tt.want):
			t.Errorf("%q: subject %+v, want %q", tt.text, got[0].Subject, tt.want)
		}
	}
}

func TestItContinuesTheOrganisation(t *testing.T) {
	text := "Two service members died in a crash, the US military said on Wednesday. " +
		"It said that the names of the 2 killed would be withheld for now. " +
		"The film opens in May. As it tells its story, it said that 3 people died."
	ms := []claims.Mention{
		mentionOf(t, text, "US military", claims.TypeOrg, ""),
		mentionOf(t, text, "May", claims.TypeDate, "XXXX-05"),
	}
	got := buildChecked(t, Builder{}, text, ms)
	sources := map[string]string{}
	for _, c := range got {
		sources[c.Text[:10]] = c.Source
	}
	if s := sources["It said th"]; s != "US military" {
		t.Errorf("sentence-opening It: source %q, want the organisation of the sentence before, US military", s)
	}
	if s, ok := sources["As it tell"]; ok && s != "it" {
		t.Errorf("an it inside a sentence: source %q, want it left as it is", s)
	}
}

// TestItAfterAQuotation: "it said" after a quotation is the organisation
// that opens the unit before; where that unit opens with no organisation,
// the "it" may be a statement, and stays as it is.
func TestItAfterAQuotation(t *testing.T) {
	text := "Boeing reported a loss of $2.9 billion in 2019. " +
		"“We expect deliveries to resume in 2020,” it said in a statement. " +
		"Now they have put out another statement to the organisers of the AMAs. " +
		"“We have agreed to grant 40 licenses,” it says."
	ms := []claims.Mention{
		mentionOf(t, text, "Boeing", claims.TypeOrg, ""),
		mentionOf(t, text, "AMAs", claims.TypeOrg, ""),
	}
	sources := map[string]string{}
	for _, c := range buildChecked(t, Builder{}, text, ms) {
		sources[strings.Fields(c.Text)[1]] = c.Source
	}
	if s := sources["expect"]; s != "Boeing" {
		t.Errorf("it after a quotation: source %q, want Boeing", s)
	}
	if s, ok := sources["have"]; ok && s != "it" {
		t.Errorf("it after a quotation, no organisation opening the unit before: source %q, want it", s)
	}
}

func TestNotProse(t *testing.T) {
	checkText(t, "notProse", notProse, []textCase{
		{"var expect = chai.expect;\ndescribe(\"Cow\", function() {\nit(\"should have a default name\", function() {", true},
		{"Cow.prototype = {\ngreets: function(target) {\nreturn this.name;\n}\n};", true},
		{"PUT /storage/michiel/test HTTP/1.1\nHost: 3pp.io:4439\nContent-Length: 91", true},
		{"And the server may respond with a 304 status:\nAccess-Control-Allow-Origin: https://example.com\nETag: \"1382694045000\"", true},
		{"Internet-Draft              remoteStorage                  December 2014\nNote that the use of strong ETags prohibits changing it.", true},
		{"[SPDY]\nMark Belshe, Roberto Peon, \"SPDY Protocol - Draft 3.1\", September 2013.", true},
		{"[1] Alarm fatigue: impacts on patient safety, Ruskin KJ, Hueske-Kraus D. Curr Opin Anaesthesiol.", true},
		{"[12] Smith J. Tariffs and prices, 2019.", true},
		// A box of facts set out line by line.
		{"Michael Anastassiades\n‘Jewels after Jewels after Jewels’\nFlos Showroom\ncorso Monforte, 15, Milan\n9.30 A.M. / 7.00 P.M.", true},
		{"Acme Corp\n1200 Main Street\nSpringfield, IL 62701", true},
		// Prose keeps its semicolons, colons, brackets and line breaks.
		{"The deal closed in June 2018; Soon-Shiong remains a major shareholder of Tribune, with 24.4% of the company.", false},
		{"In 2019, you can contribute up to $19,000 pretax to a 401(k) and $6,000 to a traditional IRA.", false},
		{"Editor's note: The story was updated on Monday.\nThe company said revenue rose 5% to $2 billion (up from 2018).", false},
		{"[Updated] The company said revenue rose 5% to $2 billion.", false},
		{"Clockwise from top: Te Kaurinui Parata; Parata holds three whale teeth; the carving shed.", false},
		// Prose wrapped at a narrow width, and lines that end as sentences.
		{"* 409 for a PUT request where any folder name in the path\nclashes with an existing document's name at the same\nlevel, or where the document name coincides with an\nexisting folder's name at the same level.", false},
		{"Revenue rose 5%.\nProfit fell 2%.\nThe shares gained.", false},
	})
}

func TestShoppingCopy(t *testing.T) {
	tests := []struct {
		text, money string // money: the MONEY mention's text, "" for none
		want        bool
	}{
		{"Save $31 if you get a turquoise Switch Lite with your choice of game and a case.", "$31", true},
		{"Score the Apple Watch Series 3 right now for the lowest price ever.", "", true},
		{"Clip the $10 off coupon on the product page", "$10", true},
		{"Fossil Hybrid HR smartwatch for $195", "$195", true},
		{"Apple’s latest 12.9-inch iPad Pro drops to $799", "$799", true},
		// News about prices and money is no shopping copy.
		{"Walmart cut the price of insulin to $25 a vial.", "$25", false},
		{"The company sold the unit for $2 billion", "$2 billion", false}, // a price, but a sentence of 7 words with no full stop: a clause
		{"Get ready: the Fed meets on Tuesday and is expected to cut rates.", "", false},
		{"Save the Children said 2,000 children had died.", "", false},
		{"Tesla sold the Model 3 for $35,000.", "$35,000", false},
	}
	for _, tt := range tests {
		var ms []claims.Mention
		if tt.money != "" {
			ms = append(ms, mentionOf(t, tt.text, tt.money, claims.TypeMoney, ""))
		}
		lower := strings.ToLower(tt.text)
		ws := words(nil, tt.text, lower, 0)
		if got := shoppingCopy(tt.text, lower, ws, ms); got != tt.want {
			t.Errorf("shoppingCopy(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestQuestion(t *testing.T) {
	checkText(t, "question", question, []textCase{
		{"Is this number correct?", true},
		{"“Can I give it to James?”", true},
		{`"So it's fair to say you have not fixed the 'Giuliani problem'?" he asked.`, true},
		{"Would Adam Schiff have pleaded to keep the identity secret?", true},
		{"Would Adam Schiff have pleaded to keep the “whistleblower’s” identity secret?", true},
		{`Would Adam Schiff have pleaded to keep the "whistleblower's" identity secret?`, true},
		{"“Well, you did blow up half a city. They could have let you suffocate. Same time next week, then?”", false},
		{"Snopes staff writer David Emery posted to Twitter asking if there were “any un-angry Trump supporters?” on Monday.", false},
		{"The company asked whether the figures were right.", false},
		{"“After two more years of this,” Doctor asks, “what kind of products are going to be left? What’s your strategy?”", true},
		{"“We lost 2,000 jobs last year,” Doctor says. “Who will pay for that?”", false},
		{"“Why now?” is the question the board asked in 2019, said Smith, who chaired it.", false},
	})
}

func TestInstruction(t *testing.T) {
	checkText(t, "instruction", func(s string) bool { return instruction(wordsOf(s, 0)) }, []textCase{
		{"Measure the circumference of your cloche and cut the foam 2 cm smaller.", true},
		{"Click the link below to download the 2019 report.", true},
		{"Use this method only if the 2019 figures are final.", false},
		{"Use of force by police rose 20% in 2019.", false},
		{"Check the Toyota RAV4 Prime's 39 miles of range.", true},
		{"Turnout rose to 67% in the 2019 election.", false},
		{"Add the 2 cups of flour to the bowl.", true},
		{"Added to that, Apple paid $5 billion in 2019.", false},
	})
}

// "They" continues the group the sentence before attributed to, or the
// organisation it named; a thing that reports is no such group.
func TestTheyContinuesTheGroup(t *testing.T) {
	text := "Obama administration officials said on Thursday that 2 visits had been allowed. " +
		"They said that Sudan had a long way to go on human rights in 2017. " +
		"The company that runs the awards, Dick Clark Productions, denies that anything has been sorted. " +
		"“Any agreement must be made with the management team of 2019,” they said. " +
		"Many reports suggest that 300 drivers do not like the company. " +
		"They tell horror stories about its hiring practices in 2015. " +
		"Lorenz and Fetter plotted the motion of this point. " +
		"They found that in 1963 the point traced out a butterfly-shaped structure. " +
		"Smith, Jones and Lee wrote to the board. " +
		"They said the 3 plants in Ohio would close. " +
		"Microsoft and Brown signed a deal. " +
		"They said it was worth 5 million dollars to Intel."
	ms := []claims.Mention{
		mentionOf(t, text, "Obama", claims.TypePerson, ""),
		mentionOf(t, text, "Sudan", claims.TypeLoc, ""),
		mentionOf(t, text, "Dick Clark Productions", claims.TypeOrg, ""),
		mentionOf(t, text, "Lorenz", claims.TypePerson, "Edward Lorenz"),
		mentionOf(t, text, "Fetter", claims.TypePerson, "Ellen Fetter"),
		mentionOf(t, text, "Smith", claims.TypePerson, ""),
		mentionOf(t, text, "Jones", claims.TypePerson, ""),
		mentionOf(t, text, "Lee", claims.TypePerson, ""),
		mentionOf(t, text, "Ohio", claims.TypeLoc, ""),
		mentionOf(t, text, "Brown", claims.TypePerson, ""),
		mentionOf(t, text, "Microsoft", claims.TypeOrg, ""),
		mentionOf(t, text, "Intel", claims.TypeOrg, ""),
	}
	got := buildChecked(t, Builder{}, text, ms)
	checkSources(t, got, map[string]string{
		"They said that Sudan": "Obama administration officials",
		"“Any agreement":       "Dick Clark Productions",
		"They tell horror":     "They",
		"They found that":      "Edward Lorenz and Ellen Fetter",
		"They said the 3":      "Smith, Jones and Lee",
		"They said it was":     "Microsoft", // not a group of people: the organisation named
	}, "They tell horror")
}

func TestPredicated(t *testing.T) {
	checkText(t, "predicated", func(s string) bool { return predicated(s, wordsOf(s, 0), 0) }, []textCase{
		{"— Shay Friedman (@ironshay) August 22, 2013", false},
		{"— Digital Foundry (@digitalfoundry) #Stadia November 18, 2019", false},
		{"Netgear Nighthawk R6700 Router for $67.77", false},
		{"Inflation was 5% in 2019.", true},
		{"Stadia reached 1 million players (@stadia said) in 2019.", true},
	})
}

func TestAuthorBio(t *testing.T) {
	checkText(t, "authorBio", func(s string) bool { return authorBio(strings.ToLower(s)) }, []textCase{
		{"Erin Cunningham is a Cairo-based correspondent for The Washington Post.", true},
		{"She previously covered conflicts in the Middle East and Afghanistan for the Christian Science Monitor and GlobalPost.", true},
		{"He has covered the White House for Reuters since 2015.", true},
		{"She previously covered up the losses for the company, prosecutors said.", false},
		{"He said the company previously covered 40% of the costs for its workers.", false},
		{"Erin Cunningham is an award-winning Cairo-based correspondent for The Washington Post.", true},
		{"The plan is about money: Smith is a reporter for nobody, he said.", true},
		{"Smith is a very old and well known and much loved local baker and reporter for the paper.", false},
		{"The island is a haven for 40 species, said the reporter for the Times.", false},
	})
}

// TestNonAnswers: nonAnswer skips units whose head holds neither "not " nor
// "declined to ", so every non-answer must hold one of them.
func TestNonAnswers(t *testing.T) {
	for _, p := range nonAnswers {
		if !strings.Contains(p, "not ") && !strings.Contains(p, "declined to ") {
			t.Errorf("non-answer %q holds neither \"not \" nor \"declined to \": nonAnswer would never find it", p)
		}
		if !nonAnswer("it " + p + " the location") {
			t.Errorf("nonAnswer(%q) = false", "it "+p+" the location")
		}
	}
}

func TestAboutSection(t *testing.T) {
	checkText(t, "aboutSection", aboutSection, []textCase{
		{"About my6sense\nmy6sense offers an open programmatic native advertising platform for 400 publishers.", true},
		{"About Acme Widgets Inc\nAcme Widgets makes 3 million widgets a year in Ohio.", true},
		{"About 300 people were evacuated from the town on Monday.", false},
		{"About 300 people were evacuated.\nThe fire spread to 40 homes by Monday.", false},
		{"About half of the 12,000 employees will be laid off, the company said.", false},
	})
}

func TestCaption(t *testing.T) {
	checkText(t, "photoCredit", photoCredit, []textCase{
		{"Natalie Naccache | Bloomberg | Getty Images", true},
		{"(AP Photo/Evan Vucci)", true},
		{"Photo: Reuters", true},
		{"Reuters and Bloomberg reported the deal first.", false},
		{"Acme | Google | Boeing", false},
	})
	checkText(t, "caption", func(s string) bool { return caption(strings.ToLower(s)) }, []textCase{
		{"Cover image: artist’s impression of the lighting installation by Peter Koros Design at the 7th Amsterdam Light Festival", true},
		{"Photo: Protesters gather outside the parliament in Hong Kong on Monday.", true},
		{"Pictured: the 787-9 Dreamliner Emirates ordered for $9 billion.", true},
		{"Image: Acme Corp paid $4 million for the picture in 2019.", true},
		{"The image: a company that paid $4 million in fines in 2019.", false},
		{"Acme's chief executive said one thing was clear: the company paid $4 million.", false},
		{"Price: $9.99 a month, or $7.99 for Prime members.", false},
	})
	for _, tt := range []struct {
		text  string
		ents  []ent
		claim bool
	}{
		{"The Doobie Brothers 50th Anniversary Tour 2020 dates:", []ent{{"Doobie Brothers", claims.TypeOrg}}, false},
		{"Acme Corp said it paid Google $4 million in 2023, and listed the reasons:", []ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, false},
		{"Acme Corp said it paid Google $4 million in 2023.", []ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, true},
		// The publisher's own promotion.
		{"Catch up on the 2020 election campaign with AP experts on our weekly politics podcast.", []ent{{"AP", claims.TypeOrg}}, false},
		{"Catch the 2020 campaign on AP, where Acme paid $4 million for ads.", []ent{{"AP", claims.TypeOrg}, {"Acme", claims.TypeOrg}}, true},
		{"Get access to millions of songs and playlists that you can stream from your Echo Dot, phone, PC, or other Alexa device.", []ent{{"Echo Dot", claims.TypeMisc}, {"Alexa", claims.TypeMisc}}, false},
		{"Get Acme's view: the company paid $4 million in fines in 2019.", []ent{{"Acme", claims.TypeOrg}}, true},
		// A paragraph a photo credit follows is the picture's caption.
		{"Sheikh Mohammed, center, passes a Boeing 787-10 aircraft operated by Emirates on Monday, Nov. 13, 2017.\n\nNatalie Naccache | Bloomberg | Getty Images\n\nEmirates ordered 30 jets.",
			[]ent{{"Sheikh Mohammed", claims.TypePerson}, {"Boeing", claims.TypeOrg}}, false},
		{"Acme Corp paid Google $4 million in 2023, officials said on Monday.\n(AP Photo/Evan Vucci)", []ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, false},
		{"Acme Corp paid Google $4 million in 2023, officials said on Monday.\n\nReuters and Bloomberg reported the deal first, citing people familiar with the matter.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, true},
		// After a labelled credit line of its own, a paragraph is a
		// caption only if it describes a picture.
		{"A Football Association spokesman said the club was fined £50,000 in 2019.\nPicture: Getty Images",
			[]ent{{"Football Association", claims.TypeOrg}}, true},
		{"Acme Corp chief John Smith, left, speaks to reporters in 2019 after paying Google $4 million.\nPicture: Getty Images",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"John Smith", claims.TypePerson}, {"Google", claims.TypeOrg}}, false},
		{"Acme Corp paid Google $4 million in 2023, officials said on Monday. The photo shows it.\n\nPhoto: Reuters", []ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, true},
	} {
		if got := buildChecked(t, Builder{}, tt.text, entityMentions(t, tt.text, tt.ents)); (len(got) > 0) != tt.claim {
			t.Errorf("%q: %d claims, want a claim: %v", tt.text, len(got), tt.claim)
		}
	}
}

// "The company said" is the organisation named last, in its sentence or the
// two before it.
func TestDefiniteOrg(t *testing.T) {
	text := "McClatchy reported a loss of $304.7 million in the third quarter. " +
		"But the company also reported long-term debt of more than $700 million. " +
		"The weather was mild in 2019. The rain fell for 3 days. The sun came out on 4 days. " +
		"The company said 20 stores would close."
	ms := []claims.Mention{mentionOf(t, text, "McClatchy", claims.TypeOrg, "McClatchy Co.")}
	got := buildChecked(t, Builder{}, text, ms)
	checkSources(t, got, map[string]string{
		"But the company":  "McClatchy Co.",
		"The company said": "The company", // McClatchy is four sentences back: too far
	})
	// A utility is an organisation too.
	text = "Con Edison found 750 gas leaks in January. The utility said it would replace 1,600 miles of gas lines by 2030."
	got = buildChecked(t, Builder{}, text, []claims.Mention{mentionOf(t, text, "Con Edison", claims.TypeOrg, "")})
	checkSources(t, got, map[string]string{"The utility said": "Con Edison"})
}

// TestDefiniteOrgNotWhomToldIt checks that "the retailer said" does not
// stand for the news agency a sentence before was told something by
// ("told Reuters"), but for the company named before that.
func TestDefiniteOrgNotWhomToldIt(t *testing.T) {
	text := "Walgreens reported a loss of $3 billion in 2024. Two people briefed on the talks told Reuters that a decision was expected by March. " +
		"The retailer, which has 300 stores, said sales rose 4% in 2024."
	ms := []claims.Mention{mentionOf(t, text, "Walgreens", claims.TypeOrg, ""), mentionOf(t, text, "Reuters", claims.TypeOrg, "")}
	got := buildChecked(t, Builder{}, text, ms)
	checkSources(t, got, map[string]string{"The retailer": "Walgreens"})
}

// TestDefiniteOrgNoPublicBody checks that a business noun ("the company")
// does not stand for a public body named before it, while "the agency"
// may.
func TestDefiniteOrgNoPublicBody(t *testing.T) {
	text := "Data from the Census Bureau show that income rose 4% in 2019. " +
		"The company said revenue fell 12% to $4.1 billion in 2019. " +
		"Acme Corp paid $4 million in fines to the Labor Department in 2020. " +
		"The company said 20 stores would close by 2021. " +
		"The Energy Department fined Zeta Inc $4 million in 2020. " +
		"The agency said 20 stores broke the rules in 2020."
	ms := []claims.Mention{
		mentionOf(t, text, "Census Bureau", claims.TypeOrg, ""),
		mentionOf(t, text, "Acme Corp", claims.TypeOrg, ""),
		mentionOf(t, text, "Labor Department", claims.TypeOrg, ""),
		mentionOf(t, text, "Energy Department", claims.TypeOrg, ""),
		mentionOf(t, text, "Zeta Inc", claims.TypeOrg, ""),
	}
	slices.SortFunc(ms, byStart)
	checkSources(t, buildChecked(t, Builder{}, text, ms), map[string]string{
		"The company said revenue": "The company",
		"The company said 20":      "Acme Corp",
		"The agency said":          "Energy Department",
	})
}

// "The company" stands for the organisation its own sentence named last
// before it, else the one the sentence before is about (named first in it);
// a sentence that opens with "It" is about an organisation named before,
// not one of its own. What an organisation says of itself ("said it …",
// "It paid …, the company said") is about that organisation, and what a
// person says of themself ("said he …") about that person.
func TestCompanySaysOfItself(t *testing.T) {
	tests := []struct {
		text        string
		ents        []ent
		first       string // opening words of the claim checked
		source      string
		subject     string // the subject's text
		subjectName string // and its value ("" for a mention without one)
	}{
		{"Acme Corp said on Tuesday that it paid $4 million to Google in 2023.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, "Acme Corp said", "Acme Corp", "Acme Corp", ""},
		{"Acme Corp paid $4 million to Google in 2023. The company also said it would cut 300 jobs in Ohio by March 2025.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}, {"Ohio", claims.TypeLoc}}, "The company also", "Acme Corp", "The company", "Acme Corp"},
		{"Boeing reported a loss of $2 billion in the quarter. The company said its deliveries to Ryanair fell 20 percent in 2024.",
			[]ent{{"Boeing", claims.TypeOrg}, {"Ryanair", claims.TypeOrg}}, "The company said", "Boeing", "The company", "Boeing"},
		{"Boeing reported a loss of $2 billion in the quarter. It paid $400 million to Airbus in 2024, the company said.",
			[]ent{{"Boeing", claims.TypeOrg}, {"Airbus", claims.TypeOrg}}, "It paid", "Boeing", "the company", "Boeing"},
		{"Emirates ordered 30 Boeing jets worth $8.8 billion on Wednesday. The carrier said it would take delivery of the planes from 2023.",
			[]ent{{"Emirates", claims.TypeOrg}, {"Boeing", claims.TypeOrg}}, "The carrier said", "Emirates", "The carrier", "Emirates"},
		{"The committee has requested information from Cambridge Analytica about 2016, the company confirmed.",
			[]ent{{"Cambridge Analytica", claims.TypeOrg}}, "The committee", "Cambridge Analytica", "Cambridge Analytica", ""},
		// An "it" or "they" set off by a comma after what it says, as after
		// a quotation, continues the organisation the unit before names.
		{"Measles cases doubled in 2019, the World Health Organization said. The WHO recorded 90,000 cases in 2019, it said, with Ukraine accounting for half.",
			[]ent{{"World Health Organization", claims.TypeOrg}, {"WHO", claims.TypeOrg}, {"Ukraine", claims.TypeLoc}}, "The WHO recorded", "World Health Organization", "WHO", ""},
		{"Johnson & Johnson said it would pay $5 billion in 2021. Its units stopped selling opioids to Walmart in 2020, they said.",
			[]ent{{"Johnson & Johnson", claims.TypeOrg}, {"Walmart", claims.TypeOrg}}, "Its units", "Johnson & Johnson", "Walmart", ""},
		// A club, a union, a charity: organisations that are no business.
		{"Liverpool have won 11 of their 12 league games in 2019. The club confirmed on Monday that Fabinho would miss six weeks.",
			[]ent{{"Liverpool", claims.TypeOrg}, {"Fabinho", claims.TypePerson}}, "The club confirmed", "Liverpool", "Fabinho", ""},
		{"Unite represents 2,000 workers at the plant in 2019. The union said the strike would begin on Monday.",
			[]ent{{"Unite", claims.TypeOrg}}, "The union said", "Unite", "", ""},
		{"Volkswagen unveiled the Buzz in 2019. The automaker says it’ll build 3 models in Germany by 2022.",
			[]ent{{"Volkswagen", claims.TypeOrg}, {"Germany", claims.TypeLoc}}, "The automaker says", "Volkswagen", "The automaker", "Volkswagen"},
		{"Anna Ruiz says she’ll leave Acme in March 2020.",
			[]ent{{"Anna Ruiz", claims.TypePerson}, {"Acme", claims.TypeOrg}}, "Anna Ruiz says", "Anna Ruiz", "Anna Ruiz", ""},
		// One who speaks for "the company" stands for it the same way.
		{"The official way that Customs and Border Protection measures seizures is by pounds, an agency spokesman told us in 2019.",
			[]ent{{"Customs and Border Protection", claims.TypeOrg}}, "The official way", "Customs and Border Protection", "Customs and Border Protection", ""},
		{"WeWork is the subject of an inquiry by Letitia James in 2019. A company spokesperson said in an email that the attorney general sent a letter to Adam Neumann on Monday.",
			[]ent{{"WeWork", claims.TypeOrg}, {"Letitia James", claims.TypePerson}, {"Adam Neumann", claims.TypePerson}}, "A company spokesperson", "WeWork", "Adam Neumann", ""},
		// A person's "he" or "she" the same way.
		{"Kurt Volker said he had no knowledge of efforts to urge Ukraine to investigate Joe Biden in 2019.",
			[]ent{{"Kurt Volker", claims.TypePerson}, {"Ukraine", claims.TypeLoc}, {"Joe Biden", claims.TypePerson}}, "Kurt Volker said", "Kurt Volker", "Kurt Volker", ""},
		{"Valerie Smith said that she never received any letter from Mike Ford in 2019.",
			[]ent{{"Valerie Smith", claims.TypePerson}, {"Mike Ford", claims.TypePerson}}, "Valerie Smith said", "Valerie Smith", "Valerie Smith", ""},
		{"Prince Andrew claims that when he flew Royal Navy helicopters in 1982, he came under intense enemy fire.",
			[]ent{{"Prince Andrew", claims.TypePerson}, {"Royal Navy", claims.TypeOrg}}, "Prince Andrew claims", "Prince Andrew", "Prince Andrew", ""},
		{"Tim Morrison testified on Thursday in 2019. He said he was not concerned about the call on July 25.",
			[]ent{{"Tim Morrison", claims.TypePerson}}, "He said he", "Tim Morrison", "He", "Tim Morrison"},
		// "the actor", "the British royal": the person the unit before is
		// about, not one its quotation names nor a relative in passing.
		{"Prince Andrew, the younger brother of the heir, Charles, told friends the interview was a success in 2019. In it, the British royal denied having met the woman in 2001.",
			[]ent{{"Prince Andrew", claims.TypePerson}, {"Charles", claims.TypePerson}}, "In it, the British royal", "Prince Andrew", "", ""},
		{"“My wife Kimberly and I lost the baby in 2019,” Van Der Beek said. “It makes you more human, and 2 of my kids know it,” said the actor.",
			[]ent{{"Kimberly", claims.TypePerson}, {"Van Der Beek", claims.TypePerson}}, "“It makes you", "Van Der Beek", "", ""},
		{"The man, 43, had seen 2 doctors before Dempsey in 2019. “I could only manage two stairs at a time,” the man wrote.",
			[]ent{{"Dempsey", claims.TypePerson}}, "“I could only", "the man", "", ""},
		// What the source announces, confirms or reveals, a thing rather
		// than a statement, is about the source.
		{"The Doobie Brothers announced the 30-date tour while closing out their concert at the Ryman Auditorium in 2019.",
			[]ent{{"The Doobie Brothers", claims.TypeOrg}, {"Ryman Auditorium", claims.TypeOrg}}, "The Doobie Brothers announced", "The Doobie Brothers", "The Doobie Brothers", ""},
		{"Acme Corp confirmed the sale of its Ohio plant to Google for $40 million.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Ohio", claims.TypeLoc}, {"Google", claims.TypeOrg}}, "Acme Corp confirmed", "Acme Corp", "Acme Corp", ""},
		// Not of itself: the clause is about someone else, or the source is
		// not the organisation alone.
		{"Acme Corp announced the Google deal would close in March with $40 million paid.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, "Acme Corp announced", "Acme Corp", "Google", ""},
		{"Tim Morrison testified on Thursday in 2019. He said his predecessor, Fiona Hill, had dubbed it a problem in 2019.",
			[]ent{{"Tim Morrison", claims.TypePerson}, {"Fiona Hill", claims.TypePerson}}, "He said his", "Tim Morrison", "Fiona Hill", ""},
		{"Valerie Smith said that Mike Ford paid $5 million for the house in 2019.",
			[]ent{{"Valerie Smith", claims.TypePerson}, {"Mike Ford", claims.TypePerson}}, "Valerie Smith said", "Valerie Smith", "Mike Ford", ""},
		{"Acme Corp said on Tuesday that Google paid $4 million for the plant in 2023.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Google", claims.TypeOrg}}, "Acme Corp said", "Acme Corp", "Google", ""},
		// A sentence opening with a description of the organisation named
		// just before is about it, unless the sentences before name two.
		{"The Trump campaign paid $100,000 to Cambridge Analytica in 2016. The data analytics firm’s initial outreach to the Trump campaign began in May 2016, according to the Journal.",
			[]ent{{"Trump", claims.TypePerson}, {"Cambridge Analytica", claims.TypeOrg}, {"Trump", claims.TypePerson}, {"Journal", claims.TypeOrg}}, "The data analytics", "Journal", "The data analytics firm", "Cambridge Analytica"},
		{"Home Depot reported earnings of $2 billion. Rival Lowe's was also lower. The home-improvement retailer earned $2.8 billion in Ohio in the quarter.",
			[]ent{{"Home Depot", claims.TypeOrg}, {"Lowe", claims.TypeOrg}, {"Ohio", claims.TypeLoc}}, "The home-improvement", "", "Ohio", ""},
		{"The campaign paid $100,000 to Cambridge Analytica in 2016. The campaign paid the firm $5.9 million over five months, records show.",
			[]ent{{"Cambridge Analytica", claims.TypeOrg}}, "The campaign paid the firm", "records", "", ""},
		// (Acme as the first entity named, not as the source: the mention, no value.)
		{"It will cost $5 billion by 2030, Acme chief executive Jane Smith said.",
			[]ent{{"Acme", claims.TypeOrg}, {"Jane Smith", claims.TypePerson}}, "It will cost", "Jane Smith", "Acme", ""},
		{"Acme Corp paid $4 million in 2023. Its chief executive Jane Smith said it would cut 300 jobs in 2025.",
			[]ent{{"Acme Corp", claims.TypeOrg}, {"Jane Smith", claims.TypePerson}}, "Its chief", "Jane Smith", "Jane Smith", ""},
	}
	for _, tt := range tests {
		ms := entityMentions(t, tt.text, tt.ents)
		var c *claims.Claim
		for _, got := range buildChecked(t, Builder{}, tt.text, ms) {
			if strings.HasPrefix(got.Text, tt.first) {
				c = &got
			}
		}
		switch {
		case c == nil:
			t.Errorf("%q: no claim opening %q", tt.text, tt.first)
		case c.Source != tt.source:
			t.Errorf("%q: source %q, want %q", tt.first, c.Source, tt.source)
		case tt.subject == "" && c.Subject != nil:
			t.Errorf("%q: subject %+v, want none", tt.first, c.Subject)
		case tt.subject == "":
		case c.Subject == nil || c.Subject.Text != tt.subject || c.Subject.Value != tt.subjectName:
			t.Errorf("%q: subject %+v, want %q (%q)", tt.first, c.Subject, tt.subject, tt.subjectName)
		case tt.text[c.Subject.Start:c.Subject.End] != c.Subject.Text:
			t.Errorf("%q: subject span [%d,%d) is not its text %q", tt.first, c.Subject.Start, c.Subject.End, c.Subject.Text)
		}
	}
}

// The author's first person outside quotation marks is the byline's author.
func TestIIsTheAuthor(t *testing.T) {
	text := "I wrote back to the 3 editors, saying that I needed comment from them. " +
		"“I saw 2 of them,” the editor said. " +
		"@s_bielefeld: I plainly stated 4 times that I don't hold it against him."
	for _, tt := range []struct{ byline, want string }{
		{"Isaac Butler", "Isaac Butler"},
		{"Ilana Muhlstein, MS, RDN", "Ilana Muhlstein"},
		{"Danica Kirka and Jill Lawless", "I"},
		{"", "I"},
	} {
		in := Input{ArticleID: "a", Byline: tt.byline, Text: text, Sentences: sentencesOf(text)}
		got := Builder{}.Build(in)
		found := false
		for _, c := range got {
			found = found || strings.HasPrefix(c.Text, "I wrote back")
			switch {
			case strings.HasPrefix(c.Text, "I wrote back") && c.Source != tt.want:
				t.Errorf("byline %q: source %q, want %q", tt.byline, c.Source, tt.want)
			case strings.HasPrefix(c.Text, "@") && c.Source != "I" && c.Source != "":
				t.Errorf("byline %q: a quoted tweet's I is %q, want it left as it is", tt.byline, c.Source)
			}
		}
		if !found {
			t.Errorf("byline %q: no claim from the author's sentence", tt.byline)
		}
	}
}

// textCase is a unit's text and whether a test of it should hold.
type textCase struct {
	text string
	want bool
}

// checkText runs the test f, named name, over cases.
func checkText(t *testing.T, name string, f func(text string) bool, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.text); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", name, c.text, got, c.want)
		}
	}
}

// TestCarriedSpeakerThey: a quotation that goes on after `“…,” they said`
// carries "they" over from the unit before; resolving it must not read the
// text between the unit's start and a source that stands before it.
func TestCarriedSpeakerThey(t *testing.T) {
	text := "Big Machine issued a statement on Friday. “We never blocked her,” they said. “She can perform at the AMAs in 2019 and 2020.”"
	ms := entityMentions(t, text, []ent{{"Big Machine", claims.TypeOrg}, {"AMAs", claims.TypeOrg}})
	var got *claims.Claim
	for _, c := range buildChecked(t, Builder{}, text, ms) {
		if strings.HasPrefix(c.Text, "“She can") {
			got = &c
		}
	}
	if got == nil || got.Attribution == nil || got.Attribution.Text != "they" {
		t.Fatalf("the last quotation: %+v, want the carried speaker \"they\"", got)
	}
}

// Speakers joined by "and" are the source together; a speaker described
// with names inside stays as it was.
func TestJointSpeakers(t *testing.T) {
	text := "Kurt Volker testified on Tuesday in 2019. Tim Morrison testified too. " +
		"Volker and Morrison said that the call with Zelensky was not in line with goals set in 2019. " +
		"Acme and Google said that they paid $4 million to Boeing in 2019. " +
		"A lawyer for Volker and Morrison said the call lasted 30 minutes in 2019. " +
		"Both Acme and Google said they would invest $1 billion each in 2020."
	var ms []claims.Mention
	at := 0
	for _, e := range []struct{ text, typ, value string }{
		{"Kurt Volker", claims.TypePerson, ""}, {"Tim Morrison", claims.TypePerson, ""},
		{"Volker", claims.TypePerson, "Kurt Volker"}, {"Morrison", claims.TypePerson, "Tim Morrison"}, {"Zelensky", claims.TypePerson, ""},
		{"Acme", claims.TypeOrg, ""}, {"Google", claims.TypeOrg, ""}, {"Boeing", claims.TypeOrg, ""},
		{"Volker", claims.TypePerson, "Kurt Volker"}, {"Morrison", claims.TypePerson, "Tim Morrison"},
		{"Acme", claims.TypeOrg, ""}, {"Google", claims.TypeOrg, ""},
	} {
		k := strings.Index(text[at:], e.text)
		if k < 0 {
			t.Fatalf("%q not in the text after %d", e.text, at)
		}
		ms = append(ms, claims.Mention{Start: at + k, End: at + k + len(e.text), Type: e.typ, Text: e.text, Value: e.value})
		at += k + len(e.text)
	}
	checkSources(t, buildChecked(t, Builder{}, text, ms), map[string]string{
		"Volker and Morrison said": "Kurt Volker and Tim Morrison",
		"Acme and Google said":     "Acme and Google",
		"A lawyer for Volker":      "Tim Morrison",
		"Both Acme and Google":     "Acme and Google",
	})
}

// warmScorer is a fixedScorer that counts the times it is asked to warm.
type warmScorer struct {
	fixedScorer
	warms *int
}

func (w warmScorer) Warm() int { *w.warms++; return 0 }

// TestBuildWarmsScorer holds Build to warming its Scorer once before an
// article of warmUnits sentences or more, and never before a shorter one.
func TestBuildWarmsScorer(t *testing.T) {
	sentence := "The council said on Monday that it would spend $2 million on roads. "
	for _, tt := range []struct {
		sentences, want int
	}{
		{1, 0},
		{warmUnits - 1, 0},
		{warmUnits, 1},
		{3 * warmUnits, 1},
	} {
		var n int
		text := strings.TrimSpace(strings.Repeat(sentence, tt.sentences))
		b := Builder{Scorer: warmScorer{fixedScorer(0.9), &n}}
		b.Build(Input{ArticleID: "a", Text: text, Sentences: sentencesOf(text)})
		if n != tt.want {
			t.Errorf("%d sentences: Warm called %d times, want %d", tt.sentences, n, tt.want)
		}
	}
}

// TestAmountWithDate: an amount or a rule with a calendar date is a claim
// without a name in it ("The bank expects growth to slow to 1.8% next
// year"); with only "now" for a date, or no date, it takes a name, a source
// or money.
func TestAmountWithDate(t *testing.T) {
	tests := []struct {
		text  string
		marks [][3]string // type, text, value
		want  bool
	}{
		{"The bank expects growth to slow to 1.8% next year.", [][3]string{{claims.TypePercent, "1.8%", "1.8"}, {claims.TypeDate, "next year", "2020"}}, true},
		{"Those gains add to a major gain, climbing more than 80% so far this year.", [][3]string{{claims.TypePercent, "80%", "80"}, {claims.TypeDate, "this year", "2019"}}, true},
		{"You will be able to safely ignore 75% of the information you are seeing right now.", [][3]string{{claims.TypePercent, "75%", "75"}, {claims.TypeDate, "right now", "PRESENT_REF"}}, false},
		{"The battery lasts about 20% longer than the one before it did.", [][3]string{{claims.TypePercent, "20%", "20"}}, false},
		// A rule with its date needs no name either.
		{"The new law bans the sale of flavored e-cigarettes from January 2020.", [][3]string{{claims.TypeDate, "January 2020", "2020-01"}}, true},
		{"The new law bans the sale of flavored e-cigarettes.", nil, false},
		// A ranking with its date needs no name either; a judgement does.
		{"It was the lowest rate since 1975.", [][3]string{{claims.TypeDate, "1975", "1975"}}, true},
		{"It was the nicest summer since 1975.", [][3]string{{claims.TypeDate, "1975", "1975"}}, false},
		// "The trust" after the trust was named stands for a name.
		{"Acme Trust runs hospitals. The trust has been in special measures since 2018.", [][3]string{{claims.TypeOrg, "Acme Trust", ""}, {claims.TypeDate, "2018", "2018"}}, true},
		{"The trust has been in special measures since 2018.", [][3]string{{claims.TypeDate, "2018", "2018"}}, false},
	}
	for _, tt := range tests {
		var ms []claims.Mention
		for _, m := range tt.marks {
			i := strings.Index(tt.text, m[1])
			ms = append(ms, claims.Mention{Start: i, End: i + len(m[1]), Type: m[0], Text: m[1], Value: m[2]})
		}
		if got := len(buildChecked(t, Builder{}, tt.text, ms)) > 0; got != tt.want {
			t.Errorf("%q: a claim %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSubjectStandsForTheOrganisation checks that "It" with a verb of
// intent and "The airline" take the organisation named before them as
// subject, "The airline" even past two sentences that name none, and that
// the "It" of a thing or of the weather is left alone.
func TestSubjectStandsForTheOrganisation(t *testing.T) {
	tests := []struct {
		text  string
		ents  []ent
		opens string // the claim looked at
		want  string // its subject's name, "" for none
	}{
		{"Ryanair said on Monday that profits rose 10%. It expects to ground 100 aircraft in 2020.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"100 aircraft", claims.TypeQuantity}}, "It expects", "Ryanair"},
		{"Ryanair said on Monday that profits rose 10%. It also plans to cut 500 jobs in 2020.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"500 jobs", claims.TypeQuantity}}, "It also", "Ryanair"},
		{"Boeing said on Monday that profits rose 10%. It was the highest rate since 1975, at 12%.",
			[]ent{{"Boeing", claims.TypeOrg}, {"12%", claims.TypePercent}}, "It was", ""},
		{"Ryanair said on Monday that profits rose 10%. It expects to ground 100 aircraft in 2020. The weather was cold in the capital this week. The airline also plans to cut 500 jobs by 2020.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"500 jobs", claims.TypeQuantity}}, "The airline", "Ryanair"},
		// A company told apart by what follows is not one named before.
		{"Ryanair said on Monday that profits rose 10%. The weather was cold in the capital. The company that runs the airport, Daa, said 300 flights left in 2019.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"Daa", claims.TypeOrg}}, "The company", "Daa"},
		// The description opening what a source said stands for the
		// organisation too.
		{"Ryanair said on Monday that profits rose 10%. Jane Doe added that the company would cut 500 jobs in Texas in 2020.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"Jane Doe", claims.TypePerson}, {"500 jobs", claims.TypeQuantity}, {"Texas", claims.TypeLoc}}, "Jane Doe added", "Ryanair"},
		{"Ryanair said on Monday that profits rose 10%. Jane Doe said the airline would cut 500 jobs in Texas in 2020.",
			[]ent{{"Ryanair", claims.TypeOrg}, {"Jane Doe", claims.TypePerson}, {"500 jobs", claims.TypeQuantity}, {"Texas", claims.TypeLoc}}, "Jane Doe said", "Ryanair"},
	}
	for _, tt := range tests {
		ms := entityMentions(t, tt.text, tt.ents)
		for _, y := range []string{"1975", "2019", "2020"} {
			if strings.Contains(tt.text, y) {
				ms = append(ms, mentionsOf(t, tt.text, y, claims.TypeDate, y)...)
			}
		}
		slices.SortFunc(ms, byStart)
		var c *claims.Claim
		got := buildChecked(t, Builder{}, tt.text, ms)
		for i := range got {
			if strings.HasPrefix(got[i].Text, tt.opens) {
				c = &got[i]
			}
		}
		switch {
		case c == nil && tt.want == "":
		case c == nil:
			t.Errorf("%q: no claim opening %q", tt.text, tt.opens)
		case tt.want == "" && c.Subject != nil:
			t.Errorf("%q: subject %+v, want none", tt.opens, c.Subject)
		case tt.want != "" && (c.Subject == nil || canonical(*c.Subject) != tt.want):
			t.Errorf("%q: subject %+v, want %q", tt.opens, c.Subject, tt.want)
		}
	}
}

// findNames returns an ORG mention for each of names found in text.
func findNames(t *testing.T, text string, names ...string) []claims.Mention {
	var ms []claims.Mention
	for _, n := range names {
		if strings.Contains(text, n) {
			ms = append(ms, mentionOf(t, text, n, claims.TypeOrg, ""))
		}
	}
	return ms
}

// TestTrailingSpeaker checks the speaker closing a unit after what they
// said ("…,” Mr. McHugh said.") and the names that are not one.
func TestTrailingSpeaker(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"To alleviate the threat, the officials said, the utility switched most of its manhole covers, “so they cannot burn,” Mr. McHugh said.", true},
		{"The utility switched most of its manhole covers, McHugh said.", true},
		{"Patrick McHugh said the utility switched 2,000 covers.", false},
		{"The utility switched 2,000 covers, the officials told McHugh.", false},
		{"The utility switched 2,000 covers because McHugh said.", false},
		{"“The covers are safe,” Mr. McHugh smiled.", false},
	}
	for _, tt := range tests {
		m := mentionOf(t, tt.text, "McHugh", claims.TypePerson, "")
		if got := trailingSpeaker(tt.text, wordsOf(tt.text, 0), &m); got != tt.want {
			t.Errorf("trailingSpeaker(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
