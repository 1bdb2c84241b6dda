package docx

import (
	"strings"
)

const numLevels = 9

// level is one w:lvl of a list definition.
type level struct {
	start   int
	fmt     string // w:numFmt w:val
	format  string // w:numFmt w:format, for "custom"
	text    string // w:lvlText w:val
	restart int    // w:lvlRestart; -1 = not set (restart after any shallower level)
	isLgl   bool
	pStyle  string
	font    string // the symbol font of a bullet
}

type abstractNum struct {
	id                      string
	lvls                    [numLevels]*level
	numStyleLink, styleLink string
}

// numInst is a w:num: an instance of an abstract list, maybe overridden.
type numInst struct {
	abs      string
	start    [numLevels]int
	hasStart [numLevels]bool
	lvl      [numLevels]*level
	// own is set when an override makes the instance a list of its own;
	// otherwise instances of one abstract list share its counters.
	own bool
}

type numbering struct {
	abs  map[string]*abstractNum
	nums map[string]*numInst
}

func newNumbering() *numbering {
	return &numbering{abs: map[string]*abstractNum{}, nums: map[string]*numInst{}}
}

func (r *reader) readNumbering(part string) error {
	n := r.num
	return r.readPart(part, func(x *xr, root *event) error {
		var top func(ev *event) error
		top = func(ev *event) error {
			switch {
			case ev.is(nsW, "abstractNum"):
				a := &abstractNum{id: ev.wattr("abstractNumId")}
				if err := x.children(func(ev *event) error { return readAbstractChild(x, ev, a) }); err != nil {
					return err
				}
				if _, dup := n.abs[a.id]; !dup {
					n.abs[a.id] = a
				}
				return nil
			case ev.is(nsW, "num"):
				in := &numInst{}
				id := ev.wattr("numId")
				if err := x.children(func(ev *event) error { return readNumChild(x, ev, in) }); err != nil {
					return err
				}
				if _, dup := n.nums[id]; !dup {
					n.nums[id] = in
				}
				return nil
			case ev.is(nsMC, "AlternateContent"):
				return x.alternate(top)
			}
			return x.skip()
		}
		return x.children(top)
	})
}

func readAbstractChild(x *xr, ev *event, a *abstractNum) error {
	switch {
	case ev.is(nsW, "lvl"):
		i := atoiRange(ev.wattr("ilvl"), 0, numLevels-1, -1)
		l, err := readLevel(x)
		if err != nil {
			return err
		}
		if i >= 0 && a.lvls[i] == nil {
			a.lvls[i] = l
		}
		return nil
	case ev.is(nsW, "numStyleLink"):
		a.numStyleLink = ev.val()
	case ev.is(nsW, "styleLink"):
		a.styleLink = ev.val()
	}
	return x.skip()
}

func readNumChild(x *xr, ev *event, in *numInst) error {
	switch {
	case ev.is(nsW, "abstractNumId"):
		in.abs = ev.val()
	case ev.is(nsW, "lvlOverride"):
		i := atoiRange(ev.wattr("ilvl"), 0, numLevels-1, -1)
		return x.children(func(ev *event) error {
			switch {
			case i < 0:
			case ev.is(nsW, "startOverride"):
				in.start[i] = atoiRange(ev.val(), -1<<20, 1<<20, 0)
				in.hasStart[i] = true
				in.own = true
			case ev.is(nsW, "lvl"):
				l, err := readLevel(x)
				if err != nil {
					return err
				}
				in.lvl[i] = l
				in.own = true
				return nil
			}
			return x.skip()
		})
	}
	return x.skip()
}

func readLevel(x *xr) (*level, error) {
	l := &level{restart: -1, fmt: "decimal"}
	var child func(ev *event) error
	child = func(ev *event) error {
		if ev.is(nsMC, "AlternateContent") {
			// Word 2010 puts custom formats ("001, 002, ...") in an
			// mc:Choice with a plain fallback.
			return x.alternate(child)
		}
		if ev.ns != nsW {
			return x.skip()
		}
		switch ev.local {
		case "start":
			l.start = atoiRange(ev.val(), -1<<20, 1<<20, 0)
		case "numFmt":
			l.fmt = ev.val()
			l.format = ev.wattr("format")
		case "lvlText":
			l.text = ev.val()
		case "lvlRestart":
			l.restart = atoiRange(ev.val(), 0, numLevels, -1)
		case "isLgl":
			l.isLgl = onOff(ev)
		case "pStyle":
			l.pStyle = ev.val()
		case "rPr":
			return x.children(func(ev *event) error {
				if ev.is(nsW, "rFonts") {
					l.font = ev.wattr("ascii")
					if l.font == "" {
						l.font = ev.wattr("hAnsi")
					}
				}
				return x.skip()
			})
		}
		return x.skip()
	}
	return l, x.children(child)
}

