package lsh

import (
	"strings"
	"testing"
)

func TestQueryFindsNearDuplicatesOnly(t *testing.T) {
	t.Parallel()
	ix := New(10, 3, 32)
	docs := []string{
		"hackers encrypted the systems of riverside general hospital on sunday forcing ambulance diversion and cancelled surgeries",
		"the state health department reported a phishing campaign against clinic staff mailboxes across the county last week",
	}
	for i, d := range docs {
		ix.Add(uint32(i), ix.Keys(WordShingles(strings.Fields(d), 2)))
	}
	reworded := "hackers encrypted the systems of riverside general hospital on sunday forcing ambulance diversion and cancelled appointments"
	hits := ix.Query(ix.Keys(WordShingles(strings.Fields(reworded), 2)))
	if len(hits) == 0 || hits[0].ID != 0 {
		t.Fatalf("reworded doc 0: hits %+v, want doc 0 first", hits)
	}
	for _, h := range hits {
		if h.ID == 1 {
			t.Errorf("unrelated doc 1 found: %+v", h)
		}
	}
	if got := ix.Query(ix.Keys(WordShingles(strings.Fields("completely different words about football results"), 2))); len(got) != 0 {
		t.Errorf("unrelated query: hits %+v, want none", got)
	}
}

func TestKeysAreDeterministic(t *testing.T) {
	t.Parallel()
	a, b := New(6, 2, 8), New(6, 2, 8)
	s := CharShingles("saint_marys_hospital", 3)
	ka, kb := a.Keys(s), b.Keys(s)
	for i := range ka {
		if ka[i] != kb[i] {
			t.Fatalf("band %d: %x vs %x from two indexes", i, ka[i], kb[i])
		}
	}
	if a.Keys(nil) != nil {
		t.Error("Keys(nil) should be nil")
	}
}

func TestBucketScanIsBounded(t *testing.T) {
	t.Parallel()
	ix := New(2, 1, 5)
	keys := ix.Keys(CharShingles("same", 3))
	for i := range 100 {
		ix.Add(uint32(i), keys)
	}
	hits := ix.Query(keys)
	if len(hits) != 5 {
		t.Fatalf("got %d hits, want the 5 newest", len(hits))
	}
	if hits[0].ID != 95 || hits[0].Bands != 2 {
		t.Errorf("first hit %+v, want id 95 in 2 bands", hits[0])
	}
}
