package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"
)

// inline returns the plain text of n's inline content: markup removed,
// escapes and entities resolved, line breaks as "\n".
func (c *converter) inline(n ast.Node) string {
	w := inlineWriter{src: c.src, block: n}
	w.walk(n)
	return finish(w.sb.String())
}

// plainText reads a plainParagraph's lines as literal text; only escapes
// and entities are resolved, as that takes one linear pass.
func (c *converter) plainText(n *plainParagraph) string {
	var sb strings.Builder
	for i := range n.Lines().Len() {
		if i > 0 {
			sb.WriteByte('\n')
		}
		seg := n.Lines().At(i)
		decode(&sb, seg.Value(c.src))
	}
	return finish(sb.String())
}

// finish trims blanks around every line and around the text, and
// normalises to NFC. Blanks next to a line break carry nothing, and a
// "<br>" often has them on either side.
func finish(s string) string {
	if strings.Contains(s, "\n") {
		lines := strings.Split(s, "\n")
		for i := range lines {
			lines[i] = strings.Trim(lines[i], " \t\r")
		}
		s = strings.Join(lines, "\n")
	}
	return norm.NFC.String(strings.Trim(s, " \t\r\n"))
}

type inlineWriter struct {
	src   []byte
	block ast.Node
	sb    strings.Builder
	// closers holds the names of the closing tags in block, computed on
	// first need.
	closers map[string]bool
	// skip is how many bytes of the next text node were already consumed
	// (a pandoc raw attribute after a code span).
	skip int
}

func (w *inlineWriter) walk(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Text:
			v := n.Segment.Value(w.src)
			v, w.skip = v[min(w.skip, len(v)):], 0
			if n.IsRaw() {
				w.sb.Write(v)
			} else {
				decode(&w.sb, v)
			}
			if n.HardLineBreak() || n.SoftLineBreak() {
				w.sb.WriteByte('\n')
			}
		case *ast.String:
			if n.IsCode() || n.IsRaw() {
				w.sb.Write(n.Value)
			} else {
				decode(&w.sb, n.Value)
			}
		case *ast.CodeSpan:
			w.codeSpan(n)
		case *ast.AutoLink:
			w.sb.Write(n.Label(w.src))
		case *ast.RawHTML:
			w.rawHTML(n)
		case *east.TaskCheckBox:
			w.checkBox(n)
		default:
			// Emphasis, strikethrough, links (their text), images (their
			// alt text).
			w.walk(n)
		}
	}
}

// codeSpan keeps the content verbatim; a line end inside a code span is a
// space, as CommonMark has it. A code span followed by a pandoc raw
// attribute ("`<b>`{=html}") is raw content for that format: HTML is read
// as inline HTML, other formats are invisible in the text.
func (w *inlineWriter) codeSpan(n *ast.CodeSpan) {
	var code []byte
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch := ch.(type) {
		case *ast.Text:
			v := ch.Segment.Value(w.src)
			if len(v) > 0 && v[len(v)-1] == '\n' {
				code = append(append(code, v[:len(v)-1]...), ' ')
			} else {
				code = append(code, v...)
			}
		case *ast.String:
			code = append(code, ch.Value...)
		}
	}
	format, attrLen := w.rawAttribute(n)
	switch {
	case attrLen == 0:
		w.sb.Write(code)
	case format == "html":
		w.html(code)
	}
	w.skip = attrLen
}

// rawAttribute returns the format and length of a pandoc raw attribute
// starting the text that follows n, or 0.
func (w *inlineWriter) rawAttribute(n ast.Node) (string, int) {
	t, ok := n.NextSibling().(*ast.Text)
	if !ok {
		return "", 0
	}
	v := t.Segment.Value(w.src)
	end := bytes.IndexByte(v[:min(len(v), 40)], '}')
	if len(v) == 0 || v[0] != '{' || end < 0 {
		return "", 0
	}
	format, ok := rawFormat(v[:end+1])
	if !ok {
		return "", 0
	}
	return format, end + 1
}

