// Package article turns an HTML page into the article it carries: the main
// text, with paragraph breaks, and the metadata (title, byline, dates, site
// name, language, canonical URL).
//
// The main-text algorithm is claimpipe's own, informed by Readability and
// trafilatura: one pass over the parsed tree gives every block of text a
// value (long, link-poor paragraphs count for, link lists against), the
// container with the best total is the article, and a second pass renders it
// while dropping boilerplate by tag, by class and id patterns (share bars,
// related-story boxes, comments, newsletter prompts, ads) and by link density
// (inline link cards, "read more" lines).
//
// Extract is a pure function of its input: no I/O, no global state mutated,
// safe for concurrent use. It must never panic, whatever the bytes. Fetching,
// charset conversion and feeds live in other packages, not here.
package article
