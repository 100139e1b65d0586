package money_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/money"
)

var finder = money.New()

func TestFindValues(t *testing.T) {
	tests := []struct {
		text, span, typ, value, mod string
	}{
		{"The campaign paid $100,000 to the firm.", "$100,000", "MONEY", "USD 100000", ""},
		{"The campaign paid the firm $5.9 million last year.", "$5.9 million", "MONEY", "USD 5900000", ""},
		{"The deal is worth £3bn.", "£3bn", "MONEY", "GBP 3000000000", ""},
		{"A coffee costs €2.50 here.", "€2.50", "MONEY", "EUR 2.5", ""},
		{"It will cost $5 million to $7 million.", "$5 million to $7 million", "MONEY", "USD 5000000..USD 7000000", ""},
		{"It will cost $5-7 million.", "$5-7 million", "MONEY", "USD 5000000..USD 7000000", ""},
		{"between $12 million and $20 million", "$12 million and $20 million", "MONEY", "USD 12000000..USD 20000000", ""},
		{"Inflation hit 3.5% in May.", "3.5%", "PERCENT", "3.5", ""},
		{"Inflation hit 3.5 percent in May.", "3.5 percent", "PERCENT", "3.5", ""},
		{"Inflation hit 3.5 per cent in May.", "3.5 per cent", "PERCENT", "3.5", ""},
		{"Turnout fell three percent.", "three percent", "PERCENT", "3", ""},
		{"a modest gain of half a percent or 39 points", "half a percent", "PERCENT", "0.5", ""},
		{"The Fed cut rates by a quarter of a percentage point.", "a quarter of a percentage point", "PERCENT", "0.25", ""},
		{"The Fed cut rates by a quarter percentage point.", "a quarter percentage point", "PERCENT", "0.25", ""},
		{"Yields rose three quarters of a percent.", "three quarters of a percent", "PERCENT", "0.75", ""},
		{"cuts of 15-20 % are required", "15-20 %", "PERCENT", "15..20", ""},
		{"the index rose by 8,26 % today", "8,26 %", "PERCENT", "8.26", ""},
		{"A menu costs 9,99 € in Lisbon.", "9,99 €", "MONEY", "EUR 9.99", ""},
		{"A menu costs €9,99 in Lisbon.", "€9,99", "MONEY", "EUR 9.99", ""},
		{"Un café coûte 2,50 $ à Montréal.", "2,50 $", "MONEY", "USD 2.5", ""},
		{"The utility needs R2 million a month.", "R2 million", "MONEY", "ZAR 2000000", ""},
		{"Tickets cost R1,500 each.", "R1,500", "MONEY", "ZAR 1500", ""},
		{"Nestlé paid SFr 1.2 billion for the brand.", "SFr 1.2 billion", "MONEY", "CHF 1200000000", ""},
		{"He paid 5 grand for the car.", "5 grand", "MONEY", "XXX 5000", ""},
		{"She earns fifty grand a year.", "fifty grand", "MONEY", "XXX 50000", ""},
		{"A menu costs 12,50 euros in Lisbon.", "12,50 euros", "MONEY", "EUR 12.5", ""},
		{"Turnout was 3,45 percent higher.", "3,45 percent", "PERCENT", "3.45", ""},
		{"Turnout was 3,45 pct higher.", "3,45 pct", "PERCENT", "3.45", ""},
		{"the U.S. Air Force US$ 40 billion tanker", "US$ 40 billion", "MONEY", "USD 40000000000", ""},
		{"ranges between c $ 16.4 million", "c $ 16.4 million", "MONEY", "CAD 16400000", ""},
		{"a C$5 fee", "C$5", "MONEY", "CAD 5", ""},
		{"a HK$10 fare", "HK$10", "MONEY", "HKD 10", ""},
		{"a A$5.5bn plan", "A$5.5bn", "MONEY", "AUD 5500000000", ""},
		{"The startup raised $US10 million in a Series A round.", "$US10 million", "MONEY", "USD 10000000", ""},
		{"The council spent $A3 million on the road.", "$A3 million", "MONEY", "AUD 3000000", ""},
		{"Fonterra paid farmers $NZ7.20 per kg.", "$NZ7.20", "MONEY", "NZD 7.2", ""},
		{"a GB # 20.1 billion deficit", "GB # 20.1 billion", "MONEY", "GBP 20100000000", ""},
		{"they raised USD 5m in March", "USD 5m", "MONEY", "USD 5000000", ""},
		{"Barcelona paid 120m euros for Griezmann.", "120m euros", "MONEY", "EUR 120000000", ""},
		{"The firm lost 5m pounds in the deal.", "5m pounds", "MONEY", "GBP 5000000", ""},
		{"it costs 5 EUR today", "5 EUR", "MONEY", "EUR 5", ""},
		{"USD115", "USD115", "MONEY", "USD 115", ""},
		{"115USD", "115USD", "MONEY", "USD 115", ""},
		{"The client estimates an increase to 120 MEUR", "120 MEUR", "MONEY", "EUR 120000000", ""},
		{"wages rose by 50p an hour", "50p", "MONEY", "GBP 0.5", ""},
		{"a 5p charge on bags", "5p", "MONEY", "GBP 0.05", ""},
		{"Shares in Vodafone closed at 142.5p in London.", "142.5p", "MONEY", "GBP 1.425", ""},
		{"Lloyds shares rose 1.2p to 61.3p.", "61.3p", "MONEY", "GBP 0.613", ""},
		{"AstraZeneca shares fell 120p to 7,450p.", "7,450p", "MONEY", "GBP 74.5", ""},
		{"The bill came to £12.50p in all.", "£12.50", "MONEY", "GBP 12.5", ""},
		{"The offer of 350p a share values the group at £2bn.", "350p", "MONEY", "GBP 3.5", ""},
		{"he got five million dollars", "five million dollars", "MONEY", "USD 5000000", ""},
		{"he got a hundred dollars", "a hundred dollars", "MONEY", "USD 100", ""},
		{"one and a half billion euros were lost", "one and a half billion euros", "MONEY", "EUR 1500000000", ""},
		{"It costs three quarters billion us dollars.", "three quarters billion us dollars", "MONEY", "USD 750000000", ""},
		{"it only cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", "MONEY", "USD 13.45", ""},
		{"The subscription will increase to 17 USD 25.", "17 USD 25", "MONEY", "USD 17.25", ""},
		{"profits equate to 50 cents per share", "50 cents", "MONEY", "USD 0.5", ""},
		{"a bid of 470 pence a share", "470 pence", "MONEY", "GBP 4.7", ""},
		{"the balance was -$5 yesterday", "-$5", "MONEY", "USD -5", ""},
		{"it ended at minus 5 dollars", "minus 5 dollars", "MONEY", "USD -5", ""},
		{"revenue of $37.5 billion, plus or minus 2%", "2%", "PERCENT", "2", ""},
		// Quantities: a number and a unit of measure (units.go).
		{"One of the two men was 5 ft tall.", "5 ft", "QUANTITY", "5 ft", ""},
		{"That cranks out 490 lb-ft of torque.", "490 lb-ft", "QUANTITY", "490 lb-ft", ""},
		{"That promises 355 horsepower.", "355 horsepower", "QUANTITY", "355 hp", ""},
		{"It left a 3 km-wide crater.", "3 km", "QUANTITY", "3 km", ""},
		{"The galaxy lies 230 light-years away.", "230 light-years", "QUANTITY", "230 ly", ""},
		{"Sea ice covered 12.1 million square kilometres in December.", "12.1 million square kilometres", "QUANTITY", "12100000 km2", ""},
		{"Temperatures were 1.55C above pre-industrial levels.", "1.55C", "QUANTITY", "1.55 degC", ""},
		{"It was 2.7 degrees Fahrenheit warmer.", "2.7 degrees Fahrenheit", "QUANTITY", "2.7 degF", ""},
		{"a 30°C day", "30°C", "QUANTITY", "30 degC", ""},
		{"Winds reached 120 mph.", "120 mph", "QUANTITY", "120 mph", ""},
		{"Output rose by 2.4 million barrels a day.", "2.4 million barrels", "QUANTITY", "2400000 bbl", ""},
		{"The plant makes about 3 GW.", "3 GW", "QUANTITY", "3 GW", "APPROX"},
		{"The storm moved at 15 km/h.", "15 km/h", "QUANTITY", "15 km/h", ""},
		{"The flat measures 80 m2.", "80 m2", "QUANTITY", "80 m2", ""},
		{"sales of about $14 million", "$14 million", "MONEY", "USD 14000000", "APPROX"},
		{"racked up more than $247 million in receipts", "$247 million", "MONEY", "USD 247000000", "MORE_THAN"},
		{"as much as 3 % better", "3 %", "PERCENT", "3", "EQUAL_OR_LESS"},
		{"a higher $70-a-share price", "$70", "MONEY", "USD 70", ""},
		{"he earns $15 an hour", "$15", "MONEY", "USD 15", ""},
		{"10 turkish lira 11a", "10 turkish lira", "MONEY", "TRY 10", ""},
		{"a loan of 35 lakh rupees", "35 lakh rupees", "MONEY", "INR 3500000", ""},
		{"a budget of ₹20 crore", "₹20 crore", "MONEY", "INR 200000000", ""},
		{"The scam involved Rs 10,000 cr, police said.", "Rs 10,000 cr", "MONEY", "INR 100000000000", ""},
		{"The firm raised Rs 500cr last year.", "Rs 500cr", "MONEY", "INR 5000000000", ""},
		{"Sales hit Rs 2.5 lakh cr in FY19.", "Rs 2.5 lakh cr", "MONEY", "INR 2500000000000", ""},
		{"priced at ¥500", "¥500", "MONEY", "JPY 500", ""},
		{"a value of 528 million francs", "528 million francs", "MONEY", "XXX 528000000", ""},
		{"he paid 10 Pakistani rupees", "10 Pakistani rupees", "MONEY", "PKR 10", ""},
		{"a fee of 2,000 Kenyan shillings", "2,000 Kenyan shillings", "MONEY", "KES 2000", ""},
		{"it lost 5 million pounds", "5 million pounds", "MONEY", "GBP 5000000", ""},
		{"the bank would buy billions of dollars of bad loans", "billions of dollars", "MONEY", "", "APPROX"},
		{"500 billion rubles were infused", "500 billion rubles", "MONEY", "RUB 500000000000", ""},
		{"pushing the euro 1.5 percent higher", "1.5 percent", "PERCENT", "1.5", ""},
		{"The price starts at dollar 22.5 million.", "dollar 22.5 million", "MONEY", "USD 22500000", ""},
		{"a US$ 3,000 incentive", "US$ 3,000", "MONEY", "USD 3000", ""},
		{"the yen fell to 143.80 yen", "143.80 yen", "MONEY", "JPY 143.8", ""},
		{"costs 100 ₡", "100 ₡", "MONEY", "CRC 100", ""},
		{"it rose 0.25 percentage point", "0.25 percentage point", "PERCENT", "0.25", ""},
		{"growth of -0.5% last year", "-0.5%", "PERCENT", "-0.5", ""},
		{"posted gains of eight and fourteen percent", "eight", "PERCENT", "8", ""},
		{"posted gains of eight and fourteen percent", "fourteen percent", "PERCENT", "14", ""},
		{"it will cost 2 or 3 million euros", "2", "MONEY", "EUR 2000000", ""},
		{"shares rose to $ 15 3/8 on Friday", "$ 15 3/8", "MONEY", "USD 15.375", ""},
		{"a 3/4 % rise", "3/4 %", "PERCENT", "0.75", ""},
		{"a 50-percent stake", "50-percent", "PERCENT", "50", ""},
		{"a fee of Rs. 500 was paid", "Rs. 500", "MONEY", "INR 500", ""},
		{"it sold for RM100", "RM100", "MONEY", "MYR 100", ""},
		{"candy costs 50¢", "50¢", "MONEY", "USD 0.5", ""},
		{"he owes me twenty bucks", "twenty bucks", "MONEY", "USD 20", ""},
		{"The ticket cost him 40 quid.", "40 quid", "MONEY", "GBP 40", ""},
		{"it cost 50 Canadian cents", "50 Canadian cents", "MONEY", "XXX 0.5", ""},
		{"it cost 20 fijian dollars", "20 fijian dollars", "MONEY", "FJD 20", ""},
		{"it cost 20 Martian dollars", "20 Martian dollars", "MONEY", "XXX 20", ""},
		{"it cost 2,000 Nigerian naira", "2,000 Nigerian naira", "MONEY", "NGN 2000", ""},
		{"it would pay 1.5 billion marks", "1.5 billion marks", "MONEY", "XXX 1500000000", ""},
		{"it would pay 500 German marks", "500 German marks", "MONEY", "DEM 500", ""},
		{"The ticket costs 20 pounds.", "20 pounds", "MONEY", "GBP 20", ""},
		{"He paid about 50,000 won for it.", "50,000 won", "MONEY", "KRW 50000", "APPROX"},
		{"a budget of 5\u00a0000\u00a0000 euros", "5\u00a0000\u00a0000 euros", "MONEY", "EUR 5000000", ""},
		{"a budget of €\u00a05\u202f000", "€\u00a05\u202f000", "MONEY", "EUR 5000", ""},
		{"it cost 5 hundred dollars", "5 hundred dollars", "MONEY", "USD 500", ""},
		{"it cost half a dozen euros", "half a dozen euros", "MONEY", "EUR 6", ""},
		{"he gave me 20 azerbaijani manat", "20 azerbaijani manat", "MONEY", "AZN 20", ""},
		{"it costs 500 Qatari riyals", "500 Qatari riyals", "MONEY", "QAR 500", ""},
		{"it costs 500 Saudi riyals", "500 Saudi riyals", "MONEY", "SAR 500", ""},
		{"it costs 500 Omani riyals", "500 Omani riyals", "MONEY", "OMR 500", ""},
		{"it costs 500 Yemeni riyals", "500 Yemeni riyals", "MONEY", "YER 500", ""},
		{"it costs 500 Zambian kwacha", "500 Zambian kwacha", "MONEY", "ZMW 500", ""},
		{"it costs 500 Ugandan shillings", "500 Ugandan shillings", "MONEY", "UGX 500", ""},
		{"it costs 500 Sri Lankan rupees", "500 Sri Lankan rupees", "MONEY", "LKR 500", ""},
		{"it spent 5 billion taxpayer dollars", "5 billion taxpayer dollars", "MONEY", "USD 5000000000", ""},
		{"it rose 50 U.S. cents", "50 U.S. cents", "MONEY", "USD 0.5", ""},
		{"it rose 20 euro cents", "20 euro cents", "MONEY", "EUR 0.2", ""},
		{"unemployment is two point five percent", "two point five percent", "PERCENT", "2.5", ""},
		{"a deficit of one point two five trillion dollars", "one point two five trillion dollars", "MONEY", "USD 1250000000000", ""},
		{"from $8 thousand up to twenty-five or thirty thousand dollars", "twenty-five", "MONEY", "USD 25000", "EQUAL_OR_LESS"},
		{"it costs fifty to a thousand dollars", "fifty to a thousand dollars", "MONEY", "USD 50..USD 1000", ""},
		{"it costs $5 to 10 million", "$5 to 10 million", "MONEY", "USD 5000000..USD 10000000", ""},
		{"Analysts expect a loss of between 10 and 15 cents a share.", "10 and 15 cents", "MONEY", "USD 0.1..USD 0.15", ""},
		{"Profit is expected at 10 to 15 cents a share.", "10 to 15 cents", "MONEY", "USD 0.1..USD 0.15", ""},
		{"a rebate of 5 or 10 cents a litre", "5", "MONEY", "USD 0.05", ""},
		{"Prices rose 2 to 3 percent last year.", "2 to 3 percent", "PERCENT", "2..3", ""},
		{"Prices will rise 2 to 3 percent next year.", "2 to 3 percent", "PERCENT", "2..3", ""},
		{"a fine of €1.000.000 was imposed", "€1.000.000", "MONEY", "EUR 1000000", ""},
		{"He has lost a laptop containing 10000 bitcoins", "10000 bitcoins", "MONEY", "XXX 10000", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := finder.Find(tc.text)
			for _, m := range ms {
				if err := claims.CheckSpan(tc.text, m.Start, m.End, m.Text); err != nil {
					t.Fatal(err)
				}
				if m.Text == tc.span {
					if m.Type != tc.typ || m.Value != tc.value || m.Mod != tc.mod {
						t.Fatalf("%q: got %s %q mod %q, want %s %q mod %q", m.Text, m.Type, m.Value, m.Mod, tc.typ, tc.value, tc.mod)
					}
					return
				}
			}
			t.Fatalf("no mention %q in %+v", tc.span, ms)
		})
	}
}

