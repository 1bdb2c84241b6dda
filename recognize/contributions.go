package recognize

import (
	"regexp"
	"slices"
	"strings"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/source"
)

// Column roles in a contribution table.
const (
	colNumber = "number"
	colTitle  = "title"
	colSource = "source"
	colDate   = "date"
	colStatus = "status"
)

// columnRoles maps a table header's text to the role of its column.
type columnRoles []struct {
	re   *regexp.Regexp
	role string
}

// role gives the role of a column headed text, or "".
func (cr columnRoles) role(text string) string {
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), ":"))
	for _, h := range cr {
		if h.re.MatchString(text) {
			return h.role
		}
	}
	return ""
}

var contributionColumns = columnRoles{
	{regexp.MustCompile(`(?i)^(doc(ument)?\.?\s*(no\.?|number|#|id)?|t?doc(#| ?number)?|td ?#?|contribution( no\.?| number)?|number|no\.?|input)$`), colNumber},
	{regexp.MustCompile(`(?i)^(title|subject|topic|document title)$`), colTitle},
	{regexp.MustCompile(`(?i)^(source|sources|company|companies|from|author|authors|submitted by|originator)$`), colSource},
	{regexp.MustCompile(`(?i)^(date|uploaded|submission date|submitted)$`), colDate},
	{regexp.MustCompile(`(?i)^(status|decision|disposition|result|outcome|tdoc status)$`), colStatus},
}

// contributionTable reads the rows of b that introduce documents, and the
// other rows as text. Columns are found by the header row when the table
// has one, otherwise by content: the number is the cell holding a document
// number, the date the cell holding a date, and title and source follow
// the number in that order.
func (r *recognizer) contributionTable(b *source.Block) {
	p := r.doc.Profile
	var roles []string
	for ri, row := range b.Rows {
		if ri == 0 || row.Header {
			if rs := r.headerRoles(row); rs != nil {
				roles = rs
				r.textOfRow(row)
				continue
			}
		}
		numCell := -1
		var num profile.DocNumber
		for ci, c := range row.Cells {
			if roles != nil && ci < len(roles) && roles[ci] != colNumber {
				continue
			}
			if n, ok := wholeNumber(p, c.Text()); ok {
				numCell, num = ci, n
				break
			}
		}
		if numCell < 0 {
			r.textOfRow(row)
			continue
		}
		r.contributionRow(row, numCell, num, roles)
	}
}

// headerRoles maps a header row to column roles, or returns nil when the
// row is not a header.
func (r *recognizer) headerRoles(row source.Row) []string {
	roles := make([]string, len(row.Cells))
	n := 0
	hasNumber := false
	for i, c := range row.Cells {
		roles[i] = contributionColumns.role(c.Text())
		if roles[i] != "" {
			n++
		}
		hasNumber = hasNumber || roles[i] == colNumber
	}
	if n < 2 || !hasNumber {
		return nil
	}
	return roles
}

// wholeNumber reports whether a cell holds a document number and nothing
// else of substance (a trailing revision marker or note is allowed).
func wholeNumber(p *profile.Profile, text string) (profile.DocNumber, bool) {
	text = strings.TrimSpace(text)
	found := p.FindNumbers(text)
	if len(found) == 0 || found[0].Start > 3 {
		return profile.DocNumber{}, false
	}
	rest := strings.TrimSpace(text[found[0].End:])
	if len([]rune(rest)) > 40 {
		return profile.DocNumber{}, false
	}
	return found[0].Number, true
}

