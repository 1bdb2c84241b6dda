package rules_test

import (
	"testing"

	"github.com/minuteslint/minuteslint/profile"
)

func TestDuplicateParticipant(t *testing.T) {
	twice := minutesText("") + "\n\tPhilip\n\tHawkes\n\tQualcomm Inc. (TIA)\n"
	nick := minutesText("") + "\n\tPhil\n\tHawkes\n\tQualcomm Inc. (TIA)\n"
	other := minutesText("") + "\n\tPhilip\n\tHawking\n\tQualcomm Inc. (TIA)\n"
	runCases(t, "duplicate-participant", []ruleCase{
		{name: "distinct", full: minutesText("")},
		{name: "twice", full: twice, want: []string{"Philip Hawkes"}},
		{name: "short form", full: nick, want: []string{"Phil Hawkes"}},
		{name: "different last name", full: other},
		{name: "first names in an attendance line", full: "Plenum\n\nPresent: Luther, Robert, Bob, Roland\n\n1 Opening\n", profile: profile.Generic},
		{name: "one attendance line per session", full: "Plenum\n\nPresent: Tess, Dan\n\nPresent: Dan, Amy\n", profile: profile.Generic},
		{name: "listed as member and as observer", full: "Plenum\n\nMembers present: Mike Gorski, Omar Santos\nObservers: Mike Gorski\n", profile: profile.Generic,
			want: []string{"Mike Gorski"}},
	})
}
