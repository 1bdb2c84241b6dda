package worddoc

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/minuteslint/minuteslint/source"
)

// reportPath is the real 3GPP SA WG2 draft report, relative to this
// package's directory.
var reportPath = filepath.Join("..", "..", "..", "shared", "corpus", "3gpp-sa2",
	"3GPP Meeting Helper", "tests", "reports", "S2_132_Draft_Rep_v002.doc")

func readReport(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile(reportPath)
	if err != nil {
		tb.Skipf("corpus document not available: %v", err)
	}
	return data
}

// checkError requires a one-line error that does not panic and, when
// want is set, contains want.
func checkError(t *testing.T, data []byte, want string) {
	t.Helper()
	f, err := Read("x.doc", data)
	if err == nil {
		t.Fatalf("no error; got %d blocks", len(f.Blocks))
	}
	msg := err.Error()
	if strings.ContainsAny(msg, "\r\n") || strings.Contains(msg, "x.doc") {
		t.Errorf("error %q: want one line without the file name", msg)
	}
	if want != "" && !strings.Contains(msg, want) {
		t.Errorf("error %q does not contain %q", msg, want)
	}
}

func TestReportCorpus(t *testing.T) {
	data := readReport(t)
	f, err := Read("S2_132_Draft_Rep_v002.doc", data)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	var paragraphs, headings, tables int
	var entries []string
	var flat []string // texts of all non-table blocks, in order
	entryAt := map[int]int{}
	maxPara := 0
	source.Walk(f.Blocks, func(b *source.Block) bool {
		if b.Kind != source.Table {
			flat = append(flat, b.Text)
		}
		switch b.Kind {
		case source.Table:
			tables++
			return true
		case source.Heading:
			headings++
		}
		paragraphs++
		maxPara = max(maxPara, b.Pos.Paragraph)
		all.WriteString(b.Text)
		all.WriteByte('\n')
		if strings.HasPrefix(b.Text, "TD S2-") {
			entryAt[len(entries)] = len(flat) - 1
			entries = append(entries, b.Text)
		}
		return true
	})
	text := all.String()
	tdocs := map[string]bool{}
	for _, m := range regexp.MustCompile(`S2-19\d{5}`).FindAllString(text, -1) {
		tdocs[m] = true
	}
	t.Logf("distinct Tdoc numbers: %d", len(tdocs))
	if len(tdocs) < 900 {
		t.Errorf("only %d distinct Tdoc numbers", len(tdocs))
	}
	for _, s := range []string{"Noted", "Revised to", "<RETURN - OPEN>", "Merged into", "Agreed", "Document for:", "Abstract:", "Discussion and conclusion:"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if strings.Contains(text, "\u00a0") {
		t.Errorf("no-break spaces left in the text")
	}
	fields := 0
	for _, m := range f.Marks {
		if m.Kind == source.Field {
			fields++
		}
	}
	t.Logf("paragraph numbers up to %d, %d non-empty paragraphs, %d headings, %d tables, %d field marks, %d marks, %d note blocks",
		maxPara, paragraphs, headings, tables, fields, len(f.Marks), len(f.Notes))
	t.Logf("properties: %+v", f.Props)
	if maxPara < 2000 {
		t.Errorf("only %d paragraphs", maxPara)
	}
	if headings < 20 || tables < 1 || fields < 1 {
		t.Errorf("headings %d, tables %d, fields %d", headings, tables, fields)
	}
	t.Logf("Tdoc entries (paragraphs starting \"TD S2-\"): %d", len(entries))
	if len(entries) < 900 {
		t.Errorf("only %d Tdoc entries", len(entries))
	}
	for _, i := range []int{0, 99, 249, 499, len(entries) - 1} {
		if i >= len(entries) {
			continue
		}
		t.Logf("entry %d: %q", i+1, entries[i])
		// What follows up to the next entry: discussion and disposition.
		for j := entryAt[i] + 1; j < len(flat) && j <= entryAt[i]+5 && !strings.HasPrefix(flat[j], "TD S2-"); j++ {
			t.Logf("    then: %q", flat[j])
		}
	}
	// The first entry, checked by hand against the document.
	want := "TD S2-1902937 (AGENDA) Draft Agenda for SA WG2#130. (Source: SA WG2 Chairman).\nDocument for: Approval.\nAbstract: The meeting agenda."
	if entries[0] != want {
		t.Errorf("first entry %q", entries[0])
	}
	for _, b := range f.Blocks {
		if b.Kind == source.Heading && b.Text == "4.1\tCommon issues and Incoming LSs" {
			if b.Level != 2 || b.Style != "heading 2" {
				t.Errorf("heading 4.1: level %d style %q", b.Level, b.Style)
			}
			return
		}
	}
	t.Errorf("heading 4.1 not found")
}

func TestErrors(t *testing.T) {
	syn := synthDoc().build()
	random := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(random)
	withSig := append(append([]byte(nil), oleSignature...), random...)
	encrypted := synthDoc()
	encrypted.flags = 0x0100
	word6 := synthDoc()
	word6.nFib = 0x65
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "empty file"},
		{"random", random, "not an OLE2 compound file"},
		{"signature then random", withSig, "damaged OLE2 compound file"},
		{"header only", syn[:512], "damaged OLE2 compound file"},
		{"truncated", syn[:len(syn)/2], "damaged OLE2 compound file"},
		{"encrypted docx", writeOLE([]oleStream{
			{"EncryptionInfo", []byte{4, 0, 4, 0}},
			{"EncryptedPackage", []byte("secret")},
		}), "password-protected (encrypted) Word file: remove the password in Word and save it again"},
		{"spreadsheet", writeOLE([]oleStream{
			{"Workbook", []byte{9, 8}},
			{"\x05SummaryInformation", nil},
		}), "OLE2 compound file that is not a Word document (streams: Workbook, SummaryInformation)"},
		{"encrypted doc", encrypted.build(), "password-protected Word 97-2003 document: remove the password in Word and save it again"},
		{"word 6", word6.build(), "Word 6.0/95 or older binary document is not supported: save it as .docx"},
		{"no table stream", writeOLE([]oleStream{{"WordDocument", syn[512:1536]}}), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkError(t, c.data, c.want) })
	}
}

