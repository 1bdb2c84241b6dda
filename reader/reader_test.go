package reader

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/minuteslint/minuteslint/source"
)

const seed = "../testdata/seed/sec-20.5-interim-minutes.txt"

func utf16LE(s string, bom bool) []byte {
	var b bytes.Buffer
	if bom {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.Bytes()
}

func utf16BE(s string) []byte {
	var b bytes.Buffer
	b.Write([]byte{0xFE, 0xFF})
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u >> 8))
		b.WriteByte(byte(u))
	}
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	const text = "Chair:\r\n\tFrançois Ennesser\r\nSEC-2016-0002 was “NOTED”\r\n"
	const want = "Chair:\n\tFrançois Ennesser\nSEC-2016-0002 was “NOTED”\n"
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(text), "UTF-8"},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), "UTF-8 with BOM"},
		{"utf-16le bom", utf16LE(text, true), "UTF-16LE"},
		{"utf-16le no bom", utf16LE(text, false), "UTF-16LE"},
		{"utf-16be bom", utf16BE(text), "UTF-16BE"},
		{"windows-1252", []byte("Chair:\r\n\tFran\xe7ois Ennesser\r\nSEC-2016-0002 was \x93NOTED\x94\r\n"), "Windows-1252"},
		{"old mac line ends", []byte(strings.ReplaceAll(text, "\r\n", "\r")), "UTF-8"},
		// NFD input comes back NFC.
		{"decomposed", []byte(strings.ReplaceAll(text, "ç", "c\u0327")), "UTF-8"},
	}
	for _, tc := range cases {
		got, enc, err := Decode(tc.data)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != want || enc != tc.enc {
			t.Errorf("%s: got %q (%s), want %q (%s)", tc.name, got, enc, want, tc.enc)
		}
	}
	if _, _, err := Decode([]byte{0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08}); err == nil {
		t.Error("binary data decoded as text")
	}
}

func TestReadPicksFormat(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"minutes.txt", "minutes", "minutes.md"} {
		f, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		// A .md name declares Markdown; otherwise Word's tab-indented
		// cells make the seed text.
		want := source.Text
		if name == "minutes.md" {
			want = source.Markdown
		}
		if f.Format != want {
			t.Errorf("%s: format %s, want %s", name, f.Format, want)
		}
	}
	md := []byte("# Minutes\n\nPresent: Tess, Dan\n\n## Agenda\n\n- item\n")
	if f, err := Read("notes.txt", md); err != nil || f.Format != source.Markdown {
		t.Errorf("Markdown in a .txt: %v %v", f, err)
	}
}

func TestReadErrors(t *testing.T) {
	cases := map[string][]byte{
		"empty file":                   nil,
		"RTF document":                 []byte(`{\rtf1\ansi x}`),
		"PDF document":                 []byte("%PDF-1.7\n..."),
		"binary data":                  {0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00},
		"not a text, Markdown or Word": {0x00, 0x00, 0x00, 0x00, 0x01},
	}
	for want, data := range cases {
		_, err := Read("x.txt", data)
		if err == nil {
			t.Errorf("%q: no error", want)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "x.txt: ") || !strings.Contains(msg, want) || strings.Contains(msg, "\n") {
			t.Errorf("error %q does not say %q on one line", msg, want)
		}
	}
	// Text under a Word name is not linted as text: a broken download or
	// export would pass unchecked.
	for name, data := range map[string]string{
		"minutes.docx": "Minutes of the meeting\n",
		"minutes.doc":  "<html><body>Minutes</body></html>",
	} {
		if _, err := Read(name, []byte(data)); err == nil || !strings.Contains(err.Error(), "not a Word document") {
			t.Errorf("%s holding text: %v", name, err)
		}
	}
	if _, err := ReadFile("does/not/exist.txt"); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := ReadFile("."); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
}

func TestReadWhitespaceOnly(t *testing.T) {
	f, err := Read("blank.txt", []byte("\n\n  \n"))
	if err != nil || len(f.Blocks) != 0 {
		t.Errorf("%+v %v", f, err)
	}
}

// FuzzRead feeds arbitrary bytes to the format dispatcher: whatever it
// gets, it returns a file or an error, never a panic.
func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile(seed); err == nil {
		f.Add(data)
		f.Add(utf16LE(string(data[:2000]), true))
	}
	f.Add([]byte("\t\n\t\n1\n\n6.1\nTitle\n\tcell"))
	f.Add([]byte("# T\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Read("fuzz", data)
		if err == nil && file == nil {
			t.Fatal("nil file without error")
		}
	})
}
