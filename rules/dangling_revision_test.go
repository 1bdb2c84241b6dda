package rules_test

import (
	"testing"

	"github.com/minuteslint/minuteslint/profile"
)

func TestDanglingRevision(t *testing.T) {
	doc := row("SEC-2016-0002", "TS-0003 CR E2E", "Qualcomm Inc. (TIA)", "2016-01-07")
	runCases(t, "dangling-revision", []ruleCase{
		{name: "noted with revision expected", body: doc + "Revision expected\nSEC-2016-0002 was NOTED\n"},
		{name: "agreed while revision expected", body: doc + "Revision expected\nSEC-2016-0002 was AGREED\n", want: []string{"SEC-2016-0002"}},
		{name: "agreed and revision seen", body: doc + "Revision expected\nSEC-2016-0002 was REVISED\n" +
			row("SEC-2016-0002R01", "TS-0003 CR E2E", "Qualcomm Inc. (TIA)", "2016-01-15") + "SEC-2016-0002R01 was AGREED\n"},
		{name: "stray", body: "Revision expected\n", want: []string{"Revision expected"}},
		{name: "named in the sentence", body: "Revision of SEC-2016-0002 expected.\n"},
		{name: "revision in a remark", body: "Alexey: the spec revision needed for this is small, see the list.\n"},
		{name: "informal minutes", full: "# Notes\n\nRevision expected\n", profile: profile.Generic},
	})
}
