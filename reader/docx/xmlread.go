package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
)

// nsID identifies the namespaces the reader cares about, whatever prefix a
// file binds them to.
type nsID uint8

const (
	nsOther nsID = iota
	nsW          // WordprocessingML main, Transitional or Strict
	nsMC         // markup compatibility
	nsR          // officeDocument relationships
	nsWPS        // Word 2010 shapes (text boxes)
	nsWPG        // Word 2010 shape groups
	nsWPC        // Word 2010 drawing canvas
	nsWP14       // Word 2010 drawing extensions
	nsW14        // Word 2010 extensions (paraId)
	nsW15        // Word 2012 extensions (commentEx)
	nsW16SE      // Word 2015 symbol extension (emoji)
	nsV          // VML (legacy text boxes)
	nsRels       // package relationships
	nsMath       // Office math
)

var namespaces = map[string]nsID{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main":        nsW,
	"http://purl.oclc.org/ooxml/wordprocessingml/main":                    nsW,
	"http://schemas.openxmlformats.org/markup-compatibility/2006":         nsMC,
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships": nsR,
	"http://purl.oclc.org/ooxml/officeDocument/relationships":             nsR,
	"http://schemas.microsoft.com/office/word/2010/wordprocessingShape":   nsWPS,
	"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup":   nsWPG,
	"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas":  nsWPC,
	"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing": nsWP14,
	"http://schemas.microsoft.com/office/word/2010/wordml":                nsW14,
	"http://schemas.microsoft.com/office/word/2012/wordml":                nsW15,
	"http://schemas.microsoft.com/office/word/2015/wordml/symex":          nsW16SE,
	"urn:schemas-microsoft-com:vml":                                       nsV,
	"http://schemas.openxmlformats.org/package/2006/relationships":        nsRels,
	"http://schemas.openxmlformats.org/officeDocument/2006/math":          nsMath,
	"http://purl.oclc.org/ooxml/officeDocument/math":                      nsMath,
}

func nsOf(uri string) nsID {
	if uri == "" {
		return nsOther
	}
	return namespaces[uri]
}

// understood lists the namespaces whose mc:Choice content this reader
// handles: it reads the text boxes of wps/wpg/wpc shapes and the symbols of
// w16se, and the w14/w15 extensions carry nothing it would lose.
var understood = map[nsID]bool{
	nsW: true, nsMC: true, nsR: true, nsWPS: true, nsWPG: true, nsWPC: true,
	nsWP14: true, nsW14: true, nsW15: true, nsW16SE: true, nsV: true,
}

type evKind uint8

const (
	evStart evKind = iota + 1
	evEnd
	evText
)

// event is one XML token reduced to what the parser needs. The reader
// reuses it: it is valid until the next call to next.
type event struct {
	kind  evKind
	ns    nsID
	local string
	attr  []xml.Attr
	raw   []byte // evText only
}

func (e *event) is(ns nsID, local string) bool { return e.ns == ns && e.local == local }

// attrNS returns the attribute local in namespace ns. WordprocessingML
// attributes are looked up in the W namespace and, for files written by
// careless tools, without a namespace.
func (e *event) attrNS(ns nsID, local string) (string, bool) {
	for _, a := range e.attr {
		if a.Name.Local != local {
			continue
		}
		if nsOf(a.Name.Space) == ns || (ns == nsW && a.Name.Space == "") {
			return a.Value, true
		}
	}
	return "", false
}

// val is the common w:val attribute.
func (e *event) val() string {
	v, _ := e.attrNS(nsW, "val")
	return v
}

func (e *event) wattr(local string) string {
	v, _ := e.attrNS(nsW, local)
	return v
}

// xr streams the tokens of one part with encoding/xml, capping depth and
// keeping the prefix bindings in scope: mc:Choice names its requirements
// by prefix, which encoding/xml does not resolve in attribute values.
type xr struct {
	d     *xml.Decoder
	part  string
	depth int
	pfx   map[string]nsID
	undo  []nsUndo
	ev    event
}

type nsUndo struct {
	depth  int
	prefix string
	old    nsID
	had    bool
}

func newXR(r io.Reader, part string) *xr {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return enc.NewDecoder().Reader(in), nil
	}
	return &xr{d: d, part: part, pfx: map[string]nsID{}}
}

