package markdown

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// locator turns byte offsets into 1-based line numbers and rune columns.
type locator struct {
	src    []byte
	starts []int // offset of each line's first byte
	first  int   // line number of src[0] in the original file

	// The last answer: offsets asked for mostly ascend along a line, so
	// columns are counted on from there instead of from the line start
	// (a table row with thousands of cells stays linear).
	memoLine, memoOff, memoCol int
}

func newLocator(src []byte, firstLine int) *locator {
	starts := make([]int, 1, 1+bytes.Count(src, []byte("\n")))
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &locator{src: src, starts: starts, first: firstLine, memoLine: -1}
}

// at returns the line and column of the byte at off (clamped to src).
func (l *locator) at(off int) (line, col int) {
	off = max(0, min(off, len(l.src)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	if i == l.memoLine && off >= l.memoOff {
		col = l.memoCol + utf8.RuneCount(l.src[l.memoOff:off])
	} else {
		col = 1 + utf8.RuneCount(l.src[l.starts[i]:off])
	}
	l.memoLine, l.memoOff, l.memoCol = i, off, col
	return l.first + i, col
}

// lineEnd returns the offset of the newline ending the line holding off,
// or len(src).
func (l *locator) lineEnd(off int) int {
	off = max(0, min(off, len(l.src)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
	if i < len(l.starts) {
		return l.starts[i] - 1
	}
	return len(l.src)
}
