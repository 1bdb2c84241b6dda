package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
)

type danglingRevision struct{}

func init() { register(danglingRevision{}) }

func (danglingRevision) Meta() Meta {
	return Meta{
		ID:       "dangling-revision",
		Severity: finding.Warning,
		Summary:  `a "Revision expected" with no contribution, or a document agreed while its revision is still expected`,
		Explanation: `"Revision expected" asks the source for an updated version. It must belong
to a contribution, and that contribution cannot be AGREED or APPROVED as it
stands while the revision is awaited: the agreement belongs to the
revision. Either the revision is missing from the minutes, or the
"Revision expected" line is stale.`,
		Example: `SEC-2016-0002  TS-0003 CR E2E Security …
Revision expected
SEC-2016-0002 was AGREED        (no SEC-2016-0002R01 anywhere)`,
	}
}

func (danglingRevision) Check(d *minutes.Document, r *Reporter) {
	for _, at := range d.StrayRevisions {
		r.Report(at, "Revision expected",
			`"Revision expected" here belongs to no contribution: no document is under discussion at this point.`,
			Suggest("Name the document (\"Revision of SEC-2016-0002 expected\") or move the line under its contribution."))
	}
	for _, c := range d.Contributions {
		if len(c.RevisionExpected) == 0 {
			continue
		}
		final := c.Final()
		if final == nil || !agreement(final.Canon) || d.LaterRevision(c) != nil {
			continue
		}
		r.Report(final.At, c.Number.Raw,
			fmt.Sprintf("%s is %s although a revision of it was expected (%s) and none is recorded.",
				c.Number.Raw, final.Word, where(c.RevisionExpected[0])),
			Also(`"Revision expected"`, c.RevisionExpected[0]), About(c),
			Suggest("Record the revision's number and disposition, or remove \"Revision expected\" if the document was agreed as it stands."))
	}
}

func agreement(c profile.Canon) bool {
	switch c {
	case profile.Agreed, profile.Approved, profile.PartlyAgreed, profile.Endorsed:
		return true
	}
	return false
}
