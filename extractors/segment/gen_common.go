//go:build ignore

// gen_common.go derives commonwords.txt from the GMB training corpus:
// lower-case alphabetic words seen at least 3 times in lower case and at
// least as often in lower case as capitalised away from a sentence start.
//
//	go run gen_common.go ../../../shared/data/training/ner/gmb/gmb.train.conll.gz > commonwords.txt
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
	var out []string
	for w, n := range lower {
		if n >= 3 && n >= upper[w] {
			out = append(out, w)
		}
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
