package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

type hiddenText struct{}

func init() { register(hiddenText{}) }

func (hiddenText) Meta() Meta {
	return Meta{
		ID:       "hidden-text",
		Severity: finding.Warning,
		Summary:  "text formatted as hidden in a Word file",
		Explanation: `Hidden text does not print and is invisible on screen unless formatting
marks are shown, but it travels with the file and anyone can reveal it.
It is often a deleted remark or a confidential note. The linter leaves it
out of every other check and reports it here.`,
		Example: `(a run formatted Hidden: "to be checked with legal before publication")`,
		Formats: []source.Format{source.Docx, source.Doc},
	}
}

func (hiddenText) Check(d *minutes.Document, r *Reporter) {
	for _, m := range d.File.Marks {
		if m.Kind != source.Hidden {
			continue
		}
		at := minutes.Place{Pos: m.Pos, Text: m.Text, Section: sectionAt(d, m.Pos)}
		r.Report(at, m.Text, fmt.Sprintf("Hidden text is left in the file: %q.", minutes.Excerpt(m.Text, "")),
			Suggest("Delete it, or unhide it if it belongs in the minutes."))
	}
}
