// Package source is a minutes file as read: a stream of positioned blocks
// (paragraphs, headings, list items, tables) plus what a word-processor file
// carries beside its text (tracked changes, comments, hidden text, fields,
// document properties).
//
// Readers produce a File; the recognizer consumes it. Nothing here knows
// about minutes: a block is a paragraph, not a "disposition".
package source

import "strings"

// Format names the file format a reader understood.
type Format string

// The formats readers produce.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	Docx     Format = "docx"
	Doc      Format = "doc"
)

// Position locates a block in its source file. It is recorded by the reader
// and never recomputed by searching for text afterwards. All numbers are
// 1-based; zero means "not applicable".
type Position struct {
	// Line and Column locate text and Markdown sources (Column counts
	// characters, not bytes).
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// Paragraph is the index of the paragraph among all paragraphs of the
	// part in document order, paragraphs inside table cells included
	// (Word formats).
	Paragraph int `json:"paragraph,omitempty"`
	// Table counts tables in document order, nested tables included; Row
	// and Cell locate a cell inside it (all formats that have tables).
	Table int `json:"table,omitempty"`
	Row   int `json:"row,omitempty"`
	Cell  int `json:"cell,omitempty"`
	// Part names where the block lives when it is not the main text:
	// "footnotes", "endnotes", "header", "footer", "comments".
	Part string `json:"part,omitempty"`
}

// IsZero reports whether p carries no location at all.
func (p Position) IsZero() bool { return p == Position{} }

// Kind says what a block is.
type Kind uint8

// Block kinds.
const (
	Paragraph Kind = iota + 1
	Heading
	ListItem
	Table
)

func (k Kind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case Heading:
		return "heading"
	case ListItem:
		return "list item"
	case Table:
		return "table"
	}
	return "block"
}

// Block is one paragraph, heading, list item or table.
type Block struct {
	Kind Kind
	// Text is the visible text in Unicode NFC: deleted and hidden text
	// excluded, inserted text included, field results rather than field
	// codes. Empty for tables. A line break inside a paragraph is "\n", a
	// tab is "\t".
	Text string
	// Level is the heading level (1 = top) or the list nesting level
	// (1 = outermost).
	Level int
	// Number is a heading's number ("6.1", "Annex A") when the format gives
	// it apart from the text (Word automatic numbering, a number on its own
	// line in extracted text), or a list item's label ("1.", "a)", "•").
	// A number typed into the heading text stays in Text.
	Number string
	// Style is the paragraph style's name as the format states it (Word's
	// built-in English names such as "heading 1"), when known.
	Style string
	Pos   Position
	// Rows holds a table's rows.
	Rows []Row
}

// Row is a table row.
type Row struct {
	Cells []Cell
	// Header marks a header row (Word's repeated header row, a Markdown
	// table's first row).
	Header bool
	Pos    Position
}

// Cell is a table cell. A cell spanning several grid columns appears once;
// a cell continuing a vertical merge carries the text of the cell above it
// and has Merged set.
type Cell struct {
	Blocks []Block
	Span   int
	Merged bool
	Pos    Position
}

// Text is the cell's visible text: its paragraphs joined by newlines
// (nested tables contribute their cells' text).
func (c Cell) Text() string { return BlocksText(c.Blocks) }

// BlocksText is the visible text of blocks, one line per paragraph, a
// table contributing its cells' text.
func BlocksText(blocks []Block) string {
	var parts []string
	for _, b := range blocks {
		if b.Kind == Table {
			for _, r := range b.Rows {
				for _, cc := range r.Cells {
					if t := cc.Text(); t != "" {
						parts = append(parts, t)
					}
				}
			}
			continue
		}
		parts = append(parts, b.Text)
	}
	return strings.TrimSpace(strings.Join(parts, "\n"))
}

// MarkKind says what a Mark records.
type MarkKind uint8

// Mark kinds.
const (
	// Insertion, Deletion, MoveFrom, MoveTo and FormatChange are tracked
	// changes not yet accepted or rejected.
	Insertion MarkKind = iota + 1
	Deletion
	MoveFrom
	MoveTo
	FormatChange
	// Comment is a review comment; Resolved tells whether it is marked done.
	Comment
	// Hidden is text formatted as hidden: excluded from Text, reported here.
	Hidden
	// Field is a field; Text is its instruction, Result its cached result.
	Field
	// Placeholder is a content control still showing its placeholder text.
	Placeholder
)

func (k MarkKind) String() string {
	switch k {
	case Insertion:
		return "insertion"
	case Deletion:
		return "deletion"
	case MoveFrom:
		return "move (from)"
	case MoveTo:
		return "move (to)"
	case FormatChange:
		return "formatting change"
	case Comment:
		return "comment"
	case Hidden:
		return "hidden text"
	case Field:
		return "field"
	case Placeholder:
		return "placeholder"
	}
	return "mark"
}

// Mark is something a word-processor file carries beside its visible text.
type Mark struct {
	Kind   MarkKind
	Author string
	Date   string
	// Text is the inserted, deleted, hidden or commented text, a comment's
	// own text, a field's instruction or a placeholder's text.
	Text string
	// Result is a field's cached result.
	Result string
	// Anchor is the document text a comment is attached to, when known.
	Anchor   string
	Resolved bool
	Pos      Position
}

// Properties are a file's document properties (Word's docProps and
// settings), when the format has them.
type Properties struct {
	Title          string
	Subject        string
	Creator        string
	LastModifiedBy string
	Created        string
	Modified       string
	Application    string
	Template       string
	// TrackRevisions is set when change tracking is still switched on.
	TrackRevisions bool
}

// File is one read source file.
type File struct {
	Name   string
	Format Format
	// Blocks is the main text in document order.
	Blocks []Block
	// Notes holds footnotes, endnotes, headers and footers, each with
	// Pos.Part set.
	Notes []Block
	Marks []Mark
	Props Properties
}

// Walk calls fn for every block of blocks in document order, descending
// into table cells after the table itself. It stops early when fn returns
// false.
func Walk(blocks []Block, fn func(b *Block) bool) bool {
	for i := range blocks {
		b := &blocks[i]
		if !fn(b) {
			return false
		}
		if b.Kind == Table {
			for r := range b.Rows {
				for c := range b.Rows[r].Cells {
					if !Walk(b.Rows[r].Cells[c].Blocks, fn) {
						return false
					}
				}
			}
		}
	}
	return true
}
