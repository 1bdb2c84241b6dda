package report_test

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/internal/golden"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/report"
	"github.com/minuteslint/minuteslint/rules"
)

// goldenRun is the run every format's golden file shows: the seed minutes
// in both forms and a file that cannot be read.
func goldenRun(t *testing.T) *report.Run {
	t.Helper()
	opts := lint.Options{Rules: rules.All()}
	return newRun([]lint.Result{
		lint.File(seedPath, opts),
		lint.File("../testdata/seed/sec-20.5-interim-minutes.docx", opts),
		lint.File("../testdata/seed/missing.docx", opts),
	})
}

func TestGoldenText(t *testing.T) {
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := report.Text(report.TextOptions{Color: color})(&buf, goldenRun(t)); err != nil {
			t.Fatal(err)
		}
		name := "../testdata/report/seed.txt"
		if color {
			name = "../testdata/report/seed.color.txt"
		}
		golden.Check(t, name, buf.Bytes())
	}
}

func TestGoldenJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := report.JSON(&buf, goldenRun(t)); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "../testdata/report/seed.json", buf.Bytes())
}

// TestGoldenXLSX keeps a readable dump of the workbook: every sheet's
// cells as excelize reads them back, and the sheet features a chair relies
// on. The bytes themselves are checked for stability by
// TestXLSXDeterministic.
func TestGoldenXLSX(t *testing.T) {
	f := openXLSX(t, writeXLSX(t, goldenRun(t)))
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		if p, err := f.GetPanes(sheet); err == nil && p.Freeze {
			fmt.Fprintf(&b, "frozen at %s\n", p.TopLeftCell)
		}
		tables, err := f.GetTables(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, tb := range tables {
			fmt.Fprintf(&b, "table %s %s\n", tb.Name, tb.Range)
		}
		dvs, err := f.GetDataValidations(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, dv := range dvs {
			fmt.Fprintf(&b, "drop-down %s: %s\n", dv.Sqref, dv.Formula1)
		}
		cf, err := f.GetConditionalFormats(sheet)
		if err != nil {
			t.Fatal(err)
		}
		ranges := make([]string, 0, len(cf))
		for rng := range cf {
			ranges = append(ranges, rng)
		}
		sort.Strings(ranges)
		for _, rng := range ranges {
			for _, o := range cf[rng] {
				fmt.Fprintf(&b, "colour %s: %s %s\n", rng, o.Type, o.Criteria)
			}
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\t") + "\n")
		}
	}
	golden.Check(t, "../testdata/report/seed.xlsx.txt", []byte(b.String()))
}
