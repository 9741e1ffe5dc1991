package classify

import "github.com/cit-health/cit/pkg/classify/text"

// actor is a known threat actor: its canonical name, whether it is a
// ransomware operation, and whether its aliases are common words that need
// a nearby "ransomware/group/gang" word to count.
type actor struct {
	name      string
	ransom    bool
	ambiguous bool
}

// actors maps aliases (folded) to known ransomware and state-linked groups.
func actors() map[string]actor {
	m := map[string]actor{}
	add := func(a actor, aliases ...string) {
		for _, s := range aliases {
			m[s] = a
		}
	}
	r := func(name string) actor { return actor{name: name, ransom: true} }
	amb := func(name string, ransom bool) actor { return actor{name: name, ransom: ransom, ambiguous: true} }
	s := func(name string) actor { return actor{name: name} }
	add(r("LockBit"), "lockbit", "lockbit 2.0", "lockbit 3.0", "lockbit black", "lockbitsupp", "lockbit2", "lockbit3")
	add(r("BlackCat/ALPHV"), "blackcat", "alphv", "noberus", "black cat")
	add(r("Cl0p"), "cl0p", "clop", "ta505")
	add(r("Conti"), "conti")
	add(amb("Hive", true), "hive")
	add(r("Hive"), "hiveleak", "hiveleaks")
	add(r("Rhysida"), "rhysida")
	add(r("HelloKitty"), "hellokitty", "fivehands") // round 50: "HelloKitty, a Ukrainian hacking group"
	add(amb("HelloKitty", true), "hello kitty")     // "3.3 million Hello Kitty fans" are no gang's
	add(r("BianLian"), "bianlian", "bian lian")
	add(r("Vice Society"), "vice society", "vicesociety")
	add(r("Ryuk"), "ryuk")
	add(r("REvil"), "revil", "sodinokibi")
	add(amb("Maze", true), "maze")
	add(r("DoppelPaymer"), "doppelpaymer")
	add(r("Black Basta"), "black basta", "blackbasta")
	add(amb("Royal", true), "royal")
	add(r("BlackSuit"), "blacksuit")
	add(amb("Akira", true), "akira")
	add(amb("Play", true), "play")
	add(amb("Medusa", true), "medusa", "medusalocker")
	add(r("Qilin"), "qilin", "agenda ransomware")
	add(amb("Cuba", true), "cuba")
	add(r("Karakurt"), "karakurt")
	add(r("Daixin Team"), "daixin", "daixin team")
	add(r("SamSam"), "samsam")
	add(r("WannaCry"), "wannacry", "wanna cry", "wannacrypt", "wanna decryptor", "wanacrypt0r", "wanacryptor", "wanadecryptor")
	add(r("NotPetya"), "notpetya", "not petya")
	add(r("Babuk"), "babuk")
	add(r("Avaddon"), "avaddon")
	add(r("Pysa"), "pysa", "mespinoza")
	add(amb("Snatch", true), "snatch")
	add(r("RansomHub"), "ransomhub")
	add(amb("Everest", true), "everest")
	add(r("Hunters International"), "hunters international", "huntersinternational")
	add(r("8Base"), "8base")
	add(r("NetWalker"), "netwalker")
	add(r("Ragnar Locker"), "ragnar locker", "ragnarlocker")
	// FireEye/Mandiant's financially motivated groups: FIN12 ran Ryuk against hospitals
	add(s("FIN6"), "fin6")
	add(s("FIN7"), "fin7", "carbanak")
	add(s("FIN8"), "fin8")
	add(s("FIN10"), "fin10")
	add(s("FIN11"), "fin11")
	add(r("FIN12"), "fin12")
	add(r("Egregor"), "egregor")
	add(r("Mount Locker"), "mount locker", "mountlocker")
	add(r("Sekhmet"), "sekhmet")
	add(r("INC Ransom"), "inc ransom", "incransom")
	add(r("Money Message"), "money message", "moneymessage")
	add(r("NoEscape"), "noescape")
	add(r("Lorenz"), "lorenz ransomware", "lorenz group", "lorenz gang")
	add(r("Quantum"), "quantum ransomware")
	add(r("Karma"), "karma ransomware")
	add(r("Desorden"), "desorden")
	add(s("Lazarus"), "lazarus", "lazarus group", "hidden cobra", "apt38", "diamond sleet")
	add(r("DarkSide"), "darkside")
	add(r("BlackMatter"), "blackmatter")
	add(r("BlackByte"), "blackbyte")
	add(r("RansomEXX"), "ransomexx", "defray777")
	add(r("RansomHouse"), "ransomhouse")
	add(r("Trigona"), "trigona")
	add(r("Nokoyawa"), "nokoyawa")
	add(r("LockerGoga"), "lockergoga")
	add(r("Phobos"), "phobos")
	add(r("Mallox"), "mallox", "targetcompany")
	add(amb("Cactus", true), "cactus")
	add(s("APT27"), "apt27", "apt 27", "emissary panda", "luckymouse", "iron tiger")
	add(s("APT32"), "apt32", "apt 32", "oceanlotus", "ocean lotus")
	add(s("Gamaredon"), "gamaredon", "primitive bear")
	add(s("Mustang Panda"), "mustang panda")
	add(s("APT41"), "apt41", "apt 41", "double dragon", "winnti", "wicked panda")
	add(s("APT29"), "apt29", "apt 29", "cozy bear", "nobelium", "midnight blizzard", "the dukes")
	add(s("APT28"), "apt28", "apt 28", "fancy bear", "sofacy", "forest blizzard", "tsar team", "pawn storm", "sednit")
	add(s("APT10"), "apt10", "apt 10", "menupass", "stone panda")
	add(s("APT40"), "apt40", "apt 40")
	add(s("Kimsuky"), "kimsuky", "velvet chollima")
	add(s("Andariel"), "andariel", "onyx sleet")
	add(s("Charming Kitten"), "charming kitten", "apt35", "apt 35", "mint sandstorm")
	add(s("MuddyWater"), "muddywater")
	add(s("Sandworm"), "sandworm", "voodoo bear")
	add(s("Turla"), "turla")
	add(s("Killnet"), "killnet")
	add(s("Anonymous Sudan"), "anonymous sudan")
	add(s("NoName057(16)"), "noname057", "noname057 16")
	add(s("Scattered Spider"), "scattered spider", "octo tempest", "unc3944")
	add(s("Lapsus$"), "lapsus", "lapsus$")
	add(s("ShinyHunters"), "shinyhunters")
	add(s("SiegedSec"), "siegedsec")
	add(s("Industrial Spy"), "industrial spy") // a data extortion marketplace
	add(s("Anonymous"), "anonymous hackers", "anonymous collective")
	add(amb("Anonymous", false), "anonymous")
	add(s("Syrian Electronic Army"), "syrian electronic army")
	add(s("Equation Group"), "equation group")
	add(s("APT1"), "apt1", "comment crew")
	add(s("Deep Panda"), "deep panda", "apt19")
	// Groups active against health organisations in 2014–2019 and since 2024.
	add(amb("Interlock", true), "interlock")
	add(amb("Embargo", true), "embargo")
	add(r("SafePay"), "safepay")
	add(r("DragonForce"), "dragonforce", "dragon force")
	add(amb("Lynx", true), "lynx")
	add(amb("Fog", true), "fog")
	add(amb("Termite", true), "termite")
	add(r("Cicada3301"), "cicada3301", "cicada 3301")
	add(r("Space Bears"), "space bears", "spacebears")
	add(r("BlackLock"), "blacklock", "eldorado ransomware")
	add(r("Brain Cipher"), "brain cipher", "braincipher")
	add(amb("Monti", true), "monti")
	add(r("Ransomed.vc"), "ransomed vc", "ransomedvc")
	add(r("Stormous"), "stormous")
	add(r("Gunra"), "gunra")
	add(r("Crypto24"), "crypto24")
	add(r("Hellcat"), "hellcat")
	add(r("FunkSec"), "funksec")
	add(r("KillSec"), "killsec")
	add(r("Dispossessor"), "dispossessor")
	add(r("Mogilevich"), "mogilevich")
	add(r("Zeppelin"), "zeppelin ransomware")
	add(r("BitPaymer"), "bitpaymer")
	add(r("GandCrab"), "gandcrab")
	add(r("Locky"), "locky")
	add(r("Cerber"), "cerber")
	add(r("CryptoLocker"), "cryptolocker")
	add(r("CryptoWall"), "cryptowall")
	add(r("TeslaCrypt"), "teslacrypt")
	add(r("RobbinHood"), "robbinhood") // round 28: Baltimore's 2019 ransomware, read as a victim's name
	add(r("WastedLocker"), "wastedlocker")
	add(r("MegaCortex"), "megacortex")
	add(r("Dharma"), "dharma ransomware", "crysis ransomware")
	add(r("Bad Rabbit"), "bad rabbit", "badrabbit")
	add(s("TheDarkOverlord"), "the dark overlord", "thedarkoverlord", "dark overlord")
	add(s("Orangeworm"), "orangeworm")
	add(s("APT18"), "apt18", "apt 18", "dynamite panda", "wekby")
	add(s("Black Vine"), "black vine")
	add(s("Volt Typhoon"), "volt typhoon")
	add(s("Salt Typhoon"), "salt typhoon")
	add(s("APT45"), "apt45", "apt 45")
	add(s("Moonstone Sleet"), "moonstone sleet")
	add(s("CyberAv3ngers"), "cyberav3ngers", "cyber av3ngers")
	add(s("Cyber Army of Russia Reborn"), "cyber army of russia reborn", "cyber army of russia")
	add(s("Handala"), "handala")
	add(s("HomeLand Justice"), "homeland justice")
	add(s("Malek Team"), "malek team")
	add(s("Guacamaya"), "guacamaya")
	add(s("IntelBroker"), "intelbroker")
	add(s("LulzSec"), "lulzsec")
	// hacktivists of the wars since 2022 and of the Middle East, who leak
	// and disrupt health bodies too
	add(s("Belarusian Cyber Partisans"), "cyber partisans", "belarusian cyber partisans")
	add(s("IT Army of Ukraine"), "it army of ukraine")
	add(s("GhostSec"), "ghostsec")
	add(s("XakNet"), "xaknet")
	add(s("Anonymous Russia"), "anonymous russia")
	add(s("Mysterious Team Bangladesh"), "mysterious team bangladesh")
	add(s("Team Insane PK"), "team insane pk", "team insane")
	add(s("Black Shadow"), "black shadow")
	add(s("Moses Staff"), "moses staff")
	add(s("Predatory Sparrow"), "predatory sparrow", "gonjeshke darande")
	add(s("Cyber Toufan"), "cyber toufan")
	add(s("UserSec"), "usersec")
	return m
}

