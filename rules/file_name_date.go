package rules

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type fileNameDate struct{}

func init() { register(fileNameDate{}) }

func (fileNameDate) Meta() Meta {
	return Meta{
		ID:       "file-name-date",
		Severity: finding.Warning,
		Summary:  "the date in the file name is not the meeting's date",
		Explanation: `Repositories of minutes name each file, or its folder, by the meeting's
date, and people and tools find the minutes of a meeting by that name.
When the name and the minutes disagree, either the file was copied from
the previous meeting and the date inside was not updated, or it was saved
under the wrong name: one of the two sends readers to the wrong meeting.
Only year-first dates in names are read (2024-11-27, 20241127, "2012 04
09"); the file's own name is tried first, then its folder and the one
above.`,
		Example: `meeting_minutes/2024/2024-11-27.md:
- Meeting Date: November 25, 2024`,
	}
}

func (fileNameDate) Check(d *minutes.Document, r *Reporter) {
	h := d.Header
	if d.File == nil || h.Start.IsZero() || h.End.IsZero() || h.End.Before(h.Start) {
		return
	}
	named, what, ok := nameDate(d.File.Name)
	if !ok || !named.From.Before(h.Start) && !named.From.After(h.End) {
		return
	}
	held := "on " + h.Start.Format(isoDay)
	if !h.End.Equal(h.Start) {
		held = "from " + h.Start.Format(isoDay) + " to " + h.End.Format(isoDay)
	}
	if v := strings.TrimSpace(h.Date.Value); v != h.Start.Format(isoDay) {
		held += fmt.Sprintf(" (%q)", v)
	}
	r.Report(h.Date.At, named.Raw,
		fmt.Sprintf("The %s name dates these minutes %s, but the meeting was held %s.",
			what, named.From.Format(isoDay), held),
		Suggest("Correct the meeting date, or rename the %s.", what))
}

// nameDate finds the date in a file's name, or else in its folder's or
// the folder above ("plenum/2014-06-21/_index/main.md"), and says which.
func nameDate(path string) (dates.Date, string, bool) {
	parts := strings.Split(filepath.ToSlash(path), "/")
	for i := len(parts) - 1; i >= 0 && i >= len(parts)-3; i-- {
		if d, ok := dates.InName(parts[i]); ok {
			if i == len(parts)-1 {
				return d, "file", true
			}
			return d, "folder", true
		}
	}
	return dates.Date{}, "", false
}
