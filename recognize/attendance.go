package recognize

import (
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/dates"
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

// taskBox is a Markdown task-list box, or a check-box character as Word
// and its converters write one; an empty box marks someone invited who
// did not attend.
var taskBox = regexp.MustCompile(`^(?:\[([ xX])\]|([☐☑☒✓✔✗✘]))\s*`)

// unticked reports whether a taskBox match is an empty box.
func unticked(m []string) bool {
	return m[1] == " " || m[2] == "☐" || m[2] == "✗" || m[2] == "✘"
}

// attendanceOnly is a label that opens the list of attendees below it:
// "Attendance:", "**Attendees**" as a list item of its own.
var attendanceOnly = regexp.MustCompile(`(?i)^\W{0,3}(present|attendees|attendance|in attendance|participants|members present|attending|roll ?call|(?:special |invited )?guests?(?: presenters?)?|guest presenters?|observers?(?: present)?|visitors)\W{0,3}$`)

// labelledNames is "Council: Carol, Mark, Eric Holk" under a participants
// heading: any group's label, then names.
var labelledNames = regexp.MustCompile(`^\W{0,3}(\p{Lu}[\p{L} ]{1,30}?)\W{0,3}:\s*(.+)$`)

// attendance reads the attendance lines of b, and reports whether b is
// part of a list of attendees that it read whole.
func (r *recognizer) attendance(b *source.Block, at minutes.Place) bool {
	lines := strings.Split(b.Text, "\n")
	for i, line := range lines {
		if m := presentLine.FindStringSubmatch(line); m != nil {
			r.startList(m[1])
			r.presentNames(m[2], lineOf(at, i, line))
		} else if m := labelledNames.FindStringSubmatch(line); m != nil && r.participantsNext && b.Kind != source.ListItem &&
			!absenceWords.MatchString(m[1]) && strings.ToUpper(m[1]) != m[1] && onlyNames(m[2]) {
			r.startList(m[1])
			r.presentNames(m[2], lineOf(at, i, line))
		}
	}
	if b.Kind != source.ListItem {
		// "Attendance:" on its own opens the list that follows.
		if attendanceOnly.MatchString(strings.TrimSpace(b.Text)) {
			r.participantsNext, r.attendeeSkip = true, 0
			r.startList(b.Text)
			return true
		}
		// "Remote attendees:" opens a list of only some of them.
		if partialAttendance.MatchString(strings.TrimSpace(b.Text)) {
			r.participantsNext, r.attendeeSkip = true, 0
			r.doc.PartialAttendance = true
			r.startList(b.Text)
			return true
		}
		if r.participantsNext && r.rosterLines(lines, at) {
			r.listRead = true
			return true
		}
		if r.inlineRoster(b.Text, "", at) {
			return true
		}
		r.attendeeParent = 0
		// The first paragraph that is not attendance after some was
		// read ends the list: "Done" under an action is not a person.
		if r.listRead {
			r.participantsNext = false
		}
		return false
	}
	// "* **Attendees**" opens a list of the items nested under it.
	if r.attendeeParent > 0 && b.Level <= r.attendeeParent {
		r.attendeeParent = 0
	}
	if attendanceOnly.MatchString(strings.TrimSpace(b.Text)) {
		r.attendeeParent, r.attendeeSkip = b.Level, 0
		r.startList(b.Text)
		return true
	}
	if !r.participantsNext && r.attendeeParent == 0 {
		return false
	}
	// Items nested under a sentence ("3 members are at risk of losing
	// voting rights:") or under an absence label ("Regrets:") are not
	// the attendees.
	if r.attendeeSkip > 0 && b.Level > r.attendeeSkip {
		return false
	}
	r.attendeeSkip = 0
	if r.attendee(b.Text, at) {
		r.listRead = true
		return true
	}
	if attendanceLabel(b.Text) {
		// "Voting members:" names the list of the items under it.
		r.startList(b.Text)
	} else {
		r.attendeeSkip = max(b.Level, 1)
	}
	return false
}

// rosterLines reads a paragraph under a participants heading whose every
// line is one person ("Joachim Dahlgren (Ericsson)"), as Markdown keeps
// lines written without bullets.
func (r *recognizer) rosterLines(lines []string, at minutes.Place) bool {
	for _, line := range lines {
		if name, _ := splitAttendee(stripTaskBox(line)); strings.TrimSpace(line) != "" && !looksLikePerson(name) {
			return false
		}
	}
	for i, line := range lines {
		if strings.TrimSpace(line) != "" {
			r.attendee(line, lineOf(at, i, line))
		}
	}
	return true
}

// partialAttendance labels a list of some of the attendees only.
var partialAttendance = regexp.MustCompile(`(?i)^\W{0,3}(?:remote|online|virtual|in[- ]person|on[- ]?site|dial[- ]in|phone)\s+(?:attendees|participants|attendance)\W{0,3}$`)

// rosterItem is "Brian Terlson (BT)": a name and the initials the notes
// use for it.
var rosterItem = regexp.MustCompile(`(\p{Lu}[\p{L}'’.-]*(?:[ \x{a0}]+\p{Lu}[\p{L}'’.-]*){1,3})[ \x{a0}]+\(\p{Lu}{2,4}\)`)

// inlineRoster reads a paragraph that is only a list of names with their
// initials, as TC39 notes open: "Brian Terlson (BT), Jonathan Turner
// (JT), …" (a comma forgotten here and there), as a list of its own. A
// label before it names the list ("Remote: Rick Waldron (RW), …");
// otherwise label does.
func (r *recognizer) inlineRoster(text, label string, at minutes.Place) bool {
	// Four names with their initials at least: most paragraphs have
	// fewer parentheses.
	if strings.Count(text, "(") < 4 {
		return false
	}
	if l, rest, ok := strings.Cut(text, ":"); ok && len(l) <= 30 && !strings.ContainsAny(l, "()") {
		label, text = l, rest
	}
	ms := rosterItem.FindAllStringSubmatchIndex(text, -1)
	if len(ms) < 4 {
		return false
	}
	rest := []byte(text)
	for _, m := range ms {
		for i := m[0]; i < m[1]; i++ {
			rest[i] = ' '
		}
	}
	if strings.Trim(string(rest), " ,;\n\t\u00a0") != "" {
		return false
	}
	r.startList(label)
	for _, m := range ms {
		r.addAttendee(text[m[2]:m[3]], "", at)
	}
	return true
}

// onlyNames reports whether a comma list holds names and nothing else
// ("Carol, Mark, Eric Holk"), not a sentence that happens to follow a
// label ("Firstly, we have four new voting members").
func onlyNames(list string) bool {
	parts := strings.Split(strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(list), ",")
	n := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		name, _, _ := strings.Cut(p, " (")
		if !looksLikePerson(strings.TrimSpace(name)) {
			return false
		}
		n++
	}
	return n > 0
}

