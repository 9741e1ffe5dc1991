package classify

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
	"github.com/cit-health/cit/pkg/classify/text"
)

func newTest(t testing.TB) *Classifier {
	t.Helper()
	c, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

func TestClassifyContract(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Hospital hit by ransomware", Text: "A ransomware attack encrypted the hospital's systems."})
	if got.ModelVersion != c.Version() || !strings.HasPrefix(got.ModelVersion, "cit-lr-") {
		t.Errorf("ModelVersion = %q, want the model's version %q", got.ModelVersion, c.Version())
	}
	if got.IsHealthCyberattack != (got.Verdict == cit.VerdictAccept) {
		t.Errorf("IsHealthCyberattack %v inconsistent with verdict %q", got.IsHealthCyberattack, got.Verdict)
	}
	if got.Score < 0 || got.Score > 1 {
		t.Errorf("Score = %v, want within [0,1]", got.Score)
	}
	fields := map[string]bool{}
	for _, r := range got.Reasons {
		if r.Rule == "" {
			t.Errorf("reason without a rule: %+v", r)
		}
		fields[r.Field] = true
	}
	for _, f := range []string{"is_health_cyberattack", "attack_type", "sector"} {
		if !fields[f] {
			t.Errorf("no reason for field %q in %+v", f, got.Reasons)
		}
	}
}

func TestNewRejectsBadThresholds(t *testing.T) {
	t.Parallel()
	if _, err := New(Options{AcceptThreshold: 0.3, ReviewThreshold: 0.6}); err == nil {
		t.Error("New with review > accept: want error")
	}
}

func TestThresholdsDecideVerdict(t *testing.T) {
	t.Parallel()
	cand := cit.Candidate{Title: "Ransomware attack forces hospital to divert ambulances"}
	score := newTest(t).Classify(cand).Score
	if score <= 0.02 || score >= 0.98 {
		t.Fatalf("score %v too close to the edges for this test", score)
	}
	tests := []struct {
		accept, review float64
		want           string
	}{
		{score - 0.01, score - 0.02, cit.VerdictAccept},
		{score + 0.01, score - 0.01, cit.VerdictReview},
		{score + 0.02, score + 0.01, cit.VerdictReject},
	}
	for _, tt := range tests {
		c, err := New(Options{AcceptThreshold: tt.accept, ReviewThreshold: tt.review})
		if err != nil {
			t.Fatal(err)
		}
		got := c.Classify(cand)
		if got.Verdict != tt.want || got.IsHealthCyberattack != (tt.want == cit.VerdictAccept) {
			t.Errorf("thresholds %.3f/%.3f, score %.3f: verdict %q, health cyberattack %v; want %q", tt.accept, tt.review,
				got.Score, got.Verdict, got.IsHealthCyberattack, tt.want)
		}
	}
}

// TestMultilingual: real-looking headlines in seven languages, each with a
// health cyberattack (accept) and a hard negative (not accept).
func TestMultilingual(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	tests := []struct {
		lang, text string
		accept     bool
		attack     string // "" = don't check
		country    string // "" = don't check
	}{
		{"en", "Ransomware attack on Hollywood Presbyterian Medical Center forces staff back to pen and paper", true, "ransomware", "US"},
		{"en", "Hackers accessed the email accounts of clinic employees through a phishing scam, exposing patient data", true, "", ""},
		{"en", "Flu virus outbreak fills hospitals across the country", false, "", ""},
		{"en", "Laptop with patient data stolen from doctor's car", false, "", ""},
		{"en", "Ransomware attack hits city council and school district", false, "ransomware", ""},
		{"fr", "L'hôpital de Rouen victime d'une cyberattaque par rançongiciel", true, "ransomware", "FR"},
		{"fr", "Le centre hospitalier de Dax a été la cible d'une attaque informatique ; les pirates réclament une rançon", true, "ransomware", "FR"},
		{"fr", "Grippe : l'épidémie continue de progresser dans les hôpitaux", false, "", ""},
		{"de", "Cyberangriff auf das Universitätsklinikum Düsseldorf: Notaufnahme abgemeldet", true, "", "DE"},
		{"de", "Hackerangriff legt Krankenhaus in Bayern lahm – Operationen verschoben", true, "", "DE"},
		{"de", "Krankenhaus verliert Patientenakten: Laptop aus Auto gestohlen", false, "", ""},
		{"es", "El Hospital Clínic de Barcelona sufre un ciberataque de ransomware que paraliza sus sistemas", true, "ransomware", "ES"},
		{"es", "Un virus respiratorio satura los hospitales de Madrid", false, "", ""},
		{"it", "Attacco informatico all'ospedale San Giovanni di Roma: dati dei pazienti pubblicati online", true, "data_breach", "IT"},
		{"it", "L'Azienda sanitaria di Padova colpita da ransomware, pronto soccorso in tilt", true, "ransomware", "IT"},
		{"it", "Epidemia di influenza: ospedali di Milano sotto pressione", false, "", ""},
		{"pt", "Hospital de Lisboa alvo de ataque informático; dados de pacientes expostos", true, "data_breach", "PT"},
		{"pt", "Surto de gripe enche hospitais no Porto", false, "", ""},
		{"nl", "Ziekenhuis in Rotterdam getroffen door cyberaanval; patiëntgegevens gestolen", true, "data_breach", "NL"},
		{"nl", "Hackers leggen systemen van ziekenhuis plat met gijzelsoftware", true, "ransomware", ""},
		{"nl", "Het ziekenhuis in Utrecht stuurde per ongeluk brieven met patiëntgegevens naar verkeerde adressen", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text[:min(len(tt.text), 30)], func(t *testing.T) {
			got := c.Classify(cit.Candidate{Title: tt.text})
			if got.IsHealthCyberattack != tt.accept {
				t.Errorf("IsHealthCyberattack = %v (score %.3f), want %v; reasons %+v", got.IsHealthCyberattack, got.Score, tt.accept, got.Reasons)
			}
			if tt.attack != "" && got.AttackType != tt.attack {
				t.Errorf("AttackType = %q, want %q", got.AttackType, tt.attack)
			}
			if tt.country != "" && got.CountryCode() != tt.country {
				t.Errorf("Country = %q, want %q", got.CountryCode(), tt.country)
			}
			if tt.accept && got.Sector == "" {
				t.Errorf("accepted with no sector")
			}
		})
	}
}

func TestHardNegativesEnglish(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, s := range []string{
		"A laptop computer from a Halifax Health employee's vehicle was stolen; it might have contained patient information.",
		"An employee mistakenly mailed explanation of benefits letters containing patient names to the wrong addresses.",
		"A nurse was fired after snooping on the medical records of a celebrity patient.",
		"Paper records containing patient information were improperly disposed of in an unlocked dumpster behind the clinic.",
		"Hackers breached the payment systems of a national retail chain, stealing millions of credit card numbers.",
		"Measles outbreak: health officials urge parents to vaccinate their children.",
		"Researchers discovered a vulnerability in a popular web server; a patch is available.",
	} {
		if got := c.Classify(cit.Candidate{Text: s}); got.IsHealthCyberattack {
			t.Errorf("Classify(%q) accepted (score %.3f), want not a health cyberattack", s, got.Score)
		}
	}
}

func TestSourceNameIgnored(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	cand := cit.Candidate{ID: "x", Title: "Clinic reports phishing incident", Text: "Attackers gained access to staff email.", Source: "hhs_ocr_breach_portal"}
	a := c.Classify(cand)
	cand.Source = "ag_news"
	if b := c.Classify(cand); !reflect.DeepEqual(a, b) {
		t.Errorf("classification changed with the source name:\n%+v\n%+v", a, b)
	}
}

func TestExtraction(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	i64 := func(n int64) *int64 { return &n }
	tests := []struct {
		name                    string
		cand                    cit.Candidate
		victim, actor           string
		records                 *int64
		incident, disclosure    string
		care                    []string
		days                    int
		sector, attack, country string
	}{
		{
			name:   "hhs-style",
			cand:   cit.Candidate{Title: "Keith & Fisher, DDS, PA", Text: "The covered entity (CE), Keith & Fisher DDS PA, discovered on March 7, 2011, that its server had been hacked, potentially exposing the clinical and demographic data for 6,000 individuals. The CE provided breach notification to HHS."},
			victim: "Keith & Fisher, DDS, PA", records: i64(6000), incident: "2011-03-07", attack: "data_breach",
		},
		{
			name:   "press-ransomware",
			cand:   cit.Candidate{Title: "Hollywood hospital paid ransom", Text: "Hollywood Presbyterian Medical Center paid a $17,000 ransom after hackers encrypted its systems; the hospital was offline for 10 days and ambulances were diverted to other hospitals."},
			victim: "Hollywood Presbyterian Medical Center", care: []string{"ambulance_diversion"}, days: 10,
			sector: "care_provider", attack: "ransomware", country: "US",
		},
		{
			name:  "actor-alias",
			cand:  cit.Candidate{Title: "ALPHV ransomware gang claims attack on pharmacy processor", Text: "The attack, announced on 21 February 2024, left pharmacies unable to process prescriptions for weeks; 190 million people were affected."},
			actor: "BlackCat/ALPHV", records: i64(190_000_000), disclosure: "2024-02-21", attack: "ransomware",
		},
		{
			name:   "french",
			cand:   cit.Candidate{Title: "Cyberattaque au centre hospitalier de Cannes", Text: "Le centre hospitalier de Cannes Simone Veil a été victime d'une cyberattaque revendiquée par LockBit. Les rendez-vous ont été annulés et les opérations reportées."},
			victim: "centre hospitalier de Cannes", actor: "LockBit", care: []string{"cancelled_appointments", "cancelled_procedures"},
			sector: "care_provider", attack: "ransomware", country: "FR",
		},
		{
			name:   "german-records",
			cand:   cit.Candidate{Title: "Datenleck beim Klinikum Nürnberg", Text: "Bei dem Hackerangriff wurden die Daten von 1,2 Millionen Patienten gestohlen."},
			victim: "Klinikum Nürnberg", records: i64(1_200_000), sector: "care_provider", country: "DE",
		},
		{
			name: "structured-fields-win",
			cand: cit.Candidate{Title: "Acme Medical Group", Text: "Breach of patient records in Paris.", SourceCountry: "FR",
				Fields: map[string]string{cit.FieldVictim: "Acme Medical Group, P.C.", cit.FieldRecords: "12,345", cit.FieldCountry: "US",
					cit.FieldBreachType: "Hacking/IT Incident", cit.FieldEntityType: "Healthcare Provider", cit.FieldThreatActor: "ransomgroupx"}},
			victim: "Acme Medical Group, P.C.", records: i64(12345), sector: "care_provider", country: "US", actor: "ransomgroupx",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Classify(tt.cand)
			if tt.victim != "" && got.Victim != tt.victim {
				t.Errorf("Victim = %q, want %q", got.Victim, tt.victim)
			}
			if tt.actor != "" && got.ThreatActor != tt.actor {
				t.Errorf("ThreatActor = %q, want %q", got.ThreatActor, tt.actor)
			}
			if tt.records != nil && (got.RecordsAffected == nil || *got.RecordsAffected != *tt.records) {
				t.Errorf("RecordsAffected = %v, want %d", deref(got.RecordsAffected), *tt.records)
			}
			if tt.incident != "" && got.IncidentDate != tt.incident {
				t.Errorf("IncidentDate = %q, want %q", got.IncidentDate, tt.incident)
			}
			if tt.disclosure != "" && got.DisclosureDate != tt.disclosure {
				t.Errorf("DisclosureDate = %q, want %q", got.DisclosureDate, tt.disclosure)
			}
			for _, s := range tt.care {
				if !slices.Contains(got.CareDisruption, s) {
					t.Errorf("CareDisruption = %q, want it to contain %q", got.CareDisruption, s)
				}
			}
			if tt.days != 0 && (got.DaysDisrupted == nil || *got.DaysDisrupted != tt.days) {
				t.Errorf("DaysDisrupted = %v, want %d", got.DaysDisrupted, tt.days)
			}
			if tt.sector != "" && got.Sector != tt.sector {
				t.Errorf("Sector = %q, want %q", got.Sector, tt.sector)
			}
			if tt.attack != "" && got.AttackType != tt.attack {
				t.Errorf("AttackType = %q, want %q", got.AttackType, tt.attack)
			}
			if tt.country != "" && got.CountryCode() != tt.country {
				t.Errorf("Country = %q, want %q", got.CountryCode(), tt.country)
			}
			for _, r := range got.Reasons {
				if r.Field == "victim" && r.Span == "" {
					t.Errorf("victim reason without span: %+v", r)
				}
			}
		})
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestCountryOrderOfEvidence: structured field, then text, then the
// source's country, then the URL's ccTLD, then an English text's American
// date order.
func TestCountryOrderOfEvidence(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	base := cit.Candidate{Title: "Clinic hit by cyberattack", URL: "https://news.example.de/a"}
	tests := []struct {
		name     string
		mutate   func(*cit.Candidate)
		want     string
		wantRule string
	}{
		{"url only", func(*cit.Candidate) {}, "DE", "url:cctld"},
		{"source country beats url", func(c *cit.Candidate) { c.SourceCountry = "AT" }, "AT", "source_country"},
		{"text beats source country", func(c *cit.Candidate) { c.SourceCountry = "AT"; c.Text = "The clinic is in Lyon." }, "FR", "text:city"},
		{"field beats text", func(c *cit.Candidate) {
			c.Text = "The clinic is in Lyon."
			c.Fields = map[string]string{"country": "ch"}
		}, "CH", "field:country"},
		{"us state", func(c *cit.Candidate) { c.URL = ""; c.Text = "The Ohio clinic said..." }, "US", "text:region"},
		{"none", func(c *cit.Candidate) { c.URL = "https://example.com/x" }, "", ""},
		{"leak-site victim domain beats url", func(c *cit.Candidate) {
			c.Fields = map[string]string{"victim": "hospitalsanjose.es"}
		}, "ES", "field:victim_domain"},
		{"victim name is not a domain", func(c *cit.Candidate) {
			c.Fields = map[string]string{"victim": "St. Mary Hospital"}
		}, "DE", "url:cctld"},
		{"american date order last", func(c *cit.Candidate) {
			c.URL = ""
			c.Text = "The December 28 intrusion exposed patient records."
		}, "US", "text:american_date_order"},
		{"url beats american date order", func(c *cit.Candidate) { c.Text = "The December 28 intrusion exposed patient records." }, "DE", "url:cctld"},
		{"day first is no american date", func(c *cit.Candidate) {
			c.URL = ""
			c.Text = "The 28 December intrusion exposed patient records."
		}, "", ""},
	}
	for _, tt := range tests {
		cand := base
		tt.mutate(&cand)
		got := c.Classify(cand)
		if got.CountryCode() != tt.want {
			t.Errorf("%s: Country = %q, want %q", tt.name, got.CountryCode(), tt.want)
		}
		rule := ""
		for _, r := range got.Reasons {
			if r.Field == "country" {
				rule = r.Rule
			}
		}
		if rule != tt.wantRule {
			t.Errorf("%s: country rule = %q, want %q", tt.name, rule, tt.wantRule)
		}
	}
}

func devPath(t testing.TB) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", "dev.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("dev data not found at %s (expected ../shared/data/dev.jsonl from the repository root): %v", p, err)
	}
	return p
}

func loadDev(t testing.TB) []Example {
	t.Helper()
	f, err := os.Open(devPath(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestHeldOutRegression is a regression guard, not a quality claim: the
// held-out F1 measured for the embedded model (cit-lr-2-7082e56159, docs/classifier.md) minus a
// margin of 0.05. Retraining that lowers it below must be looked at.
func TestHeldOutRegression(t *testing.T) {
	t.Parallel()
	const measured, margin = 0.821, 0.05
	r := newTest(t).Evaluate(loadDev(t))
	if n := r.Overall.TP + r.Overall.FP + r.Overall.FN + r.Overall.TN; n < 1500 {
		t.Fatalf("held-out split has %d scored items, want about 2,000", n)
	}
	if f1 := r.Overall.F1(); f1 < measured-margin {
		t.Errorf("held-out F1 = %.3f, want ≥ %.3f (measured %.3f − %.2f); counts %+v", f1, measured-margin, measured, margin, r.Overall)
	}
}

func TestHeldOutIsStable(t *testing.T) {
	t.Parallel()
	// The split is a pure function of the id, fixed before tuning.
	n := 0
	for _, id := range []string{"prc:714ffbe5752d", "hhs:97c279e01f74", "eurepoc:806", "tweet:x", "ag:1"} {
		if HeldOut(id) == HeldOut(id) {
			n++
		}
	}
	if n != 5 {
		t.Fatal("HeldOut is not deterministic")
	}
	held := 0
	for i := range 4000 {
		if HeldOut("id:" + string(rune('a'+i%26)) + strings.Repeat("x", i%7) + string(rune(i))) {
			held++
		}
	}
	if held < 800 || held > 1200 {
		t.Errorf("HeldOut keeps %d of 4000 ids, want about a quarter", held)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model twice")
	}
	ex := loadDev(t)
	cfg := DefaultTrainConfig()
	cfg.Dim, cfg.Epochs, cfg.Folds = 1<<12, 2, 2
	a, err := Train(ex, cfg, "test")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(ex, cfg, "test")
	if err != nil {
		t.Fatal(err)
	}
	if a.Version != b.Version || a.Heads[headMain].Weights != b.Heads[headMain].Weights {
		t.Errorf("two trainings differ: %s vs %s", a.Version, b.Version)
	}
}

// TestEmbeddedModelReproducible checks that `make train` (Train with
// DefaultTrainConfig on dev.jsonl) gives model.json.gz byte for byte, so the
// embedded artifact is what the code and the data say it is.
func TestEmbeddedModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the full model")
	}
	raw, err := os.ReadFile(devPath(t))
	if err != nil {
		t.Fatal(err)
	}
	ex, err := ReadExamples(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	m, err := Train(ex, DefaultTrainConfig(), hex.EncodeToString(sum[:]))
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.Artifact()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, modelArtifact) {
		embedded, err := parseModel(modelArtifact)
		if err != nil {
			t.Fatal(err)
		}
		t.Errorf("training gives %s (%d bytes), model.json.gz holds %s (%d bytes): run make train", m.Version, len(got),
			embedded.Version, len(modelArtifact))
	}
}

func BenchmarkClassify(b *testing.B) {
	ex := loadDev(b)
	c := newTest(b)
	cands := make([]cit.Candidate, len(ex))
	for i, e := range ex {
		cands[i] = e.TextOnly()
	}
	i := 0
	for b.Loop() {
		c.Classify(cands[i%len(cands)])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "candidates/s")
}

func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	cands := []cit.Candidate{
		{Title: "Cyberattaque contre le CHU de Rennes", Text: "Les rendez-vous sont annulés."},
		{Title: "Laptop stolen from clinic", Text: "It held records of 1,200 patients."},
		{Title: "LockBit claims attack on hospital", Text: "Ambulances were diverted for 3 days."},
	}
	want := make([]cit.Classification, len(cands))
	for i, cand := range cands {
		want[i] = c.Classify(cand)
	}
	done := make(chan error)
	for range 4 {
		go func() {
			for k := range 50 {
				i := k % len(cands)
				if got := c.Classify(cands[i]); !reflect.DeepEqual(got, want[i]) {
					done <- fmt.Errorf("concurrent Classify(%q) differs", cands[i].Title)
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestKnownOrganisationGivesSector(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	tests := []struct {
		title, text, want string
	}{
		{"Cencora says hackers stole personal data", "The drug wholesaler's systems were breached in February.", "pharma"}, // lexicon word first
		{"Anthem discloses breach", "Attackers gained access to a database with 78.8 million members' records.", "health_insurance"},
		{"Synnovis attack", "Qilin claimed the attack on Synnovis.", "laboratory"},
		{"Crowd sings the national anthem", "Fans stood for the anthem before the match.", ""},
	}
	for _, tt := range tests {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.Sector != tt.want {
			t.Errorf("%q: sector %q, want %q (reasons %+v)", tt.title, got.Sector, tt.want, got.Reasons)
		}
	}
}

// TestKnownOrganisationGivesCountry: an organisation that works in one
// country places a report that names no place; a place named wins.
func TestKnownOrganisationGivesCountry(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Change Healthcare says hackers stole data of 100 million people", "The company paid a ransom.", "US"},
		{"Synnovis attack disrupts blood tests", "Qilin claimed the attack.", "GB"},
		{"Ransomware-Angriff auf die Charité", "Die Klinik meldet Störungen.", "DE"},
		{"Kaiser Permanente patients in Hawaii notified of breach", "", "US"},
		{"Welltok breach reaches patients in Canada", "", "CA"}, // a place named wins
		{"Pfizer says supplier was breached", "", ""},           // a multinational says no place
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.CountryCode() != tt.want {
			t.Errorf("%q: country %q, want %q", tt.title, got.CountryCode(), tt.want)
		}
	}
	for code, names := range orgCountries() {
		for _, n := range names {
			if _, ok := knownOrgs()[n]; !ok || knownOrgs()[n].kind != kHealthOrg {
				t.Errorf("orgCountries: %q (%s) is no known organisation", n, code)
			}
		}
	}
}

// TestSparedOrganisationIsNoHealthContext: a hospital said to be untouched
// does not make an attack on a university a health cyberattack; a
// hospital's own "patient care was not affected" keeps the hospital.
func TestSparedOrganisationIsNoHealthContext(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Cyberattack forces university to shut down its IT",
		Text: "A ransomware attack forced the university to shut down email and the campus network. The university hospital was not affected.", Lang: "en"})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("university attack with its hospital spared: accepted at %.2f (reasons %+v)", got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Ransomware attack hits Riverside Hospital",
		Text: "The hospital said patient care was not affected by the attack.", Lang: "en"})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("hospital attacked, care not affected: verdict %s at %.2f", got.Verdict, got.Score)
	}
}

