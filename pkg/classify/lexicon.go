package classify

import (
	"strings"

	"github.com/cit-health/cit/pkg/classify/text"
)

// kind is what a lexicon term is evidence of.
type kind uint8

const (
	kPlace      kind = iota // a name or phrase that only looks like a lexicon word: "Hackensack", "anti-malware software"
	kHealthOrg              // a health organisation (sector set)
	kHealthData             // patients, medical records
	kHealthWeak             // "health", "medical": health context only
	kCyber                  // a cyberattack (attack type set when specific)
	kLoss                   // a non-cyber breach: loss, theft, mail, disposal, insider
	kBio                    // biological virus, infection, outbreak, disease
	kVuln                   // vulnerability or patch news, not an attack
)

// term is one lexicon entry's meaning.
type term struct {
	kind    kind
	sector  string // for kHealthOrg
	attack  string // for kCyber: ransomware, malware, ddos, data_breach, account_compromise or "" (generic)
	weak    bool   // for kCyber: also said of non-cyber breaches (unauthorised access, exposed, compromised); for kLoss: also said of data hackers stole; for kHealthData: held by any employer, school or club (sick notes)
	denied  bool   // for kCyber: weak because a negation governs it ("no hacker was involved")
	country string // for known organisations that work in one country: ISO code
}

func org(sector string) term       { return term{kind: kHealthOrg, sector: sector} }
func cyber(attack string) term     { return term{kind: kCyber, attack: attack} }
func weakCyber(attack string) term { return term{kind: kCyber, attack: attack, weak: true} }

