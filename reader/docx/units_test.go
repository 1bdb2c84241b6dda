package docx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestFormatNumber(t *testing.T) {
	cases := []struct {
		n           int
		fmt, custom string
		want        string
	}{
		{3, "decimal", "", "3"},
		{3, "decimalZero", "", "03"},
		{12, "decimalZero", "", "12"},
		{1, "lowerLetter", "", "a"},
		{26, "upperLetter", "", "Z"},
		{27, "lowerLetter", "", "aa"},
		{53, "upperLetter", "", "AAA"},
		{4, "lowerRoman", "", "iv"},
		{1994, "upperRoman", "", "MCMXCIV"},
		{0, "upperRoman", "", "0"},
		{1, "ordinal", "", "1st"},
		{2, "ordinal", "", "2nd"},
		{3, "ordinal", "", "3rd"},
		{11, "ordinal", "", "11th"},
		{22, "ordinal", "", "22nd"},
		{7, "cardinalText", "", "Seven"},
		{42, "cardinalText", "", "Forty-two"},
		{105, "cardinalText", "", "One hundred five"},
		{1, "ordinalText", "", "First"},
		{12, "ordinalText", "", "Twelfth"},
		{20, "ordinalText", "", "Twentieth"},
		{23, "ordinalText", "", "Twenty-third"},
		{2, "decimalEnclosedCircle", "", "②"},
		{5, "decimalFullWidth", "", "５"},
		{6, "chicago", "", "††"},
		{255, "hex", "", "FF"},
		{7, "custom", "001, 002, 003, ...", "007"},
		{5, "none", "", ""},
		{9, "somethingNew", "", "9"},
	}
	for _, c := range cases {
		if got := formatNumber(c.n, c.fmt, c.custom); got != c.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", c.n, c.fmt, got, c.want)
		}
	}
}

func TestSymbols(t *testing.T) {
	cases := []struct{ font, char, want string }{
		{"Symbol", "F0B7", "•"},
		{"Symbol", "F061", "α"},
		{"Symbol", "F0AE", "→"},
		{"Wingdings", "F0FC", "✓"},
		{"Wingdings", "F0A7", "▪"},
		{"Wingdings 2", "F050", "✓"},
		{"Wingdings", "F001", "\uFFFD"},
		{"Webdings", "F041", "\uFFFD"},
		{"Arial", "2013", "–"},
		{"Symbol", "00B7", "•"}, // the bare font code
		{"Symbol", "zz", "\uFFFD"},
		{"", "0000", "\uFFFD"},
	}
	for _, c := range cases {
		if got := symText(c.font, c.char); got != c.want {
			t.Errorf("symText(%q, %q) = %q, want %q", c.font, c.char, got, c.want)
		}
	}
	if got := bulletText("\uF0A7", "Wingdings"); got != "▪" {
		t.Errorf("Wingdings bullet %q", got)
	}
	if got := bulletText("", ""); got != "•" {
		t.Errorf("empty bullet %q", got)
	}
	if got := bulletText("o", "Courier New"); got != "o" {
		t.Errorf("letter bullet %q", got)
	}
}

