package docx

import (
	"github.com/minuteslint/minuteslint/source"
)

// tableState follows the grid of one table so that a vertically merged
// cell can take the content of the cell above it.
type tableState struct {
	no    int
	row   int
	above map[int][]source.Block // previous row's cells by first grid column
	blk   *source.Block
}

type rowState struct {
	row     *source.Row
	col     int // next grid column
	cellNo  int
	next    map[int][]source.Block
	deleted bool
}

func (p *parser) tableEl(dst *[]source.Block) error {
	p.table++
	t := &tableState{no: p.table, above: map[int][]source.Block{}}
	blk := source.Block{Kind: source.Table, Pos: source.Position{Table: t.no, Paragraph: p.para + 1, Part: p.part}}
	t.blk = &blk
	n := len(p.changes)
	err := p.x.children(func(ev *event) error { return p.tableChild(ev, t) })
	p.popChanges(n)
	if err != nil {
		return err
	}
	*dst = append(*dst, blk)
	return nil
}

// tableChild handles one element of a w:tbl: properties, rows and the
// wrappers (content controls, custom XML) that may hold rows.
func (p *parser) tableChild(ev *event, t *tableState) error {
	if p.r.items > maxItems {
		return p.tooMany()
	}
	tc := func(ev *event) error { return p.tableChild(ev, t) }
	switch {
	case ev.is(nsMC, "AlternateContent"):
		return p.x.alternate(tc)
	case ev.ns != nsW:
		return p.x.children(tc)
	}
	switch ev.local {
	case "tr":
		return p.rowEl(t)
	case "sdt":
		return p.sdt(tc)
	case "tblPr":
		return p.x.children(func(ev *event) error {
			if ev.is(nsW, "tblPrChange") {
				p.openChange(source.FormatChange, t.blk.Pos, ev, false)
			}
			return p.x.skip()
		})
	case "tblGrid":
		return p.x.children(func(ev *event) error {
			if ev.is(nsW, "tblGridChange") {
				p.fixedMark(source.FormatChange, t.blk.Pos, ev, "")
			}
			return p.x.skip()
		})
	}
	if skipElems[ev.local] {
		return p.x.skip()
	}
	return p.x.children(tc)
}

func (p *parser) rowEl(t *tableState) error {
	t.row++
	p.r.items++
	row := source.Row{Pos: source.Position{Table: t.no, Row: t.row, Paragraph: p.para + 1, Part: p.part}}
	rs := &rowState{row: &row, next: map[int][]source.Block{}}
	savedCell := p.cell
	n := len(p.changes)
	err := p.x.children(func(ev *event) error { return p.rowChild(ev, t, rs) })
	p.popChanges(n)
	p.cell = savedCell
	if err != nil {
		return err
	}
	// A deleted row is gone once changes are accepted; its text is in
	// the deletion mark and it still counts in Row numbering.
	if !rs.deleted {
		// Word repeats only header rows at the top of the table.
		if n := len(t.blk.Rows); row.Header && n > 0 && !t.blk.Rows[n-1].Header {
			row.Header = false
		}
		t.blk.Rows = append(t.blk.Rows, row)
		t.above = rs.next
	}
	return nil
}

// rowChild handles one element of a w:tr: row properties, cells and the
// wrappers that may hold cells.
func (p *parser) rowChild(ev *event, t *tableState, rs *rowState) error {
	if p.r.items > maxItems {
		return p.tooMany()
	}
	rc := func(ev *event) error { return p.rowChild(ev, t, rs) }
	switch {
	case ev.is(nsMC, "AlternateContent"):
		return p.x.alternate(rc)
	case ev.ns != nsW:
		return p.x.children(rc)
	}
	switch ev.local {
	case "tc":
		return p.cellEl(t, rs)
	case "sdt":
		return p.sdt(rc)
	case "trPr":
		return p.trPr(rs)
	}
	if skipElems[ev.local] {
		return p.x.skip()
	}
	return p.x.children(rc)
}

func (p *parser) trPr(rs *rowState) error {
	pos := rs.row.Pos
	return p.x.children(func(ev *event) error {
		if ev.ns == nsW {
			switch ev.local {
			case "gridBefore":
				rs.col += atoiRange(ev.val(), 0, maxSpan, 0)
			case "tblHeader":
				rs.row.Header = onOff(ev)
			case "ins":
				p.openChange(source.Insertion, pos, ev, false)
			case "del":
				p.openChange(source.Deletion, pos, ev, true)
				rs.deleted = true
			case "trPrChange":
				p.openChange(source.FormatChange, pos, ev, false)
			}
		}
		return p.x.skip()
	})
}

type cellProps struct {
	vMerge, hMerge string // "", "restart" or "continue"
}

func (p *parser) cellEl(t *tableState, rs *rowState) error {
	rs.cellNo++
	p.r.items++
	cell := source.Cell{Span: 1, Pos: source.Position{Table: t.no, Row: t.row, Cell: rs.cellNo, Paragraph: p.para + 1, Part: p.part}}
	p.cell = source.Position{Table: t.no, Row: t.row, Cell: rs.cellNo}
	var cp cellProps
	n := len(p.changes)
	err := p.x.children(func(ev *event) error {
		if ev.is(nsW, "tcPr") {
			return p.tcPr(&cell, &cp)
		}
		return p.blockChild(ev, &cell.Blocks)
	})
	p.popChanges(n)
	if err != nil {
		return err
	}
	cell.Blocks = p.r.join(cell.Blocks)
	col := rs.col
	rs.col += cell.Span
	// Cells below continue the merged content (the restart cell's), not
	// what a continuation cell adds of its own.
	carried := cell.Blocks
	if cp.vMerge == "continue" {
		if above, ok := t.above[col]; ok {
			carried = above
			cell.Merged = true
			if len(cell.Blocks) == 0 {
				// Shared with the cell above; clipped so that an
				// append cannot write into it.
				cell.Blocks = above[:len(above):len(above)]
			} else {
				// Copies count against the item cap, or a big merged
				// cell over many rows that add text would be quadratic.
				p.r.items += len(above)
				cell.Blocks = append(above[:len(above):len(above)], cell.Blocks...)
			}
		}
	}
	row := rs.row
	if cp.hMerge == "continue" && len(row.Cells) > 0 {
		// Legacy horizontal merge: Word shows one cell.
		prev := &row.Cells[len(row.Cells)-1]
		prev.Span += cell.Span
		prev.Blocks = append(prev.Blocks, cell.Blocks...)
		return nil
	}
	rs.next[col] = carried
	row.Cells = append(row.Cells, cell)
	return nil
}

func (p *parser) tcPr(cell *source.Cell, cp *cellProps) error {
	pos := cell.Pos
	return p.x.children(func(ev *event) error {
		if ev.ns == nsW {
			switch ev.local {
			case "gridSpan":
				cell.Span = atoiRange(ev.val(), 1, maxSpan, 1)
			case "vMerge", "hMerge":
				v := "continue"
				if ev.val() == "restart" {
					v = "restart"
				}
				if ev.local == "vMerge" {
					cp.vMerge = v
				} else {
					cp.hMerge = v
				}
			case "cellIns":
				p.openChange(source.Insertion, pos, ev, false)
			case "cellDel":
				p.openChange(source.Deletion, pos, ev, true)
			case "cellMerge":
				p.fixedMark(source.FormatChange, pos, ev, "")
			case "tcPrChange":
				p.openChange(source.FormatChange, pos, ev, false)
			}
		}
		return p.x.skip()
	})
}
