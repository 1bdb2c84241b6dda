package worddoc

import (
	"encoding/binary"
	"sort"
	"unicode/utf16"
)

// This file builds minimal Word 97 documents for the tests: a FIB, a
// piece table over compressed and Unicode pieces, PAPX and CHPX FKPs, a
// stylesheet, the revision-author table, comments and a summary
// information stream.

var le = binary.LittleEndian

type tPiece struct {
	text    string
	unicode bool
}

// tPara gives the paragraph whose mark is the n-th paragraph or cell mark
// its properties.
type tPara struct {
	istd   uint16
	grpprl []byte
}

// tRun gives characters [cp, cpEnd) character properties.
type tRun struct {
	cp, cpEnd int
	grpprl    []byte
}

type tStyle struct {
	name  string
	sti   uint16
	stk   byte
	papx  []byte
	empty bool
}

type tComment struct {
	refCP  int
	ibst   int
	author string
}

type tDoc struct {
	pieces   []tPiece
	ccp      [storyCount]int
	paras    map[int]tPara // by paragraph-mark index in the whole text
	runs     []tRun
	styles   []tStyle
	authors  []string
	comments []tComment
	owners   []string
	atnTxt   []int // CPs of comment texts within the comment story
	prc      []byte
	noPapx   bool
	nFib     uint16
	flags    uint16
	dop      []byte
	summary  []byte
	extra    []oleStream
	lst, lfo []byte
}

// pieceUnits returns one stored code unit per character of a piece.
func pieceUnits(p tPiece) []uint16 {
	if p.unicode {
		return utf16.Encode([]rune(p.text))
	}
	u := make([]uint16, 0, len(p.text))
	for _, c := range []byte(p.text) {
		u = append(u, uint16(c)) // one stored byte per character
	}
	return u
}

