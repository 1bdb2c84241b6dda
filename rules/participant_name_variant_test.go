package rules_test

import (
	"strings"
	"testing"
)

func TestParticipantNameVariant(t *testing.T) {
	runCases(t, "participant-name-variant", []ruleCase{
		{name: "same", body: "Philip Hawkes welcomed the delegates.\n"},
		{name: "short form", body: "Phil Hawkes welcomed the delegates.\n", want: []string{"Phil Hawkes"}},
		{name: "accent", body: "François Ennesser opened the meeting.\n", want: []string{"François Ennesser"}},
		{name: "case only is the same name", body: "PHILIP HAWKES welcomed the delegates.\n"},
		{name: "one finding per spelling", body: "Phil Hawkes welcomed the delegates.\nPhil Hawkes explained the logistics.\n", want: []string{"Phil Hawkes"}},
		{name: "a speaker's label", body: "Phil Hawkes: the logistics are as before.\nNext Steps: none.\n", want: []string{"Phil Hawkes"}},
		{name: "misspelt chair", full: strings.Replace(minutesText(""), "\tFrancois Ennesser\n", "\tFrancois Enesser\n", 1), want: []string{"Francois Enesser"}},
	})
}
