package classify

import (
	"testing"
)

// TestRound47NotRelatedTo: "não está relacionado a um incidente de
// segurança ou a um ataque cibernético" denies both attacks, as "is not
// related to" does in English (round 47; sentences of our own).
func TestRound47NotRelatedTo(t *testing.T) {
	t.Parallel()
	c := newTest(t)
	checkRule(t, c, ruleDenied, true, []reportCase{
		{"pt", "Apagão informático afeta hospitais",
			"O apagão informático global afetou hospitais, que cancelaram cirurgias. O CEO da empresa afirmou que o problema " +
				"não está relacionado a um incidente de segurança ou a um ataque cibernético, mas a uma atualização defeituosa."},
		{"fr", "Panne informatique à l'hôpital de Lisieux",
			"L'hôpital de Lisieux a dû reporter des consultations mardi. Selon la direction, la panne n'est pas liée à une " +
				"cyberattaque mais à un serveur défaillant."},
		{"it", "Guasto informatico all'ospedale di Lodi",
			"L'ospedale di Lodi ha rinviato gli esami di martedì. Secondo l'azienda il guasto non è collegato a un attacco " +
				"informatico ma a un server difettoso."},
	})
}