func (r *recognizer) contributionRow(row source.Row, numCell int, num profile.DocNumber, roles []string) {
	c := r.contribution(num)
	if c.Listed {
		// Listed twice: the first entry stays the reference; the later
		// one is kept to compare, and its cells are read as text.
		l := minutes.Listing{At: minutes.Place{Pos: row.Cells[numCell].Pos, Section: r.section, Text: rowText(row)}}
		var rest []string
		for i, cell := range row.Cells {
			if i != numCell && !dates.LooksLikeDate(cell.Text()) {
				rest = append(rest, strings.TrimSpace(cell.Text()))
			}
		}
		if len(rest) > 0 {
			l.Title = rest[0]
		}
		if len(rest) > 1 {
			l.Source = rest[1]
		}
		c.Relisted = append(c.Relisted, l)
		r.textOfRow(row)
		r.current = c
		return
	}
	c.Listed = true
	c.Columns = len(row.Cells)
	c.At = minutes.Place{Pos: row.Cells[numCell].Pos, Section: r.section, Text: rowText(row)}
	cellPlace := func(cell source.Cell) minutes.Place {
		return minutes.Place{Pos: cell.Pos, Section: r.section, Text: cell.Text()}
	}
	fill := func(f *minutes.Field, cell source.Cell) {
		*f = minutes.Field{Value: strings.TrimSpace(cell.Text()), Present: true, At: cellPlace(cell)}
	}
	if roles != nil {
		c.Undated = !slices.Contains(roles, colDate)
		for i, cell := range row.Cells {
			if i >= len(roles) {
				break
			}
			switch roles[i] {
			case colTitle:
				fill(&c.Title, cell)
			case colSource:
				fill(&c.Source, cell)
			case colDate:
				fill(&c.Date, cell)
			case colStatus:
				if t := strings.TrimSpace(cell.Text()); t != "" {
					r.statusCell(c, t, cellPlace(cell))
				}
			}
		}
	} else {
		// By content: a date-shaped cell is the date; the other cells
		// after the number are title, then source.
		var rest []source.Cell
		for i, cell := range row.Cells {
			if i == numCell {
				continue
			}
			t := strings.TrimSpace(cell.Text())
			if !c.Date.Present && i > numCell && (len(dates.Find(t)) > 0 && len(t) <= 30 || dates.LooksLikeDate(t)) {
				fill(&c.Date, cell)
				continue
			}
			if i > numCell {
				rest = append(rest, cell)
			}
		}
		if len(rest) > 0 {
			fill(&c.Title, rest[0])
		}
		if len(rest) > 1 {
			fill(&c.Source, rest[1])
		}
	}
	if c.Date.Present {
		r.markField(c.Date.At.Pos)
		for _, d := range dates.Find(c.Date.Value) {
			r.doc.Dates = append(r.doc.Dates, &minutes.Date{Date: d, Role: "contribution", Of: c, Field: true, At: c.Date.At})
		}
	}
	for _, cell := range row.Cells {
		if t := strings.TrimSpace(cell.Text()); t != "" {
			r.doc.Text = append(r.doc.Text, cellPlace(cell))
		}
	}
	r.current = c
}

// textOfRow records a row's cell paragraphs as running text and reads the
// sentences in them. A cell continuing a vertical merge repeats the text
// above it and is skipped.
func (r *recognizer) textOfRow(row source.Row) {
	for _, cell := range row.Cells {
		if cell.Merged {
			continue
		}
		for i := range cell.Blocks {
			cb := &cell.Blocks[i]
			if cb.Kind == source.Table {
				r.table(cb)
				continue
			}
			if strings.TrimSpace(cb.Text) == "" {
				continue
			}
			at := r.place(cb)
			r.doc.Text = append(r.doc.Text, at)
			r.sentences(at)
		}
	}
}

// statusCell reads a disposition written in a status column.
func (r *recognizer) statusCell(c *minutes.Contribution, text string, at minutes.Place) {
	word, canon := r.keyword(text)
	if word == "" {
		return
	}
	d := &minutes.Disposition{Number: c.Number, Word: word, Canon: canon, At: at}
	r.addDisposition(c, d)
}

// contribution returns the contribution for num, creating it.
func (r *recognizer) contribution(num profile.DocNumber) *minutes.Contribution {
	if c := r.byID[num.ID]; c != nil {
		return c
	}
	c := &minutes.Contribution{Number: num}
	if r.byID == nil {
		r.byID = map[string]*minutes.Contribution{}
	}
	r.byID[num.ID] = c
	r.doc.Contributions = append(r.doc.Contributions, c)
	return c
}

func (r *recognizer) addDisposition(c *minutes.Contribution, d *minutes.Disposition) {
	c.Dispositions = append(c.Dispositions, d)
	r.doc.Dispositions = append(r.doc.Dispositions, d)
}

