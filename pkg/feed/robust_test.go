package feed

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const rssDoc = `<?xml version="1.0" encoding="%s"?>
<rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
<item><title>%s</title><link>/news/1?utm_source=x&amp;id=7</link><guid isPermaLink="false">item-1</guid>
<pubDate>Tue, 02 Jan 2024 10:00:00 +0100</pubDate><description>&lt;p&gt;Le système &lt;b&gt;informatique&lt;/b&gt; de l'hôpital a été paralysé par une cyberattaque.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
</channel></rss>`

func rss(enc, title string) string {
	return strings.Replace(strings.Replace(rssDoc, "%s", enc, 1), "%s", title, 1)
}

func TestParseCharsets(t *testing.T) {
	t.Parallel()
	const title = "Hôpital de Genève – « cyberattaque »"
	latin1Title := "Hôpital de Genève - « cyberattaque »" // ISO-8859-1 has no en dash
	latin1, err := charmap.ISO8859_1.NewEncoder().String(rss("ISO-8859-1", latin1Title))
	if err != nil {
		t.Fatal(err)
	}
	cp1252, err := charmap.Windows1252.NewEncoder().String(rss("windows-1252", title))
	if err != nil {
		t.Fatal(err)
	}
	undeclared1252 := strings.Replace(cp1252, ` encoding="windows-1252"`, "", 1)
	utf16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(rss("UTF-16", title))
	if err != nil {
		t.Fatal(err)
	}
	utf16beNoBOM, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(rss("UTF-16", title))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, doc, contentType, want string
	}{
		{"utf-8", rss("utf-8", title), "", title},
		{"utf-8 with BOM", "\uFEFF" + rss("utf-8", title), "", title},
		{"iso-8859-1 declared", latin1, "", latin1Title},
		{"windows-1252 declared", cp1252, "", title},
		{"windows-1252 undeclared", undeclared1252, "", title},
		{"windows-1252 from header only", undeclared1252, "application/rss+xml; charset=windows-1252", title},
		{"utf-8 mislabelled iso-8859-1", rss("ISO-8859-1", title), "", title},
		{"utf-16le with BOM", utf16le, "", title},
		{"utf-16be without BOM", utf16beNoBOM, "", title},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse([]byte(tt.doc), Options{Source: "s", ContentType: tt.contentType})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(got) != 1 {
				t.Fatalf("got %d candidates, want 1", len(got))
			}
			if got[0].Title != tt.want {
				t.Errorf("title = %q, want %q", got[0].Title, tt.want)
			}
			if !strings.Contains(got[0].Text, "Le système informatique de l'hôpital") || strings.Contains(got[0].Text, "alert") {
				t.Errorf("text not reduced to clean UTF-8 text: %q", got[0].Text)
			}
		})
	}
}

func TestParseNormalisesItem(t *testing.T) {
	t.Parallel()
	got, err := Parse([]byte(rss("utf-8", "Hôpital paralysé par une cyberattaque")), Options{Source: "s"})
	if err != nil || len(got) != 1 {
		t.Fatalf("Parse: %v, %d items", err, len(got))
	}
	c := got[0]
	if c.URL != "https://example.org/news/1?id=7" {
		t.Errorf("url = %q, want the link resolved against the channel link with utm_source dropped", c.URL)
	}
	if c.Published != "2024-01-02T09:00:00Z" {
		t.Errorf("published = %q, want RFC 3339 UTC", c.Published)
	}
	if c.Lang != "fr" {
		t.Errorf("lang = %q, want fr detected from the French text", c.Lang)
	}
	if c.ID != ItemID("s", "item-1") {
		t.Errorf("id = %q, want ItemID(source, guid)", c.ID)
	}
	if c.SourceKind != cit.KindRSS {
		t.Errorf("source_kind = %q, want rss", c.SourceKind)
	}
}