// groupWords make an ambiguous alias a threat actor when adjacent.
func isGroupWord(s string) bool {
	switch s {
	case "ransomware", "group", "gang", "hackers", "hacker", "team", "operators", "operation", "affiliate", "affiliates",
		"ransomware-gruppe", "gruppe", "groupe", "grupo", "gruppo", "groep", "bende", "bande", "cybergang":
		return true
	}
	return false
}

// countsAsActor reports whether hit h of the actor lexicon names the actor:
// an unambiguous alias always; an alias that is also a common word (Hive,
// Play, Royal, Anonymous…) when capitalised and next to a group word ("Play
// ransomware", "the Hive gang") or followed by a claim or attack verb
// ("Akira claims attack on…", "Anonymous leaks Russian Ministry of Health
// data").
func countsAsActor(toks []text.Token, h text.Hit[actor]) bool {
	if !toks[h.First].Upper && h.First > 0 && !toks[h.First].Break && romanceDeterminer(toks[h.First-1].Norm) {
		return false // a common noun: "fa i conti con il blocco", "su conti esteri" (round 46)
	}
	if !h.Value.ambiguous {
		return true
	}
	if !toks[h.First].Upper {
		return false
	}
	next := ""
	if h.Last+1 < len(toks) && !toks[h.Last+1].Break {
		next = toks[h.Last+1].Norm
	}
	return isGroupWord(next) || claimVerb(next) || (h.First > 0 && isGroupWord(toks[h.First-1].Norm))
}

