package article

import "github.com/claimpipe/claimpipe/claims"

func Extract(html []byte, pageURL string) (claims.Article, error) { return claims.Article{}, nil }
