package dedup

import "testing"

// TestGermanInIsNoTown: German capitalises its nouns, so "weiterhin in
// Analyse" places the victim nowhere, and two reports of one clinic, one
// of them "in Mittelfranken", do not conflict (round 35).
func TestGermanInIsNoTown(t *testing.T) {
	t.Parallel()
	if got := localities("Kreisklinik Oberried nach Cyberangriff weiterhin in Analyse.", true); len(got) != 0 {
		t.Errorf("German localities = %v, want none", got)
	}
	first := news("br-1", "br.de", "de", "", "Hackerangriff auf Kreisklinik Oberried",
		"Unbekannte haben das IT-Netzwerk der Kreisklinik Oberried in Mittelfranken angegriffen.", "Kreisklinik Oberried", "")
	later := news("nn-1", "nn.de", "de", "", "Kreisklinik Oberried nach Cyberangriff weiterhin in Analyse",
		"Die IT-Systeme der Kreisklinik Oberried werden bald wiederhergestellt, die Patientensicherheit ist gewährleistet.",
		"Kreisklinik Oberried", "")
	e := NewEngine(Options{})
	a := e.Add(first, now)
	if d := e.Add(later, now); d.IncidentID != a.IncidentID || hasRule(d, "locality_differs") {
		t.Errorf("two reports of one clinic: %s %s, want %s without a locality conflict; reasons %+v", d.Action, d.IncidentID, a.IncidentID, d.Reasons)
	}
}
