package worddoc

import (
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

type propsHolder struct{ p source.Properties }

func TestOperandLen(t *testing.T) {
	cases := []struct {
		op   uint16
		g    []byte
		want int
	}{
		{sprmPFInTable, []byte{1}, 1},
		{sprmPIstd, []byte{1, 0}, 2},
		{sprmPItap, []byte{1, 0, 0, 0}, 4},
		{0xC60D, []byte{3, 1, 2, 3}, 4}, // generic variable operand
		{sprmTDefTable, []byte{10, 0}, 11},
		{sprmPChgTabs, []byte{2, 0, 0}, 3},
		{sprmPChgTabs, []byte{255, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0}, 13},
		{sprmPChgTabs, []byte{255}, -1},
		{0xC60D, nil, -1},
	}
	for _, c := range cases {
		if got := operandLen(c.op, c.g); got != c.want {
			t.Errorf("operandLen(%#x, %v) = %d, want %d", c.op, c.g, got, c.want)
		}
	}
	// A truncated list stops without reading past its end.
	var ops []uint16
	eachSprm([]byte{0x16, 0x24, 1, 0x49, 0x66, 1, 0}, func(op uint16, _ []byte) { ops = append(ops, op) })
	if len(ops) != 1 || ops[0] != sprmPFInTable {
		t.Errorf("ops %x", ops)
	}
}

func TestTranslate(t *testing.T) {
	cases := map[uint16]string{
		0x09: "\t", 0x0B: "\n", 0x1E: "-", 0x1F: "", 0xA0: " ",
		0x01: "", 0x08: "", 0x02: "", 0x05: "", 0x7F: "", 0x85: "", 'x': "x", 0x2013: "\u2013",
	}
	for u, want := range cases {
		r, ok := translate(u)
		got := ""
		if ok {
			got = string(r)
		}
		if got != want {
			t.Errorf("translate(%#x) = %q, want %q", u, got, want)
		}
	}
	if got := decodeCompressed([]byte{0x93, 'a', 0x94, 0x80, 0xE9, 0x96}); got != "\u201ca\u201d\u0080é\u2013" {
		t.Errorf("compressed = %q", got)
	}
}

func TestDttm(t *testing.T) {
	if got := dttm(testDttm); got != "2019-04-10T10:19:00Z" {
		t.Errorf("dttm = %q", got)
	}
	if dttm(0) != "" || dttm(0xFFFFFFFF) != "" {
		t.Error("invalid DTTM formatted")
	}
}

func TestSttb(t *testing.T) {
	// The old byte form: count, extra size, then length-prefixed bytes.
	b := []byte{2, 0, 1, 0, 3, 'a', 'b', 'c', 9, 1, 0xE9, 7}
	got := parseSttb(b)
	if len(got) != 2 || got[0] != "abc" || got[1] != "é" {
		t.Errorf("sttb %q", got)
	}
	if got := parseSttb([]byte{0xFF, 0xFF, 9, 0, 0, 0, 40, 0, 'a'}); len(got) != 0 {
		t.Errorf("truncated sttb %q", got)
	}
}

func TestLists(t *testing.T) {
	lst, lfo := testLists()
	ls := parseLists(lst, lfo)
	seq := []struct {
		ilfo, ilvl int
		want       string
	}{
		{1, 0, "6"}, {1, 1, "6.1"}, {1, 1, "6.2"}, {1, 2, "a)"}, {1, 0, "7"}, {1, 1, "7.1"},
		{2, 0, "•"}, {3, 0, ""}, {1, 9, ""}, {0, 0, ""},
	}
	for _, s := range seq {
		if got := ls.label(s.ilfo, s.ilvl); got != s.want {
			t.Errorf("label(%d, %d) = %q, want %q", s.ilfo, s.ilvl, got, s.want)
		}
	}
	for _, c := range []struct {
		n    int
		nfc  byte
		want string
	}{{4, 1, "IV"}, {14, 2, "xiv"}, {27, 3, "AA"}, {2, 4, "b"}, {3, 5, "3rd"}, {12, 5, "12th"}, {5, 22, "05"}, {5, 255, ""}, {9, 0, "9"}} {
		if got := formatNumber(c.n, c.nfc); got != c.want {
			t.Errorf("formatNumber(%d, %d) = %q, want %q", c.n, c.nfc, got, c.want)
		}
	}
	var nilLists *lists
	if nilLists.label(1, 0) != "" {
		t.Error("nil lists numbered")
	}
}

func TestPieceTable(t *testing.T) {
	plc := func(cps []uint32, fcs []uint32) []byte {
		var b []byte
		for _, c := range cps {
			b = le.AppendUint32(b, c)
		}
		for _, f := range fcs {
			b = append(b, 0, 0)
			b = le.AppendUint32(b, f)
			b = append(b, 0, 0)
		}
		return b
	}
	good := plc([]uint32{0, 4, 6}, []uint32{0x40000000 | 200, 300})
	ps, err := parsePlcPcd(good, 400)
	if err != nil || len(ps) != 2 || !ps[0].compressed || ps[0].fc != 100 || ps[1].compressed || ps[1].fc != 300 {
		t.Fatalf("pieces %+v, %v", ps, err)
	}
	bad := map[string][]byte{
		"outside":      plc([]uint32{0, 4, 60}, []uint32{0x40000000 | 200, 300}),
		"out of order": plc([]uint32{0, 4, 2}, []uint32{0, 100}),
		"not at zero":  plc([]uint32{1, 4}, []uint32{0}),
		"bad size":     good[:len(good)-1],
	}
	for name, b := range bad {
		if _, err := parsePlcPcd(b, 400); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	clx := append([]byte{1, 2, 0, 0x16, 0x24, 2}, le.AppendUint32(nil, uint32(len(good)))...)
	clx = append(clx, good...)
	if ps, prcs, err := parseClx(clx, 400); err != nil || len(ps) != 2 || len(prcs) != 1 {
		t.Errorf("clx: %d pieces, %d prcs, %v", len(ps), len(prcs), err)
	}
	for _, c := range [][]byte{{1, 0xFF, 0xFF}, {2, 9, 0, 0, 0}, {7}, {1, 9, 0}} {
		if _, _, err := parseClx(c, 400); err == nil {
			t.Errorf("clx %v: no error", c)
		}
	}
}

func TestFkpBounds(t *testing.T) {
	wd := make([]byte, 2*fkpSize)
	wd[fkpSize+511] = 200 // 200 runs cannot fit a PAPX page
	if _, ok := loadFkp(wd, 1, papxBxLen); ok {
		t.Error("oversized PAPX page accepted")
	}
	if _, ok := loadFkp(wd, 2, 1); ok {
		t.Error("page past the stream accepted")
	}
	// A CHPX page whose run points at properties running off the page.
	page := wd[fkpSize:]
	page[511] = 1
	le.PutUint32(page[0:], 10)
	le.PutUint32(page[4:], 20)
	page[8] = 254 // offset 508
	page[508] = 9
	k, ok := loadFkp(wd, 1, 1)
	if !ok {
		t.Fatal("page rejected")
	}
	if i, _, _, ok := k.run(15); !ok || k.chpx(i) != nil {
		t.Error("overlong CHPX accepted")
	}
	if _, _, _, ok := k.run(25); ok {
		t.Error("FC past the page's runs found")
	}
	bt := parseBinTable(cat(le.AppendUint32(nil, 10), le.AppendUint32(nil, 20), le.AppendUint32(nil, 7)))
	if pn, ok := bt.find(12); !ok || pn != 7 {
		t.Errorf("find = %d, %v", pn, ok)
	}
	if _, ok := bt.find(20); ok {
		t.Error("found past the table")
	}
}

func TestStylesHostile(t *testing.T) {
	for _, b := range [][]byte{nil, {18, 0}, {4, 0, 0xFF, 0xFF, 10, 0, 200, 0}, {4, 0, 2, 0, 10, 0, 12, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 99, 0}} {
		for _, s := range parseStyles(b) {
			_ = s.styleName()
		}
	}
	s := parseStyles(synthDoc().stsh())
	if len(s) != 5 || s[2].styleName() != "My Heading" || s[1].styleName() != "heading 1" || s[3].valid {
		t.Errorf("styles %+v", s)
	}
}

func TestSummaryHostile(t *testing.T) {
	good := testSummary()
	for i := range len(good) {
		for _, v := range []byte{0, 0xFF, 0x7F} {
			b := append([]byte(nil), good...)
			b[i] = v
			props := synthProps(b)
			if strings.ContainsRune(props, 0) {
				t.Fatalf("NUL in properties")
			}
		}
	}
	for n := range len(good) {
		synthProps(good[:n])
	}
}

func synthProps(b []byte) string {
	var p propsHolder
	readSummary(b, &p.p)
	return p.p.Title + p.p.Creator + p.p.Created
}
