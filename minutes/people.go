package minutes

import (
	"strings"

	"github.com/minuteslint/minuteslint/names"
)

// Match says how a name written somewhere relates to the participants
// list.
type Match int

// Outcomes of matching a name against the participants list.
const (
	// NoMatch: nobody in the list has that name.
	NoMatch Match = iota
	// Same: written exactly as in the list (or a first name alone that
	// names one participant).
	Same
	// Variant: the same person written differently: case, accents,
	// punctuation or a short form of the first name.
	Variant
	// Misspelt: one or two letters differ from a listed name.
	Misspelt
	// Ambiguous: a first name alone that fits several participants.
	Ambiguous
)

// MatchPerson finds the participant a name refers to.
func (d *Document) MatchPerson(name string) (*Participant, Match) {
	name = names.Tidy(name)
	first, last := names.Split(name)
	if last == "" {
		var found []*Participant
		for _, p := range d.Participants {
			if names.SameFirstName(first, p.First) || names.Fold(first) == names.Fold(p.Last) {
				found = append(found, p)
			}
		}
		switch len(found) {
		case 0:
			return nil, NoMatch
		case 1:
			return found[0], Same
		}
		return nil, Ambiguous
	}
	fl, ff := names.Fold(last), names.Fold(first)
	var misspelt *Participant
	for _, p := range d.Participants {
		pl, pf := names.Fold(p.Last), names.Fold(p.First)
		if pl == fl {
			switch {
			case pf == ff && strings.EqualFold(names.Tidy(p.Name), name):
				return p, Same
			case pf == ff || names.SameFirstName(first, p.First):
				return p, Variant
			case names.NearlySame(pf, ff):
				misspelt = p
			}
			continue
		}
		if names.NearlySame(pl, fl) && (pf == ff || names.SameFirstName(first, p.First)) {
			misspelt = p
		}
	}
	if misspelt != nil {
		return misspelt, Misspelt
	}
	return nil, NoMatch
}

// FullName joins a first and a last name.
func FullName(first, last string) string {
	return strings.TrimSpace(names.Tidy(first) + " " + names.Tidy(last))
}
