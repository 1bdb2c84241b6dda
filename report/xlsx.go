package report

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/source"
)

// Sheet names, at most 31 characters as spreadsheets require.
const (
	sheetSummary       = "Summary"
	sheetContributions = "Contributions"
	sheetOpen          = "Open items"
	sheetParticipants  = "Participants"
	sheetOrgs          = "Organisations"
	sheetFindings      = "Findings"
	sheetRules         = "Rules"
)

// maxCellText is the most UTF-16 units a spreadsheet cell holds.
const maxCellText = 32767

// fixedTime stamps the workbook's properties, so the same run always gives
// the same bytes.
const fixedTime = "2000-01-01T00:00:00Z"

// The chair's decision on a finding, offered as a drop-down.
var decisions = []string{"accept", "fix", "waive"}

// dispositionOrder is the order of the canonical dispositions in the
// summary: closing ones first, then superseded, carried over and open.
var dispositionOrder = []profile.Canon{
	profile.Agreed, profile.Approved, profile.PartlyAgreed, profile.Endorsed,
	profile.Noted, profile.RepliedTo, profile.Revised, profile.Merged,
	profile.Postponed, profile.NotHandled, profile.LeftOpen, profile.ReturnPending,
	profile.NoDiscussion, profile.Withdrawn, profile.Rejected, profile.NotPursued,
}

// Summary buckets for contributions without a recognised disposition.
const (
	bucketUnrecognised = "Unrecognised"
	bucketExempt       = "Exempt"
	bucketDeferred     = "Deferred"
	bucketNone         = "No disposition"
)

// Classes shown for contributions that have no disposition.
const (
	classNone         = "no disposition"
	classExempt       = "exempt"
	classDeferred     = "deferred"
	classUnrecognised = "unrecognised"
)

// XLSX writes the chair's workbook for a run: one workbook covering every file.
func XLSX(w io.Writer, run *Run) (err error) {
	f := excelize.NewFile()
	defer func() {
		// Close removes the stream writer's temporary files.
		err = errors.Join(err, f.Close())
	}()
	b, err := newWorkbook(f)
	if err != nil {
		return err
	}
	m := analyse(run)
	steps := []func(*model) error{
		b.summary, b.contributions, b.openItems, b.participants,
		b.organisations, b.findings, b.rules,
	}
	for _, step := range steps {
		if err := step(m); err != nil {
			return fmt.Errorf("xlsx report: %w", err)
		}
	}
	if err := b.properties(run); err != nil {
		return fmt.Errorf("xlsx report: %w", err)
	}
	// The Summary sheet is the first and already the active one; setting it
	// again would make excelize parse every streamed sheet back.
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return fmt.Errorf("xlsx report: %w", err)
	}
	if err := stablePackage(w, buf.Bytes()); err != nil {
		return fmt.Errorf("xlsx report: %w", err)
	}
	return nil
}

// model is what the sheets show, worked out once from the run.
type model struct {
	run      *Run
	files    []fileInfo
	findings []finding.Finding
	// buckets are the summary's disposition columns, in display order.
	buckets []string
	// ruleRow is the Rules sheet row of each rule ID.
	ruleRow map[string]int
}

type fileInfo struct {
	file     *File
	contribs []contribInfo
	// findingIDs lists the IDs of the file's findings by the contribution
	// they are about, or else by subject.
	findingIDs map[string][]string
	buckets    map[string]int
	open       int
}

type contribInfo struct {
	c *minutes.Contribution
	// disp is the final disposition, else the last one, or nil.
	disp   *minutes.Disposition
	class  string
	bucket string
	// open says, in words, why the contribution is not closed.
	open []string
	date time.Time
}

func analyse(run *Run) *model {
	m := &model{run: run, findings: run.Findings(), ruleRow: map[string]int{}}
	for i, r := range run.Rules {
		if _, ok := m.ruleRow[r.ID]; !ok {
			m.ruleRow[r.ID] = i + 2
		}
	}
	ids := map[string]map[string][]string{}
	for i, fd := range m.findings {
		key := cmp.Or(fd.Contribution, fd.Subject)
		if key == "" {
			continue
		}
		if ids[fd.File] == nil {
			ids[fd.File] = map[string][]string{}
		}
		ids[fd.File][key] = append(ids[fd.File][key], findingID(i))
	}
	used := map[string]bool{}
	for i := range run.Files {
		file := &run.Files[i]
		fi := fileInfo{file: file, findingIDs: ids[file.Path], buckets: map[string]int{}}
		if d := file.Doc; d != nil {
			dates := contributionDates(d)
			for _, c := range d.Contributions {
				ci := describe(d, c)
				ci.date = dates[c]
				fi.contribs = append(fi.contribs, ci)
				fi.buckets[ci.bucket]++
				used[ci.bucket] = true
				if len(ci.open) > 0 {
					fi.open++
				}
			}
		}
		m.files = append(m.files, fi)
	}
	m.buckets = bucketOrder(used)
	return m
}

