package worddoc

import "strings"

const (
	maxStyles = 0x0FFF // istd is 12 bits
	istdNil   = 0x0FFF
	stiUser   = 0x0FFE
	stkPara   = 1
	stkChar   = 2
)

// style is one stylesheet entry.
type style struct {
	name  string
	sti   uint16
	stk   uint8
	base  uint16
	papx  []byte // grpprl of the paragraph UPX
	valid bool
}

// builtinNames are Word's English names of built-in styles by sti, for
// files that store a localised name or none.
var builtinNames = map[uint16]string{
	0: "Normal", 1: "heading 1", 2: "heading 2", 3: "heading 3", 4: "heading 4",
	5: "heading 5", 6: "heading 6", 7: "heading 7", 8: "heading 8", 9: "heading 9",
	19: "toc 1", 20: "toc 2", 21: "toc 3", 22: "toc 4", 23: "toc 5",
	24: "toc 6", 25: "toc 7", 26: "toc 8", 27: "toc 9",
	29: "footnote text", 30: "annotation text", 31: "header", 32: "footer",
	34: "caption", 47: "List", 48: "List Bullet", 49: "List Number",
	62: "Title", 65: "Default Paragraph Font", 66: "Body Text", 74: "Subtitle",
}

func parseStyles(b []byte) []style {
	cbStshi := int(u16(b, 0))
	stshi, ok := span(b, 2, int64(cbStshi))
	if !ok || cbStshi < 4 {
		return nil
	}
	cstd := min(int(u16(stshi, 0)), maxStyles)
	cbBase := int(u16(stshi, 2))
	styles := make([]style, 0, cstd)
	pos := int64(2 + cbStshi)
	for range cstd {
		if pos+2 > int64(len(b)) {
			break
		}
		cbStd := int64(u16(b, int(pos)))
		std, ok := span(b, pos+2, cbStd)
		if !ok {
			break
		}
		pos += 2 + cbStd
		styles = append(styles, parseStd(std, cbBase))
	}
	return styles
}

func parseStd(std []byte, cbBase int) style {
	if len(std) < 10 || cbBase < 10 || cbBase+2 > len(std) {
		return style{}
	}
	s := style{
		sti:   u16(std, 0) & 0x0FFF,
		stk:   std[2] & 0x0F,
		base:  u16(std, 2) >> 4,
		valid: true,
	}
	cupx := int(std[4] & 0x0F)
	cch := int(u16(std, cbBase))
	name, ok := span(std, int64(cbBase+2), int64(2*cch))
	if !ok {
		return s
	}
	s.name = utf16String(name)
	// The UPXs follow the name's terminating null.
	pos := cbBase + 2 + 2*cch + 2
	for k := range cupx {
		if pos+2 > len(std) {
			break
		}
		cb := int(u16(std, pos))
		upx, ok := span(std, int64(pos+2), int64(cb))
		if !ok {
			break
		}
		if k == 0 && s.stk == stkPara && len(upx) >= 2 {
			s.papx = upx[2:] // after the istd
		}
		pos += 2 + cb + cb&1
	}
	return s
}

// styleName is the name to report for a style: Word's English name for
// known built-in styles, otherwise the stored name without its aliases.
func (s style) styleName() string {
	if s.sti != stiUser {
		if n, ok := builtinNames[s.sti]; ok {
			return n
		}
	}
	n, _, _ := strings.Cut(s.name, ",")
	return strings.TrimSpace(n)
}