var (
	// "<number> was NOTED", "is AGREED", "has been REVISED to <number>".
	dispositionVerb = regexp.MustCompile(`^\s*(?:,\s*)?(?:was|is|were|are|has been|have been|got)\s+(?:then\s+|also\s+|finally\s+|subsequently\s+)?`)
	capsWords       = regexp.MustCompile(`^[A-Z][A-Z]+(?:[ -][A-Z][A-Z]+){0,2}\b`)
	targetWords     = regexp.MustCompile(`^\s*(?:to|in|into|as|by|with)\s+`)

	revisionExpected = regexp.MustCompile(`(?i)\brevision\s+(?:of\s+\S+\s+)?(?:is\s+)?expected\b|\brevision\s+(?:is\s+)?(?:required|needed|requested)\b`)
	exemption        = regexp.MustCompile(`(?i)\bno\s+disposition\s+(?:may|can|shall|will|could|should)\s+be\s+given|\bdisposition\s+(?:cannot|can not|can't|may not|shall not|will not)\s+be\s+given`)
	deferral         = regexp.MustCompile(`(?i)\b(?:agreed|approved|decided|endorsed|handled|confirmed|concluded)\s+(?:via|by|through|over|per|on)\s+(?:e-?mail|correspondence|the\s+(?:mailing\s+)?list)\b|\be-?mail\s+approval\b|\bapproval\s+by\s+e-?mail\b`)
)

// keyword reads a disposition keyword at the start of text: a term of the
// profile (longest first), or for a profile that writes keywords in
// capitals, an unknown capitalised word.
func (r *recognizer) keyword(text string) (string, profile.Canon) {
	p := r.doc.Profile
	text = strings.TrimSpace(text)
	best := ""
	for _, k := range p.Keywords() {
		if len(k) > len(text) || len(k) <= len(best) {
			continue
		}
		if strings.EqualFold(text[:len(k)], k) && (len(k) == len(text) || !isLetter(text[len(k)])) {
			best = k
		}
	}
	if best != "" {
		canon, _ := p.Term(best)
		return text[:len(best)], canon
	}
	if p.KeywordsUpper {
		if m := capsWords.FindString(text); m != "" {
			return m, ""
		}
	}
	return "", ""
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sentences reads dispositions, revision expectations, exemptions and
// deferrals out of a paragraph.
func (r *recognizer) sentences(at minutes.Place) {
	p := r.doc.Profile
	text := at.Text
	found := p.FindNumbers(text)
	var subject *minutes.Contribution
	for i, f := range found {
		after := text[f.End:]
		m := dispositionVerb.FindStringIndex(after)
		if m == nil {
			continue
		}
		word, canon := r.keyword(after[m[1]:])
		if word == "" {
			continue
		}
		c := r.contribution(f.Number)
		d := &minutes.Disposition{Number: f.Number, Word: word, Canon: canon, At: at}
		rest := after[m[1]+len(word):]
		if tm := targetWords.FindStringIndex(rest); tm != nil && i+1 < len(found) {
			next := found[i+1]
			if next.Start == f.End+m[1]+len(word)+tm[1] {
				t := next.Number
				d.Target = &t
			}
		}
		r.addDisposition(c, d)
		subject = c
	}
	// What the sentence is about: a document it names, else the one under
	// discussion.
	// The words each pattern needs are looked for first: most sentences
	// have none of them, and looking is far cheaper than matching.
	lower := strings.ToLower(text)
	rev := strings.Contains(lower, "revision") && revisionExpected.MatchString(text)
	ex := strings.Contains(lower, "disposition") && exemption.MatchString(text)
	def := (strings.Contains(lower, "mail") || strings.Contains(lower, "correspondence") || strings.Contains(lower, "list")) &&
		deferral.MatchString(text)
	if !rev && !ex && !def {
		return
	}
	target := r.current
	if subject != nil {
		target = subject
	} else if len(found) == 1 {
		target = r.contribution(found[0].Number)
	}
	if rev {
		if target == nil {
			// Only minutes that number their documents can leave a
			// "Revision expected" dangling, and only a line that says
			// just that: "spec revision needed" in a remark is prose.
			if p.HasNumbers() && len(strings.Fields(text)) <= 5 {
				r.doc.StrayRevisions = append(r.doc.StrayRevisions, at)
			}
		} else {
			target.RevisionExpected = append(target.RevisionExpected, at)
		}
	}
	if target != nil && ex && target.Exemption == nil {
		a := at
		target.Exemption = &a
	}
	if target != nil && def && target.Deferral == nil {
		a := at
		target.Deferral = &a
	}
}

// linkRevisions records, for a disposition "revised to X", that X is a
// revision of the document.
func (r *recognizer) linkRevisions() {
	for _, d := range r.doc.Dispositions {
		if d.Target == nil {
			continue
		}
		if t := r.byID[d.Target.ID]; t != nil && t.RevisionOf == "" && d.Canon == profile.Revised {
			t.RevisionOf = d.Number.ID
		}
	}
}
