package worddoc

import (
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/minuteslint/minuteslint/source"
)

const (
	// maxParas and maxMarks bound the memory one document can take; a
	// thousand-page report has some tens of thousands of each at most.
	maxParas      = 1 << 20
	maxMarks      = 1 << 20
	maxFieldDepth = 32
	// maxFieldText caps what is kept of one field's instruction and of its
	// result; a table of contents can be a whole chapter.
	maxFieldText = 64 << 10
)

// rawPara is one paragraph as scanned, before tables are assembled.
type rawPara struct {
	text     string
	end      uint16 // 0x0D, 0x07 or 0x0C; 0 when the story ended without one
	cp       int64  // first character position
	props    paraProps
	hasProps bool
	// joined is set when the paragraph mark is a tracked deletion.
	joined bool
}

// pendingMark is a mark whose position is known only as a scanned
// paragraph index until tables have been assembled.
type pendingMark struct {
	m   source.Mark
	raw int
}

type fieldFrame struct {
	mark          int // index into scanner.marks
	inResult      bool
	instr, result strings.Builder
}

// scanner turns character positions into paragraphs, field marks and
// revision marks.
type scanner struct {
	d         *doc
	paras     []rawPara
	marks     []pendingMark
	text      strings.Builder
	paraStart int64

	fields  []*fieldFrame
	skipped int // field begins past maxFieldDepth

	rev     *pendingMark // run of inserted, deleted or hidden text
	revText strings.Builder

	hi      uint16 // high surrogate waiting for its pair
	hiProps charProps
}

func newScanner(d *doc) *scanner { return &scanner{d: d} }

// scan reads the characters [start, end).
func (s *scanner) scan(start, end int64) {
	s.paraStart = start
	pcs := s.d.pieces
	i := sort.Search(len(pcs), func(i int) bool { return pcs[i].cpEnd > start })
	for ; i < len(pcs) && pcs[i].cp < end; i++ {
		pc := &pcs[i]
		prm := s.d.pieceCharSprms(pc)
		a, b := max(start, pc.cp), min(end, pc.cpEnd)
		for cp := a; cp < b; cp++ {
			k := cp - pc.cp
			var u uint16
			var fc int64
			// parsePlcPcd checked that every piece lies inside wd.
			if pc.compressed {
				fc = pc.fc + k
				u = uint16(compressedRunes[s.d.wd[fc]])
			} else {
				fc = pc.fc + 2*k
				u = u16(s.d.wd, int(fc))
			}
			s.unit(u, cp, uint32(fc), pc, prm)
		}
	}
	s.finish()
}

func (s *scanner) unit(u uint16, cp int64, fc uint32, pc *piece, prm []byte) {
	if s.hi != 0 {
		hi := s.hi
		s.hi = 0
		if utf16.IsSurrogate(rune(u)) && u >= 0xDC00 {
			s.emit(utf16.DecodeRune(rune(hi), rune(u)), s.hiProps)
			return
		}
		s.emit(utf8.RuneError, s.hiProps)
	}
	switch u {
	case 0x0D, 0x07, 0x0C:
		joined := false
		if u == 0x0D {
			// A deleted paragraph mark is a tracked change like any
			// deleted character; accepted, the paragraph runs on into
			// the next.
			props := s.d.charPropsAt(fc)
			if prm != nil {
				props.apply(prm)
			}
			if props.del {
				s.emit('¶', props)
				joined = true
			}
		}
		s.endPara(u, cp, fc, pc, joined)
		return
	case 0x13:
		s.fieldBegin()
		return
	case 0x14:
		s.fieldSeparator()
		return
	case 0x15:
		s.fieldEnd()
		return
	}
	props := s.d.charPropsAt(fc)
	if prm != nil {
		props.apply(prm)
	}
	switch {
	case u >= 0xD800 && u < 0xDC00:
		s.hi, s.hiProps = u, props
	case u >= 0xDC00 && u < 0xE000:
		s.emit(utf8.RuneError, props)
	default:
		if r, ok := translate(u); ok {
			s.emit(r, props)
		}
	}
}

// translate maps a character to its visible form; ok is false for
// characters that are dropped.
func translate(u uint16) (rune, bool) {
	switch u {
	case 0x09:
		return '\t', true
	case 0x0B:
		return '\n', true
	case 0x1E: // non-breaking hyphen
		return '-', true
	case 0xA0:
		// No-break spaces would defeat plain-space patterns such as
		// "TD S2-1903049"; minutes give them no meaning.
		return ' ', true
	}
	if u < 0x20 || u >= 0x7F && u < 0xA0 {
		// Optional hyphens, object and picture anchors, note and comment
		// references and the like; C1 controls never carry text.
		return 0, false
	}
	return rune(u), true
}

