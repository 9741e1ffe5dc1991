package feed

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/htmltext"
)

// HHS OCR breach portal columns, lower-cased. Both the portal's native
// export (every field quoted, MM/DD/YYYY dates) and the reshaped copy with
// ISO dates and an added Year column use these names.
const (
	hhsName     = "name of covered entity"
	hhsState    = "state"
	hhsType     = "covered entity type"
	hhsAffected = "individuals affected"
	hhsDate     = "breach submission date"
	hhsBreach   = "type of breach"
	hhsLocation = "location of breached information"
	hhsBA       = "business associate present"
	hhsDesc     = "web description"
)

// parseCSV parses the HHS OCR breach portal export: one candidate per row.
func (p parser) parseCSV(data []byte) ([]cit.Candidate, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("parse csv header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))] = i
	}
	for _, need := range []string{hhsName, hhsDate} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("parse csv: header lacks %q (only the HHS OCR breach portal layout is known): %w", need, ErrUnsupported)
		}
	}
	get := func(rec []string, name string) string {
		i, ok := col[name]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(strings.TrimRight(rec[i], "\\"))
	}
	var out []cit.Candidate
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse csv: %w", err)
		}
		name := get(rec, hhsName)
		if name == "" {
			continue
		}
		c := p.newCandidate()
		row := hhsRow{
			name: name, state: get(rec, hhsState), entityType: get(rec, hhsType),
			affected: get(rec, hhsAffected), date: parseDate(get(rec, hhsDate), ""),
			breach: get(rec, hhsBreach), location: get(rec, hhsLocation),
			ba: get(rec, hhsBA), desc: htmltext.ToText(get(rec, hhsDesc)),
		}
		row.fill(&c)
		c.ID = ItemID(p.opts.Source, normKey(row.name, row.state, row.entityType, row.date))
		c.Lang = firstNonEmpty(p.opts.Lang, "en")
		if c.SourceCountry == "" {
			c.SourceCountry = "US"
		}
		out = append(out, c)
	}
	return out, nil
}

type hhsRow struct {
	name, state, entityType, affected, date, breach, location, ba, desc string
}

// fill writes the row's title, text, date and structured fields.
func (r hhsRow) fill(c *cit.Candidate) {
	breach := lowerWords(firstNonEmpty(r.breach, "breach"))
	records, recErr := strconv.ParseInt(strings.ReplaceAll(r.affected, ",", ""), 10, 64)
	affecting := ""
	if recErr == nil && records > 0 {
		affecting = fmt.Sprintf(" affecting %s individuals", groupThousands(records))
	}
	c.Title = fmt.Sprintf("%s reports %s %s%s", r.name, article(breach), breach, affecting)
	var b strings.Builder
	fmt.Fprintf(&b, "%s", r.name)
	if r.entityType != "" {
		fmt.Fprintf(&b, ", a %s", lowerWords(r.entityType))
		if r.state != "" {
			fmt.Fprintf(&b, " in %s", r.state)
		}
		b.WriteByte(',')
	}
	fmt.Fprintf(&b, " reported %s %s to the US HHS Office for Civil Rights", article(breach), breach)
	if r.date != "" {
		fmt.Fprintf(&b, " on %s", r.date)
	}
	b.WriteString(affecting + ".")
	if r.location != "" {
		fmt.Fprintf(&b, " Location of breached information: %s.", r.location)
	}
	if r.ba != "" {
		fmt.Fprintf(&b, " Business associate present: %s.", r.ba)
	}
	if r.desc != "" {
		b.WriteString("\n" + r.desc)
	}
	c.Text = b.String()
	c.Published = r.date
	c.Fields = map[string]string{
		cit.FieldVictim:      r.name,
		cit.FieldCountry:     "US",
		cit.FieldClaimStatus: cit.ClaimConfirmed,
	}
	set := func(k, v string) {
		if v != "" {
			c.Fields[k] = v
		}
	}
	if recErr == nil && records >= 0 {
		set(cit.FieldRecords, strconv.FormatInt(records, 10))
	}
	set(cit.FieldRegion, r.state)
	set(cit.FieldBreachType, r.breach)
	set(cit.FieldEntityType, r.entityType)
	set(cit.FieldLocation, r.location)
	set(cit.FieldBusinessAssoc, r.ba)
}

// lowerWords lower-cases words except acronyms ("Hacking/IT Incident" →
// "hacking/IT incident").
func lowerWords(s string) string {
	var b strings.Builder
	word := func(w string) {
		if len(w) > 1 && strings.ToUpper(w) == w {
			b.WriteString(w)
			return
		}
		b.WriteString(strings.ToLower(w))
	}
	start := 0
	for i, r := range s {
		if !unicode.IsLetter(r) {
			word(s[start:i])
			b.WriteRune(r)
			start = i + len(string(r))
		}
	}
	word(s[start:])
	return b.String()
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiouAEIOU", rune(s[0])) {
		return "an"
	}
	return "a"
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
