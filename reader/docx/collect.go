package docx

import (
	"strings"
	"unicode/utf8"

	"github.com/minuteslint/minuteslint/source"
	"golang.org/x/text/unicode/norm"
)

func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// collector gathers the text of something that may span runs and
// paragraphs (a tracked change, a field result, a comment's anchor).
// Paragraphs are joined by "\n". Text is capped per collector and across
// the file, so nesting cannot multiply memory.
type collector struct {
	b   strings.Builder
	sep bool // a paragraph ended since the last write
	r   *reader
}

func (r *reader) newCollector() *collector { return &collector{r: r} }

func (c *collector) add(s string) {
	if c == nil || s == "" {
		return
	}
	if c.sep {
		c.sep = false
		if c.b.Len() > 0 {
			c.write("\n")
		}
	}
	c.write(s)
}

func (c *collector) write(s string) {
	room := min(maxMarkText-c.b.Len(), c.r.markRoom)
	if room <= 0 {
		return
	}
	if len(s) > room {
		s = cutUTF8(s, room)
	}
	c.b.WriteString(s)
	c.r.markRoom -= len(s)
}

// para notes a paragraph end; the separator is written only if more text
// follows, so collected text never ends in a stray newline.
func (c *collector) para() {
	if c != nil {
		c.sep = true
	}
}

func (c *collector) String() string {
	if c == nil {
		return ""
	}
	return c.b.String()
}

// cutUTF8 shortens s to at most n bytes without splitting a character.
func cutUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// markB is a mark being built: its text may still be growing when later
// marks are created, and marks stay in the order they were opened.
type markB struct {
	m       source.Mark
	text    *collector // nil: m.Text is final
	result  *collector
	comment *comment
	trim    bool // trim Text (field instructions, placeholders)
}

func (m *markB) build() source.Mark {
	out := m.m
	if m.text != nil {
		s := m.text.String()
		if m.trim {
			s = strings.TrimSpace(s)
		}
		out.Text = nfc(s)
	}
	if m.result != nil {
		out.Result = nfc(strings.TrimSpace(m.result.String()))
	}
	if c := m.comment; c != nil {
		out.Author, out.Date, out.Text, out.Resolved = c.author, c.date, c.text, c.done
		if c.anchor != nil {
			out.Anchor = nfc(strings.TrimSpace(c.anchor.String()))
		}
	}
	return out
}