func TestAbbreviationDefinedAsSomethingElse(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	hasOrg := func(title, body string) bool {
		d := c.analyse(title, body, "")
		for _, p := range d.parts() {
			for _, h := range p.hits {
				if h.Value.kind == kHealthOrg {
					return true
				}
			}
		}
		return false
	}
	if hasOrg("Los Angeles County, Community Development Commission (CDC)",
		"A computer hacker gained access to the CDC's computer system, containing personal information on 4,800 public housing residents.") {
		t.Error("a Community Development Commission (CDC) was read as a health organisation")
	}
	if !hasOrg("CDC investigates breach", "The Centers for Disease Control and Prevention (CDC) said hackers accessed a server.") {
		t.Error("the Centers for Disease Control and Prevention (CDC) lost its health meaning")
	}
	if !hasOrg("HHS notice", "The Department of Health and Human Services (HHS) was notified.") {
		t.Error("the Department of Health and Human Services (HHS) lost its health meaning")
	}
}

func TestIntrusionByOutsideParty(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strong := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	for _, s := range []string{
		"Apex Laboratory learned that an unauthorized party or parties accessed their computer systems.",
		"An outside computer's unique numerical code (Internet Protocol address) accessed the covered entity's website.",
		"An unknown individual gained access to the practice's server.",
		"The District Attorney notified the hospital that its Accounts Payable system may have been breached.",
		"Anonymous Palestina shuts down two Israeli hospital websites and one newspaper website.",
		"Hacktivists took down the websites of several hospitals.",
		// a staff member whose mailbox was taken is no insider
		"An unknown third party accessed a workforce member's email account and sent spam emails.",
		"An unauthorized party gained access to an employee's email account.",
		"The employee entered credentials on a fraudulent login page.",
		// HHS wording of later years
		"A malicious actor obtained access to the CE's network.",
		"An unauthorized party copied files from its servers.",
		"An unknown actor inserted code into the site to capture information entered in forms.",
		"The practice's computer system was attacked and patient files were locked.",
		"The CE's electronic medical record system was compromised by an outside party who demanded payment.",
		"An unauthorized user had accessed its web payment page.",
	} {
		if !strong(s) {
			t.Errorf("%q: no unambiguous attack found", s)
		}
	}
	for _, s := range []string{
		"A former employee accessed patient records on the hospital's system without authorization.",
		"An employee accessed another employee's email account without authorization.",
		"A programming error allowed unauthorized access to the website.",
		"The report was accidentally posted on a public website and accessed by unknown users 94 times.",
		"The lawsuit alleges invasion of privacy by intrusion upon the seclusion of the plaintiffs.",
		"The hospital's system was breached when an employee emailed the file to a personal account.",
		"Patient privacy was breached when records were mailed to the wrong address.",
		"As a precaution the clinic shut down its website for two days.",
		"The covered entity encrypted its laptop computers and retrained its workforce.",
	} {
		if strong(s) {
			t.Errorf("%q: read as an unambiguous attack", s)
		}
	}
}

func TestNegatedLossWordIsWeak(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strongLoss := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kLoss && !v.weak })
	}
	if strongLoss("A ransomware attack encrypted the servers. There is no evidence that patient information was misused.") {
		t.Error(`"no evidence … misused" counted as a strong loss word`)
	}
	if !strongLoss("Two employees misused patient information. No hackers were involved.") {
		t.Error(`"employees misused" not counted as a strong loss word`)
	}
	got := c.Classify(cit.Candidate{Title: "Hillside Hospital",
		Text: "Two employees misused the credit card information of patients of the covered entity.", Lang: "en"})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("insider misuse: verdict accept (score %.3f), want not accepted", got.Score)
	}
}

func TestRegistryRecordExtraction(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	tests := []struct {
		title, text, victim string
		records             int64
	}{
		{"Shands at UF", "A laptop containing information on approximately 12,580 individuals referred to Shands at UF GI Clinical Services was stolen.",
			"Shands at UF", 12580},
		{"Cincinnati Children's Hospital Medical Center", "A laptop was stolen from an employee's car.", "Cincinnati Children's Hospital Medical Center", 0},
		{"Gulf Coast Health Care Services", "Gulf Coast Health Care Services discovered the issue on September 26. Patients who were seen between 1992 and 2012 were affected.",
			"Gulf Coast Health Care Services", 0},
		// A Title Case headline is not a name.
		{"Ascension Restores Access To Health Records", "Ascension said its electronic health records are back after the ransomware attack.", "Ascension", 0},
		{"Memorial Health System Outage", "Memorial Health System was hit by a ransomware attack on Sunday.", "Memorial Health System", 0},
		{"Ransomware attack on Mayo Clinic", "The attack began on Monday.", "Mayo Clinic", 0},
		// An event's title names its victim after "on".
		{"Attack on European Medicines Agency", "Hackers accessed documents related to COVID-19 vaccines stored on the agency's servers.", "European Medicines Agency", 0},
	}
	for _, tt := range tests {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.Victim != tt.victim {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
		var n int64
		if got.RecordsAffected != nil {
			n = *got.RecordsAffected
		}
		if n != tt.records {
			t.Errorf("%q: records %d, want %d", tt.title, n, tt.records)
		}
	}
}

func TestEspionageIsADataBreach(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Chinese attack on election campaigns",
		Text: "Officials determined that government hackers hacked into and spied on the campaigns for months.", Lang: "en"})
	if got.AttackType != cit.AttackDataBreach {
		t.Errorf("attack type %q, want data_breach (reasons %+v)", got.AttackType, got.Reasons)
	}
	for _, tt := range []struct{ title, text string }{
		{"APT29 vs. vaccine research", "The Russian group APT29 compromised the networks of research facilities working on COVID-19 vaccines."},
		{"Hospital research network breached by state-sponsored group", "A state-sponsored group compromised the research network of a university hospital."},
		{"Hacker steals passwords of state agency", "A hacker broke into a database of the state health agency and stole 1,400 email addresses and passwords."},
		{"Spyware used against doctors", "Spyware designed by a private firm was used against doctors of a hospital."},
		{"NSA vs. hospital network", "The NSA hacked the network of a hospital group."},
		// a country named as the attacker, espionage told without cyber
		// words, a state's implant
		{"Health ministry hacked by China", "The ministry said its computers had been hacked by China."},
		{"GCHQ vs. medical journal", "The British GCHQ spied on the emails of the journal's editors."},
		{"Spear-phishing against health ministry", "Allegedly Chinese cyberspies targeted the ministry's staff with e-mails crafted to deceive them into clicking on malicious links."},
		{"Backdoor found at vaccine maker", "The Russian group APT29 used a malware implant called WellMess against the company's research network."},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.AttackType != cit.AttackDataBreach {
			t.Errorf("%q: attack type %q, want data_breach (reasons %+v)", tt.title, got.AttackType, got.Reasons)
		}
	}
	got = c.Classify(cit.Candidate{Title: "Summit Orthopedic Group", Text: "A CE employee's email account was accessed by an unauthorized third party after the employee responded to a phishing email.", Lang: "en"})
	if got.AttackType != cit.AttackAccountCompromise {
		t.Errorf("phishing then unauthorized access: attack type %q, want account_compromise (reasons %+v)", got.AttackType, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Hospital phished", Text: "Attackers sent phishing emails to staff and took over 20 email accounts.", Lang: "en"})
	if got.AttackType != cit.AttackAccountCompromise {
		t.Errorf("accounts taken over: attack type %q, want account_compromise", got.AttackType)
	}
	got = c.Classify(cit.Candidate{Title: "Wiper hits hospital", Text: "Russian state hackers deployed wiper malware that destroyed the hospital's servers.", Lang: "en"})
	if got.AttackType != cit.AttackMalware {
		t.Errorf("a state's wiper: attack type %q, want malware (reasons %+v)", got.AttackType, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "New spy thriller tops the charts", Text: "Spies and intercepted letters fill the novel.", Lang: "en"})
	if got.AttackType != "" {
		t.Errorf("a novel about spies: attack type %q, want none", got.AttackType)
	}
	got = c.Classify(cit.Candidate{Title: "Hospital hacked", Text: "Hackers disrupted the hospital's website for a day.", Lang: "en"})
	if got.AttackType == cit.AttackDataBreach {
		t.Errorf("a hack with no data or spying word: attack type %q, want not data_breach", got.AttackType)
	}
}

func TestCorrectiveEncryptionIsNoAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	// A registry record of a theft whose corrective action encrypts devices.
	got := c.Classify(cit.Candidate{Title: "Hillside Podiatry", Lang: "en",
		Text: "Computer equipment containing the unencrypted ePHI of 1,597 individuals was stolen from the office. " +
			"Following the breach, the covered entity purchased new locks. The CE also encrypted its computer server."})
	if got.Verdict == cit.VerdictAccept || got.AttackType == cit.AttackRansomware {
		t.Errorf("theft with corrective encryption: verdict %s, attack type %q (score %.3f)", got.Verdict, got.AttackType, got.Score)
	}
	// Encryption said of an attacker still names ransomware.
	got = c.Classify(cit.Candidate{Title: "Hillside Surgery Center", Lang: "en",
		Text: "A hacker accessed and encrypted the computer server of Hillside Surgery Center."})
	if got.Verdict != cit.VerdictAccept || got.AttackType != cit.AttackRansomware {
		t.Errorf("hacker encrypted the server: verdict %s, attack type %q (score %.3f)", got.Verdict, got.AttackType, got.Score)
	}
}

func TestEditorUpdateNoteIsNoSoftwareUpdate(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	vuln := func(body string) bool { return bodyHas(c, body, func(v term) bool { return v.kind == kVuln }) }
	if vuln("Unauthorized users accessed a database after a phishing attempt. UPDATE (01/02/2013): The employee revealed information.") {
		t.Error(`a chronology's "UPDATE (01/02/2013)" note read as vulnerability news`)
	}
	if !vuln("Microsoft released an update for the flaw on Tuesday.") {
		t.Error("a software update no longer read as vulnerability news")
	}
}

func TestChildrensHospitalIsNoBiology(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, h := range c.analyse("Texas Children's Hospital", "", "").titleHits {
		if h.Value.kind == kBio {
			t.Errorf("%q read as biological health news", "Texas Children's Hospital")
		}
	}
	d := c.analyse("", "Children with diabetes need regular check-ups, a study finds.", "")
	if !slices.ContainsFunc(d.bodyHits, func(h text.Hit[term]) bool { return h.Value.kind == kBio }) {
		t.Error("children's health news no longer read as biological")
	}
}

func TestHealthDataOfUnnamedSectorGoesToReview(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Payroll firm Brightwage says hackers stole employee and health data",
		Text: "The payroll services company Brightwage said hackers stole information on thousands of people from its systems."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("health data of a payroll firm: verdict accept (score %.3f), want review or reject", got.Score)
	}
	if !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool { return r.Rule == ruleDataOnly }) && got.Verdict != cit.VerdictReject {
		t.Errorf("health data of a payroll firm: verdict %s without the %s reason", got.Verdict, ruleDataOnly)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hackers stole health data from Mercy Hospital",
		Text: "Mercy Hospital said hackers stole information on thousands of patients from its systems."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("health data of a hospital: verdict %s (score %.3f), want accept", got.Verdict, got.Score)
	}
}

func TestNegatedAttackIsWeak(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strong := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	for _, s := range []string{
		"No cyberattack was involved, the hospital said.",
		"The outage was not the result of a cyberattack.",
		"There is no evidence of a cyberattack.",
		"Die Klinik sagt, es gebe keinen Hinweis auf einen Cyberangriff.",
	} {
		if strong(s) {
			t.Errorf("%q: negated attack read as an unambiguous attack", s)
		}
	}
	// A reassurance denies the attackers of its clause.
	for _, s := range []string{
		"There is no evidence that the data was accessed by hackers.",
		"The hospital said it has no indication that hackers viewed the data.",
		"The clinic does not believe that hackers accessed the files.",
		"There is nothing to suggest that attackers obtained patient information.",
	} {
		if strong(s) {
			t.Errorf("%q: reassured attackers read as an unambiguous attack", s)
		}
	}
	for _, s := range []string{
		"The hospital did not say whether the cyberattack affected patient data.",
		"There is no evidence that data was stolen in the cyberattack.",
		"Hackers accessed the network; there is no evidence that patient data was misused.",
	} {
		if !strong(s) {
			t.Errorf("%q: the attack was read as negated", s)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Hospital IT outage caused by faulty software update",
		Text: "No cyberattack was involved, the hospital said."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("an outage with no cyberattack: verdict accept (score %.3f)", got.Score)
	}
	// A report that denies an attack caps at review, whatever the model says.
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Hospital fined after patient records left on unsecured website",
		Text: "The regulator said no hacker was involved."})
	if got.Verdict == cit.VerdictAccept || !hasRule(got, "rule:attack_denied") {
		t.Errorf("an attack denied: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Lakeside Hospital hit by ransomware attack",
		Text: "The hospital said there is no evidence that patient data was stolen."})
	if got.Verdict != cit.VerdictAccept || hasRule(got, "rule:attack_denied") {
		t.Errorf("an attack whose data theft is denied: verdict %s (score %.3f)", got.Verdict, got.Score)
	}
}

func TestGeneticDataAndDigitNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Credential stuffing attack on 23andMe exposes genetic data of millions"})
	if got.Verdict == cit.VerdictReject || got.Sector != "laboratory" || got.AttackType != cit.AttackAccountCompromise {
		t.Errorf("23andMe: verdict %s (score %.3f), sector %q, attack type %q; want accept or review, laboratory, account_compromise",
			got.Verdict, got.Score, got.Sector, got.AttackType)
	}
}

func TestMalwareThatTookDataIsADataBreach(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Malware found on Riverside Hospital computers",
		Text: "The malware stole records of 20,000 patients."})
	if got.AttackType != cit.AttackDataBreach {
		t.Errorf("malware that stole data: attack type %q, want %q", got.AttackType, cit.AttackDataBreach)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Malware disrupts Riverside Hospital computers",
		Text: "The hospital's computers were infected with malware and taken offline."})
	if got.AttackType != cit.AttackMalware {
		t.Errorf("malware with no data taken: attack type %q, want %q", got.AttackType, cit.AttackMalware)
	}
}

// bodyHas reports whether the body's lexicon hits, read in context, hold
// one that want accepts.
func bodyHas(c *Classifier, body string, want func(term) bool) bool {
	return slices.ContainsFunc(c.analyse("", body, "").bodyHits, func(h text.Hit[term]) bool { return want(h.Value) })
}

func TestRegulatorGivesSectorOnlyAlone(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, sector string }{
		{"HHS OCR announces HIPAA settlement with Banner Health over 2016 hack", cit.SectorCareProvider},
		{"DDoS attack on HHS slows servers", cit.SectorPublicHealth},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title}); got.Sector != tt.sector {
			t.Errorf("%q: sector %q, want %q", tt.title, got.Sector, tt.sector)
		}
	}
}

// A place whose name starts like an attack word names no attack, and an
// insurer spelled "BlueCross BlueShield" is in health.
func TestLookalikeNamesAndInsurers(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Hackensack Meridian Health", Text: "A ransomware attack on its computer network forced the hospital network to reschedule elective procedures."})
	if got.Victim != "Hackensack Meridian Health" {
		t.Errorf("victim %q, want Hackensack Meridian Health", got.Victim)
	}
	for _, r := range got.Reasons {
		if r.Rule == "lexicon:cyberattack" && r.Span == "Hackensack" {
			t.Errorf("Hackensack read as an attack word: %+v", r)
		}
	}
	got = c.Classify(cit.Candidate{Title: "Hackensack Meridian Health opens new cancer center", Text: "The hospital network said the center will treat 5,000 patients a year."})
	if got.Verdict != cit.VerdictReject {
		t.Errorf("Hackensack news: verdict %s (score %.3f), want reject", got.Verdict, got.Score)
	}
	// A state health agency's registry record: the title names it, the
	// body the attack.
	got = c.Classify(cit.Candidate{Title: "Cabinet for Health and Family Services", Text: "An employee was the victim of a phishing attack via email sent by a hacker. The employee's account was then compromised."})
	if !hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("Cabinet for Health and Family Services: the accept rule did not fire (reasons %+v)", got.Reasons)
	}
	// A clinician's credential after a comma makes the record a practice.
	for _, title := range []string{"John Smith, DDS", "Maria Lopez, M.D.", "Jane Doe, OD"} {
		got := c.Classify(cit.Candidate{Title: title, Text: "Hacking/IT Incident: Network Server. 2,400 individuals affected."})
		if got.Verdict != cit.VerdictAccept || got.Sector != cit.SectorCareProvider {
			t.Errorf("%q: verdict %s, sector %q (score %.3f), want accept, care_provider", title, got.Verdict, got.Sector, got.Score)
		}
	}
	got = c.Classify(cit.Candidate{Title: "Acme Corp, Inc.", Text: "Hacking/IT Incident: Network Server. 2,400 individuals affected."})
	if got.Sector == cit.SectorCareProvider {
		t.Errorf("Acme Corp, Inc.: sector care_provider")
	}
	got = c.Classify(cit.Candidate{Title: "Excellus BlueCross BlueShield", Text: "Excellus BCBS discovered that hackers had gained unauthorized access to its IT systems. The attack may have exposed the information of 10 million members."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("Excellus BlueCross BlueShield: verdict %s (score %.3f), want accept", got.Verdict, got.Score)
	}
}

