package classify

import (
	"iter"

	"github.com/cit-health/cit/pkg/classify/text"
)

// knownOrgs are health organisations well known by name, whose names hold no
// health word: the insurers, hospital groups, drug makers and distributors,
// laboratories, health-IT and device makers that reports name without
// saying what they are ("Anthem", "Cencora", "Synnovis"). Like the threat
// actors, this is knowledge, not a pattern. A name counts only when it is
// capitalised (or starts with a digit) in the text.
//
// The list gives the sector of a report that names no health-organisation
// word; it does not decide whether a report is a health cyberattack. On the
// dev labels it would cost F1: the sources' own categories file pharmacy
// chains and some insurers' hacks outside health (PRC "BSR" Walgreens,
// EuRepoC's "Anthem Hack"), which CIT's taxonomy counts as health. Names that are also common words, places or
// other companies ("Epic", "Providence", "Banner", "Boots") are listed only
// in their unambiguous long form.
func knownOrgs() map[string]term {
	m := map[string]term{}
	add := func(sector string, names ...string) {
		for _, n := range names {
			m[n] = org(sector)
		}
	}
	add("health_insurance", "anthem", "elevance", "elevance health", "premera", "excellus", "carefirst", "unitedhealth",
		"unitedhealthcare", "united healthcare", "aetna", "cigna", "humana", "centene", "molina healthcare", "highmark",
		"wellpoint", "health net", "tricare", "medibank", "bupa", "aok", "barmer", "techniker krankenkasse", "dak gesundheit",
		"ameli", "harvard pilgrim", "point32health", "independence blue cross", "florida blue", "oscar health",
		"philhealth", "bpjs kesehatan", "star health",
		// round 32: Argentina's retirees' insurer, Chile's largest private one
		"pami", "banmedica",
		// round 66: Poland's national health fund by its initials, Finland's
		// social insurance institution, which pays for care (and in its
		// genitive), Slovakia's general health insurer by its initials
		"nfz", "kela", "kelan", "vszp")
	add("care_provider", "kaiser permanente", "hca healthcare", "tenet healthcare", "ascension", "commonspirit",
		"community health systems", "universal health services", "prospect medical", "ardent health", "scripps health",
		"banner health", "mclaren health", "providence health", "providence st joseph", "trinity health", "sutter health",
		"atrium health", "advocate aurora", "advocate health", "mayo clinic", "cleveland clinic", "johns hopkins medicine",
		"mount sinai", "cedars sinai", "nyu langone", "massachusetts general", "mass general brigham", "medstar",
		"lehigh valley health network", "singhealth", "aiims", "helios kliniken", "asklepios", "fresenius", "ramsay sante",
		"ramsay health care", "apollo hospitals", "fortis healthcare", "charite", "ap hp", "assistance publique",
		"hopitaux de paris", "davita", "envision healthcare", "erlanger", "ochsner", "intermountain healthcare",
		"geisinger", "northwell", "sanford health", "memorialcare", "ucsf health", "ucla health", "uc san diego health",
		"netcare", "mediclinic", "life healthcare", "keralty", "colsanitas", "vastaamo", "unimed", "upmc",
		// national and public health services whose names hold no health word
		"te whatu ora", "health new zealand", "health nz", "essalud", "instituto mexicano del seguro social", "osakidetza", "ib salut",
		"caja costarricense de seguro social", "costa rican social security fund", "oneblood", "sanquin",
		// round 36: Europe's care-home groups and France's largest hospital group outside Paris
		"orpea", "emeis", "korian", "clariane", "domusvi", "hospices civils de lyon")
	add("pharma", "pfizer", "moderna", "astrazeneca", "johnson johnson", "novartis", "roche", "sanofi", "gsk",
		"glaxosmithkline", "bayer", "eli lilly", "abbvie", "bristol myers squibb", "biontech", "sun pharma", "dr reddy s",
		"cencora", "amerisourcebergen", "mckesson", "cardinal health", "walgreens", "cvs health", "cvs pharmacy",
		"rite aid", "teva", "takeda", "novo nordisk", "sinovac", "serum institute", "merck", "sanofi pasteur", "bausch health",
		"zydus", "cipla", "aurobindo", "henry schein", "london drugs",
		// round 36: drug makers named without a kind word
		"evotec", "siegfried", "merck sharp dohme", "boehringer ingelheim", "grifols", "octapharma", "lonza", "ipsen",
		"glenmark", "granules india")
	add("laboratory", "synnovis", "eurofins", "sonic healthcare", "unilabs", "cerba", "synlab", "bioscientia",
		"enzo biochem", "labcorp", "quest diagnostics", "bioreference", "spectra laboratories", "23andme",
		"fleury", "grupo fleury", "lifelabs", "dynacare", "australian clinical labs", "medlab pathology",
		// round 36: France's laboratory networks
		"cerballiance", "biogroup", "inovie")
	// round 66: Norway's health network, which links its hospitals
	add("health_it", "norsk helsenett")
	// round 66: Russia's largest private laboratories
	add("laboratory", "гемотест", "гемотеста", "гемотесте", "инвитро", "хеликс")
	add("health_it", "allscripts", "athenahealth", "nextgen healthcare", "eclinicalworks", "greenway health", "meditech",
		"kareo", "welltok", "r1 rcm", "american medical collection agency", "amca", "medical informatics engineering",
		"optum", "change healthcare", "cerner", "oracle health", "epic systems", "netsmart", "medhost", "harris healthcare",
		"bitmarck", "medatixx", "dedalus",
		// round 33: France's appointment platform
		"doctolib")
	add("medical_devices", "medtronic", "philips healthcare", "siemens healthineers", "ge healthcare", "baxter international",
		"boston scientific", "abbott laboratories", "becton dickinson", "stryker", "dentsply", "zimmer biomet", "smith nephew",
		"dragerwerk", "draeger", "b braun", "olympus medical", "insulet", "dexcom", "masimo")
	add("public_health", "department of veterans affairs", "veterans affairs", "veterans health administration",
		"food and drug administration", "fda", "european medicines agency", "ecdc", "centers for medicare",
		"health canada", "public health england", "ukhsa", "robert koch institut", "santé publique france",
		// round 33: Portugal's national emergency medical service
		"instituto nacional de emergencia medica",
		// round 66: Estonia's health board, Sweden's and Norway's public
		// health agencies
		"terviseamet", "folkhalsomyndigheten", "folkehelseinstituttet",
		// round 54: Brazil's health regulator
		"anvisa", "agencia nacional de vigilancia sanitaria")
	for code, names := range orgCountries() {
		for _, n := range names {
			t := m[n]
			t.country = code
			m[n] = t
		}
	}
	return m
}