// romanceDeterminer is an article, a preposition with its article or a
// determiner of the Romance languages before a plural noun: "i", "ai",
// "dei", "su", "altri", "les", "los", "os".
func romanceDeterminer(s string) bool {
	switch s {
	case "i", "ai", "dei", "sui", "su", "nei", "coi", "dai", "gli", "degli", "agli", "suoi", "altri", "propri", "loro",
		"les", "des", "aux", "los", "las", "os", "as", "dos", "das", "nos", "nas", "aos":
		return true
	}
	return false
}

// claimVerb is what a threat actor does in a headline.
func claimVerb(s string) bool {
	switch s {
	case "claims", "claimed", "leaks", "leaked", "hacks", "hacked", "defaces", "defaced", "targets", "targeted",
		"attacks", "attacked", "posts", "posted", "lists", "listed", "publishes", "published", "threatens",
		"threatened", "demands", "demanded", "breaches", "breached":
		return true
	}
	return false
}

// findActor returns the first known threat actor in the tokens.
func findActor(lex *text.Lexicon[actor], toks []text.Token) (actor, text.Hit[actor], bool) {
	for _, h := range lex.Find(toks) {
		if countsAsActor(toks, h) {
			return h.Value, h, true
		}
	}
	return actor{}, text.Hit[actor]{}, false
}
