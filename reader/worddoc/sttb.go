package worddoc

const maxStrings = 1 << 16

// parseSttb reads a string table (STTB) such as the revision authors.
// Extended tables hold UTF-16 strings; the old form holds bytes.
func parseSttb(b []byte) []string {
	if len(b) < 4 {
		return nil
	}
	extended := u16(b, 0) == 0xFFFF
	pos := 0
	if extended {
		pos = 2
	}
	n := min(int(u16(b, pos)), maxStrings)
	cbExtra := int(u16(b, pos+2))
	pos += 4
	out := make([]string, 0, n)
	for range n {
		var s []byte
		var ok bool
		if extended {
			cch := int(u16(b, pos))
			if s, ok = span(b, int64(pos+2), int64(2*cch)); !ok || pos+2 > len(b) {
				break
			}
			out = append(out, utf16String(s))
			pos += 2 + 2*cch + cbExtra
			continue
		}
		if pos >= len(b) {
			break
		}
		cch := int(b[pos])
		if s, ok = span(b, int64(pos+1), int64(cch)); !ok {
			break
		}
		out = append(out, decodeCompressed(s))
		pos += 1 + cch + cbExtra
	}
	return out
}

// parseXsts reads consecutive length-prefixed UTF-16 strings, as in the
// table of comment authors.
func parseXsts(b []byte) []string {
	var out []string
	for pos := 0; pos+2 <= len(b) && len(out) < maxStrings; {
		cch := int(u16(b, pos))
		s, ok := span(b, int64(pos+2), int64(2*cch))
		if !ok {
			break
		}
		out = append(out, utf16String(s))
		pos += 2 + 2*cch
	}
	return out
}

// decodeCompressed decodes 8-bit text the way compressed pieces are.
func decodeCompressed(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = compressedRunes[c]
	}
	return string(r)
}