// listDef is a w:num resolved to its effective levels and counter key.
type listDef struct {
	key  string
	lvls [numLevels]*level
	inst *numInst
}

// resolve finds the definition behind numID, following w:numStyleLink
// through a numbering style to the abstract list that defines the levels.
func (n *numbering) resolve(numID string, st *styles) *listDef {
	in := n.nums[numID]
	if in == nil {
		return nil
	}
	a := n.abs[in.abs]
	for i := 0; a != nil && a.numStyleLink != "" && i < 8; i++ {
		s := st.byID[a.numStyleLink]
		if s == nil || s.numID == "" {
			break
		}
		linked := n.nums[s.numID]
		if linked == nil || n.abs[linked.abs] == nil || linked.abs == a.id {
			break
		}
		a = n.abs[linked.abs]
	}
	if a == nil {
		return nil
	}
	d := &listDef{key: "a" + a.id, lvls: a.lvls, inst: in}
	if in.own {
		d.key = "n" + numID
	}
	for i, l := range in.lvl {
		if l != nil {
			d.lvls[i] = l
		}
	}
	return d
}

// levelForStyle is the level whose w:pStyle names styleID, or -1.
func (d *listDef) levelForStyle(styleID string) int {
	for i, l := range d.lvls {
		if l != nil && l.pStyle == styleID && styleID != "" {
			return i
		}
	}
	return -1
}

func (d *listDef) start(i int) int {
	if d.inst.hasStart[i] {
		return d.inst.start[i]
	}
	if l := d.lvls[i]; l != nil {
		return l.start
	}
	return 0
}

// counters are the running numbers of one list.
type counters struct {
	val     [numLevels]int
	started [numLevels]bool
}

// numState holds the counters of every list in one part.
type numState struct {
	lists map[string]*counters
}

func newNumState() *numState { return &numState{lists: map[string]*counters{}} }

// next advances level i of list d and returns the rendered label ("6.1",
// "a)", "•"), and whether the level is a bullet.
func (ns *numState) next(d *listDef, i int) (label string, bullet bool) {
	l := d.lvls[i]
	if l == nil {
		return "", false
	}
	c := ns.lists[d.key]
	if c == nil {
		c = &counters{}
		ns.lists[d.key] = c
	}
	if c.started[i] {
		c.val[i]++
	} else {
		c.val[i] = d.start(i)
		c.started[i] = true
	}
	// A deeper level restarts when a shallower one advances, unless its
	// w:lvlRestart says it restarts only after a shallower level still.
	for j := i + 1; j < numLevels; j++ {
		lj := d.lvls[j]
		if lj == nil || lj.restart < 0 || i < lj.restart {
			c.started[j] = false
		}
	}
	if strings.EqualFold(l.fmt, "bullet") {
		return bulletText(l.text, l.font), true
	}
	return render(d, c, i), false
}

// render expands %1..%9 in the level text with each level's counter.
func render(d *listDef, c *counters, i int) string {
	l := d.lvls[i]
	var b strings.Builder
	t := l.text
	for k := 0; k < len(t); k++ {
		if t[k] != '%' || k+1 >= len(t) || t[k+1] < '1' || t[k+1] > '9' {
			b.WriteByte(t[k])
			continue
		}
		j := int(t[k+1] - '1')
		k++
		lj := d.lvls[j]
		if lj == nil {
			continue
		}
		v := c.val[j]
		if !c.started[j] {
			// A shallower level never used shows one less than its
			// start, as Word does ("0.1" under an unused level 1).
			v = max(d.start(j)-1, 0)
		}
		f := lj.fmt
		if l.isLgl && !strings.EqualFold(f, "none") {
			f = "decimal"
		}
		b.WriteString(formatNumber(v, f, lj.format))
	}
	return b.String()
}
