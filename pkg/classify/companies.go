package classify

import "github.com/cit-health/cit/pkg/classify/text"

// companyCountries are well-known organisations outside health, by the
// country of their seat, that incident names and reports name without a
// place ("Okta breach", "Uber hack", "Hackers hit Optus"). Like knownOrgs,
// this is knowledge, not a pattern; it only places a report whose title
// names such an organisation when nothing else in the text places it, and
// it says nothing of health. Names that are also common words or other
// organisations ("Target", "Orange", "Continental", "Apple", "Meta",
// "Leonardo", "Boots"), international bodies (IMF, World Bank) and vendors
// that mostly report attacks (Kaspersky, Mandiant) are left out.
func companyCountries() map[string]string {
	m := map[string]string{}
	add := func(code string, names ...string) {
		for _, n := range names {
			m[n] = code
		}
	}
	add("US", "microsoft", "google", "alphabet", "amazon", "facebook", "twitter", "uber", "lyft", "okta", "cloudflare",
		"cisco", "twilio", "rockstar games", "take two interactive", "nvidia", "intel", "ibm", "dell", "hp inc",
		"hewlett packard", "solarwinds", "kaseya", "ivanti", "citrix", "vmware", "fortinet",
		"equifax", "marriott", "yahoo", "ebay", "paypal", "home depot", "capital one", "t mobile",
		"verizon", "comcast", "dropbox", "lastpass", "reddit", "activision", "activision blizzard", "electronic arts",
		"cnn", "fox news", "new york times", "washington post", "wall street journal", "nbc", "cbs", "mgm resorts",
		"caesars", "caesars entertainment", "clorox", "boeing", "lockheed martin", "raytheon", "northrop grumman",
		"colonial pipeline", "linkedin", "github", "gitlab", "salesforce", "snowflake", "ticketmaster",
		"live nation", "at&t", "sony pictures", "mailchimp", "doordash", "robinhood", "coinbase", "kroger", "walmart",
		"costco", "starbucks", "mcdonald s", "wendy s", "chipotle", "sears", "macy s", "neiman marcus", "saks",
		"tj maxx", "tjx", "heartland payment systems", "global payments", "first american", "fannie mae", "freddie mac",
		"nasdaq", "new york stock exchange", "jpmorgan", "jpmorgan chase", "citigroup", "citibank", "bank of america",
		"wells fargo", "goldman sachs", "morgan stanley", "nasa",
		"pentagon", "department of defense", "department of state", "state department", "department of energy",
		"department of homeland security", "office of personnel management", "opm", "internal revenue service",
		"democratic national committee", "dnc", "republican national committee", "change org", "wikipedia",
		"western digital", "seagate", "qualcomm", "amd", "micron", "broadcom", "motorola", "xerox", "adobe",
		"autodesk", "progress software", "jumpcloud", "accellion", "blackbaud",
		"u haul", "uhaul")
	add("GB", "royal mail", "bbc", "british airways", "capita", "arnold clark", "jd sports", "bt group", "vodafone",
		"tesco", "sainsbury s", "marks and spencer", "marks spencer", "co op", "easyjet", "british library",
		"transport for london", "tfl", "the guardian", "guardian media group", "bae systems", "rolls royce", "barclays",
		"hsbc", "lloyds banking group", "natwest", "ministry of defence", "electoral commission", "harrods")
	add("DE", "deutsche bahn", "thyssenkrupp", "rheinmetall", "bosch", "siemens", "volkswagen", "bmw", "mercedes benz",
		"daimler", "lufthansa", "deutsche telekom", "deutsche bank", "commerzbank", "bundestag", "bundeswehr", "sap",
		"enercon", "enercity", "varta", "adidas", "henkel", "basf", "evonik", "infineon")
	add("FR", "thales", "renault", "air france", "airbus", "safran", "dassault", "totalenergies", "engie",
		"edf", "sncf", "la poste", "orange business", "ubisoft", "le monde", "tv5monde", "saint gobain", "auchan",
		"carrefour", "decathlon", "l oreal", "louis vuitton", "dior")
	add("IT", "ferrari", "eni", "enel", "fincantieri", "poste italiane", "trenitalia", "luxottica", "campari")
	add("ES", "telefonica", "iberdrola", "santander", "bbva", "repsol", "mapfre", "indra", "adif", "renfe")
	add("CH", "nestle", "swatch", "xplain", "credit suisse", "ubs", "swisscom", "ruag")
	add("NL", "asml", "kpn", "heineken", "ahold delhaize")
	add("BE", "proximus", "belgacom")
	add("SE", "ericsson", "ikea", "volvo", "scania", "tietoevry", "coop sverige")
	add("DK", "maersk", "vestas", "danske bank")
	add("NO", "norsk hydro", "equinor", "telenor")
	add("FI", "nokia")
	add("AU", "optus", "telstra", "qantas", "latitude financial", "canva", "woolworths", "commonwealth bank",
		"australian national university")
	add("NZ", "air new zealand", "spark nz")
	add("CA", "bombardier", "rogers communications", "bell canada", "desjardins", "air canada", "indigo books",
		"royal canadian mounted police", "rcmp", "shopify", "nav canada")
	add("JP", "toyota", "sony", "nintendo", "panasonic", "bandai namco", "capcom", "honda", "nissan", "mitsubishi",
		"mitsubishi electric", "nec", "fujitsu", "toshiba", "hitachi", "kadokawa", "nikkei", "square enix", "sega",
		"japan airlines", "casio")
	add("KR", "samsung", "lg", "lg uplus", "hyundai", "kia", "sk telecom", "kt corp", "coupang", "korea hydro nuclear power")
	add("CN", "huawei", "alibaba", "tencent", "baidu", "zte", "lenovo", "xiaomi", "bytedance", "tiktok")
	add("TW", "tsmc", "foxconn", "acer", "asus", "gigabyte", "msi")
	add("IN", "tata", "tata power", "air india", "spicejet", "infosys", "wipro", "oil india", "bigbasket", "dominos india",
		"mobikwik", "upstox")
	add("RU", "gazprom", "sberbank", "aeroflot", "yandex", "rostelecom", "delivery club", "rosneft",
		"lukoil", "roscosmos", "rzd", "vtb", "megafon", "vkontakte", "vk")
	add("UA", "kyivstar", "naftogaz", "ukrenergo", "privatbank", "ukrzaliznytsia", "diia", "oschadbank")
	add("IL", "bank hapoalim", "el al", "shirbit", "elbit systems", "israel aerospace industries",
		"bezeq")
	add("IR", "bank melli", "bank sepah", "national iranian oil company", "irib")
	add("BR", "jbs", "embraer", "petrobras", "eletrobras", "renner", "lojas renner", "americanas", "natura")
	add("MX", "pemex", "aeromexico", "banxico")
	add("AR", "mercado libre", "mercadolibre")
	add("CL", "banco estado", "bancoestado")
	add("CO", "ecopetrol", "avianca")
	add("ZA", "transnet", "eskom", "telkom", "sasol")
	add("SG", "singtel")
	add("ID", "bank syariah indonesia", "pertamina")
	return m
}

