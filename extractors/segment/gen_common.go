//go:build ignore

// gen_common.go derives commonwords.txt: lower-case words that are far
// more often ordinary words than names. A word qualifies when
//   - it is a lower-case entry of 3 to 14 letters in the SCOWL word list
//     (Debian package wamerican, /usr/share/dict/american-english), or is
//     seen at least 3 times in lower case in the GMB training text, and
//   - the GMB text (Voice of America news) does not show it capitalised
//     away from a sentence start more often than in lower case (which
//     drops "bush", "trump", "rice", "ford" and other names).
//
// Regenerate with:
//
//	apt-get install wamerican
//	go run gen_common.go ../../../shared/data/training/ner/gmb/gmb.train.conll.gz /usr/share/dict/american-english > commonwords.txt
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lower, upper := map[string]int{}, map[string]int{}
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
		case !wasInitial && w[1:] == lw[1:]:
			upper[lw]++
		}
	}
	dict, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
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
	var out []string
	for w := range keep {
		if upper[w] >= 2 && upper[w] > lower[w] {
			continue
		}
		out = append(out, w)
	}
	sort.Strings(out)
	for _, w := range out {
		fmt.Println(w)
	}
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
