package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type organisationInconsistent struct{}

func init() { register(organisationInconsistent{}) }

func (organisationInconsistent) Meta() Meta {
	return Meta{
		ID:       "organisation-inconsistent",
		Severity: finding.Warning,
		Summary:  "one organisation written in different ways, or with different partners",
		Explanation: `Statistics per company, attendance records and the chair's spreadsheet
group by organisation name, so one company written three ways counts as
three. A different partner (the member body in parentheses) for the same
company is a factual contradiction. Sources of contributions, the
participants list and the header are compared; case, punctuation, legal
forms (Inc., Ltd., GmbH) and partners are all taken into account. Each
spelling that differs from the most common one is reported once, at its
first use.`,
		Example: `SEC-2016-0002 … Qualcomm Inc. (TIA)
SEC-2015-0661R01 … Qualcomm Inc.
Annex A: Philip | Hawkes | Qualcomm Inc, (ATIS)`,
	}
}

func (organisationInconsistent) Check(d *minutes.Document, r *Reporter) {
	for _, o := range d.Organisations() {
		if len(o.Forms) < 2 {
			continue
		}
		var all []string
		for _, f := range o.Forms {
			all = append(all, fmt.Sprintf("%q (%s)", f, times(o.Count[f])))
		}
		ref := usesOf(d, o, o.Reference)
		for _, form := range o.Forms {
			if form == o.Reference {
				continue
			}
			uses := usesOf(d, o, form)
			first := uses[0]
			// As written, partner or note included.
			written := strings.Join(strings.Fields(first.Org.Raw), " ")
			msg := fmt.Sprintf("%q is written %q elsewhere (%s); this organisation is written %d ways: %s.",
				written, o.Reference, times(len(ref)), len(o.Forms), strings.Join(all, ", "))
			if p, q := first.Org.Partner, ref[0].Org.Partner; d.Profile.Formal && p != "" && q != "" && !strings.EqualFold(p, q) {
				msg = fmt.Sprintf("%q gives the partner %s, but %q (%s) gives %s; this organisation is written %d ways: %s.",
					form, p, o.Reference, times(len(ref)), q, len(o.Forms), strings.Join(all, ", "))
			}
			opts := []Option{Also("most common spelling", ref[0].At), Suggest("Write %q everywhere, or correct whichever is wrong.", o.Reference)}
			for _, u := range uses[1:] {
				opts = append(opts, Also("same spelling", u.At))
			}
			r.Report(first.At, written, msg, opts...)
		}
	}
}

func usesOf(d *minutes.Document, o *minutes.Organisation, form string) []minutes.OrgUse {
	var out []minutes.OrgUse
	for _, u := range o.Uses {
		if d.OrgForm(u.Org) == form {
			out = append(out, u)
		}
	}
	return out
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}
