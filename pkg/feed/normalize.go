package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/purell"
	"github.com/abadojack/whatlanggo"
)

// trackingParams are query parameters that only say how a reader arrived.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "yclid": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "rb_clickid": true,
	"s_cid": true, "cmpid": true, "ref_src": true, "spm": true, "_ga": true, "_gl": true, "ito": true,
	"at_medium": true, "at_campaign": true, "xtor": true, "sr_share": true,
}

func isTrackingParam(name string) bool {
	n := strings.ToLower(name)
	return trackingParams[n] || strings.HasPrefix(n, "utm_") || strings.HasPrefix(n, "pk_") ||
		strings.HasPrefix(n, "hsa_") || strings.HasPrefix(n, "mtm_")
}

// CanonicalURL resolves raw against base and normalises it: lower-case
// scheme and host, default port, dot segments and fragment removed (except
// "#/" and "#!" routes), tracking parameters (utm_*, fbclid, gclid, …)
// dropped and the remaining query sorted. It returns "" for anything that is
// not an absolute http or https URL.
func CanonicalURL(raw, base string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != "" {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	q := u.Query()
	for name := range q {
		if isTrackingParam(name) {
			q.Del(name)
		}
	}
	u.RawQuery = q.Encode() // Encode sorts by key
	flags := purell.FlagsUsuallySafeGreedy | purell.FlagRemoveDuplicateSlashes
	if !strings.HasPrefix(u.Fragment, "/") && !strings.HasPrefix(u.Fragment, "!") {
		flags |= purell.FlagRemoveFragment
	}
	out := purell.NormalizeURL(u, flags)
	n, err := url.Parse(out)
	if err != nil || n.Hostname() == "" {
		return "" // e.g. "https://::": normalisation exposed an invalid host
	}
	if n.Path == "" {
		n.Path = "/" // keep the root's slash: "https://host/", as browsers write it
		out = n.String()
	}
	return out
}

// ItemID derives a stable candidate id from the source name and an item key
// (a GUID, a canonical link, or a structured row's identifying fields). The
// same item seen in a later fetch gets the same id.
func ItemID(source, key string) string {
	sum := sha256.Sum256([]byte(source + "\x00" + key))
	return hex.EncodeToString(sum[:16])
}

// normKey lower-cases and collapses whitespace, for keys built from fields.
func normKey(parts ...string) string {
	for i, p := range parts {
		parts[i] = strings.ToLower(strings.Join(strings.Fields(p), " "))
	}
	return strings.Join(parts, "|")
}

// detectLanguages are the languages CIT collects in; detection picks among them.
var detectLanguages = map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Fra: true, whatlanggo.Deu: true, whatlanggo.Spa: true,
	whatlanggo.Ita: true, whatlanggo.Nld: true, whatlanggo.Por: true, whatlanggo.Jpn: true,
	whatlanggo.Pol: true, whatlanggo.Swe: true, whatlanggo.Dan: true, whatlanggo.Fin: true,
	whatlanggo.Cmn: true, whatlanggo.Kor: true, whatlanggo.Rus: true, whatlanggo.Ukr: true,
}

// DetectLang returns the ISO 639-1 code of the text's language, or "" when
// the text is too short or the detector is unsure.
func DetectLang(text string) string {
	if len([]rune(text)) < 20 {
		return ""
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectLanguages})
	if info.Confidence < 0.5 && info.Script != nil && info.Script != unicode.Han && info.Script != unicode.Hiragana && info.Script != unicode.Katakana {
		return ""
	}
	code := info.Lang.Iso6391()
	if info.Lang == whatlanggo.Cmn {
		code = "zh"
	}
	return code
}

// langTag reduces a language tag such as "en-US" to its primary subtag.
func langTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	return s
}

// formatTime renders a timestamp as RFC 3339 in UTC.
func formatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// dateLayouts are tried, in order, for dates written on listing pages and in
// tracker data.
var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05.999999", "2006-01-02 15:04:05",
	"2006-01-02", "01/02/2006", "1/2/2006", "02.01.2006", "2.1.2006", "2006/01/02",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "02 Jan 2006",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700",
}

// parseDate parses s with layout when given, else the common layouts. A
// date without a time comes back as YYYY-MM-DD, anything else as RFC 3339.
func parseDate(s, layout string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	layouts := dateLayouts
	if layout != "" {
		layouts = []string{layout}
	}
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if t.Year() < 1990 || t.Year() > 2200 {
			return ""
		}
		hasTime := strings.Contains(l, "15:04")
		hasZone := strings.Contains(l, "Z07") || strings.Contains(l, "-0700") || strings.Contains(l, "MST")
		midnight := t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
		if !hasTime || midnight && !hasZone {
			return t.Format("2006-01-02")
		}
		return formatTime(t)
	}
	return ""
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
