package rules_test

import "testing"

func TestUnknownDisposition(t *testing.T) {
	doc := row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", "2016-01-07")
	runCases(t, "unknown-disposition", []ruleCase{
		{name: "known", body: doc + "SEC-2016-0002 was NOTED\n"},
		{name: "known two words", body: doc + "SEC-2016-0002 was PARTLY AGREED\n"},
		{name: "misspelt", body: doc + "SEC-2016-0002 was NOTICED\n", want: []string{"NOTICED"}},
		{name: "unknown word", body: doc + "SEC-2016-0002 was SHELVED\n", want: []string{"SHELVED"}},
		{name: "lower-case prose is not a disposition", body: doc + "SEC-2016-0002 was discussed at length\nSEC-2016-0002 was NOTED\n"},
	})
}

func TestUnknownDispositionSuggests(t *testing.T) {
	doc := row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", "2016-01-07")
	fs := check(t, "unknown-disposition", minutesText(doc+"SEC-2016-0002 was NOTICED\n"))
	if len(fs) != 1 || fs[0].Suggestion != `Write "SEC-2016-0002 was NOTED".` {
		t.Fatalf("got %+v", fs)
	}
}
