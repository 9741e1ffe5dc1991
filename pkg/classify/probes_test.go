package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cit-health/cit/pkg/cit"
)

// probe is a report written by hand in the style of a source for the years
// the dev data leaves out (HHS descriptions after 2013, PRC records after
// 2013, EuRepoC incidents after 2021, other health-news feeds, AG News rows
// and CASIE years) or of the press in the seven languages, with the
// decision a reader gives it and, for some, the country, attack type and
// victim the source's labelling rules would give. Rounds 6 to 11 of the
// classifier (docs/classifier.md) were driven by them. A probe the
// classifier still gets wrong carries a known_limit saying why; it is
// reported, not failed, and the count of known limits may not grow.
type probe struct {
	ID             string          `json:"id"`
	Style          string          `json:"style"`
	Lang           string          `json:"lang"` // "en" when empty
	Title          string          `json:"title"`
	Text           string          `json:"text"`
	WantAccept     *bool           `json:"want_accept"`
	WantCountry    *string         `json:"want_country"`     // "" for no country
	WantAttackType *string         `json:"want_attack_type"` // the taxonomy's names; "account_compromise_phishing" reads account_compromise
	WantVictim     *string         `json:"want_victim"`      // a case-insensitive part of the victim
	WantRecords    json.RawMessage `json:"want_records"`     // a count, or null for none
	KnownLimit     string          `json:"known_limit"`
}

