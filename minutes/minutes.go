// Package minutes is the document model the rules see: a meeting's header,
// its sections, the contributions and what was decided on each, the
// participants, the people and organisations named, and the dates — each
// with the place in the source file it was read from.
//
// The recognizer builds a Document from the blocks a reader produced; the
// rules only read it.
package minutes

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/names"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/source"
)

// Section is a numbered (or titled) part of the minutes. The part before
// the first heading is the cover section, with an empty number.
type Section struct {
	// Number as shown ("6.1", "Annex A"), empty when the heading has none.
	Number string
	Title  string
	Level  int
	// Typed is set when the number was typed into the heading text rather
	// than produced by automatic numbering.
	Typed  bool
	At     Place
	Parent *Section
}

// Name is how a section is named to people: "§6.1 Title".
func (s *Section) Name() string {
	if s == nil {
		return "cover page"
	}
	if s.Number == "" {
		return s.Title
	}
	return "§" + s.Number + " " + s.Title
}

// Place is where something was read: the reader's position, the enclosing
// section and the text of the block it came from.
type Place struct {
	Pos     source.Position
	Section *Section
	// Text is the whole text of the block (paragraph or table cell).
	Text string
}

// At narrows a place to the line of its text holding byte offset i: in a
// text or Markdown file that line's own number (and column, on the
// block's first line), and in every format that line as the text, so that
// a finding inside a long paragraph points at the right line.
func (p Place) At(i int) Place {
	if i < 0 || i > len(p.Text) {
		return p
	}
	start := strings.LastIndexByte(p.Text[:i], '\n') + 1
	end := len(p.Text)
	if j := strings.IndexByte(p.Text[i:], '\n'); j >= 0 {
		end = i + j
	}
	if p.Pos.Line > 0 {
		if n := strings.Count(p.Text[:start], "\n"); n > 0 {
			p.Pos.Line += n
			p.Pos.Column = 0
		} else if p.Pos.Column > 0 {
			p.Pos.Column += utf8.RuneCountInString(p.Text[:i])
		}
	}
	p.Text = p.Text[start:end]
	return p
}

// Location turns a place into a finding location.
func (p Place) Location() finding.Location {
	loc := finding.Location{Position: p.Pos}
	if p.Section == nil {
		loc.SectionTitle = "cover page"
		return loc
	}
	loc.Section, loc.SectionTitle = p.Section.Number, p.Section.Title
	return loc
}

// Excerpt gives the block's text around the subject, short enough to read
// on one line.
func (p Place) Excerpt(subject string) string {
	return Excerpt(p.Text, subject)
}

