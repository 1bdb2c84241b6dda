package worddoc

import (
	"errors"
	"fmt"

	"github.com/minuteslint/minuteslint/source"
)

const (
	maxStyleChain = 16
	// maxGrpprlBytes bounds the property bytes interpreted for one
	// document. Real documents use a tiny fraction; a hostile one that
	// points every paragraph at huge property lists loses formatting, not
	// time.
	maxGrpprlBytes = 64 << 20
)

// doc holds the decoded streams and tables of one document.
type doc struct {
	wd, tbl, data []byte
	fib           *fib
	pieces        []piece
	prcs          [][]byte
	papxBins      binTable
	chpxBins      binTable
	styles        []style
	authors       []string
	lists         *lists

	papxPages map[uint32]fkp
	chpxPages map[uint32]fkp
	styleProp map[uint16]paraProps
	pieceChar map[uint16][]byte // character modifiers of a piece's Prm
	budget    int
	copied    int  // blocks copied into vertically merged cells
	paras     int  // paragraphs scanned in all parts
	tooBig    bool // a limit on paragraphs or marks was reached
	// chpx caches the character run last looked up.
	chpx struct {
		valid  bool
		lo, hi uint32
		props  charProps
	}
}

// table returns the table-stream bytes of FIB pair i, or nil when absent
// or out of range.
func (d *doc) table(i int) []byte {
	fc, lcb := d.fib.pair(i)
	if lcb == 0 {
		return nil
	}
	b, ok := span(d.tbl, int64(fc), int64(lcb))
	if !ok {
		return nil
	}
	return b
}

// tableFrom returns the table stream from the offset of FIB pair i to its
// end: some structures run on past the length the FIB gives (the LVLs of
// the list table follow its LSTFs and are not counted in lcbPlfLst).
func (d *doc) tableFrom(i int) []byte {
	fc, lcb := d.fib.pair(i)
	if lcb == 0 || int64(fc) >= int64(len(d.tbl)) {
		return nil
	}
	return d.tbl[fc:]
}

func newDoc(wd, tbl, data []byte, f *fib) (*doc, error) {
	d := &doc{
		wd: wd, tbl: tbl, data: data, fib: f,
		papxPages: map[uint32]fkp{},
		chpxPages: map[uint32]fkp{},
		styleProp: map[uint16]paraProps{},
		pieceChar: map[uint16][]byte{},
		budget:    maxGrpprlBytes,
	}
	fc, lcb := f.pair(fcClx)
	clx, ok := span(tbl, int64(fc), int64(lcb))
	if !ok || lcb == 0 {
		return nil, errors.New("damaged Word document: piece table missing or outside the table stream")
	}
	var err error
	d.pieces, d.prcs, err = parseClx(clx, int64(len(wd)))
	if err == nil && d.textLen() > int64(len(wd)) {
		// Every character takes at least a byte of the stream; more text
		// than that means pieces overlap.
		err = errors.New("damaged Word document: piece table describes more text than the file holds")
	}
	if err != nil {
		return nil, err
	}
	d.papxBins = parseBinTable(d.table(fcPlcfBtePapx))
	d.chpxBins = parseBinTable(d.table(fcPlcfBteChpx))
	d.styles = parseStyles(d.table(fcStshf))
	d.authors = parseSttb(d.table(fcSttbfRMark))
	d.lists = parseLists(d.tableFrom(fcPlfLst), d.table(fcPlfLfo))
	return d, nil
}

// textLen is the number of characters the piece table describes.
func (d *doc) textLen() int64 {
	if len(d.pieces) == 0 {
		return 0
	}
	return d.pieces[len(d.pieces)-1].cpEnd
}

func (d *doc) style(istd uint16) (style, bool) {
	if int(istd) < len(d.styles) && d.styles[istd].valid {
		return d.styles[istd], true
	}
	return style{}, false
}

// paraPropsAt resolves the properties of the paragraph whose mark is at
// byte offset fc, stored in piece pc: the style chain, the PAPX, then the
// piece's own modifiers.
func (d *doc) paraPropsAt(fc uint32, pc *piece) (paraProps, bool) {
	p := newParaProps()
	pn, ok := d.papxBins.find(fc)
	if !ok {
		return p, false
	}
	page, ok := d.papxPages[pn]
	if !ok {
		if page, ok = loadFkp(d.wd, pn, papxBxLen); !ok {
			return p, false
		}
		d.papxPages[pn] = page
	}
	i, _, _, ok := page.run(fc)
	if !ok {
		return p, false
	}
	istd, grpprl, ok := page.papx(i)
	if !ok {
		return p, false
	}
	p = d.styleProps(istd)
	p.istd = istd
	d.applyPara(&p, grpprl, true)
	d.applyPara(&p, d.prmGrpprl(pc), false)
	return p, true
}

// spend charges n bytes of property lists to the document's budget.
func (d *doc) spend(n int) bool {
	if n > d.budget {
		d.budget = 0
		return false
	}
	d.budget -= n
	return true
}

