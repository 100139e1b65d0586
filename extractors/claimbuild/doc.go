// Package claimbuild turns an annotated article into claims: it groups
// sentences (a quote spanning sentences stays one claim), keeps those that
// carry checkable content — an amount, a number or a date together with a
// named entity, or a reported statement — and gives each its mentions,
// attribution, kind, confidence and fingerprint.
//
// It is pure text work over spans already found by the other extractors; it
// must not tokenise HTML, load models or do I/O.
package claimbuild