func (t *tDoc) build() []byte {
	if t.nFib == 0 {
		t.nFib = 0xC1
	}
	wd := make([]byte, 1024)
	tbl := []byte{0, 0, 0, 0}
	var pairs [93][2]uint32
	putTable := func(i int, b []byte) {
		if len(b) == 0 {
			return
		}
		pairs[i] = [2]uint32{uint32(len(tbl)), uint32(len(b))}
		tbl = append(tbl, b...)
	}

	// Text: pieces in order, with junk between them that only the piece
	// table lets a reader skip.
	type placed struct {
		cp, n   int
		fc      int // byte offset
		unicode bool
	}
	var pl []placed
	var units []uint16
	var fcs []int // byte offset of every character
	for _, p := range t.pieces {
		wd = append(wd, "JUNK"...)
		if p.unicode && len(wd)%2 == 1 {
			wd = append(wd, 0)
		}
		u := pieceUnits(p)
		pl = append(pl, placed{cp: len(units), n: len(u), fc: len(wd), unicode: p.unicode})
		for _, c := range u {
			fcs = append(fcs, len(wd))
			if p.unicode {
				wd = le.AppendUint16(wd, c)
			} else {
				wd = append(wd, byte(c))
			}
		}
		units = append(units, u...)
	}
	textEnd := len(wd)

	// CLX
	var clx []byte
	if t.prc != nil {
		clx = append(clx, 1)
		clx = le.AppendUint16(clx, uint16(len(t.prc)))
		clx = append(clx, t.prc...)
	}
	var plc []byte
	for _, p := range pl {
		plc = le.AppendUint32(plc, uint32(p.cp))
	}
	plc = le.AppendUint32(plc, uint32(len(units)))
	for _, p := range pl {
		plc = append(plc, 0, 0)
		fc := uint32(p.fc)
		if !p.unicode {
			fc = uint32(p.fc*2) | 0x40000000
		}
		plc = le.AppendUint32(plc, fc)
		plc = append(plc, 0, 0)
	}
	clx = append(clx, 2)
	clx = le.AppendUint32(clx, uint32(len(plc)))
	clx = append(clx, plc...)
	putTable(fcClx, clx)

	size := func(cp int) int {
		for _, p := range pl {
			if cp >= p.cp && cp < p.cp+p.n && p.unicode {
				return 2
			}
		}
		return 1
	}

	// PAPX runs: one per paragraph, bounded by the next paragraph's first
	// character; the last one runs to the end of the text.
	if !t.noPapx {
		type run struct {
			lo, hi int
			data   []byte
		}
		var runs []run
		start, mark := fcs[0], 0
		for cp, u := range units {
			if u != 0x0D && u != 0x07 && u != 0x0C {
				continue
			}
			hi := textEnd
			if cp+1 < len(units) {
				hi = fcs[cp+1]
			}
			p := t.paras[mark]
			data := le.AppendUint16(nil, p.istd)
			data = append(data, p.grpprl...)
			runs = append(runs, run{start, hi, data})
			start = hi
			mark++
		}
		var bte []uint32
		var pns []uint32
		for i := 0; i < len(runs); i += 6 {
			chunk := runs[i:min(i+6, len(runs))]
			page := make([]byte, fkpSize)
			n := len(chunk)
			page[511] = byte(n)
			for k, r := range chunk {
				le.PutUint32(page[4*k:], uint32(r.lo))
			}
			le.PutUint32(page[4*n:], uint32(chunk[n-1].hi))
			free := 510
			for k, r := range chunk {
				var papx []byte
				if len(r.data)%2 == 1 {
					papx = append([]byte{byte((len(r.data) + 1) / 2)}, r.data...)
				} else {
					papx = append([]byte{0, byte(len(r.data) / 2)}, r.data...)
				}
				free -= len(papx)
				free &^= 1
				copy(page[free:], papx)
				page[4*(n+1)+13*k] = byte(free / 2)
			}
			for len(wd)%fkpSize != 0 {
				wd = append(wd, 0)
			}
			pns = append(pns, uint32(len(wd)/fkpSize))
			bte = append(bte, uint32(chunk[0].lo))
			wd = append(wd, page...)
		}
		bte = append(bte, uint32(runs[len(runs)-1].hi))
		var b []byte
		for _, v := range bte {
			b = le.AppendUint32(b, v)
		}
		for _, v := range pns {
			b = le.AppendUint32(b, v)
		}
		putTable(fcPlcfBtePapx, b)
	}

	// CHPX runs: the given runs plus property-less runs between them.
	if len(t.runs) > 0 {
		type run struct {
			lo, hi int
			g      []byte
		}
		rs := append([]tRun(nil), t.runs...)
		sort.Slice(rs, func(i, j int) bool { return rs[i].cp < rs[j].cp })
		var runs []run
		at := fcs[0]
		for _, r := range rs {
			lo, hi := fcs[r.cp], fcs[r.cpEnd-1]+size(r.cpEnd-1)
			if lo > at {
				runs = append(runs, run{at, lo, nil})
			}
			runs = append(runs, run{lo, hi, r.g()})
			at = hi
		}
		if at < textEnd {
			runs = append(runs, run{at, textEnd, nil})
		}
		page := make([]byte, fkpSize)
		n := len(runs)
		page[511] = byte(n)
		for k, r := range runs {
			le.PutUint32(page[4*k:], uint32(r.lo))
		}
		le.PutUint32(page[4*n:], uint32(runs[n-1].hi))
		free := 510
		for k, r := range runs {
			if r.g == nil {
				continue
			}
			free -= 1 + len(r.g)
			free &^= 1
			page[free] = byte(len(r.g))
			copy(page[free+1:], r.g)
			page[4*(n+1)+k] = byte(free / 2)
		}
		for len(wd)%fkpSize != 0 {
			wd = append(wd, 0)
		}
		pn := uint32(len(wd) / fkpSize)
		wd = append(wd, page...)
		var b []byte
		b = le.AppendUint32(b, uint32(runs[0].lo))
		b = le.AppendUint32(b, uint32(runs[n-1].hi))
		b = le.AppendUint32(b, pn)
		putTable(fcPlcfBteChpx, b)
	}

	putTable(fcStshf, t.stsh())
	if len(t.authors) > 0 {
		b := []byte{0xFF, 0xFF}
		b = le.AppendUint16(b, uint16(len(t.authors)))
		b = le.AppendUint16(b, 0)
		for _, a := range t.authors {
			u := utf16.Encode([]rune(a))
			b = le.AppendUint16(b, uint16(len(u)))
			for _, c := range u {
				b = le.AppendUint16(b, c)
			}
		}
		putTable(fcSttbfRMark, b)
	}
	if len(t.comments) > 0 {
		var ref []byte
		for _, c := range t.comments {
			ref = le.AppendUint32(ref, uint32(c.refCP))
		}
		ref = le.AppendUint32(ref, uint32(t.ccp[storyMain]))
		for _, c := range t.comments {
			atrd := make([]byte, atrdSize)
			u := utf16.Encode([]rune(c.author))
			le.PutUint16(atrd, uint16(len(u)))
			le.PutUint16(atrd[20:], uint16(c.ibst))
			ref = append(ref, atrd...)
		}
		putTable(fcPlcfandRef, ref)
		var txt []byte
		for _, cp := range t.atnTxt {
			txt = le.AppendUint32(txt, uint32(cp))
		}
		putTable(fcPlcfandTxt, txt)
		var own []byte
		for _, o := range t.owners {
			u := utf16.Encode([]rune(o))
			own = le.AppendUint16(own, uint16(len(u)))
			for _, c := range u {
				own = le.AppendUint16(own, c)
			}
		}
		putTable(fcGrpXstAtnOwner, own)
	}
	putTable(fcDop, t.dop)
	putTable(fcPlfLst, t.lst)
	if len(t.lst) >= 2 {
		// As Word writes it: lcbPlfLst counts the LSTFs only, and the
		// LVLs follow them uncounted.
		pairs[fcPlfLst][1] = uint32(min(len(t.lst), 2+lstfSize*int(le.Uint16(t.lst))))
	}
	putTable(fcPlfLfo, t.lfo)

	// FIB
	le.PutUint16(wd[0:], wIdentWord)
	le.PutUint16(wd[2:], t.nFib)
	le.PutUint16(wd[0x0A:], t.flags|0x0200) // 1Table
	le.PutUint16(wd[0x20:], 14)
	le.PutUint16(wd[0x3E:], 22)
	for i, v := range t.ccp {
		le.PutUint32(wd[0x4C+4*i:], uint32(v))
	}
	le.PutUint16(wd[0x98:], 93)
	for i, p := range pairs {
		le.PutUint32(wd[0x9A+8*i:], p[0])
		le.PutUint32(wd[0x9A+8*i+4:], p[1])
	}
	le.PutUint16(wd[0x9A+8*93:], 2)
	le.PutUint16(wd[0x9A+8*93+2:], 0xD9)

	streams := []oleStream{{"WordDocument", wd}, {"1Table", tbl}}
	if t.summary != nil {
		streams = append(streams, oleStream{"\x05SummaryInformation", t.summary})
	}
	streams = append(streams, t.extra...)
	return writeOLE(streams)
}

