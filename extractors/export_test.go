package extractors

import (
	"time"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors/segment"
)

// Prepared is an article split and annotated once, so that a benchmark can
// time building its claims apart from annotating it.
type Prepared struct {
	a   *claims.Article
	doc *segment.Doc
	ms  []claims.Mention
}

// Prepare splits and annotates a as Analyze does.
func (e *Engine) Prepare(a *claims.Article, dct time.Time) Prepared {
	doc := segment.Split(a.Text)
	return Prepared{a: a, doc: doc, ms: e.annotate(doc, dct)}
}

// ClaimsOf builds the claims of a prepared article: exactly the work
// Analyze adds to Annotate.
func (e *Engine) ClaimsOf(p Prepared) []claims.Claim { return e.claims(p.doc, p.a, p.ms) }
