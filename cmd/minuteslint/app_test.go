package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seed = "../../testdata/seed/sec-20.5-interim-minutes.txt"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	t.Setenv("NO_COLOR", "1")
	code = run(append([]string{"minuteslint"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"seed has an error", []string{"lint", seed}, 1, ""},
		{"default command", []string{seed}, 1, ""},
		{"fail-on none", []string{"lint", "--fail-on", "none", seed}, 0, ""},
		{"only info rules", []string{"lint", "--enable", "revision-pending", seed}, 0, ""},
		{"fail on info", []string{"lint", "--enable", "revision-pending", "--fail-on", "info", seed}, 1, ""},
		{"unknown rule", []string{"lint", "--disable", "missing-dispo", seed}, 2, `unknown rule "missing-dispo"`},
		{"bad flag", []string{"lint", "--bogus", seed}, 2, "flag provided but not defined: -bogus"},
		{"bad fail-on", []string{"lint", "--fail-on", "sometimes", seed}, 2, "want error, warning, info or none"},
		{"bad format", []string{"lint", "--format", "pdf", seed}, 2, `unknown format "pdf"`},
		{"bad profile", []string{"lint", "--profile", "ieee", seed}, 2, `unknown profile "ieee"`},
		{"bad color", []string{"lint", "--color", "pink", seed}, 2, "--color"},
		{"no paths", []string{"lint"}, 2, "no files to lint"},
		{"unreadable file", []string{"lint", seed, "no-such-file.docx"}, 3, ""},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"explain unknown", []string{"explain", "nope"}, 2, `unknown rule "nope"`},
		{"explain nothing", []string{"explain"}, 2, "one rule ID"},
		{"version", []string{"--version"}, 0, ""},
		{"help", []string{"--help"}, 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if tc.err != "" && !strings.Contains(stderr, tc.err) {
				t.Errorf("stderr %q does not say %q", stderr, tc.err)
			}
			if tc.code == 2 && strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("usage error is more than one line: %q", stderr)
			}
		})
	}
}

func TestTextReport(t *testing.T) {
	_, out, _ := runCLI(t, "lint", seed)
	for _, want := range []string{
		seed + ":157 §6.1  error  invalid-date",
		`The date "2016-01-0" of ARC-2016-0006 does not exist: there is no day 0.`,
		seed + ":44 §1  warning  participant-name-variant",
		"│ Phil Hawkes welcomed the delegates",
		"1 error, 7 warnings, 9 info in 1 file",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour with NO_COLOR set")
	}
	_, coloured, _ := runCLI(t, "lint", "--color", "always", seed)
	if !strings.Contains(coloured, "\x1b[31m") {
		t.Error("--color always gave no colour")
	}
}

func TestJSONReportAndOutputs(t *testing.T) {
	dir := t.TempDir()
	jsonPath := filepath.Join(dir, "findings.json")
	code, out, stderr := runCLI(t, "lint", "--format", "text", "--format", "json", "--output", jsonPath, seed)
	if code != 1 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "invalid-date") {
		t.Error("text report not printed")
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		SchemaVersion int `json:"schema_version"`
		Tool          struct{ Name, Version string }
		Files         []struct {
			File     string
			Profile  string
			Findings int
		}
		Findings []map[string]any
		Summary  struct {
			Findings   int
			BySeverity map[string]int `json:"by_severity"`
			ByRule     map[string]int `json:"by_rule"`
		}
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.SchemaVersion != 1 || rep.Tool.Name != "minuteslint" || len(rep.Files) != 1 || rep.Files[0].Profile != "onem2m" {
		t.Errorf("envelope: %+v", rep)
	}
	if rep.Summary.Findings != len(rep.Findings) || rep.Summary.BySeverity["error"] != 1 || rep.Summary.ByRule["invalid-date"] != 1 {
		t.Errorf("summary: %+v", rep.Summary)
	}
	for _, f := range rep.Findings {
		for _, k := range []string{"file", "rule", "severity", "message", "subject", "location", "excerpt"} {
			if _, ok := f[k]; !ok && k != "excerpt" {
				t.Errorf("finding lacks %s: %v", k, f)
			}
		}
	}
	st, err := os.Stat(jsonPath)
	if err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("report mode %v (%v)", st.Mode(), err)
	}
	// Two formats to standard output is a usage error.
	if code, _, stderr := runCLI(t, "lint", "--format", "text", "--format", "json", seed); code != 2 || !strings.Contains(stderr, "standard output") {
		t.Errorf("two formats on stdout: exit %d %q", code, stderr)
	}
}

func TestPairOutputs(t *testing.T) {
	got, err := pairOutputs([]string{"minuteslint", "lint", "-f", "json", "-o", "a.json", "--format=text", "x"}, []string{"json", "text"}, []string{"a.json"})
	if err != nil || len(got) != 2 || got[0] != (output{"json", "a.json"}) || got[1] != (output{"text", ""}) {
		t.Errorf("%+v %v", got, err)
	}
	got, err = pairOutputs([]string{"minuteslint", "x"}, nil, nil)
	if err != nil || len(got) != 1 || got[0].format != "text" {
		t.Errorf("default: %+v %v", got, err)
	}
}

func TestRulesAndExplain(t *testing.T) {
	code, out, _ := runCLI(t, "rules")
	if code != 0 || !strings.Contains(out, "missing-disposition") || !strings.Contains(out, "tracked-changes") {
		t.Errorf("rules: %d %s", code, out)
	}
	code, out, _ = runCLI(t, "rules", "--json")
	var infos []ruleInfo
	if code != 0 || json.Unmarshal([]byte(out), &infos) != nil || len(infos) < 19 {
		t.Errorf("rules --json: %d %d", code, len(infos))
	}
	for _, i := range infos {
		code, out, _ := runCLI(t, "explain", i.ID)
		if code != 0 || !strings.Contains(out, i.ID) || !strings.Contains(out, "Example:") {
			t.Errorf("explain %s: %d %q", i.ID, code, out)
		}
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"minuteslint", "lint", "--format", "json", "-"}, bytes.NewReader(data), &out, &errb)
	if code != 1 || !strings.Contains(out.String(), `"file": "-"`) || !strings.Contains(out.String(), "invalid-date") {
		t.Errorf("stdin: exit %d, stderr %q, out %.200s", code, errb.String(), out.String())
	}
}

func TestXLSXOutput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	code, out, stderr := runCLI(t, "lint", "--format", "text", "--format", "xlsx", "--output", path, seed)
	if code != 1 || stderr != "" || !strings.Contains(out, "invalid-date") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("PK")) {
		t.Fatalf("workbook not written: %v", err)
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", st.Mode())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	if code, _, stderr := runCLI(t, "lint", "--format", "xlsx", seed); code != 2 || !strings.Contains(stderr, "--output") {
		t.Errorf("xlsx to a terminal: exit %d %q", code, stderr)
	}
}

func TestUnreadableNamedOnStderr(t *testing.T) {
	code, out, stderr := runCLI(t, "lint", "--format", "json", seed, "missing.docx")
	if code != 3 || !strings.Contains(stderr, "minuteslint: cannot read missing.docx: no such file") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, `"error": "missing.docx: no such file"`) {
		t.Errorf("json lacks the error: %.300s", out)
	}
}

func TestOutputNeverOverwritesInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "minutes.txt")
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "lint", "--format", "json", "--output", in, in)
	if code != 2 || !strings.Contains(stderr, "is one of the files being linted") {
		t.Errorf("exit %d %q", code, stderr)
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(after, data) {
		t.Error("input was overwritten")
	}
}
