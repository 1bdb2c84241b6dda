package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/minuteslint/minuteslint/source"
)

// frontMatter finds a leading YAML ("---" … "---" or "...") or TOML
// ("+++" … "+++") block, as Hugo and Jekyll write it, and returns the offset
// of the first byte after it (0 when there is none) with the title and date
// it states. Only those two keys are read, and only in their simplest
// one-line form: the block is metadata, not minutes.
func frontMatter(data []byte) (int, source.Properties) {
	var props source.Properties
	first, off, ok := nextLine(data, 0)
	if !ok {
		return 0, props
	}
	var closers []string
	switch trimEnd(first) {
	case "---":
		closers = []string{"---", "..."}
	case "+++":
		closers = []string{"+++"}
	default:
		return metadataBlock(data)
	}
	// Without a newline after the opening line there is nothing to close.
	if off >= len(data) && data[len(data)-1] != '\n' {
		return 0, props
	}
	bodyStart := off
	for off < len(data) {
		line, next, _ := nextLine(data, off)
		for _, cl := range closers {
			if trimEnd(line) == cl {
				readProps(data[bodyStart:off], &props)
				return next, props
			}
		}
		off = next
	}
	// Unclosed: an opening "---" is then just a thematic break.
	return 0, props
}

// nextLine returns the line starting at off (without its newline), the
// offset of the following line, and whether there was a line at all.
func nextLine(data []byte, off int) ([]byte, int, bool) {
	if off >= len(data) {
		return nil, off, false
	}
	i := bytes.IndexByte(data[off:], '\n')
	if i < 0 {
		return data[off:], len(data), true
	}
	return data[off : off+i], off + i + 1, true
}

func trimEnd(b []byte) string {
	return string(bytes.TrimRight(b, " \t\r"))
}

func readProps(block []byte, props *source.Properties) {
	for off := 0; off < len(block); {
		line, next, _ := nextLine(block, off)
		off = next
		key, val, ok := keyValue(string(line))
		if !ok {
			continue
		}
		switch key {
		case "title":
			if props.Title == "" {
				props.Title = norm.NFC.String(val)
			}
		case "date":
			if props.Created == "" {
				props.Created = norm.NFC.String(val)
			}
		}
	}
}

// keyValue reads a top-level `key: value` (YAML) or `key = value` (TOML)
// line. Indented lines belong to nested structures and are ignored, as are
// block scalars, lists and tables, whose value is not on the line.
func keyValue(line string) (key, val string, ok bool) {
	line = strings.TrimRight(line, " \t\r")
	if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' {
		return "", "", false
	}
	i := strings.IndexAny(line, ":=")
	if i <= 0 {
		return "", "", false
	}
	key = strings.ToLower(strings.TrimSpace(line[:i]))
	val = strings.TrimSpace(line[i+1:])
	if val == "" || strings.ContainsAny(val[:1], "|>[{&*!") {
		return "", "", false
	}
	switch val[0] {
	case '"':
		if u, err := strconv.Unquote(cutAfterQuote(val, '"')); err == nil {
			return key, strings.TrimSpace(u), true
		}
		return key, strings.Trim(val, `"`), true
	case '\'':
		v := cutAfterQuote(val, '\'')
		v = strings.TrimSuffix(strings.TrimPrefix(v, "'"), "'")
		return key, strings.TrimSpace(strings.ReplaceAll(v, "''", "'")), true
	}
	if j := strings.Index(val, " #"); j >= 0 {
		val = strings.TrimSpace(val[:j])
	}
	return key, val, val != ""
}

// cutAfterQuote drops what follows the closing quote (a trailing comment).
func cutAfterQuote(v string, q byte) string {
	for i := 1; i < len(v); i++ {
		switch {
		case v[i] == '\\' && q == '"':
			i++
		case v[i] == q:
			if q == '\'' && i+1 < len(v) && v[i+1] == '\'' {
				i++
				continue
			}
			return v[:i+1]
		}
	}
	return v
}

// pageKeys are keys only a static-site generator's page metadata has
// (Pelican, MultiMarkdown): with one of them, a leading block of "Key:
// value" lines is the page's metadata ("Date:" when it was published),
// not the minutes' header ("Chair:", "Date:" of the meeting).
var pageKeys = map[string]bool{
	"modified": true, "slug": true, "save_as": true, "url": true, "summary": true,
	"tags": true, "category": true, "template": true, "lang": true, "status": true,
}

// metadataBlock finds a leading block of "Key: value" lines, up to the
// first blank line, that is page metadata, and returns the offset after
// it with the title and date it states (0 when there is none).
func metadataBlock(data []byte) (int, source.Properties) {
	var props source.Properties
	page := false
	off := 0
	for off < len(data) {
		line, next, _ := nextLine(data, off)
		if trimEnd(line) == "" {
			break
		}
		key, _, ok := keyValue(string(line))
		if !ok || strings.Contains(string(line), "=") || strings.ContainsAny(key, " \t") && !strings.EqualFold(key, "save as") {
			return 0, props
		}
		page = page || pageKeys[key]
		off = next
	}
	if !page || off == 0 {
		return 0, props
	}
	readProps(data[:off], &props)
	return off, props
}
