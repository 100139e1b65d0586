package sources_test

import (
	"fmt"

	"github.com/claimpipe/claimpipe/sources"
)

func ExampleCanonicalURL() {
	u, _ := sources.CanonicalURL("HTTPS://News.Example:443/politics/story.html?utm_source=twitter&page=2&fbclid=Iw1#comments")
	fmt.Println(u)
	// Output: https://news.example/politics/story.html?page=2
}