// maxKnownLimits is the number of probes marked known_limit: 280 at the end
// of round 11. Round 12 fixed 12 of them, marked two older probes that a
// retrain moved to the 0.5 line, and added 1,291 probes in nine waves
// (round12.jsonl to round12d.jsonl), 86 of them limits, each with its
// reason; most are fields of non-health reports, of EuRepoC health
// incidents and of press in the six other languages. Round 13 added 2,162
// probes in sixteen waves (round13.jsonl to round13d.jsonl: HHS filings
// of 2014–2023 and PRC entries of 2014–2019, each written four times,
// EuRepoC incidents of 2022–2025, security news with no attack, health
// tweets and AG News rows), 95 of them limits, mostly fields of EuRepoC
// incidents and health targets named late in long EuRepoC texts; it fixed
// 17 older limits. Round 14 fixed 26 (victims described as health
// organisations, demonyms, towns, companies, sector lists) and added 860
// probes in six waves: round14.jsonl (PRC entries of 2014–2019, HHS
// filings of 2014–2023, EuRepoC incidents of 2022–2025), 34 of them
// limits, all fields of non-health EuRepoC incidents; round14b.jsonl (PRC
// health entries, security news and tweets with no attack, EuRepoC health
// incidents), 19 of them limits: terse EuRepoC notices told with weak words
// only, and victims in shapes the patterns do not read; round14c.jsonl
// (security news that names healthcare among other sectors with no attack,
// EuRepoC campaigns by sector), 15 of them limits: campaigns whose health
// victims are a sector among others with no counted victims harmed (the
// sector rule needs a count, or threat write-ups fire it). Two earlier
// round-14 probes became limits for that reason. Round 15 fixed ten older
// limits (a victim named apart from the attack, a cause's group read as the
// victim, named organisations' "IT security incident" or "cybersecurity
// event" with care disrupted, a title's town hospital named in full,
// national health services known by name) and added 895 probes in two
// stages: round15.jsonl (PRC entries of 2014–2019, HHS filings of
// 2014–2023, EuRepoC incidents of 2022–2025), 38 of them limits, mostly
// fields of EuRepoC incidents (incidents across several countries, ransomware
// gangs' thefts without encryption, victims in shapes the patterns do not
// read); round15b.jsonl (security news with no attack, press reports of
// attacks, health tweets and AG News rows), 19 of them limits, all but one
// in press reports; round15c.jsonl (the second stage, written after the
// first stage's fixes by new writers: EuRepoC incidents of 2022–2025 and
// press reports in seven languages), 104 of them limits: 18 verdicts
// (campaigns and exposures told with weak words, organisations the lexicon
// does not read as health ones) and fields, mostly victims named in another
// form than the writer's, ransomware gangs' thefts without encryption and
// incidents across several countries. Round 16 fixed 17 older limits
// (brands written in lower case first, a loss word before a legal form, a
// portal entered by "a third party", a clinic named after the heart, names
// that go on after "for", abbreviations the text spells out, a name read in
// full before its abbreviation, a name before a title's colon, a system
// "accessed without authorization", a yearly threat report) and added 1,285 probes in three stages: round16.jsonl
// (PRC entries of 2014–2019, HHS filings of 2014–2023, EuRepoC incidents
// of 2022–2025) and round16b.jsonl (security news, tweets, AG News), then,
// written after the first stage's fixes, round16c.jsonl (registry entries,
// EuRepoC incidents, press in seven languages) and, after the second's,
// round16d.jsonl (registry entries and EuRepoC incidents whose health
// victims are hard to see), 269 of them limits: 62 US registry entries
// whose text names no place, 112 victims in another form than the
// writer's, 31 verdicts (intrusions told in soft words at firms whose
// names hold no health word, health vendors the lexicon does not read).
// Round 17 fixed twenty (yearly reports in French, Italian and Portuguese
// titles; a Title Case headline's victim; staff falling back on fax
// machines; a follow-up's short name written in full in its text; campaigns
// against two countries; receivers "halted", intruded "into", named after a
// trade; an intrusion told in soft words at a county; a sector CERT's
// yearly figures in Dutch; a region before "hospital" read as a name; "Y
// leak of X") and added 1,610 probes in three stages: round17.jsonl (PRC
// entries of 2014–2019, HHS filings of 2014–2023, EuRepoC incidents of
// 2022–2025) and round17b.jsonl (tweets, AG News, security news; press in
// seven languages), then, written after the first stage's fixes,
// round17c.jsonl (registry entries, EuRepoC incidents, press) and, after
// the second's, round17d.jsonl (hard registry entries, EuRepoC incidents
// with every field, CASIE-style news of 2016–2019), 248 of them limits: 112
// victims in another form than the writer's, 85 countries (mostly press in
// other languages whose towns the gazetteer lacks, and campaigns in one
// country the writer places in several), 43 attack types (phishing that
// EuRepoC's rule order codes data_breach), 26 verdicts (each with its
// reason), 14 counts; one of them (a country's possessive before its
// ministry, "Jordan's Ministry of Health") was fixed at the round's end.
// Round 18 fixed eleven (actors read as victims, Malek Team and HomeLand
// Justice; described names after a trade, "theft from", "steal … from"; a
// denial with "statt"; a Brazilian town read as France) and marked one
// (a batch's "five million cards", read once numbers written out are), and
// added round18.jsonl (PRC entries of 2014–2019, HHS filings of 2014–2018,
// EuRepoC incidents of 2022–2025) and round18b.jsonl (security news of
// 2016–2020; press in German, French and English beyond the US, and in
// Dutch, Portuguese, Italian and Spanish), 172 of them limits: 102 victims
// in another form than the writer's, 47 countries (towns of other
// countries), 21 verdicts (each with its reason; seven are settlements and
// lawsuits over named past attacks, which CIT accepts as reports of them),
// 20 attack types, 15 counts. Three more older ones were fixed after the
// first stage (a town before "hospital", a place before "-based" with no
// name after it), and one after the second stage's registry fixes (a
// EuRepoC leak told with few cyber words). The second stage, written after
// the first stage's fixes and scored before it was read, added
// round18c.jsonl (hard registry entries in soft words and hidden sectors,
// EuRepoC incidents of 2020–2025, press in seven languages, tweets of
// other agencies and AG News items with health and technology words), 110
// of them limits: 72 victims, 23 countries, 22 verdicts (each with its
// reason), 13 attack types, 3 counts; its fixes cleared four older limits
// ("sistemas sequestrados", a healthcare products distributor, BPJS
// Kesehatan, an outage's denial seven words from its negation). The third
// stage, written after the second's fixes and scored before it was read,
// added round18d.jsonl (hard registry entries, EuRepoC incidents of
// 2021–2025 with every field, press follow-ups in seven languages), 86 of
// them limits: 53 victims, 24 countries, 13 attack types, 10 verdicts (five
// of them settlements, fines and prosecutions over named past attacks), 2
// counts; its fixes cleared two older limits. At the round's end the towns
// of other countries (geo's abroad_towns.txt), read where their press
// places a story, cleared 28 limits (27 countries, one victim). A fourth
// stage of typical entries, written after the towns and scored before it
// was read, added round18e.jsonl (PRC entries of 2014–2019, HHS filings of
// 2014–2016, EuRepoC incidents of 2022–2025), 25 of them limits (mostly
// EuRepoC victims in title shapes the patterns do not read, and 4 verdicts);
// its last fix ("theft of X data", "copy … from X") cleared three more.
// Round 19's first stage, written from memory and scored on the round's
// starting code before it was read, added round19.jsonl (PRC entries of
// 2010–2019 across organisation types, HHS filings of 2014–2019, EuRepoC
// incidents of 2022–2024) and round19b.jsonl (security news of 2015–2019,
// mostly vulnerability, advice and attacks outside health; press of
// 2020–2025 in seven languages), 123 of them limits: 54 countries (34 of
// them US registry entries naming no place), 46 victims, 23 attack types,
// 18 verdicts (five prosecutions over named past attacks, each with its
// reason), 2 counts. Its fixes (victims of long articles and Title Case
// headlines, newspapers and research firms that report, denials right
// after their noun, more towns, regions and demonyms abroad) cleared 37
// older limits. Its second stage, written by new writers after those fixes
// and scored before it was read, added round19c.jsonl (security news of
// 2016–2018 with no actual attack, EuRepoC incidents of 2022–2024 with every
// field, terse PRC and HHS entries of 2014–2019, press of 2019–2025 in seven
// languages from smaller countries), 121 of them limits: 67 countries (most
// of them terse US registry entries naming no place), 40 victims, 16 attack
// types, 8 verdicts (four prosecutions and sanctions), 3 counts; its fixes
// (a compromised password that "allowed" an outsider in, "sign in", "got
// into" a workstation, logins from an IP address, an update that found "no
// sign of an attack", rumours, tallies, benchmarks, debates, laws) cleared
// 12 older limits. Its third stage, typical entries written after the
// second stage's fixes and scored before they were read, added
// round19d.jsonl (PRC entries and HHS filings of 2014–2019, security news
// of 2016–2019 with no actual attack, EuRepoC incidents of 2022–2024), 50
// of them limits: 41 countries (US registry entries naming no place), 4
// verdicts (a regulator's guidance, a law, an interview, a leak told with
// "leak" words only), 3 attack types, 2 victims. One older probe was marked
// (a SickKids headline whose lead now gives the full name). A fourth stage
// after the third's fixes added round19e.jsonl (150 more security news
// items with no actual attack, 150 health-news tweets), one limit: an
// interview with hospital CIOs under a quote.
//
// Round 20 added round20.jsonl to round20e.jsonl, 2,100 probes written in
// four stages, each scored on its stage's starting code before it was read:
// PRC and HHS entries of 2014–2019, EuRepoC incidents of 2022–2024 (typical,
// health only, and told the hard ways), security and health-IT news with no
// attack and with actual attacks, press in six languages and English local
// press, health-news tweets and AG News items. 404 of them are limits: 216
// victims (most of them non-health EuRepoC receivers and foreign press
// names), 139 countries (most of them US registry entries naming no place),
// 87 attack types, 48 verdicts (court cases over named past attacks, leaks
// told with leak words only, campaigns on a sector, health-IT news the model
// leans to accept), 8 counts. Its fixes cleared 20 older limits, and a
// last one (a research firm's name and a colon before attacks in the
// plural) two more, one of them its own, and a health organisation in the
// appositive of a sentence's subject four more, two of them its own.
//
// Round 21's first fixes (an abbreviation spelled out elsewhere in the
// text, "HSE" as Ireland's health service, denials such as "no question of
// any cyberattack") cleared 17 older limits; its second (lakh and crore,
// Spain's regional health services, a ransom paid or not is still asked)
// nine more, and marked two: an extortion's "no ransom was paid" now reads
// as ransomware, and a hospital's stored "crore" of records as a count.
// round21.jsonl to round21d.jsonl add the round's 1,650 probes in three
// stages (PRC entries told without the usual words, hard HHS rows, EuRepoC
// 2022–2025 typical and told the hard ways, security news with no attack,
// press in seven languages by two writers, typical PRC and HHS entries,
// English local press, registry entries between theft and hacking), 279 of
// them limits: most of them US registry entries naming no place, non-health
// EuRepoC receivers and press victims in another form, 31 verdicts. The
// third stage's fixes (Scandinavian and Swiss hospital compounds, Norway's
// "Helse" trusts, Italian "Ausl", intruders who walked in, "no suggestion
// of a cyber attack") cleared eight older limits and marked one (a town
// hall's attack whose text says the Ausl was not involved).
//
// Round 22's first stage (round22.jsonl: PRC entries and HHS rows of later
// years, EuRepoC 2022–2024; round22b.jsonl: press in six languages and
// English press) adds 750 probes, 113 of them limits (18 verdicts), and
// its fixes (a practice-management vendor, not its software; funds and
// resilience plans; "nada indica"; a thief who logged in) cleared five
// older limits. Its second stage (round22c.jsonl: press in six languages
// and English press by second writers, EuRepoC told the hard ways) adds 450
// probes, 141 of them limits (48 verdicts: prosecutions, bodies known by
// name only, employers' staff health data, leaks told with leak words
// only), and its fixes (an actor's record before the incident, German care
// centres by speciality, Dutch ambulance services, "zich toegang
// verschaft") cleared one older limit.
//
// Round 23's first stage (round23.jsonl: PRC entries and HHS rows of later
// years, EuRepoC 2022–2025; round23b.jsonl: press in six languages, English
// press, security news with no attack) adds 900 probes, 128 of them limits
// (22 verdicts: prosecutions, advisories and policy news the model accepts,
// bodies known by name only), and its fixes (accounts "taken over", the
// credentials "of a former employee", fax and paper fallbacks, tallies of
// providers, CISA's Known Exploited Vulnerabilities catalog, a ransom
// refused) cleared five older limits. Its second stage (round23c.jsonl:
// press in six languages and English press by second writers, EuRepoC's
// health receivers of 2022–2025, security news) adds 600 probes, 154 of
// them limits (39 verdicts: policy and funding news the model accepts,
// prosecutions, account takeovers told in plain words, bodies and vendors
// known by name only), and its fixes (denials over "cualquier tipo de",
// "categoricamente", lures that "pose as", blood services by kind) cleared
// none. Round 24's first stage (round24.jsonl: PRC entries of 2005–2019,
// HHS descriptions of 2014–2023, EuRepoC 2022–2025; round24b.jsonl: press in
// six languages, English press, security news) adds 900 probes, 184 of them
// limits (22 verdicts: prosecutions, campaigns against unnamed health
// bodies, health data of employers and towns the model accepts, suppliers
// and bodies known by name only), and its fixes (an infected laptop named
// again, a place's comma in a passive's subject, staff benefits and records
// of care as no targets, advice given after an attack, agencies' warnings at
// a title's end, lures that "pretend" or "claim to be", fake messages, drills
// and intruders in the other languages, Portuguese "no", home care and
// health insurers by kind) cleared three older limits. Its second stage
// (round24c.jsonl: press in six languages, English press and security news
// by second writers) adds 450 probes, 129 of them limits (24 verdicts:
// prosecutions, advisories and threat reports, bodies known by name only),
// and its fixes (agencies as speakers, "CISA:" and "…, agencies say" over an
// advisory's lead, gangs that "focus on" hospitals, hackers invited to test,
// "to ban", counseling practices, medical schemes and senior homes by kind,
// intrusions and account takeovers in French, German, Dutch and Portuguese,
// exploited flaws in German titles, counts of a supplier's health-care
// clients) cleared four older limits. Round 25's first stage
// (round25.jsonl: English press, security news, health incidents told
// indirectly and non-attacks that share their words; round25b.jsonl: press
// in French, German, Spanish, Italian, Portuguese and Dutch) adds 750
// probes, 183 of them limits (38 verdicts: prosecutions, non-English items
// the model accepts alone, bodies known by name only, weak words in the
// other languages), and its fixes (Portuguese "no" at tokenization, a
// currency's "US$", "operating without" as no denial, Dutch compounds'
// heads, account takeovers and unauthorised third parties in the other
// languages, Swiss health insurers and Italian health funds, agencies'
// warnings led by a government or by police, "…, analysis finds", "in
// corso", the pronoun "it", DHBs, online pharmacies, tellers as no
// victims) cleared ten older limits; three became limits (a ransom's
// "US$" as the only place; a name joined by "and" only next to an attack
// word). Its second stage (round25c.jsonl: press in six languages and
// English general and trade press by second writers) adds 300 probes, 84
// of them limits (21 verdicts: prosecutions and settlements, data for sale
// told without attack words, bodies known by name only, statistics), and
// its fixes (rehabilitation centres, company health insurers and Italian
// ambulance associations by kind, "gehackte", attackers who "acederam",
// a "prime target" in an assessment, medical devices as no organisations,
// linking adverbs as no victims) cleared four older limits. Round 26
// (round26.jsonl, round26b.jsonl: PRC entries of 2014-2019, HHS rows of
// 2014-2024, EuRepoC incidents of 2022-2024, CASIE-style articles of other
// years, health tweets of other outlets and wire items, the years and
// slices the dev file does not hold) adds 900 probes, 128 of them limits
// (5 verdicts; most others are PRC entries whose text names no place), and
// its fixes (Italian articled prepositions not read in German, town
// adjectives of Belgium, the Netherlands and Germany, number words and
// holidays of the other languages as no names, a registry entity's name
// as no commentary, "fact sheet", "signs deal", a dateline's "--") cleared
// seven older limits. Its second stage (round26c.jsonl: harder PRC
// entries and HHS rows, EuRepoC health incidents named late or by acronym,
// press in six languages, by new writers) adds 600 probes, 118 of them
// limits (19 verdicts: bodies and suppliers known by name only,
// prosecutions, a theft and a hacking in one row), and its fixes (a
// registry's "program that locked", "gained access to its computer
// systems", "an unauthorized user accessed", an intruder in the network,
// data sent to IP addresses, "lost access" as no loss, a ransomware
// group's theft as the attacker's, "Cyber-Erpressung", filings "and its
// affiliates", "Daten des …", a month before a full stop, "Denmark Hill")
// cleared nine more; the retrain they need moved four older probes just
// over the line (model-only scores of 0.501 to 0.506), now limits. Its
// third stage (round26d.jsonl: PRC and HHS entries of small practices and
// specialists, EuRepoC health incidents of 2022-2024, by third writers)
// adds 300 probes, 44 of them limits (6 verdicts: sanctions, suppliers,
// campaigns naming health among other sectors, a gang's theft told without
// an agent word); its fix (an email account "belonging to" an employee is
// the employee's account, not an insider's access) cleared none older.
// Round 27 (round27.jsonl: PRC entries of 2014–2019, HHS rows of
// 2014–2024, EuRepoC incidents of 2022–2025, CASIE-style articles of
// 2016–2020, press in six languages, and hard negatives: health tweets, AG
// News rows, English press close to an attack) adds 900 probes, 133 of
// them limits (15 verdicts, each with its reason; most others victims
// named late or by an acronym in EuRepoC and press texts); its fixes
// (German drug makers, Italian laboratories, "excluem", resilience
// compounds, addiction centres) cleared two older ones. Its second stage
// (round27b.jsonl, by new writers, scored on the stage's start: PRC
// entries of health insurers, suppliers and small providers told in plain
// words, HHS rows of suppliers and settlements, EuRepoC health victims
// named by their proper names, CASIE-style news with no attack) adds 600,
// 48 of them limits (29 verdicts: registries' intrusions told without an
// attack word, EuRepoC non-health victims whose texts carry health words);
// its fixes (operators of hospitals described in an appositive, health
// ministries, care of the old, web shells and look-alike pages, "gained
// entry into its network", investments and standards) cleared three older.
// Round 28's victim fixes (German descriptions before a name, a weekday's
// evening, a speaker after a comma) cleared two; its first stage (900
// probes in the sources' other years, multilingual press, hard negatives)
// adds 142 limits (30 verdicts: non-health victims whose hacked records
// hold health data, which PRC and EuRepoC leave unlabelled; press that
// opens on a fine, a trial or a resignation) and its fixes (an intrusion
// into "its server", computers "held hostage", a website "rigged", a
// denial after "hack of cyberaanval") cleared three older. Its second stage
// (450 probes by new writers: registries' plain words, EuRepoC victims
// named in their own languages, CASIE-style health-security news) adds 66
// (15 verdicts: security news with no attack, stated in the sector's words)
// and two from the retrain's noise at the threshold; its fixes (hospitals'
// names in Czech, Polish, Romanian, Indonesian, Filipino, Hungarian and
// the Nordic languages, registries' intrusions in plain words, "no se ha
// visto afectado", "could target") cleared six older. Round 29 (480
// probes: CASIE-style health-security news, HHS and PRC rows of 2014–2019,
// EuRepoC of 2022–2025, press in seven languages) adds 103 (17 verdicts:
// long security-news articles of real attacks the model rejects, trials and
// settlements of old attacks, hospitals spared beside an attacked town
// hall); its fixes (a country's "US Healthcare" as a sector, denials by
// "dément", "desmiente", "denies") cleared one older. Round 31's fixes
// for real press cleared 16 (mostly German junk victims) and added one,
// 4,152 in all; round 32's cleared 21 (Brazilian and Chilean countries,
// PAMI's victim, a trial, Vivalia's province); round 33's one (Portugal's
// INEM named in full); round 34's one (Romania's health ministry named in
// Romanian in a DDoS campaign's list, Octapharma twice, a Diakonie
// station) and added one (a Dutch group's American units placing it in
// the US). Round 35's cleared three (attacks told in long articles whose
// later background mentions a loss or a misuse: Dominion National, UHS,
// Chesapeake Skin & Laser Center). Round 36's cleared 19 (victims named
// as the lead's subject by a weak health word: "Eskenazi Health", "Norton
// Healthcare", "Tū Ora Compass Health", "St. Jude Medical"). Round 37's
// cleared six (victims after a past verb of attack, "crippled the IT
// systems of the National Health Laboratory Service"; Romance names in
// lower case, "Ente ospedaliero cantonale", "Azienda Zero"). Round 38's
// cleared 11 (Brazil's health secretariats and Portugal's "hospitais" in
// the lexicon, a site's owner named without the site, blackout denials
// across an aside, "o Governo afastou, para já, a hipótese") and four
// more (a station's dateline ends before the subject: "SPRING VALLEY, Ill.
// (WQAD) – St. Margaret's Health …"). Round 41's cleared 6 of 4,075 (a
// GP network and a primary health organisation are health organisations:
// "Pinnacle Midlands Health Network", "Out-of-hours GP services … after
// supplier hit by ransomware"; a cancer institute is one too: "Istituto
// nazionale tumori … Fondazione Pascale"; the title's victim named with
// its health word in the body: "Tenet says April cyberattack cost …",
// "Tenet Healthcare said"; an attack's possible consequences are no
// hypothetical attack: "Cencora … a cybersecurity event that could").
// Round 42's cleared 14 (a surname introduced by a role or a title is no
// victim, "spokesperson Brad Fisher"; an attack's object first named past
// the lead's third sentence yields to the health organisation the lead
// names: "Zorggroep Noorderbreedte", "Change Healthcare", "Eastern
// Health", "Erie County Medical Center"). Round 43's cleared ten (Italy's
// "Usl" is a local health authority: "Azienda Usl di Piacenza"; a
// compromise of health ministries the next sentence tells as the
// attackers' work; who reports an attack on another party is no victim:
// "CloudSEK", "Queensland Health reported that a phishing campaign had
// compromised … the Sunshine Coast Hospital and Health Service"; three
// veterinary chains' ransomware attacks, which are no health attacks;
// three LabCorp reports whose title states the count, 7.7 million, that a
// larger one in the body, Quest's 11.9 million, had outranked). Round 44's
// cleared twelve (a drug maker or pharmacy chain known by name is the
// target of the attack a report's sentence links it to, unless the title
// is its name alone, as a registry's: "Dr Reddy's isolates data centres
// after cyber attack", "London Drugs", "Octapharma Plasma", "Henry
// Schein", "Merck", "Evotec"), and six more (Sicily's "Asp di Cosenza",
// "Asp di Trapani"; health centres: "centre médical de la Riviera",
// "Gezondheidscentrum Ruwaard"), and Artivion's ransomware attack (a
// manufacturer of medical devices is a device maker, not its devices),
// and two of Italy's booking centres for care ("Attacco DDoS al Cup online
// della Puglia", "al fornitore del Cup": MediSoft), and two victims
// ("CHR Verviers East Belgium", "Susquehanna Dental Plan"). Round 45's
// cleared three: a country's health service is one organisation ("Ireland's
// health service hit by 'significant' ransomware attack"), and a count of
// hospitals is no victim's name ("Two USC Hospitals Hit by Ransomware");
// the retrain for its health groups ("Singapore's largest health group")
// cleared one more ("Cypress Hollow Services") and moved two probes to the
// 0.5 line (marked); an ordinal that opens a name cleared six ("21st
// Century Oncology"); the retrain for negated beliefs moved one of the two
// back (4,011). Round 46's health word next to the title's name cleared
// one ("LockBit revendique l'attaque contre Vivalia"), a kind and its
// number as a name one more ("attacco informatico all'Asl 2"), France's
// third-party payment operators as health IT one more (Viamedis); known
// health-IT vendors as targets, and every mention of a known organisation
// (not only its first), cleared eight (Welltok, Allscripts, Doctolib,
// Bitmarck, Cencora, Ascension); a headline's measure of the attack before
// the name one more ("Cost of HSE cyber attack …"); Italy's provincial
// health bodies and pharmaceutical wholesalers as health organisations two
// more (Azienda sanitaria provinciale di Cosenza, Pharmadis Noord); a
// Romance article that opens a name in English two more ("Los Angeles
// Unified School District", 3,995). Round 47's count stated as the number
// ("The number of affected patients was reported as 42,611") cleared two,
// a title that denies every attack it names ("officials rule out
// cyberattack") two more, Title Case headlines' verbs "Exposed",
// "Accused", "Spills" ending the name before them two more, known health
// insurers as targets beside an attack ("Anthem Says Hackers Stole
// Data …", "PhilHealth members' data leaked …") nine more and marked one
// (a class action over Medibank's attack, read as its report); an attack
// word read as no word of the name before the next ("Chinese APT
// espionage against …") cleared one more, a title about a sector that
// names no one ("CCB: zorgsector goed voor één op de zes …", "Zorgsector
// krijgt eigen computercrisisteam") two more (3,978). Round 48's "health
// care system" as a care provider ("the cyberattack that has disrupted the
// N.L. health-care system") and its retrain cleared three probes the model
// had accepted at 0.506, a title announcing a scam on the public
// ("… brings wave of phishing and robocall scams") one more, "health care"
// written apart in every "healthcare …" phrase two more (Shields Health
// Care Group), data stolen from a health body the lead names beside its
// attacker one more (Iraq's Ministry of Health, 3,971). Rounds 49–54
// cleared more (3,923); round 55's British Columbia written "B.C." or "BC"
// cleared four, a title's kind in the plural after a definite article
// ("Gli ospedali sono il bersaglio …") one more (3,918); round 56's
// "Bij Saltro …" with an attack in its sentence one more, Mexico's state
// health secretariats ("Secretaría de Salud de Michoacán") three more (3,914);
// round 57's possibility in a lead that names no victim ("… can …") three
// more, the German Red Cross's bodies as health bodies one more, English
// counties ("Merseyside", "Shropshire") two more (3,908); round 58's
// health body described in the lead before a background attack's object
// two more (Audifarma over IFX Networks, Covenant Health over Synnovis)
// (3,906). Round 62's lower-case names spelt by their bracketed
// abbreviation and objects of "qui a visé", "that crippled" fixed five and
// read one Portuguese hospital's own name where its headline names its
// town; a body known by its initials ("The HSE has warned …") two more
// (3,884). Round 64's specialty "Services" and topic titles on IT
// security fixed two (3,882). Round 65's Indonesian and Malaysian words and
// places fixed five ("Kementerian Kesehatan", Johor, Sabah, Seri Medika's
// Malaysia) (3,877). Round 66's English "care" read no more as a health
// word in other languages fixed one (CaRE, France's funding programme)
// (3,876).
const maxKnownLimits = 3866

