package docx

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// pkg is the OPC package: the ZIP archive's parts by normalised name.
type pkg struct {
	files map[string]*zip.File
	total int64 // uncompressed bytes handed out so far, for maxTotalSize
}

func openPackage(data []byte) (*pkg, error) {
	if n, ok := eocdEntries(data); ok && n > maxEntries {
		return nil, fmt.Errorf("not a Word file: ZIP archive has %d entries (more than %d)", n, maxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if !bytes.HasPrefix(data, []byte("PK")) {
			return nil, errors.New("not a Word file: not a ZIP archive")
		}
		return nil, errors.New("truncated or damaged ZIP archive")
	}
	if len(zr.File) > maxEntries {
		return nil, fmt.Errorf("not a Word file: ZIP archive has %d entries (more than %d)", len(zr.File), maxEntries)
	}
	p := &pkg{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		// Part names are case-insensitive (OPC); the first of duplicates
		// wins, as it would in a reader that stops at the first match.
		k := partKey(f.Name)
		if _, dup := p.files[k]; !dup {
			p.files[k] = f
		}
	}
	return p, nil
}

// eocdEntries reads the entry count from the end-of-central-directory record
// so that an archive claiming millions of entries is refused before
// archive/zip allocates a header for each.
func eocdEntries(data []byte) (int, bool) {
	const eocdLen = 22
	if len(data) < eocdLen {
		return 0, false
	}
	start := len(data) - (eocdLen + 0xFFFF)
	start = max(start, 0)
	i := bytes.LastIndex(data[start:], []byte("PK\x05\x06"))
	if i < 0 || start+i+eocdLen > len(data) {
		return 0, false
	}
	rec := data[start+i:]
	return int(binary.LittleEndian.Uint16(rec[10:12])), true
}

func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
}

func (p *pkg) has(name string) bool {
	_, ok := p.files[partKey(name)]
	return ok
}

// sizeError reports a part or the package growing past its cap.
type sizeError struct{ msg string }

func (e *sizeError) Error() string { return e.msg }

// zipError wraps a failure of the ZIP layer (bad deflate data, checksum,
// truncation) so it is not mistaken for an XML error.
type zipError struct{ err error }

func (e *zipError) Error() string { return e.err.Error() }
func (e *zipError) Unwrap() error { return e.err }

// open returns a reader for the part that fails once the part exceeds
// maxPartSize or the package exceeds maxTotalSize. ok is false when the part
// does not exist.
func (p *pkg) open(name string) (rc io.ReadCloser, ok bool, err error) {
	f := p.files[partKey(name)]
	if f == nil {
		return nil, false, nil
	}
	if f.UncompressedSize64 > uint64(maxPartSize) {
		return nil, true, p.tooLarge(name)
	}
	zr, err := f.Open()
	if err != nil {
		return nil, true, fmt.Errorf("truncated or damaged ZIP archive (%s)", name)
	}
	// The header may lie about the size, so the stream itself is limited.
	return &capReader{r: io.LimitReader(zr, maxPartSize+1), c: zr, p: p, name: name}, true, nil
}

func (p *pkg) tooLarge(name string) error {
	return &sizeError{fmt.Sprintf("%s is larger than %d MiB uncompressed (possible zip bomb)", name, maxPartSize>>20)}
}

type capReader struct {
	r    io.Reader
	c    io.Closer
	p    *pkg
	n    int64
	name string
}

func (c *capReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	c.p.total += int64(n)
	if c.n > maxPartSize {
		return n, c.p.tooLarge(c.name)
	}
	if c.p.total > maxTotalSize {
		return n, &sizeError{fmt.Sprintf("parts total more than %d MiB uncompressed (possible zip bomb)", maxTotalSize>>20)}
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, &zipError{err}
	}
	return n, err
}

func (c *capReader) Close() error { return c.c.Close() }

// rel is one relationship of a part.
type rel struct {
	id, typ, target string
	external        bool
}

// relsName is the relationships part that belongs to part ("" = package).
func relsName(part string) string {
	dir, base := path.Split(part)
	return dir + "_rels/" + base + ".rels"
}

// resolveTarget turns a relationship target into a part name.
func resolveTarget(source, target string) string {
	t := strings.ReplaceAll(target, `\`, "/")
	if i := strings.IndexByte(t, '#'); i >= 0 {
		t = t[:i]
	}
	if u, err := url.PathUnescape(t); err == nil {
		t = u
	}
	if strings.HasPrefix(t, "/") {
		return path.Clean(t[1:])
	}
	return path.Clean(path.Join(path.Dir(source), t))
}

// hasType reports whether a relationship type URI names kind. Transitional
// and Strict (and Microsoft extension) types differ in their prefix only.
func hasType(typ, kind string) bool {
	return strings.HasSuffix(typ, "/"+kind)
}
