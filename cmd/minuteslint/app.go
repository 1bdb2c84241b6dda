package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit codes (DESIGN §5).
const (
	exitOK         = 0
	exitFindings   = 1
	exitUsage      = 2
	exitUnreadable = 3
)

var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

var commands = []string{"lint", "rules", "explain", "help", "h"}

// run is the program with its environment passed in, so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	args = defaultCommand(args)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && !slices.Contains(commands, args[1]) {
		fmt.Fprintf(stderr, "minuteslint: unknown command %q (commands: lint, rules, explain; run minuteslint --help)\n", args[1])
		return exitUsage
	}
	code := exitOK
	app := newApp(args, stdin, stdout, stderr, &code)
	if err := app.Run(args); err != nil {
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			if msg := err.Error(); msg != "" {
				fmt.Fprintln(stderr, "minuteslint: "+msg)
			}
			return ec.ExitCode()
		}
		fmt.Fprintln(stderr, "minuteslint: "+err.Error())
		return exitUsage
	}
	return code
}

// defaultCommand makes lint the default command: `minuteslint FILE` is
// `minuteslint lint FILE`.
func defaultCommand(args []string) []string {
	if len(args) < 2 {
		return args
	}
	first := args[1]
	switch {
	case slices.Contains(commands, first):
		return args
	case first == "--help" || first == "-h" || first == "--version" || first == "-v":
		return args
	}
	if strings.HasPrefix(first, "-") || looksLikePath(first) {
		return append([]string{args[0], "lint"}, args[1:]...)
	}
	return args
}

func looksLikePath(s string) bool {
	if _, err := os.Stat(s); err == nil {
		return true
	}
	return strings.ContainsAny(s, `./\`)
}

func newApp(args []string, stdin io.Reader, stdout, stderr io.Writer, code *int) *cli.App {
	cli.VersionPrinter = func(c *cli.Context) {
		fmt.Fprintf(c.App.Writer, "minuteslint %s\n", c.App.Version)
	}
	return &cli.App{
		Name:    "minuteslint",
		Usage:   "check meeting minutes before they are published",
		Version: toolVersion(),
		Description: `minuteslint reads minutes (.docx, .doc, text or Markdown) and reports what a
careful reader would: contributions with no disposition, dangling "Revision
expected", impossible dates, participants missing from the list or spelt two
ways, organisations written several ways, template text left in, tracked
changes and comments left in the Word file.

Examples:
  minuteslint minutes.docx
  minuteslint lint --format json --output findings.json minutes/
  minuteslint rules
  minuteslint explain missing-disposition

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or configuration error, 3 a file could not be read.`,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Commands: []*cli.Command{
			lintCommand(args, stdin, stdout, stderr, code),
			rulesCommand(stdout),
			explainCommand(stdout),
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		ExitErrHandler: func(*cli.Context, error) {},
	}
}