func TestParseBadInput(t *testing.T) {
	t.Parallel()
	bomb := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>` +
		`<rss version="2.0"><channel><title>x</title><item><title>&lol4;&lol4;&lol4;</title><link>https://e.org/a</link></item></channel></rss>`
	full := rss("utf-8", "Title")
	tests := []struct {
		name    string
		doc     []byte
		kind    string
		wantErr error // nil: any outcome but a panic or an oversized item
	}{
		{"empty", nil, "", ErrEmpty},
		{"whitespace", []byte(" \n\t "), cit.KindRSS, ErrEmpty},
		{"binary junk", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "", ErrBinary},
		{"gzip served raw", []byte{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x01, 0x02}, cit.KindRSS, ErrBinary},
		{"html served as feed", []byte("<!DOCTYPE html><html><body><p>Not found</p></body></html>"), cit.KindRSS, ErrNotAFeed},
		{"plain text", []byte("hello world"), "", ErrUnknownKind},
		{"unknown kind", []byte(full), "pdf", ErrUnknownKind},
		{"csv not hhs", []byte("a,b,c\n1,2,3\n"), "", ErrUnsupported},
		{"json not a tracker", []byte(`{"hello":"world"}`), "", ErrUnsupported},
		{"html without selectors or articles", []byte("<html><body><p>x</p></body></html>"), "", ErrNoSelectors},
		{"truncated xml", []byte(full[:len(full)/2]), "", nil},
		{"entity bomb", []byte(bomb), "", nil},
		{"malformed json", []byte(`[{"post_title": "a", "group_name":`), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse(tt.doc, Options{Source: "s", Kind: tt.kind})
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
			}
			for _, c := range got {
				if len(c.Title)+len(c.Text) > 1<<20 {
					t.Errorf("item of %d bytes: entities expanded without bound", len(c.Title)+len(c.Text))
				}
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	t.Parallel()
	doc := bytes.Repeat([]byte(" "), MaxDocumentSize+1)
	if _, err := Parse(doc, Options{}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Parse(%d bytes) error = %v, want ErrTooLarge", len(doc), err)
	}
}

func TestDetectKind(t *testing.T) {
	t.Parallel()
	tests := []struct{ doc, want string }{
		{`<?xml version="1.0"?><!-- c --><rss version="2.0"></rss>`, "rss"},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, "rss"},
		{`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, "atom"},
		{`{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`, "jsonfeed"},
		{`[{"post_title":"a","group_name":"b"}]`, "json"},
		{"<!DOCTYPE html>\n<html lang=\"de\"><body></body></html>", "html"},
		{"<div class=x>y</div>", "html"},
		{"\"Name of Covered Entity\",\"State\",\"Covered Entity Type\"\n\"A\",\"TX\",\"Health Plan\"\n", "csv"},
		{"just some words", ""},
		{"<unknown-root/>", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DetectKind([]byte(tt.doc)); got != tt.want {
			t.Errorf("DetectKind(%.40q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	t.Parallel()
	tests := []struct{ raw, base, want string }{
		{"HTTPS://Example.ORG:443/a/./b/../c/?utm_source=rss&utm_medium=feed&b=2&a=1#comments", "", "https://example.org/a/c?a=1&b=2"},
		{"https://e.org/x?fbclid=abc&gclid=d&mc_cid=1&id=5", "", "https://e.org/x?id=5"},
		{"/news/1", "https://e.org/feed/", "https://e.org/news/1"},
		{"https://ransomwatch.telemetry.ltd/#/recentposts", "", "https://ransomwatch.telemetry.ltd/#/recentposts"},
		{"javascript:alert(1)", "", ""},
		{"ftp://e.org/file", "", ""},
		{"mailto:a@b.c", "", ""},
		{"", "https://e.org", ""},
		{"http://e.org/a b", "", "http://e.org/a%20b"},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.raw, tt.base); got != tt.want {
			t.Errorf("CanonicalURL(%q, %q) = %q, want %q", tt.raw, tt.base, got, tt.want)
		}
	}
}

// TestIDStable checks that the same item fetched again gets the same id, even
// when its link gains tracking parameters, and that sources do not collide.
func TestIDStable(t *testing.T) {
	t.Parallel()
	doc := func(link string) []byte {
		return []byte(`<rss version="2.0"><channel><item><title>A</title><link>` + link + `</link></item></channel></rss>`)
	}
	a, err := Parse(doc("https://e.org/story"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(doc("https://E.org/story?utm_campaign=weekly&amp;fbclid=z"), Options{Source: "s"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(doc("https://e.org/story"), Options{Source: "other"})
	if err != nil {
		t.Fatal(err)
	}
	if a[0].ID != b[0].ID {
		t.Errorf("ids differ for the same story with tracking parameters: %s vs %s", a[0].ID, b[0].ID)
	}
	if a[0].ID == c[0].ID {
		t.Errorf("two sources share id %s", a[0].ID)
	}
}

func TestParseHHSNativeExport(t *testing.T) {
	t.Parallel()
	doc := `"Name of Covered Entity","State","Covered Entity Type","Individuals Affected","Breach Submission Date","Type of Breach","Location of Breached Information","Business Associate Present","Web Description"
"Brooke Army Medical Center","TX","Healthcare Provider","1000","10/21/2009","Theft","Paper/Films","No","A binder containing the protected health information (PHI) of approximately 1,000 individuals was stolen."
"Change Healthcare, Inc.","TN","Business Associate","100000000","07/19/2024","Hacking/IT Incident","Network Server","Yes",""
`
	got, err := Parse([]byte(doc), Options{Source: "hhs"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d candidates, want 2", len(got))
	}
	c := got[1]
	if c.Published != "2024-07-19" {
		t.Errorf("published = %q, want the MM/DD/YYYY date as 2024-07-19", c.Published)
	}
	if c.Title != "Change Healthcare, Inc. reports a hacking/IT incident affecting 100,000,000 individuals" {
		t.Errorf("title = %q", c.Title)
	}
	want := map[string]string{
		cit.FieldVictim: "Change Healthcare, Inc.", cit.FieldRecords: "100000000", cit.FieldRegion: "TN",
		cit.FieldBreachType: "Hacking/IT Incident", cit.FieldEntityType: "Business Associate",
		cit.FieldLocation: "Network Server", cit.FieldBusinessAssoc: "Yes", cit.FieldCountry: "US",
		cit.FieldClaimStatus: cit.ClaimConfirmed,
	}
	for k, v := range want {
		if c.Fields[k] != v {
			t.Errorf("fields[%s] = %q, want %q", k, c.Fields[k], v)
		}
	}
	if !strings.Contains(got[0].Text, "A binder containing the protected health information") {
		t.Errorf("web description missing from text: %q", got[0].Text)
	}
}

func TestParseRansomwareLive(t *testing.T) {
	t.Parallel()
	doc := `[{"victim":"Clinique Saint-Jean","group":"lockbit3","discovered":"2024-03-02 11:22:33.123456","attackdate":"2024-02-28 00:00:00",
"country":"fr","activity":"Healthcare","description":"<p>Private clinic in Lyon</p>","domain":"clinique-st-jean.fr","url":"https://www.ransomware.live/id/abc?utm_source=x"},
{"post_title":"acme.com","group_name":"akira","discovered":"2024-03-03","activity":"Not Found"}]`
	got, err := Parse([]byte(doc), Options{Source: "ransomware.live"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d, want 2", len(got))
	}
	c := got[0]
	checks := map[string][2]string{
		"victim":        {c.Fields[cit.FieldVictim], "Clinique Saint-Jean"},
		"threat_actor":  {c.Fields[cit.FieldThreatActor], "lockbit3"},
		"country":       {c.Fields[cit.FieldCountry], "FR"},
		"sector":        {c.Fields[cit.FieldSector], "Healthcare"},
		"incident_date": {c.Fields[cit.FieldIncidentDate], "2024-02-28"},
		"claim_status":  {c.Fields[cit.FieldClaimStatus], cit.ClaimClaimed},
		"url":           {c.URL, "https://www.ransomware.live/id/abc"},
		"published":     {c.Published, "2024-03-02T11:22:33Z"},
	}
	for name, gw := range checks {
		if gw[0] != gw[1] {
			t.Errorf("%s = %q, want %q", name, gw[0], gw[1])
		}
	}
	if !strings.Contains(c.Text, "Private clinic in Lyon") || strings.Contains(c.Text, "<p>") {
		t.Errorf("description not reduced to text: %q", c.Text)
	}
	if _, ok := got[1].Fields[cit.FieldSector]; ok {
		t.Errorf("sector %q kept for a placeholder activity", got[1].Fields[cit.FieldSector])
	}
}

func TestParseHTMLSelectors(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head><body>
<nav><a href="/">Start</a></nav>
<div class="news"><div class="entry"><h3><a href="/meldung/1?utm_medium=web">Cyberangriff auf Klinikum</a></h3>
<span class="d">05.03.2024</span><p class="teaser">Das Klinikum meldet einen Ausfall der IT-Systeme.</p></div>
<div class="entry"><h3><a href="https://other.example/2">Zweite Meldung</a></h3><span class="d">kein Datum</span><p class="teaser">Text</p></div></div>
</body></html>`
	sel := Selectors{Item: "div.entry", Title: "h3", Link: "h3 a", Date: "span.d", DateLayout: "02.01.2006", Summary: "p.teaser"}
	got, err := Parse([]byte(page), Options{Source: "bsi", BaseURL: "https://www.example.de/presse/", Selectors: sel})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d items, want 2", len(got))
	}
	want := cit.Candidate{Title: "Cyberangriff auf Klinikum", URL: "https://www.example.de/meldung/1", Published: "2024-03-05",
		Text: "Das Klinikum meldet einen Ausfall der IT-Systeme.", Lang: "de"}
	c := got[0]
	if c.Title != want.Title || c.URL != want.URL || c.Published != want.Published || c.Text != want.Text || c.Lang != want.Lang {
		t.Errorf("item 0 = %+v\nwant %+v", c, want)
	}
	if got[1].Published != "" {
		t.Errorf("unparseable date gave %q, want empty", got[1].Published)
	}
	if _, err := Parse([]byte(page), Options{Kind: cit.KindHTML, Selectors: Selectors{Item: "div[[["}}); err == nil {
		t.Error("invalid selector accepted")
	}
}

func TestDetectLang(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"Ransomware attack forces the hospital to divert ambulances and cancel surgeries", "en"},
		{"Une cyberattaque a paralysé le système informatique de l'hôpital pendant plusieurs jours", "fr"},
		{"Nach dem Cyberangriff auf das Klinikum sind die Systeme weiterhin nicht erreichbar", "de"},
		{"El hospital sufrió un ciberataque que obligó a suspender las consultas programadas", "es"},
		{"L'ospedale è stato colpito da un attacco informatico che ha bloccato i servizi", "it"},
		{"Het ziekenhuis is getroffen door een cyberaanval en de systemen liggen plat", "nl"},
		{"病院がランサムウェア攻撃を受け、電子カルテが使用できなくなった", "ja"},
		{"short", ""},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMainText(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Site | Story</title><meta property="og:title" content="Hospital hit by ransomware"></head><body>
<header><nav><a href="/">Home</a><p>Menu text that is not the article</p></nav></header>
<div class="content"><article><h1>Hospital hit by ransomware</h1>
<p>The regional hospital said on Monday that a ransomware attack had taken its electronic health records offline.</p>
<p>Ambulances were diverted to neighbouring facilities while staff returned to paper records.</p>
<script>var tracking = 1;</script></article></div>
<aside><p>Related: other stories you may like, with a long enough teaser to compete.</p></aside>
<footer><p>Copyright notice</p></footer></body></html>`
	title, text, err := MainText([]byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if title != "Hospital hit by ransomware" {
		t.Errorf("title = %q", title)
	}
	for _, want := range []string{"ransomware attack had taken its electronic health records offline", "Ambulances were diverted"} {
		if !strings.Contains(text, want) {
			t.Errorf("main text lacks %q: %q", want, text)
		}
	}
	for _, unwanted := range []string{"Menu text", "Related:", "Copyright", "tracking"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("main text keeps boilerplate %q: %q", unwanted, text)
		}
	}
}
