// Package reader opens a minutes file of any supported format and hands
// back its blocks. The format is picked by content, not only by name: a
// Word file renamed .txt is still read as Word, and a .txt that is really
// Markdown is read as Markdown.
package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/source"
)

// MaxFileSize bounds what is read of one file: minutes are far smaller,
// and anything larger is not minutes.
const MaxFileSize = 256 << 20

// Error is a file that could not be read, with the reason in words.
type Error struct {
	File   string
	Reason string
}

func (e *Error) Error() string { return e.File + ": " + e.Reason }

// ReadFile reads the file at path. A path of "-" reads standard input.
func ReadFile(path string) (*source.File, error) {
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = readLimited(os.Stdin)
	} else {
		var f *os.File
		f, err = os.Open(path)
		if err == nil {
			var st os.FileInfo
			if st, err = f.Stat(); err == nil && st.IsDir() {
				err = errors.New("is a directory")
			} else if err == nil {
				data, err = readLimited(f)
			}
			f.Close()
		}
	}
	if err != nil {
		return nil, &Error{File: path, Reason: reason(err)}
	}
	return Read(path, data)
}

// ReadFrom reads a whole file from r (standard input) under the given name.
func ReadFrom(name string, r io.Reader) (*source.File, error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, &Error{File: name, Reason: reason(err)}
	}
	return Read(name, data)
}

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("larger than %d MiB: not minutes", MaxFileSize>>20)
	}
	return data, nil
}

// reason turns an operating-system error into the words a user needs.
func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// Read parses data as the format its content shows. name is used for
// messages and to tell Markdown from plain text when the content does not.
func Read(name string, data []byte) (*source.File, error) {
	fail := func(why string) (*source.File, error) { return nil, &Error{File: name, Reason: why} }
	switch {
	case len(data) == 0:
		return fail("empty file")
	case bytes.HasPrefix(data, zipMagic), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return readZip(name, data)
	case bytes.HasPrefix(data, oleMagic):
		return readOLE(name, data)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return fail("RTF document: not supported; save it as .docx or text")
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return fail("PDF document: not supported; lint the Word or text original")
	}
	text, _, err := Decode(data)
	if err != nil {
		return fail(err.Error())
	}
	// A Word name on text is a broken file, an export saved under the
	// wrong name or a web page: read as text it would pass unchecked.
	if wordName(name) {
		if htmlStart.MatchString(text) {
			return fail("a web page (HTML), not a Word document: open it in Word and save it as .docx")
		}
		return fail("plain text, not a Word document: rename it .txt to lint it as text")
	}
	if strings.TrimSpace(text) == "" {
		return &source.File{Name: name, Format: source.Text}, nil
	}
	if isMarkdown(name, text) {
		return readMarkdown(name, text)
	}
	return plaintext.Read(name, text), nil
}

// wordName reports whether a file's name says it is a Word document.
func wordName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".doc", ".dotx", ".dot":
		return true
	}
	return false
}

var htmlStart = regexp.MustCompile(`(?i)^\s*(?:<!doctype\s+html|<html|<\?xml[^>]*>\s*<html)`)

var (
	atxHeading  = regexp.MustCompile(`(?m)^#{1,6}[ \t]+\S`)
	setextUnder = regexp.MustCompile(`(?m)^[^\s\t].*\n(?:=+|-{3,})[ \t]*$`)
	pipeTable   = regexp.MustCompile(`(?m)^\|?[ \t]*:?-{3,}:?[ \t]*\|`)
	tabCells    = regexp.MustCompile(`(?m)^\t\S`)
)

// isMarkdown tells Markdown from text exported from Word: a Markdown name,
// or Markdown headings or tables in a text that does not have Word's
// tab-indented table cells.
func isMarkdown(name, text string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	if len(tabCells.FindAllStringIndex(text, 3)) >= 3 {
		return false
	}
	return atxHeading.MatchString(text) || setextUnder.MatchString(text) || pipeTable.MatchString(text)
}
