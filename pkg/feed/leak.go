package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/htmltext"
)

// leakPost is one leak-site post in the shapes of ransomwatch's posts.json
// (post_title, group_name, discovered) and ransomware.live's API (victim or
// post_title, group or group_name, discovered, attackdate or published,
// country, activity = sector, description, website or domain, post_url or
// url).
type leakPost struct {
	PostTitle   string `json:"post_title"`
	Victim      string `json:"victim"`
	GroupName   string `json:"group_name"`
	Group       string `json:"group"`
	Discovered  string `json:"discovered"`
	Published   string `json:"published"`
	AttackDate  string `json:"attackdate"`
	Country     string `json:"country"`
	Activity    string `json:"activity"`
	Sector      string `json:"sector"`
	Description string `json:"description"`
	Website     string `json:"website"`
	Domain      string `json:"domain"`
	PostURL     string `json:"post_url"`
	URL         string `json:"url"`
}

func (l leakPost) victim() string { return strings.TrimSpace(firstNonEmpty(l.Victim, l.PostTitle)) }
func (l leakPost) group() string  { return strings.TrimSpace(firstNonEmpty(l.GroupName, l.Group)) }

// parseJSON parses leak-tracker JSON: a top-level array of posts, or an
// object holding one under a usual key (data, victims, posts, items).
func (p parser) parseJSON(data []byte) ([]cit.Candidate, error) {
	raw, err := jsonArray(data)
	if err != nil {
		return nil, err
	}
	out := make([]cit.Candidate, 0, len(raw))
	for i, r := range raw {
		var post leakPost
		if err := json.Unmarshal(r, &post); err != nil {
			return nil, fmt.Errorf("parse json item %d: %w", i, err)
		}
		victim, group := post.victim(), post.group()
		if victim == "" || group == "" {
			if i == 0 {
				return nil, fmt.Errorf("parse json: first item has no victim and group (post_title/victim, group_name/group): %w", ErrUnsupported)
			}
			continue
		}
		c := p.newCandidate()
		discovered := parseDate(post.Discovered, "")
		published := firstNonEmpty(parseDate(post.Published, ""), discovered)
		c.URL = firstNonEmpty(CanonicalURL(post.PostURL, p.opts.BaseURL), CanonicalURL(post.URL, p.opts.BaseURL))
		fillLeakPost(&c, victim, group, published, strings.TrimSpace(post.Description), firstNonEmpty(post.Website, post.Domain))
		if country := strings.ToUpper(strings.TrimSpace(post.Country)); len(country) == 2 {
			c.Fields[cit.FieldCountry] = country
		}
		if sector := strings.TrimSpace(firstNonEmpty(post.Activity, post.Sector)); sector != "" && !strings.EqualFold(sector, "not found") {
			c.Fields[cit.FieldSector] = sector
		}
		if d := parseDate(post.AttackDate, ""); d != "" {
			c.Fields[cit.FieldIncidentDate] = d[:10]
		}
		c.ID = ItemID(p.opts.Source, normKey(group, victim, firstNonEmpty(post.Discovered, post.Published)))
		c.Lang = firstNonEmpty(p.opts.Lang, "en")
		out = append(out, c)
	}
	return out, nil
}

// jsonArray finds the array of items in a JSON document.
func jsonArray(data []byte) ([]json.RawMessage, error) {
	data = bytes.TrimSpace(data)
	var arr []json.RawMessage
	if len(data) > 0 && data[0] == '[' {
		if err := json.Unmarshal(data, &arr); err != nil {
			return nil, fmt.Errorf("parse json: %w", err)
		}
		return arr, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return nil, fmt.Errorf("parse json: %w", err)
	}
	for _, k := range []string{"data", "victims", "posts", "items", "results"} {
		if v, ok := obj[k]; ok && json.Unmarshal(v, &arr) == nil {
			return arr, nil
		}
	}
	return nil, fmt.Errorf("parse json: no array of posts at the top or under data, victims, posts, items or results: %w", ErrUnsupported)
}

// fillLeakPost turns a leak-site post into a claimed-incident candidate. The
// text is written as a sentence so that a text classifier can read it.
// The victim is the post title read down to a name (LeakVictim); the title
// as posted stays in the text when it said more.
func fillLeakPost(c *cit.Candidate, post, group, published, description, website string) {
	victim := LeakVictim(post)
	c.Title = fmt.Sprintf("%s listed on the %s ransomware leak site", victim, group)
	text := fmt.Sprintf("The ransomware group %s listed %s as a victim on its data leak site", group, victim)
	if published != "" {
		text += " (listing reported " + published[:min(len(published), 10)] + ")"
	}
	text += "."
	if posted := strings.Trim(html.UnescapeString(post), " ."); posted != victim {
		text += " Post title: " + posted + "."
	}
	if website != "" {
		text += " Website: " + strings.TrimSpace(website) + "."
	}
	if description != "" {
		text += "\n" + htmltext.ToText(description)
	}
	c.Text = text
	c.Published = published
	if c.Fields == nil {
		c.Fields = map[string]string{}
	}
	c.Fields[cit.FieldVictim] = victim
	c.Fields[cit.FieldThreatActor] = group
	c.Fields[cit.FieldClaimStatus] = cit.ClaimClaimed
	c.Lang = "en"
}
