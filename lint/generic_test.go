package lint_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/source"
)

// The generic fixture is one set of informal minutes written in Markdown,
// converted to .docx by pandoc and that to .doc by LibreOffice: three
// writers' idea of the same headings, lists, check boxes and tables. All
// three give the same findings.
const genericBase = "../testdata/generic/tsc-minutes-2024-03-12"

func TestGenericThreeForms(t *testing.T) {
	key := func(fs []finding.Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule+" "+f.Subject+" §"+f.Location.Section)
		}
		return out
	}
	want := []string{
		"organisation-inconsistent Acme Corporation §1",
		"duplicate-participant Chen Wei §1",
		"placeholder-text [was/was not] §1",
		"participant-name-variant Elena Rosi §3",
		"placeholder-text TBD §3",
		"participant-unlisted Frank Moreau §5",
		"placeholder-text ?? §5",
		"invalid-date Wednesday, 10 March 2024 §6",
	}
	for _, form := range []struct {
		ext    string
		format source.Format
	}{{".md", source.Markdown}, {".docx", source.Docx}, {".doc", source.Doc}} {
		res := lint.File(genericBase+form.ext, opts())
		if res.Err != nil || res.Format != form.format {
			t.Fatalf("%s: %v %s", form.ext, res.Err, res.Format)
		}
		if got := key(res.Findings); !slices.Equal(got, want) {
			t.Errorf("%s findings:\n%s\nwant:\n%s", form.ext, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
