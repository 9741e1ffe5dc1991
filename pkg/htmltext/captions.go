package htmltext

import (
	"regexp"
	"strings"
)

// creditRe matches a photo credit that closes a line: in parentheses
// ("(photo credit: REUTERS/CARLOS OSORIO)", "(Photo: AP)",
// "(Zolnierek/iStockphoto.Getty Images)") or after a copyright sign
// ("… pour un hôpital © Gorodenkoff / Shutterstock").
var creditRe = regexp.MustCompile(`(?i)(?:\((?:photo|image|picture|foto)?\s*(?:credit|credits|courtesy|photo|image|foto)\s*:[^()\n]{1,80}\)` +
	`|\([^()\n]{0,60}(?:getty images|istock|shutterstock|reuters|afp|ap photo|alamy|unsplash|adobe stock|dpa)[^()\n]{0,40}\)` +
	`|©[^©\n]{1,60})\s*$`)

// agencyCreditRe matches a news agency's credit without parentheses that
// closes a caption: "… on a laptop in Taipei, Taiwan, 13 May, 2017.
// EPA/RITCHIE B. TONGO" (round 58). Case matters: agencies sign in capitals.
var agencyCreditRe = regexp.MustCompile(`(?:^|[.\s])(?:EPA|AFP|AP|REUTERS|Reuters|ANSA|DPA|dpa|EFE|GETTY IMAGES|Getty Images)(?: Photo)?\s*/\s*[A-Z][^/\n]{1,50}$`)

// maxCaption is the longest line, in bytes, read as a caption.
const maxCaption = 320

// DropCaptions removes the captions of a page's photos: a line that ends
// in a photo credit or an agency's, and a line that is only a credit
// together with the caption line just before it. A caption describes a stock photo
// ("Nurses check the charts of two coronavirus disease (COVID-19) patients
// inside the intensive care unit of Humber River Hospital"), not the story,
// and its hospital or its virus misled the victim and the model (round 58).
func DropCaptions(s string) string {
	// one fast scan per sign: ContainsAny decodes every rune when a sign is not ASCII
	if strings.IndexByte(s, ')') < 0 && strings.IndexByte(s, '/') < 0 && !strings.Contains(s, "©") {
		return s
	}
	lines := strings.Split(s, "\n")
	var drop []bool
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if len(t) > maxCaption {
			continue // a paragraph, or a whole text on one line, that closes on a credit
		}
		if !strings.HasSuffix(t, ")") && !strings.Contains(t, "©") && !strings.Contains(t, "/") {
			continue // no credit can close it: the expressions need not run
		}
		m := creditRe.FindStringIndex(t)
		if m == nil && !agencyCreditRe.MatchString(t) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(lines))
		}
		drop[i] = true
		if m != nil && m[0] == 0 {
			// a credit alone: the caption is the line before it
			for k := i - 1; k >= 0; k-- {
				if strings.TrimSpace(lines[k]) != "" {
					drop[k] = true
					break
				}
			}
		}
	}
	if drop == nil {
		return s
	}
	kept := lines[:0:0]
	for i, l := range lines {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	if strings.TrimSpace(strings.Join(kept, "")) == "" {
		return s // all of it read as captions: a short text is kept whole
	}
	return strings.Join(kept, "\n")
}