// firstCompany returns the first well-known company named, capitalised, in
// toks, its country the hit's value; not a company's product ("Cisco IOS
// XE", "Microsoft Exchange", "Intel chips") or flaw ("VMware
// vulnerability"), whose users are anywhere.
func firstCompany(companies *text.Lexicon[string], toks []text.Token) (text.Hit[string], bool) {
	for _, h := range companies.Find(toks) {
		if !toks[h.First].Upper && !toks[h.First].Digit {
			continue
		}
		if n := h.Last + 1; n < len(toks) && !toks[n].Break &&
			(toks[n].Upper && !orgKindWord(toks[n].Norm) && !legalForm(toks[n].Norm) || productWord(toks[n].Norm)) {
			continue
		}
		return h, true
	}
	return text.Hit[string]{}, false
}

// productWord is a lower-case word for what a company makes or its flaws:
// "Intel chips", "VMware vulnerability".
func productWord(s string) bool {
	switch s {
	case "vulnerability", "vulnerabilities", "flaw", "flaws", "bug", "bugs", "zero", "exploit", "exploits", "chips",
		"chip", "devices", "device", "switches", "routers", "extension", "extensions", "software", "products", "product",
		"app", "apps", "update", "updates", "patch", "patches", "servers", "platform":
		return true
	}
	return false
}
