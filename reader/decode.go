package reader

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Decode turns the bytes of a text file into NFC UTF-8 with LF line ends.
// It honours a byte-order mark, recognises UTF-16 without one (Word's
// "Unicode text" export), and falls back to Windows-1252 for bytes that
// are not UTF-8. It names the encoding it used.
func Decode(data []byte) (text string, enc string, err error) {
	var dec *encoding.Decoder
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data, enc = data[3:], "UTF-8 with BOM"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		dec, enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder(), "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec, enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder(), "UTF-16BE"
	default:
		switch utf16Order(data) {
		case 'L':
			dec, enc = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder(), "UTF-16LE"
		case 'B':
			dec, enc = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder(), "UTF-16BE"
		default:
			if utf8.Valid(data) {
				enc = "UTF-8"
			} else {
				dec, enc = charmap.Windows1252.NewDecoder(), "Windows-1252"
			}
		}
	}
	if dec != nil {
		out, derr := dec.Bytes(data)
		if derr != nil {
			return "", enc, errors.New("cannot decode as " + enc + ": " + derr.Error())
		}
		data = out
	}
	if binary(data) {
		return "", enc, errors.New("binary data: not a text, Markdown or Word file")
	}
	s := string(data)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return norm.NFC.String(s), enc, nil
}

// utf16Order guesses UTF-16 without a byte-order mark from the zero bytes
// that ASCII characters leave in every other position.
func utf16Order(data []byte) byte {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return 0
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 > pairs*6 && evenZero*10 < pairs:
		return 'L'
	case evenZero*10 > pairs*6 && oddZero*10 < pairs:
		return 'B'
	}
	return 0
}

// binary reports whether decoded text holds control characters that no
// text export contains.
func binary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	n := min(len(data), 64<<10)
	ctrl := 0
	for _, c := range data[:n] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > n
}
