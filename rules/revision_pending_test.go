package rules_test

import "testing"

func TestRevisionPending(t *testing.T) {
	doc := row("SEC-2016-0006", "Credential Generation", "Interdigital", "2016-01-11")
	runCases(t, "revision-pending", []ruleCase{
		{name: "pending", body: doc + "Revision expected\nSEC-2016-0006 was NOTED\n", want: []string{"SEC-2016-0006"}},
		{name: "none expected", body: doc + "SEC-2016-0006 was NOTED\n"},
		{name: "seen", body: doc + "Revision expected\n" + row("SEC-2016-0006R01", "Credential Generation", "Interdigital", "2016-01-14") + "SEC-2016-0006R01 was AGREED\n"},
		{name: "withdrawn", body: doc + "Revision expected\nSEC-2016-0006 was WITHDRAWN\n"},
		{name: "exempt foreign document still pending", body: row("ARC-2016-0006", "TS-0001 CR", "Qualcomm Inc. (TIA)", "2016-01-07") +
			"No disposition may be given to this contribution.\nRevision expected.\n", want: []string{"ARC-2016-0006"}},
	})
}