func findingID(i int) string { return "F" + strconv.Itoa(i+1) }

// bucketOrder lists the disposition columns that occur, in a fixed order,
// always ending with "No disposition".
func bucketOrder(used map[string]bool) []string {
	var out []string
	known := map[string]bool{}
	for _, c := range dispositionOrder {
		known[string(c)] = true
		if used[string(c)] {
			out = append(out, string(c))
		}
	}
	tail := []string{bucketUnrecognised, bucketExempt, bucketDeferred, bucketNone}
	var other []string
	for k := range used {
		if !known[k] && !slices.Contains(tail, k) {
			other = append(other, k)
		}
	}
	slices.Sort(other)
	out = append(out, other...)
	for _, k := range tail {
		if used[k] || k == bucketNone {
			out = append(out, k)
		}
	}
	return out
}

// describe classifies one contribution for the sheets.
func describe(d *minutes.Document, c *minutes.Contribution) contribInfo {
	ci := contribInfo{c: c, disp: c.Final()}
	if ci.disp == nil {
		ci.disp = c.Last()
	}
	switch {
	case ci.disp != nil && ci.disp.Canon == "":
		ci.class, ci.bucket = classUnrecognised, bucketUnrecognised
		ci.open = append(ci.open, fmt.Sprintf("disposition %q not recognised", ci.disp.Word))
	case ci.disp != nil:
		cl := profile.ClassOf(ci.disp.Canon)
		ci.class, ci.bucket = cl.String(), string(ci.disp.Canon)
		if cl == profile.Open || cl == profile.Carried {
			ci.open = append(ci.open, openWords(ci.disp.Canon))
		}
	case c.Exemption != nil:
		ci.class, ci.bucket = classExempt, bucketExempt
	case c.Deferral != nil:
		ci.class, ci.bucket = classDeferred, bucketDeferred
	default:
		ci.class, ci.bucket = classNone, bucketNone
		ci.open = append(ci.open, classNone)
	}
	// A decision deferred to e-mail stays pending until something closes
	// the document, whatever else the meeting said about it.
	if c.Deferral != nil && c.Final() == nil {
		ci.open = append(ci.open, "deferred to e-mail approval")
	}
	if len(c.RevisionExpected) > 0 && d.LaterRevision(c) == nil {
		ci.open = append(ci.open, "revision expected, none seen")
	}
	return ci
}

// openWords says why a disposition leaves a document open.
func openWords(c profile.Canon) string {
	switch c {
	case profile.LeftOpen:
		return "left open"
	case profile.ReturnPending:
		return "open, to return"
	case profile.NoDiscussion:
		return "open, not discussed"
	case profile.Postponed:
		return "postponed (carried over)"
	case profile.NotHandled:
		return "not handled (carried over)"
	}
	return strings.ToLower(strings.ReplaceAll(string(c), "_", " "))
}

// contributionDates gives the date of each contribution whose date field
// holds exactly one valid date.
func contributionDates(d *minutes.Document) map[*minutes.Contribution]time.Time {
	out := map[*minutes.Contribution]time.Time{}
	for _, dt := range d.Dates {
		c := dt.Of
		if c == nil || dt.Role != "contribution" || !dt.Valid() || dt.IsRange() {
			continue
		}
		if _, seen := out[c]; seen || strings.TrimSpace(c.Date.Value) != strings.TrimSpace(dt.Raw) {
			continue
		}
		out[c] = day(dt.From)
	}
	return out
}

// day drops the time of day and zone, so the cell holds a whole date.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

var workingGroup = regexp.MustCompile(`^[A-Z][A-Za-z0-9-]* WG ?\d+\b`)

// group is the issuing group of the meeting: the first word of its name
// when the profile knows it as a group, else the group most contributions
// come from, else that first word when it reads as a group's name.
func group(d *minutes.Document) string {
	// "SA WG2 Meeting #132" is a meeting of SA WG2.
	if m := workingGroup.FindString(d.Header.Meeting.Value); m != "" {
		return m
	}
	first := ""
	if w := strings.Fields(d.Header.Meeting.Value); len(w) > 0 {
		first = strings.Trim(w[0], ".,:;#()")
	}
	if d.Profile != nil && first != "" {
		for _, g := range d.Profile.Groups {
			if strings.EqualFold(g, first) {
				return g
			}
		}
	}
	count := map[string]int{}
	best := ""
	for _, c := range d.Contributions {
		g := c.Number.Group
		if g == "" {
			continue
		}
		count[g]++
		if best == "" || count[g] > count[best] {
			best = g
		}
	}
	if best != "" || !looksLikeGroup(first) {
		return best
	}
	return first
}

