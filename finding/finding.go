// Package finding is what the linter reports: one problem at one place in
// one file. Rules produce findings; processors filter and sort them; reports
// print them. The JSON field names are part of the public contract
// (schema version 1): fields may be added, never renamed or removed.
package finding

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/source"
)

// Severity orders findings by how much they matter.
type Severity int

// Severities, lowest first.
const (
	Info Severity = iota + 1
	Warning
	Error
)

var severityNames = map[Severity]string{Info: "info", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return "unknown"
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	for sev, name := range severityNames {
		if strings.EqualFold(s, name) {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) {
	if _, ok := severityNames[s]; !ok {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Location is where a finding is: the position recorded by the reader plus
// the enclosing section of the minutes.
type Location struct {
	source.Position
	// Section is the enclosing section's number ("6.1", "Annex A"), empty
	// before the first numbered section.
	Section string `json:"section,omitempty"`
	// SectionTitle is the enclosing section's title, or "cover page" before
	// the first section.
	SectionTitle string `json:"section_title,omitempty"`
}

// Related points at another place that explains a finding, such as the
// other spelling of a name.
type Related struct {
	Message  string   `json:"message"`
	Location Location `json:"location"`
	Excerpt  string   `json:"excerpt,omitempty"`
}

// Finding is one reported problem.
type Finding struct {
	File       string    `json:"file"`
	Rule       string    `json:"rule"`
	Severity   Severity  `json:"severity"`
	Message    string    `json:"message"`
	Subject    string    `json:"subject,omitempty"`
	Location   Location  `json:"location"`
	Excerpt    string    `json:"excerpt,omitempty"`
	Suggestion string    `json:"suggestion,omitempty"`
	Related    []Related `json:"related,omitempty"`
	// Contribution is the number, as written, of the contribution the
	// finding is about, when it is about one; it links a finding about a
	// date or an entry to that contribution's row in a tracker.
	Contribution string `json:"contribution,omitempty"`
}

// Compare orders findings by file, then position in the document, then
// rule and subject, so output is stable from run to run.
func Compare(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Location.Part, b.Location.Part),
		cmp.Compare(a.Location.Line, b.Location.Line),
		cmp.Compare(a.Location.Paragraph, b.Location.Paragraph),
		cmp.Compare(a.Location.Table, b.Location.Table),
		cmp.Compare(a.Location.Row, b.Location.Row),
		cmp.Compare(a.Location.Cell, b.Location.Cell),
		cmp.Compare(a.Location.Column, b.Location.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Subject, b.Subject),
		cmp.Compare(a.Message, b.Message),
	)
}
