package docx

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/internal/golden"
	"github.com/minuteslint/minuteslint/source"
)

// chg is the attribute set of a tracked change.
func chg(id int) string {
	return fmt.Sprintf(`w:id="%d" w:author="Alice" w:date="2024-01-02T03:04:05Z"`, id)
}

const featuresStyles = `<w:docDefaults/>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>` +
	// Localised ids, built-in names: headings are found by name.
	`<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="berschrift1"/>` +
	`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="My Head"/><w:basedOn w:val="berschrift2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="HiddenPara"><w:name w:val="Hidden Para"/><w:rPr><w:vanish/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="HiddenChar"><w:name w:val="Hidden Char"/><w:rPr><w:vanish/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListBulletX"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="numbering" w:styleId="ListStyleX"><w:name w:val="List Style X"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>`

func lvl(ilvl int, fmtName, text string, extra string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/></w:lvl>`, ilvl, fmtName, extra, text)
}

var featuresNumbering = `<w:abstractNum w:abstractNumId="1">` +
	lvl(0, "decimal", "%1", `<w:pStyle w:val="berschrift1"/>`) +
	lvl(1, "decimal", "%1.%2", `<w:pStyle w:val="berschrift2"/>`) + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="2">` + lvl(0, "decimal", "%1.", "") + lvl(1, "lowerLetter", "%2)", "") + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="3">` + lvl(0, "decimal", "%1.", "") + lvl(1, "decimal", "%2)", `<w:lvlRestart w:val="0"/>`) + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="4">` + lvl(0, "upperRoman", "%1", "") + lvl(1, "decimal", "%1.%2", `<w:isLgl/>`) + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF0B7" + `"/>` +
	`<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="8"><w:numStyleLink w:val="ListStyleX"/></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="9"><w:styleLink w:val="ListStyleX"/>` + lvl(0, "upperLetter", "%1)", "") + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="10">` + lvl(0, "upperLetter", "%1.", "") + `</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimalZero"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
	`<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>` +
	`<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>` +
	`<w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>` +
	`<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>` +
	`<w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>` +
	`<w:num w:numId="11"><w:abstractNumId w:val="11"/></w:num>`

func featuresBody() string {
	var b strings.Builder
	w := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
		}
	}
	w(para("Title", run("TITLEMARK")))
	w(para("berschrift1", `<w:r><w:br w:type="page"/></w:r>`+run("HEADONEMARK")))
	// A document number split across runs, with proofing and bookmark
	// marks between them.
	w(`<w:p><w:r><w:t xml:space="preserve">SPLITMARK SEC-20</w:t></w:r><w:proofErr w:type="spellStart"/>`,
		`<w:r><w:t>16-00</w:t></w:r><w:bookmarkStart w:id="0" w:name="bm"/><w:r><w:t>02</w:t></w:r><w:bookmarkEnd w:id="0"/>`,
		`<w:r><w:footnoteReference w:id="1"/></w:r></w:p>`)
	// Special characters.
	w(`<w:p><w:r><w:t>CHARSMARK</w:t><w:tab/><w:t>A</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>`,
		`<w:t>B</w:t><w:br/><w:t>C</w:t><w:cr/><w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t><w:softHyphen/><w:t>F</w:t>`,
		`<w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Wingdings" w:char="F001"/>`,
		`<w:instrText>NOTTEXT</w:instrText><w:delText>NOTTEXT</w:delText><w:delInstrText>NOTTEXT</w:delInstrText>`,
		`<mc:AlternateContent><mc:Choice Requires="w16se"><w16se:symEx w16se:font="Segoe UI Emoji" w16se:char="1F600"/></mc:Choice>`,
		`<mc:Fallback><w:t>EMOJIFALLBACK</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
	// A combining cedilla in its own run: NFC joins it.
	w(`<w:p><w:r><w:t>NFCMARK Franc</w:t></w:r><w:r><w:t>` + "\u0327" + `ois</w:t></w:r></w:p>`)
	// Hidden text, directly and through a character style.
	w(`<w:p><w:r><w:t xml:space="preserve">VISIBLEMARK </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDENMARK</w:t></w:r>`,
		`<w:r><w:rPr><w:rStyle w:val="HiddenChar"/></w:rPr><w:t>HIDDENSTYLEMARK</w:t></w:r>`,
		`<w:r><w:rPr><w:rStyle w:val="HiddenChar"/><w:vanish w:val="0"/></w:rPr><w:t>SHOWNAGAINMARK</w:t></w:r></w:p>`)
	w(para("HiddenPara", run("HIDDENPARAMARK")))
	// Inline wrappers.
	w(`<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t xml:space="preserve">HYPERMARK </w:t></w:r></w:hyperlink>`,
		`<w:smartTag w:uri="urn:x" w:element="place"><w:smartTagPr/><w:r><w:t xml:space="preserve">SMARTTAGMARK </w:t></w:r></w:smartTag>`,
		`<w:customXml w:element="x"><w:customXmlPr/><w:r><w:t xml:space="preserve">CUSTOMRUNMARK </w:t></w:r></w:customXml>`,
		`<w:dir w:val="rtl"><w:r><w:t xml:space="preserve">DIRMARK </w:t></w:r></w:dir>`,
		`<w:bdo w:val="rtl"><w:r><w:t xml:space="preserve">BDOMARK </w:t></w:r></w:bdo>`,
		`<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">SDTRUNMARK </w:t></w:r></w:sdtContent></w:sdt>`,
		`<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>PLACEHOLDERMARK</w:t></w:r></w:sdtContent></w:sdt></w:p>`)
	// Block wrappers.
	w(`<w:sdt><w:sdtPr/><w:sdtContent>`, para("", run("SDTBLOCKMARK")), `</w:sdtContent></w:sdt>`)
	w(`<w:customXml w:element="blk"><w:customXmlPr/>`, para("", run("CUSTOMBLOCKMARK")), `</w:customXml>`)
	// Fields: simple, complex, nested, spanning two paragraphs.
	begin, sep, end := `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`, `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	w(`<w:p><w:fldSimple w:instr=" FILENAME SIMPLEINSTR ">`, run("FLDSIMPLEMARK"), `</w:fldSimple>`, run(" and "),
		begin, instr(` REF FLDINSTRMARK \h `), sep, run("FLDRESULTMARK"), end, `</w:p>`)
	w(`<w:p>`, begin, instr(" IF "), begin, instr(" MERGEFIELD NESTINSTR "), sep, run("NESTCODEMARK"), end,
		instr(` = 1 "yes" "no" `), sep, run("NESTRESULTMARK"), end, `</w:p>`)
	w(`<w:p>`, begin, instr(` TOC \o "1-3" `), sep, run("TOCONEMARK"), `</w:p>`, `<w:p>`, run("TOCTWOMARK"), end, `</w:p>`)
	// Tracked changes.
	w(`<w:p><w:ins `+chg(1)+`>`, run("INS"), run("MARK"), `</w:ins>`,
		`<w:del `+chg(2)+`><w:r><w:delText>DELMARK</w:delText></w:r></w:del>`,
		`<w:moveFrom `+chg(3)+`>`, run("MOVEFROMMARK"), `</w:moveFrom>`,
		`<w:moveTo `+chg(4)+`>`, run(" MOVETOMARK"), `</w:moveTo>`,
		`<w:r><w:rPr><w:b/><w:rPrChange `+chg(5)+`><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve"> RPRCHANGEMARK</w:t></w:r></w:p>`)
	w(paraPr(`<w:pStyle w:val="Normal"/><w:pPrChange `+chg(6)+`><w:pPr><w:pStyle w:val="berschrift1"/>`+numPr(2, 0)+`</w:pPr></w:pPrChange>`, run("PPRCHANGEMARK")))
	w(paraPr(`<w:rPr><w:del `+chg(7)+`/></w:rPr>`, run("DELPARAMARK")))
	w(paraPr(`<w:rPr><w:ins `+chg(8)+`/></w:rPr>`, run("INSPARAMARK")))
	// Text boxes: a DrawingML box with a VML fallback, a choice this
	// reader cannot take, and a VML box on its own.
	w(`<w:p>`, run("BOXHOLDERMARK"), `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>`,
		`<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>`,
		para("", run("TXBXMARK")), `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`,
		`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>`, para("", run("FALLBACKMARK")),
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`, run(" AFTERBOXMARK"), `</w:p>`)
	w(`<w:p><mc:AlternateContent><mc:Choice Requires="unk">`, run("CHOICEUNKNOWNMARK"), `</mc:Choice>`,
		`<mc:Choice Requires="zz">`, run("CHOICEUNDECLAREDMARK"), `</mc:Choice>`,
		`<mc:Fallback>`, run("FALLBACKREADMARK"), `</mc:Fallback></mc:AlternateContent></w:p>`)
	w(`<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>`, para("", run("VMLBOXMARK")), `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`)
	// Comments.
	w(`<w:p>`, run("BEFORECOMMENT "), `<w:commentRangeStart w:id="0"/>`, run("COMMENTANCHORMARK"), `<w:commentRangeEnd w:id="0"/>`,
		`<w:r><w:commentReference w:id="0"/></w:r><w:commentRangeStart w:id="1"/>`, run(" OPENANCHORMARK"),
		`<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>`)
	// Headings and their numbering.
	w(para("berschrift2", run("HEADTWOMARK")))
	w(para("MyHead", run("INHERITHEADMARK")))
	w(para("berschrift1", run("HEADTHREEMARK")))
	w(para("berschrift2", run("HEADFOURMARK")))
	w(paraPr(`<w:pStyle w:val="berschrift1"/><w:numPr><w:numId w:val="0"/></w:numPr>`, run("ANNEXMARK")))
	w(paraPr(`<w:pStyle w:val="berschrift2"/><w:numPr><w:numId w:val="0"/></w:numPr>`, `<w:r><w:t>6.2</w:t><w:tab/><w:t>TYPEDMARK</w:t></w:r>`))
	w(paraPr(`<w:outlineLvl w:val="2"/>`, run("OUTLINEMARK")))
	w(para("Heading3", run("HEADNONUMMARK")))
	w(paraPr(`<w:pStyle w:val="berschrift1"/>`+numPr(10, 0), run("LETTERHEADMARK")))
	// Lists.
	w(paraPr(numPr(2, 0), run("LISTONEMARK")))
	w(paraPr(numPr(2, 1), run("LISTSUBMARK")))
	w(paraPr(numPr(2, 1), run("LISTSUBTWOMARK")))
	w(paraPr(numPr(2, 0), run("LISTTWOMARK")))
	w(paraPr(numPr(2, 1), run("LISTSUBTHREEMARK")))
	w(paraPr(numPr(5, 0), run("STARTOVERRIDEMARK")))
	w(paraPr(numPr(5, 0), run("OVERRIDENEXTMARK")))
	w(paraPr(numPr(6, 0), run("SHAREDMARK")))
	w(paraPr(numPr(2, 0), ""))
	w(paraPr(numPr(2, 0), run("AFTEREMPTYMARK")))
	w(paraPr(numPr(2, 0)+`<w:rPr><w:del `+chg(9)+`/></w:rPr>`, `<w:del `+chg(10)+`><w:r><w:delText>GONEMARK</w:delText></w:r></w:del>`))
	w(paraPr(numPr(2, 0), run("AFTERREMOVEDMARK")))
	w(paraPr(numPr(3, 0), run("RESTARTAMARK")))
	w(paraPr(numPr(3, 1), run("NORESTARTONEMARK")))
	w(paraPr(numPr(3, 0), run("RESTARTBMARK")))
	w(paraPr(numPr(3, 1), run("NORESTARTMARK")))
	w(paraPr(numPr(4, 0), run("ROMANMARK")))
	w(paraPr(numPr(4, 1), run("ISLGLMARK")))
	w(para("ListBulletX", run("BULLETMARK")))
	w(paraPr(numPr(8, 0), run("STYLELINKMARK")))
	w(paraPr(numPr(11, 0), run("ZEROMARK")))
	// The Strict namespace under another prefix, in the middle of a
	// Transitional document: elements are matched by namespace URI.
	w(`<s:p xmlns:s="` + nsURIWStrict + `"><s:r><s:t>STRICTMARK</s:t></s:r></s:p>`)
	w(featuresTable())
	w(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>`,
		`<w:sectPrChange `+chg(20)+`><w:sectPr/></w:sectPrChange></w:sectPr>`)
	return b.String()
}

