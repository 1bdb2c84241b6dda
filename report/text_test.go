package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/report"
	"github.com/minuteslint/minuteslint/source"
)

func TestPrintable(t *testing.T) {
	cases := map[string]string{
		"plain text, café":            "plain text, café",
		"tab\tand\nbreak":             "tab and break",
		"\x1b]0;pwned\x07\x1b[2J red": `\x1b]0;pwned\x07\x1b[2J red`,
		"C1 \u009b31m":                `C1 \x9b31m`,
	}
	for in, want := range cases {
		if got := report.Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// A document's text cannot send escape sequences to the terminal: the
// text report shows them instead of printing them.
func TestTextReportEscapesControls(t *testing.T) {
	run := &report.Run{Files: []report.File{
		{Path: "m\x1b[2J.txt", Findings: []finding.Finding{{
			File: "m.txt", Rule: "placeholder-text", Severity: finding.Warning,
			Message: "\"<x>\" looks like template text", Subject: "<x>",
			Excerpt: "Venue: <x> \x1b]0;pwned\x07", Suggestion: "Fix \x1b[31m it",
			Location: finding.Location{},
		}}},
		{Path: "bad\x1b.docx", Err: errorString("bad\x1b.docx: damaged")},
	}}
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := report.Text(report.TextOptions{Color: color})(&buf, run); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if color {
			// Colour codes are the report's own; none may come from
			// the document.
			out = strings.NewReplacer("\x1b[0m", "", "\x1b[1m", "", "\x1b[2m", "", "\x1b[31m", "", "\x1b[33m", "", "\x1b[36m", "").Replace(out)
		}
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("control characters reach the terminal (colour %v):\n%q", color, out)
		}
		if !strings.Contains(out, `\x1b]0;pwned\x07`) {
			t.Errorf("the escape is not shown:\n%s", out)
		}
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// Related places are listed, a few at most.
func TestTextReportRelated(t *testing.T) {
	var related []finding.Related
	for i := range 5 {
		related = append(related, finding.Related{Message: "same spelling", Location: finding.Location{Section: "6.1", Position: source.Position{Line: 10 + i}}})
	}
	run := &report.Run{Files: []report.File{{Path: "m.txt", Findings: []finding.Finding{{
		File: "m.txt", Rule: "organisation-inconsistent", Severity: finding.Warning, Message: "m",
		Location: finding.Location{Position: source.Position{Line: 3}}, Related: related,
	}}}}}
	var buf bytes.Buffer
	if err := report.Text(report.TextOptions{})(&buf, run); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"see: same spelling at line 10 §6.1\n", "see: same spelling at line 12 §6.1\n", "see: and 2 more\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "line 13") {
		t.Errorf("more than 3 related places listed:\n%s", out)
	}
}
