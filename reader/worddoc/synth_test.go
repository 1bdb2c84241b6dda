package worddoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/minuteslint/minuteslint/source"
)

// Parts of the synthetic document's text.
const (
	synP1 = "Minutes of the meeting\x05\r"
	synP2 = "TD\xA0S2-1903049 Title\x93q\x94\x0Bsecond\x1Fline\x02\r"
	synP3 = "Cafe\u0301 \U0001F600 \u2013 ok\r" // stored as UTF-16
	synP4 = "See \x13HYPERLINK \"http://x\"\x14link\x15 and \x13IF 1 \x13PAGE\x147\x15\x14yes\x15.\r"
	synP5 = "Keep gonenewsecret end\r"
	synTb = "a\x07b\x07\x07\x07d\x07\x07"
	synTl = "\rAfter\ftable\rHeading two\rBullet\r"
	synFn = "\x02 Footnote text\r"
	synAn = "\x05Comment body\r"
)

const testDttm = 19 | 10<<6 | 10<<11 | 4<<16 | 119<<20 // 2019-04-10 10:19

func tdef(vmerge ...bool) []byte {
	n := len(vmerge)
	op := make([]byte, 3+2*(n+1)+20*n)
	le.PutUint16(op, uint16(len(op)-1))
	op[2] = byte(n)
	for i, v := range vmerge {
		if v {
			le.PutUint16(op[3+2*(n+1)+20*i:], 0x0020)
		}
	}
	return append(le.AppendUint16(nil, sprmTDefTable), op...)
}

// lvl encodes one list level.
func lvl(start int, nfc byte, text string) []byte {
	b := make([]byte, lvlfSize)
	le.PutUint32(b, uint32(start))
	b[4] = nfc
	b[25] = 3 // three bytes of paragraph properties to skip
	b = append(b, sprm1(sprmPOutLvl, 4)...)
	u := utf16.Encode([]rune(text))
	b = le.AppendUint16(b, uint16(len(u)))
	for _, c := range u {
		b = le.AppendUint16(b, c)
	}
	return b
}

// testLists defines list 1 (lsid 100, "6", "6.1", ...) and a bullet list
// (lsid 200).
func testLists() (lst, lfo []byte) {
	lst = le.AppendUint16(nil, 2)
	lstf := func(lsid uint32, simple bool) []byte {
		b := make([]byte, lstfSize)
		le.PutUint32(b, lsid)
		if simple {
			b[26] = 1
		}
		return b
	}
	lst = append(lst, lstf(100, false)...)
	lst = append(lst, lstf(200, true)...)
	lst = append(lst, lvl(6, 0, "\x00")...)
	lst = append(lst, lvl(1, 0, "\x00.\x01")...)
	for i := 2; i < maxLevels; i++ {
		lst = append(lst, lvl(1, 4, string(rune(i))+")")...)
	}
	lst = append(lst, lvl(1, 23, "\uF0B7")...)
	lfo = le.AppendUint32(nil, 2)
	for _, lsid := range []uint32{100, 200} {
		r := make([]byte, lfoSize)
		le.PutUint32(r, lsid)
		lfo = append(lfo, r...)
	}
	lfo = append(lfo, make([]byte, 8)...) // two LFOData CPs
	return lst, lfo
}

func testSummary() []byte {
	b := make([]byte, 48)
	le.PutUint16(b, 0xFFFE)
	le.PutUint32(b[24:], 1)
	copy(b[28:], fmtidSummary)
	le.PutUint32(b[44:], 48)
	type prop struct {
		id  uint32
		val []byte
	}
	lpstr := func(s []byte) []byte {
		v := le.AppendUint32(nil, vtLPStr)
		v = le.AppendUint32(v, uint32(len(s)+1))
		v = append(v, s...)
		v = append(v, 0)
		for len(v)%4 != 0 {
			v = append(v, 0)
		}
		return v
	}
	ft := uint64(116444736000000000) + uint64(1554714000)*10000000 // 2019-04-08T09:00:00Z
	props := []prop{
		{pidCodepage, le.AppendUint32(le.AppendUint32(nil, vtI2), 1252)},
		{pidTitle, lpstr([]byte("Synthetic minutes caf\xe9"))},
		{pidAuthor, lpstr([]byte("Alice"))},
		{pidCreated, le.AppendUint64(le.AppendUint32(nil, vtFileTime), ft)},
	}
	sec := make([]byte, 8+8*len(props))
	le.PutUint32(sec[4:], uint32(len(props)))
	for i, p := range props {
		le.PutUint32(sec[8+8*i:], p.id)
		le.PutUint32(sec[12+8*i:], uint32(len(sec)))
		sec = append(sec, p.val...)
	}
	le.PutUint32(sec, uint32(len(sec)))
	return append(b, sec...)
}

