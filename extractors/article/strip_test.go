package article

import "testing"

func TestStripRaw(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a</p>", "<p>a</p>"},
		{"<script>var a = '<p>';</script><p>x</p>", "<script></script><p>x</p>"},
		{"<SCRIPT>var a;</SCRIPT><p>x</p>", "<SCRIPT>var a;</SCRIPT><p>x</p>"},
		{"<script type=x>a</SCRIPT>b", "<script type=x></SCRIPT>b"},
		{"<style>p{}</style><scripts>t</scripts>", "<style></style><scripts>t</scripts>"},
		{`<script type="application/ld+json">{"a":1}</script>`, `<script type="application/ld+json">{"a":1}</script>`},
		{"<script>never closed <p>text", "<script>never closed <p>text"},
		{"<script", "<script"},
		{"<script>a</script><style>b</style><script src=x></script>", "<script></script><style></style><script src=x></script>"},
	}
	for _, tt := range tests {
		if got := string(stripRaw([]byte(tt.in))); got != tt.want {
			t.Errorf("stripRaw(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
