package worddoc

import "slices"

// Property modifiers (sprms) this reader interprets.
const (
	sprmPIstd            = 0x4600
	sprmPIlvl            = 0x260A
	sprmPIlfo            = 0x460B
	sprmPFInTable        = 0x2416
	sprmPFTtp            = 0x2417
	sprmPOutLvl          = 0x2640
	sprmPHugePapx        = 0x6646
	sprmPItap            = 0x6649
	sprmPDtap            = 0x664A
	sprmPFInnerTableCell = 0x244B
	sprmPFInnerTtp       = 0x244C
	sprmPChgTabs         = 0xC615
	sprmTTableHeader     = 0x3404
	sprmTDefTable        = 0xD608
	sprmTVertMerge       = 0xD62B

	sprmCFRMarkDel    = 0x0800
	sprmCFRMarkIns    = 0x0801
	sprmCIbstRMark    = 0x4804
	sprmCDttmRMark    = 0x6805
	sprmCFVanish      = 0x083C
	sprmCIbstRMarkDel = 0x4863
	sprmCDttmRMarkDel = 0x6864
)

// eachSprm calls fn for every property modifier in a grpprl, stopping at
// the first one whose operand does not fit.
func eachSprm(g []byte, fn func(op uint16, arg []byte)) {
	for len(g) >= 2 {
		op := u16(g, 0)
		g = g[2:]
		n := operandLen(op, g)
		if n < 0 || n > len(g) {
			return
		}
		fn(op, g[:n])
		g = g[n:]
	}
}

// operandLen is the operand size of sprm op whose operand starts g, or -1.
func operandLen(op uint16, g []byte) int {
	switch op >> 13 { // spra
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	switch op {
	case sprmTDefTable:
		// A two-byte count that includes one extra byte.
		if len(g) < 2 {
			return -1
		}
		return int(u16(g, 0)) + 1
	case sprmPChgTabs:
		if len(g) < 1 {
			return -1
		}
		if g[0] != 255 {
			return 1 + int(g[0])
		}
		// A count of 255 means the size follows from the two tab lists.
		if len(g) < 2 {
			return -1
		}
		n := 2 + 4*int(g[1])
		if len(g) < n+1 {
			return -1
		}
		return n + 1 + 3*int(g[n])
	}
	if len(g) < 1 {
		return -1
	}
	return 1 + int(g[0])
}

// paraProps are the paragraph properties that shape the output.
type paraProps struct {
	istd      uint16
	inTable   bool
	ttp       bool
	itap      int
	innerCell bool
	innerTtp  bool
	outLvl    int // 0..8 for outline levels, -1 for body text
	ilfo      int
	ilvl      int
	header    bool
	cells     []cellDef // from sprmTDefTable, on row ends
}

// cellDef holds what a row definition says about one cell.
type cellDef struct {
	vertMerge, vertRestart bool
}

func newParaProps() paraProps { return paraProps{outLvl: -1} }

// depth is the table nesting depth of the paragraph, 0 outside tables.
func (p *paraProps) depth() int {
	if p.itap > 0 {
		return p.itap
	}
	if p.inTable {
		return 1
	}
	return 0
}

// apply interprets one paragraph grpprl; huge resolves sprmPHugePapx.
func (p *paraProps) apply(g []byte, huge func(off uint32) []byte) {
	eachSprm(g, func(op uint16, arg []byte) {
		switch op {
		case sprmPIstd:
			p.istd = u16(arg, 0)
		case sprmPFInTable:
			p.inTable = arg[0] != 0
		case sprmPFTtp:
			p.ttp = arg[0] != 0
		case sprmPItap:
			p.itap = clampDepth(int64(int32(u32(arg, 0))))
		case sprmPDtap:
			p.itap = clampDepth(int64(p.itap) + int64(int32(u32(arg, 0))))
		case sprmPFInnerTableCell:
			p.innerCell = arg[0] != 0
		case sprmPFInnerTtp:
			p.innerTtp = arg[0] != 0
		case sprmPOutLvl:
			p.outLvl = int(arg[0])
			if p.outLvl > 8 {
				p.outLvl = -1
			}
		case sprmPIlfo:
			p.ilfo = int(int16(u16(arg, 0)))
		case sprmPIlvl:
			p.ilvl = int(arg[0] & 0x0F)
		case sprmTTableHeader:
			p.header = arg[0] != 0
		case sprmTDefTable:
			p.cells = parseTDefTable(arg)
		case sprmTVertMerge:
			// cb, itc, flag: 1 continues a vertical merge, 3 starts one.
			if len(arg) >= 3 {
				if itc := int(arg[1]); itc < len(p.cells) {
					// The slice may be shared with a cached style.
					p.cells = slices.Clone(p.cells)
					p.cells[itc] = cellDef{vertMerge: arg[2]&1 != 0, vertRestart: arg[2] == 3}
				}
			}
		case sprmPHugePapx:
			if huge != nil {
				// The operand points at more properties in the Data stream;
				// they cannot point further.
				p.apply(huge(u32(arg, 0)), nil)
			}
		}
	})
}

// maxDepth bounds table nesting; Word itself stops far below.
const maxDepth = 64

func clampDepth(v int64) int {
	return int(max(0, min(v, maxDepth)))
}

// parseTDefTable reads the merge flags of each cell of a row definition.
func parseTDefTable(arg []byte) []cellDef {
	if len(arg) < 3 {
		return nil
	}
	n := int(arg[2])
	if n > 63 {
		return nil
	}
	tcs := 3 + 2*(n+1) // after cb, itcMac and the cell edges
	cells := make([]cellDef, n)
	for i := range cells {
		off := tcs + 20*i
		if off+2 > len(arg) {
			break // the TC80 array may be shorter than the cell count
		}
		grf := u16(arg, off)
		cells[i] = cellDef{vertMerge: grf&0x0020 != 0, vertRestart: grf&0x0040 != 0}
	}
	return cells
}

// charProps are the character properties that decide visibility.
type charProps struct {
	del, ins, vanish bool
	ibst, ibstDel    int
	dttm, dttmDel    uint32
}

func (c *charProps) apply(g []byte) {
	eachSprm(g, func(op uint16, arg []byte) {
		switch op {
		case sprmCFRMarkDel:
			c.del = arg[0]&1 != 0
		case sprmCFRMarkIns:
			c.ins = arg[0]&1 != 0
		case sprmCFVanish:
			// 0 and 1 are off and on; 0x80 keeps and 0x81 inverts the
			// style's value, which is taken as not hidden.
			c.vanish = arg[0] == 1 || arg[0] == 0x81
		case sprmCIbstRMark:
			c.ibst = int(int16(u16(arg, 0)))
		case sprmCIbstRMarkDel:
			c.ibstDel = int(int16(u16(arg, 0)))
		case sprmCDttmRMark:
			c.dttm = u32(arg, 0)
		case sprmCDttmRMarkDel:
			c.dttmDel = u32(arg, 0)
		}
	})
}
