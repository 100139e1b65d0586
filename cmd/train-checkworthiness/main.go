package main

import (
	"flag"
	"os"
	"path/filepath"
	"time"

	"go.uber.org/zap"

	"github.com/claimpipe/claimpipe/eval"
	"github.com/claimpipe/claimpipe/extractors/checkworthy"
)

func main() {
	log, _ := zap.NewDevelopment()
	defer log.Sync()
	def := ""
	if shared, ok := eval.SharedDir(); ok {
		def = filepath.Join(shared, "data", "checkworthiness")
	}
	data := flag.String("data", def, "check-worthiness data folder (shared/data/checkworthiness)")
	out := flag.String("out", filepath.Join("extractors", "checkworthy", "model.bin.gz"), "model file to write")
	flag.Parse()
	if *data == "" {
		log.Fatal("no data folder: pass -data or set CLAIMPIPE_SHARED")
	}
	dir := *data
	if _, err := os.Stat(filepath.Join(dir, "checkworthiness", eval.ClaimBusterFile)); err == nil {
		dir = filepath.Join(dir, "checkworthiness") // given the data folder above it
	}
	path := filepath.Join(dir, eval.ClaimBusterFile)
	examples, err := eval.ReadClaimBuster(path)
	if err != nil {
		log.Fatal("read training data", zap.String("path", path), zap.Error(err))
	}
	start := time.Now()
	m, err := checkworthy.Train(examples, eval.OursOptions())
	if err != nil {
		log.Fatal("train", zap.Error(err))
	}
	b, err := m.MarshalBinary()
	if err != nil {
		log.Fatal("encode", zap.Error(err))
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal("write model", zap.String("path", *out), zap.Error(err))
	}
	log.Info("model written", zap.String("path", *out), zap.Int("bytes", len(b)),
		zap.Int("examples", len(examples)), zap.Float64("threshold", m.Threshold()),
		zap.Duration("took", time.Since(start)))
}
