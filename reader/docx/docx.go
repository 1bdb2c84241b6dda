// Package docx reads Word files in Office Open XML WordprocessingML (.docx,
// .docm, .dotx) into the neutral source model.
//
// The reader streams every part through encoding/xml and matches elements by
// namespace URI, so both Transitional and Strict files work whatever prefixes
// they use. It renders what Word would show: tracked insertions kept and
// deletions dropped, field results rather than field codes, hidden text left
// out, automatic numbering rebuilt from numbering.xml. Everything that is not
// visible text (tracked changes, comments, fields, hidden text, placeholders)
// is reported as a source.Mark.
//
// Layout choices the model leaves open:
//   - A text box's paragraphs follow the paragraph that anchors it.
//   - Empty paragraphs are not blocks but are counted in Pos.Paragraph.
//   - A table block's Pos has its own Table number and the Paragraph that
//     starts it; rows and cells add Row and Cell.
//   - Paragraphs of several parts of one kind (two headers) are numbered on
//     from one part to the next, so that positions stay distinct.
//   - A row deleted with tracking is left out of Rows (still counted in
//     Row numbers); its text is in the deletion mark.
//   - Changes to a paragraph mark (inserted, deleted, reformatted) have the
//     text "¶". A paragraph whose mark is deleted runs on into the next
//     paragraph of its container, as accepting the change does: one block
//     at the first paragraph's position, with the second one's style,
//     level and number.
package docx

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/source"
)

// Limits that keep memory and time bounded whatever the input. They are
// variables only so that tests can lower them.
var (
	maxPartSize  int64 = 64 << 20  // uncompressed bytes of one part
	maxTotalSize int64 = 256 << 20 // uncompressed bytes of all parts read
	maxEntries         = 10000     // ZIP entries in the archive
	maxDepth           = 512       // XML element nesting
	// maxItems caps paragraphs, rows, cells and marks together: a 64 MiB
	// part could otherwise describe tens of millions of empty elements.
	maxItems = 1_000_000
)

const (
	// maxMarkText caps the text kept in one mark and maxMarkBytes the text
	// kept in all marks: one run can sit inside many open changes at once.
	maxMarkText  = 64 << 10
	maxMarkBytes = 64 << 20
	// maxOpen caps text collectors open at once (comment ranges that are
	// never closed would otherwise make every run quadratic).
	maxOpen = 64
	// maxSpan caps grid spans and skipped grid columns (Word allows 63).
	maxSpan = 1000
)

// ErrOLE2 is returned (wrapped) for OLE2 compound files: a legacy .doc or a
// password-protected .docx, which Word stores inside an OLE2 container.
var ErrOLE2 = errors.New("OLE2 compound file")

// Read parses a .docx (Office Open XML WordprocessingML) held in data. name
// becomes File.Name; errors do not repeat it (the caller prefixes it).
func Read(name string, data []byte) (f *source.File, err error) {
	// The parser is written not to panic; this only turns an unforeseen bug
	// into an error so that one bad file cannot stop a batch.
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("internal error reading Word file: %v", r)
		}
	}()
	if err := sniff(data); err != nil {
		return nil, err
	}
	pk, err := openPackage(data)
	if err != nil {
		return nil, err
	}
	r := &reader{
		pkg:      pk,
		file:     &source.File{Name: name, Format: source.Docx},
		comments: map[string]*comment{},
	}
	if err := r.read(); err != nil {
		return nil, err
	}
	return r.file, nil
}

var ole2Magic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// sniff rejects inputs that are certainly not a ZIP package, with the reason.
func sniff(data []byte) error {
	if len(data) == 0 {
		return errors.New("not a Word file: empty file")
	}
	if bytes.HasPrefix(data, ole2Magic[:4]) {
		// An encrypted .docx is an OLE2 file holding a stream named
		// "EncryptedPackage"; directory entry names are UTF-16LE.
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return fmt.Errorf("password-protected (encrypted) Word file: remove the password in Word and save again (%w)", ErrOLE2)
		}
		return fmt.Errorf("%w (a legacy Word 97-2003 .doc), not a .docx", ErrOLE2)
	}
	return nil
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// cleanSpace trims a property value; values are short, so NFC is cheap.
func cleanSpace(s string) string { return nfc(strings.TrimSpace(s)) }
