package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type invalidDate struct{}

func init() { register(invalidDate{}) }

func (invalidDate) Meta() Meta {
	return Meta{
		ID:       "invalid-date",
		Severity: finding.Error,
		Summary:  "a date that is malformed or impossible",
		Explanation: `A date that does not exist (2016-02-30, 2016-01-0) or is cut short cannot
be sorted, compared or imported, and it usually hides a typing slip in a
contribution's date or the meeting's dates.`,
		Example: `ARC-2016-0006  TS-0001 CR End-to-End Security  Qualcomm Inc. (TIA)  2016-01-0`,
	}
}

func (invalidDate) Check(d *minutes.Document, r *Reporter) {
	year := meetingYear(d)
	for _, dt := range d.Dates {
		if dt.Valid() {
			continue
		}
		// In running text, an impossible date far from the meeting is
		// usually the subject of discussion ("2030-02-29 is not a valid
		// date"), not a slip.
		if !dt.Field && year > 0 && abs(dt.Year()-year) > 2 {
			continue
		}
		verb := "does not exist"
		if strings.Contains(dt.Problem, " was a ") {
			// The day exists; its day of the week contradicts it.
			verb = "cannot be right"
		}
		r.Report(dt.At, dt.Raw, fmt.Sprintf("%s %s: %s.", describeDate(dt), verb, dt.Problem),
			Suggest("Correct the date%s.", formatHint(d)), About(dt.Of))
	}
	// A date field holding something shaped like a date that is not one
	// ("2016-01", "14/01").
	check := func(f minutes.Field, what string, c *minutes.Contribution) {
		v := strings.TrimSpace(f.Value)
		if v == "" || len(dates.Find(v)) > 0 || !dates.LooksLikeDate(v) {
			return
		}
		r.Report(f.At, v, fmt.Sprintf("%s %q is not a complete date.", what, v), Suggest("Write the full date%s.", formatHint(d)), About(c))
	}
	check(d.Header.Date, "The meeting date", nil)
	for _, c := range d.Contributions {
		check(c.Date, "The date of "+c.Number.Raw, c)
	}
}

// meetingYear is the year of the meeting, from the header or else the
// most common year among the document's valid dates; 0 when unknown.
func meetingYear(d *minutes.Document) int {
	if !d.Header.Start.IsZero() {
		return d.Header.Start.Year()
	}
	count := map[int]int{}
	best := 0
	for _, dt := range d.Dates {
		if dt.Valid() {
			y := dt.From.Year()
			count[y]++
			if count[y] > count[best] {
				best = y
			}
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func describeDate(dt *minutes.Date) string {
	switch {
	case dt.Role == "contribution" && dt.Of != nil:
		return fmt.Sprintf("The date %q of %s", dt.Raw, dt.Of.Number.Raw)
	case dt.Role == "meeting":
		return fmt.Sprintf("The meeting date %q", dt.Raw)
	case dt.Role == "next-meeting":
		return fmt.Sprintf("The next meeting's date %q", dt.Raw)
	}
	return fmt.Sprintf("The date %q", dt.Raw)
}

func formatHint(d *minutes.Document) string {
	if d.Profile.DateExample == "" {
		return ""
	}
	// The meeting's own first day is the example that reads most naturally.
	example := d.Profile.DateExample
	if !d.Header.Start.IsZero() {
		example = d.Header.Start.Format(d.Profile.DateLayout)
	}
	return fmt.Sprintf(" (as %s, e.g. %s)", layoutName(d.Profile.DateLayout), example)
}

func layoutName(layout string) string {
	if layout == "2006-01-02" {
		return "YYYY-MM-DD"
	}
	return layout
}
