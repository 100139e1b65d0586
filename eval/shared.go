package eval

import (
	"os"
	"path/filepath"
)

// SharedDir locates the read-only shared material (FORMAT.md, data/,
// fixtures/): $CLAIMPIPE_SHARED if set, else the first "shared" folder beside
// the working directory or one of its parents. ok is false when none exists,
// and tests that need it skip.
func SharedDir() (dir string, ok bool) {
	if d := os.Getenv("CLAIMPIPE_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, true
		}
		return d, false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		cand := filepath.Join(filepath.Dir(d), "shared")
		if st, err := os.Stat(filepath.Join(cand, "data")); err == nil && st.IsDir() {
			return cand, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}