// A name before an agent or a tool ("Pro-Russian hacktivists", "WhisperGate
// wiper", "Vanguard ransomware actors") is the attacker's side, never the
// victim; before an event ("Change Healthcare ransomware attack") it is the
// victim.
func TestNameBeforeAgentIsNoVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, notVictim, victim string }{
		{"DDoS campaign against Lithuania", "Pro-Russian hacktivists launched DDoS attacks against the websites of Lithuanian hospitals.", "Pro-Russian", ""},
		{"Attack on Ukrainian government", "Hackers defaced the website of the Ministry of Health and deployed WhisperGate wiper malware.", "WhisperGate", ""},
		{"Ransomware attack on clinic chain", "Vanguard ransomware actors encrypted devices of the clinic chain.", "Vanguard", ""},
		{"Northside Clinic ransomware attack disrupts care", "Patients were diverted.", "", "Northside Clinic"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if tt.notVictim != "" && strings.Contains(got.Victim, tt.notVictim) {
			t.Errorf("%q: victim %q, the attacker's side", tt.text, got.Victim)
		}
		if tt.victim != "" && got.Victim != tt.victim {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
	}
}

// hasRule reports whether a classification carries a reason of rule.
func hasRule(cl cit.Classification, rule string) bool {
	for _, r := range cl.Reasons {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

// Defences named among a record's corrective actions ("intrusion detection",
// "anti-malware software", "to detect … hacking attempts") are no attack;
// an attack word before the corrective verb still is.
func TestCorrectiveDefencesAreNoAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"A backup tape with ePHI of 14,000 patients was lost in transit. The CE implemented encryption of backup media and enhanced its firewall and intrusion detection systems.",
		"A pharmacy employee impermissibly accessed prescription records of a celebrity. The CE sanctioned the employee, and implemented audit logs to detect unauthorized access and hacking attempts.",
		"A laptop computer containing the ePHI of 2,300 patients was stolen from an employee's vehicle. Following the breach, the CE encrypted all laptops, provided phishing awareness training to its workforce, and installed anti-malware software on all devices.",
	} {
		got := c.Classify(cit.Candidate{Title: "Summit Family Clinic", Text: text, Lang: "en"})
		if got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: verdict accept (score %.3f), want review or reject", text, got.Score)
		}
	}
	got := c.Classify(cit.Candidate{Title: "Riverbend Dermatology", Lang: "en",
		Text: "Attackers deployed ransomware that encrypted patient records of 9,000 individuals. The CE restored data from backups and implemented multi-factor authentication to prevent further intrusions."})
	if got.Verdict != cit.VerdictAccept || got.AttackType != cit.AttackRansomware {
		t.Errorf("ransomware, then corrective actions: verdict %s, attack type %q (score %.3f)", got.Verdict, got.AttackType, got.Score)
	}
	// An outside party that accessed an app is an intrusion.
	got = c.Classify(cit.Candidate{Title: "Quest Diagnostics", Lang: "en",
		Text: "An unauthorized third party accessed the MyQuest mobile health application and obtained names, birth dates, lab results and phone numbers of 34,000 customers."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("outside party accessed an app: verdict %s (score %.3f), want accept", got.Verdict, got.Score)
	}
}

// A practice named after a body part or condition and its kind word is a
// health organisation: "Kessler Hearing Centers", "Lakeland Heart &
// Vascular Group".
func TestSpecialtyPracticesAreHealth(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, name := range []string{"Lakeland Heart & Vascular Group", "Chesapeake Allergy & Asthma Center", "Kessler Hearing Centers",
		"Juniata Valley Nursing & Rehabilitation", "Chemung Ear, Nose & Throat",
		"Coastal Kidney Associates", "Desert Skin Institute", "Northside Foot & Ankle Specialists"} {
		got := c.Classify(cit.Candidate{Title: name, Text: "Hackers gained access to the practice's server and stole patient files.", Lang: "en"})
		if got.Verdict != cit.VerdictAccept || got.Sector != "care_provider" {
			t.Errorf("%q: verdict %s, sector %q (score %.3f), want accept, care_provider", name, got.Verdict, got.Sector, got.Score)
		}
	}
}

// A drug manufacturer is a pharmaceutical firm; one that accuses a rival of
// corporate espionage tells of no cyberattack, and an "Animal Care Center"
// is a veterinary practice.
func TestDrugManufacturersArePharma(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "LockBit attack on Granules India", Lang: "en",
		Text: "Hyderabad-based drug manufacturer Granules India was hit by a ransomware attack in May 2023."})
	if got.Verdict != cit.VerdictAccept || got.Sector != "pharma" {
		t.Errorf("drug manufacturer: verdict %s, sector %q (score %.3f), want accept, pharma", got.Verdict, got.Sector, got.Score)
	}
	got = c.Classify(cit.Candidate{Title: "Lakeview Animal Care Center", Lang: "en",
		Text: "A ransomware attack encrypted the records system of Lakeview Animal Care Center, a veterinary practice. Pet owners' names may have been accessed."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("a veterinary practice: verdict accept (score %.3f)", got.Score)
	}
	got = c.Classify(cit.Candidate{Title: "Drug company accuses rival of corporate espionage over vaccine formula", Lang: "en",
		Text: "A rival says the company hired a former employee to obtain its formulas."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("industrial espionage: verdict accept (score %.3f)", got.Score)
	}
}

// A mailbox "compromised", or entered by "a third party", a login used by
// someone unknown, a computer connected to from outside and a ransom note
// told without its name are intrusions, whoever owns the account; denied, a
// vendor's, or a first guess a burglary disproved, they are not.
func TestCompromisedMailboxesAreIntrusions(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, text := range []string{
		"Sunrise Family Clinic learned that an employee's email account had been compromised. The account held patient names, dates of birth and insurance information.",
		"The clinic discovered that a third party gained unauthorized access to several employee email accounts between February 14 and March 8. The accounts contained patient names and treatment information.",
		"The covered entity (CE) reported that a workforce member's email account was accessed without authorization. The account held patient names and diagnoses.",
		// a login used by someone unknown, a computer connected to remotely, a ransom note told without its name
		"An unknown individual used an employee's login to the clinic's remote access portal and viewed the electronic records system. The records held patient names and diagnoses.",
		"A technician found that someone outside the office had been connecting remotely to the front desk computer, which held patient names and insurance numbers.",
		"The practice's computers became unusable after a message appeared stating that all files had been encrypted and giving instructions for payment. The server held the ePHI of 5,200 patients.",
	} {
		if got := c.Classify(cit.Candidate{Title: "Sunrise Family Clinic", Text: text, Lang: "en"}); got.Verdict != cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.3f), want accept", text, got.Verdict, got.Score)
		}
	}
	for _, text := range []string{
		"The clinic said that no email accounts were compromised and that the outage was caused by a power failure.",
		"A third party vendor that prints statements mailed 2,000 letters to the wrong patients; its email accounts were not compromised.",
		// a first guess disproved: burglars took the server
		"Burglars stole the clinic's server during a break-in. The clinic initially suspected a hacking incident because its systems went offline, but found the server had been physically removed. It held the ePHI of 5,870 patients.",
	} {
		if got := c.Classify(cit.Candidate{Title: "Sunrise Family Clinic", Text: text, Lang: "en"}); got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: verdict accept (score %.3f), want review or reject", text, got.Score)
		}
	}
}

// Attack words also said of violence (attackers, intruders, pirates) name a
// cyberattack only in a report about computing, and never in a sentence of
// violence; "infected with" is malware only in a report about computing.
func TestPhysicalAttacksAreNoCyberattacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Gunmen storm hospital in Baghdad", "Attackers stormed a hospital in western Baghdad on Tuesday, killing three guards, police said."},
		{"Suicide bomber hits clinic in Pakistan", "A suicide attacker blew himself up outside a health clinic in Quetta, killing 12 people."},
		{"Pirates attack hospital ship off Somalia", "Somali pirates fired on a hospital ship carrying aid, the navy said."},
		{"Intruder arrested at maternity ward", "Police arrested a man who entered the maternity ward of a London hospital without permission."},
		{"Kidnappers demand ransom for abducted doctor", "Gunmen seized a doctor from his clinic and demanded a ransom."},
		{"Doctor hacked to death in clinic", "Police said the doctor was attacked with machetes inside his clinic."},
		// burglars who took computers, in a record about electronic data
		{"Little Sprouts Pediatrics, P.A.", "The covered entity (CE) reported that its office was burglarized and that the intruders stole a laptop and a server holding the ePHI of 6,945 patients."},
		// "infected with" outside computing is an infection
		{"Nurses infected with Ebola at Dallas hospital, CDC says", ""},
		{"Three patients infected with Legionnaires' disease at Pittsburgh hospital", ""},
		// words that only borrow "hack" or name a market
		{"Health hackathon: doctors and coders team up to fix hospital discharge", ""},
		{"Life hacks for better sleep from a sleep clinic doctor", ""},
		{"Fentanyl sold on the dark web fuels overdoses, hospitals report", ""},
		{"Denial of service: insurers deny coverage for mental health care", ""},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.Verdict == cit.VerdictAccept {
			t.Errorf("%q: verdict accept (score %.3f), want review or reject", tt.title, got.Score)
		}
	}
	for _, tt := range []struct{ title, text string }{
		{"Attackers encrypt hospital's servers", "Attackers encrypted the servers of Lakeside Hospital and demanded a ransom."},
		{"Anthem says hackers breached database", "The health insurer said attackers accessed names and Social Security numbers."},
		{"Wolverine Solutions Group", "The business associate reported that an outside party infiltrated its computer system and encrypted many of its files."},
		{"Goshen Health System", "Computer servers of the hospital's business associate may have been injected with a virus, exposing patient data."},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.Verdict != cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.3f), want accept", tt.title, got.Verdict, got.Score)
		}
	}
}

// An alias that is also a common word is an actor when a claim or attack
// verb follows it, capitalised; never in lower case or before other words.
func TestAmbiguousActorBeforeClaimVerb(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, actor string }{
		{"Anonymous leaks Russian Ministry of Health data", "Anonymous claimed to have leaked internal documents of the ministry.", "Anonymous"},
		{"Akira claims attack on Riverside Clinic", "The gang listed the clinic on its leak site.", "Akira"},
		{"Anonymous donor gives hospital $5 million", "The gift will fund a new cancer center.", ""},
		{"Hospital staff play key role in recovery", "Nurses play a key role.", ""},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.ThreatActor != tt.actor {
			t.Errorf("%q: threat actor %q, want %q", tt.title, got.ThreatActor, tt.actor)
		}
	}
	got := c.Classify(cit.Candidate{Title: "Anonymous leaks Russian Ministry of Health data", Lang: "en",
		Text: "Anonymous claimed to have leaked internal documents of the Russian Ministry of Health."})
	if got.Verdict != cit.VerdictAccept || got.Victim == "Anonymous" {
		t.Errorf("Anonymous's leak of a health ministry: verdict %s (score %.3f), victim %q", got.Verdict, got.Score, got.Victim)
	}
}

// HIPAA's parties (covered entities, business associates) are health
// organisations by law, named or not.
func TestHIPAAPartiesAreHealth(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Newkirk Products", Lang: "en",
		Text: "The business associate (BA) of the covered entities discovered that a server was infected with malware that allowed an unknown party to view member ID card data of 3.4 million individuals."})
	if got.Verdict == cit.VerdictReject || hasRule(got, "rule:attack_outside_health") {
		t.Errorf("a business associate's hacked server: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// Staff who accessed or viewed records are insiders: a loss, not an attack.
func TestInsiderAccessIsALoss(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	loss := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kLoss && !v.weak })
	}
	for _, s := range []string{
		"A pharmacy employee impermissibly accessed prescription records of a celebrity.",
		"Two workforce members accessed patient records without authorization.",
		"A nurse viewed the records of 45 patients.",
	} {
		if !loss(s) {
			t.Errorf("%q: no insider loss found", s)
		}
	}
	for _, s := range []string{
		"An unauthorized party accessed an employee's email account.",
		"Hackers accessed the server.",
	} {
		if loss(s) {
			t.Errorf("%q: read as an insider", s)
		}
	}
}

// Care on paper during an outage is a ransomware attack's effect, not lost
// paper records; a known organisation's name goes on over its kind words.
func TestPaperFallbackAndKnownNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Hollywood Presbyterian Medical Center hit by ransomware", Lang: "en",
		Text: "The Los Angeles hospital said its computer systems were encrypted and staff reverted to paper records."})
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("staff reverted to paper records: verdict %s (score %.3f)", got.Verdict, got.Score)
	}
	got = c.Classify(cit.Candidate{Title: "Paper records of 300 patients found in a dumpster", Lang: "en",
		Text: "The clinic said the paper records were left behind by a moving company."})
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("paper records in a dumpster: verdict accept")
	}
	got = c.Classify(cit.Candidate{Title: "MedStar Health restores systems after cyberattack", Lang: "en",
		Text: "The Columbia, Maryland-based health system said its EHR was back online."})
	if got.Victim != "MedStar Health" {
		t.Errorf("victim %q, want MedStar Health", got.Victim)
	}
}

// Leak trackers spell groups as one lowercase word ("lockbit3",
// "vicesociety", "hiveleak"): a known alias gives the canonical name, an
// unknown one is kept as given.
func TestLeakTrackerGroupNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for raw, want := range map[string]string{"lockbit3": "LockBit", "vicesociety": "Vice Society", "hiveleak": "Hive",
		"moneymessage": "Money Message", "ransomgroupx": "ransomgroupx"} {
		got := c.Classify(cit.Candidate{Title: "acme-clinic.com", Fields: map[string]string{cit.FieldVictim: "acme-clinic.com",
			cit.FieldThreatActor: raw, cit.FieldClaimStatus: cit.ClaimClaimed}})
		if got.ThreatActor != want {
			t.Errorf("threat actor %q: got %q, want %q", raw, got.ThreatActor, want)
		}
	}
}

// TestVictimOfFollowUps: follow-up stories name the victim in other ways
// than the first report: before its patients, as the source of the data a
// gang leaks, before the lower-case words that describe its units; the
// gang and the software it exploited are never the victim; a country's
// possessive is no part of a name.
func TestVictimOfFollowUps(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, victim, rule string }{
		{"Scammers call Kettering Health patients after ransomware attack",
			"The health system warned of calls from people posing as staff.", "Kettering Health", "text:organisation_of_its_patients"},
		{"INC Ransom threatens to leak 3TB of NHS Scotland data",
			"The gang published a proof pack of data stolen from NHS Dumfries and Galloway, including patient records.",
			"NHS Dumfries and Galloway", victimSource},
		{"Ardent Health Services hospitals divert ambulances after ransomware attack",
			"The company operates 30 hospitals in six states.", "Ardent Health Services", ""},
		{"Gang leaks data", "The ransomware gang published data stolen from Acme Regional Hospital.", "Acme Regional Hospital", victimSource},
		// the breached provider the title names is the attack's victim, its
		// client's patients those it affected (round 48: "Health Care Group"
		// is a health organisation as "Healthcare Group" is)
		{"Baystate Health patients affected by Shields Health Care Group breach",
			"Baystate said Shields Health Care Group, which provides MRI services at its hospitals, suffered a cyberattack.",
			"Shields Health Care Group", ""},
		{"HSHS still recovering from cyberattack", "The Illinois-based health system said its phones remain down.", "HSHS", victimSubject},
		{"Memorial Hospital and Manor in Bainbridge hit by ransomware attack", "The hospital's systems were encrypted.",
			"Memorial Hospital and Manor", victimSubject},
		{"UF Health hospitals in The Villages and Leesburg hit by cyberattack", "Both hospitals switched to paper records.",
			"UF Health", victimSubject},
		{"Ransom paid after February attack", "Drug wholesaler Cencora paid a $75 million ransom after hackers stole data in February.",
			"Cencora", ""},
		{"Almada hospital hit by cyberattack", "Garcia de Orta Hospital in Almada has been hit by a cyberattack.",
			"Garcia de Orta Hospital", ""},
		{"Hospital still on paper after cyberattack", "Staff at Dickinson County Healthcare System still chart on paper after the ransomware attack on the Iron Mountain hospital's network. Officials said no data was taken.",
			"Dickinson County Healthcare System", ""},
		{"Rocky Mountain Health Care Services, Inc. data breach", "The company notified patients that hackers accessed files on its servers.",
			"Rocky Mountain Health Care Services, Inc", ""},
		{"Ascension says 5.6 million people affected by May ransomware attack",
			"The health system said the attack exposed personal and health information.", "Ascension", victimSubject},
		{"Cedars-Sinai website knocked offline by DDoS attack",
			"The Los Angeles hospital said patient care was not affected by the attack claimed by Killnet.", "Cedars-Sinai", victimSubject},
		{"Hackers hit Los Angeles hospital", "The hospital said a ransomware attack encrypted its systems.", "", ""},
		{"Georgia's Ministry of Health hit by cyberattack", "Hackers stole data from the ministry's servers.", "Georgia's Ministry of Health", ""},
		{"Hive ransomware attack on Costa Rica's Social Security Fund", "Clinics went back to paper.", "Costa Rica's Social Security Fund", ""},
		// Software exploited at many organisations is no victim.
		{"Johns Hopkins Health System says data stolen in MOVEit hack",
			"Johns Hopkins said patient information may have been stolen when the Cl0p gang exploited its MOVEit server.",
			"Johns Hopkins Health System", ""},
		// A country's possessive is no part of the name, a city's says which hospital.
		{"Portugal's Garcia de Orta Hospital hit by ransomware", "The hospital near Lisbon said its systems were encrypted.",
			"Garcia de Orta Hospital", ""},
		{"Ransomware attack cripples Barcelona's Hospital Clinic", "The hospital cancelled 150 surgeries.",
			"Barcelona's Hospital Clinic", ""},
		// A laptop stolen from a car names no victim by "from".
		{"Laptop theft", "A laptop was stolen from Smith Street Garage overnight.", "", ""},
		// A registry titles an entry with the entity's domain; a sentence's
		// pronoun and HIPAA's "CE" are no names.
		{"Zappos.com", "Customers were informed that their account information on Zappos.com may have been accessed.", "Zappos.com", "title:organisation_name"},
		{"collective2.com", "Hackers accessed the site's database of users.", "collective2.com", "title:organisation_name"},
		{"Acme Benefit Plan (ABP) and its members", "They compromised the logon passwords of 14 advisers.", "", ""},
		{"Data breach at a home medical supplier", "Computers holding the ePHI of 3,440 patients were stolen from the covered entity (CE) during a burglary.", "", ""},
		// A hacktivist group named as such is the attacker, not the victim.
		{"Belarusian hacktivists Cyber Partisans leaked health records of Belarusian officials",
			"The Cyber Partisans hacked into a Belarusian state clinic's database and leaked medical records.", "", ""},
		// A registry's joint notice is titled with every party's name.
		{"Summit Medical Group, Emory Family Practice, Fountain City Family Physicians, Office of Dr. Kenneth Reese",
			"The September 4 theft of documents from an employee's car resulted in the exposure of patient names.",
			"Summit Medical Group, Emory Family Practice, Fountain City Family Physicians, Office of Dr. Kenneth Reese", "title:organisation_name"},
		// A registry's name keeps its brand's inner capitals, its bracketed
		// aside and, before a legal form, a loss word; a question or an
		// alias in brackets makes no name.
		{"comScore", "Hackers accessed a database of panel members.", "comScore", "title:organisation_name"},
		{"Expedia Corporate Travel (now Egencia)", "A server holding travellers' profiles was hacked.", "Expedia Corporate Travel (now Egencia)", "title:organisation_name"},
		{"Franklin's Budget Car Sales, Inc.", "Customer files were stolen in a burglary.", "Franklin's Budget Car Sales, Inc.", "title:organisation_name"},
		{"Get Real?", "A column on diets.", "", ""},
		{"Operation Newscaster (aka CharmingKitten)", "Iranian hackers posed as journalists on social networks.", "", ""},
		// "for" inside a name after its kind word, not in a headline
		{"Ransomware attack hits Hospital for Sick Children", "The Toronto hospital said systems were encrypted.", "Hospital for Sick Children", ""},
		{"Cyberattack on Transport for London", "Hackers accessed customer data.", "Transport for London", ""},
		// an abbreviation found alone takes the name the text spells out;
		// a full name keeps the abbreviation written after it
		{"Ransomware attack on NHLS", "South Africa's National Health Laboratory Service (NHLS) said the attack disrupted lab results.",
			"National Health Laboratory Service (NHLS)", "text:name_and_abbreviation"},
		{"Hackers hit Consorci Sanitari Integral", "The Consorci Sanitari Integral (CSI) runs three hospitals near Barcelona.",
			"Consorci Sanitari Integral (CSI)", "text:name_and_abbreviation"},
		// a health organisation's name before a title's colon; a firm's is a source
		{"Kalispell Regional Healthcare: phishing attack exposed data of 130,000 patients", "", "Kalispell Regional Healthcare", "title:name_before_colon"},
		{"Emsisoft: ransomware attack hit Lakeside Hospital", "", "Lakeside Hospital", ""},
		// an unknown group's verb between its name and the victim's
		{"Malek Team leaks Ziv Medical Center data", "", "Ziv Medical Center", "text:object_of_attack"},
		{"Team P0ison Defaces NATO Website", "", "NATO", "text:object_of_attack"},
		// a lower-case kind word before a name with a kind word of its own
		{"Datalek bij laboratorium", "Hackers stole data from laboratorium Clinical Diagnostics NMDL in Rijswijk.", "Clinical Diagnostics NMDL", ""},
		{"ICMR COVID-19 test database offered for sale", "The data was taken from the testing database of the Indian Council of Medical Research (ICMR).",
			"Indian Council of Medical Research (ICMR)", "text:name_and_abbreviation"},
		{"Ransomware attack on ASST Rhodense", "The Azienda Socio-Sanitaria Territoriale (ASST) Rhodense runs hospitals near Milan.", "ASST Rhodense", ""},
		// Where stolen data was posted is no victim.
		{"Podiatry course registrants exposed", "The names and email addresses of people who registered for a podiatry course were posted online at Pastebin.com by a hacker.", "", ""},
		// "University of …" opens the name of what belongs to it.
		{"Hackers breach server of University of Mississippi Medical Center", "", "University of Mississippi Medical Center", ""},
		// A name with no health word that the text describes as a health
		// organisation, in an appositive or by a description before it.
		{"Ransomware attack on Canadian long-term care home operator",
			"Extendicare, which operates long-term care homes in Ontario, confirmed that a ransomware attack disrupted its systems.",
			"Extendicare", "text:described_health_organisation"},
		{"Pro-Ukrainian hackers wipe servers of Russian laboratory chain",
			"The group claimed to have wiped the servers of Helix, one of Russia's largest private medical laboratory chains.",
			"Helix", "text:described_health_organisation"},
		{"Breach at Swiss hospital operator", "The Swiss private hospital group Hirslanden said attackers downloaded patient files.",
			"Hirslanden", "text:described_health_organisation"},
		{"Imaging centres hit by ransomware",
			"The French radiology network Imagerie Médicale du Sud-Ouest (IMSO), which operates imaging centres in Bordeaux, suffered a ransomware attack.",
			"Imagerie Médicale du Sud-Ouest (IMSO)", ""},
		// a Title Case headline's description before a known name
		{"Europe's Largest Private Hospital Operator Fresenius Hit by Ransomware", "", "Fresenius", ""},
		// an appositive that describes no health organisation names none
		{"Ransomware attack on logistics firm", "Acme Freight, one of the largest logistics firms in Ohio, said its systems were encrypted.", "", ""},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.Victim != tt.victim {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.victim)
		}
		if tt.rule != "" && !hasRule(got, tt.rule) {
			t.Errorf("%q: no %s reason in %+v", tt.title, tt.rule, got.Reasons)
		}
	}
}

