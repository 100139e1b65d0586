package claims

import (
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
	tests := []struct {
		name, body string
		want       string // part of the error; "" for none
	}{
		{"empty", "", "empty body"},
		{"blank", " \n\t\r\n  ", "empty body"},
		{"png", png, "binary"},
		{"NUL late in the head", strings.Repeat("a", textSniffBytes-1) + "\x00", "binary"},
		{"NUL past the head", strings.Repeat("a", textSniffBytes) + "\x00", ""},
		{"text", "The council spent $5 million.", ""},
		{"html", "<html><body><p>Hi</p></body></html>", ""},
		{"one character", "x", ""},
	}
	for _, tt := range tests {
		err := CheckText([]byte(tt.body))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v, want none", tt.name, err)
		case tt.want != "" && (ErrorKind(err) != Invalid || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: %v, want an invalid error saying %q", tt.name, err, tt.want)
		}
	}
}
