package rules_test

import "testing"

func TestDateFormat(t *testing.T) {
	withDate := func(date string) string {
		return row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", date) + "SEC-2016-0002 was NOTED\n"
	}
	runCases(t, "date-format", []ruleCase{
		{name: "iso", body: withDate("2016-01-07")},
		{name: "slashes", body: withDate("12/01/2016"), want: []string{"12/01/2016"}},
		{name: "unpadded", body: withDate("2016-1-7"), want: []string{"2016-1-7"}},
		{name: "written in a cell", body: withDate("7 January 2016"), want: []string{"7 January 2016"}},
		{name: "written in prose is fine", body: withDate("2016-01-07") + "Next: SEC 21 – San Diego – 18-23 January 2016\n"},
		{name: "numeric in prose among ISO dates", body: withDate("2016-01-07") + "Deadline is 25/01/2016.\n", want: []string{"25/01/2016"}},
	})
}

func TestDateFormatAmbiguousMessage(t *testing.T) {
	fs := check(t, "date-format", minutesText(row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", "12/01/2016")))
	if len(fs) != 1 || fs[0].Suggestion != "Write 2016-01-12." {
		t.Fatalf("got %+v", fs)
	}
	if want := `The date "12/01/2016" of SEC-2016-0002 is ambiguous (12 January 2016 or 1 December 2016) and not written as YYYY-MM-DD.`; fs[0].Message != want {
		t.Errorf("message = %q\nwant      %q", fs[0].Message, want)
	}
}
