// Package htmltext reduces HTML to the plain text that CIT's collectors
// publish and its classifier reads: markup and scripts removed, entities
// decoded, one line per block.
package htmltext

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// skipElements hold no readable text.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"svg": true, "head": true, "object": true, "canvas": true, "button": true, "form": true,
}

// blockElements end a line of text.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true, "section": true,
	"article": true, "header": true, "footer": true, "table": true, "ul": true, "ol": true,
	"dd": true, "dt": true, "figcaption": true, "hr": true,
}

// ToText reduces an HTML fragment or page to plain text: scripts, styles
// and markup removed, entities decoded, one line per block element, runs of
// spaces collapsed. Plain text passes through with its whitespace collapsed.
func ToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return Collapse(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return Collapse(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if skipElements[n] && z.Token().Type == html.StartTagToken {
				skip++
			}
			if blockElements[n] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if skipElements[n] && skip > 0 {
				skip--
			}
			if blockElements[n] {
				b.WriteByte('\n')
			}
		}
	}
}

// Collapse trims each line, collapses inner spaces and drops empty lines.
func Collapse(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.FieldsFunc(l, unicode.IsSpace), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// markupTag is an HTML tag of the kinds that carry a page's text.
var markupTag = regexp.MustCompile(`(?i)</?(?:p|div|br|span|a|li|ul|ol|table|tr|td|h[1-6]|b|i|em|strong|blockquote|font|section|article)(?:\s[^<>]*)?/?>`)

// Markup reports whether s is written in HTML rather than plain text: it
// holds two tags at least of the kinds that carry text ("<div dir=\"ltr\">",
// "<br>"). A lone "<5,000 records" or "<b>" is no page.
func Markup(s string) bool {
	return len(markupTag.FindAllStringIndex(s, 2)) == 2
}
