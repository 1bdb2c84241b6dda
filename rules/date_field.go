package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

type dateField struct{}

func init() { register(dateField{}) }

func (dateField) Meta() Meta {
	return Meta{
		ID:       "date-field",
		Severity: finding.Warning,
		Summary:  "a DATE or TIME field that changes each time the file is opened",
		Explanation: `A DATE or TIME field in Word shows the current date, not the date it was
typed: the minutes show the right date on the day they are written and a
different one whenever they are opened or printed later. A meeting date,
a deadline or an approval date written this way silently becomes wrong.
Dates that must not change are typed, or the field is converted to plain
text (select it and press Ctrl+Shift+F9). CREATEDATE and SAVEDATE fields
are stable and not reported.`,
		Example: `Meeting Date: { DATE \@ "yyyy-MM-dd" }   (shows 2016-01-14 today, another date tomorrow)`,
		Formats: []source.Format{source.Docx, source.Doc},
	}
}

func (dateField) Check(d *minutes.Document, r *Reporter) {
	for _, m := range d.File.Marks {
		if m.Kind != source.Field {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSpace(m.Text), " ")
		name = strings.ToUpper(name)
		if name != "DATE" && name != "TIME" {
			continue
		}
		at := minutes.Place{Pos: m.Pos, Text: m.Result, Section: sectionAt(d, m.Pos)}
		shown := strings.TrimSpace(m.Result)
		msg := fmt.Sprintf("A %s field shows %q now, but Word replaces it with the date the file is opened or printed.", name, shown)
		if shown == "" {
			msg = fmt.Sprintf("A %s field shows the date the file is opened or printed, not a fixed date.", name)
		}
		r.Report(at, m.Text, msg, Excerpt(shown),
			Suggest("Type the date, or select the field and press Ctrl+Shift+F9 to turn it into text."))
	}
}