func featuresTable() string {
	span := func(n int) string { return fmt.Sprintf(`<w:gridSpan w:val="%d"/>`, n) }
	nested := `<w:tc>` + para("", run("OUTERCELLMARK")) + table(1, row("", cell("", "NESTEDMARK"))) + `<w:p/></w:tc>`
	return table(4,
		row(`<w:tblHeader/>`, cell("", "HDRONEMARK"), cell("", "H2"), cell("", "H3"), cell("", "H4")),
		row("", cell(span(2), "SPANMARK"), cell(`<w:vMerge w:val="restart"/>`, "VMERGEMARK"), cell("", "R2C4")),
		row("", cell("", "R3C1"), cell("", "R3C2"), cell(`<w:vMerge/>`), cell("", "R3C4")),
		row(`<w:gridBefore w:val="2"/>`, cell(`<w:vMerge/>`), cell("", "GRIDBEFOREMARK")),
		row("", nested, cell(span(3), "R5C2")),
		`<w:sdt><w:sdtPr/><w:sdtContent>`+row("", cell(span(4), "SDTROWMARK"))+`</w:sdtContent></w:sdt>`,
		`<w:customXml w:element="r">`+row("", cell(span(4), "CUSTOMROWMARK"))+`</w:customXml>`,
		`<w:tr><w:sdt><w:sdtContent>`+cell(span(2), "SDTCELLMARK")+`</w:sdtContent></w:sdt>`+
			`<w:customXml w:element="c">`+cell(span(2), "CUSTOMCELLMARK")+`</w:customXml></w:tr>`,
		row(`<w:ins `+chg(11)+`/>`, cell(span(4), "INSROWMARK")),
		row(`<w:del `+chg(12)+`/>`, `<w:tc><w:tcPr>`+span(4)+`</w:tcPr><w:p><w:del `+chg(13)+`><w:r><w:delText>ROWDELMARK</w:delText></w:r></w:del></w:p></w:tc>`),
		row("", cell(span(4), "AFTERDELROWMARK")),
		row("", cell(`<w:cellIns `+chg(14)+`/>`, "INSCELLMARK"), cell(`<w:tcW w:w="1000" w:type="dxa"/><w:tcPrChange `+chg(15)+`><w:tcPr/></w:tcPrChange>`, "TCPRCHANGEMARK"), cell(span(2), "R12C3")),
		// gridAfter leaves grid columns empty at the end of a row; the
		// merge started in its first cell continues in the row below.
		row(`<w:gridAfter w:val="2"/>`, cell(`<w:vMerge w:val="restart"/>`, "GRIDAFTERMARK"), cell("", "R13C2")),
		row("", cell(`<w:vMerge/>`), cell("", "R14C2"), cell("", "R14C3"), cell("", "R14C4")),
	)
}

