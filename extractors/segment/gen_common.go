//go:build ignore

// gen_common.go derives the two word lists the camel-case splitter embeds.
//
// commonwords.txt: lower-case words that are far more often ordinary words
// than names. A word qualifies when
//   - it is a lower-case entry of 3 to 14 letters in the SCOWL word list
//     (Debian package wamerican, /usr/share/dict/american-english), or is
//     seen at least 3 times in lower case in the GMB text, and
//   - the GMB text (Voice of America news) does not show it capitalised
//     away from a sentence start more often than in lower case (which
//     drops "bush", "trump", "rice", "ford" and other names).
//
// camelwords.txt: the camel-case tokens of the GMB text ("PetroChina",
// "DaimlerChrysler", "McCain"), which are names written that way and so
// must not be split, less run-togethers with a weekday or month.
//
// Regenerate with:
//
//	apt-get install wamerican
//	go run gen_common.go /usr/share/dict/american-english . ../../../shared/data/training/ner/gmb/gmb.*.conll.gz
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) < 4 {
		fail(fmt.Errorf("usage: go run gen_common.go DICT OUTDIR GMB.conll.gz..."))
	}
	lower, upper, camel := map[string]int{}, map[string]int{}, map[string]int{}
	for _, p := range os.Args[3:] {
		if err := count(p, lower, upper, camel); err != nil {
			fail(err)
		}
	}
	dict, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail(err)
	}
	keep := map[string]bool{}
	for w, n := range lower {
		if n >= 3 {
			keep[w] = true
		}
	}
	for _, w := range strings.Fields(string(dict)) {
		if len(w) >= 3 && len(w) <= 14 && alpha(w) && w == strings.ToLower(w) {
			keep[w] = true
		}
	}
	var common []string
	for w := range keep {
		if upper[w] >= 2 && upper[w] > lower[w] {
			continue
		}
		common = append(common, w)
	}
	var camels []string
	for w := range camel {
		if !hasDatePart(w) {
			camels = append(camels, w)
		}
	}
	write(filepath.Join(os.Args[2], "commonwords.txt"), common)
	write(filepath.Join(os.Args[2], "camelwords.txt"), camels)
}

// count tallies the tokens of one CoNLL file: lower-case forms, forms
// capitalised away from a sentence start, and camel-case forms.
func count(path string, lower, upper, camel map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(zr)
	initial := true
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			initial = true
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		wasInitial := initial
		initial = false
		if !alpha(w) || len(w) < 2 {
			continue
		}
		lw := strings.ToLower(w)
		switch {
		case w == lw:
			lower[lw]++
		case w[1:] == lw[1:]:
			if !wasInitial {
				upper[lw]++
			}
		case w[0] != lw[0] && hasInnerCamel(w):
			camel[w]++
		}
	}
	return sc.Err()
}

// hasDatePart reports whether a camel-case part of w is a weekday or
// month name: "PresseWednesday" is a dateline run together, not a name.
func hasDatePart(w string) bool {
	start := 0
	for i := 1; i <= len(w); i++ {
		if i == len(w) || (w[i-1] >= 'a' && w[i-1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z') {
			switch w[start:i] {
			case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
				"January", "February", "March", "April", "June", "July", "August", "September",
				"October", "November", "December":
				return true
			}
			start = i
		}
	}
	return false
}

func hasInnerCamel(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i-1] >= 'a' && w[i-1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

func write(path string, words []string) {
	sort.Strings(words)
	if err := os.WriteFile(path, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func alpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
