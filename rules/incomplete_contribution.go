package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
)

type incompleteContribution struct{}

func init() { register(incompleteContribution{}) }

func (incompleteContribution) Meta() Meta {
	return Meta{
		ID:       "incomplete-contribution",
		Severity: finding.Warning,
		Summary:  "a contribution entry missing its title, source or date",
		Explanation: `Each contribution's entry gives its number, title, source and date; the
chair's tracking sheet and the portal are filled from them. A blank cell
means the entry cannot be used as it stands.`,
		Example: `SEC-2016-0003  7Jan16_SEC20.4_Minutes  Victoria Mitchell   (no date)`,
	}
}

func (incompleteContribution) Check(d *minutes.Document, r *Reporter) {
	for _, c := range d.Contributions {
		if !c.Listed || c.Columns == 0 {
			continue
		}
		var missing []string
		if blank(c.Title.Value) {
			missing = append(missing, "title")
		}
		if blank(c.Source.Value) {
			missing = append(missing, "source")
		}
		if blank(c.Date.Value) && !c.Undated {
			missing = append(missing, "date")
		}
		if len(missing) == 0 {
			continue
		}
		list := strings.Join(missing, " and ")
		if len(missing) == 3 {
			list = "title, source and date"
		}
		r.Report(c.At, c.Number.Raw, fmt.Sprintf("The entry for %s has no %s.", c.Number.Raw, list),
			Suggest("Fill in the %s from the document's cover page or the portal.", list), About(c))
	}
}

// blank reports whether a cell says nothing: empty, or a dash.
func blank(v string) bool {
	switch strings.ToLower(strings.Trim(v, " ,;.")) {
	case "", "-", "–", "—", "n/a", "na":
		return true
	}
	return false
}
