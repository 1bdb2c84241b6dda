package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
)

// TextOptions control the terminal report.
type TextOptions struct {
	Color bool
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// Text writes findings for a person at a terminal: grouped by file, each
// with its place, severity, rule, message, excerpt and suggestion, and a
// closing summary line.
func Text(opts TextOptions) Writer {
	paint := func(code, s string) string {
		if !opts.Color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	sevColor := map[finding.Severity]string{finding.Error: ansiRed + ansiBold, finding.Warning: ansiYellow, finding.Info: ansiCyan}
	return func(w io.Writer, run *Run) error {
		ew := &errWriter{w: w}
		for _, f := range run.Files {
			if f.Err != nil {
				ew.printf("%s %s\n", paint(ansiRed+ansiBold, "cannot read"), Printable(f.Err.Error()))
				continue
			}
			if len(f.Findings) == 0 {
				continue
			}
			ew.printf("%s\n", paint(ansiBold, Printable(f.Path)))
			for _, fd := range f.Findings {
				ew.printf("  %s  %s  %s\n", paint(ansiBold, Printable(Place(f.Path, fd.Location))),
					paint(sevColor[fd.Severity], fd.Severity.String()), paint(ansiDim, fd.Rule))
				ew.printf("    %s\n", Printable(fd.Message))
				if fd.Excerpt != "" && fd.Excerpt != fd.Subject {
					ew.printf("    %s %s\n", paint(ansiDim, "│"), Printable(fd.Excerpt))
				}
				for i, r := range fd.Related {
					if i == maxRelated {
						ew.printf("    %s and %d more\n", paint(ansiDim, "see:"), len(fd.Related)-i)
						break
					}
					ew.printf("    %s %s at %s\n", paint(ansiDim, "see:"), Printable(r.Message), Printable(shortPlace(r.Location)))
				}
				if fd.Suggestion != "" {
					ew.printf("    %s %s\n", paint(ansiDim, "fix:"), Printable(fd.Suggestion))
				}
			}
			ew.printf("\n")
		}
		ew.printf("%s\n", summaryLine(run.Summarize(), paint, sevColor))
		return ew.err
	}
}

// maxRelated is how many related places a finding lists in the text
// report; an organisation can be written one way a hundred times.
const maxRelated = 3

// shortPlace is a place within the file being reported: "line 184 §6.2",
// "§Annex A table 19 row 5 cell 3".
func shortPlace(loc finding.Location) string {
	p := strings.TrimSpace(Place("", loc))
	if loc.Line > 0 {
		p = "line " + strings.TrimPrefix(p, ":")
	}
	return p
}

func summaryLine(s Summary, paint func(string, string) string, colors map[finding.Severity]string) string {
	var parts []string
	count := func(n int, sev finding.Severity, word string) {
		text := fmt.Sprintf("%d %s", n, word)
		if n != 1 && word != "info" {
			text += "s"
		}
		if n > 0 {
			text = paint(colors[sev], text)
		}
		parts = append(parts, text)
	}
	count(s.BySeverity["error"], finding.Error, "error")
	count(s.BySeverity["warning"], finding.Warning, "warning")
	count(s.BySeverity["info"], finding.Info, "info")
	files := fmt.Sprintf("%d file", s.Files-s.Unreadable)
	if s.Files-s.Unreadable != 1 {
		files += "s"
	}
	line := fmt.Sprintf("%s in %s", strings.Join(parts, ", "), files)
	if s.Unreadable > 0 {
		line += fmt.Sprintf("; %d file", s.Unreadable)
		if s.Unreadable != 1 {
			line += "s"
		}
		line += " could not be read"
	}
	return line
}

// errWriter keeps the first write error so printing code stays flat.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// Printable makes text taken from a document safe to print on a
// terminal: tabs and line breaks become spaces, and other control
// characters (an escape sequence in a file could retitle or clear the
// terminal) are shown as \xNN.
func Printable(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case isControl(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }
