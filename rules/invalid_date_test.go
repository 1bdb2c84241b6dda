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
		{name: "a day of the week that does not fit", body: withDate("2016-01-07") + "Next call on Wednesday, 19 January 2016.\nThe plenary is on Mon, Jan 19.\nThe workshop is on Tuesday 19 January.\n",
			want: []string{"Wednesday, 19 January 2016", "Mon, Jan 19"}},
		{name: "meeting date", full: header[:len(header)-len("\t2016-01-14 to 2016-01-16\n\n")] + "\t2016-01-14 to 2016-01-32\n\n" + "1\nOpening\nHello.\n",
			want: []string{"2016-01-32"}},
	})
}

// A contribution's bad date is linked to the contribution, so trackers can
// show it on the contribution's row; a date in running text is not.
func TestInvalidDateAboutContribution(t *testing.T) {
	text := minutesText(row("ARC-2016-0006", "TS-0001 CR", "Qualcomm Inc. (TIA)", "2016-01-0") +
		row("ARC-2016-0007", "TS-0001 CR", "Qualcomm Inc. (TIA)", "2016-01") +
		"To be presented on 31 April 2016.\n")
	fs := check(t, "invalid-date", text)
	want := map[string]string{"2016-01-0": "ARC-2016-0006", "2016-01": "ARC-2016-0007", "31 April 2016": ""}
	if len(fs) != len(want) {
		t.Fatalf("got %d findings, want %d: %+v", len(fs), len(want), fs)
	}
	for _, f := range fs {
		if w, ok := want[f.Subject]; !ok || f.Contribution != w {
			t.Errorf("%q is about %q, want %q", f.Subject, f.Contribution, w)
		}
	}
}