func TestTrimNumber(t *testing.T) {
	for in, want := range map[string]string{
		"6.1.": "6.1", "3": "3", "A)": "A", "(a)": "a", "Annex A:": "Annex A", "Article 4 –": "Article 4", "": "",
	} {
		if got := trimNumber(in); got != want {
			t.Errorf("trimNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolveTarget(t *testing.T) {
	cases := []struct{ source, target, want string }{
		{"", "word/document.xml", "word/document.xml"},
		{"", "/word/document.xml", "word/document.xml"},
		{"word/document.xml", "styles.xml", "word/styles.xml"},
		{"word/document.xml", "../customXml/item1.xml", "customXml/item1.xml"},
		{"word/document.xml", "media/image%201.png", "word/media/image 1.png"},
		{"word/document.xml", `sub\x.xml`, "word/sub/x.xml"},
	}
	for _, c := range cases {
		if got := resolveTarget(c.source, c.target); got != c.want {
			t.Errorf("resolveTarget(%q, %q) = %q, want %q", c.source, c.target, got, c.want)
		}
	}
	if relsName("word/document.xml") != "word/_rels/document.xml.rels" || relsName("") != "_rels/.rels" {
		t.Error("relsName")
	}
}

// TestOtherPrefix reads a Transitional file whose WordprocessingML prefix
// is not "w" and whose relationships part uses odd casing.
func TestOtherPrefix(t *testing.T) {
	doc := xmlDecl + `<ww:document xmlns:ww="` + nsURIW + `"><ww:body><ww:p><ww:pPr><ww:outlineLvl ww:val="0"/></ww:pPr>` +
		`<ww:r><ww:t>PREFIXMARK</ww:t></ww:r></ww:p></ww:body></ww:document>`
	data := zipParts(t,
		zpart{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `"><Relationship Id="r1" Type="` + relTypeBase + `officeDocument" Target="Word/Document.XML"/></Relationships>`},
		zpart{"word/document.xml", doc},
	)
	f := readBytes(t, "prefix.docx", data)
	if len(f.Blocks) != 1 || f.Blocks[0].Text != "PREFIXMARK" || f.Blocks[0].Kind != source.Heading {
		t.Errorf("blocks %+v", f.Blocks)
	}
}

// TestHeadersOnce reads a header referenced by two sections once, and
// headers in the order the sections reference them.
func TestHeadersOnce(t *testing.T) {
	sect := `<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/></w:sectPr>`
	body := paraPr(sect, run("A")) + para("", run("B")) + sect
	f := readBytes(t, "hdr.docx", buildDocx(t, docParts{body: body, header: para("", run("HDR")), footer: para("", run("FTR"))}))
	var notes []string
	for _, b := range f.Notes {
		notes = append(notes, b.Pos.Part+":"+b.Text)
	}
	if strings.Join(notes, " ") != "header:HDR footer:FTR" {
		t.Errorf("notes %q", notes)
	}
}

// TestNumberingDetails covers Word's counting rules beyond the features
// file: an unused parent level shows one less than its start, a level
// restarts after any shallower level, and numbering off in the paragraph
// beats numbering from the style.
func TestNumberingDetails(t *testing.T) {
	numbering := `<w:abstractNum w:abstractNumId="1">` + lvl(0, "decimal", "%1.", "") + lvl(1, "decimal", "%1.%2.", "") +
		lvl(2, "lowerLetter", "(%3)", "") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`
	body := paraPr(numPr(1, 1), run("FIRSTSUB")) + // no level 0 yet: "0.1."
		paraPr(numPr(1, 0), run("TOP")) +
		paraPr(numPr(1, 2), run("DEEP")) +
		paraPr(numPr(1, 1), run("SUB")) +
		paraPr(numPr(1, 2), run("DEEPAGAIN")) +
		paraPr(`<w:numPr><w:numId w:val="0"/></w:numPr>`, run("OFF"))
	f := readBytes(t, "num.docx", buildDocx(t, docParts{body: body, numbering: numbering}))
	want := map[string]string{"FIRSTSUB": "0.1.", "TOP": "1.", "DEEP": "(a)", "SUB": "1.1.", "DEEPAGAIN": "(a)", "OFF": ""}
	for _, b := range f.Blocks {
		if w, ok := want[b.Text]; !ok || b.Number != w {
			t.Errorf("%s: number %q, want %q", b.Text, b.Number, w)
		}
	}
}

// TestCommentsAcrossParagraphs checks an anchor spanning paragraphs and a
// reference placed before the range ends.
func TestCommentsAcrossParagraphs(t *testing.T) {
	body := `<w:p><w:commentRangeStart w:id="5"/>` + run("ONE") + `</w:p><w:p>` + run("TWO") +
		`<w:r><w:commentReference w:id="5"/></w:r>` + run(" THREE") + `<w:commentRangeEnd w:id="5"/></w:p>`
	comments := `<w:comment w:id="5" w:author="Eve"><w:p>` + run("NOTE") + `</w:p></w:comment>`
	f := readBytes(t, "c.docx", buildDocx(t, docParts{body: body, comments: comments}))
	cs := marksOf(f, source.Comment)
	if len(cs) != 1 || cs[0].Anchor != "ONE\nTWO THREE" || cs[0].Text != "NOTE" || cs[0].Pos.Paragraph != 2 || cs[0].Resolved {
		t.Errorf("comments %+v", cs)
	}
}

// TestStyleLevelLink checks that a style giving only the list takes its
// level from the w:lvl that names it, even when the style it is based on
// states a level of its own.
func TestStyleLevelLink(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>` +
		`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/>` +
		`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
	numbering := `<w:abstractNum w:abstractNumId="1">` + lvl(0, "decimal", "%1", `<w:pStyle w:val="H1"/>`) +
		lvl(1, "decimal", "%1.%2", `<w:pStyle w:val="H2"/>`) + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`
	body := para("H1", run("ONE")) + para("H2", run("ONEONE")) + para("H2", run("ONETWO"))
	f := readBytes(t, "lvl.docx", buildDocx(t, docParts{body: body, styles: styles, numbering: numbering}))
	var got []string
	for _, b := range f.Blocks {
		got = append(got, b.Number)
	}
	if strings.Join(got, " ") != "1 1.1 1.2" {
		t.Errorf("numbers %q", got)
	}
}

// TestJoinedParagraphs: a paragraph whose mark is a tracked deletion runs
// on into the next one, which keeps its own style and number; it cannot
// run into a table or out of its cell.
func TestJoinedParagraphs(t *testing.T) {
	gone := func(text string) string {
		return paraPr(`<w:rPr><w:del w:id="1" w:author="A"/></w:rPr>`, run(text))
	}
	body := gone("ONE ") + gone("TWO ") + paraPr(`<w:outlineLvl w:val="0"/>`, run("THREE")) +
		gone("BEFORETABLE") + table(1, row("", `<w:tc>`+gone("CELLA ")+para("", run("CELLB"))+`</w:tc>`,
		`<w:tc>`+para("", run("CELLC"))+gone("CELLEND")+`</w:tc>`)) +
		para("", run("AFTER"))
	f := readBytes(t, "join.docx", buildDocx(t, docParts{body: body}))
	var got []string
	for _, b := range f.Blocks {
		if b.Kind == source.Table {
			for _, c := range b.Rows[0].Cells {
				got = append(got, "cell:"+c.Text())
			}
			continue
		}
		got = append(got, fmt.Sprintf("%s %d %q", b.Kind, b.Pos.Paragraph, b.Text))
	}
	want := []string{
		`heading 1 "ONE TWO THREE"`,
		`paragraph 4 "BEFORETABLE"`,
		"cell:CELLA CELLB",
		"cell:CELLC\nCELLEND",
		`paragraph 9 "AFTER"`,
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
