package docx

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/minuteslint/minuteslint/source"
)

// parser reads the block content of one part (the body, a header, the
// footnotes...) as a stream, producing blocks and marks.
type parser struct {
	r    *reader
	x    *xr
	part string // Pos.Part
	name string // part name, for messages
	main bool   // the main document: header and footer references are recorded

	para  int             // paragraphs started so far
	table int             // tables started so far
	cell  source.Position // Table/Row/Cell of the innermost cell, zero outside tables
	par   *paraState      // the paragraph being read, nil at block level

	changes  []change     // open tracked changes, outermost first
	deleting int          // how many of them delete text
	vis      []*collector // open collectors of visible text (comment ranges, placeholders)
	story    *story       // field state of the current story (body, text box)
	hidden   bool         // the current run is hidden
	marks    []*markB
	num      *numState
	noCmts   bool   // inside comments.xml: comment anchors do not apply
	lastPara string // w14:paraId of the last paragraph started
}

type change struct {
	m       *markB
	deletes bool
}

// story is the field state of one text flow; a text box has its own.
type story struct {
	fields []*field
	code   []int // indexes of fields still in their instruction part
}

type field struct {
	instr, result *collector // nil past maxOpen nesting
	inResult      bool
}

// paraState is the state of a paragraph being read.
type paraState struct {
	pos       source.Position
	text      strings.Builder
	styleID   string
	numID     string
	hasNumID  bool
	ilvl      int // -1 = not set
	outline   int // -1 = not set
	markGone  bool
	hid       *markB // hidden-text mark of the current hidden stretch
	after     []source.Block
	vanish    int8 // paragraph style's hidden toggle, resolved on first use
	vanishSet bool
}

func (r *reader) newParser(x *xr, part, name string) *parser {
	p := &parser{r: r, x: x, part: part, name: name, story: &story{}, num: newNumState()}
	if c := r.counts[part]; c != nil {
		p.para, p.table = c[0], c[1]
	}
	return p
}

// done saves the paragraph and table counts so that parts of one kind
// (several headers) number on, and hands over the marks.
func (p *parser) done() {
	if p.part != "" {
		p.r.counts[p.part] = &[2]int{p.para, p.table}
	}
	p.r.markLists = append(p.r.markLists, p.marks)
}

func (p *parser) tooMany() error {
	return fmt.Errorf("%s is too complex: more than %d paragraphs, table cells and marks", p.name, maxItems)
}

// here is the position marks get: the paragraph being read, or at block
// level the paragraph that comes next.
func (p *parser) here() source.Position {
	if p.par != nil {
		return p.par.pos
	}
	return source.Position{Paragraph: p.para + 1, Table: p.cell.Table, Row: p.cell.Row, Cell: p.cell.Cell, Part: p.part}
}

func (p *parser) newMark(kind source.MarkKind, pos source.Position, ev *event) *markB {
	p.r.items++
	m := &markB{m: source.Mark{Kind: kind, Pos: pos}}
	if ev != nil {
		m.m.Author, m.m.Date = ev.wattr("author"), ev.wattr("date")
	}
	p.marks = append(p.marks, m)
	return m
}

// fixedMark records a change whose text is fixed, such as a paragraph mark.
func (p *parser) fixedMark(kind source.MarkKind, pos source.Position, ev *event, text string) {
	p.newMark(kind, pos, ev).m.Text = text
}

// openChange records a tracked change whose text is what follows until
// popChanges.
func (p *parser) openChange(kind source.MarkKind, pos source.Position, ev *event, deletes bool) {
	m := p.newMark(kind, pos, ev)
	if len(p.changes) < maxOpen {
		m.text = p.r.newCollector()
	}
	p.changes = append(p.changes, change{m, deletes})
	if deletes {
		p.deleting++
	}
}

// collecting is the part of the open changes that collects text; changes
// nested deeper than any real document goes get no text, so that a hostile
// file cannot make every run visit thousands of them.
func (p *parser) collecting() []change { return p.changes[:min(len(p.changes), maxOpen)] }

