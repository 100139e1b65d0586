package article

import (
	"github.com/PuerkitoBio/goquery"
	"github.com/claimpipe/claimpipe/claims"
)

func readMeta(doc *goquery.Document, pageURL string) claims.Article {
	return claims.Article{URL: pageURL, Title: doc.Find("title").First().Text()}
}
