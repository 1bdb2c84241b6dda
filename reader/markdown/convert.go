package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/text/unicode/norm"

	"github.com/minuteslint/minuteslint/source"
)

// converter walks goldmark's tree and appends blocks in document order.
type converter struct {
	src     []byte // the text after any front matter; all offsets point here
	loc     *locator
	blocks  []source.Block
	tables  int
	lastOff int // fallback for the rare node without a position
}

// block converts n; depth is the number of lists enclosing it.
func (c *converter) block(n ast.Node, depth int) {
	switch n := n.(type) {
	case *ast.List:
		c.children(n, depth+1)
	case *ast.ListItem:
		c.listItem(n, depth)
	case *ast.Heading:
		c.heading(n)
	case *ast.Paragraph, *ast.TextBlock, *plainParagraph:
		if s, off, ok := c.paragraphText(n); ok && s != "" {
			c.emit(source.Block{Kind: source.Paragraph, Text: s, Pos: c.pos(off)})
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		c.code(n)
	case *ast.HTMLBlock:
		c.htmlBlock(n)
	case *east.Table:
		c.table(n)
	case *ast.ThematicBreak, *ast.LinkReferenceDefinition:
		// Not content.
	default:
		// Document, block quotes, and anything an extension may add.
		c.children(n, depth)
	}
}

func (c *converter) children(n ast.Node, depth int) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.block(ch, depth)
	}
}

func (c *converter) emit(b source.Block) {
	c.blocks = append(c.blocks, b)
}

// pos locates the byte at off; a negative off (no position known) falls
// back to the last position used, so every block gets a line.
func (c *converter) pos(off int) source.Position {
	if off < 0 {
		off = c.lastOff
	}
	c.lastOff = off
	line, col := c.loc.at(off)
	return source.Position{Line: line, Column: col}
}

// skipBlank advances off past spaces and tabs: goldmark leaves them at the
// start of some segments (table rows, paragraphs transformed before being
// closed).
func (c *converter) skipBlank(off int) int {
	if off < 0 {
		return off
	}
	for off < len(c.src) && (c.src[off] == ' ' || c.src[off] == '\t') {
		off++
	}
	return off
}

// firstLine returns the offset where n's first line starts, or def.
func (c *converter) firstLine(n ast.Node, def int) int {
	if n.Lines().Len() == 0 {
		return def
	}
	return c.skipBlank(n.Lines().At(0).Start)
}

// paragraphText returns the text and start offset of a paragraph-like node;
// ok is false for other nodes.
func (c *converter) paragraphText(n ast.Node) (s string, off int, ok bool) {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return c.inline(n), c.firstLine(n, n.Pos()), true
	case *plainParagraph:
		return c.plainText(n), c.firstLine(n, n.Pos()), true
	}
	return "", 0, false
}

func (c *converter) listItem(n *ast.ListItem, depth int) {
	b := source.Block{Kind: source.ListItem, Level: depth, Number: c.marker(n)}
	off := n.Pos()
	rest := n.FirstChild()
	if rest != nil {
		if s, o, ok := c.paragraphText(rest); ok {
			b.Text, off = s, o
			rest = rest.NextSibling()
		}
	}
	b.Pos = c.pos(off)
	c.emit(b)
	for ; rest != nil; rest = rest.NextSibling() {
		c.block(rest, depth)
	}
}

// marker returns the list marker as written ("1.", "2)", "-"), read at the
// item's position; goldmark keeps only the list's start number.
func (c *converter) marker(n *ast.ListItem) string {
	if p := n.Pos(); p >= 0 && p < len(c.src) {
		if m := markerLen(c.src[p:]); m > 0 && c.src[p] != '>' {
			return string(c.src[p : p+m])
		}
	}
	l, ok := n.Parent().(*ast.List)
	if !ok {
		return ""
	}
	if !l.IsOrdered() {
		return string(l.Marker)
	}
	i := 0
	for s := n.PreviousSibling(); s != nil; s = s.PreviousSibling() {
		i++
	}
	return strconv.Itoa(l.Start+i) + string(l.Marker)
}

func (c *converter) heading(n *ast.Heading) {
	c.emit(source.Block{
		Kind:  source.Heading,
		Level: n.Level,
		Text:  c.inline(n),
		Pos:   c.pos(c.firstLine(n, n.Pos())),
	})
}

