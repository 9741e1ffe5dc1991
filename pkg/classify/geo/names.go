package geo

// ambiguous lists country names and capitals that are also common words,
// first names or other places: they are not matched.
func ambiguous() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{"Jordan", "Chad", "Georgia", "Niue", "Guinea", "Jersey", "Victoria", "Kingston", "Hamilton",
		"Plymouth", "Douglas", "Jamestown", "Stanley", "San Jose", "Male", "Praia", "Roseau", "Saint-Denis", "The Valley",
		"Moroni", "Apia", "Basseterre", "Castries", "West Island", "Sucre", "Washington", "Santiago", "Lima",
		"Kingston Norfolk Island", "Georgetown Guyana", "Alofi", "Avarua", "Melekeok", "Mata Utu", "Flying Fish Cove",
		"Adamstown", "Longyearbyen", "Gustavia", "Majuro", "Palikir", "Funafuti", "Tarawa", "Yaren", "Hagatna", "Mamoudzou",
		"Saint-Pierre", "Oranjestad", "Willemstad", "Philipsburg", "Cockburn Town", "Road Town", "Charlotte Amalie",
		"Grytviken", "Port-aux-Francais", "Diego Garcia", "El-Aaiun", "Mariehamn", "Nassau", "Brasilia", "Manama"} {
		m[s] = true
	}
	return m
}

// extraNames are country names and abbreviations beyond the library's
// English ones, in en, fr, de, es, it, pt and nl.
func extraNames() map[string][]string {
	return map[string][]string{
		"US": {"USA", "U.S.", "U.S.A.", "US", "United States of America", "America", "Etats-Unis", "États-Unis",
			"Vereinigte Staaten", "USA", "Estados Unidos", "EE.UU.", "EEUU", "Stati Uniti", "Verenigde Staten", "EUA"},
		"GB": {"UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
			"Royaume-Uni", "Grande-Bretagne", "Angleterre", "Großbritannien", "Vereinigtes Königreich", "England",
			"Reino Unido", "Inglaterra", "Regno Unito", "Inghilterra", "Verenigd Koninkrijk", "Engeland"},
		"FR": {"Frankreich", "Francia", "França", "Frankrijk"},
		"DE": {"Deutschland", "Allemagne", "Alemania", "Germania", "Alemanha", "Duitsland", "Bundesrepublik"},
		"ES": {"Espagne", "Spanien", "España", "Spagna", "Espanha", "Spanje"},
		"IT": {"Italie", "Italien", "Italia", "Itália", "Italië"},
		"PT": {"Portugal"},
		"NL": {"The Netherlands", "Holland", "Pays-Bas", "Niederlande", "Países Bajos", "Paesi Bassi", "Países Baixos", "Nederland"},
		"BE": {"Belgique", "Belgien", "Bélgica", "Belgio", "België"},
		"CH": {"Suisse", "Schweiz", "Suiza", "Svizzera", "Suíça", "Zwitserland"},
		"AT": {"Autriche", "Österreich", "Oostenrijk"},
		"IE": {"Irlande", "Irland", "Irlanda", "Ierland"},
		"CA": {"Kanada"},
		"BR": {"Brésil", "Brasilien", "Brasil", "Brasile", "Brazilië"},
		"MX": {"Mexique", "Mexiko", "México", "Messico"},
		"AU": {"Australie", "Australien", "Australië"},
		"IN": {"Inde", "Indien"},
		"JP": {"Japon", "Giappone", "Japão"},
		"CN": {"Chine", "Cina", "PRC"},
		"RU": {"Russia", "Russie", "Russland", "Rusia", "Rússia", "Rusland"},
		"KR": {"South Korea", "Corée du Sud", "Südkorea", "Corea del Sur", "Corea del Sud", "Zuid-Korea"},
		"KP": {"North Korea", "Corée du Nord", "Nordkorea", "Corea del Norte", "Noord-Korea"},
		"IR": {"Iran"},
		"SY": {"Syria"},
		"TW": {"Taiwan"},
		"VN": {"Viet Nam"},
		"CZ": {"Czech Republic", "République tchèque", "Tschechien", "República Checa", "Repubblica Ceca", "Tsjechië"},
		"SE": {"Suède", "Schweden", "Suecia", "Svezia", "Suécia", "Zweden"},
		"NO": {"Norvège", "Norwegen", "Noruega", "Norvegia", "Noorwegen"},
		"DK": {"Danemark", "Dänemark", "Dinamarca", "Danimarca", "Denemarken"},
		"FI": {"Finlande", "Finnland", "Finlandia", "Finlândia"},
		"PL": {"Pologne", "Polen", "Polonia", "Polónia"},
		"RO": {"Roumanie", "Rumänien", "Rumania", "Roménia", "Roemenië"},
		"GR": {"Grèce", "Griechenland", "Grecia", "Grécia", "Griekenland"},
		"LU": {"Luxemburg", "Lussemburgo", "Luxemburgo"},
		"MA": {"Maroc", "Marokko", "Marruecos", "Marocco", "Marrocos"},
		"DZ": {"Algérie", "Algerien", "Argelia", "Algeria"},
		"TN": {"Tunisie", "Tunesien", "Túnez"},
		"TR": {"Turquie", "Türkei", "Turquía", "Turchia", "Turquia", "Turkije", "Türkiye"},
		"UA": {"Ukraine", "Ucrania", "Ucraina", "Ucrânia", "Oekraïne"},
		"IL": {"Israël"},
		"ZA": {"Afrique du Sud", "Südafrika", "Sudáfrica", "Sudafrica", "África do Sul", "Zuid-Afrika"},
		"NZ": {"Nouvelle-Zélande", "Neuseeland", "Nueva Zelanda", "Nuova Zelanda", "Nieuw-Zeeland"},
		"AE": {"UAE", "Emirates"},
		"SA": {"Arabie saoudite", "Saudi-Arabien", "Arabia Saudita", "Arábia Saudita"},
		"AR": {"Argentine", "Argentinien"},
		"CO": {"Colombie", "Kolumbien"},
		"CL": {"Chili"},
		"PE": {"Pérou"},
		"SG": {"Singapur", "Singapour"},
		"HU": {"Hongrie", "Ungarn", "Hungría", "Ungheria", "Hongarije"},
		"HR": {"Croatie", "Kroatien", "Croacia", "Croazia", "Kroatië"},
	}
}

