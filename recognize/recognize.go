// Package recognize reads minutes out of a file's blocks: which table is
// the header, which rows are contributions, which sentences are
// dispositions, where the participants list is. It knows minutes and
// nothing about file formats; it sees only source blocks.
package recognize

import (
	"regexp"

	"github.com/minuteslint/minuteslint/dates"
	"strings"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/source"
)

// Detect picks the profile whose conventions the file follows.
func Detect(f *source.File) *profile.Profile {
	var oneM2M, mentions, tdocs, blocks int
	source.Walk(f.Blocks, func(b *source.Block) bool {
		if b.Kind == source.Table {
			return true
		}
		blocks++
		oneM2M += len(profile.OneM2M.FindNumbers(b.Text))
		if strings.Contains(strings.ToLower(b.Text), "onem2m") {
			mentions++
		}
		tdocs += len(profile.ThreeGPP.FindNumbers(b.Text))
		return blocks < 5000
	})
	switch {
	case tdocs >= 5 && tdocs > oneM2M:
		return profile.ThreeGPP
	case oneM2M >= 3 || oneM2M >= 1 && mentions >= 1:
		return profile.OneM2M
	}
	return profile.Generic
}

// Recognize builds the minutes model of f under profile p (nil: detect).
func Recognize(f *source.File, p *profile.Profile) *minutes.Document {
	if p == nil {
		p = Detect(f)
	}
	r := &recognizer{doc: &minutes.Document{File: f, Profile: p}}
	r.walk(f.Blocks)
	for i := range f.Notes {
		b := &f.Notes[i]
		r.doc.Text = append(r.doc.Text, minutes.Place{Pos: b.Pos, Text: b.Text})
	}
	r.finish()
	return r.doc
}

type recognizer struct {
	doc     *minutes.Document
	section *minutes.Section
	// current is the contribution the text is about: the last one
	// introduced in the current section.
	current *minutes.Contribution
	// headerDone is set once the header table has been read.
	headerDone bool
	// fields remembers the positions of structured date fields, so the
	// running-text pass does not count them twice.
	fields map[source.Position]bool
	// participantsNext is set after a participants heading: the next
	// table, or the list items that follow, are the list.
	participantsNext bool
	// attendeeSkip is the list level under which items are not attendees
	// (0: none).
	attendeeSkip int
	// list and listKind number and sort the attendance list being read
	// (see minutes.Participant).
	list     int
	listKind minutes.ListKind
	// listRead is set once an attendee of the list was read.
	listRead bool
	// attendeeParent is the level of a list item "Attendees" whose nested
	// items are the attendees (0: none).
	attendeeParent int
	// attendees are the names read from attendance lines, by kind of
	// line, so that a line repeated for each session adds no one twice.
	attendees map[string]bool
	byID      map[string]*minutes.Contribution
	// speakers are paragraphs that may open with a person's name; they
	// are read once every organisation is known.
	speakers []minutes.Place
	// itemLevel is the heading level of the first typed single section
	// number ("## 2. EIP 196").
	itemLevel int
	// pastCover is set once the text speaks of the next meeting: no date
	// after that is the meeting's own.
	pastCover bool
	// orgKeys and orgSpaceless index the organisations' keys once every
	// organisation is known (see isOrg).
	orgKeys      map[string][]string
	orgSpaceless map[string]string
	// inOutcome is set once an entry's conclusion labels have been read
	// (3GPP reports).
	inOutcome bool
}

func (r *recognizer) place(b *source.Block) minutes.Place {
	return minutes.Place{Pos: b.Pos, Section: r.section, Text: b.Text}
}

func (r *recognizer) walk(blocks []source.Block) {
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		// A table saved as text without its tabs leaves each cell a
		// paragraph of its own, one after the other.
		if n := r.cellRun(blocks[i:]); n > 0 {
			i += n - 1
			continue
		}
		switch b.Kind {
		case source.Heading:
			r.heading(b)
		case source.Table:
			r.table(b)
		default:
			r.paragraph(b)
		}
	}
}