func featuresParts() docParts {
	return docParts{
		body:      featuresBody(),
		styles:    featuresStyles,
		numbering: featuresNumbering,
		settings:  `<w:trackRevisions/>`,
		comments: `<w:comment w:id="0" w:author="Bob" w:date="2024-02-03T00:00:00Z" w:initials="B">` +
			`<w:p w14:paraId="00000009"><w:r><w:annotationRef/></w:r>` + run("COMMENTTEXTMARK") + `</w:p>` +
			`<w:p w14:paraId="0000000A">` + run("SECONDLINE") + `</w:p></w:comment>` +
			`<w:comment w:id="1" w:author="Carol" w:date="2024-02-04T00:00:00Z"><w:p w14:paraId="0000000B">` + run("OPENCOMMENTMARK") + `</w:p></w:comment>` +
			`<w:comment w:id="2" w:author="Dan"><w:p w14:paraId="0000000C">` + run("ORPHANCOMMENTMARK") + `</w:p></w:comment>`,
		commentsEx: `<w15:commentEx w15:paraId="0000000A" w15:done="1"/><w15:commentEx w15:paraId="0000000B" w15:done="0"/>`,
		footnotes: `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
			`<w:footnote w:id="1">` + para("", run("FOOTNOTEMARK")) + `</w:footnote>`,
		endnotes: `<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>` +
			`<w:endnote w:id="1">` + para("", run("ENDNOTEMARK")) + `</w:endnote>`,
		header: para("", run("HEADERMARK")) + `<w:p><w:fldSimple w:instr=" PAGE ">` + run("7") + `</w:fldSimple></w:p>`,
		footer: para("", run("FOOTERMARK")),
		core: `<dc:title>PROPTITLE</dc:title><dc:subject>PROPSUBJECT</dc:subject><dc:creator>PROPCREATOR</dc:creator>` +
			`<cp:lastModifiedBy>PROPMODIFIER</cp:lastModifiedBy>` +
			`<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>` +
			`<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-05T00:00:00Z</dcterms:modified>`,
		app: `<Template>PROPTEMPLATE.dotm</Template><Application>PROPAPP</Application>`,
	}
}

func featuresDocx(t testing.TB) []byte {
	t.Helper()
	data := buildDocx(t, featuresParts())
	if *golden.Update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", "features.docx"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return data
}

// TestFeatures reads the generated feature file and checks that every
// marker word is read exactly where it belongs.
func TestFeatures(t *testing.T) {
	f := readBytes(t, "features.docx", featuresDocx(t))

	type want struct {
		marker           string
		kind             source.Kind
		level            int
		number           string
		style            string
		table, row, cell int
		part             string
		text             string // the whole block text, when it matters
	}
	wants := []want{
		{marker: "TITLEMARK", kind: source.Paragraph, style: "Title"},
		{marker: "HEADONEMARK", kind: source.Heading, level: 1, number: "1", style: "heading 1", text: "HEADONEMARK"},
		{marker: "SPLITMARK", kind: source.Paragraph, text: "SPLITMARK SEC-2016-0002"},
		{marker: "CHARSMARK", kind: source.Paragraph, text: "CHARSMARK\tA\tB\nC\nD-EF•✓\uFFFD😀"},
		{marker: "NFCMARK", kind: source.Paragraph, text: "NFCMARK Fran\u00e7ois"},
		{marker: "VISIBLEMARK", kind: source.Paragraph, text: "VISIBLEMARK SHOWNAGAINMARK"},
		{marker: "HYPERMARK", kind: source.Paragraph, text: "HYPERMARK SMARTTAGMARK CUSTOMRUNMARK DIRMARK BDOMARK SDTRUNMARK PLACEHOLDERMARK"},
		{marker: "SDTBLOCKMARK", kind: source.Paragraph},
		{marker: "CUSTOMBLOCKMARK", kind: source.Paragraph},
		{marker: "FLDSIMPLEMARK", kind: source.Paragraph, text: "FLDSIMPLEMARK and FLDRESULTMARK"},
		{marker: "NESTRESULTMARK", kind: source.Paragraph, text: "NESTRESULTMARK"},
		{marker: "TOCONEMARK", kind: source.Paragraph, text: "TOCONEMARK"},
		{marker: "TOCTWOMARK", kind: source.Paragraph, text: "TOCTWOMARK"},
		{marker: "INSMARK", kind: source.Paragraph, text: "INSMARK MOVETOMARK RPRCHANGEMARK"},
		{marker: "PPRCHANGEMARK", kind: source.Paragraph, style: "Normal"},
		// Its paragraph mark deleted, DELPARAMARK runs on into the next
		// paragraph.
		{marker: "DELPARAMARK", kind: source.Paragraph, text: "DELPARAMARKINSPARAMARK"},
		{marker: "INSPARAMARK", kind: source.Paragraph, text: "DELPARAMARKINSPARAMARK"},
		{marker: "BOXHOLDERMARK", kind: source.Paragraph, text: "BOXHOLDERMARK AFTERBOXMARK"},
		{marker: "TXBXMARK", kind: source.Paragraph},
		{marker: "FALLBACKREADMARK", kind: source.Paragraph, text: "FALLBACKREADMARK"},
		{marker: "VMLBOXMARK", kind: source.Paragraph},
		{marker: "COMMENTANCHORMARK", kind: source.Paragraph, text: "BEFORECOMMENT COMMENTANCHORMARK OPENANCHORMARK"},
		{marker: "HEADTWOMARK", kind: source.Heading, level: 2, number: "1.1", style: "heading 2"},
		{marker: "INHERITHEADMARK", kind: source.Heading, level: 2, number: "1.2", style: "My Head"},
		{marker: "HEADTHREEMARK", kind: source.Heading, level: 1, number: "2"},
		{marker: "HEADFOURMARK", kind: source.Heading, level: 2, number: "2.1"},
		{marker: "ANNEXMARK", kind: source.Heading, level: 1, number: ""},
		{marker: "TYPEDMARK", kind: source.Heading, level: 2, number: "", text: "6.2\tTYPEDMARK"},
		{marker: "OUTLINEMARK", kind: source.Heading, level: 3, style: "Normal"},
		{marker: "HEADNONUMMARK", kind: source.Heading, level: 3, style: "Heading 3"},
		{marker: "LETTERHEADMARK", kind: source.Heading, level: 1, number: "A"},
		{marker: "LISTONEMARK", kind: source.ListItem, level: 1, number: "1."},
		{marker: "LISTSUBMARK", kind: source.ListItem, level: 2, number: "a)"},
		{marker: "LISTSUBTWOMARK", kind: source.ListItem, level: 2, number: "b)"},
		{marker: "LISTTWOMARK", kind: source.ListItem, level: 1, number: "2."},
		{marker: "LISTSUBTHREEMARK", kind: source.ListItem, level: 2, number: "a)"},
		{marker: "STARTOVERRIDEMARK", kind: source.ListItem, level: 1, number: "5."},
		{marker: "OVERRIDENEXTMARK", kind: source.ListItem, level: 1, number: "6."},
		{marker: "SHAREDMARK", kind: source.ListItem, level: 1, number: "3."},
		{marker: "AFTEREMPTYMARK", kind: source.ListItem, level: 1, number: "5."},
		{marker: "AFTERREMOVEDMARK", kind: source.ListItem, level: 1, number: "6."},
		{marker: "RESTARTAMARK", kind: source.ListItem, level: 1, number: "1."},
		{marker: "NORESTARTONEMARK", kind: source.ListItem, level: 2, number: "1)"},
		{marker: "RESTARTBMARK", kind: source.ListItem, level: 1, number: "2."},
		{marker: "NORESTARTMARK", kind: source.ListItem, level: 2, number: "2)"},
		{marker: "ROMANMARK", kind: source.ListItem, level: 1, number: "I"},
		{marker: "ISLGLMARK", kind: source.ListItem, level: 2, number: "1.1"},
		{marker: "BULLETMARK", kind: source.ListItem, level: 1, number: "•", style: "List Bullet"},
		{marker: "STYLELINKMARK", kind: source.ListItem, level: 1, number: "A)"},
		{marker: "ZEROMARK", kind: source.ListItem, level: 1, number: "07."},
		{marker: "STRICTMARK", kind: source.Paragraph},
		{marker: "HDRONEMARK", kind: source.Paragraph, table: 1, row: 1, cell: 1},
		{marker: "SPANMARK", kind: source.Paragraph, table: 1, row: 2, cell: 1},
		{marker: "VMERGEMARK", kind: source.Paragraph, table: 1, row: 2, cell: 2},
		{marker: "GRIDBEFOREMARK", kind: source.Paragraph, table: 1, row: 4, cell: 2},
		{marker: "OUTERCELLMARK", kind: source.Paragraph, table: 1, row: 5, cell: 1},
		{marker: "NESTEDMARK", kind: source.Paragraph, table: 2, row: 1, cell: 1},
		{marker: "R5C2", kind: source.Paragraph, table: 1, row: 5, cell: 2},
		{marker: "SDTROWMARK", kind: source.Paragraph, table: 1, row: 6, cell: 1},
		{marker: "CUSTOMROWMARK", kind: source.Paragraph, table: 1, row: 7, cell: 1},
		{marker: "SDTCELLMARK", kind: source.Paragraph, table: 1, row: 8, cell: 1},
		{marker: "CUSTOMCELLMARK", kind: source.Paragraph, table: 1, row: 8, cell: 2},
		{marker: "INSROWMARK", kind: source.Paragraph, table: 1, row: 9, cell: 1},
		{marker: "AFTERDELROWMARK", kind: source.Paragraph, table: 1, row: 11, cell: 1},
		{marker: "INSCELLMARK", kind: source.Paragraph, table: 1, row: 12, cell: 1},
		{marker: "TCPRCHANGEMARK", kind: source.Paragraph, table: 1, row: 12, cell: 2},
		{marker: "FOOTNOTEMARK", kind: source.Paragraph, part: "footnotes"},
		{marker: "ENDNOTEMARK", kind: source.Paragraph, part: "endnotes"},
		{marker: "HEADERMARK", kind: source.Paragraph, part: "header"},
		{marker: "FOOTERMARK", kind: source.Paragraph, part: "footer"},
	}
	for _, w := range wants {
		t.Run(w.marker, func(t *testing.T) {
			var found []located
			for _, l := range append(findBlocks(f.Blocks, w.marker), findBlocks(f.Notes, w.marker)...) {
				if !l.merged {
					found = append(found, l)
				}
			}
			if len(found) != 1 {
				t.Fatalf("%s found in %d blocks, want 1", w.marker, len(found))
			}
			b := found[0].b
			if b.Kind != w.kind || b.Level != w.level || b.Number != w.number {
				t.Errorf("%s: kind %v level %d number %q, want %v %d %q", w.marker, b.Kind, b.Level, b.Number, w.kind, w.level, w.number)
			}
			if w.style != "" && b.Style != w.style {
				t.Errorf("%s: style %q, want %q", w.marker, b.Style, w.style)
			}
			if b.Pos.Table != w.table || b.Pos.Row != w.row || b.Pos.Cell != w.cell || b.Pos.Part != w.part {
				t.Errorf("%s: pos %+v, want table %d row %d cell %d part %q", w.marker, b.Pos, w.table, w.row, w.cell, w.part)
			}
			if b.Pos.Paragraph == 0 {
				t.Errorf("%s: no paragraph index", w.marker)
			}
			if w.text != "" && b.Text != w.text {
				t.Errorf("%s: text %q, want %q", w.marker, b.Text, w.text)
			}
		})
	}

	// Nothing deleted, moved away, hidden, coded or unchosen is visible.
	text := allText(f)
	for _, leak := range []string{"DELMARK", "MOVEFROMMARK", "HIDDENMARK", "HIDDENSTYLEMARK", "HIDDENPARAMARK",
		"FLDINSTRMARK", "SIMPLEINSTR", "NESTINSTR", "NESTCODEMARK", "NOTTEXT", "FALLBACKMARK", "CHOICEUNKNOWNMARK",
		"CHOICEUNDECLAREDMARK", "EMOJIFALLBACK", "ROWDELMARK", "GONEMARK", "COMMENTTEXTMARK", "ORPHANCOMMENTMARK"} {
		if strings.Contains(text, leak) {
			t.Errorf("%s leaks into the visible text", leak)
		}
	}
}

func TestFeaturesTables(t *testing.T) {
	f := readBytes(t, "features.docx", featuresDocx(t))
	var tbl *source.Block
	for i := range f.Blocks {
		if f.Blocks[i].Kind == source.Table {
			tbl = &f.Blocks[i]
		}
	}
	if tbl == nil {
		t.Fatal("no table")
	}
	// 14 rows written, one of them deleted.
	if len(tbl.Rows) != 13 {
		t.Fatalf("%d rows, want 13", len(tbl.Rows))
	}
	if !tbl.Rows[0].Header || tbl.Rows[1].Header {
		t.Error("header row flag wrong")
	}
	if got := tbl.Rows[1].Cells[0].Span; got != 2 {
		t.Errorf("gridSpan: span %d, want 2", got)
	}
	// Row 3 column 3 continues the merge started in row 2.
	c := tbl.Rows[2].Cells[2]
	if !c.Merged || c.Text() != "VMERGEMARK" || c.Pos.Row != 3 || c.Pos.Cell != 3 {
		t.Errorf("vMerge continuation: %+v text %q", c.Pos, c.Text())
	}
	// Row 4 skips two grid columns, so its first cell is column 3 and
	// still continues the merge.
	c = tbl.Rows[3].Cells[0]
	if !c.Merged || c.Text() != "VMERGEMARK" || c.Pos.Cell != 1 {
		t.Errorf("gridBefore + vMerge: %+v merged %v text %q", c.Pos, c.Merged, c.Text())
	}
	if tbl.Rows[1].Cells[1].Merged {
		t.Error("the restart cell is not a continuation")
	}
	// The nested table is a Table block inside the cell.
	outer := tbl.Rows[4].Cells[0]
	if len(outer.Blocks) != 2 || outer.Blocks[1].Kind != source.Table || outer.Blocks[1].Pos.Table != 2 {
		t.Fatalf("nested table: %+v", outer.Blocks)
	}
	if got := outer.Text(); got != "OUTERCELLMARK\nNESTEDMARK" {
		t.Errorf("outer cell text %q", got)
	}
	// The deleted row still counts: the row after it is row 11.
	if r := tbl.Rows[9]; r.Pos.Row != 11 || r.Cells[0].Text() != "AFTERDELROWMARK" {
		t.Errorf("row after the deleted one: %+v %q", r.Pos, r.Cells[0].Text())
	}
	if r := tbl.Rows[11]; len(r.Cells) != 2 || r.Cells[1].Text() != "R13C2" {
		t.Errorf("gridAfter row: %d cells, second %q", len(r.Cells), r.Cells[1].Text())
	}
	if c := tbl.Rows[12].Cells[0]; !c.Merged || c.Text() != "GRIDAFTERMARK" || c.Pos.Row != 14 || c.Pos.Cell != 1 {
		t.Errorf("merge below a gridAfter row: %+v merged %v text %q", c.Pos, c.Merged, c.Text())
	}
	if tbl.Pos.Table != 1 || tbl.Pos.Paragraph == 0 {
		t.Errorf("table pos %+v", tbl.Pos)
	}
}

func TestFeaturesMarks(t *testing.T) {
	f := readBytes(t, "features.docx", featuresDocx(t))
	type want struct {
		kind   source.MarkKind
		text   string
		result string
		author string
		table  int
		part   string
	}
	wants := []want{
		{kind: source.Insertion, text: "INSMARK", author: "Alice"},
		{kind: source.Insertion, text: pilcrow, author: "Alice"},
		{kind: source.Insertion, text: "INSROWMARK", author: "Alice", table: 1},
		{kind: source.Insertion, text: "INSCELLMARK", author: "Alice", table: 1},
		{kind: source.Deletion, text: "DELMARK", author: "Alice"},
		{kind: source.Deletion, text: pilcrow, author: "Alice"},
		{kind: source.Deletion, text: "GONEMARK", author: "Alice"},
		{kind: source.Deletion, text: "ROWDELMARK", author: "Alice", table: 1},
		{kind: source.MoveFrom, text: "MOVEFROMMARK", author: "Alice"},
		{kind: source.MoveTo, text: " MOVETOMARK", author: "Alice"},
		{kind: source.FormatChange, text: " RPRCHANGEMARK", author: "Alice"},
		{kind: source.FormatChange, text: "PPRCHANGEMARK", author: "Alice"},
		{kind: source.FormatChange, text: "TCPRCHANGEMARK", author: "Alice", table: 1},
		{kind: source.FormatChange, text: "", author: "Alice"}, // sectPrChange
		{kind: source.Hidden, text: "HIDDENMARKHIDDENSTYLEMARK"},
		{kind: source.Hidden, text: "HIDDENPARAMARK"},
		{kind: source.Placeholder, text: "PLACEHOLDERMARK"},
		{kind: source.Field, text: "FILENAME SIMPLEINSTR", result: "FLDSIMPLEMARK"},
		{kind: source.Field, text: `REF FLDINSTRMARK \h`, result: "FLDRESULTMARK"},
		{kind: source.Field, text: `IF NESTCODEMARK = 1 "yes" "no"`, result: "NESTRESULTMARK"},
		{kind: source.Field, text: "MERGEFIELD NESTINSTR", result: "NESTCODEMARK"},
		{kind: source.Field, text: `TOC \o "1-3"`, result: "TOCONEMARK\nTOCTWOMARK"},
		{kind: source.Field, text: "PAGE", result: "7", part: "header"},
	}
	used := make([]bool, len(f.Marks))
	for _, w := range wants {
		found := false
		for i, m := range f.Marks {
			if used[i] || m.Kind != w.kind || m.Text != w.text || m.Result != w.result || m.Author != w.author {
				continue
			}
			if m.Pos.Table != w.table || m.Pos.Part != w.part || m.Pos.Paragraph == 0 {
				t.Errorf("%v %q: pos %+v", w.kind, w.text, m.Pos)
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("no %v mark with text %q result %q author %q", w.kind, w.text, w.result, w.author)
		}
	}
	// Two deletion marks for the deleted row: the row and its run.
	if n := len(marksOf(f, source.Deletion)); n != 6 {
		t.Errorf("%d deletion marks, want 6 (word, paragraph mark, numbered paragraph and its mark, row and its run)", n)
	}
	if n := len(marksOf(f, source.Insertion)); n != 4 {
		t.Errorf("%d insertion marks, want 4", n)
	}
	for i, m := range f.Marks {
		if !used[i] && m.Kind != source.Comment && m.Kind != source.Deletion {
			t.Errorf("unexpected mark %+v", m)
		}
		if m.Kind == source.Insertion && m.Date != "2024-01-02T03:04:05Z" {
			t.Errorf("insertion date %q", m.Date)
		}
	}

	comments := marksOf(f, source.Comment)
	if len(comments) != 3 {
		t.Fatalf("%d comments, want 3: %+v", len(comments), comments)
	}
	c := comments[0]
	if c.Author != "Bob" || c.Text != "COMMENTTEXTMARK\nSECONDLINE" || c.Anchor != "COMMENTANCHORMARK" || !c.Resolved || c.Date != "2024-02-03T00:00:00Z" {
		t.Errorf("resolved comment: %+v", c)
	}
	anchor := findBlocks(f.Blocks, "COMMENTANCHORMARK")[0].b
	if c.Pos != anchor.Pos {
		t.Errorf("comment pos %+v, want the paragraph %+v", c.Pos, anchor.Pos)
	}
	c = comments[1]
	if c.Author != "Carol" || c.Text != "OPENCOMMENTMARK" || c.Anchor != "OPENANCHORMARK" || c.Resolved {
		t.Errorf("open comment: %+v", c)
	}
	c = comments[2]
	if c.Author != "Dan" || c.Text != "ORPHANCOMMENTMARK" || c.Pos.Part != "comments" || c.Pos.Paragraph != 4 {
		t.Errorf("unreferenced comment: %+v", c)
	}

	// The hidden and field marks sit in their paragraphs.
	for _, m := range marksOf(f, source.Field) {
		if m.Text == `REF FLDINSTRMARK \h` {
			want := findBlocks(f.Blocks, "FLDRESULTMARK")[0].b.Pos
			if m.Pos != want {
				t.Errorf("field pos %+v, want %+v", m.Pos, want)
			}
		}
	}
	for _, m := range marksOf(f, source.Insertion) {
		if m.Text == "INSCELLMARK" && (m.Pos.Row != 12 || m.Pos.Cell != 1) {
			t.Errorf("cell insertion pos %+v", m.Pos)
		}
		if m.Text == "INSROWMARK" && (m.Pos.Row != 9 || m.Pos.Cell != 0) {
			t.Errorf("row insertion pos %+v", m.Pos)
		}
	}
}

func TestFeaturesProps(t *testing.T) {
	f := readBytes(t, "features.docx", featuresDocx(t))
	want := source.Properties{
		Title: "PROPTITLE", Subject: "PROPSUBJECT", Creator: "PROPCREATOR", LastModifiedBy: "PROPMODIFIER",
		Created: "2024-01-01T00:00:00Z", Modified: "2024-01-05T00:00:00Z",
		Application: "PROPAPP", Template: "PROPTEMPLATE.dotm", TrackRevisions: true,
	}
	if f.Props != want {
		t.Errorf("props %+v, want %+v", f.Props, want)
	}
	if f.Format != source.Docx || f.Name != "features.docx" {
		t.Errorf("format %q name %q", f.Format, f.Name)
	}
}

// TestParagraphIndexes checks that paragraph numbers count every paragraph
// in document order, empty ones and those in cells and text boxes included.
func TestParagraphIndexes(t *testing.T) {
	body := para("", run("P1")) + `<w:p/>` + // 2 is empty
		table(2, row("", cell("", "P3"), `<w:tc><w:p/>`+para("", run("P5"))+`</w:tc>`)) +
		`<w:p>` + run("P6") + `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>` + para("", run("P7")) +
		`</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` + para("", run("P8"))
	f := readBytes(t, "idx.docx", buildDocx(t, docParts{body: body}))
	for i := 1; i <= 8; i++ {
		m := fmt.Sprintf("P%d", i)
		if i == 2 || i == 4 {
			if len(findBlocks(f.Blocks, m)) != 0 {
				t.Errorf("empty paragraph %d became a block", i)
			}
			continue
		}
		l := findBlocks(f.Blocks, m)
		if len(l) != 1 || l[0].b.Pos.Paragraph != i {
			t.Errorf("%s: %+v", m, l)
		}
	}
	// Empty paragraphs are not blocks: P1, table, P6, P7, P8.
	if len(f.Blocks) != 5 {
		t.Errorf("%d top-level blocks, want 5", len(f.Blocks))
	}
}

// TestStrictPackage reads a file written entirely in the Strict namespaces
// with unusual prefixes.
func TestStrictPackage(t *testing.T) {
	const strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
	doc := xmlDecl + `<x:document xmlns:x="` + nsURIWStrict + `"><x:body>` +
		`<x:p><x:pPr><x:pStyle x:val="H1"/></x:pPr><x:r><x:t>STRICTHEADMARK</x:t></x:r></x:p>` +
		`<x:p><x:r><x:t>STRICT</x:t></x:r><x:r><x:t>BODYMARK</x:t></x:r></x:p></x:body></x:document>`
	styles := xmlDecl + `<q:styles xmlns:q="` + nsURIWStrict + `"><q:style q:type="paragraph" q:styleId="H1">` +
		`<q:name q:val="heading 1"/><q:pPr><q:numPr><q:numId q:val="1"/></q:numPr></q:pPr></q:style></q:styles>`
	numbering := xmlDecl + `<n:numbering xmlns:n="` + nsURIWStrict + `"><n:abstractNum n:abstractNumId="0">` +
		`<n:lvl n:ilvl="0"><n:start n:val="3"/><n:numFmt n:val="decimal"/><n:pStyle n:val="H1"/><n:lvlText n:val="%1."/></n:lvl>` +
		`</n:abstractNum><n:num n:numId="1"><n:abstractNumId n:val="0"/></n:num></n:numbering>`
	data := zipParts(t,
		zpart{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `"><Relationship Id="r1" Type="` + strictRel + `officeDocument" Target="/word/doc.xml"/></Relationships>`},
		zpart{"word/doc.xml", doc},
		zpart{"word/_rels/doc.xml.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `">` +
			`<Relationship Id="r1" Type="` + strictRel + `styles" Target="st.xml"/>` +
			`<Relationship Id="r2" Type="` + strictRel + `numbering" Target="./num.xml"/></Relationships>`},
		zpart{"word/st.xml", styles},
		zpart{"word/num.xml", numbering},
	)
	f := readBytes(t, "strict.docx", data)
	if len(f.Blocks) != 2 {
		t.Fatalf("blocks %+v", f.Blocks)
	}
	h := f.Blocks[0]
	if h.Kind != source.Heading || h.Level != 1 || h.Number != "3" || h.Text != "STRICTHEADMARK" {
		t.Errorf("strict heading %+v", h)
	}
	if f.Blocks[1].Text != "STRICTBODYMARK" {
		t.Errorf("strict paragraph %+v", f.Blocks[1])
	}
}
