package docx

import (
	"github.com/minuteslint/minuteslint/reader/listnum"

	"strconv"
	"strings"
	"unicode/utf8"
)

// formatNumber renders n in a w:numFmt style. Unknown formats fall back to
// decimal, which is what a reader most needs to match numbers against.
func formatNumber(n int, fmtName, custom string) string {
	switch fmtName {
	case "none":
		return ""
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter":
		return listnum.Letters(n, 'A')
	case "lowerLetter":
		return listnum.Letters(n, 'a')
	case "upperRoman":
		return listnum.Roman(n, true)
	case "lowerRoman":
		return listnum.Roman(n, false)
	case "ordinal":
		return listnum.Ordinal(n)
	case "cardinalText":
		return capitalise(cardinal(n))
	case "ordinalText":
		return capitalise(ordinalWords(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune(0x2460 + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune(0x2474 + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune(0x2488 + n - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidth(strconv.Itoa(n))
	case "hex":
		if n >= 0 {
			return strings.ToUpper(strconv.FormatInt(int64(n), 16))
		}
	case "chicago":
		return chicago(n)
	case "custom":
		return customFormat(n, custom)
	}
	return strconv.Itoa(n)
}

var (
	smallWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// cardinal spells n in English (Word's cardinalText), up to 9999.
func cardinal(n int) string {
	switch {
	case n < 0 || n > 9999:
		return strconv.Itoa(n)
	case n < 20:
		return smallWords[n]
	case n < 100:
		if n%10 == 0 {
			return tensWords[n/10]
		}
		return tensWords[n/10] + "-" + smallWords[n%10]
	case n < 1000:
		if n%100 == 0 {
			return smallWords[n/100] + " hundred"
		}
		return smallWords[n/100] + " hundred " + cardinal(n%100)
	}
	if n%1000 == 0 {
		return smallWords[n/1000] + " thousand"
	}
	return smallWords[n/1000] + " thousand " + cardinal(n%1000)
}

var ordinalIrregular = map[string]string{
	"one": "first", "two": "second", "three": "third", "five": "fifth",
	"eight": "eighth", "nine": "ninth", "twelve": "twelfth",
}

// ordinalWords spells n as an English ordinal (Word's ordinalText).
func ordinalWords(n int) string {
	c := cardinal(n)
	if n < 0 || n > 9999 {
		return listnum.Ordinal(n)
	}
	cut := strings.LastIndexAny(c, " -") + 1
	head, last := c[:cut], c[cut:]
	switch {
	case ordinalIrregular[last] != "":
		last = ordinalIrregular[last]
	case strings.HasSuffix(last, "y"):
		last = strings.TrimSuffix(last, "y") + "ieth"
	default:
		last += "th"
	}
	return head + last
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r += 0xFF10 - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// chicago is the footnote sequence *, †, ‡, §, then doubled, tripled...
func chicago(n int) string {
	if n <= 0 || n > 400 {
		return strconv.Itoa(n)
	}
	syms := []string{"*", "†", "‡", "§"}
	return strings.Repeat(syms[(n-1)%4], (n-1)/4+1)
}

// customFormat handles the one custom format Word writes, zero-padded
// decimals given by example ("001, 002, 003, ...").
func customFormat(n int, format string) string {
	first, _, _ := strings.Cut(format, ",")
	first = strings.TrimSpace(first)
	s := strconv.Itoa(n)
	if strings.HasPrefix(first, "0") && len(first) > len(s) && n >= 0 {
		return strings.Repeat("0", len(first)-len(s)) + s
	}
	return s
}

// bulletText is the visible bullet: symbol-font private-use characters
// mapped to Unicode, an empty or unmappable bullet shown as "•".
func bulletText(text, font string) string {
	if text == "" {
		return "•"
	}
	var b strings.Builder
	for _, r := range text {
		if r >= 0xF000 && r <= 0xF0FF {
			m := symbolChar(font, r)
			if m == utf8.RuneError {
				m = '•'
			}
			r = m
		}
		b.WriteRune(r)
	}
	return b.String()
}
