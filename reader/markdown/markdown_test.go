package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

// want is the part of a block a test asserts; Style "" means none.
type want struct {
	kind   source.Kind
	level  int
	number string
	style  string
	text   string
	line   int
	col    int
}

func (w want) String() string {
	return fmt.Sprintf("%s L%d %q %q %q @%d:%d", w.kind, w.level, w.number, w.style, w.text, w.line, w.col)
}

func got(b source.Block) want {
	return want{b.Kind, b.Level, b.Number, b.Style, b.Text, b.Pos.Line, b.Pos.Column}
}

func para(text string, line, col int) want {
	return want{kind: source.Paragraph, text: text, line: line, col: col}
}

func head(level int, text string, line, col int) want {
	return want{kind: source.Heading, level: level, text: text, line: line, col: col}
}

func item(level int, number, text string, line, col int) want {
	return want{kind: source.ListItem, level: level, number: number, text: text, line: line, col: col}
}

func styled(style, text string, line, col int) want {
	return want{kind: source.Paragraph, style: style, text: text, line: line, col: col}
}

func table(line, col int) want {
	return want{kind: source.Table, line: line, col: col}
}

func read(t *testing.T, in string) *source.File {
	t.Helper()
	f, err := Read("test.md", []byte(in))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if f.Name != "test.md" || f.Format != source.Markdown {
		t.Fatalf("Name, Format = %q, %q", f.Name, f.Format)
	}
	return f
}

func checkBlocks(t *testing.T, blocks []source.Block, wants []want) {
	t.Helper()
	for i := 0; i < max(len(blocks), len(wants)); i++ {
		switch {
		case i >= len(blocks):
			t.Errorf("block %d missing, want %v", i, wants[i])
		case i >= len(wants):
			t.Errorf("extra block %d: %v", i, got(blocks[i]))
		case got(blocks[i]) != wants[i]:
			t.Errorf("block %d:\n got %v\nwant %v", i, got(blocks[i]), wants[i])
		}
	}
}