func (p *parser) popChanges(n int) {
	for len(p.changes) > n {
		if p.changes[len(p.changes)-1].deletes {
			p.deleting--
		}
		p.changes = p.changes[:len(p.changes)-1]
	}
}

func (p *parser) pushVis(c *collector) bool {
	if len(p.vis) >= maxOpen {
		return false
	}
	p.vis = append(p.vis, c)
	return true
}

func (p *parser) popVis(c *collector) {
	for i := len(p.vis) - 1; i >= 0; i-- {
		if p.vis[i] == c {
			p.vis = append(p.vis[:i], p.vis[i+1:]...)
			return
		}
	}
}

// chunk routes a piece of run content: into deletion marks when deleted,
// into field instructions when inside one, into a hidden mark when hidden,
// and otherwise into the paragraph's text and every open collector.
func (p *parser) chunk(s string) {
	if s == "" {
		return
	}
	if p.deleting > 0 {
		for _, c := range p.collecting() {
			if c.deletes {
				c.m.text.add(s)
			}
		}
		return
	}
	st := p.story
	if n := len(st.code); n > 0 {
		// Text inside a field's instruction part is code (nested fields'
		// results feed the outer instruction), never visible.
		k := st.code[n-1]
		if k < len(st.fields) {
			st.fields[k].instr.add(s)
		}
		for i := k + 1; i < min(len(st.fields), maxOpen); i++ {
			st.fields[i].result.add(s)
		}
		return
	}
	for _, c := range p.collecting() {
		if !c.deletes {
			c.m.text.add(s)
		}
	}
	if p.par == nil {
		return
	}
	if p.hidden {
		if p.par.hid == nil {
			p.par.hid = p.newMark(source.Hidden, p.par.pos, nil)
			p.par.hid.text = p.r.newCollector()
		}
		p.par.hid.text.add(s)
		return
	}
	p.par.text.WriteString(s)
	p.par.hid = nil
	for _, c := range p.vis {
		c.add(s)
	}
	for _, f := range st.fields[:min(len(st.fields), maxOpen)] {
		f.result.add(s)
	}
}

// endParagraph tells every collector that spans paragraphs that one ended.
func (p *parser) endParagraph() {
	for _, c := range p.collecting() {
		c.m.text.para()
	}
	for _, c := range p.vis {
		c.para()
	}
	for _, f := range p.story.fields[:min(len(p.story.fields), maxOpen)] {
		f.result.para()
		f.instr.para()
	}
}

// ---- fields

func (p *parser) pushField(instr string, inResult bool) {
	st := p.story
	p.r.items++ // fields never closed would otherwise pile up unbounded
	f := &field{inResult: inResult}
	if len(st.fields) < maxOpen && p.deleting == 0 {
		m := p.newMark(source.Field, p.here(), nil)
		f.instr, f.result = p.r.newCollector(), p.r.newCollector()
		m.text, m.result, m.trim = f.instr, f.result, true
		f.instr.add(instr)
	}
	if !inResult {
		st.code = append(st.code, len(st.fields))
	}
	st.fields = append(st.fields, f)
}

func (p *parser) popFields(n int) {
	st := p.story
	for len(st.fields) > n {
		last := len(st.fields) - 1
		if !st.fields[last].inResult && len(st.code) > 0 {
			st.code = st.code[:len(st.code)-1]
		}
		st.fields = st.fields[:last]
	}
}

func (p *parser) fldChar(typ string) {
	st := p.story
	switch typ {
	case "begin":
		p.pushField("", false)
	case "separate":
		if n := len(st.fields); n > 0 && !st.fields[n-1].inResult {
			st.fields[n-1].inResult = true
			if len(st.code) > 0 {
				st.code = st.code[:len(st.code)-1]
			}
		}
	case "end":
		if n := len(st.fields); n > 0 {
			p.popFields(n - 1)
		}
	}
}

func (p *parser) instrText(s string) {
	st := p.story
	if n := len(st.code); n > 0 && st.code[n-1] < len(st.fields) {
		st.fields[st.code[n-1]].instr.add(s)
	}
}

func (p *parser) fldSimple(ev *event) error {
	n := len(p.story.fields)
	p.pushField(ev.wattr("instr"), true)
	err := p.x.children(p.inlineChild)
	// Complex fields left open inside a simple field end with it.
	p.popFields(n)
	return err
}

