package plaintext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

func TestBlocks(t *testing.T) {
	text := "\tMINUTES\n\n\tMeeting:\n\tSEC 20.5\n\n\tChair:\n\tFrancois\n\n" +
		"1\nOpening of the meeting\nFrancois opened the meeting.\n" +
		"6.1\nEnd-to-End Security\n\tSEC-2016-0002\n\tTitle\n\tQualcomm Inc. (TIA)\n\t2016-01-07\n\n\n" +
		"· On the basis of TR-0012\n1. Add parameter\nAnnex A – Participants List\n6.2 Typed heading\n"
	f := Read("t.txt", text)
	type blk struct {
		kind   source.Kind
		text   string
		number string
		line   int
		col    int
		rows   int
	}
	want := []blk{
		{source.Table, "", "", 1, 2, 1},
		{source.Table, "", "", 3, 2, 2},
		{source.Heading, "Opening of the meeting", "1", 9, 1, 0},
		{source.Paragraph, "Francois opened the meeting.", "", 11, 1, 0},
		{source.Heading, "End-to-End Security", "6.1", 12, 1, 0},
		{source.Table, "", "", 14, 2, 1},
		{source.ListItem, "On the basis of TR-0012", "·", 20, 1, 0},
		{source.ListItem, "Add parameter", "1.", 21, 1, 0},
		{source.Heading, "Annex A – Participants List", "", 22, 1, 0},
		{source.Heading, "6.2 Typed heading", "", 23, 1, 0},
	}
	if len(f.Blocks) != len(want) {
		for _, b := range f.Blocks {
			t.Logf("%s %q %+v", b.Kind, b.Text, b.Pos)
		}
		t.Fatalf("%d blocks, want %d", len(f.Blocks), len(want))
	}
	for i, w := range want {
		b := f.Blocks[i]
		if b.Kind != w.kind || b.Text != w.text || b.Number != w.number || b.Pos.Line != w.line || b.Pos.Column != w.col || len(b.Rows) != w.rows {
			t.Errorf("block %d = %s %q %q line %d col %d rows %d; want %+v", i, b.Kind, b.Text, b.Number, b.Pos.Line, b.Pos.Column, len(b.Rows), w)
		}
	}
	cell := f.Blocks[5].Rows[0].Cells[3]
	if cell.Text() != "2016-01-07" || cell.Pos != (source.Position{Line: 17, Column: 2, Table: 3, Row: 1, Cell: 4}) {
		t.Errorf("cell = %q %+v", cell.Text(), cell.Pos)
	}
	if f.Blocks[4].Level != 2 || f.Blocks[2].Level != 1 {
		t.Errorf("heading levels %d %d", f.Blocks[2].Level, f.Blocks[4].Level)
	}
}

func TestSeed(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seed/sec-20.5-interim-minutes.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := Read("seed.txt", string(data))
	var numbers []string
	tables := 0
	source.Walk(f.Blocks, func(b *source.Block) bool {
		if b.Kind == source.Heading && b.Number != "" {
			numbers = append(numbers, b.Number)
		}
		if b.Kind == source.Table {
			tables++
		}
		return true
	})
	if got := strings.Join(numbers, " "); got != "1 2 3 4 5 6 6.1 6.2 6.3 6.4 7 8 9 10" {
		t.Errorf("section numbers %s", got)
	}
	// The participants table: a header row and eight people.
	var participants *source.Block
	for i := range f.Blocks {
		if b := &f.Blocks[i]; b.Kind == source.Table && len(b.Rows) > 0 && b.Rows[0].Cells[0].Text() == "Firstname" {
			participants = b
		}
	}
	if participants == nil || len(participants.Rows) != 9 {
		t.Fatalf("participants table: %+v", participants)
	}
}

// TestIndentedHeadings reads headings as LibreOffice saves them as text:
// indented, the number before the title. Indented list items and
// sentences are not headings.
func TestIndentedHeadings(t *testing.T) {
	text := "    1 Opening of the meeting\n        6.1 End-to-End Security\n    1. Add parameter\n    2 people attended the call.\n    3 members were absent\n"
	f := Read("t.txt", text)
	var got []string
	for _, b := range f.Blocks {
		got = append(got, fmt.Sprintf("%s %s %q L%d", b.Kind, b.Number, b.Text, b.Level))
	}
	want := []string{
		`heading 1 "Opening of the meeting" L1`,
		`heading 6.1 "End-to-End Security" L2`,
		`list item 1. "Add parameter" L1`,
		`paragraph  "2 people attended the call." L0`,
		`paragraph  "3 members were absent" L0`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
