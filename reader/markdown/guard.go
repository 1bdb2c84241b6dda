package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// goldmark's cost grows faster than linearly with container nesting on one
// line and with the number of inline delimiters in one paragraph (measured
// with v1.8.7: 100k nested list markers take ~30 s, a 150 KB paragraph of
// "*a_" ~15 s and cubic beyond). Minutes never come close to these limits,
// so input beyond them is degraded to plain text rather than left to run.
const (
	// maxNesting bounds the container markers ('>', list markers) read at
	// the start of one line, and maxIndent the column at which one may
	// start.
	maxNesting = 16
	maxIndent  = 64
	// maxDelims bounds the inline delimiters (see countDelims) goldmark
	// is asked to parse as one unit (a paragraph, or one table row), and
	// maxDestScan the link destinations times the paragraph's length.
	// Real minutes stay well below: at most 50 delimiters in any paragraph
	// of the corpus.
	maxDelims   = 200
	maxDestScan = 1 << 22
	// maxRefLines bounds the lines that could start a link reference
	// definition in one paragraph; goldmark extracts them in quadratic
	// time.
	maxRefLines = 1000
)

// capNesting returns src, or a copy of it of the same length in which, on
// any line opening containers too deep (see deepMarker), the first marker
// beyond the limit is replaced by a letter, so that goldmark reads the rest
// of the line as paragraph text. Offsets stay valid, and text is always
// read from the original bytes, so the marker still shows in the text.
func capNesting(src []byte) []byte {
	var out []byte
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		if i := deepMarker(src[off:end]); i >= 0 {
			if out == nil {
				out = bytes.Clone(src)
			}
			out[off+i] = 'x'
		}
		off = end + 1
	}
	if out == nil {
		return src
	}
	return out
}

// deepMarker returns the index of the last byte of the first container
// marker at the start of line that lies beyond maxNesting markers or at
// column maxIndent or later, or -1. Indentation alone opens nothing, so
// only markers are touched; a line can only continue list items nested as
// deep as its indentation allows, which bounds the nesting inherited from
// earlier lines.
func deepMarker(line []byte) int {
	if isThematicBreak(line) {
		return -1
	}
	depth, col := 0, 0
	for i := 0; i < len(line); {
		switch line[i] {
		case ' ':
			col++
			i++
			continue
		case '\t':
			col += 4 - col%4
			i++
			continue
		}
		n := markerLen(line[i:])
		if n == 0 {
			return -1
		}
		depth++
		if depth > maxNesting || col >= maxIndent {
			return i + n - 1
		}
		col += n
		i += n
	}
	return -1
}

// markerLen returns the length of a block-quote or list marker at the start
// of b, or 0.
func markerLen(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	spaceAt := func(i int) bool { return i >= len(b) || b[i] == ' ' || b[i] == '\t' }
	switch c := b[0]; {
	case c == '>':
		return 1
	case c == '-' || c == '*' || c == '+':
		if spaceAt(1) {
			return 1
		}
	case c >= '0' && c <= '9':
		j := 1
		for j < len(b) && j < 9 && b[j] >= '0' && b[j] <= '9' {
			j++
		}
		if j < len(b) && (b[j] == '.' || b[j] == ')') && spaceAt(j+1) {
			return j + 1
		}
	}
	return 0
}

// isThematicBreak reports a line of one of '-', '*', '_' (three or more)
// and blanks, which goldmark reads as a rule before any list marker.
func isThematicBreak(line []byte) bool {
	var mark byte
	n := 0
	for _, c := range line {
		switch c {
		case ' ', '\t':
		case '-', '*', '_':
			if mark != 0 && c != mark {
				return false
			}
			mark = c
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// plainParagraph stands in for a paragraph too costly for goldmark's inline
// parser: being raw, goldmark leaves its lines alone, and the converter
// reads them as literal text.
type plainParagraph struct {
	ast.BaseBlock
}

var kindPlainParagraph = ast.NewNodeKind("PlainParagraph")

func (n *plainParagraph) Kind() ast.NodeKind { return kindPlainParagraph }

func (n *plainParagraph) IsRaw() bool { return true }

func (n *plainParagraph) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// inlineGuard turns paragraphs whose inline content would be too costly
// into plainParagraphs. The early pass runs before goldmark extracts link
// reference definitions and tables; it lets a likely table through when
// each of its lines is within bounds, since goldmark parses table cells one
// by one. The late pass sees what remains a paragraph after that.
type inlineGuard struct {
	late bool
}

func (g inlineGuard) Transform(node *ast.Paragraph, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	lines := node.Lines()
	total, dests, size, refLines := 0, 0, 0, 0
	rowsOK, table := true, false
	for i := range lines.Len() {
		seg := lines.At(i)
		line := seg.Value(src)
		d, l := countDelims(line)
		total += d
		dests += l
		size += len(line)
		rowsOK = rowsOK && affordable(d, l, len(line))
		if t := bytes.TrimLeft(line, " \t"); len(t) > 0 && t[0] == '[' {
			refLines++
		}
		if i > 0 && !table {
			table = isDelimiterRow(line)
		}
	}
	switch {
	case refLines > maxRefLines:
	case affordable(total, dests, size):
		return
	case !g.late && table && rowsOK:
		return
	}
	plain := &plainParagraph{}
	plain.SetLines(lines)
	plain.SetBlankPreviousLines(node.HasBlankPreviousLines())
	node.Parent().ReplaceChild(node.Parent(), node, plain)
}

// affordable reports whether goldmark may parse a unit of size bytes with
// the given delimiters and link destinations inline.
func affordable(delims, dests, size int) bool {
	return delims <= maxDelims && dests*size <= maxDestScan
}

// countDelims counts the bytes that open or close emphasis, strikethrough
// and link text, whose matching looks back over the paragraph, and returns
// separately the link destinations ("](") it holds, each of which goldmark
// may scan to the paragraph's end.
func countDelims(b []byte) (delims, dests int) {
	for i, c := range b {
		switch c {
		case '*', '_', '~', '[', ']':
			delims++
		case '(':
			if i > 0 && b[i-1] == ']' {
				delims++
				dests++
			}
		}
	}
	return delims, dests
}

// isDelimiterRow reports a line that could be a GFM table's delimiter row:
// only pipes, colons, dashes and blanks, with a dash and a pipe or colon.
func isDelimiterRow(line []byte) bool {
	dash, other := false, false
	for _, c := range line {
		switch c {
		case '-':
			dash = true
		case '|', ':':
			other = true
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return dash && other
}
