package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

// Namespace URIs used by the generated test files.
const (
	nsURIW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsURIWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	relTypeBase  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relsNS       = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// nsDecls binds the prefixes the snippets use.
const nsDecls = `xmlns:w="` + nsURIW + `"` +
	` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` +
	` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
	` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
	` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
	` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
	` xmlns:v="urn:schemas-microsoft-com:vml"` +
	` xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"` +
	` xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"` +
	` xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"` +
	` xmlns:unk="urn:example:unknown"` +
	` mc:Ignorable="w14 w15 w16se"`

const xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// zpart is one file of a generated package.
type zpart struct {
	name, body string
}

// zipParts writes parts into a ZIP archive, in the order given.
func zipParts(t testing.TB, parts ...zpart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docParts names the optional parts of a generated Word file; empty ones
// are left out.
type docParts struct {
	body       string // content of w:body
	styles     string // content of w:styles
	numbering  string // content of w:numbering
	settings   string // content of w:settings
	comments   string // content of w:comments
	commentsEx string // content of w15:commentsEx
	footnotes  string // content of w:footnotes
	endnotes   string // content of w:endnotes
	header     string // content of w:hdr
	footer     string // content of w:ftr
	core       string // content of cp:coreProperties
	app        string // content of Properties (extended)
}

func wrap(root, content string) string {
	return xmlDecl + "<" + root + " " + nsDecls + ">" + content + "</" + root + ">"
}

// buildDocx assembles a Word package from XML snippets: the relationships
// and content types follow from which parts are present.
func buildDocx(t testing.TB, d docParts) []byte {
	t.Helper()
	type relPart struct {
		id, typ, target, name, body string
	}
	opt := []relPart{
		{"rIdStyles", relTypeBase + "styles", "styles.xml", "word/styles.xml", d.styles},
		{"rIdNum", relTypeBase + "numbering", "numbering.xml", "word/numbering.xml", d.numbering},
		{"rIdSettings", relTypeBase + "settings", "settings.xml", "word/settings.xml", d.settings},
		{"rIdComments", relTypeBase + "comments", "comments.xml", "word/comments.xml", d.comments},
		{"rIdCommentsEx", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml", "word/commentsExtended.xml", d.commentsEx},
		{"rIdFoot", relTypeBase + "footnotes", "footnotes.xml", "word/footnotes.xml", d.footnotes},
		{"rIdEnd", relTypeBase + "endnotes", "endnotes.xml", "word/endnotes.xml", d.endnotes},
		{"rIdHdr1", relTypeBase + "header", "header1.xml", "word/header1.xml", d.header},
		{"rIdFtr1", relTypeBase + "footer", "footer1.xml", "word/footer1.xml", d.footer},
	}
	roots := map[string]string{
		"word/styles.xml": "w:styles", "word/numbering.xml": "w:numbering", "word/settings.xml": "w:settings",
		"word/comments.xml": "w:comments", "word/commentsExtended.xml": "w15:commentsEx",
		"word/footnotes.xml": "w:footnotes", "word/endnotes.xml": "w:endnotes",
		"word/header1.xml": "w:hdr", "word/footer1.xml": "w:ftr",
	}
	var docRels strings.Builder
	docRels.WriteString(xmlDecl + `<Relationships xmlns="` + relsNS + `">`)
	parts := []zpart{}
	for _, p := range opt {
		if p.body == "" {
			continue
		}
		fmt.Fprintf(&docRels, `<Relationship Id="%s" Type="%s" Target="%s"/>`, p.id, p.typ, p.target)
		parts = append(parts, zpart{p.name, wrap(roots[p.name], p.body)})
	}
	docRels.WriteString(`<Relationship Id="rIdLink" Type="` + relTypeBase + `hyperlink" Target="https://example.org/" TargetMode="External"/>`)
	docRels.WriteString(`</Relationships>`)

	pkgRels := xmlDecl + `<Relationships xmlns="` + relsNS + `">` +
		`<Relationship Id="rId1" Type="` + relTypeBase + `officeDocument" Target="word/document.xml"/>`
	if d.core != "" {
		pkgRels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
		parts = append(parts, zpart{"docProps/core.xml", xmlDecl +
			`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
			d.core + `</cp:coreProperties>`})
	}
	if d.app != "" {
		pkgRels += `<Relationship Id="rId3" Type="` + relTypeBase + `extended-properties" Target="docProps/app.xml"/>`
		parts = append(parts, zpart{"docProps/app.xml", xmlDecl +
			`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` + d.app + `</Properties>`})
	}
	pkgRels += `</Relationships>`

	all := []zpart{
		{"[Content_Types].xml", xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", pkgRels},
		{"word/document.xml", wrap("w:document", "<w:body>"+d.body+"</w:body>")},
		{"word/_rels/document.xml.rels", docRels.String()},
	}
	return zipParts(t, append(all, parts...)...)
}

// Snippet helpers.

// run is a plain run.
func run(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// para is a paragraph of the given content (runs); style may be empty.
func para(style, content string) string {
	pPr := ""
	if style != "" {
		pPr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + pPr + content + `</w:p>`
}

// paraPr is a paragraph with explicit paragraph properties.
func paraPr(pPr, content string) string {
	return `<w:p><w:pPr>` + pPr + `</w:pPr>` + content + `</w:p>`
}

// numPr gives a paragraph a list level directly.
func numPr(numID, ilvl int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
}

// cell is a table cell with optional properties and one paragraph per text.
func cell(tcPr string, texts ...string) string {
	var b strings.Builder
	b.WriteString(`<w:tc>`)
	if tcPr != "" {
		b.WriteString(`<w:tcPr>` + tcPr + `</w:tcPr>`)
	}
	if len(texts) == 0 {
		b.WriteString(`<w:p/>`)
	}
	for _, t := range texts {
		b.WriteString(para("", run(t)))
	}
	b.WriteString(`</w:tc>`)
	return b.String()
}

func row(trPr string, cells ...string) string {
	if trPr != "" {
		trPr = `<w:trPr>` + trPr + `</w:trPr>`
	}
	return `<w:tr>` + trPr + strings.Join(cells, "") + `</w:tr>`
}

func table(cols int, rows ...string) string {
	grid := strings.Repeat(`<w:gridCol w:w="1000"/>`, cols)
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>` + grid + `</w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}

// readBytes reads a generated file, failing the test on error.
func readBytes(t testing.TB, name string, data []byte) *source.File {
	t.Helper()
	f, err := Read(name, data)
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	return f
}

// sharedPath resolves a file under the workplace's shared directory,
// relative to this package, skipping the test when it is absent.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// located is a block found by walking a file, with the merged flag of the
// cell it sits in.
type located struct {
	b      *source.Block
	merged bool
}

// findBlocks returns every paragraph-like block whose text contains s,
// including those inside table cells.
func findBlocks(blocks []source.Block, s string) []located {
	var out []located
	var walk func(bs []source.Block, merged bool)
	walk = func(bs []source.Block, merged bool) {
		for i := range bs {
			b := &bs[i]
			if b.Kind != source.Table && strings.Contains(b.Text, s) {
				out = append(out, located{b, merged})
			}
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					walk(c.Blocks, merged || c.Merged)
				}
			}
		}
	}
	walk(blocks, false)
	return out
}

// allText is every block text of a file, for leak checks.
func allText(f *source.File) string {
	var b strings.Builder
	for _, list := range [][]source.Block{f.Blocks, f.Notes} {
		source.Walk(list, func(bl *source.Block) bool {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
			return true
		})
	}
	return b.String()
}

func marksOf(f *source.File, kind source.MarkKind) []source.Mark {
	var out []source.Mark
	for _, m := range f.Marks {
		if m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}