// emit routes one visible-candidate character.
func (s *scanner) emit(r rune, c charProps) {
	var kind source.MarkKind
	var author, date string
	switch {
	case c.del:
		kind = source.Deletion
		ibst, dt := c.ibstDel, c.dttmDel
		if ibst < 0 {
			ibst = c.ibst
		}
		if dt == 0 {
			dt = c.dttm
		}
		author, date = s.d.author(ibst), dttm(dt)
	case c.vanish:
		kind = source.Hidden
	case c.ins:
		kind = source.Insertion
		author, date = s.d.author(c.ibst), dttm(c.dttm)
	}
	if kind == 0 {
		s.flushRev()
	} else {
		raw := len(s.paras)
		if s.rev == nil || s.rev.m.Kind != kind || s.rev.m.Author != author || s.rev.m.Date != date || s.rev.raw != raw {
			s.flushRev()
			s.rev = &pendingMark{m: source.Mark{Kind: kind, Author: author, Date: date}, raw: raw}
		}
		s.revText.WriteRune(r)
		if kind != source.Insertion {
			return
		}
	}
	s.visible(r, true)
}

// visible adds r to the open fields and, when no field instruction hides
// it, to the paragraph text (if toText).
func (s *scanner) visible(r rune, toText bool) {
	for j := len(s.fields) - 1; j >= 0; j-- {
		f := s.fields[j]
		if f.inResult {
			if f.result.Len() < maxFieldText {
				f.result.WriteRune(r)
			}
			continue
		}
		if f.instr.Len() < maxFieldText {
			f.instr.WriteRune(r)
		}
		return
	}
	if toText {
		s.text.WriteRune(r)
	}
}

// addMark records a mark unless the document has too many.
func (s *scanner) addMark(pm pendingMark) bool {
	if len(s.marks) >= maxMarks {
		s.d.tooBig = true
		return false
	}
	s.marks = append(s.marks, pm)
	return true
}

func (s *scanner) flushRev() {
	if s.rev == nil {
		return
	}
	s.rev.m.Text = s.revText.String()
	s.addMark(*s.rev)
	s.rev = nil
	s.revText.Reset()
}

func (s *scanner) flushSurrogate() {
	if s.hi != 0 {
		s.hi = 0
		s.emit(utf8.RuneError, s.hiProps)
	}
}

func (s *scanner) endPara(end uint16, cp int64, fc uint32, pc *piece, joined bool) {
	s.flushSurrogate()
	s.flushRev()
	p := rawPara{text: s.text.String(), end: end, cp: s.paraStart, joined: joined}
	p.props, p.hasProps = s.d.paraPropsAt(fc, pc)
	s.addPara(p)
	s.text.Reset()
	s.paraStart = cp + 1
	if len(s.fields) > 0 {
		s.visible('\n', false) // fields spanning paragraphs
	}
}

func (s *scanner) fieldBegin() {
	if len(s.fields) >= maxFieldDepth {
		s.skipped++
		return
	}
	s.flushRev()
	if !s.addMark(pendingMark{m: source.Mark{Kind: source.Field}, raw: len(s.paras)}) {
		s.skipped++
		return
	}
	s.fields = append(s.fields, &fieldFrame{mark: len(s.marks) - 1})
}

func (s *scanner) fieldSeparator() {
	if s.skipped > 0 || len(s.fields) == 0 {
		return
	}
	s.fields[len(s.fields)-1].inResult = true
}

func (s *scanner) fieldEnd() {
	if s.skipped > 0 {
		s.skipped--
		return
	}
	if len(s.fields) == 0 {
		return
	}
	s.flushRev()
	s.closeField()
}

func (s *scanner) closeField() {
	f := s.fields[len(s.fields)-1]
	s.fields = s.fields[:len(s.fields)-1]
	m := &s.marks[f.mark].m
	m.Text = strings.TrimSpace(f.instr.String())
	m.Result = strings.TrimSpace(f.result.String())
}

// finish ends a scanned range: a paragraph without a mark and fields
// without an end are kept.
func (s *scanner) finish() {
	s.flushSurrogate()
	s.flushRev()
	if s.text.Len() > 0 {
		s.addPara(rawPara{text: s.text.String(), cp: s.paraStart})
		s.text.Reset()
	}
	for len(s.fields) > 0 {
		s.closeField()
	}
	s.skipped = 0
}

func (s *scanner) addPara(p rawPara) {
	if s.d.paras >= maxParas {
		s.d.tooBig = true
		return
	}
	s.d.paras++
	s.paras = append(s.paras, p)
}

// paraAt returns the index of the scanned paragraph holding cp.
func (s *scanner) paraAt(cp int64) int {
	i := sort.Search(len(s.paras), func(i int) bool { return s.paras[i].cp > cp })
	return max(i-1, 0)
}