// looksLikeGroup tells a group's short name (IETF, TC39, HacDC, W3C) from
// an ordinary first word of a meeting's name (Minutes, Regular, Note).
func looksLikeGroup(w string) bool {
	if strings.ContainsFunc(w, unicode.IsDigit) {
		return true
	}
	if n := utf8.RuneCountInString(w); n >= 2 && !strings.ContainsFunc(w, unicode.IsLower) {
		// All capitals: an acronym, unless it is a shouted word.
		return n <= 5
	}
	// Capitals inside the word: HacDC, HTTPbis.
	_, size := utf8.DecodeRuneInString(w)
	return strings.ContainsFunc(w[size:], unicode.IsUpper)
}

// Cell values the sheets are built from: string, int, time.Time (a date)
// or link.
type link struct {
	text, target string
}

type column struct {
	head  string
	width float64
	wrap  bool
}

type sheet struct {
	name  string
	table string
	cols  []column
	rows  [][]any
}

// col returns the letter of the named column.
func (s *sheet) col(head string) string {
	for i, c := range s.cols {
		if c.head == head {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return name
		}
	}
	panic("xlsx: no column " + head)
}

// last is the last row formats and filters cover: the last data row, or
// row 2 when there is none so that ranges stay valid.
func (s *sheet) last() int { return max(len(s.rows)+1, 2) }

// span is a column's data range, e.g. "C2:C19".
func (s *sheet) span(head string) string {
	c := s.col(head)
	return fmt.Sprintf("%s2:%s%d", c, c, s.last())
}

func (s *sheet) ref() string {
	c, _ := excelize.ColumnNumberToName(len(s.cols))
	return fmt.Sprintf("A1:%s%d", c, s.last())
}

type workbook struct {
	f                            *excelize.File
	head, text, wrap, date, link int
	dxf                          map[colour]int
}

// colour is a conditional format's fill and font.
type colour struct{ fill, font string }

var (
	green      = colour{"C6EFCE", "006100"}
	lightGreen = colour{"E2EFDA", "375623"}
	yellow     = colour{"FFEB9C", "9C5700"}
	orange     = colour{"F8CBAD", "843C0C"}
	grey       = colour{"D9D9D9", "404040"}
	red        = colour{"FFC7CE", "9C0006"}
	amber      = colour{"FFD966", "7F6000"}
	blue       = colour{"DDEBF7", "1F4E78"}
)

func newWorkbook(f *excelize.File) (*workbook, error) {
	b := &workbook{f: f, dxf: map[colour]int{}}
	top := &excelize.Alignment{Vertical: "top"}
	dateFmt := "yyyy-mm-dd"
	styles := []struct {
		id *int
		s  *excelize.Style
	}{
		{&b.head, &excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		}},
		{&b.text, &excelize.Style{Alignment: top}},
		{&b.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&b.date, &excelize.Style{Alignment: top, CustomNumFmt: &dateFmt}},
		{&b.link, &excelize.Style{Alignment: top, Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
	}
	for _, s := range styles {
		id, err := f.NewStyle(s.s)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return b, nil
}

func (b *workbook) properties(run *Run) error {
	desc := strings.TrimSpace(run.Tool.Name + " " + run.Tool.Version)
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:          "Meeting minutes lint report",
		Subject:        "Contributions, open items, participants and findings",
		Creator:        "minuteslint",
		LastModifiedBy: "minuteslint",
		Description:    desc,
		Created:        fixedTime,
		Modified:       fixedTime,
		Language:       "en",
	})
}

// style gives the cell style of a column's data cells.
func (b *workbook) style(c column, v any) int {
	switch v.(type) {
	case time.Time:
		return b.date
	case link:
		return b.link
	}
	if c.wrap {
		return b.wrap
	}
	return b.text
}

// cell turns a model value into what excelize writes. Text is trimmed,
// since a stray tab or space only hinders filtering, and empty text
// becomes no value at all, so filters see a blank cell.
func cell(v any) any {
	switch v := v.(type) {
	case string:
		if v = strings.TrimSpace(v); v == "" {
			return nil
		}
		return clip(v)
	case link:
		return clip(v.text)
	}
	return v
}

// clip cuts text to what a cell holds, marking the cut.
func clip(s string) string {
	n := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if n+w > maxCellText-1 {
			return s[:i] + "…"
		}
		n += w
	}
	return s
}

// rule colours cells of a range when a formula, written for the range's
// first row, holds.
type rule struct {
	formula string
	colour  colour
}

func (b *workbook) conditional(c colour) (int, error) {
	if id, ok := b.dxf[c]; ok {
		return id, nil
	}
	id, err := b.f.NewConditionalStyle(&excelize.Style{
		Font: &excelize.Font{Color: c.font},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
	})
	if err != nil {
		return 0, err
	}
	b.dxf[c] = id
	return id, nil
}