// regions are states, provinces and other sub-national regions (US states
// come from the countries library).
func regions() map[string][]string {
	return map[string][]string{
		"US": {"Washington D.C.", "D.C.", "Puerto Rico"},
		"CA": {"Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
			"New Brunswick", "Newfoundland"},
		"AU": {"New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia"},
		"DE": {"Bayern", "Bavaria", "Nordrhein-Westfalen", "North Rhine-Westphalia", "NRW", "Baden-Württemberg", "Hessen",
			"Niedersachsen", "Lower Saxony", "Sachsen", "Saxony", "Thüringen", "Brandenburg", "Mecklenburg-Vorpommern",
			"Schleswig-Holstein", "Rheinland-Pfalz", "Saarland", "Sachsen-Anhalt"},
		"FR": {"Île-de-France", "Normandie", "Normandy", "Bretagne", "Brittany", "Occitanie", "Nouvelle-Aquitaine",
			"Auvergne-Rhône-Alpes", "Hauts-de-France", "Grand Est", "Provence", "Corse", "Corsica"},
		"ES": {"Cataluña", "Catalunya", "Catalonia", "Andalucía", "Andalusia", "Galicia", "País Vasco", "Castilla",
			"Comunidad de Madrid", "Comunitat Valenciana", "Aragón", "Murcia", "Navarra", "Asturias", "Canarias"},
		"IT": {"Lombardia", "Lombardy", "Veneto", "Lazio", "Toscana", "Tuscany", "Piemonte", "Campania", "Sicilia", "Sicily",
			"Sardegna", "Sardinia", "Emilia-Romagna", "Puglia", "Calabria", "Liguria", "Friuli"},
		"NL": {"Noord-Holland", "Zuid-Holland", "Gelderland", "Limburg", "Noord-Brabant", "Friesland", "Groningen", "Overijssel"},
		"BE": {"Wallonie", "Wallonia", "Flanders", "Vlaanderen", "Flandre"},
		"PT": {"Algarve", "Alentejo", "Madeira", "Açores", "Azores"},
		"GB": {"Yorkshire", "Lancashire", "Kent", "Essex", "Cornwall", "Devon"},
	}
}

