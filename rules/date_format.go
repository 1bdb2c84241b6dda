package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type dateFormat struct{}

func init() { register(dateFormat{}) }

func (dateFormat) Meta() Meta {
	return Meta{
		ID:       "date-format",
		Severity: finding.Warning,
		Summary:  "a date not in the profile's format, or numeric formats mixed within one document",
		Explanation: `Header and contribution dates are written YYYY-MM-DD in standards bodies'
minutes: that is how portals store them and the only numeric form nobody
misreads. 12/01/2016 is 12 January to some readers and 1 December to others.
Dates written with the month in words in running text ("18-23 January 2016")
are fine; numeric dates in other forms are reported when the document
otherwise uses ISO dates.`,
		Example: `SEC-2016-0002  TS-0003 CR E2E Security …  Qualcomm Inc. (TIA)  12/01/2016`,
	}
}

func (dateFormat) Check(d *minutes.Document, r *Reporter) {
	// Only ISO house formats are checked; a body without one writes
	// dates as it likes.
	if d.Profile.DateLayout != "2006-01-02" {
		return
	}
	usesISO := false
	for _, dt := range d.Dates {
		usesISO = usesISO || dt.Layout == dates.ISO
	}
	for _, dt := range d.Dates {
		if !dt.Valid() || dt.Layout == dates.ISO {
			continue
		}
		if !dt.Field && (dt.Layout == dates.Written || !usesISO) {
			continue
		}
		iso := dt.From.Format("2006-01-02")
		msg := fmt.Sprintf("%s is not written as YYYY-MM-DD.", describeDate(dt))
		if dt.Ambiguous {
			alt := swapDayMonth(dt)
			msg = fmt.Sprintf("%s is ambiguous (%s or %s) and not written as YYYY-MM-DD.", describeDate(dt), dt.From.Format("2 January 2006"), alt)
		} else if !dt.Field {
			msg = fmt.Sprintf("%s mixes a numeric format with the document's YYYY-MM-DD dates.", describeDate(dt))
		}
		r.Report(dt.At, dt.Raw, msg, Suggest("Write %s.", iso), About(dt.Of))
	}
}

func swapDayMonth(dt *minutes.Date) string {
	t := dt.From
	return fmt.Sprintf("%d %s %d", t.Month(), monthName(t.Day()), t.Year())
}

func monthName(m int) string {
	if m < 1 || m > 12 {
		return "?"
	}
	return [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}[m-1]
}