// lexicon returns the multilingual (en, fr, de, es, it, pt, nl, and
// addEuropeanTerms' other European languages) terms. Words
// are folded (no accents, lower case); a trailing '*' is a prefix.
func lexicon() map[string]term {
	m := map[string]term{}
	add := func(t term, words ...string) {
		for _, w := range words {
			m[w] = t
			// "health care" is written apart as often as "healthcare" (round 48:
			// "hearing health care company", "the N.L. health-care system")
			if rest, ok := strings.CutPrefix(w, "healthcare "); ok {
				if _, listed := m["health care "+rest]; !listed {
					m["health care "+rest] = t
				}
			}
		}
	}
	addEuropeanTerms(add) // first: a word the lexicon below lists keeps its meaning there
	addAsianTerms(add)
	addCyrillicAndMiddleEastTerms(add)
	addSouthAsianAndOtherTerms(add)
	// Specialty practices: a body part or condition before a practice's
	// kind word ("Kessler Hearing Centers", "Desert Skin Institute",
	// "Northside Foot & Ankle Specialists", "Lakeland Heart & Vascular
	// Group"). Terms listed below for themselves keep their own meaning.
	for _, s := range []string{"heart", "vascular", "vein", "allergy", "asthma", "hearing", "kidney", "renal", "skin", "foot",
		"ankle", "hand", "spine", "sleep", "eye", "cancer", "wound", "pain", "fertility", "digestive", "liver", "lung",
		"breast", "diabetes", "retina", "arthritis", "headache", "ear", "hearing aid"} {
		for _, k := range []string{"center", "centers", "centre", "centres", "clinic", "clinics", "institute", "associates",
			"specialists", "physicians", "surgeons", "group", "services"} { // round 64: "Albany ENT & Allergy Services"
			add(org("care_provider"), s+" "+k)
		}
	}
	// Care providers.
	add(org("care_provider"),
		"hospital*", "medical center", "medical centre", "medical centers", "health system", "health systems",
		"family planning", "sexual health", "sexual and reproductive health", "health fund", "health funds", "kupat holim",
		"drug regulatory authority", "drug regulator", "medicines regulator", "medicines agency",
		"healthcare system", "health center", "health centre", "health centers", "healthcenter", "clinic*", "medical group",
		"healthcare company",               // round 48: "Demant, a leading international hearing health care company"
		"health group", "healthcare group", // round 45: "a cyber attack on Singapore's largest health group"
		"medical practice", "physician*", "doctor s office", "dental*", "dentist*", "orthodont*", "pediatric*", "paediatric*",
		"care home*", "nursing home*", "krankenanstalt*", "nursing facility", "care facility", "hospice*", "hospiz*", "aged care", "spitex", "pflegedienst*", "ehealth", "accountable care organization*", "accountable care organisation*", "occupational health", "occupational medicine", "bone and joint", "bone joint", "urgent care", "emergency department", "emergency room",
		"mental health", "behavioral health", "behavioral services", "behavioural health", "behavioural services",
		"counseling center*", "counselling centre*", "counseling service*", "counselling service*", "psychiatr*", "psichiatr*", "psiquiatr*", "psychotherap*", "psicoterap*", "psychologist*", "rehabilitation center", "cancer center", "cancer centre",
		"radiology", "radiologie*", "radiologia", "radiologische*", "imaging center", "eye care", "ophthalmolog*", "optometr*", "chiropract*", "podiatr*", "dermatolog*",
		"cardiolog*", "oncolog*", "neurolog*", "neurosurg*", "orthop*", "urolog*", "gastroenterolog*", "obstetric*", "gynecolog*", "surgical center",
		"digestive disease*", "digestive health", "disease center", "disease centers", "nephrolog*", "retina", "retina associates", "rheumatolog*", "endocrinolog*", "pulmonolog*", "hematolog*", "otolaryngolog*",
		"audiolog*", "physical therapy", "physiotherap*", "occupational therapy", "fertility center", "fertility clinic", "fertility provider*", "fertility services", "fertility company", "ivf",
		"poliambulatori*", "policlinic*", "policlinico",
		"occupational health provider*", "occupational health care", "occupational healthcare", "occupational health services",
		"medical facility", "medical facilities", "healthcare facility", "healthcare facilities", "health care facility", "health care facilities",
		"dialysis", "assisted living", "senior living", "home health", "home healthcare", "sleep center", "pain management",
		"spine center", "spine specialists", "plastic surgery", "plastic surgeon*", "cosmetic surgery", "surgeon*", "anesthesiolog*",
		"mhmr", "eye center", "eye institute", "eye associates", "family physicians", "internal medicine", "primary care",
		"surgery center", "medical clinic", "family practice", "family medicine", "healthcare provider*", "health care provider*",
		// round 43: "Healthcare service provider UnitingCare Queensland was hit by …"; not the plural, which
		// names the sector ("Health service providers reported more data breaches than any other sector")
		"healthcare service provider", "healthcare services provider", "health care service provider", "health service provider",
		"health services provider",
		// round 60: "A private health and social services provider, the HCRG Care Group", "a cyberattack on
		// disability services charity" (Rehab Group); singular only, as above. Not "healthcare organisation",
		// said of any one ("A typical healthcare organisation sees about 32,000 intrusion attempts every day")
		"health services firm", "health services company", "healthcare services firm", "healthcare services company",
		"social care provider", "social services provider", "care group",
		"medical specialist group", "medical specialists group", // "a cyber breach at the island's Medical Specialist Group"
		"disability services", "disability service provider", "disability charity",
		"healthcare entities", "health care entities", "healthcare entity",
		"ambulance service*", "ambulance authority", "ambulance district", "ambulance company", "audiology",
		"hearing and balance", "hearing aid company", "hearing aid companies", "hearing aid provider*", "hearing care company", "hearing care provider*", "counseling center*", "counseling services", "counseling partners", "counselling", "children s hospital*", "childrens hospital*", "children s medical", "children s health*",
		"children s clinic*", "children s mercy", "children s national", "heart institute", "heart hospital", "heart center", "gp practice", "gp surgery", "gp practices", "gp surgeries", "gp network*", "gp clinic*", "gp service*", "primary health organisation*", "ent practice", "ent clinic", "ear nose and throat", "hearing center", "day surgery", "day surgeries", "day hospital", "general practitioner*", "nhs trust", "health board", "dhb", "dhbs",
		// the specialties small practices are named after
		"cardiovascular", "cardiothoracic", "oral surgery", "oral surgeons", "maxillofacial", "anesthesia", "anaesthesia",
		"endoscopy", "ob gyn", "obgyn", "ent associates", "ent specialists", "ear nose and throat", "ear nose throat", "nose and throat", "nose throat",
		"nursing rehabilitation", "nursing and rehabilitation", "nursing rehab", "nursing and rehab", "nursing center*",
		"nursing centre*", "skilled nursing", "nursing care",
		"vision center", "hearing center", "rehabilitation hospital", "rehab center", "rehab centers", "counseling center",
		"counseling services", "counselling services", "psychological services", "medical imaging", "diagnostic imaging",
		"imaging associates", "allergy and asthma", "allergy associates", "allergy clinic", "allergy center", "pulmonary", "acupuncture", "prosthetic*", "orthotic*", "home infusion",
		"wellness center", "vein center", "vein clinic", "spine institute", "surgical associates", "surgical group",
		"surgical specialists", "periodont*", "endodont*", "kidney center", "kidney care", "rehabilitation services", "rehabilitation center", "rehabilitation centre",
		"rehab center", "physical rehabilitation", "reference laboratory",
		// round 63: "Gateway Rehab in Pennsylvania", addiction treatment
		"rehab", "rehabs", "drug rehab*", "addiction treatment",
		"esoteric laboratories", "esoteric testing", "renal care", "renal associates", "dialysis center*", "blood bank", "blood center",
		"blood centre", "blood donation", "blood service", "blood services", "blood transfusion service",
		// round 23: blood services in other languages ("Stiftung Blutspende Bodensee", "Centre national de transfusion sanguine")
		"blutspende*", "transfusion sanguine", "banco de sangre", "bancos de sangre", "centro trasfusionale", "hemocentro*", "bloedbank*",
		"plasma center", "plasma centers", "plasma centre", "plasma collection", "plasma donation", "blood collection",
		"reproductive health", "planned parenthood",
		// round 27: "Lakeshore EyeCare Plan", "RadRead Teleradiology", "Coastal Women's Imaging"; care of the old
		// ("runs 45 residential homes for older people", "Gaggenauer Altenhilfe"); "a chain of diagnostic centres"
		"eyecare", "teleradiolog*", "women s imaging", "breast imaging", "homes for older people", "homes for the elderly",
		"homes for elderly people", "residential care", "altenhilfe*", "diagnostic centre*", "diagnostic center*",
		// round 27: fertility practices by their other name ("Lake Erie Reproductive Center")
		"reproductive center*", "reproductive centre*", "reproductive medicine", "reproductive associates", "reproductive specialists",
		"reproductive endocrinology",
		"women s care", "women s health", "care center", "care centers", "care centre", "home care",
		// long-term care, addiction treatment, therapy, imaging, emergency services
		"nursing center", "nursing centre", "nursing centers", "skilled nursing", "nursing and rehabilitation", "convalescent*",
		"retirement community", "retirement communities", "long term care", "extended care",
		"continuing care", "retirement home", "retirement homes", // round 60: "Halifax-based continuing care organization hit by computer virus"
		"post acute care", "transitional care", "senior care", "palliative care", "visiting nurse*", "recovery center",
		"recovery centers", "recovery services", "detox*", "addiction treatment", "addiction services", "addiction center*", "addiction centre*", "substance abuse",
		"treatment center", "treatment centers", "sober living", "opioid treatment", "methadone", "psychology associates",
		"sleep disorders center", "sleep disorders centre", "sleep center", "sleep centre", "sleep lab", "sleep clinic",
		"sleep medicine", "sleep diagnostics", "psychology group", "psychology practice", "psychological associates", "counseling associates", "counseling and wellness",
		"counseling practice", "counselling practice", "counseling practices", "therapy practice", // round 24
		"medical aid administrator*", "medical aid scheme*", "medical aid fund*", "medical scheme", "medical schemes", "drug trial firm", "clinical research organisation",
		"clinical research organization", "contract research organisation", "contract research organization", "mri", "open mri", "x ray", "ultrasound",
		"ems", "paramedic*", "rescue squad", "drugstore*", "drug store*", "apothecary", "compounding", "oxygen supply",
		"respiratory supply", "respiratory therapy", "diabetic supply", "surgical supply", "reference laboratory",
		"reference lab", "revenue cycle", "vision plan",
		// fr
		"hopital", "hopitaux", "centre hospitalier", "chu", "clinique*", "maison de retraite", "ehpad", "maison de repos", "maisons de repos", "maison de soins", "cabinet medical",
		// round 45: "des cabinets dentaires ont dû payer une rançon"
		"cabinets medicaux", "cabinet dentaire", "cabinets dentaires", "cabinet d orthodontie", "cabinets d orthodontie",
		"etablissement de sante", "etablissements de sante", "groupe hospitalier", "medecin*",
		// round 56: "contre le groupe de santé Elsan", "el grupo de salud Ribera"
		"groupe de sante", "groupe de cliniques", "grupo de salud", "grupo de clinicas", "grupo de saude", "gruppo sanitario",
		// round 44: "Le Centre de santé Tulattavik de l'Ungava (CSTU) … a été victime d'une cyberattaque"
		"centre de sante", "centres de sante", "centre medical", "centres medicaux", "gezondheidscentrum", "gezondheidscentra",
		// round 44: a centre hospitalier by its initials, "le CH d'Arles panse ses plaies"
		"ch de", "ch d", "ch du", "ch des", "chi de", "chi d", "chi du", "chr", "chrsm", // "CHR Sambre et Meuse", "CHR de Huy"
		// round 35: maternity units and fertility centres ("Cyberattaque : une maternité visée", "centri per la
		// fecondazione assistita")
		"maternite", "maternites", "maternidade", "maternidades", "maternity hospital*", "maternity unit*", "maternity ward*",
		"geburtsklinik*", "kraamafdeling*", "fecondazione assistita", "procreation medicalement assistee",
		// de
		"krankenh*", "klinik*", "uniklinik*", "gruppenpraxis*", "krankenversicherer*", "mutua sanitaria", "mutue sanitarie", "prepaga*", "universitatsklinik*", "universitatsspital", "spital", "spitaler", "arztpraxis",
		"bezirksklinik*", "spitalgruppe", "spitalverbund", "spitalverband", "spitalzentrum", "spitalregion", "kantonsspital*", "regionalspital*",
		// round 19: "Landesspital Vaduz", South Tyrol's "Sanitätsbetrieb", Uruguay's mutual
		// health providers, "Hospitaal" in Aruba and Curaçao
		"landesspital*", "sanitatsbetrieb*", "mutualista*", "hospitaal",
		// round 28: hospitals named in their own languages elsewhere: "Royal Dunmore Infirmary", "Městská nemocnice",
		// "szpital", Romania's "Spitalul", Indonesia's "RSUD" and "Rumah Sakit", the Philippines' "Ospital ng Lungsod",
		// Hungary's "Egészségügyi Központ", Poland's "SP ZOZ", Swahili "Afya", Turkey's "Hastanesi", the Nordic words
		"infirmary", "infirmaries", "nemocnice", "nemocnica", "nemocnici", "szpital*", "spitalul", "spitalului", "rsud",
		"rumah sakit", "ospital", "egeszsegugyi", "korhaz", "zaklad opieki zdrowotnej", "zoz", "afya", "hastane*",
		"bolnica", "bolnice", "bolnici", "sjukhus*", "sykehus*", "sygehus*", "sairaala*",
		"arztpraxen", "pflegeheim*", "altenheim*", "seniorenstift*", "altersheim*", "alterszentr*", "altenpflegeheim*",
		"seniorenresidenz*", "verslavingszorg", // round 24
		"rettungsdienst*", "arzt", "arzte", "hausarzt*", "zahnarzt*",
		"arztpraxis*", "laborkette*", "laborverbund*", "laborgruppe*", "psychotherapiepraxis*", "physiotherapiepraxis*",
		"analyselabor*", "speziallabor*", // round 23: "das Luxemburger Analyselabor Ketterthill"
		"fysiotherapie*", "kinesitherapeut*",
		// es / pt
		"clinica*", "centro de salud", "centro medico", "centros de salud", "residencia de ancianos", "sanatorio*",
		"centro de saude", "servicio de salud", "servicio andaluz de salud", "servizio sanitario", "unidade de saude", "posto de saude", "medico*",
		"unidad medica", "unidades medicas", "osakidetza", "sergas", "seguro social", "imss", "issste", "essalud", "ccss",
		// round 38: the Portuguese plural and hospital groups ("Ciberataque paralisa 16 hospitais do Reino Unido")
		"hospitais", "centro hospitalar", "centros hospitalares", "grupo hospitalar", "hospitalar",
		// it
		"ospedal*", "policlinico", "azienda ospedaliera", "casa di cura", "pronto soccorso", "presidio ospedaliero",
		"residenza sanitaria assistenziale", "residenze sanitarie assistenziali", "casa di riposo", "case di riposo",
		"residenze per anziani", "residenza per anziani", // round 23
		// round 32: "Casa per anziani vittima di attacco informatico", Chile's health insurers ("la isapre Colmena"),
		// Portuguese and Flemish care homes, health professions' colleges ("Colegio de Kinesiólogos")
		"casa per anziani", "case per anziani", "casa anziani", "isapre", "isapres", "lar de idosos", "lares de idosos",
		"woonzorgcentrum", "woonzorgcentra", "colegio de medicos", "colegio de kinesiologos", "colegio de enfermeros",
		"colegio de enfermeria", "colegio de farmaceuticos", "colegio de odontologos", "ordine dei medici", "ordre des medecins",
		"ordem dos medicos", "ordem dos enfermeiros", "ordine degli psicologi", "ordine dei farmacisti",
		"ordre des infirmiers", "ordre des pharmaciens", "colegio de psicologos", "ordem dos psicologos", "arztekammer*", "apothekerkammer*", "zahnarztekammer*",
		// round 34: the chambers of a Land or a district, Germany's church care providers, home care stations
		"landesarztekammer*", "landeszahnarztekammer*", "bezirkszahnarztekammer*", "bezirksarztekammer*",
		"landesapothekerkammer*", "diakonie*", "caritasverband*", "sozialstation*",
		// round 24: home care and health insurers in the Romance languages
		"cure a domicilio", "cura a domicilio", "assistenza domiciliare", "soins a domicile", "aide et soins a domicile",
		"ayuda a domicilio", "atencion domiciliaria", "apoio domiciliario", "cuidados domiciliarios", "seguradora de saude",
		"seguradoras de saude", "seguro de saude", "seguros de saude",
		"plano odontologico", "planos odontologicos", "operadora odontologica", // round 25: Brazilian dental plans
		// nl
		// round 25: German "-klinik" ends names ("Deegenbergklinik", "Wertachkliniken"), so its common
		// compounds are listed (other compounds' heads: hospitalCompound)
		"kliniek*", "tagesklinik*", "rehaklinik*", "fachklinik*", "kinderklinik*", "zahnklinik*", "frauenklinik*", "hautklinik*", "herzklinik*",
		"ziekenh*", "umc", "academisch ziekenhuis", "universitair medisch centrum", "medisch centrum", "medische centra", "huisarts*", "zorginstelling*", "verpleeghuis*", "tandarts*", "ggz",
		"woonzorgcentr*", "zorgcentr*", "zorginstituut", "residencia de mayores", "residencias de mayores",
		"residencia de personas mayores", "centro de mayores",
		"thuiszorg*", "thuisverpleging*", "zorgorganisatie*", "zorgaanbieder*", "wijkverpleging",
		// round 18: compounds and local bodies the prefixes above miss
		"landeskrankenh*", "kreiskrankenh*", "bezirkskrankenh*", "stadtkrankenh*", "seniorenheim*", "seniorenzentr*",
		"sanatorium*", "privatklinik*", "kreisklinik*", "landesklinik*", "zorggroep*", "zorgbedrijf*", "bevolkingsonderzoek", "ciusss",
		"cisss", "drogaria*", "santa casa", "igss", "kassenarztliche vereinigung*", "kassenarztlichen vereinigung*",
		"kassenzahnarztliche vereinigung*", "emergencias sanitarias",
	)
	// Sick notes, fitness forms and work doctors' files are health data
	// that any employer or club holds: no health organisation.
	add(term{kind: kHealthData, weak: true}, "certificats medicaux", "certificat medical", "arrets maladie", "arret maladie",
		"atestados medicos", "atestado medico", "certificati medici", "certificato medico", "gesundheitsfragebogen*",
		"krankmeldung*", "arbeitsunfahigkeitsbescheinigung*", "medische verklaring*", "ziekmelding*", "bajas medicas",
		"baja medica", "justificantes medicos", "medecine du travail", "medico competente", "medicina del lavoro",
		"medicina do trabalho", "bedrijfsarts*", "betriebsarzt*", "sick notes", "doctor s notes", "doctors notes",
		// a club's, a gym's or a school's forms: "gezondheidsvragenlijsten van leden", "sportmedische keuringen",
		// "fiches santé d'élèves"
		"gezondheidsvragenlijst*", "medische keuring*", "sportmedische keuring*", "fiches sante", "fiche sante",
		"fiches de sante", "fiche de sante", "partes de baja", "parte de baja", "salud laboral",
		"numeros d assurance maladie", "numero d assurance maladie", "carte d assurance maladie", "cartes d assurance maladie")
	add(org("pharma"), "pharma", "high street chemist", "chemist chain", "chemist shop", "chemist warehouse", "pharmaceutical*", "drugmaker*", "drug maker*", "drug distributor*", "drug wholesaler*", "pharmacy", "pharmacies", "dispensary", "dispensaries", "pharmacist*",
		"drug manufacturer*", "drug company", "drug companies", "generic drug*", "generics maker*", "medicine manufacturer*",
		"generic medicine*", "manufacturer of medicines", "maker of medicines", // round 27: "a contract manufacturer of generic medicines"
		"medicines manufacturer*",
		"biotech*", "drug discovery", "laboratoire pharmaceutique", "laboratoires pharmaceutiques",
		// round 62: "Sangamo Therapeutics, a genomic medicine company"
		"therapeutics", "biopharma*", "medicine company", "medicines company", "genomic medicine",
		// round 44: "German drug development giant Evotec is still recovering from a cyberattack"
		"drug development compan*", "drug development giant", "drug development firm*", "drug developer*",
		"industrie pharmaceutique", "sous traitant pharmaceutique", "groupe pharmaceutique", "entreprise pharmaceutique",
		// round 60: "le fabricant de médicaments et d'antibiotiques injectables breton Panpharma", "le spécialiste en
		// antibiotique injectable"
		"fabricant de medicaments", "fabricants de medicaments", "antibiotique injectable", "antibiotiques injectables",
		"fabricante de medicamentos", "fabricantes de medicamentos", "produttore di farmaci", "produttori di farmaci",
		"geneesmiddelenfabrikant*",
		// round 25 meant these German firms but left them behind a comment; round 27 restores them with the drug makers
		"pharmaunternehmen", "pharmakonzern*", "arzneimittelhersteller*", "pharmahersteller*", "medikamentenhersteller*",
		"apotheke*", "farmaceutic*", "farmaceutica", "farmacia*", "farmacias", "farmacie", "pharmacie*", "farmaceut*", "apotheek*",
		"farmabedrijf*", "farmaconcern*", "pharmaceutical distributor*", "healthcare products distributor*", "medical supplies distributor*",
		// round 63: "Global healthcare distributor Henry Schein", "the world's largest distributor of medical goods"
		"healthcare distributor*", "health care distributor*", "medical distributor*", "dental distributor*",
		"distributor of medical", "distributors of medical", "medical supply company", "medical supply companies", "medical supplier*",
		// round 46: pharmaceutical wholesalers ("der Pharmagroßhändler AEP", "grossiste-répartiteur")
		"pharmaceutical wholesaler*", "pharmagrosshandl*", "pharmagrosshandel*", "pharmazeutischer grosshandler",
		"arzneimittelgrosshandl*", "grossiste pharmaceutique", "grossistes pharmaceutiques", "grossiste repartiteur*",
		"distribuidor farmaceutico", "distribuidora farmaceutica", "distributore farmaceutico", "farmaceutische groothandel*",
		// online and mail-order pharmacies: "Versandapotheke Medivita", "online apotheek"; "puntos de dispensación" of medicines
		"versandapotheke*", "onlineapotheke*", "online apotheke*", "online apotheek*", "zorgapotheek*", "puntos de dispensacion",
		"dispensacion de medicamentos",
		// round 68: "Estorsione 2.0 al farmacista", "una parafarmacia del centro di Salerno"
		"farmacist*", "parafarmaci*", "parapharmaci*", "pharmacien", "pharmaciens", "pharmacienne*")
	add(org("medical_devices"), "medical device*", "medical technology", "medtech", "medizintechnik*", "medizinprodukt*",
		"dispositif medical", "dispositifs medicaux", "dispositivos medicos", "dispositivi medici", "medische hulpmiddelen",
		"insulin pump*", "pacemaker*", "infusion pump*",
		// round 63: "a manufacturer of portable oxygen concentrators"
		"medical equipment", "oxygen concentrator*", "durable medical equipment")
	add(org("health_insurance"), "health insurer*", "health insurance", "health plan", "health plans", "blue cross",
		"healthplan", "managed care", "medi cal",
		"vision benefits", "vision insurance", "dental benefits", "dental insurance",
		"blue shield", "bluecross*", "blueshield*", "bcbs*", "medicaid", "medicare", "hmo", "krankenkasse*", "krankenversicherung*", "assurance maladie",
		"caisse maladie", "caisses maladie", "assureur maladie", "assureurs maladie", // Swiss health insurers (round 24)
		"betriebskrankenkasse*", "innungskrankenkasse*", "ersatzkasse*", "ortskrankenkasse*", "aok", "obra social", "obras sociales",
		"mutuelle*", "seguro medico", "seguro de salud", "aseguradora de salud", "assicurazione sanitaria", "plano de saude",
		"zorgverzekeraar*", "ziektekostenverzekeraar*",
		// round 61: "La aseguradora médica …", "assureur santé", "seguradora de saúde", "Krankenversicherer"
		"aseguradora medica", "aseguradoras medicas", "aseguradora sanitaria", "aseguradoras sanitarias", "aseguradoras de salud",
		"assureur sante", "assureurs sante", "complementaire sante", "seguradora de saude", "seguradoras de saude",
		"krankenversicherer*", "assicurazioni sanitarie",
		// mutual health funds: "Onafhankelijk Ziekenfonds", "Solidaris, la mutualité", Portugal's ADSE
		"ziekenfonds*", "mutualiteit*", "mutualite*", "adse",
		// "health savings account administrator HealthEquity"
		"health savings account*",
		"cassa sanitaria", "casse sanitarie", "operadora de saude", "operadoras de saude", "bpjs kesehatan",
		// round 53: the German health insurers' medical service ("Medizinischer Dienst Niedersachsen")
		"medizinischer dienst", "medizinische dienst", "medizinischen dienst", "medizinischen dienstes")
	add(org("laboratory"), "medical testing company", "lab testing company", "laboratory testing company", "medical laborator*", "clinical laborator*", "medical lab", "clinical lab", "diagnostic lab*",
		"testing lab*", "toxicology lab*", "toxicology laborator*", "drug testing lab*", "diagnostics", "pathology", "blood test*", "laboratoire d analyses", "laboratoires d analyses",
		"laboratoire de biologie", "biologie medicale", "labor fur", "laborarzt*", "laboratorio clinico", "laboratorio de analisis",
		"laboratorio analisi", "laboratorio de analises",
		// round 57: German's "Labor", after an article English lacks ("das Labor Novogenia"), and its compounds
		"das labor", "dem labor", "vom labor", "ein labor", "einem labor",
		"testlabor", "testlabors", "testlabore", "pcr labor", "corona labor", "corona testlabor",
		"laboratorium voor", "laboratorium", "laboratorio", "laboratorios", "laboratoire", "labcorp", "quest diagnostics", "labmd",
		// round 27: Italy's private labs ("Centro Analisi Brianza", "centri di analisi cliniche")
		"centro analisi", "centri analisi", "centro di analisi", "centri di analisi", "analisi cliniche",
		"laboratory network", "laboratory chain", "laboratory group", "lab network", "lab chain",
		// "the genetic testing company Asper Biogene"
		"genetic testing company", "genetic testing firm", "genetic testing provider", "genetic testing laborator*", "genetic testing lab",
		// Brazil's diagnostics firms and blood centres: "empresas de medicina diagnóstica", "Fundação Hemocentro"
		"medicina diagnostica", "hemocentro*")
	add(org("public_health"), "department of health", "ministry of health", "health ministry", "health department",
		"health ministries", "ministries of health", // round 27: "the health ministries of two Southeast Asian countries"
		"health departments", "institute of health", "institutes of health", "health institute", "istituto superiore di sanita",
		"health superintendency", "superintendency of health", "regional health service*", "national health service*",
		"andalusian health service", "basque health service", "state health service*",
		// round 21: Spain's regional health services, Finland's wellbeing services counties
		"servicio canario de la salud", "servicio canario de salud", "servicio madrileno de salud", "servicio gallego de salud",
		"servicio vasco de salud", "servicio murciano de salud", "servicio riojano de salud", "servicio navarro de salud",
		"servicio aragones de salud", "servicio extremeno de salud", "servicio cantabro de salud", "servei catala de la salut",
		"wellbeing services count*", "health centres", "helse", // Norway's health trusts: "Helse Bergen", "Helse Sør-Øst"
		"gesundheitszentr*", "centro diagnostico", "centri diagnostici",
		// round 28: "il Centro Radiologico Murgia di Altamura", "Röntgeninstitut in Dornbirn"
		"centro radiologico", "centri radiologici", "studio radiologico", "clinica radiologica", "centro de radiologia",
		"clinica de radiologia", "centre de radiologie", "cabinet de radiologie", "rontgeninstitut*", "rontgenpraxis*",
		// round 22: German care centres named by their speciality, Dutch ambulance services
		"augenzentr*", "herzzentr*", "dialysezentr*", "arztezentr*", "zahnzentr*", "rehazentr*", "radiologiezentr*",
		"kinderwunschzentr*", "diagnosezentr*", "brustzentr*", "augenklinik*", "ambulancezorg*", "ambulancedienst*",
		"public health", "health authority", "health authorities", "nhs", "health service executive", "hse",
		// disease-control bodies and research institutes named for a disease or a scientist
		"disease control", "disease control and prevention", "centers for disease control", "centre for disease control",
		"institute of public health", "public health institute", "institut pasteur", "pasteur institute",
		"department of health and human services", "hhs", "world health organization", "cdc", "health agency",
		"vaccination centre", "vaccination center", "ministere de la sante", "agence regionale de sante",
		"sante publique", "gesundheitsministerium*", "gesundheitsamt", "gesundheitsamter", "bundesgesundheitsministerium*",
		"ministerio de sanidad", "ministerio de salud", "ministero della salute", "azienda sanitaria",
		// round 25: Swiss health insurers in Italian, supplementary health funds, Belgium's and Portugal's health bodies
		"cassa malati", "casse malati", "fondo sanitario*", "fondi sanitari*", "riziv", "inami", "infarmed",
		// round 25 (second stage): rehabilitation centres, company health insurers, Italian ambulance associations
		"revalidatiecentr*", "rehabilitationszentr*", "bkk", "croce verde", "croce bianca", "croce rossa",
		"pubblica assistenza",
		// round 57: the German Red Cross's district associations, which run ambulances and care ("Cyberangriff auf
		// DRK-Kreisverband Mannheim"); not the American Red Cross, which PRC files outside health
		"drk", "drk kreisverband", "drk kreisverbandes", "deutsches rotes kreuz", "deutschen roten kreuzes", "deutsche rote kreuz",
		"rotes kreuz", "roten kreuzes", "roten kreuz", "rote kreuz", "arbeiter samariter bund", "arbeiter samariter bundes",
		"johanniter unfall hilfe", "malteser hilfsdienst", "malteser hilfsdienstes",
		"unidade local de saude", "unidades locais de saude", "asl", "ausl", "aulss", "ulss", "usl", "azienda usl", // round 43: "l'Usl rischia una multa"
		"asl1", "asl2", "asl3", "asl4", "asl5", "asl6", // round 45: numbered local health bodies written as one word ("ASL1 Abruzzo")
		"asp di", // round 44: Sicily's and Calabria's provincial health bodies, "nei server dell'Asp di Messina"
		// round 46: Italy's regional and national health agencies ("il sistema dell'Agenzia regionale di sanità",
		// "l'Istituto superiore di sanità"), provincial health bodies in full
		"agenzia regionale di sanita", "agenzia regionale sanitaria", "agenzia sanitaria regionale", "agenzia di tutela della salute",
		"istituto superiore di sanita", "azienda sanitaria provinciale", "aziende sanitarie provinciali",
		// round 44: a region's booking centre for care, "Attacco hacker al Cup Marche"
		"centro unico di prenotazione", "centro unico prenotazioni", "cup unico", "al cup", "del cup", "il cup", "dal cup",
		"centrale operativa 118", "centrale 118", "aifa", "agenzia italiana del farmaco",
		"ministerstvo zdravotnictvi", "ministerstvo zdravotnictva", "ministerstwo zdrowia", "asst", "spedali civili", "spedale", "emergenza urgenza", "ipo do porto", "ipo de lisboa", "ipo de coimbra",
		"instituto portugues de oncologia",
		// round 41: France's social-care homes and services, read whole ("121 établissements et services médico-sociaux")
		"medico social", "medico sociaux", "medico sociale", "medico sociales",
		// round 41: cancer institutes ("Instituto Nacional do Câncer (Inca)"), whose "cancer" alone is a disease
		"instituto nacional do cancer", "instituto nacional de cancerologia", "instituto do cancer", "instituto de cancerologia",
		"institut du cancer", "institut national du cancer", "cancer institute", "istituto tumori", "istituto dei tumori",
		"istituto nazionale tumori", "krebszentrum", "tumorzentrum", "kankercentrum", "kankerinstituut", "antoni van leeuwenhoek",
		"ministerio da saude", "servico nacional de saude", "secretaria de saude", "secretaria da saude", "secretaria estadual de saude",
		"secretaria municipal de saude", "secretarias de saude", "ggd", "rivm", "ministerie van volksgezondheid",
		// round 56: Mexico's health secretariats, "la Secretaría de Salud del Estado de Veracruz"
		"secretaria de salud", "secretarias de salud", "secretaria estatal de salud", "secretaria de salud publica",
		"centre for epidemiology", "center for epidemiology", "institute of epidemiology", "institute for epidemiology")
	add(org("health_it"), "electronic health record*", "electronic medical record*", "ehr", "emr", "health it",
		"healthcare software", "medical software", "medical billing", "billing company", "billing vendor", "claims processor",
		"claims processing", "health information exchange", "epic systems", "cerner", "change healthcare",
		// round 22: a practice-management vendor; its software alone may be a vet's
		"practice management company", "practice management companies", "practice management firm*", "practice management vendor*",
		"practice management provider*", "practice management services", "medical practice management", "physician practice management",
		"dental practice management",
		"medical transcription", "telehealth", "telemedicine", "prescription provider*", "prescription service*",
		"e prescription*", "electronic prescription*", "eprescription*", "pharmacy benefit*",
		"pbm", "pbms") // round 64: "The PBM said an \"unauthorized actor\" gained access to a worker's mobile email account"
	add(org("health_it"), "logiciel medical", "logiciels medicaux", "software medico", "praxissoftware", "practice software",
		"arztsoftware",
		// round 46: France's third-party payment operators for care ("les opérateurs de tiers payant Viamedis et Almerys")
		"tiers payant", "operateur de tiers payant", "operateurs de tiers payant")
	add(org("research"), "medical research", "vaccine research", "clinical trial*", "research hospital", "medical school",
		"school of medicine", "medical university", "faculty of medicine", "health sciences", "covid 19 research",
		"medical sciences", // round 60: "the Nov. 23 attack on the All India Institute of Medical Sciences"
		"vaccine developer*", "vaccine maker*", "vaccine manufacturer*", "vaccine producer*", "biopharma*",
		// round 46: vaccine makers in the other languages ("Ransomware bij vaccinmaker in Bilthoven", "vaccinbedrijf")
		"vaccinmaker*", "vaccinbedrijf*", "vaccinproducent*", "vaccinfabrikant*", "impfstoffhersteller*", "fabricant de vaccins",
		"fabricants de vaccins", "fabricante de vacunas", "fabricantes de vacunas", "produttore di vaccini", "produttori di vaccini",
		"fabricante de vacinas", "fabricantes de vacinas",
		"fysiotherapeut*", "physiotherapeut*",
		// round 34: "die Medizinische Universität Innsbruck", "die Med-Uni", "Uniwersytet Medyczny"
		"medizinische universitat", "medizinischen universitat", "meduni", "med uni", "uniwersytet medyczny",
		"uniwersytetu medycznego")
	// Health data and context.
	add(term{kind: kHealthData}, "patient*", "protected health information", "phi", "ephi", "medical record*",
		"health record*", "medical information", "health information", "medical data", "health data", "medical histor*",
		"diagnosis", "diagnoses", "therapy notes", "psychotherapy notes", "progress notes", "clinical notes", "counseling notes", "counselling notes", "session notes", "treatment notes", "diagnostic code*", "diagnostic information", "diagnostic test*", "treatment records", "care plans", "genetic data", "genetic information", "genomic data", "dna data", "prescription*", "treatment information", "health insurance information", "medical records",
		// round 22: an employer's staff data, no insurer attacked ("employees' health insurance enrollment information")
		"health insurance enrollment", "health insurance data", "health insurance claims", "health insurance details",
		"health insurance number*", "health insurance card*", "health insurance policy number*",
		// stage 2: "employee health plan data", "health plan enrollment data", "health plan details"
		"health plan data", "health plan details", "health plan enrollment*", "health plan enrolment*", "health plan information",
		"dossier medical", "dossiers medicaux", "dossier de soins", "dossiers de soins", "plan de medication", "plans de medication", "donnees de sante", "donnees medicales", "gesundheitsdaten", "patientendaten",
		"krankenakte*", "datos medicos", "datos sanitarios", "historia clinica", "historias clinicas", "dati sanitari",
		"cartelle cliniche", "dados de saude", "dados medicos", "prontuario*", "medische gegevens", "patientgegevens",
		"patientengegevens", "pazient*", "pacient*", "patiente*", "patienten", "doente*", "utente*")
	// HIPAA's parties: only health plans, providers, clearinghouses and
	// their vendors are covered entities and business associates.
	add(term{kind: kHealthWeak}, "covered entity", "covered entities", "business associate", "business associates")
	add(term{kind: kHealthWeak}, "health", "healthcare", "health care", "medical", "medicine", "care", "sante", "gesundheit*",
		"medizin*", "salud", "sanidad", "sanitari*", "sanitario", "salute", "saude", "gezondheid*", "zorg", "medisch*",
		"medicale*", "medicaux", "medizinisch*", "nurse*", "covid", "vaccin*", "impf*", "ambulance*", "rettungswagen",
		"ambulancia*", "ambulanza*", "ambulancier*")
	// Cyberattacks, by type.
	// a ransom note told without its name: "a message … stating that all files had been encrypted and giving
	// instructions for payment"
	add(cyber("ransomware"), "encryption event", "encryption incident", "encrypted and renamed", "files had been encrypted",
		"renamed and locked", "locked and renamed",
		"asked for payment to restore", "a note demanding", "software that locked", "malware that locked")
	add(cyber("ransomware"), "attack encrypted", "attackers encrypted", "hackers encrypted", "malware encrypted",
		"virus encrypted")
	add(cyber(""), "bitcoin ransom", "in bitcoin", "demanding bitcoin", "record demanding") // a ransom or an extortion
	add(cyber("account_compromise"), "from an unfamiliar location", "from unfamiliar locations", "forwarding rule",
		"forwarding rules", "rule that forwarded", "forwarded incoming messages", "from ip addresses in")
	add(cyber(""), "gained entry through", "by an unrelated party", "from ip addresses outside",
		"from an ip address outside", "from ip addresses located outside", "from a computer outside the united states",
		"from computers outside the united states")
	// round 21: an intrusion told without the usual words ("an outside party had gotten into its server",
	// "a demand for payment appeared", "software that let someone outside the company control it remotely")
	add(cyber("ransomware"), "demand for payment appeared", "message demanding payment", "note demanding payment",
		"screen demanding payment", "messages demanding payment", "demanded money in exchange for", "money in exchange for the password",
		"payment in exchange for the password", "in exchange for a decryption", "software that encrypts files",
		"program that encrypts files", "malware that encrypts files")
	add(cyber(""), "outside party had gotten into", "outside party got into", "outside party had gained access", "outside party gained access",
		"outside party had reached", "outside party reached", "outside party had been in", "someone outside the company",
		"someone outside the organization", "someone outside the practice", "someone outside the hospital",
		"had gotten into its", "had gotten into the server", "got into its server", "got into its network",
		"unusual outbound traffic", "suspicious outbound traffic", "unusual outgoing traffic", "suspicious outgoing traffic",
		"to an outside server", "to an external server", "claimed to work for the", "claiming to work for the",
		"by breaching a server", "breaching a server", "breached a server", "connect to it from the outside",
		"control it remotely", "control the computer remotely", "control the laptop remotely",
		"suspicious activity on a server", "suspicious activity on its network", "suspicious activity on the network",
		"suspicious activity on its server", "suspicious activity on its systems", "suspicious activity in its network",
		"attack on its systems", "attack on its it systems", "attack on its network", "attack on its it network",
		"attack on their systems", "attack on its computer systems", "attack on its servers",
		"had been placed on the server", "was placed on the server", "were placed on the server")
	add(cyber("malware"), "infected with software", "infected with a program", "infected with malicious")
	// "Criminelen kapen accounts van klanten van zorgverzekeraar", "Unbekannte haben sich Zugriff auf Daten … verschafft"
	add(cyber("account_compromise"), "gekaapt", "gekaapte", "kapen accounts", "kaapten accounts", "accounts gekaapt")
	add(cyber(""), "unbekannte zugriff", "sich unbefugt zugriff", "unbefugt zugriff")
	add(cyber(""), "exploited an outdated", "exploited an unpatched", "exploited an old")
	// round 68: the Cl0p gang's mass theft through the MOVEit file-transfer software, told by its software's name
	// ("Oregon Health Plan members impacted by Progress MOVEit software breach", "an earlier alleged compromise of
	// its MOVEit Transfer server"); the software's flaw alone stays vulnerability news
	add(cyber("data_breach"), "moveit breach", "moveit breaches", "moveit hack", "moveit hacks", "moveit attack",
		"moveit attacks", "moveit incident", "moveit data breach", "moveit software breach", "moveit transfer breach",
		"moveit transfer hack", "moveit cyberattack", "moveit cyber attack", "moveit exploitation", "moveit campaign",
		"moveit security incident", "moveit data theft", "moveit transfer incident", "moveit privacy incident",
		"compromise of its moveit", "compromise of the moveit", "compromise of their moveit", "moveit transfer compromise",
		"moveit compromise", "progress software incident", "progress software breach", "progress software hack")
	add(weakCyber("account_compromise"), "were used to log into", "was used to log into", "were used to log in to",
		"was used to log in to")
	add(cyber("account_compromise"), "usernames and passwords was stolen", "usernames and passwords were stolen",
		"user names and passwords were stolen")
	// a business email compromise's, not a ransom note's: "Fraudulent Payment Instructions Cost Toyota Boshoku …"
	add(cyber("account_compromise"), "fraudulent payment instructions", "changed payment instructions", "new payment instructions",
		"updated payment instructions", "false payment instructions", "fake payment instructions", "altered payment instructions")
	add(cyber("ransomware"), "note demanded payment", "a note demanded", "instructions for payment", "payment instructions", "pay to unlock", "payment to unlock",
		"to unlock the files", "to unlock its files", "to unlock their files", "payment to decrypt", "pay to decrypt")
	add(cyber("ransomware"), "ransom*", "rancongiciel*", "rancon*", "erpressungstrojaner*", "erpressersoftware",
		"erpressungssoftware", "losegeld*", "secuestro de datos", "rescate", "riscatto", "resgate", "gijzelsoftware",
		"losgeld*", "encrypted files", "files were encrypted", "ransomware attack",
		"files were locked", "locked files", "software that encrypted", "malware that encrypted", "virus that encrypted",
		"program that encrypted", "virus encrypted", "malware encrypted", "cyber extortion", "cyberextortion", "extortion demand", "bitcoin payment", "payment in bitcoin",
		"files had been locked", "erpresserschreiben", "paying in bitcoin", "decryption key", "decryption keys",
		"decryption tool", "held hostage", "data hostage", "files hostage", "payment to unlock", "to unlock the files",
		// round 28: "Hackers hold Texas hospital's computers hostage"
		"computers hostage", "systems hostage", "network hostage", "servers hostage", "records hostage",
		"payment to release", "unfamiliar extension",
		"decryptor", "demanded payment for", "payment for their release", "payment for the release", "pay in bitcoin", "demanded bitcoin", "payment in bitcoins",
		"payment in cryptocurrency", "paid in cryptocurrency", "cryptocurrency payment")
	// Defenders encrypt too: "the CE encrypted its laptops" is a registry's
	// corrective action, "el ordenador no estaba cifrado" a lost device's
	// excuse. Said of an attacker, another word names the attack.
	add(weakCyber("ransomware"), "data was encrypted", "encrypting servers", "encrypting the", "encrypting its", "encrypting files",
		"encrypting systems", "encrypted the", "encrypted its", "encrypted their", "encrypted certain", "encrypted some",
		"encrypted several", "verschlusselt", "verschlusselte", "verschlusselten",
		"chiffre", "chiffrees",
		"cifrado*", "cifrati", "criptografad*", "versleuteld")
	add(cyber("malware"), "cryptocurrency mining software", "cryptocurrency mining program", "mining program", "cryptomining", "cryptojacking", "cryptominer*", "coin miner*",
		"malware", "computer virus", "computer viruses", "virus informatique", "computervirus*", "computerviren*",
		"zero day virus", "zero day viruses", // round 41: "IT challenges, caused by a zero day virus"
		"virus informatico", "virus informatico", "trojan*", "troyano*", "trojaner*", "spyware", "keylog*", "keystroke logging", "keystroke logger*",
		"keystroke logging", "botnet*", "malicious software", "malicious code", "malicious file", "malicious files",
		"malicious program", "malicious programs", "recorded keystrokes", "captured keystrokes", "record keystrokes",
		"script inserted into", "inserted into the checkout page",
		"malicious attachment", "malicious attachments", "skimming code", "skimming malware",
		"skimming script", "web skimming", "e skimming", "digital skimming", "magecart", "formjacking",
		"website had been altered", "website was altered", "website had been modified", "website was modified",
		"page had been altered", "page was altered", "page had been modified", "page was modified", "sent to an external domain",
		"code injected", "injected code", "code was injected", "script injected", "injected script",
		"unauthorized script", "malicious script", "code inserted into", "code was inserted into", "script added to",
		"script was added to",
		"to capture payment card", "capture payment card information", "capture credit card information",
		"to capture information entered", "logiciel malveillant", "logiciels malveillants",
		"keystroke logger*", "schadsoftware", "schadprogramm*", "software malicioso", "codigo malicioso", "software dannoso", "kwaadaardige software",
		"remote administration tool*", "remote access tool*",
		// round 27: registries' intruders' tools and skimmers told plainly ("placed a web shell on one of its servers",
		// "installed cryptocurrency mining and remote control tools", "criminals had altered the checkout page")
		"web shell", "web shells", "webshell*", "remote control software", "remote control tool*", "cryptocurrency mining tool*",
		"altered the checkout page", "placed code on",
		"emotet", "trickbot", "qakbot", "qbot", "wiper",
		// worms by name
		"computer worm", "computer worms", "internet worm", "internet worms", "network worm", "network worms", "email worm", "computerwurm*", "computerworm*", "ver informatique", "vers informatiques", "gusano informatico", "worm informatico", "sasser", "conficker", "mydoom", "nimda", "sql slammer", "blaster worm",
		"code red worm", "stuxnet", "infected with", "injected with", "cryptojack*", "cryptomining", "rootkit*", "backdoor*")
	add(cyber("ddos"), "ddosia", "ddos", "distributed denial of service", "denial of service attack*", "dos attack", "deni de service", "uberlastungsangriff*",
		"denegacion de servicio", "negazione del servizio", "negacao de servico", "overbelastingsaanval*", "flooded with traffic")
	// "Denial of service: insurers deny coverage…" is a pun; the attack is
	// "a denial-of-service attack" or "distributed".
	add(weakCyber("ddos"), "denial of service")
	// mailboxes taken over, in the other languages
	add(cyber("malware"), "correo infectado", "correo electronico infectado", "email infectado", "e mail infectado",
		"mail infetta", "email infetta", "e mail infetta", "courriel infecte", "mail infecte", "e mail infecte",
		"infizierte e mail", "infizierten e mail", "infizierte mail", "geinfecteerde e mail", "geinfecteerde mail")
	// data taken by the gigabyte: "stolen about 500 GB of data", "1.5TB of medical data"
	add(cyber(""), "gb of", "tb of", "gigabytes of", "terabytes of", "gigabyte of", "terabyte of")
	add(cyber(""), "angriffswelle", "criminosos virtuais", "criminosos digitais", "criminosos ciberneticos")
	// extortion by attackers online: "Opfer einer Cyber-Erpressung", "cyberextorsión", "cyber-extorsion"
	add(cyber(""), "cyber erpressung", "cybererpressung", "cyber extorsion", "cyberextorsion", "cyber estorsione",
		"cyberestorsione", "cyber extorsao", "cyberextorsao", "cyberafpersing", "cyber afpersing")
	add(cyber("ransomware"), "erpressungsangriff*", "erpresserangriff*", "sistemas sequestrados", "sequestraram os sistemas",
		// "Bezirkskliniken arbeiten nach Verschlüsselungsangriff", "prontuários sequestrados por hackers"
		"verschlusselungsangriff*", "verschlusselungsattacke*", "prontuarios sequestrados", "dados sequestrados", "sequestro de dados")
	add(cyber(""), "ciberincidente*", "cyberincident*", "accesso abusivo", "accessi abusivi", "unauthorised access to its systems",
		"unauthorized access to its systems", "unauthorized access to their systems", "unauthorised access to their systems")
	add(cyber("account_compromise"), "senhas vazadas", "invadem e mails", "invadiram e mails", "e mails invadidos")
	add(cyber("malware"), "code malveillant", "codes malveillants", "codice malevolo", "logiciel espion", "kwaadaardige code",
		"schadcode")
	add(cyber("account_compromise"), "stolen usernames", "stolen user names", "stolen passwords", "used the credentials of",
		"used the login credentials of", "used the username and password of", "used the user name and password of")
	add(cyber("account_compromise"), "aus datenlecks", "datenlecks anderer", "datenlecks bei anderen", "faux courriels",
		"faux courriel", "faux mails", "faux e mails", "fremde logins", "sich zugang zu", "sich zugriff auf", "gefalschte mail", "gefalschten mail",
		"gefalschte e mail", "gefalschten e mail", "erbeuteten zugangsdaten", "gestohlenen zugangsdaten")
	add(cyber("data_breach"), "datadiefstal", "gegevensdiefstal")
	// ransomware by name
	add(cyber("ransomware"), "petya", "notpetya", "wannacry", "locky", "cryptolocker", "cryptowall", "teslacrypt", "bitpaymer")
	// round 44: a computer system breached, in Italian ("dove il sistema informatico è stato violato"), and an
	// account that "was subject to unauthorized access" (a billing vendor's notice)
	add(cyber(""), "sistema informatico e stato violato", "sistemi informatici sono stati violati", "violato il sistema informatico",
		"violati i sistemi informatici", "rete informatica e stata violata", "violata la rete informatica")
	add(cyber("account_compromise"), "email account was subject to unauthorized access", "email account was subject to unauthorised access",
		"email accounts were subject to unauthorized access", "email accounts were subject to unauthorised access",
		"account was subject to unauthorized access", "accounts were subject to unauthorized access")
	add(cyber("account_compromise"), "kapern", "kaperten", "kapert", "gekapert", "gekaperte", "gekapertes", "gekaperten", "caselle violate", "casella violata",
		"caselle email violate", "caselle di posta violate", "violate le caselle", "account violato", "account violati",
		"invadem e mail", "invadiram o e mail", "e mail invadido", "email invadido", "conta invadida", "invadem email",
		"invadiram o email", "invadiram email", "invadiram e mail",
		// customers' and staff's accounts taken over, in the languages read
		"comptes clients pirates", "comptes pirates", "compte pirate", "bourrage d identifiants", "gehacktes mailkonto",
		"mailkonto gehackt", "gehacktes e mail konto", "e mail konto gehackt", "unbefugte logins", "unbefugte anmeldungen",
		"robo de cuentas", "cuentas robadas", "accesos indebidos a cuentas", "accesos indebidos a las cuentas", "cuentas hackeadas", "cuentas vulneradas", "violati gli account",
		"violata la mail", "violata la casella", "mail violata", "invasoes em contas", "invasao de contas", "contas invadidas",
		"accounts overgenomen", "klantaccounts overgenomen", "account overgenomen", "overgenomen accounts")
	add(cyber(""), "invadiram os sistemas", "invadiram seus sistemas", "invadiram o sistema", "invadem sistemas",
		// round 27: "criminosos invadiram seus servidores e copiaram dados"
		"invadiram seus servidores", "invadiram os servidores", "invadiram o servidor", "invadiram a rede", "invadiram sua rede")
	add(cyber("account_compromise"), "fake login page", "fake document sharing page", "fake sign in page",
		"phish*", "hameconnage", "spear phishing", "business email compromise", "credential stuffing",
		"from unrelated breaches", "from other breaches", "from previous breaches", "in unrelated breaches",
		"reused passwords", "password reuse", "reused credentials",
		"email account compromise", "email compromise",
		"compromised email", "suplantacion de identidad", "account takeover", "automated attack", "brute force attack*",
		"password spraying", "credentials obtained elsewhere", "credentials stolen elsewhere", "reused passwords", "email account was compromised",
		"email accounts were compromised", "email account compromised", "fraudulent login page", "fake login page",
		"email account breach", "email breach", "mailbox breach",
		// round 57: "compromised in a security breach to its e-mail system"
		"e mail account breach", "e mail breach", "email system breach", "e mail system breach",
		"breach to its email system", "breach to its e mail system", "breach of its email system", "breach of its e mail system",
		"security breach to its email system", "security breach to its e mail system", "security breach of its email system", "security breach of its e mail system",
		"spoofed login page", "credential harvesting", "fake microsoft login page", "fake office 365 login page",
		"fake sign in page", "credentials were harvested", "harvested credentials", "harvested the credentials", "malicious link", "malicious links", "malicious attachment",
		"malicious attachments", "malicious email", "malicious emails", "fraudulent email", "fraudulent emails",
		// phishing told without the word
		"emails that appeared to come from", "email that appeared to come from", "emails that appeared to be from",
		"email that appeared to be from", "emails purporting to be from", "email purporting to be from",
		"emails impersonating", "email impersonating", "emails posing as", "email posing as",
		"entered their usernames and passwords", "entered their user names and passwords", "entered their credentials",
		"entered their login credentials", "entered their passwords", "provided their login credentials",
		"provided their credentials", "entered her credentials", "entered his credentials", "entered her password",
		"entered his password", "entered her login credentials", "entered his login credentials", "fake web page",
		"fake webpage", "fake website", "spoofed website", "spoofed web page",
		// the W-2 scam: payroll data sent to someone posing as an executive
		"scammer posing as", "scammers posing as", "fraudster posing as", "fraudsters posing as", "posing as the ceo",
		"impersonating the ceo", "w 2 scam", "w 2 phishing", "payroll scam",
		// round 27: "A criminal posing as the chief financial officer", "typed her login details into a look-alike web page"
		"criminal posing as", "criminals posing as", "impostor posing as", "fraudulent web page", "look alike web page",
		"look alike page", "lookalike web page", "lookalike page")
	// Credentials stolen elsewhere and used to log in: an intrusion, whatever it took.
	add(cyber("account_compromise"), "credentials were compromised", "credentials had been compromised", "password was compromised",
		"passwords were compromised", "used to send spam", "to send spam")
	add(cyber(""), "by an outside party", "by outside parties", "by an unknown party", "by an unknown third party",
		"by an outside individual", "used by someone outside", "from an outside ip address", "from an external ip address",
		"from a foreign ip address", "unauthorized user on", "unauthorized user had been on",
		// a system, not a record, entered without leave: registries' terse hacking rows
		"system was accessed without authorization", "systems were accessed without authorization",
		"server was accessed without authorization", "network was accessed without authorization",
		// round 28: "an unknown person had been logging in to the account from overseas", "an unauthorized
		// individual had logged in using an employee's credentials", "a former vendor's remote access account had
		// been used by an unknown person", "an unknown party had entered the CE's network through an exposed
		// remote access port", "its file server had been entered through an unpatched vulnerability", patient
		// data "found on a server controlled by criminals", a group that "demanded payment to keep them private"
		"unknown person had been logging", "unknown person logged", "unknown person had logged", "unknown individual logged",
		"unknown individual had logged", "logged in using an employee s credentials", "using an employee s credentials",
		"remote access account had been used", "entered the ce s network",
		"entered its network", "entered the network", "entered their network", "exposed remote access port",
		"had been entered through", "server controlled by criminals", "servers controlled by criminals",
		"demanded payment to keep",
		// round 27: "an unauthorized person gained entry into its network through a vulnerability in its firewall"
		"gained entry into its network", "gained entry to its network", "gained entry into the network", "gained entry to the network",
		"gained entry into their network", "gained entry into its systems", "gained entry to its systems")
	add(cyber("account_compromise"), "email spoofing", "spoofing scheme", "fake login page", "fraudulent login page",
		"spoofed login page", "fake sign in page")
	add(cyber("account_compromise"), "password was stolen", "passwords were stolen", "credentials were stolen",
		"password had been stolen", "was hijacked", "were hijacked", "hijacked email", "hijacked the email")
	// A flaw that was used is an attack: "a vulnerability in the contact form had been exploited".
	add(cyber(""), "by exploiting a", "used a vulnerability", "used a flaw", "vulnerable web application",
		"exploitation of a vulnerability", "exploitation of the vulnerability", "exploitation of a zero day",
		"exploited a previously unknown", "exploited a zero day", "exploited an unknown",
		"exploited a vulnerability", "exploited a flaw", "exploited vulnerabilities", "exploited a security flaw",
		"exploited a weakness", "had been exploited", "has been exploited", "was exploited", "were exploited")
	add(cyber(""), "stolen credentials", "stolen login credentials", "stolen user credentials", "stolen password",
		"obtained the login credentials", "obtained login credentials", "obtained the user credentials",
		"credentials stolen from other", "passwords stolen from other", "stolen from other websites",
		"stolen passwords", "stolen login", "stolen logins", "compromised credentials", "compromised login credentials")
	add(weakCyber("account_compromise"), "clicked on a link", "clicked a link", "clicked on the link")
	// Phishing told without the word: a forged message that got a password.
	add(cyber("account_compromise"), "spoofed email", "spoofed emails", "spoofed message", "spoofed messages", "spoofed e mail",
		"tricked an employee into", "tricked employees into", "tricked a staff member into", "tricked into providing",
		"entered her username and password", "entered his username and password", "entered their username and password",
		"entered her credentials", "entered his credentials", "entered their credentials", "entered her password",
		"entered his password", "entered their password")
	add(weakCyber("account_compromise"), "email account", "email accounts",
		"credential*", "login information", "passwords", "password", "spoofed")
	// a rival's or a state's espionage by people, not computers: "accuses rival of corporate espionage"
	add(weakCyber("data_breach"), "corporate espionage", "industrial espionage", "economic espionage", "commercial espionage")
	add(cyber("data_breach"), "espionage", "cyber espionage", "cyberespionage", "espionnage", "spionage", "espionaje", "spionaggio", "spionage*", "leak site", "exfiltrat*", "stolen data", "data theft", "datendiebstahl", "sql injection",
		"gestohlene daten", "hackers stole", "stolen by hackers", "data extortion",
		"extortion group", "extortion gang", "extortion marketplace", "extortion email", "extortion emails", "extortion messages",
		"threatened to release", "threatened to publish", "threatened to leak", "demanding payment to prevent",
		"threatening to release", "threatening to publish", "threatening to leak",
		"offered for sale on an online forum", "offered for sale on a forum", "for sale on an online forum",
		"offered for sale on a hacking forum", "offered for sale on the dark web", "offered for sale on a dark web",
		"claiming to have obtained", "claimed to have obtained", "extortionist*", "for sale on the dark web",
		"hacking forum", "hacking forums", "cybercrime forum", "cybercrime forums",
		// stolen data in the other languages
		"donnees volees", "donnees derobees", "datos robados", "dati rubati", "dati sottratti", "dados roubados", "roubo de dados",
		"gestolen gegevens", "gestolen data")
	// Locked out of computers, not of a surgery or of talks: strong only
	// where a computing word follows (see lockedOut).
	add(weakCyber("ransomware"), "locked out of")
	// a registry's telling of ransomware and intrusions without the words: "installed a program that locked the
	// company out of its own data", "computer systems were locked", "wiped and overwrote their
	// computer files", "gained unauthorized access to its information technology systems", "paid 40 bitcoins to regain access"
	add(cyber("ransomware"), "program that locked", "programme that locked", "computer systems were locked",
		"systems were locked", "wiped and overwrote", "bitcoins to obtain", "bitcoins to regain", "bitcoins to restore",
		"bitcoins to unlock", "bitcoins in ransom")
	// (not "restricting physical access to its information technology department")
	add(cyber(""), "gained access to its information technology", "gained access to its technology infrastructure",
		"gained access to its it systems", "gained access to its computer systems", "gained access to its computer network",
		"unauthorized access to its information technology",
		"unauthorised access to its information technology", "unauthorized access to its technology infrastructure")
	// "someone had gotten into the computer systems that process payment card data", "an unauthorized user had
	// accessed AMCA's system"
	add(cyber(""), "gotten into the computer", "got into the computer", "gotten into its computer", "got into its computer",
		"gotten into the systems", "got into the systems", "gotten into its systems", "got into its systems",
		"unauthorized user had accessed", "unauthorized user accessed", "unauthorised user had accessed",
		"unauthorised user accessed", "unauthorized user gained access", "unauthorised user gained access")
	// A spying campaign takes data: "Spy-Campaign against dissidents"; a
	// lone spy is also a film's or a novel's.
	// Who attacks, in the other languages: "il ricatto dei criminali
	// informatici" (Ulss 6 Euganea, round 49); weak, since a sector's
	// warning names them too ("il personale sanitario è tra i bersagli
	// preferiti dei criminali informatici").
	add(weakCyber(""), "criminali informatici", "criminale informatico", "delincuentes informaticos", "delincuente informatico",
		"criminosos informaticos")
	add(weakCyber("data_breach"), "spy campaign", "spy campaigns", "spying campaign", "cyber spies", "cyberspies",
		"dataleak", "dataleaks", "intercepted communications", "captured the communication")
	// Drugs and weapons are sold on the dark web too: a place, not an attack.
	add(weakCyber("data_breach"), "dark web", "darknet", "darkweb")
	add(weakCyber("data_breach"), "data breach", "data breaches", "data leak", "data leaks", "leaked", "fuite de donnees", "vol de donnees", "datenleck*",
		"datenpanne", "datenabfluss", "fuga de datos", "robo de datos", "violazione dei dati", "furto di dati", "furto dei dati",
		"vazamento de dados", "fuga de dados", "datalek*", "unauthorized access", "unauthorised access", "accessed without authorization",
		"unauthorized person", "unauthorized party", "unauthorized individual", "unauthorized third party",
		"unauthorised person", "unauthorised party", "unauthorised individual", "unauthorised third party",
		"accesso non autorizzato", "acces non autorise", "unbefugter zugriff", "unberechtigter zugriff", "acceso no autorizado",
		"acesso nao autorizado", "onbevoegde toegang", "onrechtmatige toegang", "exposed online", "publicly accessible",
		"posted online", "leak*", "misconfigured",
		// published online, in the other languages
		"publiees en ligne", "diffusees sur internet", "mises en ligne", "im internet veroffentlicht", "publicados en internet",
		"pubblicati online", "pubblicati sul dark web", "publicados na internet", "online gezet")
	add(cyber(""), "invasao de sistema*", "invasao hacker", "invasao dos sistemas", "invasao do sistema")
	// round 24: intruders in the other languages ("un intrus s'est introduit dans le serveur", "un tercero accedió
	// de forma no autorizada a uno de sus servidores", "um invasor acessou o banco de dados", "após invasão")
	add(cyber(""), "intrus", "s est introduit dans", "se sont introduits dans", "intruso", "intrusos", "invasor", "invasores",
		"eindringling", "eindringlinge", "indringer", "indringers", "accedio de forma no autorizada", "accedieron de forma no autorizada",
		"apos invasao", "apos a invasao", "sofreu invasao", "sofreu uma invasao", "invadiu o sistema",
		"sistema invadido", "sistemas invadidos", "servidor invadido", "servidores invadidos")
	// round 24: intrusions told in other tenses and languages ("s'était introduit dans les serveurs", "um in
	// Systeme der AOK einzudringen", "waren binnengedrongen in het netwerk"), fake login pages
	add(cyber(""), "s etait introduit dans", "s etaient introduits dans", "einzudringen", "binnengedrongen",
		"binnendringen", "drongen binnen")
	add(weakCyber("account_compromise"), "gefalschte anmeldeseite", "gefalschten anmeldeseite", "fausse page de connexion",
		"pagina de inicio de sesion falsa", "pagina di accesso falsa", "valse inlogpagina")
	add(weakCyber("data_breach"), "web clandestin", "daten erbeutet", "erbeuteten daten")
	add(cyber(""), "cibercriminoso*", "invasao de seus servidores", "invasao dos servidores", "invasao do servidor",
		"invasao de servidores")
	add(cyber("account_compromise"), "s etaient connectes aux comptes", "se sont connectes aux comptes", "acederam as contas",
		"acessaram as contas", "contas acedidas", "invadem whatsapp", "invadiram o whatsapp", "whatsapp invadido", "assumiram a conta")
	// round 24: logins with stolen credentials, an attack whose type what was done with them tells
	add(cyber(""), "credenziali rubate", "credenciales robadas", "credenciais roubadas", "identifiants voles",
		"identifiants derobes", "gestolen inloggegevens", "gestohlene zugangsdaten")
	// round 25: unauthorised third parties and illegal access in the other languages ("un tercero no autorizado
	// accedió a una de sus bases de datos", "einen unbefugten Zugriff auf einen Server", "acceder ilegalmente al
	// sistema informático", "terceros extrajeron datos"), a compromised mailbox
	add(weakCyber("data_breach"), "tercero no autorizado", "terceros no autorizados", "terzi non autorizzati", "terceiro nao autorizado",
		"terceiros nao autorizados", "unbefugten zugriff", "unberechtigten zugriff", "unbefugte dritte", "acceso indebido", "acesso indevido")
	add(cyber("data_breach"), "extrajeron datos", "extrajeron informacion", "extrajo informacion", "extrajo datos", "acceder ilegalmente",
		"accedio ilegalmente", "accedieron ilegalmente", "acceso ilegal", "danos informaticos")
	add(weakCyber("account_compromise"), "fue comprometida", "fueron comprometidas")
	add(cyber("account_compromise"), "cuenta comprometida", "cuentas comprometidas")
	// round 25 (second stage): a hacked mailbox's inflected adjective, attackers who got in
	add(cyber(""), "gehackte", "gehackten", "gehackter", "atacantes acederam", "atacantes acessaram", "atacantes accedieron",
		"atacantes accedio")
	// round 25: accounts taken over with passwords from elsewhere, in the other languages
	add(cyber("account_compromise"), "accessi non autorizzati", "accessi fraudolenti", "acedidas por terceiros", "acessadas por terceiros",
		"palavras passe roubadas", "senhas roubadas", "senhas vazados", "invadir contas", "invadiram contas", "acessaram contas",
		"kapen online accounts", "kaapten online accounts", "gestolen wachtwoorden", "gelekte wachtwoorden", "wachtwoorden die eerder elders gelekt",
		"password rubate", "mots de passe voles", "contrasenas robadas", "gestohlene passworter")
	add(cyber(""), "cyberattack*", "cyber attack*", "cybersecurity attack*", "cyber security attack*", "cyber incident*", "cybersecurity incident", "cyber security incident",
		"cyber security breach", "hack*", "gehackt", "gehacked", "cybercriminal*", "cyber criminal*", "intrusion*", "intruder*", "network intrusion",
		"computer security breach", "hacking it incident", "infiltrat*", "threat actor*", "attacker*",
		// round 53: the French "attaque informatique" in English ("has been the object of a computer attack")
		"computer attack", "computer attacks", "computer-attack",
		// how EuRepoC and security news name an unattributed attacker
		"unknown actor*", "unidentified actor*", "malicious actor*", "cyber actor*", "malicious cyber actor*",
		// and how breach notices of the 2020s name one: "an unauthorized actor copied files"
		"unauthorized actor*", "unauthorised actor*", "criminal actor*",
		// a way in from outside: "gained remote access … through an unsecured remote desktop port"
		"remote desktop", "remote desktop protocol", "rdp", "gained remote access", "remotely accessed", "remote access trojan", "cyberattaque*", "attaque informatique", "attaques informatiques",
		"piratage*", "pirate informatique", "pirates informatiques", "pirate*",
		"pirata informatico", "piratas informaticos", "pirati informatici", "pirateria informatica", "cyberangriff*", "hackerangriff*",

		// "a social engineering attack had allowed criminals to obtain …", data "stolen from its systems and posted online"
		"social engineering attack*", "social-engineering attack*", "stolen from its systems", "stolen from its network",
		"stolen from its servers", "stolen from its computer systems", "copied from its network", "copied from its systems",
		// "Bezirkskliniken arbeiten nach Verschlüsselungsangriff mit Papierakten"; Dutch break-ins into accounts
		"breken in op", "brak in op", "braken in op", "ingebroken op", "inbreken op",
		// round 22: "onbekenden hebben zich toegang verschaft tot een server", "inbraak op een server"
		"toegang verschaft", "toegang verschaften", "zich toegang", "inbraak op server", "inbraak op een server",
		"inbraak op de server", "inbraak in de server*",
		"it angriff*", "it sicherheitsvorfall", "ciberataque*", "ataque informatico", "ataques informaticos",
		"ataque cibernetico", "ataques ciberneticos", "incidente de ciberseguridad", "ciberdelincuente*", "attacco informatico",
		"attacchi informatici", "attacco hacker", "attacchi hacker", "incidente informatico", "incidente cibernetico", "incidentes ciberneticos", "cyberaanval*", "hackaanval*", "digitale aanval",
		"ataque hacker", "ataque de hackers", "ataques hacker", "ataques de hackers", "incidente de seguranca", "incidente de ciberseguranca", "hackeado*", "hackeados",
		// round 41: the hyphenated and inverted forms of the other languages ("a subi une cyber-attaque", "Opfer eines
		// Cyber-Angriffs", "getroffen door een cyber-aanval", "un attacco cyber", "un cyberattacco") and Italian's and
		// Portuguese's other names for an intrusion ("un'incursione informatica", "una violazione informatica", "um ataque virtual")
		"cyber attaque*", "attaque cyber", "attaques cyber", "cyber angriff*", "cyber attacke*", "cyber aanval*",
		"netz attacke", "netz attacken", "netzattacke*", "hackerattacke*", "hacker attacke", "hacker attacken", "it attacke",
		"it attacken", "online attacke", "online attacken",
		"cyberattacco", "cyberattacchi", "cyber attacco", "cyber attacchi", "attacco cyber", "attacchi cyber",
		"ciber ataque*", "cyber ataque*", "ataque ciber", "ataques ciber", "ataque virtual", "ataques virtuais",
		"incursione informatica", "incursioni informatiche", "violazione informatica", "violazioni informatiche",
		"attacco ai sistemi informatici", "attacchi ai sistemi informatici", "attacco alla rete informatica",
		"apt", "defac*", "website was defaced",
		// an intrusion into the organisation's network: "notified 147,253 people after unauthorised access to
		// its network" (not "to prevent unauthorized access to its network": a corrective action)
		"unauthorized access to its network", "unauthorised access to its network", "unauthorized access to their network",
		"unauthorised access to their network", "network breach",
		// round 67: a notice in the first person ("We discovered unauthorized access to our network occurred between …")
		"unauthorized access to our network", "unauthorised access to our network", "unauthorized access to our systems",
		"unauthorised access to our systems", "unauthorized access to our computer network", "unauthorized access to our server*",
		"unauthorised access to our server*", "unauthorized access to its computer network", "unauthorised access to its computer network",
		// round 28: "discovered unauthorized access to its server" (a server, not a record, entered without leave)
		"unauthorized access to its server*", "unauthorised access to its server*", "unauthorized access to their server*",
		"unauthorised access to their server*", "unauthorized access to one of its servers", "unauthorized access to a server",
		"unauthorised access to a server",
		"breach of its network", "breach of their network", "breached its network",
		// an intruder's traces: "an unauthorized user account on a domain controller", "files copied to an external location"
		"unauthorized user account", "unauthorized user accounts", "unauthorised user account", "unauthorised user accounts",
		"unauthorized administrator account", "to an external location", "to an external server", "to an external ip address")
	add(weakCyber(""), "security incident", "security breach", "it incident", "unusual activity", "suspicious activity",
		"suspicious network activity", "unusual network activity", "suspicious network traffic",
		"security issue", "security event", "cyber event", "network incident", "cybersecurity event", "cybersecurity issue",
		"cyber security event", "cyber security issue", "it security event", "cybersecurity matter", "cyber security matter",
		"security matter", "cybersecurity situation", "network security matter",
		// round 56: "We have experienced an electronic security threat to our computer systems"
		"electronic security threat", "security threat to our computer systems", "security threat to its computer systems",
		"anomalous activity", "compromised", "compromise", "breached", "cyber*",
		"ciberseguranca") // cybersecurity, not an attack: "formação em cibersegurança" (round 24)
	// Non-cyber breaches: the hard negatives of breach portals.
	// Non-cyber breaches: the hard negatives of breach portals. Strong
	// words say by themselves that no attacker was involved (a laptop, mail,
	// a dumpster, a snooping employee); weak ones (stolen, theft, lost) are
	// also said of data that hackers took.
	// intruders who walked in: "Unknown intruders entered the … locked server room after hours and removed a backup drive"
	// an intruder in the network is no burglar: "an intruder entered its network through the office of a third-party provider"
	add(cyber(""), "intruder entered its network", "intruders entered its network", "intruder entered the network",
		"intruders entered the network", "intruder entered its systems", "intruders entered its systems",
		"intruder entered its computer network", "intruders entered its computer network")
	// data sent abroad by an attacker: "data may have been sent to IP addresses in China"
	add(cyber(""), "sent to ip addresses", "sent to an ip address", "transmitted to ip addresses", "transferred to ip addresses",
		"exfiltrated to ip addresses")
	add(term{kind: kLoss}, "intruders entered", "intruder entered", "intruders broke into the", "intruder broke into the")
	add(term{kind: kLoss}, "laptop", "laptops", "stolen laptop", "burglar*", "break in", "break ins", "broke into", "broken into", "breaking into",
		"breaks into", "car", "vehicle",
		// round 64: "A journal … was taken from her automobile"; not the "Automobile Club d'Italia"
		"her automobile", "his automobile", "their automobile", "employee s automobile", "from an automobile",
		"from the automobile", "the automobile was", "tablet computer", "tablet computers", "stolen tablet", "tablet was stolen",
		"tablets were stolen", "ipad", "ipads", "smartphone was stolen", "cell phone was stolen", "mobile phone was stolen",
		"misdirected", "mailing error", "mailed to the wrong", "sent to the wrong", "envelope*", "postcard*", "fax", "faxed", "improper disposal",
		"improperly disposed", "disposed", "dumpster", "trash", "recycl*", "shred*", "paper records", "paper documents",
		"snoop*", "insider", "employee accessed", "former employee", "backup tape*", "usb", "flash drive", "thumb drive",
		"hard drive", "external hard drive", "misplaced", "went missing", "gone missing", "been missing", "was missing", "were missing", "robbery", "desktop computer", "computers were stolen",
		"office was burglarized", "impermissible disclosure",
		"skimm*", "wrong address*", "wrong recipient*", "printing error",
		"vandalism", // round 67: "vandalism at stores … resulted in the loss of some patient information"
		// round 69: data a website's trackers sent to advertisers, no attacker ("the way Google Analytics online
		// tracking tools were configured on the insurer's websites")
		"online tracking technolog*", "use of tracking technolog*", "tracking technologies on", "tracking technology on",
		"website tracking", "tracking pixel*", "meta pixel", "pixel tracking", "google analytics", "tracking tool*", "tracking code*",
		// round 28: "mailed billing statements to the wrong patients", "handed to the wrong patients"
		"to the wrong patient*", "to the wrong member*", "to the wrong individual*", "handed to the wrong", "given to the wrong",
		"ordinateur portable", "par erreur", "einbruch", "portatil", "portatile", "por error", "per errore", "per ongeluk",
		"verkeerde adres*", "an falsche", "falsche empfanger", "falschen empfanger", "falsch zugestellt", "fehlversand",
		"mauvais destinataire*", "mauvaise adresse", "destinatario equivocado", "destinatarios equivocados",
		"direccion equivocada", "destinatario sbagliato", "destinatari sbagliati", "indirizzo sbagliato",
		"destinatario errado", "destinatarios errados", "endereco errado",
		// insiders: snooping and misuse by the organisation's own staff
		"misused", "misusing", "photograph*", "without a business need",
		"out of curiosity", "workforce member accessed",
		// round 53: "a staff nurse … had inappropriately accessed the records … outside of her role"
		"inappropriately accessed", "inappropriately accessing", "inappropriately viewed", "inappropriately viewing",
		"outside of her role", "outside of his role", "outside her role", "outside his role", "without a legitimate reason",
		// round 46: staff reading records in the other languages ("tientallen medewerkers hebben het medisch dossier
		// ingezien", "jarenlang onrechtmatig medische dossiers … bekeken")
		"dossier ingezien", "dossiers ingezien", "dossier bekeken", "dossiers bekeken", "ongeoorloofd het medisch dossier",
		"ongeoorloofd het dossier", "ongeoorloofd medische dossiers", "onrechtmatig medische dossiers", "onrechtmatig het dossier",
		"onrechtmatig het medisch dossier", "ingekeken", "grasduinen", "gegluurd", "unbefugt eingesehen", "unberechtigt eingesehen", "unerlaubt eingesehen",
		"akten eingesehen", "patientenakten eingesehen", "consulte illegalement", "consultes illegalement",
		"consultation illegale", "consultations illegales", "consulte sans autorisation", "consultes sans autorisation",
		"consultado indebidamente", "consultados indebidamente", "consultato indebitamente", "consultati indebitamente",
		"consultazioni indebite", "consultou indevidamente", "consultados indevidamente",
		// round 49: "en consultant sans autorisation des dossiers médicaux", "hors de son contexte professionnel"
		"consultant sans autorisation", "consulter sans autorisation", "consulte sans y etre autorise", "hors de son contexte professionnel",
		"senza alcuna ragione di servizio", "per finalita estranee",
		// round 48: "Medewerker … bekeek onbevoegd 95 patiëntendossiers", "heeft 95 patiëntendossiers ingezien zonder dat
		// hij hiertoe bevoegd was"
		"bekeek onbevoegd", "onbevoegd ingezien", "onbevoegd bekeken", "onbevoegd inzien", "patientendossiers ingezien",
		"patientendossiers bekeken", "zonder dat hij hiertoe bevoegd", "zonder dat zij hiertoe bevoegd")
	add(term{kind: kLoss, weak: true}, "intrusion upon seclusion", "intrusion upon the seclusion", "intrusion into seclusion", // a privacy tort, not a network intrusion
		"mailed", "mailing", "mail", "lost", "loss", "theft", "stolen from", "unencrypted", "tape*", "portable", "cd",
		"cds", "disk", "disks", "inadvertently", "accidentally", "mistakenly", "erroneously", "stolen", "vol", "perdu",
		"gestohlen", "entwendet", "diebstahl", "verloren", "robo", "robado", "extraviado", "furto", "furtado", "rubato",
		"smarrito", "roubo", "roubado", "diefstal", "gestolen", "kwijtgeraakt")
	// Biological viruses and other health news.
	add(term{kind: kBio}, "virus", "viruses", "flu", "influenza", "infection*", "infectious", "outbreak*", "ebola", "zika",
		"measles", "epidemic*", "pandemic*", "coronavirus", "hiv", "bacteria*", "disease*", "cancer", "diabetes", "obesity",
		"grippe*", "griep*", "epidemie*", "maladie*", "krankheit*", "seuche*", "enfermedad*", "brote", "malattia", "epidemia", "doenca*",
		"surto", "ziekte*", "uitbraak", "heart", "study", "studies", "diet", "weight", "pregnan*", "kids", "children")
	// Places and names the prefixes above would misread.
	// Everyday senses of attack words: "holding patients to ransom", "a
	// hacking cough", "nurses hacked off", "Trojan condoms".
	// access lost to systems, not a device lost: "ambulance services lost access to their electronic patient records"
	add(term{kind: kPlace}, "lost access", "losing access", "lose access", "loses access")
	// round 51: a building's alarm, not a network's intruder ("CCTV and fire and intruder alarms were already in place")
	add(term{kind: kPlace}, "intruder alarm*", "burglar alarm*")
	// round 68: the fate of taken data in a notice or a settlement, not an insider's misuse ("no reason to believe
	// that any of your information was accessed or misused"); an employee who "misused" records stays a loss
	add(term{kind: kPlace}, "been misused", "be misused", "was misused", "were misused", "or misused")
	// round 44: a car in a road accident or a parking, not one something was stolen from ("after someone was hit
	// by a car Sunday", "the hospital's car park")
	add(term{kind: kPlace}, "hit by a car", "struck by a car", "car accident*", "car crash*", "car park", "car parks",
		"car parking")
	add(term{kind: kPlace}, "to ransom", "hacking cough", "hacked off", "trojan condom*", "hackathon*",
		// a device, not a portable storage; a rescue, not a ransom ("estratégia de resgate" of a vaccination)
		"portable oxygen", "estrategia de resgate", "vacinacao de resgate", "resgate vacinal", "operacao de resgate",
		"equipe de resgate", "equipes de resgate", "helicoptero de resgate", "servico de resgate",
		// photographs as records a hacked server held, not an insider's snapshots
		"clinical photograph*", "medical photograph*", "patient photograph*", "wound photograph*", "intraoral photograph*",
		// round 27: a cell therapy biotech firms make ("CAR-T therapies"), not a car something was stolen from
		"car t")
	// Care, treatment, recovery and diagnostics outside health: "a child
	// care center", "a water treatment center", "data recovery services",
	// "vehicle diagnostics", "utility billing", "career counseling".
	add(term{kind: kPlace}, "child care", "childcare", "day care", "daycare", "customer care", "pet care", "auto care",
		"lawn care", "skin care", "water treatment", "wastewater treatment", "treatment plant", "data recovery",
		"disaster recovery", "vehicle diagnostics", "auto diagnostics", "car diagnostics", "engine diagnostics",
		"utility billing", "law practice management", "legal practice management", "career counseling",
		"career counselling", "credit counseling", "financial counseling", "united methodist", "hospitality",
		"collision care", "client care", "member care", "guest care", "fleet care", "garment care", "car care",
		"home care cleaning", "document imaging", "fleet diagnostics", "structural diagnostics", "network diagnostics",
		"orthophoto*", "cpa practice management", "tax practice management", "accounting practice management",
		// round 27: a university's legal clinic ("Phishing compromise at Irish university's law clinic")
		"law clinic*", "legal clinic*", "legal aid clinic*", "tax clinic*")
	add(term{kind: kPlace}, "hackensack", "hackettstown", "hackney", "hackley", "hackberry", "backdoor entrance",
		"back door entrance", "backdoor of the office")
	// Cyber agencies comment on attacks; their names tell of none.
	add(term{kind: kPlace}, "national cyber security centre", "national cyber security center", "nationaal cyber security centrum",
		"cyber security centre", "cyber security center", "cyber security agency", "cybersecurity agency", "cyber command",
		// and cybersecurity firms report what others did: "learned from a cybersecurity firm that a bucket was open"
		"cybersecurity firm*", "cyber security firm*", "cybersecurity compan*", "cyber security compan*",
		"cybersecurity researcher*", "cyber security researcher*", "cybersecurity expert*", "cyber security expert*",
		"cybersecurity vendor*", "cybersecurity consultant*", "cybersecurity analyst*")
	// Animals' doctors are no health organisation; a health number on an
	// ID card names no health organisation attacked ("Medicare card numbers"
	// stolen from a telecom).
	// water and sewer works: "Obras Sanitarias del Estado"
	add(term{kind: kPlace}, "obras sanitarias")
	add(term{kind: kPlace}, "animal hospital*", "veterinary*", "veterinary clinic*", "veterinary hospital*", "veterinary practice*",
		"veterinarian*", "vet clinic*", "pet hospital*", "animal care", "pet clinic*", "animal medical center*",
		"animal clinic*", "tierklinik*", "kleintierklinik*", "pferdeklinik*", "tierspital*", "tierkrankenhaus*", "dierenkliniek*",
		"dierenziekenhuis*", "services veterinaires", "fournisseur de services veterinaires", "clinique veterinaire*",
		"cliniques veterinaires", "clinica veterinaria", "clinicas veterinarias", "cliniche veterinarie", "dierenarts*",
		"tierarzt*", "tierarztpraxis*", "medicare card*", "medicare number*", "medicaid number*", "medicaid id", "medicaid ids")
	// Defences, which breach records list among corrective actions
	// ("installed anti-malware software", "intrusion detection systems").
	add(term{kind: kPlace}, "anti malware", "antimalware", "anti virus", "antivirus", "anti spyware", "antispyware",
		"intrusion detection", "intrusion prevention", "intrusion alarm*", "intrusion alert system*", "malware protection", "malware detection", "malware removal",
		"spyware removal", "virus protection", "phishing training", "phishing awareness", "phishing simulation",
		// round 25: defences against phishing in the other languages ("forma 3.000 profissionais contra o phishing")
		"contra o phishing", "contra el phishing", "contre le phishing", "contre l hameconnage", "gegen phishing", "contro il phishing",
		"tegen phishing", "against phishing", "simulacoes de phishing", "simulaciones de phishing", "simulations de phishing",
		"formacao em ciberseguranca", "formacion en ciberseguridad", "formation a la cybersecurite", "formazione sulla sicurezza informatica",
		"phishing simulations", "phishing test", "phishing tests", "phishing exercise", "phishing exercises",
		"ransomware protection", "ransomware preparedness", "hacking attempts", "ethical hacking", "ethical hacker*",
		"penetration test*", "pen test*", "red team*",
		// spam that sells pills names no pharmacy as a victim; an online pharmacy itself may be one (round 25:
		// "Online pharmacy customers warned after card-skimming code found on website")
		"pharmacy spam", "pharma spam", "rogue pharmacy", "rogue pharmacies", "rogue online pharmac*", "illegal online pharmac*",
		"fake online pharmac*", "online pharmacy spam", "fake pharmacy", "fake pharmacies", "pharmacy scam*",
		// a cannabis shop is no health organisation (round 52: "dispensary" is a pharmacy's word)
		"cannabis dispensar*", "marijuana dispensar*", "pot dispensar*",
		// a car that is no place of theft
		"car insurance", "car insurer*", "car rental*", "car maker*", "carmaker*", "car dealer*", "car manufacturer*",
		// events and tips that borrow the word
		"hackathon*", "life hack*", "hacking medicine", "hacking health", "health hack*", "sleep hack*", "diet hack*",
		// care on paper during an outage, not paper records lost
		"to paper records", "on paper records", "using paper records", "use paper records", "with paper records",
		"onto paper records", "onto paper", "back to paper",
		// notifying the people whose data was taken, not misdirected mail
		"mailing letters", "mailing notification letters", "mailed notification letters", "notification letters",
		"to paper documents", "to paper charts",
		// violence
		"hacked to death", "hacking to death", "hacked him", "hacked her",
		// metaphors: a policy's hidden aim, not malware
		"trojan horse", "trojan horses", "backdoor privatisation", "backdoor privatization", "through the backdoor",
		"by the backdoor", "through the back door", "by the back door", "a backdoor to cuts")
	// a hacker who reports what she found, not who broke in: "Ethisch hacker vindt lek in patiëntenportaal"
	add(term{kind: kVuln}, "ethical hacker*", "ethisch hacker*", "ethische hacker*", "hacker etico", "hacker eticos",
		"hacker ethique", "hackers ethiques", "white hat hacker*", "white hat")
	add(term{kind: kVuln}, "vulnerabilit*", "patch*", "patched", "security update*", "flaw*", "bug", "bugs", "zero day",
		"proof of concept", "researchers", "researcher", "cve", "exploit", "exploits", "security advisory", "update",
		"sicherheitslucke*", "faille*", "vulnerabilidad*", "vulnerabilita", "kwetsbaarhe*",
		"schwachstelle*", "sicherheitsforscher*", "vulnerabilidade*", // round 51: "Schwachstellen … bei Infusionspumpen"
		// a risk or a recall is no attack: "Medtronic recalls insulin pumps over hacking risk"
		"hacking risk", "hacking risks", "cyber risk", "cyber risks", "cybersecurity risk", "cybersecurity risks",
		"security risk", "security risks", "risk of hacking", "vulnerable to hacking", "vulnerable to hackers",
		"hackable", "recall", "recalls", "recalled", "recalling", "firmware update",
		// round 57: the same in the other languages ("Medtronic ha urgentemente richiamato i telecomandi … a causa dei
		// rischi per la sicurezza informatica")
		"richiamato", "richiamati", "richiamate", "ruckruf", "ruckrufe", "ruckrufaktion", "zuruckgerufen", "teruggeroepen",
		"terugroepactie", "terugroepen", "rischi per la sicurezza informatica", "rischio per la sicurezza informatica",
		"risques de cybersecurite", "risque de cybersecurite", "riesgos de ciberseguridad", "riesgo de ciberseguridad",
		"riscos de ciberseguranca", "risco de ciberseguranca", "cybersicherheitsrisiken", "cybersicherheitsrisiko",
		// advice to be ready: "urging hospitals … to prepare for cyberattacks"
		"prepare for cyberattacks", "prepare for a cyberattack", "prepare for cyber attacks", "prepare for a cyber attack",
		"sentinel event alert")
	return m
}

// newTermLexicon builds the matcher over lexicon().
func newTermLexicon() *text.Lexicon[term] { return text.NewLexicon(lexicon()) }
