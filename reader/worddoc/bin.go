package worddoc

import (
	"encoding/binary"
	"unicode/utf16"
)

// The helpers below return zero when the requested bytes are not there, so
// that callers can read optional fields without a bounds check each; every
// structural offset is still checked by the callers before it is trusted.

func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint16(b[off:])
}

func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint32(b[off:])
}

// span returns b[off:off+n] when it lies inside b.
func span(b []byte, off, n int64) ([]byte, bool) {
	if off < 0 || n < 0 || off > int64(len(b)) || n > int64(len(b))-off {
		return nil, false
	}
	return b[off : off+n], true
}

// utf16String decodes little-endian UTF-16 without a terminator.
func utf16String(b []byte) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	for len(units) > 0 && units[len(units)-1] == 0 {
		units = units[:len(units)-1]
	}
	return string(utf16.Decode(units))
}
