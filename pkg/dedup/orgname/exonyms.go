package orgname

// exonyms maps the names a city has in other languages (and German city
// adjectives) to one form, so
// "Klinikum der Universität München" and "Munich University Hospital",
// "Universitätsklinikum Brünn" and "Brno University Hospital" share their
// words. Only cities whose names differ by more than diacritics (which
// transliteration removes) are listed; names that are also common words
// or other cities ("Valence", "Colonia", "Siracusa") are left out.
var exonyms = map[string]string{
	"munchen": "munich", "muenchen": "munich",
	"koln": "cologne", "koeln": "cologne", "cologna": "cologne",
	"wien": "vienna", "vienne": "vienna", "viena": "vienna",
	"nurnberg": "nuremberg", "nuernberg": "nuremberg", "norimberga": "nuremberg",
	"aquisgrana": "aachen", "mayence": "mainz", "treves": "trier",
	"geneve": "geneva", "genf": "geneva", "ginevra": "geneva", "ginebra": "geneva",
	"berne": "bern", "bale": "basel", "basilea": "basel", "luzern": "lucerne",
	"firenze": "florence", "florenz": "florence", "florencia": "florence",
	"milano": "milan", "mailand": "milan",
	"roma": "rome", "rom": "rome",
	"napoli": "naples", "neapel": "naples", "napoles": "naples",
	"torino":  "turin",
	"venezia": "venice", "venedig": "venice", "venise": "venice",
	"genova": "genoa", "padova": "padua", "mantova": "mantua",
	"lisboa": "lisbon", "lissabon": "lisbon", "lisbonne": "lisbon",
	"sevilla": "seville", "sevilha": "seville",
	"bruxelles": "brussels", "brussel": "brussels", "bruxelas": "brussels", "bruselas": "brussels",
	"antwerpen": "antwerp", "anvers": "antwerp", "amberes": "antwerp",
	"gent": "ghent", "gand": "ghent", "brugge": "bruges", "luik": "liege", "lowen": "leuven", "louvain": "leuven",
	"praha": "prague", "prag": "prague", "praga": "prague",
	"brunn":    "brno",
	"warszawa": "warsaw", "warschau": "warsaw", "varsovie": "warsaw", "varsavia": "warsaw", "varsovia": "warsaw",
	"krakau": "krakow", "cracovie": "krakow", "cracovia": "krakow",
	"breslau": "wroclaw", "danzig": "gdansk",
	"kobenhavn": "copenhagen", "kopenhagen": "copenhagen", "copenhague": "copenhagen", "copenaghen": "copenhagen",
	"goteborg":  "gothenburg",
	"bucuresti": "bucharest", "bukarest": "bucharest", "bucarest": "bucharest",
	"moskva": "moscow", "moskau": "moscow", "moscou": "moscow", "mosca": "moscow", "moscu": "moscow",
	"kiev": "kyiv", "kiew": "kyiv", "kijiw": "kyiv",
	"athina": "athens", "athen": "athens", "athenes": "athens", "atene": "athens", "atenas": "athens",
	"beograd": "belgrade", "belgrad": "belgrade",
	"londres": "london", "londra": "london", "londen": "london",
	"parigi": "paris", "berlino": "berlin",
	"barcelone": "barcelona", "barcellona": "barcelona",
	"edimbourg": "edinburgh", "dublino": "dublin",
	"marseilles": "marseille", "lyons": "lyon", "strassburg": "strasbourg",
	// German names take a city's adjective: "Wiener Gesundheitsverbund" is
	// Vienna's health group, "Münchner Klinik" Munich's.
	"wiener": "vienna", "munchner": "munich", "muenchner": "munich", "berliner": "berlin", "kolner": "cologne",
	"hamburger": "hamburg", "frankfurter": "frankfurt", "zurcher": "zurich", "grazer": "graz", "linzer": "linz",
	"stuttgarter": "stuttgart", "dusseldorfer": "dusseldorf", "dresdner": "dresden", "leipziger": "leipzig",
	"bremer": "bremen", "nurnberger": "nuremberg", "essener": "essen", "salzburger": "salzburg", "basler": "basel",
	"berner": "bern", "innsbrucker": "innsbruck", "kieler": "kiel", "mainzer": "mainz", "freiburger": "freiburg",
}

// Exonym returns the one form of a city's name in lower case ("antwerpen"
// → "antwerp"), or w itself.
func Exonym(w string) string { return exonym(w) }

// exonym returns the one form of a city's name, or w itself. A possessive
// ("Florence's", read as "florences") is the city too.
func exonym(w string) string {
	if e, ok := exonyms[w]; ok {
		return e
	}
	if n := len(w); n > 4 && w[n-1] == 's' {
		if e, ok := exonymTargets[w[:n-1]]; ok {
			return e
		}
	}
	return w
}

// exonymTargets is the set of the forms exonyms maps to.
var exonymTargets = func() map[string]string {
	m := make(map[string]string, len(exonyms))
	for _, e := range exonyms {
		m[e] = e
	}
	return m
}()