// colour adds formula rules to a range; earlier rules win.
func (b *workbook) colour(sheet, rng string, rules ...rule) error {
	opts := make([]excelize.ConditionalFormatOptions, 0, len(rules))
	for _, r := range rules {
		id, err := b.conditional(r.colour)
		if err != nil {
			return err
		}
		opts = append(opts, excelize.ConditionalFormatOptions{Type: "formula", Criteria: r.formula, Format: &id})
	}
	return b.f.SetConditionalFormat(sheet, rng, opts)
}

// equals is a formula that holds when the cell at ref (column-absolute,
// row-relative) holds one of the values.
func equals(ref string, values ...string) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = ref + "=" + quote(v)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "OR(" + strings.Join(parts, ",") + ")"
}

// contains holds when the cell at ref contains the text (any case).
func contains(ref, text string) string {
	return "ISNUMBER(SEARCH(" + quote(text) + "," + ref + "))"
}

// quote writes text as a formula string literal.
func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

var frozenHeader = excelize.Panes{
	Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
	Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
}

// stream writes a sheet as a table with the stream writer. setup adds
// conditional formats and validations first: the stream writer keeps
// what the sheet already holds, while anything added after Flush is lost.
func (b *workbook) stream(s *sheet, setup func() error) error {
	f := b.f
	if _, err := f.NewSheet(s.name); err != nil {
		return err
	}
	links := 0
	for i, row := range s.rows {
		for j, v := range row {
			l, ok := v.(link)
			if !ok || l.target == "" || links >= excelize.TotalSheetHyperlinks {
				continue
			}
			ref, err := excelize.CoordinatesToCellName(j+1, i+2)
			if err != nil {
				return err
			}
			if err := f.SetCellHyperLink(s.name, ref, l.target, "Location"); err != nil {
				return err
			}
			links++
		}
	}
	if setup != nil {
		if err := setup(); err != nil {
			return err
		}
	}
	sw, err := f.NewStreamWriter(s.name)
	if err != nil {
		return err
	}
	panes := frozenHeader
	if err := sw.SetPanes(&panes); err != nil {
		return err
	}
	head := make([]any, len(s.cols))
	for j, c := range s.cols {
		if err := sw.SetColWidth(j+1, j+1, c.width); err != nil {
			return err
		}
		if err := sw.SetColStyle(j+1, j+1, b.style(c, nil)); err != nil {
			return err
		}
		head[j] = excelize.Cell{StyleID: b.head, Value: c.head}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for i, row := range s.rows {
		out := make([]any, len(row))
		for j, v := range row {
			out[j] = excelize.Cell{StyleID: b.style(s.cols[j], v), Value: cell(v)}
		}
		ref, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(ref, out); err != nil {
			return err
		}
	}
	if err := sw.AddTable(&excelize.Table{Range: s.ref(), Name: s.table, StyleName: "TableStyleLight9"}); err != nil {
		return err
	}
	return sw.Flush()
}

func date(t time.Time) any {
	if t.IsZero() {
		return ""
	}
	return day(t)
}

// summary writes one row per file and a chart of dispositions per
// meeting (or of findings per rule when no file has contributions).
func (b *workbook) summary(m *model) error {
	f := b.f
	const name = sheetSummary
	if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
		return err
	}
	s := &sheet{name: name, cols: []column{
		{head: "File", width: 40, wrap: true},
		{head: "Profile", width: 10},
		{head: "Meeting", width: 32, wrap: true},
		{head: "Group", width: 9},
		{head: "Start", width: 12},
		{head: "End", width: 12},
		{head: "Venue", width: 30, wrap: true},
		{head: "Chair", width: 22, wrap: true},
		{head: "Secretary", width: 22, wrap: true},
		{head: "Contributions", width: 14},
	}}
	for _, k := range m.buckets {
		s.cols = append(s.cols, column{head: k, width: max(10, float64(len(k))+3)})
	}
	for _, h := range []string{"Participants", "Organisations", "Errors", "Warnings", "Info", "Open items"} {
		s.cols = append(s.cols, column{head: h, width: max(10, float64(len(h))+3)})
	}
	s.cols = append(s.cols, column{head: "Read error", width: 50, wrap: true})
	for _, fi := range m.files {
		s.rows = append(s.rows, summaryRow(m, fi))
	}
	if err := b.normal(s); err != nil {
		return err
	}
	// A table, like every other sheet, rather than a bare autofilter:
	// excelize marks an autofiltered sheet as filtered.
	if err := f.AddTable(name, &excelize.Table{Range: s.ref(), Name: name, StyleName: "TableStyleLight9"}); err != nil {
		return err
	}
	cnt := func(h string) string { return "$" + s.col(h) + "2" }
	if err := b.colour(name, s.span("Errors"), rule{cnt("Errors") + ">0", red}); err != nil {
		return err
	}
	if err := b.colour(name, s.span("Warnings"), rule{cnt("Warnings") + ">0", amber}); err != nil {
		return err
	}
	if err := b.colour(name, s.span("Info"), rule{cnt("Info") + ">0", blue}); err != nil {
		return err
	}
	if err := b.colour(name, s.span("Open items"), rule{cnt("Open items") + ">0", yellow}); err != nil {
		return err
	}
	if err := b.colour(name, s.span(bucketNone), rule{cnt(bucketNone) + ">0", red}); err != nil {
		return err
	}
	if err := b.colour(name, s.span("Read error"), rule{"LEN(" + cnt("Read error") + ")>0", red}); err != nil {
		return err
	}
	return b.chart(m, s)
}