var (
	typedNumber = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,3}){0,5})\.?(?:[ \t\x{a0}]+|$)(.*)$`)
	// "25 min - Mike Bishop", "10 minutes: Feedback": a heading that opens
	// with a duration, as timed agendas have, is not numbered ("3 Minutes
	// of the last meeting" is).
	quantity    = regexp.MustCompile(`^(?i:mins?\b|(?:minutes?|hrs?|hours?|secs?|seconds?|days?|weeks?|%)[ \t\x{a0}]*(?:[-–—:,;)]|$))`)
	annexNumber = regexp.MustCompile(`^((?:Annex|ANNEX|Appendix|APPENDIX)\s+[A-Z0-9]{1,3})\b\s*[–—:.\-]?\s*(.*)$`)
)

func (r *recognizer) heading(b *source.Block) {
	s := &minutes.Section{Title: strings.TrimSpace(b.Text), Number: b.Number, Level: b.Level}
	// "24 January, 2022 Meeting Notes" opens with a date, not a number.
	dated := false
	if d := dates.Find(s.Title); len(d) > 0 && d[0].Start == 0 {
		dated = true
	}
	if s.Number == "" && !dated {
		if m := typedNumber.FindStringSubmatch(s.Title); m != nil && m[2] != "" && !quantity.MatchString(m[2]) && r.numberFitsLevel(m[1], b.Level) {
			s.Number, s.Title, s.Typed = m[1], strings.TrimSpace(m[2]), true
		} else if m := annexNumber.FindStringSubmatch(s.Title); m != nil {
			s.Number, s.Title = m[1], strings.TrimSpace(m[2])
		}
	}
	if s.Level == 0 {
		s.Level = strings.Count(s.Number, ".") + 1
	}
	for p := r.section; p != nil; p = p.Parent {
		if p.Level < s.Level {
			s.Parent = p
			break
		}
	}
	s.At = minutes.Place{Pos: b.Pos, Section: s, Text: b.Text}
	// "# Node Foundation TSC Meeting 2016-10-06", "# July 20, 2020 Meeting
	// Notes": the title of minutes without a date field dates them.
	if len(r.doc.Sections) == 0 {
		r.titleDate(s.At)
		// "# Example Project TSC Meeting 2024-03-12" names the meeting.
		if h := &r.doc.Header; !h.Meeting.Present && s.Number == "" && looksLikeMeetingName(s.Title) {
			h.Meeting = minutes.Field{Value: s.Title, Present: true, At: s.At}
		}
	}
	r.section = s
	r.current = nil
	r.doc.Sections = append(r.doc.Sections, s)
	r.doc.Text = append(r.doc.Text, s.At)
	// "Remote:\nRick Waldron (RW), …\n-----": a roster that a rule under
	// it turned into a heading.
	lines := strings.Split(b.Text, "\n")
	for i, line := range lines {
		label := ""
		if i > 0 {
			label = lines[i-1]
		}
		r.inlineRoster(line, label, lineOf(s.At, i, line))
	}
	r.participantsNext = participantsTitle.MatchString(s.Title)
	if r.participantsNext {
		r.startList(s.Title)
	}
	r.attendeeSkip, r.attendeeParent = 0, 0
}

// coverBlocks is how many opening blocks can be a cover page.
const coverBlocks = 12

// numberFitsLevel reports whether a typed heading number suits the
// heading's level: "#### 2 Components" under "## 2. EIP 196" counts two
// components; the agenda numbers its items on level-2 headings.
// Only single numbers are judged: minutes put "2.1" on headings of any
// level, but a lone "2" deeper than the agenda's items is a count.
func (r *recognizer) numberFitsLevel(number string, level int) bool {
	if level == 0 || strings.Contains(strings.TrimSuffix(number, "."), ".") {
		return true
	}
	if r.itemLevel == 0 {
		r.itemLevel = level
	}
	return level <= r.itemLevel
}

var participantsTitle = regexp.MustCompile(`(?i)\b(participants?|attendees?|attendance|delegates|present|roll ?call)\b`)

func (r *recognizer) paragraph(b *source.Block) {
	if strings.TrimSpace(b.Text) == "" {
		return
	}
	at := r.place(b)
	r.doc.Text = append(r.doc.Text, at)
	if r.attendance(b, at) {
		return
	}
	if !r.headerDone || r.section == nil {
		if r.headerLine(b, at) {
			return
		}
		// The cover is the opening paragraphs: further down, a line
		// that opens with a date is about another day ("8) Next
		// Meeting" then "May 23rd 2019").
		if nextMeetingSaid.MatchString(b.Text) {
			r.pastCover = true
		}
		cover := len(r.doc.Text) <= coverBlocks && !r.pastCover
		if r.section == nil && cover && r.coverParagraph(at) {
			return
		}
		// "*March 10th, 2023*" under the title, or the first line as the
		// title ("Minutes from 16th OpenVDB TSC meeting, May 9, 2019").
		words := len(strings.Fields(b.Text))
		if cover && (len(r.doc.Sections) <= 1 && words <= 8 || len(r.doc.Text) == 1 && words <= 15) && r.titleDate(at) {
			return
		}
	}
	if r.doc.Profile.Entries == profile.EntryParagraphs {
		if r.entry(at) {
			return
		}
		r.outcomes(at)
	}
	r.sentences(at)
	r.speakers = append(r.speakers, at)
}

func (r *recognizer) table(b *source.Block) {
	r.actionTable(b)
	// Tables inside tables are read as their own tables.
	if !r.headerDone && r.headerTable(b) {
		r.headerDone = true
		r.cellsToText(b)
		return
	}
	if r.participantsTable(b) {
		r.cellsToText(b)
		return
	}
	if r.doc.Profile.HasNumbers() {
		r.contributionTable(b)
		return
	}
	r.cellsToText(b)
}

// cellsToText records every cell paragraph as running text and reads the
// sentences in it.
func (r *recognizer) cellsToText(b *source.Block) {
	for _, row := range b.Rows {
		r.textOfRow(row)
	}
}

func (r *recognizer) finish() {
	// A document known only from what was said of it is placed where
	// that was said.
	for _, c := range r.doc.Contributions {
		if !c.Listed && c.At.Pos.IsZero() && len(c.Dispositions) > 0 {
			c.At = c.Dispositions[0].At
		}
	}
	r.linkRevisions()
	r.collectOrgs()
	for _, at := range r.speakers {
		r.speaker(at)
	}
	r.roles()
	r.settleListKinds()
	r.collectDates()
}
