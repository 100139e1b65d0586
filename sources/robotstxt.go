package sources

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robotsRules is a parsed robots.txt (RFC 9309). The parser is written here
// rather than taken from github.com/temoto/robotstxt because that library
// departs from the RFC where it matters: it matches user agents by prefix
// (a group for "claim" would bind "claimpipe"), breaks Allow/Disallow ties
// by file order instead of in favour of Allow, does not merge groups naming
// the same agent, and compares percent-encoded paths without normalising.
type robotsRules struct {
	groups   []robotsGroup
	Sitemaps []string
}

type robotsGroup struct {
	agents     []string // lower-case product tokens; "*" for any
	rules      []robotsRule
	crawlDelay time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string // normalised; may hold '*' and a trailing '$'
}

// parseRobots parses a robots.txt body. It never fails: lines it does not
// understand are skipped, as RFC 9309 §2.2 asks.
func parseRobots(body []byte) *robotsRules {
	r := &robotsRules{}
	var cur *robotsGroup
	inAgents := false // the previous meaningful line was a user-agent line
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxBytes)
	sc.Split(scanRobotsLines)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		switch key {
		case "user-agent", "useragent", "user agent":
			if !inAgents {
				r.groups = append(r.groups, robotsGroup{})
				cur = &r.groups[len(r.groups)-1]
			}
			inAgents = true
			if tok := productToken(value); tok != "" {
				cur.agents = append(cur.agents, tok)
			}
		case "allow", "disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw":
			inAgents = false
			if cur == nil || value == "" { // rules before any group; an empty rule matches nothing
				continue
			}
			cur.rules = append(cur.rules, robotsRule{allow: key == "allow", pattern: normalizeRobotsPath(value)})
		case "crawl-delay":
			inAgents = false
			if cur != nil {
				if s, err := strconv.ParseFloat(value, 64); err == nil && s > 0 && s < 86400 {
					cur.crawlDelay = time.Duration(s * float64(time.Second))
				}
			}
		case "sitemap", "site-map":
			// Not part of any group (RFC 9309 §2.2.4): it does not end one.
			if value != "" {
				r.Sitemaps = append(r.Sitemaps, value)
			}
		}
		// Other records (host, noindex, ...) are ignored and change nothing.
	}
	return r
}

// scanRobotsLines splits on LF, CR or CRLF.
func scanRobotsLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		if data[i] == '\r' && i+1 == len(data) && !atEOF {
			return 0, nil, nil // a CR at the buffer's end may be half a CRLF
		}
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// productToken is the lower-case product token at the start of a
// user-agent value: letters, '_' and '-' (RFC 9309 §2.2.1), or "*".
func productToken(v string) string {
	if strings.HasPrefix(v, "*") {
		return "*"
	}
	end := 0
	for end < len(v) {
		c := v[end]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' {
			end++
			continue
		}
		break
	}
	return strings.ToLower(v[:end])
}

// normalizeRobotsPath brings a rule's path or a URL's path and query to
// the form RFC 9309 §2.2.2 compares: escapes of unreserved characters
// decoded, other escapes with upper-case hex, and octets outside printable
// US-ASCII percent-encoded.
func normalizeRobotsPath(p string) string {
	p = normalizeEscapes(p)
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= 0x20 || c >= 0x7f {
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// group returns the rules that apply to agent (a lower-case product token):
// those of every group naming it, merged, else those of every "*" group,
// merged (RFC 9309 §2.2.1). ok is false when no group applies.
func (r *robotsRules) group(agent string) (g robotsGroup, ok bool) {
	for _, want := range []string{agent, "*"} {
		for _, gr := range r.groups {
			for _, a := range gr.agents {
				if a == want {
					g.rules = append(g.rules, gr.rules...)
					if gr.crawlDelay > g.crawlDelay {
						g.crawlDelay = gr.crawlDelay
					}
					ok = true
					break
				}
			}
		}
		if ok {
			return g, true
		}
	}
	return g, false
}

// allowed reports whether agent may fetch path (the URL's path and query):
// the matching rule with the longest pattern decides, Allow winning a tie,
// and no match allows. /robots.txt itself is always allowed.
func (g robotsGroup) allowed(path string) bool {
	path = normalizeRobotsPath(path)
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range g.rules {
		if !matchRobotsPattern(rule.pattern, path) {
			continue
		}
		if n := len(rule.pattern); n > best || (n == best && rule.allow) {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// matchRobotsPattern matches a rule pattern against a path from its start:
// '*' matches any run of characters, a trailing '$' anchors the end.
// Matching each literal piece at its leftmost position is exact for such
// globs, so this runs in linear time with no backtracking.
func matchRobotsPattern(pat, path string) bool {
	anchored := strings.HasSuffix(pat, "$")
	if anchored {
		pat = pat[:len(pat)-1]
	}
	parts := strings.Split(pat, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	if len(parts) == 1 {
		return !anchored || pos == len(path)
	}
	for _, part := range parts[1 : len(parts)-1] {
		i := strings.Index(path[pos:], part)
		if i < 0 {
			return false
		}
		pos += i + len(part)
	}
	last := parts[len(parts)-1]
	if anchored {
		return strings.HasSuffix(path[pos:], last)
	}
	return strings.Contains(path[pos:], last)
}