// mismatches lists how a classification differs from what the probe wants.
func (p probe) mismatches(got cit.Classification) []string {
	var out []string
	if p.WantAccept != nil && got.IsHealthCyberattack != *p.WantAccept {
		out = append(out, fmt.Sprintf("verdict %s (score %.3f), want accept %v", got.Verdict, got.Score, *p.WantAccept))
	}
	if p.WantCountry != nil {
		country := ""
		if got.Country != nil {
			country = *got.Country
		}
		if country != *p.WantCountry {
			out = append(out, fmt.Sprintf("country %q, want %q", country, *p.WantCountry))
		}
	}
	if p.WantAttackType != nil {
		want := strings.TrimSuffix(*p.WantAttackType, "_phishing")
		if got.AttackType != want {
			out = append(out, fmt.Sprintf("attack type %q, want %q", got.AttackType, want))
		}
	}
	if p.WantVictim != nil && !strings.Contains(strings.ToLower(got.Victim), strings.ToLower(*p.WantVictim)) {
		out = append(out, fmt.Sprintf("victim %q, want one holding %q", got.Victim, *p.WantVictim))
	}
	if len(p.WantRecords) > 0 {
		var want *int64
		if err := json.Unmarshal(p.WantRecords, &want); err != nil {
			out = append(out, fmt.Sprintf("want_records %s: %v", p.WantRecords, err))
		} else if (want == nil) != (got.RecordsAffected == nil) || (want != nil && *want != *got.RecordsAffected) {
			out = append(out, fmt.Sprintf("records %s, want %s", countString(got.RecordsAffected), countString(want)))
		}
	}
	return out
}

