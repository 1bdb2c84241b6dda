package rules_test

import (
	"strings"
	"testing"
)

func TestParticipantUnlisted(t *testing.T) {
	runCases(t, "participant-unlisted", []ruleCase{
		{name: "all listed", body: "Philip Hawkes welcomed the delegates.\nKaren explained the logistics.\n"},
		{name: "nickname is listed", body: "Phil Hawkes welcomed the delegates.\n"},
		{name: "speaker not listed", body: "Dirk Wacker presented the contribution.\n", want: []string{"Dirk Wacker"}},
		{name: "first name alone is not reported", body: "Dirk presented the contribution.\n"},
		{name: "organisations are not people", body: "Qualcomm Inc presented the contribution.\n" +
			row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", "2016-01-07") + "SEC-2016-0002 was NOTED\n"},
		{name: "chair not listed", full: strings.Replace(minutesText(""), "\tFrancois Ennesser\n", "\tJohn Smith\n", 1), want: []string{"John Smith"}},
		{name: "no list, nothing to compare", full: header + "1\nOpening\nDirk Wacker opened the meeting.\n"},
	})
}

func TestParticipantNameVariant(t *testing.T) {
	runCases(t, "participant-name-variant", []ruleCase{
		{name: "same", body: "Philip Hawkes welcomed the delegates.\n"},
		{name: "short form", body: "Phil Hawkes welcomed the delegates.\n", want: []string{"Phil Hawkes"}},
		{name: "accent", body: "François Ennesser opened the meeting.\n", want: []string{"François Ennesser"}},
		{name: "case only is the same name", body: "PHILIP HAWKES welcomed the delegates.\n"},
		{name: "misspelt chair", full: strings.Replace(minutesText(""), "\tFrancois Ennesser\n", "\tFrancois Enesser\n", 1), want: []string{"Francois Enesser"}},
	})
}

func TestDuplicateParticipant(t *testing.T) {
	twice := minutesText("") + "\n\tPhilip\n\tHawkes\n\tQualcomm Inc. (TIA)\n"
	nick := minutesText("") + "\n\tPhil\n\tHawkes\n\tQualcomm Inc. (TIA)\n"
	other := minutesText("") + "\n\tPhilip\n\tHawking\n\tQualcomm Inc. (TIA)\n"
	runCases(t, "duplicate-participant", []ruleCase{
		{name: "distinct", full: minutesText("")},
		{name: "twice", full: twice, want: []string{"Philip Hawkes"}},
		{name: "short form", full: nick, want: []string{"Phil Hawkes"}},
		{name: "different last name", full: other},
	})
}

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
	})
}
