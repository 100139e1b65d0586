package claims

import "bytes"

// textSniffBytes is how much of a body CheckText looks at for NUL bytes.
const textSniffBytes = 8192

// CheckText reports, as an Invalid error, a body that cannot be an
// article: empty or all blank, or with NUL bytes in its first 8 KiB, the
// mark of a binary file (an image, a PDF) served or named as text. body is
// text in UTF-8: the fetch stage checks what it fetched or was given once
// decoded, and the desk checks submitted content with the same rule, so
// that what the pipeline would refuse is refused at once, not dead-lettered
// later.
func CheckText(body []byte) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return Errorf(Invalid, "empty body")
	}
	if bytes.IndexByte(body[:min(len(body), textSniffBytes)], 0) >= 0 {
		return Errorf(Invalid, "body looks binary (NUL bytes), not HTML or text")
	}
	return nil
}
