package docx

import (
	"os"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/source"
)

// checkRead is what every input must satisfy: no panic (Read would turn
// one into an "internal error"), either a file or one clear line of error.
func checkRead(t *testing.T, data []byte) {
	f, err := Read("fuzz.docx", data)
	if err != nil {
		msg := err.Error()
		if strings.HasPrefix(msg, "internal error") || strings.Contains(msg, "\n") || msg == "" {
			t.Fatalf("bad error %q", msg)
		}
		if f != nil {
			t.Fatal("file returned with an error")
		}
		return
	}
	if f == nil || f.Format != source.Docx {
		t.Fatal("no file")
	}
	for _, list := range [][]source.Block{f.Blocks, f.Notes} {
		source.Walk(list, func(b *source.Block) bool {
			if b.Kind != source.Table && b.Pos.Paragraph <= 0 {
				t.Fatalf("block without a paragraph index: %+v", b)
			}
			if b.Kind == source.Table && b.Text != "" {
				t.Fatal("table with text")
			}
			return true
		})
	}
	for _, m := range f.Marks {
		if m.Kind < source.Insertion || m.Kind > source.Placeholder {
			t.Fatalf("bad mark kind %d", m.Kind)
		}
	}
}

func FuzzRead(f *testing.F) {
	// Word files written by Word (the seed) and by pandoc.
	for _, path := range []string{"../../testdata/" + seedDocx, "../../testdata/generic/tsc-minutes-2024-03-12.docx"} {
		seed, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(seed)
	}
	features := featuresDocx(f)
	f.Add(features)
	f.Add(features[:len(features)*3/4])
	f.Add(minimalDocx(f, para("", run("hello"))))
	f.Add(minimalDocx(f, table(2, row("", cell(`<w:vMerge w:val="restart"/>`, "a"), cell("", "b")), row("", cell(`<w:vMerge/>`), cell("", "c")))))
	f.Add(withDocument(f, wrap("w:document", "<w:body/>")))
	f.Add([]byte{})
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Add(append(append([]byte{}, ole2Magic...), make([]byte, 512)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
	})
}

// FuzzDocumentXML fuzzes the body markup inside a valid package, where the
// parser (not the ZIP layer) meets the input.
func FuzzDocumentXML(f *testing.F) {
	f.Add(featuresBody())
	f.Add(para("", run("hello")))
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>1</w:t></w:r></w:p>`)
	f.Add(table(3, row(`<w:gridBefore w:val="1"/>`, cell(`<w:gridSpan w:val="2"/><w:vMerge/>`, "x"))))
	f.Add(`<w:p><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`)
	f.Fuzz(func(t *testing.T, body string) {
		p := featuresParts()
		p.body = body
		checkRead(t, buildDocx(t, p))
	})
}
