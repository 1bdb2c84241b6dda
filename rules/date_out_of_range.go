package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type dateOutOfRange struct{}

func init() { register(dateOutOfRange{}) }

func (dateOutOfRange) Meta() Meta {
	return Meta{
		ID:       "date-out-of-range",
		Severity: finding.Warning,
		Summary:  "a contribution dated after the meeting, a meeting ending before it starts, a next meeting before this one",
		Explanation: `Dates that are valid on their own can still contradict each other: a
contribution cannot be dated after the meeting that handled it ended, the
meeting cannot end before it starts, and the next meeting must come after
this one. Each case is usually a slip in the year or the month.`,
		Example: `Meeting Date: 2016-01-14 to 2016-01-16
SEC-2016-0021  …  2016-02-14`,
	}
}

const isoDay = "2006-01-02"

func (dateOutOfRange) Check(d *minutes.Document, r *Reporter) {
	h := d.Header
	if !h.Start.IsZero() && !h.End.IsZero() && h.End.Before(h.Start) {
		r.Report(h.Date.At, h.Date.Value,
			fmt.Sprintf("The meeting ends (%s) before it starts (%s).", h.End.Format(isoDay), h.Start.Format(isoDay)),
			Suggest("Correct the start or end date."))
	}
	if h.End.IsZero() {
		return
	}
	for _, dt := range d.Dates {
		if dt.Role != "contribution" || !dt.Valid() || dt.Of == nil {
			continue
		}
		if dt.From.After(h.End) {
			r.Report(dt.At, dt.Raw,
				fmt.Sprintf("%s is dated %s, after the meeting ended (%s).", dt.Of.Number.Raw, dt.From.Format(isoDay), h.End.Format(isoDay)),
				Also("meeting dates", h.Date.At), Suggest("Check the year and the month of the date."), About(dt.Of))
		}
	}
	for _, n := range d.NextMeetings {
		if n.From.IsZero() || n.From.After(h.End) {
			continue
		}
		what := "The next meeting"
		if n.Name != "" {
			what = fmt.Sprintf("The next meeting (%s)", n.Name)
		}
		r.Report(n.At, n.Raw,
			fmt.Sprintf("%s starts %s, not after this meeting ended (%s).", what, n.From.Format(isoDay), h.End.Format(isoDay)),
			Also("meeting dates", h.Date.At))
	}
}
