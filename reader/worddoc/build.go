package worddoc

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/minuteslint/minuteslint/source"
)

// Parts of the file outside the main text, as named in Position.Part.
const (
	partFootnotes = "footnotes"
	partEndnotes  = "endnotes"
	partHeader    = "header"
	partFooter    = "footer"
	partComments  = "comments"
	partTextBoxes = "text boxes"
)

// atrdSize is the size of an ATRDPre10 comment record.
const atrdSize = 30

// build fills f with the main text, the notes, text boxes, headers,
// footers and comments, and their marks. Text boxes are read as a part of
// their own: where each is anchored needs the drawing layer, which this
// reader does not read.
func (d *doc) build(f *source.File) {
	total := d.textLen()
	var starts [storyCount]int64
	for i := 1; i < storyCount; i++ {
		starts[i] = starts[i-1] + d.fib.ccp[i-1]
	}
	story := func(i int) (int64, int64) {
		a := min(starts[i], total)
		return a, min(a+d.fib.ccp[i], total)
	}

	main := newScanner(d)
	a, b := story(storyMain)
	main.scan(a, b)
	mb := newPartBuilder(d, "")
	mb.addAll(main.paras)
	f.Blocks = mb.finish()
	f.Marks = append(f.Marks, mb.resolve(main.marks)...)

	for _, sd := range []struct {
		story int
		part  string
	}{{storyFtn, partFootnotes}, {storyEdn, partEndnotes}, {storyTxbx, partTextBoxes}, {storyHdrTxbx, partTextBoxes}} {
		a, b := story(sd.story)
		if a >= b {
			continue
		}
		s := newScanner(d)
		s.scan(a, b)
		pb := newPartBuilder(d, sd.part)
		pb.addAll(s.paras)
		f.Notes = append(f.Notes, pb.finish()...)
		f.Marks = append(f.Marks, pb.resolve(s.marks)...)
	}

	a, b = story(storyHdd)
	d.headers(f, a, b)
	a, b = story(storyAtn)
	d.comments(f, a, b, main, mb)
}

// headers reads the header story: six separator stories, then six
// stories per section (even, odd header; even, odd footer; first-page
// header, footer).
func (d *doc) headers(f *source.File, start, end int64) {
	if start >= end {
		return
	}
	hs, fs := newScanner(d), newScanner(d)
	plc := d.table(fcPlcfHdd)
	n := len(plc) / 4
	if n < 2 {
		hs.scan(start, end)
	}
	done := start // stories are read in order, each character once
	for i := 6; i+1 < n; i++ {
		a, b := start+int64(u32(plc, 4*i)), start+int64(u32(plc, 4*i+4))
		a, b = max(a, done), min(b, end)
		if a >= b {
			continue
		}
		if k := (i - 6) % 6; k == 2 || k == 3 || k == 5 {
			fs.scan(a, b)
		} else {
			hs.scan(a, b)
		}
		done = b
	}
	for _, x := range []struct {
		s    *scanner
		part string
	}{{hs, partHeader}, {fs, partFooter}} {
		pb := newPartBuilder(d, x.part)
		pb.addAll(x.s.paras)
		f.Notes = append(f.Notes, pb.finish()...)
		f.Marks = append(f.Marks, pb.resolve(x.s.marks)...)
	}
}

// comments reads the comment story into Notes and records a Comment mark
// at the paragraph of each comment's reference.
func (d *doc) comments(f *source.File, start, end int64, main *scanner, mb *partBuilder) {
	if start >= end {
		return
	}
	refs := d.table(fcPlcfandRef)
	txt := d.table(fcPlcfandTxt)
	owners := parseXsts(d.table(fcGrpXstAtnOwner))
	n := 0
	if len(refs) >= 4 && (len(refs)-4)%(4+atrdSize) == 0 {
		n = (len(refs) - 4) / (4 + atrdSize)
	}
	n = min(n, max(len(txt)/4-1, 0))
	s := newScanner(d)
	if n == 0 {
		s.scan(start, end)
	}
	type comment struct {
		first, last int // scanned paragraphs [first, last)
		refCP       int64
		author      string
	}
	var cs []comment
	done := start // comments are read in order, each character once
	for i := range n {
		a, b := start+int64(u32(txt, 4*i)), start+int64(u32(txt, 4*i+4))
		a, b = max(a, done), min(b, end)
		c := comment{first: len(s.paras), refCP: int64(u32(refs, 4*i))}
		if a < b {
			s.scan(a, b)
			done = b
		}
		c.last = len(s.paras)
		atrd := refs[4*(n+1)+atrdSize*i:]
		if ibst := int(int16(u16(atrd, 20))); ibst >= 0 && ibst < len(owners) {
			c.author = owners[ibst]
		}
		cs = append(cs, c)
	}
	pb := newPartBuilder(d, partComments)
	pb.addAll(s.paras)
	f.Notes = append(f.Notes, pb.finish()...)
	f.Marks = append(f.Marks, pb.resolve(s.marks)...)
	for _, c := range cs {
		var parts []string
		for _, p := range s.paras[c.first:c.last] {
			if t := strings.TrimSpace(p.text); t != "" {
				parts = append(parts, t)
			}
		}
		m := source.Mark{
			Kind:   source.Comment,
			Author: c.author,
			Text:   norm.NFC.String(strings.Join(parts, "\n")),
		}
		if len(main.paras) > 0 {
			m.Pos = mb.position(main.paraAt(c.refCP))
		}
		f.Marks = append(f.Marks, m)
	}
}