// ---- block level

// skipElems are elements whose content is never visible text.
var skipElems = map[string]bool{
	"rPr": true, "pPr": true, "tblPr": true, "trPr": true, "tcPr": true, "tblGrid": true,
	"tblPrEx": true, "sdtPr": true, "sdtEndPr": true, "customXmlPr": true, "smartTagPr": true,
	"rubyPr": true, "rt": true, "fldData": true, "ffData": true, "bookmarkStart": true,
	"bookmarkEnd": true, "proofErr": true, "lastRenderedPageBreak": true,
	"footnoteReference": true, "endnoteReference": true, "annotationRef": true,
	"rPrChange": true, "pPrChange": true, "numPr": true, "separator": true,
	"continuationSeparator": true, "permStart": true, "permEnd": true,
	"moveFromRangeStart": true, "moveFromRangeEnd": true, "moveToRangeStart": true,
	"moveToRangeEnd": true, "delInstrText": true, "softHyphen": true, "altChunk": true,
	"footnotePr": true, "endnotePr": true, "customXmlInsRangeStart": true,
	"customXmlInsRangeEnd": true, "customXmlDelRangeStart": true, "customXmlDelRangeEnd": true,
	"customXmlMoveFromRangeStart": true, "customXmlMoveFromRangeEnd": true,
	"customXmlMoveToRangeStart": true, "customXmlMoveToRangeEnd": true,
}

// blockChild handles one element of block content (a body, a cell, a text
// box, a note): paragraphs, tables and the wrappers around them.
func (p *parser) blockChild(ev *event, dst *[]source.Block) error {
	if p.r.items > maxItems {
		return p.tooMany()
	}
	bc := func(ev *event) error { return p.blockChild(ev, dst) }
	switch ev.ns {
	case nsW:
	case nsMC:
		if ev.local == "AlternateContent" {
			return p.x.alternate(bc)
		}
		return p.x.skip()
	default:
		return p.x.children(bc)
	}
	switch ev.local {
	case "p":
		return p.paragraph(ev, dst)
	case "tbl":
		return p.tableEl(dst)
	case "sdt":
		return p.sdt(bc)
	case "ins", "moveTo", "del", "moveFrom":
		return p.tracked(ev, bc)
	case "sectPr":
		pos := p.here()
		pos.Paragraph = max(p.para, 1)
		return p.sectPr(pos)
	case "commentRangeStart", "commentRangeEnd":
		p.commentRange(ev)
		return p.x.skip()
	case "r":
		// A run outside any paragraph has nowhere to go.
		return p.x.skip()
	}
	if skipElems[ev.local] {
		return p.x.skip()
	}
	return p.x.children(bc)
}

var trackedKinds = map[string]struct {
	kind    source.MarkKind
	deletes bool
}{
	"ins":      {source.Insertion, false},
	"moveTo":   {source.MoveTo, false},
	"del":      {source.Deletion, true},
	"moveFrom": {source.MoveFrom, true},
}

// tracked reads a w:ins, w:del, w:moveFrom or w:moveTo wrapper: one mark,
// its content read through in the same context.
func (p *parser) tracked(ev *event, fn func(*event) error) error {
	k := trackedKinds[ev.local]
	n := len(p.changes)
	p.openChange(k.kind, p.here(), ev, k.deletes)
	err := p.x.children(fn)
	p.popChanges(n)
	return err
}

// sdt reads a content control at any level: its content in the same
// context, a placeholder reported.
func (p *parser) sdt(fn func(*event) error) error {
	var plc *collector
	return p.x.children(func(ev *event) error {
		switch {
		case ev.is(nsW, "sdtPr"):
			showing := false
			if err := p.x.children(func(ev *event) error {
				if ev.is(nsW, "showingPlcHdr") {
					showing = onOff(ev)
				}
				return p.x.skip()
			}); err != nil {
				return err
			}
			if showing && p.deleting == 0 {
				m := p.newMark(source.Placeholder, p.here(), nil)
				m.text, m.trim = p.r.newCollector(), true
				plc = m.text
			}
			return nil
		case ev.is(nsW, "sdtContent"):
			if plc != nil && p.pushVis(plc) {
				defer p.popVis(plc)
			}
			return p.x.children(fn)
		}
		return p.x.skip()
	})
}