// orgCountries gives the country of the known organisations that work in
// one country, so that "Change Healthcare says hackers stole data" is placed
// in the US though it names no place. Multinationals (Pfizer, Roche,
// Fresenius, Synlab…) and names shared across borders (Mount Sinai,
// Providence) are left out: their home is not where an attack hit.
func orgCountries() map[string][]string {
	return map[string][]string{
		"US": {"anthem", "elevance", "elevance health", "premera", "excellus", "carefirst", "unitedhealth", "unitedhealthcare",
			"united healthcare", "aetna", "humana", "centene", "molina healthcare", "highmark", "wellpoint", "health net",
			"tricare", "harvard pilgrim", "point32health", "independence blue cross", "florida blue", "oscar health",
			"kaiser permanente", "hca healthcare", "tenet healthcare", "ascension", "commonspirit", "community health systems",
			"universal health services", "prospect medical", "ardent health", "scripps health", "banner health",
			"mclaren health", "trinity health", "sutter health", "atrium health", "advocate aurora", "advocate health",
			"mayo clinic", "cleveland clinic", "johns hopkins medicine", "cedars sinai", "nyu langone", "massachusetts general",
			"mass general brigham", "medstar", "lehigh valley health network", "davita", "envision healthcare", "erlanger",
			"ochsner", "intermountain healthcare", "geisinger", "northwell", "sanford health", "memorialcare", "ucsf health",
			"ucla health", "uc san diego health", "cencora", "amerisourcebergen", "cardinal health", "walgreens",
			"cvs health", "cvs pharmacy", "rite aid", "enzo biochem", "labcorp", "quest diagnostics", "bioreference",
			"spectra laboratories", "allscripts", "athenahealth", "nextgen healthcare", "eclinicalworks", "greenway health",
			"kareo", "welltok", "r1 rcm", "american medical collection agency", "amca", "medical informatics engineering",
			"change healthcare", "netsmart", "medhost", "department of veterans affairs", "veterans affairs",
			"veterans health administration", "food and drug administration", "fda", "centers for medicare", "oneblood",
			"masimo", "henry schein"},
		"NZ": {"te whatu ora", "health new zealand", "health nz"},
		"PE": {"essalud"},
		"MX": {"instituto mexicano del seguro social"},
		"ES": {"osakidetza"},
		"CR": {"caja costarricense de seguro social", "costa rican social security fund"},
		"PH": {"philhealth"},
		"ID": {"bpjs kesehatan"},
		"DE": {"bitmarck", "medatixx", "aok", "barmer", "techniker krankenkasse", "dak gesundheit", "helios kliniken", "asklepios", "charite",
			"bioscientia", "robert koch institut"},
		"PT": {"instituto nacional de emergencia medica"},
		"FR": {"doctolib", "ameli", "ap hp", "assistance publique", "hopitaux de paris", "ramsay sante", "cerba", "santé publique france",
			"hospices civils de lyon", "cerballiance", "biogroup", "inovie"},
		"GB": {"synnovis", "public health england", "ukhsa"},
		"AU": {"medibank", "australian clinical labs", "medlab pathology"},
		"BR": {"fleury", "grupo fleury", "unimed", "anvisa", "agencia nacional de vigilancia sanitaria"},
		"ZA": {"netcare", "life healthcare"},
		"CO": {"keralty", "colsanitas"},
		"FI": {"vastaamo"},
		"NL": {"sanquin"},
		"SG": {"singhealth"},
		"IN": {"aiims", "apollo hospitals", "fortis healthcare", "star health"},
		"CA": {"health canada", "lifelabs", "dynacare"},
	}
}

