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
		"Grytviken", "Port-aux-Francais", "Diego Garcia", "El-Aaiun", "Mariehamn", "Nassau", "Brasilia", "Manama",
		"Saint John's", "St. John's"} { // hospitals are named for St. John
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
		// round 27: the Holy See by its everyday names ("DDoS attacks on Vatican websites")
		"VA": {"Vatican", "Vatican City", "Holy See", "Vaticano", "Vatikan", "Città del Vaticano"},
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
		"US": {"Washington D.C.", "D.C.", "Puerto Rico", "New England"},
		"CA": {"BC", "B.C.", "Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
			"New Brunswick", "Newfoundland"},
		"AU": {"New South Wales", "NSW", "Queensland", "Tasmania", "Western Australia", "South Australia"},
		"DE": {"Bayern", "Bavaria", "Nordrhein-Westfalen", "North Rhine-Westphalia", "NRW", "Baden-Württemberg", "Hessen",
			"Niedersachsen", "Lower Saxony", "Sachsen", "Saxony", "Thüringen", "Brandenburg", "Mecklenburg-Vorpommern",
			"Schleswig-Holstein", "Rheinland-Pfalz", "Saarland", "Sachsen-Anhalt", "Münsterland", "Ruhrgebiet", "Sauerland",
			"Ostwestfalen", "Ostwestfalen-Lippe", "Allgäu", "Oberbayern", "Niederbayern", "Oberfranken", "Mittelfranken",
			"Unterfranken", "Oberpfalz", "Schwaben", "Emsland", "Eifel", "Erzgebirge", "Vogtland", "Lausitz", "Uckermark"},
		"FR": {"Île-de-France", "Normandie", "Normandy", "Bretagne", "Brittany", "Occitanie", "Nouvelle-Aquitaine",
			"Auvergne-Rhône-Alpes", "Rhône-Alpes", "Hauts-de-France", "Grand Est", "Provence", "Corse", "Corsica",
			// départements whose names are no other place's
			"Pyrénées-Atlantiques", "Hautes-Pyrénées", "Pyrénées-Orientales", "Haute-Savoie", "Savoie", "Isère", "Gironde",
			"Bouches-du-Rhône", "Alpes-Maritimes", "Seine-Saint-Denis", "Val-de-Marne", "Hauts-de-Seine", "Essonne",
			"Yvelines", "Val-d'Oise", "Seine-et-Marne", "Loire-Atlantique", "Maine-et-Loire", "Ille-et-Vilaine",
			"Finistère", "Morbihan", "Côtes-d'Armor", "Haute-Garonne", "Hérault", "Bas-Rhin", "Haut-Rhin",
			"Meurthe-et-Moselle", "Pas-de-Calais", "Seine-Maritime", "Calvados", "Vendée", "Charente-Maritime",
			"Dordogne", "Haute-Vienne", "Puy-de-Dôme", "Côte-d'Or", "Saône-et-Loire", "Vaucluse", "Drôme", "Ardèche",
			"Haute-Corse", "Corse-du-Sud", "Vosges", "Eure-et-Loir", "Loiret", "Indre-et-Loire", "Sarthe", "Mayenne",
			"Aisne", "Tarn-et-Garonne", "Lot-et-Garonne", "Deux-Sèvres", "Haute-Loire", "Haute-Saône", "Haute-Marne"},
		"ES": {"Cataluña", "Catalunya", "Catalonia", "Andalucía", "Andalusia", "Galicia", "País Vasco", "Castilla",
			"Comunidad de Madrid", "Comunitat Valenciana", "Aragón", "Murcia", "Navarra", "Asturias", "Canarias", "Euskadi",
			"Basque Country", "Cantabria", "Extremadura", "Castilla-La Mancha", "Castilla y León", "Baleares",
			"Balearic Islands", "Mallorca", "Menorca", "Ibiza", "Illes Balears", "Islas Baleares"},
		"IT": {"Lombardia", "Lombardy", "Veneto", "Lazio", "Toscana", "Tuscany", "Piemonte", "Campania", "Sicilia", "Sicily",
			"Sardegna", "Sardinia", "Emilia-Romagna", "Puglia", "Calabria", "Liguria", "Friuli", "Abruzzo", "Marche", "Umbria",
			"Molise", "Basilicata", "Trentino", "Alto Adige", "Südtirol", "Romagna"},
		"NL": {"Noord-Holland", "Zuid-Holland", "Gelderland", "Limburg", "Noord-Brabant", "Friesland", "Groningen", "Overijssel",
			"Drenthe", "Flevoland", "Zeeland", "Twente", "Achterhoek", "Veluwe"},
		"BE": {"Wallonie", "Wallonia", "Flanders", "Vlaanderen", "Flandre", "Hainaut", "Henegouwen", "Brabant wallon",
			"Vlaams-Brabant", "Oost-Vlaanderen", "West-Vlaanderen", "Wallonie picarde",
			// round 32: Belgium's province, not the Grand Duchy ("les hôpitaux de la province du Luxembourg")
			"province de Luxembourg", "province du Luxembourg", "provincie Luxemburg", "Provinz Luxemburg",
			"Luxembourg belge", "Belgisch Luxemburg", "Waals-Luxemburgse"},
		"PT": {"Algarve", "Alentejo", "Madeira", "Açores", "Azores", "Trás-os-Montes", "Minho", "Ribatejo"},
		"GB": {"Yorkshire", "Lancashire", "Kent", "Essex", "Cornwall", "Devon",
			// round 57: English counties ("Hospital operations across Lincolnshire cancelled"), before the US village
			"Lincolnshire", "Derbyshire", "Nottinghamshire", "Leicestershire", "Staffordshire", "Shropshire", "Warwickshire",
			"Worcestershire", "Gloucestershire", "Oxfordshire", "Buckinghamshire", "Bedfordshire", "Hertfordshire",
			"Cambridgeshire", "Northamptonshire", "Wiltshire", "Cumbria", "Northumberland", "Merseyside", "Teesside",
			"Greater Manchester", "Dorset", "East Sussex", "West Sussex", // not Surrey, a city of British Columbia too
			// round 67: England's regions ("West Midlands Ambulance Service twitter account hacked")
			"West Midlands", "East Midlands", "East Anglia", "Tyne and Wear"},
		"IN": {"Tamil Nadu", "Kerala", "Karnataka", "Maharashtra", "Gujarat", "Rajasthan", "Uttar Pradesh", "Madhya Pradesh",
			"Andhra Pradesh", "Telangana", "West Bengal", "Bihar", "Odisha", "Haryana", "Assam", "Jharkhand",
			"Chhattisgarh", "Uttarakhand", "Himachal Pradesh", "Goa", "Jammu and Kashmir", "Manipur"},
		"BR": {"Minas Gerais", "Rio Grande do Sul", "Bahia", "Paraná", "Pernambuco", "Ceará", "Santa Catarina", "Goiás",
			"Espírito Santo", "Mato Grosso", "Mato Grosso do Sul", "Maranhão", "Paraíba", "Alagoas", "Sergipe", "Piauí", "Rondônia", "Tocantins"},
		"MX": {"Jalisco", "Nuevo León", "Chihuahua", "Yucatán", "Oaxaca", "Veracruz", "Guanajuato", "Sonora", "Baja California",
			"Monterrey", "Puebla", "Tijuana", "Querétaro", "Ciudad de México", "CDMX", "Cancún", "Mexicali", "Hermosillo", "Culiacán", "Aguascalientes", "San Luis Potosí", "Morelia", "Toluca", "Torreón", "Acapulco", "Chiapas", "Sinaloa", "Coahuila", "Michoacán", "Quintana Roo", "Tamaulipas", "Zacatecas"}, // not Guadalajara or Mérida, Spanish cities too
		"CN": {"Guangdong", "Zhejiang", "Jiangsu", "Sichuan", "Hubei", "Fujian", "Xinjiang", "Tibet", "Inner Mongolia"},
		"JP": {"Hokkaido", "Okinawa", "Tokushima", "Hiroshima", "Fukuoka", "Kanagawa", "Saitama", "Chiba", "Hyogo"},
		"NZ": {"Waikato", "Otago", "Taranaki"},
		"AT": {"Tirol", "Tyrol", "Steiermark", "Styria", "Kärnten", "Carinthia", "Vorarlberg", "Niederösterreich", "Oberösterreich"},
		"CH": {"Zürich", "Zurich", "Basel", "Lausanne", "Ticino", "Aargau", "Luzern", "Lucerne", "Kanton Bern", "Graubünden",
			"Thurgau", "Solothurn", "Valais", "Vaud", "Waadt", "St. Gallen", "Schaffhausen", "Appenzell"},
		"AR": {"La Plata", "Mar del Plata", "Tucumán", "Neuquén", "Bahía Blanca"},
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
			"Anchorage", "Hollywood", "Brooklyn", "Manhattan",
			// Smaller cities whose names are not also common words, people's
			// names or places elsewhere ("Richmond", "Durham", "Alexandria",
			// "Toledo", "Odessa" and their like are left out).
			"Fort Worth", "El Paso", "Oklahoma City", "Louisville", "Fresno", "Long Beach", "Virginia Beach",
			"Oakland", "Tulsa", "Arlington", "Bakersfield", "Wichita", "Raleigh", "Omaha", "Colorado Springs",
			"Santa Ana", "Riverside", "Corpus Christi", "Lexington", "Anaheim", "Greensboro", "Plano", "Buffalo",
			"Fort Wayne", "Jersey City", "Chula Vista", "Laredo", "Lubbock", "Scottsdale", "Winston-Salem",
			"North Las Vegas", "Chesapeake", "Fremont", "Baton Rouge", "Boise", "Spokane", "Des Moines", "Tacoma",
			"San Bernardino", "Modesto", "Santa Clarita", "Oxnard", "Fayetteville", "Moreno Valley",
			"Huntington Beach", "Grand Rapids", "Yonkers", "Akron", "Little Rock", "Huntsville", "Shreveport",
			"Knoxville", "Tempe", "Providence", "Chattanooga", "Fort Lauderdale", "Sioux Falls", "Peoria",
			"Tallahassee", "Pasadena", "Rockford", "Hartford", "Syracuse", "Ann Arbor", "Evansville", "Dayton",
			"Lansing", "Albany", "New Haven", "Bridgeport", "Allentown", "Scranton", "Harrisburg", "Trenton",
			"Newark", "Wilmington", "Annapolis", "Roanoke", "Charleston", "Greenville", "Asheville", "Gainesville",
			"Pensacola", "Sarasota", "Boca Raton", "West Palm Beach", "Palm Beach", "Topeka", "Springfield",
			"Cedar Rapids", "Iowa City", "Duluth", "Green Bay", "Eau Claire", "Missoula", "Cheyenne", "Provo",
			"Las Cruces", "Flagstaff", "Santa Barbara", "Santa Monica", "Palo Alto", "Berkeley", "Torrance",
			"Burbank", "Culver City", "Beverly Hills", "Thousand Oaks", "Ventura", "Bellevue", "Fairbanks",
			"Juneau", "Hilo", "Galveston", "Waco", "Round Rock", "McAllen", "Brownsville", "Abilene", "Killeen",
			"Frisco", "McKinney", "Murfreesboro", "Clarksville", "Bowling Green", "Morgantown", "Youngstown",
			"South Bend", "Bloomington", "Champaign", "Urbana", "Joliet", "Naperville", "Evanston", "Schaumburg",
			"Kalamazoo", "Dearborn", "Nashua", "Brockton", "New Bedford", "Fall River", "Pawtucket", "Waterbury",
			"Bronx", "Staten Island", "Long Island", "White Plains", "Ithaca", "Binghamton", "Utica",
			"Schenectady", "Poughkeepsie", "Hoboken", "Atlantic City", "Princeton", "Bethesda", "Rockville",
			"Silver Spring", "Fairfax", "Lynchburg", "Charlottesville", "Yuma", "Carson City", "Fort Collins",
			"Greeley", "Sioux City", "Rapid City", "Lakewood", "Glendale"},
		"GB": {"Manchester", "Liverpool", "Leeds", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bristol", "Sheffield",
			"Newcastle", "Nottingham", "Oxford", "Cambridge", "Leicester", "Coventry", "Southampton", "Wolverhampton", "Sunderland", "Dundee", "Swansea", "Middlesbrough", "Milton Keynes", "Luton", "Blackpool", "Salford", "Huddersfield", "Cheltenham", "Stoke-on-Trent", "Doncaster", "Rotherham", "Barnsley", "Stockport", "Wigan", "Rochdale", "Swindon", "Bournemouth", "Watford", "Maidstone", "Guildford"},
		"FR": {"Amiens", "Limoges", "Poitiers", "Perpignan", "Besançon", "Clermont-Ferrand", "Saint-Étienne", "Avignon",
			"Nîmes", "Bayonne", "Orléans", "Mulhouse", "Colmar", "Valenciennes", "Dunkerque",
			"Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille",
			"Rennes", "Rouen", "Brest", "Grenoble", "Dax", "Villefranche-sur-Saône", "Corbeil-Essonnes", "Cannes",
			"Armentières", "Versailles", "Reims", "Le Havre", "Toulon", "Dijon", "Angers", "Caen", "Annecy", "Chambéry", "Tarbes", "Metz", "Le Mans", "La Rochelle", "Angoulême", "Brive", "Ajaccio", "Bastia",
			"Oloron-Sainte-Marie", "Saint-Nazaire", "Lorient", "Vannes", "Quimper", "Saint-Malo", "Cherbourg", "Chartres", "Évreux", "Beauvais", "Compiègne", "Arras", "Douai", "Calais", "Boulogne-sur-Mer", "Troyes",
			"Bourg-en-Bresse", "Valence", "Montélimar", "Arles", "Fréjus", "Antibes", "Grasse", "Béziers",
			"Narbonne", "Carcassonne", "Albi", "Montauban", "Agen", "Périgueux", "Niort", "Cholet", "Roanne"},
		"DE": {"Fürth", "Wuppertal", "Bochum", "Bielefeld", "Regensburg", "Würzburg", "Ingolstadt", "Göttingen", "Aachen",
			"Potsdam", "Detmold", "Oldenburg", "Osnabrück", "Wiesbaden", "Darmstadt", "Kassel", "Chemnitz", "Halle (Saale)",
			"München", "Munich", "Hamburg", "Köln", "Cologne", "Frankfurt", "Stuttgart", "Düsseldorf", "Dortmund",
			"Leipzig", "Bremen", "Dresden", "Hannover", "Nürnberg", "Nuremberg", "Bonn", "Münster", "Heidelberg",
			"Mannheim", "Karlsruhe", "Freiburg", "Augsburg", "Kiel", "Lübeck", "Rostock", "Magdeburg", "Erfurt", "Mainz",
			"Neuss", "Herford", "Esslingen", "Krefeld", "Mönchengladbach", "Gelsenkirchen", "Witten"},
		"ES": {"Sant Joan Despí", "Badalona", "L'Hospitalet", "Terrassa", "Sabadell", "Girona", "Tarragona", "Lleida",
			"Salamanca", "Oviedo", "Pamplona", "Vigo", "A Coruña", "Cádiz", "Huelva", "Almería", "Burgos", "León",
			"Barcelona", "Valencia", "Sevilla", "Seville", "Zaragoza", "Málaga", "Bilbao", "Valladolid", "Granada",
			"Alicante", "Palma", "Las Palmas", "Donostia", "Gijón", "Albacete", "Castellón", "Elche", "Logroño", "Badajoz", "Jaén", "Santiago de Compostela", "Ourense", "Huesca", "Teruel", "Segovia"},
		"IT": {"L'Aquila", "Pescara", "Perugia", "Ancona", "Cagliari", "Messina", "Reggio Calabria", "Salerno", "Bergamo",
			"Cremona", "Vicenza", "Treviso", "Trento", "Bolzano", "Udine", "Pisa", "Livorno", "Siena", "Lecce",
			"Taranto", "Foggia", "Caserta", "Rho",
			"Roma", "Milano", "Milan", "Napoli", "Naples", "Torino", "Turin", "Palermo", "Genova", "Genoa", "Bologna",
			"Firenze", "Florence", "Venezia", "Venice", "Verona", "Padova", "Padua", "Bari", "Catania", "Trieste",
			"Brescia", "Parma", "Modena", "Sassari", "Alessandria", "Novara", "Piacenza", "Ravenna", "Rimini", "Forlì", "Cesena", "Ferrara", "Reggio Emilia", "Lucca", "Arezzo", "Pistoia", "Viterbo", "Benevento", "Avellino", "Matera", "Cosenza", "Catanzaro", "Crotone", "Siracusa", "Trapani", "Agrigento", "Pavia", "Monza", "Varese", "Lecco", "Sondrio", "Mantova", "Rovigo", "Belluno", "Pordenone", "Gorizia", "La Spezia", "Savona", "Cuneo", "Biella", "Vercelli", "Aosta"},
		"PT": {"Almada", "Amadora", "Aveiro", "Viseu", "Leiria", "Évora", "Funchal", "Gondomar", "Matosinhos",
			"Lisboa", "Porto", "Coimbra", "Braga", "Faro", "Setúbal", "Barreiro", "Loures", "Sintra", "Cascais", "Oeiras",
			"Guimarães", "Figueira da Foz", "Vila Nova de Gaia", "Portimão", "Viana do Castelo",
			"Vila Real", "Portalegre", "Penafiel"},
		"NL": {"Rijswijk", "Heerlen", "Hoorn", "Zaandam", "Gouda", "Schiedam", "Purmerend", "Hoofddorp", "Ede", "Gorinchem", "Harderwijk", "Tiel", "Amersfoort", "Apeldoorn", "Venlo", "Dordrecht", "Zoetermeer", "Alkmaar",
			"Rotterdam", "Den Haag", "The Hague", "Utrecht", "Eindhoven", "Tilburg", "Almere", "Breda", "Nijmegen",
			"Leiden", "Maastricht", "Arnhem", "Haarlem", "Enschede", "Zwolle", "Delft", "Leeuwarden", "Den Bosch", "'s-Hertogenbosch", "Emmen", "Deventer", "Hilversum", "Vlissingen", "Roosendaal", "Bergen op Zoom", "Helmond", "Sittard", "Roermond", "Assen", "Lelystad"},
		"BE": {"Kortrijk", "Courtrai", "Hasselt", "Aalst", "Mechelen", "Ostend", "Oostende", "Genk", "Roeselare",
			"Bruxelles", "Brussel", "Antwerp", "Antwerpen", "Anvers", "Gent", "Ghent", "Gand", "Liège", "Luik",
			"Charleroi", "Namur", "Leuven", "Louvain", "Bruges", "Brugge", "Mons", "Arlon", "Libramont", "Tournai", "Doornik",
			"Verviers", "Mouscron", "Sint-Niklaas", "Turnhout", "Ieper", "Ypres", "Lokeren"},
		"CH": {"Zürich", "Zurich", "Genève", "Geneva", "Genf", "Ginevra", "Basel", "Bâle", "Lausanne", "Lugano", "Luzern", "Neuchâtel", "Fribourg", "Sion", "Winterthur", "Biel", "Bienne", "Thun", "Chur", "Köniz", "Uster", "Montreux", "Vevey", "Yverdon", "Bellinzona", "Locarno", "Aarau", "Frauenfeld", "Kreuzlingen"},
		"AT": {"Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels", "St. Pölten", "Dornbirn", "Steyr", "Wiener Neustadt", "Feldkirch", "Bregenz", "Leoben"},
		"IE": {"Cork", "Galway", "Limerick", "Drogheda", "Sligo", "Kilkenny", "Tralee", "Letterkenny"},
		"CA": {"Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Ottawa", "Saskatoon", "Gatineau", "Sherbrooke", "Sudbury", "Thunder Bay", "Moncton", "Fredericton", "Kelowna", "Kamloops", "Burnaby", "Mississauga", "Brampton", "Oshawa", "Sarnia", "Guelph", "Trois-Rivières", "Saguenay", "Lethbridge", "Nanaimo"},
		"AU": {"Sydney", "Melbourne", "Brisbane", "Adelaide", "Perth", "Hobart", "Gold Coast", "Canberra", "Geelong", "Wollongong", "Townsville", "Ballarat", "Bendigo", "Toowoomba", "Launceston", "Sunshine Coast", "Parramatta"},
		"NZ": {"Auckland", "Christchurch", "Tauranga", "Palmerston North", "Rotorua", "Whangarei", "Invercargill"},
		"IN": {"Hyderabad", "Jaipur", "Lucknow", "Kochi", "Bhopal", "Patna", "Noida", "Gurgaon", "Gurugram", "Chandigarh",
			"Nagpur", "Indore", "Visakhapatnam", "Coimbatore", "Thiruvananthapuram",
			"Mumbai", "Delhi", "Bangalore", "Bengaluru", "Chennai", "Kolkata", "Pune", "Ahmedabad", "AIIMS", "Surat", "Kanpur", "Vadodara", "Ludhiana", "Agra", "Nashik", "Varanasi", "Srinagar", "Amritsar", "Ranchi", "Raipur", "Guwahati", "Bhubaneswar", "Dehradun", "Mysuru", "Mysore", "Madurai", "Vijayawada", "Mangaluru", "Mangalore", "Puducherry", "Shimla"},
		"PK": {"Karachi", "Lahore", "Peshawar", "Rawalpindi", "Faisalabad", "Multan"},
		"JP": {"Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Kobe", "Okayama", "Sendai"},
		"CL": {"Valdivia", "Valparaíso", "Antofagasta", "Temuco", "Rancagua", "Talca", "Iquique", "Puerto Montt", "La Serena", "Arica", "Chillán", "Osorno"},
		"CO": {"Medellín", "Medellin", "Barranquilla", "Bucaramanga", "Manizales", "Cúcuta", "Ibagué", "Santa Marta"},
		"PE": {"Arequipa", "Cusco"},
		"PH": {"Manila", "Quezon City", "Cebu", "Davao"},
		"VN": {"Ho Chi Minh City", "Da Nang"},
		"NG": {"Lagos", "Kano", "Ibadan"},
		"KE": {"Mombasa", "Kisumu"},
		"MA": {"Casablanca", "Marrakesh", "Marrakech"},
		"KR": {"Busan"},
		"CN": {"Shanghai", "Wuhan", "Shenzhen", "Guangzhou"},
		"IL": {"Tel Aviv", "Haifa", "Hadera", "Beersheba", "Ashkelon", "Netanya", "Petah Tikva"},
		"CZ": {"Brno", "Ostrava", "Olomouc", "Plzeň", "Benešov"},
		"BR": {"São Paulo", "Rio de Janeiro", "Porto Alegre", "Belo Horizonte", "Curitiba", "Recife", "Fortaleza", "Manaus",
			"Brasília", "Goiânia", "Campinas", "Florianópolis", "São Luís", "Maceió", "João Pessoa", "Campo Grande", "Cuiabá", "Aracaju", "Londrina", "Joinville", "Ribeirão Preto", "Sorocaba", "Niterói", "Juiz de Fora", "Uberlândia", "Feira de Santana", "Blumenau", "Caxias do Sul", "Maringá"},
		"TR": {"Istanbul"},
		"AE": {"Dubai"},
		"ZA": {"Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Port Elizabeth", "Bloemfontein", "Soweto", "Polokwane", "Pietermaritzburg", "Stellenbosch"},
		"RU": {"St. Petersburg", "Saint Petersburg"},
		"GE": {"Tbilisi"},
	}
}

