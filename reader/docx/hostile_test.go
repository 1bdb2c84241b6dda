package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"
)

// checkErr asserts a clear one-line error containing want.
func checkErr(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	msg := err.Error()
	t.Logf("error: %s", msg)
	if !strings.Contains(msg, want) {
		t.Errorf("error %q does not contain %q", msg, want)
	}
	if strings.Contains(msg, "\n") || len(msg) > 200 || strings.HasPrefix(msg, "internal error") {
		t.Errorf("error is not one clear line: %q", msg)
	}
}

// allocDuring reports the bytes allocated while fn runs.
func allocDuring(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// minimalDocx is the smallest package this reader accepts with a body.
func minimalDocx(t testing.TB, body string) []byte {
	return buildDocx(t, docParts{body: body})
}

// withDocument replaces word/document.xml of a minimal package.
func withDocument(t testing.TB, doc string) []byte {
	t.Helper()
	return zipParts(t,
		zpart{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `"><Relationship Id="r1" Type="` + relTypeBase + `officeDocument" Target="word/document.xml"/></Relationships>`},
		zpart{"word/document.xml", doc},
	)
}

func TestHostileInputs(t *testing.T) {
	features := featuresDocx(t)
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	ole := append(append([]byte{}, ole2Magic...), make([]byte, 1024)...)
	encrypted := append(append([]byte{}, ole...), utf16le("EncryptedPackage")...)
	deep := wrap("w:document", "<w:body>"+strings.Repeat("<w:customXml>", 100000)+strings.Repeat("</w:customXml>", 100000)+"</w:body>")
	deepStyles := buildDocx(t, docParts{body: para("", run("x")), styles: strings.Repeat("<w:style>", 600) + strings.Repeat("</w:style>", 600)})

	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a Word file: empty file"},
		{"random", random, "not a Word file: not a ZIP archive"},
		{"text", []byte("Minutes of the meeting\n"), "not a Word file: not a ZIP archive"},
		{"truncated", features[:len(features)/2], "truncated or damaged ZIP archive"},
		{"ole2", ole, "OLE2 compound file"},
		{"encrypted", encrypted, "password-protected (encrypted) Word file"},
		{"deep", withDocument(t, deep), "XML nested deeper than 512 levels in word/document.xml"},
		{"deep styles", deepStyles, "XML nested deeper than 512 levels in word/styles.xml"},
		{"no rels", zipParts(t, zpart{"word/document.xml", wrap("w:document", "<w:body/>")}), "no _rels/.rels"},
		{"no main rel", zipParts(t, zpart{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `"/>`}), "no main document part (_rels/.rels names none)"},
		{"main missing", zipParts(t, zpart{"_rels/.rels", xmlDecl + `<Relationships xmlns="` + relsNS + `"><Relationship Id="r1" Type="` + relTypeBase + `officeDocument" Target="word/document.xml"/></Relationships>`}), "main document part word/document.xml is missing"},
		{"not word", withDocument(t, xmlDecl+`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`), "not a WordprocessingML document"},
		{"malformed", withDocument(t, wrap("w:document", "<w:body><w:p></w:body>")), "malformed XML in word/document.xml"},
		{"cut xml", withDocument(t, wrap("w:document", "<w:body><w:p>")[:60]), "malformed XML in word/document.xml"},
		{"bad entity", withDocument(t, wrap("w:document", "<w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body>")), "malformed XML"},
		{"bad charset", withDocument(t, `<?xml version="1.0" encoding="x-no-such"?><w:document xmlns:w="`+nsURIW+`"/>`), "malformed XML in word/document.xml"},
	}
	if seed := sharedFile("seed/sec-20.5-interim-minutes.docx"); seed != nil {
		cases = append(cases, struct {
			name string
			data []byte
			want string
		}{"seed truncated", seed[:len(seed)/2], "truncated or damaged ZIP archive"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Read(c.name, c.data)
			checkErr(t, err, c.want)
			if f != nil {
				t.Error("a file was returned with the error")
			}
		})
	}
	if _, err := Read("ole", ole); !errors.Is(err, ErrOLE2) {
		t.Errorf("OLE2 error does not wrap ErrOLE2: %v", err)
	}
}

// sharedFile reads a shared file or returns nil when it is absent.
func sharedFile(rel string) []byte {
	data, err := os.ReadFile("../../../shared/" + rel)
	if err != nil {
		return nil
	}
	return data
}

