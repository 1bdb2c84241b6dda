package rules_test

import "testing"

func TestMissingDisposition(t *testing.T) {
	doc := row("SEC-2016-0007", "Consultation based Dynamic Authorization System", "Interdigital", "2016-01-11")
	runCases(t, "missing-disposition", []ruleCase{
		{name: "noted", body: doc + "Edited online.\nSEC-2016-0007 was NOTED\n"},
		{name: "no disposition", body: doc + "Edited online.\n", want: []string{"SEC-2016-0007"}},
		{name: "revision expected only", body: doc + "Revision expected\n", want: []string{"SEC-2016-0007"}},
		{name: "left open counts", body: doc + "SEC-2016-0007 was LEFT OPEN\n"},
		{name: "exempt", body: row("ARC-2016-0033", "procedures", "InterDigital", "2016-01-11") +
			"No disposition may be given to this contribution as it is not a SEC WG contribution\n"},
		{name: "exempt other wording", body: row("ARC-2016-0006", "TS-0001 CR", "Qualcomm Inc. (TIA)", "2016-01-07") +
			"NOTE: this contribution is for discussion only as a disposition cannot be given by SEC WG to an ARC WG contribution.\n"},
		{name: "deferred to email", body: row("SEC-2016-0003", "Minutes", "Victoria Mitchell", "2016-01-07") + "Will be agreed via email\n"},
		{name: "later revision decided", body: doc + "Revision expected\n" +
			row("SEC-2016-0007R01", "Consultation based Dynamic Authorization System", "Interdigital", "2016-01-13") + "SEC-2016-0007R01 was AGREED\n"},
		{name: "disposition in another section", body: doc + "\n6.2\nLater\nSEC-2016-0007 was NOTED\n"},
		{name: "two missing", body: doc + row("SEC-2016-0008", "Other", "Interdigital", "2016-01-11"),
			want: []string{"SEC-2016-0007", "SEC-2016-0008"}},
	})
}
