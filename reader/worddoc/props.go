package worddoc

import (
	"bytes"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/minuteslint/minuteslint/source"
)

// fmtidSummary is FMTID_SummaryInformation as stored (little-endian GUID).
var fmtidSummary = []byte{
	0xE0, 0x85, 0x9F, 0xF2, 0xF9, 0x4F, 0x68, 0x10,
	0xAB, 0x91, 0x08, 0x00, 0x2B, 0x27, 0xB3, 0xD9,
}

// Property identifiers of the summary information property set.
const (
	pidCodepage   = 1
	pidTitle      = 2
	pidSubject    = 3
	pidAuthor     = 4
	pidTemplate   = 7
	pidLastAuthor = 8
	pidCreated    = 12
	pidSaved      = 13
	pidAppName    = 18

	vtI2       = 0x02
	vtLPStr    = 0x1E
	vtLPWStr   = 0x1F
	vtFileTime = 0x40

	maxProps = 1 << 10
)

// readSummary fills p from a \x05SummaryInformation property set stream.
// Anything malformed is skipped: properties are a nicety.
func readSummary(b []byte, p *source.Properties) {
	if u16(b, 0) != 0xFFFE || u32(b, 24) < 1 {
		return
	}
	if id, ok := span(b, 28, 16); !ok || !bytes.Equal(id, fmtidSummary) {
		return
	}
	off := int64(u32(b, 44))
	if off+8 > int64(len(b)) {
		return
	}
	set := b[off:]
	set = set[:min(int64(len(set)), int64(u32(set, 0)))]
	n := min(int(u32(set, 4)), maxProps, (len(set)-8)/8)
	value := func(pid uint32) []byte {
		for i := range n {
			if u32(set, 8+8*i) == pid {
				at := int64(u32(set, 12+8*i))
				if _, ok := span(set, at, 4); !ok {
					return nil
				}
				return set[at:]
			}
		}
		return nil
	}
	var dec *encoding.Decoder
	cp := -1
	if v := value(pidCodepage); u16(v, 0) == vtI2 {
		cp = int(u16(v, 4))
	}
	if cm := codepage(cp); cm != nil {
		dec = cm.NewDecoder()
	}
	str := func(pid uint32) string {
		v := value(pid)
		switch u16(v, 0) {
		case vtLPStr:
			s, ok := span(v, 8, int64(u32(v, 4)))
			if !ok {
				return ""
			}
			if i := bytes.IndexByte(s, 0); i >= 0 {
				s = s[:i]
			}
			if cp == 65001 || dec == nil {
				if utf8.Valid(s) {
					return string(s)
				}
				return ""
			}
			out, err := dec.Bytes(s)
			if err != nil {
				return ""
			}
			return string(out)
		case vtLPWStr:
			s, ok := span(v, 8, 2*int64(u32(v, 4)))
			if !ok {
				return ""
			}
			return utf16String(s)
		}
		return ""
	}
	date := func(pid uint32) string {
		v := value(pid)
		if u16(v, 0) != vtFileTime || len(v) < 12 {
			return ""
		}
		ft := uint64(u32(v, 4)) | uint64(u32(v, 8))<<32
		// FILETIME counts 100 ns from 1601; zero and absurd values mean
		// "not set".
		const epochDiff = 116444736000000000
		if ft <= epochDiff || ft > epochDiff+4102444800*10000000 {
			return ""
		}
		return time.Unix(0, int64(ft-epochDiff)*100).UTC().Format(time.RFC3339)
	}
	p.Title = str(pidTitle)
	p.Subject = str(pidSubject)
	p.Creator = str(pidAuthor)
	p.LastModifiedBy = str(pidLastAuthor)
	p.Template = str(pidTemplate)
	p.Application = str(pidAppName)
	p.Created = date(pidCreated)
	p.Modified = date(pidSaved)
}

// codepage returns the charmap for a Windows code page, nil for UTF-8 or
// unknown ones (Windows-1252 then).
func codepage(cp int) *charmap.Charmap {
	switch cp {
	case 65001:
		return nil
	case 1250:
		return charmap.Windows1250
	case 1251:
		return charmap.Windows1251
	case 1253:
		return charmap.Windows1253
	case 1254:
		return charmap.Windows1254
	case 1255:
		return charmap.Windows1255
	case 1256:
		return charmap.Windows1256
	case 1257:
		return charmap.Windows1257
	case 1258:
		return charmap.Windows1258
	case 10000:
		return charmap.Macintosh
	case 437:
		return charmap.CodePage437
	case 850:
		return charmap.CodePage850
	}
	return charmap.Windows1252
}
