package rules_test

import "testing"

func TestConflictingDisposition(t *testing.T) {
	doc := row("SEC-2016-0004", "TS-0003 CR ESData", "Qualcomm Inc. (TIA)", "2016-01-11")
	runCases(t, "conflicting-disposition", []ruleCase{
		{name: "one", body: doc + "SEC-2016-0004 was NOTED\n"},
		{name: "same twice", body: doc + "SEC-2016-0004 was NOTED\nSEC-2016-0004 was NOTED\n"},
		{name: "open then final", body: doc + "SEC-2016-0004 was LEFT OPEN\nSEC-2016-0004 was AGREED\n"},
		{name: "noted and agreed", body: doc + "SEC-2016-0004 was NOTED\n\n6.2\nMore\nSEC-2016-0004 was AGREED\n", want: []string{"SEC-2016-0004"}},
		{name: "revisions differ", body: doc + "SEC-2016-0004 was NOTED\nSEC-2016-0004R01 was AGREED\n"},
	})
}