// TestRecentAndEarlierGroups: groups active against health organisations
// since 2024 and in 2014–2019 are known, their common-word names only next
// to a group word.
func TestRecentAndEarlierGroups(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for text, want := range map[string]string{
		"The Interlock ransomware gang claimed the attack on Kettering Health.":             "Interlock",
		"TheDarkOverlord stole patient records from three clinics and demanded a ransom.":   "TheDarkOverlord",
		"The Embargo ransomware group leaked data stolen from the hospital.":                "Embargo",
		"Security researchers tied Orangeworm to attacks on X-ray machines in hospitals.":   "Orangeworm",
		"An arms embargo group of nations met on Monday to discuss the hospital shortages.": "",
	} {
		got := c.Classify(cit.Candidate{Title: "Hospital attack", Text: text, Lang: "en"})
		if got.ThreatActor != want {
			t.Errorf("%q: threat actor %q, want %q", text, got.ThreatActor, want)
		}
	}
}

// TestAttackTypeOfIntrusionsAndDenials: an intrusion of no stated kind that
// disrupted nothing is typed by what it exposed; one that defaced or took
// down stays unknown; a ransom the report denies gives no ransomware.
func TestAttackTypeOfIntrusionsAndDenials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Danish Car Register Hacked", "Hackers have got into the identity register.", cit.AttackDataBreach},
		{"Blackgear", "The group has been around since 2008, mainly targeting entities in Taiwan, South Korea and Japan.", cit.AttackDataBreach},
		{"New spy thriller tops the charts", "Spies and intercepted letters fill the novel.", ""},
		{"RedHack vs. Turkish Directorate of Religious Affairs", "The group defaces the webpage of the directorate to protest.", cit.AttackUnknown},
		{"The great SIM Heist", "The British GCHQ and the American NSA stole certificates from the SIM maker.", cit.AttackDataBreach},
		{"Un malware colpisce la rete dell'Ente ospedaliero cantonale", "Non ci sono state richieste di riscatto.", cit.AttackMalware},
		{"Emotet: Klinikum Fürth nimmt alle Rechner vom Netz", "Nach einer Infektion mit der Schadsoftware Emotet. Eine Lösegeldforderung gebe es bislang nicht.", cit.AttackMalware},
		{"Clinic hit by ransomware", "The attackers encrypted its servers and demanded a ransom.", cit.AttackRansomware},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text})
		if got.AttackType != tt.want {
			t.Errorf("%q: attack type %q, want %q (%+v)", tt.title, got.AttackType, tt.want, got.Reasons)
		}
	}
}

// TestHIPAAReportsPlaceTownsInTheUS: a US covered entity named after a
// place abroad ("Athens Orthopedic Clinic") is in the US when the report
// speaks HIPAA's terms; the press naming a Dublin hospital is in Ireland;
// a registry record titled "The Kent Center" names no country of its own.
func TestHIPAAReportsPlaceTownsInTheUS(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Athens Orthopedic Clinic PA", "The covered entity (CE) reported that a hacker accessed its server holding the ePHI of 208,557 individuals.", "US"},
		{"Berlin Family Medicine, P.A.", "The CE, a covered entity, found ransomware on its server; the protected health information of 2,300 patients was encrypted.", "US"},
		{"Dublin hospital hit by ransomware", "The Mater hospital said its systems were encrypted.", "IE"},
		{"St. Luke's Cornwall Hospital", "The covered entity (CE) reported that an unauthorized party accessed an email account holding PHI.", "US"},
		{"Indian River Eye Associates", "The covered entity (CE) reported that an envelope of paper documents holding PHI was lost.", "US"},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text})
		if got.Country == nil || *got.Country != tt.want {
			t.Errorf("%q: country %v, want %s (reasons %+v)", tt.title, got.Country, tt.want, got.Reasons)
		}
	}
}

// TestRegistryTitlesOfPractices: a title with a clinician's credential or a
// "Dr." before a name is a practice; a place's abbreviation is not.
func TestRegistryTitlesOfPractices(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	const text = "The practice's server was infected with ransomware."
	for title, want := range map[string]bool{
		"Gary Lee DDS": true, "Gary Lee, D.D.S.": true, "Linda K. Park, DDS, PC": true, "Robert J. Chen, O.D.": true,
		"Dr. Alan Weiss": true, "Jane Smith MD PC": true, "Jane Smith, MD": true,
		"Baltimore, Md.": false, "Washington DC": false,
	} {
		if got := c.Classify(cit.Candidate{Title: title, Text: text}); got.IsHealthCyberattack != want {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", title, got.Verdict, got.Score, want)
		}
	}
}

// TestWeakRegistryWordings: attacks told without the usual words, and
// diseases' viruses that are no malware.
func TestWeakRegistryWordings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		{"Evergreen Recovery Center", "An unknown third party obtained access to client treatment records.", true},
		{"Precision Billing & Coding, LLC", "The business associate, which provides billing and coding services to physician practices, " +
			"reported that an unknown third party obtained access to its file server holding the PHI of 27,604 individuals.", true},
		{"Caring Hands Home Health", "The home health agency found cryptocurrency mining software that an outside party installed on a server holding patient records.", true},
		{"Heritage Gardens Care Center", "The files were locked and a message demanded payment in Bitcoin for a decryption key. Residents' records were on the server.", true},
		// round 21: an outsider "had gotten into" a server, "a demand for payment appeared", a vendor's old plug-in
		// "exploited", hackers who "would not be able" to read a lost drive
		{"Fox Lake General Surgery Associates", "The practice discovered that an outside party had gotten into its server and encrypted a database holding patient information.", true},
		{"Mesquite Canyon Hospital", "On July 4, 2019, the hospital discovered that files on its network were encrypted. A demand for payment appeared on the affected computers.", true},
		{"Flint Hills Rural Health Network", "An unknown party exploited an outdated plug-in on the website of the covered entity (CE) and accessed a database of patient appointment requests.", true},
		{"Eastern Maine Cardiology Associates", "An external hard drive with patient files could not be located after an office move. The drive was encrypted, and hackers would not be able to read the data.", false},
		{"Acadiana Children's Clinic", "Staff could not open patient files, and every computer displayed a message demanding payment. The administrator said no ransom was paid.", true}, // a ransom not paid was asked
		{"Central Florida Kidney Specialists", "Unknown intruders entered the covered entity's locked server room after hours and removed a backup drive.", false},                       // intruders who walked in
		{"Lincoln County Health Department", "A list of residents tested for Zika virus was posted on the department's website by mistake.", false},
		{"Northgate Student Health Center", "A spreadsheet of students who tested positive for the influenza virus was emailed to 1,900 students by mistake.", false},
	} {
		if got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v; reasons %+v", tt.title, got.Verdict, got.Score, tt.accept, got.Reasons)
		}
	}
}

// TestRansomToStopDDoS: a ransom asked to stop a DDoS is a DDoS; a ransom
// for encrypted files is ransomware.
func TestRansomToStopDDoS(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "Anonymous Sudan DDoS on Scandinavian Airlines",
		Text: "The group flooded the airline's website with traffic and demanded a ransom of $3 million to stop the DDoS attacks."})
	if got.AttackType != cit.AttackDDoS {
		t.Errorf("ransom DDoS: attack type %q, want ddos", got.AttackType)
	}
	got = c.Classify(cit.Candidate{Title: "Hospital hit by ransomware during DDoS wave",
		Text: "Attackers encrypted the hospital's servers with ransomware and demanded a ransom while a DDoS hit its website."})
	if got.AttackType != cit.AttackRansomware {
		t.Errorf("ransomware beside a DDoS: attack type %q, want ransomware", got.AttackType)
	}
}

// TestHacksToldPlainly: registry descriptions that tell a hack without
// the usual attack words.
func TestHacksToldPlainly(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Lakeshore Women's Health, P.C.", "The covered entity discovered that a vulnerability in the contact form on its website had been exploited by an unknown party, who retrieved messages patients had submitted."},
		{"Rocky Mountain Family Dental", "All patient files on the practice's server had been renamed and could not be opened. A text file instructed the CE to buy a decryption tool."},
		{"Gulf Coast Surgery Center", "An unknown individual who claimed to have obtained its patient records threatened to release them unless a payment was made."},
		{"Redwood Coast Health Plan", "The plan learned a member services account had been accessed by a spammer after the employee's password was stolen."},
		{"Northgate Urology Associates", "A keystroke logger was found on a billing workstation, capturing patient data."},
	} {
		if got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text}); !got.IsHealthCyberattack {
			t.Errorf("%q: verdict %s (score %.3f), want accept; reasons %+v", tt.title, got.Verdict, got.Score, got.Reasons)
		}
	}
	got := c.Classify(cit.Candidate{Title: "Clearbrook Health Plan", Text: "A coding error on the member web page let members see another member's benefits. " +
		"The plan said there was no evidence of outside access or hacking."})
	if got.IsHealthCyberattack {
		t.Errorf("a denied hack: verdict %s (score %.3f), want no accept", got.Verdict, got.Score)
	}
}

// TestNamesOutsideHealth: a known provider's name inside a school's,
// church's or city's name, an abbreviation not in capitals and care or
// treatment outside health name no health organisation.
func TestNamesOutsideHealth(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	const text = "Hackers encrypted the organisation's servers with ransomware and stole files."
	for _, title := range []string{
		"Ascension Parish School Board", "Mount Sinai Missionary Baptist Church", "City of Erlanger",
		"Sigma Phi Delta Fraternity", "Lee, Chu & Company CPAs", "Little Acorns Child Care Center",
		"Clear Creek Water Treatment Center", "Phoenix Data Recovery Services",
		"Harbor Point Debt Recovery Services", "Lakeside Collision Care Center", "Capital Document Imaging Center",
		"Temple Mount Sinai", "Anthem Brewing Company", "Dr Pepper Bottling Company of Texas", "Karen L. Holt, DVM",
	} {
		if got := c.Classify(cit.Candidate{Title: title, Text: text}); got.IsHealthCyberattack {
			t.Errorf("%q: verdict %s (score %.3f), want no accept", title, got.Verdict, got.Score)
		}
	}
	for _, title := range []string{"Ascension Saint Thomas", "CHU de Rennes", "Heritage Gardens Care Center", "Dr. Alan Weiss"} {
		if got := c.Classify(cit.Candidate{Title: title, Text: text}); !got.IsHealthCyberattack {
			t.Errorf("%q: verdict %s (score %.3f), want accept", title, got.Verdict, got.Score)
		}
	}
}

// TestPlaceInARegistryTitleNamesNoCountry: a registry record titled with
// an entity named after a place abroad gets no country from that word, so
// its HHS filing (in the US by HIPAA's terms) and its PRC entry agree.
func TestPlaceInARegistryTitleNamesNoCountry(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Title: "The Kent Center", Text: "A briefcase with patient records was stolen from a clinician's car on July 13."})
	if got.Country != nil && *got.Country == "GB" {
		t.Errorf("country GB from the entity's name; reasons %+v", got.Reasons)
	}
	got = c.Classify(cit.Candidate{Title: "Northside Pediatrics, PA", Text: "An unknown individual gained unauthorized access to the office by " +
		"breaking a window and removed a laptop computer holding the ePHI of 2,000 patients."})
	if got.IsHealthCyberattack {
		t.Errorf("a break-in through a window: verdict %s (score %.3f), want no accept", got.Verdict, got.Score)
	}
}

// TestAttackersCountryIsNotTheVictims: a country the text names outright as
// the attacker's is not the victim's, even where a title's "vs." or a
// demonym would put it first.
func TestAttackersCountryIsNotTheVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, body, want string }{
		{"Israel vs. Iran: Aerospace industries", "Iranian ransomware group Pay2Key claims to have hacked the biggest Israeli " +
			"airpower defense corporation, named Israel Aerospace Industries.", "IL"},
		{"Russian disinformation: Nuclear Waste Spill", "Russian hacking group attacked two Polish government websites and " +
			"used them to spread disinformation about a putative radioactive threat.", "PL"},
		{"Chinese hackers breach Chinese dissident forum", "Chinese hackers stole the forum's member list.", "CN"}, // no other country: kept
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.body})
		if got.CountryCode() != tt.want {
			t.Errorf("%q: country %q, want %q; reasons %+v", tt.title, got.CountryCode(), tt.want, got.Reasons)
		}
	}
}

// TestDefencesDrillsAndMalwareInfections: what an organisation did after a
// theft, a plan or a drill is no attack; a ransomware "infection" is no
// disease, and a reassurance that data was not misused is no loss.
func TestDefencesDrillsAndMalwareInfections(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	cyberHit := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber })
	}
	if cyberHit("An x-ray workstation was stolen from a clinic. The CE provided breach notification and encrypted its imaging workstations.") {
		t.Error(`a defender's "encrypted its" read as an attack word`)
	}
	if !cyberHit("The attackers encrypted its servers.") {
		t.Error(`an attacker's "encrypted its" lost its attack word`)
	}
	if bodyHas(c, "The CE handled the event under its cybersecurity incident response plan.", func(v term) bool { return v.kind == kCyber && !v.weak }) {
		t.Error("an incident response plan read as an incident")
	}
	if bodyHas(c, "The hospital said a ransomware infection crippled its systems. The infection also affected its physician offices.",
		func(v term) bool { return v.kind == kBio }) {
		t.Error("a ransomware infection read as a disease")
	}
	if !bodyHas(c, "Ransomware hit the clinic as flu infections rose.", func(v term) bool { return v.kind == kBio }) {
		t.Error("infections beside a disease lost their biological sense")
	}
	if bodyHas(c, "The hospital found no evidence so far that patient information was misused.", func(v term) bool { return v.kind == kLoss && !v.weak }) {
		t.Error(`"no evidence so far … misused" counted as a loss`)
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Hospital stages mock ransomware attack to test its response",
		Text: "The medical center took its records system offline for four hours in a planned exercise simulating a ransomware attack."})
	if got.IsHealthCyberattack {
		t.Errorf("a drill: verdict %s (score %.3f), want no accept", got.Verdict, got.Score)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "St. Joseph Health System",
		Text: "A server containing patient and employee information was attacked between December 16 and 18. Investigators traced the attack to IP addresses in China."})
	if !got.IsHealthCyberattack {
		t.Errorf("a server attacked from abroad: verdict %s (score %.3f), want accept", got.Verdict, got.Score)
	}
}