func summaryRow(m *model, fi fileInfo) []any {
	file := fi.file
	var sev [4]int
	for _, fd := range file.Findings {
		if fd.Severity >= finding.Info && fd.Severity <= finding.Error {
			sev[fd.Severity]++
		}
	}
	row := []any{file.Path, file.Profile}
	if d := file.Doc; d != nil {
		h := d.Header
		row = append(row, h.Meeting.Value, group(d), date(h.Start), date(h.End),
			cmp.Or(h.Venue.Value, h.Details.Value), h.Chair.Value, h.Secretary.Value, len(d.Contributions))
		for _, k := range m.buckets {
			row = append(row, fi.buckets[k])
		}
		row = append(row, len(d.Participants), len(d.Organisations()))
	} else {
		for range 8 + len(m.buckets) + 2 {
			row = append(row, "")
		}
	}
	row = append(row, sev[finding.Error], sev[finding.Warning], sev[finding.Info])
	readErr := ""
	if file.Err != nil {
		readErr = file.Err.Error()
		row = append(row, "")
	} else {
		row = append(row, fi.open)
	}
	return append(row, readErr)
}

// normal writes a small sheet cell by cell, for sheets that also carry a
// chart.
func (b *workbook) normal(s *sheet) error {
	f := b.f
	for j, c := range s.cols {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(s.name, col, col, c.width); err != nil {
			return err
		}
		if err := f.SetCellValue(s.name, col+"1", c.head); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(s.cols))
	if err := f.SetCellStyle(s.name, "A1", last+"1", b.head); err != nil {
		return err
	}
	for i, row := range s.rows {
		for j, v := range row {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellStyle(s.name, ref, ref, b.style(s.cols[j], v)); err != nil {
				return err
			}
			if v = cell(v); v == nil {
				continue
			}
			if err := f.SetCellValue(s.name, ref, v); err != nil {
				return err
			}
			// SetCellValue gives a date its own default format; restore ours.
			if _, ok := v.(time.Time); ok {
				if err := f.SetCellStyle(s.name, ref, ref, b.date); err != nil {
					return err
				}
			}
		}
	}
	panes := frozenHeader
	return f.SetPanes(s.name, &panes)
}

// chart adds a block of chart data below the summary table and a
// clustered column chart of it beside the block.
func (b *workbook) chart(m *model, s *sheet) error {
	title, series, labels, rows := chartData(m)
	if len(rows) == 0 {
		return nil
	}
	f := b.f
	top := len(s.rows) + 3
	head := append([]string{labels}, series...)
	for j, h := range head {
		ref, _ := excelize.CoordinatesToCellName(j+1, top)
		if err := f.SetCellValue(s.name, ref, h); err != nil {
			return err
		}
		if err := f.SetCellStyle(s.name, ref, ref, b.head); err != nil {
			return err
		}
	}
	for i, r := range rows {
		for j, v := range r {
			ref, _ := excelize.CoordinatesToCellName(j+1, top+1+i)
			if err := f.SetCellValue(s.name, ref, v); err != nil {
				return err
			}
			if err := f.SetCellStyle(s.name, ref, ref, b.text); err != nil {
				return err
			}
		}
	}
	first, last := top+1, top+len(rows)
	var cs []excelize.ChartSeries
	for j := range series {
		col, _ := excelize.ColumnNumberToName(j + 2)
		cs = append(cs, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", s.name, col, top),
			Categories: fmt.Sprintf("%s!$A$%d:$A$%d", s.name, first, last),
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", s.name, col, first, col, last),
		})
	}
	at, _ := excelize.CoordinatesToCellName(len(head)+2, top)
	// One colour per series, not per column.
	noVary := false
	return f.AddChart(s.name, at, &excelize.Chart{
		Type:       excelize.Col,
		Series:     cs,
		VaryColors: &noVary,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		Dimension:  excelize.ChartDimension{Width: 720, Height: 360},
		Format:     excelize.GraphicOptions{AltText: title},
		YAxis:      excelize.ChartAxis{MajorGridLines: true},
	})
}

