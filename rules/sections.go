package rules

import (
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

// sectionAt finds the section enclosing a position recorded by the
// reader, for marks that the recognizer does not place (tracked changes,
// comments). It looks for the text place with the same paragraph or line
// and otherwise the last place before it.
func sectionAt(d *minutes.Document, p source.Position) *minutes.Section {
	if p.Part != "" {
		return nil
	}
	var best *minutes.Section
	for _, at := range d.Text {
		q := at.Pos
		if q.Part != "" {
			continue
		}
		switch {
		case p.Paragraph > 0 && q.Paragraph > 0:
			if q.Paragraph > p.Paragraph {
				return best
			}
		case p.Line > 0 && q.Line > 0:
			if q.Line > p.Line {
				return best
			}
		}
		best = at.Section
	}
	return best
}
