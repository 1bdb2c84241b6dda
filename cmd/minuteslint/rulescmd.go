package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/minuteslint/minuteslint/rules"
	"github.com/urfave/cli/v2"
)

type ruleInfo struct {
	ID       string   `json:"id"`
	Severity string   `json:"severity"`
	Profiles []string `json:"profiles"`
	Formats  []string `json:"formats"`
	Summary  string   `json:"summary"`
}

func describe(r rules.Rule) ruleInfo {
	m := r.Meta()
	info := ruleInfo{ID: m.ID, Severity: m.Severity.String(), Summary: m.Summary, Profiles: m.Profiles, Formats: []string{}}
	if info.Profiles == nil {
		info.Profiles = []string{"all"}
	}
	for _, f := range m.Formats {
		info.Formats = append(info.Formats, string(f))
	}
	if len(info.Formats) == 0 {
		info.Formats = []string{"all"}
	}
	return info
}

func rulesCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:  "rules",
		Usage: "list the rules: ID, default severity, profiles, summary",
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print as JSON"}},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		Action: func(c *cli.Context) error {
			var infos []ruleInfo
			for _, r := range rules.All() {
				infos = append(infos, describe(r))
			}
			if c.Bool("json") {
				enc := json.NewEncoder(stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(infos)
			}
			tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "RULE\tSEVERITY\tAPPLIES TO\tSUMMARY")
			for _, i := range infos {
				scope := strings.Join(i.Profiles, ",")
				if i.Formats[0] != "all" {
					scope = strings.Join(i.Formats, ",") + " files"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", i.ID, i.Severity, scope, i.Summary)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			_, err := fmt.Fprintln(stdout, "\nminuteslint explain RULE tells more about one rule.")
			return err
		},
	}
}

func explainCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "explain a rule: what it checks, why, an example, how to configure it",
		ArgsUsage: "RULE",
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return cli.Exit(err.Error(), exitUsage)
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("explain takes one rule ID (see `minuteslint rules`)", exitUsage)
			}
			r, err := rules.Lookup(c.Args().First())
			if err != nil {
				return cli.Exit(err.Error(), exitUsage)
			}
			m := r.Meta()
			i := describe(r)
			var b strings.Builder
			fmt.Fprintf(&b, "%s (%s)\n%s\n\n", m.ID, m.Severity, capitalise(m.Summary)+".")
			fmt.Fprintf(&b, "%s\n\n", m.Explanation)
			fmt.Fprintf(&b, "Example:\n%s\n\n", indent(m.Example, "    "))
			fmt.Fprintf(&b, "Applies to: profiles %s; formats %s.\n", strings.Join(i.Profiles, ", "), strings.Join(i.Formats, ", "))
			fmt.Fprintf(&b, "Configure: --disable %s turns it off; --enable %s runs it alone;\n", m.ID, m.ID)
			fmt.Fprintf(&b, "--fail-on %s makes the run fail on it.\n", m.Severity)
			_, err = io.WriteString(stdout, b.String())
			return err
		},
	}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}