// applyPara applies a paragraph grpprl; huge allows sprmPHugePapx.
func (d *doc) applyPara(p *paraProps, g []byte, huge bool) {
	if len(g) == 0 || !d.spend(len(g)) {
		return
	}
	if huge {
		p.apply(g, d.hugePapx)
	} else {
		p.apply(g, nil)
	}
}

// styleProps returns the paragraph properties of style istd and of the
// styles it is based on, applied base first.
func (d *doc) styleProps(istd uint16) paraProps {
	if p, ok := d.styleProp[istd]; ok {
		return p
	}
	var chain []style
	for n, i := 0, istd; n < maxStyleChain && i != istdNil; n++ {
		s, ok := d.style(i)
		if !ok {
			break
		}
		chain = append(chain, s)
		i = s.base
	}
	p := newParaProps()
	for i := len(chain) - 1; i >= 0; i-- {
		d.applyPara(&p, chain[i].papx, false)
	}
	d.styleProp[istd] = p
	return p
}

// hugePapx returns the grpprl stored in the Data stream at off.
func (d *doc) hugePapx(off uint32) []byte {
	cb := int64(u16(d.data, int(off)))
	b, ok := span(d.data, int64(off)+2, cb)
	if !ok || int64(off)+2 > int64(len(d.data)) || !d.spend(len(b)) {
		return nil
	}
	return b
}

// pieceCharSprms returns the character modifiers among a piece's own
// properties, the last of each kind only, so that applying them per
// character stays cheap whatever the property list holds.
func (d *doc) pieceCharSprms(pc *piece) []byte {
	g := d.prmGrpprl(pc)
	if g == nil {
		return nil
	}
	if b, ok := d.pieceChar[pc.prm]; ok {
		return b
	}
	last := map[uint16][]byte{}
	var order []uint16
	if d.spend(len(g)) {
		eachSprm(g, func(op uint16, arg []byte) {
			switch op {
			case sprmCFRMarkDel, sprmCFRMarkIns, sprmCFVanish, sprmCIbstRMark,
				sprmCIbstRMarkDel, sprmCDttmRMark, sprmCDttmRMarkDel:
				if _, seen := last[op]; !seen {
					order = append(order, op)
				}
				last[op] = arg
			}
		})
	}
	var b []byte
	for _, op := range order {
		b = le16append(b, op)
		b = append(b, last[op]...)
	}
	d.pieceChar[pc.prm] = b
	return b
}

// maxCopiedBlocks bounds the blocks copied into merged cells; past it
// the cells share the blocks above (capacity-limited, so appends copy).
const maxCopiedBlocks = 1 << 20

func (d *doc) copyBlocks(bs []source.Block) []source.Block {
	if d.copied+len(bs) > maxCopiedBlocks {
		return bs[:len(bs):len(bs)]
	}
	d.copied += len(bs)
	return append([]source.Block(nil), bs...)
}

func le16append(b []byte, v uint16) []byte { return append(b, byte(v), byte(v>>8)) }

// prmGrpprl returns the property list a piece refers to, if any. Only the
// indirect form is read; the one-sprm form needs a table of sprm codes.
func (d *doc) prmGrpprl(pc *piece) []byte {
	if pc == nil || pc.prm&1 == 0 {
		return nil
	}
	i := int(pc.prm >> 1)
	if i < len(d.prcs) {
		return d.prcs[i]
	}
	return nil
}

// charPropsAt returns the character properties at byte offset fc.
func (d *doc) charPropsAt(fc uint32) charProps {
	c := &d.chpx
	if c.valid && fc >= c.lo && fc < c.hi {
		return c.props
	}
	c.valid, c.lo, c.hi, c.props = true, fc, fc+1, charProps{ibstDel: -1}
	pn, ok := d.chpxBins.find(fc)
	if !ok {
		return c.props
	}
	page, ok := d.chpxPages[pn]
	if !ok {
		if page, ok = loadFkp(d.wd, pn, 1); !ok {
			return c.props
		}
		d.chpxPages[pn] = page
	}
	i, lo, hi, ok := page.run(fc)
	if !ok {
		return c.props
	}
	c.lo, c.hi = lo, hi
	if g := page.chpx(i); d.spend(len(g)) {
		c.props.apply(g)
	}
	return c.props
}

func (d *doc) author(ibst int) string {
	if ibst >= 0 && ibst < len(d.authors) {
		return d.authors[ibst]
	}
	return ""
}

// trackRevisions reads fRevMarking from the document properties (DOP).
func (d *doc) trackRevisions() bool {
	dop := d.table(fcDop)
	return len(dop) > 5 && dop[5]&0x80 != 0
}

// dttm formats a DTTM date as the W3C date-time Word writes in .docx.
func dttm(v uint32) string {
	if v == 0 {
		return ""
	}
	minute, hour := v&0x3F, (v>>6)&0x1F
	day, month, year := (v>>11)&0x1F, (v>>16)&0x0F, (v>>20)&0x1FF+1900
	if minute > 59 || hour > 23 || day < 1 || day > 31 || month < 1 || month > 12 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d:00Z", year, month, day, hour, minute)
}