// demonyms are nationality adjectives; a weaker sign than a name.
func demonyms() map[string][]string {
	return map[string][]string{
		"US": {"American", "Americans", "Puerto Rican",
			// round 34: "Amerikaans ziekenhuis", "ein amerikanischer Klinikbetreiber", "un hôpital américain"
			"Amerikaans", "Amerikaanse", "amerikanische", "amerikanisches", "amerikanischer", "amerikanischen",
			"américain", "américaine", "américains", "américaines", "estadounidense", "estadounidenses",
			"norteamericano", "norteamericana", "statunitense", "statunitensi", "norte-americano", "norte-americana"},
		"GB": {"British", "English", "Scottish", "Welsh", "britannique", "britischen", "britannico", "Brits", "Britons",
			"britische", "britisches", "britischer", "Britse", "Schotse", "Schots", "Engelse", "Welshe", "Londense", "Londens", "británico", "británica", "britânico", "britânica", "britannica"},
		"FR": {"French", "français", "française", "françaises", "französische", "französisches", "französischer", "französischen", "francés", "francesa", "franceses", "francese", "francesi", "francês", "Franse", "Frans", "French people", "parisien", "parisienne", "lyonnais", "lyonnaise", "marseillais", "toulousain", "bordelais", "lillois", "nantais", "strasbourgeois", "francilien", "francilienne"},
		"DE": {"German", "allemand", "allemande", "deutsche", "deutsches", "deutscher", "deutschen", "alemán", "alemana", "tedesco", "tedesca", "Duitse", "Duits", "Germans", "Berliner", "Münchner", "Kölner", "Düsseldorfer", "Stuttgarter", "Dresdner", "Leipziger", "Nürnberger", "Essener", "Dortmunder", "Freiburger", "Heidelberger", "Potsdamer", "Magdeburger", "Kieler", "Rostocker", "Würzburger", "Regensburger", "bayerische", "bayerisches", "bayerischer", "bayerischen", "hessische", "hessisches", "hessischer", "hessischen", "sächsische", "sächsisches", "sächsischer", "sächsischen", "niedersächsische", "niedersächsisches", "niedersächsischer", "niedersächsischen"},
		"ES": {"Spanish", "espagnol", "espagnole", "spanische", "spanisches", "spanischer", "spanischen", "español", "española", "españoles", "españolas", "spagnolo", "spagnola", "spagnoli", "spagnole", "Spaanse", "Spaans", "Spaniards", "madrileño", "madrileña", "barcelonés", "catalán", "catalana", "andaluz", "andaluza", "valenciano", "valenciana", "mallorquín", "balear"},
		"IT": {"Italian", "italien", "italienne", "italienische", "italienisches", "italienischer", "italienischen", "italiano", "italiana", "italiani", "italiane", "Italiaanse", "Italiaans", "Italians",
			// regions' adjectives, written in lower case: "aziende sanitarie lombarde"
			"lombardo", "lombarda", "lombardi", "lombarde", "toscano", "toscani", "toscane", "piemontese", "piemontesi",
			"siciliano", "siciliana", "siciliani", "siciliane", "pugliese", "pugliesi", "calabrese", "calabresi",
			"abruzzese", "abruzzesi", "friulano", "friulana", "friulani", "friulane", "laziale", "laziali", "milanese", "napoletano", "napoletana", "torinese", "lombardo", "lombarda", "toscano", "toscana", "siciliano", "siciliana", "pugliese", "romagnolo", "romagnola"},
		"PT": {"Portuguese", "portugais", "portugaise", "portugiesische", "portugiesisches", "portugiesischer", "portugués", "portoghese", "português", "portuguesa", "Portugese", "Portugees", "lisboeta", "portuense", "madeirense", "açoriano"},
		"NL": {"Dutch", "néerlandais", "néerlandaise", "niederländische", "niederländisches", "niederländischer", "niederländischen", "holandés", "olandese", "holandês", "Nederlandse", "Nederlands", "Friese", "Groningse", "Brabantse", "Rotterdamse", "Amsterdamse", "Utrechtse", "Haagse", "Zeeuwse",
			"Rotterdams", "Amsterdams", "Utrechts", "Gronings", "Eindhovense", "Nijmeegse", "Leidse", "Tilburgse", "Bredase",
			"Maastrichtse", "Zwolse", "Arnhemse", "Enschedese", "Delftse", "Haarlemse", "Almelose"},
		"BE": {"Belgian", "belge", "belgische", "belgisches", "belgischer", "belga", "Belgians", "Belgisch", "Vlaamse", "Vlaams", "flamand", "flamande", "wallon", "wallonne", "Waalse", "Brusselse", "bruxellois", "bruxelloise", "liégeois", "liégeoise", "Antwerpse", "Gentse", "Brugse", "Brugs",
			// towns' adjectives before their hospitals: "Oostends ziekenhuis AZ Damiaan"
			"Oostends", "Oostendse", "Antwerps", "Gents", "Leuvense", "Kortrijkse", "Mechelse", "Hasseltse", "Aalsterse", "Luikse", "Genkse", "Roeselaarse"},
		"CH": {"Swiss", "schweizer", "suizo", "svizzero", "Genfer", "genevois", "genevoise", "Zürcher", "zurichois", "vaudois", "vaudoise", "Basler", "Luzerner", "Tessiner", "ticinese", "Zwitserse", "Zwitsers"},
		"AT": {"Austrian", "österreichische", "österreichisches", "österreichischen", "österreichischer", "autrichien", "autrichienne", "austriaco", "austriaca", "Oostenrijkse", "Oostenrijks", "Austrians"},
		"IE": {"Irish", "irische", "irischen", "irischer", "Ierse", "Iers", "irlandais", "irlandaise", "irlandés", "irlandesa", "irlandese"},
		"CA": {"Canadian", "canadien", "canadienne", "Canadians", "kanadische", "kanadischen", "kanadischer", "Canadese", "Canadees",
			"canadiense", "canadese"},
		"AU": {"Australian", "Australians", "australische", "australischen", "australischer", "Australische", "Australisch", "australien",
			"australienne", "australiano", "australiana"},
		"NZ": {"New Zealand", "New Zealander", "New Zealanders"},
		"JP": {"Japanese"},
		"CN": {"Chinese"},
		"RU": {"Russian", "Russians"},
		"IL": {"Israeli", "Israelis"},
		"IN": {"Indian", "Indians"},
		"BR": {"Brazilian", "brésilien", "brésilienne", "brasileiro", "brasileira", "brasileiros", "brasileiras", "brasiliano", "brasiliana", "Brazilians", "carioca", "paulista", "paulistano", "gaúcho", "baiano", "pernambucano", "goiano", "brasiliense", "capixaba", "catarinense", "paranaense", "cearense"},
		"MX": {"Mexican", "mexicano", "Mexicans"},
		"KR": {"South Korean", "Korean", "South Koreans"},
		"KP": {"North Korean"},
		"IR": {"Iranian", "Iranians"},
		"UA": {"Ukrainian", "Ukrainians"},
		"PL": {"Polish", "polnische", "polnisches", "polnischer", "polnischen", "polonais", "polonaise", "polaco", "polaca", "polacco", "polacca", "Poolse", "Poles"},
		"SE": {"Swedish", "Swedes", "Zweedse", "Zweeds", "schwedische", "schwedischen", "suédois", "suédoise", "sueco", "sueca", "svedese"},
		"NO": {"Norwegian", "Norsk", "Norwegians", "Noorse", "Noors", "norwegische", "norwegischen", "norvégien", "norvégienne", "noruego", "noruega", "norvegese"},
		"DK": {"Danish", "Danes", "Deense", "Deens", "dänische", "dänischen", "danois", "danoise", "danés", "danesa", "danese"},
		"FI": {"Finnish", "Finns", "Finse", "finnische", "finnischen", "finlandais", "finlandaise", "finlandés", "finlandesa", "finlandese"},
		"GR": {"Greek", "Greeks", "Hellenic"},
		"TR": {"Turkish", "Turks"},
		"SG": {"Singaporean", "Singaporeans"},
		"PK": {"Pakistani", "Pakistanis"},
		"SA": {"Saudi", "Saudis"},
		"CZ": {"Czech", "tschechische", "tschechisches", "tschechischen", "tschechischer", "tchèque", "tchèques", "checo", "checa", "ceco", "ceca", "Tsjechische", "Tsjechisch", "Czechs"},
		"ID": {"Indonesian", "Indonesians"},
		"VN": {"Vietnamese"},
		"MY": {"Malaysian", "Malaysians"},
		"PH": {"Philippine", "Filipino", "Filipinos"},
		"TW": {"Taiwanese"},
		"AR": {"Argentine", "Argentinian", "Argentinean", "Argentines"},
		"CL": {"Chilean", "Chileans"},
		"GE": {"Georgian"},
		// the people of a country, as reports count them: "12.9 million Australians"
		"TH": {"Thai", "Thais"},
		"GT": {"Guatemalan"}, "HN": {"Honduran"}, "SV": {"Salvadoran", "Salvadorean"}, "NI": {"Nicaraguan"},
		"PA": {"Panamanian"}, "HT": {"Haitian"}, "ZM": {"Zambian"}, "RW": {"Rwandan"}, "SN": {"Senegalese"},
		"CM": {"Cameroonian"}, "CI": {"Ivorian"}, "AO": {"Angolan"}, "MZ": {"Mozambican"}, "NA": {"Namibian"},
		"BW": {"Botswanan"}, "MW": {"Malawian"}, "BT": {"Bhutanese"}, "MV": {"Maldivian"}, "FJ": {"Fijian"},
		"CO": {"Colombian", "Colombians"},
		"PE": {"Peruvian", "Peruvians"},
		"VE": {"Venezuelan"},
		"CR": {"Costa Rican", "costarricense", "costarricenses"},
		"CU": {"Cuban"},
		"EC": {"Ecuadorian"},
		"BO": {"Bolivian"},
		"UY": {"Uruguayan"},
		"PY": {"Paraguayan"},
		"EG": {"Egyptian", "Egyptians"},
		"NG": {"Nigerian", "Nigerians"},
		"ZA": {"South African", "South Africans"},
		"KE": {"Kenyan", "Kenyans"},
		"MA": {"Moroccan", "Moroccans"},
		"DZ": {"Algerian"},
		"TN": {"Tunisian"},
		"LY": {"Libyan"},
		"SD": {"Sudanese"},
		"ET": {"Ethiopian"},
		"GH": {"Ghanaian"},
		"UG": {"Ugandan"},
		"TZ": {"Tanzanian"},
		"ZW": {"Zimbabwean"},
		"AE": {"Emirati", "Emiratis"},
		"QA": {"Qatari"},
		"KW": {"Kuwaiti"},
		"JO": {"Jordanian"},
		"LB": {"Lebanese"},
		"SY": {"Syrian"},
		"IQ": {"Iraqi"},
		"YE": {"Yemeni"},
		"OM": {"Omani"},
		"BH": {"Bahraini"},
		"PS": {"Palestinian"},
		"AF": {"Afghan"},
		"BD": {"Bangladeshi"},
		"LK": {"Sri Lankan"},
		"NP": {"Nepalese", "Nepali"},
		"MM": {"Burmese"},
		"KH": {"Cambodian"},
		"LA": {"Laotian"},
		"MN": {"Mongolian"},
		"KZ": {"Kazakh", "Kazakhstani"},
		"UZ": {"Uzbek"},
		"KG": {"Kyrgyz"},
		"AZ": {"Azerbaijani"},
		"AM": {"Armenian"},
		"BY": {"Belarusian"},
		"MD": {"Moldovan"},
		"HU": {"Hungarian"},
		"RO": {"Romanian"},
		"BG": {"Bulgarian"},
		"RS": {"Serbian"},
		"HR": {"Croatian"},
		"SK": {"Slovak", "Slovakian"},
		"SI": {"Slovenian"},
		"EE": {"Estonian"},
		"LV": {"Latvian"},
		"LT": {"Lithuanian"},
		"IS": {"Icelandic"},
		"LU": {"Luxembourgish"},
		"MT": {"Maltese"},
		"CY": {"Cypriot"},
		// more of the world's peoples, as reports of their hospitals name them
		"MU": {"Mauritian"}, "TT": {"Trinidadian"}, "BB": {"Barbadian"}, "BS": {"Bahamian"},
		"TJ": {"Tajik"}, "TM": {"Turkmen"}, "MG": {"Malagasy"}, "SC": {"Seychellois"}, "SO": {"Somali"},
		"ER": {"Eritrean"}, "GA": {"Gabonese"}, "ML": {"Malian"}, "BF": {"Burkinabe"}, "BJ": {"Beninese"},
		"TG": {"Togolese"}, "LR": {"Liberian"}, "SL": {"Sierra Leonean"}, "GM": {"Gambian"}, "MR": {"Mauritanian"},
		"TD": {"Chadian"}, "BN": {"Bruneian"}, "TL": {"Timorese"}, "GY": {"Guyanese"}, "SR": {"Surinamese"},
		"BZ": {"Belizean"}, "WS": {"Samoan"}, "TO": {"Tongan"},
		"AL": {"Albanian"},
		"BA": {"Bosnian"},
		"ME": {"Montenegrin"},
		"MK": {"Macedonian"},
		"JM": {"Jamaican"},
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
			"Pentagon", "State Department", "Department of Defense", "Department of State", "White House", "NASA",
			"Department of Homeland Security", "Energy Department",
			"CIA", "Central Intelligence Agency", "Democratic National Committee", "Republican National Committee",
			"DNC", "RNC", "Army National Guard", "House Democrats",
			// hospitals named for the "house of Israel", all of them American
			"Beth Israel", "Department of Energy", "Medicare and Medicaid",
			// the American spelling of the document registries list as stolen
			"driver's license", "driver's licenses", "drivers license", "drivers licenses", "driver license", "driver license numbers",
			// HIPAA's terms, in any case
			"covered entity", "covered entities", "protected health information", "ephi",
			// the OCR's words in its breach descriptions ("PHI" in capitals only)
			"PHI", "OCR provided technical assistance", "OCR obtained assurances", "Breach Notification Rule",
			"hacking/it incident", // the portal's type of breach
			"CE"},                 // only as "the CE" or "CE's" (see Find)
		"GB": {"NHS", "National Health Service", "NCSC", "ICO", "Information Commissioner's Office"},
		"FR": {"ANSSI", "CNIL", "ARS", "AP-HP", "Assistance Publique"},
		"DE": {"BSI", "Bundesamt für Sicherheit in der Informationstechnik", "Datenschutzbeauftragte"},
		"ES": {"AEPD", "INCIBE", "Osakidetza", "Ministerio de Sanidad", "Guardia Civil", "Mossos d'Esquadra"},
		"IT": {"ACN", "Garante per la protezione dei dati personali", "Garante privacy", "ASL", "ULSS", "Polizia postale"},
		"NL": {"Autoriteit Persoonsgegevens", "NCSC-NL", "GGD", "RIVM"},
		"PT": {"SNS", "Serviço Nacional de Saúde", "Polícia Judiciária", "Centro Nacional de Cibersegurança"},
		"IE": {"HSE", "Health Service Executive"},
		"CA": {"OHIP"},
		"AU": {"Medibank", "ACSC"},
		"BR": {"ANPD", "DataSUS", "ConecteSUS"},
		// round 32: Chile's kind of health insurer, written before its name ("la isapre Colmena"). Bodies that
		// are victims themselves (PAMI, IMSS, EsSalud) stay out: a place is no name.
		"CL": {"isapre", "isapres"},
		"CH": {"Bundesamt für Cybersicherheit", "Office fédéral de la cybersécurité", "EDÖB"},
		"ZA": {"POPIA", "Information Regulator"},
		// round 67: Singapore's data regulator ("Farrer Park Hospital fined $58k … said the Personal Data Protection
		// Commission") and the Philippines' (not India's CERT-In, whose advisories are of products sold everywhere)
		"SG": {"PDPC", "Personal Data Protection Commission"},
		"PH": {"National Privacy Commission", "DICT"},
	}
}

// USStateCode reports whether s is the postal code of a US state or of
// the District of Columbia ("NC", "DC").
func USStateCode(s string) bool { return usStateCode(s) }

// StateAbbreviation reports whether a folded word is the press's usual
// abbreviation of a US state's name ("tenn" of "Tenn.", "vt" of "Vt.").
func StateAbbreviation(w string) bool { return stateAbbreviation(w) }

// usStateCode reports whether s is the postal code of a US state or of
// the District of Columbia.
func usStateCode(s string) bool {
	switch s {
	case "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
		"MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
		"RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC":
		return true
	}
	return false
}

// CompassWord reports whether w (folded) is a direction that qualifies a
// place: "South Florida", "Central Texas", "eastern Ontario".
func CompassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
		"northwest", "southeast", "southwest", "upstate", "downstate":
		return true
	}
	return false
}
