package lint_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/internal/golden"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/reader"
	"github.com/minuteslint/minuteslint/rules"
)

const seedText = "../testdata/seed/sec-20.5-interim-minutes.txt"

func opts() lint.Options { return lint.Options{Rules: rules.All(), Jobs: 2} }

func lintBytes(t *testing.T, name string, data []byte) lint.Result {
	t.Helper()
	f, err := reader.Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return lint.Document(f, opts())
}

func findingsJSON(t *testing.T, fs []finding.Finding) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoldenSeedText(t *testing.T) {
	res := lint.File(seedText, opts())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	golden.Check(t, seedText+".golden.json", findingsJSON(t, res.Findings))
}

type want struct{ rule, subject string }

func has(fs []finding.Finding, w want) *finding.Finding {
	for i := range fs {
		if fs[i].Rule == w.rule && (w.subject == "" || fs[i].Subject == w.subject) {
			return &fs[i]
		}
	}
	return nil
}

// TestSeedAcceptance checks what a correct run on the reference minutes
// reports, and what it must not report.
func TestSeedAcceptance(t *testing.T) {
	res := lint.File(seedText, opts())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	fs := res.Findings
	if res.Profile != "onem2m" {
		t.Errorf("profile = %s", res.Profile)
	}
	mustHave := []struct {
		w       want
		sev     finding.Severity
		line    int
		section string
	}{
		{want{"invalid-date", "2016-01-0"}, finding.Error, 157, "6.1"},
		{want{"incomplete-contribution", "SEC-2016-0003"}, finding.Warning, 61, "3"},
		{want{"participant-name-variant", "Phil Hawkes"}, finding.Warning, 44, "1"},
		{want{"organisation-inconsistent", "Qualcomm Inc."}, finding.Warning, 184, "6.2"},
		{want{"organisation-inconsistent", "Qualcomm Inc, (ATIS)"}, finding.Warning, 350, "Annex A"},
		{want{"organisation-inconsistent", "InterDigital"}, finding.Warning, 266, "6.4"},
		{want{"organisation-inconsistent", "Fujitsu Ltd. (TTC)"}, finding.Warning, 346, "Annex A"},
	}
	for _, m := range mustHave {
		f := has(fs, m.w)
		if f == nil {
			t.Errorf("missing %s for %q", m.w.rule, m.w.subject)
			continue
		}
		if f.Severity != m.sev || f.Location.Line != m.line || f.Location.Section != m.section {
			t.Errorf("%s %q: severity %s line %d section %q; want %s line %d section %q",
				m.w.rule, m.w.subject, f.Severity, f.Location.Line, f.Location.Section, m.sev, m.line, m.section)
		}
	}
	for _, who := range []string{"Phil Hawkes", "Philip Hawkes", "Francois Ennesser", "Karen Hughes", "Francois"} {
		if f := has(fs, want{"participant-unlisted", who}); f != nil {
			t.Errorf("participant-unlisted for %s: %s", who, f.Message)
		}
	}
	for _, doc := range []string{"ARC-2016-0006", "ARC-2016-0049R01", "ARC-2016-0033", "ARC-2016-0032", "ARC-2015-2306R01", "SEC-2016-0003"} {
		if f := has(fs, want{"missing-disposition", doc}); f != nil {
			t.Errorf("missing-disposition for %s: %s", doc, f.Message)
		}
	}
	for _, f := range fs {
		if f.Subject == "SEC-2016-0003" && f.Severity == finding.Error {
			t.Errorf("error-severity finding for SEC-2016-0003: %+v", f)
		}
		if f.Location.Line == 0 || f.Location.Section == "" || f.Message == "" {
			t.Errorf("finding without line, section or message: %+v", f)
		}
	}
	// The run fails: invalid-date is an error.
	if has(fs, want{"invalid-date", ""}).Severity != finding.Error {
		t.Error("invalid-date is not an error")
	}
}