func TestConstructs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"atx heading", "## 6.1 Title *emph* ##\n",
			[]want{head(2, "6.1 Title emph", 1, 4)}},
		{"atx heading indented", "  # Title\n",
			[]want{head(1, "Title", 1, 5)}},
		{"atx heading empty", "###\n",
			[]want{head(3, "", 1, 1)}},
		{"atx heading entity", "# A &amp; B\n",
			[]want{head(1, "A & B", 1, 3)}},
		{"heading attribute", "## Agenda Item #3 {#agenda_item_3}\n",
			[]want{head(2, "Agenda Item #3", 1, 4)}},
		{"heading braces kept", "# Plan {draft}\n",
			[]want{head(1, "Plan {draft}", 1, 3)}},
		{"setext h1", "Title\n=====\n",
			[]want{head(1, "Title", 1, 1)}},
		{"setext h2 two lines", "Intro\n\nMinutes of\nthe meeting\n---\n",
			[]want{para("Intro", 1, 1), head(2, "Minutes of\nthe meeting", 3, 1)}},
		{"paragraph line breaks", "Chair: X\nPresent: a, b  \nRegrets: c\\\nScribe: d\n",
			[]want{para("Chair: X\nPresent: a, b\nRegrets: c\nScribe: d", 1, 1)}},
		{"paragraph indented", "   Text\n",
			[]want{para("Text", 1, 4)}},
		{"bullets and nesting", "- one\n- two\n  - nested *x*\n    1. deep\n    2) other\n",
			[]want{
				item(1, "-", "one", 1, 3), item(1, "-", "two", 2, 3),
				item(2, "-", "nested x", 3, 5),
				item(3, "1.", "deep", 4, 8), item(3, "2)", "other", 5, 8),
			}},
		{"ordered as written", "3. a\n4. b\n\n1. c\n1. d\n",
			[]want{item(1, "3.", "a", 1, 4), item(1, "4.", "b", 2, 4), item(1, "1.", "c", 4, 4), item(1, "1.", "d", 5, 4)}},
		{"plus and star", "+ plus\n\n* star\n",
			[]want{item(1, "+", "plus", 1, 3), item(1, "*", "star", 3, 3)}},
		{"task list", "* [x] Herbert - (DT) Chair\n* [ ] Eve\n* [X] Upper\n",
			[]want{
				item(1, "*", "[x] Herbert - (DT) Chair", 1, 3),
				item(1, "*", "[ ] Eve", 2, 3),
				item(1, "*", "[X] Upper", 3, 3),
			}},
		{"item with paragraphs", "1. First para\n\n   Second para\n\n   - sub\n2. Next\n",
			[]want{
				item(1, "1.", "First para", 1, 4), para("Second para", 3, 4),
				item(2, "-", "sub", 5, 6), item(1, "2.", "Next", 6, 4),
			}},
		{"empty item", "-\n- x\n",
			[]want{item(1, "-", "", 1, 1), item(1, "-", "x", 2, 3)}},
		{"item starting with code", "- ```\n  code\n  ```\n",
			[]want{item(1, "-", "", 1, 1), styled("code", "code", 2, 3)}},
		{"item continuation line", "- Present: a,\n  b\n",
			[]want{item(1, "-", "Present: a,\nb", 1, 3)}},
		{"block quote", "> Quoted para\n> - item\n>\n> > ## Deep\n",
			[]want{para("Quoted para", 1, 3), item(1, "-", "item", 2, 5), head(2, "Deep", 4, 8)}},
		{"list in quote in list", "- a\n  > - b\n",
			[]want{item(1, "-", "a", 1, 3), item(2, "-", "b", 2, 7)}},
		{"fenced code", "```text\nNotes kept\n  here\n```\n",
			[]want{styled("code", "Notes kept\n  here", 2, 1)}},
		{"fenced code empty", "```\n```\n", nil},
		{"fenced code leading blank", "~~~\n\n  x\n~~~\n",
			[]want{styled("code", "  x", 3, 1)}},
		{"indented code", "Para\n\n    code line\n      more\n",
			[]want{para("Para", 1, 1), styled("code", "code line\n  more", 3, 5)}},
		{"html comments dropped", "<!-- START doctoc -->\n<!-- END -->\n\nText\n",
			[]want{para("Text", 4, 1)}},
		{"html multi-line comment", "<!--\nhidden\n-->\nText\n",
			[]want{para("Text", 4, 1)}},
		{"html block", "<div align=\"center\">\n<b>Hi</b>\n</div>\n",
			[]want{styled("html", "<div align=\"center\">\n<b>Hi</b>\n</div>", 1, 1)}},
		{"html block after comment", "<!-- c --><p>x</p>\n",
			[]want{styled("html", "<p>x</p>", 1, 11)}},
		{"html placeholder line", "<specify>\n",
			[]want{styled("html", "<specify>", 1, 1)}},
		{"pandoc raw html separator", "-   a\n\n```{=html}\n<!-- -->\n```\n-   b\n",
			[]want{item(1, "-", "a", 1, 5), item(1, "-", "b", 6, 5)}},
		{"pandoc raw html block", "```{=html}\n<div>x</div>\n```\n",
			[]want{styled("html", "<div>x</div>", 2, 1)}},
		{"pandoc raw block other format", "```{=latex}\n\\newpage\n```\n", nil},
		{"pandoc raw inline", "`{{TOCright}}`{=mediawiki}\n\n\\[20:18\\] `<summakor>`{=html} hello `<b>`{=html}x`</b>`{=html} `{x}` {=y}\n",
			[]want{para("[20:18] <summakor> hello x {x} {=y}", 3, 1)}},
		{"thematic breaks", "a\n\n---\n\n***\nb\n",
			[]want{para("a", 1, 1), para("b", 6, 1)}},
		{"link reference definition", "[x]: http://e.org\n\nSee [x].\n",
			[]want{para("See x.", 3, 1)}},
		{"inline markup", "**Bold** _em_ ~~del~~ `code  span` [link](http://x) <http://auto.org> <a@b.org> ![alt text](i.png)\n",
			[]want{para("Bold em del code  span link http://auto.org a@b.org alt text", 1, 1)}},
		{"entities and escapes", "&amp; &copy; &#233; &#x41; &#0; &bogus; \\* \\_ \\a \\&amp;\n",
			[]want{para("& © é A \uFFFD &bogus; * _ \\a &amp;", 1, 1)}},
		{"code span line end", "`a\nb` c\n",
			[]want{para("a b c", 1, 1)}},
		{"inline html", "Meeting at <time> in <b>room</b> <specify>.<br>Next: <name>, <date>\n",
			[]want{para("Meeting at <time> in room <specify>.\nNext: <name>, <date>", 1, 1)}},
		{"inline html not a tag", "Changes: <list of changes, see slides>\n",
			[]want{para("Changes: <list of changes, see slides>", 1, 1)}},
		{"inline html attributes and pairs", "<time datetime=\"x\">10:00</time> <span style=\"a\">b</span> <summary>S</summary> <a href=\"u\">l</a> <img src=\"x.png\"> <br/>end\n",
			[]want{para("10:00 b S l\nend", 1, 1)}},
		{"inline html placeholder words", "Decision: <summary>; Title: <TITLE>; <code></name>\n",
			[]want{para("Decision: <summary>; Title: <TITLE>; <code></name>", 1, 1)}},
		{"inline html comment", "a <!-- note --> b\n",
			[]want{para("a  b", 1, 1)}},
		{"br only", "<br>\n\ntext\n",
			[]want{styled("html", "<br>", 1, 1), para("text", 3, 1)}},
		{"image without alt dropped", "![](x.png)\n", nil},
		{"nfc", "# Re\u0301union\n\nCafe\u0301\n",
			[]want{head(1, "R\u00e9union", 1, 3), para("Caf\u00e9", 3, 1)}},
		{"crlf tolerated", "# A\r\n\r\nb\r\nc  \r\nd\r\n",
			[]want{head(1, "A", 1, 3), para("b\nc\nd", 3, 1)}},
		{"bom tolerated", "\uFEFF# A\n",
			[]want{head(1, "A", 1, 3)}},
		{"empty", "", nil},
		{"one newline", "\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBlocks(t, read(t, tt.in).Blocks, tt.want)
		})
	}
}