func (p *parser) sectPr(pos source.Position) error {
	return p.x.children(func(ev *event) error {
		if ev.ns == nsW {
			switch ev.local {
			case "headerReference", "footerReference":
				if id, ok := ev.attrNS(nsR, "id"); ok && p.main {
					p.r.hdrOrder = append(p.r.hdrOrder, id)
				}
			case "sectPrChange":
				p.fixedMark(source.FormatChange, pos, ev, "")
			}
		}
		return p.x.skip()
	})
}

// ---- paragraphs

func (p *parser) paragraph(ev *event, dst *[]source.Block) error {
	p.para++
	p.r.items++
	par := &paraState{
		pos:     source.Position{Paragraph: p.para, Table: p.cell.Table, Row: p.cell.Row, Cell: p.cell.Cell, Part: p.part},
		ilvl:    -1,
		outline: -1,
	}
	if id, ok := ev.attrNS(nsW14, "paraId"); ok {
		p.lastPara = id
	}
	outer, outerHidden := p.par, p.hidden
	p.par, p.hidden = par, false
	n := len(p.changes)
	err := p.x.children(func(ev *event) error {
		if ev.is(nsW, "pPr") {
			return p.pPr(par)
		}
		return p.inlineChild(ev)
	})
	p.popChanges(n)
	p.par, p.hidden = outer, outerHidden
	if err != nil {
		return err
	}
	p.endParagraph()
	p.finish(par, dst)
	return nil
}

func (p *parser) pPr(par *paraState) error {
	return p.x.children(func(ev *event) error {
		if ev.ns != nsW {
			return p.x.skip()
		}
		switch ev.local {
		case "pStyle":
			par.styleID = ev.val()
		case "numPr":
			return p.x.children(func(ev *event) error {
				switch {
				case ev.is(nsW, "numId"):
					par.numID, par.hasNumID = strings.TrimSpace(ev.val()), true
				case ev.is(nsW, "ilvl"):
					par.ilvl = atoiRange(ev.val(), 0, numLevels-1, 0)
				}
				return p.x.skip()
			})
		case "outlineLvl":
			par.outline = atoiRange(ev.val(), 0, 9, 9)
		case "rPr":
			return p.paraMarkRPr(par)
		case "pPrChange":
			// The old properties inside are history: not applied.
			p.openChange(source.FormatChange, par.pos, ev, false)
		case "sectPr":
			return p.sectPr(par.pos)
		}
		return p.x.skip()
	})
}

// pilcrow is the text of a change to a paragraph mark, as Word shows it.
const pilcrow = "¶"

func (p *parser) paraMarkRPr(par *paraState) error {
	return p.x.children(func(ev *event) error {
		if ev.ns == nsW {
			switch ev.local {
			case "ins":
				p.fixedMark(source.Insertion, par.pos, ev, pilcrow)
			case "del":
				p.fixedMark(source.Deletion, par.pos, ev, pilcrow)
				par.markGone = true
			case "moveFrom":
				p.fixedMark(source.MoveFrom, par.pos, ev, pilcrow)
				par.markGone = true
			case "moveTo":
				p.fixedMark(source.MoveTo, par.pos, ev, pilcrow)
			case "rPrChange":
				p.fixedMark(source.FormatChange, par.pos, ev, pilcrow)
			}
		}
		return p.x.skip()
	})
}

