package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
)

type conflictingDisposition struct{}

func init() { register(conflictingDisposition{}) }

func (conflictingDisposition) Meta() Meta {
	return Meta{
		ID:       "conflicting-disposition",
		Severity: finding.Error,
		Summary:  "two different final dispositions for the same document and revision",
		Explanation: `A document revision gets one outcome. When the minutes say it was NOTED in
one place and AGREED in another, readers cannot tell which is true, and the
portal gets whichever line a tool reads last. Interim states (LEFT OPEN,
"Revision expected") followed by a final one are not a conflict.`,
		Example: `SEC-2016-0004 was NOTED
…
SEC-2016-0004 was AGREED`,
	}
}

func (conflictingDisposition) Check(d *minutes.Document, r *Reporter) {
	for _, c := range d.Contributions {
		var first *minutes.Disposition
		for _, disp := range c.Dispositions {
			cl := profile.ClassOf(disp.Canon)
			if cl != profile.Final && cl != profile.Superseded {
				continue
			}
			if first == nil {
				first = disp
				continue
			}
			if disp.Canon == first.Canon {
				continue
			}
			r.Report(disp.At, c.Number.Raw,
				fmt.Sprintf("%s is %s here but %s at %s: a document revision can have only one final disposition.",
					c.Number.Raw, disp.Word, first.Word, where(first.At)),
				Also("first disposition", first.At), About(c),
				Suggest("Keep the disposition the meeting decided and delete the other."))
		}
	}
}
