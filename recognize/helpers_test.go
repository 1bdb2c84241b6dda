package recognize

import (
	"testing"

	"github.com/minuteslint/minuteslint/reader/markdown"
	"github.com/minuteslint/minuteslint/source"
)

// md reads a Markdown test document.
func md(t testing.TB, text string) *source.File {
	t.Helper()
	f, err := markdown.Read("m.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return f
}