// partBuilder assembles the scanned paragraphs of one part into blocks and
// tables and numbers them.
type partBuilder struct {
	d       *doc
	part    string
	blocks  []source.Block
	pos     []source.Position // by scanned paragraph
	paraNo  int
	tableNo int
	stack   []*tableFrame
	prevEnd uint16
	// carry is a paragraph whose mark is deleted, waiting to run on into
	// the next paragraph at the same table depth.
	carry *carried
}

type carried struct {
	text  string
	pos   source.Position
	depth int
}

type tableFrame struct {
	table     source.Block
	rows      []source.Row
	cells     []source.Cell
	cur       []source.Block
	cellFirst int // paragraph number starting the current cell
}

func newPartBuilder(d *doc, part string) *partBuilder {
	return &partBuilder{d: d, part: part}
}

func (b *partBuilder) addAll(ps []rawPara) {
	for i := range ps {
		b.add(&ps[i])
	}
}

func (b *partBuilder) top() *tableFrame { return b.stack[len(b.stack)-1] }

// classify finds a paragraph's table depth and whether it ends a row or a
// cell.
func (b *partBuilder) classify(p *rawPara) (depth int, rowEnd, cellEnd bool) {
	if p.hasProps {
		switch depth = p.props.depth(); depth {
		case 0:
			return 0, false, false
		case 1:
			return 1, p.props.ttp, p.end == 0x07 && !p.props.ttp
		default:
			return depth, p.props.innerTtp, p.props.innerCell && !p.props.innerTtp
		}
	}
	// Without paragraph properties only the marks tell: a cell mark ends a
	// cell, and an empty one straight after another ends the row.
	if p.end == 0x07 {
		rowEnd = b.prevEnd == 0x07 && p.text == ""
		return 1, rowEnd, !rowEnd
	}
	return 0, false, false
}

func (b *partBuilder) add(p *rawPara) {
	depth, rowEnd, cellEnd := b.classify(p)
	if b.carry != nil && (rowEnd || depth != b.carry.depth) {
		b.flushCarry()
	}
	b.prevEnd = p.end
	if rowEnd {
		b.prevEnd = 0
	}
	for len(b.stack) > depth {
		b.closeTable()
	}
	for len(b.stack) < depth {
		b.openTable()
	}
	join := p.joined && !rowEnd && !cellEnd
	label := ""
	if p.hasProps && p.props.ilfo > 0 && !join {
		label = b.d.lists.label(p.props.ilfo, p.props.ilvl)
	}
	if rowEnd {
		t := b.top()
		if len(t.cur) > 0 || t.cellFirst != 0 {
			b.endCell(t)
		}
		b.endRow(t, &p.props)
		b.pos = append(b.pos, source.Position{Part: b.part, Paragraph: b.paraNo, Table: t.table.Pos.Table, Row: len(t.rows)})
		return
	}
	b.paraNo++
	pos := source.Position{Part: b.part, Paragraph: b.paraNo}
	var t *tableFrame
	if depth > 0 {
		t = b.top()
		pos.Table, pos.Row, pos.Cell = t.table.Pos.Table, len(t.rows)+1, len(t.cells)+1
		if t.cellFirst == 0 {
			t.cellFirst = b.paraNo
		}
	}
	b.pos = append(b.pos, pos)
	if c := b.carry; c != nil {
		b.carry = nil
		q := *p
		q.text = c.text + p.text
		p, pos = &q, c.pos
	}
	if join {
		b.carry = &carried{text: p.text, pos: pos, depth: depth}
		return
	}
	if blk, ok := b.block(p, pos, label); ok {
		if t != nil {
			t.cur = append(t.cur, blk)
		} else {
			b.blocks = append(b.blocks, blk)
		}
	}
	if cellEnd {
		b.endCell(t)
	}
}

