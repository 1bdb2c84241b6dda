// Package markdown reads a Markdown minutes file (CommonMark with the GFM
// table, strikethrough and task-list extensions) into the neutral source
// model: headings, paragraphs, list items and tables, each with the line and
// column where its text starts in the original file.
//
// Decisions worth knowing when consuming the result:
//
//   - A paragraph is one Paragraph block; its lines are joined with "\n",
//     soft and hard line breaks alike, because minutes put one fact per line
//     ("Present: ...", then "Regrets: ..."). The block's position is that of
//     the paragraph's first character.
//   - A heading's position is the first character of its text, not the '#'
//     (the '#' only for an empty ATX heading).
//   - A list item's position is the first character of its first paragraph
//     (the '[' of a task box); an item that does not start with a paragraph
//     is positioned at its marker.
//   - Code blocks become Paragraph blocks with Style "code" and their raw
//     content; HTML blocks become Paragraph blocks with Style "html" and
//     their raw text, HTML comments removed (a block holding only comments,
//     such as doctoc markers, produces nothing).
//   - Blocks without any text are dropped, except headings and list items,
//     which carry structure even when empty.
//   - Columns count runes; tabs count as one.
package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/minuteslint/minuteslint/source"
)

// Read parses Markdown held in data (already decoded to UTF-8 by the caller,
// no BOM, LF line ends). name is used only in messages.
func Read(name string, data []byte) (f *source.File, err error) {
	// goldmark reports no errors; a panic inside it is the only way it can
	// fail, and a reader must not take the caller down with it.
	defer func() {
		if r := recover(); r != nil {
			f = nil
			err = fmt.Errorf("markdown: %s: parser failure: %v", name, r)
		}
	}()

	// Tolerated although the caller strips it: a BOM would otherwise turn
	// a first-line heading into a paragraph.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))

	start, props := frontMatter(data)
	body := data[start:]
	firstLine := 1 + bytes.Count(data[:start], []byte("\n"))

	doc := newParser().Parse(text.NewReader(capNesting(body)))

	c := &converter{src: body, loc: newLocator(body, firstLine)}
	c.block(doc, 0)
	return &source.File{
		Name:   name,
		Format: source.Markdown,
		Blocks: c.blocks,
		Props:  props,
	}, nil
}

// newParser builds a parser per call: cheap next to parsing, and it avoids
// relying on goldmark parsers being safe for concurrent use, which goldmark
// does not document.
func newParser() parser.Parser {
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList),
		goldmark.WithParserOptions(
			// Pandoc and Hugo put identifiers after headings ("{#id}").
			parser.WithHeadingAttribute(),
			parser.WithParagraphTransformers(
				// Lower values run first: before link-reference extraction
				// (100) and table detection (200), and again after them on
				// whatever paragraph is left.
				util.Prioritized(inlineGuard{}, 0),
				util.Prioritized(inlineGuard{late: true}, 1000),
			),
		),
	)
	return md.Parser()
}
