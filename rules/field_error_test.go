package rules_test

import "testing"

func TestFieldError(t *testing.T) {
	runCases(t, "field-error", []ruleCase{
		{name: "clean", body: "As agreed in section 6.1, the group moved on.\n"},
		{name: "reference", body: "As agreed in section Error! Reference source not found., the group moved on.\n",
			want: []string{"Error! Reference source not found."}},
		{name: "bookmark", body: "See Error! Bookmark not defined.\n", want: []string{"Error! Bookmark not defined."}},
		{name: "german", body: "Siehe Fehler! Verweisquelle konnte nicht gefunden werden.\n", want: []string{"Fehler! Verweisquelle konnte nicht gefunden werden."}},
		{name: "the word error", body: "Error! That was a joke.\n"},
	})
}
