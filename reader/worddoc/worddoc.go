// Package worddoc reads Word 97-2003 binary documents (.doc, [MS-DOC]) into
// the neutral source model, so that no office suite is needed.
//
// The OLE2 container is opened with github.com/richardlehane/mscfb; the
// Word structures inside it (FIB, piece table, FKPs, stylesheet, string
// tables, property set) are decoded here. Every offset and count read from
// the file is checked against the stream it points into, and the amount of
// data read is capped, so damaged or hostile files produce an error rather
// than a panic or unbounded work.
package worddoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"

	"github.com/minuteslint/minuteslint/source"
)

const (
	// maxStreamBytes caps the total size of the streams read from one
	// file.
	maxStreamBytes = 256 << 20
	// readChunk bounds each read from the container: mscfb plans a read
	// sector by sector, and small reads keep that planning linear.
	readChunk = 64 << 10
)

var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read parses an OLE2 compound file held in data: a Word 97-2003 .doc.
// name is used only in messages.
func Read(name string, data []byte) (*source.File, error) {
	if len(data) == 0 {
		return nil, errors.New("empty file")
	}
	if !bytes.HasPrefix(data, oleSignature) {
		return nil, errors.New("not an OLE2 compound file (Word 97-2003 .doc expected)")
	}
	c, err := openContainer(data)
	if err != nil {
		return nil, err
	}
	if c.stream("EncryptedPackage") != nil || c.stream("EncryptionInfo") != nil {
		return nil, errors.New("password-protected (encrypted) Word file: remove the password in Word and save it again")
	}
	wdEntry := c.stream("WordDocument")
	if wdEntry == nil {
		return nil, fmt.Errorf("OLE2 compound file that is not a Word document (streams: %s)", c.listing())
	}
	budget := int64(maxStreamBytes)
	wd, err := c.read(wdEntry, &budget)
	if err != nil {
		return nil, err
	}
	fb, err := parseFib(wd)
	if err != nil {
		return nil, err
	}
	tblName := "0Table"
	if fb.whichTable {
		tblName = "1Table"
	}
	tblEntry := c.stream(tblName)
	if tblEntry == nil {
		return nil, fmt.Errorf("damaged Word document: table stream %s is missing", tblName)
	}
	tbl, err := c.read(tblEntry, &budget)
	if err != nil {
		return nil, err
	}
	var dataStream []byte
	if e := c.stream("Data"); e != nil {
		// The Data stream only holds oversized paragraph properties here;
		// text survives without it.
		if b, err := c.read(e, &budget); err == nil {
			dataStream = b
		}
	}
	d, err := newDoc(wd, tbl, dataStream, fb)
	if err != nil {
		return nil, err
	}
	f := &source.File{Name: name, Format: source.Doc}
	d.build(f)
	if d.tooBig {
		return nil, errors.New("document too large: more than a million paragraphs or marks")
	}
	if e := c.propertySet("SummaryInformation"); e != nil {
		if b, err := c.read(e, &budget); err == nil {
			readSummary(b, &f.Props)
		}
	}
	f.Props.TrackRevisions = d.trackRevisions()
	return f, nil
}

// container is the root storage of an OLE2 file.
type container struct {
	size    int64
	entries []*mscfb.File // root-level entries in directory order
}

func openContainer(data []byte) (c *container, err error) {
	// mscfb is third-party code run on untrusted input; a defect there must
	// still surface as an error for this file. The Word decoding below does
	// not rely on this: it checks its own bounds.
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, errors.New("damaged OLE2 compound file")
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("damaged OLE2 compound file (%s)", oleReason(err))
	}
	c = &container{size: int64(len(data))}
	for _, f := range r.File {
		if len(f.Path) != 0 || f.Name == "Root Entry" && f.FileInfo().IsDir() {
			continue // inside a storage, or the root entry itself
		}
		c.entries = append(c.entries, f)
	}
	return c, nil
}

// oleReason turns an mscfb error into a short lower-case phrase.
func oleReason(err error) string {
	full := err.Error()
	s := strings.TrimPrefix(full, "mscfb: ")
	if i := strings.IndexAny(s, ";("); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if strings.Contains(full, "EOF") {
		if s == "" || s == "EOF" {
			return "file truncated"
		}
		return s + ": file truncated"
	}
	if s == "" {
		return "unreadable"
	}
	return s
}

func (c *container) stream(name string) *mscfb.File {
	for _, f := range c.entries {
		if f.Name == name && !f.FileInfo().IsDir() {
			return f
		}
	}
	return nil
}

// propertySet finds a property set stream, whose stored name starts with
// \x05 (mscfb reports that character apart from the name).
func (c *container) propertySet(name string) *mscfb.File {
	for _, f := range c.entries {
		if f.Name == name && f.Initial == 0x05 && !f.FileInfo().IsDir() {
			return f
		}
	}
	return nil
}

// listing names the first few root entries for an error message.
func (c *container) listing() string {
	const show = 5
	var names []string
	for _, f := range c.entries {
		if len(names) == show {
			names = append(names, "…")
			break
		}
		n := strings.Map(func(r rune) rune {
			if r < 0x20 {
				return -1
			}
			return r
		}, f.Name)
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// read returns a whole stream, charging its size to budget.
func (c *container) read(f *mscfb.File, budget *int64) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("damaged OLE2 compound file: stream %s is unreadable", f.Name)
		}
	}()
	size := f.Size
	if size < 0 || size > c.size {
		return nil, fmt.Errorf("damaged OLE2 compound file: stream %s claims %d bytes in a %d-byte file", f.Name, size, c.size)
	}
	if size > *budget {
		return nil, fmt.Errorf("document too large: streams exceed %d MiB", maxStreamBytes>>20)
	}
	*budget -= size
	b = make([]byte, size)
	for off := int64(0); off < size; {
		end := min(off+readChunk, size)
		n, err := f.Read(b[off:end])
		off += int64(n)
		if err != nil && (!errors.Is(err, io.EOF) || off != size) {
			return nil, fmt.Errorf("damaged OLE2 compound file: stream %s is truncated or broken (%s)", f.Name, oleReason(err))
		}
		if n == 0 && off < size {
			return nil, fmt.Errorf("damaged OLE2 compound file: stream %s is truncated", f.Name)
		}
	}
	return b, nil
}
