package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type unknownDisposition struct{}

func init() { register(unknownDisposition{}) }

func (unknownDisposition) Meta() Meta {
	return Meta{
		ID:       "unknown-disposition",
		Severity: finding.Warning,
		Summary:  "a disposition word outside the profile's vocabulary",
		Explanation: `Dispositions are read by people and by the tools that update the document
portal, which know a fixed vocabulary (for oneM2M: AGREED, APPROVED, NOTED,
REVISED, WITHDRAWN, POSTPONED, LEFT OPEN, NOT HANDLED, PARTLY AGREED, …).
A word outside it is either a typing slip or a status nobody can act on.`,
		Example: `SEC-2016-0002 was NOTICED      (NOTED was meant)`,
	}
}

func (unknownDisposition) Check(d *minutes.Document, r *Reporter) {
	keywords := d.Profile.Keywords()
	for _, disp := range d.Dispositions {
		if disp.Canon != "" {
			continue
		}
		best, bestDist := "", 4
		for _, k := range keywords {
			if dist := names.Distance(strings.ToUpper(disp.Word), k); dist < bestDist {
				best, bestDist = k, dist
			}
		}
		msg := fmt.Sprintf("%q is not a disposition %s minutes use for %s.", disp.Word, d.Profile.Title, disp.Number.Raw)
		opts := []Option{About(d.Contribution(disp.Number.ID))}
		if best != "" {
			msg = fmt.Sprintf("%q is not a disposition %s minutes use for %s; did you mean %s?", disp.Word, d.Profile.Title, disp.Number.Raw, best)
			opts = append(opts, Suggest("Write \"%s was %s\".", disp.Number.Raw, best))
		} else {
			opts = append(opts, Suggest("Use one of: %s.", strings.Join(keywords, ", ")))
		}
		r.Report(disp.At, disp.Word, msg, opts...)
	}
}
