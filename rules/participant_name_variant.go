package rules

import (
	"fmt"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type participantNameVariant struct{}

func init() { register(participantNameVariant{}) }

func (participantNameVariant) Meta() Meta {
	return Meta{
		ID:       "participant-name-variant",
		Severity: finding.Warning,
		Summary:  "the same person spelt differently (Phil/Philip Hawkes, Francois/François)",
		Explanation: `Published minutes should name each person one way, as in the participants
list: searches, attendance statistics and action tracking match names
literally. The rule reports a name that is recognisably a listed participant
but written differently: a short form of the first name, other accents or
punctuation, or a letter or two off.`,
		Example: `Phil Hawkes welcomed the delegates …
Annex A:  Philip | Hawkes | Qualcomm Inc, (ATIS)`,
	}
}

func (participantNameVariant) Check(d *minutes.Document, r *Reporter) {
	// One finding per spelling, at its first use: a speaker named fifty
	// times the same wrong way is one thing to fix.
	seen := map[string]bool{}
	for _, p := range d.People {
		who, m := d.MatchPerson(p.Name)
		if m != minutes.Variant && m != minutes.Misspelt {
			continue
		}
		key := names.Tidy(p.Name)
		if seen[key] {
			continue
		}
		seen[key] = true
		how := "written"
		if m == minutes.Misspelt {
			how = "spelt"
		}
		r.Report(p.At, p.Name,
			fmt.Sprintf("%q (%s) is %s %q in the participants list.", p.Name, roleName(p.Role), how, who.Name),
			Also("participants list entry", who.At),
			Suggest("Write %q, as in the participants list (or correct the list).", who.Name))
	}
}
