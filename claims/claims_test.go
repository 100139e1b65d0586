package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestCheckSpan(t *testing.T) {
	text := "Nix paid €5 to Assange."
	tests := []struct {
		name       string
		start, end int
		want       string
		ok         bool
	}{
		{"exact", 0, 3, "Nix", true},
		{"multibyte", 9, 13, "€5", true},
		{"empty at end", len(text), len(text), "", true},
		{"wrong text", 0, 3, "Nux", false},
		{"negative", -1, 3, "Nix", false},
		{"reversed", 3, 0, "", false},
		{"past end", 20, 40, "", false},
		{"splits a rune", 10, 13, "\x82\xac5", false},
	}
	for _, tt := range tests {
		err := CheckSpan(text, tt.start, tt.end, tt.want)
		if (err == nil) != tt.ok {
			t.Errorf("%s: CheckSpan(%d, %d, %q) = %v, want ok=%v", tt.name, tt.start, tt.end, tt.want, err, tt.ok)
		}
		if err != nil && ErrorKind(err) != Internal {
			t.Errorf("%s: kind %q, want internal", tt.name, ErrorKind(err))
		}
	}
}

func TestResultValidate(t *testing.T) {
	text := "The campaign paid $5.9 million, records show."
	id := ArticleID(text)
	money := Mention{Start: 18, End: 30, Type: TypeMoney, Text: "$5.9 million", Value: "USD 5900000"}
	good := func() Result {
		return Result{
			Article:  Article{ID: id, Text: text},
			Mentions: []Mention{money},
			Claims: []Claim{{ID: ClaimID(id, 0, len(text)), Start: 0, End: len(text), Text: text, Confidence: 0.9,
				Mentions: []Mention{money}, Attribution: &Span{Start: 32, End: 39, Text: "records"}}},
		}
	}
	tests := []struct {
		name   string
		break_ func(r *Result)
	}{
		{"article ID not its hash", func(r *Result) { r.Article.ID = "x" }},
		{"mention text differs", func(r *Result) { r.Mentions[0].Text = "$5.8 million" }},
		{"claim ID not derived", func(r *Result) { r.Claims[0].ID = "x" }},
		{"confidence above 1", func(r *Result) { r.Claims[0].Confidence = 1.5 }},
		{"confidence NaN", func(r *Result) { r.Claims[0].Confidence = nan() }},
		{"claim mention outside the claim", func(r *Result) {
			r.Claims[0].End = 17
			r.Claims[0].Text = text[:17]
			r.Claims[0].ID = ClaimID(id, 0, 17)
		}},
		{"attribution span wrong", func(r *Result) { r.Claims[0].Attribution.Start = 33 }},
	}
	r := good()
	if err := r.Validate(); err != nil {
		t.Fatalf("valid result refused: %v", err)
	}
	for _, tt := range tests {
		r := good()
		r.Mentions = append([]Mention(nil), r.Mentions...)
		r.Claims[0].Attribution = &Span{Start: 32, End: 39, Text: "records"}
		tt.break_(&r)
		if err := r.Validate(); err == nil {
			t.Errorf("%s: Validate accepted it", tt.name)
		}
	}
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}

func TestArticleIDFoldsWhitespace(t *testing.T) {
	a := ArticleID("The firm paid.\n\nIt said so. ")
	if b := ArticleID("  The firm   paid.\r\nIt said\tso."); a != b {
		t.Errorf("IDs differ for the same text with other white space: %s %s", a, b)
	}
	if a == ArticleID("The firm paid. It said no.") {
		t.Error("different texts share an ID")
	}
	if len(a) != 32 {
		t.Errorf("ID %q: want 32 hex digits", a)
	}
}

func TestErrorKinds(t *testing.T) {
	cause := errors.New("connection reset")
	err := fmt.Errorf("save article: %w", Errorf(Transient, "store %s: %w", "db", cause))
	if ErrorKind(err) != Transient {
		t.Errorf("kind %q, want transient", ErrorKind(err))
	}
	if !errors.Is(err, cause) {
		t.Error("the cause is not reachable with errors.Is")
	}
	if got := ErrorMessage(err); got != "store db: connection reset" {
		t.Errorf("message %q", got)
	}
	if ErrorKind(errors.New("plain")) != Internal || ErrorKind(nil) != "" {
		t.Error("plain errors are internal, nil has no kind")
	}
	if got := ErrorMessage(Errorf(Internal, "secret detail")); got != "internal error" {
		t.Errorf("internal detail leaked to the user: %q", got)
	}
	if ErrorKind(WrapKind(Invalid, Errorf(NotFound, "x"))) != NotFound {
		t.Error("WrapKind replaced an existing kind")
	}
}

// ClaimID hashes "articleID:start:end", as fmt.Sprintf("%s:%d:%d") writes it.
func TestClaimIDKey(t *testing.T) {
	ids := []string{"", "a", ArticleID("some article text"), strings.Repeat("x", 200)}
	spans := [][2]int{{0, 0}, {0, 17}, {123, 4567}, {-1, 5}, {1 << 40, 1<<40 + 1}}
	for _, id := range ids {
		for _, sp := range spans {
			h := sha256.Sum256([]byte(fmt.Sprintf("%s:%d:%d", id, sp[0], sp[1])))
			if got, want := ClaimID(id, sp[0], sp[1]), hex.EncodeToString(h[:12]); got != want {
				t.Errorf("ClaimID(%q, %d, %d) = %s, want %s", id, sp[0], sp[1], got, want)
			}
		}
	}
}

func TestDeadLetterSubmissionID(t *testing.T) {
	for _, tt := range []struct {
		data, want string
	}{
		{`{"id":"s1","url":"https://x.example/a","submitted_at":"2026-11-27T10:00:00Z"}`, "s1"}, // a submission
		{`{"submission_id":"s2","url":"https://x.example/b","body":"…"}`, "s2"},                 // a page after fetch
		{`{"id":"a3","text":"…"}`, ""},                                                          // an ID that is no submission's
		{`not json`, ""},
		{``, ""},
	} {
		if got := (DeadLetter{Data: []byte(tt.data)}).SubmissionID(); got != tt.want {
			t.Errorf("SubmissionID(%s) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
