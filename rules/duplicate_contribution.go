package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type duplicateContribution struct{}

func init() { register(duplicateContribution{}) }

func (duplicateContribution) Meta() Meta {
	return Meta{
		ID:       "duplicate-contribution",
		Severity: finding.Warning,
		Summary:  "one document number used for two different documents",
		Explanation: `A document number identifies one document. When two entries of the
minutes give the same number with different titles or sources, one of them
has the wrong number: its decision is recorded against another document,
and the portal and the chair's list cannot tell them apart. An entry
repeated with the same title and source (a document discussed under two
agenda items) is not reported.`,
		Example: `TD S2-1903882 (OTHER) Show of hands on RRC_INACTIVE and UP Optimisations. (Source: Qualcomm).
…
TD S2-1903882 (OTHER) RRC_INACTIVE and UP Optimisations Comparison. (Source: Huawei, …).`,
	}
}

func (duplicateContribution) Check(d *minutes.Document, r *Reporter) {
	for _, c := range d.Contributions {
		for _, l := range c.Relisted {
			sameTitle := names.Fold(l.Title) == names.Fold(c.Title.Value)
			sameSource := names.Fold(l.Source) == names.Fold(c.Source.Value)
			if sameTitle && sameSource {
				continue
			}
			what := fmt.Sprintf("titled %q here and %q at %s", l.Title, c.Title.Value, where(c.At))
			if sameTitle {
				what = fmt.Sprintf("from %q here and %q at %s", l.Source, c.Source.Value, where(c.At))
			}
			r.Report(l.At, c.Number.Raw,
				fmt.Sprintf("%s is used for two different documents: %s.", c.Number.Raw, what),
				Also("first entry", c.At), About(c),
				Suggest("Check the document number of both entries against the document list."))
		}
	}
}