func (r tRun) g() []byte { return r.grpprl }

func (t *tDoc) stsh() []byte {
	if len(t.styles) == 0 {
		return nil
	}
	b := le.AppendUint16(nil, 18)
	stshi := make([]byte, 18)
	le.PutUint16(stshi, uint16(len(t.styles)))
	le.PutUint16(stshi[2:], 10)
	le.PutUint16(stshi[4:], 1)
	b = append(b, stshi...)
	for _, s := range t.styles {
		if s.empty {
			b = le.AppendUint16(b, 0)
			continue
		}
		std := make([]byte, 10)
		le.PutUint16(std, s.sti)
		cupx := byte(1)
		if s.stk == stkPara {
			cupx = 2
		}
		le.PutUint16(std[2:], uint16(s.stk)|istdNil<<4)
		le.PutUint16(std[4:], uint16(cupx)|istdNil<<4)
		u := utf16.Encode([]rune(s.name))
		std = le.AppendUint16(std, uint16(len(u)))
		for _, c := range u {
			std = le.AppendUint16(std, c)
		}
		std = append(std, 0, 0)
		if s.stk == stkPara {
			upx := append([]byte{0, 0}, s.papx...)
			std = le.AppendUint16(std, uint16(len(upx)))
			std = append(std, upx...)
			if len(upx)%2 == 1 {
				std = append(std, 0)
			}
		}
		std = le.AppendUint16(std, 0) // empty character UPX
		b = le.AppendUint16(b, uint16(len(std)))
		b = append(b, std...)
	}
	return b
}

// sprm helpers for the tests.
func sprm1(op uint16, v byte) []byte { return append(le.AppendUint16(nil, op), v) }
func sprm2(op uint16, v uint16) []byte {
	return le.AppendUint16(le.AppendUint16(nil, op), v)
}
func sprm4(op uint16, v uint32) []byte {
	return le.AppendUint32(le.AppendUint16(nil, op), v)
}

func cat(bs ...[]byte) []byte {
	var out []byte
	for _, b := range bs {
		out = append(out, b...)
	}
	return out
}
