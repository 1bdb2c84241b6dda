package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Symbol-font characters. Word stores a character of a symbol font as a
// private-use code point U+F0xx whose low byte is the font's own code; the
// tables below give the Unicode character for the codes that matter in
// minutes (Greek letters, arrows, bullets, check marks and boxes).
const (
	// Codes 0x20-0x7E.
	symbolLow = " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"
	// Codes 0xA0-0xFE.
	symbolHigh = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓" +
		"◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\uFFFD〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭"
)

var (
	symbolLowRunes  = []rune(symbolLow)
	symbolHighRunes = []rune(symbolHigh)
)

var wingdings = map[byte]rune{
	0x4A: '☺', 0x4C: '☹', 0x6C: '●', 0x6E: '■', 0x6F: '□', 0x71: '❑',
	0x75: '◆', 0x76: '❖', 0x77: '⬥', 0x9F: '•', 0xA1: '○', 0xA7: '▪',
	0xA8: '◻', 0xAB: '★', 0xD8: '➢', 0xE8: '➔', 0xF0: '⇨', 0xFB: '✗',
	0xFC: '✓', 0xFD: '☒', 0xFE: '☑',
}

var wingdings2 = map[byte]rune{
	0x2A: '☐', 0x4F: '✗', 0x50: '✓', 0x51: '☒', 0x52: '☑', 0x53: '☒',
	0x54: '☒', 0xA3: '☐',
}

// symbolChar maps a character of a symbol font to Unicode. Characters
// outside the private-use symbol range are returned unchanged; symbol
// characters without a known equivalent become U+FFFD.
func symbolChar(font string, r rune) rune {
	if r < 0xF000 || r > 0xF0FF {
		return r
	}
	c := byte(r - 0xF000)
	f := strings.ToLower(strings.TrimSpace(font))
	switch {
	case f == "" || f == "symbol":
		switch {
		case c >= 0x20 && c <= 0x7E:
			return symbolLowRunes[c-0x20]
		case c >= 0xA0 && c <= 0xFE:
			return symbolHighRunes[c-0xA0]
		}
	case f == "wingdings 2":
		if m, ok := wingdings2[c]; ok {
			return m
		}
	case strings.HasPrefix(f, "wingdings"):
		if m, ok := wingdings[c]; ok {
			return m
		}
	}
	return utf8.RuneError
}

// symText renders a w:sym (or w16se:symEx) element: char is the hexadecimal
// code, font the symbol font.
func symText(font, char string) string {
	n, err := strconv.ParseUint(strings.TrimSpace(char), 16, 32)
	if err != nil {
		return string(utf8.RuneError)
	}
	r := rune(n)
	// Some writers store the bare font code (00B7) instead of F0B7.
	if r < 0x100 && font != "" {
		if m := symbolChar(font, 0xF000+r); m != utf8.RuneError {
			return string(m)
		}
	}
	r = symbolChar(font, r)
	if !utf8.ValidRune(r) || r == 0 {
		r = utf8.RuneError
	}
	return string(r)
}
