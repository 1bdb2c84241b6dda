package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

type unresolvedComments struct{}

func init() { register(unresolvedComments{}) }

func (unresolvedComments) Meta() Meta {
	return Meta{
		ID:       "unresolved-comments",
		Severity: finding.Warning,
		Summary:  "review comments left in a Word file",
		Explanation: `Review comments are working notes between the secretary, the chair and
the delegates. Left in the published file they expose the discussion about
the minutes and often a question nobody answered. Open comments are
reported one by one; comments marked resolved are reported together, since
they only need deleting.`,
		Example: `Comment by Karen Hughes: "Check the date of ARC-2016-0006 with Phil"`,
		Formats: []source.Format{source.Docx, source.Doc},
	}
}

func (unresolvedComments) Check(d *minutes.Document, r *Reporter) {
	var resolved []source.Mark
	for _, m := range d.File.Marks {
		if m.Kind != source.Comment {
			continue
		}
		if m.Resolved {
			resolved = append(resolved, m)
			continue
		}
		at := minutes.Place{Pos: m.Pos, Text: m.Anchor, Section: sectionAt(d, m.Pos)}
		who := m.Author
		if who == "" {
			who = "an unnamed reviewer"
		}
		r.Report(at, m.Text, fmt.Sprintf("An open review comment by %s is left in the file: %q.", who, minutes.Excerpt(m.Text, "")),
			Suggest("Act on the comment, then delete it (Review > Delete)."))
	}
	if len(resolved) > 0 {
		m := resolved[0]
		at := minutes.Place{Pos: m.Pos, Text: m.Anchor, Section: sectionAt(d, m.Pos)}
		r.Report(at, m.Text, fmt.Sprintf("%d resolved review %s still in the file; the first is here.", len(resolved), plural("comment", len(resolved))),
			Suggest("Review > Delete > Delete All Comments in Document."))
	}
}
