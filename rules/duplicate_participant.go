package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type duplicateParticipant struct{}

func init() { register(duplicateParticipant{}) }

func (duplicateParticipant) Meta() Meta {
	return Meta{
		ID:       "duplicate-participant",
		Severity: finding.Warning,
		Summary:  "the same person listed twice",
		Explanation: `Each participant appears once in the list. A second entry inflates the
attendance count (and with it quorum and voting rights), and when the two
entries differ nobody knows which is right. A person on two lists is
reported only when nobody can be on both: a member and an observer, present
in the room and remote. A director who is also listed among the voting
members holds two roles, and minutes of several meetings or days list
their attendance for each.`,
		Example: `Philip | Hawkes | Qualcomm Inc. (ATIS)
…
Phil   | Hawkes | Qualcomm Inc. (ATIS)`,
	}
}

// maxCompared bounds the entries with one last name that are compared
// pair by pair for short forms of the first name ("Phil", "Philip"); past
// it only identical names are found, so that a huge list stays linear.
const maxCompared = 200

// key is a folded name within one meeting: minutes of several meetings
// or days list the same people again, once for each.
type key struct {
	meeting *minutes.Section
	name    string
}

func (duplicateParticipant) Check(d *minutes.Document, r *Reporter) {
	byName := map[key]*minutes.Participant{}
	byLast := map[key][]*minutes.Participant{}
	for _, p := range d.Participants {
		full := key{p.Meeting, names.Fold(p.Name)}
		last := key{p.Meeting, names.Fold(p.Last)}
		q := byName[full]
		// First names alone ("Bob", "Robert") are two people unless
		// identical; a last name allows short forms of the first.
		if q == nil && p.Last != "" {
			q = sameFirstName(byLast[last], p)
		}
		if q != nil && p.List != q.List && !exclusive[[2]minutes.ListKind{p.ListKind, q.ListKind}] {
			// Listed as a director and as a voting member is two roles,
			// not a mistake; as a member and as an observer, or as
			// present in the room and remote, cannot both be true.
			q = nil
		}
		if q != nil {
			msg := fmt.Sprintf("%s is listed twice in the participants list (also at %s).", p.Name, where(q.At))
			if p.Name != q.Name {
				msg = fmt.Sprintf("%q and %q (at %s) look like the same person listed twice.", p.Name, q.Name, where(q.At))
			}
			r.Report(p.At, p.Name, msg, Also("first entry", q.At), Suggest("Delete one of the entries."))
		}
		if byName[full] == nil {
			byName[full] = p
		}
		if p.Last != "" {
			if g := byLast[last]; len(g) < maxCompared {
				byLast[last] = append(g, p)
			}
		}
	}
}

// sameFirstName returns the first entry of g whose first name is p's or
// a short form of it, or the other way round.
func sameFirstName(g []*minutes.Participant, p *minutes.Participant) *minutes.Participant {
	for _, q := range g {
		if names.SameFirstName(p.First, q.First) {
			return q
		}
	}
	return nil
}

// exclusive pairs the kinds of list nobody can be on both of.
var exclusive = map[[2]minutes.ListKind]bool{
	{minutes.ListMembers, minutes.ListObservers}: true, {minutes.ListObservers, minutes.ListMembers}: true,
	{minutes.ListRemote, minutes.ListInPerson}: true, {minutes.ListInPerson, minutes.ListRemote}: true,
}