// checkBox writes a task box as written ("[x] ", "[X] ", "[ ] ").
func (w *inlineWriter) checkBox(n *east.TaskCheckBox) {
	mark := byte(' ')
	if n.IsChecked {
		mark = 'x'
	}
	if p := n.Pos(); p >= 0 && p+2 < len(w.src) && w.src[p] == '[' && w.src[p+2] == ']' {
		mark = w.src[p+1]
	}
	w.sb.WriteByte('[')
	w.sb.WriteByte(mark)
	w.sb.WriteString("] ")
}

func (w *inlineWriter) rawHTML(n *ast.RawHTML) {
	var raw []byte
	for i := range n.Segments.Len() {
		seg := n.Segments.At(i)
		raw = append(raw, seg.Value(w.src)...)
	}
	// goldmark hands over one tag, comment or declaration at a time.
	w.tag(raw)
}

// html writes a run of inline HTML: comments and tags of HTML elements are
// dropped (a line break kept), anything else is written as it stands.
func (w *inlineWriter) html(raw []byte) {
	for len(raw) > 0 {
		if end := commentEnd(raw); end > 0 {
			raw = raw[end:]
			continue
		}
		if raw[0] != '<' {
			i := bytes.IndexByte(raw, '<')
			if i < 0 {
				i = len(raw)
			}
			w.sb.Write(raw[:i])
			raw = raw[i:]
			continue
		}
		i := bytes.IndexByte(raw, '>')
		if i < 0 {
			w.sb.Write(raw)
			return
		}
		w.tag(raw[:i+1])
		raw = raw[i+1:]
	}
}

// tag writes one tag, or nothing when it is markup.
func (w *inlineWriter) tag(raw []byte) {
	switch w.classify(raw) {
	case tagBreak:
		w.sb.WriteByte('\n')
	case tagMarkup:
	default:
		// Not HTML: a template placeholder such as "<name>" is content.
		w.sb.Write(raw)
	}
}

type tagClass int

const (
	tagContent tagClass = iota
	tagMarkup
	tagBreak
)

// classify tells markup from angle-bracketed content. Comments,
// declarations and tags of HTML elements are markup; of the elements, those
// whose names double as placeholder words (see htmlElements) count as
// markup only when the tag has attributes, closes itself, or is closed
// later in the same block.
func (w *inlineWriter) classify(raw []byte) tagClass {
	if len(raw) < 2 {
		return tagContent
	}
	if raw[1] == '!' || raw[1] == '?' {
		return tagMarkup
	}
	closing := raw[1] == '/'
	start := 1
	if closing {
		start = 2
	}
	end := start
	for end < len(raw) && (isAlpha(raw[end]) || end > start && (isDigit(raw[end]) || raw[end] == '-')) {
		end++
	}
	name := strings.ToLower(string(raw[start:end]))
	always, known := htmlElements[name]
	switch {
	case !known:
		return tagContent
	case name == "br":
		return tagBreak
	case closing || always:
		return tagMarkup
	}
	rest := bytes.TrimSpace(bytes.TrimSuffix(raw[end:], []byte(">")))
	if len(rest) > 0 || w.closedLater(name) {
		return tagMarkup
	}
	return tagContent
}

