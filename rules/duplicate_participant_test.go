package rules_test

import (
	"testing"
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
	})
}
