package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a bar on a terminal and nothing elsewhere; it counts
// successes and failures for the summary printed at the end.
type progress struct {
	bar      *progressbar.ProgressBar
	start    time.Time
	ok, fail int
}

func newProgress(total int, what string) *progress {
	p := &progress{start: time.Now()}
	if total > 1 && term.IsTerminal(int(os.Stderr.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(os.Stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond),
		)
	}
	return p
}

func (p *progress) done(err error) {
	if err != nil {
		p.fail++
	} else {
		p.ok++
	}
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

// summary prints the closing line: counts and elapsed time. noun is the
// plural ("files"); one item takes it without its final s.
func (p *progress) summary(w io.Writer, noun string) {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	fmt.Fprintf(w, "%d %s ok, %d failed, in %s\n", p.ok, plural(p.ok, noun), p.fail, time.Since(p.start).Round(time.Millisecond))
}