// synthDoc returns the description of the synthetic test document.
func synthDoc() *tDoc {
	main1 := synP1 + synP2
	main3 := synP4 + synP5 + synTb + synTl
	mainLen := len(main1) + len(utf16.Encode([]rune(synP3))) + len(main3)
	off3 := len(main1) + len(utf16.Encode([]rune(synP3)))
	at := func(s string) int { return off3 + strings.Index(main3, s) }
	inTable := sprm1(sprmPFInTable, 1)
	ttp := func(extra ...[]byte) tPara {
		return tPara{grpprl: cat(append([][]byte{inTable, sprm1(sprmPFTtp, 1)}, extra...)...)}
	}
	cell := tPara{grpprl: inTable}
	lst, lfo := testLists()
	t := &tDoc{
		pieces: []tPiece{
			{text: main1},
			{text: synP3, unicode: true},
			{text: main3},
			{text: synFn + synAn + "\r"},
		},
		paras: map[int]tPara{
			0: {istd: 1},
			5: cell, 6: cell,
			7: ttp(sprm1(sprmTTableHeader, 1), tdef(false, false)),
			8: cell, 9: cell,
			10: ttp(tdef(true, false)),
			14: {istd: 1, grpprl: cat(sprm2(sprmPIlfo, 1), sprm1(sprmPIlvl, 1))},
			15: {grpprl: sprm2(sprmPIlfo, 2)},
		},
		runs: []tRun{
			{at("gone"), at("gone") + 4, cat(sprm1(sprmCFRMarkDel, 1), sprm2(sprmCIbstRMarkDel, 0), sprm4(sprmCDttmRMarkDel, testDttm))},
			{at("new"), at("new") + 3, cat(sprm1(sprmCFRMarkIns, 1), sprm2(sprmCIbstRMark, 1), sprm4(sprmCDttmRMark, testDttm))},
			{at("secret"), at("secret") + 6, sprm1(sprmCFVanish, 1)},
		},
		styles: []tStyle{
			{name: "Normal", sti: 0, stk: stkPara},
			{name: "Überschrift 1", sti: 1, stk: stkPara, papx: sprm1(sprmPOutLvl, 0)},
			{name: "My Heading,MH", sti: stiUser, stk: stkPara, papx: sprm1(sprmPOutLvl, 1)},
			{empty: true},
			{name: "Emphasis", sti: stiUser, stk: stkChar},
		},
		authors:  []string{"Alice", "Bob"},
		comments: []tComment{{refCP: strings.IndexByte(synP1, 0x05), ibst: 0, author: "CS"}},
		owners:   []string{"Carol"},
		atnTxt:   []int{0, len(synAn), len(synAn) + 1},
		prc:      sprm1(sprmPOutLvl, 0),
		dop:      []byte{0, 0, 0, 0, 0, 0x80},
		summary:  testSummary(),
		lst:      lst,
		lfo:      lfo,
	}
	t.ccp[storyMain] = mainLen
	t.ccp[storyFtn] = len(synFn)
	t.ccp[storyAtn] = len(synAn)
	// "table" (mark 13) takes the user style with an outline level.
	t.paras[13] = tPara{istd: 2}
	return t
}