// TestDenialsAttributionAndGuards: a past-tense or reflexive denial denies,
// researchers who attribute an attack are no vulnerability news, a defence
// against attacks names none, and a staff member's device accessed by an
// outsider is an intrusion.
func TestDenialsAttributionAndGuards(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strongCyber := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	for _, s := range []string{
		"El hospital sufrió una caída informática, que descartó cualquier ciberataque.",
		"Segundo o hospital, não se tratou de um ataque informático.",
		"Le programme doit aider les hôpitaux à se préparer aux attaques par rançongiciel.",
		"Officials urged clinics to protect against ransomware.",
	} {
		if strongCyber(s) {
			t.Errorf("%q: read as an attack", s)
		}
	}
	if bodyHas(c, "The Hive group, which security researchers linked to former Conti members, attacked the fund.",
		func(v term) bool { return v.kind == kVuln }) {
		t.Error("researchers who attribute an attack read as vulnerability news")
	}
	if !bodyHas(c, "Researchers found a flaw in the infusion pump.", func(v term) bool { return v.kind == kVuln }) {
		t.Error("researchers who found a flaw lost their vulnerability sense")
	}
	if bodyHas(c, "An employee workstation had been accessed by an unauthorized party.", func(v term) bool { return v.kind == kLoss && !v.weak }) {
		t.Error("an employee's workstation accessed by an outsider read as an insider's access")
	}
	if !bodyHas(c, "A pharmacy employee accessed prescription records without a business need.", func(v term) bool { return v.kind == kLoss }) {
		t.Error("an employee who accessed records lost the insider reading")
	}
}

// TestVictimDescribedBeforeItsAttack: a health organisation whose long
// description stands between it and the attack it suffered is its victim.
func TestVictimDescribedBeforeItsAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "OneBlood ransomware attack",
		Text: "OneBlood, a non-profit blood bank serving more than 250 hospitals in Florida, Georgia, Alabama and the Carolinas, " +
			"was hit by a ransomware attack on 28 July 2024."})
	if !hasRule(got, "rule:health_victim_of_attack") || !got.IsHealthCyberattack {
		t.Errorf("a blood bank hit by ransomware after its description: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// TestVictimActsAfterItsAttack: a health organisation that opens its
// sentence and tells what it did after an attack ("following", "after")
// is that attack's victim, however long the sentence; an attack it names
// on someone else is not its own.
func TestVictimActsAfterItsAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "HSE shuts down all IT systems after 'significant' ransomware attack",
		Text: "The Health Service Executive has shut down all of its IT systems as a precaution following what it described as a " +
			"significant ransomware attack. Outpatient appointments at several hospitals have been cancelled."})
	if !hasRule(got, "rule:health_victim_of_attack") || !got.IsHealthCyberattack {
		t.Errorf("a health service that shut down its systems after a ransomware attack: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Mercy Hospital reviews its email filters",
		Text: "Mercy Hospital has asked all of its staff to report suspicious emails and has reviewed its filters after a ransomware attack on " +
			"the county's school district last month."})
	if hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("an attack on a school district read as the hospital's: reasons %+v", got.Reasons)
	}
}

// TestVictimNamedApartFromTheAttack: an incident's record may name its
// victim apart from the attack its title tells of ("The victim was …",
// "stolen from …"); a health word near "stolen from" that is not what the
// data was taken from names no victim.
func TestVictimNamedApartFromTheAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, cand := range []cit.Candidate{
		{Title: "Unnamed ransomware group encrypted servers of Panama's social security fund",
			Text: "In September 2024, a ransomware group posted files it claimed to have stolen from an institution in Panama. " +
				"The victim was the Caja de Seguro Social (CSS), which provides health care to most Panamanians."},
		{Title: "INC Ransom leaked three terabytes of Scottish data after failed extortion",
			Text: "In March 2024, the group posted a proof pack on its leak site. After the deadline passed, it published the full dataset. " +
				"The data had been stolen from NHS Dumfries and Galloway, a Scottish regional health board."},
	} {
		cand.Lang = "en"
		if got := c.Classify(cand); !hasRule(got, "rule:health_victim_of_attack") || !got.IsHealthCyberattack {
			t.Errorf("%q: verdict %s (score %.3f), reasons %+v", cand.Title, got.Verdict, got.Score, got.Reasons)
		}
	}
	got := c.Classify(cand("Minneapolis Public Schools confirms ransomware gang leaked student records",
		"Minneapolis Public Schools has confirmed that the Medusa ransomware gang published files stolen from its network, including "+
			"student records and, in some cases, sensitive documents on mental health assessments and sexual assault allegations.\n\n"+
			"The district said it did not pay the $1 million ransom demand."))
	if hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("a school district's files read as a health victim's: reasons %+v", got.Reasons)
	}
}

// TestVictimNamedByItsKindNext: the lead's second sentence that names the
// attacked organisation by its kind ("The Buffalo hospital …") makes it a
// health organisation's attack; a negated second sentence does not.
func TestVictimNamedByItsKindNext(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cand("ECMC won't pay hackers' ransom, CEO says, as network rebuild begins",
		"ECMC Corp. will not pay the ransom demanded by the hackers who encrypted its systems this week, chief executive Thomas Quatroche said. "+
			"The Buffalo hospital is rebuilding servers and thousands of workstations."))
	if !hasRule(got, "rule:health_victim_of_attack") || !got.IsHealthCyberattack {
		t.Errorf("verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
	got = c.Classify(cand("City of Lockport won't pay hackers' ransom",
		"The city will not pay the ransom demanded by the hackers who encrypted its systems this week, the mayor said. "+
			"The city's hospital was not affected and kept seeing patients."))
	if hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("a hospital said unaffected read as the victim: reasons %+v", got.Reasons)
	}
}

// TestTitleVictimNamedInFull: a title that names its victim by one word or
// by its town ("Memorial notifies …", "Gillette hospital still diverting
// …") yields to the name the lead gives it; a descriptor before the title's
// word is no fuller name.
func TestTitleVictimNamedInFull(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Memorial notifies nearly 270,000 patients that hackers took data",
			"Lake Charles Memorial Health System is mailing notices to about 270,000 patients after hackers copied files from its network.",
			"Lake Charles Memorial Health System"},
		{"Gillette hospital still diverting some patients after weekend cyberattack",
			"Campbell County Memorial Hospital in Gillette is still sending some patients elsewhere two days after a ransomware attack crippled its network.",
			"Campbell County Memorial Hospital"},
		{"Suspected ransomware forced Tallahassee Memorial HealthCare to divert patients",
			"The health system said emergency patients were sent to other hospitals.", "Tallahassee Memorial HealthCare"},
		{"Ransomware forced Oceanside public hospital into emergency diversion",
			"Tri-City Medical Center in Oceanside diverted ambulances after a ransomware attack on its network.", "Tri-City Medical Center"},
		{"Nach Hackerangriff auf Bitmarck laufen Kassen-Systeme wieder",
			"Der Krankenkassen-IT-Dienstleister Bitmarck hat die meisten Systeme wieder in Betrieb genommen.", "Bitmarck"},
	} {
		got := c.Classify(cand(tt.title, tt.text))
		if got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
}

// TestAttackFoundOnItsOwnSystems: an organisation that found ransomware on
// its own network is its victim, however long its description.
func TestAttackFoundOnItsOwnSystems(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cand("Ransomware attack on one of the largest US independent blood collectors",
		"On 26 January 2025, New York Blood Center Enterprises (NYBCe), one of the largest independent blood collection organisations "+
			"in the United States, identified suspicious activity and found ransomware on its network."))
	if !hasRule(got, "rule:health_victim_of_attack") || !got.IsHealthCyberattack {
		t.Errorf("verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// TestReportsThatDenyOrSpare: a report that says there was no evidence of
// an attack, that a gang will spare hospitals, that an agency warns, or
// that letters went to the wrong patients tells of no attack on a health
// organisation, in English and the other languages.
func TestReportsThatDenyOrSpare(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, cd := range []cit.Candidate{
		{Lang: "en", Title: "Guy's and St Thomas' IT failure caused by cooling breakdown during heatwave",
			Text: "A major IT failure disrupted services at Guy's and St Thomas' NHS Foundation Trust; operations were cancelled. " +
				"The trust said there was no suggestion that the failure was the result of a cyber attack."},
		{Lang: "pt", Title: "Apagão: hospitais recorrem a geradores e adiam cirurgias programadas",
			Text: "Os hospitais do Serviço Nacional de Saúde funcionaram com geradores durante o apagão. " +
				"O Governo afirmou que não há indícios de que o corte de energia tenha resultado de um ciberataque."},
		{Lang: "en", Title: "Some ransomware gangs say they will spare hospitals during the pandemic",
			Text: "Several ransomware operators said they would stop all activity against medical organizations."},
		{Lang: "fr", Title: "Rançongiciels : l'ANSSI alerte sur la menace qui pèse sur les établissements de santé",
			Text: "L'ANSSI publie un état de la menace consacré au secteur de la santé, qu'elle juge particulièrement exposé aux rançongiciels."},
		{Lang: "de", Title: "Datenpanne am Klinikum: Arztbriefe an falsche Patienten verschickt",
			Text: "Rund 600 Patienten eines Klinikums haben Arztbriefe erhalten, die für andere Personen bestimmt waren. " +
				"Ein Hackerangriff liege nicht vor, betonte ein Sprecher."},
	} {
		if got := c.Classify(cd); got.IsHealthCyberattack {
			t.Errorf("%q: accepted (score %.3f), reasons %+v", cd.Title, got.Score, got.Reasons)
		}
	}
}

// TestNamesThatAreNoVictims: a gang the report names as one elsewhere, a
// CERT, a place alone and another attack the report compares are no
// victims.
func TestNamesThatAreNoVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, notVictim string }{
		{"PhilHealth refuses to pay ransom after Medusa attack",
			"The Philippine Health Insurance Corporation will not pay the ransom. The Medusa ransomware group claimed responsibility for the attack.", "Medusa"},
		{"Pro-Russian hackers target Dutch hospitals with DDoS attacks",
			"Several Dutch hospitals were hit by denial-of-service attacks on Sunday, the Dutch healthcare computer emergency response team Z-CERT said.", "Z-CERT"},
		{"Medibank detects cyber incident, shares placed in trading halt",
			"Australia's largest health insurer Medibank says it detected unusual activity on its network. The incident comes weeks after the Optus data breach.", "Optus"},
	} {
		got := c.Classify(cand(tt.title, tt.text))
		if strings.Contains(got.Victim, tt.notVictim) {
			t.Errorf("%q: victim %q", tt.title, got.Victim)
		}
	}
}

// TestRegistryNameRepeatedInItsText: a place abroad that opens a registry
// record's entity name says nothing of its country in the text either,
// when the text places the entity in the US; holidays are no victims.
func TestRegistryNameRepeatedInItsText(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Athens Orthopedic Clinic",
		Text: "A hacker accessed Athens Orthopedic Clinic's systems using a vendor's credentials. Names and Social Security numbers were exposed."})
	if got.Country == nil || *got.Country != "US" {
		t.Errorf("country %v, want US; reasons %+v", got.Country, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "Ransomware attack on Christmas Day 2023",
		Text: "A ransomware gang attacked the hospital's servers."})
	if got.Victim == "Christmas Day" {
		t.Errorf("a holiday read as the victim")
	}
}

// TestSparedAndDeniedAbroad: health bodies said unaffected and attacks
// denied in the six other languages' longer forms; "vs." titles and
// possessive countries.
func TestSparedAndDeniedAbroad(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	healthHit := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kHealthOrg || v.kind == kHealthData })
	}
	for _, s := range []string{
		"La mutuelle santé de l'entreprise n'est pas concernée, précise la direction.",
		"L'amministrazione ha spiegato che non risultano coinvolti dati sanitari.",
	} {
		if healthHit(s) {
			t.Errorf("%q: an unaffected health body still counts", s)
		}
	}
	if !healthHit("La mutuelle a été touchée par une cyberattaque.") {
		t.Error("a health body that was hit lost its word")
	}
	strongCyber := func(body string) bool {
		return bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	for _, s := range []string{
		"La consejería descartaron que se tratara de un ciberataque.",
		"L'Ulss ha chiarito che non c'è stato alcun attacco hacker.",
		"Ein Cyberangriff wird ausgeschlossen.",
	} {
		if strongCyber(s) {
			t.Errorf("%q: a denied attack read as one", s)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "BlackSuit vs. Octapharma Plasma",
		Text: "The ransomware gang encrypted the plasma collector's systems."}); !strings.Contains(got.Victim, "Octapharma") {
		t.Errorf("victim %q after 'vs.', want Octapharma Plasma", got.Victim)
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "LockBit attack on Senegal's tax administration",
		Text: "LockBit claimed the attack."}); got.Victim == "Senegal's" {
		t.Error("a possessive country read as the victim")
	}
}

// TestNamedHealthHacksAndOutsiders: "<Name> Health hack" is a hack, a
// health hack a tip; data accessed by an unknown third party is an
// intrusion unless the text reassures that it was not; an actor-named
// incident's title is no victim.
func TestNamedHealthHacksAndOutsiders(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strongCyber := func(title, body string) bool {
		return slices.ContainsFunc(c.analyse(title, body, "").titleHits, func(h text.Hit[term]) bool { return h.Value.kind == kCyber && !h.Value.weak }) ||
			bodyHas(c, body, func(v term) bool { return v.kind == kCyber && !v.weak })
	}
	if !strongCyber("UCLA Health hack exposes data of 4.5 million patients", "") {
		t.Error("a named health system's hack lost its attack word")
	}
	if strongCyber("10 health hacks for a better winter", "") || strongCyber("Der Health-Hackathon in Berlin", "") {
		t.Error("a health tip or a hackathon read as an attack")
	}
	if !strongCyber("", "The health plan's information was inappropriately accessed by an unknown third party.") {
		t.Error("data accessed by an unknown third party is no intrusion")
	}
	if strongCyber("", "There was no reason to believe sensitive information was accessed by unauthorized users.") {
		t.Error("a reassurance read as an intrusion")
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Rhysida (August 2023)",
		Text: "The Rhysida ransomware group attacked Prospect Medical Holdings, which runs hospitals in four states."}); strings.HasPrefix(got.Victim, "Rhysida") {
		t.Errorf("the actor-named title read as the victim (%q)", got.Victim)
	}
	// the actor's incident tells of its victim after the actor's portrait
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Rhysida (August 2023)",
		Text: "Rhysida is a ransomware group active since May 2023. It gains access through phishing and valid accounts. " +
			"In August 2023 the group's ransomware attack hit the hospital operator Prospect Medical Holdings."})
	if !hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("a victim after an actor's portrait: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// TestTargetPlaceInTitle: in a title that names both sides, the place the
// attack is said to hit is the victim's country; a place opening a name is
// not one.
func TestTargetPlaceInTitle(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Indian Revenge: Ransomware against Pakistani Airports"})
	if got.Country == nil || *got.Country != "PK" {
		t.Errorf("country %v, want PK (reasons %+v)", got.Country, got.Reasons)
	}
	got = c.Classify(cit.Candidate{Lang: "en", Title: "LockBit ransomware attack on London Drugs",
		Text: "The Canadian pharmacy chain closed all its stores in Alberta and British Columbia."})
	if got.Country == nil || *got.Country != "CA" {
		t.Errorf("country %v, want CA: 'London Drugs' is a name, not the target's place", got.Country)
	}
}

// TestRoundTwelveContext: the context passes added in round 12, each read
// on the words it is about.
func TestRoundTwelveContext(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	health := func(v term) bool { return v.kind == kHealthOrg || v.kind == kHealthWeak }
	attack := func(v term) bool { return v.kind == kCyber && !v.weak }
	for _, tt := range []struct {
		body string
		want func(term) bool
		has  bool
		why  string
	}{
		{"Un ciberataque bloquea el Ayuntamiento; los centros de salud funcionan con normalidad.", health, false,
			"a health centre working on while the town hall is attacked"},
		{"Das Gesundheitsamt und die Impfstelle arbeiten weiter, teilte ein Stadtsprecher mit.", health, false,
			"a health office working on"},
		{"L'Asl e l'ospedale cittadino, che hanno reti informatiche separate, non sono stati coinvolti.", health, false,
			"health bodies not involved, past a relative clause"},
		{"El hospital funciona con normalidad tras el ciberataque.", health, true,
			"a hospital working on after its own attack keeps its word"},
		{"Ciberataque contra el hospital: la atención funciona con normalidad.", health, true,
			"the attack's target keeps its word"},
		{"Red Eléctrica ha descartado que el corte se debiera a un ciberataque.", attack, false,
			"an attack word in a clause a denial governs"},
		{"O Governo afastou a hipótese de um ciberataque.", attack, false, "a Portuguese denial"},
		{"An unauthorised party had accessed an offline set of patient data and had stolen personal information.", attack, true,
			"an outside party that took data"},
		{"An unauthorized person took a laptop from the clinic.", attack, false, "a device taken stays a theft"},
		{"There is nothing to suggest that hackers obtained patient information.", attack, false, "a reassurance"},
		{"An outside party had broken into one of its servers.", attack, true, "a break-in to a server"},
		{"Thieves broke into the office and stole two computers.", attack, false, "a break-in to an office"},
		{"Hackers broke into the University of Pittsburgh Medical Center's human resources database.", attack, true,
			"a break-in to a database named after its owner"},
		{"Members used passwords obtained from unrelated breaches to log into accounts.", attack, true, "reused passwords"},
		{"Le CHU, dont plusieurs services sont sur le campus, a fait savoir que l'activité de soins se poursuivait normalement.",
			health, false, "a hospital's care going on as usual, past an apposition"},
		{"Ciberataque a la Universidad de Murcia: el hospital universitario, sin incidencias.", health, false,
			"a hospital without incidents after another's attack"},
		{"El hospital funciona con normalidad pese al ciberataque.", health, true, "an attack word after it in its sentence"},
		{"Uniklinik verschickt Test-Phishing-Mails an 9.000 Beschäftigte.", attack, false, "a phishing test"},
		{"Un hospital manda correos trampa de phishing a su plantilla.", attack, false, "fake phishing sent to its own staff"},
		{"Hackers copied test result files from the lab's server.", attack, true, "a test result is no drill"},
		{"Patients locked out of GP surgery after practice closes.", attack, false, "locked out of a surgery"},
		{"Staff were locked out of their computer network early Friday.", attack, true, "locked out of a network"},
		{"Call to shut 'trojan horse' health clinics.", attack, false, "a metaphor"},
	} {
		if got := bodyHas(c, tt.body, tt.want); got != tt.has {
			t.Errorf("%s: %q: hit = %v, want %v", tt.why, tt.body, got, tt.has)
		}
	}
	for title, want := range map[string]string{
		"Orion Managed IT Services":                   "Orion Managed IT Services",
		"Democratic Congressional Campaign Committee": "Democratic Congressional Campaign Committee",
		"Under Armour, MyFitnessPal":                  "Under Armour, MyFitnessPal",
		"NHLS (June 2024)":                            "NHLS",
		"Iowa Health System d/b/a UnityPoint Health":  "Iowa Health System d/b/a UnityPoint Health",
		"Silk Typhoon vs. US Treasury":                "US Treasury",
		"Uganda":                                      "",
		"Medusa (2024)":                               "",
		"Interlock (April 2025)":                      "",
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: title, Text: "The organisation reported an incident."})
		if got.Victim != want {
			t.Errorf("title %q: victim %q, want %q", title, got.Victim, want)
		}
	}
}

