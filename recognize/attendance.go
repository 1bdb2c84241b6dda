package recognize

import (
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
	"github.com/minuteslint/minuteslint/source"
)

// Attendance written as text rather than as a table: a "Present: Tess,
// Dan, Peter" line (W3C, hackerspaces; guests and observers attend too),
// or a list under a participants heading, one person per item ("[x]
// Herbert Damker - (Deutsche Telekom AG) Active Maintainer", "Helene
// Vigue (GSMA)").

var presentLine = regexp.MustCompile(`(?i)^\W{0,3}(present|attendees|attendance|in attendance|participants|members present|(?:special |invited )?guests|observers(?: present)?)\W{0,3}:\W{0,3}(.+)$`)

// taskBox is a Markdown task-list box; an empty box marks someone invited
// who did not attend.
var taskBox = regexp.MustCompile(`^\[([ xX])\]\s+`)

// attendance reads the attendance lines of b, and reports whether b is a
// list item under a participants heading that it read whole.
func (r *recognizer) attendance(b *source.Block, at minutes.Place) bool {
	for i, line := range strings.Split(b.Text, "\n") {
		if m := presentLine.FindStringSubmatch(line); m != nil {
			r.presentNames(attendanceKind(m[1]), m[2], lineOf(at, i, line))
		}
	}
	if b.Kind == source.ListItem && r.participantsNext {
		// Items nested under a sentence ("3 members are at risk of losing
		// voting rights:") or under an absence label ("Regrets:") are not
		// the attendees.
		if r.attendeeSkip > 0 && b.Level > r.attendeeSkip {
			return false
		}
		r.attendeeSkip = 0
		if r.attendee(b.Text, at) {
			return true
		}
		if !attendanceLabel(b.Text) {
			r.attendeeSkip = max(b.Level, 1)
		}
	}
	return false
}

var (
	groupWords   = regexp.MustCompile(`(?i)\b(members?|participants?|attendees?|observers?|guests?|chairs?|officers?|staff|maintainers?|invited experts?|present|in attendance|attending|delegates?|representatives?)\b`)
	absenceWords = regexp.MustCompile(`(?i)\b(absent|absence|regrets?|apologies|excused|not present|unable to attend|missing)\b`)
)

// attendanceLabel reports whether a list item names a group of the
// attendees that follow ("Voting Members", "TSC members present:",
// "Guests"), as opposed to a sentence or a list of absentees.
func attendanceLabel(text string) bool {
	t := strings.TrimSpace(text)
	return len(strings.Fields(t)) <= 5 && !strings.ContainsAny(t, "0123456789") &&
		groupWords.MatchString(t) && !absenceWords.MatchString(t)
}

// presentNames reads a comma list of names. Minutes of several sessions
// repeat the line; a name already on a line of the same kind is the same
// person again, but a member also listed as an observer is listed twice.
func (r *recognizer) presentNames(kind, list string, at minutes.Place) {
	if r.attendees == nil {
		r.attendees = map[string]bool{}
	}
	for _, person := range splitPeople(list) {
		key := kind + "\x00" + names.Fold(person.person)
		if !r.attendees[key] {
			r.attendees[key] = true
			r.addAttendee(person.person, person.org, at)
		}
	}
}

// attendanceKind tells the lines of guests and observers from those of
// the members present, by their label.
func attendanceKind(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "guest"):
		return "guest"
	case strings.Contains(l, "observer"):
		return "observer"
	}
	return "present"
}

// attendee reads one list item under a participants heading.
func (r *recognizer) attendee(text string, at minutes.Place) bool {
	text = strings.TrimSpace(text)
	if m := taskBox.FindStringSubmatch(text); m != nil {
		if m[1] == " " {
			return true
		}
		text = text[len(m[0]):]
	}
	name, org := splitAttendee(text)
	if !looksLikePerson(name) {
		return false
	}
	r.addAttendee(name, org, at)
	return true
}

// splitAttendee divides "Name - (Org) role", "Name (Org)", "Name, Org",
// "Name; Org" or "Name - Org" into the name and the organisation, without
// a membership note ("Cisco Systems (Chair)" is Cisco Systems).
func splitAttendee(s string) (name, org string) {
	// "Toshi (Toshiyasu) Wakayama": a full first name in parentheses.
	s = nickname.ReplaceAllString(s, "$1 $2")
	// "Cao, Feng;<tab>Oracle": rosters write the family name first.
	if m := invertedName.FindStringSubmatch(s); m != nil {
		return m[2] + " " + m[1], roleOnly(strings.TrimSpace(m[3]))
	}
	name = s
	at, sep := len(s), ""
	for _, sp := range []string{" - ", " – ", " — ", "; ", ", ", " ("} {
		if i := strings.Index(s, sp); i > 0 && i < at {
			at, sep = i, sp
		}
	}
	if sep != "" {
		name, org = s[:at], strings.TrimSpace(s[at+len(sep):])
		if sep == " (" {
			org = "(" + org
		}
	}
	if strings.HasPrefix(org, "(") {
		org = parenthesised(org)
	}
	org = roleNote.ReplaceAllString(strings.TrimSpace(org), "")
	return strings.TrimSpace(name), roleOnly(strings.TrimSpace(org))
}

var (
	nickname     = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*) \(\p{Lu}[\p{L}'’-]*\) (\p{Lu})`)
	invertedName = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?),[ \t]+(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)[ ]*[;\t]\s*(.*)$`)
	roleWords    = regexp.MustCompile(`(?i)^(?:organi[sz]er|host|scribe|note[- ]?taker|minute[- ]?taker|presenter|speaker|facilitator|moderator|chair(?:man|person)?|co-?chair|vice[- ]chair|secretary|guest|observer|invited expert|(?:voting |non-voting )?member)$`)
	trailingNote = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
)

// roleOnly drops an "organisation" that is only the person's role in the
// meeting ("Dawid Wróblewski (organizer)").
func roleOnly(org string) string {
	if roleWords.MatchString(org) {
		return ""
	}
	return org
}

// parenthesised returns what the opening parenthesis of s encloses, up to
// its matching close or the end of s.
func parenthesised(s string) string {
	depth := 0
	for i, c := range s {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return s[1:i]
			}
		}
	}
	return s[1:]
}

func (r *recognizer) addAttendee(name, org string, at minutes.Place) {
	p := &minutes.Participant{Name: names.Tidy(name), At: at}
	p.First, p.Last = names.Split(p.Name)
	if org != "" {
		p.Org = names.ParseOrg(org)
		r.doc.Orgs = append(r.doc.Orgs, minutes.OrgUse{Org: p.Org, Role: "participant", At: at})
	}
	if r.doc.ParticipantsAt == nil {
		listAt := at
		r.doc.ParticipantsAt = &listAt
	}
	r.doc.Participants = append(r.doc.Participants, p)
}