// cellWant is a cell's text and where it starts.
type cellWant struct {
	text      string
	line, col int
}

func checkTable(t *testing.T, b source.Block, n int, rows [][]cellWant) {
	t.Helper()
	if b.Kind != source.Table {
		t.Fatalf("block is %v, want table", b.Kind)
	}
	if b.Pos.Table != n || b.Pos.Row != 0 || b.Pos.Cell != 0 {
		t.Errorf("table Pos = %+v, want Table %d", b.Pos, n)
	}
	if len(b.Rows) != len(rows) {
		t.Fatalf("%d rows, want %d", len(b.Rows), len(rows))
	}
	for r, row := range b.Rows {
		if row.Header != (r == 0) {
			t.Errorf("row %d Header = %v", r+1, row.Header)
		}
		if row.Pos.Table != n || row.Pos.Row != r+1 || row.Pos.Cell != 0 {
			t.Errorf("row %d Pos = %+v", r+1, row.Pos)
		}
		if len(row.Cells) != len(rows[r]) {
			t.Errorf("row %d: %d cells, want %d", r+1, len(row.Cells), len(rows[r]))
			continue
		}
		if row.Pos.Line != rows[r][0].line {
			t.Errorf("row %d line = %d, want %d", r+1, row.Pos.Line, rows[r][0].line)
		}
		for c, cell := range row.Cells {
			w := rows[r][c]
			p := cell.Pos
			if cell.Text() != w.text || p.Line != w.line || p.Column != w.col {
				t.Errorf("cell %d,%d = %q @%d:%d, want %q @%d:%d", r+1, c+1, cell.Text(), p.Line, p.Column, w.text, w.line, w.col)
			}
			if p.Table != n || p.Row != r+1 || p.Cell != c+1 || cell.Span != 1 {
				t.Errorf("cell %d,%d Pos = %+v Span %d", r+1, c+1, p, cell.Span)
			}
			if len(cell.Blocks) != 1 || cell.Blocks[0].Kind != source.Paragraph || cell.Blocks[0].Pos != p {
				t.Errorf("cell %d,%d blocks = %+v", r+1, c+1, cell.Blocks)
			}
		}
	}
}