// TestPaperFallbackIsNoLoss: paper records staff fell back on during an
// attack's downtime are no lost papers, and the attack is accepted; paper
// records left in a dumpster stay a loss.
func TestPaperFallbackIsNoLoss(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	strongPaper := func(v term) bool { return v.kind == kLoss && !v.weak }
	if bodyHas(c, "Clinics used paper records while systems were rebuilt.", strongPaper) {
		t.Error("paper records used during downtime read as a loss")
	}
	if !bodyHas(c, "Paper records were found in a dumpster behind the clinic.", strongPaper) {
		t.Error("paper records in a dumpster no longer read as a loss")
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "Jordan Valley Community Health Center",
		Text: "The network of Jordan Valley Community Health Center in Springfield, Missouri was attacked with ransomware. " +
			"Clinics used paper records while systems were rebuilt."})
	if !got.IsHealthCyberattack || !hasRule(got, "rule:health_victim_of_attack") {
		t.Errorf("a health centre's ransomware with paper downtime: verdict %s (score %.3f), reasons %+v", got.Verdict, got.Score, got.Reasons)
	}
}

// TestPlaceOpeningTheVictimsName: a leak post's victim whose name opens
// with a town abroad ("Leon Medical Centers") is placed nowhere by it; a
// text that places it elsewhere still does.
func TestPlaceOpeningTheVictimsName(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	post := cit.Candidate{Lang: "en", Title: "Leon Medical Centers listed on the conti ransomware leak site",
		Text:   "The ransomware group conti listed Leon Medical Centers as a victim on its data leak site.",
		Fields: map[string]string{cit.FieldVictim: "Leon Medical Centers", cit.FieldThreatActor: "conti"}}
	if got := c.Classify(post); got.Country != nil {
		t.Errorf("a leak post of Leon Medical Centers: country %q, want none", *got.Country)
	}
	post.Text += " The Miami clinic chain serves seniors in Florida."
	if got := c.Classify(post); got.Country == nil || *got.Country != "US" {
		t.Errorf("a leak post of Leon Medical Centers placed in Florida: country %v, want US", got.Country)
	}
}

// TestHealthAmongTargetedSectors: a campaign whose victims' sectors include
// healthcare is a health cyberattack, as EuRepoC files it; a report's
// figures on the most targeted sectors are not.
func TestHealthAmongTargetedSectors(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		{"RansomHub affiliates hit 210 victims",
			"Since February 2024, RansomHub affiliates have encrypted and exfiltrated data from at least 210 victims representing the water, information technology, government services, healthcare and public health, and financial services sectors, a joint advisory said.", true},
		{"BlackSuit affiliates hit over 100 victims",
			"The ransomware group encrypted systems of victims in the education, government, healthcare and manufacturing sectors, the FBI said.", true},
		// a threat write-up of what a group targets names no victim
		{"Emotet returns with new lures",
			"Researchers said the botnet is targeting organizations in the government, healthcare, financial services and education sectors.", false},
		{"Flaws found in serial device servers",
			"The affected products are deployed across critical manufacturing, energy, healthcare and public health, and transportation sectors.", false},
		{"Ransomware trends 2020: healthcare remains top target",
			"A new threat report from a security vendor says ransomware operators shifted toward double extortion. Healthcare, education and local government were the most targeted sectors, the report said.", false},
		{"Phishing campaign hits logistics firms",
			"The campaign targeted companies in the logistics, manufacturing and retail sectors.", false},
	} {
		got := c.Classify(cit.Candidate{Title: tt.title, Text: tt.text, Lang: "en"})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: accept %v (score %.3f), want %v", tt.title, got.IsHealthCyberattack, got.Score, tt.accept)
		}
		if tt.accept && !hasRule(got, ruleSectorTargets) {
			t.Errorf("%q: no %s reason", tt.title, ruleSectorTargets)
		}
	}
}

// cand is an English candidate of a title and a text.
func cand(title, text string) cit.Candidate {
	return cit.Candidate{Lang: "en", Title: title, Text: text}
}

// A registry titles an entry "Entity via Party": the entity is the victim,
// the party the records were lost through.
func TestRegistryTitleViaParty(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cand("Lakeview Family Practice via Northstar Billing Services",
		"Northstar Billing Services, which handles claims for Lakeview Family Practice, said a hacker accessed one of its servers holding patient names and insurance numbers."))
	if got.Victim != "Lakeview Family Practice" || !hasRule(got, "title:entity_via_party") {
		t.Errorf("victim %q (reasons %v), want Lakeview Family Practice by title:entity_via_party", got.Victim, got.Reasons)
	}
	// "Via" capitalised is a name's word, not the registry's credit
	if got := c.Classify(cand("Via Christi Health", "A hacker accessed a server of Via Christi Health.")); hasRule(got, "title:entity_via_party") {
		t.Errorf("Via Christi Health: read as an entity via a party (victim %q)", got.Victim)
	}
}

// A Title Case headline capitalises its verbs and nouns ("Wichita Hospital
// Paid Ransom, Got a Second Demand"): its name is taken where the text
// writes it, else the text's victim. A sentence-case title with a name in
// it, or a short title that is mostly a name, keeps the title's.
func TestTitleCaseHeadlineVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Kansas Hospital Paid Ransom, Got a Second Demand Instead of Its Files",
			"Kansas Heart Hospital in Wichita paid a ransom to attackers who had encrypted its files, but received only partial access and a second demand.",
			"Kansas Heart Hospital"},
		{"Hackers Lock Files of 9,000 Patients at Sydney Cardiology Clinic, Demand Ransom",
			"Cyber criminals locked the medical records of about 9,000 patients at Harbour Heart Group, a cardiology practice in Sydney, and demanded a ransom.",
			"Harbour Heart Group"},
		{"Ransomware disrupts Hospital do Espírito Santo de Évora",
			"A ransomware attack affected the information systems of the Hospital do Espírito Santo in Évora, Portugal.",
			"Hospital do Espírito Santo de Évora"},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
}

// Words of an attack that look like a loss or a disease: a USB device the
// attackers used, staff falling back on fax machines, an outbreak of named
// malware, a worm by its name.
func TestAttackToolsAndFallbacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Ransomware attack on Taiwan's Mackay Memorial Hospital",
			"In February 2025, Mackay Memorial Hospital was hit by a ransomware attack that affected 500 computers. The attackers reportedly used a USB device to disable security software."},
		{"Ransomware Forces Hospital in Neuss to Switch Off IT Systems",
			"Ransomware hit the Lukaskrankenhaus in Neuss, forcing staff to shut down computers and fall back on fax machines and paper."},
		{"Sasser Worm Cripples Computers at Swedish Hospital",
			"The Sasser worm infected about 2,000 computers at Lund University Hospital, forcing staff to shut down systems used for X-ray images and patient records."},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Verdict != cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.3f), want accept", tt.title, got.Verdict, got.Score)
		}
	}
	d := c.analyse("Merck Network Compromised in Global Petya Outbreak", "", "")
	for _, h := range d.titleHits {
		if h.Value.kind == kBio {
			t.Errorf("Petya outbreak: a biological hit %q", d.titleToks[h.First].Norm)
		}
	}
	// a USB drive stolen by intruders is still a loss
	if got := c.Classify(cand("Pine Valley Clinic", "Intruders stole a USB drive holding patient names from the clinic's front desk.")); got.Verdict == cit.VerdictAccept {
		t.Errorf("stolen USB drive: verdict accept (score %.3f)", got.Score)
	}
}

// Reports in other languages that count no attack of their own: a yearly
// report or tally, a gang's leader charged, police searches, staff
// training, an outage the hospital says was no attack. And the attacks
// other languages tell in their own words.
func TestOtherLanguagesReportsAndAttacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"fr", "Nantes : quatre heures de panne au CHU, une mise à jour en cause",
			"Les logiciels du CHU de Nantes ont été inaccessibles pendant quatre heures. La direction écarte toute attaque informatique : la panne est liée à une mise à jour.", false},
		{"fr", "Le chef présumé du groupe de rançongiciel, lié à l'attaque d'un hôpital, inculpé",
			"Le chef présumé du groupe de rançongiciel, à l'origine de l'attaque contre un centre hospitalier, a été inculpé aux États-Unis.", false},
		{"fr", "Santé : l'agence a reçu 500 signalements d'incidents en un an",
			"Les hôpitaux et cliniques ont déclaré près de 500 incidents ; les rançongiciels arrivent en tête.", false},
		{"es", "El Servicio de Salud enviará correos falsos a su plantilla para entrenarla contra el 'phishing'",
			"El servicio de salud lanzará una campaña con correos trampa a sus profesionales para que aprendan a identificar el phishing.", false},
		{"pt", "Saúde lidera ataques de ransomware no país, aponta relatório",
			"Hospitais e clínicas foram o setor mais atingido por ataques de ransomware, segundo um relatório.", false},
		{"nl", "Z-CERT: ransomware blijft grootste dreiging voor de zorg",
			"Ziekenhuizen en zorginstellingen blijven het vaakst doelwit van ransomware, meldt Z-CERT.", false},
		{"pt", "Hospital de Caridade: instabilidade nos sistemas foi causada por criminosos virtuais",
			"O Hospital de Caridade confirmou que a instabilidade foi provocada por um ataque de criminosos virtuais que bloquearam servidores.", true},
		{"es", "Un correo infectado obliga al hospital comarcal a apagar sus equipos",
			"El Hospital Comarcal desconectó sus equipos tras detectar un virus informático que llegó en un correo infectado.", true},
		{"pt", "IPO de Lisboa: emails de profissionais comprometidos em ataque de phishing",
			"O Instituto Português de Oncologia de Lisboa confirmou que contas de correio eletrónico de profissionais foram comprometidas num ataque de phishing.", true},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: accept %v (score %.3f), want %v", tt.title, got.IsHealthCyberattack, got.Score, tt.accept)
		}
	}
}

// An intruder's traces in a registry's words: an unauthorized user account,
// files copied to an external location; a toxicology laboratory is a
// health organisation.
func TestIntrudersTracesAndLaboratories(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Bayside Behavioral Health Services, Inc.",
			"The covered entity (CE) reported that its IT staff discovered an unauthorized user account on a domain controller and evidence that files had been copied to an external location. The files held client treatment plans."},
		{"Northgate Toxicology Labs",
			"Northgate Toxicology Labs reported that an unauthorized party accessed a file server holding drug test requisitions with patients' names and results."},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Verdict == cit.VerdictReject {
			t.Errorf("%q: verdict reject (score %.3f), want accept or review", tt.title, got.Score)
		}
	}
}

// Names that are no victim: a place before "-based", a minister speaking,
// a common word opening a sentence, a ransomware family, a national
// cybersecurity agency. And a subject whose own systems the attack hit.
func TestVictimsBesideTheirPlacesPeopleAndTools(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Ransomware gang says it stole 6 terabytes from Flint-based McLaren Health Care",
			"McLaren Health Care is investigating a cybersecurity incident after the gang's claim.", "McLaren Health Care"},
		{"Waikato DHB outage confirmed as ransomware",
			"The cyber attack that crippled Waikato District Health Board's computer systems was a ransomware attack, Health Minister Andrew Little has confirmed.",
			"Waikato District Health Board"},
		{"Backmydata ransomware attack on healthcare software takes 100 Romanian hospitals offline",
			"100 hospitals have taken their systems offline. Romania's National Cybersecurity Directorate said the Backmydata ransomware, part of the Phobos family, was used.", ""},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
	got := c.Classify(cand("Three London hospitals cancel operations after IT attack",
		"Operations have been cancelled and patients diverted at three London hospitals after a cyber attack on a pathology supplier."))
	if got.Victim == "Operations" {
		t.Errorf("a common word opening a sentence taken for the victim")
	}
	got = c.Classify(cand("HSE takes down all IT systems as precaution after 'human-operated' ransomware attack",
		"The Health Service Executive has shut down all of its IT systems after what it described as a significant ransomware attack on its national and local systems. The Rotunda Hospital cancelled outpatient visits."))
	if got.Verdict != cit.VerdictAccept {
		t.Errorf("an attack on the subject's own systems: verdict %s (score %.3f), want accept", got.Verdict, got.Score)
	}
}

// EuRepoC's titles of 2022 and later name receivers outside health in
// shapes of their own: a trade and a demonym before the name, an intrusion
// "into" it, a gang that "publishes" or "halts" it, data theft "from" it.
// A campaign against two countries has no one country.
func TestReceiversInEuRepoCTitles(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	text := "In 2024 the incident was reported. Further details were not disclosed."
	for _, tt := range []struct{ title, want string }{
		{"Data breach at Australian telecom Optus", "Optus"},
		{"Data breach at French employment agency France Travail", "France Travail"},
		{"Email account takeover at the Ghana Health Service", "Ghana Health Service"},
		{"Midnight Blizzard intrusion into Microsoft corporate email", "Microsoft"},
		{"Ragnar Locker publishes TAP Air Portugal customer data", "TAP Air Portugal"},
		{"BlackSuit halts CDK Global dealer management systems", "CDK Global"},
		{"Theft of payment card data from Air Europa", "Air Europa"},
		{"Leak of Israeli Ministry of Justice documents", "Israeli Ministry of Justice"},
		{"Guacamaya leak of SEDENA documents", "SEDENA"},
	} {
		if got := c.Classify(cand(tt.title, text)); got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
	for _, title := range []string{
		"NoName057(16) DDoS attacks against hospitals in Lithuania and Latvia",
		"Chinese espionage campaign against pharmaceutical companies in Japan and Germany",
	} {
		if got := c.Classify(cand(title, text)); got.Country != nil || !hasRule(got, "text:several_countries") {
			t.Errorf("%q: country %v, want none by text:several_countries", title, got.Country)
		}
	}
	if got := c.Classify(cand("DDoS attacks against hospitals in Lithuania", text)); got.CountryCode() != "LT" {
		t.Errorf("one country: %q, want LT", got.CountryCode())
	}
}

// Intrusions in registries' soft words: an unauthorized individual who
// "may have viewed" emails, an unknown party that "obtained credentials",
// a staff member's account "accessed by an unknown individual". A third
// party that may have viewed what an employee mailed home is no intruder.
// Data taken by the gigabyte is taken over a network, and soldiers whose
// records were stolen are no sign of violence.
func TestSoftWordIntrusions(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, attack string }{
		{"Northgate Orthopaedic Partners", "Northgate became aware of unusual activity in an employee's email account. It determined that an unauthorized individual may have viewed emails and attachments holding patients' insurance information.", ""},
		{"Juniper Behavioral Services", "The covered entity (CE) reported that an unknown party obtained credentials for a clinician's Office 365 account and accessed it for nine days. The account held treatment plans of 2,580 clients.", "account_compromise"},
		{"Riverbend Hospice Services", "An email account belonging to a nurse case manager was accessed by an unknown individual for about a week. The account held information about patients.", ""},
		{"Unity Care Network", "Unity Care Network, an accountable care organization, reported that an unknown party obtained credentials for a care coordinator's email account holding members' diagnoses.", ""},
		{"Ziv Medical Center (November 2023)", "A group claimed to have breached the Ziv Medical Center and stolen about 500 GB of data, including medical records of soldiers treated at the hospital.", ""},
		// round 18: an encryption event, files renamed and locked, a login from abroad, an owner's account
		// named before its provider's brand, the accounts of three employees, a passive's subject far back
		{"Keystone Dental Group (Harrisburg, Pennsylvania)", "Keystone Dental Group experienced an encryption event on its practice management server on March 3, 2019.", "ransomware"},
		{"Brookfield Family Dentistry", "Files on the practice's server were renamed and locked, and a text file with contact instructions was left in each folder.", "ransomware"},
		{"Ashford Hospice", "The hospice discovered that the login of a staff member was used to access its electronic records system from a computer outside the United States.", ""},
		{"Conifer Health Solutions (Frisco, Texas)", "Conifer Health Solutions discovered that an unauthorized individual accessed a Conifer employee's Microsoft Office 365 email account.", ""},
		{"Missouri Cancer Associates (Columbia, Missouri)", "Missouri Cancer Associates learned that an unknown third party may have accessed the email accounts of three employees.", ""},
		{"Cornerstone Home Infusion (Columbus, Ohio)", "An email account belonging to a billing employee at Cornerstone Home Infusion was accessed by an unauthorized person.", ""},
		// the third stage: a ransom record in a database, a sign-in from an unfamiliar location, a forwarding
		// rule in an employee's mailbox, an attack that encrypted servers
		{"Apothecary Compounding Solutions (Fort Worth, Texas)", "The pharmacy found that a database of its prescription intake application had been emptied and replaced with a single record demanding 0.2 bitcoin for the return of the data.", ""},
		{"Riverside Home Companions", "Riverside Home Companions, which provides skilled nursing visits, learned that someone had used a caregiver's username and password from an unfamiliar location to sign in and export client records.", "account_compromise"},
		{"Nueces Bay Cardiology (Corpus Christi, Texas)", "An unauthorized user accessed the email account of a Nueces Bay Cardiology billing employee and created a rule that forwarded incoming messages to an outside address.", ""},
		{"Big Horn Basin Regional Hospital (Cody, Wyoming)", "The hospital diverted ambulances after an attack encrypted the servers supporting its electronic health record.", "ransomware"},
		// the fourth stage: a server an intruder "had compromised", a vendor's credentials used, stolen passwords
		// used on a portal, a sleep disorders center
		{"Wyoming Department of Health", "The covered entity (CE) discovered that an unauthorized individual had compromised a web server used to host an online enrollment application holding the ePHI of Medicaid recipients.", ""},
		{"Garden State Radiology Group (Paramus, New Jersey)", "An unauthorized party used the credentials of a third-party IT support vendor to access the picture archiving system of Garden State Radiology Group.", "account_compromise"},
		{"Cape Cod Family Physicians (Hyannis, Massachusetts)", "Cape Cod Family Physicians discovered that someone used stolen usernames and passwords to log into patient portal accounts.", "account_compromise"},
		{"Crescent City Sleep Disorders Center (Metairie, Louisiana)", "The website of Crescent City Sleep Disorders Center was hacked and the online patient intake forms were accessed by an unauthorized person.", ""},
	} {
		got := c.Classify(cand(tt.title, tt.text))
		if got.Verdict != cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.3f), want accept", tt.title, got.Verdict, got.Score)
		}
		if tt.attack != "" && got.AttackType != tt.attack {
			t.Errorf("%q: attack type %q, want %q", tt.title, got.AttackType, tt.attack)
		}
	}
	got := c.Classify(cand("Chesapeake Home Care", "Contrary to policy, an employee emailed spreadsheets holding patients' diagnoses to a personal email account, and a third party may have viewed the spreadsheets."))
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("an employee's mail viewed by a third party: verdict accept (score %.3f)", got.Score)
	}
	got = c.Classify(cand("Northfield Primary Care (Northfield, Minnesota)", "During an internal phishing awareness test, the practice found that an employee had kept patient lists in a shared cloud folder. No information was obtained by an outside party through the test."))
	if got.Verdict == cit.VerdictAccept {
		t.Errorf("no information obtained by an outside party: verdict accept (score %.3f)", got.Score)
	}
}