func TestSyntheticDocument(t *testing.T) {
	f, err := Read("synthetic.doc", synthDoc().build())
	if err != nil {
		t.Fatal(err)
	}
	if f.Format != source.Doc || f.Name != "synthetic.doc" {
		t.Errorf("format %q name %q", f.Format, f.Name)
	}
	type want struct {
		kind   source.Kind
		text   string
		para   int
		style  string
		level  int
		number string
	}
	wants := []want{
		{source.Heading, "Minutes of the meeting", 1, "heading 1", 1, ""},
		{source.Paragraph, "TD S2-1903049 Title\u201cq\u201d\nsecondline", 2, "Normal", 0, ""},
		{source.Paragraph, "Café \U0001F600 \u2013 ok", 3, "Normal", 0, ""},
		{source.Paragraph, "See link and yes.", 4, "Normal", 0, ""},
		{source.Paragraph, "Keep new end", 5, "Normal", 0, ""},
		{source.Table, "", 6, "", 0, ""},
		{source.Paragraph, "After", 11, "Normal", 0, ""},
		{source.Heading, "table", 12, "My Heading", 2, ""},
		{source.Heading, "Heading two", 13, "heading 1", 1, "6.1"},
		{source.ListItem, "Bullet", 14, "Normal", 1, "•"},
	}
	if len(f.Blocks) != len(wants) {
		for _, b := range f.Blocks {
			t.Logf("%v %q %+v", b.Kind, b.Text, b.Pos)
		}
		t.Fatalf("got %d blocks, want %d", len(f.Blocks), len(wants))
	}
	for i, w := range wants {
		b := f.Blocks[i]
		if b.Kind != w.kind || b.Text != w.text || b.Pos.Paragraph != w.para || b.Style != w.style || b.Level != w.level || b.Number != w.number {
			t.Errorf("block %d = %v %q para %d style %q level %d number %q; want %+v",
				i, b.Kind, b.Text, b.Pos.Paragraph, b.Style, b.Level, b.Number, w)
		}
	}

	tb := f.Blocks[5]
	if tb.Pos.Table != 1 || len(tb.Rows) != 2 {
		t.Fatalf("table %+v with %d rows", tb.Pos, len(tb.Rows))
	}
	cellText := func(r, c int) string { return tb.Rows[r].Cells[c].Text() }
	if len(tb.Rows[0].Cells) != 2 || len(tb.Rows[1].Cells) != 2 {
		t.Fatalf("cells per row: %d, %d", len(tb.Rows[0].Cells), len(tb.Rows[1].Cells))
	}
	if cellText(0, 0) != "a" || cellText(0, 1) != "b" || cellText(1, 1) != "d" {
		t.Errorf("cells %q %q %q", cellText(0, 0), cellText(0, 1), cellText(1, 1))
	}
	if !tb.Rows[0].Header || tb.Rows[1].Header {
		t.Errorf("header flags %v %v", tb.Rows[0].Header, tb.Rows[1].Header)
	}
	merged := tb.Rows[1].Cells[0]
	if !merged.Merged || merged.Text() != "a" {
		t.Errorf("merged cell: merged=%v text %q", merged.Merged, merged.Text())
	}
	b := tb.Rows[0].Cells[1].Blocks[0]
	if b.Pos != (source.Position{Paragraph: 7, Table: 1, Row: 1, Cell: 2}) {
		t.Errorf("cell block position %+v", b.Pos)
	}
	if p := tb.Rows[1].Cells[1].Pos; p != (source.Position{Paragraph: 9, Table: 1, Row: 2, Cell: 2}) {
		t.Errorf("cell position %+v", p)
	}

	if len(f.Notes) != 2 {
		t.Fatalf("notes: %+v", f.Notes)
	}
	if n := f.Notes[0]; n.Text != " Footnote text" || n.Pos != (source.Position{Paragraph: 1, Part: partFootnotes}) {
		t.Errorf("footnote %q %+v", n.Text, n.Pos)
	}
	if n := f.Notes[1]; n.Text != "Comment body" || n.Pos.Part != partComments {
		t.Errorf("comment note %q %+v", n.Text, n.Pos)
	}

	type wantMark struct {
		kind   source.MarkKind
		text   string
		result string
		author string
		date   string
		para   int
	}
	wantMarks := []wantMark{
		{source.Field, `HYPERLINK "http://x"`, "link", "", "", 4},
		{source.Field, "IF 1 7", "yes", "", "", 4},
		{source.Field, "PAGE", "7", "", "", 4},
		{source.Deletion, "gone", "", "Alice", "2019-04-10T10:19:00Z", 5},
		{source.Insertion, "new", "", "Bob", "2019-04-10T10:19:00Z", 5},
		{source.Hidden, "secret", "", "", "", 5},
		{source.Comment, "Comment body", "", "Carol", "", 1},
	}
	if len(f.Marks) != len(wantMarks) {
		for _, m := range f.Marks {
			t.Logf("%v %q %q %+v", m.Kind, m.Text, m.Result, m.Pos)
		}
		t.Fatalf("got %d marks, want %d", len(f.Marks), len(wantMarks))
	}
	for i, w := range wantMarks {
		m := f.Marks[i]
		if m.Kind != w.kind || m.Text != w.text || m.Result != w.result || m.Author != w.author || m.Date != w.date || m.Pos.Paragraph != w.para {
			t.Errorf("mark %d = %v %q %q %q %q %+v; want %+v", i, m.Kind, m.Text, m.Result, m.Author, m.Date, m.Pos, w)
		}
	}

	p := f.Props
	if p.Title != "Synthetic minutes café" || p.Creator != "Alice" || p.Created != "2019-04-08T09:00:00Z" || !p.TrackRevisions {
		t.Errorf("properties %+v", p)
	}
}

