package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

type placeholderText struct{}

func init() { register(placeholderText{}) }

func (placeholderText) Meta() Meta {
	return Meta{
		ID:       "placeholder-text",
		Severity: finding.Warning,
		Summary:  "template leftovers: TBD, xx, <specify>-style guidance, \"Click here to enter text\"",
		Explanation: `Minutes start from a template, and template text left in is the most
visible embarrassment in a published record: "TBD", "xx" in a number or
date, guidance in angle or square brackets ("<insert date>", "[enter
name]"), choices nobody made ("Quorum [was/was not] reached", "[Isaac or
Jay] called the meeting to order", "[?] members present"), blanks to fill
("Called to order at ___", "Owner: ??", a paragraph that is only "..."),
Word's content-control prompts ("Click or tap here to enter text.").
Phrases that are part of a body's standard cover page (oneM2M's "Other
<specify>" purpose box) are not reported, nor is "??:" for a speaker the
scribe could not name.`,
		Example: `Next meeting: TBD
SEC-2016-xxxx  Draft report`,
	}
}

var placeholderPatterns = []struct {
	re  *regexp.Regexp
	why string
	// formal patterns apply anywhere only in formal minutes; in informal
	// notes only as a whole value ("Next meeting: TBD").
	formal bool
	// hints are lower-case strings one of which every match contains:
	// most text has none, and testing for them is far cheaper than the
	// expression.
	hints []string
	// value patterns apply only where a value stands ("Owner: ??",
	// "Outreach - ??", "???: follow up"), never inside a sentence.
	value bool
}{
	{regexp.MustCompile(`\b(?:TBD|TBC|TBA|TODO)\b`), "still to be decided", true, []string{"tb", "todo"}, false},
	// "2018-04-xx": a date not yet known.
	{regexp.MustCompile(`(?:^|[^\w-])(\d{4}-(?:\d{1,2}|[xX]{2})-[xX]{2})(?:[^\w-]|$)`), "a date not filled in", false, []string{"-xx"}, false},
	{regexp.MustCompile(`(?i)\bclick (?:or tap )?(?:here )?to enter (?:text|a date)\.?|\benter text here\b|\bchoose an item\.`), "a Word prompt left in", false, []string{"enter", "choose"}, false},
	{regexp.MustCompile(`(?i)<\s*(?:specify|insert|enter|add|fill in|name|date|title|number|company|organi[sz]ation|meeting|venue|location|time|describe|type|your|chair|secretary|doc(?:ument)?|tdoc|source|text|tbd)\b[^<>\n]{0,60}>`), "template guidance", false, []string{"<"}, false},
	{regexp.MustCompile(`(?i)\[\s*(?:insert|enter|fill in|specify|name of|date of|tbd)\b[^\[\]\n]{0,60}\]`), "template guidance", false, []string{"["}, false},
	{regexp.MustCompile(`(?i)\(\s*(?:insert|enter|fill in|fill out|specify|to be (?:filled|added|completed|confirmed))\b[^()\n]{0,60}\)`), "template guidance", false, []string{"("}, false},
	// "How many have read? <>": a slot left empty.
	{regexp.MustCompile(`(?m)(?:^|\s)(<\s*>)[ \t]*$`), "an empty slot", false, []string{"<"}, false},
	{regexp.MustCompile(`(?:^|[\s(])([xX]{2,}|[A-Z]{2,}\d?-\d{2,4}-?[xX]{2,}|\d{2}[xX]{3,}|(?i:yyyy-mm-dd|dd/mm/yyyy|mm/dd/yyyy|hh:mm))(?:[\s).,;:]|$)`), "a placeholder for a value", true, []string{"xx", "yyyy", "dd/mm", "mm/dd", "hh:mm"}, false},
	{regexp.MustCompile(`(?:^|\s)_{3,}(?:\s|[.,;:]|$)`), "a blank left to fill in", false, []string{"___"}, false},
	// "[was/was not]", "[Isaac or Jay]", "[?]", "[No?]", "[name]": the
	// template offers a choice or asks for a value.
	{regexp.MustCompile(`(?:^|[^\w\]])(\[\s*(?:` +
		`\p{Lu}?\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+)?\s*/\s*\p{Lu}?\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+)?` +
		`|[\p{L}'’-]+(?: [\p{L}'’-]+)?\s+or\s+[\p{L}'’-]+(?: [\p{L}'’-]+)?[^\[\]\n]{0,30}` +
		`|(?:[\p{L}\d'’-]{0,15}\s*)?\?+` +
		`|(?i:name|date|time|title|venue|location|company|organi[sz]ation|number|owner)` +
		`)\s*\])(?:[^(\[:]|$)`), "a choice or value the template left open", false, []string{"["}, false},
	{regexp.MustCompile(`(?:^|\s)(\?+|\.{3}|…)(?:\s|$)`), "a value left to fill in", false, []string{"?", "...", "…"}, true},
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// around returns the rest of text[start:end]'s line before and after it,
// trimmed.
func around(text string, start, end int) (before, after string) {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	return strings.TrimSpace(text[lineStart:start]), strings.TrimSpace(text[end:lineEnd])
}

// wholeValue reports whether text[start:end] is all there is of a value:
// the whole line, or all that follows a "Label:" on its line.
func wholeValue(text string, start, end int) bool {
	before, after := around(text, start, end)
	after = strings.Trim(after, " \t.")
	return after == "" && (before == "" || strings.HasSuffix(before, ":"))
}

// asValue reports whether text[start:end] is all of its line, or all
// that follows a label ("Owner: ??", "Outreach - ??"). An ellipsis counts
// only as a paragraph of its own: after a speaker's name ("Yves: ...") it
// marks speech the scribe did not take down. Neither counts before a colon:
// "??: I think…" is a speaker the scribe could not name.
func asValue(text string, start, end int) bool {
	before, after := around(text, start, end)
	if after != "" {
		return false
	}
	if !strings.HasPrefix(text[start:end], "?") {
		// A line "…" inside a paragraph elides part of a quotation.
		return strings.TrimSpace(text) == text[start:end]
	}
	if before == "" {
		return true
	}
	return strings.HasSuffix(before, ":") || strings.HasSuffix(before, " -") || strings.HasSuffix(before, "–")
}

func (placeholderText) Check(d *minutes.Document, r *Reporter) {
	// The same leftover in many cells of one table ("[Present/Absent]" in
	// every row) is one thing to fix: reported once, with the count.
	type hitAt struct {
		at   minutes.Place
		hit  string
		why  string
		more []minutes.Place
	}
	var hits []*hitAt
	inTable := map[string]*hitAt{}
	tagged := usesTags(d)
	for _, at := range d.Text {
		text := at.Text
		lower := strings.ToLower(text)
		for _, p := range placeholderPatterns {
			if !containsAny(lower, p.hints) {
				continue
			}
			for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
				start, end := m[0], m[1]
				if len(m) > 2 && m[2] >= 0 {
					start, end = m[2], m[3]
				}
				hit := strings.TrimSpace(text[start:end])
				if p.formal && !d.Profile.Formal && !wholeValue(text, start, end) || p.value && !asValue(text, start, end) {
					continue
				}
				if templateText(d, text, start, end) || scribeAside(hit) || tagged && namesChoice.MatchString(hit) && atLineEdge(text, start, end) {
					continue
				}
				place := at.At(start)
				if t := place.Pos.Table; t > 0 {
					key := fmt.Sprintf("%s\x00%d\x00%s", place.Pos.Part, t, hit)
					if h := inTable[key]; h != nil {
						h.more = append(h.more, place)
						continue
					}
					inTable[key] = &hitAt{at: place, hit: hit, why: p.why}
					hits = append(hits, inTable[key])
					continue
				}
				hits = append(hits, &hitAt{at: place, hit: hit, why: p.why})
			}
		}
	}
	for _, h := range hits {
		msg := fmt.Sprintf("%q looks like template text left in (%s).", h.hit, h.why)
		opts := []Option{Suggest("Replace it with the real content or delete it.")}
		if n := len(h.more); n > 0 {
			msg = fmt.Sprintf("%q looks like template text left in (%s); it is in %d more cells of this table.", h.hit, h.why, n)
			opts = append(opts, Also("also here", h.more[0]))
		}
		r.Report(h.at, h.hit, msg, opts...)
	}
	for _, m := range d.File.Marks {
		if m.Kind != source.Placeholder {
			continue
		}
		at := minutes.Place{Pos: m.Pos, Text: m.Text}
		at.Section = sectionAt(d, m.Pos)
		r.Report(at, m.Text, fmt.Sprintf("A content control still shows its placeholder %q.", m.Text),
			Suggest("Fill in the field or delete the content control."))
	}
}