// TestSeedLinesPointAtSubject checks that each finding's line holds what
// it talks about, so a secretary finds it.
func TestSeedLinesPointAtSubject(t *testing.T) {
	data, err := os.ReadFile(seedText)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	res := lint.File(seedText, opts())
	for _, f := range res.Findings {
		line := lines[f.Location.Line-1]
		subject := f.Subject
		if f.Rule == "revision-pending" {
			subject = "Revision expected"
		}
		if !strings.Contains(strings.ReplaceAll(line, "\u00a0", " "), subject) {
			t.Errorf("%s %q: line %d is %q", f.Rule, f.Subject, f.Location.Line, line)
		}
	}
}

// TestSeedMutations breaks the reference minutes in the ways a secretary
// does and checks that the matching finding appears.
func TestSeedMutations(t *testing.T) {
	orig, err := os.ReadFile(seedText)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		old, new string
		want     want
	}{
		{"delete a disposition line", "SEC-2016-0021 was NOTED\n", "", want{"missing-disposition", "SEC-2016-0021"}},
		{"impossible date", "\tInterdigital\n\t2016-01-11\n\n\nA revision showing", "\tInterdigital\n\t2016-02-30\n\n\nA revision showing", want{"invalid-date", "2016-02-30"}},
		{"date as 12/01/2016", "\tQualcomm Inc. (TIA)\n\t2016-01-12\n", "\tQualcomm Inc. (TIA)\n\t12/01/2016\n", want{"date-format", "12/01/2016"}},
		{"two dispositions", "SEC-2016-0004 was NOTED\n", "SEC-2016-0004 was NOTED\nSEC-2016-0004 was AGREED\n", want{"conflicting-disposition", "SEC-2016-0004"}},
		{"agreed while revision expected", "SEC-2016-0002 was NOTED\n", "SEC-2016-0002 was AGREED\n", want{"dangling-revision", "SEC-2016-0002"}},
		{"participant twice", "\tDirk\n\tWacker\n\tGiesecke & Devrient GmbH (ETSI)\n", "\tDirk\n\tWacker\n\tGiesecke & Devrient GmbH (ETSI)\n\n\tDirk\n\tWacker\n\tGiesecke & Devrient GmbH (ETSI)\n", want{"duplicate-participant", "Dirk Wacker"}},
		{"chair misspelt", "\tChair:\n\tFrancois Ennesser\n", "\tChair:\n\tFrancois Enesser\n", want{"participant-name-variant", "Francois Enesser"}},
		{"section 6.5 after 6.2", "6.3\nPrivacy", "6.5\nPrivacy", want{"section-numbering", "6.5"}},
		{"contribution after the meeting", "\tQualcomm Inc. \n\t2016-01-14\n", "\tQualcomm Inc. \n\t2016-01-24\n", want{"date-out-of-range", "2016-01-24"}},
		{"TBD in a paragraph", "There were no other contributions to discuss", "There were no other contributions to discuss: TBD", want{"placeholder-text", "TBD"}},
		{"document number misspelt", "SEC-2016-0011 was LEFT OPEN", "SEC-2016-011 was LEFT OPEN", want{"doc-number-format", "SEC-2016-011"}},
		{"unknown disposition", "SEC-2016-0006 was NOTED", "SEC-2016-0006 was NOTICED", want{"unknown-disposition", "NOTICED"}},
		{"speaker not listed", "Phil Hawkes welcomed", "Anna Schmidt welcomed", want{"participant-unlisted", "Anna Schmidt"}},
		{"stray revision expected", "There was no other business to discuss.", "Revision expected", want{"dangling-revision", "Revision expected"}},
		{"broken cross-reference", "There was no other business to discuss.", "See Error! Reference source not found.", want{"field-error", "Error! Reference source not found."}},
	}
	base := lintBytes(t, "seed.txt", orig).Findings
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Count(string(orig), tc.old) != 1 {
				t.Fatalf("%q occurs %d times in the seed", tc.old, strings.Count(string(orig), tc.old))
			}
			if has(base, tc.want) != nil {
				t.Fatalf("the unmodified seed already reports %v", tc.want)
			}
			mutated := strings.Replace(string(orig), tc.old, tc.new, 1)
			fs := lintBytes(t, "seed.txt", []byte(mutated)).Findings
			if has(fs, tc.want) == nil {
				t.Errorf("no %s for %q; got:", tc.want.rule, tc.want.subject)
				for _, f := range fs {
					t.Logf("  %s %q: %s", f.Rule, f.Subject, f.Message)
				}
			}
		})
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("1\nOpening\nThe meeting opened.\n"))
	docx, err := os.ReadFile("../testdata/seed/sec-20.5-interim-minutes.docx")
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/13)
	}
	files := []string{
		write("truncated.docx", docx[:len(docx)/2]),
		write("random.docx", random),
		write("ole.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)),
		write("empty.txt", nil),
		write("binary.txt", []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8}),
		write("notes.rtf", []byte(`{\rtf1\ansi hello}`)),
		filepath.Join(dir, "missing.txt"),
		dir,
		good,
	}
	results := lint.Run(files, opts())
	for i, r := range results[:len(results)-1] {
		if r.Err == nil {
			t.Errorf("%s: no error", files[i])
			continue
		}
		msg := r.Err.Error()
		if !strings.HasPrefix(msg, files[i]+": ") || strings.Contains(msg, "\n") {
			t.Errorf("error is not one line naming the file: %q", msg)
		}
	}
	if results[len(results)-1].Err != nil {
		t.Errorf("good file not linted: %v", results[len(results)-1].Err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "a", ".git"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a", "m.docx"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "~$m.docx"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "notes.md"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "image.png"), []byte("x"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", ".git", "x.md"), []byte("x"), 0o644))
	// A symbolic link back up the tree must not loop.
	must(os.Symlink(dir, filepath.Join(dir, "a", "loop")))
	got := lint.Expand([]string{dir})
	want := []string{filepath.Join(dir, "a", "m.docx"), filepath.Join(dir, "a", "notes.md")}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Expand = %q, want %q", got, want)
	}
}

