package recognize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/minuteslint/minuteslint/dates"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

var (
	nextMeetingTitle = regexp.MustCompile(`(?i)\bnext\s+meetings?\b|\bfuture\s+meetings?\b|\bplanning\s+for\s+(?:the\s+)?next\b|\bupcoming\s+meetings?\b`)
	// "8) Next Meeting" as a paragraph of its own: the next one says when.
	nextMeetingLabel = regexp.MustCompile(`(?i)^\W*(?:\d{1,2}[.)]?\s*)?next\s+(?:meeting|call|telecon|teleconference|session)s?\W*$`)
	// "The next meeting will be held on 10 March 2024", "Next call:
	// 2024-03-26".
	nextMeetingSaid = regexp.MustCompile(`(?i)\bnext\s+(?:meeting|call|telecon|teleconference|session|plenary)\b`)
)

// partialDates checks the days written with a day of the week but no
// year ("Wed, Feb 05") against the meeting's year: a day of the week that
// does not fit is as wrong as an impossible date.
func (r *recognizer) partialDates(at minutes.Place) {
	start := r.doc.Header.Start
	if start.IsZero() {
		return
	}
	for _, p := range dates.FindPartial(at.Text) {
		if d := p.Near(start); !d.Valid() {
			r.doc.Dates = append(r.doc.Dates, &minutes.Date{Date: d, Role: "text", At: at.At(p.Start)})
		}
	}
}

// collectDates records every date written in running text, and the
// meetings announced in a next-meeting section.
func (r *recognizer) collectDates() {
	label := false
	for _, at := range r.doc.Text {
		afterLabel := label
		label = nextMeetingLabel.MatchString(at.Text)
		if r.fields[at.Pos] {
			continue
		}
		r.partialDates(at)
		found := dates.Find(at.Text)
		if len(found) == 0 {
			continue
		}
		role := "text"
		next := at.Section != nil && nextMeetingTitle.MatchString(at.Section.Title) || afterLabel
		if !next {
			// "Next meeting: 2024-03-26" or a sentence that says when,
			// the date close after the words.
			if loc := nextMeetingSaid.FindStringIndex(at.Text); loc != nil && found[0].Start > loc[1] && found[0].Start-loc[1] <= 60 {
				next = true
			}
		}
		// A repeat of the minutes' own "Date:" line at their end is not
		// the next meeting.
		if next && found[0].Valid() && found[0].From.Equal(r.doc.Header.Start) && isDateField(at.Text) {
			next = false
		}
		if next {
			role = "next-meeting"
		}
		for _, d := range found {
			r.doc.Dates = append(r.doc.Dates, &minutes.Date{Date: d, Role: role, At: at.At(d.Start)})
		}
		if next && found[0].Valid() {
			first, last := found[0], found[len(found)-1]
			// "SEC 21 – San Diego – 18-23 January 2016" names the
			// meeting before its date; a sentence does not.
			name := strings.Trim(strings.TrimSpace(at.Text[:first.Start]), " –—-:,")
			if len(strings.Fields(name)) > 6 || nextMeetingSaid.MatchString(name) {
				name = ""
			}
			to := last.To
			if !last.Valid() {
				to = first.To
			}
			r.doc.NextMeetings = append(r.doc.NextMeetings, &minutes.NextMeeting{
				Name: name, From: first.From, To: to, Raw: at.Text[first.Start:last.End], At: at,
			})
		}
	}
}

// roleSources are contribution sources that name a role, not an
// organisation.
var roleSources = regexp.MustCompile(`(?i)(?:^|\s)(?:chair(?:man|person|woman)?|vice[- ]chair(?:man)?|secretary|secretariat|rapporteur|editor|convenor|mcc)s?$`)

// collectOrgs records contribution sources as organisation uses. Sources
// that are people or roles are left out.
func (r *recognizer) collectOrgs() {
	for _, c := range r.doc.Contributions {
		src := strings.Trim(names.Tidy(c.Source.Value), " ,;")
		if src == "" || roleSources.MatchString(src) {
			continue
		}
		for _, part := range splitSources(src) {
			// "China Mobile (Rapporteur)" is China Mobile in a role.
			part = strings.TrimSpace(roleNote.ReplaceAllString(part, ""))
			// "Orange?" is Orange, named as a co-source not yet confirmed.
			part = strings.TrimSpace(unconfirmed.ReplaceAllString(part, ""))
			if _, m := r.doc.MatchPerson(part); m == minutes.Same || m == minutes.Variant {
				continue
			}
			r.orgUse(part, "source", c.Source.At)
		}
	}
}

var unconfirmed = regexp.MustCompile(`\s*(?:\(\?+\)|\?+)$`)

var roleNote = regexp.MustCompile(`(?i)\s*\((?:rapporteur|editor|chair(?:man)?|co-?chair|convenor|moderator|lead|coordinator|vice[- ]chair|secretary|(?:voting |non-voting |prospective )?member|observer|guest|invited expert)\)\s*$`)

// splitSources divides a comma list of companies; a comma before a
// partner in parentheses ("Qualcomm Inc, (ATIS)") or a legal form ("Foo,
// Inc.") does not split.
func splitSources(s string) []string {
	parts := strings.Split(s, ",")
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		// "???" stands for a co-source nobody has named yet.
		if !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		if len(out) > 0 && (strings.HasPrefix(p, "(") || legalFormOnly(p)) {
			out[len(out)-1] += ", " + p
			continue
		}
		out = append(out, p)
	}
	return out
}

func legalFormOnly(p string) bool {
	return names.ParseOrg("X "+p).Key == "x"
}

func (r *recognizer) orgUse(raw, role string, at minutes.Place) {
	o := names.ParseOrg(raw)
	if o.Key == "" {
		return
	}
	r.doc.Orgs = append(r.doc.Orgs, minutes.OrgUse{Org: o, Role: role, At: at})
}

// isDateField reports whether text is a "Date: …" line.
func isDateField(text string) bool {
	m := labelLine.FindStringSubmatch(text)
	return m != nil && headerLabels[strings.ToLower(strings.TrimSpace(m[1]))] == "date"
}