func (x *xr) next() (*event, error) {
	for {
		t, err := x.d.Token()
		if err != nil {
			return nil, x.wrap(err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			x.depth++
			if x.depth > maxDepth {
				return nil, fmt.Errorf("XML nested deeper than %d levels in %s", maxDepth, x.part)
			}
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" {
					old, had := x.pfx[a.Name.Local]
					x.undo = append(x.undo, nsUndo{x.depth, a.Name.Local, old, had})
					x.pfx[a.Name.Local] = nsOf(a.Value)
				}
			}
			x.ev = event{kind: evStart, ns: nsOf(t.Name.Space), local: t.Name.Local, attr: t.Attr}
			return &x.ev, nil
		case xml.EndElement:
			for len(x.undo) > 0 && x.undo[len(x.undo)-1].depth == x.depth {
				u := x.undo[len(x.undo)-1]
				x.undo = x.undo[:len(x.undo)-1]
				if u.had {
					x.pfx[u.prefix] = u.old
				} else {
					delete(x.pfx, u.prefix)
				}
			}
			x.depth--
			x.ev = event{kind: evEnd, ns: nsOf(t.Name.Space), local: t.Name.Local}
			return &x.ev, nil
		case xml.CharData:
			x.ev = event{kind: evText, raw: t}
			return &x.ev, nil
		}
	}
}

func (x *xr) line() int {
	line, _ := x.d.InputPos()
	return line
}

func (x *xr) wrap(err error) error {
	var se *sizeError
	var ze *zipError
	var syn *xml.SyntaxError
	switch {
	case errors.As(err, &se):
		return se
	case errors.As(err, &ze):
		return fmt.Errorf("truncated or damaged ZIP archive (%s: %w)", x.part, ze.err)
	case errors.As(err, &syn):
		return fmt.Errorf("malformed XML in %s (line %d: %s)", x.part, syn.Line, syn.Msg)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("malformed XML in %s (line %d: unexpected end of part)", x.part, x.line())
	}
	return fmt.Errorf("malformed XML in %s (%w)", x.part, err)
}

// skip consumes the rest of the element whose start was just read.
func (x *xr) skip() error {
	d := x.depth
	for {
		ev, err := x.next()
		if err != nil {
			return err
		}
		if ev.kind == evEnd && x.depth < d {
			return nil
		}
	}
}

// text returns the character data of the element whose start was just read,
// consuming it.
func (x *xr) text() (string, error) {
	d := x.depth
	var b strings.Builder
	for {
		ev, err := x.next()
		if err != nil {
			return "", err
		}
		switch {
		case ev.kind == evText:
			b.Write(ev.raw)
		case ev.kind == evEnd && x.depth < d:
			return b.String(), nil
		}
	}
}

// children calls fn for every child element of the element whose start was
// just read; fn must consume the child (read it through or skip it).
func (x *xr) children(fn func(ev *event) error) error {
	d := x.depth
	for {
		ev, err := x.next()
		if err != nil {
			return err
		}
		switch {
		case ev.kind == evEnd && x.depth < d:
			return nil
		case ev.kind == evStart:
			if err := fn(ev); err != nil {
				return err
			}
		}
	}
}

// requiresUnderstood reports whether every prefix an mc:Choice requires is
// bound to a namespace this reader understands.
func (x *xr) requiresUnderstood(requires string) bool {
	fields := strings.Fields(requires)
	if len(fields) == 0 {
		return false
	}
	for _, p := range fields {
		id, ok := x.pfx[p]
		if !ok || !understood[id] {
			return false
		}
	}
	return true
}

// root reads up to the root element and returns it.
func (x *xr) root() (*event, error) {
	for {
		ev, err := x.next()
		if err != nil {
			return nil, err
		}
		if ev.kind == evStart {
			return ev, nil
		}
	}
}

// onOff reads an ST_OnOff toggle element: present means on unless its val
// says otherwise.
func onOff(ev *event) bool {
	switch strings.ToLower(ev.val()) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// alternate reads one branch of the mc:AlternateContent whose start was just
// read: the first mc:Choice whose requirements are understood, else the
// mc:Fallback. fn handles each child element of that branch.
func (x *xr) alternate(fn func(ev *event) error) error {
	chosen := false
	return x.children(func(ev *event) error {
		if chosen || ev.ns != nsMC {
			return x.skip()
		}
		switch ev.local {
		case "Choice":
			if !x.requiresUnderstood(anyAttr(ev, "Requires")) {
				return x.skip()
			}
		case "Fallback":
		default:
			return x.skip()
		}
		chosen = true
		return x.children(fn)
	})
}

// anyAttr returns the attribute local whatever its namespace.
func anyAttr(ev *event, local string) string {
	for _, a := range ev.attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