func TestFindNothing(t *testing.T) {
	for _, text := range []string{
		"All 70 of us.",
		"All seventeen tests were succesful.",
		"He has lost his pen 7 times since Monday.",
		"net interest income sank in the quarter to March",
		"TOP 10 tips for the summer",
		"a 5m fall from the roof",
		"He lost 20 pounds last year.",
		"She got 50 marks out of 60.",
		"Portugal won Euro 2016 in Paris.",
		"That is a lot in 2016 dollars.",
		"The bag weighs 20 pounds.",
		"They have 3 won and 2 lost.",
		"500 Omani soldiers and 20 Uruguayo fans",
		"5 Afghani soldiers and 300 Guarani families",
		"In 2008-09 the team won 3 games.",
		"He won two grand slams before a grand jury.",
		"The droid R2 and the R2-D2 toy.",
		"In 2008, and 5 people came.",
		"The service runs 24/7 and costs nothing.",
		"half of the company voted",
		"A quarter of the vote went to him.",
		"Cr Smith said 5 Cr were paid.",
		"It was quid pro quo.",
		"The 5G network covers the city. We met at 10am. The 3D film ran 2 hours.",
		"It streams 1080p video. We left at 5p.m. and the show starts at 8p ET.",
		"The phone records 720p and 2160p video; the tablet's screen is 1440p.",
		"",
	} {
		if ms := finder.Find(text); len(ms) != 0 {
			t.Errorf("%q: want nothing, got %+v", text, ms)
		}
	}
}

