package rules_test

import (
	"testing"

	"github.com/minuteslint/minuteslint/profile"
)

func TestOrganisationInconsistent(t *testing.T) {
	q := func(src string) string {
		return row("SEC-2016-0002", "TS-0003 CR", src, "2016-01-07") + "SEC-2016-0002 was NOTED\n"
	}
	r2 := func(src string) string {
		return row("SEC-2016-0004", "TS-0003 CR", src, "2016-01-07") + "SEC-2016-0004 was NOTED\n"
	}
	runCases(t, "organisation-inconsistent", []ruleCase{
		{name: "consistent", body: q("Qualcomm Inc. (TIA)") + r2("Qualcomm Inc. (TIA)")},
		{name: "without partner", body: q("Qualcomm Inc. (TIA)") + r2("Qualcomm Inc. (TIA)") + row("SEC-2016-0006", "x", "Qualcomm Inc.", "2016-01-07"),
			want: []string{"Qualcomm Inc."}},
		{name: "partner differs", body: q("Qualcomm Inc. (ATIS)") + r2("Qualcomm Inc. (ATIS)"), want: []string{"Qualcomm Inc. (TIA)"}},
		{name: "case differs", body: q("InterDigital") + r2("Interdigital") + row("SEC-2016-0006", "x", "Interdigital", "2016-01-07"),
			want: []string{"InterDigital"}},
		{name: "longer name of the same company", body: q("Huawei") + r2("Huawei Technologies"), want: []string{"Huawei Technologies"}},
		{name: "unrelated", body: q("Deutsche Telekom") + r2("Deutsche Bank")},
		{name: "informal minutes: a project in parentheses", full: "TAC meeting\n\nAttendees: Peter Smith, IBM ( Zowe ); Enyu Wang, IBM; James Caffrey, IBM ( ADE )\n", profile: profile.Generic},
		{name: "informal minutes: a spelling", full: "TAC meeting\n\nAttendees: Peter Smith (Red Hat); Enyu Wang (Redhat); James Caffrey (Red Hat)\n", profile: profile.Generic,
			want: []string{"Redhat"}},
	})
}