func TestTable(t *testing.T) {
	in := "Intro line\n" +
		"| Name | Abbr | Org |\n" +
		"|------|:----:|----:|\n" +
		"| Zoë  | ZO   | Ça va |\n" +
		"|  x   |\n"
	f := read(t, in)
	checkBlocks(t, f.Blocks, []want{para("Intro line", 1, 1), table(2, 1)})
	if len(f.Blocks) != 2 {
		return
	}
	checkTable(t, f.Blocks[1], 1, [][]cellWant{
		{{"Name", 2, 3}, {"Abbr", 2, 10}, {"Org", 2, 17}},
		{{"Zoë", 4, 3}, {"ZO", 4, 10}, {"Ça va", 4, 17}},
		// Cells goldmark adds to a short row sit at its end.
		{{"x", 5, 4}, {"", 5, 9}, {"", 5, 9}},
	})
}

func TestTableInline(t *testing.T) {
	in := "  a | b\n" +
		"  --|--\n" +
		"  **x** \\| y | `c \\| d` <br> e\n"
	f := read(t, in)
	checkBlocks(t, f.Blocks, []want{table(1, 3)})
	if len(f.Blocks) != 1 {
		return
	}
	checkTable(t, f.Blocks[0], 1, [][]cellWant{
		{{"a", 1, 3}, {"b", 1, 7}},
		{{"x | y", 3, 3}, {"c | d\ne", 3, 16}},
	})
}

