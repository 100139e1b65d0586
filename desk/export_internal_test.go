package desk

import (
	"testing"

	"github.com/claimpipe/claimpipe/claims"
)

// TestSourceType: a ClaimReview's itemReviewed.author is a Person or an
// Organization, never a Thing, which schema.org's Claim and Google's
// ClaimReview guidelines do not take; a source that names no one ("records
// show") gives no author rather than an Organization called "records".
func TestSourceType(t *testing.T) {
	attr := &claims.Span{Start: 0, End: 30}
	for _, tt := range []struct {
		source string
		ms     []claims.Mention
		want   string
	}{
		{"Gwynne Shotwell", []claims.Mention{{Start: 50, End: 65, Type: claims.TypePerson, Text: "Gwynne Shotwell"}}, "Person"},
		{"Cambridge Analytica", []claims.Mention{{Start: 40, End: 59, Type: claims.TypeOrg, Text: "Cambridge Analytica"}}, "Organization"},
		{"WeWork", []claims.Mention{{Start: 2, End: 8, Type: claims.TypeOrg, Text: "WeWork"}}, "Organization"}, // inside the attribution
		{"Kurt Volker", []claims.Mention{{Start: 40, End: 46, Type: claims.TypePerson, Text: "Volker", Value: "Kurt Volker"}}, "Person"},
		// A document named in lower case has no author to publish.
		{"campaign finance records", nil, ""},
		{"records", nil, ""},
		{"the statement", nil, ""},
		{"The statement", nil, ""},
		{"Reuters", nil, "Organization"},
		{"multiple people familiar with the matter", nil, "Person"},
		{"a company spokesperson", nil, "Person"},
		{"he", nil, "Person"},
		{"Officials", nil, "Person"},
		{"the Sioux Falls Argus Leader", nil, "Organization"},
		{"a spokesman for Apple", []claims.Mention{{Start: 17, End: 22, Type: claims.TypeOrg, Text: "Apple"}}, "Person"},
		{"the agency", []claims.Mention{{Start: 20, End: 23, Type: claims.TypeOrg, Text: "CBP"}}, "Organization"},
		{"", nil, ""},
	} {
		c := claims.Claim{Source: tt.source, Attribution: attr, Mentions: tt.ms}
		if got := sourceType(c); got != tt.want {
			t.Errorf("sourceType(%q) = %q, want %q", tt.source, got, tt.want)
		}
	}
}
