package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/report"
	"github.com/minuteslint/minuteslint/rules"
	"github.com/urfave/cli/v2"
)

var formats = []string{"text", "json", "xlsx"}

func lintCommand(rawArgs []string, stdin io.Reader, stdout, stderr io.Writer, code *int) *cli.Command {
	return &cli.Command{
		Name:      "lint",
		Usage:     "lint files and directories (the default command)",
		ArgsUsage: "PATH...",
		Description: `Lints each file, and every .docx, .doc, .txt and .md file below each
directory. A PATH of - reads standard input.

--format may be given several times, each followed by its own --output:
  minuteslint lint --format text --format json --output report.json minutes/
prints to the terminal and writes report.json in the same run.`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Usage: "report format: " + strings.Join(formats, ", ") + " (repeatable)"},
			&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the preceding --format to this file instead of standard output"},
			&cli.StringFlag{Name: "profile", Usage: "minutes conventions: " + strings.Join(profile.Names(), ", ") + " (default: detected per file)"},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "exit 1 when a finding is at or above this severity: error, warning, info, none"},
			&cli.StringSliceFlag{Name: "enable", Usage: "run only these rules (repeatable)"},
			&cli.StringSliceFlag{Name: "disable", Usage: "do not run these rules (repeatable)"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the text report: auto, always, never (auto honours NO_COLOR)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "files linted at once"},
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		Action: func(c *cli.Context) error {
			cfg, err := lintConfig(c, rawArgs)
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			if c.NArg() == 0 {
				return cli.Exit("no files to lint (give a file, a directory, or - for standard input)", exitUsage)
			}
			files := lint.Expand(c.Args().Slice())
			if len(files) == 0 {
				return cli.Exit("no minutes files found under "+strings.Join(c.Args().Slice(), ", "), exitUsage)
			}
			// A report must never overwrite the minutes it reports on.
			for _, o := range cfg.outputs {
				if o.path != "" && isInput(o.path, files) {
					return cli.Exit(fmt.Sprintf("--output %s is one of the files being linted", o.path), exitUsage)
				}
			}
			cfg.opts.Stdin = stdin
			results := lint.Run(files, cfg.opts)
			run := &report.Run{Tool: report.Tool{Name: "minuteslint", Version: toolVersion()}}
			for _, r := range cfg.opts.Rules {
				m := r.Meta()
				run.Rules = append(run.Rules, report.RuleDoc{ID: m.ID, Severity: m.Severity.String(), Summary: m.Summary, Explanation: m.Explanation})
			}
			unreadable := false
			for _, r := range results {
				f := report.File{Path: r.Path, Format: string(r.Format), Profile: r.Profile, Doc: r.Doc, Findings: r.Findings, Err: r.Err}
				run.Files = append(run.Files, f)
				unreadable = unreadable || r.Err != nil
			}
			// Files that could not be read are named on standard error,
			// unless the terminal report already names them.
			textOnStdout := slices.Contains(cfg.outputs, output{format: "text"})
			for _, f := range run.Files {
				if f.Err != nil && !textOnStdout {
					fmt.Fprintf(stderr, "minuteslint: cannot read %s\n", report.Printable(f.Err.Error()))
				}
			}
			for _, out := range cfg.outputs {
				if err := writeReport(out, run, stdout, cfg); err != nil {
					fmt.Fprintf(stderr, "minuteslint: %v\n", err)
					*code = exitUsage
					return nil
				}
			}
			*code = exitCode(run, cfg.failOn, unreadable)
			return nil
		},
	}
}

type output struct {
	format string
	path   string
}

type lintSettings struct {
	opts    lint.Options
	outputs []output
	failOn  finding.Severity
	color   bool
}

func lintConfig(c *cli.Context, rawArgs []string) (*lintSettings, error) {
	s := &lintSettings{opts: lint.Options{Jobs: max(1, c.Int("jobs"))}}
	if name := c.String("profile"); name != "" {
		p, err := profile.Lookup(name)
		if err != nil {
			return nil, err
		}
		s.opts.Profile = p
	}
	switch v := strings.ToLower(c.String("fail-on")); v {
	case "none", "never":
		s.failOn = finding.Error + 1
	default:
		sev, err := finding.ParseSeverity(v)
		if err != nil {
			return nil, fmt.Errorf("--fail-on: unknown value %q (want error, warning, info or none)", v)
		}
		s.failOn = sev
	}
	enabled, err := ruleSet(c.StringSlice("enable"), c.StringSlice("disable"))
	if err != nil {
		return nil, err
	}
	s.opts.Rules = enabled
	switch v := strings.ToLower(c.String("color")); v {
	case "always":
		s.color = true
	case "never":
		s.color = false
	case "auto", "":
		s.color = colorTerminal()
	default:
		return nil, fmt.Errorf("--color: %q is not auto, always or never", v)
	}
	s.outputs, err = pairOutputs(rawArgs, c.StringSlice("format"), c.StringSlice("output"))
	if err != nil {
		return nil, err
	}
	return s, nil
}

