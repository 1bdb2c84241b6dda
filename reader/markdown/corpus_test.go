package markdown

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/minuteslint/minuteslint/source"
)

// corpusDir returns the shared minutes corpus, or skips when it is absent.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		tb.Skip("corpus not present at", dir)
	}
	return dir
}

// corpusFiles lists the corpus files that are Markdown: every .md file, and
// the .txt minutes of ietf-httpwg, which are written in Markdown.
func corpusFiles(tb testing.TB, dir string) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(rel, ".md") || strings.HasPrefix(rel, "ietf-httpwg/") && strings.HasSuffix(rel, ".txt") {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// loadCorpus reads a corpus file as the caller of Read would hand it over:
// UTF-8 without BOM, LF line ends.
func loadCorpus(tb testing.TB, dir, rel string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		tb.Fatal(err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
}

func readCorpus(t *testing.T, dir, rel string) (*source.File, []byte) {
	t.Helper()
	data := loadCorpus(t, dir, rel)
	f, err := Read(rel, data)
	if err != nil {
		t.Fatalf("Read(%s): %v", rel, err)
	}
	return f, data
}

// checkInvariants asserts what holds for any input: positions inside the
// file, text in NFC (and valid UTF-8 when the input is).
func checkInvariants(t *testing.T, f *source.File, data []byte) {
	t.Helper()
	lines := 1 + bytes.Count(data, []byte("\n"))
	validIn := utf8.Valid(data)
	checkPos := func(what string, p source.Position) {
		if p.Line < 1 || p.Line > lines || p.Column < 1 {
			t.Errorf("%s: position %d:%d outside the file (%d lines)", what, p.Line, p.Column, lines)
		}
	}
	checkText := func(what, s string) {
		if validIn && !utf8.ValidString(s) {
			t.Errorf("%s: invalid UTF-8 %q", what, s)
		}
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(s) {
			t.Errorf("%s: text not NFC: %q", what, s)
		}
	}
	source.Walk(f.Blocks, func(b *source.Block) bool {
		what := b.Kind.String()
		checkPos(what, b.Pos)
		checkText(what, b.Text)
		switch b.Kind {
		case source.Paragraph, source.Heading, source.ListItem:
		case source.Table:
			if b.Pos.Table < 1 {
				t.Errorf("table without number: %+v", b.Pos)
			}
			for _, r := range b.Rows {
				checkPos("row", r.Pos)
				for _, c := range r.Cells {
					checkPos("cell", c.Pos)
				}
			}
		default:
			t.Errorf("unexpected kind %v", b.Kind)
		}
		if b.Kind == source.Paragraph && b.Text == "" && b.Pos.Cell == 0 {
			t.Errorf("empty paragraph at %d:%d", b.Pos.Line, b.Pos.Column)
		}
		return true
	})
}

func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	files := corpusFiles(t, dir)
	if len(files) < 68 {
		t.Errorf("found %d Markdown files, want at least 68", len(files))
	}
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			f, data := readCorpus(t, dir, rel)
			checkInvariants(t, f, data)
			counts := map[source.Kind]int{}
			source.Walk(f.Blocks, func(b *source.Block) bool {
				if b.Pos.Cell == 0 {
					counts[b.Kind]++
				}
				return true
			})
			t.Logf("%d bytes: %d headings, %d paragraphs, %d list items, %d tables",
				len(data), counts[source.Heading], counts[source.Paragraph], counts[source.ListItem], counts[source.Table])
		})
	}
}

func TestCorpusTC39AttendeeTable(t *testing.T) {
	dir := corpusDir(t)
	f, _ := readCorpus(t, dir, "tc39/meetings/2020-07/july-20.md")
	var found *source.Block
	for i := range f.Blocks {
		if b := &f.Blocks[i]; b.Kind == source.Table && len(b.Rows) > 0 {
			found = b
			break
		}
	}
	if found == nil {
		t.Fatal("no table")
	}
	hdr := found.Rows[0]
	var names []string
	for _, c := range hdr.Cells {
		names = append(names, c.Text())
	}
	if !hdr.Header || strings.Join(names, "|") != "Name|Abbreviation|Organization" {
		t.Errorf("header row = %q (Header %v)", names, hdr.Header)
	}
	if found.Pos.Line != 7 || found.Pos.Table != 1 || hdr.Cells[0].Pos.Line != 7 || hdr.Cells[1].Pos.Column != 26 {
		t.Errorf("table at %+v, header cells at %+v, %+v", found.Pos, hdr.Cells[0].Pos, hdr.Cells[1].Pos)
	}
	if len(found.Rows) < 30 {
		t.Fatalf("%d rows", len(found.Rows))
	}
	// Row 2 is the first attendee, on line 9 (line 8 is the delimiter row).
	r := found.Rows[1]
	if r.Header || r.Pos.Line != 9 || r.Cells[0].Text() != "Yulia Startsev" || r.Cells[1].Text() != "YSV" || r.Cells[2].Text() != "Mozilla" {
		t.Errorf("row 2 = %+v", r)
	}
	var nicolo bool
	for _, r := range found.Rows {
		if r.Cells[0].Text() == "Nicolò Ribaudo" && r.Cells[1].Text() == "NRO" {
			nicolo = true
		}
	}
	if !nicolo {
		t.Error(`no row "Nicolò Ribaudo | NRO"`)
	}
}