// knownOrg returns the first known organisation named, capitalised, in toks.
func knownOrg(known *text.Lexicon[term], toks []text.Token) (text.Hit[term], bool) {
	for h := range knownOrgHits(known, toks) {
		return h, true
	}
	return text.Hit[term]{}, false
}

// knownOrgHits yields every known organisation named, capitalised, in toks.
func knownOrgHits(known *text.Lexicon[term], toks []text.Token) iter.Seq[text.Hit[term]] {
	return func(yield func(text.Hit[term]) bool) {
		for _, h := range known.Find(toks) {
			if (toks[h.First].Upper || toks[h.First].Digit) && !otherOwnersName(toks, h) && !yield(h) { // "23andMe"
				return
			}
		}
	}
}

// otherOwnersName reports whether a known organisation's name is part of
// another organisation's or a place's: "Ascension Parish School Board",
// "Mount Sinai Missionary Baptist Church", "City of Erlanger",
// "Fleury-les-Aubrais".
func otherOwnersName(toks []text.Token, h text.Hit[term]) bool {
	if h.First >= 1 && (toks[h.First-1].Norm == "temple" || toks[h.First-1].Norm == "congregation") {
		return true // "Temple Mount Sinai"
	}
	if h.Last+1 < len(toks) && toks[h.Last+1].Hyphen && !toks[h.Last+1].Upper {
		return true // a town's: "Fleury-les-Aubrais" (round 54)
	}
	if h.First >= 2 && toks[h.First-1].Norm == "of" {
		switch toks[h.First-2].Norm {
		case "city", "town", "village", "county", "parish", "borough", "township":
			return true
		}
	}
	for k := h.Last + 1; k < len(toks) && k <= h.Last+4 && toks[k].Upper && !toks[k].Break; k++ {
		switch toks[k].Norm {
		case "parish", "church", "lutheran", "baptist", "methodist", "missionary", "school", "schools", "board", "district",
			"bank", "credit", "college", "academy", "city", "town", "county", "village", "congregation", "synagogue",
			"roofing", "construction", "title", "escrow", "police", "brewing", "brewery", "sports", "entertainment", "it",
			"bros", "brothers", "supermarket", "supermarkets", "market", "markets", "grocers": // round 44: "Roche Bros. Supermarkets"
			return true
		}
	}
	return false
}
