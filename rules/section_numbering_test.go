package rules_test

import "testing"

func TestSectionNumbering(t *testing.T) {
	start := header + "1\nOpening\nHello.\n2\nAgenda\nText.\n"
	runCases(t, "section-numbering", []ruleCase{
		{name: "in order", full: start + "2.1\nA\nx\n2.2\nB\ny\n3\nEnd\nz\n"},
		{name: "skipped", full: start + "2.1\nA\nx\n2.2\nB\ny\n2.5\nC\nz\n", want: []string{"2.5"}},
		{name: "duplicate", full: start + "2.1\nA\nx\n2.1\nB\ny\n", want: []string{"2.1"}},
		{name: "backwards", full: start + "3\nC\nx\n2.1\nB\ny\n", want: []string{"2.1"}},
		{name: "child without first", full: start + "2.2\nB\ny\n", want: []string{"2.2"}},
		{name: "orphan child", full: start + "4.1\nB\ny\n", want: []string{"4.1"}},
		{name: "annexes are not numbered sections", full: start + "Annex A – Participants\nx\nAnnex B – Actions\ny\n"},
	})
}