// bombStream is a raw deflate stream of size bytes of markup: a body full
// of spaces. It repeats one compressed block instead of compressing the
// whole size, which is slow under the race detector: after a flush the
// block is byte-aligned and refers only to spaces, so copies of it chain.
func bombStream(t testing.TB, size int64) (stream []byte, n int64, crc uint32) {
	t.Helper()
	head := []byte(`<?xml version="1.0"?><w:document xmlns:w="` + nsURIW + `"><w:body>`)
	chunk := bytes.Repeat([]byte(" "), 64<<10)
	var comp bytes.Buffer
	fw, err := flate.NewWriter(&comp, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	sum := crc32.NewIEEE()
	write := func(b []byte) {
		if _, err := fw.Write(b); err != nil {
			t.Fatal(err)
		}
		if err := fw.Flush(); err != nil {
			t.Fatal(err)
		}
		sum.Write(b)
	}
	write(head)
	write(chunk)
	start := comp.Len()
	write(chunk)
	block := bytes.Clone(comp.Bytes()[start:])
	n = int64(len(head) + 2*len(chunk))
	for ; n < size; n += int64(len(chunk)) {
		comp.Write(block)
		sum.Write(chunk)
	}
	if err := fw.Close(); err != nil { // the final, empty block
		t.Fatal(err)
	}
	return comp.Bytes(), n, sum.Sum32()
}

// TestBombStream checks the bomb generator on a small size: the repeated
// block must inflate to exactly what it claims.
func TestBombStream(t *testing.T) {
	comp, n, crc := bombStream(t, 4<<20)
	data, err := io.ReadAll(flate.NewReader(bytes.NewReader(comp)))
	if err != nil || int64(len(data)) != n || n < 4<<20 || crc32.ChecksumIEEE(data) != crc {
		t.Fatalf("inflated %d bytes (claimed %d): %v", len(data), n, err)
	}
}

// bombDocx builds a package whose document.xml inflates to at least size
// bytes; the central directory claims claimed bytes (the true size when
// claimed < 0).
func bombDocx(t testing.TB, size, claimed int64) []byte {
	t.Helper()
	comp, n, crc := bombStream(t, size)
	if claimed < 0 {
		claimed = n
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	rels, err := zw.Create("_rels/.rels")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprint(rels, xmlDecl+`<Relationships xmlns="`+relsNS+`"><Relationship Id="r1" Type="`+relTypeBase+`officeDocument" Target="word/document.xml"/></Relationships>`)
	raw, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(comp)), UncompressedSize64: uint64(claimed),
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Write(comp); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZipBomb(t *testing.T) {
	const size = 80 << 20
	t.Run("honest header", func(t *testing.T) {
		data := bombDocx(t, size, -1)
		if len(data) > 1<<20 {
			t.Fatalf("bomb is %d bytes compressed", len(data))
		}
		var err error
		alloc := allocDuring(func() { _, err = Read("bomb.docx", data) })
		checkErr(t, err, "word/document.xml is larger than 64 MiB uncompressed (possible zip bomb)")
		if alloc > 16<<20 {
			t.Errorf("allocated %d bytes", alloc)
		}
	})
	t.Run("lying header", func(t *testing.T) {
		data := bombDocx(t, size, 4096)
		var err error
		alloc := allocDuring(func() { _, err = Read("bomb.docx", data) })
		checkErr(t, err, "word/document.xml")
		if alloc > 16<<20 {
			t.Errorf("allocated %d bytes", alloc)
		}
	})
}

// endless yields spaces forever, like a decompressor whose header lied
// and whose ZIP layer did not notice.
type endless struct{}

var spaces = bytes.Repeat([]byte(" "), 32<<10)

func (endless) Read(b []byte) (int, error) {
	return copy(b, spaces), nil
}

func TestPartCapWithoutHeader(t *testing.T) {
	p := &pkg{}
	cr := &capReader{r: io.LimitReader(endless{}, maxPartSize+1), c: io.NopCloser(nil), p: p, name: "word/document.xml"}
	n, err := io.Copy(io.Discard, cr)
	checkErr(t, err, "word/document.xml is larger than 64 MiB uncompressed")
	if n > maxPartSize+1 {
		t.Errorf("read %d bytes past the cap", n)
	}
}

func TestTotalCap(t *testing.T) {
	saved := maxTotalSize
	maxTotalSize = 4 << 10
	defer func() { maxTotalSize = saved }()
	body := strings.Repeat(para("", run(strings.Repeat("x", 100))), 100)
	_, err := Read("big.docx", minimalDocx(t, body))
	checkErr(t, err, "parts total more than")
}

func TestTooManyEntries(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i <= maxEntries; i++ {
		// Stored, not deflated: a deflate writer per entry is slow.
		if _, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("x/%d", i), Method: zip.Store}); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := Read("many.docx", buf.Bytes())
	checkErr(t, err, "ZIP archive has 10001 entries (more than 10000)")
}

func TestTooManyItems(t *testing.T) {
	saved := maxItems
	maxItems = 1000
	defer func() { maxItems = saved }()
	_, err := Read("items.docx", minimalDocx(t, strings.Repeat("<w:p/>", 2000)))
	checkErr(t, err, "word/document.xml is too complex")
	_, err = Read("items.docx", minimalDocx(t, "<w:p>"+strings.Repeat(`<w:ins w:id="1"/>`, 2000)+"</w:p>"))
	checkErr(t, err, "word/document.xml is too complex")
}

func TestDamagedEntry(t *testing.T) {
	data := bytes.Clone(featuresDocx(t))
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		off, err := f.DataOffset()
		if err != nil {
			t.Fatal(err)
		}
		// Scribble over the middle of the deflate stream.
		mid := off + int64(f.CompressedSize64)/2
		for i := mid; i < mid+64; i++ {
			data[i] ^= 0xA5
		}
	}
	_, err = Read("damaged.docx", data)
	if err == nil {
		t.Fatal("no error")
	}
	if msg := err.Error(); !strings.Contains(msg, "word/document.xml") || strings.HasPrefix(msg, "internal") {
		t.Errorf("error %q", msg)
	}
}

