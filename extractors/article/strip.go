package article

import (
	"bytes"
	"io"
)

// segReader reads the kept segments of a page one after the other, without
// copying the page.
type segReader struct {
	page []byte
	segs [][2]int // kept [start, end) ranges, in order
}

func (r *segReader) Read(p []byte) (int, error) {
	for len(r.segs) > 0 && r.segs[0][0] >= r.segs[0][1] {
		r.segs = r.segs[1:]
	}
	if len(r.segs) == 0 {
		return 0, io.EOF
	}
	s := &r.segs[0]
	n := copy(p, r.page[s[0]:s[1]])
	s[0] += n
	return n, nil
}

// stripRaw returns page with the bodies of <script> and <style> elements
// cut out (JSON-LD scripts kept), so that the HTML tokenizer, which reads raw
// text one byte at a time, skips what the extractor would drop anyway. The
// tags themselves stay, so the tree has the same shape. An element is cut
// only when its closing tag is found; otherwise the rest is left as it is.
func stripRaw(page []byte) []byte {
	r := stripReader(page)
	if len(r.segs) == 1 {
		return page
	}
	out, _ := io.ReadAll(r)
	return out
}

// stripReader is stripRaw as a reader over page.
func stripReader(page []byte) *segReader {
	r := &segReader{page: page}
	last := 0 // page[last:] not yet added to the segments
	// Next lower-case "<script" and "<style" (upper-case tags are rare
	// and simply left to the tokenizer).
	nextScript, nextStyle := -1, -1
	for i := 0; i < len(page); {
		if nextScript < i && nextScript != -2 {
			nextScript = indexFrom(page, i, "<script")
		}
		if nextStyle < i && nextStyle != -2 {
			nextStyle = indexFrom(page, i, "<style")
		}
		var name string
		switch {
		case nextScript >= 0 && (nextStyle < 0 || nextScript < nextStyle):
			name, i = "script", nextScript+1
		case nextStyle >= 0:
			name, i = "style", nextStyle+1
		default:
			i = len(page)
			continue
		}
		end := i + len(name)
		if end >= len(page) || !(page[end] == '>' || isSpace(page[end]) || page[end] == '/') {
			continue
		}
		gt := bytes.IndexByte(page[end:], '>')
		if gt < 0 {
			break
		}
		bodyStart := end + gt + 1
		if name == "script" && containsFold(page[end:bodyStart], "ld+json") {
			i = bodyStart
			continue
		}
		closeAt := indexFold(page[bodyStart:], "</"+name)
		if closeAt < 0 {
			break
		}
		if closeAt > 0 {
			r.segs = append(r.segs, [2]int{last, bodyStart})
			last = bodyStart + closeAt
		}
		i = bodyStart + closeAt + 2
	}
	r.segs = append(r.segs, [2]int{last, len(page)})
	return r
}

// indexFrom is the offset of s in page at or after from, -2 when there is
// none (so that callers stop looking).
func indexFrom(page []byte, from int, s string) int {
	j := bytes.Index(page[from:], []byte(s))
	if j < 0 {
		return -2
	}
	return from + j
}

// hasPrefixFold is bytes.HasPrefix ignoring ASCII case; prefix is lower case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func containsFold(b []byte, s string) bool {
	for i := 0; i+len(s) <= len(b); i++ {
		if hasPrefixFold(b[i:], s) {
			return true
		}
	}
	return false
}

// indexFold finds the lower-case ASCII string s in b ignoring case.
func indexFold(b []byte, s string) int {
	if i := bytes.Index(b, []byte(s)); i >= 0 {
		// The lower-case form is the common one; an upper-case one before it
		// is rare enough to look for only in the stretch before.
		if j := indexFoldSlow(b[:i], s); j >= 0 {
			return j
		}
		return i
	}
	return indexFoldSlow(b, s)
}

func indexFoldSlow(b []byte, s string) int {
	// s starts with "</": look for '<' and compare the rest.
	for off := 0; ; {
		j := bytes.IndexByte(b[off:], '<')
		if j < 0 {
			return -1
		}
		if hasPrefixFold(b[off+j:], s) {
			return off + j
		}
		off += j + 1
	}
}
