package reader

import (
	"errors"

	"github.com/minuteslint/minuteslint/reader/docx"
	"github.com/minuteslint/minuteslint/reader/markdown"
	"github.com/minuteslint/minuteslint/reader/worddoc"
	"github.com/minuteslint/minuteslint/source"
)

func readZip(name string, data []byte) (*source.File, error) {
	f, err := docx.Read(name, data)
	return wrap(name, f, err)
}

func readOLE(name string, data []byte) (*source.File, error) {
	f, err := worddoc.Read(name, data)
	return wrap(name, f, err)
}

func readMarkdown(name, text string) (*source.File, error) {
	f, err := markdown.Read(name, []byte(text))
	return wrap(name, f, err)
}

// wrap names the file in a reader's error.
func wrap(name string, f *source.File, err error) (*source.File, error) {
	if err != nil {
		var re *Error
		if errors.As(err, &re) {
			return nil, err
		}
		return nil, &Error{File: name, Reason: err.Error()}
	}
	return f, nil
}
