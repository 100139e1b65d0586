//go:build !unix

package checkworthy

func processCPU() float64 { return 0 }
