package feed

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/htmltext"
)

// parseHTML scrapes a listing page with the source's CSS selectors. Without
// an item selector it falls back to <article> elements, and reports
// ErrNoSelectors when the page has none.
func (p parser) parseHTML(data []byte) ([]cit.Candidate, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	sel := p.opts.Selectors
	if sel.Item == "" {
		if doc.Find("article").Length() == 0 {
			return nil, ErrNoSelectors
		}
		sel.Item = "article"
	}
	items, err := safeFind(doc.Selection, sel.Item)
	if err != nil {
		return nil, err
	}
	base := p.opts.BaseURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		base = firstNonEmpty(CanonicalURL(href, base), base)
	}
	pageLang := langTag(doc.Find("html").AttrOr("lang", ""))
	var out []cit.Candidate
	var findErr error
	items.EachWithBreak(func(_ int, item *goquery.Selection) bool {
		c, err := p.htmlItem(item, sel, base)
		if err != nil {
			findErr = err
			return false
		}
		if c.Title == "" && c.URL == "" {
			return true
		}
		c.Lang = firstNonEmpty(p.opts.Lang, pageLang)
		if c.Lang == "" {
			c.Lang = DetectLang(c.Title + ". " + c.Text)
		}
		out = append(out, c)
		return true
	})
	if findErr != nil {
		return nil, findErr
	}
	return out, nil
}

func (p parser) htmlItem(item *goquery.Selection, sel Selectors, base string) (cit.Candidate, error) {
	c := p.newCandidate()
	titleSel := firstNonEmpty(sel.Title, "h1, h2, h3, h4, a")
	title, err := safeFind(item, titleSel)
	if err != nil {
		return c, err
	}
	c.Title = htmltext.Collapse(strings.ReplaceAll(title.First().Text(), "\n", " "))
	var link *goquery.Selection
	if sel.Link != "" {
		if link, err = safeFind(item, sel.Link); err != nil {
			return c, err
		}
	} else {
		link = title.First().Find("a[href]").AddSelection(title.First().Filter("a[href]")).AddSelection(item.Filter("a[href]")).AddSelection(item.Find("a[href]"))
	}
	if href, ok := link.First().Attr("href"); ok {
		c.URL = CanonicalURL(href, base)
	}
	if sel.Date != "" {
		d, err := safeFind(item, sel.Date)
		if err != nil {
			return c, err
		}
		raw := strings.TrimSpace(d.First().Text())
		if sel.DateAttr != "" {
			raw = d.First().AttrOr(sel.DateAttr, raw)
		}
		c.Published = parseDate(raw, sel.DateLayout)
	} else if t := item.Find("time[datetime]").First(); t.Length() > 0 {
		c.Published = parseDate(t.AttrOr("datetime", ""), "")
	}
	if sel.Summary != "" {
		s, err := safeFind(item, sel.Summary)
		if err != nil {
			return c, err
		}
		h, _ := s.First().Html()
		c.Text = htmltext.ToText(h)
	} else {
		h, _ := item.Html()
		c.Text = strings.TrimSpace(strings.TrimPrefix(htmltext.ToText(h), c.Title))
	}
	c.ID = ItemID(p.opts.Source, firstNonEmpty(c.URL, normKey(c.Title, c.Published)))
	return c, nil
}

// safeFind runs a configured selector; an invalid one is an error that names
// it (goquery alone would silently match nothing).
func safeFind(s *goquery.Selection, selector string) (*goquery.Selection, error) {
	m, err := cascadia.Compile(selector)
	if err != nil {
		return nil, fmt.Errorf("parse html: invalid selector %q: %w", selector, err)
	}
	return s.FindMatcher(m), nil
}

// Validate reports the first invalid CSS selector, naming its field.
func (s Selectors) Validate() error {
	if s.Item == "" {
		return errors.New("selectors: item is required")
	}
	for _, f := range []struct{ name, sel string }{
		{"item", s.Item}, {"title", s.Title}, {"link", s.Link}, {"date", s.Date}, {"summary", s.Summary},
	} {
		if f.sel == "" {
			continue
		}
		if _, err := cascadia.Compile(f.sel); err != nil {
			return fmt.Errorf("selectors: %s %q: %w", f.name, f.sel, err)
		}
	}
	return nil
}

// MainText extracts the main text of an article page: the text of the
// element (article, main, or the div or section) holding the most paragraph
// text, without navigation, headers, footers, asides and forms. It returns
// the page title too. It is the pure half of fetching a feed item's full
// article when the feed carries only a teaser.
func MainText(page []byte, contentType string) (title, text string, err error) {
	data, err := toUTF8(page, contentType)
	if err != nil {
		return "", "", err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		return "", "", fmt.Errorf("parse article: %w", err)
	}
	title = htmltext.Collapse(doc.Find("meta[property='og:title']").AttrOr("content", ""))
	if title == "" {
		title = htmltext.Collapse(doc.Find("h1").First().Text())
	}
	if title == "" {
		title = htmltext.Collapse(doc.Find("title").First().Text())
	}
	doc.Find("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, .share, .social, .related, .comments, .newsletter").Remove()
	best, bestLen := (*goquery.Selection)(nil), 0
	doc.Find("article, main, [itemprop='articleBody'], div, section").Each(func(_ int, s *goquery.Selection) {
		n := 0
		s.ChildrenFiltered("p").Each(func(_ int, p *goquery.Selection) { n += len(strings.TrimSpace(p.Text())) })
		if n > bestLen {
			best, bestLen = s, n
		}
	})
	if best == nil {
		best = doc.Find("body")
	}
	var paras []string
	best.Find("p, h2, h3, li, blockquote").Each(func(_ int, s *goquery.Selection) {
		if t := htmltext.Collapse(strings.ReplaceAll(s.Text(), "\n", " ")); t != "" {
			paras = append(paras, t)
		}
	})
	if len(paras) == 0 {
		h, _ := best.Html()
		return title, htmltext.ToText(h), nil
	}
	return title, strings.Join(paras, "\n"), nil
}
