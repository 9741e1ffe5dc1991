// Package lsh is a banded MinHash locality-sensitive-hashing index with
// hash-map buckets, for finding near-duplicate sets (of word or character
// shingles) in a store that only grows.
//
// A signature of Bands×Rows minimum hashes is cut into Bands bands; each band
// hashes to one bucket key. Two sets whose Jaccard similarity is s share at
// least one bucket with probability 1-(1-s^Rows)^Bands. Buckets are linked
// lists threaded through two flat slices, newest first, and a lookup walks at
// most MaxPerBucket entries of each bucket, so its cost does not grow with the
// store. Hashing is seeded with fixed constants: the same input gives the same
// keys in every process. An Index is not safe for concurrent use.
package lsh

import (
	"cmp"
	"hash/fnv"
	"slices"
)

// Index maps band keys to the ids added under them.
type Index struct {
	bands, rows  int
	maxPerBucket int
	seeds        []uint64
	head         map[uint64]int32 // band key → newest entry
	next         []int32          // entry → older entry in the same bucket, -1 at the end
	ids          []uint32         // entry → id
}

// New returns an empty index with bands×rows hashes per signature; a lookup
// reads at most maxPerBucket ids from each bucket (the newest ones).
func New(bands, rows, maxPerBucket int) *Index {
	seeds := make([]uint64, bands*rows)
	state := uint64(0x9e3779b97f4a7c15)
	for i := range seeds {
		state = splitmix(state)
		seeds[i] = state
	}
	return &Index{bands: bands, rows: rows, maxPerBucket: maxPerBucket, seeds: seeds, head: make(map[uint64]int32)}
}

// Len returns how many (band key, id) entries the index holds.
func (ix *Index) Len() int { return len(ix.ids) }

// Keys returns the band keys of a set of shingle hashes, nil for an empty set.
func (ix *Index) Keys(shingles []uint64) []uint64 {
	if len(shingles) == 0 {
		return nil
	}
	keys := make([]uint64, ix.bands)
	for b := range ix.bands {
		h := splitmix(uint64(b) + 1)
		for r := range ix.rows {
			seed := ix.seeds[b*ix.rows+r]
			minimum := ^uint64(0)
			for _, s := range shingles {
				if v := splitmix(s ^ seed); v < minimum {
					minimum = v
				}
			}
			h = splitmix(h ^ minimum)
		}
		keys[b] = h
	}
	return keys
}

// Add files id under every band key. Adding the same (key, id) twice is
// harmless: Query counts an id once per band.
func (ix *Index) Add(id uint32, keys []uint64) {
	for _, k := range keys {
		prev, ok := ix.head[k]
		if !ok {
			prev = -1
		}
		ix.head[k] = int32(len(ix.ids))
		ix.next = append(ix.next, prev)
		ix.ids = append(ix.ids, id)
	}
}

// Hit is an id found by Query and the number of bands it shares with the
// query: Bands/total estimates how alike the two sets are.
type Hit struct {
	ID    uint32
	Bands int
}

// Query returns the ids sharing at least one band with keys, ordered by
// decreasing shared bands then increasing id. An id is counted once per band.
func (ix *Index) Query(keys []uint64) []Hit {
	counts := make(map[uint32]int)
	var inBand []uint32
	for _, k := range keys {
		inBand = inBand[:0]
		e, ok := ix.head[k]
		for seen := 0; ok && e >= 0 && seen < ix.maxPerBucket; seen++ {
			if id := ix.ids[e]; !slices.Contains(inBand, id) {
				inBand = append(inBand, id)
				counts[id]++
			}
			e = ix.next[e]
		}
	}
	hits := make([]Hit, 0, len(counts))
	for id, n := range counts {
		hits = append(hits, Hit{ID: id, Bands: n})
	}
	slices.SortFunc(hits, func(a, b Hit) int {
		if a.Bands != b.Bands {
			return b.Bands - a.Bands
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return hits
}

// Bands returns the number of bands per signature.
func (ix *Index) Bands() int { return ix.bands }

// HashString hashes a shingle with 64-bit FNV-1a.
func HashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// WordShingles hashes every run of k consecutive words (the whole list when
// it is shorter than k), without repeats.
func WordShingles(words []string, k int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	if len(words) < k {
		k = len(words)
	}
	out := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		h := uint64(0xcbf29ce484222325)
		for _, w := range words[i : i+k] {
			h = splitmix(h ^ HashString(w))
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// CharShingles hashes every run of k consecutive bytes of s (s itself when
// shorter), without repeats.
func CharShingles(s string, k int) []uint64 {
	if s == "" {
		return nil
	}
	if len(s) < k {
		return []uint64{HashString(s)}
	}
	out := make([]uint64, 0, len(s)-k+1)
	for i := 0; i+k <= len(s); i++ {
		out = append(out, HashString(s[i:i+k]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// splitmix is the SplitMix64 finaliser: a fast, well-mixed 64-bit hash.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