// ruleSet turns --enable and --disable into the rules to run. Unknown IDs
// are an error: a misspelt ID must not silently check nothing.
func ruleSet(enable, disable []string) ([]rules.Rule, error) {
	for _, id := range slices.Concat(enable, disable) {
		if _, err := rules.Lookup(id); err != nil {
			return nil, err
		}
	}
	var out []rules.Rule
	for _, r := range rules.All() {
		id := r.Meta().ID
		if len(enable) > 0 && !slices.Contains(enable, id) || slices.Contains(disable, id) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// colorTerminal reports whether standard output is a terminal that wants
// colour: not redirected, NO_COLOR unset, TERM not "dumb".
func colorTerminal() bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := os.Stdout.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// pairOutputs matches each --output with the --format before it on the
// command line; a format without an output goes to standard output.
func pairOutputs(rawArgs, formatValues, outputValues []string) ([]output, error) {
	var seq []output
	pending := -1
	for i := 0; i < len(rawArgs); i++ {
		name, value, ok := flagValue(rawArgs, &i)
		if !ok {
			continue
		}
		switch name {
		case "format", "f":
			seq = append(seq, output{format: strings.ToLower(value)})
			pending = len(seq) - 1
		case "output", "o":
			switch {
			case pending >= 0:
				seq[pending].path = value
				pending = -1
			case len(seq) == 0:
				seq = append(seq, output{format: "text", path: value})
			default:
				return nil, fmt.Errorf("--output %s: every --output follows its own --format", value)
			}
		}
	}
	// Flags given some other way than on the command line (tests, or a
	// parser that re-orders): fall back to pairing by position.
	if len(seq) != len(formatValues) && len(formatValues) > 0 {
		seq = nil
		for i, f := range formatValues {
			o := output{format: strings.ToLower(f)}
			if i < len(outputValues) {
				o.path = outputValues[i]
			}
			seq = append(seq, o)
		}
	}
	if len(seq) == 0 {
		seq = []output{{format: "text"}}
		if len(outputValues) > 0 {
			seq[0].path = outputValues[0]
		}
	}
	stdoutUsed := false
	for _, o := range seq {
		if !slices.Contains(formats, o.format) {
			return nil, fmt.Errorf("--format: unknown format %q (known: %s)", o.format, strings.Join(formats, ", "))
		}
		// A workbook is not for a terminal.
		if o.format == "xlsx" && o.path == "" {
			return nil, errors.New("--format xlsx needs --output FILE.xlsx after it")
		}
		if o.path == "" {
			if stdoutUsed {
				return nil, fmt.Errorf("--format %s: only one format can go to standard output; give the others an --output file", o.format)
			}
			stdoutUsed = true
		}
	}
	return seq, nil
}

// flagValue reads a "--name value" or "--name=value" flag at args[*i].
func flagValue(args []string, i *int) (name, value string, ok bool) {
	a := args[*i]
	if a == "--" {
		*i = len(args)
		return "", "", false
	}
	if !strings.HasPrefix(a, "-") || a == "-" {
		return "", "", false
	}
	a = strings.TrimLeft(a, "-")
	if k, v, found := strings.Cut(a, "="); found {
		return k, v, isPairFlag(k)
	}
	if !isPairFlag(a) || *i+1 >= len(args) {
		return "", "", false
	}
	*i++
	return a, args[*i], true
}

func isPairFlag(name string) bool {
	switch name {
	case "format", "f", "output", "o":
		return true
	}
	return false
}

func writeReport(o output, run *report.Run, stdout io.Writer, s *lintSettings) error {
	var w report.Writer
	switch o.format {
	case "text":
		w = report.Text(report.TextOptions{Color: s.color && o.path == ""})
	case "json":
		w = report.JSON
	case "xlsx":
		w = report.XLSX
	}
	if o.path == "" {
		return w(stdout, run)
	}
	return writeFileAtomic(o.path, func(f io.Writer) error { return w(f, run) })
}

func isInput(path string, files []string) bool {
	out, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, f := range files {
		if in, err := os.Stat(f); err == nil && os.SameFile(in, out) {
			return true
		}
	}
	return false
}

// writeFileAtomic writes to a temporary file beside path and renames it
// into place, so a failure never leaves half a report.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

func exitCode(run *report.Run, failOn finding.Severity, unreadable bool) int {
	if unreadable {
		return exitUnreadable
	}
	for _, f := range run.Files {
		for _, fd := range f.Findings {
			if fd.Severity >= failOn {
				return exitFindings
			}
		}
	}
	return exitOK
}
