package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
)

type revisionPending struct{}

func init() { register(revisionPending{}) }

func (revisionPending) Meta() Meta {
	return Meta{
		ID:       "revision-pending",
		Severity: finding.Info,
		Summary:  "a revision expected and not seen in these minutes",
		Explanation: `Lists every document whose revision was asked for and does not appear in
the minutes, so the chair can follow it up at the next meeting or call.
It is information, not an error: revisions are often presented later.`,
		Example: `SEC-2016-0006  Credential Generation for End-to-End Security
Revision expected
SEC-2016-0006 was NOTED         (SEC-2016-0006R01 not in these minutes)`,
	}
}

func (revisionPending) Check(d *minutes.Document, r *Reporter) {
	for _, c := range d.Contributions {
		if len(c.RevisionExpected) == 0 || d.LaterRevision(c) != nil {
			continue
		}
		final := c.Final()
		if final != nil {
			// Revised into another number, withdrawn, or agreed (which
			// dangling-revision reports) — nothing is pending.
			if final.Target != nil || final.Canon == profile.Withdrawn || agreement(final.Canon) {
				continue
			}
		}
		r.Report(c.RevisionExpected[0], c.Number.Raw,
			fmt.Sprintf("A revision of %s was expected and does not appear in these minutes.", c.Number.Raw),
			Also("contribution", c.At))
	}
}
