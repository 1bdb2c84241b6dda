package lint_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/internal/golden"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/reader"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/source"
)

const (
	seedDocx = "../testdata/seed/sec-20.5-interim-minutes.docx"
	seedDoc  = "../testdata/seed/sec-20.5-interim-minutes.doc"
	// seedLOText is the .docx saved as text by LibreOffice: no tabs before
	// table cells, numbers before heading titles, a BOM.
	seedLOText = "../testdata/seed/sec-20.5-interim-minutes.libreoffice.txt"
)

// corpus is the public minutes corpus beside the project, when present.
const corpus = "../../shared/corpus"

func needCorpus(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("../shared/corpus is absent")
	}
}

func TestGoldenSeedDocx(t *testing.T) {
	res := lint.File(seedDocx, opts())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	golden.Check(t, seedDocx+".golden.json", findingsJSON(t, res.Findings))
}

// The Word file and the text export of the same minutes give the same
// findings; the Word ones are placed by paragraph and table, with section
// numbers from the automatic numbering.
func TestSeedDocxMatchesText(t *testing.T) {
	key := func(fs []finding.Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule+" "+f.Subject+" §"+f.Location.Section)
		}
		slices.Sort(out)
		return out
	}
	txt := lint.File(seedText, opts())
	// The .doc is the .docx saved as Word 97-2003 by LibreOffice: another
	// program's writing of the same numbering, tables and styles.
	for _, w := range []struct {
		path   string
		format source.Format
	}{{seedDocx, source.Docx}, {seedDoc, source.Doc}} {
		doc := lint.File(w.path, opts())
		if doc.Err != nil || doc.Format != w.format {
			t.Fatalf("%s: %v %s", w.path, doc.Err, doc.Format)
		}
		if a, b := key(txt.Findings), key(doc.Findings); !slices.Equal(a, b) {
			t.Errorf("text and %s findings differ:\ntext %q\nword %q", w.format, a, b)
		}
		for _, f := range doc.Findings {
			if f.Location.Paragraph == 0 || f.Location.Line != 0 || f.Location.Section == "" {
				t.Errorf("%s: not a Word position: %+v", w.format, f.Location)
			}
		}
		d := recognize.Recognize(mustRead(t, w.path), nil)
		if len(d.Contributions) != 18 || len(d.Participants) != 8 {
			t.Errorf("%s: %d contributions, %d participants", w.format, len(d.Contributions), len(d.Participants))
		}
	}
	lo := lint.File(seedLOText, opts())
	if a, b := key(txt.Findings), key(lo.Findings); lo.Err != nil || !slices.Equal(a, b) {
		t.Errorf("Word's and LibreOffice's text exports give different findings (%v):\nWord %q\nLibreOffice %q", lo.Err, a, b)
	}
	if d := recognize.Recognize(mustRead(t, seedLOText), nil); len(d.Contributions) != 18 || len(d.Participants) != 8 {
		t.Errorf("LibreOffice text: %d contributions, %d participants", len(d.Contributions), len(d.Participants))
	}
}

func mustRead(t testing.TB, path string) *source.File {
	t.Helper()
	f, err := reader.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCorpusSmoke lints every file of the public corpus: each is read
// without an internal error, and the findings are counted so a change
// that adds noise shows in the log.
func TestCorpusSmoke(t *testing.T) {
	needCorpus(t)
	files := lint.Expand([]string{corpus})
	if len(files) < 70 {
		t.Fatalf("only %d corpus files", len(files))
	}
	results := lint.Run(files, opts())
	total := map[string]int{}
	for _, r := range results {
		if r.Err != nil {
			if strings.Contains(r.Err.Error(), "internal error") {
				t.Errorf("%v", r.Err)
			}
			t.Logf("unreadable: %v", r.Err)
			continue
		}
		for _, f := range r.Findings {
			total[f.Rule]++
			if f.Message == "" || f.Location.IsZero() && f.Rule != "tracked-changes" {
				t.Errorf("%s: finding without message or place: %+v", r.Path, f)
			}
		}
	}
	t.Logf("%d files; findings by rule: %v", len(results), total)
}

// TestCorpus3GPPReport checks the 3GPP SA2#132 draft report, a Word 97
// file: its Tdoc entries, the number used for two documents, and the
// revisions left <RETURN - OPEN>.
func TestCorpus3GPPReport(t *testing.T) {
	needCorpus(t)
	path := filepath.Join(corpus, "3gpp-sa2/3GPP Meeting Helper/tests/reports/S2_132_Draft_Rep_v002.doc")
	res := lint.File(path, opts())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if res.Profile != "3gpp" || res.Format != "doc" {
		t.Errorf("profile %s format %s", res.Profile, res.Format)
	}
	listed := 0
	for _, c := range res.Doc.Contributions {
		if c.Listed {
			listed++
		}
	}
	if listed < 930 || listed > 950 {
		t.Errorf("%d Tdoc entries, want about 940", listed)
	}
	count := map[string]int{}
	var dup []string
	for _, f := range res.Findings {
		count[f.Rule]++
		if f.Rule == "duplicate-contribution" {
			dup = append(dup, f.Subject)
		}
	}
	if !slices.Contains(dup, "S2-1903882") {
		t.Errorf("S2-1903882 (two documents, one number) not reported: %v", dup)
	}
	var open int
	for _, f := range res.Findings {
		if f.Rule == "revision-pending" && strings.Contains(f.Message, "<RETURN - OPEN>") {
			open++
		}
	}
	if open < 100 {
		t.Errorf("only %d revisions reported as left <RETURN - OPEN>", open)
	}
	t.Logf("%d entries; findings %v; %d revisions left open", listed, count, open)
}

func TestCorpusAgendaTrackedChanges(t *testing.T) {
	needCorpus(t)
	path := filepath.Join(corpus, "3gpp-sa2/3GPP Meeting Helper/tests/agenda/S2-1911962_SA2-136-Agenda_v7.docx")
	res := lint.File(path, opts())
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var got []finding.Finding
	for _, f := range res.Findings {
		if f.Rule == "tracked-changes" {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Subject != "Puneet Jain" || !strings.HasPrefix(got[0].Message, "180 tracked changes by Puneet Jain") {
		t.Errorf("tracked-changes: %+v", got)
	}
	other := lint.File(filepath.Join(corpus, "3gpp-sa2/3GPP Meeting Helper/tests/agenda/updated_S2-1906993_SA2-134-Agenda-v15.docx"), opts())
	if other.Err != nil {
		t.Fatal(other.Err)
	}
}

func BenchmarkLintSeedDocx(b *testing.B) { benchmarkLint(b, seedDocx) }

func BenchmarkLintCorpus(b *testing.B) {
	needCorpus(b)
	files := lint.Expand([]string{corpus})
	for b.Loop() {
		lint.Run(files, opts())
	}
}
