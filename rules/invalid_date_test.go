package rules_test

import "testing"

func TestInvalidDate(t *testing.T) {
	withDate := func(date string) string {
		return row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", date) + "SEC-2016-0002 was NOTED\n"
	}
	runCases(t, "invalid-date", []ruleCase{
		{name: "valid", body: withDate("2016-01-07")},
		{name: "day zero", body: withDate("2016-01-0"), want: []string{"2016-01-0"}},
		{name: "february 30", body: withDate("2016-02-30"), want: []string{"2016-02-30"}},
		{name: "month 13", body: withDate("2016-13-01"), want: []string{"2016-13-01"}},
		{name: "leap day valid", body: withDate("2016-02-29")},
		{name: "leap day invalid", body: withDate("2015-02-29"), want: []string{"2015-02-29"}},
		{name: "incomplete", body: withDate("2016-01"), want: []string{"2016-01"}},
		{name: "in running text", body: withDate("2016-01-07") + "To be presented on 31 April 2016.\n", want: []string{"31 April 2016"}},
		{name: "clause number is not a date", body: withDate("2016-01-07") + "Need to clarify the information in 10.3.6.1\n"},
		{name: "version is not a date", body: withDate("2016-01-07") + "Based on TS-0001 V2.13.00 and 1.2.2016.\n"},
		{name: "meeting date", full: header[:len(header)-len("\t2016-01-14 to 2016-01-16\n\n")] + "\t2016-01-14 to 2016-01-32\n\n" + "1\nOpening\nHello.\n",
			want: []string{"2016-01-32"}},
	})
}
