//go:build !unix

package article_test

import "time"

// cpuTime is unknown here: the pages/cpu-s metric is left out.
func cpuTime() time.Duration { return 0 }
