// Package profile holds what differs between the bodies whose minutes are
// linted: how document numbers are written, the disposition vocabulary,
// the date format, template text that is not a leftover. The recognizer
// reads minutes through a profile; rules consult it for the expected forms.
package profile

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Canon is a disposition in the body-neutral vocabulary.
type Canon string

// The canonical dispositions.
const (
	Agreed        Canon = "AGREED"
	Approved      Canon = "APPROVED"
	PartlyAgreed  Canon = "PARTLY_AGREED"
	Endorsed      Canon = "ENDORSED"
	Noted         Canon = "NOTED"
	Revised       Canon = "REVISED"
	Merged        Canon = "MERGED"
	Postponed     Canon = "POSTPONED"
	NotHandled    Canon = "NOT_HANDLED"
	LeftOpen      Canon = "LEFT_OPEN"
	Withdrawn     Canon = "WITHDRAWN"
	Rejected      Canon = "REJECTED"
	RepliedTo     Canon = "REPLIED_TO"
	NotPursued    Canon = "NOT_PURSUED"
	NoDiscussion  Canon = "NO_DISCUSSION"
	ReturnPending Canon = "OPEN"
)

// Class says whether a disposition closes a document.
type Class int

// Disposition classes.
const (
	// Final closes the document for good.
	Final Class = iota + 1
	// Superseded closes this number in favour of another (revised, merged).
	Superseded
	// Carried closes it for this meeting; it comes back later.
	Carried
	// Open leaves it undecided.
	Open
)

func (c Class) String() string {
	switch c {
	case Final:
		return "final"
	case Superseded:
		return "superseded"
	case Carried:
		return "carried over"
	case Open:
		return "open"
	}
	return ""
}

// ClassOf gives the class of a canonical disposition.
func ClassOf(c Canon) Class {
	switch c {
	case Revised, Merged:
		return Superseded
	case Postponed, NotHandled:
		return Carried
	case LeftOpen, ReturnPending, NoDiscussion:
		return Open
	case "":
		return 0
	}
	return Final
}

// EntryStyle says how minutes introduce the documents they handle.
type EntryStyle int

// Entry styles.
const (
	// EntryRows: a table row per document (number, title, source, date),
	// with the disposition in a sentence after it (oneM2M).
	EntryRows EntryStyle = iota
	// EntryParagraphs: a paragraph per document opening with its number
	// ("TD S2-1903049 Title. (Source: …)"), the outcome in the paragraphs
	// that follow (3GPP reports).
	EntryParagraphs
)

// DocNumber is a parsed document number.
type DocNumber struct {
	// Raw is the number exactly as written.
	Raw string
	// ID is the canonical form ("SEC-2016-0005R01").
	ID string
	// Base is the number without its revision ("SEC-2016-0005").
	Base string
	// Rev is the revision (1 for R01), 0 for the original.
	Rev int
	// Group is the issuing group ("SEC", "S2").
	Group string
	// Year is the year in the number, when it has one.
	Year int
}

// Found is a document number found in a text, with its byte offsets.
type Found struct {
	Number     DocNumber
	Start, End int
}

// NearMiss is text that looks like a document number but is not written
// the way the profile requires.
type NearMiss struct {
	Raw        string
	Start, End int
	// Want is the number as it should probably be written, when it can be
	// guessed.
	Want   string
	Reason string
}

// Profile describes one body's conventions.
type Profile struct {
	Name  string
	Title string
	// Terms maps a disposition keyword, upper-cased and with single
	// spaces, to its canonical value.
	Terms map[string]Canon
	// KeywordsUpper says the body writes disposition keywords in capitals
	// ("was NOTED"), so a capitalised unknown word after "was" is a
	// disposition attempt.
	KeywordsUpper bool
	// DateLayout is the expected layout of dates in structured fields, in
	// Go's time layout, and DateExample shows it to people. Empty when the
	// body has no house format.
	DateLayout  string
	DateExample string
	// Groups are the issuing groups the body uses.
	Groups []string
	// Entries says how documents are introduced.
	Entries EntryStyle
	// Formal is set for the minutes of standards bodies, which are a
	// formal record: "TBD" or "xx" anywhere in them is a leftover, whereas
	// informal notes use such words as content ("stage TBD").
	Formal bool
	// TemplateText lists template phrases that look like placeholders but
	// are part of the body's standard cover page.
	TemplateText []string

	find     func(s string) []Found
	nearMiss func(s string) []NearMiss
}

// FindNumbers returns the document numbers written in s, in order.
func (p *Profile) FindNumbers(s string) []Found {
	if p.find == nil {
		return nil
	}
	return p.find(s)
}

// NearMisses returns text in s that nearly matches the document number
// format.
func (p *Profile) NearMisses(s string) []NearMiss {
	if p.nearMiss == nil {
		return nil
	}
	return p.nearMiss(s)
}

// HasNumbers tells whether the body numbers its documents in a form the
// profile knows.
func (p *Profile) HasNumbers() bool { return p.find != nil }

// Term looks up a disposition keyword as written.
func (p *Profile) Term(word string) (Canon, bool) {
	c, ok := p.Terms[normKeyword(word)]
	return c, ok
}

// Keywords lists the profile's disposition keywords, sorted.
func (p *Profile) Keywords() []string {
	out := make([]string, 0, len(p.Terms))
	for k := range p.Terms {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func normKeyword(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), " "))
}

var registry = map[string]*Profile{}

func register(p *Profile) *Profile {
	registry[p.Name] = p
	return p
}

// Lookup finds a profile by name.
func Lookup(name string) (*Profile, error) {
	if p, ok := registry[strings.ToLower(name)]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("unknown profile %q (known: %s)", name, strings.Join(Names(), ", "))
}

// Names lists the known profiles.
func Names() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// wordBoundary reports whether the byte at i in s (or the string end) is
// not part of an identifier, so "XSEC-2016-0001" is not read as a number.
func boundaryBefore(s string, i int) bool {
	return i == 0 || !isIDChar(s[i-1])
}

func boundaryAfter(s string, i int) bool {
	return i >= len(s) || !isIDChar(s[i])
}

func isIDChar(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// hasDigit reports whether s has an ASCII digit: every document number
// does, and most paragraphs do not, which spares the regexp.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// findAll runs re over s and keeps matches standing on identifier
// boundaries.
func findAll(re *regexp.Regexp, s string, fn func(m []int)) {
	if !hasDigit(s) {
		return
	}
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if boundaryBefore(s, m[0]) && boundaryAfter(s, m[1]) {
			fn(m)
		}
	}
}
