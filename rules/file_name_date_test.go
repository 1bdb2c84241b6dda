package rules_test

import (
	"slices"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"
)

func TestFileNameDate(t *testing.T) {
	const dated = "CSAF TC Meeting\n\nMeeting Date: November 25, 2024\n\n1 Roll call\nAll present.\n"
	cases := []struct {
		name, path, text string
		want             []string
	}{
		{"name agrees", "minutes/2024-11-25.md", dated, nil},
		{"name disagrees", "minutes/2024-11-27.md", dated, []string{"2024-11-27"}},
		{"year slip", "meeting_minutes/2024/2023-11-25.md", dated, []string{"2023-11-25"}},
		{"folder disagrees", "plenum/2014-06-21/_index/main.md", "Plenum 2014-06-12 Agenda/Minutes\n\n1 Finances\nNone.\n", []string{"2014-06-21"}},
		{"compact name", "20241125_meeting-13.md", dated, nil},
		{"inside a range", "2016-01-15 SEC 20.5.txt", "Minutes\n\nMeeting Date: 2016-01-14 to 2016-01-16\n", nil},
		{"name without a date", "sec-20.5-interim-minutes.txt", dated, nil},
		{"ambiguous name", "MoM-13-11-2023.md", dated, nil},
		{"minutes without a date", "2024-11-27.md", "Notes\n\n1 Roll call\nAll present.\n", nil},
	}
	rule, err := rules.Lookup("file-name-date")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := recognize.Recognize(plaintext.Read(c.path, c.text), profile.Generic)
			fs := rules.Run(d, []rules.Rule{rule})
			if got := subjects(fs); !slices.Equal(got, c.want) {
				t.Errorf("subjects = %q, want %q", got, c.want)
			}
			for _, f := range fs {
				if f.Location.Line == 0 || f.Message == "" {
					t.Errorf("finding without a line or message: %+v", f)
				}
			}
		})
	}
}
