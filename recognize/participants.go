package recognize

import (
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
	"github.com/minuteslint/minuteslint/source"
)

// Column roles in a participants table.
const (
	pFirst   = "first"
	pLast    = "last"
	pName    = "name"
	pOrg     = "org"
	pPartner = "partner"
)

var participantColumns = columnRoles{
	{regexp.MustCompile(`(?i)^(first\s*name|firstname|given\s*name|forename|first)$`), pFirst},
	{regexp.MustCompile(`(?i)^(last\s*name|lastname|family\s*name|surname|last)$`), pLast},
	{regexp.MustCompile(`(?i)^(name|full\s*name|participant|participants|delegate|attendee|member|person)$`), pName},
	{regexp.MustCompile(`(?i)^(organi[sz]ation|company|affiliation|employer|member\s+company|organi[sz]ation\s*\(partner\)|company\s*\(partner\)|represent(ing|s))$`), pOrg},
	{regexp.MustCompile(`(?i)^(partner|sdo|partner\s*type|member\s*of)$`), pPartner},
}

// participantsTable reads b as the participants list when its header row
// names person columns, or when it follows a participants heading. It
// reports whether it did.
func (r *recognizer) participantsTable(b *source.Block) bool {
	if len(b.Rows) < 2 {
		return false
	}
	roles := make([]string, len(b.Rows[0].Cells))
	person, org := false, false
	for i, c := range b.Rows[0].Cells {
		roles[i] = participantColumns.role(c.Text())
		person = person || roles[i] == pFirst || roles[i] == pLast || roles[i] == pName
		org = org || roles[i] == pOrg
	}
	// Either a header naming both a person and an organisation, or a
	// table right after a participants heading.
	header := person && (org || hasBoth(roles))
	if !header && !r.participantsNext {
		return false
	}
	start := 1
	if !person {
		if !r.participantsNext {
			return false
		}
		// No header row: the oneM2M order, first name, last name,
		// organisation (partner).
		start = 0
		roles = []string{pFirst, pLast, pOrg}
		if len(b.Rows[0].Cells) == 2 {
			roles = []string{pName, pOrg}
		}
	}
	if !r.participantsNext {
		label := ""
		if r.section != nil {
			label = r.section.Title
		}
		r.startList(label)
	}
	r.participantsNext = false
	listAt := minutes.Place{Pos: b.Pos, Section: r.section}
	r.doc.ParticipantsAt = &listAt
	for _, row := range b.Rows[start:] {
		var p minutes.Participant
		var orgCell *source.Cell
		partner := ""
		for i := range row.Cells {
			if i >= len(roles) {
				break
			}
			cell := &row.Cells[i]
			t := names.Tidy(cell.Text())
			switch roles[i] {
			case pFirst:
				p.First = stripNote(t)
			case pLast:
				p.Last = stripNote(t)
			case pName:
				p.First, p.Last = names.Split(stripNote(t))
			case pOrg:
				orgCell = cell
			case pPartner:
				partner = t
			}
		}
		if groupRow(row) {
			// "Observers" heads the rows of a list of its own.
			r.startList(strings.TrimSpace(row.Cells[0].Text()))
			continue
		}
		if p.First == "" && p.Last == "" {
			continue
		}
		p.Name = minutes.FullName(p.First, p.Last)
		first := row.Cells[0]
		p.At = minutes.Place{Pos: first.Pos, Section: r.section, Text: rowText(row)}
		if orgCell != nil {
			raw := names.Tidy(orgCell.Text())
			if partner != "" && !strings.Contains(raw, "(") {
				raw += " (" + partner + ")"
			}
			p.Org = names.ParseOrg(raw)
			if raw != "" {
				r.doc.Orgs = append(r.doc.Orgs, minutes.OrgUse{Org: p.Org, Role: "participant",
					At: minutes.Place{Pos: orgCell.Pos, Section: r.section, Text: orgCell.Text()}})
			}
		}
		pp := p
		pp.Meeting, pp.List, pp.ListKind = r.meeting(), r.list, r.listKind
		r.doc.Participants = append(r.doc.Participants, &pp)
	}
	return true
}

// stripNote drops a note after a name in a name cell: a role
// ("(organizer)") or a handle.
func stripNote(name string) string {
	if t := trailingNote.ReplaceAllString(name, ""); t != "" {
		return t
	}
	return name
}

// groupRow reports whether a row only labels the rows after it ("Voting
// Members", "Observers") or says nobody is there ("none").
func groupRow(row source.Row) bool {
	for _, c := range row.Cells[1:] {
		if strings.TrimSpace(c.Text()) != "" {
			return false
		}
	}
	t := strings.TrimSpace(row.Cells[0].Text())
	return groupWords.MatchString(t) || absenceWords.MatchString(t) || noOne.MatchString(t)
}

var noOne = regexp.MustCompile(`(?i)^\W*(?:none|nobody|no one|n/?a|tbd|tbc|-+|–|—|…|\.\.\.)\W*$`)

func hasBoth(roles []string) bool {
	f, l := false, false
	for _, r := range roles {
		f = f || r == pFirst
		l = l || r == pLast
	}
	return f && l
}

func rowText(row source.Row) string {
	var parts []string
	for _, c := range row.Cells {
		parts = append(parts, c.Text())
	}
	return strings.Join(parts, " | ")
}

// roles marks the participants who chair or minute the meeting.
func (r *recognizer) roles() {
	for _, person := range r.doc.People {
		if person.Role != "chair" && person.Role != "secretary" {
			continue
		}
		if p, m := r.doc.MatchPerson(person.Name); p != nil && m != minutes.Ambiguous && p.Role == "" {
			p.Role = person.Role
		}
	}
}