// Without paragraph properties, tables still come from the cell marks.
func TestTableFallbackWithoutPapx(t *testing.T) {
	d := synthDoc()
	d.noPapx = true
	f, err := Read("nopapx.doc", d.build())
	if err != nil {
		t.Fatal(err)
	}
	var tables []source.Block
	for _, b := range f.Blocks {
		if b.Kind == source.Table {
			tables = append(tables, b)
		}
		if b.Kind == source.Heading && b.Text == "Minutes of the meeting" {
			t.Errorf("heading without paragraph properties")
		}
	}
	if len(tables) != 1 || len(tables[0].Rows) != 2 {
		t.Fatalf("tables: %+v", tables)
	}
	if got := tables[0].Rows[0].Cells[1].Text(); got != "b" {
		t.Errorf("cell text %q", got)
	}
}

func TestNestedTable(t *testing.T) {
	text := "before\rx\rn1\rn2\r\ry\x07z\x07\x07after\r"
	outer := cat(sprm1(sprmPFInTable, 1), sprm4(sprmPItap, 1))
	inner := cat(sprm1(sprmPFInTable, 1), sprm4(sprmPItap, 2))
	d := &tDoc{
		pieces: []tPiece{{text: text + "\r"}},
		paras: map[int]tPara{
			1: {grpprl: outer},
			2: {grpprl: cat(inner, sprm1(sprmPFInnerTableCell, 1))},
			3: {grpprl: cat(inner, sprm1(sprmPFInnerTableCell, 1))},
			4: {grpprl: cat(inner, sprm1(sprmPFInnerTtp, 1))},
			5: {grpprl: outer},
			6: {grpprl: outer},
			7: {grpprl: cat(outer, sprm1(sprmPFTtp, 1))},
		},
	}
	d.ccp[storyMain] = len(text)
	f, err := Read("nested.doc", d.build())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Blocks) != 3 || f.Blocks[1].Kind != source.Table || f.Blocks[2].Text != "after" {
		t.Fatalf("blocks %+v", f.Blocks)
	}
	tb := f.Blocks[1]
	if tb.Pos.Table != 1 || len(tb.Rows) != 1 || len(tb.Rows[0].Cells) != 2 {
		t.Fatalf("outer table %+v", tb)
	}
	c1 := tb.Rows[0].Cells[0]
	if len(c1.Blocks) != 3 || c1.Blocks[0].Text != "x" || c1.Blocks[1].Kind != source.Table || c1.Blocks[2].Text != "y" {
		t.Fatalf("outer cell 1 %+v", c1.Blocks)
	}
	nested := c1.Blocks[1]
	if nested.Pos.Table != 2 || len(nested.Rows) != 1 || len(nested.Rows[0].Cells) != 2 || nested.Rows[0].Cells[1].Text() != "n2" {
		t.Fatalf("nested table %+v", nested)
	}
	if p := nested.Rows[0].Cells[1].Blocks[0].Pos; p != (source.Position{Paragraph: 4, Table: 2, Row: 1, Cell: 2}) {
		t.Errorf("nested paragraph position %+v", p)
	}
	if got := c1.Text(); got != "x\nn1\nn2\ny" {
		t.Errorf("outer cell text %q", got)
	}
	if tb.Rows[0].Cells[1].Text() != "z" || f.Blocks[2].Pos.Paragraph != 7 {
		t.Errorf("cell 2 %q, after at %d", tb.Rows[0].Cells[1].Text(), f.Blocks[2].Pos.Paragraph)
	}
}