var (
	// bracketTag is "[Tech] Tara", "- [melissa] to …", "Gas prices
	// [Yoichi]": a bracketed label opening or closing a line.
	bracketTag = regexp.MustCompile(`(?m)^\W{0,4}\[\p{L}[\p{L}\d.'’-]{1,24}\]\W*\s|\s\[\p{Lu}[\p{L}\d.'’-]{1,24}(?: \p{Lu}[\p{L}\d.'’-]*)?\][ \t*_.:]*$`)
	// namesChoice is "[Tech/Gaming]", "[Martin HS/Arkadiy]", "[jason/luca]":
	// values joined, as tags of two values are written.
	namesChoice = regexp.MustCompile(`^\[(?:\p{Lu}[\p{L}\d .'’-]*|\p{Ll}[\p{L}\d.'’-]*)(?:/| or )(?:\p{Lu}[\p{L}\d .'’-]*|\p{Ll}[\p{L}\d.'’-]*)\]$`)
)

// atLineEdge reports whether text[start:end] opens or closes its line,
// but for punctuation ("- *[Tech/Gaming]* Raven", "Gas prices [Martin
// HS/Arkadiy]").
func atLineEdge(text string, start, end int) bool {
	before, after := around(text, start, end)
	return strings.Trim(before, "-*•_ ") == "" || strings.Trim(after, "*_ .") == ""
}

// usesTags reports whether the minutes label items with bracketed tags
// ("[Tech] Tara", "[Yoichi] EIP 96"): there "[Tech/Gaming] Raven" is a
// tag of two values, not a choice left open.
func usesTags(d *minutes.Document) bool {
	n := 0
	for _, at := range d.Text {
		if !strings.Contains(at.Text, "[") {
			continue
		}
		n += len(bracketTag.FindAllString(at.Text, -1))
		if n >= 2 {
			return true
		}
	}
	return false
}

// scribeAside reports whether a bracketed question is the scribe's own
// aside in running notes ("[why?]", "[sic?]"), not a slot left open.
func scribeAside(hit string) bool {
	switch strings.ToLower(strings.Trim(hit, "[]? ")) {
	case "why", "how", "really", "sic", "sp", "what", "huh", "right", "ok", "true", "correct":
		return true
	}
	return false
}

// templateText reports whether text[start:end] lies inside one of the
// profile's standard template phrases.
func templateText(d *minutes.Document, text string, start, end int) bool {
	for _, phrase := range d.Profile.TemplateText {
		for i := 0; ; {
			j := strings.Index(text[i:], phrase)
			if j < 0 {
				break
			}
			j += i
			if start >= j && end <= j+len(phrase) {
				return true
			}
			i = j + 1
		}
	}
	return false
}