func TestTruncatedReport(t *testing.T) {
	data := readReport(t)
	checkError(t, data[:64<<10], "damaged")
	checkError(t, data[:len(data)/2], "damaged")
}

// TestMutations flips bytes of the synthetic document and of the report's
// table stream region: any outcome but a panic or hang is acceptable.
func TestMutations(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	seeds := [][]byte{synthDoc().build()}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := range n {
		base := seeds[i%len(seeds)]
		d := append([]byte(nil), base...)
		for range 1 + rng.Intn(8) {
			// Past the OLE header, so that mutations reach Word structures.
			d[512+rng.Intn(len(d)-512)] = byte(rng.Intn(256))
		}
		f, err := Read("m.doc", d)
		if err == nil && f == nil {
			t.Fatal("nil file without error")
		}
		if err != nil && strings.ContainsAny(err.Error(), "\n") {
			t.Fatalf("multi-line error %q", err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(synthDoc().build())
	nopapx := synthDoc()
	nopapx.noPapx = true
	f.Add(nopapx.build())
	// Minutes as LibreOffice writes Word 97: always present.
	for _, path := range []string{"../../testdata/seed/sec-20.5-interim-minutes.doc", "../../testdata/generic/tsc-minutes-2024-03-12.doc"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	if data, err := os.ReadFile(reportPath); err == nil {
		f.Add(data[:min(len(data), 200<<10)])
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Read("fuzz.doc", data)
		if err != nil {
			msg := err.Error()
			if msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("bad error message %q", msg)
			}
			if r := []rune(msg)[0]; unicode.IsUpper(r) && !strings.HasPrefix(msg, "OLE2") && !strings.HasPrefix(msg, "Word 6") {
				t.Fatalf("error starts upper-case: %q", msg)
			}
			return
		}
		if file == nil {
			t.Fatal("nil file without error")
		}
	})
}

func BenchmarkReadReport(b *testing.B) {
	data := readReport(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("report.doc", data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestReadDoesNotModifyInput(t *testing.T) {
	data := synthDoc().build()
	orig := append([]byte(nil), data...)
	if _, err := Read("x", data); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(orig, data) {
		t.Error("input modified")
	}
}
