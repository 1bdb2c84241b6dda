package recognize

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/source"
)

// headerLabels maps a header label, lower-case without its colon, to the
// field it fills.
var headerLabels = map[string]string{
	"meeting": "meeting", "meeting title": "meeting", "meeting name": "meeting", "title": "meeting",
	"chair": "chair", "chairs": "chair", "chair(s)": "chair", "chairman": "chair", "chairperson": "chair", "chaired by": "chair",
	"secretary": "secretary", "secretariat": "secretary", "minutes": "secretary", "minute taker": "secretary",
	"minutes taker": "secretary", "minutes by": "secretary", "scribe": "secretary", "scribes": "secretary",
	"note taker": "secretary", "notetaker": "secretary", "notes": "secretary", "recorder": "secretary",
	"meeting date": "date", "meeting dates": "date", "date": "date", "dates": "date", "date(s)": "date",
	"meeting details": "details", "details": "details",
	"venue": "venue", "location": "venue", "place": "venue",
}

var labelLine = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z() ]{1,24}?)\s*:\s*(.*)$`)

func (r *recognizer) field(kind string) *minutes.Field {
	h := &r.doc.Header
	switch kind {
	case "meeting":
		return &h.Meeting
	case "chair":
		return &h.Chair
	case "secretary":
		return &h.Secretary
	case "date":
		return &h.Date
	case "details":
		return &h.Details
	case "venue":
		return &h.Venue
	}
	return nil
}

// headerTable reads a cover-page table of "Label: | value" rows. It
// reports whether the table was the header.
func (r *recognizer) headerTable(b *source.Block) bool {
	if r.section != nil && r.section.Number != "" {
		return false
	}
	type entry struct {
		kind string
		cell source.Cell
	}
	var entries []entry
	for _, row := range b.Rows {
		if len(row.Cells) < 2 {
			continue
		}
		label := strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(row.Cells[0].Text()), ":")))
		if kind, ok := headerLabels[label]; ok {
			entries = append(entries, entry{kind, row.Cells[1]})
		}
	}
	if len(entries) < 2 {
		return false
	}
	for _, e := range entries {
		f := r.field(e.kind)
		if f.Present {
			continue
		}
		text := e.cell.Text()
		// A multi-paragraph value keeps its first line as the value; the
		// rest is detail (a venue line under the meeting details).
		value := strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
		if e.kind == "details" || e.kind == "venue" {
			value = strings.Join(strings.Fields(text), " ")
		}
		at := minutes.Place{Pos: e.cell.Pos, Section: r.section, Text: text}
		if len(e.cell.Blocks) > 0 {
			at.Pos = e.cell.Blocks[0].Pos
		}
		r.setField(e.kind, value, at)
	}
	return true
}

// headerLine reads "Label: value" lines of a paragraph in the cover page
// or early sections (Markdown and plain-text minutes). It reports whether
// the whole paragraph was header lines.
func (r *recognizer) headerLine(b *source.Block, at minutes.Place) bool {
	lines := strings.Split(b.Text, "\n")
	all := true
	for i, whole := range lines {
		for _, line := range splitFields(whole) {
			if !r.headerField(line, lineOf(at, i, line)) {
				all = false
			}
		}
	}
	return all && len(lines) > 0
}

// fieldStart finds a capitalised header label of a person, a date or a
// place inside a line: "Chair: Alice Martin Scribe: Bruno Keller" is two
// fields (a soft line break lost, or tabs).
var fieldStart = func() *regexp.Regexp {
	var labels []string
	for label, kind := range headerLabels {
		if kind != "meeting" && kind != "details" && label != "notes" {
			labels = append(labels, regexp.QuoteMeta(strings.ToUpper(label[:1])+label[1:]))
		}
	}
	// Longest first, so "Meeting Dates" is taken before "Meeting Date".
	slices.SortFunc(labels, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return regexp.MustCompile(`[ \t]+(?:` + strings.Join(labels, "|") + `)[ \t]*:`)
}()

func splitFields(line string) []string {
	// Two fields need two colons; most lines have fewer.
	if strings.Count(line, ":") < 2 || !labelLine.MatchString(line) {
		return []string{line}
	}
	var out []string
	for {
		loc := fieldStart.FindStringIndex(line)
		if loc == nil {
			return append(out, line)
		}
		out = append(out, line[:loc[0]])
		line = strings.TrimLeft(line[loc[0]:], " \t")
	}
}

// headerField reads one "Label: value" line into the header, and reports
// whether it was a header field.
func (r *recognizer) headerField(line string, at minutes.Place) bool {
	m := labelLine.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	kind, ok := headerLabels[strings.ToLower(strings.TrimSpace(m[1]))]
	value := strings.TrimSpace(m[2])
	if !ok || value == "" {
		return false
	}
	// "Title:" and "Notes:" are too common in running text to be
	// header fields after the cover page.
	if r.section != nil && (kind == "meeting" || kind == "details" || strings.EqualFold(m[1], "notes")) {
		return false
	}
	// "Chair: sounds like we should go back to WG last call." is the
	// chair speaking, not the chair's name.
	if (kind == "chair" || kind == "secretary") && len(splitPeople(value)) == 0 {
		return false
	}
	if !r.field(kind).Present {
		r.setField(kind, value, at)
	}
	return true
}

func (r *recognizer) setField(kind, value string, at minutes.Place) {
	f := r.field(kind)
	*f = minutes.Field{Value: value, Present: true, At: at}
	switch kind {
	case "date":
		if from, to, ok := dates.Range(value); ok {
			if from.Valid() {
				r.doc.Header.Start = from.From
			}
			if to.Valid() {
				r.doc.Header.End = to.To
			}
			r.markField(at.Pos)
			for _, d := range dates.Find(value) {
				r.doc.Dates = append(r.doc.Dates, &minutes.Date{Date: d, Role: "meeting", Field: true, At: at})
			}
		}
	case "chair", "secretary":
		for _, name := range splitPeople(value) {
			r.doc.People = append(r.doc.People, &minutes.Person{Name: name.person, Role: kind, At: at})
			if name.org != "" {
				r.orgUse(name.org, kind, at)
			}
		}
	}
}

func (r *recognizer) markField(p source.Position) {
	if r.fields == nil {
		r.fields = map[source.Position]bool{}
	}
	r.fields[p] = true
}

type personOrg struct{ person, org string }

var personWord = regexp.MustCompile(`^[\p{Lu}][\p{L}'’.-]*$`)

// splitPeople reads a header value such as "Karen Hughes, ETSI" or "Mark
// Nottingham, Tommy Pauly" or "Tess (Apple) and Dan" into names, with an
// organisation where one is given.
func splitPeople(value string) []personOrg {
	value = strings.NewReplacer(" and ", ", ", " & ", ", ", ";", ",").Replace(value)
	var out []personOrg
	parts := strings.Split(value, ",")
	for i := 0; i < len(parts); i++ {
		p := strings.TrimSpace(parts[i])
		if p == "" {
			continue
		}
		org := ""
		if j := strings.Index(p, "("); j > 0 && strings.HasSuffix(p, ")") {
			p, org = strings.TrimSpace(p[:j]), strings.TrimSpace(p[j+1:len(p)-1])
		}
		if !looksLikePerson(p) {
			// "Karen Hughes, ETSI": what follows a name is its
			// organisation; a handle in lower case ("plinss") is not.
			if len(out) > 0 && out[len(out)-1].org == "" && startsUpper(p) {
				out[len(out)-1].org = p
			}
			continue
		}
		out = append(out, personOrg{person: p, org: org})
	}
	return out
}

// looksLikePerson reports whether s is shaped like a person's name: two
// to four capitalised words, or one capitalised word that is not an
// acronym.
func looksLikePerson(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !personWord.MatchString(w) && !isParticleWord(w) {
			return false
		}
	}
	if len(words) == 1 {
		w := words[0]
		return strings.ToUpper(w) != w
	}
	return true
}

