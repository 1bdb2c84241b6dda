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
entries differ nobody knows which is right.`,
		Example: `Philip | Hawkes | Qualcomm Inc. (ATIS)
…
Phil   | Hawkes | Qualcomm Inc. (ATIS)`,
	}
}

func (duplicateParticipant) Check(d *minutes.Document, r *Reporter) {
	for i, p := range d.Participants {
		for _, q := range d.Participants[:i] {
			if p.Last == "" || q.Last == "" {
				// First names alone: "Bob" and "Robert" in one
				// attendance line are two people.
				if names.Fold(p.Name) != names.Fold(q.Name) {
					continue
				}
			} else if names.Fold(p.Last) != names.Fold(q.Last) || !names.SameFirstName(p.First, q.First) {
				continue
			}
			msg := fmt.Sprintf("%s is listed twice in the participants list (also at %s).", p.Name, where(q.At))
			if p.Name != q.Name {
				msg = fmt.Sprintf("%q and %q (at %s) look like the same person listed twice.", p.Name, q.Name, where(q.At))
			}
			r.Report(p.At, p.Name, msg, Also("first entry", q.At), Suggest("Delete one of the entries."))
			break
		}
	}
}
