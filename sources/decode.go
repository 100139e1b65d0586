package sources

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"golang.org/x/net/html/charset"
)

// errTooLarge reports a body past the size cap; decompressed says whether
// the cap was hit after decoding a Content-Encoding (a compression bomb).
type errTooLarge struct {
	limit        int64
	decompressed bool
}

func (e *errTooLarge) Error() string {
	if e.decompressed {
		return fmt.Sprintf("decompressed body exceeds the %d-byte limit (compression bomb?)", e.limit)
	}
	return fmt.Sprintf("body exceeds the %d-byte limit", e.limit)
}

// errEncoding is a Content-Encoding we cannot or could not decode.
type errEncoding struct{ msg string }

func (e *errEncoding) Error() string { return e.msg }

// readCapped reads r to the end and fails with *errTooLarge past limit
// bytes, or, with truncate, returns the first limit bytes.
func readCapped(r io.Reader, limit int64, decompressed, truncate bool) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(b)) > limit {
		if truncate {
			return b[:limit], nil
		}
		return nil, &errTooLarge{limit: limit, decompressed: decompressed}
	}
	return b, err
}

// decodeContent undoes the Content-Encodings of a response body (applied in
// the order listed, so undone in reverse), each stage capped at limit bytes
// of output so that a small compressed body cannot expand without bound
// (with truncate, output past limit is dropped instead).
func decodeContent(body []byte, contentEncoding string, limit int64, truncate bool) ([]byte, error) {
	var codings []string
	for _, c := range strings.Split(contentEncoding, ",") {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" && c != "identity" {
			codings = append(codings, c)
		}
	}
	for i := len(codings) - 1; i >= 0; i-- {
		var r io.Reader
		var err error
		switch codings[i] {
		case "gzip", "x-gzip":
			r, err = gzip.NewReader(bytes.NewReader(body))
		case "deflate":
			// "deflate" is zlib-wrapped by the RFC but raw DEFLATE from some
			// servers; a zlib stream starts with a header whose checksum holds.
			if len(body) >= 2 && body[0]&0x0f == 8 && (uint16(body[0])<<8|uint16(body[1]))%31 == 0 {
				r, err = zlib.NewReader(bytes.NewReader(body))
			} else {
				r = flate.NewReader(bytes.NewReader(body))
			}
		case "br":
			r = brotli.NewReader(bytes.NewReader(body))
		case "zstd":
			return nil, &errEncoding{msg: "unsupported Content-Encoding zstd (not requested)"}
		default:
			return nil, &errEncoding{msg: fmt.Sprintf("unsupported Content-Encoding %q", codings[i])}
		}
		if err != nil {
			return nil, &errEncoding{msg: fmt.Sprintf("bad %s body: %v", codings[i], err)}
		}
		out, err := readCapped(r, limit, true, truncate)
		if truncate && errors.Is(err, io.ErrUnexpectedEOF) && len(out) > 0 {
			err = nil // the compressed stream was cut where the raw body was
		}
		if err != nil {
			var tl *errTooLarge
			if errors.As(err, &tl) {
				return nil, err
			}
			return nil, &errEncoding{msg: fmt.Sprintf("bad %s body: %v", codings[i], err)}
		}
		body = out
	}
	return body, nil
}

// gunzipFile decodes a body that is itself a .gz file (sitemap.xml.gz served
// as application/gzip rather than with Content-Encoding), capped at limit.
func gunzipFile(body []byte, limit int64) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	return decodeContent(body, "gzip", limit, false)
}

// mediaType returns the lower-case media type of a Content-Type header,
// sniffing body when the header is missing or unparsable.
func mediaType(contentType string, body []byte) string {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && mt != "" {
		return strings.ToLower(mt)
	}
	mt, _, _ := mime.ParseMediaType(http.DetectContentType(body))
	return mt
}

// isPageType reports whether a media type is a document Fetch returns:
// HTML, XHTML or plain text.
func isPageType(mt string) bool {
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

// isSourceType reports whether a media type can hold a feed or a sitemap.
// Feeds are served under many types, some wrong, so any text, XML or JSON
// type passes and the parser decides.
func isSourceType(mt string) bool {
	switch {
	case strings.HasPrefix(mt, "text/"),
		strings.HasSuffix(mt, "/xml"), strings.HasSuffix(mt, "+xml"),
		strings.HasSuffix(mt, "/json"), strings.HasSuffix(mt, "+json"),
		mt == "application/gzip", mt == "application/x-gzip", mt == "application/octet-stream":
		return true
	}
	return false
}

// toUTF8 converts an HTML or text body to UTF-8 and reports the charset it
// was read as. The order follows the HTML standard's encoding sniffing — a
// byte-order mark, then the Content-Type charset, then a <meta> declaration
// in the first 1024 bytes — with one correction: when neither a BOM nor the
// header decides and the whole body is valid UTF-8, it is UTF-8. (The
// standard's prescan looks at 1024 bytes only and falls back to
// windows-1252, which garbles UTF-8 pages whose first non-ASCII byte comes
// late.) Bytes that do not decode become U+FFFD: the result is always valid
// UTF-8, without a BOM.
func toUTF8(body []byte, contentType string) ([]byte, string, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && name != "utf-8" && utf8.Valid(body) {
		enc, name = nil, "utf-8"
	}
	out := body
	if name != "utf-8" && enc != nil {
		var err error
		out, err = io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(body)))
		if err != nil {
			return nil, name, fmt.Errorf("decoding %s: %w", name, err)
		}
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out, name, nil
}

// xmlCharsetReader lets encoding/xml read documents that declare a
// non-UTF-8 encoding (ISO-8859-1 sitemaps exist).
func xmlCharsetReader(label string, input io.Reader) (io.Reader, error) {
	return charset.NewReaderLabel(label, bufio.NewReader(input))
}
