package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimpipe/claimpipe/claims"
	"github.com/claimpipe/claimpipe/extractors"
)

// expandFiles turns arguments into a file list: a directory stands for the
// article files under it (.html, .htm, .txt, each possibly gzipped as
// .html.gz), in name order. ingest gives it the arguments that are not http
// or https URLs.
func expandFiles(args []string) ([]string, error) {
	return expand(args, isArticleFile, ".html, .htm or .txt files (or .gz of them)", "only http and https URLs are fetched; anything else must be a local file or directory")
}

// expandJSONL turns arguments into a list of JSONL files: a directory stands
// for the *.jsonl files under it, in name order.
func expandJSONL(args []string) ([]string, error) {
	return expand(args, func(p string) bool { return strings.EqualFold(filepath.Ext(p), ".jsonl") }, "*.jsonl files", "give local files or directories")
}

// expand keeps file arguments and replaces each directory with the files
// under it that match, refusing a directory with none (named as what). An
// argument that is no file but is written as a URL (ftp://...) is refused as
// a URL whose scheme is not supported, with urls saying what is.
func expand(args []string, match func(path string) bool, what, urls string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			if scheme := urlScheme(a); scheme != "" {
				return nil, claims.Errorf(claims.Invalid, "%s: %s URLs are not supported: %s", a, scheme, urls)
			}
			return nil, claims.Errorf(claims.Invalid, "%s: %w", a, bareOSError(err))
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && match(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, claims.Errorf(claims.Invalid, "%s: %w", a, err)
		}
		if len(found) == 0 {
			return nil, claims.Errorf(claims.Invalid, "%s: no %s in this directory", a, what)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// bareOSError is the cause of an os error without the operation and path
// it repeats ("no such file or directory" of "stat x: no such file or
// directory"), for messages that name the path already.
func bareOSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// urlScheme is the scheme of an argument written as a URL ("ftp" of
// "ftp://example.com/x"), "" for anything else.
func urlScheme(arg string) string {
	scheme, _, ok := strings.Cut(arg, "://")
	if !ok || scheme == "" {
		return ""
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || !('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return ""
		}
	}
	return scheme
}

func isArticleFile(p string) bool {
	switch strings.ToLower(filepath.Ext(withoutGz(p))) {
	case ".html", ".htm", ".txt", ".text":
		return true
	}
	return false
}

// withoutGz is path without a ".gz" ending: "a.html.gz" is read as "a.html".
func withoutGz(path string) string {
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		return path[:len(path)-len(".gz")]
	}
	return path
}

// gunzip returns body decompressed when it is gzip data (archived pages are
// often kept as .html.gz), else body itself; name names the input in errors.
// The decompressed page is held to the engine's size limit as it is read.
func gunzip(name string, body []byte) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "%s: gzip data that does not open: %w", name, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, extractors.MaxInputBytes+1))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "%s: gzip data cut short or damaged: %w", name, err)
	}
	if len(out) > extractors.MaxInputBytes {
		return nil, claims.Errorf(claims.Invalid, "%s: over the %d MiB limit for one article once decompressed", name, extractors.MaxInputBytes>>20)
	}
	return out, nil
}

// readPage reads a local article file ("-" is standard input) into a page,
// refusing files over the engine's limit before reading them whole. Gzip
// data is decompressed.
func readPage(path string) (*claims.Page, error) {
	var r io.Reader
	name := path
	if path == "-" {
		r, name = os.Stdin, "standard input"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, claims.Errorf(claims.Invalid, "%s: %w", path, bareOSError(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, claims.Errorf(claims.Invalid, "%s: is a directory, not an article file", path)
		}
		r = f
	}
	body, err := io.ReadAll(io.LimitReader(r, extractors.MaxInputBytes+1))
	if err != nil {
		return nil, claims.Errorf(claims.Invalid, "%s: %w", name, err)
	}
	if len(body) > extractors.MaxInputBytes {
		return nil, claims.Errorf(claims.Invalid, "%s: over the %d MiB limit for one article", name, extractors.MaxInputBytes>>20)
	}
	if body, err = gunzip(name, body); err != nil {
		return nil, err
	}
	return &claims.Page{Name: name, Body: body, ContentType: contentTypeOf(path)}, nil
}

// contentTypeOf is the media type of an article file by its extension, with
// no charset: a file does not say its encoding, so the page's own <meta>
// declaration or its bytes decide (UTF-8 if they are, else windows-1252).
// A ".gz" ending is looked through ("a.html.gz" is HTML).
func contentTypeOf(path string) string {
	switch strings.ToLower(filepath.Ext(withoutGz(path))) {
	case ".html", ".htm":
		return "text/html"
	case ".txt", ".text":
		return "text/plain"
	}
	return ""
}