// Excerpt cuts text to about one line around subject.
func Excerpt(text, subject string) string {
	text = strings.Join(strings.Fields(text), " ")
	const width = 160
	if utf8.RuneCountInString(text) <= width {
		return text
	}
	i := 0
	if subject != "" {
		if j := strings.Index(text, subject); j >= 0 {
			i = j
		}
	}
	runes := []rune(text)
	start := max(0, utf8.RuneCountInString(text[:i])-width/3)
	end := min(len(runes), start+width)
	out := string(runes[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(runes) {
		out += "…"
	}
	return out
}

// Field is a labelled value from the header or a table cell.
type Field struct {
	// Value as written, trimmed. Empty when the field is absent or blank.
	Value string
	// Present is set when the field (table cell, header line) exists,
	// even if blank.
	Present bool
	At      Place
}

// Header is the meeting's identification.
type Header struct {
	Meeting   Field
	Chair     Field
	Secretary Field
	Date      Field
	Details   Field
	Venue     Field
	// Start and End are the meeting's dates when Date holds valid ones.
	Start, End time.Time
}

// Contribution is one document (one revision) the minutes deal with.
type Contribution struct {
	Number profile.DocNumber
	Title  Field
	Source Field
	Date   Field
	// At is the table row or paragraph that introduces it.
	At Place
	// Listed is set when the document has an entry of its own (a table
	// row or a Tdoc paragraph); otherwise it is known only from
	// dispositions or references.
	Listed bool
	// Columns counts the cells of the contribution's table row.
	Columns int
	// Undated is set when the entry's table has headed columns and none
	// of them is a date: no date is expected.
	Undated      bool
	Dispositions []*Disposition
	// RevisionExpected holds each "Revision expected" said of it.
	RevisionExpected []Place
	// Exemption is the sentence saying no disposition may be given.
	Exemption *Place
	// Deferral is the sentence deferring the decision (e-mail approval).
	Deferral *Place
	// RevisionOf names the document this one revises, when stated.
	RevisionOf string
	// Relisted holds further entries that use the same number.
	Relisted []Listing
}

// Listing is one entry introducing a document: its title and source as
// that entry gives them.
type Listing struct {
	Title, Source string
	RevisionOf    string
	At            Place
}

// Final returns the contribution's last disposition that closes it
// (final, superseded or carried over), or nil.
func (c *Contribution) Final() *Disposition {
	for i := len(c.Dispositions) - 1; i >= 0; i-- {
		if cl := profile.ClassOf(c.Dispositions[i].Canon); cl != profile.Open && cl != 0 {
			return c.Dispositions[i]
		}
	}
	return nil
}

// Last returns the contribution's last disposition of any class, or nil.
func (c *Contribution) Last() *Disposition {
	if len(c.Dispositions) == 0 {
		return nil
	}
	return c.Dispositions[len(c.Dispositions)-1]
}

// Disposition is what the meeting decided on a document.
type Disposition struct {
	Number profile.DocNumber
	// Word is the disposition as written ("NOTED", "Revised to").
	Word string
	// Canon is the canonical value; empty when Word is not in the
	// profile's vocabulary.
	Canon profile.Canon
	// Target is the other document of "revised to X" or "merged into X".
	Target *profile.DocNumber
	At     Place
}

// Participant is one entry of the participants list.
type Participant struct {
	First, Last string
	// Name is the full name as written.
	Name string
	Org  names.Org
	// Role is "chair", "secretary" or "" for a delegate, as the header
	// says.
	Role string
	At   Place
	// Meeting is the dated section the entry lies in ("## 9 February
	// 2021") when minutes hold several meetings or days, each with its own
	// attendance; nil when none encloses it.
	Meeting *Section
	// List numbers the list the entry is in (a table, the items under a
	// heading or label, a "Present:" line), from 1; ListKind says, by the
	// list's heading or label, who is on it.
	List     int
	ListKind ListKind
}

// ListKind is the kind of attendance list, as its label says. Nobody can
// be on a list of members and one of observers, or on one of those in the
// room and one of those who joined remotely.
type ListKind string

// List kinds.
const (
	ListMembers   ListKind = "members"
	ListObservers ListKind = "observers"
	ListRemote    ListKind = "remote"
	ListInPerson  ListKind = "in person"
)

// Person is someone named outside the participants list: the chair and
// secretary in the header, a speaker or an action owner in the text.
type Person struct {
	// Name as written.
	Name string
	// Role is "chair", "secretary", "speaker" or "owner".
	Role string
	At   Place
}

// OrgUse is an organisation written in a structured place: a
// contribution's source, a participant's organisation, the secretary's.
type OrgUse struct {
	Org  names.Org
	Role string
	At   Place
}

// Date is a date written in the minutes, with what it dates.
type Date struct {
	dates.Date
	// Role is "meeting", "contribution", "next-meeting" or "text".
	Role string
	// Of is the contribution a contribution date belongs to.
	Of *Contribution
	// Field is set when the date fills a structured field (a header line
	// or a date cell) rather than running text.
	Field bool
	At    Place
}

// NextMeeting is a planned meeting announced in the minutes.
type NextMeeting struct {
	Name     string
	From, To time.Time
	Raw      string
	At       Place
}

// Document is one file's minutes.
type Document struct {
	File    *source.File
	Profile *profile.Profile
	Header  Header
	// Sections in document order; the cover section is not listed.
	Sections      []*Section
	Contributions []*Contribution
	Dispositions  []*Disposition
	Participants  []*Participant
	// ParticipantsAt is where the participants list is, when there is one.
	ParticipantsAt *Place
	// PartialAttendance is set when a list says it names only some of
	// those present ("Remote attendees:"): someone missing from it may
	// well have attended.
	PartialAttendance bool
	People            []*Person
	Orgs              []OrgUse
	Dates             []*Date
	NextMeetings      []*NextMeeting
	// StrayRevisions are "Revision expected" notes with no document to
	// attach them to.
	StrayRevisions []Place
	// Text is every paragraph, list item, heading and table cell with
	// its place, in document order, for rules that read running text.
	Text []Place

	once     sync.Once
	byNumber map[string]*Contribution
	byBase   map[string][]*Contribution

	// people indexes Participants for MatchPerson; see people.go.
	people peopleIndex
}

func (d *Document) index() {
	d.once.Do(func() {
		d.byNumber = make(map[string]*Contribution, len(d.Contributions))
		d.byBase = make(map[string][]*Contribution)
		for _, c := range d.Contributions {
			d.byNumber[c.Number.ID] = c
			d.byBase[c.Number.Base] = append(d.byBase[c.Number.Base], c)
		}
	})
}

// Contribution finds a contribution by its canonical number.
func (d *Document) Contribution(id string) *Contribution {
	d.index()
	return d.byNumber[id]
}

// Revisions lists the contributions that share a base number (the
// original and its revisions), in document order.
func (d *Document) Revisions(base string) []*Contribution {
	d.index()
	return d.byBase[base]
}

// LaterRevision returns a revision of c with a higher revision number
// that the minutes mention, or nil.
func (d *Document) LaterRevision(c *Contribution) *Contribution {
	var best *Contribution
	for _, o := range d.Revisions(c.Number.Base) {
		if o.Number.Rev > c.Number.Rev && (best == nil || o.Number.Rev > best.Number.Rev) {
			best = o
		}
	}
	return best
}