// TestOddButValid reads inputs that are strange but not errors: they must
// not fail or blow up, and the paragraph "A" must survive. (A run outside
// any paragraph is dropped: Word itself does not accept one.)
func TestOddButValid(t *testing.T) {
	cases := map[string]string{
		"huge span": table(1, row(`<w:gridBefore w:val="2147483647"/>`, cell(`<w:gridSpan w:val="99999999999"/><w:vMerge/>`, "A")),
			row("", cell(`<w:vMerge/>`, "B"))),
		"unbalanced fields":   `<w:p><w:r><w:fldChar w:fldCharType="end"/><w:fldChar w:fldCharType="separate"/><w:t>A</w:t><w:fldChar w:fldCharType="begin"/></w:r></w:p>` + para("", run("B")),
		"deep fields":         `<w:p>` + strings.Repeat(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, 5000) + run("A") + `</w:p>`,
		"open comments":       `<w:p>` + strings.Repeat(`<w:commentRangeStart w:id="1"/>`, 5000) + run("A") + `</w:p>`,
		"nested tables":       strings.Repeat(`<w:tbl><w:tr><w:tc>`, 100) + para("", run("A")) + strings.Repeat(`</w:tc></w:tr></w:tbl>`, 100),
		"run at block level":  run("X") + para("", run("A")),
		"block in run":        `<w:p><w:r><w:p><w:r><w:t>A</w:t></w:r></w:p></w:r></w:p>`,
		"unknown elements":    `<w:p><unk:x>` + run("A") + `</unk:x></w:p>`,
		"bad numbers":         paraPr(`<w:numPr><w:ilvl w:val="-4"/><w:numId w:val="x"/></w:numPr><w:outlineLvl w:val="99"/>`, run("A")),
		"txbx outside a para": `<w:txbxContent>` + para("", run("A")) + `</w:txbxContent>`,
		"many open changes": `<w:p><w:r><w:rPr>` + strings.Repeat(`<w:rPrChange w:author="x"/>`, 20000) + `</w:rPr>` +
			strings.Repeat(`<w:t>A</w:t>`, 20000) + `</w:r></w:p>`,
		"deep changes": `<w:p>` + strings.Repeat(`<w:ins w:author="x">`, 400) + run("A") + strings.Repeat(`</w:ins>`, 400) + `</w:p>`,
		"long merge with text": table(1, row("", cell(`<w:vMerge w:val="restart"/>`, "A"))+
			strings.Repeat(row("", cell(`<w:vMerge/>`, "B")), 3000)),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			f, err := Read(name, minimalDocx(t, body))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(allText(f), "A") {
				t.Errorf("text lost: %q", allText(f))
			}
		})
	}
}
