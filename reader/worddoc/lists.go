package worddoc

import (
	"github.com/minuteslint/minuteslint/reader/listnum"

	"strconv"
	"strings"
)

const (
	maxLists  = 1 << 12
	lstfSize  = 28
	lvlfSize  = 28
	lfoSize   = 16
	maxLevels = 9
	// maxNumberText caps the kept number text of a list level.
	maxNumberText = 64
)

// listLevel is one level of a list definition (LVL).
type listLevel struct {
	start int
	nfc   byte
	legal bool
	text  []uint16 // number text; units below 9 stand for level numbers
}

type listDef struct {
	levels []listLevel
}

// lfo is a list instance: paragraphs name it by 1-based index (ilfo).
type lfo struct {
	lsid     int32
	startAt  map[int]int
	counters int64 // key of its counters: the list's, or its own when it restarts numbering
}

// lists holds the list definitions and the running numbers.
type lists struct {
	defs     map[int32]*listDef
	lfos     []lfo
	counters map[int64]*[maxLevels]int
	started  map[int64]*[maxLevels]bool
}

func parseLists(plfLst, plfLfo []byte) *lists {
	ls := &lists{
		defs:     map[int32]*listDef{},
		counters: map[int64]*[maxLevels]int{},
		started:  map[int64]*[maxLevels]bool{},
	}
	n := int(int16(u16(plfLst, 0)))
	if n <= 0 || n > maxLists || 2+lstfSize*n > len(plfLst) {
		return ls
	}
	pos := 2 + lstfSize*n
	for i := range n {
		lstf := plfLst[2+lstfSize*i:]
		lsid := int32(u32(lstf, 0))
		nlvl := maxLevels
		if lstf[26]&1 != 0 { // fSimpleList
			nlvl = 1
		}
		def := &listDef{}
		for range nlvl {
			lvl, next, ok := parseLvl(plfLst, pos)
			if !ok {
				break
			}
			def.levels = append(def.levels, lvl)
			pos = next
		}
		if _, dup := ls.defs[lsid]; !dup {
			ls.defs[lsid] = def
		}
	}
	ls.parseLfos(plfLfo)
	return ls
}

// parseLvl reads an LVL at pos and returns the position after it.
func parseLvl(b []byte, pos int) (listLevel, int, bool) {
	lvlf, ok := span(b, int64(pos), lvlfSize)
	if !ok {
		return listLevel{}, 0, false
	}
	lvl := listLevel{
		start: int(int32(u32(lvlf, 0))),
		nfc:   lvlf[4],
		legal: lvlf[5]&0x04 != 0,
	}
	pos += lvlfSize + int(lvlf[24]) + int(lvlf[25]) // skip both grpprls
	cch := int(u16(b, pos))
	xst, ok := span(b, int64(pos+2), int64(2*cch))
	if !ok || pos+2 > len(b) {
		return listLevel{}, 0, false
	}
	// Number texts are a few characters; a long one only costs time on
	// every numbered paragraph.
	lvl.text = make([]uint16, min(cch, maxNumberText))
	for i := range lvl.text {
		lvl.text[i] = u16(xst, 2*i)
	}
	return lvl, pos + 2 + 2*cch, true
}

func (ls *lists) parseLfos(b []byte) {
	n := int(int32(u32(b, 0)))
	if n <= 0 || n > maxLists || 4+lfoSize*n > len(b) {
		return
	}
	ls.lfos = make([]lfo, n)
	pos := 4 + lfoSize*n
	for i := range ls.lfos {
		rec := b[4+lfoSize*i:]
		f := &ls.lfos[i]
		f.lsid = int32(u32(rec, 0))
		f.counters = int64(f.lsid)
		nlvl := int(rec[12])
		// LFOData: a CP, then the level overrides.
		pos += 4
		for range min(nlvl, maxLevels) {
			start, flags := int(int32(u32(b, pos))), u32(b, pos+4)
			if pos+8 > len(b) {
				return
			}
			pos += 8
			if flags&0x10 != 0 { // fStartAt
				if f.startAt == nil {
					f.startAt = map[int]int{}
				}
				f.startAt[int(flags&0x0F)] = start
				f.counters = -1 - int64(i) // numbered on its own
			}
			if flags&0x20 != 0 { // fFormatting: a whole LVL follows
				_, next, ok := parseLvl(b, pos)
				if !ok {
					return
				}
				pos = next
			}
		}
	}
}

// label advances the numbering of list instance ilfo at level ilvl and
// returns the paragraph's number text ("6.1", "a)", "•").
func (ls *lists) label(ilfo, ilvl int) string {
	if ls == nil || ilfo <= 0 || ilfo > len(ls.lfos) || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	f := &ls.lfos[ilfo-1]
	def := ls.defs[f.lsid]
	if def == nil || ilvl >= len(def.levels) {
		return ""
	}
	cnt, started := ls.counters[f.counters], ls.started[f.counters]
	if cnt == nil {
		cnt, started = new([maxLevels]int), new([maxLevels]bool)
		ls.counters[f.counters], ls.started[f.counters] = cnt, started
	}
	startOf := func(l int) int {
		if v, ok := f.startAt[l]; ok {
			return v
		}
		if l < len(def.levels) {
			return def.levels[l].start
		}
		return 1
	}
	if started[ilvl] {
		cnt[ilvl]++
	} else {
		cnt[ilvl], started[ilvl] = startOf(ilvl), true
	}
	for l := ilvl + 1; l < maxLevels; l++ {
		started[l] = false
	}
	lvl := def.levels[ilvl]
	var sb strings.Builder
	for _, u := range lvl.text {
		if u >= maxLevels {
			sb.WriteRune(bulletRune(rune(u)))
			continue
		}
		l := int(u)
		n := cnt[l]
		if !started[l] {
			n = startOf(l)
		}
		nfc := byte(0)
		if l < len(def.levels) {
			nfc = def.levels[l].nfc
		}
		if lvl.legal {
			nfc = 0
		}
		sb.WriteString(formatNumber(n, nfc))
	}
	return strings.TrimSpace(sb.String())
}

// bulletRune replaces Symbol and Wingdings private-use characters, which
// mean nothing without their font, with a plain bullet.
func bulletRune(r rune) rune {
	if r >= 0xF000 && r <= 0xF0FF || r == 0xB7 {
		return '•'
	}
	return r
}

// formatNumber renders n in number format nfc.
func formatNumber(n int, nfc byte) string {
	switch nfc {
	case 1:
		return listnum.Roman(n, true)
	case 2:
		return listnum.Roman(n, false)
	case 3:
		return listnum.Letters(n, 'A')
	case 4:
		return listnum.Letters(n, 'a')
	case 5:
		return listnum.Ordinal(n)
	case 22:
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case 23, 255:
		return ""
	}
	return strconv.Itoa(n)
}
