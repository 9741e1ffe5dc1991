package store

// The triage app's reads and writes: users, the review queue, one candidate
// or incident in full, duplicate suggestions and the audit log.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cit-health/cit/pkg/cit"
)

// ErrNotFound says that the user, candidate or incident asked for does not exist.
var ErrNotFound = errors.New("store: not found")

// User is one analyst account. PasswordHash is an opaque PHC string.
type User struct {
	Username     string
	PasswordHash string
	Role         string
	Disabled     bool
	CreatedAt    time.Time
	UpdatedAt    time.Time
	Version      uint64
}

// PutUser stores a new state of a user. Its Version must exceed the stored
// one for it to win; NextUserVersion gives one that does.
func (s *Store) PutUser(ctx context.Context, u User) error {
	b, err := s.conn.PrepareBatch(ctx, "INSERT INTO "+s.t("users")+
		" (username, password_hash, role, disabled, created_at, updated_at, version)")
	if err != nil {
		return fmt.Errorf("prepare users batch: %w", err)
	}
	var disabled uint8
	if u.Disabled {
		disabled = 1
	}
	if err := b.Append(u.Username, u.PasswordHash, u.Role, disabled, clampTime(u.CreatedAt), clampTime(u.UpdatedAt), u.Version); err != nil {
		return fmt.Errorf("append user %q: %w", u.Username, err)
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert user %q: %w", u.Username, err)
	}
	return nil
}

// NextUserVersion returns a version above every stored one of the user and
// not below now's nanosecond clock, so concurrent writers rarely collide.
func NextUserVersion(prev uint64, now time.Time) uint64 {
	return max(prev+1, uint64(now.UnixNano()))
}

const userColumns = "username, password_hash, role, disabled, created_at, updated_at, version"

func scanUsers(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
}) ([]User, error) {
	var out []User
	for rows.Next() {
		var u User
		var disabled uint8
		if err := rows.Scan(&u.Username, &u.PasswordHash, &u.Role, &disabled, &u.CreatedAt, &u.UpdatedAt, &u.Version); err != nil {
			return nil, err
		}
		u.Disabled = disabled != 0
		out = append(out, u)
	}
	return out, rows.Err()
}

// User returns the latest state of a user, or ErrNotFound.
func (s *Store) User(ctx context.Context, username string) (User, error) {
	rows, err := s.conn.Query(ctx, "SELECT "+userColumns+" FROM "+s.t("users")+
		" WHERE username = ? ORDER BY version DESC LIMIT 1", username)
	if err != nil {
		return User{}, fmt.Errorf("read user %q: %w", username, err)
	}
	defer rows.Close()
	us, err := scanUsers(rows)
	if err != nil {
		return User{}, fmt.Errorf("read user %q: %w", username, err)
	}
	if len(us) == 0 {
		return User{}, fmt.Errorf("user %q: %w", username, ErrNotFound)
	}
	return us[0], nil
}

// Users returns the latest state of every user, by name.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	rows, err := s.conn.Query(ctx, "SELECT "+userColumns+" FROM "+s.t("users")+
		" ORDER BY username, version DESC LIMIT 1 BY username")
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	us, err := scanUsers(rows)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// QueueFilter selects candidates for review. Zero fields do not filter.
type QueueFilter struct {
	Verdict    string // default "review"
	Source     string
	Lang       string
	Country    string
	AttackType string
	MinScore   float64 // inclusive; 0 does not filter
	MaxScore   float64 // inclusive; 0 does not filter
	From, To   time.Time
	Sort       string // one of QueueSorts; default "published"
	Asc        bool   // default newest / highest first
	Limit      int    // default 50, at most 500
	Offset     int
}

// QueueSorts lists the columns the review queue can be sorted by.
func QueueSorts() []string {
	return []string{"published", "score", "source", "lang", "country", "attack_type"}
}