// chartData gives the chart's title, series names, category heading and
// rows (a label, then one count per series).
func chartData(m *model) (title string, series []string, labels string, rows [][]any) {
	for _, fi := range m.files {
		if len(fi.contribs) == 0 {
			continue
		}
		label := filepath.Base(fi.file.Path)
		if d := fi.file.Doc; d != nil && d.Header.Meeting.Value != "" {
			label = d.Header.Meeting.Value
		}
		row := []any{label}
		for _, k := range m.buckets {
			row = append(row, fi.buckets[k])
		}
		rows = append(rows, row)
	}
	if len(rows) > 0 {
		return "Dispositions per meeting", m.buckets, "Meeting", rows
	}
	type counts [4]int
	byRule := map[string]*counts{}
	var order []string
	for _, fd := range m.findings {
		c := byRule[fd.Rule]
		if c == nil {
			c = &counts{}
			byRule[fd.Rule] = c
			order = append(order, fd.Rule)
		}
		if fd.Severity >= finding.Info && fd.Severity <= finding.Error {
			c[fd.Severity]++
		}
	}
	slices.Sort(order)
	for _, r := range order {
		c := byRule[r]
		rows = append(rows, []any{r, c[finding.Error], c[finding.Warning], c[finding.Info]})
	}
	return "Findings per rule", []string{"Errors", "Warnings", "Info"}, "Rule", rows
}

var contributionCols = []column{
	{head: "File", width: 30, wrap: true},
	{head: "TDoc", width: 19},
	{head: "Base number", width: 17},
	{head: "Revision", width: 9},
	{head: "Title", width: 50, wrap: true},
	{head: "Source", width: 28, wrap: true},
	{head: "Date", width: 12},
	{head: "Agenda item", width: 10},
	{head: "Agenda item title", width: 30, wrap: true},
	{head: "Disposition", width: 16, wrap: true},
	{head: "TDoc Status", width: 15},
	{head: "Class", width: 15},
	{head: "Revision expected", width: 11},
	{head: "Revision seen", width: 19},
	{head: "Is revision of", width: 19},
	{head: "Revised to", width: 19},
	{head: "Notes", width: 40, wrap: true},
	{head: "Findings", width: 14, wrap: true},
	{head: "Location", width: 34, wrap: true},
}

func (b *workbook) contributions(m *model) error {
	s := &sheet{name: sheetContributions, table: "Contributions", cols: contributionCols}
	for _, fi := range m.files {
		d := fi.file.Doc
		for _, ci := range fi.contribs {
			s.rows = append(s.rows, contributionRow(d, fi, ci))
		}
	}
	status, class := "$"+s.col("TDoc Status")+"2", "$"+s.col("Class")+"2"
	rng := fmt.Sprintf("%s2:%s%d", s.col("Disposition"), s.col("Class"), s.last())
	return b.stream(s, func() error {
		err := b.colour(s.name, rng,
			rule{equals(class, classNone), red},
			rule{equals(status, "AGREED", "APPROVED", "ENDORSED", "PARTLY_AGREED"), green},
			rule{equals(status, "NOTED", "REPLIED_TO"), lightGreen},
			rule{equals(class, "open", classDeferred, classUnrecognised), yellow},
			rule{equals(class, "superseded", "carried over"), orange},
			rule{equals(status, "WITHDRAWN", "NOT_PURSUED", "REJECTED"), grey},
		)
		if err != nil {
			return err
		}
		return b.colour(s.name, s.span("Revision expected"),
			rule{equals("$"+s.col("Revision expected")+"2", "yes"), yellow})
	})
}

