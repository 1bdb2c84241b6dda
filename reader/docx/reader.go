package docx

import (
	"errors"
	"fmt"

	"github.com/minuteslint/minuteslint/source"
)

// reader holds what is shared by the parts of one file.
type reader struct {
	pkg    *pkg
	file   *source.File
	styles *styles
	num    *numbering

	comments     map[string]*comment
	commentOrder []*comment

	items     int                // paragraphs, rows, cells and marks, for maxItems
	markRoom  int                // bytes marks may still collect, for maxMarkBytes
	markLists [][]*markB         // marks of each part in reading order
	counts    map[string]*[2]int // paragraph and table counts per Pos.Part
	hdrOrder  []string           // header/footer relationship ids as the body references them
	// joined holds the paragraphs whose paragraph mark is a tracked
	// deletion: accepted, they run on into the next paragraph.
	joined map[source.Position]bool
}

type comment struct {
	id, author, date string
	text             string
	paraID           string
	done             bool
	firstPara        int
	used             bool
	anchor           *collector
}

func (r *reader) read() error {
	r.styles, r.num = newStyles(), newNumbering()
	r.markRoom = maxMarkBytes
	r.counts = map[string]*[2]int{}

	pkgRels, ok, err := r.readRels("")
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("not a Word file: no _rels/.rels (a ZIP archive, but not an Office package)")
	}
	main := ""
	for _, rl := range pkgRels {
		if hasType(rl.typ, "officeDocument") && !rl.external {
			main = rl.target
			break
		}
	}
	if main == "" {
		return errors.New("no main document part (_rels/.rels names none)")
	}
	if !r.pkg.has(main) {
		return fmt.Errorf("main document part %s is missing", main)
	}
	docRels, _, err := r.readRels(main)
	if err != nil {
		return err
	}
	first := func(kind string) string {
		for _, rl := range docRels {
			if hasType(rl.typ, kind) && !rl.external {
				return rl.target
			}
		}
		return ""
	}

	// Styles and numbering first: the body needs them. Then comments, so
	// the body can place each one where its reference sits.
	if p := first("styles"); p != "" {
		if err := r.readStyles(p); err != nil {
			return err
		}
	}
	if p := first("numbering"); p != "" {
		if err := r.readNumbering(p); err != nil {
			return err
		}
	}
	if p := first("settings"); p != "" {
		if err := r.readSettings(p); err != nil {
			return err
		}
	}
	var commentMarks []*markB
	if p := first("comments"); p != "" {
		if commentMarks, err = r.readComments(p, first("commentsExtended")); err != nil {
			return err
		}
	}

	if err := r.readMain(main); err != nil {
		return err
	}
	if err := r.readNotes(first("footnotes"), "footnotes", "footnote"); err != nil {
		return err
	}
	if err := r.readNotes(first("endnotes"), "endnotes", "endnote"); err != nil {
		return err
	}
	if err := r.readHeadersFooters(docRels); err != nil {
		return err
	}

	for _, rl := range pkgRels {
		switch {
		case rl.external:
		case hasType(rl.typ, "core-properties"):
			if err := r.readCore(rl.target); err != nil {
				return err
			}
		case hasType(rl.typ, "extended-properties"):
			if err := r.readApp(rl.target); err != nil {
				return err
			}
		}
	}

	r.markLists = append(r.markLists, commentMarks)
	for _, list := range r.markLists {
		for _, m := range list {
			r.file.Marks = append(r.file.Marks, m.build())
		}
	}
	// Comments no reference points at are still reported, located in the
	// comments part.
	for _, c := range r.commentOrder {
		if !c.used {
			m := markB{m: source.Mark{Kind: source.Comment, Pos: source.Position{Part: "comments", Paragraph: c.firstPara}}, comment: c}
			r.file.Marks = append(r.file.Marks, m.build())
		}
	}
	return nil
}

