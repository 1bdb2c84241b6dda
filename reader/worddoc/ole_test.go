package worddoc

import (
	"encoding/binary"
	"unicode/utf16"
)

// This file writes minimal OLE2 compound files for the tests: version 3,
// 512-byte sectors, every stream padded to the 4096-byte mini-stream
// cutoff so that no mini stream is needed.

const (
	oleSector   = 512
	oleFree     = 0xFFFFFFFF
	oleEnd      = 0xFFFFFFFE
	oleFatSect  = 0xFFFFFFFD
	oleNoStream = 0xFFFFFFFF
	oleMinSize  = 4096
)

type oleStream struct {
	name string
	data []byte
}

func sectorsFor(n int) int { return (n + oleSector - 1) / oleSector }

func writeOLE(streams []oleStream) []byte {
	type placed struct {
		name  string
		data  []byte
		start int
	}
	var ps []placed
	next := 0
	for _, s := range streams {
		d := append([]byte(nil), s.data...)
		if len(d) < oleMinSize {
			d = append(d, make([]byte, oleMinSize-len(d))...)
		}
		ps = append(ps, placed{s.name, d, next})
		next += sectorsFor(len(d))
	}
	nEntries := len(ps) + 1
	dirStart := next
	dirSectors := sectorsFor(128 * nEntries)
	next += dirSectors
	fatSectors := 1
	for (next+fatSectors+127)/128 > fatSectors {
		fatSectors++
	}
	fatStart := next
	next += fatSectors

	fat := make([]uint32, 128*fatSectors)
	for i := range fat {
		fat[i] = oleFree
	}
	chain := func(start, n int) {
		for i := range n {
			if i == n-1 {
				fat[start+i] = oleEnd
			} else {
				fat[start+i] = uint32(start + i + 1)
			}
		}
	}
	for _, p := range ps {
		chain(p.start, sectorsFor(len(p.data)))
	}
	chain(dirStart, dirSectors)
	for i := range fatSectors {
		fat[fatStart+i] = oleFatSect
	}

	out := make([]byte, oleSector*(1+next))
	h := out[:oleSector]
	copy(h, oleSignature)
	le := binary.LittleEndian
	le.PutUint16(h[24:], 0x3E)
	le.PutUint16(h[26:], 3)
	le.PutUint16(h[28:], 0xFFFE)
	le.PutUint16(h[30:], 9)
	le.PutUint16(h[32:], 6)
	le.PutUint32(h[44:], uint32(fatSectors))
	le.PutUint32(h[48:], uint32(dirStart))
	le.PutUint32(h[56:], 4096)
	le.PutUint32(h[60:], oleEnd)
	le.PutUint32(h[68:], oleEnd)
	for i := range 109 {
		v := uint32(oleFree)
		if i < fatSectors {
			v = uint32(fatStart + i)
		}
		le.PutUint32(h[76+4*i:], v)
	}
	sector := func(n int) []byte { return out[oleSector*(1+n):] }
	for _, p := range ps {
		copy(sector(p.start), p.data)
	}
	dir := sector(dirStart)
	entry := func(i int, name string, typ byte, child, right uint32, start, size int) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le.PutUint16(e[2*k:], c)
		}
		le.PutUint16(e[64:], uint16(2*(len(u)+1)))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], oleNoStream)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], uint32(start))
		le.PutUint32(e[120:], uint32(size))
	}
	entry(0, "Root Entry", 5, 1, oleNoStream, oleEnd, 0)
	for i, p := range ps {
		right := uint32(oleNoStream)
		if i+2 < nEntries {
			right = uint32(i + 2)
		}
		entry(i+1, p.name, 2, oleNoStream, right, p.start, len(p.data))
	}
	f := sector(fatStart)
	for i, v := range fat {
		le.PutUint32(f[4*i:], v)
	}
	return out
}
