package rules_test

import (
	"testing"

	"github.com/minuteslint/minuteslint/profile"
)

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
		{name: "informal notes may skip items", full: start + "2.1\nA\nx\n2.5\nC\nz\n4.10\nD\nw\n", profile: profile.Generic},
		{name: "informal notes still go forward", full: start + "10\nA\nx\n4.2\nC\nz\n", profile: profile.Generic, want: []string{"4.2"}},
		{name: "a date is not a number", full: start + "24 January, 2022 Meeting Notes\nx\n", profile: profile.Generic},
	})
}
