package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
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
	if len(d.Participants) == 0 {
		return
	}
	for _, p := range d.People {
		if len(strings.Fields(p.Name)) < 2 {
			// A first name alone that matches nobody may be a nickname, a
			// product or a place: too uncertain to report.
			continue
		}
		if _, m := d.MatchPerson(p.Name); m != minutes.NoMatch {
			continue
		}
		var opts []Option
		if d.ParticipantsAt != nil {
			opts = append(opts, Also("participants list", *d.ParticipantsAt))
		}
		opts = append(opts, Suggest("Add %s to the participants list, or correct the name.", p.Name))
		r.Report(p.At, p.Name, fmt.Sprintf("%s (%s) is not in the participants list.", p.Name, roleName(p.Role)), opts...)
	}
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
