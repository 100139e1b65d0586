// Command train-checkworthiness rebuilds the check-worthiness model embedded
// in package extractors/checkworthy from the ClaimBuster 2.5xNCS development
// half (CC BY 4.0; see extractors/checkworthy/NOTICE). Training is
// deterministic: the same data and options give the same bytes.
//
//	go run ./cmd/train-checkworthiness [-data DIR] [-out FILE]
//
// CLEF-2019 CheckThat! data is not used: its terms allow research use only, so
// a model shipped with the project is not trained on it.
package main
