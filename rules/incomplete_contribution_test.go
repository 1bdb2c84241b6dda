package rules_test

import "testing"

func TestIncompleteContribution(t *testing.T) {
	runCases(t, "incomplete-contribution", []ruleCase{
		{name: "complete", body: row("SEC-2016-0002", "TS-0003 CR", "Qualcomm Inc. (TIA)", "2016-01-07")},
		{name: "no date", body: row("SEC-2016-0003", "7Jan16_SEC20.4_Minutes", "Victoria Mitchell, ") + "Will be agreed via email\n",
			want: []string{"SEC-2016-0003"}},
		{name: "number only", body: row("SEC-2016-0009"), want: []string{"SEC-2016-0009"}},
		{name: "known from disposition only", body: "SEC-2016-0005 was NOTED\n"},
		{name: "a table with no date column", body: "\tDocument\n\tTitle\n\tSource\n\tDecision\n\n\tSEC-2016-0002\n\tTS-0003 CR\n\tQualcomm Inc. (TIA)\n\tNOTED\n\n\n"},
		{name: "a date column left empty", body: "\tDocument\n\tTitle\n\tSource\n\tDate\n\n\tSEC-2016-0002\n\tTS-0003 CR\n\tQualcomm Inc. (TIA)\n\t-\n\n\n",
			want: []string{"SEC-2016-0002"}},
	})
}

func TestIncompleteContributionSaysWhat(t *testing.T) {
	fs := check(t, "incomplete-contribution", minutesText(row("SEC-2016-0009", "A title")))
	if len(fs) != 1 || fs[0].Message != "The entry for SEC-2016-0009 has no source and date." {
		t.Fatalf("got %+v", fs)
	}
}
