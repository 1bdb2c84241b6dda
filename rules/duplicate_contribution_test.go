package rules_test

import "testing"

func TestDuplicateContribution(t *testing.T) {
	a := row("SEC-2016-0002", "TS-0003 CR E2E Security", "Qualcomm Inc. (TIA)", "2016-01-07")
	runCases(t, "duplicate-contribution", []ruleCase{
		{name: "once", body: a + "SEC-2016-0002 was NOTED\n"},
		{name: "same document under two items", body: a + "SEC-2016-0002 was NOTED\n\n6.2\nOther\n" + a},
		{name: "two documents, one number", body: a + "SEC-2016-0002 was NOTED\n\n6.2\nOther\n" +
			row("SEC-2016-0002", "Dynamic Authorization", "Interdigital", "2016-01-11"), want: []string{"SEC-2016-0002"}},
	})
}
