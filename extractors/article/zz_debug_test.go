package article

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

func TestZZDebug(t *testing.T) {
	k := os.Getenv("PAGE")
	if k == "" {
		t.Skip()
	}
	fs, _ := filepath.Glob("/work/shared/data/article-extraction/html/" + k + "*")
	f, _ := os.Open(fs[0])
	zr, _ := gzip.NewReader(f)
	data, _ := io.ReadAll(zr)
	root, _ := html.Parse(bytes.NewReader(data))
	body := findBody(root)
	s := &scanner{}
	s.els = append(s.els, el{n: body, parent: -1, kind: kBlock})
	s.walk(body, 0, 0, false)
	s.els[0].size = int32(len(s.els))
	els := s.els
	aggregate(els)
	markDrops(els)
	aggregate(els)
	best := bestContainer(els)
	desc := func(i int) string {
		e := els[i]
		return fmt.Sprintf("#%d <%s class=%q id=%q> val=%.0f good=%.0f text=%d link=%d drop=%v", i, e.n.Data, attr(e.n, "class"), attr(e.n, "id"), e.val, e.good, e.text, e.link, e.drop)
	}
	var chain []int
	for i := best; i >= 0; i = int(els[i].parent) {
		chain = append(chain, i)
	}
	for j := len(chain) - 1; j >= 0; j-- {
		fmt.Println(desc(chain[j]))
	}
	fmt.Println("children of best:")
	for i := best + 1; i < best+int(els[best].size); i++ {
		if int(els[i].parent) == best {
			fmt.Println("  ", desc(i))
		}
	}
	p := int(els[best].parent)
	if p >= 0 {
		fmt.Println("siblings:")
		for i := p + 1; i < p+int(els[p].size); i++ {
			if int(els[i].parent) == p {
				fmt.Println("  ", desc(i))
			}
		}
	}
}
