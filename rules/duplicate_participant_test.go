package rules_test

import (
	"slices"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/markdown"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"
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

// Across lists, only lists nobody can be on both of make a duplicate.
func TestDuplicateParticipantLists(t *testing.T) {
	cases := []struct{ name, text string }{
		{"officers and voting members", "# Annual Meeting\n\n## Directors and Officers Present\n\n* Shawn Porter\n* Ann Lee\n\n## Voting Members Present\n\n* Shawn Porter\n* Bo Chu\n"},
		{"members and observers", "# TC\n\n## Members Present\n\n* Mike Gorski, Cisco\n\n## Observers present\n\n* Mike Gorski (Cisco Systems)\n"},
		{"in the room and remote", "# Notes\n\nBrian Terlson (BT), Ron Buckton (RBN), Leo Balter (LEO), Aki Rose (AKI)\n\nRemote: Rick Waldron (RW), Ron Buckton (RBN), Yulia Startsev (YSV), Jason Williams (JWS)\n"},
		{"twice in one list", "# TSC\n\n## Attendees\n\n* Keith Zantow\n* Ann Lee\n* Keith Zantow\n"},
	}
	want := map[string][]string{
		"members and observers":  {"Mike Gorski"},
		"in the room and remote": {"Ron Buckton"},
		"twice in one list":      {"Keith Zantow"},
	}
	rule, err := rules.Lookup("duplicate-participant")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		f, err := markdown.Read("m.md", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := subjects(rules.Run(recognize.Recognize(f, profile.Generic), []rules.Rule{rule}))
		if !slices.Equal(got, want[c.name]) {
			t.Errorf("%s: %q, want %q", c.name, got, want[c.name])
		}
	}
}
