package segment

import "testing"

func TestEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"english news", "The company said on Tuesday that it would cut 500 jobs at its plant in Ohio, where sales have fallen for three years. Its chief executive told reporters that the cuts were needed and that they would be the last this year.", true},
		{"french", "Les députés ont, sans surprise, adopté à une large majorité le projet de loi sur le renseignement. Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel, prochainement saisi par 75 députés.", false},
		{"portuguese", "Após rechaçar um encontro da seleção brasileira com o presidente eleito Jair Bolsonaro, o técnico Tite declarou que errou em 2012 ao visitar o Instituto Lula e mandar felicitações por um aniversário do ex-presidente.", false},
		{"german", "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch alle Branchen und Unternehmen, und auch das Gesundheitswesen bleibt davon nicht unberührt, wie die elektronische Patientenakte zeigt.", false},
		{"chinese", "翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯鸡尾酒来放松一下呢？", false},
		{"too short to judge", "Prix: 5 euros.", true},
		{"english in capitals", "THE COMPANY SAID ON TUESDAY THAT IT WOULD CUT 500 JOBS AT ITS PLANT IN OHIO, WHERE SALES HAVE FALLEN FOR THREE YEARS, AND THAT THE CUTS WERE NEEDED.", true},
		{"german with english names", "Am 12. bis 13. September startet wieder die DMEXCO 2018 in Köln, und comwrap ist mit dabei. Auf Europas größter Expo und Conference für die Digitalbranche werden dieses Jahr mehr als 40.000 Besucher erwartet.", false},
	}
	for _, tt := range tests {
		if got := English(tt.text); got != tt.want {
			t.Errorf("%s: English = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestForeign(t *testing.T) {
	tests := []struct {
		name, text       string
		english, foreign bool
	}{
		{"english news", "The company said on Tuesday that it would cut 500 jobs at its plant in Ohio, where sales have fallen for three years. Its chief executive told reporters that the cuts were needed.", true, false},
		{"english with foreign names", "Mayor Bill de Blasio of New York and officials in Los Angeles and Las Vegas said the plan by Van der Berg and Da Silva would cost the cities $5 million, which they would share.", true, false},
		{"german", "Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch alle Branchen und Unternehmen, und auch das Gesundheitswesen bleibt davon nicht unberührt, wie die elektronische Patientenakte zeigt.", false, true},
		{"portuguese", "Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida. Coloque nos seus favoritos e venha sempre conferir a classificação da NASCAR, com os pilotos e as equipes.", false, true},
		{"indonesian", "Presiden mengatakan bahwa pemerintah akan terus bekerja sama dengan semua pihak untuk memastikan bahwa program ini berjalan dengan baik dan tidak ada yang tertinggal dari pembangunan yang sedang berlangsung.", false, true},
		{"japanese", "Kindleや楽天koboにはデスクトップアプリが用意されていますが、PCに関する話をすると、Amazonがあまり力を入れていないのか操作性などあまりよくありません。", false, true},
		{"a table of scores", "GIRLS BASKETBALL Palm Bay d. Rockledge 70-44 Rockledge 14 11 6 15 44 Palm Bay 18 22 13 17 70 Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Moore 3 points.", false, false},
	}
	for _, tt := range tests {
		if got := English(tt.text); got != tt.english {
			t.Errorf("%s: English = %v, want %v", tt.name, got, tt.english)
		}
		if got := Foreign(tt.text); got != tt.foreign {
			t.Errorf("%s: Foreign = %v, want %v", tt.name, got, tt.foreign)
		}
		// A Doc judges once and answers alike, in either order of asking.
		d, e := Split(tt.text), Split(tt.text)
		for i := 0; i < 2; i++ {
			if d.English() != tt.english || d.Foreign() != tt.foreign || e.Foreign() != tt.foreign || e.English() != tt.english {
				t.Errorf("%s: Doc.English, Doc.Foreign = %v, %v (asked the other way: %v, %v), want %v, %v",
					tt.name, d.English(), d.Foreign(), e.English(), e.Foreign(), tt.english, tt.foreign)
			}
		}
	}
}