// Validate reports the first invalid value, naming its parameter.
func (f QueueFilter) Validate() error {
	if f.Verdict != "" && !contains([]string{cit.VerdictAccept, cit.VerdictReview, cit.VerdictReject}, f.Verdict) {
		return &InvalidFilterError{Param: "verdict", Value: f.Verdict, Why: "accept, review or reject"}
	}
	if f.Country != "" && !countryCode.MatchString(f.Country) {
		return &InvalidFilterError{Param: "country", Value: f.Country, Why: "an ISO 3166-1 alpha-2 code such as FR"}
	}
	if f.AttackType != "" && !contains(cit.AttackTypes(), f.AttackType) {
		return &InvalidFilterError{Param: "attack_type", Value: f.AttackType, Why: "one of " + strings.Join(cit.AttackTypes(), ", ")}
	}
	if f.Sort != "" && !contains(QueueSorts(), f.Sort) {
		return &InvalidFilterError{Param: "sort", Value: f.Sort, Why: "one of " + strings.Join(QueueSorts(), ", ")}
	}
	if f.MinScore < 0 || f.MinScore > 1 {
		return &InvalidFilterError{Param: "min_score", Value: fmt.Sprint(f.MinScore), Why: "a number from 0 to 1"}
	}
	if f.MaxScore < 0 || f.MaxScore > 1 {
		return &InvalidFilterError{Param: "max_score", Value: fmt.Sprint(f.MaxScore), Why: "a number from 0 to 1"}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return &InvalidFilterError{Param: "to", Value: f.To.Format("2006-01-02"), Why: "a date not before from"}
	}
	if f.Limit < 0 || f.Offset < 0 {
		return &InvalidFilterError{Param: "page", Value: fmt.Sprint(f.Offset), Why: "a positive page number"}
	}
	return nil
}