func startsUpper(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c) || unicode.IsDigit(c)
	}
	return false
}

func isParticleWord(w string) bool {
	switch w {
	case "van", "von", "de", "der", "den", "du", "da", "di", "del", "la", "le":
		return true
	}
	return false
}

var meetingName = regexp.MustCompile(`(?i)\bmeeting\s*#\s*\d|[a-z0-9] ?#\d+(?:\.\d+)?\b|\bmeeting\b`)

// coverParagraph reads the cover page of minutes that have no header
// table: the meeting's name ("SA WG2 Meeting #132") and its dates and
// venue ("08 - 12 April, 2019, Xi'an, China"). It reports whether it used
// the paragraph.
func (r *recognizer) coverParagraph(at minutes.Place) bool {
	h := &r.doc.Header
	line, _, _ := strings.Cut(at.Text, "\n")
	if !h.Date.Present {
		if found := dates.Find(line); len(found) > 0 && found[0].Start == 0 {
			last := found[len(found)-1]
			r.setField("date", line[:last.End], at)
			if venue := strings.Trim(line[last.End:], " ,;-–"); venue != "" && !h.Venue.Present {
				h.Venue = minutes.Field{Value: venue, Present: true, At: at}
			}
			return true
		}
	}
	if !h.Meeting.Present && looksLikeMeetingName(line) {
		name, _, _ := strings.Cut(line, "\t")
		h.Meeting = minutes.Field{Value: strings.TrimSpace(name), Present: true, At: at}
		// "Minutes from 73rd OpenVDB TSC meeting, Dec 15th, 2020".
		r.titleDate(at)
		return true
	}
	return false
}

// titleDate takes the meeting's date from the title of minutes that have
// no date field, or from a short line under it. It reports whether it did.
func (r *recognizer) titleDate(at minutes.Place) bool {
	if r.doc.Header.Date.Present {
		return false
	}
	found := dates.Find(at.Text)
	if len(found) == 0 || !found[0].Valid() {
		return false
	}
	first, last := found[0], found[len(found)-1]
	// "Template Version: 23 February 2015" dates something else.
	if strings.Contains(at.Text[:first.Start], ":") {
		return false
	}
	if !last.Valid() || len(found) > 2 {
		last = first
	}
	r.setField("date", at.Text[first.Start:last.End], at)
	return true
}

// looksLikeMeetingName tells a cover line that names the meeting ("SA WG2
// Meeting #132", "HacDC Annual Meeting February 21, 2009") from running
// text that mentions one ("changes made since last meeting", "need text
// for #100", "Note: This page serves as the meeting's agenda").
func looksLikeMeetingName(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) >= 120 || !meetingName.MatchString(line) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(line); unicode.IsLower(first) {
		return false
	}
	if len(strings.Fields(line)) > 12 {
		return false
	}
	if label, _, ok := strings.Cut(line, ":"); ok && !strings.Contains(label, " ") {
		switch strings.ToLower(label) {
		case "meeting", "title", "event":
		default:
			return false
		}
	}
	return true
}

// lineOf is the place of line i of a paragraph: its own line number in a
// text file; in a Word file, the paragraph.
func lineOf(at minutes.Place, i int, line string) minutes.Place {
	if at.Pos.Line > 0 {
		at.Pos.Line += i
	}
	at.Text = line
	return at
}
