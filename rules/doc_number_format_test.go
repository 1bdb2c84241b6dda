package rules_test

import "testing"

func TestDocNumberFormat(t *testing.T) {
	runCases(t, "doc-number-format", []ruleCase{
		{name: "valid", body: "SEC-2016-0018 was NOTED\nSee SEC-2016-0018R01 and oneM2M-TP-2013-0142.\n"},
		{name: "three digits", body: "SEC-2016-018 was NOTED\n", want: []string{"SEC-2016-018"}},
		{name: "space", body: "Presented in SEC 2016-0018.\n", want: []string{"SEC 2016-0018"}},
		{name: "one-digit revision", body: "SEC-2016-0018R1 was NOTED\n", want: []string{"SEC-2016-0018R1"}},
		{name: "deliverables are not documents", body: "Draft Stage 2 CRs to TS-0001 and TR-0012.\n"},
		{name: "meeting names are not documents", body: "SEC 20.5 Interim F2F meeting before TP21, SEC 21 – San Diego.\n"},
		{name: "dates after a group are not documents", body: "SEC 2016-01-14 session.\n"},
	})
}
