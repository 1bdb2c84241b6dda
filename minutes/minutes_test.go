package minutes

import (
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestPlaceAt(t *testing.T) {
	text := "Mark: how many have read it?\nYutaka: ?\nLarry: yes"
	at := Place{Pos: source.Position{Line: 245, Column: 3}, Text: text}
	cases := []struct {
		offset    int
		line, col int
		lineText  string
	}{
		{6, 245, 9, "Mark: how many have read it?"},
		{37, 246, 0, "Yutaka: ?"},
		{len(text), 247, 0, "Larry: yes"},
	}
	for _, c := range cases {
		p := at.At(c.offset)
		if p.Pos.Line != c.line || p.Pos.Column != c.col || p.Text != c.lineText {
			t.Errorf("At(%d) = line %d column %d %q; want %d %d %q", c.offset, p.Pos.Line, p.Pos.Column, p.Text, c.line, c.col, c.lineText)
		}
	}
	// A Word paragraph has no line numbers: only the text narrows.
	word := Place{Pos: source.Position{Paragraph: 7}, Text: "a\nb"}
	if p := word.At(2); p.Pos != word.Pos || p.Text != "b" {
		t.Errorf("Word place narrowed to %+v %q", p.Pos, p.Text)
	}
	if p := at.At(-1); p.Text != text {
		t.Error("an offset outside the text changed the place")
	}
}