func stripTaskBox(s string) string {
	s = strings.TrimSpace(s)
	if m := taskBox.FindString(s); m != "" {
		return s[len(m):]
	}
	return s
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

// presentNames reads a comma list of names into the current list.
// Minutes of several sessions repeat the line; a name already on a line
// of the same kind is the same person again, but a member also listed as
// an observer is listed twice.
func (r *recognizer) presentNames(list string, at minutes.Place) {
	if r.attendees == nil {
		r.attendees = map[string]bool{}
	}
	for _, person := range splitPeople(list) {
		key := string(r.listKind) + "\x00" + names.Fold(person.person)
		if !r.attendees[key] {
			r.attendees[key] = true
			r.addAttendee(person.person, person.org, at)
		}
	}
}

var (
	observerList = regexp.MustCompile(`(?i)\b(observers?|guests?|visitors?|non-members?)\b`)
	remoteList   = regexp.MustCompile(`(?i)\b(remote|online|virtual|dial[- ]?in|phone|video)\b`)
	inPersonList = regexp.MustCompile(`(?i)\b(in[- ]person|on[- ]?site|in the room|physically)\b`)
)

// listKind tells by its label who is on an attendance list; "" for a
// list without a label, whose kind depends on the others (see
// settleListKinds).
func listKind(label string) minutes.ListKind {
	switch {
	case strings.TrimSpace(label) == "":
		return ""
	case observerList.MatchString(label):
		return minutes.ListObservers
	case remoteList.MatchString(label):
		return minutes.ListRemote
	case inPersonList.MatchString(label):
		return minutes.ListInPerson
	}
	return minutes.ListMembers
}

// settleListKinds gives the lists without a label their kind: beside a
// list of those who joined remotely, they are of those in the room.
func (r *recognizer) settleListKinds() {
	unlabelled := minutes.ListMembers
	for _, p := range r.doc.Participants {
		if p.ListKind == minutes.ListRemote {
			unlabelled = minutes.ListInPerson
		}
	}
	for _, p := range r.doc.Participants {
		if p.ListKind == "" {
			p.ListKind = unlabelled
		}
	}
}

// attendee reads one list item under a participants heading.
func (r *recognizer) attendee(text string, at minutes.Place) bool {
	text = strings.TrimSpace(text)
	if m := taskBox.FindStringSubmatch(text); m != nil {
		if unticked(m) {
			return true
		}
		text = text[len(m[0]):]
	}
	if people, org, ok := sharedOrg(text); ok {
		for _, name := range people {
			r.addAttendee(name, org, at)
		}
		return true
	}
	name, org := splitAttendee(text)
	// "Quorum [was/was not] reached": a template's choice, not a company.
	if !looksLikePerson(name) || choice.MatchString(org) {
		return false
	}
	r.addAttendee(name, org, at)
	return true
}

var choice = regexp.MustCompile(`\p{L}/\p{L}|\s(?:or)\s`)

// sharedOrg reads an item naming several people of one organisation:
// "Derek Carr, Clayton Coleman [Red Hat]". Each name has two words or
// more, so that "Jane Doe, Acme [EU]" stays a person and her company.
func sharedOrg(text string) (people []string, org string, ok bool) {
	text = strings.TrimSpace(text)
	if text == "" || !strings.Contains(text, ", ") {
		return nil, "", false
	}
	var i int
	if strings.ContainsRune(")]}", rune(text[len(text)-1])) {
		i = strings.LastIndexAny(text, "([{")
		if i > 0 {
			org = enclosed(text[i:])
		}
	} else if i = strings.LastIndex(text, " - "); i > 0 {
		// "Joe Beda, Tim St. Clair - Heptio"
		org = strings.TrimSpace(text[i+3:])
	}
	if i <= 0 {
		return nil, "", false
	}
	for _, part := range strings.Split(text[:i], ",") {
		part = strings.TrimSpace(part)
		if len(strings.Fields(part)) < 2 || !looksLikePerson(part) {
			return nil, "", false
		}
		people = append(people, part)
	}
	// "Rhonda Levy, Cisco Systems (Voting Member)": a role in brackets
	// ends one person's entry.
	if org = roleOnly(org); org == "" {
		return nil, "", false
	}
	return people, org, len(people) >= 2
}

// splitAttendee divides "Name - (Org) role", "Name (Org)", "Name, Org",
// "Name; Org" or "Name - Org" into the name and the organisation, without
// a membership note ("Cisco Systems (Chair)" is Cisco Systems).
func splitAttendee(s string) (name, org string) {
	// "Toshi (Toshiyasu) Wakayama": a full first name in parentheses.
	s = nickname.ReplaceAllString(s, "$1 $2")
	// "James M Snell @jasnell (TSC)": a handle is not part of the name.
	s = strings.TrimSpace(handle.ReplaceAllString(s, ""))
	// "Cao, Feng;<tab>Oracle": rosters write the family name first.
	if m := invertedName.FindStringSubmatch(s); m != nil {
		return m[2] + " " + m[1], roleOnly(strings.TrimSpace(m[3]))
	}
	name = s
	at, sep := len(s), ""
	for _, sp := range []string{" - ", " – ", " — ", "; ", ", ", " (", " [", " {"} {
		if i := strings.Index(s, sp); i > 0 && i < at {
			at, sep = i, sp
		}
	}
	if sep != "" {
		name, org = s[:at], strings.TrimSpace(s[at+len(sep):])
		if open := strings.TrimSpace(sep); strings.ContainsAny(open, "([{") {
			org = open + org
		}
	}
	// "(Org)", "[Org]", "{Org}": Kubernetes notes write the company in
	// brackets.
	if org != "" && strings.ContainsRune("([{", rune(org[0])) {
		org = enclosed(org)
	}
	org = roleNote.ReplaceAllString(strings.TrimSpace(org), "")
	return strings.TrimSpace(name), roleOnly(strings.TrimSpace(org))
}

var (
	nickname     = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]*) \(\p{Lu}[\p{L}'’-]*\) (\p{Lu})`)
	invertedName = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?),[ \t]+(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)[ ]*[;\t]\s*(.*)$`)
	roleWords    = regexp.MustCompile(`(?i)^(?:organi[sz]er|host|scribe|note[- ]?taker|minute[- ]?taker|presenter|speaker|facilitator|moderator|chair(?:man|person)?|co-?chair|vice[- ]chair|secretary|guest|observer|invited expert|(?:voting |non-voting )?member|tsc|ctc|tc|tsc member|board member)$`)
	handle       = regexp.MustCompile(`\s@[\w.-]+`)
	trailingNote = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
)

// roleOnly drops an "organisation" that is only the person's role in the
// meeting ("Dawid Wróblewski (organizer)").
func roleOnly(org string) string {
	// "(@rginn)": a handle, not an organisation.
	if strings.HasPrefix(org, "@") {
		return ""
	}
	// "observer/Microsoft": a role, then the organisation.
	if role, rest, ok := strings.Cut(org, "/"); ok && roleWords.MatchString(strings.TrimSpace(role)) {
		org = strings.TrimSpace(rest)
	}
	// "AT&T, Voting Member", "Chairperson, Animal Logic Pty Ltd": the
	// role beside the organisation.
	if strings.Contains(org, ", ") {
		var kept []string
		for _, part := range strings.Split(org, ", ") {
			if !roleWords.MatchString(part) && !roleNote.MatchString("("+part+")") && !roleAside.MatchString(part) {
				kept = append(kept, part)
			}
		}
		org = strings.Join(kept, ", ")
	}
	if roleWords.MatchString(org) {
		return ""
	}
	return org
}

// roleAside is a note on someone's standing rather than a company.
var roleAside = regexp.MustCompile(`(?i)^(?:\w+ )?(?:staff contact|not on the roster|guest|observer(?: \(.*\))?|maintainer)$`)

// enclosed returns what the opening bracket of s encloses ("(", "[" or
// "{"), up to its matching close or the end of s.
func enclosed(s string) string {
	open := s[0]
	closer := map[byte]byte{'(': ')', '[': ']', '{': '}'}[open]
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case closer:
			depth--
			if depth == 0 {
				return s[1:i]
			}
		}
	}
	return s[1:]
}

// startList begins a new attendance list, named by its heading or label.
func (r *recognizer) startList(label string) {
	r.list++
	r.listKind = listKind(label)
	r.listRead = false
}

// officeTitle is an office or honorific written before a name ("Board
// President Jordan Moore", "Cllr Mrs Mann"), not part of it.
var officeTitle = regexp.MustCompile(`(?i)^(?:(?:board|vice|deputy|executive|acting|past|interim)[ -]+)*(?:president|treasurer|secretary|chair(?:man|person|woman)?|co-?chair|director|trustee|councillor|cllr|mayor|clerk|dr|mr|mrs|ms|miss|prof|sir)\.?\s+`)

// withoutTitles drops the offices and honorifics before a name, as long
// as a name remains.
func withoutTitles(name string) string {
	for {
		loc := officeTitle.FindStringIndex(name)
		if loc == nil || !looksLikePerson(name[loc[1]:]) {
			return name
		}
		name = name[loc[1]:]
	}
}

func (r *recognizer) addAttendee(name, org string, at minutes.Place) {
	if r.list == 0 {
		r.startList("")
	}
	p := &minutes.Participant{Name: withoutTitles(names.Tidy(name)), At: at, Meeting: r.meeting(), List: r.list, ListKind: r.listKind}
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

// meeting is the innermost section around the text whose title carries a
// date: one meeting, or one day, of minutes that hold several.
func (r *recognizer) meeting() *minutes.Section {
	for s := r.section; s != nil; s = s.Parent {
		for _, d := range dates.Find(s.Title) {
			if d.Valid() {
				return s
			}
		}
	}
	return nil
}
