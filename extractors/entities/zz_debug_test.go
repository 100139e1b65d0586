package entities

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimpipe/claimpipe/extractors/segment"
)

func TestZZDebug(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Split(os.Getenv("ZZ"), "|") {
		d := segment.Split(s)
		var toks []string
		for _, tk := range d.Tokens {
			toks = append(toks, s[tk.Start:tk.End])
		}
		fmt.Println(r.TagTokens(toks), strings.Join(toks, "_"))
		for _, m := range r.Recognize(d) {
			fmt.Println("  ", m.Type, s[m.Start:m.End], m.Value)
		}
	}
}

func TestZZAcr(t *testing.T) {
	r, _ := Load()
	for _, w := range []string{"AI", "ai", "DVD", "dvd", "SUV", "IRA", "ETA"} {
		fmt.Println(w, r.m.nounClasses[w], r.m.gaz.Flags(w), r.commonAcronym(w))
	}
}
