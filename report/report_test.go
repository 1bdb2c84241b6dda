package report_test

import (
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/report"
	"github.com/minuteslint/minuteslint/source"
)

func TestPlace(t *testing.T) {
	cases := []struct {
		loc  finding.Location
		want string
	}{
		{finding.Location{Position: source.Position{Line: 157}, Section: "6.1", SectionTitle: "End-to-End Security"}, "m.txt:157 §6.1"},
		{finding.Location{Position: source.Position{Line: 3}, SectionTitle: "Opening"}, "m.txt:3"},
		{finding.Location{Position: source.Position{Paragraph: 58}, Section: "6.1", SectionTitle: "End-to-End Security"}, "m.txt §6.1 paragraph 58"},
		{finding.Location{Position: source.Position{Paragraph: 7}, SectionTitle: "Opening"}, `m.txt §"Opening" paragraph 7`},
		{finding.Location{Position: source.Position{Paragraph: 2, Table: 1, Row: 3, Cell: 2}, SectionTitle: "cover page"}, "m.txt table 1 row 3 cell 2"},
		{finding.Location{Position: source.Position{Paragraph: 9}, SectionTitle: "A title far longer than anyone would want to read in a place"}, `m.txt §"A title far longer than anyone would wa…" paragraph 9`},
		{finding.Location{Position: source.Position{Paragraph: 1, Part: "footnotes"}}, "m.txt (footnotes) paragraph 1"},
	}
	for _, tc := range cases {
		if got := report.Place("m.txt", tc.loc); got != tc.want {
			t.Errorf("Place(%+v) = %q, want %q", tc.loc, got, tc.want)
		}
	}
}
