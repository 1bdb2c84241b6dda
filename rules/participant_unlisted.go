package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type participantUnlisted struct{}

func init() { register(participantUnlisted{}) }

func (participantUnlisted) Meta() Meta {
	return Meta{
		ID:       "participant-unlisted",
		Severity: finding.Warning,
		Summary:  "a chair, secretary, speaker or owner who is not in the participants list",
		Explanation: `Attendance decides voting rights and is the record of who was there. A
person who chaired, took the minutes, spoke or took an action must appear in
the participants list. Names are compared the way people read them (case,
accents, short forms such as Phil for Philip); a single first name is
checked only against the list's first names.`,
		Example: `Chair: Francois Ennesser
…
Annex A – Participants List   (no Francois Ennesser)`,
	}
}

func (participantUnlisted) Check(d *minutes.Document, r *Reporter) {
	if len(d.Participants) == 0 || d.PartialAttendance {
		return
	}
	// One finding per person, at the first mention, naming the role that
	// matters most (the chair's over a speaker's).
	type unlisted struct {
		first  *minutes.Person
		role   string
		others []minutes.Place
	}
	var order []string
	seen := map[string]*unlisted{}
	for _, p := range d.People {
		if len(strings.Fields(p.Name)) < 2 {
			// A first name alone that matches nobody may be a nickname, a
			// product or a place: too uncertain to report.
			continue
		}
		if _, m := d.MatchPerson(p.Name); m != minutes.NoMatch {
			continue
		}
		key := names.Fold(p.Name)
		u := seen[key]
		if u == nil {
			seen[key] = &unlisted{first: p, role: p.Role}
			order = append(order, key)
			continue
		}
		if rank(p.Role) > rank(u.role) {
			u.role = p.Role
		}
		u.others = append(u.others, p.At)
	}
	var byFirst map[string][]*minutes.Participant
	for _, key := range order {
		u := seen[key]
		p := u.first
		var opts []Option
		if d.ParticipantsAt != nil {
			opts = append(opts, Also("participants list", *d.ParticipantsAt))
		}
		for _, at := range u.others[:min(len(u.others), 2)] {
			opts = append(opts, Also("also named here", at))
		}
		msg := fmt.Sprintf("%s (%s) is not in the participants list.", p.Name, roleName(u.role))
		if byFirst == nil {
			byFirst = map[string][]*minutes.Participant{}
			for _, q := range d.Participants {
				k := names.Fold(q.First)
				byFirst[k] = append(byFirst[k], q)
			}
		}
		if near := nearest(byFirst, p.Name); near != nil {
			msg = fmt.Sprintf("%s (%s) is not in the participants list, which has %s.", p.Name, roleName(u.role), near.Name)
			opts = append(opts, Also("the nearest name in the list", near.At))
		}
		opts = append(opts, Suggest("Add %s to the participants list, or correct the name.", p.Name))
		r.Report(p.At, p.Name, msg, opts...)
	}
}

// nearest is a participant of the same first name whose last name is
// close to name's without being a recognisable variant of it (John Newman,
// John Neumann): worth a look. byFirst holds the participants by folded
// first name.
func nearest(byFirst map[string][]*minutes.Participant, name string) *minutes.Participant {
	first, last := names.Split(name)
	fl := []rune(names.Fold(last))
	for _, q := range byFirst[names.Fold(first)] {
		ql := []rune(names.Fold(q.Last))
		limit := max(2, len(ql)/3)
		if q.Last == "" || len(fl)-len(ql) > limit || len(ql)-len(fl) > limit {
			continue
		}
		if names.Distance(string(fl), string(ql)) <= limit {
			return q
		}
	}
	return nil
}

// rank orders roles by how much a missing entry matters.
func rank(role string) int {
	switch role {
	case "chair":
		return 3
	case "secretary":
		return 2
	case "owner":
		return 1
	}
	return 0
}

func roleName(role string) string {
	switch role {
	case "chair":
		return "the chair"
	case "secretary":
		return "the secretary"
	case "owner":
		return "an action owner"
	}
	return "a speaker"
}
