package reader

import (
	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/source"
)

func readZip(name string, _ []byte) (*source.File, error) {
	return nil, &Error{File: name, Reason: "Word .docx files are not supported by this build"}
}

func readOLE(name string, _ []byte) (*source.File, error) {
	return nil, &Error{File: name, Reason: "Word 97-2003 .doc files are not supported by this build"}
}

func readMarkdown(name, text string) (*source.File, error) {
	f := plaintext.Read(name, text)
	f.Format = source.Markdown
	return f, nil
}
