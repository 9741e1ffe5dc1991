package feed

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/htmltext"
	"github.com/mmcdole/gofeed"
)

// leakRSSGroup matches the description of a ransomwatch RSS item.
var leakRSSGroup = regexp.MustCompile(`^\s*Group:\s*(\S.*?)\s*$`)

// parseFeed parses RSS, Atom and JSON Feed documents with gofeed, handing it
// the bytes through an io.Reader (never its own fetching).
func (p parser) parseFeed(data []byte) ([]cit.Candidate, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", kindName(p.kind, "feed"), err)
	}
	base := p.opts.BaseURL
	if base == "" {
		base = f.Link
	}
	feedLang := langTag(f.Language)
	out := make([]cit.Candidate, 0, len(f.Items))
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		c := p.newCandidate()
		c.URL = CanonicalURL(it.Link, base)
		if c.URL == "" {
			for _, l := range it.Links {
				if c.URL = CanonicalURL(l, base); c.URL != "" {
					break
				}
			}
		}
		c.Title = htmltext.ToText(it.Title)
		desc := htmltext.ToText(it.Description)
		content := htmltext.ToText(it.Content)
		c.Text = desc
		if len(content) > len(desc) {
			c.Text = content
		}
		switch {
		case it.PublishedParsed != nil:
			c.Published = formatTime(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			c.Published = formatTime(*it.UpdatedParsed)
		}
		if m := leakRSSGroup.FindStringSubmatch(desc); m != nil && !strings.Contains(desc, "\n") {
			fillLeakPost(&c, c.Title, m[1], c.Published, "", "")
		}
		key := itemKey(it.GUID, c.URL, base, c.Title, c.Published)
		if key == "" {
			continue // no guid, link, title or text: nothing to report
		}
		c.ID = ItemID(p.opts.Source, key)
		c.Lang = firstNonEmpty(p.opts.Lang, c.Lang, feedLang)
		if c.Lang == "" {
			c.Lang = DetectLang(c.Title + ". " + c.Text)
		}
		out = append(out, c)
	}
	return out, nil
}

// itemKey picks the identity of a feed item: its GUID (canonicalised when it
// is a URL), else its canonical link, else its title and date.
func itemKey(guid, link, base, title, published string) string {
	if g := strings.TrimSpace(guid); g != "" {
		if u := CanonicalURL(g, ""); u != "" {
			return u
		}
		return g
	}
	if link != "" {
		return link
	}
	if title == "" {
		return ""
	}
	return normKey(title, published)
}

func kindName(kind, fallback string) string {
	if kind == "" {
		return fallback
	}
	return kind
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