// readPart streams part to fn, which gets the root element just read. A
// missing part is not an error: Word files omit parts they do not need.
func (r *reader) readPart(part string, fn func(x *xr, root *event) error) error {
	rc, ok, err := r.pkg.open(part)
	if err != nil || !ok {
		return err
	}
	defer rc.Close()
	x := newXR(rc, part)
	root, err := x.root()
	if err != nil {
		return err
	}
	return fn(x, root)
}

// readRels reads the relationships of part ("" = the package); ok is false
// when it has none.
func (r *reader) readRels(part string) (rels []rel, ok bool, err error) {
	name := relsName(part)
	if !r.pkg.has(name) {
		return nil, false, nil
	}
	err = r.readPart(name, func(x *xr, root *event) error {
		return x.children(func(ev *event) error {
			if ev.local == "Relationship" {
				rl := rel{id: anyAttr(ev, "Id"), typ: anyAttr(ev, "Type")}
				target := anyAttr(ev, "Target")
				if anyAttr(ev, "TargetMode") == "External" {
					rl.external, rl.target = true, target
				} else {
					rl.target = resolveTarget(part, target)
				}
				rels = append(rels, rl)
			}
			return x.skip()
		})
	})
	return rels, true, err
}

func (r *reader) readMain(part string) error {
	return r.readPart(part, func(x *xr, root *event) error {
		if !root.is(nsW, "document") {
			return fmt.Errorf("not a Word file: main part %s is not a WordprocessingML document (root element %q)", part, root.local)
		}
		p := r.newParser(x, "", part)
		p.main = true
		err := x.children(func(ev *event) error {
			if ev.is(nsW, "body") {
				err := x.children(func(ev *event) error { return p.blockChild(ev, &r.file.Blocks) })
				r.file.Blocks = r.join(r.file.Blocks)
				return err
			}
			return x.skip()
		})
		p.done()
		return err
	})
}

// readNotes reads footnotes or endnotes; the separators Word keeps among
// them are counted as paragraphs but carry no text.
func (r *reader) readNotes(part, kind, elem string) error {
	if part == "" {
		return nil
	}
	return r.readPart(part, func(x *xr, root *event) error {
		p := r.newParser(x, kind, part)
		err := x.children(func(ev *event) error {
			if !ev.is(nsW, elem) {
				return x.skip()
			}
			var blocks []source.Block
			typ := ev.wattr("type")
			p.story = &story{} // each note is a story of its own
			if err := x.children(func(ev *event) error { return p.blockChild(ev, &blocks) }); err != nil {
				return err
			}
			blocks = r.join(blocks)
			switch typ {
			case "separator", "continuationSeparator", "continuationNotice":
			default:
				r.file.Notes = append(r.file.Notes, blocks...)
			}
			return nil
		})
		p.done()
		return err
	})
}

