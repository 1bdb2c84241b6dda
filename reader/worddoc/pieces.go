package worddoc

import (
	"errors"

	"golang.org/x/text/encoding/charmap"
)

const (
	maxPieces = 1 << 20
	maxPrcs   = 1 << 15 // igrpprl has 15 bits
	// maxChars caps the text the piece table may describe, so that
	// overlapping pieces cannot multiply the output.
	maxChars = 1 << 24
)

// piece is one entry of the piece table: the characters [cp, cpEnd) are
// stored from byte offset fc of the WordDocument stream, one byte each
// (compressed) or two.
type piece struct {
	cp, cpEnd  int64
	fc         int64
	compressed bool
	prm        uint16
}

// compressedRunes maps the bytes of a compressed piece: Latin-1, except
// for the bytes MS-DOC lists as taking their Windows-1252 meaning.
var compressedRunes = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	for _, b := range []byte{
		0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C,
		0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C,
		0x9F,
	} {
		t[b] = charmap.Windows1252.DecodeByte(b)
	}
	return t
}()

// parseClx reads the CLX: optional Prc property lists followed by the
// piece table.
func parseClx(clx []byte, wdLen int64) (pieces []piece, prcs [][]byte, err error) {
	i := 0
	for i < len(clx) {
		switch clx[i] {
		case 0x01: // Prc
			cb := int16(u16(clx, i+1))
			g, ok := span(clx, int64(i+3), int64(cb))
			if cb < 0 || !ok || i+3 > len(clx) {
				return nil, nil, errors.New("damaged Word document: bad property list in piece table")
			}
			if len(prcs) < maxPrcs {
				prcs = append(prcs, g)
			}
			i += 3 + int(cb)
		case 0x02: // Pcdt
			lcb := int64(u32(clx, i+1))
			plc, ok := span(clx, int64(i+5), lcb)
			if !ok || i+5 > len(clx) {
				return nil, nil, errors.New("damaged Word document: piece table truncated")
			}
			pieces, err = parsePlcPcd(plc, wdLen)
			return pieces, prcs, err
		default:
			return nil, nil, errors.New("damaged Word document: unrecognised piece table")
		}
	}
	return nil, nil, errors.New("damaged Word document: piece table missing")
}

func parsePlcPcd(plc []byte, wdLen int64) ([]piece, error) {
	if len(plc) < 4+8+4 || (len(plc)-4)%12 != 0 {
		return nil, errors.New("damaged Word document: bad piece table size")
	}
	n := (len(plc) - 4) / 12
	if n > maxPieces {
		return nil, errors.New("damaged Word document: too many pieces")
	}
	pieces := make([]piece, 0, n)
	var total int64
	prev := int64(u32(plc, 0))
	if prev != 0 {
		return nil, errors.New("damaged Word document: piece table does not start at the first character")
	}
	for k := range n {
		cpEnd := int64(u32(plc, 4*(k+1)))
		if cpEnd < prev {
			return nil, errors.New("damaged Word document: piece table out of order")
		}
		pcd := 4*(n+1) + 8*k
		raw := u32(plc, pcd+2)
		p := piece{cp: prev, cpEnd: cpEnd, prm: u16(plc, pcd+6)}
		p.compressed = raw&0x40000000 != 0
		p.fc = int64(raw & 0x3FFFFFFF)
		nbytes := cpEnd - prev
		if p.compressed {
			p.fc /= 2
		} else {
			nbytes *= 2
		}
		if p.fc+nbytes > wdLen {
			return nil, errors.New("damaged Word document: piece table points outside the WordDocument stream")
		}
		total += cpEnd - prev
		if total > maxChars {
			return nil, errors.New("document too large: more than 16 million characters")
		}
		if cpEnd > prev {
			pieces = append(pieces, p)
		}
		prev = cpEnd
	}
	return pieces, nil
}
