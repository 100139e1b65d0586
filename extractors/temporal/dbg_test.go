package temporal

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	tg := New()
	dct := time.Date(2013, 3, 21, 0, 0, 0, 0, time.UTC)
	for _, m := range tg.Tag(os.Getenv("TXT"), dct) {
		fmt.Printf("%-32q %-8s %-14s %s\n", m.Text, m.Type, m.Value, m.Mod)
	}
}