// TestTextBoxStory: the text of text boxes, in the main text's and the
// headers' text-box stories, is read as a part of its own.
func TestTextBoxStory(t *testing.T) {
	d := synthDoc()
	const box, hdrBox = "Box one\rBox two\r", "Header box\r"
	last := &d.pieces[len(d.pieces)-1]
	last.text = strings.TrimSuffix(last.text, "\r") + box + hdrBox + "\r"
	d.ccp[storyTxbx] = len(box)
	d.ccp[storyHdrTxbx] = len(hdrBox)
	f, err := Read("boxes.doc", d.build())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range f.Notes {
		if n.Pos.Part == partTextBoxes {
			got = append(got, n.Text)
		}
	}
	if want := []string{"Box one", "Box two", "Header box"}; !slices.Equal(got, want) {
		t.Errorf("text boxes %q, want %q", got, want)
	}
	for _, b := range f.Blocks {
		if strings.Contains(b.Text, "Box") {
			t.Errorf("text-box text in the main text: %q", b.Text)
		}
	}
}

// TestJoinedParagraphs: a deleted paragraph mark is a tracked deletion,
// and the paragraph runs on into the next one, whose list number it does
// not take; before a table it stays a paragraph of its own.
func TestJoinedParagraphs(t *testing.T) {
	text := "One \rTwo\rLast\ra\x07b\x07\x07after\r"
	del := cat(sprm1(sprmCFRMarkDel, 1), sprm2(sprmCIbstRMarkDel, 0), sprm4(sprmCDttmRMarkDel, testDttm))
	markAt := func(n int) int { // the CP of the n-th paragraph mark (0-based)
		cp := -1
		for i := 0; i <= n; i++ {
			cp += 1 + strings.IndexAny(text[cp+1:], "\r\x07")
		}
		return cp
	}
	inTable := sprm1(sprmPFInTable, 1)
	d := &tDoc{
		pieces: []tPiece{{text: text + "\r"}},
		paras: map[int]tPara{
			3: {grpprl: inTable}, 4: {grpprl: inTable},
			5: {grpprl: cat(inTable, sprm1(sprmPFTtp, 1))},
		},
		runs: []tRun{
			{markAt(0), markAt(0) + 1, del},
			{markAt(2), markAt(2) + 1, del},
		},
		authors: []string{"Alice"},
	}
	d.ccp[storyMain] = len(text)
	f, err := Read("joined.doc", d.build())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range f.Blocks {
		got = append(got, fmt.Sprintf("%v %d %q", b.Kind, b.Pos.Paragraph, b.Text))
	}
	want := []string{`paragraph 1 "One Two"`, `paragraph 3 "Last"`, `table 4 ""`, `paragraph 6 "after"`}
	if !slices.Equal(got, want) {
		t.Errorf("blocks %q\nwant %q", got, want)
	}
	n := 0
	for _, m := range f.Marks {
		if m.Kind == source.Deletion && m.Text == "¶" && m.Author == "Alice" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d deleted paragraph marks, want 2: %+v", n, f.Marks)
	}
}