func TestYearNotCoordinated(t *testing.T) {
	ms := finder.Find("It grew in 2008 and 5 percent later.")
	if len(ms) != 1 || ms[0].Text != "5 percent" {
		t.Fatalf("want only \"5 percent\", got %+v", ms)
	}
}

func TestTwoAmounts(t *testing.T) {
	text := "Benchmark crude was down $ 2.86 to $ 77.11 in New York, and shares fell from $42 to four cents."
	var got []string
	for _, m := range finder.Find(text) {
		got = append(got, m.Text+"="+m.Value)
	}
	want := []string{"$ 2.86=USD 2.86", "$ 77.11=USD 77.11", "$42=USD 42", "four cents=USD 0.04"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestLevelChanges: after a verb of change in any tense, "X to Y" with a
// unit on both ends is a change of level, two amounts; after "from" a bare
// start takes the end's unit.
func TestLevelChanges(t *testing.T) {
	for text, want := range map[string]string{
		"Support ranges from 40 to 45 per cent.":   "40=40|45 per cent=45",
		"Prices fell from 50 to 40 dollars.":       "50=USD 50|40 dollars=USD 40",
		"The fare will rise by 20p to £2.60.":      "20p=GBP 0.2|£2.60=GBP 2.6",
		"The stock gains $1.20 to $45.60 a share.": "$1.20=USD 1.2|$45.60=USD 45.6",
		"Copper tumbled $150 to $5,800 a tonne.":   "$150=USD 150|$5,800=USD 5800",
		"Its shares rose 4% to $52.30 on Friday.":  "4%=4|$52.30=USD 52.3",
	} {
		var got []string
		for _, m := range finder.Find(text) {
			got = append(got, m.Text+"="+m.Value)
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: got %q, want %q", text, strings.Join(got, "|"), want)
		}
	}
}

// sharedTexts returns the texts of the shared scoring documents, or skips.
func sharedTexts(t testing.TB) []string {
	dir, ok := eval.SharedDir()
	if !ok {
		t.Skip("SKIPPED: shared data not found (set CLAIMPIPE_SHARED)")
	}
	var texts []string
	for _, name := range []string{"meantime.docs.jsonl", "rt-currency.docs.jsonl", "te3.docs.jsonl", "rt-datetime.docs.jsonl"} {
		f, err := os.Open(filepath.Join(dir, "data", "scoring", name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, d.Text)
		}
		f.Close()
	}
	return texts
}

func TestSpansValidOnSharedData(t *testing.T) {
	for _, text := range sharedTexts(t) {
		for _, m := range finder.Find(text) {
			if err := claims.CheckSpan(text, m.Start, m.End, m.Text); err != nil {
				t.Fatal(err)
			}
			if m.Type == claims.TypeMoney && m.Value != "" && !validValue(m.Value) {
				t.Errorf("%q: malformed value %q", m.Text, m.Value)
			}
		}
	}
}

// validValue checks the FORMAT.md MONEY value shape: CODE amount[..CODE amount].
func validValue(v string) bool {
	for _, part := range strings.Split(v, "..") {
		code, amt, ok := strings.Cut(part, " ")
		if !ok || len(code) != 3 || strings.ToUpper(code) != code || amt == "" {
			return false
		}
		if strings.ContainsAny(amt, "eE,+") || (strings.Contains(amt, ".") && strings.HasSuffix(amt, "0")) {
			return false
		}
	}
	return true
}

func TestConcurrentFind(t *testing.T) {
	texts := []string{"It cost $5.9 million, about 3% of €2bn.", "No money here at all.", "five million yen and 50 cents"}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(finder.Find(s))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(texts)
				if n := len(finder.Find(texts[i])); n != want[i] {
					t.Errorf("%q: %d mentions, want %d", texts[i], n, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"$5.9 million", "US$ 40 billion to $7", "-$5", "3,5 %", "one and a half billion euros",
		"12-cent-a-share", "c $", "GB #", "₹", "between $1 and", "half a", "MEUR", "15 dollars 50"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range finder.Find(s) {
			if err := claims.CheckSpan(s, m.Start, m.End, m.Text); err != nil {
				t.Fatal(err)
			}
			if m.Start < prev || m.End <= m.Start {
				t.Fatalf("%q: mention %+v overlaps or precedes the one before", s, m)
			}
			prev = m.End
			if m.Type == claims.TypeMoney && m.Value != "" && !validValue(m.Value) {
				t.Fatalf("%q: malformed value %q", m.Text, m.Value)
			}
		}
	})
}

// benchText is news prose with the usual sprinkling of amounts.
const benchText = `General Motors said on Thursday it had lost a net $5.9 billion, or $9.66 per share, in the first quarter, ` +
	`as sales in North America fell 23 percent. The company, which has received more than $15 billion in federal loans, ` +
	`said it would close 1,100 dealerships by the end of next year and cut 21,000 jobs. Chief executive Fritz Henderson told ` +
	`reporters in Detroit that the automaker expected to reach an agreement with the union within weeks. Shares rose 4.5% to ` +
	`$1.85 in New York trading, while the broader market slipped. Analysts had forecast a loss of about $6.7 billion. ` +
	`The European unit, Opel, is seeking €3.3bn in state guarantees from Germany, officials said on Friday, and talks with ` +
	`several bidders continue. "We are working hard to find a solution that protects jobs," a spokesman said. `

// BenchmarkFind reports words/s (whitespace-separated) on one core: "prose"
// is untokenised news prose with amounts in most sentences, "meantime" the
// MEANTIME development documents (tokenised: punctuation counts as words),
// "nomoney" prose without a digit.
func BenchmarkFind(b *testing.B) {
	b.Run("prose", func(b *testing.B) { benchTexts(b, []string{strings.Repeat(benchText, 4)}) })
	b.Run("nomoney", func(b *testing.B) { benchTexts(b, []string{strings.Repeat(noMoneyText, 8)}) })
	b.Run("meantime", func(b *testing.B) {
		dir, ok := eval.SharedDir()
		if !ok {
			b.Skip("SKIPPED: shared data not found")
		}
		docs, err := eval.ReadJSONL[eval.Doc](filepath.Join(dir, "data", "scoring", "meantime.docs.jsonl"))
		if err != nil {
			b.Fatal(err)
		}
		var texts []string
		for _, d := range docs {
			texts = append(texts, d.Text)
		}
		benchTexts(b, texts)
	})
}

const noMoneyText = `The minister said on Thursday that the talks with the unions would resume next week, after a ` +
	`stormy session in which both sides accused each other of bad faith. Opposition leaders called for calm and urged ` +
	`the government to publish the report in full before the summer recess, a demand officials said they would consider. `

// BenchmarkPathological times long runs of number words, scales and ranges;
// its ns/op should grow linearly with the run (no rescans).
func BenchmarkPathological(b *testing.B) {
	for _, unit := range []string{"hundred ", "one and ", "millions of ", "5 million ", "1-", "$1 to "} {
		text := strings.Repeat(unit, 4000)
		b.Run(strings.TrimSpace(unit), func(b *testing.B) { benchTexts(b, []string{text}) })
	}
}

func benchTexts(b *testing.B, texts []string) {
	words, bytes := 0, 0
	for _, s := range texts {
		words += len(strings.Fields(s))
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			finder.Find(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkNew times building the tables (done once per process).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		money.New()
	}
}