func (f QueueFilter) where() (string, []any) {
	verdict := f.Verdict
	if verdict == "" {
		verdict = cit.VerdictReview
	}
	conds := []string{"verdict = ?"}
	args := []any{verdict}
	add := func(cond string, v any) {
		conds = append(conds, cond)
		args = append(args, v)
	}
	if f.Source != "" {
		add("source = ?", f.Source)
	}
	if f.Lang != "" {
		add("lang = ?", f.Lang)
	}
	if f.Country != "" {
		add("country = ?", f.Country)
	}
	if f.AttackType != "" {
		add("attack_type = ?", f.AttackType)
	}
	if f.MinScore > 0 {
		add("score >= ?", f.MinScore)
	}
	if f.MaxScore > 0 {
		add("score <= ?", f.MaxScore)
	}
	if !f.From.IsZero() {
		add("toDate(published) >= toDate(?)", f.From.Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		add("toDate(published) <= toDate(?)", f.To.Format("2006-01-02"))
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// QueueItem is one row of the review queue.
type QueueItem struct {
	ID         string
	Source     string
	URL        string
	Title      string
	Lang       string
	Published  time.Time
	Score      float64
	Verdict    string
	AttackType string
	Sector     string
	Country    string
	Victim     string
	Version    uint64
}

// limitClause pages with the "LIMIT offset, n" form, which 18.16 accepts
// after LIMIT BY where it rejects OFFSET.
func limitClause(offset, n int) string {
	return fmt.Sprintf(" LIMIT %d, %d", max(offset, 0), n)
}

// latestCandidates is the newest row of every candidate, without its text.
func (s *Store) latestCandidates() string {
	return `SELECT id, source, url, title, lang, published, score, verdict, attack_type, sector, country, victim, version
	FROM ` + s.t("candidates") + ` ORDER BY id, version DESC LIMIT 1 BY id`
}

// Queue returns one page of candidates whose latest row matches the filter
// (by default: verdict review), and how many match in all.
func (s *Store) Queue(ctx context.Context, f QueueFilter) ([]QueueItem, uint64, error) {
	if err := f.Validate(); err != nil {
		return nil, 0, err
	}
	where, args := f.where()
	var total uint64
	if err := s.conn.QueryRow(ctx, "SELECT count() FROM ("+s.latestCandidates()+")"+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count review queue: %w", err)
	}
	sortCol := f.Sort
	if sortCol == "" {
		sortCol = "published"
	}
	dir := " DESC"
	if f.Asc {
		dir = " ASC"
	}
	limit := f.Limit
	if limit == 0 {
		limit = 50
	}
	limit = min(limit, 500)
	q := "SELECT * FROM (" + s.latestCandidates() + ")" + where +
		" ORDER BY " + sortCol + dir + ", id ASC" + limitClause(f.Offset, limit)
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("read review queue: %w", err)
	}
	defer rows.Close()
	var out []QueueItem
	for rows.Next() {
		var it QueueItem
		if err := rows.Scan(&it.ID, &it.Source, &it.URL, &it.Title, &it.Lang, &it.Published, &it.Score, &it.Verdict,
			&it.AttackType, &it.Sector, &it.Country, &it.Victim, &it.Version); err != nil {
			return nil, 0, fmt.Errorf("read review queue: %w", err)
		}
		out = append(out, it)
	}
	return out, total, rows.Err()
}

// QueueFacets lists the sources and languages present among the latest
// rows of the given verdict, for the queue's filter menus.
func (s *Store) QueueFacets(ctx context.Context, verdict string) (sources, langs []string, err error) {
	rows, err := s.conn.Query(ctx, "SELECT groupUniqArray(source), groupUniqArray(lang) FROM ("+s.latestCandidates()+") WHERE verdict = ?", verdict)
	if err != nil {
		return nil, nil, fmt.Errorf("read queue facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(&sources, &langs); err != nil {
			return nil, nil, fmt.Errorf("read queue facets: %w", err)
		}
	}
	return sortedNonEmpty(sources), sortedNonEmpty(langs), rows.Err()
}

func sortedNonEmpty(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

const candidateColumns = `id, source, source_kind, url, title, text, lang, published, fetched_at, fields,
	is_health_cyberattack, score, verdict, attack_type, sector, country, victim, threat_actor, records_affected,
	incident_date, disclosure_date, care_disruption, reasons, model_version, version`

// Candidates returns the latest row of each candidate named, keyed by id,
// with the row's version. Missing ids are absent from the map.
func (s *Store) Candidates(ctx context.Context, ids []string) (map[string]cit.Classified, map[string]uint64, error) {
	out := map[string]cit.Classified{}
	versions := map[string]uint64{}
	if len(ids) == 0 {
		return out, versions, nil
	}
	rows, err := s.conn.Query(ctx, "SELECT "+candidateColumns+" FROM "+s.t("candidates")+
		" WHERE has(?, id) ORDER BY id, version DESC LIMIT 1 BY id", ids)
	if err != nil {
		return nil, nil, fmt.Errorf("read candidates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c cit.Classified
		var cl cit.Classification
		var published, fetched time.Time
		var fields, reasons, country string
		var healthy uint8
		var version uint64
		if err := rows.Scan(&c.ID, &c.Source, &c.SourceKind, &c.URL, &c.Title, &c.Text, &c.Lang, &published, &fetched,
			&fields, &healthy, &cl.Score, &cl.Verdict, &cl.AttackType, &cl.Sector, &country, &cl.Victim, &cl.ThreatActor,
			&cl.RecordsAffected, &cl.IncidentDate, &cl.DisclosureDate, &cl.CareDisruption, &reasons, &cl.ModelVersion,
			&version); err != nil {
			return nil, nil, fmt.Errorf("read candidates: %w", err)
		}
		c.Published = timeString(published)
		c.FetchedAt = timeString(fetched)
		_ = json.Unmarshal([]byte(fields), &c.Fields)
		_ = json.Unmarshal([]byte(reasons), &cl.Reasons)
		cl.IsHealthCyberattack = healthy != 0
		if country != "" {
			cl.Country = &country
		}
		if len(cl.CareDisruption) == 0 {
			cl.CareDisruption = nil
		}
		c.Classification = &cl
		out[c.ID] = c
		versions[c.ID] = version
	}
	return out, versions, rows.Err()
}

// Candidate returns the latest row of one candidate and its version, or ErrNotFound.
func (s *Store) Candidate(ctx context.Context, id string) (cit.Classified, uint64, error) {
	m, v, err := s.Candidates(ctx, []string{id})
	if err != nil {
		return cit.Classified{}, 0, err
	}
	c, ok := m[id]
	if !ok {
		return cit.Classified{}, 0, fmt.Errorf("candidate %q: %w", id, ErrNotFound)
	}
	return c, v[id], nil
}

// IncidentItem is one incident in a list: its latest state, without sources.
type IncidentItem struct {
	ID          string
	Version     uint64
	Status      string
	Title       string
	Victim      string
	VictimKey   string
	Country     string
	Sector      string
	AttackType  string
	EventDate   time.Time
	SourceCount uint32
	Confidence  float64
	Score       float64 // similarity to the asked-for report (SimilarIncidents only)
}

// latestIncidents is the latest state of every incident; columns carry an
// s_ prefix inside so that no alias names the column it aggregates.
func (s *Store) latestIncidents() string {
	return `SELECT incident_id, s_version AS version, s_status AS status, s_title AS title, s_victim AS victim,
		s_victim_key AS victim_key, s_organizations AS organizations, s_country AS country, s_sector AS sector,
		s_attack_type AS attack_type, s_source_count AS source_count, s_confidence AS confidence,
		if(s_incident_date > toDate('1970-01-01'), s_incident_date,
			if(s_disclosure_date > toDate('1970-01-01'), s_disclosure_date, toDate(s_first_seen))) AS event_date
	FROM (SELECT incident_id,
		max(version) AS s_version,
		argMax(status, version) AS s_status,
		argMax(title, version) AS s_title,
		argMax(victim, version) AS s_victim,
		argMax(victim_key, version) AS s_victim_key,
		argMax(organizations, version) AS s_organizations,
		argMax(country, version) AS s_country,
		argMax(sector, version) AS s_sector,
		argMax(attack_type, version) AS s_attack_type,
		argMax(source_count, version) AS s_source_count,
		argMax(confidence, version) AS s_confidence,
		argMax(incident_date, version) AS s_incident_date,
		argMax(disclosure_date, version) AS s_disclosure_date,
		argMax(first_seen, version) AS s_first_seen
	FROM ` + s.t("incidents") + ` GROUP BY incident_id)`
}

const incidentItemColumns = "incident_id, version, status, title, victim, victim_key, country, sector, attack_type, event_date, source_count, confidence"

func scanIncidentItems(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
}, withScore bool) ([]IncidentItem, error) {
	var out []IncidentItem
	for rows.Next() {
		var it IncidentItem
		dest := []any{&it.ID, &it.Version, &it.Status, &it.Title, &it.Victim, &it.VictimKey, &it.Country, &it.Sector,
			&it.AttackType, &it.EventDate, &it.SourceCount, &it.Confidence}
		if withScore {
			dest = append(dest, &it.Score)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// UncertainIncidents returns active incidents whose linking confidence is
// below maxConfidence, least confident first, and how many there are.
func (s *Store) UncertainIncidents(ctx context.Context, maxConfidence float64, limit, offset int) ([]IncidentItem, uint64, error) {
	if limit <= 0 {
		limit = 50
	}
	where := " WHERE status = 'active' AND confidence < ?"
	var total uint64
	if err := s.conn.QueryRow(ctx, "SELECT count() FROM ("+s.latestIncidents()+")"+where, maxConfidence).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count uncertain incidents: %w", err)
	}
	rows, err := s.conn.Query(ctx, "SELECT "+incidentItemColumns+" FROM ("+s.latestIncidents()+")"+where+
		" ORDER BY confidence ASC, incident_id ASC"+limitClause(offset, min(limit, 500)), maxConfidence)
	if err != nil {
		return nil, 0, fmt.Errorf("read uncertain incidents: %w", err)
	}
	defer rows.Close()
	out, err := scanIncidentItems(rows, false)
	if err != nil {
		return nil, 0, fmt.Errorf("read uncertain incidents: %w", err)
	}
	return out, total, nil
}

// SimilarQuery describes a report to find likely duplicates of.
type SimilarQuery struct {
	VictimKey string    // normalised victim name (dedup.VictimKey)
	Country   string    // ISO 3166-1 alpha-2 or ""
	Date      time.Time // the report's date; zero when unknown
	ExcludeID string    // an incident to leave out (the one being viewed)
	Limit     int       // default 5
}

// SimilarIncidents returns active incidents that share the victim key (or
// one of its words), the country, or a date within 30 days, best first. An
// incident needs the victim, or both country and date, to be suggested.
// Score: 4 for the same victim key, 2 for a shared significant word, 1 for
// the country, 1 for the date.
func (s *Store) SimilarIncidents(ctx context.Context, q SimilarQuery) ([]IncidentItem, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 5
	}
	word := longestWord(q.VictimKey)
	dateKnown := 0
	dateStr := "1970-01-01"
	if !q.Date.IsZero() {
		dateKnown = 1
		dateStr = q.Date.UTC().Format("2006-01-02")
	}
	sql := `SELECT ` + incidentItemColumns + `, toFloat64(sim) AS similarity FROM (
		SELECT *,
			if(? != '' AND (victim_key = ? OR has(organizations, ?)), 4, if(? != '' AND position(victim_key, ?) > 0, 2, 0))
			+ if(? != '' AND country = ?, 1, 0)
			+ if(? = 1 AND abs(toInt64(toRelativeDayNum(event_date)) - toInt64(toRelativeDayNum(toDate(?)))) <= 30, 1, 0) AS sim
		FROM (` + s.latestIncidents() + `)
		WHERE status = 'active' AND incident_id != ?)
	WHERE sim >= 2
	ORDER BY sim DESC, event_date DESC, incident_id ASC
	LIMIT ` + fmt.Sprint(min(limit, 50))
	rows, err := s.conn.Query(ctx, sql, q.VictimKey, q.VictimKey, q.VictimKey, word, word, q.Country, q.Country,
		dateKnown, dateStr, q.ExcludeID)
	if err != nil {
		return nil, fmt.Errorf("find similar incidents: %w", err)
	}
	defer rows.Close()
	out, err := scanIncidentItems(rows, true)
	if err != nil {
		return nil, fmt.Errorf("find similar incidents: %w", err)
	}
	return out, nil
}

// longestWord picks the most telling word of a victim key (4 letters or
// more), "" when there is none.
func longestWord(key string) string {
	best := ""
	for _, w := range strings.Fields(key) {
		if len(w) > len(best) {
			best = w
		}
	}
	if len(best) < 4 {
		return ""
	}
	return best
}

// Incident returns the latest state of one incident with the sources of
// that version, or ErrNotFound.
func (s *Store) Incident(ctx context.Context, id string) (cit.Incident, error) {
	rows, err := s.conn.Query(ctx, `SELECT incident_id, version, status, merged_into, title, victim, victim_key,
		organizations, country, sector, attack_type, threat_actor, records_affected, incident_date, disclosure_date,
		first_seen, created_at, updated_at, claim_status, care_disruption, provenance, confidence, reasons
	FROM `+s.t("incidents")+` WHERE incident_id = ? ORDER BY version DESC LIMIT 1`, id)
	if err != nil {
		return cit.Incident{}, fmt.Errorf("read incident %q: %w", id, err)
	}
	defer rows.Close()
	var in cit.Incident
	found := false
	for rows.Next() {
		var incDate, discDate, first, created, updated time.Time
		var prov, reasons string
		if err := rows.Scan(&in.ID, &in.Version, &in.Status, &in.MergedInto, &in.Title, &in.Victim, &in.VictimKey,
			&in.Organizations, &in.Country, &in.Sector, &in.AttackType, &in.ThreatActor, &in.RecordsAffected,
			&incDate, &discDate, &first, &created, &updated, &in.ClaimStatus, &in.CareDisruption, &prov,
			&in.Confidence, &reasons); err != nil {
			return cit.Incident{}, fmt.Errorf("read incident %q: %w", id, err)
		}
		in.IncidentDate = dateString(incDate)
		in.DisclosureDate = dateString(discDate)
		in.FirstSeen = timeString(first)
		in.CreatedAt = timeString(created)
		in.UpdatedAt = timeString(updated)
		_ = json.Unmarshal([]byte(prov), &in.Provenance)
		_ = json.Unmarshal([]byte(reasons), &in.Reasons)
		found = true
	}
	if err := rows.Err(); err != nil {
		return cit.Incident{}, fmt.Errorf("read incident %q: %w", id, err)
	}
	if !found {
		return cit.Incident{}, fmt.Errorf("incident %q: %w", id, ErrNotFound)
	}
	srows, err := s.conn.Query(ctx, `SELECT candidate_id, source, url, title, published, lang, victim
	FROM `+s.t("incident_sources")+` WHERE incident_id = ? AND incident_version = ?
	ORDER BY published, candidate_id LIMIT 1 BY candidate_id`, id, in.Version)
	if err != nil {
		return cit.Incident{}, fmt.Errorf("read sources of incident %q: %w", id, err)
	}
	defer srows.Close()
	for srows.Next() {
		var r cit.SourceRef
		var pub time.Time
		if err := srows.Scan(&r.CandidateID, &r.Source, &r.URL, &r.Title, &pub, &r.Lang, &r.Victim); err != nil {
			return cit.Incident{}, fmt.Errorf("read sources of incident %q: %w", id, err)
		}
		r.Published = timeString(pub)
		in.Sources = append(in.Sources, r)
	}
	return in, srows.Err()
}

// IncidentOfCandidate returns the id of the active incident whose latest
// version links the candidate, or "" when none does.
func (s *Store) IncidentOfCandidate(ctx context.Context, candidateID string) (string, error) {
	rows, err := s.conn.Query(ctx, `SELECT incident_id FROM `+s.t("incident_sources")+`
	WHERE candidate_id = ? AND (incident_id, incident_version) IN
		(SELECT incident_id, max(version) FROM `+s.t("incidents")+` GROUP BY incident_id)
	ORDER BY incident_id LIMIT 1`, candidateID)
	if err != nil {
		return "", fmt.Errorf("find incident of candidate %q: %w", candidateID, err)
	}
	defer rows.Close()
	var id string
	for rows.Next() {
		if err := rows.Scan(&id); err != nil {
			return "", fmt.Errorf("find incident of candidate %q: %w", candidateID, err)
		}
	}
	return id, rows.Err()
}

// LogFilter selects entries of the triage log. Zero fields do not filter;
// IncidentID matches the decided incident and the merge target.
type LogFilter struct {
	CandidateID string
	IncidentID  string
	Actor       string
	Actions     []string
	Limit       int // default 100, at most 10000
	Offset      int
}

const triageColumns = "id, at, actor, action, candidate_id, incident_id, target_id, fields, reason, before, after"

// TriageLog returns decisions, newest first.
func (s *Store) TriageLog(ctx context.Context, f LogFilter) ([]cit.TriageDecision, error) {
	conds := []string{"1"}
	var args []any
	if f.CandidateID != "" {
		conds = append(conds, "candidate_id = ?")
		args = append(args, f.CandidateID)
	}
	if f.IncidentID != "" {
		conds = append(conds, "(incident_id = ? OR target_id = ?)")
		args = append(args, f.IncidentID, f.IncidentID)
	}
	if f.Actor != "" {
		conds = append(conds, "actor = ?")
		args = append(args, f.Actor)
	}
	if len(f.Actions) > 0 {
		conds = append(conds, "has(?, action)")
		args = append(args, f.Actions)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	q := "SELECT " + triageColumns + " FROM " + s.t("triage_log") + " WHERE " + strings.Join(conds, " AND ") +
		" ORDER BY at DESC, id DESC LIMIT 1 BY id" + limitClause(f.Offset, min(limit, 10000))
	rows, err := s.conn.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read triage log: %w", err)
	}
	defer rows.Close()
	return scanDecisions(rows)
}

func scanDecisions(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
}) ([]cit.TriageDecision, error) {
	var out []cit.TriageDecision
	for rows.Next() {
		var d cit.TriageDecision
		var at time.Time
		var fields string
		if err := rows.Scan(&d.ID, &at, &d.Actor, &d.Action, &d.CandidateID, &d.IncidentID, &d.TargetID, &fields,
			&d.Reason, &d.Before, &d.After); err != nil {
			return nil, fmt.Errorf("read triage log: %w", err)
		}
		d.At = at.UTC().Format(time.RFC3339)
		_ = json.Unmarshal([]byte(fields), &d.Fields)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read triage log: %w", err)
	}
	return out, nil
}

// LabelDecisions returns, for every candidate an analyst confirmed or
// rejected, the latest such decision, ordered by candidate id.
func (s *Store) LabelDecisions(ctx context.Context) ([]cit.TriageDecision, error) {
	rows, err := s.conn.Query(ctx, "SELECT "+triageColumns+" FROM "+s.t("triage_log")+
		" WHERE candidate_id != '' AND action IN ('confirm', 'reject')"+
		" ORDER BY candidate_id, at DESC, id DESC LIMIT 1 BY candidate_id")
	if err != nil {
		return nil, fmt.Errorf("read label decisions: %w", err)
	}
	defer rows.Close()
	return scanDecisions(rows)
}
