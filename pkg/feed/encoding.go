package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	xmlDeclRe   = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']`)
	xmlDeclEnc  = regexp.MustCompile(`(encoding\s*=\s*["'])([A-Za-z0-9._:\-]+)(["'])`)
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:\-]+)`)
)

// toUTF8 returns the document as UTF-8 without a byte-order mark.
//
// Order of evidence: a byte-order mark (UTF-8, UTF-16) or UTF-16 without one;
// then, when the bytes are already valid UTF-8, they are kept whatever the
// document declares (a UTF-8 feed labelled ISO-8859-1 is common); otherwise
// the charset declared by the document (XML prolog, HTML meta) or by the
// Content-Type header, and windows-1252 (a superset of ISO-8859-1) when none
// is usable. An XML prolog's encoding is rewritten to utf-8 so that an XML
// decoder does not convert the text a second time.
func toUTF8(data []byte, contentType string) ([]byte, error) {
	out, err := decodeUTF8(data, contentType)
	if err != nil {
		return nil, err
	}
	if looksBinary(out) {
		return nil, ErrBinary
	}
	return rewriteXMLEncoding(out), nil
}

func decodeUTF8(data []byte, contentType string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16")
	case len(data) >= 4 && data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0:
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data, "utf-16le")
	case len(data) >= 4 && data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0:
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data, "utf-16be")
	}
	if utf8.Valid(data) {
		return data, nil
	}
	for _, label := range []string{declaredCharset(data), headerCharset(contentType)} {
		if label == "" {
			continue
		}
		enc, name := charset.Lookup(label)
		if enc == nil || name == "utf-8" {
			continue
		}
		return decodeWith(enc, data, name)
	}
	return decodeWith(charmap.Windows1252, data, "windows-1252")
}

func decodeWith(enc encoding.Encoding, data []byte, name string) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("convert %s to utf-8: %w", name, err)
	}
	return bytes.TrimPrefix(out, []byte("\uFEFF")), nil
}

// declaredCharset reads the charset an XML prolog or HTML meta tag declares.
func declaredCharset(data []byte) string {
	head := data[:min(len(data), 2048)]
	if m := xmlDeclRe.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// rewriteXMLEncoding makes the prolog of a converted XML document say utf-8.
func rewriteXMLEncoding(data []byte) []byte {
	head := data[:min(len(data), 512)]
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if !bytes.HasPrefix(trimmed, []byte("<?xml")) {
		return data
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return data
	}
	decl := head[:end]
	m := xmlDeclEnc.FindSubmatchIndex(decl)
	if m == nil || strings.EqualFold(string(decl[m[4]:m[5]]), "utf-8") {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, data[:m[4]]...)
	out = append(out, "utf-8"...)
	out = append(out, data[m[5]:]...)
	return out
}

// looksBinary reports whether the start of a UTF-8 text holds NUL bytes or
// many control characters, as images, archives and compressed bodies do.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f':
			ctrl++
		}
	}
	return ctrl > len(head)/100+1
}

func trimSpaceBytes(b []byte) []byte { return bytes.TrimSpace(b) }

// detectKindUTF8 names the kind of a UTF-8 document by its first token.
func detectKindUTF8(data []byte) string {
	s := bytes.TrimSpace(data[:min(len(data), 64<<10)])
	if len(s) == 0 {
		return ""
	}
	switch s[0] {
	case '{', '[':
		if s[0] == '{' && bytes.Contains(s[:min(len(s), 4096)], []byte("jsonfeed.org/version")) {
			return "jsonfeed"
		}
		return "json"
	case '<':
		return detectMarkup(s)
	}
	if looksCSV(s) {
		return "csv"
	}
	return ""
}

// detectMarkup names a markup document by its first element, skipping the
// prolog, comments, processing instructions and the doctype.
func detectMarkup(s []byte) string {
	for range 64 {
		i := bytes.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			return ""
		}
		s = s[i:]
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end := bytes.Index(s, []byte("-->"))
			if end < 0 {
				return ""
			}
			s = s[end+3:]
			continue
		case bytes.HasPrefix(s, []byte("<?")), bytes.HasPrefix(s, []byte("<!")):
			if len(s) >= 9 && strings.EqualFold(string(s[:9]), "<!doctype") &&
				bytes.Contains(bytes.ToLower(s[:min(len(s), 40)]), []byte("html")) {
				return "html"
			}
			end := bytes.IndexByte(s, '>')
			if end < 0 {
				return ""
			}
			s = s[end+1:]
			continue
		}
		name := elementName(s[1:])
		switch name {
		case "rss", "rdf:rdf", "rdf":
			return "rss"
		case "feed":
			return "atom"
		case "":
			return ""
		default:
			if htmlElements[name] {
				return "html"
			}
			return ""
		}
	}
	return ""
}

var htmlElements = map[string]bool{
	"html": true, "head": true, "body": true, "div": true, "p": true, "table": true,
	"title": true, "meta": true, "link": true, "script": true, "section": true,
	"article": true, "main": true, "ul": true, "h1": true, "h2": true, "span": true, "a": true,
}

func elementName(s []byte) string {
	end := 0
	for end < len(s) && end < 64 {
		c := s[end]
		if c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' {
			break
		}
		end++
	}
	return strings.ToLower(string(s[:end]))
}

// looksCSV accepts a document whose first line has at least three
// comma-separated fields and whose second line, if any, has commas too.
func looksCSV(s []byte) bool {
	lines := bytes.SplitN(s, []byte("\n"), 3)
	if bytes.Count(lines[0], []byte(",")) < 2 {
		return false
	}
	return len(lines) < 2 || bytes.Contains(lines[1], []byte(","))
}
