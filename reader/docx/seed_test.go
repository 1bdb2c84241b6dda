package docx

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

const (
	seedDocx = "seed/sec-20.5-interim-minutes.docx"
	seedTxt  = "seed/sec-20.5-interim-minutes.txt"
	agendas  = "corpus/3gpp-sa2/3GPP Meeting Helper/tests/agenda"
)

func readShared(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(sharedPath(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// txtHeadings lists the numbered headings of the extracted text, where a
// section number stands on its own line before the title.
func txtHeadings(txt string) [][2]string {
	num := regexp.MustCompile(`^\d+(\.\d+)?$`)
	lines := strings.Split(txt, "\n")
	var out [][2]string
	for i := 0; i+1 < len(lines); i++ {
		if num.MatchString(strings.TrimSpace(lines[i])) {
			out = append(out, [2]string{strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])})
		}
	}
	return out
}

func TestSeed(t *testing.T) {
	data := readShared(t, seedDocx)
	txt := string(readShared(t, seedTxt))
	f := readBytes(t, "sec-20.5-interim-minutes.docx", data)

	// Numbered headings, in order, as in the text version.
	want := txtHeadings(txt)
	if len(want) != 14 {
		t.Fatalf("the text version has %d numbered headings, want 14", len(want))
	}
	var got [][2]string
	var unnumbered []string
	for _, b := range f.Blocks {
		if b.Kind != source.Heading {
			continue
		}
		if b.Number == "" {
			unnumbered = append(unnumbered, b.Text)
			continue
		}
		got = append(got, [2]string{b.Number, strings.TrimSpace(b.Text)})
		wantLevel := 1 + strings.Count(b.Number, ".")
		if b.Level != wantLevel {
			t.Errorf("heading %s: level %d, want %d", b.Number, b.Level, wantLevel)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("numbered headings %q\nwant %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d: %q, want %q", i, got[i], want[i])
		}
	}
	if strings.Join(unnumbered, "|") != "oneM2M Notice|Annex A – Participants List" {
		t.Errorf("unnumbered headings %q", unnumbered)
	}

	// Every block's text is in the text version (checkbox glyphs aside,
	// which the extraction dropped).
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	all := norm(txt)
	source.Walk(f.Blocks, func(b *source.Block) bool {
		if b.Kind == source.Table {
			return true
		}
		s := strings.TrimLeft(b.Text, "☐☒ ")
		if !strings.Contains(all, norm(s)) {
			t.Errorf("block text %q is not in the text version", b.Text)
		}
		return true
	})

	// Document numbers split across runs read whole.
	found := false
	var tables []*source.Block
	for i := range f.Blocks {
		if f.Blocks[i].Kind == source.Table {
			tables = append(tables, &f.Blocks[i])
		}
	}
	for _, tb := range tables {
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if c.Text() == "SEC-2016-0002" {
					found = true
				}
			}
		}
	}
	if !found {
		t.Error("no cell reads SEC-2016-0002")
	}

	// The participants table: a header row and eight participants.
	last := tables[len(tables)-1]
	if len(last.Rows) != 9 {
		t.Errorf("participants table has %d rows, want 9", len(last.Rows))
	}
	if c := last.Rows[0].Cells; len(c) != 3 || c[0].Text() != "Firstname" || c[2].Text() != "Organization (Partner)" {
		t.Errorf("participants header %+v", c)
	}
	if c := last.Rows[8].Cells; c[0].Text() != "Dirk" || c[2].Text() != "Giesecke & Devrient GmbH (ETSI)" {
		t.Errorf("last participant %q %q", c[0].Text(), c[2].Text())
	}

	// Bullets are list items; the text version shows them as "· ".
	bullets := strings.Count(txt, "\n· ")
	n := 0
	for _, b := range f.Blocks {
		if b.Kind == source.ListItem {
			n++
			if b.Number != "•" || b.Level != 1 || b.Style != "List Bullet" {
				t.Errorf("list item %+v", b)
			}
		}
	}
	if n != bullets || n == 0 {
		t.Errorf("%d list items, want %d", n, bullets)
	}

	if f.Props.Title != "SEC 20.5 Interim F2F Minutes" || f.Props.Creator != "Karen Hughes" {
		t.Errorf("props %+v", f.Props)
	}
	if len(f.Marks) != 0 {
		t.Errorf("unexpected marks %+v", f.Marks)
	}
}

func TestCorpusAgendas(t *testing.T) {
	dir := sharedPath(t, agendas)
	files, err := filepath.Glob(filepath.Join(dir, "*.docx"))
	if err != nil || len(files) != 2 {
		t.Fatalf("agendas: %v %v", files, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := readBytes(t, filepath.Base(path), data)
			var paras, tables, cells int
			source.Walk(f.Blocks, func(b *source.Block) bool {
				if b.Kind == source.Table {
					tables++
					for _, r := range b.Rows {
						cells += len(r.Cells)
					}
				} else {
					paras++
				}
				return true
			})
			t.Logf("%d top-level blocks, %d paragraphs, %d tables, %d cells, %d notes, %d marks",
				len(f.Blocks), paras, tables, cells, len(f.Notes), len(f.Marks))
			if paras == 0 || tables == 0 {
				t.Error("nothing read")
			}
			if !strings.Contains(path, "SA2-136") {
				return
			}
			ins := marksOf(f, source.Insertion)
			if len(ins) != 180 {
				t.Errorf("%d insertions, want 180", len(ins))
			}
			for _, m := range ins {
				if m.Author != "Puneet Jain" {
					t.Errorf("insertion by %q", m.Author)
				}
			}
			if n := len(marksOf(f, source.Deletion)); n != 0 {
				t.Errorf("%d deletions, want 0", n)
			}
			if !f.Props.TrackRevisions {
				t.Error("trackRevisions not read")
			}
		})
	}
}

func BenchmarkReadSeed(b *testing.B) {
	data := readShared(b, seedDocx)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("seed.docx", data); err != nil {
			b.Fatal(err)
		}
	}
}