// code keeps a code block's content verbatim (tab padding included), minus
// leading blank lines and trailing blanks. A pandoc raw block ("```{=html}")
// is not code: raw HTML is read as an HTML block, any other format is
// invisible in the text.
func (c *converter) code(n ast.Node) {
	if f, ok := n.(*ast.FencedCodeBlock); ok && f.Info != nil {
		if format, ok := rawFormat(f.Info.Segment.Value(c.src)); ok {
			if format == "html" {
				c.html(segments(n.Lines()))
			}
			return
		}
	}
	lines := n.Lines()
	var sb strings.Builder
	off := -1
	for i := range lines.Len() {
		seg := lines.At(i)
		v := seg.Value(c.src)
		if off < 0 {
			if len(bytes.TrimSpace(v)) == 0 {
				continue
			}
			off = seg.Start
		}
		sb.Write(v)
	}
	out := strings.TrimRight(sb.String(), " \t\n\r")
	if out == "" {
		return
	}
	c.emit(source.Block{Kind: source.Paragraph, Style: "code", Text: norm.NFC.String(out), Pos: c.pos(off)})
}

// rawFormat reads a pandoc raw attribute ("{=html}") and returns its format
// in lower case.
func rawFormat(b []byte) (string, bool) {
	b = bytes.TrimSpace(b)
	if len(b) < 4 || b[0] != '{' || b[1] != '=' || b[len(b)-1] != '}' {
		return "", false
	}
	name := b[2 : len(b)-1]
	for _, ch := range name {
		if !isAlpha(ch) && !isDigit(ch) && ch != '_' && ch != '-' && ch != '+' {
			return "", false
		}
	}
	return strings.ToLower(string(name)), true
}

func segments(lines *text.Segments) []text.Segment {
	segs := make([]text.Segment, lines.Len())
	for i := range segs {
		segs[i] = lines.At(i)
	}
	return segs
}

func (c *converter) htmlBlock(n *ast.HTMLBlock) {
	segs := segments(n.Lines())
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	c.html(segs)
}

// html keeps the raw text of HTML block lines with comments removed; the
// position is that of the first character left. Nothing is left of blocks
// that only hold comments, such as doctoc's markers.
func (c *converter) html(segs []text.Segment) {
	type span struct{ buf, src int }
	var buf []byte
	spans := make([]span, 0, len(segs))
	for _, seg := range segs {
		spans = append(spans, span{len(buf), seg.Start})
		buf = append(buf, c.src[seg.Start:seg.Stop]...)
	}
	kept := make([]byte, 0, len(buf))
	first := -1
	for i := 0; i < len(buf); {
		if end := commentEnd(buf[i:]); end > 0 {
			i += end
			continue
		}
		if first < 0 && !isBlank(buf[i]) {
			first = i
		}
		kept = append(kept, buf[i])
		i++
	}
	out := strings.Trim(string(kept), " \t\n\r")
	if out == "" {
		return
	}
	off := -1
	for _, s := range spans {
		if s.buf <= first {
			off = s.src + first - s.buf
		}
	}
	c.emit(source.Block{Kind: source.Paragraph, Style: "html", Text: norm.NFC.String(out), Pos: c.pos(off)})
}

// commentEnd returns the length of the HTML comment at the start of b
// (to its end, or the end of b when unterminated), or 0.
func commentEnd(b []byte) int {
	open := []byte("<!--")
	if !bytes.HasPrefix(b, open) {
		return 0
	}
	rest := b[len(open):]
	// "<!-->" and "<!--->" are complete (empty) comments.
	switch {
	case bytes.HasPrefix(rest, []byte(">")):
		return len(open) + 1
	case bytes.HasPrefix(rest, []byte("->")):
		return len(open) + 2
	}
	if i := bytes.Index(rest, []byte("-->")); i >= 0 {
		return len(open) + i + 3
	}
	return len(b)
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// table converts a GFM table. Rows and cells are numbered from 1, the
// header row being row 1; every cell holds one Paragraph block.
func (c *converter) table(n *east.Table) {
	c.tables++
	t := source.Block{Kind: source.Table}
	r := 0
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		r++
		rowOff := c.skipBlank(row.Pos())
		rp := c.pos(rowOff)
		rp.Table, rp.Row = c.tables, r
		out := source.Row{Header: row.Kind() == east.KindTableHeader, Pos: rp}
		k := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			k++
			// Cells goldmark adds to fill a short row have no text; they
			// sit where the row ends.
			off := c.loc.lineEnd(rowOff)
			if cell.Lines().Len() > 0 {
				off = cell.Lines().At(0).Start
			}
			cp := c.pos(off)
			cp.Table, cp.Row, cp.Cell = c.tables, r, k
			out.Cells = append(out.Cells, source.Cell{
				Blocks: []source.Block{{Kind: source.Paragraph, Text: c.inline(cell), Pos: cp}},
				Span:   1,
				Pos:    cp,
			})
		}
		t.Rows = append(t.Rows, out)
	}
	if len(t.Rows) > 0 {
		t.Pos = t.Rows[0].Pos
		t.Pos.Row = 0
	} else {
		t.Pos = c.pos(c.skipBlank(n.Pos()))
		t.Pos.Table = c.tables
	}
	c.emit(t)
}
