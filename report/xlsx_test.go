package report_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/report"
	"github.com/minuteslint/minuteslint/rules"
)

const seedPath = "../testdata/seed/sec-20.5-interim-minutes.txt"

// newRun builds a run from lint results as the command line does.
func newRun(results []lint.Result) *report.Run {
	run := &report.Run{Tool: report.Tool{Name: "minuteslint", Version: "test"}}
	for _, r := range rules.All() {
		m := r.Meta()
		run.Rules = append(run.Rules, report.RuleDoc{ID: m.ID, Severity: m.Severity.String(), Summary: m.Summary, Explanation: m.Explanation})
	}
	for _, r := range results {
		run.Files = append(run.Files, report.File{Path: r.Path, Format: string(r.Format), Profile: r.Profile,
			Doc: r.Doc, Findings: r.Findings, Err: r.Err})
	}
	return run
}

func seedRun(t testing.TB) *report.Run {
	t.Helper()
	res := lint.File(seedPath, lint.Options{Rules: rules.All()})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	return newRun([]lint.Result{res})
}

func writeXLSX(t testing.TB, run *report.Run) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.XLSX(&buf, run); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openXLSX(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// table is a sheet read back: its header and rows as maps by header.
type table struct {
	head []string
	rows []map[string]string
	// cell gives the cell name of a header in a data row (0-based).
	cell func(row int, head string) string
}

func readTable(t testing.TB, f *excelize.File, sheet string) table {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("sheet %s is empty", sheet)
	}
	tb := table{head: rows[0]}
	for _, r := range rows[1:] {
		if len(r) == 0 {
			break
		}
		m := map[string]string{}
		for i, h := range tb.head {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		tb.rows = append(tb.rows, m)
	}
	tb.cell = func(row int, head string) string {
		i := slices.Index(tb.head, head)
		if i < 0 {
			t.Fatalf("%s has no column %q (have %q)", sheet, head, tb.head)
		}
		name, err := excelize.CoordinatesToCellName(i+1, row+2)
		if err != nil {
			t.Fatal(err)
		}
		return name
	}
	return tb
}

func (tb table) find(col, value string) (int, map[string]string) {
	for i, r := range tb.rows {
		if r[col] == value {
			return i, r
		}
	}
	return -1, nil
}

// idsFor lists the IDs the workbook gives the findings about a
// contribution (or another subject).
func idsFor(fs []finding.Finding, subject string) string {
	var ids []string
	for i, fd := range fs {
		if fd.Contribution == subject || fd.Subject == subject {
			ids = append(ids, fmt.Sprintf("F%d", i+1))
		}
	}
	return strings.Join(ids, ", ")
}

func TestXLSXSeedContributions(t *testing.T) {
	run := seedRun(t)
	fs := jsonFindings(t, run)
	f := openXLSX(t, writeXLSX(t, run))
	want := []string{"Summary", "Contributions", "Open items", "Participants", "Organisations", "Findings", "Rules"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	c := readTable(t, f, "Contributions")
	wantHead := []string{"File", "TDoc", "Base number", "Revision", "Title", "Source", "Date", "Agenda item",
		"Agenda item title", "Disposition", "TDoc Status", "Class", "Revision expected", "Revision seen",
		"Is revision of", "Revised to", "Notes", "Findings", "Location"}
	if !slices.Equal(c.head, wantHead) {
		t.Fatalf("Contributions header = %q", c.head)
	}
	if len(c.rows) != 18 {
		t.Fatalf("Contributions has %d rows, want 18", len(c.rows))
	}
	seen := map[string]bool{}
	for _, r := range c.rows {
		if seen[r["TDoc"]] {
			t.Errorf("TDoc %s listed twice", r["TDoc"])
		}
		seen[r["TDoc"]] = true
	}
	for _, id := range []string{"SEC-2016-0005", "SEC-2016-0005R01", "ARC-2015-2306R01", "SEC-2015-0674R01"} {
		if !seen[id] {
			t.Errorf("TDoc %s missing", id)
		}
	}

	rows := []map[string]string{
		{
			"TDoc": "SEC-2016-0002", "Base number": "SEC-2016-0002", "Agenda item": "6.1",
			"Agenda item title": "End-to-End Security and Group Authentication", "Revision": "",
			"Title": "TS-0003 CR E2E Security of Primitives Stage 2 Text", "Source": "Qualcomm Inc. (TIA)",
			"Date": "2016-01-07", "Disposition": "NOTED",
			"TDoc Status": "NOTED", "Class": "final", "Revision expected": "yes", "Revision seen": "",
			"Findings": idsFor(fs, "SEC-2016-0002"), "Location": seedPath + ":88 §6.1",
		},
		{"TDoc": "SEC-2016-0005R01", "Base number": "SEC-2016-0005", "Revision": "R01", "Agenda item": "2",
			"Title": "SEC 20.5 Interim F2F Agenda", "Source": "WG Chair", "Date": "2016-01-12",
			"Disposition": "NOTED", "TDoc Status": "NOTED", "Revision expected": "no"},
		{"TDoc": "SEC-2016-0005", "Agenda item": "2", "Title": "", "Source": "", "Date": "",
			"Disposition": "NOTED", "TDoc Status": "NOTED", "Revision seen": "SEC-2016-0005R01"},
		{"TDoc": "ARC-2016-0006", "Agenda item": "6.1", "Title": "TS-0001 CR End-to-End Security",
			"Date": "2016-01-0", "Disposition": "", "TDoc Status": "", "Class": "exempt",
			"Revision expected": "yes", "Findings": idsFor(fs, "ARC-2016-0006")},
		{"TDoc": "SEC-2016-0011", "Agenda item": "6.4", "Title": "(D)TLS Handshake On-hold", "Source": "Interdigital",
			"Disposition": "LEFT OPEN", "TDoc Status": "LEFT_OPEN", "Class": "open"},
		{"TDoc": "SEC-2016-0003", "Agenda item": "3", "Title": "7Jan16_SEC20.4_Minutes", "Source": "Victoria Mitchell,",
			"Date": "", "Disposition": "", "Class": "deferred", "Notes": "Will be agreed via email",
			"Findings": idsFor(fs, "SEC-2016-0003")},
		{"TDoc": "SEC-2015-0674R01", "Agenda item": "6.4", "Source": "FUJITSU", "Date": "2016-01-06",
			"Revision": "R01", "Base number": "SEC-2015-0674"},
	}
	// The impossible date and the pending revision are both about
	// ARC-2016-0006, though only one has its number as subject.
	if _, arc := c.find("TDoc", "ARC-2016-0006"); arc != nil {
		var about []string
		for _, id := range strings.Split(arc["Findings"], ", ") {
			n, err := strconv.Atoi(strings.TrimPrefix(id, "F"))
			if err != nil || n < 1 || n > len(fs) {
				t.Fatalf("ARC-2016-0006 Findings = %q", arc["Findings"])
			}
			about = append(about, fs[n-1].Rule)
		}
		if want := []string{"invalid-date", "revision-pending"}; !slices.Equal(about, want) {
			t.Errorf("ARC-2016-0006 findings are %q, want %q", about, want)
		}
	}
	for _, w := range rows {
		_, got := c.find("TDoc", w["TDoc"])
		if got == nil {
			t.Errorf("no row for %s", w["TDoc"])
			continue
		}
		for k, v := range w {
			if got[k] != v {
				t.Errorf("%s %s = %q, want %q", w["TDoc"], k, got[k], v)
			}
		}
	}

	// The date is a real date: a number shown as yyyy-mm-dd.
	i, _ := c.find("TDoc", "SEC-2016-0002")
	assertDateCell(t, f, "Contributions", c.cell(i, "Date"), "2016-01-07")
	// An impossible date stays text, as written.
	i, _ = c.find("TDoc", "ARC-2016-0006")
	if typ, err := f.GetCellType("Contributions", c.cell(i, "Date")); err != nil || typ != excelize.CellTypeInlineString {
		t.Errorf("ARC-2016-0006 date cell type = %v, %v; want inline string", typ, err)
	}

	o := readTable(t, f, "Open items")
	if !slices.Equal(o.head, []string{"File", "TDoc", "Title", "Source", "State", "Agenda item", "Location"}) {
		t.Errorf("Open items header = %q", o.head)
	}
	open := map[string]string{}
	for _, r := range o.rows {
		if _, dup := open[r["TDoc"]]; dup {
			t.Errorf("%s appears twice on Open items", r["TDoc"])
		}
		open[r["TDoc"]] = r["State"]
	}
	wantOpen := map[string]string{
		"SEC-2016-0011":    "left open",
		"SEC-2016-0003":    "deferred to e-mail approval",
		"SEC-2016-0002":    "revision expected, none seen",
		"ARC-2016-0006":    "revision expected, none seen",
		"SEC-2015-0674R01": "revision expected, none seen",
	}
	for id, state := range wantOpen {
		if open[id] != state {
			t.Errorf("Open items %s state = %q, want %q", id, open[id], state)
		}
	}
	for _, closed := range []string{"SEC-2016-0021", "SEC-2016-0005", "ARC-2015-2306R01"} {
		if s, ok := open[closed]; ok {
			t.Errorf("%s is closed but on Open items (%q)", closed, s)
		}
	}
	if len(o.rows) != 11 {
		t.Errorf("Open items has %d rows, want 11: %v", len(o.rows), open)
	}
}

func assertDateCell(t *testing.T, f *excelize.File, sheet, ref, want string) {
	t.Helper()
	shown, err := f.GetCellValue(sheet, ref)
	if err != nil || shown != want {
		t.Errorf("%s!%s shows %q, %v; want %q", sheet, ref, shown, err, want)
	}
	raw, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	wantDay, _ := time.Parse(time.DateOnly, want)
	excelDay := wantDay.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	if raw != fmt.Sprint(excelDay) {
		t.Errorf("%s!%s raw value = %q, want serial %v", sheet, ref, raw, excelDay)
	}
	id, err := f.GetCellStyle(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil || *st.CustomNumFmt != "yyyy-mm-dd" {
		t.Errorf("%s!%s number format = %v, want yyyy-mm-dd", sheet, ref, st.CustomNumFmt)
	}
}

func TestXLSXSeedSummary(t *testing.T) {
	run := seedRun(t)
	sum := run.Summarize()
	data := writeXLSX(t, run)
	f := openXLSX(t, data)
	s := readTable(t, f, "Summary")
	if len(s.rows) < 1 {
		t.Fatal("Summary has no file row")
	}
	r := s.rows[0]
	want := map[string]string{
		"File": seedPath, "Profile": "onem2m", "Meeting": "SEC 20.5 Interim F2F meeting", "Group": "SEC",
		"Start": "2016-01-14", "End": "2016-01-16", "Venue": "Interim face-to-face meeting before TP21",
		"Chair": "Francois Ennesser", "Secretary": "Karen Hughes, ETSI", "Contributions": "18",
		"NOTED": "11", "LEFT_OPEN": "1", "Exempt": "5", "Deferred": "1", "No disposition": "0",
		"Participants": "8", "Organisations": "10", "Errors": fmt.Sprint(sum.BySeverity["error"]),
		"Warnings": fmt.Sprint(sum.BySeverity["warning"]), "Info": fmt.Sprint(sum.BySeverity["info"]),
		"Open items": "11", "Read error": "",
	}
	for k, v := range want {
		if r[k] != v {
			t.Errorf("Summary %s = %q, want %q", k, r[k], v)
		}
	}
	assertDateCell(t, f, "Summary", s.cell(0, "Start"), "2016-01-14")

	// The chart's data sits below the table; the chart reads it.
	rows, err := f.GetRows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[3][0] != "Meeting" || rows[4][0] != "SEC 20.5 Interim F2F meeting" {
		t.Errorf("chart data rows = %q", rows[2:])
	}
	chart := zipEntry(t, writeXLSX(t, seedRun(t)), "xl/charts/chart1.xml")
	for _, w := range []string{`<barDir val="col"`, `<grouping val="clustered"`, "Summary!$B$5", "Dispositions per meeting"} {
		if !strings.Contains(chart, w) {
			t.Errorf("chart1.xml lacks %s", w)
		}
	}
	// The file rows are a table (filters, banding); the chart's data below
	// it is not part of it.
	tables, err := f.GetTables("Summary")
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 || tables[0].Range != "A1:V2" {
		t.Errorf("Summary tables = %+v, want one over A1:V2", tables)
	}
	if sheet := zipEntry(t, data, "xl/worksheets/sheet1.xml"); strings.Contains(sheet, "filterMode") {
		t.Error("Summary is marked as filtered")
	}
}

func zipEntry(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range zr.File {
		if e.Name != name {
			continue
		}
		rc, err := e.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	t.Fatalf("workbook has no %s", name)
	return ""
}

func TestXLSXSeedPeople(t *testing.T) {
	f := openXLSX(t, writeXLSX(t, seedRun(t)))
	p := readTable(t, f, "Participants")
	if len(p.rows) != 8 {
		t.Fatalf("Participants has %d rows, want 8", len(p.rows))
	}
	var last []string
	for _, r := range p.rows {
		last = append(last, r["Last name"])
	}
	if want := []string{"Choyi", "Ennesser", "Fujimoto", "Hawkes", "Hemphill", "Hughes", "Okui", "Wacker"}; !slices.Equal(last, want) {
		t.Errorf("last names = %q", last)
	}
	_, hawkes := p.find("Last name", "Hawkes")
	for k, v := range map[string]string{"First name": "Philip", "Organisation": "Qualcomm Inc", "Partner": "ATIS",
		"Role": "delegate", "Name variants seen": "Phil Hawkes"} {
		if hawkes[k] != v {
			t.Errorf("Hawkes %s = %q, want %q", k, hawkes[k], v)
		}
	}
	if _, r := p.find("Last name", "Ennesser"); r["Role"] != "chair" {
		t.Errorf("Ennesser role = %q", r["Role"])
	}
	if _, r := p.find("Last name", "Hughes"); r["Role"] != "secretary" {
		t.Errorf("Hughes role = %q", r["Role"])
	}

	o := readTable(t, f, "Organisations")
	_, q := o.find("Organisation", "Qualcomm Inc. (TIA)")
	want := map[string]string{"Variants": "Qualcomm Inc, (ATIS); Qualcomm Inc.", "Partners": "ATIS; TIA",
		"Participants": "1", "Contributions": "7", "Agreed/approved": "0"}
	for k, v := range want {
		if q[k] != v {
			t.Errorf("Qualcomm %s = %q, want %q", k, q[k], v)
		}
	}
}

// jsonFindings is what report.JSON prints for the run.
func jsonFindings(t testing.TB, run *report.Run) []finding.Finding {
	t.Helper()
	var buf bytes.Buffer
	if err := report.JSON(&buf, run); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Findings []finding.Finding `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out.Findings
}

func TestXLSXSeedFindings(t *testing.T) {
	run := seedRun(t)
	f := openXLSX(t, writeXLSX(t, run))
	fs := readTable(t, f, "Findings")
	want := jsonFindings(t, run)
	if len(want) == 0 {
		t.Fatal("the seed minutes gave no findings")
	}
	if len(fs.rows) != len(want) {
		t.Fatalf("Findings has %d rows, JSON has %d", len(fs.rows), len(want))
	}
	for i, w := range want {
		r := fs.rows[i]
		if r["ID"] != fmt.Sprintf("F%d", i+1) || r["Rule"] != w.Rule || r["Subject"] != w.Subject ||
			r["Message"] != w.Message || r["Severity"] != w.Severity.String() || r["File"] != w.File ||
			r["Location"] != report.Place(w.File, w.Location) {
			t.Errorf("row %d = %v, want %+v", i+1, r, w)
		}
	}

	// The rule explanation links to the rule's row on the Rules sheet.
	rs := readTable(t, f, "Rules")
	if len(rs.rows) != len(run.Rules) {
		t.Errorf("Rules has %d rows, want %d", len(rs.rows), len(run.Rules))
	}
	for i := range want {
		ok, target, err := f.GetCellHyperLink("Findings", fs.cell(i, "Rule explanation"))
		if err != nil || !ok {
			t.Fatalf("finding %d: no link (%v)", i+1, err)
		}
		sheet, ref, _ := strings.Cut(target, "!")
		if sheet != "Rules" {
			t.Fatalf("finding %d links to %q", i+1, target)
		}
		id, err := f.GetCellValue("Rules", ref)
		if err != nil || id != want[i].Rule {
			t.Errorf("finding %d links to %s holding %q, want %s", i+1, target, id, want[i].Rule)
		}
	}
	if fs.rows[0]["Rule explanation"] != "explain" {
		t.Errorf("link text = %q", fs.rows[0]["Rule explanation"])
	}

	dvs, err := f.GetDataValidations("Findings")
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 || dvs[0].Type != "list" || dvs[0].Formula1 != `"accept,fix,waive"` ||
		dvs[0].Sqref != fmt.Sprintf("L2:L%d", len(want)+1) {
		t.Errorf("Chair's decision validation = %+v", dvs)
	}
}

func TestXLSXSheetFeatures(t *testing.T) {
	run := seedRun(t)
	lastFinding := len(run.Findings()) + 1
	f := openXLSX(t, writeXLSX(t, run))
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("%s panes = %+v, want the header row frozen", sheet, p)
		}
		tables, err := f.GetTables(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
			t.Errorf("%s tables = %+v, want one from A1", sheet, tables)
		}
	}
	tables, _ := f.GetTables("Findings")
	if want := fmt.Sprintf("A1:L%d", lastFinding); len(tables) == 1 && tables[0].Range != want {
		t.Errorf("Findings table range = %s, want %s", tables[0].Range, want)
	}
	if w, _ := f.GetColWidth("Contributions", "E"); w < 40 {
		t.Errorf("Title column width = %v", w)
	}

	// Conditional formats colour dispositions and severities.
	wantFormats := map[string][]string{
		"Contributions": {`$L2="no disposition"`, `$K2="AGREED"`, `$K2="NOTED"`, `$L2="open"`, `$L2="superseded"`, `$K2="WITHDRAWN"`, `$M2="yes"`},
		"Findings":      {`$C2="error"`, `$C2="warning"`, `$C2="info"`},
		"Rules":         {`$B2="error"`},
		"Open items":    {`"no disposition"`, `"carried over"`, `"open"`},
		"Summary":       {">0"},
	}
	for sheet, wants := range wantFormats {
		cf, err := f.GetConditionalFormats(sheet)
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, opts := range cf {
			for _, o := range opts {
				all = append(all, o.Criteria)
				if o.Format == nil {
					t.Errorf("%s: rule %q has no format", sheet, o.Criteria)
				}
			}
		}
		joined := strings.Join(all, "\n")
		for _, w := range wants {
			if !strings.Contains(joined, w) {
				t.Errorf("%s conditional formats lack %s; have\n%s", sheet, w, joined)
			}
		}
	}

	// Wrapped long text.
	id, _ := f.GetCellStyle("Findings", "H2")
	if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
		t.Errorf("Message cell style %+v does not wrap", st)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Creator != "minuteslint" || props.Created != "2000-01-01T00:00:00Z" || props.Modified != "2000-01-01T00:00:00Z" {
		t.Errorf("doc props = %+v", props)
	}
}

func TestXLSXDeterministic(t *testing.T) {
	first := writeXLSX(t, seedRun(t))
	// excelize keeps parts in maps; several writes catch a varying order.
	for i := range 5 {
		if again := writeXLSX(t, seedRun(t)); !bytes.Equal(first, again) {
			t.Fatalf("write %d differs from the first", i+2)
		}
	}
}

func TestXLSXEmptyRun(t *testing.T) {
	for name, run := range map[string]*report.Run{
		"no files": {},
		"no findings": {Files: []report.File{{Path: "clean.txt", Profile: "generic"}},
			Rules: []report.RuleDoc{{ID: "r", Severity: "info", Summary: "s"}}},
	} {
		t.Run(name, func(t *testing.T) {
			f := openXLSX(t, writeXLSX(t, run))
			if len(f.GetSheetList()) != 7 {
				t.Fatalf("sheets = %q", f.GetSheetList())
			}
			for _, sheet := range f.GetSheetList() {
				tb := readTable(t, f, sheet)
				if len(tb.head) == 0 || tb.head[0] == "" {
					t.Errorf("%s has no header", sheet)
				}
			}
			if fs := readTable(t, f, "Findings"); len(fs.rows) != 0 || len(fs.head) != 12 {
				t.Errorf("Findings = %q %v", fs.head, fs.rows)
			}
		})
	}
}

func TestXLSXUnreadableAndLongText(t *testing.T) {
	long := strings.Repeat("é𝄞", 20000) // 60,000 UTF-16 units
	run := &report.Run{
		Rules: []report.RuleDoc{{ID: "placeholder-text", Severity: "warning", Summary: "s", Explanation: long}},
		Files: []report.File{
			{Path: "broken.doc", Err: errors.New("broken.doc: not a Word file")},
			{Path: "a.txt", Profile: "generic", Findings: []finding.Finding{{
				File: "a.txt", Rule: "placeholder-text", Severity: finding.Warning, Message: long, Subject: "TBD",
				Location: finding.Location{SectionTitle: "cover page"},
			}}},
		},
	}
	f := openXLSX(t, writeXLSX(t, run))
	s := readTable(t, f, "Summary")
	if len(s.rows) < 2 || s.rows[0]["Read error"] != "broken.doc: not a Word file" || s.rows[1]["Warnings"] != "1" {
		t.Errorf("Summary rows = %v", s.rows)
	}
	fs := readTable(t, f, "Findings")
	msg := fs.rows[0]["Message"]
	if n := len(utf16.Encode([]rune(msg))); n > 32767 || n < 32000 || !strings.HasSuffix(msg, "…") {
		t.Errorf("long message kept %d UTF-16 units", n)
	}
	// With no contributions the chart counts findings per rule.
	chart := zipEntry(t, writeXLSX(t, run), "xl/charts/chart1.xml")
	if !strings.Contains(chart, "Findings per rule") {
		t.Error("chart is not of findings per rule")
	}
}

// TestXLSXLibreOffice reads the workbook with an independent reader.
func TestXLSXLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	run := seedRun(t)
	data := writeXLSX(t, run)
	dir := t.TempDir()
	in := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
		"--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	readCSV := func(sheet string) [][]string {
		b, err := os.ReadFile(filepath.Join(dir, "report-"+sheet+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	f := openXLSX(t, data)
	for _, sheet := range []string{"Contributions", "Findings"} {
		recs := readCSV(sheet)
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(rows) {
			t.Fatalf("%s: LibreOffice reads %d rows, excelize %d", sheet, len(recs), len(rows))
		}
		for i, row := range rows {
			for j, v := range row {
				if j >= len(recs[i]) || recs[i][j] != v {
					t.Errorf("%s row %d col %d: LibreOffice %q, excelize %q", sheet, i+1, j+1, at(recs[i], j), v)
				}
			}
		}
	}
	c := readCSV("Contributions")
	if len(c) != 19 || c[0][1] != "TDoc" {
		t.Errorf("Contributions CSV has %d rows, header %q", len(c), c[0])
	}
	for _, r := range c {
		if r[1] == "SEC-2016-0002" && (r[6] != "2016-01-07" || r[7] != "6.1" || r[9] != "NOTED") {
			t.Errorf("LibreOffice reads SEC-2016-0002 as %q", r)
		}
	}
	if fs := readCSV("Findings"); len(fs) != len(jsonFindings(t, run))+1 {
		t.Errorf("Findings CSV has %d rows", len(fs))
	}

	// Converted to OpenDocument, the sheet-level features show whether
	// LibreOffice understood them.
	cmd = exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "ods", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	ods, err := os.ReadFile(filepath.Join(dir, "report.ods"))
	if err != nil {
		t.Fatal(err)
	}
	content := zipEntry(t, ods, "content.xml")
	for _, w := range []string{
		`of:cell-content-is-in-list(&quot;accept&quot;;&quot;fix&quot;;&quot;waive&quot;)`,
		`calcext:target-range-address="Contributions.J2:Contributions.L19"`,
		fmt.Sprintf(`calcext:target-range-address="Findings.C2:Findings.C%d"`, len(run.Findings())+1),
		fmt.Sprintf(`table:name="Findings" table:target-range-address="Findings.A1:Findings.L%d"`, len(run.Findings())+1),
		`table:target-range-address="Summary.A1:`,
		`xlink:href="#Rules.A`,
		`office:value-type="date" office:date-value="2016-01-07"`,
	} {
		if !strings.Contains(content, w) {
			t.Errorf("LibreOffice's content.xml lacks %s", w)
		}
	}
	chart := zipEntry(t, ods, "Object 1/content.xml")
	for _, w := range []string{`chart:class="chart:bar"`, "Dispositions per meeting", `table:cell-range-address="Summary.A4:Summary.F5"`} {
		if !strings.Contains(chart, w) {
			t.Errorf("LibreOffice's chart lacks %s", w)
		}
	}
}

func at(r []string, j int) string {
	if j < len(r) {
		return r[j]
	}
	return "<missing>"
}

// TestXLSXCorpus writes one workbook for the whole shared corpus.
func TestXLSXCorpus(t *testing.T) {
	const dir = "../../shared/corpus"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus not available")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	files := lint.Expand([]string{dir})
	if len(files) == 0 {
		t.Skip("corpus is empty")
	}
	run := newRun(lint.Run(files, lint.Options{Rules: rules.All(), Jobs: 4}))
	start := time.Now()
	data := writeXLSX(t, run)
	took := time.Since(start)
	f := openXLSX(t, data)
	rows, err := f.Rows("Findings")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	want := len(run.Findings())
	if n-1 != want {
		t.Errorf("Findings sheet has %d rows, the run %d findings", n-1, want)
	}
	s := readTable(t, f, "Summary")
	if len(s.rows) < len(run.Files) {
		t.Errorf("Summary has %d rows for %d files", len(s.rows), len(run.Files))
	}
	// The 3GPP report and agenda are meetings of SA WG2, whatever their
	// profile.
	for _, r := range s.rows {
		if strings.Contains(r["Meeting"], "SA WG2 Meeting") && r["Group"] != "SA WG2" {
			t.Errorf("%s: group %q, want SA WG2", r["File"], r["Group"])
		}
	}
	unreadable := 0
	for _, file := range run.Files {
		if file.Err != nil {
			unreadable++
		}
	}
	t.Logf("%d files (%d unreadable), %d findings: workbook written in %v, %d bytes",
		len(run.Files), unreadable, want, took.Round(time.Millisecond), len(data))
}

func BenchmarkXLSXSeed(b *testing.B) {
	run := seedRun(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := report.XLSX(&buf, run); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// TestXLSXControlCharacters: text with characters XML cannot hold (a
// form feed from a text export, a stray NUL) still makes a workbook whose
// parts are well-formed XML.
func TestXLSXControlCharacters(t *testing.T) {
	odd := "page one\fpage two\x00\x01\x0b end \ufffe"
	run := &report.Run{
		Rules: []report.RuleDoc{{ID: "placeholder-text", Severity: "warning", Summary: "s", Explanation: "e"}},
		Files: []report.File{{Path: "a\x01.txt", Profile: "generic", Findings: []finding.Finding{{
			File: "a\x01.txt", Rule: "placeholder-text", Severity: finding.Warning, Message: odd, Subject: odd,
			Excerpt: odd, Location: finding.Location{Section: "1", SectionTitle: odd},
		}}}},
	}
	data := writeXLSX(t, run)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range zr.File {
		if !strings.HasSuffix(e.Name, ".xml") && !strings.HasSuffix(e.Name, ".rels") {
			continue
		}
		part := zipEntry(t, data, e.Name)
		dec := xml.NewDecoder(strings.NewReader(part))
		for {
			if _, err := dec.Token(); err != nil {
				if !errors.Is(err, io.EOF) {
					t.Errorf("%s is not well-formed XML: %v", e.Name, err)
				}
				break
			}
		}
	}
	f := openXLSX(t, data)
	fs := readTable(t, f, "Findings")
	if msg := fs.rows[0]["Message"]; !strings.Contains(msg, "page one") || !strings.Contains(msg, "end") {
		t.Errorf("message read back as %q", msg)
	}
}