// TestPositions checks exact positions across constructs, after front
// matter and with multibyte characters before a column.
func TestPositions(t *testing.T) {
	lines := []string{
		"---",                              // 1
		`title: "Plenum 2020-12-15"`,       // 2
		"date: 2020-12-15",                 // 3
		"---",                              // 4
		"# Plenum — 2020‑12‑15 Minutes",    // 5
		"",                                 // 6
		"## Credentials",                   // 7
		"- Present: Dyana, Bob, Ünal",      // 8
		"- Apologies: -",                   // 9
		"",                                 // 10
		"Überblick: ça   **va**",           // 11
		"Chair: Zoë",                       // 12
		"",                                 // 13
		"Sub heading",                      // 14
		"-----------",                      // 15
		"",                                 // 16
		"> Quoted: «x» <name>",             // 17
		"",                                 // 18
		"| Ä | B |",                        // 19
		"| - | - |",                        // 20
		"| ö | ü |",                        // 21
		"| ééé | ü |",                      // 22
		"",                                 // 23
		"    indented code",                // 24
		"",                                 // 25
		"```",                              // 26
		"fenced",                           // 27
		"```",                              // 28
		"<!-- doctoc -->",                  // 29
		"* [x] Ölaf - (Telefónica) Active", // 30
		"",                                 // 31
		"x | y",                            // 32
		"--|--",                            // 33
		"",                                 // 34
		"ééé **Bold**: text `code` here",   // 35
	}
	f := read(t, strings.Join(lines, "\n")+"\n")
	if f.Props.Title != "Plenum 2020-12-15" || f.Props.Created != "2020-12-15" {
		t.Errorf("Props = %+v", f.Props)
	}
	checkBlocks(t, f.Blocks, []want{
		head(1, "Plenum — 2020‑12‑15 Minutes", 5, 3),
		head(2, "Credentials", 7, 4),
		item(1, "-", "Present: Dyana, Bob, Ünal", 8, 3),
		item(1, "-", "Apologies: -", 9, 3),
		para("Überblick: ça   va\nChair: Zoë", 11, 1),
		head(2, "Sub heading", 14, 1),
		para("Quoted: «x» <name>", 17, 3),
		table(19, 1),
		styled("code", "indented code", 24, 5),
		styled("code", "fenced", 27, 1),
		item(1, "*", "[x] Ölaf - (Telefónica) Active", 30, 3),
		table(32, 1),
		para("ééé Bold: text code here", 35, 1),
	})
	if len(f.Blocks) != 13 {
		return
	}
	checkTable(t, f.Blocks[7], 1, [][]cellWant{
		{{"Ä", 19, 3}, {"B", 19, 7}},
		{{"ö", 21, 3}, {"ü", 21, 7}},
		{{"ééé", 22, 3}, {"ü", 22, 9}},
	})
	checkTable(t, f.Blocks[11], 2, [][]cellWant{
		{{"x", 32, 1}, {"y", 32, 5}},
	})
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		title, date   string
		first         want
		wantNoContent bool
	}{
		{"yaml", "---\ntitle: Plenum\ndate: 2021-04-20\ntags:\n  - a\n---\n# H\n",
			"Plenum", "2021-04-20", head(1, "H", 7, 3), false},
		{"yaml quoted and commented", "---\ntitle: 'It''s # here' # note\ndate: \"2020\"\n...\nText\n",
			"It's # here", "2020", para("Text", 5, 1), false},
		{"yaml nested keys ignored", "---\nparams:\n  title: x\n---\nText\n",
			"", "", para("Text", 5, 1), false},
		{"toml", "+++\ntitle = \"Plenum 2020\"\ndate = 2020-12-15T20:00:00+08:00\n+++\n\nText\n",
			"Plenum 2020", "2020-12-15T20:00:00+08:00", para("Text", 6, 1), false},
		{"only front matter", "---\ntitle: T\n---\n", "T", "", want{}, true},
		{"unclosed is a rule", "---\nText\n", "", "", para("Text", 2, 1), false},
		{"not at start", "\n---\ntitle: x\n---\n", "", "", head(2, "title: x", 3, 1), false},
		{"page metadata", "Title: Annual Meeting 2014-01-13\nDate: 2016-06-12 10:20\nModified: 2016-06-12 10:30\nsave_as: x.html\n\nText\n",
			"Annual Meeting 2014-01-13", "2016-06-12 10:20", para("Text", 6, 1), false},
		{"a header is not page metadata", "Chair: Alice\nDate: 2016-06-12\n\nText\n", "", "", para("Chair: Alice\nDate: 2016-06-12", 1, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := read(t, tt.in)
			if f.Props.Title != tt.title || f.Props.Created != tt.date {
				t.Errorf("Props = %q, %q; want %q, %q", f.Props.Title, f.Props.Created, tt.title, tt.date)
			}
			if tt.wantNoContent {
				checkBlocks(t, f.Blocks, nil)
				return
			}
			if len(f.Blocks) == 0 {
				t.Fatal("no blocks")
			}
			checkBlocks(t, f.Blocks[:1], []want{tt.first})
		})
	}
}

func TestLocator(t *testing.T) {
	src := []byte("aé\n\tx€y\n\nz")
	l := newLocator(src, 3)
	for _, tt := range []struct{ off, line, col int }{
		{0, 3, 1}, {1, 3, 2}, {3, 3, 3}, {4, 4, 1}, {5, 4, 2}, {9, 4, 4}, {6, 4, 3},
		{11, 5, 1}, {12, 6, 1}, {13, 6, 2}, {-5, 3, 1}, {99, 6, 2},
	} {
		if line, col := l.at(tt.off); line != tt.line || col != tt.col {
			t.Errorf("at(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}
