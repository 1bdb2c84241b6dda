package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type docNumberFormat struct{}

func init() { register(docNumberFormat{}) }

func (docNumberFormat) Meta() Meta {
	return Meta{
		ID:       "doc-number-format",
		Severity: finding.Warning,
		Summary:  "a document number that nearly matches the profile's pattern but not quite",
		Explanation: `Document numbers are how readers and tools find a contribution on the
portal. A number with a digit missing, a space for a hyphen or a one-digit
revision (SEC-2016-018, SEC 2016-0018, SEC-2016-0018R1) does not link to
anything, and the decision recorded against it is lost.`,
		Example:  `SEC-2016-018 was NOTED           (SEC-2016-0018 was meant)`,
		Profiles: []string{"onem2m", "3gpp"},
	}
}

func (docNumberFormat) Check(d *minutes.Document, r *Reporter) {
	for _, at := range d.Text {
		for _, m := range d.Profile.NearMisses(at.Text) {
			msg := fmt.Sprintf("%q is not a valid %s document number: %s.", m.Raw, d.Profile.Title, m.Reason)
			var opts []Option
			if m.Want != "" {
				msg = fmt.Sprintf("%q is not a valid %s document number: %s (%s?).", m.Raw, d.Profile.Title, m.Reason, m.Want)
				opts = append(opts, Suggest("Write %s.", m.Want))
			}
			r.Report(at, m.Raw, msg, opts...)
		}
	}
}
