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
		{name: "a near name in the list", body: "Philip Haukess presented the contribution.\n", want: []string{"Philip Haukess"}},
		{name: "named twice, reported once", body: "Dirk Wacker presented the contribution.\nDirk Wacker explained the figure.\n", want: []string{"Dirk Wacker"}},
		{name: "no list, nothing to compare", full: header + "1\nOpening\nDirk Wacker opened the meeting.\n"},
	})
}
