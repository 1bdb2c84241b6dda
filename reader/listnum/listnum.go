// Package listnum renders list and heading numbers the way Word does, for
// the readers of Word's two file formats.
package listnum

import (
	"strconv"
	"strings"
)

// Letters renders 1..26 as a..z, then aa..zz, aaa..: Word repeats the
// letter rather than counting in base 26. base is 'a' or 'A'.
func Letters(n int, base byte) string {
	if n <= 0 || n > 780 {
		return strconv.Itoa(n)
	}
	c := base + byte((n-1)%26)
	return strings.Repeat(string(c), (n-1)/26+1)
}

// Roman renders n in Roman numerals; numbers Word cannot write that way
// stay decimal.
func Roman(n int, upper bool) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	if upper {
		return strings.ToUpper(b.String())
	}
	return b.String()
}

// Ordinal renders 1 as "1st", 12 as "12th", 22 as "22nd".
func Ordinal(n int) string {
	s := strconv.Itoa(n)
	m := n % 100
	if m < 0 {
		m = -m
	}
	switch {
	case m >= 11 && m <= 13:
		return s + "th"
	case m%10 == 1:
		return s + "st"
	case m%10 == 2:
		return s + "nd"
	case m%10 == 3:
		return s + "rd"
	}
	return s + "th"
}
