// Package report prints findings: for the terminal, as JSON, and in the
// formats CI systems and chairs read. Reports see findings and the
// recognised documents; they never read files themselves.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

// File is one linted file as reports see it.
type File struct {
	Path    string
	Format  string
	Profile string
	// Doc is the recognised document; nil when the file could not be read.
	Doc      *minutes.Document
	Findings []finding.Finding
	// Err says why the file could not be read.
	Err error
}

// Tool identifies the program in reports.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	URL     string `json:"url,omitempty"`
}

// RuleDoc describes a rule for reports that explain their findings.
type RuleDoc struct {
	ID          string
	Severity    string
	Summary     string
	Explanation string
}

// Run is everything one invocation produced.
type Run struct {
	Tool  Tool
	Files []File
	// Rules documents the rules that ran, by ID order.
	Rules []RuleDoc
}

// Findings returns every finding of the run, in file order.
func (r *Run) Findings() []finding.Finding {
	var out []finding.Finding
	for _, f := range r.Files {
		out = append(out, f.Findings...)
	}
	return out
}

// Summary counts a run's findings.
type Summary struct {
	Files      int            `json:"files"`
	Unreadable int            `json:"unreadable"`
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	ByRule     map[string]int `json:"by_rule"`
}

// Summarize counts findings by severity and rule.
func (r *Run) Summarize() Summary {
	s := Summary{
		Files:      len(r.Files),
		BySeverity: map[string]int{"error": 0, "warning": 0, "info": 0},
		ByRule:     map[string]int{},
	}
	for _, f := range r.Files {
		if f.Err != nil {
			s.Unreadable++
		}
		for _, fd := range f.Findings {
			s.Findings++
			s.BySeverity[fd.Severity.String()]++
			s.ByRule[fd.Rule]++
		}
	}
	return s
}

// Writer writes one format.
type Writer func(w io.Writer, run *Run) error

// Place is the human form of a finding's location: "minutes.txt:157" for
// text formats, "minutes.docx §6.1 table 3 row 1" for Word.
func Place(path string, loc finding.Location) string {
	var b strings.Builder
	b.WriteString(path)
	switch {
	case loc.Line > 0:
		fmt.Fprintf(&b, ":%d", loc.Line)
		if loc.Section != "" {
			fmt.Fprintf(&b, " §%s", loc.Section)
		}
	default:
		if loc.Part != "" {
			fmt.Fprintf(&b, " (%s)", loc.Part)
		}
		// Word shows no paragraph numbers: the section is what a reader
		// looks for, by its title when it has no number.
		switch {
		case loc.Section != "":
			fmt.Fprintf(&b, " §%s", loc.Section)
		case loc.SectionTitle != "" && loc.SectionTitle != "cover page":
			fmt.Fprintf(&b, " §%q", shorten(loc.SectionTitle, 40))
		}
		switch {
		case loc.Table > 0:
			fmt.Fprintf(&b, " table %d", loc.Table)
			if loc.Row > 0 {
				fmt.Fprintf(&b, " row %d", loc.Row)
			}
			if loc.Cell > 0 {
				fmt.Fprintf(&b, " cell %d", loc.Cell)
			}
		case loc.Paragraph > 0:
			fmt.Fprintf(&b, " paragraph %d", loc.Paragraph)
		}
	}
	return b.String()
}

// shorten cuts s to at most n characters, marking the cut.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n-1])) + "…"
	}
	return s
}