// More of what other languages and outlets say around an attack: a city's
// attack with the hospital spared ("le CHU épargné"), a blackout whose
// cyberattack the government "ha descartado por ahora", an agency's yearly
// count of incidents, a law or funding for hospitals' defences, a hacker
// extradited; and attacks on aged care, home care (Spitex) and a share of
// a hospital's servers encrypted; data "stolen from its network".
func TestSparedCountedFundedAndStolenFromNetworks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"fr", "Angers : la ville et la métropole frappées par un rançongiciel, le CHU épargné",
			"Les services de la ville d'Angers sont paralysés par un rançongiciel. Le CHU n'est pas touché.", false},
		{"es", "Apagón general: los hospitales tiran de generadores",
			"Los hospitales aplazaron operaciones tras el apagón. El Gobierno ha descartado por ahora que el apagón se deba a un ciberataque.", false},
		{"fr", "Cybersécurité : les établissements de santé ont déclaré 581 incidents en 2023",
			"Les hôpitaux ont déclaré 581 incidents de sécurité, dont des rançongiciels.", false},
		{"it", "Legge sulla cybersicurezza: anche le Asl dovranno segnalare gli attacchi entro 24 ore",
			"Le aziende sanitarie dovranno segnalare gli attacchi informatici.", false},
		{"nl", "Belgische ziekenhuizen krijgen extra middelen voor cyberbeveiliging",
			"De ziekenhuizen krijgen geld om zich te wapenen tegen cyberaanvallen en ransomware.", false},
		{"fr", "LockBit : un développeur présumé du rançongiciel extradé vers les États-Unis",
			"Le développeur est soupçonné d'avoir participé aux attaques contre des hôpitaux.", false},
		{"de", "Erpresser stellen Daten von Spitex-Klienten ins Netz",
			"Eine Spitex-Organisation ist Opfer eines Cyberangriffs geworden. Eine Ransomware-Gruppe hat Pflegedokumentationen veröffentlicht.", true},
		{"fr", "Attaque informatique au CHwapi : 40 % des serveurs chiffrés, des patients transférés",
			"Le Centre hospitalier de Wallonie picarde a été frappé par une attaque informatique. 40 % de ses serveurs ont été chiffrés par un rançongiciel.", true},
		{"en", "Aged care provider says residents' medical records stolen in ransomware attack",
			"A Queensland aged care provider said criminals encrypted its servers and copied resident care plans.", true},
		{"en", "St Vincent's Health Australia confirms data stolen from its network",
			"St Vincent's Health Australia, which runs hospitals and aged care facilities, said cyber criminals had stolen data from its network.", true},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: accept %v (score %.3f), want %v", tt.title, got.IsHealthCyberattack, got.Score, tt.accept)
		}
	}
}

// A legal form's initials before its comma ("Forefront Dermatology, S.C.
// has notified …") are no name; a one-letter name ("X") still is.
func TestInitialsOfALegalFormAreNoVictim(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cand("Forefront Dermatology, S.C. - notice of data event",
		"Forefront Dermatology, S.C. has notified the New Hampshire Attorney General of a data security incident. An unknown actor gained access to certain Forefront IT systems and patients' information."))
	if got.Victim != "Forefront Dermatology" {
		t.Errorf("victim %q, want Forefront Dermatology", got.Victim)
	}
}

// Places are no victims, however written: a region with its direction
// ("Southern California"), a place and a kind ("Eastern Ontario
// hospital"); an object is not looked for in the next sentence; a health
// organisation named after "after the" is the victim unless an attack word
// follows it (another attack compared).
func TestPlacesAndSentencesAroundVictims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"Ransomware attack on Southern California medical groups exposed 3.3 million patients' data",
			"A ransomware attack on Regal Medical Group and three affiliated physician organizations exposed the data of 3.3 million patients.", "Regal Medical Group"},
		{"Eastern Ontario hospital confirms ransomware attack",
			"Brockville General Hospital said the attack encrypted some of its servers.", "Brockville General Hospital"},
		{"HSE cyber attack: Hospitals cancel outpatient appointments",
			"Hospitals have cancelled appointments after the Health Service Executive shut down its IT systems following a ransomware attack.", "Health Service Executive (HSE)"}, // the headline's initials, spelled out in the text
		// round 18: a US town before "hospital", a place before "-based" and a descriptor, German system nouns,
		// ordinals, staff, actors and sides, trades before a name
		{"Klamath Falls hospital working on paper after cyberattack", "Sky Lakes Medical Center said its systems were encrypted.", "Sky Lakes Medical Center"},
		{"Morrison hospital investigating cybersecurity incident", "Morrison Community Hospital says hackers stole patient records from the Whiteside County hospital.", "Morrison Community Hospital"},
		{"McLaren patients told to bring medication lists", "The outage is the second cyber incident at the Grand Blanc-based health system.", ""},
		{"Hackerangriff legt Netzwerk von DRK-Kliniken lahm", "", "DRK-Kliniken"},
		{"Zweiter Cyberangriff binnen drei Wochen", "Das Rhein-Klinikum hat seine Server vom Netz genommen.", "Rhein-Klinikum"},
		{"Medewerker Haarlemse zorggroep trapt in phishingmail", "Bij de Kennemer Zorggroep kon een aanvaller in de mailbox.", "Kennemer Zorggroep"},
		{"Iran-linked Malek Team leaks patient data from Ziv Medical Center", "", "Ziv Medical Center"},
		{"Pro-Russian NoName057(16) knocks Hydro-Québec website offline", "", ""},
		{"Ransomware attack on Vietnamese brokerage VNDirect", "", "VNDirect"},
		{"Data theft from Australian lender Latitude Financial", "", "Latitude Financial"},
		{"Hackers steal USD 17 million from Bank of Uganda", "", "Bank of Uganda"},
		{"First American Financial shuts down systems after ransomware attack", "", "First American Financial"},
		{"University of Michigan disconnects from internet after intrusion", "", "University of Michigan"},
		{"Iran-linked hackers claim theft of Maccabi Healthcare Services data", "", "Maccabi Healthcare Services"},
		{"ShinyHunters theft of Ticketmaster customer data", "", "Ticketmaster"},
		{"Attackers copy millions of files from Helsinki Education Division", "", "Helsinki Education Division"},
		{"Lazarus theft of Ethereum from Bybit", "", "Bybit"}, // a currency, not whose data
		{"Ascension gets records back five weeks after cyberattack", "Ascension said it restored access. The attack is separate from the February hack of Change Healthcare, which had hit its billing.", "Ascension"},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
	got := c.Classify(cand("Hackers post files they say were taken from Las Vegas hospital",
		"A cybercrime group published files it says were taken during last week's attack on the Las Vegas hospital's network. Screenshots reviewed by a TV station show patient intake forms."))
	if got.Victim == "Screenshots" {
		t.Errorf("a word of the next sentence taken for the object of the attack")
	}
}

// Registry entries that tell an attack only by its effect: a program that
// recorded keystrokes, a script inserted into a checkout page, files
// encrypted and a note that demanded payment, a password entered on a fake
// page; and health organisations by their trade (audiology, counseling, an
// ambulance authority).
func TestAttacksToldByTheirEffects(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Lindqvist Hearing & Balance Associates", "A malicious program that recorded keystrokes was found on a front-desk computer. It may have captured passwords for the practice management system holding patient names and audiology results."},
		{"Hillcrest Apothecary", "Hillcrest Apothecary, an independent pharmacy with an online store, learned that a script inserted into the checkout page copied customers' card numbers between March and May 2018."},
		{"Summit Foot & Ankle Associates", "Files on the practice's server were encrypted and a note demanded payment. Patient names, insurance information and treatment notes may have been accessed."},
		{"Tidewater Counseling Partners", "A therapist's email account was logged into from an unknown location after the therapist entered her password on a fake document sharing page. The account held clients' intake questionnaires."},
		{"Mercer County Ambulance Authority", "Mercer County Ambulance Authority said ransomware encrypted its dispatch and billing servers. The billing server held patients' transport records."},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Verdict == cit.VerdictReject {
			t.Errorf("%q: verdict reject (score %.3f), want accept or review", tt.title, got.Score)
		}
	}
}

// Words that look like denials or losses and are none: a place's "Pas"
// ("Pas-de-Calais"), attackers "not identified", staff who reverted to
// "pen, paper and fax machines".
func TestFalseDenialsAndFallbacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text string }{
		{"Ransomware attack on Fondation Hopale",
			"In November 2023 Fondation Hopale, a non-profit operator of rehabilitation centres and hospitals headquartered in Berck-sur-Mer (Pas-de-Calais, France), was hit by a ransomware attack. Care teams worked on paper for weeks."},
		{"Tallahassee Memorial HealthCare (February 2023)",
			"On 2 February 2023 Tallahassee Memorial HealthCare, a hospital in Florida, took its IT systems offline after an IT security issue and diverted ambulances. The attackers were not identified."},
		{"German Hospital Shuts Down IT Systems After Ransomware Infection",
			"The Lukas Hospital in Neuss took its IT systems offline after a ransomware infection spread through its network. The hospital reverted to pen, paper and fax machines to keep operating."},
	} {
		if got := c.Classify(cand(tt.title, tt.text)); got.Verdict != cit.VerdictAccept {
			t.Errorf("%q: verdict %s (score %.3f), want accept", tt.title, got.Verdict, got.Score)
		}
	}
}

// Round 19: victims of long articles and their headlines, tellers that
// report someone else's attack, denials right after their noun, a
// device's password and a law's name that are no attack.
func TestRound19VictimsAndDenials(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, want string }{
		// a Title Case headline's verbs ("Pays") are no name's words
		{"en", "LA Hospital Pays 40 Bitcoin to Regain Access to Encrypted Systems",
			"Hollywood Presbyterian Medical Center paid attackers 40 bitcoins to regain control of its computer systems after a ransomware infection knocked the Los Angeles hospital's network offline.", "Hollywood Presbyterian"},
		// a newspaper and a research firm report; the hospital was hit
		{"en", "Ransomware cripples French university hospital",
			"The Centre Hospitalier Universitaire de Rouen was hit by a ransomware attack that rendered 6,000 computers unusable. French newspaper Le Monde reported that the malware involved was Clop.", "Rouen"},
		{"en", "Washington hospital faces ransom demand",
			"Grays Harbor Community Hospital has been hit by a ransomware attack that locked its electronic health records, a researcher at Coveware said. Coveware reported that the average ransom payment rose.", "Grays Harbor"},
		// a name before its abbreviation, a name with "for" in it
		{"en", "Clinics told to phone for urgent results",
			"The National Health Laboratory Service (NHLS) says it is working to restore its systems after a ransomware attack.", "National Health Laboratory Service"},
		{"en", "SickKids responding to cybersecurity incident",
			"The Hospital for Sick Children in Toronto says it is responding to a cybersecurity incident that has affected internal systems.", "Hospital for Sick Children"},
		// a headline's kind and town ("hospital de Rio do Sul"), the body's name
		{"pt", "Polícia prende suspeito de ataque ransomware contra hospital de Rio do Sul",
			"A Polícia Civil prendeu um homem suspeito de participar do ataque hacker que paralisou os sistemas do Hospital Regional do Vale, em Rio do Sul.", "Hospital Regional do Vale"},
	} {
		got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text})
		if !strings.Contains(got.Victim, tt.want) {
			t.Errorf("%q: victim %q, want one holding %q", tt.title, got.Victim, tt.want)
		}
	}
	for _, tt := range []struct{ lang, title, text, not string }{
		{"de", "Nach Hackerangriff: Uniklinik bleibt abgemeldet", "Nach Angaben des Ministeriums hatten die Täter 30 Server verschlüsselt.", "Täter"},
		{"de", "Ameos trennt alle Häuser vom Netz", "Externe Angreifer hätten sich Zugriff auf Teile der IT-Infrastruktur verschafft, teilte der Klinikkonzern Ameos mit.", "Teile"},
		{"en", "Melbourne heart clinic hit by ransomware",
			"Under Australia's Notifiable Data Breaches scheme, healthcare providers have reported more breaches than any other sector.", "Notifiable"},
		{"en", "Hackers stole patient data in Newfoundland health attack, Premier says",
			"Newfoundland and Labrador Premier Andrew Furey says hackers who attacked the province's health-care IT systems stole personal information of patients.", "Premier"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); strings.Contains(got.Victim, tt.not) {
			t.Errorf("%q: victim %q holds %q", tt.title, got.Victim, tt.not)
		}
	}
	for _, tt := range []struct{ lang, title, text string }{
		{"de", "Defekter Switch legt IT am Klinikum Darmstadt lahm – 'Cyberangriff ausgeschlossen'",
			"Ein stundenlanger Ausfall der IT hat am Klinikum Darmstadt für Einschränkungen gesorgt. Ursache sei ein defekter Netzwerk-Switch gewesen. \"Einen Cyberangriff können wir ausschließen\", sagte ein Sprecher."},
		{"en", "Cypress Grove Rehabilitation Center",
			"The covered entity (CE), Cypress Grove Rehabilitation Center, reported that an unauthorized individual entered a therapy office and stole a password-protected tablet. The tablet contained the ePHI of approximately 124 patients."},
		{"fr", "Genève : les HUG simulent une cyberattaque géante pour éprouver leur plan de crise",
			"Pendant 48 heures, les Hôpitaux universitaires de Genève ont fait comme si leur système informatique était tombé aux mains de pirates."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.IsHealthCyberattack {
			t.Errorf("%q: accepted (score %.3f), want no attack", tt.title, got.Score)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Formspring",
		Text: "Formspring disabled all of its users' passwords after about 420,000 hashed passwords were posted on a security forum."}); got.RecordsAffected == nil || *got.RecordsAffected != 420000 {
		t.Errorf("records %v, want 420000 hashed passwords", got.RecordsAffected)
	}
}

// Round 19, second stage: registries' terse intrusions, a later update
// that finds no attack, rumours and denials abroad, commentary titles, a
// DDoS headline over an earlier attack told in the body.
func TestRound19TerseRegistriesAndCommentary(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"en", "Whispering Pines Rehabilitation Hospital", "A compromised password allowed an unknown party to log in to an administrator account of the hospital's patient portal in March 2017. Names, medical record numbers and appointment details of 1,920 patients could be viewed.", true},
		{"en", "Bluegrass Community Health Center", "An employee's email account was accessed from an IP address in Nigeria. The account contained patient names, Medicaid numbers and visit information.", true},
		{"en", "St. Anselm Surgical Hospital", "The hospital submitted a sample notification letter to the California Attorney General. The letter says an unknown party used a compromised password to sign in to an employee's email account.", true},
		{"en", "Marion County Digestive Disease Center", "An unknown party got into a workstation through a remote desktop connection and may have viewed patient records. About 6,500 patients are being notified.", true},
		{"en", "Copper Valley Health Network", "The health network took several systems offline after detecting a possible security incident. UPDATE (9/4/2018): The network says the investigation found no sign of an attack. Patient data had been exposed because a file-sharing server was left open to the Internet.", false},
		{"es", "IMSS descarta hackeo: la caída del sistema de citas fue por una falla técnica", "El Instituto Mexicano del Seguro Social (IMSS) aseguró que la caída de su sistema de citas se debió a una falla técnica y no a un ataque informático, luego de que usuarios en redes sociales especularan con un hackeo.", false},
		{"nl", "Storing bij Maasstad Ziekenhuis door mislukte update, 'geen hack'", "Het Maasstad Ziekenhuis heeft urenlang gewerkt zonder elektronisch patiëntendossier. Een woordvoerder benadrukt dat er geen enkele aanwijzing is voor een cyberaanval.", false},
		{"es", "OSE sufrió un ataque informático pero el suministro de agua no se vio afectado", "Obras Sanitarias del Estado (OSE) informó que sufrió un ataque informático que afectó parte de sus sistemas comerciales.", false},
		{"en", "Health care staff among most phish-prone employees, benchmark finds", "Employees in the health care and pharmaceutical sectors are among the most likely to click on phishing emails, according to a benchmarking report.", false},
		{"en", "A year after Hollywood Presbyterian, hospitals still debate whether to pay ransoms", "Hospital executives are still divided over whether paying the ransom was the right call.", false},
		{"en", "California makes ransomware extortion a crime after hospital's 2016 ordeal", "The governor signed a bill that makes it a crime to infect a computer with ransomware.", false},
		{"en", "PhilHealth: Medusa hackers demand $300,000", "The Philippine Health Insurance Corp. (PhilHealth) on Monday confirmed that hackers behind a ransomware attack on its systems have demanded $300,000.", true},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Zagreb hospital websites down for hours in hacktivist DDoS campaign",
		Text: "A pro-Russian hacktivist group has claimed a distributed denial-of-service attack that took down the websites of University Hospital Centre Zagreb. It was hit by a LockBit ransomware attack in June 2024."}); got.AttackType != cit.AttackDDoS {
		t.Errorf("a DDoS headline over an earlier ransomware attack: attack type %q, want ddos", got.AttackType)
	}
}

// Round 19, third stage: an outsider who used a former employee's
// credentials, "an outsider gained access", names with "for", commentary
// titles of security news, the headline's form of a victim kept as a
// reason.
func TestRound19TypicalEntries(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		{"Sonoran Foot & Ankle Specialists", "The covered entity (CE), Sonoran Foot & Ankle Specialists, reported that an unauthorized individual gained access to its practice management system using a former employee's credentials that had not been disabled. The individual accessed the ePHI of 4,455 patients.", true},
		{"Cascade Regional Blood Center", "Cascade Regional Blood Center discovered that an outsider gained access to its donor database through a vulnerability in its online appointment scheduling system. Donor names, addresses, phone numbers, email addresses, dates of birth, blood types and answers to health history questionnaires were exposed. The center said 53,200 donors were affected.", true},
		{"Forescout: unencrypted clinical protocols let attackers tamper with patient monitor data", "Researchers found that patient monitors send data without encryption, so that an attacker on a hospital network could alter vital signs.", false},
		{"Health data breaches hit 32 million records in first half of 2019, more than double 2018", "More than 32 million patient records were breached in the first six months of 2019, according to a mid-year report.", false},
		{"Opinion: Hospitals shouldn't have to choose between paying a ransom and patient safety", "When ransomware locks a hospital's records, its leaders face an impossible choice.", false},
		{"Seven steps hospitals can take to limit the damage of ransomware", "Ransomware has become one of the defining security threats for hospitals. Here is what they can do.", false},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
	got := c.Classify(cit.Candidate{Lang: "en", Title: "LockBit affiliate attacked Toronto's Hospital for Sick Children (SickKids) with ransomware",
		Text: "The hospital was hit by a ransomware attack on 18 December 2022."})
	if !strings.Contains(got.Victim, "Hospital for Sick Children") {
		t.Errorf("victim %q, want the whole 'Hospital for Sick Children'", got.Victim)
	}
	got = c.Classify(cit.Candidate{Lang: "fr", Title: "L'hôpital de Corbeil-Essonnes visé par une cyberattaque",
		Text: "Le Centre hospitalier Sud Francilien (CHSF) a été victime d'une attaque par rançongiciel dans la nuit de samedi à dimanche."})
	if !strings.Contains(got.Victim, "Sud Francilien") || !slices.ContainsFunc(got.Reasons, func(r cit.Reason) bool {
		return r.Rule == cit.RuleVictimTitleForm && strings.Contains(r.Value, "Corbeil-Essonnes")
	}) {
		t.Errorf("victim %q, reasons %+v: want the lead's name and the headline's form as %s", got.Victim, got.Reasons, cit.RuleVictimTitleForm)
	}
}