// cities are major cities often named in health-sector incident reports.
func cities() map[string][]string {
	return map[string][]string{
		"US": {"New York City", "NYC", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio",
			"San Diego", "Dallas", "Austin", "Jacksonville", "San Francisco", "Columbus", "Indianapolis", "Seattle",
			"Denver", "Boston", "Nashville", "Detroit", "Memphis", "Portland", "Las Vegas", "Baltimore", "Milwaukee",
			"Albuquerque", "Tucson", "Sacramento", "Atlanta", "Miami", "Minneapolis", "Cleveland", "Pittsburgh",
			"Cincinnati", "St. Louis", "Kansas City", "Orlando", "Tampa", "New Orleans", "Salt Lake City", "Honolulu",
			"Anchorage", "Hollywood", "Brooklyn", "Manhattan"},
		"GB": {"Manchester", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bristol", "Sheffield",
			"Newcastle", "Nottingham", "Oxford", "Cambridge"},
		"FR": {"Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille",
			"Rennes", "Rouen", "Brest", "Grenoble", "Dax", "Villefranche-sur-Saône", "Corbeil-Essonnes", "Cannes",
			"Armentières", "Versailles", "Reims", "Le Havre", "Toulon", "Dijon", "Angers", "Caen"},
		"DE": {"München", "Munich", "Hamburg", "Köln", "Cologne", "Frankfurt", "Stuttgart", "Düsseldorf", "Dortmund",
			"Leipzig", "Bremen", "Dresden", "Hannover", "Nürnberg", "Nuremberg", "Bonn", "Münster", "Heidelberg",
			"Mannheim", "Karlsruhe", "Freiburg", "Augsburg", "Kiel", "Lübeck", "Rostock", "Magdeburg", "Erfurt", "Mainz"},
		"ES": {"Barcelona", "Valencia", "Sevilla", "Seville", "Zaragoza", "Málaga", "Bilbao", "Valladolid", "Granada",
			"Alicante", "Palma", "Las Palmas"},
		"IT": {"Roma", "Milano", "Milan", "Napoli", "Naples", "Torino", "Turin", "Palermo", "Genova", "Genoa", "Bologna",
			"Firenze", "Florence", "Venezia", "Venice", "Verona", "Padova", "Padua", "Bari", "Catania", "Trieste",
			"Brescia", "Parma", "Modena"},
		"PT": {"Lisboa", "Porto", "Coimbra", "Braga", "Faro", "Setúbal"},
		"NL": {"Rotterdam", "Den Haag", "The Hague", "Utrecht", "Eindhoven", "Tilburg", "Almere", "Breda", "Nijmegen",
			"Leiden", "Maastricht", "Arnhem", "Haarlem", "Enschede", "Zwolle", "Delft"},
		"BE": {"Bruxelles", "Brussel", "Antwerp", "Antwerpen", "Anvers", "Gent", "Ghent", "Gand", "Liège", "Luik",
			"Charleroi", "Namur", "Leuven", "Louvain", "Bruges", "Brugge", "Mons"},
		"CH": {"Zürich", "Zurich", "Genève", "Geneva", "Genf", "Ginevra", "Basel", "Bâle", "Lausanne", "Lugano", "Luzern"},
		"AT": {"Wien", "Graz", "Linz", "Salzburg", "Innsbruck"},
		"IE": {"Cork", "Galway", "Limerick"},
		"CA": {"Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg"},
		"AU": {"Sydney", "Melbourne", "Brisbane", "Adelaide"},
		"NZ": {"Auckland", "Christchurch"},
		"IN": {"Mumbai", "Delhi", "Bangalore", "Bengaluru", "Chennai", "Kolkata", "Pune", "Ahmedabad", "AIIMS"},
		"PK": {"Karachi", "Lahore"},
		"JP": {"Osaka", "Kyoto", "Yokohama"},
		"KR": {"Busan"},
		"CN": {"Shanghai", "Wuhan", "Shenzhen", "Guangzhou"},
		"IL": {"Tel Aviv", "Haifa"},
		"BR": {"São Paulo", "Rio de Janeiro"},
		"TR": {"Istanbul"},
		"AE": {"Dubai"},
		"ZA": {"Johannesburg", "Cape Town", "Durban"},
		"RU": {"St. Petersburg", "Saint Petersburg"},
	}
}