// finish classifies a read paragraph and appends it (unless empty) and the
// text boxes it anchors.
func (p *parser) finish(par *paraState, dst *[]source.Block) {
	// A break at either end of a paragraph (typically a page break before
	// a heading) separates nothing within it.
	text := strings.Trim(nfc(par.text.String()), "\n")
	st := p.r.styles.paragraphStyle(par.styleID)
	b := source.Block{Kind: source.Paragraph, Text: text, Pos: par.pos}
	if st != nil {
		b.Style = st.name
	}
	level := 0
	switch {
	case par.outline >= 0 && par.outline < 9:
		level = par.outline + 1
	case par.outline < 0:
		level = p.r.styles.headingLevel(st)
	}
	var label string
	var bullet bool
	ilvl := -1
	// A paragraph whose mark is deleted is gone once changes are
	// accepted: what it shows runs on into the next paragraph, whose
	// style and number apply, so it takes no number of its own.
	if par.markGone {
		level = 0
		// A text box anchored here follows the paragraph; joining would
		// run the text into the box, so the paragraph stays apart.
		if strings.TrimSpace(text) != "" && len(par.after) == 0 {
			if p.r.joined == nil {
				p.r.joined = map[source.Position]bool{}
			}
			p.r.joined[b.Pos] = true
		}
	} else {
		label, bullet, ilvl = p.listLabel(par, st)
	}
	switch {
	case level > 0:
		b.Kind, b.Level = source.Heading, level
		if !bullet {
			b.Number = trimNumber(label)
		}
	case label != "":
		b.Kind, b.Level, b.Number = source.ListItem, ilvl+1, label
	}
	if strings.TrimSpace(text) != "" {
		*dst = append(*dst, b)
	}
	*dst = append(*dst, par.after...)
}

// listLabel advances the paragraph's list, if any, and renders its label.
// The list comes from the paragraph or the nearest style in its chain that
// names one; the level from the paragraph, else that style, else the
// w:lvl whose w:pStyle names the paragraph's style (or one it is based
// on), else any style in the chain, else 0.
func (p *parser) listLabel(par *paraState, st *style) (label string, bullet bool, ilvl int) {
	sts := p.r.styles
	numID, ilvl := par.numID, par.ilvl
	if !par.hasNumID {
		sts.chain(st, func(s *style) bool {
			if s.numID == "" {
				return false
			}
			numID = s.numID
			if ilvl < 0 {
				ilvl = s.ilvl
			}
			return true
		})
	}
	if numID == "" || numID == "0" {
		return "", false, -1
	}
	d := p.r.num.resolve(numID, sts)
	if d == nil {
		return "", false, -1
	}
	if ilvl < 0 {
		sts.chain(st, func(s *style) bool {
			ilvl = d.levelForStyle(s.id)
			return ilvl >= 0
		})
	}
	if ilvl < 0 {
		sts.chain(st, func(s *style) bool {
			ilvl = s.ilvl
			return ilvl >= 0
		})
	}
	ilvl = max(ilvl, 0)
	label, bullet = p.num.next(d, ilvl)
	return label, bullet, ilvl
}