func BenchmarkLintSeedText(b *testing.B) { benchmarkLint(b, seedText) }

// benchmarkLint reads and lints one file per iteration, from its bytes.
func benchmarkLint(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := reader.Read(filepath.Base(path), data)
		if err != nil {
			b.Fatal(err)
		}
		lint.Document(f, opts())
	}
}

// BenchmarkLintLargeList lints minutes that list 5000 people, each from
// an organisation of their own, with a sentence from each and from 5000
// people not listed: matching speakers and grouping organisations must
// not grow with the square of the list.
func BenchmarkLintLargeList(b *testing.B) {
	// word spells i in letters, so that every name and company differs.
	word := func(prefix string, i int) string {
		return prefix + strings.Map(func(r rune) rune { return 'a' + (r - '0') }, strconv.Itoa(i))
	}
	var doc strings.Builder
	doc.WriteString("# Meeting\n\n## Participants\n\n")
	for i := range 5000 {
		fmt.Fprintf(&doc, "* %s %s - (%s Networks)\n", word("Pers", i), word("Fam", i), word("Corp", i))
	}
	doc.WriteString("\n## Notes\n\n")
	for i := range 10000 {
		fmt.Fprintf(&doc, "%s %s presented the plan.\n\n", word("Pers", i), word("Fam", i))
	}
	data := []byte(doc.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := reader.Read("large.md", data)
		if err != nil {
			b.Fatal(err)
		}
		res := lint.Document(f, opts())
		if len(res.Doc.Participants) != 5000 {
			b.Fatalf("%d participants, want 5000", len(res.Doc.Participants))
		}
	}
}
