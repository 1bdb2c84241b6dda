package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type missingDisposition struct{}

func init() { register(missingDisposition{}) }

func (missingDisposition) Meta() Meta {
	return Meta{
		ID:       "missing-disposition",
		Severity: finding.Error,
		Summary:  "a contribution with no disposition",
		Explanation: `Every document a meeting handles needs an outcome in the minutes: NOTED,
AGREED, REVISED, POSTPONED, WITHDRAWN, LEFT OPEN… The portal status and the
chair's tracking are updated from these lines, so a document without one is
lost. The rule does not report a document when the minutes say no
disposition may be given (for example another group's contribution), when
the decision is deferred (e.g. "Will be agreed via email"), or when a later
revision of it received a disposition.`,
		Example: `6.1  SEC-2016-0007  Consultation based Dynamic Authorization System
     Edited online.
     Revision expected
     (no "SEC-2016-0007 was …" line follows)`,
	}
}

func (missingDisposition) Check(d *minutes.Document, r *Reporter) {
	for _, c := range d.Contributions {
		if !c.Listed || len(c.Dispositions) > 0 || c.Exemption != nil || c.Deferral != nil {
			continue
		}
		if later := d.LaterRevision(c); later != nil && len(later.Dispositions) > 0 {
			continue
		}
		num := c.Number.Raw
		msg := fmt.Sprintf("%s has no disposition: the minutes never say whether it was noted, agreed, revised or postponed.", num)
		if len(c.RevisionExpected) > 0 {
			msg = fmt.Sprintf("%s has no disposition: a revision was expected, but neither a revision nor a decision is recorded.", num)
		}
		r.Report(c.At, num, msg, Suggest("Add a line such as \"%s was NOTED\" (or AGREED, REVISED, POSTPONED, LEFT OPEN) after its discussion.", num), About(c))
	}
}