// demonyms are nationality adjectives; a weaker sign than a name.
func demonyms() map[string][]string {
	return map[string][]string{
		"US": {"American", "Americans"},
		"GB": {"British", "English", "Scottish", "Welsh", "britannique", "britischen", "britannico", "Brits"},
		"FR": {"French", "français", "française", "françaises", "französische", "französischen", "francés", "francese", "francesi", "francês", "Franse"},
		"DE": {"German", "allemand", "allemande", "deutsche", "deutschen", "alemán", "alemana", "tedesco", "tedesca", "Duitse"},
		"ES": {"Spanish", "espagnol", "espagnole", "spanische", "spanischen", "español", "española", "spagnolo", "spagnola", "Spaanse"},
		"IT": {"Italian", "italien", "italienne", "italienische", "italienischen", "italiano", "italiana", "italiani", "Italiaanse"},
		"PT": {"Portuguese", "portugais", "portugaise", "portugiesische", "portugués", "portoghese", "português", "portuguesa", "Portugese"},
		"NL": {"Dutch", "néerlandais", "néerlandaise", "niederländische", "niederländischen", "holandés", "olandese", "holandês", "Nederlandse"},
		"BE": {"Belgian", "belge", "belgische", "belga"},
		"CH": {"Swiss", "schweizer", "suizo", "svizzero"},
		"AT": {"Austrian", "österreichische", "österreichischen"},
		"IE": {"Irish"},
		"CA": {"Canadian", "canadien", "canadienne"},
		"AU": {"Australian"},
		"NZ": {"New Zealand"},
		"JP": {"Japanese"},
		"CN": {"Chinese"},
		"RU": {"Russian"},
		"IL": {"Israeli"},
		"IN": {"Indian"},
		"BR": {"Brazilian", "brésilien", "brasileiro", "brasileira"},
		"MX": {"Mexican", "mexicano"},
		"KR": {"South Korean", "Korean"},
		"KP": {"North Korean"},
		"IR": {"Iranian"},
		"UA": {"Ukrainian"},
		"PL": {"Polish"},
		"SE": {"Swedish"},
		"NO": {"Norwegian"},
		"DK": {"Danish"},
		"FI": {"Finnish"},
		"GR": {"Greek"},
		"TR": {"Turkish"},
		"SG": {"Singaporean"},
		"PK": {"Pakistani"},
		"SA": {"Saudi"},
		"CZ": {"Czech"},
	}
}

// institutions are national bodies and identifiers that place a report in
// one country (US Social Security numbers, HIPAA, the NHS, national
// data-protection and cyber agencies).
func institutions() map[string][]string {
	return map[string][]string{
		"US": {"Social Security number", "Social Security numbers", "Social Security", "SSN", "SSNs", "HIPAA", "HITECH",
			"Medicaid", "Medicare", "FBI", "FTC", "HHS", "Department of Health and Human Services", "CISA", "Tricare",
			"Veterans Affairs", "Office for Civil Rights", "Internal Revenue Service", "IRS",
			// HIPAA's terms, in any case
			"covered entity", "covered entities", "protected health information", "ephi"},
		"GB": {"NHS", "National Health Service", "NCSC", "ICO", "Information Commissioner's Office"},
		"FR": {"ANSSI", "CNIL", "ARS", "AP-HP", "Assistance Publique"},
		"DE": {"BSI", "Bundesamt für Sicherheit in der Informationstechnik", "Datenschutzbeauftragte"},
		"ES": {"AEPD", "INCIBE", "Osakidetza"},
		"IT": {"ACN", "Garante per la protezione dei dati personali", "Garante privacy", "ASL", "ULSS"},
		"NL": {"Autoriteit Persoonsgegevens", "NCSC-NL", "GGD"},
		"PT": {"SNS", "Serviço Nacional de Saúde"},
		"IE": {"HSE", "Health Service Executive"},
		"CA": {"OHIP"},
		"AU": {"Medibank", "ACSC"},
	}
}
