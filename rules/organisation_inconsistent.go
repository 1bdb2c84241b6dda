package rules

import (
	"fmt"
	"strings"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
)

type organisationInconsistent struct{}

func init() { register(organisationInconsistent{}) }

func (organisationInconsistent) Meta() Meta {
	return Meta{
		ID:       "organisation-inconsistent",
		Severity: finding.Warning,
		Summary:  "one organisation written in different ways, or with different partners",
		Explanation: `Statistics per company, attendance records and the chair's spreadsheet
group by organisation name, so one company written three ways counts as
three. A different partner (the member body in parentheses) for the same
company is a factual contradiction. Sources of contributions, the
participants list and the header are compared; case, punctuation, legal
forms (Inc., Ltd., GmbH) and partners are all taken into account. Each
spelling that differs from the most common one is reported once, at its
first use.`,
		Example: `SEC-2016-0002 … Qualcomm Inc. (TIA)
SEC-2015-0661R01 … Qualcomm Inc.
Annex A: Philip | Hawkes | Qualcomm Inc, (ATIS)`,
	}
}

type orgForm struct {
	raw  string
	uses []minutes.OrgUse
	// listed is set when the form appears in the participants list.
	listed bool
}

func (organisationInconsistent) Check(d *minutes.Document, r *Reporter) {
	for _, group := range groupOrgs(d.Orgs) {
		forms := map[string]*orgForm{}
		var order []*orgForm
		for _, u := range group {
			raw := names.Tidy(u.Org.Raw)
			f := forms[raw]
			if f == nil {
				f = &orgForm{raw: raw}
				forms[raw] = f
				order = append(order, f)
			}
			f.uses = append(f.uses, u)
			f.listed = f.listed || u.Role == "participant"
		}
		if len(order) < 2 {
			continue
		}
		// The reference spelling: the most used, then the participants
		// list's, then the first seen.
		ref := order[0]
		for _, f := range order[1:] {
			if len(f.uses) > len(ref.uses) || len(f.uses) == len(ref.uses) && f.listed && !ref.listed {
				ref = f
			}
		}
		var all []string
		for _, f := range order {
			all = append(all, fmt.Sprintf("%q (%s)", f.raw, times(len(f.uses))))
		}
		for _, f := range order {
			if f == ref {
				continue
			}
			first := f.uses[0]
			msg := fmt.Sprintf("%q is written %q elsewhere (%s); this organisation is written %d ways: %s.",
				f.raw, ref.raw, times(len(ref.uses)), len(order), strings.Join(all, ", "))
			if p, q := first.Org.Partner, ref.uses[0].Org.Partner; p != "" && q != "" && !strings.EqualFold(p, q) {
				msg = fmt.Sprintf("%q gives the partner %s, but %q (%s) gives %s; this organisation is written %d ways: %s.",
					f.raw, p, ref.raw, times(len(ref.uses)), q, len(order), strings.Join(all, ", "))
			}
			opts := []Option{Also("most common spelling", ref.uses[0].At), Suggest("Write %q everywhere, or correct whichever is wrong.", ref.raw)}
			for _, u := range f.uses[1:] {
				opts = append(opts, Also("same spelling", u.At))
			}
			r.Report(first.At, f.raw, msg, opts...)
		}
	}
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// groupOrgs puts together the uses that name the same organisation, in
// order of first use.
func groupOrgs(uses []minutes.OrgUse) [][]minutes.OrgUse {
	parent := make([]int, len(uses))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Distinct keys are few; compare keys, not uses.
	keys := map[string]int{}
	var keyList []string
	for i, u := range uses {
		if j, ok := keys[u.Org.Key]; ok {
			parent[find(i)] = find(j)
			continue
		}
		keys[u.Org.Key] = i
		keyList = append(keyList, u.Org.Key)
	}
	for a := range keyList {
		for b := a + 1; b < len(keyList); b++ {
			if names.SameOrg(keyList[a], keyList[b]) {
				parent[find(keys[keyList[b]])] = find(keys[keyList[a]])
			}
		}
	}
	groups := map[int][]minutes.OrgUse{}
	var roots []int
	for i, u := range uses {
		root := find(i)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], u)
	}
	out := make([][]minutes.OrgUse, 0, len(roots))
	for _, root := range roots {
		out = append(out, groups[root])
	}
	return out
}