func TestCorpusEmptyFile(t *testing.T) {
	dir := corpusDir(t)
	f, data := readCorpus(t, dir, "w3c-tag/raw-minutes/2016-09-14-minutes.md")
	if len(data) != 1 || len(f.Blocks) != 0 {
		t.Errorf("%d bytes gave %d blocks, want 1 byte and none", len(data), len(f.Blocks))
	}
}

// TestCorpusFrontMatter reads a Hugo plenum page with and without front
// matter: the corpus copies carry none, so a typical Hugo header is added
// and must change nothing but the line numbers.
func TestCorpusFrontMatter(t *testing.T) {
	dir := corpusDir(t)
	const rel = "hackerspace-sg/contents/plenum/2021-04-20/_index/main.md"
	plain, _ := readCorpus(t, dir, rel)
	if len(plain.Blocks) == 0 || plain.Blocks[0].Kind != source.Heading || plain.Blocks[0].Text != "Plenum 2021-04-20 Minutes" || plain.Blocks[0].Pos.Line != 1 {
		t.Fatalf("first block = %+v", plain.Blocks[0])
	}
	if plain.Props != (source.Properties{}) {
		t.Errorf("Props = %+v without front matter", plain.Props)
	}

	const header = "---\ntitle: \"Plenum 2021-04-20\"\ndate: 2021-04-20T20:15:00+08:00\ndraft: false\n---\n"
	data := append([]byte(header), loadCorpus(t, dir, rel)...)
	f, err := Read(rel, data)
	if err != nil {
		t.Fatal(err)
	}
	if f.Props.Title != "Plenum 2021-04-20" || f.Props.Created != "2021-04-20T20:15:00+08:00" {
		t.Errorf("Props = %+v", f.Props)
	}
	if len(f.Blocks) != len(plain.Blocks) {
		t.Fatalf("%d blocks with front matter, %d without", len(f.Blocks), len(plain.Blocks))
	}
	for i := range f.Blocks {
		a, b := got(f.Blocks[i]), got(plain.Blocks[i])
		b.line += 5
		if a != b {
			t.Errorf("block %d = %v, want %v", i, a, b)
		}
	}
}

func TestCorpusTaskList(t *testing.T) {
	dir := corpusDir(t)
	f, _ := readCorpus(t, dir, "camara-tsc/documentation/MeetingMinutes/TSC/TSC-2023-09-21-Meeting-Minutes.md")
	checkBlocks(t, f.Blocks[:4], []want{
		head(1, "Agenda and Minutes of CAMARA Technical Steering Committee (TSC) meeting - 2023-09-21", 1, 4),
		head(2, "Invited TSC Participants", 3, 4),
		item(1, "*", "[x] Herbert Damker - (Deutsche Telekom AG) Active Maintainer, TSC chair", 5, 3),
		item(1, "*", "[x] Eric Murray - (Vodafone) Active Maintainer, TSC deputy chair", 6, 3),
	})
	var unchecked int
	for _, b := range f.Blocks {
		if b.Kind == source.ListItem && strings.HasPrefix(b.Text, "[ ] ") {
			unchecked++
		}
	}
	if unchecked == 0 {
		t.Error("no unchecked task item")
	}
}

func TestCorpusDoctoc(t *testing.T) {
	dir := corpusDir(t)
	for _, rel := range corpusFiles(t, dir) {
		if !strings.HasPrefix(rel, "ietf-httpwg/") {
			continue
		}
		f, _ := readCorpus(t, dir, rel)
		for _, b := range f.Blocks {
			if strings.Contains(b.Text, "doctoc") && strings.Contains(b.Text, "<!--") {
				t.Errorf("%s:%d: doctoc marker kept: %q", rel, b.Pos.Line, b.Text)
			}
		}
	}
}

// largestCorpusFile returns the biggest Markdown file of the corpus.
func largestCorpusFile(tb testing.TB) (string, []byte) {
	dir := corpusDir(tb)
	var best string
	var data []byte
	for _, rel := range corpusFiles(tb, dir) {
		if d := loadCorpus(tb, dir, rel); len(d) > len(data) {
			best, data = rel, d
		}
	}
	return best, data
}

func BenchmarkReadLarge(b *testing.B) {
	name, data := largestCorpusFile(b)
	b.Logf("%s, %d bytes", name, len(data))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(name, data); err != nil {
			b.Fatal(err)
		}
	}
}
