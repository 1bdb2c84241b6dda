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
the minutes, and every revision a document was revised to that has no
decision recorded (3GPP: "Revised to TD S2-1903890. <RETURN - OPEN>" with
no later outcome for S2-1903890), so the chair can follow it up at the
plenary, the next meeting or call. It is information, not an error:
revisions are often presented later.`,
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
			Also("contribution", c.At), About(c))
	}
	// Revisions named by "revised to X" that never got a decision.
	reported := map[string]bool{}
	for _, disp := range d.Dispositions {
		if disp.Canon != profile.Revised || disp.Target == nil || reported[disp.Target.ID] {
			continue
		}
		target := d.Contribution(disp.Target.ID)
		if target != nil && (target.Final() != nil || target.Exemption != nil || target.Deferral != nil) {
			continue
		}
		reported[disp.Target.ID] = true
		msg := fmt.Sprintf("%s was revised to %s, which does not appear in these minutes.", disp.Number.Raw, disp.Target.Raw)
		if last := lastOpen(target); last != nil {
			msg = fmt.Sprintf("%s (the revision of %s) is left %s: no decision on it is recorded.", disp.Target.Raw, disp.Number.Raw, last.Word)
		}
		r.Report(disp.At, disp.Target.Raw, msg, About(target))
	}
}

// lastOpen returns the last open state recorded for c, or nil.
func lastOpen(c *minutes.Contribution) *minutes.Disposition {
	if c == nil {
		return nil
	}
	for i := len(c.Dispositions) - 1; i >= 0; i-- {
		if profile.ClassOf(c.Dispositions[i].Canon) == profile.Open {
			return c.Dispositions[i]
		}
	}
	return nil
}
