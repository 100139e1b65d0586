// Package article turns an HTML page into the article it carries: the main
// text, with paragraph breaks, and the metadata (title, byline, published and
// modified dates, site name, language, canonical URL).
//
//	a, err := article.Extract(page, "https://example.com/2019/11/20/story")
//
// The main-text algorithm is claimpipe's own, informed by Readability and
// trafilatura. One walk over the parsed tree gives every block of text a
// value: long, link-poor paragraphs count for their container, links and
// dropped boilerplate against it, short lines are neutral. The element with
// the best total is the article (itemprop=articleBody and article-body class
// names add weight). A second walk renders it, dropping boilerplate by tag
// (nav, aside, header, footer), ARIA role, class and id patterns (share bars,
// related-story boxes, comments, newsletter prompts, ads, bylines), by link
// density (link lists, inline link cards, "read more" lines) and by wording
// (short furniture lines such as "Advertisement", plugs closing the story).
//
// Text layout: paragraphs and headings are separated by a blank line ("\n\n");
// the items of one list and the rows of one table are one to a line, cells a
// tab apart; <br> is a line break. The text is valid UTF-8 and is what every
// later span points into; ID is claims.ArticleID of it.
//
// Metadata comes from JSON-LD (NewsArticle and the other Article types,
// @graph included), OpenGraph and article:* meta tags, Dublin Core, itemprop,
// <time>, byline elements and dates in the URL path.
//
// Before parsing, the bodies of <script> and <style> (JSON-LD kept) are cut
// out of the byte stream: the tokenizer would read them a byte at a time only
// for the extractor to drop them.
//
// Extract is a pure function of its input: no I/O, no global state mutated,
// safe for concurrent use, and it must not panic on any bytes (FuzzExtract).
// Fetching, charset conversion and feeds belong to the sources package, not
// here. The benchmark scorer lives in eval, which must not be imported here.
package article
