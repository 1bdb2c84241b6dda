package rules_test

import (
	"strings"
	"testing"
)

func TestDateOutOfRange(t *testing.T) {
	withDate := func(date string) string {
		return row("SEC-2016-0021", "TS-0003 CR", "Qualcomm Inc.", date) + "SEC-2016-0021 was NOTED\n"
	}
	swapped := strings.Replace(minutesText(withDate("2016-01-14")), "2016-01-14 to 2016-01-16", "2016-01-16 to 2016-01-14", 1)
	runCases(t, "date-out-of-range", []ruleCase{
		{name: "during", body: withDate("2016-01-14")},
		{name: "before", body: withDate("2015-12-03")},
		{name: "after", body: withDate("2016-02-14"), want: []string{"2016-02-14"}},
		{name: "range reversed", full: swapped, want: []string{"2016-01-16 to 2016-01-14"}},
		{name: "next meeting after", body: withDate("2016-01-14") + "\n8\nPlanning for next Meeting(s)\nSEC 21 – San Diego – 18-23 January 2016\n"},
		{name: "next meeting before", body: withDate("2016-01-14") + "\n8\nPlanning for next Meeting(s)\nSEC 21 – San Diego – 8-13 January 2016\n",
			want: []string{"8-13 January 2016"}},
	})
}
