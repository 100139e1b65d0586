package wordclusters

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"

	"github.com/claimpipe/claimpipe/claims"
)

//go:embed clusters.txt.gz
var clustersData []byte

// Lexicon maps lower-case words to their cluster paths. The zero value (and
// a nil *Lexicon) knows no word.
type Lexicon struct {
	path map[string]string
}

var (
	loadOnce sync.Once
	loaded   *Lexicon
	loadErr  error
)

// Load returns the embedded lexicon, decoding it on the first call only.
func Load() (*Lexicon, error) {
	loadOnce.Do(func() { loaded, loadErr = Parse(clustersData) })
	return loaded, loadErr
}

// Parse reads a gzip'd lexicon: comment lines starting with '#', then one
// line per cluster, its path (a string of '0' and '1'), a TAB and its
// words separated by spaces.
func Parse(gz []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "word clusters: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "word clusters: %w", err)
	}
	text := string(raw) // words and paths are substrings of this one copy
	l := &Lexicon{path: make(map[string]string, 1<<19)}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	off, lineNo := 0, 0
	for sc.Scan() {
		line := text[off : off+len(sc.Bytes())]
		off += len(line) + 1
		lineNo++
		if line == "" || line[0] == '#' {
			continue
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 || strings.Trim(line[:tab], "01") != "" {
			return nil, claims.Errorf(claims.Invalid, "word clusters: line %d: want PATH<TAB>WORDS with a path of 0s and 1s, got %.40q", lineNo, line)
		}
		p, words := line[:tab], line[tab+1:]
		for words != "" {
			w := words
			if i := strings.IndexByte(words, ' '); i >= 0 {
				w, words = words[:i], words[i+1:]
			} else {
				words = ""
			}
			if w != "" {
				l.path[w] = p
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, claims.Errorf(claims.Invalid, "word clusters: %w", err)
	}
	return l, nil
}

// Path returns the cluster path of the lower-case word w, or "" when the
// lexicon does not know it.
func (l *Lexicon) Path(w string) string {
	if l == nil {
		return ""
	}
	return l.path[w]
}

// PathBytes is Path for a word held in a byte slice; it does not allocate.
func (l *Lexicon) PathBytes(w []byte) string {
	if l == nil {
		return ""
	}
	return l.path[string(w)]
}

// Len returns the number of words the lexicon knows.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.path)
}

// ParseEmbedded decodes the embedded lexicon anew, bypassing Load's cache.
// It is for measuring load time; use Load.
func ParseEmbedded() (*Lexicon, error) { return Parse(clustersData) }