// closedLater reports a closing tag named name in the block being written.
func (w *inlineWriter) closedLater(name string) bool {
	if w.closers == nil {
		w.closers = map[string]bool{}
		_ = ast.Walk(w.block, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			r, ok := n.(*ast.RawHTML)
			if !ok || !entering || r.Segments.Len() == 0 {
				return ast.WalkContinue, nil
			}
			seg := r.Segments.At(0)
			v := seg.Value(w.src)
			if len(v) > 2 && v[1] == '/' {
				end := 2
				for end < len(v) && (isAlpha(v[end]) || isDigit(v[end]) || v[end] == '-') {
					end++
				}
				w.closers[strings.ToLower(string(v[2:end]))] = true
			}
			return ast.WalkContinue, nil
		})
	}
	return w.closers[name]
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// htmlElements lists HTML element names (current and obsolete). true marks
// those routinely written bare in Markdown and never used as placeholder
// words: their tags are always markup. false marks names that minutes
// templates also use as placeholders ("<time>", "<title>", "<summary>",
// "<code>", "<body>"), whose tags need more evidence.
var htmlElements = map[string]bool{
	// Formatting and structure written bare.
	"b": true, "i": true, "u": true, "s": true, "em": true, "strong": true,
	"small": true, "big": true, "sup": true, "sub": true, "del": true,
	"ins": true, "strike": true, "tt": true, "kbd": true, "samp": true,
	"pre": true, "span": true, "div": true, "p": true, "br": true, "hr": true,
	"wbr": true, "nobr": true, "font": true, "center": true, "blockquote": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true,
	"td": true, "th": true, "colgroup": true, "col": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "figure": true,
	"figcaption": true, "iframe": true, "script": true, "style": true,
	"noscript": true, "html": true, "ruby": true, "rt": true, "rp": true,
	"rb": true, "rtc": true, "bdi": true, "bdo": true, "blink": true,
	"marquee": true, "svg": true, "basefont": true, "q": true, "dfn": true,
	"mark": true, "var": true,
	// Names that also serve as placeholders.
	"a": false, "abbr": false, "acronym": false, "address": false,
	"applet": false, "area": false, "article": false, "aside": false,
	"audio": false, "base": false, "body": false, "button": false,
	"canvas": false, "caption": false, "cite": false, "code": false,
	"data": false, "datalist": false, "details": false, "dialog": false,
	"dir": false, "embed": false, "fieldset": false, "footer": false,
	"form": false, "frame": false, "frameset": false, "head": false,
	"header": false, "hgroup": false, "image": false, "img": false,
	"input": false, "keygen": false, "label": false, "legend": false,
	"link": false, "listing": false, "main": false, "map": false,
	"math": false, "menu": false, "menuitem": false, "meta": false,
	"meter": false, "nav": false, "noframes": false, "object": false,
	"optgroup": false, "option": false, "output": false, "param": false,
	"picture": false, "plaintext": false, "progress": false, "search": false,
	"section": false, "select": false, "slot": false, "source": false,
	"summary": false, "template": false, "textarea": false, "time": false,
	"title": false, "track": false, "video": false, "xmp": false,
}

// decode writes v with backslash escapes and character references
// resolved, in one pass so that an escaped '&' stays literal.
func decode(sb *strings.Builder, v []byte) {
	for len(v) > 0 {
		i := bytes.IndexAny(v, "\\&\x00")
		if i < 0 {
			sb.Write(v)
			return
		}
		sb.Write(v[:i])
		v = v[i:]
		switch v[0] {
		case '\\':
			if len(v) > 1 && util.IsPunct(v[1]) {
				sb.WriteByte(v[1])
				v = v[2:]
				continue
			}
		case '&':
			if s, n := charRef(v); n > 0 {
				sb.WriteString(s)
				v = v[n:]
				continue
			}
		case 0:
			sb.WriteRune(utf8.RuneError)
			v = v[1:]
			continue
		}
		sb.WriteByte(v[0])
		v = v[1:]
	}
}

// charRef resolves the character reference at the start of v ("&amp;",
// "&#233;", "&#xE9;"), returning its text and length, or 0 when there is
// none.
func charRef(v []byte) (string, int) {
	semi := bytes.IndexByte(v[:min(len(v), 34)], ';')
	if semi < 2 {
		return "", 0
	}
	body := string(v[1:semi])
	if body[0] != '#' {
		for i := range len(body) {
			if !isAlpha(body[i]) && !isDigit(body[i]) {
				return "", 0
			}
		}
		if e, ok := util.LookUpHTML5EntityByName(body); ok {
			return string(e.Characters), semi + 1
		}
		return "", 0
	}
	digits, base, maxLen := body[1:], 10, 7
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		digits, base, maxLen = digits[1:], 16, 6
	}
	if digits == "" || len(digits) > maxLen {
		return "", 0
	}
	cp, err := strconv.ParseUint(digits, base, 32)
	if err != nil {
		return "", 0
	}
	r := rune(cp)
	if r == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return string(r), semi + 1
}
