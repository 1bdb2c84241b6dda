package minutes

import (
	"strings"
	"sync"

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

// peopleIndex holds the participants' folded names, built once, and the
// answers already given: the chair, the secretary and every speaker are
// matched by several rules, and folding a long list for each of them
// would make large minutes slow.
type peopleIndex struct {
	mu     sync.Mutex
	n      int // len(Participants) when built
	folded []foldedName
	byLast map[string][]int
	memo   map[string]matchResult
}

type foldedName struct{ first, last string }

type matchResult struct {
	p *Participant
	m Match
}

// MatchPerson finds the participant a name refers to.
func (d *Document) MatchPerson(name string) (*Participant, Match) {
	x := &d.people
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.n != len(d.Participants) || x.memo == nil {
		x.n = len(d.Participants)
		x.folded = make([]foldedName, len(d.Participants))
		x.byLast = map[string][]int{}
		for i, p := range d.Participants {
			f := foldedName{names.Fold(p.First), names.Fold(p.Last)}
			x.folded[i] = f
			x.byLast[f.last] = append(x.byLast[f.last], i)
		}
		x.memo = map[string]matchResult{}
	}
	name = names.Tidy(name)
	if r, ok := x.memo[name]; ok {
		return r.p, r.m
	}
	p, m := d.matchPerson(name)
	x.memo[name] = matchResult{p, m}
	return p, m
}

func (d *Document) matchPerson(name string) (*Participant, Match) {
	x := &d.people
	first, last := names.Split(name)
	ff, fl := names.Fold(first), names.Fold(last)
	if last == "" {
		var found []*Participant
		for i, p := range d.Participants {
			if names.SameFoldedFirstName(ff, x.folded[i].first) || ff == x.folded[i].last {
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
	var misspelt *Participant
	for _, i := range x.byLast[fl] {
		p, pf := d.Participants[i], x.folded[i].first
		switch {
		case pf == ff && strings.EqualFold(names.Tidy(p.Name), name):
			return p, Same
		case names.SameFoldedFirstName(ff, pf):
			return p, Variant
		case misspelt == nil && names.NearlySame(pf, ff):
			misspelt = p
		}
	}
	if misspelt != nil {
		return misspelt, Misspelt
	}
	for i, p := range d.Participants {
		f := x.folded[i]
		if f.last != fl && names.SameFoldedFirstName(ff, f.first) && names.NearlySame(f.last, fl) {
			return p, Misspelt
		}
	}
	return nil, NoMatch
}

// FullName joins a first and a last name.
func FullName(first, last string) string {
	return strings.TrimSpace(names.Tidy(first) + " " + names.Tidy(last))
}
