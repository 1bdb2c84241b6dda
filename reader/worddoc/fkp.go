package worddoc

import "sort"

const (
	fkpSize   = 512
	maxBtes   = 1 << 20
	papxBxLen = 13 // BxPap: one offset byte and a 12-byte PHE
)

// binTable is a PlcBtePapx or PlcBteChpx: FC ranges and the FKP page
// holding the properties of each.
type binTable struct {
	fcs []uint32 // len(pns)+1 boundaries
	pns []uint32
}

func parseBinTable(b []byte) binTable {
	if len(b) < 12 || (len(b)-4)%8 != 0 {
		return binTable{}
	}
	n := (len(b) - 4) / 8
	if n > maxBtes {
		return binTable{}
	}
	t := binTable{fcs: make([]uint32, n+1), pns: make([]uint32, n)}
	for i := range t.fcs {
		t.fcs[i] = u32(b, 4*i)
	}
	for i := range t.pns {
		t.pns[i] = u32(b, 4*(n+1)+4*i) & 0x3FFFFF
	}
	return t
}

// find returns the FKP page number whose range holds fc.
func (t binTable) find(fc uint32) (uint32, bool) {
	i := sort.Search(len(t.pns), func(i int) bool { return t.fcs[i+1] > fc })
	if i >= len(t.pns) || t.fcs[i] > fc {
		return 0, false
	}
	return t.pns[i], true
}

// fkp is one 512-byte formatted disk page.
type fkp struct {
	page []byte
	crun int
}

// loadFkp checks the page's run count against the space its arrays need;
// entrySize is 13 for PAPX pages and 1 for CHPX pages.
func loadFkp(wd []byte, pn uint32, entrySize int) (fkp, bool) {
	page, ok := span(wd, int64(pn)*fkpSize, fkpSize)
	if !ok {
		return fkp{}, false
	}
	crun := int(page[fkpSize-1])
	if crun == 0 || 4*(crun+1)+entrySize*crun > fkpSize-1 {
		return fkp{}, false
	}
	return fkp{page: page, crun: crun}, true
}

// run returns the run holding fc and its FC range.
func (k fkp) run(fc uint32) (i int, lo, hi uint32, ok bool) {
	i = sort.Search(k.crun, func(i int) bool { return u32(k.page, 4*(i+1)) > fc })
	if i >= k.crun {
		return 0, 0, 0, false
	}
	lo, hi = u32(k.page, 4*i), u32(k.page, 4*(i+1))
	if lo > fc {
		return 0, 0, 0, false
	}
	return i, lo, hi, true
}

// papx returns the istd and grpprl of run i of a PAPX page.
func (k fkp) papx(i int) (istd uint16, grpprl []byte, ok bool) {
	off := 2 * int(k.page[4*(k.crun+1)+papxBxLen*i])
	if off == 0 {
		return 0, nil, true // no properties: the Normal style
	}
	if off >= fkpSize-1 {
		return 0, nil, false
	}
	start, n := off+1, 2*int(k.page[off])-1
	if k.page[off] == 0 {
		start, n = off+2, 2*int(k.page[off+1])
	}
	b, ok := span(k.page[:fkpSize-1], int64(start), int64(n))
	if !ok || len(b) < 2 {
		return 0, nil, false
	}
	return u16(b, 0), b[2:], true
}

// chpx returns the grpprl of run i of a CHPX page.
func (k fkp) chpx(i int) []byte {
	off := 2 * int(k.page[4*(k.crun+1)+i])
	if off == 0 || off >= fkpSize-1 {
		return nil
	}
	b, ok := span(k.page[:fkpSize-1], int64(off+1), int64(k.page[off]))
	if !ok {
		return nil
	}
	return b
}
