package worddoc

import "errors"

// Indexes of fc/lcb pairs in FibRgFcLcb97 that this reader uses.
const (
	fcStshf          = 1
	fcPlcffndTxt     = 3
	fcPlcfandRef     = 4
	fcPlcfandTxt     = 5
	fcPlcfHdd        = 11
	fcPlcfBteChpx    = 12
	fcPlcfBtePapx    = 13
	fcDop            = 31
	fcClx            = 33
	fcGrpXstAtnOwner = 36
	fcSttbfRMark     = 51
	fcPlfLst         = 73
	fcPlfLfo         = 74
)

// Story indexes into fib.ccp, in the order the stories follow each other
// in the character positions after the main text.
const (
	storyMain = iota
	storyFtn
	storyHdd
	storyMcr
	storyAtn
	storyEdn
	storyTxbx
	storyHdrTxbx
	storyCount
)

const (
	wIdentWord   = 0xA5EC
	nFibWord97   = 0xC1
	fibBaseBytes = 32
)

// errOldWord starts with the product's name, hence its capital.
var errOldWord = errors.New("Word 6.0/95 or older binary document is not supported: save it as .docx") //nolint:staticcheck // ST1005: a proper noun

// fib is the part of the File Information Block this reader needs.
type fib struct {
	nFib       uint16
	whichTable bool
	ccp        [storyCount]int64
	pairs      []byte // FibRgFcLcb blob, 8 bytes per fc/lcb pair
}

// pair returns fc and lcb of pair i, zero when the FIB is too short to
// hold it.
func (f *fib) pair(i int) (fc, lcb uint32) {
	return u32(f.pairs, 8*i), u32(f.pairs, 8*i+4)
}

func parseFib(wd []byte) (*fib, error) {
	if len(wd) < fibBaseBytes+2 {
		return nil, errors.New("damaged Word document: WordDocument stream too short for a FIB")
	}
	ident := u16(wd, 0)
	nFib := u16(wd, 2)
	flags := u16(wd, 0x0A)
	if ident != wIdentWord {
		if ident == 0xA5DC || ident == 0xA59B || ident == 0xA59C {
			return nil, errOldWord
		}
		return nil, errors.New("damaged Word document: bad FIB signature")
	}
	// Word 6 and Word 95 files carry nFib 101..105 and lay out their FIB
	// differently; every Word 97 and later file has at least 0xC0 or so.
	if nFib < 0xC0 {
		return nil, errOldWord
	}
	if flags&0x0100 != 0 { // fEncrypted, also set for XOR obfuscation
		return nil, errors.New("password-protected Word 97-2003 document: remove the password in Word and save it again")
	}
	f := &fib{nFib: nFib, whichTable: flags&0x0200 != 0}
	// The FIB is a chain of counted arrays; walk the counts rather than
	// assume the Word 97 sizes.
	off := fibBaseBytes
	csw := int(u16(wd, off))
	off += 2 + 2*csw
	if off+2 > len(wd) {
		return nil, errors.New("damaged Word document: FIB truncated")
	}
	cslw := int(u16(wd, off))
	off += 2
	lw, ok := span(wd, int64(off), int64(4*cslw))
	if !ok {
		return nil, errors.New("damaged Word document: FIB truncated")
	}
	off += 4 * cslw
	// FibRgLw97: ccpText is the fourth long, then ccpFtn, ccpHdd,
	// ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx.
	for i := range storyCount {
		f.ccp[i] = int64(int32(u32(lw, 4*(3+i))))
		if f.ccp[i] < 0 {
			return nil, errors.New("damaged Word document: negative text length in FIB")
		}
	}
	cb := int(u16(wd, off))
	off += 2
	pairs, ok := span(wd, int64(off), int64(8*cb))
	if !ok {
		return nil, errors.New("damaged Word document: FIB truncated")
	}
	f.pairs = pairs
	off += 8 * cb
	// Later Word versions record their real version in FibRgCswNew.
	if cswNew := int(u16(wd, off)); cswNew > 0 {
		if v := u16(wd, off+2); v >= nFibWord97 {
			f.nFib = v
		}
	}
	return f, nil
}
