// Package plaintext reads minutes saved as plain text, in particular text
// extracted from Word: each paragraph on a line, table cells on
// tab-indented lines (one row per group of such lines), and automatic
// section numbers on a line of their own before the heading text.
package plaintext

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/minuteslint/minuteslint/source"
	"golang.org/x/text/unicode/norm"
)

var (
	// A section number alone on its line: "6", "6.1", "6.1." (Word writes
	// automatic numbers this way when it saves as text).
	numberLine = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,3}){0,5}\.?$`)
	// "Annex A – Participants List", "Appendix 2: ...".
	annexLine = regexp.MustCompile(`^(?:Annex|ANNEX|Appendix|APPENDIX)\s+[A-Z0-9]{1,3}\b`)
	// A heading whose number is typed in the text: "6.2 Title" (two or
	// more levels) or "6<tab>Title".
	typedHeading = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,3}){1,5}\.?[ \t]+|\d{1,2}\.?\t+)\S`)
	// A heading indented by spaces with its number before the title, as
	// LibreOffice saves numbered headings as text: "    1 Opening of the
	// meeting", "        6.1 End-to-End Security". A single number takes no
	// dot ("  1. Item" is a list).
	indentedHeading = regexp.MustCompile(`^ {2,}(?:\d{1,2}(?:\.\d{1,3}){1,5}\.?|\d{1,2})[ \t]+\p{Lu}`)
	bulletLine      = regexp.MustCompile(`^([·•▪◦‣○●■□▫–\-*o])[ \t]+(\S.*)$`)
	numberedLine    = regexp.MustCompile(`^(\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))[ \t]+(\S.*)$`)
)

// Read parses decoded UTF-8 text with LF line ends.
func Read(name string, text string) *source.File {
	r := reader{file: &source.File{Name: name, Format: source.Text}}
	r.lines = strings.Split(text, "\n")
	r.parse()
	return r.file
}

type reader struct {
	file  *source.File
	lines []string
	// The table being built and the line its last row ended on, so a row
	// that follows after one blank line joins it.
	table        *source.Block
	tableLastRow int
	tables       int
}

func (r *reader) parse() {
	for i := 0; i < len(r.lines); {
		line := strings.TrimRight(r.lines[i], " \t\u00a0\r")
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "\t") && trimmed != "":
			i = r.row(i)
			continue
		case trimmed == "":
			i++
			continue
		}
		col := column(line)
		pos := source.Position{Line: i + 1, Column: col}
		switch {
		case numberLine.MatchString(trimmed) && i+1 < len(r.lines) && r.titleLine(i+1):
			number := strings.TrimSuffix(trimmed, ".")
			title := tidy(r.lines[i+1])
			r.add(source.Block{Kind: source.Heading, Text: title, Number: number, Level: strings.Count(number, ".") + 1, Pos: pos})
			i += 2
			continue
		case annexLine.MatchString(trimmed):
			r.add(source.Block{Kind: source.Heading, Text: tidy(trimmed), Level: 1, Pos: pos})
		case indentedHeading.MatchString(line) && len(strings.Fields(trimmed)) <= 16 && !strings.HasSuffix(trimmed, "."):
			number, title, _ := strings.Cut(trimmed, " ")
			number = strings.TrimSuffix(number, ".")
			r.add(source.Block{Kind: source.Heading, Text: tidy(title), Number: number, Level: strings.Count(number, ".") + 1, Pos: pos})
		case typedHeading.MatchString(trimmed):
			level := strings.Count(strings.Fields(trimmed)[0], ".") + 1
			r.add(source.Block{Kind: source.Heading, Text: tidy(trimmed), Level: level, Pos: pos})
		case bulletLine.MatchString(trimmed):
			m := bulletLine.FindStringSubmatch(trimmed)
			r.add(source.Block{Kind: source.ListItem, Text: tidy(m[2]), Number: m[1], Level: 1, Pos: pos})
		case numberedLine.MatchString(trimmed):
			m := numberedLine.FindStringSubmatch(trimmed)
			r.add(source.Block{Kind: source.ListItem, Text: tidy(m[2]), Number: m[1], Level: 1, Pos: pos})
		default:
			r.add(source.Block{Kind: source.Paragraph, Text: tidy(trimmed), Pos: pos})
		}
		i++
	}
	r.endTable()
}

// titleLine reports whether line i can be the title that follows a
// section number on its own line.
func (r *reader) titleLine(i int) bool {
	line := r.lines[i]
	t := strings.TrimSpace(line)
	return t != "" && !strings.HasPrefix(line, "\t") && !numberLine.MatchString(t)
}

// row reads the tab-indented lines starting at i as one table row and
// returns the index of the first line after it.
func (r *reader) row(i int) int {
	start := i
	var cells []source.Cell
	for i < len(r.lines) && strings.HasPrefix(r.lines[i], "\t") && strings.TrimSpace(r.lines[i]) != "" {
		line := strings.TrimRight(r.lines[i], " \t\u00a0\r")
		cells = append(cells, source.Cell{
			Span: 1,
			Blocks: []source.Block{{
				Kind: source.Paragraph,
				Text: tidy(line),
				Pos:  source.Position{Line: i + 1, Column: column(line)},
			}},
			Pos: source.Position{Line: i + 1, Column: column(line)},
		})
		i++
	}
	// One blank line between rows of the same width keeps them in one
	// table; anything else starts a new one.
	if r.table == nil || start-r.tableLastRow != 2 || len(r.table.Rows[0].Cells) != len(cells) {
		r.endTable()
		r.tables++
		r.table = &source.Block{Kind: source.Table, Pos: source.Position{Line: start + 1, Column: column(r.lines[start]), Table: r.tables}}
	}
	rowNo := len(r.table.Rows) + 1
	for c := range cells {
		cells[c].Pos.Table, cells[c].Pos.Row, cells[c].Pos.Cell = r.tables, rowNo, c+1
		cells[c].Blocks[0].Pos = cells[c].Pos
	}
	r.table.Rows = append(r.table.Rows, source.Row{Cells: cells, Pos: source.Position{Line: start + 1, Column: cells[0].Pos.Column, Table: r.tables, Row: rowNo}})
	r.tableLastRow = i - 1
	return i
}

func (r *reader) endTable() {
	if r.table != nil {
		r.file.Blocks = append(r.file.Blocks, *r.table)
		r.table = nil
	}
}

func (r *reader) add(b source.Block) {
	r.endTable()
	r.file.Blocks = append(r.file.Blocks, b)
}

// column is the 1-based character column of the first visible character.
func column(line string) int {
	trimmed := strings.TrimLeft(line, " \t\u00a0")
	return utf8.RuneCountInString(line[:len(line)-len(trimmed)]) + 1
}

func tidy(s string) string {
	return norm.NFC.String(strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")))
}
