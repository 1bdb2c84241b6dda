package recognize

import (
	"strings"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/source"
)

// Tables saved as text without their tabs (LibreOffice's text export, a
// copy into a plain editor) leave every cell a paragraph of its own on
// consecutive lines: a contribution's number, title, source and date; a
// participants list's "Firstname", "Lastname", "Organization" and then
// three lines per person. cellRun reads such a run at the start of blocks
// as the table it was, and returns how many blocks it used (0: none).

// adjacent reports whether b directly follows a, with no blank line or
// other paragraph between them.
func adjacent(a, b *source.Block) bool {
	if a.Pos.Table != 0 || b.Pos.Table != 0 || a.Pos.Part != b.Pos.Part {
		return false
	}
	if a.Pos.Line > 0 {
		return b.Pos.Line == a.Pos.Line+1
	}
	return a.Pos.Paragraph > 0 && b.Pos.Paragraph == a.Pos.Paragraph+1
}

// run returns the paragraphs that follow one another from the start of
// blocks, at most max of them.
func run(blocks []source.Block, max int) []source.Block {
	var out []source.Block
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != source.Paragraph || len(out) >= max || len(out) > 0 && !adjacent(&out[len(out)-1], b) {
			break
		}
		out = append(out, *b)
	}
	return out
}

func asRow(cells []source.Block) source.Row {
	row := source.Row{Pos: cells[0].Pos}
	for _, c := range cells {
		row.Cells = append(row.Cells, source.Cell{Blocks: []source.Block{c}, Span: 1, Pos: c.Pos})
	}
	return row
}

func (r *recognizer) cellRun(blocks []source.Block) int {
	if n := r.entryRun(blocks); n > 0 {
		return n
	}
	return r.rosterRun(blocks)
}

// entryRun reads "SEC-2016-0002" followed by its title, source and date,
// each alone on its line, as a contribution.
func (r *recognizer) entryRun(blocks []source.Block) int {
	p := r.doc.Profile
	if !p.HasNumbers() || blocks[0].Kind != source.Paragraph {
		return 0
	}
	num, ok := wholeNumber(p, blocks[0].Text)
	if !ok || strings.TrimSpace(blocks[0].Text) != num.Raw {
		return 0
	}
	cells := run(blocks, 4)
	n := 1
	for n < len(cells) {
		t := strings.TrimSpace(cells[n].Text)
		if len(strings.Fields(t)) > 25 || len(p.FindNumbers(t)) > 0 || revisionExpected.MatchString(t) {
			break
		}
		n++
		if dates.LooksLikeDate(t) || len(t) <= 30 && len(dates.Find(t)) > 0 {
			break
		}
	}
	// A number and its title at least; a number alone is a sentence.
	if n < 3 {
		return 0
	}
	tbl := source.Block{Kind: source.Table, Pos: blocks[0].Pos, Rows: []source.Row{asRow(cells[:n])}}
	r.contributionTable(&tbl)
	return n
}

// rosterRun reads, under a participants heading, column labels on lines
// of their own ("Firstname", "Lastname", "Organization (Partner)") and
// the lines after them, as many to a person as there are labels.
func (r *recognizer) rosterRun(blocks []source.Block) int {
	if !r.participantsNext {
		return 0
	}
	cells := run(blocks, 1<<20)
	labels := 0
	person := false
	for labels < len(cells) && labels < 6 {
		role := participantColumns.role(cells[labels].Text)
		if role == "" {
			break
		}
		person = person || role == pFirst || role == pLast || role == pName
		labels++
	}
	if labels < 2 || !person || len(cells) < 2*labels {
		return 0
	}
	n := labels + (len(cells)-labels)/labels*labels
	tbl := source.Block{Kind: source.Table, Pos: blocks[0].Pos}
	for i := 0; i < n; i += labels {
		tbl.Rows = append(tbl.Rows, asRow(cells[i:i+labels]))
	}
	r.participantsTable(&tbl)
	r.cellsToText(&tbl)
	return n
}