func contributionRow(d *minutes.Document, fi fileInfo, ci contribInfo) []any {
	c := ci.c
	rev := ""
	if c.Number.Rev > 0 {
		rev = fmt.Sprintf("R%02d", c.Number.Rev)
	}
	var when any = c.Date.Value
	if !ci.date.IsZero() {
		when = ci.date
	}
	loc := c.At.Location()
	var word, status string
	if ci.disp != nil {
		word, status = ci.disp.Word, string(ci.disp.Canon)
		// "Revised to" says little without the number it was revised to.
		if t := ci.disp.Target; t != nil && !strings.Contains(word, t.Raw) {
			word += " " + t.Raw
		}
	}
	expected := "no"
	if len(c.RevisionExpected) > 0 {
		expected = "yes"
	}
	seen := ""
	if later := d.LaterRevision(c); later != nil {
		seen = later.Number.ID
	}
	var revisedTo []string
	var notes []string
	for _, dp := range c.Dispositions {
		if dp.Target == nil {
			continue
		}
		switch dp.Canon {
		case profile.Revised:
			revisedTo = appendNew(revisedTo, dp.Target.ID)
		case profile.Merged:
			notes = appendNew(notes, "Merged into "+dp.Target.ID+".")
		}
	}
	if c.Exemption != nil {
		notes = append(notes, oneLine(c.Exemption.Text))
	}
	if c.Deferral != nil {
		notes = append(notes, oneLine(c.Deferral.Text))
	}
	var ids []string
	for _, subj := range []string{c.Number.Raw, c.Number.ID} {
		for _, id := range fi.findingIDs[subj] {
			ids = appendNew(ids, id)
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int {
		x, _ := strconv.Atoi(a[1:])
		y, _ := strconv.Atoi(b[1:])
		return cmp.Compare(x, y)
	})
	return []any{
		fi.file.Path, c.Number.ID, c.Number.Base, rev, c.Title.Value, c.Source.Value, when,
		loc.Section, loc.SectionTitle, word, status, ci.class, expected, seen, c.RevisionOf,
		strings.Join(revisedTo, ", "), strings.Join(notes, " "), strings.Join(ids, ", "),
		Place(fi.file.Path, loc),
	}
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (b *workbook) openItems(m *model) error {
	s := &sheet{name: sheetOpen, table: "OpenItems", cols: []column{
		{head: "File", width: 30, wrap: true},
		{head: "TDoc", width: 19},
		{head: "Title", width: 50, wrap: true},
		{head: "Source", width: 28, wrap: true},
		{head: "State", width: 40, wrap: true},
		{head: "Agenda item", width: 10},
		{head: "Location", width: 34, wrap: true},
	}}
	for _, fi := range m.files {
		for _, ci := range fi.contribs {
			if len(ci.open) == 0 {
				continue
			}
			c := ci.c
			loc := c.At.Location()
			s.rows = append(s.rows, []any{fi.file.Path, c.Number.ID, c.Title.Value, c.Source.Value,
				strings.Join(ci.open, "; "), loc.Section, Place(fi.file.Path, loc)})
		}
	}
	state := "$" + s.col("State") + "2"
	return b.stream(s, func() error {
		return b.colour(s.name, s.span("State"),
			rule{contains(state, classNone), red},
			rule{contains(state, "carried over"), orange},
			rule{contains(state, "open"), yellow},
			rule{contains(state, "revision expected"), yellow},
			rule{contains(state, "deferred"), yellow},
		)
	})
}

func (b *workbook) participants(m *model) error {
	s := &sheet{name: sheetParticipants, table: "Participants", cols: []column{
		{head: "File", width: 30, wrap: true},
		{head: "First name", width: 16},
		{head: "Last name", width: 18},
		{head: "Organisation", width: 34, wrap: true},
		{head: "Partner", width: 10},
		{head: "Role", width: 11},
		{head: "Name variants seen", width: 30, wrap: true},
		{head: "Location", width: 34, wrap: true},
	}}
	for _, fi := range m.files {
		d := fi.file.Doc
		if d == nil {
			continue
		}
		variants := map[*minutes.Participant][]string{}
		for _, p := range d.People {
			who, how := d.MatchPerson(p.Name)
			if who != nil && (how == minutes.Variant || how == minutes.Misspelt) {
				variants[who] = appendNew(variants[who], p.Name)
			}
		}
		for _, p := range d.Participants {
			s.rows = append(s.rows, []any{fi.file.Path, p.First, p.Last, p.Org.Name, p.Org.Partner,
				cmp.Or(p.Role, "delegate"), strings.Join(variants[p], "; "),
				Place(fi.file.Path, p.At.Location())})
		}
	}
	return b.stream(s, nil)
}

// closing are the dispositions that count as agreed for an organisation.
var closing = []profile.Canon{profile.Agreed, profile.Approved, profile.PartlyAgreed, profile.Endorsed}

func (b *workbook) organisations(m *model) error {
	s := &sheet{name: sheetOrgs, table: "Organisations", cols: []column{
		{head: "File", width: 30, wrap: true},
		{head: "Organisation", width: 36, wrap: true},
		{head: "Variants", width: 44, wrap: true},
		{head: "Partners", width: 12},
		{head: "Participants", width: 13},
		{head: "Contributions", width: 14},
		{head: "Agreed/approved", width: 16},
	}}
	for _, fi := range m.files {
		d := fi.file.Doc
		if d == nil {
			continue
		}
		// A source use is recorded at its contribution's source field.
		bySource := map[source.Position]*minutes.Contribution{}
		for _, c := range d.Contributions {
			if !c.Source.At.Pos.IsZero() {
				bySource[c.Source.At.Pos] = c
			}
		}
		for _, o := range d.Organisations() {
			var variants, partners []string
			for _, form := range o.Forms {
				if form != o.Reference {
					variants = append(variants, form)
				}
			}
			people, sources := 0, 0
			agreed := map[*minutes.Contribution]bool{}
			for _, u := range o.Uses {
				if u.Org.Partner != "" {
					partners = appendNew(partners, u.Org.Partner)
				}
				switch u.Role {
				case "participant":
					people++
				case "source":
					sources++
					if c := bySource[u.At.Pos]; c != nil {
						if fd := c.Final(); fd != nil && slices.Contains(closing, fd.Canon) {
							agreed[c] = true
						}
					}
				}
			}
			s.rows = append(s.rows, []any{fi.file.Path, o.Reference, strings.Join(variants, "; "),
				strings.Join(partners, "; "), people, sources, len(agreed)})
		}
	}
	return b.stream(s, nil)
}

func (b *workbook) findings(m *model) error {
	s := &sheet{name: sheetFindings, table: "Findings", cols: []column{
		{head: "ID", width: 7},
		{head: "Rule", width: 26},
		{head: "Severity", width: 10},
		{head: "File", width: 30, wrap: true},
		{head: "Location", width: 34, wrap: true},
		{head: "Section", width: 30, wrap: true},
		{head: "Subject", width: 24, wrap: true},
		{head: "Message", width: 60, wrap: true},
		{head: "Excerpt", width: 60, wrap: true},
		{head: "Suggestion", width: 40, wrap: true},
		{head: "Rule explanation", width: 12},
		{head: "Chair's decision", width: 12},
	}}
	for i, fd := range m.findings {
		section := strings.TrimSpace(fd.Location.Section + " " + fd.Location.SectionTitle)
		var explain any = ""
		if row, ok := m.ruleRow[fd.Rule]; ok {
			explain = link{text: "explain", target: fmt.Sprintf("%s!A%d", sheetRules, row)}
		}
		s.rows = append(s.rows, []any{findingID(i), fd.Rule, fd.Severity.String(), fd.File,
			Place(fd.File, fd.Location), section, fd.Subject, fd.Message, fd.Excerpt, fd.Suggestion,
			explain, ""})
	}
	return b.stream(s, func() error {
		if err := b.severityColours(s); err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(s.span("Chair's decision"))
		if err := dv.SetDropList(decisions); err != nil {
			return err
		}
		return b.f.AddDataValidation(s.name, dv)
	})
}

func (b *workbook) severityColours(s *sheet) error {
	ref := "$" + s.col("Severity") + "2"
	return b.colour(s.name, s.span("Severity"),
		rule{equals(ref, "error"), red},
		rule{equals(ref, "warning"), amber},
		rule{equals(ref, "info"), blue},
	)
}

func (b *workbook) rules(m *model) error {
	s := &sheet{name: sheetRules, table: "Rules", cols: []column{
		{head: "ID", width: 26},
		{head: "Severity", width: 10},
		{head: "Summary", width: 50, wrap: true},
		{head: "Explanation", width: 90, wrap: true},
	}}
	for _, r := range m.run.Rules {
		s.rows = append(s.rows, []any{r.ID, r.Severity, r.Summary, r.Explanation})
	}
	return b.stream(s, func() error { return b.severityColours(s) })
}

var contentDefault = regexp.MustCompile(`<Default [^>]*>(</Default>)?`)

const contentTypes = "[Content_Types].xml"

// stablePackage copies the package with its parts in name order and the
// Default entries of [Content_Types].xml sorted: excelize writes streamed
// sheets, and adds the image types for the chart's drawing, in map order,
// which changes from run to run.
func stablePackage(w io.Writer, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	parts := slices.Clone(zr.File)
	slices.SortFunc(parts, func(a, b *zip.File) int {
		// The content types part goes first, where readers expect it.
		return cmp.Or(-cmp.Compare(boolInt(a.Name == contentTypes), boolInt(b.Name == contentTypes)),
			cmp.Compare(a.Name, b.Name))
	})
	zw := zip.NewWriter(w)
	for _, e := range parts {
		if e.Name != contentTypes {
			if err := zw.Copy(e); err != nil {
				return err
			}
			continue
		}
		b, err := readPart(e)
		if err != nil {
			return err
		}
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := fw.Write(sortDefaults(b)); err != nil {
			return err
		}
	}
	return zw.Close()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func readPart(e *zip.File) ([]byte, error) {
	rc, err := e.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// sortDefaults puts the <Default> elements of a content types part in
// order, leaving everything else where it is.
func sortDefaults(b []byte) []byte {
	spans := contentDefault.FindAllIndex(b, -1)
	defaults := make([]string, len(spans))
	for i, sp := range spans {
		defaults[i] = string(b[sp[0]:sp[1]])
	}
	slices.Sort(defaults)
	var out bytes.Buffer
	prev := 0
	for i, sp := range spans {
		out.Write(b[prev:sp[0]])
		out.WriteString(defaults[i])
		prev = sp[1]
	}
	out.Write(b[prev:])
	return out.Bytes()
}