// trimNumber turns a heading label into its number: "6.1." → "6.1",
// "(a)" → "a", "Annex A:" → "Annex A".
func trimNumber(label string) string {
	s := strings.TrimRightFunc(label, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(s, "(") || strings.HasPrefix(s, "[") {
		if !strings.ContainsAny(s, ")]") {
			s = s[1:]
		}
	}
	return s
}

// ---- runs and inline content

// inlineChild handles one element of paragraph content.
func (p *parser) inlineChild(ev *event) error {
	if p.r.items > maxItems {
		return p.tooMany()
	}
	switch ev.ns {
	case nsW:
		return p.inlineW(ev)
	case nsMC:
		if ev.local == "AlternateContent" {
			return p.x.alternate(p.inlineChild)
		}
		return p.x.skip()
	case nsW16SE:
		if ev.local == "symEx" {
			font, _ := ev.attrNS(nsW16SE, "font")
			char, _ := ev.attrNS(nsW16SE, "char")
			p.chunk(symText(font, char))
		}
		return p.x.skip()
	}
	// Drawings, VML shapes and unknown extensions are read through: text
	// boxes sit deep inside them.
	return p.x.children(p.inlineChild)
}

func (p *parser) inlineW(ev *event) error {
	x := p.x
	switch ev.local {
	case "r":
		return p.run()
	case "t":
		s, err := x.text()
		p.chunk(s)
		return err
	case "delText":
		s, err := x.text()
		if p.deleting > 0 {
			p.chunk(s)
		}
		return err
	case "instrText":
		s, err := x.text()
		p.instrText(s)
		return err
	case "tab", "ptab":
		p.chunk("\t")
	case "br", "cr":
		p.chunk("\n")
	case "noBreakHyphen":
		p.chunk("-")
	case "sym":
		p.chunk(symText(ev.wattr("font"), ev.wattr("char")))
	case "fldChar":
		p.fldChar(ev.wattr("fldCharType"))
	case "fldSimple":
		return p.fldSimple(ev)
	case "ins", "moveTo", "del", "moveFrom":
		return p.tracked(ev, p.inlineChild)
	case "sdt":
		return p.sdt(p.inlineChild)
	case "commentRangeStart", "commentRangeEnd":
		p.commentRange(ev)
	case "commentReference":
		p.commentRef(ev.wattr("id"))
	case "txbxContent":
		return p.textBox()
	case "p", "tbl":
		// Block content where runs belong: keep it, after the paragraph.
		if p.par != nil {
			anchor := p.par
			p.par = nil
			err := p.blockChild(ev, &anchor.after)
			p.par = anchor
			return err
		}
	default:
		if skipElems[ev.local] {
			return x.skip()
		}
		// hyperlink, smartTag, customXml, dir, bdo, ruby, drawing...
		return x.children(p.inlineChild)
	}
	return x.skip()
}

func (p *parser) run() error {
	saved := p.hidden
	p.hidden = p.paraVanish() > 0
	n := len(p.changes)
	err := p.x.children(func(ev *event) error {
		if ev.is(nsW, "rPr") {
			return p.runPr()
		}
		return p.inlineChild(ev)
	})
	p.popChanges(n)
	p.hidden = saved
	return err
}

// paraVanish is the hidden toggle the paragraph's style gives its runs.
func (p *parser) paraVanish() int8 {
	par := p.par
	if par == nil {
		return 0
	}
	if !par.vanishSet {
		par.vanish = p.r.styles.vanish(p.r.styles.paragraphStyle(par.styleID))
		par.vanishSet = true
	}
	return par.vanish
}

func (p *parser) runPr() error {
	var direct int8
	var rStyle string
	err := p.x.children(func(ev *event) error {
		if ev.ns == nsW {
			switch ev.local {
			case "rStyle":
				rStyle = ev.val()
			case "vanish":
				direct = -1
				if onOff(ev) {
					direct = 1
				}
			case "rPrChange":
				pos := p.here()
				p.openChange(source.FormatChange, pos, ev, false)
			}
		}
		return p.x.skip()
	})
	// Direct formatting wins, then the character style, then the
	// paragraph style.
	v := direct
	if v == 0 && rStyle != "" {
		v = p.r.styles.vanish(p.r.styles.byID[rStyle])
	}
	if v == 0 {
		v = p.paraVanish()
	}
	p.hidden = v > 0
	return err
}

// textBox reads a w:txbxContent: its paragraphs follow the anchoring
// paragraph, and it is a story of its own for fields.
func (p *parser) textBox() error {
	anchor := p.par
	if anchor == nil {
		return p.x.skip()
	}
	savedStory, savedHidden := p.story, p.hidden
	p.story, p.par = &story{}, nil
	err := p.x.children(func(ev *event) error { return p.blockChild(ev, &anchor.after) })
	p.story, p.par, p.hidden = savedStory, anchor, savedHidden
	return err
}

// ---- comments in the text

func (p *parser) commentRange(ev *event) {
	if p.noCmts {
		return
	}
	c := p.r.comments[ev.wattr("id")]
	if c == nil {
		return
	}
	if ev.local == "commentRangeStart" {
		if c.anchor == nil {
			c.anchor = p.r.newCollector()
			if !p.pushVis(c.anchor) {
				c.anchor = nil
			}
		}
		return
	}
	if c.anchor != nil {
		p.popVis(c.anchor)
	}
}

func (p *parser) commentRef(id string) {
	if p.noCmts {
		return
	}
	c := p.r.comments[id]
	if c == nil || c.used {
		return
	}
	c.used = true
	p.newMark(source.Comment, p.here(), nil).comment = c
}