// readHeadersFooters reads each header and footer part once, in the order
// the sections reference them, then any the body does not reference.
func (r *reader) readHeadersFooters(docRels []rel) error {
	seen := map[string]bool{}
	var order []rel
	byID := map[string]rel{}
	for _, rl := range docRels {
		byID[rl.id] = rl
	}
	for _, id := range r.hdrOrder {
		if rl, ok := byID[id]; ok {
			order = append(order, rl)
		}
	}
	order = append(order, docRels...)
	for _, rl := range order {
		kind := ""
		switch {
		case rl.external:
		case hasType(rl.typ, "header"):
			kind = "header"
		case hasType(rl.typ, "footer"):
			kind = "footer"
		}
		if kind == "" || seen[rl.target] {
			continue
		}
		seen[rl.target] = true
		err := r.readPart(rl.target, func(x *xr, root *event) error {
			p := r.newParser(x, kind, rl.target)
			start := len(r.file.Notes)
			err := x.children(func(ev *event) error { return p.blockChild(ev, &r.file.Notes) })
			r.file.Notes = append(r.file.Notes[:start], r.join(r.file.Notes[start:])...)
			p.done()
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// readComments reads comments.xml (and commentsExtended.xml for the done
// flags). The marks of tracked changes inside comments are returned.
func (r *reader) readComments(part, ext string) ([]*markB, error) {
	var marks []*markB
	err := r.readPart(part, func(x *xr, root *event) error {
		p := r.newParser(x, "comments", part)
		p.noCmts = true
		err := x.children(func(ev *event) error {
			if !ev.is(nsW, "comment") {
				return x.skip()
			}
			c := &comment{id: ev.wattr("id"), author: ev.wattr("author"), date: ev.wattr("date"), firstPara: p.para + 1}
			p.lastPara, p.story = "", &story{}
			var blocks []source.Block
			if err := x.children(func(ev *event) error { return p.blockChild(ev, &blocks) }); err != nil {
				return err
			}
			blocks = r.join(blocks)
			c.text, c.paraID = source.BlocksText(blocks), p.lastPara
			if _, dup := r.comments[c.id]; !dup {
				r.comments[c.id] = c
				r.commentOrder = append(r.commentOrder, c)
			}
			return nil
		})
		marks = p.marks
		return err
	})
	if err != nil || ext == "" {
		return marks, err
	}
	done := map[string]bool{}
	err = r.readPart(ext, func(x *xr, root *event) error {
		return x.children(func(ev *event) error {
			if ev.is(nsW15, "commentEx") {
				id, _ := ev.attrNS(nsW15, "paraId")
				d, _ := ev.attrNS(nsW15, "done")
				done[id] = onOffAttr(d)
			}
			return x.skip()
		})
	})
	for _, c := range r.commentOrder {
		c.done = c.paraID != "" && done[c.paraID]
	}
	return marks, err
}

func (r *reader) readSettings(part string) error {
	return r.readPart(part, func(x *xr, root *event) error {
		return x.children(func(ev *event) error {
			if ev.is(nsW, "trackRevisions") {
				r.file.Props.TrackRevisions = onOff(ev)
			}
			return x.skip()
		})
	})
}

// readCore reads docProps/core.xml. Its elements come from Dublin Core and
// OPC namespaces that no other element shares, so local names suffice.
func (r *reader) readCore(part string) error {
	pr := &r.file.Props
	fields := map[string]*string{
		"title": &pr.Title, "subject": &pr.Subject, "creator": &pr.Creator,
		"lastModifiedBy": &pr.LastModifiedBy, "created": &pr.Created, "modified": &pr.Modified,
	}
	return r.readPart(part, func(x *xr, root *event) error { return readFields(x, fields) })
}

func (r *reader) readApp(part string) error {
	pr := &r.file.Props
	fields := map[string]*string{"Application": &pr.Application, "Template": &pr.Template}
	return r.readPart(part, func(x *xr, root *event) error { return readFields(x, fields) })
}

func readFields(x *xr, fields map[string]*string) error {
	return x.children(func(ev *event) error {
		dst, ok := fields[ev.local]
		if !ok {
			return x.skip()
		}
		s, err := x.text()
		if *dst == "" {
			*dst = cleanSpace(s)
		}
		return err
	})
}

// join runs each paragraph whose mark is deleted on into the paragraph
// after it, as accepting the change does: the text of both, at the first
// one's place, with the second one's style, heading level and number. A
// paragraph that a table or the end of its container follows stays as it
// is.
func (r *reader) join(blocks []source.Block) []source.Block {
	if len(r.joined) == 0 {
		return blocks
	}
	out := blocks[:0]
	var pending *source.Block
	for _, b := range blocks {
		prose := b.Kind != source.Table
		gone := prose && r.joined[b.Pos]
		if pending != nil && prose {
			delete(r.joined, pending.Pos)
			b.Text = pending.Text + b.Text
			b.Pos = pending.Pos
			pending = nil
		} else if pending != nil {
			out = append(out, *pending)
			pending = nil
		}
		if gone {
			pb := b
			pending = &pb
			continue
		}
		out = append(out, b)
	}
	if pending != nil {
		out = append(out, *pending)
	}
	return out
}
