package docx

import (
	"strconv"
	"strings"
)

// style is the part of a w:style the reader uses.
type style struct {
	id, name, basedOn string
	typ               string
	numID             string // "" = not set
	ilvl              int    // -1 = not set
	outline           int    // -1 = not set
	vanish            int8   // 0 unset, 1 hidden, -1 explicitly visible
}

type styles struct {
	byID         map[string]*style
	defaultPara  *style
	defaultChars *style
}

const maxChain = 32 // basedOn chains longer than this are loops

func newStyles() *styles { return &styles{byID: map[string]*style{}} }

func (r *reader) readStyles(part string) error {
	return r.readPart(part, func(x *xr, root *event) error {
		return x.children(func(ev *event) error {
			if !ev.is(nsW, "style") {
				return x.skip()
			}
			s := &style{
				id:      ev.wattr("styleId"),
				typ:     ev.wattr("type"),
				ilvl:    -1,
				outline: -1,
			}
			isDefault := onOffAttr(ev.wattr("default"))
			if err := x.children(func(ev *event) error { return readStyleChild(x, ev, s) }); err != nil {
				return err
			}
			if _, dup := r.styles.byID[s.id]; !dup {
				r.styles.byID[s.id] = s
			}
			if isDefault {
				switch s.typ {
				case "paragraph", "":
					if r.styles.defaultPara == nil {
						r.styles.defaultPara = s
					}
				case "character":
					if r.styles.defaultChars == nil {
						r.styles.defaultChars = s
					}
				}
			}
			return nil
		})
	})
}

func onOffAttr(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "on":
		return true
	}
	return false
}

func readStyleChild(x *xr, ev *event, s *style) error {
	if ev.ns != nsW {
		return x.skip()
	}
	switch ev.local {
	case "name":
		s.name = ev.val()
	case "basedOn":
		s.basedOn = ev.val()
	case "pPr":
		return x.children(func(ev *event) error {
			switch {
			case ev.is(nsW, "numPr"):
				return x.children(func(ev *event) error {
					switch {
					case ev.is(nsW, "numId"):
						s.numID = ev.val()
					case ev.is(nsW, "ilvl"):
						s.ilvl = atoiRange(ev.val(), 0, 8, 0)
					}
					return x.skip()
				})
			case ev.is(nsW, "outlineLvl"):
				s.outline = atoiRange(ev.val(), 0, 9, 9)
			}
			return x.skip()
		})
	case "rPr":
		return x.children(func(ev *event) error {
			if ev.is(nsW, "vanish") {
				s.vanish = -1
				if onOff(ev) {
					s.vanish = 1
				}
			}
			return x.skip()
		})
	}
	return x.skip()
}

// atoiRange parses v, returning def when it is not a number in [lo, hi].
func atoiRange(v string, lo, hi, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < lo || n > hi {
		return def
	}
	return n
}

// paragraphStyle is the style a paragraph uses: its w:pStyle, or the
// default paragraph style when it names none or an unknown one (as Word
// does).
func (st *styles) paragraphStyle(id string) *style {
	if s := st.byID[id]; s != nil && id != "" {
		return s
	}
	return st.defaultPara
}

// chain calls fn for s and each style it is based on, nearest first, until
// fn returns true.
func (st *styles) chain(s *style, fn func(*style) bool) {
	for i := 0; s != nil && i < maxChain; i++ {
		if fn(s) {
			return
		}
		if s.basedOn == "" || s.basedOn == s.id {
			return
		}
		s = st.byID[s.basedOn]
	}
}

// headingNameLevel returns N for the built-in style name "heading N"
// (N 1-9, any case), else 0. Built-in names stay English whatever the
// language of Word; style ids do not.
func headingNameLevel(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	rest, ok := strings.CutPrefix(n, "heading")
	if !ok {
		return 0
	}
	rest = strings.TrimSpace(rest)
	if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
		return int(rest[0] - '0')
	}
	return 0
}

// headingLevel is a paragraph's outline level from its style chain: a
// built-in heading name or a w:outlineLvl, whichever is nearer. 0 = body.
func (st *styles) headingLevel(s *style) int {
	level := 0
	st.chain(s, func(s *style) bool {
		if l := headingNameLevel(s.name); l > 0 {
			level = l
			return true
		}
		if s.outline >= 0 {
			if s.outline < 9 {
				level = s.outline + 1
			}
			return true
		}
		return false
	})
	return level
}

// vanish resolves a toggle through a style chain: the nearest style that
// sets it decides.
func (st *styles) vanish(s *style) int8 {
	var v int8
	st.chain(s, func(s *style) bool {
		v = s.vanish
		return v != 0
	})
	return v
}