// countString prints a count or its absence.
func countString(n *int64) string {
	if n == nil {
		return "none"
	}
	return fmt.Sprint(*n)
}

// TestProbes checks every hand-written probe: a health cyberattack must be
// accepted, anything else (lost devices, commentary, vulnerability news,
// violence, infections, attacks outside health) must not be, and the
// fields a probe states must come out as stated.
func TestProbes(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	n, limits := 0, 0
	for p := range readProbes(t) {
		n++
		if p.WantAccept == nil && p.WantCountry == nil && p.WantAttackType == nil && p.WantVictim == nil && len(p.WantRecords) == 0 {
			t.Errorf("%s: a probe that wants nothing", p.ID)
		}
		lang := p.Lang
		if lang == "" {
			lang = "en"
		}
		got := c.Classify(cit.Candidate{ID: p.ID, Title: p.Title, Text: p.Text, Lang: lang})
		miss := p.mismatches(got)
		switch {
		case p.KnownLimit != "":
			limits++
			if len(miss) == 0 {
				t.Errorf("%s (%s) %q: marked known_limit (%s) but now right: drop the mark", p.ID, p.Style, p.Title, p.KnownLimit)
			} else {
				t.Logf("known limit %s: %s (%s)", p.ID, strings.Join(miss, "; "), p.KnownLimit)
			}
		case len(miss) > 0:
			t.Errorf("%s (%s) %q: %s", p.ID, p.Style, p.Title, strings.Join(miss, "; "))
		}
	}
	if n < 200 {
		t.Fatalf("read %d probes, want every file of testdata/probes", n)
	}
	if limits > maxKnownLimits {
		t.Errorf("%d probes marked known_limit, at most %d", limits, maxKnownLimits)
	}
}

// readProbes yields the probes of every file in testdata/probes (a file per
// round or group of rounds), in file-name order.
func readProbes(t *testing.T) iter.Seq[probe] {
	files, err := filepath.Glob(filepath.Join("testdata", "probes", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no probe files in testdata/probes (%v)", err)
	}
	return func(yield func(probe) bool) {
		for _, name := range files {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
			for line := 1; sc.Scan(); line++ {
				var p probe
				if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
					f.Close()
					t.Fatalf("%s:%d: %v", name, line, err)
				}
				if !yield(p) {
					f.Close()
					return
				}
			}
			if err := sc.Err(); err != nil {
				f.Close()
				t.Fatalf("%s: %v", name, err)
			}
			f.Close()
		}
	}
}
