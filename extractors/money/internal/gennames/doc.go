// Command gennames derives the currency-name table of package money from the
// Debian iso-codes ISO 4217 list (LGPL-2.1+, see ../../NOTICE). It keeps the
// circulating currencies, drops funds, metals and test codes, and writes the
// lower-cased English names with their codes as a Go source file.
//
// Usage (from extractors/money): go generate, or
//
//	go run ./internal/gennames -in /usr/share/iso-codes/json/iso_4217.json -out names_iso.go
package main