// Round 19's review: the narrowed teller, authority and "let hackers"
// rules keep a health agency that reports its own breach, a health
// security agency hit by an attack, and a headline of an intrusion that
// happened.
func TestRound19ReviewNarrowings(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"County agency notifies clients", "The Orange County Health Care Agency reported that hackers accessed its email accounts.", "Orange County Health Care Agency"},
		{"Ransomware hits UK agency", "The UK Health Security Agency said its systems were hit by a ransomware attack.", "UK Health Security Agency"},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title, Text: tt.text}); !strings.Contains(got.Victim, tt.want) {
			t.Errorf("%q: victim %q, want %q", tt.text, got.Victim, tt.want)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Stolen password let hackers into Riverside Hospital network",
		Text: "Hackers used a stolen password to get into Riverside Hospital's network and encrypted its servers."}); !got.IsHealthCyberattack {
		t.Errorf("an intrusion that happened, told with 'let hackers': verdict %s (score %.3f)", got.Verdict, got.Score)
	}
}

// Round 20: Title Case headlines of security news about the sector (its
// capitals name no organisation), a government's strategy, a share
// "accounts for", simulations told with a verb; a pharmaceutical company
// whose servers "had been encrypted in" an attack, a genetic testing
// company "the target of" one, a German "Verschlüsselungsangriff" on
// district clinics, a Dutch break-in into accounts.
func TestRound20SectorNewsAndPassiveAttacks(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"en", "Ransomware Gangs Say They Will Stop Attacking Health Organizations During Coronavirus Pandemic",
			"Some of the operators behind major ransomware families have said they will not target healthcare and medical organizations during the pandemic.", false},
		{"en", "Cyberattacks a Growing Credit Risk for Nonprofit Hospitals",
			"Moody's Investors Service has warned that the increasing frequency of cyberattacks represents a growing credit risk for nonprofit hospitals, which often operate on thin margins and may struggle to absorb the costs of an extended outage. In a new report, the rating agency said that hospitals face particular risk because of their reliance on electronic health record systems and the regulatory consequences of data breaches. “A cyber event can result in lost revenue, remediation costs and legal liabilities, and in some cases has led to a prolonged disruption of patient services,” Moody's analysts wrote. The report noted that cyber insurance does not always cover the full cost of an incident and that recovery times can extend for weeks. Moody's said it will increasingly consider cyber risk governance in its credit assessments.", false},
		{"en", "Medical Imaging Devices Running Outdated Windows Versions, Report Finds",
			"More than 80 percent of medical imaging devices in hospitals run on operating systems that no longer receive security updates. Old systems are easy prey for malware.", false},
		{"en", "HHS Unveils Healthcare Cybersecurity Strategy, Plans Performance Goals",
			"The US Department of Health and Human Services has published a concept paper outlining its cybersecurity strategy. \"The health sector is facing an increasing number of cyberattacks,\" said the deputy secretary.", false},
		{"en", "ENISA Report: Ransomware Accounts for More Than Half of Health Sector Incidents in EU",
			"Ransomware was the most common type of cyber threat reported by the EU health sector over the past two years, according to ENISA.", false},
		{"es", "El Hospital de Cruces simula un ciberataque que deja sin sistemas a todo el centro",
			"El Hospital Universitario Cruces ha realizado un ejercicio en el que simuló un ciberataque que dejaba sin sistemas informáticos a todo el centro.", false},
		{"nl", "Minister wil zorginstellingen verplichten cyberincidenten binnen 24 uur te melden",
			"Ziekenhuizen en andere zorginstellingen moeten een cyberaanval straks binnen 24 uur melden, wil de minister.", false},
		// an all-capitals name ending in s is no plural of the sector
		{"en", "Excellus BCBS: Hackers Roamed Network Since December 2013, 10.5 Million Affected",
			"Excellus BlueCross BlueShield said attackers gained access to its systems as far back as December 2013, in a breach that could affect about 10.5 million people.", true},
		{"en", "Eisai servers encrypted in ransomware attack",
			"On 3 June 2023, the Japanese pharmaceutical company Eisai discovered that several of its servers in Japan and abroad had been encrypted in a ransomware attack.", true},
		{"en", "Hack of Estonian genetic testing company Asper Biogene",
			"Estonian authorities disclosed that the genetic testing company Asper Biogene had been the target of a cyberattack in which attackers stole files containing genetic test results.", true},
		{"de", "Kaufbeuren und Günzburg: Bezirkskliniken arbeiten nach Verschlüsselungsangriff mit Papierakten",
			"Die Bezirkskliniken Schwaben sind Opfer eines Cyberangriffs geworden. In der Nacht zum Sonntag wurden Teile der Server verschlüsselt.", true},
		{"nl", "Criminelen breken in op ruim duizend klantaccounts van zorgverzekeraar Zorg en Zekerheid",
			"Criminelen zijn ingebroken op de online accounts van ruim duizend klanten van zorgverzekeraar Zorg en Zekerheid.", true},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
}

// Round 20: investigators and a group's own word ("den Konzern") are no
// victims, nor a cyber directorate that speaks; a name before "keeps",
// "sends", "reanuda" … is the victim; a relative clause's name before its
// verb is not ("der für zahlreiche Betriebs- und Innungskrankenkassen
// arbeitet").
func TestRound20Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, want string }{
		{"en", "Refuah Health to spend $1.2M on security, pay $450K over 2021 ransomware hack",
			"Refuah Health Center has agreed to pay $450,000 in penalties over a 2021 ransomware attack. Investigators found the attackers got in through a legacy VPN account.", "Refuah Health"},
		{"de", "Hackerangriff: Ameos-Klinikum Hildesheim arbeitet mit Papier und Stift",
			"Auch im Ameos-Klinikum Hildesheim laufen nach dem Cyberangriff auf den Konzern keine Computer.", "Ameos"},
		{"en", "A week after cyberattack, Israeli hospital's systems still largely offline",
			"Hillel Yaffe Medical Center is still operating largely without its computer systems a week after a ransomware attack. Israel's National Cyber Directorate said the attack appeared to be criminal.", "Hillel Yaffe"},
		{"es", "Audifarma reanuda gradualmente la dispensación tras el hackeo",
			"Cinco días después del ataque de ransomware que paralizó sus sistemas, Audifarma anunció que reabrió parcialmente sus puntos de dispensación.", "Audifarma"},
		{"de", "Bitmarck: Cyberangriff legt IT von Krankenkassen lahm",
			"Der IT-Dienstleister Bitmarck, der für zahlreiche Betriebs- und Innungskrankenkassen arbeitet, ist Ziel eines Cyberangriffs geworden.", "Bitmarck"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); !strings.Contains(got.Victim, tt.want) {
			t.Errorf("%q: victim %q, want one holding %q", tt.title, got.Victim, tt.want)
		}
	}
}

// Round 20, second stage: health-IT news that opens on a report, a brief
// or an interview before its colon, a regulator's rule, a Senate bill,
// "what it means", funding; an impostor who stole data, a social
// engineering attack, data "stolen from its systems", a day surgery.
func TestRound20SourcesRulesAndTheftsFromSystems(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		title, text string
		accept      bool
	}{
		{"Health-ISAC Report: Ransomware and Third-Party Breaches Top 2024 Threat Concerns",
			"Ransomware and breaches at third-party vendors were the top concerns of health sector security leaders in 2024, according to Health-ISAC's annual report.", false},
		{"Q&A: AHA's John Riggi on Why Ransomware Is a 'Threat-to-Life Crime'",
			"John Riggi, national advisor for cybersecurity at the American Hospital Association, says ransomware attacks on hospitals endanger patients.", false},
		{"HHS Proposes Sweeping HIPAA Security Rule Overhaul, Mandating MFA and Encryption",
			"The HHS Office for Civil Rights released a notice of proposed rulemaking. The agency cited the rise in cyberattacks on hospitals.", false},
		{"Senate Bill Would Tie Hospital Cybersecurity Standards to Medicare Advance Payments",
			"A bipartisan bill would require hospitals to meet minimum cybersecurity standards to receive accelerated payments after a cyberattack.", false},
		{"Rite Aid says hackers posing as employee stole data on 2.2 million customers",
			"Rite Aid is notifying about 2.2 million customers that their personal information was stolen in a June cyberattack. The pharmacy chain said an unknown third party impersonated a company employee to compromise business credentials.", true},
		{"Mediclinic employee data stolen in social engineering attack",
			"In June 2023, the private hospital group Mediclinic Southern Africa announced that a social engineering attack had allowed criminals to obtain personal information of some of its employees.", true},
		{"Perth day surgery's patient files published after ransomware demand ignored",
			"A Perth day surgery says files stolen in a ransomware attack have been published online after it refused to pay the criminals.", true},
	} {
		if got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
}

// Round 20: attackers unnamed ("Unbekannte"), files ("Dateien") and an
// Italian elision ("all'Iss") are no victims, but "Dell" is; a German
// "Verschlüsselungsangriff" and Portuguese records "sequestrados" are
// ransomware.
func TestRound20ForeignVictimsAndRansomware(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, not string }{
		{"de", "Unbekannte kapern Kundenkonten bei Online-Apotheke DocMorris", "Unbekannte haben sich mit erbeuteten Passwörtern Zugang zu Kundenkonten der Online-Apotheke DocMorris verschafft.", "Unbekannte"},
		{"de", "Erpressungssoftware „Snake“ trifft Gesundheitskonzern Fresenius", "Die Angreifer verschlüsselten Dateien auf Servern des Gesundheitskonzerns Fresenius.", "Dateien"},
		{"it", "Attacco DDoS filorusso all'Iss: il sito dell'Istituto non risponde", "Il gruppo NoName057(16) ha rivendicato un attacco DDoS sull'Istituto superiore di sanità.", "Sull"},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); strings.EqualFold(got.Victim, tt.not) {
			t.Errorf("%q: victim %q", tt.title, got.Victim)
		}
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Dell customer data theft", Text: "A threat actor claimed to have stolen the names and addresses of 49 million Dell customers."}); !strings.Contains(got.Victim, "Dell") {
		t.Errorf("Dell: victim %q", got.Victim)
	}
	for _, tt := range []struct{ lang, title, text string }{
		{"de", "Kaufbeuren und Günzburg: Bezirkskliniken arbeiten nach Verschlüsselungsangriff mit Papierakten", "Die Bezirkskliniken Schwaben sind Opfer eines Cyberangriffs geworden."},
		{"pt", "Hospital Universitário de Santa Maria tem prontuários sequestrados por hackers", "Hackers invadiram os sistemas do hospital."},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.AttackType != cit.AttackRansomware {
			t.Errorf("%q: attack type %q, want ransomware", tt.title, got.AttackType)
		}
	}
}

// Round 20: "New" before a capitalised word stays a name's in a Title Case
// headline; hackers are no victims however capitalised.
func TestRound20TitleCaseNames(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Yale New Haven Health Says Hackers Copied Data of 5.5 Million Patients",
		Text: "Connecticut's largest health system said attackers copied patient data from its network in March."}); !strings.Contains(got.Victim, "Yale New Haven") {
		t.Errorf("victim %q, want Yale New Haven Health", got.Victim)
	}
	if got := c.Classify(cit.Candidate{Lang: "en", Title: "Pro-Russian Hackers Claim Attack That Slowed Duke Health Website",
		Text: "A pro-Russian hacktivist group claimed a denial-of-service attack on the website of Duke Health."}); strings.Contains(got.Victim, "Hackers") {
		t.Errorf("victim %q: the attackers", got.Victim)
	}
}

// Round 20: an attack the incident "follows" is another one; its victim is
// not the report's.
func TestRound20FollowsAnotherAttack(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	got := c.Classify(cit.Candidate{Lang: "en", Title: "French hospital near Versailles transfers patients after weekend cyberattack",
		Text: "A hospital in Le Chesnay, west of Paris, was forced to transfer patients after a cyberattack on Saturday evening. The incident follows the August ransomware attack on the Centre Hospitalier Sud Francilien in Corbeil-Essonnes."})
	if strings.Contains(got.Victim, "Sud Francilien") {
		t.Errorf("victim %q: the earlier attack's", got.Victim)
	}
}

// Round 20, third stage: customers' accounts taken over at pharmacies and
// insurers in the languages read; data "stolen in a cyberattack"; ENT
// practices; researchers at a health institute targeted; a supplier's
// clients of many sectors ("services to councils, pension schemes and the
// NHS") are not what was attacked, but a supplier of hospitals alone is
// health's; a law's duties.
func TestRound20AccountsSuppliersAndDuties(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct {
		lang, title, text string
		accept            bool
	}{
		{"de", "Versandapotheke Medivita: Kriminelle bestellen über gekaperte Kundenkonten", "Unbekannte haben mit erbeuteten Zugangsdaten Kundenkonten der Versandapotheke Medivita übernommen und Bestellungen aufgegeben.", true},
		{"it", "Padova, violata la mail del poliambulatorio: ai pazienti arrivano false richieste di pagamento", "I truffatori hanno violato la casella di posta del poliambulatorio e scritto ai pazienti.", true},
		{"en", "Sav-Rx Data Breach Impacts 2.8 Million People", "Pharmacy benefit manager Sav-Rx says the personal information of about 2.8 million people was stolen in a cyberattack in October 2023.", true},
		{"en", "Phishing campaign against researchers of the US National Institutes of Health", "In 2024, researchers at the US National Institutes of Health (NIH) were targeted by a phishing campaign in which attackers impersonated grant officers and sent links to fake login pages.", true},
		{"en", "Akumin ransomware attack (October 2023)",
			"On 11 October 2023, Akumin, a Florida-based provider of outpatient radiology and oncology services to hospitals in 48 US states, detected suspicious activity that it later identified as a ransomware attack.", true},
		{"en", "Hack at health savings account administrator HealthEquity",
			"HealthEquity, a health savings account administrator, said an unauthorized party used a partner's compromised credentials to access its systems and take member data.", true},
		{"en", "Capita confirms data stolen in Black Basta attack", "UK outsourcing giant Capita says hackers stole data from its systems during a cyberattack in March. The company, which provides services to councils, pension schemes and the NHS, says the attackers accessed about 4% of its server infrastructure.", false},
		{"en", "Ransomware incident at Omnicell (May 2022)", "Omnicell, which provides medication-management automation to hospitals, was hit by a ransomware attack that affected some internal systems.", true},
		{"fr", "Cyberattaques : dès avril, les hôpitaux suisses devront les signaler dans les 24 heures", "Les hôpitaux devront annoncer toute cyberattaque à l'Office fédéral de la cybersécurité.", false},
		// "accesos indebidos" alone is an employee's snooping as often as an intruder's
		// a source's name and a colon before attacks in the plural is a trend; two words are a topic
		{"en", "Comparitech: Ransomware Attacks on U.S. Healthcare Cost Billions in Downtime",
			"Ransomware attacks on U.S. healthcare organizations cost an estimated $7.8 billion in downtime in 2023, according to an analysis by Comparitech.", false},
		{"fr", "Tiers payant : après les cyberattaques contre Viamedis et Almerys, 33 millions d'assurés exposés",
			"Les cyberattaques qui ont visé fin janvier Viamedis et Almerys, deux opérateurs du tiers payant pour les complémentaires santé, concernent plus de 33 millions de personnes, selon la CNIL. Les pirates ont accédé à l'état civil, à la date de naissance, au numéro de sécurité sociale et aux garanties des assurés. Chez Viamedis, l'intrusion a été rendue possible par des identifiants de professionnels de santé obtenus par hameçonnage. Des plaintes ont été déposées.", true},
		{"es", "Protección de Datos multa al Servicio Gallego de Salud porque una empleada consultó la historia clínica de su vecina",
			"La Agencia Española de Protección de Datos ha sancionado al Servizo Galego de Saúde después de comprobar que una administrativa de un centro de salud de Lugo consultó la historia clínica de una vecina. Hubo accesos indebidos a su historial.", false},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.IsHealthCyberattack != tt.accept {
			t.Errorf("%q: verdict %s (score %.3f), want accept %v", tt.title, got.Verdict, got.Score, tt.accept)
		}
	}
}

// Round 20, fourth stage: a month a Title Case headline joins to a name is
// no word of it ("HealthEC July intrusion"), but "Jan" of "AZ Sint-Jan" is;
// an attack the text calls "a separate incident" is another one.
func TestRound20MonthsAndSeparateIncidents(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ title, text, want string }{
		{"HealthEC July intrusion exposed 4.5 million patients of its client health systems", "Health management solutions provider HealthEC LLC is notifying 4,452,782 people that hackers accessed its systems.", "HealthEC"},
		{"AZ Sint-Jan hervat geplande operaties na cyberaanval", "Het ziekenhuis AZ Sint-Jan in Brugge werd getroffen door een cyberaanval.", "AZ Sint-Jan"},
		{"Corewell Health patients get second vendor breach letter in two months, this time HealthEC",
			"For the second time in two months, Corewell Health patients are being told a vendor exposed their information. In November, Corewell said patients were affected by the MOVEit hack at Welltok, a separate incident.", "Corewell"},
	} {
		got := c.Classify(cit.Candidate{Lang: "en", Title: tt.title, Text: tt.text})
		if !strings.Contains(got.Victim, tt.want) || strings.HasSuffix(got.Victim, "July") {
			t.Errorf("%q: victim %q, want one holding %q", tt.title, got.Victim, tt.want)
		}
	}
}

// Round 28: a German description before a name is no part of it, joined
// or hyphenated ("Psychotherapie-Anbieter Vastaamo", "Generikahersteller
// Allgäu Pharma"); a weekday's evening ends a name ("Wie die Klinik am
// Freitagabend mitteilte"); a speaker after a comma describes no one
// ("…, the Ministry of Health said"); a place and a kind with nothing
// left of a name name no one ("Norwegian health IT contractor").
func TestRound28Victims(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	for _, tt := range []struct{ lang, title, text, want string }{
		{"de", "Finnland: Erpresser drohen Psychotherapie-Patienten mit Veröffentlichung ihrer Akten",
			"Nach einem Datendiebstahl bei dem finnischen Psychotherapie-Anbieter Vastaamo werden Zehntausende Patientinnen und Patienten erpresst.", "Vastaamo"},
		{"de", "Cyberangriff auf Labor-Dienstleister Synlab", "Der Labor-Dienstleister Synlab wurde Opfer eines Hackerangriffs.", "Synlab"},
		{"de", "Arzneimittelhersteller im Allgäu stoppt Produktion nach Cyberangriff",
			"Der Generikahersteller Allgäu Pharma hat nach einem Cyberangriff die Produktion an seinem Standort in Kempten vorübergehend eingestellt.", "Allgäu Pharma"},
		{"de", "UKD: Hacker nutzten Lücke in weit verbreiteter Zusatzsoftware",
			"Hinter dem seit Donnerstag andauernden IT-Ausfall am UKD steckt ein Hackerangriff. Wie die Klinik am Freitagabend mitteilte, drangen die Angreifer über eine Sicherheitslücke ein.", ""},
		{"en", "Personal details of 1.5 million SingHealth patients taken in Singapore's worst cyber attack",
			"Hackers broke into the database of SingHealth and stole the personal particulars of 1.5 million patients. Outpatient medication records were also taken, including those of Prime Minister Lee Hsien Loong, the Ministry of Health said on Friday.", "SingHealth"},
		{"en", "Norwegian health IT contractor Sykehuspartner probes 'advanced' intrusion", "", ""},
	} {
		if got := c.Classify(cit.Candidate{Lang: tt.lang, Title: tt.title, Text: tt.text}); got.Victim != tt.want {
			t.Errorf("%q: victim %q, want %q", tt.title, got.Victim, tt.want)
		}
	}
}