// block makes the block of a non-empty paragraph.
func (b *partBuilder) block(p *rawPara, pos source.Position, label string) (source.Block, bool) {
	text := norm.NFC.String(p.text)
	if strings.TrimSpace(text) == "" {
		return source.Block{}, false
	}
	blk := source.Block{Kind: source.Paragraph, Text: text, Pos: pos}
	if !p.hasProps {
		return blk, true
	}
	if st, ok := b.d.style(p.props.istd); ok {
		blk.Style = st.styleName()
		if st.sti >= 1 && st.sti <= 9 {
			blk.Kind, blk.Level = source.Heading, int(st.sti)
		}
	}
	if blk.Kind == source.Paragraph && p.props.outLvl >= 0 {
		blk.Kind, blk.Level = source.Heading, p.props.outLvl+1
	}
	switch {
	case blk.Kind == source.Heading:
		blk.Number = label
	case p.props.ilfo > 0 && label != "":
		blk.Kind, blk.Level, blk.Number = source.ListItem, p.props.ilvl+1, label
	}
	return blk, true
}

func (b *partBuilder) openTable() {
	if len(b.stack) > 0 {
		if t := b.top(); t.cellFirst == 0 {
			t.cellFirst = b.paraNo + 1
		}
	}
	b.tableNo++
	b.stack = append(b.stack, &tableFrame{table: source.Block{
		Kind: source.Table,
		Pos:  source.Position{Part: b.part, Paragraph: b.paraNo + 1, Table: b.tableNo},
	}})
}

func (b *partBuilder) closeTable() {
	t := b.top()
	b.stack = b.stack[:len(b.stack)-1]
	if len(t.cur) > 0 || t.cellFirst != 0 {
		b.endCell(t)
	}
	if len(t.cells) > 0 {
		none := newParaProps()
		b.endRow(t, &none)
	}
	if len(t.rows) == 0 {
		return
	}
	t.table.Rows = t.rows
	if len(b.stack) > 0 {
		p := b.top()
		p.cur = append(p.cur, t.table)
	} else {
		b.blocks = append(b.blocks, t.table)
	}
}

func (b *partBuilder) endCell(t *tableFrame) {
	t.cells = append(t.cells, source.Cell{
		Blocks: t.cur,
		Span:   1,
		Pos: source.Position{
			Part: b.part, Paragraph: t.cellFirst,
			Table: t.table.Pos.Table, Row: len(t.rows) + 1, Cell: len(t.cells) + 1,
		},
	})
	t.cur, t.cellFirst = nil, 0
}

// endRow closes the current row using the row-end paragraph's properties.
func (b *partBuilder) endRow(t *tableFrame, p *paraProps) {
	row := source.Row{
		Cells:  t.cells,
		Header: p.header,
		Pos:    source.Position{Part: b.part, Table: t.table.Pos.Table, Row: len(t.rows) + 1},
	}
	for i := range row.Cells {
		if i >= len(p.cells) || !p.cells[i].vertMerge || p.cells[i].vertRestart {
			continue
		}
		c := &row.Cells[i]
		c.Merged = true
		if len(t.rows) > 0 && len(c.Blocks) == 0 {
			if above := t.rows[len(t.rows)-1].Cells; i < len(above) {
				c.Blocks = b.d.copyBlocks(above[i].Blocks)
			}
		}
	}
	t.rows = append(t.rows, row)
	t.cells = nil
}

// finish closes open tables and returns the blocks.
// flushCarry keeps a paragraph that had nothing to run on into (a table
// or the end of the text follows) as a paragraph of its own.
func (b *partBuilder) flushCarry() {
	c := b.carry
	b.carry = nil
	blk, ok := b.block(&rawPara{text: c.text}, c.pos, "")
	if !ok {
		return
	}
	if c.depth > 0 && len(b.stack) > 0 {
		t := b.top()
		t.cur = append(t.cur, blk)
		return
	}
	b.blocks = append(b.blocks, blk)
}

func (b *partBuilder) finish() []source.Block {
	if b.carry != nil {
		b.flushCarry()
	}
	for len(b.stack) > 0 {
		b.closeTable()
	}
	return b.blocks
}

// position is the position of scanned paragraph raw.
func (b *partBuilder) position(raw int) source.Position {
	switch {
	case raw >= 0 && raw < len(b.pos):
		return b.pos[raw]
	case len(b.pos) > 0:
		return b.pos[len(b.pos)-1]
	}
	return source.Position{Part: b.part}
}

// resolve gives pending marks their positions.
func (b *partBuilder) resolve(pms []pendingMark) []source.Mark {
	out := make([]source.Mark, 0, len(pms))
	for _, pm := range pms {
		m := pm.m
		m.Pos = b.position(pm.raw)
		m.Text = norm.NFC.String(m.Text)
		m.Result = norm.NFC.String(m.Result)
		out = append(out, m)
	}
	return out
}
